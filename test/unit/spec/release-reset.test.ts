/**
 * Resetting Release for a new version, judged by rpmspec: the release number goes to 1
 * wherever in the spec's macros it is, the dist tag and everything else Release is built
 * from stay, and where that cannot be done the bump refuses naming the macro.
 */
import { describe, expect, it } from '@jest/globals'
import { SpecFile, SpecError } from '../../../src/spec/index.js'
import { fedoraMacros, rpmView, type RpmView } from '../../support/spec-judge.js'

const DATE = new Date('2026-11-05T12:00:00Z')
const AUTHOR = 'Packit <hello@packit.dev>'

/** A real-shaped spec: the preamble lines given, then a description, files and a changelog. */
function specWith(preamble: string[], more: string[] = []): string {
  return [
    ...preamble,
    'Summary:        A test package',
    'License:        MIT',
    'URL:            https://example.org/demo',
    'Source0:        https://example.org/demo/%{name}-%{version}.tar.gz',
    '',
    '%description',
    'A package to test release bumps.',
    '',
    ...more,
    '%prep',
    '%autosetup',
    '',
    '%files',
    '%license LICENSE',
    '',
    '%changelog',
    '* Mon Jan 05 2026 Jane Doe <jane@example.com> - 1.0-3',
    '- Older entry',
    '',
  ].join('\n')
}

async function view(text: string): Promise<RpmView> {
  const v = await rpmView(text, fedoraMacros(44))
  if ('error' in v) throw new Error(`rpmspec refused the spec: ${v.error}\n${text}`)
  return v
}

/** A bump as `srcgit spec bump` makes it: Version, Release, one changelog entry. */
async function bump(text: string, version: string) {
  const spec = SpecFile.parse(text, { fileName: 'demo.spec' })
  spec.setVersion(version)
  spec.resetRelease()
  spec.addChangelogEntry({ text: `- Update to version ${version}`, author: AUTHOR, date: DATE })
  const after = spec.toString()
  return { before: await view(text), after: await view(after), text: after }
}

/** What every bump must keep: Name, Epoch, the subpackages' names, and one new changelog entry. */
function expectKept(before: RpmView, after: RpmView): void {
  expect(after.name).toBe(before.name)
  expect(after.epoch).toBe(before.epoch)
  expect(after.packages.map((p) => p.split(' ')[0])).toEqual(before.packages.map((p) => p.split(' ')[0]))
  expect(after.changelog.slice(1)).toEqual(before.changelog)
}

