import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { BUILD_STATES, KojiClient, KojiError, TASK_STATES } from '../../src/builds/koji.js'
import { decodeMethodResponse, encodeMethodCall, isStruct } from '../../src/builds/xmlrpc.js'
import { HttpClient } from '../../src/http/client.js'
import { KojiHubState, startKojiHub, type KojiHubServer } from '../support/koji/server.js'

const SHA = 'a'.repeat(40)
const SRC = `git+https://src.fedoraproject.org/rpms/hello.git#${SHA}`
const TOKEN = 'negotiate-token-for-packit'

let hub: KojiHubServer
let http: HttpClient
let koji: KojiClient

function freshState(): KojiHubState {
  const state = new KojiHubState()
  state.addUser('packit')
  state.acceptToken(TOKEN, 'packit@FEDORAPROJECT.ORG')
  state.addTarget('f43-candidate', 'f43-build', 'f43-updates-candidate')
  state.addBuild('hello-1.0-1.fc43', { tag: 'f43-updates-candidate' })
  state.addBuild('hello-1.1-1.fc43', { tag: 'f43-updates-candidate' })
  state.sources.set(SRC, 'hello-1.2-1.fc43')
  return state
}

async function post(path: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(hub.base + path, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'text/xml' },
  })
  return { status: response.status, text: await response.text() }
}

beforeAll(() => {
  http = new HttpClient({ retries: 2, sleep: async () => {}, timeoutMs: 2000 })
})
afterAll(() => http.close())

beforeEach(async () => {
  hub = await startKojiHub(freshState())
  koji = new KojiClient({ hubUrl: hub.hubUrl, http })
})
afterEach(() => hub.stop())

describe('the Koji hub stand-in', () => {
  it('answers XML-RPC faults as Koji does, and 401 on ssllogin without a ticket', async () => {
    const invalid = await post('/kojihub', encodeMethodCall('noSuchCall', []))
    expect(invalid.status).toBe(200)
    expect(invalid.text).toContain('<int>1000</int>')
    expect(invalid.text).toContain('Invalid method: noSuchCall')
    expect((await post('/kojihub/ssllogin', encodeMethodCall('sslLogin', []))).status).toBe(401)
    expect((await post('/kojihub', 'not xml')).text).toContain('ExpatError')
    expect((await fetch(hub.hubUrl)).status).toBe(405)
  })

  it('refuses a build without login, and checks arguments', async () => {
    expect((await post('/kojihub', encodeMethodCall('build', [SRC, 'f43-candidate']))).text).toContain(
      'you must be logged in for this operation',
    )
    expect((await post('/kojihub', encodeMethodCall('getBuild', []))).text).toContain('<int>1019</int>')
  })
})

describe("the stand-in's session rules", () => {
  async function session(): Promise<{ id: string; key: string }> {
    const response = await fetch(`${hub.hubUrl}/ssllogin`, {
      method: 'POST',
      body: encodeMethodCall('sslLogin', []),
      headers: { 'Content-Type': 'text/xml', Authorization: `Negotiate ${TOKEN}` },
    })
    const text = await response.text()
    return { id: /<int>(\d+)<\/int>/.exec(text)![1], key: /<string>([^<]+)<\/string>/.exec(text)![1] }
  }
  const call = async (s: { id: string; key: string }, callnum: number, method: string, params: unknown[]) => {
    const response = await fetch(hub.hubUrl, {
      method: 'POST',
      body: encodeMethodCall(method, params as never),
      headers: {
        'Content-Type': 'text/xml',
        'Koji-Session-Id': s.id,
        'Koji-Session-Key': s.key,
        'Koji-Session-Callnum': String(callnum),
      },
    })
    return response.text()
  }

  it('refuses a call number below the last committed one, and a committed one repeated', async () => {
    const s = await session()
    expect(await call(s, 5, 'build', [SRC, 'f43-candidate'])).not.toContain('faultCode')
    expect(await call(s, 5, 'build', [SRC, 'f43-candidate'])).toContain(
      'unable to retry call 5 (method build)',
    )
    expect(await call(s, 3, 'getBuild', ['x'])).toContain('5 &gt; 3 (session')
    // Reads commit nothing: their number may repeat.
    expect(await call(s, 6, 'getBuild', ['x'])).toContain('<nil/>')
    expect(await call(s, 6, 'getBuild', ['x'])).toContain('<nil/>')
    expect(await call({ ...s, key: 'wrong' }, 7, 'getBuild', ['x'])).toContain(
      'Invalid session or bad credentials',
    )
    expect(hub.state.tasks.size).toBe(1)
  })
})

