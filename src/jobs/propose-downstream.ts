/**
 * The release flow, locally (`srcgit propose-downstream --dry-run`): for a tag, per
 * dist-git branch, make exactly the commit a pull request would carry — archive, spec
 * update, patches, `sources`, `.gitignore` — on the branch `<branch>-update-propose_downstream`
 * of a dist-git clone, without touching the branch the user has checked out and without
 * anything leaving the machine.
 */
import { readTreeFile, writeTreeFile } from '../dist-git/tree-files.js'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import {
  jobViews,
  loadConfig,
  PROPOSE_DOWNSTREAM,
  type JobView,
  type PackageConfig,
} from '../config/index.js'
import { changelogAuthor, changelogEntryText } from '../dist-git/changelog-entry.js'
import { applyFileSyncPlan } from '../dist-git/apply-file-sync.js'
import { planFileSync, syncItems } from '../dist-git/files-to-sync.js'
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
import { basicAuthEnv, Git, isRemoteUrl, splitUrlCredentials } from '../git/git.js'
import { makeTempDir, makeTempPath, removeTempDir, tempRoot, withTempScope } from '../runtime/resources.js'
import { redact, withoutUrlCredentials } from '../runtime/secrets.js'
import { archiveCompression, compressionFor, createArchive } from '../source-git/archive.js'
import { archiveFileName, planArchive } from './archive-plan.js'
import { downstreamRange, resolveUpstreamRef } from '../source-git/downstream.js'
import { generatePatches } from '../source-git/patches.js'
import { readRepoFile, symlinksAmong } from '../source-git/repo-files.js'
import { rpmvercmp, SpecFile, toRpmVersion, withChangelogOf } from '../spec/index.js'
import { HttpClient } from '../http/client.js'
import type { DistGitForge, DistGitForgeChoice } from '../forges/dist-git/forge.js'
import { openDistGitForge, tokenRightsText } from '../forges/dist-git/select.js'
import { DEFAULT_BODHI_URL, fetchActiveReleases } from '../forges/bodhi.js'
import { expandBranches, namesNeedingBodhi } from '../dist-git/branch-aliases.js'
import { branchMacros } from '../dist-git/branch-macros.js'
import { prepareTransport, type PushTransport } from '../git/transport.js'
import { LookasideCache, testLookasideAuth, type LookasideAuth } from '../lookaside/lookaside.js'
import { withKerberosTicket } from '../lookaside/kerberos.js'
import {
  ensureArchivesUploaded,
  publishBranch,
  type BranchOutcome,
  type PublishContext,
  type ReadyBranch,
} from './publish.js'
import { JobError, patchIgnorePaths, requireCleanRepo } from './update-dist-git.js'
import { previousGeneratedPatches, writePatches } from './patches-step.js'
import { ciOnlyPatchWarnings } from '../source-git/ci-only.js'
import { actionRunner, baseActionEnv, syncActionEnv, type ActionRunner } from './actions.js'
import { commitIdentities, type CommitIdentities } from './commit-identity.js'
import {
  copiesSpecAsIs,
  requireNoUpstreamReleaseInRange,
  requireReleaseVersion,
  requireSpecfilePath,
  specMayChangeBeforeCopy,
  upstreamTagCheckout,
} from './release-checks.js'

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
  /** Asked for the release notes when the configuration copies them and releaseNotes is not given. */
  fetchReleaseNotes?: () => Promise<string | undefined>
  /** Fixed date for changelog entries (tests, reproducible runs). */
  date?: Date
  /** Commit author `Name <email>` (default: git identity, else the CI actor, else srcgit). */
  author?: string
  /** Bodhi, for branch aliases such as fedora-all (default: Fedora's). */
  bodhiUrl?: string
  /** Push and propose for real (or plan it against the forge, with forge.dryRun). Absent: local only. */
  forge?: ForgeOptions
  /** The Pagure instance when there is no forge (a dry run without a token still clones from it). */
  instanceUrl?: string
}

/** How to reach the dist-git forge, the bot's fork and the lookaside cache. */
export interface ForgeOptions {
  /** Dist-git instance (default: dist_git_base_url). */
  instanceUrl?: string
  /** Pagure or Forgejo (default: the configuration's dist_git_forge, else a probe of the host). */
  forgeKind?: DistGitForgeChoice
  /** API token of the bot account on the dist-git forge (Pagure ACLs or Forgejo scopes: see tokenHelp). */
  token: string
  /** FAS account for SSH and Kerberos (default: the token's user). */
  fasUser?: string
  push: PushSettings
  /** Base64 keytab for lookaside uploads. */
  keytab?: string
  /** A krb5.conf to use instead of Fedora's. */
  krb5Conf?: string
  /** Lookaside cache base (default: the configuration's lookaside_cache_url). */
  lookasideUrl?: string
  /** Replace commits someone else pushed to the fork branch. */
  force?: boolean
  /** Make the same reads and report what would happen; write nothing. */
  dryRun?: boolean
  http?: HttpClient
}

