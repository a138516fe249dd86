import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

// Each test file runs in a page of its own: no element here has looked a font up before this one.
describe('the fonts of the type scale', () => {
  it('are looked up while an element waits for its data, in its language’s script too', async () => {
    const measured: Array<{ font: string; text: string }> = [];
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured.push({ font: this.font, text });
      return measureText.call(this, text);
    };
    try {
      const el = await fixture<HTMLElement>(html`<meeting-card lang="zh" style="--mv-font-size: 16px"></meeting-card>`);
      const family = getComputedStyle(el).fontFamily.split(',')[0];
      const scale = () => measured.filter((m) => m.font.includes(family) && m.text.includes('会晤'));
      await waitUntil(() => scale().length >= 6, 'six fonts measured', { timeout: 5000 });
      const sizes = new Set(scale().map((m) => parseFloat(m.font.match(/([\d.]+)px/)![1])));
      // Body 16px, small 6/7 of it, large 1.25×.
      expect([...sizes].sort((a, b) => a - b).map((s) => s.toFixed(2))).to.deep.equal(['13.71', '16.00', '20.00']);
      expect(scale().some((m) => /\b(bold|700)\b/.test(m.font))).to.equal(true);
      expect(scale().some((m) => /\bitalic\b/.test(m.font))).to.equal(true);
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measureText;
    }
  });
});
