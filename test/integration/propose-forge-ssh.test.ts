/**
 * propose-downstream pushing over SSH, as src.fedoraproject.org requires: Debian's sshd on
 * loopback maps /forks/<user>/rpms/<pkg>.git into the local forge's repositories (like
 * Pagure's SSH wrapper), the forge serves the API and sees the pushes through its hooks.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startForge, type Forge } from '../support/forge/index.js'
import { generateKey, startSshd, type SshKey, type SshServer } from '../support/sshd/sshd.js'
import { buildReleaseFixture } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv } from '../support/cli.js'

Object.assign(process.env, gitEnv())
// Every test runs srcgit end to end (git, HTTP, child processes): seconds each, more on a busy CI machine.
jest.setTimeout(60_000)

// sshd logs in local accounts, so the bot is named like the user running the tests.
const BOT = os.userInfo().username
const TOKEN = 'SSH'.padEnd(64, 'K9')
let forge: Forge
let sshd: SshServer
let key: SshKey
const fixture = buildReleaseFixture()

beforeAll(async () => {
  forge = await startForge({
    users: [{ name: BOT, packager: true }],
    tokens: [
      { token: TOKEN, user: BOT, acls: ['fork_project', 'pull_request_create', 'pull_request_update'] },
    ],
  })
  forge.addPackage('hello', { from: fixture.distGit.dir, maintainers: [] })
  sshd = await startSshd()
  key = generateKey(mkdtempSync(path.join(os.tmpdir(), 'srcgit-botkey-')), 'bot')
  sshd.authorize(key.publicKey, { gitRoot: forge.gitRoot, remoteUser: BOT })
})
afterAll(async () => {
  await sshd?.stop()
  await forge?.stop()
})

function propose(knownHosts: string) {
  const env = {
    SRCGIT_PAGURE_TOKEN: TOKEN,
    SRCGIT_SSH_PRIVATE_KEY: key.privateKey,
    SRCGIT_KNOWN_HOSTS: knownHosts,
    SRCGIT_TEST_LOOKASIDE_USER: BOT,
  }
  return withEnv(env, () =>
    srcgit([
      'propose-downstream',
      fixture.sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'main',
      '--dist-git-url',
      forge.url,
      '--lookaside-url',
      forge.lookasideUrl,
      '--ssh-host',
      `127.0.0.1:${sshd.port}`,
    ]),
  )
}

const keyLines = () => key.privateKey.split('\n').filter((line) => line.length > 20)

describe('propose-downstream over SSH', () => {
  it('refuses a host whose key is not the known one, before anything is pushed', async () => {
    const other = generateKey(mkdtempSync(path.join(os.tmpdir(), 'srcgit-otherhost-')), 'host')
    const run = await propose(`[127.0.0.1]:${sshd.port} ${other.publicKey}`)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^main: failed \(.*host key/im)
    expect(forge.pullRequests('rpms', 'hello')).toEqual([])
    for (const line of keyLines()) expect(run.stdout + run.stderr).not.toContain(line)
  })

  it('pushes the branch with the bot key and opens the pull request', async () => {
    const run = await propose(sshd.knownHostsLine)
    expect(run.stderr).not.toContain('srcgit propose-downstream:')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: created .*\/rpms\/hello\/pull-request\/1$/m)
    const head = execFileSync(
      'git',
      [
        '-C',
        forge.repoPath(`forks/${BOT}/rpms/hello`),
        'rev-parse',
        'refs/heads/main-update-propose_downstream',
      ],
      { encoding: 'utf8' },
    ).trim()
    // The forge saw the SSH push through its hook: the PR points at the pushed commit.
    expect(forge.pullRequests('rpms', 'hello')[0].commit_stop).toBe(head)
    expect(sshd.log()).toContain('Accepted publickey')
    for (const line of keyLines()) expect(run.stdout + run.stderr).not.toContain(line)
  })
})
