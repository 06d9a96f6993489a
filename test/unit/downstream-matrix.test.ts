/**
 * The `matrix` output of config-check: one cell per package and dist-git branch of the
 * koji_build and bodhi_update jobs, aliases expanded as those jobs expand them.
 */
import { describe, expect, it } from '@jest/globals'
import { downstreamMatrix, loadDownstreamMatrix } from '../../src/jobs/downstream-matrix.js'
import type { HttpClient } from '../../src/http/client.js'
import { lines, resolve } from './config/helpers.js'
import { RELEASES } from './forges/bodhi-releases.js'

const config = (...rows: string[]) => resolve(lines(...rows), '.packit.yaml', { repoName: 'hello' })

describe('downstreamMatrix', () => {
  it('has one cell per branch of the koji_build and bodhi_update jobs, each branch once', () => {
    const matrix = downstreamMatrix(
      config(
        'downstream_package_name: hello',
        'jobs:',
        '  - job: propose_downstream',
        '    trigger: release',
        '    dist_git_branches: [rawhide, f43, epel10]',
        '  - job: koji_build',
        '    trigger: commit',
        '    dist_git_branches: [rawhide, f43]',
        '  - job: bodhi_update',
        '    trigger: commit',
        '    dist_git_branches: [f43, f42]',
      ),
      [],
    )
    expect(matrix).toEqual({
      include: [
        { package: 'hello', branch: 'rawhide' },
        { package: 'hello', branch: 'f43' },
        { package: 'hello', branch: 'f42' },
      ],
    })
  })

  it('expands aliases with the active releases; rawhide only for koji_build (Bodhi makes its updates)', () => {
    const matrix = downstreamMatrix(
      config(
        'downstream_package_name: hello',
        'jobs:',
        '  - job: koji_build',
        '    trigger: commit',
        '    dist_git_branches: [fedora-all]',
        '  - job: bodhi_update',
        '    trigger: commit',
        '    dist_git_branches: [fedora-all, epel-9]',
      ),
      RELEASES,
    )
    expect(matrix.include.map((c) => c.branch)).toEqual(['f42', 'f43', 'f44', 'rawhide', 'epel9'])
    expect(new Set(matrix.include.map((c) => c.package))).toEqual(new Set(['hello']))
  })

  it('takes bodhi_update without branches as fedora-branched, koji_build without as rawhide', () => {
    const matrix = downstreamMatrix(
      config(
        'downstream_package_name: hello',
        'jobs:',
        '  - job: koji_build',
        '    trigger: commit',
        '  - job: bodhi_update',
        '    trigger: commit',
      ),
      RELEASES,
    )
    expect(matrix.include).toEqual([
      { package: 'hello', branch: 'rawhide' },
      { package: 'hello', branch: 'f42' },
      { package: 'hello', branch: 'f43' },
      { package: 'hello', branch: 'f44' },
    ])
  })

  it('has cells per package of a packages: configuration, job-level packages: choosing and overriding', () => {
    const matrix = downstreamMatrix(
      config(
        'packages:',
        '  hello: {downstream_package_name: hello, specfile_path: hello.spec}',
        '  hello-docs: {downstream_package_name: hello-docs, specfile_path: docs/hello-docs.spec}',
        '  hello-tools: {downstream_package_name: hello-tools, specfile_path: tools/hello-tools.spec}',
        'jobs:',
        '  - job: koji_build',
        '    trigger: commit',
        '    dist_git_branches: [rawhide, f43]',
        '    packages:',
        '      hello: {}',
        '      hello-docs:',
        '        dist_git_branches: [rawhide]',
        '  - job: bodhi_update',
        '    trigger: commit',
        '    dist_git_branches: [f43]',
        '    packages: [hello, hello-tools]',
      ),
      [],
    )
    expect(matrix).toEqual({
      include: [
        { package: 'hello', branch: 'rawhide' },
        { package: 'hello', branch: 'f43' },
        { package: 'hello-docs', branch: 'rawhide' },
        { package: 'hello-tools', branch: 'f43' },
      ],
    })
  })

  it('is empty without downstream jobs (also with only jobs of another trigger)', () => {
    expect(
      downstreamMatrix(
        config(
          'downstream_package_name: hello',
          'jobs:',
          '  - job: propose_downstream',
          '    trigger: release',
          '    dist_git_branches: [fedora-all]',
        ),
        [],
      ),
    ).toEqual({ include: [] })
    expect(
      downstreamMatrix(
        config(
          'downstream_package_name: hello',
          'jobs:',
          '  - job: koji_build',
          '    trigger: ignore',
          '    dist_git_branches: [f43]',
        ),
        [],
      ),
    ).toEqual({ include: [] })
    expect(JSON.stringify(downstreamMatrix(config('downstream_package_name: hello', 'jobs: []'), []))).toBe(
      '{"include":[]}',
    )
  })
})

describe('loadDownstreamMatrix', () => {
  /** A client that answers GET /releases/ from RELEASES and counts the requests. */
  function bodhi() {
    const urls: string[] = []
    const http = {
      request: (req: { url: string }) => {
        urls.push(req.url)
        return Promise.resolve({
          status: 200,
          text: JSON.stringify({ releases: RELEASES, page: 1, pages: 1 }),
          headers: {},
        })
      },
    } as unknown as HttpClient
    return { urls, http: () => http }
  }

  it('does not ask Bodhi when every branch is named', async () => {
    const server = bodhi()
    const matrix = await loadDownstreamMatrix(
      config(
        'downstream_package_name: hello',
        'jobs:',
        '  - job: koji_build',
        '    trigger: commit',
        '    dist_git_branches: [rawhide, f43, epel10]',
      ),
      { http: server.http, bodhiUrl: 'http://127.0.0.1:9/' },
    )
    expect(matrix.include.map((c) => c.branch)).toEqual(['rawhide', 'f43', 'epel10'])
    expect(server.urls).toEqual([])
  })

  it('asks the given Bodhi once when an alias needs the releases', async () => {
    const server = bodhi()
    const matrix = await loadDownstreamMatrix(
      config(
        'downstream_package_name: hello',
        'jobs:',
        '  - job: koji_build',
        '    trigger: commit',
        '    dist_git_branches: [fedora-stable]',
        '  - job: bodhi_update',
        '    trigger: commit',
      ),
      { http: server.http, bodhiUrl: 'http://127.0.0.1:9/' },
    )
    expect(matrix.include.map((c) => c.branch)).toEqual(['f42', 'f43', 'f44'])
    expect(server.urls).toEqual([
      'http://127.0.0.1:9/releases/?state=current&state=pending&state=frozen&page=1',
    ])
  })
})
