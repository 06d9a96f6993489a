/**
 * `srcgit update-source-git DIST_GIT SOURCE_GIT`: bring commits made by hand in dist-git back
 * into source-git (Packit's `source-git update-source-git`, §5.3), so the next forward sync
 * neither refuses nor undoes them.
 *
 * The dist-git commits after the last sync point (first parent, oldest first) that srcgit did
 * not make and that source-git does not carry yet are replayed one by one onto the checked-out
 * source-git branch:
 * - changes to the spec and to files_to_sync targets become one commit under their source-git
 *   paths (`foo.spec` → `.distro/foo.spec`), with the original author, date and message plus a
 *   `From-dist-git-commit:` trailer. Each file is merged three-way (dist-git before, dist-git
 *   after, source-git now), so a source-git spec that differs from dist-git's (srcgit's PatchN
 *   lines, %changelog with sync_changelog: false) gets exactly the maintainer's change.
 * - a patch file added or edited by hand becomes a commit that applies it to the source tree
 *   (like `git am` for a mail, else `git apply -pN`), carrying Patch-name, Patch-id and the spec
 *   comment as Patch-status, so update-dist-git writes the same PatchN line back. Its PatchN
 *   line is not copied into `.distro/`: srcgit declares patches from commits.
 * - `sources` and `.gitignore` stay in dist-git (srcgit makes them from the archive).
 * A commit that cannot be brought back (a patch that does not apply, a change that does not
 * merge, a patch srcgit generates that was removed or edited) stops the run before it: the
 * commits made so far stay, source-git is left exactly as after the last of them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { makeTempDir } from '../runtime/resources.js'
import path from 'node:path'
import { type FilesToSyncItem, type JobView, type PackageConfig } from '../config/index.js'
import { lastSyncPoint, SOURCE_GIT_TRAILER } from '../dist-git/checkout.js'
import { ContentError } from '../dist-git/errors.js'
import { reverseSyncPaths } from '../dist-git/reverse-sync.js'
import { syncItems } from '../dist-git/files-to-sync.js'
import { Git, GitError } from '../git/git.js'
import { broughtBackCommits, type BroughtBack } from '../source-git/brought-back.js'
import { downstreamRange, SourceGitError } from '../source-git/downstream.js'
import {
  appendTrailerLines,
  FROM_DIST_GIT_TRAILER,
  isMailPatch,
  patchDeclaration,
  patchTrailerLines,
  stripPatchDeclarations,
  withoutPatchTrailers,
  type PatchDeclaration,
} from '../source-git/from-dist-git.js'
import { generatePatches, patchIds } from '../source-git/patches.js'
import { MetadataError } from '../source-git/trailers.js'
import { SpecError, SpecFile, withChangelogOf } from '../spec/index.js'
import { actionRunner } from './actions.js'
import { commitIdentities } from './commit-identity.js'
import { JobError, openSyncPair, patchIgnorePaths } from './update-dist-git.js'

export interface UpdateSourceGitOptions {
  distGit: string
  sourceGit: string
  upstreamRef?: string
  configFile?: string
  packageName?: string
  /** The configuration to sync with, already chosen (sync-from-downstream passes its job view). */
  view?: JobView
  /** Consider the dist-git commits after this one instead of those after the last sync point. */
  since?: string
  /** Make the commits on a detached HEAD, report them, then put source-git back as it was. */
  dryRun?: boolean
}

export interface SourceGitCommitMade {
  distGitCommit: string
  sourceGitCommit: string
  subject: string
  /** spec: only the spec changed; files: other files_to_sync targets too; patch: a patch applied to the sources. */
  kind: 'spec' | 'files' | 'patch'
  /** The patch file, for kind 'patch'. */
  patch?: string
}

export interface SkippedCommit {
  distGitCommit: string
  subject: string
  reason: string
}

export interface StoppedAt extends SkippedCommit {
  /** The patch file that stopped the run, when it was one. */
  patch?: string
  /** True when someone has to change source-git (or dist-git) by hand; false when applying or merging failed. */
  manual: boolean
}

