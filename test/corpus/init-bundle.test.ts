/**
 * `srcgit init` on real upstreams (egl-wayland and python-specfile from ../shared/fixtures/upstream) with Fedora's
 * real spec (its %autosetup sits under `%if 0%{?tag:1}`) plus dist-git patches: a git mail
 * and a commented plain diff. Round trip: init, then update-dist-git into a copy of dist-git,
 * gives the dist-git tree back, and `rpmbuild -bp` of both the same sources.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SHARED } from '../support/corpus.js'
import { srcgit } from '../support/cli.js'
import { gitEnv, TestRepo } from '../support/git-repo.js'
import { rpmbuildPrep, treeSnapshot } from '../support/rpm.js'

const UPSTREAM = path.join(SHARED, 'fixtures/upstream')
Object.assign(process.env, gitEnv())

const eglPrep = (tree: string, upstream: string) =>
  rpmbuildPrep({
    tree,
    spec: 'egl-wayland.spec',
    upstream,
    tag: '1.1.17',
    archive: 'egl-wayland-1.1.17.tar.gz',
    topDir: 'egl-wayland-1.1.17',
  })

describe('srcgit init on egl-wayland 1.1.17', () => {
  it('converts the patches and round-trips through update-dist-git to the same dist-git tree and %prep result', async () => {
    const scratch = TestRepo.clone(path.join(UPSTREAM, 'egl-wayland.bundle'), 'srcgit-init-eglw-scratch-')
    scratch.git('checkout', '-q', '1.1.17')
    const readme = readFileSync(path.join(scratch.dir, 'README.md'), 'utf8')
    scratch.write('README.md', readme.replace('Wayland', 'Wayland (Fedora build)'))
    scratch.commit('Mention the Fedora build in the README\n\nDownstream only.\n', {
      name: 'Carol Patcher',
      email: 'carol@example.com',
    })
    const mail = scratch.git('format-patch', '-1', '--stdout') + '\n'
    const copying = readFileSync(path.join(scratch.dir, 'COPYING'), 'utf8')
    scratch.write('COPYING', copying.replace('Copyright', 'Copyright (packaged for Fedora)'))
    const plain =
      scratch.git('diff', 'HEAD', '--', 'COPYING').replace(/^diff --git .*\nindex .*\n/, '') + '\n'

    const spec = readFileSync(path.join(UPSTREAM, 'egl-wayland.spec'), 'utf8').replace(
      '%endif\n\nBuildRequires:',
      '%endif\n# Downstream only\nPatch1:         0001-Mention-the-Fedora-build-in-the-README.patch\n' +
        'Patch2:         copying.patch\n\nBuildRequires:',
    )
    expect(spec).toContain('Patch2:')
    const distGit = TestRepo.init('srcgit-init-eglw-dg-')
    distGit.git('checkout', '-q', '-b', 'rawhide')
    distGit.write('egl-wayland.spec', spec)
    distGit.write('sources', 'SHA512 (egl-wayland-1.1.17.tar.gz) = ' + '0'.repeat(128) + '\n')
    distGit.write('.gitignore', '/egl-wayland-1.1.17.tar.gz\n')
    distGit.write('0001-Mention-the-Fedora-build-in-the-README.patch', mail)
    distGit.write('copying.patch', plain)
    distGit.commit('Import egl-wayland 1.1.17')

    const clone = TestRepo.clone(path.join(UPSTREAM, 'egl-wayland.bundle'), 'srcgit-init-eglw-')
    const init = await srcgit(['init', '1.1.17', distGit.dir], clone.dir)
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    expect(clone.git('log', '--reverse', '--format=%s', '1.1.17..rawhide').split('\n')).toEqual([
      'Initialize as a source-git repository',
      'Mention the Fedora build in the README',
      'Apply patch copying.patch',
    ])
    expect(clone.git('log', '-1', '--format=%B', 'rawhide')).toContain(
      'Patch-name: copying.patch\nPatch-id: 2\nPatch-status: ""\n',
    )

    const copy = TestRepo.clone(distGit.dir, 'srcgit-init-eglw-copy-')
    copy.git('checkout', '-q', 'rawhide')
    const sync = await srcgit(['update-dist-git', clone.dir, copy.dir, '-m', 'Sync from source-git'])
    expect(sync.code).toBe(0)
    expect(copy.git('ls-tree', '-r', 'HEAD')).toBe(distGit.git('ls-tree', '-r', 'HEAD'))
    const prepared = treeSnapshot(eglPrep(copy.dir, clone.dir))
    expect(prepared).toEqual(treeSnapshot(eglPrep(distGit.dir, clone.dir)))
    expect(prepared['README.md']).toContain('Wayland (Fedora build)')
    expect(prepared['COPYING']).toContain('Copyright (packaged for Fedora)')
  })
})

/** python-specfile 0.34.1's Fedora spec with %prep split so a -p0 patch has its own %autopatch. */
function specfileSpec(): string {
  const spec = readFileSync(path.join(UPSTREAM, 'python-specfile.spec'), 'utf8')
    .replace(
      /(Source0:.*\n)/,
      '$1# Sent upstream: https://github.com/packit/specfile/pull/1\n# Reword the README\n' +
        'Patch1:         0001-Mention-Fedora-in-the-README.patch\n' +
        'Patch2:         license-note.patch\n' +
        '%if %{with tests}\nPatch3:         tests-only.patch\n%endif\n' +
        '%if 0%{?rhel}\nPatch4:         rhel-only.patch\n%endif\n' +
        '# Old style, applied with -p0\nPatch10:        p0.patch\n',
    )
    .replace(
      '%autosetup -p1 -n specfile-%{pypi_version}',
      '%autosetup -N -n specfile-%{pypi_version}\n%autopatch -p1 -M 9\n%autopatch -p0 -m 10',
    )
  expect(spec).toContain('%autopatch -p0 -m 10')
  expect(spec).toContain('Patch10:')
  return spec
}

