/**
 * The configuration each srcgit job runs from: Packit's job views (job > package > top level),
 * chosen by job type and trigger, one per package the job selects.
 */
import { describe, expect, it } from '@jest/globals'
import {
  BODHI_UPDATE,
  jobViews,
  KOJI_BUILD,
  JobViewError,
  PROPOSE_DOWNSTREAM,
  singleJobView,
  SYNC_FROM_DOWNSTREAM,
} from '../../../src/config/views.js'
import { lines, resolve } from './helpers.js'

const branchesOf = (text: string, packageName?: string) =>
  jobViews(resolve(text, '.packit.yaml', { repoName: 'demo' }), PROPOSE_DOWNSTREAM, packageName).views.map(
    (v) => [v.packageKey, v.pkg.dist_git_branches],
  )

describe('propose-downstream runs from the propose_downstream job view', () => {
  it('takes dist_git_branches and upstream_tag_template from the job, not the top level', () => {
    const config = resolve(
      lines(
        'downstream_package_name: demo',
        'upstream_tag_template: "{version}"',
        'dist_git_branches: [rawhide]',
        'jobs:',
        '  - job: copr_build',
        '    trigger: pull_request',
        '  - job: propose_downstream',
        '    trigger: release',
        '    dist_git_branches: [f43, f42]',
        '    upstream_tag_template: "v{version}"',
        '    files_to_sync: [demo.spec, .packit.yaml, tests/]',
      ),
    )
    const { views, notes } = jobViews(config, PROPOSE_DOWNSTREAM)
    expect(views).toHaveLength(1)
    expect(views[0]).toMatchObject({ packageKey: 'demo', origin: 'jobs[1] (propose_downstream)' })
    expect(views[0].pkg.dist_git_branches).toEqual(['f43', 'f42'])
    expect(views[0].pkg.upstream_tag_template).toBe('v{version}')
    expect(views[0].pkg.files_to_sync.map((f) => f.dest)).toEqual(['demo.spec', '.packit.yaml', 'tests/'])
    expect(notes).toEqual([])
  })

  it("without jobs uses Packit's default propose_downstream job (fedora-all), and says so", () => {
    const config = resolve(lines('downstream_package_name: demo', 'dist_git_branches: [rawhide]'))
    const selection = jobViews(config, PROPOSE_DOWNSTREAM)
    expect(selection.views.map((v) => v.pkg.dist_git_branches)).toEqual([['fedora-all']])
    expect(selection.views[0].origin).toBe("Packit's default jobs")
    expect(selection.defaultJobsNote).toContain("Packit's default propose_downstream job applies")
  })

  it('with jobs but none of propose_downstream falls back on the package, rawhide by default', () => {
    expect(branchesOf(lines('jobs:', '  - job: copr_build', '    trigger: pull_request'))).toEqual([
      ['demo', ['rawhide']],
    ])
    const selection = jobViews(
      resolve(
        lines('dist_git_branches: [f43]', 'jobs:', '  - job: tests', '    trigger: pull_request'),
        '.packit.yaml',
        {
          repoName: 'demo',
        },
      ),
      PROPOSE_DOWNSTREAM,
    )
    expect(selection.views[0].pkg.dist_git_branches).toEqual(['f43'])
    expect(selection.notes.join()).toContain('has no propose_downstream job')
  })

  it('leaves out jobs of other triggers, and runs none when only `trigger: ignore` ones are there', () => {
    const text = lines(
      'jobs:',
      '  - job: propose_downstream',
      '    trigger: ignore',
      '    dist_git_branches: [f43]',
    )
    const selection = jobViews(resolve(text, '.packit.yaml', { repoName: 'demo' }), PROPOSE_DOWNSTREAM)
    expect(selection.views).toEqual([])
    expect(selection.notes.join()).toContain('trigger: ignore, not release: nothing to do')
  })

  it('splits `trigger: "commit | release"` and keeps the release one', () => {
    expect(
      branchesOf(
        lines(
          'jobs:',
          '  - job: propose_downstream',
          '    trigger: commit | release',
          '    dist_git_branches: f43',
        ),
      ),
    ).toEqual([['demo', ['f43']]])
  })

  it('gives one view per package a monorepo job selects, with jobs[].packages overrides', () => {
    const text = lines(
      'upstream_project_url: https://github.com/containers/podman',
      'packages:',
      '  podman-fedora:',
      '    specfile_path: rpm/podman.spec',
      '  podman-docs:',
      '    downstream_package_name: podman-docs',
      '    specfile_path: docs/podman-docs.spec',
      'jobs:',
      '  - job: propose_downstream',
      '    trigger: release',
      '    dist_git_branches: [fedora-all]',
      '    packages:',
      '      podman-fedora: {}',
      '      podman-docs:',
      '        dist_git_branches: [rawhide]',
    )
    expect(branchesOf(text)).toEqual([
      ['podman-fedora', ['fedora-all']],
      ['podman-docs', ['rawhide']],
    ])
    expect(branchesOf(text, 'podman-docs')).toEqual([['podman-docs', ['rawhide']]])
  })

  it('refuses a package the configuration does not have, naming the ones it has', () => {
    const config = resolve(lines('downstream_package_name: demo'))
    expect(() => jobViews(config, PROPOSE_DOWNSTREAM, 'nope')).toThrow(JobViewError)
    expect(() => jobViews(config, PROPOSE_DOWNSTREAM, 'nope')).toThrow(
      '.packit.yaml has no package "nope" (packages: demo)',
    )
  })
})

