/**
 * A Bodhi server stand-in on 127.0.0.1, after bodhi-server (services/updates.py, csrf.py,
 * auth/views.py, validators.py, schemas.py): GET /releases/ (the forge stand-in's release set
 * and pagination), GET /updates/ (builds/releases/status/alias filters, pagination), GET /csrf
 * (a token bound to the `session` cookie), GET /oidc/login-token (the Bearer token introspected
 * at the OIDC provider stand-in's TokenInfo, the user from its UserInfo, 202 + auth_tkt cookies)
 * and POST /updates/ with Bodhi's permission check, colander schema and validators in their
 * order, with their Cornice error texts and statuses.
 *
 * Koji's side is the test's: addBuild/tagBuild say which builds exist and in which tags. Every
 * request is in `log` (the forge stand-ins' record), every POST's form fields in `posts` (no
 * cookie ever), and `faults` injects 5xx, resets and timeouts.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { defaultReleases, serveBodhi } from '../forge/bodhi.js'
import { Faults, handleWithFaults } from '../forge/server.js'
import { type Reply, type RequestContext, json, readBody, sendReply, text } from '../forge/http.js'
import type { BodhiRelease, RequestRecord } from '../forge/types.js'

export { defaultReleases }
export type { BodhiRelease }

const UPDATE_TYPES = ['bugfix', 'security', 'newpackage', 'enhancement', 'unspecified']
const SEVERITIES = ['unspecified', 'urgent', 'high', 'medium', 'low']
const SUGGESTIONS = ['unspecified', 'reboot', 'logout']
const UPDATE_STATUSES = [
  'pending',
  'testing',
  'stable',
  'unpushed',
  'obsolete',
  'side_tag_active',
  'side_tag_expired',
]
/** bodhi-server/bodhi/server/auth/constants.py SCOPES: all of them are required. */
const REQUIRED_SCOPES = [
  'openid',
  'email',
  'profile',
  'https://id.fedoraproject.org/scope/groups',
  'https://id.fedoraproject.org/scope/agreements',
]
const CSRF_ERROR =
  'CSRF tokens do not match.  This happens if you have the page open for a long time. Please reload the ' +
  'page and try to submit your data again. Make sure to save your input somewhere before reloading. '
const NOT_COMPOSED =
  "Cannot manually create updates for a Release which is not composed by Bodhi.\nRead the 'Automatic updates' " +
  'page in Bodhi docs about this error.'
const NOTES_MAX = 10_000

export interface CorniceError {
  location: string
  name: string
  description: string
}

export interface StoredUpdate {
  alias: string
  url: string
  title: string
  status: string
  request: string | null
  type: string
  severity: string
  suggest: string
  notes: string
  bugs: { bug_id: number }[]
  builds: { nvr: string; release_id: number; signed: boolean; type: string; epoch: number }[]
  release: BodhiRelease
  user: { name: string }
  from_tag: string | null
  stable_karma: number
  unstable_karma: number
  autokarma: boolean
  autotime: boolean
  stable_days: number
  close_bugs: boolean
  require_bugs: boolean
  require_testcases: boolean
  display_name: string
  date_submitted: string
  karma: number
  content_type: string
}

export interface BodhiUser {
  name: string
  email: string
  groups: string[]
}

/** Where Bodhi's FedoraApp checks tokens: the provider's TokenInfo and UserInfo, as a confidential client. */
export interface BodhiOidcSettings {
  tokenInfoUrl: string
  userInfoUrl: string
  clientId: string
  clientSecret: string
}

/** The form of one POST, as the server parsed it (values in order, repeated fields kept). */
export interface PostRecord {
  path: string
  form: Record<string, string[]>
  /** The logged-in user, if any. */
  user?: string
  status: number
  /** The Cornice errors of the answer, if it was one. */
  errors?: CorniceError[]
}

