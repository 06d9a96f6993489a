/**
 * How srcgit talks to the bot's fork: over SSH with a private key (what
 * src.fedoraproject.org requires) or over HTTPS with a Pagure API token (other Pagure
 * instances). Credentials travel only in files of a private temp dir (SSH) or in
 * command-scoped environment entries (HTTPS), never in argv, URLs or git config files.
 */
import { chmod, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  makeTempDir,
  networkTimeoutSeconds,
  removeTempDir,
  stallAdvice,
  tempRoot,
} from '../runtime/resources.js'
import { redact, registerSecret, withoutUrlCredentials } from '../runtime/secrets.js'
import { basicAuthEnv, isPlainBranchName, isStall, type Git } from './git.js'
import { normalizeKnownHosts, shippedKnownHosts } from './known-hosts.js'

export type PushAuth =
  | {
      protocol: 'ssh'
      /** The private key text (OpenSSH or PEM, unencrypted). */
      privateKey: string
      /** known_hosts file content; default: the keys srcgit ships for the push host. */
      knownHosts?: string
      /** The ssh program (and any options of its own); default `ssh`. */
      sshCommand?: string
    }
  | { protocol: 'https'; user: string; token: string }

export interface PushTransport {
  /** Environment entries for the git commands that use this transport. */
  env: Record<string, string>
  /** Where the SSH host keys came from, so a host key failure can say what to change. */
  knownHosts?: 'input' | 'shipped'
  /** Removes the key files (SSH); safe to call twice. */
  dispose(): Promise<void>
}

/**
 * Sets up credentials for pushes to `url` (required for HTTPS, where the Authorization header
 * is scoped to it; for SSH it selects the shipped host keys and fails early when there are none).
 */
export async function prepareTransport(auth: PushAuth, url?: string): Promise<PushTransport> {
  return auth.protocol === 'https' ? httpsTransport(auth, url) : sshTransport(auth, url)
}

