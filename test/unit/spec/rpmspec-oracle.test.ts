/** rpmspec as the oracle of a Source0 srcgit cannot expand (the real rpm 4.18 the tests run with). */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { rpmspecSourceName } from '../../../src/spec/rpmspec.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-oracle-'))

function specWith(source0: string): string {
  const file = path.join(dir, `s${Math.random().toString(36).slice(2)}.spec`)
  writeFileSync(
    file,
    `Name: demo\nVersion: 2.1\nRelease: 1%{?dist}\nSummary: Demo\nLicense: MIT\nSource0: ${source0}\n%description\nDemo.\n`,
  )
  return file
}

describe('rpmspecSourceName', () => {
  it('names a Lua Source0', async () => {
    const file = specWith(
      '%{lua: print("https://example.org/demo-" .. rpm.expand("%{version}") .. ".tar.xz")}',
    )
    expect(await rpmspecSourceName(file, 0)).toEqual({ name: 'demo-2.1.tar.xz' })
  })

  it('does not trust a name built while a shell complained (rpm exits 0 with an empty piece)', async () => {
    const file = specWith('https://example.org/demo-%(no-such-command-srcgit)%{version}.tar.gz')
    const result = await rpmspecSourceName(file, 0)
    expect(result).toEqual({
      error: expect.stringMatching(/^rpmspec printed ".*not found" while reading the spec/),
    })
  })

  it('says when rpm does not know a macro either', async () => {
    const file = specWith('%{crates_source}')
    expect(await rpmspecSourceName(file, 0)).toEqual({
      error: 'rpmspec leaves %{crates_source} unexpanded (the package defining it is not installed here)',
    })
  })
})
