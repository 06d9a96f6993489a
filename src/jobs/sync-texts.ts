/**
 * The texts of sync-from-downstream: the request title and description (made from the dist-git
 * side only, so the same commits give the same text on every run) and the CI job summary.
 */
import { operationText } from './report.js'
import { FROM_DIST_GIT_TRAILER } from '../source-git/from-dist-git.js'
import type { DistGitCommitInfo, SyncFromDownstreamResult } from './sync-from-downstream.js'
import type { SkippedCommit, SourceGitCommitMade, StoppedAt } from './update-source-git.js'

export function syncTitle(branch: string, commits: number): string {
  return `Sync from dist-git ${branch}: ${commits} commit${commits === 1 ? '' : 's'}`
}

/** One line on where a sync stopped. */
export function stopReport(stopped: StoppedAt, short = false): string {
  const where = `stopped before dist-git commit ${stopped.distGitCommit.slice(0, 12)} ("${stopped.subject}")${stopped.patch ? ` at patch ${stopped.patch}` : ''}`
  return short ? `${where}, see the report` : `${where}: ${stopped.reason}`
}

/** GitHub refuses bodies over 65536 characters; the commit table is cut before that. */
const MAX_ROWS = 200

export interface SyncDescriptionInput {
  branch: string
  base: string
  webUrl: string
  /** e.g. rpms/hello */
  project: string
  commits: SourceGitCommitMade[]
  skipped: SkippedCommit[]
  stopped?: StoppedAt
  infos: Record<string, DistGitCommitInfo>
  notes: string[]
  noun: string
  platform?: 'github' | 'gitlab'
}

/**
 * The request text: the dist-git commits brought back (link, subject, author, what they became),
 * where the sync stopped and why (prominently), what had nothing to bring back, and how to merge.
 * Made only from the dist-git side, so the same commits give the same text on every run.
 */
export function syncDescription(input: SyncDescriptionInput): string {
  const { branch, infos } = input
  const link = (sha: string) => `[\`${sha.slice(0, 12)}\`](${infos[sha]?.url ?? `${input.webUrl}/c/${sha}`})`
  const lines: string[] = [
    `Commits made by hand in dist-git [${input.project}](${input.webUrl}) \`${branch}\` since the last sync, brought ` +
      `back into source-git so that the next propose-downstream neither refuses nor undoes them. Each commit keeps its ` +
      `author and message and names its dist-git commit in a \`${FROM_DIST_GIT_TRAILER}:\` trailer.`,
    '',
  ]
  if (input.stopped) lines.push(...stopBlock(input.stopped, link, input.noun, input.base), '')
  const groups = new Map<string, SourceGitCommitMade[]>()
  for (const c of input.commits) groups.set(c.distGitCommit, [...(groups.get(c.distGitCommit) ?? []), c])
  lines.push('| dist-git commit | subject | author | brought back as |', '| --- | --- | --- | --- |')
  const rows = [...groups.entries()]
  for (const [sha, made] of rows.slice(0, MAX_ROWS)) {
    const info = infos[sha]
    lines.push(
      `| ${link(sha)} | ${cell(info?.subject ?? made[0].subject)} | ${cell(info?.author ?? '')} | ${cell(madeAs(made))} |`,
    )
  }
  if (rows.length > MAX_ROWS) lines.push(`| … | ${rows.length - MAX_ROWS} more | | |`)
  if (input.skipped.length > 0) {
    lines.push('', 'Nothing to bring back from:')
    for (const s of input.skipped.slice(0, MAX_ROWS))
      lines.push(`- ${link(s.distGitCommit)} ${escapeInline(s.subject)}: ${escapeInline(s.reason)}`)
  }
  const notes = [...new Set(input.notes)]
  if (notes.length > 0) {
    lines.push('', 'Notes:')
    for (const note of notes.slice(0, MAX_ROWS)) lines.push(`- ${escapeInline(note)}`)
  }
  const how =
    input.platform === 'gitlab'
      ? 'with a fast-forward merge or a merge commit, without squashing'
      : 'with **Rebase and merge**'
  lines.push(
    '',
    `Merge this ${input.noun} ${how}: every commit must reach \`${input.base}\` as it is, with its trailers, ` +
      'or the patch commits lose their Patch-name and the next sync brings the dist-git commits back again.',
    '',
    `<sub>Made by srcgit sync-from-downstream from dist-git \`${branch}\`; later runs update this ${input.noun} ` +
      `when dist-git gets more commits.</sub>`,
  )
  return lines.join('\n') + '\n'
}

function stopBlock(stopped: StoppedAt, link: (sha: string) => string, noun: string, base: string): string[] {
  const fence = '`'.repeat(Math.max(3, ...[...stopped.reason.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  // Every later run replays dist-git from the same place, so the commit must be marked as brought
  // back in source-git; doing that before this request is merged would skip the commits in it.
  const trailer = `\`${FROM_DIST_GIT_TRAILER}: ${stopped.distGitCommit}\``
  const fix = stopped.manual
    ? `Merge this ${noun} first, then take the manual step the message describes; the next run continues after it.`
    : stopped.patch
      ? `Merge this ${noun} first. Then bring that dist-git commit over by hand on \`${base}\`: make the change of ` +
        `\`${stopped.patch}\` to the sources (and the rest of the commit's change to the spec) in a commit with the ` +
        `trailers \`Patch-name: ${stopped.patch}\` and ${trailer}; the next run continues after it.`
      : `Merge this ${noun} first. Then bring that dist-git commit over by hand on \`${base}\` in a commit with the ` +
        `trailer ${trailer}; the next run continues after it.`
  return [
    '> [!WARNING]',
    `> **The sync stopped before dist-git commit ${link(stopped.distGitCommit)} (${escapeInline(stopped.subject)})` +
      `${stopped.patch ? `, at patch \`${stopped.patch}\`` : ''}.** The dist-git commits from there on are not in this ${noun}.`,
    '>',
    `> ${fence}text`,
    ...stopped.reason.split('\n').map((line) => `> ${line}`),
    `> ${fence}`,
    '>',
    `> ${fix}`,
  ]
}

function madeAs(made: SourceGitCommitMade[]): string {
  return made
    .map((c) =>
      c.kind === 'patch'
        ? `patch \`${c.patch}\` applied to the sources`
        : c.kind === 'files'
          ? 'spec and files in `.distro/`'
          : 'spec change',
    )
    .filter((text, i, all) => all.indexOf(text) === i)
    .join('; ')
}

function cell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|')
}

/** One line, and no accidental HTML or mentions. */
export function escapeInline(text: string): string {
  return text
    .replace(/\r?\n+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(\w)/g, '@\u200b$1')
}

/** The job summary (Markdown) for CI: one row per branch, then each request's text. */
export function syncSummary(result: SyncFromDownstreamResult, mode: string): string {
  const lines = [
    `## srcgit sync-from-downstream into ${result.base}${mode ? `, ${mode}` : ''}`,
    '',
    '| dist-git branch | operation | request | reason |',
    '| --- | --- | --- | --- |',
  ]
  for (const o of result.outcomes)
    lines.push(
      `| ${cell(o.branch)} | ${operationText(o)} | ${o.url ? `[${o.url}](${o.url})` : ''} | ${cell(o.reason ?? '')} |`,
    )
  for (const s of result.syncs)
    if (s.body) lines.push('', `### ${s.branch}: ${s.title}`, '', s.body.trimEnd())
  return lines.join('\n') + '\n'
}
