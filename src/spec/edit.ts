import type { PhysicalLine } from './lines.js'

/** One change to the physical lines of a spec. Line indexes refer to the lines before any edit. */
export type LineEdit =
  | { kind: 'splice'; line: number; start: number; end: number; text: string }
  | { kind: 'insert'; before: number; texts: string[] }
  | { kind: 'delete'; from: number; to: number }

/**
 * Applies edits to a copy of the lines. Splices within one line apply right to left;
 * inserted lines take the file's line ending, and an insertion at the very end keeps a
 * missing final newline missing.
 */
export function applyLineEdits(
  lines: readonly PhysicalLine[],
  edits: readonly LineEdit[],
  eol: string,
): PhysicalLine[] {
  const texts = lines.map((l) => l.text)
  const splices = edits
    .filter((e) => e.kind === 'splice')
    .sort((a, b) => b.line - a.line || b.start - a.start)
  for (const s of splices)
    texts[s.line] = texts[s.line].slice(0, s.start) + s.text + texts[s.line].slice(s.end)

  const deleted = new Set<number>()
  for (const e of edits) if (e.kind === 'delete') for (let i = e.from; i < e.to; i++) deleted.add(i)
  const inserts = new Map<number, string[]>()
  for (const e of edits) {
    if (e.kind !== 'insert') continue
    inserts.set(e.before, [...(inserts.get(e.before) ?? []), ...e.texts])
  }

  const out: PhysicalLine[] = []
  for (let i = 0; i <= lines.length; i++) {
    for (const text of inserts.get(i) ?? []) out.push({ text, eol })
    if (i < lines.length && !deleted.has(i)) out.push({ text: texts[i], eol: lines[i].eol })
  }
  // Keep the final-newline state of the original file.
  if (out.length > 0) {
    const hadFinalNewline = lines.length === 0 || lines[lines.length - 1].eol !== ''
    for (let i = 0; i < out.length - 1; i++) if (out[i].eol === '') out[i] = { ...out[i], eol }
    const last = out[out.length - 1]
    out[out.length - 1] = { ...last, eol: hadFinalNewline ? last.eol || eol : '' }
  }
  return out
}
