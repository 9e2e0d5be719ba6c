import { adoptCss, cssText } from '../shared/adopt-css.js'
import type { nothing as litNothing, TemplateResult } from 'lit'
import type { Lit } from '../shared/error-summary.js'
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
 * an `upload` function (without one the option is hidden), so most pages never download it.
 *
 * It imports no Lit and nothing the widget imports: the widget hands it Lit's `html` and `nothing` and how to show a
 * field's error.
 * A module shared with the widget would make a bundler split the widget's own code into more files, which costs
 * every page more than this part saves.
 */
export interface CreativeTools extends Lit {
  /** The inline error message for a field, by id. */
  error(id: string): TemplateResult | typeof litNothing
}

export interface CreativeHost {
  _file: File | undefined
  _recording: boolean
  _micProblem: boolean
  _recorded: { blob: Blob; seconds: number } | undefined
  _description: string
  _errors: Partial<Record<string, string>>
  _recorder: MediaRecorder | undefined
  _recordStart: number
  _fail(error: unknown): void
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

/** Give the picture and the recording to the host's `upload`; null when that failed (the words are kept). */
export async function uploadCreative(host: CreativeHost, upload: UploadFunction): Promise<Attachments | null> {
  const description = host._description.trim() || undefined
  try {
    const out: Attachments = []
    if (host._file) {
      const ref = await upload(host._file, { kind: 'image', name: host._file.name, type: host._file.type })
      out.push({ kind: 'image', ref, ...(description ? { description } : {}) })
    }
    if (host._recorded) {
      const ref = await upload(host._recorded.blob, { kind: 'audio', name: 'recording.webm', type: host._recorded.blob.type })
      out.push({ kind: 'audio', ref, ...(description ? { description } : {}) })
    }
    return out
  } catch (error) {
    host._fail(error)
    return null
  }
}

async function toggleRecording(host: CreativeHost): Promise<void> {
  if (host._recorder && host._recording) {
    host._recorder.stop()
    return
  }
  host._micProblem = false
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true })
    const recorder = new MediaRecorder(stream)
    const chunks: Blob[] = []
    recorder.ondataavailable = (e) => chunks.push(e.data)
    recorder.onstop = () => {
      for (const track of stream.getTracks()) track.stop()
      const seconds = Math.max(1, Math.round((Date.now() - host._recordStart) / 1000))
      host._recorded = { blob: new Blob(chunks, { type: recorder.mimeType }), seconds }
      host._recording = false
      host._recorder = undefined
    }
    host._recorder = recorder
    host._recordStart = Date.now()
    recorder.start()
    host._recording = true
  } catch (error) {
    host._micProblem = true
    host._fail(error)
  }
}

export function renderCreative(host: CreativeHost, t: Translate<Words>, { html, nothing, error: errorFor }: CreativeTools): TemplateResult {
  const error = host._errors['creative-file']
  const canRecord = typeof MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia
  return html`<div class="field ${error ? 'field--error' : ''}">
    <fieldset aria-describedby="creative-hint">
      <legend>${t('creativeLegend')}</legend>
      <p class="hint" id="creative-hint">${t('creativeHint')}</p>
      ${errorFor('creative-file')}
      <label for="creative-file">${t('fileLabel')}</label>
      <input type="file" id="creative-file" accept="image/*"
        @change=${(e: Event) => (host._file = (e.target as HTMLInputElement).files?.[0] ?? undefined)} />
      ${
        canRecord
          ? html`<p class="recorder actions">
            <button type="button" class="button button--secondary" aria-pressed=${host._recording ? 'true' : 'false'}
              @click=${() => void toggleRecording(host)}>${host._recording ? t('recordStop') : t('recordStart')}</button>
            ${
              host._recorded
                ? html`<span>${t('recordDone', { seconds: host._recorded.seconds })}</span>
                  <button type="button" class="link" @click=${() => (host._recorded = undefined)}>${t('recordRemove')}</button>`
                : nothing
            }
          </p>
          ${host._micProblem ? html`<p class="error-message" role="alert">${t('recordProblem')}</p>` : nothing}`
          : nothing
      }
      <label for="creative-description">${t('descriptionLabel')}</label>
      <p class="hint" id="creative-description-hint">${t('descriptionHint')}</p>
      <input type="text" id="creative-description" .value=${host._description} aria-describedby="creative-description-hint"
        @input=${(e: Event) => (host._description = (e.target as HTMLInputElement).value)} />
    </fieldset>
  </div>`
}
