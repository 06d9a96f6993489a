/**
 * YAML text → a small tree of plain values that remembers where every key and value was written.
 *
 * Validation needs positions, resolution needs plain data; this tree serves both. Aliases are
 * resolved and `<<` merge keys applied here, so no later stage has to know YAML's tricks: a
 * merged-in key simply appears in the mapping, carrying the position where it was written (inside
 * the anchored node).
 */

import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Document, Node as YamlNode, Pair } from 'yaml'
import { makeError, makeWarning } from './diagnostics.js'
import type { Diagnostic, Position } from './diagnostics.js'

export type ScalarValue = string | number | boolean | null

export interface TreeScalar {
  kind: 'scalar'
  value: ScalarValue
  /** The text as written (without quotes), e.g. `1.10` for the number 1.1; used in hints such as "quote it". */
  source: string
  style: 'plain' | 'quoted' | 'block'
  pos: Position
}

export interface TreeSeq {
  kind: 'seq'
  items: TreeNode[]
  pos: Position
}

export interface TreeEntry {
  key: string
  keyPos: Position
  value: TreeNode
}

export interface TreeMap {
  kind: 'map'
  entries: TreeEntry[]
  pos: Position
}

export type TreeNode = TreeScalar | TreeSeq | TreeMap

export interface ParsedYaml {
  /** Undefined for an empty document (no content, only comments, or a bare `~`). */
  root?: TreeNode
  diagnostics: Diagnostic[]
}

/** The words PyYAML's YAML 1.1 resolver reads as booleans (not y/n, unlike the YAML 1.1 spec). */
const PYYAML_BOOLEANS: Readonly<Record<string, boolean>> = {
  yes: true,
  Yes: true,
  YES: true,
  on: true,
  On: true,
  ON: true,
  no: false,
  No: false,
  NO: false,
  off: false,
  Off: false,
  OFF: false,
}

/** YAML nesting deeper than this can only come from an alias cycle or an alias bomb. */
const MAX_DEPTH = 64

/** Parse YAML text; syntax errors become diagnostics with the parser's own line and column. */
export function parseYamlTree(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true })
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const diagnostics: Diagnostic[] = document.errors.map((error) =>
    makeError(file, {
      code: 'yaml-syntax',
      path: '',
      message: `YAML syntax error: ${error.message}`,
      expected: 'valid YAML',
      position: positionAt(error.pos[0]),
    }),
  )
  if (diagnostics.length > 0) return { diagnostics }

  const builder = new TreeBuilder(document, file, positionAt, diagnostics)
  const contents = document.contents
  const root = contents ? builder.build(contents as YamlNode, 0) : undefined
  if (root === undefined || (root.kind === 'scalar' && root.value === null)) return { diagnostics }
  return { root, diagnostics }
}

class TreeBuilder {
  constructor(
    private readonly document: Document,
    private readonly file: string,
    private readonly positionAt: (offset: number) => Position,
    private readonly diagnostics: Diagnostic[],
  ) {}

  build(node: YamlNode, depth: number): TreeNode {
    const pos = this.positionAt(node.range?.[0] ?? 0)
    if (depth > MAX_DEPTH) {
      this.error(pos, 'YAML nesting is too deep (an alias probably refers to itself)')
      return { kind: 'scalar', value: null, source: '', style: 'plain', pos }
    }
    if (isAlias(node)) {
      const target = node.resolve(this.document)
      if (!target) {
        this.error(pos, `unknown alias "*${node.source}": no anchor "&${node.source}" is defined before it`)
        return { kind: 'scalar', value: null, source: '', style: 'plain', pos }
      }
      return this.build(target, depth + 1)
    }
    if (isMap(node)) return this.buildMap(node.items as Pair[], pos, depth)
    if (isSeq(node)) {
      return { kind: 'seq', items: node.items.map((item) => this.build(item as YamlNode, depth + 1)), pos }
    }
    if (isScalar(node)) {
      const style = scalarStyle(node.type)
      let value = scalarValue(node.value)
      // Packit reads YAML 1.1 (PyYAML), where plain yes/no/on/off are booleans; keep its meaning.
      if (style === 'plain' && typeof value === 'string' && Object.hasOwn(PYYAML_BOOLEANS, value)) {
        const meaning = PYYAML_BOOLEANS[value]
        this.diagnostics.push(
          makeWarning(this.file, {
            code: 'yaml-1.1-boolean',
            path: '',
            message: `"${value}" is read as ${meaning}, as Packit (YAML 1.1) reads it`,
            expected: 'true or false',
            suggestion: `write ${meaning}: YAML 1.2 tools read "${value}" as a string`,
            position: pos,
          }),
        )
        value = meaning
      }
      return { kind: 'scalar', value, source: node.source ?? '', style, pos }
    }
    // Pairs outside a mapping do not occur in parsed documents; treat anything exotic as null.
    return { kind: 'scalar', value: null, source: '', style: 'plain', pos }
  }