/** Python's repr() of a list of str, as Bodhi's messages print lists. */
export function pyList(items: readonly string[]): string {
  return `[${items.map((i) => `'${i}'`).join(', ')}]`
}

/** name-version-release -> name (Koji's split: the last two dashes). */
export function packageOf(nvr: string): string {
  return nvr.split('-').slice(0, -2).join('-')
}

export class BodhiState {
  releases: BodhiRelease[] = defaultReleases()
  /** Koji's builds and their tags (getBuild / listTags). */
  readonly kojiBuilds = new Map<string, string[]>()
  /**
   * Koji side tags: name -> owner (extra.sidetag_user), latest builds (listTagged latest=True)
   * and the tags it inherits from (getFullInheritance, e.g. f43-build, f43), which Bodhi adds
   * to each build's tags (request.from_tag_inherited) to find its release.
   */
  readonly sideTags = new Map<string, { owner: string; builds: string[]; inherits?: string[] }>()
  readonly updates: StoredUpdate[] = []
  readonly users = new Map<string, BodhiUser>()
  /** Bodhi's mandatory_packager_groups. */
  mandatoryGroups = ['packager']
  /** The Pagure ACL check; default: every packager may commit to everything. */
  commitAccess: (user: string, pkg: string) => boolean = () => true
  oidc?: BodhiOidcSettings
  /** Every CSRF token is refused (a session store that keeps losing sessions). */
  csrfAlwaysWrong = false
  readonly posts: PostRecord[] = []
  /** session cookie -> its CSRF token. */
  private readonly sessions = new Map<string, string>()
  /** auth_tkt cookie value -> user name. */
  private readonly tickets = new Map<string, string>()
  base = ''

  /** A build Koji knows, with its tags (e.g. 'f43-updates-candidate'). */
  addBuild(nvr: string, ...tags: string[]): void {
    this.kojiBuilds.set(nvr, [...tags])
  }

  tagBuild(nvr: string, tag: string): void {
    const tags = this.kojiBuilds.get(nvr) ?? []
    if (!tags.includes(tag)) tags.push(tag)
    this.kojiBuilds.set(nvr, tags)
  }

  untagBuild(nvr: string, tag: string): void {
    const tags = this.kojiBuilds.get(nvr)
    if (tags)
      this.kojiBuilds.set(
        nvr,
        tags.filter((t) => t !== tag),
      )
  }

  release(name: string): BodhiRelease {
    const found = this.releases.find((r) => r.name === name)
    if (!found) throw new Error(`no release ${name} in the stand-in`)
    return found
  }

  /** Logs every session out (Bodhi's auth_tkt timeout). */
  expireSessions(): void {
    this.tickets.clear()
  }

  /** Forgets the sessions (their CSRF tokens), as a restarted Bodhi with a new session secret would. */
  forgetCsrfSessions(): void {
    this.sessions.clear()
  }

  /** The auth_tkt values issued to `user` (for tests that check they never leak). */
  ticketsOf(user: string): string[] {
    return [...this.tickets].filter(([, name]) => name === user).map(([ticket]) => ticket)
  }

  /** A session cookie for `user` without the OIDC round trip. */
  ticketFor(user: string): string {
    const ticket = randomBytes(32).toString('hex') + `!userid_type:b64unicode`
    this.tickets.set(ticket, user)
    return ticket
  }

  userOfTicket(ticket: string | undefined): string | undefined {
    return ticket === undefined ? undefined : this.tickets.get(ticket)
  }

  csrfOf(session: string): string | undefined {
    if (this.csrfAlwaysWrong) return `wrong-${randomBytes(8).toString('hex')}`
    return this.sessions.get(session)
  }

  newSession(): { session: string; csrf: string } {
    const session = randomBytes(24).toString('base64url')
    const csrf = createHash('sha1').update(randomBytes(20)).digest('hex')
    this.sessions.set(session, csrf)
    return { session, csrf }
  }

