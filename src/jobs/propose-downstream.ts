/**
 * The release flow, locally (`srcgit propose-downstream --dry-run`): for a tag, per
 * dist-git branch, make exactly the commit a pull request would carry — archive, spec
 * update, patches, `sources`, `.gitignore` — on the branch `<branch>-update-propose_downstream`
 * of a dist-git clone, without touching the branch the user has checked out and without
 * anything leaving the machine.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig, type PackageConfig } from '../config/index.js'
import { changelogAuthor, changelogEntryText } from '../dist-git/changelog-entry.js'
import { planFileSync } from '../dist-git/files-to-sync.js'
import { addGitignoreEntries } from '../dist-git/gitignore.js'
import {
  COMMIT_ACTION_DIVIDER,
  commitMessage,
  commitMessageFromAction,
  prBranchName,
  prDescription,
  prTitle,
} from '../dist-git/messages.js'
import { updateSourcesFile } from '../dist-git/sources-file.js'
import { matchesTagFilters, tagToVersion, versionToTag } from '../dist-git/tag-template.js'
import { Git, isRemoteUrl } from '../git/git.js'
import { compressionFor, createArchive } from '../source-git/archive.js'
import { downstreamRange, resolveUpstreamRef } from '../source-git/downstream.js'
import { generatePatches } from '../source-git/patches.js'
import { SpecFile, toRpmVersion, withChangelogOf } from '../spec/index.js'
import { JobError, patchIgnorePaths, pickPackage } from './update-dist-git.js'
import { previousGeneratedPatches, writePatches } from './patches-step.js'
import { actionRunner, baseActionEnv, type ActionRunner } from './actions.js'
import { commitIdentities, type CommitIdentities } from './commit-identity.js'

export interface ProposeOptions {
  sourceGit: string
  /** A local dist-git work tree (branches are made in it) or a URL to clone. */
  distGit?: string
  tag?: string
  version?: string
  branches?: string[]
  configFile?: string
  packageName?: string
  /** Release notes of the tag, for copy_upstream_release_description. */
  releaseNotes?: string
  /** Fixed date for changelog entries (tests, reproducible runs). */
  date?: Date
  /** Commit author `Name <email>` (default: git identity, else the CI actor, else srcgit). */
  author?: string
}

export interface BranchProposal {
  branch: string
  prBranch: string
  commit: string
  diffstat: string
  title: string
  description: string
  archive: string
  notes: string[]
}

export interface ProposeResult {
  version: string
  tag: string
  proposals: BranchProposal[]
}

const ALIAS =
  /^(fedora|epel)-(all|stable|branched|latest|latest-stable|rawhide|development|\d+(-branched|-all)?)$/

async function git(dir: string): Promise<Git> {
  const g = new Git(dir)
  if (!(await g.isRepository())) throw new JobError(`${dir} is not a git repository`)
  return g
}

/** Version and tag from whichever was given, checked against upstream_tag_template and the tag filters. */
export function versionAndTag(
  pkg: PackageConfig,
  tag?: string,
  version?: string,
): { version: string; tag: string } {
  if (tag && version) throw new JobError('give --tag or --version, not both')
  const template = pkg.upstream_tag_template
  if (tag) {
    const v = tagToVersion(template, tag, pkg.upstream_package_name)
    if (v === undefined)
      throw new JobError(
        `tag "${tag}" does not match upstream_tag_template "${template}"; set upstream_tag_template to match your tags`,
      )
    if (!matchesTagFilters(tag, pkg.upstream_tag_include, pkg.upstream_tag_exclude))
      throw new JobError(`tag "${tag}" is filtered out by upstream_tag_include/upstream_tag_exclude`)
    return { version: v, tag }
  }
  if (version) return { version, tag: versionToTag(template, version, pkg.upstream_package_name) }
  throw new JobError('which release? give --tag TAG or --version VERSION')
}

function branchesFor(pkg: PackageConfig, requested: string[] | undefined): string[] {
  const branches =
    requested && requested.length > 0
      ? requested
      : pkg.dist_git_branches.length > 0
        ? pkg.dist_git_branches
        : ['rawhide']
  const aliases = branches.filter((b) => ALIAS.test(b))
  if (aliases.length > 0)
    throw new JobError(
      `${aliases.join(', ')} ${aliases.length > 1 ? 'are aliases' : 'is an alias'} resolved through Bodhi, which a dry run does not ask; name the branches with --branch (e.g. --branch rawhide --branch f43)`,
    )
  return branches
}

