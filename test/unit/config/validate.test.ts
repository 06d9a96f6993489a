/**
 * Every kind of diagnostic, with its exact line and column.
 */
import { describe, expect, it } from '@jest/globals'
import { formatDiagnostic } from '../../../src/config/index.js'
import { errorsOf, lines, parse, resolve, singleError, warningsOf, where } from './helpers.js'

const job = (...rows: string[]) =>
  lines('jobs:', '  - job: propose_downstream', '    trigger: release', ...rows)

describe('unknown keys', () => {
  it('are reported at the key, with a suggestion, at the top level', () => {
    const error = singleError(lines('downstream_package_name: demo', 'specfile_pth: demo.spec'))
    expect(where(error)).toEqual({ line: 2, column: 1, code: 'unknown-key', path: 'specfile_pth' })
    expect(error.message).toBe('unknown key "specfile_pth" at the top level')
    expect(error.suggestion).toBe('did you mean "specfile_path"?')
    expect(error.expected).toBe('a key Packit accepts at this level')
  })

  it('are reported in a job', () => {
    const error = singleError(job('    dist_git_branchs: [fedora-all]'))
    expect(where(error)).toEqual({
      line: 4,
      column: 5,
      code: 'unknown-key',
      path: 'jobs[0].dist_git_branchs',
    })
    expect(error.message).toBe('unknown key "dist_git_branchs" in jobs[0]')
    expect(error.suggestion).toBe('did you mean "dist_git_branches"?')
  })

  it('are reported in a package', () => {
    const error = singleError(lines('packages:', '  foo:', '    upstream_tag_templat: v{version}'))
    expect(where(error)).toEqual({
      line: 3,
      column: 5,
      code: 'unknown-key',
      path: 'packages.foo.upstream_tag_templat',
    })
    expect(error.suggestion).toBe('did you mean "upstream_tag_template"?')
  })

  it('are reported in nested mappings and list items', () => {
    const errors = errorsOf(
      parse(
        lines(
          'notifications:',
          '  pull_request:',
          '    sucessful_build: true',
          'files_to_sync:',
          '  - src: a',
          '    dest: b',
          '    mkpth: true',
        ),
      ),
    )
    expect(errors.map(where)).toEqual([
      { line: 3, column: 5, code: 'unknown-key', path: 'notifications.pull_request.sucessful_build' },
      { line: 7, column: 5, code: 'unknown-key', path: 'files_to_sync[0].mkpth' },
    ])
    expect(errors[0].suggestion).toBe('did you mean "successful_build"?')
    expect(errors[1].suggestion).toBe('did you mean "mkpath"?')
  })

  it('get no suggestion when nothing is close', () => {
    expect(singleError(lines('completely_different: 1')).suggestion).toBeUndefined()
  })

  it('hint that top-level-only keys belong at the top level', () => {
    const error = singleError(lines('packages:', '  foo:', '    jobs: []'))
    expect(error.suggestion).toBe('"jobs" is only valid at the top level')
  })

  it('point the old metadata branch keys to dist_git_branches', () => {
    const error = singleError(job('    dist_git_branch: fedora-all'))
    expect(where(error)).toEqual({ line: 4, column: 5, code: 'unknown-key', path: 'jobs[0].dist_git_branch' })
    expect(error.suggestion).toBe(
      'it is only accepted inside the deprecated "metadata" mapping; use "dist_git_branches"',
    )
  })
})