describe('a release built through macros keeps its dist tag', () => {
  it.each([
    [
      'samba: the dist tag inside the macro Release is',
      ['%global samba_release 2%{?dist}', 'Name: samba', 'Version: 4.20.1', 'Release: %{samba_release}'],
      '4.20.1-2.fc44',
      '4.21.0-1.fc44',
      '%global samba_release 1%{?dist}',
    ],
    [
      'samba: the number in %baserelease, the dist tag in the macro Release is',
      [
        '%global baserelease 3',
        '%global samba_release %{baserelease}%{?dist}',
        'Name: samba',
        'Version: 4.20.1',
        'Release: %{samba_release}',
      ],
      '4.20.1-3.fc44',
      '4.21.0-1.fc44',
      '%global baserelease 1',
    ],
    [
      'a date kept after the release number',
      [
        '%global baserelease 3',
        '%global app_date 20260105',
        '%global app_release %{baserelease}.%{app_date}%{?dist}',
        'Name: demo',
        'Version: 1.0',
        'Release: %{app_release}',
      ],
      '1.0-3.20260105.fc44',
      '1.1-1.20260105.fc44',
      '%global baserelease 1',
    ],
    [
      'nodejs: the number in a macro, the dist tag in Release',
      ['%global nodejs_release 2', 'Name: nodejs', 'Version: 22.1.0', 'Release: %{nodejs_release}%{?dist}'],
      '22.1.0-2.fc44',
      '22.2.0-1.fc44',
      '%global nodejs_release 1',
    ],
    [
      'kernel: %define chain with %{?buildid}',
      [
        '%define pkgrelease 200',
        '%define specrelease %{pkgrelease}%{?buildid}%{?dist}',
        'Name: kernel',
        'Version: 6.11.4',
        'Release: %{specrelease}',
      ],
      '6.11.4-200.fc44',
      '6.12.0-1.fc44',
      '%define pkgrelease 1',
    ],
    [
      'a release that is %{nil} after the dist tag',
      ['%global flagrel %{nil}', 'Name: demo', 'Version: 1.0', 'Release: 2%{?dist}%{flagrel}'],
      '1.0-2.fc44',
      '1.1-1.fc44',
      'Release: 1%{?dist}%{flagrel}',
    ],
    [
      'text after the dist tag',
      ['Name: demo', 'Version: 1.0', 'Release: 2%{?dist}.fix'],
      '1.0-2.fc44.fix',
      '1.1-1.fc44.fix',
      'Release: 1%{?dist}.fix',
    ],
    [
      'a minor bump after the dist tag, inside a macro',
      ['%global rel 4%{?dist}.1', 'Name: demo', 'Version: 1.0', 'Release: %{rel}'],
      '1.0-4.fc44.1',
      '1.1-1.fc44',
      '%global rel 1%{?dist}',
    ],
    [
      'a snapshot glued to the number',
      ['%global shortcommit 1a2b3c4', 'Name: demo', 'Version: 1.0', 'Release: 5.git%{shortcommit}%{?dist}'],
      '1.0-5.git1a2b3c4.fc44',
      '1.1-1.git1a2b3c4.fc44',
      'Release: 1.git%{shortcommit}%{?dist}',
    ],
    [
      'the number in a used %{?x:...}',
      ['%global rc 1', 'Name: demo', 'Version: 1.0', 'Release: %{?rc:7}%{!?rc:9}%{?dist}'],
      '1.0-7.fc44',
      '1.1-1.fc44',
      'Release: %{?rc:1}%{!?rc:9}%{?dist}',
    ],
  ])('%s', async (_, preamble, was, becomes, line) => {
    const { before, after, text } = await bump(specWith(preamble), becomes.split('-')[0])
    expect(`${before.version}-${before.release}`).toBe(was)
    expect(`${after.version}-${after.release}`).toBe(becomes)
    expect(after.changelog[0]).toBe(`${AUTHOR} - ${becomes.replace(/\.fc44/, '')}`)
    expect(text.split('\n')).toContain(line)
    expectKept(before, after)
  })

  it.each([
    ['%{?dist}', '1%{?dist}', '1.fc44'],
    ['%dist', '1%dist', '1.fc44'],
    ['%{dist}', '1%{dist}', '1.fc44'],
    ['%?dist', '1%?dist', '1.fc44'],
    ['%{?dist:%{dist}}', '1%{?dist:%{dist}}', '1.fc44'],
    ['%{?dist}.1', '1%{?dist}', '1.fc44'],
    ['%{?dist}.1.2', '1%{?dist}', '1.fc44'],
    ['%{?dist}.1.fix', '1%{?dist}.fix', '1.fc44.fix'],
  ])('every form of the dist tag: 3%s', async (dist, reset, release) => {
    const { after, text } = await bump(specWith(['Name: demo', 'Version: 1.0', `Release: 3${dist}`]), '1.1')
    expect(after.release).toBe(release)
    expect(text.split('\n')).toContain(`Release: ${reset}`)
  })

  it('writes the changelog EVR without the dist tag when dist is defined while reading', () => {
    const text = specWith([
      '%global samba_release 2%{?dist}',
      'Name: samba',
      'Version: 4.20.1',
      'Release: %{samba_release}',
    ])
    const spec = SpecFile.parse(text, { predefined: fedoraMacros(44) })
    spec.setVersion('4.21.0')
    spec.resetRelease()
    expect(spec.evr()).toBe('4.21.0-1')
  })
})

