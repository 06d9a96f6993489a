/**
 * Patch metadata a source-git commit carries: git trailers (Patch-name, Patch-id,
 * Patch-status, Patch-present-in-specfile, Ignore-patch, No-prefix), or the legacy YAML
 * mapping at the end of the message. Values are YAML scalars, as Packit reads them.
 */
import { parse } from 'yaml'

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

/** The message without its trailer block: subject, blank line, body (Packit's default description). */
export function messageWithoutTrailers(message: string, trailerBlock: string): string {
  let text = message.replace(/\s+$/, '')
  const block = trailerBlock.replace(/\s+$/, '')
  if (block && text.endsWith(block)) text = text.slice(0, text.length - block.length)
  return text.replace(/\s+$/, '')
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
