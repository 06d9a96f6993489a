import { SpecError } from './errors.js'

/** A physical line of a spec file: its text and the exact line ending that followed it. */
export interface PhysicalLine {
  text: string
  /**
   * '\n', '\r\n' or '' (last line without a final newline). A lone '\r' is text, as for rpm,
   * which reads lines up to '\n': were it a line break, removing the line between "a\r" and
   * an empty line would join them into one CRLF line.
   */
  eol: string
}

/** Splits text into lines keeping every line ending, so joining them gives the input back byte for byte. */
export function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = []
  const re = /\r?\n/g
  let start = 0
  let match: RegExpExecArray | null
  while ((match = re.exec(text)) !== null) {
    lines.push({ text: text.slice(start, match.index), eol: match[0] })
    start = match.index + match[0].length
  }
  if (start < text.length) lines.push({ text: text.slice(start), eol: '' })
  return lines
}

export function joinLines(lines: readonly PhysicalLine[]): string {
  let out = ''
  for (const line of lines) out += line.text + line.eol
  return out
}

/** The line ending new lines should use: the one the file uses most. */
export function dominantEol(lines: readonly PhysicalLine[]): string {
  let crlf = 0
  let lf = 0
  for (const line of lines) {
    if (line.eol === '\r\n') crlf++
    else if (line.eol === '\n') lf++
  }
  return crlf > lf ? '\r\n' : '\n'
}

/**
 * Spec bytes as text for editing. Invalid UTF-8 is refused (with its line): decoding it
 * would turn the bytes into U+FFFD and an edit would then rewrite lines it must not touch.
 */
export function decodeSpecText(bytes: Uint8Array, fileName?: string): string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  try {
    return strict.decode(bytes)
  } catch {
    // The first line that does not decode alone (a line break never sits inside a UTF-8 sequence).
    let line = 1
    for (let start = 0; start <= bytes.length; line++) {
      let end = bytes.indexOf(0x0a, start)
      if (end < 0) end = bytes.length
      try {
        strict.decode(bytes.subarray(start, end))
      } catch {
        break
      }
      start = end + 1
    }
    throw new SpecError(
      `line ${line} is not valid UTF-8; srcgit edits specs as UTF-8 text: convert the file (e.g. iconv -f latin1 -t utf-8)`,
      line,
      fileName,
    )
  }
}
