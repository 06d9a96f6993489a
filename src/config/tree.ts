/**
 * YAML text → a small tree of plain values that remembers where every key and value was written.
 *
 * Validation needs positions, resolution needs plain data; this tree serves both. Aliases are
 * resolved and `<<` merge keys applied here, so no later stage has to know YAML's tricks: a
 * merged-in key simply appears in the mapping, carrying the position where it was written (inside
 * the anchored node).
 *
 * The YAML is read the way Packit's PyYAML `safe_load` reads it where the two differ: plain scalars
 * get PyYAML's YAML 1.1 types (yes/no/on/off are booleans, 010 is 8, 1e3 is a string, dates are
 * refused because Packit cannot load them), each with a warning where YAML 1.2 reads them
 * otherwise; a key written twice keeps its last value (with a warning); one document only; no
 * application-specific tags. Because aliases are expanded here
 * (the `yaml` library's own `maxAliasCount` guard only applies to its `toJS()`, which this module
 * does not use), the expansion is capped: an alias bomb is an error, not a hang.
 */

import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  visit,
} from 'yaml'
import type { Alias, Document, Node as YamlNode, Pair, YAMLError } from 'yaml'
import { cut, makeError, makeWarning, quote } from './diagnostics.js'
import type { Diagnostic, DiagnosticCode, Position } from './diagnostics.js'

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

/** What a key is once PyYAML has read it: `1:` is a number and `on:` a boolean there. */
export type KeyType = 'string' | 'number' | 'boolean'

export interface TreeEntry {
  key: string
  keyType: KeyType
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

/**
 * PyYAML's implicit resolvers (yaml/resolver.py, YAML 1.1) for plain scalars, in its order. The
 * booleans are PyYAML's spellings, not the YAML 1.1 spec's (no y/n).
 */
const PYYAML_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/
const PYYAML_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/
const PYYAML_INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/
const PYYAML_NULL = /^(?:~|null|Null|NULL|)$/
const PYYAML_TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/

/** What PyYAML makes of a plain scalar: a value, or a kind Packit cannot load. */
type PyYamlScalar = { value: ScalarValue } | { refused: 'timestamp' | 'value' }

/** PyYAML's reading of a plain scalar (resolvers are chosen by the first character, as in PyYAML). */
export function pyyamlPlainScalar(source: string): PyYamlScalar {
  const first = source.charAt(0)
  if ('yYnNtTfFoO'.includes(first) && first !== '' && PYYAML_BOOL.test(source))
    return { value: ['yes', 'true', 'on'].includes(source.toLowerCase()) }
  if ('-+0123456789.'.includes(first) && first !== '' && PYYAML_FLOAT.test(source))
    return { value: pyyamlFloat(source) }
  if ('-+0123456789'.includes(first) && first !== '' && PYYAML_INT.test(source))
    return { value: pyyamlInt(source) }
  if (('~nN'.includes(first) || source === '') && PYYAML_NULL.test(source)) return { value: null }
  if ('0123456789'.includes(first) && first !== '' && PYYAML_TIMESTAMP.test(source))
    return { refused: 'timestamp' }
  if (source === '=') return { refused: 'value' }
  return { value: source }
}

/** SafeConstructor.construct_yaml_int. */
function pyyamlInt(source: string): number {
  let text = source.replace(/_/g, '')
  let sign = 1
  if (text.startsWith('-') || text.startsWith('+')) {
    if (text.startsWith('-')) sign = -1
    text = text.slice(1)
  }
  if (text === '0') return 0
  if (text.startsWith('0b')) return sign * parseInt(text.slice(2), 2)
  if (text.startsWith('0x')) return sign * parseInt(text.slice(2), 16)
  if (text.startsWith('0')) return sign * parseInt(text, 8)
  if (text.includes(':')) return sign * sexagesimal(text)
  return sign * Number(text)
}

/** SafeConstructor.construct_yaml_float. */
function pyyamlFloat(source: string): number {
  let text = source.replace(/_/g, '').toLowerCase()
  let sign = 1
  if (text.startsWith('-') || text.startsWith('+')) {
    if (text.startsWith('-')) sign = -1
    text = text.slice(1)
  }
  if (text === '.inf') return sign * Infinity
  if (text === '.nan') return NaN
  if (text.includes(':')) return sign * sexagesimal(text)
  return sign * Number(text)
}

function sexagesimal(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0)
}

/** The same scalar value (NaN equal to NaN): whether PyYAML and the yaml library agree. */
function sameScalar(a: ScalarValue, b: ScalarValue): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b))
}