describe('KojiClient reads', () => {
  it('reads builds, targets, tagged builds and packages without login', async () => {
    const build = await koji.getBuild('hello-1.1-1.fc43')
    expect(build).toMatchObject({ nvr: 'hello-1.1-1.fc43', state: BUILD_STATES.COMPLETE, name: 'hello' })
    expect(await koji.getBuild('hello-9-9.fc43')).toBeNull()
    expect(await koji.getBuildTarget('f43-candidate')).toMatchObject({
      build_tag_name: 'f43-build',
      dest_tag_name: 'f43-updates-candidate',
    })
    const latest = await koji.listTagged('f43-updates-candidate', { package: 'hello', latest: true })
    expect(latest.map((b) => b.nvr)).toEqual(['hello-1.1-1.fc43'])
    const packageId = await koji.getPackageID('hello')
    expect(typeof packageId).toBe('number')
    expect(await koji.getPackageID('nope')).toBeNull()
    expect((await koji.listBuilds({ packageID: packageId! })).length).toBe(2)
    expect(await koji.getTaskInfo(1)).toBeNull()
    // Reads carry no session.
    expect(hub.state.calls.every((c) => c.user === undefined)).toBe(true)
  })

  it('says clearly when a target is missing', async () => {
    await expect(koji.getBuildTarget('f99-candidate')).rejects.toThrow(
      /Could not read build target f99-candidate: No such build target: f99-candidate; check .*\[Koji fault 1000 GenericError\]/,
    )
  })

  it('lists a missing tag as a fault', async () => {
    await expect(koji.listTagged('nope')).rejects.toMatchObject({ faultCode: 1000 })
  })

  it('retries reads through 5xx, and names the hub on a non-XML answer', async () => {
    hub.faults.add({ path: '/kojihub', kind: 'status', status: 502, times: 2 })
    expect(await koji.getBuild('hello-1.0-1.fc43')).not.toBeNull()
    hub.faults.add({ path: '/kojihub', kind: 'status', status: 503, times: 5 })
    await expect(koji.getBuild('hello-1.0-1.fc43')).rejects.toThrow(/HTTP 503.*may be having trouble/)
    const notKoji = new KojiClient({ hubUrl: `${hub.base}/elsewhere`, http })
    await expect(notKoji.getBuild('x')).rejects.toThrow(/HTTP 404.*check that .*elsewhere is a Koji hub URL/)
  })

  it('names the hub when the answer is HTML with status 200', async () => {
    const html = new KojiClient({
      hubUrl: 'http://127.0.0.1:1/kojihub',
      http: fakeHttp('<html>captive portal</html>'),
    })
    await expect(html.getBuild('x')).rejects.toThrow(
      /did not answer as a Koji hub \(expected <methodResponse> at the root, found <html>\)/,
    )
  })

  it('times out instead of hanging', async () => {
    const quick = new HttpClient({ retries: 0, timeoutMs: 300, sleep: async () => {} })
    hub.faults.add({ path: '/kojihub', kind: 'timeout' })
    const client = new KojiClient({ hubUrl: hub.hubUrl, http: quick })
    await expect(client.getBuild('x')).rejects.toThrow(/no complete answer within 0.3 s/)
    await quick.close()
  })
})

