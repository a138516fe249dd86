import { expect } from '@open-wc/testing';
import { countryName, organisationName, partyName, locations } from '../../src/data/places.js';
import { ORGANISATION_CODES } from '../../src/data/schema.js';

describe('places and parties', () => {
  it('names a country from its ISO code in each language', () => {
    expect(['en', 'zh', 'ru'].map((lang) => countryName('CN', lang))).to.deep.equal(['China', '中国', 'Китай']);
    expect(countryName('AU', 'en')).to.equal('Australia');
  });

  it('names an organisation from its own table: AU is the African Union there', () => {
    expect(partyName({ organisation: 'AU' }, 'en')).to.equal('African Union');
    expect(partyName({ organisation: 'SCO' }, 'zh')).to.equal('上海合作组织');
    expect(partyName({ organisation: 'BRICS' }, 'ru')).to.equal('БРИКС');
    expect(partyName({ country: 'AU' }, 'en')).to.equal('Australia');
    expect(partyName({}, 'en')).to.equal('');
  });

  it('has a name in English, Chinese and Russian for every organisation code', () => {
    for (const code of ORGANISATION_CODES) {
      for (const lang of ['en', 'zh', 'ru']) {
        const name = organisationName(code, lang);
        // BRICS is its own English name; every other name is words, not the code.
        if (code === 'BRICS' && lang === 'en') expect(name).to.equal('BRICS');
        else expect(name, `${code} ${lang}`).to.not.equal(code);
      }
    }
    expect(organisationName('UN', 'fr')).to.equal('United Nations');
  });

  it('lists one place, several, or none', () => {
    expect(locations({})).to.deep.equal([]);
    expect(locations({ location: { city: 'A' } })).to.deep.equal([{ city: 'A' }]);
    expect(locations({ location: { city: 'A' }, locations: [{ city: 'B' }, { city: 'C' }] })).to.deep.equal([{ city: 'B' }, { city: 'C' }]);
  });
});
