/**
 * A checkout's files, symbolic links included, without ever leaving the checkout. A link is
 * followed as the kernel follows it (its target relative to the link's own directory, chains
 * too, `..` after a link from where the link led) and refused when it leads out of the
 * repository, is absolute, or enters `.git`: a link is all a pull request needs to make a job
 * read `/etc/hostname`, a token file or the checkout's `.git/config` (where actions/checkout
 * keeps its token) and put it into dist-git or a job summary.
 *
 * {@link resolveRepoPath} is pure (the files_to_sync planner feeds it the links it knows);
 * the rest reads and writes a checkout on disk through it.
 */
import {
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  closeSync,
  readlinkSync,
  rmSync,
} from 'node:fs'
import path from 'node:path'
import { ContentError } from '../dist-git/errors.js'
import type { Git } from '../git/git.js'

/** A path that leads out of its repository: the user can fix it (replace the link, fix the path). */
export class RepoPathError extends ContentError {
  override name = 'RepoPathError'
}

export type Escape = 'absolute' | 'outside' | 'git' | 'loop'

export interface Refusal {
  reason: Escape
  /** The link that leads out; undefined when the path itself does (`..`, absolute, `.git`). */
  link?: { path: string; target: string }
}

export type Resolution = { path: string; followedLink: boolean } | { refused: Refusal }

/** Links in a chain before it counts as a loop (Linux's own limit). */
const MAX_LINKS = 40

/** `.git` in any case: on a case-insensitive file system `.GIT` is the same directory. */
function isGitDir(name: string): boolean {
  return name.toLowerCase() === '.git'
}

/**
 * Where a repository-relative path leads once links are followed. `readLink` tells, for a
 * path whose every directory is real (already resolved), its link target as written, or
 * undefined when it is no link (or does not exist). The result has no link in it.
 */
export function resolveRepoPath(input: string, readLink: (path: string) => string | undefined): Resolution {
  if (input.startsWith('/')) return { refused: { reason: 'absolute' } }
  const pending = input.split('/')
  const done: string[] = []
  let link: Refusal['link']
  let hops = 0
  while (pending.length > 0) {
    const part = pending.shift()!
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (done.length === 0) return { refused: { reason: 'outside', link } }
      done.pop()
      continue
    }
    if (isGitDir(part)) return { refused: { reason: 'git', link } }
    const candidate = [...done, part].join('/')
    const target = readLink(candidate)
    if (target === undefined) {
      done.push(part)
      continue
    }
    link = { path: candidate, target }
    if (++hops > MAX_LINKS) return { refused: { reason: 'loop', link } }
    if (target.startsWith('/')) return { refused: { reason: 'absolute', link } }
    pending.unshift(...target.split('/'))
  }
  return { path: done.join('/'), followedLink: hops > 0 }
}

/**
 * One line saying why `file` is refused and how to fix it. Names the link and its target,
 * never what the target holds.
 */
export function refusalMessage(file: string, refusal: Refusal, repository = 'the repository'): string {
  const where = {
    absolute: `an absolute path, outside ${repository}`,
    outside: `outside ${repository}`,
    git: `inside .git, which srcgit never reads or writes (it holds the checkout's credentials)`,
    loop: 'a loop of symbolic links',
  }[refusal.reason]
  const { link } = refusal
  if (!link)
    return `${file} is ${where}; use a path inside ${repository}${refusal.reason === 'git' ? ', outside .git' : ''}`
  const subject =
    link.path === file
      ? `${file} is a symbolic link to ${link.target}`
      : `${file} leads through the symbolic link ${link.path} -> ${link.target}`
  const fix =
    refusal.reason === 'git'
      ? 'remove the link, or point it at a file of the repository outside .git'
      : `replace the link by the file it points to, or point it inside ${repository}`
  return `${subject}, ${where}; ${fix}`
}

/** `readLink` for {@link resolveRepoPath} on a checkout on disk. */
export function diskLinks(root: string): (relPath: string) => string | undefined {
  return (relPath) => {
    const full = path.join(root, relPath)
    try {
      return lstatSync(full).isSymbolicLink() ? readlinkSync(full) : undefined
    } catch {
      return undefined
    }
  }
}

