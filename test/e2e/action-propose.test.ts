/**
 * The action bundle run exactly as the runner runs it: `node dist/index.js` (on Node 24, the
 * runtime action.yml declares) with INPUT_* variables (action.yml defaults applied), a real-shaped
 * event payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, against the local forge.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../support/corpus.js'
import { startForge, type Forge, type RequestRecord } from '../support/forge/index.js'
import { buildReleaseFixture } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'

// Every test runs srcgit end to end (git, HTTP, child processes): seconds each, more on a busy CI machine.
jest.setTimeout(60_000)

const ACTION = path.join(PROJECT_ROOT, 'dist/index.js')
const PAGURE_TOKEN = 'ACT'.padEnd(64, 'Q5')
const GITHUB_TOKEN = 'ghs_' + 'x'.repeat(36)
const defaults = Object.fromEntries(
  Object.entries(
    (
      parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: string }>
      }
    ).inputs,
  ).map(([name, input]) => [
    name,
    input.default === '${{ github.token }}' ? GITHUB_TOKEN : (input.default ?? ''),
  ]),
)

/** Node 24 from the npm registry, as action.yml's `runs.using: node24` runs the bundle. */
function node24(): string {
  try {
    return execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8' }).trim()
  } catch (error) {
    throw new Error(
      `cannot get Node 24 with \`npx -y node@24\` (needs the npm registry): ${(error as Error).message}`,
    )
  }
}

let forge: Forge
let node: string
/** GitHub's REST API, the one endpoint used: GET /repos/{owner}/{repo}/releases/tags/{tag}. */
let github: Server
let githubUrl: string
const githubRequests: string[] = []
const fixture = buildReleaseFixture()

