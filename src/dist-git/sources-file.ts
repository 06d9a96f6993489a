/**
 * The dist-git `sources` file: one line per file kept in the lookaside cache.
 *
 * Format (rpkg `pyrpkg/sources.py`): BSD-tag lines `SHA512 (<file>) = <hash>` (what fedpkg writes,
 * hash type upper-cased on write, lower-cased on read) and the old md5sum-style lines
 * `<hash>  <file>` (two spaces, implies md5). Blank lines are ignored, identical duplicate entries
 * collapse.
 *
 * Deliberate differences from fedpkg / rpkg:
 * - `fedpkg new-sources a b` rewrites the whole file to exactly `a` and `b` (that is why Packit
 *   always passes every archive). {@link updateSourcesFile} instead replaces only the entries it is
 *   told about (`replaceNames` and the names of the new entries) and keeps every other line, so a
 *   file somebody else put in the lookaside cache (a second tarball, a signing key) survives.
 * - Old-format lines must have a hexadecimal hash and a file name without spaces (rpkg accepts
 *   anything around the two spaces). Such lines could not be written back in BSD format anyway.
 * - Two entries for the same file with different hashes are reported as a problem (rpkg keeps
 *   both, and `fedpkg sources` then fails the checksum of one of them).
 * - rpkg refuses any mix of hash types when appending (`HashtypeMixingError`). Because we keep
 *   foreign entries, an old md5 line may stay next to our new sha512 ones; we refuse only the
 *   downgrade: adding an entry of another hash type (md5) to a file that has sha512 lines.
 */

import { ContentError } from './errors.js'
export interface SourcesEntry {
  /** Lower case: `sha512`, `md5`, ... */
  hashType: string
  filename: string
  hash: string
}

/** An entry to add; the hash type defaults to sha512, the only type Fedora's lookaside accepts. */
export interface NewSourcesEntry {
  filename: string
  hash: string
  hashType?: string
}

export interface SourcesProblem {
  /** 1-based line number in the file. */
  line: number
  message: string
}

export interface ParsedSourcesFile {
  entries: SourcesEntry[]
  problems: SourcesProblem[]
}

export interface UpdateSourcesOptions {
  /** Names of archives this update replaces (e.g. the previous version's tarball). */
  replaceNames?: string[]
}

export interface UpdatedSourcesFile {
  text: string
  /** New entries that were not in the file before. */
  added: SourcesEntry[]
  /** Entries of the old file that are gone. */
  removed: SourcesEntry[]
  /** Entries of the old file that are still there (foreign ones and new entries already present). */
  kept: SourcesEntry[]
}

/** rpkg's LINE_PATTERN, applied to the stripped line. */
const BSD_LINE = /^(?<hashType>[^ ]+?) \((?<filename>[^ )]+?)\) = (?<hash>[^ ]+?)$/
const OLD_LINE = /^(?<hash>[0-9A-Fa-f]+) {2}(?<filename>\S+)$/

/** Length of a hex digest per hash type, for validating new entries. */
const DIGEST_LENGTHS: Record<string, number> = {
  md5: 32,
  sha1: 40,
  sha224: 56,
  sha256: 64,
  sha384: 96,
  sha512: 128,
}

const DEFAULT_HASH_TYPE = 'sha512'

interface LocatedEntry extends SourcesEntry {
  line: number
}

function sameEntry(a: SourcesEntry, b: SourcesEntry): boolean {
  return a.hashType === b.hashType && a.filename === b.filename && a.hash === b.hash
}

function parseWithLines(text: string): { entries: LocatedEntry[]; problems: SourcesProblem[] } {
  const entries: LocatedEntry[] = []
  const problems: SourcesProblem[] = []
  const lines = text.split('\n')
  lines.forEach((raw, index) => {
    const line = index + 1
    const stripped = raw.trim()
    if (stripped === '') return
    const match = BSD_LINE.exec(stripped) ?? OLD_LINE.exec(stripped)
    if (!match?.groups) {
      problems.push({ line, message: `line ${line}: not a sources entry: ${JSON.stringify(stripped)}` })
      return
    }
    const { filename, hash } = match.groups
    const hashType = (match.groups.hashType ?? 'md5').toLowerCase()
    const entry: LocatedEntry = { hashType, filename, hash, line }
    const earlier = entries.find((e) => e.filename === filename)
    if (earlier && sameEntry(earlier, entry)) return
    if (earlier) {
      problems.push({
        line,
        message: `line ${line}: "${filename}" is listed again with a different hash (first on line ${earlier.line})`,
      })
    }
    entries.push(entry)
  })
  return { entries, problems }
}

function withoutLine({ hashType, filename, hash }: LocatedEntry): SourcesEntry {
  return { hashType, filename, hash }
}

/** Parse a `sources` file. Malformed lines are reported, not thrown. */
export function parseSourcesFile(text: string): ParsedSourcesFile {
  const { entries, problems } = parseWithLines(text)
  return { entries: entries.map(withoutLine), problems }
}

