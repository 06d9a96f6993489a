/**
 * The command line of a job command: options (with SRCGIT_<OPTION> environment fallbacks),
 * --help, and at most one SOURCE_GIT directory. One place for the parsing and its messages.
 */
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { EXIT, type CommandIO } from './io.js'
import { withEnvironmentOf } from './propose-downstream.js'

type Options = NonNullable<ParseArgsConfig['options']>
export type CommandValues<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true }>
>['values']

export interface ParsedCommand<O extends Options> {
  values: CommandValues<O>
  /** The SOURCE_GIT argument resolved against the working directory (default: that directory). */
  sourceGit: string
  /** Prints `srcgit <name>: message` with a pointer to --help; returns the usage exit code. */
  usage: (message: string) => number
}

/** Parses `srcgit <name> [options] [SOURCE_GIT]`; a number is the exit code to return at once. */
export function parseCommand<O extends Options>(
  name: string,
  help: string,
  options: O,
  argv: string[],
  io: CommandIO,
): ParsedCommand<O> | number {
  const usage = (message: string) => {
    io.stderr(`srcgit ${name}: ${message}\n(see srcgit ${name} --help)\n`)
    return EXIT.usage
  }
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options })
  } catch (error) {
    return usage((error as Error).message)
  }
  const values = withEnvironmentOf(
    options as Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>,
    parsed.values as CommandValues<O>,
    process.env,
  )
  if (typeof values === 'string') return usage(values)
  if ((values as { help?: boolean }).help) {
    io.stdout(help)
    return EXIT.ok
  }
  if (parsed.positionals.length > 1) return usage('expected at most one SOURCE_GIT directory')
  return { values, sourceGit: path.resolve(io.cwd, parsed.positionals[0] ?? '.'), usage }
}
