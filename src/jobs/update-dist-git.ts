/**
 * `srcgit update-dist-git SOURCE_GIT DIST_GIT`: regenerate the patches from the downstream
 * commits and sync the spec and files_to_sync into a dist-git work tree, committing when a
 * message is given (Packit's `source-git update-dist-git`). Refuses to overwrite commits
 * a maintainer made in dist-git since the last sync, and does nothing when source-git has
 * nothing new.
 */
import { readTreeFile, writeTreeFile } from '../dist-git/tree-files.js'
import { branchMacros } from '../dist-git/branch-macros.js'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { loadConfig, type JobView, type PackageConfig, type ResolvedConfig } from '../config/index.js'
import {
  handChangesMissing,
  handCommitsTouching,
  lastSyncPoint,
  newestCarried,
  SOURCE_GIT_TRAILER,
  type HandCommit,
} from '../dist-git/checkout.js'
import { previousGeneratedPatches, writePatches } from './patches-step.js'
import { ciOnlyPatchWarnings } from '../source-git/ci-only.js'
import { applyFileSyncPlan } from '../dist-git/apply-file-sync.js'
import { planFileSync, syncItems } from '../dist-git/files-to-sync.js'
import { readRepoFile, symlinksAmong } from '../source-git/repo-files.js'
import { addTrailer } from '../dist-git/messages.js'
import { Git } from '../git/git.js'
import { broughtBackCommits } from '../source-git/brought-back.js'
import { downstreamRange, resolveUpstreamRef } from '../source-git/downstream.js'
import { generatePatches } from '../source-git/patches.js'
import { SpecFile, withChangelogOf } from '../spec/index.js'
import { actionRunner, syncActionEnv } from './actions.js'
import { JobError } from './errors.js'
import {
  missingArchiveWarning,
  requireNoUpstreamReleaseInRange,
  requireRootPackage,
  specVersionMismatch,
} from './release-checks.js'
import { commitIdentities } from './commit-identity.js'

export { JobError }

export interface UpdateDistGitOptions {
  sourceGit: string
  distGit: string
  upstreamRef?: string
  /** Commit with this message (title, blank line, body); without it the work tree is left changed. */
  message?: string
  force?: boolean
  configFile?: string
  packageName?: string
  /** The configuration to sync with, already chosen (a preview passes its propose_downstream job view). */
  view?: JobView
  /** Commit author `Name <email>` (default: git identity, else the CI actor, else srcgit). */
  author?: string
}

export interface UpdateDistGitResult {
  status: 'committed' | 'changed' | 'nothing-to-do'
  /** The new dist-git commit, when committed. */
  commit?: string
  sourceGitCommit: string
  patches: string[]
  notes: string[]
  /** What the user should act on: dist-git as synced would not build. */
  warnings: string[]
}

/** The one package a command works on (the only one, or the one named) and its key in `packages`. */
export function pickPackage(
  config: ResolvedConfig,
  name: string | undefined,
): { key: string; pkg: PackageConfig } {
  const names = Object.keys(config.packages)
  if (name) {
    const pkg = config.packages[name]
    if (!pkg) throw new JobError(`${config.file} has no package "${name}" (packages: ${names.join(', ')})`)
    return { key: name, pkg }
  }
  if (names.length !== 1)
    throw new JobError(
      `${config.file} defines ${names.length} packages (${names.join(', ')}); choose one with --package`,
    )
  return { key: names[0], pkg: config.packages[names[0]] }
}

/**
 * A clean checkout. Untracked files matter only where srcgit commits with `git add -A`
 * (dist-git); in source-git, patches come from commits and synced files from the index.
 */
export async function requireCleanRepo(git: Git, label: string, untracked: boolean): Promise<void> {
  if (!(await git.isRepository())) throw new JobError(`${label} ${git.dir} is not a git repository`)
  const dirty = await git.dirtyPaths({ untracked })
  if (dirty.length > 0)
    throw new JobError(
      `${label} ${git.dir} has uncommitted changes (${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', ...' : ''}); commit or stash them first`,
    )
}

