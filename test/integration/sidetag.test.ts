/**
 * koji_build and bodhi_update with `sidetag_group` on both dist-git backends: a source-git
 * config of two packages (hello, and world which needs hello) builds both into one Koji side
 * tag that srcgit creates once and finds again run after run (by the builds' custom metadata),
 * then makes one Bodhi update from the side tag. Koji is the hub stand-in with the side-tag
 * plugin's calls; Bodhi the stand-in, whose view of the side tag the test mirrors from Koji.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { KojiClient } from '../../src/builds/koji.js'
import { BodhiClient } from '../../src/builds/bodhi.js'
import { HttpClient } from '../../src/http/client.js'
import { kojiBuild, type KojiBuildOutcome } from '../../src/jobs/koji-build.js'
import { bodhiUpdate } from '../../src/jobs/bodhi-update.js'
import { clearProbeCache } from '../../src/forges/dist-git/probe.js'
import { BACKENDS, type DistGit, startDistGit } from '../support/dist-git-backends.js'
import { KojiHubState, startKojiHub, type KojiHubServer } from '../support/koji/server.js'
import { BodhiState, defaultReleases, startBodhi, type BodhiServer } from '../support/bodhi/server.js'
import { OidcProviderState, startOidcProvider, type OidcProviderServer } from '../support/bodhi/oidc.js'
import { exampleSpec } from '../support/source-git-fixture.js'
import { gitEnv, TestRepo } from '../support/git-repo.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(120_000)

const CONFIG = `upstream_project_url: https://github.com/example/stack
packages:
  hello:
    downstream_package_name: hello
    specfile_path: .distro/hello.spec
  world:
    downstream_package_name: world
    specfile_path: .distro/world.spec
jobs:
  - job: koji_build
    trigger: commit
    packages: [hello]
    sidetag_group: stack
    dependents: [world]
    dist_git_branches: [f43]
    allowed_committers: [ada@example.com]
  - job: koji_build
    trigger: koji_build
    packages: [world]
    sidetag_group: stack
    dependencies: [hello]
    dist_git_branches: [f43]
    allowed_committers: [ada@example.com]
  - job: bodhi_update
    trigger: koji_build
    packages: [hello, world]
    sidetag_group: stack
    dependencies: [hello, world]
    dist_git_branches: [f43]
`
const TOKEN = 'negotiate-token-of-bot'

/** A dist-git repository of `name` 1.0 on main and f43, committed by jane. */
function distGitRepo(name: string): TestRepo {
  const repo = TestRepo.init(`srcgit-dg-${name}-`)
  repo.write(`${name}.spec`, exampleSpec().replace(/^Name:(\s+)hello$/m, `Name:$1${name}`))
  repo.commit(`Import ${name} 1.0`, { name: 'jane', email: 'jane@example.com' })
  repo.git('branch', 'f43')
  return repo
}

