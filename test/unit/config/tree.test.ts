import { describe, expect, it } from '@jest/globals'
import { findEntry, parseYamlTree, toPlain } from '../../../src/config/tree.js'
import type { TreeMap, TreeNode } from '../../../src/config/tree.js'
import { lines } from './helpers.js'

function rootMap(text: string): TreeMap {
  const parsed = parseYamlTree(text, 'f.yaml')
  expect(parsed.diagnostics).toEqual([])
  expect(parsed.root?.kind).toBe('map')
  return parsed.root as TreeMap
}

function plain(text: string): unknown {
  const parsed = parseYamlTree(text, 'f.yaml')
  expect(parsed.diagnostics).toEqual([])
  return parsed.root ? toPlain(parsed.root) : undefined
}

describe('parseYamlTree', () => {
  it('records 1-based positions of keys and values', () => {
    const root = rootMap(lines('name: demo', 'jobs:', '  - job: tests', '    trigger: pull_request'))
    const jobs = findEntry(root, 'jobs')
    expect(jobs?.keyPos).toEqual({ line: 2, column: 1 })
    const job = (jobs?.value as { items: TreeNode[] }).items[0] as TreeMap
    expect(job.pos).toEqual({ line: 3, column: 5 })
    expect(findEntry(job, 'trigger')?.keyPos).toEqual({ line: 4, column: 5 })
    expect(findEntry(job, 'trigger')?.value.pos).toEqual({ line: 4, column: 14 })
  })

  it('keeps the written text of scalars and their quoting style', () => {
    const root = rootMap(lines('a: 1.10', 'b: "x"', 'c: |', '  text'))
    expect(findEntry(root, 'a')?.value).toMatchObject({ value: 1.1, source: '1.10', style: 'plain' })
    expect(findEntry(root, 'b')?.value).toMatchObject({ value: 'x', style: 'quoted' })
    expect(findEntry(root, 'c')?.value).toMatchObject({ value: 'text\n', style: 'block' })
  })

  it('turns non-string keys into strings and an empty value into null', () => {
    expect(plain(lines('1: one', 'true: x', 'empty:'))).toEqual({ '1': 'one', true: 'x', empty: null })
  })

  it('reads plain yes/no/on/off as booleans, as Packit (PyYAML) does, with a warning', () => {
    const parsed = parseYamlTree(lines('a: yes', 'b: Off', 'c: "yes"', 'd: y', 'on: 1'), '.packit.yaml')
    expect(parsed.root && toPlain(parsed.root)).toEqual({ a: true, b: false, c: 'yes', d: 'y', on: 1 })
    expect(parsed.diagnostics).toMatchObject([
      {
        severity: 'warning',
        code: 'yaml-1.1-boolean',
        line: 1,
        column: 4,
        suggestion: 'write true: YAML 1.2 tools read "yes" as a string',
      },
      {
        severity: 'warning',
        code: 'yaml-1.1-boolean',
        line: 2,
        column: 4,
        suggestion: 'write false: YAML 1.2 tools read "Off" as a string',
      },
    ])
  })

  it('resolves aliases', () => {
    expect(plain(lines('_: &targets [fedora-all, epel-9]', 'targets: *targets'))).toEqual({
      _: ['fedora-all', 'epel-9'],
      targets: ['fedora-all', 'epel-9'],
    })
  })

  it('applies merge keys: written keys win, earlier sources win over later ones', () => {
    const text = lines(
      '_:',
      '  - &a {x: a, y: a}',
      '  - &b {x: b, y: b, z: b}',
      'job:',
      '  x: own',
      '  <<: [*a, *b]',
    )
    expect((plain(text) as { job: unknown }).job).toEqual({ x: 'own', y: 'a', z: 'b' })
  })

  it('gives merged keys the position where they were written', () => {
    const root = rootMap(lines('base: &base', '  trigger: release', 'job:', '  <<: *base', '  job: tests'))
    const job = findEntry(root, 'job')?.value as TreeMap
    expect(findEntry(job, 'trigger')?.keyPos).toEqual({ line: 2, column: 3 })
  })

  it('treats an empty document, a comment-only document and ~ as empty', () => {
    for (const text of ['', '# just a comment\n', '~\n']) {
      expect(parseYamlTree(text, 'f.yaml')).toEqual({ diagnostics: [] })
    }
  })

  it('reports syntax errors with their line and column', () => {
    const parsed = parseYamlTree(lines('a: [1, 2', 'b: 3'), 'f.yaml')
    expect(parsed.root).toBeUndefined()
    expect(parsed.diagnostics).toHaveLength(1)
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', file: 'f.yaml', line: 2, column: 1 })
    expect(parsed.diagnostics[0].message).toMatch(/^YAML syntax error: /)
  })

  it('reports duplicate keys', () => {
    const parsed = parseYamlTree(lines('a: 1', 'a: 2'), 'f.yaml')
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 2, column: 1 })
    expect(parsed.diagnostics[0].message).toContain('unique')
  })

  it('reports an alias without anchor where it is used', () => {
    const parsed = parseYamlTree(lines('a: 1', 'b: *missing'), 'f.yaml')
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-alias', line: 2, column: 4, path: '' }),
    ])
    expect(parsed.diagnostics[0].message).toBe(
      'unknown alias "*missing": no anchor "&missing" is defined before it',
    )
  })

  it('reports an unknown alias inside a merge key once', () => {
    const parsed = parseYamlTree(lines('a:', '  <<: *nope', '  b: 1'), 'f.yaml')
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['unknown-alias'])
  })

  it('reports merge keys whose value is not a mapping', () => {
    const parsed = parseYamlTree(lines('a:', '  <<: [1]', 'b:', '  <<:'), 'f.yaml')
    expect(parsed.diagnostics.map((d) => [d.line, d.column])).toEqual([
      [2, 8],
      [4, 3],
    ])
    expect(parsed.diagnostics[0].message).toContain('merge key needs a mapping')
  })

  it('reports keys that are collections', () => {
    const parsed = parseYamlTree(lines('? [a, b]', ': value', 'ok: 1'), 'f.yaml')
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ line: 1, column: 3 })])
    expect(parsed.diagnostics[0].message).toBe('mapping keys must be plain strings')
  })

  it('stops on aliases nested deeper than any real configuration', () => {
    let text = 'l0: &l0 [x]\n'
    for (let i = 1; i <= 70; i++) text += `l${i}: &l${i} [*l${i - 1}]\n`
    const parsed = parseYamlTree(text, 'f.yaml')
    expect(parsed.diagnostics.some((d) => d.message.includes('too deep'))).toBe(true)
  })
})