  private buildMap(pairs: Pair[], pos: Position, depth: number): TreeMap {
    const explicit: TreeEntry[] = []
    const merged: TreeEntry[] = []
    for (const pair of pairs) {
      if (!isPair(pair)) continue
      const keyNode = pair.key as YamlNode | null
      const keyPos = keyNode?.range ? this.positionAt(keyNode.range[0]) : pos
      if (isMergeKey(keyNode)) {
        merged.push(...this.mergeSources(pair.value as YamlNode | null, keyPos, depth))
        continue
      }
      const key = keyNode && isScalar(keyNode) ? keyNode.value : undefined
      if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
        this.error(keyPos, 'mapping keys must be plain strings')
        continue
      }
      const valueNode = pair.value as YamlNode | null
      const value: TreeNode = valueNode
        ? this.build(valueNode, depth + 1)
        : { kind: 'scalar', value: null, source: '', style: 'plain', pos: keyPos }
      explicit.push({ key: String(key), keyPos, value })
    }
    // YAML merge semantics: keys written in the mapping win over merged ones, earlier merge sources
    // win over later ones.
    const entries = [...explicit]
    const seen = new Set(explicit.map((entry) => entry.key))
    for (const entry of merged) {
      if (seen.has(entry.key)) continue
      seen.add(entry.key)
      entries.push(entry)
    }
    return { kind: 'map', entries, pos }
  }

  private mergeSources(value: YamlNode | null, keyPos: Position, depth: number): TreeEntry[] {
    const problem = 'a "<<" merge key needs a mapping (or an alias of one) as its value'
    const isEmpty = !value || (isScalar(value) && value.value === null)
    if (isEmpty) {
      this.error(keyPos, problem)
      return []
    }
    const sources = isSeq(value) ? (value.items as YamlNode[]) : [value]
    const entries: TreeEntry[] = []
    for (const source of sources) {
      const built = this.build(source, depth + 1)
      if (built.kind === 'map') entries.push(...built.entries)
      // An alias without anchor has just been reported; one error is enough.
      else if (!(isAlias(source) && !source.resolve(this.document))) this.error(built.pos, problem)
    }
    return entries
  }

  private error(position: Position, message: string): void {
    const code = message.startsWith('unknown alias') ? 'unknown-alias' : 'yaml-syntax'
    this.diagnostics.push(makeError(this.file, { code, path: '', message, expected: 'valid YAML', position }))
  }
}

function isMergeKey(node: YamlNode | null): boolean {
  if (!node || !isScalar(node)) return false
  const value = node.value
  return (
    (typeof value === 'symbol' && value.description === '<<') || (value === '<<' && node.type === 'PLAIN')
  )
}

function scalarStyle(type: string | undefined): TreeScalar['style'] {
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return 'quoted'
  if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') return 'block'
  return 'plain'
}

function scalarValue(value: unknown): ScalarValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'bigint') return Number(value)
  return String(value)
}

/** The plain JavaScript value of a tree node (mappings become objects, in written order). */
export function toPlain(node: TreeNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value
    case 'seq':
      return node.items.map(toPlain)
    case 'map':
      return Object.fromEntries(node.entries.map((entry) => [entry.key, toPlain(entry.value)]))
  }
}

export function findEntry(map: TreeMap, key: string): TreeEntry | undefined {
  return map.entries.find((entry) => entry.key === key)
}
