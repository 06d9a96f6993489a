/**
 * Packit's normalization pipeline: from the configuration as written to one fully-defaulted
 * configuration per package and per (job, trigger, package).
 *
 * Steps, in Packit's order (PackageConfig.get_from_dict in packit/config/package_config.py, then
 * PackageConfigSchema.ordered_preprocess in packit/schema.py):
 *  1. set_defaults on each package as written (or on the whole single-package config):
 *     specfile_path (<downstream_package_name>.spec when that is written, else the spec search, else
 *     null), then upstream_package_name and downstream_package_name = the repository name, when known;
 *  2. a single-package config becomes `packages: {<name>: ...}`;
 *  3. a package without downstream_package_name (no repository name known) is named by its key,
 *     then every top-level key is copied into each package that does not set it; the keys set in
 *     step 1 are already set, so their top-level values never reach the packages;
 *  4. without a `jobs` key the default jobs are used (`jobs: []` means no jobs);
 *  5. each job's keys override the package's (whole values, no deep merge), a job's `packages`
 *     selects packages and may override them further, deprecated `metadata` is merged in;
 *  6. `trigger: "a | b"` becomes one job per trigger;
 *  7. short forms are expanded (string lists, files_to_sync items, spec_source_id, branch mappings)
 *     and values are read as marshmallow reads them ("yes" → true, "3" → 3).
 *
 * The input must already be validated (see validate.ts); this module only reports what validation
 * cannot know, such as a spec file found by the deprecated search or a pkg_tool without dist-git.
 */

import { marshmallowBoolean, marshmallowInteger } from './coerce.js'
import { cut, makeError, makeWarning, quote } from './diagnostics.js'
import type { Diagnostic, Position } from './diagnostics.js'
import { pythonRegexProblem } from './regex.js'
import { isDistGitForgeChoice, type DistGitForgeChoice } from '../forges/dist-git/forge.js'
import { JOB_ONLY_KEYS, METADATA_RENAMED_KEYS, ownValue, PACKAGE_KEYS } from './schema.js'
import type { JobType, Trigger } from './schema.js'
import { didYouMean } from './suggest.js'
import { joinPath } from './validate.js'
import type {
  ActionCommand,
  FilesToSyncItem,
  JobConfig,
  Notifications,
  PackageConfig,
  Requirements,
  ResolvedConfig,
  SourceItem,
} from './types.js'

type Dict = Record<string, unknown>

export interface ResolveContext {
  /**
   * Repository name: the default for upstream_package_name and downstream_package_name, of every
   * package in `packages` too. Unknown: packages are named by their key (see load.ts for where it
   * comes from).
   */
  repoName?: string
  /**
   * Spec files in the repository, relative to its root, for the deprecated "first spec file found"
   * default of specfile_path. A function is called only when that default is needed.
   */
  specFiles?: readonly string[] | (() => readonly string[])
}

export interface ResolveResult {
  config?: ResolvedConfig
  diagnostics: Diagnostic[]
}

/**
 * Where a key was written (keys of mappings, indexes of lists), for diagnostics raised during
 * resolution: the position of the last key, or of its value with `part: 'value'`.
 */
export type Locator = (path: readonly (string | number)[], part?: 'key' | 'value') => Position | undefined

export const SOURCE_GIT_CONFIG_FILE = '.distro/source-git.yaml'

export const DEFAULT_JOBS: readonly Dict[] = [
  { job: 'copr_build', trigger: 'pull_request', targets: ['fedora-stable'] },
  { job: 'tests', trigger: 'pull_request', targets: ['fedora-stable'] },
  { job: 'propose_downstream', trigger: 'release', dist_git_branches: ['fedora-all'] },
]

export const DEFAULT_PRERELEASE_SUFFIX_PATTERN = '([.\\-_~^]?)(alpha|beta|rc|pre(view)?)([.\\-_]?\\d+)?'

interface DistGitInstance {
  baseUrl: string
  namespace: string
  lookasideUrl: string
}

