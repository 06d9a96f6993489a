/**
 * gitlab-ci-template/srcgit.yml: its inputs against action.yml, its rules, and the srcgit
 * command line its script builds, run with `sh -e` as a GitLab shell runner runs it (inputs
 * interpolated as GitLab does), with an `npx` on PATH that records what it was given.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../support/corpus.js'
import { TestRepo, gitEnv } from '../support/git-repo.js'
import {
  includeTemplate,
  jobRuns,
  loadTemplate,
  runJob,
  type InputValue,
  type JobRun,
} from '../support/gitlab/template.js'

interface ActionInput {
  description: string
  default?: string
}
const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, ActionInput>
}
const template = loadTemplate()

/** Action inputs that are secrets: on GitLab, masked CI/CD variables. */
const SECRET_VARIABLES: Record<string, string> = {
  'dist-git-token': 'SRCGIT_DIST_GIT_TOKEN',
  'pagure-token': 'SRCGIT_PAGURE_TOKEN',
  'ssh-private-key': 'SRCGIT_SSH_PRIVATE_KEY',
  'known-hosts': 'SRCGIT_KNOWN_HOSTS',
  keytab: 'SRCGIT_KEYTAB',
  'github-token': 'SRCGIT_GITLAB_TOKEN',
}
/** Inputs only GitLab has: where the job runs and which srcgit it runs. */
const GITLAB_ONLY = ['stage', 'job-prefix', 'image', 'srcgit-version']
/** Of those, the ones that shape the YAML (job name, stage, image) rather than the command. */
const STRUCTURAL = ['stage', 'job-prefix', 'image']

