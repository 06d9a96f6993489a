/**
 * Reads a spec file into a model (sections, tags, macro definitions, conditionals) in one
 * pass that follows rpm's own reading order, so macro values are the ones rpm would see at
 * each line. The physical lines are kept untouched: printing the model gives the input back.
 */
import { splitLines, type PhysicalLine } from './lines.js'
import { groupLogicalLines } from './logical.js'
import {
  expandMacros,
  ExpansionBudget,
  findClosing,
  MacroLimitError,
  MacroTable,
  type Expansion,
  type MacroDefinition,
} from './macros.js'
import { clip, SpecError } from './errors.js'
import { evaluateExpression } from './expression.js'
import { isPreambleSection, sectionHeader } from './sections.js'
import { forgeMeta, goMeta } from './standard-macros.js'
import type {
  Activity,
  ConditionFrame,
  ConditionalBlock,
  Include,
  ListEntry,
  MacroDefinitionSite,
  ParsedSpec,
  Section,
  Tag,
} from './model.js'

export interface ParseOptions {
  /** Macros defined before the spec is read, e.g. `{ fedora: '42', dist: '.fc42' }`. */
  predefined?: Record<string, string>
  /**
   * Reads a file named by `%include` (path as expanded, e.g. `patches.inc`), so Source/Patch
   * tags and macros declared there count. Return undefined when it cannot be read.
   */
  readInclude?: (path: string) => string | undefined
}

/**
 * Tags whose value rpm also defines as a macro of the same lowercase name, for every package
 * (a subpackage's Version redefines %version from there on), and, for the main package only,
 * of the upper-case name too (`%{NAME}`, `%{VERSION}`): build/parsePreamble.c, checked with
 * rpmspec 4.18.
 */
const TAG_MACROS = new Set([
  'name',
  'version',
  'release',
  'epoch',
  'summary',
  'license',
  'distribution',
  'vendor',
  'group',
  'packager',
  'url',
  'vcs',
  'bugurl',
  'modularitylabel',
])

