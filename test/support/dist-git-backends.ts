/**
 * One dist-git stand-in behind one shape, so that an end-to-end test body runs against Pagure
 * (test/support/forge) and Forgejo (test/support/forgejo) alike: the bot's token with exactly
 * the rights srcgit documents, packages, maintainers, pull requests in a neutral shape, the
 * bot's fork branches, a maintainer's push to the PR branch, merges and comments.
 */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Forge, type RequestRecord, startForge } from './forge/index.js'
import { type Forgejo, type Json, startForgejo } from './forgejo/index.js'
import { TestRepo, gitEnv } from './git-repo.js'
import { execFile } from 'node:child_process'

export type Backend = 'pagure' | 'forgejo'
export const BACKENDS: Backend[] = ['pagure', 'forgejo']

/** What srcgit documents for the bot's token (PAGURE_TOKEN_ACLS, FORGEJO_TOKEN_SCOPES and the preview's needs). */
export const PAGURE_BOT_ACLS = [
  'fork_project',
  'pull_request_create',
  'pull_request_update',
  'pull_request_comment',
  'pull_request_close',
  'commit',
]
export const FORGEJO_BOT_SCOPES = ['write:repository', 'write:issue', 'read:user']

export interface NeutralPullRequest {
  number: number
  title: string
  description: string
  state: 'open' | 'merged' | 'closed'
  sourceBranch: string
  targetBranch: string
  /** The repository the head branch lives in: 'forks/bot/rpms/hello' (Pagure), 'bot/hello' (Forgejo). */
  sourceRepo: string
  author: string
  headSha: string | null
  url: string
  /** Forgejo only. */
  allowMaintainerEdit?: boolean
}

export interface NeutralComment {
  author: string
  body: string
}

export interface DistGitUser {
  name: string
  packager?: boolean
}

export interface DistGit {
  backend: Backend
  url: string
  lookasideUrl: string
  bodhiUrl: string
  log: RequestRecord[]
  /** The bot's user name ('bot') and token. */
  botUser: string
  botToken: string
  /** The raw stand-in, for what the facade does not cover. */
  pagure?: Forge
  forgejo?: Forgejo
  addPackage(name: string, opts: { from: string; maintainers?: string[] }): void
  /** A token for a maintainer (Pagure: pull_request_close, pull_request_comment, pull_request_update, commit; Forgejo: the bot's scopes). */
  maintainerToken(user: string): string
  /** The package's PRs in number order. */
  pullRequests(name: string): Promise<NeutralPullRequest[]>
  /** The fork (as forkPath names it) of the user. */
  forkPath(user: string, name: string): string
  /** Where the user's fork lives on this forge: 'forks/bot/rpms/hello' or 'bot/hello'. */
  forkName(user: string, name: string): string
  /** The head of a branch of the user's fork, undefined when there is none. */
  forkBranchSha(user: string, name: string, branch: string): Promise<string | undefined>
  /**
   * A maintainer adds a commit (a line appended to the spec) to the bot's fork branch: on Pagure
   * straight into the fork's repository as propose-forge.test.ts does (trusted access); on
   * Forgejo over HTTP with the maintainer's own token (allowed by allow_maintainer_edit).
   * Returns the new head.
   */
  maintainerPush(opts: {
    user: string
    author: { name: string; email: string }
    name: string
    branch: string
    forkUser?: string
  }): Promise<string>
  /** Merges as the web UI would (fast-forward when possible); the target branch's new head. */
  mergePullRequest(name: string, number: number): Promise<string>
  /** The head of a branch of the package (rpms/<name>), undefined when there is none. */
  packageBranchSha(name: string, branch: string): Promise<string | undefined>
  comments(name: string, number: number): Promise<NeutralComment[]>
  stop(): Promise<void>
}

