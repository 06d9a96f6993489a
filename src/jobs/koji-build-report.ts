/**
 * What a koji-build run tells: the `koji/<branch>` commit status on the source-git commit each
 * dist-git head came from, one comment on the source-git pull request when its build failed,
 * the `builds` output (JSON), log lines and the Markdown summary.
 */
import type { KojiClient } from '../builds/koji.js'
import type { ChangeRequestHost } from '../forges/source-git/change-requests.js'
import { commentOnce } from '../forges/source-git/comment-once.js'
import { mirrorStatuses, type StatusSink } from '../status/sink.js'
import type { DesiredStatus } from '../status/types.js'
import type { KojiBuildOutcome, KojiBuildResult } from './koji-build.js'

export interface BuildReporters {
  /** The source-git repository's commit statuses. */
  sink?: StatusSink
  /** Its pull/merge requests, for the comment on a failed build. */
  requests?: ChangeRequestHost
}

/** `koji/rawhide`, or `koji/<package>/rawhide` when the configuration has several packages. */
export function buildContext(
  kind: 'koji' | 'bodhi',
  o: { package: string; branch: string },
  several: boolean,
): string {
  return several ? `${kind}/${o.package}/${o.branch}` : `${kind}/${o.branch}`
}

/** The status an outcome gives its source-git commit; undefined when there is nothing to show. */
export function buildStatus(o: KojiBuildOutcome, several: boolean): DesiredStatus | undefined {
  const context = buildContext('koji', o, several)
  const nvr = o.nvr ?? o.branch
  switch (o.result) {
    case 'submitted':
      return { context, state: 'pending', description: `Koji is building ${nvr}`, targetUrl: o.taskUrl }
    case 'built':
      return {
        context,
        state: 'success',
        description: `Koji built ${nvr}`,
        targetUrl: o.buildUrl ?? o.taskUrl,
      }
    case 'already-built':
      return o.reason?.includes(' building')
        ? {
            context,
            state: 'pending',
            description: `Koji is building ${nvr}`,
            targetUrl: o.buildUrl ?? o.taskUrl,
          }
        : { context, state: 'success', description: `Koji built ${nvr}`, targetUrl: o.buildUrl ?? o.taskUrl }
    case 'failed':
      return o.taskUrl
        ? { context, state: 'failure', description: `Koji build of ${nvr} failed`, targetUrl: o.taskUrl }
        : undefined
    case 'skipped':
      return undefined
  }
}

/** The status on the source-git commit and, for a failed build, the comment on its pull request. */
export async function reportBuild(
  reporters: BuildReporters | undefined,
  o: KojiBuildOutcome,
  several: boolean,
  koji: Pick<KojiClient, 'tasksUrl'>,
  notes: string[],
): Promise<void> {
  if (!reporters || !o.sourceGitCommit) return
  const status = buildStatus(o, several)
  if (status && reporters.sink) {
    try {
      await mirrorStatuses(reporters.sink, o.sourceGitCommit, [status])
    } catch (error) {
      notes.push(`could not set ${status.context} on ${o.sourceGitCommit.slice(0, 12)}: ${message(error)}`)
    }
  }
  if (
    o.result === 'failed' &&
    o.taskId !== undefined &&
    o.sourceGitPullRequest !== undefined &&
    reporters.requests
  ) {
    try {
      await commentOnce(
        reporters.requests,
        o.sourceGitPullRequest,
        `koji-build:${o.branch}:${o.taskId}`,
        failureComment(o, koji),
      )
    } catch (error) {
      notes.push(
        `could not comment on ${reporters.requests.noun} #${o.sourceGitPullRequest}: ${message(error)}`,
      )
    }
  }
}

export function failureComment(o: KojiBuildOutcome, koji: Pick<KojiClient, 'tasksUrl'>): string {
  return [
    `The Koji build of \`${o.nvr ?? o.commit}\` for dist-git branch \`${o.branch}\` failed: ${o.taskUrl}`,
    '',
    o.reason ?? '',
    '',
    `Fix the package here and propose again, or fix it in dist-git; every build task: ${koji.tasksUrl()}`,
  ].join('\n')
}

const ICON: Record<KojiBuildResult, string> = {
  submitted: '🚀',
  built: '✅',
  'already-built': '✅',
  skipped: '⏭️',
  failed: '❌',
}

const WORDS: Record<KojiBuildResult, string> = {
  submitted: 'submitted',
  built: 'built',
  'already-built': 'already built',
  skipped: 'skipped',
  failed: 'failed',
}

function label(o: KojiBuildOutcome, several: boolean): string {
  return several ? `${o.package} ${o.branch}` : o.branch
}

/** One line per branch: `rawhide: submitted foo-1.0-1.fc46 https://…/taskinfo?taskID=1 (reason)`. */
export function formatBuild(o: KojiBuildOutcome, several = false): string {
  const word = o.dryRun && o.result === 'submitted' ? 'would submit' : WORDS[o.result]
  const url = o.taskUrl ?? o.buildUrl
  return `${label(o, several)}: ${word}${o.nvr ? ` ${o.nvr}` : ''}${url ? ` ${url}` : ''}${o.reason ? ` (${o.reason})` : ''}`
}

/** The `builds` output: one entry per package and branch. */
export function buildsOutput(outcomes: readonly KojiBuildOutcome[]): string {
  return JSON.stringify(
    outcomes.map((o) => ({
      package: o.package,
      branch: o.branch,
      result: o.result,
      nvr: o.nvr ?? null,
      target: o.target ?? null,
      commit: o.commit ?? null,
      task_url: o.taskUrl ?? null,
      build_url: o.buildUrl ?? null,
      source_git_commit: o.sourceGitCommit ?? null,
      reason: o.reason ?? null,
      ...(o.dryRun ? { dry_run: true } : {}),
    })),
  )
}

/** The run's one word: failed, submitted, built, already-built or skipped (the most significant). */
export function buildsResult(outcomes: readonly KojiBuildOutcome[]): string {
  const order: KojiBuildResult[] = ['failed', 'submitted', 'built', 'already-built', 'skipped']
  return order.find((r) => outcomes.some((o) => o.result === r)) ?? 'skipped'
}

export function buildsSummary(
  outcomes: readonly KojiBuildOutcome[],
  notes: readonly string[],
  dryRun = false,
): string {
  const several = new Set(outcomes.map((o) => o.package)).size > 1
  return jobSummary(
    `srcgit koji-build${dryRun ? ' (dry run)' : ''}`,
    'Nothing to build.',
    ['Branch', 'Result', 'NVR', 'Koji', 'Why'],
    outcomes.map((o) => {
      const url = o.taskUrl ?? o.buildUrl
      const word = o.dryRun && o.result === 'submitted' ? 'would submit' : WORDS[o.result]
      return [
        label(o, several),
        `${ICON[o.result]} ${word}`,
        o.nvr ? `\`${o.nvr}\`` : '',
        url ? `[${o.taskUrl ? 'task' : 'build'}](${url})` : '',
        o.reason ?? '',
      ]
    }),
    notes,
  )
}

/** A downstream job's Markdown summary: a heading, one table row per branch, the notes. */
export function jobSummary(
  title: string,
  empty: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  notes: readonly string[],
): string {
  const lines = [`## ${title}`, '']
  if (rows.length === 0) lines.push(empty, '')
  else {
    lines.push(`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`)
    for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`)
    lines.push('')
  }
  for (const note of notes) lines.push(`> ${cell(note)}`, '')
  return lines.join('\n')
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ')
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
