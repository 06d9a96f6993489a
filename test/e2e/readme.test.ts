/**
 * README.md's commands, run as written in a fresh clone of this repository: the two commands of
 * "Try it on a fresh machine" (the test command itself not run here, which would recurse: it
 * must be the command .ci/run calls), "By hand", "Running the action locally" and the
 * gitlab-ci-local trial. Each snippet runs as one `sh -e` script; the only substitutions are
 * the example directory (/tmp/hello-example, a temp dir here), `npx @github/local-action`
 * (not installed: the action bundle run with the .env it reads, as local-action does) and
 * `npx --yes gitlab-ci-local@V` (the devDependency of that same version, on Node 24).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { node24 } from '../support/action-runner.js'
import { PROJECT_ROOT } from '../support/corpus.js'
import { gitEnv } from '../support/git-repo.js'

const README = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')
const EXAMPLE_DIR = '/tmp/hello-example'
const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  version: string
  scripts: Record<string, string>
  devDependencies: Record<string, string>
}

/** The `n`th fenced block (```sh or ```yaml) after `marker`. */
function blockAfter(marker: string, n = 0, lang = 'sh'): string {
  let at = README.indexOf(marker)
  if (at < 0) throw new Error(`README.md has no ${JSON.stringify(marker)}`)
  let body = ''
  for (let i = 0; i <= n; i++) {
    const start = README.indexOf(`\`\`\`${lang}\n`, at)
    if (start < 0) throw new Error(`README.md has no block ${n} after ${JSON.stringify(marker)}`)
    const end = README.indexOf('\n```', start + 1)
    body = README.slice(start + lang.length + 4, end + 1)
    at = end + 4
  }
  return body
}

/** The commands of a block: continuation lines joined, comments after `#` kept out. */
const commands = (block: string) =>
  block
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean)

