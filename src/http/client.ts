/**
 * srcgit's one HTTP client (contract in ./types.ts), on undici. Decides in one place:
 * per-attempt timeouts, retries with backoff for idempotent calls only, proxies from the
 * environment, redirects for GET/HEAD, and errors that never carry a credential.
 */
import { EnvHttpProxyAgent, request as undiciRequest } from 'undici'
import { redact, registerSecret } from '../runtime/secrets.js'
import { VERSION } from '../version.js'
import type { HttpClientOptions, HttpMethod, HttpRequest, HttpResponse } from './types.js'
import { registerUserError } from '../runtime/user-errors.js'

const DEFAULT_TIMEOUT_MS = 30_000
const DEFAULT_RETRIES = 3
const DEFAULT_BACKOFF_MS = 500
const MAX_DELAY_MS = 60_000
const MAX_REDIRECTS = 5
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const IDEMPOTENT_METHODS = new Set<HttpMethod>(['GET', 'HEAD', 'PUT', 'DELETE'])
/** Headers that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization']
/** Longest response body kept on an HttpError. */
const MAX_ERROR_BODY = 2000

/** Network failures worth another attempt: the server may well answer next time. */
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
])

const CODE_TEXT: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  UND_ERR_SOCKET: 'connection closed by the server before a complete answer',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed temporarily',
}

export interface HttpErrorInit {
  method: HttpMethod
  url: string
  /** What went wrong, without the method and URL. */
  reason: string
  status?: number
  code?: string
  body?: string
}

export class HttpError extends Error {
  readonly method: HttpMethod
  /** The URL without query, fragment or credentials. */
  readonly url: string
  readonly status?: number
  /** Network error code (ECONNREFUSED, ETIMEDOUT, ...). */
  readonly code?: string
  readonly body?: string

  constructor(init: HttpErrorInit) {
    const url = displayUrl(init.url)
    super(redact(`${init.method} ${url} failed: ${init.reason}`))
    this.name = 'HttpError'
    this.method = init.method
    this.url = redact(url)
    this.status = init.status
    this.code = init.code
    if (init.body !== undefined) this.body = redact(init.body.slice(0, MAX_ERROR_BODY))
  }

  /** For callers that got a response they cannot use (the client itself returns any status). */
  static fromResponse(method: HttpMethod, response: HttpResponse, hint = ''): HttpError {
    const excerpt = response.text.trim().replace(/\s+/g, ' ').slice(0, 200)
    return new HttpError({
      method,
      url: response.url,
      status: response.status,
      body: response.text,
      reason: `HTTP ${response.status}${excerpt ? ` (${excerpt})` : ''}${hint ? `; ${hint}` : ''}`,
    })
  }
}
registerUserError(HttpError)

/** The URL as it may appear in messages: no query (tokens travel there), no user:password. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    parsed.search = ''
    parsed.hash = ''
    return parsed.href
  } catch {
    return url.replace(/[?#].*$/, '')
  }
}

/** Thrown inside one attempt when the per-attempt deadline passes. */
class AttemptTimeout extends Error {}

/** The wire form of a request, computed once and reused by every attempt. */
interface Prepared {
  headers: Record<string, string>
  body?: string | Uint8Array
}

export class HttpClient {
  private readonly timeoutMs: number
  private readonly retries: number
  private readonly backoffMs: number
  private readonly userAgent: string
  private readonly sleep: (ms: number) => Promise<void>
  // Proxy settings are read from the environment when the client is made.
  // proxyTunnel false: http:// targets go to an HTTP proxy as plain forwarded requests.
  private readonly dispatcher = new EnvHttpProxyAgent({ proxyTunnel: false })

  constructor(opts: HttpClientOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.retries = opts.retries ?? DEFAULT_RETRIES
    this.backoffMs = opts.backoffMs ?? DEFAULT_BACKOFF_MS
    this.userAgent = opts.userAgent ?? `srcgit/${VERSION}`
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
  }

  /**
   * Sends the request. Idempotent calls are retried on 5xx, 429, connection failures and
   * timeouts; any response that is not retried (or after the last retry) is returned
   * whatever its status. Throws HttpError only when no response came at all.
   */
  async request(req: HttpRequest): Promise<HttpResponse> {
    const idempotent = req.idempotent ?? IDEMPOTENT_METHODS.has(req.method)
    const attempts = idempotent ? this.retries + 1 : 1
    const prepared = this.prepare(req)
    for (let attempt = 1; ; attempt++) {
      let delay: number
      try {
        const response = await this.attempt(req, prepared)
        if (attempt >= attempts || !retryableStatus(response.status, req.expectStatus)) return response
        delay = retryAfterMs(response.headers['retry-after']) ?? this.backoff(attempt)
      } catch (error) {
        const failure = describeFailure(error, req.timeoutMs ?? this.timeoutMs)
        if (!failure.transient || attempt >= attempts) {
          const tries = attempt > 1 ? ` after ${attempt} attempts` : ''
          throw new HttpError({
            method: req.method,
            url: req.url,
            code: failure.code,
            reason: `${failure.text}${tries}; check network access to ${hostOf(req.url)} and the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)`,
          })
        }
        delay = this.backoff(attempt)
      }
      await this.sleep(delay)
    }
  }

