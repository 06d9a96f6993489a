/**
 * The content of the bump commit (pure): `upstream_ref` moved in the config file, keeping its
 * comments and layout, and the spec's Version/Release/changelog updated as propose-downstream does.
 */
import { isMap, parseDocument } from 'yaml'
import { SpecFile, toRpmVersion } from '../spec/index.js'
import { changelogEntryText } from '../dist-git/changelog-entry.js'
import { SourceGitError } from './downstream.js'

/**
 * Sets `upstream_ref` where the file has it (top level, or in the one package of `packages:` that
 * has it); at the top level when the file has none.
 */
export function moveUpstreamRef(text: string, fileName: string, ref: string, packageKey?: string): string {
  const doc = parseDocument(text, { keepSourceTokens: true })
  if (doc.errors.length > 0)
    throw new SourceGitError(
      `${fileName}: not valid YAML (${doc.errors[0].message}); fix the file and run again`,
    )
  if (doc.contents !== null && !isMap(doc.contents))
    throw new SourceGitError(`${fileName}: the top level is not a mapping; it cannot hold upstream_ref`)
  const packages = doc.get('packages')
  if (!doc.has('upstream_ref') && isMap(packages)) {
    const keys = packageKey
      ? [packageKey]
      : packages.items.map((i) => String((i.key as { value?: unknown })?.value ?? i.key))
    for (const key of keys) {
      if (doc.hasIn(['packages', key, 'upstream_ref'])) {
        doc.setIn(['packages', key, 'upstream_ref'], ref)
        return doc.toString()
      }
    }
  }
  doc.set('upstream_ref', ref)
  return doc.toString()
}

export interface SpecBumpOptions {
  specText: string
  fileName: string
  /** The upstream version (tag → version). */
  version: string
  prereleaseSuffixPattern?: string | null
  prereleaseSuffixMacro?: string | null
  /** `Name <email>` of the changelog entry. */
  author: string
  date?: Date
}

/** The spec with Version → the release (pre-release delimiter as `~`), Release reset, a changelog entry. */
export function bumpSpec(options: SpecBumpOptions): { text: string; rpmVersion: string; notes: string[] } {
  const { version: rpmVersion, prerelease } = toRpmVersion(
    options.version,
    options.prereleaseSuffixPattern === undefined ? undefined : options.prereleaseSuffixPattern,
  )
  const spec = SpecFile.parse(options.specText, { fileName: options.fileName })
  const notes: string[] = []
  if (options.prereleaseSuffixMacro && !spec.setMacroCommentedOut(options.prereleaseSuffixMacro, !prerelease))
    notes.push(
      `prerelease_suffix_macro: ${options.fileName} defines no macro %${options.prereleaseSuffixMacro}`,
    )
  notes.push(...spec.setVersion(rpmVersion))
  notes.push(...spec.resetRelease())
  if (!spec.hasAutochangelog)
    spec.addChangelogEntry({
      text: changelogEntryText({ version: options.version, copyReleaseDescription: false }),
      author: options.author,
      date: options.date,
    })
  return { text: spec.toString(), rpmVersion, notes }
}
