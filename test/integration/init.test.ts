/**
 * `srcgit init` end to end on real repositories: a synthetic upstream and a dist-git branch
 * with every kind of patch (a git mail, a plain diff, a -p0 diff, a commented PatchN, patches
 * under %if, %autopatch ranges). The round trip (init, then update-dist-git into a copy of
 * dist-git) must give the dist-git tree back, and rpmbuild -bp the same sources.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { gitEnv, TestRepo } from '../support/git-repo.js'
import { srcgit } from '../support/cli.js'
import { rpmbuildPrep, treeSnapshot } from '../support/rpm.js'

// Commits made by the code under test need an identity; tests have no global git config.
Object.assign(process.env, gitEnv())

const CAROL = { name: 'Carol Patcher', email: 'carol@example.com' }
const DANA = { name: 'Dana Packager', email: 'dana@example.com' }

const HELLO_C = '#include <stdio.h>\n\nint main(void)\n{\n    puts("Hello");\n    return 0;\n}\n'

const SPEC = `Name:           hello
Version:        1.0
Release:        1%{?dist}
Summary:        Says hello
License:        MIT
URL:            https://example.com/hello
Source0:        hello-1.0.tar.gz
Source1:        hello.conf
# Sent upstream: https://example.com/hello/pull/1
# Fixes the greeting
Patch1:         0001-Greet-Fedora.patch
Patch2:         plain.patch
%if 0%{?fedora}
Patch3:         fedora-only.patch
%endif
%if 0%{?rhel}
Patch4:         rhel-only.patch
%endif
# Old style, applied with -p0
Patch10:        p0.patch

%description
Says hello.

%prep
%autosetup -N
%autopatch -p1 -M 9
%autopatch -p0 -m 10

%build

%install

%files

%changelog
* Thu Jan 01 2026 Dana Packager <dana@example.com> - 1.0-1
- Initial package
`

const PLAIN = `--- a/Makefile
+++ b/Makefile
@@ -1,2 +1,3 @@
 hello: hello.c
 \t$(CC) -o $@ $<
+# Fedora: plain diff
`
const FEDORA_ONLY = `diff --git a/AUTHORS b/AUTHORS
--- a/AUTHORS
+++ b/AUTHORS
@@ -1 +1,2 @@
 Ada Upstream
+Fedora packagers
`
const RHEL_ONLY = `--- a/AUTHORS
+++ b/AUTHORS
@@ -1 +1,2 @@
 Ada Upstream
+RHEL packagers
`
const P0 = `--- README
+++ README
@@ -1 +1,2 @@
 Hello project
+Built for Fedora (p0)
`

const KEPT_NOTE =
  'note: the PatchN lines stay in .distro/hello.spec: update-dist-git declaring them again from the commits would not give the spec back ' +
  '(Patch number 1 for 0001-Greet-Fedora.patch must be higher than every existing patch number (highest is 4); ' +
  'reordering patches with Patch-id is not possible: reorder the commits in source-git instead)\n'

/** SPEC without the conditional patches: nothing but PatchN lines (and their comments) after the Sources. */
const PLAIN_SPEC = SPEC.replace(/%if 0%\{\?fedora\}\n.*\n%endif\n%if 0%\{\?rhel\}\n.*\n%endif\n/, '')

interface Setup {
  upstream: TestRepo
  clone: TestRepo
  distGit: TestRepo
}

function makeUpstream(): TestRepo {
  const upstream = TestRepo.init('srcgit-init-upstream-')
  upstream.write('hello.c', HELLO_C)
  upstream.write('Makefile', 'hello: hello.c\n\t$(CC) -o $@ $<\n')
  upstream.write('README', 'Hello project\n')
  upstream.write('AUTHORS', 'Ada Upstream\n')
  upstream.write('.gitignore', '*.conf\n*.spec\n')
  upstream.commit('hello 1.0')
  upstream.tag('v1.0', true)
  upstream.write('hello.c', HELLO_C.replace('Hello', 'Hello, world'))
  upstream.commit('Greet the world (after 1.0)')
  return upstream
}

/** A git mail as `git format-patch` writes it, authored by Carol. */
function gitMail(upstream: TestRepo): string {
  const scratch = TestRepo.clone(upstream.dir, 'srcgit-init-mail-')
  scratch.git('checkout', '-q', 'v1.0')
  scratch.write('hello.c', HELLO_C.replace('"Hello"', '"Hello, Fedora"'))
  scratch.commit('Greet Fedora\n\nThe greeting names the distribution.\n', CAROL)
  return scratch.git('format-patch', '-1', '--stdout') + '\n'
}