describe('jobs working on one package', () => {
  const monorepo = lines(
    'packages:',
    '  a: {downstream_package_name: a, specfile_path: a.spec}',
    '  b: {downstream_package_name: b, specfile_path: b.spec}',
    'jobs:',
    '  - job: propose_downstream',
    '    trigger: release',
    '    dist_git_branches: [f43]',
  )

  it('sync-from-downstream prefers a sync_from_downstream job, else the propose_downstream one', () => {
    const withSync = resolve(
      lines(
        'downstream_package_name: demo',
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        '    dist_git_branches: [f43]',
        '  - job: sync_from_downstream',
        '    trigger: commit',
        '    dist_git_branches: [f42]',
      ),
    )
    expect(singleJobView(withSync, SYNC_FROM_DOWNSTREAM, undefined, 'x').view.pkg.dist_git_branches).toEqual([
      'f42',
    ])
    const withoutSync = resolve(
      lines(
        'downstream_package_name: demo',
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        '    dist_git_branches: [f43]',
      ),
    )
    const chosen = singleJobView(withoutSync, SYNC_FROM_DOWNSTREAM, undefined, 'x')
    expect(chosen.view.pkg.dist_git_branches).toEqual(['f43'])
    expect(chosen.notes.join()).toContain("no sync_from_downstream job: using the propose_downstream job's")
  })

  it('ask for --package in a monorepo, and take the named one', () => {
    const config = resolve(monorepo)
    expect(() => singleJobView(config, SYNC_FROM_DOWNSTREAM, undefined, 'sync-from-downstream')).toThrow(
      'defines 2 packages for sync-from-downstream (a, b); choose one with --package',
    )
    expect(singleJobView(config, SYNC_FROM_DOWNSTREAM, 'b', 'x').view).toMatchObject({ packageKey: 'b' })
  })
})

describe("Packit's default jobs and the other srcgit jobs", () => {
  it('sync-from-downstream does not take the default propose_downstream job (fedora-all) for its own', () => {
    const config = resolve(lines('downstream_package_name: demo'))
    const chosen = singleJobView(config, SYNC_FROM_DOWNSTREAM, undefined, 'sync-from-downstream')
    expect(chosen.view.origin).toBe('packages.demo')
    expect(chosen.view.pkg.dist_git_branches).toEqual(['rawhide'])
  })
})

describe('koji_build and bodhi_update jobs of a side-tag group', () => {
  const config = resolve(
    lines(
      'downstream_package_name: demo',
      'jobs:',
      '  - job: koji_build',
      '    trigger: koji_build',
      '    sidetag_group: stack',
      '    dependencies: [base]',
      '    dist_git_branches: [f43]',
      '  - job: bodhi_update',
      '    trigger: koji_build',
      '    dist_git_branches: [f43]',
      '  - job: bodhi_update',
      '    trigger: koji_build',
      '    sidetag_group: stack',
      '    dist_git_branches: [f43]',
    ),
  )

  it('run with trigger koji_build when sidetag_group is set (Packit runs them on tagging into the side tag)', () => {
    const builds = jobViews(config, KOJI_BUILD).views
    expect(builds.map((v) => [v.origin, v.job?.sidetag_group, v.job?.dependencies])).toEqual([
      ['jobs[0] (koji_build)', 'stack', ['base']],
    ])
    // The bodhi_update job without sidetag_group reacts to tagging events Packit only sends for side tags.
    expect(jobViews(config, BODHI_UPDATE).views.map((v) => v.origin)).toEqual(['jobs[2] (bodhi_update)'])
  })
})
