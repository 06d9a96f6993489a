/**
 * Property tests of the spec parser and editor (issue 13), with fast-check: any text gives
 * a value or a SpecError, soon; printing gives the input back byte for byte; each edit
 * changes only the lines it is about. Inputs mix real spec constructs (tags, %global and
 * %define, %if/%else/%endif, sections, macros, comments, CRLF, tabs, unicode) with random
 * text and bytes. Prints one line: cases run, crashes, hangs, round-trip failures.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isPatchComment, SpecError, SpecFile } from '../../../src/spec/index.js'
import { splitLines, type PhysicalLine } from '../../../src/spec/lines.js'
import type { ParsedSpec } from '../../../src/spec/model.js'

/** Longer than this for one case is a hang (a case takes well under a millisecond). */
const HANG_MS = 3000

const stats = {
  inputs: 0,
  cases: 0,
  crashes: 0,
  hangs: 0,
  roundTrip: 0,
  edits: 0,
  refused: 0,
  started: Date.now(),
}

afterAll(() => {
  const seconds = ((Date.now() - stats.started) / 1000).toFixed(1)
  process.stdout.write(
    `spec properties: ${stats.inputs} cases (${stats.cases} calls; ${stats.edits} edits, ${stats.refused} refused with a SpecError), ` +
      `${stats.crashes} crashes, ${stats.hangs} hangs, ${stats.roundTrip} round-trip failures, ${seconds} s\n`,
  )
})

/**
 * Runs one case: a SpecError is an answer; anything else thrown is a crash, a slow answer a
 * hang. Both are counted and fail the property (fast-check then shrinks and prints the input).
 */
function guarded<T>(fn: () => T): T | SpecError {
  stats.cases++
  const start = performance.now()
  let result: T | SpecError
  try {
    result = fn()
  } catch (error) {
    if (!(error instanceof SpecError)) {
      stats.crashes++
      throw error
    }
    result = error
  }
  const took = performance.now() - start
  if (took > HANG_MS) {
    stats.hangs++
    throw new Error(`took ${Math.round(took)} ms`)
  }
  return result
}

// ---- inputs -------------------------------------------------------------------------------

const NAMES = ['a', 'b', 'c', 'ver', 'rel', 'major', 'minor', 'name', 'version', 'release', 'dist', 'fedora']

const name = fc.constantFrom(...NAMES)
const space = fc.constantFrom(' ', '  ', '\t', ' \t', '        ')
const unicode = fc.string({ unit: 'grapheme', maxLength: 6 })

/** A piece of a value: literals, separators, macro forms (good and broken), odd characters. */
const piece = fc.oneof(
  fc.constantFrom('1', '2', '0', '10', '1.2', 'rc1', 'git', 'x', 'abc'),
  fc.constantFrom('.', '-', '_', '~', '^', '+', ' ', '\t'),
  name.map((n) => `%{${n}}`),
  name.map((n) => `%${n}`),
  name.map((n) => `%{?${n}}`),
  fc.tuple(name, fc.constantFrom('x', '1', '%{a}', '')).map(([n, v]) => `%{?${n}:${v}}`),
  fc.tuple(name, fc.constantFrom('y', '2', '%{b}')).map(([n, v]) => `%{!?${n}:${v}}`),
  fc.constantFrom(
    '%%',
    '%{?dist}',
    '%{dist}',
    '%(echo 1)',
    '%[1+1]',
    '%[%{a} + 1]',
    '%{expand:%%{a}}',
    '%{lua: print(1)}',
    '%{len:%{a}}',
    '%{sub %{a} 1 2}',
    '%{defined a}',
    '%{with x}',
    '%{S:1}',
    '%{P:0}',
    '%{',
    '}',
    '%(',
    '%[',
    '%',
    '%{}',
    '%{?}',
    '%autorelease',
    '%{autorelease -b 2}',
    '%{pypi_source}',
    '\\',
  ),
  unicode,
  fc.constantFrom('é', '🎉', '\u0000', '\uFFFD', '\u2028', '\uFEFF', '\u00a0'),
)
const value = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''))