function makeDistGit(upstream: TestRepo, spec = SPEC, extra: Record<string, string> = {}): TestRepo {
  const distGit = TestRepo.init('srcgit-init-dist-git-')
  distGit.git('checkout', '-q', '-b', 'rawhide')
  distGit.write('hello.spec', spec)
  distGit.write('hello.conf', 'greeting=yes\n')
  distGit.write('sources', 'SHA512 (hello-1.0.tar.gz) = ' + 'ab'.repeat(64) + '\n')
  distGit.write('.gitignore', '/hello-1.0.tar.gz\n')
  distGit.commit('Initial import (#1)')
  distGit.write('0001-Greet-Fedora.patch', gitMail(upstream))
  distGit.write('plain.patch', PLAIN)
  distGit.write('fedora-only.patch', FEDORA_ONLY)
  distGit.write('rhel-only.patch', RHEL_ONLY)
  distGit.write('p0.patch', P0)
  for (const [file, content] of Object.entries(extra)) distGit.write(file, content)
  distGit.commit('Add the patches', DANA)
  return distGit
}

function setup(spec = SPEC, extra: Record<string, string> = {}): Setup {
  const upstream = makeUpstream()
  const clone = TestRepo.clone(upstream.dir, 'srcgit-init-clone-')
  return { upstream, clone, distGit: makeDistGit(upstream, spec, extra) }
}

function log(repo: TestRepo, range: string): { subject: string; body: string; author: string }[] {
  return repo
    .git('log', '--reverse', '--format=%s%x00%an <%ae>%x00%B%x01', range)
    .split('\x01')
    .map((s) => s.replace(/^\n/, ''))
    .filter(Boolean)
    .map((entry) => {
      const [subject, author, body] = entry.split('\0')
      return { subject, author, body }
    })
}

/** rpmbuild -bp of a dist-git tree (the tarball made from v1.0), as rawhide; returns the prepared source dir. */
const prep = (tree: string, upstream: TestRepo) =>
  rpmbuildPrep({
    tree,
    spec: 'hello.spec',
    upstream: upstream.dir,
    tag: 'v1.0',
    archive: 'hello-1.0.tar.gz',
    topDir: 'hello-1.0',
    defines: { fedora: '44', dist: '.fc44' },
  })
const snapshot = treeSnapshot

