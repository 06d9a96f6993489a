/**
 * rpmspec as the judge of a spec edit: what rpm reads from a spec before and after srcgit
 * edited it (Name, Epoch, Version, Release of the source package and of every subpackage, the
 * source file names and the changelog entries), with the macros a dist-git branch builds with.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { rpmspec } from './rpm.js'

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
): Promise<RpmView | { error: string }> {
  const file = path.join(dir, `judged-${++count}.spec`)
  writeFileSync(file, specText)
  const defs = Object.entries(defines).flatMap(([k, v]) => ['--define', `${k} ${v}`])
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
  }
}
