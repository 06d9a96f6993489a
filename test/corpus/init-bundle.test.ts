/**
 * `srcgit init` on a real upstream (egl-wayland from ../shared/fixtures/upstream) with Fedora's
 * real spec (its %autosetup sits under `%if 0%{?tag:1}`) plus dist-git patches: a git mail
 * and a commented plain diff. Round trip: init, then update-dist-git into a copy of dist-git,
 * gives the dist-git tree back, and `rpmbuild -bp` of both the same sources.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SHARED } from '../support/corpus.js'
import { srcgit } from '../support/cli.js'
import { gitEnv, TestRepo } from '../support/git-repo.js'

const UPSTREAM = path.join(SHARED, 'fixtures/upstream')
Object.assign(process.env, gitEnv())

function snapshot(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const file = path.join(rel, name)
    if (statSync(path.join(dir, file)).isDirectory()) Object.assign(out, snapshot(dir, file))
    else out[file] = readFileSync(path.join(dir, file), 'latin1')
  }
  return out
}

function prep(tree: string, upstream: string): string {
  execFileSync('sh', [
    '-c',
    `git -C '${upstream}' archive --prefix=egl-wayland-1.1.17/ 1.1.17 | gzip -n > '${tree}/egl-wayland-1.1.17.tar.gz'`,
  ])
  const topdir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-init-eglw-rpmbuild-'))
  execFileSync(
    'rpmbuild',
    [
      '-bp',
      '--nodeps',
      '--define',
      `_topdir ${topdir}`,
      '--define',
      `_sourcedir ${tree}`,
      path.join(tree, 'egl-wayland.spec'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  return path.join(topdir, 'BUILD', 'egl-wayland-1.1.17')
}

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
    const prepared = snapshot(prep(copy.dir, clone.dir))
    expect(prepared).toEqual(snapshot(prep(distGit.dir, clone.dir)))
    expect(prepared['README.md']).toContain('Wayland (Fedora build)')
    expect(prepared['COPYING']).toContain('Copyright (packaged for Fedora)')
  })
})
