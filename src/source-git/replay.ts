/**
 * Replays downstream commits one by one with `git cherry-pick` on the checked-out work branch:
 * authors, messages and trailers kept; a commit whose patch-id is already upstream, or that
 * applies as empty, dropped as upstreamed; the first conflict stops the replay, with the
 * cherry-pick aborted so the work tree is clean.
 */
import type { Git } from '../git/git.js'
import type { DownstreamCommit } from './downstream.js'
import type { DroppedCommit, ReplayConflict, ReplayedCommit } from './rebase-on-release.js'

export interface ReplayOutcome {
  replayed: ReplayedCommit[]
  dropped: DroppedCommit[]
  conflict?: ReplayConflict
  notReplayed: { original: string; subject: string }[]
}

/** The stable patch-id of one commit (undefined for a commit without a diff). */
async function patchIdOf(git: Git, commit: string): Promise<string | undefined> {
  const diff = await git.run(['show', '--format=', '--no-color', '--no-ext-diff', commit])
  if (!diff.stdout.trim()) return undefined
  const id = await git.output(['patch-id', '--stable'], { input: diff.stdoutBytes })
  return id.split(' ')[0] || undefined
}

/** patch-id → commit for every commit in `from..to` (what the new release brought). */
export async function upstreamPatchIds(git: Git, from: string, to: string): Promise<Map<string, string>> {
  const log = await git.run([
    'log',
    '--no-merges',
    '-p',
    '--format=commit %H',
    '--no-color',
    `${from}..${to}`,
  ])
  const ids = await git.output(['patch-id', '--stable'], { input: log.stdoutBytes })
  const map = new Map<string, string>()
  for (const line of ids.split('\n')) {
    const [id, sha] = line.split(' ')
    if (id && sha && !map.has(id)) map.set(id, sha)
  }
  return map
}

function conflictDetail(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^(CONFLICT|error:)/.test(l))
  return (lines.length > 0 ? lines : output.trim().split('\n').slice(0, 3)).join('\n').slice(0, 1000)
}

export async function replayCommits(
  git: Git,
  commits: DownstreamCommit[],
  upstreamIds: Map<string, string>,
  committer: { name: string; email: string },
): Promise<ReplayOutcome> {
  const env = { GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email }
  const outcome: ReplayOutcome = { replayed: [], dropped: [], notReplayed: [] }
  for (const [index, commit] of commits.entries()) {
    const id = await patchIdOf(git, commit.sha)
    const upstreamCommit = id ? upstreamIds.get(id) : undefined
    if (upstreamCommit) {
      outcome.dropped.push({
        original: commit.sha,
        subject: commit.subject,
        reason: 'upstreamed',
        upstreamCommit,
      })
      continue
    }
    const before = await git.output(['rev-parse', 'HEAD'])
    const picked = await git.run(['cherry-pick', '--allow-empty-message', commit.sha], {
      env,
      allowFailure: true,
    })
    if (picked.code === 0) {
      const after = await git.output(['rev-parse', 'HEAD'])
      outcome.replayed.push({ original: commit.sha, replayed: after, subject: commit.subject })
      continue
    }
    const unmerged = (await git.output(['diff', '--name-only', '--diff-filter=U', '-z']))
      .split('\0')
      .filter(Boolean)
    const staged = await git.run(['diff', '--cached', '--quiet'], { allowFailure: true })
    if (unmerged.length === 0 && staged.code === 0) {
      // Applies as nothing: the release already has the change.
      await git.run(['cherry-pick', '--abort'], { allowFailure: true })
      await git.run(['reset', '--hard', '--quiet', before])
      outcome.dropped.push({ original: commit.sha, subject: commit.subject, reason: 'upstreamed' })
      continue
    }
    await git.run(['cherry-pick', '--abort'], { allowFailure: true })
    await git.run(['reset', '--hard', '--quiet', before])
    outcome.conflict = {
      original: commit.sha,
      subject: commit.subject,
      files: unmerged,
      detail: conflictDetail(`${picked.stdout}\n${picked.stderr}`),
    }
    outcome.notReplayed = commits.slice(index + 1).map((c) => ({ original: c.sha, subject: c.subject }))
    break
  }
  return outcome
}
