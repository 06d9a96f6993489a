/**
 * The forge's HTTP server: fault injection first, then routing by path to the Pagure API,
 * Bodhi, the lookaside cache or git, and a log entry for every request.
 */
import type { ChildProcess } from 'node:child_process'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { serveBodhi } from './bodhi.js'
import { isGitPath, serveGit } from './git-http.js'
import type { GitRepos } from './git-repos.js'
import {
  type Reply,
  type RequestContext,
  discardingSink,
  readBody,
  responseSink,
  sendReply,
  text,
} from './http.js'
import { serveLookaside } from './lookaside.js'
import { serveApi } from './pagure-api.js'
import type { Projects } from './projects.js'
import type { ForgeState } from './state.js'
import type { Fault, RequestRecord } from './types.js'

/** Where the repositories' post-receive hook reports a push (internal: neither logged nor faulted). */
export const NOTIFY_PATH = '/_forge/post-receive'

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export interface ServerDeps {
  state: ForgeState
  repos: GitRepos
  projects: Projects
  lookasideRoot: string
  sshBase: string
  children: Set<ChildProcess>
  log: RequestRecord[]
  base: string
}

export class Faults {
  private faults: (Fault & { left: number })[] = []
  private held: (() => void)[] = []

  /** Resolves when releaseHeld() is called. */
  hold(): Promise<void> {
    return new Promise((resolve) => this.held.push(resolve))
  }

  /** Lets every held request go on. */
  releaseHeld(): void {
    for (const release of this.held.splice(0)) release()
  }

  add(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 })
  }

  clear(): void {
    this.faults = []
  }

  /** The first fault matching this request, counted down (and dropped once used up). */
  take(method: string, url: URL): Fault | undefined {
    const withQuery = url.search.length > 1 ? `${url.pathname}${url.search}` : url.pathname
    const fault = this.faults.find(
      (f) =>
        (!f.method || f.method.toUpperCase() === method) &&
        (typeof f.path === 'string' ? f.path === url.pathname : new RegExp(f.path).test(withQuery)),
    )
    if (fault && --fault.left <= 0) this.faults.splice(this.faults.indexOf(fault), 1)
    return fault
  }
}

function kindOf(pathname: string): RequestRecord['kind'] {
  if (pathname.startsWith('/bodhi/') || pathname === '/bodhi') return 'bodhi'
  if (pathname.startsWith('/repo/pkgs/')) return 'lookaside'
  if (!pathname.startsWith('/api/') && isGitPath(pathname)) return 'git'
  return 'api'
}

async function route(
  ctx: RequestContext,
  deps: ServerDeps,
  kind: RequestRecord['kind'],
): Promise<Reply | undefined> {
  const { pathname } = ctx.url
  if (kind === 'bodhi') return serveBodhi(ctx, deps.state.releases)
  if (kind === 'lookaside') return serveLookaside(ctx, { state: deps.state, root: deps.lookasideRoot })
  if (kind === 'git') return serveGit(ctx, deps).then(() => undefined)
  if (pathname.startsWith('/api/0/')) return serveApi(ctx, deps)
  return text(404, 'Not Found\n')
}

/** Runs the handler; a thrown error becomes a 500 (or a cut connection once streaming began). */
async function run(ctx: RequestContext, deps: ServerDeps, kind: RequestRecord['kind']): Promise<void> {
  return runRoute(ctx, () => route(ctx, deps, kind))
}

/** Sends what a route answers; a thrown error becomes a 500 (or a cut connection once streaming began). */
export async function runRoute(
  ctx: RequestContext,
  handler: () => Promise<Reply | undefined>,
): Promise<void> {
  try {
    const reply = await handler()
    if (reply) sendReply(ctx.sink, reply)
  } catch (error) {
    if (ctx.sink.status) ctx.req.socket.destroy()
    else sendReply(ctx.sink, text(500, `${error instanceof Error ? error.message : String(error)}\n`))
  }
}

export function createServer(deps: ServerDeps, faults: Faults): http.Server {
  return http.createServer((req, res) => {
    handleWithFaults(req, res, {
      base: deps.base,
      log: deps.log,
      faults,
      kindOf,
      run: (ctx, kind) => run(ctx, deps, kind as RequestRecord['kind']),
      internal: (pathname, method) =>
        pathname === NOTIFY_PATH && method === 'POST' ? notified(req, res, deps) : undefined,
    }).catch(() => res.destroy())
  })
}

/** What a server built on handleWithFaults supplies: its routing and its request kinds. */
export interface FaultedServer {
  /** The server's base URL (for parsing request URLs). */
  base: string
  log: RequestRecord[]
  faults: Faults
  kindOf(pathname: string): string
  /** Handles one request into ctx.sink (or sets ctx.user). */
  run(ctx: RequestContext, kind: string): Promise<void>
  /** An internal request (hooks' reports): handled here, neither logged nor faulted; undefined when not one. */
  internal?(pathname: string, method: string): Promise<void> | undefined
}

/**
 * One request through fault injection and the request log: the shared core of the Pagure and
 * Forgejo test servers.
 */
export async function handleWithFaults(
  req: IncomingMessage,
  res: ServerResponse,
  server: FaultedServer,
): Promise<void> {
  const { faults } = server
  const url = new URL(req.url ?? '/', server.base)
  const method = (req.method ?? 'GET').toUpperCase()
  const internal = server.internal?.(url.pathname, method)
  if (internal) return internal

  const kind = server.kindOf(url.pathname)
  const record: RequestRecord = {
    method,
    path: url.pathname,
    query: url.search.slice(1),
    status: 0,
    kind: kind as RequestRecord['kind'],
    write:
      kind === 'git'
        ? method === 'POST' && url.pathname.endsWith('/git-receive-pack')
        : WRITE_METHODS.has(method),
  }
  server.log.push(record)
  const sink = responseSink(res)
  const fault = faults.take(method, url)
  // An 'after' fault lets the work happen into a sink nobody reads.
  const after = fault?.kind === 'after' || fault?.kind === 'after-reset'
  const ctx: RequestContext = { req, method, url, sink: after ? discardingSink() : sink }
  if (fault?.kind === 'hold') await faults.hold()

  if (fault?.kind === 'reset') {
    const socket = req.socket as typeof req.socket & { resetAndDestroy?: () => void }
    if (socket.resetAndDestroy) socket.resetAndDestroy()
    else socket.destroy()
    return
  }
  if (fault?.kind === 'timeout') return // the socket stays open until stop()
  if (fault?.kind === 'status') {
    req.resume()
    const status = fault.status ?? 500
    const headers: Record<string, string> =
      fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }
    sendReply(sink, text(status, `${http.STATUS_CODES[status] ?? 'Error'}\n`, headers))
  } else {
    await server.run(ctx, kind)
    if (fault?.kind === 'after') sendReply(sink, text(500, `${http.STATUS_CODES[500]}\n`))
    if (fault?.kind === 'after-reset') req.socket.destroy()
  }

  record.status = sink.status
  if (ctx.user !== undefined) record.user = ctx.user
}

/** The post-receive hook's report: refresh the pull requests of the pushed repository. */
async function notified(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const name = deps.repos.fullnameOf((await readBody(req)).toString('utf8').trim())
  try {
    if (name) await deps.projects.refreshAfterPush(name)
    res
      .writeHead(name ? 200 : 404, { 'Content-Type': 'text/plain' })
      .end(name ? 'ok\n' : 'unknown repository\n')
  } catch (error) {
    res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${String(error)}\n`)
  }
}
