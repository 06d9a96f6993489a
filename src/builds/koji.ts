/**
 * Koji hub client over XML-RPC (reference §5): anonymous reads, GSSAPI login through
 * `sslLogin` at `<hub>/ssllogin`, header-based sessions with a monotonic call number, and a
 * `build` submission that is never sent twice blindly.
 *
 * Retry policy. Reads are idempotent: the HTTP layer retries them on 5xx and network errors.
 * `build` is sent once. After an ambiguous failure (no answer, a 5xx, or an answer that is not
 * XML-RPC, all after the request went out) the client first looks for the task among the
 * user's recent `build` tasks with the same source and target (`listTasks`); only when there is
 * none does it resend the *identical* request, same `Koji-Session-Callnum` included. Koji's hub
 * stores a session's call number together with the call's own commit and answers a repeated
 * number of a committed call with RetryError (1009) instead of running it again
 * (kojihub/auth.py), so the resend either runs the build for the first time or is refused;
 * after a refusal the client looks once more, and if the task still cannot be found it fails
 * with "may have been submitted: check <task list URL>". A fault is always definitive: the hub
 * answered, nothing is retried except once after re-login on AuthExpired/AuthError, which the
 * hub raises before running the method.
 */
import { HttpError, type HttpClient } from '../http/client.js'
import type { HttpResponse } from '../http/types.js'
import { redact, registerSecret } from '../runtime/secrets.js'
import {
  XmlRpcError,
  decodeMethodResponse,
  encodeArgs,
  encodeMethodCall,
  isStruct,
  type XmlRpcStruct,
  type XmlRpcValue,
} from './xmlrpc.js'
import { registerUserError } from '../runtime/user-errors.js'

/** koji.BUILD_STATES */
export const BUILD_STATES = { BUILDING: 0, COMPLETE: 1, DELETED: 2, FAILED: 3, CANCELED: 4 } as const
export type BuildStateName = keyof typeof BUILD_STATES
export type BuildState = (typeof BUILD_STATES)[BuildStateName]

/** koji.TASK_STATES; terminal: CLOSED (success), CANCELED, FAILED. */
export const TASK_STATES = { FREE: 0, OPEN: 1, CLOSED: 2, CANCELED: 3, ASSIGNED: 4, FAILED: 5 } as const
export type TaskStateName = keyof typeof TASK_STATES
export type TaskState = (typeof TASK_STATES)[TaskStateName]

export function buildStateName(state: number): BuildStateName | undefined {
  return (Object.keys(BUILD_STATES) as BuildStateName[]).find((name) => BUILD_STATES[name] === state)
}

export function taskStateName(state: number): TaskStateName | undefined {
  return (Object.keys(TASK_STATES) as TaskStateName[]).find((name) => TASK_STATES[name] === state)
}

export function isTaskDone(state: number): boolean {
  return state === TASK_STATES.CLOSED || state === TASK_STATES.CANCELED || state === TASK_STATES.FAILED
}

/** Koji's fault codes srcgit reacts to (koji/__init__.py exception classes). */
export const KOJI_FAULTS = {
  GenericError: 1000,
  LockError: 1001,
  AuthError: 1002,
  TagError: 1003,
  ActionNotAllowed: 1004,
  BuildError: 1005,
  AuthLockError: 1006,
  AuthExpired: 1007,
  SequenceError: 1008,
  RetryError: 1009,
  ServerOffline: 1014,
  ParameterError: 1019,
  GSSAPIAuthError: 1023,
} as const

/** A build record (getBuild, listBuilds, listTagged); more fields may be present. */
export interface KojiBuild {
  build_id: number
  id: number
  nvr: string
  name: string
  package_id: number
  package_name: string
  version: string
  release: string
  epoch: number | null
  state: number
  task_id: number | null
  owner_id: number
  owner_name: string
  creation_time?: string
  completion_time?: string | null
  /**
   * The SCM URL the build was made from, its commit resolved (`git+https://…/rpms/hello.git#<sha>`);
   * null for imports and SRPM builds. Koji's getBuild and listBuilds always have it.
   */
  source?: string | null
  /** listTagged only. */
  tag_name?: string
  [field: string]: XmlRpcValue | undefined
}

