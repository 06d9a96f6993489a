/** update-source-git end to end on real repositories: dist-git commits made by hand come back into source-git. */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { updateSourceGitCommand } from '../../src/commands/update-source-git.js'
import { updateDistGit } from '../../src/jobs/update-dist-git.js'
import { updateSourceGit, type UpdateSourceGitResult } from '../../src/jobs/update-source-git.js'
import { gitEnv, TestRepo } from '../support/git-repo.js'
import { rpmspec } from '../support/rpm.js'
import { buildSourceGit, SOURCE_GIT_YAML, type SourceGitFixture } from '../support/source-git-fixture.js'

// Commits made by the code under test need an identity; tests have no global git config.
Object.assign(process.env, gitEnv())

const MIA = { name: 'Mia Maintainer', email: 'mia@example.com' }
const RELENG = { name: 'Fedora Release Engineering', email: 'releng@fedoraproject.org' }
const PAT = { name: 'Pat Upstream', email: 'pat@example.com' }

/** The PatchN lines update-dist-git writes for the fixture's downstream commits. */
const GENERATED_PATCH_LINES =
  '# Greet Fedora\n#\n# Downstream wording.\nPatch1:         0001-Greet-Fedora.patch\n# Add NEWS, part 1\nPatch2:         news.patch\n'

function read(repo: TestRepo, file: string): string {
  return readFileSync(path.join(repo.dir, file), 'utf8')
}

function edit(repo: TestRepo, file: string, change: (text: string) => string): void {
  const before = read(repo, file)
  const after = change(before)
  if (after === before) throw new Error(`test setup: the edit of ${file} changed nothing`)
  repo.write(file, after)
}

function changelogEntry(
  who: { name: string; email: string },
  evr: string,
  line: string,
): (s: string) => string {
  return (spec) =>
    spec.replace(
      '%changelog\n',
      `%changelog\n* Tue Nov 10 2026 ${who.name} <${who.email}> - ${evr}\n${line}\n\n`,
    )
}

/** The fixture after a first forward sync, so dist-git has a sync point. */
async function synced(config?: string): Promise<SourceGitFixture> {
  const fixture = buildSourceGit(config)
  const forward = await updateDistGit({
    sourceGit: fixture.sourceGit.dir,
    distGit: fixture.distGit.dir,
    message: 'Sync from source-git',
  })
  expect(forward.status).toBe('committed')
  return fixture
}

function run(fixture: SourceGitFixture, extra: { dryRun?: boolean; since?: string } = {}) {
  return updateSourceGit({ distGit: fixture.distGit.dir, sourceGit: fixture.sourceGit.dir, ...extra })
}

/** The forward sync right after must find nothing to do, and not refuse. */
async function expectForwardInSync(fixture: SourceGitFixture): Promise<void> {
  const before = fixture.distGit.git('rev-parse', 'HEAD')
  const forward = await updateDistGit({
    sourceGit: fixture.sourceGit.dir,
    distGit: fixture.distGit.dir,
    message: 'Sync again',
  })
  expect(forward.status).toBe('nothing-to-do')
  expect(fixture.distGit.git('rev-parse', 'HEAD')).toBe(before)
  expect(fixture.distGit.git('status', '--porcelain')).toBe('')
}

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await updateSourceGitCommand(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: os.tmpdir(),
  })
  return { code, stdout, stderr }
}

