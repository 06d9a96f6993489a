/**
 * `sync-from-downstream`: the commits people made by hand in dist-git (maintainers fixing a
 * build, proven packagers, release engineering's mass rebuilds) come back to source-git as a
 * pull request (GitHub) or merge request (GitLab), so the next propose-downstream neither
 * refuses nor undoes them.
 *
 * Per dist-git branch: clone dist-git, replay its new commits with update-source-git onto the
 * source-git base branch in a temporary worktree, push the result as `srcgit/sync-from-<branch>`
 * and open or update the request from it. Idempotent: when the remote branch already holds the
 * same commits (same tree, same From-dist-git-commit list) nothing is pushed, and a request with
 * the same title and text is not written to. Nothing half-done: a pushed branch whose request
 * cannot be opened is put back. Without a platform the branch is only made in SOURCE_GIT.
 */
import { rmSync } from 'node:fs'
import { makeTempDir } from '../runtime/resources.js'
import path from 'node:path'
import {
  loadConfig,
  repositoryName,
  singleJobView,
  SYNC_FROM_DOWNSTREAM,
  type JobView,
  type PackageConfig,
} from '../config/index.js'
import { DEFAULT_BODHI_URL } from '../forges/bodhi.js'
import type { ChangeRequest, SyncPlatform } from '../forges/source-git/change-requests.js'
import { Git, isPlainBranchName, isRemoteUrl } from '../git/git.js'
import { HttpClient } from '../http/client.js'
import type { DistGitForgeChoice } from '../forges/dist-git/forge.js'
import { openDistGitForge } from '../forges/dist-git/select.js'
import { redact } from '../runtime/secrets.js'
import { FROM_DIST_GIT_TRAILER } from '../source-git/from-dist-git.js'
import { branchesFor, distGitWorkTree, sortLike } from './propose-downstream.js'
import { normalizeText, type BranchOutcome } from './publish.js'
import {
  fetchBase,
  GITHUB_TOKEN_HOW,
  GITLAB_TOKEN_HOW,
  localBase,
  lsRemote,
  pushWithRollback,
  redactUrl,
  resolveRemote,
  runRemote,
  type SourceRemote,
} from './sync-remote.js'
import { stopReport, syncDescription, syncTitle } from './sync-texts.js'
import { JobError } from './update-dist-git.js'
import {
  updateSourceGit,
  type SkippedCommit,
  type SourceGitCommitMade,
  type StoppedAt,
} from './update-source-git.js'

/** The source-git branch a dist-git branch's commits are proposed from. */
export function syncBranchName(branch: string): string {
  return `srcgit/sync-from-${branch}`
}

export interface SyncFromDownstreamOptions {
  /** The source-git repository (its checkout is not touched; the work happens in a worktree). */
  sourceGit: string
  /** The branch to propose into (default: the branch SOURCE_GIT has checked out). */
  base?: string
  /** Remote name or URL the sync branch is pushed to (default: origin). */
  remote?: string
  /** A local dist-git repository or a URL to clone (default: the package on the instance). */
  distGit?: string
  /** The dist-git instance (default: dist_git_base_url). */
  instanceUrl?: string
  /** Pagure or Forgejo, for commit links (default: the configuration's dist_git_forge, else a probe of the host). */
  forgeKind?: DistGitForgeChoice
  /** Dist-git branches or aliases (default: the first dist_git_branches entry, else rawhide). */
  branches?: string[]
  configFile?: string
  packageName?: string
  bodhiUrl?: string
  http?: HttpClient
  /** Push and propose there; absent: the branch is made in SOURCE_GIT only. */
  platform?: SyncPlatform
  /** Report what would be done; push, propose and keep nothing. */
  dryRun?: boolean
  /** Replace commits someone else pushed to the sync branch. */
  force?: boolean
}

/** A dist-git commit as the request text names it. */
export interface DistGitCommitInfo {
  sha: string
  subject: string
  author: string
  url: string
}

export interface BranchSync {
  branch: string
  syncBranch: string
  commits: SourceGitCommitMade[]
  skipped: SkippedCommit[]
  stopped?: StoppedAt
  /** The dist-git commits named above, by sha. */
  distGitCommits: Record<string, DistGitCommitInfo>
  title: string
  body: string
  /** The new source-git commit at the tip of the sync branch (when there is one). */
  head?: string
  notes: string[]
}

