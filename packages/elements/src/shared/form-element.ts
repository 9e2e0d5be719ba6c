import type { PropertyValues } from 'lit'
import { CpElement } from './cp-element.js'
import type { Messages } from './i18n.js'

/**
 * A widget that can sit in a host's `<form>` (form-associated, through `ElementInternals`): the form submits the
 * widget's value under its `name`, and will not submit while an answer is missing (the browser points at the
 * field to fix). Subclasses say what the value is and what is missing in `formState()`.
 */
export abstract class CpFormElement<M extends Messages> extends CpElement<M> {
  static formAssociated = true
  readonly #internals = this.attachInternals()

  /** The form this widget belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form
  }
  get validity(): ValidityState {
    return this.#internals.validity
  }
  get validationMessage(): string {
    return this.#internals.validationMessage
  }
  checkValidity(): boolean {
    return this.#internals.checkValidity()
  }
  reportValidity(): boolean {
    return this.#internals.reportValidity()
  }

  /** The value the form submits (null while incomplete) and, if an answer is missing, what and where (a field id). */
  protected abstract formState(): { value: string | null; missing?: { message: string; id: string } }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    if (!this.form) return
    const { value, missing } = this.formState()
    this.#internals.setFormValue(value)
    // biome-ignore lint/correctness/noVoidTypeReturn: returns nothing; the shortest form in code widgets download
    if (!missing) return this.#internals.setValidity({})
    const anchor = this.renderRoot.querySelector<HTMLElement>(`#${missing.id}`) ?? undefined
    this.#internals.setValidity({ valueMissing: true }, missing.message, anchor)
  }
}
