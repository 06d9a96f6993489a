/**
 * HttpClient against real sockets: a scripted node:http server on 127.0.0.1 (and a small
 * forwarding proxy), with the backoff sleep injected so retries are counted, not waited.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { HttpClient, HttpError } from '../../../src/http/client.js'
import type { HttpClientOptions } from '../../../src/http/types.js'
import { clearSecrets, redact } from '../../../src/runtime/secrets.js'
import { VERSION } from '../../../src/version.js'

interface Seen {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string, attempt: number) => void

interface LocalServer {
  url: string
  port: number
  seen: Seen[]
  /** Requests per path, counted before the handler runs. */
  attempts: (path: string) => number
  close: () => Promise<void>
}

async function startServer(routes: Record<string, Handler>): Promise<LocalServer> {
  const seen: Seen[] = []
  const counts = new Map<string, number>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const path = new URL(req.url ?? '/', 'http://x').pathname
      const attempt = (counts.get(path) ?? 0) + 1
      counts.set(path, attempt)
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      const handler = routes[path]
      if (handler) handler(req, res, body, attempt)
      else res.writeHead(404).end('no route')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    attempts: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const json = (
  res: http.ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value))

const PROXY_VARS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']
const savedEnv: Record<string, string | undefined> = {}

// The machine's own proxy settings must not reroute these 127.0.0.1 tests.
beforeAll(() => {
  for (const name of PROXY_VARS) {
    savedEnv[name] = process.env[name]
    delete process.env[name]
  }
})
afterAll(() => {
  for (const name of PROXY_VARS) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
})

let server: LocalServer
let clients: HttpClient[] = []
let sleeps: number[] = []

function client(opts: HttpClientOptions = {}): HttpClient {
  const made = new HttpClient({
    retries: 3,
    backoffMs: 100,
    timeoutMs: 2000,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    ...opts,
  })
  clients.push(made)
  return made
}

beforeEach(async () => {
  sleeps = []
  server = await startServer({
    '/flaky': (_req, res, _body, n) => (n === 1 ? res.writeHead(500).end('boom') : json(res, 200, { ok: n })),
    '/always-503': (_req, res) => res.writeHead(503).end('down'),
    '/busy': (_req, res, _body, n) =>
      n === 1 ? res.writeHead(429, { 'retry-after': '7' }).end() : res.writeHead(200).end('done'),
    '/busy-until': (_req, res, _body, n) =>
      n === 1
        ? res.writeHead(503, { 'retry-after': new Date(Date.now() + 3_600_000).toUTCString() }).end()
        : res.writeHead(200).end('done'),
    '/reset': (req, res, _body, n) =>
      n === 1 ? req.socket.destroy() : res.writeHead(200).end('after reset'),
    '/always-reset': (req) => req.socket.destroy(),
    '/hang': (_req, res, _body, n) => {
      if (n === 1) {
        // Headers and part of the body, then nothing: only a whole-attempt deadline catches this.
        res.writeHead(200, { 'content-length': '100' })
        res.write('partial')
      } else res.writeHead(200).end('complete')
    },
    '/always-hang': (_req, res) => {
      res.writeHead(200, { 'content-length': '100' })
      res.write('partial')
    },
    '/unauthorized': (_req, res) => json(res, 401, { error_code: 'EINVALIDTOK', errors: 'Invalid token' }),
    '/missing': (_req, res) => json(res, 404, { error_code: 'ENOPROJECT' }),
    '/echo': (req, res, body) =>
      json(res, 200, { method: req.method, body, type: req.headers['content-type'] }),
    '/moved': (_req, res) => res.writeHead(302, { location: '/final?x=1' }).end(),
    '/final': (req, res) => res.writeHead(200, { 'x-final': req.method ?? '' }).end('final body'),
    '/loop': (_req, res) => res.writeHead(301, { location: '/loop' }).end(),
  })
})

afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()))
  clients = []
  await server.close()
  clearSecrets()
})

