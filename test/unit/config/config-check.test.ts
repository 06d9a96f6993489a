/**
 * `srcgit config check` on realistic repositories (test/fixtures/config/*) and broken variants.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { CONFIG_CHECK_USAGE, configCheck } from '../../../src/commands/config-check.js'
import type { ResolvedConfig } from '../../../src/config/index.js'

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/config')

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function check(argv: string[], cwd = FIXTURES): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await configCheck(argv, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  })
  return { code, stdout, stderr }
}

interface PrintedConfig {
  file: string
  packages: Record<string, Record<string, unknown>>
  jobs: Array<Record<string, unknown>>
}

/** With --all: these tests read the complete resolution, defaults included. */
async function checkOk(argv: string[], cwd = FIXTURES): Promise<{ printed: PrintedConfig; stderr: string }> {
  const run = await check(['--all', ...argv], cwd)
  expect(run.stderr).not.toContain('error')
  expect(run.code).toBe(0)
  return { printed: parseYaml(run.stdout) as PrintedConfig, stderr: run.stderr }
}

describe('packit/packit-like upstream config', () => {
  it('resolves the package and every job', async () => {
    const { printed, stderr } = await checkOk(['packit'])
    expect(stderr).toBe('')
    expect(printed.file).toBe('.packit.yaml')
    expect(printed.packages.packit).toMatchObject({
      specfile_path: 'packit.spec',
      upstream_package_name: 'packitos',
      copy_upstream_release_description: true,
      packit_instances: ['prod', 'stg'],
      allowed_gpg_keys: [
        '5DE3E0509C47EA3CF04A42D34AEE18F83AFDEB23',
        '8E6BA8C4BC3A9A7F2BBBB5D9F56BD9AC8E7E3F07',
      ],
      srpm_build_deps: ['python3-build', 'python3-setuptools_scm'],
    })
    expect(printed.jobs.map((job) => `${job.job}/${job.trigger}`)).toEqual([
      'propose_downstream/release',
      'copr_build/pull_request',
      'tests/pull_request',
      'copr_build/commit',
      'koji_build/commit',
      'bodhi_update/commit',
    ])
    expect(printed.jobs[0]).toMatchObject({
      version_update_mask: '\\d+\\.\\d+\\.',
      dist_git_branches: ['fedora-rawhide', 'epel-9'],
      fast_forward_merge_into: { 'fedora-rawhide': ['fedora-branched'] },
    })
    // The merge key copies the copr job and its aliased targets into the commit job.
    expect(printed.jobs[3]).toMatchObject({
      branch: 'main',
      project: 'packit-dev',
      targets: ['fedora-all', 'epel-9'],
    })
    expect(printed.jobs[4]).toMatchObject({
      packit_instances: ['stg'],
      allowed_pr_authors: ['packit-stg', 'packit'],
    })
  })

  it('prints the complete configuration as JSON', async () => {
    const run = await check(['packit', '--json'])
    expect(run.code).toBe(0)
    const config = JSON.parse(run.stdout) as ResolvedConfig
    expect(config.jobs[0].config.dist_git_branches).toEqual(['fedora-rawhide', 'epel-9'])
    expect(config.jobs[0].fast_forward_merge_into).toEqual({ 'fedora-rawhide': ['fedora-branched'] })
    expect(config.packages.packit.extra.srpm_build_deps).toEqual(['python3-build', 'python3-setuptools_scm'])
  })
})

