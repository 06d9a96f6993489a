import { describe, expect, it } from '@jest/globals'
import { splitLines, joinLines, dominantEol } from '../../../src/spec/lines.js'
import { groupLogicalLines } from '../../../src/spec/logical.js'
import { parseSpec } from '../../../src/spec/parse.js'
import { sectionHeader } from '../../../src/spec/sections.js'

describe('lines', () => {
  it.each([
    ['LF', 'a\nb\n'],
    ['CRLF', 'a\r\nb\r\n'],
    ['no final newline', 'a\nb'],
    ['mixed endings and lone CR', 'a\r\nb\nc\rd'],
    ['empty', ''],
    ['only newlines', '\n\n'],
  ])('round-trips %s', (_label, text) => {
    expect(joinLines(splitLines(text))).toBe(text)
  })

  it('picks the dominant line ending', () => {
    expect(dominantEol(splitLines('a\r\nb\r\nc\n'))).toBe('\r\n')
    expect(dominantEol(splitLines('a\nb\n'))).toBe('\n')
  })
})

describe('logical lines', () => {
  it('joins a multi-line %{lua:} block into one logical line', () => {
    const lines = splitLines('%{lua:for i=1,3 do\n  print("Patch" .. i .. ": p.patch\\n")\nend}\nName: x\n')
    const logical = groupLogicalLines(lines)
    expect(logical.map((l) => [l.start, l.end])).toEqual([
      [0, 3],
      [3, 4],
    ])
  })

  it('joins backslash continuations of %global bodies only', () => {
    const lines = splitLines('%global desc first \\\nsecond\n%configure \\\n%if 1\n--x\n%endif\n')
    expect(groupLogicalLines(lines).map((l) => [l.start, l.end])).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
    ])
  })

  it('does not let a comment with an open brace swallow the file', () => {
    const lines = splitLines('# see %{foo\nName: x\n')
    expect(groupLogicalLines(lines)).toHaveLength(2)
  })
})

describe('sections', () => {
  it('recognises section headers case-insensitively, with arguments', () => {
    expect(sectionHeader('%package -n foo')).toEqual({ name: 'package', args: '-n foo' })
    expect(sectionHeader('%Description devel')).toEqual({ name: 'description', args: 'devel' })
    expect(sectionHeader('%changelog')).toEqual({ name: 'changelog', args: '' })
    expect(sectionHeader('%packager me')).toBeUndefined()
    expect(sectionHeader(' %prep')).toBeUndefined()
  })
})

