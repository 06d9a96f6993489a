/**
 * Packit's normalization: packages, inheritance, defaults, job overrides, triggers, short forms.
 */
import { describe, expect, it } from '@jest/globals'
import { normalizeSpecSourceId, searchSpecFile } from '../../../src/config/resolve.js'
import { resolveConfig } from '../../../src/config/resolve.js'
import { errorsOf, lines, parse, resolve, warningsOf, where } from './helpers.js'

describe('single-package configs', () => {
  it('become one package named by downstream_package_name', () => {
    const config = resolve(lines('downstream_package_name: python-ogr', 'paths: [./python]'))
    expect(Object.keys(config.packages)).toEqual(['python-ogr'])
    expect(config.packages['python-ogr']).toMatchObject({
      downstream_package_name: 'python-ogr',
      paths: ['./python'],
      specfile_path: 'python-ogr.spec',
    })
  })

  it('take the repository name for both package names by default', () => {
    const config = resolve('', '.packit.yaml', { repoName: 'ogr' })
    expect(config.packages.ogr).toMatchObject({
      downstream_package_name: 'ogr',
      upstream_package_name: 'ogr',
    })
  })

  it('without any name fall back on downstream_package_name for the upstream name', () => {
    const config = resolve(lines('downstream_package_name: demo'), '.packit.yaml', {})
    expect(config.packages.demo.upstream_package_name).toBe('demo')
  })

  it('cannot be resolved without downstream_package_name or repository name', () => {
    const result = parse(lines('specfile_path: x.spec'), '.packit.yaml', {})
    expect(result.config).toBeUndefined()
    expect(errorsOf(result).map(where)).toEqual([
      { line: 1, column: 1, code: 'no-package-name', path: 'downstream_package_name' },
    ])
  })

  it('treat an empty file as {}', () => {
    for (const text of ['', '# nothing yet\n', '---\n', '~\n']) {
      const config = resolve(text)
      expect(Object.keys(config.packages)).toEqual(['demo'])
      expect(config.jobs.map((job) => job.type)).toEqual(['copr_build', 'tests', 'propose_downstream'])
    }
  })
})

describe('specfile_path default', () => {
  it('is <downstream_package_name>.spec when downstream_package_name is written', () => {
    expect(resolve(lines('downstream_package_name: foo')).packages.foo.specfile_path).toBe('foo.spec')
  })

  it('is .distro/<downstream_package_name>.spec for a source-git config', () => {
    const config = resolve(lines('downstream_package_name: foo'), '.distro/source-git.yaml')
    expect(config.packages.foo.specfile_path).toBe('.distro/foo.spec')
  })

  it('keeps an explicit specfile_path', () => {
    const config = resolve(lines('downstream_package_name: foo', 'specfile_path: fedora/foo.spec'))
    expect(config.packages.foo.specfile_path).toBe('fedora/foo.spec')
  })

  it('otherwise is the first spec file found, with a deprecation warning', () => {
    const result = parse('', '.packit.yaml', { repoName: 'demo', specFiles: ['demo.spec', 'other/x.spec'] })
    expect(result.config?.packages.demo.specfile_path).toBe('demo.spec')
    expect(warningsOf(result).map(where)).toEqual([{ line: 1, column: 1, code: 'spec-search', path: '' }])
    expect(warningsOf(result)[0].suggestion).toBe('add specfile_path: demo.spec')
    expect(result.config?.warnings).toEqual(result.diagnostics)
  })

  it('asks for the spec files only when the search is needed', () => {
    let calls = 0
    const specFiles = () => {
      calls++
      return ['pkg.spec']
    }
    parse(lines('downstream_package_name: foo'), '.packit.yaml', { specFiles })
    expect(calls).toBe(0)
    parse(lines('packages:', '  a: {}', '  b: {}'), '.packit.yaml', { specFiles })
    expect(calls).toBe(1)
  })

  it('is null when nothing is found', () => {
    expect(resolve('').packages.demo.specfile_path).toBeNull()
  })

  it('for a package searches below its paths[0], reporting at the package', () => {
    const result = parse(
      lines('packages:', '  cli:', '    paths: [./cli]', '  lib:', '    paths: [lib/]'),
      '.packit.yaml',
      { specFiles: ['top.spec', 'cli/copr-cli.spec', 'lib/sub/python-copr.spec', 'lib/tests/t.spec'] },
    )
    expect(result.config?.packages.cli.specfile_path).toBe('copr-cli.spec')
    expect(result.config?.packages.lib.specfile_path).toBe('sub/python-copr.spec')
    expect(warningsOf(result).map(where)).toEqual([
      { line: 2, column: 3, code: 'spec-search', path: 'packages.cli' },
      { line: 4, column: 3, code: 'spec-search', path: 'packages.lib' },
    ])
  })
})

