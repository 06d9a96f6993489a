/**
 * The Bodhi client srcgit needs to create updates, as bodhi-client (bindings.py) talks to the
 * server: the session from an OIDC access token (GET /oidc/login-token -> auth_tkt cookie), a
 * CSRF token from GET /csrf bound to the session cookie, then POST /updates/ form-encoded the
 * way python-requests encodes `data=` (lists as repeated fields, booleans as True/False). Bodhi's
 * Cornice errors are sorted into the outcomes Packit treats as success (update exists), "not
 * yet" (build not in the candidate tag) and "skip" (release not composed by Bodhi); everything
 * else is a BodhiError that says what Bodhi said and what to do. Cookies and tokens are
 * registered secrets and never appear in messages.
 */
import { DEFAULT_BODHI_URL } from '../forges/bodhi.js'
import { HttpError, type HttpClient } from '../http/client.js'
import type { HttpRequest, HttpResponse } from '../http/types.js'
import { redact, registerSecret } from '../runtime/secrets.js'
import { registerUserError } from '../runtime/user-errors.js'

export { DEFAULT_BODHI_URL }

export interface BodhiUpdate {
  alias: string
  url: string
  status: string
  title?: string
  builds: { nvr: string }[]
  release?: { name: string; branch?: string }
}

export interface NewBodhiUpdate {
  builds: string[]
  /** A Koji side tag; with no builds, Bodhi takes the latest builds in it. */
  from_tag?: string
  type: string
  severity?: string
  notes: string
  /** Bugzilla ids. */
  bugs: string[]
  /**
   * Further SaveUpdateSchema fields (Packit's bodhi_extra_params: stable_karma, autokarma,
   * suggest, ...). They never override builds, notes, bugs, from_tag, type, severity, and
   * csrf_token/edited are ignored (save() creates updates, it does not edit them).
   */
  extra?: Record<string, string | number | boolean | string[]>
}

export interface BodhiCaveat {
  name: string
  description: string
}

export type SaveOutcome =
  | {
      kind: 'created'
      update: BodhiUpdate
      caveats: BodhiCaveat[]
      /** Builds of several releases make one update per release; `update` is the first. */
      updates?: BodhiUpdate[]
    }
  | { kind: 'exists'; description: string }
  | { kind: 'not-tagged'; description: string }
  | { kind: 'not-composed'; description: string }

/** One entry of a Cornice error answer. */
export interface BodhiErrorDetail {
  location: string
  name: string
  description: string
}

export class BodhiError extends Error {
  readonly status?: number
  readonly errors?: BodhiErrorDetail[]

  constructor(message: string, options: { status?: number; errors?: BodhiErrorDetail[] } = {}) {
    super(redact(message))
    this.name = 'BodhiError'
    this.status = options.status
    if (options.errors)
      this.errors = options.errors.map((e) => ({ ...e, description: redact(e.description) }))
  }
}
registerUserError(BodhiError)

export interface BodhiClientOptions {
  /** Default DEFAULT_BODHI_URL. */
  url?: string
  http: HttpClient
}

/**
 * Packit's EXISTING_BODHI_UPDATE_REGEX (`.*Update for \S+ already exists.*`), and what
 * validators.py validate_from_tag says of a side tag that has an update already ("Update already
 * exists using this side tag"), which Packit's regex misses.
 */
const EXISTS = /Update for \S+ already exists|^Update already exists using this side tag/
/**
 * validators.py validate_build_tags: the build is not (yet) in a candidate tag, or in no tag at
 * all (cache_tags: Koji's build is COMPLETE before its tagBuild task puts it into the target's
 * destination tag).
 */
const NOT_TAGGED =
  /^(?:Invalid tag: \S+ not tagged with any of the following tags|Cannot find any tags associated with build: )/
/** services/updates.py new_update: Rawhide, or branched before the Bodhi activation point. */
const NOT_COMPOSED = /Cannot manually create updates for a Release which is not composed by Bodhi/
/** validators.py validate_csrf_token (the session's token changed or the session cookie was lost). */
const CSRF_MISMATCH = /^CSRF tokens do not match/

/** Fields save() sets itself; `extra` cannot replace them. */
const RESERVED = new Set(['builds', 'notes', 'bugs', 'from_tag', 'type', 'csrf_token', 'edited'])

const ROWS_PER_PAGE = 100
/** Far more than the updates one build can be in; stops a server that never says "last". */
const MAX_PAGES = 20

