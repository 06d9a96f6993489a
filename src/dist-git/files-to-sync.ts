/**
 * What `files_to_sync` does to dist-git, planned without touching a disk (Packit §4.4,
 * `packit/sync.py`). Packit runs, per item and in list order,
 * `rsync --archive [--delete] [--filter RULE]... [--mkpath] --ignore-missing-args SRC... DEST`,
 * with each src expanded by Python's `glob.glob` (non-recursive: `*`, `?`, `[...]` stay inside one
 * path component and do not match names starting with `.`; `**` is the same as `*`; a src that
 * matches nothing is passed as is and ignored by rsync).
 *
 * rsync rules modelled here:
 * - `dir/` copies the directory's contents into dest; `dir` copies the directory itself (dest/dir).
 * - A single file goes to dest, or into it when dest ends in `/`, is an existing directory, or
 *   several sources are given.
 * - `--delete` removes, in the directories that are part of the transfer (dest for `dir/`,
 *   dest/dir for `dir`; none for a file or a glob's files), files that were not sent and are not
 *   protected.
 * - Filter rules, first match wins: `exclude`/`-` and `include`/`+` act on both sides, `hide`/`H`
 *   and `show`/`S` only on what is sent, `protect`/`P` and `risk`/`R` only on what may be deleted;
 *   `clear`/`!` drops the rules before it. An excluded directory is not descended into. An excluded
 *   file is neither sent nor deleted (no `--delete-excluded`).
 * - Patterns: a leading `/` anchors at the transfer root, a trailing `/` matches only directories,
 *   a pattern without `/` or `**` matches the last path component, other unanchored patterns match
 *   a trailing part of the path that starts at a component boundary; `*` and `?` do not cross `/`,
 *   `**` does, `dir/***` matches dir and everything in it, `[...]` is a character class, `\`
 *   escapes.
 * - Without `mkpath`, rsync creates at most the last component of dest; a deeper missing
 *   directory is an rsync failure (here: a problem, the item is skipped).
 * - A file standing where a directory has to be is replaced; a directory that still has files
 *   where a file has to go is an rsync failure (a problem; that file is not copied).
 *
 * Deliberate differences from Packit:
 * - `dropSpec` (for `sync_changelog: false`) removes the spec from what is sent however it was
 *   matched, and protects its dist-git copy from `--delete`. Packit only drops a src equal to the
 *   spec path, or adds `- /<spec relative to src>` for a directory src: a glob such as `Fedora/*`
 *   still copies the spec over the merged one, a directory given without a trailing `/` gets a
 *   filter that never matches (the path in the transfer starts with the directory name), and a
 *   user `+` rule placed before the appended filter wins over it.
 * - `.` as a src (without `/`) would make rsync copy the repository directory under its own,
 *   unknowable, name; that is reported as a problem.
 * - Illegal paths (absolute or escaping the repository with `..`) and unsupported filter rules
 *   (merge files, modifiers) are problems that skip their item; Packit fails the whole run on an
 *   illegal path.
 *
 * Symbolic links (given in `sourceLinks`/`destLinks`): rsync --archive copies a link as a link,
 * with the same target text, and Packit resolves each src and the dest before rsync sees them
 * (`SyncFilesItem.resolve`, `Path.resolve()`), so a src or dest that is a link (or lies under a
 * linked directory) stands for the path the link leads to; one that leads out is an "Illegal
 * path!". srcgit does the same, and also refuses what Packit copies as is: a link in a synced
 * directory or matched by a glob that is absolute, leads out of the repository or into `.git`
 * (which holds the checkout's token), and a copied link that would point out of dist-git from its
 * new place. A path inside `.git` counts as outside the repository, and a glob does not match
 * through a linked directory (Python's glob would, and rsync would copy what lies behind it).
 */

import type { FilesToSyncItem } from '../config/index.js'
import { refusalMessage, resolveRepoPath, type Refusal } from '../source-git/repo-files.js'
import { ContentError } from './errors.js'

/**
 * files_to_sync as srcgit applies it: the configured items, or (none configured) the spec to
 * `<package>.spec`, as Packit does. Every job that writes dist-git uses this one rule.
 */
