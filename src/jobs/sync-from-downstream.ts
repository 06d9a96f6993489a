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
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig, type PackageConfig } from '../config/index.js'
import { DEFAULT_BODHI_URL } from '../forges/bodhi.js'
import { GitHubRepoClient, type GitHubRepoClientOptions } from '../forges/github-api.js'
import { GitLabProjectClient, type GitLabProjectClientOptions } from '../forges/gitlab-api.js'
import { Git, isRemoteUrl } from '../git/git.js'
import { HttpClient } from '../http/client.js'
import { redact, registerSecret } from '../runtime/secrets.js'
import { FROM_DIST_GIT_TRAILER } from '../source-git/from-dist-git.js'
import { branchesFor, distGitWorkTree, sortLike } from './propose-downstream.js'
import type { BranchOutcome } from './publish.js'
import { JobError, pickPackage } from './update-dist-git.js'
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

// ---- platforms ----------------------------------------------------------------------------

/** A pull request (GitHub) or merge request (GitLab), as this job sees either. */
export interface ChangeRequest {
  number: number
  url: string
  title: string
  body: string
}

/** The pull/merge request calls the job makes, the same on both platforms. */
export interface ChangeRequestHost {
  /** "pull request" or "merge request", for messages. */
  readonly noun: string
  findOpen(head: string, base: string): Promise<ChangeRequest | undefined>
  /** Opens one; an already open one for the same branches comes back with created: false. */
  create(request: {
    head: string
    base: string
    title: string
    body: string
  }): Promise<{ request: ChangeRequest; created: boolean }>
  update(number: number, changes: { title: string; body: string }): Promise<ChangeRequest>
}

export function githubRequests(client: GitHubRepoClient): ChangeRequestHost {
  const of = (p: { number: number; html_url: string; title: string; body: string | null }) => ({
    number: p.number,
    url: p.html_url,
    title: p.title,
    body: p.body ?? '',
  })
  return {
    noun: 'pull request',
    findOpen: async (head, base) => {
      const pull = await client.findOpenPull(head, base)
      return pull && of(pull)
    },
    create: async ({ head, base, title, body }) => {
      const { pull, created } = await client.createPull({ head, base, title, body })
      return { request: of(pull), created }
    },
    update: async (number, changes) => of(await client.updatePull(number, changes)),
  }
}

export function gitlabRequests(client: GitLabProjectClient): ChangeRequestHost {
  const of = (mr: { iid: number; web_url: string; title: string; description: string | null }) => ({
    number: mr.iid,
    url: mr.web_url,
    title: mr.title,
    body: mr.description ?? '',
  })
  return {
    noun: 'merge request',
    findOpen: async (head, base) => {
      const mr = await client.findOpenMergeRequest(head, base)
      return mr && of(mr)
    },
    create: async ({ head, base, title, body }) => {
      const { mergeRequest, created } = await client.createMergeRequest({
        source_branch: head,
        target_branch: base,
        title,
        description: body,
        // The branch is srcgit's: once merged it has done its job.
        remove_source_branch: true,
      })
      return { request: of(mergeRequest), created }
    },
    update: async (iid, { title, body }) =>
      of(await client.updateMergeRequest(iid, { title, description: body })),
  }
}

/** Where the sync is proposed: the platform, its token (for pushes over https too) and its API. */
export interface SyncPlatform {
  kind: 'github' | 'gitlab'
  /** The token; pushes over https carry it too (GitHub as x-access-token, GitLab as oauth2). */
  token?: string
  /** How the user gives the token, for messages (e.g. "SRCGIT_GITHUB_TOKEN", "the github-token input"). */
  tokenName: string
  /** The pull/merge request API; undefined only for a dry run without a token. */
  requests?: ChangeRequestHost
  /** Closes the API client's connections. */
  close?: () => Promise<void>
}

