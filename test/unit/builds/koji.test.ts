import { afterEach, describe, expect, it } from '@jest/globals'
import {
  BUILD_STATES,
  KojiClient,
  TASK_STATES,
  buildStateName,
  isTaskDone,
  taskStateName,
} from '../../../src/builds/koji.js'
import {
  decodeMethodCall,
  encodeFault,
  encodeMethodResponse,
  type XmlRpcValue,
} from '../../../src/builds/xmlrpc.js'
import type { HttpClient } from '../../../src/http/client.js'
import type { HttpRequest } from '../../../src/http/types.js'
import { clearSecrets, redact } from '../../../src/runtime/secrets.js'

type Answer = { value: XmlRpcValue } | { faultCode: number; faultString: string }

/** An HttpClient stand-in: answers each XML-RPC method from `answers`, recording requests. */
function fakeHttp(answers: Record<string, Answer>): { http: HttpClient; requests: HttpRequest[] } {
  const requests: HttpRequest[] = []
  const http = {
    request: async (req: HttpRequest) => {
      requests.push(req)
      const { method } = decodeMethodCall(String(req.body))
      const answer = answers[method] ?? { faultCode: 1000, faultString: `Invalid method: ${method}` }
      const text = 'value' in answer ? encodeMethodResponse(answer.value) : encodeFault(answer)
      return { status: 200, headers: {}, text, url: req.url }
    },
    close: async () => {},
  } as unknown as HttpClient
  return { http, requests }
}

const HUB = 'https://koji.example.org/kojihub'
const login: Record<string, Answer> = {
  sslLogin: { value: { 'session-id': 12, 'session-key': '3-secretsessionkey', 'header-auth': true } },
  getLoggedInUser: { value: { id: 3, name: 'packit' } },
}

afterEach(() => clearSecrets())

describe('states', () => {
  it('names build and task states as koji does', () => {
    expect(BUILD_STATES).toEqual({ BUILDING: 0, COMPLETE: 1, DELETED: 2, FAILED: 3, CANCELED: 4 })
    expect(TASK_STATES).toEqual({ FREE: 0, OPEN: 1, CLOSED: 2, CANCELED: 3, ASSIGNED: 4, FAILED: 5 })
    expect(buildStateName(1)).toBe('COMPLETE')
    expect(taskStateName(5)).toBe('FAILED')
    expect(taskStateName(9)).toBeUndefined()
    expect([0, 1, 2, 3, 4, 5].filter(isTaskDone)).toEqual([2, 3, 5])
  })
})

