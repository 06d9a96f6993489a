/**
 * Issue 14: propose-downstream reads the spec with the macros each dist-git branch builds
 * with, so a Version set in `%if 0%{?fedora} ... %else ... %endif` is edited in the branch
 * rpm takes there: the %fedora one for f43, the %else one for epel9. Judged by rpmspec.
 */
import { describe, expect, it } from '@jest/globals'
import os from 'node:os'
import { branchMacros } from '../../src/dist-git/branch-macros.js'
import {
  buildReleaseFixture,
  exampleSpec,
  RELEASE_CONFIG,
  releaseUpstream,
} from '../support/source-git-fixture.js'
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
    expect(run.stdout).toContain(
      'f43: would create (local commit only)\nepel9: would create (local commit only)\n',
    )

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

describe('srcgit propose-downstream --dry-run with prerelease_suffix_macro building Version', () => {
  it('flips the macro before setting Version, so a pre-release and a final release both come out right', async () => {
    const fixture = buildReleaseFixture(RELEASE_CONFIG + 'prerelease_suffix_macro: prerelease\n')
    const { sourceGit, distGit } = fixture
    // python-specfile's style: Version built from a base version and the suffix macro.
    const spec = exampleSpec().replace(
      'Name:           hello\nVersion:        1.0',
      [
        '%global base_version 1.1',
        '#global prerelease rc1',
        '%global package_version %{base_version}%{?prerelease:~%{prerelease}}',
        'Name:           hello',
        'Version:        %{package_version}',
      ].join('\n'),
    )
    sourceGit.write('.distro/hello.spec', spec).commit('Packaging: pre-release macro')
    releaseUpstream(fixture, 'v1.2-rc2')
    const propose = (tag: string) =>
      srcgit(
        [
          'propose-downstream',
          '--dry-run',
          sourceGit.dir,
          '--tag',
          tag,
          '--branch',
          'main',
          '--dist-git',
          distGit.dir,
        ],
        os.tmpdir(),
      )
    const shown = () => distGit.git('show', 'main-update-propose_downstream:hello.spec')

    const rc = await propose('v1.2-rc2')
    expect(rc.stderr).toBe('')
    expect(rc.code).toBe(0)
    expect(shown()).toContain('%global base_version 1.2\n%global prerelease rc2\n')
    expect(await rpmView(shown(), branchMacros('main'))).toMatchObject({ version: '1.2~rc2' })

    releaseUpstream(fixture, 'v1.2')
    const final = await propose('v1.2')
    expect(final.stderr).toBe('')
    expect(final.code).toBe(0)
    expect(shown()).toContain('%global base_version 1.2\n#global prerelease rc1\n')
    expect(await rpmView(shown(), branchMacros('main'))).toMatchObject({ version: '1.2' })
  })
})
