/**
 * The spec-file model and editor. Parsing keeps every byte; each edit rewrites only the
 * lines it must and re-reads the file, so queries always reflect the current text.
 */
import { applyLineEdits, type LineEdit } from './edit.js'
import { dominantEol, joinLines } from './lines.js'
import { expandMacros, MacroLimitError, MacroTable, type Expansion } from './macros.js'
import type { Activity, ConditionalBlock, ListEntry, ParsedSpec, Tag } from './model.js'
import { parseSpec, type ParseOptions } from './parse.js'
import { analyzePrep, unappliedPatchWarnings, type PrepAnalysis } from './prep.js'
import {
  changelogHeader,
  detectChangelogStyle,
  formatChangelogDate,
  sanitizeChangelogText,
} from './changelog.js'
import { updateValue, type UpdateContext } from './value-update.js'
import { clip, SpecError } from './errors.js'
import { checkRpmVersion } from './version.js'
import { tokenizeValue } from './value-update.js'
import {
  autoreleaseAfterVersionChange,
  atomsValue,
  planProcessedHeaderReset,
  planReleaseReset,
  releaseAtoms,
  type ReleaseAtom,
} from './release-update.js'
import { MacroUses } from './macro-uses.js'
import { bypassProblem, frozenMacros, keptProblem, snapshot, staleSourceProblem } from './version-guard.js'

export { SpecError }

/** A value read from the spec: as written, expanded, and what could not be expanded. */
export interface SpecValue {
  raw: string
  value: string
  unresolved: Expansion['unresolved']
  /** 1-based line. */
  line: number
}

export interface SourceEntry {
  kind: 'source' | 'patch'
  number: number
  raw: string
  expanded: Expansion
  /** 1-based line. */
  line: number
  active: boolean
  /** Where it is declared: a tag, or an entry of %patchlist/%sourcelist. */
  origin: 'tag' | 'list' | 'include'
}

export interface AddPatchOptions {
  /** Patch number to use (Packit's Patch-id); must be higher than every existing one. */
  number?: number
  /** Comment lines written above the tag (each gets a `# ` prefix unless it already is a comment). */
  comment?: string[]
  /** Zero-padding of new tags when the spec has no Patch tag to copy the style from (Packit's patch_generation_patch_id_digits). */
  digits?: number
}

export interface ChangelogEntryOptions {
  /** Entry text; lines are sanitized for rpm. */
  text: string
  /** `Name <email>`. */
  author: string
  date?: Date
  /** Overrides the computed `[epoch:]version-release`. */
  evr?: string
}

export interface SpecFileOptions extends ParseOptions {
  /** Path shown in error messages. */
  fileName?: string
}

