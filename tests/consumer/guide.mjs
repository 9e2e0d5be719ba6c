/**
 * Reads docs/getting-started.md as a script: its titled code blocks are files to write, its `sh` blocks are
 * commands to run, in the order the guide gives them. The guide is the test, so a step that breaks in the doc
 * breaks the build.
 */
import { readFileSync } from 'node:fs'

/**
 * @typedef {{ kind: 'file', path: string, text: string }} FileStep
 * @typedef {{ kind: 'command', line: string }} CommandStep
 * @typedef {FileStep | CommandStep} Step
 */

/** Every fenced block: its info string (language and attributes) and its text. */
export function codeBlocks(markdown) {
  const blocks = []
  const fence = /^```([^\n]*)\n([\s\S]*?)^```\s*$/gm
  for (const match of markdown.matchAll(fence)) blocks.push({ info: match[1].trim(), text: match[2] })
  return blocks
}

/** The guide's steps: files from blocks with `title="…"`, commands from `sh` blocks (one per line). */
export function guideSteps(markdown) {
  /** @type {Step[]} */
  const steps = []
  for (const block of codeBlocks(markdown)) {
    const title = block.info.match(/title="([^"]+)"/)?.[1]
    if (title) steps.push({ kind: 'file', path: title, text: block.text })
    else if (/^(sh|bash|shell)\b/.test(block.info))
      for (const line of block.text.split('\n').map((l) => l.trim()))
        if (line && !line.startsWith('#')) steps.push({ kind: 'command', line })
  }
  return steps
}

export const readGuide = (path) => guideSteps(readFileSync(path, 'utf8'))

/** The guide is written for npm; the same steps with pnpm, as the guide itself says to translate them. */
export function forPnpm(line) {
  return line
    .replace(/^npm install --save-dev /, 'pnpm add -D ')
    .replace(/^npm install /, 'pnpm add ')
    .replace(/^npx /, 'pnpm exec ')
}
