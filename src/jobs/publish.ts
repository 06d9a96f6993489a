/**
 * The forge side of propose-downstream: after the local commits exist (one per dist-git
 * branch), upload the archives the lookaside cache lacks, make sure the bot's fork exists,
 * push each `<branch>-update-propose_downstream` branch and open or update its pull request.
 *
 * Order matters for "nothing half-done": everything that can refuse the run (token, project,
 * missing keytab, upload) happens before the first push, and a pull request that cannot be
 * opened takes its freshly pushed branch back. A dry run makes the same reads and reports
 * what it would do, with no write request at all.
 */
import path from 'node:path'
import type { Git } from '../git/git.js'
import { lsRemote, pushBranch, type PushTransport } from '../git/transport.js'
import type { DistGitForge, DistGitPullRequest, FindPullRequest } from '../forges/dist-git/forge.js'
import type { ArtifactStore, LookasideAuth } from '../lookaside/lookaside.js'
import { carrySupersededCommits, parseTrailers } from '../dist-git/messages.js'
import { SOURCE_GIT_TRAILER } from '../dist-git/checkout.js'
import { redact } from '../runtime/secrets.js'
import { JobError } from './update-dist-git.js'

/** `closed`: a source-git PR's preview, closed with it. */
export type Operation = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed' | 'closed'

/** A branch's local commit, ready to be proposed. */
export interface ReadyBranch {
  branch: string
  prBranch: string
  /** The target branch commit the proposal sits on. */
  base: string
  commit: string
  title: string
  description: string
  /** The archive the branch's `sources` names, when it may be missing from the lookaside cache. */
  archive?: { path: string; sha512: string }
}

export interface BranchOutcome {
  branch: string
  /** The dist-git package, when the run proposes to more than one. */
  package?: string
  operation: Operation
  /** Planned, not done (a dry run): logs and summaries say "would create", the outputs keep the operation. */
  dryRun?: boolean
  /** Pull request URL, when there is one. */
  url?: string
  reason?: string
}

export interface PublishContext {
  dist: Git
  distGit: DistGitForge
  namespace: string
  pkg: string
  /** The token's user, who owns the fork and authors the PRs. */
  forkUser: string
  /** Where to push (and read) the fork branch, with its credentials. */
  forkUrl: string
  transport: PushTransport
  lookaside: ArtifactStore
  /** Runs an upload with credentials (a Kerberos ticket for its duration); undefined without a keytab. */
  withUploadAuth?: <T>(fn: (auth: LookasideAuth) => Promise<T>) => Promise<T>
  /** The secret to name when an upload is needed and there is no keytab. */
  keytabHint: string
  force: boolean
  dryRun: boolean
}

/**
 * Uploads every archive the cache lacks, before anything touches dist-git. Fails (naming the
 * secret) when an upload is needed and no keytab was given. Returns notes for the report.
 */
export async function ensureArchivesUploaded(ctx: PublishContext, ready: ReadyBranch[]): Promise<string[]> {
  const notes: string[] = []
  const name = `${ctx.namespace}/${ctx.pkg}`
  const seen = new Set<string>()
  const missing: NonNullable<ReadyBranch['archive']>[] = []
  for (const { archive } of ready) {
    if (!archive || seen.has(archive.sha512)) continue
    seen.add(archive.sha512)
    const file = path.basename(archive.path)
    if (await ctx.lookaside.isPresent(name, file, archive.sha512))
      notes.push(`${file} is already in the lookaside cache`)
    else missing.push(archive)
  }
  if (missing.length === 0) return notes
  const files = missing.map((a) => path.basename(a.path)).join(', ')
  const withAuth = ctx.withUploadAuth
  if (!withAuth)
    throw new JobError(
      `${files} must be uploaded to the lookaside cache, and that needs a Kerberos keytab: ${ctx.keytabHint}`,
    )
  if (ctx.dryRun) {
    notes.push(`would upload ${files} to the lookaside cache`)
    return notes
  }
  await withAuth(async (auth) => {
    for (const archive of missing) {
      const result = await ctx.lookaside.upload(archive.path, { name, sha512: archive.sha512 }, auth)
      notes.push(result.message)
    }
  })
  return notes
}

/** Pushes one branch and opens or updates its pull request; never throws. */
export async function publishBranch(ctx: PublishContext, ready: ReadyBranch): Promise<BranchOutcome> {
  const { branch } = ready
  try {
    return await publish(ctx, ready)
  } catch (error) {
    return { branch, operation: 'failed', reason: redact((error as Error).message) }
  }
}