describe('srcgit init on a synthetic package', () => {
  let s: Setup
  let run: { code: number; stdout: string; stderr: string }
  let distHead: string

  beforeAll(async () => {
    s = setup()
    distHead = s.distGit.git('rev-parse', 'HEAD')
    run = await srcgit(['init', 'v1.0', s.distGit.dir], s.clone.dir)
  })

  it('creates the dist-git branch at UPSTREAM_REF with the init commit and one commit per applied patch', () => {
    // rhel-only.patch is declared under a false %if on rawhide: no commit, kept as a file and declared.
    // Its Patch4 stays, so the commits' PatchN lines could not come back as they were: all stay.
    expect(run.stderr).toBe(KEPT_NOTE)
    expect(run.code).toBe(0)
    expect(s.clone.git('symbolic-ref', '--short', 'HEAD')).toBe('rawhide')
    const commits = log(s.clone, 'v1.0..rawhide')
    expect(commits.map((c) => c.subject)).toEqual([
      'Initialize as a source-git repository',
      'Greet Fedora',
      'Apply patch plain.patch',
      'Apply patch fedora-only.patch',
      'Apply patch p0.patch',
    ])
    expect(commits[0].body).toBe(
      `Initialize as a source-git repository\n\nFrom-dist-git-commit: ${distHead}\n`,
    )
  })

  it('writes .distro/ with the spec, the needed files, the .gitignore reset and no sources, .git* or converted patches', () => {
    const files = s.clone.git('ls-tree', '-r', '--name-only', 'HEAD', '.distro').split('\n').sort()
    expect(files).toEqual([
      '.distro/.gitignore',
      '.distro/hello.conf',
      '.distro/hello.spec',
      '.distro/rhel-only.patch',
      '.distro/source-git.yaml',
    ])
    expect(s.clone.git('show', 'HEAD:.distro/hello.spec') + '\n').toBe(SPEC)
    expect(s.clone.git('show', 'HEAD:.distro/.gitignore')).toBe('# Reset gitignore rules\n!*')
    // Only .distro/ in the init commit.
    expect(
      s.clone
        .git('show', '--name-only', '--format=', 'rawhide~4')
        .split('\n')
        .every((f) => f.startsWith('.distro/')),
    ).toBe(true)
  })

  it('writes source-git.yaml with the keys packit source-git init generates, and the tag template v1.0 needs', () => {
    const config = parse(s.clone.git('show', 'HEAD:.distro/source-git.yaml')) as Record<string, unknown>
    expect(config).toEqual({
      upstream_project_url: s.upstream.dir,
      upstream_ref: 'v1.0',
      // Not in Packit's init: the spec is 1.0, the tag v1.0.
      upstream_tag_template: 'v{version}',
      downstream_package_name: 'hello',
      specfile_path: '.distro/hello.spec',
      patch_generation_ignore_paths: ['.distro'],
      patch_generation_patch_id_digits: 1,
      sync_changelog: true,
      files_to_sync: [
        {
          src: '.distro/',
          dest: '.',
          delete: true,
          filters: ['protect .git*', 'protect sources', 'exclude source-git.yaml', 'exclude .gitignore'],
        },
      ],
      sources: [
        {
          path: 'hello-1.0.tar.gz',
          url: `https://src.fedoraproject.org/repo/pkgs/rpms/hello/hello-1.0.tar.gz/sha512/${'ab'.repeat(64)}/hello-1.0.tar.gz`,
        },
      ],
    })
  })

  it('gives the patch commits Packit trailers, the mail its author and message, bare diffs the dist-git author', () => {
    const [, mail, plain, fedora, p0] = log(s.clone, 'v1.0..rawhide')
    expect(mail.author).toBe('Carol Patcher <carol@example.com>')
    expect(mail.body).toBe(
      'Greet Fedora\n\nThe greeting names the distribution.\n\nPatch-name: 0001-Greet-Fedora.patch\nPatch-id: 1\n' +
        'Patch-status: |\n    # Sent upstream: https://example.com/hello/pull/1\n    # Fixes the greeting\n' +
        `From-dist-git-commit: ${distHead}\n`,
    )
    expect(plain.author).toBe('Dana Packager <dana@example.com>')
    expect(plain.body).toBe(
      `Apply patch plain.patch\n\nPatch-name: plain.patch\nPatch-id: 2\nPatch-status: ""\nFrom-dist-git-commit: ${distHead}\n`,
    )
    expect(fedora.body).toContain('Patch-name: fedora-only.patch\nPatch-id: 3\n')
    expect(p0.body).toBe(
      'Apply patch p0.patch\n\nPatch-name: p0.patch\nPatch-id: 10\nPatch-status: |\n    # Old style, applied with -p0\n' +
        `No-prefix: true\nFrom-dist-git-commit: ${distHead}\n`,
    )
    expect(s.clone.git('show', 'HEAD:README')).toBe('Hello project\nBuilt for Fedora (p0)')
    expect(s.clone.git('show', 'HEAD:AUTHORS')).toBe('Ada Upstream\nFedora packagers')
  })

  it('round trip: update-dist-git into a copy of dist-git gives the same tree, and rpmbuild -bp the same sources', async () => {
    const copy = TestRepo.clone(s.distGit.dir, 'srcgit-init-dist-copy-')
    copy.git('checkout', '-q', 'rawhide')
    const sync = await srcgit(['update-dist-git', s.clone.dir, copy.dir, '-m', 'Sync from source-git'])
    expect(sync.stderr).not.toMatch(/error/i)
    expect(sync.code).toBe(0)
    const tree = (repo: TestRepo) => repo.git('ls-tree', '-r', 'HEAD')
    // Patches byte-identical (update-dist-git keeps a patch whose patch-id did not change), spec unchanged.
    expect(tree(copy)).toBe(tree(s.distGit))
    expect(snapshot(prep(copy.dir, s.upstream))).toEqual(snapshot(prep(s.distGit.dir, s.upstream)))
    expect(snapshot(prep(copy.dir, s.upstream))['README']).toBe('Hello project\nBuilt for Fedora (p0)\n')
  })
})

