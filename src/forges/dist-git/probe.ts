/**
 * Which forge serves a dist-git host: Forgejo or Pagure. Fedora moves src.fedoraproject.org from
 * Pagure to Forgejo all at once under the same hostname, so the backend is asked, not assumed
 * (shared/reference/forgejo-dist-git.md §2):
 *
 *  1. `GET <instance>/api/forgejo/v1/version`: 200 `{"version": "<semver>"}` only on Forgejo;
 *  2. `GET <instance>/api/0/-/version`: 200 `{"version": "0.31"}` only on Pagure.
 *
 * Both without credentials: on Forgejo a bad or expired token turns even the version route into
 * 401. Anything else (a web page, 404 on both, 5xx, a timeout) is a ForgeProbeError that names
 * what each URL answered; "not Forgejo" never counts as Pagure without Pagure's own answer.
 * One probe per instance per process: the answer (not a failure) is cached.
 */
import { HttpError, type HttpClient } from '../../http/client.js'
import type { HttpResponse } from '../../http/types.js'
import type { DistGitForgeChoice, DistGitForgeKind } from './forge.js'
import { registerUserError } from '../../runtime/user-errors.js'

/**
 * Per attempt: the version routes answer at once on a healthy instance. Worst case, a silent host:
 * the client's attempts at Forgejo's route (4 by default) and one at Pagure's, 10 s each.
 */
export const PROBE_TIMEOUT_MS = 10_000

export const FORGEJO_VERSION_PATH = '/api/forgejo/v1/version'
export const PAGURE_VERSION_PATH = '/api/0/-/version'

const SKIP_PROBE_HELP =
  'set dist_git_forge: pagure|forgejo in the Packit config, or the dist-git-forge input / --dist-git-forge option, to skip the probe'

/** What one probe URL answered. */
export interface ProbeAnswer {
  url: string
  /** The HTTP status; undefined when no answer came (see `code`). */
  status?: number
  /** Network error code (ECONNREFUSED, ETIMEDOUT, ...) when no answer came. */
  code?: string
  /** For messages: "HTTP 404", "HTTP 200 with a body that is not JSON (<!DOCTYPE html> ...)", "no answer: ...". */
  text: string
}

export class ForgeProbeError extends Error {
  /** The instance as probed (normalized). */
  readonly instanceUrl: string
  /** What each probe URL answered, in the order tried. */
  readonly answers: readonly ProbeAnswer[]

  constructor(instanceUrl: string, answers: readonly ProbeAnswer[], hint: string) {
    const tried = answers.map((answer) => `GET ${answer.url}: ${answer.text}`).join('; ')
    super(
      `Could not tell whether the dist-git at ${instanceUrl} is Forgejo or Pagure (${tried}); ${hint}; ` +
        `or ${SKIP_PROBE_HELP}`,
    )
    this.name = 'ForgeProbeError'
    this.instanceUrl = instanceUrl
    this.answers = answers
  }
}
registerUserError(ForgeProbeError)

export interface ProbeOptions {
  /** Per attempt; default PROBE_TIMEOUT_MS. */
  timeoutMs?: number
}

const cache = new Map<string, Promise<DistGitForgeKind>>()

/** Forgets every probe answer (tests). */
export function clearProbeCache(): void {
  cache.clear()
}

/**
 * The instance URL as a cache key and message text: scheme and host lower-cased (URL does that),
 * no credentials, query or fragment, no trailing "/".
 */
export function normalizeInstanceUrl(instanceUrl: string): string {
  try {
    const url = new URL(instanceUrl.trim())
    return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/+$/, '')
  } catch {
    return instanceUrl
      .trim()
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
  }
}

/**
 * Asks the dist-git instance which forge it runs (Forgejo first, then Pagure), once per process
 * and instance; a failed probe is not remembered, so a later call asks again.
 */
export function probeDistGitForge(
  instanceUrl: string,
  http: HttpClient,
  opts: ProbeOptions = {},
): Promise<DistGitForgeKind> {
  const key = normalizeInstanceUrl(instanceUrl)
  const cached = cache.get(key)
  if (cached) return cached
  const probe = runProbe(key, http, opts.timeoutMs ?? PROBE_TIMEOUT_MS)
  cache.set(key, probe)
  probe.catch(() => {
    if (cache.get(key) === probe) cache.delete(key)
  })
  return probe
}

/** The backend for a `dist_git_forge` choice: forced, or probed for 'auto'. */
export function distGitForgeKind(
  choice: DistGitForgeChoice,
  instanceUrl: string,
  http: HttpClient,
): Promise<DistGitForgeKind> {
  return choice === 'auto' ? probeDistGitForge(instanceUrl, http) : Promise.resolve(choice)
}

