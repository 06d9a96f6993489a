/**
 * URLs with credentials in them (GitLab CI's checkout remote carries the job token; a dist-git
 * URL or upstream_project_url may be given as https://user:token@host/...) never reach the pull
 * request, srcgit's output, git's argv, a remote on disk or an error text. The dist-git clone
 * still authenticates: the credentials go as a command-scoped header.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { clearSecrets } from '../../src/runtime/secrets.js'
import { srcgit, withEnv } from '../support/cli.js'
import { startForge, type Forge } from '../support/forge/index.js'
import { gitEnv } from '../support/git-repo.js'
import { buildReleaseFixture, RELEASE_CONFIG } from '../support/source-git-fixture.js'

jest.setTimeout(90_000)

const BOT_TOKEN = 'URLCRED'.padEnd(64, 'U5')
const SECRETS = {
  upstream: 'ghp_UPSTREAMsecret0001',
  sourceGit: 'glcbt-SOURCEGITsecret01',
  distGit: 'DISTGITsecret0001',
  instance: 'INSTANCEsecret0001',
}

const work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-url-credentials-'))
const bin = path.join(work, 'bin')
const log = path.join(work, 'git.log')
let forge: Forge
const saved = process.env.PATH

beforeAll(async () => {
  mkdirSync(bin)
  const git = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  // Records every git command srcgit runs: argv, then the environment.
  writeFileSync(
    path.join(bin, 'git'),
    `#!/bin/sh\n{ echo "== git $*"; env; } >>"${log}"\nexec "${git}" "$@"\n`,
  )
  chmodSync(path.join(bin, 'git'), 0o755)
  process.env.PATH = `${bin}:${process.env.PATH}`
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
  process.env.PATH = saved
  await forge.stop()
  clearSecrets()
  rmSync(work, { recursive: true, force: true })
})

const withCredentials = (url: string, user: string, secret: string) =>
  url.replace('://', `://${user}:${secret}@`)

describe('URLs with credentials', () => {
  const fixture = buildReleaseFixture(
    RELEASE_CONFIG.replace(
      'upstream_project_url: https://github.com/example/hello',
      `upstream_project_url: https://${SECRETS.upstream}@github.com/example/hello`,
    ),
  )
  fixture.sourceGit.git(
    'remote',
    'set-url',
    'origin',
    `https://gitlab-ci-token:${SECRETS.sourceGit}@gitlab.example.com/group/hello.git`,
  )
  beforeAll(() => {
    forge.addPackage('hello', { from: fixture.distGit.dir })
    rmSync(log, { force: true })
  })
  const propose = (distGit: string) =>
    withEnv(
      {
        ...gitEnv(),
        PATH: process.env.PATH,
        SRCGIT_PAGURE_TOKEN: BOT_TOKEN,
        SRCGIT_TEST_LOOKASIDE_USER: 'bot',
      },
      () =>
        srcgit([
          'propose-downstream',
          fixture.sourceGit.dir,
          '--tag',
          'v1.1',
          '--branch',
          'main',
          '--dist-git',
          distGit,
          '--dist-git-url',
          withCredentials(forge.url, 'inst', SECRETS.instance),
          '--lookaside-url',
          forge.lookasideUrl,
          '--push-protocol',
          'https',
          '--date',
          '2026-11-21',
        ]),
    )
  const expectClean = (text: string) => {
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret)
    expect(text).not.toMatch(/gitlab-ci-token|\/\/inst:|\/\/dist:/)
  }

  it('reach neither the pull request nor the output nor git argv; the clone still sends them as a header', async () => {
    const run = await propose(withCredentials(`${forge.url}/rpms/hello.git`, 'dist', SECRETS.distGit))
    expect(run.stderr).not.toContain('srcgit propose-downstream:')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: created /m)
    const [pr] = forge.pullRequests('rpms', 'hello')
    expect(pr.initial_comment).toContain('[v1.1](https://github.com/example/hello/releases/tag/v1.1)')
    expect(pr.initial_comment).toContain('"source_git":"https://gitlab.example.com/group/hello"')
    expectClean(`${pr.title}\n${pr.initial_comment}`)
    expectClean(`${run.stdout}${run.stderr}`)

    const commands = readFileSync(log, 'utf8').split(/^== /m).filter(Boolean)
    for (const command of commands) expectClean(command.split('\n', 1)[0])
    const clone = commands.find((c) => c.startsWith('git clone'))!
    expect(clone.split('\n', 1)[0]).toMatch(/^git clone -q http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\.git /)
    expect(clone).toContain(
      `Authorization: Basic ${Buffer.from(`dist:${SECRETS.distGit}`).toString('base64')}`,
    )
    // The push goes to the fork URL without the instance URL's credentials.
    const push = commands.find((c) => c.startsWith('git push'))!
    expect(push.split('\n', 1)[0]).toMatch(/ http:\/\/127\.0\.0\.1:\d+\/forks\/bot\/rpms\/hello\.git /)
  })

  it('reach no error text', async () => {
    const run = await propose(
      withCredentials(`${forge.url}/rpms/no-such-package.git`, 'dist', SECRETS.distGit),
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/git clone -q http:\/\/127\.0\.0\.1:\d+\/rpms\/no-such-package\.git .* failed/)
    expectClean(`${run.stdout}${run.stderr}`)
  })
})
