/**
 * Which dist-git patches %prep applies, in the order rpm applies them, with their -p level and
 * the comment above their PatchN tag: the commits `srcgit init` makes. %autosetup applies every
 * patch in numeric order; `%autosetup -N` plus `%autopatch` lines apply ranges (-m/-M) or
 * listed numbers; hand-written `%patch` lines are followed when they apply every patch once,
 * in numeric order. Conditionals count as rpm reads them with the branch's macros.
 */
import { isPatchComment, SpecFile, type PatchApplication } from '../spec/index.js'
import { InitError } from './errors.js'

export interface PlannedPatch {
  /** File name in dist-git. */
  name: string
  /** The N of PatchN. */
  number: number
  /** The -p level it is applied with. */
  strip: number
  /** The comment lines right above the PatchN tag, as written. */
  comment: string[]
  /** The %prep line (as written) that applies it. */
  appliedBy: string
}

export interface PatchPlan {
  patches: PlannedPatch[]
  /** Declared patch files that %prep does not apply (they stay in .distro/ as files). */
  unapplied: string[]
}

const PROBE_PACKAGE = 'srcgit-init-prep-probe'

/**
 * Whether each %prep line is read by rpm. The spec parser knows the activity of preamble tags,
 * so the %prep header becomes a %package header and each line to probe a tag naming its index:
 * the same %if evaluation (and the same line numbers) as for any tag.
 */
function prepLineActivity(
  specText: string,
  prepHeader: number,
  lines: readonly number[],
  predefined: Record<string, string>,
): Map<number, string> {
  const physical = specText.split('\n')
  physical[prepHeader] = `%package -n ${PROBE_PACKAGE}`
  for (const line of lines) physical[line] = `Provides: srcgit-probe-${line}`
  const probe = SpecFile.parse(physical.join('\n'), { predefined })
  const result = new Map<number, string>()
  for (const tag of probe.model.tags) {
    const m = /^srcgit-probe-(\d+)$/.exec(tag.raw.trim())
    if (m && tag.base === 'provides') result.set(Number(m[1]), tag.activity)
  }
  return result
}

function stripLevel(text: string): number {
  const level = /(?:^|\s)-p\s*(\d+)/.exec(text)?.[1]
  return level === undefined ? 1 : Number(level)
}

/** The patch numbers one %prep line applies, in the order it applies them. */
function numbersApplied(application: PatchApplication, declared: readonly number[]): number[] {
  if (application.kind === 'autosetup') return application.appliesAll ? [...declared] : []
  if (application.kind === 'patch') return application.numbers ?? []
  if (application.numbers) return [...application.numbers]
  return declared.filter(
    (n) =>
      (application.min === undefined || n >= application.min) &&
      (application.max === undefined || n <= application.max),
  )
}

export function planPatches(specText: string, predefined: Record<string, string> = {}): PatchPlan {
  const spec = SpecFile.parse(specText, { predefined })
  const hidden = spec.hiddenPatchSources()
  if (hidden.length > 0)
    throw new InitError(
      `the spec declares patches srcgit cannot read (${hidden.join('; ')}); convert it by hand`,
    )
  const tagOf = (number: number) => spec.model.tags.find((t) => t.base === 'patch' && t.number === number)
  for (const p of spec.patches) {
    const tag = p.origin === 'tag' ? tagOf(p.number) : undefined
    if (tag?.activity === 'uncertain')
      throw new InitError(
        `line ${p.line}: Patch${p.number} is declared under a condition srcgit cannot evaluate ` +
          `("${spec.model.lines[tag.conditions[tag.conditions.length - 1].branchLine].text.trim()}"); ` +
          'define the macros it tests with --define NAME=VALUE',
      )
  }
  const declaredEntries = spec.patches.filter((p) => p.active).sort((a, b) => a.number - b.number)
  const declared = declaredEntries.map((p) => p.number)
  const prep = spec.prep()
  if (prep.prepLine < 0) {
    if (declared.length === 0) return { patches: [], unapplied: [] }
    throw new InitError('the spec has no %prep section, so srcgit cannot tell how its patches are applied')
  }
  const activity = prepLineActivity(
    specText,
    prep.prepLine,
    prep.applications.map((a) => a.line),
    predefined,
  )
  const applications = prep.applications.filter((a) => {
    const state = activity.get(a.line) ?? 'active'
    if (state === 'uncertain')
      throw new InitError(
        `line ${a.line + 1}: "${a.text}" is under a condition srcgit cannot evaluate; define the macros it tests with --define NAME=VALUE`,
      )
    return state === 'active'
  })

  const order: { number: number; application: PatchApplication }[] = []
  for (const application of applications)
    for (const number of numbersApplied(application, declared)) order.push({ number, application })

  const explicit = applications.filter((a) => a.kind === 'patch')
  const seen = new Set<number>()
  let previous = -1
  for (const { number, application } of order) {
    const where = `line ${application.line + 1} ("${application.text}")`
    if (!declared.includes(number))
      throw new InitError(
        `${where} applies Patch${number}, which the spec does not declare (or declares under a false %if)`,
      )
    if (seen.has(number))
      throw new InitError(
        `${where} applies Patch${number} a second time; srcgit init converts each patch once`,
      )
    if (/(?:^|\s)-R\b/.test(application.text))
      throw new InitError(
        `${where} reverts a patch (-R); srcgit init cannot make a commit of that: revert it by hand`,
      )
    // Hand-written lines only: %autopatch ranges may run in any order, the spec keeps saying so.
    if (application.kind === 'patch' && number < previous)
      throw new InitError(
        `${where} applies Patch${number} after Patch${previous}: srcgit init supports hand-written %patch lines only ` +
          'when every patch is applied once, in numeric order; reorder the %patch lines or use %autosetup -p1',
      )
    seen.add(number)
    if (application.kind === 'patch') previous = number
  }
  if (explicit.length > 0) {
    const missing = declared.filter((n) => !seen.has(n))
    if (missing.length > 0)
      throw new InitError(
        `%prep applies patches with hand-written %patch lines (line ${explicit[0].line + 1}: "${explicit[0].text}") ` +
          `but never applies ${missing.map((n) => `Patch${n}`).join(', ')}; srcgit init supports %patch lines only when ` +
          'every patch is applied exactly once, in numeric order',
      )
  }

  const lines = specText.split('\n')
  const patches = order.map(({ number, application }): PlannedPatch => {
    const entry = declaredEntries.find((p) => p.number === number)!
    const comment: string[] = []
    if (entry.origin === 'tag')
      for (let i = entry.line - 2; i >= 0 && isPatchComment(lines[i]); i--) comment.unshift(lines[i].trim())
    return {
      name: SpecFile.fileName(entry.expanded.value),
      number,
      strip: stripLevel(application.text),
      comment,
      appliedBy: application.text,
    }
  })
  const unapplied = declaredEntries
    .filter((p) => !seen.has(p.number))
    .map((p) => SpecFile.fileName(p.expanded.value))
  return { patches, unapplied }
}