describe('wrong types', () => {
  it('are reported at the value, with what was expected and what was found', () => {
    const error = singleError(job('    sync_changelog: "maybe"'))
    expect(where(error)).toEqual({ line: 4, column: 21, code: 'wrong-type', path: 'jobs[0].sync_changelog' })
    expect(error.message).toBe(
      'jobs[0].sync_changelog: expected a boolean (true or false), got the string "maybe"',
    )
    expect(error.expected).toBe('a boolean (true or false)')
  })

  it('accept the spellings of booleans that Packit (marshmallow) accepts, with a warning', () => {
    const result = parse(
      lines('create_pr: "off"', "sync_changelog: 'Yes'", 'upload_sources: 0', 'scratch: "t"'),
    )
    expect(errorsOf(result)).toEqual([])
    expect(result.config?.packages.demo).toMatchObject({
      create_pr: false,
      sync_changelog: true,
      upload_sources: false,
      scratch: true,
    })
    const coerced = warningsOf(result).filter((d) => d.code === 'coerced-value')
    expect(coerced.map((d) => [d.line, d.column, d.suggestion])).toEqual([
      [1, 12, 'write false'],
      [2, 17, 'write true'],
      [3, 17, 'write false'],
      [4, 10, 'write true'],
    ])
    expect(coerced[0].message).toBe('create_pr: the string "off" is read as false, as Packit reads it')
  })

  it('suggest quoting a number or boolean where a string is expected, as written', () => {
    const error = singleError(lines('upstream_ref: 1.10'))
    expect(where(error)).toEqual({ line: 1, column: 15, code: 'wrong-type', path: 'upstream_ref' })
    expect(error.message).toBe('upstream_ref: expected a string, got the number 1.10')
    expect(error.suggestion).toBe('put it in quotes: "1.10"')
    expect(singleError(lines('sig: true')).message).toBe('sig: expected a string, got the boolean true')
  })

  it('describe collections and empty values', () => {
    expect(singleError(lines('upstream_ref: [a]')).message).toContain('got a list')
    expect(singleError(lines('upstream_ref: {a: b}')).message).toContain('got a mapping')
    expect(singleError(lines('sync_changelog:')).message).toContain('got an empty value (null)')
  })

  it('shorten long strings in messages', () => {
    const error = singleError(lines(`create_pr: "${'x'.repeat(500)}"`))
    expect(error.message).toBe(
      `create_pr: expected a boolean (true or false), got the string "${'x'.repeat(79)}…"`,
    )
  })

  it('are reported for each bad item of a list', () => {
    const errors = errorsOf(parse(lines('paths:', '  - ./a', '  - 1', '  - [b]')))
    expect(errors.map(where)).toEqual([
      { line: 3, column: 5, code: 'wrong-type', path: 'paths[1]' },
      { line: 4, column: 5, code: 'wrong-type', path: 'paths[2]' },
    ])
  })

  it('read floats and integer strings as Python int() does, with a warning', () => {
    const result = parse(lines('patch_generation_patch_id_digits: 1.5', 'timeout: "60"'))
    expect(errorsOf(result)).toEqual([])
    expect(result.config?.packages.demo.patch_generation_patch_id_digits).toBe(1)
    expect(result.config?.packages.demo.extra.timeout).toBe(60)
    expect(
      warningsOf(result)
        .filter((d) => d.code === 'coerced-value')
        .map((d) => d.message),
    ).toEqual([
      'patch_generation_patch_id_digits: the number 1.5 is read as 1, as Packit reads it',
      'timeout: the string "60" is read as 60, as Packit reads it',
    ])
    expect(singleError(lines('timeout: 1.5e'))).toMatchObject({ code: 'wrong-type', expected: 'an integer' })
    expect(singleError(lines('timeout: true'))).toMatchObject({ code: 'wrong-type', expected: 'an integer' })
  })

  it('report unknown enum values with a suggestion', () => {
    const error = singleError(lines('pkg_tool: fedpk'))
    expect(where(error)).toEqual({ line: 1, column: 11, code: 'invalid-value', path: 'pkg_tool' })
    expect(error.suggestion).toBe('did you mean "fedpkg"?')
    expect(where(singleError(lines('packit_instances: [prod, stage]')))).toEqual({
      line: 1,
      column: 26,
      code: 'invalid-value',
      path: 'packit_instances[1]',
    })
  })

  it('report an unknown dist_git_forge with its position and a suggestion, at every level', () => {
    const top = singleError(lines('dist_git_forge: forgjeo'))
    expect(top).toMatchObject({
      severity: 'error',
      code: 'invalid-value',
      file: '.packit.yaml',
      line: 1,
      column: 17,
      path: 'dist_git_forge',
      message: 'dist_git_forge: unknown value "forgjeo"',
      expected: 'one of: auto, pagure, forgejo',
      suggestion: 'did you mean "forgejo"?',
    })
    expect(formatDiagnostic(top)).toBe(
      '.packit.yaml:1:17: error: dist_git_forge: unknown value "forgjeo"; did you mean "forgejo"?',
    )
    const inPackage = singleError(lines('packages:', '  demo:', '    dist_git_forge: Pagure'))
    expect(where(inPackage)).toEqual({
      line: 3,
      column: 21,
      code: 'invalid-value',
      path: 'packages.demo.dist_git_forge',
    })
    expect(inPackage.suggestion).toBe('did you mean "pagure"?')
    const job = singleError(
      lines('jobs:', '  - job: propose_downstream', '    trigger: release', '    dist_git_forge: gitea'),
    )
    expect(where(job)).toEqual({ line: 4, column: 21, code: 'invalid-value', path: 'jobs[0].dist_git_forge' })
    expect(job.suggestion).toBeUndefined()
    expect(singleError(lines('dist_git_forge: true'))).toMatchObject({
      code: 'wrong-type',
      expected: 'one of: auto, pagure, forgejo',
    })
  })

  it('report non-scalar values of spec macros', () => {
    expect(where(singleError(lines('parse_time_macros:', '  A: [1]')))).toEqual({
      line: 2,
      column: 6,
      code: 'wrong-type',
      path: 'parse_time_macros.A',
    })
  })
})

describe('the document', () => {
  it('must be a mapping', () => {
    const error = singleError(lines('- job: tests'))
    expect(where(error)).toEqual({ line: 1, column: 1, code: 'not-a-mapping', path: '' })
    expect(error.message).toBe('the configuration must be a mapping of keys to values, got a list')
  })

  it('reports YAML syntax errors at their position, and nothing else', () => {
    const result = parse(
      lines('downstream_package_name: demo', 'unknown_key: 1', 'jobs: [', '  - job: tests'),
    )
    expect(result.config).toBeUndefined()
    expect(result.diagnostics.map((d) => d.code)).toEqual(['yaml-syntax', 'yaml-syntax'])
    expect(result.diagnostics[0]).toMatchObject({ line: 4, column: 3 })
  })

  it('ignores the top-level "_" key that holds anchors', () => {
    expect(errorsOf(parse(lines('_:', '  not_a_packit_key: [goes, here]', '  other: {trigger: 1}')))).toEqual(
      [],
    )
    expect(errorsOf(parse(lines('_: 42')))).toEqual([])
  })
})

