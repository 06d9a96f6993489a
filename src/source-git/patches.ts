/**
 * Patch files from downstream commits, as Packit makes them (§3): `git format-patch` of the
 * linear downstream range minus ignored paths, metadata from trailers (or legacy YAML),
 * Ignore-patch dropped, No-prefix applied, adjacent commits with the same Patch-name
 * squashed, files renamed to Patch-name, and an unchanged patch (same `git patch-id
 * --stable`) kept byte for byte as it already is in dist-git.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Git } from '../git/git.js'
import { makeTempDir, removeTempDir } from '../runtime/resources.js'
import { patchFiles } from './ci-only.js'
import type { DownstreamCommit, DownstreamRange } from './downstream.js'
import { SourceGitError } from './downstream.js'
import {
  emptyMetadata,
  firstLine,
  messageWithoutTrailers,
  readLegacyMetadata,
  readPatchTrailers,
  type PatchMetadata,
} from './trailers.js'

export interface GeneratedPatch {
  /** File name in dist-git. */
  name: string
  content: Buffer
  metadata: PatchMetadata
  /** The commits this patch holds (more than one when squashed by Patch-name). */
  commits: DownstreamCommit[]
  /** Comment lines for the spec, above the PatchN tag. */
  comment: string[]
  /** The files it changes (paths in the source-git tree). */
  files: string[]
}

export interface PatchGeneration {
  patches: GeneratedPatch[]
  mode: 'trailers' | 'legacy'
  notes: string[]
}

/** Pathspecs excluding `paths` from format-patch, as Packit passes them. */
export function excludePathspecs(paths: readonly string[]): string[] {
  return ['.', ...paths.map((p) => `:(exclude)${p.replace(/\/+$/, '')}`)]
}

export async function generatePatches(
  git: Git,
  range: DownstreamRange,
  ignorePaths: readonly string[],
): Promise<PatchGeneration> {
  const notes: string[] = []
  const bySha = new Map(range.commits.map((c) => [c.sha, c]))
  const out = makeTempDir('srcgit-patches-')
  try {
    const pathspecs = excludePathspecs(ignorePaths)
    const listing = await git.output([
      'format-patch',
      '--output-directory',
      out,
      `${range.upstream}..${range.tip}`,
      '--',
      ...pathspecs,
    ])
    const files = listing.split('\n').filter(Boolean)
    const raw = files.map((file) => {
      const content = readFileSync(path.isAbsolute(file) ? file : path.join(git.dir, file))
      const sha = /^From ([0-9a-f]{40}) /.exec(content.subarray(0, 100).toString('latin1'))?.[1]
      const commit = sha ? bySha.get(sha) : undefined
      if (!commit)
        throw new SourceGitError(
          `git format-patch wrote ${path.basename(file)} for a commit outside the downstream range`,
        )
      return { fileName: path.basename(file), content, commit }
    })

    const withTrailers = raw.map((r) =>
      readPatchTrailers(r.commit.trailers, `commit ${r.commit.sha.slice(0, 12)}`),
    )
    const mode = withTrailers.some((m) => m !== undefined) ? 'trailers' : 'legacy'
    const items: GeneratedPatch[] = []
    for (const [i, r] of raw.entries()) {
      const where = `commit ${r.commit.sha.slice(0, 12)} ("${r.commit.subject}")`
      const metadata =
        (mode === 'trailers' ? withTrailers[i] : readLegacyMetadata(r.commit.message, where)) ??
        emptyMetadata()
      if (metadata.squashCommits)
        notes.push(`${where}: legacy squash_commits is not supported; use Patch-name trailers to squash`)
      if (metadata.ignore) {
        notes.push(`${where}: Ignore-patch is set, no patch file is made`)
        continue
      }
      let content = r.content
      if (metadata.noPrefix) {
        content = Buffer.from(
          await git.output([
            'format-patch',
            '--no-prefix',
            '--stdout',
            '-1',
            r.commit.sha,
            '--',
            ...pathspecs,
          ]),
          'utf8',
        )
        if (!content.toString('utf8').endsWith('\n')) content = Buffer.concat([content, Buffer.from('\n')])
      }
      items.push({
        name: metadata.name ?? r.fileName,
        content,
        metadata,
        commits: [r.commit],
        comment: specComment(r.commit, metadata, mode),
        files: patchFiles(r.content.toString('utf8')),
      })
    }
    return { patches: squashByName(items), mode, notes }
  } finally {
    removeTempDir(out)
  }
}

