import { html, nothing, type TemplateResult } from 'lit';
import type { DataController } from './data-controller.js';
import { sharedMessages } from './messages.js';
import { translate } from './lang.js';
import { problemPlace, problemText } from '../data/problem.js';

const SHOWN_PROBLEMS = 5;

/**
 * The loading message, or the error message with the first problems, as every element shows them,
 * in the element's language. Text only: nothing from the data is ever treated as HTML.
 */
export function renderStatus(loader: DataController, lang: string): TemplateResult | typeof nothing {
  if (loader.state === 'loading') {
    return html`<p part="status" class="status" role="status">${translate(sharedMessages, lang, 'loading')}</p>`;
  }
  if (!loader.message) return nothing;
  const shown = loader.problems.slice(0, SHOWN_PROBLEMS);
  const more = loader.problems.length - shown.length;
  return html`<div part="error" class="error" role="alert">
    <p>${loader.message}</p>
    ${
      shown.length
        ? html`<ul>
          ${shown.map((p) => html`<li><code dir="auto">${problemPlace(p, lang)}</code>: ${problemText(p, lang)}</li>`)}
          ${more > 0 ? html`<li>${translate(sharedMessages, lang, 'moreProblems', { count: more })}</li>` : nothing}
        </ul>`
        : nothing
    }
  </div>`;
}
