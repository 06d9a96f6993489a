/**
 * A release people can install, as README's "Releases and versions" describes it: a clone of
 * this repository cut by `npm run release` (checks, tags vX.Y.Z and the moving vX, notes from
 * CHANGELOG.md, the tarball), then the tarball installed with no registry and no npm cache and
 * its `srcgit` run. The bundle is not rebuilt here (minutes of ncc): check-dist compares the
 * committed dist/ with SRCGIT_FRESH_DIST, a copy of it, and with a changed dist/ it must refuse.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PROJECT_ROOT } from '../support/corpus.js'
import { gitEnv } from '../support/git-repo.js'

const VERSION = (
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
).version
const MAJOR = `v${VERSION.split('.')[0]}`
let tmp: string
let clone: string
let freshDist: string

const git = (...args: string[]) =>
  execFileSync('git', ['-C', clone, ...args], { env: gitEnv(), encoding: 'utf8' }).trim()

function release(args: string[] = []) {
  const run = spawnSync(process.execPath, [path.join(clone, 'scripts/release.mjs'), ...args], {
    cwd: clone,
    env: { ...gitEnv(), ...npmOffline(), SRCGIT_FRESH_DIST: freshDist },
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** npm with no registry to reach, an empty cache and no user configuration. */
function npmOffline(): Record<string, string> {
  const userconfig = path.join(tmp, 'npmrc')
  writeFileSync(userconfig, '')
  return {
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_cache: mkdtempSync(path.join(tmp, 'npm-cache-')),
    npm_config_userconfig: userconfig,
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  }
}

function setChangelogDate(date: string) {
  const file = path.join(clone, 'CHANGELOG.md')
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(`## [${VERSION}] - Unreleased`, `## [${VERSION}] - ${date}`),
  )
  git('commit', '-qam', `Release ${VERSION}`)
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-release-'))
  clone = path.join(tmp, 'propose-downstream')
  execFileSync('git', ['clone', '-q', PROJECT_ROOT, clone], { env: gitEnv() })
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(clone, 'node_modules'))
  freshDist = path.join(tmp, 'fresh-dist')
  cpSync(path.join(clone, 'dist'), freshDist, { recursive: true })
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('npm run release', () => {
  it('refuses a CHANGELOG section without a release date, and tags nothing', () => {
    expect(readFileSync(path.join(clone, 'CHANGELOG.md'), 'utf8')).toContain(`## [${VERSION}] - `)
    expect(readFileSync(path.join(clone, 'CHANGELOG.md'), 'utf8')).toContain(`## [${VERSION}] - Unreleased`)
    const run = release()
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^release: CHANGELOG\.md:\d+: .*give the release date \(YYYY-MM-DD\)$/m)
    expect(git('tag', '--list')).toBe('')
  })

  it('tags vX.Y.Z with the CHANGELOG notes, moves vX to it, and leaves the tarball and the notes', () => {
    setChangelogDate('2026-12-02')
    const run = release()
    expect(run.stderr).not.toContain('release:')
    expect(run.code).toBe(0)
    const head = git('rev-parse', 'HEAD')
    expect(git('rev-parse', `v${VERSION}^{commit}`)).toBe(head)
    expect(git('rev-parse', `${MAJOR}^{commit}`)).toBe(head)
    // The GitLab CI/CD Catalog version: no v.
    expect(git('rev-parse', `${VERSION}^{commit}`)).toBe(head)
    expect(git('cat-file', '-t', `v${VERSION}`)).toBe('tag')
    const message = git('tag', '--list', '--format=%(contents)', `v${VERSION}`)
    expect(message).toMatch(new RegExp(`^srcgit ${VERSION.replace(/\./g, '\\.')}\\n\\n`))
    expect(message).toContain('### Added')
    const notes = readFileSync(path.join(clone, `release/notes-v${VERSION}.md`), 'utf8')
    expect(notes).toContain('### Added')
    expect(notes).not.toContain('## [')
    expect(readdirSync(path.join(clone, 'release')).sort()).toEqual([
      `notes-v${VERSION}.md`,
      `srcgit-${VERSION}.tgz`,
    ])
    expect(run.stdout).toContain(`git push origin refs/tags/v${VERSION} refs/tags/${VERSION}`)
    expect(run.stdout).toContain(`git push --force origin refs/tags/${MAJOR}`)
    expect(git('status', '--porcelain')).toBe('')
  }, 120_000)

  it('never moves a release tag: a second run for the same version is refused', () => {
    const run = release()
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `release: the tag v${VERSION} exists already; release tags never move: bump the version`,
    )
  })

  it('refuses a dist/ that is not what src/ builds to', () => {
    const bump = (file: string, from: string, to: string) => {
      const p = path.join(clone, file)
      writeFileSync(p, readFileSync(p, 'utf8').replace(from, to))
    }
    const next = VERSION.replace(/\d+$/, (n) => String(Number(n) + 1))
    bump('package.json', `"version": "${VERSION}"`, `"version": "${next}"`)
    bump('package-lock.json', `"version": "${VERSION}"`, `"version": "${next}"`)
    bump('src/version.ts', `'${VERSION}'`, `'${next}'`)
    bump(
      'CHANGELOG.md',
      '## [Unreleased]\n',
      `## [Unreleased]\n\n## [${next}] - 2026-12-03\n\n### Fixed\n\n- Something.\n`,
    )
    writeFileSync(
      path.join(clone, 'dist/cli.js'),
      `${readFileSync(path.join(clone, 'dist/cli.js'), 'utf8')}// edited\n`,
    )
    git('commit', '-qam', `Release ${next}`)
    const run = release()
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('dist/ does not match src/: cli.js differ.')
    expect(run.stderr).toContain('release: scripts/check-dist.mjs failed')
    expect(git('tag', '--list', `v${next}`)).toBe('')
  }, 120_000)
})

describe('the release tarball', () => {
  it('installs and runs with no registry and an empty npm cache', () => {
    const tarball = path.join(clone, `release/srcgit-${VERSION}.tgz`)
    const prefix = path.join(tmp, 'install')
    const npm = spawnSync('npm', ['install', '--prefix', prefix, tarball], {
      env: { ...process.env, ...npmOffline() },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(npm.stderr).not.toContain('ERR')
    expect(npm.status).toBe(0)
    const srcgit = path.join(prefix, 'node_modules/.bin/srcgit')
    const version = spawnSync(srcgit, ['--version'], { encoding: 'utf8' })
    expect(version.stdout.trim()).toBe(VERSION)
    const check = spawnSync(srcgit, ['config', 'check', path.join(PROJECT_ROOT, 'examples/hello')], {
      encoding: 'utf8',
    })
    expect(check.status).toBe(0)
    expect(check.stdout).toContain('specfile_path: .distro/hello.spec')
    // Nothing but srcgit itself was installed: the bundle carries its dependencies.
    expect(readdirSync(path.join(prefix, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'srcgit',
    ])
  }, 180_000)
})

describe('messages', () => {
  it('never tell users to run an npm package name srcgit does not own', () => {
    const files = ['README.md', 'action.yml', 'CHANGELOG.md']
    for (const dir of ['src', 'gitlab-ci-template', 'templates', 'docs'])
      for (const entry of readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true }))
        if (entry.isFile()) files.push(path.relative(PROJECT_ROOT, path.join(entry.parentPath, entry.name)))
    expect(files.length).toBeGreaterThan(50)
    const hits = files.flatMap((file) =>
      readFileSync(path.join(PROJECT_ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/npx (--yes )?srcgit\b/.test(line) ? [`${file}:${i + 1}`] : [])),
    )
    expect(hits).toEqual([])
  })
})