export class BodhiClient {
  readonly url: string
  /** The client's HTTP layer, for the OIDC provider steps of a login (bodhi-login.ts). */
  readonly http: HttpClient
  /** Bodhi's cookies (auth_tkt, session) by name: one origin, so no domain bookkeeping. */
  private readonly cookies = new Map<string, string>()
  private csrfToken?: string

  constructor(options: BodhiClientOptions) {
    this.url = (options.url ?? DEFAULT_BODHI_URL).replace(/\/+$/, '')
    this.http = options.http
  }

  updateUrl(alias: string): string {
    return `${this.url}/updates/${encodeURIComponent(alias)}`
  }

  get loggedIn(): boolean {
    return this.cookies.has('auth_tkt')
  }

  /** Updates containing this build (public GET /updates/?builds=<nvr>, all pages). */
  async updatesForBuild(nvr: string): Promise<BodhiUpdate[]> {
    const endpoint = `${this.url}/updates/`
    const updates: BodhiUpdate[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query = new URLSearchParams({
        builds: nvr,
        rows_per_page: String(ROWS_PER_PAGE),
        page: String(page),
      })
      const action = `look up the Bodhi updates of ${nvr} at ${endpoint}`
      const response = await this.send(action, {
        method: 'GET',
        url: `${endpoint}?${query.toString()}`,
        headers: { accept: 'application/json' },
      })
      if (response.status !== 200) throw failure(action, response, 'query')
      const body = parseJson(action, response) as { updates?: unknown; pages?: unknown }
      if (!Array.isArray(body.updates))
        throw new BodhiError(`Could not ${action}: the answer has no "updates" list; check the Bodhi URL`, {
          status: response.status,
        })
      for (const raw of body.updates) updates.push(toUpdate(raw, this))
      if (typeof body.pages !== 'number' || page >= body.pages) return updates
    }
    return updates
  }

  /** The session from an OIDC access token: GET /oidc/login-token with Bearer -> auth_tkt cookie kept in the client. */
  async loginWithToken(accessToken: string): Promise<void> {
    registerSecret(accessToken)
    const endpoint = `${this.url}/oidc/login-token`
    const action = `log in to Bodhi at ${endpoint}`
    const response = await this.send(action, {
      method: 'GET',
      url: endpoint,
      headers: { accept: 'application/json', authorization: `Bearer ${accessToken}` },
    })
    if (response.status === 401 || response.status === 403) {
      const said = describeErrors(response)
      throw new BodhiError(
        `Could not ${action}: Bodhi refused the access token (HTTP ${response.status}${said ? `: ${said}` : ''}); ` +
          (response.status === 401
            ? 'the token is expired, revoked or from another identity provider: log in to the provider again'
            : 'the token lacks the scopes Bodhi needs (openid email profile and the Fedora groups/agreements scopes)'),
        { status: response.status, errors: cornice(response) },
      )
    }
    if (response.status !== 202 && response.status !== 200) throw failure(action, response, 'login')
    this.keepCookies(response)
    if (!this.loggedIn)
      throw new BodhiError(
        `Could not ${action}: Bodhi answered HTTP ${response.status} without an auth_tkt session cookie; check the Bodhi URL`,
        { status: response.status },
      )
    // A new session: a CSRF token of the old one would not match.
    this.csrfToken = undefined
  }

  /** GET /csrf then POST /updates/ (form-encoded as bodhi-client/requests sends it; field encoding checked against bindings.py save) */
  async save(update: NewBodhiUpdate): Promise<SaveOutcome> {
    const endpoint = `${this.url}/updates/`
    const what = update.builds.length ? update.builds.join(', ') : `the side tag ${update.from_tag ?? '?'}`
    const action = `create the Bodhi update for ${what} at ${endpoint}`
    for (let attempt = 1; ; attempt++) {
      const csrf = await this.csrf(action)
      const response = await this.send(
        action,
        {
          method: 'POST',
          url: endpoint,
          headers: { accept: 'application/json', ...this.cookieHeader() },
          form: encodeUpdate(update, csrf),
        },
        true,
      )
      this.keepCookies(response)
      if (response.status === 200 || response.status === 201) return created(action, response, this)
      const errors = cornice(response)
      if (errors?.length) {
        const exists = errors.find((e) => EXISTS.test(e.description))
        if (exists) return { kind: 'exists', description: exists.description }
        const composed = errors.find((e) => NOT_COMPOSED.test(e.description))
        if (composed) return { kind: 'not-composed', description: composed.description }
        if (errors.every((e) => NOT_TAGGED.test(e.description)))
          return { kind: 'not-tagged', description: errors.map((e) => e.description).join('\n') }
        // The session's token changed (a new session cookie): once more with a fresh token.
        if (
          attempt === 1 &&
          errors.some((e) => e.name === 'csrf_token' && CSRF_MISMATCH.test(e.description))
        ) {
          this.csrfToken = undefined
          continue
        }
      }
      throw failure(action, response, 'save')
    }
  }

