/** Small helpers for the widget tests (browser side). */
import type { LitElement } from 'lit'

/** Create a widget, set its properties, put it in the page, and wait for it to render. */
export async function mount<E extends LitElement>(
  tag: string,
  props: Record<string, unknown> = {},
  attrs: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<E> {
  const el = document.createElement(tag) as E
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value)
  Object.assign(el, props)
  parent.append(el)
  await el.updateComplete
  return el
}

/** The next `name` event from `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string, timeout = 10_000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${name} event within ${timeout} ms`)), timeout)
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer)
        resolve(event as CustomEvent<T>)
      },
      { once: true },
    )
  })
}

/** Wait until `check` returns something truthy. */
export async function waitFor<T>(check: () => T | Promise<T>, timeout = 10_000): Promise<T> {
  const start = Date.now()
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() - start > timeout) throw new Error('Timed out waiting')
    await new Promise((r) => setTimeout(r, 25))
  }
}

/** The element focused inside a widget's shadow root. */
export const focusedIn = (el: Element): Element | null => el.shadowRoot?.activeElement ?? null

/** Choose who the real test server thinks is calling: a member id, `<id>:staff`, or '' for nobody. */
export function actAs(actor: string): void {
  document.cookie = actor ? `cp_actor=${encodeURIComponent(actor)}; path=/; SameSite=Lax` : 'cp_actor=; path=/; max-age=0'
}

/** The shadow root's text, with white space squeezed. */
export const textOf = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim()

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The parts of a widget that reach outside its box (as `tag#id`): none, when it fits its column without scrolling sideways. */
export function outsideBox(el: Element): string[] {
  const limit = el.getBoundingClientRect().right + 0.5
  const start = el.getBoundingClientRect().left - 0.5
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((n) => {
      const r = n.getBoundingClientRect()
      return r.width > 0 && (r.right > limit || r.left < start)
    })
    .map((n) => `${n.tagName.toLowerCase()}#${n.id}`)
}
