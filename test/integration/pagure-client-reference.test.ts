/**
 * PagureClient against a small node:http server that answers with the reference's JSON
 * shapes and error texts (§1.4-1.6, §10): request forms, pagination, PR matching, the
 * duplicate-safe create, and the error messages.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { PagureClient, PagureError, type PullRequest } from '../../src/forges/dist-git/pagure-api.js'
import { HttpClient } from '../../src/http/client.js'
import { clearSecrets } from '../../src/runtime/secrets.js'

const TOKEN = 'Q8X2M4K7T1R9B3N6V5C0Z8L2J4H7G1F9D3S6A5P0O8I2U4Y7E1W9Q3E6R5T0Y8U2'

interface Seen {
  method: string
  path: string
  query: string
  auth?: string
  form: Record<string, string>
}

type Route = (
  req: Seen,
  raw: { req: http.IncomingMessage; res: http.ServerResponse },
) => [number, unknown] | 'reset'

let routes: [string, RegExp, Route][] = []
let seen: Seen[] = []
let server: http.Server
let base: string
let httpClient: HttpClient

function on(method: string, path: RegExp, route: Route) {
  routes.push([method, path, route])
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x')
      const one: Seen = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.search.slice(1),
        auth: req.headers.authorization,
        form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString())),
      }
      seen.push(one)
      const route = routes.find(([m, p]) => m === one.method && p.test(one.path))
      const answer = route
        ? route[2](one, { req, res })
        : ([404, { error: 'Not found' }] as [number, unknown])
      if (answer === 'reset') return req.socket.destroy()
      const [status, body] = answer
      if (typeof body === 'string') res.writeHead(status, { 'content-type': 'text/html' }).end(body)
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  routes = []
  seen = []
  httpClient = new HttpClient({ retries: 2, sleep: async () => {} })
})

afterEach(async () => {
  await httpClient.close()
  clearSecrets()
})

const pagure = (token: string | undefined = TOKEN) =>
  new PagureClient({ instanceUrl: `${base}/`, token, http: httpClient })

const user = (name: string) => ({
  name,
  fullname: name,
  url_path: `user/${name}`,
  full_url: `${base}/user/${name}`,
})

function project(ns: string, name: string, forkUser?: string): Record<string, unknown> {
  const main = {
    id: 1,
    name,
    fullname: `${ns}/${name}`,
    url_path: `${ns}/${name}`,
    full_url: `${base}/${ns}/${name}`,
    namespace: ns,
    description: 'The hello package',
    parent: null,
    user: user('orphan'),
    date_created: '1431414800',
    date_modified: '1795253281.118513',
    access_users: { owner: ['orphan'], admin: [], commit: [], collaborator: [], ticket: [] },
  }
  if (!forkUser) return main
  return {
    ...main,
    id: 2,
    fullname: `forks/${forkUser}/${ns}/${name}`,
    url_path: `fork/${forkUser}/${ns}/${name}`,
    parent: main,
    user: user(forkUser),
  }
}

let nextId = 1
function pr(
  fields: { author?: string; forkUser?: string | null; from?: string; to?: string; id?: number } = {},
) {
  const id = fields.id ?? nextId++
  const forkUser = fields.forkUser === undefined ? 'bot' : fields.forkUser
  return {
    id,
    uid: id.toString(16).padStart(32, '0'),
    title: `Update to 1.${id}`,
    branch: fields.to ?? 'rawhide',
    branch_from: fields.from ?? 'rawhide-update-propose_downstream',
    project: project('rpms', 'hello'),
    repo_from: forkUser === null ? null : project('rpms', 'hello', forkUser),
    remote_git: null,
    date_created: '1795253281.118513',
    updated_on: '1795253281.118513',
    last_updated: '1795253281.118513',
    closed_at: null,
    user: user(fields.author ?? 'bot'),
    assignee: null,
    status: 'Open',
    commit_start: 'a'.repeat(40),
    commit_stop: 'b'.repeat(40),
    closed_by: null,
    initial_comment: 'description',
    cached_merge_status: 'unknown',
    threshold_reached: null,
    tags: [],
    full_url: `${base}/rpms/hello/pull-request/${id}`,
    comments: [],
  }
}

/** A PR list endpoint paging `prs` 20 at a time, with `next` on another host as Pagure behind a proxy does. */
function servePullRequests(prs: unknown[]) {
  on('GET', /^\/api\/0\/rpms\/hello\/pull-requests$/, (req) => {
    const params = new URLSearchParams(req.query)
    const page = Number(params.get('page') ?? '1')
    const pages = Math.max(1, Math.ceil(prs.length / 20))
    const link = (p: number) => {
      const query = new URLSearchParams(req.query)
      query.set('page', String(p))
      query.set('per_page', '20')
      return `https://pagure.internal:8443/api/0/rpms/hello/pull-requests?${query}`
    }
    return [
      200,
      {
        total_requests: prs.length,
        requests: prs.slice((page - 1) * 20, page * 20),
        args: {
          status: params.get('status'),
          assignee: null,
          author: params.get('author'),
          tags: [],
          page,
          per_page: 20,
        },
        pagination: {
          page,
          pages,
          per_page: 20,
          prev: page > 1 ? link(page - 1) : null,
          next: page < pages ? link(page + 1) : null,
          first: link(1),
          last: link(pages),
        },
      },
    ]
  })
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as PagureError,
  )

