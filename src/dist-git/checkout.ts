/**
 * Reading a dist-git work tree through git: the last sync point srcgit left, commits made
 * by hand since then, and committed file contents.
 */
import type { Git } from '../git/git.js'
import { FROM_SOURCE_GIT_TOKEN } from './messages.js'

/** The trailer srcgit puts on its dist-git commits: the sync point. */
export const SOURCE_GIT_TRAILER = FROM_SOURCE_GIT_TOKEN

export interface SyncPoint {
  /** The dist-git commit carrying the trailer. */
  commit: string
  /** The source-git commit it was made from. */
  sourceGitCommit: string
}

/** The newest dist-git commit with a `From-source-git-commit:` trailer, if any. */
export async function lastSyncPoint(git: Git, rev = 'HEAD'): Promise<SyncPoint | undefined> {
  const out = await git.output([
    'log',
    '-1',
    '-E',
    `--grep=^${SOURCE_GIT_TRAILER}: [0-9a-f]{7,64}$`,
    `--format=%H%x1f%(trailers:key=${SOURCE_GIT_TRAILER},valueonly,separator=%x1f)`,
    rev,
    '--',
  ])
  if (!out) return undefined
  const [commit, ...values] = out.split('\x1f')
  const sourceGitCommit = values
    .map((v) => v.trim())
    .filter(Boolean)
    .pop()
  return sourceGitCommit ? { commit, sourceGitCommit } : undefined
}

export interface HandCommit {
  sha: string
  author: string
  subject: string
}

/** Commits after `since` (all history when undefined) touching `paths` that srcgit did not make. */
export async function handCommitsTouching(
  git: Git,
  since: string | undefined,
  paths: readonly string[],
  rev = 'HEAD',
): Promise<HandCommit[]> {
  if (paths.length === 0) return []
  const range = since ? `${since}..${rev}` : rev
  const out = await git.output([
    'log',
    `--format=%H%x1f%an <%ae>%x1f%s%x1f%(trailers:key=${SOURCE_GIT_TRAILER},valueonly)%x1e`,
    range,
    '--',
    ...paths,
  ])
  return out
    .split('\x1e')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => r.split('\x1f'))
    .filter(([, , , trailer]) => !trailer?.trim())
    .map(([sha, author, subject]) => ({ sha, author, subject }))
}

/**
 * The newest commit of `since..rev` on the first-parent line that source-git carries (a
 * From-dist-git-commit trailer names it). update-source-git replays dist-git in order, so every
 * commit before it was either brought back or found to have nothing to bring back.
 */
export async function newestCarried(
  git: Git,
  since: string,
  carried: { has(sha: string): boolean },
  rev = 'HEAD',
): Promise<string | undefined> {
  const revs = (await git.output(['rev-list', '--first-parent', `${since}..${rev}`])).split('\n')
  return revs.find((sha) => sha && carried.has(sha))
}

/**
 * Of the hand commits after `base`, those whose change to `paths` is gone from the work tree
 * (the reverse of their diff no longer applies). Their combined diff is tried first: a later
 * commit may rework an earlier one's lines. Empty: every hand change is still there.
 */
export async function handChangesMissing(
  git: Git,
  base: string,
  commits: readonly HandCommit[],
  paths: readonly string[],
): Promise<HandCommit[]> {
  const stillThere = async (from: string, to: string): Promise<boolean> => {
    const diff = (await git.run(['diff', '--binary', from, to, '--', ...paths])).stdoutBytes
    if (diff.length === 0) return true
    // Exact context first; then only the lines right around each change, so srcgit's own edits
    // two lines away (Version above a Release bump) do not hide a change that is still there.
    for (const context of [[], ['-C1']]) {
      const check = await git.run(['apply', '-R', '--check', ...context, '-'], {
        input: diff,
        allowFailure: true,
      })
      if (check.code === 0) return true
    }
    return false
  }
  if (await stillThere(base, 'HEAD')) return []
  const missing: HandCommit[] = []
  for (const commit of commits) {
    const parent = await git.tryRevParse(`${commit.sha}^`)
    if (!parent || !(await stillThere(parent, commit.sha))) missing.push(commit)
  }
  return missing.length > 0 ? missing : [...commits]
}

/** A file as committed at `rev`, or undefined when it is not there. */
export async function committedFile(git: Git, file: string, rev = 'HEAD'): Promise<Buffer | undefined> {
  const result = await git.run(['cat-file', '-p', `${rev}:${file}`], { allowFailure: true })
  if (result.code !== 0) return undefined
  return result.stdoutBytes
}

/**
 * Of `files`, those whose latest commit came from srcgit (carries the sync trailer): the
 * patches it generated before. One `git log` for all of them.
 */
export async function filesLastWrittenBySrcgit(
  git: Git,
  files: readonly string[],
  rev = 'HEAD',
): Promise<string[]> {
  if (files.length === 0) return []
  const out = await git.output([
    'log',
    `--format=%x1e%(trailers:key=${SOURCE_GIT_TRAILER},valueonly)%x1f`,
    '--name-only',
    rev,
    '--',
    ...files,
  ])
  const seen = new Set<string>()
  const bySrcgit: string[] = []
  for (const record of out.split('\x1e').filter(Boolean)) {
    const [trailer, names = ''] = record.split('\x1f')
    for (const name of names.split('\n').filter(Boolean)) {
      if (seen.has(name)) continue
      seen.add(name)
      if (trailer.trim() && files.includes(name)) bySrcgit.push(name)
    }
  }
  return bySrcgit
}

/** The committed contents of those of `files` that exist at `rev`, read with one `git cat-file --batch`. */
export async function committedFiles(
  git: Git,
  files: readonly string[],
  rev = 'HEAD',
): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>()
  if (files.length === 0) return result
  const listing = await git.output(['ls-tree', '-z', rev, '--', ...files])
  const blobs = listing
    .split('\0')
    .filter(Boolean)
    .map((entry) => /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null)
  if (blobs.length === 0) return result
  const batch = (await git.run(['cat-file', '--batch'], { input: blobs.map((m) => m[1]).join('\n') + '\n' }))
    .stdoutBytes
  let offset = 0
  for (const [, , name] of blobs) {
    const headerEnd = batch.indexOf(0x0a, offset)
    const size = Number(batch.subarray(offset, headerEnd).toString('latin1').split(' ')[2])
    result.set(name, batch.subarray(headerEnd + 1, headerEnd + 1 + size))
    offset = headerEnd + 1 + size + 1
  }
  return result
}
