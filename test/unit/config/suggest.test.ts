import { describe, expect, it } from '@jest/globals'
import { closestMatch, didYouMean, editDistance } from '../../../src/config/index.js'
import { maxSuggestionDistance } from '../../../src/config/suggest.js'

describe('editDistance (Damerau-Levenshtein)', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['trigger', 'tirgger', 1],
    ['dist_git_branchs', 'dist_git_branches', 1],
    ['ca', 'abc', 3],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
  })
})

describe('maxSuggestionDistance', () => {
  it('allows 2 edits for short words and a third of the length for long ones', () => {
    expect(maxSuggestionDistance('job')).toBe(2)
    expect(maxSuggestionDistance('upstream_tag_template')).toBe(7)
  })
})

describe('closestMatch', () => {
  const keys = ['dist_git_branches', 'dist_git_base_url', 'downstream_package_name', 'trigger']

  it('finds the closest known word', () => {
    expect(closestMatch('dist_git_branchs', keys)).toBe('dist_git_branches')
    expect(closestMatch('triger', keys)).toBe('trigger')
  })

  it('ignores case and the dash/underscore spelling', () => {
    expect(closestMatch('propose-downstream', ['propose_downstream', 'copr_build'])).toBe(
      'propose_downstream',
    )
    expect(closestMatch('Trigger', keys)).toBe('trigger')
  })

  it('suggests nothing when no candidate is close enough', () => {
    expect(closestMatch('foo', keys)).toBeUndefined()
    expect(closestMatch('anything', [])).toBeUndefined()
  })

  it('never suggests the word itself', () => {
    expect(closestMatch('trigger', ['trigger'])).toBeUndefined()
  })

  it('phrases the suggestion', () => {
    expect(didYouMean('tirgger', keys)).toBe('did you mean "trigger"?')
    expect(didYouMean('zzz', keys)).toBeUndefined()
  })
})