export function syncItems(
  pkg: { files_to_sync: readonly FilesToSyncItem[]; downstream_package_name: string },
  specfilePath: string,
): readonly FilesToSyncItem[] {
  if (pkg.files_to_sync.length > 0) return pkg.files_to_sync
  return [
    {
      src: [specfilePath],
      dest: `${pkg.downstream_package_name}.spec`,
      mkpath: false,
      delete: false,
      filters: [],
    },
  ]
}

export interface FileCopy {
  /** Path in source-git. */
  from: string
  /** Path in dist-git. */
  to: string
  /** Set when `from` is a symbolic link: it is copied as a link with this target. */
  link?: string
}

export interface FileSyncPlan {
  /** Final effect: every dist-git file whose content comes from source-git, in first-copy order. */
  copies: FileCopy[]
  /** dist-git files (of `destFiles`) that are gone afterwards, in `destFiles` order. */
  deletes: string[]
  problems: string[]
  /** Sources that matched nothing (rsync's --ignore-missing-args skips them silently). */
  unmatched: string[]
}

export interface FileSyncOptions {
  /** The spec file's path in source-git (`specfile_path`). */
  specPath?: string
  /** Leave the spec out (used with `sync_changelog: false`: the spec is merged separately). */
  dropSpec?: boolean
  /** The symbolic links among `sourceFiles`, with their targets as written. */
  sourceLinks?: ReadonlyMap<string, string>
  /** The symbolic links among `destFiles`. */
  destLinks?: ReadonlyMap<string, string>
}

// ------------------------------------------------------------------------------------------------
// Paths

interface NormalizedPath {
  /** '' is the repository root. */
  path: string
  trailingSlash: boolean
}

/** Normalise a repository-relative path; undefined when it is absolute or leaves the repository. */
export function normalizeRepoPath(input: string): NormalizedPath | undefined {
  if (input.startsWith('/')) return undefined
  const segments: string[] = []
  for (const segment of input.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (segments.length === 0) return undefined
      segments.pop()
    } else {
      segments.push(segment)
    }
  }
  return { path: segments.join('/'), trailingSlash: input.endsWith('/') }
}

function join(dir: string, name: string): string {
  if (dir === '') return name
  return name === '' ? dir : `${dir}/${name}`
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function dirname(path: string): string {
  const index = path.lastIndexOf('/')
  return index < 0 ? '' : path.slice(0, index)
}

function isUnder(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(dir + '/')
}

/** Proper ancestor directories of a path, outermost first (`a/b/c` → `a`, `a/b`). */
function ancestors(path: string): string[] {
  const parts = path.split('/')
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'))
}

// ------------------------------------------------------------------------------------------------
// Python glob (source expansion)

const GLOB_MAGIC = /[*?[]/

/** Python fnmatch.translate for one path component. */
function fnmatchRegex(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '*') source += '.*'
    else if (char === '?') source += '.'
    else if (char === '[') {
      let j = i + 1
      if (pattern[j] === '!') j++
      if (pattern[j] === ']') j++
      while (j < pattern.length && pattern[j] !== ']') j++
      if (j >= pattern.length) {
        source += '\\['
        continue
      }
      let inner = pattern.slice(i + 1, j).replace(/\\/g, '\\\\')
      if (inner.startsWith('!')) inner = '^' + inner.slice(1)
      else if (inner.startsWith('^')) inner = '\\' + inner
      source += `[${inner.replace(/\]/g, '\\]')}]`
      i = j
    } else source += char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 's')
}

interface Tree {
  files: Set<string>
  dirs: Set<string>
  children: Map<string, Set<string>>
}

function buildTree(files: readonly string[]): Tree {
  const tree: Tree = { files: new Set(), dirs: new Set(['']), children: new Map() }
  const addChild = (dir: string, name: string) => {
    let set = tree.children.get(dir)
    if (!set) tree.children.set(dir, (set = new Set()))
    set.add(name)
  }
  for (const file of files) {
    const path = normalizeRepoPath(file)?.path
    if (!path) continue
    tree.files.add(path)
    addChild(dirname(path), basename(path))
    for (const dir of ancestors(path)) {
      tree.dirs.add(dir)
      addChild(dirname(dir), basename(dir))
    }
  }
  return tree
}

