/**
 * Every key Packit accepts: accepted at the top level, in a package and in a job; type-checked with
 * the error at the value's position; resolved with the right default.
 */
import { describe, expect, it } from '@jest/globals'
import { PACKAGE_KEYS } from '../../../src/config/index.js'
import { JOB_ONLY_KEYS } from '../../../src/config/schema.js'
import { errorsOf, lines, parse, resolve, singleError } from './helpers.js'

interface KeySample {
  /** A valid value (written as JSON, which is YAML flow syntax). */
  valid: unknown
  /** A value of the wrong type, as YAML text. */
  invalid: string
  /** The `expected` part of the diagnostic for `invalid`. */
  expected: string
  /** The resolved PackageConfig value for `valid`; absent for keys passed through in `extra`. */
  resolved?: unknown
}

const STRING = 'a string'
const BOOLEAN = 'a boolean (true or false)'
const STRING_LIST = 'a list of strings'
const MAPPING = 'a mapping'

const SAMPLES: Record<string, KeySample> = {
  specfile_path: {
    valid: 'fedora/demo.spec',
    invalid: '[a]',
    expected: STRING,
    resolved: 'fedora/demo.spec',
  },
  downstream_package_name: { valid: 'demo-pkg', invalid: '{a: 1}', expected: STRING, resolved: 'demo-pkg' },
  upstream_package_name: { valid: 'demo-up', invalid: '42', expected: STRING, resolved: 'demo-up' },
  upstream_project_url: {
    valid: 'https://github.com/o/demo',
    invalid: 'true',
    expected: STRING,
    resolved: 'https://github.com/o/demo',
  },
  paths: { valid: ['./sub'], invalid: '"./sub"', expected: STRING_LIST, resolved: ['./sub'] },
  config_file_path: { valid: 'other.yaml', invalid: '[x]', expected: STRING, resolved: 'other.yaml' },
  upstream_ref: { valid: 'v1.0', invalid: '1.0', expected: STRING, resolved: 'v1.0' },
  upstream_tag_template: { valid: 'v{version}', invalid: 'null', expected: STRING, resolved: 'v{version}' },
  upstream_tag_include: { valid: '^v\\d', invalid: '[]', expected: STRING, resolved: '^v\\d' },
  upstream_tag_exclude: { valid: 'rc', invalid: '{}', expected: STRING, resolved: 'rc' },
  version_update_mask: { valid: '^\\d+\\.', invalid: '5', expected: STRING, resolved: '^\\d+\\.' },
  version_update_specifiers: { valid: '>=2,<3', invalid: '2', expected: STRING, resolved: '>=2,<3' },
  prerelease_suffix_pattern: { valid: 'rc\\d+', invalid: '[rc]', expected: STRING, resolved: 'rc\\d+' },
  prerelease_suffix_macro: { valid: 'prerelease', invalid: 'true', expected: STRING, resolved: 'prerelease' },
  archive_root_dir_template: {
    valid: 'src-{version}',
    invalid: 'null',
    expected: STRING,
    resolved: 'src-{version}',
  },
  files_to_sync: {
    valid: ['demo.spec'],
    invalid: '"demo.spec"',
    expected: 'a list of paths or {src, dest} mappings',
    resolved: [{ src: ['demo.spec'], dest: 'demo.spec', mkpath: false, delete: false, filters: [] }],
  },
  sync_changelog: { valid: true, invalid: 'maybe', expected: BOOLEAN, resolved: true },
  copy_upstream_release_description: { valid: true, invalid: '"maybe"', expected: BOOLEAN, resolved: true },
  create_sync_note: { valid: false, invalid: '2', expected: BOOLEAN, resolved: false },
  create_pr: { valid: false, invalid: 'nope', expected: BOOLEAN, resolved: false },
  upload_sources: { valid: false, invalid: '[]', expected: BOOLEAN, resolved: false },
  pkg_tool: { valid: 'centpkg', invalid: '[fedpkg]', expected: STRING, resolved: 'centpkg' },
  sig: { valid: 'cloud', invalid: '[]', expected: STRING, resolved: 'cloud' },
  dist_git_base_url: {
    valid: 'https://src.stg.fedoraproject.org/',
    invalid: '1',
    expected: STRING,
    resolved: 'https://src.stg.fedoraproject.org/',
  },
  // Packit uses dist_git_namespace only together with dist_git_base_url (see resolve.test.ts).
  dist_git_namespace: { valid: 'forks', invalid: '[]', expected: STRING, resolved: 'rpms' },
  lookaside_cache_url: {
    valid: 'https://example.org/repo/pkgs',
    invalid: '{}',
    expected: STRING,
    resolved: 'https://example.org/repo/pkgs',
  },
  dist_git_forge: {
    valid: 'forgejo',
    invalid: '[pagure]',
    expected: 'one of: auto, pagure, forgejo',
    resolved: 'forgejo',
  },
  dist_git_branches: {
    valid: ['fedora-all'],
    invalid: '1',
    expected: 'a list of strings or a mapping of branch to options',
    resolved: ['fedora-all'],
  },
  sources: {
    valid: [{ path: 'a.tar.gz', url: 'https://example.org/a.tar.gz' }],
    invalid: '"a.tar.gz"',
    expected: 'a list of {path, url} mappings',
    resolved: [{ path: 'a.tar.gz', url: 'https://example.org/a.tar.gz' }],
  },
  spec_source_id: { valid: 1, invalid: '[1]', expected: 'an integer or a string', resolved: 'Source1' },
  actions: {
    valid: { 'post-upstream-clone': 'make spec' },
    invalid: '"make"',
    expected: 'a mapping of action names to a command or a list of commands',
    resolved: { 'post-upstream-clone': ['make spec'] },
  },
  allowed_gpg_keys: { valid: ['ABCD'], invalid: '"ABCD"', expected: STRING_LIST, resolved: ['ABCD'] },
  parse_time_macros: {
    valid: { cargo_prep: null, with_docs: 1 },
    invalid: '[x]',
    expected: 'a mapping of names to strings, numbers, booleans or null',
    resolved: { cargo_prep: null, with_docs: '1' },
  },
  patch_generation_ignore_paths: {
    valid: ['.distro'],
    invalid: '.distro',
    expected: STRING_LIST,
    resolved: ['.distro'],
  },
  patch_generation_patch_id_digits: { valid: 1, invalid: '-1', expected: 'an integer ≥ 0', resolved: 1 },
  allowed_pr_authors: {
    valid: ['packit', '@sig'],
    invalid: 'packit',
    expected: STRING_LIST,
    resolved: ['packit', '@sig'],
  },
  allowed_committers: { valid: ['me'], invalid: 'me', expected: STRING_LIST, resolved: ['me'] },
  allowed_builders: { valid: ['all_admins'], invalid: '{}', expected: STRING_LIST, resolved: ['all_admins'] },
  scratch: { valid: true, invalid: '"nope"', expected: BOOLEAN, resolved: true },
  bodhi_extra_params: {
    valid: { stable_days: 7 },
    invalid: '[]',
    expected: MAPPING,
    resolved: { stable_days: 7 },
  },
  issue_repository: {
    valid: 'https://github.com/o/issues',
    invalid: '[]',
    expected: STRING,
    resolved: 'https://github.com/o/issues',
  },
  notifications: {
    valid: { failure_issue: { create: false } },
    invalid: '[]',
    expected: MAPPING,
    resolved: {
      pull_request: { successful_build: false },
      failure_comment: { message: null },
      failure_issue: { create: false },
    },
  },
  require: {
    valid: { label: { present: ['bug'] } },
    invalid: '"bug"',
    expected: MAPPING,
    resolved: { label: { present: ['bug'], absent: [] } },
  },
  packit_instances: {
    valid: ['stg'],
    invalid: '"stg"',
    expected: 'a list of: prod, stg, dev',
    resolved: ['stg'],
  },
  identifier: { valid: 'fedora', invalid: '[]', expected: STRING, resolved: 'fedora' },
  status_name_template: { valid: 'ci/{job_name}', invalid: '{}', expected: STRING },
  srpm_build_deps: { valid: ['make'], invalid: 'make', expected: STRING_LIST },
  merge_pr_in_ci: { valid: false, invalid: 'offline', expected: BOOLEAN },
  update_release: { valid: false, invalid: '2', expected: BOOLEAN },
  release_suffix: { valid: '0.{PACKIT_PROJECT_BRANCH}', invalid: '{}', expected: STRING },
  version_suffix: { valid: '^git{PACKIT_PROJECT_COMMIT}', invalid: '[]', expected: STRING },
  preserve_spec: { valid: true, invalid: '"why"', expected: BOOLEAN },
  targets: {
    valid: ['fedora-all'],
    invalid: '1',
    expected: 'a list of strings or a mapping of target to options',
  },
  timeout: { valid: 3600, invalid: '"1h"', expected: 'an integer' },
  owner: { valid: '@packit', invalid: '[]', expected: STRING },
  project: { valid: 'demo-dev', invalid: '[]', expected: STRING },
  branch: { valid: 'main', invalid: '[]', expected: STRING },
  list_on_homepage: { valid: true, invalid: 'x', expected: BOOLEAN },
  preserve_project: { valid: true, invalid: 'x', expected: BOOLEAN },
  additional_packages: { valid: ['gcc'], invalid: 'gcc', expected: STRING_LIST },
  additional_repos: { valid: ['https://example.org/repo'], invalid: '{}', expected: STRING_LIST },
  bootstrap: { valid: 'image', invalid: '[]', expected: 'one of: default, on, off, image' },
  enable_net: { valid: true, invalid: 'x', expected: BOOLEAN },
  module_hotfixes: { valid: true, invalid: 'x', expected: BOOLEAN },
  osh_diff_scan_after_copr_build: { valid: false, invalid: 'x', expected: BOOLEAN },
  csmock_args: { valid: '--cppcheck-add-flag=--enable=style', invalid: '[]', expected: STRING },
  osh_options: { valid: { analyzer: 'gcc', profile: 'dev' }, invalid: '"gcc"', expected: MAPPING },
  fmf_url: { valid: 'https://github.com/o/tests', invalid: '[]', expected: STRING },
  fmf_ref: { valid: 'main', invalid: '[]', expected: STRING },
  fmf_path: { valid: 'tests', invalid: '[]', expected: STRING },
  tmt_plan: { valid: '/plans/smoke', invalid: '[]', expected: STRING },
  tf_post_install_script: { valid: 'dnf -y install foo', invalid: '[]', expected: STRING },
  tf_extra_params: {
    valid: { environments: [{ tmt: { context: { a: 'b' } } }] },
    invalid: '"x"',
    expected: MAPPING,
  },
  use_internal_tf: { valid: true, invalid: 'x', expected: BOOLEAN },
  use_target_repo_for_fmf_url: { valid: true, invalid: 'x', expected: BOOLEAN },
  env: { valid: { FOO: 'bar', N: 1 }, invalid: '[]', expected: 'a mapping of names to values' },
  sync_test_job_statuses_with_builds: { valid: false, invalid: 'x', expected: BOOLEAN },
  test_command: { valid: { default_labels: ['regression'] }, invalid: '[]', expected: MAPPING },
  image_distribution: { valid: 'fedora-40', invalid: '[]', expected: STRING },
  image_request: { valid: { architecture: 'x86_64', image_type: 'aws' }, invalid: 'x', expected: MAPPING },
  image_customizations: { valid: { packages: ['demo'] }, invalid: 'x', expected: MAPPING },
  copr_chroot: { valid: 'fedora-40-x86_64', invalid: '[]', expected: STRING },
  clone_repos_before_run_condition: { valid: true, invalid: '"sometimes"', expected: BOOLEAN },
  skip_missing_branched_composes: { valid: true, invalid: '[]', expected: BOOLEAN },
}

