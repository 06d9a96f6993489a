/** The pull-from-upstream engine against real git repositories: release finder, Anitya stand-in, replay. */
import { describe, expect, test } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Git } from '../../../src/git/git.js'
import { findNewestRelease } from '../../../src/source-git/upstream-release.js'
import { rebaseOnRelease } from '../../../src/source-git/rebase-on-release.js'
import { buildReleaseFixture, type SourceGitFixture } from '../../support/source-git-fixture.js'
import { startAnitya } from '../../support/anitya/server.js'
import { rpmspec } from '../../support/rpm.js'

const identity = { name: 'srcgit bot', email: 'bot@example.com' }

function withRelease(change: (f: SourceGitFixture) => void): SourceGitFixture {
  const f = buildReleaseFixture()
  change(f)
  f.upstream.tag('v1.2', true)
  f.upstream.write('later.txt', 'rc\n').commit('2.0 rc1')
  f.upstream.tag('v2.0-rc1', true)
  f.upstream.tag('other-9.0')
  return f
}

const plain = () => withRelease((f) => f.upstream.write('README', 'hello 1.2\n').commit('hello 1.2'))

async function find(f: SourceGitFixture, extra: Record<string, unknown> = {}) {
  return findNewestRelease({
    git: new Git(f.sourceGit.dir),
    upstreamUrl: f.upstream.dir,
    tagTemplate: 'v{version}',
    upstreamPackageName: 'hello',
    ...extra,
  })
}

describe('findNewestRelease', () => {
  test('newest stable tag by the template; only that tag is fetched, peeled', async () => {
    const f = plain()
    const release = await find(f)
    expect(release).toMatchObject({ version: '1.2', tag: 'v1.2', via: 'git-tags', prerelease: false })
    expect(release!.commit).toBe(f.upstream.git('rev-parse', 'v1.2^{commit}'))
    expect(f.sourceGit.git('rev-parse', 'refs/tags/v1.2^{commit}')).toBe(release!.commit)
    expect(f.sourceGit.git('tag', '-l', 'v2.0-rc1')).toBe('')
  })

  test('include/exclude filter the tags (re.match)', async () => {
    const f = plain()
    expect((await find(f, { exclude: 'v1\\.2' }))?.tag).toBe('v1.1')
    expect((await find(f, { include: 'v1\\.0' }))?.tag).toBe('v1.0')
    expect(await find(f, { include: 'nothing' })).toBeUndefined()
  })

  test('pre-releases only when asked, ordered as rpm orders the ~ form', async () => {
    const f = plain()
    expect(await find(f, { prereleases: true })).toMatchObject({
      tag: 'v2.0-rc1',
      version: '2.0-rc1',
      prerelease: true,
    })
  })

  test('Anitya: the stable version mapped to its tag', async () => {
    const f = plain()
    const anitya = await startAnitya([
      {
        distribution: 'Fedora',
        name: 'hello',
        project: 'hello',
        ecosystem: 'x',
        version: '2.0-rc1',
        stable_version: '1.1',
      },
    ])
    try {
      const release = await find(f, { anitya: { url: anitya.url, distribution: 'Fedora', package: 'hello' } })
      expect(release).toMatchObject({ version: '1.1', tag: 'v1.1', via: 'anitya' })
      expect(anitya.log).toEqual([
        { method: 'GET', path: '/api/v2/packages/?distribution=Fedora&name=hello' },
      ])
      await expect(
        find(f, { anitya: { url: anitya.url, distribution: 'Fedora', package: 'nope' } }),
      ).rejects.toThrow(/has no package nope in Fedora/)
    } finally {
      await anitya.close()
    }
  })
})

async function rebase(f: SourceGitFixture) {
  const git = new Git(f.sourceGit.dir)
  const release = (await find(f))!
  const before = f.sourceGit.git('rev-parse', 'rawhide')
  const result = await rebaseOnRelease({
    git,
    branch: 'rawhide',
    release,
    workBranch: 'srcgit/rebase-1.2',
    identity,
    date: new Date(Date.UTC(2026, 1, 1)),
  })
  expect(f.sourceGit.git('rev-parse', 'rawhide')).toBe(before)
  expect(f.sourceGit.git('status', '--porcelain')).toBe('')
  expect(f.sourceGit.git('symbolic-ref', '--short', 'HEAD')).toBe('rawhide')
  return result
}

