/**
 * Print the receipt (the print style sheet shows just the receipt) or download it as a text file. In its own
 * module, loaded on the first press of "Print" or "Download"; it imports nothing, so the widget's own code stays
 * in one file.
 */
export function keepReceipt(how: 'print' | 'download', root: ParentNode, text: string, fileName: string): void {
  if (how === 'print') return window.print()
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.hidden = true
  root.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
