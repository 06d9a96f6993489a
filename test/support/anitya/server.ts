/**
 * An Anitya (release-monitoring.org) stand-in on 127.0.0.1 after anitya/api_v2.py
 * PackagesResource.get: `GET /api/v2/packages/?distribution=&name=` answers
 * `{items: [{distribution, name, project, ecosystem, version, stable_version}], page,
 * items_per_page, total_items}` (distribution matched case-insensitively). Every request is in `log`.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface AnityaPackage {
  distribution: string
  name: string
  project: string
  ecosystem: string
  version: string | null
  stable_version: string | null
}

export interface AnityaServer {
  url: string
  packages: AnityaPackage[]
  log: { method: string; path: string }[]
  /** Status to answer every request with instead (a 5xx outage). */
  fail?: number
  close(): Promise<void>
}

export async function startAnitya(packages: AnityaPackage[] = []): Promise<AnityaServer> {
  const state = {
    packages,
    log: [] as { method: string; path: string }[],
    fail: undefined as number | undefined,
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    state.log.push({ method: req.method ?? '', path: url.pathname + url.search })
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (stand.fail) return send(stand.fail, { error: 'Internal Server Error' })
    if (req.method !== 'GET' || url.pathname !== '/api/v2/packages/') return send(404, { error: 'Not Found' })
    const distribution = url.searchParams.get('distribution')
    const name = url.searchParams.get('name')
    const items = stand.packages.filter(
      (p) =>
        (!distribution || p.distribution.toLowerCase() === distribution.toLowerCase()) &&
        (!name || p.name === name),
    )
    send(200, { items, page: 1, items_per_page: 25, total_items: items.length })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const stand: AnityaServer = {
    url: `http://127.0.0.1:${port}`,
    packages: state.packages,
    log: state.log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
  return stand
}
