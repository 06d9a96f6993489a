/**
 * Pagure (src.fedoraproject.org until the Forgejo migration) as a dist-git forge: the Pagure
 * API v0 client behind the neutral interface. Forks live at `forks/<user>/<ns>/<repo>`, PR
 * numbers are `id`, CI results are the flags of the PR's head.
 */
import { forkPushUrl } from '../../git/transport.js'
import type { HttpClient } from '../../http/client.js'
import type {
  CiResult,
  DistGitForge,
  DistGitPullRequest,
  FindPullRequest,
  NewPullRequest,
  PullRequestState,
  PushUrlOptions,
  MergeOutcome,
  ProjectAccessLevel,
} from './forge.js'
import { PAGURE_TOKEN_ACLS, PagureClient, type Flag, type PullRequest } from './pagure-api.js'

const STATES: Record<PullRequest['status'], PullRequestState> = {
  Open: 'open',
  Merged: 'merged',
  Closed: 'closed',
}

export class PagureForge implements DistGitForge {
  readonly kind = 'pagure' as const
  readonly instanceUrl: string
  readonly tokenHelp: string
  private readonly client: PagureClient

  constructor(opts: { instanceUrl: string; token?: string; http: HttpClient }) {
    this.client = new PagureClient(opts)
    this.instanceUrl = this.client.instanceUrl
    this.tokenHelp =
      `a Pagure API token of the bot account without a project, created at ${this.instanceUrl}/settings#nav-api-tab ` +
      `with the ACLs ${PAGURE_TOKEN_ACLS.join(', ')}`
  }

  whoami(): Promise<string> {
    return this.client.whoami()
  }

  async projectExists(ns: string, repo: string): Promise<boolean> {
    return (await this.client.project(ns, repo)) !== undefined
  }

  async forkExists(user: string, ns: string, repo: string): Promise<boolean> {
    return (await this.client.fork(user, ns, repo)) !== undefined
  }

  ensureFork(ns: string, repo: string): Promise<'created' | 'existed'> {
    return this.client.ensureFork(ns, repo)
  }

  forkPushUrl(opts: PushUrlOptions): string {
    return forkPushUrl({
      protocol: opts.protocol,
      instanceUrl: this.instanceUrl,
      sshHost: opts.sshHost,
      user: opts.user,
      namespace: opts.ns,
      repo: opts.repo,
    })
  }

  cloneUrl(ns: string, repo: string): string {
    return `${this.webUrl(ns, repo)}.git`
  }

  webUrl(ns: string, repo: string): string {
    return `${this.instanceUrl}/${ns ? `${ns}/` : ''}${repo}`
  }

  commitUrl(ns: string, repo: string, sha: string): string {
    return `${this.webUrl(ns, repo)}/c/${sha}`
  }

  async pullRequests(
    ns: string,
    repo: string,
    opts: { state: 'open' | 'all'; author?: string },
  ): Promise<DistGitPullRequest[]> {
    const listed =
      opts.state === 'open'
        ? await this.client.openPullRequests(ns, repo, { author: opts.author })
        : await this.client.pullRequests(ns, repo, { status: 'all', author: opts.author })
    return listed.map((pr) => this.neutral(ns, repo, pr))
  }

  async findOpenPullRequest(find: FindPullRequest): Promise<DistGitPullRequest | undefined> {
    const pr = await this.client.findOpenPullRequest(pagureFind(find))
    return pr && this.neutral(find.ns, find.repo, pr)
  }

  async createPullRequest(pr: NewPullRequest): Promise<DistGitPullRequest> {
    const made = await this.client.createPullRequest({
      ns: pr.ns,
      repo: pr.repo,
      title: pr.title,
      description: pr.description,
      branchTo: pr.targetBranch,
      branchFrom: pr.sourceBranch,
      forkUser: pr.forkUser,
    })
    return this.neutral(pr.ns, pr.repo, made)
  }

  async updatePullRequest(
    ns: string,
    repo: string,
    number: number,
    change: { title: string; description: string },
  ): Promise<DistGitPullRequest> {
    return this.neutral(ns, repo, await this.client.updatePullRequest(ns, repo, number, change))
  }