describe('retries', () => {
  it('retries a GET after a 500 and returns the later success', async () => {
    const res = await client().request({ method: 'GET', url: `${server.url}/flaky` })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.text)).toEqual({ ok: 2 })
    expect(server.attempts('/flaky')).toBe(2)
    expect(sleeps).toHaveLength(1)
    // Full jitter: somewhere between 0 and the first backoff step.
    expect(sleeps[0]).toBeGreaterThanOrEqual(0)
    expect(sleeps[0]).toBeLessThanOrEqual(100)
  })

  it('returns the last 5xx answer once the retries are used up, backing off exponentially', async () => {
    const res = await client().request({ method: 'GET', url: `${server.url}/always-503` })
    expect(res.status).toBe(503)
    expect(res.text).toBe('down')
    expect(server.attempts('/always-503')).toBe(4)
    expect(sleeps).toHaveLength(3)
    sleeps.forEach((ms, i) => expect(ms).toBeLessThanOrEqual(100 * 2 ** i))
  })

  it('honours Retry-After in seconds on 429', async () => {
    const res = await client().request({ method: 'GET', url: `${server.url}/busy` })
    expect(res.status).toBe(200)
    expect(server.attempts('/busy')).toBe(2)
    expect(sleeps).toEqual([7000])
  })

  it('honours Retry-After as an HTTP date, capped at 60 s', async () => {
    const res = await client().request({ method: 'GET', url: `${server.url}/busy-until` })
    expect(res.status).toBe(200)
    expect(sleeps).toEqual([60_000])
  })

  it('retries after the server resets the connection', async () => {
    const res = await client().request({ method: 'GET', url: `${server.url}/reset` })
    expect(res.text).toBe('after reset')
    expect(server.attempts('/reset')).toBe(2)
  })

  it('times out an attempt whose body never completes, then retries', async () => {
    const res = await client({ timeoutMs: 300 }).request({ method: 'GET', url: `${server.url}/hang` })
    expect(res.text).toBe('complete')
    expect(server.attempts('/hang')).toBe(2)
  })

  it('throws an HttpError with code ETIMEDOUT when every attempt times out', async () => {
    const error = await client({ retries: 1 })
      .request({ method: 'GET', url: `${server.url}/always-hang`, timeoutMs: 200 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ code: 'ETIMEDOUT', method: 'GET', url: `${server.url}/always-hang` })
    expect((error as Error).message).toContain('no complete answer within 0.2 s after 2 attempts')
    expect(server.attempts('/always-hang')).toBe(2)
  })

  it('throws ECONNREFUSED after all attempts when nothing listens', async () => {
    const port = server.port
    await server.close()
    const error = await client()
      .request({ method: 'GET', url: `http://127.0.0.1:${port}/x` })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'HttpError', code: 'ECONNREFUSED' })
    expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/x failed: connection refused/)
    expect((error as Error).message).toContain('after 4 attempts')
    expect(sleeps).toHaveLength(3)
    server = await startServer({})
  })

  it('never retries a POST: a 500 is returned after one attempt', async () => {
    const res = await client().request({ method: 'POST', url: `${server.url}/flaky`, form: { a: '1' } })
    expect(res.status).toBe(500)
    expect(server.attempts('/flaky')).toBe(1)
    expect(sleeps).toEqual([])
  })

  it('never retries a POST after a connection reset: it throws', async () => {
    const error = await client()
      .request({ method: 'POST', url: `${server.url}/always-reset`, form: { a: '1' } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(server.attempts('/always-reset')).toBe(1)
  })

  it('retries a POST that the caller marks idempotent', async () => {
    const res = await client().request({ method: 'POST', url: `${server.url}/flaky`, idempotent: true })
    expect(res.status).toBe(200)
    expect(server.attempts('/flaky')).toBe(2)
  })

  it('never retries 401, and returns 4xx answers to the caller', async () => {
    const c = client()
    const unauthorized = await c.request({ method: 'GET', url: `${server.url}/unauthorized` })
    expect(unauthorized.status).toBe(401)
    expect(JSON.parse(unauthorized.text)).toEqual({ error_code: 'EINVALIDTOK', errors: 'Invalid token' })
    const missing = await c.request({ method: 'GET', url: `${server.url}/missing`, expectStatus: [404] })
    expect(missing.status).toBe(404)
    expect(server.attempts('/unauthorized')).toBe(1)
    expect(server.attempts('/missing')).toBe(1)
    expect(sleeps).toEqual([])
  })

  it('does not retry a status the caller expects', async () => {
    const res = await client().request({
      method: 'GET',
      url: `${server.url}/always-503`,
      expectStatus: [503],
    })
    expect(res.status).toBe(503)
    expect(server.attempts('/always-503')).toBe(1)
  })
})

