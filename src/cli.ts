#!/usr/bin/env node
// The `srcgit` command entry: everything lives in commands/, so tests run it without a process.
import { runCli } from './commands/index.js'
import { handleSignals, stoppingSignal } from './runtime/resources.js'
import { redact } from './runtime/secrets.js'

// A cancelled CI job (SIGTERM) or Ctrl-C (SIGINT): children ended, temp dirs removed, exit 143/130.
handleSignals()
const code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
}).catch((error: unknown) => {
  // Stopping for a signal makes the running step fail; the signal handler reports that.
  if (!stoppingSignal())
    process.stderr.write(
      redact(
        `srcgit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      ),
    )
  return 70
})
process.exitCode = code
