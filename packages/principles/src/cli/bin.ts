#!/usr/bin/env node
import { main } from './main.js'

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // Only a fault in the tool itself gets here: say so in one line, without a stack trace.
    process.stderr.write(`coproduce: something went wrong inside the tool: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 3
  },
)
