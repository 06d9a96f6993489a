/**
 * What the release flow uploads for a spec: the archive its Source (spec_source_id) names,
 * made from the tag with git archive, or nothing, and why. The name comes from srcgit's own
 * expansion, or, for what that cannot expand, from rpmspec where rpm is installed.
 */
import type { PackageConfig } from '../config/index.js'
import type { Git } from '../git/git.js'
import { ARCHIVE_ENDINGS, archiveCompression } from '../source-git/archive.js'
import { SpecFile, type SourceEntry } from '../spec/index.js'
import { clip } from '../spec/errors.js'
import { rpmspecSourceName } from '../spec/rpmspec.js'
import { JobError } from './errors.js'

export type ArchivePlan =
  | { kind: 'make'; name: string; namedBy: 'srcgit' | 'rpmspec' }
  /** Nothing is made or uploaded; `note` says why, in one line. */
  | { kind: 'none'; note: string }

/** The spec's archive entry (spec_source_id, Source0 by default), when it is active. */
export function archiveSource(spec: SpecFile, pkg: PackageConfig): SourceEntry | undefined {
  return spec.sources.find((s) => s.number === sourceNumber(pkg) && s.active)
}

/**
 * The archive entry's file name as srcgit reads it (computing the `%(...)` one-liners of
 * src/spec/shell-subset.ts, e.g. `%(c=%{commit0}; echo ${c:0:7})`), or undefined when it
 * cannot be expanded.
 */
export function archiveFileName(spec: SpecFile, pkg: PackageConfig): { name: string } | undefined {
  const source = archiveSource(spec, pkg)
  return source && source.expanded.unresolved.length === 0
    ? { name: SpecFile.fileName(source.expanded.value) }
    : undefined
}

function sourceNumber(pkg: PackageConfig): number {
  return Number(/\d+$/.exec(pkg.spec_source_id)?.[0] ?? 0)
}

export interface PlanInput {
  spec: SpecFile
  /** The spec as written in the dist-git work tree, for rpmspec. */
  specPath: string
  specName: string
  pkg: PackageConfig
  /** The dist-git work tree, where a source may be a committed file. */
  tree: string
  treeGit: Git
  tag: string
}

/**
 * What to upload for the spec's archive entry. Throws a one-line JobError when the name
 * cannot be told (neither srcgit nor rpmspec expands it).
 */
export async function planArchive(input: PlanInput): Promise<ArchivePlan> {
  const { spec, specName, pkg } = input
  const source = archiveSource(spec, pkg)
  if (!source)
    return {
      kind: 'none',
      note: `${specName} has no ${pkg.spec_source_id}: srcgit makes and uploads no archive for this release`,
    }
  let name: string
  let namedBy: 'srcgit' | 'rpmspec' = 'srcgit'
  const read = archiveFileName(spec, pkg)
  if (read) name = read.name
  else {
    const oracle = await rpmspecSourceName(input.specPath, source.number, { _sourcedir: input.tree })
    // One line: a %{lua:...} block may span many.
    const why = source.expanded.unresolved
      .map((u) => `${clip(u.construct.replace(/\s+/g, ' '), 60)}: ${u.reason}`)
      .join('; ')
    if ('error' in oracle)
      throw new JobError(
        `${specName}:${source.line}: ${pkg.spec_source_id} cannot be expanded (${why}), so the archive cannot be named; ` +
          'write it with macros the spec defines' +
          (oracle.notInstalled
            ? ', or install rpm (rpmspec) where srcgit runs so that rpm can name it'
            : ` (rpm could not name it either: ${oracle.error})`),
      )
    name = oracle.name
    namedBy = 'rpmspec'
  }
  if (archiveCompression(name)) return { kind: 'make', name, namedBy }
  if ((await input.treeGit.run(['ls-files', '--', name], { allowFailure: true })).stdout.trim() !== '')
    return {
      kind: 'none',
      note: `${pkg.spec_source_id} ${name} is a file committed to dist-git, not an archive of the release: srcgit uploads nothing for it`,
    }
  return {
    kind: 'none',
    note:
      `srcgit uploads nothing: ${pkg.spec_source_id} ${name} (${specName}:${source.line}) is not an archive git archive ` +
      `makes from ${input.tag} (${ARCHIVE_ENDINGS}), and srcgit does not upload it under that name; ` +
      `add it to the lookaside cache on the proposed branch (fedpkg new-sources ${name}) or the build lacks it`,
  }
}
