/**
 * `srcgit pull-from-upstream`: the newest upstream release as a source-git pull request (GitHub
 * Actions) or merge request (GitLab CI) from `srcgit/rebase-<version>`, then its dist-git preview
 * pull request(s) in the same run; meant for scheduled and manual CI runs. Run locally, it only
 * makes the rebase branch in SOURCE_GIT.
 */
import path from 'node:path'
import { isRemoteUrl } from '../git/git.js'
import { previewPullRequest } from '../jobs/preview.js'
import { pullFromUpstream, type PullFromUpstreamResult } from '../jobs/pull-from-upstream.js'
import { pullFromUpstreamSummary } from '../jobs/pull-from-upstream-texts.js'
import { formatOutcome } from '../jobs/report.js'
import { writeCiReports } from '../runtime/gitlab.js'
import { redact } from '../runtime/secrets.js'
import { ciStatusSink } from '../status/sink.js'
import { EXIT, type CommandIO } from './io.js'
import { environmentHelp } from './options.js'
import { parseCommand } from './parse.js'
import { forgeOptions, invalidValues, PROPOSING_OPTIONS } from './propose-downstream.js'
import { ciBaseBranch, platformFrom } from './sync-from-downstream.js'
import { isUserError } from './update-dist-git.js'

const NAME = 'srcgit pull-from-upstream'

const OPTIONS = {
  ...PROPOSING_OPTIONS,
  base: { type: 'string' },
  remote: { type: 'string' },
  platform: { type: 'string' },
  repository: { type: 'string' },
  'skip-preview': { type: 'boolean' },
} as const

export const PULL_FROM_UPSTREAM_USAGE = `Usage: srcgit pull-from-upstream [options] [SOURCE_GIT]

Finds the newest upstream release (the tags of upstream_project_url matching
upstream_tag_template, upstream_tag_include and upstream_tag_exclude). When it is newer (rpm
order) than the base branch's spec Version, replays the downstream commits onto it as
srcgit/rebase-<version> (upstream_ref moved, the .distro spec bumped), then:
  - GitHub (GITHUB_ACTIONS=true or --platform github): pushes that branch and opens the pull
    request "Rebase onto <tag>" into the base branch (a newer release while it is open updates
    that same pull request), sets the commit status srcgit/pull-from-upstream on its head, and
    opens the dist-git pull request(s) beside it (preview-pull-request), in the same run;
  - GitLab (GITLAB_CI=true or --platform gitlab): the same as a merge request;
  - otherwise (--platform local): makes the branch in SOURCE_GIT only.
A downstream commit that no longer applies: the request is opened as far as it goes, names the
commit and its files, and gets a failure status; no dist-git pull request until it is finished.
A commit upstream already has is dropped and listed. Nothing is written when the release is not
newer, or when the remote branch and the request already hold the same rebase and text.

  --dry-run              push, propose and keep nothing; report what would be done
  --base BRANCH          the source-git branch to propose into (default: GITHUB_REF_NAME of a
                         branch run, CI_COMMIT_BRANCH, else the branch SOURCE_GIT has checked out)
  --remote NAME|URL      where the rebase branch is pushed (default: origin)
  --platform P           github, gitlab or local (default: from GITHUB_ACTIONS / GITLAB_CI)
  --repository NAME      GitHub owner/name (default: GITHUB_REPOSITORY) or GitLab project path
                         (default: CI_PROJECT_ID)
  --skip-preview         open no dist-git pull request (a workflow on the request does it)
  --branch BRANCH        dist-git branch or alias of the preview (repeatable; default: dist_git_branches)
  --dist-git DIR|URL     dist-git repository or URL to clone for the preview
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url)
  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --author IDENT         author of srcgit's commits, 'Full Name <email>'
  --force                replace commits someone else pushed to the rebase branch
  (and the dist-git options of preview-pull-request: --dist-git-forge, --lookaside-url,
  --bodhi-url, --push-protocol, ...)

${environmentHelp(OPTIONS)}SRCGIT_DOTENV and SRCGIT_SUMMARY name files for a dotenv report and a Markdown summary.

Secrets come from the environment, never from the command line:
  SRCGIT_GITHUB_TOKEN    (else GITHUB_TOKEN) may push, open pull requests and set statuses:
                         \`permissions: contents: write, pull-requests: write, statuses: write\`
  SRCGIT_GITLAB_TOKEN    project access token with the Developer role and the api scope
  SRCGIT_DIST_GIT_TOKEN  the dist-git token of the preview (as for preview-pull-request)

Exit codes: 0 done (or up to date), 1 a conflict, a skipped or failed step, 2 the command line is wrong.
`

