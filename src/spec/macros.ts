/**
 * A subset of rpm's macro expansion: enough to compute the real values of Name, Version,
 * Release and Source lines from `%global`/`%define` chains and the common builtins.
 * Anything it cannot evaluate (shell `%(...)`, Lua, macros from outside the spec) is
 * reported in `unresolved` instead of being guessed.
 */
import { clip, SpecError } from './errors.js'
import { evaluateExpression } from './expression.js'
import { isStandardParametric, standardMacro, type StandardContext } from './standard-macros.js'
import { evaluateShell } from './shell-subset.js'

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
  /**
   * A `%global` whose body still names the macro itself because the spec had not defined it
   * yet (`%global optflags %{optflags} -x`): that inner reference is rpm's own definition,
   * which we do not know, not a recursion.
   */
  extendsOuter?: boolean
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

/** rpm's max_macro_depth: expanding deeper is an error ("Too many levels of recursion"). */
export const MAX_MACRO_DEPTH = 64

/** The longest value one expansion may build. rpm has no limit; a real Version or %global is tiny. */
export const MAX_EXPANSION_LENGTH = 1 << 20

/**
 * How much work expansions may still do: macro calls and characters built, all levels
 * counted. One budget is shared by every expansion of a parse, so a spec of many lines
 * that each cost a lot still ends quickly (a tenth of a second or so). The largest spec
 * in the corpus (systemd) needs under 300 calls and 10,000 characters.
 */
export class ExpansionBudget {
  calls: number
  chars: number
  constructor(
    readonly maxCalls = 250_000,
    readonly maxChars = 16 << 20,
    /** Said after a limit in messages, e.g. " (counted over the whole spec)". */
    readonly scope = '',
  ) {
    this.calls = maxCalls
    this.chars = maxChars
  }
}

/** An expansion rpm would refuse or that would not end in reasonable time; callers add the line. */
export class MacroLimitError extends SpecError {
  constructor(
    message: string,
    /** The macro whose definition to look at, when one is to blame. */
    readonly macro?: string,
  ) {
    super(message)
    this.name = 'MacroLimitError'
  }
}

function sizeText(n: number): string {
  return n >= 1 << 20 ? `${n / (1 << 20)} MiB` : `${n} characters`
}

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

const BARE = /([?!]*)([A-Za-z_][A-Za-z0-9_]*)/y

class Expander {
  readonly unresolved: Unresolved[] = []
  /** Macros whose bodies are being expanded, outermost first. */
  private readonly chain: MacroDefinition[] = []
  /** The construct of the top-level text being expanded, for messages. */
  private top = ''
  /** Longest result of one level: the limit on growth, over text passed through as is. */
  private readonly maxLength: number

  constructor(
    private readonly table: MacroTable,
    private readonly budget: ExpansionBudget,
    text: string,
  ) {
    this.maxLength = MAX_EXPANSION_LENGTH + text.length
  }

  private miss(construct: string, reason: string): string {
    if (!this.unresolved.some((u) => u.construct === construct)) this.unresolved.push({ construct, reason })
    return construct
  }