async function runProbe(instanceUrl: string, http: HttpClient, timeoutMs: number): Promise<DistGitForgeKind> {
  const forgejo = await ask(http, `${instanceUrl}${FORGEJO_VERSION_PATH}`, timeoutMs, true)
  if (forgejo.version !== undefined) return 'forgejo'
  // No answer at all from the host: one more attempt at Pagure's route is enough to say so.
  const retry = forgejo.answer.status !== undefined
  const pagure = await ask(http, `${instanceUrl}${PAGURE_VERSION_PATH}`, timeoutMs, retry)
  if (pagure.version !== undefined) return 'pagure'
  const answers = [forgejo.answer, pagure.answer]
  throw new ForgeProbeError(instanceUrl, answers, hintFor(instanceUrl, answers))
}

interface Asked {
  answer: ProbeAnswer
  /** The `version` of a 200 JSON answer. */
  version?: string
}

/** One unauthenticated GET of a version route. `retry`: let the client retry 5xx and network failures. */
async function ask(http: HttpClient, url: string, timeoutMs: number, retry: boolean): Promise<Asked> {
  let response: HttpResponse
  try {
    response = await http.request({
      method: 'GET',
      url,
      // Never credentials (no Authorization header is ever set here), and a JSON answer.
      headers: { accept: 'application/json' },
      timeoutMs,
      idempotent: retry,
      // Not-found and refusals are answers, not failures worth a retry.
      expectStatus: [200, 401, 403, 404, 405, 410],
    })
  } catch (error) {
    if (!(error instanceof HttpError)) throw error
    return { answer: { url, code: error.code, text: `no answer, ${networkReason(error)}` } }
  }
  const answer: ProbeAnswer = { url, status: response.status, text: describeResponse(response) }
  if (response.status !== 200) return { answer }
  const version = versionOf(response.text)
  return version === undefined ? { answer } : { answer, version }
}

/** The `version` string of a JSON object, or undefined. */
function versionOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as unknown
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      const version = (body as { version?: unknown }).version
      if (typeof version === 'string') return version
    }
  } catch {
    // not JSON: undefined
  }
  return undefined
}

function describeResponse(response: HttpResponse): string {
  const status = `HTTP ${response.status}`
  const excerpt = response.text.trim().replace(/\s+/g, ' ').slice(0, 80)
  const shown = excerpt ? ` (${excerpt}${response.text.trim().length > 80 ? '…' : ''})` : ''
  if (response.status !== 200) return `${status}${shown}`
  let json: unknown
  try {
    json = JSON.parse(response.text)
  } catch {
    return `${status} with a body that is not JSON${shown}`
  }
  return json && typeof json === 'object' && !Array.isArray(json)
    ? `${status} with JSON that has no "version" string${shown}`
    : `${status} with JSON that is not an object${shown}`
}

/** The reason part of an HttpError ("connection refused (ECONNREFUSED) after 4 attempts"). */
function networkReason(error: HttpError): string {
  const reason = error.message.replace(/^[A-Z]+ \S+ failed: /, '')
  return reason.replace(/; check network access to .*$/, '')
}

function hintFor(instanceUrl: string, answers: readonly ProbeAnswer[]): string {
  const host = hostOf(instanceUrl)
  if (answers.some((answer) => answer.code === 'ENOTFOUND'))
    return `check the host name ${host} (dist_git_base_url) and the network's DNS`
  const troubled = answers.some(
    (answer) => (answer.status !== undefined && answer.status >= 500) || answer.status === 429,
  )
  const unreachable = answers.some((answer) => answer.status === undefined)
  if (troubled || unreachable) {
    const proxy = unreachable ? ' (or check network access and the proxy settings HTTPS_PROXY, NO_PROXY)' : ''
    return `${host} may be down or unreachable: try again later${proxy}`
  }
  if (answers.some((answer) => answer.status === 401 || answer.status === 403))
    return `${host} refuses anonymous API requests; check that dist_git_base_url is the dist-git's public URL`
  return `check that dist_git_base_url (${instanceUrl}) names a Pagure or Forgejo dist-git, not a web page or proxy in front of it`
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/**
 * Records the backend a setting forced for an instance, so that later steps of the run that
 * leave it to `auto` (wait-for-checks, commit links) agree without asking the host.
 */
export function rememberForgeKind(instanceUrl: string, kind: DistGitForgeKind): void {
  const key = normalizeInstanceUrl(instanceUrl)
  if (!cache.has(key)) cache.set(key, Promise.resolve(kind))
}