/** Keys the reference (packit-behavior.md §1.3) lists; all must be accepted. */
const REFERENCE_KEYS = [
  'specfile_path',
  'downstream_package_name',
  'upstream_package_name',
  'upstream_project_url',
  'paths',
  'upstream_tag_template',
  'upstream_tag_include',
  'upstream_tag_exclude',
  'version_update_mask',
  'version_update_specifiers',
  'prerelease_suffix_pattern',
  'prerelease_suffix_macro',
  'files_to_sync',
  'sync_changelog',
  'copy_upstream_release_description',
  'create_sync_note',
  'create_pr',
  'upload_sources',
  'pkg_tool',
  'sig',
  'dist_git_base_url',
  'dist_git_namespace',
  'dist_git_branches',
  'upstream_ref',
  'patch_generation_ignore_paths',
  'patch_generation_patch_id_digits',
  'sources',
  'spec_source_id',
  'archive_root_dir_template',
  'actions',
  'allowed_gpg_keys',
  'issue_repository',
  'notifications',
  'packit_instances',
  'parse_time_macros',
  'update_release',
  'release_suffix',
  'version_suffix',
  'preserve_spec',
  'merge_pr_in_ci',
  'srpm_build_deps',
  'allowed_pr_authors',
  'allowed_committers',
  'allowed_builders',
  'scratch',
  'sidetag_group',
  'dependents',
  'dependencies',
  'bodhi_extra_params',
  'require',
  'manual_trigger',
  'labels',
  'identifier',
]

