import { describe, expect, it } from '@jest/globals'
import { expandMacros, MacroTable } from '../../../src/spec/macros.js'
import { evaluateExpression } from '../../../src/spec/expression.js'
import { rpmvercmp } from '../../../src/spec/rpmvercmp.js'

function table(defs: Record<string, string>, params: Record<string, string> = {}): MacroTable {
  const t = new MacroTable()
  for (const [name, body] of Object.entries(defs)) t.set({ name, body, kind: 'define' })
  for (const [name, body] of Object.entries(params)) t.set({ name, body, kind: 'define', params: '' })
  return t
}

describe('expandMacros', () => {
  const t = table(
    { name: 'demo', version: '1.2', ver: '%{version}', empty: '', commit: 'abcdef0123', with_docs: '1' },
    { gometa: '...' },
  )
  it.each([
    ['%{name}-%{version}', 'demo-1.2'],
    ['%name-%version', 'demo-1.2'],
    ['%{ver}', '1.2'],
    ['%%{name}', '%{name}'],
    ['%{?name}', 'demo'],
    ['%{?nothere}', ''],
    ['%{?name:yes}', 'yes'],
    ['%{!?name:no}', ''],
    ['%{!?nothere:fallback-%{name}}', 'fallback-demo'],
    ['%?name', 'demo'],
    ['%{expand:%%{name}}', 'demo'],
    ['%{len:%{name}}', '4'],
    ['%{upper:%{name}}', 'DEMO'],
    ['%{lower:ABC}', 'abc'],
    ['%{basename:/a/b/c.tar.gz}', 'c.tar.gz'],
    ['%{dirname:/a/b/c.tar.gz}', '/a/b'],
    ['%{suffix:c.tar.gz}', 'gz'],
    ['%{shrink:  a   b }', 'a b'],
    ['%{url2path:https://x.org/a/b}', '/a/b'],
    ['%{quote:a b}', '\x1fa b\x1f'],
    ['%{defined name}', '1'],
    ['%{undefined name}', '0'],
    ['%{defined:nothere}', '0'],
    ['%{with docs}', '1'],
    ['%{without docs}', '0'],
    ['%{sub %{commit} 1 7}', 'abcdef0'],
    ['%{sub %{commit} -3}', '123'],
    ['%[1 + 2]', '3'],
    ['%{echo:hi}x', 'x'],
    ['100%', '100%'],
    ['%{empty}x', 'x'],
  ])('%s -> %s', (input, expected) => {
    expect(expandMacros(input, t)).toEqual({ value: expected, unresolved: [] })
  })

  it.each([
    ['%{nothere}', '%{nothere}', 'not defined'],
    ['%nothere', '%nothere', 'not defined'],
    ['%(uname -m)', '%(uname -m)', 'shell'],
    // Beyond the pure subset shell-subset.ts evaluates (version-computed.test.ts checks it against rpm).
    ['%(echo $HOME)', '%(echo $HOME)', 'shell'],
    ['%{lua: print(1)}', '%{lua: print(1)}', 'Lua'],
    ['%{gsub a b c}', '%{gsub a b c}', 'arguments'],
    ['%gometa -L', '%gometa -L', 'parametric'],
    ['%{getenv:HOME}', '%{getenv:HOME}', 'builtin'],
    ['%{sub x}', '%{sub x}', 'malformed'],
    ['%[1 +]', '%[1 +]', 'cannot be evaluated'],
    ['%{name', '%{name', 'unterminated'],
  ])('reports %s as unresolved', (input, value, reason) => {
    const result = expandMacros(input, t)
    expect(result.value).toBe(value)
    expect(result.unresolved[0].reason).toContain(reason)
  })

  it('propagates the uncertainty of a definition', () => {
    const u = new MacroTable()
    u.set({ name: 'v', body: '1', kind: 'define', uncertain: 'defined under %ifarch' })
    expect(expandMacros('%{v}', u).unresolved).toEqual([
      { construct: '%{v}', reason: 'defined under %ifarch' },
    ])
  })

  it('stops runaway recursion with an error, as rpm does', () => {
    const loop = table({ a: '%{b}', b: '%{a}' })
    expect(() => expandMacros('%{a}', loop)).toThrow(
      'too many levels of recursion in macro expansion (rpm stops at 64): %a refers to itself (%a -> %b -> %a)',
    )
  })

  it('writes out python-rpm-macros %pypi_source like its Lua code', () => {
    const py = table({ name: 'python-ogr', version: '0.50.1', srcname: 'ogr' })
    const url = (name: string, file: string) =>
      `https://files.pythonhosted.org/packages/source/${name[0]}/${name}/${file}`
    expect(expandMacros('%{pypi_source}', py).value).toBe(url('ogr', 'ogr-0.50.1.tar.gz'))
    expect(expandMacros('%{pypi_source packitos}', py).value).toBe(url('packitos', 'packitos-0.50.1.tar.gz'))
    expect(expandMacros('%pypi_source Foo 2.0 zip', py).value).toBe(url('Foo', 'Foo-2.0.zip'))
    const noSrcname = table({ name: 'demo', version: '1' })
    expect(expandMacros('%{pypi_source}', noSrcname).value).toBe(url('demo', 'demo-1.tar.gz'))
    // A spec that defines its own pypi_source is expanded as written, not as ours.
    const own = table({ version: '1' }, { pypi_source: 'x' })
    expect(expandMacros('%{pypi_source a}', own).unresolved[0].reason).toContain('with arguments')
  })

  it('S: and P: refer to SOURCEn and PATCHn', () => {
    const s = table({ SOURCE1: 'a.tar.gz', PATCH2: 'p.patch' })
    expect(expandMacros('%{S:1} %{P:2}', s).value).toBe('a.tar.gz p.patch')
  })
})

