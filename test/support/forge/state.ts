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
  /** Commit access besides the owner. */
  committers: string[]
  /** Forks get pull requests (and the issue tracker) disabled. */
  pullRequests: boolean
  dateCreated: string
  dateModified: string
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

  isCommitter(project: ProjectRecord, user: string | undefined): boolean {
    return user !== undefined && (project.owner === user || project.committers.includes(user))
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