export interface SshPush {
  protocol: 'ssh'
  privateKey: string
  knownHosts?: string
  sshHost?: string
}

/**
 * How the fork branch is pushed. `auto` decides once the forge is known: SSH on Pagure (all
 * src.fedoraproject.org accepts), HTTPS with the token on Forgejo (what Fedora's Forgejo
 * documents); `noKey` is the error for Pagure without a key.
 */
export type PushSettings =
  SshPush | { protocol: 'https' } | { protocol: 'auto'; ssh?: Omit<SshPush, 'protocol'>; noKey: string }

/** The push protocol for this forge (see PushSettings); refuses SSH without a key outside a dry run. */
export function resolvePush(
  push: PushSettings,
  kind: DistGitForge['kind'],
  dryRun: boolean,
): SshPush | { protocol: 'https' } {
  if (push.protocol !== 'auto') return push
  if (kind === 'forgejo') return { protocol: 'https' }
  if (!push.ssh?.privateKey && !dryRun) throw new JobError(push.noKey)
  return { protocol: 'ssh', privateKey: '', ...push.ssh }
}

/** What the action inputs or the CLI options and environment give, before checking. */
export interface ForgeSettings {
  token?: string
  /** auto (default): ssh on Pagure, https on Forgejo. */
  pushProtocol: 'ssh' | 'https' | 'auto'
  forgeKind?: DistGitForgeChoice
  sshPrivateKey?: string
  knownHosts?: string
  sshHost?: string
  instanceUrl?: string
  fasUser?: string
  keytab?: string
  krb5Conf?: string
  lookasideUrl?: string
  force: boolean
  dryRun: boolean
}

/** How a user provides each setting on this platform, for the messages (e.g. `input "pagure-token"`). */
export interface SettingNames {
  token: string
  /** Where the token goes, e.g. "pass `pagure-token: ${{ secrets.PAGURE_TOKEN }}`". */
  tokenHow: string
  sshKey: string
  sshKeyHow: string
  dryRun: string
}

/**
 * The forge options, or undefined for a local dry run without a token. Refuses, saying how to
 * fix it, a real run without the token or (for SSH) without the key.
 */
export function forgeOptionsFrom(settings: ForgeSettings, names: SettingNames): ForgeOptions | undefined {
  if (!settings.token) {
    if (settings.dryRun) return undefined
    throw new JobError(
      `${names.token} is empty: create an API token for the bot account on the dist-git forge ` +
        `(${tokenRightsText()}) ` +
        `and ${names.tokenHow}; or use ${names.dryRun}`,
    )
  }
  // A local instance has no forge API to fork, propose or plan against.
  if (settings.instanceUrl?.startsWith('file:'))
    throw new JobError(
      `the dist-git instance ${settings.instanceUrl} is local: it has no forge API, so it works only for a dry run without a token; ` +
        `unset ${names.token} or give an http(s) instance`,
    )
  const noKey =
    `${names.sshKey} is empty: Pagure dist-git (src.fedoraproject.org) accepts pushes only over SSH; ${names.sshKeyHow} ` +
    "with the bot account's private key (its public key registered in FAS), or push over https where the instance allows it"
  if (settings.pushProtocol === 'ssh' && !settings.sshPrivateKey && !settings.dryRun)
    throw new JobError(noKey)
  const ssh = {
    privateKey: settings.sshPrivateKey ?? '',
    knownHosts: settings.knownHosts,
    sshHost: settings.sshHost,
  }
  return {
    instanceUrl: settings.instanceUrl,
    forgeKind: settings.forgeKind,
    token: settings.token,
    fasUser: settings.fasUser,
    push:
      settings.pushProtocol === 'ssh'
        ? { protocol: 'ssh', ...ssh }
        : settings.pushProtocol === 'https'
          ? { protocol: 'https' }
          : { protocol: 'auto', ssh: settings.sshPrivateKey ? ssh : undefined, noKey },
    keytab: settings.keytab,
    krb5Conf: settings.krb5Conf,
    lookasideUrl: settings.lookasideUrl,
    force: settings.force,
    dryRun: settings.dryRun,
  }
}

export interface BranchProposal {
  branch: string
  /** The dist-git package, when the run proposes to more than one. */
  package?: string
  prBranch: string
  /** The target branch commit the proposal sits on. */
  base: string
  commit: string
  diffstat: string
  /** The whole change, for reports (the archive is not in it: it goes to the lookaside cache). */
  diff: string
  title: string
  description: string
  /** The archive made for the lookaside cache; '' when nothing is uploaded (the notes say why). */
  archive: string
  archiveSha512: string
  notes: string[]
}

