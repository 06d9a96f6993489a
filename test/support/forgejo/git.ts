/**
 * Git smart HTTP for the Forgejo stand-in (reference §6): `/<owner>/<repo>.git`, fetches
 * anonymous, pushes with a token (HTTP Basic, token as password or as user name) that has
 * `write:repository`, by the repo's owner or a collaborator, or, on a PR's head branch when the
 * PR allows maintainer edits, by someone who may write to the PR's base repo. The last rule is
 * per branch, so the pre-receive hook asks the server about every pushed ref.
 */
import type { ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { isPush, serveGitBackend } from '../forge/git-http.js'
import type { GitRepos } from '../forge/git-repos.js'
import { type RequestContext, sendReply, text } from '../forge/http.js'
import { hasScope, presentedToken } from './auth.js'
import { type ForgejoState, type RepoRecord, fullName } from './state.js'

/** Where the pre-receive hook asks whether a push may update its refs (internal). */
export const PRE_RECEIVE_PATH = '/_forgejo/pre-receive'

const GIT_PATH =
  /^\/([^/]+\/[^/]+?)(?:\.git)?(\/(?:info\/refs|git-upload-pack|git-receive-pack|HEAD|objects\/.+))$/

export function isForgejoGitPath(pathname: string): boolean {
  return GIT_PATH.test(pathname)
}

export interface ForgejoGitDeps {
  state: ForgejoState
  repos: GitRepos
  children: Set<ChildProcess>
}

/** Whether `user` may update `branch` of `repo` through a PR that allows maintainer edits. */
function maintainerMayPush(state: ForgejoState, repo: RepoRecord, user: string, branch?: string): boolean {
  return state.pulls.some(
    (pr) =>
      pr.state === 'open' &&
      pr.allowMaintainerEdit &&
      pr.head === repo &&
      (branch === undefined || pr.headBranch === branch) &&
      state.canWrite(pr.base, user),
  )
}

export async function serveForgejoGit(ctx: RequestContext, deps: ForgejoGitDeps): Promise<void> {
  const [, name, rest] = GIT_PATH.exec(ctx.url.pathname) ?? []
  const [owner, repoName] = (name ?? '').split('/')
  const repo = name ? deps.state.repo(owner, repoName) : undefined
  if (!repo) return sendReply(ctx.sink, text(404, 'Not found.\n'))
  let remoteUser: string | undefined
  if (isPush(ctx.url)) {
    const presented = presentedToken(ctx.req)
    const token = presented && deps.state.tokens.get(presented.value)
    if (!token)
      return sendReply(ctx.sink, text(401, 'Unauthorized\n', { 'WWW-Authenticate': 'Basic realm="Forgejo"' }))
    ctx.user = token.user
    if (!hasScope(token, 'repository', 'write')) return sendReply(ctx.sink, text(403, 'Forbidden\n'))
    if (!deps.state.canWrite(repo, token.user) && !maintainerMayPush(deps.state, repo, token.user))
      return sendReply(ctx.sink, text(403, 'User permission denied\n'))
    remoteUser = token.user
  }
  await serveGitBackend(ctx, {
    repos: deps.repos,
    children: deps.children,
    repo: fullName(repo),
    rest,
    remoteUser,
  })
}

/** The pre-receive hook's question: may REMOTE_USER update these refs of this repository? */
export function preReceiveAnswer(
  deps: ForgejoGitDeps,
  question: { dir: string; user: string; refs: string[] },
): { ok: boolean; message: string } {
  const name = deps.repos.fullnameOf(question.dir)
  const [owner, repoName] = (name ?? '').split('/')
  const repo = name ? deps.state.repo(owner, repoName) : undefined
  if (!repo) return { ok: false, message: 'unknown repository' }
  if (deps.state.canWrite(repo, question.user)) return { ok: true, message: '' }
  for (const ref of question.refs) {
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined
    if (!branch || !maintainerMayPush(deps.state, repo, question.user, branch))
      return { ok: false, message: `Forgejo: User permission denied for writing to ${ref}.` }
  }
  return { ok: true, message: '' }
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/**
 * Replaces the Pagure-style pre-receive hook (GitRepos.installHooks) with one that asks the
 * server. Pushes without REMOTE_USER (local or SSH-style, trusted) pass.
 */
export function installForgejoHooks(repos: GitRepos, fullname: string, url: string): void {
  const js =
    'let input = ""; process.stdin.on("data", (c) => (input += c)); process.stdin.on("end", async () => {' +
    ' const refs = input.split("\\n").filter(Boolean).map((line) => line.split(" ")[2]);' +
    ' try { const r = await fetch(process.argv[1], { method: "POST", body: JSON.stringify({ dir: process.argv[2],' +
    ' user: process.env.REMOTE_USER, refs }), signal: AbortSignal.timeout(10000) }); const a = await r.json();' +
    ' if (!a.ok) { console.error(a.message); process.exit(1) } } catch (e) {' +
    ' console.error(`forgejo: the push could not be checked (${e.message}); push with an asynchronous child process`);' +
    ' process.exit(1) } })'
  const hook =
    '#!/bin/sh\n[ -n "$REMOTE_USER" ] || exit 0\n' +
    `exec ${shellQuote(process.execPath)} -e ${shellQuote(js)} ${shellQuote(url + PRE_RECEIVE_PATH)} "$(pwd -P)"\n`
  writeFileSync(path.join(repos.pathOf(fullname), 'hooks', 'pre-receive'), hook, { mode: 0o755 })
}
