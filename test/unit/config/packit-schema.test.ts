/**
 * srcgit's schema against Packit 1.16.2's (packit/schema.py with marshmallow 3): one test per gap
 * that was closed. Each expectation was checked by loading the same YAML with Packit's own
 * PackageConfig.get_from_dict (marshmallow 3.23) next to srcgit's parseConfigText.
 */
import { describe, expect, it } from '@jest/globals'
import { errorsOf, lines, parse, resolve, singleError, warningsOf, where } from './helpers.js'

const single = (...rows: string[]) =>
  lines('downstream_package_name: demo', 'specfile_path: demo.spec', ...rows)
const job = (...rows: string[]) =>
  single('jobs:', '  - job: propose_downstream', '    trigger: release', ...rows)
const codes = (text: string) => parse(text).diagnostics.map((d) => `${d.severity}:${d.code}`)

describe('keys Packit accepts and srcgit refused', () => {
  it.each(['clone_repos_before_run_condition', 'skip_missing_branched_composes'])(
    '%s is a boolean at every level',
    (key) => {
      const config = resolve(
        single(`${key}: true`, 'jobs:', '  - job: tests', '    trigger: pull_request', `    ${key}: false`),
      )
      expect(config.packages.demo.extra[key]).toBe(true)
      expect(config.jobs[0].config.extra[key]).toBe(false)
      expect(singleError(single(`${key}: sometimes`))).toMatchObject({ code: 'wrong-type', line: 3 })
      expect(singleError(single(`${key}: null`))).toMatchObject({ code: 'wrong-type', line: 3 })
    },
  )

  it('bootstrap is accepted inside the deprecated metadata', () => {
    const config = resolve(job('    metadata:', '      bootstrap: image'))
    expect(config.jobs[0].config.extra.bootstrap).toBe('image')
  })

  it('booleans take marshmallow spellings: 1/0, "yes", "off", "t", ... (with a warning)', () => {
    const result = parse(
      single(
        'create_pr: "no"',
        'sync_changelog: 1',
        'enable_net: "on"',
        'files_to_sync: [{src: a, dest: b, delete: "y"}]',
      ),
    )
    expect(errorsOf(result)).toEqual([])
    expect(result.config?.packages.demo).toMatchObject({ create_pr: false, sync_changelog: true })
    expect(result.config?.packages.demo.extra.enable_net).toBe(true)
    expect(result.config?.packages.demo.files_to_sync[0].delete).toBe(true)
    expect(warningsOf(result).map((d) => d.code)).toEqual(Array(4).fill('coerced-value'))
  })

  it('integers take floats (truncated) and integer strings, as Python int() does; timeout may be negative', () => {
    const config = resolve(single('patch_generation_patch_id_digits: " 2 "', 'timeout: -1'))
    expect(config.packages.demo.patch_generation_patch_id_digits).toBe(2)
    expect(config.packages.demo.extra.timeout).toBe(-1)
    expect(resolve(single('timeout: 7.9')).packages.demo.extra.timeout).toBe(7)
  })

  it('spec_source_id takes anything int() reads, floats included', () => {
    expect(resolve(single('spec_source_id: " 3"')).packages.demo.spec_source_id).toBe('Source3')
    expect(resolve(single('spec_source_id: 1.9')).packages.demo.spec_source_id).toBe('Source1')
    expect(resolve(single('spec_source_id: Source2')).packages.demo.spec_source_id).toBe('Source2')
  })

  it('pkg_tool is a string: an unknown tool is fine with dist_git_base_url', () => {
    const config = resolve(single('pkg_tool: rhpkg', 'dist_git_base_url: https://pkgs.example.com/'))
    expect(config.packages.demo).toMatchObject({
      pkg_tool: 'rhpkg',
      dist_git_base_url: 'https://pkgs.example.com/',
    })
    expect(resolve(single('pkg_tool: ""')).packages.demo.pkg_tool).toBe('fedpkg')
  })

  it('env values may be anything (only the names must be strings)', () => {
    expect(resolve(single('env: {A: [1, 2], B: {c: d}}')).packages.demo.extra.env).toEqual({
      A: [1, 2],
      B: { c: 'd' },
    })
  })

  it('an empty metadata (any false-like value) is dropped', () => {
    expect(errorsOf(parse(job('    metadata: []')))).toEqual([])
  })

  it('a job with targets next to metadata.targets is accepted; metadata wins', () => {
    const config = resolve(job('    targets: [epel-9]', '    metadata:', '      targets: [fedora-all]'))
    expect(config.jobs[0].config.extra.targets).toEqual(['fedora-all'])
  })

  it('packages: [] / {} / false in a job select every package', () => {
    const monorepo = (selection: string) =>
      resolve(
        lines(
          'packages:',
          '  a: {specfile_path: a.spec}',
          '  b: {specfile_path: b.spec}',
          'jobs:',
          '  - job: tests',
          '    trigger: commit',
          `    packages: ${selection}`,
        ),
      ).jobs.map((j) => j.package_name)
    expect(monorepo('[]')).toEqual(['a', 'b'])
    expect(monorepo('{}')).toEqual(['a', 'b'])
    expect(monorepo('false')).toEqual(['a', 'b'])
  })

  it('a key written twice keeps its last value, as PyYAML does', () => {
    const result = parse(single('create_pr: true', 'create_pr: false'))
    expect(result.config?.packages.demo.create_pr).toBe(false)
    expect(warningsOf(result).map(where)).toEqual([{ line: 4, column: 1, code: 'duplicate-key', path: '' }])
  })

  it('plain scalars get their YAML 1.1 type, as PyYAML reads them', () => {
    const result = parse(single('upstream_ref: 1e3', 'patch_generation_patch_id_digits: 010'))
    expect(result.config?.packages.demo.upstream_ref).toBe('1e3')
    expect(result.config?.packages.demo.patch_generation_patch_id_digits).toBe(8)
    expect(warningsOf(result).map((d) => d.code)).toEqual(['yaml-1.1-value', 'yaml-1.1-value'])
    expect(warningsOf(result)[1].message).toBe('"010" is read as the number 8, as Packit (YAML 1.1) reads it')
  })
})