async function publish(ctx: PublishContext, ready: ReadyBranch): Promise<BranchOutcome> {
  const { distGit, branch, prBranch } = { ...ctx, ...ready }
  const remote = await forkBranch(ctx, ready)
  const find: FindPullRequest = {
    ns: ctx.namespace,
    repo: ctx.pkg,
    author: ctx.forkUser,
    forkUser: ctx.forkUser,
    sourceBranch: prBranch,
    targetBranch: branch,
  }
  let existing = await distGit.findOpenPullRequest(find)
  if (remote.foreign && !ctx.force)
    return {
      branch,
      operation: 'skipped',
      // The PR is there, with the maintainer's commits: the outcome and its status link to it.
      ...(existing?.url ? { url: existing.url } : {}),
      reason: `branch modified by ${remote.foreign}: ${prBranch} in the fork has commits srcgit did not make; rerun with force to replace them`,
    }
  // The PR remembers the source-git commits it carried before, so sync-status can settle them.
  const textFor = (pr: DistGitPullRequest) => ({
    title: ready.title,
    description: carrySupersededCommits(ready.description, pr.description),
  })
  const needsPush = !remote.sameContent
  // A PR carried over from Pagure by the migration does not let maintainers push yet: the
  // update that follows (same title and text) sets it, once.
  const needsUpdate = (pr: DistGitPullRequest) => needsText(pr, textFor(pr)) || pr.maintainerCanPush === false
  if (!needsPush && existing && !needsUpdate(existing))
    return { branch, operation: 'unchanged', url: existing.url }
  if (ctx.dryRun)
    return {
      branch,
      operation: existing ? 'updated' : 'created',
      dryRun: true,
      url: existing?.url,
      reason: 'dry run: nothing was pushed or proposed',
    }

  const pushed = needsPush ? await pushOrSettle(ctx, ready, remote.sha) : 'unchanged'
  // Another run of this release pushed the same proposal first (or, for `landed`, maybe the very
  // same commit) and opens the pull request: take that one rather than open a second (Pagure
  // accepts duplicates; Forgejo refuses them, and createPullRequest returns the open one). A known pull request needs no wait: it is updated either way.
  if (pushed === 'theirs' || (pushed === 'landed' && !existing)) {
    existing = (await waitForPullRequest(ctx, find)) ?? existing
    if (existing && !needsUpdate(existing))
      return {
        branch,
        operation: 'unchanged',
        url: existing.url,
        reason: 'another run of this release proposed it at the same time',
      }
  }
  let pr: DistGitPullRequest
  try {
    pr = existing
      ? needsUpdate(existing)
        ? await distGit.updatePullRequest(ctx.namespace, ctx.pkg, existing.number, textFor(existing))
        : existing
      : await distGit.createPullRequest({ ...find, title: ready.title, description: ready.description })
  } catch (error) {
    // No pushed branch without its pull request: put the fork branch back as it was.
    if (pushed === 'pushed' || pushed === 'landed') await restoreForkBranch(ctx, ready, remote.sha)
    throw error
  }
  return { branch, operation: existing ? 'updated' : 'created', url: pr.url || existing?.url }
}

function needsText(existing: DistGitPullRequest, text: { title: string; description: string }): boolean {
  return (
    existing.title !== text.title || normalizeText(existing.description) !== normalizeText(text.description)
  )
}

/**
 * Pushes the proposal. A push that failed is settled by reading the fork branch back: holding
 * our commit, the remote took the push and only the answer was lost, or another run pushed the
 * identical commit (`landed`: the two cannot be told apart); holding the same proposal from
 * another commit, another run of this release pushed first (`theirs`). Anything else is the
 * push's own error.
 */
async function pushOrSettle(
  ctx: PublishContext,
  ready: ReadyBranch,
  before: string | undefined,
): Promise<'pushed' | 'landed' | 'theirs'> {
  try {
    const result = await pushBranch(ctx.dist, {
      url: ctx.forkUrl,
      localRef: ready.commit,
      remoteBranch: ready.prBranch,
      expectRemote: before ?? '',
      transport: ctx.transport,
    })
    // Already there: an identical commit (same content, same second) from another run.
    return result === 'up-to-date' ? 'theirs' : 'pushed'
  } catch (error) {
    const now = await forkBranch(ctx, ready).catch(() => undefined)
    if (now?.sha === ready.commit) return 'landed'
    if (now?.sha !== undefined && now.sha !== before && now.sameContent) return 'theirs'
    throw error
  }
}

