/**
 * Packit's regex options (`upstream_tag_include`, `version_update_mask`, ...) are Python `re`
 * patterns. Most of that syntax is valid JavaScript; this module translates the parts that are not,
 * so the same pattern can be validated here and later used by the release-sync code.
 */

export interface TranslatedRegex {
  source: string
  flags: string
}

/** Python inline flags that have a JavaScript equivalent. `a`, `L`, `u` change nothing we rely on. */
const INLINE_FLAG_MAP: Record<string, string> = { i: 'i', m: 'm', s: 's', a: '', L: '', u: '' }

/**
 * Translate Python regex syntax to JavaScript:
 * - named groups `(?P<name>...)` → `(?<name>...)` and back-references `(?P=name)` → `\k<name>`
 * - `\A` → `^` and `\Z` → `$` (outside character classes)
 * - global inline flags at the very start, e.g. `(?i)` → the `i` flag
 *
 * Throws an Error for Python-only constructs that cannot be expressed (verbose mode `(?x)`).
 */
export function translatePythonRegex(pattern: string): TranslatedRegex {
  let rest = pattern
  let flags = ''
  const inlineFlags = /^\(\?([aiLmsux]+)\)/.exec(rest)
  if (inlineFlags) {
    for (const flag of inlineFlags[1]) {
      const mapped = INLINE_FLAG_MAP[flag]
      if (mapped === undefined)
        throw new Error(`the Python inline flag "(?${flag})" has no JavaScript equivalent`)
      if (!flags.includes(mapped)) flags += mapped
    }
    rest = rest.slice(inlineFlags[0].length)
  }

  let source = ''
  let inClass = false
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i]
    if (char === '\\') {
      const next = rest[i + 1] ?? ''
      if (!inClass && next === 'A') source += '^'
      else if (!inClass && next === 'Z') source += '$'
      else source += char + next
      i++
      continue
    }
    if (inClass) {
      if (char === ']') inClass = false
      source += char
      continue
    }
    if (char === '[') {
      inClass = true
      source += char
      // A `]` right after `[` or `[^` is a literal in both dialects; copy it so it does not close the class.
      if (rest[i + 1] === '^') source += rest[++i]
      if (rest[i + 1] === ']') source += rest[++i]
      continue
    }
    if (rest.startsWith('(?P<', i)) {
      source += '(?<'
      i += 3
      continue
    }
    const backReference = /^\(\?P=(\w+)\)/.exec(rest.slice(i))
    if (backReference) {
      source += `\\k<${backReference[1]}>`
      i += backReference[0].length - 1
      continue
    }
    source += char
  }
  return { source, flags }
}

/**
 * Compile a Python regex as a JavaScript RegExp. Compiled without the `u` flag so that, like Python,
 * a stray `{` or `]` is a literal instead of a syntax error.
 */
export function compilePythonRegex(pattern: string): RegExp {
  const { source, flags } = translatePythonRegex(pattern)
  return new RegExp(source, flags)
}

/** The reason a Python regex is unusable, or undefined when it compiles. */
export function pythonRegexProblem(pattern: string): string | undefined {
  try {
    compilePythonRegex(pattern)
    return undefined
  } catch (error) {
    // "Invalid regular expression: /(a/: Unterminated group" → "Unterminated group"
    return (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')
  }
}