  /** Release.get_tags(): the tags of releases that are not archived or disabled. */
  candidateTags(): string[] {
    return this.releases
      .filter((r) => r.state !== 'archived' && r.state !== 'disabled')
      .map((r) => r.candidate_tag)
  }

  /** Release.from_tags(): the first tag that belongs to an active release. */
  releaseFromTags(tags: readonly string[]): BodhiRelease | undefined {
    const active = this.releases.filter((r) => r.state !== 'archived' && r.state !== 'disabled')
    for (const tag of tags) {
      const release = active.find((r) =>
        [
          r.candidate_tag,
          r.testing_tag,
          r.stable_tag,
          r.override_tag,
          r.pending_testing_tag,
          r.pending_stable_tag,
        ].includes(tag),
      )
      if (release) return release
    }
    return undefined
  }

  /** An existing update (e.g. made by an earlier run), as Bodhi stores it. */
  addUpdate(
    builds: string[],
    options: Partial<Pick<StoredUpdate, 'status' | 'type' | 'notes' | 'request'>> & {
      user?: string
      release?: string
    } = {},
  ): StoredUpdate {
    const release = options.release
      ? this.release(options.release)
      : this.releaseFromTags(builds.flatMap((b) => this.kojiBuilds.get(b) ?? []))
    if (!release)
      throw new Error(`no release for ${builds.join(' ')}: tag the builds first or name the release`)
    const update = this.makeUpdate(release, builds, {
      type: options.type ?? 'enhancement',
      notes: options.notes ?? 'An update.',
      user: options.user ?? 'packager',
    })
    if (options.status) update.status = options.status
    if (options.request !== undefined) update.request = options.request
    this.updates.push(update)
    return update
  }

  makeUpdate(
    release: BodhiRelease,
    builds: string[],
    fields: Partial<Omit<StoredUpdate, 'user'>> & { type: string; notes: string; user: string },
  ): StoredUpdate {
    const id = createHash('sha1').update(randomUUID()).digest('hex').slice(0, 10)
    const alias = `${release.id_prefix}-${new Date().getFullYear()}-${id}`
    const releaseId = this.releases.indexOf(release) + 1
    return {
      alias,
      url: `${this.base}/updates/${alias}`,
      title: builds.join(' '),
      status: 'pending',
      request: 'testing',
      severity: 'unspecified',
      suggest: 'unspecified',
      bugs: [],
      from_tag: null,
      stable_karma: 3,
      unstable_karma: -3,
      autokarma: true,
      autotime: true,
      stable_days: 7,
      close_bugs: true,
      require_bugs: true,
      require_testcases: true,
      display_name: '',
      karma: 0,
      content_type: 'rpm',
      ...fields,
      date_submitted: new Date().toISOString().replace('T', ' ').slice(0, 19),
      builds: builds.map((nvr) => ({ nvr, release_id: releaseId, signed: false, type: 'rpm', epoch: 0 })),
      release,
      user: { name: fields.user },
    }
  }
}

export interface BodhiServer {
  /** e.g. http://127.0.0.1:PORT (Bodhi lives at the root, as bodhi.fedoraproject.org). */
  url: string
  state: BodhiState
  faults: Faults
  log: RequestRecord[]
  stop(): Promise<void>
}

function errors(status: number, list: CorniceError[]): Reply {
  return json(status, { status: 'error', errors: list })
}

function cookiesOf(req: IncomingMessage): Map<string, string> {
  const out = new Map<string, string>()
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  return out
}

function wantsJson(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '*/*'
  return /json|\*\/\*/.test(accept) || !/text\/html/.test(accept)
}

/** The user of the request's auth_tkt cookie (BodhiSecurityPolicy), known to the stand-in. */
function identity(ctx: RequestContext, state: BodhiState): BodhiUser | undefined {
  const name = state.userOfTicket(cookiesOf(ctx.req).get('auth_tkt'))
  const user = name ? state.users.get(name) : undefined
  if (user) ctx.user = user.name
  return user
}

