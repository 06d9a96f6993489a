/**
 * `pull-from-upstream`: each new upstream release becomes a source-git pull request (GitHub) or
 * merge request (GitLab) from `srcgit/rebase-<version>` that replays the downstream commits onto
 * the release, with the dist-git pull request(s) of the preview job opened beside it.
 *
 * Orchestration only: the release comes from findNewestRelease, the replay from rebaseOnRelease
 * (both injectable), the texts and the plan from their own modules. Idempotent: a release no newer
 * than the branch's version writes nothing; a remote branch with the same content and a request
 * with the same text are not written to; a newer release while srcgit's rebase request is open
 * updates that request. Nothing half-done: a pushed branch whose request cannot be opened is put
 * back. Without a platform the work branch is only made in SOURCE_GIT.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import {
  loadConfig,
  PULL_FROM_UPSTREAM,
  repositoryName,
  singleJobView,
  type PackageConfig,
} from '../config/index.js'
import { tagToVersion } from '../dist-git/tag-template.js'
import type { ChangeRequest, ChangeRequestHost, SyncPlatform } from '../forges/source-git/change-requests.js'
import { Git } from '../git/git.js'
import { makeTempDir } from '../runtime/resources.js'
import { redact } from '../runtime/secrets.js'
// Namespace imports: the engine's modules are read when the job runs, not when it is linked.
import * as rebaseModule from '../source-git/rebase-on-release.js'
import type { RebaseOnReleaseResult } from '../source-git/rebase-on-release.js'
import { readRepoFile } from '../source-git/repo-files.js'
import * as releaseModule from '../source-git/upstream-release.js'
import type { UpstreamRelease } from '../source-git/upstream-release.js'
import { SpecFile } from '../spec/index.js'
import { rpmvercmp } from '../spec/rpmvercmp.js'
import { mirrorStatuses, type StatusSink } from '../status/sink.js'
import { commitIdentities } from './commit-identity.js'
import type { PreviewResult, SourceGitPullRequest } from './preview.js'
import { normalizeText, type BranchOutcome } from './publish.js'
import {
  chooseOpenRebase,
  parseRebaseMarker,
  publishStep,
  rebaseBranchName,
  REBASE_BRANCH_PREFIX,
  type OpenRebase,
} from './pull-from-upstream-plan.js'
import { rebaseDescription, rebaseStatus, rebaseTitle } from './pull-from-upstream-texts.js'
import { checkBranchName, checkedOutBranch } from './sync-from-downstream.js'
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
import { JobError } from './update-dist-git.js'

/** The two engine steps, injectable (unit tests give fakes). */
export interface PullFromUpstreamEngine {
  findNewestRelease: typeof releaseModule.findNewestRelease
  rebaseOnRelease: typeof rebaseModule.rebaseOnRelease
}

export interface PullFromUpstreamOptions {
  /** The source-git repository (its checkout is not touched; the work happens in a worktree). */
  sourceGit: string
  /** The branch to propose into (default: the branch SOURCE_GIT has checked out). */
  base?: string
  /** Remote name or URL the rebase branch is pushed to (default: origin). */
  remote?: string
  configFile?: string
  packageName?: string
  /** Push and propose there; absent: the work branch is made in SOURCE_GIT only. */
  platform?: SyncPlatform
  /** Where the request head's commit status goes (`srcgit/pull-from-upstream`). */
  statuses?: StatusSink
  /**
   * Opens the dist-git pull request(s) beside the request (the preview job), in the same run: a
   * request opened with GITHUB_TOKEN starts no workflow of its own.
   */
  preview?: (request: SourceGitPullRequest) => Promise<PreviewResult>
  /** Author (and committer) of srcgit's commits, "Name <email>" (default: git's identity, the CI actor, srcgit). */
  author?: string
  /** Report what would be done; push, propose and keep nothing. */
  dryRun?: boolean
  /** Replace commits someone else pushed to the rebase branch. */
  force?: boolean
  deadlineMs?: number
  engine?: Partial<PullFromUpstreamEngine>
}

/** The run in one word (the `result` output). */
export type PullResult =
  'up-to-date' | 'created' | 'updated' | 'unchanged' | 'conflict' | 'skipped' | 'failed'

export interface PullFromUpstreamResult {
  base: string
  mode: 'local' | 'github' | 'gitlab'
  dryRun: boolean
  /** The version of the base branch's spec. */
  current: string
  release?: UpstreamRelease
  rebase?: RebaseOnReleaseResult
  /** The branch the request is (or would be) from. */
  headBranch?: string
  title?: string
  body?: string
  result: PullResult
  /** What happened to the request (branch: the base). */
  outcome: BranchOutcome
  /** The dist-git pull requests opened beside it. */
  preview?: PreviewResult
  notes: string[]
}

