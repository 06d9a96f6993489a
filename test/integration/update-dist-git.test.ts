/** update-dist-git end to end on real repositories: content, idempotence, maintainer safety. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildSourceGit, SOURCE_GIT_YAML } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit } from '../support/cli.js'

const cli = (...argv: string[]) => srcgit(argv, os.tmpdir())

// Commits made by the command under test need an identity; tests have no global git config.
Object.assign(process.env, gitEnv())

describe('srcgit update-dist-git', () => {
  const { upstream, sourceGit, distGit } = buildSourceGit()

  it('syncs the spec, writes and declares the patches and commits with the sync trailer', async () => {
    const result = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync from source-git')
    expect(result.stderr).not.toContain('srcgit update-dist-git:')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Patches: 0001-Greet-Fedora.patch, news.patch')
    const files = distGit.git('ls-files').split('\n')
    expect(files.sort()).toEqual([
      '.gitignore',
      '0001-Greet-Fedora.patch',
      'hello.spec',
      'news.patch',
      'sources',
    ])
    const spec = readFileSync(path.join(distGit.dir, 'hello.spec'), 'utf8')
    expect(spec).toContain('BuildRequires:  coreutils\n')
    expect(spec).toContain(
      '# Greet Fedora\n#\n# Downstream wording.\nPatch1:         0001-Greet-Fedora.patch\n# Add NEWS, part 1\nPatch2:         news.patch\n',
    )
    expect(readFileSync(path.join(distGit.dir, 'sources'), 'utf8')).toMatch(/^SHA512 \(hello-1\.0\.tar\.gz\)/)
    const message = distGit.git('log', '-1', '--format=%B')
    expect(message).toBe(
      `Sync from source-git\n\nFrom-source-git-commit: ${sourceGit.git('rev-parse', 'HEAD')}`,
    )
  })

  it('produces patches that apply to the upstream release', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-apply-'))
    execFileSync('sh', ['-c', `git -C '${upstream.dir}' archive v1.0 | tar -x -C '${work}'`])
    for (const patch of ['0001-Greet-Fedora.patch', 'news.patch'])
      execFileSync('git', ['apply', '--directory=', path.join(distGit.dir, patch)], {
        cwd: work,
        env: gitEnv(),
      })
    expect(readFileSync(path.join(work, 'NEWS'), 'utf8')).toBe('part 1\npart 2\n')
    expect(existsSync(path.join(work, 'debug.txt'))).toBe(false)
  })

  it('does nothing the second time', async () => {
    const before = distGit.git('rev-parse', 'HEAD')
    const again = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync again')
    expect(again).toMatchObject({ code: 0, stdout: 'Nothing to do: dist-git is in sync with source-git.\n' })
    expect(distGit.git('rev-parse', 'HEAD')).toBe(before)
  })

  it('never overwrites a maintainer commit without --force', async () => {
    distGit.write(
      'hello.spec',
      readFileSync(path.join(distGit.dir, 'hello.spec'), 'utf8').replace('Summary:', 'Summary:  '),
    )
    distGit.commit('Fix the summary by hand', { name: 'Mia Maintainer', email: 'mia@example.com' })
    sourceGit.write(
      'hello.c',
      readFileSync(path.join(sourceGit.dir, 'hello.c'), 'utf8').replace('Fedora', 'Fedora!'),
    )
    sourceGit.commit('More emphasis')
    const before = distGit.git('rev-parse', 'HEAD')
    const refused = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('made by hand since the last sync')
    expect(refused.stderr).toContain('Fix the summary by hand (Mia Maintainer <mia@example.com>)')
    expect(distGit.git('rev-parse', 'HEAD')).toBe(before)
    expect(distGit.git('status', '--porcelain')).toBe('')

    const forced = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync', '--force')
    expect(forced.code).toBe(0)
    expect(distGit.git('ls-files')).toContain('0005-More-emphasis.patch')
  })

  it('goes ahead when source-git already has the change a maintainer made in dist-git', async () => {
    const addMake = (file: string) =>
      readFileSync(file, 'utf8').replace(
        'BuildRequires:  coreutils\n',
        'BuildRequires:  coreutils\nBuildRequires:  sed\n',
      )
    distGit.write('hello.spec', addMake(path.join(distGit.dir, 'hello.spec')))
    distGit.commit('Build with sed', { name: 'Mia Maintainer', email: 'mia@example.com' })
    // The same change made in source-git (not brought back by srcgit: no trailer), and one more commit.
    sourceGit.write('.distro/hello.spec', addMake(path.join(sourceGit.dir, '.distro/hello.spec')))
    sourceGit.commit('Build with sed')
    sourceGit.write(
      'hello.c',
      readFileSync(path.join(sourceGit.dir, 'hello.c'), 'utf8').replace('Fedora!', 'Fedora!!'),
    )
    sourceGit.commit('Even more emphasis')
    const result = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(result.stderr).not.toContain('would overwrite')
    expect(result.code).toBe(0)
    expect(result.stdout + result.stderr).toContain('source-git has their changes too, so none is undone')
    const spec = readFileSync(path.join(distGit.dir, 'hello.spec'), 'utf8')
    expect(spec.match(/^BuildRequires: {2}sed$/gm)).toHaveLength(1)
    expect(distGit.git('log', '-1', '--format=%s')).toBe('Sync')
    expect(distGit.git('ls-files')).toContain('0006-Even-more-emphasis.patch')

    // A maintainer change source-git does not have still stops it.
    distGit.write(
      'hello.spec',
      readFileSync(path.join(distGit.dir, 'hello.spec'), 'utf8').replace(
        'sed\n',
        'sed\nBuildRequires:  gettext\n',
      ),
    )
    distGit.commit('Build with gettext', { name: 'Mia Maintainer', email: 'mia@example.com' })
    sourceGit.write(
      'hello.c',
      readFileSync(path.join(sourceGit.dir, 'hello.c'), 'utf8').replace('Fedora!!', 'Fedora!!!'),
    )
    sourceGit.commit('Most emphasis')
    const refused = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('1 commit(s) made by hand since the last sync')
    expect(refused.stderr).toContain('Build with gettext (Mia Maintainer <mia@example.com>)')
    expect(refused.stderr).not.toContain('Build with sed')
    expect(distGit.git('status', '--porcelain')).toBe('')
    distGit.git('reset', '-q', '--hard', 'HEAD~1')
  })

  it('refuses a dirty work tree and reports usage errors', async () => {
    writeFileSync(path.join(distGit.dir, 'stray'), 'x')
    const dirty = await cli('update-dist-git', sourceGit.dir, distGit.dir)
    expect(dirty.code).toBe(1)
    expect(dirty.stderr).toContain('has uncommitted changes (stray)')
    expect((await cli('update-dist-git', sourceGit.dir)).code).toBe(2)
    expect((await cli('update-dist-git', '--bogus')).code).toBe(2)
    expect((await cli('update-dist-git', '--help')).stdout).toContain('Usage: srcgit update-dist-git')
  })

  it('explains an upstream_ref that does not resolve', async () => {
    const { sourceGit: sg, distGit: dg } = buildSourceGit()
    const result = await cli('update-dist-git', sg.dir, dg.dir, '--upstream-ref', 'v9.9')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('upstream_ref "v9.9" does not resolve')
  })

  it('explains a specfile_path that is not in source-git', async () => {
    const { sourceGit: sg, distGit: dg } = buildSourceGit(
      SOURCE_GIT_YAML.replace('.distro/hello.spec', '.distro/helo.spec'),
    )
    const result = await cli('update-dist-git', sg.dir, dg.dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('specfile_path .distro/helo.spec is not in source-git')
    expect(result.stderr).not.toContain('ENOENT')
  })
})

describe('srcgit update-dist-git with sync_changelog: false and actions', () => {
  it('keeps the %changelog dist-git has, takes the rest of the spec from source-git', async () => {
    const { sourceGit, distGit } = buildSourceGit(
      SOURCE_GIT_YAML.replace('sync_changelog: true', 'sync_changelog: false'),
    )
    const distSpec = readFileSync(path.join(distGit.dir, 'hello.spec'), 'utf8')
    const entry =
      '* Fri Nov 20 2026 Jane Packager <jane@example.com> - 1.0-2\n- Rebuilt by hand in dist-git\n\n'
    writeFileSync(
      path.join(distGit.dir, 'hello.spec'),
      distSpec.replace('%changelog\n', `%changelog\n${entry}`),
    )
    distGit.commit('Rebuild')
    const result = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync', '--force')
    expect(result.code).toBe(0)
    const spec = readFileSync(path.join(distGit.dir, 'hello.spec'), 'utf8')
    expect(spec).toContain('BuildRequires:  coreutils\n')
    expect(spec).toContain(`%changelog\n${entry}`)
    expect(spec).toContain('Patch2:         news.patch\n')
  })

  it('runs create-patches instead of generating patches, then post-modifications', async () => {
    const { sourceGit, distGit } = buildSourceGit(
      SOURCE_GIT_YAML +
        `actions:
  create-patches: bash -c 'echo "# made by the action" > "$PACKIT_DOWNSTREAM_REPO/action.patch"'
  post-modifications:
    - [bash, -c, 'sed -i "s/^Release: .*/Release:        7%{?dist}/" "$PACKIT_DOWNSTREAM_REPO/hello.spec"']
