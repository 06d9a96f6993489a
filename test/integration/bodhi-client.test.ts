/**
 * BodhiClient against the Bodhi stand-in (test/support/bodhi/server.ts), whose login-token
 * introspects tokens at the OIDC provider stand-in as bodhi-server does: the session, the CSRF
 * token, the form bodhi-client sends, and Bodhi's answers sorted into outcomes and errors.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { BodhiClient, BodhiError, type NewBodhiUpdate } from '../../src/builds/bodhi.js'
import { HttpClient } from '../../src/http/client.js'
import { BodhiState, startBodhi, type BodhiServer } from '../support/bodhi/server.js'
import { OidcProviderState, startOidcProvider, type OidcProviderServer } from '../support/bodhi/oidc.js'

const NVR = 'hello-1.2-1.fc43'

describe('BodhiClient against the Bodhi stand-in', () => {
  let provider: OidcProviderServer
  let bodhi: BodhiServer
  let http: HttpClient

  beforeAll(async () => {
    provider = await startOidcProvider(new OidcProviderState())
    provider.state.addClient({ id: 'bodhi', secret: 'bodhi-server-secret', redirectUris: [] })
    provider.state.addUser({
      name: 'packager',
      principal: 'packager@X',
      email: 'p@example.com',
      groups: ['packager'],
    })
    provider.state.addUser({
      name: 'reader',
      principal: 'reader@X',
      email: 'r@example.com',
      groups: ['fedora-contributor'],
    })
    http = new HttpClient({ retries: 2, sleep: async () => undefined })
  })

  afterAll(async () => {
    await bodhi?.stop()
    await provider?.stop()
    await http?.close()
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
  })

  async function loggedIn(
    user = 'packager',
    client = new BodhiClient({ url: bodhi.url, http }),
  ): Promise<BodhiClient> {
    await client.loginWithToken(provider.state.issueToken(user))
    expect(client.loggedIn).toBe(true)
    return client
  }

  function update(fields: Partial<NewBodhiUpdate> = {}): NewBodhiUpdate {
    return { builds: [NVR], type: 'enhancement', notes: 'New upstream release: 1.2', bugs: [], ...fields }
  }

  const requests = (): string[] => bodhi.log.map((r) => `${r.method} ${r.path} ${r.status}`)

  it('creates an update: login-token, csrf, POST; the update is then found by its build', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    const client = await loggedIn()
    const outcome = await client.save(update({ bugs: ['2345678'] }))
    expect(outcome.kind).toBe('created')
    if (outcome.kind !== 'created') return
    expect(outcome.update.alias).toMatch(new RegExp(`^FEDORA-${new Date().getFullYear()}-[0-9a-f]{10}$`))
    expect(outcome.update).toEqual({
      alias: outcome.update.alias,
      url: `${bodhi.url}/updates/${outcome.update.alias}`,
      status: 'pending',
      title: NVR,
      builds: [{ nvr: NVR }],
      release: { name: 'F43', branch: 'f43' },
    })
    expect(outcome.caveats).toEqual([])
    expect(client.updateUrl(outcome.update.alias)).toBe(outcome.update.url)
    expect(requests()).toEqual(['GET /oidc/login-token 202', 'GET /csrf 200', 'POST /updates/ 200'])
    expect(bodhi.state.updates).toHaveLength(1)
    expect(bodhi.state.updates[0]).toMatchObject({ user: { name: 'packager' }, bugs: [{ bug_id: 2345678 }] })

    expect(await client.updatesForBuild(NVR)).toEqual([outcome.update])
    expect(await client.updatesForBuild('other-1-1.fc43')).toEqual([])
  })

  it('sends the form as bodhi-client/requests does: repeated builds and bugs, True/False, numbers', async () => {
    const second = 'world-2.0-1.fc43'
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    bodhi.state.addBuild(second, 'f43-updates-candidate')
    const client = await loggedIn()
    const outcome = await client.save(
      update({
        builds: [NVR, second],
        bugs: ['111', '222'],
        severity: 'low',
        extra: {
          stable_karma: 2,
          autokarma: false,
          close_bugs: true,
          suggest: 'reboot',
          display_name: 'Hello',
        },
      }),
    )
    expect(outcome.kind).toBe('created')
    const { form } = bodhi.state.posts[0]
    const session = bodhi.log.find((r) => r.path === '/csrf')
    expect(session).toBeDefined()
    expect(Object.keys(form).sort()).toEqual(
      [
        'autokarma',
        'bugs',
        'builds',
        'close_bugs',
        'csrf_token',
        'display_name',
        'notes',
        'severity',
        'stable_karma',
        'suggest',
        'type',
      ].sort(),
    )
    expect(form).toMatchObject({
      builds: [NVR, second],
      bugs: ['111', '222'],
      stable_karma: ['2'],
      autokarma: ['False'],
      close_bugs: ['True'],
      suggest: ['reboot'],
      severity: ['low'],
      type: ['enhancement'],
      notes: ['New upstream release: 1.2'],
    })
    expect(form.csrf_token).toHaveLength(1)
    // Bodhi read them as requests meant them.
    expect(bodhi.state.updates[0]).toMatchObject({
      title: `${NVR} ${second}`,
      stable_karma: 2,
      autokarma: false,
      close_bugs: true,
      suggest: 'reboot',
      severity: 'low',
      bugs: [{ bug_id: 111 }, { bug_id: 222 }],
    })
  })

  it('extra (bodhi_extra_params) cannot override builds, notes, bugs, from_tag, type, csrf_token or edited', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    const client = await loggedIn()
    const outcome = await client.save(
      update({
        bugs: ['1'],
        extra: {
          builds: ['evil-6.6-6.fc43'],
          notes: 'replaced',
          bugs: ['666'],
          from_tag: 'f43-build-side-666',
          type: 'security',
          csrf_token: 'forged',
          edited: 'FEDORA-2026-0000000000',
          unstable_karma: -2,
        },
      }),
    )
    expect(outcome.kind).toBe('created')
    const { form } = bodhi.state.posts[0]
    expect(form.builds).toEqual([NVR])
    expect(form.notes).toEqual(['New upstream release: 1.2'])
    expect(form.bugs).toEqual(['1'])
    expect(form.type).toEqual(['enhancement'])
    expect(form.from_tag).toBeUndefined()
    expect(form.edited).toBeUndefined()
    expect(form.csrf_token).not.toEqual(['forged'])
    expect(form.unstable_karma).toEqual(['-2'])
  })

  it('"Update for <nvr> already exists" is the exists outcome, even with the tag error Bodhi adds', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-testing')
    bodhi.state.addUpdate([NVR], { status: 'testing' })
    const client = await loggedIn()
    const outcome = await client.save(update())
    expect(outcome).toEqual({ kind: 'exists', description: `Update for ${NVR} already exists` })
    // Bodhi's validators all ran: the build, in testing, is in no candidate tag either.
    expect(bodhi.state.posts[0].status).toBe(400)
    expect(bodhi.state.posts[0].errors?.map((e) => e.description.slice(0, 30))).toEqual([
      `Update for ${NVR} already exists`.slice(0, 30),
      `Invalid tag: ${NVR} not tagged with any of the following tags`.slice(0, 30),
    ])
    expect(bodhi.state.updates).toHaveLength(1)
  })

  it('a build not yet in a candidate tag is not-tagged; once tagged, the next save creates the update', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-testing-pending')
    const client = await loggedIn()
    const outcome = await client.save(update())
    expect(outcome.kind).toBe('not-tagged')
    if (outcome.kind !== 'not-tagged') return
    expect(outcome.description).toMatch(
      new RegExp(
        `^Invalid tag: ${NVR} not tagged with any of the following tags \\['f42-updates-candidate', `,
      ),
    )
    expect(outcome.description).toContain("'f43-updates-candidate'")
    expect(outcome.description).not.toContain("'f41-updates-candidate'") // archived
    bodhi.state.tagBuild(NVR, 'f43-updates-candidate')
    expect((await client.save(update())).kind).toBe('created')
  })

  it('a Rawhide build is not-composed (Bodhi makes its update automatically)', async () => {
    const rawhide = 'hello-1.2-1.fc45'
    bodhi.state.addBuild(rawhide, 'f45-updates-candidate')
    const client = await loggedIn()
    const outcome = await client.save(update({ builds: [rawhide] }))
    expect(outcome).toEqual({
      kind: 'not-composed',
      description:
        "Cannot manually create updates for a Release which is not composed by Bodhi.\nRead the 'Automatic updates' page in Bodhi docs about this error.",
    })
    expect(bodhi.state.updates).toHaveLength(0)
  })

  it("a validation error is a BodhiError with Bodhi's descriptions, the URL and what to fix", async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    const client = await loggedIn()
    const error = await client.save(update({ type: 'security' })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BodhiError)
    const bodhiError = error as BodhiError
    expect(bodhiError.status).toBe(400)
    expect(bodhiError.errors).toEqual([
      { location: 'body', name: 'severity', description: 'Must specify severity for a security update' },
    ])
    expect(bodhiError.message).toBe(
      `Could not create the Bodhi update for ${NVR} at ${bodhi.url}/updates/: Bodhi answered HTTP 400: ` +
        'severity: Must specify severity for a security update; fix the update fields Bodhi names above ' +
        '(notes, type, severity, bugs, bodhi extra parameters)',
    )

    const schema = (await client
      .save(update({ notes: 'x', type: 'feature' }))
      .catch((e: unknown) => e)) as BodhiError
    expect(schema.errors?.map((e) => e.description)).toEqual([
      '"feature" is not one of bugfix, security, newpackage, enhancement, unspecified',
      'Shorter than minimum length 2',
    ])
    expect(schema.message).toContain('type: "feature" is not one of')
    expect(bodhi.state.updates).toHaveLength(0)
  })

  it('a 503 from Bodhi says it may be down and the next run retries; nothing was created', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    const client = await loggedIn()
    bodhi.faults.add({ method: 'POST', path: '/updates/', kind: 'status', status: 503 })
    const error = (await client.save(update()).catch((e: unknown) => e)) as BodhiError
    expect(error).toBeInstanceOf(BodhiError)
    expect(error.status).toBe(503)
    expect(error.message).toMatch(
      /Bodhi answered HTTP 503: Service Unavailable; Bodhi may be down; .*next run looks for it and retries/,
    )
    expect(bodhi.state.updates).toHaveLength(0)
    // A POST is never repeated by the client itself.
    expect(bodhi.log.filter((r) => r.method === 'POST')).toHaveLength(1)
    expect((await client.save(update())).kind).toBe('created')
  })

  it('GET /updates/ is retried through a short outage, and a long one is a BodhiError', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    bodhi.state.addUpdate([NVR])
    const client = new BodhiClient({ url: bodhi.url, http })
    bodhi.faults.add({ method: 'GET', path: '/updates/', kind: 'status', status: 503, times: 2 })
    expect(await client.updatesForBuild(NVR)).toHaveLength(1)
    bodhi.faults.add({ method: 'GET', path: '/updates/', kind: 'status', status: 503, times: 3 })
    const error = (await client.updatesForBuild(NVR).catch((e: unknown) => e)) as BodhiError
    expect(error).toBeInstanceOf(BodhiError)
    expect(error.message).toMatch(
      new RegExp(
        `^Could not look up the Bodhi updates of ${NVR} at .*: Bodhi answered HTTP 503.*Bodhi may be down; the next run retries`,
      ),
    )
  })

  it('a POST that gets no answer may or may not have made the update', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    const slow = new HttpClient({ retries: 0, timeoutMs: 300 })
    try {
      const client = await loggedIn('packager', new BodhiClient({ url: bodhi.url, http: slow }))
      bodhi.faults.add({ method: 'POST', path: '/updates/', kind: 'timeout' })
      const error = (await client.save(update()).catch((e: unknown) => e)) as BodhiError
      expect(error).toBeInstanceOf(BodhiError)
      expect(error.message).toMatch(
        /no complete answer within 0\.3 s.*Bodhi may be down or unreachable; the update may or may not have been made/,
      )
    } finally {
      await slow.close()
    }
  })

  it('updatesForBuild follows every page', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    for (let i = 0; i < 205; i++) bodhi.state.addUpdate([NVR], { status: 'unpushed' })
    bodhi.state.addUpdate(['other-1-1.fc43'], { release: 'F43' })
    const client = new BodhiClient({ url: bodhi.url, http })
    const found = await client.updatesForBuild(NVR)
    expect(found).toHaveLength(205)
    expect(new Set(found.map((u) => u.alias)).size).toBe(205)
    expect(
      bodhi.log.filter((r) => r.path === '/updates/').map((r) => new URLSearchParams(r.query).get('page')),
    ).toEqual(['1', '2', '3'])
  })

  it('not logged in: Bodhi refuses with 403 and the error says to log in', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    const client = new BodhiClient({ url: bodhi.url, http })
    expect(client.loggedIn).toBe(false)
    const error = (await client.save(update()).catch((e: unknown) => e)) as BodhiError
    expect(error.status).toBe(403)
    expect(error.message).toContain('Unauthorized: new_update__POST failed permission check')
    expect(error.message).toContain('the Bodhi session is not logged in')
  })

  it('a logged-in account outside the packager group gets the same 403', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    const client = await loggedIn('reader')
    const error = (await client.save(update()).catch((e: unknown) => e)) as BodhiError
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/failed permission check.*packager/)
  })

  it('no commit access to the package: 403 naming the package', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    bodhi.state.commitAccess = (user, pkg) => !(user === 'packager' && pkg === 'hello')
    const client = await loggedIn()
    const error = (await client.save(update()).catch((e: unknown) => e)) as BodhiError
    expect(error.status).toBe(403)
    expect(error.errors?.[0].description).toBe('packager does not have commit access to hello')
    expect(error.message).toContain('commit access')
  })

  it('a lost session (CSRF token of another session): one fresh CSRF token, then the update', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    bodhi.state.addBuild('world-2.0-1.fc43', 'f43-updates-candidate')
    const client = await loggedIn()
    expect((await client.save(update())).kind).toBe('created')
    bodhi.state.forgetCsrfSessions()
    expect((await client.save(update({ builds: ['world-2.0-1.fc43'] }))).kind).toBe('created')
    expect(requests()).toEqual([
      'GET /oidc/login-token 202',
      'GET /csrf 200',
      'POST /updates/ 200',
      'POST /updates/ 400',
      'GET /csrf 200',
      'POST /updates/ 200',
    ])
    expect(bodhi.state.posts[1].errors?.[0].name).toBe('csrf_token')
  })

  it('a wrong CSRF token twice is a BodhiError with the CSRF description', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    const client = await loggedIn()
    bodhi.state.csrfAlwaysWrong = true
    const error = (await client.save(update()).catch((e: unknown) => e)) as BodhiError
    expect(error.status).toBe(400)
    expect(error.message).toContain('csrf_token: CSRF tokens do not match.')
    expect(bodhi.log.filter((r) => r.path === '/csrf')).toHaveLength(2)
  })

  it('an expired, revoked or unknown token is refused at login-token (401); missing scopes are a 403', async () => {
    const client = new BodhiClient({ url: bodhi.url, http })
    const expired = provider.state.issueToken('packager')
    provider.state.tokens.get(expired)!.expiresAt = Math.floor(Date.now() / 1000) - 5
    const error = (await client.loginWithToken(expired).catch((e: unknown) => e)) as BodhiError
    expect(error).toBeInstanceOf(BodhiError)
    expect(error.status).toBe(401)
    expect(error.message).toMatch(
      new RegExp(
        `^Could not log in to Bodhi at ${bodhi.url}/oidc/login-token: Bodhi refused the access token \\(HTTP 401: InvalidTokenError: invalid_token: .*\\); the token is expired, revoked`,
      ),
    )
    expect(error.message).not.toContain(expired)
    expect(client.loggedIn).toBe(false)

    const unknown = (await client.loginWithToken('at-made-up-token').catch((e: unknown) => e)) as BodhiError
    expect(unknown.status).toBe(401)

    const narrow = provider.state.issueToken('packager', ['openid', 'email'])
    const scoped = (await client.loginWithToken(narrow).catch((e: unknown) => e)) as BodhiError
    expect(scoped.status).toBe(403)
    expect(scoped.message).toContain('lacks the scopes')
    expect(client.loggedIn).toBe(false)
  })

  it('Bodhi down at login-token: retried, then a BodhiError saying the next run retries', async () => {
    const client = new BodhiClient({ url: bodhi.url, http })
    bodhi.faults.add({ path: '/oidc/login-token', kind: 'status', status: 502, times: 3 })
    const error = (await client
      .loginWithToken(provider.state.issueToken('packager'))
      .catch((e: unknown) => e)) as BodhiError
    expect(error).toBeInstanceOf(BodhiError)
    expect(error.status).toBe(502)
    expect(error.message).toMatch(
      /login-token: Bodhi answered HTTP 502: Bad Gateway; Bodhi may be down; the next run retries$/,
    )
    expect(bodhi.log.filter((r) => r.path === '/oidc/login-token')).toHaveLength(3)
    expect(client.loggedIn).toBe(false)
  })

  it('a session expired on Bodhi: save says to log in again', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    const client = await loggedIn()
    bodhi.state.expireSessions()
    const error = (await client.save(update()).catch((e: unknown) => e)) as BodhiError
    expect(error.status).toBe(403)
    expect(error.message).toContain('check the login')
  })

  it('the request log and the errors never hold the session cookie or the token', async () => {
    bodhi.state.addBuild(NVR, 'f43-updates-candidate')
    const token = provider.state.issueToken('packager')
    const client = new BodhiClient({ url: bodhi.url, http })
    await client.loginWithToken(token)
    bodhi.faults.add({ method: 'POST', path: '/updates/', kind: 'status', status: 500 })
    const error = (await client.save(update()).catch((e: unknown) => e)) as BodhiError
    const ticket = [...bodhi.state.ticketsOf('packager')][0]
    expect(ticket.length).toBeGreaterThan(20)
    for (const text of [error.message, JSON.stringify(bodhi.state.posts), JSON.stringify(bodhi.log)]) {
      expect(text).not.toContain(ticket)
      expect(text).not.toContain(token)
    }
  })
})
