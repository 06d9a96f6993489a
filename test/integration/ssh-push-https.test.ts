/**
 * The HTTPS side of the fork push (the SSH side is ssh-push.test.ts): a real git smart-HTTP
 * server on 127.0.0.1 (git-http-backend as CGI) that, like Pagure, lets anyone read and
 * wants HTTP Basic `<token owner>:<token>` to push (401 with Pagure's realm otherwise).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Git } from '../../src/git/git.js'
import { forkPushUrl, lsRemote, prepareTransport, pushBranch } from '../../src/git/transport.js'
import { TestRepo } from '../support/git-repo.js'

jest.setTimeout(60_000)

const USER = 'bot'
const TOKEN = 'TOKEN0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmn'
const BASIC = `Basic ${Buffer.from(`${USER}:${TOKEN}`).toString('base64')}`

interface SeenRequest {
  method: string
  url: string
  authorization?: string
}

interface GitHttpServer {
  url: string
  root: string
  requests: SeenRequest[]
  close(): Promise<void>
}

function httpBackend(): string {
  const backend = path.join(
    execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim(),
    'git-http-backend',
  )
  if (!existsSync(backend)) throw new Error(`${backend} not found; install the Debian package git`)
  return backend
}

/** git-http-backend behind a Basic-auth check on the receive-pack (push) endpoints only. */
async function startGitHttp(): Promise<GitHttpServer> {
  const backend = httpBackend()
  const root = mkdtempSync(path.join(os.tmpdir(), 'srcgit-githttp-'))
  const requests: SeenRequest[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization })
    const push =
      url.searchParams.get('service') === 'git-receive-pack' || url.pathname.endsWith('/git-receive-pack')
    if (push && req.headers.authorization !== BASIC) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="Pagure password or API token"' }).end()
      req.resume()
      return
    }
    const cgi = spawn(backend, [], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
        ...(req.headers['content-encoding']
          ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] }
          : {}),
        // git-http-backend allows receive-pack only for an authenticated user.
        ...(push ? { REMOTE_USER: USER } : {}),
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    })
    req.pipe(cgi.stdin)
    let head = Buffer.alloc(0)
    let headersSent = false
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) return void res.write(chunk)
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      let status = 200
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const [name, ...rest] = line.split(':')
        const value = rest.join(':').trim()
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
        else res.setHeader(name, value)
      }
      res.writeHead(status)
      headersSent = true
      res.write(head.subarray(end + 4))
    })
    cgi.on('close', () => res.end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    requests,
    close: async () => {
      await new Promise((resolve) => server.close(resolve))
      rmSync(root, { recursive: true, force: true })
    },
  }
}

function bareRepo(root: string, relative: string, preReceive?: string): string {
  const repo = path.join(root, relative)
  mkdirSync(path.dirname(repo), { recursive: true })
  execFileSync('git', ['init', '-q', '--bare', repo])
  if (preReceive)
    writeFileSync(path.join(repo, 'hooks', 'pre-receive'), `#!/bin/sh\n${preReceive}\n`, { mode: 0o755 })
  return repo
}

/** Every file under `dir` (for "the token is on no file" checks). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile())
}

describe('push over HTTP(S) with a Pagure API token', () => {
  let server: GitHttpServer
  const work = TestRepo.init('srcgit-https-work-')
  work.write('hello.spec', 'Name: hello\n')
  const head = work.commit('Update')
  const git = new Git(work.dir)

  beforeAll(async () => {
    server = await startGitHttp()
  })

  afterAll(async () => {
    await server?.close()
  })

  const forkUrl = (repo = 'hello') =>
    forkPushUrl({ protocol: 'https', instanceUrl: `${server.url}/`, user: USER, namespace: 'rpms', repo })

  it('pushes with the token in a command-scoped header only: not in the URL, argv, git config or files', async () => {
    const fork = bareRepo(server.root, 'forks/bot/rpms/hello.git')
    const url = forkUrl()
    expect(url).toBe(`${server.url}/forks/bot/rpms/hello.git`)
    const transport = await prepareTransport({ protocol: 'https', user: USER, token: TOKEN }, url)
    const trace = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-trace-')), 'trace')
    const traced = new Git(work.dir, { GIT_TRACE: trace })

    expect(await lsRemote(traced, url, 'rawhide-update', transport)).toBeUndefined()
    await pushBranch(traced, {
      url,
      localRef: head,
      remoteBranch: 'rawhide-update',
      expectRemote: '',
      transport,
    })
    expect(
      execFileSync('git', ['--git-dir', fork, 'rev-parse', 'refs/heads/rawhide-update'], {
        encoding: 'utf8',
      }).trim(),
    ).toBe(head)
    expect(await lsRemote(git, url, 'rawhide-update', transport)).toBe(head)

    const pushes = server.requests.filter((r) => /git-receive-pack/.test(r.url))
    expect(pushes.length).toBeGreaterThan(0)
    for (const request of pushes) expect(request.authorization).toBe(BASIC)
    const secrets = [TOKEN, BASIC.slice('Basic '.length)]
    for (const secret of secrets) {
      for (const request of server.requests) expect(request.url).not.toContain(secret)
      expect(readFileSync(trace, 'utf8')).not.toContain(secret)
      for (const file of filesUnder(path.join(work.dir, '.git')))
        expect(readFileSync(file, 'latin1')).not.toContain(secret)
    }
    // The trace shows what argv looked like: the plain URL.
    expect(readFileSync(trace, 'utf8')).toContain(
      `git push --porcelain --force-with-lease=refs/heads/rawhide-update: ${url} `,
    )
    rmSync(path.dirname(trace), { recursive: true, force: true })
  })

  it('explains a refused token (HTTP 401) without showing it', async () => {
    bareRepo(server.root, 'forks/bot/rpms/refused.git')
    const wrong = 'WRONG0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmn'
    const transport = await prepareTransport(
      { protocol: 'https', user: USER, token: wrong },
      forkUrl('refused'),
    )
    const error = (await pushBranch(git, {
      url: forkUrl('refused'),
      localRef: head,
      remoteBranch: 'x',
      transport,
    }).catch((e: Error) => e)) as Error
    expect(error.message).toContain(
      'the server refused the API token (HTTP 401/403): the token must belong to "bot" and carry the "commit" ACL',
    )
    expect(error.message).not.toContain(wrong)
    expect(error.message).not.toContain(Buffer.from(`${USER}:${wrong}`).toString('base64'))
  })

  it('explains a push the server hook declines', async () => {
    bareRepo(
      server.root,
      'forks/bot/rpms/denied.git',
      `echo "Denied push for ref 'refs/heads/x' for user 'bot'" >&2\nexit 1`,
    )
    const transport = await prepareTransport(
      { protocol: 'https', user: USER, token: TOKEN },
      forkUrl('denied'),
    )
    await expect(
      pushBranch(git, { url: forkUrl('denied'), localRef: head, remoteBranch: 'x', transport }),
    ).rejects.toThrow(
      'the bot account "bot" is not allowed to push to its fork (is it in the packager group?',
    )
  })

  it('explains a missing fork', async () => {
    const transport = await prepareTransport(
      { protocol: 'https', user: USER, token: TOKEN },
      forkUrl('missing'),
    )
    await expect(lsRemote(git, forkUrl('missing'), 'x', transport)).rejects.toThrow(
      `Reading the fork branch x from ${server.url}/forks/bot/rpms/missing.git failed: the fork does not exist (yet) on 127.0.0.1`,
    )
  })
})
