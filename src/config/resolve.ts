/**
 * Packit's normalization pipeline: from the configuration as written to one fully-defaulted
 * configuration per package and per (job, trigger, package).
 *
 * Steps, in Packit's order (packit/config/package_config.py, packit/schema.py):
 *  1. a single-package config becomes `packages: {<name>: ...}`;
 *  2. every top-level key is copied into each package that does not set it
 *     (a package's downstream_package_name defaults to its key, never to the top-level value);
 *  3. specfile_path, upstream_package_name and downstream_package_name get their defaults;
 *  4. without a `jobs` key the default jobs are used (`jobs: []` means no jobs);
 *  5. each job's keys override the package's (whole values, no deep merge), a job's `packages`
 *     selects packages and may override them further, deprecated `metadata` is merged in;
 *  6. `trigger: "a | b"` becomes one job per trigger;
 *  7. short forms are expanded (string lists, files_to_sync items, spec_source_id, branch mappings).
 *
 * The input must already be validated (see validate.ts); this module only reports what validation
 * cannot know, such as a spec file found by the deprecated search.
 */

import { makeError, makeWarning } from './diagnostics.js'
import type { Diagnostic, Position } from './diagnostics.js'
import { JOB_ONLY_KEYS, METADATA_RENAMED_KEYS, PACKAGE_KEYS } from './schema.js'
import type { JobType, Trigger } from './schema.js'
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
  /** Repository name: the default for upstream_package_name and (single package) downstream_package_name. */
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

/** Where a key was written, for warnings raised during resolution. */
export type Locator = (path: readonly string[]) => Position | undefined

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
  let specFiles: readonly string[] | undefined
  const getSpecFiles = (): readonly string[] => {
    specFiles ??= typeof context.specFiles === 'function' ? context.specFiles() : (context.specFiles ?? [])
    return specFiles
  }

  // 1. Single package → monorepo form. Remember which packages wrote their downstream_package_name:
  //    only those get the <downstream_package_name>.spec default.
  const namedExplicitly = new Set<string>()
  let packages: Record<string, Dict>
  if (isMonorepo) {
    packages = {}
    for (const [name, value] of Object.entries(data.packages as Dict)) {
      const pkg = isDict(value) ? { ...value } : {}
      if (typeof pkg.downstream_package_name === 'string') namedExplicitly.add(name)
      packages[name] = pkg
    }
    // Packit copies a top-level upstream_project_url into every package, over the package's own.
    if (typeof data.upstream_project_url === 'string') {
      for (const pkg of Object.values(packages)) pkg.upstream_project_url = data.upstream_project_url
    }
    delete data.downstream_package_name
  } else {
    const written =
      typeof data.downstream_package_name === 'string' ? data.downstream_package_name : undefined
    const name = written ?? context.repoName
    if (name === undefined) {
      diagnostics.push(
        makeError(file, {
          code: 'no-package-name',
          path: 'downstream_package_name',
          message: 'cannot tell the package name: the config sets no downstream_package_name',
          expected: 'downstream_package_name: <name of the package in dist-git>',
          position: { line: 1, column: 1 },
          suggestion: 'add downstream_package_name, or use packages: {<name>: {...}}',
        }),
      )
      return { diagnostics }
    }
    if (written !== undefined) namedExplicitly.add(name)
    packages = { [name]: { downstream_package_name: name, paths: data.paths ?? ['./'] } }
    delete data.downstream_package_name
    delete data.paths
  }
  const jobsRaw = Array.isArray(data.jobs) ? (data.jobs as unknown[]) : undefined
  const usesDefaultJobs = !('jobs' in data)
  delete data.jobs
  delete data.packages

  // 2 + 3. Inheritance from the top level, then the defaults that depend on the result.
  const packageDicts: Record<string, Dict> = {}
  for (const [name, pkg] of Object.entries(packages)) {
    const merged: Dict = { ...data, downstream_package_name: name, ...pkg }
    if (!isNonEmptyString(merged.specfile_path)) {
      merged.specfile_path = defaultSpecfilePath(merged, namedExplicitly.has(name), isSourceGit, () => {
        const found = searchSpecFile(getSpecFiles(), firstPath(merged.paths), isSourceGit)
        if (found !== undefined) {
          diagnostics.push(
            makeWarning(file, {
              code: 'spec-search',
              path: isMonorepo ? `packages.${name}` : '',
              message:
                `no specfile_path or downstream_package_name for package "${name}"; using the first spec ` +
                `file found, "${found}" (Packit deprecated this search)`,
              expected: 'specfile_path or downstream_package_name',
              position: (isMonorepo ? locate(['packages', name]) : undefined) ?? { line: 1, column: 1 },
              suggestion: `add specfile_path: ${found}`,
            }),
          )
        }
        return found
      })
    }
    if (!isNonEmptyString(merged.upstream_package_name)) {
      merged.upstream_package_name = context.repoName ?? merged.downstream_package_name
    }
    packageDicts[name] = merged
  }

  // 4 + 5 + 6. Jobs.
  const jobEntries = usesDefaultJobs ? DEFAULT_JOBS : (jobsRaw ?? [])
  const jobs: JobConfig[] = []
  jobEntries.forEach((entry, jobIndex) => {
    const job = withMetadataMerged(isDict(entry) ? entry : {})
    const jobOnly: Dict = {}
    const overrides: Dict = {}
    for (const [key, value] of Object.entries(job)) {
      if (key in JOB_ONLY_KEYS) {
        if (value !== null && value !== undefined) jobOnly[key] = value
      } else overrides[key] = value
    }
    delete overrides.dist_git_url
    const selection = selectPackages(jobOnly, Object.keys(packageDicts))
    const triggers = String(jobOnly.trigger ?? '')
      .split('|')
      .map((part) => part.trim())
      .filter((part) => part !== '')
    for (const trigger of triggers) {
      for (const [packageName, packageOverrides] of selection) {
        const effective: Dict = { ...packageDicts[packageName], ...overrides, ...packageOverrides }
        const config = toPackageConfig(effective, file)
        const type = jobOnly.job as JobType
        if (config.dist_git_branches.length === 0 && DIST_GIT_JOB_TYPES.has(type)) {
          config.dist_git_branches = ['rawhide']
        }
        jobs.push({
          type,
          trigger: trigger as Trigger,
          package_name: packageName,
          job_index: jobIndex,
          default_job: usesDefaultJobs,
          config,
          fast_forward_merge_into: config.fast_forward_merge_into,
          manual_trigger: jobOnly.manual_trigger === true,
          labels: stringList(jobOnly.labels),
          skip_build: jobOnly.skip_build === true,
          identifier: config.identifier,
          sidetag_group: stringOrNull(jobOnly.sidetag_group),
          dependents: stringList(jobOnly.dependents),
          dependencies: stringList(jobOnly.dependencies),
        })
      }
    }
  })

  const resolvedPackages: Record<string, PackageConfig> = {}
  for (const [name, dict] of Object.entries(packageDicts))
    resolvedPackages[name] = toPackageConfig(dict, file)
  return {
    config: { file, packages: resolvedPackages, jobs, warnings: [] },
    diagnostics,
  }
}