function httpsTransport(auth: { user: string; token: string }, url: string | undefined): PushTransport {
  const token = auth.token.trim()
  registerSecret(auth.token)
  registerSecret(token)
  if (!url || !/^https?:\/\//.test(url)) throw new Error('HTTPS push needs the http(s) URL of the fork')
  if (!token) throw new Error('HTTPS push needs a Pagure API token, and the token is empty')
  if (!auth.user || auth.user.includes(':')) {
    throw new Error(`HTTPS push needs the token owner's user name, got "${auth.user}"`)
  }
  return { env: basicAuthEnv(url, auth.user, token), dispose: async () => undefined }
}

async function sshTransport(
  auth: { privateKey: string; knownHosts?: string; sshCommand?: string },
  url: string | undefined,
): Promise<PushTransport> {
  registerSecret(auth.privateKey)
  const key = normalizePrivateKey(auth.privateKey)
  registerSecret(key)
  const given = auth.knownHosts?.trim() ? auth.knownHosts : undefined
  const knownHosts = given === undefined ? shippedKnownHostsFor(url) : normalizeKnownHosts(given)

  // ssh expands % and splits on blanks in option values: a temp root with such characters
  // (a self-hosted runner's RUNNER_TEMP) gives way to the system temp dir.
  const root = tempRoot()
  const dir = makeTempDir('srcgit-ssh-', /^[A-Za-z0-9/._-]+$/.test(root) ? root : os.tmpdir())
  const dispose = async () => removeTempDir(dir)
  try {
    if (!/^[A-Za-z0-9/._-]+$/.test(dir))
      throw new Error(
        `unusable temp directory for SSH keys: ${dir}; set RUNNER_TEMP (or TMPDIR) to a path of letters, digits, '/', '.', '_' and '-'`,
      )
    await chmod(dir, 0o700)
    const keyFile = path.join(dir, 'id')
    const knownHostsFile = path.join(dir, 'known_hosts')
    await writeFile(keyFile, key, { mode: 0o600 })
    await writeFile(knownHostsFile, knownHosts, { mode: 0o600 })
    // A host that does not answer, or a connection that goes silent, ends the push instead of
    // hanging the job: about the network timeout either way (ssh keeps the first value of an
    // option, so the user's own sshCommand options still win).
    const seconds = networkTimeoutSeconds()
    const command = [
      auth.sshCommand?.trim() || 'ssh',
      `-i ${shellQuote(keyFile)}`,
      '-o IdentitiesOnly=yes',
      `-o ${shellQuote(`UserKnownHostsFile=${knownHostsFile}`)}`,
      '-o StrictHostKeyChecking=yes',
      '-o BatchMode=yes',
      '-o GlobalKnownHostsFile=/dev/null',
      `-o ConnectTimeout=${seconds}`,
      `-o ServerAliveInterval=${Math.max(1, Math.ceil(seconds / 4))}`,
      '-o ServerAliveCountMax=4',
    ].join(' ')
    return { env: { GIT_SSH_COMMAND: command }, knownHosts: given ? 'input' : 'shipped', dispose }
  } catch (error) {
    await dispose()
    throw error
  }
}

function shippedKnownHostsFor(url: string | undefined): string {
  const { host, port } = url ? parseRemote(url) : { host: undefined, port: undefined }
  const lines = host && (!port || port === '22') ? shippedKnownHosts(host) : []
  if (lines.length === 0) {
    const name = host ? (port && port !== '22' ? `[${host}]:${port}` : host) : 'the push host'
    throw new Error(
      `srcgit ships no SSH host key for ${name}, so the push cannot check it is talking to the right server. ` +
        `Set the known-hosts input to the known_hosts line(s) for ${name} (for Fedora hosts, from ` +
        'https://admin.fedoraproject.org/ssh_known_hosts; otherwise from `ssh-keyscan` checked against a trusted fingerprint).',
    )
  }
  return `${lines.join('\n')}\n`
}

/** Single-quoted for the POSIX shell git runs GIT_SSH_COMMAND through. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

const PEM_TYPES = [
  'OPENSSH PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'DSA PRIVATE KEY',
  'PRIVATE KEY',
]

/**
 * The private key as OpenSSH wants it, repairing the usual secret-paste damage (CRLF, lost
 * final newline, literal "\n", everything on one line, indentation). Rejects anything that is
 * not an unencrypted private key with a message that never quotes the key.
 */
export function normalizePrivateKey(raw: string): string {
  let text = raw.replace(/^\uFEFF/, '').trim()
  if (!/[\r\n]/.test(text) && text.includes('\\n')) text = text.replace(/\\r\\n|\\n/g, '\n')
  let lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const oneLine =
    lines.length === 1 && /^(-----BEGIN [A-Z ]+-----)\s+(.+?)\s+(-----END [A-Z ]+-----)$/.exec(lines[0])
  if (oneLine) lines = [oneLine[1], ...oneLine[2].split(/\s+/), oneLine[3]]

  const problem = (what: string) =>
    new Error(
      `The SSH private key ${what}. Put the whole private key file (e.g. the content of ~/.ssh/id_ed25519, ` +
        'from its BEGIN line to its END line) into the secret.',
    )
  if (lines.length === 0) throw problem('is empty')
  if (/^(ssh-|ecdsa-|sk-)/.test(lines[0])) throw problem('is a public key, not the private key')
  const type = /^-----BEGIN ([A-Z ]+)-----$/.exec(lines[0])?.[1]
  if (type === 'ENCRYPTED PRIVATE KEY' || lines.some((line) => /^Proc-Type:.*ENCRYPTED/.test(line))) {
    throw encrypted()
  }
  if (!type || !PEM_TYPES.includes(type))
    throw problem('does not start with a "-----BEGIN ... PRIVATE KEY-----" line')
  if (lines[lines.length - 1] !== `-----END ${type}-----`)
    throw problem(`does not end with "-----END ${type}-----"`)
  const body = lines.slice(1, -1).filter((line) => !/^[A-Za-z-]+:/.test(line))
  if (body.length === 0 || !body.every((line) => /^[A-Za-z0-9+/=]+$/.test(line))) {
    throw problem('is damaged (its body is not base64)')
  }
  if (type === 'OPENSSH PRIVATE KEY') {
    const bytes = Buffer.from(body.join(''), 'base64')
    const magic = 'openssh-key-v1\0'
    if (bytes.subarray(0, magic.length).toString('latin1') !== magic || bytes.length < magic.length + 4) {
      throw problem('is damaged (not an OpenSSH key structure)')
    }
    const cipherLength = bytes.readUInt32BE(magic.length)
    const cipher = bytes.subarray(magic.length + 4, magic.length + 4 + cipherLength).toString('latin1')
    if (cipher !== 'none') throw encrypted()
  }
  return `${lines.join('\n')}\n`
}

function encrypted(): Error {
  return new Error(
    'The SSH private key is protected by a passphrase, and there is no one to type it in CI. ' +
      'Use a key without passphrase for the bot (e.g. `ssh-keygen -p -N "" -f <key file>` on a copy of it) ' +
      'and keep it only in the CI secret.',
  )
}

export interface ForkUrlOptions {
  protocol: 'ssh' | 'https'
  /** The Pagure instance, e.g. https://src.fedoraproject.org. */
  instanceUrl: string
  /** The SSH host (`host` or `host:port`); default derived from the instance. */
  sshHost?: string
  /** The fork owner (the bot account). */
  user: string
  /** e.g. rpms; empty for projects without namespace. */
  namespace: string
  repo: string
}

/** Where the bot pushes its fork branch. */
export function forkPushUrl(opts: ForkUrlOptions): string {
  for (const [name, value] of [
    ['user', opts.user],
    ['repository', opts.repo],
  ] as const) {
    if (!/^[A-Za-z0-9_+][A-Za-z0-9_.+-]*$/.test(value)) throw new Error(`invalid ${name} name "${value}"`)
  }
  if (opts.namespace && !/^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(opts.namespace)) {
    throw new Error(`invalid namespace "${opts.namespace}"`)
  }
  const repoPath = `forks/${opts.user}/${opts.namespace ? `${opts.namespace}/` : ''}${opts.repo}.git`
  const instanceUrl = withoutUrlCredentials(opts.instanceUrl)
  const instance = new URL(instanceUrl)
  if (opts.protocol === 'https') return `${instanceUrl.replace(/\/+$/, '')}/${repoPath}`
  const host = opts.sshHost ?? defaultSshHost(instance.hostname)
  if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host))
    throw new Error(`invalid SSH host "${host}"`)
  return `ssh://${opts.user}@${host}/${repoPath}`
}

