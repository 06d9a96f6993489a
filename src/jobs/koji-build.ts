/**
 * Builds merged dist-git changes in Koji, as Packit's koji_build job does, but reconciled
 * statelessly from what dist-git and Koji say (srcgit has no message bus): per configured
 * branch, the head's NVR is computed as Koji will make it; a head whose NVR Koji has BUILDING or
 * COMPLETE is "already built" (a commit without a spec change, or a maintainer's own build), a
 * head that is not allowed to trigger builds is skipped with the reason, anything else is
 * submitted once (a task already running for the same commit counts as submitted). The
 * source-git commit the head came from gets a `koji/<branch>` status, and its pull request a
 * comment when the build failed.
 */
import {
  jobViews,
  KOJI_BUILD,
  loadConfig,
  type JobView,
  type PackageConfig,
  type ResolvedConfig,
} from '../config/index.js'
import type { BranchNvr } from '../dist-git/nvr.js'
import { parsePrMarker } from '../dist-git/messages.js'
import { readHeadCommit, sourceGitCommitOf, type BranchHeads } from '../dist-git/branch-heads.js'
import type { DistGitForge, DistGitForgeChoice, DistGitPullRequest } from '../forges/dist-git/forge.js'
import { DEFAULT_BODHI_URL } from '../forges/bodhi.js'
import { HttpClient } from '../http/client.js'
import { gateHead, headOrigin, type AccountLookups } from '../builds/build-gate.js'
import {
  buildStateName,
  isTaskDone,
  KojiError,
  TASK_STATES,
  type KojiBuild,
  type KojiClient,
  type KojiTarget,
  type KojiUser,
} from '../builds/koji.js'
import { fedoraNumberOfBuildTag, kojiTargetName, scmSource, scmSourceCommit } from '../builds/targets.js'
import {
  createSideTagFor,
  findSideTag,
  groupMetadata,
  missingInSideTag,
  sideTagBuilds,
  type SideTagQuery,
} from '../builds/sidetag.js'
import { branchesFor } from './propose-downstream.js'
import { JobError } from './errors.js'
import { SpecError } from '../spec/errors.js'
import { reportBuild, type BuildReporters } from './koji-build-report.js'
import { gateSetup, syncMergeGates } from './merge-gate-sync.js'
import {
  branchHeadNvr,
  configuredBranches,
  isBranchError,
  missingBranchReason,
  packageHeads,
} from './package-heads.js'

export type KojiBuildResult = 'submitted' | 'built' | 'already-built' | 'skipped' | 'failed'

export interface KojiBuildOutcome {
  package: string
  branch: string
  result: KojiBuildResult
  /** The Koji target (`rawhide`, `f43-candidate`). */
  target?: string
  /** The dist-git branch head. */
  commit?: string
  /** What Koji builds: `git+<dist-git>.git#<commit>`. */
  source?: string
  nvr?: string
  taskId?: number
  taskUrl?: string
  buildUrl?: string
  /** Why skipped or failed; what is going on for the others. */
  reason?: string
  /** The source-git commit the head was made from (its trailer), which gets the status. */
  sourceGitCommit?: string
  /** The source-git pull request a preview came from (the merged dist-git PR's marker). */
  sourceGitPullRequest?: number
  dryRun?: boolean
}

export interface KojiBuildOptions {
  sourceGit: string
  configFile?: string
  packageName?: string
  /** Only these dist-git branches (a matrix job's); ones not configured are skipped, saying so. */
  branches?: string[]
  instanceUrl?: string
  forgeKind?: DistGitForgeChoice
  /** A dist-git token: optional, everything read here is public. */
  token?: string
  koji: KojiClient
  /** Logs `koji` in (the keytab); called once, only when something is to be submitted. */
  login?: () => Promise<KojiUser>
  /** The account srcgit runs as (the keytab's user): what `packit` means in allowed_* lists. */
  bot?: string
  /** Minutes to wait for each submitted build to finish (0: report the task and return). */
  waitMinutes?: number
  pollSeconds?: number
  /** Read everything, submit nothing, write no status. */
  dryRun?: boolean
  reporters?: BuildReporters
  http?: HttpClient
  bodhiUrl?: string
  log?: (line: string) => void
  /** For tests: how to wait between polls. */
  sleep?: (ms: number) => Promise<void>
}

