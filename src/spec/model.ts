import type { PhysicalLine } from './lines.js'
import type { Expansion, MacroTable } from './macros.js'

/** Whether a line is read by rpm: yes, no (false `%if` branch), or unknown (condition we cannot evaluate). */
export type Activity = 'active' | 'inactive' | 'uncertain'

export interface ConditionFrame {
  /** Physical line of the `%if`. */
  ifLine: number
  /** Physical line of the branch we are in (`%if`, `%elif` or `%else` line). */
  branchLine: number
  /** The directive and its expression as written, e.g. `%if 0%{?fedora}`. */
  directive: string
  state: 'true' | 'false' | 'unknown'
}

export interface ConditionalBlock {
  ifLine: number
  /** Lines of `%elif*` / `%else`. */
  branchLines: number[]
  /** Line of the closing `%endif`, or -1 when missing. */
  endifLine: number
}

export interface Section {
  /** Lowercase name without `%`: `preamble` for the main preamble, else `package`, `prep`, `changelog`... */
  name: string
  /** Text after the section name on its header line. */
  args: string
  /** Header line, -1 for the main preamble. */
  headerLine: number
  /** First line after the header. */
  start: number
  /** One past the last line of the section. */
  end: number
}

export interface Tag {
  /** First physical line of the tag (a tag value may continue over several lines inside `%{...}`). */
  line: number
  endLine: number
  /** As written, e.g. `Source0`, `Patch`, `Requires(post)`. */
  name: string
  /** Lowercase name without number or qualifier, e.g. `source`, `patch`, `requires`. */
  base: string
  /** Digits written after Source/Patch, e.g. `0001`; undefined for an unnumbered `Source:`. */
  numberText?: string
  /** Effective number rpm gives a Source/Patch (unnumbered ones are numbered automatically). */
  number?: number
  /** Raw value as written (first physical line only; continuation lines are kept verbatim). */
  raw: string
  /** Offset in the line text where the value starts. */
  valueColumn: number
  /** Text between the tag name and the value, e.g. `:         `. */
  separator: string
  /** null for the main package, else the `%package` section's args. */
  packageArgs: string | null
  activity: Activity
  conditions: ConditionFrame[]
  /** The value expanded with the macros known when rpm reads this line. */
  expanded: Expansion
}

export interface MacroDefinitionSite {
  line: number
  endLine: number
  name: string
  kind: 'global' | 'define'
  params?: string
  /** Body as written on the first line (continuation lines follow verbatim). */
  body: string
  /** Offset in the first line's text where the body starts. */
  bodyColumn: number
  activity: Activity
  conditions: ConditionFrame[]
  /** `#global foo bar` or `%dnl %global foo bar`: written but disabled. */
  commentedOut: boolean
}

/** An entry of `%patchlist` / `%sourcelist`: rpm numbers them like unnumbered tags. */
export interface ListEntry {
  line: number
  section: 'patchlist' | 'sourcelist'
  raw: string
  number: number
  activity: Activity
  expanded: Expansion
}

export interface Include {
  line: number
  raw: string
  expanded: Expansion
  activity: Activity
  /** False when the included file could not be read: its content is unknown. */
  resolved: boolean
  /** Source/Patch tags declared in the included file (numbers count like inline tags). */
  entries: { kind: 'source' | 'patch'; number: number; raw: string; expanded: Expansion }[]
}

export interface ParsedSpec {
  lines: PhysicalLine[]
  sections: Section[]
  tags: Tag[]
  macroDefinitions: MacroDefinitionSite[]
  conditionals: ConditionalBlock[]
  listEntries: ListEntry[]
  includes: Include[]
  /** Macros as they stand after the whole file has been read. */
  macros: MacroTable
  /** Problems found while reading, e.g. an `%if` without `%endif`. */
  problems: { line: number; message: string }[]
}