/** Paths srcgit ignores when making patches: the configured ones and every files_to_sync source. */
export function patchIgnorePaths(pkg: PackageConfig): string[] {
  const fromSync = pkg.files_to_sync
    .flatMap((item) => item.src)
    .map((src) => src.replace(/\/+$/, '').replace(/^\.\//, ''))
  return [...new Set([...(pkg.patch_generation_ignore_paths ?? []), ...fromSync])].filter(
    (p) => p !== '' && p !== '.',
  )
}

/**
 * What both sync directions start from: the configuration (its warnings as notes), the one
 * package, the two checkouts (clean), the upstream commit the downstream commits sit on and
 * the spec's path in source-git.
 */
export async function openSyncPair(
  options: {
    sourceGit: string
    distGit: string
    configFile?: string
    packageName?: string
    view?: JobView
    upstreamRef?: string
  },
  dirtyDistGit: { untracked: boolean },
) {
  const config = await loadConfig(options.sourceGit, { configFile: options.configFile })
  const notes = config.warnings.map((w) => `${w.file}: ${w.message}`)
  const { key: packageKey, pkg } = options.view
    ? { key: options.view.packageKey, pkg: options.view.pkg }
    : pickPackage(config, options.packageName)
  requireRootPackage(pkg)
  const source = new Git(options.sourceGit)
  const dist = new Git(options.distGit)
  await requireCleanRepo(source, 'source-git', false)
  await requireCleanRepo(dist, 'dist-git', dirtyDistGit.untracked)

  const ref = options.upstreamRef ?? pkg.upstream_ref ?? undefined
  if (!ref)
    throw new JobError(
      `${config.file} has no upstream_ref: set it to the upstream tag the downstream commits sit on`,
    )
  const upstream = await resolveUpstreamRef(source, ref)
  const specfilePath = pkg.specfile_path
  if (!specfilePath)
    throw new JobError(
      `${config.file}: 'specfile_path' is not specified or no specfile was found in the repo; set specfile_path (e.g. .distro/${pkg.downstream_package_name}.spec)`,
    )
  if (!existsSync(path.join(options.sourceGit, specfilePath)))
    throw new JobError(
      `${config.file}: specfile_path ${specfilePath} is not in source-git ${options.sourceGit}; set specfile_path to the spec's path (e.g. .distro/${pkg.downstream_package_name}.spec)`,
    )
  return { config, notes, packageKey, pkg, source, dist, upstream, specfilePath }
}

export async function updateDistGit(options: UpdateDistGitOptions): Promise<UpdateDistGitResult> {
  const { config, notes, packageKey, pkg, source, dist, upstream, specfilePath } = await openSyncPair(
    options,
    { untracked: true },
  )
  const head = (await source.tryRevParse('HEAD'))!
  const syncPoint = await lastSyncPoint(dist)
  if (syncPoint?.sourceGitCommit === head && !options.force) {
    return {
      status: 'nothing-to-do',
      sourceGitCommit: head,
      patches: [],
      notes: [...notes, `dist-git is already in sync with ${head.slice(0, 12)}`],
      warnings: [],
    }
  }

  const specName = `${pkg.downstream_package_name}.spec`
  const items = syncItems(pkg, specfilePath)
  const [sourceFiles, destFiles] = await Promise.all([
    source.output(['ls-files', '-z']).then((o) => o.split('\0').filter(Boolean)),
    dist.output(['ls-files', '-z']).then((o) => o.split('\0').filter(Boolean)),
  ])
  // With sync_changelog off, dist-git keeps its own %changelog: the spec is merged below, not copied.
  const actions = actionRunner(pkg, options.sourceGit)
  const mergeSpec = !pkg.sync_changelog && !actions.has('prepare-files')
  const plan = planFileSync(items, sourceFiles, destFiles, {
    specPath: specfilePath,
    dropSpec: mergeSpec,
    sourceLinks: symlinksAmong(options.sourceGit, sourceFiles),
    destLinks: symlinksAmong(options.distGit, destFiles),
  })
  if (plan.problems.length > 0)
    throw new JobError(`files_to_sync in ${config.file}: ${plan.problems.join('; ')}`)

  await requireNoUpstreamReleaseInRange(source, pkg, upstream, head)
  const range = await downstreamRange(source, upstream)
  // A create-patches action replaces srcgit's patch generation.
  const generation = actions.has('create-patches')
    ? undefined
    : await generatePatches(source, range, patchIgnorePaths(pkg))
  notes.push(...(generation?.notes ?? []))
  if (range.linearized)
    notes.push('the downstream history has merges; patches were made from its first-parent line')

  const previous = await previousGeneratedPatches(dist, destFiles)
  const newNames = new Set(generation?.patches.map((p) => p.name) ?? [])
  const stale = generation ? previous.filter((name) => !newNames.has(name)) : []

  const touched = [
    ...new Set([...plan.copies.map((c) => c.to), ...plan.deletes, ...newNames, ...stale, specName]),
  ]
  // Commits made by hand since the last sync that change files srcgit writes. Those source-git
  // carries (update-source-git brought them back, or found nothing to bring back) are synced.
  let hand: HandCommit[] = []
  let handBase = ''
  if (syncPoint) {
    const broughtBack = await broughtBackCommits(source, upstream)
    handBase = (await newestCarried(dist, syncPoint.commit, broughtBack)) ?? syncPoint.commit
    hand = (await handCommitsTouching(dist, handBase, touched)).filter((c) => !broughtBack.has(c.sha))
  } else {
    notes.push('no earlier sync point in dist-git: this is the first sync')
  }

  const env = syncActionEnv({
    packageKey,
    pkg,
    specfilePath,
    upstreamRepo: options.sourceGit,
    downstreamRepo: options.distGit,
    version: '',
  })
  const identities = await commitIdentities(source, options.author)

  const warnings = generation ? ciOnlyPatchWarnings(generation.patches, pkg.config_file_path) : []
  // Specs are read as rpm reads them on the checked-out branch (%fedora/%rhel/%dist), then parse_time_macros.
  const checkedOut = await dist.run(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true })
  const predefined = branchMacros(checkedOut.stdout.trim(), { parseTimeMacros: pkg.parse_time_macros })
  // The work tree was clean when we started; on failure it goes back to that, not half-synced.
  let step: Awaited<ReturnType<typeof writePatches>> | undefined
  try {
    const specPath = path.join(options.distGit, specName)
    // Only a merge reads dist-git's spec (for its %changelog); a copy replaces it, a link too.
    const oldSpecText = mergeSpec ? readTreeFile(specPath) : undefined
    if (actions.has('prepare-files')) await actions.run('prepare-files', env)
    applyFileSyncPlan(plan, options.sourceGit, options.distGit)

    if (mergeSpec) {
      const sourceSpecText = await readRepoFile(source, specfilePath)
      writeTreeFile(
        specPath,
        oldSpecText === undefined ? sourceSpecText : withChangelogOf(sourceSpecText, oldSpecText),
      )
    }
    if (!existsSync(specPath))
      throw new JobError(
        `no spec in dist-git after syncing: ${specName} (check specfile_path and files_to_sync)`,
      )
    if (!generation) {
      await actions.run('create-patches', env)
    } else {
      const spec = SpecFile.parse(readTreeFile(specPath)!, { fileName: specName, predefined })
      step = await writePatches({
        source,
        dist,
        dir: options.distGit,
        spec,
        generation,
        previous,
        digits: pkg.patch_generation_patch_id_digits,
      })
      notes.push(...step.warnings)
      writeTreeFile(specPath, spec.toString())
    }
    await actions.run('post-modifications', env)
    const unbuildable = missingArchiveWarning(
      SpecFile.parse(readTreeFile(specPath)!, { fileName: specName, predefined }),
      options.distGit,
      pkg,
    )
    if (unbuildable) warnings.push(unbuildable)
    const mismatch = specVersionMismatch(
      SpecFile.parse(await readRepoFile(source, specfilePath), { fileName: specfilePath }),
      specfilePath,
      pkg,
    )
    if (mismatch) warnings.push(mismatch)
    if (hand.length > 0 && !options.force) {
      // Refused only when the new content loses a hand change; one source-git has too is kept.
      const missing = await handChangesMissing(dist, handBase, hand, touched)
      if (missing.length > 0)
        throw new JobError(
          `dist-git has ${missing.length} commit(s) made by hand since the last sync (${syncPoint!.commit.slice(0, 12)}) whose changes srcgit would overwrite:\n` +
            missing.map((c) => `  ${c.sha.slice(0, 12)} ${c.subject} (${c.author})`).join('\n') +
            '\nBring them into source-git first (srcgit update-source-git), or rerun with --force to overwrite them.',
        )
      notes.push(
        `${hand.length} dist-git commit(s) made by hand since the last sync change files srcgit writes; source-git has their changes too, so none is undone`,
      )
    }
  } catch (error) {
    await dist.run(['reset', '-q', '--hard', 'HEAD'], { allowFailure: true })
    await dist.run(['clean', '-q', '-fd'], { allowFailure: true })
    throw error
  }

  await dist.run(['add', '-A'])
  const staged = await dist.run(['diff', '--cached', '--quiet'], { allowFailure: true })
  if (staged.code === 0) {
    return {
      status: 'nothing-to-do',
      sourceGitCommit: head,
      patches: step?.names ?? [],
      notes: [...notes, 'dist-git already has this content'],
      warnings,
    }
  }
  if (!options.message) {
    return { status: 'changed', sourceGitCommit: head, patches: step?.names ?? [], notes, warnings }
  }
  const message = addTrailer(options.message, SOURCE_GIT_TRAILER, head)
  await dist.run(['commit', '-q', '-F', '-'], { input: message, env: identities.env })
  const commit = (await dist.tryRevParse('HEAD'))!
  return { status: 'committed', commit, sourceGitCommit: head, patches: step?.names ?? [], notes, warnings }
}
