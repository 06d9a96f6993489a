/**
 * `srcgit bodhi-update` end to end on both dist-git backends: srcgit proposes a release, a
 * maintainer merges the pull requests, Koji (the hub stand-in behind Apache) has the f43 head's
 * build, and the real CLI makes the Bodhi update. Bodhi is the stand-in of
 * test/support/bodhi/server.ts; its login goes through the OIDC provider stand-in behind Apache
 * with /openidc/Authorization under mod_auth_gssapi and a real MIT KDC, from the keytab secret
 * (kinit, curl --negotiate), as bodhi-client does on Fedora. The NVR is judged by
 * `rpmspec -q --srpm` on the merged spec with the branch's dist tag.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { clearProbeCache } from '../../src/forges/dist-git/probe.js'
import { BACKENDS, type DistGit, startDistGit } from '../support/dist-git-backends.js'
import { startFakeGitHub, type FakeGitHub } from '../support/github-api/index.js'
import {
  REALM,
  startKerberosLookaside,
  type KerberosLookaside,
} from '../support/kerberos/lookaside-server.js'
import { KojiHubState, startKojiHub, type KojiHubServer } from '../support/koji/server.js'
import { BodhiState, defaultReleases, startBodhi, type BodhiServer } from '../support/bodhi/server.js'
import { OidcProviderState, startOidcProvider, type OidcProviderServer } from '../support/bodhi/oidc.js'
import { buildReleaseFixture, RELEASE_CONFIG, releaseUpstream } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv, type CliRun } from '../support/cli.js'
import { GITHUB_WRITE_TOKEN, githubActionsEnv, STATUS_REPO } from '../support/status-fixture.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(120_000)

const CONFIG = `${RELEASE_CONFIG}jobs:
  - job: propose_downstream
    trigger: release
    dist_git_branches: [main, f43]
  - job: bodhi_update
    trigger: commit
    dist_git_branches: [main, f43]
    bodhi_extra_params:
      type: bugfix
      severity: low
`
const NO_PROXY = { NO_PROXY: 'localhost,127.0.0.1', no_proxy: 'localhost,127.0.0.1' }
const JANE = 'Jane Packager <jane@example.com>'
const NOV01 = Date.UTC(2026, 10, 1, 12) / 1000
const NOV21 = Date.UTC(2026, 10, 21, 12) / 1000

/** What rpm makes of the spec at a dist-git branch head with the branch's dist tag: the judge. */
async function rpmNvr(cloneUrl: string, branch: string, dist: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-nvr-judge-'))
  try {
    // Asynchronously: the dist-git stand-in answers from this process.
    await run('git', ['clone', '-q', '--branch', branch, cloneUrl, path.join(dir, 'repo')])
    return (
      await run('rpmspec', [
        '-q',
        '--srpm',
        '--qf',
        '%{nvr}',
        '-D',
        `dist ${dist}`,
        path.join(dir, 'repo', 'hello.spec'),
      ])
    ).trim()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { encoding: 'utf8' }, (error, stdout, stderr) =>
      error ? reject(new Error(`${cmd} ${args.join(' ')}: ${stderr || error.message}`)) : resolve(stdout),
    ),
  )
}

/** Bodhi's releases with rawhide as Fedora 46 (what Koji's rawhide target builds for here). */
function releases() {
  return defaultReleases()
    .filter((r) => r.name !== 'F44' && r.name !== 'F45')
    .concat(
      defaultReleases()
        .filter((r) => r.name === 'F45')
        .map((r) => JSON.parse(JSON.stringify(r).replace(/f45/g, 'f46').replace(/45/g, '46'))),
    )
}