/** The outputs: the request's URL, the release's version, the run in one word. */
export function pullFromUpstreamOutputs(result?: PullFromUpstreamResult): Record<string, string> {
  return {
    'pull-request': result?.outcome.url ?? '',
    version: result?.release?.version ?? '',
    result: result?.result ?? 'failed',
  }
}

/** Whether the run needs a person: a conflict, a skipped or failed request, a failed preview. */
export function pullFromUpstreamFailed(result: PullFromUpstreamResult): boolean {
  return (
    ['conflict', 'skipped', 'failed'].includes(result.result) ||
    (result.preview?.outcomes.some((o) => o.operation === 'failed') ?? false)
  )
}

export async function pullFromUpstreamCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand('pull-from-upstream', PULL_FROM_UPSTREAM_USAGE, OPTIONS, argv, io)
  if (typeof parsed === 'number') return parsed
  const { values, sourceGit, usage } = parsed
  const invalid = invalidValues(values)
  if (invalid) return usage(invalid)
  const platform = platformFrom(values, process.env)
  if (typeof platform === 'string') return usage(platform)
  const forge = values['skip-preview'] ? undefined : forgeOptions(values, process.env, io.cwd)
  if (typeof forge === 'string') return usage(forge)
  const dryRun = values['dry-run'] ?? false
  const remote = values.remote
  const distGit = values['dist-git']
  const configFile = values.config ? path.resolve(io.cwd, values.config) : undefined
  const report = (outputs: Record<string, string>, summary?: string) =>
    writeCiReports(process.env, (message) => io.stderr(`warning: ${message}\n`), outputs, summary)
  try {
    const result = await pullFromUpstream({
      sourceGit,
      base: values.base ?? ciBaseBranch(process.env),
      remote:
        remote && !isRemoteUrl(remote) && /[/\\]|^\.\.?$/.test(remote)
          ? path.resolve(io.cwd, remote)
          : remote,
      configFile,
      packageName: values.package,
      platform,
      statuses: platform ? ciStatusSink(process.env) : undefined,
      author: values.author,
      dryRun,
      force: values.force ?? false,
      preview:
        platform && !values['skip-preview']
          ? (pullRequest) =>
              previewPullRequest({
                sourceGit,
                pullRequest,
                configFile,
                packageName: values.package,
                forge,
                instanceUrl: values['dist-git-url'],
                distGit: distGit && !isRemoteUrl(distGit) ? path.resolve(io.cwd, distGit) : distGit,
                branches: values.branch,
                author: values.author,
                bodhiUrl: values['bodhi-url'],
              })
          : undefined,
    })
    const mode = dryRun ? 'dry run: nothing was pushed or proposed' : ''
    io.stdout(formatPullResult(result))
    for (const note of [...result.notes, ...(result.preview?.notes ?? [])]) io.stderr(`note: ${note}\n`)
    report(pullFromUpstreamOutputs(result), pullFromUpstreamSummary(result, mode))
    return pullFromUpstreamFailed(result) ? EXIT.failure : EXIT.ok
  } catch (error) {
    report(pullFromUpstreamOutputs(), `## ${NAME} failed\n\n${redact((error as Error).message)}\n`)
    if (isUserError(error)) {
      io.stderr(`${NAME}: ${redact((error as Error).message)}\n`)
      return EXIT.failure
    }
    throw error
  } finally {
    await platform?.close?.()
  }
}

/** A dry run created and updated nothing: it says what it would do. */
function shownResult(result: PullFromUpstreamResult): string {
  if (!result.outcome.dryRun) return result.result
  if (result.result === 'created') return 'would create (dry run)'
  if (result.result === 'updated') return 'would update (dry run)'
  return result.result
}

/** What the run did: the release, the request, the dist-git pull requests beside it. */
export function formatPullResult(result: PullFromUpstreamResult): string {
  const lines = [
    `Pull from upstream into ${result.base} (version ${result.current}): ${shownResult(result)}` +
      `${result.release ? `, newest release ${result.release.tag} (${result.release.version})` : ''}.`,
  ]
  const r = result.rebase
  if (r) {
    for (const c of r.replayed) lines.push(`${c.original.slice(0, 12)} replayed: ${c.subject}`)
    for (const d of r.dropped) lines.push(`${d.original.slice(0, 12)} dropped (upstreamed): ${d.subject}`)
    if (r.conflict)
      lines.push(
        `${r.conflict.original.slice(0, 12)} CONFLICT in ${r.conflict.files.join(', ')}: ${r.conflict.subject}`,
      )
    for (const n of r.notReplayed.filter((n) => n.original !== r.conflict?.original))
      lines.push(`${n.original.slice(0, 12)} not replayed: ${n.subject}`)
  }
  lines.push('', formatOutcome(result.outcome))
  for (const o of result.preview?.outcomes ?? []) lines.push(`dist-git ${formatOutcome(o)}`)
  return lines.join('\n') + '\n'
}
