import { describe, expect, it } from '@jest/globals'
import {
  formatOutcome,
  markdownSummary,
  MAX_DIFF_CHARS,
  runFailed,
  runOutputs,
} from '../../../src/jobs/report.js'
import type { BranchProposal } from '../../../src/jobs/propose-downstream.js'

const proposal = (diff: string): BranchProposal => ({
  branch: 'rawhide',
  prBranch: 'rawhide-update-propose_downstream',
  base: 'a'.repeat(40),
  commit: 'b'.repeat(40),
  diffstat: ' hello.spec | 2 +-\n',
  diff,
  title: 'Update rawhide to upstream release 1.1',
  description: '',
  archive: '/tmp/hello-1.1.tar.gz',
  archiveSha512: 'c'.repeat(128),
  notes: [],
})

describe('run report', () => {
  it('sets the outputs, the run operation being the most significant one', () => {
    const outputs = runOutputs({
      version: '1.1',
      outcomes: [
        { branch: 'rawhide', operation: 'unchanged', url: 'https://src/rpms/x/pull-request/3' },
        { branch: 'f43', operation: 'created', url: 'https://src/rpms/x/pull-request/4' },
      ],
    })
    expect(JSON.parse(outputs['pull-requests'])).toEqual([
      { branch: 'rawhide', url: 'https://src/rpms/x/pull-request/3', operation: 'unchanged', reason: null },
      { branch: 'f43', url: 'https://src/rpms/x/pull-request/4', operation: 'created', reason: null },
    ])
    expect(outputs.operation).toBe('created')
    expect(
      runOutputs({ version: '1', outcomes: [{ branch: 'a', operation: 'failed', reason: 'x' }] }).operation,
    ).toBe('failed')
  })

  it('fails a run with a failed branch, or one blocked by a maintainer when nothing else happened', () => {
    const blocked = { branch: 'a', operation: 'skipped' as const, reason: 'branch modified by Jane: ...' }
    expect(runFailed([blocked], false)).toBe(true)
    expect(runFailed([blocked], true)).toBe(false)
    expect(runFailed([blocked, { branch: 'b', operation: 'updated' }], false)).toBe(false)
    expect(
      runFailed([{ branch: 'a', operation: 'skipped', reason: 'f43 has version 2, newer than 1' }], false),
    ).toBe(false)
    expect(runFailed([{ branch: 'a', operation: 'failed' }], true)).toBe(true)
  })

  it('writes a table and each diff in a collapsible block, cut when long and fenced safely', () => {
    const diff = '+```\n' + 'x'.repeat(MAX_DIFF_CHARS + 10)
    const md = markdownSummary(
      {
        tag: 'v1.1',
        version: '1.1',
        outcomes: [{ branch: 'rawhide', operation: 'failed', reason: 'a | b\nc' }],
        proposals: [proposal(diff)],
      },
      'dry run',
    )
    expect(md).toContain('## srcgit propose-downstream: v1.1 (version 1.1), dry run\n')
    expect(md).toContain('| rawhide | ❌ failed |  | a \\| b c |\n')
    expect(md).toContain('<details><summary>dist-git diff</summary>\n\n````diff\n+```\n')
    expect(md).toContain('... (15 more characters; see the pull request)\n````\n')
  })
})

describe('a dry run in the log and the summary', () => {
  const planned = [
    {
      branch: 'rawhide',
      operation: 'updated' as const,
      dryRun: true,
      url: 'https://src.example/rpms/hello/pull-request/3',
      reason: 'dry run: nothing was pushed or proposed',
    },
    {
      branch: 'f43',
      operation: 'created' as const,
      dryRun: true,
      reason: 'dry run: nothing was pushed or proposed',
    },
    { branch: 'f42', operation: 'unchanged' as const, dryRun: true },
  ]

  it('says would update / would create, and keeps the operation word in the outputs', () => {
    expect(planned.map(formatOutcome)).toEqual([
      'rawhide: would update https://src.example/rpms/hello/pull-request/3 (dry run: nothing was pushed or proposed)',
      'f43: would create (dry run: nothing was pushed or proposed)',
      'f42: unchanged',
    ])
    const summary = markdownSummary(
      { outcomes: planned, proposals: [], version: '1.1', tag: 'v1.1' },
      'dry run',
    )
    expect(summary).toContain(
      '| rawhide | 🔄 would update | [#3](https://src.example/rpms/hello/pull-request/3) |',
    )
    expect(summary).toContain('| f43 | 🆕 would create |  |')
    // Forgejo's PR URLs are /pulls/<n>: the same #<n>.
    const forgejo = markdownSummary(
      {
        outcomes: [{ ...planned[0], url: 'https://forge.example/rpms/hello/pulls/3' }],
        proposals: [],
        version: '1.1',
        tag: 'v1.1',
      },
      'dry run',
    )
    expect(forgejo).toContain(
      '| rawhide | 🔄 would update | [#3](https://forge.example/rpms/hello/pulls/3) |',
    )
    expect(JSON.parse(runOutputs({ outcomes: planned, version: '1.1' })['pull-requests'])[0].operation).toBe(
      'updated',
    )
  })
})
