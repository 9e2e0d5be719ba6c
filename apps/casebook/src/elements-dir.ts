import { fileURLToPath } from 'node:url'

/** The widgets bundled at build time (see tsup.config.ts), served under /static/elements/. Beside dist/main.js. */
export function elementsDistDir(): string {
  return fileURLToPath(new URL('./static/elements/', import.meta.url))
}