const KEYS = Object.keys(SAMPLES)
const yamlValue = (value: unknown): string => JSON.stringify(value)

describe('key table', () => {
  it('has a sample for every key of the schema', () => {
    expect(KEYS.sort()).toEqual(Object.keys(PACKAGE_KEYS).sort())
  })

  it('accepts every key listed in the reference', () => {
    const accepted = new Set([...Object.keys(PACKAGE_KEYS), ...Object.keys(JOB_ONLY_KEYS)])
    expect(REFERENCE_KEYS.filter((key) => !accepted.has(key))).toEqual([])
  })
})

describe.each(KEYS)('%s', (key) => {
  const sample = SAMPLES[key]

  it('is accepted at the top level', () => {
    const config = resolve(lines(`${key}: ${yamlValue(sample.valid)}`))
    const name = key === 'downstream_package_name' ? String(sample.valid) : 'demo'
    const pkg = config.packages[name] as unknown as Record<string, unknown>
    if (sample.resolved !== undefined) expect(pkg[key]).toEqual(sample.resolved)
    else expect(config.packages[name].extra[key]).toEqual(sample.valid)
  })

  it('is accepted inside packages.<name>', () => {
    const config = resolve(lines('packages:', '  pkg:', `    ${key}: ${yamlValue(sample.valid)}`))
    const pkg = config.packages.pkg as unknown as Record<string, unknown>
    if (sample.resolved !== undefined) expect(pkg[key]).toEqual(sample.resolved)
    else expect(config.packages.pkg.extra[key]).toEqual(sample.valid)
  })

  it('is accepted in a job and overrides the package there', () => {
    const config = resolve(
      lines(
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        `    ${key}: ${yamlValue(sample.valid)}`,
      ),
    )
    expect(config.jobs).toHaveLength(1)
    const job = config.jobs[0].config as unknown as Record<string, unknown>
    if (sample.resolved !== undefined) expect(job[key]).toEqual(sample.resolved)
    else expect(config.jobs[0].config.extra[key]).toEqual(sample.valid)
  })

  it('rejects a value of the wrong type at the value position', () => {
    const error = singleError(
      lines('jobs:', '  - job: propose_downstream', '    trigger: release', `    ${key}: ${sample.invalid}`),
    )
    expect(error).toMatchObject({
      severity: 'error',
      code: 'wrong-type',
      file: '.packit.yaml',
      line: 4,
      column: key.length + 7,
      path: `jobs[0].${key}`,
      expected: sample.expected,
    })
    expect(error.message).toMatch(new RegExp(`^jobs\\[0\\]\\.${key}: expected .+, got .+`))
  })
})

