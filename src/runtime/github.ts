/**
 * The GitHub Actions adapter: the only module that talks to @actions/core. It turns
 * inputs into a typed settings object (with precise messages for bad values), registers
 * every secret for masking, and turns results into logs, annotations and outputs.
 */
import * as core from '@actions/core'
import { statSync } from 'node:fs'
import path from 'node:path'
import { instanceUrlOption } from '../commands/instance-url.js'
import { DIST_GIT_FORGES, isDistGitForgeChoice, type DistGitForgeChoice } from '../forges/dist-git/forge.js'
import { onSecretRegistered, registerSecret } from './secrets.js'
import { parseWaitMinutes } from '../status/wait.js'

export const JOBS = [
  'config-check',
  'propose-downstream',
  'sync-status',
  'sync-from-downstream',
  'pull-from-upstream',
  'koji-build',
  'bodhi-update',
] as const

export interface ActionSettings {
  job: (typeof JOBS)[number]
  /** Repository checkout to read (default: GITHUB_WORKSPACE). */
  workingDirectory: string
  /** Explicit config file, relative to the working directory. */
  configFile?: string
  /** The dist-git forge's API token (input dist-git-token, or pagure-token as before). */
  distGitToken?: string
  /** Input dist-git-forge; undefined: the configuration's dist_git_forge (default auto). */
  distGitForge?: DistGitForgeChoice
  sshPrivateKey?: string
  knownHosts?: string
  fasUser?: string
  keytab?: string
  branches: string[]
  distGitUrl?: string
  lookasideUrl?: string
  bodhiUrl?: string
  /** auto: ssh on Pagure, https on Forgejo. */
  pushProtocol: 'ssh' | 'https' | 'auto'
  sshHost?: string
  dryRun: boolean
  force: boolean
  /** sync-status: merge srcgit's release PRs whose checks passed (opt-in). */
  mergeDistGitPr: boolean
  githubToken?: string
  tag?: string
  version?: string
  author?: string
  /** Minutes propose-downstream waits for the dist-git checks, then mirrors them (0: no wait). */
  waitForChecks: number
  /** The Koji hub (koji-build, bodhi-update); undefined: Fedora's. */
  kojiUrl?: string
  /** Bodhi's OpenID Connect provider (bodhi-update); undefined: Fedora's. */
  oidcUrl?: string
  /** Minutes koji-build waits for each submitted build (0: report the task). */
  waitForBuild: number
  /** One package of a `packages:` configuration (a matrix job's). */
  packageName?: string
  /** krb5.conf for the Kerberos logins, resolved against the workspace. */
  krb5Conf?: string
}

export class SettingsError extends Error {}

function input(name: string): string | undefined {
  return core.getInput(name) || undefined
}

function boolean(name: string): boolean {
  const value = core.getInput(name).trim()
  if (value === '') return false
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  throw new SettingsError(`input "${name}" is "${value}"; it must be true or false`)
}

/** Masks a secret input in the job log (and in srcgit's own error texts) from now on. */
function secret(name: string): string | undefined {
  const value = core.getInput(name, { trimWhitespace: name !== 'ssh-private-key' }) || undefined
  registerSecret(value)
  return value
}