  comment(ns: string, repo: string, number: number, text: string): Promise<void> {
    return this.client.comment(ns, repo, number, text)
  }

  closePullRequest(ns: string, repo: string, number: number): Promise<void> {
    return this.client.closePullRequest(ns, repo, number)
  }

  async mergePullRequest(ns: string, repo: string, number: number): Promise<MergeOutcome> {
    const answer = await this.client.mergePullRequest(ns, repo, number)
    if (answer.merged) return { merged: true }
    const permission = answer.status === 401 || answer.status === 403
    return {
      merged: false,
      refused: permission ? 'permission' : 'not-mergeable',
      message: permission
        ? `the token cannot merge: it needs commit access to ${ns}/${repo} and the pull_request_merge ACL (${answer.message})`
        : answer.message,
    }
  }

  async usersWithAccess(ns: string, repo: string, level: ProjectAccessLevel): Promise<string[]> {
    const project = await this.client.project(ns, repo)
    if (!project)
      throw new Error(`cannot read who has access to ${ns}/${repo}: no such project on ${this.instanceUrl}`)
    // ogr's access mapping: admin is Pagure's admin and owner; commit adds commit. Groups have no owner.
    const levels = level === 'admin' ? ['admin'] : ['admin', 'commit']
    const users = ['owner', ...levels].flatMap((l) => project.access_users?.[l] ?? [])
    const groups = levels.flatMap((l) => project.access_groups?.[l] ?? [])
    for (const group of new Set(groups)) users.push(...((await this.client.groupMembers(group)) ?? []))
    return [...new Set(users)]
  }

  groupMembers(group: string): Promise<string[] | undefined> {
    return this.client.groupMembers(group)
  }

  async ciResults(ns: string, repo: string, pr: Pick<DistGitPullRequest, 'number'>): Promise<CiResult[]> {
    return (await this.client.pullRequestFlags(ns, repo, pr.number)).map(flagResult)
  }

  parsePullRequestUrl(url: string): { ns: string; repo: string; number: number } | undefined {
    const prefix = `${this.instanceUrl}/`
    if (!url.startsWith(prefix)) return undefined
    const match = /^([^/]+)\/([^/]+)\/pull-request\/(\d+)$/.exec(url.slice(prefix.length))
    return match ? { ns: match[1], repo: match[2], number: Number(match[3]) } : undefined
  }

  private neutral(ns: string, repo: string, pr: PullRequest): DistGitPullRequest {
    const created = Number(pr.date_created)
    return {
      number: pr.id,
      title: pr.title,
      description: pr.initial_comment ?? '',
      targetBranch: pr.branch,
      sourceBranch: pr.branch_from,
      sourceOwner: pr.repo_from?.parent ? pr.repo_from.user?.name : undefined,
      author: pr.user?.name ?? '',
      state: STATES[pr.status] ?? 'open',
      headSha: pr.commit_stop ?? undefined,
      url: pr.full_url ?? `${this.webUrl(ns, repo)}/pull-request/${pr.id}`,
      createdAt: created,
      updatedAt: Number(pr.last_updated ?? pr.closed_at ?? pr.date_created),
    }
  }
}

function pagureFind(find: FindPullRequest) {
  return {
    ns: find.ns,
    repo: find.repo,
    author: find.author,
    forkUser: find.forkUser,
    branchFrom: find.sourceBranch,
    branchTo: find.targetBranch,
  }
}

/** A Pagure flag as a CI result: `username` names the CI system; dates are epoch-second strings. */
export function flagResult(flag: Flag): CiResult {
  return {
    name: flag.username,
    state: flag.status,
    description: flag.comment ?? '',
    url: flag.url || undefined,
    commit: flag.commit_hash || undefined,
    updatedAt: epoch(flag.date_updated),
    createdAt: epoch(flag.date_created),
  }
}

/** Epoch seconds from Pagure's string; NaN when blank or unreadable. */
function epoch(value: string | undefined): number {
  return value === undefined || value.trim() === '' ? Number.NaN : Number(value)
}
