/**
 * The GitLab CI adapter for the srcgit command: what a pipeline asks for (GitLab's predefined
 * variables, and the release notes of the tag through the Releases API), and the dotenv report
 * GitLab turns into variables for later jobs. The GitLab counterpart of github-event.ts.
 */
import { writeFileSync } from 'node:fs'
import { Gitlab } from '@gitbeaker/rest'
import { redact, registerSecret } from './secrets.js'

type Env = Record<string, string | undefined>

export interface GitLabRunContext {
  /** CI_COMMIT_TAG: set in tag pipelines (and manual runs for a tag). */
  tag?: string
  /** CI_MERGE_REQUEST_IID: set in merge-request pipelines. */
  mergeRequestIid?: number
  /** CI_PROJECT_URL, e.g. https://gitlab.com/group/project. */
  projectUrl?: string
  /** The description of the tag's GitLab release; undefined when the tag has no release. */
  releaseNotes?: string
}

/** True inside a GitLab CI job (the runner sets GITLAB_CI=true). */
export function isGitLabCi(env: Env): boolean {
  return env.GITLAB_CI === 'true'
}

/**
 * The run as GitLab describes it; registers CI_JOB_TOKEN and SRCGIT_GITLAB_TOKEN as secrets.
 * With fetchReleaseNotes, reads the release of `tag` (default CI_COMMIT_TAG) with
 * SRCGIT_GITLAB_TOKEN, else the job token; a tag without a release has no notes, any other
 * failure is an Error saying what to fix.
 */
export async function gitlabRunContext(
  env: Env,
  opts: { fetchReleaseNotes?: boolean; tag?: string } = {},
): Promise<GitLabRunContext> {
  // Whatever srcgit prints or reports later must not show them.
  registerSecret(nonEmpty(env.CI_JOB_TOKEN))
  registerSecret(nonEmpty(env.SRCGIT_GITLAB_TOKEN))
  const tag = nonEmpty(env.CI_COMMIT_TAG)
  const iid = nonEmpty(env.CI_MERGE_REQUEST_IID)
  const context: GitLabRunContext = {
    tag,
    mergeRequestIid: iid && /^\d+$/.test(iid) ? Number(iid) : undefined,
    projectUrl: nonEmpty(env.CI_PROJECT_URL),
  }
  const releaseTag = nonEmpty(opts.tag) ?? tag
  if (opts.fetchReleaseNotes && releaseTag) context.releaseNotes = await releaseDescription(env, releaseTag)
  return context
}

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined
}

/** GitLab's instance URL without /api/v4; CI_API_V4_URL keeps a relative URL root that CI_SERVER_URL may not show. */
function instanceUrl(env: Env): string | undefined {
  const api = nonEmpty(env.CI_API_V4_URL)?.replace(/\/+$/, '')
  if (api?.endsWith('/api/v4')) return api.slice(0, -'/api/v4'.length)
  return nonEmpty(env.CI_SERVER_URL)?.replace(/\/+$/, '')
}

const HOW_TO_AUTHORIZE =
  'set the masked CI/CD variable SRCGIT_GITLAB_TOKEN to a project access token with the read_api scope, ' +
  "or allow this project's CI/CD job token to read it (Settings > CI/CD > Job token permissions)"

async function releaseDescription(env: Env, tag: string): Promise<string | undefined> {
  const host = instanceUrl(env)
  const project = nonEmpty(env.CI_PROJECT_ID) ?? nonEmpty(env.CI_PROJECT_PATH)
  if (!host || !project)
    throw new Error(
      `cannot read the release notes of ${tag}: CI_SERVER_URL (or CI_API_V4_URL) and CI_PROJECT_ID are not set; ` +
        'run inside a GitLab CI job, or pass the notes with --release-notes FILE',
    )
  const token = nonEmpty(env.SRCGIT_GITLAB_TOKEN)
  const jobToken = nonEmpty(env.CI_JOB_TOKEN)
  const auth = token ? { token } : jobToken ? { jobToken } : {}
  const api = new Gitlab({ host, queryTimeout: 30_000, ...auth })
  const where = `${host}/api/v4/projects/${encodeURIComponent(project)}/releases/${encodeURIComponent(tag)}`
  try {
    const release = await api.ProjectReleases.show(project, tag)
    const description: unknown = release.description
    // The GitLab UI stores what was typed in a textarea: CRLF line ends.
    return typeof description === 'string' ? description.replace(/\r\n?/g, '\n') : undefined
  } catch (error) {
    const status = responseStatus(error)
    const message = isErrorLike(error) ? error.message : String(error)
    // Only GitLab's answer for a missing release; "404 Project Not Found" means no access.
    if (status === 404 && /^404 Not Found$/i.test(message)) return undefined
    throw new Error(
      redact(`cannot read the release notes of ${tag} from ${where}: ${explain(status, message, error)}`),
    )
  }
}