describe.each(BACKENDS)('bodhi-update on %s dist-git', (backend) => {
  const fixture = buildReleaseFixture(CONFIG)
  fixture.sourceGit.git('remote', 'set-url', 'origin', `https://github.com/${STATUS_REPO}.git`)
  const proxySecret = randomBytes(16).toString('hex')
  const koji = new KojiHubState()
  const oidc = new OidcProviderState()
  const bodhiState = new BodhiState()
  const outputs: CliRun[] = []
  let dg: DistGit
  let hub: KojiHubServer
  let provider: OidcProviderServer
  let bodhi: BodhiServer
  let kerberos: KerberosLookaside
  let github: FakeGitHub
  let sourceGitHead = ''
  let nvr = ''

  const fromProxy = (req: IncomingMessage): boolean => req.headers['x-srcgit-proxy-secret'] === proxySecret

  async function bodhiUpdate(
    args: string[] = [],
    env: Record<string, string | undefined> = {},
  ): Promise<CliRun> {
    clearProbeCache()
    const result = await withEnv(
      {
        SRCGIT_DIST_GIT_TOKEN: dg.botToken,
        SRCGIT_PAGURE_TOKEN: undefined,
        ...githubActionsEnv(github),
        SRCGIT_KEYTAB: kerberos.keytabs.bot,
        KRB5_CONFIG: kerberos.krb5Conf,
        ...NO_PROXY,
        ...env,
      },
      () =>
        srcgit(
          [
            'bodhi-update',
            fixture.sourceGit.dir,
            '--dist-git-url',
            dg.url,
            '--koji-url',
            kerberos.kojiHubUrl!,
            '--bodhi-url',
            bodhi.url,
            '--oidc-url',
            kerberos.oidcUrl!,
            '--fas-user',
            `bot@${REALM}`,
            ...args,
          ],
          os.tmpdir(),
        ),
    )
    outputs.push(result)
    return result
  }

  const propose = async (args: string[]) => {
    clearProbeCache()
    const result = await withEnv(
      {
        SRCGIT_DIST_GIT_TOKEN: dg.botToken,
        SRCGIT_PAGURE_TOKEN: undefined,
        SRCGIT_TEST_LOOKASIDE_USER: 'bot',
      },
      () =>
        srcgit(
          [
            'propose-downstream',
            fixture.sourceGit.dir,
            '--dist-git-url',
            dg.url,
            '--lookaside-url',
            dg.lookasideUrl,
            ...(backend === 'pagure' ? ['--push-protocol', 'https'] : []),
            '--date',
            '2026-11-21',
            ...args,
          ],
          os.tmpdir(),
        ),
    )
    outputs.push(result)
    return result
  }

  const mergeOpen = async (branch: string) => {
    const pr = (await dg.pullRequests('hello')).find((p) => p.state === 'open' && p.targetBranch === branch)!
    await dg.mergePullRequest('hello', pr.number)
  }
  const updatePosts = () => bodhiState.posts.filter((p) => p.path === '/updates/')
  const logins = () => bodhi.log.filter((r) => r.path === '/oidc/login-token').length
  const authorizations = () => oidc.events.filter((e) => e.kind === 'authorize').length
  const statuses = (sha = sourceGitHead) =>
    github.latestStatuses(STATUS_REPO, sha).map((s) => [s.context, s.state, s.description, s.target_url])
  /** A COMPLETE build by `owner`, as Koji and Bodhi's view of Koji see it. */
  const addBuild = (build: string, owner: string, tag?: string) => {
    koji.addBuild(build, { owner, ...(tag ? { tag } : {}) })
    bodhiState.addBuild(build, ...(tag ? [tag] : []))
  }
  const tag = (build: string, into: string) => {
    koji.tagBuild(into, koji.builds.find((b) => `${b.name}-${b.version}-${b.release}` === build)!.build_id)
    bodhiState.tagBuild(build, into)
  }

  beforeAll(async () => {
    dg = await startDistGit(backend, { users: [{ name: 'jane', packager: true }] })
    dg.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
    sourceGitHead = fixture.sourceGit.git('rev-parse', 'HEAD').trim()
    github = await startFakeGitHub({
      repos: [{ owner: 'example', name: 'hello', branches: { rawhide: sourceGitHead } }],
      tokens: [GITHUB_WRITE_TOKEN],
    })
    koji.addUser('bot', `bot@${REALM}`)
    koji.addUser('jane')
    koji.addTarget('rawhide', 'f46-build', 'f46-updates-candidate')
    koji.addTarget('f43-candidate', 'f43-build', 'f43-updates-candidate')
    koji.setInheritance('f43-updates-candidate', ['f43-updates'])
    koji.setInheritance('f43-updates', ['f43'])
    hub = await startKojiHub(koji)

    oidc.addUser({ name: 'bot', principal: `bot@${REALM}`, email: 'bot@example.com', groups: ['packager'] })
    oidc.addClient({ id: 'bodhi', secret: 'bodhi-server-secret', redirectUris: [] })
    oidc.authenticate = (req) => {
      const user = req.headers['x-srcgit-remote-user']
      return fromProxy(req) && typeof user === 'string' && user !== '' ? user : undefined
    }
    oidc.publicUrl = (req) => {
      const url = req.headers['x-srcgit-public-url']
      return fromProxy(req) && typeof url === 'string' ? url : undefined
    }
    provider = await startOidcProvider(oidc)
    bodhiState.releases = releases()
    bodhi = await startBodhi(bodhiState)
    bodhiState.oidc = {
      tokenInfoUrl: `${provider.url}/TokenInfo`,
      userInfoUrl: `${provider.url}/UserInfo`,
      clientId: 'bodhi',
      clientSecret: 'bodhi-server-secret',
    }
    kerberos = await startKerberosLookaside({
      repos: [],
      koji: { backend: hub.hubUrl, secret: proxySecret },
      oidc: { backend: provider.url, secret: proxySecret },
    })

    // srcgit proposes 1.1 to main and f43; a maintainer merges both pull requests.
    const proposed = await propose(['--tag', 'v1.1'])
    expect(proposed.code).toBe(0)
    await mergeOpen('main')
    await mergeOpen('f43')
    nvr = await rpmNvr(`${dg.url}/rpms/hello.git`, 'f43', '.fc43')
    expect(nvr).toBe('hello-1.1-1.fc43')
    // The release build of 1.0 is stable in f43; 1.1's changelog has one entry more.
    const first = { time: NOV01, name: `${JANE} - 1.0-1`, text: '- First build' }
    addBuild('hello-1.0-1.fc43', 'jane', 'f43')
    koji.setChangelog('hello-1.0-1.fc43', [first])
    koji.setChangelog(nvr, [
      { time: NOV21, name: `${JANE} - 1.1-1`, text: '- Update to 1.1\n- Resolves: rhbz#2345678' },
      first,
    ])
  }, 120_000)

  afterAll(async () => {
    await kerberos?.stop()
    await bodhi?.stop()
    await provider?.stop()
    await hub?.stop()
    await github?.stop()
    await dg?.stop()
    for (const out of outputs) {
      expect(`${out.stdout}${out.stderr}`).not.toContain(dg.botToken)
      expect(`${out.stdout}${out.stderr}`).not.toContain(kerberos.keytabs.bot)
      expect(`${out.stdout}${out.stderr}`).not.toContain(kerberos.keytabs.bot.slice(20, 60))
    }
    for (const post of bodhiState.posts) expect(JSON.stringify(post.form)).not.toContain(dg.botToken)
    // Nor the OIDC access tokens and codes of the logins, nor Bodhi's session tickets.
    expect(oidc.tokens.size).toBeGreaterThan(0)
    for (const out of outputs)
      for (const secret of [...oidc.tokens.keys(), ...oidc.grants.keys(), ...bodhiState.ticketsOf('bot')])
        expect(`${out.stdout}${out.stderr}`).not.toContain(secret)
  })

  it('a build Koji has not tagged yet: waiting, pending status, nothing created', async () => {
    // Koji finished the build; the tagging into f43-updates-candidate comes after.
    addBuild(nvr, 'bot')
    const result = await bodhiUpdate(['--branch', 'f43'])
    expect(result.stderr).not.toContain('srcgit bodhi-update:')
    expectExit(result, 0)
    expect(result.stdout.trim()).toBe(
      `f43: waiting ${nvr} (Koji has not tagged ${nvr} into f43-updates-candidate yet ` +
        `(Bodhi: Cannot find any tags associated with build: ${nvr}); the next run tries again)`,
    )
    // Bodhi was asked, logged in, and said so.
    expect(updatePosts().map((p) => [p.status, p.errors?.map((e) => e.description)])).toEqual([
      [400, [`Cannot find any tags associated with build: ${nvr}`]],
    ])
    expect(bodhiState.updates).toEqual([])
    expect(statuses()).toEqual([['bodhi/f43', 'pending', `Bodhi update of ${nvr}: waiting for Koji`, null]])
  })

  it('dry run: says it would create the update of the NVR, logs in to nothing, creates nothing, sets no status', async () => {
    tag(nvr, 'f43-updates-candidate')
    const postsBefore = updatePosts().length
    const loginsBefore = logins()
    const authBefore = authorizations()
    const result = await bodhiUpdate(['--dry-run'])
    expect(result.stderr).not.toContain('srcgit bodhi-update:')
    expectExit(result, 0)
    expect(result.stdout.split('\n')).toEqual([
      'main: skipped (Bodhi makes the updates of rawhide builds itself)',
      `f43: would create ${nvr} (dry run: would create an update of ${nvr}, type bugfix, bugs 2345678)`,
      '',
    ])
    expect(updatePosts()).toHaveLength(postsBefore)
    expect(logins()).toBe(loginsBefore)
    expect(authorizations()).toBe(authBefore)
    expect(bodhiState.updates).toEqual([])
    // No status changed.
    expect(statuses()).toEqual([['bodhi/f43', 'pending', `Bodhi update of ${nvr}: waiting for Koji`, null]])
  })

  it('complete and tagged: exactly one update of the NVR, with the notes, bugs and bodhi_extra_params; success status', async () => {
    const reports = mkdtempSync(path.join(os.tmpdir(), 'srcgit-bodhi-reports-'))
    const dotenv = path.join(reports, 'report.env')
    const summary = path.join(reports, 'summary.md')
    let result: CliRun
    let dotenvText = ''
    let summaryText = ''
    try {
      result = await bodhiUpdate([], { SRCGIT_DOTENV: dotenv, SRCGIT_SUMMARY: summary })
      dotenvText = readFileSync(dotenv, 'utf8')
      summaryText = readFileSync(summary, 'utf8')
    } finally {
      rmSync(reports, { recursive: true, force: true })
    }
    expect(result.stderr).not.toContain('srcgit bodhi-update:')
    expectExit(result, 0)
    expect(bodhiState.updates).toHaveLength(1)
    const update = bodhiState.updates[0]
    expect(update.builds.map((b) => b.nvr)).toEqual([nvr])
    expect(update.release.name).toBe('F43')
    expect(update.user.name).toBe('bot')
    // bodhi_extra_params of the job.
    expect(update.type).toBe('bugfix')
    expect(update.severity).toBe('low')
    expect(update.notes).toBe(
      `Automatic update for ${nvr}.\n\n##### **Changelog for hello**\n\n\`\`\`\n` +
        `* Sat Nov 21 2026 ${JANE} - 1.1-1\n- Update to 1.1\n- Resolves: rhbz#2345678\n\n\`\`\``,
    )
    expect(update.bugs).toEqual([{ bug_id: 2345678 }])
    const post = updatePosts().at(-1)!
    expect(post.status).toBe(200)
    expect(post.form.builds).toEqual([nvr])
    expect(post.form.type).toEqual(['bugfix'])
    expect(post.form.severity).toEqual(['low'])
    expect(result.stdout).toMatch(
      new RegExp(`^f43: created ${esc(nvr)} ${esc(update.url)}( \\(.*\\))?$`, 'm'),
    )
    expect(result.stdout).toMatch(/^main: skipped \(Bodhi makes the updates of rawhide builds itself\)$/m)
    expect(statuses()).toEqual([
      ['bodhi/f43', 'success', `Bodhi update ${update.alias} of ${nvr}`, update.url],
    ])
    expect(updatePosts().every((p) => !p.form.builds?.some((b) => b.endsWith('.fc46')))).toBe(true)
    // The reports for later CI jobs: the dotenv outputs and the Markdown summary.
    expect(dotenvText).toMatch(/^SRCGIT_RESULT=created$/m)
    const updates = JSON.parse(/^SRCGIT_UPDATES=(.*)$/m.exec(dotenvText)![1]) as Record<string, unknown>[]
    expect(updates.find((u) => u.branch === 'f43')).toMatchObject({
      result: 'created',
      nvr,
      alias: update.alias,
      url: update.url,
      source_git_commit: sourceGitHead,
    })
    expect(summaryText).toContain(`[${update.alias}](${update.url})`)
  })

  it('a rerun: the update exists, nothing posted, no login', async () => {
    const posts = updatePosts().length
    const loginsBefore = logins()
    const result = await bodhiUpdate()
    expectExit(result, 0)
    const update = bodhiState.updates[0]
    expect(result.stdout).toMatch(
      new RegExp(
        `^f43: exists ${esc(nvr)} ${esc(update.url)} \\(${update.alias} \\(pending\\) has ${esc(nvr)}\\)$`,
        'm',
      ),
    )
    expect(bodhiState.updates).toHaveLength(1)
    expect(updatePosts()).toHaveLength(posts)
    expect(logins()).toBe(loginsBefore)
    expect(statuses()).toEqual([
      ['bodhi/f43', 'success', `Bodhi update ${update.alias} of ${nvr}`, update.url],
    ])
  })

  it('rawhide (main): skipped, Bodhi makes those updates; never posted', async () => {
    addBuild('hello-1.1-1.fc46', 'bot', 'f46-updates-candidate')
    const posts = updatePosts().length
    const result = await bodhiUpdate(['--branch', 'main'])
    expectExit(result, 0)
    expect(result.stdout.trim()).toBe('main: skipped (Bodhi makes the updates of rawhide builds itself)')
    expect(updatePosts()).toHaveLength(posts)
    expect(statuses().map((s) => s[0])).toEqual(['bodhi/f43'])
  })

  it('a branch the bodhi_update job does not name: skipped, saying where to add it', async () => {
    const posts = updatePosts().length
    const result = await bodhiUpdate(['--branch', 'f42'])
    expectExit(result, 0)
    expect(result.stdout).toMatch(
      /^f42: skipped \(f42 is not in dist_git_branches of jobs\[1\] \(bodhi_update\) \(main, f43\); add it there/m,
    )
    expect(updatePosts()).toHaveLength(posts)
  })

  describe('with the next release, 1.2, merged into f43', () => {
    let next = ''
    let nvr2 = ''
    beforeAll(async () => {
      next = releaseUpstream(fixture, 'v1.2')
      github.setBranch(STATUS_REPO, 'rawhide', next)
      const proposed = await propose(['--tag', 'v1.2', '--branch', 'f43'])
      expect(proposed.code).toBe(0)
      await mergeOpen('f43')
      nvr2 = await rpmNvr(`${dg.url}/rpms/hello.git`, 'f43', '.fc43')
      expect(nvr2).toBe('hello-1.2-1.fc43')
    })

    it('Koji down: f43 fails with one clear line naming Koji and its URL, exit 1, nothing created', async () => {
      const loginsBefore = logins()
      hub.faults.add({ path: '/kojihub', kind: 'status', status: 503, times: 20 })
      let result: CliRun
      try {
        result = await bodhiUpdate(['--branch', 'f43'])
      } finally {
        hub.faults.clear()
      }
      expectExit(result, 1)
      expect(result.stdout.trim()).toBe(
        `f43: failed ${nvr2} (Could not read build ${nvr2}: ${kerberos.kojiHubUrl} answered HTTP 503 (Service Unavailable); ` +
          'the Koji hub may be having trouble, try again later)',
      )
      expect(result.stderr).not.toMatch(/^\s+at /m)
      expect(bodhiState.updates).toHaveLength(1)
      expect(logins()).toBe(loginsBefore)
      expect(statuses(next).map((s) => [s[0], s[1]])).toEqual([['bodhi/f43', 'error']])
      expect(statuses(next)[0][2]).toMatch(
        new RegExp(`^Bodhi update of ${esc(nvr2)} failed: Could not read build`),
      )
    })

    it("Bodhi's releases unreadable: one line `srcgit bodhi-update: ...` naming Bodhi's URL, exit 1", async () => {
      bodhi.faults.add({ method: 'GET', path: '/releases/', kind: 'status', status: 503, times: 20 })
      let result: CliRun
      try {
        result = await bodhiUpdate(['--branch', 'f43'])
      } finally {
        bodhi.faults.clear()
      }
      expectExit(result, 1)
      expect(result.stdout).toBe('')
      const lines = result.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^srcgit bodhi-update: .*503/)
      expect(lines[0]).toContain(`${bodhi.url}/releases/`)
      expect(bodhiState.updates).toHaveLength(1)
    })

    it('Bodhi failing: a clear error, no update; restored, the next run makes exactly one', async () => {
      addBuild(nvr2, 'bot', 'f43-updates-candidate')
      const only = () => bodhiState.updates.filter((u) => u.builds.some((b) => b.nvr === nvr2))
      // The login first, then the update itself.
      for (const [method, fault] of [
        ['GET', '/oidc/login-token'],
        ['POST', '/updates/'],
      ]) {
        bodhi.faults.add({ method, path: fault, kind: 'status', status: 500, times: 20 })
        let result: CliRun
        try {
          result = await bodhiUpdate(['--branch', 'f43'])
        } finally {
          bodhi.faults.clear()
        }
        expectExit(result, 1)
        expect(result.stdout).toMatch(
          new RegExp(`^f43: failed ${esc(nvr2)} \\(.*Bodhi.*\\b500\\b.*\\)$`, 'm'),
        )
        expect(result.stdout).toContain(bodhi.url)
        expect(result.stderr).not.toMatch(/^\s+at /m)
        expect(only()).toEqual([])
        expect(statuses(next).map((s) => [s[0], s[1]])).toEqual([['bodhi/f43', 'error']])
      }
      expect(bodhi.log.some((r) => r.method === 'POST' && r.path === '/updates/' && r.status === 500)).toBe(
        true,
      )

      let result = await bodhiUpdate(['--branch', 'f43'])
      expect(result.stderr).not.toContain('srcgit bodhi-update:')
      expectExit(result, 0)
      expect(result.stdout).toMatch(
        new RegExp(`^f43: created ${esc(nvr2)} ${esc(only()[0]?.url ?? '?')}`, 'm'),
      )
      expect(only()).toHaveLength(1)
      expect(statuses(next)).toEqual([
        ['bodhi/f43', 'success', `Bodhi update ${only()[0].alias} of ${nvr2}`, only()[0].url],
      ])
      result = await bodhiUpdate(['--branch', 'f43'])
      expectExit(result, 0)
      expect(result.stdout).toMatch(new RegExp(`^f43: exists ${esc(nvr2)} `, 'm'))
      expect(only()).toHaveLength(1)
    })
  })

  describe('with 1.4 merged into f43 and built by the bot', () => {
    let next = ''
    let nvr4 = ''
    beforeAll(async () => {
      next = releaseUpstream(fixture, 'v1.4')
      github.setBranch(STATUS_REPO, 'rawhide', next)
      const proposed = await propose(['--tag', 'v1.4', '--branch', 'f43'])
      expect(proposed.code).toBe(0)
      await mergeOpen('f43')
      nvr4 = await rpmNvr(`${dg.url}/rpms/hello.git`, 'f43', '.fc43')
      expect(nvr4).toBe('hello-1.4-1.fc43')
      addBuild(nvr4, 'bot', 'f43-updates-candidate')
    })

    it('Bodhi makes the update but the answer is lost: the next run finds it, exactly one update', async () => {
      const only = () => bodhiState.updates.filter((u) => u.builds.some((b) => b.nvr === nvr4))
      bodhi.faults.add({ method: 'POST', path: '/updates/', kind: 'after', times: 20 })
      let result: CliRun
      try {
        result = await bodhiUpdate(['--branch', 'f43'])
      } finally {
        bodhi.faults.clear()
      }
      expectExit(result, 1)
      expect(result.stdout.trim()).toBe(
        `f43: failed ${nvr4} (Could not create the Bodhi update for ${nvr4} at ${bodhi.url}/updates/: ` +
          'Bodhi answered HTTP 500: Internal Server Error; Bodhi may be down; the update may or may not have been made: ' +
          'the next run looks for it and retries if it is missing)',
      )
      expect(only()).toHaveLength(1)
      expect(result.stderr).not.toMatch(/^\s+at /m)
      result = await bodhiUpdate(['--branch', 'f43'])
      expectExit(result, 0)
      expect(result.stdout).toMatch(new RegExp(`^f43: exists ${esc(nvr4)} ${esc(only()[0].url)} `, 'm'))
      expect(only()).toHaveLength(1)
      expect(statuses(next)).toEqual([
        ['bodhi/f43', 'success', `Bodhi update ${only()[0].alias} of ${nvr4}`, only()[0].url],
      ])
    })
  })

  describe('with 1.5 merged into f43 and built by hand by jane', () => {
    let nvr3 = ''
    beforeAll(async () => {
      const next = releaseUpstream(fixture, 'v1.5')
      github.setBranch(STATUS_REPO, 'rawhide', next)
      const proposed = await propose(['--tag', 'v1.5', '--branch', 'f43'])
      expect(proposed.code).toBe(0)
      await mergeOpen('f43')
      nvr3 = await rpmNvr(`${dg.url}/rpms/hello.git`, 'f43', '.fc43')
      expect(nvr3).toBe('hello-1.5-1.fc43')
      addBuild(nvr3, 'jane', 'f43-updates-candidate')
    })

    it('a build by someone not in allowed_builders (default [packit]): skipped, naming allowed_builders', async () => {
      const posts = updatePosts().length
      const result = await bodhiUpdate(['--branch', 'f43'])
      expectExit(result, 0)
      expect(result.stdout.trim()).toBe(
        `f43: skipped ${nvr3} (${nvr3} was built by jane, who is not in allowed_builders ([packit, bot]); add jane there to make its update)`,
      )
      expect(updatePosts()).toHaveLength(posts)
      expect(bodhiState.updates.filter((u) => u.builds.some((b) => b.nvr === nvr3))).toEqual([])
    })
  })
})

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** The exit code, with what the run printed when it is not the expected one. */
function expectExit(result: CliRun, code: number): void {
  if (result.code !== code)
    throw new Error(
      `exit ${result.code}, expected ${code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`,
    )
}
