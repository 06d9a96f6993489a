/**
 * `srcgit sync-from-downstream`: bring the commits made by hand in dist-git back to source-git
 * as a pull request (GitHub Actions) or merge request (GitLab CI), from the branch
 * `srcgit/sync-from-<branch>`; meant for scheduled and manual CI runs. Run locally, it only
 * makes that branch in SOURCE_GIT.
 */
import path from 'node:path'
import { isRemoteUrl } from '../git/git.js'
import { failedOutputs, formatOutcome, runFailed, runOutputs, type RunOutputs } from '../jobs/report.js'
import { githubPlatform, gitlabPlatform, type SyncPlatform } from '../forges/source-git/change-requests.js'
import { syncFromDownstream, type SyncFromDownstreamResult } from '../jobs/sync-from-downstream.js'
import { syncSummary } from '../jobs/sync-texts.js'
import { isGitLabCi, writeCiReports } from '../runtime/gitlab.js'
import { redact } from '../runtime/secrets.js'
import { EXIT, type CommandIO } from './io.js'
import { distGitForgeOption } from './dist-git-forge.js'
import { parseCommand, type CommandValues } from './parse.js'
import { environmentHelp } from './options.js'
import { isUserError } from '../runtime/user-errors.js'

const NAME = 'srcgit sync-from-downstream'

const OPTIONS = {
  'dry-run': { type: 'boolean' },
  branch: { type: 'string', multiple: true },
  base: { type: 'string' },
  remote: { type: 'string' },
  platform: { type: 'string' },
  repository: { type: 'string' },
  'dist-git': { type: 'string' },
  'dist-git-url': { type: 'string' },
  'dist-git-forge': { type: 'string' },
  config: { type: 'string' },
  package: { type: 'string' },
  'bodhi-url': { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

type Values = CommandValues<typeof OPTIONS>

export const SYNC_FROM_DOWNSTREAM_USAGE = `Usage: srcgit sync-from-downstream [options] [SOURCE_GIT]

Brings the commits made by hand in dist-git since the last sync (a maintainer's fix, a mass
rebuild, a new patch) back to source-git: per dist-git branch, update-source-git replays them
onto the base branch as commits on srcgit/sync-from-<branch> (spec and files_to_sync under
.distro/, patches applied to the sources, each with a From-dist-git-commit trailer). Then:
  - GitHub (GITHUB_ACTIONS=true or --platform github): pushes that branch and opens or updates
    the pull request into the base branch;
  - GitLab (GITLAB_CI=true or --platform gitlab): the same as a merge request;
  - otherwise (--platform local): makes the branch in SOURCE_GIT only.
Nothing is pushed or proposed when there is nothing to sync, or when the remote branch and the
request already hold the same commits and text. A dist-git commit that cannot be brought back (a
patch that does not apply) stops that branch's sync; the request says where and why.

  --dry-run              push, propose and keep nothing; report what would be done
  --branch BRANCH        dist-git branch or alias to sync from (repeatable; default: the first
                         dist_git_branches entry, else rawhide)
  --base BRANCH          the source-git branch to propose into (default: GITHUB_REF_NAME of a
                         branch run, CI_COMMIT_BRANCH, else the branch SOURCE_GIT has checked out)
  --remote NAME|URL      where the sync branch is pushed (default: origin)
  --platform P           github, gitlab or local (default: from GITHUB_ACTIONS / GITLAB_CI)
  --repository NAME      GitHub owner/name (default: GITHUB_REPOSITORY) or GitLab project path
                         (default: CI_PROJECT_ID)
  --dist-git DIR|URL     dist-git repository or URL to clone (default: <instance>/<namespace>/<package>.git)
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url, https://src.fedoraproject.org)
  --dist-git-forge F     auto (default: ask the host, or dist_git_forge), pagure or forgejo: for commit links
  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --bodhi-url URL        Bodhi, for branch aliases (default: https://bodhi.fedoraproject.org)
  --force                replace commits someone else pushed to the sync branch

${environmentHelp(OPTIONS)}SRCGIT_DOTENV and SRCGIT_SUMMARY name files for a dotenv report and a Markdown summary.

Secrets come from the environment, never from the command line:
  SRCGIT_GITHUB_TOKEN    (else GITHUB_TOKEN) may push and open pull requests: in a workflow
                         \`permissions: contents: write\` and \`pull-requests: write\`
  SRCGIT_GITLAB_TOKEN    project access token with the Developer role and the api scope

Exit codes: 0 done (or nothing to do), 1 a branch failed or stopped before a dist-git commit,
2 the command line is wrong.
`

/** The branch a CI run is for, when it runs for a branch (push, schedule, workflow_dispatch, web). */
export function ciBaseBranch(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REF?.startsWith('refs/heads/'))
    return env.GITHUB_REF.slice('refs/heads/'.length)
  if (isGitLabCi(env) && env.CI_COMMIT_BRANCH?.trim()) return env.CI_COMMIT_BRANCH.trim()
  return undefined
}

/** The platform from --platform or the CI environment; undefined for a local run; a string is a usage error. */
export function platformFrom(
  values: Pick<Values, 'platform' | 'repository'>,
  env: NodeJS.ProcessEnv,
): SyncPlatform | undefined | string {
  const kind =
    values.platform ?? (isGitLabCi(env) ? 'gitlab' : env.GITHUB_ACTIONS === 'true' ? 'github' : 'local')
  if (kind === 'local') return undefined
  if (kind === 'github') {
    const repository = values.repository ?? env.GITHUB_REPOSITORY
    if (!repository)
      return '--platform github needs the repository: --repository OWNER/NAME (GITHUB_REPOSITORY in Actions)'
    const own = env.SRCGIT_GITHUB_TOKEN?.trim()
    const token = own || env.GITHUB_TOKEN?.trim() || undefined
    try {
      return githubPlatform({
        token,
        repository,
        tokenName: own
          ? 'SRCGIT_GITHUB_TOKEN'
          : token
            ? 'GITHUB_TOKEN'
            : 'SRCGIT_GITHUB_TOKEN (or GITHUB_TOKEN)',
        env,
        // Tests talk to a local server: no need to stay clear of GitHub's secondary rate limits.
        client:
          env.SRCGIT_TEST_GITHUB_NO_SPACING === 'true'
            ? { spaceWrites: false, retryDelayUnitMs: 10 }
            : undefined,
      })
    } catch (error) {
      return (error as Error).message
    }
  }
  if (kind === 'gitlab') {
    if (!env.CI_SERVER_URL?.trim() && !env.CI_API_V4_URL?.trim())
      return '--platform gitlab needs the instance: CI_SERVER_URL (or CI_API_V4_URL), as GitLab CI sets it'
    const project =
      values.repository ?? (env.CI_PROJECT_ID?.trim() || env.CI_PROJECT_PATH?.trim() || undefined)
    if (!project)
      return '--platform gitlab needs the project: --repository GROUP/NAME (CI_PROJECT_ID in GitLab CI)'
    try {
      return gitlabPlatform({ token: env.SRCGIT_GITLAB_TOKEN?.trim() || undefined, project, env })
    } catch (error) {
      return (error as Error).message
    }
  }
  return `--platform must be github, gitlab or local, not "${kind}"`
}

export async function syncFromDownstreamCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand('sync-from-downstream', SYNC_FROM_DOWNSTREAM_USAGE, OPTIONS, argv, io)
  if (typeof parsed === 'number') return parsed
  const { values, sourceGit, usage } = parsed
  const platform = platformFrom(values, process.env)
  if (typeof platform === 'string') return usage(platform)
  const forgeKind = distGitForgeOption(values['dist-git-forge'])
  if (typeof forgeKind === 'object') return usage(forgeKind.error)
  const distGit = values['dist-git']
  const remote = values.remote
  const dryRun = values['dry-run'] ?? false
  const report = (outputs: RunOutputs, summary?: string) =>
    writeCiReports(process.env, (message) => io.stderr(`warning: ${message}\n`), outputs, summary)
  try {
    const result = await syncFromDownstream({
      sourceGit,
      base: values.base ?? ciBaseBranch(process.env),
      remote: remote && isLocalPath(remote) ? path.resolve(io.cwd, remote) : remote,
      distGit: distGit && !isRemoteUrl(distGit) ? path.resolve(io.cwd, distGit) : distGit,
      instanceUrl: values['dist-git-url'],
      forgeKind,
      branches: values.branch,
      configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
      packageName: values.package,
      bodhiUrl: values['bodhi-url'],
      platform,
      dryRun,
      force: values.force ?? false,
    })
    const mode = modeOf(result)
    io.stdout(formatSyncResult(result, mode))
    for (const note of result.notes) io.stderr(`note: ${note}\n`)
    for (const s of result.syncs) for (const note of s.notes) io.stderr(`note: ${s.branch}: ${note}\n`)
    report(runOutputs({ outcomes: result.outcomes, version: '' }), syncSummary(result, mode))
    const stopped = result.syncs.some((s) => s.stopped)
    return runFailed(result.outcomes, values.force ?? false) || stopped ? EXIT.failure : EXIT.ok
  } catch (error) {
    report(failedOutputs(), `## ${NAME} failed\n\n${redact((error as Error).message)}\n`)
    if (isUserError(error)) {
      io.stderr(`${NAME}: ${redact((error as Error).message)}\n`)
      return EXIT.failure
    }
    throw error
  } finally {
    await platform?.close?.()
  }
}

