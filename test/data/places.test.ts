import { expect } from '@open-wc/testing';
import { organisationName, partyName } from '../../src/data/organisations.js';
import { countryName, locations } from '../../src/data/places.js';
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

  it('has a name in each of the six UN languages for every organisation code', () => {
    for (const code of ORGANISATION_CODES) {
      for (const lang of ['en', 'zh', 'ru', 'fr', 'es', 'ar']) {
        const name = organisationName(code, lang);
        // BRICS is its own name in the Latin-script languages; every other name is words, not the code.
        if (code === 'BRICS' && ['en', 'fr', 'es'].includes(lang)) expect(name).to.equal('BRICS');
        else expect(name, `${code} ${lang}`).to.not.equal(code);
      }
    }
    expect(organisationName('UN', 'fr-CA')).to.equal('Organisation des Nations Unies');
    expect(organisationName('AU', 'ar')).to.equal('الاتحاد الأفريقي');
    expect(organisationName('UN', 'de')).to.equal('United Nations');
  });

  it('lists one place, several, or none', () => {
    expect(locations({})).to.deep.equal([]);
    expect(locations({ location: { city: 'A' } })).to.deep.equal([{ city: 'A' }]);
    expect(locations({ location: { city: 'A' }, locations: [{ city: 'B' }, { city: 'C' }] })).to.deep.equal([{ city: 'B' }, { city: 'C' }]);
  });
});
