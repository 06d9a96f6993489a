/** Carries out a files_to_sync plan on disk: deletes, then copies that keep the file mode (rsync --archive). */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { FileSyncPlan } from './files-to-sync.js'

export function applyFileSyncPlan(
  plan: Pick<FileSyncPlan, 'copies' | 'deletes'>,
  from: string,
  to: string,
): void {
  for (const file of plan.deletes) rmSync(path.join(to, file), { force: true })
  for (const copy of plan.copies) {
    const target = path.join(to, copy.to)
    mkdirSync(path.dirname(target), { recursive: true })
    // copyFile keeps the mode: an executable test script stays executable in dist-git.
    copyFileSync(path.join(from, copy.from), target)
  }
}