export interface SyncFromDownstreamResult {
  base: string
  mode: 'local' | 'github' | 'gitlab'
  dryRun: boolean
  /** The branches that had something to bring back, or stopped. */
  syncs: BranchSync[]
  outcomes: BranchOutcome[]
  notes: string[]
}

/** Temporary refs in SOURCE_GIT (what was fetched), removed at the end. */
const TEMP_REFS = 'refs/srcgit/sync-from-downstream'

export async function syncFromDownstream(
  options: SyncFromDownstreamOptions,
): Promise<SyncFromDownstreamResult> {
  const source = new Git(path.resolve(options.sourceGit))
  if (!(await source.isRepository())) throw new JobError(`source-git ${source.dir} is not a git repository`)
  const base = options.base ?? (await checkedOutBranch(source))
  checkBranchName(base, '--base')
  const platform = options.platform
  if (platform && !platform.requests && !options.dryRun)
    throw new JobError(
      `${platform.tokenName} is empty: ${platform.kind === 'github' ? GITHUB_TOKEN_HOW : GITLAB_TOKEN_HOW}; or use a dry run`,
    )
  const remote = platform ? await resolveRemote(source, options.remote ?? 'origin', platform) : undefined
  const notes: string[] = []
  const cleanup: (() => Promise<void>)[] = []
  try {
    cleanup.push(async () => {
      const refs = await source.output(['for-each-ref', '--format=%(refname)', `${TEMP_REFS}/`])
      for (const ref of refs.split('\n').filter(Boolean))
        await source.run(['update-ref', '-d', ref], { allowFailure: true })
    })
    const baseCommit = remote
      ? await fetchBase(source, remote, base, `${TEMP_REFS}/base`)
      : await localBase(source, base)

    // One worktree for the run, reset to the base for each branch. Named like SOURCE_GIT (messages
    // name it); the configuration takes the repository's name from SOURCE_GIT itself.
    const holder = makeTempDir('srcgit-sync-')
    const tree = path.join(holder, path.basename(source.dir))
    await source.run(['worktree', 'add', '-q', '--detach', tree, baseCommit])
    cleanup.push(async () => {
      await source.run(['worktree', 'remove', '--force', tree], { allowFailure: true })
      rmSync(holder, { recursive: true, force: true })
      await source.run(['worktree', 'prune'], { allowFailure: true })
    })
    const configFile = options.configFile
      ? path.join(tree, path.relative(source.dir, path.resolve(source.dir, options.configFile)))
      : undefined
    const config = await loadConfig(tree, { configFile, repoName: await repositoryName(source.dir) })
    const chosen = singleJobView(config, SYNC_FROM_DOWNSTREAM, options.packageName, 'sync-from-downstream')
    notes.push(...chosen.notes)
    const { pkg } = chosen.view
    const instanceUrl = (options.instanceUrl ?? pkg.dist_git_base_url).replace(/\/+$/, '')
    let client: HttpClient | undefined
    const http = () => (client ??= options.http ?? new HttpClient())
    const branches = await defaultBranches(pkg, options.branches, http, options.bodhiUrl, notes)

    const distLocation =
      options.distGit ?? `${instanceUrl}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}.git`
    const dist = await distGitWorkTree(options.distGit, instanceUrl, pkg)
    if (isRemoteUrl(distLocation))
      cleanup.push(async () => rmSync(dist.dir, { recursive: true, force: true }))

    const run: RunContext = {
      options,
      view: chosen.view,
      pkg,
      source,
      tree,
      configFile,
      base,
      baseCommit,
      dist,
      distLabel: redactUrl(distLocation),
      webUrl: `${instanceUrl}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}`,
      commitUrl: await commitLinks(options, pkg, instanceUrl, http),
      remote,
      platform,
    }
    const syncs: BranchSync[] = []
    const outcomes: BranchOutcome[] = []
    for (const branch of branches) {
      try {
        const done = await syncBranch(run, branch)
        if (done.sync) syncs.push(done.sync)
        outcomes.push(done.outcome)
      } catch (error) {
        // One branch failing does not stop the others.
        outcomes.push({
          branch,
          operation: 'failed',
          reason: redact(cleanText(run, (error as Error).message)),
        })
      }
    }
    return {
      base,
      mode: platform?.kind ?? 'local',
      dryRun: options.dryRun ?? false,
      syncs,
      outcomes: sortLike(branches, outcomes),
      notes,
    }
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined)
  }
}

