/**
 * Text that would run script or become a link if a widget ever put server text into HTML instead of binding it
 * as text. Every payload that could run sets `window.__xss` (or opens a dialog); tests place each one in every
 * text a widget renders from the server and check nothing ran and no link appeared.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<SCRIPT SRC=data:text/javascript,window.__xss=2></SCRIPT>',
  '"><script>window.__xss=3</script>',
  "'><script>window.__xss=4</script>",
  '<img src=x onerror="window.__xss=5">',
  '<img src="x" onerror=alert(6)>',
  '<svg onload="window.__xss=7"></svg>',
  '<svg><script>window.__xss=8</script></svg>',
  '<iframe srcdoc="<script>parent.__xss=9</script>"></iframe>',
  '<iframe src="javascript:parent.__xss=10"></iframe>',
  '<a href="javascript:window.__xss=11">click me</a>',
  '<a href="JaVaScRiPt:window.__xss=12">click</a>',
  'javascript:window.__xss=13',
  '<body onload="window.__xss=14">',
  '<details open ontoggle="window.__xss=15">',
  '<video><source onerror="window.__xss=16"></video>',
  '<audio src=x onerror="window.__xss=17">',
  '<input autofocus onfocus="window.__xss=18">',
  '<select autofocus onfocus="window.__xss=19">',
  '<textarea autofocus onfocus="window.__xss=20">',
  '<marquee onstart="window.__xss=21">',
  '<object data="javascript:window.__xss=22"></object>',
  '<embed src="javascript:window.__xss=23">',
  '<form action="javascript:window.__xss=24"><button>go</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=25">',
  '<div style="background:url(javascript:window.__xss=26)">x</div>',
  '<link rel="import" href="data:text/html,<script>window.__xss=27</script>">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=28">',
  '<base href="javascript:window.__xss=29//">',
  '${window.__xss=30}',
  '{{constructor.constructor("window.__xss=31")()}}',
  '<template><script>window.__xss=32</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=33>">',
  '<img src=x:x onerror=eval(atob("d2luZG93Ll9feHNzPTM0"))>',
  '<svg><a xlink:href="javascript:window.__xss=35"><text y="20">x</text></a></svg>',
  '<isindex action="javascript:window.__xss=36" type=image>',
  'https://evil.example/phish',
  '<a href="https://evil.example">https://evil.example</a>',
  '&lt;script&gt;window.__xss=39&lt;/script&gt;',
  '\u202e<script>window.__xss=40</script>',
]

/** Joins payloads into one string so a single field can carry several. */
export const allPayloads = (): string => XSS_PAYLOADS.join(' ')

declare global {
  interface Window {
    __xss?: unknown
  }
}

/** What a test checks after rendering payloads: nothing ran, and no link points anywhere but inside the widget. */
export function assertNothingExecuted(): void {
  if (window.__xss !== undefined) throw new Error(`An XSS payload ran: window.__xss = ${String(window.__xss)}`)
}

/** Every `<a href>` / `[href]` inside a root (and its nested shadow roots). */
export function linksIn(root: ParentNode): Element[] {
  const found: Element[] = []
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.hasAttribute('href') || el.hasAttribute('xlink:href') || el.hasAttribute('src') || el.hasAttribute('srcdoc')) found.push(el)
      if (el.shadowRoot) walk(el.shadowRoot)
    }
  }
  walk(root)
  return found
}

const DANGEROUS =
  'script,iframe,object,embed,img,svg,video,audio,base,meta,link,math,marquee,details,template,noscript,isindex,' +
  'form[action],[onerror],[onload],[onfocus],[ontoggle],[onstart],[srcdoc],[style]'

/** Elements (and attributes) that server text must never create. */
export function dangerousElementsIn(root: ParentNode): Element[] {
  const found: Element[] = []
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll(DANGEROUS)) found.push(el)
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot)
  }
  walk(root)
  return found
}

/** Make `alert`, `confirm` and `prompt` record a hit instead of opening a dialog. */
export function trapDialogs(): void {
  const hit = (label: string) => () => {
    window.__xss = `dialog:${label}`
    return null
  }
  window.alert = hit('alert')
  window.confirm = hit('confirm') as unknown as typeof window.confirm
  window.prompt = hit('prompt')
}
