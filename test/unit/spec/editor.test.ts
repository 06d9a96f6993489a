import { describe, expect, it } from '@jest/globals'
import { SpecFile, SpecError } from '../../../src/spec/index.js'
import { rpmView } from '../../support/spec-judge.js'

/** Builds a spec from lines, with a final newline. */
const spec = (...lines: string[]) => lines.join('\n') + '\n'

/** The lines that differ after an edit, as [before, after] pairs of changed/added/removed text. */
function changed(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n')
  const b = after.split('\n')
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) }
}

const BASE = spec(
  'Name:           demo',
  'Version:        1.0',
  'Release:        3%{?dist}',
  'Summary:        Demo',
  'License:        MIT',
  'Source0:        https://example.com/%{name}-%{version}.tar.gz',
  '',
  '%description',
  'Demo.',
  '',
  '%prep',
  '%autosetup -p1',
  '',
  '%changelog',
  '* Mon Jan 05 2026 Jane Doe <jane@example.com> - 1.0-3',
  '- Older entry',
)

describe('setVersion', () => {
  it('replaces a literal Version in place', () => {
    const s = SpecFile.parse(BASE)
    expect(s.setVersion('1.1')).toEqual([])
    expect(changed(BASE, s.toString())).toEqual({
      removed: ['Version:        1.0'],
      added: ['Version:        1.1'],
    })
    expect(s.version?.value).toBe('1.1')
    expect(s.sources[0].expanded.value).toBe('https://example.com/demo-1.1.tar.gz')
  })

  it('rewrites the %global macros Version is built from, keeping the reference', () => {
    const text = spec(
      '%global majorver 5',
      '%global minorver 2',
      '%global patchlevel 37',
      'Name: x',
      'Version: %{majorver}.%{minorver}.%{patchlevel}',
      'Release: 1',
    )
    const s = SpecFile.parse(text)
    s.setVersion('5.3.0')
    expect(changed(text, s.toString())).toEqual({
      removed: ['%global minorver 2', '%global patchlevel 37'],
      added: ['%global minorver 3', '%global patchlevel 0'],
    })
  })

  it('prefers keeping a macro at its current value when the split is ambiguous', () => {
    const text = spec(
      '%define baseversion 5.2',
      '%define patchlevel 37',
      'Name: bash',
      'Version: %{baseversion}.%{patchlevel}',
      'Release: 1',
    )
    const s = SpecFile.parse(text)
    s.setVersion('5.2.40')
    expect(changed(text, s.toString())).toEqual({
      removed: ['%define patchlevel 37'],
      added: ['%define patchlevel 40'],
    })
    s.setVersion('5.3.0')
    expect(s.toString()).toContain('%define baseversion 5.3\n%define patchlevel 0\n')
  })

  it('follows macro chains and leaves conditional suffixes alone', () => {
    const text = spec(
      '%global majorver 0',
      '%global minorver 1',
      '%global mainver %{majorver}.%{minorver}',
      '%global prever rc2',
      '%global package_version %{mainver}%{?prever:~%{prever}}',
      'Name: test',
      'Version: %{package_version}',
      'Release: 1',
    )
    const s = SpecFile.parse(text)
    expect(s.version?.value).toBe('0.1~rc2')
    s.setVersion('0.2~rc3')
    expect(changed(text, s.toString())).toEqual({
      removed: ['%global minorver 1', '%global prever rc2'],
      added: ['%global minorver 2', '%global prever rc3'],
    })
  })

  it('edits the value inside a taken %{!?x:...} branch', () => {
    const text = spec(
      'Name: systemd',
      'Version: %{?version_override}%{!?version_override:257.3}',
      'Release: 1',
    )
    const s = SpecFile.parse(text)
    s.setVersion('257.4')
    expect(s.toString()).toContain('Version: %{?version_override}%{!?version_override:257.4}\n')
  })

  it('never rewrites macros whose name ends in "name"', () => {
    const text = spec('%global srcname demo', 'Name: x', 'Version: %{srcname}', 'Release: 1')
    const s = SpecFile.parse(text)
    const notes = s.setVersion('2.0')
    expect(s.toString()).toContain('%global srcname demo\n')
    expect(s.toString()).toContain('Version: 2.0\n')
    expect(notes[0]).toContain('cannot be written through its macros')
  })

  it('falls back to a literal, with a note, when macros cannot express the new version', () => {
    const text = spec(
      '%global commit abcdef',
      '%global shortcommit %(c=%{commit}; echo ${c:0:7})',
      'Name: x',
      'Version: 1.47^git%{shortcommit}',
      'Release: 1',
    )
    const s = SpecFile.parse(text)
    const notes = s.setVersion('1.48')
    expect(s.toString()).toContain('Version: 1.48\n')
    expect(notes).toEqual([
      'Version (line 4) was "1.47^git%{shortcommit}"; "1.48" cannot be written through its macros, so it now holds the literal value',
    ])
  })

  it('edits the active Version when Version sits in %if/%else, through their shared macro', () => {
    const text = spec(
      '%global upstream_version 0.1.2',
      'Name: test',
      '%if 0%{?commit:1}',
      'Version: %{upstream_version}^git%{commit}',
      '%else',
      'Version: %{upstream_version}',
      '%endif',
      'Release: 1',
    )
    const s = SpecFile.parse(text)
    s.setVersion('0.1.3')
    expect(changed(text, s.toString())).toEqual({
      removed: ['%global upstream_version 0.1.2'],
      added: ['%global upstream_version 0.1.3'],
    })
  })

  it('refuses when Version is defined under conditions it cannot evaluate', () => {
    const s = SpecFile.parse(spec('Name: x', '%ifarch x86_64', 'Version: 1', '%else', 'Version: 2', '%endif'))
    expect(() => s.setVersion('3')).toThrow(
      /defined 2 times under conditions this tool cannot evaluate \(lines 3, 5\)/,
    )
  })

  it('rejects versions rpm would not accept and specs without Version', () => {
    expect(() => SpecFile.parse(BASE).setVersion('1.0-1')).toThrow(SpecError)
    expect(() => SpecFile.parse(BASE).setVersion('1 0')).toThrow(
      'version "1 0" has " ", which rpm refuses in Version',
    )
    expect(() => SpecFile.parse(spec('Name: x')).setVersion('1')).toThrow(/no Version tag/)
  })

  it('names the spec file in errors', () => {
    const s = SpecFile.parse(spec('Name: x'), { fileName: 'x.spec' })
    try {
      s.setVersion('1')
      throw new Error('expected an error')
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError)
      expect((error as SpecError).file).toBe('x.spec')
    }
  })
})