describe('searchSpecFile', () => {
  it('prefers the top directory, skips tests/, and prefers .distro/ in source-git', () => {
    expect(searchSpecFile(['a/x.spec', 'top.spec'], './', false)).toBe('top.spec')
    expect(searchSpecFile(['tests/t.spec', 'b/y.spec'], './', false)).toBe('b/y.spec')
    expect(searchSpecFile(['top.spec', '.distro/pkg.spec'], './', true)).toBe('.distro/pkg.spec')
    expect(searchSpecFile(['top.spec'], './', true)).toBe('top.spec')
    expect(searchSpecFile([], '.', false)).toBeUndefined()
  })
})

describe('packages', () => {
  const monorepo = lines(
    'upstream_project_url: https://github.com/fedora-copr/copr',
    'upstream_package_name: copr',
    'downstream_package_name: ignored',
    'sync_changelog: true',
    'upload_sources: false',
    'packages:',
    '  python-copr:',
    '    paths: [./python]',
    '    upload_sources: true',
    '  copr-cli:',
    '    downstream_package_name: copr-cli-rpm',
    '    upstream_project_url: https://example.org/overridden',
    'jobs: []',
  )
  /** The copr repository: Packit knows the repository name from its remote (or the service). */
  const copr = { repoName: 'copr' }

  it('inherit every top-level key they do not set', () => {
    const config = resolve(monorepo, '.packit.yaml', copr)
    expect(config.packages['python-copr']).toMatchObject({ sync_changelog: true, upload_sources: true })
    expect(config.packages['copr-cli']).toMatchObject({ sync_changelog: true, upload_sources: false })
  })

  it('are named after the repository, not after their key nor the top-level name (Packit 1.16.2)', () => {
    const config = resolve(monorepo, '.packit.yaml', copr)
    expect(config.repo_name).toBe('copr')
    expect(config.packages['python-copr'].downstream_package_name).toBe('copr')
    expect(config.packages['copr-cli'].downstream_package_name).toBe('copr-cli-rpm')
  })

  it('are named by their key when the repository name is unknown', () => {
    const config = resolve(monorepo, '.packit.yaml', {})
    expect(config.repo_name).toBeNull()
    expect(config.packages['python-copr'].downstream_package_name).toBe('python-copr')
    expect(config.packages['copr-cli'].downstream_package_name).toBe('copr-cli-rpm')
  })

  it('get the repository name as upstream_package_name over the top-level one, with a warning', () => {
    const result = parse(
      lines(
        'upstream_package_name: podman-upstream',
        'packages:',
        '  podman-fedora: {}',
        '  other:',
        '    upstream_package_name: own',
        'jobs: []',
      ),
      '.packit.yaml',
      { repoName: 'podman' },
    )
    expect(result.config?.packages['podman-fedora'].upstream_package_name).toBe('podman')
    expect(result.config?.packages.other.upstream_package_name).toBe('own')
    expect(warningsOf(result).map(where)).toEqual([
      { line: 1, column: 1, code: 'shadowed-key', path: 'upstream_package_name' },
    ])
    expect(warningsOf(result)[0].message).toBe(
      'upstream_package_name at the top level is ignored by Packit when "packages" is used: ' +
        'package "podman-fedora" gets the repository name "podman" instead',
    )
    // Without a repository name, the top-level value is inherited.
    const unnamed = resolve(
      lines('upstream_package_name: up', 'packages:', '  a: {}', 'jobs: []'),
      '.packit.yaml',
      {},
    )
    expect(unnamed.packages.a.upstream_package_name).toBe('up')
  })

  it('get <downstream_package_name>.spec only when they write downstream_package_name', () => {
    const config = resolve(monorepo, '.packit.yaml', copr)
    expect(config.packages['copr-cli'].specfile_path).toBe('copr-cli-rpm.spec')
    expect(config.packages['python-copr'].specfile_path).toBeNull()
  })

  it('all get the top-level upstream_project_url, as in Packit, with a warning where it overrides', () => {
    const result = parse(monorepo, '.packit.yaml', copr)
    expect(result.config?.packages['copr-cli'].upstream_project_url).toBe(
      'https://github.com/fedora-copr/copr',
    )
    expect(warningsOf(result).map(where)).toEqual([
      { line: 3, column: 1, code: 'shadowed-key', path: 'downstream_package_name' },
      { line: 12, column: 5, code: 'ignored-key', path: 'packages.copr-cli.upstream_project_url' },
    ])
  })

  it('get a top-level upstream_project_url even when it is null', () => {
    const config = resolve(
      lines(
        'upstream_project_url: null',
        'packages:',
        '  a:',
        '    upstream_project_url: https://example.org/a',
        'jobs: []',
      ),
    )
    expect(config.packages.a.upstream_project_url).toBeNull()
  })

  it('keep their own upstream_project_url when there is none at the top level', () => {
    const config = resolve(lines('packages:', '  a:', '    upstream_project_url: https://example.org/a'))
    expect(config.packages.a.upstream_project_url).toBe('https://example.org/a')
  })

  it('never inherit a top-level specfile_path: each gets its own default (Packit 1.16.2)', () => {
    const result = parse(
      lines(
        'specfile_path: shared.spec',
        'packages:',
        '  a: {}',
        '  b:',
        '    downstream_package_name: b',
        'jobs: []',
      ),
    )
    expect(result.config?.packages.a.specfile_path).toBeNull()
    expect(result.config?.packages.b.specfile_path).toBe('b.spec')
    expect(warningsOf(result).map(where)).toEqual([
      { line: 1, column: 1, code: 'shadowed-key', path: 'specfile_path' },
    ])
    expect(warningsOf(result)[0].message).toBe(
      'specfile_path at the top level is ignored by Packit when "packages" is used: packages "a" and "b" get ' +
        '<downstream_package_name>.spec when it sets downstream_package_name, else the first spec file found',
    )
    // The same without a repository name: the default comes first either way.
    expect(
      resolve(lines('specfile_path: shared.spec', 'packages:', '  a: {}'), '.packit.yaml', {}).packages.a
        .specfile_path,
    ).toBeNull()
  })

  it('inherit the top-level paths', () => {
    const config = resolve(lines('paths: [./sub]', 'packages:', '  a: {}', '  b:', '    paths: []'))
    expect(config.packages.a.paths).toEqual(['./sub'])
    // CommonPackageConfig: `paths or ["./"]`.
    expect(config.packages.b.paths).toEqual(['./'])
  })
})