  /** Where to look: the outermost macro being expanded (or the one at top level), with its line. */
  private culprit(): { macro?: string; where: string } {
    const name = /^%\{?[?!]*([A-Za-z_][A-Za-z0-9_]*)/.exec(this.top)?.[1]
    const def = this.chain[0] ?? (name === undefined ? undefined : this.table.get(name))
    if (!def) return { where: '' }
    const at = def.line !== undefined ? ` (line ${def.line + 1})` : ''
    return { macro: def.name, where: ` of %${def.name}${at}` }
  }

  private tooDeep(): never {
    const seen = new Map<string, number>()
    let loop: MacroDefinition[] | undefined
    for (let k = 0; k < this.chain.length && !loop; k++) {
      const first = seen.get(this.chain[k].name)
      if (first !== undefined) loop = this.chain.slice(first, k + 1)
      else seen.set(this.chain[k].name, k)
    }
    if (loop) {
      const def = loop[0]
      const path = loop.map((d) => `%${d.name}`).join(' -> ')
      const at = def.line !== undefined ? ` (line ${def.line + 1})` : ''
      throw new MacroLimitError(
        `too many levels of recursion in macro expansion (rpm stops at ${MAX_MACRO_DEPTH}): ` +
          `%${def.name} refers to itself (${path}); fix the definition of %${def.name}${at}`,
        def.name,
      )
    }
    const { macro, where } = this.culprit()
    throw new MacroLimitError(
      `macros nested more than ${MAX_MACRO_DEPTH} levels deep in ${clip(this.top)} (rpm stops at ${MAX_MACRO_DEPTH}); ` +
        (where ? `simplify the definition${where}` : 'simplify this line'),
      macro,
    )
  }

  private tooBig(what: string): never {
    const { macro, where } = this.culprit()
    throw new MacroLimitError(
      `expanding ${clip(this.top) || 'this line'} ${what}: macros that use other macros several times ` +
        `grow exponentially; ` +
        (where ? `rewrite the definition${where}` : 'rewrite the macros this line uses'),
      macro,
    )
  }

  /** Counts one macro call against the budget. */
  private tick(): void {
    if (--this.budget.calls < 0)
      this.tooBig(`needs more than ${this.budget.maxCalls} macro expansions${this.budget.scope}`)
  }

  /** Appends to an expansion result, within the size limits. */
  private append(out: string, piece: string): string {
    if (piece === '') return out
    this.budget.chars -= piece.length
    if (out.length + piece.length > this.maxLength)
      this.tooBig(`builds more than ${sizeText(MAX_EXPANSION_LENGTH)} of text`)
    if (this.budget.chars < 0)
      this.tooBig(`builds more than ${sizeText(this.budget.maxChars)} of text${this.budget.scope}`)
    return out + piece
  }

  expand(text: string, depth: number): string {
    if (depth > MAX_MACRO_DEPTH) this.tooDeep()
    let out = ''
    let i = 0
    while (i < text.length) {
      const pct = text.indexOf('%', i)
      if (pct < 0) {
        out = this.append(out, text.slice(i))
        break
      }
      out = this.append(out, text.slice(i, pct))
      const next = text[pct + 1]
      // `%%` and a lone `%` cost what copying text costs; only macro constructs count as calls.
      if (next !== '%') this.tick()
      let piece: string
      if (next === '%') {
        piece = '%'
        i = pct + 2
      } else if (next === '{' || next === '(' || next === '[') {
        const closeChar = next === '{' ? '}' : next === '(' ? ')' : ']'
        const close = findClosing(text, pct + 1, next, closeChar)
        const construct = close < 0 ? text.slice(pct) : text.slice(pct, close + 1)
        if (depth === 0) this.top = construct
        i = close < 0 ? text.length : close + 1
        if (close < 0)
          piece = this.miss(
            construct,
            next === '(' ? 'shell expansion %(...) is not run' : `unterminated %${next}`,
          )
        else if (next === '{') piece = this.braced(text.slice(pct + 2, close), construct, depth)
        else if (next === '(') piece = this.shell(text.slice(pct + 2, close), construct, depth)
        else {
          const inner = this.expand(text.slice(pct + 2, close), depth + 1)
          const result = evaluateExpression(inner)
          piece = result ? result.value : this.miss(construct, 'expression cannot be evaluated')
        }
      } else {
        BARE.lastIndex = pct + 1
        const m = BARE.exec(text)
        if (!m) {
          out = this.append(out, '%')
          i = pct + 1
          continue
        }
        const construct = '%' + m[0]
        if (depth === 0) this.top = construct
        const flags = m[1]
        const name = m[2]
        const def = this.table.get(name)
        i = pct + 1 + m[0].length
        if (flags.includes('?')) {
          const defined = def !== undefined
          piece = flags.includes('!') ? '' : defined ? this.value(def, construct, depth) : ''
        } else if (!def && isStandardParametric(name)) {
          // A bare parametric call takes the rest of the line as its arguments.
          piece = standardMacro(name, this.expand(text.slice(i), depth + 1), this.context(depth))!
          i = text.length
        } else if (def?.params !== undefined) {
          // A bare parametric macro takes the rest of the line as arguments; we do not run those.
          piece = this.miss(construct, `%${name} is a parametric macro`)
        } else if (def) {
          piece = this.value(def, construct, depth)
        } else {
          piece =
            standardMacro(name, undefined, this.context(depth)) ??
            this.miss(construct, `%${name} is not defined in this spec`)
        }
      }
      out = this.append(out, piece)
    }
    return out
  }

  /** `%(...)`: evaluated when it is in the pure subset shell-subset.ts knows, never run. */
  private shell(body: string, construct: string, depth: number): string {
    const before = this.unresolved.length
    const command = this.expand(body, depth + 1)
    const output = this.unresolved.length === before ? evaluateShell(command) : undefined
    if (output !== undefined) return output
    this.unresolved.length = before
    return this.miss(construct, 'shell expansion %(...) is not run')
  }

  private value(def: MacroDefinition, construct: string, depth: number): string {
    if (def.uncertain) this.miss(construct, def.uncertain)
    if (def.value) {
      for (const u of def.value.unresolved) this.miss(u.construct, u.reason)
      return def.value.value
    }
    // `%global optflags %{optflags} -x`: the inner %{optflags} is rpm's, not this definition.
    if (def.extendsOuter && this.chain.includes(def))
      return this.miss(construct, `%${def.name} here is the definition from outside this spec`)
    this.chain.push(def)
    try {
      return this.expand(def.body, depth + 1)
    } finally {
      this.chain.pop()
    }
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
    if (!def)
      return (
        standardMacro(name, undefined, this.context(depth)) ??
        this.miss(construct, `%{${name}} is not defined in this spec`)
      )
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
        // rpm 4.18 marks a quoted argument with ASCII unit separators (checked with rpm --eval).
        return `\x1f${expanded()}\x1f`
      case 'expr': {
        const result = evaluateExpression(expanded())
        return result ? result.value : this.miss(construct, 'expression cannot be evaluated')
      }
      case 'len':
        return String([...expanded()].length)
      case 'lower':
        return expanded().toLowerCase()
      case 'upper':
        return expanded().toUpperCase()
      case 'basename':
        // What follows the last `/` (rpm: `%{basename:/a/b/}` is empty).
        return expanded().replace(/^.*\//, '')
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
        // The path of a URL, `/` for a URL without one (rpm: `%{url2path:ftp://host}` is `/`).
        return expanded().replace(/^[a-z]+:\/\/[^/]*(.*)$/, (_m, p: string) => p || '/')
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
      case 'verbose':
      case 'dnl':
        return ''
      case 'error':
        return this.miss(construct, 'rpm stops with this %{error:...}')
      default:
        return this.miss(construct, `%{${name}:...} is not a builtin this tool evaluates`)
    }
  }

  /** What standard macros (standard-macros.ts) may ask of this expansion. */
  private context(depth: number): StandardContext {
    return {
      expand: (text) => this.expand(text, depth + 1),
      defined: (name) => this.table.has(name),
      miss: (construct, reason) => this.miss(construct, reason),
    }
  }

  private call(name: string, args: string, construct: string, depth: number): string {
    switch (name) {
      case 'defined':
      case 'undefined': {
        const isDefined = this.table.has(this.expand(args, depth + 1))
        return (name === 'defined') === isDefined ? '1' : '0'
      }
      // rpm 4.18 takes the rest after a space as the argument of these built-ins too (`%{basename /a/b}`).
      case 'basename':
      case 'dirname':
      case 'suffix':
      case 'expand':
      case 'url2path':
      case 'u2p':
        return this.builtinWithColon(name, args, construct, depth)
      case 'quote':
        // Each argument quoted on its own (rpm --eval '%{quote a b}' is "\x1fa\x1f \x1fb\x1f").
        return this.expand(args, depth + 1)
          .split(/\s+/)
          .filter(Boolean)
          .map((a) => `\x1f${a}\x1f`)
          .join(' ')
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
      default:
        if (!this.table.has(name) && isStandardParametric(name))
          return standardMacro(name, this.expand(args, depth + 1), this.context(depth))!
        return this.miss(construct, `%{${name} ...} with arguments is not evaluated`)
    }
  }
}

/**
 * Expands text as rpm would, within `budget` (fresh when not given). Throws MacroLimitError
 * (a SpecError) where rpm would stop with "Too many levels of recursion", or when the
 * expansion grows beyond what any real spec needs (a macro bomb).
 */
export function expandMacros(
  text: string,
  table: MacroTable,
  budget: ExpansionBudget = new ExpansionBudget(),
): Expansion {
  const expander = new Expander(table, budget, text)
  const value = expander.expand(text, 0)
  return { value, unresolved: expander.unresolved }
}
