/**
 * What a propose-downstream run reports, the same on every platform: the outputs
 * (`pull-requests` JSON, `version`, `operation`) and a Markdown summary with one row per
 * branch and the dist-git diff in a collapsible block.
 */
import type { ProposeResult } from './propose-downstream.js'
import type { BranchOutcome, Operation } from './publish.js'

export interface RunOutputs {
  /** JSON list of {branch, url, operation, reason}. */
  'pull-requests': string
  version: string
  /** One word for the run: failed, skipped, created, updated, closed or unchanged (the most significant). */
  operation: string
}

const PRECEDENCE: Operation[] = ['failed', 'skipped', 'created', 'updated', 'closed', 'unchanged']

export function runOutputs(result: Pick<ProposeResult, 'outcomes' | 'version'>): RunOutputs {
  const list = result.outcomes.map((o) => ({
    ...(o.package ? { package: o.package } : {}),
    branch: o.branch,
    url: o.url ?? null,
    operation: o.operation,
    reason: o.reason ?? null,
  }))
  const operation = PRECEDENCE.find((op) => result.outcomes.some((o) => o.operation === op)) ?? 'unchanged'
  return { 'pull-requests': JSON.stringify(list), version: result.version, operation }
}

/** Outputs of a run that failed before any branch was reached. */
export function failedOutputs(version?: string): RunOutputs {
  return { 'pull-requests': '[]', version: version ?? '', operation: 'failed' }
}

/** One line per branch for logs: `rawhide: created <url> (reason)`; `pkg rawhide: ...` with several packages. */
export function formatOutcome(o: BranchOutcome): string {
  return `${branchLabel(o)}: ${operationText(o)}${o.url ? ` ${o.url}` : ''}${o.reason ? ` (${o.reason})` : ''}`
}

const PLANNED: Partial<Record<Operation, string>> = {
  created: 'would create',
  updated: 'would update',
  closed: 'would close',
}

/** The operation as people read it: a dry run's "would create" rather than "created". */
export function operationText(o: Pick<BranchOutcome, 'operation' | 'dryRun'>): string {
  return (o.dryRun && PLANNED[o.operation]) || o.operation
}

/** Diffs longer than this are cut (GitHub caps a step summary at 1 MiB). */
export const MAX_DIFF_CHARS = 60_000

const ICON: Record<Operation, string> = {
  created: '🆕',
  updated: '🔄',
  unchanged: '✅',
  skipped: '⏭️',
  failed: '❌',
  closed: '🚪',
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** The job summary: a table of branches, then per proposal its diffstat and diff. */
export function markdownSummary(
  result: Pick<ProposeResult, 'outcomes' | 'version' | 'tag' | 'proposals'>,
  mode: string,
): string {
  return summaryOf(`srcgit propose-downstream: ${result.tag} (version ${result.version})`, result, mode)
}

/** The same summary under another heading (previews of source-git pull requests). */
export function summaryOf(
  heading: string,
  result: Pick<ProposeResult, 'outcomes' | 'proposals'>,
  mode: string,
): string {
  const lines = [
    `## ${heading}${mode ? `, ${mode}` : ''}`,
    '',
    '| branch | operation | pull request | reason |',
    '| --- | --- | --- | --- |',
  ]
  for (const o of result.outcomes) lines.push(row(o))
  for (const p of result.proposals) {
    const diff =
      p.diff.length > MAX_DIFF_CHARS
        ? `${p.diff.slice(0, MAX_DIFF_CHARS)}\n... (${p.diff.length - MAX_DIFF_CHARS} more characters; see the pull request)`
        : p.diff
    lines.push(
      '',
      `### ${branchLabel(p)}: ${p.title}`,
      '',
      '```',
      p.diffstat.trimEnd(),
      '```',
      '',
      '<details><summary>dist-git diff</summary>',
      '',
      // A fence longer than any backtick run in the diff keeps it one block.
      fence(diff) + 'diff',
      diff.trimEnd(),
      fence(diff),
      '',
      '</details>',
    )
  }
  return lines.join('\n') + '\n'
}

/** The branch, with its package when a run proposes to several. */
export function branchLabel(o: { branch: string; package?: string }): string {
  return o.package ? `${o.package} ${o.branch}` : o.branch
}

function row(o: BranchOutcome): string {
  return `| ${cell(branchLabel(o))} | ${ICON[o.operation]} ${operationText(o)} | ${o.url ? `[${prLabel(o.url)}](${o.url})` : ''} | ${cell(o.reason ?? '')} |`
}

/** `#<n>` for a dist-git PR URL, Pagure's `/pull-request/<n>` or Forgejo's `/pulls/<n>`; else the URL. */
function prLabel(url: string): string {
  const number = /\/(?:pull-request|pulls)\/(\d+)$/.exec(url)?.[1]
  return number ? `#${number}` : url
}

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  return '`'.repeat(longest + 1)
}

/** A run failed when a branch failed, or when branches were left to someone else's commits and nothing else happened. */
export function runFailed(outcomes: BranchOutcome[], force: boolean): boolean {
  if (outcomes.some((o) => o.operation === 'failed')) return true
  const blocked = outcomes.some(
    (o) => o.operation === 'skipped' && o.reason?.startsWith('branch modified by'),
  )
  const acted = outcomes.some((o) => o.operation === 'created' || o.operation === 'updated')
  return blocked && !acted && !force
}
