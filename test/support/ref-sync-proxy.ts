/**
 * An HTTP proxy on 127.0.0.1 in front of a fake forge API (the fake GitHub or GitLab) that, before
 * every request, tells the fake which branches a real bare repository has: GitHub and GitLab know
 * a pushed branch at once, and the fakes need setBranch() for it. Tests push with real git to a
 * local bare repository and talk to the fake API through this proxy.
 */
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gitEnv } from './git-repo.js'

export interface RefSyncProxy {
  /** Use instead of the fake's URL (same paths). */
  url: string
  stop(): Promise<void>
}

/** The branches of a (bare) repository: name -> sha. */
export function branchesOf(gitDir: string): Map<string, string> {
  const out = execFileSync(
    'git',
    ['--git-dir', gitDir, 'for-each-ref', '--format=%(refname:strip=2) %(objectname)', 'refs/heads/'],
    {
      encoding: 'utf8',
      env: gitEnv(),
    },
  )
  return new Map(
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]),
  )
}

/** Proxies to `target` (http://127.0.0.1:PORT), calling `sync` before each request is forwarded. */
export async function startRefSyncProxy(target: string, sync: () => void): Promise<RefSyncProxy> {
  const upstream = new URL(target)
  const server = http.createServer((req, res) => {
    try {
      sync()
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' })
      res.end(`ref sync failed: ${String(error)}`)
      return
    }
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    forward.on('error', (error) => {
      res.writeHead(502, { 'Content-Type': 'text/plain' })
      res.end(String(error))
    })
    req.pipe(forward)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${upstream.pathname.replace(/\/+$/, '')}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
