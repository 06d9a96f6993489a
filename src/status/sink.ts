/**
 * Where commit statuses go: the GitHub or GitLab repository of source-git, behind one small
 * interface, so the mirror reads what is there and writes only what differs (reconcile).
 */
import { GitHubRepoClient } from '../forges/source-git/github-api.js'
import { GitLabProjectClient } from '../forges/source-git/gitlab-api.js'
import type { ShownStatuses } from './desired.js'
import { reconcile, type ReconcilePlan } from './reconcile.js'
import type { CommitStatus, DesiredStatus, Platform, StatusWrite } from './types.js'
import { isGitLabCi } from '../runtime/gitlab.js'

export interface StatusSink {
  platform: Platform
  /** The repository, for messages. */
  name: string
  /** The newest status of each context on `sha`. */
  list(sha: string): Promise<CommitStatus[]>
  write(sha: string, status: StatusWrite): Promise<void>
}

export function githubSink(client: GitHubRepoClient): StatusSink {
  return {
    platform: 'github',
    name: `${client.owner}/${client.repo}`,
    list: async (sha) =>
      (await client.listStatuses(sha)).map((s) => ({
        context: s.context,
        state: s.state,
        description: s.description,
        targetUrl: s.target_url,
      })),
    write: async (sha, s) => {
      await client.createStatus(sha, {
        state: s.state as 'error' | 'failure' | 'pending' | 'success',
        context: s.context,
        description: s.description,
        ...(s.targetUrl ? { target_url: s.targetUrl } : {}),
      })
    },
  }
}

export function gitlabSink(client: GitLabProjectClient): StatusSink {
  return {
    platform: 'gitlab',
    name: String(client.project),
    list: async (sha) =>
      (await client.listStatuses(sha)).map((s) => ({
        context: s.name,
        state: s.state,
        description: s.description,
        targetUrl: s.target_url,
      })),
    write: async (sha, s) => {
      await client.createStatus(sha, {
        state: s.state as 'pending' | 'running' | 'success' | 'failed' | 'canceled',
        name: s.context,
        description: s.description,
        ...(s.targetUrl ? { target_url: s.targetUrl } : {}),
      })
    },
  }
}

/**
 * Reads the statuses on `sha`, writes those that differ from `desired` (a list, or made from
 * what the commit shows); returns the plan carried out.
 */
export async function mirrorStatuses(
  sink: StatusSink,
  sha: string,
  desired: readonly DesiredStatus[] | ((shown: ShownStatuses) => readonly DesiredStatus[]),
): Promise<ReconcilePlan> {
  if (Array.isArray(desired) && desired.length === 0) return { writes: [], unchanged: [], held: [] }
  const existing = await sink.list(sha)
  const wanted =
    typeof desired === 'function' ? desired({ platform: sink.platform, statuses: existing }) : desired
  const plan = reconcile(sink.platform, wanted, existing)
  for (const write of plan.writes) await sink.write(sha, write)
  return plan
}

/**
 * The sink for this CI run: GitHub in Actions (the github-token, GITHUB_REPOSITORY, GITHUB_API_URL),
 * GitLab in GitLab CI (SRCGIT_GITLAB_TOKEN, CI_PROJECT_ID); undefined elsewhere.
 */
export function ciStatusSink(env: NodeJS.ProcessEnv, githubToken?: string): StatusSink | undefined {
  if (isGitLabCi(env)) return gitlabSink(new GitLabProjectClient({ env }))
  const token = githubToken ?? env.SRCGIT_GITHUB_TOKEN ?? env.GITHUB_TOKEN
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY && token)
    return githubSink(
      new GitHubRepoClient({
        token,
        repository: env.GITHUB_REPOSITORY,
        env,
        // Tests talk to a local server: no need to stay clear of GitHub's secondary rate limits.
        spaceWrites: env.SRCGIT_TEST_GITHUB_NO_SPACING !== 'true',
        retryDelayUnitMs: env.SRCGIT_TEST_GITHUB_NO_SPACING === 'true' ? 10 : undefined,
      }),
    )
  return undefined
}

/** The web URL of the source-git repository this CI run belongs to, as PR markers name it. */
export function ciRepositoryUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (isGitLabCi(env)) return env.CI_PROJECT_URL
  if (env.GITHUB_REPOSITORY)
    return `${(env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`
  return undefined
}
