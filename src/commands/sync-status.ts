/**
 * `srcgit sync-status`: the dist-git checks of srcgit's pull requests as commit statuses on
 * the source-git commits they came from, for scheduled pipelines (GitHub Actions or GitLab CI).
 */
import path from 'node:path'
import { formatMirrored, syncStatus, syncStatusOutputs } from '../jobs/sync-status.js'
import { formatMergeReport, mergeFailures } from '../jobs/merge-dist-git-pr.js'
import { writeCiReports } from '../runtime/gitlab.js'
import { redact } from '../runtime/secrets.js'
import { ciRepositoryUrl, ciStatusSink } from '../status/sink.js'
import { EXIT, type CommandIO } from './io.js'
import { parseCommand } from './parse.js'
import { environmentHelp } from './options.js'
import { isUserError } from '../runtime/user-errors.js'
import { distGitForgeOption, distGitToken } from './dist-git-forge.js'

const OPTIONS = {
  config: { type: 'string' },
  package: { type: 'string' },
  'dist-git-url': { type: 'string' },
  'dist-git-forge': { type: 'string' },
  'fas-user': { type: 'string' },
  'closed-within-days': { type: 'string' },
  'merge-dist-git-pr': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

export const SYNC_STATUS_USAGE = `Usage: srcgit sync-status [options] [SOURCE_GIT]

For every dist-git pull request srcgit opened from this source-git repository (open ones,
and those merged or closed within the last days), sets one commit status per CI system that
flagged it (context <branch>/<CI name>: Zuul, rpminspect, ...) and srcgit/<branch> for its
state, on the source-git commit it was made from. A CI system that has not reported on the
current dist-git head yet shows pending; source-git commits the pull request carried before
show superseded. Writes only what differs: a second run changes nothing. Meant for scheduled
pipelines; needs no dist-git write access.

Runs in GitHub Actions (GITHUB_REPOSITORY; token SRCGIT_GITHUB_TOKEN or GITHUB_TOKEN with
statuses: write) or GitLab CI (CI_PROJECT_ID; SRCGIT_GITLAB_TOKEN: a project access token with
the api scope and the Developer role; CI_JOB_TOKEN cannot set statuses).

  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url)
  --dist-git-forge F     auto (default: ask the host, or dist_git_forge), pagure or forgejo
  --fas-user USER        only pull requests by this dist-git user (the bot)
  --closed-within-days N merged and closed pull requests still mirrored (default 14)
  --merge-dist-git-pr    merge srcgit's own release pull requests whose checks all passed on
                         srcgit's commit (never previews, never over a maintainer's push);
                         needs a token with commit access to the package
  --dry-run              with --merge-dist-git-pr: say what would be merged, merge nothing

SRCGIT_DIST_GIT_TOKEN (or SRCGIT_PAGURE_TOKEN) is used when set (reads only). SRCGIT_DOTENV names a dotenv report.

${environmentHelp(OPTIONS)}`

export async function syncStatusCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand('sync-status', SYNC_STATUS_USAGE, OPTIONS, argv, io)
  if (typeof parsed === 'number') return parsed
  const { values, sourceGit, usage } = parsed
  const days = values['closed-within-days']
  if (days !== undefined && !/^\d+$/.test(days))
    return usage(`--closed-within-days must be a number of days, not "${days}"`)
  const forgeKind = distGitForgeOption(values['dist-git-forge'])
  if (typeof forgeKind === 'object') return usage(forgeKind.error)
  const env = process.env
  const token = distGitToken(env)
  if (typeof token === 'object') return usage(token.error)
  try {
    const sink = ciStatusSink(env)
    if (!sink)
      return usage(
        'no place for the statuses: run in GitHub Actions (GITHUB_REPOSITORY and GITHUB_TOKEN or SRCGIT_GITHUB_TOKEN) ' +
          'or GitLab CI (CI_PROJECT_ID and SRCGIT_GITLAB_TOKEN)',
      )
    const result = await syncStatus({
      sourceGit,
      configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
      packageName: values.package,
      instanceUrl: values['dist-git-url'],
      forgeKind,
      token,
      author: values['fas-user'],
      repositoryUrl: ciRepositoryUrl(env),
      closedWithinDays: days === undefined ? undefined : Number(days),
      sink,
      mergeDistGitPr: values['merge-dist-git-pr'] ?? false,
      dryRun: values['dry-run'] ?? false,
    })
    for (const note of result.notes) io.stderr(`note: ${note}\n`)
    for (const pr of result.pullRequests) io.stdout(`${formatMirrored(pr)}\n`)
    for (const merge of result.merges ?? []) io.stdout(`${formatMergeReport(merge)}\n`)
    const failed = [...result.pullRequests.filter((pr) => pr.error), ...mergeFailures(result.merges)]
    writeCiReports(env, (message) => io.stderr(`warning: ${message}\n`), syncStatusOutputs(result))
    return failed.length > 0 ? EXIT.failure : EXIT.ok
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`srcgit sync-status: ${redact((error as Error).message)}\n`)
      return EXIT.failure
    }
    throw error
  }
}
