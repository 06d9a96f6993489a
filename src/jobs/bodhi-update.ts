/**
 * Creates Bodhi updates for completed Koji builds of the dist-git branches, as Packit's
 * bodhi_update job does, reconciled statelessly (no message bus): per branch of the
 * bodhi_update job (default fedora-branched; rawhide never, Bodhi makes those), the head's
 * NVR must be COMPLETE in Koji and built by an allowed builder; an update that contains it
 * already is success; otherwise one is created with Packit's notes and bug ids. A build not yet
 * in the candidate tag is "waiting", tried again by the next run. A job with `sidetag_group`
 * makes one update from the group's Koji side tag instead (bodhi-update-sidetag.ts), rawhide too.
 */
import { BODHI_UPDATE, jobViews, loadConfig, type JobView, type PackageConfig } from '../config/index.js'
import { BodhiClient, type BodhiUpdate, type NewBodhiUpdate } from '../builds/bodhi.js'
import { effectiveAccounts } from '../builds/build-gate.js'
import { buildStateName, type KojiClient } from '../builds/koji.js'
import { changelogsForBuilds, updateNotes } from '../builds/update-notes.js'
import { readHeadCommit, sourceGitCommitOf, type BranchHeads } from '../dist-git/branch-heads.js'
import { expandBranches } from '../dist-git/branch-aliases.js'
import { fetchActiveReleases, type BodhiRelease } from '../forges/bodhi.js'
import type { DistGitForgeChoice } from '../forges/dist-git/forge.js'
import { HttpClient } from '../http/client.js'
import { JobError } from './errors.js'
import { reportUpdate } from './bodhi-update-report.js'
import { sideTagUpdate } from './bodhi-update-sidetag.js'
import type { BuildReporters } from './koji-build-report.js'
import {
  branchHeadNvr,
  configuredBranches,
  isBranchError,
  missingBranchReason,
  packageHeads,
} from './package-heads.js'

export type BodhiUpdateResult = 'created' | 'exists' | 'waiting' | 'skipped' | 'failed'

export interface BodhiUpdateOutcome {
  package: string
  branch: string
  result: BodhiUpdateResult
  nvr?: string
  /** The update's alias and page. */
  alias?: string
  url?: string
  commit?: string
  sourceGitCommit?: string
  reason?: string
  dryRun?: boolean
}

export interface BodhiUpdateOptions {
  sourceGit: string
  configFile?: string
  packageName?: string
  branches?: string[]
  instanceUrl?: string
  forgeKind?: DistGitForgeChoice
  token?: string
  koji: KojiClient
  bodhi: BodhiClient
  /** Logs `bodhi` in (the keytab); called once, only when an update is to be created. */
  login?: () => Promise<void>
  /** The account srcgit runs as: what `packit` means in allowed_builders. */
  bot?: string
  dryRun?: boolean
  reporters?: BuildReporters
  http?: HttpClient
}

export interface BodhiUpdateRunResult {
  outcomes: BodhiUpdateOutcome[]
  notes: string[]
}

export async function bodhiUpdate(options: BodhiUpdateOptions): Promise<BodhiUpdateRunResult> {
  const config = await loadConfig(options.sourceGit, { configFile: options.configFile })
  const selection = jobViews(config, BODHI_UPDATE, options.packageName)
  const notes = [...selection.notes]
  const views = selection.views.filter((view) => view.job !== undefined)
  if (views.length === 0) {
    // Package views without a job are jobViews' fallback, whose note would say they are used.
    if (selection.views.length > 0)
      notes.splice(
        0,
        notes.length,
        `${config.file} has no bodhi_update job: nothing to do. Add one to make Bodhi updates of completed builds:\n` +
          '  jobs:\n    - job: bodhi_update\n      trigger: commit\n      dist_git_branches: [fedora-branched]',
      )
    return { outcomes: [], notes }
  }
  const http = options.http ?? new HttpClient()
  let releases: Promise<BodhiRelease[]> | undefined
  const activeReleases = () =>
    (releases ??= fetchActiveReleases(http, options.bodhi.url, ['bodhi_update branches']))
  const several = new Set(views.map((v) => v.pkg.downstream_package_name)).size > 1
  let loggedIn: Promise<void> | undefined
  const login = () => {
    if (!options.login)
      return Promise.reject(
        new JobError(
          'an update is to be created but no Bodhi login is configured: give the keytab secret (keytab input / SRCGIT_KEYTAB) and the principal (fas-user)',
        ),
      )
    return (loggedIn ??= options.login())
  }
  const outcomes: BodhiUpdateOutcome[] = []
  for (const view of views) {
    const done = new Set(
      outcomes.filter((o) => o.package === view.pkg.downstream_package_name).map((o) => o.branch),
    )
    for (const outcome of await updatePackage(options, view, http, activeReleases, login))
      if (!done.has(outcome.branch)) {
        outcomes.push(outcome)
        if (!options.dryRun) await reportUpdate(options.reporters, outcome, several, notes)
      }
  }
  return { outcomes, notes }
}