/** Fedora serves dist-git over SSH from pkgs.*, not from the web host src.*. */
function defaultSshHost(webHost: string): string {
  const fedora = /^src\.((stg\.)?fedoraproject\.org)$/.exec(webHost)
  return fedora ? `pkgs.${fedora[1]}` : webHost
}

export interface PushFailureContext {
  /** The remote URL (it never holds credentials). */
  url: string
  /** The branch on the remote. */
  remoteBranch?: string
  /** Reading the branch (ls-remote) or pushing it. */
  action?: 'read' | 'push'
  /** Where the SSH known hosts came from. */
  knownHosts?: 'input' | 'shipped'
}

/** An actionable message for a failed git push/ls-remote, from git's (redacted) output. */
export function explainPushFailure(stderr: string, ctx: PushFailureContext): string {
  const output = redact(stderr)
  const { user: urlUser, host, port } = parseRemote(ctx.url)
  const user = urlUser ?? /\/forks\/([^/]+)\//.exec(ctx.url)?.[1]
  const hostName = port && port !== '22' ? `[${host}]:${port}` : host
  // How a message names the server: `host:port` for http(s), ssh's `[host]:port` otherwise.
  const where = /^https?:\/\//i.test(ctx.url) ? (port ? `${host}:${port}` : host) : hostName
  const branch = ctx.remoteBranch ? ` ${ctx.remoteBranch}` : ''
  const what =
    ctx.action === 'read'
      ? `Reading the fork branch${branch} from ${redact(ctx.url)} failed`
      : `Pushing the fork branch${branch} to ${redact(ctx.url)} failed`
  const reason = explain(output, { user, host, hostName, where, knownHosts: ctx.knownHosts })
  const details = output
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line && !NOISE.test(line))
    .slice(-15)
    .map((line) => `  ${line}`)
    .join('\n')
  return `${what}: ${reason}${details ? `\ngit said:\n${details}` : ''}`
}