/** The write requests of a run, as 'METHOD /path' (Pagure's POST whoami excluded: it writes nothing). */
export function writes(requests: RequestRecord[]): string[] {
  return requests.filter((r) => r.write && r.path !== '/api/0/-/whoami').map((r) => `${r.method} ${r.path}`)
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** git without blocking the event loop: the stand-ins answer from this process. */
function gitAsync(
  args: string[],
  env: NodeJS.ProcessEnv = gitEnv({ GIT_TERMINAL_PROMPT: '0' }),
): Promise<Run> {
  return new Promise((resolve) => {
    execFile('git', args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

async function refSha(repoDir: string, ref: string): Promise<string | undefined> {
  const run = await gitAsync(['-C', repoDir, 'rev-parse', '-q', '--verify', `refs/heads/${ref}^{commit}`])
  return run.code === 0 ? run.stdout.trim() : undefined
}

/** A work tree on the fork branch with one more commit on top; returns it and the commit. */
function maintainerCommit(
  forkDir: string,
  branch: string,
  author: { name: string; email: string },
): { work: TestRepo; sha: string } {
  const work = new TestRepo(mkdtempSync(path.join(os.tmpdir(), 'srcgit-maintainer-')))
  work.git('init', '-q')
  work.git('fetch', '-q', forkDir, `refs/heads/${branch}`)
  work.git('checkout', '-q', '-B', 'fix', 'FETCH_HEAD')
  work.write('hello.spec', work.git('show', 'HEAD:hello.spec') + '\n# fixed by hand\n')
  const sha = work.commit('Fix the build by hand', author)
  return { work, sha }
}

const pagureToken = (seed: string) => seed.toUpperCase().padEnd(64, 'X7').slice(0, 64)
const forgejoToken = (seed: string) => (Buffer.from(seed).toString('hex') + '0'.repeat(40)).slice(0, 40)

export async function startDistGit(backend: Backend, opts: { users?: DistGitUser[] } = {}): Promise<DistGit> {
  const users = [{ name: 'bot', packager: true }, ...(opts.users ?? [])]
  return backend === 'pagure' ? startPagure(users) : startForgejoBackend(users)
}

async function startPagure(users: DistGitUser[]): Promise<DistGit> {
  const botToken = pagureToken('b0t')
  const forge = await startForge({ users, tokens: [{ token: botToken, user: 'bot', acls: PAGURE_BOT_ACLS }] })
  const forkName = (user: string, name: string) => `forks/${user}/rpms/${name}`
  const tokens = new Map<string, string>()
  return {
    backend: 'pagure',
    url: forge.url,
    lookasideUrl: forge.lookasideUrl,
    bodhiUrl: forge.bodhiUrl,
    log: forge.log,
    botUser: 'bot',
    botToken,
    pagure: forge,
    addPackage: (name, o) => forge.addPackage(name, o),
    maintainerToken(user) {
      let token = tokens.get(user)
      if (!token) {
        token = pagureToken(`m-${user}`)
        forge.addToken({
          token,
          user,
          acls: ['pull_request_close', 'pull_request_comment', 'pull_request_update', 'commit'],
        })
        tokens.set(user, token)
      }
      return token
    },
    async pullRequests(name) {
      return forge
        .pullRequests('rpms', name)
        .sort((a, b) => a.id - b.id)
        .map((pr) => ({
          number: pr.id,
          title: pr.title,
          description: pr.initial_comment ?? '',
          state: pr.status === 'Open' ? 'open' : pr.status === 'Merged' ? 'merged' : 'closed',
          sourceBranch: pr.branch_from,
          targetBranch: pr.branch,
          sourceRepo: pr.repo_from?.fullname ?? '',
          author: pr.user.name,
          headSha: pr.commit_stop,
          url: pr.full_url,
        }))
    },
    forkName,
    forkPath: (user, name) => forge.repoPath(forkName(user, name)),
    async forkBranchSha(user, name, branch) {
      let dir: string
      try {
        dir = forge.repoPath(forkName(user, name))
      } catch {
        return undefined
      }
      return refSha(dir, branch)
    },
    async maintainerPush({ author, name, branch, forkUser = 'bot' }) {
      const fork = forge.repoPath(forkName(forkUser, name))
      const { work, sha } = maintainerCommit(fork, branch, author)
      // Asynchronously: the fork's post-receive hook reports to the forge, in this process.
      const run = await gitAsync(['-C', work.dir, 'push', '-q', fork, `fix:refs/heads/${branch}`])
      if (run.code !== 0) throw new Error(`the maintainer's push failed: ${run.stderr}`)
      return sha
    },
    mergePullRequest: (name, number) => forge.mergePullRequest('rpms', name, number),
    packageBranchSha: (name, branch) => refSha(forge.repoPath(`rpms/${name}`), branch),
    async comments(name, number) {
      const pr = forge.pullRequests('rpms', name).find((p) => p.id === number)
      if (!pr) throw new Error(`rpms/${name} has no pull request #${number}`)
      return (pr.comments ?? []).map((c) => ({ author: c.user.name, body: c.comment }))
    },
    stop: () => forge.stop(),
  }
}

async function startForgejoBackend(users: DistGitUser[]): Promise<DistGit> {
  const botToken = forgejoToken('bot')
  const forgejo = await startForgejo({
    users,
    tokens: [{ token: botToken, user: 'bot', scopes: FORGEJO_BOT_SCOPES }],
  })
  const forkName = (user: string, name: string) => `${user}/${name}`
  const tokens = new Map<string, string>()
  const maintainerToken = (user: string) => {
    let token = tokens.get(user)
    if (!token) {
      token = forgejoToken(`m-${user}`)
      forgejo.addToken({ token, user, scopes: FORGEJO_BOT_SCOPES })
      tokens.set(user, token)
    }
    return token
  }
  const neutral = (pr: Json): NeutralPullRequest => {
    /* eslint-disable @typescript-eslint/no-explicit-any -- the API's JSON */
    const p = pr as any
    return {
      number: p.number,
      title: p.title,
      description: p.body ?? '',
      state: p.merged ? 'merged' : p.state,
      sourceBranch: p.head.ref,
      targetBranch: p.base.ref,
      sourceRepo: p.head.repo?.full_name ?? '',
      author: p.user.login,
      headSha: p.head.sha || null,
      url: p.html_url,
      allowMaintainerEdit: p.allow_maintainer_edit,
    }
    /* eslint-enable @typescript-eslint/no-explicit-any */
  }
  return {
    backend: 'forgejo',
    url: forgejo.url,
    lookasideUrl: forgejo.lookasideUrl,
    bodhiUrl: forgejo.bodhiUrl,
    log: forgejo.log,
    botUser: 'bot',
    botToken,
    forgejo,
    addPackage: (name, o) => forgejo.addPackage(name, o),
    maintainerToken,
    pullRequests: async (name) => (await forgejo.pullRequests('rpms', name)).map(neutral),
    forkName,
    forkPath: (user, name) => forgejo.repoPath(forkName(user, name)),
    async forkBranchSha(user, name, branch) {
      let dir: string
      try {
        dir = forgejo.repoPath(forkName(user, name))
      } catch {
        return undefined
      }
      return refSha(dir, branch)
    },
    async maintainerPush({ user, author, name, branch, forkUser = 'bot' }) {
      const fork = forgejo.repoPath(forkName(forkUser, name))
      const { work, sha } = maintainerCommit(fork, branch, author)
      const basic = Buffer.from(`${user}:${maintainerToken(user)}`).toString('base64')
      const env = gitEnv({
        GIT_TERMINAL_PROMPT: '0',
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.extraHeader',
        GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
      })
      const remote = `${forgejo.url}/${forkName(forkUser, name)}.git`
      const run = await gitAsync(['-C', work.dir, 'push', '-q', remote, `fix:refs/heads/${branch}`], env)
      if (run.code !== 0) throw new Error(`the maintainer's push failed: ${run.stderr}`)
      return sha
    },
    mergePullRequest: (name, number) => forgejo.mergePullRequest(`rpms/${name}`, number),
    packageBranchSha: (name, branch) => refSha(forgejo.repoPath(`rpms/${name}`), branch),
    async comments(name, number) {
      const response = await fetch(`${forgejo.url}/api/v1/repos/rpms/${name}/issues/${number}/comments`, {
        headers: { Authorization: `token ${botToken}` },
      })
      if (response.status !== 200) throw new Error(`comments of #${number}: HTTP ${response.status}`)
      const list = (await response.json()) as { user: { login: string }; body: string }[]
      return list.map((c) => ({ author: c.user.login, body: c.body }))
    },
    stop: () => forgejo.stop(),
  }
}