describe('jobs', () => {
  it('must be a list of mappings', () => {
    expect(where(singleError(lines('jobs:', '  job: tests')))).toEqual({
      line: 2,
      column: 3,
      code: 'wrong-type',
      path: 'jobs',
    })
    expect(where(singleError(lines('jobs:')))).toMatchObject({ code: 'wrong-type', path: 'jobs' })
    expect(where(singleError(lines('jobs:', '  - tests')))).toEqual({
      line: 2,
      column: 5,
      code: 'wrong-type',
      path: 'jobs[0]',
    })
  })

  it('need a job and a trigger', () => {
    const errors = errorsOf(parse(lines('jobs:', '  - dist_git_branches: [fedora-all]')))
    expect(errors.map(where)).toEqual([
      { line: 2, column: 5, code: 'missing-key', path: 'jobs[0]' },
      { line: 2, column: 5, code: 'missing-key', path: 'jobs[0]' },
    ])
    expect(errors.map((d) => d.message)).toEqual([
      'jobs[0]: missing required key "job"',
      'jobs[0]: missing required key "trigger"',
    ])
  })

  it('report an unknown job type with a suggestion', () => {
    const error = singleError(lines('jobs:', '  - job: propose-downstream', '    trigger: release'))
    expect(where(error)).toEqual({ line: 2, column: 10, code: 'unknown-job', path: 'jobs[0].job' })
    expect(error.suggestion).toBe('did you mean "propose_downstream"?')
    expect(error.expected).toMatch(/^one of: propose_downstream, pull_from_upstream, /)
  })

  it('report removed job types with their replacement', () => {
    const errors = errorsOf(
      parse(
        lines(
          'jobs:',
          '  - job: build',
          '    trigger: pull_request',
          '  - job: production_build',
          '    trigger: commit',
        ),
      ),
    )
    expect(errors.map(where)).toEqual([
      { line: 2, column: 10, code: 'removed-job', path: 'jobs[0].job' },
      { line: 4, column: 10, code: 'removed-job', path: 'jobs[1].job' },
    ])
    expect(errors[0].message).toBe(
      'jobs[0].job: job type "build" was removed in Packit 1.0; use "copr_build"',
    )
    expect(errors[1].message).toContain('use "upstream_koji_build"')
  })

  it('report an unknown trigger at its position inside "a | b"', () => {
    const error = singleError(lines('jobs:', '  - job: koji_build', '    trigger: commit | koji-build'))
    expect(where(error)).toEqual({ line: 3, column: 23, code: 'unknown-trigger', path: 'jobs[0].trigger' })
    expect(error.suggestion).toBe('did you mean "koji_build"?')
    expect(error.expected).toBe('one of: release, pull_request, commit, koji_build, ignore')
    const quoted = singleError(lines('jobs:', '  - job: koji_build', '    trigger: "commit|koji-build"'))
    expect(quoted.column).toBe(22)
  })

  it('report an empty trigger', () => {
    expect(singleError(lines('jobs:', '  - job: tests', '    trigger: ""')).message).toBe(
      'jobs[0].trigger: no trigger given',
    )
    const errors = errorsOf(parse(lines('jobs:', '  - job: tests', '    trigger: " | "')))
    expect(errors.map((d) => [d.message, d.suggestion])).toEqual([
      ['jobs[0].trigger: empty trigger between "|"', 'remove the extra "|"'],
    ])
  })

  it('refuse a trigger with spaces around it unless it is split at "|", as Packit does', () => {
    const error = singleError(lines('jobs:', '  - job: tests', '    trigger: " pull_request"'))
    expect(error.message).toBe('jobs[0].trigger: unknown trigger " pull_request"')
    expect(error.suggestion).toBe('remove the spaces around it')
    expect(
      errorsOf(parse(lines('jobs:', '  - job: tests', '    trigger: " pull_request | commit "'))),
    ).toEqual([])
    expect(singleError(lines('jobs:', '  - job: tests', '    trigger: "commit |"')).message).toBe(
      'jobs[0].trigger: empty trigger between "|"',
    )
  })

  it('report an unknown action name with a suggestion', () => {
    const error = singleError(lines('actions:', '  post-upstream-clone: make', '  pre_sync: make check'))
    expect(where(error)).toEqual({ line: 3, column: 3, code: 'unknown-action', path: 'actions.pre_sync' })
    expect(error.suggestion).toBe('did you mean "pre-sync"?')
  })

  it('check action commands: a string, or a list of strings or argument lists', () => {
    const errors = errorsOf(
      parse(
        lines(
          'actions:',
          '  pre-sync: [make, [git, log, 1], {a: b}]',
          '  changelog-entry: 1',
          '  commit-message: [[echo, x]]',
        ),
      ),
    )
    expect(errors.map(where)).toEqual([
      { line: 2, column: 31, code: 'wrong-type', path: 'actions.pre-sync[1][2]' },
      { line: 2, column: 35, code: 'wrong-type', path: 'actions.pre-sync[2]' },
      { line: 3, column: 20, code: 'wrong-type', path: 'actions.changelog-entry' },
    ])
  })
})

