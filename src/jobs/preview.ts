/**
 * Previews of source-git pull requests: while a source-git PR is open, a dist-git PR from the
 * bot's fork branch `<branch>-srcgit-pr-<N>` carries what dist-git would look like with it
 * merged (spec, patches, files_to_sync, exactly as update-dist-git makes them; no version bump,
 * no changelog entry), so Fedora's CI (Zuul, rpminspect, ...) tests it. Every push to the
 * source-git PR updates the preview; closing the source-git PR closes it.
 */
import { readTreeFile, writeTreeFile } from '../dist-git/tree-files.js'
import { branchMacros } from '../dist-git/branch-macros.js'
import path from 'node:path'
import {
  jobViews,
  loadConfig,
  PROPOSE_DOWNSTREAM,
  repositoryName,
  type JobView,
  type PackageConfig,
} from '../config/index.js'
import { addGitignoreEntries } from '../dist-git/gitignore.js'
import {
  parsePrMarker,
  parsePreviewBranch,
  previewBranchName,
  previewCommitMessage,
  previewDescription,
  previewTitle,
} from '../dist-git/messages.js'
import { parseSourcesFile, updateSourcesFile } from '../dist-git/sources-file.js'
import { tagToVersion } from '../dist-git/tag-template.js'
import { DEFAULT_BODHI_URL } from '../forges/bodhi.js'
import type { DistGitForge, DistGitPullRequest } from '../forges/dist-git/forge.js'
import { Git } from '../git/git.js'
import { makeTempPath, removeTempDir, withTempScope } from '../runtime/resources.js'
import { withoutUrlCredentials } from '../runtime/secrets.js'
import { resolveUpstreamRef } from '../source-git/downstream.js'
import { readRepoFile } from '../source-git/repo-files.js'
import { SpecFile } from '../spec/index.js'
import { commitIdentities } from './commit-identity.js'
import { archiveFileName } from './archive-plan.js'
import { archiveCompression } from '../source-git/archive.js'
import {
  Archives,
  archivePrefix,
  branchesFor,
  connectForge,
  distGitWorkTree,
  oneWorkTreeForSeveral,
  publishOrKeep,
  sortLike,
  type BranchProposal,
  type ForgeOptions,
} from './propose-downstream.js'
import type { BranchOutcome, ReadyBranch } from './publish.js'
import { JobError, pickPackage, requireCleanRepo, updateDistGit } from './update-dist-git.js'
import { requireNoUpstreamReleaseInRange, specVersionMismatch } from './release-checks.js'

/** The source-git pull request, as the CI event describes it. */
export interface SourceGitPullRequest {
  number: number
  title: string
  /** Its web page. */
  url?: string
  /** The PR's head commit (not the merge commit CI checks out). */
  headSha: string
}

export interface PreviewOptions {
  sourceGit: string
  pullRequest: SourceGitPullRequest
  /** A local dist-git work tree or a URL to clone (default: the package on the instance). */
  distGit?: string
  branches?: string[]
  configFile?: string
  packageName?: string
  author?: string
  bodhiUrl?: string
  /** Push and propose (or, with dryRun, plan it); absent: local commits only. */
  forge?: ForgeOptions
  /** The Pagure instance when there is no forge. */
  instanceUrl?: string
}

export interface PreviewResult {
  pullRequest: number
  /** The source-git PR's head (statuses go on it); when closing, the commit the closed previews were made from. */
  sourceGitCommit?: string
  proposals: BranchProposal[]
  outcomes: BranchOutcome[]
  notes: string[]
}

/** Makes or updates the preview of an open source-git PR on every dist-git branch. */
export async function previewPullRequest(options: PreviewOptions): Promise<PreviewResult> {
  // The dist-git clone and every other temp dir of the run go when it ends, also after a failure.
  return withTempScope(() => preview(options))
}