/**
 * Python `glob.glob(pattern)` over a list of repository files (paths relative, `/`-separated):
 * matching files and directories, sorted; with a trailing `/` only directories.
 */
export function expandSourceGlob(pattern: string, sourceFiles: readonly string[]): string[] {
  const normalized = normalizeRepoPath(pattern)
  if (!normalized) return []
  return globTree(normalized, buildTree(sourceFiles))
}

function globTree(pattern: NormalizedPath, tree: Tree): string[] {
  let candidates = ['']
  for (const segment of pattern.path.split('/').filter((s) => s !== '')) {
    const next: string[] = []
    for (const dir of candidates) {
      if (!tree.dirs.has(dir)) continue
      if (GLOB_MAGIC.test(segment)) {
        const regex = fnmatchRegex(segment)
        for (const name of tree.children.get(dir) ?? []) {
          if (name.startsWith('.') && !segment.startsWith('.')) continue
          if (regex.test(name)) next.push(join(dir, name))
        }
      } else {
        const path = join(dir, segment)
        if (tree.files.has(path) || tree.dirs.has(path)) next.push(path)
      }
    }
    candidates = next
  }
  const matches = pattern.trailingSlash ? candidates.filter((c) => tree.dirs.has(c)) : candidates
  return [...new Set(matches)].sort()
}

// ------------------------------------------------------------------------------------------------
// rsync filter rules

type RuleAction = 'exclude' | 'include' | 'hide' | 'show' | 'protect' | 'risk'

export interface FilterRule {
  action: RuleAction
  pattern: string
}

const RULE_NAMES: Record<string, RuleAction | 'clear'> = {
  exclude: 'exclude',
  '-': 'exclude',
  include: 'include',
  '+': 'include',
  hide: 'hide',
  H: 'hide',
  show: 'show',
  S: 'show',
  protect: 'protect',
  P: 'protect',
  risk: 'risk',
  R: 'risk',
  clear: 'clear',
  '!': 'clear',
}

/** Parse rsync `--filter` rules; throws on rules this planner does not model. */
export function parseFilterRules(filters: readonly string[]): FilterRule[] {
  let rules: FilterRule[] = []
  for (const filter of filters) {
    const match = /^(\S+?)(?:[ _](.*))?$/.exec(filter)
    const action = match ? RULE_NAMES[match[1]] : undefined
    if (!match || !action) throw new ContentError(`unsupported filter rule "${filter}"`)
    const pattern = match[2] ?? ''
    if (action === 'clear') {
      if (pattern !== '') throw new ContentError(`unsupported filter rule "${filter}"`)
      rules = []
      continue
    }
    if (pattern === '') throw new ContentError(`filter rule "${filter}" has no pattern`)
    rules.push({ action, pattern })
  }
  return rules
}

/** rsync wildmatch pattern (one rule's pattern without its leading/trailing `/`) as a regex. */
function wildmatchRegex(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '\\' && i + 1 < pattern.length) {
      source += pattern[++i].replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
    } else if (char === '*') {
      if (pattern.startsWith('***', i) && i + 3 === pattern.length && pattern[i - 1] === '/') {
        // `dir/***`: the directory itself and everything in it.
        source = source.slice(0, -1) + '(?:/.*)?'
        i += 2
      } else if (pattern[i + 1] === '*') {
        source += '.*'
        while (pattern[i + 1] === '*') i++
      } else source += '[^/]*'
    } else if (char === '?') source += '[^/]'
    else if (char === '[') {
      let j = i + 1
      if (pattern[j] === '!' || pattern[j] === '^') j++
      if (pattern[j] === ']') j++
      while (j < pattern.length && pattern[j] !== ']') j++
      if (j >= pattern.length) {
        source += '\\['
        continue
      }
      let inner = pattern.slice(i + 1, j).replace(/\\/g, '\\\\')
      if (inner.startsWith('!')) inner = '^' + inner.slice(1)
      source += `[${inner.replace(/\]/g, '\\]')}]`
      i = j
    } else source += char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 's')
}

/**
 * Whether an rsync pattern matches a path of the transfer (relative to its root, no leading `/`).
 */