describe('resetRelease', () => {
  it.each([
    ['3%{?dist}', '1%{?dist}'],
    ['43%{?dist}', '1%{?dist}'],
    ['0.35.pre4%{?dist}', '1%{?dist}'],
    ['4%{?dist}.1', '1%{?dist}'],
    ['7%{dist}', '1%{dist}'],
    ['2', '1'],
    ['1%{?dist}', '1%{?dist}'],
    ['%autorelease', '%autorelease'],
    ['%autorelease -s %{date}git', '%autorelease -s %{date}git'],
    ['%{autorelease}', '%{autorelease}'],
  ])('Release: %s -> %s', (before, after) => {
    const s = SpecFile.parse(spec('Name: x', 'Version: 1', `Release: ${before}`))
    s.resetRelease()
    expect(s.toString()).toBe(spec('Name: x', 'Version: 1', `Release: ${after}`))
  })

  it('resets the macro Release is built from', () => {
    const text = spec(
      '%global baserelease 8',
      'Name: rpm',
      'Version: 1',
      'Release: %{?snapver:0.%{snapver}.}%{baserelease}%{?dist}',
    )
    const s = SpecFile.parse(text)
    s.resetRelease()
    expect(changed(text, s.toString())).toEqual({
      removed: ['%global baserelease 8'],
      added: ['%global baserelease 1'],
    })
  })

  it('resets a %global release holding the dist tag', () => {
    const s = SpecFile.parse(
      spec('%global release 3%{?dist}', 'Name: x', 'Version: 1', 'Release: %{release}'),
      {
        predefined: { dist: '.fc42' },
      },
    )
    s.resetRelease()
    expect(s.toString()).toContain('%global release 1%{?dist}\n')
  })

  it('reports autorelease', () => {
    expect(SpecFile.parse(spec('Name: x', 'Release: %autorelease')).hasAutorelease).toBe(true)
    expect(SpecFile.parse(BASE).hasAutorelease).toBe(false)
  })
})

