/**
 * Git smart HTTP through the real `git http-backend`, run as a CGI. Fetches are anonymous;
 * pushes (receive-pack) need HTTP Basic "<token owner>:<token>" with a token carrying
 * `commit` (Pagure's _get_remote_user). Whether the user may write is then the pre-receive
 * hook's decision, as on Pagure.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import type { GitRepos } from './git-repos.js'
import { type RequestContext, sendReply, text } from './http.js'
import type { ForgeState } from './state.js'

export interface GitDeps {
  state: ForgeState
  repos: GitRepos
  /** Running http-backend processes, ended by stop(). */
  children: Set<ChildProcess>
}

/** /<ns>/<repo>[.git]/<rest> or /forks/<user>/<ns>/<repo>[.git]/<rest>. */
const GIT_PATH =
  /^\/((?:forks\/[^/]+\/)?[^/]+\/[^/]+?)(?:\.git)?(\/(?:info\/refs|git-upload-pack|git-receive-pack|HEAD|objects\/.+))$/

export function isGitPath(pathname: string): boolean {
  return GIT_PATH.test(pathname)
}

/** A push: the receive-pack service, advertised or posted. */
export function isPush(url: URL): boolean {
  return url.pathname.endsWith('/git-receive-pack') || url.searchParams.get('service') === 'git-receive-pack'
}

/** The user a valid Basic "<user>:<token>" with `commit` stands for, for this repository. */
function pusher(ctx: RequestContext, state: ForgeState, repo: string): string | undefined {
  const header = ctx.req.headers.authorization ?? ''
  const match = /^Basic\s+(\S+)$/i.exec(header)
  if (!match) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  const user = decoded.slice(0, colon)
  const token = state.tokens.get(decoded.slice(colon + 1))
  if (!token || token.user !== user || !token.acls.includes('commit')) return undefined
  if (token.project !== undefined && token.project !== repo) return undefined
  return user
}

export async function serveGit(ctx: RequestContext, deps: GitDeps): Promise<void> {
  const [, repo, rest] = GIT_PATH.exec(ctx.url.pathname) ?? []
  if (!repo || !deps.state.projects.has(repo)) return sendReply(ctx.sink, text(404, 'Not Found\n'))
  let remoteUser: string | undefined
  if (isPush(ctx.url)) {
    remoteUser = pusher(ctx, deps.state, repo)
    if (!remoteUser)
      return sendReply(
        ctx.sink,
        text(401, 'Unauthorized\n', { 'WWW-Authenticate': 'Basic realm="Pagure password or API token"' }),
      )
    ctx.user = remoteUser
  }
  await serveGitBackend(ctx, { repos: deps.repos, children: deps.children, repo, rest, remoteUser })
}

/**
 * Runs `git http-backend` for one repository under the repos' root: `repo` is its fullname
 * (without .git), `rest` the service path (/info/refs, /git-receive-pack, ...). `remoteUser`
 * becomes REMOTE_USER for the hooks. Any forge's git over HTTP, once it has decided who may.
 */
export async function serveGitBackend(
  ctx: RequestContext,
  opts: { repos: GitRepos; children: Set<ChildProcess>; repo: string; rest: string; remoteUser?: string },
): Promise<void> {
  const headers = ctx.req.headers
  const env: NodeJS.ProcessEnv = {
    ...opts.repos.env,
    GIT_PROJECT_ROOT: opts.repos.root,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: `/${opts.repo}.git${opts.rest}`,
    QUERY_STRING: ctx.url.search.slice(1),
    REQUEST_METHOD: ctx.method,
    CONTENT_TYPE: headers['content-type'] ?? '',
    REMOTE_ADDR: ctx.req.socket.remoteAddress ?? '127.0.0.1',
  }
  if (headers['content-length'] !== undefined) env.CONTENT_LENGTH = headers['content-length']
  // http-backend inflates gzip'd request bodies itself.
  if (headers['content-encoding'] !== undefined) env.HTTP_CONTENT_ENCODING = headers['content-encoding']
  if (typeof headers['git-protocol'] === 'string') env.HTTP_GIT_PROTOCOL = headers['git-protocol']
  if (opts.remoteUser) env.REMOTE_USER = opts.remoteUser
  await runCgi(ctx, opts, env)
}

/** Streams the request into http-backend and its CGI answer (headers, then body) back out. */
function runCgi(
  ctx: RequestContext,
  deps: { children: Set<ChildProcess> },
  env: NodeJS.ProcessEnv,
): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    deps.children.add(child)
    const stderr: Buffer[] = []
    let pending: Buffer | undefined = Buffer.alloc(0)
    let writing = Promise.resolve()
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.stdin.on('error', () => undefined) // http-backend may answer before reading everything
    ctx.req.pipe(child.stdin)
    child.stdout.on('data', (chunk: Buffer) => {
      if (pending === undefined) {
        child.stdout.pause()
        writing = writing.then(() => ctx.sink.write(chunk)).then(() => void child.stdout.resume())
        return
      }
      pending = Buffer.concat([pending, chunk])
      const end = headerEnd(pending)
      if (end === undefined) return
      const { status, headers } = parseCgiHeaders(pending.subarray(0, end.start).toString('latin1'))
      ctx.sink.head(status, headers)
      const body = pending.subarray(end.body)
      pending = undefined
      if (body.length) writing = writing.then(() => ctx.sink.write(body))
    })
    child.on('error', (error) => stderr.push(Buffer.from(String(error))))
    child.on('close', () => {
      deps.children.delete(child)
      void writing.then(() => {
        if (pending !== undefined) {
          const message = Buffer.concat(stderr).toString() || 'git http-backend gave no answer'
          sendReply(ctx.sink, text(500, `${message}\n`))
        } else ctx.sink.end()
        resolve()
      })
    })
  })
}

function headerEnd(buffer: Buffer): { start: number; body: number } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n')
  const lf = buffer.indexOf('\n\n')
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { start: crlf, body: crlf + 4 }
  if (lf >= 0) return { start: lf, body: lf + 2 }
  return undefined
}

function parseCgiHeaders(block: string): { status: number; headers: Record<string, string> } {
  let status = 200
  const headers: Record<string, string> = {}
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const name = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 500
    else headers[name] = value
  }
  return { status, headers }
}
