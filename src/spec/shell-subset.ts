/**
 * A small, pure subset of the shell rpm runs for `%(...)`, evaluated in TypeScript (no shell
 * is ever started): `echo WORDS | stage | stage`, where a stage is `sed` with `s/re/text/[g]`
 * commands on simple regular expressions, `tr -d SET`, `tr -s SET`, `tr SET1 SET2`, or `cut
 * -d C -f LIST` / `cut -c LIST`; and bash's substring of a variable set just before,
 * `c=WORD; echo ${c:OFFSET[:LENGTH]}` (Fedora's /bin/sh is bash), which 859 Fedora specs use to
 * cut a short commit. Enough for the version computations specs write
 * (`%(echo %{version} | sed 's/\./_/g')`, `%(echo '%{cpan_version}' | tr -d 'v')`); anything
 * else is undefined, so the caller reports it as not evaluated instead of guessing.
 */

/** A word of the command line: its text after quote removal, and where its raw text sits. */
interface Word {
  text: string
  /** Offset of the word's content in the command text (inside its quotes, if fully quoted). */
  start: number
  end: number
  /** The whole word was one quoted or unquoted run (so its content can be rewritten in place). */
  simple: boolean
}

/** Characters an unquoted word may hold without the shell giving them a meaning. */
const PLAIN = /[A-Za-z0-9._~^+:/=@,%-]/