describe('defaults', () => {
  it('gives every typed key its Packit default', () => {
    const { extra, ...typed } = resolve('').packages.demo
    expect(extra).toEqual({})
    expect(typed).toEqual({
      specfile_path: null,
      downstream_package_name: 'demo',
      upstream_package_name: 'demo',
      upstream_project_url: null,
      paths: ['./'],
      config_file_path: '.packit.yaml',
      upstream_ref: null,
      upstream_tag_template: '{version}',
      upstream_tag_include: '',
      upstream_tag_exclude: '',
      version_update_mask: null,
      version_update_specifiers: null,
      prerelease_suffix_pattern: '([.\\-_~^]?)(alpha|beta|rc|pre(view)?)([.\\-_]?\\d+)?',
      prerelease_suffix_macro: null,
      archive_root_dir_template: '{upstream_pkg_name}-{version}',
      files_to_sync: [],
      sync_changelog: false,
      copy_upstream_release_description: false,
      create_sync_note: true,
      create_pr: true,
      upload_sources: true,
      pkg_tool: 'fedpkg',
      sig: null,
      dist_git_base_url: 'https://src.fedoraproject.org/',
      dist_git_namespace: 'rpms',
      lookaside_cache_url: 'https://src.fedoraproject.org/repo/pkgs',
      dist_git_forge: 'auto',
      dist_git_branches: [],
      fast_forward_merge_into: {},
      patch_generation_ignore_paths: [],
      patch_generation_patch_id_digits: 4,
      sources: [],
      spec_source_id: 'Source0',
      actions: {},
      allowed_gpg_keys: null,
      parse_time_macros: {},
      allowed_pr_authors: ['packit'],
      allowed_committers: [],
      allowed_builders: ['packit'],
      scratch: false,
      bodhi_extra_params: {},
      issue_repository: null,
      notifications: {
        pull_request: { successful_build: false },
        failure_comment: { message: null },
        failure_issue: { create: true },
      },
      require: { label: { present: [], absent: [] } },
      packit_instances: ['prod'],
      identifier: null,
    })
  })

  it('gives jobs the same defaults, plus the job-only ones', () => {
    const config = resolve(lines('jobs:', '  - job: koji_build', '    trigger: commit'))
    const [job] = config.jobs
    expect({ ...job.config, dist_git_branches: [] }).toEqual(config.packages.demo)
    expect(job).toMatchObject({
      manual_trigger: false,
      labels: [],
      skip_build: false,
      identifier: null,
      sidetag_group: null,
      dependents: [],
      dependencies: [],
    })
  })

  it('accepts null for keys that may be unset and then uses the default', () => {
    const config = resolve(lines('specfile_path:', 'sources: ~', 'allowed_pr_authors: null'))
    expect(config.packages.demo.sources).toEqual([])
    expect(config.packages.demo.allowed_pr_authors).toEqual(['packit'])
  })

  it('accepts an integer written as a string, as Packit does', () => {
    const config = resolve(lines('patch_generation_patch_id_digits: "2"'))
    expect(config.packages.demo.patch_generation_patch_id_digits).toBe(2)
  })

  it('rejects null for a boolean', () => {
    expect(singleError(lines('sync_changelog: null'))).toMatchObject({
      code: 'wrong-type',
      line: 1,
      column: 17,
    })
  })
})