describe('parseSpec', () => {
  const spec = [
    '%global majorver 1',
    '%global minorver 2',
    'Name:           demo',
    'Version:        %{majorver}.%{minorver}',
    'Release:        3%{?dist}',
    'Source0:        https://example.com/%{name}-%{version}.tar.gz',
    'Source:         extra.conf',
    'Patch:          first.patch',
    'Patch5:         fifth.patch',
    'Patch:          sixth.patch',
    '',
    '%description',
    'Demo.',
    '',
    '%package devel',
    'Summary: devel',
    'Version: 9',
    '',
    '%build',
    'cat > x <<END',
    'Name: not-a-tag',
    'Version: 0',
    'END',
    '',
  ].join('\n')
  const parsed = parseSpec(spec)

  it('finds tags only in preamble sections (a here-document is not a preamble)', () => {
    const names = parsed.tags.filter((t) => t.packageArgs === null).map((t) => t.name)
    expect(names).toEqual(['Name', 'Version', 'Release', 'Source0', 'Source', 'Patch', 'Patch5', 'Patch'])
    expect(parsed.tags.find((t) => t.packageArgs === 'devel' && t.base === 'version')?.raw).toBe('9')
  })

  it('numbers unnumbered Source/Patch tags as rpm does', () => {
    expect(parsed.tags.filter((t) => t.base === 'source').map((t) => t.number)).toEqual([0, 1])
    expect(parsed.tags.filter((t) => t.base === 'patch').map((t) => t.number)).toEqual([0, 5, 6])
  })

  it('expands values with the macros known at their line', () => {
    const source = parsed.tags.find((t) => t.name === 'Source0')!
    expect(source.expanded).toEqual({ value: 'https://example.com/demo-1.2.tar.gz', unresolved: [] })
    expect(parsed.macros.get('SOURCE1')?.body).toBe('extra.conf')
  })

  it('records value position and separator', () => {
    const version = parsed.tags.find((t) => t.base === 'version')!
    expect(version.separator).toBe(':        ')
    expect(spec.split('\n')[version.line].slice(version.valueColumn)).toBe('%{majorver}.%{minorver}')
  })

  it('records sections with their line ranges', () => {
    expect(parsed.sections.map((s) => s.name)).toEqual(['preamble', 'description', 'package', 'build'])
    const pkg = parsed.sections[2]
    expect(pkg.args).toBe('devel')
    expect(pkg.headerLine).toBe(14)
    expect(parsed.sections[0].end).toBe(11)
  })

  it('evaluates conditionals and marks inactive and uncertain branches', () => {
    const p = parseSpec(
      [
        '%global with_x 1',
        '%if 0%{?with_x}',
        'Version: 1',
        '%else',
        'Version: 2',
        '%endif',
        '%if 0%{?fedora} >= 40',
        'Release: 1',
        '%elif 0%{?rhel}',
        'Release: 2',
        '%else',
        'Release: 3',
        '%endif',
        '%ifarch x86_64',
        'Epoch: 1',
        '%endif',
        '%if %(test -e /etc/os-release && echo 1)',
        'Summary: a',
        '%else',
        'Summary: b',
        '%endif',
        '%if %(test -e /etc/os-release && echo 1)',
        '%if 1',
        'License: MIT',
        '%endif',
        '%endif',
        '',
      ].join('\n'),
    )
    const act = (base: string) => p.tags.filter((t) => t.base === base).map((t) => t.activity)
    expect(act('version')).toEqual(['active', 'inactive'])
    expect(act('release')).toEqual(['inactive', 'inactive', 'active'])
    expect(act('epoch')).toEqual(['uncertain'])
    expect(act('summary')).toEqual(['uncertain', 'uncertain'])
    expect(act('license')).toEqual(['uncertain'])
    expect(p.conditionals[0]).toEqual({ ifLine: 1, branchLines: [3], endifLine: 5 })
    expect(p.problems).toEqual([])
  })

  it('reports unbalanced conditionals', () => {
    const p = parseSpec('%if 1\nName: x\n%endif\n%endif\n%if 0\n')
    expect(p.problems.map((x) => x.message)).toEqual([
      '%endif without a matching %if',
      '%if 0 is never closed by %endif',
    ])
  })

  it('handles %bcond forms and %undefine', () => {
    const p = parseSpec(
      [
        '%bcond_without docs',
        '%bcond_with tests',
        '%bcond python 1',
        '%bcond ruby 0',
        '%global temp 1',
        '%undefine temp',
        'Name: x',
        '',
      ].join('\n'),
    )
    expect(p.macros.has('with_docs')).toBe(true)
    expect(p.macros.has('with_tests')).toBe(false)
    expect(p.macros.has('with_python')).toBe(true)
    expect(p.macros.has('with_ruby')).toBe(false)
    expect(p.macros.has('temp')).toBe(false)
  })

  it('records macro definitions, including commented-out ones', () => {
    const p = parseSpec(
      '%global commit abc\n#global tag %{version}\n%dnl %global old 1\n%define f(a) %{-a}\n',
    )
    expect(p.macroDefinitions.map((d) => [d.name, d.kind, d.commentedOut, d.params])).toEqual([
      ['commit', 'global', false, undefined],
      ['tag', 'global', true, undefined],
      ['old', 'global', true, undefined],
      ['f', 'define', false, 'a'],
    ])
  })

  it('expands %global bodies once when read and again on use, as rpm does', () => {
    const p = parseSpec(
      '%global sv %%(echo "%version")\n%global v1 %{v2}\n%global v2 2\nName: x\nVersion: 1\n',
    )
    expect(p.macros.get('sv')?.body).toBe('%(echo "%version")')
    expect(p.macros.get('v1')?.body).toBe('%{v2}')
  })

  it('numbers %patchlist entries and reads %include files through the callback', () => {
    const p = parseSpec(
      'Name: x\nPatch0: a.patch\n%include patches.inc\nSource: s.tar.gz\n%patchlist\n# comment\nb.patch\n\nc.patch\n',
      {
        readInclude: (path) =>
          path === 'patches.inc'
            ? 'Patch1: inc1.patch\nPatch2: inc2.patch\n%global fromInc yes\n'
            : undefined,
      },
    )
    expect(p.includes[0].entries.map((e) => e.number)).toEqual([1, 2])
    expect(p.includes[0].resolved).toBe(true)
    expect(p.listEntries.map((e) => [e.raw, e.number])).toEqual([
      ['b.patch', 3],
      ['c.patch', 4],
    ])
    expect(p.macros.get('fromInc')?.body).toBe('yes')
  })

  it('keeps an unreadable %include unresolved', () => {
    const p = parseSpec('Name: x\n%include %{SOURCE9}\n')
    expect(p.includes[0].resolved).toBe(false)
  })
})

