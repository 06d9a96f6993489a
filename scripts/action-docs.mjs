// Writes the inputs and outputs tables of README.md from action.yml (between the
// <!-- action-inputs --> / <!-- action-outputs --> markers), and the commented `with:` block
// showing every input with its description and default (<!-- action-usage -->, as
// actions/checkout's README has it). With --check, exits 1 when
// README.md is not what action.yml gives (CI runs this through the test suite).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'))
const readmePath = path.join(root, 'README.md')
const readme = readFileSync(readmePath, 'utf8')

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')
const code = (text) => (text === '' || text === undefined ? '' : `\`${text}\``)

const inputs = [
  '| input | default | description |',
  '| --- | --- | --- |',
  ...Object.entries(action.inputs).map(
    ([name, i]) => `| \`${name}\` | ${code(i.default)} | ${cell(i.description)} |`,
  ),
].join('\n')
const outputs = [
  '| output | description |',
  '| --- | --- |',
  ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
].join('\n')

/** `text` as `# ` comment lines of at most `width` columns, indented by `indent`. */
function comment(text, indent, width = 92) {
  const lines = []
  let line = ''
  for (const word of String(text).replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && indent.length + 2 + line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.map((l) => `${indent}# ${l}`)
}

const usage = [
  '```yaml',
  `- uses: srcgit/propose-downstream@v1`,
  '  with:',
  ...Object.entries(action.inputs).flatMap(([name, i], n) => [
    ...(n > 0 ? [''] : []),
    ...comment(i.description, '    '),
    ...(i.default !== undefined && i.default !== '' ? [`    # Default: ${i.default}`] : []),
    `    ${name}: ''`,
  ]),
  '```',
].join('\n')

function replaceBetween(text, marker, body) {
  const start = `<!-- ${marker} -->`
  const end = `<!-- /${marker} -->`
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} ... ${end} block`)
  return `${text.slice(0, a + start.length)}\n\n${body}\n\n${text.slice(b)}`
}

const wanted = [
  ['action-usage', usage],
  ['action-inputs', inputs],
  ['action-outputs', outputs],
].reduce((text, [marker, body]) => replaceBetween(text, marker, body), readme)
if (process.argv.includes('--check')) {
  if (wanted !== readme) {
    console.error(
      'README.md inputs/outputs tables or with: block are not what action.yml says; run `npm run docs`.',
    )
    process.exit(1)
  }
  console.log('README.md inputs/outputs tables and with: block match action.yml')
} else {
  writeFileSync(readmePath, wanted)
}
