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

  it('keeps the last value of a key written twice, as PyYAML does, with a warning', () => {
    const parsed = parseYamlTree(lines('a: 1', 'b: 2', 'a: 3'), 'f.yaml')
    expect(parsed.root && toPlain(parsed.root)).toEqual({ a: 3, b: 2 })
    expect(Object.keys((parsed.root && toPlain(parsed.root)) as object)).toEqual(['a', 'b'])
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'duplicate-key', line: 3, column: 1 }),
    ])
    expect(parsed.diagnostics[0].message).toBe(
      'key "a" is written twice in this mapping (also at line 1); Packit uses this last value and ignores the earlier one',
    )
  })

  it('cuts the input the YAML parser repeats in its messages', () => {
    // "Unexpected scalar token in YAML stream: "kkk…"" repeats the token.
    const parsed = parseYamlTree(lines('"q"', `k: ${'k'.repeat(300)}`), 'f.yaml')
    expect(parsed.diagnostics.length).toBeGreaterThan(0)
    for (const d of parsed.diagnostics) expect(d.message).not.toContain('k'.repeat(80))
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
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['yaml-nesting', 33, 'YAML nesting is deeper than 64 levels (inside alias "*l31")'],
    ])
  })
})

/** The "billion laughs" of the issue: 620 bytes, 9^9 values once every alias is expanded. */
function billionLaughs(): string {
  const rows = ['a: &a [x,x,x,x,x,x,x,x,x]']
  const names = 'abcdefghi'
  for (let i = 1; i < names.length; i++) {
    const previous = `*${names[i - 1]}`
    rows.push(`${names[i]}: &${names[i]} [${Array(9).fill(previous).join(',')}]`)
  }
  return lines(...rows)
}

describe('configuration bombs', () => {
  it('stops an alias bomb quickly, naming the alias that expands too far', () => {
    const text = billionLaughs()
    expect(text.length).toBeLessThan(700)
    const started = Date.now()
    const parsed = parseYamlTree(text, '.packit.yaml')
    expect(Date.now() - started).toBeLessThan(2000)
    expect(parsed.root).toBeUndefined()
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'alias-expansion',
        file: '.packit.yaml',
        line: 6,
        column: 8,
      }),
    ])
    expect(parsed.diagnostics[0].message).toBe(
      'alias "*e" expands to more than 100000 values (aliases inside anchored nodes multiply)',
    )
    expect(parsed.diagnostics[0].suggestion).toBe(
      'write the values out, or use anchors that do not contain other aliases',
    )
  })

  it('still expands aliases a real configuration uses many times', () => {
    const rows = ['_: &job {job: copr_build, trigger: pull_request, targets: [fedora-all, epel-9]}', 'jobs:']
    for (let i = 0; i < 200; i++) rows.push('  - *job')
    const parsed = parseYamlTree(lines(...rows), 'f.yaml')
    expect(parsed.diagnostics).toEqual([])
    expect((toPlain(parsed.root as TreeNode) as { jobs: unknown[] }).jobs).toHaveLength(200)
  })

  it('reports an alias that refers to its own container instead of looping', () => {
    const parsed = parseYamlTree(lines('a: &a', '  - *a'), 'f.yaml')
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'yaml-nesting', line: 2, column: 5 }),
    ])
    expect(parsed.diagnostics[0].message).toBe(
      'alias "*a" refers to a node that contains it (an endless loop)',
    )
  })

  it('refuses brackets nested tens of thousands deep without handing them to the parser', () => {
    const started = Date.now()
    const parsed = parseYamlTree(`a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, 'f.yaml')
    expect(Date.now() - started).toBeLessThan(1000)
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'yaml-nesting', line: 1, column: 1004 }),
    ])
  })

  it('refuses plain deep nesting as nesting, not as a crash', () => {
    const parsed = parseYamlTree(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`, 'f.yaml')
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['yaml-nesting'])
    expect(parsed.diagnostics[0].message).toBe('YAML nesting is deeper than 64 levels')
  })
})

describe('YAML that PyYAML reads differently', () => {
  it('explains a file with several documents in plain words', () => {
    const parsed = parseYamlTree(lines('a: 1', '---', 'b: 2', '---', 'c: 3'), '.packit.yaml')
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'multiple-documents', line: 2, column: 1 }),
    ])
    expect(parsed.diagnostics[0].message).toBe(
      '.packit.yaml has 3 YAML documents; Packit reads one (the second one starts at line 2)',
    )
    expect(parsed.diagnostics[0].message).not.toContain('parseAllDocuments')
  })

  it('counts an empty second document too (PyYAML refuses it as well)', () => {
    const parsed = parseYamlTree(lines('a: 1', '---'), '.packit.yaml')
    expect(parsed.diagnostics.map((d) => d.message)).toEqual([
      '.packit.yaml has 2 YAML documents; Packit reads one (the second one starts at line 2)',
    ])
  })

  it('accepts a document end marker', () => {
    expect(parseYamlTree(lines('---', 'a: 1', '...'), 'f.yaml').diagnostics).toEqual([])
  })

  it('refuses tags that PyYAML safe_load has no constructor for', () => {
    const parsed = parseYamlTree(lines('a: !foo 1', 'b: !!python/object:os.system x'), 'f.yaml')
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['yaml-tag', 1, 'unsupported YAML tag: !foo'],
      ['yaml-tag', 2, 'unsupported YAML tag: tag:yaml.org,2002:python/object:os.system'],
    ])
  })

  it('keeps core tags', () => {
    expect(plain(lines('a: !!str 1', 'b: !!int "2"'))).toEqual({ a: '1', b: 2 })
  })

  it('records what PyYAML makes of a key', () => {
    const root = rootMap(lines('1: a', 'on: b', '"off": c', 'x: d'))
    expect(root.entries.map((e) => [e.key, e.keyType])).toEqual([
      ['1', 'number'],
      ['on', 'boolean'],
      ['off', 'string'],
      ['x', 'string'],
    ])
  })

  it('keeps __proto__ and constructor as ordinary keys', () => {
    const value = plain(lines('__proto__: {polluted: true}', 'constructor: x')) as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