/** Temporary refs in SOURCE_GIT (what was fetched), removed at the end. */
const TEMP_REFS = 'refs/srcgit/pull-from-upstream'

export async function pullFromUpstream(options: PullFromUpstreamOptions): Promise<PullFromUpstreamResult> {
  const engine: PullFromUpstreamEngine = {
    findNewestRelease: options.engine?.findNewestRelease ?? releaseModule.findNewestRelease,
    rebaseOnRelease: options.engine?.rebaseOnRelease ?? rebaseModule.rebaseOnRelease,
  }
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
  const cleanup: (() => Promise<void>)[] = []
  try {
    cleanup.push(async () => {
      const refs = await source.output(['for-each-ref', '--format=%(refname)', `${TEMP_REFS}/`])
      for (const ref of refs.split('\n').filter(Boolean))
        await source.run(['update-ref', '-d', ref], { allowFailure: true })
    })
    const baseRef = `${TEMP_REFS}/base`
    const baseCommit = remote
      ? await fetchBase(source, remote, base, baseRef)
      : await localBase(source, base).then(async (sha) => {
          await source.run(['update-ref', baseRef, sha])
          return sha
        })
    const holder = makeTempDir('srcgit-pull-')
    const tree = path.join(holder, path.basename(source.dir))
    await source.run(['worktree', 'add', '-q', '--detach', tree, baseCommit])
    cleanup.push(async () => {
      await source.run(['worktree', 'remove', '--force', tree], { allowFailure: true })
      rmSync(holder, { recursive: true, force: true })
      await source.run(['worktree', 'prune'], { allowFailure: true })
    })
    const work = source.at(tree)
    const configFile = options.configFile
      ? path.join(tree, path.relative(source.dir, path.resolve(source.dir, options.configFile)))
      : undefined
    const config = await loadConfig(tree, { configFile, repoName: await repositoryName(source.dir) })
    const chosen = singleJobView(config, PULL_FROM_UPSTREAM, options.packageName, 'pull-from-upstream')
    const notes = [...chosen.notes]
    const { pkg } = chosen.view
    const upstreamUrl = upstreamUrlOf(pkg, source.dir)
    const current = await currentVersion(work, pkg)

    const release = await engine.findNewestRelease({
      git: work,
      upstreamUrl,
      tagTemplate: pkg.upstream_tag_template,
      upstreamPackageName: pkg.upstream_package_name,
      include: pkg.upstream_tag_include || null,
      exclude: pkg.upstream_tag_exclude || null,
      deadlineMs: options.deadlineMs,
    })
    if (!release)
      throw new JobError(
        `no tag of ${redact(upstreamUrl)} matches upstream_tag_template "${pkg.upstream_tag_template}"` +
          `${pkg.upstream_tag_include ? ` and upstream_tag_include "${pkg.upstream_tag_include}"` : ''}` +
          `${pkg.upstream_tag_exclude ? ` but not upstream_tag_exclude "${pkg.upstream_tag_exclude}"` : ''}; ` +
          `fix them in ${pkg.config_file_path}`,
      )
    const run = {
      options,
      source,
      work,
      base,
      baseRef,
      baseCommit,
      remote,
      platform,
      release,
      upstreamUrl,
      notes,
    }
    const done = {
      base,
      mode: platform?.kind ?? ('local' as const),
      dryRun: options.dryRun ?? false,
      current,
      release,
      notes,
    }
    if (rpmvercmp(release.version, current) <= 0)
      return {
        ...done,
        result: 'up-to-date',
        outcome: {
          branch: base,
          operation: 'unchanged',
          reason: `up to date: ${base} is at version ${current}; the newest upstream release is ${release.tag} (${release.version})`,
        },
      }

    const open = remote && platform?.requests ? await openRebases(run, platform.requests) : []
    const workBranch = rebaseBranchName(release.version)
    const { chosen: existing, others } = chooseOpenRebase(open, workBranch)
    for (const o of others)
      notes.push(
        `${o.request.url} (${o.branch}) is another open rebase request into ${base}; it was left as it is`,
      )
    const headBranch = existing?.branch ?? workBranch
    checkBranchName(headBranch, 'the rebase branch')

    const workBefore = await source.tryRevParse(`refs/heads/${workBranch}`)
    if (remote || options.dryRun)
      cleanup.push(async () => {
        // update-ref, not `git branch -D`: the worktree still has the branch checked out here.
        const ref = `refs/heads/${workBranch}`
        await source.run(workBefore ? ['update-ref', ref, workBefore] : ['update-ref', '-d', ref], {
          allowFailure: true,
        })
      })
    const identity = (await commitIdentities(source, options.author)).committer
    const rebase = await engine.rebaseOnRelease({
      git: work,
      branch: baseRef,
      release,
      workBranch,
      identity: { name: identity.name, email: identity.email },
    })
    const published = remote
      ? await publish({ ...run, remote, headBranch, existing: existing?.request, rebase })
      : keepLocally(run, workBranch, rebase)
    const result: PullFromUpstreamResult = {
      ...done,
      rebase,
      headBranch,
      ...published,
      result: resultWord(published.outcome, rebase),
    }
    if (published.request && !options.dryRun && published.outcome.operation !== 'unchanged') {
      await writeStatus(options.statuses, published.head, rebase, release, notes)
      if (rebase.conflict)
        notes.push(
          `the dist-git pull request is not opened for ${published.request.url}: it stops at a conflict; it opens once the branch is complete`,
        )
      else if (options.preview)
        result.preview = await options.preview({
          number: published.request.number,
          title: published.request.title,
          url: published.request.url,
          headSha: published.head,
        })
    }
    return result
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined)
  }
}

