/**
 * rpm's built-in macros as srcgit expands them, judged by rpm itself (`rpm --eval`, rpm 4.18
 * where the tests run). Built-ins rpm 4.18 lacks but Fedora's newer rpm has (%{upper:},
 * %{lower:}, %{len:}) are checked against their documented meaning instead.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { expandMacros, MacroTable } from '../../../src/spec/macros.js'

const DEFINES: Record<string, string> = {
  name: 'demo-tool',
  version: '1.2.3',
  url: 'https://example.org/releases/demo',
  empty: '%{nil}',
  with_docs: '1',
}

function ours(expr: string, defines: Record<string, string>): { value: string; unresolved: number } {
  const table = new MacroTable([{ name: 'nil', body: '', kind: 'predefined' }])
  for (const [name, body] of Object.entries(defines)) table.set({ name, body, kind: 'define' })
  const e = expandMacros(expr, table)
  return { value: e.value, unresolved: e.unresolved.length }
}

function rpms(expr: string, defines: Record<string, string>): string {
  const args = Object.entries(defines).flatMap(([k, v]) => ['--define', `${k} ${v}`])
  return execFileSync('rpm', [...args, '--eval', expr], { encoding: 'utf8' }).replace(/\n$/, '')
}

describe('built-ins expand as rpm --eval does', () => {
  it.each([
    '%{basename:/a/b/c.tar.gz}',
    '%{basename:/a/b/}',
    '%{basename:abc}',
    '%{basename /a/b/c}',
    '%{dirname:/a/b/c}',
    '%{dirname:abc}',
    '%{dirname:/abc}',
    '%{dirname:/}',
    '%{dirname /a/b/c}',
    '%{suffix:c.tar.gz}',
    '%{suffix:abc}',
    '%{suffix a.b}',
    '%{shrink:  a   b  }',
    '%{shrink:a\tb}',
    '%{quote:a b}',
    '%{quote a b}',
    '%{expand:%%{name}-%%{version}}',
    '%{expand %%{?nil}x}',
    '%{url2path:https://x.org/a/b}',
    '%{url2path:ftp://host}',
    '%{u2p:/local/a}',
    '%{url2path https://x/a}',
    '%{defined:name}',
    '%{defined name}',
    '%{undefined:nothere}',
    '%{defined nil}',
    '%{with docs}',
    '%{without docs}',
    '%{with foo}',
    '%{verbose:x}',
    '%{expr:1+2}',
    '%[1 + 2 * 3]',
    '%{nil}x%nil',
    '%{?nil:set}',
    '%{!?nil:unset}',
    '%{?empty}|%{empty}|',
    '%{url}/%{name}-%{version}.tar.gz',
    '%{basename:%{url}}',
    '%{dirname:%{url}}/%{name}',
  ])('%s', (expr) => {
    expect(ours(expr, DEFINES)).toEqual({ value: rpms(expr, DEFINES), unresolved: 0 })
  })
})

describe('%{?dist} forms expand as rpm --eval does, with and without a dist tag', () => {
  const forms = [
    '1%{?dist}',
    '1%?dist',
    '1%{?dist:.x}',
    '1%{!?dist:.none}',
    '1%{dist}',
    '1%dist',
    '1%{?dist}%{?nil}',
  ]
  it.each(forms)('%s on a Fedora branch', (expr) => {
    const defines = { ...DEFINES, dist: '.fc44' }
    expect(ours(expr, defines)).toEqual({ value: rpms(expr, defines), unresolved: 0 })
  })
  it.each(forms.filter((f) => !/%\{?dist\}?$/.test(f) || f.includes('?')))('%s without one', (expr) => {
    expect(ours(expr, DEFINES)).toEqual({ value: rpms(expr, DEFINES), unresolved: 0 })
  })
  it('leaves a bare %{dist} without a dist tag unresolved, as rpm leaves it unexpanded', () => {
    expect(rpms('1%{dist}', DEFINES)).toBe('1%{dist}')
    expect(ours('1%{dist}', DEFINES).unresolved).toBe(1)
  })
})

describe('built-ins that print or stop', () => {
  it('expand %{echo:}, %{warn:}, %{dnl:} to nothing', () => {
    expect(ours('%{echo:hello}%{warn:careful}%{dnl:comment}x', DEFINES)).toEqual({
      value: 'x',
      unresolved: 0,
    })
  })
  it('leave %{error:} unresolved: rpm stops there', () => {
    const table = new MacroTable()
    const e = expandMacros('%{error:no such version}', table)
    expect(e.unresolved.map((u) => u.reason)).toEqual(['rpm stops with this %{error:...}'])
  })
})

describe('built-ins of newer rpm (Fedora builds with rpm >= 4.19)', () => {
  it.each([
    ['%{upper:abc}', 'ABC'],
    ['%{lower:ABC}', 'abc'],
    ['%{len:abcé}', '4'],
  ])('%s -> %s', (expr, value) => {
    expect(ours(expr, DEFINES)).toEqual({ value, unresolved: 0 })
  })
})

describe('what srcgit does not evaluate is refused in one line naming it', () => {
  it.each([
    ['%{lua: print(rpm.expand("%{version}"))}', /Lua code is not evaluated/],
    ['%(cat VERSION)', /shell expansion/],
    ['%{getenv:HOME}', /not a builtin this tool evaluates/],
    ['%{exists:/etc/passwd}', /not a builtin this tool evaluates/],
    ['%{gsub %{name} - _}', /with arguments is not evaluated/],
  ])('%s', (expr, reason) => {
    const table = new MacroTable()
    table.set({ name: 'name', body: 'demo-tool', kind: 'define' })
    const e = expandMacros(expr, table)
    expect(e.unresolved).toHaveLength(1)
    expect(e.unresolved[0].reason).toMatch(reason)
  })
})
