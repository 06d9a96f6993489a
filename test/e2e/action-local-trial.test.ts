/**
 * The action as README's local trials run it: no token, a dry run, a relative working-directory
 * (resolved against the workspace), dist-git from a local directory given as dist-git-url.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults, node24, runAction } from '../support/action-runner.js'
import { buildReleaseFixture } from '../support/source-git-fixture.js'

jest.setTimeout(60_000)

const fixture = buildReleaseFixture()
// The workspace holds the checkout under a name of its own, as actions/checkout's `path:` makes it.
const workspace = path.dirname(fixture.sourceGit.dir)
const checkout = path.basename(fixture.sourceGit.dir)
const instance = mkdtempSync(path.join(os.tmpdir(), 'srcgit-local-instance-'))
mkdirSync(path.join(instance, 'rpms'))
execFileSync('git', ['clone', '-q', '--bare', fixture.distGit.dir, path.join(instance, 'rpms/hello.git')])

let node: string
beforeAll(() => {
  node = node24()
})

const run = (inputs: Record<string, string>) =>
  runAction({
    node,
    workspace,
    eventName: 'push',
    ref: 'refs/tags/v1.1',
    payload: { ref: 'refs/tags/v1.1' },
    inputs: { ...actionDefaults(''), 'dry-run': 'true', 'dist-git-branches': 'main', ...inputs },
  })

describe('a local trial of the action', () => {
  it('reads a relative working-directory in the workspace and clones dist-git from a local directory', async () => {
    const result = await run({ 'working-directory': checkout, 'dist-git-url': instance })
    expect(result.stdout).not.toContain('::error::')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('main: would create (local commit only)')
    expect(result.summary).toContain('| main | 🆕 would create |  | local commit only |')
    expect(result.outputs.operation).toBe('created')
    // The config output: what the file sets and what srcgit runs, not every default.
    expect(result.outputs.config).toContain('srcgit: propose-downstream')
    expect(result.outputs.config).not.toContain('allowed_pr_authors')
  })

  it('says which directory is missing, and nothing about the configuration', async () => {
    const result = await run({ 'working-directory': 'source-git', 'dist-git-url': `file://${instance}` })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `::error::input "working-directory" is "source-git": ${path.join(workspace, 'source-git')} is not a directory (a relative path is resolved against the workspace, ${workspace})`,
    )
    expect(result.stdout).not.toContain('configuration has errors')
    expect(result.outputs.operation).toBe('failed')
  })
})