function csrf(ctx: RequestContext, state: BodhiState): Reply {
  identity(ctx, state)
  const cookie = cookiesOf(ctx.req).get('session')
  let token = cookie ? state.csrfOf(cookie) : undefined
  const headers: Record<string, string> = {}
  if (token === undefined) {
    const made = state.newSession()
    token = made.csrf
    headers['Set-Cookie'] = `session=${made.session}; Path=/; HttpOnly`
  }
  if (!wantsJson(ctx.req))
    return { status: 200, headers: { 'Content-Type': 'text/html', ...headers }, body: token }
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ csrf_token: token }),
  }
}

async function postForm(
  url: string,
  form: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(form) })
  const body: unknown = await response.json().catch(() => undefined)
  return { status: response.status, body }
}

/** auth/views.py login_with_token: ResourceProtector + IntrospectTokenValidator, then get_and_store_user. */
async function loginToken(ctx: RequestContext, state: BodhiState): Promise<Reply> {
  const header = ctx.req.headers.authorization
  const exception = (status: number, name: string, description: string): Reply =>
    errors(status, [{ location: 'body', name, description }])
  if (!header)
    return exception(
      401,
      'MissingAuthorizationError',
      'missing_authorization: Missing "Authorization" in headers.',
    )
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1]
  if (!bearer)
    return exception(401, 'UnsupportedTokenTypeError', 'unsupported_token_type: Unsupported token_type: ')
  if (!state.oidc) throw new Error('the Bodhi stand-in has no OIDC provider configured (state.oidc)')
  const introspected = await postForm(state.oidc.tokenInfoUrl, {
    token: bearer,
    token_type_hint: 'access_token',
    client_id: state.oidc.clientId,
    client_secret: state.oidc.clientSecret,
  })
  // requests' raise_for_status(): an unhandled exception, a 500 through exception_json_view.
  if (introspected.status !== 200) return exception(500, 'HTTPError', `${introspected.status} Client Error`)
  const info = (introspected.body ?? {}) as { active?: boolean; exp?: number; scope?: string }
  const invalid =
    'invalid_token: The access token provided is expired, revoked, malformed, or invalid for other reasons.'
  if (!info.active || (info.exp !== undefined && info.exp < Date.now() / 1000))
    return exception(401, 'InvalidTokenError', invalid)
  const scopes = (info.scope ?? '').split(' ')
  if (REQUIRED_SCOPES.some((s) => !scopes.includes(s)))
    return exception(
      403,
      'InsufficientScopeError',
      'insufficient_scope: The request requires higher privileges than provided by the access token.',
    )
  const userinfo = await fetch(state.oidc.userInfoUrl, { headers: { authorization: `Bearer ${bearer}` } })
  const who = (await userinfo.json().catch(() => ({}))) as {
    nickname?: string
    email?: string
    groups?: string[]
    error?: string
    error_description?: string
  }
  if (who.error || !who.nickname)
    return exception(401, 'InvalidTokenError', `invalid_token: ${who.error_description ?? ''}`)
  state.users.set(who.nickname, { name: who.nickname, email: who.email ?? '', groups: who.groups ?? [] })
  ctx.user = who.nickname
  const ticket = state.ticketFor(who.nickname)
  // AuthTktCookieHelper.remember: the cookie for the host, its domain and the wild domain.
  const host = (ctx.req.headers.host ?? '127.0.0.1').replace(/:\d+$/, '')
  const attributes = 'Path=/; SameSite=Strict; HttpOnly'
  return {
    status: 202,
    headers: {
      'Content-Type': 'application/json',
      'Set-Cookie': [
        `auth_tkt=${ticket}; ${attributes}`,
        `auth_tkt=${ticket}; Domain=${host}; ${attributes}`,
        `auth_tkt=${ticket}; Domain=.${host}; ${attributes}`,
      ] as unknown as string,
    },
    body: JSON.stringify({
      code: '202 Accepted',
      message: 'The request is accepted for processing.',
      title: 'Accepted',
    }),
  }
}