describe('KojiClient login', () => {
  it('logs in at /ssllogin and then sends session headers with a monotonic callnum', async () => {
    const user = await koji.login(async () => TOKEN)
    expect(user).toMatchObject({ name: 'packit', krb_principal: 'packit@FEDORAPROJECT.ORG' })
    await koji.getBuild('hello-1.0-1.fc43')
    await koji.getBuild('hello-1.1-1.fc43')
    const calls = hub.state.calls
    expect(calls[0]).toMatchObject({ method: 'sslLogin', path: '/kojihub/ssllogin' })
    expect(calls[0].callnum).toBeUndefined()
    const after = calls.slice(1)
    expect(after.map((c) => c.path)).toEqual(['/kojihub', '/kojihub', '/kojihub'])
    expect(after.map((c) => c.user)).toEqual(['packit', 'packit', 'packit'])
    expect(after.map((c) => c.callnum)).toEqual([0, 1, 2])
  })

  it('explains a refused ticket and an unknown principal', async () => {
    await expect(koji.login(async () => 'wrong')).rejects.toThrow(
      /refused the Kerberos ticket \(HTTP 401\); check the keytab secret/,
    )
    hub.state.acceptToken('stranger', 'nobody@FEDORAPROJECT.ORG')
    await expect(koji.login(async () => 'stranger')).rejects.toThrow(
      /Unknown user: nobody@FEDORAPROJECT.ORG.*keytab secret.*\[Koji fault 1002 AuthError\]/,
    )
    await expect(
      koji.login(async () => {
        throw new Error('kinit: Keytab contains no suitable keys')
      }),
    ).rejects.toThrow(/no Kerberos \(SPNEGO\) token: kinit: Keytab contains no suitable keys/)
  })

  it('logs in again once on AuthExpired and repeats the call', async () => {
    let logins = 0
    await koji.login(async () => {
      logins++
      return TOKEN
    })
    hub.state.expireSessions()
    expect(await koji.getBuild('hello-1.0-1.fc43')).not.toBeNull()
    expect(logins).toBe(2)
    expect(hub.state.calls.filter((c) => c.faultCode === 1007)).toHaveLength(1)
  })

  it('loginWith: takes a session obtained elsewhere, and re-runs the whole login on AuthExpired', async () => {
    let logins = 0
    const viaSslLogin = async (): Promise<{ id: string; key: string }> => {
      logins++
      const answer = await fetch(`${hub.hubUrl}/ssllogin`, {
        method: 'POST',
        body: encodeMethodCall('sslLogin', []),
        headers: { 'Content-Type': 'text/xml', Authorization: `Negotiate ${TOKEN}` },
      })
      const decoded = decodeMethodResponse(await answer.text())
      if (!decoded.ok || !isStruct(decoded.value)) throw new Error('no session')
      return { id: String(decoded.value['session-id']), key: String(decoded.value['session-key']) }
    }
    expect(await koji.loginWith(viaSslLogin)).toMatchObject({ name: 'packit' })
    hub.state.expireSessions()
    expect(await koji.getBuild('hello-1.0-1.fc43')).not.toBeNull()
    expect(logins).toBe(2)
    expect(hub.state.calls.filter((c) => c.faultCode === 1007)).toHaveLength(1)
    // The getSession error passes through unchanged.
    const failing = new KojiClient({ hubUrl: hub.hubUrl, http })
    const refused = new KojiError('Could not log in: refused')
    await expect(failing.loginWith(() => Promise.reject(refused))).rejects.toBe(refused)
    expect(failing.loggedIn).toBe(false)
  })

  it('needs a login for build', async () => {
    await expect(koji.build(SRC, 'f43-candidate')).rejects.toThrow(/needs a Koji login/)
  })
})

