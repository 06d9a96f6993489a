/**
 * Sets a value that may be built from macros, the way a packager would: when Version is
 * `%{majorver}.%{minorver}`, the `%global`s change and the reference stays. Each literal
 * run and each locally defined macro is a slot that prefers its current value; separators
 * (`.`, `-`, `_`, `~`, `^`, `+`) and anything we cannot change are fixed. When the new
 * value cannot be expressed that way, the whole value is replaced by the literal.
 */
import type { LineEdit } from './edit.js'
import { clip } from './errors.js'
import { expandMacros, findClosing, type MacroTable } from './macros.js'
import type { MacroDefinitionSite } from './model.js'
import { maskMacros, parseShellComputation, type ShellComputation } from './shell-subset.js'

export interface ValueSite {
  line: number
  /** Offset of the value in the line. */
  column: number
  /** The value text on that line. */
  text: string
  /** What this value is, for messages: `Version (line 7)`, `%global majorver (line 2)`. */
  label: string
}

type Token =
  | { kind: 'literal'; text: string; offset: number }
  | { kind: 'macro'; name: string; text: string; offset: number }
  | { kind: 'other'; text: string; offset: number }

export function tokenizeValue(text: string): Token[] {
  const tokens: Token[] = []
  let literal = ''
  let literalStart = 0
  const flush = (at: number) => {
    if (literal) tokens.push({ kind: 'literal', text: literal, offset: literalStart })
    literal = ''
    literalStart = at
  }
  let i = 0
  while (i < text.length) {
    if (text[i] !== '%') {
      if (!literal) literalStart = i
      literal += text[i++]
      continue
    }
    const next = text[i + 1]
    if (next === '%') {
      if (!literal) literalStart = i
      literal += '%%'
      i += 2
      continue
    }
    flush(i)
    let end: number
    if (next === '{' || next === '(' || next === '[') {
      const close = findClosing(text, i + 1, next, next === '{' ? '}' : next === '(' ? ')' : ']')
      end = close < 0 ? text.length : close + 1
    } else {
      const m = /^[?!]*[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))
      end = m ? i + 1 + m[0].length : i + 1
    }
    const construct = text.slice(i, end)
    const ref = /^%\{([A-Za-z_][A-Za-z0-9_]*)\}$|^%([A-Za-z_][A-Za-z0-9_]*)$/.exec(construct)
    if (ref) tokens.push({ kind: 'macro', name: ref[1] ?? ref[2], text: construct, offset: i })
    else tokens.push({ kind: 'other', text: construct, offset: i })
    i = end
    literalStart = i
  }
  flush(i)
  return tokens
}

export interface UpdateContext {
  macros: MacroTable
  definitions: readonly MacroDefinitionSite[]
  /** Macro names never rewritten (Packit protects names ending in `name`). */
  protectedNames: RegExp
  edits: LineEdit[]
  notes: string[]
  /**
   * Macros that must keep their value (they also build Name, Epoch or a subpackage's own
   * Version): they stay fixed text, never slots.
   */
  frozen?: ReadonlySet<string>
  /** Every value replaced by its literal, so callers can see which macros it bypassed. */
  literals?: ValueSite[]
}

/** What the new value must look like: fixed text, slots (their current value, else anything), repeats of a slot. */
type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; group: string; current: string }
  | { kind: 'same'; group: string }

/** Most steps `matchPieces` takes before giving up (the value is then written literally). */
const MATCH_STEPS = 100_000
/** Most pieces it matches (its recursion is that deep); a real value has a handful. */
const MAX_PIECES = 1000

/**
 * Matches `target` against the pieces as the regex `^text(?<g>current|.+)\\k<g>$` would
 * (a slot prefers its current value, then the longest text), with the failures of each state
 * remembered, so the work stays polynomial where the regex took exponential time. Returns
 * the slots' values, or 'no' when the target does not fit, 'too-hard' past the step budget.
 */
