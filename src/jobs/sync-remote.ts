/**
 * The source-git remote the sync branch goes to: its URL and name for messages, the token sent
 * as command-scoped git config (never in argv, remotes on disk or messages), reads and pushes,
 * and an actionable message when the remote refuses one.
 */
import path from 'node:path'
import type { SyncPlatform } from '../forges/source-git/change-requests.js'
import { Git, isRemoteUrl } from '../git/git.js'
import { redact, registerSecret } from '../runtime/secrets.js'
import { JobError } from './update-dist-git.js'

/** The source-git remote: where git talks to, how it is named in messages, and the credentials. */
export interface SourceRemote {
  url: string
  label: string
  /** Command-scoped git config carrying the token (empty for local paths and SSH). */
  env: Record<string, string>
  platform: SyncPlatform
}

export async function resolveRemote(
  source: Git,
  remote: string,
  platform: SyncPlatform,
): Promise<SourceRemote> {
  let url = remote
  const isPath = path.isAbsolute(remote) || remote.startsWith('.')
  if (!isRemoteUrl(remote) && !isPath) {
    const got = await source.run(['remote', 'get-url', '--push', remote], { allowFailure: true })
    if (got.code !== 0)
      throw new JobError(
        `source-git ${source.dir} has no remote "${remote}"; give the remote to push the sync branch to (--remote NAME|URL)`,
      )
    url = got.stdout.trim()
  }
  if (!isRemoteUrl(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url)) url = path.resolve(source.dir, url)
  const credentials = httpCredentials(url, platform)
  return { url: credentials?.url ?? url, label: redactUrl(url), env: credentials?.env ?? {}, platform }
}

/**
 * For an http(s) remote and a token: the URL without user info and command-scoped git config
 * (GIT_CONFIG_COUNT/KEY/VALUE, like `-c` without showing in argv or on disk) that first clears
 * any extraheader inherited for the URL (actions/checkout persists one) and then sends the token.
 */
export function httpCredentials(
  url: string,
  platform: Pick<SyncPlatform, 'kind' | 'token' | 'tokenName'>,
  env: NodeJS.ProcessEnv = process.env,
): { url: string; env: Record<string, string> } | undefined {
  const token = platform.token?.trim()
  if (!token || !/^https?:\/\//i.test(url)) return undefined
  const parsed = new URL(url)
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
  if (parsed.protocol === 'http:' && !loopback)
    throw new JobError(
      `the source-git remote ${redactUrl(url)} is plain http: ${platform.tokenName} is not sent over it; use its https URL (--remote)`,
    )
  parsed.username = ''
  parsed.password = ''
  const clean = parsed.toString()
  const user = platform.kind === 'github' ? 'x-access-token' : 'oauth2'
  const credential = Buffer.from(`${user}:${token}`).toString('base64')
  registerSecret(token)
  registerSecret(credential)
  const index = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10) || 0
  const key = `http.${clean}.extraheader`
  return {
    url: clean,
    env: {
      GIT_CONFIG_COUNT: String(index + 2),
      [`GIT_CONFIG_KEY_${index}`]: key,
      [`GIT_CONFIG_VALUE_${index}`]: '',
      [`GIT_CONFIG_KEY_${index + 1}`]: key,
      [`GIT_CONFIG_VALUE_${index + 1}`]: `AUTHORIZATION: basic ${credential}`,
    },
  }
}