describe('jobs', () => {
  it('default to copr_build and tests on pull requests and propose_downstream on release', () => {
    const config = resolve(lines('downstream_package_name: demo'))
    expect(
      config.jobs.map((job) => [
        job.type,
        job.trigger,
        job.default_job,
        job.config.dist_git_branches,
        job.config.extra,
      ]),
    ).toEqual([
      ['copr_build', 'pull_request', true, [], { targets: ['fedora-stable'] }],
      ['tests', 'pull_request', true, [], { targets: ['fedora-stable'] }],
      ['propose_downstream', 'release', true, ['fedora-all'], {}],
    ])
  })

  it('are disabled by jobs: []', () => {
    expect(resolve(lines('jobs: []')).jobs).toEqual([])
  })

  it('override package values with whole values, no deep merge', () => {
    const config = resolve(
      lines(
        'actions:',
        '  post-upstream-clone: make spec',
        '  pre-sync: make check',
        'files_to_sync: [a.spec, b.conf]',
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        '    actions:',
        '      pre-sync: true-command',
        '    files_to_sync: [c.spec]',
      ),
    )
    expect(config.jobs[0].config.actions).toEqual({ 'pre-sync': ['true-command'] })
    expect(config.jobs[0].config.files_to_sync.map((item) => item.dest)).toEqual(['c.spec'])
    expect(config.packages.demo.actions).toEqual({
      'post-upstream-clone': ['make spec'],
      'pre-sync': ['make check'],
    })
  })

  it('run for all packages unless they select some', () => {
    const config = resolve(
      lines(
        'packages:',
        '  a: {}',
        '  b: {}',
        '  c: {}',
        'jobs:',
        '  - job: copr_build',
        '    trigger: pull_request',
        '  - job: tests',
        '    trigger: pull_request',
        '    packages: [c, a]',
        '  - job: koji_build',
        '    trigger: commit',
        '    package: b',
      ),
    )
    expect(config.jobs.map((job) => `${job.type}:${job.package_name}:${job.job_index}`)).toEqual([
      'copr_build:a:0',
      'copr_build:b:0',
      'copr_build:c:0',
      'tests:a:1',
      'tests:c:1',
      'koji_build:b:2',
    ])
  })

  it('apply per-package overrides over job keys over package keys', () => {
    const config = resolve(
      lines(
        'sync_changelog: true',
        'upstream_tag_template: "v{version}"',
        'packages:',
        '  a:',
        '    create_sync_note: false',
        '    upstream_tag_template: "a-{version}"',
        '  b: {}',
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        '    dist_git_branches: [fedora-all]',
        '    upstream_tag_template: "job-{version}"',
        '    packages:',
        '      a:',
        '        dist_git_branches: [epel-9]',
      ),
    )
    expect(config.jobs).toHaveLength(1)
    const [job] = config.jobs
    expect(job.package_name).toBe('a')
    expect(job.config).toMatchObject({
      dist_git_branches: ['epel-9'], // the job's packages mapping wins over the job
      upstream_tag_template: 'job-{version}', // the job wins over the package
      create_sync_note: false, // the package wins over the top level
      sync_changelog: true, // inherited from the top level
    })
    expect(config.packages.a.upstream_tag_template).toBe('a-{version}')
  })

  it('split "a | b" triggers into one job each, in order', () => {
    const config = resolve(
      lines(
        'jobs:',
        '  - job: koji_build',
        '    trigger: commit | koji_build',
        '    dist_git_branches: fedora-all',
      ),
    )
    expect(config.jobs.map((job) => [job.type, job.trigger, job.job_index])).toEqual([
      ['koji_build', 'commit', 0],
      ['koji_build', 'koji_build', 0],
    ])
  })

  it('act on the dist-git default branch when they name none', () => {
    const config = resolve(
      lines(
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        '  - job: copr_build',
        '    trigger: commit',
      ),
    )
    expect(config.jobs.map((job) => job.config.dist_git_branches)).toEqual([['rawhide'], []])
  })

  it('keep keys of other services in extra', () => {
    const config = resolve(
      lines(
        'jobs:',
        '  - job: copr_build',
        '    trigger: commit',
        '    targets: fedora-all',
        '    owner: "@packit"',
        '    project: demo',
      ),
    )
    expect(config.jobs[0].config.extra).toEqual({
      targets: ['fedora-all'],
      owner: '@packit',
      project: 'demo',
    })
  })

  it('can unset an inherited value with null, and turn pre-release handling off with ""', () => {
    const config = resolve(
      lines(
        'release_suffix: "0.dev"',
        'prerelease_suffix_pattern: "rc"',
        'jobs:',
        '  - job: copr_build',
        '    trigger: release',
        '    release_suffix: null',
        '    prerelease_suffix_pattern: ""',
      ),
    )
    expect(config.packages.demo.extra.release_suffix).toBe('0.dev')
    expect(config.jobs[0].config.extra.release_suffix).toBeNull()
    expect(config.jobs[0].config.prerelease_suffix_pattern).toBeNull()
  })

  it('turn pre-release handling off for a pattern that is no regular expression, as Packit does', () => {
    expect(
      resolve(lines('prerelease_suffix_pattern: "(rc"')).packages.demo.prerelease_suffix_pattern,
    ).toBeNull()
  })

  it('select every package with an empty packages list or mapping, as Packit does', () => {
    const config = resolve(
      lines(
        'packages:',
        '  a: {}',
        '  b: {}',
        'jobs:',
        '  - job: copr_build',
        '    trigger: pull_request',
        '    packages: []',
        '  - job: tests',
        '    trigger: pull_request',
        '    packages: {}',
      ),
    )
    expect(config.jobs.map((job) => `${job.type}:${job.package_name}`)).toEqual([
      'copr_build:a',
      'copr_build:b',
      'tests:a',
      'tests:b',
    ])
  })

  it('get the package name as identifier in a config with several packages (JobConfigView)', () => {
    const config = resolve(
      lines(
        'packages:',
        '  a: {}',
        '  b:',
        '    identifier: own',
        'jobs:',
        '  - job: tests',
        '    trigger: commit',
      ),
    )
    expect(config.jobs.map((job) => [job.identifier, job.config.identifier])).toEqual([
      ['a', null],
      ['own', 'own'],
    ])
    expect(resolve(lines('jobs:', '  - job: tests', '    trigger: commit')).jobs[0].identifier).toBeNull()
  })

  it('narrow packages to the one named by "package"', () => {
    const config = resolve(
      lines(
        'packages:',
        '  a: {}',
        '  b: {}',
        'jobs:',
        '  - job: tests',
        '    trigger: commit',
        '    packages: [a, b]',
        '    package: b',
      ),
    )
    expect(config.jobs.map((job) => job.package_name)).toEqual(['b'])
  })
})