export interface UpdateSourceGitResult {
  /** committed: at least one source-git commit was made (discarded again with dryRun). */
  status: 'committed' | 'nothing-to-do'
  commits: SourceGitCommitMade[]
  /** Dist-git commits with nothing to bring back, and why. */
  skipped: SkippedCommit[]
  /** The dist-git commit the run stopped before; later ones were not looked at. */
  stopped?: StoppedAt
  /** source-git HEAD afterwards (unchanged with dryRun). */
  head: string
  dryRun: boolean
  notes: string[]
}

/** A dist-git commit that cannot be brought back as it is. */
class StopCommit extends Error {
  constructor(
    message: string,
    readonly manual: boolean,
    readonly patch?: string,
  ) {
    super(message)
  }
}

/** Git's empty tree: the "before" of a root commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

interface DistGitCommit {
  sha: string
  parent: string
  authorName: string
  authorEmail: string
  authorDate: string
  subject: string
  message: string
}

interface Change {
  status: string
  path: string
}

interface Blob {
  mode: string
  content: Buffer
}

const short = (sha: string) => sha.slice(0, 12)

export async function updateSourceGit(options: UpdateSourceGitOptions): Promise<UpdateSourceGitResult> {
  const { notes, pkg, source, dist, upstream, specfilePath } = await openSyncPair(options, {
    untracked: false,
  })

  const start = (await source.tryRevParse('HEAD'))!
  const broughtBack = await broughtBackCommits(source, upstream)
  const candidates = await pendingCommits(dist, broughtBack, options.since)
  const result: UpdateSourceGitResult = {
    status: 'nothing-to-do',
    commits: [],
    skipped: [],
    head: start,
    dryRun: options.dryRun ?? false,
    notes,
  }
  if (candidates.length === 0) {
    notes.push('source-git already has every dist-git commit since the last sync')
    return result
  }

  const branch = (await source.run(['symbolic-ref', '-q', 'HEAD'], { allowFailure: true })).stdout.trim()
  if (options.dryRun) await source.run(['checkout', '-q', '--detach'])
  const replayer = new Replayer(source, dist, pkg, upstream, specfilePath, notes)
  try {
    for (const commit of candidates) {
      const before = (await source.tryRevParse('HEAD'))!
      try {
        const outcome = await replayer.replay(commit)
        if (outcome.made.length === 0)
          result.skipped.push({ distGitCommit: commit.sha, subject: commit.subject, reason: outcome.reason })
        result.commits.push(...outcome.made)
      } catch (error) {
        // Nothing half-done: source-git goes back to how it was before this dist-git commit.
        await source.run(['reset', '-q', '--hard', before])
        if (!isStop(error)) throw error
        result.stopped = {
          distGitCommit: commit.sha,
          subject: commit.subject,
          reason: error.message,
          patch: error instanceof StopCommit ? error.patch : undefined,
          manual: error instanceof StopCommit ? error.manual : false,
        }
        break
      }
    }
    result.head = (await source.tryRevParse('HEAD'))!
  } finally {
    if (options.dryRun) {
      const target = branch ? branch.replace(/^refs\/heads\//, '') : start
      await source.run(['checkout', '-q', '-f', ...(branch ? [] : ['--detach']), target, '--'])
      result.head = start
    }
  }
  if (result.commits.length > 0) result.status = 'committed'
  return result
}

function isStop(error: unknown): error is Error {
  return [StopCommit, GitError, SpecError, SourceGitError, MetadataError, ContentError].some(
    (t) => error instanceof t,
  )
}

/**
 * Dist-git commits to bring back, oldest first: first-parent commits after the last sync point
 * (or `since`), down to the newest one source-git already carries, leaving out srcgit's own.
 */
