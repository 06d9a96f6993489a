/**
 * The Koji login from a keytab for real: an MIT KDC for SRCGIT.TEST and Apache with
 * mod_auth_gssapi (test/support/kerberos) reverse-proxying the Koji hub stand-in, with
 * /kojihub/ssllogin behind GSSAPI as on Fedora's hub. Apache passes the GSSAPI name to the
 * stand-in in a header it trusts only with the proxy's secret. The client side is what srcgit
 * runs: kinit from the base64 keytab, sslLogin through curl --negotiate, session headers after.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { KojiClient, KojiError } from '../../src/builds/koji.js'
import { loginWithKeytab, type KojiKeytabLogin } from '../../src/builds/koji-login.js'
import { encodeMethodCall } from '../../src/builds/xmlrpc.js'
import { HttpClient } from '../../src/http/client.js'
import {
  REALM,
  startKerberosLookaside,
  type KerberosLookaside,
} from '../support/kerberos/lookaside-server.js'
import { KojiHubState, startKojiHub, type KojiHubServer } from '../support/koji/server.js'

const SHA = 'b'.repeat(40)
const SRC = `git+https://src.fedoraproject.org/rpms/hello.git#${SHA}`
const SECRET_NAME = 'the keytab secret (SRCGIT_KEYTAB)'
const NO_PROXY = { NO_PROXY: 'localhost,127.0.0.1', no_proxy: 'localhost,127.0.0.1' }

describe('Koji login from a keytab (real KDC, Apache mod_auth_gssapi in front of the hub)', () => {
  const proxySecret = randomBytes(16).toString('hex')
  const state = new KojiHubState()
  let hub: KojiHubServer
  let server: KerberosLookaside
  let http: HttpClient
  let koji: KojiClient
  let work = ''
  let ticketTmp = ''

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-koji-krb5-'))
    ticketTmp = path.join(work, 'tickets')
    mkdirSync(ticketTmp)
    state.addUser('bot', `bot@${REALM}`)
    state.addTarget('f43-candidate', 'f43-build', 'f43-updates-candidate')
    state.sources.set(SRC, 'hello-1.2-1.fc43')
    // What the hub's mod_auth_gssapi gives Koji: REMOTE_USER, here as a header only the proxy sets.
    state.authenticate = (req) => {
      if (req.headers['x-srcgit-proxy-secret'] !== proxySecret) return undefined
      const user = req.headers['x-srcgit-remote-user']
      return typeof user === 'string' && user !== '' ? user : undefined
    }
    hub = await startKojiHub(state)
    server = await startKerberosLookaside({ repos: [], koji: { backend: hub.hubUrl, secret: proxySecret } })
    http = new HttpClient({ retries: 0 })
  }, 60_000)

  afterAll(async () => {
    await server?.stop()
    await hub?.stop()
    await http?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  beforeEach(() => {
    koji = new KojiClient({ hubUrl: server.kojiHubUrl!, http })
  })
  afterEach(() => {
    // withKerberosTicket's private dirs (keytab, ccache) are gone after every login.
    expect(readdirSync(ticketTmp)).toEqual([])
  })

  function login(who: 'bot' | 'outsider' | 'ghost', principal: string = who): KojiKeytabLogin {
    return {
      keytabBase64: server.keytabs[who],
      principal: `${principal}@${REALM}`,
      keytabSecretName: SECRET_NAME,
      krb5Conf: server.krb5Conf,
      tmpDir: ticketTmp,
      curlEnv: NO_PROXY,
    }
  }

  function expectNoSecret(text: string): void {
    for (const keytab of Object.values(server.keytabs)) expect(text).not.toContain(keytab.slice(20, 60))
  }

  it('logs in with the keytab, and build is accepted as that user', async () => {
    const before = state.calls.length
    const user = await loginWithKeytab(koji, login('bot'))
    expect(user).toMatchObject({ name: 'bot', krb_principal: `bot@${REALM}` })
    const taskId = await koji.build(SRC, 'f43-candidate')
    const calls = state.calls.slice(before)
    expect(calls.map((c) => [c.method, c.path])).toEqual([
      ['sslLogin', '/kojihub/ssllogin'],
      ['getLoggedInUser', '/kojihub'],
      ['build', '/kojihub'],
    ])
    expect(calls[2].user).toBe('bot')
    expect(state.tasks.get(taskId)).toMatchObject({ method: 'build' })
    expect(await koji.getTaskInfo(taskId)).toMatchObject({ id: taskId, owner: user.id })
    // Apache authenticated the login request as the principal; later calls carry the session only.
    const logged = server.accessLog().filter((line) => line.includes('/kojihub'))
    expect(
      logged.some((line) => line.includes(`bot@${REALM} "POST /kojihub/ssllogin`) && / 200$/.test(line)),
    ).toBe(true)
  })

  it('a keytab that is not for the principal fails in kinit, naming the keytab secret', async () => {
    const error = await loginWithKeytab(koji, login('outsider', 'bot')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KojiError)
    const message = (error as Error).message
    expect(message).toMatch(
      new RegExp(
        `^Could not log in to the Koji hub ${server.kojiHubUrl} as bot@SRCGIT\\.TEST: kinit for bot@SRCGIT\\.TEST failed: `,
      ),
    )
    expect(message).toContain(`check ${SECRET_NAME}`)
    expectNoSecret(message)
    expect(koji.loggedIn).toBe(false)
  })

  it('a keytab of a deleted principal fails in kinit, naming the keytab secret', async () => {
    const message = await loginWithKeytab(koji, login('ghost')).then(
      () => '',
      (e: Error) => e.message,
    )
    expect(message).toMatch(/kinit for ghost@SRCGIT\.TEST failed: .*not found in Kerberos database/)
    expect(message).toContain(`check ${SECRET_NAME}`)
  })

  it('a ticket the hub refuses (HTTP 401 from mod_auth_gssapi) names the principal and the secret', async () => {
    const stale = new KojiClient({ hubUrl: server.kojiStaleHubUrl!, http })
    const before = state.calls.length
    const error = await loginWithKeytab(stale, login('bot')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KojiError)
    expect((error as KojiError).status).toBe(401)
    expect((error as Error).message).toBe(
      `Could not log in to the Koji hub ${server.kojiStaleHubUrl} as bot@${REALM}: the Kerberos ticket of ` +
        `bot@${REALM} was refused by ${server.kojiStaleHubUrl} (HTTP 401): check ${SECRET_NAME} and the principal`,
    )
    // Apache refused it: the hub never saw the login.
    expect(state.calls.length).toBe(before)
    expect(stale.loggedIn).toBe(false)
  })

  it('a keytab secret that is not a keytab fails before any request, naming the secret', async () => {
    const before = state.calls.length
    const kdcBefore = server.kdcLog().length
    const message = await loginWithKeytab(koji, { ...login('bot'), keytabBase64: 'bm90IGEga2V5dGFi' }).then(
      () => '',
      (e: Error) => e.message,
    )
    expect(message).toMatch(/: the keytab secret is not a base64-encoded keytab .*create it with `ktutil`/)
    expect(message).toContain(`check ${SECRET_NAME}`)
    expect(state.calls.length).toBe(before)
    expect(server.kdcLog().length).toBe(kdcBefore)
  })

  it('a valid ticket of a principal with no Koji user is a Koji AuthError', async () => {
    const error = await loginWithKeytab(koji, login('outsider')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KojiError)
    expect((error as KojiError).faultCode).toBe(1002)
    expect((error as Error).message).toMatch(
      /Unknown user: outsider@SRCGIT\.TEST.*\[Koji fault 1002 AuthError\]/,
    )
  })

  it('the hub trusts the user header only from the proxy', async () => {
    const body = encodeMethodCall('sslLogin', [])
    const headers = { 'Content-Type': 'text/xml', 'X-Srcgit-Remote-User': `bot@${REALM}` }
    // Through Apache without a ticket: mod_auth_gssapi answers 401 before the hub sees it.
    const viaApache = await fetch(`${server.kojiHubUrl}/ssllogin`, { method: 'POST', body, headers })
    expect(viaApache.status).toBe(401)
    expect(viaApache.headers.get('www-authenticate')).toMatch(/^Negotiate/)
    // Straight to the stand-in, without the proxy's secret: refused too.
    const direct = await fetch(`${hub.hubUrl}/ssllogin`, { method: 'POST', body, headers })
    expect(direct.status).toBe(401)
  })

  it('a session expired on the hub: one Kerberos re-login, then the call succeeds', async () => {
    await loginWithKeytab(koji, login('bot'))
    const kdcBefore = server.kdcLog().filter((l) => l.includes('AS_REQ') && l.includes(`bot@${REALM}`)).length
    const before = state.calls.length
    state.expireSessions()
    const taskId = await koji.build(SRC, 'f43-candidate')
    expect(typeof taskId).toBe('number')
    const calls = state.calls.slice(before).map((c) => [c.method, c.faultCode ?? 0])
    expect(calls).toEqual([
      ['build', 1007],
      ['sslLogin', 0],
      ['getLoggedInUser', 0],
      ['build', 0],
    ])
    // The re-login ran kinit again (a new ticket from the keytab), not a cached one.
    const kdcAfter = server.kdcLog().filter((l) => l.includes('AS_REQ') && l.includes(`bot@${REALM}`)).length
    expect(kdcAfter).toBe(kdcBefore + 1)
  })

  /** The login's error with PATH holding only `tools`. */
  async function loginWithOnly(tools: string[]): Promise<string> {
    const bin = path.join(work, `bin-${tools.join('-')}`)
    mkdirSync(bin, { recursive: true })
    for (const tool of tools) {
      const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim()
      symlinkSync(found, path.join(bin, tool))
    }
    const saved = process.env.PATH
    process.env.PATH = bin
    try {
      return await loginWithKeytab(koji, login('bot')).then(
        () => '',
        (e: Error) => e.message,
      )
    } finally {
      process.env.PATH = saved
    }
  }

  it('curl missing: a clear error naming what to install', async () => {
    const message = await loginWithOnly(['kinit', 'kdestroy'])
    expect(message).toMatch(
      /^Could not log in to the Koji hub .* as bot@SRCGIT\.TEST: curl is not installed or not on PATH: install curl/,
    )
    expect(message).not.toContain('check the keytab')
  })

  it('kinit missing: a clear error naming what to install', async () => {
    const message = await loginWithOnly(['curl'])
    expect(message).toMatch(
      /^Could not log in to the Koji hub .* as bot@SRCGIT\.TEST: kinit is not installed or not on PATH: install krb5-user/,
    )
    expect(message).not.toContain('check the keytab')
  })
})