describe('deprecated metadata', () => {
  it('is merged into the job, with old branch keys renamed', () => {
    const result = parse(
      lines(
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        '    metadata:',
        '      dist-git-branch: fedora-all',
        '  - job: copr_build',
        '    trigger: pull_request',
        '    metadata:',
        '      targets: [fedora-stable]',
        '      project: demo',
        '  - job: koji_build',
        '    trigger: commit',
        '    metadata:',
        '      dist_git_branch: f41',
        '      dist-git-branch: f40',
        '      dist_git_branches: f39',
      ),
    )
    expect(errorsOf(result)).toEqual([])
    const jobs = result.config?.jobs ?? []
    expect(jobs[0].config.dist_git_branches).toEqual(['fedora-all'])
    expect(jobs[1].config.extra).toEqual({ targets: ['fedora-stable'], project: 'demo' })
    // Packit renames dist-git-branch, then dist_git_branch: the last one renamed wins.
    expect(jobs[2].config.dist_git_branches).toEqual(['f41'])
    expect(warningsOf(result).filter((d) => d.code === 'deprecated-key')).toHaveLength(6)
  })
})

describe('short forms', () => {
  it('wrap string dist_git_branches and targets of a job into lists', () => {
    const config = resolve(
      lines(
        'jobs:',
        '  - job: copr_build',
        '    trigger: commit',
        '    dist_git_branches: fedora-all',
        '    targets: fedora-stable',
      ),
    )
    expect(config.jobs[0].config.dist_git_branches).toEqual(['fedora-all'])
    expect(config.jobs[0].config.extra.targets).toEqual(['fedora-stable'])
  })

  it('turn a dist_git_branches mapping into branches plus fast_forward_merge_into', () => {
    const config = resolve(
      lines(
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        '    dist_git_branches:',
        '      fedora-rawhide:',
        '        fast_forward_merge_into: [fedora-branched]',
        '      epel-10:',
        '        fast_forward_merge_into: [epel-10.1]',
        '      epel-9: {}',
      ),
    )
    const [job] = config.jobs
    expect(job.config.dist_git_branches).toEqual(['fedora-rawhide', 'epel-10', 'epel-9'])
    expect(job.fast_forward_merge_into).toEqual({
      'fedora-rawhide': ['fedora-branched'],
      'epel-10': ['epel-10.1'],
    })
    expect(job.config.fast_forward_merge_into).toBe(job.fast_forward_merge_into)
  })

  it('expand files_to_sync items', () => {
    const config = resolve(
      lines(
        'files_to_sync:',
        '  - demo.spec',
        '  - src: .distro/',
        '    dest: .',
        '    delete: true',
        '    filters: ["protect .git*", "exclude source-git.yaml"]',
        '  - src: [a, b]',
        '    dest: sub/',
        '    mkpath: true',
      ),
    )
    expect(config.packages.demo.files_to_sync).toEqual([
      { src: ['demo.spec'], dest: 'demo.spec', mkpath: false, delete: false, filters: [] },
      {
        src: ['.distro/'],
        dest: '.',
        mkpath: false,
        delete: true,
        filters: ['protect .git*', 'exclude source-git.yaml'],
      },
      { src: ['a', 'b'], dest: 'sub/', mkpath: true, delete: false, filters: [] },
    ])
  })

  it('turn spec_source_id N into SourceN', () => {
    expect(normalizeSpecSourceId(2)).toBe('Source2')
    expect(normalizeSpecSourceId('0')).toBe('Source0')
    expect(normalizeSpecSourceId('Source1')).toBe('Source1')
    expect(normalizeSpecSourceId('')).toBe('Source0')
    expect(normalizeSpecSourceId(undefined)).toBe('Source0')
    expect(resolve(lines('spec_source_id: 3')).packages.demo.spec_source_id).toBe('Source3')
  })

  it('keep action argument lists', () => {
    const config = resolve(lines('actions:', '  pre-sync:', '    - [make, -C, docs]', '    - make check'))
    expect(config.packages.demo.actions['pre-sync']).toEqual([['make', '-C', 'docs'], 'make check'])
  })
})

