/**
 * Pure helpers for bringing dist-git commits back into source-git (Packit's
 * `source-git update-source-git`, §5.3): the trailers that mark a source-git commit as coming
 * from dist-git, what the dist-git spec says about a patch (number, comment, -p level), and
 * the spec with srcgit's own PatchN lines left out, so that only a maintainer's real change
 * is replayed onto `.distro/`.
 */
import { analyzePrep, isPatchApplied, isPatchComment, SpecFile } from '../spec/index.js'
import { parseTrailers } from '../dist-git/messages.js'
import { PATCH_TRAILER_TOKENS } from './trailers.js'

/** On source-git commits made from a dist-git commit (and on the source-git init commit). */
export const FROM_DIST_GIT_TRAILER = 'From-dist-git-commit'

/** Lines with their line endings, so joining them gives the text back. */
function physicalLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/**
 * The spec without the declarations (PatchN tag or %patchlist entry, and the comment block right
 * above it) of the patches named in `names`: the ones srcgit writes itself from source-git
 * commits. Everything else stays byte for byte.
 */
export function stripPatchDeclarations(specText: string, names: ReadonlySet<string>): string {
  if (names.size === 0) return specText
  const spec = SpecFile.parse(specText)
  const lines = physicalLines(specText)
  const drop = new Set<number>()
  for (const patch of spec.patches) {
    if (patch.origin === 'include' || !names.has(SpecFile.fileName(patch.expanded.value))) continue
    const first = patch.line - 1
    const tag = spec.model.tags.find((t) => t.line === first && t.base === 'patch')
    const end = tag ? tag.endLine : first + 1
    for (let i = first; i < end; i++) drop.add(i)
    for (let i = first - 1; i >= 0 && !drop.has(i) && isPatchComment(lines[i]); i--) drop.add(i)
  }
  if (drop.size === 0) return specText
  return lines.filter((_, i) => !drop.has(i)).join('')
}

export interface PatchDeclaration {
  /** The N of PatchN. */
  number: number
  /** The comment lines right above the tag, as written (each starting with `#`). */
  comment: string[]
  /** The -p level %prep applies it with (default 1). */
  strip: number
  /** False when no %autosetup/%autopatch/%patch line applies it. */
  applied: boolean
}

/** How the spec declares and applies the patch file `fileName`; undefined when it does not. */
export function patchDeclaration(specText: string, fileName: string): PatchDeclaration | undefined {
  const spec = SpecFile.parse(specText)
  const entry = spec.patches.find((p) => SpecFile.fileName(p.expanded.value) === fileName)
  if (!entry) return undefined
  const lines = specText.split('\n')
  const comment: string[] = []
  for (let i = entry.line - 2; i >= 0 && isPatchComment(lines[i]); i--) comment.unshift(lines[i].trim())
  const prep = analyzePrep(spec.model)
  const application = prep.applications.find((a) =>
    isPatchApplied({ ...prep, applications: [a] }, entry.number),
  )
  const level = application ? /(?:^|\s)-p\s*(\d+)/.exec(application.text)?.[1] : undefined
  return {
    number: entry.number,
    comment,
    strip: level === undefined ? 1 : Number(level),
    applied: application !== undefined,
  }
}

/** A `git format-patch` mail (or any mail with a patch) rather than a bare diff: `git am` material. */
export function isMailPatch(content: Buffer): boolean {
  const head = content.subarray(0, 8192).toString('latin1')
  if (/^From [0-9a-f]{40} /.test(head)) return true
  const end = head.search(/\r?\n\r?\n/)
  const headers = end < 0 ? head : head.slice(0, end)
  return /^From: /m.test(headers) && /^Subject: /m.test(headers)
}

/**
 * The trailers of a source-git commit made from a patch file: Patch-name, Patch-id, the spec
 * comment as Patch-status (a YAML literal block, so update-dist-git writes the same comment
 * back; `""` when there is none) and No-prefix for patches applied with -p0.
 */
export function patchTrailerLines(options: {
  name: string
  number?: number
  comment?: readonly string[]
  noPrefix?: boolean
}): string[] {
  const lines = [`Patch-name: ${yamlScalar(options.name)}`]
  if (options.number !== undefined) lines.push(`Patch-id: ${options.number}`)
  if (options.comment && options.comment.length > 0)
    lines.push('Patch-status: |', ...options.comment.map((line) => `    ${line}`))
  // No comment in the spec stays none: without the trailer update-dist-git would write the subject.
  else if (options.comment) lines.push('Patch-status: ""')
  if (options.noPrefix) lines.push('No-prefix: true')
  return lines
}

/** A file name as a YAML plain scalar when it reads back unchanged, else double-quoted. */
function yamlScalar(text: string): string {
  const plain = /^[A-Za-z0-9_.+~@=-][A-Za-z0-9_.+~@=/, -]*$/.test(text) && !/[ ,]$/.test(text)
  const special = /^(true|false|yes|no|on|off|null|~|[-+]?\d[\d_.eE+-]*)$/i.test(text)
  return plain && !special ? text : JSON.stringify(text)
}

const PATCH_TOKEN = new RegExp(`^(${PATCH_TRAILER_TOKENS.join('|')})\\s*:`, 'i')

/**
 * The message without Packit's patch trailers (and their continuation lines) in its trailer
 * block: a patch mail made by another source-git carries them, and they must not decide the
 * name or numbering of ours.
 */
export function withoutPatchTrailers(message: string): string {
  const text = message.replace(/\s+$/, '')
  if (Object.keys(parseTrailers(text)).length === 0) return text
  const lines = text.split('\n')
  const start = lines.map((l) => l.trim()).lastIndexOf('') + 1
  const kept: string[] = []
  let dropping = false
  for (const line of lines.slice(start)) {
    if (/^\s/.test(line) && line.trim() !== '') {
      if (!dropping) kept.push(line)
      continue
    }
    dropping = PATCH_TOKEN.test(line)
    if (!dropping) kept.push(line)
  }
  return [...lines.slice(0, start), ...kept].join('\n').replace(/\s+$/, '')
}

/**
 * `lines` added to the message's trailer block (a new last paragraph when it has none), as
 * `git interpret-trailers` places them. Returns the message with one trailing newline.
 */
export function appendTrailerLines(message: string, lines: readonly string[]): string {
  const text = message.replace(/\s+$/, '')
  if (text === '') return lines.join('\n') + '\n'
  const hasBlock = text.includes('\n') && Object.keys(parseTrailers(text)).length > 0
  return `${text}${hasBlock ? '\n' : '\n\n'}${lines.join('\n')}\n`
}
