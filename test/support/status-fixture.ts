/**
 * The setup of the status-mirroring tests (sync-status, --wait-for-checks, and the action's
 * sync-status): dist-git rpms/hello on the local Pagure, where the user bot proposes and the user
 * zuul flags the PRs as a CI system does; the source-git repository example/hello on the fake
 * GitHub, which gets the commit statuses. With `backend: 'forgejo'`, dist-git is the local
 * Forgejo instead: bot proposes from its fork bot/hello, CI systems post commit statuses on the
 * PR head in rpms/hello or in bot/hello (postCommitStatus).
 */
import type { Forge, ForgeToken, ForgeUser } from './forge/index.js'
import { startForge } from './forge/index.js'
import { type Forgejo, type Json, startForgejo } from './forgejo/index.js'
import type { FakeGitHub, FakeGitHubToken, GitHubRequestRecord } from './github-api/index.js'
import { startFakeGitHub } from './github-api/index.js'
import type { FakeGitLab } from './gitlab/api.js'
import { buildReleaseFixture, type SourceGitFixture } from './source-git-fixture.js'

/** The packager's Pagure token srcgit proposes with (user bot). */
export const BOT_TOKEN = 'B0T'.padEnd(64, 'S1')
/** The CI system's Pagure token (user zuul): it may only flag pull requests. */
export const ZUUL_TOKEN = 'ZUL'.padEnd(64, 'Z2')
/** GitHub tokens that may, and may not, write commit statuses. */
export const GH_WRITE = 'ghs_' + 'w'.repeat(36)
export const GH_READ = 'ghs_' + 'r'.repeat(36)
/** Recorded as `token: 'write'` / `'read'` in the fake GitHub's log. */
export const GITHUB_WRITE_TOKEN: FakeGitHubToken = {
  token: GH_WRITE,
  name: 'write',
  permissions: { statuses: 'write', contents: 'read' },
}
export const GITHUB_READ_TOKEN: FakeGitHubToken = {
  token: GH_READ,
  name: 'read',
  permissions: { statuses: 'read', contents: 'read' },
}
/** The source-git repository on GitHub, as its origin URL names it. */
export const STATUS_REPO = 'example/hello'

/**
 * The release fixture with source-git's origin at https://github.com/example/hello.git: the
 * markers srcgit writes, and sync-status when it picks the PRs, name the repository by it.
 */
export function buildStatusFixture(): SourceGitFixture {
  const fixture = buildReleaseFixture()
  fixture.sourceGit.git('remote', 'set-url', 'origin', `https://github.com/${STATUS_REPO}.git`)
  return fixture
}

/** The packager's Forgejo token (user bot): 40 hex characters, as Forgejo makes them. */
export const FORGEJO_BOT_TOKEN = 'b0b0'.repeat(10)
/** The Forgejo scopes srcgit's token needs: push to the fork, open and comment on PRs. */
export const FORGEJO_SCOPES = ['write:repository', 'write:issue', 'read:user']

export type StatusBackend = 'pagure' | 'forgejo'

export interface StatusServersOptions {
  /** The dist-git forge (default pagure). */
  backend?: StatusBackend
  /** The bot's Pagure token (default BOT_TOKEN), or Forgejo token (default FORGEJO_BOT_TOKEN). */
  botToken?: string
  /** Users and tokens besides bot and zuul (e.g. a maintainer who closes PRs). */
  users?: ForgeUser[]
  tokens?: ForgeToken[]
  /** Maintainers of rpms/hello (default none). */
  maintainers?: string[]
  /** The fake GitHub's tokens (default GITHUB_WRITE_TOKEN and GITHUB_READ_TOKEN). */
  githubTokens?: FakeGitHubToken[]
}

export interface StatusServers {
  forge: Forge
  github: FakeGitHub
  stop(): Promise<void>
}

export interface ForgejoStatusServers {
  forgejo: Forgejo
  github: FakeGitHub
  stop(): Promise<void>
}

