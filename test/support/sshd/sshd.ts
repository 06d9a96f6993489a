/**
 * A real OpenSSH server on 127.0.0.1 for push tests: Debian's sshd with a private config,
 * host key and authorized_keys in a temp dir, serving bare git repos by absolute path
 * (ssh://<current user>@127.0.0.1:<port>/<abs path>). Works as root and as a normal user
 * (then sshd can only log in that same user, which is all the tests need).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export interface SshKey {
  /** The private key file. */
  file: string
  privateKey: string
  /** One line: "<type> <base64> <comment>". */
  publicKey: string
}

export interface SshServer {
  host: string
  port: number
  user: string
  /** The known_hosts line for this server ("[127.0.0.1]:<port> ssh-ed25519 ..."). */
  knownHostsLine: string
  /**
   * Allows a public key to log in. With `gitRoot`, the key may only run git-upload-pack and
   * git-receive-pack, on paths taken relative to gitRoot (as Pagure's SSH wrapper maps
   * `/forks/<user>/rpms/<pkg>.git`), with REMOTE_USER set to `remoteUser` for the hooks.
   */
  authorize(publicKey: string, forge?: { gitRoot: string; remoteUser: string }): void
  /** The ssh:// URL of a bare repository given by absolute path. */
  url(repoPath: string): string
  /**
   * A new bare repository in the server's temp dir; `preReceive` becomes its pre-receive hook
   * (a shell script body). Returns its absolute path.
   */
  createRepo(name: string, opts?: { preReceive?: string }): string
  /** What sshd logged so far (for failure diagnostics). */
  log(): string
  stop(): Promise<void>
}

function findTool(name: string, candidates: string[], debianPackage: string): string {
  const found = candidates.find((candidate) => existsSync(candidate))
  if (!found)
    throw new Error(
      `${name} not found (looked at ${candidates.join(', ')}); install the Debian package ${debianPackage}`,
    )
  return found
}

const sshKeygen = () =>
  findTool('ssh-keygen', ['/usr/bin/ssh-keygen', '/usr/local/bin/ssh-keygen'], 'openssh-client')

/** A new key pair made by ssh-keygen in `dir`; `passphrase` makes an encrypted key. */
export function generateKey(
  dir: string,
  name: string,
  opts: { type?: 'ed25519' | 'rsa' | 'ecdsa'; passphrase?: string; pem?: boolean } = {},
): SshKey {
  const file = path.join(dir, name)
  const args = [
    '-q',
    '-t',
    opts.type ?? 'ed25519',
    '-N',
    opts.passphrase ?? '',
    '-C',
    `srcgit-test-${name}`,
    '-f',
    file,
  ]
  if (opts.pem) args.push('-m', 'PEM')
  execFileSync(sshKeygen(), args, { stdio: 'pipe' })
  return {
    file,
    privateKey: readFileSync(file, 'utf8'),
    publicKey: readFileSync(`${file}.pub`, 'utf8').trim(),
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** The forced command of a forge key: git-upload-pack/git-receive-pack only, paths under the git root. */
const GIT_WRAPPER = `#!/bin/sh
root="$1"
export REMOTE_USER="$2"
set -f
set -- $SSH_ORIGINAL_COMMAND
repo=$(printf '%s' "$2" | tr -d "'")
case "$1" in
  git-upload-pack|git-receive-pack) ;;
  *) echo "only git is allowed here" >&2; exit 1 ;;
esac
case "$repo" in
  *..*) echo "bad path" >&2; exit 1 ;;
esac
exec "$1" "$root/\${repo#/}"
`

export async function startSshd(): Promise<SshServer> {
  // sshd re-executes itself, so it must be started by absolute path.
  const sshd = findTool('sshd', ['/usr/sbin/sshd', '/usr/local/sbin/sshd'], 'openssh-server')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-sshd-'))
  const hostKey = generateKey(dir, 'host_ed25519')
  const authorizedKeys = path.join(dir, 'authorized_keys')
  writeFileSync(authorizedKeys, '', { mode: 0o600 })
  const config = path.join(dir, 'sshd_config')
  writeFileSync(
    config,
    [
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey.file}`,
      `AuthorizedKeysFile ${authorizedKeys}`,
      'AuthorizedKeysCommand none',
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'PrintMotd no',
      'LogLevel VERBOSE',
      '',
    ].join('\n'),
  )
  // As root, sshd insists on its privilege separation directory (normally made by systemd).
  if (process.getuid?.() === 0 && !existsSync('/run/sshd'))
    mkdirSync('/run/sshd', { mode: 0o755, recursive: true })

  let lastError = ''
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort()
    const child = spawn(sshd, ['-D', '-e', '-f', config, '-p', String(port)], {
      env: process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let log = ''
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')))
    const ready = await waitReady(child, () => log, port)
    if (!ready) {
      lastError = log
      if (/Address already in use/.test(log)) continue
      break
    }
    const user = os.userInfo().username
    return {
      host: '127.0.0.1',
      port,
      user,
      knownHostsLine: `[127.0.0.1]:${port} ${hostKey.publicKey}`,
      authorize: (publicKey, forge) => {
        if (!forge) return appendFileSync(authorizedKeys, `${publicKey.trim()}\n`)
        const wrapper = path.join(dir, 'git-wrapper')
        writeFileSync(wrapper, GIT_WRAPPER, { mode: 0o755 })
        const command = `${wrapper} ${forge.gitRoot} ${forge.remoteUser}`
        appendFileSync(authorizedKeys, `command="${command}",no-pty,no-port-forwarding ${publicKey.trim()}\n`)
      },
      url: (repoPath) => `ssh://${user}@127.0.0.1:${port}${repoPath}`,
      createRepo: (name, opts = {}) => {
        const repo = path.join(dir, 'repos', `${name}.git`)
        execFileSync('git', ['init', '-q', '--bare', repo], {
          stdio: 'pipe',
          env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
        })
        if (opts.preReceive) {
          writeFileSync(path.join(repo, 'hooks', 'pre-receive'), `#!/bin/sh\n${opts.preReceive}\n`, {
            mode: 0o755,
          })
        }
        return repo
      },
      log: () => log,
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve))
          child.kill('SIGTERM')
          await exited
        }
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  rmSync(dir, { recursive: true, force: true })
  throw new Error(`sshd did not start:\n${lastError}`)
}

/** True once sshd logs that it listens; false if it exits first or takes over 10 s. */
function waitReady(child: ChildProcess, log: () => string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearInterval(poll)
      clearTimeout(timer)
      child.off('exit', onExit)
      if (!ok && child.exitCode === null) child.kill('SIGTERM')
      resolve(ok)
    }
    const onExit = () => done(false)
    const poll = setInterval(() => {
      if (log().includes(`Server listening on 127.0.0.1 port ${port}`)) done(true)
    }, 20)
    const timer = setTimeout(() => done(false), 10_000)
    child.once('exit', onExit)
  })
}