/** colander's parse of a form: the fields SaveUpdateSchema knows, with its messages. */
interface SaveData {
  csrf_token: string
  builds?: string[]
  from_tag?: string
  bugs?: string[]
  type: string
  severity: string
  notes: string
  suggest: string
  display_name: string
  stable_karma: number
  unstable_karma: number
  stable_days: number
  close_bugs: boolean
  autokarma: boolean
  autotime: boolean
  require_bugs: boolean
  require_testcases: boolean
  edited: string
}

/** util.splitter: comma or space separated values, over every repeated field. */
function splitter(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined
  return values.flatMap((v) => v.replace(/,/g, ' ').split(/\s+/).filter(Boolean))
}

function parseSave(
  form: Record<string, string[]>,
  expectedCsrf: string | undefined,
): { data?: SaveData; errors: CorniceError[] } {
  const list: CorniceError[] = []
  const add = (name: string, description: string): void =>
    void list.push({ location: 'body', name, description })
  const one = (name: string): string | undefined => form[name]?.[form[name].length - 1]
  const str = (name: string, fallback?: string): string | undefined => one(name) ?? fallback
  const oneOf = (name: string, choices: string[], fallback?: string): string | undefined => {
    const value = str(name, fallback)
    if (value === undefined) add(name, 'Required')
    else if (!choices.includes(value)) add(name, `"${value}" is not one of ${choices.join(', ')}`)
    return value
  }
  const bool = (name: string, fallback: boolean): boolean => {
    const value = one(name)
    return value === undefined ? fallback : !['false', '0'].includes(value.toLowerCase())
  }
  const int = (name: string, fallback: number, min?: number, max?: number): number => {
    const value = one(name)
    if (value === undefined) return fallback
    if (!/^\s*-?\d+\s*$/.test(value)) {
      add(name, `"${value}" is not a number`)
      return fallback
    }
    const n = Number(value)
    if (min !== undefined && n < min) add(name, `${n} is less than minimum value ${min}`)
    if (max !== undefined && n > max) add(name, `${n} is greater than maximum value ${max}`)
    return n
  }
  const token = one('csrf_token')
  if (token === undefined) add('csrf_token', 'Required')
  else if (token !== expectedCsrf) add('csrf_token', CSRF_ERROR)
  const type = oneOf('type', UPDATE_TYPES)
  const severity = oneOf('severity', SEVERITIES, 'unspecified')
  const notes = one('notes')
  if (notes === undefined) add('notes', 'A description is required for the update.')
  else if (notes.length < 2) add('notes', 'Shorter than minimum length 2')
  else if (notes.length > NOTES_MAX) add('notes', `Longer than maximum length ${NOTES_MAX}`)
  const suggest = oneOf('suggest', SUGGESTIONS, 'unspecified')
  const data: SaveData = {
    csrf_token: token ?? '',
    builds: splitter(form.builds),
    from_tag: one('from_tag'),
    bugs: splitter(form.bugs),
    type: type ?? '',
    severity: severity ?? 'unspecified',
    notes: notes ?? '',
    suggest: suggest ?? 'unspecified',
    display_name: str('display_name', '')!,
    stable_karma: int('stable_karma', 3, 1),
    unstable_karma: int('unstable_karma', -3, undefined, -1),
    stable_days: int('stable_days', 0, 0),
    close_bugs: bool('close_bugs', true),
    autokarma: bool('autokarma', true),
    autotime: bool('autotime', true),
    require_bugs: bool('require_bugs', true),
    require_testcases: bool('require_testcases', true),
    edited: str('edited', '')!,
  }
  return list.length ? { errors: list } : { data, errors: list }
}

