/**
 * propose-downstream --dry-run for a new egl-wayland release (1.1.17 -> 1.1.18) with Fedora's
 * real spec: right Version/Release/changelog, a sources line with the archive's true SHA-512,
 * and a dist-git tree whose patches apply with `rpmbuild -bp`.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { proposeDownstream } from '../../src/jobs/propose-downstream.js'
import { SHARED } from '../support/corpus.js'
import { gitEnv, TestRepo } from '../support/git-repo.js'

const UPSTREAM = path.join(SHARED, 'fixtures/upstream')
Object.assign(process.env, gitEnv())

describe('propose-downstream --dry-run on egl-wayland 1.1.18', () => {
  const fedoraSpec = readFileSync(path.join(UPSTREAM, 'egl-wayland.spec'), 'utf8')
  const sourceGit = TestRepo.clone(path.join(UPSTREAM, 'egl-wayland.bundle'), 'srcgit-eglw-')
  sourceGit.git('checkout', '-q', '-b', 'rawhide', '1.1.18')
  sourceGit.write('.distro/egl-wayland.spec', fedoraSpec)
  sourceGit.write(
    '.distro/source-git.yaml',
    [
      'upstream_project_url: https://github.com/NVIDIA/egl-wayland',
      'upstream_ref: 1.1.18',
      'upstream_package_name: egl-wayland',
      'downstream_package_name: egl-wayland',
      'specfile_path: .distro/egl-wayland.spec',
      'patch_generation_ignore_paths: [.distro]',
      'patch_generation_patch_id_digits: 1',
      '',
    ].join('\n'),
  )
  sourceGit.commit('Initialize as a source-git repository')
  const readme = readFileSync(path.join(sourceGit.dir, 'README.md'), 'utf8')
  sourceGit.write('README.md', readme + '\nPackaged for Fedora.\n')
  sourceGit.commit('Note the Fedora packaging\n\nPatch-name: egl-wayland-fedora-note.patch\n')

  const distGit = TestRepo.init('srcgit-eglw-dg-')
  distGit.write('egl-wayland.spec', fedoraSpec)
  distGit.write('sources', 'SHA512 (egl-wayland-1.1.17.tar.gz) = ' + '1'.repeat(128) + '\n')
  distGit.write('.gitignore', '/egl-wayland-1.1.17.tar.gz\n')
  distGit.commit('Update to 1.1.17')

  it('commits the release update and the archive passes rpmbuild -bp with the patches', async () => {
    const result = await proposeDownstream({
      sourceGit: sourceGit.dir,
      distGit: distGit.dir,
      tag: '1.1.18',
      branches: ['main'],
      date: new Date('2026-11-05T00:00:00Z'),
    })
    expect(result).toMatchObject({ version: '1.1.18', tag: '1.1.18' })
    const [proposal] = result.proposals
    expect(proposal.title).toBe('Update main to upstream release 1.1.18')

    const tree = mkdtempSync(path.join(os.tmpdir(), 'srcgit-eglw-pr-'))
    execFileSync('git', ['-C', distGit.dir, 'worktree', 'add', '-q', tree, proposal.prBranch], {
      env: gitEnv(),
    })
    const spec = readFileSync(path.join(tree, 'egl-wayland.spec'), 'utf8')
    expect(spec).toContain(
      'Version:        1.1.18%{!?tag:^%{date}git%{shortcommit0}}\nRelease:        1%{?dist}\n',
    )
    expect(spec).toMatch(
      /%changelog\n\* Thu Nov {1,2}5 2026 .+ - 1\.1\.18-1\n- Update to version 1\.1\.18\n\n\* /,
    )
    expect(spec).toContain('Patch1:         egl-wayland-fedora-note.patch\n')

    // Kept out of the work tree, in the checkout's git directory.
    const archive = path.join(distGit.dir, '.git/srcgit/archives/egl-wayland-1.1.18.tar.gz')
    const sha = createHash('sha512').update(readFileSync(archive)).digest('hex')
    expect(readFileSync(path.join(tree, 'sources'), 'utf8')).toBe(
      `SHA512 (egl-wayland-1.1.18.tar.gz) = ${sha}\n`,
    )

    copyFileSync(archive, path.join(tree, 'egl-wayland-1.1.18.tar.gz'))
    const topdir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-rpmbuild-'))
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
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    expect(readFileSync(path.join(topdir, 'BUILD/egl-wayland-1.1.18/README.md'), 'utf8')).toContain(
      'Packaged for Fedora.',
    )
    const version = execFileSync(
      'rpmspec',
      [
        '-q',
        '--srpm',
        '--qf',
        '%{version}-%{release}',
        '--define',
        'dist %{nil}',
        path.join(tree, 'egl-wayland.spec'),
      ],
      {
        encoding: 'utf8',
      },
    )
    expect(version).toBe('1.1.18-1')
  })
})
