import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import { adoptCss, cssText } from '../shared/adopt-css.js'
import type { Translate } from '../shared/i18n.js'
import type { FeedbackSubmission } from '../shared/types.js'

/** What the host's `upload` function is given. It stores the file and returns where it is (a URL or key). */
export interface UploadInfo {
  kind: 'audio' | 'image'
  name: string
  type: string
}
export type UploadFunction = (file: Blob, info: UploadInfo) => Promise<string>

/**
 * The picture and voice-recording part of `<cp-feedback>`, in its own module: it loads only when the host gives
 * an `upload` function (without one the option is hidden), so most pages never download it. Once it is here the
 * widget makes one `Creative` controller: it keeps the picture, the recording and its description as its own state
 * and stops a recording when the widget leaves the page; the widget reads `given` and calls `upload`.
 *
 * The widget hands it, when it makes the controller, how to show a field's error and how to report one.
 */
export interface CreativeTools {
  /** The inline error message for a field, by id (Lit's `nothing` when it has none). */
  error(id: string): TemplateResult | typeof nothing
  /** Tell the page something went wrong (the widget's `cp-error`). */
  fail(error: unknown): void
}

/** This part's English words (added to the widget's catalogue when it loads; Welsh and Urdu are in theirs). */
export const words = {
  creativeLegend: 'Add a picture, drawing or voice recording (optional)',
  creativeHint: 'You can show us instead of writing.',
  fileLabel: 'Choose a picture or drawing',
  recordStart: 'Record your voice',
  recordStop: 'Stop recording',
  recordDone: 'Recording saved ({seconds} seconds)',
  recordRemove: 'Remove recording',
  recordProblem: 'We could not use your microphone. You can write, or add a picture, instead.',
  descriptionLabel: 'Say what is in it (optional)',
  descriptionHint: 'This helps people who cannot see it or hear it.',
}
/** The words this part speaks: its own. */
type Words = Record<keyof typeof words, string>

/** This part's styles: the recorder and the link-styled button (its boxes share the form's text box style). */
const css = cssText`
  .link {
    color: var(--cp-color-link, #1d5d90);
    text-decoration: underline;
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 1.5rem;
    cursor: pointer;
  }
  .recorder {
    margin-block: 0.75rem;
  }
`
/** Add this part's styles to the widget (once). */
export const adoptStyles = (root: ShadowRoot | null) => adoptCss(root, css)

type Attachments = NonNullable<FeedbackSubmission['attachments']>

/** The picture and recording a person adds to their feedback, with what is in them, until they send it. */
export class Creative implements ReactiveController {
  /** The picture or drawing chosen. */
  file: File | undefined
  /** A voice recording, once stopped, and how long it is. */
  recorded: { blob: Blob; seconds: number } | undefined
  /** What is in the picture or recording, in the person's words. */
  description = ''
  /** A recording is under way. */
  recording = false
  /** The microphone could not be used. */
  micProblem = false
  #recorder: MediaRecorder | undefined
  #started = 0

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly tools: CreativeTools,
  ) {
    host.addController(this)
  }

  /** The widget is in the page: the part's styles join its own. */
  hostConnected(): void {
    adoptStyles(this.host.shadowRoot)
  }

  /** The widget left the page: a recording under way stops (and the microphone is let go). */
  hostDisconnected(): void {
    this.#recorder?.stop()
  }

  /** Something was added: a picture or a recording. */
  get given(): boolean {
    return !!(this.file || this.recorded)
  }

  /** Change what is kept, and show it. */
  #set(changes: Partial<Pick<Creative, 'file' | 'recorded' | 'description' | 'recording' | 'micProblem'>>): void {
    Object.assign(this, changes)
    this.host.requestUpdate()
  }

  /** Forget the picture, the recording and the description (the form is emptied). */
  clear(): void {
    this.#set({ file: undefined, recorded: undefined, description: '' })
  }

  /** Give the picture and the recording to the host's `upload`; null when that failed (the words are kept). */
  async upload(upload: UploadFunction): Promise<Attachments | null> {
    const description = this.description.trim() || undefined
    const { file, recorded } = this
    try {
      const out: Attachments = []
      if (file) {
        const ref = await upload(file, { kind: 'image', name: file.name, type: file.type })
        out.push({ kind: 'image', ref, ...(description ? { description } : {}) })
      }
      if (recorded) {
        const ref = await upload(recorded.blob, { kind: 'audio', name: 'recording.webm', type: recorded.blob.type })
        out.push({ kind: 'audio', ref, ...(description ? { description } : {}) })
      }
      return out
    } catch (error) {
      this.tools.fail(error)
      return null
    }
  }

  /** Start recording, or stop the recording under way (it is kept, with its length). */
  async toggleRecording(): Promise<void> {
    if (this.#recorder && this.recording) {
      this.#recorder.stop()
      return
    }
    this.#set({ micProblem: false })
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true })
      const recorder = new MediaRecorder(stream)
      const chunks: Blob[] = []
      recorder.ondataavailable = (e) => chunks.push(e.data)
      recorder.onstop = () => {
        for (const track of stream.getTracks()) track.stop()
        const seconds = Math.max(1, Math.round((Date.now() - this.#started) / 1000))
        this.#recorder = undefined
        this.#set({ recorded: { blob: new Blob(chunks, { type: recorder.mimeType }), seconds }, recording: false })
      }
      this.#recorder = recorder
      this.#started = Date.now()
      recorder.start()
      this.#set({ recording: true })
    } catch (error) {
      this.#set({ micProblem: true })
      this.tools.fail(error)
    }
  }

  /** The fieldset: a picture, a recording (where the browser can record), and what is in them. */
  render(t: Translate<Words>): TemplateResult {
    const error = this.tools.error('creative-file')
    const canRecord = typeof MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia
    return html`<div class="field ${error === nothing ? '' : 'field--error'}">
    <fieldset aria-describedby="creative-hint">
      <legend>${t('creativeLegend')}</legend>
      <p class="hint" id="creative-hint">${t('creativeHint')}</p>
      ${error}
      <label for="creative-file">${t('fileLabel')}</label>
      <input type="file" id="creative-file" accept="image/*"
        @change=${(e: Event) => this.#set({ file: (e.target as HTMLInputElement).files?.[0] ?? undefined })} />
      ${
        canRecord
          ? html`<p class="recorder actions">
            <button type="button" class="button button--secondary" aria-pressed=${this.recording ? 'true' : 'false'}
              @click=${() => void this.toggleRecording()}>${this.recording ? t('recordStop') : t('recordStart')}</button>
            ${
              this.recorded
                ? html`<span>${t('recordDone', { seconds: this.recorded.seconds })}</span>
                  <button type="button" class="link" @click=${() => this.#set({ recorded: undefined })}>${t('recordRemove')}</button>`
                : nothing
            }
          </p>
          ${this.micProblem ? html`<p class="error-message" role="alert">${t('recordProblem')}</p>` : nothing}`
          : nothing
      }
      <label for="creative-description">${t('descriptionLabel')}</label>
      <p class="hint" id="creative-description-hint">${t('descriptionHint')}</p>
      <input type="text" id="creative-description" .value=${this.description} aria-describedby="creative-description-hint"
        @input=${(e: Event) => this.#set({ description: (e.target as HTMLInputElement).value })} />
    </fieldset>
  </div>`
  }
}
