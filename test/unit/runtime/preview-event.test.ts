/** What a pull_request event asks of the preview, and the preview texts. */
import { describe, expect, it } from '@jest/globals'
import { previewRequest, UnsupportedEventError } from '../../../src/runtime/github-event.js'
import {
  parsePreviewBranch,
  parsePrMarker,
  previewBranchName,
  previewDescription,
  previewTitle,
} from '../../../src/dist-git/messages.js'

const pr = (action: string, extra: object = {}) => ({
  action,
  number: 12,
  pull_request: {
    number: 12,
    title: 'Fix  the\nbuild',
    html_url: 'https://github.com/o/r/pull/12',
    merged: false,
    head: { sha: 'a'.repeat(40) },
    ...extra,
  },
})

describe('previewRequest', () => {
  it.each(['opened', 'synchronize', 'reopened', 'edited', 'ready_for_review'])(
    '%s makes or updates the preview',
    (action) => {
      expect(previewRequest(pr(action))).toEqual({
        kind: 'sync',
        number: 12,
        title: 'Fix  the\nbuild',
        url: 'https://github.com/o/r/pull/12',
        headSha: 'a'.repeat(40),
      })
    },
  )

  it('closed closes it, saying whether it was merged', () => {
    expect(previewRequest(pr('closed', { merged: true }))).toEqual({
      kind: 'close',
      number: 12,
      merged: true,
      url: 'https://github.com/o/r/pull/12',
    })
    expect(previewRequest(pr('closed'))).toMatchObject({ kind: 'close', merged: false })
  })

  it('labels, assignments and reviews change nothing', () => {
    expect(previewRequest(pr('labeled'))).toEqual({ kind: 'ignore', number: 12, action: 'labeled' })
  })

  it('a payload without the pull request or its head is an error that says so', () => {
    expect(() => previewRequest({ action: 'opened' })).toThrow(UnsupportedEventError)
    expect(() => previewRequest(pr('opened', { head: {} }))).toThrow('no pull_request.head.sha')
  })
})

describe('preview texts', () => {
  it('branch names round-trip', () => {
    expect(previewBranchName('f43', 7)).toBe('f43-srcgit-pr-7')
    expect(parsePreviewBranch('epel10.1-srcgit-pr-7')).toEqual({ branch: 'epel10.1', pullRequest: 7 })
    expect(parsePreviewBranch('f43-update-propose_downstream')).toBeUndefined()
  })

  it('the title says it is a preview of PR N, on one line, within Pagure’s limit', () => {
    expect(previewTitle(12, 'Fix  the\nbuild')).toBe('Preview of source-git PR #12: Fix the build')
    const long = previewTitle(12, 'x'.repeat(400))
    expect(long).toHaveLength(255)
    expect(long.endsWith('…')).toBe(true)
  })

  it('the description links the PR, says not to merge, and carries a marker with the PR number', () => {
    const text = previewDescription({
      pullRequest: 12,
      title: 'Fix the build',
      url: 'https://github.com/o/r/pull/12',
      sourceGitUrl: 'git@github.com:o/r.git',
      headCommit: 'b'.repeat(40),
      branch: 'rawhide',
    })
    expect(text).toContain('[#12](https://github.com/o/r/pull/12)')
    expect(text).toContain('merge this pull request first, then the source-git pull request')
    expect(text).toContain(`Source-git commit: [bbbbbbbb](https://github.com/o/r/commit/${'b'.repeat(40)})`)
    expect(parsePrMarker(text)).toEqual({
      sourceGit: 'https://github.com/o/r',
      commit: 'b'.repeat(40),
      pullRequest: 12,
    })
  })
})