describe('KojiClient build', () => {
  beforeEach(() => koji.login(async () => TOKEN))

  it('submits, and the task completes the build', async () => {
    const taskId = await koji.build(SRC, 'f43-candidate')
    expect(await koji.getTaskInfo(taskId)).toMatchObject({
      id: taskId,
      method: 'build',
      state: TASK_STATES.FREE,
    })
    expect(koji.taskUrl(taskId)).toBe(`${hub.base}/koji/taskinfo?taskID=${taskId}`)
    hub.state.startTask(taskId)
    expect(await koji.getBuild('hello-1.2-1.fc43')).toMatchObject({
      state: BUILD_STATES.BUILDING,
      task_id: taskId,
    })
    hub.state.finishTask(taskId, 'CLOSED')
    expect((await koji.getTaskInfo(taskId))?.state).toBe(TASK_STATES.CLOSED)
    expect(await koji.getBuild('hello-1.2-1.fc43')).toMatchObject({
      state: BUILD_STATES.COMPLETE,
      owner_name: 'packit',
    })
    expect((await koji.listBuilds({ taskID: taskId })).map((b) => b.nvr)).toEqual(['hello-1.2-1.fc43'])
    const latest = await koji.listTagged('f43-updates-candidate', { package: 'hello', latest: true })
    expect(latest[0].nvr).toBe('hello-1.2-1.fc43')
  })

  it('a failed build fails its task, and getTaskResult says why', async () => {
    const taskId = await koji.build(SRC, 'f43-candidate')
    hub.state.finishTask(taskId, 'FAILED')
    expect(await koji.getBuild('hello-1.2-1.fc43')).toMatchObject({ state: BUILD_STATES.FAILED })
    await expect(koji.getTaskResult(taskId)).rejects.toMatchObject({ faultCode: 1005 })
  })

  it("an NVR that exists fails the task with Koji's message, read as already built", async () => {
    hub.state.addBuild('hello-1.2-1.fc43')
    const taskId = await koji.build(SRC, 'f43-candidate')
    hub.state.startTask(taskId)
    expect((await koji.getTaskInfo(taskId))?.state).toBe(TASK_STATES.FAILED)
    const error = await koji.getTaskResult(taskId).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KojiError)
    expect((error as KojiError).message).toMatch(
      /the NVR is already built \(Build already exists \(id=\d+, state=COMPLETE\)/,
    )
  })

  it.each([
    [
      `git+https://github.com/someone/hello.git#${SHA}`,
      /SCM: github.com:\/someone\/hello.git is not allowed/,
    ],
    ['git+https://src.fedoraproject.org/rpms/hello.git#rawhide', /only full commit hashes/],
    ['https://src.fedoraproject.org/rpms/hello.git', /Invalid SCM URL/],
  ])('a source outside the SCM policy fails the task: %s', async (src, message) => {
    const taskId = await koji.build(src, 'f43-candidate')
    hub.state.startTask(taskId)
    await expect(koji.getTaskResult(taskId)).rejects.toThrow(message)
  })

  it('logs in again when the session expired before build', async () => {
    hub.state.expireSessions()
    const taskId = await koji.build(SRC, 'f43-candidate')
    expect(hub.state.tasks.size).toBe(1)
    expect(hub.state.tasks.get(taskId)?.owner).toBe(hub.state.users[0].id)
  })

  it('after a 500 that came after the work: finds the task, submits nothing twice', async () => {
    hub.faults.add({ path: '/kojihub', kind: 'after' })
    const taskId = await koji.build(SRC, 'f43-candidate')
    expect(hub.state.tasks.size).toBe(1)
    expect(hub.state.tasks.has(taskId)).toBe(true)
    expect(hub.state.calls.map((c) => c.method)).toEqual([
      'sslLogin',
      'getLoggedInUser',
      'build',
      'listTasks',
    ])
  })

  it('after a lost connection before the work: resends the same call once', async () => {
    hub.faults.add({ path: '/kojihub', kind: 'reset' })
    const taskId = await koji.build(SRC, 'f43-candidate')
    expect([...hub.state.tasks.keys()]).toEqual([taskId])
    const builds = hub.state.calls.filter((c) => c.method === 'build')
    expect(builds).toHaveLength(1)
  })

  it('the hub refuses a resent call number that committed (RetryError), and the client then finds the task', async () => {
    // The lookup misses (it fails), the resend hits RetryError, the second lookup finds the task.
    hub.faults.add({ path: '/kojihub', kind: 'after-reset' })
    hub.faults.add({ path: '/kojihub', kind: 'status', status: 500, times: 3 })
    const taskId = await koji.build(SRC, 'f43-candidate')
    expect(hub.state.tasks.size).toBe(1)
    expect(hub.state.calls.find((c) => c.faultCode === 1009)).toMatchObject({ method: 'build' })
    expect(hub.state.tasks.has(taskId)).toBe(true)
  })

  it('after a timeout before the hub took the call: looks, then resends once', async () => {
    const quick = new HttpClient({ retries: 0, timeoutMs: 300, sleep: async () => {} })
    const client = new KojiClient({ hubUrl: hub.hubUrl, http: quick })
    await client.login(async () => TOKEN)
    hub.faults.add({ path: '/kojihub', kind: 'timeout' })
    const taskId = await client.build(SRC, 'f43-candidate')
    expect([...hub.state.tasks.keys()]).toEqual([taskId])
    await quick.close()
  })

  it('when the hub stays down: says the build may have been submitted and where to check', async () => {
    hub.faults.add({ path: '/kojihub', kind: 'status', status: 503, times: 20 })
    await expect(koji.build(SRC, 'f43-candidate')).rejects.toThrow(
      /HTTP 503; the build may have been submitted: check .*\/koji\/tasks\?owner=packit&method=build&state=all/,
    )
    expect(hub.state.tasks.size).toBe(0)
  })

  it('a fault is definitive: no resend, and the message says what to fix', async () => {
    hub.state.buildRefusal = 'policy violation (build_from_srpm)'
    await expect(koji.build(SRC, 'f43-candidate')).rejects.toThrow(
      /the Koji account packit lacks the permission \(policy violation \(build_from_srpm\)\).*\[Koji fault 1004 ActionNotAllowed\]/,
    )
    expect(hub.state.calls.filter((c) => c.method === 'build')).toHaveLength(1)
    expect(hub.state.calls.filter((c) => c.method === 'listTasks')).toHaveLength(0)
  })
})

