/**
 * Issue 14, the version bump where Version shares macros with what a bump must keep: the
 * package's name (compat packages: python3.12, wlroots0.17, llvm19), a subpackage's own
 * Version (stb's snapshot macro), and Sources that the literal fallback would leave behind.
 * Judged by rpmspec.
 */
import { describe, expect, it } from '@jest/globals'
import { SpecFile } from '../../../src/spec/index.js'
import { expectBump, expectRefusal } from '../../support/bump-judge.js'
import { fedoraMacros } from '../../support/spec-judge.js'

const spec = (...lines: string[]) => lines.join('\n') + '\n'

const tail = (...packages: string[]) => [
  '',
  '%description',
  'A package.',
  ...packages.flatMap((p) => [
    `%package ${p}`,
    `Summary: The ${p} part`,
    `%description ${p}`,
    `The ${p} part.`,
  ]),
  '',
  '%prep',
  '%autosetup -p1',
  '',
  '%files',
  ...packages.flatMap((p) => [`%files ${p}`]),
  '',
  '%changelog',
  '* Mon Jan 05 2026 Jane Doe <jane@example.com> - 1-1',
  '- Older entry',
]

const PYTHON = spec(
  '%global pybasever 3.12',
  '%global general_version %{pybasever}.1',
  'Name:           python%{pybasever}',
  'Version:        %{general_version}',
  'Release:        1%{?dist}',
  'Summary:        Version %{pybasever} of the Python interpreter',
  'License:        Python-2.0.1',
  'URL:            https://www.python.org/',
  'Source0:        https://www.python.org/ftp/python/%{general_version}/Python-%{general_version}.tar.xz',
  ...tail('libs', 'devel'),
)

const WLROOTS = spec(
  '%global compat_ver 0.17',
  'Name:           wlroots%{compat_ver}',
  'Version:        %{compat_ver}.1',
  'Release:        3%{?dist}',
  'Summary:        A modular Wayland compositor library',
  'License:        MIT',
  'URL:            https://gitlab.freedesktop.org/wlroots/wlroots',
  'Source0:        %{url}/-/releases/%{version}/downloads/wlroots-%{version}.tar.gz',
  ...tail('devel'),
)

const LLVM = spec(
  '%global maj_ver 19',
  '%global min_ver 1',
  '%global patch_ver 7',
  '%global pkg_name llvm%{maj_ver}',
  'Name:           %{pkg_name}',
  'Version:        %{maj_ver}.%{min_ver}.%{patch_ver}',
  'Release:        2%{?dist}',
  'Summary:        The Low Level Virtual Machine, version %{maj_ver}',
  'License:        Apache-2.0 WITH LLVM-exception',
  'Source0:        https://github.com/llvm/llvm-project/releases/download/llvmorg-%{version}/llvm-%{version}.src.tar.xz',
  ...tail('-n %{pkg_name}-libs'),
)