async function updatePackage(
  options: BodhiUpdateOptions,
  view: JobView,
  http: HttpClient,
  activeReleases: () => Promise<BodhiRelease[]>,
  login: () => Promise<void>,
): Promise<BodhiUpdateOutcome[]> {
  const pkg = view.pkg
  const name = pkg.downstream_package_name
  const releases = await activeReleases()
  const configured = expandBranches(pkg.dist_git_branches, releases)
  const { wanted: named, skipped } = configuredBranches(
    options.branches,
    configured,
    view,
    'to make its updates',
  )
  const outcomes: BodhiUpdateOutcome[] = skipped.map((s) => ({ package: name, result: 'skipped', ...s }))
  const wanted: string[] = []
  for (const branch of named) {
    const reason = notForBodhi(branch, releases, view.job?.sidetag_group)
    if (reason) outcomes.push({ package: name, branch, result: 'skipped', reason })
    else wanted.push(branch)
  }
  if (wanted.length === 0) return outcomes
  const { cloneUrl, heads } = await packageHeads(pkg, wanted, { ...options, http })
  for (const branch of wanted) {
    try {
      const release = releases.find((r) => r.branch === branch)
      outcomes.push(await updateBranch(options, view, heads, cloneUrl, branch, login, release?.candidate_tag))
    } catch (error) {
      if (!isBranchError(error)) throw error
      outcomes.push({ package: name, branch, result: 'failed', reason: error.message })
    }
  }
  return outcomes
}

/**
 * Why srcgit makes no update for a configured branch; undefined when it does. A side-tag update
 * is made for rawhide and releases not composed by Bodhi too: Bodhi refuses those only without
 * from_tag (services/updates.py new_update: `if not from_tag:`).
 */
function notForBodhi(
  branch: string,
  releases: readonly BodhiRelease[],
  sidetagGroup: string | null | undefined,
): string | undefined {
  const rawhide = branch === 'rawhide' || branch === 'main'
  if (rawhide && !sidetagGroup) return 'Bodhi makes the updates of rawhide builds itself'
  if (rawhide) return undefined
  const release = releases.find((r) => r.branch === branch)
  if (!release) return `Bodhi has no active release for ${branch}; remove it from dist_git_branches`
  if (release.composed_by_bodhi === false && !sidetagGroup)
    return `${release.name} is not composed by Bodhi (its updates are made automatically)`
  return undefined
}

async function updateBranch(
  options: BodhiUpdateOptions,
  view: JobView,
  heads: BranchHeads,
  cloneUrl: string,
  branch: string,
  login: () => Promise<void>,
  candidateTag: string | undefined,
): Promise<BodhiUpdateOutcome> {
  const pkg = view.pkg
  const base: BodhiUpdateOutcome = { package: pkg.downstream_package_name, branch, result: 'skipped' }
  const sha = heads.heads.get(branch)
  if (!sha) return { ...base, reason: missingBranchReason(branch, cloneUrl) }
  const head = await readHeadCommit(heads.git, sha)
  const { nvr } = await branchHeadNvr(pkg, heads, branch, sha)
  const withNvr: BodhiUpdateOutcome = {
    ...base,
    nvr,
    commit: sha,
    sourceGitCommit: await sourceGitCommitOf(heads.git, head),
    ...(options.dryRun ? { dryRun: true } : {}),
  }
  const group = view.job?.sidetag_group
  try {
    if (group)
      return await sideTagUpdate(
        {
          koji: options.koji,
          bodhi: options.bodhi,
          group,
          dependencies: (view.job?.dependencies ?? []).filter((d) => d !== pkg.downstream_package_name),
          bodhiExtraParams: pkg.bodhi_extra_params,
          bot: options.bot,
          dryRun: options.dryRun,
          login,
        },
        withNvr,
        nvr,
      )
    return await updateHead(options, pkg, withNvr, nvr, login, candidateTag)
  } catch (error) {
    // Koji or Bodhi failing: the branch fails with its NVR and commits, so its status says so.
    if (!isBranchError(error)) throw error
    return { ...withNvr, result: 'failed', reason: error.message }
  }
}