interface RunContext {
  options: SyncFromDownstreamOptions
  view: JobView
  pkg: PackageConfig
  source: Git
  /** The source-git worktree. */
  tree: string
  configFile?: string
  base: string
  baseCommit: string
  dist: Git
  /** Where dist-git came from, for messages. */
  distLabel: string
  /** The package's dist-git web page. */
  webUrl: string
  /** Web page of a dist-git commit (Pagure `/c/<sha>`, Forgejo `/commit/<sha>`). */
  commitUrl: (sha: string) => string
  remote?: SourceRemote
  platform?: SyncPlatform
}

/** The dist-git branches: requested ones; else the first configured entry (one branch), else rawhide. */
async function defaultBranches(
  pkg: PackageConfig,
  requested: string[] | undefined,
  http: () => HttpClient,
  bodhiUrl: string | undefined,
  notes: string[],
): Promise<string[]> {
  const url = bodhiUrl ?? DEFAULT_BODHI_URL
  if (requested && requested.length > 0) return branchesFor(pkg, requested, http, url)
  const first = pkg.dist_git_branches[0] ?? 'rawhide'
  const resolved = await branchesFor(pkg, [first], http, url)
  if (resolved.length <= 1) return resolved
  // One source-git base branch follows one dist-git branch; the others get their changes from it.
  const chosen = resolved.includes('rawhide') ? 'rawhide' : resolved[resolved.length - 1]
  notes.push(
    `dist_git_branches starts with ${first} (${resolved.join(', ')}); syncing from ${chosen} only: ` +
      'give the dist-git branch(es) to sync from explicitly to choose others',
  )
  return [chosen]
}

async function syncBranch(
  run: RunContext,
  branch: string,
): Promise<{ outcome: BranchOutcome; sync?: BranchSync }> {
  const { source, dist } = run
  checkBranchName(branch, 'the dist-git branch')
  const syncBranch = syncBranchName(branch)
  const distRef =
    (await dist.tryRevParse(`refs/heads/${branch}`)) ??
    (await dist.tryRevParse(`refs/remotes/origin/${branch}`))
  if (!distRef) throw new JobError(`dist-git ${run.distLabel} has no branch "${branch}"`)

  // What the remote has, read before anything is made.
  const remoteBranch = run.remote ? await readRemoteBranch(run, syncBranch) : undefined

  const holder = makeTempDir('srcgit-sync-dist-git-')
  const distTree = path.join(holder, run.pkg.downstream_package_name)
  const work = source.at(run.tree)
  await work.run(['reset', '-q', '--hard', run.baseCommit])
  await dist.run(['worktree', 'add', '-q', '--detach', distTree, distRef])
  let result
  try {
    result = await updateSourceGit({
      distGit: distTree,
      sourceGit: run.tree,
      configFile: run.configFile,
      view: run.view,
    })
  } catch (error) {
    // Messages name the dist-git clone by where it came from, not by its temporary worktree.
    if (error instanceof Error)
      error.message = error.message.split(distTree).join(`${run.distLabel} (${branch})`)
    throw error
  } finally {
    await dist.run(['worktree', 'remove', '--force', distTree], { allowFailure: true })
    rmSync(holder, { recursive: true, force: true })
  }
  const clean = (text: string) => cleanText(run, text.split(distTree).join(`${run.distLabel} (${branch})`))
  const stopped = result.stopped && { ...result.stopped, reason: clean(result.stopped.reason) }
  const skipped = result.skipped.map((s) => ({ ...s, reason: clean(s.reason) }))
  const notes = result.notes.map(clean)

  if (result.commits.length === 0) {
    if (stopped)
      return {
        outcome: { branch, operation: 'failed', reason: `nothing brought back: ${stopReport(stopped)}` },
        sync: {
          branch,
          syncBranch,
          commits: [],
          skipped,
          stopped,
          distGitCommits: await commitInfos(run, [
            stopped.distGitCommit,
            ...skipped.map((s) => s.distGitCommit),
          ]),
          title: '',
          body: '',
          notes,
        },
      }
    const nothing = skipped.length
      ? `nothing to sync (${skipped.length} dist-git commit(s) with nothing to bring back)`
      : 'nothing to sync'
    return { outcome: { branch, operation: 'unchanged', reason: nothing } }
  }

  const infos = await commitInfos(run, [
    ...result.commits.map((c) => c.distGitCommit),
    ...skipped.map((s) => s.distGitCommit),
    ...(stopped ? [stopped.distGitCommit] : []),
  ])
  const noun =
    run.platform?.requests?.noun ?? (run.platform?.kind === 'gitlab' ? 'merge request' : 'pull request')
  const brought = new Set(result.commits.map((c) => c.distGitCommit)).size
  const sync: BranchSync = {
    branch,
    syncBranch,
    commits: result.commits,
    skipped,
    stopped,
    distGitCommits: infos,
    title: syncTitle(branch, brought),
    body: syncDescription({
      branch,
      base: run.base,
      webUrl: run.webUrl,
      project: `${run.pkg.dist_git_namespace}/${run.pkg.downstream_package_name}`,
      commits: result.commits,
      skipped,
      stopped,
      infos,
      notes,
      noun,
      platform: run.platform?.kind,
    }),
    head: result.head,
    notes,
  }
  const summary = `${brought} dist-git commit(s) brought back${stopped ? `; ${stopReport(stopped, true)}` : ''}`
  const outcome = run.remote
    ? await publish(run, sync, remoteBranch, summary)
    : await keepLocally(run, sync, summary)
  return { outcome, sync }
}

