// Cuts a release from a clean checkout of the branch to release:
//   1. checks: a clean work tree; package.json, package-lock.json and src/version.ts agree on
//      X.Y.Z; CHANGELOG.md has "## [X.Y.Z] - YYYY-MM-DD"; no tag vX.Y.Z yet (release tags never
//      move); dist/ is what src/ builds to; templates/ and README's tables are up to date;
//   2. writes release/srcgit-X.Y.Z.tgz (npm pack: the CLI with no dependencies to install) and
//      release/notes-vX.Y.Z.md (the CHANGELOG section);
//   3. tags vX.Y.Z (annotated, with the notes) and X.Y.Z (the GitLab CI/CD Catalog takes only
//      versions without v) on the same commit, and moves vX to it;
//   4. with --push, pushes both tags to origin; else prints the commands.
// Usage: npm run release [-- --push]
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const push = process.argv.includes('--push')
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
const fail = (message) => {
  console.error(`release: ${message}`)
  process.exit(1)
}

if (git('status', '--porcelain') !== '')
  fail('the work tree has uncommitted changes; commit or stash them first')

const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json: version ${version} is not X.Y.Z`)
const lockVersion = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')).version
if (lockVersion !== version) fail(`package-lock.json has version ${lockVersion}, package.json ${version}`)
const versionTs = /VERSION = '([^']*)'/.exec(readFileSync(path.join(root, 'src/version.ts'), 'utf8'))?.[1]
if (versionTs !== version) fail(`src/version.ts has VERSION ${versionTs}, package.json ${version}`)

const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')
const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - (.*)$`, 'm').exec(changelog)
if (!heading) fail(`CHANGELOG.md has no section "## [${version}] - YYYY-MM-DD"`)
if (!/^\d{4}-\d{2}-\d{2}$/.test(heading[1]))
  fail(
    `CHANGELOG.md:${changelog.slice(0, heading.index).split('\n').length}: "${heading[0]}": give the release date (YYYY-MM-DD)`,
  )
const rest = changelog.slice(heading.index + heading[0].length)
const next = rest.search(/^## /m)
const notes = (next < 0 ? rest : rest.slice(0, next)).trim()
if (notes === '') fail(`CHANGELOG.md: the section for ${version} is empty`)

const tag = `v${version}`
const major = `v${version.split('.')[0]}`
for (const name of [tag, version])
  if (git('tag', '--list', name) !== '')
    fail(`the tag ${name} exists already; release tags never move: bump the version`)

for (const [script, ...args] of [
  ['check-dist.mjs'],
  ['component.mjs', '--check'],
  ['action-docs.mjs', '--check'],
]) {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    stdio: 'inherit',
  })
  if (run.status !== 0) fail(`scripts/${script} failed; fix that, commit, and run again`)
}

const out = path.join(root, 'release')
mkdirSync(out, { recursive: true })
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8' }),
)
const notesFile = path.join(out, `notes-${tag}.md`)
writeFileSync(notesFile, `${notes}\n`)

git('tag', '-a', '--cleanup=verbatim', tag, '-m', `srcgit ${version}\n\n${notes}\n`)
// The GitLab CI/CD Catalog takes only X.Y.Z (no v): the same release, for the mirror's .gitlab-ci.yml.
git('tag', '-a', version, '-m', `srcgit ${version} (the CI/CD Catalog version of ${tag})`, `${tag}^{}`)
git(
  'tag',
  '-f',
  '-a',
  major,
  '-m',
  `srcgit ${version} (${major} follows the newest ${major}.x.y release)`,
  `${tag}^{}`,
)
const commit = git('rev-parse', `${tag}^{commit}`)
console.log(`Tagged ${tag} and ${version} and moved ${major} to ${commit}.`)
console.log(
  `Release tarball: ${path.relative(root, path.join(out, packed.filename))}; notes: ${path.relative(root, notesFile)}`,
)
const pushes = [
  ['push', 'origin', `refs/tags/${tag}`, `refs/tags/${version}`],
  ['push', '--force', 'origin', `refs/tags/${major}`],
]
if (push) {
  for (const args of pushes) git(...args)
  console.log('Pushed both tags to origin.')
} else {
  console.log('Publish with:')
  for (const args of pushes) console.log(`  git ${args.join(' ')}`)
}
console.log(
  `  gh release create ${tag} ${path.relative(root, path.join(out, packed.filename))} --title 'srcgit ${version}' --notes-file ${path.relative(root, notesFile)}`,
)
