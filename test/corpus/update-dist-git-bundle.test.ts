/**
 * update-dist-git on a real upstream (egl-wayland from ../shared/fixtures/upstream) with
 * Fedora's real spec: the generated dist-git tree must pass `rpmbuild -bp` — every patch
 * applies to the release archive.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { updateDistGit } from '../../src/jobs/update-dist-git.js'
import { SHARED } from '../support/corpus.js'
import { gitEnv, TestRepo } from '../support/git-repo.js'

const UPSTREAM = path.join(SHARED, 'fixtures/upstream')
Object.assign(process.env, gitEnv())

function edit(repo: TestRepo, file: string, from: string, to: string): void {
  const text = readFileSync(path.join(repo.dir, file), 'utf8')
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`)
  repo.write(file, text.replace(from, to))
}

describe('update-dist-git on egl-wayland 1.1.17', () => {
  const sourceGit = TestRepo.clone(path.join(UPSTREAM, 'egl-wayland.bundle'), 'srcgit-eglw-')
  sourceGit.git('checkout', '-q', '-b', 'rawhide', '1.1.17')
  sourceGit.write('.distro/egl-wayland.spec', readFileSync(path.join(UPSTREAM, 'egl-wayland.spec'), 'utf8'))
  sourceGit.write(
    '.distro/source-git.yaml',
    [
      'upstream_project_url: https://github.com/NVIDIA/egl-wayland',
      'upstream_ref: 1.1.17',
      'downstream_package_name: egl-wayland',
      'specfile_path: .distro/egl-wayland.spec',
      'patch_generation_ignore_paths: [.distro]',
      'patch_generation_patch_id_digits: 1',
      'sync_changelog: true',
      'files_to_sync:',
      '  - src: .distro/',
      '    dest: .',
      '    delete: true',
      '    filters: ["protect .git*", "protect sources", "exclude source-git.yaml", "exclude .gitignore"]',
      '',
    ].join('\n'),
  )
  sourceGit.commit('Initialize as a source-git repository')
  edit(sourceGit, 'README.md', 'Wayland', 'Wayland (Fedora build)')
  sourceGit.commit(
    'Mention the Fedora build in the README\n\nPatch-name: egl-wayland-readme.patch\nPatch-status: |\n    # Downstream only\n',
  )
  edit(sourceGit, 'src/wayland-eglutils.c', '#include', '/* downstream */\n#include')
  sourceGit.commit('Mark eglutils as patched, part 1\n\nPatch-name: eglutils.patch\n')
  edit(sourceGit, 'src/wayland-thread.c', '#include', '/* downstream too */\n#include')
  sourceGit.commit('Mark eglutils as patched, part 2\n\nPatch-name: eglutils.patch\n')
  edit(sourceGit, 'meson.build', 'project(', '# local experiment\nproject(')
  sourceGit.commit('Local experiment\n\nIgnore-patch: true\n')
  edit(sourceGit, '.distro/egl-wayland.spec', 'BuildRequires:', 'BuildRequires:  pkgconfig\nBuildRequires:')
  sourceGit.commit('Packaging only change')
  edit(sourceGit, 'COPYING', 'Copyright', 'Copyright (packaged for Fedora)')
  sourceGit.commit('Note the packaging in COPYING\n\nNo trailers here.\n')

  const distGit = TestRepo.init('srcgit-eglw-dg-')
  distGit.write('egl-wayland.spec', readFileSync(path.join(UPSTREAM, 'egl-wayland.spec'), 'utf8'))
  distGit.write('sources', 'SHA512 (egl-wayland-1.1.17.tar.gz) = ' + '0'.repeat(128) + '\n')
  distGit.write('.gitignore', '/egl-wayland-1.1.17.tar.gz\n')
  distGit.commit('Import egl-wayland 1.1.17')

  it('generates a dist-git tree whose patches apply with rpmbuild -bp', async () => {
    const result = await updateDistGit({
      sourceGit: sourceGit.dir,
      distGit: distGit.dir,
      message: 'Sync from source-git',
    })
    expect(result.status).toBe('committed')
    expect(result.patches).toEqual([
      'egl-wayland-readme.patch',
      'eglutils.patch',
      '0005-Note-the-packaging-in-COPYING.patch',
    ])
    const spec = readFileSync(path.join(distGit.dir, 'egl-wayland.spec'), 'utf8')
    expect(spec).toContain('BuildRequires:  pkgconfig\n')
    expect(spec).toContain('# Downstream only\nPatch1:         egl-wayland-readme.patch\n')

    // The release archive, named and rooted as Source0 and %autosetup expect.
    execFileSync('sh', [
      '-c',
      `git -C '${sourceGit.dir}' archive --prefix=egl-wayland-1.1.17/ 1.1.17 | gzip -n > '${distGit.dir}/egl-wayland-1.1.17.tar.gz'`,
    ])
    const topdir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-rpmbuild-'))
    const output = execFileSync(
      'rpmbuild',
      [
        '-bp',
        '--nodeps',
        '--define',
        `_topdir ${topdir}`,
        '--define',
        `_sourcedir ${distGit.dir}`,
        path.join(distGit.dir, 'egl-wayland.spec'),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    )
    expect(output).toContain('Executing(%prep)')
    const built = path.join(topdir, 'BUILD/egl-wayland-1.1.17')
    expect(readFileSync(path.join(built, 'README.md'), 'utf8')).toContain('Wayland (Fedora build)')
    expect(readFileSync(path.join(built, 'src/wayland-thread.c'), 'utf8')).toContain('/* downstream too */')
    expect(readFileSync(path.join(built, 'meson.build'), 'utf8')).not.toContain('local experiment')
  })

  it('gives no second commit', async () => {
    const head = distGit.git('rev-parse', 'HEAD')
    const again = await updateDistGit({
      sourceGit: sourceGit.dir,
      distGit: distGit.dir,
      message: 'Sync again',
    })
    expect(again.status).toBe('nothing-to-do')
    expect(distGit.git('rev-parse', 'HEAD')).toBe(head)
  })
})