describe('reads', () => {
  it('whoami sends the token as "Authorization: token <TOKEN>" and asks only once', async () => {
    on('POST', /^\/api\/0\/-\/whoami$/, () => [200, { username: 'bot' }])
    const client = pagure()
    expect(await client.whoami()).toBe('bot')
    expect(await client.whoami()).toBe('bot')
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/api/0/-/whoami', auth: `token ${TOKEN}` })
  })

  it('project: the JSON on 200, undefined on ENOPROJECT, an error for a 404 that is not Pagure', async () => {
    on('GET', /^\/api\/0\/rpms\/hello$/, () => [200, project('rpms', 'hello')])
    on('GET', /^\/api\/0\/rpms\/nope$/, () => [404, { error: 'Project not found', error_code: 'ENOPROJECT' }])
    const client = pagure()
    expect(await client.project('rpms', 'hello')).toMatchObject({ fullname: 'rpms/hello', parent: null })
    expect(await client.project('rpms', 'nope')).toBeUndefined()
    on('GET', /^\/api\/0\/rpms\/other$/, () => [404, '<html>Not Found</html>'])
    const error = await failure(client.project('rpms', 'other'))
    expect(error?.message).toContain(
      `HTTP 404 (<html>Not Found</html>); check that ${base} is a Pagure instance`,
    )
    // Public reads go without the token.
    expect(seen[0].auth).toBeUndefined()
  })

  it('fork: undefined when absent or when the project has no parent', async () => {
    on('GET', /^\/api\/0\/fork\/bot\/rpms\/hello$/, () => [200, project('rpms', 'hello', 'bot')])
    on('GET', /^\/api\/0\/fork\/notfork\/rpms\/hello$/, () => [200, project('rpms', 'hello')])
    on('GET', /^\/api\/0\/fork\/jdoe\/rpms\/hello$/, () => [
      404,
      { error: 'Project not found', error_code: 'ENOPROJECT' },
    ])
    const client = pagure()
    expect(await client.fork('bot', 'rpms', 'hello')).toMatchObject({ fullname: 'forks/bot/rpms/hello' })
    expect(await client.fork('notfork', 'rpms', 'hello')).toBeUndefined()
    expect(await client.fork('jdoe', 'rpms', 'hello')).toBeUndefined()
  })

  it('gitUrls sends the token so the ssh URL carries the user', async () => {
    on('GET', /^\/api\/0\/fork\/bot\/rpms\/hello\/git\/urls$/, (req) => [
      200,
      {
        total_urls: 2,
        urls: {
          ssh: `ssh://${req.auth ? 'bot' : '{username}'}@pkgs.example/forks/bot/rpms/hello.git`,
          git: 'https://x/forks/bot/rpms/hello.git',
        },
      },
    ])
    expect(await pagure().gitUrls('rpms', 'hello', 'bot')).toEqual({
      ssh: 'ssh://bot@pkgs.example/forks/bot/rpms/hello.git',
      git: 'https://x/forks/bot/rpms/hello.git',
    })
  })

  it('openPullRequests follows pagination.next on our own instance and asks for open PRs by the author', async () => {
    const prs = Array.from({ length: 45 }, (_, i) => pr({ id: 100 - i }))
    servePullRequests(prs)
    const list = await pagure().openPullRequests('rpms', 'hello', { author: 'bot' })
    expect(list.map((p) => p.id)).toEqual(prs.map((p) => p.id))
    expect(seen.map((s) => s.query)).toEqual([
      'status=Open&author=bot',
      'status=Open&author=bot&page=2&per_page=20',
      'status=Open&author=bot&page=3&per_page=20',
    ])
  })

  it('reads PR and commit flags', async () => {
    const flag = {
      commit_hash: 'b'.repeat(40),
      username: 'Fedora CI',
      percent: null,
      comment: 'Tests passed',
      status: 'success',
      url: 'https://ci.example/1',
      date_created: '1795253281.1',
      date_updated: '1795253290.2',
      user: user('ci-bot'),
    }
    on('GET', /^\/api\/0\/rpms\/hello\/pull-request\/7\/flag$/, () => [200, { flags: [flag] }])
    on('GET', /^\/api\/0\/rpms\/hello\/c\/b{40}\/flag$/, () => [200, { total_flags: 1, flags: [flag] }])
    const client = pagure(undefined)
    expect(await client.pullRequestFlags('rpms', 'hello', 7)).toEqual([flag])
    expect(await client.commitFlags('rpms', 'hello', 'b'.repeat(40))).toEqual([flag])
  })
})