export function matchPieces(
  pieces: readonly Piece[],
  target: string,
): Map<string, string> | 'no' | 'too-hard' {
  if (pieces.length > MAX_PIECES) return 'too-hard'
  // The groups repeated by `same` pieces from index i on: their values are part of a state.
  const repeated: string[][] = pieces.map(() => [])
  repeated.push([])
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]
    const after = repeated[i + 1]
    repeated[i] = piece.kind === 'same' && !after.includes(piece.group) ? [...after, piece.group] : after
  }
  const values = new Map<string, string>()
  const failed = new Set<string>()
  let steps = 0
  const go = (i: number, pos: number): boolean | 'too-hard' => {
    if (i === pieces.length) return pos === target.length
    if (++steps > MATCH_STEPS) return 'too-hard'
    const key = `${i}:${pos}:${repeated[i].map((g) => values.get(g)).join('\0')}`
    if (failed.has(key)) return false
    const piece = pieces[i]
    let result: boolean | 'too-hard' = false
    if (piece.kind !== 'slot') {
      const text = piece.kind === 'text' ? piece.text : values.get(piece.group)!
      if (target.startsWith(text, pos)) result = go(i + 1, pos + text.length)
    } else {
      // First the current value, then any text, longest first.
      for (let k = 0; result === false; k++) {
        let n: number
        if (k === 0) {
          if (!target.startsWith(piece.current, pos)) continue
          n = piece.current.length
        } else {
          n = target.length - pos - (k - 1)
          if (n < 1) break
        }
        values.set(piece.group, target.slice(pos, pos + n))
        result = go(i + 1, pos + n)
        if (result === false) values.delete(piece.group)
      }
    }
    if (result === false) failed.add(key)
    return result
  }
  const result = go(0, 0)
  if (result === 'too-hard') return 'too-hard'
  return result ? values : 'no'
}

/** The definition rpm would use for `name` at `line`: the last readable, enabled one above it. */
function visibleDefinition(ctx: UpdateContext, name: string, line: number): MacroDefinitionSite | undefined {
  const candidates = ctx.definitions.filter(
    (d) => d.name === name && !d.commentedOut && d.activity !== 'inactive' && d.line < line,
  )
  return candidates[candidates.length - 1]
}

interface Slot {
  group: string
  current: string
  /** Writes the value; false when it cannot (nothing written then). */
  apply: (value: string) => void | boolean
}

/** What may be written into echo's argument: no quotes, spaces or characters the shell reads. */
const SAFE_INPUT = /^[A-Za-z0-9._~^+-]+$/

/**
 * The input that makes a shell computation give `target`, found as a packager would: the
 * target where the old output sat in the old input (`v1.2.3` -> `1.2.3`), or the old
 * character mapping undone (`2.10.2` -> `2_10_2`), or the target itself; each candidate
 * checked by running the computation forward. Undefined when none gives the target.
 */
function shellInput(computation: ShellComputation, output: string, target: string): string | undefined {
  const input = computation.input
  const candidates: string[] = []
  const at = input.indexOf(output)
  // What the computation drops must be constant text (`v`), not version digits: for
  // `cut -d. -f1-2` of 1.2.3, putting 1.3 there would invent 1.3.3.
  const dropped = input.slice(0, Math.max(at, 0)) + input.slice(at + output.length)
  if (output !== '' && at >= 0 && input.indexOf(output, at + 1) < 0 && !/[0-9]/.test(dropped))
    candidates.push(input.slice(0, at) + target + input.slice(at + output.length))
  if (input.length === output.length) {
    const back = new Map<string, string>()
    let consistent = true
    for (let i = 0; i < input.length && consistent; i++) {
      const known = back.get(output[i])
      if (known !== undefined && known !== input[i]) consistent = false
      back.set(output[i], input[i])
    }
    if (consistent) candidates.push([...target].map((c) => back.get(c) ?? c).join(''))
  }
  candidates.push(target)
  return candidates.find((c) => SAFE_INPUT.test(c) && computation.run(c) === target)
}

