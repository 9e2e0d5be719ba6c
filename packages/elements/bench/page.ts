/**
 * The browser side of the bench (bundled by run.mjs with esbuild). For each widget it times the first render
 * (create, attach, let Lit render and any injected data arrive, then force style and layout) and the same markup
 * built by hand with plain DOM calls in the same page: the widget's own shadow DOM, copied node by node, into a
 * shadow root with the same stylesheets. Times are in milliseconds from `performance.now()`.
 */
import { DEFAULT_PURPOSES } from '../../core/src/purposes/default-purposes.js'
import type { CoproduceClient } from '../src/shared/client.js'
import { exampleReport } from '../src/principles-report/fixtures.js'
import { exampleUpdates } from '../src/updates/fixtures.js'

type Tree = { tag: string; ns: string | null; attrs: [string, string][]; children: (Tree | string)[] }
type LitLike = HTMLElement & { updateComplete: Promise<boolean> }

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

/** Until the widget has rendered and has no update pending, including the one its loaded data asks for. */
async function settled(el: LitLike): Promise<void> {
  for (let i = 0; i < 10; i++) {
    while (!(await el.updateComplete));
    await macrotask()
    if (await el.updateComplete) return
  }
}

const layout = (root: ShadowRoot | null) => {
  ;(root?.firstElementChild as HTMLElement | null)?.getBoundingClientRect()
  return document.body.offsetHeight
}

const stage = () => {
  const div = document.createElement('div')
  document.body.append(div)
  return div
}

async function renderWidget(tag: string, setup: (el: HTMLElement) => void): Promise<{ ms: number; el: LitLike }> {
  const where = stage()
  const t0 = performance.now()
  const el = document.createElement(tag) as LitLike
  setup(el)
  where.append(el)
  await settled(el)
  layout(el.shadowRoot)
  return { ms: performance.now() - t0, el }
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
 * The plain-DOM baseline: the same elements, attributes, text and stylesheets, built with DOM calls. `css` (the
 * first time in a page) makes it parse the stylesheets itself, as the widget's first instance does.
 */
function renderBaseline(tree: (Tree | string)[], sheets: CSSStyleSheet[], css?: string[]): number {
  const where = stage()
  const t0 = performance.now()
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

/**
 * Cold: the first widget of its kind in a fresh page (Lit's template preparation, the first style and layout),
 * against the baseline built right after it, which also parses the stylesheets itself.
 */
async function cold(name: string): Promise<Result> {
  const { tag, setup } = MEASURES[name]!
  const first = await renderWidget(tag, setup)
  const tree = snapshot(first.el.shadowRoot!)
  const sheets = [...first.el.shadowRoot!.adoptedStyleSheets]
  const css = sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
  const baseline = renderBaseline(tree, sheets, css)
  document.body.replaceChildren()
  return { name, widget: first.ms, baseline }
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
      if (i % 2) baseline.push(renderBaseline(tree, sheets))
      widget.push((await renderWidget(tag, setup)).ms)
      if (!(i % 2)) baseline.push(renderBaseline(tree, sheets))
      document.body.replaceChildren()
      await macrotask()
    }
    results.push({ name, widget: median(widget), baseline: median(baseline) })
  }
  return results
}

declare global {
  interface Window {
    __bench: { cold: typeof cold; warm: typeof warm; measures: typeof available }
  }
}
window.__bench = { cold, warm, measures: available }
