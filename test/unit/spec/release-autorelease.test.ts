/**
 * %autorelease on a version bump, judged by rpmspec with rpmautospec's %autorelease as Fedora's
 * buildroot defines it (rpm_macros.d/macros.rpmautospec; the release number is 1 for the first
 * commit of a new version): Release stays as written, the hand-written %changelog gets one entry
 * whose EVR is what the build will have, and a spec rpmautospec already processed gets the
 * release number of its header set so the new version builds as release 1.
 */
import { describe, expect, it } from '@jest/globals'
import { SpecFile, SpecError } from '../../../src/spec/index.js'
import { fedoraMacros, rpmView, type RpmView } from '../../support/spec-judge.js'

const DATE = new Date('2026-11-05T12:00:00Z')
const AUTHOR = 'Packit <hello@packit.dev>'

/** rpmautospec-rpm-macros' definition: without _rpmautospec_release_number the number is 1. */
const AUTORELEASE_MACRO = {
  'autorelease(e:s:pb:n)':
    '%{?-p:0.}%{lua: release_number = tonumber(rpm.expand("%{?_rpmautospec_release_number}%{!?_rpmautospec_release_number:1}")); ' +
    'base_release_number = tonumber(rpm.expand("%{?-b*}%{!?-b:1}")); print(release_number + base_release_number - 1); }' +
    '%{?-e:.%{-e*}}%{?-s:.%{-s*}}%{!?-n:%{?dist}}',
}

function specWith(head: string[], preamble: string[], changelog: string[]): string {
  return [
    ...head,
    ...preamble,
    'Summary:        A test package',
    'License:        MIT',
    'Source0:        https://example.org/demo/%{name}-%{version}.tar.gz',
    '',
    '%description',
    'A package to test %%autorelease bumps.',
    '',
    '%package devel',
    'Summary:        Headers',
    '',
    '%description devel',
    'Headers.',
    '',
    '%prep',
    '%autosetup',
    '',
    '%files',
    '%files devel',
    '',
    '%changelog',
    ...changelog,
  ].join('\n')
}

const HAND_WRITTEN = [
  '* Mon Jan 05 2026 Jane Doe <jane@example.com> - 1.0-3',
  '- Rebuilt',
  '',
  '* Fri Jan 02 2026 Jane Doe <jane@example.com> - 1.0-1',
  '- Initial package',
  '',
]

async function view(text: string): Promise<RpmView> {
  const v = await rpmView(text, { ...fedoraMacros(44), ...AUTORELEASE_MACRO })
  if ('error' in v) throw new Error(`rpmspec refused the spec: ${v.error}\n${text}`)
  return v
}

async function bump(text: string, version: string) {
  const spec = SpecFile.parse(text, { fileName: 'demo.spec' })
  spec.setVersion(version)
  expect(spec.resetRelease()).toEqual([])
  expect(spec.addChangelogEntry({ text: `- Update to version ${version}`, author: AUTHOR, date: DATE })).toBe(
    true,
  )
  const after = spec.toString()
  return { before: await view(text), after: await view(after), text: after }
}

function releaseLine(text: string): string {
  return text.split('\n').find((l) => l.startsWith('Release:'))!
}