describe('job-only keys', () => {
  it('are accepted in jobs and kept on the job', () => {
    const config = resolve(
      lines(
        'jobs:',
        '  - job: koji_build',
        '    trigger: commit | koji_build',
        '    manual_trigger: true',
        '    labels: [regression]',
        '    skip_build: true',
        '    sidetag_group: demo-updates',
        '    dependents: [other]',
        '    dependencies: [base]',
        '    identifier: main',
      ),
    )
    expect(config.jobs.map((job) => job.trigger)).toEqual(['commit', 'koji_build'])
    expect(config.jobs[0]).toMatchObject({
      manual_trigger: true,
      labels: ['regression'],
      skip_build: true,
      sidetag_group: 'demo-updates',
      dependents: ['other'],
      dependencies: ['base'],
      identifier: 'main',
    })
  })

  it('are rejected at the top level with a hint', () => {
    const error = singleError(lines('trigger: release'))
    expect(error).toMatchObject({ code: 'unknown-key', line: 1, column: 1 })
    expect(error.suggestion).toBe('"trigger" is only valid directly inside an entry of "jobs"')
  })

  it('are type-checked', () => {
    const errors = errorsOf(
      parse(
        lines(
          'jobs:',
          '  - job: tests',
          '    trigger: commit',
          '    labels: regression',
          '    manual_trigger: 2',
        ),
      ),
    )
    expect(errors.map((d) => [d.path, d.line, d.column, d.expected])).toEqual([
      ['jobs[0].labels', 4, 13, 'a list of strings'],
      ['jobs[0].manual_trigger', 5, 21, 'a boolean (true or false)'],
    ])
    expect(errors[0].suggestion).toBe('write it as a list: ["regression"]')
  })
})
