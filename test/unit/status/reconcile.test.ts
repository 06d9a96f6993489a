import { describe, expect, it } from '@jest/globals'
import type { Flag } from '../../../src/forges/dist-git/pagure-api.js'
import { flagResult } from '../../../src/forges/dist-git/pagure.js'
import type { CiResult } from '../../../src/forges/dist-git/forge.js'
import { desiredStatuses, proposedStatus } from '../../../src/status/desired.js'
import { latestPerContext, reconcile } from '../../../src/status/reconcile.js'
import type { CommitStatus, DesiredStatus, Platform, StatusWrite } from '../../../src/status/types.js'

const PR_URL = 'https://src.fedoraproject.org/rpms/hello/pull-request/12'

/** What the platform holds after the writes: the written status replaces its context. */
function apply(platform: Platform, existing: CommitStatus[], writes: StatusWrite[]): CommitStatus[] {
  const key = (c: string) => (platform === 'github' ? c.toLowerCase() : c)
  const result = existing.filter((s) => !writes.some((w) => key(w.context) === key(s.context)))
  return [...result, ...writes]
}

function flag(username: string, status: Flag['status'], comment: string, updated: string): CiResult {
  return flagResult({
    commit_hash: 'b'.repeat(40),
    username,
    percent: null,
    comment,
    status,
    url: `https://ci.example/${username}`,
    date_created: updated,
    date_updated: updated,
  })
}

const flags = [
  flag('Zuul', 'failure', 'x'.repeat(400), '1700000200'),
  flag('rpminspect', 'canceled', 'stopped\n  early', '1700000100'),
  flag('Fedora CI', 'error', 'infra problem', '1700000050'),
]