export function isSourceGitConfigFile(file: string): boolean {
  const normalized = file.replace(/\\/g, '/')
  return normalized === SOURCE_GIT_CONFIG_FILE || normalized.endsWith(`/${SOURCE_GIT_CONFIG_FILE}`)
}

function defaultSpecfilePath(
  pkg: Dict,
  namedExplicitly: boolean,
  isSourceGit: boolean,
  search: () => string | undefined,
): string | null {
  if (namedExplicitly) {
    const name = String(pkg.downstream_package_name)
    return isSourceGit ? `.distro/${name}.spec` : `${name}.spec`
  }
  return search() ?? null
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

/** Merge the deprecated `metadata` mapping into the job, renaming its old branch keys. */
function withMetadataMerged(job: Dict): Dict {
  const { metadata, ...rest } = job
  if (!isDict(metadata)) return rest
  const renamed: Dict = {}
  for (const [key, value] of Object.entries(metadata)) {
    renamed[METADATA_RENAMED_KEYS.includes(key) ? 'dist_git_branches' : key] = value
  }
  return { ...rest, ...renamed }
}

/** The packages a job applies to, each with its job-specific overrides (highest precedence). */
function selectPackages(jobOnly: Dict, packageNames: string[]): Array<[string, Dict]> {
  const selected = jobOnly.packages ?? (typeof jobOnly.package === 'string' ? [jobOnly.package] : undefined)
  if (Array.isArray(selected)) {
    return packageNames.filter((name) => selected.includes(name)).map((name) => [name, {}])
  }
  if (isDict(selected)) {
    return Object.entries(selected)
      .filter(([name]) => packageNames.includes(name))
      .map(([name, overrides]) => [name, isDict(overrides) ? overrides : {}])
  }
  return packageNames.map((name) => [name, {}])
}

/** Apply defaults and expand short forms: the dictionary of one package (or job) → PackageConfig. */
export function toPackageConfig(d: Dict, file: string): PackageConfig {
  const { branches, fastForwardMergeInto } = normalizeDistGitBranches(d.dist_git_branches)
  const instance = distGitInstance(d)
  const extra: Dict = {}
  for (const [key, value] of Object.entries(d)) {
    if (TYPED_KEYS.has(key) || !(key in PACKAGE_KEYS) || value === undefined) continue
    extra[key] = key === 'targets' && typeof value === 'string' ? [value] : structuredClone(value)
  }
  return {
    specfile_path: stringOrNull(d.specfile_path),
    downstream_package_name: String(d.downstream_package_name),
    upstream_package_name: String(d.upstream_package_name),
    upstream_project_url: stringOrNull(d.upstream_project_url),
    paths: d.paths === undefined || d.paths === null ? ['./'] : stringList(d.paths),
    config_file_path: typeof d.config_file_path === 'string' ? d.config_file_path : file,

    upstream_ref: stringOrNull(d.upstream_ref),
    upstream_tag_template: stringOr(d.upstream_tag_template, '{version}'),
    upstream_tag_include: stringOr(d.upstream_tag_include, ''),
    upstream_tag_exclude: stringOr(d.upstream_tag_exclude, ''),
    version_update_mask: stringOrNull(d.version_update_mask),
    version_update_specifiers: stringOrNull(d.version_update_specifiers),
    prerelease_suffix_pattern:
      d.prerelease_suffix_pattern === undefined
        ? DEFAULT_PRERELEASE_SUFFIX_PATTERN
        : stringOrNull(d.prerelease_suffix_pattern),
    prerelease_suffix_macro: stringOrNull(d.prerelease_suffix_macro),
    archive_root_dir_template: stringOr(d.archive_root_dir_template, '{upstream_pkg_name}-{version}'),

    files_to_sync: normalizeFilesToSync(d.files_to_sync),
    sync_changelog: booleanOr(d.sync_changelog, false),
    copy_upstream_release_description: booleanOr(d.copy_upstream_release_description, false),
    create_sync_note: booleanOr(d.create_sync_note, true),
    create_pr: booleanOr(d.create_pr, true),
    upload_sources: booleanOr(d.upload_sources, true),

    pkg_tool: stringOr(d.pkg_tool, 'fedpkg'),
    sig: stringOrNull(d.sig),
    dist_git_base_url: instance.baseUrl,
    dist_git_namespace: instance.namespace,
    lookaside_cache_url: instance.lookasideUrl,
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
  const tool = typeof d.pkg_tool === 'string' ? d.pkg_tool : 'fedpkg'
  const known = DIST_GIT_INSTANCES[tool] ?? DIST_GIT_INSTANCES.fedpkg
  const sig = typeof d.sig === 'string' ? d.sig : ''
  let { baseUrl, namespace, lookasideUrl } = known
  namespace = namespace.replace('{sig}', sig)
  if (typeof d.dist_git_base_url === 'string') {
    baseUrl = hostOnlyUrl(d.dist_git_base_url)
    namespace = 'rpms'
    lookasideUrl = `${baseUrl}repo/pkgs`
  }
  if (typeof d.dist_git_namespace === 'string') namespace = d.dist_git_namespace
  if (typeof d.lookaside_cache_url === 'string') lookasideUrl = d.lookaside_cache_url.replace(/\/+$/, '')
  return { baseUrl, namespace, lookasideUrl }
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
    const targets = isDict(options) ? options.fast_forward_merge_into : undefined
    const list = typeof targets === 'string' ? [targets] : stringList(targets)
    if (list.length > 0) fastForwardMergeInto[branch] = list
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
      mkpath: dict.mkpath === true,
      delete: dict.delete === true,
      filters: stringList(dict.filters),
    }
  })
}