  private async csrf(action: string): Promise<string> {
    if (this.csrfToken) return this.csrfToken
    const response = await this.send(action, {
      method: 'GET',
      url: `${this.url}/csrf`,
      headers: { accept: 'application/json', ...this.cookieHeader() },
    })
    if (response.status !== 200) throw failure(`${action} (GET ${this.url}/csrf)`, response, 'csrf')
    this.keepCookies(response)
    const token = (parseJson(action, response) as { csrf_token?: unknown }).csrf_token
    if (typeof token !== 'string' || token === '')
      throw new BodhiError(
        `Could not ${action}: GET ${this.url}/csrf answered no csrf_token; check the Bodhi URL`,
      )
    registerSecret(token)
    this.csrfToken = token
    return token
  }

  private async send(action: string, request: HttpRequest, ambiguous = false): Promise<HttpResponse> {
    try {
      return await this.http.request(request)
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      throw new BodhiError(
        `Could not ${action}: ${error.message}. Bodhi may be down or unreachable` +
          (ambiguous
            ? '; the update may or may not have been made: the next run looks for it and retries'
            : '; the next run retries'),
      )
    }
  }

  private cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {}
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
  }

  private keepCookies(response: HttpResponse): void {
    for (const { name, value, expired } of parseSetCookie(response.headers['set-cookie'])) {
      if (expired) {
        this.cookies.delete(name)
        continue
      }
      registerSecret(value)
      this.cookies.set(name, value)
    }
  }
}

/** The form bodhi-client sends for save(**kwargs): requests' encoding of a dict of str/list/bool/int. */
export function encodeUpdate(update: NewBodhiUpdate, csrfToken: string): Record<string, string | string[]> {
  const form: Record<string, string | string[]> = {}
  for (const [key, value] of Object.entries(update.extra ?? {})) {
    if (RESERVED.has(key) || (key === 'severity' && update.severity !== undefined)) continue
    // requests: str(True) == "True" (colander's Boolean reads anything but false/0 as true).
    form[key] = Array.isArray(value)
      ? value.map(String)
      : typeof value === 'boolean'
        ? value
          ? 'True'
          : 'False'
        : String(value)
  }
  // requests drops an empty list altogether: no builds field makes Bodhi take the side tag's builds.
  if (update.builds.length) form.builds = [...update.builds]
  if (update.from_tag !== undefined) form.from_tag = update.from_tag
  form.type = update.type
  if (update.severity !== undefined) form.severity = update.severity
  form.notes = update.notes
  if (update.bugs.length) form.bugs = update.bugs.map(String)
  form.csrf_token = csrfToken
  return form
}

function created(action: string, response: HttpResponse, client: BodhiClient): SaveOutcome {
  const body = parseJson(action, response) as { updates?: unknown; caveats?: unknown }
  const caveats = Array.isArray(body.caveats)
    ? body.caveats.map((c) => {
        const cav = (c ?? {}) as { name?: unknown; description?: unknown }
        return { name: String(cav.name ?? ''), description: String(cav.description ?? '') }
      })
    : []
  if (Array.isArray(body.updates)) {
    const updates = body.updates.map((u) => toUpdate(u, client))
    if (updates.length === 0)
      throw new BodhiError(`Could not ${action}: Bodhi answered an empty list of updates`, {
        status: response.status,
      })
    return { kind: 'created', update: updates[0], caveats, updates }
  }
  return { kind: 'created', update: toUpdate(body, client), caveats }
}

