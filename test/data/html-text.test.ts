import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { reduceHtml, safeUrl, decodeEntities } from '../../src/data/html-text.js';

describe('reducing TimelineJS HTML to text and links', () => {
  it('keeps the words and the https links, one line per paragraph', () => {
    const { text, links } = reduceHtml('<p>Talks on <b>energy</b> &amp; trade.</p><p>See <a href="https://example.org/a" target="_blank">the report</a>.</p>');
    expect(text).to.equal('Talks on energy & trade.\nSee the report.');
    expect(links).to.deep.equal([{ url: 'https://example.org/a', text: 'the report' }]);
  });

  it('drops scripts, styles, event handlers and javascript: links, keeping the link words', () => {
    const { text, links } = reduceHtml('<p onclick="alert(1)">Hi</p><script>alert(2)</script><style>p{}</style><a href=" javascript:alert(3)">click</a><a href="data:text/html,x">data</a><img src=x onerror=alert(4)>');
    expect(text).to.equal('Hi\nclickdata');
    expect(links).to.deep.equal([]);
  });

  it('accepts only absolute http(s) addresses, whatever their spelling', () => {
    expect(safeUrl('https://example.org/x?a=1&amp;b=2')).to.equal('https://example.org/x?a=1&b=2');
    expect(safeUrl('java\nscript:alert(1)')).to.equal(undefined);
    expect(safeUrl('JaVaScRiPt:alert(1)')).to.equal(undefined);
    expect(safeUrl('&#106;avascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('/relative')).to.equal(undefined);
    expect(safeUrl('HTTPS://EXAMPLE.ORG')).to.equal('HTTPS://EXAMPLE.ORG');
  });

  it('decodes numeric and common named references and leaves unknown ones as written', () => {
    expect(decodeEntities('&#20013;&#x56FD; &mdash; &nbsp;&bogus; &#0;')).to.equal('中国 — \u00a0&bogus; \ufffd');
  });

  it('drops a tag that is never closed, as a browser would', () => {
    expect(reduceHtml('Before <a href="x>after').text).to.equal('Before');
  });

  it('never returns anything a browser would read as a tag, and only http(s) links, for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<', '>', 'a', ' ', '"', "'", '=', '/', 'p', 'script', 'href', 'on', '<a href="', '</a>', '<!--', '-->', 'x', 'javascript:', 'https://e.org'), { maxLength: 30 }), (parts) => {
        const { text, links } = reduceHtml(parts.join(''));
        // A stray '<' may stay as text ('<</a>on' reads "<on", as a browser shows it), but never a whole tag.
        expect(text).not.to.match(/<\/?[a-zA-Z][^<>]*>/);
        for (const link of links) expect(link.url).to.match(/^https?:\/\/\S/i);
      }),
    );
  });
});