/** getTaskInfo (Task.fields); more fields may be present. */
export interface KojiTask {
  id: number
  state: number
  method: string
  owner: number
  create_time?: string
  start_time?: string | null
  completion_time?: string | null
  parent: number | null
  label?: string | null
  arch?: string
  priority?: number
  /** With getTaskInfo(request=true) or listTasks(decode=true): the call's arguments. */
  request?: XmlRpcValue[]
  [field: string]: XmlRpcValue | undefined
}

export interface KojiTarget {
  id: number
  name: string
  build_tag: number
  build_tag_name: string
  dest_tag: number
  dest_tag_name: string
}

/** A tag as listTags answers it; more fields are present. */
export interface KojiTagInfo {
  id: number
  name: string
  [field: string]: XmlRpcValue
}

/** getTag; more fields are present. */
export interface KojiTag {
  id: number
  name: string
  extra: XmlRpcStruct
  [field: string]: XmlRpcValue
}

/** One entry of listSideTags. */
export interface KojiSideTag {
  id: number
  name: string
  [field: string]: XmlRpcValue
}

/** One link of getFullInheritance: `name` is the parent tag's; more fields are present. */
export interface KojiInheritanceLink {
  name: string
  parent_id: number
  [field: string]: XmlRpcValue
}

export interface KojiUser {
  id: number
  name: string
  krb_principal?: string | null
  [field: string]: XmlRpcValue | undefined
}

export interface BuildOptions {
  scratch?: boolean
  skip_tag?: boolean
  fail_fast?: boolean
  draft?: boolean
  /** Stored by kojid as the build's `extra.custom_user_metadata` (a JSON object). */
  custom_user_metadata?: XmlRpcStruct
  [option: string]: XmlRpcValue | undefined
}

export class KojiError extends Error {
  constructor(
    message: string,
    /** Koji's faultCode; undefined when the hub gave no fault (network, HTTP, not XML-RPC). */
    readonly faultCode?: number,
    /** The hub's own faultString. */
    readonly faultString?: string,
    /** HTTP status when the failure was an HTTP answer that is not XML-RPC. */
    readonly status?: number,
  ) {
    super(redact(message))
    this.name = 'KojiError'
  }
}
registerUserError(KojiError)

export interface KojiClientOptions {
  /** e.g. https://koji.fedoraproject.org/kojihub */
  hubUrl: string
  http: HttpClient
  /** Web UI base for task links; default: the hub URL with /kojihub replaced by /koji. */
  webUrl?: string
}

/** What sslLogin answers: `session-id` and `session-key`. */
export interface KojiSessionCredentials {
  id: string | number
  key: string
}

interface Session {
  id: string
  key: string
  user?: KojiUser
}

/** What a call failed doing, for messages. */
interface CallOpts {
  action: string
  /** Needs a logged-in session. */
  login?: boolean
  /** Safe for the HTTP layer to resend. */
  idempotent?: boolean
}

/** One prepared call: the bytes and headers every resend reuses. */
interface Prepared {
  url: string
  headers: Record<string, string>
  body: string
}

/** How far back (s) listTasks looks for a build task this client may have submitted. */
const LOOKBACK_SLACK_S = 600

export class KojiClient {
  readonly hubUrl: string
  readonly webUrl: string
  private readonly http: HttpClient
  private session?: Session
  private callnum = 0
  /** How to log in again after AuthExpired (the login last made). */
  private renew?: () => Promise<KojiUser>

  constructor(opts: KojiClientOptions) {
    this.hubUrl = opts.hubUrl.replace(/\/+$/, '')
    this.webUrl = (opts.webUrl ?? this.hubUrl.replace(/\/kojihub$/, '/koji')).replace(/\/+$/, '')
    this.http = opts.http
  }

  /** The web page of a task. */
  taskUrl(taskId: number): string {
    return `${this.webUrl}/taskinfo?taskID=${taskId}`
  }

  /** The web page of a build. */
  buildUrl(buildId: number): string {
    return `${this.webUrl}/buildinfo?buildID=${buildId}`
  }