function toUpdate(raw: unknown, client: BodhiClient): BodhiUpdate {
  const u = (raw ?? {}) as Record<string, unknown>
  const alias = typeof u.alias === 'string' ? u.alias : ''
  if (!alias)
    throw new BodhiError(`Bodhi at ${client.url} answered an update without an alias; check the Bodhi URL`)
  const builds = Array.isArray(u.builds)
    ? u.builds
        .map((b) => (b as { nvr?: unknown } | null)?.nvr)
        .filter((nvr): nvr is string => typeof nvr === 'string')
        .map((nvr) => ({ nvr }))
    : []
  const update: BodhiUpdate = {
    alias,
    url: typeof u.url === 'string' && u.url ? u.url : client.updateUrl(alias),
    status: typeof u.status === 'string' ? u.status : 'unknown',
    builds,
  }
  if (typeof u.title === 'string') update.title = u.title
  const release = u.release as { name?: unknown; branch?: unknown } | null | undefined
  if (release && typeof release.name === 'string') {
    update.release = { name: release.name }
    if (typeof release.branch === 'string') update.release.branch = release.branch
  }
  return update
}

function parseJson(action: string, response: HttpResponse): unknown {
  try {
    const value: unknown = JSON.parse(response.text)
    if (value && typeof value === 'object') return value
  } catch {
    // below
  }
  throw new BodhiError(
    `Could not ${action}: Bodhi answered HTTP ${response.status} with something that is not JSON (${excerpt(response.text)}); check the Bodhi URL`,
    { status: response.status },
  )
}

/** Cornice's `{"status": "error", "errors": [{location, name, description}]}`, if that is the answer. */
function cornice(response: HttpResponse): BodhiErrorDetail[] | undefined {
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch {
    return undefined
  }
  const errors = (body as { errors?: unknown } | null)?.errors
  if (!Array.isArray(errors)) return undefined
  return errors.map((e) => {
    const err = (e ?? {}) as Record<string, unknown>
    return {
      location: String(err.location ?? ''),
      name: String(err.name ?? ''),
      description: String(err.description ?? ''),
    }
  })
}

function describeErrors(response: HttpResponse): string {
  const errors = cornice(response)
  if (errors?.length)
    return errors
      .map((e) => (e.name && e.name !== 'builds' ? `${e.name}: ${e.description}` : e.description))
      .join('; ')
  return excerpt(response.text)
}

function failure(
  action: string,
  response: HttpResponse,
  step: 'query' | 'login' | 'csrf' | 'save',
): BodhiError {
  const status = response.status
  const errors = cornice(response)
  const said = describeErrors(response)
  const answer = `Bodhi answered HTTP ${status}${said ? `: ${said}` : ''}`
  let fix: string
  if (status >= 500 || status === 429)
    fix =
      step === 'save'
        ? 'Bodhi may be down; the update may or may not have been made: the next run looks for it and retries if it is missing'
        : 'Bodhi may be down; the next run retries'
  else if (status === 401) fix = 'the Bodhi session is not valid (expired or never made): log in again'
  else if (status === 403)
    fix =
      step === 'save'
        ? 'the Bodhi session is not logged in, or its account may not create this update: ' +
          'check the login and that the account is a packager with commit access to the package'
        : 'Bodhi refused the request for this account: check the login'
  else if (status === 404) fix = 'check the Bodhi URL (e.g. https://bodhi.fedoraproject.org)'
  else if (step === 'save')
    fix = 'fix the update fields Bodhi names above (notes, type, severity, bugs, bodhi extra parameters)'
  else fix = 'check the Bodhi URL'
  return new BodhiError(`Could not ${action}: ${answer}; ${fix}`, { status, errors })
}

function excerpt(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200)
}

interface SetCookie {
  name: string
  value: string
  expired: boolean
}

/**
 * Set-Cookie headers, which the HTTP client joins with ", " (cookie dates hold commas too, so
 * split only where a new `name=` starts).
 */
export function parseSetCookie(header: string | undefined): SetCookie[] {
  if (!header) return []
  const out: SetCookie[] = []
  for (const one of header.split(/,\s*(?=[!#$%&'*+.^`|~\w-]+=)/)) {
    const [pair, ...attributes] = one.split(';')
    const eq = pair.indexOf('=')
    if (eq <= 0) continue
    const name = pair.slice(0, eq).trim()
    const value = pair.slice(eq + 1).trim()
    const maxAge = attributes.map((a) => a.trim()).find((a) => /^max-age=/i.test(a))
    const expired = value === '' || value === '""' || (maxAge !== undefined && Number(maxAge.slice(8)) <= 0)
    out.push({ name, value, expired })
  }
  return out
}
