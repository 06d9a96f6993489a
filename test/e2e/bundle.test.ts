/**
 * The committed bundle, run as users run it: `node dist/cli.js` and the action's
 * dist/index.js with INPUT_* variables, GITHUB_OUTPUT and a workspace, in a child process.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PROJECT_ROOT } from '../support/corpus.js'

// SRCGIT_TEST_BUNDLE_DIR: a bundle made elsewhere (`node scripts/bundle.mjs DIR`), before dist/ is rebuilt.
const DIST = process.env.SRCGIT_TEST_BUNDLE_DIR ?? path.join(PROJECT_ROOT, 'dist')
const CLI = path.join(DIST, 'cli.js')
const ACTION = path.join(DIST, 'index.js')
const EXAMPLE = path.join(PROJECT_ROOT, 'examples/hello')

function run(script: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = PROJECT_ROOT) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('dist/cli.js', () => {
  it('checks the bundled example configuration', () => {
    const { code, stdout } = run(CLI, ['config', 'check', EXAMPLE])
    expect(code).toBe(0)
    expect(stdout).toContain('upstream_ref: v1.0')
    expect(stdout).toContain('specfile_path: .distro/hello.spec')
  })

  it('bumps the example spec', () => {
    const { code, stdout } = run(CLI, [
      'spec',
      'bump',
      path.join(EXAMPLE, '.distro/hello.spec'),
      '--version',
      '1.1',
      '--date',
      '2026-11-05',
      '--author',
      'A <a@x>',
    ])
    expect(code).toBe(0)
    expect(stdout).toContain('+Version:        1.1\n')
    expect(stdout).toContain('+* Thu Nov 05 2026 A <a@x> - 1.1-1\n')
  })

  it('exits 1 with positioned errors for a broken configuration', () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'srcgit-e2e-'))
    writeFileSync(
      path.join(repo, '.packit.yaml'),
      'specfile_path: x.spec\njobs:\n  - job: propose_downstream\n    trigger: release\n    dist_git_branchs: [fedora-all]\n',
    )
    const { code, stderr } = run(CLI, ['config', 'check', repo])
    expect(code).toBe(1)
    expect(stderr).toContain('.packit.yaml:5:5')
    expect(stderr).toContain('dist_git_branches')
  })
})

describe('npm run example (the README command)', () => {
  it('runs propose-downstream --dry-run on the bundled example', () => {
    const { code, stdout, stderr } = run(path.join(PROJECT_ROOT, 'scripts/example.mjs'), [])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain('pull request title: Update main to upstream release 1.0')
    expect(stdout).toContain('+Version:        1.0\n+Release:        1%{?dist}\n')
    expect(stdout).toContain('+Patch1:         hello-greet-fedora.patch\n')
    expect(stdout).toMatch(/\+SHA512 \(hello-1\.0\.tar\.gz\) = [0-9a-f]{128}/)
  })
})

describe('dist/index.js (the action)', () => {
  function action(inputs: Record<string, string>, workspace: string) {
    const output = path.join(workspace, '..', `${path.basename(workspace)}-output`)
    writeFileSync(output, '')
    const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    return { ...run(ACTION, [], env, workspace), output: readFileSync(output, 'utf8') }
  }

  it('validates the workspace configuration with job: config-check and sets the config output', () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'srcgit-ws-'))
    cpSync(EXAMPLE, workspace, { recursive: true })
    const result = action({ job: 'config-check' }, workspace)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('::group::Read the srcgit/Packit configuration')
    expect(result.output).toMatch(/^config<<ghadelimiter_/m)
    expect(result.output).toContain('downstream_package_name: hello')
  })

  it('fails with the fix in the message for an unknown job and for a run without an event', () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'srcgit-ws-'))
    cpSync(EXAMPLE, workspace, { recursive: true })
    const unknown = action({ job: 'frobnicate' }, workspace)
    expect(unknown.code).toBe(1)
    expect(unknown.stdout).toContain(
      '::error::input "job" is "frobnicate"; it must be one of: config-check, propose-downstream',
    )
    const propose = action({ job: 'propose-downstream' }, workspace)
    expect(propose.code).toBe(1)
    expect(propose.stdout).toContain(
      '::error::srcgit runs on `release` (published), `push` of a tag, `workflow_dispatch` (with the `tag` or `version` input) and `pull_request` (previews)',
    )
  })
})