describe.each(BACKENDS)('side tags on %s dist-git', (backend) => {
  const sourceGit = TestRepo.init('srcgit-sg-stack-')
  sourceGit.write('.distro/source-git.yaml', CONFIG)
  sourceGit.commit('source-git config')
  const koji = new KojiHubState()
  const bodhiState = new BodhiState()
  let dg: DistGit
  let hub: KojiHubServer
  let bodhi: BodhiServer
  let provider: OidcProviderServer
  let http: HttpClient
  let kojiClient: KojiClient
  let bodhiClient: BodhiClient

  const sideTags = () => [...koji.tags].filter(([, t]) => t.extra?.sidetag === true).map(([n]) => n)
  const buildTasks = () => [...koji.tasks.values()].filter((t) => t.method === 'build')
  const updatePosts = () => bodhiState.posts.filter((p) => p.path === '/updates/')

  async function build(dryRun = false): Promise<Map<string, KojiBuildOutcome>> {
    clearProbeCache()
    const { outcomes } = await kojiBuild({
      sourceGit: sourceGit.dir,
      instanceUrl: dg.url,
      token: dg.botToken,
      koji: kojiClient,
      login: () => kojiClient.login(async () => TOKEN),
      bot: 'bot',
      dryRun,
      http,
      bodhiUrl: bodhi.url,
    })
    return new Map(outcomes.map((o) => [o.package, o]))
  }

  async function update(dryRun = false) {
    clearProbeCache()
    const { outcomes } = await bodhiUpdate({
      sourceGit: sourceGit.dir,
      instanceUrl: dg.url,
      token: dg.botToken,
      koji: kojiClient,
      bodhi: bodhiClient,
      login: () => bodhiClient.loginWithToken(provider.state.issueToken('bot')),
      bot: 'bot',
      dryRun,
      http,
    })
    return new Map(outcomes.map((o) => [o.package, o]))
  }

  /** The builder finishes the task; Bodhi's view of Koji follows (tags, side tag, inheritance). */
  function finish(taskId: number, nvr: string) {
    koji.sources.set(koji.tasks.get(taskId)!.request[0] as string, nvr)
    koji.finishTask(taskId, 'CLOSED')
    for (const [name, tag] of koji.tags) {
      if (tag.extra?.sidetag !== true) continue
      const nvrs = tag.builds
        .map((id) => koji.builds.find((b) => b.build_id === id)!)
        .map((b) => `${b.name}-${b.version}-${b.release}`)
      for (const n of nvrs) bodhiState.tagBuild(n, name)
      bodhiState.sideTags.set(name, {
        owner: String(tag.extra.sidetag_user),
        builds: nvrs,
        inherits: ['f43-build', 'f43-override', 'f43-updates', 'f43'],
      })
    }
  }

  beforeAll(async () => {
    dg = await startDistGit(backend, { users: [{ name: 'jane', packager: true }] })
    dg.addPackage('hello', { from: distGitRepo('hello').dir, maintainers: ['jane'] })
    dg.addPackage('world', { from: distGitRepo('world').dir, maintainers: ['jane'] })
    koji.addUser('bot')
    koji.acceptToken(TOKEN, 'bot@FEDORAPROJECT.ORG')
    koji.addTarget('f43-candidate', 'f43-build', 'f43-updates-candidate')
    koji.setInheritance('f43-build', ['f43-override', 'f43-updates', 'f43'])
    koji.allowedScmHosts = [new URL(dg.url).host]
    hub = await startKojiHub(koji)
    provider = await startOidcProvider(new OidcProviderState())
    provider.state.addClient({ id: 'bodhi', secret: 'bodhi-server-secret', redirectUris: [] })
    provider.state.addUser({
      name: 'bot',
      principal: 'bot@X',
      email: 'bot@example.com',
      groups: ['packager'],
    })
    bodhiState.releases = defaultReleases()
    // Only the side tag's owner may: commit access alone would not do.
    bodhiState.commitAccess = () => false
    bodhi = await startBodhi(bodhiState)
    bodhiState.oidc = {
      tokenInfoUrl: `${provider.url}/TokenInfo`,
      userInfoUrl: `${provider.url}/UserInfo`,
      clientId: 'bodhi',
      clientSecret: 'bodhi-server-secret',
    }
    http = new HttpClient({ retries: 1, sleep: async () => undefined })
    kojiClient = new KojiClient({ hubUrl: hub.hubUrl, http })
    bodhiClient = new BodhiClient({ url: bodhi.url, http })
  }, 120_000)

  afterAll(async () => {
    await bodhi?.stop()
    await provider?.stop()
    await hub?.stop()
    await dg?.stop()
    await http?.close()
  })

  it('dry run: would build hello into a new side tag, world waits; creates nothing', async () => {
    const outcomes = await build(true)
    expect(outcomes.get('hello')?.reason).toMatch(
      /^dry run: would build .* in a new side tag of f43-build \(sidetag_group stack\)/,
    )
    expect(outcomes.get('world')?.result).toBe('skipped')
    expect(outcomes.get('world')?.reason).toContain('not yet: sidetag_group stack builds hello first')
    expect(sideTags()).toEqual([])
    expect(buildTasks()).toEqual([])
  })

  it('the first package is built into a new side tag, marked with its group; world waits', async () => {
    const outcomes = await build()
    const hello = outcomes.get('hello')!
    expect(sideTags()).toHaveLength(1)
    const [tag] = sideTags()
    expect(tag).toMatch(/^f43-build-side-\d+$/)
    expect(hello).toMatchObject({ result: 'submitted', target: tag })
    expect(buildTasks().map((t) => [t.request[1], t.request[2]])).toEqual([
      [tag, { custom_user_metadata: { sidetag_group: 'stack' } }],
    ])
    expect(outcomes.get('world')?.result).toBe('skipped')
    expect(outcomes.get('world')?.reason).toContain(`${tag} has no complete build of it yet`)
  })

  it('bodhi_update waits while the group is not built', async () => {
    const outcomes = await update()
    expect(outcomes.get('hello')?.result).toBe('waiting')
    expect(updatePosts()).toEqual([])
  })

  it('rerun while hello builds: the same side tag, no second build, no second tag', async () => {
    koji.sources.set(buildTasks()[0].request[0] as string, 'hello-1.0-2.fc43')
    koji.startTask(buildTasks()[0].id)
    const outcomes = await build()
    expect(outcomes.get('hello')?.result).toMatch(/already-built|submitted/)
    expect(sideTags()).toHaveLength(1)
    expect(buildTasks()).toHaveLength(1)
  })

  it('hello done: world joins the same side tag; hello is not built again', async () => {
    finish(buildTasks()[0].id, 'hello-1.0-2.fc43')
    const [tag] = sideTags()
    const outcomes = await build()
    expect(outcomes.get('hello')?.result).toBe('already-built')
    expect(outcomes.get('world')).toMatchObject({ result: 'submitted', target: tag })
    expect(sideTags()).toEqual([tag])
    expect(buildTasks().map((t) => t.request[1])).toEqual([tag, tag])
  })

  it('bodhi_update: world not built yet → waiting; then one from_tag update for the group', async () => {
    const [tag] = sideTags()
    let outcomes = await update()
    expect(outcomes.get('hello')?.result).toBe('waiting')
    expect(outcomes.get('hello')?.reason).toContain('world')
    expect(updatePosts()).toEqual([])
    finish(buildTasks()[1].id, 'world-1.0-2.fc43')
    // Dry run: says so, creates nothing.
    outcomes = await update(true)
    expect(outcomes.get('hello')?.reason).toContain(
      `dry run: would create one update from the side tag ${tag}`,
    )
    expect(updatePosts()).toEqual([])

    outcomes = await update()
    expect(outcomes.get('hello')?.reason).toContain(`from the side tag ${tag}`)
    expect(outcomes.get('hello')?.result).toBe('created')
    expect(outcomes.get('world')?.result).toBe('exists')
    expect(updatePosts()).toHaveLength(1)
    expect(updatePosts()[0].form.from_tag).toEqual([tag])
    expect(updatePosts()[0].form.builds).toBeUndefined()
    expect(bodhiState.updates).toHaveLength(1)
    expect(bodhiState.updates[0].builds.map((b) => b.nvr).sort()).toEqual([
      'hello-1.0-2.fc43',
      'world-1.0-2.fc43',
    ])
  })

  it('rerun: no second update, no new build, no new tag', async () => {
    const outcomes = await update()
    expect([...outcomes.values()].map((o) => o.result)).toEqual(['exists', 'exists'])
    expect(updatePosts()).toHaveLength(1)
    const builds = await build()
    expect([...builds.values()].map((o) => o.result)).toEqual(['already-built', 'already-built'])
    expect(buildTasks()).toHaveLength(2)
    expect(sideTags()).toHaveLength(1)
  })
})
