import { describe, expect, it } from '@jest/globals'
import type { Flag, FlagStatus } from '../../../src/forges/dist-git/pagure-api.js'
import { flagResult } from '../../../src/forges/dist-git/pagure.js'
import type { CiResult } from '../../../src/forges/dist-git/forge.js'
import type { BranchOutcome, Operation } from '../../../src/jobs/publish.js'
import {
  desiredStatuses,
  flagContext,
  headSuffix,
  latestResults,
  mirroredHead,
  prContext,
  prStateStatus,
  proposedStatus,
  supersededStatuses,
  type ShownStatuses,
} from '../../../src/status/desired.js'
import type { CommitStatus, Platform, ProposeOperation } from '../../../src/status/types.js'

const PR_URL = 'https://src.fedoraproject.org/rpms/hello/pull-request/12'

function flag(username: string, status: FlagStatus, updated: string, extra: Partial<Flag> = {}): CiResult {
  return flagResult({
    commit_hash: 'a'.repeat(40),
    username,
    percent: null,
    comment: `${username} says ${status}`,
    status,
    url: `https://ci.example/${username}/${updated}`,
    date_created: updated,
    date_updated: updated,
    ...extra,
  })
}

describe('latestResults', () => {
  it('keeps the newest flag per CI system by date_updated, whatever the list order', () => {
    const flags = [
      flag('Zuul', 'success', '1700000300.5'),
      flag('Zuul', 'pending', '1700000100.0'),
      flag('rpminspect', 'failure', '1700000200.0'),
      flag('Zuul', 'failure', '1700000300.25'),
    ]
    const latest = latestResults(flags)
    expect(latest.map((f) => [f.name, f.state])).toEqual([
      ['rpminspect', 'failure'],
      ['Zuul', 'success'],
    ])
  })

  it('compares dates as numbers, not text', () => {
    // "999999999" > "1000000000" as text, but not as a number
    const flags = [flag('CI', 'success', '1000000000'), flag('CI', 'failure', '999999999')]
    expect(latestResults(flags)[0].state).toBe('success')
  })

  it('breaks a date_updated tie by date_created, then by list order (Pagure lists oldest first)', () => {
    const byCreated = [
      flag('CI', 'success', '1700000500', { date_created: '1700000400' }),
      flag('CI', 'failure', '1700000500', { date_created: '1700000100' }),
    ]
    expect(latestResults(byCreated)[0].state).toBe('success')
    const byOrder = [flag('CI', 'failure', '1700000500'), flag('CI', 'success', '1700000500')]
    expect(latestResults(byOrder)[0].state).toBe('success')
  })

  it('treats CI names differing in case or surrounding blanks as one system, drops blank names', () => {
    const flags = [
      flag('Fedora CI', 'pending', '1'),
      flag(' fedora ci ', 'success', '2'),
      flag('  ', 'error', '3'),
    ]
    const latest = latestResults(flags)
    expect(latest).toHaveLength(1)
    expect(latest[0].state).toBe('success')
  })

  it('prefers a readable date over an unreadable one', () => {
    const flags = [flag('CI', 'success', '1700000000'), flag('CI', 'failure', 'garbage')]
    expect(latestResults(flags)[0].state).toBe('success')
  })
})

describe('desiredStatuses with Forgejo commit statuses', () => {
  const status = (context: string, state: CiResult['state'], description: string): CiResult => ({
    name: context,
    state,
    description,
    url: `https://ci.example/${context}`,
    commit: 'e'.repeat(40),
    updatedAt: Date.parse('2026-12-01T10:00:00Z') / 1000,
    createdAt: Date.parse('2026-12-01T10:00:00Z') / 1000,
  })

  it('says a warning is a warning, since GitHub and GitLab show it as a failure', () => {
    const results = [
      status('rpminspect', 'warning', 'needs inspection'),
      status('lint', 'warning', 'Warning: old macro'),
    ]
    const desired = desiredStatuses({
      branch: 'rawhide',
      url: 'https://src.example/rpms/hello/pulls/3',
      state: 'open',
      results,
    })
    expect(desired.map((s) => [s.context, s.state, s.description])).toEqual([
      ['rawhide/lint', 'warning', 'Warning: old macro'],
      ['rawhide/rpminspect', 'warning', 'warning: needs inspection'],
      ['srcgit/rawhide', 'pending', 'dist-git PR #3 open, waiting for review and merge'],
    ])
  })
})