const TAGS = [
  'Name',
  'Version',
  'Release',
  'Epoch',
  'Summary',
  'License',
  'URL',
  'Source',
  'Source0',
  'Source1',
  'Source10',
  'Patch',
  'Patch0',
  'Patch1',
  'Patch0002',
  'BuildRequires',
  'Requires(post)',
  'BuildArch',
  'version',
]
const tag = fc
  .tuple(
    fc.constantFrom('', ' ', '\t'),
    fc.constantFrom(...TAGS),
    fc.constantFrom(':', ': ', ':\t', ' : ', ':        '),
    value,
  )
  .map(([indent, t, sep, v]) => `${indent}${t}${sep}${v}`)

const definition = fc
  .tuple(
    fc.constantFrom('%global', '%define', '#global', '# %global', '%dnl %global', '##define', ' %global'),
    space,
    name,
    fc.constantFrom('', '', '(x:)', '()'),
    space,
    value,
    fc.constantFrom('', '', ' \\'),
  )
  .map(([kw, s1, n, params, s2, v, cont]) => `${kw}${s1}${n}${params}${s2}${v}${cont}`)

const EXPRESSIONS = [
  '1',
  '0',
  '0%{?fedora}',
  '0%{?fedora} >= 40',
  '%{with x}',
  '"%{a}" == "1"',
  '%{a} > 1',
  'x',
  '',
  '%{?rhel}',
  '(1',
  'v"1.2" < v"1.10"',
  '%{undefined a}',
]
const conditional = fc.oneof(
  fc
    .tuple(fc.constantFrom('%if', '%elif', ' %if'), fc.constantFrom(...EXPRESSIONS))
    .map(([k, e]) => `${k} ${e}`),
  fc.constantFrom(
    '%ifarch x86_64',
    '%ifnarch s390x',
    '%ifos linux',
    '%elifarch aarch64',
    '%else',
    '%endif',
    '%endif # x',
    '%if',
  ),
)

const section = fc.constantFrom(
  '%description',
  '%description -n foo',
  '%package devel',
  '%package -n bar',
  '%prep',
  '%build',
  '%install',
  '%check',
  '%files',
  '%files -n bar',
  '%changelog',
  '%patchlist',
  '%sourcelist',
  '%post',
)

