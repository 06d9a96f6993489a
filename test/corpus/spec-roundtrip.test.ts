import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SpecFile } from '../../src/spec/index.js'
import { corpusSpecs, SPEC_DIR } from '../support/corpus.js'

const specs = corpusSpecs()

describe('spec round trip over the real Fedora specs', () => {
  it('has the 40 specs the corpus promises', () => {
    expect(specs).toHaveLength(40)
  })

  it.each(specs)('%s parses and prints back byte for byte', (name) => {
    const bytes = readFileSync(path.join(SPEC_DIR, name))
    const spec = SpecFile.parse(bytes.toString('utf8'))
    expect(Buffer.from(spec.toString(), 'utf8').equals(bytes)).toBe(true)
    // Every corpus spec has a main package Name and balanced conditionals.
    expect(spec.name?.value).toBeTruthy()
    expect(spec.model.problems).toEqual([])
  })
})