/** services/updates.py new_update with its validators, in Cornice's order. */
function newUpdate(state: BodhiState, user: BodhiUser, data: SaveData): Reply {
  const errs: CorniceError[] = []
  let status = 400
  const add = (name: string, description: string, location = 'body'): void =>
    void errs.push({ location, name, description })
  let builds = data.builds
  const fromTag = data.from_tag

  // validate_from_tag
  if (fromTag) {
    if (state.updates.some((u) => u.from_tag === fromTag)) {
      add('from_tag', 'Update already exists using this side tag')
      return errors(400, errs)
    }
    const side = state.sideTags.get(fromTag)
    if (!side) add('from_tag', "The supplied from_tag doesn't exist.")
    else if (!builds || builds.length === 0) {
      builds = [...side.builds]
      if (builds.length === 0) add('from_tag', "The supplied from_tag doesn't contain any builds.")
    }
  }
  // validate_build_nvrs
  for (const nvr of builds ?? [])
    if (!state.kojiBuilds.has(nvr)) {
      add('builds', `Build does not exist: ${nvr}`)
      builds = []
      break
    }
  // validate_builds (a new update: one "already exists" at most)
  for (const nvr of builds ?? []) {
    const existing = state.updates.find((u) => u.status !== 'unpushed' && u.builds.some((b) => b.nvr === nvr))
    if (existing) {
      add('builds', `Update for ${nvr} already exists`)
      break
    }
  }
  // validate_build_tags
  const valid = state.candidateTags()
  if (fromTag) valid.push(fromTag)
  const releaseOf = new Map<string, BodhiRelease>()
  const inherited = (fromTag && state.sideTags.get(fromTag)?.inherits) || []
  tags: for (const nvr of builds ?? []) {
    // cache_tags: the build's tags, then the side tag's inherited ones.
    const own = state.kojiBuilds.get(nvr) ?? []
    if (own.length === 0) {
      add('builds', `Cannot find any tags associated with build: ${nvr}`)
      break
    }
    const tags = [...own, ...inherited]
    const release = state.releaseFromTags(tags)
    if (!release) {
      add('builds', `Cannot find release associated with build: ${nvr}, tags: ${pyList(tags)}`)
      break tags
    }
    releaseOf.set(nvr, release)
    if (!tags.some((t) => valid.includes(t)))
      add('builds', `Invalid tag: ${nvr} not tagged with any of the following tags ${pyList(valid)}`)
    if (fromTag && !tags.includes(fromTag)) add('builds', `Invalid build: ${nvr} not tagged in ${fromTag}`)
  }
  // validate_build_uniqueness
  const seen = new Set<string>()
  for (const nvr of builds ?? []) {
    const release = releaseOf.get(nvr)
    if (!release) break
    if (seen.has(nvr)) {
      add('builds', `Duplicate builds: ${nvr}`)
      break
    }
    seen.add(nvr)
    const key = `${packageOf(nvr)}\n${release.name}`
    if (seen.has(key)) {
      add('builds', `Multiple ${packageOf(nvr)} builds specified in ${release.name}`)
      break
    }
    seen.add(key)
  }
  // validate_builds_or_from_tag_exist
  if (builds === undefined && fromTag === undefined)
    add('builds,from_tag', 'You must specify either builds or from_tag.')
  if (builds !== undefined && builds.length === 0 && !errs.length)
    add('builds', 'You may not specify an empty list of builds.')
  // validate_acls
  const missingGroup = state.mandatoryGroups.find((g) => !user.groups.includes(g))
  if (!builds?.length && !fromTag) add('builds', 'ACL validation mechanism was unable to determine ACLs.')
  else if (missingGroup)
    add('builds', `${user.name} is not a member of "${missingGroup}", which is a mandatory packager group`)
  // The side tag's owner (validate_from_tag's sidetag_owner) passes without the per-build check.
  else if (fromTag && state.sideTags.get(fromTag)?.owner === user.name) void 0
  else
    for (const nvr of builds ?? []) {
      if (!releaseOf.has(nvr)) break
      if (!state.commitAccess(user.name, packageOf(nvr))) {
        add('builds', `${user.name} does not have commit access to ${packageOf(nvr)}`)
        status = 403
      }
    }
  // validate_bugs
  if (data.bugs?.length && data.bugs.some((b) => !/^\s*-?\d+\s*$/.test(b)))
    add('bugs', `Invalid bug ID specified: ${pyList(data.bugs)}`, 'querystring')
  // validate_severity
  if (data.type === 'security' && data.severity === 'unspecified')
    add('severity', 'Must specify severity for a security update')
  if (errs.length) return errors(status, errs)

  // new_update itself
  const releases = [...new Set((builds ?? []).map((nvr) => releaseOf.get(nvr)!))]
  if (!fromTag && releases.some((r) => !r.composed_by_bodhi))
    return errors(400, [{ location: 'body', name: 'builds', description: NOT_COMPOSED }])
  const made = releases.map((release) =>
    state.makeUpdate(
      release,
      (builds ?? []).filter((nvr) => releaseOf.get(nvr) === release),
      {
        type: data.type,
        severity: data.severity,
        notes: data.notes,
        suggest: data.suggest,
        user: user.name,
        bugs: (data.bugs ?? []).map((b) => ({ bug_id: Number(b) })),
        from_tag: fromTag ?? null,
        stable_karma: data.stable_karma,
        unstable_karma: data.unstable_karma,
        autokarma: data.autokarma,
        autotime: data.autotime,
        stable_days: data.stable_days,
        close_bugs: data.close_bugs,
        require_bugs: data.require_bugs,
        require_testcases: data.require_testcases,
        display_name: data.display_name,
      },
    ),
  )
  state.updates.push(...made)
  const caveats =
    made.length > 1
      ? [
          {
            name: 'releases',
            description: `Your update is being split into ${made.length}, one for each release.`,
          },
        ]
      : []
  if (made.length > 1) return json(200, { updates: made, caveats })
  return json(200, { ...made[0], caveats })
}

