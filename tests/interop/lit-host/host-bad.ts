// The same host with three slips lit-analyzer must catch: so its silence on host-ok.ts means it knows the widgets.
import '@coproduce/elements'
import { html, LitElement } from 'lit'

export class HostPage extends LitElement {
  override render() {
    return html`<cp-feedback initiatve="drop-in-hours" .clinet=${{}}></cp-feedback>
      <cp-update-editor update-idd="u-1"></cp-update-editor>`
  }
}