/** The comment Packit writes above a new PatchN tag (§3.5). */
function specComment(
  commit: DownstreamCommit,
  metadata: PatchMetadata,
  mode: 'trailers' | 'legacy',
): string[] {
  if (metadata.description !== undefined) {
    // An empty Patch-status says: no comment (a patch brought back from a spec that had none).
    const text = metadata.description.replace(/\s+$/, '')
    return text ? text.split('\n') : []
  }
  // Packit: `commit.summary` (the message's first line) and the author; a wrapped subject is not joined.
  if (mode === 'legacy')
    return [firstLine(commit.message), `Author: ${commit.authorName} <${commit.authorEmail}>`]
  // Packit: the message without its trailers (Patch-status unset); the author's line breaks kept.
  return messageWithoutTrailers(commit.message).split('\n')
}

/** Adjacent patches with the same name become one file (oldest metadata wins); non-adjacent ones are an error. */
export function squashByName(patches: readonly GeneratedPatch[]): GeneratedPatch[] {
  const result: GeneratedPatch[] = []
  for (const patch of patches) {
    const last = result[result.length - 1]
    if (last && last.name === patch.name) {
      result[result.length - 1] = {
        ...last,
        content: Buffer.concat([last.content, patch.content]),
        commits: [...last.commits, ...patch.commits],
        files: [...new Set([...last.files, ...patch.files])],
      }
      continue
    }
    const earlier = result.find((p) => p.name === patch.name)
    if (earlier)
      throw new SourceGitError(
        `Patch-name "${patch.name}" is used by commits that are not adjacent (${earlier.commits[0].sha.slice(0, 12)} and ` +
          `${patch.commits[0].sha.slice(0, 12)}); non-adjacent patches cannot have the same name: reorder the commits or rename one`,
      )
    result.push(patch)
  }
  return result
}

/** `git patch-id --stable` of a patch file: one id per commit in it (a squashed file has several). */
export async function patchIds(git: Git, content: Buffer): Promise<string[]> {
  const out = await git.run(['patch-id', '--stable'], { input: content, allowFailure: true })
  if (out.code !== 0) return []
  return out.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ')[0])
}

/**
 * Replaces a generated patch by the existing dist-git file when both carry the same changes,
 * so a re-sync does not produce noise diffs (format-patch headers, index lines, git version).
 */
export async function keepUnchanged(
  git: Git,
  patches: readonly GeneratedPatch[],
  existing: (name: string) => Buffer | undefined,
): Promise<GeneratedPatch[]> {
  const result: GeneratedPatch[] = []
  for (const patch of patches) {
    const old = existing(patch.name)
    if (old && !old.equals(patch.content)) {
      const [a, b] = await Promise.all([patchIds(git, old), patchIds(git, patch.content)])
      if (a.length > 0 && a.join() === b.join()) {
        result.push({ ...patch, content: old })
        continue
      }
      // A plain `diff -u` patch (a maintainer's, brought back by update-source-git) has no
      // patch-id: compared hunk by hunk instead, it stays as written when the change is the same.
      if (a.length === 0) {
        const strip = patch.metadata.noPrefix ? 0 : 1
        const before = plainDiffChange(old, strip)
        if (before !== undefined && before === plainDiffChange(patch.content, strip)) {
          result.push({ ...patch, content: old })
          continue
        }
      }
    }
    result.push(patch)
  }
  return result
}

/**
 * The change a unified diff makes, comparable between a plain `diff -u` and git's output: per
 * file (path with `strip` leading components removed, as patch -pN does; sorted), its hunk
 * lines without positions. Undefined when it carries what a plain diff cannot (binary data,
 * modes other than 100644) or has no file at all.
 */
export function plainDiffChange(content: Buffer, strip: number): string | undefined {
  const text = content.toString('utf8')
  if (/^GIT binary patch$/m.test(text) || /^(new file|deleted file|old|new) mode (?!100644$)/m.test(text))
    return undefined
  const lines = text.split('\n')
  const files: string[][] = []
  const name = (header: string) => header.slice(4).split('\t')[0].trim()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
      const from = name(line)
      const to = name(lines[++i])
      files.push([(to === '/dev/null' ? from : to).split('/').slice(strip).join('/')])
      continue
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line)
    if (!hunk || files.length === 0) continue
    // Exactly the lines the header counts: a mail's "-- " signature after the last hunk is not one.
    let old = Number(hunk[1] ?? 1)
    let added = Number(hunk[2] ?? 1)
    const body = files[files.length - 1]
    while ((old > 0 || added > 0 || lines[i + 1]?.startsWith('\\')) && i + 1 < lines.length) {
      const next = lines[++i]
      if (next.startsWith('-')) old--
      else if (next.startsWith('+')) added--
      else if (next.startsWith(' ') || next === '') {
        old--
        added--
      } else if (!next.startsWith('\\')) return undefined
      body.push(next)
    }
  }
  return files.length > 0
    ? files
        .map((f) => f.join('\n'))
        .sort()
        .join('\n\0')
    : undefined
}