describe('dist-git location', () => {
  const pkg = (...rows: string[]) => resolve(lines(...rows)).packages.demo

  it('defaults to Fedora', () => {
    expect(pkg()).toMatchObject({
      dist_git_base_url: 'https://src.fedoraproject.org/',
      dist_git_namespace: 'rpms',
      lookaside_cache_url: 'https://src.fedoraproject.org/repo/pkgs',
    })
  })

  it('follows pkg_tool', () => {
    expect(pkg('pkg_tool: fedpkg-stage')).toMatchObject({
      dist_git_base_url: 'https://src.stg.fedoraproject.org/',
      lookaside_cache_url: 'https://src.stg.fedoraproject.org/repo/pkgs',
    })
    expect(pkg('pkg_tool: centpkg')).toMatchObject({
      dist_git_base_url: 'https://gitlab.com/',
      dist_git_namespace: 'redhat/centos-stream/rpms',
    })
    expect(pkg('pkg_tool: centpkg-sig', 'sig: cloud').dist_git_namespace).toBe('CentOS/cloud/rpms')
  })

  it('keeps only the host of an explicit dist_git_base_url, and derives the lookaside cache from it', () => {
    expect(pkg('dist_git_base_url: https://src.stg.fedoraproject.org/some/path')).toMatchObject({
      dist_git_base_url: 'https://src.stg.fedoraproject.org/',
      dist_git_namespace: 'rpms',
      lookaside_cache_url: 'https://src.stg.fedoraproject.org/repo/pkgs',
    })
    expect(pkg('dist_git_base_url: pkgs.example.org', 'dist_git_namespace: rpms-test')).toMatchObject({
      dist_git_base_url: 'https://pkgs.example.org/',
      dist_git_namespace: 'rpms-test',
    })
  })

  it('accepts lookaside_cache_url (srcgit extension) at any level', () => {
    const config = resolve(
      lines(
        'lookaside_cache_url: https://cache.example.org/repo/pkgs/',
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        '    lookaside_cache_url: https://other.example.org/pkgs',
      ),
    )
    expect(config.packages.demo.lookaside_cache_url).toBe('https://cache.example.org/repo/pkgs')
    expect(config.jobs[0].config.lookaside_cache_url).toBe('https://other.example.org/pkgs')
  })
})

