/**
 * Carries out a files_to_sync plan on disk, as rsync --archive does: deletes, then copies that
 * keep the file mode, links copied as links. Never through a link: a source path that is or
 * passes through one (the plan already followed those it may follow), or a linked directory in
 * dist-git on the way to a destination, stops the sync; a file or link standing at a
 * destination is replaced, not written through.
 */
import { copyFileSync, symlinkSync } from 'node:fs'
import { prepareRepoWrite, removeRepoFile, repoSourceFile } from '../source-git/repo-files.js'
import type { FileSyncPlan } from './files-to-sync.js'

export function applyFileSyncPlan(
  plan: Pick<FileSyncPlan, 'copies' | 'deletes'>,
  from: string,
  to: string,
): void {
  for (const file of plan.deletes) removeRepoFile(to, file)
  for (const copy of plan.copies) {
    if (copy.link !== undefined) {
      // The plan checked where the link points, in source-git and from its place in dist-git.
      symlinkSync(copy.link, prepareRepoWrite(to, copy.to))
      continue
    }
    const source = repoSourceFile(from, copy.from)
    // copyFile keeps the mode: an executable test script stays executable in dist-git.
    copyFileSync(source, prepareRepoWrite(to, copy.to))
  }
}