export interface KojiBuildRunResult {
  outcomes: KojiBuildOutcome[]
  notes: string[]
}

/** How far back (days) srcgit looks for its own build tasks of a commit. */
const TASK_LOOKBACK_DAYS = 30

export async function kojiBuild(options: KojiBuildOptions): Promise<KojiBuildRunResult> {
  const config = await loadConfig(options.sourceGit, { configFile: options.configFile })
  const selection = jobViews(config, KOJI_BUILD, options.packageName)
  const notes = [...selection.notes]
  const views = selection.views.filter((view) => view.job !== undefined)
  if (views.length === 0) {
    // Package views without a job are jobViews' fallback, whose note would say they are used.
    if (selection.views.length > 0)
      notes.splice(
        0,
        notes.length,
        `${config.file} has no koji_build job: nothing to build. Add one to build merged dist-git changes:\n` +
          '  jobs:\n    - job: koji_build\n      trigger: commit\n      dist_git_branches: [fedora-all]',
      )
    return { outcomes: [], notes }
  }
  const several = new Set(views.map((v) => v.pkg.downstream_package_name)).size > 1
  const session = new LoginOnce(options)
  const outcomes: KojiBuildOutcome[] = []
  for (const view of views) {
    const done = new Set(
      outcomes.filter((o) => o.package === view.pkg.downstream_package_name).map((o) => o.branch),
    )
    const built = await buildPackage(options, view, session)
    const reported: KojiBuildOutcome[] = []
    for (const outcome of built.outcomes)
      if (!done.has(outcome.branch)) {
        outcomes.push(outcome)
        reported.push(outcome)
        if (!options.dryRun) await reportBuild(options.reporters, outcome, several, options.koji, notes)
      }
    if (!options.dryRun)
      await reportMergeGates(options, config, view.pkg, reported, built.pullRequests, notes)
  }
  return { outcomes, notes }
}

/** The login, made the first time a build is to be submitted, then kept (re-login is the client's). */
class LoginOnce {
  private user?: Promise<KojiUser>
  constructor(private readonly options: KojiBuildOptions) {}
  get(): Promise<KojiUser> {
    if (!this.options.login)
      return Promise.reject(
        new JobError(
          'a build is to be submitted but no Koji login is configured: give the keytab secret (keytab input / SRCGIT_KEYTAB) and the principal (fas-user)',
        ),
      )
    this.user ??= this.options.login().catch((error: unknown) => {
      if (error instanceof Error) endsRun.add(error)
      throw error
    })
    return this.user
  }
}

/**
 * Failures every branch would meet, which end the run with one message instead of failing each
 * branch: the Koji login (the keytab), and a hub that does not answer as one (down, HTTP 5xx,
 * not a Koji hub). Nothing is submitted after them; the next run starts over.
 */
const endsRun = new WeakSet<Error>()

function isRunError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (endsRun.has(error)) return true
  return (
    error instanceof KojiError &&
    error.faultCode === undefined &&
    (error.status === undefined || error.status >= 500)
  )
}

interface PackageContext {
  options: KojiBuildOptions
  pkg: PackageConfig
  heads: BranchHeads
  cloneUrl: string
  mergedPullRequests: () => Promise<DistGitPullRequest[]>
  /** allowed_* groups and aliases, each read at most once per run. */
  lookups: AccountLookups
  session: LoginOnce
  /** The job's sidetag_group and dependencies: build into the group's Koji side tag. */
  sidetag?: { group: string; dependencies: string[] }
}