describe('findOpenPullRequest', () => {
  it('matches fork, source branch, target branch and author; the oldest of duplicates wins', async () => {
    servePullRequests([
      pr({ id: 30, author: 'bot-stg', forkUser: 'bot-stg' }),
      pr({ id: 29, from: 'f43-update-propose_downstream' }),
      pr({ id: 28, to: 'f43' }),
      pr({ id: 27, forkUser: 'jdoe' }),
      pr({ id: 26, forkUser: null }),
      pr({ id: 25, author: 'jdoe' }),
      pr({ id: 24 }),
      pr({ id: 21 }),
    ])
    const found = await pagure().findOpenPullRequest({
      ns: 'rpms',
      repo: 'hello',
      author: 'bot',
      forkUser: 'bot',
      branchFrom: 'rawhide-update-propose_downstream',
      branchTo: 'rawhide',
    })
    expect(found?.id).toBe(21)
  })

  it('finds nothing when no PR matches', async () => {
    servePullRequests([pr({ id: 5, to: 'f42' })])
    const found = await pagure().findOpenPullRequest({
      ns: 'rpms',
      repo: 'hello',
      author: 'bot',
      forkUser: 'bot',
      branchFrom: 'rawhide-update-propose_downstream',
      branchTo: 'rawhide',
    })
    expect(found).toBeUndefined()
  })
})