describe('value checks', () => {
  // Packit's schema does not check these; its jobs fail (or, for prerelease_suffix_pattern, fall
  // back to no pre-release handling) when they use the value. Warnings, then, with the position.
  it.each([
    ['upstream_tag_include', 'jobs that need it will fail'],
    ['upstream_tag_exclude', 'jobs that need it will fail'],
    ['version_update_mask', 'jobs that need it will fail'],
    ['prerelease_suffix_pattern', 'pre-release handling is off, as in Packit'],
  ])('%s that is no regular expression is a warning', (key, consequence) => {
    const result = parse(job(`    ${key}: "^(v[0-9]+"`))
    expect(errorsOf(result)).toEqual([])
    const warning = warningsOf(result).find((d) => d.code === 'invalid-regex')
    expect(warning && where(warning)).toEqual({
      line: 4,
      column: key.length + 7,
      code: 'invalid-regex',
      path: `jobs[0].${key}`,
    })
    expect(warning?.message).toBe(
      `jobs[0].${key}: "^(v[0-9]+" is not a regular expression srcgit can use: Unterminated group; ${consequence}`,
    )
    expect(warning?.expected).toBe('a Python regular expression')
  })

  it('accepts Python named groups in regular expressions', () => {
    const result = parse(lines('upstream_tag_include: "^v(?P<major>\\\\d+)\\\\."'))
    expect(result.diagnostics.filter((d) => d.code === 'invalid-regex')).toEqual([])
  })

  it('warns when upstream_tag_template has no {version}', () => {
    const result = parse(lines('upstream_tag_template: v{ver}'))
    expect(errorsOf(result)).toEqual([])
    const warning = warningsOf(result).find((d) => d.code === 'invalid-value')
    expect(warning && where(warning)).toEqual({
      line: 1,
      column: 24,
      code: 'invalid-value',
      path: 'upstream_tag_template',
    })
    expect(warning?.message).toBe(
      'upstream_tag_template: "v{ver}" does not contain "{version}"; jobs that map tags to versions will fail',
    )
  })

  it('rejects a negative patch_generation_patch_id_digits', () => {
    const error = singleError(lines('patch_generation_patch_id_digits: -1'))
    expect(where(error)).toEqual({
      line: 1,
      column: 35,
      code: 'wrong-type',
      path: 'patch_generation_patch_id_digits',
    })
    expect(error.message).toBe('patch_generation_patch_id_digits: expected an integer ≥ 0, got the number -1')
  })

  it('rejects a "/" in upstream_package_name', () => {
    const error = singleError(lines('upstream_package_name: org/demo'))
    expect(where(error)).toEqual({
      line: 1,
      column: 24,
      code: 'invalid-value',
      path: 'upstream_package_name',
    })
    expect(error.message).toBe('upstream_package_name: "org/demo" must be a valid file name (no "/")')
  })

  it('requires src and dest in files_to_sync mappings, path and url in sources', () => {
    const errors = errorsOf(
      parse(
        lines(
          'files_to_sync:',
          '  - src: .distro/',
          '  - 3',
          'sources:',
          '  - path: a.tar.gz',
          '  - b.tar.gz',
        ),
      ),
    )
    expect(errors.map(where)).toEqual([
      { line: 2, column: 5, code: 'missing-key', path: 'files_to_sync[0]' },
      { line: 3, column: 5, code: 'wrong-type', path: 'files_to_sync[1]' },
      { line: 5, column: 5, code: 'missing-key', path: 'sources[0]' },
      { line: 6, column: 5, code: 'wrong-type', path: 'sources[1]' },
    ])
    expect(errors[0].message).toBe('files_to_sync[0]: missing required key "dest"')
    expect(errors[2].message).toBe('sources[0]: missing required key "url"')
  })

  it('suggests a list for a single files_to_sync path', () => {
    expect(singleError(lines('files_to_sync: demo.spec')).suggestion).toBe(
      'write it as a list: ["demo.spec"]',
    )
  })
})

