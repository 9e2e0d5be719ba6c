/**
 * The tag for CSS kept as text, to adopt later with `adoptCss`: it gives back the text as written. The build
 * minifies templates whose tag has "css" in its name (minify-literals), so this CSS is minified as Lit's css`…` is.
 */
export const cssText: (strings: TemplateStringsArray, ...values: never[]) => string = String.raw

/** One style sheet per CSS text, shared by every widget on the page. */
const sheets = new Map<string, CSSStyleSheet>()

/**
 * Add CSS that a part loaded on demand keeps as text to a widget's shadow root (once): the part's styles arrive
 * with the part. A constructed style sheet, so a strict Content-Security-Policy (`style-src 'self'`) allows it.
 */
export function adoptCss(root: ShadowRoot | null, css: string): void {
  if (!root) return
  let sheet = sheets.get(css)
  if (!sheet) {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    sheets.set(css, sheet)
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
}
