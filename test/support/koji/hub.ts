/**
 * A Koji hub stand-in's state and XML-RPC methods, after kojihub/kojihub.py and kojihub/auth.py:
 * users, header sessions with the call-number rules (SequenceError, RetryError for a repeated
 * number of a committed call), packages, builds, targets, tags, and build tasks whose progress
 * the test drives. What kojid would check when it runs a task (Fedora's SCM policy, an NVR that
 * exists) is checked when the test starts the task, and fails it with the builder's fault, as on
 * the real system: `build()` itself only creates the task.
 *
 * Tags have inheritance (`setInheritance`) and builds have the changelog of their source rpm
 * (`setChangelog`), for listTags, getFullInheritance, listTagged with inherit, and getRPMHeaders.
 *
 * Side tags as the hub plugin plugins/hub/sidetag_hub.py makes them: createSideTag (name
 * `<basetag>-side-<id>`, extra `sidetag`/`sidetag_user`/`sidetag_user_id`, the base tag as its
 * parent, a target of the same name building into it; the `sidetag` policy's limit
 * `sideTagLimit`; suffixes only from `allowedSideTagSuffixes`), listSideTags, removeSideTag and
 * editSideTag's refusal of `extra` to anyone without sidetag_admin/admin. A build's
 * `custom_user_metadata` option is kept as kojid keeps it, in the build's extra.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { decodeArgs, isStruct, type XmlRpcStruct, type XmlRpcValue } from '../../../src/builds/xmlrpc.js'

export const FAULT = {
  GenericError: 1000,
  AuthError: 1002,
  ActionNotAllowed: 1004,
  BuildError: 1005,
  AuthExpired: 1007,
  SequenceError: 1008,
  RetryError: 1009,
  ParameterError: 1019,
} as const

const BUILD_STATE_NAMES = ['BUILDING', 'COMPLETE', 'DELETED', 'FAILED', 'CANCELED'] as const
const TASK_STATE = { FREE: 0, OPEN: 1, CLOSED: 2, CANCELED: 3, ASSIGNED: 4, FAILED: 5 } as const

/** A Koji fault raised by a method; the server turns it into a fault response. */
export class HubFault extends Error {
  constructor(
    readonly faultCode: number,
    readonly faultString: string,
  ) {
    super(faultString)
  }
}

export interface HubUser {
  id: number
  name: string
  krb_principal: string
}

export interface HubSession {
  id: number
  key: string
  userId: number
  expired: boolean
  /** The last committed call number (Koji's sessions.callnum). */
  callnum: number | null
}

export interface HubBuild {
  build_id: number
  package_id: number
  name: string
  version: string
  release: string
  epoch: number | null
  state: number
  task_id: number | null
  owner_id: number
  owner_name: string
  completion_time: string | null
  /**
   * The SCM URL the build was made from with the commit resolved (kojid's SCM.get_source(),
   * stored by initBuild): `git+https://src.fedoraproject.org/rpms/hello.git#<sha>`; null for
   * imports and SRPM builds, as Koji's build.source.
   */
  source: string | null
  /** The URL the build was asked for, when it was an SCM build (extra.source.original_url). */
  originalUrl?: string
  /** The build option custom_user_metadata (extra.custom_user_metadata). */
  customUserMetadata?: XmlRpcStruct
}

export interface HubTask {
  id: number
  method: string
  owner: number
  state: number
  request: XmlRpcValue[]
  create_ts: number
  /** A fault for FAILED tasks, else the result value. */
  result?: { fault: HubFault } | { value: XmlRpcValue }
  buildId?: number
}

/** One changelog entry as rpm stores it: `name` is the header text after the date. */
export interface HubChangelogEntry {
  time: number
  name: string
  text: string
}

export interface CallRecord {
  method: string
  path: string
  user?: string
  callnum?: number
  faultCode?: number
}

/** Authenticates an sslLogin request (what mod_auth_gssapi does): the principal, or undefined for 401. */
export type Authenticator = (req: IncomingMessage) => string | undefined

/** Methods that commit (their call number is then stored, as Koji stores it with the commit). */
const COMMITTING = new Set(['build', 'createSideTag', 'removeSideTag', 'editSideTag'])
/** Methods an expired session may still call (kojihub/auth.py AUTH_METHODS). */
const AUTH_METHODS = new Set(['login', 'sslLogin', 'logout', 'logoutChild', 'subsession'])

