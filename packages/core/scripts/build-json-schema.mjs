// Writes schemas/<Name>.json for every public zod schema, plus schemas/index.json. Runs after tsup.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import * as core from '../dist/index.js'
import { fileText, jsonSchemas } from './json-schemas.mjs'

const dir = new URL('../schemas/', import.meta.url)
mkdirSync(dir, { recursive: true })
for (const old of readdirSync(dir)) if (old.endsWith('.json')) rmSync(new URL(old, dir))
const files = jsonSchemas(core, z)
for (const [file, schema] of Object.entries(files)) writeFileSync(new URL(file, dir), fileText(schema))
console.log(`Wrote ${Object.keys(files).length} JSON Schema files to schemas/`)