describe('update-source-git: spec and files_to_sync changes', () => {
  let fixture: SourceGitFixture
  let hand: string[]
  let result: UpdateSourceGitResult

  beforeAll(async () => {
    fixture = await synced()
    const { distGit } = fixture
    edit(distGit, 'hello.spec', (s) =>
      changelogEntry(
        MIA,
        '1.0-3',
        '- Build with zlib',
      )(
        s
          .replace('BuildRequires:  coreutils\n', 'BuildRequires:  coreutils\nBuildRequires:  zlib-devel\n')
          .replace('Release:        2%{?dist}', 'Release:        3%{?dist}'),
      ),
    )
    const zlib = distGit.commit(
      'Build with zlib\n\nThe compressed greeting needs it.\n\nResolves: rhbz#1234\n',
      MIA,
    )
    edit(distGit, 'hello.spec', (s) =>
      changelogEntry(
        RELENG,
        '1.0-4',
        '- Rebuilt for https://fedoraproject.org/wiki/Fedora_44_Mass_Rebuild',
      )(s.replace('Release:        3%{?dist}', 'Release:        4%{?dist}')),
    )
    const rebuild = distGit.commit(
      'Rebuilt for https://fedoraproject.org/wiki/Fedora_44_Mass_Rebuild',
      RELENG,
    )
    distGit.write('tests/smoke.fmf', 'summary: smoke test\ntest: hello\n')
    const smoke = distGit.commit('Add a smoke test', MIA)
    distGit.write('sources', 'SHA512 (hello-1.0.tar.gz) = ' + 'ef'.repeat(64) + '\n')
    const sources = distGit.commit('Fix the source hash', MIA)
    hand = [zlib, rebuild, smoke, sources]
  })

  it('with dryRun reports the commits it would make and leaves source-git as it was', async () => {
    const before = fixture.sourceGit.git('rev-parse', 'HEAD')
    const dry = await run(fixture, { dryRun: true })
    expect(dry.dryRun).toBe(true)
    expect(dry.commits.map((c) => c.kind)).toEqual(['spec', 'spec', 'files'])
    expect(fixture.sourceGit.git('rev-parse', 'HEAD')).toBe(before)
    expect(fixture.sourceGit.git('symbolic-ref', '--short', 'HEAD')).toBe('main')
    expect(fixture.sourceGit.git('status', '--porcelain')).toBe('')
  })

  it('commits each change under .distro/ with the original author, date and message plus a trailer', async () => {
    result = await run(fixture)
    expect(result.status).toBe('committed')
    expect(result.stopped).toBeUndefined()
    expect(result.commits.map((c) => [c.distGitCommit, c.kind, c.subject])).toEqual([
      [hand[0], 'spec', 'Build with zlib'],
      [hand[1], 'spec', 'Rebuilt for https://fedoraproject.org/wiki/Fedora_44_Mass_Rebuild'],
      [hand[2], 'files', 'Add a smoke test'],
    ])
    const { sourceGit, distGit } = fixture
    for (const c of result.commits) {
      const format = '%an <%ae> %aI'
      expect(sourceGit.git('log', '-1', `--format=${format}`, c.sourceGitCommit)).toBe(
        distGit.git('log', '-1', `--format=${format}`, c.distGitCommit),
      )
    }
    expect(sourceGit.git('log', '-1', '--format=%B', result.commits[0].sourceGitCommit)).toBe(
      `Build with zlib\n\nThe compressed greeting needs it.\n\nResolves: rhbz#1234\nFrom-dist-git-commit: ${hand[0]}`,
    )
    expect(sourceGit.git('show', '--format=', '--name-only', result.commits[2].sourceGitCommit)).toBe(
      '.distro/tests/smoke.fmf',
    )
    expect(read(sourceGit, '.distro/tests/smoke.fmf')).toBe(read(distGit, 'tests/smoke.fmf'))
    expect(sourceGit.git('rev-parse', 'HEAD')).toBe(result.head)
    expect(sourceGit.git('status', '--porcelain')).toBe('')
  })

  it('gives .distro/ the dist-git spec without the PatchN lines srcgit writes', () => {
    const spec = read(fixture.sourceGit, '.distro/hello.spec')
    expect(spec).toBe(read(fixture.distGit, 'hello.spec').replace(GENERATED_PATCH_LINES, ''))
    expect(spec).toContain('BuildRequires:  zlib-devel\n')
    expect(spec).toContain('Release:        4%{?dist}\n')
    expect(spec).toContain('- Rebuilt for https://fedoraproject.org/wiki/Fedora_44_Mass_Rebuild\n')
  })

  it('leaves sources in dist-git and says so', () => {
    expect(result.skipped).toEqual([
      {
        distGitCommit: hand[3],
        subject: 'Fix the source hash',
        reason: 'it changes only files srcgit does not bring back (sources)',
      },
    ])
    expect(result.notes.join('\n')).toContain('changes to sources and .gitignore are not brought back')
  })

  it('gives a spec rpm reads', async () => {
    const parsed = await rpmspec(['-P', path.join(fixture.sourceGit.dir, '.distro/hello.spec')])
    expect(parsed.stderr).not.toMatch(/^error/m)
    expect(parsed.code).toBe(0)
    expect(parsed.stdout).toContain('BuildRequires:  zlib-devel')
  })

  it('does nothing the second time', async () => {
    const head = fixture.sourceGit.git('rev-parse', 'HEAD')
    const again = await run(fixture)
    expect(again.status).toBe('nothing-to-do')
    expect(again.commits).toEqual([])
    expect(fixture.sourceGit.git('rev-parse', 'HEAD')).toBe(head)
  })

  it('leaves update-dist-git nothing to do and nothing to refuse', async () => {
    await expectForwardInSync(fixture)
  })
})

