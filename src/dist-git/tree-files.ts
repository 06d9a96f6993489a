/**
 * Reading and writing the files srcgit edits in a dist-git work tree (spec, sources,
 * .gitignore) without following links: a link there, committed to dist-git, must not bring a
 * file from elsewhere on the runner into the proposal, nor get it overwritten.
 */
import { lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ContentError } from './errors.js'

/** The file's text, undefined when it does not exist; a link is refused, naming it. */
export function readTreeFile(file: string): string | undefined {
  let stat
  try {
    stat = lstatSync(file)
  } catch {
    return undefined
  }
  if (stat.isSymbolicLink())
    throw new ContentError(
      `${path.basename(file)} in the dist-git work tree ${path.dirname(file)} is a symbolic link; srcgit does not read ` +
        'through it: replace the link by the file in dist-git',
    )
  return readFileSync(file, 'utf8')
}

/** Writes the file; a link standing there is replaced, never written through (as rsync does). */
export function writeTreeFile(file: string, text: string): void {
  try {
    if (lstatSync(file).isSymbolicLink()) rmSync(file)
  } catch {
    // Not there yet.
  }
  writeFileSync(file, text)
}
