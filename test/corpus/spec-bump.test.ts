/**
 * A release bump on each real spec: new Version, Release reset, two new patches, one
 * changelog entry. Judged by rpmspec (it must parse what parsed before, and read the new
 * version) and by a reviewed diff kept in test/corpus/spec-bump/<spec>.diff.
 * Regenerate the diffs after an intended change with SRCGIT_UPDATE_SNAPSHOTS=1.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createTwoFilesPatch, diffLines } from 'diff'
import { SpecError, SpecFile } from '../../src/spec/index.js'
import {
  corpusSpecs,
  includeDir,
  PROJECT_ROOT,
  readInclude,
  SPEC_DIR,
  STUB_MACROS,
} from '../support/corpus.js'
import { firstError, readThroughDash, rpmspec } from '../support/rpm.js'

const SNAPSHOT_DIR = path.join(PROJECT_ROOT, 'test/corpus/spec-bump')
const WORK = mkdtempSync(path.join(os.tmpdir(), 'srcgit-bump-'))
const DATE = new Date('2026-11-05T12:00:00Z')
const AUTHOR = 'Packit <hello@packit.dev>'
const PATCHES = [
  {
    file: '0001-Fix-the-build-with-GCC-15.patch',
    comment: ['Fix the build with GCC 15', '', 'Author: Jane Doe <jane@example.com>'],
  },
  { file: '0002-Use-the-system-zlib.patch', comment: ['Use the system zlib'] },
]

/** The next upstream version: the last number of the release part goes up, a ~/^ suffix stays. */
function nextVersion(expanded: string, resolvable: boolean): string {
  const base = /^[0-9A-Za-z._]+/.exec(expanded)?.[0] ?? '1.0'
  const suffix = resolvable ? expanded.slice(base.length) : ''
  const m = /^(.*?)(\d+)(\D*)$/.exec(base)
  return (m ? `${m[1]}${Number(m[2]) + 1}${m[3]}` : `${base}.1`) + suffix
}

interface Bump {
  /** Why srcgit refused the bump (one line); the spec is then left as it was. */
  refused?: string
  original: string
  bumped: string
  version: string
  notes: string[]
  spec: SpecFile
}

function bump(name: string): Bump {
  const original = readFileSync(path.join(SPEC_DIR, name), 'utf8')
  const spec = SpecFile.parse(original, { fileName: name, readInclude: readInclude(name) })
  const current = spec.version!
  const version = nextVersion(current.value, current.unresolved.length === 0)
  let notes: string[]
  try {
    notes = [...spec.setVersion(version), ...spec.resetRelease()]
  } catch (error) {
    if (!(error instanceof SpecError)) throw error
    return { refused: error.message, original, bumped: spec.toString(), version, notes: [], spec }
  }
  for (const p of PATCHES) notes.push(...spec.addPatch(p.file, { comment: p.comment }).warnings)
  const added = spec.addChangelogEntry({ text: `- Update to version ${version}`, author: AUTHOR, date: DATE })
  if (!added) notes.push('no changelog entry: the spec uses %autochangelog')
  return { original, bumped: spec.toString(), version, notes, spec }
}

async function parseStatus(
  file: string,
  name: string,
  stubs: boolean,
): Promise<{ code: number; error: string }> {
  const run = await rpmspec([
    '-P',
    '--define',
    `_sourcedir ${includeDir(name)}`,
    ...(stubs ? ['--load', STUB_MACROS] : []),
    file,
  ])
  return { code: run.code, error: firstError(run) }
}

const specs = corpusSpecs()

describe.each(specs)('release bump of %s', (name) => {
  const result = bump(name)

  it('changes only the lines a release bump must change (nothing when refused, saying why in one line)', () => {
    if (result.refused !== undefined) {
      expect(result.bumped).toBe(result.original)
      expect(result.refused).not.toMatch(/\n/)
      return
    }
    const tagOrMacro = /^(Version|Release)\s*:|^\s*%(global|define)\s/
    const removed: string[] = []
    const added: string[] = []
    for (const part of diffLines(result.original, result.bumped)) {
      const lines = part.value.replace(/\n$/, '').split('\n')
      if (part.removed) removed.push(...lines)
      else if (part.added) added.push(...lines)
    }
    for (const line of removed) expect(line).toMatch(tagOrMacro)
    const patchLine = /^(Patch\d*\s*:\s*)?000[12]-[A-Za-z0-9-]+\.patch$/
    const changelogLine =
      /^\* \w{3} \w{3} [ 0]?\d{1,2} 2026 Packit <hello@packit\.dev> - |^- Update to version /
    for (const line of added) {
      const ok =
        tagOrMacro.test(line) ||
        patchLine.test(line) ||
        line.startsWith('#') ||
        changelogLine.test(line) ||
        line === ''
      expect({ line, ok }).toEqual({ line, ok: true })
    }
    // Exactly the two patches were declared, once each.
    for (const p of PATCHES) expect(result.bumped.split(p.file).length - 1).toBe(1)
  })

  it('sets the version rpm reads and keeps %autorelease', async () => {
    if (result.refused !== undefined) return
    const file = path.join(WORK, name)
    writeFileSync(file, result.bumped)
    const run = await rpmspec([
      '-q',
      '--srpm',
      '--qf',
      '%{version}|%{release}',
      '--define',
      `_sourcedir ${includeDir(name)}`,
      '--load',
      STUB_MACROS,
      '--define',
      'dist %{nil}',
      file,
    ])
    expect(run.code).toBe(0)
    const [version, release] = run.stdout.split('|')
    if (!readThroughDash(run)) expect(version).toBe(result.version.replace(/-/g, '_'))
    if (!result.spec.hasAutorelease) expect(release).toBe('1')
  })

  it('parses with rpmspec -P wherever the original parsed (plain rpm and with the stub macros)', async () => {
    const file = path.join(WORK, `judge-${name}`)
    writeFileSync(file, result.bumped)
    for (const stubs of [false, true]) {
      const before = await parseStatus(path.join(SPEC_DIR, name), name, stubs)
      const after = await parseStatus(file, name, stubs)
      if (before.code === 0) expect({ stubs, ...after }).toEqual({ stubs, code: 0, error: before.error })
    }
  })

  it('matches the reviewed diff in test/corpus/spec-bump', () => {
    const diff =
      (result.refused !== undefined ? `# refused: ${result.refused}\n` : '') +
      result.notes.map((n) => `# note: ${n}\n`).join('') +
      createTwoFilesPatch(`a/${name}`, `b/${name}`, result.original, result.bumped, undefined, undefined, {
        context: 2,
      })
        .split('\n')
        .slice(1)
        .join('\n')
    const file = path.join(SNAPSHOT_DIR, name.replace(/\.spec$/, '.diff'))
    if (process.env.SRCGIT_UPDATE_SNAPSHOTS === '1') {
      mkdirSync(SNAPSHOT_DIR, { recursive: true })
      writeFileSync(file, diff)
    }
    if (!existsSync(file))
      throw new Error(`${file} is missing; review the bump and create it with SRCGIT_UPDATE_SNAPSHOTS=1`)
    expect(diff).toBe(readFileSync(file, 'utf8'))
  })
})
