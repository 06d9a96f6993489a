/**
 * Where a spec's own macros are used: which lines refer to a macro, directly or through the
 * bodies of other macros. A version bump that bypasses a macro (writes a literal where the
 * macro was) is only right when nothing else needs that macro's value.
 */
import { clip } from './errors.js'
import type { ParsedSpec } from './model.js'

const REFERENCE = /%\{?[!?]*([A-Za-z_][A-Za-z0-9_]*)/g

/** Names of the macros a text refers to (`%x`, `%{x}`, `%{?x:...}`, inside `%(...)` too). */
export function referencedNames(text: string): string[] {
  const names = new Set<string>()
  // `%%` is a literal percent sign, never a reference.
  for (const m of text.replace(/%%/g, '').matchAll(REFERENCE)) names.add(m[1])
  return [...names]
}

/** A line that uses a macro, for messages: `Name (line 2)`, `%prep (line 40)`. */
export interface MacroUser {
  line: number
  label: string
  text: string
}

export class MacroUses {
  /** Macro name -> names its definitions refer to (all definitions rpm may read). */
  private readonly bodies = new Map<string, Set<string>>()
  private readonly closures = new Map<string, Set<string>>()

  constructor(private readonly parsed: ParsedSpec) {
    for (const d of parsed.macroDefinitions) {
      if (d.commentedOut || d.activity === 'inactive') continue
      const body = parsed.lines
        .slice(d.line, d.endLine)
        .map((l, i) => (i === 0 ? l.text.slice(d.bodyColumn) : l.text))
        .join('\n')
      const refs = this.bodies.get(d.name) ?? new Set<string>()
      for (const n of referencedNames(body)) if (n !== d.name) refs.add(n)
      this.bodies.set(d.name, refs)
    }
  }

  /** The macros `names` stand for: themselves and every spec macro their bodies use, transitively. */
  closure(names: Iterable<string>): Set<string> {
    const out = new Set<string>()
    for (const name of names) for (const n of this.closureOf(name)) out.add(n)
    return out
  }

  private closureOf(name: string): Set<string> {
    const known = this.closures.get(name)
    if (known) return known
    const seen = new Set<string>()
    const stack = [name]
    while (stack.length > 0) {
      const n = stack.pop()!
      if (seen.has(n)) continue
      seen.add(n)
      for (const m of this.bodies.get(n) ?? []) stack.push(m)
    }
    this.closures.set(name, seen)
    return seen
  }

  /** The macros a text uses, transitively. */
  usedBy(text: string): Set<string> {
    return this.closure(referencedNames(text))
  }

  /**
   * The lines rpm reads that use one of `macros` (directly or through other macros), except
   * macro definitions, comments, %changelog and the lines in `skip`: [macro, user] pairs in file order.
   */
  usersOf(macros: ReadonlySet<string>, skip: ReadonlySet<number>): [string, MacroUser][] {
    const found: [string, MacroUser][] = []
    if (macros.size === 0) return found
    const definitionLines = new Set<number>()
    for (const d of this.parsed.macroDefinitions)
      for (let l = d.line; l < d.endLine; l++) definitionLines.add(l)
    const changelog = this.parsed.sections.filter((s) => s.name === 'changelog')
    const sectionAt = (line: number) =>
      [...this.parsed.sections].reverse().find((s) => s.headerLine <= line) ?? this.parsed.sections[0]
    const tagAt = new Map(this.parsed.tags.map((t) => [t.line, t]))
    this.parsed.lines.forEach((physical, line) => {
      if (skip.has(line) || definitionLines.has(line)) return
      if (changelog.some((s) => line >= s.start && line < s.end)) return
      const text = physical.text
      if (/^\s*#/.test(text) || !text.includes('%')) return
      const tag = tagAt.get(line)
      if (tag?.activity === 'inactive') return
      for (const used of this.usedBy(text)) {
        if (!macros.has(used)) continue
        const section = sectionAt(line)
        const label = tag
          ? `${tag.name}${tag.packageArgs === null ? '' : ` of %package ${tag.packageArgs}`} (line ${line + 1})`
          : section.headerLine === line || section.name === 'preamble'
            ? `line ${line + 1}`
            : `%${section.name} (line ${line + 1})`
        found.push([used, { line, label, text: clip(text.trim()) }])
      }
    })
    return found
  }
}