describe('dist_git_forge (srcgit extension)', () => {
  it('defaults to auto', () => {
    const config = resolve(lines('jobs:', '  - job: propose_downstream', '    trigger: release'))
    expect(config.packages.demo.dist_git_forge).toBe('auto')
    expect(config.jobs[0].config.dist_git_forge).toBe('auto')
  })

  it("is inherited like dist_git_base_url: top level, then package, then job, then the job's package override", () => {
    const config = resolve(
      lines(
        'dist_git_forge: pagure',
        'dist_git_base_url: https://src.example.org/',
        'packages:',
        '  a: {}',
        '  b:',
        '    dist_git_forge: forgejo',
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        '  - job: sync_from_downstream',
        '    trigger: commit',
        '    dist_git_forge: auto',
        '    packages:',
        '      a: {}',
        '      b:',
        '        dist_git_forge: pagure',
      ),
    )
    expect(config.packages.a).toMatchObject({
      dist_git_forge: 'pagure',
      dist_git_base_url: 'https://src.example.org/',
    })
    expect(config.packages.b).toMatchObject({
      dist_git_forge: 'forgejo',
      dist_git_base_url: 'https://src.example.org/',
    })
    expect(config.jobs.map((job) => [job.type, job.package_name, job.config.dist_git_forge])).toEqual([
      ['propose_downstream', 'a', 'pagure'],
      ['propose_downstream', 'b', 'forgejo'],
      ['sync_from_downstream', 'a', 'auto'],
      ['sync_from_downstream', 'b', 'pagure'],
    ])
    // A typed key: not repeated in extra.
    expect(config.packages.a.extra).not.toHaveProperty('dist_git_forge')
  })
})