describe('update-source-git: patches added by hand', () => {
  let fixture: SourceGitFixture
  let added: string
  let result: UpdateSourceGitResult

  beforeAll(async () => {
    fixture = await synced()
    const { sourceGit, distGit } = fixture
    // Patches as a maintainer makes them: against the sources with the earlier patches applied.
    const scratch = TestRepo.clone(sourceGit.dir)
    edit(scratch, 'hello.c', (s) => s.replace('return 0;', 'return 1;'))
    scratch.commit('Return 1 on purpose\n\nUpstream asked for it.\n', PAT)
    const mail = scratch.git('format-patch', '-1', '--stdout') + '\n'
    edit(scratch, 'Makefile', (s) => s + '\ninstall: hello\n\tinstall -D hello $(DESTDIR)/usr/bin/hello\n')
    const diff = scratch.git('diff') + '\n'
    scratch.commit('Install target', PAT)
    // A plain `diff -u` patch, and no comment above its PatchN line.
    edit(scratch, 'hello.c', (s) => s.replace('return 1;', 'return 1; /* on purpose */'))
    const plain = scratch
      .git('diff')
      .split('\n')
      .filter((line) => !/^(diff --git|index) /.test(line))
      .map((line) =>
        line
          .replace(/^--- a\//, '--- hello-1.0.orig/')
          .replace(/^\+\+\+ b\//, '+++ hello-1.0/')
          .replace(/^(---|\+\+\+) .*$/, '$&\t2024-05-01 12:00:00.000000000 +0200'),
      )
      .join('\n')
    expect(plain).not.toContain('diff --git')

    distGit.write('fix-exit.patch', mail)
    distGit.write('install-target.patch', diff)
    distGit.write('plain.patch', plain + '\n')
    edit(distGit, 'hello.spec', (s) =>
      changelogEntry(
        MIA,
        '1.0-3',
        '- Fix the exit code, add an install target',
      )(
        s.replace(
          'Patch2:         news.patch\n',
          'Patch2:         news.patch\n# Upstream: https://example.com/hello/pull/1\nPatch3:         fix-exit.patch\n' +
            '# Fedora only\nPatch4:         install-target.patch\nPatch5:         plain.patch\n',
        ),
      ),
    )
    added = distGit.commit('Fix the exit code, add an install target', MIA)
    result = await run(fixture)
  })

  it('applies each patch to the sources as its own commit, with Patch-name, Patch-id and Patch-status', () => {
    const { sourceGit } = fixture
    expect(result.stopped).toBeUndefined()
    expect(result.commits.map((c) => [c.kind, c.patch, c.subject])).toEqual([
      ['patch', 'fix-exit.patch', 'Return 1 on purpose'],
      ['patch', 'install-target.patch', 'Apply patch install-target.patch'],
      ['patch', 'plain.patch', 'Apply patch plain.patch'],
      ['spec', undefined, 'Fix the exit code, add an install target'],
    ])
    const [mail, diff] = result.commits.map((c) => c.sourceGitCommit)
    expect(sourceGit.git('log', '-1', '--format=%an <%ae>%n%B', mail)).toBe(
      'Pat Upstream <pat@example.com>\nReturn 1 on purpose\n\nUpstream asked for it.\n\n' +
        'Patch-name: fix-exit.patch\nPatch-id: 3\nPatch-status: |\n    # Upstream: https://example.com/hello/pull/1\n' +
        `From-dist-git-commit: ${added}`,
    )
    expect(sourceGit.git('log', '-1', '--format=%an <%ae>%n%B', diff)).toBe(
      'Mia Maintainer <mia@example.com>\nApply patch install-target.patch\n\n' +
        'Patch-name: install-target.patch\nPatch-id: 4\nPatch-status: |\n    # Fedora only\n' +
        `From-dist-git-commit: ${added}`,
    )
    // No comment in the spec: an empty Patch-status, so update-dist-git writes none either.
    expect(sourceGit.git('log', '-1', '--format=%B', result.commits[2].sourceGitCommit)).toBe(
      'Apply patch plain.patch\n\nPatch-name: plain.patch\nPatch-id: 5\nPatch-status: ""\n' +
        `From-dist-git-commit: ${added}`,
    )
    expect(sourceGit.git('show', '--format=', '--name-only', mail)).toBe('hello.c')
    expect(read(sourceGit, 'hello.c')).toContain('return 1; /* on purpose */')
    expect(read(sourceGit, 'hello.c')).toContain('return 1;')
    expect(read(sourceGit, 'Makefile')).toContain('install: hello')
  })

  it('keeps the rest of the spec change but not the new PatchN lines', () => {
    const spec = read(fixture.sourceGit, '.distro/hello.spec')
    expect(spec).toContain('- Fix the exit code, add an install target\n')
    expect(spec).not.toContain('Patch')
    expect(spec).not.toContain('# Upstream:')
  })

  it('leaves update-dist-git nothing to do: it writes the same patches and PatchN lines back', async () => {
    await expectForwardInSync(fixture)
    expect((await run(fixture)).status).toBe('nothing-to-do')
  })
})

describe('update-source-git: what it cannot bring back', () => {
  it('stops before a patch that does not apply, keeping the commits before it', async () => {
    const fixture = await synced()
    const { sourceGit, distGit } = fixture
    edit(distGit, 'hello.spec', (s) =>
      s.replace('BuildRequires:  coreutils\n', 'BuildRequires:  coreutils\nBuildRequires:  zlib-devel\n'),
    )
    distGit.commit('Build with zlib', MIA)
    distGit.write(
      'bad.patch',
      'diff --git a/hello.c b/hello.c\n--- a/hello.c\n+++ b/hello.c\n@@ -3,3 +3,3 @@\n int main(void)\n {\n-    puts("Goodbye");\n+    puts("Farewell");\n',
    )
    edit(distGit, 'hello.spec', (s) =>
      s.replace(
        'Patch2:         news.patch\n',
        'Patch2:         news.patch\n# Local\nPatch3:         bad.patch\n',
      ),
    )
    const bad = distGit.commit('Say farewell', MIA)
    edit(distGit, 'hello.spec', (s) => s.replace('Summary:        ', 'Summary:        A '))
    distGit.commit('Better summary', MIA)
    const helloBefore = read(sourceGit, 'hello.c')

    const result = await run(fixture)
    expect(result.status).toBe('committed')
    expect(result.commits.map((c) => c.subject)).toEqual(['Build with zlib'])
    expect(result.stopped).toMatchObject({
      distGitCommit: bad,
      subject: 'Say farewell',
      patch: 'bad.patch',
      manual: false,
    })
    expect(result.stopped!.reason).toContain(`patch bad.patch from dist-git commit ${bad.slice(0, 12)}`)
    expect(result.stopped!.reason).toContain('error: patch failed: hello.c:3')
    expect(sourceGit.git('rev-parse', 'HEAD')).toBe(result.commits[0].sourceGitCommit)
    expect(sourceGit.git('status', '--porcelain')).toBe('')
    expect(read(sourceGit, 'hello.c')).toBe(helloBefore)
    expect(read(sourceGit, '.distro/hello.spec')).not.toContain('A Prints')

    const again = await cli(distGit.dir, sourceGit.dir)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain(
      `stopped before dist-git commit ${bad.slice(0, 12)} ("Say farewell") at patch bad.patch`,
    )
    expect(again.stderr).toContain('does not apply to source-git')
    expect(sourceGit.git('rev-parse', 'HEAD')).toBe(result.commits[0].sourceGitCommit)
  })

  it('stops at a removed patch srcgit generates: reverting the downstream commit is a manual step', async () => {
    const fixture = await synced()
    const { sourceGit, distGit } = fixture
    const head = sourceGit.git('rev-parse', 'HEAD')
    distGit.git('rm', '-q', 'news.patch')
    edit(distGit, 'hello.spec', (s) => s.replace('# Add NEWS, part 1\nPatch2:         news.patch\n', ''))
    const removal = distGit.commit('Drop the NEWS patch', MIA)
    const newsCommits = sourceGit
      .git('log', '--format=%h', '--grep=Add NEWS', '--abbrev=12')
      .split('\n')
      .reverse()

    const result = await run(fixture)
    expect(result.status).toBe('nothing-to-do')
    expect(result.stopped).toMatchObject({ distGitCommit: removal, patch: 'news.patch', manual: true })
    expect(result.stopped!.reason).toContain('needs a manual step')
    expect(result.stopped!.reason).toContain(`source-git commit(s) ${newsCommits.join(', ')}`)
    expect(result.stopped!.reason).toContain(`From-dist-git-commit: ${removal}`)
    expect(sourceGit.git('rev-parse', 'HEAD')).toBe(head)
    expect(sourceGit.git('status', '--porcelain')).toBe('')
  })
})

describe('update-source-git: source-git changed the spec too', () => {
  it('merges a dist-git change with source-git’s own, and stops at one that conflicts', async () => {
    const fixture = await synced()
    const { sourceGit, distGit } = fixture
    // Not synced forward yet: source-git's spec differs from dist-git's.
    edit(sourceGit, '.distro/hello.spec', (s) =>
      s.replace('BuildRequires:  coreutils\n', 'BuildRequires:  coreutils-single\n'),
    )
    sourceGit.commit('Packaging: coreutils-single is enough')
    edit(distGit, 'hello.spec', (s) =>
      s.replace('License:        MIT', 'License:        MIT AND BSD-2-Clause'),
    )
    distGit.commit('Correct the license', MIA)
    edit(distGit, 'hello.spec', (s) =>
      s.replace('BuildRequires:  coreutils\n', 'BuildRequires:  coreutils-common\n'),
    )
    const conflicting = distGit.commit('Use coreutils-common', MIA)

    const result = await run(fixture)
    expect(result.commits.map((c) => c.subject)).toEqual(['Correct the license'])
    const spec = read(sourceGit, '.distro/hello.spec')
    expect(spec).toContain('License:        MIT AND BSD-2-Clause\n')
    expect(spec).toContain('BuildRequires:  coreutils-single\n')
    expect(result.stopped).toMatchObject({ distGitCommit: conflicting, manual: true })
    expect(result.stopped!.reason).toContain('makes to .distro/hello.spec does not merge')
    expect(result.stopped!.reason).toContain('1 conflict(s)')
    expect(sourceGit.git('status', '--porcelain')).toBe('')
  })

  it('stops at a hand edit of a patch srcgit generates, and skips one that only rewrites its headers', async () => {
    const fixture = await synced()
    const { sourceGit, distGit } = fixture
    const head = sourceGit.git('rev-parse', 'HEAD')
    edit(distGit, 'news.patch', (s) => s.replace(/^Subject: .*$/m, 'Subject: [PATCH] Add NEWS (refreshed)'))
    distGit.commit('Refresh the NEWS patch', MIA)
    edit(distGit, 'news.patch', (s) => s.replace('+part 2\n', '+part two\n'))
    const edited = distGit.commit('Extend the NEWS patch', MIA)

    const result = await run(fixture)
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'its news.patch holds the same change srcgit makes from source-git',
    ])
    expect(result.stopped).toMatchObject({ distGitCommit: edited, patch: 'news.patch', manual: true })
    expect(result.stopped!.reason).toContain('Make the same change to that downstream commit in source-git')
    expect(sourceGit.git('rev-parse', 'HEAD')).toBe(head)
  })
})