const specfilePrep = (tree: string, upstream: string) =>
  rpmbuildPrep({
    tree,
    spec: 'python-specfile.spec',
    upstream,
    tag: '0.34.1',
    archive: 'specfile-0.34.1.tar.gz',
    topDir: 'specfile-0.34.1',
    // %pypi_source is Fedora's (python-rpm-macros); Debian's rpm has none.
    defines: { 'pypi_source()': '%{1}-%{2}.tar.gz' },
  })

describe('srcgit init on python-specfile 0.34.1 (an upstream that carries its own packaging)', () => {
  it('converts a git mail, a plain diff, a -p0 diff, a commented and a conditional PatchN, and round-trips', async () => {
    const scratch = TestRepo.clone(path.join(UPSTREAM, 'python-specfile.bundle'), 'srcgit-init-pysf-scratch-')
    scratch.git('checkout', '-q', '0.34.1')
    const readme = readFileSync(path.join(scratch.dir, 'README.md'), 'utf8')
    scratch.write('README.md', readme.replace('# specfile', '# specfile (Fedora build)'))
    scratch.commit('Mention Fedora in the README\n\nDownstream only.\n', {
      name: 'Carol Patcher',
      email: 'carol@example.com',
    })
    const mail = scratch.git('format-patch', '-1', '--stdout') + '\n'
    const diffOf = (file: string, from: string, to: string) => {
      scratch.write(file, readFileSync(path.join(scratch.dir, file), 'utf8').replace(from, to))
      const diff = execFileSync('git', ['-C', scratch.dir, 'diff', '--', file], {
        encoding: 'utf8',
        env: gitEnv(),
      }).replace(/^diff --git .*\nindex .*\n/, '')
      scratch.git('checkout', '-q', '--', file)
      return diff
    }
    const plain = diffOf('LICENSE', 'Copyright', 'Copyright (packaged for Fedora)')
    const testsOnly = diffOf('CONTRIBUTING.md', 'Contributing', 'Contributing (tests run in Fedora)')
    const rhelOnly = diffOf('CONTRIBUTING.md', 'Contributing', 'Contributing (RHEL)')
    const p0 = diffOf('setup.cfg', '[metadata]', '[metadata]\n# Fedora: -p0')
      .replace(/^--- a\//m, '--- ')
      .replace(/^\+\+\+ b\//m, '+++ ')
    expect(p0).toMatch(/^--- setup\.cfg\n\+\+\+ setup\.cfg\n/)
    expect(readme).toContain('# specfile')

    const distGit = TestRepo.init('srcgit-init-pysf-dg-')
    distGit.git('checkout', '-q', '-b', 'rawhide')
    distGit.write('python-specfile.spec', specfileSpec())
    distGit.write('sources', 'SHA512 (specfile-0.34.1.tar.gz) = ' + '0'.repeat(128) + '\n')
    distGit.write('.gitignore', '/specfile-0.34.1.tar.gz\n')
    distGit.write('0001-Mention-Fedora-in-the-README.patch', mail)
    distGit.write('license-note.patch', plain)
    distGit.write('tests-only.patch', testsOnly)
    distGit.write('rhel-only.patch', rhelOnly)
    distGit.write('p0.patch', p0)
    distGit.commit('Import python-specfile 0.34.1')

    const clone = TestRepo.clone(path.join(UPSTREAM, 'python-specfile.bundle'), 'srcgit-init-pysf-')
    const init = await srcgit(['init', '0.34.1', distGit.dir], clone.dir)
    expect([init.code, init.code === 0 ? '' : init.stderr]).toEqual([0, ''])
    // Patch4 (rhel only) stays declared and numbers above Patch1: the PatchN lines stay in .distro/.
    expect(init.stderr).toMatch(/^note: the PatchN lines stay in \.distro\/python-specfile\.spec: /)
    expect(clone.git('log', '--reverse', '--format=%s', '0.34.1..rawhide').split('\n')).toEqual([
      'Initialize as a source-git repository',
      'Mention Fedora in the README',
      'Apply patch license-note.patch',
      'Apply patch tests-only.patch',
      'Apply patch p0.patch',
    ])
    const p0Commit = clone.git('log', '-1', '--format=%B', 'rawhide')
    expect(p0Commit).toContain(
      'Patch-name: p0.patch\nPatch-id: 10\nPatch-status: |\n    # Old style, applied with -p0\nNo-prefix: true\n',
    )
    expect(clone.git('log', '-1', '--format=%B', 'rawhide~3')).toContain(
      'Patch-id: 1\nPatch-status: |\n    # Sent upstream: https://github.com/packit/specfile/pull/1\n    # Reword the README\n',
    )
    // The upstream's own packaging (fedora/, .packit.yaml) is untouched; .distro/ is srcgit's.
    expect(
      clone
        .git('diff', '--name-only', '0.34.1', 'rawhide~4')
        .split('\n')
        .every((f) => f.startsWith('.distro/')),
    ).toBe(true)

    const copy = TestRepo.clone(distGit.dir, 'srcgit-init-pysf-copy-')
    copy.git('checkout', '-q', 'rawhide')
    const sync = await srcgit(['update-dist-git', clone.dir, copy.dir, '-m', 'Sync from source-git'])
    expect([sync.code, sync.code === 0 ? '' : sync.stderr]).toEqual([0, ''])
    expect(sync.stderr).not.toMatch(/error|warning/i)
    expect(copy.git('ls-tree', '-r', 'HEAD')).toBe(distGit.git('ls-tree', '-r', 'HEAD'))
    const prepared = treeSnapshot(specfilePrep(copy.dir, clone.dir))
    expect(prepared).toEqual(treeSnapshot(specfilePrep(distGit.dir, clone.dir)))
    expect(prepared['README.md']).toContain('# specfile (Fedora build)')
    expect(prepared['LICENSE']).toContain('Copyright (packaged for Fedora)')
    expect(prepared['CONTRIBUTING.md']).toContain('Contributing (tests run in Fedora)')
    expect(prepared['CONTRIBUTING.md']).not.toContain('RHEL')
    expect(prepared['setup.cfg']).toContain('# Fedora: -p0')
  })
})
