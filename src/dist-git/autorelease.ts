/**
 * rpmautospec's `%autorelease` from the dist-git history, as fedora-infra/rpmautospec computes
 * it when Koji builds the branch (rpmautospec/pkg_history.py, release_number_visitor and
 * _run_on_history; rpmautospec/magic_comments.py; rpmautospec/subcommands/process_distgit.py,
 * AUTORELEASE_TEMPLATE), with git read through src/git/git.ts in a few batched processes.
 *
 * The rules, from pkg_history.py:
 * - A commit's epoch-version is rpm's `%|epoch?{%{epoch}:}:{}|%{version}` of `<package>.spec`
 *   at that commit (none when the file is missing or rpm cannot parse it).
 * - Its release number is the highest number among its parents whose epoch-version is the
 *   same (or where either is none: "paper over gaps"), 0 without such a parent; plus 1 when
 *   the spec file is in the commit's tree; then at least N for a `[bump release: N]` line in
 *   the commit message. So every commit counts, spec change or not, and a Version change
 *   restarts at 1; a merge takes the highest of its parents.
 * - The release rpm then builds is the header process_distgit.py writes:
 *   `%{?-p:0.}<number + (-b or 1) - 1>%{?-e:.%{-e*}}%{?-s:.%{-s*}}%{!?-n:%{?dist}}`.
 *   `[skip changelog]` only affects %autochangelog, never the number.
 * A shallow clone ends the history early; rpmautospec would count from the shallow boundary
 * as if it were the first commit (a number too low), so that is refused here instead.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Git } from '../git/git.js'
import { SpecError } from '../spec/errors.js'

/** rpmautospec's `%autorelease(e:s:pb:n)` options as written in the spec. */
export interface AutoreleaseOptions {
  extraver?: string
  snapinfo?: string
  prerelease: boolean
  /** `-b`: the number the first release of a version gets (rpm's tonumber; default 1). */
  base: number
  /** `-n`: no dist tag. */
  noDist: boolean
}

/** Reads `%autorelease` options (already macro-expanded) as rpm's getopt does with "e:s:pb:n". */
export function parseAutoreleaseOptions(args: string): AutoreleaseOptions | { problem: string } {
  const words = args.split(/\s+/).filter(Boolean)
  const found = new Map<string, string>()
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (word === '--') break
    if (!word.startsWith('-') || word === '-') break
    for (let k = 1; k < word.length; k++) {
      const flag = word[k]
      if (flag === 'p' || flag === 'n') {
        found.set(flag, '')
        continue
      }
      if (flag !== 'e' && flag !== 's' && flag !== 'b')
        return { problem: `-${flag} is not an option of %autorelease (e:s:pb:n); rpm stops there` }
      const value = k + 1 < word.length ? word.slice(k + 1) : words[++i]
      if (value === undefined) return { problem: `-${flag} needs a value; rpm stops there` }
      found.set(flag, value)
      break
    }
  }
  const base = found.get('b') ?? '1'
  // The header's Lua: tonumber("%{?-b*}"); anything but a plain number makes the build fail.
  if (!/^\d+$/.test(base)) return { problem: `-b ${base} is not a number (rpmautospec's Lua refuses it)` }
  return {
    extraver: found.get('e'),
    snapinfo: found.get('s'),
    prerelease: found.has('p'),
    base: Number(base),
    noDist: found.has('n'),
  }
}

/** What `%autorelease` expands to with rpmautospec's header for `releaseNumber` (process_distgit.py). */
export function expandAutorelease(options: AutoreleaseOptions, releaseNumber: number, dist: string): string {
  return (
    (options.prerelease ? '0.' : '') +
    String(releaseNumber + options.base - 1) +
    (options.extraver !== undefined ? `.${options.extraver}` : '') +
    (options.snapinfo !== undefined ? `.${options.snapinfo}` : '') +
    (options.noDist ? '' : dist)
  )
}

