import type { LitElement } from 'lit'

/** The first element of `tag` in the story, once it has rendered. */
export async function widget(canvas: HTMLElement, tag: string): Promise<LitElement> {
  const el = canvas.querySelector<LitElement>(tag)
  if (!el) throw new Error(`No <${tag}> in the story`)
  await el.updateComplete
  return el
}

const settle = async (el: LitElement) => {
  await el.updateComplete
  await new Promise((resolve) => setTimeout(resolve, 50))
  await el.updateComplete
}

/** Choose a rating and write a few words in `<cp-feedback>`, as a person would. */
export async function fillFeedback(el: LitElement, rating = 'good', words = 'Opening later on Fridays would help me.'): Promise<void> {
  const root = el.shadowRoot!
  const radio = root.querySelector<HTMLInputElement>(`input[name="rating"][value="${rating}"]`)
  radio?.click()
  const text = root.querySelector<HTMLTextAreaElement>('textarea')
  if (text) {
    text.value = words
    text.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
  }
  await settle(el)
}

/** Press the send button of `<cp-feedback>`. */
export async function send(el: LitElement): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click()
  await settle(el)
}

/** Tell the test runner the play function has finished, so it checks the final state. */
export function played(): void {
  document.body.dataset.played = 'true'
}
