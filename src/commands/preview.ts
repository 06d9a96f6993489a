/**
 * `srcgit preview-pull-request`: the dist-git preview of a source-git pull request (what the
 * action does on `pull_request` events), by hand or from another CI system. In a GitLab
 * merge-request pipeline the pull request is the pipeline's merge request.
 */
import path from 'node:path'
import { isRemoteUrl } from '../git/git.js'
import { closePreviews, previewPullRequest, type PreviewResult } from '../jobs/preview.js'
import { formatOutcome, runFailed } from '../jobs/report.js'
import { redact } from '../runtime/secrets.js'
import { EXIT, type CommandIO } from './io.js'
import { forgeOptions, invalidValues, PROPOSING_OPTIONS, statusesInCi } from './propose-downstream.js'
import { environmentHelp } from './options.js'
import { parseCommand, type CommandValues } from './parse.js'
import { isUserError } from '../runtime/user-errors.js'
import { isGitLabCi } from '../runtime/gitlab.js'

const OPTIONS = {
  ...PROPOSING_OPTIONS,
  number: { type: 'string' },
  head: { type: 'string' },
  title: { type: 'string' },
  url: { type: 'string' },
  close: { type: 'boolean' },
  merged: { type: 'boolean' },
} as const

type Values = CommandValues<typeof OPTIONS>

export const PREVIEW_USAGE = `Usage: srcgit preview-pull-request --number N --head SHA [options] [SOURCE_GIT]
       srcgit preview-pull-request --number N --close [--merged] [options] [SOURCE_GIT]

Makes or updates the dist-git preview of source-git pull request N: per dist-git branch, the
content update-dist-git makes from the pull request's head commit (spec, patches,
files_to_sync; no version bump), committed on <branch>-srcgit-pr-<N>. With a dist-git token
(SRCGIT_DIST_GIT_TOKEN, or SRCGIT_PAGURE_TOKEN) it is pushed to the bot's fork and proposed as a pull request titled
"Preview of source-git PR #N: ...". With --close, the open previews of N are closed.

  --number N             the source-git pull request (GitLab: CI_MERGE_REQUEST_IID)
  --head SHA             its head commit (GitLab: CI_MERGE_REQUEST_SOURCE_BRANCH_SHA, else CI_COMMIT_SHA)
  --title TEXT           its title (GitLab: CI_MERGE_REQUEST_TITLE)
  --url URL              its web page (GitLab: CI_MERGE_REQUEST_PROJECT_URL/-/merge_requests/N)
  --close                close the previews instead (the pull request was closed)
  --merged               with --close: it was merged (the comment says so)
  --dry-run              push and propose nothing (without a token, everything stays local)
  --branch BRANCH        dist-git branch or alias (repeatable; default: dist_git_branches, else rawhide)
  --dist-git DIR|URL     dist-git work tree or URL to clone
  --config FILE, --package NAME, --author 'NAME <EMAIL>', --force, --dist-git-url URL,
  --dist-git-forge F, --lookaside-url URL, --bodhi-url URL, --push-protocol P, --ssh-host HOST[:PORT],
  --fas-user USER, --krb5-conf FILE
                         as for propose-downstream (see srcgit propose-downstream --help),
                         with the same secrets

${environmentHelp(OPTIONS)}`

/** The pull request from the options, else from a GitLab merge-request pipeline's variables. */
function pullRequestFrom(values: Values, env: NodeJS.ProcessEnv) {
  const gitlab = isGitLabCi(env) && env.CI_MERGE_REQUEST_IID
  const number = values.number ?? (gitlab ? env.CI_MERGE_REQUEST_IID : undefined)
  const projectUrl = env.CI_MERGE_REQUEST_PROJECT_URL ?? env.CI_PROJECT_URL
  return {
    number,
    head:
      values.head ??
      (gitlab ? env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA || env.CI_COMMIT_SHA || undefined : undefined),
    title: values.title ?? (gitlab ? env.CI_MERGE_REQUEST_TITLE : undefined),
    url:
      values.url ??
      (gitlab && projectUrl ? `${projectUrl}/-/merge_requests/${env.CI_MERGE_REQUEST_IID}` : undefined),
  }
}

export async function previewCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand('preview-pull-request', PREVIEW_USAGE, OPTIONS, argv, io)
  if (typeof parsed === 'number') return parsed
  const { values, sourceGit, usage } = parsed
  const pr = pullRequestFrom(values, process.env)
  if (!pr.number || !/^[1-9]\d*$/.test(pr.number))
    return usage(pr.number ? `--number must be a pull request number, not "${pr.number}"` : 'give --number N')
  if (values.merged && !values.close) return usage('--merged goes with --close')
  if (!values.close && !pr.head) return usage('give --head SHA, the head commit of the pull request')
  const forge = forgeOptions(values, process.env, io.cwd)
  if (typeof forge === 'string') return usage(forge)
  const invalid = invalidValues(values)
  if (invalid) return usage(invalid)
  const common = {
    sourceGit,
    configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
    packageName: values.package,
    forge,
    instanceUrl: values['dist-git-url'],
  }
  const number = Number(pr.number)
  try {
    let result: PreviewResult
    if (values.close) {
      result = await closePreviews({
        ...common,
        pullRequest: { number, merged: values.merged ?? false, url: pr.url },
      })
    } else {
      const distGit = values['dist-git']
      result = await previewPullRequest({
        ...common,
        pullRequest: { number, headSha: pr.head!, title: pr.title ?? `#${number}`, url: pr.url },
        distGit: distGit && !isRemoteUrl(distGit) ? path.resolve(io.cwd, distGit) : distGit,
        branches: values.branch,
        author: values.author,
        bodhiUrl: values['bodhi-url'],
      })
    }
    for (const note of result.notes) io.stderr(`note: ${note}\n`)
    for (const p of result.proposals) {
      for (const note of p.notes) io.stderr(`note: ${p.branch}: ${note}\n`)
      io.stdout(`\n== ${p.branch}: commit ${p.commit.slice(0, 12)} on branch ${p.prBranch}\n${p.diffstat}\n`)
    }
    io.stdout('\n')
    for (const o of result.outcomes) io.stdout(`${formatOutcome(o)}\n`)
    if (forge && !forge.dryRun && result.sourceGitCommit)
      await statusesInCi(result.sourceGitCommit, result.outcomes, values, io, { mergeGate: true })
    return runFailed(result.outcomes, forge?.force ?? false) ? EXIT.failure : EXIT.ok
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`srcgit preview-pull-request: ${redact((error as Error).message)}\n`)
      return EXIT.failure
    }
    throw error
  }
}