beforeAll(async () => {
  node = node24()
  forge = await startForge({
    users: [{ name: 'bot', packager: true }],
    tokens: [
      {
        token: PAGURE_TOKEN,
        user: 'bot',
        acls: ['fork_project', 'pull_request_create', 'pull_request_update', 'commit'],
      },
    ],
  })
  forge.addPackage('hello', { from: fixture.distGit.dir })
  github = createServer((req, res) => {
    githubRequests.push(`${req.method} ${req.url} ${req.headers.authorization === `Bearer ${GITHUB_TOKEN}`}`)
    const m = /^\/repos\/example\/hello\/releases\/tags\/(.+)$/.exec(req.url ?? '')
    if (m?.[1] === 'v1.2') {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(
        JSON.stringify({
          tag_name: 'v1.2',
          name: 'hello 1.2',
          body: '- Notes from the GitHub API',
          draft: false,
        }),
      )
    }
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404',
      }),
    )
  })
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve))
  githubUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`
}, 120_000)
afterAll(async () => {
  await forge.stop()
  await new Promise((resolve) => github.close(resolve))
})

interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  requests: RequestRecord[]
}

/** Parses GITHUB_OUTPUT as @actions/core writes it (`name<<delimiter ... delimiter`). */
function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8')
  const outputs: Record<string, string> = {}
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3]
  return outputs
}

async function runAction(
  eventName: string,
  payload: object,
  inputs: Record<string, string>,
  ref = '',
): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-runner-'))
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
  }
  writeFileSync(files.event, JSON.stringify(payload))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const git = gitEnv()
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: git.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: git.GIT_CONFIG_GLOBAL,
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_WORKSPACE: fixture.sourceGit.dir,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: ref,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    GITHUB_API_URL: githubUrl,
    GITHUB_REPOSITORY: 'example/hello',
    // The local forge's stand-in for the Kerberos login to upload.cgi.
    SRCGIT_TEST_LOOKASIDE_USER: 'bot',
  }
  const all = {
    ...defaults,
    'dist-git-url': forge.url,
    'lookaside-url': forge.lookasideUrl,
    'push-protocol': 'https',
    'dist-git-branches': 'main, f43',
    ...inputs,
  }
  // The runner passes every input as INPUT_<NAME upper-cased, spaces to underscores>.
  for (const [name, value] of Object.entries(all))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const from = forge.log.length
  const result = await promisify(execFile)(node, [ACTION], { env, cwd: fixture.sourceGit.dir }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  )
  return {
    ...result,
    outputs: readOutputs(files.output),
    summary: readFileSync(files.summary, 'utf8'),
    requests: forge.log.slice(from),
  }
}

function noSecrets(run: ActionRun) {
  // `::add-mask::` lines are how secrets are masked: the runner consumes them and shows none.
  const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
  expect(shown.length).toBeGreaterThan(0)
  const everything = shown.join('\n') + run.stderr + JSON.stringify(run.outputs) + run.summary
  expect(everything).not.toContain(PAGURE_TOKEN)
  expect(everything).not.toContain(GITHUB_TOKEN)
}

const writes = (requests: RequestRecord[]) => requests.filter((r) => r.write && r.path !== '/api/0/-/whoami')

describe('dist/index.js on Node 24 against the forge', () => {
  it('proposes a published release: outputs, job summary, pull requests on the server', async () => {
    const run = await runAction(
      'release',
      {
        action: 'published',
        release: { tag_name: 'v1.1', body: '- Exit codes are configurable\r\n- Faster', draft: false },
      },
      { 'pagure-token': PAGURE_TOKEN },
    )
    noSecrets(run)
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('srcgit propose-downstream: release v1.1')
    expect(run.stdout).toContain('::group::Propose v1.1 to dist-git')
    const prs = JSON.parse(run.outputs['pull-requests']) as {
      branch: string
      operation: string
      url: string
    }[]
    expect(prs.map((p) => [p.branch, p.operation])).toEqual([
      ['main', 'created'],
      ['f43', 'created'],
    ])
    expect(prs[0].url).toBe(forge.pullRequests('rpms', 'hello')[0].full_url)
    expect(run.outputs.version).toBe('1.1')
    expect(run.outputs.operation).toBe('created')
    expect(run.summary).toContain('## srcgit propose-downstream: v1.1 (version 1.1)')
    expect(run.summary).toMatch(
      /\| main \| 🆕 created \| \[#1\]\(http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/1\) \|/,
    )
    expect(run.summary).toContain('<details><summary>dist-git diff</summary>')
    expect(run.summary).toContain('+Version:        1.1')
    // The release notes became the changelog entry; the GitHub actor authored the commit.
    const fork = forge.repoPath('forks/bot/rpms/hello')
    const spec = execFileSync('git', ['-C', fork, 'show', 'main-update-propose_downstream:hello.spec'], {
      encoding: 'utf8',
    })
    expect(spec).toContain(
      'octocat <583231+octocat@users.noreply.github.com> - 1.1-1\n- Exit codes are configurable\n- Faster\n',
    )
  })

  it('a push of the same tag changes nothing', async () => {
    const run = await runAction(
      'push',
      { ref: 'refs/tags/v1.1' },
      { 'pagure-token': PAGURE_TOKEN },
      'refs/tags/v1.1',
    )
    noSecrets(run)
    expect(run.code).toBe(0)
    expect(run.outputs.operation).toBe('unchanged')
    expect(writes(run.requests)).toEqual([])
  })

  it('a manual dry run plans the next release with read requests only', async () => {
    fixture.sourceGit.write('hello.c', 'int main(void) { return 42; } /* 1.2 */\n')
    fixture.sourceGit.commit('Release 1.2')
    fixture.sourceGit.tag('v1.2', true)
    const run = await runAction(
      'workflow_dispatch',
      { inputs: { tag: 'v1.2' } },
      { 'pagure-token': PAGURE_TOKEN, 'dry-run': 'true' },
    )
    noSecrets(run)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['pull-requests']).map((p: { operation: string }) => p.operation)).toEqual([
      'updated',
      'updated',
    ])
    expect(run.outputs.version).toBe('1.2')
    expect(writes(run.requests)).toEqual([])
    // Not in the event: the release notes came from the GitHub API, with the github-token.
    expect(githubRequests).toContain('GET /repos/example/hello/releases/tags/v1.2 true')
    expect(run.summary).toContain('+- Notes from the GitHub API\n')
  })

  it('fails clearly, with outputs set, on an event it does not handle and on missing secrets', async () => {
    const pr = await runAction(
      'pull_request',
      { action: 'opened', number: 7 },
      { 'pagure-token': PAGURE_TOKEN },
    )
    expect(pr.code).toBe(1)
    expect(pr.stdout).toContain(
      '::error::srcgit runs on `release` (published), `push` of a tag, and `workflow_dispatch`',
    )
    expect(pr.outputs.operation).toBe('failed')

    const noToken = await runAction('push', { ref: 'refs/tags/v1.2' }, {}, 'refs/tags/v1.2')
    expect(noToken.code).toBe(1)
    expect(noToken.stdout).toContain('::error::input "pagure-token" is empty')

    const badInput = await runAction(
      'push',
      { ref: 'refs/tags/v1.2' },
      { 'pagure-token': PAGURE_TOKEN, 'dry-run': 'maybe' },
      'refs/tags/v1.2',
    )
    expect(badInput.code).toBe(1)
    expect(badInput.stdout).toContain('::error::input "dry-run" is "maybe"; it must be true or false')
    for (const run of [pr, noToken, badInput]) noSecrets(run)
  })
})