describe('rebaseOnRelease', () => {
  test('clean replay: authors and trailers kept, upstream_ref moved, spec bumped and parsable', async () => {
    const f = plain()
    const result = await rebase(f)
    expect(result.replayed.map((c) => c.subject)).toEqual([
      'Initialize as a source-git repository',
      'Return 42',
    ])
    expect(result.dropped).toEqual([])
    expect(result.conflict).toBeUndefined()
    expect(result.previous.version).toBe('1.0')
    const msg = f.sourceGit.git('log', '-1', '--format=%B', result.replayed[1].replayed)
    expect(msg).toContain('Patch-name: hello-exit-code.patch')
    expect(f.sourceGit.git('merge-base', '--is-ancestor', 'v1.2', result.head)).toBe('')
    const yaml = f.sourceGit.git('show', `${result.head}:.distro/source-git.yaml`)
    expect(yaml).toMatch(/^upstream_ref: v1\.2$/m)
    expect(yaml).toMatch(/^upstream_tag_template: v\{version\}$/m)
    const spec = f.sourceGit.git('show', `${result.head}:.distro/hello.spec`)
    expect(spec).toMatch(/^Version:\s+1\.2$/m)
    expect(spec).toMatch(/^Release:\s+1%\{\?dist\}$/m)
    expect(spec).toContain('- Update to version 1.2')
    const file = path.join(os.tmpdir(), `srcgit-bumped-${process.pid}.spec`)
    writeFileSync(file, spec)
    const run = await rpmspec(['-P', file])
    rmSync(file)
    expect(run.stderr).not.toMatch(/^error/m)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Version:\s+1\.2$/m)
  })

  test('the branch may be a full ref (the base the job fetched from the remote)', async () => {
    const f = plain()
    const release = (await find(f))!
    f.sourceGit.git('update-ref', 'refs/srcgit/pull-from-upstream/base', 'rawhide')
    f.sourceGit.git('reset', '-q', '--hard', 'HEAD~1')
    const result = await rebaseOnRelease({
      git: new Git(f.sourceGit.dir),
      branch: 'refs/srcgit/pull-from-upstream/base',
      release,
      workBranch: 'srcgit/rebase-1.2',
      identity,
    })
    expect(result.replayed.map((c) => c.subject)).toEqual([
      'Initialize as a source-git repository',
      'Return 42',
    ])
  })

  test('a commit the release already has is dropped and listed', async () => {
    const f = withRelease((f) =>
      f.upstream.write('hello.c', 'int main(void) { return 42; } /* 1.1 */\n').commit('exit 42'),
    )
    const result = await rebase(f)
    expect(result.replayed.map((c) => c.subject)).toEqual(['Initialize as a source-git repository'])
    expect(result.dropped).toEqual([
      expect.objectContaining({
        subject: 'Return 42',
        reason: 'upstreamed',
        upstreamCommit: f.upstream.git('rev-parse', 'v1.2^{commit}'),
      }),
    ])
  })

  test('a conflicting commit stops the replay, named with its files; earlier commits kept, tree clean', async () => {
    const f = withRelease((f) =>
      f.upstream.write('hello.c', 'int main(void) { return 7; } /* 1.2 */\n').commit('exit 7'),
    )
    f.sourceGit.write('EXTRA', 'x\n').commit('Extra downstream')
    const result = await rebase(f)
    expect(result.replayed.map((c) => c.subject)).toEqual(['Initialize as a source-git repository'])
    expect(result.conflict).toMatchObject({ subject: 'Return 42', files: ['hello.c'] })
    expect(result.conflict!.detail).toMatch(/CONFLICT/)
    expect(result.notReplayed).toEqual([expect.objectContaining({ subject: 'Extra downstream' })])
    expect(f.sourceGit.git('ls-tree', '--name-only', result.head)).not.toContain('EXTRA')
    expect(f.sourceGit.git('show', `${result.head}:.distro/source-git.yaml`)).toMatch(
      /^upstream_ref: v1\.2$/m,
    )
    expect(readFileSync(path.join(f.sourceGit.dir, 'hello.c'), 'utf8')).toContain('return 42')
  })

  test('a failure leaves no work branch and the checkout as it was', async () => {
    const f = plain()
    const release = (await find(f))!
    const before = f.sourceGit.git('rev-parse', 'rawhide')
    await expect(
      rebaseOnRelease({
        git: new Git(f.sourceGit.dir),
        branch: 'rawhide',
        release: { ...release, version: '1;2' },
        workBranch: 'srcgit/rebase-bad',
        identity,
      }),
    ).rejects.toThrow(/1;2/)
    expect(f.sourceGit.git('branch', '--list', 'srcgit/*')).toBe('')
    expect(f.sourceGit.git('rev-parse', 'rawhide')).toBe(before)
    expect(f.sourceGit.git('symbolic-ref', '--short', 'HEAD')).toBe('rawhide')
    expect(f.sourceGit.git('status', '--porcelain')).toBe('')
  })
})
