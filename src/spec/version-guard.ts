/**
 * What a version bump must not change, and the checks that it did not: the package's Name
 * and Epoch, the subpackages' names and own Versions, and Sources that named the old
 * version (they must name the new one). Pure: works on parsed specs.
 */
import { clip } from './errors.js'
import { expandMacros } from './macros.js'
import { MacroUses, referencedNames, type MacroUser } from './macro-uses.js'
import type { ParsedSpec, Tag } from './model.js'
import type { ValueSite } from './value-update.js'

/** A value a bump must keep, as rpm reads it. */
interface Kept {
  line: number
  label: string
  value: string
}

export interface BumpSnapshot {
  /** Name, Epoch, %package names and the subpackages' own Versions. */
  kept: Kept[]
  /** Active sources rpm reads, with their file names. */
  sources: { number: number; line: number; label: string; name: string }[]
}

const fileName = (location: string) => {
  const hash = location.lastIndexOf('#/')
  if (hash >= 0) return location.slice(hash + 2).replace(/^.*\//, '')
  return location.replace(/[?#].*$/, '').replace(/^.*\//, '')
}

/**
 * A subpackage Version that is not written from the main one: `%{version}` follows it on
 * purpose, and so does one that gives the main version today (yash's doc package,
 * `Version: %{docver}` with `%global docver %{mainver}`), which moves with it.
 */
function ownSubpackageVersion(tag: Tag, mainVersion: string | undefined): boolean {
  return (
    tag.base === 'version' &&
    tag.packageArgs !== null &&
    tag.activity !== 'inactive' &&
    !referencedNames(tag.raw).some((n) => n === 'version' || n === 'VERSION') &&
    !(tag.expanded.unresolved.length === 0 && tag.expanded.value === mainVersion)
  )
}

/** The tags whose value a bump keeps: main Name and Epoch, the subpackages' own Versions. */
function keptTags(parsed: ParsedSpec): Tag[] {
  const main = parsed.tags.find(
    (t) => t.base === 'version' && t.packageArgs === null && t.activity === 'active',
  )
  const mainVersion = main && main.expanded.unresolved.length === 0 ? main.expanded.value : undefined
  return parsed.tags.filter(
    (t) =>
      (t.packageArgs === null && (t.base === 'name' || t.base === 'epoch') && t.activity !== 'inactive') ||
      ownSubpackageVersion(t, mainVersion),
  )
}

function packageHeaders(parsed: ParsedSpec) {
  return parsed.sections.filter((s) => s.name === 'package' && s.args !== '')
}

export function snapshot(parsed: ParsedSpec): BumpSnapshot {
  const kept: Kept[] = keptTags(parsed).map((t) => ({
    line: t.line,
    label:
      t.packageArgs === null
        ? `${t.name} (line ${t.line + 1})`
        : `${t.name} of %package ${t.packageArgs} (line ${t.line + 1})`,
    value: t.expanded.value,
  }))
  for (const s of packageHeaders(parsed))
    kept.push({
      line: s.headerLine,
      label: `%package ${s.args} (line ${s.headerLine + 1})`,
      value: expandMacros(s.args, parsed.macros).value,
    })
  const sources: BumpSnapshot['sources'] = []
  const add = (
    number: number,
    line: number,
    label: string,
    expanded: { value: string; unresolved: unknown[] },
  ) => {
    if (expanded.unresolved.length === 0)
      sources.push({ number, line, label, name: fileName(expanded.value) })
  }
  for (const t of parsed.tags)
    if (t.base === 'source' && t.packageArgs === null && t.activity === 'active')
      add(t.number!, t.line, `${t.name} (line ${t.line + 1})`, t.expanded)
  for (const e of parsed.listEntries)
    if (e.section === 'sourcelist' && e.activity === 'active')
      add(e.number, e.line, `%sourcelist entry (line ${e.line + 1})`, e.expanded)
  return { kept, sources }
}

/**
 * The macros a bump must leave alone: those that build Name, Epoch, a subpackage's name or
 * its own Version. Changing one would rename a package or move a subpackage's version.
 */
export function frozenMacros(parsed: ParsedSpec, uses: MacroUses): Set<string> {
  const texts = [...keptTags(parsed).map((t) => t.raw), ...packageHeaders(parsed).map((s) => s.args)]
  const defined = new Set(parsed.macroDefinitions.map((d) => d.name))
  return new Set([...uses.closure(texts.flatMap(referencedNames))].filter((n) => defined.has(n)))
}

/** What a kept value's line is, for the refusal: the package's name, or a subpackage's version. */
function keptKind(parsed: ParsedSpec, line: number): 'name' | 'epoch' | 'subpackage' | undefined {
  const tag = parsed.tags.find((t) => t.line === line)
  if (tag?.base === 'name') return 'name'
  if (tag?.base === 'epoch') return 'epoch'
  if (tag?.base === 'version') return 'subpackage'
  if (packageHeaders(parsed).some((s) => s.headerLine === line)) return 'name'
  return undefined
}

/**
 * Why writing literal values (`sites`) where macros were is wrong: a macro they bypass
 * (one the spec defines whose value built the old version) is used elsewhere, so those
 * uses would keep the old version. Undefined when the literals are safe.
 */
export function bypassProblem(
  parsed: ParsedSpec,
  sites: readonly ValueSite[],
  skipLines: ReadonlySet<number>,
  protectedNames: RegExp,
  target: string,
): string | undefined {
  if (sites.length === 0) return undefined
  const uses = new MacroUses(parsed)
  const defined = new Set(parsed.macroDefinitions.filter((d) => !d.commentedOut).map((d) => d.name))
  const bypassed = new Set(
    [...uses.closure(sites.flatMap((s) => referencedNames(s.text)))].filter(
      (n) => defined.has(n) && !protectedNames.test(n),
    ),
  )
  const skip = new Set([...skipLines, ...sites.map((s) => s.line)])
  const users = uses.usersOf(bypassed, skip)
  if (users.length === 0) return undefined
  const [macro, user] = pickUser(parsed, users)
  const site = sites[0]
  const why = `"${clip(target)}" cannot be written through the macros of ${site.label} ("${clip(site.text.trim())}")`
  switch (keptKind(parsed, user.line)) {
    case 'name':
      return (
        `%${macro} also names the package (${user.label}: ${user.text}); a bump to ${clip(target)} would rename it, ` +
        `and ${why}: a new ${macro} is a new package (make it by hand), or give a version that keeps %${macro}`
      )
    case 'epoch':
      return `%${macro} also sets the Epoch (${user.label}: ${user.text}) and ${why}: edit the spec by hand`
    case 'subpackage':
      return (
        `%${macro} is shared with a subpackage's own Version (${user.label}: ${user.text}) and ${why}: ` +
        `give the main Version its own macros, or edit the spec by hand`
      )
    default:
      return (
        `${why}, and the literal would bypass %${macro}, which ${user.label} still uses (${user.text}): ` +
        `change %${macro} (and the macros around it) by hand, or write ${user.label.replace(/ \(line \d+\)$/, '')} with %{version}`
      )
  }
}

/** The most telling user to name: the package's name first, then a subpackage, then the rest in file order. */
function pickUser(parsed: ParsedSpec, entries: [string, MacroUser][]): [string, MacroUser] {
  const rank = (line: number) => {
    const kind = keptKind(parsed, line)
    return kind === 'name' ? 0 : kind === 'epoch' ? 1 : kind === 'subpackage' ? 2 : 3
  }
  return entries.reduce((best, e) => (rank(e[1].line) < rank(best[1].line) ? e : best))
}

/** A kept value the bump changed, said as a refusal; undefined when all stayed. */
export function keptProblem(before: BumpSnapshot, after: BumpSnapshot, target: string): string | undefined {
  for (const k of before.kept) {
    const now = after.kept.find((a) => a.line === k.line)
    if (now && now.value !== k.value)
      return (
        `a bump to ${clip(target)} would change ${k.label} from "${clip(k.value)}" to "${clip(now.value)}" ` +
        `through a macro it shares with Version: give Version macros of its own, or edit the spec by hand`
      )
  }
  return undefined
}

/** Forms a version takes in archive names: as is, with `_` for `.`, with `-` or nothing for `~`. */
const FORMS: ((v: string) => string)[] = [
  (v) => v,
  (v) => v.replace(/\./g, '_'),
  (v) => v.replace(/~/g, '-'),
  (v) => v.replace(/~/g, ''),
]

/**
 * Whether a file name holds the version as a word of its own (`foo-1.2.tar.gz`, `v1.2.zip`),
 * not inside a longer one: a commit hash (`poly1305-3fee0db0b6...`) does not name version 0.
 */
function namesVersion(name: string, version: string): boolean {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(
    `(?:^|(?<=[^0-9A-Za-z.])|(?<=(?:^|[^0-9A-Za-z])[vV]))${escaped}(?![0-9A-Za-z]|\\.[0-9])`,
  ).test(name)
}

/**
 * A source that named the old version and names it still (its text does not follow
 * Version): rpm would fetch the old archive. Undefined when none.
 */
/**
 * The spec's own macro a source names the version through (PyGreSQL's `%global uversion
 * 6.0.1`), for the refusal to name: it is what the packager changes.
 */
function versionHolder(parsed: ParsedSpec, line: number, form: string): string | undefined {
  const tag = parsed.tags.find((t) => t.line === line)
  for (const name of referencedNames(tag?.raw ?? '')) {
    const def = parsed.macros.get(name)
    if (def?.line === undefined || (def.kind !== 'global' && def.kind !== 'define')) continue
    if (namesVersion(expandMacros(`%{${name}}`, parsed.macros).value, form))
      return `%${name} (line ${def.line + 1}) holds ${form}: define it from %{version} (%global ${name} %{version})`
  }
  return undefined
}

export function staleSourceProblem(
  before: BumpSnapshot,
  after: BumpSnapshot,
  oldVersion: string,
  newVersion: string,
  /** The spec before the bump, to name the macro that holds the old version. */
  parsed?: ParsedSpec,
): string | undefined {
  if (oldVersion === newVersion) return undefined
  for (const s of before.sources) {
    const now = after.sources.find((a) => a.number === s.number)
    if (!now || now.name !== s.name) continue
    const form = FORMS.map((f) => [f(oldVersion), f(newVersion)]).find(
      ([o, n]) => o !== n && namesVersion(s.name, o) && !namesVersion(s.name, n),
    )?.[0]
    if (form === undefined) continue
    const holder = parsed && versionHolder(parsed, s.line, form)
    return (
      `${s.label} names "${clip(s.name)}" (version ${form}) and would still name it after the bump to ${clip(newVersion)}: ` +
      (holder ?? 'write the version in it as %{version} (or through the macros Version is built from)')
    )
  }
  return undefined
}