/** `[bump release: N]` in a commit message (magic_comments.py): the release number is at least N. */
export function bumpRelease(message: string): number {
  let bump = 0
  for (const line of message.split('\n')) {
    const magic = /^\s*\[([^\n]*)\]\s*$/.exec(line)
    if (!magic) continue
    for (const part of magic[1].split(',')) {
      // Python's re.match anchors at the start only: "bump release: 3 more" still counts 3.
      const m = /^\s*bump\s+release\s*(?::\s*)?(\d+)/.exec(part)
      if (m) bump = Math.max(bump, Number(m[1]))
    }
  }
  return bump
}

/**
 * The epoch-version of a spec text as rpm prints `%|epoch?{%{epoch}:}:{}|%{version}` for the
 * branch, or a SpecError when it cannot be told (never a guess).
 */
export type EpochVersionOf = (specText: string, commit: string) => string

export interface AutoreleaseInput {
  git: Git
  /** The commit Koji builds (the branch head). */
  rev: string
  /** The spec's file name at the top of the repository: `<package>.spec`, as rpmautospec reads it. */
  specFile: string
  epochVersion: EpochVersionOf
}

export interface AutoreleaseResult {
  /** rpmautospec's release number (before -b). */
  releaseNumber: number
  /** The head commit. */
  commit: string
  /** The head's epoch-version. */
  epochVersion: string
  /** Commits whose spec was evaluated. */
  evaluated: number
}

interface CommitInfo {
  sha: string
  parents: string[]
  message: string
  /** Blob id of the spec, null when the commit has no such file. */
  blob?: string | null
}

/** Blobs read per batch at first; each further batch reads four times as many commits. */
const FIRST_BATCH = 16

/**
 * The release number rpmautospec gives the spec at `rev`. Reads the history with one `git log`,
 * the spec's blob per commit with one `git cat-file --batch-check`, and the spec texts with
 * `git cat-file --batch` in growing batches, only as far back as the count needs.
 */