/** git/ssh lines that do not help here (generic advice, or advice about a temp file). */
const NOISE =
  /^(hint:|Done$|@+$|Please make sure you have the correct access rights|and the repository exists\.|Please contact your system administrator|Add correct host key in|Offending .* key in|\s*remove with:|\s*ssh-keygen -f )/

function explain(
  output: string,
  ctx: { user?: string; host: string; hostName: string; where: string; knownHosts?: 'input' | 'shipped' },
): string {
  const who = ctx.user ? `"${ctx.user}"` : 'the bot account'
  if (isStall(output)) {
    return `the connection to ${ctx.where} stalled: the server sent nothing for ${networkTimeoutSeconds()} s, so srcgit stopped waiting. ${stallAdvice()}`
  }
  if (/\(stale info\)/.test(output)) {
    return 'the fork branch changed since it was read (someone pushed to it); srcgit did not overwrite it. Run again to start from its new state.'
  }
  if (/\((non-fast-forward|fetch first)\)/.test(output)) {
    return 'the fork branch has commits srcgit did not expect, and srcgit does not overwrite them. Run again to start from its new state.'
  }
  if (
    /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key is known for/i.test(output)
  ) {
    const changed = /HOST IDENTIFICATION HAS CHANGED|has changed and you have requested/.test(output)
    const source =
      ctx.knownHosts === 'input'
        ? `the known-hosts input ${changed ? 'holds a different key' : 'has no key'} for it`
        : `the key srcgit ships for it ${changed ? 'does not match (the server may have been re-keyed)' : 'is not one the server offers'}`
    const fedora = /fedoraproject\.org$/.test(ctx.host)
      ? ' (for Fedora: https://admin.fedoraproject.org/ssh_known_hosts)'
      : ''
    return (
      `the SSH host key of ${ctx.hostName} could not be verified: ${source}. Set the action's known-hosts input to ` +
      `the known_hosts line(s) for ${ctx.hostName}${fedora}, checked against a trusted fingerprint.`
    )
  }
  if (/Load key .*: (invalid format|error in libcrypto)/.test(output)) {
    return 'ssh could not load the private key (it is damaged or in a format this ssh does not read).'
  }
  if (/Permission denied \(publickey/.test(output)) {
    return (
      `${ctx.host} refused the SSH key for user ${who}: the public half of this key is not registered for that ` +
      'account (in FAS: https://accounts.fedoraproject.org, Settings -> SSH keys), or the key belongs to another account.'
    )
  }
  if (/pre-receive hook declined|Denied push/.test(output)) {
    return `the bot account ${who} is not allowed to push to its fork (is it in the packager group? is its SSH key in FAS?)`
  }
  if (/returned error: (401|403)|Authentication failed|could not read (Username|Password)/.test(output)) {
    return (
      `the server refused the API token (HTTP 401/403): the token must belong to ${who} and carry the "commit" ACL ` +
      '(on src.fedoraproject.org user tokens cannot have it; push over SSH there).'
    )
  }
  if (/does not appear to be a git repository|repository '.*' not found|returned error: 404/.test(output)) {
    return `the fork does not exist (yet) on ${ctx.host}; srcgit forks the package before pushing, so check the fork step.`
  }
  if (
    /Could not resolve hostname|Connection refused|Connection timed out|Could not resolve host|Failed to connect/.test(
      output,
    )
  ) {
    return `${ctx.hostName} could not be reached from this runner (DNS, firewall or proxy).`
  }
  return 'see the git output below.'
}

/** User, host and port of an ssh://, scp-like or http(s) URL. */
function parseRemote(url: string): { user?: string; host: string; port?: string } {
  const scp = /^(?:([^@/:]+)@)?([^/:]+):(?!\/)/.exec(url)
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return { user: scp[1], host: scp[2] }
  try {
    const parsed = new URL(url)
    return { user: parsed.username || undefined, host: parsed.hostname, port: parsed.port || undefined }
  } catch {
    return { host: url }
  }
}

export interface PushOptions {
  url: string
  /** What to push: a ref or a commit SHA. */
  localRef: string
  remoteBranch: string
  /** Overwrite whatever is there (ignored when expectRemote is given). */
  force?: boolean
  /** The SHA the remote branch must still have ('' = must not exist); anything else fails. */
  expectRemote?: string
  transport: PushTransport
}

/**
 * Pushes `localRef` to `refs/heads/<remoteBranch>` at `url`; failures are explained, redacted
 * Errors. `up-to-date`: the branch already had that commit (someone else pushed it).
 */
export async function pushBranch(git: Git, opts: PushOptions): Promise<'pushed' | 'up-to-date'> {
  checkUrl(opts.url)
  checkBranch(opts.remoteBranch)
  if (!opts.localRef || opts.localRef.startsWith('-')) throw new Error(`invalid local ref "${opts.localRef}"`)
  const ref = `refs/heads/${opts.remoteBranch}`
  const lease =
    opts.expectRemote !== undefined
      ? [`--force-with-lease=${ref}:${opts.expectRemote}`]
      : opts.force
        ? ['--force']
        : []
  const args = ['push', '--porcelain', ...lease, opts.url, `${opts.localRef}:${ref}`]
  const stdout = await runRemote(git, args, opts.transport, {
    url: opts.url,
    remoteBranch: opts.remoteBranch,
    action: 'push',
  })
  // Porcelain: "<flag>\t<from>:<to>\t<summary>"; '=' is a ref that was already there.
  const line = stdout.split('\n').find((l) => l.split('\t')[1]?.endsWith(`:${ref}`))
  return line?.startsWith('=') ? 'up-to-date' : 'pushed'
}

/** The SHA of `branch` on the remote, or undefined when the branch does not exist. */
export async function lsRemote(
  git: Git,
  url: string,
  branch: string,
  transport: PushTransport,
): Promise<string | undefined> {
  checkUrl(url)
  checkBranch(branch)
  const ref = `refs/heads/${branch}`
  const stdout = await runRemote(git, ['ls-remote', '--refs', url, ref], transport, {
    url,
    remoteBranch: branch,
    action: 'read',
  })
  // Patterns match ref name tails, so pick the exact ref.
  for (const line of stdout.split('\n')) {
    const [sha, name] = line.split('\t')
    if (name === ref) return sha
  }
  return undefined
}

async function runRemote(git: Git, args: string[], transport: PushTransport, ctx: PushFailureContext) {
  const result = await git.run(args, { env: transport.env, allowFailure: true })
  if (result.code !== 0) {
    const output = `${result.stderr}\n${result.stdout}`
    throw new Error(explainPushFailure(output, { ...ctx, knownHosts: transport.knownHosts }))
  }
  return result.stdout
}

function checkUrl(url: string): void {
  if (!url || url.startsWith('-')) throw new Error(`invalid remote URL "${redact(url)}"`)
}

/** Names srcgit makes are plain; refuse anything git or a shell could read differently. */
function checkBranch(branch: string): void {
  if (!isPlainBranchName(branch)) throw new Error(`invalid branch name "${branch}"`)
}
