/**
 * Checks that stop a proposal before anything is made when its content would be wrong: no spec
 * to propose, a spec copied as it is whose Version is not the release, upstream history that
 * would become Fedora patches, and (as a warning) a spec whose archive dist-git does not have.
 */
import { readTreeFile } from '../dist-git/tree-files.js'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { chooseConfigFile, type PackageConfig } from '../config/index.js'
import { parseSourcesFile } from '../dist-git/sources-file.js'
import { tagToVersion, matchesTagFilters } from '../dist-git/tag-template.js'
import { Git } from '../git/git.js'
import { commitHasPath, nearestTag, tagsInRange } from '../source-git/downstream.js'
import { rpmvercmp, SpecFile, toRpmVersion } from '../spec/index.js'
import type { ActionRunner } from './actions.js'
import { JobError } from './errors.js'
import { archiveFileName } from './archive-plan.js'
import { archiveCompression } from '../source-git/archive.js'

/** Actions that may write or change the spec before srcgit reads it. */
const SPEC_CHANGING_ACTIONS = ['post-upstream-clone', 'pre-sync', 'prepare-files'] as const

/**
 * The spec's path in source-git. Without specfile_path and with no spec found, Packit refuses
 * every job with the same reason; a spec that is not there yet is fine only when an action
 * runs before it is read (and then it is looked for again after them).
 */
export function requireSpecfilePath(pkg: PackageConfig, repo: string, actions: ActionRunner): string {
  requireRootPackage(pkg)
  const specfilePath = pkg.specfile_path
  if (!specfilePath)
    throw new JobError(
      `${pkg.config_file_path}: 'specfile_path' is not specified or no specfile was found in the repo ` +
        `(package ${pkg.downstream_package_name}); set specfile_path (e.g. .distro/${pkg.downstream_package_name}.spec) ` +
        'or downstream_package_name',
    )
  if (!existsSync(path.join(repo, specfilePath)) && !SPEC_CHANGING_ACTIONS.some((a) => actions.has(a)))
    throw new JobError(
      `${pkg.config_file_path}: specfile_path ${specfilePath} is not in ${repo}; set specfile_path to the spec's path ` +
        `(e.g. .distro/${pkg.downstream_package_name}.spec), or generate it in a post-upstream-clone action`,
    )
  return specfilePath
}

/**
 * Packit runs a monorepo package in its paths[0] (specfile_path, files_to_sync and actions
 * relative to it); srcgit's jobs work from the repository root, so such a package is refused
 * rather than synced from the wrong place.
 */
export function requireRootPackage(pkg: PackageConfig): void {
  const dir = (pkg.paths[0] ?? './').replace(/^\.\/?/, '').replace(/\/+$/, '')
  if (dir === '') return
  throw new JobError(
    `${pkg.config_file_path}: package ${pkg.downstream_package_name} has paths: [${pkg.paths[0]}]; srcgit runs its jobs ` +
      'from the repository root and does not support a package in a sub-directory yet: write specfile_path and ' +
      'files_to_sync relative to the root and remove paths, or run Packit for this package',
  )
}

/** Whether the release flow copies the spec as it is (sync_changelog, or a prepare-files override). */
export function copiesSpecAsIs(pkg: PackageConfig, actions: ActionRunner): boolean {
  return pkg.sync_changelog || actions.has('prepare-files')
}

/** Whether the spec may change between reading it and copying it (then it is checked per branch). */
export function specMayChangeBeforeCopy(actions: ActionRunner): boolean {
  return [...SPEC_CHANGING_ACTIONS, 'post-modifications' as const].some((a) => actions.has(a))
}

/**
 * A spec copied as it is must already carry the release's Version: otherwise the archive is
 * named for one version and holds another, or the "update" changes only `sources` (Packit only
 * warns "Version in spec file is outdated" and proposes that).
 */
export function requireReleaseVersion(
  spec: SpecFile,
  specPath: string,
  release: { version: string; rpmVersion: string; tag: string },
  why: string,
): void {
  const version = spec.version
  if (!version) throw new JobError(`${specPath} has no Version tag; add one`)
  const where = `${specPath}:${version.line}`
  if (version.unresolved.length > 0)
    throw new JobError(
      `${where}: Version ${version.raw} cannot be expanded (${version.unresolved.map((u) => u.construct).join(', ')}), ` +
        `so srcgit cannot check that it is the release ${release.rpmVersion}; ${why} needs a Version it can read`,
    )
  if (version.value === release.rpmVersion || version.value === release.version) return
  throw new JobError(
    `${where}: Version is ${version.value}, but the release is ${release.rpmVersion} (tag ${release.tag}); ` +
      `${why}, so the proposal would carry the old Version with the new archive. ` +
      `Bump the spec in source-git first (srcgit spec bump ${specPath} --version ${release.version} --write, then commit), ` +
      'or set sync_changelog: false to let srcgit set Version and Release',
  )
}

/**
 * Stops when an upstream release lies between upstream_ref and HEAD: the branch was rebased on
 * it (or merged it) while upstream_ref still names the old one, so upstream's own commits would
 * become Fedora patches. A tag counts when it is the release being proposed, or a newer version
 * than upstream_ref's (by upstream_tag_template and the tag filters) on a commit without the
 * package's spec (an upstream commit, not a downstream one).
 */
