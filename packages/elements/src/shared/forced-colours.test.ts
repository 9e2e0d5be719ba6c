import { html, LitElement } from 'lit'
import { describe, expect, it } from 'vitest'
import { mount } from '../test-support/dom.js'
import { inForcedColours, systemColour } from '../test-support/forced-colours.js'
import { baseStyles } from './styles.js'

/*
 * Forced colours (Windows High Contrast) with the styles every widget shares: buttons and the "saved" or "sent"
 * boxes keep their borders, drawn in the person's own colours. A button's border is the button text colour; other
 * borders are the text colour, which the browser gives them by itself.
 */

class SharedStyles extends LitElement {
  static override styles = [baseStyles]
  override render() {
    return html`<div class="root">
      <p class="status">Saved</p>
      <p class="actions">
        <button class="button" type="button">Send</button>
        <button class="button button--secondary" type="button">Try again</button>
      </p>
    </div>`
  }
}
customElements.define('cp-test-shared-styles', SharedStyles)

inForcedColours()

describe('the shared styles in forced colours', () => {
  it('give every button a border in the button text colour, and a status box its border in the text colour', async () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true)
    const el = await mount('cp-test-shared-styles')
    for (const button of el.shadowRoot!.querySelectorAll('button')) {
      const style = getComputedStyle(button)
      // The button's fill is gone in forced colours: its border is what shows where it is.
      expect([style.borderTopStyle, style.borderTopWidth, style.borderTopColor]).toEqual(['solid', '2px', systemColour('ButtonText')])
    }
    const status = getComputedStyle(el.shadowRoot!.querySelector('.status')!)
    expect([status.borderInlineStartStyle, status.borderInlineStartColor]).toEqual(['solid', systemColour('CanvasText')])
  })
})
