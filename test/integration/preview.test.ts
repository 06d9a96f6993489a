/**
 * `srcgit preview-pull-request` on real repositories, without a forge: the preview commit on
 * `<branch>-srcgit-pr-<N>` (content, trailer, the PR's own tree not the checkout), GitLab's
 * merge-request variables, maintainer safety and the command-line errors. The forge side
 * (push, pull request, close) is covered by the action's end-to-end test.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildReleaseFixture, buildSourceGit } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv } from '../support/cli.js'

Object.assign(process.env, gitEnv())
const cli = (...argv: string[]) => srcgit(argv, os.tmpdir())

describe('srcgit preview-pull-request', () => {
  const { sourceGit, distGit } = buildSourceGit()
  // The source-git PR: one more downstream commit, on a branch; the checkout stays on main.
  sourceGit.git('checkout', '-q', '-b', 'pr-3')
  sourceGit.write('README', 'Fedora notes\n')
  sourceGit.commit('Add Fedora notes\n\nPatch-name: fedora-notes.patch\n')
  const head = sourceGit.git('rev-parse', 'HEAD').trim()
  sourceGit.git('checkout', '-q', 'main')
  const show = (ref: string, file: string) => distGit.git('show', `${ref}:${file}`)

  it("commits the PR head's dist-git content on <branch>-srcgit-pr-<N>, the target branch untouched", async () => {
    const mainBefore = distGit.git('rev-parse', 'main').trim()
    const run = await cli(
      'preview-pull-request',
      sourceGit.dir,
      '--number',
      '3',
      '--head',
      head,
      '--title',
      'Add Fedora notes',
      '--dist-git',
      distGit.dir,
      '--branch',
      'main',
      '--dry-run',
    )
    expect(run.stderr).not.toContain('srcgit preview-pull-request:')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: would create \(local commit only\)$/m)
    expect(distGit.git('rev-parse', 'main').trim()).toBe(mainBefore)
    expect(distGit.git('rev-parse', 'main-srcgit-pr-3^').trim()).toBe(mainBefore)
    // The PR's commit became a patch next to the others; the checkout (main) has no such commit.
    expect(show('main-srcgit-pr-3', 'fedora-notes.patch')).toContain('+Fedora notes')
    const spec = show('main-srcgit-pr-3', 'hello.spec')
    expect(spec).toMatch(/^Patch\d+:\s+fedora-notes\.patch$/m)
    expect(spec).toMatch(/^Version:\s+1\.0$/m)
    // Same archive as before: sources stays as dist-git had it.
    expect(show('main-srcgit-pr-3', 'sources')).toBe(show('main', 'sources'))
    const message = distGit.git('log', '-1', '--format=%B', 'main-srcgit-pr-3')
    expect(message).toMatch(/^Preview of source-git PR #3\n\nAdd Fedora notes\n/)
    expect(message).toContain(`From-source-git-commit: ${head}`)
    // No worktree left behind in either repository.
    expect(sourceGit.git('worktree', 'list').trim().split('\n')).toHaveLength(1)
    expect(distGit.git('worktree', 'list').trim().split('\n')).toHaveLength(1)
  })

  it("takes the merge request from GitLab's variables in a merge-request pipeline", async () => {
    const run = await withEnv(
      {
        GITLAB_CI: 'true',
        CI_MERGE_REQUEST_IID: '4',
        CI_MERGE_REQUEST_TITLE: 'Add Fedora notes',
        CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: head,
        CI_MERGE_REQUEST_PROJECT_URL: 'https://gitlab.example.com/rpms/hello',
      },
      () =>
        cli(
          'preview-pull-request',
          sourceGit.dir,
          '--dist-git',
          distGit.dir,
          '--branch',
          'main',
          '--dry-run',
        ),
    )
    expect(run.code).toBe(0)
    expect(distGit.git('log', '-1', '--format=%s', 'main-srcgit-pr-4').trim()).toBe(
      'Preview of source-git PR #4',
    )
  })

  it('refuses to overwrite what a maintainer changed in dist-git since the last sync', async () => {
    const synced = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(synced.code).toBe(0)
    distGit.write(
      'hello.spec',
      readFileSync(path.join(distGit.dir, 'hello.spec'), 'utf8') + '\n# maintainer\n',
    )
    distGit.commit('Fix by hand', { name: 'Jane Maintainer', email: 'jane@example.com' })
    const run = await cli(
      'preview-pull-request',
      sourceGit.dir,
      '--number',
      '5',
      '--head',
      head,
      '--dist-git',
      distGit.dir,
      '--branch',
      'main',
      '--dry-run',
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('made by hand since the last sync')
    expect(run.stderr).toContain('Fix by hand (Jane Maintainer <jane@example.com>)')
    expect(distGit.git('branch', '--list', 'main-srcgit-pr-5').trim()).toBe('')
  })

  it('says what is wrong with the command line or the checkout', async () => {
    expect(await cli('preview-pull-request', sourceGit.dir, '--head', head)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('give --number N'),
    })
    expect(await cli('preview-pull-request', sourceGit.dir, '--number', 'x7', '--head', head)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--number must be a pull request number, not "x7"'),
    })
    expect(await cli('preview-pull-request', sourceGit.dir, '--number', '3')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('give --head SHA'),
    })
    expect(await cli('preview-pull-request', sourceGit.dir, '--number', '3', '--merged')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--merged goes with --close'),
    })
    const missing = await cli(
      'preview-pull-request',
      sourceGit.dir,
      '--number',
      '3',
      '--head',
      'f'.repeat(40),
      '--dist-git',
      distGit.dir,
      '--dry-run',
    )
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('is not in')
    expect(missing.stderr).toContain('fetch-depth: 0')
    const closeLocal = await cli(
      'preview-pull-request',
      sourceGit.dir,
      '--number',
      '3',
      '--close',
      '--dry-run',
    )
    expect(closeLocal.code).toBe(0)
    expect(closeLocal.stderr).toContain(
      'no dist-git token: the previews of source-git PR #3 were left as they are',
    )
  })
})

describe('srcgit preview-pull-request of a PR whose spec is not the upstream_ref release', () => {
  it('is refused: the archive named by Version would hold the sources of upstream_ref', async () => {
    // A PR that rebases onto v1.1 (upstream_ref: v1.1) but leaves the spec at 1.0.
    const { sourceGit, distGit } = buildReleaseFixture()
    const head = sourceGit.git('rev-parse', 'HEAD').trim()
    const run = await cli(
      'preview-pull-request',
      sourceGit.dir,
      '--number',
      '9',
      '--head',
      head,
      '--title',
      'Rebase to 1.1',
      '--dist-git',
      distGit.dir,
      '--branch',
      'main',
      '--dry-run',
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('.distro/hello.spec:2: Version is 1.0, but upstream_ref v1.1 is version 1.1')
    expect(distGit.git('branch', '--list', 'main-srcgit-pr-9').trim()).toBe('')
  })
})
