/**
 * Every key a Packit configuration may contain, with its type and meaning.
 *
 * The list follows Packit 1.16.2's own schema (`packit/schema.py`: CommonConfigSchema,
 * JobConfigSchema, JobMetadataSchema and the nested schemas), field by field: a key accepted there is
 * accepted here with the same type and nullability (marshmallow fields with `load_default=None` accept
 * null, the others do not), and a key it rejects is rejected here. Keys for jobs srcgit does not run
 * (Copr builds, Testing Farm, image builds, ...) are checked for their type and passed through
 * untouched. src/config/README.md lists the few deliberate differences.
 */

import { DIST_GIT_FORGES } from '../forges/dist-git/forge.js'

export type ValueSpec =
  | { type: 'string' }
  /** marshmallow Boolean: true/false, and also 1/0 and strings such as "yes" or "off" (with a warning). */
  | { type: 'boolean' }
  /** marshmallow Integer: Python int(): integers, and also floats and integer strings (with a warning). */
  | { type: 'integer'; min?: number }
  | { type: 'string-list' }
  | { type: 'string-or-string-list' }
  /** An integer N (meaning SourceN) or a name such as "Source1". */
  | { type: 'spec-source-id' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'enum-list'; values: readonly string[] }
  /** Free-form mapping passed to another service (Testing Farm, Image Builder, Bodhi, ...). */
  | { type: 'mapping' }
  /** Free-form mapping whose keys must be strings (marshmallow `Dict(keys=String())`). */
  | { type: 'string-key-mapping' }
  /** Mapping of names to scalar values (spec macros). */
  | { type: 'scalar-mapping' }
  /** Mapping with a fixed set of keys. */
  | { type: 'object'; keys: Readonly<Record<string, KeySpec>> }
  | { type: 'files-to-sync' }
  | { type: 'sources' }
  | { type: 'actions' }
  | { type: 'targets' }
  | { type: 'dist-git-branches' }

/**
 * Extra checks on a well-typed value. `file-name` and `pep440-specifiers` are validators of Packit's
 * schema (errors); Packit checks the others only when a job uses the value, so they are warnings here.
 */
export type ValueCheck = 'python-regex' | 'tag-template' | 'file-name' | 'pep440-specifiers'

export interface KeySpec {
  spec: ValueSpec
  /** `null` is accepted and means "unset" (Packit fields declared with `missing=None`). */
  nullable?: boolean
  check?: ValueCheck
  description: string
}

export const JOB_TYPES = [
  'propose_downstream',
  'pull_from_upstream',
  'sync_from_downstream',
  'copr_build',
  'upstream_koji_build',
  'koji_build',
  'tests',
  'bodhi_update',
  'vm_image_build',
  'koji_build_tag',
] as const
export type JobType = (typeof JOB_TYPES)[number]

/** Job types removed in Packit 1.0, with their replacement. */
export const REMOVED_JOB_TYPES: Readonly<Record<string, JobType>> = {
  build: 'copr_build',
  production_build: 'upstream_koji_build',
}

export const TRIGGERS = ['release', 'pull_request', 'commit', 'koji_build', 'ignore'] as const
export type Trigger = (typeof TRIGGERS)[number]

export const ACTION_NAMES = [
  'run-condition',
  'post-upstream-clone',
  'pre-sync',
  'create-patches',
  'prepare-files',
  'create-archive',
  'get-current-version',
  'fix-spec-file',
  'post-modifications',
  'changelog-entry',
  'commit-message',
] as const
export type ActionName = (typeof ACTION_NAMES)[number]

/** Packit's DISTGIT_INSTANCES: the pkg_tool values it knows (any other fails unless dist_git_base_url is set). */
export const PKG_TOOLS = ['fedpkg', 'fedpkg-stage', 'centpkg', 'centpkg-sig'] as const
export const PACKIT_INSTANCES = ['prod', 'stg', 'dev'] as const
export const MOCK_BOOTSTRAP_VALUES = ['default', 'on', 'off', 'image'] as const