describe('rpm built-ins and tag macros', () => {
  const spec = [
    '%global flagrel %{nil}',
    'Name: foo',
    'Version: 1.0',
    'Release: 2%{?dist}%{flagrel}%nil',
    'URL: https://example.com/%{NAME}',
    'Source0: %{URL}/%{NAME}-%{VERSION}.tar.gz',
    'Source1: [%{?nil}][%{!?nil:undefined}][%{?RELEASE}]',
    '%package sub',
    'Version: 2.0',
    'Source2: %{version}-%{VERSION}',
    '%description',
  ].join('\n')
  const parsed = parseSpec(spec, { predefined: { dist: '.fc44' } })
  const value = (name: string) => parsed.tags.find((t) => t.name === name)!.expanded

  it('expands %nil and %{nil} to nothing and counts %nil as defined, as rpm does', () => {
    expect(value('Release')).toEqual({ value: '2.fc44', unresolved: [] })
    expect(value('Source1').value).toBe('[][][2.fc44]')
  })

  it('defines upper-case macros for the main package tags (%{NAME}, %{VERSION}, %{URL})', () => {
    expect(value('Source0')).toEqual({ value: 'https://example.com/foo/foo-1.0.tar.gz', unresolved: [] })
  })

  it("lets a subpackage's Version redefine %version but not %VERSION", () => {
    expect(value('Source2').value).toBe('2.0-1.0')
  })
})

describe('macro bodies', () => {
  it('drop trailing blanks, as rpm does (`%global srcname foo ` is "foo")', () => {
    const parsed = parseSpec(
      '%global srcname astroscrappy \t\n%define other x  \nName: python-%{srcname}\nSource0: %{srcname}-1.0.tar.gz\nSource1: [%{other}]\n',
    )
    expect(parsed.tags.find((t) => t.name === 'Source0')!.expanded.value).toBe('astroscrappy-1.0.tar.gz')
    expect(parsed.tags.find((t) => t.name === 'Source1')!.expanded.value).toBe('[x]')
  })
})

describe('definitions in comments', () => {
  it('are made as rpm makes them ("Macro expanded in comment"): #%global and # %define, not #global or #%%global', () => {
    const parsed = parseSpec(
      [
        '#%global prerel rc1',
        '# %define other x',
        '#global third y',
        '#%%global fourth z',
        '%dnl %global fifth w',
        'Name: a',
        'Source0: [%{?prerel}][%{?other}][%{?third}][%{?fourth}][%{?fifth}]',
      ].join('\n'),
    )
    // rpmspec -P (rpm 4.18) prints Source0: [rc1][x][][][]
    expect(parsed.tags.find((t) => t.name === 'Source0')!.expanded.value).toBe('[rc1][x][][][]')
    expect(parsed.macroDefinitions.filter((d) => d.commentedOut).map((d) => d.name)).toContain('prerel')
  })
})
