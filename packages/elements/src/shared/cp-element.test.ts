import { html, type PropertyValues } from 'lit'
import { describe, expect, it } from 'vitest'
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