/** An HttpClient stand-in answering every request with one body. */
function fakeHttp(body: string): HttpClient {
  return {
    request: async (req: { url: string }) => ({ status: 200, headers: {}, text: body, url: req.url }),
    close: async () => {},
  } as unknown as HttpClient
}

describe('KojiClient reads for update notes', () => {
  /** Fedora's chain: f43-updates-candidate → f43-updates → f43; hello 1.0 stable, 1.1 a candidate. */
  function chain(): void {
    hub.state.setInheritance('f43-updates-candidate', ['f43-updates'])
    hub.state.setInheritance('f43-updates', ['f43'])
    hub.state.tagBuild('f43', hub.state.builds.find((b) => b.version === '1.0')!.build_id)
  }

  it('lists the tags of a build, and refuses an unknown build as Koji does', async () => {
    chain()
    const tags = await koji.listTags('hello-1.0-1.fc43')
    expect(tags.map((t) => t.name)).toEqual(['f43-updates-candidate', 'f43'])
    expect(tags[0]).toEqual({
      id: expect.any(Number),
      name: 'f43-updates-candidate',
      arches: null,
      locked: false,
      maven_support: false,
      maven_include_all: false,
      perm_id: null,
      perm: null,
    })
    const byId = await koji.listTags(hub.state.builds[1].build_id)
    expect(byId.map((t) => t.name)).toEqual(['f43-updates-candidate'])
    await expect(koji.listTags('hello-9-9.fc43')).rejects.toMatchObject({
      faultCode: 1000,
      faultString: 'No such build: hello-9-9.fc43',
    })
    expect(hub.state.calls.at(-1)).toMatchObject({ method: 'listTags' })
  })

  it('reads the full inheritance, nearest first, with the parent names', async () => {
    chain()
    const links = await koji.getFullInheritance('f43-updates-candidate')
    expect(links.map((l) => [l.name, l.currdepth])).toEqual([
      ['f43-updates', 1],
      ['f43', 2],
    ])
    expect(links[0]).toMatchObject({
      parent_id: hub.state.tags.get('f43-updates')!.id,
      child_id: hub.state.tags.get('f43-updates-candidate')!.id,
      priority: 0,
      intransitive: false,
      pkg_filter: '',
    })
    expect(await koji.getFullInheritance('f43')).toEqual([])
    // A loop is pruned, and a tag reached twice is listed once.
    hub.state.setInheritance('f43', ['f43-updates-candidate'])
    hub.state.setInheritance('f43-updates-candidate', ['f43-updates', 'f43'])
    expect((await koji.getFullInheritance('f43-updates-candidate')).map((l) => l.name)).toEqual([
      'f43-updates',
      'f43',
    ])
    await expect(koji.getFullInheritance('f99')).rejects.toMatchObject({
      faultString: 'No such entry in table tag: f99',
    })
  })

  it('finds the latest tagged build through inheritance, COMPLETE builds only', async () => {
    chain()
    expect((await koji.latestTagged('f43-updates', 'hello'))?.nvr).toBe('hello-1.0-1.fc43')
    expect(await koji.latestTagged('f43-updates', 'nope')).toBeUndefined()
    // Without inherit the parent's builds are not seen.
    expect(await koji.listTagged('f43-updates', { package: 'hello' })).toEqual([])
    // The candidate tag itself comes first: its most recently tagged build.
    expect(await koji.latestTagged('f43-updates-candidate', 'hello')).toMatchObject({
      nvr: 'hello-1.1-1.fc43',
      tag_name: 'f43-updates-candidate',
    })
    hub.state.addBuild('hello-2.0-1.fc43', { state: 'FAILED', tag: 'f43-updates-candidate' })
    expect((await koji.latestTagged('f43-updates-candidate', 'hello'))?.nvr).toBe('hello-1.1-1.fc43')
    await expect(koji.latestTagged('nope', 'hello')).rejects.toMatchObject({
      faultString: "No such tagInfo: 'nope'",
    })
    expect(await koji.listTagged('nope', { strict: false })).toEqual([])
  })

  it("reads a source rpm's changelog headers: lists, also for one entry or none", async () => {
    hub.state.setChangelog('hello-1.1-1.fc43', [
      { time: 1767614400, name: 'Jane Doe <jane@example.org> - 1.1-1', text: '- Update to 1.1' },
      { time: 1767441600, name: 'Jane Doe <jane@example.org> - 1.0-1', text: '- First\x07 build' },
    ])
    hub.state.setChangelog('hello-1.0-1.fc43', [
      { time: 1767441600, name: 'Jane Doe <jane@example.org> - 1.0-1', text: '- First build' },
    ])
    const headers = ['changelogtime', 'changelogname', 'ChangeLogText']
    expect(await koji.getRPMHeaders({ rpmID: 'hello-1.1-1.fc43.src', headers, strict: true })).toEqual({
      changelogtime: [1767614400, 1767441600],
      changelogname: ['Jane Doe <jane@example.org> - 1.1-1', 'Jane Doe <jane@example.org> - 1.0-1'],
      ChangeLogText: ['- Update to 1.1', '- First build'],
    })
    expect(await koji.getRPMHeaders({ rpmID: 'hello-1.0-1.fc43.src', headers })).toEqual({
      changelogtime: [1767441600],
      changelogname: ['Jane Doe <jane@example.org> - 1.0-1'],
      ChangeLogText: ['- First build'],
    })
    hub.state.addBuild('hello-1.2-1.fc43')
    expect(await koji.getRPMHeaders({ rpmID: 'hello-1.2-1.fc43.src', headers })).toEqual({
      changelogtime: [],
      changelogname: [],
      ChangeLogText: [],
    })
    // Unknown rpm: {} unless strict, which names the parsed NVRA as Koji's repr of it.
    expect(await koji.getRPMHeaders({ rpmID: 'hello-9-9.fc43.src', headers })).toEqual({})
    await expect(
      koji.getRPMHeaders({ rpmID: 'hello-9-9.fc43.src', headers, strict: true }),
    ).rejects.toMatchObject({
      faultCode: 1000,
      faultString:
        "No such rpm: {'release': '9.fc43', 'version': '9', 'name': 'hello', 'epoch': '', 'arch': 'src', 'src': True}",
    })
    // An unknown header field is a fault whatever strict says.
    await expect(
      koji.getRPMHeaders({ rpmID: 'hello-1.0-1.fc43.src', headers: ['nosuchfield'] }),
    ).rejects.toMatchObject({ faultString: 'No such rpm header field: NOSUCHFIELD' })
    // A build that is not COMPLETE has no rpms.
    hub.state.addBuild('hello-3.0-1.fc43', { state: 'FAILED' })
    await expect(
      koji.getRPMHeaders({ rpmID: 'hello-3.0-1.fc43.src', headers, strict: true }),
    ).rejects.toMatchObject({ faultString: expect.stringMatching(/^No such rpm: /) })
    expect(hub.state.calls.every((c) => c.user === undefined)).toBe(true)
  })
})