describe('addPatch', () => {
  it('adds Patch0001 after the last Source, aligned with it, when the spec has no patches', () => {
    const s = SpecFile.parse(BASE)
    const result = s.addPatch('0001-Fix-it.patch', { comment: ['Fix it', '', 'Author: A <a@example.com>'] })
    expect(result).toEqual({ number: 1, added: true, warnings: [] })
    expect(changed(BASE, s.toString()).added).toEqual([
      '# Fix it',
      '#',
      '# Author: A <a@example.com>',
      'Patch0001:      0001-Fix-it.patch',
    ])
    expect(s.toString()).toContain('tar.gz\n# Fix it\n')
  })

  it('honours the digits option, including 0 for an unnumbered tag', () => {
    const one = SpecFile.parse(BASE)
    one.addPatch('a.patch', { digits: 1 })
    expect(one.toString()).toContain('\nPatch1:         a.patch\n')
    const none = SpecFile.parse(BASE)
    none.addPatch('a.patch', { digits: 0 })
    expect(none.toString()).toContain('\nPatch:          a.patch\n')
  })

  it('places new patches after the highest-numbered one, copying its padding', () => {
    const text = spec(
      'Name: x',
      'Version: 1',
      'Source0: a.tar.gz',
      'Patch0001:  one.patch',
      'Patch0007:  seven.patch',
      '',
      'BuildRequires: gcc',
    )
    const s = SpecFile.parse(text)
    expect(s.addPatch('eight.patch').number).toBe(8)
    expect(s.addPatch('nine.patch', { comment: ['# already a comment'] }).number).toBe(9)
    expect(s.toString()).toBe(
      spec(
        'Name: x',
        'Version: 1',
        'Source0: a.tar.gz',
        'Patch0001:  one.patch',
        'Patch0007:  seven.patch',
        'Patch0008:  eight.patch',
        '# already a comment',
        'Patch0009:  nine.patch',
        '',
        'BuildRequires: gcc',
      ),
    )
  })

  it('keeps the unpadded and unnumbered styles', () => {
    const plain = SpecFile.parse(spec('Name: x', 'Version: 1', 'Patch1: one.patch'))
    plain.addPatch('two.patch')
    expect(plain.toString()).toContain('Patch1: one.patch\nPatch2: two.patch\n')
    const unnumbered = SpecFile.parse(spec('Name: x', 'Version: 1', 'Patch:          one.patch'))
    unnumbered.addPatch('two.patch')
    expect(unnumbered.toString()).toContain('Patch:          one.patch\nPatch:          two.patch\n')
    expect(unnumbered.patches.map((p) => p.number)).toEqual([0, 1])
  })

  it('uses a Patch-id number, and refuses one that would reorder patches', () => {
    const s = SpecFile.parse(spec('Name: x', 'Version: 1', 'Patch:          one.patch'))
    expect(s.addPatch('ten.patch', { number: 10 }).number).toBe(10)
    expect(s.toString()).toContain('Patch10:        ten.patch\n')
    expect(() => s.addPatch('five.patch', { number: 5 })).toThrow(
      /must be higher than every existing patch number \(highest is 10\)/,
    )
  })

  it('skips a patch that is already declared', () => {
    const s = SpecFile.parse(spec('Name: x', 'Version: 1', 'Patch3: %{name}-fix.patch'))
    expect(s.addPatch('x-fix.patch')).toEqual({ number: 3, added: false, warnings: [] })
  })

  it('places a new patch after the conditional block the neighbour sits in', () => {
    const text = spec(
      'Name: x',
      'Version: 1',
      '%if 0%{?fedora}',
      'Source0: a.tar.gz',
      '%endif',
      'BuildRequires: gcc',
    )
    const s = SpecFile.parse(text)
    s.addPatch('p.patch')
    expect(s.toString()).toBe(
      spec(
        'Name: x',
        'Version: 1',
        '%if 0%{?fedora}',
        'Source0: a.tar.gz',
        '%endif',
        'Patch0001: p.patch',
        'BuildRequires: gcc',
      ),
    )
  })

  it('appends to %patchlist when the spec lists its patches there', () => {
    const s = SpecFile.parse(
      spec(
        'Name: x',
        'Version: 1',
        'Source0: a.tar.gz',
        '',
        '%patchlist',
        'a.patch',
        'b.patch',
        '',
        '%prep',
        '%autosetup -p1',
      ),
    )
    expect(s.addPatch('c.patch', { comment: ['Fix c'] }).number).toBe(2)
    expect(s.toString()).toContain('%patchlist\na.patch\nb.patch\n# Fix c\nc.patch\n')
    expect(() => s.addPatch('d.patch', { number: 9 })).toThrow(/%patchlist numbers patches automatically/)
  })

  it('warns when %prep applies patches one by one', () => {
    const s = SpecFile.parse(
      spec('Name: x', 'Version: 1', 'Patch0: a.patch', '%prep', '%setup -q', '%patch -P0 -p1', '%build'),
    )
    const { warnings } = s.addPatch('b.patch')
    expect(warnings).toEqual([
      'Patch1 will not be applied: %prep applies patches one by one with %patch lines (last one at line 7: "%patch -P0 -p1"); add "%patch -P1 -p1" there, or switch %prep to %autosetup -p1',
    ])
  })

  it('warns about patch sources it cannot see', () => {
    const s = SpecFile.parse(
      spec(
        'Name: x',
        'Version: 1',
        '%{lua:for i=1,3 do',
        '  print("Patch" .. i .. ": x.patch\\n")',
        'end}',
        '%prep',
        '%autosetup -p1',
      ),
    )
    expect(s.addPatch('b.patch').warnings[0]).toMatch(/a %\{lua:\} block may declare patches/)
  })

  it('keeps CRLF line endings and a missing final newline', () => {
    const crlf = SpecFile.parse('Name: x\r\nVersion: 1\r\nSource0: a.tar.gz\r\n')
    crlf.addPatch('p.patch')
    expect(crlf.toString()).toBe('Name: x\r\nVersion: 1\r\nSource0: a.tar.gz\r\nPatch0001: p.patch\r\n')
    const noEol = SpecFile.parse('Name: x\nVersion: 1\nSource0: a.tar.gz')
    noEol.addPatch('p.patch')
    expect(noEol.toString()).toBe('Name: x\nVersion: 1\nSource0: a.tar.gz\nPatch0001: p.patch')
  })
})

