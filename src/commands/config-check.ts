/**
 * `srcgit config check [PATH] [--config FILE] [--json]`: validate a repository's configuration and
 * print it fully resolved, so users see exactly what srcgit will do with their Packit config.
 */

import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  closestMatch,
  ConfigError,
  configSummaryToYaml,
  configToJson,
  configToYaml,
  formatDiagnostic,
  formatReport,
  jobViews,
  loadConfig,
  parseConfigText,
  PROPOSE_DOWNSTREAM,
  repoDirForConfigFile,
  SYNC_FROM_DOWNSTREAM,
  type Diagnostic,
  type JobConfig,
  type ResolvedConfig,
} from '../config/index.js'
import { makeError, makeWarning } from '../config/diagnostics.js'
import { parseYamlTree, type TreeNode } from '../config/tree.js'
import { isUserError } from '../runtime/user-errors.js'
import { redact } from '../runtime/secrets.js'

export interface CommandIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

export const CONFIG_CHECK_USAGE = `Usage: srcgit config check [PATH] [--config FILE] [--all] [--json]

Validate the srcgit/Packit configuration of a repository (its spec file included) and print
what it sets and what srcgit will do: per package the keys that are not Packit's defaults, the
jobs srcgit runs, and the jobs it does not run (Copr builds, tests, Koji, Bodhi, ...).

Arguments:
  PATH            repository directory or configuration file (default: the current directory)

Options:
  --config FILE   configuration file to use instead of searching the repository
  --all           print every key of every package and job, Packit's defaults included
  --json          print the complete resolved configuration as JSON (for tools)
  -h, --help      show this help

Configuration files, in order of precedence:
  .distro/source-git.yaml, .packit.yaml, packit.yaml, .packit.yml, packit.yml

Exit status: 0 valid, 1 invalid or not found, 2 wrong usage.
`

interface CheckOptions {
  target?: string
  configFile?: string
  json: boolean
  all: boolean
  help: boolean
}

/** Parse the arguments that follow `config check`; a string is a usage error. */
function parseArguments(argv: readonly string[]): CheckOptions | string {
  const options: CheckOptions = { json: false, all: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]
    if (argument === '--help' || argument === '-h') options.help = true
    else if (argument === '--json') options.json = true
    else if (argument === '--all') options.all = true
    else if (argument === '--config' || argument.startsWith('--config=')) {
      const value = argument === '--config' ? argv[++i] : argument.slice('--config='.length)
      if (value === undefined || value === '') return 'option --config needs a file name'
      options.configFile = value
    } else if (argument.startsWith('-') && argument !== '-') {
      const meant = closestMatch(argument.replace(/^-+/, '').replace(/=.*$/, ''), [
        'config',
        'json',
        'all',
        'help',
      ])
      return `unknown option ${argument}${meant ? `; did you mean --${meant}?` : ''}`
    } else if (options.target === undefined) options.target = argument
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
  const configPath = path.resolve(repoDir, config.file)
  const specProblems = specFileProblems(config, repoDir, readFileSync(configPath, 'utf8'))
  const errors = specProblems.filter((d) => d.severity === 'error')
  if (errors.length > 0) {
    io.stderr(`${redact(formatReport(errors, config.file, readFileSync(configPath, 'utf8')))}\n`)
    return 1
  }
  // A token written into a URL of the configuration is not printed (the action logs this).
  for (const warning of [...config.warnings, ...specProblems])
    io.stderr(`${redact(formatDiagnostic(warning))}\n`)
  io.stdout(
    redact(
      options.json
        ? configToJson(config)
        : options.all
          ? configToYaml(config)
          : configSummaryToYaml(config, packitDefaults(config), srcgitRole(config)),
    ),
  )
  return 0
}

/** What srcgit runs a job as, from the job views its jobs read (the same selection as at run time). */
function srcgitRole(config: ResolvedConfig): (job: JobConfig) => string | undefined {
  const runs = new Map<JobConfig, string>()
  const mark = (selection: ReturnType<typeof jobViews>, as: string) => {
    for (const view of selection.views) if (view.job && !runs.has(view.job)) runs.set(view.job, as)
  }
  mark(
    jobViews(config, PROPOSE_DOWNSTREAM),
    'propose-downstream (releases, tag pushes, manual runs; previews of pull requests)',
  )
  mark(jobViews(config, SYNC_FROM_DOWNSTREAM), 'sync-from-downstream (scheduled and manual runs)')
  return (job) => runs.get(job)
}

/** A package of an empty file, with the same file name and repository: what "the default" is. */
function packitDefaults(config: ResolvedConfig) {
  const empty = parseConfigText('{}\n', config.file, { repoName: config.repo_name ?? 'package' }).config
  return Object.values(empty?.packages ?? {})[0] ?? Object.values(config.packages)[0]
}

/**
 * A specfile_path that is not in the repository: an error at the key that sets it (or, for a
 * default, at the file), since every srcgit job reads that spec. A warning when an action runs
 * before the spec is read (it may create the file).
 */
function specFileProblems(config: ResolvedConfig, repoDir: string, text: string): Diagnostic[] {
  const root = parseYamlTree(text, config.file).root
  const problems: Diagnostic[] = []
  for (const [name, pkg] of Object.entries(config.packages)) {
    const spec = pkg.specfile_path
    if (!spec || existsSync(path.resolve(repoDir, spec))) continue
    const key = keyPosition(root, ['packages', name, 'specfile_path']) ?? keyPosition(root, ['specfile_path'])
    const byAction = ['post-upstream-clone', 'prepare-files'].some((a) => a in (pkg.actions ?? {}))
    const init = {
      code: 'invalid-value' as const,
      path: key ? key.path : `packages.${name}.specfile_path`,
      message: `specfile_path "${spec}" is not in the repository (${path.join(repoDir, spec)} does not exist)${key ? '' : ', and it is the default'}`,
      expected: 'the path of the spec file, relative to the repository root (e.g. .distro/NAME.spec)',
      position: key?.position,
      suggestion: byAction
        ? 'unless an action creates it, fix the path'
        : 'fix the path, or add the spec file to the repository',
    }
    problems.push(byAction ? makeWarning(config.file, init) : makeError(config.file, init))
  }
  return problems
}

function keyPosition(root: TreeNode | undefined, keys: string[]) {
  let node = root
  let position
  for (const key of keys) {
    if (node?.kind !== 'map') return undefined
    const entry = node.entries.find((e) => e.key === key)
    if (!entry) return undefined
    position = entry.keyPos
    node = entry.value
  }
  return position && { position, path: keys.join('.') }
}

function statKind(target: string): 'file' | 'directory' | 'missing' {
  try {
    return statSync(target).isDirectory() ? 'directory' : 'file'
  } catch {
    return 'missing'
  }
}
