// custom-element-jsx-integration writes each event handler as `CustomEvent<type>` around the manifest's event type,
// which is already `CustomEvent<…>`, and does not import the types the events carry. This pass, run right after
// it (custom-elements-manifest.config.mjs), unwraps the doubled `CustomEvent` and imports those types from the
// package's main entry, so the file typechecks with `skipLibCheck: false`.
import { readFileSync, writeFileSync } from 'node:fs'

const KNOWN_GLOBALS = new Set(['CustomEvent', 'Event', 'Record', 'Partial', 'Array', 'Promise'])

export function fixJsxTypes(file) {
  let text = readFileSync(file, 'utf8')
  text = text.replace(/\(e: CustomEvent<CustomEvent<(.*)>>\) => void;/g, '(e: CustomEvent<$1>) => void;')
  const imported = new Set(
    [...text.matchAll(/import type \{([^}]*)\} from "\.\/index\.js";/g)].flatMap((m) => m[1].split(',').map((s) => s.trim())),
  )
  const used = new Set()
  for (const [, type] of text.matchAll(/\(e: CustomEvent<(.*)>\) => void;/g))
    for (const [name] of type.matchAll(/\b[A-Z][A-Za-z0-9]*\b/g)) if (!KNOWN_GLOBALS.has(name) && !imported.has(name)) used.add(name)
  if (used.size) text = `import type { ${[...used].sort().join(', ')} } from "./index.js";\n${text}`
  writeFileSync(file, text)
  return [...used]
}