/** The forge with the fixture's dist-git as rpms/hello, and GitHub with its source-git head on rawhide. */
export async function startStatusServers(
  fixture: SourceGitFixture,
  opts?: StatusServersOptions & { backend?: 'pagure' },
): Promise<StatusServers>
export async function startStatusServers(
  fixture: SourceGitFixture,
  opts: StatusServersOptions & { backend: 'forgejo' },
): Promise<ForgejoStatusServers>
export async function startStatusServers(
  fixture: SourceGitFixture,
  opts: StatusServersOptions = {},
): Promise<StatusServers | ForgejoStatusServers> {
  if (opts.backend === 'forgejo') return startForgejoStatusServers(fixture, opts)
  const forge = await startForge({
    users: [{ name: 'bot', packager: true }, { name: 'zuul', packager: false }, ...(opts.users ?? [])],
    tokens: [
      {
        token: opts.botToken ?? BOT_TOKEN,
        user: 'bot',
        acls: ['fork_project', 'pull_request_create', 'pull_request_update', 'commit'],
      },
      { token: ZUUL_TOKEN, user: 'zuul', acls: ['pull_request_flag'] },
      ...(opts.tokens ?? []),
    ],
  })
  forge.addPackage('hello', {
    from: fixture.distGit.dir,
    ...(opts.maintainers ? { maintainers: opts.maintainers } : {}),
  })
  const github = await startStatusGitHub(fixture, opts)
  return {
    forge,
    github,
    async stop() {
      await forge.stop()
      await github.stop()
    },
  }
}

/** The fake GitHub with example/hello, its rawhide at the source-git head. */
function startStatusGitHub(fixture: SourceGitFixture, opts: StatusServersOptions): Promise<FakeGitHub> {
  const [owner, name] = STATUS_REPO.split('/')
  return startFakeGitHub({
    repos: [{ owner, name, branches: { rawhide: fixture.sourceGit.git('rev-parse', 'HEAD').trim() } }],
    tokens: opts.githubTokens ?? [GITHUB_WRITE_TOKEN, GITHUB_READ_TOKEN],
  })
}

/**
 * The Forgejo dist-git: rpms/hello from the fixture (its maintainers collaborators), bot with
 * FORGEJO_SCOPES. Forgejo users only (opts.tokens are Pagure's; maintainers are users here).
 */
async function startForgejoStatusServers(
  fixture: SourceGitFixture,
  opts: StatusServersOptions,
): Promise<ForgejoStatusServers> {
  const forgejo = await startForgejo({
    users: [{ name: 'bot', packager: true }, { name: 'zuul', packager: false }, ...(opts.users ?? [])],
    tokens: [{ token: opts.botToken ?? FORGEJO_BOT_TOKEN, user: 'bot', scopes: FORGEJO_SCOPES }],
  })
  forgejo.addPackage('hello', {
    from: fixture.distGit.dir,
    ...(opts.maintainers ? { maintainers: opts.maintainers } : {}),
  })
  const github = await startStatusGitHub(fixture, opts)
  return {
    forgejo,
    github,
    async stop() {
      await forgejo.stop()
      await github.stop()
    },
  }
}

/** A GitHub Actions run of the CLI in example/hello, its API the fake GitHub; no GitLab CI variables. */
export function githubActionsEnv(github: FakeGitHub, token = GH_WRITE): Record<string, string | undefined> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: STATUS_REPO,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_TOKEN: token,
    SRCGIT_TEST_GITHUB_NO_SPACING: 'true',
    GITLAB_CI: undefined,
  }
}

/** `srcgit propose-downstream` of a tag to dist-git main on the local forge, pushing over https. */
export function proposeArgs(
  fixture: SourceGitFixture,
  forge: Pick<Forge, 'url' | 'lookasideUrl'>,
  tag: string,
): string[] {
  return [
    'propose-downstream',
    fixture.sourceGit.dir,
    '--tag',
    tag,
    '--branch',
    'main',
    '--dist-git-url',
    forge.url,
    '--lookaside-url',
    forge.lookasideUrl,
    '--push-protocol',
    'https',
  ]
}

