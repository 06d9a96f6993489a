/**
 * Specs that would make srcgit crash or hang (issue 13): macro bombs, recursion, deep %if
 * nesting, huge lines, odd bytes. Each must give a value or a clear SpecError naming the
 * line, quickly (jest's timeout is the deadline: the old code ran out of memory or ran
 * for minutes).
 */
import { describe, expect, it } from '@jest/globals'
import { SpecError, SpecFile } from '../../../src/spec/index.js'
import { expandMacros, MacroTable } from '../../../src/spec/macros.js'

const spec = (...lines: string[]) => lines.join('\n') + '\n'

/** `%KIND a0 x`, then `%KIND aN %{aN-1}%{aN-1}` for N = 1..n: each level doubles. */
function bomb(kind: 'global' | 'define', n: number): string[] {
  const lines = [`%${kind} a0 x`]
  for (let i = 1; i <= n; i++) lines.push(`%${kind} a${i} %{a${i - 1}}%{a${i - 1}}`)
  return lines
}

/** The SpecError `fn` throws (fails the test when it throws nothing or something else). */
function specError(fn: () => unknown): SpecError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError)
    return error as SpecError
  }
  throw new Error('expected a SpecError')
}

describe('macro bombs', () => {
  it('stops a %global bomb where it is defined, naming the line and the macro', () => {
    const text = spec('Name: x', ...bomb('global', 30), 'Version: %{a30}', 'Release: 1')
    const error = specError(() => SpecFile.parse(text, { fileName: 'bomb.spec' }))
    // a20 is 1 MiB; a21 would be 2 MiB.
    expect(error.line).toBe(23)
    expect(error.file).toBe('bomb.spec')
    expect(error.message).toBe(
      '%global a21 (line 23): expanding %{a20} builds more than 1 MiB of text: macros that use other macros ' +
        'several times grow exponentially; rewrite the definition of %a20 (line 22)',
    )
  })

  it('stops a %global bomb that is only defined, as rpm expands %global bodies when read', () => {
    expect(specError(() => SpecFile.parse(spec('Name: x', ...bomb('global', 30)))).line).toBe(23)
  })

  it('stops a %define bomb where it is used, naming the macro to rewrite', () => {
    const text = spec('Name: x', ...bomb('define', 30), 'Version: %{a30}', 'Release: 1')
    const error = specError(() => SpecFile.parse(text))
    expect(error.line).toBe(33)
    expect(error.message).toMatch(
      /^Version \(line 33\): expanding %\{a30\} (needs more than|builds more than)/,
    )
    expect(error.message).toContain('rewrite the definition of %a30 (line 32)')
  })

  it('reads a %define bomb that is never used, as rpm does (its bodies are expanded on use)', () => {
    const s = SpecFile.parse(spec('Name: x', ...bomb('define', 30), 'Version: 1', 'Release: 1'))
    expect(s.version?.value).toBe('1')
  })

  it('stops a bomb used in Release and in an %if condition', () => {
    const release = spec('Name: x', ...bomb('define', 30), 'Version: 1', 'Release: %{a30}%{?dist}')
    expect(specError(() => SpecFile.parse(release)).message).toMatch(/^Release \(line 34\)/)
    const condition = spec('Name: x', ...bomb('define', 30), '%if "%{a30}" == "x"', 'Version: 1', '%endif')
    expect(specError(() => SpecFile.parse(condition)).message).toMatch(/^%if \(line 33\)/)
  })

  it('keeps the work of a whole spec bounded: many cheap-looking lines share one budget', () => {
    // a16 costs 2^16 expansions; 40 lines of it are more than one parse may do.
    const lines = Array.from({ length: 40 }, (_, i) => `Source${i}: %{a16}`)
    const text = spec('Name: x', ...bomb('define', 16), 'Version: 1', ...lines)
    expect(specError(() => SpecFile.parse(text)).message).toContain('(counted over the whole spec)')
  })

  it('leaves a bomb in a false %if branch unresolved instead of failing: rpm does not read it', () => {
    const text = spec('Name: x', ...bomb('define', 30), 'Version: 1', '%if 0', 'Source0: %{a30}', '%endif')
    const source = SpecFile.parse(text).sources[0]
    expect(source.active).toBe(false)
    expect(source.expanded.unresolved[0].reason).toMatch(/expanding %\{a30\}/)
  })
})

