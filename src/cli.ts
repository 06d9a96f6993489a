#!/usr/bin/env node
// The `srcgit` command entry: everything lives in commands/, so tests run it without a process.
import { runCli } from './commands/index.js'

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
}).catch((error: unknown) => {
  process.stderr.write(
    `srcgit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  return 70
})
process.exitCode = code
