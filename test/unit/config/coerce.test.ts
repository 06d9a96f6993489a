/**
 * marshmallow's readings of scalars and packaging's PEP 440 specifier sets. The expected values
 * were produced by marshmallow 3.23 and packaging 26.2 on the same inputs.
 */
import { describe, expect, it } from '@jest/globals'
import { marshmallowBoolean, marshmallowInteger, specifierSetProblem } from '../../../src/config/coerce.js'

describe('marshmallowBoolean', () => {
  it.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [1.0, true],
    ['yes', true],
    ['Y', true],
    ['t', true],
    ['TRUE', true],
    ['1', true],
    ['off', false],
    ['N', false],
    ['0', false],
    ['F', false],
    ['maybe', undefined],
    ['yEs', undefined],
    [2, undefined],
    [null, undefined],
    ['', undefined],
  ])('%j → %j', (value, expected) => {
    expect(marshmallowBoolean(value)).toBe(expected)
  })
})

describe('marshmallowInteger', () => {
  it.each([
    [3, 3],
    [3.7, 3],
    [-3.7, -3],
    ['3', 3],
    [' 3 ', 3],
    ['+3', 3],
    ['-3', -3],
    ['1_000', 1000],
    ['010', 10],
    ['1__0', undefined],
    ['3.0', undefined],
    ['0x10', undefined],
    ['', undefined],
    [Infinity, undefined],
    [NaN, undefined],
    [null, undefined],
  ])('%j → %j', (value, expected) => {
    expect(marshmallowInteger(value)).toBe(expected)
  })
})

describe('specifierSetProblem', () => {
  it.each([
    '>=2,<3',
    '>=1.0, <2.0',
    '==1.*',
    '==1.2.*',
    '~=1.2',
    '>= 2',
    '<=v1.0',
    '===foobar',
    '!=1.0+local.1',
    '==1.0.post1',
    '>=1.0a1',
    '>=1.0-1',
    '>=1.0.dev0',
    ',,>=1',
    '>=1,,',
    '~=1.0.rc1',
    '>=1!2.0',
    '',
    ' ',
    '==1.0rc1.dev2',
    '>=1.0RC1',
    '<1.0-post2',
  ])('accepts %j', (value) => {
    expect(specifierSetProblem(value)).toBeUndefined()
  })

  it.each([
    ['~=1', '"~=1" is not a PEP 440 version specifier'],
    ['2', '"2" is not a PEP 440 version specifier'],
    ['===foo bar', '"===foo bar" is not a PEP 440 version specifier'],
    ['>1.0+local', '">1.0+local" is not a PEP 440 version specifier'],
    ['==1.0.*.dev', '"==1.0.*.dev" is not a PEP 440 version specifier'],
    ['foo', '"foo" is not a PEP 440 version specifier'],
    ['>=1 <2', '">=1 <2" is not a PEP 440 version specifier'],
    ['=1.0', '"=1.0" is not a PEP 440 version specifier'],
  ])('refuses %j', (value, problem) => {
    expect(specifierSetProblem(value)).toBe(problem)
  })
})