/** Seconds between the looks for the pull request another run is opening (about 15 s in all). */
const PR_WAIT_SECONDS = [0.5, 1, 2, 4, 8]

/** The open pull request for the branch pair once another run has opened it; undefined if it never comes. */
async function waitForPullRequest(
  ctx: PublishContext,
  find: FindPullRequest,
): Promise<DistGitPullRequest | undefined> {
  for (const seconds of [0, ...PR_WAIT_SECONDS]) {
    if (seconds > 0) await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
    const pr = await ctx.distGit.findOpenPullRequest(find)
    if (pr) return pr
  }
  return undefined
}

interface ForkBranchState {
  /** The fork branch head, undefined when the branch (or the fork) does not exist. */
  sha?: string
  /** Author of the first commit srcgit did not make, if any. */
  foreign?: string
  /** The fork branch already holds exactly this proposal on this base. */
  sameContent: boolean
}

async function forkBranch(ctx: PublishContext, ready: ReadyBranch): Promise<ForkBranchState> {
  const sha = await lsRemote(ctx.dist, ctx.forkUrl, ready.prBranch, ctx.transport).catch((error: Error) => {
    // A fork that does not exist yet (first run, or a dry run before forking) has no branch.
    if (/not found|does not exist|repository .* not found/i.test(error.message)) return undefined
    throw error
  })
  if (!sha) return { sameContent: false }
  await ctx.dist.run(
    ['fetch', '-q', '--no-tags', ctx.forkUrl, `+refs/heads/${ready.prBranch}:refs/srcgit/fork`],
    {
      env: ctx.transport.env,
    },
  )
  // Commits on the fork branch that the target branch does not have.
  const log = await ctx.dist.output(['log', '--format=%H%x00%an%x00%B%x1e', sha, '--not', ready.base])
  const commits = log
    .split('\x1e')
    .map((entry) => entry.replace(/^\n/, ''))
    .filter(Boolean)
    .map((entry) => {
      const [hash, author, message] = entry.split('\0')
      return { hash, author, message }
    })
  const ours = (message: string) =>
    Object.keys(parseTrailers(message)).some((t) => t.toLowerCase() === SOURCE_GIT_TRAILER.toLowerCase())
  const foreign = commits.find((c) => !ours(c.message))
  const [ourTree, theirTree, ourMessage] = await Promise.all([
    ctx.dist.output(['rev-parse', `${ready.commit}^{tree}`]),
    ctx.dist.output(['rev-parse', `${sha}^{tree}`]),
    ctx.dist.output(['log', '-1', '--format=%B', ready.commit]),
  ])
  const parent = await ctx.dist.tryRevParse(`${sha}^`)
  // The same proposal: same content, or the same release from the same source-git commit on the
  // same base (a rerun on another day differs only in the changelog date; keep what is there).
  const same = ourTree === theirTree || (commits.length === 1 && sameRelease(commits[0].message, ourMessage))
  return {
    sha,
    foreign: foreign?.author,
    sameContent: !foreign && commits.length === 1 && parent === ready.base && same,
  }
}

async function restoreForkBranch(ctx: PublishContext, ready: ReadyBranch, before: string | undefined) {
  const ref = `refs/heads/${ready.prBranch}`
  const args = before
    ? ['push', '-q', `--force-with-lease=${ref}:${ready.commit}`, ctx.forkUrl, `${before}:${ref}`]
    : ['push', '-q', `--force-with-lease=${ref}:${ready.commit}`, ctx.forkUrl, `:${ref}`]
  await ctx.dist.run(args, { env: ctx.transport.env, allowFailure: true })
}

/** A request text as forges give it back: CRLF line ends and trailing newlines do not count. */
export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/\r\n?/g, '\n').trim()
}

/** Two srcgit commits propose the same release from the same source-git commit. */
function sameRelease(theirs: string, ours: string): boolean {
  const key = (message: string) => {
    const trailer = Object.entries(parseTrailers(message)).find(
      ([token]) => token.toLowerCase() === SOURCE_GIT_TRAILER.toLowerCase(),
    )
    const tag = /^Upstream tag: (.*)$/m.exec(message)?.[1]
    return trailer && tag ? `${message.split('\n', 1)[0]}\0${tag}\0${trailer[1].join(',')}` : undefined
  }
  const a = key(theirs)
  return a !== undefined && a === key(ours)
}
