/**
 * Where a source-git change is proposed: a pull request (GitHub, through Octokit) or a merge
 * request (GitLab, through gitbeaker), behind one small interface, with the token that also
 * authenticates pushes over https.
 */
import { registerSecret } from '../../runtime/secrets.js'
import { GitHubRepoClient, type GitHubRepoClientOptions } from './github-api.js'
import { GitLabProjectClient, type GitLabProjectClientOptions } from './gitlab-api.js'

/** A pull request (GitHub) or merge request (GitLab), as this job sees either. */
export interface ChangeRequest {
  number: number
  url: string
  title: string
  body: string
}

/** The pull/merge request calls the job makes, the same on both platforms. */
export interface ChangeRequestHost {
  /** "pull request" or "merge request", for messages. */
  readonly noun: string
  findOpen(head: string, base: string): Promise<ChangeRequest | undefined>
  /** Opens one; an already open one for the same branches comes back with created: false. */
  create(request: {
    head: string
    base: string
    title: string
    body: string
  }): Promise<{ request: ChangeRequest; created: boolean }>
  update(number: number, changes: { title: string; body: string }): Promise<ChangeRequest>
  /** Every comment of the conversation, oldest first, across all pages (GitLab's system notes left out). */
  comments(number: number): Promise<{ body: string; url?: string }[]>
  /** Adds a comment; url is where it shows, when the platform says (GitLab: only for a project path). */
  comment(number: number, body: string): Promise<{ url?: string }>
}

export function githubRequests(client: GitHubRepoClient): ChangeRequestHost {
  const of = (p: { number: number; html_url: string; title: string; body: string | null }) => ({
    number: p.number,
    url: p.html_url,
    title: p.title,
    body: p.body ?? '',
  })
  return {
    noun: 'pull request',
    findOpen: async (head, base) => {
      const pull = await client.findOpenPull(head, base)
      return pull && of(pull)
    },
    create: async ({ head, base, title, body }) => {
      const { pull, created } = await client.createPull({ head, base, title, body })
      return { request: of(pull), created }
    },
    update: async (number, changes) => of(await client.updatePull(number, changes)),
    comments: async (number) =>
      (await client.listIssueComments(number)).map((c) => ({ body: c.body, url: c.html_url })),
    comment: async (number, body) => ({ url: (await client.createIssueComment(number, body)).html_url }),
  }
}

export function gitlabRequests(client: GitLabProjectClient): ChangeRequestHost {
  const of = (mr: { iid: number; web_url: string; title: string; description: string | null }) => ({
    number: mr.iid,
    url: mr.web_url,
    title: mr.title,
    body: mr.description ?? '',
  })
  return {
    noun: 'merge request',
    findOpen: async (head, base) => {
      const mr = await client.findOpenMergeRequest(head, base)
      return mr && of(mr)
    },
    create: async ({ head, base, title, body }) => {
      const { mergeRequest, created } = await client.createMergeRequest({
        source_branch: head,
        target_branch: base,
        title,
        description: body,
        // The branch is srcgit's: once merged it has done its job.
        remove_source_branch: true,
      })
      return { request: of(mergeRequest), created }
    },
    update: async (iid, { title, body }) =>
      of(await client.updateMergeRequest(iid, { title, description: body })),
    comments: async (iid) =>
      (await client.listMergeRequestNotes(iid))
        .filter((note) => !note.system)
        .map((note) => ({ body: note.body, url: noteUrl(client, iid, note.id) })),
    comment: async (iid, body) => ({
      url: noteUrl(client, iid, (await client.createMergeRequestNote(iid, body)).id),
    }),
  }
}

/**
 * Where a note shows: the merge request's page with the note's anchor. Only a project path makes
 * that page's address; a numeric project id (CI_PROJECT_ID) does not, and then there is none.
 */
function noteUrl(client: GitLabProjectClient, iid: number, id: number): string | undefined {
  const project = String(client.project)
  if (/^\d+$/.test(project)) return undefined
  return `${client.host}/${project.replace(/^\/+|\/+$/g, '')}/-/merge_requests/${iid}#note_${id}`
}

/** Where the sync is proposed: the platform, its token (for pushes over https too) and its API. */
export interface SyncPlatform {
  kind: 'github' | 'gitlab'
  /** The token; pushes over https carry it too (GitHub as x-access-token, GitLab as oauth2). */
  token?: string
  /** How the user gives the token, for messages (e.g. "SRCGIT_GITHUB_TOKEN", "the github-token input"). */
  tokenName: string
  /** The pull/merge request API; undefined only for a dry run without a token. */
  requests?: ChangeRequestHost
  /** Closes the API client's connections. */
  close?: () => Promise<void>
}

/** GitHub: the token (contents: write, pull-requests: write), `owner/name`, GITHUB_API_URL. */
export function githubPlatform(opts: {
  token?: string
  repository: string
  tokenName?: string
  apiUrl?: string
  env?: NodeJS.ProcessEnv
  client?: Partial<GitHubRepoClientOptions>
}): SyncPlatform {
  const tokenName = opts.tokenName ?? 'SRCGIT_GITHUB_TOKEN'
  if (!opts.token) return { kind: 'github', tokenName }
  const client = new GitHubRepoClient({
    token: opts.token,
    repository: opts.repository,
    baseUrl: opts.apiUrl,
    env: opts.env,
    ...opts.client,
  })
  return {
    kind: 'github',
    token: opts.token,
    tokenName,
    requests: githubRequests(client),
    close: () => client.close(),
  }
}

/** GitLab: a project access token (Developer role, api scope), the project (default CI_PROJECT_ID). */
export function gitlabPlatform(opts: {
  token?: string
  project?: string
  tokenName?: string
  env?: Record<string, string | undefined>
  client?: Partial<GitLabProjectClientOptions>
}): SyncPlatform {
  const tokenName = opts.tokenName ?? 'SRCGIT_GITLAB_TOKEN'
  // GitLab CI's clone URL carries the job token: git's messages must not show it.
  registerSecret((opts.env ?? process.env).CI_JOB_TOKEN)
  if (!opts.token) return { kind: 'gitlab', tokenName }
  const client = new GitLabProjectClient({
    token: opts.token,
    project: opts.project,
    env: opts.env,
    ...opts.client,
  })
  return { kind: 'gitlab', token: opts.token, tokenName, requests: gitlabRequests(client) }
}
