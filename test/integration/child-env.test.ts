/**
 * Secrets stay where they are needed: every child srcgit starts (git and its helpers, ssh, curl,
 * kinit, kdestroy, the Packit actions) records its environment through a wrapper on PATH, and
 * none of them may see a secret value: the Pagure token, the SSH key, the keytab, the CI tokens.
 * Credentials reach git only as command-scoped config, ssh as a key file, curl as a ticket cache.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Git } from '../../src/git/git.js'
import { prepareTransport, pushBranch } from '../../src/git/transport.js'
import { withKerberosTicket } from '../../src/lookaside/kerberos.js'
import { clearSecrets } from '../../src/runtime/secrets.js'
import { srcgit, withEnv } from '../support/cli.js'
import { startForge, type Forge } from '../support/forge/index.js'
import { gitEnv, TestRepo } from '../support/git-repo.js'
import { buildReleaseFixture, RELEASE_CONFIG } from '../support/source-git-fixture.js'
import { generateKey } from '../support/sshd/sshd.js'

jest.setTimeout(90_000)

const work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-child-env-'))
const bin = path.join(work, 'bin')
const log = path.join(work, 'children.log')
const actionsLog = path.join(work, 'actions.env')
const key = generateKey(work, 'bot')

const PAGURE_TOKEN = 'PAGUREtok'.padEnd(64, 'P1')
const SECRETS: Record<string, string> = {
  SRCGIT_PAGURE_TOKEN: PAGURE_TOKEN,
  SRCGIT_SSH_PRIVATE_KEY: key.privateKey,
  SRCGIT_KEYTAB: Buffer.from([0x05, 0x02, ...Buffer.from('keytab-bytes-of-the-child-env-test')]).toString(
    'base64',
  ),
  SRCGIT_GITLAB_TOKEN: 'glpat-CHILDENVgitlab0001',
  SRCGIT_GITHUB_TOKEN: 'ghp_CHILDENVgithub0001',
  GITHUB_TOKEN: 'ghs_CHILDENVworkflow001',
  ACTIONS_RUNTIME_TOKEN: 'eyJCHILDENVruntime0001',
  'INPUT_PAGURE-TOKEN': PAGURE_TOKEN,
  'INPUT_GITHUB-TOKEN': 'ghs_CHILDENVinput00001',
  CI_JOB_TOKEN: 'glcbt-CHILDENVjob00001',
  CI_REPOSITORY_URL: 'https://gitlab-ci-token:glcbt-CHILDENVjob00001@gitlab.example/g/hello.git',
}
/** What must appear in no child's environment: each secret, and each line of the key. */
const secretValues = () => [
  ...new Set([
    ...Object.values(SECRETS).filter((v) => !v.includes('\n')),
    ...key.privateKey.split('\n').filter((line) => line.length > 20),
  ]),
]

/** Wrappers that append "== name args" and the environment to the log, then run the real program. */
function wrap(name: string, real?: string): void {
  const target = real ?? execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim()
  writeFileSync(
    path.join(bin, name),
    `#!/bin/sh\n{ echo "== ${name} $*"; env; } >>"${log}"\n${real === '' ? 'exit 0' : `exec "${target}" "$@"`}\n`,
  )
  chmodSync(path.join(bin, name), 0o755)
}

