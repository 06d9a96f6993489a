import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../support/corpus.js'

interface ActionYml {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as ActionYml
  const runtime = readFileSync(path.join(PROJECT_ROOT, 'src/runtime/github.ts'), 'utf8')

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares every input the runtime reads, each documented', () => {
    const read = [...runtime.matchAll(/(?:core\.getInput|input|secret|boolean)\('([a-z0-9-]+)'/g)].map(
      (m) => m[1],
    )
    expect(read.length).toBeGreaterThan(15)
    // And the other way round: no input declared that nothing reads.
    for (const name of Object.keys(action.inputs)) expect(read).toContain(name)
    for (const name of read) expect(Object.keys(action.inputs)).toContain(name)
    for (const [name, input] of Object.entries(action.inputs))
      expect({ name, described: input.description.length > 10 }).toEqual({ name, described: true })
  })

  it('documents its outputs', () => {
    for (const output of Object.values(action.outputs)) expect(output.description.length).toBeGreaterThan(10)
  })

  it('passes @action-validator/cli (whose schema predates node24, so only `runs.using` may differ)', () => {
    const validator = path.join(PROJECT_ROOT, 'node_modules/.bin/action-validator')
    const text = readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')
    const validate = (yml: string) => {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-action-')), 'action.yml')
      writeFileSync(file, yml)
      return spawnSync(validator, [file], { encoding: 'utf8' })
    }
    const asNode20 = validate(text.replace('using: node24', 'using: node20'))
    expect(asNode20.stdout + asNode20.stderr).toBe('')
    expect(asNode20.status).toBe(0)
    const real = validate(text)
    expect(real.status).not.toBe(0)
    const paths = [...(real.stdout + real.stderr).matchAll(/"path": "([^"]+)"/g)].map((m) => m[1])
    expect([...new Set(paths)].sort()).toEqual(['/runs', '/runs/image', '/runs/steps', '/runs/using'])
  })

  it('is documented in README.md exactly as action.yml says (npm run docs)', () => {
    const check = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, 'scripts/action-docs.mjs'), '--check'],
      {
        encoding: 'utf8',
      },
    )
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')
    for (const name of Object.keys(action.inputs)) expect(readme).toContain(`| \`${name}\` |`)
  })
})
