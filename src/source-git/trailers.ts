/**
 * Patch metadata a source-git commit carries: git trailers (Patch-name, Patch-id,
 * Patch-status, Patch-present-in-specfile, Ignore-patch, No-prefix), or the legacy YAML
 * mapping at the end of the message. Values are YAML scalars, as Packit reads them.
 */
import { parse } from 'yaml'
import { registerUserError } from '../runtime/user-errors.js'

export const PATCH_TRAILER_TOKENS = [
  'Patch-name',
  'Patch-id',
  'Patch-status',
  'Patch-present-in-specfile',
  'Ignore-patch',
  'No-prefix',
] as const

export interface PatchMetadata {
  /** File name of the patch in dist-git (Patch-name / patch_name). */
  name?: string
  /** Requested PatchN number (Patch-id / patch_id). */
  patchId?: number
  /** Text for the spec comment above the PatchN tag (Patch-status / description). */
  description?: string
  presentInSpecfile: boolean
  ignore: boolean
  noPrefix: boolean
  /** Legacy only: squash commits without metadata into this one. */
  squashCommits?: boolean
}

export class MetadataError extends Error {}
registerUserError(MetadataError)

const EMPTY: PatchMetadata = { presentInSpecfile: false, ignore: false, noPrefix: false }

/**
 * Reads our six tokens out of a trailer block as printed by `%(trailers:only)`: each
 * `Token: value` line plus its indented continuation lines, parsed as YAML like Packit.
 * Returns undefined when none of the six is there.
 */
