/**
 * The few shell one-liners Fedora specs use in `%(...)` to cut a commit or a version, computed
 * without a shell (Fedora's /bin/sh is bash). Only these exact forms, on a word without spaces or
 * shell metacharacters, are read; anything else stays unexpanded, as before. Used where srcgit
 * only needs a value to read (the archive name), never to decide what to edit.
 *
 * - `c=WORD; echo ${c:OFFSET:LENGTH}` (bash substring; OFFSET and LENGTH non-negative)
 * - `echo WORD | cut -c-N` / `cut -cA-B` / `cut -cA`
 * - `echo WORD | cut -dX -fLIST` (LIST of N, N-M, N-, -M joined by commas)
 * - `echo WORD | tr 'A' 'B'` (sets of single characters, equal length) and `tr -d 'A'`
 */

/** A word the shell passes through unchanged: no quoting, expansion or globbing in it. */
const WORD = String.raw`"([^"$\`\\!*?[\]\s]*)"|'([^'\s]*)'|([^"'$\`\\!*?[\]\s;|&<>(){}]+)`

function word(m: RegExpExecArray, at: number): string {
  return m[at] ?? m[at + 1] ?? m[at + 2] ?? ''
}

/** A tr or cut argument: one quoted or bare run of plain characters. */
function plain(arg: string): string | undefined {
  const m = /^(?:'([^']*)'|"([^"$`\\]*)"|([^\s'"$`\\*?[\]]+))$/.exec(arg)
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined
}

function fields(list: string, count: number): number[] | undefined {
  const picked = new Set<number>()
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part)
    if (!m || (m[1] === '' && m[3] === '')) return undefined
    const from = m[1] === '' ? 1 : Number(m[1])
    const to = m[2] === '' ? from : m[3] === '' ? count : Number(m[3])
    if (from < 1) return undefined
    for (let i = from; i <= Math.min(to, count); i++) picked.add(i)
  }
  return [...picked].sort((a, b) => a - b)
}

function cut(value: string, args: string): string | undefined {
  const chars = /^-c\s*(\d*)-(\d*)$|^-c\s*(\d+)$/.exec(args)
  if (chars) {
    const list = chars[3] ?? `${chars[1] || ''}-${chars[2] || ''}`
    const picked = fields(list, value.length)
    return picked?.map((i) => value[i - 1]).join('')
  }
  const byField = /^-d\s*(\S+)\s+-f\s*(\S+)$|^-f\s*(\S+)\s+-d\s*(\S+)$/.exec(args)
  if (!byField) return undefined
  const delimiter = plain(byField[1] ?? byField[4])
  const list = byField[2] ?? byField[3]
  if (delimiter === undefined || [...delimiter].length !== 1) return undefined
  const parts = value.split(delimiter)
  // cut prints a line without the delimiter whole (unless -s).
  if (parts.length === 1) return value
  return fields(list, parts.length)
    ?.map((i) => parts[i - 1])
    .join(delimiter)
}

/** Ranges (a-z), classes and escapes are not read; a lone `-` is a character. */
function special(set: string): boolean {
  return /[\\[]|.-./.test(set)
}

function tr(value: string, args: string): string | undefined {
  const del = /^-d\s+(\S+)$/.exec(args)
  if (del) {
    const set = plain(del[1])
    if (set === undefined || special(set) || set.startsWith('-')) return undefined
    return [...value].filter((c) => !set.includes(c)).join('')
  }
  const sets = /^(\S+)\s+(\S+)$/.exec(args)
  if (!sets) return undefined
  const from = plain(sets[1])
  const to = plain(sets[2])
  if (from === undefined || to === undefined || special(from) || special(to) || from.startsWith('-'))
    return undefined
  if (from.length !== to.length) return undefined
  return [...value].map((c) => (from.includes(c) ? to[from.lastIndexOf(c)] : c)).join('')
}

/** The output of `command` (macros already expanded) without its final newline, or undefined when it is not one of the idioms. */
export function shellIdiom(command: string): string | undefined {
  const text = command.trim()
  const substring = new RegExp(
    String.raw`^(\w+)=(?:${WORD})\s*;\s*echo\s+"?\$\{(\w+):(\d+)(?::(\d+))?\}"?$`,
  ).exec(text)
  if (substring) {
    if (substring[1] !== substring[5]) return undefined
    const value = word(substring, 2)
    const offset = Number(substring[6])
    return substring[7] === undefined
      ? value.slice(offset)
      : value.slice(offset, offset + Number(substring[7]))
  }
  const piped = new RegExp(String.raw`^echo\s+(?:${WORD})\s*\|\s*(cut|tr)\s+(.+)$`).exec(text)
  if (!piped) return undefined
  const value = word(piped, 1)
  const args = piped[5].trim()
  return piped[4] === 'cut' ? cut(value, args) : tr(value, args)
}