describe('writes', () => {
  const newPr = {
    ns: 'rpms',
    repo: 'hello',
    title: 'Update to 2.0',
    description: 'Upstream release 2.0',
    branchTo: 'rawhide',
    branchFrom: 'rawhide-update-propose_downstream',
    forkUser: 'bot',
  }

  it('ensureFork posts repo, namespace and wait, and tells created from existed', async () => {
    let forks = 0
    on('POST', /^\/api\/0\/fork$/, () =>
      forks++ === 0
        ? [200, { message: 'Repo "rpms/hello" cloned to "bot/rpms/hello"' }]
        : [400, { error: 'Repo "forks/bot/hello" already exists', error_code: 'ENOCODE' }],
    )
    const client = pagure()
    expect(await client.ensureFork('rpms', 'hello')).toBe('created')
    expect(await client.ensureFork('rpms', 'hello')).toBe('existed')
    expect(seen[0]).toMatchObject({
      auth: `token ${TOKEN}`,
      form: { repo: 'hello', namespace: 'rpms', wait: 'true' },
    })
  })

  it('ensureFork tries once more after a 500, and a fork made by the first try counts', async () => {
    let forks = 0
    on('POST', /^\/api\/0\/fork$/, () =>
      forks++ === 0
        ? [500, { error: 'Internal error' }]
        : [400, { error: 'Repo "forks/bot/hello" already exists', error_code: 'ENOCODE' }],
    )
    expect(await pagure().ensureFork('rpms', 'hello')).toBe('existed')
    expect(forks).toBe(2)
  })

  it('createPullRequest sends the fields of the Pagure form to the parent repo', async () => {
    on('POST', /^\/api\/0\/rpms\/hello\/pull-request\/new$/, () => [200, pr({ id: 3 })])
    const created = await pagure().createPullRequest(newPr)
    expect(created.id).toBe(3)
    expect(seen[0]).toMatchObject({
      auth: `token ${TOKEN}`,
      form: {
        title: 'Update to 2.0',
        branch_to: 'rawhide',
        branch_from: 'rawhide-update-propose_downstream',
        repo_from: 'hello',
        repo_from_username: 'bot',
        repo_from_namespace: 'rpms',
        initial_comment: 'Upstream release 2.0',
      },
    })
  })

  it('createPullRequest after a 500 that came after the PR was made returns that PR and makes no second one', async () => {
    const prs: PullRequest[] = []
    on('POST', /^\/api\/0\/rpms\/hello\/pull-request\/new$/, () => {
      prs.push(pr({ id: 9 }) as unknown as PullRequest)
      return [500, '<html>Internal Server Error</html>']
    })
    servePullRequests(prs)
    const created = await pagure().createPullRequest(newPr)
    expect(created.id).toBe(9)
    expect(prs).toHaveLength(1)
    expect(seen.filter((s) => s.method === 'POST')).toHaveLength(1)
  })

  it('createPullRequest after a connection reset before any work looks, then tries once more', async () => {
    const prs: PullRequest[] = []
    let posts = 0
    on('POST', /^\/api\/0\/rpms\/hello\/pull-request\/new$/, () => {
      if (posts++ === 0) return 'reset'
      prs.push(pr({ id: 12 }) as unknown as PullRequest)
      return [200, prs[0]]
    })
    servePullRequests(prs)
    const created = await pagure().createPullRequest(newPr)
    expect(created.id).toBe(12)
    expect(seen.map((s) => s.method)).toEqual(['POST', 'GET', 'POST'])
  })

  it('updatePullRequest sends title and initial_comment; comment and close post their forms', async () => {
    on('POST', /^\/api\/0\/rpms\/hello\/pull-request\/4$/, (req) => [
      200,
      { ...pr({ id: 4 }), title: req.form.title },
    ])
    on('POST', /^\/api\/0\/rpms\/hello\/pull-request\/4\/comment$/, () => [200, { message: 'Comment added' }])
    on('POST', /^\/api\/0\/rpms\/hello\/pull-request\/4\/close$/, () => [
      200,
      { message: 'Pull-request closed!' },
    ])
    const client = pagure()
    const updated = await client.updatePullRequest('rpms', 'hello', 4, {
      title: 'New title',
      description: 'New text',
    })
    expect(updated.title).toBe('New title')
    await client.comment('rpms', 'hello', 4, 'Superseded')
    await client.closePullRequest('rpms', 'hello', 4)
    expect(seen.map((s) => [s.path, s.form])).toEqual([
      ['/api/0/rpms/hello/pull-request/4', { title: 'New title', initial_comment: 'New text' }],
      ['/api/0/rpms/hello/pull-request/4/comment', { comment: 'Superseded' }],
      ['/api/0/rpms/hello/pull-request/4/close', {}],
    ])
    expect(seen.every((s) => s.auth === `token ${TOKEN}`)).toBe(true)
  })

  it('refuses writes without a token before sending anything', async () => {
    const error = await failure(pagure('').createPullRequest(newPr))
    expect(error).toBeInstanceOf(PagureError)
    expect(error?.message).toContain(
      'needs a Pagure API token with the ACL pull_request_create and none was given',
    )
    expect(error?.message).toContain(`${base}/settings#nav-api-tab`)
    expect(seen).toHaveLength(0)
  })
})

