/**
 * The patch step both dist-git jobs share: drop the patches srcgit generated before that
 * are gone, write the new ones (keeping unchanged ones byte for byte) and declare them in
 * the spec.
 */
import { writeFileSync } from 'node:fs'
import { committedFiles, filesLastWrittenBySrcgit } from '../dist-git/checkout.js'
import { declarePatches } from '../dist-git/patch-tags.js'
import type { Git } from '../git/git.js'
import type { PatchGeneration } from '../source-git/patches.js'
import { keepUnchanged } from '../source-git/patches.js'
import { prepareRepoWrite, removeRepoFile } from '../source-git/repo-files.js'
import type { SpecFile } from '../spec/index.js'

export interface PatchStepResult {
  names: string[]
  stale: string[]
  warnings: string[]
}

/** Patch files srcgit generated earlier: top-level .patch files whose last change came from a sync commit. */
export async function previousGeneratedPatches(
  dist: Git,
  trackedFiles: readonly string[],
): Promise<string[]> {
  return filesLastWrittenBySrcgit(
    dist,
    trackedFiles.filter((f) => f.endsWith('.patch') && !f.includes('/')),
  )
}

export async function writePatches(options: {
  source: Git
  dist: Git
  /** The directory patches are written to (the dist-git work tree). */
  dir: string
  spec: SpecFile
  generation: PatchGeneration
  previous: readonly string[]
  digits: number
}): Promise<PatchStepResult> {
  const { source, dist, dir, spec, generation } = options
  const names = generation.patches.map((p) => p.name)
  const committed = await committedFiles(dist, names)
  const stale = options.previous.filter((name) => !names.includes(name))
  for (const file of stale) removeRepoFile(dir, file)
  const patches = await keepUnchanged(source, generation.patches, (name) => committed.get(name))
  // A link standing at a patch's name in dist-git is replaced, never written through.
  for (const patch of patches) writeFileSync(prepareRepoWrite(dir, patch.name), patch.content)
  const declared = declarePatches(
    spec,
    patches.map((p) => ({
      name: p.name,
      patchId: p.metadata.patchId,
      comment: p.comment,
      presentInSpecfile: p.metadata.presentInSpecfile,
    })),
    stale,
    options.digits,
  )
  return { names, stale, warnings: declared.warnings }
}
