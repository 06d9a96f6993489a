/**
 * A local stand-in for Forgejo dist-git (src.fedoraproject.org after the migration) for
 * srcgit's tests: one HTTP server on 127.0.0.1 serving Forgejo API v1 (and the Forgejo version
 * probe), git smart HTTP through the real git http-backend, and the same lookaside cache and
 * Bodhi as the Pagure stand-in (test/support/forge/), with its request log and fault injection.
 * Shapes, status codes and messages follow shared/reference/forgejo-dist-git.md §2-§6 and §10.
 *
 * Repositories live at `<gitRoot>/<owner>/<name>.git`: packages under their org (rpms/hello),
 * forks under the user (bot/hello). A push straight to repoPath() (no REMOTE_USER) is trusted,
 * as with the Pagure stand-in; pushes over HTTP are checked like Forgejo does.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { defaultReleases, serveBodhi } from '../forge/bodhi.js'
import { GitRepos } from '../forge/git-repos.js'
import { readBody, text } from '../forge/http.js'
import { serveLookaside, storedFiles } from '../forge/lookaside.js'
import { Faults, NOTIFY_PATH, handleWithFaults, runRoute } from '../forge/server.js'
import type { BodhiRelease, Fault, ForgeUser, RequestRecord } from '../forge/types.js'
import { type ApiDeps, addStatusRecord, mergePull, serveForgejoApi } from './api.js'
import { ForgejoApiError } from './auth.js'
import {
  PRE_RECEIVE_PATH,
  installForgejoHooks,
  isForgejoGitPath,
  preReceiveAnswer,
  serveForgejoGit,
} from './git.js'
import { type Json, pullJson, statusJson } from './json.js'
import {
  type CollaboratorPermission,
  ForgejoState,
  type ForgejoToken,
  type TeamRecord,
  type PullRecord,
  type RepoRecord,
  fullName,
  rfc3339,
} from './state.js'

export type { ForgejoToken } from './state.js'
export type { Json } from './json.js'
export type { BodhiRelease, Fault, ForgeUser, RequestRecord } from '../forge/types.js'
export { TEST_USER_HEADER } from '../forge/lookaside.js'
export { FORGEJO_VERSION, GITEA_VERSION } from './api.js'

export interface SeedPullRequest {
  /** Base repository, e.g. 'rpms/hello'. */
  base: string
  baseBranch: string
  /** The head: '<user>:<branch>' (the user's fork) or a branch of the base. */
  head: string
  title: string
  body?: string
  /** Author; default: the head's owner. */
  user?: string
  /** This PR's number; later ones count on from it (Forgejo numbers PRs and issues together). */
  number?: number
  allowMaintainerEdit?: boolean
  state?: 'open' | 'closed'
}

export interface Forgejo {
  /** http://127.0.0.1:PORT, the instance URL; the API is at url + '/api/v1'. */
  url: string
  bodhiUrl: string
  lookasideUrl: string
  /** Directory holding every repository as <owner>/<name>.git. */
  gitRoot: string
  /** Every request so far (hooks' internal calls excluded). */
  log: RequestRecord[]
  addUser(user: ForgeUser): void
  addToken(token: ForgejoToken): void
  /** <namespace, default rpms>/<name> owned by that org, seeded from a local repo; maintainers are its collaborators. */
  addPackage(name: string, opts: { from: string; maintainers?: string[]; namespace?: string }): void
  /** The user's fork of a package (as POST /forks makes it), optionally with a local repo's branches pushed over it. */
  addFork(user: string, parent: string, opts?: { from?: string; name?: string }): Promise<void>
  /** An existing PR (e.g. one carried over from Pagure, with its own number); its number. */
  addPullRequest(pr: SeedPullRequest): Promise<number>
  /** Merges a PR as the web UI would: fast-forward when possible, else a merge commit on the base branch. */
  mergePullRequest(base: string, number: number, opts?: { by?: string }): Promise<string>
  /** Gives (or with undefined takes away) a collaborator's permission on a repository ('rpms/hello'). */
  setCollaborator(fullName: string, user: string, permission: CollaboratorPermission | undefined): void
  /** An org team (FAS groups sync to teams) with access to the named repositories or to all of the org's. */
  addTeam(team: {
    org: string
    name: string
    permission: TeamRecord['permission']
    members: string[]
    repos?: string[]
    includesAll?: boolean
  }): void
  fault(f: Fault): void
  clearFaults(): void
  releaseHeld(): void
  /** Path of the bare repo, e.g. repoPath('rpms/hello') or repoPath('bot/hello'). */
  repoPath(fullName: string): string
  /** Every PR of the repo, by number, as the API returns it (head.sha read live). */
  pullRequests(ns: string, name: string): Promise<Json[]>
  /** A CI posting a commit status to a repo ('rpms/hello' or 'bot/hello'); as the API returns it. */
  addStatus(
    ownerRepo: string,
    sha: string,
    status: { state: string; context: string; description?: string; target_url?: string; creator?: string },
  ): Promise<Json>
  lookasideFiles(): string[]
  setReleases(releases: BodhiRelease[]): void
  stop(): Promise<void>
}

