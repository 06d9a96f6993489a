/**
 * Issue 14: a spec's `%if` branches read with the macros the dist-git branch builds with, so
 * a bump edits the definition rpm uses there (Fedora's %fedora, EPEL's %rhel), judged by rpmspec.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { branchMacros, RAWHIDE_FEDORA } from '../../../src/dist-git/branch-macros.js'
import { SpecFile } from '../../../src/spec/index.js'
import { srcgit } from '../../support/cli.js'
import { expectBump } from '../../support/bump-judge.js'

const spec = (...lines: string[]) => lines.join('\n') + '\n'

describe('branchMacros', () => {
  it('gives %fedora and %dist for fN and rawhide/main, %rhel/%epel/%dist for EPEL', () => {
    expect(branchMacros('f43')).toEqual({ fedora: '43', dist: '.fc43' })
    expect(branchMacros('rawhide')).toEqual({ fedora: String(RAWHIDE_FEDORA), dist: `.fc${RAWHIDE_FEDORA}` })
    expect(branchMacros('main', { rawhide: 45 })).toEqual({ fedora: '45', dist: '.fc45' })
    expect(branchMacros('epel9')).toEqual({ rhel: '9', epel: '9', dist: '.el9' })
    expect(branchMacros('epel10.1')).toEqual({ rhel: '10', epel: '10', dist: '.el10_1' })
    expect(branchMacros('c10s')).toEqual({})
  })

  it('applies parse_time_macros on top: added, overridden, or undefined with null', () => {
    expect(
      branchMacros('rawhide', { parseTimeMacros: { fedora: '46', with_docs: '1', dist: null } }),
    ).toEqual({ fedora: '46', with_docs: '1' })
    const odd = branchMacros('f43', {
      parseTimeMacros: JSON.parse('{"__proto__": "x"}') as Record<string, string>,
    })
    expect(Object.keys(odd)).toContain('__proto__')
  })
})

const DISTRO = spec(
  '%if 0%{?fedora}',
  '%global dist_version %{fedora}',
  '%global upstream_version 2.4.1',
  '%else',
  '%global dist_version %{rhel}',
  '%global upstream_version 2.2.7',
  '%endif',
  'Name:           distro-info',
  'Version:        %{upstream_version}',
  'Release:        1%{?dist}',
  'Summary:        Data on the distribution %{dist_version}',
  'License:        MIT',
  'Source0:        https://example.org/distro-info-%{version}.tar.gz',
  '',
  '%description',
  'Data.',
  '%files',
)

describe('a bump edits the %if branch the dist-git branch builds', () => {
  it('on f43, the %fedora branch', async () => {
    const { text } = await expectBump(DISTRO, '2.4.2', branchMacros('f43'))
    expect(text).toContain('%global upstream_version 2.4.2\n%else\n')
    expect(text).toContain('%global upstream_version 2.2.7\n%endif\n')
  })

  it('on epel9, the %else branch', async () => {
    const { text } = await expectBump(DISTRO, '2.2.8', branchMacros('epel9'))
    expect(text).toContain('%global upstream_version 2.4.1\n%else\n')
    expect(text).toContain('%global upstream_version 2.2.8\n%endif\n')
  })

  it('without the branch macros, edits the %else branch rpm would not take on Fedora (what issue 14 saw)', () => {
    const s = SpecFile.parse(DISTRO)
    s.setVersion('2.4.2')
    expect(s.toString()).toContain('%global upstream_version 2.4.1\n%else\n')
  })
})

describe('srcgit spec bump --branch', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-branch-'))
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('reads the spec with the branch macros, --define winning', async () => {
    const file = path.join(tmp, 'distro-info.spec')
    writeFileSync(file, DISTRO)
    const run = await srcgit(
      ['spec', 'bump', file, '--version', '2.2.8', '--branch', 'epel9', '--write'],
      tmp,
    )
    expect(run.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toContain('%global upstream_version 2.2.8\n%endif\n')
    writeFileSync(file, DISTRO)
    const defined = await srcgit(
      ['spec', 'bump', file, '--version', '2.4.5', '--branch', 'epel9', '--define', 'fedora 43', '--write'],
      tmp,
    )
    expect(defined.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toContain('%global upstream_version 2.4.5\n%else\n')
  })

  it('refuses a bump that would rename the package in one line naming the file, line and macro, writing nothing', async () => {
    const file = path.join(tmp, 'wlroots0.17.spec')
    const text = spec(
      '%global compat_ver 0.17',
      'Name:           wlroots%{compat_ver}',
      'Version:        %{compat_ver}.1',
      'Release:        1%{?dist}',
      'Summary:        Compositor library',
      'License:        MIT',
      'Source0:        wlroots-%{version}.tar.gz',
      '%description',
      'Library.',
    )
    writeFileSync(file, text)
    const run = await srcgit(['spec', 'bump', file, '--version', '0.18.0', '--write'], tmp)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^srcgit spec bump: .*wlroots0\.17\.spec:3: %compat_ver also names the package/,
    )
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })
})