export class KojiHubState {
  readonly users: HubUser[] = []
  readonly sessions = new Map<number, HubSession>()
  readonly packages = new Map<string, number>()
  readonly builds: HubBuild[] = []
  readonly targets = new Map<string, { id: number; build_tag_name: string; dest_tag_name: string }>()
  readonly tags = new Map<string, { id: number; builds: number[]; extra?: XmlRpcStruct }>()
  /** The side-tag plugin's `sidetag` policy: how many side tags one user may have. */
  sideTagLimit = Infinity
  /** sidetag.conf allowed_suffixes. */
  allowedSideTagSuffixes: string[] = []
  /** Each tag's direct parents, by priority (Koji's tag_inheritance). */
  readonly inheritance = new Map<string, string[]>()
  /** Active tag listings in the order they were made (Koji's tag_listing). */
  readonly listings: { tag: string; buildId: number }[] = []
  /** The changelog of each build's source rpm, newest entry first as rpm keeps it, nvr → entries. */
  readonly changelogs = new Map<string, HubChangelogEntry[]>()
  /** Builds whose source rpm file is gone from /mnt/koji (getRPMHeaders: "Missing rpm file"). */
  readonly missingRpmFiles = new Set<string>()
  readonly tasks = new Map<number, HubTask>()
  readonly calls: CallRecord[] = []
  /** Negotiate tokens the test accepts, token → principal (the default Authenticator). */
  readonly tokens = new Map<string, string>()
  /** What building each source yields (the NVR from its spec), src → nvr. */
  readonly sources = new Map<string, string>()
  /** Hosts Fedora's build_from_scm policy allows for /rpms/*. */
  allowedScmHosts = ['src.fedoraproject.org', 'pkgs.fedoraproject.org']
  /** When set, `build` answers ActionNotAllowed with this text (a hub policy refusing the user). */
  buildRefusal?: string
  authenticate: Authenticator = (req) => {
    const header = req.headers.authorization ?? ''
    const m = /^Negotiate\s+(\S+)$/i.exec(header)
    return m ? this.tokens.get(m[1]) : undefined
  }
  private nextId = { user: 1, session: 100, package: 1, build: 1, target: 1, tag: 1, task: 1000 }

  // --- test setup ---------------------------------------------------------------------------

  addUser(name: string, principal = `${name}@FEDORAPROJECT.ORG`): HubUser {
    const user = { id: this.nextId.user++, name, krb_principal: principal }
    this.users.push(user)
    return user
  }

  /** Accepts `Authorization: Negotiate <token>` as this principal. */
  acceptToken(token: string, principal: string): void {
    this.tokens.set(token, principal)
  }

  addPackage(name: string): number {
    let id = this.packages.get(name)
    if (id === undefined) this.packages.set(name, (id = this.nextId.package++))
    return id
  }

  addTag(name: string): void {
    if (!this.tags.has(name)) this.tags.set(name, { id: this.nextId.tag++, builds: [] })
  }

  addTarget(name: string, buildTag: string, destTag: string): void {
    this.addTag(buildTag)
    this.addTag(destTag)
    this.targets.set(name, { id: this.nextId.target++, build_tag_name: buildTag, dest_tag_name: destTag })
  }

  /** A build made elsewhere (by hand, earlier), optionally tagged. */
  addBuild(
    nvr: string,
    opts: {
      state?: (typeof BUILD_STATE_NAMES)[number]
      owner?: string
      tag?: string
      taskId?: number
      /** The SCM source (git+URL#sha) of a build made from dist-git; default none (an import). */
      source?: string
    } = {},
  ): HubBuild {
    const { name, version, release } = splitNvr(nvr)
    const owner =
      this.users.find((u) => u.name === (opts.owner ?? 'packager')) ?? this.addUser(opts.owner ?? 'packager')
    const state = BUILD_STATE_NAMES.indexOf(opts.state ?? 'COMPLETE')
    const build: HubBuild = {
      build_id: this.nextId.build++,
      package_id: this.addPackage(name),
      name,
      version,
      release,
      epoch: null,
      state,
      task_id: opts.taskId ?? null,
      owner_id: owner.id,
      owner_name: owner.name,
      completion_time: state === 0 ? null : new Date().toISOString().replace('T', ' ').slice(0, 19),
      source: opts.source ?? null,
      ...(opts.source ? { originalUrl: opts.source } : {}),
    }
    this.builds.push(build)
    if (opts.tag) this.tagBuild(opts.tag, build.build_id)
    return build
  }

  tagBuild(tag: string, buildId: number): void {
    this.addTag(tag)
    const builds = this.tags.get(tag)!.builds
    if (!builds.includes(buildId)) {
      builds.push(buildId)
      this.listings.push({ tag, buildId })
    }
  }

  untagBuild(tag: string, buildId: number): void {
    const entry = this.tags.get(tag)
    if (entry) entry.builds = entry.builds.filter((id) => id !== buildId)
    const i = this.listings.findIndex((l) => l.tag === tag && l.buildId === buildId)
    if (i >= 0) this.listings.splice(i, 1)
  }

  /**
   * The tag's direct parents, highest priority first (priorities 0, 10, 20, ...), replacing
   * any it had. Fedora's chain is f43-updates-candidate → f43-updates → f43; giving a tag all of
   * its ancestors as direct parents reads the same through getFullInheritance.
   */
  setInheritance(tag: string, parents: string[]): void {
    this.addTag(tag)
    for (const parent of parents) this.addTag(parent)
    this.inheritance.set(tag, [...parents])
  }

  /** The changelog of the build's source rpm, newest entry first (as rpm stores it). */
  setChangelog(nvr: string, entries: HubChangelogEntry[]): void {
    this.changelogs.set(
      nvr,
      entries.map((e) => ({ ...e })),
    )
  }

  /** Marks every session of the user expired (Koji's SessionRenewalTimeout passing). */
  expireSessions(): void {
    for (const session of this.sessions.values()) session.expired = true
  }

  /**
   * The builder takes the task: OPEN, then the checks kojid makes (target, SCM policy, NVR
   * free); a failed check fails the task with the builder's fault. Otherwise the build record
   * exists now, BUILDING.
   */
  startTask(id: number): HubTask {
    const task = this.task(id)
    if (task.state !== TASK_STATE.FREE) return task
    task.state = TASK_STATE.OPEN
    try {
      this.runChecks(task)
    } catch (error) {
      if (!(error instanceof HubFault)) throw error
      task.state = TASK_STATE.FAILED
      task.result = { fault: error }
    }
    return task
  }

