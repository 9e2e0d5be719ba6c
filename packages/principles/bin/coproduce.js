#!/usr/bin/env node
// The `coproduce` command. This small file is in the repository, so installing the workspace can link it before
// the package is built; the command itself is the built dist/cli.js.
import '../dist/cli.js'