describe('evaluateExpression', () => {
  it.each([
    ['1', true, '1'],
    ['0', false, '0'],
    ['042 >= 40', true, '1'],
    ['0 < 40 && 0 < 10', true, '1'],
    ['!1 || 0', false, '0'],
    ['(2 + 3) * 2 == 10', true, '1'],
    ['10 / 3', true, '3'],
    ['-1 + 1', false, '0'],
    ['"a" == "a"', true, '1'],
    ['"a" < "b"', true, '1'],
    ['"abc"', true, 'abc'],
    ['""', false, ''],
    ['v"1.10" > v"1.9"', true, '1'],
    ['1 ? 5 : 6', true, '5'],
    ['0 ? 5 : 6', true, '6'],
    ['"a" + "b"', true, 'ab'],
    ['1 != 2', true, '1'],
    ['2 <= 1', false, '0'],
  ])('%s', (expr, truthy, value) => {
    expect(evaluateExpression(expr)).toEqual({ truthy, value })
  })

  it.each(['', 'foo', '1 +', '(1', '"a" == 1', '1 / 0', '"unterminated', '1 ? 2', 'v"1" == 1'])(
    'rejects %s',
    (expr) => {
      expect(evaluateExpression(expr)).toBeUndefined()
    },
  )
})

describe('rpmvercmp', () => {
  it.each([
    ['1.0', '1.0', 0],
    ['1.0', '2.0', -1],
    ['2.0', '1.0', 1],
    ['1.10', '1.9', 1],
    ['1.0~rc1', '1.0', -1],
    ['1.0^20240101', '1.0', 1],
    ['1.0^1', '1.0.1', -1],
    ['1.0a', '1.0', 1],
    ['1.0', '1.0a', -1],
    ['a', '1', -1],
    ['1', 'a', 1],
    ['001', '1', 0],
    ['1.0~rc1', '1.0~rc2', -1],
    ['1.0-1', '1.0.1', 0],
  ])('%s vs %s', (a, b, expected) => {
    expect(rpmvercmp(a, b)).toBe(expected)
  })
})