  /** Ends the task; CLOSED completes its build and tags it into the target's destination tag. */
  finishTask(id: number, state: 'CLOSED' | 'FAILED' | 'CANCELED'): HubTask {
    const task = this.startTask(id)
    if (task.state !== TASK_STATE.OPEN) return task
    const build = this.builds.find((b) => b.build_id === task.buildId)
    const [, target, opts] = task.request as [string, string, XmlRpcStruct | null | undefined]
    task.state = TASK_STATE[state]
    if (state === 'CLOSED') {
      task.result = { value: build ? { brootid: 1, build_id: build.build_id } : {} }
      if (build) {
        build.state = 1
        build.completion_time = new Date().toISOString().replace('T', ' ').slice(0, 19)
        if (!opts?.skip_tag && !opts?.scratch)
          this.tagBuild(this.targets.get(target)!.dest_tag_name, build.build_id)
      }
    } else {
      task.result = {
        fault: new HubFault(
          FAULT.BuildError,
          `error building package (arch x86_64), mock exited with status 1`,
        ),
      }
      if (build) build.state = state === 'FAILED' ? 3 : 4
    }
    return task
  }

  // --- XML-RPC -------------------------------------------------------------------------------

  /** Runs one call; throws HubFault for a Koji fault. `status` is set for an HTTP-level refusal. */
  dispatch(req: IncomingMessage, path: string, method: string, params: XmlRpcValue[]): XmlRpcValue {
    const record: CallRecord = { method, path }
    this.calls.push(record)
    try {
      const session = this.sessionOf(req, method, record)
      if (method === 'sslLogin') return this.sslLogin(req, path, session)
      const value = this.method(method, params, session)
      // Koji stores the call number with the call's own commit, so only calls that changed data count.
      if (session && COMMITTING.has(method) && record.callnum !== undefined) session.callnum = record.callnum
      return value
    } catch (error) {
      if (error instanceof HubFault) record.faultCode = error.faultCode
      throw error
    }
  }

  private sessionOf(req: IncomingMessage, method: string, record: CallRecord): HubSession | undefined {
    const id = req.headers['koji-session-id']
    if (typeof id !== 'string') return undefined
    const key = req.headers['koji-session-key']
    const session = this.sessions.get(Number(id))
    if (!session || session.key !== key)
      throw new HubFault(FAULT.AuthError, 'Invalid session or bad credentials')
    record.user = this.users.find((u) => u.id === session.userId)?.name
    if (session.expired && !AUTH_METHODS.has(method))
      throw new HubFault(FAULT.AuthExpired, `session "${session.id}" has expired`)
    const raw = req.headers['koji-session-callnum']
    if (typeof raw === 'string') {
      const callnum = Number(raw)
      if (!Number.isInteger(callnum)) throw new HubFault(FAULT.AuthError, `Invalid callnum: '${raw}'`)
      record.callnum = callnum
      if (session.callnum !== null) {
        if (session.callnum > callnum)
          throw new HubFault(FAULT.SequenceError, `${session.callnum} > ${callnum} (session ${session.id})`)
        if (session.callnum === callnum)
          throw new HubFault(
            FAULT.RetryError,
            `unable to retry call ${callnum} (method ${method}) for session ${session.id}`,
          )
      }
    }
    return session
  }

  private sslLogin(req: IncomingMessage, path: string, session: HubSession | undefined): XmlRpcValue {
    if (!path.endsWith('/ssllogin')) throw new HubFault(FAULT.AuthError, 'could not verify client: None')
    if (session) throw new HubFault(FAULT.AuthError, 'Already logged in')
    const principal = this.authenticate(req)
    if (!principal) throw new Unauthorized()
    const user = this.users.find((u) => u.krb_principal === principal)
    if (!user) throw new HubFault(FAULT.AuthError, `Unknown user: ${principal}`)
    const created: HubSession = {
      id: this.nextId.session++,
      key: `${user.id}-${randomBytes(10).toString('hex')}`,
      userId: user.id,
      expired: false,
      callnum: null,
    }
    this.sessions.set(created.id, created)
    return { 'session-id': created.id, 'session-key': created.key, 'header-auth': true }
  }