describe('update-source-git: %autorelease and %autochangelog', () => {
  it('has nothing to bring back from an empty mass-rebuild commit, and makes no empty commit', async () => {
    const fixture = buildSourceGit()
    const { sourceGit, distGit } = fixture
    edit(sourceGit, '.distro/hello.spec', (s) =>
      s
        .replace('Release:        2%{?dist}', 'Release:        %autorelease')
        .replace(/%changelog\n[\s\S]*$/, '%changelog\n%autochangelog\n'),
    )
    sourceGit.commit('Use rpmautospec')
    await updateDistGit({ sourceGit: sourceGit.dir, distGit: distGit.dir, message: 'Sync from source-git' })
    const rebuild = distGit.commit(
      'Rebuilt for https://fedoraproject.org/wiki/Fedora_44_Mass_Rebuild',
      RELENG,
    )
    const head = sourceGit.git('rev-parse', 'HEAD')

    const result = await run(fixture)
    expect(result.status).toBe('nothing-to-do')
    expect(result.commits).toEqual([])
    expect(result.skipped).toHaveLength(1)
    expect(result.skipped[0]).toMatchObject({ distGitCommit: rebuild })
    expect(result.skipped[0].reason).toContain('changes no file')
    expect(sourceGit.git('rev-parse', 'HEAD')).toBe(head)
    await expectForwardInSync(fixture)
  })
})