describe('packit/specfile-like monorepo with anchors', () => {
  it('resolves three packages, the centpkg-sig one on GitLab', async () => {
    const { printed, stderr } = await checkOk(['specfile'])
    expect(Object.keys(printed.packages)).toEqual([
      'python-specfile',
      'specfile-epel8',
      'specfile-centos-integration-sig',
    ])
    expect(printed.packages['specfile-epel8']).toMatchObject({
      downstream_package_name: 'python-specfile',
      specfile_path: 'epel8/python-specfile.spec',
      upstream_package_name: 'specfile',
      prerelease_suffix_macro: 'prerelease',
    })
    expect(printed.packages['specfile-centos-integration-sig']).toMatchObject({
      pkg_tool: 'centpkg-sig',
      dist_git_base_url: 'https://gitlab.com/',
      dist_git_namespace: 'CentOS/Integration/packit-cbs/rpms',
    })
    // files_to_sync comes from an anchor under "_" and is expanded to the full form.
    expect(printed.packages['python-specfile'].files_to_sync).toContainEqual({
      src: ['fedora/python-specfile.spec'],
      dest: 'python-specfile.spec',
      mkpath: false,
      delete: false,
      filters: [],
    })
    // Packit names a package without downstream_package_name after the repository (the fixture's
    // directory "specfile" here), not after its key, and never takes the top-level value.
    expect(printed.packages['python-specfile'].downstream_package_name).toBe('specfile')
    expect(stderr).toBe(
      '.packit.yaml:27:1: warning: downstream_package_name at the top level is ignored by Packit when "packages" ' +
        'is used: package "python-specfile" is named "specfile", after the repository; ' +
        'set downstream_package_name in each package instead\n',
    )
  })

  it('gives each job its packages and per-package overrides', async () => {
    const { printed } = await checkOk(['specfile'])
    const summary = printed.jobs.map((job) => [job.job, job.package, job.dist_git_branches ?? null])
    expect(summary).toEqual([
      ['copr_build', 'python-specfile', null],
      ['copr_build', 'specfile-epel8', null],
      ['tests', 'python-specfile', null],
      ['propose_downstream', 'python-specfile', ['fedora-all']],
      ['propose_downstream', 'specfile-epel8', ['epel-8']],
      ['propose_downstream', 'specfile-centos-integration-sig', ['c9-sig-integration']],
      ['koji_build', 'python-specfile', ['fedora-all']],
      ['bodhi_update', 'python-specfile', ['fedora-branched']],
    ])
    expect(printed.jobs[1].targets).toEqual(['epel-8'])
  })
})

describe('dracut-like source-git repository', () => {
  it('prefers .distro/source-git.yaml over the upstream .packit.yml and says so', async () => {
    const run = await check(['dracut-fedora'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      '.distro/source-git.yaml: warning: found several configuration files (.distro/source-git.yaml, .packit.yml); ' +
        'using .distro/source-git.yaml; pass --config <file> to pick another one\n',
    )
    const printed = parseYaml(run.stdout) as PrintedConfig
    expect(printed.file).toBe('.distro/source-git.yaml')
    expect(printed.packages.dracut).toMatchObject({
      specfile_path: '.distro/dracut.spec',
      upstream_ref: '3d4e7c1f2a9b8c6d5e4f3a2b1c0d9e8f7a6b5c4d',
      patch_generation_patch_id_digits: 1,
      sync_changelog: true,
      patch_generation_ignore_paths: ['.distro/', '.packit.yml', '.github/', '.editorconfig', 'test/'],
      sources: [
        {
          path: 'dracut-ng-107.tar.gz',
          url: 'https://github.com/dracut-ng/dracut-ng/archive/refs/tags/107.tar.gz',
        },
      ],
    })
    expect(printed.packages.dracut.files_to_sync).toEqual([
      {
        src: ['.distro/'],
        dest: '.',
        mkpath: false,
        delete: true,
        filters: [
          'protect .git*',
          'protect sources',
          'protect .fmf*',
          'protect gating.yaml',
          'protect plans.fmf',
          'exclude source-git.yaml',
          'exclude .gitignore',
          'exclude *.sh',
        ],
      },
    ])
    // The short form: the jobs srcgit runs, the Packit service's listed as not run by srcgit.
    expect(printed.jobs.map((job) => [job.job, job.srcgit])).toEqual([
      ['propose_downstream', expect.stringMatching(/^propose-downstream \(releases/)],
    ])
    expect((printed as unknown as Record<string, unknown>)['not run by srcgit']).toEqual([
      'jobs[0] upstream_koji_build (trigger pull_request)',
      'jobs[1] copr_build (trigger pull_request)',
      'jobs[2] tests (trigger pull_request)',
    ])
    // Only what the file sets (and the names srcgit needs), not Packit-service defaults.
    expect(Object.keys(printed.packages.dracut)).not.toContain('allowed_pr_authors')
    expect(Object.keys(printed.packages.dracut)).not.toContain('notifications')
    expect(run.stdout.split('\n').length).toBeLessThan(70)
    const all = await check(['dracut-fedora', '--all'])
    const everything = parseYaml(all.stdout) as PrintedConfig
    expect(everything.jobs.map((job) => job.job)).toEqual([
      'upstream_koji_build',
      'copr_build',
      'tests',
      'propose_downstream',
    ])
    expect(Object.keys(everything.packages.dracut)).toContain('allowed_pr_authors')
  })

  it('names a specfile_path that is not in the repository, at its key', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcgit-config-spec-'))
    fs.mkdirSync(path.join(dir, '.distro'))
    fs.writeFileSync(
      path.join(dir, '.distro/source-git.yaml'),
      'upstream_package_name: hello\ndownstream_package_name: hello\nspecfile_path: .distro/helo.spec\n',
    )
    fs.writeFileSync(path.join(dir, '.distro/hello.spec'), 'Name: hello\n')
    const run = await check([dir])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `.distro/source-git.yaml:3:1: error: specfile_path ".distro/helo.spec" is not in the repository (${dir}/.distro/helo.spec does not exist); fix the path, or add the spec file to the repository`,
    )
    expect(run.stdout).toBe('')
  })

  it('can check the upstream config instead with --config', async () => {
    const { printed } = await checkOk(['dracut-fedora', '--config', 'dracut-fedora/.packit.yml'])
    expect(printed.file).toBe('.packit.yml')
    expect(printed.packages.dracut.specfile_path).toBe('pkgbuild/dracut.spec')
  })

  it('accepts the config file itself as PATH', async () => {
    const { printed, stderr } = await checkOk(['dracut-fedora/.distro/source-git.yaml'])
    expect(stderr).toBe('')
    expect(printed.file).toBe('.distro/source-git.yaml')
    expect(Object.keys(printed.packages)).toEqual(['dracut'])
  })
})