const other = fc.oneof(
  fc.constantFrom(
    '%autosetup -p1',
    '%autosetup -N',
    '%setup -q',
    '%patch -P1 -p1',
    '%patch1 -p1',
    '%patch 2',
    '%autopatch -m 2 -M 5',
    '%autopatch 1 2',
    '* Mon Jan 05 2026 A <a@example.com> - 1.0-1',
    '* Thu Nov  5 2026 B <b@example.com> - 2-3',
    '* Wed Oct 07 2026 10:11:12 UTC C - 3',
    '- entry',
    '%autochangelog',
    '%bcond_with x',
    '%bcond_without y',
    '%bcond z 1',
    '%undefine a',
    '%include x.inc',
    '%{lua:',
    'print("Patch9: p.patch")',
    '%configure \\',
    '# Patch0: old.patch',
    '# Upstream: https://example.com/1',
    '#',
    '',
    '',
    'make %{?_smp_mflags}',
    '%{_bindir}/foo',
    'a.patch',
    'https://example.com/x-%{version}.tar.gz',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
)

const line = fc.oneof(
  { arbitrary: tag, weight: 4 },
  { arbitrary: definition, weight: 3 },
  { arbitrary: conditional, weight: 2 },
  { arbitrary: section, weight: 1 },
  { arbitrary: other, weight: 3 },
)

/** Blocks that stress the limits: macro chains that double (bombs), deep %if nesting, long lines. */
const block = fc.oneof(
  fc
    .tuple(fc.constantFrom('%global', '%define'), fc.integer({ min: 1, max: 40 }), fc.constantFrom(1, 2, 3))
    .map(([kind, n, uses]) => [
      `${kind} m0 xy`,
      ...Array.from({ length: n }, (_, i) => `${kind} m${i + 1} ${`%{m${i}}`.repeat(uses)}`),
      `Summary: %{m${n}}`,
    ]),
  fc
    .tuple(fc.integer({ min: 1, max: 90 }), fc.constantFrom('%if 1', '%if 0', '%ifarch x86_64', '%if %{a}'))
    .map(([n, open]) => [
      ...Array.from({ length: n }, () => open),
      'Version: 9',
      ...Array.from({ length: n }, () => '%endif'),
    ]),
  fc
    .tuple(
      piece,
      fc.integer({ min: 100, max: 20_000 }),
      fc.constantFrom('Summary: ', 'Version: ', '%global a ', ''),
    )
    .map(([p, n, prefix]) => [prefix + p.repeat(n)]),
)

const BASE = [
  'Name:           demo',
  'Version:        1.2.3',
  'Version: %{major}.%{minor}',
  '%global major 1',
  '%global minor 2',
  'Release:        1%{?dist}',
  'Release: %{rel}%{?dist}',
  '%global rel 4',
  'Source0:        https://example.com/%{name}-%{version}.tar.gz',
  'Patch0:         a.patch',
  'Patch1: b.patch',
  '%prep',
  '%autosetup -p1',
  '%changelog',
  '* Mon Jan 05 2026 A <a@example.com> - 1.2.3-1',
  '- Old entry',
]

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')

/** A spec-like text: a shuffled subset of a real preamble among random constructs, random line endings. */
/** Version and Release in the preamble (most real specs have both), in their usual forms or random ones. */
const head = fc.option(
  fc.tuple(
    fc.oneof(
      fc.constantFrom(
        'Version:        1.2.3',
        'Version: %{major}.%{minor}',
        'Version:\t%{ver}',
        'Version: 0.1~rc1',
      ),
      value.map((v) => `Version: ${v}`),
    ),
    fc.oneof(
      fc.constantFrom(
        'Release:        1%{?dist}',
        'Release: %{rel}%{?dist}',
        'Release: %autorelease',
        'Release: 3%{?dist}.1',
      ),
      value.map((v) => `Release: ${v}`),
    ),
  ),
  { freq: 5 },
)

const specText = fc
  .tuple(
    fc.array(line, { maxLength: 6 }),
    head.map((h) => h ?? []),
    fc.shuffledSubarray(BASE),
    fc.array(line, { maxLength: 18 }),
    // One input in ten has a block: they cost up to a tenth of a second each.
    fc.oneof(
      { arbitrary: fc.constant(null), weight: 9 },
      { arbitrary: fc.tuple(block, fc.nat()), weight: 1 },
    ),
    fc.array(eol, { minLength: 40, maxLength: 40 }),
    fc.constantFrom('\n', '\r\n', ''),
  )
  .map(([before, versionRelease, base, after, extra, eols, last]) => {
    const all = [...before, ...versionRelease, ...base, ...after]
    if (extra) all.splice(extra[1] % (all.length + 1), 0, ...extra[0])
    return all.map((l, i) => l + (i === all.length - 1 ? last : eols[i % eols.length])).join('')
  })

/** Random bytes read as UTF-8 the way readFileSync(..., 'utf8') does (invalid sequences become U+FFFD). */
const bytesText = fc.uint8Array({ maxLength: 600 }).map((b) => new TextDecoder().decode(b))

/** A soup of the characters spec syntax is made of. */
const soupText = fc
  .array(
    fc.constantFrom(
      ...'%{}()[]?!:\\\n\r\t #*-.01aV:%%{?'.split(''),
      'Version:',
      '%if ',
      '%endif\n',
      '%global a ',
    ),
    {
      maxLength: 200,
    },
  )
  .map((c) => c.join(''))

// ---- properties: reading -----------------------------------------------------------------

/** Everything a caller may ask of a parsed spec. */
function readAll(s: SpecFile): void {
  const ask = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      if (!(error instanceof SpecError)) throw error
    }
  }
  ask(() => s.name)
  ask(() => s.version)
  ask(() => s.release)
  ask(() => s.epoch)
  ask(() => s.hasAutorelease)
  ask(() => s.hasAutochangelog)
  ask(() => s.sources)
  ask(() => s.patches)
  ask(() => s.prep())
  ask(() => s.hiddenPatchSources())
  ask(() => s.evr())
  ask(() => s.expand('%{name}-%{version}-%{release}'))
}

