/**
 * dist-git `.gitignore`: lookaside archives must be ignored so `git add -A` does not commit them.
 * Like `fedpkg new-sources`, we add `/<archive>` lines and never remove anything (the previous
 * version's line stays). Unlike fedpkg we escape gitignore wildcard characters in archive names
 * (`foo[1].tar.gz` would otherwise be a pattern).
 */

import { ContentError } from './errors.js'
export interface GitignoreUpdate {
  text: string
  /** The lines that were appended, in order. */
  added: string[]
}

/** `name` as a gitignore pattern matching exactly that file in the repository root. */
export function gitignoreLine(name: string): string {
  if (name === '' || name.includes('/') || name.includes('\n') || name === '.' || name === '..')
    throw new ContentError(`.gitignore: ${JSON.stringify(name)} is not a file name`)
  let escaped = name.replace(/[\\[\]*?]/g, (c) => '\\' + c)
  // Trailing spaces are dropped by git unless escaped.
  escaped = escaped.replace(/ +$/, (spaces) => spaces.replace(/ /g, '\\ '))
  return '/' + escaped
}

/**
 * Append `/<name>` for every archive not yet ignored by an exact `/<name>` or `<name>` line.
 * Existing lines are kept as they are; the file keeps (or keeps lacking) its final newline, and
 * keeps CRLF line ends if it uses them. An empty file gets a final newline.
 */
export function addGitignoreEntries(text: string, fileNames: readonly string[]): GitignoreUpdate {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const present = new Set(
    text
      .split('\n')
      .map((line) => line.replace(/\r$/, '').replace(/(?<!\\)[ \t]+$/, ''))
      .filter((line) => line !== ''),
  )
  const added: string[] = []
  for (const name of fileNames) {
    const line = gitignoreLine(name)
    if (present.has(line) || present.has(line.slice(1))) continue
    present.add(line)
    added.push(line)
  }
  if (added.length === 0) return { text, added }
  if (text === '') return { text: added.join(eol) + eol, added }
  const endsWithNewline = text.endsWith('\n')
  const body = added.join(eol)
  return { text: endsWithNewline ? text + body + eol : text + eol + body, added }
}