describe('removePatch', () => {
  it('removes the tag and the comment block above it, but not a commented-out tag', () => {
    const text = spec(
      'Name: x',
      '#Patch0: old.patch',
      '# Fix one',
      '# more',
      'Patch1: one.patch',
      'Patch2: two.patch',
    )
    const s = SpecFile.parse(text)
    expect(s.removePatch(1)).toBe(true)
    expect(s.toString()).toBe(spec('Name: x', '#Patch0: old.patch', 'Patch2: two.patch'))
    expect(s.removePatch(7)).toBe(false)
  })

  it('removes a comment line that looks like a tag, such as "# Upstream: URL"', () => {
    const s = SpecFile.parse(
      spec(
        'Name: x',
        '# Upstream: https://example.com/pr/1',
        '# Fix one',
        'Patch1: one.patch',
        'Patch2: two.patch',
      ),
    )
    s.removePatch(1)
    expect(s.toString()).toBe(spec('Name: x', 'Patch2: two.patch'))
  })

  it('removes a %patchlist entry', () => {
    const s = SpecFile.parse(spec('Name: x', '%patchlist', '# about a', 'a.patch', 'b.patch'))
    s.removePatch(0)
    expect(s.toString()).toBe(spec('Name: x', '%patchlist', 'b.patch'))
  })
})

describe('setSource and setEpoch', () => {
  it('replaces SourceN and PatchN values', () => {
    const s = SpecFile.parse(BASE)
    s.setSource(0, 'https://example.com/new.tar.gz')
    expect(s.toString()).toContain('Source0:        https://example.com/new.tar.gz\n')
    expect(() => s.setSource(3, 'x')).toThrow(/no Source3 tag/)
    expect(() => s.setSource(0, 'x', 'patch')).toThrow(/no Patch0 tag/)
  })

  it('reads, changes and adds Epoch', () => {
    const s = SpecFile.parse(BASE)
    expect(s.epoch).toBeUndefined()
    s.setEpoch(2)
    expect(s.toString()).toContain('Name:           demo\nEpoch:          2\nVersion:        1.0\n')
    s.setEpoch(3)
    expect(s.epoch?.value).toBe('3')
    expect(s.evr()).toBe('3:1.0-3')
    expect(() => s.setEpoch(-1)).toThrow(/non-negative integer/)
  })

  it('writes a raw Release', () => {
    const s = SpecFile.parse(BASE)
    s.setRawRelease('%autorelease')
    expect(s.hasAutorelease).toBe(true)
  })
})

