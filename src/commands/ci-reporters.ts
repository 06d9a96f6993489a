/**
 * Where the downstream jobs (koji-build, bodhi-update) report on the source-git side in CI:
 * commit statuses (the run's GitHub or GitLab repository) and comments on its pull/merge
 * requests. Outside CI there is nowhere to report: the outputs and the log say it all.
 */
import { githubPlatform, gitlabPlatform } from '../forges/source-git/change-requests.js'
import { isGitLabCi } from '../runtime/gitlab.js'
import { ciStatusSink } from '../status/sink.js'
import type { BuildReporters } from '../jobs/koji-build-report.js'

export function ciReporters(
  env: NodeJS.ProcessEnv,
  githubToken?: string,
): BuildReporters & { close(): Promise<void> } {
  const sink = ciStatusSink(env, githubToken)
  const close: Array<() => Promise<void>> = []
  let requests: BuildReporters['requests']
  if (isGitLabCi(env)) {
    const platform = gitlabPlatform({ token: env.SRCGIT_GITLAB_TOKEN?.trim() || undefined, env })
    requests = platform.requests
    if (platform.close) close.push(platform.close)
  } else if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
    const token = githubToken ?? (env.SRCGIT_GITHUB_TOKEN?.trim() || env.GITHUB_TOKEN?.trim() || undefined)
    const platform = githubPlatform({
      token,
      repository: env.GITHUB_REPOSITORY,
      env,
      client:
        env.SRCGIT_TEST_GITHUB_NO_SPACING === 'true'
          ? { spaceWrites: false, retryDelayUnitMs: 10 }
          : undefined,
    })
    requests = platform.requests
    if (platform.close) close.push(platform.close)
  }
  return {
    sink,
    requests,
    close: async () => {
      for (const fn of close) await fn()
    },
  }
}
