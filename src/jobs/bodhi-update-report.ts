/**
 * What a bodhi-update run tells: the `bodhi/<branch>` status on the source-git commit each
 * dist-git head came from, the `updates` output (JSON), log lines and the Markdown summary.
 */
import { mirrorStatuses } from '../status/sink.js'
import type { DesiredStatus } from '../status/types.js'
import type { BodhiUpdateOutcome, BodhiUpdateResult } from './bodhi-update.js'
import { buildContext, jobSummary, type BuildReporters } from './koji-build-report.js'

export function updateStatus(o: BodhiUpdateOutcome, several: boolean): DesiredStatus | undefined {
  const context = buildContext('bodhi', o, several)
  const nvr = o.nvr ?? o.branch
  switch (o.result) {
    case 'created':
    case 'exists':
      return {
        context,
        state: 'success',
        description: `Bodhi update${o.alias ? ` ${o.alias}` : ''} of ${nvr}`,
        targetUrl: o.url,
      }
    case 'waiting':
      return { context, state: 'pending', description: `Bodhi update of ${nvr}: waiting for Koji` }
    case 'failed':
      return { context, state: 'error', description: `Bodhi update of ${nvr} failed: ${o.reason ?? ''}` }
    case 'skipped':
      return undefined
  }
}

export async function reportUpdate(
  reporters: BuildReporters | undefined,
  o: BodhiUpdateOutcome,
  several: boolean,
  notes: string[],
): Promise<void> {
  if (!reporters?.sink || !o.sourceGitCommit) return
  const status = updateStatus(o, several)
  if (!status) return
  try {
    await mirrorStatuses(reporters.sink, o.sourceGitCommit, [status])
  } catch (error) {
    notes.push(
      `could not set ${status.context} on ${o.sourceGitCommit.slice(0, 12)}: ${(error as Error).message}`,
    )
  }
}

const WORDS: Record<BodhiUpdateResult, string> = {
  created: 'created',
  exists: 'exists',
  waiting: 'waiting',
  skipped: 'skipped',
  failed: 'failed',
}

const ICON: Record<BodhiUpdateResult, string> = {
  created: '🆕',
  exists: '✅',
  waiting: '⏳',
  skipped: '⏭️',
  failed: '❌',
}

function label(o: BodhiUpdateOutcome, several: boolean): string {
  return several ? `${o.package} ${o.branch}` : o.branch
}

function word(o: BodhiUpdateOutcome): string {
  return o.dryRun && o.result === 'created' ? 'would create' : WORDS[o.result]
}

/** `f43: created hello-1.1-1.fc43 https://bodhi…/updates/FEDORA-2026-… (reason)`. */
export function formatUpdate(o: BodhiUpdateOutcome, several = false): string {
  return `${label(o, several)}: ${word(o)}${o.nvr ? ` ${o.nvr}` : ''}${o.url ? ` ${o.url}` : ''}${o.reason ? ` (${o.reason})` : ''}`
}

export function updatesOutput(outcomes: readonly BodhiUpdateOutcome[]): string {
  return JSON.stringify(
    outcomes.map((o) => ({
      package: o.package,
      branch: o.branch,
      result: o.result,
      nvr: o.nvr ?? null,
      alias: o.alias ?? null,
      url: o.url ?? null,
      source_git_commit: o.sourceGitCommit ?? null,
      reason: o.reason ?? null,
      ...(o.dryRun ? { dry_run: true } : {}),
    })),
  )
}

export function updatesResult(outcomes: readonly BodhiUpdateOutcome[]): string {
  const order: BodhiUpdateResult[] = ['failed', 'created', 'waiting', 'exists', 'skipped']
  return order.find((r) => outcomes.some((o) => o.result === r)) ?? 'skipped'
}

export function updatesSummary(
  outcomes: readonly BodhiUpdateOutcome[],
  notes: readonly string[],
  dryRun = false,
): string {
  const several = new Set(outcomes.map((o) => o.package)).size > 1
  return jobSummary(
    `srcgit bodhi-update${dryRun ? ' (dry run)' : ''}`,
    'Nothing to update.',
    ['Branch', 'Result', 'NVR', 'Update', 'Why'],
    outcomes.map((o) => [
      label(o, several),
      `${ICON[o.result]} ${word(o)}`,
      o.nvr ? `\`${o.nvr}\`` : '',
      o.url ? `[${o.alias ?? 'update'}](${o.url})` : '',
      o.reason ?? '',
    ]),
    notes,
  )
}
