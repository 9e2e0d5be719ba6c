#!/usr/bin/env node
// The `coproduce` command is being written; this entry exists so the package builds.
process.stderr.write('coproduce: the command line is not ready yet\n')
process.exitCode = 2
