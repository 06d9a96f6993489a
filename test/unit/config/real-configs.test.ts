/**
 * Real-shaped configurations (written after public ones: podman, sssd, anaconda, systemd, cockpit,
 * packit, rpm, dnf5, copr, ogr, source-git repositories as `packit source-git init` writes them, ...)
 * and the job views srcgit resolves for them: for every (job, trigger, package), the values the
 * release-sync jobs use.
 *
 * The expected values are Packit 1.16.2's: they were produced by loading each file with Packit's
 * own PackageConfig.get_from_dict (packit/config/package_config.py, marshmallow 3.23, the given
 * repository name, get_local_specfile_path on a directory holding the given spec files) and reading
 * get_job_views(), then checked against the code path (set_defaults, ordered_preprocess,
 * rearrange_packages, rearrange_jobs, process_job_triggers, JobConfigView). One srcgit difference is
 * applied, as documented in src/config/README.md: a dist-git job without dist_git_branches acts on
 * "rawhide" (Packit's empty list means the dist-git default branch too). A dist_git_branches mapping
 * is listed by its keys (its fast_forward_merge_into is checked separately).
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { loadConfig, parseConfigText } from '../../../src/config/index.js'
import type { FilesToSyncItem, JobConfig } from '../../../src/config/index.js'
import { TestRepo } from '../../support/git-repo.js'

const REAL = path.join(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/config/real')

interface View {
  job: string
  trigger: string
  package: string
  downstream: string
  upstream: string
  spec: string | null
  branches: string[]
  tagTemplate: string
  upstreamRef: string | null
  /** Key into the fixture's `files`. */
  files: string
}

interface RealConfig {
  fixture: string
  /** The name the file has in its repository. */
  file: string
  /** The repository name Packit would use (its remote's name). */
  repoName: string
  /** Spec files in the repository, for the deprecated spec search. */
  specFiles: string[]
  files: Record<string, FilesToSyncItem[]>
  views: View[]
}

