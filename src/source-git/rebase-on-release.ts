/**
 * CONTRACT (issue 18, pull-from-upstream): the downstream commits of a source-git branch replayed
 * onto a new upstream release, on a local work branch; then one commit that moves `upstream_ref`
 * and bumps the `.distro` spec. Never pushes, never touches the user's branch. Implemented by the
 * pull-from-upstream engine; the job only calls it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Git } from '../git/git.js'
import { loadConfig } from '../config/index.js'
import { SpecFile } from '../spec/index.js'
import { downstreamRange, resolveUpstreamRef, SourceGitError } from './downstream.js'
import { bumpSpec, moveUpstreamRef } from './release-bump.js'
import { replayCommits, upstreamPatchIds } from './replay.js'
import type { UpstreamRelease } from './upstream-release.js'

export interface RebaseOnReleaseOptions {
  /** The source-git clone (clean work tree). */
  git: Git
  /**
   * The source-git branch whose downstream commits are replayed (e.g. "rawhide", "main"), or a
   * full ref (`refs/...`, e.g. the base the job fetched from the remote).
   */
  branch: string
  release: UpstreamRelease
  /** The local branch made (reset when it exists) for the result, e.g. "srcgit/rebase-1.2.0". */
  workBranch: string
  /** Committer of the replayed commits and author of the bump commit; authors are kept. */
  identity: { name: string; email: string }
  /** The config file (default: found as Packit does, `.distro/source-git.yaml` first). */
  configFile?: string
  /** The package, when the config has several. */
  packageName?: string
  /** Date of the changelog entry (tests). */
  date?: Date
}

export interface ReplayedCommit {
  original: string
  replayed: string
  subject: string
}

export interface DroppedCommit {
  original: string
  subject: string
  /** upstreamed: the release already has the change (same patch-id, or it applies as empty). */
  reason: 'upstreamed'
  /** The upstream commit with the same patch-id, when one was found. */
  upstreamCommit?: string
}

export interface ReplayConflict {
  original: string
  subject: string
  /** Paths git reported as conflicting. */
  files: string[]
  /** A short excerpt of git's message or the conflict, for the PR description. */
  detail: string
}

export interface RebaseOnReleaseResult {
  /** The work branch's head. */
  head: string
  /** The upstream_ref it was based on before (resolved) and its version (the spec's Version). */
  previous: { upstreamRef: string; version: string }
  replayed: ReplayedCommit[]
  dropped: DroppedCommit[]
  /** The first downstream commit that did not apply; it and every later one are not replayed. */
  conflict?: ReplayConflict
  notReplayed: { original: string; subject: string }[]
  /** The last commit: upstream_ref moved, spec Version/Release/changelog bumped. */
  bumpCommit: string
  /** The spec's new Version (the release's version, pre-release delimiter as `~`). */
  rpmVersion?: string
  /** Things a reviewer should know about the spec edit. */
  notes?: string[]
}

/** What HEAD is now: the branch name, or the commit when detached. */
async function currentCheckout(git: Git): Promise<string> {
  const branch = await git.run(['symbolic-ref', '-q', '--short', 'HEAD'], { allowFailure: true })
  return branch.code === 0 ? branch.stdout.trim() : await git.output(['rev-parse', 'HEAD'])
}

