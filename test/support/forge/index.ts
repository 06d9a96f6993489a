/**
 * A local stand-in for src.fedoraproject.org and Bodhi for srcgit's tests: one HTTP server on
 * 127.0.0.1 serving Pagure API v0, git smart HTTP (the real git http-backend), the lookaside
 * cache (upload.cgi and downloads) and Bodhi's releases endpoint, with a request log and
 * fault injection. Shapes, status codes and error texts follow
 * shared/reference/fedora-protocols.md §1-§4 and §10.
 *
 * SSH-style pushes: push straight to `repoPath(fullname)` (a local path, or over the sshd test
 * helper). The repositories' hooks run for those too: the post-receive hook refreshes pull
 * requests; the pre-receive ACL check applies only when REMOTE_USER is set in the pusher's
 * environment (HTTP pushes always set it), otherwise the push counts as trusted access.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { defaultReleases } from './bodhi.js'
import { GitRepos } from './git-repos.js'
import { pullRequestJson } from './json.js'
import { storedFiles } from './lookaside.js'
import { Projects } from './projects.js'
import { Faults, NOTIFY_PATH, type ServerDeps, createServer } from './server.js'
import { type AccessLists, ForgeState } from './state.js'
import { mergeRequest } from './pull-requests.js'
import type { BodhiRelease, Fault, ForgeToken, ForgeUser, PullRequestJson, RequestRecord } from './types.js'

export type * from './types.js'
export { TEST_USER_HEADER } from './lookaside.js'

export interface Forge {
  /** http://127.0.0.1:PORT, the Pagure instance URL; the API is at url + '/api/0'. */
  url: string
  /** url + '/bodhi' (GET /bodhi/releases/). */
  bodhiUrl: string
  /** url + '/repo/pkgs' (upload at lookasideUrl + '/upload.cgi'). */
  lookasideUrl: string
  /** Directory holding every project as <fullname>.git (what an ssh:// base maps to). */
  gitRoot: string
  /** Every request so far, in arrival order (the post-receive hook's internal reports excluded). */
  log: RequestRecord[]
  addUser(user: ForgeUser): void
  addToken(token: ForgeToken): void
  /** Create <namespace, default rpms>/<name> as a bare repo holding a local repo's branches and tags; maintainers may push to it. */
  addPackage(name: string, opts: { from: string; maintainers?: string[]; namespace?: string }): void
  fault(f: Fault): void
  clearFaults(): void
  /** Lets the requests a 'hold' fault stopped go on. */
  releaseHeld(): void
  /** Path of the bare repo behind a project fullname, e.g. 'rpms/hello' or 'forks/bot/rpms/hello'. */
  repoPath(fullname: string): string
  /** Server-side state for assertions: every PR of the project, by id, as the API returns it. */
  pullRequests(namespace: string, name: string): PullRequestJson[]
  /**
   * Merges an open PR as Pagure's merge button would: the target branch fast-forwarded when
   * possible, else a merge commit; status Merged, closed_at, closed_by and last_updated set.
   * Returns the target branch's new head.
   */
  mergePullRequest(namespace: string, name: string, id: number, opts?: { by?: string }): Promise<string>
  /** A Pagure group (FAS group) with these members, for access_groups and GET /api/0/group/<name>. */
  addGroup(name: string, members: string[]): void
  /**
   * Replaces levels of a project's access_users / access_groups, e.g.
   * setAccess('rpms/hello', { users: { commit: ['jane'] }, groups: { commit: ['python-sig'] } });
   * who may push, merge and close follows.
   */
  setAccess(fullname: string, change: { users?: Partial<AccessLists>; groups?: Partial<AccessLists> }): void
  /** Stored files relative to the lookaside root, e.g. 'rpms/hello/hello-1.0.tar.gz/sha512/<hex>/hello-1.0.tar.gz'. */
  lookasideFiles(): string[]
  /** Replaces Bodhi's releases (default: defaultReleases()). */
  setReleases(releases: BodhiRelease[]): void
  stop(): Promise<void>
}

export interface ForgeOptions {
  users?: ForgeUser[]
  tokens?: ForgeToken[]
  /** GIT_URL_SSH as git/urls returns it, '{username}' filled for authenticated callers. */
  sshBase?: string
}

export { defaultReleases }

export async function startForge(opts: ForgeOptions = {}): Promise<Forge> {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'srcgit-forge-')))
  const dirs = {
    git: path.join(root, 'git'),
    lookaside: path.join(root, 'lookaside', 'pkgs'),
    home: path.join(root, 'home'),
  }
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true })

  const state = new ForgeState()
  state.releases = defaultReleases()
  for (const user of opts.users ?? []) state.addUser(user)
  for (const token of opts.tokens ?? []) state.addToken(token)

  const faults = new Faults()
  const children = new Set<ChildProcess>()
  const log: RequestRecord[] = []
  // Filled in once the port is known.
  const deps = { state, children, log, lookasideRoot: dirs.lookaside } as Partial<ServerDeps> as ServerDeps
  const server = createServer(deps, faults)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const repos = new GitRepos(dirs.git, dirs.home, `${url}${NOTIFY_PATH}`)
  const projects = new Projects(state, repos)
  Object.assign(deps, { base: url, repos, projects, sshBase: opts.sshBase ?? 'ssh://{username}@localhost/' })

  return {
    url,
    bodhiUrl: `${url}/bodhi`,
    lookasideUrl: `${url}/repo/pkgs`,
    gitRoot: dirs.git,
    log,
    addUser: (user) => state.addUser(user),
    addToken: (token) => state.addToken(token),
    addPackage: (name, options) => void projects.addPackage(name, options),
    fault: (f) => faults.add(f),
    clearFaults: () => faults.clear(),
    releaseHeld: () => faults.releaseHeld(),
    repoPath(fullname) {
      if (!state.projects.has(fullname)) throw new Error(`the forge has no project ${fullname}`)
      return repos.pathOf(fullname)
    },
    pullRequests(namespace, name) {
      const project = state.findProject(namespace, name)
      if (!project) throw new Error(`the forge has no project ${namespace}/${name}`)
      return state.requestsOf(project).map((pr) => pullRequestJson(url, pr))
    },
    async mergePullRequest(namespace, name, id, options = {}) {
      const project = state.findProject(namespace, name)
      if (!project) throw new Error(`the forge has no project ${namespace}/${name}`)
      const pr = state.requestsOf(project).find((p) => p.id === id)
      if (!pr) throw new Error(`${namespace}/${name} has no pull request #${id}`)
      return mergeRequest({ repos }, pr, options.by ?? project.owner)
    },
    addGroup: (name, members) => void state.addGroup(name, members),
    setAccess(full, change) {
      const project = state.projects.get(full)
      if (!project) throw new Error(`the forge has no project ${full}`)
      projects.setAccess(project, change)
    },
    lookasideFiles: () => storedFiles(dirs.lookaside),
    setReleases(releases) {
      state.releases = releases.map((release) => ({ ...release }))
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