/** The job input when it names one, for the outputs of a run whose other settings are wrong. */
export function requestedJob(): ActionSettings['job'] | undefined {
  const job = core.getInput('job') || 'propose-downstream'
  return (JOBS as readonly string[]).includes(job) ? (job as ActionSettings['job']) : undefined
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  onSecretRegistered((value) => core.setSecret(value))
  const job = core.getInput('job') || 'propose-downstream'
  if (!(JOBS as readonly string[]).includes(job))
    throw new SettingsError(`input "job" is "${job}"; it must be one of: ${JOBS.join(', ')}`)
  const pushProtocol = core.getInput('push-protocol') || 'auto'
  if (pushProtocol !== 'ssh' && pushProtocol !== 'https' && pushProtocol !== 'auto')
    throw new SettingsError(`input "push-protocol" is "${pushProtocol}"; it must be auto, ssh or https`)
  const forge = input('dist-git-forge')?.trim()
  if (forge !== undefined && !isDistGitForgeChoice(forge))
    throw new SettingsError(
      `input "dist-git-forge" is "${forge}"; it must be one of: ${DIST_GIT_FORGES.join(', ')}`,
    )
  for (const name of ['lookaside-url', 'bodhi-url', 'koji-url', 'oidc-url']) {
    const value = input(name)
    if (value && !/^https?:\/\/[^\s/]+/.test(value))
      throw new SettingsError(`input "${name}" is "${value}"; it must be an http(s) URL`)
  }
  const wait = (core.getInput('wait-for-checks') || '0').trim()
  const waitForChecks = parseWaitMinutes(wait)
  if (waitForChecks === undefined)
    throw new SettingsError(
      `input "wait-for-checks" is "${wait}"; it must be a number of minutes from 0 to 360 (a job runs for 6 hours at most)`,
    )
  const waitForBuild = minutes(
    'wait-for-build',
    core.getInput('wait-for-build'),
    'koji-build waits for each submitted build',
  )
  const packageName = input('package')?.trim()
  if (packageName !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(packageName))
    throw new SettingsError(
      `input "package" is "${packageName}"; it must be one package name of the configuration's packages (letters, digits, . _ + -), e.g. \`package: \${{ matrix.package }}\``,
    )
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const krb5Conf = input('krb5-conf')?.trim()
  const workingDirectory = workingDirectoryOf(input('working-directory'), workspace)
  const distGitUrl = instanceUrlOption(input('dist-git-url'), workspace)
  if (distGitUrl?.error) throw new SettingsError(`input "dist-git-url" ${distGitUrl.error}`)
  return {
    job: job as ActionSettings['job'],
    workingDirectory,
    configFile: input('config'),
    distGitToken: distGitToken(),
    distGitForge: forge as DistGitForgeChoice | undefined,
    sshPrivateKey: secret('ssh-private-key'),
    knownHosts: input('known-hosts'),
    fasUser: input('fas-user'),
    keytab: secret('keytab'),
    branches: (core.getInput('dist-git-branches') || '').split(/[\s,]+/).filter(Boolean),
    distGitUrl: distGitUrl?.url,
    lookasideUrl: input('lookaside-url'),
    bodhiUrl: input('bodhi-url'),
    pushProtocol,
    sshHost: input('ssh-host'),
    dryRun: boolean('dry-run'),
    force: boolean('force'),
    mergeDistGitPr: boolean('merge-dist-git-pr'),
    githubToken: secret('github-token'),
    tag: input('tag'),
    version: input('version'),
    author: input('author'),
    waitForChecks,
    kojiUrl: input('koji-url'),
    oidcUrl: input('oidc-url'),
    waitForBuild,
    packageName,
    krb5Conf: krb5Conf ? path.resolve(workspace, krb5Conf) : undefined,
  }
}

/** A number of minutes from 0 to 360 (a GitHub job runs for 6 hours at most); empty is 0. */
function minutes(name: string, given: string, what: string): number {
  const text = (given || '0').trim()
  const value = parseWaitMinutes(text)
  if (value === undefined)
    throw new SettingsError(
      `input "${name}" is "${text}"; it must be the number of minutes ${what}, from 0 to 360 (a job runs for 6 hours at most)`,
    )
  return value
}

/** dist-git-token, or pagure-token as workflows written before Forgejo pass it; both must agree. */
function distGitToken(): string | undefined {
  const token = secret('dist-git-token')
  const pagure = secret('pagure-token')
  if (token && pagure && token !== pagure)
    throw new SettingsError(
      'inputs "dist-git-token" and "pagure-token" are both set and differ; pass the token of the dist-git forge once, as dist-git-token',
    )
  return token ?? pagure
}

/**
 * The checkout to read: a relative working-directory is the workspace's subdirectory, as in
 * every action (actions/checkout's `path:`), whatever directory the step happens to run in.
 */
function workingDirectoryOf(given: string | undefined, workspace: string): string {
  const dir = path.resolve(workspace, given?.trim() || '.')
  let isDirectory: boolean
  try {
    isDirectory = statSync(dir).isDirectory()
  } catch {
    isDirectory = false
  }
  if (!isDirectory)
    throw new SettingsError(
      given
        ? `input "working-directory" is "${given}": ${dir} is not a directory (a relative path is resolved against the workspace, ${workspace}); check out the source-git repository there (actions/checkout with \`path: ${given}\`) or fix the input`
        : `the workspace ${dir} is not a directory; set GITHUB_WORKSPACE or the working-directory input`,
    )
  return dir
}

export const log = {
  info: (s: string) => core.info(s),
  warning: (s: string) => core.warning(s),
  error: (s: string, where?: { file: string; line?: number; column?: number }) =>
    core.error(s, where ? { file: where.file, startLine: where.line, startColumn: where.column } : {}),
  group: <T>(name: string, fn: () => Promise<T>) => core.group(name, fn),
  setOutput: (name: string, value: string) => core.setOutput(name, value),
  summary: async (markdown: string) => {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
  },
  fail: (s: string) => core.setFailed(s),
}