export async function proposeDownstream(options: ProposeOptions): Promise<ProposeResult> {
  const config = await loadConfig(options.sourceGit, { configFile: options.configFile })
  const pkg = pickPackage(config, options.packageName)
  const source = await git(options.sourceGit)
  const dirty = await source.dirtyPaths()
  if (dirty.length > 0)
    throw new JobError(
      `source-git ${options.sourceGit} has uncommitted changes (${dirty.slice(0, 5).join(', ')}); commit or stash them first`,
    )
  const { version, tag } = versionAndTag(pkg, options.tag, options.version)
  const tagCommit = await source.tryRevParse(`refs/tags/${tag}`)
  if (!tagCommit)
    throw new JobError(
      `tag "${tag}" is not in ${options.sourceGit}; fetch tags (actions/checkout needs fetch-depth: 0) or check the tag name`,
    )
  const { version: rpmVersion, prerelease } = toRpmVersion(version, pkg.prerelease_suffix_pattern)
  const specfilePath = pkg.specfile_path
  if (!specfilePath || !existsSync(path.join(options.sourceGit, specfilePath)))
    throw new JobError(
      `no spec at ${specfilePath ?? '(specfile_path is not set)'} in ${options.sourceGit}; set specfile_path`,
    )
  const head = (await source.tryRevParse('HEAD'))!
  const identities = await commitIdentities(source, options.author)
  const actions = actionRunner(pkg, options.sourceGit)

  // Source-git mode: patches from the downstream commits after upstream_ref (unless create-patches replaces that).
  const generation =
    pkg.upstream_ref && !actions.has('create-patches')
      ? await generatePatches(
          source,
          await downstreamRange(source, await resolveUpstreamRef(source, pkg.upstream_ref)),
          patchIgnorePaths(pkg),
        )
      : undefined

  let distDir = options.distGit
  if (!distDir) {
    const url = `${pkg.dist_git_base_url.replace(/\/+$/, '')}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}.git`
    distDir = url
  }
  let workTree: string
  if (isRemoteUrl(distDir)) {
    workTree = mkdtempSync(path.join(os.tmpdir(), 'srcgit-dist-git-'))
    await new Git(os.tmpdir()).run(['clone', '-q', distDir, workTree])
  } else {
    workTree = path.resolve(distDir)
  }
  const dist = await git(workTree)

  const proposals: BranchProposal[] = []
  for (const branch of branchesFor(pkg, options.branches)) {
    proposals.push(
      await proposeBranch({
        options,
        pkg,
        source,
        dist,
        branch,
        version,
        rpmVersion,
        prerelease,
        tag,
        tagCommit,
        head,
        generation,
        specfilePath,
        identities,
        actions,
        packageKey: options.packageName ?? Object.keys(config.packages)[0],
      }),
    )
  }
  return { version, tag, proposals }
}

interface BranchContext {
  options: ProposeOptions
  pkg: PackageConfig
  source: Git
  dist: Git
  branch: string
  version: string
  rpmVersion: string
  prerelease: boolean
  tag: string
  tagCommit: string
  head: string
  generation: Awaited<ReturnType<typeof generatePatches>> | undefined
  specfilePath: string
  identities: CommitIdentities
  actions: ActionRunner
  /** The package's key in the configuration (PACKIT_CONFIG_PACKAGE_NAME). */
  packageKey: string
}