/** The package project's access lists and groups from dist-git, each asked once per run. */
function onceEach(distGit: DistGitForge, ns: string, repo: string): AccountLookups {
  const access = new Map<string, Promise<string[]>>()
  const groups = new Map<string, Promise<string[] | undefined>>()
  const once = <T>(map: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> => {
    if (!map.has(key)) map.set(key, read())
    return map.get(key)!
  }
  return {
    usersWithAccess: (level) => once(access, level, () => distGit.usersWithAccess(ns, repo, level)),
    groupMembers: (group) => once(groups, group, () => distGit.groupMembers(group, { ns, repo })),
  }
}

/** A package's outcomes, and its dist-git PRs (all states, read once) for the merge gates. */
interface PackageBuilds {
  outcomes: KojiBuildOutcome[]
  pullRequests?: () => Promise<DistGitPullRequest[]>
}

async function buildPackage(
  options: KojiBuildOptions,
  view: JobView,
  session: LoginOnce,
): Promise<PackageBuilds> {
  const pkg = view.pkg
  const name = pkg.downstream_package_name
  const http = options.http ?? new HttpClient()
  const configured = await branchesFor(pkg, undefined, () => http, options.bodhiUrl ?? DEFAULT_BODHI_URL)
  const { wanted, skipped } = configuredBranches(options.branches, configured, view, 'to build it')
  const outcomes: KojiBuildOutcome[] = skipped.map((s) => ({ package: name, result: 'skipped', ...s }))
  if (wanted.length === 0) return { outcomes }
  const { distGit, cloneUrl, heads } = await packageHeads(pkg, wanted, { ...options, http })
  let all: Promise<DistGitPullRequest[]> | undefined
  const pullRequests = () => (all ??= distGit.pullRequests(pkg.dist_git_namespace, name, { state: 'all' }))
  const context: PackageContext = {
    options,
    pkg,
    heads,
    cloneUrl,
    mergedPullRequests: () => pullRequests().then((prs) => prs.filter((pr) => pr.state === 'merged')),
    lookups: onceEach(distGit, pkg.dist_git_namespace, name),
    session,
    ...(view.job?.sidetag_group
      ? {
          sidetag: {
            group: view.job.sidetag_group,
            dependencies: view.job.dependencies.filter((d) => d !== name),
          },
        }
      : {}),
  }
  for (const branch of wanted) {
    try {
      outcomes.push(await buildBranch(context, branch))
    } catch (error) {
      if (!isBranchError(error) || isRunError(error)) throw error
      outcomes.push({ package: name, branch, result: 'failed', reason: error.message })
    }
  }
  return { outcomes, pullRequests }
}

/**
 * The merge gate of the source-git PRs whose merged previews were built in this run, now that
 * their `koji/<branch>` statuses are set: success once every build passed, failure when one
 * failed. Only a gate the commit shows already is updated (the preview or sync-status sets it).
 */
async function reportMergeGates(
  options: KojiBuildOptions,
  config: ResolvedConfig,
  pkg: PackageConfig,
  outcomes: readonly KojiBuildOutcome[],
  pullRequests: (() => Promise<DistGitPullRequest[]>) | undefined,
  notes: string[],
): Promise<void> {
  const sink = options.reporters?.sink
  const commits = outcomes.flatMap((o) =>
    o.sourceGitCommit && o.sourceGitPullRequest !== undefined ? [o.sourceGitCommit] : [],
  )
  if (!sink || !pullRequests || commits.length === 0) return
  try {
    const setup = gateSetup(config, pkg.downstream_package_name, {
      http: options.http,
      bodhiUrl: options.bodhiUrl,
    })
    notes.push(...(await syncMergeGates(sink, await pullRequests(), setup, { onlyShown: true, commits })))
  } catch (error) {
    notes.push(`could not update the merge gate: ${(error as Error).message}`)
  }
}

async function buildBranch(context: PackageContext, branch: string): Promise<KojiBuildOutcome> {
  const { options, pkg, heads } = context
  const base: KojiBuildOutcome = { package: pkg.downstream_package_name, branch, result: 'skipped' }
  const sha = heads.heads.get(branch)
  if (!sha) return { ...base, reason: missingBranchReason(branch, context.cloneUrl) }
  const head = await readHeadCommit(heads.git, sha)
  const source = scmSource(context.cloneUrl, sha)
  const target = kojiTargetName(branch)
  const withHead: KojiBuildOutcome = {
    ...base,
    target,
    commit: sha,
    source,
    sourceGitCommit: await sourceGitCommitOf(heads.git, head),
    ...(options.dryRun ? { dryRun: true } : {}),
  }
  const kojiTarget = await readTarget(options.koji, target, branch)
  const side = context.sidetag && {
    query: {
      group: context.sidetag.group,
      baseTag: kojiTarget.build_tag_name,
      user: options.koji.user?.name ?? options.bot,
      // Logged in already (an earlier package's build): first builds still in their task count too.
      ...(options.koji.user ? { userId: options.koji.user.id } : {}),
    },
    dependencies: context.sidetag.dependencies,
  }
  const sideTag = side && (await findSideTag(options.koji, side.query))
  if (sideTag) withHead.target = sideTag.name
  const rawhide = target === 'rawhide' ? fedoraNumberOfBuildTag(kojiTarget.build_tag_name) : undefined
  const computed = await headNvrOrWhy(pkg, heads, branch, sha, rawhide)
  const nvr = typeof computed === 'string' ? undefined : computed
  /** Why srcgit has no NVR: Koji's answers decide then (the outcome reasons say so). */
  const noNvr = typeof computed === 'string' ? computed : undefined
  const withNvr: KojiBuildOutcome = { ...withHead, ...(nvr ? { nvr: nvr.nvr } : {}) }
  // Who the head came from: the gate, and the source-git PR a failure is told to.
  const origin = headOrigin(head, await context.mergedPullRequests())
  if (origin.kind === 'pull-request') {
    const marker = parsePrMarker(origin.pullRequest.description)
    if (marker?.pullRequest !== undefined) withNvr.sourceGitPullRequest = marker.pullRequest
  }
  if (nvr) {
    const existing = await options.koji.getBuild(nvr.nvr)
    const state = existing ? buildStateName(existing.state) : undefined
    if (existing && (state === 'BUILDING' || state === 'COMPLETE'))
      return side
        ? outsideSideTag(
            options.koji,
            alreadyBuilt(options.koji, withNvr, existing, sha),
            state,
            side.query,
            sideTag?.name,
          )
        : alreadyBuilt(options.koji, withNvr, existing, sha)
    // A failed build of this very commit is reported, not retried every run.
    if (existing && state === 'FAILED') {
      const failedTask = await failedTaskOf(options.koji, existing, source)
      if (failedTask !== undefined) return failed(options.koji, withNvr, failedTask, existing)
    }
  } else {
    // Or ask Koji: a build (anyone's) whose source is this very commit.
    const found = await buildOfSource(options.koji, pkg.downstream_package_name, source)
    const state = found ? buildStateName(found.state) : undefined
    const known = found ? { ...withNvr, nvr: found.nvr } : withNvr
    if (found && (state === 'BUILDING' || state === 'COMPLETE'))
      return fromKoji(alreadyBuilt(options.koji, known, found, sha), noNvr!)
    if (found && state === 'FAILED' && found.task_id)
      return fromKoji(await failed(options.koji, known, found.task_id, found), noNvr!)
  }
  const gate = await gateHead(origin, {
    allowedPrAuthors: pkg.allowed_pr_authors,
    allowedCommitters: pkg.allowed_committers,
    bot: options.bot,
    lookups: context.lookups,
  })
  if (!gate.allowed) return { ...withNvr, result: 'skipped', reason: gate.reason }
  if (side) {
    const missing = await missingInSideTag(options.koji, sideTag?.name, side.dependencies)
    if (missing.length > 0)
      return {
        ...withNvr,
        result: 'skipped',
        reason:
          `not yet: sidetag_group ${side.query.group} builds ${missing.join(', ')} first ` +
          `(dependencies), and ${sideTag ? `${sideTag.name} has no complete build of it yet` : `there is no side tag of ${side.query.baseTag} for the group yet`}; the next run tries again`,
      }
  }
  const where = side
    ? sideTag
      ? `side tag ${sideTag.name}`
      : `a new side tag of ${side.query.baseTag} (sidetag_group ${side.query.group})`
    : target
  if (options.dryRun)
    return {
      ...withNvr,
      result: 'submitted',
      reason:
        `dry run: would build ${source} in ${where} (${nvr ? nvr.nvr : 'the NVR Koji makes'}, ${gate.who})` +
        (noNvr ? `; ${noNvrNote(noNvr)}` : ''),
    }
  const user = await context.session.get()
  const earlier = await ourTaskFor(options.koji, user, source)
  if (earlier && !isTaskDone(earlier.state))
    return withNote(
      {
        ...withNvr,
        result: 'submitted',
        taskId: earlier.id,
        taskUrl: options.koji.taskUrl(earlier.id),
        reason: `a build of this commit is already running (task ${earlier.id})`,
      },
      noNvr,
    )
  if (earlier && earlier.state !== TASK_STATES.CLOSED)
    return withNote(await taskEnded(options.koji, withNvr, earlier.id), noNvr)
  let taskId: number
  let built: KojiBuildOutcome = withNvr
  try {
    if (side) {
      const query: SideTagQuery = { ...side.query, user: user.name, userId: user.id }
      const submit = (tag: string) =>
        options.koji.build(source, tag, { custom_user_metadata: groupMetadata(query.group) })
      const done = sideTag
        ? { tag: sideTag, created: false, result: await submit(sideTag.name) }
        : await createSideTagFor(options.koji, query, (tag) => submit(tag.name))
      taskId = done.result
      built = { ...withNvr, target: done.tag.name }
      if (done.created) options.log?.(`${branch}: created the side tag ${done.tag.name} for ${query.group}`)
    } else taskId = await options.koji.build(source, target)
  } catch (error) {
    // A hub that checks the NVR when the build is submitted.
    const exists = error instanceof KojiError ? existingNvr(error.faultString) : undefined
    if (!exists) throw error
    return withNote(alreadyExists(withNvr, exists), noNvr)
  }
  options.log?.(`${branch}: submitted ${nvr ? nvr.nvr : source} as ${options.koji.taskUrl(taskId)}`)
  const submitted: KojiBuildOutcome = {
    ...built,
    result: 'submitted',
    taskId,
    taskUrl: options.koji.taskUrl(taskId),
    reason: `${gate.who}`,
  }
  return withNote(options.waitMinutes ? await waitForTask(options, submitted) : submitted, noNvr)
}

/**
 * An NVR Koji has, in a side-tag job: fine when it is in the group's side tag, else the reason
 * says how to put it there (a second build of the NVR is impossible).
 */
async function outsideSideTag(
  koji: KojiClient,
  outcome: KojiBuildOutcome,
  state: 'BUILDING' | 'COMPLETE',
  query: SideTagQuery,
  tag: string | undefined,
): Promise<KojiBuildOutcome> {
  // Where a running build goes shows when it is done.
  if (state === 'BUILDING') return outcome
  const there = tag ? (await sideTagBuilds(koji, tag)).get(outcome.package)?.nvr : undefined
  if (there === outcome.nvr) return outcome
  const into = tag ?? `the side tag of sidetag_group ${query.group} (none yet)`
  return {
    ...outcome,
    reason: `${outcome.reason}; it is not in ${into}: tag it there by hand (koji tag-build <side tag> ${outcome.nvr})`,
  }
}

/** The head's NVR, or why srcgit cannot compute it exactly (then Koji is asked instead). */
async function headNvrOrWhy(
  pkg: PackageConfig,
  heads: BranchHeads,
  branch: string,
  sha: string,
  rawhide: number | undefined,
): Promise<BranchNvr | string> {
  try {
    return await branchHeadNvr(pkg, heads, branch, sha, rawhide)
  } catch (error) {
    // nvr.ts's refusals: a construct srcgit does not evaluate (Lua, an undefined macro, ...).
    if (error instanceof SpecError && error.message.includes(NVR_REFUSAL))
      return error.message.replace(NVR_REFUSAL, '').replace(/[;:\s]+$/, '')
    throw error
  }
}

const NVR_REFUSAL = 'srcgit cannot compute the NVR Koji will build: ask Koji instead'

function noNvrNote(why: string): string {
  return `the NVR is Koji's: srcgit cannot compute it from the spec (${why})`
}

/** The outcome of a head whose NVR srcgit could not compute, saying the NVR came from Koji. */
function fromKoji(outcome: KojiBuildOutcome, why: string): KojiBuildOutcome {
  return { ...outcome, reason: `${outcome.reason ? `${outcome.reason}; ` : ''}${noNvrNote(why)}` }
}

function withNote(outcome: KojiBuildOutcome, why: string | undefined): KojiBuildOutcome {
  return why === undefined ? outcome : fromKoji(outcome, why)
}

/** How many of the package's newest builds are searched for a build of one commit. */
const SOURCE_LOOKBACK_BUILDS = 50

/** The newest build of `pkg` (anyone's) made from exactly `source`, among its latest builds. */
async function buildOfSource(koji: KojiClient, pkg: string, source: string): Promise<KojiBuild | undefined> {
  const packageID = await koji.getPackageID(pkg)
  if (packageID === null) return undefined
  const builds = await koji.listBuilds({
    packageID,
    queryOpts: { order: '-build_id', limit: SOURCE_LOOKBACK_BUILDS },
  })
  return builds.find((b) => typeof b.source === 'string' && sameSource(b.source, source))
}

/**
 * The NVR of "Build already exists (id=…, state=…): {'name': 'hello', 'version': '1.1',
 * 'release': '3.fc46', …}" (kojihub recycle_build, raised in the task by initBuild).
 */
export function existingNvr(fault: string | undefined): string | undefined {
  if (!fault || !/^Build already exists\b/.test(fault.trim())) return undefined
  const field = (name: string): string | undefined => new RegExp(`'${name}':\\s*'([^']+)'`).exec(fault)?.[1]
  const [name, version, release] = [field('name'), field('version'), field('release')]
  return name && version && release ? `${name}-${version}-${release}` : undefined
}

function alreadyExists(outcome: KojiBuildOutcome, nvr: string): KojiBuildOutcome {
  return {
    ...outcome,
    nvr,
    result: 'already-built',
    reason: `Koji has ${nvr} already (Build already exists)`,
  }
}

/**
 * A task of ours for this commit that ended without a build: "Build already exists" (someone
 * built the NVR from another commit) is already built, told as Koji's record of that build.
 */
async function taskEnded(
  koji: KojiClient,
  outcome: KojiBuildOutcome,
  taskId: number,
): Promise<KojiBuildOutcome> {
  const exists = existingNvr(await taskFault(koji, taskId))
  if (!exists) return failed(koji, outcome, taskId)
  const build = await koji.getBuild(exists)
  if (build && outcome.commit) return alreadyBuilt(koji, { ...outcome, nvr: exists }, build, outcome.commit)
  return { ...alreadyExists(outcome, exists), taskId, taskUrl: koji.taskUrl(taskId) }
}

async function readTarget(koji: KojiClient, target: string, branch: string): Promise<KojiTarget> {
  try {
    return await koji.getBuildTarget(target)
  } catch (error) {
    if (error instanceof KojiError && error.faultCode !== undefined)
      throw new JobError(
        `Koji has no build target ${target} for ${branch} (${error.faultString ?? error.message}); ` +
          'if the release is end-of-life, remove the branch from dist_git_branches',
      )
    throw error
  }
}

function alreadyBuilt(
  koji: KojiClient,
  outcome: KojiBuildOutcome,
  build: KojiBuild,
  sha: string,
): KojiBuildOutcome {
  const state = buildStateName(build.state)
  // Koji records the source of SCM builds; without one, nothing is claimed either way.
  const built = scmSourceCommit(build.source)
  const ofThisCommit = built === undefined || built === sha.toLowerCase()
  const who = build.owner_name ? ` by ${build.owner_name}` : ''
  return {
    ...outcome,
    result: 'already-built',
    buildUrl: koji.buildUrl(build.build_id ?? build.id),
    ...(build.task_id ? { taskId: build.task_id, taskUrl: koji.taskUrl(build.task_id) } : {}),
    reason:
      `Koji has ${build.nvr ?? outcome.nvr} ${state === 'BUILDING' ? 'building' : 'built'}${who}` +
      (ofThisCommit ? '' : ' from another commit (the head does not change the NVR)'),
  }
}

/**
 * The task of a failed build when it built exactly `source`: Koji's `source` of the build, or
 * for a build without one (older records, imports) the request of its task.
 */
async function failedTaskOf(koji: KojiClient, build: KojiBuild, source: string): Promise<number | undefined> {
  if (typeof build.source === 'string' && build.source !== '')
    return sameSource(build.source, source) && build.task_id ? build.task_id : undefined
  if (!build.task_id) return undefined
  const task = await koji.getTaskInfo(build.task_id, { request: true })
  return Array.isArray(task?.request) && task.request[0] === source ? build.task_id : undefined
}

async function failed(
  koji: KojiClient,
  outcome: KojiBuildOutcome,
  taskId: number,
  build?: KojiBuild,
): Promise<KojiBuildOutcome> {
  return {
    ...outcome,
    result: 'failed',
    taskId,
    taskUrl: koji.taskUrl(taskId),
    ...(build ? { buildUrl: koji.buildUrl(build.build_id ?? build.id) } : {}),
    reason: `the Koji build of this commit failed: ${await taskFailure(koji, taskId)}; fix it in dist-git (a new commit is built on the next run) or build by hand`,
  }
}

/**
 * Whether Koji's record of a build's source names `source` (`git+<url>.git#<sha>`): kojid
 * stores the URL re-joined (an empty `?` dropped) with the commit `git rev-parse` gave.
 */
export function sameSource(recorded: string, source: string): boolean {
  const split = (s: string): [string, string] => {
    const at = s.trim().lastIndexOf('#')
    const url = at < 0 ? s.trim() : s.trim().slice(0, at)
    return [
      url.replace(/\?$/, ''),
      at < 0
        ? ''
        : s
            .trim()
            .slice(at + 1)
            .toLowerCase(),
    ]
  }
  const [a, commitA] = split(recorded)
  const [b, commitB] = split(source)
  return a === b && commitA !== '' && commitA === commitB
}

/** The fault of a failed task, one line. */
async function taskFailure(koji: KojiClient, taskId: number): Promise<string> {
  const fault = await taskFault(koji, taskId)
  if (fault === '') return `task ${taskId} did not complete`
  return fault === undefined ? `task ${taskId} failed` : fault.split('\n')[0].slice(0, 300)
}

/** The task's fault string; '' when its result is no fault, undefined when there is none to read. */
async function taskFault(koji: KojiClient, taskId: number): Promise<string | undefined> {
  try {
    await koji.getTaskResult(taskId)
    return ''
  } catch (error) {
    return error instanceof KojiError && error.faultString ? error.faultString : undefined
  }
}

/** The newest build task of ours for `source` within the lookback. */
async function ourTaskFor(
  koji: KojiClient,
  user: KojiUser,
  source: string,
): Promise<{ id: number; state: number } | undefined> {
  const since = Date.now() / 1000 - TASK_LOOKBACK_DAYS * 24 * 3600
  const tasks = await koji.listTasks(
    { method: 'build', owner: user.id, createdAfter: since, decode: true },
    { order: '-id', limit: 100 },
  )
  const task = tasks.find((t) => Array.isArray(t.request) && t.request[0] === source)
  return task ? { id: task.id, state: task.state } : undefined
}

async function waitForTask(options: KojiBuildOptions, outcome: KojiBuildOutcome): Promise<KojiBuildOutcome> {
  const koji = options.koji
  const taskId = outcome.taskId!
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const deadline = Date.now() + (options.waitMinutes ?? 0) * 60_000
  const poll = (options.pollSeconds ?? 30) * 1000
  for (;;) {
    const task = await koji.getTaskInfo(taskId)
    if (task && isTaskDone(task.state)) {
      if (task.state !== TASK_STATES.CLOSED) return taskEnded(koji, outcome, taskId)
      const [build] = await koji.listBuilds({ taskID: taskId })
      const nvr = build?.nvr ?? outcome.nvr
      return {
        ...outcome,
        result: 'built',
        ...(nvr ? { nvr } : {}),
        ...(build ? { buildUrl: koji.buildUrl(build.build_id ?? build.id) } : {}),
        reason: `Koji built ${nvr ?? `task ${taskId}`}`,
      }
    }
    if (Date.now() + poll > deadline)
      return {
        ...outcome,
        reason: `still building after ${options.waitMinutes} min; the next run reports the result`,
      }
    await sleep(poll)
  }
}
