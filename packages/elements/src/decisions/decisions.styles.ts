import { css } from 'lit'

/** A decision's card: its kind and status small above the question, the forms inside the card at 320px. */
export const decisionsStyles = css`
  h3,
  h4,
  p {
    margin-block: 0.25rem;
    overflow-wrap: anywhere;
  }
  .caption {
    color: var(--cp-color-secondary-text, #505a5f);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .panel {
    border-inline-start: 0.3rem solid var(--cp-color-border, #b1b4b6);
    padding-inline-start: 0.75rem;
    margin-block: 0.5rem;
  }
  li li {
    border: 0;
    padding-block: 0.125rem;
  }
  .choice .hint {
    margin: 0;
  }
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
  }
`
