import { describe, expect, it } from '@jest/globals'
import type { CiResult } from '../../../src/forges/dist-git/forge.js'
import { decideMerge, type MergeInput } from '../../../src/jobs/merge-dist-git-pr.js'

const SHA = 'a'.repeat(40)

function result(
  name: string,
  state: CiResult['state'],
  updatedAt = 1,
  commit: string | undefined = SHA,
): CiResult {
  return { name, state, description: '', commit, updatedAt, createdAt: updatedAt }
}

function input(over: Partial<MergeInput> = {}): MergeInput {
  return {
    pr: { number: 3, state: 'open', headSha: SHA },
    releaseProposal: true,
    pushedSha: SHA,
    mergeable: true,
    results: [result('zuul', 'success'), result('fedora-ci', 'success')],
    ...over,
  }
}

describe('decideMerge', () => {
  it('merges a release proposal whose checks are all green', () => {
    expect(decideMerge(input())).toEqual({ merge: true })
  })
  it('never merges a source-git PR preview', () => {
    expect(decideMerge(input({ releaseProposal: false }))).toMatchObject({ merge: false, reason: 'preview' })
  })
  it('does not merge when a maintainer pushed on top', () => {
    const d = decideMerge(input({ pr: { number: 3, state: 'open', headSha: 'b'.repeat(40) } }))
    expect(d).toMatchObject({ merge: false, reason: 'head-moved' })
  })
  it('needs at least one check on the pushed commit', () => {
    expect(decideMerge(input({ results: [] }))).toMatchObject({ merge: false, reason: 'no-checks' })
    const other = [result('zuul', 'success', 1, 'c'.repeat(40))]
    expect(decideMerge(input({ results: other }))).toMatchObject({ merge: false, reason: 'no-checks' })
  })
  it('waits for pending checks and names them', () => {
    const d = decideMerge(input({ results: [result('zuul', 'success'), result('fedora-ci', 'pending')] }))
    expect(d).toEqual({ merge: false, reason: 'pending', detail: 'checks pending: fedora-ci' })
  })
  it('refuses on a failed, error or canceled check', () => {
    for (const state of ['failure', 'error', 'canceled', 'warning'] as const) {
      const d = decideMerge(input({ results: [result('zuul', 'success'), result('fedora-ci', state)] }))
      expect(d).toMatchObject({
        merge: false,
        reason: 'failed',
        detail: `checks not green: fedora-ci ${state}`,
      })
    }
  })
  it('uses the latest result per check', () => {
    const rerun = [result('zuul', 'failure', 1), result('zuul', 'success', 2)]
    expect(decideMerge(input({ results: rerun }))).toEqual({ merge: true })
    const broke = [result('zuul', 'success', 1), result('zuul', 'failure', 2)]
    expect(decideMerge(input({ results: broke }))).toMatchObject({ merge: false, reason: 'failed' })
  })
  it('refuses on conflicts and on a closed PR', () => {
    expect(decideMerge(input({ mergeable: false }))).toMatchObject({ merge: false, reason: 'conflicts' })
    expect(decideMerge(input({ pr: { number: 3, state: 'merged', headSha: SHA } }))).toMatchObject({
      merge: false,
      reason: 'not-open',
    })
  })
})