describe('desiredStatuses', () => {
  const flags = [
    flag('Zuul', 'pending', '1700000100'),
    flag('rpminspect', 'failure', '1700000200', { comment: 'x'.repeat(500) }),
    flag('Zuul', 'canceled', '1700000300'),
  ]

  it('gives one status per CI system plus the PR state, flags mapped as they are', () => {
    expect(desiredStatuses({ branch: 'f41', url: PR_URL, state: 'open', results: flags })).toEqual([
      {
        context: 'f41/rpminspect',
        state: 'failure',
        description: 'x'.repeat(500), // cut per platform when written, not here
        suffix: '(dist-git aaaaaaaa)', // the head the flag is on, kept whole when cut
        targetUrl: 'https://ci.example/rpminspect/1700000200',
      },
      {
        context: 'f41/Zuul',
        state: 'canceled',
        description: 'Zuul says canceled',
        suffix: '(dist-git aaaaaaaa)',
        targetUrl: 'https://ci.example/Zuul/1700000300',
      },
      {
        context: 'srcgit/f41',
        state: 'pending',
        description: 'dist-git PR #12 open, waiting for review and merge',
        targetUrl: PR_URL,
      },
    ])
  })

  it('shows merged as success and closed-unmerged as failure, linking to the PR', () => {
    const merged = desiredStatuses({ branch: 'rawhide', url: PR_URL, state: 'merged', results: [] })
    expect(merged).toEqual([
      {
        context: 'srcgit/rawhide',
        state: 'success',
        description: 'dist-git PR #12 merged',
        targetUrl: PR_URL,
      },
    ])
    const closed = desiredStatuses({ branch: 'rawhide', url: PR_URL, state: 'closed', results: [] })
    expect(closed).toEqual([
      {
        context: 'srcgit/rawhide',
        state: 'failure',
        description: 'dist-git PR #12 was closed without merging',
        targetUrl: PR_URL,
      },
    ])
  })

  it('takes the PR number from id when given, and copes with a URL that has none', () => {
    expect(prStateStatus('f41', PR_URL, 'merged', 7).description).toBe('dist-git PR #7 merged')
    expect(prStateStatus('f41', 'https://pagure.example/x', 'merged').description).toBe('dist-git PR merged')
    expect(prStateStatus('f41', `${PR_URL}#comment-3`, 'merged').description).toBe('dist-git PR #12 merged')
  })

  it('rejects an unknown PR status', () => {
    expect(() => prStateStatus('f41', PR_URL, 'Draft' as 'open')).toThrow(/"Draft".*open, merged or closed/)
  })

  it('names contexts <branch>/<CI> and srcgit/<branch>', () => {
    expect(flagContext('f41', 'Zuul')).toBe('f41/Zuul')
    expect(prContext('epel9')).toBe('srcgit/epel9')
  })
})

