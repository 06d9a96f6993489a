import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { KojiClient, KojiError } from '../../src/builds/koji.js'
import {
  changelogSinceLatestStable,
  changelogsForBuilds,
  updateNotes,
} from '../../src/builds/update-notes.js'
import { HttpClient } from '../../src/http/client.js'
import { KojiHubState, startKojiHub, type KojiHubServer } from '../support/koji/server.js'

const JAN05 = 1767614400 // 2026-01-05 12:00 UTC
const DEC25 = 1766664000
const NOV01 = 1761998400
const JANE = 'Jane Doe <jane@example.org>'

let hub: KojiHubServer
let http: HttpClient
let koji: KojiClient

/**
 * Fedora's tags: f43-updates-candidate → f43-updates → f43. hello 1.0 went out with the
 * release (f43); 1.1 is the new build, in the candidate tag, its changelog two entries newer.
 */
function fedora(): KojiHubState {
  const state = new KojiHubState()
  state.addTarget('f43-candidate', 'f43-build', 'f43-updates-candidate')
  state.setInheritance('f43-updates-candidate', ['f43-updates'])
  state.setInheritance('f43-updates', ['f43'])
  state.addBuild('hello-1.0-1.fc43', { tag: 'f43' })
  state.addBuild('hello-1.1-1.fc43', { tag: 'f43-updates-candidate' })
  state.addBuild('world-5-1.fc43', { tag: 'f43' })
  const old = { time: NOV01, name: `${JANE} - 1.0-1`, text: '- First build' }
  state.setChangelog('hello-1.0-1.fc43', [old])
  state.setChangelog('hello-1.1-1.fc43', [
    { time: JAN05, name: `${JANE} - 1.1-1`, text: '- Update to 1.1\n- Resolves: rhbz#2345678' },
    { time: DEC25, name: `${JANE} - 1.0-2`, text: '- Rebuilt (fixes fedora#23456)' },
    old,
  ])
  return state
}

const SINCE_1_0 =
  `* Mon Jan 05 2026 ${JANE} - 1.1-1\n- Update to 1.1\n- Resolves: rhbz#2345678\n\n` +
  `* Thu Dec 25 2025 ${JANE} - 1.0-2\n- Rebuilt (fixes fedora#23456)\n`

beforeAll(() => {
  http = new HttpClient({ retries: 2, sleep: async () => {}, timeoutMs: 2000 })
})
afterAll(() => http.close())

beforeEach(async () => {
  hub = await startKojiHub(fedora())
  koji = new KojiClient({ hubUrl: hub.hubUrl, http })
})
afterEach(() => hub.stop())

describe('changelogSinceLatestStable against the hub stand-in', () => {
  it('finds the latest stable build through the inheritance, and gives the entries since it', async () => {
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-1.1-1.fc43')).toBe(SINCE_1_0)
    // Packit's reads, in its order: the first stable tag (f43-updates) finds 1.0 through f43.
    expect(hub.state.calls.map((c) => c.method)).toEqual([
      'listTags',
      'getFullInheritance',
      'listTagged',
      'getRPMHeaders',
      'getRPMHeaders',
    ])
    expect(hub.state.calls.every((c) => c.user === undefined && c.faultCode === undefined)).toBe(true)
  })

  it('takes the newest stable build: an update in f43-updates before the release build in f43', async () => {
    hub.state.addBuild('hello-1.0-2.fc43', { tag: 'f43-updates' })
    hub.state.setChangelog('hello-1.0-2.fc43', [
      { time: DEC25, name: `${JANE} - 1.0-2`, text: '- Rebuilt' },
      { time: NOV01, name: `${JANE} - 1.0-1`, text: '- First build' },
    ])
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-1.1-1.fc43')).toBe(
      `* Mon Jan 05 2026 ${JANE} - 1.1-1\n- Update to 1.1\n- Resolves: rhbz#2345678\n`,
    )
  })

  it('writes the notes and bugs of an update from it', async () => {
    const builds = ['hello-1.1-1.fc43', 'world-5-1.fc43']
    const changelogs = await changelogsForBuilds(koji, builds)
    expect(changelogs).toEqual(
      new Map([
        ['hello-1.1-1.fc43', SINCE_1_0],
        ['world-5-1.fc43', undefined],
      ]),
    )
    expect(updateNotes({ builds, changelogs })).toEqual({
      notes:
        'Automatic update for hello-1.1-1.fc43, world-5-1.fc43.\n\n##### **Changelog for hello**\n\n' +
        `\`\`\`\n${SINCE_1_0}\n\`\`\``,
      bugs: ['2345678', '23456'],
    })
  })

  it('gives undefined when no stable tag has a build of the package', async () => {
    hub.state.addBuild('newpkg-1-1.fc43', { tag: 'f43-updates-candidate' })
    expect(await changelogSinceLatestStable(koji, 'newpkg', 'newpkg-1-1.fc43')).toBeUndefined()
    expect(hub.state.calls.filter((c) => c.method === 'listTagged')).toHaveLength(2)
    expect(hub.state.calls.some((c) => c.method === 'getRPMHeaders')).toBe(false)
  })

  it('gives undefined when the build is itself the latest stable one', async () => {
    hub.state.tagBuild('f43-updates', hub.state.builds.find((b) => b.version === '1.1')!.build_id)
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-1.1-1.fc43')).toBeUndefined()
    expect(hub.state.calls.some((c) => c.method === 'getRPMHeaders')).toBe(false)
  })

  it('skips the tags without stable ancestors: the first tag that has some wins', async () => {
    hub.state.addBuild('hello-1.2-1.fc43', { tag: 'f43-signing-pending' })
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-1.2-1.fc43')).toBeUndefined()
    hub.state.tagBuild('f43-updates-candidate', hub.state.builds.at(-1)!.build_id)
    hub.state.setChangelog('hello-1.2-1.fc43', [
      { time: JAN05, name: `${JANE} - 1.2-1`, text: '- Update to 1.2' },
      { time: NOV01, name: `${JANE} - 1.0-1`, text: '- First build' },
    ])
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-1.2-1.fc43')).toBe(
      `* Mon Jan 05 2026 ${JANE} - 1.2-1\n- Update to 1.2\n`,
    )
  })

  it('gives undefined when the stable build has no changelog', async () => {
    hub.state.setChangelog('hello-1.0-1.fc43', [])
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-1.1-1.fc43')).toBeUndefined()
  })

  it("goes on without a changelog after the hub's GenericError, as Packit", async () => {
    // An unknown build: listTags faults, nothing else is read.
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-9-9.fc43')).toBeUndefined()
    expect(hub.state.calls.map((c) => [c.method, c.faultCode])).toEqual([['listTags', 1000]])
    // The new build's rpm file is gone: its changelog is [] and the notes get "".
    hub.state.missingRpmFiles.add('hello-1.1-1.fc43')
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-1.1-1.fc43')).toBe('')
    // The stable build's rpm file is gone: no changelog.
    hub.state.missingRpmFiles.add('hello-1.0-1.fc43')
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-1.1-1.fc43')).toBeUndefined()
    expect(hub.state.calls.at(-1)).toMatchObject({ method: 'getRPMHeaders', faultCode: 1000 })
  })

  it('stops when Koji does not answer, instead of notes without changelog and bugs', async () => {
    hub.faults.add({ path: '/kojihub', kind: 'status', status: 503, times: 10 })
    const error = await changelogSinceLatestStable(koji, 'hello', 'hello-1.1-1.fc43').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KojiError)
    expect((error as KojiError).message).toMatch(
      /Could not list the tags of build hello-1.1-1.fc43: .*HTTP 503/,
    )
  })
})
