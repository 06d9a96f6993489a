/**
 * The Bodhi login from a keytab for real: an MIT KDC for SRCGIT.TEST and Apache with
 * mod_auth_gssapi (test/support/kerberos, `oidc` option) in front of the OIDC provider stand-in,
 * with only /openidc/Authorization behind GSSAPI as Ipsilon's Kerberos login. The client side is
 * what srcgit runs: kinit from the base64 keytab, discovery, the authorization page through
 * curl --negotiate, the code from its <title>, the token endpoint, Bodhi's login-token, then an
 * update made with the session.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BodhiClient, BodhiError } from '../../src/builds/bodhi.js'
import { loginToBodhiWithKeytab, type BodhiKeytabLogin } from '../../src/builds/bodhi-login.js'
import { HttpClient } from '../../src/http/client.js'
import { BodhiState, startBodhi, type BodhiServer } from '../support/bodhi/server.js'
import { OidcProviderState, startOidcProvider, type OidcProviderServer } from '../support/bodhi/oidc.js'
import {
  REALM,
  startKerberosLookaside,
  type KerberosLookaside,
} from '../support/kerberos/lookaside-server.js'

const NVR = 'hello-1.2-1.fc43'
const SECRET_NAME = 'the keytab secret (SRCGIT_KEYTAB)'
const NO_PROXY = { NO_PROXY: 'localhost,127.0.0.1', no_proxy: 'localhost,127.0.0.1' }

describe('Bodhi login from a keytab (real KDC, Apache mod_auth_gssapi in front of the OIDC provider)', () => {
  const proxySecret = randomBytes(16).toString('hex')
  const oidc = new OidcProviderState()
  let provider: OidcProviderServer
  let bodhi: BodhiServer
  let server: KerberosLookaside
  let http: HttpClient
  let client: BodhiClient
  let work = ''
  let ticketTmp = ''

  const fromProxy = (req: IncomingMessage): boolean => req.headers['x-srcgit-proxy-secret'] === proxySecret

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-bodhi-krb5-'))
    ticketTmp = path.join(work, 'tickets')
    mkdirSync(ticketTmp)
    oidc.addUser({ name: 'bot', principal: `bot@${REALM}`, email: 'bot@example.com', groups: ['packager'] })
    oidc.addClient({ id: 'bodhi', secret: 'bodhi-server-secret', redirectUris: [] })
    // What Ipsilon's mod_auth_gssapi gives it: REMOTE_USER, here as a header only the proxy sets.
    oidc.authenticate = (req) => {
      const user = req.headers['x-srcgit-remote-user']
      return fromProxy(req) && typeof user === 'string' && user !== '' ? user : undefined
    }
    oidc.publicUrl = (req) => {
      const url = req.headers['x-srcgit-public-url']
      return fromProxy(req) && typeof url === 'string' ? url : undefined
    }
    provider = await startOidcProvider(oidc)
    server = await startKerberosLookaside({ repos: [], oidc: { backend: provider.url, secret: proxySecret } })
    http = new HttpClient({ retries: 0 })
  }, 60_000)

  afterAll(async () => {
    await server?.stop()
    await bodhi?.stop()
    await provider?.stop()
    await http?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  beforeEach(async () => {
    await bodhi?.stop()
    bodhi = await startBodhi(new BodhiState())
    bodhi.state.oidc = {
      tokenInfoUrl: `${provider.url}/TokenInfo`,
      userInfoUrl: `${provider.url}/UserInfo`,
      clientId: 'bodhi',
      clientSecret: 'bodhi-server-secret',
    }
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    client = new BodhiClient({ url: bodhi.url, http })
    oidc.events.length = 0
    oidc.authorizationPage = undefined
    oidc.supportsOob = true
    oidc.tokenLifetime = 3600
  })
  afterEach(() => {
    // withKerberosTicket's private dirs (keytab, ccache) are gone after every login.
    expect(readdirSync(ticketTmp)).toEqual([])
  })

  function login(who: 'bot' | 'outsider' | 'ghost', oidcUrl = server.oidcUrl!): BodhiKeytabLogin {
    return {
      keytabBase64: server.keytabs[who],
      principal: `${who}@${REALM}`,
      keytabSecretName: SECRET_NAME,
      krb5Conf: server.krb5Conf,
      tmpDir: ticketTmp,
      oidcUrl,
      curlEnv: NO_PROXY,
    }
  }

  function expectNoSecret(text: string): void {
    for (const keytab of Object.values(server.keytabs)) expect(text).not.toContain(keytab.slice(20, 60))
    for (const token of oidc.tokens.keys()) expect(text).not.toContain(token)
    for (const code of oidc.grants.keys()) expect(text).not.toContain(code)
  }

  const failure = (opts: BodhiKeytabLogin): Promise<BodhiError> =>
    loginToBodhiWithKeytab(client, opts).then(
      () => {
        throw new Error('the login succeeded')
      },
      (e: unknown) => {
        expect(e).toBeInstanceOf(BodhiError)
        expectNoSecret((e as Error).message)
        return e as BodhiError
      },
    )

  it('logs in with the keytab through the provider, and the update is made as that user', async () => {
    await loginToBodhiWithKeytab(client, login('bot'))
    expect(client.loggedIn).toBe(true)
    const outcome = await client.save({
      builds: [NVR],
      type: 'enhancement',
      notes: 'New upstream release',
      bugs: [],
    })
    expect(outcome.kind).toBe('created')
    expect(bodhi.state.updates[0].user.name).toBe('bot')
    expect(oidc.events.map((e) => `${e.kind} ${e.user} ${e.ok}`)).toEqual([
      'authorize bot true',
      'token bot true',
      'introspect bot true',
      'userinfo bot true',
    ])
    // Apache authenticated the authorization request as the principal; the request carried
    // bodhi-client's parameters (and no code: that came back in the page).
    const authorized = server.accessLog().filter((line) => line.includes('/openidc/Authorization'))
    expect(authorized).toHaveLength(1)
    expect(authorized[0]).toMatch(
      new RegExp(
        `bot@${REALM} "GET /openidc/Authorization\\?response_type=code&client_id=bodhi-client&redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2\\.0%3Aoob&scope=openid\\+email\\+profile\\+https%3A%2F%2Fid\\.fedoraproject\\.org%2Fscope%2Fgroups\\+https%3A%2F%2Fid\\.fedoraproject\\.org%2Fscope%2Fagreements&state=[\\w-]+ HTTP/1\\.1" 303$`,
      ),
    )
    // Then, as on Ipsilon, the redirect to /Continue with the transaction cookie (no ticket needed).
    const continued = server.accessLog().filter((line) => line.includes('/openidc/Continue'))
    expect(continued).toHaveLength(1)
    expect(continued[0]).toMatch(/ - "GET \/openidc\/Continue\?ipsilon_transaction_id=\w+ HTTP\/1\.1" 200$/)
    // The token request went to the provider's token endpoint as a public client.
    const token = provider.log.find((r) => r.path === '/openidc/Token')
    expect(token).toMatchObject({ method: 'POST', status: 200 })
    expect(bodhi.log.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /oidc/login-token 202',
      'GET /csrf 200',
      'POST /updates/ 200',
    ])
    expectNoSecret(server.accessLog().join('\n'))
  })

  it('nothing secret reaches the argv of curl or kinit', async () => {
    // PATH with kinit and kdestroy, and a curl that logs its arguments before running the real one.
    const bin = path.join(work, 'bin-logged')
    mkdirSync(bin, { recursive: true })
    const argvLog = path.join(work, 'argv.log')
    const which = (tool: string): string =>
      spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim()
    for (const tool of ['kinit', 'kdestroy']) {
      writeFileSync(
        path.join(bin, tool),
        `#!/bin/sh\nprintf '${tool} %s\\n' "$*" >> '${argvLog}'\nexec '${which(tool)}' "$@"\n`,
      )
      chmodSync(path.join(bin, tool), 0o755)
    }
    writeFileSync(
      path.join(bin, 'curl'),
      `#!/bin/sh\nprintf 'curl %s\\n' "$*" >> '${argvLog}'\nexec '${which('curl')}' "$@"\n`,
    )
    chmodSync(path.join(bin, 'curl'), 0o755)
    symlinkSync(which('sh'), path.join(bin, 'sh'))
    const saved = process.env.PATH
    process.env.PATH = bin
    try {
      await loginToBodhiWithKeytab(client, login('bot'))
    } finally {
      process.env.PATH = saved
    }
    expect(client.loggedIn).toBe(true)
    const argv = readFileSync(argvLog, 'utf8')
    expect(argv).toMatch(/^kinit -k -t FILE:.*\/keytab bot@SRCGIT\.TEST$/m)
    expect(argv).toMatch(
      /^curl -q -sS --negotiate -u : -L [\s\S]*\/openidc\/Authorization\?response_type=code&/m,
    )
    expect(oidc.grants.size).toBeGreaterThan(0)
    expectNoSecret(argv)
    expect(argv).not.toContain('access_token')
  })

  it('the keytab of a deleted principal fails in kinit, naming the keytab secret', async () => {
    const error = await failure(login('ghost'))
    expect(error.message).toMatch(
      new RegExp(
        `^Could not log in to Bodhi at ${bodhi.url} as ghost@SRCGIT\\.TEST through ${server.oidcUrl}: kinit for ghost@SRCGIT\\.TEST failed: .*not found in Kerberos database`,
      ),
    )
    expect(error.message).toContain(`check ${SECRET_NAME} (a keytab for ghost@${REALM})`)
    expect(oidc.events).toEqual([])
    expect(client.loggedIn).toBe(false)
  })

  it('a keytab that is not for the principal fails in kinit, naming the keytab secret', async () => {
    const error = await failure({ ...login('outsider'), principal: `bot@${REALM}` })
    expect(error.message).toMatch(/kinit for bot@SRCGIT\.TEST failed: /)
    expect(error.message).toContain(`check ${SECRET_NAME}`)
  })

  it('a ticket the provider refuses (HTTP 401 from mod_auth_gssapi) names the principal and the secret', async () => {
    const error = await failure(login('bot', server.oidcStaleUrl))
    expect(error.status).toBe(401)
    expect(error.message).toBe(
      `Could not log in to Bodhi at ${bodhi.url} as bot@${REALM} through ${server.oidcStaleUrl}: the identity provider ` +
        `refused the Kerberos ticket of bot@${REALM} (HTTP 401 from ${server.oidcStaleUrl}/Authorization): ` +
        `check ${SECRET_NAME} (a current keytab for bot@${REALM}) and the principal`,
    )
    expect(oidc.events).toEqual([])
    expect(client.loggedIn).toBe(false)
  })

  it('a page with no code in its title fails clearly, and nothing is exchanged', async () => {
    oidc.authorizationPage = () =>
      '<!DOCTYPE html>\n<html><head><title>Fedora Accounts: signed in</title></head><body>Welcome</body></html>\n'
    const error = await failure(login('bot'))
    expect(error.message).toBe(
      `Could not log in to Bodhi at ${bodhi.url} as bot@${REALM} through ${server.oidcUrl}: the authorization page carries ` +
        `no code in its <title> (page title "Fedora Accounts: signed in"); check ${SECRET_NAME} and the OIDC provider URL ${server.oidcUrl}`,
    )
    expect(oidc.events.map((e) => e.kind)).toEqual(['authorize'])
    expect(bodhi.log).toEqual([])
  })

  it('a code in another shape (what oidcclient.py would not read either) is not guessed at', async () => {
    oidc.authorizationPage = (code) => `<html><head><title>code=${code}@#*</title></head></html>`
    const error = await failure(login('bot'))
    expect(error.message).toContain('the authorization page carries no code in its <title>;')
    expect(error.message).not.toContain('page title')
  })

  it("the provider's error in the out-of-band page is named", async () => {
    oidc.clients.delete('bodhi-client')
    try {
      const error = await failure(login('bot'))
      expect(error.message).toContain(
        'the identity provider answered unauthorized_client (Unknown client ID)',
      )
    } finally {
      oidc.clients.set('bodhi-client', { id: 'bodhi-client', redirectUris: ['urn:ietf:wg:oauth:2.0:oob'] })
    }
  })

  it('a provider without the out-of-band mode fails before kinit', async () => {
    oidc.supportsOob = false
    const kdcBefore = server.kdcLog().length
    const error = await failure(login('bot'))
    expect(error.message).toMatch(
      /"oob" is not in response_modes_supported of .*\/openidc\/\.well-known\/openid-configuration/,
    )
    expect(server.kdcLog().length).toBe(kdcBefore)
  })

  it('an access token Bodhi finds expired: the login fails at login-token, saying so', async () => {
    oidc.tokenLifetime = -60
    const error = await failure(login('bot'))
    expect(error.status).toBe(401)
    expect(error.message).toMatch(
      /: Could not log in to Bodhi at .*\/oidc\/login-token: Bodhi refused the access token \(HTTP 401: InvalidTokenError: invalid_token: .*\); the token is expired, revoked/,
    )
    expect(client.loggedIn).toBe(false)
  })

  it('the provider down: discovery fails saying the next run retries, and no ticket is made', async () => {
    provider.faults.add({ path: '/openidc/.well-known/openid-configuration', kind: 'status', status: 503 })
    const kdcBefore = server.kdcLog().length
    const error = await failure(login('bot'))
    expect(error.message).toMatch(
      /openid-configuration answered HTTP 503; the identity provider may be down, the next run retries$/,
    )
    expect(server.kdcLog().length).toBe(kdcBefore)
  })
})