async function postUpdate(ctx: RequestContext, state: BodhiState): Promise<Reply> {
  const body = (await readBody(ctx.req)).toString('utf8')
  const form: Record<string, string[]> = {}
  for (const [key, value] of new URLSearchParams(body)) (form[key] ??= []).push(value)
  const record: PostRecord = { path: ctx.url.pathname, form, status: 0 }
  state.posts.push(record)
  const reply = await (async (): Promise<Reply> => {
    // The view's permission ('create' on PackagerACLFactory) comes before Cornice's validators.
    const user = identity(ctx, state)
    if (user) record.user = user.name
    if (!user || !state.mandatoryGroups.some((g) => user.groups.includes(g)))
      return errors(403, [
        {
          location: 'body',
          name: 'HTTPForbidden',
          description: 'Unauthorized: new_update__POST failed permission check',
        },
      ])
    const session = cookiesOf(ctx.req).get('session')
    const parsed = parseSave(form, session ? state.csrfOf(session) : undefined)
    if (!parsed.data) return errors(400, parsed.errors)
    return newUpdate(state, user, parsed.data)
  })()
  record.status = reply.status
  if (reply.status !== 200) {
    const answer = JSON.parse(String(reply.body)) as { errors?: CorniceError[] }
    if (answer.errors) record.errors = answer.errors
  }
  return reply
}

function pageNumber(
  params: URLSearchParams,
  name: string,
  fallback: number,
  max?: number,
): number | CorniceError {
  const raw = params.get(name)
  if (raw === null) return fallback
  if (!/^\s*\d+\s*$/.test(raw))
    return { location: 'querystring', name, description: `"${raw}" is not a number` }
  const n = Number(raw)
  if (n < 1) return { location: 'querystring', name, description: `${n} is less than minimum value 1` }
  if (max !== undefined && n > max)
    return { location: 'querystring', name, description: `${n} is greater than maximum value ${max}` }
  return n
}