/** Splits a command into words, or undefined when it uses anything beyond plain and quoted words. */
function words(text: string): Word[] | undefined {
  const out: Word[] = []
  let i = 0
  while (i < text.length) {
    if (text[i] === ' ' || text[i] === '\t') {
      i++
      continue
    }
    let value = ''
    const begin = i
    let runs = 0
    let contentStart = i
    let contentEnd = i
    while (i < text.length && text[i] !== ' ' && text[i] !== '\t') {
      const c = text[i]
      runs++
      if (c === "'") {
        const close = text.indexOf("'", i + 1)
        if (close < 0) return undefined
        value += text.slice(i + 1, close)
        contentStart = i + 1
        contentEnd = close
        i = close + 1
      } else if (c === '"') {
        const close = text.indexOf('"', i + 1)
        if (close < 0) return undefined
        const inner = text.slice(i + 1, close)
        // `$`, backquotes and backslashes mean something inside double quotes.
        if (/[$`\\]/.test(inner)) return undefined
        value += inner
        contentStart = i + 1
        contentEnd = close
        i = close + 1
      } else {
        let j = i
        while (j < text.length && PLAIN.test(text[j])) j++
        // Nothing unplain, and no `~` starting a word (the shell's tilde expansion).
        if (j === i || (c === '~' && i === begin)) return undefined
        value += text.slice(i, j)
        contentStart = i
        contentEnd = j
        i = j
      }
    }
    out.push({
      text: value,
      start: runs === 1 ? contentStart : begin,
      end: runs === 1 ? contentEnd : i,
      simple: runs === 1,
    })
  }
  return out
}

/** Splits at `|` outside quotes; undefined for `||`. */
function pipeline(text: string): { text: string; offset: number }[] | undefined {
  const parts: { text: string; offset: number }[] = []
  let quote = ''
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === "'" || c === '"') quote = c
    else if (c === '|') {
      if (text[i + 1] === '|') return undefined
      parts.push({ text: text.slice(start, i), offset: start })
      start = i + 1
    }
  }
  if (quote) return undefined
  parts.push({ text: text.slice(start), offset: start })
  return parts
}

type Stage = (input: string) => string

/** A basic regular expression (sed's default) as a JavaScript one, for the simple ones only. */
function basicRegex(re: string): string | undefined {
  let out = ''
  for (let i = 0; i < re.length; i++) {
    const c = re[i]
    if (c === '\\') {
      const n = re[++i]
      // `\.` `\/` `\-`: the character itself; `\(`, `\+`, `\1`, `\n`, `\w`... are not handled.
      if (n === undefined || /[A-Za-z0-9(){}+?|<>`']/.test(n)) return undefined
      out += '\\' + n
    } else if (c === '[') {
      const close = re.indexOf(']', i + 2)
      if (close < 0) return undefined
      const cls = re.slice(i + 1, close)
      if (/[[\\]/.test(cls)) return undefined
      out += `[${cls.replace(/^\^/, '^')}]`
      i = close
    } else if (c === '^' && i === 0) out += '^'
    else if (c === '$' && i === re.length - 1) out += '$'
    else if (c === '.' || c === '*') out += c
    else if (/[A-Za-z0-9_~,:;=@%#!"' -]/.test(c)) out += c === '-' ? '\\-' : c
    else if (/[+?(){}|^$/]/.test(c)) out += '\\' + c
    else return undefined
  }
  return out
}

/** One `s/re/text/flags` command of sed, or undefined when it is more than that. */
function sedSubstitution(script: string): Stage | undefined {
  if (script[0] !== 's' || script.length < 4) return undefined
  const delim = script[1]
  if (/[A-Za-z0-9\\\s]/.test(delim)) return undefined
  const parts: string[] = []
  let current = ''
  for (let i = 2; i < script.length; i++) {
    const c = script[i]
    if (c === '\\' && script[i + 1] === delim) {
      current += delim === '.' ? '\\.' : delim
      i++
    } else if (c === '\\') {
      current += c + (script[i + 1] ?? '')
      i++
    } else if (c === delim) {
      parts.push(current)
      current = ''
    } else current += c
  }
  // An empty regex is sed's "the last one used"; not handled.
  if (parts.length !== 2 || parts[0] === '') return undefined
  const flags = current
  if (flags !== '' && flags !== 'g') return undefined
  const regex = basicRegex(parts[0])
  if (regex === undefined) return undefined
  // The replacement: `&` is the match, `\X` the character X; other escapes are not handled.
  let replacement = ''
  for (let i = 0; i < parts[1].length; i++) {
    const c = parts[1][i]
    if (c === '\\') {
      const n = parts[1][++i]
      if (n === undefined || /[A-Za-z0-9]/.test(n)) return undefined
      replacement += n === '$' ? '$$' : n
    } else if (c === '&') replacement += '$&'
    else if (c === '$') replacement += '$$'
    else replacement += c
  }
  let compiled: RegExp
  try {
    compiled = new RegExp(regex, flags === 'g' ? 'g' : '')
    // Empty matches after a match differ between sed and JavaScript (`s/x*/Q/g`): not handled.
    if (flags === 'g' && new RegExp(`^(?:${regex})$`).test('')) return undefined
  } catch {
    return undefined
  }
  return (line) => line.replace(compiled, replacement)
}

/** Applies a per-line transformation to text made of newline-terminated lines. */
const perLine =
  (fn: (line: string) => string): Stage =>
  (input) => {
    const lines = input.split('\n')
    const last = lines.pop()!
    return lines.map((l) => fn(l) + '\n').join('') + (last === '' ? '' : fn(last))
  }

function sed(args: string[]): Stage | undefined {
  const scripts: string[] = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-e' && i + 1 < args.length) scripts.push(args[++i])
    else if (args[i].startsWith('-')) return undefined
    else if (scripts.length === 0 && i === args.length - 1) scripts.push(args[i])
    else return undefined
  }
  const commands = scripts.flatMap((s) =>
    s
      .split(';')
      .map((c) => c.trim())
      .filter(Boolean),
  )
  if (commands.length === 0) return undefined
  const stages = commands.map(sedSubstitution)
  if (stages.some((s) => s === undefined)) return undefined
  return perLine((line) => stages.reduce((l, s) => s!(l), line))
}

/** A tr set: characters, `a-z` ranges, `\n` and `\\`; undefined for classes and other escapes. */
function trSet(set: string): string[] | undefined {
  const chars: string[] = []
  for (let i = 0; i < set.length; i++) {
    let c = set[i]
    if (c === '\\') {
      const n = set[++i]
      if (n === 'n') c = '\n'
      else if (n === '\\') c = '\\'
      else return undefined
    } else if (c === '[') return undefined
    if (set[i + 1] === '-' && i + 2 < set.length) {
      const to = set[i + 2]
      if (to === '\\' || to.charCodeAt(0) < c.charCodeAt(0)) return undefined
      for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++) chars.push(String.fromCharCode(k))
      i += 2
    } else chars.push(c)
  }
  return chars
}

function tr(args: string[]): Stage | undefined {
  if ((args[0] === '-d' || args[0] === '-s') && args.length === 2) {
    const set = trSet(args[1])
    if (!set) return undefined
    if (args[0] === '-d') return (input) => [...input].filter((c) => !set.includes(c)).join('')
    return (input) => [...input].filter((c, i, all) => !(set.includes(c) && all[i - 1] === c)).join('')
  }
  if (args.length === 2 && !args[0].startsWith('-')) {
    const from = trSet(args[0])
    const to = trSet(args[1])
    if (!from || !to || to.length === 0) return undefined
    // POSIX tr pads SET2 with its last character.
    const map = new Map(from.map((c, i) => [c, to[Math.min(i, to.length - 1)]]))
    return (input) => [...input].map((c) => map.get(c) ?? c).join('')
  }
  return undefined
}

function cut(args: string[]): Stage | undefined {
  let delimiter: string | undefined
  let fields: string | undefined
  let chars: string | undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '-d') delimiter = args[++i]
    else if (a.startsWith('-d')) delimiter = a.slice(2)
    else if (a === '-f') fields = args[++i]
    else if (a.startsWith('-f')) fields = a.slice(2)
    else if (a === '-c') chars = args[++i]
    else if (a.startsWith('-c')) chars = a.slice(2)
    else return undefined
  }
  if (chars !== undefined) {
    const picked = delimiter !== undefined || fields !== undefined ? undefined : ranges(chars)
    return picked && perLine((line) => [...line].filter((_, i) => inRanges(picked, i + 1)).join(''))
  }
  if (delimiter === undefined || delimiter.length !== 1 || fields === undefined) return undefined
  const picked = ranges(fields)
  if (!picked) return undefined
  const d = delimiter
  return perLine((line) => {
    // A line without the delimiter is printed whole (no -s).
    if (!line.includes(d)) return line
    return line
      .split(d)
      .filter((_, i) => inRanges(picked, i + 1))
      .join(d)
  })
}

/** cut's LIST (`N`, `N-M`, `N-`, `-M`, joined by commas), or undefined when it is not one. */
function ranges(list: string): [number, number][] | undefined {
  const picked: [number, number][] = []
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part)
    if (!m || (m[1] === '' && m[3] === '')) return undefined
    const from = m[1] === '' ? 1 : Number(m[1])
    const to = m[2] === '' ? from : m[3] === '' ? Infinity : Number(m[3])
    if (from < 1 || to < from) return undefined
    picked.push([from, to])
  }
  return picked
}

const inRanges = (list: [number, number][], n: number) => list.some(([a, b]) => n >= a && n <= b)

function stage(command: string): Stage | undefined {
  const w = words(command.trim())
  if (!w || w.length === 0) return undefined
  const [name, ...args] = w.map((x) => x.text)
  if (name === 'sed') return sed(args)
  if (name === 'tr') return tr(args)
  if (name === 'cut') return cut(args)
  return undefined
}

export interface ShellComputation {
  /** The text echo prints (its words joined by spaces). */
  input: string
  /** Where echo's one argument sits in the command text, when it has exactly one simple word. */
  argument?: { start: number; end: number }
  /** Runs the rest of the pipeline on an input: what `%(...)` gives (trailing newlines dropped). */
  run: (input: string) => string
}

/** Reads `echo WORDS | stages` (command text as rpm runs it), or undefined when it is more. */
export function parseShellComputation(command: string): ShellComputation | undefined {
  // Outside single quotes: no lists, redirections, substitutions, escapes.
  if (/[\n;&<>`$()\\]/.test(command.replace(/'[^']*'/g, "''"))) return undefined
  const parts = pipeline(command)
  if (!parts) return undefined
  const [first, ...rest] = parts
  const echo = words(first.text)
  if (!echo || echo[0]?.text !== 'echo') return undefined
  const args = echo.slice(1)
  if (args.some((a) => a.text.startsWith('-'))) return undefined
  const stages = rest.map((p) => stage(p.text))
  if (stages.some((s) => s === undefined)) return undefined
  const run = (input: string) => stages.reduce((text, s) => s!(text), input + '\n').replace(/[\r\n]+$/, '')
  const argument =
    args.length === 1 && args[0].simple
      ? { start: first.offset + args[0].start, end: first.offset + args[0].end }
      : undefined
  return { input: args.map((a) => a.text).join(' '), argument, run }
}

/** `c=WORD; echo ${c:OFFSET[:LENGTH]}`: a plain word (quoted or not), offsets non-negative. */
const SUBSTRING =
  /^\s*(\w+)=(?:"([^"$`\\!*?[\]\s]*)"|'([^'\s]*)'|([^"'$`\\!*?[\]\s;|&<>(){}]+))\s*;\s*echo\s+("?)\$\{(\w+):(\d+)(?::(\d+))?\}\5\s*$/

function substring(command: string): string | undefined {
  const m = SUBSTRING.exec(command)
  if (!m || m[1] !== m[6]) return undefined
  const value = m[2] ?? m[3] ?? m[4]
  const offset = Number(m[7])
  return m[8] === undefined ? value.slice(offset) : value.slice(offset, offset + Number(m[8]))
}

/** What rpm's `%(command)` gives, for the subset above; undefined otherwise. */
export function evaluateShell(command: string): string | undefined {
  const computation = parseShellComputation(command)
  return computation ? computation.run(computation.input) : substring(command)
}

/**
 * The text with each macro reference (`%{...}`, `%name`) replaced by as many `x`s: a raw
 * `%(...)` body reads as words with its offsets kept, before rpm expands it.
 */
export function maskMacros(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '%') {
      out += text[i]
      continue
    }
    if (text[i + 1] === '{') {
      let depth = 0
      let j = i + 1
      for (; j < text.length; j++) {
        if (text[j] === '{') depth++
        else if (text[j] === '}' && --depth === 0) break
      }
      if (j >= text.length) return out + text.slice(i)
      out += 'x'.repeat(j - i + 1)
      i = j
      continue
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))
    if (m) {
      out += 'x'.repeat(m[0].length + 1)
      i += m[0].length
    } else out += '%'
  }
  return out
}
