/**
 * Every clone, worktree and archive directory of a run lives under RUNNER_TEMP and is gone when
 * the run ends, whether it succeeded or failed (60 runs once left 60 `srcgit-dist-git-*` clones
 * with their tarballs behind). A `post-modifications` action lists RUNNER_TEMP while the run
 * works, which shows where the directories were made.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { srcgit, withEnv } from '../support/cli.js'
import { startForge, type Forge } from '../support/forge/index.js'
import { gitEnv } from '../support/git-repo.js'
import { buildReleaseFixture, RELEASE_CONFIG, releaseUpstream } from '../support/source-git-fixture.js'

jest.setTimeout(90_000)

const BOT_TOKEN = 'TMPDIRS'.padEnd(64, 'T3')
const work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-temp-dirs-'))
const listing = path.join(work, 'listing')
const CONFIG =
  RELEASE_CONFIG +
  `actions:\n  post-modifications: bash -c 'ls "$RUNNER_TEMP" >> "${listing}"; [ -z "$FAIL_HERE" ]'\n`

let forge: Forge
beforeAll(async () => {
  forge = await startForge({
    users: [{ name: 'bot', packager: true }],
    tokens: [
      {
        token: BOT_TOKEN,
        user: 'bot',
        acls: ['fork_project', 'pull_request_create', 'pull_request_update', 'commit'],
      },
    ],
  })
})
afterAll(async () => {
  await forge.stop()
  rmSync(work, { recursive: true, force: true })
})

/** Runs srcgit with RUNNER_TEMP a fresh directory; returns the run and what the directory holds after it. */
async function run(argv: string[], env: Record<string, string> = {}) {
  const runnerTemp = mkdtempSync(path.join(work, 'runner-temp-'))
  rmSync(listing, { force: true })
  const result = await withEnv(
    {
      ...gitEnv(),
      RUNNER_TEMP: runnerTemp,
      SRCGIT_PAGURE_TOKEN: BOT_TOKEN,
      SRCGIT_TEST_LOOKASIDE_USER: 'bot',
      ...env,
    },
    () => srcgit(argv),
  )
  let during: string[] = []
  try {
    during = readFileSync(listing, 'utf8').split('\n').filter(Boolean)
  } catch {
    // the action did not run
  }
  return { ...result, during, after: readdirSync(runnerTemp) }
}

const forgeArgs = () => [
  '--dist-git-url',
  forge.url,
  '--lookaside-url',
  forge.lookasideUrl,
  '--push-protocol',
  'https',
  '--branch',
  'main',
]

describe('propose-downstream', () => {
  const fixture = buildReleaseFixture(CONFIG)
  beforeAll(() => forge.addPackage('hello', { from: fixture.distGit.dir }))
  const propose = (env: Record<string, string> = {}) =>
    run(
      ['propose-downstream', fixture.sourceGit.dir, '--tag', 'v1.1', '--date', '2026-11-21', ...forgeArgs()],
      env,
    )

  it('works in RUNNER_TEMP and leaves it empty when the run fails', async () => {
    const failed = await propose({ FAIL_HERE: '1' })
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(/^main: failed \(action post-modifications failed/m)
    expect(failed.during).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^srcgit-dist-git-/),
        expect.stringMatching(/^srcgit-worktree-/),
        expect.stringMatching(/^srcgit-archives-/),
      ]),
    )
    expect(failed.after).toEqual([])
  })

  it('and when it succeeds', async () => {
    const done = await propose()
    expect(done.stderr).not.toContain('srcgit propose-downstream:')
    expect(done.code).toBe(0)
    expect(done.stdout).toMatch(/^main: created /m)
    expect(done.during).toEqual(expect.arrayContaining([expect.stringMatching(/^srcgit-dist-git-/)]))
    expect(done.after).toEqual([])
  })

  it('and when the forge refuses the push', async () => {
    releaseUpstream(fixture, 'v1.2')
    forge.fault({ method: 'POST', path: /git-receive-pack$/, kind: 'status', status: 500, times: 2 })
    const refused = await run([
      'propose-downstream',
      fixture.sourceGit.dir,
      '--tag',
      'v1.2',
      '--date',
      '2026-11-21',
      ...forgeArgs(),
    ])
    forge.clearFaults()
    expect(refused.code).toBe(1)
    expect(refused.stdout).toMatch(/^main: failed /m)
    expect(refused.during).toEqual(expect.arrayContaining([expect.stringMatching(/^srcgit-dist-git-/)]))
    expect(refused.after).toEqual([])
  })
})

describe('preview-pull-request', () => {
  const fixture = buildReleaseFixture(
    CONFIG.replace('downstream_package_name: hello', 'downstream_package_name: hola'),
  )
  fixture.sourceGit.git('checkout', '-q', '-b', 'pr-7')
  // The PR brings the spec to upstream_ref's release (v1.1).
  const spec = readFileSync(path.join(fixture.sourceGit.dir, '.distro/hello.spec'), 'utf8')
  fixture.sourceGit.write('.distro/hello.spec', spec.replace(/^Version:.*$/m, 'Version:        1.1'))
  fixture.sourceGit.write('NOTES', 'Fedora notes\n')
  fixture.sourceGit.commit('Add Fedora notes\n\nPatch-name: fedora-notes.patch\n')
  const head = fixture.sourceGit.git('rev-parse', 'HEAD').trim()
  fixture.sourceGit.git('checkout', '-q', 'rawhide')
  fixture.distGit.git('mv', 'hello.spec', 'hola.spec')
  fixture.distGit.commit('Rename the spec for this test')
  beforeAll(() => forge.addPackage('hola', { from: fixture.distGit.dir }))
  const preview = (env: Record<string, string> = {}) =>
    run(
      [
        'preview-pull-request',
        fixture.sourceGit.dir,
        '--number',
        '7',
        '--head',
        head,
        '--title',
        'Notes',
        ...forgeArgs(),
      ],
      env,
    )

  it('leaves RUNNER_TEMP empty when the run fails', async () => {
    const failed = await preview({ FAIL_HERE: '1' })
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(/^main: failed /m)
    expect(failed.during).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^srcgit-dist-git-/),
        expect.stringMatching(/^srcgit-pr-/),
        expect.stringMatching(/^srcgit-preview-/),
      ]),
    )
    expect(failed.after).toEqual([])
  })

  it('and when it succeeds', async () => {
    const done = await preview()
    expect(done.stderr).not.toContain('srcgit preview-pull-request:')
    expect(done.code).toBe(0)
    expect(done.stdout).toMatch(/^main: created /m)
    expect(done.during).toEqual(expect.arrayContaining([expect.stringMatching(/^srcgit-dist-git-/)]))
    expect(done.after).toEqual([])
  })
})
