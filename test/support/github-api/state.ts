/**
 * What the fake GitHub knows: repositories, their branches and commits, statuses, pull requests
 * and their conversation comments.
 */
import type { FakeGitHubRepo, FakeRelease, IssueCommentRecord, PullRecord, StatusRecord } from './types.js'

export interface RepoState {
  id: number
  owner: string
  name: string
  private: boolean
  defaultBranch: string
  branches: Map<string, string>
  commits: Set<string>
  releases: FakeRelease[]
  actionsCanCreatePullRequests: boolean
  /** In the order they were set (oldest first). */
  statuses: StatusRecord[]
  pulls: PullRecord[]
  /** Conversation comments of every pull request, oldest first. */
  issueComments: IssueCommentRecord[]
}

/** Timestamps as GitHub prints them, from a fixed start, one second per event: order is creation order. */
class Clock {
  private seconds = 0
  tick(): string {
    const at = new Date(Date.UTC(2026, 10, 20, 10, 0, 0) + 1000 * this.seconds++)
    return at.toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
}

export class GitHubState {
  readonly repos: RepoState[]
  private readonly clock = new Clock()
  private lastId = 1000

  constructor(repos: FakeGitHubRepo[]) {
    this.repos = repos.map((repo, index) => {
      const branches = new Map(Object.entries(repo.branches ?? {}))
      return {
        id: 100 + index,
        owner: repo.owner,
        name: repo.name,
        private: repo.private ?? false,
        defaultBranch:
          repo.defaultBranch ?? (branches.has('main') ? 'main' : ([...branches.keys()][0] ?? 'main')),
        branches,
        commits: new Set([...(repo.commits ?? []), ...branches.values()]),
        releases: repo.releases ?? [],
        actionsCanCreatePullRequests: repo.actionsCanCreatePullRequests ?? true,
        statuses: [],
        pulls: [],
        issueComments: [],
      }
    })
  }

  /** Owner and name are case-insensitive on GitHub. */
  findRepo(owner: string, name: string): RepoState | undefined {
    const [o, n] = [owner.toLowerCase(), name.toLowerCase()]
    return this.repos.find((r) => r.owner.toLowerCase() === o && r.name.toLowerCase() === n)
  }

  /** The repository or a test-setup error (tests name repositories they declared). */
  repo(fullName: string): RepoState {
    const [owner, name] = fullName.split('/')
    const repo = this.findRepo(owner ?? '', name ?? '')
    if (!repo) throw new Error(`the fake GitHub has no repository ${fullName}`)
    return repo
  }

  /** A branch name resolves to its head; anything else is taken as a sha. */
  resolveRef(repo: RepoState, ref: string): string {
    return repo.branches.get(ref) ?? ref
  }

  now(): string {
    return this.clock.tick()
  }

  nextId(): number {
    return ++this.lastId
  }
}