export interface ProposeResult {
  version: string
  tag: string
  /** The source-git commit proposed (what the PR markers name; statuses go on it). */
  sourceGitCommit: string
  proposals: BranchProposal[]
  /** Per branch, what happened on the forge (or, local only, that the commit is ready or not needed). */
  outcomes: BranchOutcome[]
  /** Run-wide notes (lookaside, fork). */
  notes: string[]
  /** Run-wide warnings (a patch of CI files only). */
  warnings: string[]
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

/** The dist-git branches: requested, else configured, else rawhide; aliases resolved through Bodhi. */
export async function branchesFor(
  pkg: PackageConfig,
  requested: string[] | undefined,
  http: () => HttpClient,
  bodhiUrl: string,
): Promise<string[]> {
  const names =
    requested && requested.length > 0
      ? requested
      : pkg.dist_git_branches.length > 0
        ? pkg.dist_git_branches
        : ['rawhide']
  const needing = namesNeedingBodhi(names)
  const releases = needing.length > 0 ? await fetchActiveReleases(http(), bodhiUrl, needing) : []
  return expandBranches(names, releases)
}

export async function proposeDownstream(options: ProposeOptions): Promise<ProposeResult> {
  const run: { archives: Archives[] } = { archives: [] }
  // The dist-git clones and every other temp dir of the run go when it ends, also after a failure.
  return withTempScope(async () => {
    try {
      return await propose(options, run)
    } finally {
      // The branches have their copies; the run's own go, also after a failure.
      await Promise.all(run.archives.map((a) => a.dispose()))
    }
  })
}

/** Every propose_downstream job view the release is for (one per package the jobs select), in turn. */
async function propose(options: ProposeOptions, run: { archives: Archives[] }): Promise<ProposeResult> {
  const onTag = await upstreamTagCheckout(options.sourceGit, options.tag, options.configFile)
  if (onTag) throw new JobError(onTag)
  const config = await loadConfig(options.sourceGit, { configFile: options.configFile })
  const selection = jobViews(config, PROPOSE_DOWNSTREAM, options.packageName)
  const notes = [...selection.notes]
  if (selection.defaultJobsNote && !options.branches?.length) notes.push(selection.defaultJobsNote)
  const source = new Git(options.sourceGit)
  await requireCleanRepo(source, 'source-git', false)
  const head = (await source.tryRevParse('HEAD'))!
  const releases = releasesOf(selection.views, options.tag, options.version, notes)
  if (releases.length === 0)
    return {
      version: options.version ?? '',
      tag: options.tag ?? '',
      sourceGitCommit: head,
      proposals: [],
      outcomes: [],
      notes,
      warnings: [],
    }
  // Outcomes name their package when the run proposes more than one.
  const packages = [...new Set(releases.map((r) => r.view.pkg.downstream_package_name))]
  const several = packages.length > 1
  if (several && options.distGit) throw oneWorkTreeForSeveral(packages)
  const results: ProposeResult[] = []
  for (const { view, version, tag } of releases) {
    const result = await proposeView({ options, view, source, head, version, tag, run })
    if (several) {
      const name = view.pkg.downstream_package_name
      for (const item of [...result.outcomes, ...result.proposals]) item.package = name
    }
    results.push(result)
  }
  return {
    version: results[0].version,
    tag: results[0].tag,
    sourceGitCommit: head,
    proposals: results.flatMap((r) => r.proposals),
    outcomes: results.flatMap((r) => r.outcomes),
    notes: [...notes, ...results.flatMap((r) => r.notes)],
    warnings: results.flatMap((r) => r.warnings),
  }
}

/**
 * The views this release is for, each with its version and tag. With one view a tag that does
 * not fit is an error; with several (a monorepo), a view whose upstream_tag_template or tag
 * filters do not take the tag is another package's release and is left out, as packit-service does.
 */
function releasesOf(
  views: JobView[],
  tag: string | undefined,
  version: string | undefined,
  notes: string[],
): Array<{ view: JobView; version: string; tag: string }> {
  if (views.length <= 1) return views.map((view) => ({ view, ...versionAndTag(view.pkg, tag, version) }))
  const taken: Array<{ view: JobView; version: string; tag: string }> = []
  const refused: string[] = []
  for (const view of views) {
    try {
      taken.push({ view, ...versionAndTag(view.pkg, tag, version) })
    } catch (error) {
      if (!(error instanceof JobError) || tag === undefined) throw error
      refused.push(`${view.packageKey} (${view.origin}): ${error.message}`)
    }
  }
  if (taken.length === 0)
    throw new JobError(`the release is for none of the packages:\n  ${refused.join('\n  ')}`)
  for (const line of refused) notes.push(`not this package's release: ${line}`)
  return taken
}

/** A dist-git work tree given for a run that proposes to several packages. */
export function oneWorkTreeForSeveral(packages: string[]): JobError {
  return new JobError(
    `the dist-git work tree given is one package's, but this run proposes to ${packages.length} (${packages.join(', ')}); ` +
      'choose one with --package, or leave the work tree out to clone each from dist_git_base_url',
  )
}

interface ViewRun {
  options: ProposeOptions
  view: JobView
  source: Git
  head: string
  version: string
  tag: string
  run: { archives: Archives[] }
}

async function proposeView(input: ViewRun): Promise<ProposeResult> {
  const { options, source, head, version, tag } = input
  const { packageKey, pkg } = input.view
  const tagCommit = await source.tryRevParse(`refs/tags/${tag}`)
  if (!tagCommit)
    throw new JobError(
      `tag "${tag}" is not in ${options.sourceGit}; fetch tags (actions/checkout needs fetch-depth: 0) or check the tag name`,
    )
  const { version: rpmVersion, prerelease } = toRpmVersion(version, pkg.prerelease_suffix_pattern)
  const actions = actionRunner(pkg, options.sourceGit)
  const specfilePath = requireSpecfilePath(pkg, options.sourceGit, actions)
  const releaseNotes =
    options.releaseNotes ??
    (pkg.copy_upstream_release_description ? await options.fetchReleaseNotes?.() : undefined)
  const identities = await commitIdentities(source, options.author)

  // The archive is made while the patches are: its name is known from the spec and the version.
  const archives = new Archives(source, tagCommit, archivePrefix(pkg, version))
  input.run.archives.push(archives)
  // Through readRepoFile: a spec that is a link out of the repository is never read.
  const specText = existsSync(path.join(options.sourceGit, specfilePath))
    ? await readRepoFile(source, specfilePath)
    : undefined
  // Copied as it is, the spec must already be the release's: checked before anything is made
  // (after the actions, when actions may change it, per branch).
  const release = { version, rpmVersion, tag }
  if (specText !== undefined && copiesSpecAsIs(pkg, actions) && !specMayChangeBeforeCopy(actions))
    requireReleaseVersion(
      SpecFile.parse(specText, { fileName: specfilePath }),
      specfilePath,
      release,
      copyReason(pkg),
    )
  const expectedName = specText === undefined ? undefined : archiveNameFor(specText, pkg, rpmVersion)
  if (expectedName) void archives.get(expectedName).catch(() => undefined)

  // Source-git mode: patches from the downstream commits after upstream_ref (unless create-patches replaces that).
  let generation: Awaited<ReturnType<typeof generatePatches>> | undefined
  if (pkg.upstream_ref && !actions.has('create-patches')) {
    const upstream = await resolveUpstreamRef(source, pkg.upstream_ref)
    await requireNoUpstreamReleaseInRange(source, pkg, upstream, head, tag)
    generation = await generatePatches(source, await downstreamRange(source, upstream), patchIgnorePaths(pkg))
  }

  const forge = options.forge
  const connection = await connectForge(forge, pkg, options.instanceUrl)
  const { http, instanceUrl } = connection
  const branches = await branchesFor(pkg, options.branches, http, options.bodhiUrl ?? DEFAULT_BODHI_URL)
  const dist = await distGitWorkTree(options.distGit, instanceUrl, pkg)

  const proposals: BranchProposal[] = []
  const outcomes: BranchOutcome[] = []
  for (const branch of branches) {
    const prepared = await proposeBranch({
      options,
      pkg,
      source,
      dist,
      branch,
      version,
      rpmVersion,
      prerelease,
      release,
      tag,
      tagCommit,
      head,
      generation,
      specfilePath,
      identities,
      actions,
      packageKey,
      releaseNotes,
      archives,
    }).catch((error: unknown) => {
      // One branch failing does not stop the others, with a forge or locally; a single branch's error is the answer.
      if (!forge && branches.length === 1) throw error
      return { branch, operation: 'failed' as const, reason: redact((error as Error).message) }
    })
    if ('commit' in prepared) proposals.push(prepared)
    else outcomes.push(prepared)
  }
  const ready = proposals.map((p) => ({
    branch: p.branch,
    prBranch: p.prBranch,
    base: p.base,
    commit: p.commit,
    title: p.title,
    description: p.description,
    archive: p.archive ? { path: p.archive, sha512: p.archiveSha512 } : undefined,
  }))
  const settled = await publishOrKeep(forge, connection, dist, pkg, ready)
  return {
    version,
    tag,
    sourceGitCommit: head,
    proposals,
    outcomes: sortLike(branches, [...outcomes, ...settled.outcomes]),
    notes: settled.notes,
    warnings: generation ? ciOnlyPatchWarnings(generation.patches, pkg.config_file_path) : [],
  }
}

/**
 * The branches' commits published (pushed and proposed), or, without a forge, left as local
 * commits: what happened to each, in the order given.
 */
export async function publishOrKeep(
  forge: ForgeOptions | undefined,
  connection: ForgeConnection,
  dist: Git,
  pkg: PackageConfig,
  ready: ReadyBranch[],
): Promise<{ outcomes: BranchOutcome[]; notes: string[] }> {
  const { distGit, forkUser, push } = connection
  if (!forge || !distGit || !forkUser || !push)
    return {
      outcomes: ready.map((r) => ({
        branch: r.branch,
        operation: 'created',
        dryRun: true,
        reason: 'local commit only',
      })),
      notes: [],
    }
  return publishAll({
    forge,
    distGit,
    forkUser,
    push,
    dist,
    pkg,
    http: connection.http(),
    ready,
  })
}

/** A connection to the dist-git forge, checked (token, user, package) before any work; none for a local run. */
export interface ForgeConnection {
  http: () => HttpClient
  instanceUrl: string
  distGit?: DistGitForge
  forkUser?: string
  /** How the fork branch is pushed on this forge. */
  push?: SshPush | { protocol: 'https' }
}

export async function connectForge(
  forge: ForgeOptions | undefined,
  pkg: PackageConfig,
  instance?: string,
): Promise<ForgeConnection> {
  let client: HttpClient | undefined
  const http = () => (client ??= forge?.http ?? new HttpClient())
  // Credentials in the instance URL would reach push URLs, argv and messages: never kept.
  const instanceUrl = withoutUrlCredentials(forge?.instanceUrl ?? instance ?? pkg.dist_git_base_url).replace(
    /\/+$/,
    '',
  )
  if (!forge) return { http, instanceUrl }
  const namespace = pkg.dist_git_namespace
  const pkgName = pkg.downstream_package_name
  const distGit = await openDistGitForge({
    instanceUrl,
    token: forge.token,
    http: http(),
    choice: forge.forgeKind ?? pkg.dist_git_forge,
  })
  const push = resolvePush(forge.push, distGit.kind, forge.dryRun ?? false)
  const forkUser = await distGit.whoami()
  if (!(await distGit.projectExists(namespace, pkgName)))
    throw new JobError(
      `no dist-git repo ${namespace}/${pkgName} on ${instanceUrl}; check downstream_package_name`,
    )
  return { http, instanceUrl, distGit, forkUser, push }
}

/** The dist-git work tree: the local one given, or a fresh clone of the URL (default: the package on the instance). */
export async function distGitWorkTree(
  given: string | undefined,
  instanceUrl: string,
  pkg: PackageConfig,
): Promise<Git> {
  const distDir = given ?? `${instanceUrl}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}.git`
  let workTree: string
  if (isRemoteUrl(distDir)) {
    // Credentials in the URL go as a command-scoped header, not into argv or the clone's config.
    const { url, user, password } = splitUrlCredentials(distDir)
    workTree = makeTempDir('srcgit-dist-git-')
    await new Git(tempRoot()).run(['clone', '-q', url, workTree], {
      env: user || password ? basicAuthEnv(url, user ?? '', password ?? '') : {},
    })
  } else {
    workTree = path.resolve(distDir)
  }
  const dist = new Git(workTree)
  if (!(await dist.isRepository())) throw new JobError(`dist-git ${workTree} is not a git repository`)
  return dist
}

export function sortLike(branches: string[], outcomes: BranchOutcome[]): BranchOutcome[] {
  return [...outcomes].sort((a, b) => branches.indexOf(a.branch) - branches.indexOf(b.branch))
}

export interface PublishAllInput {
  forge: ForgeOptions
  distGit: DistGitForge
  forkUser: string
  /** The push protocol resolved for this forge (connectForge). */
  push: SshPush | { protocol: 'https' }
  dist: Git
  pkg: PackageConfig
  http: HttpClient
  ready: ReadyBranch[]
}

/** Uploads, fork, then each branch pushed and proposed (see publish.ts for the order and why). */
export async function publishAll(
  input: PublishAllInput,
): Promise<{ outcomes: BranchOutcome[]; notes: string[] }> {
  const { forge, distGit, forkUser, pkg, push } = input
  const namespace = pkg.dist_git_namespace
  const repo = pkg.downstream_package_name
  const notes: string[] = []
  const { ready } = input
  if (ready.length === 0) return { outcomes: [], notes }
  const forkUrl = distGit.forkPushUrl({
    protocol: push.protocol,
    sshHost: push.protocol === 'ssh' ? push.sshHost : undefined,
    user: forkUser,
    ns: namespace,
    repo,
  })
  const transport: PushTransport = await prepareTransport(
    push.protocol === 'ssh'
      ? { protocol: 'ssh', privateKey: push.privateKey, knownHosts: push.knownHosts }
      : { protocol: 'https', user: forkUser, token: forge.token },
    forkUrl,
  )
  try {
    const ctx: PublishContext = {
      dist: input.dist,
      distGit,
      namespace,
      pkg: repo,
      forkUser,
      forkUrl,
      transport,
      lookaside: new LookasideCache({
        downloadBase: forge.lookasideUrl ?? pkg.lookaside_cache_url,
        uploadUrl: `${(forge.lookasideUrl ?? pkg.lookaside_cache_url).replace(/\/+$/, '')}/upload.cgi`,
        http: input.http,
      }),
      withUploadAuth: uploadAuth(forge, forkUser),
      keytabHint:
        'add the base64-encoded keytab of the bot account as a secret and pass it as the `keytab` input (SRCGIT_KEYTAB for the CLI)',
      force: forge.force ?? false,
      dryRun: forge.dryRun ?? false,
    }
    // Uploads first: no branch is pushed for an archive the cache does not have.
    notes.push(...(await ensureArchivesUploaded(ctx, ready)))
    // Read first: a rerun with the fork in place makes no write request.
    if (!(await distGit.forkExists(forkUser, namespace, repo))) {
      if (ctx.dryRun) notes.push(`would fork ${namespace}/${repo}`)
      else if ((await distGit.ensureFork(namespace, repo)) === 'created')
        notes.push(`forked ${namespace}/${repo} to ${forkUser}`)
    }
    const outcomes: BranchOutcome[] = []
    for (const branch of ready) outcomes.push(await publishBranch(ctx, branch))
    return { outcomes, notes }
  } finally {
    await transport.dispose()
  }
}

/** Kerberos from the keytab; the test forge's header when SRCGIT_TEST_LOOKASIDE_USER is set; else none. */
function uploadAuth(forge: ForgeOptions, forkUser: string): PublishContext['withUploadAuth'] {
  const test = testLookasideAuth()
  if (test) return (fn) => fn(test)
  const keytab = forge.keytab
  if (!keytab) return undefined
  const principal = forge.fasUser ?? forkUser
  return (fn) =>
    withKerberosTicket({ keytabBase64: keytab, principal, krb5Conf: forge.krb5Conf }, (env) =>
      fn({ kind: 'kerberos', env: { ...env }, principal } satisfies LookasideAuth),
    )
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
  release: { version: string; rpmVersion: string; tag: string }
  tag: string
  tagCommit: string
  head: string
  generation: Awaited<ReturnType<typeof generatePatches>> | undefined
  specfilePath: string
  identities: CommitIdentities
  actions: ActionRunner
  /** The package's key in the configuration (PACKIT_CONFIG_PACKAGE_NAME). */
  packageKey: string
  releaseNotes?: string
  archives: Archives
}

/**
 * The release as a local commit for one branch, or why there is none: the branch already has
 * this version (a maintainer did the update by hand) or a newer one.
 */
async function proposeBranch(ctx: BranchContext): Promise<BranchProposal | BranchOutcome> {
  const { pkg, source, dist, branch } = ctx
  const notes: string[] = [...(ctx.generation?.notes ?? [])]
  // Specs are read as rpm reads them on this branch: its %fedora/%rhel/%dist, then parse_time_macros.
  const predefined = branchMacros(branch, { parseTimeMacros: pkg.parse_time_macros })
  // A fresh clone's remote-tracking branch is the truth; a local work tree's own branch comes first.
  const base =
    (await dist.tryRevParse(`refs/heads/${branch}`)) ??
    (await dist.tryRevParse(`refs/remotes/origin/${branch}`))
  if (!base) throw new JobError(`dist-git ${dist.dir} has no branch "${branch}"`)
  const current = await distGitVersion(dist, base, `${pkg.downstream_package_name}.spec`, predefined)
  if (current !== undefined) {
    const order = rpmvercmp(current, ctx.rpmVersion)
    if (order === 0)
      return {
        branch,
        operation: 'unchanged',
        reason: `already up to date: ${branch} has version ${current}`,
      }
    if (order > 0)
      return {
        branch,
        operation: 'skipped',
        reason: `${branch} has version ${current}, newer than ${ctx.rpmVersion}`,
      }
  }
  const prBranch = prBranchName(branch)
  // On failure the PR branch goes back to what it was (or away) and a new archive is removed: nothing half-done.
  const branchBefore = await dist.tryRevParse(`refs/heads/${prBranch}`)
  let archiveCreated: string | undefined
  const tree = makeTempPath('srcgit-worktree-')
  // A run that was killed leaves its worktree registered, holding prBranch: forget it first.
  await dist.run(['worktree', 'prune'])
  await dist.run(['worktree', 'add', '-q', '-B', prBranch, tree, base])
  let succeeded = false
  try {
    const wt = dist.at(tree)
    const specName = `${pkg.downstream_package_name}.spec`
    const distSpecPath = path.join(tree, specName)
    const oldSpecText = readTreeFile(distSpecPath)
    const oldSpec =
      oldSpecText === undefined ? undefined : SpecFile.parse(oldSpecText, { fileName: specName, predefined })

    // Packit's release-sync actions, in its order; the hooks may generate or change the spec.
    const { actions } = ctx
    const env = syncActionEnv({
      packageKey: ctx.packageKey,
      pkg,
      specfilePath: ctx.specfilePath,
      upstreamRepo: ctx.options.sourceGit,
      downstreamRepo: tree,
      version: ctx.version,
    })
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
    const sourceSpecText = await readRepoFile(source, ctx.specfilePath)

    // files_to_sync, with the spec left to the merge below unless it is copied as is
    // (sync_changelog, or a prepare-files action that replaces the merge).
    const copySpecAsIs = copiesSpecAsIs(pkg, actions)
    const sourceFiles = (await source.output(['ls-files', '-z'])).split('\0').filter(Boolean)
    const destFiles = (await wt.output(['ls-files', '-z'])).split('\0').filter(Boolean)
    const plan = planFileSync(syncItems(pkg, ctx.specfilePath), sourceFiles, destFiles, {
      specPath: ctx.specfilePath,
      dropSpec: !copySpecAsIs,
      sourceLinks: symlinksAmong(ctx.options.sourceGit, sourceFiles),
      destLinks: symlinksAmong(tree, destFiles),
    })
    if (plan.problems.length > 0) throw new JobError(`files_to_sync: ${plan.problems.join('; ')}`)
    applyFileSyncPlan(plan, ctx.options.sourceGit, tree)

    let specText: string
    if (copySpecAsIs) specText = readTreeFile(distSpecPath) ?? sourceSpecText
    else specText = oldSpecText === undefined ? sourceSpecText : withChangelogOf(sourceSpecText, oldSpecText)
    let spec = SpecFile.parse(specText, { fileName: specName, predefined })
    if (!copySpecAsIs) {
      // The suffix macro first (as specfile's update_version does): Version may be built from it.
      if (
        pkg.prerelease_suffix_macro &&
        !spec.setMacroCommentedOut(pkg.prerelease_suffix_macro, !ctx.prerelease)
      )
        notes.push(`prerelease_suffix_macro: ${specName} defines no macro %${pkg.prerelease_suffix_macro}`)
      notes.push(...spec.setVersion(ctx.rpmVersion))
      if (oldSpec?.hasAutorelease && !spec.hasAutorelease) spec.setRawRelease(oldSpec.mainTag('release')!.raw)
      // Leaves %autorelease as it is, but sets the number in a header rpmautospec wrote out.
      notes.push(...spec.resetRelease())
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
          releaseDescription: ctx.releaseNotes,
          copyReleaseDescription: pkg.copy_upstream_release_description,
        })
        const author = changelogAuthor(process.env, ctx.identities.author.name, ctx.identities.author.email)
        spec.addChangelogEntry({ text, author, date: ctx.options.date })
      }
    }

    // Patches: previous generated ones leave, new ones come, unchanged ones stay byte for byte.
    if (pkg.upstream_ref && actions.has('create-patches')) {
      writeTreeFile(distSpecPath, spec.toString())
      await actions.run('create-patches', env)
      spec = SpecFile.parse(readTreeFile(distSpecPath)!, { fileName: specName, predefined })
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
    writeTreeFile(distSpecPath, spec.toString())
    if (actions.has('post-modifications')) {
      await actions.run('post-modifications', env)
      spec = SpecFile.parse(readTreeFile(distSpecPath)!, { fileName: specName, predefined })
    }

    // Copied as it is (or left to actions), the spec must be the release's before an archive is named from it.
    if (copySpecAsIs) requireReleaseVersion(spec, ctx.specfilePath, ctx.release, copyReason(pkg))

    // The archive, named as the spec's Source expands for the new version (or nothing to upload, and why).
    const upload = await planArchive({
      spec,
      specPath: distSpecPath,
      specName,
      pkg,
      tree,
      treeGit: wt,
      tag: ctx.tag,
    })
    let archivePath = ''
    let sha512 = ''
    if (upload.kind === 'none') notes.push(upload.note)
    else {
      if (upload.namedBy === 'rpmspec')
        notes.push(`${pkg.spec_source_id} ${upload.name}: named by rpmspec (srcgit could not expand it)`)
      // Kept in the git directory, not the work tree: an untracked archive there would make the
      // next update-dist-git (or any tool wanting a clean tree) refuse the user's dist-git checkout.
      const archiveDir = path.join(
        await dist.output(['rev-parse', '--absolute-git-dir']),
        'srcgit',
        'archives',
      )
      mkdirSync(archiveDir, { recursive: true })
      archivePath = path.join(archiveDir, upload.name)
      if (!existsSync(archivePath)) archiveCreated = archivePath
      const built = await ctx.archives.get(upload.name)
      copyFileSync(built.file, archivePath)
      sha512 = built.sha512
      const oldArchive = oldSpec && archiveFileName(oldSpec, pkg)
      const replaceNames = oldArchive ? [oldArchive.name] : []
      const sourcesPath = path.join(tree, 'sources')
      const sources = updateSourcesFile(
        readTreeFile(sourcesPath) ?? '',
        [{ filename: upload.name, hash: sha512 }],
        { replaceNames },
      )
      writeTreeFile(sourcesPath, sources.text)
      const gitignorePath = path.join(tree, '.gitignore')
      writeTreeFile(gitignorePath, addGitignoreEntries(readTreeFile(gitignorePath) ?? '', [upload.name]).text)
    }

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
    const diff = await wt.output(['diff', '--no-color', `${commit}^`, commit])
    const upstreamUrl = pkg.upstream_project_url ? withoutUrlCredentials(pkg.upstream_project_url) : undefined
    const sourceGitUrl = await source.run(['remote', 'get-url', 'origin'], { allowFailure: true })
    succeeded = true
    return {
      branch,
      prBranch,
      base,
      commit,
      diffstat,
      diff,
      title: prTitle(branch, ctx.version),
      description: prDescription({
        upstreamUrl,
        tag: ctx.tag,
        commit: ctx.tagCommit,
        // GitLab CI's checkout has the job token in its remote URL.
        sourceGitUrl: sourceGitUrl.code === 0 ? withoutUrlCredentials(sourceGitUrl.stdout.trim()) : undefined,
        sourceGitCommit: ctx.head,
      }),
      archive: archivePath,
      archiveSha512: sha512,
      notes,
    }
  } finally {
    await dist.run(['worktree', 'remove', '--force', tree], { allowFailure: true })
    removeTempDir(tree)
    if (!succeeded) {
      await dist.run(branchBefore ? ['branch', '-f', prBranch, branchBefore] : ['branch', '-D', prBranch], {
        allowFailure: true,
      })
      if (archiveCreated) rmSync(archiveCreated, { force: true })
    }
  }
}

