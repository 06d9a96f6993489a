/**
 * Issue 14: propose-downstream reads the spec with the macros each dist-git branch builds
 * with, so a Version set in `%if 0%{?fedora} ... %else ... %endif` is edited in the branch
 * rpm takes there: the %fedora one for f43, the %else one for epel9. Judged by rpmspec.
 */
import { describe, expect, it } from '@jest/globals'
import os from 'node:os'
import { branchMacros } from '../../src/dist-git/branch-macros.js'
import { buildReleaseFixture, exampleSpec } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit } from '../support/cli.js'
import { rpmView } from '../support/spec-judge.js'

Object.assign(process.env, gitEnv())

const CONDITIONAL_VERSION = [
  '%if 0%{?fedora}',
  '%global upstream_version 1.0',
  '%else',
  '%global upstream_version 0.9',
  '%endif',
  '',
  'Name:           hello',
  'Version:        %{upstream_version}',
].join('\n')

describe('srcgit propose-downstream --dry-run to f43 and epel9', () => {
  it('edits the %if branch each dist-git branch builds', async () => {
    const fixture = buildReleaseFixture()
    const { sourceGit, distGit } = fixture
    const spec = exampleSpec().replace('Name:           hello\nVersion:        1.0', CONDITIONAL_VERSION)
    expect(spec).toContain('%global upstream_version 0.9')
    sourceGit.write('.distro/hello.spec', spec).commit('Packaging: EPEL keeps its own version')
    distGit.git('branch', 'epel9')

    const run = await srcgit(
      [
        'propose-downstream',
        '--dry-run',
        sourceGit.dir,
        '--tag',
        'v1.1',
        '--branch',
        'f43',
        '--branch',
        'epel9',
        '--dist-git',
        distGit.dir,
        '--date',
        '2026-11-05',
      ],
      os.tmpdir(),
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('f43: created (local commit only)\nepel9: created (local commit only)\n')

    const proposed = (branch: string) => distGit.git('show', `${branch}-update-propose_downstream:hello.spec`)
    const f43 = proposed('f43')
    expect(f43).toContain(
      '%if 0%{?fedora}\n%global upstream_version 1.1\n%else\n%global upstream_version 0.9\n',
    )
    const epel9 = proposed('epel9')
    expect(epel9).toContain(
      '%if 0%{?fedora}\n%global upstream_version 1.0\n%else\n%global upstream_version 1.1\n',
    )
    for (const [branch, text] of [
      ['f43', f43],
      ['epel9', epel9],
    ] as const) {
      const view = await rpmView(text, branchMacros(branch))
      expect(view).toMatchObject({
        name: 'hello',
        version: '1.1',
        sources: ['hello-1.1.tar.gz', 'hello-exit-code.patch'],
      })
    }
  })
})