async function pendingCommits(dist: Git, broughtBack: BroughtBack, since?: string): Promise<DistGitCommit[]> {
  let lower: string | undefined
  if (since) {
    lower = await dist.tryRevParse(since)
    if (!lower) throw new JobError(`--since ${since} is not a commit in dist-git ${dist.dir}`)
  } else {
    lower = (await lastSyncPoint(dist))?.commit
  }
  const revs = (await dist.output(['rev-list', '--first-parent', lower ? `${lower}..HEAD` : 'HEAD']))
    .split('\n')
    .filter(Boolean)
  const pending: string[] = []
  let reachedSync = lower !== undefined
  for (const sha of revs) {
    if (broughtBack.has(sha)) {
      if (since) continue
      reachedSync = true
      break
    }
    pending.push(sha)
  }
  if (!reachedSync)
    throw new JobError(
      `dist-git ${dist.dir} has no sync point: no commit carries a ${SOURCE_GIT_TRAILER} trailer and no source-git ` +
        `commit names a dist-git commit in a ${FROM_DIST_GIT_TRAILER} trailer; sync forward once ` +
        '(srcgit update-dist-git -m MESSAGE) or give the last dist-git commit source-git has with --since',
    )
  const commits: DistGitCommit[] = []
  for (const sha of pending.reverse()) {
    const format = [
      '%H',
      '%P',
      '%an',
      '%ae',
      '%aI',
      '%s',
      `%(trailers:key=${SOURCE_GIT_TRAILER},valueonly)`,
      '%B',
    ]
    const [, parents, authorName, authorEmail, authorDate, subject, fromSourceGit, message] = (
      await dist.output(['log', '-1', `--format=${format.join('%x1f')}`, sha, '--'])
    ).split('\x1f')
    if (fromSourceGit.trim()) continue
    commits.push({
      sha,
      parent: parents.split(' ')[0] || EMPTY_TREE,
      authorName,
      authorEmail,
      authorDate,
      subject,
      message,
    })
  }
  return commits
}

interface Outcome {
  made: SourceGitCommitMade[]
  /** Why nothing was made, when nothing was. */
  reason: string
}

/** Replays dist-git commits onto source-git, one at a time. */
class Replayer {
  private readonly specName: string
  private readonly items: readonly FilesToSyncItem[]
  private readonly changelogStays: boolean
  private readonly createPatchesAction: boolean
  private identities?: Awaited<ReturnType<typeof commitIdentities>>
  /** Patches srcgit makes from source-git commits, by file name (computed when first needed). */
  private generated?: Map<string, { content: Buffer; commits: string[]; presentInSpecfile: boolean }>
  /** Patches brought back during this run, by file name. */
  private readonly converted = new Map<string, { content: Buffer; commits: string[] }>()
  private sourcesNoted = false

  constructor(
    private readonly source: Git,
    private readonly dist: Git,
    private readonly pkg: PackageConfig,
    private readonly upstream: string,
    private readonly specfilePath: string,
    private readonly notes: string[],
  ) {
    this.specName = `${pkg.downstream_package_name}.spec`
    this.items = syncItems(pkg, specfilePath)
    const actions = actionRunner(pkg, source.dir)
    // As update-dist-git: with sync_changelog off, dist-git keeps its own %changelog.
    this.changelogStays = !pkg.sync_changelog && !actions.has('prepare-files')
    this.createPatchesAction = actions.has('create-patches')
  }

