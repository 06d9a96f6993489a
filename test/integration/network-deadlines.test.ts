/**
 * Remote calls that stall end with a clear error instead of hanging the job: git over HTTP(S)
 * (curl's low-speed limit), ssh (ConnectTimeout for a host that accepts and never speaks,
 * ServerAlive for a session that goes silent), curl uploads to the lookaside cache and kinit.
 * The stalling servers are local TCP listeners that accept and never answer, and the test sshd
 * frozen with SIGSTOP in the middle of a push. SRCGIT_NETWORK_TIMEOUT_SECONDS=2 keeps it quick.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Git } from '../../src/git/git.js'
import { lsRemote, prepareTransport, pushBranch } from '../../src/git/transport.js'
import { HttpClient } from '../../src/http/client.js'
import { withKerberosTicket } from '../../src/lookaside/kerberos.js'
import { LookasideCache } from '../../src/lookaside/lookaside.js'
import { clearSecrets } from '../../src/runtime/secrets.js'
import { TestRepo } from '../support/git-repo.js'
import { generateKey, startSshd, type SshServer } from '../support/sshd/sshd.js'
import { withEnv } from '../support/cli.js'

jest.setTimeout(60_000)

const TIMEOUT = { SRCGIT_NETWORK_TIMEOUT_SECONDS: '2' }

interface Stalled {
  port: number
  /** Connections accepted so far. */
  accepted: () => number
  stop(): Promise<void>
}

