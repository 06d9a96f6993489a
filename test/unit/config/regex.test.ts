import { describe, expect, it } from '@jest/globals'
import {
  compilePythonRegex,
  DEFAULT_PRERELEASE_SUFFIX_PATTERN,
  pythonRegexProblem,
  translatePythonRegex,
} from '../../../src/config/index.js'

describe('translatePythonRegex', () => {
  it('turns Python named groups and back-references into JavaScript ones', () => {
    expect(translatePythonRegex('(?P<version>.*)-(?P=version)')).toEqual({
      source: '(?<version>.*)-\\k<version>',
      flags: '',
    })
  })

  it('translates \\A and \\Z but keeps other escapes', () => {
    expect(translatePythonRegex('\\Av\\d+\\.\\Z').source).toBe('^v\\d+\\.$')
  })

  it('leaves character classes alone, including a leading ]', () => {
    expect(translatePythonRegex('[]A(?P<x>]').source).toBe('[]A(?P<x>]')
    expect(translatePythonRegex('[^]\\Z]x').source).toBe('[^]\\Z]x')
  })

  it('does not translate an escaped parenthesis', () => {
    expect(translatePythonRegex('\\(?P<x>').source).toBe('\\(?P<x>')
  })

  it('moves leading inline flags to JavaScript flags', () => {
    expect(translatePythonRegex('(?im)^rc')).toEqual({ source: '^rc', flags: 'im' })
    expect(translatePythonRegex('(?a)x')).toEqual({ source: 'x', flags: '' })
  })

  it('rejects verbose mode, which JavaScript lacks', () => {
    expect(() => translatePythonRegex('(?x) a b')).toThrow('(?x)')
  })
})

describe('compilePythonRegex', () => {
  it("compiles Packit's default pre-release pattern", () => {
    const pattern = compilePythonRegex(DEFAULT_PRERELEASE_SUFFIX_PATTERN)
    expect(pattern.exec('1.0.0-rc1')?.[0]).toBe('-rc1')
  })

  it('compiles the PEP 440 pattern from the Packit docs', () => {
    expect(
      compilePythonRegex('([.\\-_]?)(a(lpha)?|b(eta)?|r?c|pre(view)?)([.\\-_]?\\d+)?').test('2.0b3'),
    ).toBe(true)
  })

  it('gives access to named groups', () => {
    expect(compilePythonRegex('v(?P<version>.*)').exec('v1.2')?.groups?.version).toBe('1.2')
  })

  it('treats a stray { as a literal, like Python', () => {
    expect(compilePythonRegex('a{').test('a{')).toBe(true)
  })
})

describe('pythonRegexProblem', () => {
  it('is undefined for a valid pattern', () => {
    expect(pythonRegexProblem('^v\\d+')).toBeUndefined()
  })

  it('explains an invalid pattern without repeating it', () => {
    expect(pythonRegexProblem('^(v[0-9]+')).toBe('Unterminated group')
    expect(pythonRegexProblem('(?x)a')).toContain('no JavaScript equivalent')
  })
})