describe('update-source-git with sync_changelog: false', () => {
  it('brings the Release bump of a mass rebuild back, not its %changelog entry, which dist-git keeps', async () => {
    const fixture = buildSourceGit(SOURCE_GIT_YAML.replace('sync_changelog: true', 'sync_changelog: false'))
    const { sourceGit, distGit } = fixture
    edit(sourceGit, '.distro/hello.spec', (s) =>
      s.replace(/%changelog\n[\s\S]*$/, '%changelog\n- upstream changelog that dist-git does not get\n'),
    )
    sourceGit.commit('Upstream changelog')
    await updateDistGit({ sourceGit: sourceGit.dir, distGit: distGit.dir, message: 'Sync from source-git' })
    const sourceChangelog = read(sourceGit, '.distro/hello.spec').split('%changelog')[1]
    edit(distGit, 'hello.spec', (s) =>
      changelogEntry(
        RELENG,
        '1.0-3',
        '- Rebuilt for https://fedoraproject.org/wiki/Fedora_44_Mass_Rebuild',
      )(s.replace('Release:        2%{?dist}', 'Release:        3%{?dist}')),
    )
    const rebuild = distGit.commit(
      'Rebuilt for https://fedoraproject.org/wiki/Fedora_44_Mass_Rebuild',
      RELENG,
    )

    const result = await run(fixture)
    expect(result.commits.map((c) => [c.distGitCommit, c.kind])).toEqual([[rebuild, 'spec']])
    const spec = read(sourceGit, '.distro/hello.spec')
    expect(spec).toContain('Release:        3%{?dist}\n')
    expect(spec.split('%changelog')[1]).toBe(sourceChangelog)
    await expectForwardInSync(fixture)
  })
})