async function preview(options: PreviewOptions): Promise<PreviewResult> {
  const source = new Git(options.sourceGit)
  await requireCleanRepo(source, 'source-git', false)
  const { pullRequest: request } = options
  const head = await source.tryRevParse(`${request.headSha}^{commit}`)
  if (!head)
    throw new JobError(
      `the head of source-git PR #${request.number} (${request.headSha.slice(0, 12)}) is not in ${options.sourceGit}; ` +
        'check out the full history (actions/checkout with fetch-depth: 0)',
    )
  // The PR's own tree, configuration included: CI checks out a merge commit, whose first-parent
  // line is the target branch, not the PR's commits.
  const tree = makeTempPath('srcgit-pr-')
  await source.run(['worktree', 'prune'])
  await source.run(['worktree', 'add', '-q', '--detach', tree, head])
  const archives: Archives[] = []
  try {
    const configFile = options.configFile
      ? path.join(tree, path.relative(options.sourceGit, path.resolve(options.sourceGit, options.configFile)))
      : undefined
    // Named as the repository is, not as the temporary worktree of the PR head.
    const config = await loadConfig(tree, { configFile, repoName: await repositoryName(options.sourceGit) })
    const selection = jobViews(config, PROPOSE_DOWNSTREAM, options.packageName)
    const packages = [...new Set(selection.views.map((v) => v.pkg.downstream_package_name))]
    const several = packages.length > 1
    if (several && options.distGit) throw oneWorkTreeForSeveral(packages)
    const results: PreviewResult[] = []
    for (const view of selection.views) {
      const result = await previewView({ options, view, source, tree, configFile, head, archives })
      if (several)
        for (const item of [...result.outcomes, ...result.proposals])
          item.package = view.pkg.downstream_package_name
      results.push(result)
    }
    return {
      pullRequest: request.number,
      sourceGitCommit: head,
      proposals: results.flatMap((r) => r.proposals),
      outcomes: results.flatMap((r) => r.outcomes),
      notes: [
        ...selection.notes,
        ...(selection.defaultJobsNote && !options.branches?.length ? [selection.defaultJobsNote] : []),
        ...results.flatMap((r) => r.notes),
      ],
    }
  } finally {
    await Promise.all(archives.map((a) => a.dispose()))
    await source.run(['worktree', 'remove', '--force', tree], { allowFailure: true })
    removeTempDir(tree)
  }
}

interface ViewInput {
  options: PreviewOptions
  view: JobView
  source: Git
  /** The PR head's work tree. */
  tree: string
  configFile: string | undefined
  head: string
  /** The run's archives, disposed by the caller. */
  archives: Archives[]
}

/** The preview of the PR for one package's propose_downstream job view, on each of its branches. */
async function previewView(input: ViewInput): Promise<PreviewResult> {
  const { options, view, source, tree, configFile, head } = input
  const { pkg } = view
  const request = options.pullRequest
  if (!pkg.upstream_ref)
    throw new JobError(
      `${pkg.config_file_path} has no upstream_ref: pull request previews are for source-git repositories, ` +
        'where upstream_ref names the upstream release the downstream commits sit on',
    )
  const prSource = source.at(tree)
  const upstream = await resolveUpstreamRef(prSource, pkg.upstream_ref)
  await requireNoUpstreamReleaseInRange(prSource, pkg, upstream, head)
  if (pkg.specfile_path) {
    const spec = SpecFile.parse(await readRepoFile(prSource, pkg.specfile_path), {
      fileName: pkg.specfile_path,
    })
    const mismatch = specVersionMismatch(spec, pkg.specfile_path, pkg)
    if (mismatch) throw new JobError(mismatch)
  }
  const upstreamVersion = tagToVersion(pkg.upstream_tag_template, pkg.upstream_ref, pkg.upstream_package_name)
  const archives = new Archives(prSource, upstream, archivePrefix(pkg, upstreamVersion ?? ''))
  input.archives.push(archives)

  const connection = await connectForge(options.forge, pkg, options.instanceUrl)
  const { http, instanceUrl } = connection
  const branches = await branchesFor(pkg, options.branches, http, options.bodhiUrl ?? DEFAULT_BODHI_URL)
  const dist = await distGitWorkTree(options.distGit, instanceUrl, pkg)
  const remote = await source.run(['remote', 'get-url', 'origin'], { allowFailure: true })
  const sourceGitUrl = remote.code === 0 ? withoutUrlCredentials(remote.stdout.trim()) : undefined

  const proposals: BranchProposal[] = []
  const ready: ReadyBranch[] = []
  const outcomes: BranchOutcome[] = []
  for (const branch of branches) {
    try {
      const made = await previewBranch({
        options,
        view,
        pkg,
        prSource,
        tree,
        configFile,
        dist,
        branch,
        head,
        archives,
        upstreamVersion,
        sourceGitUrl,
      })
      if ('operation' in made) outcomes.push(made)
      else {
        proposals.push(made.proposal)
        ready.push(made.ready)
      }
    } catch (error) {
      // With a forge one branch failing does not stop the others; locally the error is the answer.
      if (!options.forge) throw error
      outcomes.push({ branch, operation: 'failed', reason: (error as Error).message })
    }
  }
  const settled = await publishOrKeep(options.forge, connection, dist, pkg, ready)
  return {
    pullRequest: request.number,
    sourceGitCommit: head,
    proposals,
    outcomes: sortLike(branches, [...outcomes, ...settled.outcomes]),
    notes: settled.notes,
  }
}