describe('error messages', () => {
  const invalidTok = (errors?: string) => ({
    error: `Invalid or expired token. Please visit ${base}/settings#nav-api-tab to get or renew your API token.`,
    error_code: 'EINVALIDTOK',
    ...(errors === undefined ? {} : { errors }),
  })

  it('401 Invalid token: invalid or expired, and never retried', async () => {
    on('POST', /^\/api\/0\/-\/whoami$/, () => [401, invalidTok('Invalid token')])
    const error = await failure(pagure().whoami())
    expect(error).toMatchObject({ name: 'PagureError', status: 401, errorCode: 'EINVALIDTOK' })
    expect(error?.message).toContain('the Pagure token is invalid or expired (Invalid token)')
    expect(error?.message).toContain(`create a new token at ${base}/settings#nav-api-tab`)
    expect(seen).toHaveLength(1)
  })

  it('401 Missing ACLs: names them and where to make a token with them', async () => {
    on('POST', /^\/api\/0\/fork$/, () => [401, invalidTok('Missing ACLs: fork_project')])
    const error = await failure(pagure().ensureFork('rpms', 'hello'))
    expect(error?.message).toContain(
      `the Pagure token lacks ACL(s) fork_project: create a token with fork_project at ${base}/settings#nav-api-tab`,
    )
  })

  it('401 EINVALIDTOK without details: a token bound to another project', async () => {
    on('POST', /^\/api\/0\/rpms\/hello\/pull-request\/new$/, () => [401, invalidTok()])
    const error = await failure(
      pagure().createPullRequest({
        ns: 'rpms',
        repo: 'hello',
        title: 't',
        description: '',
        branchTo: 'rawhide',
        branchFrom: 'b',
        forkUser: 'bot',
      }),
    )
    expect(error?.message).toContain('the Pagure token is not valid for rpms/hello')
    expect(error?.message).toContain('create a user-level token (no project)')
  })

  it('404 ENOPROJECT: no dist-git repo', async () => {
    on('POST', /^\/api\/0\/rpms\/nosuch\/pull-request\/new$/, () => [
      404,
      { error: 'Project not found', error_code: 'ENOPROJECT' },
    ])
    const error = await failure(
      pagure().createPullRequest({
        ns: 'rpms',
        repo: 'nosuch',
        title: 't',
        description: '',
        branchTo: 'rawhide',
        branchFrom: 'b',
        forkUser: 'bot',
      }),
    )
    expect(error).toMatchObject({ status: 404, errorCode: 'ENOPROJECT' })
    expect(error?.message).toContain(`no dist-git repo rpms/nosuch on ${base}`)
  })

  it('401 ENOTHIGHENOUGH and 403 EPRNOTALLOWED say whose permissions are missing', async () => {
    on('POST', /^\/api\/0\/rpms\/hello\/pull-request\/new$/, () => [
      401,
      {
        error: 'You do not have sufficient permissions to perform this action',
        error_code: 'ENOTHIGHENOUGH',
      },
    ])
    on('POST', /^\/api\/0\/rpms\/hello\/pull-request\/5$/, () => [
      403,
      { error: 'You are not allowed to view this pull-request', error_code: 'EPRNOTALLOWED' },
    ])
    const client = pagure()
    const create = await failure(
      client.createPullRequest({
        ns: 'rpms',
        repo: 'hello',
        title: 't',
        description: '',
        branchTo: 'rawhide',
        branchFrom: 'b',
        forkUser: 'bot',
      }),
    )
    expect(create?.message).toContain(
      'the user of the Pagure token does not have enough permissions on rpms/hello',
    )
    const update = await failure(
      client.updatePullRequest('rpms', 'hello', 5, { title: 't', description: 'd' }),
    )
    expect(update).toMatchObject({ status: 403, errorCode: 'EPRNOTALLOWED' })
    expect(update?.message).toContain(
      'is not allowed to do this on rpms/hello (You are not allowed to view this pull-request)',
    )
  })

  it('400 EINVALIDREQ includes the field errors', async () => {
    on('POST', /^\/api\/0\/rpms\/hello\/pull-request\/new$/, () => [
      400,
      {
        error: 'Invalid or incomplete input submitted',
        error_code: 'EINVALIDREQ',
        errors: { branch_to: ['This field is required.'] },
      },
    ])
    const error = await failure(
      pagure().createPullRequest({
        ns: 'rpms',
        repo: 'hello',
        title: 't',
        description: '',
        branchTo: '',
        branchFrom: 'b',
        forkUser: 'bot',
      }),
    )
    expect(error?.message).toContain(
      'Pagure rejected the request: Invalid or incomplete input submitted (branch_to: This field is required.)',
    )
  })

  it('never shows the token, even when the server echoes it', async () => {
    on('POST', /^\/api\/0\/-\/whoami$/, (req) => [
      400,
      { error: `bad header ${req.auth}`, error_code: 'ENOCODE' },
    ])
    const error = await failure(pagure().whoami())
    expect(error?.message).toContain('bad header ***')
    expect(error?.message).not.toContain(TOKEN)
  })
})