interface RunContext {
  options: PullFromUpstreamOptions
  source: Git
  /** The worktree the rebase runs in. */
  work: Git
  base: string
  baseRef: string
  baseCommit: string
  remote?: SourceRemote
  platform?: SyncPlatform
  release: UpstreamRelease
  upstreamUrl: string
  notes: string[]
}

/** upstream_project_url; a relative path is relative to source-git. */
function upstreamUrlOf(pkg: PackageConfig, sourceDir: string): string {
  const url = pkg.upstream_project_url?.trim()
  if (!url)
    throw new JobError(
      `${pkg.config_file_path} has no upstream_project_url: pull-from-upstream lists the upstream tags there; ` +
        'set it to the upstream git repository (e.g. https://github.com/OWNER/NAME)',
    )
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || path.isAbsolute(url) ? url : path.resolve(sourceDir, url)
}

/** The base branch's version: the spec's Version, else upstream_ref's by upstream_tag_template. */
async function currentVersion(work: Git, pkg: PackageConfig): Promise<string> {
  if (pkg.specfile_path) {
    const spec = SpecFile.parse(await readRepoFile(work, pkg.specfile_path), { fileName: pkg.specfile_path })
    const version = spec.version
    if (version && version.unresolved.length === 0 && version.value) return version.value
  }
  const fromRef = pkg.upstream_ref
    ? tagToVersion(pkg.upstream_tag_template, pkg.upstream_ref, pkg.upstream_package_name)
    : undefined
  if (fromRef) return fromRef
  throw new JobError(
    `srcgit cannot tell the version of the source-git branch: ${pkg.specfile_path ?? 'the spec'} has no plain Version and ` +
      `upstream_ref "${pkg.upstream_ref ?? ''}" does not match upstream_tag_template "${pkg.upstream_tag_template}" in ${pkg.config_file_path}`,
  )
}

