// The test command. `npm test`: typecheck, lint, the self-contained suite with coverage,
// and the dist/ check. `npm run test:corpus`: the suite over ../shared/fixtures (needs rpm).
// Ends with one line "<suite>: N passed, M failed" and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const suite = process.argv[2] === 'corpus' ? 'corpus' : 'unit'
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-tests-'))
const results = path.join(tmp, 'jest.json')
const failures = []

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`)
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (run.status !== 0) failures.push(name)
}

const npx = (bin, args) => [path.join(root, 'node_modules/.bin', bin), args]
if (suite === 'unit') {
  step('typecheck', ...npx('tsc', ['--noEmit']))
  step('eslint', ...npx('eslint', ['.']))
  step('prettier', ...npx('prettier', ['--check', '.']))
}
const jestArgs = ['--selectProjects', suite, '--json', '--outputFile', results]
if (suite === 'unit') jestArgs.push('--coverage')
step(`jest (${suite})`, ...npx('jest', jestArgs), { NODE_OPTIONS: '--experimental-vm-modules' })
if (suite === 'unit') step('check-dist', process.execPath, [path.join(root, 'scripts/check-dist.mjs')])

let passed = 0
let failed = 0
try {
  const report = JSON.parse(readFileSync(results, 'utf8'))
  passed = report.numPassedTests
  failed = report.numFailedTests + report.numRuntimeErrorTestSuites
  if (report.numTotalTests === 0) failures.push('jest ran no test')
} catch {
  failures.push('jest wrote no report')
}
rmSync(tmp, { recursive: true, force: true })
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`)
console.log(`${suite}: ${passed} passed, ${failed} failed`)
process.exitCode = failures.length > 0 || failed > 0 ? 1 : 0
