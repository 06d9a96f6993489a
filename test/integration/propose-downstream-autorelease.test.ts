/** propose-downstream --dry-run on a package that uses %autorelease with a hand-written %changelog. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildReleaseFixture } from '../support/source-git-fixture.js'
import { gitEnv, type TestRepo } from '../support/git-repo.js'
import { srcgit } from '../support/cli.js'

Object.assign(process.env, gitEnv())

/** The header rpmautospec writes into a spec it processed, with release number `n`. */
const header = (n: number) =>
  [
    '## START: Set by rpmautospec',
    '## (rpmautospec version 0.6.5)',
    '## RPMAUTOSPEC: autorelease',
    '%define autorelease(e:s:pb:n) %{?-p:0.}%{lua:',
    `    release_number = ${n};`,
    '    base_release_number = tonumber(rpm.expand("%{?-b*}%{!?-b:1}"));',
    '    print(release_number + base_release_number - 1);',
    '}%{?-e:.%{-e*}}%{?-s:.%{-s*}}%{!?-n:%{?dist}}',
    '## END: Set by rpmautospec',
    '',
  ].join('\n')

function edit(repo: TestRepo, file: string, change: (text: string) => string, message: string): void {
  repo.write(file, change(readFileSync(path.join(repo.dir, file), 'utf8')))
  repo.commit(message)
}

async function propose(sourceGit: TestRepo, distGit: TestRepo) {
  const run = await srcgit(
    [
      'propose-downstream',
      '--dry-run',
      sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'main',
      '--dist-git',
      distGit.dir,
      '--date',
      '2026-11-05',
    ],
    os.tmpdir(),
  )
  return {
    ...run,
    spec: run.code === 0 ? distGit.git('show', 'main-update-propose_downstream:hello.spec') : '',
  }
}

describe('srcgit propose-downstream --dry-run with %autorelease', () => {
  it('keeps Release and adds the changelog entry of release 1', async () => {
    const { sourceGit, distGit } = buildReleaseFixture()
    const autorelease = (t: string) => t.replace(/^Release:.*$/m, 'Release:        %autorelease')
    edit(distGit, 'hello.spec', autorelease, 'Use %autorelease')
    edit(sourceGit, '.distro/hello.spec', autorelease, 'Packaging: use %autorelease')
    const run = await propose(sourceGit, distGit)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.spec).toContain('Version:        1.1\nRelease:        %autorelease\n')
    expect(run.spec).toMatch(/\n%changelog\n\* Thu Nov 05 2026 [^\n]* - 1\.1-1\n/)
    expect(run.spec.match(/^\* /gm)).toHaveLength(3)
  })

  it('sets the release number of a header rpmautospec wrote out to 1', async () => {
    const { sourceGit, distGit } = buildReleaseFixture()
    const processed = (t: string) =>
      header(3) + t.replace(/^Release:.*$/m, 'Release:        %autorelease -b 2')
    edit(distGit, 'hello.spec', processed, 'Spec from the SRPM')
    edit(sourceGit, '.distro/hello.spec', processed, 'Packaging: spec from the SRPM')
    const run = await propose(sourceGit, distGit)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.spec).toContain('\n    release_number = 1;\n')
    expect(run.spec).toContain('Release:        %autorelease -b 2\n')
    expect(run.spec).toMatch(/\n%changelog\n\* Thu Nov 05 2026 [^\n]* - 1\.1-2\n/)
  })
})
