/**
 * Declares generated patches in the dist-git spec (Packit §3.5) and drops the declarations
 * of patches srcgit generated before that are gone now. Pure: works on a SpecFile.
 */
import { SpecFile } from '../spec/index.js'

export interface PatchToDeclare {
  name: string
  /** Requested number (Patch-id). */
  patchId?: number
  comment: string[]
  /** Patch-present-in-specfile: the spec already declares it. */
  presentInSpecfile: boolean
}

export interface PatchTagResult {
  declared: { name: string; number: number }[]
  removed: string[]
  warnings: string[]
}

/**
 * @param stale names of patch files srcgit generated earlier that are not generated now;
 *   their PatchN lines are removed. Patches a maintainer added by hand are never in this list.
 */
export function declarePatches(
  spec: SpecFile,
  patches: readonly PatchToDeclare[],
  stale: readonly string[],
  digits: number,
): PatchTagResult {
  const result: PatchTagResult = { declared: [], removed: [], warnings: [] }
  for (const name of stale) {
    const entry = spec.patches.find((p) => SpecFile.fileName(p.expanded.value) === name)
    if (entry && spec.removePatch(entry.number)) result.removed.push(name)
  }
  if (patches.every((p) => p.presentInSpecfile)) return result
  const wanted = patches.filter((p) => !p.presentInSpecfile)
  const added = spec.addPatches(
    wanted.map((p) => ({ location: p.name, number: p.patchId, comment: p.comment })),
    digits,
  )
  for (const r of added.results) if (r.added) result.declared.push({ name: r.location, number: r.number })
  result.warnings.push(...added.warnings)
  result.warnings = [...new Set(result.warnings)]
  return result
}