describe('KojiClient', () => {
  it('derives web links from the hub URL, or takes them given', () => {
    const { http } = fakeHttp({})
    expect(new KojiClient({ hubUrl: `${HUB}/`, http }).taskUrl(5)).toBe(
      'https://koji.example.org/koji/taskinfo?taskID=5',
    )
    expect(new KojiClient({ hubUrl: HUB, http, webUrl: 'https://web.example/k/' }).buildUrl(7)).toBe(
      'https://web.example/k/buildinfo?buildID=7',
    )
  })

  it('sends kwargs as __starstar, text/xml, and reads idempotently', async () => {
    const { http, requests } = fakeHttp({ listTagged: { value: [] } })
    await new KojiClient({ hubUrl: HUB, http }).listTagged('f43', { package: 'hello', latest: true })
    expect(requests[0]).toMatchObject({ method: 'POST', url: HUB, idempotent: true })
    expect(requests[0].headers?.['content-type']).toBe('text/xml')
    expect(decodeMethodCall(String(requests[0].body)).params).toEqual([
      'f43',
      { package: 'hello', latest: true, __starstar: true },
    ])
  })

  it('sends the update-notes reads as Packit calls them', async () => {
    const { http, requests } = fakeHttp({
      listTagged: { value: [] },
      listTags: { value: [{ id: 1, name: 'f43' }] },
      getFullInheritance: { value: [{ name: 'f43', parent_id: 1 }] },
      getRPMHeaders: { value: { changelogtime: [1] } },
    })
    const koji = new KojiClient({ hubUrl: HUB, http })
    expect(await koji.latestTagged('f43-updates', 'hello')).toBeUndefined()
    expect(await koji.listTags('hello-1-1.fc43')).toEqual([{ id: 1, name: 'f43' }])
    expect(await koji.getFullInheritance('f43-updates')).toEqual([{ name: 'f43', parent_id: 1 }])
    const headers = ['changelogtime']
    expect(await koji.getRPMHeaders({ rpmID: 'hello-1-1.fc43.src', headers, strict: true })).toEqual({
      changelogtime: [1],
    })
    expect(requests.map((r) => decodeMethodCall(String(r.body)))).toEqual([
      {
        method: 'listTagged',
        params: [
          'f43-updates',
          { package: 'hello', inherit: true, latest: true, strict: true, __starstar: true },
        ],
      },
      { method: 'listTags', params: [{ build: 'hello-1-1.fc43', __starstar: true }] },
      { method: 'getFullInheritance', params: ['f43-updates'] },
      {
        method: 'getRPMHeaders',
        params: [{ rpmID: 'hello-1-1.fc43.src', headers, strict: true, __starstar: true }],
      },
    ])
    expect(requests.every((r) => r.idempotent === true && !r.headers?.['koji-session-id'])).toBe(true)
  })

  it('refuses answers not shaped as Koji answers them', async () => {
    const { http } = fakeHttp({
      listTags: { value: [{ id: 1 }] },
      getFullInheritance: { value: [{ name: 'f43' }] },
      getRPMHeaders: { value: [] },
    })
    const koji = new KojiClient({ hubUrl: HUB, http })
    await expect(koji.listTags('x-1-1')).rejects.toThrow(
      /did not answer as a Koji hub \(listTags\(build=x-1-1\)/,
    )
    await expect(koji.getFullInheritance('f43')).rejects.toThrow(
      /getFullInheritance\(f43\) answered an array/,
    )
    await expect(koji.getRPMHeaders({ rpmID: 'x-1-1.src', headers: [] })).rejects.toThrow(
      /getRPMHeaders\(x-1-1.src\) answered an array/,
    )
  })

  it('registers the session key as a secret', async () => {
    const { http, requests } = fakeHttp(login)
    const koji = new KojiClient({ hubUrl: HUB, http })
    await koji.login(async () => 'the-negotiate-token')
    expect(requests[0]).toMatchObject({ url: `${HUB}/ssllogin`, idempotent: false })
    expect(requests[0].headers?.authorization).toBe('Negotiate the-negotiate-token')
    expect(requests[1].headers).toMatchObject({ 'koji-session-id': '12', 'koji-session-callnum': '0' })
    expect(redact('key 3-secretsessionkey token the-negotiate-token')).toBe('key *** token ***')
  })

  it.each([
    [
      { faultCode: 1023, faultString: 'unable to obtain a session' },
      /Koji refused the login.*keytab secret.*1023 GSSAPIAuthError/,
    ],
    [
      { faultCode: 1004, faultString: 'policy violation (build_from_scm)' },
      /account packit lacks the permission.*1004 ActionNotAllowed/,
    ],
    [{ faultCode: 1005, faultString: 'Build already exists: hello-1-1.fc43' }, /the NVR is already built/],
    [{ faultCode: 1014, faultString: 'server is offline' }, /offline.*try again later/],
    [{ faultCode: 1019, faultString: "build() got an unexpected keyword argument 'x'" }, /bug in srcgit/],
  ])('explains fault %j', async (fault, message) => {
    const { http } = fakeHttp({ ...login, build: fault })
    const koji = new KojiClient({ hubUrl: HUB, http })
    await koji.login(async () => 'tok-tok-tok')
    await expect(koji.build('git+https://x/rpms/a.git#b', 'f43')).rejects.toThrow(message)
  })

  it('refuses a login answer without a session', async () => {
    const { http } = fakeHttp({ sslLogin: { value: true } })
    await expect(new KojiClient({ hubUrl: HUB, http }).login(async () => 'tok-tok-tok')).rejects.toThrow(
      /did not answer as a Koji hub \(sslLogin answered boolean/,
    )
  })
})

describe('KojiClient re-login', () => {
  it('logs in again on "you must be logged in" but not on another ActionNotAllowed', async () => {
    let builds = 0
    let logins = 0
    const { http } = fakeHttp(login)
    const inner = http.request.bind(http)
    const wrapped = {
      request: async (req: HttpRequest) => {
        const { method } = decodeMethodCall(String(req.body))
        if (method === 'sslLogin') logins++
        if (method === 'build' && builds++ === 0)
          return {
            status: 200,
            headers: {},
            url: req.url,
            text: encodeFault({ faultCode: 1004, faultString: 'you must be logged in for this operation' }),
          }
        if (method === 'build')
          return { status: 200, headers: {}, url: req.url, text: encodeMethodResponse(77) }
        return inner(req)
      },
    } as unknown as HttpClient
    const koji = new KojiClient({ hubUrl: HUB, http: wrapped })
    await koji.login(async () => 'tok-tok-tok')
    expect(await koji.build('git+https://x/rpms/a.git#b', 'f43')).toBe(77)
    expect(logins).toBe(2)
  })
})
