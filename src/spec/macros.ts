/**
 * A subset of rpm's macro expansion: enough to compute the real values of Name, Version,
 * Release and Source lines from `%global`/`%define` chains and the common builtins.
 * Anything it cannot evaluate (shell `%(...)`, Lua, macros from outside the spec) is
 * reported in `unresolved` instead of being guessed.
 */
import { evaluateExpression } from './expression.js'

export type MacroKind = 'global' | 'define' | 'tag' | 'predefined' | 'bcond'

export interface MacroDefinition {
  name: string
  /** Raw body as written (for %global: before expansion). */
  body: string
  kind: MacroKind
  /** Parametric macros (`%define foo(a:)`) keep their option string here. */
  params?: string
  /** For %global and tags: the value computed when the line was read, as rpm does. */
  value?: Expansion
  /** Physical line index of the definition (undefined for predefined macros). */
  line?: number
  /** Set when the definition sits under a condition that could not be evaluated. */
  uncertain?: string
}

export interface Unresolved {
  /** The construct that could not be expanded, e.g. `%{commit}` or `%(echo ...)`. */
  construct: string
  reason: string
}

export interface Expansion {
  value: string
  unresolved: Unresolved[]
}

export class MacroTable {
  private readonly map = new Map<string, MacroDefinition>()

  constructor(initial?: Iterable<MacroDefinition>) {
    if (initial) for (const def of initial) this.map.set(def.name, def)
  }

  get(name: string): MacroDefinition | undefined {
    return this.map.get(name)
  }

  has(name: string): boolean {
    return this.map.has(name)
  }

  set(def: MacroDefinition): void {
    this.map.set(def.name, def)
  }

  delete(name: string): void {
    this.map.delete(name)
  }

  clone(): MacroTable {
    return new MacroTable(this.map.values())
  }

  names(): string[] {
    return [...this.map.keys()]
  }
}

const MAX_DEPTH = 64

/** Finds the index of the bracket closing the one at `open`, honouring nesting; -1 if none. */
export function findClosing(text: string, open: number, openChar: string, closeChar: string): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') {
      i++
      continue
    }
    if (c === openChar) depth++
    else if (c === closeChar) {
      depth--
      if (depth === 0) return i
    }
  }
  return -1
}

class Expander {
  readonly unresolved: Unresolved[] = []
  constructor(private readonly table: MacroTable) {}

  private miss(construct: string, reason: string): string {
    if (!this.unresolved.some((u) => u.construct === construct)) this.unresolved.push({ construct, reason })
    return construct
  }

