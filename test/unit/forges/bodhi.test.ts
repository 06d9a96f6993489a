/**
 * fetchActiveReleases against a local node:http server paging Bodhi-shaped JSON, and the
 * per-run ReleaseCache.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ReleaseCache, fetchActiveReleases, type BodhiRelease } from '../../../src/forges/bodhi.js'
import { HttpClient } from '../../../src/http/client.js'
import { RELEASES } from './bodhi-releases.js'

const PAGE_SIZE = 4
let requests: string[] = []
let mode: 'ok' | 'down' | 'html' = 'ok'
let server: http.Server
let bodhiUrl: string
const clientHttp = new HttpClient({ retries: 1, sleep: async () => {} })

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '')
    const url = new URL(req.url ?? '/', 'http://x')
    if (mode === 'down') return res.writeHead(503).end('Service Unavailable')
    if (mode === 'html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Bodhi</html>')
    if (url.pathname !== '/releases/') return res.writeHead(404).end()
    const page = Number(url.searchParams.get('page'))
    const states = url.searchParams.getAll('state')
    const matching = RELEASES.filter((r) => states.includes(r.state))
    const pages = Math.ceil(matching.length / PAGE_SIZE)
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        releases: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
        page,
        pages,
        rows_per_page: PAGE_SIZE,
        total: matching.length,
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  bodhiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await clientHttp.close()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  requests = []
  mode = 'ok'
})

describe('fetchActiveReleases', () => {
  it('asks for current, pending and frozen releases and follows the pages until page == pages', async () => {
    const releases = await fetchActiveReleases(clientHttp, `${bodhiUrl}/`)
    expect(requests).toEqual([
      '/releases/?state=current&state=pending&state=frozen&page=1',
      '/releases/?state=current&state=pending&state=frozen&page=2',
      '/releases/?state=current&state=pending&state=frozen&page=3',
    ])
    // Everything but the archived F41, in Bodhi's order.
    expect(releases.map((r) => r.name)).toEqual(
      RELEASES.filter((r) => r.state !== 'archived').map((r) => r.name),
    )
    expect(releases[0]).toEqual(RELEASES[0])
  })

  it('says which names needed Bodhi, and how to avoid it, when Bodhi is down', async () => {
    mode = 'down'
    const error = await fetchActiveReleases(clientHttp, bodhiUrl, ['fedora-all', 'epel-10']).catch(
      (e: Error) => e,
    )
    expect((error as Error).message).toBe(
      `Could not get the active Fedora releases from Bodhi at ${bodhiUrl}/releases/ (needed to resolve fedora-all, epel-10): ` +
        `GET ${bodhiUrl}/releases/ failed: HTTP 503 (Service Unavailable). ` +
        'Name the dist-git branches explicitly instead (e.g. rawhide, f43, epel10), which needs no Bodhi lookup.',
    )
    // 503 is retried once by the client.
    expect(requests).toHaveLength(2)
  })

  it('reports a connection failure the same way', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const error = await fetchActiveReleases(clientHttp, `http://127.0.0.1:${port}`, ['fedora-stable']).catch(
      (e: Error) => e,
    )
    expect((error as Error).message).toContain('(needed to resolve fedora-stable)')
    expect((error as Error).message).toContain('connection refused (ECONNREFUSED)')
    expect((error as Error).message).toContain('Name the dist-git branches explicitly')
  })

  it('rejects an answer that is not Bodhi JSON', async () => {
    mode = 'html'
    await expect(fetchActiveReleases(clientHttp, bodhiUrl)).rejects.toThrow('the answer is not JSON')
  })
})

describe('ReleaseCache', () => {
  it('fetches once, however often and concurrently it is asked', async () => {
    let calls = 0
    const cache = new ReleaseCache(async () => {
      calls++
      return RELEASES
    })
    const [a, b] = await Promise.all([cache.get(), cache.get()])
    const c = await cache.get()
    expect(calls).toBe(1)
    expect(a).toBe(RELEASES)
    expect(b).toBe(RELEASES)
    expect(c).toBe(RELEASES)
  })

  it('does not ask a failed Bodhi again in the same run', async () => {
    let calls = 0
    const cache = new ReleaseCache((): Promise<BodhiRelease[]> => {
      calls++
      return Promise.reject(new Error('bodhi down'))
    })
    await expect(cache.get()).rejects.toThrow('bodhi down')
    await expect(cache.get()).rejects.toThrow('bodhi down')
    expect(calls).toBe(1)
  })

  it('works with fetchActiveReleases over HTTP', async () => {
    const cache = new ReleaseCache(() => fetchActiveReleases(clientHttp, bodhiUrl))
    await cache.get()
    await cache.get()
    expect(requests).toHaveLength(3)
  })
})
