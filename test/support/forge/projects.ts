/** Creating packages and forks (record + bare repo + hooks) and Pagure's work after a push. */
import type { GitRepos } from './git-repos.js'
import { ApiError } from './pagure-auth.js'
import { type ForgeState, type ProjectAccess, type ProjectRecord, accessLists, fullname } from './state.js'

export class Projects {
  constructor(
    private readonly state: ForgeState,
    private readonly repos: GitRepos,
  ) {}

  /** <namespace>/<name> seeded from a local repository; the first maintainer is the main admin. */
  addPackage(
    name: string,
    opts: { from: string; maintainers?: string[]; namespace?: string },
  ): ProjectRecord {
    const namespace = opts.namespace ?? 'rpms'
    if (this.state.findProject(namespace, name)) throw new Error(`the forge already has ${namespace}/${name}`)
    // Fedora gives orphaned packages to the "orphan" account.
    const [owner = 'orphan', ...committers] = opts.maintainers ?? []
    for (const user of [owner, ...committers]) this.state.ensureUser(user)
    const full = `${namespace}/${name}`
    this.repos.seed(full, opts.from)
    const access = { users: accessLists({ commit: committers }), groups: accessLists() }
    const project = this.state.addProject({ namespace, name, owner, access, pullRequests: true })
    this.repos.installHooks(full, this.state.committersOf(project))
    return project
  }

  /**
   * Replaces the given levels of a project's access_users / access_groups (as the ACL page
   * does); the pre-receive check follows.
   */
  setAccess(
    project: ProjectRecord,
    change: { users?: Partial<ProjectAccess['users']>; groups?: Partial<ProjectAccess['groups']> },
  ): void {
    for (const user of Object.values(change.users ?? {}).flat()) this.state.ensureUser(user)
    project.access = {
      users: accessLists({ ...project.access.users, ...change.users }),
      groups: accessLists({ ...project.access.groups, ...change.groups }),
    }
    this.repos.installHooks(fullname(project), this.state.committersOf(project))
  }

  /**
   * fork_project: refuses a second fork of the same name (the message leaves out the
   * namespace, as Pagure's does) and records the fork at once; the clone is the promise.
   */
  fork(parent: ProjectRecord, user: string): Promise<void> {
    if (this.state.findProject(parent.namespace, parent.name, user))
      throw new ApiError(400, 'ENOCODE', { error: `Repo "forks/${user}/${parent.name}" already exists` })
    const project = this.state.addProject({
      namespace: parent.namespace,
      name: parent.name,
      parent,
      owner: user,
      access: { users: accessLists(), groups: accessLists() },
      pullRequests: false,
    })
    return this.repos.fork(fullname(parent), fullname(project)).then(() => {
      this.repos.installHooks(fullname(project), [user])
    })
  }

  /**
   * Pagure's update_pull_request task after a push: every open PR from or to the pushed
   * repository gets refs/pull/<id>/head and its commit range refreshed. Nothing else changes,
   * so flags (kept per head commit) follow the new head.
   */
  async refreshAfterPush(pushed: string): Promise<void> {
    const open = this.state.pullRequests.filter(
      (pr) => pr.status === 'Open' && (fullname(pr.repoFrom) === pushed || fullname(pr.project) === pushed),
    )
    for (const pr of open) {
      const target = fullname(pr.project)
      if (!(await this.repos.updatePullRef(target, pr.id, fullname(pr.repoFrom), pr.branchFrom))) continue
      const commits = await this.repos.pullCommits(target, pr.id, pr.branch)
      if (!commits.length) continue
      pr.commitStop = commits[0]
      pr.commitStart = commits[commits.length - 1]
    }
  }
}