function readsAndRoundTrips(text: string): void {
  stats.inputs++
  const result = guarded(() => {
    const s = SpecFile.parse(text)
    readAll(s)
    return s
  })
  if (result instanceof SpecError) {
    // A clear error: one line, with the spec line when there is one.
    expect(result.message).not.toMatch(/\n/)
    if (result.line !== undefined) expect(result.line).toBeGreaterThan(0)
    return
  }
  if (result.toString() !== text) stats.roundTrip++
  expect(result.toString()).toBe(text)
}

describe('reading any text', () => {
  it('gives values or a SpecError, and prints spec-like text back byte for byte', () => {
    fc.assert(fc.property(specText, readsAndRoundTrips), { numRuns: 1500 })
  })

  it('does the same for random bytes and for a soup of spec syntax', () => {
    fc.assert(fc.property(bytesText, readsAndRoundTrips), { numRuns: 700 })
    fc.assert(fc.property(soupText, readsAndRoundTrips), { numRuns: 800 })
  })
})

// ---- properties: editing -----------------------------------------------------------------

/** Indexes of lines whose text differs; undefined when the edit added or removed lines or changed an ending. */
function changedLines(before: PhysicalLine[], after: PhysicalLine[]): number[] | undefined {
  if (before.length !== after.length) return undefined
  const changed: number[] = []
  for (let i = 0; i < before.length; i++) {
    if (before[i].eol !== after[i].eol) return undefined
    if (before[i].text !== after[i].text) changed.push(i)
  }
  return changed
}

/**
 * Where `after` is `before` with one block of lines inserted: the index and the new texts;
 * undefined when anything else changed. The old last line may gain a line ending when the
 * block goes after it; the new last line then has the old one's (none, if there was none).
 */
function insertedBlock(
  before: PhysicalLine[],
  after: PhysicalLine[],
): { at: number; texts: string[] } | undefined {
  const k = after.length - before.length
  if (k <= 0) return undefined
  for (let at = 0; at <= before.length; at++) {
    // The old last line keeps its bytes; it may gain a line ending ("a\r" then reads as "a" + CRLF).
    const same = (a: PhysicalLine, b: PhysicalLine, last: boolean) =>
      (a.text === b.text && a.eol === b.eol) || (last && a.eol === '' && (b.text + b.eol).startsWith(a.text))
    let ok = true
    for (let i = 0; i < at && ok; i++) ok = same(before[i], after[i], i === before.length - 1)
    for (let i = at; i < before.length && ok; i++) ok = same(before[i], after[i + k], false)
    if (!ok) continue
    if (at === before.length && before.length > 0) {
      const finalEol = before[before.length - 1].eol
      if ((after[after.length - 1].eol === '') !== (finalEol === '')) continue
    }
    return { at, texts: after.slice(at, at + k).map((l) => l.text) }
  }
  return undefined
}

