/**
 * The Release side of a version bump: how Release is built (through the spec's own macros,
 * down to its release number, its dist tag and whatever else it holds), resetting that number
 * to 1 while keeping the rest, and what `%autorelease` gives after a version change.
 */
import type { LineEdit } from './edit.js'
import { clip } from './errors.js'
import { expandMacros, type MacroTable, type Unresolved } from './macros.js'
import type { MacroDefinitionSite, ParsedSpec, Tag } from './model.js'
import { tokenizeValue } from './value-update.js'

/** One piece of a Release value, in the order rpm builds it. */
export type ReleaseAtom =
  | {
      kind: 'literal'
      /** What rpm makes of it (`%%` is `%`). */
      text: string
      /** As written, at `line`/`start` of the spec. */
      raw: string
      line: number
      start: number
      /** The macros this piece sits in, outermost first (empty: the Release tag itself). */
      chain: string[]
    }
  | { kind: 'fixed'; text: string; construct: string; unresolved: Unresolved[]; chain: string[] }
  | { kind: 'dist'; text: string; construct: string; chain: string[] }
  | { kind: 'autorelease'; construct: string; args: string; chain: string[] }

/** A refusal: one line saying what and how to fix it; `line` is 1-based. */
export interface ReleaseProblem {
  problem: string
  line: number
}

const DIST_CONSTRUCT = /^%\{?[?!]*dist(?=$|[}:])/
const AUTORELEASE_BRACED = /^%\{\??autorelease(?:\s+(.*))?\}$/s

/** The definition rpm uses for `name` read at `line`: the last enabled one above it. */
function visibleDefinition(parsed: ParsedSpec, name: string, line: number): MacroDefinitionSite | undefined {
  const candidates = parsed.macroDefinitions.filter(
    (d) => d.name === name && !d.commentedOut && d.activity !== 'inactive' && d.line < line,
  )
  return candidates[candidates.length - 1]
}

/** A definition whose body this walker can follow and edit: one line, no parameters, read for sure. */
function followable(def: MacroDefinitionSite | undefined): def is MacroDefinitionSite {
  return (
    def !== undefined && def.activity === 'active' && def.endLine - def.line === 1 && def.params === undefined
  )
}

/**
 * Splits the main package's Release into atoms, following the macros the spec defines
 * (`%global`/`%define` on one line) into their bodies.
 */
export function releaseAtoms(parsed: ParsedSpec, tag: Tag): ReleaseAtom[] {
  const atoms: ReleaseAtom[] = []
  const table = parsed.macros
  const fixed = (construct: string, chain: string[]) => {
    const e = expandMacros(construct, table)
    atoms.push({ kind: 'fixed', text: e.value, construct, unresolved: e.unresolved, chain })
  }
  const walk = (text: string, line: number, column: number, at: number, chain: string[]): void => {
    const tokens = tokenizeValue(text)
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]
      if (token.kind === 'literal') {
        atoms.push({
          kind: 'literal',
          text: token.text.replace(/%%/g, '%'),
          raw: token.text,
          line,
          start: column + token.offset,
          chain,
        })
        continue
      }
      if (token.kind === 'macro' && token.name === 'autorelease') {
        // A bare parametric call takes the rest of the line as its options; `%{autorelease}` none.
        const bare = !token.text.startsWith('%{')
        const args = bare ? text.slice(token.offset + token.text.length) : ''
        atoms.push({ kind: 'autorelease', construct: bare ? token.text + args : token.text, args, chain })
        if (bare) return
        continue
      }
      const braced = AUTORELEASE_BRACED.exec(token.text)
      if (braced) {
        atoms.push({ kind: 'autorelease', construct: token.text, args: braced[1] ?? '', chain })
        continue
      }
      if (DIST_CONSTRUCT.test(token.text)) {
        atoms.push({
          kind: 'dist',
          text: expandMacros(token.text, table).value,
          construct: token.text,
          chain,
        })
        continue
      }
      const follow = (name: string) => {
        const def = visibleDefinition(parsed, name, at)
        if (!followable(def) || chain.includes(name)) return false
        const body = def.body.replace(/\s+$/, '')
        walk(body, def.line, def.bodyColumn, def.kind === 'global' ? def.line : at, [...chain, name])
        return true
      }
      if (token.kind === 'macro') {
        if (!follow(token.name)) fixed(token.text, chain)
        continue
      }
      // `%{?name}` is the macro when defined, nothing otherwise.
      const optional = /^%\{?\?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(token.text)
      if (optional && token.text.startsWith('%{') === token.text.endsWith('}')) {
        if (!table.has(optional[1]))
          atoms.push({ kind: 'fixed', text: '', construct: token.text, unresolved: [], chain })
        else if (!follow(optional[1])) fixed(token.text, chain)
        continue
      }
      // `%{?x:text}` / `%{!?x:text}`: when rpm uses the text, it is part of the value, in place.
      const conditional = /^%\{(!\?|\?!|\?)([A-Za-z_][A-Za-z0-9_]*):(.*)\}$/s.exec(token.text)
      if (conditional) {
        const used = table.has(conditional[2]) !== conditional[1].includes('!')
        if (used) {
          const inner = token.offset + 2 + conditional[1].length + conditional[2].length + 1
          walk(conditional[3], line, column + inner, at, chain)
        } else atoms.push({ kind: 'fixed', text: '', construct: token.text, unresolved: [], chain })
        continue
      }
      fixed(token.text, chain)
    }
  }
  walk(tag.raw.replace(/\s+$/, ''), tag.line, tag.valueColumn, tag.line, [])
  return atoms
}

