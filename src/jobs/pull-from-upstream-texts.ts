/**
 * The texts of pull-from-upstream: the request title and description (from the release and the
 * replay only, so the same rebase gives the same text on every run), the commit status, and the
 * CI job summary.
 */
import type { RebaseOnReleaseResult } from '../source-git/rebase-on-release.js'
import type { UpstreamRelease } from '../source-git/upstream-release.js'
import { rebaseMarker } from './pull-from-upstream-plan.js'
import { operationText } from './report.js'
import { escapeInline } from './sync-texts.js'
import type { PullFromUpstreamResult } from './pull-from-upstream.js'

export const PULL_FROM_UPSTREAM_CONTEXT = 'srcgit/pull-from-upstream'

export function rebaseTitle(release: Pick<UpstreamRelease, 'tag'>): string {
  return `Rebase onto ${release.tag}`
}

/** GitHub refuses bodies over 65536 characters: lists are cut before that. */
const MAX_ROWS = 200

export interface RebaseDescriptionInput {
  base: string
  /** The request's head branch (srcgit/rebase-<version>, or the older one a newer release updates). */
  headBranch: string
  release: UpstreamRelease
  upstreamUrl: string
  rebase: RebaseOnReleaseResult
  /** The head the remote branch has once the run is done (what the marker records). */
  head: string
  noun: string
  platform?: 'github' | 'gitlab'
}

export function rebaseDescription(input: RebaseDescriptionInput): string {
  const { release, rebase, base, noun } = input
  const short = (sha: string) => `\`${sha.slice(0, 12)}\``
  const via =
    release.via === 'anitya' ? 'release-monitoring.org' : `the tags of ${escapeInline(input.upstreamUrl)}`
  const lines: string[] = [
    `Upstream released **${escapeInline(release.tag)}** (version ${escapeInline(release.version)}, found in ${via}). ` +
      `This ${noun} replays the downstream commits of \`${base}\` onto it: they sat on ` +
      `\`${escapeInline(rebase.previous.upstreamRef)}\` (version ${escapeInline(rebase.previous.version)}). ` +
      `The last commit ${short(rebase.bumpCommit)} moves \`upstream_ref\` to \`${escapeInline(release.tag)}\` and bumps the ` +
      `\`.distro\` spec to ${escapeInline(release.version)}.`,
    '',
  ]
  if (rebase.conflict) lines.push(...conflictBlock(input), '')
  lines.push(`Replayed downstream commits (${rebase.replayed.length}):`, '')
  if (rebase.replayed.length === 0) lines.push('- none')
  for (const c of rebase.replayed.slice(0, MAX_ROWS))
    lines.push(`- ${short(c.original)} ${escapeInline(c.subject)}`)
  if (rebase.replayed.length > MAX_ROWS) lines.push(`- … ${rebase.replayed.length - MAX_ROWS} more`)
  if (rebase.dropped.length > 0) {
    lines.push('', `Dropped, because ${escapeInline(release.tag)} already has them (upstreamed):`, '')
    for (const d of rebase.dropped.slice(0, MAX_ROWS))
      lines.push(
        `- ${short(d.original)} ${escapeInline(d.subject)}${d.upstreamCommit ? ` (upstream commit ${short(d.upstreamCommit)})` : ''}`,
      )
  }
  if (rebase.notReplayed.length > 0) {
    lines.push('', `Not replayed, after the conflict (${rebase.notReplayed.length}):`, '')
    for (const n of rebase.notReplayed.slice(0, MAX_ROWS))
      lines.push(`- ${short(n.original)} ${escapeInline(n.subject)}`)
  }
  lines.push(
    '',
    ...mergeOrder(input),
    '',
    rebaseMarker({ head: input.head, version: release.version, tag: release.tag }),
  )
  return lines.join('\n') + '\n'
}