describe('redirects', () => {
  it('follows a redirect for HEAD and reports the final URL', async () => {
    const res = await client().request({ method: 'HEAD', url: `${server.url}/moved` })
    expect(res.status).toBe(200)
    expect(res.text).toBe('')
    expect(res.headers['x-final']).toBe('HEAD')
    expect(res.url).toBe(`${server.url}/final?x=1`)
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['HEAD /moved', 'HEAD /final?x=1'])
  })

  it('follows a redirect for GET', async () => {
    const res = await client().request({ method: 'GET', url: `${server.url}/moved` })
    expect(res.text).toBe('final body')
  })

  it('does not follow redirects for POST', async () => {
    const res = await client().request({ method: 'POST', url: `${server.url}/moved` })
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe('/final?x=1')
    expect(server.attempts('/final')).toBe(0)
  })

  it('drops the Authorization header when a redirect leaves the origin', async () => {
    const other = await startServer({ '/landing': (_req, res) => res.writeHead(200).end('there') })
    try {
      const hop = await startServer({
        '/away': (_req, res) => res.writeHead(307, { location: `${other.url}/landing` }).end(),
      })
      try {
        const res = await client().request({
          method: 'GET',
          url: `${hop.url}/away`,
          headers: { Authorization: 'token HOPSECRETHOPSECRET' },
        })
        expect(res.text).toBe('there')
        expect(hop.seen[0].headers.authorization).toBe('token HOPSECRETHOPSECRET')
        expect(other.seen[0].headers.authorization).toBeUndefined()
      } finally {
        await hop.close()
      }
    } finally {
      await other.close()
    }
  })

  it('gives up after 5 redirects', async () => {
    const error = await client({ retries: 0 })
      .request({ method: 'GET', url: `${server.url}/loop` })
      .catch((e: unknown) => e)
    expect((error as Error).message).toContain('more than 5 redirects')
    expect(server.attempts('/loop')).toBe(6)
  })
})

describe('bodies and headers on the wire', () => {
  it('sends form bodies url-encoded, with repeated keys for arrays', async () => {
    const res = await client().request({
      method: 'POST',
      url: `${server.url}/echo`,
      form: { title: 'Update to 1.2 & more', state: ['current', 'pending'], empty: '' },
    })
    expect(JSON.parse(res.text)).toEqual({
      method: 'POST',
      body: 'title=Update+to+1.2+%26+more&state=current&state=pending&empty=',
      type: 'application/x-www-form-urlencoded',
    })
  })

  it('sends JSON with Content-Type exactly application/json', async () => {
    const res = await client().request({ method: 'POST', url: `${server.url}/echo`, json: { wait: false } })
    expect(JSON.parse(res.text)).toEqual({ method: 'POST', body: '{"wait":false}', type: 'application/json' })
  })

  it('sends User-Agent srcgit/<version> unless the caller overrides it', async () => {
    const c = client()
    await c.request({ method: 'GET', url: `${server.url}/echo` })
    await c.request({ method: 'GET', url: `${server.url}/echo`, headers: { 'User-Agent': 'other/1' } })
    expect(server.seen.map((s) => s.headers['user-agent'])).toEqual([`srcgit/${VERSION}`, 'other/1'])
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/)
  })
})

