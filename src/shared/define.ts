import { warmUpWhenIdle } from './warm-up.js';

let warned = false;

/**
 * Defines a custom element unless its name is taken (the file loaded twice, or two versions on one
 * page): then the first definition stays and the console says so once.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (!existing) {
    customElements.define(name, constructor);
    warmUpWhenIdle();
  } else if (existing !== constructor && !warned) {
    warned = true;
    console.info(
      `meeting-viz: <${name}> and its siblings are already defined on this page; keeping the first definitions.`,
    );
  }
}