describe('dist_git_branches', () => {
  it('accepts a list and a mapping with fast_forward_merge_into', () => {
    const text = lines(
      'dist_git_branches:',
      '  rawhide:',
      '    fast_forward_merge_into: [fedora-branched]',
      '  epel-9: {}',
    )
    expect(errorsOf(parse(text))).toEqual([])
    expect(errorsOf(parse(lines('dist_git_branches: [fedora-all]')))).toEqual([])
  })

  it('accepts a single string only inside a job, where Packit turns it into a list', () => {
    expect(errorsOf(parse(job('    dist_git_branches: fedora-all')))).toEqual([])
    const error = singleError(lines('dist_git_branches: fedora-all'))
    expect(where(error)).toEqual({ line: 1, column: 20, code: 'wrong-type', path: 'dist_git_branches' })
    expect(error.suggestion).toBe(
      'write it as a list: ["fedora-all"] (Packit turns a single string into a list only inside a job)',
    )
    expect(singleError(lines('packages:', '  a:', '    dist_git_branches: f41'))).toMatchObject({
      code: 'wrong-type',
      path: 'packages.a.dist_git_branches',
    })
  })

  it('rejects any other key inside the mapping', () => {
    const error = singleError(lines('dist_git_branches:', '  rawhide:', '    fast_forward_merge: [f41]'))
    expect(where(error)).toEqual({
      line: 3,
      column: 5,
      code: 'unknown-key',
      path: 'dist_git_branches.rawhide.fast_forward_merge',
    })
    expect(error.expected).toBe('only fast_forward_merge_into')
    expect(error.suggestion).toBe('did you mean "fast_forward_merge_into"?')
  })

  it('rejects branch options that are not a mapping, an empty value included', () => {
    const errors = errorsOf(parse(lines('dist_git_branches:', '  rawhide: [f41]', '  epel-10:')))
    expect(errors.map(where)).toEqual([
      { line: 2, column: 12, code: 'wrong-type', path: 'dist_git_branches.rawhide' },
      { line: 3, column: 11, code: 'wrong-type', path: 'dist_git_branches.epel-10' },
    ])
    expect(errors[1].suggestion).toBe('write {} for no options')
  })

  it('warns that a fast_forward_merge_into that is not a list does nothing, as in Packit', () => {
    const result = parse(
      lines(
        'dist_git_branches:',
        '  f41:',
        '    fast_forward_merge_into: {a: b}',
        '  f42:',
        '    fast_forward_merge_into: f41',
      ),
    )
    expect(errorsOf(result)).toEqual([])
    expect(
      warningsOf(result)
        .filter((d) => d.code === 'ignored-key')
        .map(where),
    ).toEqual([
      { line: 3, column: 30, code: 'ignored-key', path: 'dist_git_branches.f41.fast_forward_merge_into' },
      { line: 5, column: 30, code: 'ignored-key', path: 'dist_git_branches.f42.fast_forward_merge_into' },
    ])
    expect(result.config?.packages.demo.fast_forward_merge_into).toEqual({})
  })
})

describe('targets', () => {
  it('accepts a mapping with chroot options and refuses unknown ones, as Packit does', () => {
    const text = (...extra: string[]) =>
      lines(
        'targets:',
        '  centos-stream-9-x86_64:',
        '    additional_repos: [https://example.org/repo]',
        '    without_opts: [check]',
        ...extra,
        '  fedora-rawhide: {}',
      )
    expect(errorsOf(parse(text()))).toEqual([])
    const error = singleError(text('    new_copr_option: 1'))
    expect(where(error)).toEqual({
      line: 5,
      column: 5,
      code: 'unknown-key',
      path: 'targets.centos-stream-9-x86_64.new_copr_option',
    })
    expect(error.message).toBe('unknown target option "new_copr_option" in targets.centos-stream-9-x86_64')
  })

  it('refuses an empty value as target options and warns about deprecated targets', () => {
    expect(where(singleError(lines('targets:', '  fedora-41:')))).toEqual({
      line: 2,
      column: 13,
      code: 'wrong-type',
      path: 'targets.fedora-41',
    })
    const result = parse(lines('targets: [centos-stream-x86_64]'))
    expect(
      warningsOf(result)
        .filter((d) => d.code === 'deprecated-key')
        .map((d) => d.suggestion),
    ).toEqual(['use "centos-stream-8-x86_64"'])
  })

  it('rejects wrong option values and non-mapping options', () => {
    const errors = errorsOf(parse(lines('targets:', '  epel-9: [x]', '  epel-8:', '    distros: centos-8')))
    expect(errors.map(where)).toEqual([
      { line: 2, column: 11, code: 'wrong-type', path: 'targets.epel-9' },
      { line: 4, column: 14, code: 'wrong-type', path: 'targets.epel-8.distros' },
    ])
  })
})

describe('packages', () => {
  it('must be a mapping of mappings with at least one package', () => {
    expect(where(singleError(lines('packages: [a, b]')))).toEqual({
      line: 1,
      column: 11,
      code: 'wrong-type',
      path: 'packages',
    })
    expect(where(singleError(lines('packages: {}')))).toEqual({
      line: 1,
      column: 11,
      code: 'invalid-value',
      path: 'packages',
    })
    expect(where(singleError(lines('packages:', '  foo: bar')))).toEqual({
      line: 2,
      column: 8,
      code: 'wrong-type',
      path: 'packages.foo',
    })
  })

  it('warn that a top-level downstream_package_name is ignored', () => {
    const result = parse(lines('downstream_package_name: foo-dg', 'packages:', '  foo: {}', 'jobs: []'))
    expect(errorsOf(result)).toEqual([])
    expect(warningsOf(result).map(where)).toEqual([
      { line: 1, column: 1, code: 'shadowed-key', path: 'downstream_package_name' },
    ])
    expect(warningsOf(result)[0].message).toBe(
      'downstream_package_name at the top level is ignored by Packit when "packages" is used: ' +
        'package "foo" is named "demo", after the repository',
    )
    expect(warningsOf(result)[0].suggestion).toBe('set downstream_package_name in each package instead')
  })
})

