/** The Forgejo stand-in's server-side state: users, tokens, repositories, pull requests, comments, statuses. */
import type { ForgeUser } from '../forge/types.js'

export interface ForgejoToken {
  token: string
  user: string
  /** Forgejo scopes, e.g. write:repository, write:issue, read:user. */
  scopes: string[]
}

export interface RepoRecord {
  id: number
  owner: string
  name: string
  /** The forked repository; only forks have one. */
  parent?: RepoRecord
  /** Collaborators besides the owner and their permission (an org repo's maintainers: write). */
  collaborators: Record<string, CollaboratorPermission>
  /** Owned by an organization (rpms, ...) rather than a user. */
  org: boolean
  createdAt: string
  updatedAt: string
}

export type CollaboratorPermission = 'read' | 'write' | 'admin'
/** Forgejo's access modes, lowest first (perm.AccessMode). */
export const ACCESS_MODES = ['none', 'read', 'write', 'admin', 'owner'] as const
export type AccessMode = (typeof ACCESS_MODES)[number]

/** An organization team: its members get `permission` on the org's repositories it covers. */
export interface TeamRecord {
  id: number
  org: string
  name: string
  permission: Exclude<AccessMode, 'none'>
  members: string[]
  /** Every repository of the org (the Owners team always). */
  includesAll: boolean
  /** Repositories the team was given, as owner/name, when not includesAll. */
  repos: string[]
}

export interface CommentRecord {
  id: number
  user: string
  body: string
  createdAt: string
  updatedAt: string
}

export interface PullRecord {
  /** Global id. */
  id: number
  /** Per-repository index (shared with issues). */
  number: number
  base: RepoRecord
  head: RepoRecord
  headBranch: string
  baseBranch: string
  title: string
  body: string
  user: string
  state: 'open' | 'closed'
  merged: boolean
  mergedAt: string | null
  mergedBy: string | null
  mergeCommitSha: string | null
  allowMaintainerEdit: boolean
  createdAt: string
  updatedAt: string
  closedAt: string | null
  comments: CommentRecord[]
}

export interface StatusRecord {
  id: number
  repo: RepoRecord
  sha: string
  state: 'pending' | 'success' | 'error' | 'failure' | 'warning'
  context: string
  description: string
  targetUrl: string
  creator: string
  createdAt: string
  updatedAt: string
}

let lastSecond = 0
/**
 * Now in RFC 3339 (second resolution, as Forgejo prints it), strictly increasing: every call is
 * at least a second after the previous one, so ordering by time is the order things happened in.
 */
export function rfc3339(): string {
  lastSecond = Math.max(Math.floor(Date.now() / 1000), lastSecond + 1)
  return new Date(lastSecond * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function fullName(repo: RepoRecord): string {
  return `${repo.owner}/${repo.name}`
}

export class ForgejoState {
  readonly users = new Map<string, Required<ForgeUser> & { id: number }>()
  readonly tokens = new Map<string, ForgejoToken>()
  readonly repos = new Map<string, RepoRecord>()
  readonly orgs = new Set<string>()
  readonly pulls: PullRecord[] = []
  readonly statuses: StatusRecord[] = []
  readonly teams: TeamRecord[] = []
  private nextId = { user: 1, repo: 1, pull: 1, comment: 1, status: 1, team: 1 }
  private readonly lastIndex = new Map<RepoRecord, number>()

  addUser(user: ForgeUser): void {
    const existing = this.users.get(user.name)
    this.users.set(user.name, {
      name: user.name,
      packager: user.packager ?? existing?.packager ?? false,
      id: existing?.id ?? this.nextId.user++,
    })
  }

  ensureUser(name: string): void {
    if (!this.users.has(name)) this.addUser({ name })
  }

  addToken(token: ForgejoToken): void {
    this.ensureUser(token.user)
    this.tokens.set(token.token, { ...token, scopes: [...token.scopes] })
  }

  addRepo(fields: Omit<RepoRecord, 'id' | 'createdAt' | 'updatedAt'>): RepoRecord {
    const now = rfc3339()
    const repo: RepoRecord = { ...fields, id: this.nextId.repo++, createdAt: now, updatedAt: now }
    this.repos.set(fullName(repo), repo)
    return repo
  }

  /** Case-insensitive, as Forgejo's owner and repository names are. */
  repo(owner: string, name: string): RepoRecord | undefined {
    const exact = this.repos.get(`${owner}/${name}`)
    if (exact) return exact
    const wanted = `${owner}/${name}`.toLowerCase()
    for (const [key, repo] of this.repos) if (key.toLowerCase() === wanted) return repo
    return undefined
  }

  /** The user's fork of `parent`, whatever its name. */
  forkOf(parent: RepoRecord, user: string): RepoRecord | undefined {
    for (const repo of this.repos.values()) if (repo.parent === parent && repo.owner === user) return repo
    return undefined
  }

  forksOf(parent: RepoRecord): RepoRecord[] {
    return [...this.repos.values()].filter((repo) => repo.parent === parent)
  }

  addTeam(fields: Omit<TeamRecord, 'id'>): TeamRecord {
    for (const user of fields.members) this.ensureUser(user)
    const team: TeamRecord = { ...fields, id: this.nextId.team++, members: [...fields.members] }
    this.teams.push(team)
    return team
  }

  /** The org's teams that cover the repository (repo_list_teams). */
  teamsOf(repo: RepoRecord): TeamRecord[] {
    if (!repo.org) return []
    const name = fullName(repo).toLowerCase()
    return this.teams.filter(
      (t) => t.org === repo.owner && (t.includesAll || t.repos.some((r) => r.toLowerCase() === name)),
    )
  }

  /** GetUserRepoPermission: the highest of ownership, collaboration and team access; public repos are readable. */
  permission(repo: RepoRecord, user: string | undefined): AccessMode {
    if (user === undefined || !this.users.has(user)) return 'none'
    if (repo.owner === user) return 'owner'
    const modes: AccessMode[] = ['read', repo.collaborators[user] ?? 'none']
    for (const team of this.teamsOf(repo)) if (team.members.includes(user)) modes.push(team.permission)
    return modes.reduce((a, b) => (ACCESS_MODES.indexOf(b) > ACCESS_MODES.indexOf(a) ? b : a), 'none')
  }

  canWrite(repo: RepoRecord, user: string | undefined): boolean {
    return ACCESS_MODES.indexOf(this.permission(repo, user)) >= ACCESS_MODES.indexOf('write')
  }

  pullsOf(repo: RepoRecord): PullRecord[] {
    return this.pulls.filter((pr) => pr.base === repo)
  }

  /** Reserves the repository's next issue/PR index. */
  nextIndex(repo: RepoRecord): number {
    const index = (this.lastIndex.get(repo) ?? 0) + 1
    this.lastIndex.set(repo, index)
    return index
  }

  /** The next index will be at least `next`. */
  skipTo(repo: RepoRecord, next: number): void {
    this.lastIndex.set(repo, Math.max(this.lastIndex.get(repo) ?? 0, next - 1))
  }

  pullId(): number {
    return this.nextId.pull++
  }

  commentId(): number {
    return this.nextId.comment++
  }

  statusId(): number {
    return this.nextId.status++
  }

  /** Every status of a commit in a repository, newest first (Forgejo's default sort). */
  statusesOf(repo: RepoRecord, sha: string): StatusRecord[] {
    return this.statuses.filter((s) => s.repo === repo && s.sha === sha).sort((a, b) => b.id - a.id)
  }
}