function conflictBlock(input: RebaseDescriptionInput): string[] {
  const conflict = input.rebase.conflict!
  const fence = '`'.repeat(Math.max(3, ...[...conflict.detail.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  const files =
    conflict.files.length > 0
      ? conflict.files.map((f) => `\`${escapeInline(f)}\``).join(', ')
      : 'none named by git'
  const later = input.rebase.notReplayed.filter((n) => n.original !== conflict.original).length
  return [
    '> [!WARNING]',
    `> **Downstream commit \`${conflict.original.slice(0, 12)}\` (${escapeInline(conflict.subject)}) does not apply to ` +
      `${escapeInline(input.release.tag)}.** Conflicting files: ${files}. It${later ? ` and the ${later} commit(s) after it` : ''} ` +
      `are not in this ${input.noun} yet; nothing was dropped.`,
    '>',
    `> ${fence}text`,
    ...conflict.detail.split('\n').map((line) => `> ${line}`),
    `> ${fence}`,
    '>',
    `> To finish it: \`git fetch origin ${input.headBranch} && git checkout ${input.headBranch}\`, then ` +
      `\`git cherry-pick ${conflict.original.slice(0, 12)}\`, resolve the conflict (or drop the commit when the release ` +
      'made it unnecessary), cherry-pick the commits listed as not replayed, move the last commit (the spec bump) back on ' +
      `top, and push to \`${input.headBranch}\`. srcgit does not overwrite a branch someone else pushed to; the dist-git ` +
      'pull request is opened once the branch is complete.',
  ]
}

function mergeOrder(input: RebaseDescriptionInput): string[] {
  const done =
    input.platform === 'gitlab'
      ? 'GitLab then shows this merge request as merged'
      : 'GitHub then shows this pull request as merged'
  return [
    "### Merging, in the SIG's order",
    '',
    '1. The dist-git pull request(s) opened beside this one (one per dist-git branch, updated with every push here) ' +
      'go first: merge them once their checks pass.',
    `2. Then this ${input.noun}. It rewrites \`${input.base}\` (the downstream commits now sit on the new release), so a ` +
      `merge commit or a rebase would replay the old history: make \`${input.base}\` this branch instead, ` +
      `\`git push origin origin/${input.headBranch}:refs/heads/${input.base} --force-with-lease\` (a protected branch ` +
      `must allow it for a maintainer); ${done}.`,
    '',
    `<sub>Made by srcgit pull-from-upstream; later runs update this ${input.noun} when upstream releases again.</sub>`,
  ]
}

/** The commit status on the request's head: failure with a conflict, else success. */
export function rebaseStatus(
  rebase: Pick<RebaseOnReleaseResult, 'conflict'>,
  release: Pick<UpstreamRelease, 'tag'>,
) {
  return rebase.conflict
    ? {
        context: PULL_FROM_UPSTREAM_CONTEXT,
        state: 'failure' as const,
        description: `${rebase.conflict.original.slice(0, 12)} does not apply to ${release.tag}: ${rebase.conflict.files.join(', ') || 'conflict'}`,
      }
    : {
        context: PULL_FROM_UPSTREAM_CONTEXT,
        state: 'success' as const,
        description: `every downstream commit replayed onto ${release.tag}`,
      }
}

/** The job summary (Markdown) for CI. */
export function pullFromUpstreamSummary(result: PullFromUpstreamResult, mode: string): string {
  const o = result.outcome
  const lines = [
    `## srcgit pull-from-upstream into ${result.base}${mode ? `, ${mode}` : ''}`,
    '',
    `**${result.result}**${o.url ? `: [${o.url}](${o.url})` : ''}${o.reason ? `: ${escapeInline(o.reason)}` : ''} (${operationText(o)})`,
  ]
  if (result.preview) {
    lines.push('', '| dist-git branch | operation | pull request | reason |', '| --- | --- | --- | --- |')
    for (const p of result.preview.outcomes)
      lines.push(
        `| ${p.branch} | ${operationText(p)} | ${p.url ? `[${p.url}](${p.url})` : ''} | ${escapeInline(p.reason ?? '').replace(/\|/g, '\\|')} |`,
      )
  }
  if (result.body) lines.push('', `### ${result.title}`, '', result.body.trimEnd())
  return lines.join('\n') + '\n'
}