function describeScalar(value: ScalarValue): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return `the string ${quote(value)}`
  if (typeof value === 'boolean') return String(value)
  return `the number ${value}`
}

/** Nesting (mappings, lists and aliases) deeper than this is no configuration: a real one needs < 10. */
export const MAX_DEPTH = 64

/**
 * Nodes that aliases may add to the tree in total. An anchored job used in fifty jobs adds a few
 * thousand; a "billion laughs" bomb adds 9^9 and is stopped long before.
 */
export const MAX_ALIAS_NODES = 100_000

/**
 * Brackets nested deeper than this are rejected before the YAML parser sees them: its recursive
 * descent takes seconds (and megabytes) on tens of thousands of `[`, for input no one writes.
 */
const MAX_FLOW_NESTING = 1000

/** Parse YAML text; syntax errors become diagnostics with the parser's own line and column. */
export function parseYamlTree(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter()
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const error = (
    code: DiagnosticCode,
    message: string,
    position: Position,
    suggestion?: string,
  ): Diagnostic => makeError(file, { code, path: '', message, expected: 'valid YAML', position, suggestion })

  const deepFlow = deepFlowNesting(text)
  if (deepFlow !== undefined) {
    // The line counter only learns line starts while parsing; count them here instead.
    const before = text.slice(0, deepFlow)
    const line = before.split('\n').length
    const column = deepFlow - before.lastIndexOf('\n')
    return {
      diagnostics: [
        error(
          'yaml-nesting',
          `YAML nesting is deeper than ${MAX_FLOW_NESTING} levels of brackets`,
          { line, column },
          'a configuration needs only a few levels; remove the extra "[" or "{"',
        ),
      ],
    }
  }

  const document = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: false })
  const diagnostics: Diagnostic[] = document.errors.map((e) => syntaxDiagnostic(e, text, file, positionAt))
  for (const warning of document.warnings) {
    // PyYAML's safe_load refuses tags it has no constructor for; the yaml library only warns.
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      diagnostics.push(
        error(
          'yaml-tag',
          `unsupported YAML tag: ${cut(warning.message.replace(/^Unresolved tag: /, ''))}`,
          positionAt(warning.pos[0]),
          "remove the tag: Packit's safe YAML loader refuses tags it does not know",
        ),
      )
    }
  }
  if (diagnostics.length > 0) return { diagnostics: dedupeByPosition(diagnostics) }

  const builder = new TreeBuilder(document, file, positionAt, diagnostics)
  const contents = document.contents
  let root: TreeNode | undefined
  try {
    root = contents ? builder.build(contents as YamlNode, 0) : undefined
  } catch (stop) {
    if (!(stop instanceof BuildStopped)) throw stop
    return { diagnostics: [stop.diagnostic] }
  }
  if (root === undefined || (root.kind === 'scalar' && root.value === null)) return { diagnostics }
  return { root, diagnostics }
}

/** A YAML library error as a diagnostic, in words a config author can act on. */
function syntaxDiagnostic(
  e: YAMLError,
  text: string,
  file: string,
  positionAt: (offset: number) => Position,
): Diagnostic {
  const position = positionAt(e.pos[0])
  const make = (code: DiagnosticCode, message: string, suggestion?: string): Diagnostic =>
    makeError(file, { code, path: '', message, expected: 'valid YAML', position, suggestion })
  if (e.code === 'MULTIPLE_DOCS') {
    const count = parseAllDocuments(text).length
    const documents = Number.isFinite(count) ? count : 'several'
    return make(
      'multiple-documents',
      `${file} has ${documents} YAML documents; Packit reads one (the second one starts at line ${position.line})`,
      'remove the extra "---" separator and everything that belongs to another document',
    )
  }
  if (e.code === 'RESOURCE_EXHAUSTION')
    return make('yaml-nesting', 'YAML nesting is too deep to read', 'a configuration needs only a few levels')
  // The parser's messages are short, but some repeat a piece of the input in quotes.
  const message = e.message.replace(/"([^"]{80,})"/g, (_quoted, inner: string) => quote(inner))
  return make('yaml-syntax', `YAML syntax error: ${cut(message, 200)}`)
}

/** One diagnostic per position: the parser may report the same bad spot several times. */
function dedupeByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.code}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Offset of the first flow bracket nested deeper than MAX_FLOW_NESTING, or undefined. A rough scan
 * (quotes and comments skipped, nothing else understood) is enough: it only has to catch input no
 * configuration comes near.
 */
function deepFlowNesting(text: string): number | undefined {
  let depth = 0
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = undefined
      else if (c === '\n' && quote === "'") quote = undefined
      continue
    }
    if (c === '"' || c === "'") quote = c
    else if (c === '#') {
      const end = text.indexOf('\n', i)
      if (end < 0) return undefined
      i = end
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_NESTING) return i
    } else if ((c === ']' || c === '}') && depth > 0) depth--
  }
  return undefined
}