describe('recursion', () => {
  it('fails on a %define that refers to itself, as rpm does, naming its line', () => {
    const error = specError(() => SpecFile.parse(spec('Name: x', '%define a %{a}', 'Version: %{a}')))
    expect(error.line).toBe(3)
    expect(error.message).toBe(
      'Version (line 3): too many levels of recursion in macro expansion (rpm stops at 64): ' +
        '%a refers to itself (%a -> %a); fix the definition of %a (line 2)',
    )
  })

  it('names the whole loop of mutually recursive macros', () => {
    const text = spec('Name: x', '%define a %{b}', '%define b %{c}', '%define c %{a}', 'Version: %{a}')
    expect(specError(() => SpecFile.parse(text)).message).toContain(
      '%a refers to itself (%a -> %b -> %c -> %a); fix the definition of %a (line 2)',
    )
  })

  it('reads %global NAME %{NAME} as extending a definition from outside the spec, not as a loop', () => {
    // rpm expands the body when it reads the line: %{optflags} there is rpm's own value.
    const s = SpecFile.parse(
      spec('Name: x', '%global optflags %{optflags} -fcommon', 'Version: 1', 'Summary: %{optflags}'),
    )
    const summary = s.model.tags.find((t) => t.base === 'summary')!
    expect(summary.expanded.value).toBe('%{optflags} -fcommon')
    expect(summary.expanded.unresolved[0]).toEqual({
      construct: '%{optflags}',
      reason: '%optflags here is the definition from outside this spec',
    })
    const mutual = SpecFile.parse(spec('Name: x', '%global a %{b}', '%global b %{a}', 'Version: %{b}'))
    expect(mutual.version?.unresolved.length).toBeGreaterThan(0)
  })

  it('stops macros nested deeper than rpm allows', () => {
    const deep = '%{?a:'.repeat(70) + 'x' + '}'.repeat(70)
    const error = specError(() => SpecFile.parse(spec('Name: x', '%define a 1', `Version: ${deep}`)))
    expect(error.message).toMatch(/^Version \(line 3\): macros nested more than 64 levels deep in %\{\?a:/)
  })

  it('survives %define and %global written inside macro bodies', () => {
    const text = spec(
      'Name: x',
      '%define a %{expand:%%define a %%{a}x}',
      '%global b %{expand:%%global b %%{b}}',
      '%define c %define c %{c}',
      'Version: 1',
      'Summary: %{a} %{b}',
      'URL: %c',
    )
    // Not evaluated like rpm would (srcgit does not run %define in bodies), but a value or a SpecError.
    let s: SpecFile | undefined
    try {
      s = SpecFile.parse(text)
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError)
    }
    if (s) expect(s.version?.value).toBe('1')
  })

  it('names the Release line when reading Release without %{dist} recurses', () => {
    // With dist=.x (as given) rel is rel.x's value; with the empty dist of changelog EVRs it loops.
    const text = spec(
      'Name: x',
      'Version: 1',
      '%define rel %{expand:%%{rel%{?dist}}}',
      '%define rel_x 1',
      'Release: %{rel}',
    )
    const s = SpecFile.parse(text, { predefined: { dist: '_x' }, fileName: 'r.spec' })
    const error = specError(() => s.release)
    expect(error.message).toMatch(/^Release \(line 5\): too many levels of recursion/)
    expect(error.file).toBe('r.spec')
  })

  it('expandMacros alone throws a SpecError too', () => {
    const t = new MacroTable([{ name: 'a', body: '%{a}', kind: 'define' }])
    expect(() => expandMacros('%{a}', t)).toThrow(SpecError)
  })
})

describe('conditional nesting', () => {
  it('stops 50,000 nested %if with the line and the outermost open %if', () => {
    const text =
      'Name: x\nVersion: 1\n' + '%if 1\n'.repeat(50_000) + 'Release: 1\n' + '%endif\n'.repeat(50_000)
    const error = specError(() => SpecFile.parse(text, { fileName: 'deep.spec' }))
    expect(error.line).toBe(67)
    expect(error.file).toBe('deep.spec')
    expect(error.message).toBe(
      'line 67: %if nested more than 64 levels deep (the outermost open one is "%if 1" at line 3); ' +
        'close the blocks with %endif or flatten the conditions',
    )
  })

  it('reads 64 levels, and 50,000 %if blocks one after the other', () => {
    const nested = 'Name: x\n' + '%if 1\n'.repeat(64) + 'Version: 7\n' + '%endif\n'.repeat(64)
    expect(SpecFile.parse(nested).version?.value).toBe('7')
    const flat = 'Name: x\n' + '%if 1\nVersion: 8\n%endif\n'.repeat(50_000)
    expect(SpecFile.parse(flat).version?.value).toBe('8')
  })
})

describe('odd input', () => {
  it('reads huge lines without hanging', () => {
    const opens = '%{'.repeat(2_000_000)
    expect(SpecFile.parse(spec('Name: x', `Version: 1${opens}`)).toString()).toBe(
      spec('Name: x', `Version: 1${opens}`),
    )
    const percents = 'Summary: ' + '%%'.repeat(500_000)
    const s = SpecFile.parse(spec('Name: x', 'Version: 1', percents))
    expect(s.model.tags[2].expanded.value).toBe('%'.repeat(500_000))
    const refs = 'Summary: ' + '%a'.repeat(200_000)
    expect(SpecFile.parse(spec('%define a z', refs)).model.tags[0].expanded.value).toBe('z'.repeat(200_000))
  })

  it('reads CRLF, NUL bytes and replacement characters (invalid UTF-8 read as text)', () => {
    const crlf = 'Name: x\r\nVersion: 1.2\r\nRelease: 3%{?dist}\r\n'
    const s = SpecFile.parse(crlf)
    expect([s.version?.value, s.release?.value, s.toString()]).toEqual(['1.2', '3', crlf])
    const odd = 'Name: x\0y\nVersion: 1\uFFFD\nRelease: \0\n%description\n\uFFFD\uFFFE\0\n'
    expect(SpecFile.parse(odd).toString()).toBe(odd)
    expect(SpecFile.parse(odd).version?.value).toBe('1\uFFFD')
  })
})
