import { css } from 'lit';

/** The card's layout: one column from 280px, facts in two columns where there is room. */
export const cardStyles = css`
  :host {
    container-type: inline-size;
    --_pad: var(--mv-card-padding, 1em);
    --_radius: var(--mv-card-radius, 8px);
    --_chip-radius: var(--mv-chip-radius, 1em);
    /* No default here: the title's size depends on the variant (below). */
    --_title-size: var(--mv-card-title-size);
    min-inline-size: 0;
  }
  .card {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: var(--_pad);
    background: var(--_bg);
    overflow-wrap: anywhere;
    display: grid;
    gap: 0.75em;
  }
  .card.compact {
    gap: 0.5em;
  }
  .head {
    display: grid;
    gap: 0.15em;
  }
  .ordinal {
    margin: 0;
    color: var(--_accent);
    font-size: var(--_font-size-small);
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .title {
    margin: 0;
    font-size: var(--_title-size, var(--_font-size-large));
    line-height: 1.25;
  }
  .compact .title {
    font-size: var(--_title-size, 1em);
  }
  .facts,
  .delegation {
    margin: 0;
    display: grid;
    gap: 0.35em;
  }
  .facts > div,
  .delegation > div {
    display: grid;
    gap: 0 0.75em;
  }
  dt {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  dd {
    margin: 0;
  }
  @container (min-width: 32em) {
    .facts > div,
    .delegation > div {
      grid-template-columns: 7.5em 1fr;
    }
    dt {
      font-size: 1em;
    }
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .people {
    list-style: none;
    padding: 0;
  }
  .people .role {
    color: var(--_muted);
  }
  .people .role::before {
    /* ' — ', escaped so the file's encoding does not matter */
    content: ' \\2014  ';
  }
  .chips {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.1em 0.65em;
    border: 1px solid var(--_line);
    border-radius: var(--_chip-radius);
    background: var(--_surface);
    font-size: var(--_font-size-small);
    max-inline-size: 100%;
  }
  .chip::before {
    content: '';
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_chip, var(--_muted));
  }
  .summary {
    margin: 0;
  }
  .section {
    display: grid;
    gap: 0.35em;
    border-block-start: 1px solid var(--_line);
    padding-block-start: 0.6em;
  }
  .section-title {
    margin: 0;
    font-size: 1em;
  }
  .kind {
    display: grid;
    gap: 0.15em;
  }
  .kind + .kind {
    margin-block-start: 0.35em;
  }
  .kind-title {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_muted);
    font-weight: 700;
  }
  .muted,
  .agenda .when {
    color: var(--_muted);
  }
  .notes p {
    margin: 0;
  }
  a {
    color: var(--_focus);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .message {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .message[role='alert'] {
    border-color: var(--_error);
    border-inline-start-width: 4px;
    color: var(--_fg);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .chip::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