let tmp: string
let clone: string
let npmEnv: Record<string, string>

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-readme-'))
  clone = path.join(tmp, 'propose-downstream')
  execFileSync('git', ['clone', '-q', PROJECT_ROOT, clone], { env: gitEnv() })
  const userconfig = path.join(tmp, 'npmrc')
  writeFileSync(userconfig, '')
  npmEnv = {
    npm_config_offline: 'true',
    npm_config_cache: path.join(tmp, 'npm-cache'),
    npm_config_userconfig: userconfig,
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  }
}, 120_000)
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A README snippet as one `sh -e` script in the clone, the example directory under tmp. */
function runSnippet(script: string, exampleDir: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync('sh', ['-e', '-c', script.split(EXAMPLE_DIR).join(exampleDir)], {
    cwd: clone,
    env: { ...gitEnv(), ...npmEnv, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, output: `${run.stdout}${run.stderr}` }
}

describe('Try it on a fresh machine', () => {
  it('gives two commands: the example, then the test command .ci/run calls', () => {
    expect(commands(blockAfter('## Try it on a fresh machine'))).toEqual(['npm run example', 'npm test'])
    const ci = readFileSync(path.join(PROJECT_ROOT, '.ci/run'), 'utf8')
    expect(/^npm test \|\| status=1$/m.test(ci)).toBe(true)
    expect(pkg.scripts.test).toBe('node scripts/run-tests.mjs unit')
  })

  it('runs `npm run example` in a fresh clone: no node_modules, no npm cache, no network', () => {
    const run = runSnippet(commands(blockAfter('## Try it on a fresh machine'))[0], EXAMPLE_DIR)
    expect(run.stderr).not.toMatch(/error/i)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('main: would create')
    expect(run.stdout).toMatch(/^\+SHA512 \(hello-1\.0\.tar\.gz\) = [0-9a-f]{128}$/m)
    expect(run.stdout).toMatch(/^\+Patch1: +hello-greet-fedora\.patch$/m)
  }, 120_000)

  it('prints the apt-get line the test command prints, for every package it checks', () => {
    const line = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { PREREQUISITES, installLine } from ${JSON.stringify(path.join(PROJECT_ROOT, 'scripts/prerequisites.mjs'))}\nconsole.log(installLine(PREREQUISITES.map((p) => p.pkg)))`,
      ],
      { encoding: 'utf8' },
    ).trim()
    expect(commands(blockAfter('<!-- test-packages -->'))).toEqual([line])
    for (const name of [
      'rpm',
      'openssh-server',
      'krb5-kdc',
      'libapache2-mod-auth-gssapi',
      'curl',
      'perl',
      'rsync',
    ])
      expect(line.split(' ')).toContain(name)
  })
})

describe('By hand', () => {
  it('runs on the example as printed: a dry run, then update-dist-git on the same repositories', () => {
    const dir = path.join(tmp, 'by-hand')
    const run = runSnippet(blockAfter('**By hand**'), dir)
    // What README says the commands print: the first-sync note, and update-dist-git's warning
    // that dist-git's sources lacks the release archive (a dry run uploads nothing).
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'note: no earlier sync point in dist-git: this is the first sync',
      expect.stringMatching(
        /^warning: dist-git cannot build this: the spec's Version 1\.0 needs hello-1\.0\.tar\.gz, which is not in sources; /,
      ),
    ])
    expect(run.code).toBe(0)
    const dist = (...args: string[]) =>
      execFileSync('git', ['-C', path.join(dir, 'hello-dist-git'), ...args], { encoding: 'utf8' }).trim()
    expect(dist('log', '-1', '--format=%s', 'main-update-propose_downstream')).toBe(
      'Update to 1.0 upstream release',
    )
    expect(dist('log', '-1', '--format=%s', 'main')).toBe('Sync from source-git')
    expect(dist('status', '--porcelain')).toBe('')
  }, 180_000)
})

describe('Running the action locally', () => {
  /** local-action: the .env file's variables, then the action's main; here the committed bundle. */
  const asLocalAction = (block: string) =>
    block.replace(
      /^npx @github\/local-action run \. src\/main\.ts \.env$/m,
      'env $(cat .env) node dist/index.js',
    )

  it('checks the example configuration with a relative working-directory', () => {
    const block = blockAfter('### Running the action locally', 0)
    expect(block).toContain('npx @github/local-action run . src/main.ts .env')
    const run = runSnippet(asLocalAction(block), path.join(tmp, 'local-1'), { GITHUB_WORKSPACE: '' })
    expect(run.output).not.toContain('::error::')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('specfile_path: .distro/hello.spec')
  }, 120_000)

  it('plans a propose-downstream of v1.0 against the example dist-git, through file://', () => {
    const dir = path.join(tmp, 'local-2')
    const block = blockAfter('### Running the action locally', 1)
    expect(block).toContain('npx @github/local-action run . src/main.ts .env')
    const run = runSnippet(asLocalAction(block), dir, { GITHUB_WORKSPACE: '' })
    expect(run.output).not.toContain('::error::')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/main: (would create|created)/)
  }, 180_000)
})

describe('Try the template on your machine', () => {
  it('runs the config-check job under gitlab-ci-local with the packed tarball', () => {
    const block = blockAfter('**Try the template on your machine**')
    const invocation = /npx --yes gitlab-ci-local@(\S+)/.exec(block)
    expect(invocation?.[1]).toBe(pkg.devDependencies['gitlab-ci-local'])
    expect(block).toContain(`srcgit-${pkg.version}.tgz`)
    // gitlab-ci-local needs Node 22 or later.
    const node = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : node24()
    const gitlabCiLocal = `"${node}" "${path.join(PROJECT_ROOT, 'node_modules/gitlab-ci-local/dist/index.js')}" --no-color`
    const run = runSnippet(block.replace(invocation![0], gitlabCiLocal), path.join(tmp, 'gitlab'))
    expect(run.output).toContain('srcgit config check .')
    expect(run.output).toContain('downstream_package_name: hello')
    expect(run.output).toContain('PASS  srcgit-config-check')
    expect(run.code).toBe(0)
  }, 300_000)
})

describe('the with: block', () => {
  it('shows every action input, in action.yml order, each with its description', () => {
    const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string }>
    }
    const block = blockAfter('<!-- action-usage -->', 0, 'yaml')
    const [step] = parse(block) as { uses: string; with: Record<string, string> }[]
    expect(step.uses).toBe('srcgit/propose-downstream@v1')
    expect(Object.keys(step.with)).toEqual(Object.keys(action.inputs))
    for (const name of Object.keys(action.inputs)) {
      const comments =
        block
          .slice(0, block.indexOf(`    ${name}: ''`))
          .split("''")
          .pop() ?? ''
      const first = action.inputs[name].description.replace(/\s+/g, ' ').split(' ').slice(0, 3).join(' ')
      expect({ name, described: comments.replace(/\n\s*# /g, ' ').includes(first) }).toEqual({
        name,
        described: true,
      })
    }
  })
})