/** The symbolic links among `files` of a checkout (repository-relative), with their targets as written. */
export function symlinksAmong(root: string, files: readonly string[]): Map<string, string> {
  const links = new Map<string, string>()
  const readLink = diskLinks(root)
  for (const file of files) {
    const target = readLink(file)
    if (target !== undefined) links.set(file, target)
  }
  return links
}

/** The real path of `relPath` inside `root`, links followed; throws when it leads out. */
export function resolveOnDisk(root: string, relPath: string, repository?: string): string {
  const resolved = resolveRepoPath(relPath, diskLinks(root))
  if ('refused' in resolved) throw new RepoPathError(refusalMessage(relPath, resolved.refused, repository))
  return resolved.path
}

/**
 * Reads a text file of a checkout (a spec, a configuration). A link is followed only to a file
 * inside the repository that git tracks: what CI left in the workspace (credential files
 * written next to the sources) is as secret as what lies outside.
 */
export async function readRepoFile(repo: Git, relPath: string): Promise<string> {
  const resolved = resolveRepoPath(relPath, diskLinks(repo.dir))
  if ('refused' in resolved) throw new RepoPathError(refusalMessage(relPath, resolved.refused))
  if (resolved.followedLink) {
    const listed = await repo.run(['ls-files', '-z', '--', `:(literal)${resolved.path}`], {
      allowFailure: true,
    })
    if (listed.code !== 0 || !listed.stdout.split('\0').includes(resolved.path))
      throw new RepoPathError(
        `${relPath} is a symbolic link that leads to ${resolved.path}, a file git does not track; ` +
          'replace the link by the file it points to, or point it at a file in the repository',
      )
  }
  // Every directory on the way is real now; O_NOFOLLOW keeps the last step from becoming a link.
  const fd = openSync(path.join(repo.dir, resolved.path), constants.O_RDONLY | constants.O_NOFOLLOW)
  try {
    return readFileSync(fd, 'utf8')
  } finally {
    closeSync(fd)
  }
}

/**
 * Fails unless every directory above `relPath` in `root` is a real directory or missing:
 * writing or deleting through a linked directory would reach whatever it points to.
 */
function checkDirectories(root: string, relPath: string, create: boolean): void {
  const parts = relPath.split('/').filter((p) => p !== '' && p !== '.')
  if (parts.some((p) => p === '..' || isGitDir(p)))
    throw new RepoPathError(`${relPath}: srcgit writes only inside the repository and never into .git`)
  let current = root
  for (const [i, part] of parts.slice(0, -1).entries()) {
    current = path.join(current, part)
    let stat
    try {
      stat = lstatSync(current)
    } catch {
      if (!create) return
      mkdirSync(current)
      continue
    }
    if (stat.isDirectory()) continue
    const dir = parts.slice(0, i + 1).join('/')
    throw new RepoPathError(
      stat.isSymbolicLink()
        ? `${dir} is a symbolic link to ${readlinkSync(current)}; srcgit does not write ${relPath} through it: replace the link by a directory`
        : `${dir} is a file, so ${relPath} cannot be written`,
    )
  }
}

/**
 * The absolute path to write `relPath` of a checkout at: directories above it made (never
 * through a link), and a file or link standing there removed, as rsync replaces it. The caller
 * then creates the file or link itself.
 */
export function prepareRepoWrite(root: string, relPath: string): string {
  checkDirectories(root, relPath, true)
  const full = path.join(root, relPath)
  let stat
  try {
    stat = lstatSync(full)
  } catch {
    return full
  }
  if (stat.isDirectory())
    throw new RepoPathError(`${relPath} is a directory, so a file cannot be written there`)
  rmSync(full, { force: true })
  return full
}

/** Removes a file (or link: the link itself, never what it points to) of a checkout. */
export function removeRepoFile(root: string, relPath: string): void {
  checkDirectories(root, relPath, false)
  rmSync(path.join(root, relPath), { force: true })
}

/**
 * The absolute path of a checkout's file to copy, when no link is on the way to it (the
 * files_to_sync plan already followed the links that may be followed).
 */
export function repoSourceFile(root: string, relPath: string): string {
  const resolved = resolveOnDisk(root, relPath)
  if (
    resolved !==
    relPath
      .split('/')
      .filter((p) => p !== '' && p !== '.')
      .join('/')
  )
    throw new RepoPathError(
      `${relPath} is or passes through a symbolic link; srcgit copies a link as a link, never through it (nothing was copied)`,
    )
  return path.join(root, resolved)
}