  private method(method: string, params: XmlRpcValue[], session: HubSession | undefined): XmlRpcValue {
    const { args, kwargs } = decodeArgs(params)
    const arg = (i: number, name: string): XmlRpcValue | undefined =>
      i < args.length ? args[i] : kwargs[name]
    const want = (n: number, names: string[]): void => {
      if (args.length > names.length)
        throw new HubFault(
          FAULT.ParameterError,
          `${method}() takes at most ${names.length} arguments (${args.length} given)`,
        )
      for (const name of names.slice(0, n))
        if (arg(names.indexOf(name), name) === undefined)
          throw new HubFault(
            FAULT.ParameterError,
            `${method}() missing 1 required positional argument: '${name}'`,
          )
      for (const name of Object.keys(kwargs))
        if (!names.includes(name))
          throw new HubFault(FAULT.ParameterError, `${method}() got an unexpected keyword argument '${name}'`)
    }
    switch (method) {
      case 'getLoggedInUser': {
        want(0, [])
        const user = session && this.users.find((u) => u.id === session.userId)
        return user
          ? { ...user, status: 0, usertype: 0, krb_principals: [user.krb_principal], authtype: 2 }
          : null
      }
      case 'getPackageID':
        want(1, ['name', 'strict'])
        return this.packages.get(String(arg(0, 'name'))) ?? null
      case 'getBuild': {
        want(1, ['buildInfo', 'strict'])
        const info = arg(0, 'buildInfo')
        const build = this.builds.find((b) =>
          typeof info === 'number' ? b.build_id === info : nvrOf(b) === info,
        )
        if (!build && arg(1, 'strict'))
          throw new HubFault(FAULT.GenericError, `No such build: '${String(info)}'`)
        return build ? buildJson(build) : null
      }
      case 'listBuilds': {
        // kojihub list_builds: `source` and `pattern` are globs (ILIKE), queryOpts order/limit.
        want(0, [
          'packageID',
          'userID',
          'taskID',
          'prefix',
          'state',
          'volumeID',
          'source',
          'queryOpts',
          'pattern',
        ])
        const source = kwargs.source == null ? undefined : globRegExp(String(kwargs.source))
        const pattern = kwargs.pattern == null ? undefined : globRegExp(String(kwargs.pattern))
        const query = (isStruct(kwargs.queryOpts) ? kwargs.queryOpts : {}) as XmlRpcStruct
        let builds = this.builds.filter(
          (b) =>
            (kwargs.packageID == null || b.package_id === kwargs.packageID) &&
            (kwargs.userID == null || b.owner_id === kwargs.userID) &&
            (kwargs.taskID == null || b.task_id === kwargs.taskID) &&
            (kwargs.state == null || b.state === kwargs.state) &&
            (source === undefined || (b.source !== null && source.test(b.source))) &&
            (pattern === undefined || pattern.test(nvrOf(b))),
        )
        const order = typeof query.order === 'string' ? query.order : undefined
        if (order === '-build_id' || order === '-id')
          builds = [...builds].sort((a, b) => b.build_id - a.build_id)
        else if (order !== undefined && order !== 'build_id' && order !== 'id')
          throw new HubFault(FAULT.GenericError, `listBuilds order ${order} is not in the stand-in`)
        if (typeof query.limit === 'number') builds = builds.slice(0, query.limit)
        return builds.map(buildJson)
      }
      case 'getBuildTarget': {
        want(1, ['info', 'event', 'strict'])
        const name = String(arg(0, 'info'))
        const target = this.targets.get(name)
        if (!target) {
          if (arg(2, 'strict')) throw new HubFault(FAULT.GenericError, `No such build target: ${name}`)
          return null
        }
        return {
          id: target.id,
          name,
          build_tag: this.tags.get(target.build_tag_name)!.id,
          build_tag_name: target.build_tag_name,
          dest_tag: this.tags.get(target.dest_tag_name)!.id,
          dest_tag_name: target.dest_tag_name,
        }
      }
      case 'listTagged': {
        want(1, [
          'tag',
          'event',
          'inherit',
          'prefix',
          'latest',
          'package',
          'owner',
          'type',
          'strict',
          'extra',
          'draft',
        ])
        // kojihub listTagged → readTaggedBuilds: COMPLETE builds only; per tag the most recently
        // tagged first; with inherit the tag's full inheritance follows; `latest` (True or N)
        // keeps the first (N) of each package over the whole list.
        const name = String(arg(0, 'tag'))
        const tag = this.tags.get(name)
        if (!tag) {
          if ((arg(8, 'strict') ?? true) === false) return []
          throw new HubFault(FAULT.GenericError, `No such tagInfo: '${name}'`)
        }
        const taglist = [name]
        if (arg(2, 'inherit')) taglist.push(...this.fullInheritance(name).map((l) => String(l.name)))
        const latest = arg(4, 'latest')
        const limit = typeof latest === 'number' ? latest : latest ? 1 : Infinity
        const pkg = arg(5, 'package')
        const owner = arg(6, 'owner')
        const prefix = arg(3, 'prefix')
        const seen = new Map<number, number>()
        const result: XmlRpcStruct[] = []
        for (const tagName of taglist) {
          const entry = this.tags.get(tagName)!
          for (const id of [...entry.builds].reverse()) {
            const b = this.builds.find((o) => o.build_id === id)!
            if (b.state !== 1) continue
            if (pkg != null && b.name !== pkg) continue
            if (owner != null && b.owner_name !== owner) continue
            if (
              typeof prefix === 'string' &&
              prefix &&
              !b.name.toLowerCase().startsWith(prefix.toLowerCase())
            )
              continue
            const count = seen.get(b.package_id) ?? 0
            if (count >= limit) continue
            seen.set(b.package_id, count + 1)
            // readTaggedBuilds selects build.extra only with extra=True.
            const { extra, ...fields } = buildJson(b)
            result.push({
              ...fields,
              ...(arg(9, 'extra') ? { extra } : {}),
              tag_name: tagName,
              tag_id: entry.id,
            })
          }
        }
        return result
      }
      case 'listTags': {
        // kojihub list_tags: with build, the tags it is tagged into (no ORDER BY in Koji; here
        // the order of tagging); an unknown build is "No such build: <build>".
        want(0, ['build', 'package', 'perms', 'queryOpts', 'pattern'])
        const build = arg(0, 'build')
        const pkg = arg(1, 'package')
        if (build != null && pkg != null)
          throw new HubFault(FAULT.GenericError, 'only one of build and package may be specified')
        const perms = arg(2, 'perms') ?? true
        let names = [...this.tags.keys()]
        if (build != null) {
          const b = this.builds.find((o) =>
            typeof build === 'number' ? o.build_id === build : nvrOf(o) === build,
          )
          if (!b) throw new HubFault(FAULT.GenericError, `No such build: ${String(build)}`)
          names = this.listings.filter((l) => l.buildId === b.build_id).map((l) => l.tag)
        } else if (pkg != null)
          throw new HubFault(FAULT.GenericError, 'listTags(package=) is not in the stand-in')
        return names.map((n) => ({
          id: this.tags.get(n)!.id,
          name: n,
          arches: null,
          locked: false,
          maven_support: false,
          maven_include_all: false,
          ...(perms ? { perm_id: null, perm: null } : {}),
        }))
      }
      case 'getFullInheritance': {
        want(1, ['tag', 'event', 'reverse', 'stops', 'jumps'])
        for (const option of ['stops', 'jumps'])
          if (kwargs[option])
            throw new HubFault(FAULT.ParameterError, `${option} option has been removed since 1.26`)
        const info = arg(0, 'tag')
        const name =
          typeof info === 'number'
            ? [...this.tags].find(([, t]) => t.id === info)?.[0]
            : this.tags.has(String(info))
              ? String(info)
              : undefined
        if (name === undefined) {
          if (typeof info === 'number') return []
          throw new HubFault(FAULT.GenericError, `No such entry in table tag: ${String(info)}`)
        }
        return this.fullInheritance(name, Boolean(arg(2, 'reverse')))
      }
      case 'getRPMHeaders':
        want(0, ['rpmID', 'taskID', 'filepath', 'headers', 'strict'])
        return this.rpmHeaders(
          arg(0, 'rpmID'),
          arg(1, 'taskID'),
          arg(2, 'filepath'),
          arg(3, 'headers'),
          Boolean(arg(4, 'strict')),
        )
      case 'getTaskInfo': {
        want(1, ['task_id', 'request', 'strict'])
        const task = this.tasks.get(Number(arg(0, 'task_id')))
        if (!task) {
          if (arg(2, 'strict'))
            throw new HubFault(FAULT.GenericError, `No such task: ${String(arg(0, 'task_id'))}`)
          return null
        }
        return taskJson(task, Boolean(arg(1, 'request')))
      }
      case 'getTaskResult': {
        want(1, ['taskId', 'raise_fault'])
        const task = this.tasks.get(Number(arg(0, 'taskId')))
        if (!task) throw new HubFault(FAULT.GenericError, 'No such task')
        if (task.state === TASK_STATE.CANCELED)
          throw new HubFault(FAULT.GenericError, `Task ${task.id} is canceled`)
        if (task.state !== TASK_STATE.CLOSED && task.state !== TASK_STATE.FAILED)
          throw new HubFault(FAULT.GenericError, `Task ${task.id} is not finished`)
        if (task.result && 'fault' in task.result) throw task.result.fault
        return task.result?.value ?? null
      }
      case 'listTasks': {
        want(0, ['opts', 'queryOpts'])
        const opts = (isStruct(arg(0, 'opts')) ? arg(0, 'opts') : {}) as XmlRpcStruct
        const query = (isStruct(arg(1, 'queryOpts')) ? arg(1, 'queryOpts') : {}) as XmlRpcStruct
        let tasks = [...this.tasks.values()].filter(
          (t) =>
            (opts.method == null || t.method === opts.method) &&
            (opts.owner == null || t.owner === opts.owner) &&
            (typeof opts.createdAfter !== 'number' || t.create_ts > opts.createdAfter),
        )
        if (query.order === '-id') tasks = tasks.sort((a, b) => b.id - a.id)
        if (typeof query.limit === 'number') tasks = tasks.slice(0, query.limit)
        return tasks.map((t) => taskJson(t, true))
      }
      case 'getTag': {
        want(1, ['tagInfo', 'strict', 'event', 'blocked'])
        const name = this.tagName(arg(0, 'tagInfo'))
        if (name === undefined) {
          if (arg(1, 'strict'))
            throw new HubFault(FAULT.GenericError, `No such tagInfo: ${pyRepr(arg(0, 'tagInfo'))}`)
          return null
        }
        const tag = this.tags.get(name)!
        return {
          id: tag.id,
          name,
          arches: '',
          locked: false,
          maven_include_all: false,
          maven_support: false,
          perm: null,
          perm_id: null,
          extra: { ...(tag.extra ?? {}) },
        }
      }
      case 'createSideTag': {
        want(1, ['basetag', 'debuginfo', 'suffix'])
        const suffix = arg(2, 'suffix')
        if (suffix && !this.allowedSideTagSuffixes.includes(String(suffix)))
          throw new HubFault(FAULT.GenericError, `${String(suffix)} suffix is not allowed for sidetag`)
        const user = this.loggedIn(session)
        const base = this.tagName(arg(0, 'basetag'))
        if (base === undefined)
          throw new HubFault(FAULT.GenericError, `No such tagInfo: ${pyRepr(arg(0, 'basetag'))}`)
        const owned = [...this.tags.values()].filter((t) => t.extra?.sidetag_user_id === user.id).length
        if (owned >= this.sideTagLimit)
          throw new HubFault(FAULT.ActionNotAllowed, 'policy violation (sidetag)')
        const name = `${base}-side-${this.nextId.tag}${suffix ? `-${String(suffix)}` : ''}`
        this.addTag(name)
        const extra: XmlRpcStruct = { sidetag: true, sidetag_user: user.name, sidetag_user_id: user.id }
        if (arg(1, 'debuginfo')) extra.with_debuginfo = true
        this.tags.get(name)!.extra = extra
        this.inheritance.set(name, [base])
        this.addTarget(name, name, name)
        return { name, id: this.tags.get(name)!.id, task_id: null, request: null }
      }
      case 'listSideTags': {
        want(0, ['basetag', 'user', 'queryOpts'])
        const userInfo = arg(1, 'user')
        let userId: number | undefined
        if (userInfo != null) {
          const user = this.users.find((u) =>
            typeof userInfo === 'number' ? u.id === userInfo : u.name === userInfo,
          )
          if (!user) throw new HubFault(FAULT.GenericError, `No such user: ${pyRepr(userInfo)}`)
          userId = user.id
        }
        const baseInfo = arg(0, 'basetag')
        const base = baseInfo == null ? undefined : this.tagName(baseInfo)
        if (baseInfo != null && base === undefined)
          throw new HubFault(FAULT.GenericError, `No such tagInfo: ${pyRepr(baseInfo)}`)
        return [...this.tags]
          .filter(
            ([name, t]) =>
              t.extra?.sidetag === true &&
              (userId === undefined || t.extra.sidetag_user_id === userId) &&
              (base === undefined || (this.inheritance.get(name) ?? []).includes(base)),
          )
          .map(([name, t]) => ({
            id: t.id,
            name,
            // tag_extra values are text in Koji's table: te2.value as stored.
            user_id: String(t.extra!.sidetag_user_id),
            user_name: String(t.extra!.sidetag_user),
          }))
      }
      case 'removeSideTag':
      case 'editSideTag': {
        if (method === 'removeSideTag') want(1, ['sidetag'])
        else want(1, ['sidetag', 'debuginfo', 'rpm_macros', 'remove_rpm_macros', 'extra', 'remove_extra'])
        const user = this.loggedIn(session)
        const name = this.tagName(arg(0, 'sidetag'))
        if (name === undefined)
          throw new HubFault(FAULT.GenericError, `No such tagInfo: ${pyRepr(arg(0, 'sidetag'))}`)
        const tag = this.tags.get(name)!
        if (!tag.extra?.sidetag) throw new HubFault(FAULT.GenericError, `Not a sidetag: ${name}`)
        if (tag.extra.sidetag_user_id !== user.id)
          throw new HubFault(FAULT.ActionNotAllowed, 'This is not your sidetag')
        if (method === 'editSideTag') {
          if (arg(4, 'extra') != null || arg(5, 'remove_extra') != null)
            throw new HubFault(
              FAULT.GenericError,
              'Extra can be modified only with sidetag_admin or admin permissions.',
            )
          throw new HubFault(FAULT.GenericError, 'editSideTag beyond extra is not in the stand-in')
        }
        this.targets.delete(name)
        this.tags.delete(name)
        this.inheritance.delete(name)
        for (let i = this.listings.length - 1; i >= 0; i--)
          if (this.listings[i].tag === name) this.listings.splice(i, 1)
        return null
      }
      case 'build': {
        want(2, ['src', 'target', 'opts', 'priority', 'channel'])
        if (!session) throw new HubFault(FAULT.ActionNotAllowed, 'you must be logged in for this operation')
        const opts = arg(2, 'opts')
        if (opts != null && !isStruct(opts))
          throw new HubFault(FAULT.ParameterError, `Invalid type of opts: ${typeof opts}`)
        if (this.buildRefusal) throw new HubFault(FAULT.ActionNotAllowed, this.buildRefusal)
        if (arg(3, 'priority') != null)
          throw new HubFault(FAULT.ActionNotAllowed, 'only admins may create high-priority tasks')
        const id = this.nextId.task++
        this.tasks.set(id, {
          id,
          method: 'build',
          owner: session.userId,
          state: TASK_STATE.FREE,
          request: [arg(0, 'src') ?? null, arg(1, 'target') ?? null, opts ?? null],
          create_ts: Date.now() / 1000,
        })
        return id
      }
      default:
        throw new HubFault(FAULT.GenericError, `Invalid method: ${method}`)
    }
  }