async function updateHead(
  options: BodhiUpdateOptions,
  pkg: PackageConfig,
  withNvr: BodhiUpdateOutcome,
  nvr: string,
  login: () => Promise<void>,
  candidateTag: string | undefined,
): Promise<BodhiUpdateOutcome> {
  const build = await options.koji.getBuild(nvr)
  const state = build ? buildStateName(build.state) : undefined
  if (!build)
    return { ...withNvr, result: 'waiting', reason: `Koji has no build of ${nvr} yet (koji-build makes it)` }
  if (state === 'BUILDING') return { ...withNvr, result: 'waiting', reason: `Koji is still building ${nvr}` }
  if (state !== 'COMPLETE')
    return {
      ...withNvr,
      reason: `the Koji build of ${nvr} is ${state?.toLowerCase() ?? 'in state ' + build.state}`,
    }
  const builders = effectiveAccounts(pkg.allowed_builders, options.bot)
  if (!builders.map((b) => b.toLowerCase()).includes(build.owner_name.toLowerCase()))
    return {
      ...withNvr,
      reason:
        `${nvr} was built by ${build.owner_name}, who is not in allowed_builders ([${builders.join(', ')}]); add ${build.owner_name} there to make its update` +
        (options.bot === undefined && builders.includes('packit')
          ? ' (packit there means the bot: give --fas-user, the principal srcgit runs as)'
          : ''),
    }
  const existing = await options.bodhi.updatesForBuild(nvr)
  if (existing.length > 0) return exists(withNvr, existing[0])
  const changelogs = await changelogsForBuilds(options.koji, [nvr])
  const { notes, bugs } = updateNotes({ builds: [nvr], changelogs })
  const update = newUpdate([nvr], notes, bugs, pkg.bodhi_extra_params)
  if (options.dryRun)
    return {
      ...withNvr,
      result: 'created',
      reason: `dry run: would create an update of ${nvr}, type ${update.type}${bugs.length ? `, bugs ${bugs.join(', ')}` : ''}`,
    }
  await login()
  const saved = await options.bodhi.save(update)
  switch (saved.kind) {
    case 'created':
      return {
        ...withNvr,
        result: 'created',
        alias: saved.update.alias,
        url: saved.update.url,
        reason: saved.caveats.map((c) => c.description).join('; ') || undefined,
      }
    case 'exists':
      return { ...withNvr, result: 'exists', reason: saved.description }
    case 'not-tagged':
      return {
        ...withNvr,
        result: 'waiting',
        reason: `Koji has not tagged ${nvr} into ${candidateTag ?? "the release's candidate tag"} yet (Bodhi: ${saved.description}); the next run tries again`,
      }
    case 'not-composed':
      return { ...withNvr, reason: saved.description }
  }
}

export function exists(outcome: BodhiUpdateOutcome, update: BodhiUpdate): BodhiUpdateOutcome {
  return {
    ...outcome,
    result: 'exists',
    alias: update.alias,
    url: update.url,
    reason: `${update.alias} (${update.status}) has ${outcome.nvr}`,
  }
}

/**
 * The update as Packit's create_bodhi_update sends it: its own builds/notes/bugs over
 * bodhi_extra_params, type `enhancement` unless bodhi_extra_params names one (packit-service
 * passes update_type="enhancement" over the configured type: plainly wrong, so not followed).
 */
export function newUpdate(
  builds: string[],
  notes: string,
  bugs: string[],
  extraParams: Record<string, unknown>,
): NewBodhiUpdate {
  const extra: NonNullable<NewBodhiUpdate['extra']> = {}
  for (const [key, value] of Object.entries(extraParams)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      extra[key] = value
    else if (Array.isArray(value)) extra[key] = value.map(String)
  }
  const { type, severity, ...rest } = extra
  return {
    builds,
    notes,
    bugs,
    type: typeof type === 'string' && type ? type : 'enhancement',
    ...(typeof severity === 'string' && severity ? { severity } : {}),
    extra: rest,
  }
}