describe('%autorelease with a hand-written %changelog', () => {
  it.each([
    ['%autorelease', [], '1.1-1'],
    ['%{autorelease}', [], '1.1-1'],
    ['%autorelease -b 2', [], '1.1-2'],
    ['%autorelease -e rc1', [], '1.1-1.rc1'],
    ['%autorelease -p', [], '1.1-0.1'],
    ['%autorelease -p -e beta2', [], '1.1-0.1.beta2'],
    ['%autorelease -pb3', [], '1.1-0.3'],
    ['%{autorelease -s %{snapinfo}}', ['%global snapinfo 20260105git1a2b3c4'], '1.1-1.20260105git1a2b3c4'],
    ['%{autorelease -n}%{?dist}', [], '1.1-1'],
    ['%{pkg_release}', ['%global pkg_release %autorelease -e %{pre}', '%global pre beta'], '1.1-1.beta'],
  ])('Release: %s', async (release, globals, evr) => {
    const text = specWith(
      globals,
      ['Name:           demo', 'Version:        1.0', `Release:        ${release}`],
      HAND_WRITTEN,
    )
    const { before, after, text: bumped } = await bump(text, '1.1')
    expect(releaseLine(bumped)).toBe(`Release:        ${release}`)
    // The entry says the release rpm builds, without the dist tag.
    expect(`${after.version}-${after.release}`).toBe(`${evr}.fc44`)
    expect(after.changelog).toEqual([`${AUTHOR} - ${evr}`, ...before.changelog])
    expect(after.name).toBe(before.name)
    expect(after.packages).toEqual([`demo ${evr}.fc44`, `demo-devel ${evr}.fc44`])
  })

  it('with an Epoch', async () => {
    const text = specWith(
      [],
      ['Name: demo', 'Epoch: 2', 'Version: 1.0', 'Release: %autorelease'],
      HAND_WRITTEN,
    )
    const { after } = await bump(text, '1.1')
    expect(after.epoch).toBe('2')
    expect(after.changelog[0]).toBe(`${AUTHOR} - 2:1.1-1`)
  })

  it('refuses an option it cannot expand, saying what the entry needs', () => {
    const text = specWith(
      [],
      ['Name: demo', 'Version: 1.0', 'Release: %autorelease -s %{gitdate}'],
      HAND_WRITTEN,
    )
    const spec = SpecFile.parse(text, { fileName: 'demo.spec' })
    spec.resetRelease()
    expect(() => spec.addChangelogEntry({ text: '- x', author: AUTHOR, date: DATE })).toThrow(
      new SpecError(
        'Release (line 3) is %autorelease -s %{gitdate}: the changelog entry needs the release rpmautospec will give, ' +
          'but its options "-s %{gitdate}" use %{gitdate} (%{gitdate} is not defined in this spec); ' +
          'define what it uses in the spec, or use %autochangelog',
      ),
    )
    expect(spec.toString()).toBe(text)
  })

  it('refuses an option %autorelease does not have', () => {
    const text = specWith([], ['Name: demo', 'Version: 1.0', 'Release: %autorelease -x 3'], HAND_WRITTEN)
    expect(() => SpecFile.parse(text).evr()).toThrow(/but -x is not an option of %autorelease \(e:s:pb:n\)/)
  })
})

/** The header rpmautospec writes into a spec it processes (subcommands/process_distgit.py). */
function processedHeader(number: number, version = '0.6.5'): string[] {
  return [
    '## START: Set by rpmautospec',
    `## (rpmautospec version ${version})`,
    '## RPMAUTOSPEC: autorelease, autochangelog',
    '%define autorelease(e:s:pb:n) %{?-p:0.}%{lua:',
    `    release_number = ${number};`,
    '    base_release_number = tonumber(rpm.expand("%{?-b*}%{!?-b:1}"));',
    '    print(release_number + base_release_number - 1);',
    '}%{?-e:.%{-e*}}%{?-s:.%{-s*}}%{!?-n:%{?dist}}',
    '## END: Set by rpmautospec',
    '',
  ]
}

const GENERATED = [
  '## START: Generated by rpmautospec',
  '* Mon Jan 05 2026 Jane Doe <jane@example.com> - 1.0-4',
  '- Rebuilt',
  '',
  '* Fri Jan 02 2026 Jane Doe <jane@example.com> - 1.0-1',
  '- Initial package',
  '## END: Generated by rpmautospec',
  '',
]

