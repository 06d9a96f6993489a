import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
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
    const read = [...runtime.matchAll(/core\.getInput\('([^']+)'\)/g)].map((m) => m[1])
    expect(read.length).toBeGreaterThan(0)
    for (const name of read) expect(Object.keys(action.inputs)).toContain(name)
    for (const [name, input] of Object.entries(action.inputs))
      expect({ name, described: input.description.length > 10 }).toEqual({ name, described: true })
  })

  it('documents its outputs', () => {
    for (const output of Object.values(action.outputs)) expect(output.description.length).toBeGreaterThan(10)
  })
})