  expand(text: string, depth: number): string {
    if (depth > MAX_DEPTH) return this.miss(text, 'macro recursion is too deep')
    let out = ''
    let i = 0
    while (i < text.length) {
      const pct = text.indexOf('%', i)
      if (pct < 0) {
        out += text.slice(i)
        break
      }
      out += text.slice(i, pct)
      const next = text[pct + 1]
      if (next === '%') {
        out += '%'
        i = pct + 2
      } else if (next === '{') {
        const close = findClosing(text, pct + 1, '{', '}')
        if (close < 0) {
          out += this.miss(text.slice(pct), 'unterminated %{')
          break
        }
        out += this.braced(text.slice(pct + 2, close), text.slice(pct, close + 1), depth)
        i = close + 1
      } else if (next === '(') {
        const close = findClosing(text, pct + 1, '(', ')')
        const construct = close < 0 ? text.slice(pct) : text.slice(pct, close + 1)
        out += this.miss(construct, 'shell expansion %(...) is not run')
        if (close < 0) break
        i = close + 1
      } else if (next === '[') {
        const close = findClosing(text, pct + 1, '[', ']')
        if (close < 0) {
          out += this.miss(text.slice(pct), 'unterminated %[')
          break
        }
        const inner = this.expand(text.slice(pct + 2, close), depth + 1)
        const result = evaluateExpression(inner)
        out += result ? result.value : this.miss(text.slice(pct, close + 1), 'expression cannot be evaluated')
        i = close + 1
      } else {
        const m = /^([?!]*)([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(pct + 1))
        if (!m) {
          out += '%'
          i = pct + 1
          continue
        }
        const construct = '%' + m[0]
        const flags = m[1]
        const name = m[2]
        const def = this.table.get(name)
        if (flags.includes('?')) {
          const defined = def !== undefined
          out += flags.includes('!') ? '' : defined ? this.value(def, construct, depth) : ''
        } else if (!def && name === 'pypi_source') {
          // A bare parametric call takes the rest of the line as its arguments.
          out += this.pypiSource(this.expand(text.slice(pct + 1 + m[0].length), depth + 1), depth)
          i = text.length
          continue
        } else if (def?.params !== undefined) {
          // A bare parametric macro takes the rest of the line as arguments; we do not run those.
          out += this.miss(construct, `%${name} is a parametric macro`)
        } else if (def) {
          out += this.value(def, construct, depth)
        } else {
          out += this.miss(construct, `%${name} is not defined in this spec`)
        }
        i = pct + 1 + m[0].length
      }
    }
    return out
  }

  private value(def: MacroDefinition, construct: string, depth: number): string {
    if (def.uncertain) this.miss(construct, def.uncertain)
    if (def.value) {
      for (const u of def.value.unresolved) this.miss(u.construct, u.reason)
      return def.value.value
    }
    return this.expand(def.body, depth + 1)
  }

  private braced(inner: string, construct: string, depth: number): string {
    const m = /^([?!]*)([A-Za-z_][A-Za-z0-9_]*)(.*)$/s.exec(inner)
    if (!m) return this.miss(construct, 'not a macro this tool understands')
    const [, flags, name, rest] = m
    if (flags.includes('?')) {
      if (rest !== '' && !rest.startsWith(':')) return this.miss(construct, 'malformed conditional macro')
      const def = this.table.get(name)
      const wanted = flags.includes('!') ? def === undefined : def !== undefined
      if (def?.uncertain) this.miss(construct, def.uncertain)
      if (!wanted) return ''
      if (rest.startsWith(':')) return this.expand(rest.slice(1), depth + 1)
      return def ? this.value(def, construct, depth) : ''
    }
    if (rest.startsWith(':')) return this.builtinWithColon(name, rest.slice(1), construct, depth)
    if (rest !== '' && /^\s/.test(rest)) return this.call(name, rest.trim(), construct, depth)
    if (rest !== '') return this.miss(construct, 'not a macro this tool understands')
    const def = this.table.get(name)
    if (!def && name === 'pypi_source') return this.pypiSource('', depth)
    if (!def) return this.miss(construct, `%{${name}} is not defined in this spec`)
    if (def.params !== undefined) return this.miss(construct, `%${name} is a parametric macro`)
    return this.value(def, construct, depth)
  }

  private builtinWithColon(name: string, arg: string, construct: string, depth: number): string {
    const expanded = () => this.expand(arg, depth + 1)
    switch (name) {
      case 'expand':
        return this.expand(expanded(), depth + 1)
      case 'lua':
        return this.miss(construct, 'Lua code is not evaluated')
      case 'quote':
        return expanded()
      case 'len':
        return String([...expanded()].length)
      case 'lower':
        return expanded().toLowerCase()
      case 'upper':
        return expanded().toUpperCase()
      case 'basename':
        return expanded().replace(/\/+$/, '').replace(/^.*\//, '')
      case 'dirname': {
        const v = expanded()
        const idx = v.lastIndexOf('/')
        return idx < 0 ? v : v.slice(0, idx)
      }
      case 'suffix': {
        const v = expanded()
        const idx = v.lastIndexOf('.')
        return idx < 0 ? '' : v.slice(idx + 1)
      }
      case 'shrink':
        return expanded().trim().replace(/\s+/g, ' ')
      case 'url2path':
      case 'u2p':
        return expanded().replace(/^[a-z]+:\/\/[^/]*/, '')
      case 'S':
        return this.braced(`SOURCE${expanded().trim()}`, construct, depth)
      case 'P':
        return this.braced(`PATCH${expanded().trim()}`, construct, depth)
      case 'defined':
        return this.table.has(expanded().trim()) ? '1' : '0'
      case 'undefined':
        return this.table.has(expanded().trim()) ? '0' : '1'
      case 'echo':
      case 'warn':
      case 'error':
      case 'dnl':
        return ''
      default:
        return this.miss(construct, `%{${name}:...} is not a builtin this tool evaluates`)
    }
  }

  /**
   * python-rpm-macros' `%pypi_source [name [version [extension]]]` (a Lua macro, so written out
   * here): the sdist URL on files.pythonhosted.org. Name defaults to %srcname, %pypi_name, %name.
   */
  private pypiSource(args: string, depth: number): string {
    const [given, version, extension] = args.trim().split(/\s+/).filter(Boolean)
    const fallback = ['srcname', 'pypi_name', 'name'].find((n) => this.table.has(n))
    const src =
      given ?? (fallback ? this.expand(`%{${fallback}}`, depth + 1) : this.miss('%pypi_source', 'no %name'))
    const ver = version ?? this.expand('%{version}', depth + 1)
    return `https://files.pythonhosted.org/packages/source/${src.charAt(0)}/${src}/${src}-${ver}.${extension ?? 'tar.gz'}`
  }

  private call(name: string, args: string, construct: string, depth: number): string {
    switch (name) {
      case 'defined':
      case 'undefined': {
        const isDefined = this.table.has(this.expand(args, depth + 1))
        return (name === 'defined') === isDefined ? '1' : '0'
      }
      case 'with':
      case 'without': {
        const isOn = this.table.has(`with_${this.expand(args, depth + 1)}`)
        return (name === 'with') === isOn ? '1' : '0'
      }
      case 'sub': {
        const parts = this.expand(args, depth + 1).split(/\s+/)
        if (parts.length < 2) return this.miss(construct, 'malformed %{sub}')
        const chars = [...parts[0]]
        const from = Number(parts[1])
        const to = parts.length > 2 ? Number(parts[2]) : -1
        if (!Number.isInteger(from) || !Number.isInteger(to)) return this.miss(construct, 'malformed %{sub}')
        // Lua string.sub semantics: 1-based, inclusive, negative counts from the end.
        const norm = (n: number) => (n < 0 ? chars.length + n + 1 : n)
        const a = Math.max(norm(from), 1)
        const b = Math.min(norm(to), chars.length)
        return a > b ? '' : chars.slice(a - 1, b).join('')
      }
      case 'pypi_source':
        if (!this.table.has(name)) return this.pypiSource(this.expand(args, depth + 1), depth)
        return this.miss(construct, `%{${name} ...} with arguments is not evaluated`)
      default:
        return this.miss(construct, `%{${name} ...} with arguments is not evaluated`)
    }
  }
}

export function expandMacros(text: string, table: MacroTable): Expansion {
  const expander = new Expander(table)
  const value = expander.expand(text, 0)
  return { value, unresolved: expander.unresolved }
}