  /** The web list of a user's build tasks. */
  tasksUrl(owner?: string): string {
    return `${this.webUrl}/tasks?${owner ? `owner=${encodeURIComponent(owner)}&` : ''}method=build&state=all`
  }

  get loggedIn(): boolean {
    return this.session !== undefined
  }

  /** The logged-in user (read at login). */
  get user(): KojiUser | undefined {
    return this.session?.user
  }

  // --- reads -------------------------------------------------------------------------------

  /** The build with this NVR or id; null when Koji has none. */
  async getBuild(nvrOrId: string | number): Promise<KojiBuild | null> {
    const value = await this.call('getBuild', [nvrOrId], undefined, {
      action: `read build ${nvrOrId}`,
      idempotent: true,
    })
    if (value === null) return null
    return asRecord<KojiBuild>(value, `getBuild(${nvrOrId})`, this.hubUrl)
  }

  /**
   * Builds matching the filter; `source` and `pattern` are globs Koji matches case-insensitively
   * (`source`: the build's SCM URL, e.g. `git+https://src.fedoraproject.org/rpms/hello.git#<sha>`),
   * `queryOpts` e.g. `{ order: '-build_id', limit: 20 }` (newest first).
   */
  async listBuilds(
    filter: {
      packageID?: number
      taskID?: number
      state?: number
      userID?: number
      source?: string
      pattern?: string
      queryOpts?: { order?: string; limit?: number }
    } = {},
  ): Promise<KojiBuild[]> {
    const value = await this.call('listBuilds', [], { ...filter } as XmlRpcStruct, {
      action: 'list builds',
      idempotent: true,
    })
    return asList<KojiBuild>(value, 'listBuilds', this.hubUrl)
  }

  /** The target; a missing target is an error (strict). */
  async getBuildTarget(name: string): Promise<KojiTarget> {
    const value = await this.call(
      'getBuildTarget',
      [name],
      { strict: true },
      { action: `read build target ${name}`, idempotent: true },
    )
    return asRecord<KojiTarget>(value, `getBuildTarget(${name})`, this.hubUrl)
  }

  /**
   * COMPLETE builds tagged into `tag`, most recently tagged first; with `inherit` the tags it
   * inherits from follow, in inheritance order; `latest`: the first build of each package only.
   * A missing tag is a GenericError unless `strict` is false (then []). `extra`: each build's
   * `extra` too (readTaggedBuilds leaves it out by default).
   */
  async listTagged(
    tag: string,
    opts: { package?: string; latest?: boolean; inherit?: boolean; strict?: boolean; extra?: boolean } = {},
  ): Promise<KojiBuild[]> {
    const value = await this.call(
      'listTagged',
      [tag],
      { ...opts },
      { action: `list the builds tagged ${tag}`, idempotent: true },
    )
    return asList<KojiBuild>(value, `listTagged(${tag})`, this.hubUrl)
  }

  /**
   * The latest build of `pkg` in `tag` or the tags it inherits from:
   * `listTagged(tag, package=pkg, inherit=True, latest=True, strict=True)[0]`, as Packit's
   * KojiHelper.get_latest_build_in_tag. "Latest" is Koji's: the most recently tagged build of
   * the first tag in the inheritance order that has one, not the highest NVR. Undefined when
   * there is none; a missing tag is a GenericError.
   */
  async latestTagged(tag: string, pkg: string): Promise<KojiBuild | undefined> {
    const builds = await this.listTagged(tag, { package: pkg, inherit: true, latest: true, strict: true })
    return builds[0]
  }

  /**
   * The tags a build (NVR or id) is currently tagged into: `listTags(build=)`, each with `id`,
   * `name`, `arches`, `locked`, `perm_id`, `perm`, ... Koji's query has no ORDER BY, so the
   * order is the database's. An unknown build is a GenericError ("No such build: <build>").
   */
  async listTags(build: string | number): Promise<KojiTagInfo[]> {
    const value = await this.call(
      'listTags',
      [],
      { build },
      { action: `list the tags of build ${build}`, idempotent: true },
    )
    return asList<KojiTagInfo>(
      value,
      `listTags(build=${build})`,
      this.hubUrl,
      (t) => typeof t.name === 'string' && typeof t.id === 'number',
    )
  }

