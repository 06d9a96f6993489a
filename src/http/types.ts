/**
 * The contract of srcgit's one HTTP layer (implemented in ./client.ts on undici). Every
 * remote service adapter (Pagure, Bodhi, lookaside, GitHub, GitLab) goes through it, so
 * timeouts, retries, proxies and secret redaction are decided in one place.
 */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface HttpRequest {
  method: HttpMethod
  url: string
  headers?: Record<string, string>
  /** Form-encoded body (application/x-www-form-urlencoded); repeated keys as arrays. */
  form?: Record<string, string | string[]>
  /** JSON body (application/json). */
  json?: unknown
  /** Raw body. */
  body?: string | Uint8Array
  /**
   * Safe to send again after a failure. Default: true for GET/HEAD/PUT/DELETE, false for
   * POST/PATCH. Non-idempotent calls are never retried by the client; callers re-check
   * server state instead.
   */
  idempotent?: boolean
  /** Overrides the client's timeout for this call. */
  timeoutMs?: number
  /** Statuses that are an answer, not a failure (never retried), e.g. 404 for existence checks. */
  expectStatus?: number[]
}

export interface HttpResponse {
  status: number
  headers: Record<string, string>
  /** The body as text ('' for HEAD). */
  text: string
  url: string
}

export interface HttpClientOptions {
  /** Per-attempt timeout (headers and body), default 30 s. */
  timeoutMs?: number
  /** Extra attempts for idempotent calls on 5xx/429/connection errors/timeouts, default 3. */
  retries?: number
  /** First backoff delay, doubled each attempt with full jitter; default 500 ms. Retry-After wins when given. */
  backoffMs?: number
  userAgent?: string
  /** Replaced in tests to avoid real waiting. */
  sleep?: (ms: number) => Promise<void>
}