const TAG_LINE = /^(\s*)([A-Za-z][A-Za-z0-9_]*)(\([^)]*\))?(\s*:\s*)(.*)$/s
const MACRO_DEFINITION = /^(\s*)%(global|define)(\s+)([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?(\s*)(.*)$/s
const EXPANDED_IN_COMMENT = /^\s*#[#\s]*%(global|define)\s+([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?\s*(.*)$/s
const COMMENTED_DEFINITION =
  /^\s*(?:#+|%dnl\s+%?)\s*%?(global|define)\s+([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?\s*(.*)$/s
/** `%{!?name: %global name body}` / `%{?!x:%define x 1}` alone on a line: a definition made when the test holds. */
const CONDITIONAL_DEFINITION =
  /^(\s*)%\{([?!]+)([A-Za-z_][A-Za-z0-9_]*):\s*%(global|define)\s+([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?\s*/s
const CONDITIONAL = /^\s*%(if|ifarch|ifnarch|ifos|ifnos|elif|elifarch|elifos|else|endif)(?=\s|$)(.*)$/s

/**
 * Deepest `%if` nesting read. rpm has no limit, but real specs nest a few levels, and every
 * line carries its enclosing conditions, so a spec of 50,000 nested `%if`s must stop early.
 */
export const MAX_CONDITIONAL_DEPTH = 64

/** Whether `name` occurs as a macro reference in an expansion's unresolved constructs. */
function refersTo(expansion: Expansion, name: string): boolean {
  const ref = new RegExp(`^%\\{?[?!]*${name}(?![A-Za-z0-9_])`)
  return expansion.unresolved.some((u) => ref.test(u.construct))
}

interface Frame extends ConditionFrame {
  /** A previous branch of this block was (or may have been) taken. */
  taken: 'yes' | 'no' | 'maybe'
  block: ConditionalBlock
}

function activityOf(stack: readonly Frame[]): Activity {
  if (stack.some((f) => f.state === 'false')) return 'inactive'
  if (stack.some((f) => f.state === 'unknown')) return 'uncertain'
  return 'active'
}

function uncertaintyReason(stack: readonly Frame[], lines: readonly PhysicalLine[]): string | undefined {
  const frame = stack.find((f) => f.state === 'unknown')
  if (!frame) return undefined
  return `defined under "${clip(lines[frame.branchLine].text.trim())}" (line ${frame.branchLine + 1}), a condition this tool cannot evaluate`
}

export function parseSpec(text: string, options: ParseOptions = {}): ParsedSpec {
  const lines = splitLines(text)
  const logical = groupLogicalLines(lines)
  const predefined: MacroDefinition[] = Object.entries(options.predefined ?? {}).map(([name, body]) => ({
    name,
    body,
    kind: 'predefined',
  }))
  // rpm's built-in %nil expands to nothing and counts as defined (`%{?nil}`, `%{!?nil:...}`).
  const macros = new MacroTable([{ name: 'nil', body: '', kind: 'predefined' }, ...predefined])
  const sections: Section[] = []
  const tags: Tag[] = []
  const macroDefinitions: MacroDefinitionSite[] = []
  const conditionals: ConditionalBlock[] = []
  const listEntries: ListEntry[] = []
  const includes: Include[] = []
  const problems: ParsedSpec['problems'] = []
  const stack: Frame[] = []
  const autonum = { source: 0, patch: 0 }

  let section: Section = { name: 'preamble', args: '', headerLine: -1, start: 0, end: lines.length }
  sections.push(section)

  // Lines rpm reads share one budget; skipped lines (false %if branches) another, so they cannot starve the rest.
  const activeBudget = new ExpansionBudget(undefined, undefined, ' (counted over the whole spec)')
  const skippedBudget = new ExpansionBudget(undefined, undefined, ' (counted over the whole spec)')
  /**
   * Expands text of line `line` (0-based). Where rpm reads the line, a runaway expansion is
   * an error naming the line, as in rpm; on a line rpm skips it only leaves the value unresolved.
   */
  const expand = (text: string, line: number, readable: boolean, what: string): Expansion => {
    try {
      return expandMacros(text, macros, readable ? activeBudget : skippedBudget)
    } catch (error) {
      if (!(error instanceof MacroLimitError)) throw error
      if (!readable) return { value: text, unresolved: [{ construct: text, reason: error.message }] }
      throw new SpecError(`${what} (line ${line + 1}): ${error.message}`, line + 1)
    }
  }

  /** A %global or %define as rpm's doDefine makes it. */
  const define = (
    name: string,
    kind: 'global' | 'define',
    params: string | undefined,
    rawBody: string,
    line: number,
    uncertain: string | undefined,
  ): void => {
    // rpm turns backslash-newline inside a body into a newline, and drops trailing blanks
    // (doDefine in rpmio/macro.c): `%global srcname foo ` is "foo".
    const body = rawBody.replace(/\\\n/g, '\n').replace(/[ \t\n]+$/, '')
    const definition: MacroDefinition = { name, body, kind, line, params, uncertain }
    // %global expands its body once when read; the result is expanded again on use, as in rpm.
    if (kind === 'global' && params === undefined) {
      const expanded = expand(body, line, true, `%global ${name}`)
      definition.body = expanded.value
      if (refersTo(expanded, name)) definition.extendsOuter = true
    }
    macros.set(definition)
  }

  const conditionalState = (
    directive: string,
    expr: string,
    parentActive: boolean,
    line: number,
  ): Frame['state'] => {
    if (!parentActive) return 'false'
    if (directive.endsWith('arch') || directive.endsWith('os')) return 'unknown'
    const expansion = expand(expr, line, true, `%${directive}`)
    if (expansion.unresolved.length > 0) return 'unknown'
    const result = evaluateExpression(expansion.value)
    if (!result) return 'unknown'
    return result.truthy ? 'true' : 'false'
  }

  const nextNumber = (kind: 'source' | 'patch', explicit: number | undefined, counts: boolean): number => {
    if (explicit !== undefined) {
      if (counts && explicit >= autonum[kind]) autonum[kind] = explicit + 1
      return explicit
    }
    const n = autonum[kind]
    if (counts) autonum[kind]++
    return n
  }

  /**
   * `%{!?x: %global x body}`: rpm expands the braces, and `%global`/`%define` inside them
   * define the macro when the test holds (`!?`/`?!`: x undefined; `?`: x defined), with the
   * body up to the closing brace. The line itself expands to nothing.
   */
  const defineConditionally = (
    match: RegExpExecArray,
    rawBody: string,
    line: number,
    uncertain: string | undefined,
  ): void => {
    const [, , flags, tested, kind, name, params] = match
    const testedDef = macros.get(tested)
    if ((testedDef !== undefined) === flags.includes('!')) return
    const body = rawBody.replace(/\\\n/g, '\n')
    const definition: MacroDefinition = {
      name,
      body,
      kind: kind as 'global' | 'define',
      line,
      params: params?.slice(1, -1),
      uncertain: uncertain ?? testedDef?.uncertain,
    }
    if (kind === 'global' && params === undefined) {
      const expanded = expand(body, line, true, `%global ${name}`)
      definition.body = expanded.value
      if (refersTo(expanded, name)) definition.extendsOuter = true
    }
    macros.set(definition)
  }

  /**
   * `%forgemeta` / `%gometa` (Fedora's forge and Go macros, not in the spec): the variables they
   * set (%forgesource, %gosource, %archivename...), as standard-macros.ts writes them out. Where
   * that cannot be done, %forgesource/%gosource stay unresolved with the reason.
   */
  const defineForgeVariables = (
    which: 'forgemeta' | 'gometa',
    args: string,
    line: number,
    uncertain: string | undefined,
  ): void => {
    // rpm leaves a macro not defined yet as written (`release-%{version}` before Version); Lua or shell cannot be told.
    const known = (text: string): string | undefined => {
      const e = expand(text, line, true, `%${which}`)
      return e.unresolved.every((u) => u.reason.endsWith('is not defined in this spec')) ? e.value : undefined
    }
    // forge.lua sets a variable that expands to nothing; one srcgit cannot expand is the spec's to keep.
    const defined = (name: string) => known(`%{?${name}}`) !== ''
    const result = /(^|\s)-[a-z]*[az]/.test(args)
      ? { refusal: `%${which}${args.trimEnd()}: srcgit reads %${which} for the main source only (no -a, -z)` }
      : which === 'gometa'
        ? goMeta(known, defined)
        : forgeMeta(known, defined)
    if ('refusal' in result) {
      for (const name of which === 'gometa' ? ['forgesource', 'gosource'] : ['forgesource'])
        if (!macros.has(name)) macros.set({ name, body: '', kind: 'predefined', uncertain: result.refusal })
      return
    }
    for (const [name, body] of Object.entries(result.definitions))
      macros.set({ name, body, kind: 'predefined', uncertain })
  }

  for (const ll of logical) {
    const first = lines[ll.start].text
    const cond = CONDITIONAL.exec(first)
    if (cond) {
      const directive = cond[1]
      const expr = cond[2]
      const parentActive = stack.slice(0, -1).every((f) => f.state === 'true')
      if (directive.startsWith('if')) {
        if (stack.length >= MAX_CONDITIONAL_DEPTH)
          throw new SpecError(
            `line ${ll.start + 1}: %${directive} nested more than ${MAX_CONDITIONAL_DEPTH} levels deep ` +
              `(the outermost open one is "${clip(stack[0].directive)}" at line ${stack[0].ifLine + 1}); ` +
              'close the blocks with %endif or flatten the conditions',
            ll.start + 1,
          )
        const outerActive = stack.every((f) => f.state === 'true')
        const outerUncertain = stack.every((f) => f.state !== 'false')
        let state = conditionalState(directive, expr, outerActive, ll.start)
        if (!outerActive && outerUncertain) state = 'unknown'
        const block: ConditionalBlock = { ifLine: ll.start, branchLines: [], endifLine: -1 }
        conditionals.push(block)
        stack.push({
          ifLine: ll.start,
          branchLine: ll.start,
          directive: first.trim(),
          state,
          taken: state === 'true' ? 'yes' : state === 'unknown' ? 'maybe' : 'no',
          block,
        })
      } else if (stack.length === 0) {
        problems.push({ line: ll.start, message: `%${directive} without a matching %if` })
      } else if (directive === 'endif') {
        const frame = stack.pop()!
        frame.block.endifLine = ll.start
      } else {
        const frame = stack[stack.length - 1]
        frame.block.branchLines.push(ll.start)
        frame.branchLine = ll.start
        frame.directive = first.trim()
        const parentCertain = stack.slice(0, -1).every((f) => f.state === 'true')
        const parentPossible = stack.slice(0, -1).every((f) => f.state !== 'false')
        let state: Frame['state']
        if (frame.taken === 'yes' || !parentPossible) state = 'false'
        else if (directive === 'else') state = frame.taken === 'maybe' ? 'unknown' : 'true'
        else {
          state = conditionalState(directive, expr, parentActive, ll.start)
          if (frame.taken === 'maybe' && state === 'true') state = 'unknown'
        }
        if (!parentCertain && parentPossible && state !== 'false') state = 'unknown'
        frame.state = state
        if (state === 'true') frame.taken = 'yes'
        else if (state === 'unknown' && frame.taken === 'no') frame.taken = 'maybe'
      }
      continue
    }

    const activity = activityOf(stack)
    const conditions: ConditionFrame[] = stack.map((f) => ({
      ifLine: f.ifLine,
      branchLine: f.branchLine,
      directive: f.directive,
      state: f.state,
    }))
    const readable = activity !== 'inactive'
    const uncertain = uncertaintyReason(stack, lines)

    const header = sectionHeader(first)
    if (header) {
      section.end = ll.start
      section = {
        name: header.name,
        args: header.args,
        headerLine: ll.start,
        start: ll.end,
        end: lines.length,
      }
      sections.push(section)
      continue
    }

    const trimmed = first.trimStart()
    if (trimmed.startsWith('#') || trimmed.startsWith('%dnl')) {
      const commented = COMMENTED_DEFINITION.exec(first)
      // rpm expands macros in comments too ("Macro expanded in comment"), so `#%global x 1`
      // and `# %define x 1` do define x; `#global x`, `#%%global x` and `%dnl` lines do not.
      const inComment = readable ? EXPANDED_IN_COMMENT.exec(first) : null
      if (inComment)
        define(
          inComment[2],
          inComment[1] as 'global' | 'define',
          inComment[3]?.slice(1, -1),
          inComment[4],
          ll.start,
          uncertain,
        )
      if (commented && trimmed.length > 0) {
        macroDefinitions.push({
          line: ll.start,
          endLine: ll.end,
          name: commented[2],
          kind: commented[1] as 'global' | 'define',
          params: commented[3]?.slice(1, -1),
          body: commented[4],
          bodyColumn: first.length - commented[4].length,
          activity,
          conditions,
          commentedOut: true,
        })
      }
      continue
    }

    const conditional = CONDITIONAL_DEFINITION.exec(ll.text)
    if (conditional && conditional[2].includes('?')) {
      const open = conditional[1].length + 1
      const close = findClosing(ll.text, open, '{', '}')
      if (close > 0 && ll.text.slice(close + 1).trim() === '') {
        if (readable)
          defineConditionally(conditional, ll.text.slice(conditional[0].length, close), ll.start, uncertain)
        continue
      }
    }

    const def = MACRO_DEFINITION.exec(ll.text)
    if (def) {
      const [, indent, kind, gap, name, params, gap2] = def
      const fullBody = def[7]
      const bodyColumn =
        indent.length + 1 + kind.length + gap.length + name.length + (params ?? '').length + gap2.length
      const firstLineBody = first.slice(bodyColumn)
      macroDefinitions.push({
        line: ll.start,
        endLine: ll.end,
        name,
        kind: kind as 'global' | 'define',
        params: params?.slice(1, -1),
        body: firstLineBody,
        bodyColumn,
        activity,
        conditions,
        commentedOut: false,
      })
      if (readable)
        define(name, kind as 'global' | 'define', params?.slice(1, -1), fullBody, ll.start, uncertain)
      continue
    }

    const meta = /^\s*%(forgemeta|gometa)(?=\s|$)(.*)$/.exec(first)
    if (meta && readable && isPreambleSection(section.name) && !macros.has(meta[1])) {
      defineForgeVariables(meta[1] as 'forgemeta' | 'gometa', meta[2], ll.start, uncertain)
      continue
    }

    if (readable) {
      const undef = /^\s*%undefine\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(first)
      if (undef) {
        macros.delete(undef[1])
        continue
      }
      const bcond = /^\s*%bcond(_with|_without)?\s+([A-Za-z0-9_]+)(?:\s+(.*))?$/.exec(first)
      if (bcond) {
        let on: boolean
        if (bcond[1] === '_with') on = false
        else if (bcond[1] === '_without') on = true
        else {
          const dflt = expand(bcond[3] ?? '0', ll.start, true, '%bcond')
          on = evaluateExpression(dflt.value)?.truthy ?? false
        }
        // `%bcond_with foo` means "build without foo unless --with foo": with_foo is undefined.
        if (on) macros.set({ name: `with_${bcond[2]}`, body: '1', kind: 'bcond', line: ll.start, uncertain })
        else macros.delete(`with_${bcond[2]}`)
        continue
      }
    }

    const include = /^\s*%include\s+(.*)$/.exec(first)
    if (include) {
      const expanded = expand(include[1].trim(), ll.start, readable, '%include')
      const text =
        readable && expanded.unresolved.length === 0 ? options.readInclude?.(expanded.value) : undefined
      const entry: Include = {
        line: ll.start,
        raw: include[1],
        expanded,
        activity,
        resolved: text !== undefined,
        entries: [],
      }
      includes.push(entry)
      for (const included of text === undefined ? [] : splitLines(text)) {
        const incDef = MACRO_DEFINITION.exec(included.text)
        if (incDef && incDef[5] === undefined) {
          const body = expand(incDef[7], ll.start, true, `%global ${incDef[4]} in ${expanded.value}`)
          macros.set({
            name: incDef[4],
            body: body.value,
            kind: 'global',
            extendsOuter: refersTo(body, incDef[4]),
          })
          continue
        }
        const incTag = /^\s*(source|patch)(\d*)\s*:\s*(.*)$/i.exec(included.text)
        if (!incTag || !isPreambleSection(section.name)) continue
        const kind = incTag[1].toLowerCase() as 'source' | 'patch'
        const number = nextNumber(kind, incTag[2] === '' ? undefined : Number(incTag[2]), true)
        const value = expand(
          incTag[3].trim(),
          ll.start,
          true,
          `${incTag[1]}${incTag[2]} in ${expanded.value}`,
        )
        entry.entries.push({ kind, number, raw: incTag[3].trim(), expanded: value })
        macros.set({ name: `${kind.toUpperCase()}${number}`, body: value.value, kind: 'tag', value })
      }
      continue
    }

    if (section.name === 'patchlist' || section.name === 'sourcelist') {
      if (trimmed === '') continue
      const kind = section.name === 'patchlist' ? 'patch' : 'source'
      const number = nextNumber(kind, undefined, readable)
      const expanded = expand(trimmed.trim(), ll.start, readable, `%${section.name} entry`)
      listEntries.push({
        line: ll.start,
        section: section.name,
        raw: trimmed.trim(),
        number,
        activity,
        expanded,
      })
      if (readable) {
        macros.set({
          name: `${kind.toUpperCase()}${number}`,
          body: expanded.value,
          kind: 'tag',
          value: expanded,
        })
      }
      continue
    }

    if (!isPreambleSection(section.name)) continue
    const tagMatch = TAG_LINE.exec(ll.text)
    if (!tagMatch) continue
    const [, indent, name, qualifier = '', separator] = tagMatch
    const numbered = /^(source|patch)(\d*)$/i.exec(name)
    const base = (numbered ? numbered[1] : name).toLowerCase()
    const valueColumn = indent.length + name.length + qualifier.length + separator.length
    const raw = first.slice(valueColumn)
    const fullValue = tagMatch[5]
    const expanded = expand(fullValue.trim(), ll.start, readable, name + qualifier)
    const tag: Tag = {
      line: ll.start,
      endLine: ll.end,
      name: name + qualifier,
      base,
      raw,
      valueColumn,
      separator,
      packageArgs: section.name === 'package' ? section.args : null,
      activity,
      conditions,
      expanded,
    }
    if (numbered) {
      const kind = base as 'source' | 'patch'
      const explicit = numbered[2] === '' ? undefined : Number(numbered[2])
      if (numbered[2] !== '') tag.numberText = numbered[2]
      tag.number = nextNumber(kind, explicit, readable)
      if (readable) {
        macros.set({
          name: `${kind.toUpperCase()}${tag.number}`,
          body: expanded.value,
          kind: 'tag',
          value: expanded,
        })
      }
    } else if (readable && TAG_MACROS.has(base)) {
      const names = tag.packageArgs === null ? [base, base.toUpperCase()] : [base]
      for (const macro of names)
        macros.set({
          name: macro,
          body: fullValue.trim(),
          kind: 'tag',
          value: expanded,
          line: ll.start,
          uncertain,
        })
    }
    tags.push(tag)
  }

  for (const frame of stack) {
    problems.push({ line: frame.ifLine, message: `${frame.directive} is never closed by %endif` })
  }

  return { lines, sections, tags, macroDefinitions, conditionals, listEntries, includes, macros, problems }
}