describe('what Packit refuses and srcgit accepted', () => {
  it.each([
    ['files_to_sync'],
    ['actions'],
    ['spec_source_id'],
    ['prerelease_suffix_pattern'],
    ['notifications'],
    ['require'],
    ['packit_instances'],
    ['osh_options'],
    ['test_command'],
  ])('%s: null', (key) => {
    expect(singleError(single(`${key}: null`))).toMatchObject({ code: 'wrong-type', line: 3, path: key })
  })

  it.each([
    ['notifications: {pull_request: null}', 'notifications.pull_request'],
    ['notifications: {failure_comment: null}', 'notifications.failure_comment'],
    ['notifications: {failure_issue: null}', 'notifications.failure_issue'],
    ['require: {label: {present: null}}', 'require.label.present'],
    ['require: {label: {absent: null}}', 'require.label.absent'],
  ])('%s', (row, path) => {
    expect(singleError(single(row))).toMatchObject({ code: 'wrong-type', path })
  })

  it('prerelease_suffix_pattern: null suggests "" to turn pre-release handling off', () => {
    expect(singleError(single('prerelease_suffix_pattern: null')).suggestion).toBe(
      'write "" to turn pre-release handling off',
    )
  })

  it('skip_build outside a job (it is a JobConfigSchema key only)', () => {
    expect(where(singleError(single('skip_build: true')))).toMatchObject({
      code: 'unknown-key',
      path: 'skip_build',
    })
    expect(
      singleError(lines('packages:', '  a:', '    skip_build: true', '    specfile_path: a.spec')),
    ).toMatchObject({ code: 'unknown-key', path: 'packages.a.skip_build' })
    expect(resolve(job('    skip_build: true')).jobs[0].skip_build).toBe(true)
  })

  it('follow_fedora_branching (in CommonPackageConfig, but not in the schema)', () => {
    expect(singleError(single('follow_fedora_branching: true'))).toMatchObject({
      code: 'unknown-key',
      line: 3,
    })
  })

  it('dist_git_url (NotProcessedField still hands it to CommonPackageConfig, which fails)', () => {
    expect(singleError(single('dist_git_url: https://src.fedoraproject.org/rpms/demo.git'))).toMatchObject({
      code: 'unknown-key',
      line: 3,
    })
  })

  it('a single string for dist_git_branches or targets outside a job (no pre-load turns it into a list there)', () => {
    expect(singleError(single('dist_git_branches: fedora-all'))).toMatchObject({
      code: 'wrong-type',
      path: 'dist_git_branches',
    })
    expect(singleError(single('targets: fedora-all'))).toMatchObject({ code: 'wrong-type', path: 'targets' })
    expect(errorsOf(parse(job('    dist_git_branches: fedora-all', '    targets: fedora-all')))).toEqual([])
    expect(errorsOf(parse(job('    metadata:', '      dist_git_branch: fedora-all')))).toEqual([])
  })

  it('unknown options and empty values in a targets or dist_git_branches mapping', () => {
    expect(singleError(single('targets: {fedora-all: {new_option: 1}}'))).toMatchObject({
      code: 'unknown-key',
    })
    expect(singleError(single('targets: {fedora-all: null}'))).toMatchObject({ code: 'wrong-type' })
    expect(singleError(single('dist_git_branches: {rawhide: null}'))).toMatchObject({ code: 'wrong-type' })
  })

  it('any JobMetadataSchema key next to a non-empty metadata, not only the same key', () => {
    expect(singleError(job('    owner: me', '    metadata:', '      timeout: 5'))).toMatchObject({
      code: 'metadata-conflict',
      path: 'jobs[0].owner',
    })
  })

  it('an empty value as per-package overrides in a job', () => {
    const error = singleError(
      lines(
        'packages:',
        '  a: {specfile_path: a.spec}',
        'jobs:',
        '  - job: tests',
        '    trigger: commit',
        '    packages:',
        '      a:',
      ),
    )
    expect(error).toMatchObject({ code: 'wrong-type', path: 'jobs[0].packages.a' })
  })

  it('"package" naming a package the job does not select', () => {
    const error = singleError(
      lines(
        'packages:',
        '  a: {specfile_path: a.spec}',
        '  b: {specfile_path: b.spec}',
        'jobs:',
        '  - job: tests',
        '    trigger: commit',
        '    packages: [a]',
        '    package: b',
      ),
    )
    expect(error).toMatchObject({ code: 'undefined-package', path: 'jobs[0].package' })
  })

  it('a trigger with spaces (unless split at "|") or an empty part', () => {
    expect(singleError(job().replace('trigger: release', 'trigger: " release"'))).toMatchObject({
      code: 'unknown-trigger',
    })
    expect(singleError(job().replace('trigger: release', 'trigger: "release |"'))).toMatchObject({
      code: 'unknown-trigger',
    })
  })

  it('a version_update_specifiers that is no PEP 440 specifier set', () => {
    const error = singleError(single('version_update_specifiers: ">=1 <2"'))
    expect(error).toMatchObject({ code: 'invalid-value', line: 3, column: 28 })
    expect(error.message).toBe('version_update_specifiers: ">=1 <2" is not a PEP 440 version specifier')
    expect(errorsOf(parse(single('version_update_specifiers: ">=1.0, <2.0, !=1.5.*"')))).toEqual([])
  })

  it('a pkg_tool Packit has no dist-git for (DISTGIT_INSTANCES[pkg_tool] fails)', () => {
    const error = singleError(single('pkg_tool: rhpkg'))
    expect(error).toMatchObject({ code: 'invalid-value', line: 3, column: 11, path: 'pkg_tool' })
    expect(error.message).toBe(
      'pkg_tool: unknown packaging tool "rhpkg"; Packit knows the dist-git of fedpkg, fedpkg-stage, centpkg, centpkg-sig',
    )
    // The same in a job that brings the tool, at the job's key.
    expect(singleError(job('    pkg_tool: rhpkg'))).toMatchObject({ line: 6, column: 15 })
  })

  it('names that are not strings where Packit wants strings (package names, env names)', () => {
    expect(singleError(lines('packages:', '  1: {specfile_path: a.spec}'))).toMatchObject({
      code: 'wrong-type',
      path: 'packages.1',
    })
    expect(singleError(single('env: {on: x}'))).toMatchObject({ code: 'wrong-type', path: 'env.on' })
  })

  it('dates, which PyYAML builds and Packit cannot serialize', () => {
    expect(singleError(single('upstream_ref: 2024-01-01'))).toMatchObject({
      code: 'yaml-1.1-value',
      line: 3,
      column: 15,
      suggestion: 'put it in quotes: "2024-01-01"',
    })
    expect(errorsOf(parse(single('upstream_ref: "2024-01-01"')))).toEqual([])
  })

  it('a file with several YAML documents', () => {
    expect(codes(lines('a: 1', '---', 'b: 2'))).toEqual(['error:multiple-documents'])
  })

  it('tags safe_load has no constructor for', () => {
    expect(codes(single('upstream_ref: !custom v1'))).toEqual(['error:yaml-tag'])
  })
})

describe('values Packit takes differently', () => {
  it('dist_git_namespace counts only with dist_git_base_url', () => {
    const result = parse(single('dist_git_namespace: forks'))
    expect(result.config?.packages.demo.dist_git_namespace).toBe('rpms')
    expect(warningsOf(result).map(where)).toEqual([
      { line: 3, column: 1, code: 'ignored-key', path: 'dist_git_namespace' },
    ])
    expect(
      resolve(single('dist_git_base_url: https://pkgs.example.com/', 'dist_git_namespace: forks')).packages
        .demo.dist_git_namespace,
    ).toBe('forks')
  })

  it('fast_forward_merge_into acts only on a list', () => {
    const config = resolve(
      job('    dist_git_branches:', '      rawhide:', '        fast_forward_merge_into: f41'),
    )
    expect(config.jobs[0].fast_forward_merge_into).toEqual({})
  })

  it('paths: [] is the default ["./"]', () => {
    expect(resolve(single('paths: []')).packages.demo.paths).toEqual(['./'])
  })
})