export function matchRsyncPattern(pattern: string, path: string, isDir: boolean): boolean {
  let body = pattern
  const dirOnly = body.length > 1 && body.endsWith('/')
  if (dirOnly) {
    if (!isDir) return false
    body = body.replace(/\/+$/, '')
  }
  const anchored = body.startsWith('/')
  if (anchored) body = body.slice(1)
  const regex = wildmatchRegex(body)
  if (anchored) return regex.test(path)
  if (!body.includes('/') && !body.includes('**')) return regex.test(basename(path))
  const parts = path.split('/')
  return parts.some((_, i) => regex.test(parts.slice(i).join('/')))
}

type Side = 'sender' | 'receiver'

const SIDES: Record<RuleAction, { side: Side | 'both'; excludes: boolean }> = {
  exclude: { side: 'both', excludes: true },
  include: { side: 'both', excludes: false },
  hide: { side: 'sender', excludes: true },
  show: { side: 'sender', excludes: false },
  protect: { side: 'receiver', excludes: true },
  risk: { side: 'receiver', excludes: false },
}

/** First matching rule for one side decides; no match means not excluded. */
function excludedEntry(rules: readonly FilterRule[], side: Side, path: string, isDir: boolean): boolean {
  for (const rule of rules) {
    const { side: ruleSide, excludes } = SIDES[rule.action]
    if (ruleSide !== 'both' && ruleSide !== side) continue
    if (matchRsyncPattern(rule.pattern, path, isDir)) return excludes
  }
  return false
}

/** A file of the transfer is excluded when it or any directory above it (within the transfer) is. */
function excludedPath(rules: readonly FilterRule[], side: Side, transferPath: string): boolean {
  if (rules.length === 0) return false
  return (
    ancestors(transferPath).some((dir) => excludedEntry(rules, side, dir, true)) ||
    excludedEntry(rules, side, transferPath, false)
  )
}

// ------------------------------------------------------------------------------------------------
// Planning

interface Source {
  kind: 'file' | 'dir' | 'contents'
  /** Path in source-git. */
  path: string
}

interface Transfer {
  from: string
  to: string
  link?: string
}

/** A directory whose extraneous files `--delete` removes. */
interface DeleteScope {
  /** The directory in dist-git. */
  dest: string
  /** Its path in the transfer ('' for the transfer root). */
  prefix: string
}

interface PlannedCopy {
  from: string
  link?: string
  /** The item that made it, for messages. */
  label: string
}

const SOURCE_REPO = 'the source-git repository'
const DEST_REPO = 'the dist-git repository'

class Planner {
  readonly present: Set<string>
  readonly copies = new Map<string, PlannedCopy>()
  readonly problems: string[] = []
  readonly unmatched: string[] = []
  private readonly tree: Tree
  private readonly sourceLink = (path: string) => this.sourceLinks.get(path)
  private readonly destLink = (path: string) => this.destLinks.get(path)

  constructor(
    sourceFiles: readonly string[],
    private readonly destFiles: readonly string[],
    private readonly drop: ReadonlySet<string>,
    private readonly sourceLinks: ReadonlyMap<string, string>,
    private readonly destLinks: ReadonlyMap<string, string>,
  ) {
    this.tree = buildTree(sourceFiles)
    this.present = new Set(destFiles.map((f) => normalizeRepoPath(f)?.path).filter((f): f is string => !!f))
  }

  private isDestDir(path: string): boolean {
    if (path === '') return true
    for (const file of this.present) if (file.startsWith(path + '/')) return true
    return false
  }

  private refuse(label: string, what: string, file: string, refusal: Refusal, repository: string): void {
    this.problems.push(`${label}: ${what}${refusalMessage(file, refusal, repository)}`)
  }