export async function rebaseOnRelease(options: RebaseOnReleaseOptions): Promise<RebaseOnReleaseResult> {
  const { git, release, workBranch } = options
  const dirty = await git.dirtyPaths()
  if (dirty.length > 0)
    throw new SourceGitError(
      `${git.dir} has uncommitted changes (${dirty.slice(0, 5).join(', ')}); commit or stash them before rebasing on ${release.tag}`,
    )
  const branchRef = options.branch.startsWith('refs/') ? options.branch : `refs/heads/${options.branch}`
  const branchSha = await git.tryRevParse(branchRef)
  if (!branchSha) throw new SourceGitError(`branch ${options.branch} does not exist in ${git.dir}`)
  if (!(await git.tryRevParse(release.commit)))
    throw new SourceGitError(
      `release commit ${release.commit} (${release.tag}) is not in ${git.dir}; fetch the tag first`,
    )
  if (workBranch === options.branch)
    throw new SourceGitError(`the work branch must not be the source-git branch ${options.branch}`)
  const original = await currentCheckout(git)
  const workBefore = await git.tryRevParse(`refs/heads/${workBranch}`)
  const identityEnv = {
    GIT_AUTHOR_NAME: options.identity.name,
    GIT_AUTHOR_EMAIL: options.identity.email,
    GIT_COMMITTER_NAME: options.identity.name,
    GIT_COMMITTER_EMAIL: options.identity.email,
  }
  try {
    // The user's branch as it is, on the work branch: the config and spec are read there.
    await git.run(['checkout', '--quiet', '-B', workBranch, branchSha])
    const config = await loadConfig(git.dir, { configFile: options.configFile })
    const names = Object.keys(config.packages)
    const packageKey = options.packageName ?? (names.length === 1 ? names[0] : undefined)
    const pkg = packageKey ? config.packages[packageKey] : undefined
    if (!pkg)
      throw new SourceGitError(
        `${config.file} defines packages ${names.join(', ')}; name the one to rebase (packageName)`,
      )
    if (!pkg.upstream_ref)
      throw new SourceGitError(
        `${config.file} has no upstream_ref: set it to the upstream tag the downstream commits sit on`,
      )
    const specPath = pkg.specfile_path
    if (!specPath)
      throw new SourceGitError(
        `${config.file}: no specfile_path and no spec found; set specfile_path (e.g. .distro/<package>.spec)`,
      )
    const configPath = path.join(git.dir, config.file)
    const specFile = path.join(git.dir, specPath)
    const oldSpecText = readFileSync(specFile, 'utf8')
    const previousVersion = SpecFile.parse(oldSpecText, { fileName: specPath }).version?.value ?? ''
    const previous = await resolveUpstreamRef(git, pkg.upstream_ref, branchSha)
    const range = await downstreamRange(git, previous, branchSha)
    const upstreamIds = await upstreamPatchIds(git, previous, release.commit)

    await git.run(['reset', '--hard', '--quiet', release.commit])
    const outcome = await replayCommits(git, range.commits, upstreamIds, options.identity)

    // The bump: whatever the replay left of the config and spec (they are downstream files).
    const configText = readFileSync(configPath, 'utf8')
    writeFileSync(configPath, moveUpstreamRef(configText, config.file, release.tag, packageKey))
    const bumped = bumpSpec({
      specText: readFileSync(specFile, 'utf8'),
      fileName: specPath,
      version: release.version,
      prereleaseSuffixPattern: pkg.prerelease_suffix_pattern,
      prereleaseSuffixMacro: pkg.prerelease_suffix_macro,
      author: `${options.identity.name} <${options.identity.email}>`,
      date: options.date,
    })
    writeFileSync(specFile, bumped.text)
    await git.run(['add', '--', config.file, specPath])
    await git.run(['commit', '--quiet', '--allow-empty', '-F', '-'], {
      input: `Rebase on upstream ${release.tag} (${release.version})\n\nupstream_ref: ${release.tag}\n`,
      env: identityEnv,
    })
    const head = await git.output(['rev-parse', 'HEAD'])
    await git.run(['checkout', '--quiet', original])
    return {
      head,
      previous: { upstreamRef: previous, version: previousVersion },
      replayed: outcome.replayed,
      dropped: outcome.dropped,
      conflict: outcome.conflict,
      notReplayed: outcome.notReplayed,
      bumpCommit: head,
      rpmVersion: bumped.rpmVersion,
      notes: bumped.notes,
    }
  } catch (error) {
    await git.run(['cherry-pick', '--abort'], { allowFailure: true })
    await git.run(['reset', '--hard', '--quiet'], { allowFailure: true })
    await git.run(['checkout', '--quiet', '--force', original], { allowFailure: true })
    if (workBefore)
      await git.run(['update-ref', `refs/heads/${workBranch}`, workBefore], { allowFailure: true })
    else await git.run(['branch', '-D', workBranch], { allowFailure: true })
    throw error
  }
}
