/**
 * A small source-git repository and its dist-git, built with real git: upstream `hello`
 * tagged v1.0, `.distro/` as `packit source-git init` leaves it, and downstream commits
 * of every kind Packit knows (plain, squashed by Patch-name, ignored, packaging-only).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { TestRepo } from './git-repo.js'
import { PROJECT_ROOT } from './corpus.js'

export const SOURCE_GIT_YAML = `upstream_project_url: https://github.com/example/hello
upstream_ref: v1.0
upstream_tag_template: v{version}
downstream_package_name: hello
specfile_path: .distro/hello.spec
patch_generation_ignore_paths: [.distro]
patch_generation_patch_id_digits: 1
sync_changelog: true
files_to_sync:
  - src: .distro/
    dest: .
    delete: true
    filters:
      - protect .git*
      - protect sources
      - exclude source-git.yaml
      - exclude .gitignore
`

export function exampleSpec(): string {
  return readFileSync(path.join(PROJECT_ROOT, 'examples/hello/.distro/hello.spec'), 'utf8')
}

export interface SourceGitFixture {
  upstream: TestRepo
  sourceGit: TestRepo
  distGit: TestRepo
}

export function buildSourceGit(config = SOURCE_GIT_YAML): SourceGitFixture {
  const upstream = TestRepo.init('srcgit-upstream-')
  upstream.write('hello.c', '#include <stdio.h>\n\nint main(void)\n{\n    puts("Hello");\n    return 0;\n}\n')
  upstream.write('Makefile', 'hello: hello.c\n\t$(CC) -o $@ $<\n')
  upstream.commit('hello 1.0')
  upstream.tag('v1.0', true)

  const sourceGit = TestRepo.clone(upstream.dir, 'srcgit-source-git-')
  sourceGit.write('.distro/hello.spec', exampleSpec())
  sourceGit.write('.distro/source-git.yaml', config)
  sourceGit.write('.distro/.gitignore', '!*\n')
  sourceGit.commit('Initialize as a source-git repository\n\nFrom-dist-git-commit: ' + '0'.repeat(40) + '\n')
  sourceGit.write(
    'hello.c',
    '#include <stdio.h>\n\nint main(void)\n{\n    puts("Hello, Fedora");\n    return 0;\n}\n',
  )
  sourceGit.commit('Greet Fedora\n\nDownstream wording.\n', {
    name: 'Bob Downstream',
    email: 'bob@example.com',
  })
  sourceGit.write('NEWS', 'part 1\n')
  sourceGit.commit('Add NEWS, part 1\n\nPatch-name: news.patch\n')
  sourceGit.write('NEWS', 'part 1\npart 2\n')
  sourceGit.commit('Add NEWS, part 2\n\nPatch-name: news.patch\n')
  sourceGit.write('debug.txt', 'local debugging\n')
  sourceGit.commit('Debug helper\n\nIgnore-patch: true\n')
  sourceGit.write(
    '.distro/hello.spec',
    exampleSpec().replace('BuildRequires:  make', 'BuildRequires:  make\nBuildRequires:  coreutils'),
  )
  sourceGit.commit('Packaging: require coreutils\n')

  const distGit = TestRepo.init('srcgit-dist-git-')
  distGit.write('hello.spec', exampleSpec())
  distGit.write('sources', 'SHA512 (hello-1.0.tar.gz) = ' + 'ab'.repeat(64) + '\n')
  distGit.write('.gitignore', '/hello-1.0.tar.gz\n')
  distGit.commit('Initial import (#1)')
  return { upstream, sourceGit, distGit }
}

/** A release-flow source-git config: upstream_ref at the newest tag, release notes copied. */
export const RELEASE_CONFIG = `upstream_project_url: https://github.com/example/hello
upstream_ref: v1.1
upstream_tag_template: v{version}
downstream_package_name: hello
upstream_package_name: hello
specfile_path: .distro/hello.spec
patch_generation_ignore_paths: [.distro]
patch_generation_patch_id_digits: 1
copy_upstream_release_description: true
`

/**
 * Upstream with tags v1.0 and v1.1; source-git branch `rawhide` on v1.1 with `.distro/` and one
 * downstream commit; dist-git with hello 1.0 on main plus a branch f43.
 */
export function buildReleaseFixture(config = RELEASE_CONFIG): SourceGitFixture {
  const upstream = TestRepo.init('srcgit-up-')
  upstream.write('hello.c', 'int main(void) { return 0; }\n').write('Makefile', 'hello: hello.c\n')
  upstream.commit('hello 1.0')
  upstream.tag('v1.0', true)
  upstream.write('hello.c', 'int main(void) { return 0; } /* 1.1 */\n')
  upstream.commit('hello 1.1')
  upstream.tag('v1.1', true)

  const sourceGit = TestRepo.clone(upstream.dir, 'srcgit-sg-')
  sourceGit.git('checkout', '-q', '-b', 'rawhide', 'v1.1')
  sourceGit.write(
    '.distro/hello.spec',
    exampleSpec().replace(
      /%changelog[\s\S]*$/,
      '%changelog\n- upstream changelog that dist-git must not get\n',
    ),
  )
  sourceGit.write('.distro/source-git.yaml', config)
  sourceGit.commit('Initialize as a source-git repository')
  sourceGit.write('hello.c', 'int main(void) { return 42; } /* 1.1 */\n')
  sourceGit.commit('Return 42\n\nPatch-name: hello-exit-code.patch\n')

  const distGit = TestRepo.init('srcgit-dg-')
  distGit.write('hello.spec', exampleSpec())
  distGit.write(
    'sources',
    `SHA512 (hello-1.0.tar.gz) = ${'ab'.repeat(64)}\nSHA512 (hello-logo.png) = ${'cd'.repeat(64)}\n`,
  )
  distGit.write('.gitignore', '/hello-1.0.tar.gz\n/hello-logo.png\n')
  distGit.commit('Import hello 1.0')
  distGit.git('branch', 'f43')
  return { upstream, sourceGit, distGit }
}

/**
 * A new upstream release as a source-git repository gets it: upstream commits and tags `tag` on
 * top of the current upstream_ref, the downstream commits are rebased onto it, and upstream_ref
 * moves to it in its own commit. Returns the new HEAD. (Tagging the source-git branch itself
 * would put the downstream commits into the archive and into the patches both.)
 */
export function releaseUpstream(fixture: Pick<SourceGitFixture, 'sourceGit'>, tag: string): string {
  const repo = fixture.sourceGit
  const configFile = path.join(repo.dir, '.distro/source-git.yaml')
  const config = readFileSync(configFile, 'utf8')
  const base = /^upstream_ref: *(\S+)/m.exec(config)?.[1]
  if (!base) throw new Error('releaseUpstream: the source-git configuration has no upstream_ref')
  const branch = repo.git('rev-parse', '--abbrev-ref', 'HEAD')
  repo.git('checkout', '-q', '--detach', base)
  repo.write('VERSION', `${tag}\n`).commit(`Release ${tag}`)
  repo.tag(tag, true)
  repo.git('checkout', '-q', branch)
  repo.git('rebase', '-q', '--onto', tag, base, branch)
  repo.write('.distro/source-git.yaml', config.replace(/^upstream_ref: *\S+/m, `upstream_ref: ${tag}`))
  return repo.commit(`Rebase onto ${tag}`)
}
