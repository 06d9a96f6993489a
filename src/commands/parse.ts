/**
 * The command line of a job command: options (with SRCGIT_<OPTION> environment fallbacks),
 * --help, and at most one SOURCE_GIT directory. One place for the parsing and its messages.
 */
import path from 'node:path'
import { EXIT, type CommandIO } from './io.js'
import { instanceUrlOption } from './instance-url.js'
import { parseOptions, withEnvironment, type OptionTable, type OptionValues } from './options.js'

export type CommandValues<O extends OptionTable> = OptionValues<O>

export interface ParsedCommand<O extends OptionTable> {
  values: CommandValues<O>
  /** The SOURCE_GIT argument resolved against the working directory (default: that directory). */
  sourceGit: string
  /** Prints `srcgit <name>: message` with a pointer to --help; returns the usage exit code. */
  usage: (message: string) => number
}

/** Parses `srcgit <name> [options] [SOURCE_GIT]`; a number is the exit code to return at once. */
export function parseCommand<O extends OptionTable>(
  name: string,
  help: string,
  options: O,
  argv: string[],
  io: CommandIO,
  /** Options that exclude each other (e.g. --tag and --version). */
  exclusive: string[][] = [],
): ParsedCommand<O> | number {
  const usage = (message: string) => {
    io.stderr(`srcgit ${name}: ${message}\n(see srcgit ${name} --help)\n`)
    return EXIT.usage
  }
  const parsed = parseOptions(options, argv)
  if (typeof parsed === 'string') return usage(parsed)
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(help)
    return EXIT.ok
  }
  const values = withEnvironment(
    options,
    parsed.values,
    process.env,
    (message) => io.stderr(`warning: ${message}\n`),
    exclusive,
  )
  if (typeof values === 'string') return usage(values)
  const instance = normalizeInstanceUrl(values as { 'dist-git-url'?: string }, io.cwd)
  if (instance) return usage(instance)
  if (parsed.positionals.length > 1) return usage('expected at most one SOURCE_GIT directory')
  return { values, sourceGit: path.resolve(io.cwd, parsed.positionals[0] ?? '.'), usage }
}

/** --dist-git-url as a URL (a directory becomes file://); a string is the usage error. */
export function normalizeInstanceUrl(values: { 'dist-git-url'?: string }, cwd: string): string | undefined {
  const instance = instanceUrlOption(values['dist-git-url'], cwd)
  if (instance?.error) return `--dist-git-url ${instance.error}`
  if (instance) values['dist-git-url'] = instance.url
  return undefined
}