describe('a version macro that also names the package', () => {
  it('bumps python3.12 within 3.12 through the macro Version alone uses', async () => {
    const { text } = await expectBump(PYTHON, '3.12.2')
    expect(text).toContain('%global pybasever 3.12\n%global general_version %{pybasever}.2\n')
  })

  it('refuses to rename python3.12 for 3.13.0, naming %pybasever and what to do', () => {
    const message = expectRefusal(PYTHON, '3.13.0', /^%pybasever also names the package \(Name \(line 3\): /)
    expect(message).toContain('a bump to 3.13.0 would rename it')
    expect(message).toContain('a new pybasever is a new package (make it by hand)')
  })

  it('bumps wlroots0.17 to 0.17.4 and refuses 0.18.0', async () => {
    const { text } = await expectBump(WLROOTS, '0.17.4')
    expect(text).toContain('Version:        %{compat_ver}.4\n')
    expectRefusal(WLROOTS, '0.18.0', /^%compat_ver also names the package \(Name \(line 2\)/)
  })

  it('keeps llvm19 and its -n subpackage named through %pkg_name, refusing 20.1.0', async () => {
    const { text, after } = await expectBump(LLVM, '19.1.8')
    expect(text).toContain('%global patch_ver 8\n')
    expect(after.packages).toContain('llvm19-libs 19.1.8-2.fc44')
    expectRefusal(LLVM, '20.1.0', /^%maj_ver also names the package \(Name \(line 5\)/)
  })
})

const STB = spec(
  '%global commit 5c205738c191bcb0abc65c4febfa9bd25ff35234',
  '%global shortcommit 5c20573',
  '%global snapdate 20240531',
  '%global snapinfo %{snapdate}git%{shortcommit}',
  'Name:           stb',
  'Version:        0^%{snapinfo}',
  'Release:        4%{?dist}',
  'Summary:        Single-file public domain libraries for C/C++',
  'License:        MIT OR Unlicense',
  'Source0:        https://github.com/nothings/stb/archive/%{commit}/stb-%{snapinfo}.tar.gz',
  '',
  '%description',
  'Libraries.',
  '',
  '%package -n stb_image-devel',
  'Version:        2.30^%{snapinfo}',
  'Summary:        Image loader',
  '%description -n stb_image-devel',
  'Image loader.',
  '',
  '%files',
  '%files -n stb_image-devel',
  '',
  '%changelog',
  '* Mon Jan 05 2026 Jane Doe <jane@example.com> - 0^20240531git5c20573-4',
  '- Older entry',
)

describe('macros shared with a subpackage', () => {
  it("refuses to move a subpackage's own Version through the snapshot macro it shares", () => {
    expectRefusal(
      STB,
      '0^20250101gitabcdef0',
      /^%snapinfo is shared with a subpackage's own Version \(Version of %package -n stb_image-devel \(line 16\): Version: {8}2\.30\^%\{snapinfo\}\)/,
    )
  })

  it("keeps a subpackage's literal Version written after the main one", async () => {
    const text = spec(
      '%global mainver 1.2',
      'Name:           suite',
      'Version:        %{mainver}',
      'Release:        1%{?dist}',
      'Summary:        A suite',
      'License:        MIT',
      'Source0:        https://example.org/suite-%{version}.tar.gz',
      '',
      '%description',
      'A suite.',
      '%package tool',
      'Version:        3.4',
      'Summary:        The tool',
      '%description tool',
      'The tool, %{version}.',
      '%files',
      '%files tool',
    )
    const { after, text: bumped } = await expectBump(text, '1.3')
    expect(after.packages).toEqual(['suite 1.3-1.fc44', 'suite-tool 3.4-1.fc44'])
    expect(bumped).toContain('%global mainver 1.3\n')
  })

  it('edits only the part of Version a subpackage does not share', async () => {
    const text = spec(
      '%global api 2.30',
      '%global micro 5',
      'Name:           lib',
      'Version:        %{api}.%{micro}',
      'Release:        1%{?dist}',
      'Summary:        A library',
      'License:        MIT',
      'Source0:        https://example.org/lib-%{version}.tar.gz',
      '%description',
      'A library.',
      '%package compat',
      'Version:        %{api}',
      'Summary:        API level',
      '%description compat',
      'API level.',
      '%files',
      '%files compat',
    )
    const { after } = await expectBump(text, '2.30.6')
    expect(after.packages).toEqual(['lib 2.30.6-1.fc44', 'lib-compat 2.30-1.fc44'])
    expectRefusal(
      text,
      '2.31.0',
      /^%api is shared with a subpackage's own Version \(Version of %package compat/,
    )
  })
})

describe('the literal fallback', () => {
  const SNAPSHOT = spec(
    '%global commit0 b24587d4871a630d05e9e26da94c95e6ce4324f2',
    '%global date 20240919',
    '%global shortcommit0 %(c=%{commit0}; echo ${c:0:7})',
    '#global tag %{version}',
    'Name:           gbm-demo',
    'Epoch:          2',
    'Version:        1.1.2%{!?tag:^%{date}git%{shortcommit0}}',
    'Release:        4%{?dist}',
    'Summary:        Demo',
    'License:        MIT',
    'URL:            https://github.com/example/%{name}',
    '%if 0%{?tag:1}',
    'Source0:        %url/archive/%{version}/%{name}-%{version}.tar.gz',
    '%else',
    'Source0:        %url/archive/%{commit0}.tar.gz#/%{name}-%{shortcommit0}.tar.gz',
    '%endif',
    ...tail(),
  )

  it('refuses to drop a snapshot from Version while Source0 still names the commit', () => {
    expectRefusal(
      SNAPSHOT,
      '1.1.3',
      /the literal would bypass %commit0, which Source0 \(line 15\) still uses .*: change %commit0 \(and the macros around it\) by hand, or write Source0 with %\{version\}$/,
    )
  })

  it('moves a subpackage whose Version gives the main version today (yash: %global docver %{mainver})', async () => {
    const text = spec(
      '%global mainver 2.58.1',
      '%global docver %{mainver}',
      'Name:    yash',
      'Version: %{mainver}',
      'Release: 1%{?dist}',
      'Summary: Yet another shell',
      'License: GPL-2.0-or-later',
      'Source0: https://example.org/yash/yash-%{version}.tar.xz',
      '%package doc',
      'Version: %{docver}',
      'Summary: Documentation',
      'BuildArch: noarch',
      '%description doc',
      'Docs.',
      ...tail(),
      '%files doc',
    )
    const judged = await expectBump(text, '2.58.2')
    expect(judged.after.packages).toContain('yash-doc 2.58.2-1.fc44')
  })

  it('does not take a commit hash in Source0 for the old version (golang snapshot at Version 0)', async () => {
    const text = spec(
      '%global commit 3fee0db0b63511234f7230da50b72414f6258f10',
      'Name:    golang-x-poly1305',
      'Version: 0',
      'Release: 1%{?dist}',
      'Summary: Poly1305',
      'License: BSD-3-Clause',
      'Source0: https://example.org/poly1305/archive/%{commit}/poly1305-%{commit}.tar.gz',
      ...tail(),
    )
    await expectBump(text, '1', fedoraMacros(44), 'poly1305-3fee0db0b63511234f7230da50b72414f6258f10.tar.gz')
  })

  it('names the macro that holds the old version in a Source (PyGreSQL: %global uversion 6.0.1)', () => {
    const text = spec(
      '%global uversion 6.0.1',
      'Name:    PyGreSQL',
      'Version: 6.0.1',
      'Release: 1%{?dist}',
      'Summary: PostgreSQL',
      'License: PostgreSQL',
      'Source0: https://example.org/%{name}/archive/%{uversion}/%{name}-%{uversion}.tar.gz',
      ...tail(),
    )
    expectRefusal(
      text,
      '6.0.2',
      /^Source0 \(line 7\) names "PyGreSQL-6\.0\.1\.tar\.gz" \(version 6\.0\.1\) and would still name it after the bump to 6\.0\.2: %uversion \(line 1\) holds 6\.0\.1: define it from %\{version\} \(%global uversion %\{version\}\)$/,
    )
  })

  it('refuses to leave a literal Source0 naming the old version', () => {
    const text = spec(
      'Name:    ftpd',
      'Version: v3.0.3',
      'Release: 32%{?dist}',
      'Summary: FTP',
      'License: GPL-2.0-only',
      'Source0: ftpd-v3.0.3.tar.gz',
      'Source1: ftpd.pam',
      ...tail(),
    )
    expectRefusal(
      text,
      'v3.0.4',
      /^Source0 \(line 6\) names "ftpd-v3\.0\.3\.tar\.gz" \(version v3\.0\.3\) and would still name it after the bump to v3\.0\.4: write the version in it as %\{version\}/,
    )
  })

  it('refuses where Source0 names the version with underscores and does not follow', () => {
    const text = spec(
      'Name:    boostish',
      'Version: 1.83.0',
      'Release: 1%{?dist}',
      'Summary: B',
      'License: BSL-1.0',
      'Source0: https://example.org/boostish_1_83_0.tar.bz2',
      ...tail(),
    )
    expectRefusal(text, '1.84.0', /^Source0 \(line 6\) names "boostish_1_83_0\.tar\.bz2" \(version 1_83_0\)/)
  })

  it('writes the literal, with a note, where nothing else uses the macros it bypasses', async () => {
    const text = spec(
      '%global srcname demo',
      '%global prerel rc2',
      'Name:           python-%{srcname}',
      'Version:        1.0~%{prerel}',
      'Release:        1%{?dist}',
      'Summary:        Demo',
      'License:        MIT',
      'Source0:        https://example.org/%{srcname}-%{version}.tar.gz',
      ...tail(),
    )
    const { notes, text: bumped } = await expectBump(text, '1.0')
    expect(bumped).toContain('Version:        1.0\n')
    expect(notes).toEqual([expect.stringContaining('so it now holds the literal value')])
  })

  it('leaves the spec as it was when it refuses', () => {
    const s = SpecFile.parse(WLROOTS)
    expect(() => s.setVersion('0.18.0')).toThrow(/would rename it/)
    expect(s.toString()).toBe(WLROOTS)
    expect(s.setVersion('0.17.2')).toEqual([])
  })
})
