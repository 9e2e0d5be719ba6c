import { afterEach, beforeEach } from 'vitest'
import { commands } from 'vitest/browser'

/** The colour a system colour keyword resolves to right now (in forced colours: the person's own). */
export function systemColour(keyword: 'ButtonText' | 'Canvas' | 'CanvasText' | 'Highlight'): string {
  const probe = document.createElement('div')
  probe.style.color = keyword
  document.body.append(probe)
  const value = getComputedStyle(probe).color
  probe.remove()
  return value
}

/** Every test in the file runs in forced colours (Windows High Contrast); the page is emptied after each. */
export function inForcedColours(): void {
  beforeEach(async () => {
    await commands.emulateMedia({ forcedColors: 'active' })
  })
  afterEach(async () => {
    document.body.replaceChildren()
    await commands.emulateMedia({ forcedColors: null })
  })
}
