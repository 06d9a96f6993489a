/**
 * `srcgit init`: an upstream clone at UPSTREAM_REF becomes a source-git branch for a dist-git
 * branch: `.distro/` committed as "Initialize as a source-git repository", then one commit per
 * patch %prep applies. All or nothing: when a step fails, the new branch is deleted and the
 * clone is back on the HEAD it had.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { branchMacros } from '../dist-git/branch-macros.js'
import { Git, GitError } from '../git/git.js'
import { commitIdentities } from '../jobs/commit-identity.js'
import { withoutUrlCredentials } from '../runtime/secrets.js'
import { FROM_DIST_GIT_TRAILER } from '../source-git/from-dist-git.js'
import { SpecFile } from '../spec/index.js'
import {
  DISTRO_DIR,
  distGitFiles,
  isDistGitOnly,
  sourceGitYaml,
  tagTemplateFor,
  writeDistroFiles,
} from './distro.js'
import type { CiSetup } from './ci.js'
import { distroSpec } from './distro-spec.js'
import { InitError } from './errors.js'
import { commitPatch, type Author } from './patch-commit.js'
import { planPatches, type PlannedPatch } from './plan.js'

export const INIT_COMMIT_TITLE = 'Initialize as a source-git repository'

export interface InitOptions {
  /** The upstream clone (work tree). */
  upstream: string
  /** upstream_project_url; default: the clone's origin. */
  upstreamUrl?: string
  upstreamRef: string
  /** The dist-git work tree, on the branch to convert. */
  distGit: string
  /** Macros rpm would have (added to the branch's %fedora/%dist), e.g. from --define. */
  defines?: Record<string, string>
  /** CI files for the dist-git branch, committed with .distro/ and ignored by patch generation. */
  ci?: (branch: string) => CiSetup
}

export interface InitResult {
  branch: string
  head: string
  distGitCommit: string
  commits: { sha: string; subject: string; patch?: string }[]
  unapplied: string[]
  notes: string[]
}

async function distGitSpec(distGit: string, files: readonly string[]): Promise<string> {
  const specs = files.filter((f) => !f.includes('/') && f.endsWith('.spec'))
  if (specs.length === 1) return specs[0]
  const named = specs.find((s) => s === `${path.basename(distGit)}.spec`)
  if (named) return named
  if (specs.length === 0)
    throw new InitError(
      `${distGit} is not a dist-git repository: it has no .spec file at its top (git ls-files)`,
    )
  throw new InitError(`${distGit} has several spec files (${specs.join(', ')}); srcgit init expects one`)
}

async function currentBranch(git: Git): Promise<string | undefined> {
  const r = await git.run(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true })
  return r.code === 0 ? r.stdout.trim() : undefined
}

async function firstAuthor(dist: Git, file: string): Promise<Author> {
  const out = await dist.output(['log', '--reverse', '--format=%an%x00%ae%x00%aI', '--', file])
  const [name, email, date] = (out.split('\n')[0] ?? '').split('\0')
  if (!name) throw new InitError(`dist-git has no commit adding ${file}`)
  return { name, email, date }
}

function patchIdDigits(spec: SpecFile): number {
  const tags = spec.model.tags
    .filter((t) => t.base === 'patch' && t.packageArgs === null && t.numberText !== undefined)
    .sort((a, b) => a.number! - b.number!)
  return tags[0]?.numberText?.length ?? 1
}