  private expand(src: string, label: string): Source[] | undefined {
    const normalized = normalizeRepoPath(src)
    if (!normalized) {
      this.problems.push(`${label}: Illegal path "${src}": it is outside the source-git repository`)
      return undefined
    }
    // Packit resolves the src before globbing: links in its literal part are followed.
    const parts = src.split('/')
    const magic = parts.findIndex((part) => GLOB_MAGIC.test(part))
    const literal = magic < 0 ? src : parts.slice(0, magic).join('/')
    const resolved = resolveRepoPath(literal, this.sourceLink)
    if ('refused' in resolved) {
      this.refuse(label, `src "${src}": `, literal.replace(/\/+$/, ''), resolved.refused, SOURCE_REPO)
      return undefined
    }
    const path =
      magic < 0 ? resolved.path : normalizeRepoPath(join(resolved.path, parts.slice(magic).join('/')))?.path
    if (path === undefined) {
      this.problems.push(`${label}: Illegal path "${src}": it is outside the source-git repository`)
      return undefined
    }
    const wanted: NormalizedPath = { path, trailingSlash: normalized.trailingSlash }
    if (wanted.path === '' && !wanted.trailingSlash) {
      this.problems.push(
        `${label}: src "${src}" would copy the repository directory itself; write "./" to copy its contents`,
      )
      return undefined
    }
    const matches = GLOB_MAGIC.test(wanted.path)
      ? globTree(wanted, this.tree)
      : this.tree.files.has(wanted.path) || this.tree.dirs.has(wanted.path)
        ? [wanted.path]
        : []
    if (matches.length === 0) {
      this.unmatched.push(src)
      return []
    }
    const sources: Source[] = []
    for (const path of matches) {
      if (this.tree.dirs.has(path)) {
        sources.push({ kind: wanted.trailingSlash ? 'contents' : 'dir', path })
      } else if (wanted.trailingSlash) {
        this.problems.push(`${label}: src "${src}" ends with "/" but ${path} is a file`)
        return undefined
      } else {
        sources.push({ kind: 'file', path })
      }
    }
    return sources
  }

  plan(item: FilesToSyncItem, index: number): void {
    const label = `files_to_sync[${index}]`
    const normalizedDest = normalizeRepoPath(item.dest)
    if (!normalizedDest) {
      this.problems.push(`${label}: Illegal path "${item.dest}": it is outside the dist-git repository`)
      return
    }
    // Like the src, the dest stands for where its links lead; never out of dist-git.
    const resolvedDest = resolveRepoPath(item.dest, this.destLink)
    if ('refused' in resolvedDest) {
      this.refuse(
        label,
        `dest "${item.dest}": `,
        item.dest.replace(/\/+$/, ''),
        resolvedDest.refused,
        DEST_REPO,
      )
      return
    }
    const dest: NormalizedPath = { path: resolvedDest.path, trailingSlash: normalizedDest.trailingSlash }
    let rules: FilterRule[]
    try {
      rules = parseFilterRules(item.filters)
    } catch (error) {
      this.problems.push(`${label}: ${(error as Error).message}; the item is skipped`)
      return
    }
    const sources: Source[] = []
    for (const src of item.src) {
      const expanded = this.expand(src, label)
      if (!expanded) return
      sources.push(...expanded)
    }
    if (sources.length === 0) return

    const destIsDir = this.isDestDir(dest.path)
    const intoDir = dest.trailingSlash || destIsDir || sources.length > 1 || sources[0].kind !== 'file'
    if (intoDir && this.present.has(dest.path)) {
      this.problems.push(`${label}: dest "${item.dest}" is a file in dist-git, not a directory`)
      return
    }
    const mustExist = intoDir ? (destIsDir ? undefined : dirname(dest.path)) : dirname(dest.path)
    if (mustExist !== undefined && !item.mkpath && !this.isDestDir(mustExist)) {
      this.problems.push(
        `${label}: the dist-git directory "${mustExist}" does not exist (set mkpath: true to create it)`,
      )
      return
    }

    const transfers: Transfer[] = []
    const protectedTargets = new Set<string>()
    const scopes: DeleteScope[] = []
    const send = (from: string, transferPath: string, to: string) => {
      if (excludedPath(rules, 'sender', transferPath)) return
      if (this.drop.has(from)) {
        protectedTargets.add(to)
        return
      }
      // rsync --archive sends a link as a link; one that leads out of source-git is refused.
      const link = this.sourceLinks.get(from)
      if (link !== undefined) {
        const resolved = resolveRepoPath(from, this.sourceLink)
        if ('refused' in resolved) {
          this.refuse(label, '', from, resolved.refused, SOURCE_REPO)
          return
        }
      }
      if (!transfers.some((t) => t.to === to)) transfers.push({ from, to, link })
    }
    for (const source of sources) {
      if (source.kind === 'file') {
        send(source.path, basename(source.path), intoDir ? join(dest.path, basename(source.path)) : dest.path)
        continue
      }
      const prefix = source.kind === 'dir' ? basename(source.path) : ''
      if (prefix && excludedEntry(rules, 'sender', prefix, true)) continue
      for (const file of this.tree.files) {
        if (!isUnder(file, source.path)) continue
        const transferPath = join(prefix, source.path === '' ? file : file.slice(source.path.length + 1))
        send(file, transferPath, join(dest.path, transferPath))
      }
      scopes.push({ dest: join(dest.path, prefix), prefix })
    }

    if (item.delete) {
      const sent = new Set(transfers.map((t) => t.to))
      for (const scope of scopes) {
        for (const file of [...this.present]) {
          if (!isUnder(file, scope.dest) || sent.has(file) || protectedTargets.has(file)) continue
          const relative = scope.dest === '' ? file : file.slice(scope.dest.length + 1)
          const transferPath = join(scope.prefix, relative)
          if (excludedPath(rules, 'receiver', transferPath)) continue
          this.present.delete(file)
          this.copies.delete(file)
        }
      }
    }

    for (const transfer of transfers) {
      // rsync removes a file (or link) that stands where a directory has to be, with or without --delete.
      for (const dir of ancestors(transfer.to)) {
        this.present.delete(dir)
        this.copies.delete(dir)
      }
      if (this.isDestDir(transfer.to)) {
        this.problems.push(`${label}: cannot copy ${transfer.from} to ${transfer.to}: that is a directory`)
        continue
      }
      this.present.add(transfer.to)
      this.copies.set(transfer.to, { from: transfer.from, link: transfer.link, label })
    }
  }