describe('anchors and merge keys', () => {
  it('work in jobs and packages, with "_" ignored', () => {
    const config = resolve(
      lines(
        '_:',
        '  - &build',
        '    job: copr_build',
        '    trigger: pull_request',
        '    targets: [fedora-all]',
        'packages:',
        '  a: &pkg',
        '    upstream_tag_template: "a-{version}"',
        '  b:',
        '    <<: *pkg',
        '    specfile_path: b.spec',
        'jobs:',
        '  - <<: *build',
        '    packages: [a]',
        '  - <<: *build',
        '    trigger: commit',
        '    packages: [b]',
      ),
    )
    expect(config.packages.b.upstream_tag_template).toBe('a-{version}')
    expect(
      config.jobs.map((job) => [job.type, job.trigger, job.package_name, job.config.extra.targets]),
    ).toEqual([
      ['copr_build', 'pull_request', 'a', ['fedora-all']],
      ['copr_build', 'commit', 'b', ['fedora-all']],
    ])
  })
})

describe('resolveConfig', () => {
  it('treats a non-mapping input as empty and leaves the input untouched', () => {
    expect(resolveConfig(null, '.packit.yaml', { repoName: 'x' }).config?.packages.x).toBeDefined()
    const raw = { downstream_package_name: 'a', jobs: [{ job: 'tests', trigger: 'commit', metadata: null }] }
    const copy = structuredClone(raw)
    resolveConfig(raw, '.packit.yaml')
    expect(raw).toEqual(copy)
  })

  it('resolves tolerantly what validation would have rejected', () => {
    const raw = {
      packages: { a: 'not a mapping' },
      jobs: [
        'not a job',
        { job: 'tests', trigger: 'commit', packages: { a: 'x' } },
        { job: 'tests', trigger: 'commit', packages: 'a' },
      ],
      files_to_sync: [42],
      sources: ['x', { path: 'p', url: 'u' }],
      actions: { 'pre-sync': 1 },
      parse_time_macros: [],
    }
    const config = resolveConfig(raw, '.packit.yaml').config
    expect(config?.jobs.map((job) => job.package_name)).toEqual(['a', 'a'])
    expect(config?.packages.a.files_to_sync).toEqual([])
    expect(config?.packages.a.sources).toEqual([{ path: 'p', url: 'u' }])
    expect(config?.packages.a.actions).toEqual({})
  })
})