export async function initSourceGit(options: InitOptions): Promise<InitResult> {
  const dist = new Git(options.distGit)
  if (!(await dist.isRepository()))
    throw new InitError(`${options.distGit} is not a dist-git repository (not a git work tree)`)
  const distHead = await dist.tryRevParse('HEAD')
  if (!distHead) throw new InitError(`${options.distGit} is not a dist-git repository: it has no commit`)
  const branch = await currentBranch(dist)
  if (!branch)
    throw new InitError(
      `${options.distGit} has a detached HEAD; check out the dist-git branch to convert (e.g. git switch rawhide)`,
    )
  // Untracked files (archives fetched by fedpkg sources) are fine; changes to tracked ones would be left out.
  const distDirty = await dist.dirtyPaths({ untracked: false })
  if (distDirty.length > 0)
    throw new InitError(
      `the dist-git work tree ${options.distGit} has uncommitted changes (${distDirty.slice(0, 5).join(', ')}); ` +
        'srcgit init reads its HEAD commit: commit or stash them first',
    )
  const files = await distGitFiles(dist)
  const specName = await distGitSpec(
    options.distGit,
    files.map((f) => f.path),
  )
  const specBlob = files.find((f) => f.path === specName)!
  const specText = (await dist.run(['cat-file', 'blob', specBlob.blob])).stdoutBytes.toString('latin1')
  const predefined = { ...branchMacros(branch), ...options.defines }
  const spec = SpecFile.parse(specText, { predefined })
  const plan = planPatches(specText, predefined)
  const missing = plan.patches.find((p) => !files.some((f) => f.path === p.name))
  if (missing)
    throw new InitError(`Patch${missing.number} is ${missing.name}, but dist-git has no such file at its top`)
  const name = spec.name?.unresolved.length === 0 ? spec.name.value : specName.replace(/\.spec$/, '')
  const sourcesFile = files.find((f) => f.path === 'sources')

  const up = new Git(options.upstream)
  if (!(await up.isRepository()))
    throw new InitError(`${options.upstream} is not a git work tree (the upstream clone)`)
  const dirty = await up.dirtyPaths()
  if (dirty.length > 0)
    throw new InitError(
      `the upstream work tree ${options.upstream} has uncommitted changes (${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', ...' : ''}); commit or stash them first`,
    )
  const base = await up.tryRevParse(options.upstreamRef)
  if (!base)
    throw new InitError(
      `UPSTREAM_REF "${options.upstreamRef}" does not resolve to a commit in ${options.upstream}; fetch the tags (git fetch --tags) or give a tag, branch or commit`,
    )
  if (
    (await up.run(['rev-parse', '--verify', '-q', `refs/heads/${branch}`], { allowFailure: true })).code === 0
  )
    throw new InitError(
      `the branch ${branch} already exists in ${options.upstream}; delete or rename it first (git branch -m ${branch} ${branch}-old)`,
    )
  if ((await up.run(['cat-file', '-e', `${base}:${DISTRO_DIR}`], { allowFailure: true })).code === 0)
    throw new InitError(
      `${options.upstreamRef} already has a ${DISTRO_DIR}/ directory: it is a source-git commit already`,
    )
  let upstreamUrl = options.upstreamUrl
  const notes: string[] = []
  if (!upstreamUrl) {
    const origin = await up.run(['remote', 'get-url', 'origin'], { allowFailure: true })
    if (origin.code === 0) upstreamUrl = withoutUrlCredentials(origin.stdout.trim())
    else
      notes.push(
        'the upstream clone has no origin remote: set upstream_project_url in .distro/source-git.yaml',
      )
  }

  const digits = patchIdDigits(spec)
  // A spec that is a link is copied as the link: its PatchN lines stay where it points.
  const distroText =
    specBlob.mode === '120000'
      ? { text: specText, cleared: false }
      : distroSpec(specText, plan.patches, predefined, digits)
  if (distroText.keptBecause)
    notes.push(
      `the PatchN lines stay in ${DISTRO_DIR}/${specName}: update-dist-git declaring them again from the commits would not give the spec back (${distroText.keptBecause})`,
    )
  const original = (await currentBranch(up)) ?? (await up.output(['rev-parse', 'HEAD']))
  const identities = await commitIdentities(up)
  const converted = new Set(plan.patches.map((p) => p.name))
  const commits: InitResult['commits'] = []
  const ci = options.ci?.(branch)
  for (const file of ci?.files ?? [])
    if ((await up.run(['cat-file', '-e', `${base}:${file.path}`], { allowFailure: true })).code === 0)
      throw new InitError(
        `${options.upstreamRef} already has ${file.path}; srcgit init does not overwrite upstream files: leave out --ci and add the srcgit job by hand`,
      )
  await up.run(['checkout', '-q', '--no-track', '-b', branch, base])
  try {
    await writeDistroFiles(
      dist,
      options.upstream,
      files.filter((f) => !isDistGitOnly(f.path) && !converted.has(f.path)),
    )
    if (distroText.cleared)
      writeFileSync(path.join(options.upstream, DISTRO_DIR, specName), Buffer.from(distroText.text, 'latin1'))
    writeFileSync(
      path.join(options.upstream, DISTRO_DIR, 'source-git.yaml'),
      sourceGitYaml({
        upstreamProjectUrl: upstreamUrl,
        upstreamRef: options.upstreamRef,
        upstreamTagTemplate: tagTemplateFor(
          options.upstreamRef,
          spec.version?.unresolved.length === 0 ? spec.version.value : undefined,
        ),
        packageName: name,
        specName,
        patchIdDigits: digits,
        sourcesText: sourcesFile
          ? (await dist.run(['cat-file', 'blob', sourcesFile.blob])).stdout
          : undefined,
        extraIgnorePaths: ci?.ignorePaths,
      }),
    )
    for (const extra of ci?.files ?? []) {
      const target = path.join(options.upstream, extra.path)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, extra.content)
    }
    await up.run(['add', '-f', '--', DISTRO_DIR, ...(ci?.files ?? []).map((f) => f.path)])
    await up.run(['commit', '-q', '--no-verify', '-F', '-'], {
      input: `${INIT_COMMIT_TITLE}\n\n${FROM_DIST_GIT_TRAILER}: ${distHead}\n`,
      env: identities.env,
    })
    commits.push({ sha: await up.output(['rev-parse', 'HEAD']), subject: INIT_COMMIT_TITLE })
    for (const patch of plan.patches)
      commits.push(...(await convert(up, dist, patch, files, distHead, identities.env)))
  } catch (error) {
    await rollBack(up, original, branch, error)
    throw error
  }
  if (plan.unapplied.length > 0)
    notes.push(`not applied by %prep, kept as files in ${DISTRO_DIR}/: ${plan.unapplied.join(', ')}`)
  return {
    branch,
    head: await up.output(['rev-parse', 'HEAD']),
    distGitCommit: distHead,
    commits,
    unapplied: plan.unapplied,
    notes,
  }
}