/**
 * Keys allowed in the mapping form of `targets` (Testing Farm distros and Packit's
 * CHROOT_SPECIFIC_COPR_CONFIGURATION); any other is an error, as in Packit.
 */
export const TARGET_OPTION_KEYS: Readonly<Record<string, KeySpec>> = {
  distros: { spec: { type: 'string-list' }, description: 'Testing Farm distros to run the tests on.' },
  additional_packages: { spec: { type: 'string-list' }, description: 'Packages to install in the chroot.' },
  additional_repos: { spec: { type: 'string-list' }, description: 'Repositories to enable in the chroot.' },
  additional_modules: { spec: { type: 'string' }, description: 'Modules to enable, "name:stream,...".' },
  with_opts: { spec: { type: 'string-list' }, description: 'rpmbuild --with options.' },
  without_opts: { spec: { type: 'string-list' }, description: 'rpmbuild --without options.' },
}

export const FILES_TO_SYNC_ITEM_KEYS: Readonly<Record<string, KeySpec>> = {
  src: { spec: { type: 'string-or-string-list' }, description: 'Path(s) or glob(s) in the upstream repo.' },
  dest: { spec: { type: 'string' }, description: 'Destination path in dist-git.' },
  mkpath: { spec: { type: 'boolean' }, description: 'Create missing directories of dest (default false).' },
  delete: { spec: { type: 'boolean' }, description: 'Delete extra files in dest (default false).' },
  filters: { spec: { type: 'string-list' }, nullable: true, description: 'rsync filter rules.' },
}

/** Targets Packit warns about (packit/config/aliases.py DEPRECATED_TARGET_MAP), with their replacement. */
export const DEPRECATED_TARGETS: ReadonlyMap<string, string> = new Map(
  ['aarch64', 'armhfp', 'i386', 'ppc64le', 's390x', 'x86_64'].map((arch) => [
    `centos-stream-${arch}`,
    `centos-stream-8-${arch}`,
  ]),
)

export const SOURCES_ITEM_KEYS: Readonly<Record<string, KeySpec>> = {
  path: { spec: { type: 'string' }, description: 'File name of the source as the spec refers to it.' },
  url: { spec: { type: 'string' }, description: 'Where to download it from instead of the spec URL.' },
}

const string = (description: string, extra: Partial<KeySpec> = {}): KeySpec => ({
  spec: { type: 'string' },
  nullable: true,
  description,
  ...extra,
})
const boolean = (description: string): KeySpec => ({ spec: { type: 'boolean' }, description })
const stringList = (description: string): KeySpec => ({
  spec: { type: 'string-list' },
  nullable: true,
  description,
})
const mapping = (description: string): KeySpec => ({ spec: { type: 'mapping' }, nullable: true, description })

/**
 * Keys of one package: accepted at the top level, inside `packages.<name>` and inside a job (where
 * they override the package's value for that job).
 */
