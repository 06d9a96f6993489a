import { describe, expect, it } from '@jest/globals'
import { ciOnlyPatchWarnings, isCiPath, patchFiles } from '../../../src/source-git/ci-only.js'

const commit = { sha: 'a'.repeat(40), subject: 'Run the tests on Fedora' }

describe('isCiPath', () => {
  it('knows GitHub and GitLab CI files, and nothing else', () => {
    expect(isCiPath('.github/workflows/srcgit.yml')).toBe(true)
    expect(isCiPath('.github')).toBe(true)
    expect(isCiPath('.gitlab-ci.yml')).toBe(true)
    expect(isCiPath('.gitlab/ci/build.yml')).toBe(true)
    expect(isCiPath('.githubx/a')).toBe(false)
    expect(isCiPath('src/.github/a')).toBe(false)
    expect(isCiPath('.gitlab-ci.yml.orig')).toBe(false)
    expect(isCiPath('.packit.yaml')).toBe(false)
  })
})

describe('patchFiles', () => {
  it('reads both sides of every diff --git line, quoted names too', () => {
    const patch = [
      'From 123 Mon Sep 17 00:00:00 2001',
      'Subject: [PATCH] x',
      '',
      'diff --git a/.github/workflows/ci.yml b/.github/workflows/ci.yml',
      '--- a/.github/workflows/ci.yml',
      '+++ b/.github/workflows/ci.yml',
      '@@ -1 +1 @@',
      '-diff --git a/not/a/header b/not/a/header',
      '+x',
      'diff --git a/.github/old.yml b/src/new.yml',
      'similarity index 100%',
      'diff --git "a/dir/t\\tb" "b/dir/t\\tb"',
      '',
    ].join('\n')
    expect(patchFiles(patch)).toEqual([
      '.github/workflows/ci.yml',
      '.github/old.yml',
      'src/new.yml',
      'dir/t\\tb',
    ])
  })
})

describe('ciOnlyPatchWarnings', () => {
  it('warns for a patch of CI files only, naming the commit, the files and the fix', () => {
    const warnings = ciOnlyPatchWarnings(
      [
        { name: '0001-ci.patch', files: ['.github/workflows/ci.yml', '.gitlab-ci.yml'], commits: [commit] },
        { name: '0002-fix.patch', files: ['.github/workflows/ci.yml', 'src/main.c'], commits: [commit] },
        { name: '0003-empty.patch', files: [], commits: [commit] },
      ],
      '.distro/source-git.yaml',
    )
    expect(warnings).toEqual([
      `patch 0001-ci.patch from commit aaaaaaaaaaaa ("Run the tests on Fedora") changes only CI files ` +
        '(.github/workflows/ci.yml, .gitlab-ci.yml), which would ship as a Fedora patch: add ".github", ' +
        '".gitlab-ci.yml" to patch_generation_ignore_paths in .distro/source-git.yaml',
    ])
  })

  it('names every commit of a squashed patch', () => {
    const [warning] = ciOnlyPatchWarnings(
      [
        {
          name: 'ci.patch',
          files: ['.gitlab/ci/a.yml'],
          commits: [commit, { sha: 'b'.repeat(40), subject: 'More CI' }],
        },
      ],
      'packit.yaml',
    )
    expect(warning).toContain(
      'from commit aaaaaaaaaaaa ("Run the tests on Fedora"), bbbbbbbbbbbb ("More CI")',
    )
    expect(warning).toContain('add ".gitlab" to patch_generation_ignore_paths in packit.yaml')
  })
})
