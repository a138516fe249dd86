import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties on an element through the CSSOM, `<li ${cssVars({ '--chip': colour })}>`.
 * Unlike a `style` attribute (which Lit's styleMap writes on first render), this works under a
 * Content-Security-Policy without `'unsafe-inline'` styles.
 */
class CssVarsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssVars() goes in an element position');
  }

  render(_properties: Record<string, string | undefined>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string | undefined>]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) if (properties[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