  async replay(commit: DistGitCommit): Promise<Outcome> {
    const changes = await this.changes(commit)
    if (changes.length === 0)
      return {
        made: [],
        reason:
          'it changes no file (with %autorelease and %autochangelog a mass rebuild is an empty commit): nothing to bring back',
      }

    const [sourceFiles, destFiles] = await Promise.all([
      this.source.output(['ls-files', '-z']).then((o) => o.split('\0').filter(Boolean)),
      this.dist
        .output(['ls-tree', '-r', '-z', '--name-only', commit.sha])
        .then((o) => o.split('\0').filter(Boolean)),
    ])
    const tracked = new Set(sourceFiles)
    const mapping = reverseSyncPaths(
      this.items,
      sourceFiles,
      destFiles,
      changes.map((c) => c.path),
      { specPath: this.specfilePath },
    )
    const specBefore = await this.text(this.dist, this.specName, commit.parent)
    const specAfter = await this.text(this.dist, this.specName, commit.sha)
    const declares = (spec: string | undefined, name: string) =>
      spec !== undefined && declaresPatch(spec, name)

    const kept: string[] = []
    const unmanaged: string[] = []
    let specChange: Change | undefined
    const files: { change: Change; to: string }[] = []
    const patches: Change[] = []
    for (const change of changes) {
      const to = mapping.get(change.path)
      if (change.path === 'sources' || change.path === '.gitignore') kept.push(change.path)
      else if (change.path === this.specName) specChange = change
      else if (to !== undefined && tracked.has(to)) files.push({ change, to })
      else if (
        !change.path.includes('/') &&
        (change.path.endsWith('.patch') ||
          declares(specBefore, change.path) ||
          declares(specAfter, change.path))
      )
        patches.push(change)
      else if (to !== undefined) files.push({ change, to })
      else unmanaged.push(change.path)
    }
    if (kept.length > 0 && !this.sourcesNoted) {
      this.sourcesNoted = true
      this.notes.push(
        'changes to sources and .gitignore are not brought back: srcgit makes them from the upstream archive',
      )
    }
    for (const file of unmanaged)
      this.notes.push(`${short(commit.sha)}: ${file} is not a file files_to_sync copies; left out`)

    const made: SourceGitCommitMade[] = []
    const reasons: string[] = []
    for (const patch of await this.patchesToApply(commit, patches, specAfter, reasons)) {
      const applied = await this.applyPatch(commit, patch.name, patch.content, patch.declaration)
      made.push(...applied)
      this.converted.set(patch.name, {
        content: patch.content,
        commits: applied.map((c) => c.sourceGitCommit),
      })
    }

    let filesChanged = false
    const specChanged = specChange ? await this.replaySpec(commit, specChange, reasons) : false
    for (const file of files) if (await this.replayFile(commit, file.change, file.to)) filesChanged = true
    if (specChanged || filesChanged) {
      const message = appendTrailerLines(commit.message, [`${FROM_DIST_GIT_TRAILER}: ${commit.sha}`])
      made.push({
        distGitCommit: commit.sha,
        sourceGitCommit: await this.commit(message, commit),
        subject: commit.subject,
        kind: filesChanged ? 'files' : 'spec',
      })
    } else if (files.length > 0) {
      reasons.push('source-git already has its changes to files_to_sync files')
    }
    if (kept.length > 0) reasons.push(`it changes only files srcgit does not bring back (${kept.join(', ')})`)
    if (unmanaged.length > 0) reasons.push(`files_to_sync does not copy ${unmanaged.join(', ')}`)
    return { made, reason: reasons.join('; ') || 'nothing srcgit manages changes' }
  }

  // ---- patches ---------------------------------------------------------------------------

  private async generatedPatches(): Promise<
    Map<string, { content: Buffer; commits: string[]; presentInSpecfile: boolean }>
  > {
    if (this.generated) return this.generated
    this.generated = new Map()
    if (this.createPatchesAction) {
      this.notes.push('a create-patches action makes the patches: no PatchN line is treated as srcgit’s own')
      return this.generated
    }
    const range = await downstreamRange(this.source, this.upstream)
    const generation = await generatePatches(this.source, range, patchIgnorePaths(this.pkg))
    for (const patch of generation.patches)
      this.generated.set(patch.name, {
        content: patch.content,
        commits: patch.commits.map((c) => c.sha),
        presentInSpecfile: patch.metadata.presentInSpecfile,
      })
    return this.generated
  }

  /** File names whose PatchN lines srcgit writes itself (so they are not part of `.distro/`). */
  private async ownPatchNames(): Promise<Set<string>> {
    const names = new Set(this.converted.keys())
    for (const [name, patch] of await this.generatedPatches()) if (!patch.presentInSpecfile) names.add(name)
    return names
  }

