/**
 * Our macro expansion against rpm's: for every corpus spec, each of Name, Epoch, Version and
 * Release that srcgit claims to know must equal what rpmspec reads (with the stub macros
 * that let Debian's rpm get through Fedora preambles, and an empty dist).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SpecFile } from '../../src/spec/index.js'
import { corpusSpecs, includeDir, readInclude, SPEC_DIR, STUB_MACROS } from '../support/corpus.js'
import { readThroughDash, rpmspec } from '../support/rpm.js'

const specs = corpusSpecs()
let known = 0

describe.each(specs)('values of %s', (name) => {
  it('match rpmspec wherever srcgit can expand them', async () => {
    const file = path.join(SPEC_DIR, name)
    const spec = SpecFile.parse(readFileSync(file, 'utf8'), { readInclude: readInclude(name) })
    const run = await rpmspec([
      '-q',
      '--srpm',
      '--qf',
      '%{name}|%{epoch}|%{version}|%{release}',
      '--define',
      `_sourcedir ${includeDir(name)}`,
      '--load',
      STUB_MACROS,
      '--define',
      'dist %{nil}',
      file,
    ])
    expect(run.code).toBe(0)
    // A bash-only %(...) read through dash: rpm's value of whatever used it is not Fedora's.
    const dash = readThroughDash(run)
    const [rpmName, rpmEpoch, rpmVersion, rpmRelease] = run.stdout.split('|')
    const ours = { name: spec.name, epoch: spec.epoch, version: spec.version, release: spec.release }
    const theirs = {
      name: rpmName,
      epoch: rpmEpoch === '(none)' ? undefined : rpmEpoch,
      version: rpmVersion,
      release: rpmRelease,
    }
    for (const key of ['name', 'epoch', 'version', 'release'] as const) {
      const value = ours[key]
      if (value === undefined) {
        expect({ key, rpm: theirs[key] }).toEqual({ key, rpm: undefined })
        continue
      }
      if (value.unresolved.length > 0) continue
      if (dash && value.value !== theirs[key]) continue
      known++
      expect({ key, value: value.value }).toEqual({ key, value: theirs[key] })
    }
  })
})

describe('coverage of the cross-check', () => {
  it('compared most values (not a vacuous pass)', () => {
    // 40 specs x 3-4 fields; only %autorelease, shell and Lua values are out of reach.
    expect(known).toBeGreaterThan(100)
  })
})