  /**
   * The tag's full inheritance, nearest first, each parent once (readFullInheritance): links
   * with the parent's `name` and `parent_id`, `child_id`, `priority`, `maxdepth`,
   * `intransitive`, `noconfig`, `pkg_filter`, `currdepth`, ... The tag itself is not in the
   * list. An unknown tag is a GenericError ("No such entry in table tag: <tag>").
   */
  async getFullInheritance(tag: string): Promise<KojiInheritanceLink[]> {
    const value = await this.call('getFullInheritance', [tag], undefined, {
      action: `read the inheritance of tag ${tag}`,
      idempotent: true,
    })
    return asList<KojiInheritanceLink>(
      value,
      `getFullInheritance(${tag})`,
      this.hubUrl,
      (l) => typeof l.name === 'string' && typeof l.parent_id === 'number',
    )
  }

  /**
   * Header fields of one rpm, e.g. `{ rpmID: '<nvr>.src', headers: ['changelogtime', ...],
   * strict: true }`: a map from each requested name, as spelled, to rpm's value (array tags such
   * as changelogtime come as lists, also with one entry or none). A header rpm does not know is
   * a GenericError whatever `strict` says; an unknown, external or deleted rpm, or one whose file
   * is missing, is a GenericError with `strict`, else `{}`.
   */
  async getRPMHeaders(opts: {
    rpmID: string
    headers: string[]
    strict?: boolean
  }): Promise<Record<string, XmlRpcValue>> {
    const value = await this.call(
      'getRPMHeaders',
      [],
      { rpmID: opts.rpmID, headers: opts.headers, strict: opts.strict },
      { action: `read the headers of rpm ${opts.rpmID}`, idempotent: true },
    )
    return asRecord<Record<string, XmlRpcValue>>(value, `getRPMHeaders(${opts.rpmID})`, this.hubUrl)
  }

  /** The task; null when there is none. */
  async getTaskInfo(taskId: number, opts: { request?: boolean } = {}): Promise<KojiTask | null> {
    const value = await this.call('getTaskInfo', [taskId], opts.request ? { request: true } : undefined, {
      action: `read task ${taskId}`,
      idempotent: true,
    })
    if (value === null) return null
    return asRecord<KojiTask>(value, `getTaskInfo(${taskId})`, this.hubUrl)
  }

  /** The task's result; a failed task's fault is thrown as a KojiError. */
  getTaskResult(taskId: number): Promise<XmlRpcValue> {
    return this.call('getTaskResult', [taskId], undefined, {
      action: `read the result of task ${taskId} (${this.taskUrl(taskId)})`,
      idempotent: true,
    })
  }

  /** The package's id; null when Koji does not know the package. */
  async getPackageID(name: string): Promise<number | null> {
    const value = await this.call('getPackageID', [name], undefined, {
      action: `look up package ${name}`,
      idempotent: true,
    })
    if (value === null || typeof value === 'number') return value
    throw this.notKoji(`getPackageID(${name}) answered ${describe(value)}`, 'look up package ' + name)
  }

  async listTasks(opts: XmlRpcStruct, queryOpts?: XmlRpcStruct): Promise<KojiTask[]> {
    const value = await this.call('listTasks', [opts, queryOpts ?? null], undefined, {
      action: 'list tasks',
      idempotent: true,
    })
    return asList<KojiTask>(value, 'listTasks', this.hubUrl)
  }

  /**
   * The tag (getTag, strict=False): its `extra` holds the side-tag plugin's `sidetag`,
   * `sidetag_user`, `sidetag_user_id`; null when Koji has no such tag.
   */
  async getTag(name: string): Promise<KojiTag | null> {
    const value = await this.call('getTag', [name], undefined, {
      action: `read tag ${name}`,
      idempotent: true,
    })
    if (value === null) return null
    return asRecord<KojiTag>(value, `getTag(${name})`, this.hubUrl)
  }

