import { describe, expect, it } from '@jest/globals'
import { releaseRequest, UnsupportedEventError } from '../../../src/runtime/github-event.js'

describe('releaseRequest', () => {
  it('reads the tag and notes of a published release', () => {
    expect(
      releaseRequest(
        'release',
        { action: 'published', release: { tag_name: 'v2.0', body: '- New' } },
        'refs/tags/v2.0',
        {},
      ),
    ).toEqual({ tag: 'v2.0', releaseNotes: '- New', trigger: 'release v2.0' })
    expect(() =>
      releaseRequest('release', { action: 'deleted', release: { tag_name: 'v2.0' } }, undefined, {}),
    ).toThrow('release "deleted" events are not releases to propose')
  })

  it('reads the tag of a tag push and explains a branch push', () => {
    expect(releaseRequest('push', { ref: 'refs/tags/v2.0' }, undefined, {})).toMatchObject({ tag: 'v2.0' })
    expect(releaseRequest('push', {}, 'refs/tags/1.0.0', {})).toMatchObject({ tag: '1.0.0' })
    expect(() => releaseRequest('push', { ref: 'refs/heads/main' }, undefined, {})).toThrow(
      "a push of refs/heads/main is not a release; trigger on tags (`on: push: tags: ['v*']`) or releases",
    )
  })

  it('takes a manual run from its inputs, explicit action inputs first', () => {
    expect(releaseRequest('workflow_dispatch', { inputs: { tag: ' v3 ' } }, undefined, {})).toMatchObject({
      tag: 'v3',
    })
    expect(releaseRequest('workflow_dispatch', { inputs: { version: '3.1' } }, undefined, {})).toMatchObject({
      version: '3.1',
    })
    expect(releaseRequest('schedule', {}, undefined, { version: '4' })).toMatchObject({ version: '4' })
    expect(() => releaseRequest('workflow_dispatch', { inputs: {} }, undefined, {})).toThrow(
      'a manual run needs the release',
    )
  })

  it('names the supported events for anything else', () => {
    expect(() => releaseRequest('issue_comment', {}, undefined, {})).toThrow(UnsupportedEventError)
    expect(() => releaseRequest('issue_comment', {}, undefined, {})).toThrow(
      'this run was triggered by `issue_comment`',
    )
  })
})
