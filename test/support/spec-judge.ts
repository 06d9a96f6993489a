/**
 * rpmspec as the judge of a spec edit: what rpm reads from a spec before and after srcgit
 * edited it (Name, Epoch, Version, Release of the source package and of every subpackage, the
 * source file names and the changelog entries), with the macros a dist-git branch builds with.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readThroughDash, rpmspec } from './rpm.js'

export interface RpmView {
  name: string
  epoch: string
  version: string
  release: string
  /** Every binary package: `name version-release`. */
  packages: string[]
  /** Source file names (Source and Patch tags), in rpm's order. */
  sources: string[]
  /** Changelog entry headers (`name <email> - evr`), newest first. */
  changelog: string[]
  /** rpm read a bash-only %(...) through Debian's dash: its values are not Fedora's (rpm.ts). */
  throughDash: boolean
}

/** What Fedora N's buildroot defines (rawhide and fN alike); EPEL branches set rhel instead. */
export function fedoraMacros(fedora = 44): Record<string, string> {
  return { fedora: String(fedora), dist: `.fc${fedora}` }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-judge-'))
let count = 0

/** rpm's view of a spec text, or the first error rpm printed. */
export async function rpmView(
  specText: string,
  defines: Record<string, string> = fedoraMacros(),
  /** Macro files loaded first (e.g. the corpus' stubs for Fedora-only macros). */
  load: string[] = [],
): Promise<RpmView | { error: string }> {
  const file = path.join(dir, `judged-${++count}.spec`)
  writeFileSync(file, specText)
  const defs = [
    ...load.flatMap((f) => ['--load', f]),
    ...Object.entries(defines).flatMap(([k, v]) => ['--define', `${k} ${v}`]),
  ]
  const srpm = await rpmspec([
    '-q',
    '--srpm',
    ...defs,
    '--qf',
    '%{NAME}\\t%{EPOCH}\\t%{VERSION}\\t%{RELEASE}\\n[%{SOURCE}\\t]\\n[%{PATCH}\\t]\\n[%{CHANGELOGNAME}\\n]',
    file,
  ])
  if (srpm.code !== 0)
    return { error: srpm.stderr.split('\n').find((l) => l.includes('error')) ?? srpm.stderr }
  const [head, sources, patches, ...changelog] = srpm.stdout.split('\n')
  const [name, epoch, version, release] = head.split('\t')
  const binaries = await rpmspec(['-q', ...defs, '--qf', '%{NAME} %{VERSION}-%{RELEASE}\\n', file])
  return {
    name,
    epoch: epoch === '(none)' ? '' : epoch,
    version,
    release,
    packages: binaries.stdout.split('\n').filter(Boolean),
    sources: [...sources.split('\t'), ...patches.split('\t')].filter((s) => s !== '' && s !== '(none)'),
    changelog: changelog.filter(Boolean),
    throughDash: readThroughDash(srpm),
  }
}

/** What a release bump must give, as rpm reads it. */
export interface BumpExpectation {
  version: string
  /** %autorelease: Release is rpmautospec's, not checked here. */
  autorelease: boolean
  /** %autochangelog: no entry is added by hand. */
  autochangelog: boolean
}

/**
 * What is wrong with a bump, judged by rpm's view before and after: the new Version, Release
 * reset to 1 with the dist tag kept (unless %autorelease), Name, Epoch and the set of packages
 * unchanged, a subpackage with its own Version keeping it, one new changelog entry.
 */
export function bumpProblems(
  before: RpmView,
  after: RpmView | { error: string },
  want: BumpExpectation,
): string[] {
  if ('error' in after) return [`rpmspec cannot read the edited spec: ${after.error}`]
  const wrong: string[] = []
  if (after.version !== want.version) wrong.push(`Version is ${after.version}, not ${want.version}`)
  if (after.name !== before.name) wrong.push(`Name changed: ${before.name} -> ${after.name}`)
  if (after.epoch !== before.epoch) wrong.push(`Epoch changed: ${before.epoch} -> ${after.epoch}`)
  if (!want.autorelease) {
    if (!/^1(\D|$)/.test(after.release)) wrong.push(`Release is ${after.release}, not reset to 1`)
    const dist = /\.(fc|el)\d+(_\d+)?$/.exec(before.release)?.[0]
    if (dist && !after.release.endsWith(dist))
      wrong.push(`the dist tag was dropped: Release ${before.release} -> ${after.release}`)
  }
  const names = (v: RpmView) => v.packages.map((p) => p.split(' ')[0]).sort()
  if (names(before).join(' ') !== names(after).join(' '))
    wrong.push(`the packages changed: ${names(before).join(' ')} -> ${names(after).join(' ')}`)
  for (const p of before.packages) {
    const [pkg, vr] = p.split(' ')
    const own = vr.slice(0, vr.lastIndexOf('-'))
    if (own === before.version) continue
    const now = after.packages.find((q) => q.startsWith(`${pkg} `))?.split(' ')[1] ?? ''
    if (now.slice(0, now.lastIndexOf('-')) !== own)
      wrong.push(`subpackage ${pkg} had its own version ${vr}, now ${now}`)
  }
  const added = after.changelog.length - before.changelog.length
  const wanted = want.autochangelog ? 0 : 1
  if (added !== wanted) wrong.push(`${added} changelog entries added, not ${wanted}`)
  return wrong
}
