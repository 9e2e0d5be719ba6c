/**
 * The browser side of the bench (bundled by run.mjs with esbuild). For each widget it times the first render
 * (create, attach, let Lit render and any injected data arrive, then force style and layout) and the same markup
 * built by hand with plain DOM calls: the widget's own shadow DOM, copied node by node, into a shadow root with the
 * same stylesheets, after the same data work (getting the data, and the dates and lists in the reader's words).
 * Both stop at "rendered and laid out": neither is timed for the paint that follows. Times are in milliseconds
 * from `performance.now()`.
 */
import { DEFAULT_PURPOSES } from '../../core/src/purposes/default-purposes.js'
import type { CoproduceClient } from '../src/shared/client.js'
import type { PublicUpdate } from '../src/shared/types.js'
import { exampleReport } from '../src/principles-report/fixtures.js'
import { exampleUpdates } from '../src/updates/fixtures.js'

type Tree = { tag: string; ns: string | null; attrs: [string, string][]; children: (Tree | string)[] }
type LitLike = HTMLElement & { updateComplete: Promise<boolean>; isUpdatePending: boolean }

const never = () => new Promise<never>(() => {})
const client: CoproduceClient = {
  getConsentPurposes: () => Promise.resolve([...DEFAULT_PURPOSES]),
  getUpdates: () => Promise.resolve(exampleUpdates(20)),
  submitFeedback: never,
  getConsents: () => Promise.resolve({ purposes: [...DEFAULT_PURPOSES], current: [], history: [] }),
  decideConsent: never,
  getReceipt: never,
  getReport: () => Promise.resolve(exampleReport()),
}

/** What each widget is given, as a host would give it (data arrives through the injected client). */
export const SETUPS: Record<string, (el: HTMLElement) => void> = {
  'cp-feedback': (el) => {
    el.setAttribute('initiative', 'initiative-1')
    Object.assign(el, { client })
  },
  'cp-consent': (el) => {
    el.setAttribute('member', 'member-1')
    Object.assign(el, { client })
  },
  'cp-updates': (el) => {
    el.setAttribute('initiative', 'initiative-1')
    Object.assign(el, { client })
  },
  'cp-principles-report': (el) => {
    el.setAttribute('initiative', 'initiative-1')
    Object.assign(el, { client })
  },
}

const macrotask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(0)
  })

const layout = (root: ShadowRoot | null) => {
  ;(root?.firstElementChild as HTMLElement | null)?.getBoundingClientRect()
  return document.body.offsetHeight
}

const stage = () => {
  const div = document.createElement('div')
  document.body.append(div)
  return div
}

/**
 * Until the widget has no update pending, including those that data given at once (in microtasks, as the bench's
 * client gives it) asks for: a render that a later microtask asks for comes before the browser would lay out, so
 * the bench does not force a layout in between.
 */
async function quiet(el: LitLike): Promise<void> {
  while (!(await el.updateComplete));
  for (let idle = 0; idle < 50; ) {
    await null
    if (!el.isUpdatePending) idle++
    else {
      idle = 0
      while (!(await el.updateComplete));
    }
  }
}

/**
 * Create, set up and attach the widget, then wait until it has rendered, with its data, and force style and layout.
 * The time ends there. To be sure nothing more comes (data that arrives in a later task), it then waits one task
 * and looks: if the widget did not change meanwhile, that wait (and the paint the browser may do in it, which the
 * baseline is not timed for either) is not counted; if it changed, the time runs on to its next settled render.
 */
async function renderWidget(tag: string, setup: (el: HTMLElement) => void): Promise<{ ms: number; el: LitLike }> {
  const where = stage()
  const t0 = performance.now()
  const el = document.createElement(tag) as LitLike
  setup(el)
  where.append(el)
  let end = t0
  for (let i = 0; i < 10; i++) {
    await quiet(el)
    layout(el.shadowRoot)
    end = performance.now()
    let changed = false
    const watch = new MutationObserver(() => {
      changed = true
    })
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true })
    await macrotask()
    watch.disconnect()
    if (!(changed || el.isUpdatePending)) break
  }
  return { ms: end - t0, el }
}

function snapshot(node: Node): (Tree | string)[] {
  const out: (Tree | string)[] = []
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent ?? '')
    else if (child instanceof Element)
      out.push({
        tag: child.localName,
        ns: child.namespaceURI === 'http://www.w3.org/1999/xhtml' ? null : child.namespaceURI,
        attrs: [...child.attributes].map((a) => [a.name, a.value]),
        children: snapshot(child),
      })
  }
  return out
}

function build(parent: Node, children: (Tree | string)[]): void {
  for (const child of children) {
    if (typeof child === 'string') {
      parent.appendChild(document.createTextNode(child))
      continue
    }
    const el = child.ns ? document.createElementNS(child.ns, child.tag) : document.createElement(child.tag)
    for (const [name, value] of child.attrs) el.setAttribute(name, value)
    build(el, child.children)
    parent.appendChild(el)
  }
}

/**
 * The data work a hand-written page showing the same must do as well: get the data (as the widget's client does),
 * and put dates and lists in the reader's words (formatters made once per page, as the widgets do). It returns
 * the words it made; the probe checks that each of them is in the widget's markup, so this is work the markup
 * needs, not more.
 */