/** GitHub: the token (contents: write, pull-requests: write), `owner/name`, GITHUB_API_URL. */
export function githubPlatform(opts: {
  token?: string
  repository: string
  tokenName?: string
  apiUrl?: string
  env?: NodeJS.ProcessEnv
  client?: Partial<GitHubRepoClientOptions>
}): SyncPlatform {
  const tokenName = opts.tokenName ?? 'SRCGIT_GITHUB_TOKEN'
  if (!opts.token) return { kind: 'github', tokenName }
  const client = new GitHubRepoClient({
    token: opts.token,
    repository: opts.repository,
    baseUrl: opts.apiUrl,
    env: opts.env,
    ...opts.client,
  })
  return {
    kind: 'github',
    token: opts.token,
    tokenName,
    requests: githubRequests(client),
    close: () => client.close(),
  }
}

/** GitLab: a project access token (Developer role, api scope), the project (default CI_PROJECT_ID). */
export function gitlabPlatform(opts: {
  token?: string
  project?: string
  tokenName?: string
  env?: Record<string, string | undefined>
  client?: Partial<GitLabProjectClientOptions>
}): SyncPlatform {
  const tokenName = opts.tokenName ?? 'SRCGIT_GITLAB_TOKEN'
  // GitLab CI's clone URL carries the job token: git's messages must not show it.
  registerSecret((opts.env ?? process.env).CI_JOB_TOKEN)
  if (!opts.token) return { kind: 'gitlab', tokenName }
  const client = new GitLabProjectClient({
    token: opts.token,
    project: opts.project,
    env: opts.env,
    ...opts.client,
  })
  return { kind: 'gitlab', token: opts.token, tokenName, requests: gitlabRequests(client) }
}

// ---- the job ------------------------------------------------------------------------------

export interface SyncFromDownstreamOptions {
  /** The source-git repository (its checkout is not touched; the work happens in a worktree). */
  sourceGit: string
  /** The branch to propose into (default: the branch SOURCE_GIT has checked out). */
  base?: string
  /** Remote name or URL the sync branch is pushed to (default: origin). */
  remote?: string
  /** A local dist-git repository or a URL to clone (default: the package on the instance). */
  distGit?: string
  /** The Pagure instance (default: dist_git_base_url). */
  instanceUrl?: string
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
    const baseCommit = remote ? await fetchBase(source, remote, base) : await localBase(source, base)

    // One worktree for the run, reset to the base for each branch. Named like SOURCE_GIT: the
    // configuration's defaults come from the repository's directory name.
    const holder = mkdtempSync(path.join(os.tmpdir(), 'srcgit-sync-'))
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
    const config = await loadConfig(tree, { configFile })
    const { pkg } = pickPackage(config, options.packageName)
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
      pkg,
      source,
      tree,
      configFile,
      base,
      baseCommit,
      dist,
      distLabel: redactUrl(distLocation),
      webUrl: `${instanceUrl}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}`,
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
  /** The package's dist-git web page (commit links are `${webUrl}/c/<sha>`). */
  webUrl: string
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
  const { source, dist, options } = run
  checkBranchName(branch, 'the dist-git branch')
  const syncBranch = syncBranchName(branch)
  const distRef =
    (await dist.tryRevParse(`refs/heads/${branch}`)) ??
    (await dist.tryRevParse(`refs/remotes/origin/${branch}`))
  if (!distRef) throw new JobError(`dist-git ${run.distLabel} has no branch "${branch}"`)

  // What the remote has, read before anything is made.
  const remoteBranch = run.remote ? await readRemoteBranch(run, syncBranch) : undefined

