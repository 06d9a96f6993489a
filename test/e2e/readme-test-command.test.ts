/**
 * The test command's own pieces: its last line counts what jest counts (a jest run over a
 * small suite with a failing test, a failing hook and a file that cannot run, compared with
 * jest's own "Tests:" and "Test Suites:" lines), and .ci/run runs the command README gives.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PROJECT_ROOT } from '../support/corpus.js'

const JEST = path.join(PROJECT_ROOT, 'node_modules/jest/bin/jest.js')

/** What scripts/jest-summary.mjs makes of a jest --json report. */
function ourSummary(reportFile: string): { line: string; files: string[] } {
  const script = [
    `import { readFileSync } from 'node:fs'`,
    `import { summaryLine, failedFiles } from ${JSON.stringify(path.join(PROJECT_ROOT, 'scripts/jest-summary.mjs'))}`,
    `const report = JSON.parse(readFileSync(process.argv[1], 'utf8'))`,
    `console.log(JSON.stringify({ line: summaryLine(report), files: failedFiles(report, process.argv[2]) }))`,
  ].join('\n')
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, reportFile, path.dirname(reportFile)],
    {
      encoding: 'utf8',
    },
  )
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout) as { line: string; files: string[] }
}

describe("the test command's count", () => {
  it("is jest's: failed tests, a failing beforeAll and a file that cannot run", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-count-'))
    try {
      writeFileSync(path.join(dir, 'jest.config.cjs'), "module.exports = { testEnvironment: 'node' }\n")
      writeFileSync(path.join(dir, 'pass.test.js'), "test('a', () => {})\ntest('b', () => {})\n")
      writeFileSync(
        path.join(dir, 'fail.test.js'),
        "test('ok', () => {})\ntest('bad', () => { expect(1).toBe(2) })\ntest.todo('later')\ntest.skip('off', () => {})\n",
      )
      writeFileSync(
        path.join(dir, 'hook.test.js'),
        "beforeAll(() => { throw new Error('no server') })\ntest('x', () => {})\ntest('y', () => {})\ntest('z', () => {})\n",
      )
      writeFileSync(path.join(dir, 'broken.test.js'), 'test("never", () => {\n')
      const report = path.join(dir, 'report.json')
      const jest = spawnSync(
        process.execPath,
        [
          JEST,
          '--rootDir',
          dir,
          '--config',
          path.join(dir, 'jest.config.cjs'),
          '--ci',
          '--json',
          '--outputFile',
          report,
        ],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0' } },
      )
      expect(jest.status).toBe(1)
      const jestTests = /^Tests:\s+(.*)$/m.exec(jest.stderr)?.[1]
      const jestSuites = /^Test Suites:\s+(.*)$/m.exec(jest.stderr)?.[1]
      expect(jestTests).toBe('4 failed, 1 skipped, 1 todo, 3 passed, 9 total')
      const ours = ourSummary(report)
      expect(ours.line).toBe(`Tests: ${jestTests}; Test Suites: ${jestSuites}`)
      expect(ours.files.sort()).toEqual([
        'broken.test.js (could not run)',
        'fail.test.js (1 failed)',
        'hook.test.js (3 failed)',
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('.ci/run', () => {
  it("runs README's test command, which installs the tests' system packages itself", () => {
    const ci = readFileSync(path.join(PROJECT_ROOT, '.ci/run'), 'utf8')
    const commands = ci
      .split('\n')
      .filter((line) => /^\s*[a-z.]/.test(line) && !/^\s*(set|cd|status|if|else|fi|exit|echo)\b/.test(line))
    expect(commands.map((c) => c.trim())).toEqual(['npm test || status=1', 'npm run test:corpus || status=1'])
    expect(ci).not.toContain('apt-get')
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    expect(pkg.scripts.test).toBe('node scripts/run-tests.mjs unit')
  })
})