describe('secrets', () => {
  const TOKEN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ01'

  it('keeps an Authorization token and the query string out of HttpError messages', async () => {
    const error = await client({ retries: 0 })
      .request({
        method: 'GET',
        url: `${server.url}/always-reset?private_token=QUERYSECRET123`,
        headers: { Authorization: `token ${TOKEN}` },
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    const all = JSON.stringify({ ...(error as object), message: (error as Error).message })
    expect(all).not.toContain(TOKEN)
    expect(all).not.toContain('QUERYSECRET123')
    expect((error as HttpError).url).toBe(`${server.url}/always-reset`)
  })

  it('registers the header credential, so a body echoing it is redacted too', async () => {
    const echo = await startServer({
      '/echo-auth': (req, res) => res.writeHead(500).end(`bad token: ${req.headers.authorization}`),
    })
    try {
      const res = await client({ retries: 0 }).request({
        method: 'GET',
        url: `${echo.url}/echo-auth`,
        headers: { Authorization: `token ${TOKEN}` },
      })
      expect(res.text).toContain(TOKEN)
      const error = HttpError.fromResponse('GET', res)
      expect(error.message).toContain('HTTP 500 (bad token: ***)')
      expect(error.message).not.toContain(TOKEN)
      expect(error.body).not.toContain(TOKEN)
      expect(redact(`x ${TOKEN} y`)).toBe('x *** y')
    } finally {
      await echo.close()
    }
  })
})

describe('proxies from the environment', () => {
  interface Proxy {
    url: string
    requests: string[]
    close: () => Promise<void>
  }

  /** A plain forwarding HTTP proxy that sends every request to `target`, whatever host was asked for. */
  async function startProxy(target: LocalServer): Promise<Proxy> {
    const requests: string[] = []
    const proxy = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`)
      const asked = new URL(req.url ?? '/')
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: target.port,
          method: req.method,
          path: asked.pathname + asked.search,
          headers: { ...req.headers, 'x-via-proxy': '1' },
        },
        (upstreamRes) => {
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers)
          upstreamRes.pipe(res)
        },
      )
      upstream.on('error', () => res.writeHead(502).end())
      req.pipe(upstream)
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    return {
      url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      requests,
      close: () =>
        new Promise<void>((resolve) => {
          proxy.closeAllConnections()
          proxy.close(() => resolve())
        }),
    }
  }

  let proxy: Proxy
  beforeEach(async () => {
    proxy = await startProxy(server)
  })
  afterEach(async () => {
    await proxy.close()
    for (const name of PROXY_VARS) delete process.env[name]
  })

  it('sends http:// requests through HTTP_PROXY as forwarded requests', async () => {
    process.env.HTTP_PROXY = proxy.url
    // A name that does not resolve: only the proxy can reach it.
    const res = await client({ retries: 0 }).request({
      method: 'POST',
      url: `http://pagure.proxied.invalid:${server.port}/echo`,
      form: { a: 'b' },
    })
    expect(JSON.parse(res.text)).toMatchObject({ body: 'a=b' })
    expect(proxy.requests).toEqual([`POST http://pagure.proxied.invalid:${server.port}/echo`])
    expect(server.seen[0].headers['x-via-proxy']).toBe('1')
  })

  it('honours lower-case http_proxy', async () => {
    process.env.http_proxy = proxy.url
    const res = await client({ retries: 0 }).request({ method: 'GET', url: `http://elsewhere.invalid/final` })
    expect(res.text).toBe('final body')
    expect(proxy.requests).toEqual(['GET http://elsewhere.invalid/final'])
  })

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    process.env.HTTP_PROXY = proxy.url
    process.env.NO_PROXY = 'localhost,127.0.0.1'
    const res = await client({ retries: 0 }).request({ method: 'GET', url: `${server.url}/final` })
    expect(res.text).toBe('final body')
    expect(proxy.requests).toEqual([])
    expect(server.seen[0].headers['x-via-proxy']).toBeUndefined()
  })
})
