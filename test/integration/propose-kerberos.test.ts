/**
 * propose-downstream uploading the archive for real: kinit from the keytab secret, then
 * upload.cgi behind Apache's mod_auth_gssapi with a real MIT KDC (test/support/kerberos),
 * while the local forge serves Pagure and git.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readdirSync } from 'node:fs'
import os from 'node:os'
import { startForge, type Forge } from '../support/forge/index.js'
import { startKerberosLookaside, type KerberosLookaside } from '../support/kerberos/lookaside-server.js'
import { buildReleaseFixture } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv } from '../support/cli.js'

Object.assign(process.env, gitEnv())
// Every test runs srcgit end to end (git, HTTP, child processes): seconds each, more on a busy CI machine.
jest.setTimeout(60_000)

const TOKEN = 'KRB'.padEnd(64, 'T4')
let forge: Forge
let lookaside: KerberosLookaside
const fixture = buildReleaseFixture()

beforeAll(async () => {
  forge = await startForge({
    users: [{ name: 'bot', packager: true }],
    tokens: [
      {
        token: TOKEN,
        user: 'bot',
        acls: ['fork_project', 'pull_request_create', 'pull_request_update', 'commit'],
      },
    ],
  })
  forge.addPackage('hello', { from: fixture.distGit.dir })
  lookaside = await startKerberosLookaside({ repos: ['rpms/hello'] })
}, 60_000)
afterAll(async () => {
  await lookaside?.stop()
  await forge?.stop()
})

function propose(keytab: string, principal = 'bot@SRCGIT.TEST') {
  return withEnv({ SRCGIT_PAGURE_TOKEN: TOKEN, SRCGIT_KEYTAB: keytab }, () =>
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
      lookaside.downloadBase,
      '--push-protocol',
      'https',
      '--fas-user',
      principal,
      '--krb5-conf',
      lookaside.krb5Conf,
    ]),
  )
}

describe('propose-downstream with a Kerberos-protected lookaside cache', () => {
  it('a keytab that is not the packager\u2019s is refused and nothing is pushed', async () => {
    const run = await propose(lookaside.keytabs.outsider, 'outsider@SRCGIT.TEST')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('packager group')
    expect(forge.log.filter((r) => r.write && r.path.endsWith('git-receive-pack'))).toEqual([])
    expect(run.stderr + run.stdout).not.toContain(lookaside.keytabs.outsider)
  })

  it('uploads with a ticket from the keytab secret, then proposes', async () => {
    const tmpBefore = readdirSync(os.tmpdir()).filter((n) => n.startsWith('srcgit-krb5-')).length
    const run = await propose(lookaside.keytabs.bot)
    expect(run.stderr).not.toContain('srcgit propose-downstream:')
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/note: File hello-1\.1\.tar\.gz size \d+ SHA512 [0-9a-f]{128} stored OK/)
    expect(run.stdout).toMatch(/^main: created /m)
    // Apache authenticated the upload as the keytab's principal.
    expect(
      lookaside.accessLog().some((line) => line.includes('bot@SRCGIT.TEST') && line.includes('POST')),
    ).toBe(true)
    // The private keytab/ccache dir is gone.
    expect(readdirSync(os.tmpdir()).filter((n) => n.startsWith('srcgit-krb5-')).length).toBe(tmpBefore)
    expect(run.stderr + run.stdout).not.toContain(lookaside.keytabs.bot)
  })
})