describe('the dist-git head of mirrored flags', () => {
  const OLD = '0123456789abcdef0123456789abcdef01234567'
  const NEW = 'fedcba9876543210fedcba9876543210fedcba98'
  const shown = (platform: Platform, statuses: CommitStatus[]): ShownStatuses => ({ platform, statuses })
  const zuulOld: CommitStatus = {
    context: 'f41/Zuul',
    state: 'success',
    description: 'Build succeeded. (dist-git 01234567)',
    targetUrl: 'https://ci.example/Zuul/1',
  }

  it('names the head each flag is on, from its commit_hash, else from the PR', () => {
    const [own] = desiredStatuses({
      branch: 'f41',
      url: PR_URL,
      state: 'open',
      results: [flag('Zuul', 'success', '1', { commit_hash: NEW })],
      head: OLD,
    })
    expect(own.suffix).toBe('(dist-git fedcba98)')
    const [fromPr] = desiredStatuses({
      branch: 'f41',
      url: PR_URL,
      state: 'open',
      results: [flag('Zuul', 'success', '1', { commit_hash: '' })],
      head: OLD,
    })
    expect(fromPr.suffix).toBe('(dist-git 01234567)')
    expect(headSuffix(NEW)).toBe('(dist-git fedcba98)')
    expect(mirroredHead('Build succeeded. (dist-git fedcba98)')).toBe('fedcba98')
    expect(mirroredHead('no result yet for the current head (dist-git fedcba98)\n')).toBe('fedcba98')
    expect(mirroredHead('Build succeeded.')).toBeUndefined()
    expect(mirroredHead('(dist-git fedcba98) first')).toBeUndefined()
    expect(mirroredHead(null)).toBeUndefined()
  })

  it("puts a CI system's status back to pending when the new head has no flag of it, linking to the PR", () => {
    const statuses: CommitStatus[] = [
      zuulOld,
      { ...zuulOld, context: 'f41/rpminspect', state: 'failure', description: 'Bad. (dist-git 01234567)' },
      // Someone else's status under the same prefix: no head of ours, left alone.
      { context: 'f41/lint', state: 'failure', description: 'from another tool' },
      // Other branches and srcgit's own status are not this PR's flags.
      { ...zuulOld, context: 'f42/Zuul' },
      {
        context: 'srcgit/f41',
        state: 'pending',
        description: 'dist-git PR #12 open, waiting for review and merge',
      },
    ]
    const desired = desiredStatuses(
      {
        branch: 'f41',
        url: PR_URL,
        state: 'open',
        results: [flag('rpminspect', 'pending', '5', { commit_hash: NEW })],
        head: NEW,
      },
      shown('github', statuses),
    )
    expect(desired).toEqual([
      {
        context: 'f41/rpminspect',
        state: 'pending',
        description: 'rpminspect says pending',
        suffix: '(dist-git fedcba98)',
        targetUrl: 'https://ci.example/rpminspect/5',
      },
      {
        context: 'f41/Zuul',
        state: 'pending',
        description: 'no result yet for the current head',
        suffix: '(dist-git fedcba98)',
        targetUrl: PR_URL,
      },
      prStateStatus('f41', PR_URL, 'open'),
    ])
  })

  it('compares contexts as the platform does: case-insensitively on GitHub only', () => {
    const pr = {
      branch: 'f41',
      url: PR_URL,
      state: 'open' as const,
      results: [flag('ZUUL', 'success', '5', { commit_hash: NEW })],
    }
    const contexts = (platform: Platform) =>
      desiredStatuses(pr, shown(platform, [zuulOld])).map((s) => [s.context, s.state])
    // On GitHub f41/ZUUL is the same status as f41/Zuul: the flag replaces it.
    expect(contexts('github')).toEqual([
      ['f41/ZUUL', 'success'],
      ['srcgit/f41', 'pending'],
    ])
    // On GitLab they are two names: f41/Zuul has no flag on the new head.
    expect(contexts('gitlab')).toEqual([
      ['f41/ZUUL', 'success'],
      ['f41/Zuul', 'pending'],
      ['srcgit/f41', 'pending'],
    ])
  })

  it('without a known head, names none and resets nothing', () => {
    const desired = desiredStatuses(
      { branch: 'f41', url: PR_URL, state: 'open', results: [], head: null },
      shown('github', [zuulOld]),
    )
    expect(desired).toEqual([prStateStatus('f41', PR_URL, 'open')])
  })
})