/** query_updates: the filters srcgit uses, newest first, Bodhi's pagination fields. */
function listUpdates(ctx: RequestContext, state: BodhiState): Reply {
  const params = ctx.url.searchParams
  const page = pageNumber(params, 'page', 1)
  const rows = pageNumber(params, 'rows_per_page', 20, 1000)
  for (const value of [page, rows]) if (typeof value !== 'number') return errors(400, [value])
  const statuses = splitter(params.getAll('status').length ? params.getAll('status') : undefined)
  const bad = statuses?.find((s) => !UPDATE_STATUSES.includes(s))
  if (bad)
    return errors(400, [
      {
        location: 'querystring',
        name: 'status',
        description: `"${bad}" is not one of ${UPDATE_STATUSES.join(', ')}`,
      },
    ])
  const builds = splitter(params.getAll('builds').length ? params.getAll('builds') : undefined)
  const releases = splitter(params.getAll('releases').length ? params.getAll('releases') : undefined)
  const aliases = splitter(params.getAll('alias').length ? params.getAll('alias') : undefined)
  const selected = state.updates
    .filter((u) => !builds || u.builds.some((b) => builds.includes(b.nvr)))
    .filter((u) => !releases || releases.includes(u.release.name))
    .filter((u) => !statuses || statuses.includes(u.status))
    .filter((u) => !aliases || aliases.includes(u.alias))
    .reverse()
  const p = page as number
  const r = rows as number
  return json(200, {
    updates: selected.slice((p - 1) * r, p * r),
    page: p,
    pages: Math.ceil(selected.length / r),
    rows_per_page: r,
    total: selected.length,
    chrome: true,
    display_user: false,
    display_request: true,
    package: null,
  })
}

async function route(ctx: RequestContext, state: BodhiState): Promise<Reply> {
  const path = ctx.url.pathname
  if (path === '/releases/' || path === '/releases') {
    const url = new URL(`/bodhi/releases/${ctx.url.search}`, ctx.url)
    return serveBodhi({ ...ctx, url }, state.releases)
  }
  if (path === '/csrf' && ctx.method === 'GET') return csrf(ctx, state)
  if (path === '/oidc/login-token' && ctx.method === 'GET') return loginToken(ctx, state)
  if (path === '/updates/') {
    if (ctx.method === 'GET') return listUpdates(ctx, state)
    if (ctx.method === 'POST') return postUpdate(ctx, state)
    return errors(405, [])
  }
  const one = /^\/updates\/([^/]+)$/.exec(path)
  if (one && ctx.method === 'GET') {
    const update = state.updates.find((u) => u.alias === decodeURIComponent(one[1]))
    if (update) return json(200, { update, can_edit: false })
    return errors(404, [{ location: 'url', name: 'id', description: 'Invalid update id' }])
  }
  return errors(404, [
    { location: 'body', name: 'HTTPNotFound', description: 'The resource could not be found.' },
  ])
}

export async function startBodhi(state = new BodhiState()): Promise<BodhiServer> {
  const faults = new Faults()
  const log: RequestRecord[] = []
  const sockets = new Set<Socket>()
  let base = ''
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    handleWithFaults(req, res, {
      base,
      log,
      faults,
      kindOf: () => 'bodhi',
      run: async (ctx) => {
        try {
          sendReply(ctx.sink, await route(ctx, state))
        } catch (error) {
          sendReply(ctx.sink, text(500, `${error instanceof Error ? error.message : String(error)}\n`))
        }
      },
    }).catch(() => res.destroy())
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.base = base
  return {
    url: base,
    state,
    faults,
    log,
    stop: async () => {
      faults.releaseHeld()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
