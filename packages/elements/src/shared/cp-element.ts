import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit'
import { httpCall, isClientError, isOfflineError, type CoproduceClient, type HttpCall } from './client.js'
import { emit, type CpErrorDetail } from './events.js'
import { dirFor, loadWords, resolveLang, translator, wordsFor, type Catalogue, type Lang, type Messages, type Translate } from './i18n.js'

/**
 * What every widget shares: the `endpoint` / `initiative` / `member` attributes, an injectable `.client`, the
 * language (own `lang`, else the closest ancestor's), and host overrides of any string through `.messages`.
 *
 * Subclasses set `catalogue` and read words with `this.t('key', { name: value })`. `this.language` is the resolved
 * language and `this.direction` its writing direction (`rtl` for Urdu): put both on the widget's root element
 * (`lang=${this.language} dir=${this.direction}`). It is not called `dir`: that is HTMLElement's own property.
 */
export abstract class CpElement<M extends Messages> extends LitElement {
  static override properties: PropertyDeclarations = {
    endpoint: { type: String },
    initiative: { type: String },
    member: { type: String },
    lang: { type: String, reflect: true },
    client: { attribute: false },
    messages: { attribute: false },
  }

  /** The base URL where the host mounted the Coproduce handler, e.g. `/api/coproduce`. */
  declare endpoint: string | undefined
  /** The initiative's id. */
  declare initiative: string | undefined
  /** The member's id, where the widget is about one person. */
  declare member: string | undefined
  /** A client for hosts with their own backend. When set, `endpoint` is not used. */
  declare client: CoproduceClient | undefined
  /** Host overrides: any of the widget's strings, by key. */
  declare messages: Partial<M> | undefined

  protected abstract readonly catalogue: Catalogue<M>
  protected t: Translate<M> = (key) => key
  protected language: Lang = 'en'
  protected direction: 'ltr' | 'rtl' = 'ltr'

  _httpClient?: { endpoint: string; client: CoproduceClient }

  /**
   * What the widget shows now. Each widget has its own phases; `loading`, `ready`, `offline` and `error` are the
   * ones `_fetch` and the return of the connection use.
   */
  declare _phase: unknown
  /** The properties whose change makes the widget fetch again through `reload()`, e.g. `['initiative', 'endpoint']`. */
  protected _reloadOn: readonly string[] = []
  /** Fetch what the widget shows again. Widgets that fetch define it; "Try again" buttons call it. */
  reload?(): Promise<void>
  /** Counts fetches, so the answer to an older one is dropped. Bump it to drop the one under way. */
  _ticket = 0

  /**
   * The calls this widget makes, over HTTP (e.g. `{ getReport: reportCall(http) }`), so its bundle holds only
   * those. A `.client` given by the host is used whole instead.
   */
  protected abstract httpCalls(http: HttpCall): Partial<CoproduceClient>

  /** The client in use: the injected `.client`, else one for `endpoint`. */
  protected get api(): CoproduceClient | undefined {
    if (this.client) return this.client
    if (!this.endpoint) return undefined
    if (this._httpClient?.endpoint !== this.endpoint)
      this._httpClient = {
        endpoint: this.endpoint,
        client: this.httpCalls(httpCall(this.endpoint, undefined, () => this.language)) as CoproduceClient,
      }
    return this._httpClient.client
  }

  override connectedCallback(): void {
    super.connectedCallback()
    addEventListener('online', this)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    removeEventListener('online', this)
  }

  /**
   * The page's `online` event: the connection came back (the widget listens while it is in the page). By default
   * it fetches again what could not be fetched; a widget with more to do (send what waits) overrides it.
   */
  handleEvent(): void {
    if (this._phase === 'error' || this._phase === 'offline') void this.reload?.()
  }

  /**
   * Fetch what the widget shows: `_phase` is `loading` meanwhile, then `ready` and `show(data)`, unless a later
   * fetch has started since. On failure, `cp-error` goes to the host and `_phase` becomes what `failed` says, else
   * `offline` (no connection) or `error`.
   */
  protected async _fetch<T>(get: () => Promise<T>, show: (data: T) => void, failed?: (detail: CpErrorDetail) => unknown): Promise<void> {
    const ticket = ++this._ticket
    this._phase = 'loading'
    try {
      const data = await get()
      if (ticket !== this._ticket) return
      this._phase = 'ready'
      show(data)
    } catch (error) {
      if (ticket !== this._ticket) return
      const detail = this.reportError(error)
      this._phase = failed?.(detail) ?? (detail.code === 'offline' ? 'offline' : 'error')
    }
  }

  _loading: Promise<unknown> | undefined
  /** Properties changed while a render was held, with their old values: replayed when it is let go. */
  _skipped = new Map<PropertyKey, unknown>()
  /** A language whose words could not be loaded (offline): the next render is in English. */
  _failed: Lang | undefined

  /**
   * Hold rendering until `load` settles (a language or a part of the widget kept in its own module), then render.
   * People never see a half-drawn widget, and `updateComplete` waits for it. The properties changed meanwhile are
   * replayed, so the render that follows sees them in `changed` as if nothing had been held.
   */
  protected _hold(load: Promise<unknown>, lang?: Lang): void {
    const done: Promise<void> = load
      .catch(() => {
        this._failed = lang
      })
      .then(() => {
        if (this._loading === done) this._loading = undefined
        const skipped = this._skipped
        this._skipped = new Map()
        skipped.forEach((old, key) => this.requestUpdate(key, old))
        this.requestUpdate()
      })
    this._loading = done
  }

  /**
   * A language kept in its own module is loaded before the widget renders in it, so people never see a flash of
   * English first. If it cannot be loaded (offline), that render is in English and a later render tries again.
   * Subclasses return a promise from `_needs()` for a part of themselves still loading.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const lang = resolveLang(this)
    const words = this._failed === lang || wordsFor(this.catalogue, lang)
    this._failed = undefined
    const load = words ? this._needs() : loadWords(this.catalogue, lang)
    if (load) {
      // The oldest value of each property wins: it is what the next render must compare with.
      this._skipped = new Map([...changed, ...this._skipped])
      this._hold(load, lang)
      return false
    }
    return super.shouldUpdate(changed)
  }

  /** A module this render needs that is not here yet, as a promise; else undefined. */
  protected _needs(): Promise<unknown> | undefined {
    return undefined
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete()
    // biome-ignore lint/nursery/noMisusedPromises: asks whether a load is running, then waits for it
    while (this._loading) {
      await this._loading
      result = await super.getUpdateComplete()
    }
    return result
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    const lang = resolveLang(this)
    // Words that could not be loaded: this render is in English, and says so.
    this.language = wordsFor(this.catalogue, lang) ? lang : 'en'
    this.direction = dirFor(this.language)
    this.t = translator(this.catalogue, this.language, this.messages)
    if (this._reloadOn.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) void this.reload?.()
  }

  /**
   * Tell the host something went wrong (`cp-error`), and return the code. A stable name for subclasses: `_` names
   * are shortened in the published build, so parts loaded on demand reach it through a widget's own `_fail`.
   */
  protected reportError(error: unknown): CpErrorDetail {
    const detail: CpErrorDetail = isOfflineError(error)
      ? { error, code: 'offline' }
      : isClientError(error)
        ? { error, code: error.code, status: error.status }
        : { error, code: 'unknown' }
    emit(this, 'cp-error', detail)
    return detail
  }
}