function checkRenderable(entry: SourcesEntry): void {
  if (!/^[A-Za-z0-9_-]+$/.test(entry.hashType))
    throw new ContentError(`sources: invalid hash type ${JSON.stringify(entry.hashType)}`)
  if (!/^[^\s()/]+$/.test(entry.filename))
    throw new ContentError(
      `sources: the file name ${JSON.stringify(entry.filename)} cannot be written (no spaces, parentheses or "/")`,
    )
  if (!/^\S+$/.test(entry.hash))
    throw new ContentError(`sources: invalid hash ${JSON.stringify(entry.hash)} for ${entry.filename}`)
}

/** Render entries in fedpkg's BSD format, one per line with a trailing newline; no entries → ''. */
export function renderSourcesFile(entries: readonly SourcesEntry[]): string {
  return entries
    .map((entry) => {
      checkRenderable(entry)
      return `${entry.hashType.toUpperCase()} (${entry.filename}) = ${entry.hash}\n`
    })
    .join('')
}

function normalizeNewEntry(entry: NewSourcesEntry): SourcesEntry {
  const hashType = (entry.hashType ?? DEFAULT_HASH_TYPE).toLowerCase()
  const normalized: SourcesEntry = { hashType, filename: entry.filename, hash: entry.hash.toLowerCase() }
  checkRenderable(normalized)
  const length = DIGEST_LENGTHS[hashType]
  if (!/^[0-9a-f]+$/.test(normalized.hash) || (length !== undefined && normalized.hash.length !== length)) {
    throw new ContentError(
      `sources: ${JSON.stringify(entry.hash)} is not a ${hashType} digest (for ${entry.filename}: ` +
        `expected ${length ?? 'some'} hexadecimal digits)`,
    )
  }
  return normalized
}

/**
 * Put new lookaside entries into a `sources` file, like `fedpkg new-sources` but keeping entries
 * that are not ours. An old entry is dropped when its name is in `replaceNames` or equals the name
 * of a new entry. A new entry with the name of an old one takes its place; the other new entries
 * go where the first dropped entry was (so a version bump shows as a one-line change), or at the
 * end. Throws when the file has malformed lines, when the new entries contradict each other, or
 * when an md5 (non-sha512) entry would be added to a file that has sha512 lines.
 */
export function updateSourcesFile(
  text: string,
  newEntries: readonly NewSourcesEntry[],
  options: UpdateSourcesOptions = {},
): UpdatedSourcesFile {
  const parsed = parseWithLines(text)
  if (parsed.problems.length > 0) {
    throw new ContentError(
      `the sources file cannot be updated: ${parsed.problems.map((p) => p.message).join('; ')}`,
    )
  }
  const old = parsed.entries

  const fresh: SourcesEntry[] = []
  for (const entry of newEntries.map(normalizeNewEntry)) {
    const same = fresh.find((e) => e.filename === entry.filename)
    if (same && sameEntry(same, entry)) continue
    if (same) throw new ContentError(`sources: two different hashes given for ${entry.filename}`)
    fresh.push(entry)
  }

  const replace = new Set(options.replaceNames ?? [])
  const freshByName = new Map(fresh.map((e) => [e.filename, e]))
  const placed = new Set<string>()
  const result: (SourcesEntry | LocatedEntry)[] = []
  const kept: SourcesEntry[] = []
  const removed: SourcesEntry[] = []
  let insertAt: number | undefined
  for (const entry of old) {
    const replacement = freshByName.get(entry.filename)
    if (replacement) {
      if (sameEntry(replacement, entry)) kept.push(withoutLine(entry))
      else removed.push(withoutLine(entry))
      if (!placed.has(replacement.filename)) result.push(replacement)
      placed.add(replacement.filename)
    } else if (replace.has(entry.filename)) {
      removed.push(withoutLine(entry))
      insertAt ??= result.length
    } else {
      kept.push(withoutLine(entry))
      result.push(entry)
    }
  }
  const rest = fresh.filter((e) => !placed.has(e.filename))
  result.splice(insertAt ?? result.length, 0, ...rest)

  checkHashMixing(result, fresh)

  const added = fresh.filter((e) => !old.some((o) => sameEntry(o, e)))
  const unchanged =
    result.length === old.length && result.every((entry, i) => sameEntry(entry, old[i] as SourcesEntry))
  const finalEntries = result.map((e) => ('line' in e ? withoutLine(e) : e))
  return { text: unchanged ? text : renderSourcesFile(finalEntries), added, removed, kept }
}

/** Refuse adding a non-sha512 entry next to an entry of another hash type. */
function checkHashMixing(
  result: readonly (SourcesEntry | LocatedEntry)[],
  fresh: readonly SourcesEntry[],
): void {
  for (const entry of fresh) {
    if (entry.hashType === DEFAULT_HASH_TYPE) continue
    const other = result.find((e) => e.hashType !== entry.hashType)
    if (!other) continue
    const where =
      'line' in other
        ? `line ${other.line} of the sources file (${other.filename}) is ${other.hashType}`
        : `the new entry ${other.filename} is ${other.hashType}`
    throw new ContentError(
      `sources: refusing to add the ${entry.hashType} entry ${entry.filename}: ${where}; ` +
        `one file must not mix hash types (use sha512)`,
    )
  }
}
