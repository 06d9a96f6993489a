import { describe, expect, it } from '@jest/globals'
import type { DistGitPullRequest } from '../../../src/forges/dist-git/forge.js'
import { previewDescription } from '../../../src/dist-git/messages.js'
import {
  alreadyInDistGit,
  buildVerdict,
  mergeGateContext,
  mergeGateStatus,
  previewsByCommit,
  previewsFromOutcomes,
  type GatePreview,
} from '../../../src/jobs/merge-gate.js'

const PAGURE = 'https://src.fedoraproject.org/rpms/hello/pull-request'
const CONTEXT = 'srcgit/dist-git-merged'
const TASK = 'https://koji.fedoraproject.org/koji/taskinfo?taskID=7'

const preview = (id: number, branch: string, state: GatePreview['state']): GatePreview => ({
  branch,
  url: `${PAGURE}/${id}`,
  id,
  state,
})

describe('mergeGateContext', () => {
  it('is srcgit/dist-git-merged, with the package when several', () => {
    expect(mergeGateContext()).toBe('srcgit/dist-git-merged')
    expect(mergeGateContext('hello')).toBe('srcgit/hello/dist-git-merged')
  })
})

describe('mergeGateStatus', () => {
  it('has nothing to say without previews', () => {
    expect(mergeGateStatus({ context: CONTEXT, previews: [] })).toBeUndefined()
  })

  it('waits for an open preview, naming its URL', () => {
    expect(mergeGateStatus({ context: CONTEXT, previews: [preview(12, 'rawhide', 'open')] })).toEqual({
      context: CONTEXT,
      state: 'pending',
      description: `waiting for ${PAGURE}/12 to be merged`,
      targetUrl: `${PAGURE}/12`,
    })
  })

  it('waits for the open ones only, when some are merged; several named by number and branch', () => {
    const previews = [
      preview(12, 'rawhide', 'merged'),
      preview(13, 'f43', 'open'),
      preview(14, 'f42', 'open'),
    ]
    expect(mergeGateStatus({ context: CONTEXT, previews })).toEqual({
      context: CONTEXT,
      state: 'pending',
      description: 'waiting for dist-git PRs #13 (f43), #14 (f42) to be merged',
      targetUrl: `${PAGURE}/13`,
    })
    // The same words when one of the two is merged later: only the open one is named.
    previews[2].state = 'merged'
    expect(mergeGateStatus({ context: CONTEXT, previews })?.description).toBe(
      `waiting for ${PAGURE}/13 to be merged`,
    )
  })

  it('fails when a preview was closed without merging, whatever the others are', () => {
    const status = mergeGateStatus({
      context: CONTEXT,
      previews: [preview(12, 'rawhide', 'merged'), preview(13, 'f43', 'closed'), preview(14, 'f42', 'open')],
    })
    expect(status).toEqual({
      context: CONTEXT,
      state: 'failure',
      description:
        'dist-git PR #13 (f43) was closed without merging; push to the source-git PR to preview it again',
      targetUrl: `${PAGURE}/13`,
    })
  })

  it('passes once every preview is merged and no Koji build is due', () => {
    const previews = [preview(12, 'rawhide', 'merged'), preview(13, 'f43', 'merged')]
    expect(mergeGateStatus({ context: CONTEXT, previews })).toEqual({
      context: CONTEXT,
      state: 'success',
      description: 'dist-git PRs #12 (rawhide), #13 (f43) merged',
      targetUrl: `${PAGURE}/12`,
    })
    expect(mergeGateStatus({ context: CONTEXT, previews, builds: new Map() })?.state).toBe('success')
  })

  it('with koji_build: pending until every build passed, however far the builds are', () => {
    const previews = [preview(12, 'rawhide', 'merged')]
    const waiting = {
      context: CONTEXT,
      state: 'pending',
      description: 'dist-git PR #12 (rawhide) merged; waiting for the Koji build',
      targetUrl: `${PAGURE}/12`,
    }
    // No koji/<branch> status yet, then Koji building: the same status, so nothing is rewritten.
    expect(
      mergeGateStatus({ context: CONTEXT, previews, builds: new Map([['rawhide', undefined]]) }),
    ).toEqual(waiting)
    const building = { context: 'koji/rawhide', state: 'pending', targetUrl: TASK }
    expect(mergeGateStatus({ context: CONTEXT, previews, builds: new Map([['rawhide', building]]) })).toEqual(
      waiting,
    )
    const built = { context: 'koji/rawhide', state: 'success', targetUrl: TASK }
    expect(mergeGateStatus({ context: CONTEXT, previews, builds: new Map([['rawhide', built]]) })).toEqual({
      context: CONTEXT,
      state: 'success',
      description: 'dist-git PR #12 (rawhide) merged and built in Koji',
      targetUrl: `${PAGURE}/12`,
    })
  })

  it('with koji_build on two branches: one built is not enough; one failed fails, linking to its task', () => {
    const previews = [preview(12, 'rawhide', 'merged'), preview(13, 'f43', 'merged')]
    const built = { context: 'koji/rawhide', state: 'success' }
    expect(
      mergeGateStatus({
        context: CONTEXT,
        previews,
        builds: new Map([
          ['rawhide', built],
          ['f43', undefined],
        ]),
      }),
    ).toMatchObject({ state: 'pending', description: expect.stringMatching(/waiting for the Koji builds$/) })
    const failed = { context: 'koji/f43', state: 'failed', targetUrl: TASK }
    expect(
      mergeGateStatus({
        context: CONTEXT,
        previews,
        builds: new Map([
          ['rawhide', built],
          ['f43', failed],
        ]),
      }),
    ).toEqual({
      context: CONTEXT,
      state: 'failure',
      description: `the Koji build for f43 failed: ${TASK}`,
      targetUrl: TASK,
    })
  })

  it('does not wait for Koji while a preview is still open', () => {
    const previews = [preview(12, 'rawhide', 'merged'), preview(13, 'f43', 'open')]
    const failed = { context: 'koji/rawhide', state: 'failure', targetUrl: TASK }
    expect(
      mergeGateStatus({ context: CONTEXT, previews, builds: new Map([['rawhide', failed]]) })?.state,
    ).toBe('pending')
  })
})

