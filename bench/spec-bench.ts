/**
 * Figures for the spec editor over the corpus: parse time, full release-bump time and
 * memory. Prints numbers; asserts nothing (speed goals are read, not tested).
 *   npm run bench   (needs ../shared/fixtures/specs, or SRCGIT_SHARED_DIR)
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { SpecFile } from '../src/spec/index.js'

const shared = process.env.SRCGIT_SHARED_DIR ?? path.resolve(process.cwd(), '../shared')
const dir = path.join(shared, 'fixtures/specs')
const specs = readdirSync(dir)
  .filter((f) => f.endsWith('.spec'))
  .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }))
const ROUNDS = 20

function time(fn: () => void): number {
  const start = performance.now()
  for (let i = 0; i < ROUNDS; i++) fn()
  return (performance.now() - start) / ROUNDS
}

const rows: { name: string; lines: number; parseMs: number; bumpMs: number }[] = []
for (const { name, text } of specs) {
  const parseMs = time(() => SpecFile.parse(text))
  const bumpMs = time(() => {
    const spec = SpecFile.parse(text)
    spec.setVersion('99.1')
    spec.resetRelease()
    spec.addPatch('0001-a.patch', { comment: ['a'] })
    spec.addPatch('0002-b.patch', { comment: ['b'] })
    spec.addChangelogEntry({
      text: '- Update to version 99.1',
      author: 'A <a@x>',
      date: new Date(0),
      evr: '99.1-1',
    })
  })
  rows.push({ name, lines: text.split('\n').length, parseMs, bumpMs })
}
rows.sort((a, b) => b.bumpMs - a.bumpMs)
const total = (k: 'parseMs' | 'bumpMs') => rows.reduce((s, r) => s + r[k], 0)
console.log(`specs: ${rows.length}, lines: ${rows.reduce((s, r) => s + r.lines, 0)}, rounds each: ${ROUNDS}`)
console.log(
  `parse: ${total('parseMs').toFixed(1)} ms for the whole corpus (mean ${(total('parseMs') / rows.length).toFixed(2)} ms per spec)`,
)
console.log(
  `release bump (version, release, 2 patches, changelog): ${total('bumpMs').toFixed(1)} ms for the corpus (mean ${(total('bumpMs') / rows.length).toFixed(2)} ms)`,
)
console.log('slowest bumps:')
for (const r of rows.slice(0, 5))
  console.log(
    `  ${r.name.padEnd(40)} ${String(r.lines).padStart(5)} lines  parse ${r.parseMs.toFixed(2)} ms  bump ${r.bumpMs.toFixed(2)} ms`,
  )
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`)
