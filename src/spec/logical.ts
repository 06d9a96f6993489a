import type { PhysicalLine } from './lines.js'

/**
 * rpm reads a spec as logical lines: a physical line continues while a `%{`, `%(` or `%[`
 * is still open, or while it ends in a backslash. Mirroring that keeps multi-line
 * `%{lua: ...}` blocks and continued `%global` bodies from being mistaken for tags or
 * section headers.
 */
export interface LogicalLine {
  /** Index of the first physical line. */
  start: number
  /** Index one past the last physical line. */
  end: number
  /** The physical lines' texts joined with '\n'. */
  text: string
}

interface Depth {
  brace: number
  paren: number
  bracket: number
}

/** Scans one physical line the way rpm's copyNextLineFromOFI does, updating open-bracket depths. */
function scan(text: string, depth: Depth): { continued: boolean } {
  let continued = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    continued = false
    switch (c) {
      case '\\':
        if (i === text.length - 1) continued = true
        else i++
        break
      case '%': {
        const next = text[i + 1]
        if (next === '{') {
          depth.brace++
          i++
        } else if (next === '(') {
          depth.paren++
          i++
        } else if (next === '[') {
          depth.bracket++
          i++
        } else if (next === '%') i++
        break
      }
      case '{':
        if (depth.brace > 0) depth.brace++
        break
      case '}':
        if (depth.brace > 0) depth.brace--
        break
      case '(':
        if (depth.paren > 0) depth.paren++
        break
      case ')':
        if (depth.paren > 0) depth.paren--
        break
      case '[':
        if (depth.bracket > 0) depth.bracket++
        break
      case ']':
        if (depth.bracket > 0) depth.bracket--
        break
    }
  }
  return { continued }
}

const DEFINITION_START = /^\s*%(global|define)\s/

function isCommentLine(text: string): boolean {
  return /^\s*#/.test(text)
}

export function groupLogicalLines(lines: readonly PhysicalLine[]): LogicalLine[] {
  const result: LogicalLine[] = []
  let i = 0
  while (i < lines.length) {
    const start = i
    // A comment line never opens a continuation: an unbalanced `%{` in a comment must not swallow the spec.
    if (isCommentLine(lines[i].text)) {
      result.push({ start, end: i + 1, text: lines[i].text })
      i++
      continue
    }
    const depth: Depth = { brace: 0, paren: 0, bracket: 0 }
    const texts: string[] = []
    // rpm splits the expanded buffer back into lines, so a trailing backslash only glues lines
    // together where a macro consumes them: the body of %global/%define.
    const isDefinition = DEFINITION_START.test(lines[i].text)
    for (;;) {
      texts.push(lines[i].text)
      const { continued } = scan(lines[i].text, depth)
      i++
      const open = depth.brace > 0 || depth.paren > 0 || depth.bracket > 0
      if (!(open || (continued && isDefinition)) || i >= lines.length) break
    }
    result.push({ start, end: i, text: texts.join('\n') })
  }
  return result
}