/** Thrown inside the builder to abandon a tree that cannot be built (alias bomb, endless alias). */
class BuildStopped extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message)
  }
}

interface AliasUse {
  name: string
  pos: Position
}

class TreeBuilder {
  /** Alias → the anchored node it refers to (the last one with its name before it), found in one pass. */
  private readonly targets = new Map<Alias, YamlNode | undefined>()
  /** Nodes being built, to recognise an alias that refers to one of its own containers. */
  private readonly building = new Set<YamlNode>()
  /** The aliases being expanded, outermost first. */
  private readonly aliases: AliasUse[] = []
  private aliasNodes = 0

  constructor(
    document: Document,
    private readonly file: string,
    private readonly positionAt: (offset: number) => Position,
    private readonly diagnostics: Diagnostic[],
  ) {
    const anchors = new Map<string, YamlNode>()
    visit(document, {
      Node: (_key, node) => {
        if (isAlias(node)) this.targets.set(node, anchors.get(node.source))
        else if (node.anchor) anchors.set(node.anchor, node as YamlNode)
      },
    })
  }

  build(node: YamlNode, depth: number): TreeNode {
    const pos = this.positionAt(node.range?.[0] ?? 0)
    if (this.aliases.length > 0 && ++this.aliasNodes > MAX_ALIAS_NODES) {
      const outer = this.aliases[0]
      this.stop(
        'alias-expansion',
        outer.pos,
        `alias ${quote(`*${outer.name}`)} expands to more than ${MAX_ALIAS_NODES} values ` +
          '(aliases inside anchored nodes multiply)',
        'write the values out, or use anchors that do not contain other aliases',
      )
    }
    if (depth > MAX_DEPTH) {
      const alias = this.aliases[0]
      this.stop(
        'yaml-nesting',
        alias?.pos ?? pos,
        `YAML nesting is deeper than ${MAX_DEPTH} levels` +
          (alias ? ` (inside alias ${quote(`*${alias.name}`)})` : ''),
        'a configuration needs only a few levels; check the aliases and the indentation',
      )
    }
    if (isAlias(node)) return this.buildAlias(node, pos, depth)
    this.building.add(node)
    try {
      if (isMap(node)) return this.buildMap(node.items as Pair[], pos, depth)
      if (isSeq(node)) {
        return { kind: 'seq', items: node.items.map((item) => this.build(item as YamlNode, depth + 1)), pos }
      }
    } finally {
      this.building.delete(node)
    }
    if (isScalar(node)) {
      const style = scalarStyle(node.type)
      const source = node.source ?? ''
      let value = scalarValue(node.value)
      // Packit reads YAML 1.1 (PyYAML); a plain scalar without tag gets PyYAML's meaning.
      if (style === 'plain' && !node.tag) value = this.asPyYaml(source, value, pos)
      return { kind: 'scalar', value, source, style, pos }
    }
    // Pairs outside a mapping do not occur in parsed documents; treat anything exotic as null.
    return { kind: 'scalar', value: null, source: '', style: 'plain', pos }
  }

  /** PyYAML's value of a plain scalar, warning where YAML 1.2 reads it otherwise. */
  private asPyYaml(source: string, yaml12: ScalarValue, pos: Position): ScalarValue {
    const py = pyyamlPlainScalar(source)
    if ('refused' in py) {
      this.diagnostics.push(
        makeError(this.file, {
          code: 'yaml-1.1-value',
          path: '',
          message:
            py.refused === 'timestamp'
              ? `${quote(source)} is a date in YAML 1.1, which Packit cannot load`
              : `a plain "=" is a YAML 1.1 value key, which Packit's safe loader refuses`,
          expected: 'a string, number, boolean or null',
          position: pos,
          suggestion: `put it in quotes: "${cut(source)}"`,
        }),
      )
      return source
    }
    if (sameScalar(py.value, yaml12)) return yaml12
    const isBoolean = typeof py.value === 'boolean'
    this.diagnostics.push(
      makeWarning(this.file, {
        code: isBoolean ? 'yaml-1.1-boolean' : 'yaml-1.1-value',
        path: '',
        message: `${quote(source)} is read as ${describeScalar(py.value)}, as Packit (YAML 1.1) reads it`,
        expected: isBoolean ? 'true or false' : 'a value both YAML versions read alike',
        suggestion: isBoolean
          ? `write ${py.value}: YAML 1.2 tools read ${quote(source)} as ${typeof yaml12 === 'string' ? 'a string' : describeScalar(yaml12)}`
          : `YAML 1.2 tools read it as ${describeScalar(yaml12)}; put it in quotes if it is text`,
        position: pos,
      }),
    )
    return py.value
  }

