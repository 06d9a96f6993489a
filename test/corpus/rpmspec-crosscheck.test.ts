/** `srcgit spec show --rpmspec` with the real rpmspec (the corpus suite has rpm installed). */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { rpmspecParse } from '../../src/spec/index.js'
import { PROJECT_ROOT } from '../support/corpus.js'
import { srcgit } from '../support/cli.js'

const cli = (...argv: string[]) => srcgit(argv, PROJECT_ROOT)

describe('cross-check with the real rpmspec', () => {
  it('agrees on the example spec', async () => {
    const { code, stdout } = await cli('spec', 'show', 'examples/hello/.distro/hello.spec', '--rpmspec')
    expect(stdout).toContain('rpmspec Version: 1.0\n')
    expect(stdout).toContain('rpmspec Release: 2\n')
    expect(code).toBe(0)
  })

  it('reports a disagreement with exit code 1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-xcheck-'))
    const file = path.join(dir, 'x.spec')
    // %{?fedora} is unknown to srcgit but Debian's rpm leaves it empty too; a Lua-built Version is not.
    writeFileSync(
      file,
      'Name: x\nVersion: %{lua: print("4.2")}\nRelease: 1\nSummary: x\nLicense: MIT\n%description\nx\n',
    )
    const { code, stdout } = await cli('spec', 'show', file, '--rpmspec')
    expect(stdout).toContain('rpmspec Version: 4.2   (srcgit read "%{lua: print("4.2")}")')
    expect(code).toBe(1)
  })

  it('parses and reports rpm errors', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-xcheck-'))
    const file = path.join(dir, 'bad.spec')
    writeFileSync(file, 'Name: x\nVersion: 1\nRelease: 1\nBogusTag: y\n')
    const result = await rpmspecParse(file)
    expect(result.ok).toBe(false)
    expect(result.errors[0]).toMatch(/^error: .*BogusTag/)
  })
})
