/**
 * Collapses the layout whitespace in Lit's html`…` and svg`…` templates at build time: every run of spaces that holds a line
 * break becomes one space. HTML shows such a run as one space anyway (the widgets keep no line breaks in
 * `<pre>` or `pre-wrap` text), so what people see and hear is unchanged. Only the template's own text changes:
 * `${…}` parts (and templates nested in them) are scanned but their code is left as it is.
 */

/** Scan a JS/TS expression from `i` until the `}` that closes it; templates inside are minified too. */
function scanExpression(src, i, out) {
  let depth = 0
  while (i < src.length) {
    const c = src[i]
    if (c === '{') depth++
    else if (c === '}') {
      if (depth === 0) return i
      depth--
    } else if (c === '"' || c === "'") {
      const end = skipString(src, i)
      out.push(src.slice(i, end))
      i = end
      continue
    } else if (c === '`') {
      const tagged = /\b(html|svg)\s*$/.test(src.slice(Math.max(0, i - 8), i))
      i = scanTemplate(src, i + 1, out, tagged)
      continue
    } else if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i)
      out.push(src.slice(i, end))
      i = end
      continue
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2) + 2
      out.push(src.slice(i, end))
      i = end
      continue
    }
    out.push(c)
    i++
  }
  return i
}

function skipString(src, i) {
  const quote = src[i]
  let j = i + 1
  while (j < src.length && src[j] !== quote) j += src[j] === '\\' ? 2 : 1
  return j + 1
}

/** `i` is just after an opening backtick. Returns the index just after the closing one. */
function scanTemplate(src, i, out, minify) {
  out.push('`')
  let text = ''
  const flush = () => {
    out.push(minify ? text.replace(/\s*\n\s*/g, ' ') : text)
    text = ''
  }
  while (i < src.length) {
    const c = src[i]
    if (c === '\\') {
      text += src.slice(i, i + 2)
      i += 2
    } else if (c === '`') {
      flush()
      out.push('`')
      return i + 1
    } else if (c === '$' && src[i + 1] === '{') {
      flush()
      out.push('${')
      i = scanExpression(src, i + 2, out)
      out.push('}')
      i++
    } else {
      text += c
      i++
    }
  }
  throw new Error('unterminated template')
}

/** The module's source with its html`…` templates' layout whitespace collapsed. */
export function minifyHtmlLiterals(source) {
  const out = []
  const end = scanExpression(`${source}}`, 0, out)
  const result = out.join('')
  // Only whitespace may change: anything else means the scan went wrong, so the source is used as it is.
  const bare = (text) => text.replace(/\s+/g, '')
  return end === source.length && bare(result) === bare(source) ? result : source
}