async function proposeBranch(ctx: BranchContext): Promise<BranchProposal> {
  const { pkg, source, dist, branch } = ctx
  const notes: string[] = [...(ctx.generation?.notes ?? [])]
  const base =
    (await dist.tryRevParse(`refs/heads/${branch}`)) ??
    (await dist.tryRevParse(`refs/remotes/origin/${branch}`))
  if (!base) throw new JobError(`dist-git ${dist.dir} has no branch "${branch}"`)
  const prBranch = prBranchName(branch)
  // On failure the PR branch goes back to what it was (or away) and a new archive is removed: nothing half-done.
  const branchBefore = await dist.tryRevParse(`refs/heads/${prBranch}`)
  let archiveCreated: string | undefined
  const tree = mkdtempSync(path.join(os.tmpdir(), 'srcgit-worktree-'))
  rmSync(tree, { recursive: true })
  await dist.run(['worktree', 'add', '-q', '-B', prBranch, tree, base])
  let succeeded = false
  try {
    const wt = dist.at(tree)
    const specName = `${pkg.downstream_package_name}.spec`
    const distSpecPath = path.join(tree, specName)
    const oldSpecText = existsSync(distSpecPath) ? readFileSync(distSpecPath, 'utf8') : undefined
    const oldSpec =
      oldSpecText === undefined ? undefined : SpecFile.parse(oldSpecText, { fileName: specName })

    // Packit's release-sync actions, in its order; the hooks may generate or change the spec.
    const { actions } = ctx
    const env = {
      ...baseActionEnv(ctx.packageKey, pkg, ctx.specfilePath),
      PACKIT_UPSTREAM_REPO: path.resolve(ctx.options.sourceGit),
      PACKIT_DOWNSTREAM_REPO: tree,
      PACKIT_PWD: path.resolve(ctx.options.sourceGit),
      PACKIT_PROJECT_VERSION: ctx.version,
    }
    await actions.run('post-upstream-clone', env)
    await actions.run('pre-sync', env)
    const fromAction = await actions.run('commit-message', {
      ...env,
      PACKIT_UPSTREAM_TAG: ctx.tag,
      PACKIT_UPSTREAM_COMMIT: ctx.tagCommit.slice(0, 8),
      PACKIT_DEBUG_DIVIDER: COMMIT_ACTION_DIVIDER.trimEnd(),
      PACKIT_RESOLVED_BUGS: '',
    })
    const customMessage = fromAction ? commitMessageFromAction(fromAction) : undefined
    const prepareFiles = actions.has('prepare-files')
    if (prepareFiles) await actions.run('prepare-files', env)
    const sourceSpecPath = path.join(ctx.options.sourceGit, ctx.specfilePath)
    if (!existsSync(sourceSpecPath))
      throw new JobError(`no spec at ${ctx.specfilePath} in ${ctx.options.sourceGit} after the actions ran`)
    const sourceSpecText = readFileSync(sourceSpecPath, 'utf8')

    // files_to_sync, with the spec left to the merge below unless it is copied as is
    // (sync_changelog, or a prepare-files action that replaces the merge).
    const copySpecAsIs = pkg.sync_changelog || prepareFiles
    const sourceFiles = (await source.output(['ls-files', '-z'])).split('\0').filter(Boolean)
    const destFiles = (await wt.output(['ls-files', '-z'])).split('\0').filter(Boolean)
    const items = pkg.files_to_sync
    const plan = planFileSync(items, sourceFiles, destFiles, {
      specPath: ctx.specfilePath,
      dropSpec: !copySpecAsIs,
    })
    if (plan.problems.length > 0) throw new JobError(`files_to_sync: ${plan.problems.join('; ')}`)
    for (const file of plan.deletes) rmSync(path.join(tree, file), { force: true })
    for (const copy of plan.copies) {
      mkdirSync(path.dirname(path.join(tree, copy.to)), { recursive: true })
      writeFileSync(path.join(tree, copy.to), readFileSync(path.join(ctx.options.sourceGit, copy.from)))
    }

    let specText: string
    if (copySpecAsIs)
      specText = existsSync(distSpecPath) ? readFileSync(distSpecPath, 'utf8') : sourceSpecText
    else specText = oldSpecText === undefined ? sourceSpecText : withChangelogOf(sourceSpecText, oldSpecText)
    let spec = SpecFile.parse(specText, { fileName: specName })
    if (!copySpecAsIs) {
      notes.push(...spec.setVersion(ctx.rpmVersion))
      if (
        pkg.prerelease_suffix_macro &&
        !spec.setMacroCommentedOut(pkg.prerelease_suffix_macro, !ctx.prerelease)
      )
        notes.push(`prerelease_suffix_macro: ${specName} defines no macro %${pkg.prerelease_suffix_macro}`)
      if (oldSpec?.hasAutorelease && !spec.hasAutorelease) spec.setRawRelease(oldSpec.mainTag('release')!.raw)
      else if (!spec.hasAutorelease) notes.push(...spec.resetRelease())
      if (!oldSpec?.hasAutochangelog) {
        const actionOutput = await actions.run('changelog-entry', {
          ...baseActionEnv(ctx.packageKey, pkg, ctx.specfilePath),
          PACKIT_PROJECT_VERSION: ctx.version,
          PACKIT_RESOLVED_BUGS: '',
          PACKIT_PROJECT_UPSTREAM_TAG: ctx.tag,
          PACKIT_PROJECT_PREVIOUS_VERSION: oldSpec?.version?.raw ?? '',
        })
        const text = changelogEntryText({
          version: ctx.version,
          actionOutput,
          releaseDescription: ctx.options.releaseNotes,
          copyReleaseDescription: pkg.copy_upstream_release_description,
        })
        const author = changelogAuthor(process.env, ctx.identities.author.name, ctx.identities.author.email)
        spec.addChangelogEntry({ text, author, date: ctx.options.date })
      }
    }

    // Patches: previous generated ones leave, new ones come, unchanged ones stay byte for byte.
    if (pkg.upstream_ref && actions.has('create-patches')) {
      writeFileSync(distSpecPath, spec.toString())
      await actions.run('create-patches', env)
      spec = SpecFile.parse(readFileSync(distSpecPath, 'utf8'), { fileName: specName })
    } else if (ctx.generation) {
      const step = await writePatches({
        source,
        dist: wt,
        dir: tree,
        spec,
        generation: ctx.generation,
        previous: await previousGeneratedPatches(wt, destFiles),
        digits: pkg.patch_generation_patch_id_digits,
      })
      notes.push(...step.warnings)
    }
    writeFileSync(distSpecPath, spec.toString())
    if (actions.has('post-modifications')) {
      await actions.run('post-modifications', env)
      spec = SpecFile.parse(readFileSync(distSpecPath, 'utf8'), { fileName: specName })
    }

    // The archive, named as the spec's Source expands for the new version.
    const sourceId = Number(/\d+$/.exec(pkg.spec_source_id)?.[0] ?? 0)
    const source0 = spec.sources.find((s) => s.number === sourceId && s.active)
    if (!source0) throw new JobError(`${specName} has no ${pkg.spec_source_id}; the archive cannot be named`)
    if (source0.expanded.unresolved.length > 0)
      throw new JobError(
        `${specName}:${source0.line}: ${pkg.spec_source_id} cannot be expanded (${source0.expanded.unresolved.map((u) => `${u.construct}: ${u.reason}`).join('; ')}); ` +
          'write it with macros the spec defines, or add the file name to `sources` in the configuration',
      )
    const archiveName = SpecFile.fileName(source0.expanded.value)
    const prefix = pkg.archive_root_dir_template
      .replace('{upstream_pkg_name}', pkg.upstream_package_name)
      .replace('{version}', ctx.version)
    const archivePath = path.join(dist.dir, archiveName)
    if (!existsSync(archivePath)) archiveCreated = archivePath
    const sha512 = await createArchive(source, {
      ref: ctx.tagCommit,
      prefix,
      outputFile: archivePath,
      compression: compressionFor(archiveName),
    })
    const oldArchive = oldSpec?.sources.find((s) => s.number === sourceId && s.active)
    const replaceNames =
      oldArchive && oldArchive.expanded.unresolved.length === 0
        ? [SpecFile.fileName(oldArchive.expanded.value)]
        : []
    const sourcesPath = path.join(tree, 'sources')
    const sources = updateSourcesFile(
      existsSync(sourcesPath) ? readFileSync(sourcesPath, 'utf8') : '',
      [{ filename: archiveName, hash: sha512 }],
      {
        replaceNames,
      },
    )
    writeFileSync(sourcesPath, sources.text)
    const gitignorePath = path.join(tree, '.gitignore')
    writeFileSync(
      gitignorePath,
      addGitignoreEntries(existsSync(gitignorePath) ? readFileSync(gitignorePath, 'utf8') : '', [archiveName])
        .text,
    )

    await wt.run(['add', '-A'])
    const message = commitMessage({
      version: ctx.version,
      upstreamTag: ctx.tag,
      upstreamCommit: ctx.tagCommit,
      sourceGitCommit: ctx.head,
      title: customMessage?.title,
      body: customMessage?.body,
    })
    await wt.run(['commit', '-q', '--allow-empty', '-F', '-'], { input: message, env: ctx.identities.env })
    const commit = (await wt.tryRevParse('HEAD'))!
    const diffstat = await wt.output(['diff', '--stat', `${commit}^`, commit])
    const upstreamUrl = pkg.upstream_project_url ?? undefined
    const sourceGitUrl = await source.run(['remote', 'get-url', 'origin'], { allowFailure: true })
    succeeded = true
    return {
      branch,
      prBranch,
      commit,
      diffstat,
      title: prTitle(branch, ctx.version),
      description: prDescription({
        upstreamUrl,
        tag: ctx.tag,
        commit: ctx.tagCommit,
        sourceGitUrl: sourceGitUrl.code === 0 ? sourceGitUrl.stdout.trim() : undefined,
        sourceGitCommit: ctx.head,
      }),
      archive: archivePath,
      notes,
    }
  } finally {
    await dist.run(['worktree', 'remove', '--force', tree], { allowFailure: true })
    rmSync(tree, { recursive: true, force: true })
    if (!succeeded) {
      await dist.run(branchBefore ? ['branch', '-f', prBranch, branchBefore] : ['branch', '-D', prBranch], {
        allowFailure: true,
      })
      if (archiveCreated) rmSync(archiveCreated, { force: true })
    }
  }
}