  private buildAlias(node: Alias, pos: Position, depth: number): TreeNode {
    const target = this.targets.get(node)
    if (!target) {
      this.error(
        'unknown-alias',
        pos,
        `unknown alias ${quote(`*${node.source}`)}: no anchor ${quote(`&${node.source}`)} is defined before it`,
      )
      return { kind: 'scalar', value: null, source: '', style: 'plain', pos }
    }
    if (this.building.has(target)) {
      this.stop(
        'yaml-nesting',
        pos,
        `alias ${quote(`*${node.source}`)} refers to a node that contains it (an endless loop)`,
        'point the alias at an anchor outside the node it is written in',
      )
    }
    this.aliases.push({ name: node.source, pos })
    try {
      return this.build(target, depth + 1)
    } finally {
      this.aliases.pop()
    }
  }

  private buildMap(pairs: Pair[], pos: Position, depth: number): TreeMap {
    const explicit: TreeEntry[] = []
    const indexOf = new Map<string, number>()
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
      const keyRead =
        keyNode && isScalar(keyNode) && keyIsPlain(keyNode)
          ? pyyamlPlainScalar(keyNode.source ?? '')
          : undefined
      if (keyRead && 'refused' in keyRead) {
        this.error(
          'yaml-1.1-value',
          keyPos,
          `${quote(String(key))} is a date in YAML 1.1, which Packit cannot load as a key`,
        )
        continue
      }
      if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
        this.error('yaml-syntax', keyPos, 'mapping keys must be plain strings')
        continue
      }
      const valueNode = pair.value as YamlNode | null
      const value: TreeNode = valueNode
        ? this.build(valueNode, depth + 1)
        : { kind: 'scalar', value: null, source: '', style: 'plain', pos: keyPos }
      const entry: TreeEntry = { key: String(key), keyType: keyType(key, keyRead), keyPos, value }
      const earlier = indexOf.get(entry.key)
      if (earlier === undefined) {
        indexOf.set(entry.key, explicit.length)
        explicit.push(entry)
        continue
      }
      // PyYAML keeps the last value (in the first one's place); the yaml library would refuse the file.
      const first = explicit[earlier]
      this.diagnostics.push(
        makeWarning(this.file, {
          code: 'duplicate-key',
          path: '',
          message:
            `key ${quote(entry.key)} is written twice in this mapping (also at line ${first.keyPos.line}); ` +
            'Packit uses this last value and ignores the earlier one',
          expected: 'each key once per mapping',
          position: keyPos,
          suggestion: 'remove one of them',
        }),
      )
      explicit[earlier] = entry
    }
    // YAML merge semantics: keys written in the mapping win over merged ones, earlier merge sources
    // win over later ones.
    const entries = [...explicit]
    const seen = new Set(indexOf.keys())
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
      this.error('yaml-syntax', keyPos, problem)
      return []
    }
    const sources = isSeq(value) ? (value.items as YamlNode[]) : [value]
    const entries: TreeEntry[] = []
    for (const source of sources) {
      const built = this.build(source, depth + 1)
      if (built.kind === 'map') entries.push(...built.entries)
      // An alias without anchor has just been reported; one error is enough.
      else if (!(isAlias(source) && !this.targets.get(source))) this.error('yaml-syntax', built.pos, problem)
    }
    return entries
  }

  private error(code: DiagnosticCode, position: Position, message: string): void {
    this.diagnostics.push(makeError(this.file, { code, path: '', message, expected: 'valid YAML', position }))
  }

  private stop(code: DiagnosticCode, position: Position, message: string, suggestion: string): never {
    throw new BuildStopped(
      makeError(this.file, { code, path: '', message, expected: 'valid YAML', position, suggestion }),
    )
  }
}

/** The key's type as PyYAML reads it (plain keys) or as written (quoted keys are strings). */
function keyType(key: string | number | boolean, read: PyYamlScalar | undefined): KeyType {
  const value = read && 'value' in read ? read.value : key
  if (typeof value === 'number') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  return 'string'
}

function keyIsPlain(node: YamlNode): boolean {
  return isScalar(node) && scalarStyle(node.type) === 'plain' && !node.tag
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

/**
 * The plain JavaScript value of a tree node (mappings become objects, in written order). Keys such
 * as `__proto__` become ordinary own properties: Object.fromEntries defines them, it never sets a
 * prototype.
 */
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