  /** A tag's name from its name or id (get_tag's tagInfo). */
  private tagName(info: XmlRpcValue | undefined): string | undefined {
    if (typeof info === 'number') return [...this.tags].find(([, t]) => t.id === info)?.[0]
    return typeof info === 'string' && this.tags.has(info) ? info : undefined
  }

  /** context.session.assertLogin() and the user. */
  private loggedIn(session: HubSession | undefined): HubUser {
    if (!session) throw new HubFault(FAULT.ActionNotAllowed, 'you must be logged in for this operation')
    return this.users.find((u) => u.id === session.userId)!
  }

  /**
   * readFullInheritance: depth first, by priority, each tag once, loops pruned; links carry the
   * parent's name (reverse: the child's) as Koji's query joins it.
   */
  private fullInheritance(tag: string, reverse = false): XmlRpcStruct[] {
    const order: XmlRpcStruct[] = []
    const seen = new Set<string>()
    const walk = (current: string, top: Set<string>, depth: number): void => {
      const links = reverse
        ? [...this.inheritance].filter(([, parents]) => parents.includes(current)).map(([child]) => child)
        : (this.inheritance.get(current) ?? [])
      for (const next of links) {
        if (top.has(next) || seen.has(next)) continue
        seen.add(next)
        const parents = this.inheritance.get(reverse ? next : current) ?? []
        const parent = reverse ? current : next
        const child = reverse ? next : current
        order.push({
          ...(reverse ? { tag_id: this.tags.get(child)!.id } : {}),
          parent_id: this.tags.get(parent)!.id,
          name: next,
          priority: parents.indexOf(parent) * 10,
          maxdepth: null,
          intransitive: false,
          noconfig: false,
          pkg_filter: '',
          ...(reverse ? {} : { child_id: this.tags.get(child)!.id }),
          nextdepth: null,
          currdepth: depth,
          filter: [],
        })
        walk(next, new Set([...top, next]), depth + 1)
      }
    }
    walk(tag, new Set([tag]), 1)
    return order
  }

