// A host's own Lit element using every widget as its docs say: attributes (dashed ones too), the `.client`
// property and the `cp-*` events. lit-analyzer --strict must find nothing here (lit-analyzer.test.mjs).
import '@coproduce/elements'
import type { CoproduceClient } from '@coproduce/elements'
import { html, LitElement } from 'lit'

export class HostPage extends LitElement {
  client!: CoproduceClient
  heard: unknown[] = []
  hear = (e: Event) => this.heard.push(e)

  override render() {
    return html`
      <cp-feedback initiative="drop-in-hours" kinds="rating" reply-within-days="10" .client=${this.client} @cp-submit=${this.hear}></cp-feedback>
      <cp-consent endpoint="/api/coproduce" member="m-1" @cp-submit=${this.hear}></cp-consent>
      <cp-updates initiative="drop-in-hours" page-size="5" heading-level="3" @cp-load=${this.hear}></cp-updates>
      <cp-principles-report initiative="drop-in-hours" heading-level="2" @cp-error=${this.hear}></cp-principles-report>
      <cp-decision initiative="drop-in-hours" member="m-1"></cp-decision>
      <cp-agreement initiative="drop-in-hours" member="m-1" mode="staff"></cp-agreement>
      <cp-my-involvement member="m-1" choices-href="/my-data#choices"></cp-my-involvement>
      <cp-feedback-inbox initiative="drop-in-hours" update-href="/updates#{id}" page-size="50" editor="editor"></cp-feedback-inbox>
      <cp-update-editor id="editor" initiative="drop-in-hours" update-id="u-1" name="update" @cp-submit=${this.hear}></cp-update-editor>
      <cp-sessions initiative="drop-in-hours"></cp-sessions>
      <cp-payments initiative="drop-in-hours" living-wage="13.45" currency="GBP"></cp-payments>
      <cp-plan-check initiative="drop-in-hours"></cp-plan-check>
      <cp-members initiative="drop-in-hours" case-link="/cases/{ref}" choices-link="/members/{id}/choices" case-refs="CB-1 CB-2"></cp-members>
      <cp-decisions initiative="drop-in-hours" @cp-submit=${this.hear}></cp-decisions>
    `
  }
}