  // --- side tags (hub plugin sidetag_hub.py) ------------------------------------------------

  /**
   * listSideTags(basetag=, user=): the side tags whose parent is `basetag`, of `user` (a name or
   * id), each `{id, name, user_id, user_name}`. An unknown base tag or user is a GenericError;
   * a hub without the plugin answers "Invalid method: listSideTags".
   */
  async listSideTags(filter: { basetag?: string; user?: string | number } = {}): Promise<KojiSideTag[]> {
    const value = await this.call('listSideTags', [], { ...filter } as XmlRpcStruct, {
      action: `list the side tags${filter.basetag ? ` of ${filter.basetag}` : ''}`,
      idempotent: true,
    })
    return asList<KojiSideTag>(
      value,
      'listSideTags',
      this.hubUrl,
      (t) => typeof t.name === 'string' && typeof t.id === 'number',
    )
  }

  /**
   * createSideTag(basetag): a new side tag `<basetag>-side-<id>` (Fedora's name template) with
   * a build target of the same name whose build and destination tag is the side tag. Needs
   * login; the hub's `sidetag` policy may refuse it (ActionNotAllowed), e.g. too many side tags.
   * Not idempotent: sent once, never resent.
   */
  async createSideTag(basetag: string): Promise<KojiSideTag> {
    const action = `create a side tag of ${basetag}`
    const value = await this.call('createSideTag', [basetag], undefined, { action, login: true })
    if (!isStruct(value) || typeof value.name !== 'string' || typeof value.id !== 'number')
      throw this.notKoji(`createSideTag answered ${describe(value)}`, action)
    return value as KojiSideTag
  }

  /** removeSideTag(sidetag): the side tag and its target go; only its owner (or an admin) may. */
  async removeSideTag(sidetag: string): Promise<void> {
    await this.call('removeSideTag', [sidetag], undefined, {
      action: `remove the side tag ${sidetag}`,
      login: true,
    })
  }

  // --- login -------------------------------------------------------------------------------

  /**
   * GSSAPI login: `sslLogin` at `<hub>/ssllogin` with `Authorization: Negotiate <token>` from
   * `negotiate` (a fresh SPNEGO token each time; kept for re-login), then reads the user.
   */
  async login(negotiate: () => Promise<string>): Promise<KojiUser> {
    this.renew = () => this.login(negotiate)
    this.session = undefined
    const action = `log in to the Koji hub ${this.hubUrl}`
    let token: string
    try {
      token = await negotiate()
    } catch (error) {
      throw new KojiError(
        `Could not ${action}: no Kerberos (SPNEGO) token: ${error instanceof Error ? error.message : String(error)}; ` +
          'check that kinit with the keytab secret succeeded and that the ticket is for the right principal',
      )
    }
    registerSecret(token)
    const body = encodeMethodCall('sslLogin', [])
    const response = await this.send(
      { url: `${this.hubUrl}/ssllogin`, headers: { authorization: `Negotiate ${token}` }, body },
      { action, idempotent: false },
    )
    if (response.status === 401 || response.status === 403)
      throw new KojiError(
        `Could not ${action}: ${this.hubUrl}/ssllogin refused the Kerberos ticket (HTTP ${response.status}); ` +
          'check the keytab secret and its principal (kinit -k -t <keytab> <user>@FEDORAPROJECT.ORG), that the ticket ' +
          'has not expired, and that the principal belongs to a Koji user',
        undefined,
        undefined,
        response.status,
      )
    const value = this.answer(response, { action })
    if (!isStruct(value) || value['session-id'] == null || typeof value['session-key'] !== 'string')
      throw this.notKoji(`sslLogin answered ${describe(value)}`, action)
    return this.startSession({ id: String(value['session-id']), key: value['session-key'] })
  }

  /**
   * Login with a session obtained elsewhere, e.g. sslLogin through `curl --negotiate`
   * (src/builds/koji-login.ts). `getSession` runs again, whole, for each re-login after
   * AuthExpired; its errors pass through unchanged.
   */
  async loginWith(getSession: () => Promise<KojiSessionCredentials>): Promise<KojiUser> {
    this.renew = () => this.loginWith(getSession)
    this.session = undefined
    const { id, key } = await getSession()
    return this.startSession({ id: String(id), key })
  }