describe('authselect-like source-git config without jobs', () => {
  it('gets the default jobs and keeps the CentOS lookaside URL', async () => {
    const { printed } = await checkOk(['authselect', '--config=authselect/.distro/source-git.yaml'])
    expect(printed.packages.authselect).toMatchObject({
      upstream_ref: '1.2.6',
      specfile_path: '.distro/authselect.spec',
      upstream_project_url: 'https://github.com/authselect/authselect.git',
    })
    expect((printed.packages.authselect.sources as Array<{ url: string }>)[0].url).toMatch(
      /^https:\/\/sources\.stream\.centos\.org\/sources\/rpms\/authselect\//,
    )
    expect(printed.jobs).toEqual([
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'authselect',
        default_job: true,
        targets: ['fedora-stable'],
      },
      {
        job: 'tests',
        trigger: 'pull_request',
        package: 'authselect',
        default_job: true,
        targets: ['fedora-stable'],
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'authselect',
        default_job: true,
        dist_git_branches: ['fedora-all'],
      },
    ])
  })

  it('works from inside the repository with the default PATH', async () => {
    const { printed } = await checkOk([], path.join(FIXTURES, 'authselect'))
    expect(printed.file).toBe('.distro/source-git.yaml')
  })
})

describe('broken configurations', () => {
  it('print every error with its position and source line, then a summary', async () => {
    const run = await check(['broken-packit'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    const headlines = run.stderr.split('\n').filter((line) => /^\.packit\.yaml:\d+:\d+: /.test(line))
    expect(headlines).toEqual([
      '.packit.yaml:3:1: error: key "synced_files" at the top level was removed in Packit 1.0; rename it to "files_to_sync"',
      // Packit's schema does not check these two; a job that maps tags to versions fails later.
      '.packit.yaml:7:24: warning: upstream_tag_template: "v{ver}" does not contain "{version}"; ' +
        'jobs that map tags to versions will fail',
      // marshmallow's Boolean reads the string "yes" as true.
      '.packit.yaml:8:17: warning: sync_changelog: the string "yes" is read as true, as Packit reads it; write true',
      '.packit.yaml:11:10: error: jobs[0].job: unknown job type "propose-downstream"; did you mean "propose_downstream"?',
      '.packit.yaml:13:5: error: unknown key "dist_git_branchs" in jobs[0]; did you mean "dist_git_branches"?',
      '.packit.yaml:15:29: error: jobs[1].trigger: unknown trigger "comit"; did you mean "commit"?',
      '.packit.yaml:19:27: warning: jobs[2].upstream_tag_include: "^(v[0-9]+" is not a regular expression ' +
        'srcgit can use: Unterminated group; jobs that need it will fail',
    ])
    expect(run.stderr).toContain(['   13 |     dist_git_branchs: [fedora-all]', '      |     ^'].join('\n'))
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('4 errors and 3 warnings in .packit.yaml')
  })

  it('report YAML syntax errors', async () => {
    const run = await check(['broken-source-git'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\.distro\/source-git\.yaml:5:1: error: YAML syntax error: /)
    expect(run.stderr).toContain('    5 | sync_changelog: true\n      | ^\n')
    expect(run.stderr.trimEnd().endsWith('1 error in .distro/source-git.yaml')).toBe(true)
  })
})

describe('command line', () => {
  let empty: string | undefined

  afterEach(() => {
    if (empty) fs.rmSync(empty, { recursive: true, force: true })
    empty = undefined
  })

  it('prints usage for --help', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await check([flag])
      expect(run).toEqual({ code: 0, stdout: CONFIG_CHECK_USAGE, stderr: '' })
    }
    expect(CONFIG_CHECK_USAGE).toContain('srcgit config check [PATH] [--config FILE] [--all] [--json]')
  })

  it.each([
    [['--verbose'], 'unknown option --verbose'],
    [['packit', 'specfile'], 'unexpected argument "specfile": only one PATH may be given'],
    [['--config'], 'option --config needs a file name'],
    [['--config='], 'option --config needs a file name'],
    [
      ['packit/.packit.yaml', '--config', 'x.yaml'],
      'give either a configuration file as PATH or --config, not both',
    ],
  ])('rejects %j with status 2', async (argv, message) => {
    const run = await check(argv)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(`srcgit config check: ${message}`)
  })

  it('fails for a missing PATH', async () => {
    const run = await check(['no-such-repo'])
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'srcgit config check: no-such-repo does not exist\n' })
  })

  it('explains what to add to a repository without configuration', async () => {
    empty = fs.mkdtempSync(path.join(os.tmpdir(), 'srcgit-check-'))
    const run = await check([], empty)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`no configuration file found in ${empty}`)
    expect(run.stderr).toContain(
      'add .distro/source-git.yaml (or .packit.yaml) to the repository, or pass --config <file>',
    )
    expect(run.stderr).toContain(`1 error in ${empty}`)
  })

  it('fails for a missing --config file', async () => {
    const run = await check(['packit', '--config', 'packit/nope.yaml'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('nope.yaml: error: config file nope.yaml does not exist')
  })

  it('lets unexpected errors through', async () => {
    const unreadable = {
      cwd: FIXTURES,
      stdout: () => {
        throw new Error('stdout closed')
      },
      stderr: () => undefined,
    }
    await expect(configCheck(['packit'], unreadable)).rejects.toThrow('stdout closed')
  })
})

describe('credentials in URLs of the configuration', () => {
  it('are printed neither in the resolved configuration nor in an error report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcgit-config-url-'))
    const url = 'https://packit:glpat-SECRETSECRET@gitlab.com/redhat/hello'
    fs.writeFileSync(
      path.join(dir, '.packit.yaml'),
      `downstream_package_name: hello\nupstream_project_url: ${url}\n`,
    )
    fs.writeFileSync(path.join(dir, 'hello.spec'), 'Name: hello\n')
    for (const argv of [[dir], [dir, '--json']]) {
      const run = await check(argv)
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('https://gitlab.com/redhat/hello')
      expect(run.stdout + run.stderr).not.toContain('SECRETSECRET')
    }
    fs.writeFileSync(path.join(dir, '.packit.yaml'), `upstream_project_url: ${url}\nsynced_files: [x]\n`)
    const bad = await check([dir])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('synced_files')
    expect(bad.stdout + bad.stderr).not.toContain('SECRETSECRET')
  })
})