  /**
   * kojihub getRPMHeaders + koji.get_header_fields: the source rpm `<nvr>.src` of a COMPLETE
   * build (binary rpms are not in the stand-in). Array tags (the changelog) are lists whatever
   * their length, as rpm's Python binding gives them since rpm 4.6; an unknown header field is a
   * fault whatever `strict` says; nonprintable characters are removed (fixEncodingRecurse).
   */
  private rpmHeaders(
    rpmID: XmlRpcValue | undefined,
    taskID: XmlRpcValue | undefined,
    filepath: XmlRpcValue | undefined,
    headers: XmlRpcValue | undefined,
    strict: boolean,
  ): XmlRpcValue {
    const missing = (message: string): XmlRpcValue => {
      if (strict) throw new HubFault(FAULT.GenericError, message)
      return {}
    }
    if (!rpmID) {
      if (!taskID)
        throw new HubFault(FAULT.GenericError, 'either rpmID or taskID and filepath must be specified')
      if (!filepath) throw new HubFault(FAULT.GenericError, 'filepath must be specified with taskID')
      return missing(`Missing rpm file: /mnt/koji/work/tasks/${String(taskID)}/${String(filepath)}`)
    }
    const key = String(rpmID)
    if (typeof rpmID === 'number' || /^\d+$/.test(key)) return missing(`No such rpm: {'id': ${key}}`)
    const nvra = parseNvra(key)
    const nvr = `${nvra.name}-${nvra.version}-${nvra.release}`
    const build = this.builds.find((b) => nvrOf(b) === nvr && (b.state === 1 || b.state === 2))
    if (!build || nvra.arch !== 'src' || (nvra.epoch !== '' && nvra.epoch !== String(build.epoch)))
      return missing(`No such rpm: ${nvra.repr}`)
    if (build.state === 2) return missing(`Build ${nvr} is deleted`)
    if (this.missingRpmFiles.has(nvr))
      return missing(
        `Missing rpm file: /mnt/koji/packages/${build.name}/${build.version}/${build.release}/src/${nvr}.src.rpm`,
      )
    const changelog = this.changelogs.get(nvr) ?? []
    const fields: Record<string, XmlRpcValue> = {
      NAME: build.name,
      VERSION: build.version,
      RELEASE: build.release,
      EPOCH: build.epoch,
      CHANGELOGTIME: changelog.map((e) => e.time),
      CHANGELOGNAME: changelog.map((e) => printable(e.name)),
      CHANGELOGTEXT: changelog.map((e) => printable(e.text)),
    }
    const names = Array.isArray(headers) ? headers.map(String) : Object.keys(fields)
    const result: XmlRpcStruct = {}
    for (const name of names) {
      const upper = name.toUpperCase()
      if (!(upper in fields)) throw new HubFault(FAULT.GenericError, `No such rpm header field: ${upper}`)
      result[name] = fields[upper]
    }
    return result
  }