describe('job packages', () => {
  const monorepo = (...rows: string[]) =>
    lines(
      'packages:',
      '  python-specfile: {}',
      '  specfile-epel8: {}',
      'jobs:',
      '  - job: tests',
      '    trigger: commit',
      ...rows,
    )

  it('may list defined packages or map them to overrides', () => {
    expect(errorsOf(parse(monorepo('    packages: [python-specfile]')))).toEqual([])
    expect(
      errorsOf(parse(monorepo('    packages:', '      specfile-epel8:', '        targets: [epel-8]'))),
    ).toEqual([])
    expect(errorsOf(parse(monorepo('    packages: []')))).toEqual([])
    expect(errorsOf(parse(monorepo('    packages: {}')))).toEqual([])
  })

  it('refuse an empty value as per-package overrides (Packit fails on it)', () => {
    const error = singleError(monorepo('    packages:', '      specfile-epel8:'))
    expect(where(error)).toEqual({
      line: 8,
      column: 22,
      code: 'wrong-type',
      path: 'jobs[0].packages.specfile-epel8',
    })
    expect(error.suggestion).toBe('write specfile-epel8: {} to select it without overrides')
  })

  it('report an undefined package in a list, with a suggestion', () => {
    const error = singleError(monorepo('    packages: [python-specfile, specfile-epel9]'))
    expect(where(error)).toEqual({
      line: 7,
      column: 33,
      code: 'undefined-package',
      path: 'jobs[0].packages[1]',
    })
    expect(error.message).toBe('jobs[0].packages[1]: package "specfile-epel9" is not defined in "packages"')
    expect(error.expected).toBe('one of: "python-specfile" and "specfile-epel8"')
    expect(error.suggestion).toBe('did you mean "specfile-epel8"?')
  })

  it('report an undefined package in a mapping', () => {
    const error = singleError(
      monorepo('    packages:', '      python-spec:', '        targets: [fedora-all]'),
    )
    expect(where(error)).toEqual({
      line: 8,
      column: 7,
      code: 'undefined-package',
      path: 'jobs[0].packages.python-spec',
    })
  })

  it('report an undefined package in the singular "package" key', () => {
    expect(where(singleError(monorepo('    package: nope')))).toEqual({
      line: 7,
      column: 14,
      code: 'undefined-package',
      path: 'jobs[0].package',
    })
  })

  it('check the per-package overrides and the shape', () => {
    const errors = errorsOf(
      parse(
        monorepo(
          '    packages:',
          '      specfile-epel8:',
          '        trgets: [epel-8]',
          '      python-specfile: 1',
        ),
      ),
    )
    expect(errors.map(where)).toEqual([
      { line: 9, column: 9, code: 'unknown-key', path: 'jobs[0].packages.specfile-epel8.trgets' },
      { line: 10, column: 24, code: 'wrong-type', path: 'jobs[0].packages.python-specfile' },
    ])
    expect(where(singleError(monorepo('    packages: python-specfile')))).toMatchObject({
      code: 'wrong-type',
    })
    expect(where(singleError(monorepo('    packages: [[a]]')))).toEqual({
      line: 7,
      column: 16,
      code: 'wrong-type',
      path: 'jobs[0].packages[0]',
    })
  })

  it('in a single-package config refer to downstream_package_name or the repository name', () => {
    const single = (name: string) =>
      lines('jobs:', '  - job: tests', '    trigger: commit', `    packages: [${name}]`)
    expect(errorsOf(parse(single('demo')))).toEqual([])
    expect(errorsOf(parse(single('other')))[0]).toMatchObject({ code: 'undefined-package', line: 4 })
    // Without any known name there is nothing to check against (resolution then reports the missing name).
    expect(errorsOf(parse(single('other'), '.packit.yaml', {})).map((d) => d.code)).toEqual([
      'no-package-name',
    ])
    expect(
      errorsOf(parse(lines('downstream_package_name: pkg', ...single('pkg').trimEnd().split('\n')))),
    ).toEqual([])
  })
})