const formats: { date?: Intl.DateTimeFormat; list?: Intl.ListFormat } = {}
const date = (iso: string) => (formats.date ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' })).format(new Date(iso))
const cardWords = (updates: PublicUpdate[]) =>
  updates.flatMap((u) => [
    date(u.publishedAt),
    ...u.timeline.filter((e) => e.note).map((e) => date(e.at)),
    ...(u.credits.length
      ? [(formats.list ??= new Intl.ListFormat('en-GB', { type: 'conjunction' })).format(u.credits.map((c) => c.displayName))]
      : []),
  ])
const WORK: Record<string, () => string[]> = {
  // The consent purposes need no formatting.
  '<cp-feedback> first render': () => [],
  '<cp-consent> first render': () => [],
  '<cp-updates> first render': () => cardWords(exampleUpdates(20)),
  '<cp-principles-report> first render': () => [date(exampleReport().evaluatedAt)],
  '<cp-updates> 100 cards': () => cardWords(exampleUpdates(100)),
}

/**
 * The plain-DOM baseline: the same data work, then the same elements, attributes, text and stylesheets, built with
 * DOM calls. `css` (the first time in a page) makes it parse the stylesheets itself, as the widget's first instance
 * does.
 */
function renderBaseline(name: string, tree: (Tree | string)[], sheets: CSSStyleSheet[], css?: string[]): number {
  const where = stage()
  const t0 = performance.now()
  WORK[name]!()
  const host = document.createElement('div')
  const root = host.attachShadow({ mode: 'open' })
  root.adoptedStyleSheets = css
    ? css.map((text) => {
        const sheet = new CSSStyleSheet()
        sheet.replaceSync(text)
        return sheet
      })
    : sheets
  build(root, tree)
  where.append(host)
  layout(root)
  return performance.now() - t0
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface Result {
  name: string
  widget: number
  baseline: number
}

/** Each measure: a widget tag and how a host would set it up. */
const MEASURES: Record<string, { tag: string; setup: (el: HTMLElement) => void }> = {
  ...Object.fromEntries(Object.entries(SETUPS).map(([tag, setup]) => [`<${tag}> first render`, { tag, setup }])),
  '<cp-updates> 100 cards': {
    tag: 'cp-updates',
    setup: (el) => Object.assign(el, { pageSize: 100, updates: exampleUpdates(100) }),
  },
}

const available = () => Object.keys(MEASURES).filter((name) => customElements.get(MEASURES[name]!.tag))

/** What the baseline builds: the widget's markup and stylesheets, from a page that is not timed. */
export interface Snapshot {
  tree: (Tree | string)[]
  css: string[]
}

/** Render the widget once and copy what it built; fails if the baseline's data work makes words the widget does not show. */
async function probe(name: string): Promise<Snapshot> {
  const { tag, setup } = MEASURES[name]!
  const { el } = await renderWidget(tag, setup)
  const root = el.shadowRoot!
  const text = root.textContent ?? ''
  const extra = WORK[name]!().filter((words) => !text.includes(words))
  if (extra.length) throw new Error(`${name}: the baseline makes words the widget does not show: ${extra.join(', ')}`)
  const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
  document.body.replaceChildren()
  return { tree: snapshot(root), css }
}

/** Cold: the first widget of its kind in a fresh page (Lit's template preparation, the first style and layout). */
async function cold(name: string): Promise<number> {
  const { tag, setup } = MEASURES[name]!
  return (await renderWidget(tag, setup)).ms
}

/**
 * The cold baseline, alone in its own fresh page as the widget is (so it pays the page's first style, layout, fonts
 * and Intl data itself, not after the widget did): it parses the stylesheets itself too.
 */
function coldBaseline(name: string, { tree, css }: Snapshot): number {
  return renderBaseline(name, tree, [], css)
}

/** Warm: medians of `repeat` later renders of every measure in this page, alternating which goes first. */
async function warm(repeat: number): Promise<Result[]> {
  const results: Result[] = []
  for (const name of available()) {
    const { tag, setup } = MEASURES[name]!
    const first = await renderWidget(tag, setup)
    const tree = snapshot(first.el.shadowRoot!)
    const sheets = [...first.el.shadowRoot!.adoptedStyleSheets]
    document.body.replaceChildren()
    const widget: number[] = []
    const baseline: number[] = []
    for (let i = 0; i < repeat; i++) {
      if (i % 2) baseline.push(renderBaseline(name, tree, sheets))
      widget.push((await renderWidget(tag, setup)).ms)
      if (!(i % 2)) baseline.push(renderBaseline(name, tree, sheets))
      document.body.replaceChildren()
      await macrotask()
    }
    results.push({ name, widget: median(widget), baseline: median(baseline) })
  }
  return results
}

declare global {
  interface Window {
    __bench: { probe: typeof probe; cold: typeof cold; coldBaseline: typeof coldBaseline; warm: typeof warm; measures: typeof available }
  }
}
window.__bench = { probe, cold, coldBaseline, warm, measures: available }