  /** Takes the session and reads its user. */
  private async startSession(session: Session): Promise<KojiUser> {
    registerSecret(session.key)
    this.session = session
    this.callnum = 0
    const user = await this.call(
      'getLoggedInUser',
      [],
      undefined,
      { action: 'read the logged-in Koji user', idempotent: true, login: true },
      false,
    )
    if (user !== null) session.user = asRecord<KojiUser>(user, 'getLoggedInUser', this.hubUrl)
    return session.user ?? { id: 0, name: '?' }
  }

  // --- build -------------------------------------------------------------------------------

  /**
   * Submits `build(src, target, opts)`; returns the task id. Needs login. See the retry policy
   * at the top of this file: after an ambiguous failure the submitted task is looked for before
   * one identical resend.
   */
  async build(src: string, target: string, opts?: BuildOptions): Promise<number> {
    const action = `submit a Koji build of ${src} for target ${target}`
    const call = { action, login: true, idempotent: false }
    const params: XmlRpcValue[] = [src, target]
    if (opts && Object.values(opts).some((v) => v !== undefined)) params.push(opts as XmlRpcStruct)
    const since = Date.now() / 1000 - LOOKBACK_SLACK_S
    // Once, with re-login on an expired session (the hub refuses those before running build).
    let prepared = this.prepare('build', params, undefined, call)
    let first = await this.sendOnce(prepared, call)
    if (!(first instanceof Ambiguous) && isReloginFault(first.value)) {
      await this.relogin(action)
      prepared = this.prepare('build', params, undefined, call)
      first = await this.sendOnce(prepared, call)
    }
    if (!(first instanceof Ambiguous)) return this.taskIdFrom(first.response, call)

    const found = await this.findSubmitted(src, target, since)
    if (found !== undefined) return found
    const second = await this.sendOnce(prepared, call)
    if (!(second instanceof Ambiguous)) {
      const fault = second.value
      if (!isFaultResponse(fault) || fault.faultCode !== KOJI_FAULTS.RetryError)
        return this.taskIdFrom(second.response, call)
      const later = await this.findSubmitted(src, target, since)
      if (later !== undefined) return later
    }
    const cause = second instanceof Ambiguous ? second.reason : first.reason
    throw new KojiError(
      `Could not ${action}: ${cause}; the build may have been submitted: check ${this.tasksUrl(this.session?.user?.name)} ` +
        'before building again (a second build of the same NVR fails with "Build already exists")',
    )
  }

  // --- plumbing ----------------------------------------------------------------------------

  /** One call: fault → KojiError, with one re-login on AuthExpired/AuthError when logged in. */
  private async call(
    method: string,
    args: XmlRpcValue[],
    kwargs: XmlRpcStruct | undefined,
    opts: CallOpts,
    mayRelogin = true,
  ): Promise<XmlRpcValue> {
    const response = await this.send(this.prepare(method, args, kwargs, opts), opts)
    const parsed = this.parse(response, opts)
    if (isFaultResponse(parsed)) {
      if (mayRelogin && isReloginFault(parsed) && this.session && this.renew) {
        await this.relogin(opts.action)
        return this.answer(await this.send(this.prepare(method, args, kwargs, opts), opts), opts)
      }
      throw this.faultError(parsed, opts)
    }
    return parsed.value
  }

  private async relogin(action: string): Promise<void> {
    if (!this.renew)
      throw new KojiError(`Could not ${action}: the Koji session expired and there is no login to renew it`)
    await this.renew()
  }

  private prepare(
    method: string,
    args: XmlRpcValue[],
    kwargs: XmlRpcStruct | undefined,
    opts: CallOpts,
  ): Prepared {
    if (opts.login && !this.session)
      throw new KojiError(
        `Could not ${opts.action}: this needs a Koji login (GSSAPI) and none was made; log in first`,
      )
    const headers: Record<string, string> = { 'content-type': 'text/xml' }
    if (this.session) {
      headers['koji-session-id'] = this.session.id
      headers['koji-session-key'] = this.session.key
      headers['koji-session-callnum'] = String(this.callnum++)
    }
    return { url: this.hubUrl, headers, body: encodeMethodCall(method, encodeArgs(args, kwargs)) }
  }

