/** A physical line of a spec file: its text and the exact line ending that followed it. */
export interface PhysicalLine {
  text: string
  /** '\n', '\r\n', '\r' or '' (last line without a final newline). */
  eol: string
}

/** Splits text into lines keeping every line ending, so joining them gives the input back byte for byte. */
export function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = []
  const re = /\r\n|\n|\r/g
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
