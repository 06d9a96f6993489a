/**
 * probeDistGitForge against small HTTP servers on 127.0.0.1: a Forgejo that answers its version
 * route (and 401s any request with a token, as Forgejo does for a bad one), the Pagure test forge,
 * hosts that are neither (404 everywhere, a web page for every path), a failing host, a silent
 * host, a closed port; the per-process cache and a failed probe that is not cached.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  FORGEJO_VERSION_PATH,
  ForgeProbeError,
  PAGURE_VERSION_PATH,
  clearProbeCache,
  distGitForgeKind,
  normalizeInstanceUrl,
  probeDistGitForge,
} from '../../src/forges/dist-git/probe.js'
import { HttpClient } from '../../src/http/client.js'
import { type Forge, startForge } from '../support/forge/index.js'

interface Seen {
  path: string
  authorization?: string
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void

interface TestServer {
  url: string
  seen: Seen[]
  handler: Handler
  close(): Promise<void>
}

const servers: TestServer[] = []

async function serve(handler: Handler): Promise<TestServer> {
  const seen: Seen[] = []
  const state: TestServer = { url: '', seen, handler, close: async () => {} }
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization })
    state.handler(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  servers.push(state)
  return state
}

const send = (res: http.ServerResponse, status: number, body: string, type = 'application/json') =>
  res.writeHead(status, { 'content-type': type }).end(body)

/** Forgejo's version route; a request carrying any token gets Forgejo's bad-token 401. */
const forgejo: Handler = (req, res) => {
  if (req.headers.authorization)
    return send(res, 401, JSON.stringify({ message: 'user does not exist [uid: 0, name: ]', url: '' }))
  if (req.url === FORGEJO_VERSION_PATH)
    return send(res, 200, JSON.stringify({ version: '12.0.1+gitea-1.22.0' }))
  if (req.url === '/api/v1/version') return send(res, 200, JSON.stringify({ version: '12.0.1+gitea-1.22.0' }))
  return send(res, 404, JSON.stringify({ message: 'not found' }))
}

const notFound: Handler = (_req, res) => send(res, 404, '<html><body>Not Found</body></html>', 'text/html')
const webPage: Handler = (_req, res) =>
  send(
    res,
    200,
    '<!DOCTYPE html><html><head><title>Sign in</title></head><body>portal</body></html>',
    'text/html',
  )
const unavailable: Handler = (_req, res) => send(res, 503, 'Service Unavailable', 'text/plain')

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('the probe succeeded')
    },
    (e: unknown) => e as ForgeProbeError,
  )

const client = new HttpClient({ retries: 1, backoffMs: 1, sleep: async () => {} })

afterEach(() => clearProbeCache())
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  await client.close()
})