/** The value the atoms give; `dist` and `%autorelease` pieces as the callbacks say. */
export function atomsValue(
  atoms: readonly ReleaseAtom[],
  dist: (atom: ReleaseAtom & { kind: 'dist' }) => string = (a) => a.text,
  autorelease: (atom: ReleaseAtom & { kind: 'autorelease' }) => string = (a) => a.construct,
): string {
  return atoms
    .map((a) => (a.kind === 'dist' ? dist(a) : a.kind === 'autorelease' ? autorelease(a) : a.text))
    .join('')
}

/** Every macro defined in the spec that `text` uses, directly or through other macros. */
function macrosUsedBy(parsed: ParsedSpec, text: string, seen = new Set<string>()): Set<string> {
  // Any `%name`, also bare inside an expression: `%[%baserelease+2]`.
  for (const m of text.matchAll(/%\{?[?!]*([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const name = m[1]
    if (seen.has(name)) continue
    const defs = parsed.macroDefinitions.filter((d) => d.name === name && !d.commentedOut)
    if (defs.length === 0) continue
    seen.add(name)
    for (const d of defs) {
      const body = parsed.lines
        .slice(d.line, d.endLine)
        .map((l) => l.text)
        .join('\n')
        .slice(d.bodyColumn)
      macrosUsedBy(parsed, body, seen)
    }
  }
  return seen
}

/** Tags that must keep their value when the main package's release is reset. */
function keepers(parsed: ParsedSpec): { tag: Tag; what: string }[] {
  const found: { tag: Tag; what: string }[] = []
  const active = parsed.tags.filter((t) => t.activity !== 'inactive')
  for (const t of active) {
    if (t.packageArgs === null && ['name', 'version', 'epoch'].includes(t.base))
      found.push({ tag: t, what: `${t.name} (line ${t.line + 1})` })
    if (t.packageArgs !== null && t.base === 'release') {
      // A subpackage with the main package's version (its own Version tag saying `%{version}`,
      // or none) moves to the new version with it, so its release restarts too, even when
      // built differently (fritzing's parts: `%{baserelease}.%{parts_date}`). One with a version
      // of its own keeps its release.
      const mainVersion = active.find((v) => v.base === 'version' && v.packageArgs === null)
      const ownVersion = active.some(
        (v) =>
          v.base === 'version' &&
          v.packageArgs === t.packageArgs &&
          (v.expanded.unresolved.length > 0 || v.expanded.value !== mainVersion?.expanded.value),
      )
      if (ownVersion)
        found.push({ tag: t, what: `the Release of %package ${t.packageArgs.trim()} (line ${t.line + 1})` })
    }
  }
  return found
}

/**
 * The literal holding the release number, reset: all of it when nothing built follows it
 * before the dist tag; else its number, keeping text glued to what follows (`5.git` before
 * %{shortcommit} becomes `1.git`). The problem text continues "Release (line N)".
 */
function resetNumber(
  first: ReleaseAtom & { kind: 'literal' },
  laterText: boolean,
): string | { problem: string } {
  if (!laterText || /^\d+$/.test(first.text)) return '1'
  // `0.1.%{snapinfo}`, `0.%{snapver}.%{baserelease}`: a pre-release whose number may be any of its parts.
  if (/^0\./.test(first.text))
    return {
      problem:
        ` starts with "${clip(first.text)}", a pre-release (0.N...) built with macros; ` +
        'which part is the release number is not clear: set Release for the new version by hand',
    }
  const cut = Math.max(...[...'.-_~^+'].map((c) => first.text.lastIndexOf(c)))
  if (cut <= 0 || !/^\d/.test(first.text))
    return {
      problem:
        `: "${clip(first.raw)}"${first.chain.length > 0 ? ` in %${first.chain[first.chain.length - 1]}` : ''} ` +
        'does not start with a release number srcgit can reset; set it to 1 by hand',
    }
  return '1' + first.text.slice(cut)
}

/** Why changing `atom` would change what must stay (see keepers), or undefined. */
function sharedMacroProblem(parsed: ParsedSpec, tag: Tag, atom: ReleaseAtom): string | undefined {
  for (const name of atom.chain)
    for (const keeper of keepers(parsed))
      if (macrosUsedBy(parsed, keeper.tag.raw).has(name)) {
        const def = visibleDefinition(parsed, name, tag.line)
        const at = def ? ` (line ${def.line + 1})` : ''
        return (
          `resetting Release (line ${tag.line + 1}) would change %${name}${at}, which ${keeper.what} also uses; ` +
          `give the main package a release macro of its own, or reset the release by hand`
        )
      }
  return undefined
}

export interface ReleaseResetPlan {
  edits: LineEdit[]
  /** Said to the reviewer when the reset is more than a number. */
  note?: string
  /** What Release must expand to afterwards. */
  expected: string
}

/**
 * Plans setting the release number of the main package's Release to 1, keeping the dist tag
 * and everything built around the number; a minor bump right after the dist tag
 * (`%{?dist}.1`) belongs to the old release and goes. A release made only of literal text
 * (`0.35.pre4%{?dist}`) becomes `1`: its pre-release parts were the old version's.
 */
function snapshotToRelease(tag: Tag, atoms: readonly ReleaseAtom[], distAt: number): ReleaseResetPlan {
  const dist = distAt >= 0 ? (atoms[distAt] as ReleaseAtom & { kind: 'dist' }) : undefined
  const text = `1${dist?.construct ?? ''}`
  const raw = tag.raw.replace(/\s+$/, '')
  return {
    edits: [
      { kind: 'splice', line: tag.line, start: tag.valueColumn, end: tag.valueColumn + raw.length, text },
    ],
    expected: `1${dist?.text ?? ''}`,
    note:
      `Release (line ${tag.line + 1}) was the pre-release snapshot "${clip(raw)}"; ` +
      `it is now "${text}" for the new version (the snapshot's macros are no longer used by Release)`,
  }
}

export function planReleaseReset(parsed: ParsedSpec, tag: Tag): ReleaseResetPlan | ReleaseProblem {
  const where = `Release (line ${tag.line + 1})`
  const refuse = (problem: string): ReleaseProblem => ({ problem, line: tag.line + 1 })
  const atoms = releaseAtoms(parsed, tag)
  if (atomsValue(atoms) !== tag.expanded.value)
    return refuse(
      `${where} "${clip(tag.raw.trim())}" is built in a way srcgit cannot follow (its macros are redefined or conditional); ` +
        'set its release number to 1 by hand',
    )
  const distAt = atoms.findIndex((a) => a.kind === 'dist')
  const pre = atoms.slice(0, distAt < 0 ? atoms.length : distAt)
  const firstAt = pre.findIndex((a) => a.kind !== 'fixed' || a.text !== '')
  if (firstAt < 0)
    return refuse(
      `${where} "${clip(tag.raw.trim())}" has no release number before its dist tag; write one, e.g. 1%{?dist}`,
    )
  const first = pre[firstAt]
  if (first.kind !== 'literal') {
    const construct =
      first.kind === 'fixed' ? first.construct : first.kind === 'autorelease' ? first.construct : ''
    const reason =
      first.kind === 'fixed' && first.unresolved.length > 0
        ? first.unresolved[0].reason
        : 'it is not a single-line %global or %define of this spec'
    return refuse(
      `${where}: its release number comes from ${clip(construct)} (${reason}), which srcgit cannot reset; ` +
        `define it with %global in the spec or set the release number to 1 by hand`,
    )
  }
  const changes = new Map<ReleaseAtom, string>()
  const laterText = pre.slice(firstAt + 1).some((a) => a.kind !== 'fixed' || a.text !== '')
  const number = resetNumber(first, laterText)
  if (typeof number !== 'string') {
    // A snapshot's `0.N.<date>git<commit>` becomes the release's `1%{?dist}`, as Packit
    // (specfile's set_version_and_release) writes it: a new upstream version is no snapshot.
    if (/^0\./.test(first.text) && tag.raw.trim() !== '') return snapshotToRelease(tag, atoms, distAt)
    return refuse(`${where}${number.problem}`)
  }
  changes.set(first, number)
  if (distAt >= 0) {
    const next = atoms.slice(distAt + 1).find((a) => a.kind !== 'fixed' || a.text !== '')
    if (next?.kind === 'literal') {
      const minor = /^(\.\d+)+(?![0-9A-Za-z])/.exec(next.text)
      if (minor) changes.set(next, next.text.slice(minor[0].length))
    }
  }

  const edits: LineEdit[] = []
  for (const [atom, text] of changes) {
    if (atom.kind !== 'literal' || atom.text === text) continue
    if (atom.raw.includes('%%'))
      return refuse(`${where}: "${clip(atom.raw)}" holds %%; set the release number to 1 by hand`)
    const shared = sharedMacroProblem(parsed, tag, atom)
    if (shared) return refuse(shared)
    edits.push({
      kind: 'splice',
      line: atom.line,
      start: atom.start,
      end: atom.start + atom.raw.length,
      text,
    })
  }
  const expected = atoms
    .map((a) => changes.get(a) ?? (a.kind === 'autorelease' ? a.construct : a.text))
    .join('')
  return { edits, expected }
}

// ---- %autorelease ------------------------------------------------------------------------

/**
 * What rpmautospec's `%autorelease` gives for the first build of a new version, from
 * fedora-infra/rpmautospec: rpm_macros.d/macros.rpmautospec and the header it writes
 * (subcommands/process_distgit.py) define `%autorelease(e:s:pb:n)` as
 * `%{?-p:0.}<number + base - 1>%{?-e:.%{-e*}}%{?-s:.%{-s*}}%{!?-n:%{?dist}}`, and
 * pkg_history.py's release_number_visitor counts the number from 1 again in the commit that
 * changes the epoch-version (no parent has the same one), so it is 1: the release is the
 * `-b` base (default 1), `0.` before it with `-p`, `.extraver` (`-e`) and `.snapinfo` (`-s`)
 * after it. This is without the dist tag, as in changelog EVRs; `-n` only drops the dist tag.
 */
export function autoreleaseAfterVersionChange(
  args: string,
  macros: MacroTable,
): { release: string } | { problem: string } {
  const expanded = expandMacros(args.trim(), macros)
  if (expanded.unresolved.length > 0)
    return {
      problem: `its options "${clip(args.trim())}" use ${expanded.unresolved.map((u) => `${u.construct} (${u.reason})`).join(', ')}`,
    }
  // rpm parses a parametric macro's options with getopt, here "e:s:pb:n".
  const words = expanded.value.split(/\s+/).filter(Boolean)
  const options = new Map<string, string>()
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (!word.startsWith('-') || word === '-') break
    for (let k = 1; k < word.length; k++) {
      const flag = word[k]
      if (flag === 'p' || flag === 'n') {
        options.set(flag, '')
        continue
      }
      if (flag !== 'e' && flag !== 's' && flag !== 'b')
        return { problem: `-${flag} is not an option of %autorelease (e:s:pb:n)` }
      const value = k + 1 < word.length ? word.slice(k + 1) : words[++i]
      if (value === undefined) return { problem: `-${flag} needs a value` }
      options.set(flag, value)
      break
    }
  }
  const base = options.get('b') ?? '1'
  if (!/^\d+$/.test(base)) return { problem: `-b ${base} is not a number` }
  const release =
    (options.has('p') ? '0.' : '') +
    String(Number(base)) +
    (options.has('e') ? `.${options.get('e')}` : '') +
    (options.has('s') ? `.${options.get('s')}` : '')
  return { release }
}

/**
 * A spec rpmautospec already processed carries `%define autorelease(e:s:pb:n)` with the
 * release number written in (`release_number = 7;`, older versions `%{?-p:0.}7...`), between
 * `## START: Set by rpmautospec` and `## END: Set by rpmautospec`; rpmautospec skips such a
 * spec (rpmautospec_core's check_specfile_features: is_processed), so that number is what
 * rpm uses. Plans setting it to 1, or says why not; no edit when the spec has no such header.
 */
export function planProcessedHeaderReset(parsed: ParsedSpec): LineEdit[] | ReleaseProblem {
  const def = parsed.macroDefinitions.find(
    (d) => d.name === 'autorelease' && d.params !== undefined && !d.commentedOut && d.activity !== 'inactive',
  )
  if (!def) return []
  for (let i = def.line; i < def.endLine; i++) {
    const text = parsed.lines[i].text
    const lua = /^(\s*release_number\s*=\s*)(\d+)(?=\s*;)/.exec(text)
    const old = i === def.line ? /^(%\{\?-p:0\.\})(\d+)/.exec(text.slice(def.bodyColumn)) : null
    const m = lua ?? old
    if (!m) continue
    const start = (lua ? 0 : def.bodyColumn) + m[1].length
    return m[2] === '1' ? [] : [{ kind: 'splice', line: i, start, end: start + m[2].length, text: '1' }]
  }
  return {
    problem:
      `the %define autorelease written by rpmautospec (line ${def.line + 1}) holds no release number srcgit knows ` +
      '(release_number = N;); delete the "## START: Set by rpmautospec" ... "## END" block, so rpmautospec computes the release at build time',
    line: def.line + 1,
  }
}