  /** Closes pooled connections (tests, and the end of a CLI run). */
  close(): Promise<void> {
    return this.dispatcher.close()
  }

  private prepare(req: HttpRequest): Prepared {
    const headers: Record<string, string> = { 'user-agent': this.userAgent }
    let body: string | Uint8Array | undefined
    if (req.form) {
      const params = new URLSearchParams()
      for (const [key, value] of Object.entries(req.form))
        for (const one of Array.isArray(value) ? value : [value]) params.append(key, one)
      body = params.toString()
      headers['content-type'] = 'application/x-www-form-urlencoded'
    } else if (req.json !== undefined) {
      body = JSON.stringify(req.json)
      // Exactly this value: Pagure reads JSON only when Content-Type is exactly application/json.
      headers['content-type'] = 'application/json'
    } else if (req.body !== undefined) {
      body = req.body
    }
    for (const [name, value] of Object.entries(req.headers ?? {})) {
      const key = name.toLowerCase()
      headers[key] = value
      // Whatever scheme, the credential part of an Authorization header is a secret.
      if (key === 'authorization' || key === 'proxy-authorization') {
        registerSecret(value)
        registerSecret(value.replace(/^\S+\s+/, ''))
      }
    }
    return { headers, body }
  }

  /** One attempt, including the redirect chain of a GET/HEAD, under one deadline. */
  private async attempt(req: HttpRequest, prepared: Prepared): Promise<HttpResponse> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(new AttemptTimeout()), req.timeoutMs ?? this.timeoutMs)
    const follow = req.method === 'GET' || req.method === 'HEAD'
    let url = req.url
    let headers = prepared.headers
    try {
      for (let hop = 0; ; hop++) {
        const response = await undiciRequest(url, {
          method: req.method,
          headers,
          body: prepared.body,
          dispatcher: this.dispatcher,
          signal: controller.signal,
        })
        const location = response.headers.location
        if (follow && REDIRECT_STATUSES.has(response.statusCode) && typeof location === 'string') {
          await response.body.dump()
          if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`)
          const next = new URL(location, url)
          if (next.origin !== new URL(url).origin) headers = withoutCredentials(headers)
          url = next.href
          continue
        }
        const text = await response.body.text()
        return { status: response.statusCode, headers: flattenHeaders(response.headers), text, url }
      }
    } catch (error) {
      throw controller.signal.aborted ? new AttemptTimeout() : error
    } finally {
      clearTimeout(timer)
    }
  }

  /** Full jitter: anywhere between 0 and backoff * 2^(attempt-1), capped. */
  private backoff(attempt: number): number {
    return Math.random() * Math.min(MAX_DELAY_MS, this.backoffMs * 2 ** (attempt - 1))
  }
}

function retryableStatus(status: number, expected: number[] | undefined): boolean {
  if (expected?.includes(status)) return false
  return status === 429 || status >= 500
}

/** Retry-After as seconds or an HTTP date, in ms, capped; undefined when absent or unreadable. */
function retryAfterMs(value: string | undefined): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  let ms: number
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000
  else {
    const date = Date.parse(trimmed)
    if (Number.isNaN(date)) return undefined
    ms = Math.max(0, date - Date.now())
  }
  return Math.min(ms, MAX_DELAY_MS)
}

interface Failure {
  code?: string
  text: string
  transient: boolean
}

function describeFailure(error: unknown, timeoutMs: number): Failure {
  if (error instanceof AttemptTimeout)
    return { code: 'ETIMEDOUT', text: `no complete answer within ${timeoutMs / 1000} s`, transient: true }
  // Errors may come from another realm (jest), so read fields rather than using instanceof.
  const err = error as { code?: unknown; message?: unknown; cause?: { code?: unknown } } | undefined
  const code =
    typeof err?.code === 'string'
      ? err.code
      : typeof err?.cause?.code === 'string'
        ? err.cause.code
        : undefined
  const message = typeof err?.message === 'string' ? err.message : String(error)
  const text = code ? `${CODE_TEXT[code] ?? message} (${code})` : message
  return { code, text, transient: code !== undefined && TRANSIENT_CODES.has(code) }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return 'the server'
  }
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.includes(name)))
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  return out
}