interface BranchInput {
  options: PreviewOptions
  view: JobView
  pkg: PackageConfig
  /** The source-git PR head, checked out. */
  prSource: Git
  tree: string
  /** The configuration file in the PR's tree, when one was named. */
  configFile: string | undefined
  dist: Git
  branch: string
  head: string
  archives: Archives
  upstreamVersion: string | undefined
  sourceGitUrl: string | undefined
}

async function previewBranch(
  input: BranchInput,
): Promise<BranchOutcome | { proposal: BranchProposal; ready: ReadyBranch }> {
  const { options, dist, branch, head } = input
  const request = options.pullRequest
  const base =
    (await dist.tryRevParse(`refs/heads/${branch}`)) ??
    (await dist.tryRevParse(`refs/remotes/origin/${branch}`))
  if (!base) throw new JobError(`dist-git ${dist.dir} has no branch "${branch}"`)
  const prBranch = previewBranchName(branch, request.number)
  const branchBefore = await dist.tryRevParse(`refs/heads/${prBranch}`)
  const work = makeTempPath('srcgit-preview-')
  // A run that was killed leaves its worktree registered, holding prBranch: forget it first.
  await dist.run(['worktree', 'prune'])
  await dist.run(['worktree', 'add', '-q', '-B', prBranch, work, base])
  let succeeded = false
  try {
    const synced = await updateDistGit({
      sourceGit: input.tree,
      distGit: work,
      configFile: input.configFile,
      view: input.view,
      author: options.author,
    })
    if (synced.status === 'nothing-to-do') {
      succeeded = true
      return {
        branch,
        operation: 'unchanged',
        reason: `${branch} already has the content of source-git PR #${request.number}`,
      }
    }
    const archive = await archiveFor(input, work)
    const wt = dist.at(work)
    await wt.run(['add', '-A'])
    const identities = await commitIdentities(input.prSource, options.author)
    await wt.run(['commit', '-q', '-F', '-'], {
      input: previewCommitMessage({ pullRequest: request.number, title: request.title, headCommit: head }),
      env: identities.env,
    })
    const commit = (await wt.tryRevParse('HEAD'))!
    const [diffstat, diff] = await Promise.all([
      wt.output(['diff', '--stat', base, commit]),
      wt.output(['diff', '--no-color', base, commit]),
    ])
    const title = previewTitle(request.number, request.title)
    const description = previewDescription({
      pullRequest: request.number,
      title: request.title,
      url: request.url,
      sourceGitUrl: input.sourceGitUrl,
      headCommit: head,
      branch,
    })
    succeeded = true
    return {
      proposal: {
        branch,
        prBranch,
        base,
        commit,
        diffstat,
        diff,
        title,
        description,
        archive: archive?.path ?? '',
        archiveSha512: archive?.sha512 ?? '',
        notes: synced.notes, // its missing-archive warning does not apply: archiveFor adds the archive
      },
      ready: { branch, prBranch, base, commit, title, description, archive },
    }
  } finally {
    await dist.run(['worktree', 'remove', '--force', work], { allowFailure: true })
    removeTempDir(work)
    if (!succeeded)
      await dist.run(branchBefore ? ['branch', '-f', prBranch, branchBefore] : ['branch', '-D', prBranch], {
        allowFailure: true,
      })
  }
}

/**
 * The archive, when the synced spec names one that `sources` lacks (the PR rebases onto a new
 * upstream release): made from upstream_ref, added to `sources` and `.gitignore`. Undefined when
 * `sources` already has it, or when the spec's Source cannot be expanded (nothing to check).
 */