/** The open requests from srcgit/rebase-* branches of the remote into the base. */
async function openRebases(
  run: RunContext,
  requests: ChangeRequestHost,
): Promise<OpenRebase<ChangeRequest>[]> {
  const remote = run.remote!
  const out = await runRemote(
    run.source,
    remote,
    ['ls-remote', '--refs', remote.url, `refs/heads/${REBASE_BRANCH_PREFIX}*`],
    { action: 'read', branch: `${REBASE_BRANCH_PREFIX}*` },
  )
  const branches = out
    .split('\n')
    .map((line) => line.split('\t')[1]?.replace(/^refs\/heads\//, ''))
    .filter((b): b is string => !!b && b.startsWith(REBASE_BRANCH_PREFIX))
  const open: OpenRebase<ChangeRequest>[] = []
  for (const branch of branches) {
    const request = await requests.findOpen(branch, run.base)
    if (request) open.push({ branch, request })
  }
  return open
}

interface Published {
  outcome: BranchOutcome
  title?: string
  body?: string
  request?: ChangeRequest
  /** The head the request has once the run is done. */
  head: string
}

async function publish(
  run: RunContext & {
    remote: SourceRemote
    headBranch: string
    existing?: ChangeRequest
    rebase: RebaseOnReleaseResult
  },
): Promise<Published> {
  const { source, remote, headBranch, existing, rebase, release, options } = run
  const requests = run.platform?.requests
  const remoteSha = await lsRemote(source, remote, headBranch)
  let sameContent = false
  if (remoteSha) {
    const ref = `${TEMP_REFS}/remote`
    await runRemote(
      source,
      remote,
      ['fetch', '-q', '--no-tags', remote.url, `+refs/heads/${headBranch}:${ref}`],
      {
        action: 'read',
        branch: headBranch,
      },
    )
    sameContent = await sameRebase(source, ref, rebase.head, release.commit)
  }
  const head = remoteSha && sameContent ? remoteSha : rebase.head
  const title = rebaseTitle(release)
  const body = rebaseDescription({
    base: run.base,
    headBranch,
    release,
    upstreamUrl: redactUrl(run.upstreamUrl),
    rebase,
    head,
    noun: requests?.noun ?? (remote.platform.kind === 'gitlab' ? 'merge request' : 'pull request'),
    platform: remote.platform.kind,
  })
  const sameText =
    !!existing && existing.title === title && normalizeText(existing.body) === normalizeText(body)
  const step = publishStep({
    remoteSha,
    sameContent,
    marker: existing ? parseRebaseMarker(existing.body) : undefined,
    requestOpen: !!existing,
    sameText,
    force: options.force ?? false,
  })
  const summary = summaryOf(rebase, release)
  const outcome = (operation: BranchOutcome['operation'], reason: string, url = existing?.url) => ({
    branch: run.base,
    operation,
    reason,
    ...(url ? { url } : {}),
  })
  if (step.kind === 'foreign')
    return {
      outcome: outcome(
        'skipped',
        `${headBranch} on ${remote.label} has commits srcgit did not push (someone finishing the rebase?); ` +
          'merge or close its request, or rerun with force to replace them',
      ),
      head: remoteSha!,
    }
  if (step.kind === 'unchanged')
    return {
      outcome: outcome('unchanged', `${headBranch} already has ${summary}`),
      title,
      body,
      request: existing,
      head,
    }
  if (options.dryRun)
    return {
      outcome: {
        ...outcome(
          existing ? 'updated' : 'created',
          `dry run: ${summary}; would ${step.push ? `push ${headBranch} and ` : ''}${existing ? 'update' : 'open'} the request; ` +
            `nothing was pushed or proposed${requests ? '' : ` (without ${remote.platform.tokenName}, open requests were not looked up)`}`,
        ),
        dryRun: true,
      },
      title,
      body,
      head,
    }
  if (!requests) throw new JobError(`${remote.platform.tokenName} is empty`)
  const request = await pushWithRollback(
    source,
    remote,
    { branch: headBranch, head: rebase.head, remoteSha, push: step.push },
    async () =>
      step.write === 'create'
        ? (await requests.create({ head: headBranch, base: run.base, title, body })).request
        : step.write === 'update'
          ? await requests.update(existing!.number, { title, body })
          : existing!,
  )
  return {
    outcome: outcome(existing ? 'updated' : 'created', summary, request.url),
    title,
    body,
    request,
    head,
  }
}

/** Same tree, and the release is in its history. */
async function sameRebase(git: Git, remote: string, head: string, releaseCommit: string): Promise<boolean> {
  const tree = (rev: string) => git.output(['rev-parse', `${rev}^{tree}`])
  if ((await tree(remote)) !== (await tree(head))) return false
  const ancestor = await git.run(['merge-base', '--is-ancestor', releaseCommit, remote], {
    allowFailure: true,
  })
  return ancestor.code === 0
}

function summaryOf(rebase: RebaseOnReleaseResult, release: UpstreamRelease): string {
  const parts = [`${release.tag}: ${rebase.replayed.length} downstream commit(s) replayed`]
  if (rebase.dropped.length) parts.push(`${rebase.dropped.length} dropped as upstreamed`)
  if (rebase.conflict)
    parts.push(
      `conflict at ${rebase.conflict.original.slice(0, 12)} ("${rebase.conflict.subject}") in ${rebase.conflict.files.join(', ') || 'files git did not name'}`,
    )
  return parts.join(', ')
}

function keepLocally(run: RunContext, workBranch: string, rebase: RebaseOnReleaseResult): Published {
  const summary = summaryOf(rebase, run.release)
  if (run.options.dryRun)
    return {
      outcome: {
        branch: run.base,
        operation: 'created',
        dryRun: true,
        reason: `dry run: ${summary}; nothing was kept`,
      },
      head: rebase.head,
    }
  return {
    outcome: {
      branch: run.base,
      operation: 'created',
      reason: `local branch ${workBranch} (${summary}); push it and propose it into ${run.base}`,
    },
    title: rebaseTitle(run.release),
    head: rebase.head,
  }
}

async function writeStatus(
  sink: StatusSink | undefined,
  head: string,
  rebase: RebaseOnReleaseResult,
  release: UpstreamRelease,
  notes: string[],
): Promise<void> {
  if (!sink) return
  try {
    await mirrorStatuses(sink, head, [rebaseStatus(rebase, release)])
  } catch (error) {
    notes.push(
      `the commit status could not be set on ${head.slice(0, 12)}: ${redact((error as Error).message)}`,
    )
  }
}

function resultWord(outcome: BranchOutcome, rebase: RebaseOnReleaseResult): PullResult {
  if (outcome.operation === 'failed' || outcome.operation === 'skipped') return outcome.operation
  if (rebase.conflict) return 'conflict'
  return outcome.operation === 'closed' ? 'updated' : outcome.operation
}