export interface ForgejoOptions {
  users?: ForgeUser[]
  tokens?: ForgejoToken[]
}

export { defaultReleases }

function kindOf(pathname: string): RequestRecord['kind'] {
  if (pathname.startsWith('/bodhi/') || pathname === '/bodhi') return 'bodhi'
  if (pathname.startsWith('/repo/pkgs/')) return 'lookaside'
  if (!pathname.startsWith('/api/') && isForgejoGitPath(pathname)) return 'git'
  return 'api'
}

export async function startForgejo(opts: ForgejoOptions = {}): Promise<Forgejo> {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'srcgit-forgejo-')))
  const dirs = {
    git: path.join(root, 'git'),
    lookaside: path.join(root, 'lookaside', 'pkgs'),
    home: path.join(root, 'home'),
  }
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true })

  const state = new ForgejoState()
  let releases = defaultReleases()
  for (const user of opts.users ?? []) state.addUser(user)
  for (const token of opts.tokens ?? []) state.addToken(token)
  const faults = new Faults()
  const children = new Set<ChildProcess>()
  const log: RequestRecord[] = []
  const deps = { state, children } as Partial<ApiDeps> as ApiDeps
  const lookasideState = { users: state.users, projects: { has: (name: string) => state.repos.has(name) } }

  const server = http.createServer((req, res) => {
    handleWithFaults(req, res, {
      base: deps.base,
      log,
      faults,
      kindOf,
      run: (ctx, kind) =>
        runRoute(ctx, async () => {
          if (kind === 'bodhi') return serveBodhi(ctx, releases)
          if (kind === 'lookaside')
            return serveLookaside(ctx, { state: lookasideState, root: dirs.lookaside })
          if (kind === 'git') return serveForgejoGit(ctx, deps).then(() => undefined)
          return serveForgejoApi(ctx, deps)
        }),
      internal(pathname, method) {
        if (method !== 'POST') return undefined
        if (pathname === NOTIFY_PATH)
          return internalAnswer(req, res, async (body) => refreshAfterPush(body.trim()))
        if (pathname === PRE_RECEIVE_PATH)
          return internalAnswer(req, res, async (body) => preReceiveAnswer(deps, JSON.parse(body)))
        return undefined
      },
    }).catch(() => res.destroy())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const repos = new GitRepos(dirs.git, dirs.home, `${url}${NOTIFY_PATH}`)

  function installHooks(full: string, writers: string[]): void {
    repos.installHooks(full, writers)
    installForgejoHooks(repos, full, url)
  }

  async function fork(parent: RepoRecord, user: string, name: string): Promise<RepoRecord> {
    state.ensureUser(user)
    const record = state.addRepo({ owner: user, name, parent, collaborators: {}, org: false })
    await repos.fork(fullName(parent), fullName(record))
    installHooks(fullName(record), [user])
    return record
  }
  Object.assign(deps, { base: url, repos, fork })

  /** After a push: open PRs from or to the repo get refs/pull/<n>/head refreshed and a new updated_at. */
  async function refreshAfterPush(dir: string): Promise<{ ok: boolean }> {
    const pushed = repos.fullnameOf(dir)
    if (!pushed) return { ok: false }
    for (const pr of state.pulls) {
      if (pr.state !== 'open' || (fullName(pr.head) !== pushed && fullName(pr.base) !== pushed)) continue
      await repos.updatePullRef(fullName(pr.base), pr.number, fullName(pr.head), pr.headBranch)
      pr.updatedAt = rfc3339()
    }
    return { ok: true }
  }

  function repoOf(full: string): RepoRecord {
    const [owner, name] = full.split('/')
    const repo = state.repo(owner, name ?? '')
    if (!repo) throw new Error(`the Forgejo server has no repository ${full}`)
    return repo
  }

  return {
    url,
    bodhiUrl: `${url}/bodhi`,
    lookasideUrl: `${url}/repo/pkgs`,
    gitRoot: dirs.git,
    log,
    addUser: (user) => state.addUser(user),
    addToken: (token) => state.addToken(token),
    addPackage(name, options) {
      const ns = options.namespace ?? 'rpms'
      if (state.repo(ns, name)) throw new Error(`the Forgejo server already has ${ns}/${name}`)
      state.orgs.add(ns)
      state.ensureUser(ns)
      const maintainers = options.maintainers ?? []
      for (const user of maintainers) state.ensureUser(user)
      const full = `${ns}/${name}`
      repos.seed(full, options.from)
      installHooks(full, maintainers)
      state.addRepo({
        owner: ns,
        name,
        collaborators: Object.fromEntries(maintainers.map((user) => [user, 'write' as const])),
        org: true,
      })
    },
    async addFork(user, parent, options = {}) {
      const base = repoOf(parent)
      const record = await fork(base, user, options.name ?? base.name)
      if (options.from)
        await repos.run(fullName(record), [
          'fetch',
          '-q',
          '--no-tags',
          '--update-head-ok',
          options.from,
          '+refs/heads/*:refs/heads/*',
        ])
    },
    async addPullRequest(seed) {
      const base = repoOf(seed.base)
      const colon = seed.head.indexOf(':')
      const headUser = colon < 0 ? base.owner : seed.head.slice(0, colon)
      const headBranch = colon < 0 ? seed.head : seed.head.slice(colon + 1)
      const head = headUser === base.owner ? base : state.forkOf(base, headUser)
      if (!head) throw new Error(`${headUser} has no fork of ${seed.base}`)
      if (seed.number !== undefined) state.skipTo(base, seed.number)
      const now = rfc3339()
      const pr: PullRecord = {
        id: state.pullId(),
        number: state.nextIndex(base),
        base,
        head,
        headBranch,
        baseBranch: seed.baseBranch,
        title: seed.title,
        body: seed.body ?? '',
        user: seed.user ?? headUser,
        state: seed.state ?? 'open',
        merged: false,
        mergedAt: null,
        mergedBy: null,
        mergeCommitSha: null,
        allowMaintainerEdit: seed.allowMaintainerEdit ?? false,
        createdAt: now,
        updatedAt: now,
        closedAt: seed.state === 'closed' ? now : null,
        comments: [],
      }
      state.ensureUser(pr.user)
      state.pulls.push(pr)
      await repos.updatePullRef(fullName(base), pr.number, fullName(head), headBranch)
      return pr.number
    },
    async mergePullRequest(baseName, number, options = {}) {
      const base = repoOf(baseName)
      const pr = state.pullsOf(base).find((p) => p.number === number)
      if (!pr) throw new Error(`${baseName} has no pull request #${number}`)
      return mergePull({ repos }, pr, options.by ?? Object.keys(base.collaborators)[0] ?? base.owner)
    },
    setCollaborator(full, user, permission) {
      const repo = repoOf(full)
      state.ensureUser(user)
      if (permission === undefined) delete repo.collaborators[user]
      else repo.collaborators[user] = permission
    },
    addTeam(team) {
      state.orgs.add(team.org)
      state.ensureUser(team.org)
      state.addTeam({ includesAll: false, repos: [], ...team })
    },
    fault: (f) => faults.add(f),
    clearFaults: () => faults.clear(),
    releaseHeld: () => faults.releaseHeld(),
    repoPath(full) {
      return repos.pathOf(fullName(repoOf(full)))
    },
    async pullRequests(ns, name) {
      const base = repoOf(`${ns}/${name}`)
      const pulls = state.pullsOf(base).sort((a, b) => a.number - b.number)
      return Promise.all(pulls.map((pr) => pullJson(deps, pr)))
    },
    async addStatus(ownerRepo, sha, status) {
      const repo = repoOf(ownerRepo)
      try {
        const row = await addStatusRecord(deps, repo, sha, { ...status, creator: status.creator ?? 'ci' })
        state.ensureUser(row.creator)
        return statusJson(deps, row)
      } catch (error) {
        if (error instanceof ForgejoApiError)
          throw new Error(`cannot add a status to ${sha} of ${ownerRepo}: HTTP ${error.status}`)
        throw error
      }
    },
    lookasideFiles: () => storedFiles(dirs.lookaside),
    setReleases(list) {
      releases = list.map((release) => ({ ...release }))
    },
    async stop() {
      const exited = [...children].map((child) => new Promise((resolve) => child.once('close', resolve)))
      for (const child of children) child.kill('SIGKILL')
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await Promise.all(exited)
      rmSync(root, { recursive: true, force: true })
    },
  }
}

/** A hook's internal request: JSON answer, 500 with the error when the handler fails. */
async function internalAnswer(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  handler: (body: string) => Promise<unknown>,
): Promise<void> {
  const body = (await readBody(req)).toString('utf8')
  try {
    const answer = await handler(body)
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer))
  } catch (error) {
    const reply = text(500, `${String(error)}\n`)
    res.writeHead(reply.status, reply.headers).end(reply.body)
  }
}
