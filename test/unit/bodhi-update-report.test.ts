/** What a bodhi-update run prints and reports per outcome, and the update it sends. */
import { describe, expect, it } from '@jest/globals'
import { newUpdate, type BodhiUpdateOutcome } from '../../src/jobs/bodhi-update.js'
import {
  formatUpdate,
  updateStatus,
  updatesOutput,
  updatesResult,
  updatesSummary,
} from '../../src/jobs/bodhi-update-report.js'

const URL = 'https://bodhi.fedoraproject.org/updates/FEDORA-2026-0123456789'
const created: BodhiUpdateOutcome = {
  package: 'hello',
  branch: 'f43',
  result: 'created',
  nvr: 'hello-1.1-1.fc43',
  alias: 'FEDORA-2026-0123456789',
  url: URL,
  commit: 'a'.repeat(40),
  sourceGitCommit: 'b'.repeat(40),
}
const waiting: BodhiUpdateOutcome = {
  package: 'hello',
  branch: 'f42',
  result: 'waiting',
  nvr: 'hello-1.1-1.fc42',
  reason: 'Cannot find any tags associated with build: hello-1.1-1.fc42; the next run tries again',
}
const skipped: BodhiUpdateOutcome = {
  package: 'hello',
  branch: 'rawhide',
  result: 'skipped',
  reason: 'Bodhi makes the updates of rawhide builds itself',
}
const failed: BodhiUpdateOutcome = {
  package: 'hello',
  branch: 'f41',
  result: 'failed',
  nvr: 'hello-1.1-1.fc41',
  reason: 'Could not read build hello-1.1-1.fc41: Koji answered HTTP 503',
}

describe('formatUpdate', () => {
  it('one line per branch: result, NVR, URL, reason', () => {
    expect(formatUpdate(created)).toBe(`f43: created hello-1.1-1.fc43 ${URL}`)
    expect(formatUpdate(waiting)).toBe(
      'f42: waiting hello-1.1-1.fc42 (Cannot find any tags associated with build: hello-1.1-1.fc42; the next run tries again)',
    )
    expect(formatUpdate(skipped)).toBe('rawhide: skipped (Bodhi makes the updates of rawhide builds itself)')
  })

  it('a dry run says "would create"; several packages name the package', () => {
    expect(formatUpdate({ ...created, dryRun: true, url: undefined, reason: 'dry run' })).toBe(
      'f43: would create hello-1.1-1.fc43 (dry run)',
    )
    expect(formatUpdate(created, true)).toBe(`hello f43: created hello-1.1-1.fc43 ${URL}`)
  })
})

describe('updateStatus', () => {
  it('success with the update page for created and exists', () => {
    for (const o of [created, { ...created, result: 'exists' as const }])
      expect(updateStatus(o, false)).toEqual({
        context: 'bodhi/f43',
        state: 'success',
        description: 'Bodhi update FEDORA-2026-0123456789 of hello-1.1-1.fc43',
        targetUrl: URL,
      })
  })

  it('pending while waiting, error with the reason when failed, none when skipped', () => {
    expect(updateStatus(waiting, false)).toEqual({
      context: 'bodhi/f42',
      state: 'pending',
      description: 'Bodhi update of hello-1.1-1.fc42: waiting for Koji',
    })
    expect(updateStatus(failed, true)).toEqual({
      context: 'bodhi/hello/f41',
      state: 'error',
      description: `Bodhi update of hello-1.1-1.fc41 failed: ${failed.reason}`,
    })
    expect(updateStatus(skipped, false)).toBeUndefined()
  })
})

describe('updatesOutput / updatesResult / updatesSummary', () => {
  it('the updates output is JSON with nulls for what is not known', () => {
    expect(JSON.parse(updatesOutput([created, skipped]))).toEqual([
      {
        package: 'hello',
        branch: 'f43',
        result: 'created',
        nvr: 'hello-1.1-1.fc43',
        alias: 'FEDORA-2026-0123456789',
        url: URL,
        source_git_commit: 'b'.repeat(40),
        reason: null,
      },
      {
        package: 'hello',
        branch: 'rawhide',
        result: 'skipped',
        nvr: null,
        alias: null,
        url: null,
        source_git_commit: null,
        reason: 'Bodhi makes the updates of rawhide builds itself',
      },
    ])
    expect(JSON.parse(updatesOutput([{ ...created, dryRun: true }]))[0].dry_run).toBe(true)
  })

  it('the result is the most pressing one: failed, created, waiting, exists, skipped', () => {
    expect(updatesResult([])).toBe('skipped')
    expect(updatesResult([skipped])).toBe('skipped')
    expect(updatesResult([skipped, { ...created, result: 'exists' }])).toBe('exists')
    expect(updatesResult([{ ...created, result: 'exists' }, waiting])).toBe('waiting')
    expect(updatesResult([waiting, created])).toBe('created')
    expect(updatesResult([created, failed, waiting])).toBe('failed')
  })

  it('the summary has a row per branch with a link to the update', () => {
    const summary = updatesSummary([created, skipped], [])
    expect(summary).toContain('srcgit bodhi-update')
    expect(summary).toContain(`[FEDORA-2026-0123456789](${URL})`)
    expect(summary).toContain('`hello-1.1-1.fc43`')
    expect(summary).toContain('Bodhi makes the updates of rawhide builds itself')
    expect(updatesSummary([{ ...created, dryRun: true }], [], true)).toContain('would create')
  })
})

describe('newUpdate', () => {
  it('type enhancement by default, no severity, nothing extra', () => {
    expect(newUpdate(['hello-1.1-1.fc43'], 'notes', ['2345678'], {})).toEqual({
      builds: ['hello-1.1-1.fc43'],
      notes: 'notes',
      bugs: ['2345678'],
      type: 'enhancement',
      extra: {},
    })
  })

  it("bodhi_extra_params' type and severity win, scalars and lists go along, other values are dropped", () => {
    const update = newUpdate(['hello-1.1-1.fc43'], 'notes', [], {
      type: 'bugfix',
      severity: 'low',
      stable_karma: 2,
      autokarma: false,
      close_bugs: true,
      requirements: ['a', 'b'],
      ignored: { nested: true },
    })
    expect(update).toEqual({
      builds: ['hello-1.1-1.fc43'],
      notes: 'notes',
      bugs: [],
      type: 'bugfix',
      severity: 'low',
      extra: { stable_karma: 2, autokarma: false, close_bugs: true, requirements: ['a', 'b'] },
    })
  })
})