export const PACKAGE_KEYS: Readonly<Record<string, KeySpec>> = {
  // Identity and location
  specfile_path: string(
    'Spec file path in the upstream repo, relative to paths[0]. Default: <downstream_package_name>.spec ' +
      '(.distro/<downstream_package_name>.spec for .distro/source-git.yaml) when downstream_package_name is set.',
  ),
  downstream_package_name: string(
    'Package name in dist-git. Default: the repository name (also in packages); the key in packages ' +
      'when the repository name is unknown.',
  ),
  upstream_package_name: string('Upstream project name (e.g. on PyPI). Default: the repository name.', {
    check: 'file-name',
  }),
  upstream_project_url: string('URL of the upstream git repository.'),
  paths: {
    spec: { type: 'string-list' },
    description:
      'Monorepo sub-directories of the package; paths[0] is its working directory. Default ["./"].',
  },
  config_file_path: string('Path of the config file itself (set by Packit; rarely written by hand).'),

  // Release syncing
  upstream_ref: string('Source-git: the upstream commit, tag or branch this branch is based on.'),
  upstream_tag_template: {
    spec: { type: 'string' },
    check: 'tag-template',
    description: 'Tag name for a version, e.g. "v{version}". Default "{version}".',
  },
  upstream_tag_include: {
    spec: { type: 'string' },
    check: 'python-regex',
    description: 'Python regex; only tags matching it are synced.',
  },
  upstream_tag_exclude: {
    spec: { type: 'string' },
    check: 'python-regex',
    description: 'Python regex; tags matching it are not synced.',
  },
  version_update_mask: string(
    'Python regex; on stable branches, the old and new version must match it identically.',
    { check: 'python-regex' },
  ),
  version_update_specifiers: string(
    'PEP 440 specifier set the proposed version must satisfy, e.g. ">=2,<3".',
    { check: 'pep440-specifiers' },
  ),
  prerelease_suffix_pattern: {
    spec: { type: 'string' },
    check: 'python-regex',
    description: 'Python regex recognising pre-release suffixes; "" turns pre-release handling off.',
  },
  prerelease_suffix_macro: string(
    'Macro commented out or in depending on whether the version is a pre-release.',
  ),
  archive_root_dir_template: {
    spec: { type: 'string' },
    description: 'Top directory of the source archive. Default "{upstream_pkg_name}-{version}".',
  },
  files_to_sync: {
    spec: { type: 'files-to-sync' },
    description: 'Files copied from upstream to dist-git: paths, or {src, dest, mkpath, delete, filters}.',
  },
  sync_changelog: boolean('Copy the spec file verbatim, %changelog included. Default false.'),
  copy_upstream_release_description: boolean(
    'Use the release description as changelog entry. Default false.',
  ),
  create_sync_note: boolean('Write README.packit into dist-git. Default true.'),
  create_pr: boolean('Open a pull request (true) or push straight to the branch (false). Default true.'),
  upload_sources: boolean('Upload new archives to the lookaside cache. Default true.'),
  pkg_tool: string(
    `Packaging tool; selects the dist-git host and lookaside cache: ${PKG_TOOLS.join(', ')}. Default fedpkg.`,
  ),
  sig: string('CentOS SIG owning the package (with pkg_tool: centpkg-sig).'),
  dist_git_base_url: string('Dist-git server URL. Default https://src.fedoraproject.org/.'),
  dist_git_namespace: string('Dist-git namespace, used with dist_git_base_url. Default rpms.'),
  lookaside_cache_url: string(
    'srcgit extension: lookaside cache base URL. Default https://src.fedoraproject.org/repo/pkgs.',
  ),
  dist_git_forge: {
    spec: { type: 'enum', values: DIST_GIT_FORGES },
    description:
      'srcgit extension: the forge serving dist-git: auto (ask the host: Forgejo, else Pagure), pagure or forgejo. Default auto.',
  },
  dist_git_branches: {
    spec: { type: 'dist-git-branches' },
    nullable: true,
    description: 'Target dist-git branches or aliases; a mapping allows fast_forward_merge_into.',
  },
  sources: {
    spec: { type: 'sources' },
    nullable: true,
    description: 'Extra sources [{path, url}] downloaded instead of the spec URL.',
  },
  spec_source_id: {
    spec: { type: 'spec-source-id' },
    description: 'The Source tag holding the upstream archive: N or "SourceN". Default Source0.',
  },
  actions: {
    spec: { type: 'actions' },
    description: 'Commands replacing or hooking into Packit steps.',
  },
  allowed_gpg_keys: stringList('Fingerprints; the synced upstream commit must be signed by one of them.'),
  parse_time_macros: {
    spec: { type: 'scalar-mapping' },
    nullable: true,
    description: 'Macros (null = undefined) to apply when parsing the spec file.',
  },

  // Source-git patch generation
  patch_generation_ignore_paths: stringList('Paths excluded from generated patches.'),
  patch_generation_patch_id_digits: {
    spec: { type: 'integer', min: 0 },
    description: 'Zero-padding of new PatchN tags. Default 4.',
  },

  // Downstream jobs (koji_build, bodhi_update) and notifications
  allowed_pr_authors: stringList(
    'koji_build: authors of merged dist-git PRs that trigger builds. Default [packit].',
  ),
  allowed_committers: stringList('koji_build: committers whose pushes trigger builds. Default [].'),
  allowed_builders: stringList('bodhi_update: Koji build owners that trigger updates. Default [packit].'),
  scratch: boolean('koji_build / upstream_koji_build: scratch builds. Default false.'),
  bodhi_extra_params: mapping('bodhi_update: extra Bodhi update parameters.'),
  issue_repository: string('Repository where failures of downstream jobs are reported.'),
  notifications: {
    spec: {
      type: 'object',
      keys: {
        pull_request: {
          spec: {
            type: 'object',
            keys: { successful_build: boolean('Comment with install instructions after a build.') },
          },
          description: 'Pull request comments.',
        },
        failure_comment: {
          spec: { type: 'object', keys: { message: string('Comment posted when a job fails.') } },
          description: 'Comment on job failure.',
        },
        failure_issue: {
          spec: { type: 'object', keys: { create: boolean('Open an issue on failure. Default true.') } },
          description: 'Issue on propose_downstream failure.',
        },
      },
    },
    description: 'Notification settings.',
  },
  require: {
    spec: {
      type: 'object',
      keys: {
        label: {
          spec: {
            type: 'object',
            keys: {
              present: {
                spec: { type: 'string-list' },
                description: 'At least one of these labels must be on the pull request.',
              },
              absent: {
                spec: { type: 'string-list' },
                description: 'None of these labels may be on the pull request.',
              },
            },
          },
          nullable: true,
          description: 'Pull request label requirements.',
        },
      },
    },
    description: 'Conditions for running a job.',
  },
  packit_instances: {
    spec: { type: 'enum-list', values: PACKIT_INSTANCES },
    description: 'Packit service instances reacting to the config. Default [prod].',
  },
  identifier: string('Suffix distinguishing jobs of the same type in status names.'),
  status_name_template: string('Template for commit status names.'),

  // SRPM / Copr / Testing Farm / image builds: accepted and passed through
  srpm_build_deps: stringList('SRPM builds: extra packages needed by the actions.'),
  merge_pr_in_ci: boolean('SRPM builds: merge the PR into its target branch first. Default true.'),
  update_release: boolean('SRPM builds: change the Release tag. Default true.'),
  release_suffix: string('SRPM builds: release suffix template; null resets it.'),
  version_suffix: string('SRPM builds: version suffix template.'),
  preserve_spec: boolean('SRPM builds: keep the spec file unmodified.'),
  targets: {
    spec: { type: 'targets' },
    nullable: true,
    description:
      'copr_build / tests / upstream_koji_build: chroots or targets (list, or mapping with options).',
  },
  timeout: { spec: { type: 'integer' }, description: 'copr_build: seconds to wait for a build.' },
  owner: string('copr_build: Copr project owner.'),
  project: string('copr_build: Copr project name.'),
  branch: string('copr_build / tests: branch for the commit trigger.'),
  list_on_homepage: boolean('copr_build: list the Copr project on the homepage.'),
  preserve_project: boolean('copr_build: keep the Copr project forever.'),
  additional_packages: stringList('copr_build: packages added to the buildroot.'),
  additional_repos: stringList('copr_build: repositories added to the buildroot.'),
  bootstrap: {
    spec: { type: 'enum', values: MOCK_BOOTSTRAP_VALUES },
    nullable: true,
    description: 'copr_build: mock bootstrap setup.',
  },
  enable_net: boolean('copr_build: network access during the build.'),
  module_hotfixes: boolean('copr_build: module_hotfixes=1 in repo files.'),
  osh_diff_scan_after_copr_build: boolean('copr_build: OpenScanHub differential scan.'),
  csmock_args: string('OpenScanHub: extra csmock arguments.'),
  osh_options: {
    spec: {
      type: 'object',
      keys: {
        analyzer: string('OpenScanHub analyzers.'),
        config: string('OpenScanHub mock config.'),
        profile: string('OpenScanHub profile.'),
      },
    },
    description: 'OpenScanHub options.',
  },
  fmf_url: string('tests: git repository with the fmf tree.'),
  fmf_ref: string('tests: revision of fmf_url.'),
  fmf_path: string('tests: path to the fmf root.'),
  tmt_plan: string('tests: plans to run (regex).'),
  tf_post_install_script: string('tests: script run after provisioning.'),
  tf_extra_params: mapping('tests: extra Testing Farm request parameters.'),
  use_internal_tf: boolean('tests: internal Testing Farm.'),
  use_target_repo_for_fmf_url: boolean('tests: use the target repo as fmf URL for fork PRs.'),
  env: { spec: { type: 'string-key-mapping' }, nullable: true, description: 'tests: environment variables.' },
  sync_test_job_statuses_with_builds: boolean('tests: share statuses with the build job. Default true.'),
  test_command: {
    spec: {
      type: 'object',
      keys: {
        default_identifier: string('Identifier used by a bare "/packit test".'),
        default_labels: stringList('Labels used by a bare "/packit test".'),
      },
    },
    description: '"/packit test" comment defaults.',
  },
  image_distribution: string('vm_image_build: base image.'),
  image_request: mapping('vm_image_build: Image Builder image request.'),
  image_customizations: mapping('vm_image_build: Image Builder customizations.'),
  copr_chroot: string('vm_image_build: Copr chroot with the packages.'),
  clone_repos_before_run_condition: boolean(
    'Clone the upstream and dist-git repositories before the run-condition action. Default false.',
  ),
  skip_missing_branched_composes: boolean(
    'tests: skip targets of a freshly branched Fedora whose Testing Farm compose is missing. Default false.',
  ),
}