  result(): FileSyncPlan {
    // The links dist-git has afterwards: those it keeps and the copied ones. A copied link that
    // stays inside source-git can still point out of dist-git from its new place.
    const links = new Map<string, string>()
    for (const [file, target] of this.destLinks)
      if (this.present.has(file) && !this.copies.has(file)) links.set(file, target)
    for (const [to, copy] of this.copies) if (copy.link !== undefined) links.set(to, copy.link)
    const copies: FileCopy[] = []
    for (const [to, copy] of this.copies) {
      const there = resolveRepoPath(to, (path) => links.get(path))
      if ('refused' in there) {
        this.refuse(copy.label, `${copy.from} copied to dist-git: `, to, there.refused, DEST_REPO)
        continue
      }
      copies.push(
        copy.link === undefined ? { from: copy.from, to } : { from: copy.from, to, link: copy.link },
      )
    }
    return {
      copies,
      deletes: this.destFiles.filter((file) => {
        const path = normalizeRepoPath(file)?.path
        return path !== undefined && path !== '' && !this.present.has(path)
      }),
      problems: this.problems,
      unmatched: this.unmatched,
    }
  }
}

/**
 * Plan what `files_to_sync` changes in dist-git, as rsync would do it item by item.
 * `sourceFiles` and `destFiles` list every file of source-git and dist-git, relative and
 * `/`-separated (for a monorepo package, src paths are relative to paths[0] and so must be
 * sourceFiles); symbolic links among them are listed again, with their targets, in
 * `options.sourceLinks` and `options.destLinks`. Items are applied in order, so a later item
 * can overwrite or delete what an earlier one copied.
 */
export function planFileSync(
  items: readonly FilesToSyncItem[],
  sourceFiles: readonly string[],
  destFiles: readonly string[],
  options: FileSyncOptions = {},
): FileSyncPlan {
  const sourceLinks = options.sourceLinks ?? new Map<string, string>()
  // The spec is left out by its own path and by the one its link leads to.
  const drop = new Set<string>()
  if (options.dropSpec && options.specPath !== undefined) {
    const literal = normalizeRepoPath(options.specPath)?.path
    if (literal) drop.add(literal)
    const resolved = resolveRepoPath(options.specPath, (path) => sourceLinks.get(path))
    if (!('refused' in resolved)) drop.add(resolved.path)
  }
  const planner = new Planner(sourceFiles, destFiles, drop, sourceLinks, options.destLinks ?? new Map())
  items.forEach((item, index) => planner.plan(item, index))
  return planner.result()
}
