// Runs srcgit's main job on the bundled example, locally and without secrets: builds an
// upstream repo, a source-git repo (examples/hello with a downstream commit) and a dist-git
// repo in a temp dir, then runs `srcgit propose-downstream --dry-run` for the tag v1.0.
// SRCGIT_EXAMPLE_DIR=DIR builds them in DIR (which must not exist yet) and keeps them, for
// README's "By hand" commands; SRCGIT_KEEP_EXAMPLE=1 keeps the temp dir.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const example = path.join(root, 'examples/hello')
const chosen = process.env.SRCGIT_EXAMPLE_DIR ? path.resolve(process.env.SRCGIT_EXAMPLE_DIR) : undefined
if (chosen && existsSync(chosen)) {
  console.error(`SRCGIT_EXAMPLE_DIR: ${chosen} exists already; name a new directory, or remove it`)
  process.exit(2)
}
if (chosen) mkdirSync(chosen, { recursive: true })
const keep = Boolean(chosen || process.env.SRCGIT_KEEP_EXAMPLE)
const tmp = chosen ?? mkdtempSync(path.join(os.tmpdir(), 'srcgit-example-'))
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(tmp, 'gitconfig'),
  GIT_AUTHOR_NAME: 'Jane Packager',
  GIT_AUTHOR_EMAIL: 'jane@example.com',
  GIT_COMMITTER_NAME: 'Jane Packager',
  GIT_COMMITTER_EMAIL: 'jane@example.com',
}
writeFileSync(env.GIT_CONFIG_GLOBAL, '[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n')
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()

const upstream = path.join(tmp, 'hello-upstream')
cpSync(example, upstream, { recursive: true, filter: (src) => !src.includes('.distro') })
git(tmp, 'init', '-q', upstream)
git(upstream, 'add', '-A')
git(upstream, 'commit', '-q', '-m', 'hello 1.0')
git(upstream, 'tag', '-a', 'v1.0', '-m', 'Release 1.0')

const sourceGit = path.join(tmp, 'hello')
git(tmp, 'clone', '-q', upstream, sourceGit)
git(sourceGit, 'checkout', '-q', '-b', 'rawhide', 'v1.0')
cpSync(path.join(example, '.distro'), path.join(sourceGit, '.distro'), { recursive: true })
git(sourceGit, 'add', '-A')
git(sourceGit, 'commit', '-q', '-m', 'Initialize as a source-git repository')
const hello = path.join(sourceGit, 'hello.c')
writeFileSync(
  hello,
  readFileSync(hello, 'utf8').replace('Hello from a source-git repository!', 'Hello, Fedora!'),
)
git(sourceGit, 'commit', '-q', '-am', 'Greet Fedora\n\nPatch-name: hello-greet-fedora.patch')

const distGit = path.join(tmp, 'hello-dist-git')
git(tmp, 'init', '-q', distGit)
const spec = readFileSync(path.join(example, '.distro/hello.spec'), 'utf8')
writeFileSync(
  path.join(distGit, 'hello.spec'),
  spec.replace('Version:        1.0', 'Version:        0.9').replace(/ - 1\.0-/g, ' - 0.9-'),
)
writeFileSync(path.join(distGit, 'sources'), `SHA512 (hello-0.9.tar.gz) = ${'0'.repeat(128)}\n`)
git(distGit, 'add', '-A')
git(distGit, 'commit', '-q', '-m', 'Update to 0.9')

const cli = path.join(root, 'dist/cli.js')
const run = (...args) => {
  console.log(`$ srcgit ${args.map((a) => (a.startsWith(tmp) ? path.relative(tmp, a) || '.' : a)).join(' ')}`)
  execFileSync(process.execPath, [cli, ...args], { env, stdio: 'inherit' })
}
try {
  run('config', 'check', sourceGit)
  run(
    'propose-downstream',
    '--dry-run',
    sourceGit,
    '--tag',
    'v1.0',
    '--branch',
    'main',
    '--dist-git',
    distGit,
  )
  console.log('\n$ git -C hello-dist-git show main-update-propose_downstream -- hello.spec sources')
  console.log(
    git(distGit, 'show', '--format=%B', 'main-update-propose_downstream', '--', 'hello.spec', 'sources'),
  )
} finally {
  if (!keep) rmSync(tmp, { recursive: true, force: true })
  else
    console.log(`\nThe repositories are kept in ${tmp}: hello (source-git), hello-dist-git, hello-upstream`)
}