describe('reconcile', () => {
  it.each<Platform>(['github', 'gitlab'])(
    '%s: writes everything once, then nothing on a second run',
    (platform) => {
      const desired = desiredStatuses({ branch: 'f41', url: PR_URL, state: 'open', results: flags })
      const first = reconcile(platform, desired, [])
      expect(first.writes).toHaveLength(4)
      expect(first.held).toEqual([])
      const after = apply(platform, [], first.writes)
      const second = reconcile(platform, desired, after)
      expect(second.writes).toEqual([])
      expect(second.unchanged).toHaveLength(4)
    },
  )

  it('writes in platform terms: GitHub states, 140-char one-line descriptions', () => {
    const desired = desiredStatuses({ branch: 'f41', url: PR_URL, state: 'open', results: flags })
    const { writes } = reconcile('github', desired, [])
    expect(writes.map((w) => [w.context, w.state])).toEqual([
      ['f41/Fedora CI', 'error'],
      ['f41/rpminspect', 'error'],
      ['f41/Zuul', 'failure'],
      ['srcgit/f41', 'pending'],
    ])
    expect([...writes[2].description]).toHaveLength(140)
    // Cut before the dist-git head it is for, which stays whole at the end.
    expect(writes[2].description).toMatch(/^x+… \(dist-git bbbbbbbb\)$/)
    expect(writes[1].description).toBe('stopped early (dist-git bbbbbbbb)')
  })

  it('writes in platform terms: GitLab states, 255-char descriptions', () => {
    const desired = desiredStatuses({ branch: 'f41', url: PR_URL, state: 'open', results: flags })
    const { writes } = reconcile('gitlab', desired, [])
    expect(writes.map((w) => w.state)).toEqual(['failed', 'canceled', 'failed', 'pending'])
    expect([...writes[2].description]).toHaveLength(255)
  })

  it('compares after mapping: a GitHub error status matches a canceled flag', () => {
    const desired: DesiredStatus[] = [{ context: 'f41/CI', state: 'canceled', description: 'stopped' }]
    const existing: CommitStatus[] = [
      { context: 'f41/CI', state: 'error', description: 'stopped', targetUrl: null },
    ]
    expect(reconcile('github', desired, existing).writes).toEqual([])
    // ...but on GitLab canceled is its own state
    expect(reconcile('gitlab', desired, [{ ...existing[0], state: 'failed' }]).writes).toEqual([
      { context: 'f41/CI', state: 'canceled', description: 'stopped' },
    ])
  })

  it('compares after truncation: an already cut description counts as equal', () => {
    const long = 'y'.repeat(300)
    const desired: DesiredStatus[] = [{ context: 'f41/CI', state: 'failure', description: long }]
    const stored = 'y'.repeat(139) + '…'
    expect(
      reconcile('github', desired, [{ context: 'f41/CI', state: 'failure', description: stored }]).writes,
    ).toEqual([])
    // the GitHub-cut text is not what GitLab would store
    const gitlab = reconcile('gitlab', desired, [{ context: 'f41/CI', state: 'failed', description: stored }])
    expect(gitlab.writes).toHaveLength(1)
  })

  it('writes when state, description or target URL differ', () => {
    const desired: DesiredStatus[] = [
      { context: 'f41/CI', state: 'success', description: 'ok', targetUrl: 'https://ci.example/2' },
    ]
    const base = { context: 'f41/CI', state: 'success', description: 'ok', targetUrl: 'https://ci.example/2' }
    expect(reconcile('github', desired, [base]).writes).toEqual([])
    expect(reconcile('github', desired, [{ ...base, state: 'failure' }]).writes).toHaveLength(1)
    expect(reconcile('github', desired, [{ ...base, description: 'ok!' }]).writes).toHaveLength(1)
    expect(
      reconcile('github', desired, [{ ...base, targetUrl: 'https://ci.example/1' }]).writes,
    ).toHaveLength(1)
    expect(reconcile('github', desired, [{ ...base, targetUrl: null }]).writes).toHaveLength(1)
  })

  it('treats a missing description or URL like an empty one', () => {
    const desired: DesiredStatus[] = [
      { context: 'f41/CI', state: 'pending', description: '', targetUrl: 'not a url' },
    ]
    const existing: CommitStatus[] = [
      { context: 'f41/CI', state: 'pending', description: null, targetUrl: '' },
    ]
    expect(reconcile('github', desired, existing).writes).toEqual([])
  })

  it('matches GitHub contexts case-insensitively, GitLab names exactly', () => {
    const desired: DesiredStatus[] = [{ context: 'f41/Zuul', state: 'success', description: 'passed' }]
    const existing: CommitStatus[] = [{ context: 'F41/zuul', state: 'success', description: 'passed' }]
    const github = reconcile('github', desired, existing)
    expect(github.writes).toEqual([])
    expect(github.unchanged).toEqual(['f41/Zuul'])
    expect(reconcile('gitlab', desired, existing).writes).toEqual([
      { context: 'f41/Zuul', state: 'success', description: 'passed' },
    ])
  })

  it('on GitHub, two desired contexts differing only in case become one write: the later', () => {
    const desired: DesiredStatus[] = [
      { context: 'f41/zuul', state: 'pending', description: 'old' },
      { context: 'f41/Zuul', state: 'success', description: 'new' },
    ]
    expect(reconcile('github', desired, []).writes).toEqual([
      { context: 'f41/Zuul', state: 'success', description: 'new' },
    ])
    expect(reconcile('gitlab', desired, []).writes).toHaveLength(2)
  })

  it('lets a later desired status for the same context win (sync after a just-proposed status)', () => {
    const proposed = proposedStatus({ branch: 'f41', operation: 'created', url: PR_URL })!
    const synced = desiredStatuses({ branch: 'f41', url: PR_URL, state: 'merged', results: [] })
    const { writes } = reconcile('github', [proposed, ...synced], [])
    expect(writes).toEqual([
      { context: 'srcgit/f41', state: 'success', description: 'dist-git PR #12 merged', targetUrl: PR_URL },
    ])
  })

  it('leaves statuses of vanished flags (and other tools) alone', () => {
    // after a force-push the PR has no flags: the old Zuul status must stay, not be rewritten or cleared
    const existing: CommitStatus[] = [
      {
        context: 'f41/Zuul',
        state: 'failure',
        description: 'tests failed',
        targetUrl: 'https://ci.example/Zuul',
      },
      { context: 'ci/build', state: 'success', description: 'our own CI' },
      {
        context: 'srcgit/f41',
        state: 'pending',
        description: 'dist-git PR #12 open, waiting for review and merge',
        targetUrl: PR_URL,
      },
    ]
    const desired = desiredStatuses({ branch: 'f41', url: PR_URL, state: 'open', results: [] })
    const plan = reconcile('github', desired, existing)
    expect(plan.writes).toEqual([])
    expect(plan.unchanged).toEqual(['srcgit/f41'])
  })

  it('replaces a vanished flag status when a newer flag of that CI system appears', () => {
    const existing: CommitStatus[] = [{ context: 'f41/Zuul', state: 'failure', description: 'tests failed' }]
    const desired = desiredStatuses({
      branch: 'f41',
      url: PR_URL,
      state: 'open',
      results: [flag('Zuul', 'pending', 'running again', '1700009999')],
    })
    const { writes } = reconcile('github', desired, existing)
    expect(writes[0]).toEqual({
      context: 'f41/Zuul',
      state: 'pending',
      description: 'running again (dist-git bbbbbbbb)',
      targetUrl: 'https://ci.example/Zuul',
    })
  })

  it.each<Platform>(['github', 'gitlab'])(
    '%s: a new dist-git head without flags puts the old verdicts back to pending once, then writes nothing',
    (platform) => {
      const oldHead = flags.map((f) => ({ ...f, commit: 'c'.repeat(40) }))
      const pr = { branch: 'f41', url: PR_URL, state: 'open' as const, results: oldHead }
      const before = apply(platform, [], reconcile(platform, desiredStatuses(pr), []).writes)
      const moved = { ...pr, results: [], head: 'd'.repeat(40) }
      const first = reconcile(platform, desiredStatuses(moved, { platform, statuses: before }), before)
      expect(first.writes.map((w) => [w.context, w.description])).toEqual([
        ['f41/Fedora CI', 'no result yet for the current head (dist-git dddddddd)'],
        ['f41/rpminspect', 'no result yet for the current head (dist-git dddddddd)'],
        ['f41/Zuul', 'no result yet for the current head (dist-git dddddddd)'],
      ])
      expect(first.writes.every((w) => w.targetUrl === PR_URL)).toBe(true)
      expect(first.held).toEqual([])
      const after = apply(platform, before, first.writes)
      const second = reconcile(platform, desiredStatuses(moved, { platform, statuses: after }), after)
      expect(second.writes).toEqual([])
      expect(second.held).toEqual([])
    },
  )

  it('uses the first listed status of a context when given several (latest first)', () => {
    const desired: DesiredStatus[] = [{ context: 'f41/CI', state: 'success', description: 'ok' }]
    const existing: CommitStatus[] = [
      { context: 'f41/CI', state: 'success', description: 'ok' },
      { context: 'f41/CI', state: 'pending', description: 'running' },
    ]
    expect(reconcile('github', desired, existing).writes).toEqual([])
  })

  describe('GitLab in-progress statuses', () => {
    const desired: DesiredStatus[] = [{ context: 'f41/CI', state: 'pending', description: 'step 2 of 3' }]

    it('counts running as pending: same text, no write', () => {
      const plan = reconcile('gitlab', desired, [
        { context: 'f41/CI', state: 'running', description: 'step 2 of 3' },
      ])
      expect(plan.writes).toEqual([])
      expect(plan.unchanged).toEqual(['f41/CI'])
    })

    it('sends a changed pending status as running (GitLab refuses pending -> pending)', () => {
      const plan = reconcile('gitlab', desired, [
        { context: 'f41/CI', state: 'pending', description: 'step 1 of 3' },
      ])
      expect(plan.writes).toEqual([{ context: 'f41/CI', state: 'running', description: 'step 2 of 3' }])
      // and the next run, reading it back as running, writes nothing
      expect(reconcile('gitlab', desired, apply('gitlab', [], plan.writes)).writes).toEqual([])
    })

    it('holds a changed status over a running one instead of sending it to fail', () => {
      const plan = reconcile('gitlab', desired, [
        { context: 'f41/CI', state: 'running', description: 'step 1 of 3' },
      ])
      expect(plan.writes).toEqual([])
      expect(plan.held).toEqual([
        {
          status: { context: 'f41/CI', state: 'pending', description: 'step 2 of 3' },
          reason: expect.stringContaining('running status "f41/CI"'),
        },
      ])
    })

    it('moves a finished status back to pending with a plain write (GitLab creates a new one)', () => {
      const plan = reconcile('gitlab', desired, [
        { context: 'f41/CI', state: 'success', description: 'done' },
      ])
      expect(plan.writes).toEqual([{ context: 'f41/CI', state: 'pending', description: 'step 2 of 3' }])
    })

    it('writes nothing for the same terminal state and text (GitLab would add a duplicate)', () => {
      const done: DesiredStatus[] = [{ context: 'f41/CI', state: 'error', description: 'broke' }]
      expect(
        reconcile('gitlab', done, [{ context: 'f41/CI', state: 'failed', description: 'broke' }]).writes,
      ).toEqual([])
    })

    it('on GitHub a running state is foreign: pending is written over it', () => {
      const plan = reconcile('github', desired, [
        { context: 'f41/CI', state: 'running', description: 'step 2 of 3' },
      ])
      expect(plan.writes).toHaveLength(1)
    })
  })
})

describe('latestPerContext', () => {
  it('keeps the largest id per context, grouping case-insensitively on GitHub', () => {
    const listed = [
      { id: 30, context: 'f41/Zuul', state: 'success' },
      { id: 10, context: 'f41/zuul', state: 'pending' },
      { id: 40, context: 'f41/CI', state: 'pending' },
      { id: 50, context: 'f41/CI', state: 'failure' },
    ]
    expect(latestPerContext('github', listed).map((s) => s.id)).toEqual([30, 50])
    expect(latestPerContext('gitlab', listed).map((s) => s.id)).toEqual([30, 10, 50])
  })
})