const CONFIGS: RealConfig[] = [
  {
    fixture: 'podman.packit.yaml',
    file: '.packit.yaml',
    repoName: 'podman',
    specFiles: [],
    files: {
      files: [
        { src: ['rpm/gating.yaml'], dest: 'gating.yaml', mkpath: false, delete: true, filters: [] },
        { src: ['plans/'], dest: 'plans/', mkpath: true, delete: true, filters: [] },
        { src: ['.packit.yaml'], dest: '.packit.yaml', mkpath: false, delete: false, filters: [] },
      ],
    },
    views: [
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'podman-fedora',
        downstream: 'podman',
        upstream: 'podman',
        spec: 'rpm/podman.spec',
        branches: [],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'copr_build',
        trigger: 'ignore',
        package: 'podman-eln',
        downstream: 'podman',
        upstream: 'podman',
        spec: 'rpm/podman.spec',
        branches: [],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'tests',
        trigger: 'pull_request',
        package: 'podman-fedora',
        downstream: 'podman',
        upstream: 'podman',
        spec: 'rpm/podman.spec',
        branches: [],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'podman-fedora',
        downstream: 'podman',
        upstream: 'podman',
        spec: 'rpm/podman.spec',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'podman-centos',
        downstream: 'podman',
        upstream: 'podman',
        spec: 'rpm/podman.spec',
        branches: ['c10s'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'podman-fedora',
        downstream: 'podman',
        upstream: 'podman',
        spec: 'rpm/podman.spec',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'koji_build',
        package: 'podman-fedora',
        downstream: 'podman',
        upstream: 'podman',
        spec: 'rpm/podman.spec',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'sssd.packit.yaml',
    file: '.packit.yaml',
    repoName: 'sssd',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'copr_build',
        trigger: 'commit',
        package: 'upstream',
        downstream: 'sssd',
        upstream: 'sssd',
        spec: 'contrib/sssd.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'tests',
        trigger: 'pull_request',
        package: 'upstream',
        downstream: 'sssd',
        upstream: 'sssd',
        spec: 'contrib/sssd.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'downstream',
        downstream: 'sssd',
        upstream: 'sssd',
        spec: 'contrib/sssd.spec',
        branches: ['fedora-all'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'downstream',
        downstream: 'sssd',
        upstream: 'sssd',
        spec: 'contrib/sssd.spec',
        branches: ['fedora-all'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'commit',
        package: 'downstream',
        downstream: 'sssd',
        upstream: 'sssd',
        spec: 'contrib/sssd.spec',
        branches: ['fedora-branched'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'anaconda.packit.yaml',
    file: '.packit.yaml',
    repoName: 'anaconda',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'tests',
        trigger: 'pull_request',
        package: 'anaconda-fedora',
        downstream: 'anaconda',
        upstream: 'anaconda',
        spec: 'anaconda.spec',
        branches: [],
        tagTemplate: 'anaconda-{version}-1',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'copr_build',
        trigger: 'commit',
        package: 'anaconda-fedora',
        downstream: 'anaconda',
        upstream: 'anaconda',
        spec: 'anaconda.spec',
        branches: [],
        tagTemplate: 'anaconda-{version}-1',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'anaconda-fedora',
        downstream: 'anaconda',
        upstream: 'anaconda',
        spec: 'anaconda.spec',
        branches: ['main'],
        tagTemplate: 'anaconda-{version}-1',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'anaconda-fedora',
        downstream: 'anaconda',
        upstream: 'anaconda',
        spec: 'anaconda.spec',
        branches: ['main'],
        tagTemplate: 'anaconda-{version}-1',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'anaconda-centos',
        downstream: 'anaconda',
        upstream: 'anaconda',
        spec: 'anaconda.spec',
        branches: ['c10s'],
        tagTemplate: 'anaconda-{version}-1',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'systemd.packit.yml',
    file: '.packit.yml',
    repoName: 'systemd',
    specFiles: [],
    files: {
      files: [
        { src: ['.packit.yml'], dest: '.packit.yml', mkpath: false, delete: false, filters: [] },
        {
          src: ['.packit_rpm/systemd.spec'],
          dest: 'systemd.spec',
          mkpath: false,
          delete: false,
          filters: [],
        },
      ],
    },
    views: [
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'systemd',
        downstream: 'systemd',
        upstream: 'systemd',
        spec: '.packit_rpm/systemd.spec',
        branches: [],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'tests',
        trigger: 'pull_request',
        package: 'systemd',
        downstream: 'systemd',
        upstream: 'systemd',
        spec: '.packit_rpm/systemd.spec',
        branches: [],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'cockpit.packit.yaml',
    file: 'packit.yaml',
    repoName: 'cockpit',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'tests',
        trigger: 'pull_request',
        package: 'cockpit',
        downstream: 'cockpit',
        upstream: 'cockpit',
        spec: 'tools/cockpit.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'copr_build',
        trigger: 'release',
        package: 'cockpit',
        downstream: 'cockpit',
        upstream: 'cockpit',
        spec: 'tools/cockpit.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'cockpit',
        downstream: 'cockpit',
        upstream: 'cockpit',
        spec: 'tools/cockpit.spec',
        branches: ['fedora-all', 'epel-9'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'cockpit',
        downstream: 'cockpit',
        upstream: 'cockpit',
        spec: 'tools/cockpit.spec',
        branches: ['fedora-all', 'epel-9'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'commit',
        package: 'cockpit',
        downstream: 'cockpit',
        upstream: 'cockpit',
        spec: 'tools/cockpit.spec',
        branches: ['fedora-branched', 'epel-9'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'packit.packit.yaml',
    file: '.packit.yaml',
    repoName: 'packit',
    specFiles: [],
    files: {
      files: [
        { src: ['packit.spec'], dest: 'packit.spec', mkpath: false, delete: false, filters: [] },
        { src: ['.packit.yaml'], dest: '.packit.yaml', mkpath: false, delete: false, filters: [] },
        { src: ['plans/'], dest: 'plans/', mkpath: false, delete: false, filters: [] },
        { src: ['.fmf/'], dest: '.fmf/', mkpath: false, delete: false, filters: [] },
      ],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'packit',
        downstream: 'packit',
        upstream: 'packitos',
        spec: 'packit.spec',
        branches: ['fedora-rawhide', 'epel-9'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'packit',
        downstream: 'packit',
        upstream: 'packitos',
        spec: 'packit.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'packit',
        downstream: 'packit',
        upstream: 'packitos',
        spec: 'packit.spec',
        branches: ['fedora-all', 'epel-9'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'commit',
        package: 'packit',
        downstream: 'packit',
        upstream: 'packitos',
        spec: 'packit.spec',
        branches: ['fedora-branched', 'epel-9'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'koji_build',
        package: 'packit',
        downstream: 'packit',
        upstream: 'packitos',
        spec: 'packit.spec',
        branches: ['fedora-branched', 'epel-9'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'rpm.packit.yaml',
    file: '.packit.yaml',
    repoName: 'rpm',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'rpm',
        downstream: 'rpm',
        upstream: 'rpm',
        spec: 'rpm.spec',
        branches: [],
        tagTemplate: 'rpm-{version}-release',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'tests',
        trigger: 'pull_request',
        package: 'rpm',
        downstream: 'rpm',
        upstream: 'rpm',
        spec: 'rpm.spec',
        branches: [],
        tagTemplate: 'rpm-{version}-release',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'dnf5.packit.yaml',
    file: '.packit.yaml',
    repoName: 'dnf5',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'dnf5',
        downstream: 'dnf5',
        upstream: 'dnf5',
        spec: 'dnf5.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'dnf5',
        downstream: 'dnf5',
        upstream: 'dnf5',
        spec: 'dnf5.spec',
        branches: ['fedora-rawhide', 'fedora-latest'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'dnf5',
        downstream: 'dnf5',
        upstream: 'dnf5',
        spec: 'dnf5.spec',
        branches: ['fedora-all'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'commit',
        package: 'dnf5',
        downstream: 'dnf5',
        upstream: 'dnf5',
        spec: 'dnf5.spec',
        branches: ['fedora-branched'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'acl-source-git/.distro/source-git.yaml',
    file: '.distro/source-git.yaml',
    repoName: 'acl',
    specFiles: [],
    files: {
      files: [
        {
          src: ['.distro/'],
          dest: '.',
          mkpath: false,
          delete: true,
          filters: ['protect .git*', 'protect sources', 'exclude source-git.yaml', 'exclude .gitignore'],
        },
      ],
    },
    views: [
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'acl',
        downstream: 'acl',
        upstream: 'acl',
        spec: '.distro/acl.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: 'v2.3.2',
        files: 'files',
      },
      {
        job: 'tests',
        trigger: 'pull_request',
        package: 'acl',
        downstream: 'acl',
        upstream: 'acl',
        spec: '.distro/acl.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: 'v2.3.2',
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'acl',
        downstream: 'acl',
        upstream: 'acl',
        spec: '.distro/acl.spec',
        branches: ['fedora-all'],
        tagTemplate: '{version}',
        upstreamRef: 'v2.3.2',
        files: 'files',
      },
    ],
  },
  {
    fixture: 'dracut-source-git/.distro/source-git.yaml',
    file: '.distro/source-git.yaml',
    repoName: 'dracut',
    specFiles: [],
    files: {
      files: [
        {
          src: ['.distro/'],
          dest: '.',
          mkpath: false,
          delete: true,
          filters: ['protect .git*', 'protect sources', 'exclude source-git.yaml', 'exclude .gitignore'],
        },
        { src: ['.distro/plans/'], dest: 'plans/', mkpath: true, delete: false, filters: [] },
      ],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'dracut',
        downstream: 'dracut',
        upstream: 'dracut',
        spec: '.distro/dracut.spec',
        branches: ['fedora-rawhide', 'fedora-stable'],
        tagTemplate: '{version}',
        upstreamRef: '1*',
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'dracut',
        downstream: 'dracut',
        upstream: 'dracut',
        spec: '.distro/dracut.spec',
        branches: ['fedora-all'],
        tagTemplate: '{version}',
        upstreamRef: '1*',
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'commit',
        package: 'dracut',
        downstream: 'dracut',
        upstream: 'dracut',
        spec: '.distro/dracut.spec',
        branches: ['fedora-stable'],
        tagTemplate: '{version}',
        upstreamRef: '1*',
        files: 'files',
      },
    ],
  },
  {
    fixture: 'copr.packit.yaml',
    file: '.packit.yaml',
    repoName: 'copr',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'python-copr',
        downstream: 'python-copr',
        upstream: 'copr',
        spec: 'python-copr.spec',
        branches: [],
        tagTemplate: 'python-copr-{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'copr-cli',
        downstream: 'copr-cli',
        upstream: 'copr-cli',
        spec: 'copr-cli.spec',
        branches: [],
        tagTemplate: 'copr-cli-{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'copr-frontend',
        downstream: 'copr-frontend',
        upstream: 'copr',
        spec: 'copr-frontend.spec',
        branches: [],
        tagTemplate: 'copr-frontend-{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'python-copr',
        downstream: 'python-copr',
        upstream: 'copr',
        spec: 'python-copr.spec',
        branches: ['fedora-all', 'epel-9'],
        tagTemplate: 'python-copr-{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'copr-cli',
        downstream: 'copr-cli',
        upstream: 'copr-cli',
        spec: 'copr-cli.spec',
        branches: ['fedora-all', 'epel-9'],
        tagTemplate: 'copr-cli-{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'copr-cli',
        downstream: 'copr-cli',
        upstream: 'copr-cli',
        spec: 'copr-cli.spec',
        branches: ['fedora-all'],
        tagTemplate: 'copr-cli-{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'metadata.packit.yaml',
    file: '.packit.yaml',
    repoName: 'ogr',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'python-ogr',
        downstream: 'python-ogr',
        upstream: 'ogr',
        spec: 'fedora/python-ogr.spec',
        branches: ['fedora-all'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'python-ogr',
        downstream: 'python-ogr',
        upstream: 'ogr',
        spec: 'fedora/python-ogr.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'python-ogr',
        downstream: 'python-ogr',
        upstream: 'ogr',
        spec: 'fedora/python-ogr.spec',
        branches: ['fedora-rawhide', 'fedora-branched'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'sync_from_downstream',
        trigger: 'commit',
        package: 'python-ogr',
        downstream: 'python-ogr',
        upstream: 'ogr',
        spec: 'fedora/python-ogr.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'triggers-and-overrides.packit.yaml',
    file: '.packit.yaml',
    repoName: 'bindings',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'libfoo',
        downstream: 'libfoo',
        upstream: 'bindings',
        spec: 'libfoo.spec',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'python-foo',
        downstream: 'python-foo',
        upstream: 'bindings',
        spec: 'python/python-foo.spec',
        branches: ['fedora-rawhide'],
        tagTemplate: 'python-v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'libfoo',
        downstream: 'libfoo',
        upstream: 'bindings',
        spec: 'libfoo.spec',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'koji_build',
        package: 'libfoo',
        downstream: 'libfoo',
        upstream: 'bindings',
        spec: 'libfoo.spec',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'commit',
        package: 'python-foo',
        downstream: 'python-foo',
        upstream: 'bindings',
        spec: 'python/python-foo.spec',
        branches: ['fedora-branched'],
        tagTemplate: 'python-v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'koji_build',
        package: 'python-foo',
        downstream: 'python-foo',
        upstream: 'bindings',
        spec: 'python/python-foo.spec',
        branches: ['fedora-branched'],
        tagTemplate: 'python-v{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'aliases.packit.yaml',
    file: '.packit.yaml',
    repoName: 'demo',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'pull_from_upstream',
        trigger: 'release',
        package: 'demo',
        downstream: 'demo',
        upstream: 'demo',
        spec: 'demo.spec',
        branches: ['fedora-all', 'epel-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'demo',
        downstream: 'demo',
        upstream: 'demo',
        spec: 'demo.spec',
        branches: ['fedora-latest', 'fedora-stable', 'fedora-development', 'epel-9', 'epel-10-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'demo',
        downstream: 'demo',
        upstream: 'demo',
        spec: 'demo.spec',
        branches: ['fedora-latest-stable', 'fedora-branched', 'epel-9-branched'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'commit',
        package: 'demo',
        downstream: 'demo',
        upstream: 'demo',
        spec: 'demo.spec',
        branches: ['fedora-stable'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'job-overrides.packit.yaml',
    file: '.packit.yaml',
    repoName: 'tuned',
    specFiles: [],
    files: {
      files1: [
        {
          src: ['packaging/fedora/tuned.spec'],
          dest: 'tuned.spec',
          mkpath: false,
          delete: false,
          filters: [],
        },
        { src: ['.packit.yaml'], dest: '.packit.yaml', mkpath: false, delete: false, filters: [] },
      ],
      files2: [{ src: ['tuned.spec'], dest: 'tuned.spec', mkpath: true, delete: false, filters: [] }],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'tuned',
        downstream: 'tuned',
        upstream: 'tuned',
        spec: 'packaging/fedora/tuned.spec',
        branches: ['fedora-rawhide'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files1',
      },
      {
        job: 'pull_from_upstream',
        trigger: 'release',
        package: 'tuned',
        downstream: 'tuned',
        upstream: 'tuned',
        spec: 'tuned.spec',
        branches: ['fedora-branched'],
        tagTemplate: 'tuned-{version}',
        upstreamRef: null,
        files: 'files2',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'tuned',
        downstream: 'tuned',
        upstream: 'tuned',
        spec: 'packaging/fedora/tuned.spec',
        branches: ['fedora-rawhide'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files1',
      },
      {
        job: 'bodhi_update',
        trigger: 'commit',
        package: 'tuned',
        downstream: 'tuned',
        upstream: 'tuned',
        spec: 'packaging/fedora/tuned.spec',
        branches: ['fedora-41', 'fedora-42'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files1',
      },
    ],
  },
  {
    fixture: 'python-ogr.packit.yaml',
    file: '.packit.yaml',
    repoName: 'ogr',
    specFiles: [],
    files: {
      files: [
        {
          src: ['fedora/python-ogr.spec'],
          dest: 'python-ogr.spec',
          mkpath: false,
          delete: false,
          filters: [],
        },
        { src: ['.packit.yaml'], dest: '.packit.yaml', mkpath: false, delete: false, filters: [] },
        { src: ['plans/'], dest: 'plans/', mkpath: false, delete: false, filters: [] },
      ],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'python-ogr',
        downstream: 'python-ogr',
        upstream: 'ogr',
        spec: 'fedora/python-ogr.spec',
        branches: ['fedora-all'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'pull_from_upstream',
        trigger: 'release',
        package: 'python-ogr',
        downstream: 'python-ogr',
        upstream: 'ogr',
        spec: 'fedora/python-ogr.spec',
        branches: ['fedora-all'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'python-ogr',
        downstream: 'python-ogr',
        upstream: 'ogr',
        spec: 'fedora/python-ogr.spec',
        branches: ['fedora-all'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'bodhi_update',
        trigger: 'commit',
        package: 'python-ogr',
        downstream: 'python-ogr',
        upstream: 'ogr',
        spec: 'fedora/python-ogr.spec',
        branches: ['fedora-branched'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'tmt-spec-search.packit.yaml',
    file: '.packit.yaml',
    repoName: 'tmt',
    specFiles: ['tmt.spec', 'tests/integration/test.spec'],
    files: {
      files: [],
    },
    views: [
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'tmt',
        downstream: 'tmt',
        upstream: 'tmt',
        spec: 'tmt.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'tmt',
        downstream: 'tmt',
        upstream: 'tmt',
        spec: 'tmt.spec',
        branches: ['fedora-all', 'epel-9'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'shadowed-top-level.packit.yaml',
    file: '.packit.yaml',
    repoName: 'osbuild',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'osbuild-fedora',
        downstream: 'osbuild',
        upstream: 'osbuild',
        spec: 'osbuild.spec',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'osbuild-centos',
        downstream: 'osbuild',
        upstream: 'osbuild-upstream',
        spec: 'packaging/osbuild.spec',
        branches: ['c9s', 'c10s'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'centos-stream.packit.yaml',
    file: '.packit.yaml',
    repoName: 'rear',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'rear',
        downstream: 'rear',
        upstream: 'rear',
        spec: 'rear.spec',
        branches: ['c9s', 'c10s'],
        tagTemplate: 'rear-{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'centos-sig.packit.yaml',
    file: '.packit.yaml',
    repoName: 'wireguard-linux-compat',
    specFiles: [],
    files: {
      files: [
        {
          src: ['packaging/kmod-wireguard.spec'],
          dest: 'kmod-wireguard.spec',
          mkpath: false,
          delete: false,
          filters: [],
        },
      ],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'kmod-wireguard',
        downstream: 'kmod-wireguard',
        upstream: 'wireguard-linux-compat',
        spec: 'packaging/kmod-wireguard.spec',
        branches: ['c9s-kmods-main'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'anchors-and-merges.packit.yaml',
    file: '.packit.yaml',
    repoName: 'libvirt-demo',
    specFiles: [],
    files: {
      files: [
        {
          src: ['dist/libvirt-demo.spec'],
          dest: 'libvirt-demo.spec',
          mkpath: false,
          delete: false,
          filters: [],
        },
        { src: ['.packit.yaml'], dest: '.packit.yaml', mkpath: false, delete: false, filters: [] },
      ],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'libvirt-demo',
        downstream: 'libvirt-demo',
        upstream: 'libvirt-demo',
        spec: 'dist/libvirt-demo.spec',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'pull_from_upstream',
        trigger: 'release',
        package: 'libvirt-demo',
        downstream: 'libvirt-demo',
        upstream: 'libvirt-demo',
        spec: 'dist/libvirt-demo.spec',
        branches: ['fedora-rawhide'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'libvirt-demo',
        downstream: 'libvirt-demo',
        upstream: 'libvirt-demo',
        spec: 'dist/libvirt-demo.spec',
        branches: ['fedora-all'],
        tagTemplate: 'libvirt-demo-{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'gitlab-upstream.packit.yaml',
    file: '.packit.yaml',
    repoName: 'libvirt-glib',
    specFiles: [],
    files: {
      files: [
        { src: ['libvirt-glib.spec'], dest: 'libvirt-glib.spec', mkpath: false, delete: false, filters: [] },
        { src: ['tests/fmf/'], dest: 'tests/', mkpath: true, delete: true, filters: [] },
      ],
    },
    views: [
      {
        job: 'pull_from_upstream',
        trigger: 'release',
        package: 'libvirt-glib',
        downstream: 'libvirt-glib',
        upstream: 'libvirt-glib',
        spec: 'libvirt-glib.spec',
        branches: ['fedora-rawhide', 'fedora-branched'],
        tagTemplate: 'release-{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'libvirt-glib',
        downstream: 'libvirt-glib',
        upstream: 'libvirt-glib',
        spec: 'libvirt-glib.spec',
        branches: ['fedora-all'],
        tagTemplate: 'release-{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'job-package-spec-override.packit.yaml',
    file: '.packit.yaml',
    repoName: 'cockpit-apps',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'cockpit-podman',
        downstream: 'cockpit-podman',
        upstream: 'cockpit-apps',
        spec: 'packaging/cockpit-podman.spec.in',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'cockpit-machines',
        downstream: 'cockpit-machines',
        upstream: 'cockpit-apps',
        spec: 'machines/cockpit-machines.spec',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'cockpit-machines',
        downstream: 'cockpit-machines',
        upstream: 'cockpit-apps',
        spec: 'machines/cockpit-machines.spec',
        branches: ['fedora-all'],
        tagTemplate: 'v{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
  {
    fixture: 'empty-and-defaults.packit.yaml',
    file: '.packit.yaml',
    repoName: 'htop',
    specFiles: [],
    files: {
      files: [],
    },
    views: [
      {
        job: 'copr_build',
        trigger: 'pull_request',
        package: 'htop',
        downstream: 'htop',
        upstream: 'htop',
        spec: 'htop.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'tests',
        trigger: 'pull_request',
        package: 'htop',
        downstream: 'htop',
        upstream: 'htop',
        spec: 'htop.spec',
        branches: [],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'htop',
        downstream: 'htop',
        upstream: 'htop',
        spec: 'htop.spec',
        branches: ['fedora-all'],
        tagTemplate: '{version}',
        upstreamRef: null,
        files: 'files',
      },
    ],
  },
]

function load(config: { fixture: string; file: string; repoName: string; specFiles: string[] }) {
  const text = fs.readFileSync(path.join(REAL, config.fixture), 'utf8')
  return parseConfigText(text, config.file, { repoName: config.repoName, specFiles: config.specFiles })
}

function viewOf(job: JobConfig, files: Record<string, FilesToSyncItem[]>): View {
  const found = Object.entries(files).find(
    ([, items]) => JSON.stringify(items) === JSON.stringify(job.config.files_to_sync),
  )
  return {
    job: job.type,
    trigger: job.trigger,
    package: job.package_name,
    downstream: job.config.downstream_package_name,
    upstream: job.config.upstream_package_name,
    spec: job.config.specfile_path,
    branches: job.config.dist_git_branches,
    tagTemplate: job.config.upstream_tag_template,
    upstreamRef: job.config.upstream_ref,
    files: found ? found[0] : JSON.stringify(job.config.files_to_sync),
  }
}

describe('real-shaped configurations resolve to the job views Packit resolves', () => {
  it('are at least twenty', () => {
    expect(CONFIGS.length).toBeGreaterThanOrEqual(20)
  })

  it.each(CONFIGS.map((config) => [config.fixture, config] as const))('%s', (_name, config) => {
    const result = load(config)
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(result.config?.jobs.map((job) => viewOf(job, config.files))).toEqual(config.views)
  })
})

describe('details of some of them', () => {
  const byName = (fixture: string) => {
    const config = CONFIGS.find((c) => c.fixture === fixture)
    if (!config) throw new Error(`no fixture ${fixture}`)
    return load(config)
  }

  it('packit: the dist_git_branches mapping keeps its fast_forward_merge_into', () => {
    const [propose] = byName('packit.packit.yaml').config?.jobs ?? []
    expect(propose.fast_forward_merge_into).toEqual({ 'fedora-rawhide': ['fedora-branched'] })
  })

  it('shadowed-top-level: both shadowed top-level keys are warned about at their line', () => {
    const warnings = byName('shadowed-top-level.packit.yaml').diagnostics.filter(
      (d) => d.severity === 'warning',
    )
    expect(warnings.map((d) => [d.code, d.line, d.path])).toEqual([
      ['shadowed-key', 4, 'specfile_path'],
      ['shadowed-key', 5, 'upstream_package_name'],
    ])
  })

  it('podman: the top-level downstream_package_name is the repository name, so nothing is shadowed', () => {
    expect(byName('podman.packit.yaml').diagnostics).toEqual([])
  })

  it('tmt-spec-search: the spec comes from the deprecated search, with a warning', () => {
    const result = byName('tmt-spec-search.packit.yaml')
    expect(result.diagnostics.map((d) => d.code)).toEqual(['spec-search'])
  })

  it('metadata: every use of the deprecated mapping and of the old branch keys is warned about', () => {
    const result = byName('metadata.packit.yaml')
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['deprecated-key', 11],
      ['deprecated-key', 12],
      ['deprecated-key', 15],
      ['deprecated-key', 20],
      ['deprecated-key', 21],
      ['deprecated-key', 25],
    ])
  })

  it('centos-sig and centos-stream: pkg_tool picks the dist-git and the lookaside cache', () => {
    expect(byName('centos-sig.packit.yaml').config?.packages['kmod-wireguard']).toMatchObject({
      dist_git_base_url: 'https://gitlab.com/',
      dist_git_namespace: 'CentOS/kmods/rpms',
      lookaside_cache_url: 'https://git.centos.org/sources',
    })
    expect(byName('centos-stream.packit.yaml').config?.packages.rear).toMatchObject({
      dist_git_base_url: 'https://gitlab.com/',
      dist_git_namespace: 'redhat/centos-stream/rpms',
    })
  })

  it('acl-source-git: what source-git init writes is read in full', () => {
    const pkg = byName('acl-source-git/.distro/source-git.yaml').config?.packages.acl
    expect(pkg).toMatchObject({
      patch_generation_ignore_paths: ['.distro'],
      patch_generation_patch_id_digits: 1,
      sync_changelog: true,
      sources: [
        {
          path: 'acl-2.3.2.tar.gz',
          url: 'https://sources.stream.centos.org/sources/rpms/acl/acl-2.3.2.tar.gz/sha512/abcdef/acl-2.3.2.tar.gz',
        },
      ],
    })
  })

  it('deprecated-errors: synced_files and dist_git_branch outside metadata are errors at their key', () => {
    const result = load({
      fixture: 'deprecated-errors.packit.yaml',
      file: '.packit.yaml',
      repoName: 'demo',
      specFiles: [],
    })
    expect(result.config).toBeUndefined()
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line, d.column, d.path])).toEqual([
      ['error', 'removed-key', 5, 1, 'synced_files'],
      ['error', 'unknown-key', 10, 5, 'jobs[0].dist_git_branch'],
    ])
    expect(result.diagnostics[1].suggestion).toBe(
      'it is only accepted inside the deprecated "metadata" mapping; use "dist_git_branches"',
    )
  })

  it("podman checked out under another directory name still gets its remote's name", async () => {
    const checkout = TestRepo.init('libpod-work-')
    try {
      checkout.git('remote', 'add', 'origin', 'https://github.com/containers/podman.git')
      checkout.write('.packit.yaml', fs.readFileSync(path.join(REAL, 'podman.packit.yaml'), 'utf8'))
      const config = await loadConfig(checkout.dir)
      expect(new Set(config.jobs.map((job) => job.config.downstream_package_name))).toEqual(
        new Set(['podman']),
      )
    } finally {
      fs.rmSync(checkout.dir, { recursive: true, force: true })
    }
  })
})
