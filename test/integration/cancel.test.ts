/**
 * A cancelled CI job: srcgit, run as a process of its own, gets SIGTERM (or SIGINT) while its
 * push hangs on a forge that never answers. It must exit 143 (130), leave no child behind (no
 * `git push` holding the credentials), remove its temp dirs, and a rerun must just work.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildCli, type BuiltCli } from '../support/cli-process.js'
import { srcgit, withEnv } from '../support/cli.js'
import { startForge, type Forge } from '../support/forge/index.js'
import { gitEnv } from '../support/git-repo.js'
import { buildReleaseFixture } from '../support/source-git-fixture.js'

jest.setTimeout(120_000)

const BOT_TOKEN = 'CANCEL'.padEnd(64, 'Z9')
const MARKER = `srcgit-cancel-test-${process.pid}-${Date.now()}`

let forge: Forge
let built: BuiltCli
const fixture = buildReleaseFixture()
const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-cancel-runner-temp-'))

beforeAll(async () => {
  built = buildCli()
  forge = await startForge({
    users: [{ name: 'bot', packager: true }],
    tokens: [
      {
        token: BOT_TOKEN,
        user: 'bot',
        acls: ['fork_project', 'pull_request_create', 'pull_request_update', 'commit'],
      },
    ],
  })
  forge.addPackage('hello', { from: fixture.distGit.dir })
})
afterAll(async () => {
  await forge.stop()
  built.remove()
  rmSync(runnerTemp, { recursive: true, force: true })
})

const args = () => [
  'propose-downstream',
  fixture.sourceGit.dir,
  '--tag',
  'v1.1',
  '--branch',
  'main',
  '--dist-git-url',
  forge.url,
  '--lookaside-url',
  forge.lookasideUrl,
  '--push-protocol',
  'https',
  '--date',
  '2026-11-21',
]

const env = () => ({
  ...gitEnv(),
  RUNNER_TEMP: runnerTemp,
  TMPDIR: runnerTemp,
  SRCGIT_PAGURE_TOKEN: BOT_TOKEN,
  SRCGIT_TEST_LOOKASIDE_USER: 'bot',
  // Longer than the test: only the signal ends the push.
  SRCGIT_NETWORK_TIMEOUT_SECONDS: '600',
  SRCGIT_TEST_MARKER: MARKER,
})

/** Processes (other than `except`) whose environment carries this test's marker, as "pid argv". */
function marked(except: number[] = []): string[] {
  const found: string[] = []
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (except.includes(Number(pid))) continue
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`SRCGIT_TEST_MARKER=${MARKER}`)) continue
      found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').join(' ').trim()}`)
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found
}

async function until(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function cancelDuringPush(signal: NodeJS.Signals) {
  forge.fault({ method: 'POST', path: /git-receive-pack$/, kind: 'timeout' })
  const from = forge.log.length
  const child = spawn(process.execPath, [built.cli, ...args()], {
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  await until('the push to reach the forge', () =>
    forge.log.slice(from).some((r) => r.method === 'POST' && r.path.endsWith('/git-receive-pack')),
  )
  const during = marked([child.pid!])
  child.kill(signal)
  const code = await exited
  return { code, stdout, stderr, during, after: marked() }
}

describe('srcgit cancelled in the middle of a push', () => {
  it('on SIGTERM ends git and its helpers, removes its temp dirs and exits 143', async () => {
    const run = await cancelDuringPush('SIGTERM')
    // While it hung: git push and the git-remote-http helper it started, with the credentials.
    expect(run.during.some((p) => / git push /.test(p))).toBe(true)
    expect(run.during.some((p) => /git-remote-http|remote-http/.test(p))).toBe(true)
    expect(run.code).toBe(143)
    expect(run.stderr).toContain('srcgit: stopped by SIGTERM: ended git push')
    expect(run.stderr).not.toContain('internal error')
    expect(run.after).toEqual([])
    expect(readdirSync(runnerTemp)).toEqual([])
    expect(`${run.stdout}${run.stderr}`).not.toContain(BOT_TOKEN)
  })

  it('on SIGINT (Ctrl-C) does the same and exits 130', async () => {
    const run = await cancelDuringPush('SIGINT')
    expect(run.during.some((p) => / git push /.test(p))).toBe(true)
    expect(run.code).toBe(130)
    expect(run.stderr).toContain('srcgit: stopped by SIGINT')
    expect(run.after).toEqual([])
    expect(readdirSync(runnerTemp)).toEqual([])
  })

  it('leaves nothing a rerun trips over: the rerun proposes the release', async () => {
    const rerun = await withEnv(env(), () => srcgit(args()))
    expect(rerun.stderr).not.toContain('srcgit propose-downstream:')
    expect(rerun.code).toBe(0)
    expect(rerun.stdout).toMatch(/^main: created http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/1$/m)
    expect(forge.pullRequests('rpms', 'hello').map((pr) => pr.title)).toEqual([
      'Update main to upstream release 1.1',
    ])
    expect(readdirSync(runnerTemp)).toEqual([])
  })
})