/** Keys that only make sense on a job, not on a package. */
export const JOB_ONLY_KEYS: Readonly<Record<string, KeySpec>> = {
  job: { spec: { type: 'enum', values: JOB_TYPES }, description: 'The job type.' },
  trigger: {
    spec: { type: 'enum', values: TRIGGERS },
    description: 'Event that runs the job; several may be joined with "|".',
  },
  packages: {
    spec: { type: 'mapping' },
    nullable: true,
    description: 'Packages the job applies to: a list of names, or a mapping of name to overrides.',
  },
  package: string('Single package the job applies to (set by Packit when splitting jobs).'),
  skip_build: boolean('tests: run tests without a Copr build.'),
  manual_trigger: boolean('Run only when asked for in a comment.'),
  labels: stringList('Labels grouping jobs for "/packit test --labels".'),
  sidetag_group: string('koji_build / bodhi_update: sidetag group.'),
  dependents: stringList('koji_build: packages reacting to this build in the sidetag.'),
  dependencies: stringList('koji_build / bodhi_update: packages required in the sidetag.'),
  metadata: {
    spec: { type: 'mapping' },
    nullable: true,
    description: 'Deprecated: job options nested one level deeper; merged into the job.',
  },
}

/** Keys allowed inside the deprecated job `metadata` mapping (Packit's JobMetadataSchema). */
export const METADATA_KEYS: readonly string[] = [
  'targets',
  'timeout',
  'owner',
  'project',
  'dist_git_branches',
  'branch',
  'scratch',
  'list_on_homepage',
  'preserve_project',
  'use_internal_tf',
  'additional_packages',
  'additional_repos',
  'fmf_url',
  'fmf_ref',
  'fmf_path',
  'bootstrap',
  'skip_build',
  'env',
  'enable_net',
  'tmt_plan',
  'tf_post_install_script',
  'tf_extra_params',
  'module_hotfixes',
]