export interface CiFlag {
  /** The CI system's name, as the flag shows it (Zuul, rpminspect, ...). */
  username: string
  status: string
  comment: string
  /** The flag's identity: a later flag with the same uid replaces it. Its URL is derived from it. */
  uid: string
}

/** A CI system reporting on dist-git PR `pr` of rpms/hello, through Pagure's API as Zuul does. */
export async function postFlag(forge: Forge, token: string, pr: number, flag: CiFlag): Promise<void> {
  const { username, status, comment, uid } = flag
  const body = new URLSearchParams({ username, status, comment, url: `https://ci.example.com/${uid}`, uid })
  const res = await fetch(`${forge.url}/api/0/rpms/hello/pull-request/${pr}/flag`, {
    method: 'POST',
    headers: { Authorization: `token ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
    body,
  })
  if (res.status !== 200)
    throw new Error(`test setup: flagging PR #${pr} answered ${res.status}: ${await res.text()}`)
}

/** How many times the flags of PR `pr` were read since forge.log[from]: srcgit's polls. */
export function flagReads(forge: Forge, from: number, pr: number): number {
  return forge.log
    .slice(from)
    .filter((r) => r.method === 'GET' && r.path === `/api/0/rpms/hello/pull-request/${pr}/flag`).length
}

/** A CI system's commit status on a Forgejo dist-git commit. */
export interface CiStatus {
  state: 'pending' | 'success' | 'error' | 'failure' | 'warning'
  context: string
  description?: string
  target_url?: string
}

/**
 * A CI system reporting on a commit of rpms/hello on Forgejo, in the target repo ('rpms/hello',
 * the default) or in the bot's fork ('bot/hello', as packit-service does); as the API returns it.
 */
export function postCommitStatus(
  forgejo: Forgejo,
  sha: string,
  status: CiStatus,
  repo = 'rpms/hello',
): Promise<Json> {
  return forgejo.addStatus(repo, sha, { ...status, creator: 'zuul' })
}

/** The head sha of Forgejo PR `number` of rpms/hello, read live. */
export async function forgejoPullHead(forgejo: Forgejo, number: number): Promise<string> {
  const pr = (await forgejo.pullRequests('rpms', 'hello')).find((p) => p.number === number)
  const sha = (pr?.head as { sha?: string } | undefined)?.sha
  if (!sha) throw new Error(`test setup: Forgejo has no PR #${number} of rpms/hello with a head`)
  return sha
}

/** How many times commit statuses were read from Forgejo since forgejo.log[from]: srcgit's polls. */
export function forgejoStatusReads(forgejo: Forgejo, from: number, repo = 'rpms/hello'): number {
  return forgejo.log
    .slice(from)
    .filter((r) => r.method === 'GET' && r.path.startsWith(`/api/v1/repos/${repo}/statuses/`)).length
}

/** The newest status of each context on a source-git commit: context -> [state, description, target_url]. */
export function latestStatuses(github: FakeGitHub, sha: string): Record<string, (string | null)[]> {
  return Object.fromEntries(
    github.latestStatuses(STATUS_REPO, sha).map((s) => [s.context, [s.state, s.description, s.target_url]]),
  )
}

/** The commit status writes among requests to the fake GitHub. */
export function statusWrites(requests: GitHubRequestRecord[]): GitHubRequestRecord[] {
  return requests.filter((r) => r.method === 'POST' && r.path.includes('/statuses/'))
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The newest status of each name on a GitLab project's commit: name -> [state, description, target_url]. */
export function latestGitLabStatuses(
  gitlab: FakeGitLab,
  project: string,
  sha: string,
): Record<string, (string | null)[]> {
  const newest = new Map<string, { id: number; row: (string | null)[] }>()
  for (const st of gitlab.statuses(project).filter((x) => x.sha === sha)) {
    const seen = newest.get(st.name)
    if (!seen || st.id > seen.id)
      newest.set(st.name, { id: st.id, row: [st.status, st.description, st.target_url] })
  }
  return Object.fromEntries([...newest].map(([name, { row }]) => [name, row]))
}