const tmp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-gitlab-template-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('the template inputs mirror action.yml', () => {
  it('has a same-named input for every action input, or names its CI/CD variable', () => {
    expect(Object.keys(action.inputs).length).toBeGreaterThan(15)
    for (const [name, input] of Object.entries(action.inputs)) {
      const variable = SECRET_VARIABLES[name]
      if (variable) {
        expect({ name, input: name in template.inputs }).toEqual({ name, input: false })
        expect(template.header).toMatch(new RegExp(`# +${variable} +(instead of )?the action's \`${name}\``))
        continue
      }
      const mine = template.inputs[name]
      expect({ name, declared: mine !== undefined }).toEqual({ name, declared: true })
      expect({ name, default: String(mine.default) }).toEqual({ name, default: String(input.default) })
      expect(mine.description?.length).toBeGreaterThan(10)
    }
  })

  it('has no input the action lacks, except the GitLab ones', () => {
    const extra = Object.keys(template.inputs).filter((name) => !(name in action.inputs))
    expect(extra.sort()).toEqual([...GITLAB_ONLY].sort())
  })

  it('hands text inputs to the script only as `expand: false` variables', () => {
    const raw = Object.values(template.config).find(
      (v): v is { variables: Record<string, unknown>; script: string[] } =>
        typeof v === 'object' && v !== null && 'script' in v,
    )
    if (!raw) throw new Error('the template has no job')
    for (const [name, spec] of Object.entries(template.inputs)) {
      if (spec.type === 'boolean' || STRUCTURAL.includes(name)) continue
      const variable = `SRCGIT_INPUT_${name.toUpperCase().replace(/-/g, '_')}`
      expect({ variable, value: raw.variables[variable] }).toEqual({
        variable,
        value: { value: `$[[ inputs.${name} ]]`, expand: false },
      })
    }
    // Only booleans are pasted into the script text: GitLab lets nothing but true or false through.
    const pasted = [...raw.script.join('\n').matchAll(/\$\[\[\s*inputs\.([\w-]+)/g)].map((m) => m[1])
    expect(pasted.length).toBeGreaterThan(0)
    for (const name of pasted)
      expect({ name, type: template.inputs[name].type }).toEqual({ name, type: 'boolean' })
  })

  it('lets GitLab reject bad values before any job runs', () => {
    expect(() => includeTemplate({ 'push-protocol': 'git' })).toThrow('not in the list of allowed options')
    expect(() => includeTemplate({ 'dist-git-forge': 'gitea' })).toThrow('not in the list of allowed options')
    expect(() => includeTemplate({ 'dist-git-url': 'file:///srv/git' })).toThrow(
      'does not match required RegEx',
    )
    expect(() => includeTemplate({ 'dry-run': 'yes' })).toThrow('provided value is not a boolean')
    expect(() => includeTemplate({ 'pagure-token': 'x' })).toThrow('unknown input arguments: pagure-token')
    expect(() => includeTemplate({ job: 'koji_build' })).toThrow('not in the list of allowed options')
    expect(() => includeTemplate({ 'koji-url': 'koji.fedoraproject.org' })).toThrow(
      'does not match required RegEx',
    )
    expect(() => includeTemplate({ package: '../hello' })).toThrow('does not match required RegEx')
    expect(() => includeTemplate({ 'wait-for-build': 'soon' })).toThrow('provided value is not a number')
  })

  it('names the job after its inputs, collects the reports, fetches all history and nothing else', () => {
    const { job } = includeTemplate({
      job: 'config-check',
      'job-prefix': 'fedora',
      stage: 'lint',
      image: 'node:20',
    })
    expect([job.name, job.stage, job.image]).toEqual(['fedora-config-check', 'lint', 'node:20'])
    expect(job.artifacts).toEqual({
      when: 'always',
      paths: ['srcgit-summary.md'],
      reports: { dotenv: 'srcgit.env' },
    })
    expect(job.variables?.GIT_DEPTH).toBe('0')
    // Nothing from other jobs in the work tree srcgit reads.
    expect([job.dependencies, job.cache]).toEqual([[], []])
  })
})

describe('which pipelines run the job', () => {
  const { job, globals } = includeTemplate({})
  const form = Object.fromEntries(
    Object.entries(globals).map(([k, v]) => [k, typeof v === 'string' ? v : v.value]),
  )
  const runs = (vars: Record<string, string>) => jobRuns(job, { ...form, ...vars })

  it('runs for tags, merge requests, and manual runs that name a release', () => {
    expect(runs({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1.2' })).toBe(true)
    expect(runs({ CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '4' })).toBe(true)
    expect(runs({ CI_PIPELINE_SOURCE: 'web', CI_COMMIT_TAG: 'v1.2' })).toBe(true)
    expect(runs({ CI_PIPELINE_SOURCE: 'web', CI_COMMIT_BRANCH: 'rawhide', SRCGIT_TAG: 'v1.2' })).toBe(true)
    expect(runs({ CI_PIPELINE_SOURCE: 'web', CI_COMMIT_BRANCH: 'rawhide', SRCGIT_VERSION: '1.2' })).toBe(true)
  })

  it('stays out of branch pushes, schedules and manual runs that name no release', () => {
    expect(runs({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'rawhide' })).toBe(false)
    expect(runs({ CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'rawhide' })).toBe(false)
    expect(runs({ CI_PIPELINE_SOURCE: 'web', CI_COMMIT_BRANCH: 'rawhide' })).toBe(false)
  })

  it('runs the sync jobs on pipeline schedules and Run pipeline only', () => {
    for (const jobName of [
      'sync-status',
      'sync-from-downstream',
      'pull-from-upstream',
      'koji-build',
      'bodhi-update',
    ]) {
      const sync = includeTemplate({ job: jobName }).job
      const on = (vars: Record<string, string>) => jobRuns(sync, { ...form, ...vars })
      expect(on({ CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'rawhide' })).toBe(true)
      expect(on({ CI_PIPELINE_SOURCE: 'web', CI_COMMIT_BRANCH: 'rawhide' })).toBe(true)
      expect(on({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1.2' })).toBe(false)
      expect(on({ CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '4' })).toBe(false)
    }
  })

  it('offers SRCGIT_TAG and SRCGIT_VERSION in the Run pipeline form', () => {
    expect(globals).toEqual({
      SRCGIT_TAG: { value: '', description: expect.stringContaining('release tag') },
      SRCGIT_VERSION: { value: '', description: expect.stringContaining('version') },
    })
  })
})

/** An `npx` that records its arguments, working directory and srcgit's environment. */
const fakeBin = path.join(tmp, 'bin')
mkdirSync(fakeBin)
writeFileSync(
  path.join(fakeBin, 'npx'),
  `#!${process.execPath}\n` +
    `const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^SRCGIT_(?!INPUT_)/.test(k)))\n` +
    `require('node:fs').writeFileSync(process.env.FAKE_NPX_OUT, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(), env }))\n`,
)
chmodSync(path.join(fakeBin, 'npx'), 0o755)

interface NpxCall {
  argv: string[]
  cwd: string
  env: Record<string, string>
}

let runCount = 0
async function pipeline(
  inputs: Record<string, InputValue>,
  predefined: Record<string, string>,
  opts: { projectDir?: string; cicd?: Record<string, string> } = {},
): Promise<JobRun & { npx?: NpxCall }> {
  const projectDir = opts.projectDir ?? path.join(tmp, `project-${++runCount}`)
  mkdirSync(projectDir, { recursive: true })
  const out = path.join(tmp, `npx-${++runCount}.json`)
  const run = await runJob(includeTemplate({ 'srcgit-version': 'srcgit@1.2.3', ...inputs }), {
    projectDir,
    predefined,
    cicd: opts.cicd,
    env: { ...gitEnv(), PATH: `${fakeBin}:${process.env.PATH}`, FAKE_NPX_OUT: out },
  })
  return { ...run, npx: existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as NpxCall) : undefined }
}

const TAG_PIPELINE = {
  CI_PIPELINE_SOURCE: 'push',
  CI_COMMIT_TAG: 'v1.2',
  CI_JOB_TOKEN: 'glcbt-JOBTOKENVALUE',
}

describe('the command line the script builds', () => {
  it('passes each input as one option, and the pipeline tag', async () => {
    const projectDir = path.join(tmp, 'tag-pipeline')
    mkdirSync(path.join(projectDir, 'pkg'), { recursive: true })
    const run = await pipeline(
      {
        config: '.distro/source-git.yaml',
        'working-directory': 'pkg',
        'dist-git-branches': 'rawhide, f43\n epel10',
        'dist-git-url': 'https://src.stg.fedoraproject.org',
        'dist-git-forge': 'forgejo',
        'lookaside-url': 'https://src.stg.fedoraproject.org/repo/pkgs',
        'bodhi-url': 'https://bodhi.stg.fedoraproject.org',
        'push-protocol': 'https',
        'ssh-host': 'pkgs.stg.fedoraproject.org:22',
        'fas-user': 'packit-stg',
        author: 'Jane Packager <jane@example.com>',
        force: true,
      },
      TAG_PIPELINE,
      { projectDir },
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.npx).toEqual({
      argv: [
        '--yes',
        'srcgit@1.2.3',
        'propose-downstream',
        '.',
        '--tag=v1.2',
        '--branch=rawhide',
        '--branch=f43',
        '--branch=epel10',
        '--config=.distro/source-git.yaml',
        '--dist-git-url=https://src.stg.fedoraproject.org',
        '--dist-git-forge=forgejo',
        '--lookaside-url=https://src.stg.fedoraproject.org/repo/pkgs',
        '--bodhi-url=https://bodhi.stg.fedoraproject.org',
        '--push-protocol=https',
        '--ssh-host=pkgs.stg.fedoraproject.org:22',
        '--fas-user=packit-stg',
        '--author=Jane Packager <jane@example.com>',
        '--force',
      ],
      cwd: path.join(projectDir, 'pkg'),
      env: {
        SRCGIT_DOTENV: path.join(projectDir, 'srcgit.env'),
        SRCGIT_SUMMARY: path.join(projectDir, 'srcgit-summary.md'),
        SRCGIT_TAG: '',
        SRCGIT_VERSION: '',
      },
    })
    expect(run.stdout).toContain('srcgit propose-downstream . --tag=v1.2 --branch=rawhide')
  })

  it('leaves out what is not set', async () => {
    const run = await pipeline({}, TAG_PIPELINE)
    expect(run.code).toBe(0)
    expect(run.npx?.argv).toEqual([
      '--yes',
      'srcgit@1.2.3',
      'propose-downstream',
      '.',
      '--tag=v1.2',
      '--push-protocol=auto',
    ])
  })

  it('cannot be made to run commands by input values', async () => {
    const projectDir = path.join(tmp, 'hostile')
    const workdir = `dir with spaces; touch pwned1 && $(touch pwned2) | 'q' "d" \`touch pwned3\``
    mkdirSync(path.join(projectDir, workdir), { recursive: true })
    // Something a `*` would match if the script let the shell expand it.
    writeFileSync(path.join(projectDir, workdir, 'hello.spec'), '')
    const values = {
      'working-directory': workdir,
      config: `.distro/a b'c"d;$(touch pwned4).yaml`,
      'dist-git-branches': 'f43;touch${IFS}pwned5, *',
      'fas-user': '$CI_JOB_TOKEN',
      'ssh-host': '${HOME}:22',
      author: 'Eve "$(touch pwned6)" <eve@example.com>; touch pwned7',
      tag: '--force',
      'srcgit-version': 'srcgit@1.0 ; touch pwned8',
    }
    const run = await pipeline(values, TAG_PIPELINE, { projectDir })
    expect(run.code).toBe(0)
    expect(run.npx).toEqual(
      expect.objectContaining({
        argv: [
          '--yes',
          'srcgit@1.0 ; touch pwned8',
          'propose-downstream',
          '.',
          '--tag=--force',
          '--branch=f43;touch${IFS}pwned5',
          '--branch=*',
          `--config=.distro/a b'c"d;$(touch pwned4).yaml`,
          '--push-protocol=auto',
          '--ssh-host=${HOME}:22',
          '--fas-user=$CI_JOB_TOKEN',
          '--author=Eve "$(touch pwned6)" <eve@example.com>; touch pwned7',
        ],
        cwd: path.join(projectDir, workdir),
      }),
    )
    const files = readdirSync(tmp, { recursive: true, encoding: 'utf8' })
    expect(files.filter((f) => /^pwned\d$/.test(path.basename(f)))).toEqual([])
  })

  it('runs the action repository at a git ref by default, the same code as `uses: srcgit/propose-downstream@<ref>`', async () => {
    expect(template.inputs['srcgit-version'].default).toBe('v1')
    const byRef = await pipeline({ 'srcgit-version': 'v1.4.0' }, TAG_PIPELINE)
    expect(byRef.npx?.argv.slice(0, 2)).toEqual(['--yes', 'github:srcgit/propose-downstream#v1.4.0'])
    const byUrl = await pipeline({ 'srcgit-version': 'https://example.com/srcgit-1.4.0.tgz' }, TAG_PIPELINE)
    expect(byUrl.npx?.argv.slice(0, 2)).toEqual(['--yes', 'https://example.com/srcgit-1.4.0.tgz'])
  })

  it('runs a release tarball by path, relative to the project directory whatever the working directory', async () => {
    const projectDir = path.join(tmp, 'tarball')
    mkdirSync(path.join(projectDir, 'pkg', 'vendor'), { recursive: true })
    writeFileSync(path.join(projectDir, 'pkg', 'vendor', 'srcgit-1.4.0.tgz'), '')
    const relative = await pipeline(
      { 'srcgit-version': 'pkg/vendor/srcgit-1.4.0.tgz', 'working-directory': 'pkg' },
      TAG_PIPELINE,
      { projectDir },
    )
    expect(relative.npx?.argv.slice(0, 2)).toEqual([
      '--yes',
      `file:${path.join(projectDir, 'pkg/vendor/srcgit-1.4.0.tgz')}`,
    ])
    const absolute = path.join(projectDir, 'pkg', 'vendor', 'srcgit-1.4.0.tgz')
    const byPath = await pipeline({ 'srcgit-version': absolute }, TAG_PIPELINE)
    expect(byPath.npx?.argv.slice(0, 2)).toEqual(['--yes', `file:${absolute}`])
    const missing = await pipeline({ 'srcgit-version': 'srcgit-9.9.9.tgz' }, TAG_PIPELINE, { projectDir })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(`srcgit: srcgit-version: no file ${projectDir}/srcgit-9.9.9.tgz`)
    expect(missing.npx).toBeUndefined()
  })

  it('always runs dry in a merge request, for the newest tag it contains', async () => {
    const repo = TestRepo.init('srcgit-gitlab-mr-')
    repo.write('a', '1').commit('one')
    repo.tag('v1.0', true)
    repo.write('a', '2').commit('two')
    repo.tag('v1.1', true)
    repo.write('a', '3').commit('downstream change')
    const mr = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7' }
    const run = await pipeline({}, mr, { projectDir: repo.dir })
    expect(run.code).toBe(0)
    expect(run.npx?.argv).toEqual([
      '--yes',
      'srcgit@1.2.3',
      'propose-downstream',
      '.',
      '--tag=v1.1',
      '--push-protocol=auto',
      '--dry-run',
    ])
    expect((await pipeline({ version: '1.1' }, mr, { projectDir: repo.dir })).npx?.argv).toContain(
      '--version=1.1',
    )

    const untagged = TestRepo.init('srcgit-gitlab-mr-')
    untagged.write('a', '1').commit('one')
    const failed = await pipeline({}, mr, { projectDir: untagged.dir })
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('srcgit: no tag in this merge request; set the tag or version input')
    expect(failed.npx).toBeUndefined()
  })

  it('proposes the release a manual run names; inputs win', async () => {
    const web = { CI_PIPELINE_SOURCE: 'web', CI_COMMIT_BRANCH: 'rawhide' }
    const byVersion = await pipeline({}, web, { cicd: { SRCGIT_VERSION: '1.3' } })
    expect(byVersion.npx?.argv.slice(4)).toEqual(['--version=1.3', '--push-protocol=auto'])
    const byInput = await pipeline({ tag: 'v2.0' }, web, { cicd: { SRCGIT_TAG: 'v1.9' } })
    expect(byInput.npx?.argv.slice(4)).toEqual(['--tag=v2.0', '--push-protocol=auto'])
    expect((await pipeline({}, web)).ran).toBe(false)
  })

  it('gives srcgit the content of File-type variables, and keeps secrets out of the command line', async () => {
    const tokenFile = path.join(tmp, 'SRCGIT_PAGURE_TOKEN')
    writeFileSync(tokenFile, 'PAGURETOKEN'.padEnd(64, 'x') + '\n')
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\nBBBB\n-----END OPENSSH PRIVATE KEY-----\n'
    const run = await pipeline({ 'dry-run': true }, TAG_PIPELINE, {
      cicd: { SRCGIT_PAGURE_TOKEN: tokenFile, SRCGIT_SSH_PRIVATE_KEY: key, SRCGIT_KEYTAB: 'S0VZVEFC' },
    })
    expect(run.code).toBe(0)
    expect(run.npx?.env).toEqual(
      expect.objectContaining({
        SRCGIT_PAGURE_TOKEN: 'PAGURETOKEN'.padEnd(64, 'x'),
        SRCGIT_SSH_PRIVATE_KEY: key,
        SRCGIT_KEYTAB: 'S0VZVEFC',
      }),
    )
    expect(run.npx?.argv).toContain('--dry-run')
    expect(`${run.npx?.argv.join(' ')}${run.stdout}${run.stderr}`).not.toMatch(
      /PAGURETOKEN|BEGIN OPENSSH|S0VZVEFC/,
    )
  })

  it('runs srcgit koji-build with the downstream inputs, one --branch each, on a schedule', async () => {
    const projectDir = path.join(tmp, 'koji-build')
    mkdirSync(path.join(projectDir, 'pkg'), { recursive: true })
    const run = await pipeline(
      {
        job: 'koji-build',
        'working-directory': 'pkg',
        config: '.distro/source-git.yaml',
        package: 'hello-docs',
        'dist-git-branches': 'rawhide, f43',
        'dist-git-url': 'https://src.stg.fedoraproject.org',
        'dist-git-forge': 'pagure',
        'koji-url': 'https://koji.stg.fedoraproject.org/kojihub',
        'bodhi-url': 'https://bodhi.stg.fedoraproject.org',
        'oidc-url': 'https://id.stg.fedoraproject.org/openidc',
        'fas-user': 'packit-stg',
        'krb5-conf': 'ci/krb5.conf',
        'wait-for-build': 30,
        'lookaside-url': 'https://src.stg.fedoraproject.org/repo/pkgs',
        force: true,
      },
      { CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main' },
      { projectDir, cicd: { SRCGIT_KEYTAB: 'S0VZVEFC' } },
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // The propose-only inputs (lookaside, push, force) and bodhi-update's oidc-url are not its options.
    expect(run.npx?.argv).toEqual([
      '--yes',
      'srcgit@1.2.3',
      'koji-build',
      '.',
      '--branch=rawhide',
      '--branch=f43',
      '--config=.distro/source-git.yaml',
      '--package=hello-docs',
      '--dist-git-url=https://src.stg.fedoraproject.org',
      '--dist-git-forge=pagure',
      '--koji-url=https://koji.stg.fedoraproject.org/kojihub',
      '--bodhi-url=https://bodhi.stg.fedoraproject.org',
      '--fas-user=packit-stg',
      '--krb5-conf=ci/krb5.conf',
      '--wait-for-build=30',
    ])
    expect(run.npx?.cwd).toBe(path.join(projectDir, 'pkg'))
    expect(run.npx?.env).toEqual(
      expect.objectContaining({
        SRCGIT_KEYTAB: 'S0VZVEFC',
        SRCGIT_DOTENV: path.join(projectDir, 'srcgit.env'),
      }),
    )
    expect(`${run.npx?.argv.join(' ')}${run.stdout}`).not.toContain('S0VZVEFC')
  })

  it('runs srcgit bodhi-update with its options (oidc-url, no wait-for-build), dry when asked', async () => {
    const run = await pipeline(
      {
        job: 'bodhi-update',
        'dist-git-branches': 'f43',
        'oidc-url': 'https://id.stg.fedoraproject.org/openidc',
        'wait-for-build': 30,
        'dry-run': true,
      },
      { CI_PIPELINE_SOURCE: 'web', CI_COMMIT_BRANCH: 'main' },
    )
    expect(run.code).toBe(0)
    expect(run.npx?.argv).toEqual([
      '--yes',
      'srcgit@1.2.3',
      'bodhi-update',
      '.',
      '--branch=f43',
      '--oidc-url=https://id.stg.fedoraproject.org/openidc',
      '--dry-run',
    ])
    const plain = await pipeline({ job: 'koji-build' }, { CI_PIPELINE_SOURCE: 'schedule' })
    expect(plain.npx?.argv).toEqual(['--yes', 'srcgit@1.2.3', 'koji-build', '.'])
  })

  it('runs pull-from-upstream for job: pull-from-upstream, with the branches of the preview', async () => {
    const run = await pipeline(
      { job: 'pull-from-upstream', 'dist-git-branches': 'rawhide,f43', 'dry-run': true },
      { CI_PIPELINE_SOURCE: 'schedule' },
    )
    expect(run.code).toBe(0)
    expect(run.npx?.argv).toEqual([
      '--yes',
      'srcgit@1.2.3',
      'pull-from-upstream',
      '.',
      '--branch=rawhide',
      '--branch=f43',
      '--dry-run',
    ])
  })

  it('runs config check for job: config-check', async () => {
    const run = await pipeline({ job: 'config-check', config: 'my config.yaml', force: true }, TAG_PIPELINE)
    expect(run.code).toBe(0)
    expect(run.npx?.argv).toEqual([
      '--yes',
      'srcgit@1.2.3',
      'config',
      'check',
      '.',
      '--config=my config.yaml',
    ])
  })
})

describe('the template file', () => {
  it('has comments in its script that no shell or runner echo can run', () => {
    const { job } = includeTemplate({})
    const comments = job.script
      .join('\n')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('#'))
    expect(comments.length).toBeGreaterThan(3)
    for (const line of comments)
      expect({ line, special: /[`$"'\\]/.test(line) }).toEqual({ line, special: false })
  })

  it('is the GitLab CI/CD component templates/srcgit.yml, byte for byte', () => {
    // GitLab reads components from templates/<name>.yml at the release tag; the copy is made by npm run docs.
    const component = readFileSync(path.join(PROJECT_ROOT, 'templates/srcgit.yml'))
    expect(component.equals(readFileSync(path.join(PROJECT_ROOT, 'gitlab-ci-template/srcgit.yml')))).toBe(
      true,
    )
    expect(readdirSync(path.join(PROJECT_ROOT, 'templates'))).toEqual(['srcgit.yml'])
  })
})
