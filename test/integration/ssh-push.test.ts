/**
 * Pushes over real SSH: Debian's sshd on 127.0.0.1 with a private config, real bare repos,
 * keys made by ssh-keygen, the system ssh client driven through GIT_SSH_COMMAND.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Git } from '../../src/git/git.js'
import { SHIPPED_HOST_KEYS } from '../../src/git/known-hosts.js'
import { lsRemote, prepareTransport, pushBranch, type PushTransport } from '../../src/git/transport.js'
import { TestRepo } from '../support/git-repo.js'
import { generateKey, startSshd, type SshKey, type SshServer } from '../support/sshd/sshd.js'

jest.setTimeout(60_000)

/** The lines of a private key that carry key material (what must never leak). */
function secretLines(key: string): string[] {
  return key.split('\n').filter((line) => line && !line.startsWith('-----'))
}

function expectNoKeyMaterial(text: string, key: SshKey): void {
  for (const line of secretLines(key.privateKey)) expect(text).not.toContain(line)
}

function keyFileOf(transport: PushTransport): string {
  const match = /-i '([^']+)'/.exec(transport.env.GIT_SSH_COMMAND)
  if (!match) throw new Error(`no -i in ${transport.env.GIT_SSH_COMMAND}`)
  return match[1]
}

function remoteSha(repo: string, branch: string): string | undefined {
  try {
    return execFileSync(
      'git',
      ['--git-dir', repo, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    ).trim()
  } catch {
    return undefined
  }
}

describe('push over SSH to a real sshd', () => {
  let server: SshServer
  let keys: string
  let bot: SshKey
  let stranger: SshKey
  let fork: string
  const work = TestRepo.init('srcgit-ssh-work-')
  work.write('hello.spec', 'Name: hello\nVersion: 1\n')
  const first = work.commit('Update to 1')
  work.write('hello.spec', 'Name: hello\nVersion: 2\n')
  const second = work.commit('Update to 2')
  const git = new Git(work.dir)
  const transports: PushTransport[] = []

  async function ssh(opts: { key?: SshKey; privateKey?: string; knownHosts?: string } = {}) {
    const transport = await prepareTransport(
      {
        protocol: 'ssh',
        privateKey: opts.privateKey ?? (opts.key ?? bot).privateKey,
        knownHosts: opts.knownHosts ?? server.knownHostsLine,
      },
      server.url(fork),
    )
    transports.push(transport)
    return transport
  }

  beforeAll(async () => {
    server = await startSshd()
    keys = mkdtempSync(path.join(os.tmpdir(), 'srcgit-ssh-keys-'))
    bot = generateKey(keys, 'bot')
    stranger = generateKey(keys, 'stranger')
    server.authorize(bot.publicKey)
    fork = server.createRepo('fork')
  })

  afterAll(async () => {
    for (const transport of transports) await transport.dispose()
    await server?.stop()
    rmSync(keys, { recursive: true, force: true })
  })

  it('creates a new branch, then reads it back with lsRemote', async () => {
    const transport = await ssh()
    expect(await lsRemote(git, server.url(fork), 'rawhide-update', transport)).toBeUndefined()
    await pushBranch(git, {
      url: server.url(fork),
      localRef: first,
      remoteBranch: 'rawhide-update',
      expectRemote: '',
      transport,
    })
    expect(remoteSha(fork, 'rawhide-update')).toBe(first)
    expect(await lsRemote(git, server.url(fork), 'rawhide-update', transport)).toBe(first)
  })

  it('updates with --force-with-lease when the branch is as read, and refuses when someone pushed meanwhile', async () => {
    const transport = await ssh()
    const url = server.url(fork)
    await pushBranch(git, { url, localRef: first, remoteBranch: 'lease', expectRemote: '', transport })
    // A rewrite (not a fast-forward) succeeds because the remote still has what we read.
    work.git('checkout', '-q', '-b', 'rewrite', first)
    work.write('hello.spec', 'Name: hello\nVersion: 1\nRelease: 2\n')
    const rewritten = work.commit('Rewrite')
    await pushBranch(git, { url, localRef: rewritten, remoteBranch: 'lease', expectRemote: first, transport })
    expect(remoteSha(fork, 'lease')).toBe(rewritten)

    // A maintainer pushes to the fork branch; our stale lease must not overwrite it.
    execFileSync('git', ['push', '-q', fork, `${second}:refs/heads/lease`, '--force'], { cwd: work.dir })
    await expect(
      pushBranch(git, { url, localRef: first, remoteBranch: 'lease', expectRemote: rewritten, transport }),
    ).rejects.toThrow(/the fork branch changed since it was read \(someone pushed to it\)/)
    expect(remoteSha(fork, 'lease')).toBe(second)
    // Creating a branch that appeared meanwhile is refused the same way.
    await expect(
      pushBranch(git, { url, localRef: first, remoteBranch: 'lease', expectRemote: '', transport }),
    ).rejects.toThrow(/changed since it was read/)
  })

  it('force-pushes only when asked to, and refuses a non-fast-forward otherwise', async () => {
    const transport = await ssh()
    const url = server.url(fork)
    await pushBranch(git, { url, localRef: second, remoteBranch: 'forced', transport })
    await expect(
      pushBranch(git, { url, localRef: first, remoteBranch: 'forced', transport }),
    ).rejects.toThrow(/has commits srcgit did not expect/)
    await pushBranch(git, { url, localRef: first, remoteBranch: 'forced', force: true, transport })
    expect(remoteSha(fork, 'forced')).toBe(first)
  })

  it('fails with the host key message when the known hosts do not hold the server key', async () => {
    const other = generateKey(keys, `other-host-${Date.now()}`)
    for (const [knownHosts, why] of [
      [`[127.0.0.1]:${server.port} ${other.publicKey}`, 'the known-hosts input holds a different key for it'],
      [`example.org ${other.publicKey}`, 'the known-hosts input has no key for it'],
    ]) {
      const transport = await ssh({ knownHosts })
      const error = await pushBranch(git, {
        url: server.url(fork),
        localRef: first,
        remoteBranch: 'hostkey',
        transport,
      }).catch((e: Error) => e)
      expect(error).toBeInstanceOf(Error)
      const message = (error as Error).message
      expect(message).toContain(`the SSH host key of [127.0.0.1]:${server.port} could not be verified`)
      expect(message).toContain(why)
      expect(message).toMatch(/Host key verification failed/)
      expectNoKeyMaterial(message, bot)
    }
    expect(remoteSha(fork, 'hostkey')).toBeUndefined()
  })

  it('fails with the publickey message for a key that is not authorized', async () => {
    const transport = await ssh({ key: stranger })
    const error = (await lsRemote(git, server.url(fork), 'x', transport).catch((e: Error) => e)) as Error
    expect(error.message).toContain(`127.0.0.1 refused the SSH key for user "${server.user}"`)
    expect(error.message).toContain('not registered for that account (in FAS')
    expect(error.message).toContain('Permission denied (publickey')
    expectNoKeyMaterial(error.message, stranger)
  })

  it('fails with the packager-group message when the server hook declines the push', async () => {
    const denied = server.createRepo('denied', {
      preReceive: `echo "Denied push for ref 'refs/heads/x' for user 'bot'" >&2\nexit 1`,
    })
    const transport = await ssh()
    const error = (await pushBranch(git, {
      url: server.url(denied),
      localRef: first,
      remoteBranch: 'x',
      transport,
    }).catch((e: Error) => e)) as Error
    expect(error.message).toContain(
      `the bot account "${server.user}" is not allowed to push to its fork (is it in the packager group? is its SSH key in FAS?)`,
    )
    expect(error.message).toContain("remote: Denied push for ref 'refs/heads/x' for user 'bot'")
    expect(error.message).toContain('pre-receive hook declined')
    expect(remoteSha(denied, 'x')).toBeUndefined()
  })

  it('accepts a key pasted without final newline, with CRLF, or on one line', async () => {
    const variants = {
      'no-newline': bot.privateKey.trimEnd(),
      crlf: bot.privateKey.replace(/\n/g, '\r\n'),
      'one-line': bot.privateKey.trim().split('\n').join(' '),
      'escaped-newlines': bot.privateKey.trim().split('\n').join('\\n'),
    }
    for (const [name, privateKey] of Object.entries(variants)) {
      const transport = await ssh({ privateKey })
      expect(readFileSync(keyFileOf(transport), 'utf8')).toBe(bot.privateKey)
      await pushBranch(git, {
        url: server.url(fork),
        localRef: second,
        remoteBranch: `paste-${name}`,
        transport,
      })
      expect(remoteSha(fork, `paste-${name}`)).toBe(second)
    }
  })

  it('keeps the key in a private temp dir that dispose removes, and never in argv', async () => {
    const transport = await ssh()
    const keyFile = keyFileOf(transport)
    const dir = path.dirname(keyFile)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(keyFile).mode & 0o777).toBe(0o600)
    expect(transport.env.GIT_SSH_COMMAND).toBe(
      `ssh -i '${keyFile}' -o IdentitiesOnly=yes -o 'UserKnownHostsFile=${dir}/known_hosts' ` +
        '-o StrictHostKeyChecking=yes -o BatchMode=yes -o GlobalKnownHostsFile=/dev/null ' +
        // The default network timeout (120 s): a silent host ends the push instead of hanging it.
        '-o ConnectTimeout=120 -o ServerAliveInterval=30 -o ServerAliveCountMax=4',
    )
    expect(readFileSync(path.join(dir, 'known_hosts'), 'utf8')).toBe(`${server.knownHostsLine}\n`)

    // GIT_TRACE logs the argv of git and of every process it starts (ssh included).
    const trace = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-trace-')), 'trace')
    const traced = new Git(work.dir, { GIT_TRACE: trace })
    await pushBranch(traced, { url: server.url(fork), localRef: second, remoteBranch: 'traced', transport })
    const argv = readFileSync(trace, 'utf8')
    expect(argv).toContain(
      `run_command: unset GIT_PREFIX; 'ssh -i '\\''${keyFile}'\\'' -o IdentitiesOnly=yes`,
    )
    expectNoKeyMaterial(argv, bot)
    rmSync(path.dirname(trace), { recursive: true, force: true })

    await transport.dispose()
    expect(existsSync(dir)).toBe(false)
    await transport.dispose()
  })

  it('rejects a passphrase-protected key, in OpenSSH and in PEM format, before touching the disk', async () => {
    const openssh = generateKey(keys, 'locked', { passphrase: 'correct horse' })
    const pem = generateKey(keys, 'locked-pem', { type: 'rsa', passphrase: 'correct horse', pem: true })
    const tempDirs = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith('srcgit-ssh-')).length
    const before = tempDirs()
    for (const key of [openssh, pem]) {
      const error = (await ssh({ key }).catch((e: Error) => e)) as Error
      expect(error.message).toMatch(
        /^The SSH private key is protected by a passphrase, and there is no one to type it/,
      )
      expectNoKeyMaterial(error.message, key)
    }
    const error = (await ssh({ privateKey: bot.publicKey }).catch((e: Error) => e)) as Error
    expect(error.message).toContain('is a public key, not the private key')
    expect(tempDirs()).toBe(before)
  })

  it('accepts RSA and ECDSA keys in PEM format', async () => {
    for (const type of ['rsa', 'ecdsa'] as const) {
      const key = generateKey(keys, `pem-${type}`, { type, pem: true })
      server.authorize(key.publicKey)
      const transport = await ssh({ key })
      expect(await lsRemote(git, server.url(fork), 'rawhide-update', transport)).toBe(first)
    }
  })

  it('needs known hosts for a host srcgit ships no key for, and uses the shipped key for pkgs.fedoraproject.org', async () => {
    await expect(
      prepareTransport({ protocol: 'ssh', privateKey: bot.privateKey }, server.url(fork)),
    ).rejects.toThrow(`srcgit ships no SSH host key for [127.0.0.1]:${server.port}`)
    const transport = await prepareTransport(
      { protocol: 'ssh', privateKey: bot.privateKey },
      'ssh://bot@pkgs.fedoraproject.org/forks/bot/rpms/hello.git',
    )
    transports.push(transport)
    expect(transport.knownHosts).toBe('shipped')
    const knownHosts = readFileSync(path.join(path.dirname(keyFileOf(transport)), 'known_hosts'), 'utf8')
    expect(knownHosts).toBe(`${SHIPPED_HOST_KEYS.find((k) => k.host === 'pkgs.fedoraproject.org')?.line}\n`)
    // ssh itself reads the shipped line as a key for that host.
    const listed = execFileSync(
      'ssh-keygen',
      ['-F', 'pkgs.fedoraproject.org', '-f', path.join(path.dirname(keyFileOf(transport)), 'known_hosts')],
      { encoding: 'utf8' },
    )
    expect(listed).toContain('pkgs.fedoraproject.org ssh-rsa ')
  })
})