/** Dist-git hosts per pkg_tool (Packit's DISTGIT_INSTANCES), with their lookaside caches. */
export const DIST_GIT_INSTANCES: Readonly<Record<string, DistGitInstance>> = {
  fedpkg: {
    baseUrl: 'https://src.fedoraproject.org/',
    namespace: 'rpms',
    lookasideUrl: 'https://src.fedoraproject.org/repo/pkgs',
  },
  'fedpkg-stage': {
    baseUrl: 'https://src.stg.fedoraproject.org/',
    namespace: 'rpms',
    lookasideUrl: 'https://src.stg.fedoraproject.org/repo/pkgs',
  },
  centpkg: {
    baseUrl: 'https://gitlab.com/',
    namespace: 'redhat/centos-stream/rpms',
    lookasideUrl: 'https://sources.stream.centos.org/sources',
  },
  'centpkg-sig': {
    baseUrl: 'https://gitlab.com/',
    namespace: 'CentOS/{sig}/rpms',
    lookasideUrl: 'https://git.centos.org/sources',
  },
}

/** Jobs that target dist-git branches; without dist_git_branches they act on the default branch. */
const DIST_GIT_JOB_TYPES: ReadonlySet<string> = new Set([
  'propose_downstream',
  'pull_from_upstream',
  'koji_build',
  'bodhi_update',
  'koji_build_tag',
])

/**
 * The branches a dist-git job without dist_git_branches acts on: the default branch, except for
 * bodhi_update. Packit's checker (packit-service checker/bodhi.py) uses `fedora-stable` there, so
 * "no updates for rawhide, Bodhi makes those" as its comment says; but fedora-stable also leaves
 * out a branched, not yet released Fedora whose updates Bodhi does compose: srcgit uses
 * `fedora-branched` (stable and branched, never rawhide), as Packit's comment means.
 */
function defaultBranchesOf(type: string): string {
  return type === 'bodhi_update' ? 'fedora-branched' : 'rawhide'
}

/** Keys typed in PackageConfig; all other package keys that are set go to `extra`. */
const TYPED_KEYS: ReadonlySet<string> = new Set([
  'specfile_path',
  'downstream_package_name',
  'upstream_package_name',
  'upstream_project_url',
  'paths',
  'config_file_path',
  'upstream_ref',
  'upstream_tag_template',
  'upstream_tag_include',
  'upstream_tag_exclude',
  'version_update_mask',
  'version_update_specifiers',
  'prerelease_suffix_pattern',
  'prerelease_suffix_macro',
  'archive_root_dir_template',
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
  'lookaside_cache_url',
  'dist_git_forge',
  'dist_git_branches',
  'patch_generation_ignore_paths',
  'patch_generation_patch_id_digits',
  'sources',
  'spec_source_id',
  'actions',
  'allowed_gpg_keys',
  'parse_time_macros',
  'allowed_pr_authors',
  'allowed_committers',
  'allowed_builders',
  'scratch',
  'bodhi_extra_params',
  'issue_repository',
  'notifications',
  'require',
  'packit_instances',
  'identifier',
])