describe('srcgit init clears the PatchN lines the commits declare again, as Packit does', () => {
  it('leaves them out of .distro/ when update-dist-git gives the spec back byte for byte; the round trip holds', async () => {
    expect(PLAIN_SPEC).not.toContain('%if')
    const s = setup(PLAIN_SPEC)
    const run = await srcgit(['init', 'v1.0', s.distGit.dir], s.clone.dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const distro = s.clone.git('show', 'rawhide:.distro/hello.spec') + '\n'
    expect(distro).not.toMatch(/^(Patch|# Sent upstream|# Fixes|# Old style)/m)
    expect(distro).toBe(
      PLAIN_SPEC.replace(
        /# Sent upstream.*\n# Fixes.*\nPatch1:.*\nPatch2:.*\n# Old style.*\nPatch10:.*\n/,
        '',
      ),
    )
    const copy = TestRepo.clone(s.distGit.dir, 'srcgit-init-dist-copy-')
    copy.git('checkout', '-q', 'rawhide')
    const sync = await srcgit(['update-dist-git', s.clone.dir, copy.dir, '-m', 'Sync from source-git'])
    expect(sync.code).toBe(0)
    expect(copy.git('show', 'HEAD:hello.spec') + '\n').toBe(PLAIN_SPEC)
    expect(copy.git('ls-tree', '-r', 'HEAD')).toBe(s.distGit.git('ls-tree', '-r', 'HEAD'))
    expect(snapshot(prep(copy.dir, s.upstream))).toEqual(snapshot(prep(s.distGit.dir, s.upstream)))
  })
})

describe('srcgit init refuses and stops cleanly', () => {
  it('refuses a dirty work tree, an existing branch, an unknown ref and a directory that is not dist-git', async () => {
    const s = setup()
    s.clone.write('untracked.txt', 'x\n')
    let run = await srcgit(['init', 'v1.0', s.distGit.dir], s.clone.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('has uncommitted changes (untracked.txt)')
    s.clone.git('clean', '-fq')

    s.distGit.write('hello.conf', 'changed\n')
    s.distGit.write('hello-1.0.tar.gz', 'an archive fetched by fedpkg sources: untracked, fine\n')
    run = await srcgit(['init', 'v1.0', s.distGit.dir], s.clone.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('the dist-git work tree')
    expect(run.stderr).toContain('has uncommitted changes (hello.conf)')
    s.distGit.git('checkout', '--', 'hello.conf')

    run = await srcgit(['init', 'v9.9', s.distGit.dir], s.clone.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('UPSTREAM_REF "v9.9" does not resolve to a commit')

    const notDistGit = TestRepo.init('srcgit-init-not-dist-git-')
    notDistGit.write('README', 'x\n')
    notDistGit.commit('x')
    run = await srcgit(['init', 'v1.0', notDistGit.dir], s.clone.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('is not a dist-git repository: it has no .spec file at its top')

    s.clone.git('branch', 'rawhide', 'v1.0')
    run = await srcgit(['init', 'v1.0', s.distGit.dir], s.clone.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('the branch rawhide already exists')
  })

  it('stops at a patch that does not apply, shows the reject, deletes the branch and restores HEAD', async () => {
    const broken = `--- a/Makefile\n+++ b/Makefile\n@@ -1,2 +1,2 @@\n-all: nothing\n+all: something\n \tnothing\n`
    const s = setup(SPEC, { 'plain.patch': broken })
    const head = s.clone.git('rev-parse', 'HEAD')
    const run = await srcgit(['init', 'v1.0', s.distGit.dir], s.clone.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'patch plain.patch (Patch2, applied by "%autopatch -p1 -M 9" with -p1) does not apply',
    )
    expect(run.stderr).toMatch(/Rejected hunk #1|patch failed: Makefile:1/)
    expect(s.clone.git('symbolic-ref', '--short', 'HEAD')).toBe('main')
    expect(s.clone.git('rev-parse', 'HEAD')).toBe(head)
    expect(s.clone.git('branch', '--list', 'rawhide')).toBe('')
    expect(s.clone.git('status', '--porcelain', '--untracked-files=all', '--ignored')).toBe('')
    expect(existsSync(path.join(s.clone.dir, '.distro'))).toBe(false)
  })

  it('--ci github commits the workflow with .distro/, ignored by patch generation', async () => {
    const s = setup()
    const run = await srcgit(['init', 'v1.0', s.distGit.dir, '--ci', 'github'], s.clone.dir)
    expect(run.code).toBe(0)
    const init = 'rawhide~4'
    expect(s.clone.git('log', '-1', '--format=%s', init)).toBe('Initialize as a source-git repository')
    expect(s.clone.git('show', `${init}:.github/workflows/srcgit.yml`)).toContain(
      'uses: srcgit/propose-downstream@v1',
    )
    const config = parse(s.clone.git('show', 'rawhide:.distro/source-git.yaml')) as Record<string, unknown>
    expect(config.patch_generation_ignore_paths).toEqual(['.distro', '.github'])
    const copy = TestRepo.clone(s.distGit.dir, 'srcgit-init-dist-copy-')
    copy.git('checkout', '-q', 'rawhide')
    const sync = await srcgit(['update-dist-git', s.clone.dir, copy.dir, '-m', 'Sync from source-git'])
    expect(sync.code).toBe(0)
    expect(copy.git('ls-tree', '-r', 'HEAD')).toBe(s.distGit.git('ls-tree', '-r', 'HEAD'))
  })

  it('refuses hand-written %patch lines out of numeric order, naming the line, and touches nothing', async () => {
    const spec = SPEC.replace(
      '%autosetup -N\n%autopatch -p1 -M 9\n%autopatch -p0 -m 10',
      '%setup -q\n%patch -P2 -p1\n%patch -P1 -p1\n%patch -P3 -p1\n%patch -P10 -p0',
    )
    expect(spec).toContain('%patch -P2')
    const s = setup(spec)
    const run = await srcgit(['init', 'v1.0', s.distGit.dir], s.clone.dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('line 28 ("%patch -P1 -p1") applies Patch1 after Patch2')
    expect(s.clone.git('branch', '--list', 'rawhide')).toBe('')
    expect(s.clone.git('symbolic-ref', '--short', 'HEAD')).toBe('main')
  })

  it('prints its usage, and refuses a wrong command line', async () => {
    const help = await srcgit(['init', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: srcgit init UPSTREAM_REF DIST_GIT \[options\]/)
    expect((await srcgit(['--help'])).stdout).toContain('init UPSTREAM_REF DIST_GIT')
    const one = await srcgit(['init', 'v1.0'])
    expect(one.code).toBe(2)
    expect(one.stderr).toContain('expected UPSTREAM_REF and DIST_GIT, got 1 argument(s)')
  })

  it('converts hand-written %patch lines applied once each, in numeric order, and round-trips', async () => {
    const spec = SPEC.replace(
      '%autosetup -N\n%autopatch -p1 -M 9\n%autopatch -p0 -m 10',
      '%setup -q\n%patch -P1 -p1\n%patch2 -p1\n%if 0%{?fedora}\n%patch -P3 -p1\n%endif\n%patch 10 -p0',
    )
    const s = setup(spec)
    const run = await srcgit(['init', 'v1.0', s.distGit.dir], s.clone.dir)
    expect(run.stderr).toBe(KEPT_NOTE)
    expect(run.code).toBe(0)
    expect(log(s.clone, 'v1.0..rawhide').map((c) => c.subject)).toEqual([
      'Initialize as a source-git repository',
      'Greet Fedora',
      'Apply patch plain.patch',
      'Apply patch fedora-only.patch',
      'Apply patch p0.patch',
    ])
    const copy = TestRepo.clone(s.distGit.dir, 'srcgit-init-dist-copy-')
    copy.git('checkout', '-q', 'rawhide')
    expect((await srcgit(['update-dist-git', s.clone.dir, copy.dir, '-m', 'Sync'])).code).toBe(0)
    expect(copy.git('ls-tree', '-r', 'HEAD')).toBe(s.distGit.git('ls-tree', '-r', 'HEAD'))
    expect(snapshot(prep(copy.dir, s.upstream))).toEqual(snapshot(prep(s.distGit.dir, s.upstream)))
  })

  it('refuses an --upstream URL with credentials (they would land in argv)', async () => {
    const run = await srcgit([
      'init',
      'v1.0',
      '/nonexistent',
      '--upstream',
      'https://bot:s3cret@example.com/hello.git',
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--upstream has credentials in its URL')
    expect(run.stderr).not.toContain('s3cret')
  })

  it('refuses --ci with an unknown CI', async () => {
    const run = await srcgit(['init', 'v1.0', '/nonexistent', '--ci', 'jenkins'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--ci is "jenkins"; use github or gitlab')
  })

  it('clones --upstream URL and takes the URL as upstream_project_url', async () => {
    const upstream = makeUpstream()
    const distGit = makeDistGit(upstream)
    const work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-init-work-'))
    const url = `file://${upstream.dir}`
    const run = await srcgit(['init', 'v1.0', distGit.dir, '--upstream', url], work)
    expect(run.code).toBe(0)
    const clone = new TestRepo(path.join(work, path.basename(upstream.dir)))
    const config = parse(clone.git('show', 'rawhide:.distro/source-git.yaml')) as Record<string, unknown>
    expect(config.upstream_project_url).toBe(url)
  })
})