  private task(id: number): HubTask {
    const task = this.tasks.get(id)
    if (!task) throw new Error(`no task ${id} on the Koji stand-in`)
    return task
  }

  /** What kojid checks before it makes the build record. */
  private runChecks(task: HubTask): void {
    const [src, target, opts] = task.request as [string, string, XmlRpcStruct | null]
    if (!this.targets.has(target)) throw new HubFault(FAULT.GenericError, `No such build target: ${target}`)
    // http too: the dist-git stand-ins serve plain http on loopback (Fedora's are https).
    const m = /^git\+https?:\/\/([^/?#]+)(\/[^?#]*)(?:\?[^#]*)?#(.*)$/.exec(src)
    if (!m) throw new HubFault(FAULT.GenericError, `Invalid SCM URL: ${src}`)
    const [, host, repository, ref] = m
    const scratch = Boolean(opts?.scratch)
    if (!this.allowedScmHosts.includes(host) || (!scratch && !/^\/rpms\/[^/]+\.git$/.test(repository)))
      throw new HubFault(FAULT.BuildError, `SCM: ${host}:${repository} is not allowed, reason: None`)
    if (!/^[0-9a-f]{40}$/.test(ref))
      throw new HubFault(
        FAULT.BuildError,
        `SCM: ${host}:${repository} is not allowed, reason: only full commit hashes`,
      )
    const nvr = this.sources.get(src)
    if (!nvr) return
    // What kojid stores: the checkout's URL (urlunsplit drops an empty query) and `git rev-parse HEAD`.
    const resolved = src.replace(/\?(?=#)/, '').replace(/#.*$/, `#${ref.toLowerCase()}`)
    const { name, version, release } = splitNvr(nvr)
    const old = this.builds.find((b) => nvrOf(b) === nvr)
    if (old && old.state === 0)
      throw new HubFault(FAULT.GenericError, `Build already in progress (task ${old.task_id})`)
    if (old && old.state !== 3 && old.state !== 4)
      throw new HubFault(
        FAULT.GenericError,
        `Build already exists (id=${old.build_id}, state=${BUILD_STATE_NAMES[old.state]}): {'name': '${name}', 'version': '${version}', 'release': '${release}', 'epoch': None, 'state': 0, 'task_id': ${task.id}}`,
      )
    const custom = opts?.custom_user_metadata
    if (custom != null && !isStruct(custom))
      throw new HubFault(FAULT.BuildError, 'custom_user_metadata must be serializable to a JSON object')
    if (scratch) return
    const owner = this.users.find((u) => u.id === task.owner)!
    if (old) {
      Object.assign(old, {
        state: 0,
        task_id: task.id,
        owner_id: owner.id,
        owner_name: owner.name,
        completion_time: null,
        source: resolved,
        originalUrl: src,
        ...(custom ? { customUserMetadata: custom } : {}),
      })
      task.buildId = old.build_id
    } else {
      const build = this.addBuild(nvr, {
        state: 'BUILDING',
        owner: owner.name,
        taskId: task.id,
        source: resolved,
      })
      if (custom) build.customUserMetadata = custom
      task.buildId = build.build_id
    }
  }
}

/** mod_auth_gssapi's answer without an acceptable Negotiate token. */
export class Unauthorized extends Error {}

function splitNvr(nvr: string): { name: string; version: string; release: string } {
  const m = /^(.+)-([^-]+)-([^-]+)$/.exec(nvr)
  if (!m) throw new Error(`not an NVR: ${nvr}`)
  return { name: m[1], version: m[2], release: m[3] }
}

/** koji.parse_NVRA, with the repr of its dict that "No such rpm: %r" prints. */
function parseNvra(value: string): {
  name: string
  version: string
  release: string
  epoch: string
  arch: string
  repr: string
} {
  const [head, location] = value.split(/@(.*)/s)
  const nvra = head.endsWith('.rpm') ? head.slice(0, -4) : head
  const invalid = (what: string): HubFault => new HubFault(FAULT.GenericError, `invalid format: ${what}`)
  const p3 = nvra.lastIndexOf('.')
  if (p3 === -1 || p3 === nvra.length - 1) throw invalid(nvra)
  const arch = nvra.slice(p3 + 1)
  const nvr = nvra.slice(0, p3)
  const p2 = nvr.lastIndexOf('-')
  if (p2 === -1 || p2 === nvr.length - 1) throw invalid(nvr)
  const p1 = nvr.lastIndexOf('-', p2 - 1)
  if (p1 === -1 || p1 === p2 - 1) throw invalid(nvr)
  let name = nvr.slice(0, p1)
  let epoch = ''
  const colon = name.indexOf(':')
  if (colon !== -1) [epoch, name] = [name.slice(0, colon), name.slice(colon + 1)]
  const version = nvr.slice(p1 + 1, p2)
  const release = nvr.slice(p2 + 1)
  // Python's str repr: single quotes unless the text has ' and no ".
  const q = (s: string): string => {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
    const body = s.replace(/\\/g, '\\\\').replace(quote === "'" ? /'/g : /(?!)/g, "\\'")
    return quote + body + quote
  }
  const repr =
    `{'release': ${q(release)}, 'version': ${q(version)}, 'name': ${q(name)}, 'epoch': ${q(epoch)}, ` +
    `'arch': ${q(arch)}, 'src': ${arch === 'src' ? 'True' : 'False'}${location !== undefined ? `, 'location': ${q(location)}` : ''}}`
  return { name, version, release, epoch, arch, repr }
}

/** koji.removeNonprintable: control characters other than \t \n \r go. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '')
}

/** A glob (`*`, `?`) as PostgreSQL's ILIKE matches it after kojihub's _prepareSearchTerms. */
function globRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${body}$`, 'is')
}

/** Python's repr of a str or int, as Koji's %r messages print it. */
function pyRepr(value: XmlRpcValue | undefined): string {
  return typeof value === 'string' ? `'${value}'` : String(value)
}

function nvrOf(b: HubBuild): string {
  return `${b.name}-${b.version}-${b.release}`
}

function buildJson(b: HubBuild): XmlRpcStruct {
  const { originalUrl, customUserMetadata, ...fields } = b
  const extra: XmlRpcStruct = {
    ...(originalUrl ? { source: { original_url: originalUrl } } : {}),
    ...(customUserMetadata ? { custom_user_metadata: customUserMetadata } : {}),
  }
  return {
    ...fields,
    id: b.build_id,
    package_name: b.name,
    nvr: nvrOf(b),
    draft: false,
    volume_id: 0,
    volume_name: 'DEFAULT',
    extra: Object.keys(extra).length ? extra : null,
  }
}

function taskJson(t: HubTask, request: boolean): XmlRpcStruct {
  const json: XmlRpcStruct = {
    id: t.id,
    state: t.state,
    method: t.method,
    owner: t.owner,
    parent: null,
    label: null,
    arch: 'noarch',
    priority: 20,
    weight: 0.2,
    waiting: null,
    awaited: null,
    channel_id: 1,
    host_id: t.state === 0 ? null : 1,
    create_ts: t.create_ts,
    create_time: new Date(t.create_ts * 1000).toISOString().replace('T', ' ').slice(0, 19),
  }
  if (request) json.request = t.request
  return json
}
