import type { Child } from 'hono/jsx'
import { fieldId, type FieldErrors } from '../forms/form-errors.js'
import { useWords } from '../i18n/translate.js'

interface FieldBase {
  /** The form field name; also the path key its errors come under. */
  name: string
  label: string
  hint?: string
  errors?: FieldErrors | undefined
  /** The path key of errors for this field, when it differs from `name`. */
  errorKey?: string
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined

function Message({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useWords()
  return message ? (
    <p id={id} class="error-message">
      <span class="visually-hidden">{t('field.error')}</span> {message}
    </p>
  ) : null
}

function Group({ error, children }: { error: string | undefined; children?: Child }) {
  return <div class={error ? 'form-group form-group--error' : 'form-group'}>{children}</div>
}

/** What every field works out from its props: its id, its error, and the ids that describe it. */
function fieldState(props: FieldBase) {
  const key = props.errorKey ?? props.name
  const id = fieldId(key)
  const error = props.errors?.[key]
  return { id, error, describedBy: describedBy(props.hint && `${id}-hint`, error && `${id}-error`) }
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <div id={id} class="hint">
      {hint}
    </div>
  ) : null
}

/** One labelled control: the label, the hint, the error message, then the control. */
function LabelledField({ props, id, error, children }: { props: FieldBase; id: string; error: string | undefined; children?: Child }) {
  return (
    <Group error={error}>
      <label class="label" for={id}>
        {props.label}
      </label>
      <Hint id={`${id}-hint`} hint={props.hint} />
      <Message id={`${id}-error`} message={error} />
      {children}
    </Group>
  )
}

export function TextInput(
  props: FieldBase & {
    value?: string | number | undefined
    type?: string
    width?: 'short' | 'medium' | 'full'
    inputmode?: 'numeric' | 'decimal' | 'text'
    autocomplete?: string
  },
) {
  const { id, error, describedBy: describedByIds } = fieldState(props)
  return (
    <LabelledField props={props} id={id} error={error}>
      <input
        class={`input input--${props.width ?? 'full'}${error ? ' input--error' : ''}`}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value === undefined ? '' : String(props.value)}
        inputmode={props.inputmode}
        autocomplete={props.autocomplete ?? 'off'}
        aria-describedby={describedByIds}
        aria-invalid={error ? 'true' : undefined}
      />
    </LabelledField>
  )
}

export function TextArea(props: FieldBase & { value?: string | undefined; rows?: number }) {
  const { id, error, describedBy: describedByIds } = fieldState(props)
  return (
    <LabelledField props={props} id={id} error={error}>
      <textarea
        class={`textarea${error ? ' input--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        aria-describedby={describedByIds}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
    </LabelledField>
  )
}

export interface Option {
  value: string
  label: string
  hint?: string
}

export function Select(props: FieldBase & { options: Option[]; value?: string | undefined }) {
  const { id, error, describedBy: describedByIds } = fieldState(props)
  return (
    <LabelledField props={props} id={id} error={error}>
      <select
        class={`select${error ? ' input--error' : ''}`}
        id={id}
        name={props.name}
        aria-describedby={describedByIds}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  )
}

/** Radios or checkboxes in a fieldset. The first box carries the field id, so the error summary link lands on it. */
export function Choices(
  props: FieldBase & {
    type: 'radio' | 'checkbox'
    options: Option[]
    values?: readonly string[] | undefined
    legendClass?: string
    small?: boolean
  },
) {
  const { id, error, describedBy: describedByIds } = fieldState(props)
  return (
    <Group error={error}>
      <fieldset class="fieldset" aria-describedby={describedByIds}>
        <legend class={props.legendClass ?? 'fieldset__legend'}>{props.label}</legend>
        <Hint id={`${id}-hint`} hint={props.hint} />
        <Message id={`${id}-error`} message={error} />
        <div class={`choices${props.small ? ' choices--small' : ''}`}>
          {props.options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`
            return (
              <div class="choices__item">
                <input
                  class="choices__input"
                  id={optionId}
                  name={props.name}
                  type={props.type}
                  value={option.value}
                  checked={props.values?.includes(option.value)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label class="choices__label" for={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${optionId}-item-hint`} class="hint choices__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    </Group>
  )
}

export function Button({
  children,
  secondary,
  warning,
  name,
  value,
}: {
  children?: Child
  secondary?: boolean
  /** For actions that cannot be undone, such as removing someone's data. */
  warning?: boolean
  name?: string
  value?: string
}) {
  const variant = secondary ? ' button--secondary' : warning ? ' button--warning' : ''
  return (
    <button type="submit" class={`button${variant}`} name={name} value={value}>
      {children}
    </button>
  )
}