export function resolveConfig(
  raw: unknown,
  file: string,
  context: ResolveContext = {},
  locate: Locator = () => undefined,
): ResolveResult {
  const diagnostics: Diagnostic[] = []
  const data: Dict = isDict(raw) ? structuredClone(raw) : {}
  delete data._
  const isSourceGit = isSourceGitConfigFile(file)
  const isMonorepo = isDict(data.packages)
  const repoName = context.repoName
  let specFiles: readonly string[] | undefined
  const getSpecFiles = (): readonly string[] => {
    specFiles ??= typeof context.specFiles === 'function' ? context.specFiles() : (context.specFiles ?? [])
    return specFiles
  }
  /** Packit's set_defaults on one package dict (or on the whole single-package config). */
  const setDefaults = (pkg: Dict, name: string | undefined, paths: unknown): void => {
    if (!isNonEmptyString(pkg.specfile_path)) {
      const written = isNonEmptyString(pkg.downstream_package_name) ? pkg.downstream_package_name : undefined
      pkg.specfile_path =
        written !== undefined
          ? defaultSpecfilePath(written, isSourceGit)
          : (findSpec(getSpecFiles(), paths, isSourceGit, (found) => {
              const where = name === undefined ? undefined : locate(['packages', name])
              diagnostics.push(
                makeWarning(file, {
                  code: 'spec-search',
                  path: name === undefined ? '' : joinPath('packages', name),
                  message:
                    `no specfile_path or downstream_package_name for package ${quote(name ?? repoName ?? '')}; ` +
                    `using the first spec file found, ${quote(found)} (Packit deprecated this search)`,
                  expected: 'specfile_path or downstream_package_name',
                  position: where ?? { line: 1, column: 1 },
                  suggestion: `add specfile_path: ${cut(found)}`,
                }),
              )
            }) ?? null)
    }
    // setdefault: a key that is present, even as null, keeps its value.
    if (repoName !== undefined && repoName !== '') {
      if (!Object.hasOwn(pkg, 'upstream_package_name')) pkg.upstream_package_name = repoName
      if (!Object.hasOwn(pkg, 'downstream_package_name')) pkg.downstream_package_name = repoName
    }
  }

  // 1. Each package gets its defaults before it inherits anything (PackageConfig.get_from_dict):
  //    a top-level specfile_path, upstream_package_name or downstream_package_name never reaches a
  //    package that got a default of its own. Then the single-package form becomes a monorepo one.
  const packages = new Map<string, Dict>()
  if (isMonorepo) {
    const topPaths = data.paths
    for (const [name, value] of Object.entries(data.packages as Dict)) {
      const pkg: Dict = isDict(value) ? { ...value } : {}
      // Packit copies a top-level upstream_project_url (even null) into every package, over the package's own.
      if (Object.hasOwn(data, 'upstream_project_url')) pkg.upstream_project_url = data.upstream_project_url
      setDefaults(pkg, name, Object.hasOwn(pkg, 'paths') ? pkg.paths : topPaths)
      // rearrange_packages: without a repository name, the key names the package.
      if (!Object.hasOwn(pkg, 'downstream_package_name')) pkg.downstream_package_name = name
      packages.set(name, pkg)
    }
    delete data.downstream_package_name
  } else {
    setDefaults(data, undefined, data.paths)
    const name = data.downstream_package_name
    if (typeof name !== 'string') {
      diagnostics.push(
        makeError(file, {
          code: 'no-package-name',
          path: 'downstream_package_name',
          message:
            name === undefined
              ? 'cannot tell the package name: the config sets no downstream_package_name and the repository name is unknown'
              : 'downstream_package_name: null cannot name the package',
          expected: 'downstream_package_name: <name of the package in dist-git>',
          position: locate(['downstream_package_name']) ?? { line: 1, column: 1 },
          suggestion: 'add downstream_package_name, or use packages: {<name>: {...}}',
        }),
      )
      return { diagnostics }
    }
    packages.set(name, { downstream_package_name: name, paths: data.paths ?? ['./'] })
    delete data.downstream_package_name
    delete data.paths
  }
  const jobsRaw = Array.isArray(data.jobs) ? (data.jobs as unknown[]) : undefined
  const usesDefaultJobs = !Object.hasOwn(data, 'jobs')
  delete data.jobs
  delete data.packages

  // 2. rearrange_packages: every top-level key a package does not set is copied into it.
  const packageDicts = new Map<string, Dict>()
  for (const [name, pkg] of packages) {
    const merged: Dict = { ...data, ...pkg }
    // Packit would carry null or "" names on; srcgit needs names, and takes the defaults instead.
    if (!isNonEmptyString(merged.downstream_package_name)) merged.downstream_package_name = repoName || name
    if (!isNonEmptyString(merged.upstream_package_name))
      merged.upstream_package_name = repoName || merged.downstream_package_name
    packageDicts.set(name, merged)
    const where = (): Position | undefined =>
      locate(['packages', name, 'pkg_tool'], 'value') ?? locate(['pkg_tool'], 'value')
    checkPkgTool(merged, where, file, diagnostics)
  }

  // 3. Jobs (rearrange_jobs, process_job_triggers).
  const jobEntries = usesDefaultJobs ? DEFAULT_JOBS : (jobsRaw ?? [])
  const packageNames = [...packageDicts.keys()]
  const jobs: JobConfig[] = []
  const missingSpec = new Map<string, string[]>()
  jobEntries.forEach((entry, jobIndex) => {
    const job = withMetadataMerged(isDict(entry) ? entry : {})
    const jobOnly: Dict = {}
    const overrides: Dict = {}
    for (const [key, value] of Object.entries(job)) {
      if (Object.hasOwn(JOB_ONLY_KEYS, key)) {
        if (value !== null && value !== undefined) jobOnly[key] = value
      } else overrides[key] = value
    }
    const selection = selectPackages(jobOnly, packageNames)
    const type = jobOnly.job as JobType
    for (const trigger of splitTriggers(jobOnly.trigger)) {
      for (const [packageName, packageOverrides] of selection) {
        const effective: Dict = { ...packageDicts.get(packageName), ...overrides, ...packageOverrides }
        checkPkgTool(
          effective,
          () =>
            locate(['jobs', jobIndex, 'packages', packageName, 'pkg_tool'], 'value') ??
            locate(['jobs', jobIndex, 'pkg_tool'], 'value') ??
            locate(['packages', packageName, 'pkg_tool'], 'value') ??
            locate(['pkg_tool'], 'value'),
          file,
          diagnostics,
        )
        const config = toPackageConfig(effective, file)
        if (config.dist_git_branches.length === 0 && DIST_GIT_JOB_TYPES.has(type)) {
          config.dist_git_branches = [defaultBranchesOf(type)]
        }
        const skipBuild = marshmallowBoolean(jobOnly.skip_build) === true
        // JobConfigSchema.specfile_path_defined: every job but tests with skip_build needs a spec.
        if (config.specfile_path === null && !(type === 'tests' && skipBuild)) {
          const list = missingSpec.get(packageName) ?? []
          const label = `jobs[${jobIndex}] (${type})`
          if (!list.includes(label)) list.push(label)
          missingSpec.set(packageName, list)
        }
        jobs.push({
          type,
          trigger: trigger as Trigger,
          package_name: packageName,
          job_index: jobIndex,
          default_job: usesDefaultJobs,
          config,
          fast_forward_merge_into: config.fast_forward_merge_into,
          manual_trigger: marshmallowBoolean(jobOnly.manual_trigger) === true,
          labels: stringList(jobOnly.labels),
          skip_build: skipBuild,
          // JobConfigView.identifier: in a config with several packages, a job's identifier
          // defaults to its package's name.
          identifier: config.identifier ?? (packageDicts.size > 1 ? packageName : null),
          sidetag_group: stringOrNull(jobOnly.sidetag_group),
          dependents: stringList(jobOnly.dependents),
          dependencies: stringList(jobOnly.dependencies),
        })
      }
    }
  })
  for (const [name, jobLabels] of missingSpec) {
    const shown =
      jobLabels.length > 3
        ? `${jobLabels.slice(0, 3).join(', ')} and ${jobLabels.length - 3} more`
        : jobLabels.join(', ')
    diagnostics.push(
      makeWarning(file, {
        code: 'no-specfile',
        path: isMonorepo ? joinPath('packages', name) : 'specfile_path',
        message:
          `package ${quote(name)} has no specfile_path and no spec file was found; Packit refuses such a ` +
          `configuration for ${shown} (only tests with skip_build: true need no spec file)`,
        expected: 'specfile_path',
        position: (isMonorepo ? locate(['packages', name]) : locate(['specfile_path'])) ?? {
          line: 1,
          column: 1,
        },
        suggestion: 'add specfile_path (or downstream_package_name, whose <name>.spec is the default)',
      }),
    )
  }

  const resolvedPackages: Record<string, PackageConfig> = {}
  for (const [name, dict] of packageDicts) {
    Object.defineProperty(resolvedPackages, name, {
      value: toPackageConfig(dict, file),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return {
    config: { file, repo_name: repoName ?? null, packages: resolvedPackages, jobs, warnings: [] },
    diagnostics,
  }
}

/** `trigger: "a | b"` is one job per trigger (process_job_triggers); without "|" the value is kept as written. */
function splitTriggers(trigger: unknown): string[] {
  if (typeof trigger !== 'string') return []
  return trigger.includes('|') ? trigger.split('|').map((part) => part.trim()) : [trigger]
}

/**
 * A pkg_tool Packit has no dist-git instance for fails when the package config is built
 * (DISTGIT_INSTANCES[pkg_tool]), unless dist_git_base_url makes the tool irrelevant.
 */
function checkPkgTool(
  d: Dict,
  where: () => Position | undefined,
  file: string,
  diagnostics: Diagnostic[],
): void {
  const tool = d.pkg_tool
  if (!isNonEmptyString(tool) || Object.hasOwn(DIST_GIT_INSTANCES, tool)) return
  if (d.dist_git_base_url !== undefined && d.dist_git_base_url !== null) return
  diagnostics.push(
    makeError(file, {
      code: 'invalid-value',
      path: 'pkg_tool',
      message: `pkg_tool: unknown packaging tool ${quote(tool)}; Packit knows the dist-git of ${Object.keys(DIST_GIT_INSTANCES).join(', ')}`,
      expected: `one of: ${Object.keys(DIST_GIT_INSTANCES).join(', ')}`,
      position: where() ?? { line: 1, column: 1 },
      suggestion:
        didYouMean(tool, Object.keys(DIST_GIT_INSTANCES)) ??
        'set dist_git_base_url and dist_git_namespace for another dist-git',
    }),
  )
}

export function isSourceGitConfigFile(file: string): boolean {
  const normalized = file.replace(/\\/g, '/')
  return normalized === SOURCE_GIT_CONFIG_FILE || normalized.endsWith(`/${SOURCE_GIT_CONFIG_FILE}`)
}

/**
 * `<downstream_package_name>.spec`, the default Packit gives when downstream_package_name is written;
 * for `.distro/source-git.yaml` srcgit looks in `.distro/`, where source-git keeps the spec.
 */
function defaultSpecfilePath(name: string, isSourceGit: boolean): string {
  return isSourceGit ? `.distro/${name}.spec` : `${name}.spec`
}

/** The deprecated search for one package, calling `found` with its result. */
function findSpec(
  specFiles: readonly string[],
  paths: unknown,
  isSourceGit: boolean,
  found: (spec: string) => void,
): string | undefined {
  const spec = searchSpecFile(specFiles, firstPath(paths), isSourceGit)
  if (spec !== undefined) found(spec)
  return spec
}

/**
 * Packit's deprecated spec search: the first spec file, preferring the top directory, never under
 * `tests/`. For a monorepo package, only spec files below its paths[0] count (relative to it).
 * In a source-git repo, `.distro/` is where the spec lives.
 */
export function searchSpecFile(
  specFiles: readonly string[],
  workingDirectory: string,
  isSourceGit: boolean,
): string | undefined {
  const base = workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '')
  const candidates = specFiles
    .filter((spec) => base === '' || spec.startsWith(`${base}/`))
    .map((spec) => (base === '' ? spec : spec.slice(base.length + 1)))
    .filter((spec) => spec.split('/')[0] !== 'tests')
  if (isSourceGit) {
    const distro = candidates.find((spec) => spec.startsWith('.distro/'))
    if (distro !== undefined) return distro
  }
  return candidates.find((spec) => !spec.includes('/')) ?? candidates[0]
}

/**
 * Merge the deprecated `metadata` mapping into the job, as rearrange_jobs does: a false-like value
 * is dropped; the old branch keys are renamed in Packit's order, so `dist_git_branch` wins over
 * `dist-git-branch`, which wins over `dist_git_branches`; metadata's values replace the job's.
 */
function withMetadataMerged(job: Dict): Dict {
  const { metadata, ...rest } = job
  if (!isDict(metadata)) return rest
  const renamed: Dict = { ...metadata }
  for (const key of METADATA_RENAMED_KEYS) {
    if (!Object.hasOwn(renamed, key)) continue
    const value = renamed[key]
    delete renamed[key]
    delete renamed.dist_git_branches
    renamed.dist_git_branches = value
  }
  return { ...rest, ...renamed }
}

/**
 * The packages a job applies to, each with its job-specific overrides (highest precedence). No
 * `packages`, or a false-like one ([] or {} included), means all of them; `package` narrows the
 * selection to one.
 */
function selectPackages(jobOnly: Dict, packageNames: readonly string[]): Array<[string, Dict]> {
  const selected = jobOnly.packages
  let selection: Array<[string, Dict]>
  if (Array.isArray(selected) && selected.length > 0) {
    selection = packageNames.filter((name) => selected.includes(name)).map((name) => [name, {}])
  } else if (isDict(selected) && Object.keys(selected).length > 0) {
    selection = Object.entries(selected)
      .filter(([name]) => packageNames.includes(name))
      .map(([name, overrides]) => [name, isDict(overrides) ? overrides : {}])
  } else {
    selection = packageNames.map((name) => [name, {}])
  }
  const single = jobOnly.package
  return typeof single === 'string' ? selection.filter(([name]) => name === single) : selection
}

/** Apply defaults and expand short forms: the dictionary of one package (or job) → PackageConfig. */
export function toPackageConfig(d: Dict, file: string): PackageConfig {
  const { branches, fastForwardMergeInto } = normalizeDistGitBranches(d.dist_git_branches)
  const instance = distGitInstance(d)
  const extra: Dict = {}
  for (const [key, value] of Object.entries(d)) {
    const spec = ownValue(PACKAGE_KEYS, key)
    if (TYPED_KEYS.has(key) || !spec || value === undefined) continue
    extra[key] = readExtra(spec.spec.type, value)
  }
  return {
    specfile_path: stringOrNull(d.specfile_path),
    downstream_package_name: String(d.downstream_package_name),
    upstream_package_name: String(d.upstream_package_name),
    upstream_project_url: stringOrNull(d.upstream_project_url),
    // CommonPackageConfig: `paths or ["./"]`, so an empty list is the default too.
    paths: Array.isArray(d.paths) && d.paths.length > 0 ? stringList(d.paths) : ['./'],
    config_file_path: typeof d.config_file_path === 'string' ? d.config_file_path : file,

    upstream_ref: stringOrNull(d.upstream_ref),
    upstream_tag_template: stringOr(d.upstream_tag_template, '{version}'),
    upstream_tag_include: stringOr(d.upstream_tag_include, ''),
    upstream_tag_exclude: stringOr(d.upstream_tag_exclude, ''),
    version_update_mask: stringOrNull(d.version_update_mask),
    version_update_specifiers: stringOrNull(d.version_update_specifiers),
    prerelease_suffix_pattern: prereleasePattern(d.prerelease_suffix_pattern),
    prerelease_suffix_macro: stringOrNull(d.prerelease_suffix_macro),
    archive_root_dir_template: stringOr(d.archive_root_dir_template, '{upstream_pkg_name}-{version}'),

    files_to_sync: normalizeFilesToSync(d.files_to_sync),
    sync_changelog: booleanOr(d.sync_changelog, false),
    copy_upstream_release_description: booleanOr(d.copy_upstream_release_description, false),
    create_sync_note: booleanOr(d.create_sync_note, true),
    create_pr: booleanOr(d.create_pr, true),
    upload_sources: booleanOr(d.upload_sources, true),

    pkg_tool: isNonEmptyString(d.pkg_tool) ? d.pkg_tool : 'fedpkg',
    sig: stringOrNull(d.sig),
    dist_git_base_url: instance.baseUrl,
    dist_git_namespace: instance.namespace,
    lookaside_cache_url: instance.lookasideUrl,
    dist_git_forge: distGitForge(d.dist_git_forge),
    dist_git_branches: branches,
    fast_forward_merge_into: fastForwardMergeInto,

    patch_generation_ignore_paths: stringList(d.patch_generation_ignore_paths),
    patch_generation_patch_id_digits: integerOr(d.patch_generation_patch_id_digits, 4),
    sources: normalizeSources(d.sources),
    spec_source_id: normalizeSpecSourceId(d.spec_source_id),
    actions: normalizeActions(d.actions),
    allowed_gpg_keys: Array.isArray(d.allowed_gpg_keys) ? stringList(d.allowed_gpg_keys) : null,
    parse_time_macros: normalizeMacros(d.parse_time_macros),

    allowed_pr_authors: Array.isArray(d.allowed_pr_authors) ? stringList(d.allowed_pr_authors) : ['packit'],
    allowed_committers: stringList(d.allowed_committers),
    allowed_builders: Array.isArray(d.allowed_builders) ? stringList(d.allowed_builders) : ['packit'],
    scratch: booleanOr(d.scratch, false),
    bodhi_extra_params: isDict(d.bodhi_extra_params) ? structuredClone(d.bodhi_extra_params) : {},
    issue_repository: stringOrNull(d.issue_repository),
    notifications: normalizeNotifications(d.notifications),
    require: normalizeRequirements(d.require),
    packit_instances: Array.isArray(d.packit_instances) ? stringList(d.packit_instances) : ['prod'],
    identifier: stringOrNull(d.identifier),

    extra,
  }
}

/**
 * Dist-git host, namespace and lookaside cache. An explicit dist_git_base_url wins (only its host
 * is kept, as in Packit), then pkg_tool, then Fedora.
 */
function distGitInstance(d: Dict): DistGitInstance {
  const tool = isNonEmptyString(d.pkg_tool) ? d.pkg_tool : 'fedpkg'
  const known = ownValue(DIST_GIT_INSTANCES, tool) ?? DIST_GIT_INSTANCES.fedpkg
  const sig = typeof d.sig === 'string' ? d.sig : ''
  let { baseUrl, namespace, lookasideUrl } = known
  namespace = namespace.replace('{sig}', sig)
  // _construct_dist_git_instance: dist_git_namespace counts only together with dist_git_base_url.
  if (typeof d.dist_git_base_url === 'string') {
    baseUrl = hostOnlyUrl(d.dist_git_base_url)
    namespace = typeof d.dist_git_namespace === 'string' ? d.dist_git_namespace : 'rpms'
    lookasideUrl = `${baseUrl}repo/pkgs`
  }
  if (typeof d.lookaside_cache_url === 'string') lookasideUrl = d.lookaside_cache_url.replace(/\/+$/, '')
  return { baseUrl, namespace, lookasideUrl }
}

/** srcgit's dist_git_forge; validation refused any other value, so that falls back to 'auto'. */
function distGitForge(value: unknown): DistGitForgeChoice {
  return isDistGitForgeChoice(value) ? value : 'auto'
}

function hostOnlyUrl(url: string): string {
  try {
    const parsed = new URL(url)
    // A file:// mirror has no host: its path is the base.
    if (parsed.protocol === 'file:') return `file://${parsed.pathname.replace(/\/*$/, '/')}`
    return `${parsed.protocol}//${parsed.host}/`
  } catch {
    // A bare host name such as "src.fedoraproject.org".
    return `https://${url.replace(/^\/+|\/+$/g, '')}/`
  }
}

function normalizeDistGitBranches(value: unknown): {
  branches: string[]
  fastForwardMergeInto: Record<string, string[]>
} {
  const fastForwardMergeInto: Record<string, string[]> = {}
  if (typeof value === 'string') return { branches: [value], fastForwardMergeInto }
  if (Array.isArray(value)) return { branches: stringList(value), fastForwardMergeInto }
  if (!isDict(value)) return { branches: [], fastForwardMergeInto }
  for (const [branch, options] of Object.entries(value)) {
    // get_fast_forward_merge_branches_for acts only on a list.
    const targets = isDict(options) ? options.fast_forward_merge_into : undefined
    const list = stringList(targets)
    if (list.length > 0) Object.defineProperty(fastForwardMergeInto, branch, ownProperty(list))
  }
  return { branches: Object.keys(value), fastForwardMergeInto }
}

function normalizeFilesToSync(value: unknown): FilesToSyncItem[] {
  if (!Array.isArray(value)) return []
  const items = value.filter((item): item is string | Dict => typeof item === 'string' || isDict(item))
  return items.map((item): FilesToSyncItem => {
    if (typeof item === 'string') {
      return { src: [item], dest: item, mkpath: false, delete: false, filters: [] }
    }
    const dict = item
    return {
      src: typeof dict.src === 'string' ? [dict.src] : stringList(dict.src),
      dest: String(dict.dest),
      mkpath: marshmallowBoolean(dict.mkpath) === true,
      delete: marshmallowBoolean(dict.delete) === true,
      filters: stringList(dict.filters),
    }
  })
}

function normalizeSources(value: unknown): SourceItem[] {
  if (!Array.isArray(value)) return []
  return value.filter(isDict).map((item) => ({ path: String(item.path), url: String(item.url) }))
}

/**
 * Packit's spec_source_id_fm: whatever Python's int() reads (`3`, `"3"`, `" 3"`, `3.7`) becomes
 * `"Source<N>"`; other names are kept; unset or empty → `"Source0"`.
 */
export function normalizeSpecSourceId(value: unknown): string {
  const number = typeof value === 'boolean' ? undefined : marshmallowInteger(value)
  if (number !== undefined && value !== 0 && value !== '') return `Source${number}`
  if (typeof value === 'string' && value !== '') return value
  return 'Source0'
}

function normalizeActions(value: unknown): Record<string, ActionCommand[]> {
  const actions: Record<string, ActionCommand[]> = {}
  if (!isDict(value)) return actions
  for (const [name, commands] of Object.entries(value)) {
    if (typeof commands === 'string') Object.defineProperty(actions, name, ownProperty([commands]))
    else if (Array.isArray(commands)) {
      const list = commands.map((command) => (Array.isArray(command) ? command.map(String) : String(command)))
      Object.defineProperty(actions, name, ownProperty(list))
    }
  }
  return actions
}

function normalizeMacros(value: unknown): Record<string, string | null> {
  const macros: Record<string, string | null> = {}
  if (!isDict(value)) return macros
  for (const [name, macro] of Object.entries(value))
    Object.defineProperty(macros, name, ownProperty(macro === null ? null : String(macro)))
  return macros
}

/**
 * An ordinary own property for a key taken from the configuration: defining it (instead of
 * assigning) keeps a key such as `__proto__` a plain key, whatever validation let through.
 */
function ownProperty(value: unknown): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true }
}