function normalizeSources(value: unknown): SourceItem[] {
  if (!Array.isArray(value)) return []
  return value.filter(isDict).map((item) => ({ path: String(item.path), url: String(item.url) }))
}

/** `3` or `"3"` → `"Source3"`; names are kept; unset → `"Source0"`. */
export function normalizeSpecSourceId(value: unknown): string {
  if (typeof value === 'number') return `Source${value}`
  if (typeof value === 'string' && /^\d+$/.test(value)) return `Source${Number(value)}`
  if (typeof value === 'string' && value !== '') return value
  return 'Source0'
}

function normalizeActions(value: unknown): Record<string, ActionCommand[]> {
  const actions: Record<string, ActionCommand[]> = {}
  if (!isDict(value)) return actions
  for (const [name, commands] of Object.entries(value)) {
    if (typeof commands === 'string') actions[name] = [commands]
    else if (Array.isArray(commands)) {
      actions[name] = commands.map((command) =>
        Array.isArray(command) ? command.map(String) : String(command),
      )
    }
  }
  return actions
}

function normalizeMacros(value: unknown): Record<string, string | null> {
  const macros: Record<string, string | null> = {}
  if (!isDict(value)) return macros
  for (const [name, macro] of Object.entries(value)) macros[name] = macro === null ? null : String(macro)
  return macros
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
  return typeof value === 'boolean' ? value : fallback
}

function integerOr(value: unknown, fallback: number): number {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value)
  return fallback
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined).map(String) : []
}