describe('deprecated metadata', () => {
  it('warns, and accepts the old branch key names inside it with a warning each', () => {
    const result = parse(
      job(
        '    metadata:',
        '      dist-git-branch: fedora-all',
        '      targets: [fedora-all]',
        '      bootstrap: image',
      ),
    )
    expect(errorsOf(result)).toEqual([])
    expect(
      warningsOf(result)
        .filter((d) => d.code === 'deprecated-key')
        .map(where),
    ).toEqual([
      { line: 4, column: 5, code: 'deprecated-key', path: 'jobs[0].metadata' },
      { line: 5, column: 7, code: 'deprecated-key', path: 'jobs[0].metadata.dist-git-branch' },
    ])
    expect(warningsOf(result).filter((d) => d.code === 'deprecated-key')[1].message).toBe(
      'key "dist-git-branch" in jobs[0].metadata was renamed to "dist_git_branches"',
    )
  })

  it('rejects mixing metadata with the same key on the job, at the job-level key', () => {
    const error = singleError(
      job('    dist_git_branches: [fedora-all]', '    metadata:', '      dist_git_branch: fedora-stable'),
    )
    expect(where(error)).toEqual({
      line: 4,
      column: 5,
      code: 'metadata-conflict',
      path: 'jobs[0].dist_git_branches',
    })
    expect(error.suggestion).toBe('move the keys of metadata directly into the job and remove metadata')
  })

  it('rejects any metadata key on the job while metadata is used, as Packit does', () => {
    const error = singleError(job('    owner: me', '    metadata:', '      targets: [fedora-all]'))
    expect(where(error)).toEqual({ line: 4, column: 5, code: 'metadata-conflict', path: 'jobs[0].owner' })
    expect(error.message).toBe(
      'jobs[0].owner cannot be used together with the deprecated jobs[0].metadata ' +
        '(Packit refuses metadata keys outside metadata while metadata is used)',
    )
    // Only targets escapes the check (its schema field is "_targets"); metadata's value then wins.
    const result = parse(job('    targets: [epel-9]', '    metadata:', '      targets: [fedora-all]'))
    expect(errorsOf(result)).toEqual([])
    expect(
      warningsOf(result)
        .filter((d) => d.code === 'metadata-conflict')
        .map(where),
    ).toEqual([{ line: 4, column: 5, code: 'metadata-conflict', path: 'jobs[0].targets' }])
    expect(result.config?.jobs[0].config.extra.targets).toEqual(['fedora-all'])
  })

  it('rejects keys that never were metadata keys', () => {
    const errors = errorsOf(parse(job('    metadata:', '      specfile_path: a.spec', '      tragets: [x]')))
    expect(errors.map(where)).toEqual([
      { line: 5, column: 7, code: 'unknown-key', path: 'jobs[0].metadata.specfile_path' },
      { line: 6, column: 7, code: 'unknown-key', path: 'jobs[0].metadata.tragets' },
    ])
    expect(errors[0].suggestion).toBe('move it out of metadata, directly into the job')
    expect(errors[1].suggestion).toBe('did you mean "targets"?')
  })

  it('must be a mapping', () => {
    expect(where(singleError(job('    metadata: [x]')))).toEqual({
      line: 4,
      column: 15,
      code: 'wrong-type',
      path: 'jobs[0].metadata',
    })
    for (const empty of ['', ' {}', ' []', ' false', ' 0', ' ""']) {
      const result = parse(job(`    metadata:${empty}`))
      expect(errorsOf(result)).toEqual([])
      expect(warningsOf(result).map((d) => d.message)).toContain(
        'jobs[0].metadata is empty and ignored (the deprecated metadata mapping)',
      )
    }
  })
})

describe('removed and ignored keys', () => {
  it.each([
    ['synced_files', 'was removed in Packit 1.0; rename it to "files_to_sync"'],
    ['upstream_project_name', 'was removed in Packit 1.0; rename it to "upstream_package_name"'],
    ['current_version_command', 'was removed from Packit; use the "get-current-version" action instead'],
    ['create_tarball_command', 'was removed from Packit; use the "create-archive" action instead'],
  ])('%s is an error naming its replacement', (key, explanation) => {
    const error = singleError(job(`    ${key}: [x]`))
    expect(where(error)).toEqual({ line: 4, column: 5, code: 'removed-key', path: `jobs[0].${key}` })
    expect(error.message).toBe(`key "${key}" in jobs[0] ${explanation}`)
    expect(singleError(lines(`${key}: x`)).message).toBe(`key "${key}" at the top level ${explanation}`)
  })

  it('dist_git_url is an error: Packit 1.16.2 fails on it although it means to ignore it', () => {
    const error = singleError(lines('dist_git_url: https://src.fedoraproject.org/rpms/demo.git', 'jobs: []'))
    expect(where(error)).toEqual({ line: 1, column: 1, code: 'unknown-key', path: 'dist_git_url' })
    expect(error.message).toContain('makes Packit 1.16.2 fail')
    expect(error.message).toContain('the dist-git URL comes from dist_git_base_url, dist_git_namespace')
  })

  it('follow_fedora_branching is an error: Packit 1.16.2 has no such key in its schema', () => {
    const error = singleError(job('    follow_fedora_branching: true'))
    expect(where(error)).toEqual({
      line: 4,
      column: 5,
      code: 'unknown-key',
      path: 'jobs[0].follow_fedora_branching',
    })
    expect(error.message).toBe(
      'key "follow_fedora_branching" in jobs[0] is not in Packit\'s configuration schema (Packit 1.16.2 ' +
        'refuses it as an unknown field, although the release notes of 0.76.0 mention it); remove it',
    )
  })
})