async function archiveFor(
  input: BranchInput,
  work: string,
): Promise<{ path: string; sha512: string } | undefined> {
  const { pkg } = input
  const specName = `${pkg.downstream_package_name}.spec`
  const predefined = branchMacros(input.branch, { parseTimeMacros: pkg.parse_time_macros })
  const spec = SpecFile.parse(readTreeFile(path.join(work, specName)) ?? '', {
    fileName: specName,
    predefined,
  })
  const name = archiveFileName(spec, pkg)?.name
  // Nothing srcgit can make (a .gem, a single file): nothing to upload, as in propose-downstream.
  if (name === undefined || !archiveCompression(name)) return undefined
  const sourcesPath = path.join(work, 'sources')
  const sourcesText = readTreeFile(sourcesPath) ?? ''
  if (parseSourcesFile(sourcesText).entries.some((e) => e.filename === name)) return undefined
  if (input.upstreamVersion === undefined)
    throw new JobError(
      `${specName} names the archive ${name}, which dist-git's sources file does not list, and upstream_ref ` +
        `"${pkg.upstream_ref}" does not match upstream_tag_template "${pkg.upstream_tag_template}", so srcgit cannot tell its version to make it`,
    )
  const built = await input.archives.get(name)
  const base = await committedSpec(input.dist, work, specName, predefined)
  const old = base && archiveFileName(base, pkg)
  const replaceNames = old ? [old.name] : []
  writeTreeFile(
    sourcesPath,
    updateSourcesFile(sourcesText, [{ filename: name, hash: built.sha512 }], { replaceNames }).text,
  )
  const gitignorePath = path.join(work, '.gitignore')
  writeTreeFile(gitignorePath, addGitignoreEntries(readTreeFile(gitignorePath) ?? '', [name]).text)
  return { path: built.file, sha512: built.sha512 }
}

/** The spec as the target branch has it (before the sync), if any. */
async function committedSpec(
  dist: Git,
  work: string,
  specName: string,
  predefined: Record<string, string>,
): Promise<SpecFile | undefined> {
  const shown = await dist.at(work).run(['show', `HEAD:${specName}`], { allowFailure: true })
  return shown.code === 0 ? SpecFile.parse(shown.stdout, { fileName: specName, predefined }) : undefined
}

export interface ClosePreviewOptions {
  sourceGit: string
  pullRequest: { number: number; merged: boolean; url?: string }
  configFile?: string
  packageName?: string
  forge?: ForgeOptions
}

/**
 * Closes the open previews of a source-git PR that was closed or merged, on every branch: the
 * bot's PRs from `<branch>-srcgit-pr-<N>`, whatever branches are configured now.
 */
export async function closePreviews(options: ClosePreviewOptions): Promise<PreviewResult> {
  const { number, merged, url } = options.pullRequest
  const config = await loadConfig(options.sourceGit, { configFile: options.configFile })
  const { pkg } = pickPackage(config, options.packageName)
  const { distGit, forkUser } = await connectForge(options.forge, pkg)
  if (!options.forge || !distGit || !forkUser)
    return {
      pullRequest: number,
      proposals: [],
      outcomes: [],
      notes: [`no dist-git token: the previews of source-git PR #${number} were left as they are`],
    }
  const ns = pkg.dist_git_namespace
  const repo = pkg.downstream_package_name
  const previews = (await distGit.pullRequests(ns, repo, { state: 'open', author: forkUser }))
    .filter(
      (pr) => pr.sourceOwner === forkUser && parsePreviewBranch(pr.sourceBranch)?.pullRequest === number,
    )
    .sort((a, b) => a.number - b.number)
  const outcomes: BranchOutcome[] = []
  for (const pr of previews)
    outcomes.push(
      await closeOne(distGit, ns, repo, pr, { number, merged, url, dryRun: options.forge.dryRun ?? false }),
    )
  // The commit the previews were made from gets the merge gate (failure: closed unmerged), when they agree on one.
  const commits = new Set(previews.map((pr) => parsePrMarker(pr.description)?.commit?.toLowerCase()))
  const [commit] = commits
  return {
    pullRequest: number,
    ...(commits.size === 1 && commit ? { sourceGitCommit: commit } : {}),
    proposals: [],
    outcomes,
    notes: previews.length === 0 ? [`source-git PR #${number} has no open preview`] : [],
  }
}

async function closeOne(
  distGit: DistGitForge,
  ns: string,
  repo: string,
  pr: DistGitPullRequest,
  source: { number: number; merged: boolean; url?: string; dryRun: boolean },
): Promise<BranchOutcome> {
  const base = { branch: pr.targetBranch, url: pr.url }
  const what = `source-git PR ${source.url ? `[#${source.number}](${source.url})` : `#${source.number}`}`
  if (source.dryRun)
    return { ...base, operation: 'closed', dryRun: true, reason: 'dry run: nothing was closed' }
  try {
    await distGit.comment(
      ns,
      repo,
      pr.number,
      source.merged
        ? `${what} was merged; this preview is closed. The change reaches dist-git with the next release proposed by srcgit.`
        : `${what} was closed without merging; this preview is closed too.`,
    )
    await distGit.closePullRequest(ns, repo, pr.number)
    return {
      ...base,
      operation: 'closed',
      reason: source.merged ? 'source-git PR merged' : 'source-git PR closed',
    }
  } catch (error) {
    return { ...base, operation: 'failed', reason: (error as Error).message }
  }
}
