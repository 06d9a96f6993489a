/**
 * Who may trigger a Koji build of a dist-git branch head, with Packit's meaning
 * (packit-service checker/distgit.py PermissionOnDistgit): a head that came from a merged pull
 * request is built when the PR's author is in `allowed_pr_authors` (default `[packit]`); a
 * direct push when its committer is in `allowed_committers` (default `[]`). srcgit has no
 * message bus telling it who pushed, so it reads both from dist-git: the merged PR whose head is
 * the branch head (or a parent of the merge commit), else the head commit's committer.
 */
import type { DistGitPullRequest, ProjectAccessLevel } from '../forges/dist-git/forge.js'

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

/** The dist-git reads `@group`, `all_admins` and `all_committers` need (of the package's project). */
export interface AccountLookups {
  usersWithAccess(level: ProjectAccessLevel): Promise<string[]>
  groupMembers(group: string): Promise<string[] | undefined>
}

export interface GateOptions {
  allowedPrAuthors: readonly string[]
  allowedCommitters: readonly string[]
  /** The bot account (the keytab's principal / dist-git token's user). */
  bot?: string
  /** Looks up groups and aliases; without it they match nobody. */
  lookups?: AccountLookups
}

/** Packit's aliases (packit-service DistgitAllowedAccountsAlias) and the access each means. */
const ALIASES: Record<string, ProjectAccessLevel> = { all_admins: 'admin', all_committers: 'commit' }

const isSpecial = (entry: string) => entry.startsWith('@') || Object.hasOwn(ALIASES, entry)

/**
 * The accounts a list stands for, Packit's DistgitAccountsChecker: names as they are, `@group`
 * the group's members, all_admins / all_committers the users with that access (groups
 * expanded). A group that cannot be read matches nobody and is named in `unknown`.
 */
export async function expandAccounts(
  list: readonly string[],
  lookups: AccountLookups | undefined,
): Promise<{ accounts: Set<string>; unknown: string[] }> {
  const accounts = new Set(list.filter((a) => !isSpecial(a)).map((a) => a.toLowerCase()))
  const unknown: string[] = []
  for (const entry of list.filter(isSpecial)) {
    if (!lookups) {
      unknown.push(entry)
      continue
    }
    const alias = ALIASES[entry]
    const members = alias ? await lookups.usersWithAccess(alias) : await lookups.groupMembers(entry.slice(1))
    if (members === undefined) unknown.push(entry)
    for (const member of members ?? []) accounts.add(member.toLowerCase())
  }
  return { accounts, unknown }
}

export async function gateHead(origin: HeadOrigin, opts: GateOptions): Promise<GateDecision> {
  const pr = origin.kind === 'pull-request'
  const allowed = effectiveAccounts(pr ? opts.allowedPrAuthors : opts.allowedCommitters, opts.bot)
  const accounts = pr ? [origin.pullRequest.author] : origin.accounts
  // Named accounts first: no lookup when one of them matches.
  const named = new Set(allowed.filter((a) => !isSpecial(a)).map((a) => a.toLowerCase()))
  let unknown: string[] = []
  let match = accounts.some((a) => named.has(a.toLowerCase()))
  if (!match && allowed.some(isSpecial)) {
    const expanded = await expandAccounts(allowed, opts.lookups)
    unknown = expanded.unknown
    match = accounts.some((a) => expanded.accounts.has(a.toLowerCase()))
  }
  if (pr) {
    const author = origin.pullRequest.author
    if (match) return { allowed: true, who: `pull request author ${author}` }
    return {
      allowed: false,
      reason:
        `the head came from ${origin.pullRequest.url} by ${author}, who is not in allowed_pr_authors ` +
        `(${describeList(allowed, unknown)}); add ${author} to allowed_pr_authors of the koji_build job to build it`,
    }
  }
  if (match) return { allowed: true, who: `committer ${origin.committer}` }
  return {
    allowed: false,
    reason:
      `the head was pushed directly (committer ${origin.committer}), and allowed_committers is ` +
      `${describeList(allowed, unknown)}; add the committer's FAS name to allowed_committers of the koji_build job to build direct pushes`,
  }
}

/** The list as configured; groups and aliases looked up (their members did not match) or not found. */
function describeList(list: readonly string[], unknown: readonly string[]): string {
  if (list.length === 0) return 'empty'
  const text = `[${list.join(', ')}]`
  const looked = list.filter((a) => isSpecial(a) && !unknown.includes(a))
  const notes = [
    ...(looked.length > 0 ? [`looked up ${looked.join(', ')}: not a member`] : []),
    ...(unknown.length > 0 ? [`${unknown.join(', ')} not found on dist-git`] : []),
  ]
  return notes.length > 0 ? `${text}; ${notes.join('; ')}` : text
}