describe('addChangelogEntry', () => {
  const date = new Date('2026-11-05T10:00:00Z')

  it('prepends an entry with the date style of the existing entries', () => {
    const s = SpecFile.parse(BASE)
    s.setVersion('1.1')
    s.resetRelease()
    expect(
      s.addChangelogEntry({
        text: '- Update to version 1.1\n- 100%{name} done\n* not a header',
        author: 'Packit <hello@packit.dev>',
        date,
      }),
    ).toBe(true)
    expect(s.toString()).toContain(
      [
        '%changelog',
        '* Thu Nov 05 2026 Packit <hello@packit.dev> - 1.1-1',
        '- Update to version 1.1',
        '- 100%%{name} done',
        ' * not a header',
        '',
        '* Mon Jan 05 2026 Jane Doe <jane@example.com> - 1.0-3',
      ].join('\n'),
    )
  })

  it.each([
    ['* Mon Jan  5 2026 J <j@x> - 1-1', '* Thu Nov  5 2026'],
    ['* Mon Jan 5 2026 J <j@x> - 1-1', '* Thu Nov 5 2026'],
    ['* Mon Jan 15 2026 J <j@x> - 1-1', '* Thu Nov 05 2026'],
    ['* Mon Jan 05 10:00:00 CET 2026 J <j@x> - 1-1', '* Thu Nov 05 10:00:00 UTC 2026'],
  ])('copies the style of "%s"', (existing, expectedHead) => {
    const s = SpecFile.parse(spec('Name: x', 'Version: 1', 'Release: 1', '%changelog', existing))
    s.addChangelogEntry({ text: '- x', author: 'A <a@x>', date })
    expect(s.toString()).toContain(`%changelog\n${expectedHead} A <a@x> - 1-1\n- x\n\n${existing}`)
  })

  it('fills an empty %changelog and creates a missing one', () => {
    const empty = SpecFile.parse(spec('Name: x', 'Version: 1', 'Release: 1', '%changelog'))
    empty.addChangelogEntry({ text: '- x', author: 'A <a@x>', date })
    expect(empty.toString()).toBe(
      spec('Name: x', 'Version: 1', 'Release: 1', '%changelog', '* Thu Nov 05 2026 A <a@x> - 1-1', '- x'),
    )
    const missing = SpecFile.parse(spec('Name: x', 'Version: 1', 'Release: 1'))
    missing.addChangelogEntry({ text: '- x', author: 'A <a@x>', date, evr: '9-9' })
    expect(missing.toString()).toBe(
      spec('Name: x', 'Version: 1', 'Release: 1', '', '%changelog', '* Thu Nov 05 2026 A <a@x> - 9-9', '- x'),
    )
  })

  it('adds nothing when the spec uses %autochangelog', () => {
    const text = spec('Name: x', 'Version: 1', 'Release: %autorelease', '%changelog', '%autochangelog')
    const s = SpecFile.parse(text)
    expect(s.hasAutochangelog).toBe(true)
    expect(s.addChangelogEntry({ text: '- x', author: 'A <a@x>', date })).toBe(false)
    expect(s.toString()).toBe(text)
  })

  it('refuses an entry when Version cannot be expanded', () => {
    const s = SpecFile.parse(spec('Name: x', 'Version: %(cat VERSION)', 'Release: 1', '%changelog'), {
      fileName: 'x.spec',
    })
    expect(() => s.addChangelogEntry({ text: '- x', author: 'A <a@x>', date })).toThrow(
      /Version \(line 2\) cannot be expanded: %\(cat VERSION\)/,
    )
  })
})

describe('queries', () => {
  it('derives file names from Source locations', () => {
    expect(SpecFile.fileName('https://x.org/a/b-1.tar.gz')).toBe('b-1.tar.gz')
    expect(SpecFile.fileName('https://x.org/archive/1.tar.gz#/demo-1.tar.gz')).toBe('demo-1.tar.gz')
    expect(SpecFile.fileName('https://x.org/a.tar.gz?raw=1')).toBe('a.tar.gz')
    expect(SpecFile.fileName('local.patch')).toBe('local.patch')
  })

  it('never derives a path from a #/ fragment: rpm names the file after the last /', () => {
    // The name is joined to the archive and dist-git directories: `..` in it would write elsewhere.
    expect(SpecFile.fileName('https://x.org/v1.tar.gz#/../../../home/runner/.bashrc')).toBe('.bashrc')
    expect(SpecFile.fileName('https://x.org/v1.tar.gz#/sub/demo-1.tgz')).toBe('demo-1.tgz')
  })

  it('expands text with extra macros', () => {
    const s = SpecFile.parse(BASE)
    expect(s.expand('%{name}%{?dist}', { dist: '.fc42' }).value).toBe('demo.fc42')
    expect(s.name?.value).toBe('demo')
    expect(s.release?.value).toBe('3')
  })

  it('lists inactive sources as inactive', () => {
    const s = SpecFile.parse(spec('Name: x', '%if 0', 'Source0: a', '%else', 'Source0: b', '%endif'))
    expect(s.sources.map((x) => [x.raw, x.active])).toEqual([
      ['a', false],
      ['b', true],
    ])
  })
})

