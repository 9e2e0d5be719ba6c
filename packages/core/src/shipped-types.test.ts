/**
 * The types core ships must hold up in a strict consumer that checks library types (`skipLibCheck: false`), and
 * the snapshot's lists must be real records: reading a field that does not exist is an error, not `any`.
 * Typechecks a small consumer against the built `dist` .d.ts (ESM and CommonJS), so run after `pnpm build`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const ts = require('typescript') as typeof import('typescript')
const pkg = fileURLToPath(new URL('..', import.meta.url))

const consumer = `
import type { InitiativeSnapshot, InitiativeSnapshotInput } from '@coproduce/core'
import { InitiativeSnapshotSchema } from '@coproduce/core'

declare const snapshot: InitiativeSnapshot
const session = snapshot.sessions[0]
if (session) {
  const id: string = session.id
  const minutes: number | undefined = session.durationMinutes
  const venue: string | undefined = session.venue?.name
  // @ts-expect-error a session has no such field: the list is a real record, not {[x: string]: any}
  session.nonsense
  // @ts-expect-error durationMinutes is a number, not text
  const wrong: string | undefined = session.durationMinutes
  void [id, minutes, venue, wrong]
}
const member = snapshot.members[0]
// @ts-expect-error a member's id is required text
const noId: undefined = member?.id
const input: InitiativeSnapshotInput = { initiative: { id: 'i', title: 'T', purpose: 'P' }, members: [{ id: 'm' }] }
export const parsed: InitiativeSnapshot = InitiativeSnapshotSchema.parse(input)
void noId
`

let dir = ''
beforeAll(() => {
  if (!existsSync(join(pkg, 'dist/index.d.ts'))) throw new Error('Build core first: pnpm --filter @coproduce/core build')
  dir = mkdtempSync(join(tmpdir(), 'coproduce-types-'))
  mkdirSync(join(dir, 'node_modules/@coproduce'), { recursive: true })
  symlinkSync(pkg, join(dir, 'node_modules/@coproduce/core'), 'dir')
  symlinkSync(join(pkg, 'node_modules/zod'), join(dir, 'node_modules/zod'), 'dir')
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
  writeFileSync(join(dir, 'esm.ts'), consumer)
  writeFileSync(join(dir, 'cjs.cts'), consumer.replace('export const parsed', 'export const parsedCjs'))
})
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const errorsFor = (options: import('typescript').CompilerOptions): string[] => {
  const program = ts.createProgram([join(dir, 'esm.ts'), join(dir, 'cjs.cts')], {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
    ...options,
  })
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? `${d.file.fileName.replace(dir, '').replace(pkg, '')}: ` : ''}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    )
}

describe('the shipped .d.ts, in a consumer with skipLibCheck false', () => {
  // One program holds an ESM file (reads index.d.ts) and a CommonJS file (reads index.d.cts). Checking zod's
  // types takes tens of seconds on a busy machine, hence the long timeout.
  it('typechecks with no errors under nodenext, and wrong uses of snapshot lists are errors', () => {
    expect(errorsFor({ module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext })).toEqual([])
  }, 180_000)
})
