import { html, type PropertyValues } from 'lit'
import { describe, expect, it } from 'vitest'
import { ClientError, OfflineError } from './client.js'
import { CpElement } from './cp-element.js'
import { define } from './define.js'
import { defineMessages, type Translation } from './i18n.js'

const english = { hello: 'Hello' }
const welsh: Translation<typeof english> = { hello: 'Helo' }

/** A Welsh loader the test lets go of (or fails) when it chooses: a language chunk on a slow or broken network. */
function controlledLoader() {
  let calls = 0
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined
  const loader = () => {
    calls++
    return new Promise<{ default: typeof welsh }>((resolve, reject) => {
      settle = { resolve: () => resolve({ default: welsh }), reject }
    })
  }
  return {
    loader,
    calls: () => calls,
    resolve: () => settle!.resolve(),
    reject: () => settle!.reject(new Error('offline')),
  }
}

let count = 0
/** A tiny widget on CpElement that remembers which properties each render saw change. */
function makeWidget(cy: ReturnType<typeof controlledLoader>) {
  const catalogue = defineMessages({ en: english, cy: cy.loader, ur: welsh })
  class TestWidget extends CpElement<typeof english> {
    static override properties = { ...CpElement.properties, note: { type: String } }
    declare note: string | undefined
    protected readonly catalogue = catalogue
    protected httpCalls() {
      return {} // this widget calls nothing
    }
    seen: string[][] = []
    protected override willUpdate(changed: PropertyValues<this>): void {
      super.willUpdate(changed)
      this.seen.push([...changed.keys()].map(String).sort())
    }
    protected override render() {
      return html`<p lang=${this.language}>${this.t('hello')}</p>`
    }
  }
  const tag = `cp-test-widget-${++count}`
  define(tag, TestWidget)
  const el = document.createElement(tag) as TestWidget
  return el
}

const text = (el: HTMLElement) => el.shadowRoot?.querySelector('p')?.textContent ?? null
const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('CpElement while a language is loading', () => {
  it('renders nothing until the words arrive, then sees every property changed meanwhile', async () => {
    const cy = controlledLoader()
    const el = makeWidget(cy)
    el.setAttribute('lang', 'cy')
    el.note = 'first'
    el.initiative = 'i-1'
    document.body.append(el)
    await tick()
    el.note = 'second'
    await tick()
    expect(text(el)).toBeNull()
    expect(el.seen).toEqual([])

    cy.resolve()
    await el.updateComplete
    expect(text(el)).toBe('Helo')
    expect(el.seen).toEqual([['initiative', 'lang', 'note']])
    expect(el.getAttribute('lang')).toBe('cy')
    el.remove()
  })
})

describe('CpElement when a language cannot be loaded (offline)', () => {
  it('renders in English, stops asking, and tries the language again on a later render', async () => {
    const cy = controlledLoader()
    const el = makeWidget(cy)
    el.setAttribute('lang', 'cy')
    el.note = 'first'
    document.body.append(el)
    await tick()
    cy.reject()
    await el.updateComplete
    expect(text(el)).toBe('Hello')
    expect(el.shadowRoot!.querySelector('p')!.lang).toBe('en')
    expect(el.seen).toEqual([['lang', 'note']])
    // No loop: once in English it waits for something to change.
    for (let i = 0; i < 5; i++) await tick()
    expect(cy.calls()).toBe(1)

    el.note = 'second'
    await tick()
    expect(cy.calls()).toBe(2)
    cy.resolve()
    await el.updateComplete
    expect(text(el)).toBe('Helo')
    expect(el.seen.at(-1)).toEqual(['note'])
    el.remove()
  })
})

/** A widget that fetches through CpElement's `_fetch`: each call to `reload()` waits for the test to answer it. */
function makeFetchingWidget() {
  const catalogue = defineMessages({ en: english, cy: welsh, ur: welsh })
  const calls: { initiative: string; resolve: (value: string) => void; reject: (error: unknown) => void }[] = []
  class FetchingWidget extends CpElement<typeof english> {
    static override properties = { ...CpElement.properties, _phase: { state: true } }
    declare _phase: string
    protected override _reloadOn = ['initiative']
    protected readonly catalogue = catalogue
    protected httpCalls() {
      return {}
    }
    shown: string[] = []
    constructor() {
      super()
      this._phase = 'idle'
    }
    override async reload(): Promise<void> {
      const initiative = this.initiative ?? ''
      await this._fetch(
        () => new Promise<string>((resolve, reject) => calls.push({ initiative, resolve, reject })),
        (data) => this.shown.push(data),
        ({ status }) => (status === 403 ? 'forbidden' : undefined),
      )
    }
    protected override render() {
      return html`<p>${this._phase}</p>`
    }
  }
  const tag = `cp-test-fetching-${++count}`
  define(tag, FetchingWidget)
  return { el: document.createElement(tag) as FetchingWidget, calls }
}

describe('CpElement fetching what a widget shows', () => {
  it('fetches when a property it lists changes, and drops the answer to an older fetch', async () => {
    const { el, calls } = makeFetchingWidget()
    el.initiative = 'first'
    document.body.append(el)
    await el.updateComplete
    expect(calls.map((c) => c.initiative)).toEqual(['first'])
    expect(el._phase).toBe('loading')

    el.initiative = 'second'
    await el.updateComplete
    expect(calls.map((c) => c.initiative)).toEqual(['first', 'second'])
    calls[1]!.resolve('from second')
    calls[0]!.resolve('from first')
    await tick()
    expect(el.shown).toEqual(['from second'])
    expect(el._phase).toBe('ready')

    el.lang = 'cy' // not a property it fetches for
    await el.updateComplete
    expect(calls).toHaveLength(2)
    el.remove()
  })

  it('says offline when there is no connection, and fetches again when the connection comes back', async () => {
    const { el, calls } = makeFetchingWidget()
    el.initiative = 'i-1'
    document.body.append(el)
    await el.updateComplete
    const errors: string[] = []
    el.addEventListener('cp-error', (event) => errors.push(event.detail.code))
    calls[0]!.reject(new OfflineError())
    await tick()
    expect(el._phase).toBe('offline')
    expect(errors).toEqual(['offline'])

    window.dispatchEvent(new Event('online'))
    expect(calls).toHaveLength(2)
    calls[1]!.resolve('back')
    await tick()
    expect(el._phase).toBe('ready')
    // Once ready, the connection coming back fetches nothing.
    window.dispatchEvent(new Event('online'))
    expect(calls).toHaveLength(2)
    el.remove()
  })

  it('lets the widget name its own phase for a refusal, and stops listening once removed', async () => {
    const { el, calls } = makeFetchingWidget()
    el.initiative = 'i-1'
    document.body.append(el)
    await el.updateComplete
    calls[0]!.reject(new ClientError(403, 'forbidden', 'No'))
    await tick()
    expect(el._phase).toBe('forbidden')
    calls.length = 0
    el._phase = 'error'
    el.remove()
    window.dispatchEvent(new Event('online'))
    expect(calls).toHaveLength(0)
  })
})
