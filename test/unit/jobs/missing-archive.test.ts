/** update-dist-git's warning for a spec whose archive dist-git does not have: what makes it, or that srcgit does not. */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { PackageConfig } from '../../../src/config/index.js'
import { missingArchiveWarning } from '../../../src/jobs/release-checks.js'
import { SpecFile } from '../../../src/spec/index.js'

const pkg = { spec_source_id: 'Source0' } as PackageConfig

function warning(source0: string, sources = ''): string | undefined {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-missing-'))
  writeFileSync(path.join(dir, 'sources'), sources)
  const spec = SpecFile.parse(
    `%global commit 0123456789abcdef\nName: demo\nVersion: 2.0\nRelease: 1\nSummary: Demo\nLicense: MIT\nSource0: ${source0}\n%description\nDemo.\n`,
  )
  return missingArchiveWarning(spec, dir, pkg)
}

describe('missingArchiveWarning', () => {
  it('names propose-downstream for an archive it makes', () => {
    expect(warning('https://example.org/demo-%{version}.tar.gz')).toMatch(
      /needs demo-2\.0\.tar\.gz, which is not in sources; srcgit propose-downstream --version 2\.0 makes it/,
    )
  })

  it('says srcgit does not make a .gem', () => {
    expect(warning('https://rubygems.org/gems/demo-%{version}.gem')).toBe(
      "dist-git cannot build this: the spec's Version 2.0 needs demo-2.0.gem, which is not in sources; " +
        'srcgit does not make it (not an archive of the upstream tag): fedpkg new-sources demo-2.0.gem',
    )
  })

  it('reads a shortcommit computed in %(...)', () => {
    expect(warning('https://example.org/demo-%(c=%{commit}; echo ${c:0:7}).tar.gz')).toMatch(
      /needs demo-0123456\.tar\.gz/,
    )
  })

  it('is quiet when sources lists the archive', () => {
    expect(
      warning(
        'https://example.org/demo-%{version}.tar.gz',
        `SHA512 (demo-2.0.tar.gz) = ${'ab'.repeat(64)}\n`,
      ),
    ).toBeUndefined()
  })
})