describe('a release that cannot be reset is refused, naming what to change', () => {
  function refusal(text: string): string {
    const spec = SpecFile.parse(text, { fileName: 'demo.spec' })
    try {
      spec.resetRelease()
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError)
      expect(spec.toString()).toBe(text)
      return (error as SpecError).message
    }
    throw new Error(`no refusal; the spec became:\n${spec.toString()}`)
  }

  it('a release number from a macro the spec does not define', async () => {
    const text = specWith(['Name: demo', 'Version: 1.0', 'Release: %{pkg_rel}%{?dist}'])
    expect(refusal(text)).toMatch(
      /^Release \(line 3\): its release number comes from %\{pkg_rel\} \(%\{pkg_rel\} is not defined in this spec\).*by hand$/,
    )
  })

  it('a release number from a shell expansion', () => {
    const text = specWith(['Name: demo', 'Version: 1.0', 'Release: %(cat RELEASE)%{?dist}'])
    expect(refusal(text)).toMatch(/its release number comes from %\(cat RELEASE\) \(shell expansion/)
  })

  it('a pre-release snapshot built with macros becomes the release 1%{?dist}, as Packit writes it', async () => {
    const text = specWith([
      '%global snap 20260105git',
      'Name: demo',
      'Version: 1.0',
      'Release: 0.1.%{snap}%{?dist}',
    ])
    const spec = SpecFile.parse(text, { fileName: 'demo.spec' })
    spec.setVersion('1.1')
    expect(spec.resetRelease()).toEqual([
      'Release (line 4) was the pre-release snapshot "0.1.%{snap}%{?dist}"; it is now "1%{?dist}" for the new version (the snapshot\'s macros are no longer used by Release)',
    ])
    const { before, after } = await bump(text, '1.1')
    expect(before.release).toBe('0.1.20260105git.fc44')
    expect(after.release).toBe('1.fc44')
    expectKept(before, after)
  })

  it('nss: %baserelease shared with the nspr subpackage, which has its own Version and Release', async () => {
    const text = specWith(
      [
        '%global nspr_version 4.36.0',
        '%global baserelease 2',
        '%global nss_release %baserelease',
        '%global nspr_release %[%baserelease+3]',
        'Name: nss',
        'Version: 3.105.0',
        'Release: %{nss_release}%{?dist}',
      ],
      [
        '%package -n nspr',
        'Summary: NSPR',
        'Version: %{nspr_version}',
        'Release: %{nspr_release}%{?dist}',
        '',
        '%description -n nspr',
        'NSPR.',
        '',
        '%files -n nspr',
        '',
      ],
    )
    const before = await view(text)
    expect(before.packages).toEqual(['nss 3.105.0-2.fc44', 'nspr 4.36.0-5.fc44'])
    expect(refusal(text)).toBe(
      'resetting Release (line 7) would change %baserelease (line 2), which the Release of %package -n nspr (line 19) also uses; ' +
        'give the main package a release macro of its own, or reset the release by hand',
    )
  })

  it('a macro the subpackage with its own Release shares is refused, its own literal Release is kept', async () => {
    const shared = specWith(
      ['%global baserelease 2', 'Name: demo', 'Version: 1.0', 'Release: %{baserelease}%{?dist}'],
      [
        '%package -n libdemo',
        'Summary: lib',
        'Version: 0.3',
        'Release: %{baserelease}%{?dist}',
        '',
        '%description -n libdemo',
        'L.',
        '',
        '%files -n libdemo',
        '',
      ],
    )
    expect(refusal(shared)).toMatch(
      /would change %baserelease \(line 1\), which the Release of %package -n libdemo/,
    )
    const own = shared.replace(
      'Release: %{baserelease}%{?dist}\n\n%description -n',
      'Release: 7%{?dist}\n\n%description -n',
    )
    const { before, after } = await bump(own, '1.1')
    expect(before.packages).toEqual(['demo 1.0-2.fc44', 'libdemo 0.3-7.fc44'])
    expect(after.packages).toEqual(['demo 1.1-1.fc44', 'libdemo 0.3-7.fc44'])
  })

  it('a subpackage that only repeats the main release follows it', async () => {
    const text = specWith(
      ['%global baserelease 2', 'Name: demo', 'Version: 1.0', 'Release: %{baserelease}%{?dist}'],
      [
        '%package devel',
        'Summary: dev',
        'Release: %{baserelease}%{?dist}',
        '',
        '%description devel',
        'D.',
        '',
        '%files devel',
        '',
      ],
    )
    const { after } = await bump(text, '1.1')
    expect(after.packages).toEqual(['demo 1.1-1.fc44', 'demo-devel 1.1-1.fc44'])
  })

  it('fritzing: a subpackage on the main version, its release built apart from the same base, restarts with it', async () => {
    const text = specWith(
      [
        'Name: demo',
        'Version: 1.0',
        '%global baserelease 6',
        '%global app_release %{baserelease}.20230425%{?dist}',
        '%global parts_release %{baserelease}.20230424%{?dist}',
        'Release: %{app_release}',
      ],
      [
        '%package parts',
        'Version: %{version}',
        'Release: %{parts_release}',
        'Summary: parts',
        '',
        '%description parts',
        'P.',
        '',
        '%files parts',
        '',
      ],
    )
    const { before, after } = await bump(text, '1.1')
    expect(before.packages).toEqual(['demo 1.0-6.20230425.fc44', 'demo-parts 1.0-6.20230424.fc44'])
    expect(after.packages).toEqual(['demo 1.1-1.20230425.fc44', 'demo-parts 1.1-1.20230424.fc44'])
    expectKept(before, after)
  })

  it('a macro Version also uses', () => {
    const text = specWith(['%global rel 3', 'Name: demo', 'Version: 1.%{rel}', 'Release: %{rel}%{?dist}'])
    expect(refusal(text)).toMatch(/would change %rel \(line 1\), which Version \(line 3\) also uses/)
  })
})