export async function autoreleaseNumber(input: AutoreleaseInput): Promise<AutoreleaseResult> {
  const { git, specFile } = input
  const head = await git.tryRevParse(input.rev)
  if (head === undefined)
    throw new SpecError(`cannot count %autorelease: ${input.rev} is not a commit of ${git.dir}`)
  const log = await git.run(['log', '--format=%x1e%H%x00%P%x00%B', '--end-of-options', head])
  const commits = new Map<string, CommitInfo>()
  const order: string[] = []
  for (const record of log.stdout.split('\x1e')) {
    if (record === '') continue
    const [sha, parents, message = ''] = record.split('\0')
    commits.set(sha, {
      sha,
      parents: parents.split(' ').filter(Boolean),
      message: message.replace(/\n$/, ''),
    })
    order.push(sha)
  }
  const shallow = await shallowCommits(git)

  const check = await git.run(['cat-file', '--batch-check'], {
    input: order.map((sha) => `${sha}:${specFile}\n`).join(''),
  })
  check.stdout
    .split('\n')
    .filter(Boolean)
    .forEach((line, index) => {
      const info = commits.get(order[index])!
      const m = /^([0-9a-f]{40,64}) (\S+) \d+$/.exec(line)
      if (m && m[2] !== 'blob')
        throw new SpecError(
          `cannot count %autorelease: ${specFile} in commit ${info.sha.slice(0, 12)} is a ${m[2]}, not a file`,
        )
      info.blob = m ? m[1] : null
    })

  const texts = new Map<string, string>()
  const indexOf = new Map(order.map((sha, i) => [sha, i]))
  let batch = FIRST_BATCH
  let loadedUpTo = 0
  const load = async (sha: string) => {
    const info = commits.get(sha)!
    if (info.blob == null || texts.has(info.blob)) return
    const from = Math.max(loadedUpTo, indexOf.get(sha)!)
    const wanted = new Set<string>([info.blob])
    for (let i = from; i < Math.min(order.length, from + batch); i++) {
      const blob = commits.get(order[i])!.blob
      if (blob != null && !texts.has(blob)) wanted.add(blob)
    }
    loadedUpTo = Math.max(loadedUpTo, from + batch)
    batch *= 4
    await readBlobs(git, [...wanted], texts)
  }
  const versions = new Map<string, string | null>()
  let evaluated = 0
  const epochVersion = async (sha: string): Promise<string | null> => {
    if (versions.has(sha)) return versions.get(sha)!
    await load(sha)
    const info = commits.get(sha)!
    let ev: string | null = null
    if (info.blob != null) {
      evaluated++
      ev = input.epochVersion(texts.get(info.blob)!, sha)
    }
    versions.set(sha, ev)
    return ev
  }

  // Post-order over the commits whose numbers are needed, with an explicit stack: histories
  // are deep. A parent's number counts only when the epoch-versions match or one is missing.
  const numbers = new Map<string, number>()
  const stack: { sha: string; expanded: boolean }[] = [{ sha: head, expanded: false }]
  const needed = async (sha: string): Promise<string[]> => {
    const info = commits.get(sha)!
    const ev = await epochVersion(sha)
    const out: string[] = []
    for (const parent of info.parents) {
      const pev = await epochVersion(parent)
      if (ev === null || pev === null || ev === pev) out.push(parent)
    }
    return out
  }
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    if (numbers.has(top.sha)) {
      stack.pop()
      continue
    }
    const info = commits.get(top.sha)!
    if (!top.expanded) {
      top.expanded = true
      if (shallow.has(top.sha)) {
        // Its parents are not here: its number depends on theirs (or on their epoch-versions).
        throw new SpecError(
          `cannot count %autorelease: the history of ${git.dir} is shallow at ${top.sha.slice(0, 12)}, and the ` +
            `release number depends on the commits before it (rpmautospec would count from there as if it were ` +
            `the first commit, giving a number too low); fetch the whole branch history (git fetch --unshallow)`,
        )
      }
      for (const parent of await needed(top.sha))
        if (!numbers.has(parent)) stack.push({ sha: parent, expanded: false })
      continue
    }
    const parents = await needed(top.sha)
    let number = Math.max(0, ...parents.map((p) => numbers.get(p)!))
    if (info.blob != null) number++
    number = Math.max(number, bumpRelease(info.message))
    numbers.set(top.sha, number)
    stack.pop()
  }
  const headVersion = await epochVersion(head)
  if (headVersion === null)
    throw new SpecError(`cannot count %autorelease: commit ${head.slice(0, 12)} has no ${specFile}`)
  return { releaseNumber: numbers.get(head)!, commit: head, epochVersion: headVersion, evaluated }
}

/** The commits a shallow clone's history stops at (their parents are not in the repository). */
async function shallowCommits(git: Git): Promise<Set<string>> {
  const file = await git.output(['rev-parse', '--git-path', 'shallow'])
  const full = path.resolve(git.dir, file)
  if (!existsSync(full)) return new Set()
  return new Set(readFileSync(full, 'utf8').split('\n').filter(Boolean))
}

/** Reads blobs with one `git cat-file --batch`, into `into` (blob id -> UTF-8 text). */
export async function readBlobs(git: Git, blobs: string[], into: Map<string, string>): Promise<void> {
  if (blobs.length === 0) return
  const result = await git.run(['cat-file', '--batch'], { input: blobs.map((b) => `${b}\n`).join('') })
  const bytes = result.stdoutBytes
  let at = 0
  for (const blob of blobs) {
    const eol = bytes.indexOf(0x0a, at)
    const header = bytes.subarray(at, eol).toString('utf8')
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(header)
    if (!m || m[1] !== blob) throw new SpecError(`git cat-file --batch gave "${header}" for blob ${blob}`)
    const size = Number(m[2])
    into.set(blob, bytes.subarray(eol + 1, eol + 1 + size).toString('utf8'))
    at = eol + 1 + size + 1
  }
}
