import { fieldId, type FieldErrors } from '../forms/form-errors.js'
import { useWords } from '../i18n/translate.js'

/** The GOV.UK error summary: a list of every problem, each linking to its field. It takes focus when the page loads. */
export function ErrorSummary({ errors }: { errors: FieldErrors | undefined }) {
  const { t } = useWords()
  const entries = Object.entries(errors ?? {})
  if (!entries.length) return null
  return (
    <div class="error-summary" tabindex={-1} autofocus>
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">
          {t('errorSummary.title')}
        </h2>
        <ul class="error-summary__list">
          {entries.map(([key, message]) => (
            <li>
              <a href={`#${fieldId(key)}`}>{message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