const AUTORELEASE = /%\{?\??autorelease\b/

export class SpecFile {
  private parsed: ParsedSpec

  constructor(
    text: string,
    private readonly options: SpecFileOptions = {},
  ) {
    this.parsed = this.located(() => parseSpec(text, options))
  }

  private error(message: string, line?: number): SpecError {
    return new SpecError(message, line, this.options.fileName)
  }

  /** Runs `fn`, naming this spec's file in the SpecErrors it throws. */
  private located<T>(fn: () => T): T {
    try {
      return fn()
    } catch (error) {
      if (error instanceof SpecError && error.file === undefined) error.file = this.options.fileName
      throw error
    }
  }

  /**
   * Runs `fn` (an expansion of `what`, written at 0-based `line`): an expansion rpm would
   * refuse becomes an error naming the spec line.
   */
  private expanding<T>(what: string, line: number, fn: () => T): T {
    try {
      return fn()
    } catch (error) {
      if (error instanceof MacroLimitError)
        throw this.error(`${what} (line ${line + 1}): ${error.message}`, line + 1)
      throw error
    }
  }

  /** Refuses a value that would split its line (and so change lines an edit must not touch). */
  private singleLine(value: string, what: string): void {
    if (/[\r\n]/.test(value))
      throw this.error(`${what} ${clip(JSON.stringify(value))} has a line break; give it on one line`)
  }

  static parse(text: string, options: SpecFileOptions = {}): SpecFile {
    return new SpecFile(text, options)
  }

  toString(): string {
    return joinLines(this.parsed.lines)
  }

  get model(): ParsedSpec {
    return this.parsed
  }

  /** Expands text with the macros as they stand at the end of the spec. */
  expand(text: string, extra: Record<string, string> = {}): Expansion {
    let table = this.parsed.macros
    if (Object.keys(extra).length > 0) {
      table = table.clone()
      for (const [name, body] of Object.entries(extra)) table.set({ name, body, kind: 'predefined' })
    }
    return this.located(() => expandMacros(text, table))
  }

  // ---- queries --------------------------------------------------------------------------

  /** The main package's tag rpm would use: the active one, or throws when conditions make it ambiguous. */
  mainTag(base: string): Tag | undefined {
    const candidates = this.parsed.tags.filter(
      (t) => t.base === base && t.packageArgs === null && t.activity !== 'inactive',
    )
    if (candidates.length === 0) return undefined
    const active = candidates.filter((t) => t.activity === 'active')
    if (active.length > 0) return active[active.length - 1]
    if (candidates.length === 1) return candidates[0]
    throw this.error(
      `${candidates[0].name} is defined ${candidates.length} times under conditions this tool cannot evaluate ` +
        `(lines ${candidates.map((t) => t.line + 1).join(', ')}); define the macros those conditions test, or simplify the spec`,
      candidates[0].line + 1,
    )
  }

  private valueOf(base: string, extra: Record<string, string> = {}): SpecValue | undefined {
    const tag = this.mainTag(base)
    if (!tag) return undefined
    const expanded =
      Object.keys(extra).length > 0
        ? this.expanding(tag.name, tag.line, () => this.expand(tag.raw.trim(), extra))
        : tag.expanded
    return { raw: tag.raw.trim(), value: expanded.value, unresolved: expanded.unresolved, line: tag.line + 1 }
  }

  get name(): SpecValue | undefined {
    return this.valueOf('name')
  }

  get version(): SpecValue | undefined {
    return this.valueOf('version')
  }

  /** Release with `%{dist}` expanding to nothing, as in changelog EVRs. */
  get release(): SpecValue | undefined {
    const value = this.valueOf('release', { dist: '' })
    if (!value) return value
    // Not a macro missing from the spec: rpmautospec's, whose number comes from the dist-git history.
    const unresolved = value.unresolved.map((u) =>
      AUTORELEASE.test(u.construct) && !this.parsed.macros.has('autorelease')
        ? {
            ...u,
            reason: "rpmautospec's %autorelease, counted from the dist-git history when the package is built",
          }
        : u,
    )
    return { ...value, unresolved }
  }

  get epoch(): SpecValue | undefined {
    return this.valueOf('epoch')
  }

  /** Release uses rpmautospec's %autorelease, in its text or through the spec's macros. */
  get hasAutorelease(): boolean {
    const tag = this.mainTag('release')
    if (tag === undefined) return false
    return AUTORELEASE.test(tag.raw) || releaseAtoms(this.parsed, tag).some((a) => a.kind === 'autorelease')
  }

  get hasAutochangelog(): boolean {
    return this.parsed.sections
      .filter((s) => s.name === 'changelog')
      .some((s) => {
        for (let i = s.start; i < s.end; i++) {
          const text = this.parsed.lines[i].text.trim()
          if (!text.startsWith('#') && /%\{?\??autochangelog\b/.test(text)) return true
        }
        return false
      })
  }

  /** Sources and patches with their effective numbers, in file order. */
  entries(kind: 'source' | 'patch'): SourceEntry[] {
    const entry = (
      from: { number: number; raw: string; expanded: Expansion },
      line: number,
      activity: Activity,
      origin: SourceEntry['origin'],
    ): SourceEntry => ({
      kind,
      number: from.number,
      raw: from.raw.trim(),
      expanded: from.expanded,
      line: line + 1,
      active: activity !== 'inactive',
      origin,
    })
    const list = kind === 'patch' ? 'patchlist' : 'sourcelist'
    return [
      ...this.parsed.tags
        .filter((t) => t.base === kind && t.packageArgs === null)
        .map((t) => entry({ ...t, number: t.number! }, t.line, t.activity, 'tag')),
      ...this.parsed.listEntries
        .filter((e) => e.section === list)
        .map((e) => entry(e, e.line, e.activity, 'list')),
      ...this.parsed.includes.flatMap((inc) =>
        inc.entries.filter((e) => e.kind === kind).map((e) => entry(e, inc.line, inc.activity, 'include')),
      ),
    ].sort((a, b) => a.line - b.line)
  }

  get sources(): SourceEntry[] {
    return this.entries('source')
  }

  get patches(): SourceEntry[] {
    return this.entries('patch')
  }

  /**
   * The file name rpm uses for a source: the URL fragment if any, else the last path component.
   * Never a path: rpm takes what follows the last `/`, so `#/../../x` names `x` (the name is
   * joined to directories to write the archive).
   */
  static fileName(location: string): string {
    const hash = location.lastIndexOf('#/')
    if (hash >= 0) return location.slice(hash + 2).replace(/^.*\//, '')
    return location.replace(/[?#].*$/, '').replace(/^.*\//, '')
  }

  prep(): PrepAnalysis {
    return analyzePrep(this.parsed)
  }

  /**
   * Places where patches come from that this model cannot see (Lua loops, %include), so
   * patch numbers chosen by us could collide; callers should surface these.
   */
  hiddenPatchSources(): string[] {
    const found: string[] = []
    const preambleEnd = this.parsed.sections[1]?.headerLine ?? this.parsed.lines.length
    for (let i = 0; i < preambleEnd; i++) {
      const text = this.parsed.lines[i].text
      if (
        /%\{lua:/.test(text) &&
        /Patch/.test(
          this.parsed.lines
            .slice(i, i + 5)
            .map((l) => l.text)
            .join('\n'),
        )
      )
        found.push(`line ${i + 1}: a %{lua:} block may declare patches`)
    }
    for (const inc of this.parsed.includes)
      if (!inc.resolved && inc.activity !== 'inactive')
        found.push(
          `line ${inc.line + 1}: %include ${inc.raw.trim()} could not be read and may declare patches`,
        )
    return found
  }

  // ---- edits ----------------------------------------------------------------------------

  private apply(edits: LineEdit[]): void {
    if (edits.length === 0) return
    for (const e of edits) {
      const texts = e.kind === 'splice' ? [e.text] : e.kind === 'insert' ? e.texts : []
      // Each entry point refuses line breaks with its own message; this guards the line model.
      if (texts.some((t) => /[\r\n]/.test(t))) throw this.error('an edit would split a line of the spec')
    }
    const lines = applyLineEdits(this.parsed.lines, edits, dominantEol(this.parsed.lines))
    // On an error the spec stays as it was: nothing half-done.
    this.parsed = this.located(() => parseSpec(joinLines(lines), this.options))
  }

  private updateContext(macros: MacroTable = this.parsed.macros): UpdateContext {
    return {
      macros,
      definitions: this.parsed.macroDefinitions,
      protectedNames: /name$/i,
      edits: [],
      notes: [],
    }
  }

  private requireTag(base: string, display: string): Tag {
    const tag = this.mainTag(base)
    if (!tag) throw this.error(`the spec has no ${display} tag in its main package`)
    if (tag.endLine - tag.line > 1)
      throw this.error(
        `${tag.name} (line ${tag.line + 1}) spans several lines; edit it by hand`,
        tag.line + 1,
      )
    return tag
  }

  /**
   * Sets Version. When Version is built from macros defined in the spec, their definitions
   * are rewritten so it expands to the new value; otherwise the tag gets the literal value,
   * but only when nothing else uses the macros the literal bypasses. Refuses (SpecError,
   * spec unchanged) a bump that would rename the package, change its Epoch or a
   * subpackage's own Version, or leave a Source naming the old version. Returns notes for
   * anything a reviewer should know.
   */
  setVersion(version: string): string[] {
    this.located(() => checkRpmVersion(version))
    const tag = this.requireTag('version', 'Version')
    const before = this.parsed
    const old = this.version
    const uses = new MacroUses(before)
    const ctx: UpdateContext = {
      ...this.updateContext(),
      frozen: frozenMacros(before, uses),
      literals: [],
    }
    const site = {
      line: tag.line,
      column: tag.valueColumn,
      text: tag.raw,
      label: `Version (line ${tag.line + 1})`,
    }
    this.expanding('Version', tag.line, () => updateValue(ctx, site, version))
    // Read back: where the macros did not give the version (a macro used twice in the value,
    // %{?version}, one redefined after the tag), Version gets the literal instead.
    this.apply(ctx.edits)
    const got = this.version
    let notes = ctx.notes
    let literals = ctx.literals!
    if (!got || got.unresolved.length > 0 || got.value !== version) {
      this.parsed = before
      this.apply([
        {
          kind: 'splice',
          line: tag.line,
          start: tag.valueColumn,
          end: tag.valueColumn + tag.raw.length,
          text: version,
        },
      ])
      literals = [site]
      notes = [
        `Version (line ${tag.line + 1}) was "${clip(tag.raw.trim())}"; its macros would have given ` +
          `"${clip(got?.value ?? '')}", not "${clip(version)}", so it now holds the literal value`,
      ]
    }
    // Release is reset after the bump, whatever macros it shares with Version.
    const releases = before.tags.filter((t) => t.base === 'release' && t.packageArgs === null)
    const skip = new Set([tag.line, ...releases.map((t) => t.line)])
    let problem: string | undefined
    try {
      problem =
        bypassProblem(before, literals, skip, ctx.protectedNames, version) ??
        keptProblem(snapshot(before), snapshot(this.parsed), version) ??
        (old && old.unresolved.length === 0
          ? staleSourceProblem(snapshot(before), snapshot(this.parsed), old.value, version, before)
          : undefined)
    } catch (error) {
      this.parsed = before
      throw error
    }
    if (problem) {
      this.parsed = before
      throw this.error(problem, tag.line + 1)
    }
    return notes
  }

  /**
   * Sets the release number to 1 for a new version, keeping the dist tag and whatever else
   * Release is built from (release-update.ts); refuses, naming the macro, where that cannot
   * be done. With %autorelease, Release stays; a spec rpmautospec already processed gets the
   * release number in its `%define autorelease` header set to 1.
   */
  resetRelease(): string[] {
    const tag = this.requireTag('release', 'Release')
    if (releaseAtoms(this.parsed, tag).some((a) => a.kind === 'autorelease')) {
      const header = planProcessedHeaderReset(this.parsed)
      if (!Array.isArray(header)) throw this.error(header.problem, header.line)
      this.apply(header)
      return []
    }
    const plan = this.expanding('Release', tag.line, () => planReleaseReset(this.parsed, tag))
    if ('problem' in plan) throw this.error(plan.problem, plan.line)
    const before = this.parsed
    this.apply(plan.edits)
    const after = this.mainTag('release')
    if (after?.expanded.value !== plan.expected) {
      this.parsed = before
      throw this.error(
        `Release (line ${tag.line + 1}) "${clip(tag.raw.trim())}" would expand to "${clip(after?.expanded.value ?? '')}" ` +
          `after the reset, not "${clip(plan.expected)}"; set its release number to 1 by hand`,
        tag.line + 1,
      )
    }
    return plan.note ? [plan.note] : []
  }

  /**
   * Packit's prerelease_suffix_macro: every `%global NAME` / `%define NAME` line is uncommented
   * (pre-release) or commented out as `#global NAME` (final release). Never `#%global`: rpm
   * expands macros in comments, so `#%global NAME x` still defines NAME (checked with rpm
   * 4.18: "Macro expanded in comment"). Returns whether such a line exists.
   */
  setMacroCommentedOut(name: string, commented: boolean): boolean {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const definition = new RegExp(`^(\\s*)(#[#\\s]*)?(%?)(global|define)\\s+${escaped}(?=[\\s(]|$)`)
    const edits: LineEdit[] = []
    let found = false
    // Only lines that are definitions: `%global b` continuing another macro's body is not one.
    const starts = new Set(this.parsed.macroDefinitions.filter((d) => d.name === name).map((d) => d.line))
    this.parsed.lines.forEach((line, index) => {
      const m = starts.has(index) ? definition.exec(line.text) : null
      if (!m || (!m[2] && !m[3])) return
      found = true
      const start = m[1].length
      const prefix = (m[2] ?? '') + m[3]
      // `%global` -> `#global`; `#%global` (which rpm reads) -> `#global`; uncommented: `%global`.
      const wanted = commented ? (m[2] && !m[3] ? prefix : '#') : '%'
      if (wanted !== prefix)
        edits.push({ kind: 'splice', line: index, start, end: start + prefix.length, text: wanted })
    })
    if (edits.length > 0) this.apply(edits)
    return found
  }

  /** Writes a raw Release value as is (e.g. to copy %autorelease from another spec). */
  setRawRelease(raw: string): void {
    this.singleLine(raw, 'Release')
    // Macros stay as written (rpm checks their expansion); the text around them must pass rpm's check.
    const literal = tokenizeValue(raw.trim())
      .filter((t) => t.kind === 'literal')
      .map((t) => t.text.replace(/%%/g, ''))
      .join('')
    if (literal !== '') this.located(() => checkRpmVersion(literal, 'Release'))
    const tag = this.requireTag('release', 'Release')
    this.apply([
      {
        kind: 'splice',
        line: tag.line,
        start: tag.valueColumn,
        end: tag.valueColumn + tag.raw.length,
        text: raw,
      },
    ])
  }

  setEpoch(epoch: number): void {
    // rpm stores Epoch as an unsigned 32-bit number (parseUnsignedNum in build/parsePreamble.c).
    if (!Number.isInteger(epoch) || epoch < 0 || epoch > 0xffffffff)
      throw this.error(
        `Epoch must be a non-negative integer below 4294967296 (rpm stores it in 32 bits), got ${epoch}`,
      )
    const tag = this.mainTag('epoch')
    if (tag) {
      this.apply([
        {
          kind: 'splice',
          line: tag.line,
          start: tag.valueColumn,
          end: tag.valueColumn + tag.raw.length,
          text: String(epoch),
        },
      ])
      return
    }
    const version = this.requireTag('version', 'Version')
    this.apply([
      {
        kind: 'insert',
        before: version.line,
        texts: [`Epoch${this.alignedSeparator(version, 'Epoch')}${epoch}`],
      },
    ])
  }

  /** Replaces the value of SourceN (or PatchN with kind 'patch'). */
  setSource(number: number, value: string, kind: 'source' | 'patch' = 'source'): void {
    this.singleLine(value, kind === 'source' ? `Source${number}` : `Patch${number}`)
    const tags = this.parsed.tags.filter(
      (t) => t.base === kind && t.number === number && t.packageArgs === null,
    )
    const tag = tags.find((t) => t.activity === 'active') ?? tags.find((t) => t.activity !== 'inactive')
    if (!tag) {
      const label = kind === 'source' ? 'Source' : 'Patch'
      throw this.error(`the spec has no ${label}${number} tag`)
    }
    this.apply([
      {
        kind: 'splice',
        line: tag.line,
        start: tag.valueColumn,
        end: tag.valueColumn + tag.raw.length,
        text: value,
      },
    ])
  }

  /** The separator that puts a new tag's value in the same column as `neighbour`'s. */
  private alignedSeparator(neighbour: Tag, newName: string): string {
    if (neighbour.separator.includes('\t') && newName.length === neighbour.name.length)
      return neighbour.separator
    if (neighbour.separator.includes('\t')) return neighbour.separator
    const column =
      neighbour.valueColumn -
      (this.parsed.lines[neighbour.line].text.length -
        this.parsed.lines[neighbour.line].text.trimStart().length)
    return ':' + ' '.repeat(Math.max(1, column - newName.length - 1))
  }

  /** The line after the outermost conditional block around `line`, or the line after `line` itself. */
  /** The line after `line`'s tag (`end`: one past its last physical line) and any %if block around it. */
  private afterConditionals(line: number, end = line + 1): number {
    let after = end
    let outer: ConditionalBlock | undefined
    for (const block of this.parsed.conditionals) {
      if (block.ifLine < line && block.endifLine > line && (!outer || block.ifLine < outer.ifLine))
        outer = block
    }
    if (outer) after = outer.endifLine + 1
    return after
  }

  private commentLines(comment: string[] | undefined): string[] {
    return (comment ?? [])
      .flatMap((text) => text.split(/\r\n|\r|\n/))
      .map((line) => {
        const trimmed = line.replace(/\s+$/, '')
        if (trimmed === '') return '#'
        // Text that already is a comment (source-git's Patch-status) must not become `# # ...`.
        return trimmed.startsWith('#') ? trimmed : `# ${trimmed}`
      })
  }

  /**
   * Declares a patch. Numbering and placement follow Packit/specfile: the number is the
   * requested one (must exceed all existing) or highest + 1 (1 for the first); the tag goes
   * after the highest-numbered Patch tag copying its digit style and alignment, or after the
   * last Source tag. Returns the number and warnings (e.g. %prep will not apply it).
   */
  addPatch(
    location: string,
    options: AddPatchOptions = {},
  ): { number: number; added: boolean; warnings: string[] } {
    const { results, warnings } = this.addPatches(
      [{ location, number: options.number, comment: options.comment }],
      options.digits,
    )
    return { number: results[0].number, added: results[0].added, warnings }
  }

  /**
   * Declares several patches with one edit (a sync can bring hundreds): same rules as
   * addPatch, applied in order, each after the previous one.
   */
  addPatches(
    requests: readonly { location: string; number?: number; comment?: string[] }[],
    digits = 4,
  ): { results: { location: string; number: number; added: boolean }[]; warnings: string[] } {
    const known = new Map<string, number>()
    for (const p of this.patches) known.set(SpecFile.fileName(p.expanded.value), p.number)
    let highest = Math.max(-1, ...known.values())
    const planned: { location: string; number: number; comments: string[] }[] = []
    const results: { location: string; number: number; added: boolean }[] = []
    for (const request of requests) {
      this.singleLine(request.location, 'patch location')
      const fileName = SpecFile.fileName(request.location)
      const existing = known.get(fileName)
      if (existing !== undefined) {
        results.push({ location: request.location, number: existing, added: false })
        continue
      }
      let number: number
      if (request.number !== undefined) {
        if (!Number.isInteger(request.number) || request.number <= highest)
          throw this.error(
            `Patch number ${request.number} for ${fileName} must be higher than every existing patch number (highest is ${highest}); ` +
              'reordering patches with Patch-id is not possible: reorder the commits in source-git instead',
          )
        number = request.number
      } else {
        number = Math.max(highest + 1, 1)
      }
      highest = number
      known.set(fileName, number)
      planned.push({ location: request.location, number, comments: this.commentLines(request.comment) })
      results.push({ location: request.location, number, added: true })
    }
    if (planned.length === 0) return { results, warnings: [] }

    const warnings: string[] = []
    const hidden = this.hiddenPatchSources()
    if (hidden.length > 0)
      warnings.push(
        `patch numbers may collide with patches this tool cannot see (${hidden.join('; ')}); check ${planned
          .map((p) => `Patch${p.number}`)
          .join(', ')}`,
      )

    const patchTags = this.parsed.tags.filter((t) => t.base === 'patch' && t.packageArgs === null)
    const listEntries = this.parsed.listEntries.filter((e) => e.section === 'patchlist')
    const texts: string[] = []
    let before: number
    if (patchTags.length === 0 && listEntries.length > 0) {
      const last: ListEntry = listEntries[listEntries.length - 1]
      let expected = last.number + 1
      for (const p of planned) {
        if (p.number !== expected)
          throw this.error(
            `%patchlist numbers patches automatically; Patch${p.number} cannot be placed there`,
            last.line + 1,
          )
        expected++
        texts.push(...p.comments, p.location)
      }
      before = last.line + 1
    } else if (patchTags.length > 0) {
      const neighbour = patchTags.reduce((best, t) => (t.number! > best.number! ? t : best))
      const padding = neighbour.numberText?.startsWith('0') ? neighbour.numberText.length : 0
      const indent = /^\s*/.exec(this.parsed.lines[neighbour.line].text)![0]
      let previous = neighbour.number!
      for (const p of planned) {
        // An unnumbered neighbour keeps new tags unnumbered while rpm's auto-numbering gives the same number.
        const unnumbered = neighbour.numberText === undefined && p.number === previous + 1
        const name = unnumbered ? 'Patch' : `Patch${String(p.number).padStart(padding, '0')}`
        texts.push(...p.comments, `${indent}${name}${this.alignedSeparator(neighbour, name)}${p.location}`)
        previous = p.number
      }
      before = this.afterConditionals(neighbour.line, neighbour.endLine)
    } else {
      const sources = this.parsed.tags.filter((t) => t.base === 'source' && t.packageArgs === null)
      const anchor = sources[sources.length - 1] ?? this.requireTag('version', 'Version')
      for (const p of planned) {
        const name = digits === 0 ? 'Patch' : `Patch${String(p.number).padStart(digits, '0')}`
        texts.push(...p.comments, `${name}${this.alignedSeparator(anchor, name)}${p.location}`)
      }
      before = this.afterConditionals(anchor.line, anchor.endLine)
    }
    this.apply([{ kind: 'insert', before, texts }])
    warnings.push(
      ...unappliedPatchWarnings(
        this.prep(),
        planned.map((p) => p.number),
      ),
    )
    return { results, warnings }
  }

  /** Removes a patch declaration (tag or %patchlist entry) and the comment block right above it. */
  removePatch(number: number): boolean {
    const tag = this.parsed.tags.find(
      (t) => t.base === 'patch' && t.number === number && t.packageArgs === null,
    )
    const entry = this.parsed.listEntries.find((e) => e.section === 'patchlist' && e.number === number)
    const line = tag ? tag.line : entry?.line
    if (line === undefined) return false
    const end = tag ? tag.endLine : line + 1
    let from = line
    while (from > 0) {
      const above = this.parsed.lines[from - 1].text.trim()
      if (!isPatchComment(above)) break
      from--
    }
    this.apply([{ kind: 'delete', from, to: end }])
    return true
  }

  /**
   * Adds an entry at the top of %changelog (creating the section if missing). Does nothing
   * and returns false when rpmautospec writes the changelog: the spec uses %autochangelog, or
   * %autorelease without any %changelog (rpmautospec's process_distgit.py then generates one,
   * which a section made here would stop).
   */
  addChangelogEntry(options: ChangelogEntryOptions): boolean {
    if (this.hasAutochangelog) return false
    if (this.hasAutorelease && !this.parsed.sections.some((s) => s.name === 'changelog')) return false
    this.singleLine(options.author, 'changelog author')
    const evr = options.evr ?? this.evr()
    this.singleLine(evr, 'changelog EVR')
    const section = this.parsed.sections.find((s) => s.name === 'changelog')
    const headers: string[] = []
    if (section)
      for (let i = section.start; i < section.end; i++)
        if (this.parsed.lines[i].text.startsWith('*')) headers.push(this.parsed.lines[i].text)
    const date = formatChangelogDate(options.date ?? new Date(), detectChangelogStyle(headers))
    const body = sanitizeChangelogText(options.text.replace(/\s+$/, ''))
    const entry = [changelogHeader(date, options.author, evr), ...body]
    if (!section) {
      const blank =
        this.parsed.lines.length > 0 && this.parsed.lines[this.parsed.lines.length - 1].text.trim() !== ''
          ? ['']
          : []
      this.apply([
        { kind: 'insert', before: this.parsed.lines.length, texts: [...blank, '%changelog', ...entry] },
      ])
      return true
    }
    // A changelog rpmautospec wrote out keeps its markers around all entries, the new one too.
    let start = section.start
    while (start < section.end && this.parsed.lines[start].text.trim() === '') start++
    if (start < section.end && /^##\s*START: Generated by rpmautospec/.test(this.parsed.lines[start].text))
      start++
    else start = section.start
    let hasOlder = false
    for (let i = start; i < section.end; i++) {
      const text = this.parsed.lines[i].text.trim()
      if (text !== '' && !/^##\s*END: Generated by rpmautospec/.test(text)) hasOlder = true
    }
    this.apply([{ kind: 'insert', before: start, texts: hasOlder ? [...entry, ''] : entry }])
    return true
  }

  /**
   * `[epoch:]version-release` with an empty dist, as used in changelog headers. With
   * %autorelease, the release rpmautospec gives the first build of a new version.
   */
  evr(): string {
    const version = this.version
    const releaseTag = this.mainTag('release')
    if (!version || !releaseTag) throw this.error('the spec has no Version or Release tag')
    const release = this.changelogRelease(releaseTag)
    for (const [label, v] of [
      ['Version', version],
      ['Release', release],
    ] as const) {
      if (v.unresolved.length > 0)
        throw this.error(
          `${label} (line ${v.line}) cannot be expanded: ${v.unresolved.map((u) => `${u.construct} (${u.reason})`).join(', ')}`,
          v.line,
        )
    }
    const epoch = this.epoch
    return `${epoch ? `${epoch.value}:` : ''}${version.value}-${release.value}`
  }

  /** The main package's release without its dist tag, wherever in its macros the dist tag is. */
  private changelogRelease(tag: Tag): SpecValue {
    const atoms = releaseAtoms(this.parsed, tag)
    const line = tag.line + 1
    const autoreleases = atoms.filter(
      (a): a is ReleaseAtom & { kind: 'autorelease' } => a.kind === 'autorelease',
    )
    if (autoreleases.length === 0 && atomsValue(atoms) !== tag.expanded.value) return this.release!
    const computed = new Map<ReleaseAtom, string>()
    for (const atom of autoreleases) {
      const result = autoreleaseAfterVersionChange(atom.args, this.parsed.macros)
      if ('problem' in result)
        throw this.error(
          `Release (line ${line}) is ${clip(atom.construct.trim())}: the changelog entry needs the release rpmautospec ` +
            `will give, but ${result.problem}; define what it uses in the spec, or use %autochangelog`,
          line,
        )
      computed.set(atom, result.release)
    }
    return {
      raw: tag.raw.trim(),
      value: atomsValue(
        atoms,
        () => '',
        (a) => computed.get(a)!,
      ),
      unresolved: atoms.flatMap((a) => (a.kind === 'fixed' ? a.unresolved : [])),
      line,
    }
  }
}

/**
 * A line of the comment block above a PatchN tag: any comment but a commented-out Patch or
 * Source tag, which is the maintainer's (`# Upstream: https://...` is part of the comment).
 */
export function isPatchComment(line: string): boolean {
  const text = line.trim()
  return text.startsWith('#') && !/^#\s*(Patch|Source)\d*\s*:/i.test(text)
}