`,
    )
    const result = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(result.stderr).not.toContain('srcgit update-dist-git:')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Patches: (none)')
    expect(distGit.git('ls-files').split('\n').sort()).toEqual([
      '.gitignore',
      'action.patch',
      'hello.spec',
      'sources',
    ])
    expect(readFileSync(path.join(distGit.dir, 'hello.spec'), 'utf8')).toContain(
      'Release:        7%{?dist}\n',
    )
  })

  it('leaves dist-git clean when an action fails', async () => {
    const { sourceGit, distGit } = buildSourceGit(
      SOURCE_GIT_YAML + 'actions:\n  post-modifications: "false"\n',
    )
    const before = distGit.git('rev-parse', 'HEAD')
    const result = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('action post-modifications failed: "false" exited with 1')
    expect(distGit.git('status', '--porcelain')).toBe('')
    expect(distGit.git('rev-parse', 'HEAD')).toBe(before)
  })
})

describe('srcgit update-dist-git and a commit of CI files only', () => {
  it('warns naming the commit and patch_generation_ignore_paths; no warning once the path is ignored', async () => {
    const { sourceGit, distGit } = buildSourceGit()
    sourceGit.write('.github/workflows/ci.yml', 'on: push\n')
    sourceGit.commit('Run the tests in GitHub Actions\n')
    const sha = sourceGit.git('rev-parse', 'HEAD').slice(0, 12)
    const warned = await cli('update-dist-git', sourceGit.dir, distGit.dir)
    expect(warned.code).toBe(0)
    expect(warned.stderr).toContain(
      `warning: patch 0005-Run-the-tests-in-GitHub-Actions.patch from commit ${sha} ("Run the tests in GitHub Actions") ` +
        'changes only CI files (.github/workflows/ci.yml), which would ship as a Fedora patch: ' +
        'add ".github" to patch_generation_ignore_paths in .distro/source-git.yaml',
    )
    expect(warned.stderr.match(/^warning: /gm)).toHaveLength(1)
    distGit.git('reset', '-q', '--hard')
    distGit.git('clean', '-q', '-fd')

    const ignored = buildSourceGit(
      SOURCE_GIT_YAML.replace(
        'patch_generation_ignore_paths: [.distro]',
        'patch_generation_ignore_paths: [.distro, .github]',
      ),
    )
    ignored.sourceGit.write('.github/workflows/ci.yml', 'on: push\n')
    ignored.sourceGit.commit('Run the tests in GitHub Actions\n')
    const quiet = await cli('update-dist-git', ignored.sourceGit.dir, ignored.distGit.dir)
    expect(quiet.code).toBe(0)
    expect(quiet.stderr).not.toContain('CI files')
    expect(quiet.stdout).not.toContain('GitHub-Actions')
  })
})
