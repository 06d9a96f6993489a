/**
 * Who may trigger a Koji build of a dist-git branch head, with Packit's meaning
 * (packit-service checker/distgit.py PermissionOnDistgit): a head that came from a merged pull
 * request is built when the PR's author is in `allowed_pr_authors` (default `[packit]`); a
 * direct push when its committer is in `allowed_committers` (default `[]`). srcgit has no
 * message bus telling it who pushed, so it reads both from dist-git: the merged PR whose head is
 * the branch head (or a parent of the merge commit), else the head commit's committer.
 */
import type { DistGitPullRequest } from '../forges/dist-git/forge.js'

export interface HeadCommit {
  sha: string
  parents: string[]
  committerName: string
  committerEmail: string
  /** The source-git commit it came from (`From-source-git-commit` trailer), when srcgit made it. */
  sourceGitCommit?: string
}

export type HeadOrigin =
  | { kind: 'pull-request'; pullRequest: DistGitPullRequest }
  | { kind: 'push'; committer: string; accounts: string[] }

/**
 * The merged PR the head came from: one whose head commit is the branch head (fast-forward,
 * rebase) or a non-first parent of it (a merge commit). Newest first wins.
 */
export function headOrigin(head: HeadCommit, merged: readonly DistGitPullRequest[]): HeadOrigin {
  const candidates = [head.sha, ...head.parents.slice(1)].map((sha) => sha.toLowerCase())
  const pullRequest = merged.find(
    (pr) =>
      pr.state === 'merged' && pr.headSha !== undefined && candidates.includes(pr.headSha.toLowerCase()),
  )
  if (pullRequest) return { kind: 'pull-request', pullRequest }
  return {
    kind: 'push',
    committer: `${head.committerName} <${head.committerEmail}>`,
    accounts: committerAccounts(head),
  }
}

/**
 * The dist-git accounts a commit's committer may be: the FAS name of a `<name>@fedoraproject.org`
 * address, the address itself and the committer name (dist-git keeps no record of the pusher).
 */
export function committerAccounts(head: Pick<HeadCommit, 'committerName' | 'committerEmail'>): string[] {
  const accounts: string[] = []
  const email = head.committerEmail.trim().toLowerCase()
  const fas = /^([^@\s]+)@fedoraproject\.org$/.exec(email)
  if (fas) accounts.push(fas[1])
  if (email) accounts.push(email)
  if (head.committerName.trim()) accounts.push(head.committerName.trim())
  return [...new Set(accounts)]
}

/**
 * The configured accounts with Packit's account read as the one srcgit runs as: `packit` (the
 * default of allowed_pr_authors and allowed_builders) named the Packit bot that opened the PRs
 * and made the builds; with srcgit that is the bot account of the keytab and dist-git token.
 */
export function effectiveAccounts(configured: readonly string[], bot: string | undefined): string[] {
  const out = [...configured]
  if (bot && configured.includes('packit') && !out.includes(bot)) out.push(bot)
  return out
}

export type GateDecision = { allowed: true; who: string } | { allowed: false; reason: string }

export interface GateOptions {
  allowedPrAuthors: readonly string[]
  allowedCommitters: readonly string[]
  /** The bot account (the keytab's principal / dist-git token's user). */
  bot?: string
}

export function gateHead(origin: HeadOrigin, opts: GateOptions): GateDecision {
  if (origin.kind === 'pull-request') {
    const allowed = effectiveAccounts(opts.allowedPrAuthors, opts.bot)
    const author = origin.pullRequest.author
    if (matchesAccount(allowed, [author])) return { allowed: true, who: `pull request author ${author}` }
    return {
      allowed: false,
      reason:
        `the head came from ${origin.pullRequest.url} by ${author}, who is not in allowed_pr_authors ` +
        `(${describeList(allowed)}); add ${author} to allowed_pr_authors of the koji_build job to build it`,
    }
  }
  const allowed = effectiveAccounts(opts.allowedCommitters, opts.bot)
  if (matchesAccount(allowed, origin.accounts)) return { allowed: true, who: `committer ${origin.committer}` }
  return {
    allowed: false,
    reason:
      `the head was pushed directly (committer ${origin.committer}), and allowed_committers is ` +
      `${describeList(allowed)}; add the committer's FAS name to allowed_committers of the koji_build job to build direct pushes`,
  }
}

/** Groups (`@name`) are not looked up: only named accounts match. */
function matchesAccount(allowed: readonly string[], accounts: readonly string[]): boolean {
  const wanted = new Set(allowed.filter((a) => !a.startsWith('@')).map((a) => a.toLowerCase()))
  return accounts.some((a) => wanted.has(a.toLowerCase()))
}

function describeList(list: readonly string[]): string {
  if (list.length === 0) return 'empty'
  const groups = list.filter((a) => a.startsWith('@'))
  const text = `[${list.join(', ')}]`
  return groups.length > 0 ? `${text} (groups such as ${groups[0]} are not looked up by srcgit)` : text
}
