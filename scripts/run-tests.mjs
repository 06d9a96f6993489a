// The test command. `npm test`: the whole self-contained suite (typecheck, lint, the unit,
// integration and e2e tests with coverage, the dist/ check). `npm run test:corpus`: the suite
// over ../shared/fixtures. On a fresh Debian or Ubuntu machine with Node and git it first
// installs what the tests need (apt-get, when that needs no password; else it prints the one
// line that does) and the npm dependencies (npm ci) when node_modules is missing.
// Ends with jest's own counts ("Tests: ..., Test Suites: ...") and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { failedFiles, reportFailed, summaryLine } from './jest-summary.mjs'
import { installLine, installPackages, missingPackages } from './prerequisites.mjs'

const suite = process.argv[2] === 'corpus' ? 'corpus' : 'unit'
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

const missing = missingPackages()
if (missing.length > 0 && (process.env.SRCGIT_NO_INSTALL || !installPackages(missing))) {
  console.error(`The tests need ${missing.join(', ')}. Install them with:\n  ${installLine(missing)}`)
  process.exit(1)
}
if (!existsSync(path.join(root, 'node_modules/.bin/jest'))) {
  console.log('\n=== npm ci (node_modules is missing)')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  if (spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' }).status !== 0)
    process.exit(1)
}

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

let summary = 'jest wrote no report'
try {
  const report = JSON.parse(readFileSync(results, 'utf8'))
  summary = summaryLine(report)
  if (report.numTotalTests === 0) failures.push('jest ran no test')
  if (reportFailed(report)) for (const file of failedFiles(report, root)) console.log(`FAILED ${file}`)
} catch {
  failures.push('jest wrote no report')
}
rmSync(tmp, { recursive: true, force: true })
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`)
console.log(`${suite}: ${summary}`)
process.exitCode = failures.length > 0 ? 1 : 0