describe('probeDistGitForge', () => {
  it('recognizes Forgejo by /api/forgejo/v1/version and asks nothing more', async () => {
    const server = await serve(forgejo)
    await expect(probeDistGitForge(server.url, client)).resolves.toBe('forgejo')
    expect(server.seen.map((s) => s.path)).toEqual([FORGEJO_VERSION_PATH])
  })

  it('sends no Authorization header: a Forgejo that 401s any token still answers the probe', async () => {
    const server = await serve(forgejo)
    // An instance URL as configured, with a trailing slash.
    await expect(probeDistGitForge(`${server.url}/`, client)).resolves.toBe('forgejo')
    expect(server.seen).toHaveLength(1)
    expect(server.seen.every((s) => s.authorization === undefined)).toBe(true)
  })

  describe('against the Pagure test forge', () => {
    let pagure: Forge
    beforeAll(async () => {
      pagure = await startForge()
    })
    afterAll(() => pagure.stop())

    it("recognizes Pagure by /api/0/-/version after Forgejo's route gave 404", async () => {
      const before = pagure.log.length
      await expect(probeDistGitForge(pagure.url, client)).resolves.toBe('pagure')
      const asked = pagure.log.slice(before)
      expect(asked.map((r) => [r.path, r.status])).toEqual([
        [FORGEJO_VERSION_PATH, 404],
        [PAGURE_VERSION_PATH, 200],
      ])
      expect(asked.every((r) => r.user === undefined)).toBe(true)
    })
  })

  it('refuses a host that answers 404 everywhere, naming both URLs and how to skip the probe', async () => {
    const server = await serve(notFound)
    const error = await failure(probeDistGitForge(server.url, client))
    expect(error).toBeInstanceOf(ForgeProbeError)
    expect(error.message).toContain(
      `Could not tell whether the dist-git at ${server.url} is Forgejo or Pagure`,
    )
    expect(error.message).toContain(`GET ${server.url}${FORGEJO_VERSION_PATH}: HTTP 404`)
    expect(error.message).toContain(`GET ${server.url}${PAGURE_VERSION_PATH}: HTTP 404`)
    expect(error.message).toContain('names a Pagure or Forgejo dist-git')
    expect(error.message).toContain(
      'set dist_git_forge: pagure|forgejo in the Packit config, or the dist-git-forge input / --dist-git-forge option, to skip the probe',
    )
    expect(error.answers.map((a) => a.status)).toEqual([404, 404])
    // 404 is an answer: no retries.
    expect(server.seen).toHaveLength(2)
  })

  it('does not take a web page answering 200 for Pagure (or Forgejo)', async () => {
    const server = await serve(webPage)
    const error = await failure(probeDistGitForge(server.url, client))
    expect(error).toBeInstanceOf(ForgeProbeError)
    expect(error.message).toContain(
      `GET ${server.url}${PAGURE_VERSION_PATH}: HTTP 200 with a body that is not JSON (<!DOCTYPE html>`,
    )
    expect(error.answers.map((a) => a.status)).toEqual([200, 200])
  })

  it('does not take "not Forgejo" for Pagure: JSON without a version string is no answer', async () => {
    const server = await serve((req, res) =>
      req.url === PAGURE_VERSION_PATH ? send(res, 200, JSON.stringify({ version: 31 })) : notFound(req, res),
    )
    const error = await failure(probeDistGitForge(server.url, client))
    expect(error.message).toContain(
      `GET ${server.url}${PAGURE_VERSION_PATH}: HTTP 200 with JSON that has no "version" string`,
    )
  })

  it('says when the host refuses anonymous API requests', async () => {
    const server = await serve((_req, res) => send(res, 401, JSON.stringify({ message: 'sign in first' })))
    const error = await failure(probeDistGitForge(server.url, client))
    expect(error.message).toContain(
      `GET ${server.url}${FORGEJO_VERSION_PATH}: HTTP 401 ({"message":"sign in first"})`,
    )
    expect(error.message).toContain('refuses anonymous API requests')
    expect(server.seen).toHaveLength(2)
  })

  it('says a failing instance may be down (5xx, retried by the client)', async () => {
    const server = await serve(unavailable)
    const error = await failure(probeDistGitForge(server.url, client))
    expect(error).toBeInstanceOf(ForgeProbeError)
    expect(error.message).toContain(
      `GET ${server.url}${FORGEJO_VERSION_PATH}: HTTP 503 (Service Unavailable)`,
    )
    expect(error.message).toContain(`GET ${server.url}${PAGURE_VERSION_PATH}: HTTP 503`)
    expect(error.message).toContain('127.0.0.1')
    expect(error.message).toContain('may be down or unreachable: try again later')
    expect(error.message).toContain('to skip the probe')
    // One retry each (the client's retries: 1).
    expect(server.seen.map((s) => s.path)).toEqual([
      FORGEJO_VERSION_PATH,
      FORGEJO_VERSION_PATH,
      PAGURE_VERSION_PATH,
      PAGURE_VERSION_PATH,
    ])
  })

  it("says a silent instance may be down (timeout), asking Pagure's route only once", async () => {
    const server = await serve(() => {
      // never answers
    })
    const error = await failure(probeDistGitForge(server.url, client, { timeoutMs: 150 }))
    expect(error).toBeInstanceOf(ForgeProbeError)
    expect(error.message).toContain(
      `GET ${server.url}${FORGEJO_VERSION_PATH}: no answer, no complete answer within 0.15 s after 2 attempts`,
    )
    expect(error.message).toContain(
      `GET ${server.url}${PAGURE_VERSION_PATH}: no answer, no complete answer within 0.15 s`,
    )
    expect(error.message).toContain('may be down or unreachable: try again later')
    expect(error.answers.map((a) => a.code)).toEqual(['ETIMEDOUT', 'ETIMEDOUT'])
    expect(server.seen.map((s) => s.path)).toEqual([
      FORGEJO_VERSION_PATH,
      FORGEJO_VERSION_PATH,
      PAGURE_VERSION_PATH,
    ])
  })

  it('names the network error of a closed port', async () => {
    const server = await serve(notFound)
    await server.close()
    const error = await failure(probeDistGitForge(server.url, client))
    expect(error).toBeInstanceOf(ForgeProbeError)
    expect(error.message).toContain(
      `GET ${server.url}${FORGEJO_VERSION_PATH}: no answer, connection refused (ECONNREFUSED)`,
    )
    expect(error.message).toContain(
      `GET ${server.url}${PAGURE_VERSION_PATH}: no answer, connection refused (ECONNREFUSED)`,
    )
    expect(error.message).toContain('try again later')
    expect(error.answers.map((a) => a.code)).toEqual(['ECONNREFUSED', 'ECONNREFUSED'])
  })

  it('probes an instance once per process, whatever the spelling of its URL', async () => {
    const server = await serve(forgejo)
    const [a, b] = await Promise.all([
      probeDistGitForge(server.url, client),
      probeDistGitForge(server.url, client),
    ])
    expect([a, b]).toEqual(['forgejo', 'forgejo'])
    await expect(probeDistGitForge(`${server.url}//`, client)).resolves.toBe('forgejo')
    await expect(probeDistGitForge(server.url.replace('http:', 'HTTP:'), client)).resolves.toBe('forgejo')
    expect(server.seen).toHaveLength(1)
    clearProbeCache()
    await expect(probeDistGitForge(server.url, client)).resolves.toBe('forgejo')
    expect(server.seen).toHaveLength(2)
  })

  it('does not cache a failed probe: the next call asks again', async () => {
    const server = await serve(unavailable)
    await failure(probeDistGitForge(server.url, client))
    const failedRequests = server.seen.length
    server.handler = forgejo
    await expect(probeDistGitForge(server.url, client)).resolves.toBe('forgejo')
    expect(server.seen).toHaveLength(failedRequests + 1)
  })

  it('asks nothing when the choice names the forge', async () => {
    const server = await serve(forgejo)
    await expect(distGitForgeKind('pagure', server.url, client)).resolves.toBe('pagure')
    await expect(distGitForgeKind('forgejo', server.url, client)).resolves.toBe('forgejo')
    expect(server.seen).toHaveLength(0)
    await expect(distGitForgeKind('auto', server.url, client)).resolves.toBe('forgejo')
    expect(server.seen).toHaveLength(1)
  })
})

describe('normalizeInstanceUrl', () => {
  it('drops trailing slashes, credentials, query and fragment; lower-cases scheme and host', () => {
    expect(normalizeInstanceUrl('https://src.fedoraproject.org/')).toBe('https://src.fedoraproject.org')
    expect(normalizeInstanceUrl(' HTTPS://Src.FedoraProject.org ')).toBe('https://src.fedoraproject.org')
    expect(normalizeInstanceUrl('https://u:p@host.example/prefix/?x=1#y')).toBe('https://host.example/prefix')
  })
})