export function readPatchTrailers(trailerBlock: string, where: string): PatchMetadata | undefined {
  const kept: string[] = []
  let keeping = false
  for (const line of trailerBlock.split('\n')) {
    if (/^\s/.test(line) && line.trim() !== '') {
      if (keeping) kept.push(line)
      continue
    }
    const token = /^([A-Za-z0-9-]+)\s*:/.exec(line)?.[1]
    keeping = token !== undefined && PATCH_TRAILER_TOKENS.some((t) => t.toLowerCase() === token.toLowerCase())
    if (keeping) kept.push(line.replace(/^[A-Za-z0-9-]+/, (t) => canonicalToken(t)))
  }
  if (kept.length === 0) return undefined
  let data: unknown
  try {
    data = parse(kept.join('\n'))
  } catch (error) {
    throw new MetadataError(
      `${where}: the patch trailers are not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    )
  }
  const map = (data ?? {}) as Record<string, unknown>
  return {
    name: patchName(map['Patch-name'], 'Patch-name', where),
    patchId: optionalInt(map['Patch-id'], 'Patch-id', where),
    description: optionalString(map['Patch-status'], 'Patch-status', where)?.replace(/\n$/, ''),
    presentInSpecfile: bool(map['Patch-present-in-specfile'], 'Patch-present-in-specfile', where),
    ignore: bool(map['Ignore-patch'], 'Ignore-patch', where),
    noPrefix: bool(map['No-prefix'], 'No-prefix', where),
  }
}

function canonicalToken(token: string): string {
  return PATCH_TRAILER_TOKENS.find((t) => t.toLowerCase() === token.toLowerCase()) ?? token
}

const LEGACY_KEYS = [
  'patch_name',
  'description',
  'present_in_specfile',
  'ignore',
  'squash_commits',
  'patch_id',
  'no_prefix',
]

/**
 * Legacy metadata: the first tail of the commit message (dropping leading lines one by
 * one) that is a YAML mapping with at least one of Packit's legacy keys.
 */
export function readLegacyMetadata(message: string, where: string): PatchMetadata | undefined {
  const lines = message.replace(/\n+$/, '').split('\n')
  for (let i = 1; i < lines.length; i++) {
    const tail = lines.slice(i).join('\n')
    let data: unknown
    try {
      data = parse(tail)
    } catch {
      continue
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) continue
    const map = data as Record<string, unknown>
    if (!LEGACY_KEYS.some((k) => k in map)) continue
    return {
      name: patchName(map.patch_name, 'patch_name', where),
      patchId: optionalInt(map.patch_id, 'patch_id', where),
      description: optionalString(map.description, 'description', where),
      presentInSpecfile: bool(map.present_in_specfile, 'present_in_specfile', where),
      ignore: bool(map.ignore, 'ignore', where),
      noPrefix: bool(map.no_prefix, 'no_prefix', where),
      squashCommits: bool(map.squash_commits, 'squash_commits', where),
    }
  }
  return undefined
}

export function emptyMetadata(): PatchMetadata {
  return { ...EMPTY }
}

/** Lines git itself writes into trailer blocks (trailer.c `git_generated_prefixes`). */
const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit ']

/**
 * Where the trailer block of a commit message starts (`message.length` when it has none), found
 * as git finds it (trailer.c `find_trailer_block_start`): the last paragraph after the subject,
 * when all its lines are `Token: value` trailers (or their indented continuations), or when it
 * has a line git writes itself and at least a quarter of its lines are trailers. A
 * `(cherry picked from commit ...)` line counts as a trailer line there, not as a trailer.
 */
export function trailerBlockStart(message: string): number {
  const lines = message.split('\n')
  let offset = 0
  const starts = lines.map((line) => {
    const start = offset
    offset += line.length + 1
    return start
  })
  // The first paragraph is the subject and never a trailer block.
  let title = 0
  while (title < lines.length && lines[title].trim() !== '') title++
  let trailers = 0
  let others = 0
  let continuations = 0
  let recognized = false
  let onlySpaces = true
  for (let i = lines.length - 1; i >= title; i--) {
    const line = lines[i]
    if (line.trim() === '') {
      if (onlySpaces) continue
      others += continuations
      const block = (recognized && trailers * 3 >= others) || (trailers > 0 && others === 0)
      return block ? starts[i + 1] : message.length
    }
    onlySpaces = false
    if (GIT_GENERATED_PREFIXES.some((prefix) => line.startsWith(prefix))) {
      trailers++
      continuations = 0
      recognized = true
    } else if (/^[A-Za-z0-9-]+[ \t]*:/.test(line)) {
      trailers++
      continuations = 0
    } else if (/^\s/.test(line)) {
      continuations++
    } else {
      others += 1 + continuations
      continuations = 0
    }
  }
  return message.length
}

/**
 * The message without trailers: subject, blank line, body (Packit's default description).
 * After the trailer block git sees, a block before it goes too when it was a
 * `(cherry picked from commit ...)` paragraph: `cherry-pick -x` after a blank line leaves the
 * real trailers (Co-authored-by, ...) one paragraph up, and trailers never belong in a spec
 * comment.
 */
export function messageWithoutTrailers(message: string): string {
  let text = message.replace(/\s+$/, '')
  for (;;) {
    const start = trailerBlockStart(text)
    if (start >= text.length) return text
    const block = text.slice(start)
    text = text.slice(0, start).replace(/\s+$/, '')
    if (!block.split('\n').some((line) => line.startsWith('(cherry picked from commit '))) return text
  }
}

/** A commit message's first line: Packit's `commit.summary` (GitPython), not git's `%s`, which joins a wrapped subject. */
export function firstLine(message: string): string {
  return message.split('\n', 1)[0]
}

/** A patch's file name: written to dist-git's top directory, so never a path (`/`, `.`, `..`, `.git`). */
function patchName(value: unknown, key: string, where: string): string | undefined {
  const name = optionalString(value, key, where)
  // Empty is no name at all, as Packit's `metadata.get("Patch-name") or patch_path.name` reads it.
  if (name === undefined || name === '') return undefined
  if (name === '.' || name === '..' || name.toLowerCase() === '.git' || /[/\0\n\r]/.test(name))
    throw new MetadataError(
      `${where}: ${key} ${JSON.stringify(name)} is not a file name; the patch is written to dist-git's top directory, so give a name without "/" (e.g. fix-build.patch)`,
    )
  return name
}

function optionalString(value: unknown, key: string, where: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw new MetadataError(`${where}: ${key} must be a string`)
}

function optionalInt(value: unknown, key: string, where: string): number | undefined {
  if (value === undefined || value === null) return undefined
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
  if (typeof n === 'number' && Number.isInteger(n) && n >= 0) return n
  throw new MetadataError(`${where}: ${key} must be a whole number >= 0, got ${JSON.stringify(value)}`)
}

function bool(value: unknown, key: string, where: string): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'boolean') return value
  if (typeof value === 'string' && /^(true|yes|on)$/i.test(value)) return true
  if (typeof value === 'string' && /^(false|no|off)$/i.test(value)) return false
  throw new MetadataError(`${where}: ${key} must be true or false, got ${JSON.stringify(value)}`)
}