export async function requireNoUpstreamReleaseInRange(
  source: Git,
  pkg: PackageConfig,
  upstream: string,
  head: string,
  releaseTag?: string,
): Promise<void> {
  const tags = await tagsInRange(source, upstream, head)
  if (tags.length === 0) return
  const versionOf = (tag: string) =>
    matchesTagFilters(tag, pkg.upstream_tag_include, pkg.upstream_tag_exclude)
      ? tagToVersion(pkg.upstream_tag_template, tag, pkg.upstream_package_name)
      : undefined
  const baseTag = await nearestTag(source, upstream)
  const baseVersion = baseTag === undefined ? undefined : versionOf(baseTag)
  const found: Array<{ tag: string; version: string }> = []
  for (const { tag, commit } of tags) {
    const version = versionOf(tag)
    if (tag === releaseTag) {
      found.push({ tag, version: version ?? tag })
      continue
    }
    if (version === undefined || (baseVersion !== undefined && rpmvercmp(version, baseVersion) <= 0)) continue
    if (pkg.specfile_path && (await commitHasPath(source, commit, pkg.specfile_path))) continue
    found.push({ tag, version })
  }
  if (found.length === 0) return
  const newest = found.reduce((a, b) => (rpmvercmp(b.version, a.version) > 0 ? b : a))
  throw new JobError(
    `${pkg.config_file_path}: upstream_ref ${pkg.upstream_ref} is older than the upstream release ` +
      `${found.map((f) => f.tag).join(', ')} between it and HEAD, so upstream's own commits would become Fedora patches. ` +
      `Set upstream_ref: ${newest.tag} (the upstream release the downstream commits sit on) and commit it`,
  )
}

/**
 * Source-git's spec against upstream_ref: the patches are made against upstream_ref, so the
 * spec's Version must be that release's, or the archive the spec names holds other sources.
 * A message saying so, or undefined (also when either version cannot be told).
 */
export function specVersionMismatch(
  spec: SpecFile,
  specPath: string,
  pkg: PackageConfig,
): string | undefined {
  const ref = pkg.upstream_ref
  const version = spec.version
  if (!ref || !version || version.unresolved.length > 0) return undefined
  const upstream = tagToVersion(pkg.upstream_tag_template, ref, pkg.upstream_package_name)
  if (upstream === undefined) return undefined
  let expected: string
  try {
    expected = toRpmVersion(upstream, pkg.prerelease_suffix_pattern).version
  } catch {
    return undefined
  }
  if (version.value === expected || version.value === upstream) return undefined
  return (
    `${specPath}:${version.line}: Version is ${version.value}, but upstream_ref ${ref} is version ${expected}: ` +
    `the patches are made against ${ref} and the archive would hold other sources than its name says. ` +
    `Bump the spec (srcgit spec bump ${specPath} --version ${upstream} --write, then commit), or set upstream_ref to the release the spec is for`
  )
}

/**
 * After update-dist-git: the spec's archive (spec_source_id) should be in `sources` or in the
 * tree, else dist-git cannot build. A warning naming the archive and what makes it, or undefined.
 */
export function missingArchiveWarning(
  spec: SpecFile,
  distGitDir: string,
  pkg: PackageConfig,
): string | undefined {
  const name = archiveFileName(spec, pkg)?.name
  if (name === undefined) return undefined
  // A local file committed to dist-git (not an URL) needs no lookaside entry.
  if (existsSync(path.join(distGitDir, name))) return undefined
  const sourcesPath = path.join(distGitDir, 'sources')
  const sources = readTreeFile(sourcesPath)
  const listed = sources !== undefined && parseSourcesFile(sources).entries.some((e) => e.filename === name)
  if (listed) return undefined
  const version = spec.version?.value ?? '?'
  // propose-downstream makes only archives git archive can: a .gem or a single file is the packager's to upload.
  if (!archiveCompression(name))
    return (
      `dist-git cannot build this: the spec's Version ${version} needs ${name}, which is not in sources; ` +
      `srcgit does not make it (not an archive of the upstream tag): fedpkg new-sources ${name}`
    )
  return (
    `dist-git cannot build this: the spec's Version ${version} needs ${name}, which is not in sources; ` +
    `srcgit propose-downstream --version ${version} makes it and uploads it to the lookaside cache ` +
    `(by hand: make the archive, then fedpkg new-sources ${name})`
  )
}

/**
 * A release event or tag pipeline checks out the tag; in a source-git repository that is an
 * upstream commit, without `.distro/`. Why nothing can run there and where to run instead, or
 * undefined when the checkout is not such a tag (or has a configuration).
 */
export async function upstreamTagCheckout(
  sourceGit: string,
  tag: string | undefined,
  configFile?: string,
): Promise<string | undefined> {
  if (!tag || chooseConfigFile(sourceGit, configFile).path) return undefined
  const git = new Git(sourceGit)
  const head = await git.tryRevParse('HEAD')
  if (!head || head !== (await git.tryRevParse(`refs/tags/${tag}`))) return undefined
  return (
    `the checkout is the release tag ${tag}, an upstream commit without the source-git configuration ` +
    '(.distro/source-git.yaml); srcgit proposes from the source-git branch, where upstream_ref names the release. ' +
    `Run it on that branch with the tag as input: on GitHub a workflow_dispatch run with tag: ${tag} ` +
    `(actions/checkout of the branch), on GitLab a pipeline on the branch with SRCGIT_TAG=${tag}`
  )
}