describe('srcgit update-source-git (command line)', () => {
  it('prints the commits it made', async () => {
    const fixture = await synced()
    edit(fixture.distGit, 'hello.spec', (s) =>
      s.replace('License:        MIT', 'License:        MIT AND BSD-2-Clause'),
    )
    const fix = fixture.distGit.commit('Correct the license', MIA)
    const result = await cli(fixture.distGit.dir, fixture.sourceGit.dir)
    expect(result.stderr).not.toContain('srcgit update-source-git:')
    expect(result.code).toBe(0)
    const head = fixture.sourceGit.git('rev-parse', 'HEAD')
    expect(result.stdout).toBe(
      `${fix.slice(0, 12)} -> ${head.slice(0, 12)} spec  Correct the license\n` +
        `Committed 1 commit(s) in ${fixture.sourceGit.dir}; HEAD is ${head.slice(0, 12)}.\n`,
    )
    expect(await cli(fixture.distGit.dir, fixture.sourceGit.dir)).toMatchObject({
      code: 0,
      stdout: 'Nothing to do: source-git has every dist-git commit since the last sync.\n',
    })
  })

  it('explains a dist-git without a sync point, and takes --since instead', async () => {
    const { sourceGit, distGit } = buildSourceGit()
    const none = await cli(distGit.dir, sourceGit.dir)
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('has no sync point')
    expect(none.stderr).toContain('--since')
    const since = await cli(distGit.dir, sourceGit.dir, '--since', 'HEAD')
    expect(since.code).toBe(0)
    expect(since.stdout).toContain('Nothing to do')
  })

  it('reports usage errors and a dirty source-git', async () => {
    expect((await cli('--help')).stdout).toContain('Usage: srcgit update-source-git DIST_GIT SOURCE_GIT')
    expect((await cli('only-one')).code).toBe(2)
    expect((await cli('--bogus')).code).toBe(2)
    const { sourceGit, distGit } = buildSourceGit()
    sourceGit.write('hello.c', 'changed\n')
    const dirty = await cli(distGit.dir, sourceGit.dir)
    expect(dirty.code).toBe(1)
    expect(dirty.stderr).toContain('source-git')
    expect(dirty.stderr).toContain('has uncommitted changes (hello.c)')
  })
})
