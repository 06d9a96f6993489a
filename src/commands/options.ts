/**
 * Command-line options, one rule for all commands: parsing with a did-you-mean for a misspelt
 * option, the environment fallback SRCGIT_<OPTION> (the long name upper-cased, `-` as `_`), and
 * the --help lines listing those variables, generated from the same option table.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { closestMatch } from '../config/suggest.js'

export type OptionTable = NonNullable<ParseArgsConfig['options']>
export type OptionValues<O extends OptionTable> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true }>
>['values']

/** The variable an option falls back to: --dist-git-url is SRCGIT_DIST_GIT_URL. */
export function environmentVariable(option: string): string {
  return `SRCGIT_${option.toUpperCase().replace(/-/g, '_')}`
}

/** Variables documented before the one rule: still read, with a warning naming the new one. */
const DEPRECATED_VARIABLES: Record<string, string> = { branch: 'SRCGIT_DIST_GIT_BRANCHES' }

/** Options with no environment fallback. */
const COMMAND_LINE_ONLY = new Set(['help'])

/** Parses argv; a string is the usage error to print (an unknown option names its closest match). */
export function parseOptions<O extends OptionTable>(
  options: O,
  argv: string[],
): { values: OptionValues<O>; positionals: string[] } | string {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options, strict: true })
    return { values: values as OptionValues<O>, positionals }
  } catch (error) {
    return parseErrorText(error, options, argv)
  }
}

/** node:util's texts say how to pass a positional starting with "-"; users need the option they meant. */
function parseErrorText(error: unknown, options: OptionTable, argv: string[]): string {
  const { code, message } = error as { code?: string; message?: string }
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error
  const quoted = /'(-[^' ]*)/.exec(message ?? '')?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = quoted.replace(/=.*$/, '')
    const name = given.replace(/^-+/, '')
    const suggestion = closestMatch(name, Object.keys(options))
    return `unknown option ${given}${suggestion ? `; did you mean --${suggestion}?` : ''}`
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = Object.entries(options).find(
      ([long, spec]) => quoted === `--${long}` || (spec.short && quoted === `-${spec.short}`),
    )?.[0]
    if (name && options[name].type === 'string') return `--${name} needs a value`
    if (name) return `--${name} takes no value (write --${name}, or leave it out)`
  }
  return `${message ?? String(error)} (arguments: ${argv.join(' ')})`
}

/**
 * Options not given on the command line, from their SRCGIT_<OPTION> variables (the CI templates
 * set these); the command line wins. A string is the usage error.
 */
export function withEnvironment<V>(
  options: OptionTable,
  values: V,
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void = () => {},
  /** Options that exclude each other: one given on the command line, the others' variables are not read. */
  exclusive: string[][] = [],
): V | string {
  const out: Record<string, unknown> = { ...(values as Record<string, unknown>) }
  const fromCommandLine = (name: string) => (values as Record<string, unknown>)[name] !== undefined
  for (const [name, spec] of Object.entries(options)) {
    if (out[name] !== undefined || COMMAND_LINE_ONLY.has(name)) continue
    if (exclusive.some((group) => group.includes(name) && group.some(fromCommandLine))) continue
    let key = environmentVariable(name)
    let raw = env[key]?.trim()
    const old = DEPRECATED_VARIABLES[name]
    if (!raw && old && env[old]?.trim()) {
      warn(`${old} is deprecated: set ${key} instead (every option --NAME reads SRCGIT_NAME)`)
      key = old
      raw = env[old]?.trim()
    }
    if (!raw) continue
    if (spec.type === 'boolean') {
      if (!/^(true|false)$/i.test(raw)) return `${key} is "${raw}"; it must be true or false`
      out[name] = /^true$/i.test(raw)
    } else if (spec.multiple) out[name] = raw.split(/[\s,]+/).filter(Boolean)
    else out[name] = raw
  }
  for (const group of exclusive) {
    const given = group.filter((name) => out[name] !== undefined)
    if (given.length > 1)
      return `give ${given.map((name) => `--${name}`).join(' or ')}, not ${given.length === 2 ? 'both' : 'several'}${
        given.some((name) => !fromCommandLine(name))
          ? ` (from ${given.map((name) => (fromCommandLine(name) ? `--${name}` : environmentVariable(name))).join(' and ')})`
          : ''
      }`
  }
  return out as V
}

/** The --help lines naming each option's variable, from the option table itself. */
export function environmentHelp(options: OptionTable): string {
  const rows = Object.entries(options)
    .filter(([name]) => !COMMAND_LINE_ONLY.has(name))
    .map(([name, spec]) => {
      const what =
        spec.type === 'boolean'
          ? 'true or false'
          : spec.multiple
            ? 'values separated by spaces or commas'
            : ''
      const old = DEPRECATED_VARIABLES[name] ? `; ${DEPRECATED_VARIABLES[name]} still read, deprecated` : ''
      return `  ${environmentVariable(name).padEnd(30)} --${name}${what || old ? ` (${[what, old.slice(2)].filter(Boolean).join('; ')})` : ''}`
    })
  return `Every option can also come from the environment (the command line wins):\n${rows.join('\n')}\n`
}