/** Why the spec is copied as it is, for messages. */
function copyReason(pkg: PackageConfig): string {
  return pkg.sync_changelog
    ? 'with sync_changelog: true the spec is copied as it is'
    : 'with a prepare-files action the spec is copied as it is'
}

/** The expanded Version of the spec on a dist-git commit; undefined when there is none or it cannot be expanded. */
async function distGitVersion(
  dist: Git,
  commit: string,
  specName: string,
  predefined: Record<string, string>,
): Promise<string | undefined> {
  const shown = await dist.run(['show', `${commit}:${specName}`], { allowFailure: true })
  if (shown.code !== 0) return undefined
  const version = SpecFile.parse(shown.stdout, { fileName: specName, predefined }).version
  return version && version.unresolved.length === 0 ? version.value : undefined
}

/**
 * The archives of one run, one per file name, each made once and started as soon as its name
 * is known; branches copy them next to their spec.
 */
export class Archives {
  private readonly dir = makeTempDir('srcgit-archives-')
  private readonly jobs = new Map<string, Promise<{ file: string; sha512: string }>>()

  constructor(
    private readonly source: Git,
    private readonly ref: string,
    private readonly prefix: string,
  ) {}

  get(name: string): Promise<{ file: string; sha512: string }> {
    let job = this.jobs.get(name)
    if (!job) {
      const file = path.join(this.dir, name)
      job = createArchive(this.source, {
        ref: this.ref,
        prefix: this.prefix,
        outputFile: file,
        compression: compressionFor(name),
      }).then((sha512) => ({ file, sha512 }))
      this.jobs.set(name, job)
    }
    return job
  }

  async dispose(): Promise<void> {
    await Promise.allSettled(this.jobs.values())
    removeTempDir(this.dir)
  }
}

/** The archive name the spec's Source0 gives for this version, when it can be told without the dist-git side. */
function archiveNameFor(specText: string, pkg: PackageConfig, rpmVersion: string): string | undefined {
  try {
    const spec = SpecFile.parse(specText)
    spec.setVersion(rpmVersion)
    const name = archiveFileName(spec, pkg)?.name
    return name && archiveCompression(name) ? name : undefined
  } catch {
    return undefined
  }
}

export { archiveSource } from './archive-plan.js'

/** The archive's top directory, from archive_root_dir_template. */
export function archivePrefix(pkg: PackageConfig, version: string): string {
  return pkg.archive_root_dir_template
    .replace('{upstream_pkg_name}', pkg.upstream_package_name)
    .replace('{version}', version)
}