describe('supersededStatuses', () => {
  const pr = { branch: 'f41', url: PR_URL, id: 12 }
  const NEWER = '89abcdef89abcdef89abcdef89abcdef89abcdef'
  const pending: CommitStatus = {
    context: 'srcgit/f41',
    state: 'pending',
    description: 'dist-git PR #12 open, waiting for review and merge',
    targetUrl: PR_URL,
  }
  const superseded = {
    context: 'srcgit/f41',
    state: 'canceled',
    description: 'superseded by 89abcdef in dist-git PR #12',
    targetUrl: PR_URL,
  }
  const settle = (platform: Platform, statuses: CommitStatus[]) =>
    supersededStatuses(pr, NEWER, { platform, statuses })

  it("settles this PR's pending (or GitLab running) srcgit/<branch> as superseded, linking to the PR", () => {
    expect(settle('github', [pending])).toEqual([superseded])
    expect(settle('gitlab', [{ ...pending, state: 'running' }])).toEqual([superseded])
    expect(settle('github', [{ ...pending, context: 'SRCGIT/F41' }])).toEqual([superseded])
  })

  it('keeps a settled one as it is, so a second run writes nothing', () => {
    expect(settle('github', [{ ...pending, state: 'error', description: superseded.description }])).toEqual([
      superseded,
    ])
  })

  it("adds nothing where the commit shows another PR's status, a verdict, or none", () => {
    expect(settle('github', [{ ...pending, targetUrl: `${PR_URL.slice(0, -2)}13` }])).toEqual([])
    expect(
      settle('github', [
        { ...pending, state: 'failure', description: 'not proposed: branch modified by Jane' },
      ]),
    ).toEqual([])
    expect(settle('github', [{ ...pending, context: 'srcgit/f42' }])).toEqual([])
    expect(settle('github', [])).toEqual([])
  })
})

describe('proposedStatus', () => {
  it.each<ProposeOperation>(['created', 'updated', 'unchanged'])(
    '%s: pending srcgit/<branch> linking to the PR, the same as a sync of the open PR',
    (operation) => {
      const status = proposedStatus({ branch: 'f41', operation, url: PR_URL })
      expect(status).toEqual({
        context: 'srcgit/f41',
        state: 'pending',
        description: 'dist-git PR #12 open, waiting for review and merge',
        targetUrl: PR_URL,
      })
      expect(status).toEqual(prStateStatus('f41', PR_URL, 'open'))
    },
  )

  it('sets nothing for a local commit without a PR, a closed preview, or an ordinary skip', () => {
    expect(
      proposedStatus({ branch: 'f41', operation: 'created', reason: 'local commit only' }),
    ).toBeUndefined()
    expect(proposedStatus({ branch: 'f41', operation: 'closed', url: PR_URL })).toBeUndefined()
    expect(
      proposedStatus({
        branch: 'f41',
        operation: 'skipped',
        reason: 'already up to date: f41 has version 1.2',
      }),
    ).toBeUndefined()
  })

  it('failed: error with the reason, linking to the run, else the PR, else nowhere', () => {
    const outcome = { branch: 'f41', operation: 'failed' as const, reason: 'push rejected', url: PR_URL }
    expect(proposedStatus(outcome, { runUrl: 'https://github.com/o/r/actions/runs/5' })).toEqual({
      context: 'srcgit/f41',
      state: 'error',
      description: 'srcgit could not propose: push rejected',
      targetUrl: 'https://github.com/o/r/actions/runs/5',
    })
    expect(proposedStatus(outcome)?.targetUrl).toBe(PR_URL)
    const bare = proposedStatus({ branch: 'f41', operation: 'failed' })
    expect(bare).toEqual({
      context: 'srcgit/f41',
      state: 'error',
      description: 'srcgit could not propose: no reason given',
    })
  })

  it('rejects an unknown operation', () => {
    expect(() => proposedStatus({ branch: 'f41', operation: 'merged' as ProposeOperation })).toThrow(
      /"merged" for branch f41/,
    )
  })

  it('blocked skip: failure with the reason', () => {
    const status = proposedStatus(
      { branch: 'rawhide', operation: 'skipped', reason: 'branch modified by Jane: rerun with force' },
      { blocked: true },
    )
    expect(status).toEqual({
      context: 'srcgit/rawhide',
      state: 'failure',
      description: 'not proposed: branch modified by Jane: rerun with force',
    })
  })

  it("takes propose-downstream's BranchOutcome as it is (same operation words)", () => {
    const operations: Operation[] = ['created', 'updated', 'unchanged', 'skipped', 'failed', 'closed']
    const ours: ProposeOperation[] = operations // compile-time check: same words both ways
    const theirs: Operation[] = ours
    const outcome: BranchOutcome = { branch: 'f41', operation: 'updated', url: PR_URL }
    expect(proposedStatus(outcome)?.state).toBe('pending')
    expect(theirs).toHaveLength(6)
  })
})
