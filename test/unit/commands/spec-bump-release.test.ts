/** `srcgit spec bump` on the Release side: %autorelease with a hand-written %changelog, and refusals. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { srcgit } from '../../support/cli.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-bump-release-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const PREAMBLE_END = ['Summary: s', 'License: MIT', '', '%description', 'd.', '']
const CHANGELOG = ['%changelog', '* Mon Jan 05 2026 J <j@example.com> - 1.0-3', '- Rebuilt', '']

function write(name: string, lines: string[]): string {
  const file = path.join(tmp, name)
  writeFileSync(file, lines.join('\n'))
  return file
}

const bump = (file: string, ...more: string[]) =>
  srcgit(
    [
      'spec',
      'bump',
      file,
      '--version',
      '1.1',
      '--date',
      '2026-11-05',
      '--author',
      'A <a@example.com>',
      ...more,
    ],
    tmp,
  )

describe('srcgit spec bump, Release side', () => {
  it('keeps %autorelease and writes the entry of release 1', async () => {
    const file = write('auto.spec', [
      'Name: demo',
      'Version: 1.0',
      'Release: %autorelease -b 2',
      ...PREAMBLE_END,
      ...CHANGELOG,
    ])
    const run = await bump(file)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('-Version: 1.0\n+Version: 1.1\n Release: %autorelease -b 2\n')
    expect(run.stdout).toContain('+* Thu Nov 05 2026 A <a@example.com> - 1.1-2\n+- Update to version 1.1\n')
  })

  it('refuses, with file:line, a release macro a subpackage shares, and writes nothing', async () => {
    const lines = [
      '%global baserelease 4',
      'Name: nss',
      'Version: 3.105',
      'Release: %{baserelease}%{?dist}',
      ...PREAMBLE_END,
      '%package -n nspr',
      'Summary: n',
      'Version: 4.36',
      'Release: %[%baserelease+1]%{?dist}',
      '%description -n nspr',
      'n.',
      '',
      ...CHANGELOG,
    ]
    const file = write('nss.spec', lines)
    const run = await bump(file, '--write')
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      `srcgit spec bump: ${file}:4: resetting Release (line 4) would change %baserelease (line 1), which the Release of ` +
        '%package -n nspr (line 14) also uses; give the main package a release macro of its own, or reset the release by hand\n',
    )
    expect(readFileSync(file, 'utf8')).toBe(lines.join('\n'))
  })
})
