/** The forge's server-side state: users, tokens, projects, pull requests, flags, fork tasks. */
import { timestamp } from './http.js'
import type { BodhiRelease, ForgeToken, ForgeUser } from './types.js'

export interface ProjectRecord {
  id: number
  namespace: string
  name: string
  /** The forked project; only forks have one. */
  parent?: ProjectRecord
  /** Main admin: the fork's user, or the package's first maintainer. */
  owner: string
  /** Access besides the owner (Pagure's access_users / access_groups). */
  access: ProjectAccess
  /** Forks get pull requests (and the issue tracker) disabled. */
  pullRequests: boolean
  dateCreated: string
  dateModified: string
}

/** Pagure's access levels below owner, highest first (access_users has `owner` besides). */
export const ACCESS_LEVELS = ['admin', 'commit', 'collaborator', 'ticket'] as const
export type AccessLevel = (typeof ACCESS_LEVELS)[number]
export type AccessLists = Record<AccessLevel, string[]>

/** Who has which access to a project: users by name, groups by group name. */
export interface ProjectAccess {
  users: AccessLists
  groups: AccessLists
}

export function accessLists(lists: Partial<AccessLists> = {}): AccessLists {
  return {
    admin: [...(lists.admin ?? [])],
    commit: [...(lists.commit ?? [])],
    collaborator: [...(lists.collaborator ?? [])],
    ticket: [...(lists.ticket ?? [])],
  }
}

/** A Pagure group (FAS group on src.fedoraproject.org). */
export interface GroupRecord {
  name: string
  displayName: string
  description: string
  creator: string
  members: string[]
  dateCreated: string
}

export interface CommentRecord {
  id: number
  user: string
  comment: string
  commit: string | null
  filename: string | null
  line: number | null
  tree: string | null
  dateCreated: string
}

export interface PullRequestRecord {
  id: number
  uid: string
  project: ProjectRecord
  repoFrom: ProjectRecord
  branch: string
  branchFrom: string
  title: string
  initialComment: string | null
  user: string
  status: 'Open' | 'Closed' | 'Merged'
  commitStart: string | null
  commitStop: string | null
  dateCreated: string
  updatedOn: string
  lastUpdated: string
  closedAt: string | null
  closedBy: string | null
  comments: CommentRecord[]
}

/** A commit flag; pull-request flags are commit flags of the target project on the PR's head. */
export interface FlagRecord {
  project: string
  commit: string
  uid: string
  username: string
  percent: number | null
  comment: string
  status: string
  url: string
  user: string
  dateCreated: string
  dateUpdated: string
}

export interface TaskRecord {
  state: 'PENDING' | 'SUCCESS' | 'FAILURE'
}

export function fullname(project: ProjectRecord): string {
  const name = `${project.namespace}/${project.name}`
  return project.parent ? `forks/${project.owner}/${name}` : name
}

/** Pagure's url_path: forks live under fork/ in the web UI (forks/ in git URLs). */
export function urlPath(project: ProjectRecord): string {
  const name = `${project.namespace}/${project.name}`
  return project.parent ? `fork/${project.owner}/${name}` : name
}

export class ForgeState {
  readonly users = new Map<string, Required<ForgeUser>>()
  readonly tokens = new Map<string, ForgeToken>()
  readonly projects = new Map<string, ProjectRecord>()
  readonly pullRequests: PullRequestRecord[] = []
  readonly flags: FlagRecord[] = []
  readonly tasks = new Map<string, TaskRecord>()
  readonly groups = new Map<string, GroupRecord>()
  releases: BodhiRelease[] = []
  private nextProjectId = 1
  private nextCommentId = 1
  private readonly lastRequestId = new Map<ProjectRecord, number>()

  addUser(user: ForgeUser): void {
    this.users.set(user.name, { name: user.name, packager: user.packager ?? false })
  }

  /** Users named by tokens or maintainer lists exist without being declared (not packagers). */
  ensureUser(name: string): void {
    if (!this.users.has(name)) this.addUser({ name })
  }

  addToken(token: ForgeToken): void {
    this.ensureUser(token.user)
    this.tokens.set(token.token, { ...token, acls: [...token.acls] })
  }

  addProject(fields: Omit<ProjectRecord, 'id' | 'dateCreated' | 'dateModified'>): ProjectRecord {
    const now = timestamp()
    const project: ProjectRecord = {
      ...fields,
      id: this.nextProjectId++,
      dateCreated: now,
      dateModified: now,
    }
    this.projects.set(fullname(project), project)
    return project
  }

  /** Pagure's get_authorized_project: a fork when `forkUser` is given, else the main project. */
  findProject(namespace: string | undefined, name: string, forkUser?: string): ProjectRecord | undefined {
    if (!namespace) return undefined
    return this.projects.get(forkUser ? `forks/${forkUser}/${namespace}/${name}` : `${namespace}/${name}`)
  }

  /** A group whose members may be given access; its creator and members exist as users. */
  addGroup(name: string, members: string[], creator = members[0] ?? 'admin'): GroupRecord {
    for (const user of [creator, ...members]) this.ensureUser(user)
    const group: GroupRecord = {
      name,
      displayName: name,
      description: `The ${name} group`,
      creator,
      members: [...members],
      dateCreated: timestamp(),
    }
    this.groups.set(name, group)
    return group
  }

  /** Members of the project's groups at `levels`. */
  private groupMembers(project: ProjectRecord, levels: readonly AccessLevel[]): string[] {
    return levels.flatMap((level) =>
      project.access.groups[level].flatMap((name) => this.groups.get(name)?.members ?? []),
    )
  }

  /** Pagure's is_repo_committer: the owner, admin and commit users, and members of admin and commit groups. */
  isCommitter(project: ProjectRecord, user: string | undefined): boolean {
    return user !== undefined && this.committersOf(project).includes(user)
  }

  /** Everyone with commit access, groups expanded (who may push and merge). */
  committersOf(project: ProjectRecord): string[] {
    const levels = ['admin', 'commit'] as const
    const users = [project.owner, ...levels.flatMap((level) => project.access.users[level])]
    return [...new Set([...users, ...this.groupMembers(project, levels)])]
  }

  requestsOf(project: ProjectRecord): PullRequestRecord[] {
    return this.pullRequests.filter((pr) => pr.project === project)
  }

  /** Reserves the project's next pull-request id. */
  nextRequestId(project: ProjectRecord): number {
    const id = (this.lastRequestId.get(project) ?? 0) + 1
    this.lastRequestId.set(project, id)
    return id
  }

  commentId(): number {
    return this.nextCommentId++
  }

  /** Flags on one commit of one project, oldest update first (Pagure's get_commit_flag). */
  flagsOn(project: string, commit: string | null): FlagRecord[] {
    if (!commit) return []
    return this.flags
      .filter((flag) => flag.project === project && flag.commit === commit)
      .sort((a, b) => Number(a.dateUpdated) - Number(b.dateUpdated))
  }
}