describe('buildVerdict', () => {
  it.each([
    ['success', 'success'],
    ['failure', 'failure'],
    ['error', 'failure'],
    ['failed', 'failure'],
    ['canceled', 'failure'],
    ['pending', 'pending'],
    ['running', 'pending'],
  ])('reads %s as %s (GitHub and GitLab words)', (state, verdict) => {
    expect(buildVerdict({ context: 'koji/rawhide', state })).toBe(verdict)
  })

  it('reads no status as pending', () => {
    expect(buildVerdict(undefined)).toBe('pending')
  })
})

describe('previewsByCommit', () => {
  const SHA = 'a1'.repeat(20)
  const OTHER = 'b2'.repeat(20)
  const pr = (
    number: number,
    branch: string,
    state: DistGitPullRequest['state'],
    marker: { commit: string; pullRequest?: number },
    createdAt = number,
  ): DistGitPullRequest => ({
    number,
    title: 't',
    // A preview's description as srcgit writes it; a release proposal's marker names no source-git PR.
    description:
      marker.pullRequest === undefined
        ? `Update to 1.1\n\n<!-- srcgit: ${JSON.stringify({ commit: marker.commit })} -->\n`
        : previewDescription({
            pullRequest: marker.pullRequest,
            title: 't',
            headCommit: marker.commit,
            branch,
            sourceGitUrl: 'https://github.com/example/hello.git',
          }),
    targetBranch: branch,
    sourceBranch: `${branch}-srcgit-pr-3`,
    author: 'bot',
    state,
    url: `${PAGURE}/${number}`,
    createdAt,
    updatedAt: createdAt,
  })

  it('groups the previews by source-git commit, the newest per branch, release proposals left out', () => {
    const prs = [
      pr(1, 'rawhide', 'closed', { commit: SHA, pullRequest: 3 }),
      pr(2, 'rawhide', 'open', { commit: SHA, pullRequest: 3 }),
      pr(3, 'f43', 'merged', { commit: SHA.toUpperCase(), pullRequest: 3 }),
      pr(4, 'rawhide', 'open', { commit: OTHER, pullRequest: 5 }),
      // A release proposal: no source-git PR in its marker.
      pr(5, 'rawhide', 'open', { commit: SHA }),
    ]
    expect(previewsByCommit(prs)).toEqual(
      new Map([
        [
          SHA,
          [
            { branch: 'rawhide', url: `${PAGURE}/2`, id: 2, state: 'open' },
            { branch: 'f43', url: `${PAGURE}/3`, id: 3, state: 'merged' },
          ],
        ],
        [OTHER, [{ branch: 'rawhide', url: `${PAGURE}/4`, id: 4, state: 'open' }]],
      ]),
    )
  })
})

describe('previewsFromOutcomes', () => {
  it('open for a PR made or kept, closed for one closed; none for branches without a PR or a dry run', () => {
    const previews = previewsFromOutcomes([
      { branch: 'f43', operation: 'updated', url: `${PAGURE}/13` },
      { branch: 'rawhide', operation: 'created', url: `${PAGURE}/12` },
      { branch: 'f42', operation: 'unchanged', reason: 'f42 already has the content' },
      { branch: 'f41', operation: 'failed', reason: 'push refused' },
      { branch: 'epel9', operation: 'created', url: `${PAGURE}/20`, dryRun: true },
      { branch: 'f40', operation: 'closed', url: `${PAGURE}/9`, package: 'other' },
    ])
    expect(previews).toEqual(
      new Map([
        [
          '',
          [
            { branch: 'rawhide', url: `${PAGURE}/12`, state: 'open' },
            { branch: 'f43', url: `${PAGURE}/13`, state: 'open' },
          ],
        ],
        ['other', [{ branch: 'f40', url: `${PAGURE}/9`, state: 'closed' }]],
      ]),
    )
    // The words a later sync-status computes from dist-git (which knows the numbers) are the same.
    const fromRun = mergeGateStatus({ context: CONTEXT, previews: previews.get('')! })
    const fromSync = mergeGateStatus({
      context: CONTEXT,
      previews: [preview(12, 'rawhide', 'open'), preview(13, 'f43', 'open')],
    })
    expect(fromRun).toEqual(fromSync)
  })
})

describe('alreadyInDistGit', () => {
  it('passes: nothing to merge in dist-git', () => {
    expect(alreadyInDistGit(CONTEXT)).toEqual({
      context: CONTEXT,
      state: 'success',
      description: 'dist-git already has the content of this pull request',
    })
  })
})