/**
 * Pre-release handling: unset → Packit's default pattern; "" → off (specfile skips an empty pattern);
 * a pattern that is not a regular expression → off too, as Packit falls back to a plain version
 * update when specfile refuses the pattern.
 */
function prereleasePattern(value: unknown): string | null {
  if (value === undefined) return DEFAULT_PRERELEASE_SUFFIX_PATTERN
  if (typeof value !== 'string' || value === '') return null
  return pythonRegexProblem(value) === undefined ? value : null
}

/** A pass-through key as Packit's schema reads it: "yes" → true for booleans, "3" → 3 for integers. */
function readExtra(type: string, value: unknown): unknown {
  if (type === 'targets' && typeof value === 'string') return [value]
  if (type === 'boolean') return marshmallowBoolean(value) ?? value
  if (type === 'integer') return marshmallowInteger(value) ?? value
  return structuredClone(value)
}

function normalizeNotifications(value: unknown): Notifications {
  const d = isDict(value) ? value : {}
  const pullRequest = isDict(d.pull_request) ? d.pull_request : {}
  const failureComment = isDict(d.failure_comment) ? d.failure_comment : {}
  const failureIssue = isDict(d.failure_issue) ? d.failure_issue : {}
  return {
    pull_request: { successful_build: booleanOr(pullRequest.successful_build, false) },
    failure_comment: { message: stringOrNull(failureComment.message) },
    failure_issue: { create: booleanOr(failureIssue.create, true) },
  }
}

function normalizeRequirements(value: unknown): Requirements {
  const d = isDict(value) ? value : {}
  const label = isDict(d.label) ? d.label : {}
  return { label: { present: stringList(label.present), absent: stringList(label.absent) } }
}

function firstPath(paths: unknown): string {
  return Array.isArray(paths) && typeof paths[0] === 'string' ? paths[0] : './'
}

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return marshmallowBoolean(value) ?? fallback
}

function integerOr(value: unknown, fallback: number): number {
  return typeof value === 'boolean' ? fallback : (marshmallowInteger(value) ?? fallback)
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined).map(String) : []
}