/**
 * How commits of the package link on its forge. Asked (config, else a probe) only when dist-git
 * is cloned from the instance: a local dist-git keeps Pagure's form and needs no request.
 */
async function commitLinks(
  options: SyncFromDownstreamOptions,
  pkg: PackageConfig,
  instanceUrl: string,
  http: () => HttpClient,
): Promise<(sha: string) => string> {
  const ns = pkg.dist_git_namespace
  const repo = pkg.downstream_package_name
  const fromInstance = options.distGit === undefined || options.distGit.startsWith(`${instanceUrl}/`)
  if (!fromInstance || !/^https?:\/\//.test(instanceUrl))
    return (sha) => `${instanceUrl}/${ns}/${repo}/c/${sha}`
  const distGit = await openDistGitForge({
    instanceUrl,
    http: http(),
    choice: options.forgeKind ?? pkg.dist_git_forge,
  })
  return (sha) => distGit.commitUrl(ns, repo, sha)
}

/** Subject, author and link of each dist-git commit. */
async function commitInfos(run: RunContext, shas: string[]): Promise<Record<string, DistGitCommitInfo>> {
  const infos: Record<string, DistGitCommitInfo> = {}
  for (const sha of new Set(shas)) {
    const [subject, author] = (await run.dist.output(['log', '-1', '--format=%s%x1f%an', sha, '--'])).split(
      '\x1f',
    )
    infos[sha] = { sha, subject, author, url: run.commitUrl(sha) }
  }
  return infos
}

/** Paths of the temporary worktree never reach a request text or a report. */
function cleanText(run: RunContext, text: string): string {
  return text.split(`${run.tree}/`).join('').split(run.tree).join('source-git')
}

// ---- local run ----------------------------------------------------------------------------

async function keepLocally(run: RunContext, sync: BranchSync, summary: string): Promise<BranchOutcome> {
  const { source, options } = run
  const { branch, syncBranch } = sync
  const ref = `refs/heads/${syncBranch}`
  const existing = await source.tryRevParse(ref)
  if (existing && (await sameSync(source, existing, sync.head!, run.baseCommit)))
    return {
      branch,
      operation: 'unchanged',
      reason: `${syncBranch} in ${source.dir} already has these commits`,
    }
  if (options.dryRun)
    return {
      branch,
      operation: existing ? 'updated' : 'created',
      dryRun: true,
      reason: `dry run: ${summary}; nothing was kept`,
    }
  const current = (await source.run(['symbolic-ref', '-q', 'HEAD'], { allowFailure: true })).stdout.trim()
  if (current === ref)
    throw new JobError(
      `${syncBranch} is checked out in ${source.dir}; check out another branch and run again`,
    )
  await source.run(['update-ref', ref, sync.head!, existing ?? ''])
  return {
    branch,
    operation: existing ? 'updated' : 'created',
    reason: `local branch ${syncBranch} on ${run.base} (${summary}); push it and propose it into ${run.base}`,
  }
}

/** Same tree, and the same dist-git commits brought back since the base. */
async function sameSync(git: Git, a: string, b: string, base: string): Promise<boolean> {
  const tree = (rev: string) => git.output(['rev-parse', `${rev}^{tree}`])
  const [ta, tb, la, lb] = await Promise.all([
    tree(a),
    tree(b),
    trailerList(git, base, a),
    trailerList(git, base, b),
  ])
  return ta === tb && la === lb
}

async function trailerList(git: Git, base: string, tip: string): Promise<string> {
  return git.output([
    'log',
    '--reverse',
    `--format=%(trailers:key=${FROM_DIST_GIT_TRAILER},valueonly,separator=%x2c)`,
    `${base}..${tip}`,
    '--',
  ])
}

interface RemoteBranch {
  sha?: string
  /** Fetched copy of it, when it exists. */
  ref?: string
}

async function readRemoteBranch(run: RunContext, syncBranch: string): Promise<RemoteBranch> {
  const remote = run.remote!
  const sha = await lsRemote(run.source, remote, syncBranch)
  if (!sha) return {}
  const ref = `${TEMP_REFS}/remote/${syncBranch}`
  await runRemote(
    run.source,
    remote,
    ['fetch', '-q', '--no-tags', remote.url, `+refs/heads/${syncBranch}:${ref}`],
    { action: 'read', branch: syncBranch },
  )
  return { sha, ref }
}

/** Pushes the sync branch (unless the remote has the same) and opens or updates its request. */
async function publish(
  run: RunContext,
  sync: BranchSync,
  remoteBranch: RemoteBranch | undefined,
  summary: string,
): Promise<BranchOutcome> {
  const { source, options } = run
  const remote = run.remote!
  const requests = run.platform?.requests
  const { branch, syncBranch } = sync
  const head = sync.head!
  let same = false
  if (remoteBranch?.ref) {
    // Commits without the trailer are someone's own work on the branch: not srcgit's to replace.
    const foreign = (
      await source.output([
        'log',
        `--format=%an%x1f%(trailers:key=${FROM_DIST_GIT_TRAILER},valueonly)%x1e`,
        `${run.baseCommit}..${remoteBranch.ref}`,
        '--',
      ])
    )
      .split('\x1e')
      .map((entry) => entry.trim().split('\x1f'))
      .find(([author, trailer]) => author && !trailer?.trim())
    if (foreign && !options.force)
      return {
        branch,
        operation: 'skipped',
        reason:
          `branch modified by ${foreign[0]}: ${syncBranch} on ${remote.label} has commits srcgit did not make; ` +
          'merge or close its request, or rerun with force to replace them',
      }
    same = await sameSync(source, remoteBranch.ref, head, run.baseCommit)
  }
  const existing = requests ? await requests.findOpen(syncBranch, run.base) : undefined
  const needsText =
    existing !== undefined &&
    (existing.title !== sync.title || normalizeText(existing.body) !== normalizeText(sync.body))
  if (same && existing && !needsText)
    return { branch, operation: 'unchanged', url: existing.url, reason: summary }
  if (options.dryRun)
    return {
      branch,
      operation: existing ? 'updated' : 'created',
      dryRun: true,
      url: existing?.url,
      reason: `dry run: ${summary}; nothing was pushed or proposed${requests ? '' : ` (without ${remote.platform.tokenName}, the open request was not looked up)`}`,
    }
  if (!requests) throw new JobError(`${remote.platform.tokenName} is empty`)
  const request: ChangeRequest = await pushWithRollback(
    source,
    remote,
    { branch: syncBranch, head, remoteSha: remoteBranch?.sha, push: !same },
    async () =>
      existing
        ? needsText
          ? await requests.update(existing.number, { title: sync.title, body: sync.body })
          : existing
        : (await requests.create({ head: syncBranch, base: run.base, title: sync.title, body: sync.body }))
            .request,
  )
  return { branch, operation: existing ? 'updated' : 'created', url: request.url, reason: summary }
}

// ---- small helpers ------------------------------------------------------------------------

export async function checkedOutBranch(source: Git): Promise<string> {
  const branch = (
    await source.run(['symbolic-ref', '-q', '--short', 'HEAD'], { allowFailure: true })
  ).stdout.trim()
  if (!branch)
    throw new JobError(
      `source-git ${source.dir} has no branch checked out (detached HEAD); give the branch to propose into with --base`,
    )
  return branch
}

/** Names srcgit puts in refs and command lines are plain. */
export function checkBranchName(name: string, what: string): void {
  if (!isPlainBranchName(name)) throw new JobError(`${what} "${name}" is not a branch name srcgit accepts`)
}
