import { html, LitElement, nothing } from 'lit'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { mount, textOf, waitFor } from '../test-support/dom.js'
import { Creative, words, type UploadInfo } from './feedback-creative.js'

/**
 * The `Creative` controller on its own, in a real element of the smallest kind: a LitElement that makes one, hands
 * it an error to show and somewhere to report failures, and renders what it renders. What it keeps is its own
 * state; the element only reads it.
 */
class CreativeHost extends LitElement {
  failures: unknown[] = []
  fileError = ''
  creative = new Creative(this, {
    error: (id) =>
      id === 'creative-file' && this.fileError ? html`<p class="error-message" id="creative-file-error">${this.fileError}</p>` : nothing,
    fail: (error) => this.failures.push(error),
  })
  override render() {
    return html`<form>${this.creative.render((key, values) => words[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values?.[k])))}</form>`
  }
}
customElements.define('test-creative-host', CreativeHost)

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!
const realGetUserMedia = navigator.mediaDevices?.getUserMedia

const contexts: AudioContext[] = []

afterEach(async () => {
  document.body.replaceChildren()
  await Promise.all(contexts.splice(0).map((context) => context.close()))
  if (realGetUserMedia) navigator.mediaDevices.getUserMedia = realGetUserMedia
})

/** Stand in for a microphone, which the test browser has none of, with a real audio stream made in the page. */
function microphoneFromAudio(): { stream: MediaStream } {
  const context = new AudioContext()
  contexts.push(context)
  const oscillator = context.createOscillator()
  const destination = context.createMediaStreamDestination()
  oscillator.connect(destination)
  oscillator.start()
  navigator.mediaDevices.getUserMedia = async () => destination.stream
  return { stream: destination.stream }
}

describe('Creative (the picture and recording part of <cp-feedback>)', () => {
  it('keeps the picture and what is in it as its own state, and gives both to the host’s upload by reference', async () => {
    const el = await mount<CreativeHost>('test-creative-host')
    expect(el.creative.given).toBe(false)
    await userEvent.upload($(el, '#creative-file'), new File(['picture'], 'drawing.png', { type: 'image/png' }))
    await userEvent.fill($(el, '#creative-description'), 'A drawing of the garden')
    expect(el.creative.given).toBe(true)
    expect(el.creative.file?.name).toBe('drawing.png')
    expect(el.creative.description).toBe('A drawing of the garden')

    const uploads: { blob: Blob; info: UploadInfo }[] = []
    const attachments = await el.creative.upload(async (blob, info) => (uploads.push({ blob, info }), `store://${info.name}`))
    expect(uploads.map((u) => u.info)).toEqual([{ kind: 'image', name: 'drawing.png', type: 'image/png' }])
    expect(await uploads[0]!.blob.text()).toBe('picture')
    expect(attachments).toEqual([{ kind: 'image', ref: 'store://drawing.png', description: 'A drawing of the garden' }])
  })

  it('reports an upload that fails and gives null, keeping the picture to try again', async () => {
    const el = await mount<CreativeHost>('test-creative-host')
    await userEvent.upload($(el, '#creative-file'), new File(['x'], 'a.png', { type: 'image/png' }))
    const problem = new Error('storage full')
    expect(await el.creative.upload(() => Promise.reject(problem))).toBeNull()
    expect(el.failures).toEqual([problem])
    expect(el.creative.file?.name).toBe('a.png')
  })

  it('shows the error the host gives for the picture, and marks the field', async () => {
    const el = await mount<CreativeHost>('test-creative-host')
    el.fileError = 'We could not add your file.'
    el.requestUpdate()
    await el.updateComplete
    expect($(el, '.field').classList.contains('field--error')).toBe(true)
    expect($(el, '#creative-file-error').textContent).toBe('We could not add your file.')
    await expectNoAxeViolations(el, 'creative with an error')
  })

  it('says plainly when the microphone cannot be used, and reports it', async () => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
    const el = await mount<CreativeHost>('test-creative-host')
    await el.creative.toggleRecording()
    await el.updateComplete
    expect(el.creative.micProblem).toBe(true)
    expect(el.creative.recording).toBe(false)
    expect((el.failures[0] as DOMException).name).toBe('NotAllowedError')
    expect($(el, '[role="alert"]').textContent).toBe(words.recordProblem)
    await expectNoAxeViolations(el, 'microphone problem')
  })

  it('records, keeps the recording with its length once stopped, and removes it when asked', async () => {
    microphoneFromAudio()
    const el = await mount<CreativeHost>('test-creative-host')
    const button = () => $<HTMLButtonElement>(el, '.recorder button')
    button().click()
    await waitFor(() => el.creative.recording)
    await el.updateComplete
    expect(button().getAttribute('aria-pressed')).toBe('true')
    expect(button().textContent).toBe(words.recordStop)
    button().click()
    await waitFor(() => el.creative.recorded)
    await el.updateComplete
    expect(el.creative.recording).toBe(false)
    const { seconds } = el.creative.recorded!
    expect(seconds).toBeGreaterThanOrEqual(1)
    expect(textOf(el)).toContain(`Recording saved (${seconds} seconds)`)
    expect(el.creative.given).toBe(true)
    $(el, 'button.link').click()
    await el.updateComplete
    expect(el.creative.recorded).toBeUndefined()
    expect(el.creative.given).toBe(false)
  })

  it('stops a recording under way, and lets the microphone go, when the host leaves the page', async () => {
    const { stream } = microphoneFromAudio()
    const el = await mount<CreativeHost>('test-creative-host')
    await el.creative.toggleRecording()
    expect(el.creative.recording).toBe(true)
    el.remove()
    await waitFor(() => el.creative.recorded)
    expect(el.creative.recording).toBe(false)
    expect(stream.getTracks().map((track) => track.readyState)).toEqual(['ended'])
  })

  it('forgets the picture, the recording and the description when the form is emptied', async () => {
    const el = await mount<CreativeHost>('test-creative-host')
    await userEvent.upload($(el, '#creative-file'), new File(['x'], 'a.png', { type: 'image/png' }))
    await userEvent.fill($(el, '#creative-description'), 'A cat')
    el.creative.clear()
    await el.updateComplete
    expect([el.creative.given, el.creative.description]).toEqual([false, ''])
    expect($<HTMLInputElement>(el, '#creative-description').value).toBe('')
  })
})