  /** The patch files of this commit that become source-git commits, in PatchN order; stops on the others. */
  private async patchesToApply(
    commit: DistGitCommit,
    changes: readonly Change[],
    specAfter: string | undefined,
    reasons: string[],
  ): Promise<{ name: string; content: Buffer; declaration: PatchDeclaration }[]> {
    if (changes.length === 0) return []
    const generated = await this.generatedPatches()
    const where = `dist-git commit ${short(commit.sha)} ("${commit.subject}")`
    const result: { name: string; content: Buffer; declaration: PatchDeclaration }[] = []
    for (const change of changes) {
      const name = change.path
      const own = generated.get(name) ?? this.converted.get(name)
      const madeFrom = own ? `source-git commit(s) ${own.commits.map(short).join(', ')}` : ''
      if (change.status === 'D') {
        if (own)
          throw new StopCommit(
            `${where} removes ${name}, which srcgit makes from ${madeFrom}: this needs a manual step. ` +
              `Revert or drop that downstream change in source-git and put "${FROM_DIST_GIT_TRAILER}: ${commit.sha}" ` +
              'in the message of the commit that does it, then run update-source-git again',
            true,
            name,
          )
        reasons.push(`it removes ${name}, which source-git has no commit for`)
        continue
      }
      const content = (await this.blob(this.dist, name, commit.sha))!.content
      if (own) {
        const [theirs, ours] = await Promise.all([
          patchIds(this.source, content),
          patchIds(this.source, own.content),
        ])
        if (theirs.length > 0 && theirs.join() === ours.join()) {
          reasons.push(`its ${name} holds the same change srcgit makes from source-git`)
          continue
        }
        throw new StopCommit(
          `${where} changes ${name}, which srcgit makes from ${madeFrom}: this needs a manual step. ` +
            `Make the same change to that downstream commit in source-git (git rebase -i) and put ` +
            `"${FROM_DIST_GIT_TRAILER}: ${commit.sha}" in its message, then run update-source-git again`,
          true,
          name,
        )
      }
      const spec = specAfter ?? ''
      const declaration =
        (specAfter !== undefined ? patchDeclaration(spec, name) : undefined) ??
        patchDeclaration((await this.text(this.dist, this.specName, 'HEAD')) ?? '', name)
      if (!declaration)
        throw new StopCommit(
          `${where} adds ${name}, but ${this.specName} declares no PatchN for it (neither in that commit nor now), ` +
            'so srcgit cannot tell how the build applies it; declare it in dist-git, or remove it',
          true,
          name,
        )
      if (declaration.strip > 1)
        throw new StopCommit(
          `${where}: %prep applies ${name} with -p${declaration.strip}; srcgit writes patches for -p1 (or -p0 with No-prefix), ` +
            'so the spec would no longer apply it: regenerate the patch for -p1 in dist-git',
          true,
          name,
        )
      const own_ = await this.ownPatchNames()
      const below = (specAfter !== undefined ? SpecFile.parse(specAfter).patches : [])
        .filter((p) => own_.has(SpecFile.fileName(p.expanded.value)))
        .map((p) => p.number)
        .filter((n) => n >= declaration.number)
      if (below.length > 0)
        throw new StopCommit(
          `${where}: ${name} is Patch${declaration.number}, not above Patch${Math.max(...below)} that srcgit makes from ` +
            'source-git; its source-git commit goes on top of the downstream commits, so it must have the highest ' +
            'number: renumber it in dist-git',
          true,
          name,
        )
      if (!declaration.applied)
        this.notes.push(
          `${name} (Patch${declaration.number}) is not applied by %prep as srcgit reads it; source-git now applies it: check`,
        )
      result.push({ name, content, declaration })
    }
    return result.sort((a, b) => a.declaration.number - b.declaration.number)
  }