export function updateValue(
  ctx: UpdateContext,
  site: ValueSite,
  target: string,
  busy = new Set<string>(),
): void {
  const tokens = tokenizeValue(site.text)
  const replaceAll = () =>
    ctx.edits.push({
      kind: 'splice',
      line: site.line,
      start: site.column,
      end: site.column + site.text.length,
      text: target,
    })
  if (!tokens.some((t) => t.kind !== 'literal')) {
    if (site.text !== target) replaceAll()
    return
  }
  const current = expandMacros(site.text, ctx.macros)
  if (current.unresolved.length === 0 && current.value === target) return

  const slots: Slot[] = []
  const groupsByMacro = new Map<string, string>()
  const pieces: Piece[] = []
  let feasible = true
  const addLiteral = (text: string, offset: number) => {
    // Separators stay; the runs between them are slots of their own.
    for (const part of text.split(/([.\-_~^+])/)) {
      const partOffset = offset
      offset += part.length
      if (part === '') continue
      if (/^[.\-_~^+]$/.test(part)) {
        pieces.push({ kind: 'text', text: part })
        continue
      }
      const group = `s${slots.length}`
      slots.push({
        group,
        current: part,
        apply: (value) => {
          ctx.edits.push({
            kind: 'splice',
            line: site.line,
            start: site.column + partOffset,
            end: site.column + partOffset + part.length,
            text: value,
          })
        },
      })
      pieces.push({ kind: 'slot', group, current: part })
    }
  }
  const addTokens = (list: Token[], base: number): void => {
    for (const token of list) {
      if (!feasible) return
      if (token.kind === 'literal') {
        addLiteral(token.text, base + token.offset)
        continue
      }
      // `%{?x:text}` / `%{!?x:text}`: when its text is what rpm uses, that text is editable in place.
      const conditional = /^%\{(!\?|\?!|\?)([A-Za-z_][A-Za-z0-9_]*):(.*)\}$/s.exec(token.text)
      if (conditional) {
        const used = ctx.macros.has(conditional[2]) !== conditional[1].includes('!')
        if (!used) continue
        const innerOffset = base + token.offset + 2 + conditional[1].length + conditional[2].length + 1
        addTokens(tokenizeValue(conditional[3]), innerOffset)
        continue
      }
      if (token.text.startsWith('%(') && token.text.endsWith(')')) {
        const slot = shellSlot(ctx, site, token.text, base + token.offset, busy, `s${slots.length}`)
        if (slot) {
          slots.push(slot)
          pieces.push({ kind: 'slot', group: slot.group, current: slot.current })
          continue
        }
      }
      const expansion = expandMacros(token.text, ctx.macros)
      if (
        token.kind === 'macro' &&
        !busy.has(token.name) &&
        !ctx.protectedNames.test(token.name) &&
        !ctx.frozen?.has(token.name)
      ) {
        const def = visibleDefinition(ctx, token.name, site.line)
        if (def && def.activity === 'active' && def.endLine - def.line === 1 && def.params === undefined) {
          const known = groupsByMacro.get(token.name)
          if (known) {
            pieces.push({ kind: 'same', group: known })
            continue
          }
          if (expansion.unresolved.length > 0) {
            feasible = false
            return
          }
          const group = `s${slots.length}`
          groupsByMacro.set(token.name, group)
          slots.push({
            group,
            current: expansion.value,
            apply: (value) =>
              updateValue(
                ctx,
                {
                  line: def.line,
                  column: def.bodyColumn,
                  text: def.body,
                  label: `%${def.kind} ${def.name} (line ${def.line + 1})`,
                },
                value,
                new Set([...busy, token.name]),
              ),
          })
          pieces.push({ kind: 'slot', group, current: expansion.value })
          continue
        }
      }
      if (expansion.unresolved.length > 0) {
        feasible = false
        return
      }
      pieces.push({ kind: 'text', text: expansion.value })
    }
  }
  addTokens(tokens, 0)

  const match = feasible ? matchPieces(pieces, target) : 'no'
  if (typeof match === 'string') {
    replaceAll()
    ctx.literals?.push(site)
    ctx.notes.push(
      `${site.label} was "${clip(site.text.trim())}"; "${clip(target)}" cannot be written through its macros${match === 'too-hard' ? ' (too many ways to split it)' : ''}, so it now holds the literal value`,
    )
    return
  }
  const marks = [ctx.edits.length, ctx.notes.length, ctx.literals?.length ?? 0]
  for (const slot of slots) {
    const value = match.get(slot.group)
    if (value === undefined || value === slot.current || slot.apply(value) !== false) continue
    // A computation that cannot give its part: undo this value's edits, write the literal.
    ctx.edits.length = marks[0]
    ctx.notes.length = marks[1]
    if (ctx.literals) ctx.literals.length = marks[2]
    replaceAll()
    ctx.literals?.push(site)
    ctx.notes.push(
      `${site.label} was "${clip(site.text.trim())}"; no input of its shell computation gives "${clip(value)}", so it now holds the literal value`,
    )
    return
  }
}

/**
 * A `%(echo INPUT | ...)` in a value, as a slot: its current output, changed by writing a new
 * INPUT (itself a value, possibly a macro) that the computation turns into the wanted part.
 * Undefined when the computation is outside shell-subset.ts or its input is not one word.
 */
function shellSlot(
  ctx: UpdateContext,
  site: ValueSite,
  construct: string,
  offset: number,
  busy: Set<string>,
  group: string,
): Slot | undefined {
  const body = construct.slice(2, -1)
  const expanded = expandMacros(body, ctx.macros)
  if (expanded.unresolved.length > 0) return undefined
  const computation = parseShellComputation(expanded.value)
  const shape = parseShellComputation(maskMacros(body))
  if (!computation || !shape?.argument) return undefined
  const raw = body.slice(shape.argument.start, shape.argument.end)
  if (expandMacros(raw, ctx.macros).value !== computation.input) return undefined
  const current = computation.run(computation.input)
  return {
    group,
    current,
    apply: (value) => {
      const input = shellInput(computation, current, value)
      if (input === undefined) return false
      updateValue(
        ctx,
        {
          line: site.line,
          column: site.column + offset + 2 + shape.argument!.start,
          text: raw,
          label: `the input of ${clip(construct, 40)} in ${site.label}`,
        },
        input,
        busy,
      )
    },
  }
}