function isErrorLike(value: unknown): value is { message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string'
  )
}

/** The HTTP status behind a @gitbeaker request error (cause.response), if there was an answer. */
function responseStatus(error: unknown): number | undefined {
  const status = (error as { cause?: { response?: { status?: unknown } } })?.cause?.response?.status
  return typeof status === 'number' ? status : undefined
}

function explain(status: number | undefined, message: string, error: unknown): string {
  if (status === 401)
    return `the token was refused (${message}); check SRCGIT_GITLAB_TOKEN, or ${HOW_TO_AUTHORIZE}`
  if (status === 403 || status === 404)
    return `GitLab answered "${message}": the project is not readable with this token; ${HOW_TO_AUTHORIZE}`
  if (status !== undefined) return `GitLab answered ${status} (${message}); try again later`
  // No answer at all: fetch failed (the reason is in cause.code) or the query timed out.
  const code = (error as { cause?: { code?: unknown } })?.cause?.code
  return `GitLab did not answer (${typeof code === 'string' ? code : message}); check CI_SERVER_URL and the network`
}

/** GitLab rejects the whole dotenv report at 5 KiB (the default `dotenv_size` plan limit). */
export const DOTENV_MAX_BYTES = 5 * 1024

/** The dotenv name of an output: `pull-requests` -> SRCGIT_PULL_REQUESTS. */
export function dotenvName(output: string): string {
  return `SRCGIT_${output.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`
}

/**
 * Writes the outputs (named as the action's outputs: `pull-requests`, `version`, `operation`)
 * as a GitLab dotenv report: SRCGIT_<NAME>=value, one line each. GitLab keeps quotes, strips
 * surrounding blanks and expands `$` in later jobs, so values are one line with `$` written
 * `$$`. When the report would reach the size limit, the longest values are emptied; returns
 * the names emptied, for a warning.
 */
export function writeDotenvReport<T extends { [K in keyof T]: string }>(file: string, outputs: T): string[] {
  const entries = Object.entries<string>(outputs).map(([name, value]) => ({
    key: dotenvName(name),
    value: redact(value)
      .replace(/\r?\n|\r/g, ' ')
      .replace(/\$/g, '$$$$'),
  }))
  const text = () => entries.map((e) => `${e.key}=${e.value}\n`).join('')
  const emptied: string[] = []
  while (Buffer.byteLength(text()) >= DOTENV_MAX_BYTES) {
    const longest = entries.reduce((a, b) => (b.value.length > a.value.length ? b : a))
    if (longest.value === '') throw new Error(`too many outputs for a GitLab dotenv report (${file})`)
    longest.value = ''
    emptied.push(longest.key)
  }
  writeFileSync(file, text())
  return emptied
}

/**
 * The reports for later jobs and people: SRCGIT_DOTENV (dotenv outputs) and SRCGIT_SUMMARY
 * (Markdown), when set. Failing to write them must not hide the run's result: a warning.
 */
export function writeCiReports<T extends { [K in keyof T]: string }>(
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void,
  outputs: T,
  summary?: string,
): void {
  try {
    if (env.SRCGIT_DOTENV)
      for (const name of writeDotenvReport(env.SRCGIT_DOTENV, outputs))
        warn(`${name} left empty: the dotenv report would pass GitLab's size limit`)
    if (env.SRCGIT_SUMMARY && summary !== undefined) writeFileSync(env.SRCGIT_SUMMARY, summary)
  } catch (error) {
    warn(`could not write the report: ${(error as Error).message}`)
  }
}