/** A TCP server on 127.0.0.1 that accepts every connection, reads what comes and never answers. */
async function stalledServer(): Promise<Stalled> {
  const sockets = new Set<net.Socket>()
  let accepted = 0
  const server = net.createServer((socket) => {
    accepted++
    sockets.add(socket)
    socket.on('data', () => undefined)
    socket.on('error', () => undefined)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    accepted: () => accepted,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Runs fn and returns its error and how long it took to fail. */
async function failure(fn: () => Promise<unknown>): Promise<{ message: string; seconds: number }> {
  const start = Date.now()
  try {
    await fn()
  } catch (error) {
    return { message: (error as Error).message, seconds: (Date.now() - start) / 1000 }
  }
  throw new Error('expected a failure')
}

let stalled: Stalled
const work = TestRepo.init('srcgit-stall-work-')
work.write('hello.spec', 'Name: hello\nVersion: 1\n')
const commit = work.commit('Update to 1')
const git = new Git(work.dir)

beforeAll(async () => {
  stalled = await stalledServer()
})
afterAll(async () => {
  await stalled.stop()
  clearSecrets()
})

describe('a remote that accepts the connection and then stalls', () => {
  it('git over HTTP(S): the push and the read give up after the timeout, saying what stalled and how to retry', async () => {
    const url = `http://127.0.0.1:${stalled.port}/forks/bot/rpms/hello.git`
    const transport = await prepareTransport(
      { protocol: 'https', user: 'bot', token: 'stall-token-0123' },
      url,
    )
    const before = stalled.accepted()
    const push = await withEnv(TIMEOUT, () =>
      failure(() => pushBranch(git, { url, localRef: commit, remoteBranch: 'main-update', transport })),
    )
    expect(stalled.accepted()).toBeGreaterThan(before)
    expect(push.seconds).toBeLessThan(20)
    expect(push.message).toContain(`Pushing the fork branch main-update to ${url} failed`)
    expect(push.message).toContain(
      `the connection to 127.0.0.1:${stalled.port} stalled: the server sent nothing for 2 s`,
    )
    expect(push.message).toContain('Run again')
    expect(push.message).toContain('SRCGIT_NETWORK_TIMEOUT_SECONDS (now 2 s)')
    expect(push.message).not.toContain('stall-token-0123')

    const read = await withEnv(TIMEOUT, () => failure(() => lsRemote(git, url, 'main-update', transport)))
    expect(read.seconds).toBeLessThan(20)
    expect(read.message).toContain('Reading the fork branch main-update')
    expect(read.message).toContain('stalled')
  })

  it('git clone (the dist-git clone) says it stalled in its error', async () => {
    const url = `http://127.0.0.1:${stalled.port}/rpms/hello.git`
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-stall-clone-')), 'clone')
    const clone = await withEnv(TIMEOUT, () => failure(() => git.run(['clone', '-q', url, target])))
    expect(clone.seconds).toBeLessThan(20)
    expect(clone.message).toContain('Operation too slow')
    expect(clone.message).toContain('the remote sent nothing for too long')
    expect(clone.message).toContain('SRCGIT_NETWORK_TIMEOUT_SECONDS')
    rmSync(path.dirname(target), { recursive: true, force: true })
  })

  it('ssh: a host that accepts and never sends its banner fails after ConnectTimeout', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-stall-ssh-'))
    const key = generateKey(dir, 'bot')
    const url = `ssh://bot@127.0.0.1:${stalled.port}/forks/bot/rpms/hello.git`
    const transport = await withEnv(TIMEOUT, () =>
      prepareTransport(
        {
          protocol: 'ssh',
          privateKey: key.privateKey,
          knownHosts: `[127.0.0.1]:${stalled.port} ${generateKey(dir, 'host').publicKey}`,
        },
        url,
      ),
    )
    const push = await withEnv(TIMEOUT, () =>
      failure(() => pushBranch(git, { url, localRef: commit, remoteBranch: 'main-update', transport })),
    )
    expect(push.seconds).toBeLessThan(20)
    expect(push.message).toContain('banner exchange')
    expect(push.message).toContain(`the connection to [127.0.0.1]:${stalled.port} stalled`)
    expect(push.message).toContain('Run again')
    await transport.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  it('curl: a lookaside upload to a server that never answers stops after the timeout', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-stall-upload-'))
    const file = path.join(dir, 'hello-1.1.tar.gz')
    writeFileSync(file, 'archive bytes')
    const base = `http://127.0.0.1:${stalled.port}/repo/pkgs`
    const http = new HttpClient({ retries: 0 })
    const cache = new LookasideCache({ downloadBase: base, uploadUrl: `${base}/upload.cgi`, http })
    const upload = await withEnv({ ...TIMEOUT, SRCGIT_TEST_LOOKASIDE_USER: 'bot' }, () =>
      failure(() =>
        cache.upload(
          file,
          { name: 'rpms/hello', sha512: 'a'.repeat(128) },
          { kind: 'test-header', user: 'bot' },
        ),
      ),
    )
    await http.close()
    expect(upload.seconds).toBeLessThan(20)
    expect(upload.message).toContain(`lookaside upload of hello-1.1.tar.gz to ${base}/upload.cgi failed`)
    expect(upload.message).toContain(`127.0.0.1:${stalled.port} sent nothing for 2 s`)
    expect(upload.message).toContain('Run again')
    rmSync(dir, { recursive: true, force: true })
  })

  it('kinit: a KDC that accepts and never answers ends the ticket request after the timeout', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-stall-kdc-'))
    const keytab = path.join(dir, 'bot.keytab')
    execFileSync('ktutil', [], {
      input: `addent -password -p bot@STALL.TEST -k 1 -e aes256-cts-hmac-sha1-96\nnot-a-real-password\nwkt ${keytab}\nquit\n`,
      stdio: ['pipe', 'ignore', 'ignore'],
    })
    const krb5Conf = path.join(dir, 'krb5.conf')
    writeFileSync(
      krb5Conf,
      `[libdefaults]\n default_realm = STALL.TEST\n udp_preference_limit = 1\n dns_lookup_kdc = false\n` +
        `[realms]\n STALL.TEST = {\n  kdc = 127.0.0.1:${stalled.port}\n }\n`,
    )
    const before = stalled.accepted()
    const kinit = await withEnv(TIMEOUT, () =>
      failure(() =>
        withKerberosTicket(
          {
            keytabBase64: readFileSync(keytab).toString('base64'),
            principal: 'bot@STALL.TEST',
            krb5Conf,
            tmpDir: dir,
          },
          async () => 'never',
        ),
      ),
    )
    expect(stalled.accepted()).toBeGreaterThan(before)
    // kinit alone waits about 25 s for this KDC.
    expect(kinit.seconds).toBeLessThan(10)
    expect(kinit.message).toContain(`kinit for bot@STALL.TEST got no ticket within 2 s`)
    expect(kinit.message).toContain(`from ${krb5Conf}`)
    expect(kinit.message).toContain('Run again')
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('an SSH session that goes silent in the middle of a push', () => {
  let server: SshServer
  let dir: string
  beforeAll(async () => {
    server = await startSshd()
    dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-stall-sshd-'))
  })
  afterAll(async () => {
    // The frozen sshd processes, the hook and its receive-pack: ended here, not left behind.
    const pids = [path.join(dir, 'pids'), path.join(dir, 'hook-pids')].filter(existsSync)
    for (const file of pids)
      for (const pid of readFileSync(file, 'utf8').split(/\s+/).filter(Boolean)) {
        try {
          process.kill(Number(pid), 'SIGCONT')
          process.kill(Number(pid), 'SIGKILL')
        } catch {
          // already gone
        }
      }
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('is ended by the ServerAlive probes, not waited for forever', async () => {
    const key = generateKey(dir, 'bot')
    server.authorize(key.publicKey)
    // The hook freezes the sshd processes serving this connection (its ancestors), then waits:
    // from the client's side the server stops answering mid-push.
    const pids = path.join(dir, 'pids')
    const repo = server.createRepo('frozen', {
      preReceive: [
        'pid=$PPID',
        'while [ "$pid" -gt 1 ]; do',
        '  case "$(cat /proc/$pid/cmdline | tr "\\0" " ")" in "sshd: "*) echo $pid >>' + pids + ' ;; esac',
        "  pid=$(awk '{print $4}' /proc/$pid/stat)",
        'done',
        `kill -STOP $(cat ${pids})`,
        // The hook and receive-pack are ended by the test once it has its answer.
        `echo $$ $PPID >${path.join(dir, 'hook-pids')}`,
        'exec sleep 600',
      ].join('\n'),
    })
    const transport = await withEnv(TIMEOUT, () =>
      prepareTransport(
        { protocol: 'ssh', privateKey: key.privateKey, knownHosts: server.knownHostsLine },
        server.url(repo),
      ),
    )
    const push = await withEnv(TIMEOUT, () =>
      failure(() =>
        pushBranch(git, { url: server.url(repo), localRef: commit, remoteBranch: 'main-update', transport }),
      ),
    )
    expect(readFileSync(pids, 'utf8').trim()).not.toBe('')
    // ServerAliveInterval=1, ServerAliveCountMax=4: about 5 s of silence.
    expect(push.seconds).toBeLessThan(30)
    expect(push.message).toMatch(/Timeout, server 127\.0\.0\.1 not responding/)
    expect(push.message).toContain('stalled')
    await transport.dispose()
  })
})