describe('setMacroCommentedOut (prerelease_suffix_macro)', () => {
  const withMacros = spec(
    '%global prerel rc1',
    '#  %define prerel_other x',
    '%global prerelease_notes 1',
    '',
    BASE.trimEnd(),
  )

  it('comments out the definition as #global (rpm still reads #%global) and uncomments it again', () => {
    const s = SpecFile.parse(withMacros)
    expect(s.setMacroCommentedOut('prerel', true)).toBe(true)
    expect(changed(withMacros, s.toString())).toEqual({
      removed: ['%global prerel rc1'],
      added: ['#global prerel rc1'],
    })
    expect(s.setMacroCommentedOut('prerel', false)).toBe(true)
    expect(s.toString()).toBe(withMacros)
  })

  it('handles %define, other comment styles and leaves macros with a longer name alone', () => {
    const s = SpecFile.parse(withMacros)
    expect(s.setMacroCommentedOut('prerel_other', false)).toBe(true)
    expect(s.toString()).toContain('\n%define prerel_other x\n')
    expect(s.toString()).toContain('\n%global prerelease_notes 1\n')
    expect(s.setMacroCommentedOut('prerel_other', false)).toBe(true)
    expect(s.setMacroCommentedOut('missing', true)).toBe(false)
  })
})

describe('setMacroCommentedOut', () => {
  it('leaves a line alone that continues another macro body (found by the property tests)', () => {
    const text = spec('%global a  \\', '%global b 1', '%global b 2', 'Name: x')
    const s = SpecFile.parse(text)
    expect(s.setMacroCommentedOut('b', true)).toBe(true)
    expect(s.toString()).toBe(spec('%global a  \\', '%global b 1', '#global b 2', 'Name: x'))
  })

  it('turns a #%global, which rpm reads as a definition, into #global', async () => {
    const text = spec(
      '#%global prerel rc1',
      'Name: x',
      'Version: 1.2%{?prerel:~%{prerel}}',
      'Release: 1',
      'Summary: x',
      'License: MIT',
      '%description',
      'x',
    )
    expect(await rpmView(text)).toMatchObject({ version: '1.2~rc1' })
    const s = SpecFile.parse(text)
    expect(s.setMacroCommentedOut('prerel', true)).toBe(true)
    expect(s.toString()).toContain('#global prerel rc1\n')
    expect(await rpmView(s.toString())).toMatchObject({ version: '1.2' })
  })
})

describe('setVersion writes the version it is given (found by property tests)', () => {
  it.each([
    ['a value that refers to Version itself', spec('Name: x', 'Version: 2%{?version}', 'Release: 1'), '12'],
    [
      'a macro redefined after the tag',
      spec('Name: x', '%global major %{?a}', 'Version: %{major}1', 'Release: 1', '%global major 1'),
      '11',
    ],
    [
      'a macro used twice',
      spec('Name: x', '%global minor %{?a}', 'Version: %{minor}%{?minor}', 'Release: 1'),
      '1',
    ],
  ])('falls back to the literal for %s', (_label, text, version) => {
    const s = SpecFile.parse(text)
    const notes = s.setVersion(version)
    expect(SpecFile.parse(s.toString()).version?.value).toBe(version)
    expect(s.toString()).toContain(`\nVersion: ${version}\n`)
    expect(notes).toEqual([
      expect.stringMatching(
        /its macros would have given ".*", not "\d+", so it now holds the literal value$/,
      ),
    ])
  })
})

describe('a lone CR is text, not a line break (found by property tests)', () => {
  it('reads "Summary: s\\rPatch0: x" as one line, as rpm does, so an edit cannot join lines', () => {
    // Read as two lines, removing Patch0 joined "Summary: s\r" and the empty line into one CRLF line.
    const text = 'Summary: s\rPatch0: a.patch\n\nVersion: 1\n'
    const s = SpecFile.parse(text)
    expect(s.model.lines.map((l) => l.text)).toEqual(['Summary: s\rPatch0: a.patch', '', 'Version: 1'])
    expect(s.patches).toEqual([])
    expect(s.removePatch(0)).toBe(false)
    expect(s.toString()).toBe(text)
  })
})