  const holder = mkdtempSync(path.join(os.tmpdir(), 'srcgit-sync-dist-git-'))
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
      packageName: options.packageName,
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

/** Subject, author and link of each dist-git commit. */
async function commitInfos(run: RunContext, shas: string[]): Promise<Record<string, DistGitCommitInfo>> {
  const infos: Record<string, DistGitCommitInfo> = {}
  for (const sha of new Set(shas)) {
    const [subject, author] = (await run.dist.output(['log', '-1', '--format=%s%x1f%an', sha, '--'])).split(
      '\x1f',
    )
    infos[sha] = { sha, subject, author, url: `${run.webUrl}/c/${sha}` }
  }
  return infos
}

/** One line on where a sync stopped. */
function stopReport(stopped: StoppedAt, short = false): string {
  const where = `stopped before dist-git commit ${stopped.distGitCommit.slice(0, 12)} ("${stopped.subject}")${stopped.patch ? ` at patch ${stopped.patch}` : ''}`
  return short ? `${where}, see the report` : `${where}: ${stopped.reason}`
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

// ---- the remote and the request -----------------------------------------------------------

/** The source-git remote: where git talks to, how it is named in messages, and the credentials. */
interface SourceRemote {
  url: string
  label: string
  /** Command-scoped git config carrying the token (empty for local paths and SSH). */
  env: Record<string, string>
  platform: SyncPlatform
}

async function resolveRemote(source: Git, remote: string, platform: SyncPlatform): Promise<SourceRemote> {
  let url = remote
  const isPath = path.isAbsolute(remote) || remote.startsWith('.')
  if (!isRemoteUrl(remote) && !isPath) {
    const got = await source.run(['remote', 'get-url', '--push', remote], { allowFailure: true })
    if (got.code !== 0)
      throw new JobError(
        `source-git ${source.dir} has no remote "${remote}"; give the remote to push the sync branch to (--remote NAME|URL)`,
      )
    url = got.stdout.trim()
  }
  if (!isRemoteUrl(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url)) url = path.resolve(source.dir, url)
  const credentials = httpCredentials(url, platform)
  return { url: credentials?.url ?? url, label: redactUrl(url), env: credentials?.env ?? {}, platform }
}

/**
 * For an http(s) remote and a token: the URL without user info and command-scoped git config
 * (GIT_CONFIG_COUNT/KEY/VALUE, like `-c` without showing in argv or on disk) that first clears
 * any extraheader inherited for the URL (actions/checkout persists one) and then sends the token.
 */
export function httpCredentials(
  url: string,
  platform: Pick<SyncPlatform, 'kind' | 'token' | 'tokenName'>,
  env: NodeJS.ProcessEnv = process.env,
): { url: string; env: Record<string, string> } | undefined {
  const token = platform.token?.trim()
  if (!token || !/^https?:\/\//i.test(url)) return undefined
  const parsed = new URL(url)
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
  if (parsed.protocol === 'http:' && !loopback)
    throw new JobError(
      `the source-git remote ${redactUrl(url)} is plain http: ${platform.tokenName} is not sent over it; use its https URL (--remote)`,
    )
  parsed.username = ''
  parsed.password = ''
  const clean = parsed.toString()
  const user = platform.kind === 'github' ? 'x-access-token' : 'oauth2'
  const credential = Buffer.from(`${user}:${token}`).toString('base64')
  registerSecret(token)
  registerSecret(credential)
  const index = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10) || 0
  const key = `http.${clean}.extraheader`
  return {
    url: clean,
    env: {
      GIT_CONFIG_COUNT: String(index + 2),
      [`GIT_CONFIG_KEY_${index}`]: key,
      [`GIT_CONFIG_VALUE_${index}`]: '',
      [`GIT_CONFIG_KEY_${index + 1}`]: key,
      [`GIT_CONFIG_VALUE_${index + 1}`]: `AUTHORIZATION: basic ${credential}`,
    },
  }
}

/** A URL for messages: no user info (GitLab CI's clone URL carries the job token in it). */
function redactUrl(url: string): string {
  return redact(url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1'))
}

async function runRemote(
  source: Git,
  remote: SourceRemote,
  args: string[],
  what: { action: 'read' | 'push'; branch: string },
): Promise<string> {
  const result = await source.run(args, { env: remote.env, allowFailure: true })
  if (result.code === 0) return result.stdout
  throw new JobError(explainRemoteFailure(`${result.stderr}\n${result.stdout}`, remote, what))
}

/** An actionable message for a failed fetch, ls-remote or push to the source-git remote. */
export function explainRemoteFailure(
  output: string,
  remote: Pick<SourceRemote, 'label' | 'platform'>,
  what: { action: 'read' | 'push'; branch: string },
): string {
  const text = redact(output)
  const { kind, tokenName } = remote.platform
  const doing =
    what.action === 'push'
      ? `Pushing ${what.branch} to ${remote.label}`
      : `Reading ${what.branch} from ${remote.label}`
  const pushRights =
    kind === 'github'
      ? `${tokenName} must be allowed to push: give the workflow job \`permissions: contents: write\` ` +
        '(a personal access token needs "Contents: write", or the repo scope)'
      : `${tokenName} must be allowed to push: a project access token with the Developer role and the api ` +
        '(or write_repository) scope; a protected-branch rule matching srcgit/* needs Maintainer'
  let reason: string
  if (/\(stale info\)|\(fetch first\)|\(non-fast-forward\)/.test(text))
    reason = `${what.branch} changed on the remote since it was read; srcgit did not overwrite it. Run again.`
  else if (
    /returned error: 403|Permission to .* denied|denied to|not allowed to push|pre-receive hook declined|protected branch|insufficient_scope/i.test(
      text,
    )
  )
    reason = `the remote refused it: ${pushRights}.`
  else if (
    /returned error: 401|Authentication failed|could not read (Username|Password)|HTTP Basic: Access denied/i.test(
      text,
    )
  )
    reason = remote.platform.token
      ? `the remote refused ${tokenName} (wrong, revoked or expired): ${pushRights}.`
      : `the remote asks for credentials: set ${tokenName} (${kind === 'github' ? GITHUB_TOKEN_HOW : GITLAB_TOKEN_HOW}).`
  else if (
    /returned error: 404|repository '.*' not found|does not appear to be a git repository|not found/i.test(
      text,
    )
  )
    reason = `the repository does not exist, or ${tokenName} cannot see it; check --remote.`
  else if (/Could not resolve host|Connection refused|Connection timed out|Failed to connect/i.test(text))
    reason = 'the remote could not be reached from here (DNS, firewall or proxy).'
  else reason = 'see the git output below.'
  const details = text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line && !/^hint:/.test(line))
    .slice(-10)
    .map((line) => `  ${line}`)
    .join('\n')
  return `${doing} failed: ${reason}${details ? `\ngit said:\n${details}` : ''}`
}

const GITHUB_TOKEN_HOW =
  'pass a token that may push and open pull requests (in a workflow: `permissions: contents: write` and ' +
  '`pull-requests: write` for GITHUB_TOKEN, or a personal access token with "Contents: write" and "Pull requests: write")'
const GITLAB_TOKEN_HOW =
  'create a project access token with the Developer role and the api scope (Settings > Access tokens) and store it ' +
  'as the masked CI/CD variable SRCGIT_GITLAB_TOKEN'

/** The remote base branch, fetched: the sync starts where the request will be merged. */
async function fetchBase(source: Git, remote: SourceRemote, base: string): Promise<string> {
  const sha = await lsRemote(source, remote, base)
  if (!sha)
    throw new JobError(
      `the base branch "${base}" is not on ${remote.label}; give the branch the ${remote.platform.kind === 'gitlab' ? 'merge' : 'pull'} request goes into with --base`,
    )
  await runRemote(
    source,
    remote,
    ['fetch', '-q', '--no-tags', remote.url, `+refs/heads/${base}:${TEMP_REFS}/base`],
    { action: 'read', branch: base },
  )
  return (await source.tryRevParse(`${TEMP_REFS}/base`))!
}

async function localBase(source: Git, base: string): Promise<string> {
  const sha =
    (await source.tryRevParse(`refs/heads/${base}`)) ??
    (await source.tryRevParse(`refs/remotes/origin/${base}`))
  if (!sha)
    throw new JobError(`source-git ${source.dir} has no branch "${base}"; give the base branch with --base`)
  return sha
}

async function lsRemote(source: Git, remote: SourceRemote, branch: string): Promise<string | undefined> {
  const ref = `refs/heads/${branch}`
  const out = await runRemote(source, remote, ['ls-remote', '--refs', remote.url, ref], {
    action: 'read',
    branch,
  })
  return out
    .split('\n')
    .map((line) => line.split('\t'))
    .find(([, name]) => name === ref)?.[0]
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
    (existing.title !== sync.title || normalize(existing.body) !== normalize(sync.body))
  if (same && existing && !needsText)
    return { branch, operation: 'unchanged', url: existing.url, reason: summary }
  if (options.dryRun)
    return {
      branch,
      operation: existing ? 'updated' : 'created',
      url: existing?.url,
      reason: `dry run: ${summary}; nothing was pushed or proposed${requests ? '' : ` (no ${remote.platform.tokenName}: the open request was not looked up)`}`,
    }
  if (!requests) throw new JobError(`${remote.platform.tokenName} is empty`)
  const ref = `refs/heads/${syncBranch}`
  if (!same)
    await runRemote(
      source,
      remote,
      [
        'push',
        '--porcelain',
        `--force-with-lease=${ref}:${remoteBranch?.sha ?? ''}`,
        remote.url,
        `${head}:${ref}`,
      ],
      { action: 'push', branch: syncBranch },
    )
  let request: ChangeRequest
  try {
    request = existing
      ? needsText
        ? await requests.update(existing.number, { title: sync.title, body: sync.body })
        : existing
      : (await requests.create({ head: syncBranch, base: run.base, title: sync.title, body: sync.body }))
          .request
  } catch (error) {
    // No pushed branch without its request: the remote branch goes back to what it was.
    if (!same) {
      const back = remoteBranch?.sha ? `${remoteBranch.sha}:${ref}` : `:${ref}`
      await source.run(['push', '-q', `--force-with-lease=${ref}:${head}`, remote.url, back], {
        env: remote.env,
        allowFailure: true,
      })
    }
    throw error
  }
  return { branch, operation: existing ? 'updated' : 'created', url: request.url, reason: summary }
}

function normalize(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim()
}

// ---- texts --------------------------------------------------------------------------------

export function syncTitle(branch: string, commits: number): string {
  return `Sync from dist-git ${branch}: ${commits} commit${commits === 1 ? '' : 's'}`
}

/** GitHub refuses bodies over 65536 characters; the commit table is cut before that. */
const MAX_ROWS = 200

export interface SyncDescriptionInput {
  branch: string
  base: string
  webUrl: string
  /** e.g. rpms/hello */
  project: string
  commits: SourceGitCommitMade[]
  skipped: SkippedCommit[]
  stopped?: StoppedAt
  infos: Record<string, DistGitCommitInfo>
  notes: string[]
  noun: string
  platform?: 'github' | 'gitlab'
}

/**
 * The request text: the dist-git commits brought back (link, subject, author, what they became),
 * where the sync stopped and why (prominently), what had nothing to bring back, and how to merge.
 * Made only from the dist-git side, so the same commits give the same text on every run.
 */
export function syncDescription(input: SyncDescriptionInput): string {
  const { branch, infos } = input
  const link = (sha: string) => `[\`${sha.slice(0, 12)}\`](${infos[sha]?.url ?? `${input.webUrl}/c/${sha}`})`
  const lines: string[] = [
    `Commits made by hand in dist-git [${input.project}](${input.webUrl}) \`${branch}\` since the last sync, brought ` +
      `back into source-git so that the next propose-downstream neither refuses nor undoes them. Each commit keeps its ` +
      `author and message and names its dist-git commit in a \`${FROM_DIST_GIT_TRAILER}:\` trailer.`,
    '',
  ]
  if (input.stopped) lines.push(...stopBlock(input.stopped, link, input.noun, input.base), '')
  const groups = new Map<string, SourceGitCommitMade[]>()
  for (const c of input.commits) groups.set(c.distGitCommit, [...(groups.get(c.distGitCommit) ?? []), c])
  lines.push('| dist-git commit | subject | author | brought back as |', '| --- | --- | --- | --- |')
  const rows = [...groups.entries()]
  for (const [sha, made] of rows.slice(0, MAX_ROWS)) {
    const info = infos[sha]
    lines.push(
      `| ${link(sha)} | ${cell(info?.subject ?? made[0].subject)} | ${cell(info?.author ?? '')} | ${cell(madeAs(made))} |`,
    )
  }
  if (rows.length > MAX_ROWS) lines.push(`| … | ${rows.length - MAX_ROWS} more | | |`)
  if (input.skipped.length > 0) {
    lines.push('', 'Nothing to bring back from:')
    for (const s of input.skipped.slice(0, MAX_ROWS))
      lines.push(`- ${link(s.distGitCommit)} ${escapeInline(s.subject)}: ${escapeInline(s.reason)}`)
  }
  const notes = [...new Set(input.notes)]
  if (notes.length > 0) {
    lines.push('', 'Notes:')
    for (const note of notes.slice(0, MAX_ROWS)) lines.push(`- ${escapeInline(note)}`)
  }
  const how =
    input.platform === 'gitlab'
      ? 'with a fast-forward merge or a merge commit, without squashing'
      : 'with **Rebase and merge**'
  lines.push(
    '',
    `Merge this ${input.noun} ${how}: every commit must reach \`${input.base}\` as it is, with its trailers, ` +
      'or the patch commits lose their Patch-name and the next sync brings the dist-git commits back again.',
    '',
    `<sub>Made by srcgit sync-from-downstream from dist-git \`${branch}\`; later runs update this ${input.noun} ` +
      `when dist-git gets more commits.</sub>`,
  )
  return lines.join('\n') + '\n'
}

function stopBlock(stopped: StoppedAt, link: (sha: string) => string, noun: string, base: string): string[] {
  const fence = '`'.repeat(Math.max(3, ...[...stopped.reason.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  // Every later run replays dist-git from the same place, so the commit must be marked as brought
  // back in source-git; doing that before this request is merged would skip the commits in it.
  const trailer = `\`${FROM_DIST_GIT_TRAILER}: ${stopped.distGitCommit}\``
  const fix = stopped.manual
    ? `Merge this ${noun} first, then take the manual step the message describes; the next run continues after it.`
    : stopped.patch
      ? `Merge this ${noun} first. Then bring that dist-git commit over by hand on \`${base}\`: make the change of ` +
        `\`${stopped.patch}\` to the sources (and the rest of the commit's change to the spec) in a commit with the ` +
        `trailers \`Patch-name: ${stopped.patch}\` and ${trailer}; the next run continues after it.`
      : `Merge this ${noun} first. Then bring that dist-git commit over by hand on \`${base}\` in a commit with the ` +
        `trailer ${trailer}; the next run continues after it.`
  return [
    '> [!WARNING]',
    `> **The sync stopped before dist-git commit ${link(stopped.distGitCommit)} (${escapeInline(stopped.subject)})` +
      `${stopped.patch ? `, at patch \`${stopped.patch}\`` : ''}.** The dist-git commits from there on are not in this ${noun}.`,
    '>',
    `> ${fence}text`,
    ...stopped.reason.split('\n').map((line) => `> ${line}`),
    `> ${fence}`,
    '>',
    `> ${fix}`,
  ]
}

function madeAs(made: SourceGitCommitMade[]): string {
  return made
    .map((c) =>
      c.kind === 'patch'
        ? `patch \`${c.patch}\` applied to the sources`
        : c.kind === 'files'
          ? 'spec and files in `.distro/`'
          : 'spec change',
    )
    .filter((text, i, all) => all.indexOf(text) === i)
    .join('; ')
}

function cell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|')
}

/** One line, and no accidental HTML or mentions. */
function escapeInline(text: string): string {
  return text
    .replace(/\r?\n+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(\w)/g, '@\u200b$1')
}

// ---- small helpers ------------------------------------------------------------------------

async function checkedOutBranch(source: Git): Promise<string> {
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
function checkBranchName(name: string, what: string): void {
  if (
    !/^[A-Za-z0-9_+][A-Za-z0-9._+/-]*$/.test(name) ||
    name.endsWith('/') ||
    name.endsWith('.lock') ||
    /\.\.|\/\/|\/\./.test(name)
  )
    throw new JobError(`${what} "${name}" is not a branch name srcgit accepts`)
}

/** The job summary (Markdown) for CI: one row per branch, then each request's text. */
export function syncSummary(result: SyncFromDownstreamResult, mode: string): string {
  const lines = [
    `## srcgit sync-from-downstream into ${result.base}${mode ? `, ${mode}` : ''}`,
    '',
    '| dist-git branch | operation | request | reason |',
    '| --- | --- | --- | --- |',
  ]
  for (const o of result.outcomes)
    lines.push(
      `| ${cell(o.branch)} | ${o.operation} | ${o.url ? `[${o.url}](${o.url})` : ''} | ${cell(o.reason ?? '')} |`,
    )
  for (const s of result.syncs)
    if (s.body) lines.push('', `### ${s.branch}: ${s.title}`, '', s.body.trimEnd())
  return lines.join('\n') + '\n'
}