describe('a spec rpmautospec already processed', () => {
  it('gets release number 1 in its header and the entry inside the generated changelog', async () => {
    const text = specWith(
      processedHeader(4),
      ['Name: demo', 'Version: 1.0', 'Release: %autorelease'],
      GENERATED,
    )
    const { before, after, text: bumped } = await bump(text, '1.1')
    expect(before.release).toBe('4.fc44')
    expect(after.release).toBe('1.fc44')
    expect(after.changelog).toEqual([`${AUTHOR} - 1.1-1`, ...before.changelog])
    expect(bumped).toContain('\n    release_number = 1;\n')
    expect(bumped).toContain(
      '%changelog\n## START: Generated by rpmautospec\n* Thu Nov 05 2026 Packit <hello@packit.dev> - 1.1-1\n- Update to version 1.1\n\n* Mon Jan 05 2026',
    )
    expect(releaseLine(bumped)).toBe('Release: %autorelease')
  })

  it('with a base release number', async () => {
    const text = specWith(
      processedHeader(4),
      ['Name: demo', 'Version: 1.0', 'Release: %autorelease -b 10'],
      GENERATED,
    )
    const { before, after } = await bump(text, '1.1')
    expect(before.release).toBe('13.fc44')
    expect(after.release).toBe('10.fc44')
    expect(after.changelog[0]).toBe(`${AUTHOR} - 1.1-10`)
  })

  it('written by rpmautospec before the Lua body (the number inline)', async () => {
    const header = [
      '## START: Set by rpmautospec',
      '%define autorelease(e:s:p) %{?-p:0.}6%{?-e:.%{-e*}}%{?-s:.%{-s*}}%{?dist}',
      '## END: Set by rpmautospec',
      '',
    ]
    const text = specWith(
      header,
      ['Name: demo', 'Version: 1.0', 'Release: %{autorelease -e rc2}'],
      HAND_WRITTEN,
    )
    const { before, after, text: bumped } = await bump(text, '1.1')
    expect(before.release).toBe('6.rc2.fc44')
    expect(after.release).toBe('1.rc2.fc44')
    expect(after.changelog[0]).toBe(`${AUTHOR} - 1.1-1.rc2`)
    expect(bumped).toContain('%define autorelease(e:s:p) %{?-p:0.}1%{?-e:')
  })

  it('refuses a header without a release number it knows', () => {
    const header = [
      '%define autorelease(e:s:pb:n) %{?-p:0.}%{lua: print(rpm.expand("%{_relnum}")) }%{?dist}',
      '',
    ]
    const text = specWith(header, ['Name: demo', 'Version: 1.0', 'Release: %autorelease'], HAND_WRITTEN)
    const spec = SpecFile.parse(text, { fileName: 'demo.spec' })
    expect(() => spec.resetRelease()).toThrow(
      /^the %define autorelease written by rpmautospec \(line 1\) holds no release number srcgit knows .*delete the "## START: Set by rpmautospec"/,
    )
    expect(spec.toString()).toBe(text)
  })
})

describe('%autorelease without a %changelog', () => {
  it('adds no %changelog: rpmautospec generates the whole changelog of such a spec', () => {
    const text =
      'Name: demo\nVersion: 1.0\nRelease: %autorelease\nSummary: s\nLicense: MIT\n\n%description\nd.\n'
    const spec = SpecFile.parse(text)
    spec.setVersion('1.1')
    spec.resetRelease()
    expect(spec.addChangelogEntry({ text: '- Update to version 1.1', author: AUTHOR, date: DATE })).toBe(
      false,
    )
    expect(spec.toString()).toBe(text.replace('1.0', '1.1'))
  })
})

describe('reading Release', () => {
  it('says what %autorelease is instead of calling it undefined', () => {
    const spec = SpecFile.parse('Name: demo\nVersion: 1.0\nRelease: %autorelease\n')
    expect(spec.release?.unresolved).toEqual([
      {
        construct: '%autorelease',
        reason: "rpmautospec's %autorelease, counted from the dist-git history when the package is built",
      },
    ])
    expect(spec.hasAutorelease).toBe(true)
  })
})