describe('collecting errors', () => {
  it('reports every error of a file in one pass, in file order', () => {
    const result = parse(
      lines(
        'specfile_pth: demo.spec', // 1
        'sync_changelog: "maybe"', // 2
        'upstream_tag_template: v{ver}', // 3 (a warning)
        'packages:', // 4
        '  demo:', // 5
        '    synced_files: [demo.spec]', // 6
        'jobs:', // 7
        '  - job: propose-downstream', // 8
        '    trigger: relase', // 9
        '    packages: [dmeo]', // 10
        '    actions:', // 11
        '      pre_sync: make', // 12
        '    upstream_tag_exclude: "(("', // 13
      ),
    )
    expect(result.config).toBeUndefined()
    expect(errorsOf(result).map((d) => [d.line, d.column, d.code])).toEqual([
      [1, 1, 'unknown-key'],
      [2, 17, 'wrong-type'],
      [6, 5, 'removed-key'],
      [8, 10, 'unknown-job'],
      [9, 14, 'unknown-trigger'],
      [10, 16, 'undefined-package'],
      [12, 7, 'unknown-action'],
    ])
  })

  it('reports an error inside an anchor once even when several jobs use it', () => {
    const result = parse(
      lines(
        '_:',
        '  - &copr',
        '    job: copr_build',
        '    trigger: pull_request',
        '    targetz: [fedora-all]',
        'jobs:',
        '  - *copr',
        '  - <<: *copr',
        '    trigger: commit',
      ),
    )
    expect(errorsOf(result).map(where)).toEqual([
      { line: 5, column: 5, code: 'unknown-key', path: 'jobs[0].targetz' },
    ])
  })
})

describe('keys named like Object.prototype members (found by the property tests)', () => {
  const where2 = (text: string) => errorsOf(parse(text)).map((d) => [d.code, d.line, d.path])

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    '%s is an unknown key at every level, without a crash',
    (key) => {
      expect(
        where2(
          lines(
            `${key}: 1`, // 1
            'packages:', // 2
            '  a:', // 3
            '    specfile_path: a.spec', // 4
            `    ${key}: 1`, // 5
            'notifications:', // 6
            `  ${key}: 1`, // 7
            'targets:', // 8
            `  fedora-all: {${key}: [x]}`, // 9
            'actions:', // 10
            `  ${key}: make`, // 11
            'jobs:', // 12
            '  - job: tests', // 13
            '    trigger: commit', // 14
            `    ${key}: 1`, // 15
            '    packages:', // 16
            '      a:', // 17
            `        ${key}: 1`, // 18
            '    metadata:', // 19
            `      ${key}: 1`, // 20
          ),
        ),
      ).toEqual([
        ['unknown-key', 1, key],
        ['unknown-key', 5, `packages.a.${key}`],
        ['unknown-key', 7, `notifications.${key}`],
        ['unknown-key', 9, `targets.fedora-all.${key}`],
        ['unknown-action', 11, `actions.${key}`],
        ['unknown-key', 15, `jobs[0].${key}`],
        ['unknown-key', 18, `jobs[0].packages.a.${key}`],
        ['unknown-key', 20, `jobs[0].metadata.${key}`],
      ])
    },
  )

  it.each(['__proto__', 'constructor'])(
    '%s is refused in free-form mappings and as a package name',
    (key) => {
      const errors = errorsOf(
        parse(
          lines(
            'parse_time_macros:', // 1
            `  ${key}: x`, // 2
            'bodhi_extra_params:', // 3
            `  ${key}: {a: 1}`, // 4
            'tf_extra_params:', // 5
            `  environments: [{${key}: 1}]`, // 6
            'env:', // 7
            `  ${key}: x`, // 8
            'packages:', // 9
            `  ${key}:`, // 10
            '    specfile_path: a.spec', // 11
            'jobs: []', // 12
          ),
        ),
      )
      expect(errors.map((d) => [d.code, d.line])).toEqual([
        ['unknown-key', 2],
        ['unknown-key', 4],
        ['unknown-key', 6],
        ['unknown-key', 8],
        ['unknown-key', 10],
      ])
      expect(({} as Record<string, unknown>).a).toBeUndefined()
    },
  )

  it('resolves a package named like an Object.prototype member', () => {
    const config = resolve(lines('packages:', '  toString:', '    specfile_path: a.spec', 'jobs: []'))
    expect(Object.keys(config.packages)).toEqual(['toString'])
    expect(config.packages['toString'].specfile_path).toBe('a.spec')
  })
})

describe('messages stay on one line (found by the property tests)', () => {
  it('escapes line breaks of echoed values', () => {
    const result = parse(lines('upstream_tag_template: "{\\rsion}\\n"', 'create_pr: "a\\nb"'))
    for (const d of result.diagnostics) expect(d.message).not.toMatch(/[\r\n]/)
    expect(errorsOf(result)[0].message).toBe(
      'create_pr: expected a boolean (true or false), got the string "a\\nb"',
    )
  })
})

describe('long input in messages', () => {
  it('cuts every echoed value to 80 characters and every message to 400', () => {
    const long = 'k'.repeat(300)
    let deep: unknown = JSON.parse('{"__proto__": 1}')
    for (let i = 0; i < 10; i++) deep = { [`${long}${i}`]: deep }
    const nested = `tf_extra_params: ${JSON.stringify(deep)}`
    const result = parse(
      lines(
        `${long}: 1`,
        `upstream_ref: [${long}]`,
        nested,
        `jobs: [{job: ${long}, trigger: "${long} | x"}]`,
      ),
    )
    expect(errorsOf(result).length).toBeGreaterThanOrEqual(5)
    for (const d of result.diagnostics) {
      expect(d.message.length).toBeLessThanOrEqual(400)
      expect(d.message).not.toContain('k'.repeat(80))
    }
    expect(errorsOf(result)[0].message).toBe(`unknown key "${'k'.repeat(79)}…" at the top level`)
  })
})
