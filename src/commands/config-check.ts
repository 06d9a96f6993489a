/**
 * `srcgit config check [PATH] [--config FILE] [--json]`: validate a repository's configuration and
 * print it fully resolved, so users see exactly what srcgit will do with their Packit config.
 */

import { statSync } from 'node:fs'
import path from 'node:path'
import {
  ConfigError,
  configToJson,
  configToYaml,
  formatDiagnostic,
  formatReport,
  loadConfig,
  repoDirForConfigFile,
} from '../config/index.js'
import { isUserError } from './update-dist-git.js'
import { redact } from '../runtime/secrets.js'

export interface CommandIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

export const CONFIG_CHECK_USAGE = `Usage: srcgit config check [PATH] [--config FILE] [--json]

Validate the srcgit/Packit configuration of a repository and print it fully resolved.

Arguments:
  PATH            repository directory or configuration file (default: the current directory)

Options:
  --config FILE   configuration file to use instead of searching the repository
  --json          print the resolved configuration as JSON instead of YAML
  -h, --help      show this help

Configuration files, in order of precedence:
  .distro/source-git.yaml, .packit.yaml, packit.yaml, .packit.yml, packit.yml

Exit status: 0 valid, 1 invalid or not found, 2 wrong usage.
`

interface CheckOptions {
  target?: string
  configFile?: string
  json: boolean
  help: boolean
}

/** Parse the arguments that follow `config check`; a string is a usage error. */
function parseArguments(argv: readonly string[]): CheckOptions | string {
  const options: CheckOptions = { json: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]
    if (argument === '--help' || argument === '-h') options.help = true
    else if (argument === '--json') options.json = true
    else if (argument === '--config' || argument.startsWith('--config=')) {
      const value = argument === '--config' ? argv[++i] : argument.slice('--config='.length)
      if (value === undefined || value === '') return 'option --config needs a file name'
      options.configFile = value
    } else if (argument.startsWith('-') && argument !== '-') return `unknown option "${argument}"`
    else if (options.target === undefined) options.target = argument
    else return `unexpected argument "${argument}": only one PATH may be given`
  }
  return options
}

/**
 * Run `srcgit config check` with the arguments after `check`. Returns the exit status:
 * 0 when the configuration is valid (warnings allowed), 1 when it has errors or is missing,
 * 2 for wrong usage.
 */
export async function configCheck(argv: string[], io: CommandIo): Promise<number> {
  const options = parseArguments(argv)
  if (typeof options === 'string') {
    io.stderr(`srcgit config check: ${options}\nRun "srcgit config check --help" for usage.\n`)
    return 2
  }
  if (options.help) {
    io.stdout(CONFIG_CHECK_USAGE)
    return 0
  }

  const target = path.resolve(io.cwd, options.target ?? '.')
  let repoDir = target
  let configFile = options.configFile === undefined ? undefined : path.resolve(io.cwd, options.configFile)
  const kind = statKind(target)
  if (kind === 'missing') {
    io.stderr(`srcgit config check: ${options.target ?? target} does not exist\n`)
    return 1
  }
  if (kind === 'file') {
    if (configFile !== undefined) {
      io.stderr('srcgit config check: give either a configuration file as PATH or --config, not both\n')
      return 2
    }
    configFile = target
    repoDir = repoDirForConfigFile(target)
  }

  let config
  try {
    config = await loadConfig(repoDir, { configFile })
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${redact(formatReport(error.diagnostics, error.file, error.sourceText))}\n`)
      return 1
    }
    // A configuration file that cannot be read: what and where, not a stack trace.
    if (!isUserError(error)) throw error
    io.stderr(`srcgit config check: ${error.message}\n`)
    return 1
  }
  // A token written into a URL of the configuration is not printed (the action logs this).
  for (const warning of config.warnings) io.stderr(`${redact(formatDiagnostic(warning))}\n`)
  io.stdout(redact(options.json ? configToJson(config) : configToYaml(config)))
  return 0
}

function statKind(target: string): 'file' | 'directory' | 'missing' {
  try {
    return statSync(target).isDirectory() ? 'directory' : 'file'
  } catch {
    return 'missing'
  }
}