  private async send(prepared: Prepared, opts: CallOpts): Promise<HttpResponse> {
    try {
      return await this.http.request({
        method: 'POST',
        url: prepared.url,
        headers: prepared.headers,
        body: prepared.body,
        idempotent: opts.idempotent ?? false,
      })
    } catch (error) {
      if (error instanceof HttpError)
        throw new KojiError(
          `Could not ${opts.action}: the Koji hub ${this.hubUrl} did not answer (${error.message}); ` +
            'check the hub URL (--koji-url / koji-url) or try again later',
        )
      throw error
    }
  }

  /** One send of a non-idempotent call; an answer that proves nothing comes back as Ambiguous. */
  private async sendOnce(
    prepared: Prepared,
    opts: CallOpts,
  ): Promise<{ response: HttpResponse; value: ParsedAnswer } | Ambiguous> {
    let response: HttpResponse
    try {
      response = await this.send(prepared, opts)
    } catch (error) {
      if (error instanceof KojiError)
        return new Ambiguous(error.message.replace(`Could not ${opts.action}: `, ''))
      throw error
    }
    if (response.status >= 500) return new Ambiguous(`the hub answered HTTP ${response.status}`)
    try {
      return { response, value: this.parse(response, opts) }
    } catch (error) {
      if (response.status === 200 && error instanceof KojiError)
        return new Ambiguous(`the answer was not XML-RPC`)
      throw error
    }
  }

  private taskIdFrom(response: HttpResponse, opts: CallOpts): number {
    const value = this.answer(response, opts)
    if (typeof value !== 'number' || !Number.isInteger(value))
      throw this.notKoji(`build answered ${describe(value)}`, opts.action)
    return value
  }

  /** The newest `build` task of the logged-in user for exactly this source and target, created after `since`. */
  private async findSubmitted(src: string, target: string, since: number): Promise<number | undefined> {
    const owner = this.session?.user?.id
    if (owner === undefined) return undefined
    try {
      const tasks = await this.listTasks(
        { method: 'build', owner, createdAfter: since, decode: true },
        { order: '-id', limit: 50 },
      )
      return tasks.find((t) => Array.isArray(t.request) && t.request[0] === src && t.request[1] === target)
        ?.id
    } catch {
      return undefined
    }
  }

  private parse(response: HttpResponse, opts: CallOpts): ParsedAnswer {
    if (response.status !== 200) {
      // An HTML error page (a proxy's) as its text.
      const excerpt = response.text
        .replace(/<(script|style)[^]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 200)
      const hint =
        response.status >= 500
          ? 'the Koji hub may be having trouble, try again later'
          : `check that ${this.hubUrl} is a Koji hub URL (e.g. https://koji.fedoraproject.org/kojihub)`
      throw new KojiError(
        `Could not ${opts.action}: ${response.url} answered HTTP ${response.status}${excerpt ? ` (${excerpt})` : ''}; ${hint}`,
        undefined,
        undefined,
        response.status,
      )
    }
    try {
      const decoded = decodeMethodResponse(response.text)
      return decoded.ok
        ? { value: decoded.value }
        : { faultCode: decoded.faultCode, faultString: decoded.faultString }
    } catch (error) {
      if (error instanceof XmlRpcError) throw this.notKoji(error.message, opts.action)
      throw error
    }
  }

  private answer(response: HttpResponse, opts: CallOpts): XmlRpcValue {
    const parsed = this.parse(response, opts)
    if (isFaultResponse(parsed)) throw this.faultError(parsed, opts)
    return parsed.value
  }

  private notKoji(what: string, action: string): KojiError {
    return new KojiError(
      `Could not ${action}: ${this.hubUrl} did not answer as a Koji hub (${what}); check that the hub URL is right ` +
        '(e.g. https://koji.fedoraproject.org/kojihub)',
    )
  }