async function convert(
  up: Git,
  dist: Git,
  patch: PlannedPatch,
  files: readonly { path: string; blob: string }[],
  distHead: string,
  identityEnv: Record<string, string>,
): Promise<InitResult['commits']> {
  const blob = files.find((f) => f.path === patch.name)!.blob
  const content = (await dist.run(['cat-file', 'blob', blob])).stdoutBytes
  const shas = await commitPatch(up, {
    patch,
    content,
    distGitCommit: distHead,
    fileAuthor: await firstAuthor(dist, patch.name),
    identityEnv,
  })
  const made: InitResult['commits'] = []
  for (const sha of shas)
    made.push({ sha, subject: await up.output(['log', '-1', '--format=%s', sha]), patch: patch.name })
  return made
}

/** Back to the HEAD the clone had, the new branch gone. */
async function rollBack(up: Git, original: string, branch: string, cause: unknown): Promise<void> {
  try {
    await up.run(['reset', '-q', '--hard'])
    await up.run(['clean', '-q', '-fdx', '--', DISTRO_DIR])
    await up.run(['checkout', '-q', '-f', original])
    await up.run(['branch', '-q', '-D', branch])
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    throw new InitError(
      `${(cause as Error).message}\n(and srcgit init could not restore ${up.dir}: ${error.message}; check it by hand)`,
    )
  }
}
