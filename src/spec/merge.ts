/**
 * The release flow's spec merge (Packit's set_specfile_content with sync_changelog: false):
 * everything comes from the source-git spec except %changelog, which stays as dist-git has
 * it, so entries added in dist-git (mass rebuilds, hand fixes) are never lost.
 */
import { joinLines, splitLines, type PhysicalLine } from './lines.js'
import { parseSpec } from './parse.js'

function changelogRange(text: string): { lines: PhysicalLine[]; header: number; start: number; end: number } {
  const parsed = parseSpec(text)
  const section = parsed.sections.find((s) => s.name === 'changelog')
  return section
    ? { lines: parsed.lines, header: section.headerLine, start: section.start, end: section.end }
    : { lines: parsed.lines, header: -1, start: -1, end: -1 }
}

export function withChangelogOf(sourceSpec: string, distGitSpec: string): string {
  const source = changelogRange(sourceSpec)
  const dist = changelogRange(distGitSpec)
  const kept = dist.header >= 0 ? dist.lines.slice(dist.start, dist.end) : []
  if (source.header < 0) {
    const lines = splitLines(sourceSpec)
    const eol = lines.find((l) => l.eol)?.eol ?? '\n'
    const head = joinLines(lines)
    const sep = head === '' || head.endsWith('\n') ? '' : eol
    return head + sep + `%changelog${eol}` + joinLines(kept)
  }
  const before = source.lines.slice(0, source.start)
  const after = source.lines.slice(source.end)
  // The header line needs a line ending when content follows it.
  if (kept.length > 0 && before.length > 0 && before[before.length - 1].eol === '') {
    before[before.length - 1] = { ...before[before.length - 1], eol: '\n' }
  }
  return joinLines([...before, ...kept, ...after])
}