/** A path to a repository (relative ones are relative to the working directory), not a remote name or URL. */
function isLocalPath(remote: string): boolean {
  return !isRemoteUrl(remote) && !/^[^/]+:/.test(remote) && /[/\\]|^\.\.?$/.test(remote)
}

function modeOf(result: SyncFromDownstreamResult): string {
  if (result.mode === 'local')
    return result.dryRun ? 'dry run: nothing was kept' : 'local run: branches made in SOURCE_GIT only'
  return result.dryRun
    ? `dry run on ${result.mode === 'github' ? 'GitHub' : 'GitLab'}: nothing was pushed or proposed`
    : ''
}

/** What the run did: per branch the dist-git commits and what became of them, then one line per branch. */
export function formatSyncResult(result: SyncFromDownstreamResult, mode: string): string {
  const lines = [`Sync from dist-git into ${result.base}${mode ? `, ${mode}` : ''}.`]
  for (const s of result.syncs) {
    lines.push(
      '',
      `== ${s.branch}: ${s.title || 'nothing brought back'}${s.commits.length ? ` (${s.syncBranch})` : ''}`,
    )
    for (const c of s.commits)
      lines.push(`${c.distGitCommit.slice(0, 12)} -> ${c.kind.padEnd(5)} ${c.subject}`)
    for (const k of s.skipped)
      lines.push(`${k.distGitCommit.slice(0, 12)} skipped: ${k.subject} (${k.reason})`)
    if (s.stopped)
      lines.push(
        `${s.stopped.distGitCommit.slice(0, 12)} STOPPED: ${s.stopped.subject}${s.stopped.patch ? ` (patch ${s.stopped.patch})` : ''}`,
        ...s.stopped.reason.split('\n').map((line) => `  ${line}`),
      )
  }
  lines.push('')
  for (const o of result.outcomes) lines.push(formatOutcome(o))
  return lines.join('\n') + '\n'
}
