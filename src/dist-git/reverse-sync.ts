/**
 * files_to_sync read backwards: which source-git file a dist-git file comes from, so a change
 * made in dist-git can be brought back to the right place (`foo.spec` → `.distro/foo.spec`,
 * `tests/tests.yml` → `.distro/tests/tests.yml`). Pure.
 *
 * The answer is checked against the forward planner rather than derived by a second set of
 * rsync rules: for each dist-git path we guess the source-git path each item would send it
 * from, pretend those files exist, and keep a guess only when {@link planFileSync} then really
 * copies it to that dist-git path. Filters (`exclude source-git.yaml`, ...), later items
 * overriding earlier ones and file-versus-directory destinations therefore work exactly as in
 * the forward sync. Files only `protect`ed (`sources`, `.git*`) are still mapped here; the
 * caller decides what it never brings back.
 */
import type { FilesToSyncItem } from '../config/index.js'
import { normalizeRepoPath, planFileSync } from './files-to-sync.js'

export interface ReverseSyncOptions {
  /** The spec's path in source-git (`specfile_path`): it is mapped by the caller, never here. */
  specPath?: string
}

const GLOB_MAGIC = /[*?[]/

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

/** `path` relative to `dir` ('' is the root), or undefined when it is not inside. */
function relativeTo(path: string, dir: string): string | undefined {
  if (dir === '') return path
  return path.startsWith(dir + '/') ? path.slice(dir.length + 1) : undefined
}

/** Source-git paths one item could have sent `distPath` from (not yet checked). */
function guesses(item: FilesToSyncItem, distPath: string, sourceDirs: ReadonlySet<string>): string[] {
  const dest = normalizeRepoPath(item.dest)
  if (!dest) return []
  const found: string[] = []
  for (const raw of item.src) {
    const src = normalizeRepoPath(raw)
    if (!src) continue
    if (GLOB_MAGIC.test(src.path)) {
      // Only a pattern in the last component can be reversed: the sent name is the match's name.
      if (GLOB_MAGIC.test(dirname(src.path))) continue
      const rel = relativeTo(distPath, dest.path)
      if (rel !== undefined) found.push(join(dirname(src.path), rel))
      if (distPath === dest.path) found.push(join(dirname(src.path), basename(distPath)))
      continue
    }
    const rel = relativeTo(distPath, dest.path)
    if (src.trailingSlash || src.path === '') {
      // `dir/`: the directory's contents land in dest.
      if (rel !== undefined) found.push(join(src.path, rel))
    } else if (sourceDirs.has(src.path)) {
      // `dir`: the directory itself lands in dest.
      const name = basename(src.path)
      const inside = rel === undefined ? undefined : relativeTo(rel, name)
      if (inside !== undefined) found.push(join(src.path, inside))
    } else {
      // A single file: it is dest itself, or lands in dest by its name.
      if (distPath === dest.path || rel === basename(src.path)) found.push(src.path)
    }
  }
  return found
}

function directoriesOf(files: readonly string[]): Set<string> {
  const dirs = new Set<string>()
  for (const file of files) {
    const path = normalizeRepoPath(file)?.path ?? ''
    for (let dir = dirname(path); dir !== '' && !dirs.has(dir); dir = dirname(dir)) dirs.add(dir)
  }
  return dirs
}

/**
 * For each of `distPaths` (dist-git paths, relative, `/`-separated), the source-git path
 * files_to_sync copies it from, whether that file exists in source-git yet or not; paths no
 * item would copy (excluded by a filter, outside every dest, the spec) are left out.
 *
 * @param sourceFiles every file source-git tracks now
 * @param destFiles every file dist-git tracks (before and after the change being brought back)
 */
export function reverseSyncPaths(
  items: readonly FilesToSyncItem[],
  sourceFiles: readonly string[],
  destFiles: readonly string[],
  distPaths: readonly string[],
  options: ReverseSyncOptions = {},
): Map<string, string> {
  const result = new Map<string, string>()
  if (items.length === 0 || distPaths.length === 0) return result
  const sourceDirs = directoriesOf(sourceFiles)
  const wanted = new Map<string, Set<string>>()
  const hypothetical = new Set(sourceFiles)
  for (const distPath of distPaths) {
    const normalized = normalizeRepoPath(distPath)?.path
    if (!normalized) continue
    const candidates = new Set(items.flatMap((item) => guesses(item, normalized, sourceDirs)))
    // A guess may not sit where source-git has a directory.
    for (const candidate of candidates) if (sourceDirs.has(candidate)) candidates.delete(candidate)
    for (const candidate of candidates) hypothetical.add(candidate)
    wanted.set(distPath, candidates)
  }
  const plan = planFileSync(items, [...hypothetical], [...new Set([...destFiles, ...distPaths])], {
    specPath: options.specPath,
    dropSpec: options.specPath !== undefined,
  })
  const copiedFrom = new Map(plan.copies.map((c) => [c.to, c.from]))
  const existing = new Set(sourceFiles)
  for (const [distPath, candidates] of wanted) {
    const from = copiedFrom.get(normalizeRepoPath(distPath)!.path)
    if (from !== undefined && (candidates.has(from) || existing.has(from))) result.set(distPath, from)
  }
  return result
}