/** Lines of the enabled definitions of the macros `text` refers to, followed through their bodies. */
function definitionLines(model: ParsedSpec, text: string): Set<number> {
  const lines = new Set<number>()
  const seen = new Set<string>()
  const queue = [text]
  while (queue.length > 0) {
    for (const m of queue.pop()!.matchAll(/%\{?[?!]*([A-Za-z_][A-Za-z0-9_]*)/g)) {
      if (seen.has(m[1])) continue
      seen.add(m[1])
      for (const d of model.macroDefinitions.filter((d) => d.name === m[1] && !d.commentedOut)) {
        for (let l = d.line; l < d.endLine; l++) lines.add(l)
        queue.push(
          model.lines
            .slice(d.line, d.endLine)
            .map((l) => l.text)
            .join('\n'),
        )
      }
    }
  }
  return lines
}

const newVersion = fc
  .array(fc.constantFrom('1', '2', '0', '10', '3', 'rc1', 'git', 'a', '.', '~', '^', '_', '+'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((p) => p.join(''))
  .filter((v) => /^[A-Za-z0-9]/.test(v) && !v.includes('..'))

type Edit =
  | { kind: 'setVersion'; version: string }
  | { kind: 'resetRelease' }
  | { kind: 'setRawRelease'; raw: string }
  | { kind: 'setEpoch'; epoch: number }
  | { kind: 'setSource'; number: number; value: string; patch: boolean }
  | { kind: 'addPatch'; location: string; comment: string[] }
  | { kind: 'addChangelogEntry'; text: string }
  | { kind: 'removePatch'; number: number }
  | { kind: 'setMacroCommentedOut'; name: string; commented: boolean }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: newVersion.map((version) => ({ kind: 'setVersion' as const, version })), weight: 4 },
  fc.constant({ kind: 'resetRelease' as const }),
  fc
    .constantFrom('%autorelease', '%{autorelease}', '5%{?dist}')
    .map((raw) => ({ kind: 'setRawRelease' as const, raw })),
  fc.nat(5).map((epoch) => ({ kind: 'setEpoch' as const, epoch })),
  fc
    .tuple(fc.nat(3), fc.constantFrom('new.tar.gz', 'https://e.org/%{name}.tgz'), fc.boolean())
    .map(([number, v, patch]) => ({ kind: 'setSource' as const, number, value: v, patch })),
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('c.patch', '0001-Fix.patch', 'https://e.org/p/%{version}.patch', 'a.patch'),
        fc.array(fc.constantFrom('Upstream: https://e.org/1', '# already', '', 'Fix it'), { maxLength: 2 }),
      )
      .map(([location, comment]) => ({ kind: 'addPatch' as const, location, comment })),
    weight: 2,
  },
  fc
    .constantFrom('- Update to 2.0', '- 100% done\n- * star', '- é 🎉\n\n  more')
    .map((text) => ({ kind: 'addChangelogEntry' as const, text })),
  fc.nat(3).map((number) => ({ kind: 'removePatch' as const, number })),
  fc
    .tuple(name, fc.boolean())
    .map(([n, commented]) => ({ kind: 'setMacroCommentedOut' as const, name: n, commented })),
)

/** Runs the edit on `s`. */
function applyEdit(s: SpecFile, e: Edit): void {
  switch (e.kind) {
    case 'setVersion':
      s.setVersion(e.version)
      break
    case 'resetRelease':
      s.resetRelease()
      break
    case 'setRawRelease':
      s.setRawRelease(e.raw)
      break
    case 'setEpoch':
      s.setEpoch(e.epoch)
      break
    case 'setSource':
      s.setSource(e.number, e.value, e.patch ? 'patch' : 'source')
      break
    case 'addPatch':
      s.addPatch(e.location, { comment: e.comment })
      break
    case 'addChangelogEntry':
      s.addChangelogEntry({
        text: e.text,
        author: 'A <a@example.com>',
        date: new Date(Date.UTC(2026, 10, 5)),
      })
      break
    case 'removePatch':
      s.removePatch(e.number)
      break
    case 'setMacroCommentedOut':
      s.setMacroCommentedOut(e.name, e.commented)
      break
  }
}