let forge: Forge
const saved = process.env.PATH
beforeAll(async () => {
  mkdirSync(bin)
  for (const name of ['git', 'curl', 'ssh']) wrap(name)
  process.env.PATH = `${bin}:${process.env.PATH}`
  forge = await startForge({
    users: [{ name: 'bot', packager: true }],
    tokens: [
      {
        token: PAGURE_TOKEN,
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

function records(file: string): { name: string; env: string }[] {
  return readFileSync(file, 'utf8')
    .split(/^== /m)
    .filter(Boolean)
    .map((entry) => ({ name: entry.split('\n', 1)[0], env: entry }))
}

describe('the environment of every child', () => {
  it('propose-downstream: git, curl and the Packit actions see no secret; git gets the push credential as command-scoped config', async () => {
    const fixture = buildReleaseFixture(
      RELEASE_CONFIG + `actions:\n  post-upstream-clone: bash -c 'env > "${actionsLog}"'\n`,
    )
    forge.addPackage('hello', { from: fixture.distGit.dir })
    // The forge's own git (the import above) is not srcgit's child.
    rmSync(log, { force: true })
    const run = await withEnv(
      { ...gitEnv(), PATH: process.env.PATH, ...SECRETS, SRCGIT_TEST_LOOKASIDE_USER: 'bot' },
      () =>
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
          '--push-protocol',
          'https',
          '--date',
          '2026-11-21',
        ]),
    )
    expect(run.stderr).not.toContain('srcgit propose-downstream:')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: created /m)

    const children = records(log)
    const names = new Set(children.map((c) => c.name.split(' ').slice(0, 2).join(' ')))
    // The wrappers saw the whole run: the clone, the push, the upload.
    for (const expected of ['git clone', 'git push', 'git ls-remote', 'curl -q'])
      expect(names).toContain(expected)
    for (const child of children)
      for (const secret of secretValues())
        expect({ child: child.name, leaked: child.env.includes(secret) }).toEqual({
          child: child.name,
          leaked: false,
        })
    // The push got its credential, and only as a header for the fork's URL.
    const push = children.find((c) => c.name.startsWith('git push'))!
    expect(push.env).toMatch(
      /^GIT_CONFIG_KEY_\d+=http\.http:\/\/127\.0\.0\.1:\d+\/forks\/bot\/rpms\/hello\.git\.extraHeader$/m,
    )
    expect(push.env).toMatch(/^GIT_CONFIG_VALUE_\d+=Authorization: Basic \S+$/m)
    // Actions: the PACKIT_* variables, the job's own environment, no secret.
    const actions = readFileSync(actionsLog, 'utf8')
    expect(actions).toMatch(/^PACKIT_PROJECT_VERSION=1\.1$/m)
    expect(actions).toMatch(/^SRCGIT_TEST_LOOKASIDE_USER=bot$/m)
    for (const name of Object.keys(SECRETS)) expect(actions).not.toMatch(new RegExp(`^${name}=`, 'm'))
    for (const secret of secretValues()) expect(actions.includes(secret)).toBe(false)
  })

  it('ssh (started by git for an SSH push) sees no secret, only the key file', async () => {
    rmSync(log, { force: true })
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo
        server.close(() => resolve(port))
      })
    })
    const repo = TestRepo.init('srcgit-child-env-ssh-')
    repo.write('f', 'x\n')
    const commit = repo.commit('x')
    const url = `ssh://bot@127.0.0.1:${closed}/forks/bot/rpms/hello.git`
    await withEnv({ ...SECRETS, PATH: process.env.PATH }, async () => {
      const transport = await prepareTransport(
        { protocol: 'ssh', privateKey: key.privateKey, knownHosts: `[127.0.0.1]:${closed} ${key.publicKey}` },
        url,
      )
      await expect(
        pushBranch(new Git(repo.dir), { url, localRef: commit, remoteBranch: 'b', transport }),
      ).rejects.toThrow(/could not be reached|Connection refused/)
      await transport.dispose()
    })
    const children = records(log)
    const ssh = children.filter((c) => c.name.startsWith('ssh '))
    expect(ssh).toHaveLength(1)
    expect(ssh[0].name).toMatch(/-i '?\/\S+\/id'? /)
    for (const child of children)
      for (const secret of secretValues()) expect(child.env.includes(secret)).toBe(false)
  })

  it('kinit and kdestroy see the ticket cache and krb5.conf, not the keytab secret', async () => {
    rmSync(log, { force: true })
    // Stand-ins: record, then act as if the ticket was got and destroyed.
    wrap('kinit', '')
    wrap('kdestroy', '')
    const result = await withEnv({ ...SECRETS, PATH: process.env.PATH }, () =>
      withKerberosTicket(
        { keytabBase64: SECRETS.SRCGIT_KEYTAB, principal: 'bot' },
        async (env) => env.KRB5CCNAME,
      ),
    )
    expect(result).toMatch(/^FILE:\//)
    const children = records(log)
    expect(children.map((c) => c.name.split(' ')[0])).toEqual(['kinit', 'kdestroy'])
    expect(children[0].env).toMatch(/^KRB5CCNAME=FILE:\/\S+\/ccache$/m)
    for (const child of children)
      for (const secret of secretValues()) expect(child.env.includes(secret)).toBe(false)
  })
})