/** A URL for messages: no user info (GitLab CI's clone URL carries the job token in it). */
export function redactUrl(url: string): string {
  return redact(url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1'))
}

export async function runRemote(
  source: Git,
  remote: SourceRemote,
  args: string[],
  what: { action: 'read' | 'push'; branch: string },
): Promise<string> {
  const result = await source.run(args, { env: remote.env, allowFailure: true })
  if (result.code === 0) return result.stdout
  throw new JobError(explainRemoteFailure(`${result.stderr}\n${result.stdout}`, remote, what))
}

/** An actionable message for a failed fetch, ls-remote or push to the source-git remote. */
export function explainRemoteFailure(
  output: string,
  remote: Pick<SourceRemote, 'label' | 'platform'>,
  what: { action: 'read' | 'push'; branch: string },
): string {
  const text = redact(output)
  const { kind, tokenName } = remote.platform
  const doing =
    what.action === 'push'
      ? `Pushing ${what.branch} to ${remote.label}`
      : `Reading ${what.branch} from ${remote.label}`
  const pushRights =
    kind === 'github'
      ? `${tokenName} must be allowed to push: give the workflow job \`permissions: contents: write\` ` +
        '(a personal access token needs "Contents: write", or the repo scope)'
      : `${tokenName} must be allowed to push: a project access token with the Developer role and the api ` +
        '(or write_repository) scope; a protected-branch rule matching srcgit/* needs Maintainer'
  let reason: string
  if (/\(stale info\)|\(fetch first\)|\(non-fast-forward\)/.test(text))
    reason = `${what.branch} changed on the remote since it was read; srcgit did not overwrite it. Run again.`
  else if (
    /returned error: 403|Permission to .* denied|denied to|not allowed to push|pre-receive hook declined|protected branch|insufficient_scope/i.test(
      text,
    )
  )
    reason = `the remote refused it: ${pushRights}.`
  else if (
    /returned error: 401|Authentication failed|could not read (Username|Password)|HTTP Basic: Access denied/i.test(
      text,
    )
  )
    reason = remote.platform.token
      ? `the remote refused ${tokenName} (wrong, revoked or expired): ${pushRights}.`
      : `the remote asks for credentials: set ${tokenName} (${kind === 'github' ? GITHUB_TOKEN_HOW : GITLAB_TOKEN_HOW}).`
  else if (
    /returned error: 404|repository '.*' not found|does not appear to be a git repository|not found/i.test(
      text,
    )
  )
    reason = `the repository does not exist, or ${tokenName} cannot see it; check --remote.`
  else if (/Could not resolve host|Connection refused|Connection timed out|Failed to connect/i.test(text))
    reason = 'the remote could not be reached from here (DNS, firewall or proxy).'
  else reason = 'see the git output below.'
  const details = text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line && !/^hint:/.test(line))
    .slice(-10)
    .map((line) => `  ${line}`)
    .join('\n')
  return `${doing} failed: ${reason}${details ? `\ngit said:\n${details}` : ''}`
}

export const GITHUB_TOKEN_HOW =
  'pass a token that may push and open pull requests (in a workflow: `permissions: contents: write` and ' +
  '`pull-requests: write` for GITHUB_TOKEN, or a personal access token with "Contents: write" and "Pull requests: write")'
export const GITLAB_TOKEN_HOW =
  'create a project access token with the Developer role and the api scope (Settings > Access tokens) and store it ' +
  'as the masked CI/CD variable SRCGIT_GITLAB_TOKEN'

/** The remote base branch, fetched: the sync starts where the request will be merged. */
export async function fetchBase(
  source: Git,
  remote: SourceRemote,
  base: string,
  into: string,
): Promise<string> {
  const sha = await lsRemote(source, remote, base)
  if (!sha)
    throw new JobError(
      `the base branch "${base}" is not on ${remote.label}; give the branch the ${remote.platform.kind === 'gitlab' ? 'merge' : 'pull'} request goes into with --base`,
    )
  await runRemote(source, remote, ['fetch', '-q', '--no-tags', remote.url, `+refs/heads/${base}:${into}`], {
    action: 'read',
    branch: base,
  })
  return (await source.tryRevParse(into))!
}

export async function localBase(source: Git, base: string): Promise<string> {
  const sha =
    (await source.tryRevParse(`refs/heads/${base}`)) ??
    (await source.tryRevParse(`refs/remotes/origin/${base}`))
  if (!sha)
    throw new JobError(`source-git ${source.dir} has no branch "${base}"; give the base branch with --base`)
  return sha
}

export async function lsRemote(
  source: Git,
  remote: SourceRemote,
  branch: string,
): Promise<string | undefined> {
  const ref = `refs/heads/${branch}`
  const out = await runRemote(source, remote, ['ls-remote', '--refs', remote.url, ref], {
    action: 'read',
    branch,
  })
  return out
    .split('\n')
    .map((line) => line.split('\t'))
    .find(([, name]) => name === ref)?.[0]
}

/**
 * Pushes `head` to `branch` (leased on what the remote had; skipped when `push` is false), then
 * opens or updates its request with `propose`. No pushed branch without its request: when
 * `propose` throws, the remote branch goes back to what it was.
 */
export async function pushWithRollback<T>(
  source: Git,
  remote: SourceRemote,
  target: { branch: string; head: string; remoteSha?: string; push: boolean },
  propose: () => Promise<T>,
): Promise<T> {
  const ref = `refs/heads/${target.branch}`
  if (target.push)
    await runRemote(
      source,
      remote,
      [
        'push',
        '--porcelain',
        `--force-with-lease=${ref}:${target.remoteSha ?? ''}`,
        remote.url,
        `${target.head}:${ref}`,
      ],
      { action: 'push', branch: target.branch },
    )
  try {
    return await propose()
  } catch (error) {
    if (target.push) {
      const back = target.remoteSha ? `${target.remoteSha}:${ref}` : `:${ref}`
      await source.run(['push', '-q', `--force-with-lease=${ref}:${target.head}`, remote.url, back], {
        env: remote.env,
        allowFailure: true,
      })
    }
    throw error
  }
}
