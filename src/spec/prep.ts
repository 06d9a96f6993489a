/**
 * What %prep does with patches: %autosetup/%autopatch apply every declared patch (or a
 * range); explicit `%patch` lines apply only the patches they name. Used to warn when a new
 * patch would be declared but never applied.
 */
import type { ParsedSpec } from './model.js'

export interface PatchApplication {
  line: number
  text: string
  kind: 'autosetup' | 'autopatch' | 'patch'
  /** For %autosetup: false when `-N` is given. */
  appliesAll?: boolean
  /** For %autopatch: range limits (-m/-M) or explicit numbers. */
  min?: number
  max?: number
  numbers?: number[]
}

export interface PrepAnalysis {
  /** Line of the %prep header, -1 when the spec has none. */
  prepLine: number
  applications: PatchApplication[]
}

function parsePatchNumbers(args: string): number[] {
  const numbers: number[] = []
  const tokens = args.trim().split(/\s+/).filter(Boolean)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t === '-P' && tokens[i + 1] !== undefined && /^\d+$/.test(tokens[i + 1]))
      numbers.push(Number(tokens[++i]))
    else if (/^-P\d+$/.test(t)) numbers.push(Number(t.slice(2)))
    else if (/^\d+$/.test(t)) numbers.push(Number(t))
    else if (/^-[bzF]$/.test(t) || t === '-o' || t === '-d') i++
  }
  return numbers
}

export function analyzePrep(spec: ParsedSpec): PrepAnalysis {
  const prep = spec.sections.find((s) => s.name === 'prep')
  if (!prep) return { prepLine: -1, applications: [] }
  const applications: PatchApplication[] = []
  for (let i = prep.start; i < prep.end; i++) {
    const text = spec.lines[i].text
    const trimmed = text.trim()
    let m: RegExpExecArray | null
    if ((m = /^%(?:\{)?(autosetup|forgeautosetup)\b\}?(.*)$/.exec(trimmed))) {
      applications.push({ line: i, text: trimmed, kind: 'autosetup', appliesAll: !/(^|\s)-\w*N/.test(m[2]) })
    } else if ((m = /^%(?:\{)?autopatch\b\}?(.*)$/.exec(trimmed))) {
      const args = m[1]
      const min = /-m\s*(\d+)/.exec(args)
      const max = /-M\s*(\d+)/.exec(args)
      const numbers = args
        .replace(/-[mMp]\s*\d+/g, '')
        .replace(/-[a-zA-Z]+/g, '')
        .trim()
        .split(/\s+/)
        .filter((t) => /^\d+$/.test(t))
        .map(Number)
      applications.push({
        line: i,
        text: trimmed,
        kind: 'autopatch',
        min: min ? Number(min[1]) : undefined,
        max: max ? Number(max[1]) : undefined,
        numbers: numbers.length > 0 ? numbers : undefined,
      })
    } else if ((m = /^%\{?patch(\d*)\}?(\s.*)?$/.exec(trimmed))) {
      const numbers = m[1] !== '' ? [Number(m[1])] : parsePatchNumbers(m[2] ?? '')
      // A bare `%patch` applied patch 0 in old rpm.
      applications.push({
        line: i,
        text: trimmed,
        kind: 'patch',
        numbers: numbers.length > 0 ? numbers : [0],
      })
    }
  }
  return { prepLine: prep.headerLine, applications }
}

/** True when %prep applies patch `number` (automatically or by an explicit line). */
export function isPatchApplied(analysis: PrepAnalysis, number: number): boolean {
  return analysis.applications.some((a) => {
    if (a.kind === 'autosetup') return a.appliesAll === true
    if (a.kind === 'patch') return a.numbers?.includes(number) ?? false
    if (a.numbers) return a.numbers.includes(number)
    return (a.min === undefined || number >= a.min) && (a.max === undefined || number <= a.max)
  })
}

/** A warning for each patch number that %prep would not apply, naming the line to look at. */
export function unappliedPatchWarnings(analysis: PrepAnalysis, numbers: readonly number[]): string[] {
  const warnings: string[] = []
  for (const n of numbers) {
    if (isPatchApplied(analysis, n)) continue
    if (analysis.prepLine < 0) {
      warnings.push(`Patch${n} is declared but the spec has no %prep section to apply it`)
      continue
    }
    const explicit = analysis.applications.filter((a) => a.kind === 'patch')
    const last = analysis.applications[analysis.applications.length - 1]
    if (explicit.length > 0) {
      const ref = explicit[explicit.length - 1]
      warnings.push(
        `Patch${n} will not be applied: %prep applies patches one by one with %patch lines ` +
          `(last one at line ${ref.line + 1}: "${ref.text}"); add "%patch -P${n} -p1" there, or switch %prep to %autosetup -p1`,
      )
    } else if (last) {
      warnings.push(
        `Patch${n} will not be applied by "${last.text}" (line ${last.line + 1}); widen its range or add "%patch -P${n} -p1"`,
      )
    } else {
      warnings.push(
        `Patch${n} will not be applied: %prep (line ${analysis.prepLine + 1}) has no %autosetup, %autopatch or %patch line; use %autosetup -p1`,
      )
    }
  }
  return warnings
}