/**
 * Old spellings accepted inside `metadata` only, renamed to `dist_git_branches`, in the order Packit
 * renames them (so `dist_git_branch` wins over `dist-git-branch`, which wins over `dist_git_branches`).
 */
export const METADATA_RENAMED_KEYS: readonly string[] = ['dist-git-branch', 'dist_git_branch']

/**
 * Job keys Packit refuses next to a non-empty `metadata` (`set(JobMetadataSchema().fields) & job`).
 * `targets` is not among them: the schema field is named `_targets`, so Packit lets a job have both
 * and the metadata value wins.
 */
export const METADATA_EXCLUSIVE_KEYS: readonly string[] = METADATA_KEYS.filter((key) => key !== 'targets')

/** Keys Packit's schema does not have although its code or documentation mentions them: errors. */
export const NOT_IN_SCHEMA_KEYS: Readonly<Record<string, string>> = {
  dist_git_url:
    'makes Packit 1.16.2 fail: its schema marks it "no longer processed" but still passes it on to ' +
    'CommonPackageConfig, which has no such argument; remove it (the dist-git URL comes from ' +
    'dist_git_base_url, dist_git_namespace and downstream_package_name)',
  follow_fedora_branching:
    "is not in Packit's configuration schema (Packit 1.16.2 refuses it as an unknown field, " +
    'although the release notes of 0.76.0 mention it); remove it',
}

