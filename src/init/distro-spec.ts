/**
 * The `.distro/` spec `srcgit init` writes. Packit's `create_from_upstream` clears every PatchN
 * (`spec.patches().clear()`: python-specfile drops each tag with the comment lines right above
 * it), since the commits carry them and update-dist-git declares them again. srcgit clears the
 * declarations of the patches that became commits the same way, but only when declaring them
 * again, exactly as update-dist-git will (declarePatches, Patch-id and Patch-status from the
 * trailers), gives the dist-git spec back byte for byte. Otherwise (a PatchN under %if, a
 * %patchlist, patches away from the Source lines) they stay, and update-dist-git finds them
 * declared already: clearing would move or unconditionalize them, and Packit's way would lose
 * a patch %prep does not apply on this branch. Pure.
 */
import { declarePatches } from '../dist-git/patch-tags.js'
import { stripPatchDeclarations } from '../source-git/from-dist-git.js'
import { SpecFile } from '../spec/index.js'
import type { PlannedPatch } from './plan.js'

export interface DistroSpec {
  text: string
  /** Whether the converted patches' PatchN lines were left out. */
  cleared: boolean
  /** Why they were kept (the first line that would differ), when they were. */
  keptBecause?: string
}

/** What update-dist-git makes of `specText` once the commits of `patches` declare them again. */
export function redeclared(
  specText: string,
  patches: readonly PlannedPatch[],
  predefined: Record<string, string>,
  digits: number,
): string {
  const spec = SpecFile.parse(specText, { predefined })
  declarePatches(
    spec,
    patches.map((p) => ({ name: p.name, patchId: p.number, comment: p.comment, presentInSpecfile: false })),
    [],
    digits,
  )
  return spec.toString()
}

function firstDifference(a: string, b: string): string {
  const left = a.split('\n')
  const right = b.split('\n')
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    if (left[i] !== right[i])
      return `line ${i + 1} would be ${JSON.stringify(right[i] ?? '')} instead of ${JSON.stringify(left[i] ?? '')}`
  return 'the spec would differ'
}

export function distroSpec(
  specText: string,
  patches: readonly PlannedPatch[],
  predefined: Record<string, string>,
  digits: number,
): DistroSpec {
  if (patches.length === 0) return { text: specText, cleared: false }
  const cleared = stripPatchDeclarations(specText, new Set(patches.map((p) => p.name)))
  let back: string
  try {
    back = redeclared(cleared, patches, predefined, digits)
  } catch (error) {
    return { text: specText, cleared: false, keptBecause: (error as Error).message }
  }
  if (back === specText) return { text: cleared, cleared: true }
  return { text: specText, cleared: false, keptBecause: firstDifference(specText, back) }
}