  /** A KojiError that says what failed and how to fix it. */
  private faultError(fault: FaultAnswer, opts: CallOpts): KojiError {
    const { faultCode, faultString } = fault
    const user = this.session?.user?.name
    let explanation: string
    switch (faultCode) {
      case KOJI_FAULTS.AuthError:
      case KOJI_FAULTS.GSSAPIAuthError:
        explanation =
          `Koji refused the login (${faultString}); check the keytab secret and its principal ` +
          '(kinit -k -t <keytab> <user>@FEDORAPROJECT.ORG) and that the principal belongs to a Koji user'
        break
      case KOJI_FAULTS.AuthExpired:
        explanation = `the Koji session expired and logging in again did not help (${faultString}); check the keytab secret`
        break
      case KOJI_FAULTS.ActionNotAllowed:
        explanation = `the Koji account${user ? ` ${user}` : ''} lacks the permission (${faultString}); ask the Koji admins or use an account that may do this`
        break
      case KOJI_FAULTS.ParameterError:
        explanation = `Koji rejected the arguments (${faultString}); this is a bug in srcgit, please report it`
        break
      case KOJI_FAULTS.ServerOffline:
        explanation = `the Koji hub is offline (${faultString}); try again later`
        break
      default:
        if (/Build already exists|already exists/.test(faultString) && faultCode <= KOJI_FAULTS.BuildError)
          explanation = `the NVR is already built (${faultString})`
        else if (/^No such build target: /.test(faultString))
          explanation = `${faultString}; check the dist-git branch's Koji target (koji list-targets)`
        else explanation = faultString
    }
    const name = (Object.keys(KOJI_FAULTS) as (keyof typeof KOJI_FAULTS)[]).find(
      (k) => KOJI_FAULTS[k] === faultCode,
    )
    return new KojiError(
      `Could not ${opts.action}: ${explanation} [Koji fault ${faultCode}${name ? ` ${name}` : ''}]`,
      faultCode,
      faultString,
    )
  }
}

interface FaultAnswer {
  faultCode: number
  faultString: string
}

type ParsedAnswer = { value: XmlRpcValue } | FaultAnswer

function isFaultResponse(answer: ParsedAnswer): answer is FaultAnswer {
  return 'faultCode' in answer
}

/**
 * Faults a fresh login may cure, all raised before the method runs: AuthExpired, AuthError
 * (Packit reopens the session on it), and the one ActionNotAllowed that means "no session"
 * (Packit re-logs in on ActionNotAllowed; any other is a real permission problem, not retried).
 */
function isReloginFault(answer: ParsedAnswer): boolean {
  if (!isFaultResponse(answer)) return false
  return (
    answer.faultCode === KOJI_FAULTS.AuthExpired ||
    answer.faultCode === KOJI_FAULTS.AuthError ||
    (answer.faultCode === KOJI_FAULTS.ActionNotAllowed && /must be logged in/.test(answer.faultString))
  )
}

/** A failure after which the call may or may not have run. */
class Ambiguous {
  constructor(readonly reason: string) {}
}

function describe(value: XmlRpcValue): string {
  if (value === null) return 'nil'
  if (Array.isArray(value)) return 'an array'
  if (isStruct(value)) return 'a struct'
  return `${typeof value} ${JSON.stringify(String(value)).slice(0, 60)}`
}

function asRecord<T>(value: XmlRpcValue, what: string, hub: string): T {
  if (!isStruct(value))
    throw new KojiError(
      `${hub} did not answer as a Koji hub (${what} answered ${describe(value)}); check the hub URL`,
    )
  return value as T
}

function asList<T>(
  value: XmlRpcValue,
  what: string,
  hub: string,
  shaped: (item: XmlRpcStruct) => boolean = () => true,
): T[] {
  if (!Array.isArray(value) || !value.every((item) => isStruct(item) && shaped(item)))
    throw new KojiError(
      `${hub} did not answer as a Koji hub (${what} answered ${describe(value)}, not a list of the structs Koji answers); check the hub URL`,
    )
  return value as T[]
}