/** Keys Packit removed; using them is an error that names the replacement. */
export const REMOVED_KEYS: Readonly<Record<string, string>> = {
  synced_files: 'was removed in Packit 1.0; rename it to "files_to_sync"',
  upstream_project_name: 'was removed in Packit 1.0; rename it to "upstream_package_name"',
  current_version_command: 'was removed from Packit; use the "get-current-version" action instead',
  create_tarball_command: 'was removed from Packit; use the "create-archive" action instead',
}

/** Keys allowed only at the top level. `_` holds YAML anchors and is ignored. */
export const TOP_LEVEL_ONLY_KEYS: readonly string[] = ['packages', 'jobs', '_']

/**
 * Keys refused in every mapping, free-form ones and package names included: as property names they
 * reach Object.prototype, and no configuration needs them.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor'])

/** The value of `record[key]` when `key` is one of its own keys: never an Object.prototype member. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

/** Human description of what a value spec accepts, used as the `expected` part of a diagnostic. */
export function describeSpec(spec: ValueSpec): string {
  switch (spec.type) {
    case 'string':
      return 'a string'
    case 'boolean':
      return 'a boolean (true or false)'
    case 'integer':
      return spec.min === undefined ? 'an integer' : `an integer ≥ ${spec.min}`
    case 'string-list':
      return 'a list of strings'
    case 'string-or-string-list':
      return 'a string or a list of strings'
    case 'spec-source-id':
      return 'an integer or a string'
    case 'enum':
      return `one of: ${spec.values.join(', ')}`
    case 'enum-list':
      return `a list of: ${spec.values.join(', ')}`
    case 'mapping':
    case 'object':
      return 'a mapping'
    case 'string-key-mapping':
      return 'a mapping of names to values'
    case 'scalar-mapping':
      return 'a mapping of names to strings, numbers, booleans or null'
    case 'files-to-sync':
      return 'a list of paths or {src, dest} mappings'
    case 'sources':
      return 'a list of {path, url} mappings'
    case 'actions':
      return 'a mapping of action names to a command or a list of commands'
    case 'targets':
      return 'a list of strings or a mapping of target to options'
    case 'dist-git-branches':
      return 'a list of strings or a mapping of branch to options'
  }
}