  /** One source-git commit per mail in the patch (like `git am`), or one `Apply patch NAME` commit. */
  private async applyPatch(
    commit: DistGitCommit,
    name: string,
    content: Buffer,
    declaration: PatchDeclaration,
  ): Promise<SourceGitCommitMade[]> {
    const dir = makeTempDir('srcgit-patch-')
    const made: SourceGitCommitMade[] = []
    const trailers = (first: boolean) => [
      ...patchTrailerLines({
        name,
        number: first ? declaration.number : undefined,
        comment: first ? declaration.comment : undefined,
        noPrefix: declaration.strip === 0,
      }),
      `${FROM_DIST_GIT_TRAILER}: ${commit.sha}`,
    ]
    const record = (sha: string, subject: string) =>
      made.push({ distGitCommit: commit.sha, sourceGitCommit: sha, subject, kind: 'patch', patch: name })
    try {
      const file = path.join(dir, 'patch')
      writeFileSync(file, content)
      if (!isMailPatch(content)) {
        await this.apply(commit, name, file, declaration.strip)
        const subject = `Apply patch ${name}`
        record(await this.commit(appendTrailerLines(subject, trailers(true)), commit), subject)
        return made
      }
      const mails = path.join(dir, 'mails')
      mkdirSync(mails)
      await this.source.run(['mailsplit', '-b', `-o${mails}`, file])
      for (const [index, mail] of readdirSync(mails).sort().entries()) {
        const msg = path.join(dir, 'msg')
        const diff = path.join(dir, 'diff')
        const info = await this.source.output(['mailinfo', msg, diff], {
          input: readFileSync(path.join(mails, mail)),
        })
        const header = new Map(
          info
            .split('\n')
            .map((line) => /^([A-Za-z]+): (.*)$/.exec(line))
            .filter((m): m is RegExpExecArray => m !== null)
            .map((m) => [m[1], m[2]]),
        )
        if (readFileSync(diff).length === 0)
          throw new StopCommit(
            `${name} from dist-git commit ${short(commit.sha)}: mail ${index + 1} holds no patch`,
            false,
            name,
          )
        await this.apply(commit, name, diff, declaration.strip)
        const subject = header.get('Subject') || `Apply patch ${name}`
        const body = readFileSync(msg, 'utf8').trim()
        const message = withoutPatchTrailers(body ? `${subject}\n\n${body}` : subject)
        const author = {
          ...commit,
          authorName: header.get('Author') || commit.authorName,
          authorEmail: header.get('Email') || commit.authorEmail,
          authorDate: header.get('Date') || commit.authorDate,
        }
        record(await this.commit(appendTrailerLines(message, trailers(index === 0)), author), subject)
      }
      return made
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  private async apply(commit: DistGitCommit, name: string, file: string, strip: number): Promise<void> {
    const applied = await this.source.run(['apply', '--index', '--whitespace=nowarn', `-p${strip}`, file], {
      allowFailure: true,
    })
    if (applied.code !== 0)
      throw new StopCommit(
        `patch ${name} from dist-git commit ${short(commit.sha)} ("${commit.subject}") does not apply to source-git: ` +
          (applied.stderr.trim() || `git apply exited with ${applied.code}`),
        false,
        name,
      )
  }

  // ---- spec and files --------------------------------------------------------------------

  /** The maintainer's spec change, without srcgit's PatchN lines (and %changelog when dist-git keeps its own). */
  private async replaySpec(commit: DistGitCommit, change: Change, reasons: string[]): Promise<boolean> {
    if (change.status === 'D')
      throw new StopCommit(
        `dist-git commit ${short(commit.sha)} deletes ${this.specName}; srcgit does not delete ${this.specfilePath}`,
        true,
      )
    const ours = await this.blob(this.source, this.specfilePath, 'HEAD')
    if (!ours)
      throw new StopCommit(
        `source-git has no ${this.specfilePath} (specfile_path) to bring the spec change to`,
        true,
      )
    // latin1 keeps every byte as it is through the string round trip.
    const names = new Set([...(await this.ownPatchNames())].map((n) => Buffer.from(n).toString('latin1')))
    let base = stripPatchDeclarations(
      (await this.text(this.dist, this.specName, commit.parent, 'latin1')) ?? '',
      names,
    )
    let theirs = stripPatchDeclarations(
      (await this.text(this.dist, this.specName, commit.sha, 'latin1'))!,
      names,
    )
    const oursText = ours.content.toString('latin1')
    if (this.changelogStays) {
      base = withChangelogOf(base, oursText)
      theirs = withChangelogOf(theirs, oursText)
    }
    if (base === theirs) {
      reasons.push(
        this.changelogStays
          ? `its spec change is only to %changelog (dist-git keeps its own with sync_changelog: false) or to PatchN lines srcgit writes`
          : 'its spec change is only to PatchN lines srcgit writes from source-git commits',
      )
      return false
    }
    const merged =
      oursText === base
        ? Buffer.from(theirs, 'latin1')
        : await this.merge(
            this.specfilePath,
            commit,
            ours.content,
            Buffer.from(base, 'latin1'),
            Buffer.from(theirs, 'latin1'),
          )
    if (merged.equals(ours.content)) {
      reasons.push(`source-git already has its change to ${this.specName}`)
      return false
    }
    await this.stage(this.specfilePath, merged, ours.mode, true)
    return true
  }

  /** A files_to_sync file: dist-git's new version when source-git still has the old one, else a 3-way merge. */
  private async replayFile(commit: DistGitCommit, change: Change, to: string): Promise<boolean> {
    const [base, theirs, ours] = await Promise.all([
      this.blob(this.dist, change.path, commit.parent),
      this.blob(this.dist, change.path, commit.sha),
      this.blob(this.source, to, 'HEAD'),
    ])
    if (sameBlob(ours, theirs)) return false
    if (sameBlob(ours, base)) {
      if (theirs) await this.stage(to, theirs.content, theirs.mode, ours !== undefined)
      else await this.source.run(['rm', '-q', '--', to])
      return true
    }
    if (!ours || !base || !theirs)
      throw new StopCommit(
        `dist-git commit ${short(commit.sha)} ${theirs ? (base ? 'changes' : 'adds') : 'deletes'} ${change.path}, ` +
          `but source-git's ${to} is not what dist-git had before it: bring that change over by hand`,
        true,
      )
    const merged = await this.merge(to, commit, ours.content, base.content, theirs.content)
    await this.stage(to, merged, theirs.mode, true)
    return true
  }

  private async merge(
    file: string,
    commit: DistGitCommit,
    ours: Buffer,
    base: Buffer,
    theirs: Buffer,
  ): Promise<Buffer> {
    const dir = makeTempDir('srcgit-merge-')
    try {
      const [o, b, t] = ['ours', 'base', 'theirs'].map((n) => path.join(dir, n))
      writeFileSync(o, ours)
      writeFileSync(b, base)
      writeFileSync(t, theirs)
      const result = await this.source.run(
        ['merge-file', '-p', '-L', 'source-git', '-L', 'dist-git before', '-L', 'dist-git', o, b, t],
        { allowFailure: true },
      )
      if (result.code === 0) return result.stdoutBytes
      throw new StopCommit(
        `the change dist-git commit ${short(commit.sha)} ("${commit.subject}") makes to ${file} does not merge ` +
          `with source-git's version (${result.code > 0 && result.code < 128 ? `${result.code} conflict(s)` : result.stderr.trim()}): ` +
          'bring it over by hand',
        true,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  /** Writes a file through the index (exact bytes and mode), then to the work tree. */
  private async stage(file: string, content: Buffer, mode: string, tracked: boolean): Promise<void> {
    if (!tracked && existsSync(path.join(this.source.dir, file)))
      throw new StopCommit(
        `${file} is in source-git's work tree but not tracked; move it out of the way and run again`,
        true,
      )
    const sha = await this.source.output(['hash-object', '-w', '--stdin'], { input: content })
    await this.source.run(['update-index', '--add', '--cacheinfo', `${mode},${sha},${file}`])
    await this.source.run(['checkout-index', '-f', '--', file])
  }

  // ---- git -------------------------------------------------------------------------------

  private async changes(commit: DistGitCommit): Promise<Change[]> {
    const out = await this.dist.output([
      'diff-tree',
      '-r',
      '-z',
      '--no-renames',
      '--no-commit-id',
      '--name-status',
      commit.parent,
      commit.sha,
    ])
    const fields = out.split('\0').filter(Boolean)
    const changes: Change[] = []
    for (let i = 0; i + 1 < fields.length; i += 2) changes.push({ status: fields[i][0], path: fields[i + 1] })
    return changes
  }

  private async blob(git: Git, file: string, rev: string): Promise<Blob | undefined> {
    const entry = (await git.output(['ls-tree', '-z', rev, '--', file])).split('\0')[0]
    const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(entry ?? '')
    if (!m) return undefined
    return { mode: m[1], content: (await git.run(['cat-file', 'blob', m[2]])).stdoutBytes }
  }

  private async text(
    git: Git,
    file: string,
    rev: string,
    encoding: BufferEncoding = 'utf8',
  ): Promise<string | undefined> {
    return (await this.blob(git, file, rev))?.content.toString(encoding)
  }

  private async commit(
    message: string,
    author: Pick<DistGitCommit, 'authorName' | 'authorEmail' | 'authorDate'>,
  ): Promise<string> {
    this.identities ??= await commitIdentities(this.source)
    await this.source.run(['commit', '-q', '--no-verify', '--cleanup=whitespace', '-F', '-'], {
      input: message,
      env: {
        ...this.identities.env,
        GIT_AUTHOR_NAME: author.authorName,
        GIT_AUTHOR_EMAIL: author.authorEmail,
        GIT_AUTHOR_DATE: author.authorDate,
      },
    })
    return (await this.source.tryRevParse('HEAD'))!
  }
}

function sameBlob(a: Blob | undefined, b: Blob | undefined): boolean {
  if (!a || !b) return a === b
  return a.mode === b.mode && a.content.equals(b.content)
}

function declaresPatch(specText: string, name: string): boolean {
  try {
    return SpecFile.parse(specText).patches.some((p) => SpecFile.fileName(p.expanded.value) === name)
  } catch {
    return false
  }
}