/** Checks that `after` differs from the lines of `model` only where the edit is about. */
function checkEdit(model: ParsedSpec, after: PhysicalLine[], e: Edit): void {
  const before = model.lines
  const main = (base: string) =>
    model.tags.filter((t) => t.base === base && t.packageArgs === null && t.activity !== 'inactive')
  switch (e.kind) {
    case 'setVersion':
    case 'resetRelease': {
      const base = e.kind === 'setVersion' ? 'version' : 'release'
      const allowed = new Set<number>()
      for (const t of main(base)) {
        allowed.add(t.line)
        for (const l of definitionLines(model, t.raw)) allowed.add(l)
      }
      const changed = changedLines(before, after)
      expect(changed).toBeDefined()
      for (const l of changed!) expect([l, allowed.has(l)]).toEqual([l, true])
      break
    }
    case 'setRawRelease':
    case 'setSource': {
      const allowed = new Set(
        e.kind === 'setRawRelease'
          ? main('release').map((t) => t.line)
          : model.tags
              .filter((t) => t.base === (e.patch ? 'patch' : 'source') && t.number === e.number)
              .map((t) => t.line),
      )
      const changed = changedLines(before, after)
      expect(changed).toBeDefined()
      expect(changed!.length).toBeLessThanOrEqual(1)
      for (const l of changed!) expect(allowed.has(l)).toBe(true)
      break
    }
    case 'setEpoch': {
      const changed = changedLines(before, after)
      if (changed) {
        expect(changed.length).toBeLessThanOrEqual(1)
        for (const l of changed) expect(main('epoch').map((t) => t.line)).toContain(l)
      } else {
        const block = insertedBlock(before, after)
        expect(block).toBeDefined()
        expect(block!.texts).toHaveLength(1)
        expect(block!.texts[0]).toMatch(new RegExp(`^Epoch\\s*:\\s*${e.epoch}$`))
      }
      break
    }
    case 'addPatch':
    case 'addChangelogEntry': {
      if (after.length === before.length) {
        expect(changedLines(before, after)).toEqual([])
        break
      }
      const block = insertedBlock(before, after)
      expect(block).toBeDefined()
      if (e.kind === 'addPatch') {
        expect(block!.texts[block!.texts.length - 1]).toContain(e.location)
        for (const t of block!.texts.slice(0, -1)) expect(t).toMatch(/^#/)
      } else {
        const header = /^\* \w{3} \w{3}\s+\d{1,2}( \d\d:\d\d:\d\d UTC)? \d{4} A <a@example\.com> - /
        expect(block!.texts.some((t) => header.test(t))).toBe(true)
      }
      break
    }
    case 'removePatch': {
      // The tag (or %patchlist entry) and the comment block right above it go; nothing else changes.
      const tag = model.tags.find(
        (t) => t.base === 'patch' && t.number === e.number && t.packageArgs === null,
      )
      const entry = model.listEntries.find((l) => l.section === 'patchlist' && l.number === e.number)
      const start = tag ? tag.line : entry?.line
      let from = start ?? 0
      const end = tag ? tag.endLine : start === undefined ? 0 : start + 1
      while (start !== undefined && from > 0 && isPatchComment(before[from - 1].text)) from--
      const kept = before.filter((_, i) => i < from || i >= end)
      expect(after.map((l) => l.text)).toEqual(kept.map((l) => l.text))
      expect(after.slice(0, -1).map((l) => l.eol)).toEqual(kept.slice(0, -1).map((l) => l.eol))
      break
    }
    case 'setMacroCommentedOut': {
      const allowed = new Set(model.macroDefinitions.filter((d) => d.name === e.name).map((d) => d.line))
      const changed = changedLines(before, after)
      expect(changed).toBeDefined()
      for (const l of changed!) expect(allowed.has(l)).toBe(true)
      break
    }
  }
}

/** Applies the edit and checks that the text changed only where the edit is about. */
function editsOnlyItsLines(text: string, e: Edit): void {
  stats.inputs++
  const s = guarded(() => SpecFile.parse(text))
  if (s instanceof SpecError) return
  // The model before the edit: edits replace it, never change it.
  const model = s.model
  stats.edits++
  const out = guarded(() => {
    applyEdit(s, e)
    return s.toString()
  })
  if (out instanceof SpecError) {
    stats.refused++
    // Refused: nothing half-done.
    expect(s.toString()).toBe(text)
    return
  }
  checkEdit(model, splitLines(out), e)
  // The edited text reads back the same way, and a new Version is the one asked for.
  const again = guarded(() => SpecFile.parse(out))
  if (again instanceof SpecError) return
  expect(again.toString()).toBe(out)
  if (e.kind === 'setVersion') {
    expect(again.version?.value).toBe(e.version)
    expect(again.version?.unresolved).toEqual([])
  }
}

describe('editing', () => {
  it('changes only the lines of the edit', () => {
    fc.assert(fc.property(specText, edit, editsOnlyItsLines), { numRuns: 2500 })
  })
})
