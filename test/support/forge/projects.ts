/** Creating packages and forks (record + bare repo + hooks) and Pagure's work after a push. */
import type { GitRepos } from './git-repos.js'
import { ApiError } from './pagure-auth.js'
import { type ForgeState, type ProjectRecord, fullname } from './state.js'

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
    this.repos.installHooks(full, [owner, ...committers])
    return this.state.addProject({ namespace, name, owner, committers, pullRequests: true })
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
      committers: [],
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
