/**
 * Check a parsed configuration tree against the schema and report every problem, each at the
 * position of the offending key or value. Nothing stops at the first error: a user fixing a config
 * should see everything that is wrong in one run.
 *
 * What is accepted follows Packit 1.16.2's marshmallow schema (packit/schema.py) and the
 * preprocessing around it (packit/config/package_config.py), including where a key is accepted:
 * a single string for `dist_git_branches` / `targets` is only turned into a list inside a job.
 */

import { marshmallowBoolean, marshmallowInteger, specifierSetProblem } from './coerce.js'
import { cut, makeError, makeWarning, quote } from './diagnostics.js'
import type { Diagnostic, DiagnosticInit, Position } from './diagnostics.js'
import { pythonRegexProblem } from './regex.js'
import {
  ACTION_NAMES,
  DEPRECATED_TARGETS,
  describeSpec,
  FILES_TO_SYNC_ITEM_KEYS,
  JOB_ONLY_KEYS,
  JOB_TYPES,
  METADATA_EXCLUSIVE_KEYS,
  METADATA_KEYS,
  METADATA_RENAMED_KEYS,
  NOT_IN_SCHEMA_KEYS,
  ownValue,
  PACKAGE_KEYS,
  REMOVED_JOB_TYPES,
  REMOVED_KEYS,
  RESERVED_KEYS,
  SOURCES_ITEM_KEYS,
  TARGET_OPTION_KEYS,
  TOP_LEVEL_ONLY_KEYS,
  TRIGGERS,
} from './schema.js'
import type { KeySpec, ValueSpec } from './schema.js'
import { didYouMean } from './suggest.js'
import { findEntry } from './tree.js'
import type { TreeEntry, TreeMap, TreeNode, TreeScalar } from './tree.js'

export interface ValidationContext {
  /**
   * The repository name (see load.ts): the default package name, also of every package in
   * `packages`. Undefined when unknown; packages are then named by their key.
   */
  repoName?: string
}

export function validateConfigTree(
  root: TreeNode | undefined,
  file: string,
  context: ValidationContext = {},
): Diagnostic[] {
  const validator = new Validator(file)
  validator.validateRoot(root, context)
  return validator.diagnostics
}

/**
 * Where a package key is written. Packit turns a single string into a list for `dist_git_branches`
 * and `targets` only in a job (JobConfigSchema and JobMetadataSchema pre-load), not at the top level
 * or in `packages` (CommonConfigSchema has no such step).
 */
type Level = 'top' | 'package' | 'job' | 'job-package' | 'metadata'

const isJobLevel = (level: Level): boolean =>
  level === 'job' || level === 'job-package' || level === 'metadata'

/** `jobs[0]` + `trigger` → `jobs[0].trigger`; top level has an empty path. Long or odd keys are cut. */
export function joinPath(parent: string, key: string): string {
  const shown = /^[\w.-]*$/.test(key) ? cut(key) : cut(JSON.stringify(key).slice(1, -1))
  return parent === '' ? shown : `${parent}.${shown}`
}

/** "at the top level" / "in jobs[0]", for messages about keys. */
function levelPhrase(path: string): string {
  return path === '' ? 'at the top level' : `in ${path}`
}

/** Words that mean a boolean in YAML 1.1; quoted, marshmallow still reads most of them. */
const YAML11_BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['yes', true],
  ['y', true],
  ['on', true],
  ['no', false],
  ['n', false],
  ['off', false],
])

/** Packages named in a message before "and N more". */
const LISTED_PACKAGES = 3

class Validator {
  readonly diagnostics: Diagnostic[] = []

  constructor(private readonly file: string) {}

  validateRoot(root: TreeNode | undefined, context: ValidationContext): void {
    if (root === undefined) return
    if (root.kind !== 'map') {
      this.error({
        code: 'not-a-mapping',
        path: '',
        message: `the configuration must be a mapping of keys to values, got ${describeNode(root)}`,
        expected: 'a mapping',
        position: root.pos,
      })
      return
    }
    const packagesEntry = findEntry(root, 'packages')
    for (const entry of root.entries) {
      if (entry.key === '_' || entry.key === 'jobs') continue
      if (entry.key === 'packages') {
        this.validatePackages(entry, findEntry(root, 'upstream_project_url') !== undefined)
        continue
      }
      this.validatePackageKey(
        entry,
        '',
        'top',
        TOP_LEVEL_ONLY_KEYS.filter((key) => key !== '_'),
      )
    }
    if (packagesEntry?.value.kind === 'map') this.reportShadowedKeys(root, packagesEntry.value, context)
    this.reportNamespaceWithoutBaseUrl(root)
    const jobsEntry = findEntry(root, 'jobs')
    if (jobsEntry) this.validateJobs(jobsEntry, definedPackageNames(root, context))
  }

  private validatePackages(entry: TreeEntry, topLevelUpstreamUrl: boolean): void {
    const node = entry.value
    if (node.kind !== 'map') {
      this.wrongType(node, 'packages', 'a mapping of package names to package options')
      return
    }
    if (node.entries.length === 0) {
      this.error({
        code: 'invalid-value',
        path: 'packages',
        message: 'packages: defines no package',
        expected: 'at least one package',
        position: node.pos,
      })
    }
    for (const packageEntry of node.entries) {
      const path = joinPath('packages', packageEntry.key)
      if (!this.checkNameKey(packageEntry, 'packages', 'a package name')) continue
      if (packageEntry.value.kind !== 'map') {
        this.wrongType(packageEntry.value, path, 'a mapping of package options')
        continue
      }
      for (const keyEntry of packageEntry.value.entries) this.validatePackageKey(keyEntry, path, 'package')
      const ownUrl = findEntry(packageEntry.value, 'upstream_project_url')
      if (ownUrl && topLevelUpstreamUrl) {
        this.warning({
          code: 'ignored-key',
          path: `${path}.upstream_project_url`,
          message:
            `${path}.upstream_project_url is ignored: the top-level upstream_project_url ` +
            'applies to every package (a monorepo has one upstream)',
          expected: 'upstream_project_url only at the top level',
          position: ownUrl.keyPos,
        })
      }
    }
  }

  /**
   * Packit sets each package's defaults before it copies the top-level keys into the packages
   * (PackageConfig.get_from_dict → set_defaults, then the schema's rearrange_packages), so a
   * package that does not set one of these keys itself never sees the top-level value.
   */
  private reportShadowedKeys(root: TreeMap, packages: TreeMap, context: ValidationContext): void {
    const packageMaps = packages.entries.filter((entry) => entry.value.kind === 'map')
    const without = (key: string, needsValue: boolean): string[] =>
      packageMaps
        .filter((entry) => {
          const own = findEntry(entry.value as TreeMap, key)
          return needsValue ? !(own && isString(own.value) && own.value.value !== '') : own === undefined
        })
        .map((entry) => entry.key)
    const report = (entry: TreeEntry, affected: string[], instead: string): void => {
      this.warning({
        code: 'shadowed-key',
        path: entry.key,
        message:
          `${entry.key} at the top level is ignored by Packit when "packages" is used: ` +
          `${describePackages(affected)} ${instead}`,
        expected: `${entry.key} inside each package`,
        position: entry.keyPos,
        suggestion: `set ${entry.key} in each package instead`,
      })
    }
    const repoName = context.repoName
    // A top-level value equal to the repository name changes nothing: no need to warn.
    const differs = (entry: TreeEntry): boolean => !(isString(entry.value) && entry.value.value === repoName)
    const downstream = findEntry(root, 'downstream_package_name')
    if (downstream && differs(downstream)) {
      const affected = without('downstream_package_name', false)
      const instead =
        repoName === undefined
          ? 'named by its key in "packages"'
          : `named ${quote(repoName)}, after the repository`
      if (affected.length > 0)
        report(downstream, affected, `${affected.length === 1 ? 'is' : 'are'} ${instead}`)
      else
        report(
          downstream,
          packageMaps.map((entry) => entry.key),
          'set their own',
        )
    }
    const specfile = findEntry(root, 'specfile_path')
    const noSpec = without('specfile_path', true)
    if (specfile && noSpec.length > 0) {
      report(
        specfile,
        noSpec,
        `${noSpec.length === 1 ? 'gets' : 'get'} <downstream_package_name>.spec when it sets downstream_package_name, ` +
          'else the first spec file found',
      )
    }
    const upstream = findEntry(root, 'upstream_package_name')
    const noUpstream = without('upstream_package_name', false)
    if (upstream && repoName !== undefined && differs(upstream) && noUpstream.length > 0) {
      report(
        upstream,
        noUpstream,
        `${noUpstream.length === 1 ? 'gets' : 'get'} the repository name ${quote(repoName)} instead`,
      )
    }
  }

  /** Packit reads dist_git_namespace only together with dist_git_base_url (_construct_dist_git_instance). */
  private reportNamespaceWithoutBaseUrl(root: TreeMap): void {
    const found = { namespace: [] as TreeEntry[], baseUrl: false }
    const scan = (map: TreeMap, depth: number): void => {
      for (const entry of map.entries) {
        if (entry.key === 'dist_git_namespace') found.namespace.push(entry)
        if (entry.key === 'dist_git_base_url' && !(isScalar(entry.value) && entry.value.value === null))
          found.baseUrl = true
        if (depth > 0 && entry.key !== 'jobs' && entry.value.kind === 'map') scan(entry.value, depth - 1)
      }
    }
    scan(root, 2)
    const jobs = findEntry(root, 'jobs')?.value
    if (jobs?.kind === 'seq') for (const job of jobs.items) if (job.kind === 'map') scan(job, 2)
    if (found.baseUrl) return
    for (const entry of found.namespace) {
      this.warning({
        code: 'ignored-key',
        path: entry.key,
        message:
          'dist_git_namespace is ignored without dist_git_base_url: Packit takes the namespace of the ' +
          'pkg_tool (rpms for Fedora)',
        expected: 'dist_git_namespace together with dist_git_base_url',
        position: entry.keyPos,
        suggestion: 'add dist_git_base_url, or remove dist_git_namespace',
      })
    }
  }

  /** A key of a package (top level, packages.<name>, job, or a job's per-package overrides). */
  private validatePackageKey(
    entry: TreeEntry,
    parentPath: string,
    level: Level,
    extraCandidates: readonly string[] = [],
  ): void {
    const path = joinPath(parentPath, entry.key)
    if (this.reportRemoved(entry, parentPath)) return
    const spec = ownValue(PACKAGE_KEYS, entry.key)
    if (spec && entry.keyType === 'string') {
      this.validateValue(entry.value, spec, path, level)
      return
    }
    const candidates = [...Object.keys(PACKAGE_KEYS), ...extraCandidates]
    this.unknownKey(entry, parentPath, candidates, level === 'job')
  }

  /** Removed keys, and keys Packit fails on, are errors naming what to do instead. True when handled. */
  private reportRemoved(entry: TreeEntry, parentPath: string): boolean {
    const path = joinPath(parentPath, entry.key)
    const removal = ownValue(REMOVED_KEYS, entry.key) ?? ownValue(NOT_IN_SCHEMA_KEYS, entry.key)
    if (removal) {
      this.error({
        code: Object.hasOwn(REMOVED_KEYS, entry.key) ? 'removed-key' : 'unknown-key',
        path,
        message: `key "${entry.key}" ${levelPhrase(parentPath)} ${removal}`,
        expected: 'a key Packit accepts',
        position: entry.keyPos,
      })
      return true
    }
    return false
  }

  private unknownKey(
    entry: TreeEntry,
    parentPath: string,
    candidates: readonly string[],
    jobLevel: boolean,
  ): void {
    let suggestion = RESERVED_KEYS.has(entry.key) ? undefined : didYouMean(entry.key, candidates)
    if (METADATA_RENAMED_KEYS.includes(entry.key)) {
      suggestion = 'it is only accepted inside the deprecated "metadata" mapping; use "dist_git_branches"'
    } else if (!suggestion && !jobLevel && Object.hasOwn(JOB_ONLY_KEYS, entry.key)) {
      suggestion = `"${entry.key}" is only valid directly inside an entry of "jobs"`
    } else if (!suggestion && parentPath !== '' && TOP_LEVEL_ONLY_KEYS.includes(entry.key)) {
      suggestion = `"${entry.key}" is only valid at the top level`
    } else if (!suggestion && entry.keyType !== 'string') {
      suggestion = `Packit reads this key as a ${entry.keyType}; keys are names`
    }
    this.error({
      code: 'unknown-key',
      path: joinPath(parentPath, entry.key),
      message: `unknown key ${quote(entry.key)} ${levelPhrase(parentPath)}`,
      expected: 'a key Packit accepts at this level',
      position: entry.keyPos,
      suggestion,
    })
  }

  /**
   * A key that names something (a package, an environment variable, a target): it must be a string
   * for Packit (`Dict(keys=String())`), and must not be one of the RESERVED_KEYS. True when fine.
   */
  private checkNameKey(entry: TreeEntry, parentPath: string, what: string): boolean {
    if (RESERVED_KEYS.has(entry.key)) {
      this.error({
        code: 'unknown-key',
        path: joinPath(parentPath, entry.key),
        message: `unknown key ${quote(entry.key)} ${levelPhrase(parentPath)}: it cannot be ${what}`,
        expected: what,
        position: entry.keyPos,
        suggestion: 'rename it',
      })
      return false
    }
    if (entry.keyType === 'string') return true
    this.error({
      code: 'wrong-type',
      path: joinPath(parentPath, entry.key),
      message: `${joinPath(parentPath, entry.key)}: Packit reads the key ${cut(entry.key)} as a ${entry.keyType}, not as ${what}`,
      expected: what,
      position: entry.keyPos,
      suggestion: `put it in quotes: "${cut(entry.key)}"`,
    })
    return false
  }

  /** Free-form mappings (Bodhi, Testing Farm, Image Builder parameters) may nest; no level may use a reserved key. */
  private checkReservedKeys(node: TreeNode, path: string, depth = 0): void {
    if (depth > 64) return
    if (node.kind === 'seq')
      node.items.forEach((item, i) => this.checkReservedKeys(item, `${path}[${i}]`, depth + 1))
    if (node.kind !== 'map') return
    for (const entry of node.entries) {
      if (RESERVED_KEYS.has(entry.key)) this.unknownKey(entry, path, [], true)
      else this.checkReservedKeys(entry.value, joinPath(path, entry.key), depth + 1)
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Jobs

  private validateJobs(entry: TreeEntry, packageNames: ReadonlySet<string> | undefined): void {
    const node = entry.value
    if (node.kind !== 'seq') {
      this.wrongType(node, 'jobs', 'a list of jobs (an empty list [] disables all jobs)')
      return
    }
    node.items.forEach((item, index) => {
      const path = `jobs[${index}]`
      if (item.kind !== 'map') this.wrongType(item, path, 'a mapping describing a job')
      else this.validateJob(item, path, packageNames)
    })
  }

  private validateJob(job: TreeMap, path: string, packageNames: ReadonlySet<string> | undefined): void {
    for (const required of ['job', 'trigger']) {
      if (!findEntry(job, required)) {
        this.error({
          code: 'missing-key',
          path,
          message: `${path}: missing required key "${required}"`,
          expected: describeSpec(JOB_ONLY_KEYS[required].spec),
          position: job.pos,
        })
      }
    }
    for (const entry of job.entries) {
      const keyPath = joinPath(path, entry.key)
      const jobOnly = entry.keyType === 'string' ? ownValue(JOB_ONLY_KEYS, entry.key) : undefined
      switch (jobOnly ? entry.key : undefined) {
        case 'job':
          this.validateJobType(entry.value, keyPath)
          break
        case 'trigger':
          this.validateTrigger(entry.value, keyPath)
          break
        case 'metadata':
          this.validateMetadata(entry, job, path)
          break
        case 'packages':
          this.validateJobPackages(entry.value, keyPath, packageNames)
          break
        case 'package':
          this.validateJobPackage(entry.value, keyPath, job, packageNames)
          break
        case undefined:
          this.validatePackageKey(entry, path, 'job', Object.keys(JOB_ONLY_KEYS))
          break
        default:
          if (jobOnly) this.validateValue(entry.value, jobOnly, keyPath, 'job')
      }
    }
  }

  private validateJobType(node: TreeNode, path: string): void {
    if (!this.expectString(node, path, JOB_ONLY_KEYS.job.spec)) return
    const value = node.value
    const replacement = ownValue(REMOVED_JOB_TYPES, value)
    if (replacement) {
      this.error({
        code: 'removed-job',
        path,
        message: `${path}: job type "${value}" was removed in Packit 1.0; use "${replacement}"`,
        expected: describeSpec(JOB_ONLY_KEYS.job.spec),
        position: node.pos,
      })
    } else if (!(JOB_TYPES as readonly string[]).includes(value)) {
      this.error({
        code: 'unknown-job',
        path,
        message: `${path}: unknown job type ${quote(value)}`,
        expected: describeSpec(JOB_ONLY_KEYS.job.spec),
        position: node.pos,
        suggestion: didYouMean(value, JOB_TYPES),
      })
    }
  }

  /**
   * Packit splits the trigger at "|" and strips each part (process_job_triggers), but leaves a
   * trigger without "|" as written: " release" and "release |" are both refused.
   */
  private validateTrigger(node: TreeNode, path: string): void {
    if (!this.expectString(node, path, JOB_ONLY_KEYS.trigger.spec)) return
    const expected = describeSpec(JOB_ONLY_KEYS.trigger.spec)
    const raw = node.value
    const parts = raw.includes('|') ? raw.split('|').map((part) => part.trim()) : [raw]
    for (const part of parts) {
      if ((TRIGGERS as readonly string[]).includes(part)) continue
      if (part.trim() === '') {
        this.error({
          code: 'unknown-trigger',
          path,
          message: parts.length === 1 ? `${path}: no trigger given` : `${path}: empty trigger between "|"`,
          expected,
          position: node.pos,
          suggestion: parts.length === 1 ? undefined : 'remove the extra "|"',
        })
        continue
      }
      const spaced = (TRIGGERS as readonly string[]).includes(part.trim())
      this.error({
        code: 'unknown-trigger',
        path,
        message: `${path}: unknown trigger ${quote(part)}`,
        expected,
        position: positionWithin(node, part),
        suggestion: spaced ? 'remove the spaces around it' : didYouMean(part, TRIGGERS),
      })
    }
  }

  /**
   * The deprecated `metadata` mapping (Packit's rearrange_jobs): an empty one (any false-like value)
   * is dropped silently; otherwise it is validated against JobMetadataSchema and merged into the job.
   */
  private validateMetadata(entry: TreeEntry, job: TreeMap, jobPath: string): void {
    const path = joinPath(jobPath, 'metadata')
    const node = entry.value
    if (isFalsy(node)) {
      this.warning({
        code: 'deprecated-key',
        path,
        message: `${path} is empty and ignored (the deprecated metadata mapping)`,
        expected: 'job options directly under the job',
        position: entry.keyPos,
        suggestion: 'remove it',
      })
      return
    }
    this.warning({
      code: 'deprecated-key',
      path,
      message: `${path} is deprecated; move its keys directly into the job (Packit merges them the same way)`,
      expected: 'job options directly under the job',
      position: entry.keyPos,
    })
    if (node.kind !== 'map') {
      this.wrongType(node, path, 'a mapping')
      return
    }
    for (const metadataEntry of node.entries) {
      const keyPath = joinPath(path, metadataEntry.key)
      const key = metadataEntry.key
      if (METADATA_RENAMED_KEYS.includes(key)) {
        this.warning({
          code: 'deprecated-key',
          path: keyPath,
          message: `key "${key}" in ${path} was renamed to "dist_git_branches"`,
          expected: 'dist_git_branches',
          position: metadataEntry.keyPos,
        })
        this.validateValue(metadataEntry.value, PACKAGE_KEYS.dist_git_branches, keyPath, 'metadata')
      } else if (METADATA_KEYS.includes(key)) {
        const spec = ownValue(PACKAGE_KEYS, key) ?? JOB_ONLY_KEYS[key]
        this.validateValue(metadataEntry.value, spec, keyPath, 'metadata')
      } else if (Object.hasOwn(PACKAGE_KEYS, key) || Object.hasOwn(JOB_ONLY_KEYS, key)) {
        this.error({
          code: 'unknown-key',
          path: keyPath,
          message: `key "${key}" is not accepted in ${path}`,
          expected: `one of: ${METADATA_KEYS.join(', ')}`,
          position: metadataEntry.keyPos,
          suggestion: 'move it out of metadata, directly into the job',
        })
      } else {
        this.unknownKey(metadataEntry, path, METADATA_KEYS, true)
      }
    }
    this.reportMetadataConflicts(node, job, jobPath)
  }

  /**
   * Packit refuses a job that has any JobMetadataSchema key next to a non-empty metadata mapping,
   * whether or not metadata sets that key; `targets` escapes the check and metadata's value wins.
   */
  private reportMetadataConflicts(metadata: TreeMap, job: TreeMap, jobPath: string): void {
    for (const jobEntry of job.entries) {
      const keyPath = joinPath(jobPath, jobEntry.key)
      if (jobEntry.key === 'targets' && findEntry(metadata, 'targets')) {
        this.warning({
          code: 'metadata-conflict',
          path: keyPath,
          message: `${keyPath} is ignored: ${jobPath}.metadata.targets replaces it`,
          expected: 'targets only once, directly under the job',
          position: jobEntry.keyPos,
          suggestion: 'remove "targets" from metadata',
        })
      }
      if (!METADATA_EXCLUSIVE_KEYS.includes(jobEntry.key)) continue
      const inMetadata = findEntry(metadata, jobEntry.key) !== undefined
      this.error({
        code: 'metadata-conflict',
        path: keyPath,
        message:
          `${keyPath} cannot be used together with the deprecated ${jobPath}.metadata ` +
          `(Packit refuses ${inMetadata ? 'the same key in both places' : 'metadata keys outside metadata while metadata is used'})`,
        expected: `"${jobEntry.key}" directly under the job, without metadata`,
        position: jobEntry.keyPos,
        suggestion: 'move the keys of metadata directly into the job and remove metadata',
      })
    }
  }

  private validateJobPackages(
    node: TreeNode,
    path: string,
    packageNames: ReadonlySet<string> | undefined,
  ): void {
    const expected = 'a list of package names or a mapping of package name to options'
    if (isScalar(node) && node.value === null) return
    // rearrange_jobs: any false-like value selects every package, like no "packages" key.
    if (isScalar(node) && isFalsy(node)) {
      this.warning({
        code: 'coerced-value',
        path,
        message: `${path}: ${describeNode(node)} selects every package, as no "packages" key does`,
        expected,
        position: node.pos,
        suggestion: 'remove it',
      })
      return
    }
    if (node.kind === 'seq') {
      node.items.forEach((item, index) => {
        const itemPath = `${path}[${index}]`
        if (!isString(item)) this.wrongType(item, itemPath, 'a package name')
        else this.checkPackageDefined(item.value, item.pos, itemPath, packageNames)
      })
      return
    }
    if (node.kind !== 'map') {
      this.wrongType(node, path, expected)
      return
    }
    for (const entry of node.entries) {
      const packagePath = joinPath(path, entry.key)
      if (!this.checkNameKey(entry, path, 'a package name')) continue
      this.checkPackageDefined(entry.key, entry.keyPos, packagePath, packageNames)
      const value = entry.value
      if (value.kind !== 'map') {
        const suggestion =
          isScalar(value) && value.value === null
            ? `write ${cut(entry.key)}: {} to select it without overrides`
            : undefined
        this.wrongType(
          value,
          packagePath,
          'a mapping of options overriding the package for this job',
          suggestion,
        )
        continue
      }
      for (const keyEntry of value.entries) this.validatePackageKey(keyEntry, packagePath, 'job-package')
    }
  }

  /** `package:` narrows the job to one package, which must be among `packages` when both are given. */
  private validateJobPackage(
    node: TreeNode,
    path: string,
    job: TreeMap,
    packageNames: ReadonlySet<string> | undefined,
  ): void {
    if (isScalar(node) && node.value === null) return
    if (!this.expectString(node, path, JOB_ONLY_KEYS.package.spec)) return
    const selection = findEntry(job, 'packages')?.value
    const selected =
      selection?.kind === 'seq'
        ? selection.items.filter(isString).map((item) => item.value)
        : selection?.kind === 'map' && selection.entries.length > 0
          ? selection.entries.map((entry) => entry.key)
          : undefined
    if (selected !== undefined && selected.length > 0 && !selected.includes(node.value)) {
      this.error({
        code: 'undefined-package',
        path,
        message: `${path}: package ${quote(node.value)} is not among the packages this job selects`,
        expected: `one of: ${describeNames(selected)}`,
        position: node.pos,
        suggestion: didYouMean(node.value, selected),
      })
      return
    }
    this.checkPackageDefined(node.value, node.pos, path, packageNames)
  }

  private checkPackageDefined(
    name: string,
    position: Position,
    path: string,
    packageNames: ReadonlySet<string> | undefined,
  ): void {
    if (packageNames === undefined || packageNames.has(name)) return
    this.error({
      code: 'undefined-package',
      path,
      message: `${path}: package ${quote(name)} is not defined in "packages"`,
      expected: `one of: ${describeNames([...packageNames])}`,
      position,
      suggestion: didYouMean(name, packageNames),
    })
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  private validateValue(node: TreeNode, keySpec: KeySpec, path: string, level: Level): void {
    if (isScalar(node) && node.value === null) {
      if (keySpec.nullable) return
      const suggestion = path.endsWith('prerelease_suffix_pattern')
        ? 'write "" to turn pre-release handling off'
        : undefined
      this.wrongType(node, path, describeSpec(keySpec.spec), suggestion)
      return
    }
    if (this.validateShape(node, keySpec.spec, path, level) && keySpec.check)
      this.runCheck(node, keySpec, path)
  }

  /** Check the value against its spec; true when it is well-typed. */
  private validateShape(node: TreeNode, spec: ValueSpec, path: string, level: Level): boolean {
    switch (spec.type) {
      case 'string':
        return this.expectString(node, path, spec)
      case 'boolean':
        return this.expectBoolean(node, path)
      case 'integer':
        return this.expectInteger(node, path, spec.min)
      case 'string-list':
        return this.expectStringList(node, path, spec)
      case 'string-or-string-list':
        return isString(node) || this.expectStringList(node, path, spec)
      case 'spec-source-id':
        return this.expectSpecSourceId(node, path)
      case 'enum':
        return this.expectEnum(node, path, spec.values)
      case 'enum-list':
        if (node.kind !== 'seq') return this.wrongType(node, path, describeSpec(spec))
        return node.items.every((item, index) => this.expectEnum(item, `${path}[${index}]`, spec.values))
      case 'mapping':
        if (node.kind !== 'map') return this.wrongType(node, path, describeSpec(spec))
        this.checkReservedKeys(node, path)
        return true
      case 'string-key-mapping':
        if (node.kind !== 'map') return this.wrongType(node, path, describeSpec(spec))
        return node.entries.map((entry) => this.checkNameKey(entry, path, 'a name')).every(Boolean)
      case 'scalar-mapping':
        return this.expectScalarMapping(node, path, spec)
      case 'object':
        return this.expectObject(node, path, spec.keys)
      case 'files-to-sync':
        return this.expectFilesToSync(node, path)
      case 'sources':
        return this.expectSources(node, path)
      case 'actions':
        return this.expectActions(node, path)
      case 'targets':
        return this.expectTargets(node, path, level)
      case 'dist-git-branches':
        return this.expectDistGitBranches(node, path, level)
    }
  }

  private expectString(
    node: TreeNode,
    path: string,
    spec: ValueSpec,
  ): node is TreeScalar & { value: string } {
    if (isString(node)) return true
    const suggestion =
      isScalar(node) && node.value !== null ? `put it in quotes: "${cut(node.source)}"` : undefined
    this.wrongType(node, path, describeSpec(spec), suggestion)
    return false
  }

  /** marshmallow's Boolean also takes 1/0 and words such as "yes"; accept them, as Packit does, and warn. */
  private expectBoolean(node: TreeNode, path: string): boolean {
    if (isScalar(node) && typeof node.value === 'boolean') return true
    const meaning = isScalar(node) ? marshmallowBoolean(node.value) : undefined
    if (meaning !== undefined) {
      this.coerced(node, path, String(meaning), `write ${meaning}`)
      return true
    }
    let suggestion: string | undefined
    if (isString(node)) {
      const word = YAML11_BOOLEANS.get(node.value.toLowerCase())
      if (word !== undefined) suggestion = `write ${word}`
    }
    return this.wrongType(node, path, 'a boolean (true or false)', suggestion)
  }

  /** marshmallow's Integer is Python's int(): it truncates floats and reads integer strings. */
  private expectInteger(node: TreeNode, path: string, min: number | undefined): boolean {
    const expected = describeSpec({ type: 'integer', min })
    if (!isScalar(node) || typeof node.value === 'boolean') return this.wrongType(node, path, expected)
    const value = marshmallowInteger(node.value)
    if (value === undefined) return this.wrongType(node, path, expected)
    if (min !== undefined && value < min) return this.wrongType(node, path, expected)
    if (!(typeof node.value === 'number' && Number.isInteger(node.value))) {
      this.coerced(node, path, String(value), `write ${value}`)
    }
    return true
  }

  /** Packit's spec_source_id_fm: int(value) when that works ("Source" + N), else the value itself. */
  private expectSpecSourceId(node: TreeNode, path: string): boolean {
    const expected = describeSpec({ type: 'spec-source-id' })
    if (isString(node)) return true
    if (!isScalar(node) || typeof node.value !== 'number') return this.wrongType(node, path, expected)
    const number = marshmallowInteger(node.value)
    if (number === undefined) return this.wrongType(node, path, expected)
    if (!Number.isInteger(node.value)) this.coerced(node, path, `Source${number}`, `write ${number}`)
    return true
  }

  private expectStringList(node: TreeNode, path: string, spec: ValueSpec): boolean {
    if (node.kind !== 'seq') {
      const suggestion =
        isString(node) && spec.type === 'string-list'
          ? `write it as a list: [${quote(node.value)}]`
          : undefined
      return this.wrongType(node, path, describeSpec(spec), suggestion)
    }
    let valid = true
    node.items.forEach((item, index) => {
      if (!this.expectString(item, `${path}[${index}]`, { type: 'string' })) valid = false
    })
    return valid
  }

  private expectEnum(node: TreeNode, path: string, values: readonly string[]): boolean {
    const expected = `one of: ${values.join(', ')}`
    if (!isString(node)) return this.wrongType(node, path, expected)
    if (values.includes(node.value)) return true
    this.error({
      code: 'invalid-value',
      path,
      message: `${path}: unknown value ${quote(node.value)}`,
      expected,
      position: node.pos,
      suggestion: didYouMean(node.value, values),
    })
    return false
  }

  private expectScalarMapping(node: TreeNode, path: string, spec: ValueSpec): boolean {
    if (node.kind !== 'map') return this.wrongType(node, path, describeSpec(spec))
    let valid = true
    for (const entry of node.entries) {
      if (RESERVED_KEYS.has(entry.key)) {
        this.unknownKey(entry, path, [], true)
        valid = false
      } else if (entry.value.kind !== 'scalar') {
        valid = this.wrongType(entry.value, joinPath(path, entry.key), 'a string, number, boolean or null')
      }
    }
    return valid
  }

  private expectObject(node: TreeNode, path: string, keys: Readonly<Record<string, KeySpec>>): boolean {
    if (node.kind !== 'map') return this.wrongType(node, path, 'a mapping')
    for (const entry of node.entries) {
      const keySpec = entry.keyType === 'string' ? ownValue(keys, entry.key) : undefined
      if (keySpec) this.validateValue(entry.value, keySpec, joinPath(path, entry.key), 'package')
      else this.unknownKey(entry, path, Object.keys(keys), true)
    }
    return true
  }

  /** Required keys and value types of one mapping item of files_to_sync or sources. */
  private expectItemMapping(
    node: TreeMap,
    path: string,
    keys: Readonly<Record<string, KeySpec>>,
    required: readonly string[],
  ): void {
    for (const key of required) {
      if (findEntry(node, key)) continue
      this.error({
        code: 'missing-key',
        path,
        message: `${path}: missing required key "${key}"`,
        expected: describeSpec(keys[key].spec),
        position: node.pos,
      })
    }
    this.expectObject(node, path, keys)
  }

  private expectFilesToSync(node: TreeNode, path: string): boolean {
    if (node.kind !== 'seq') {
      const suggestion = isString(node) ? `write it as a list: [${quote(node.value)}]` : undefined
      return this.wrongType(node, path, describeSpec({ type: 'files-to-sync' }), suggestion)
    }
    node.items.forEach((item, index) => {
      const itemPath = `${path}[${index}]`
      if (isString(item)) return
      if (item.kind !== 'map') this.wrongType(item, itemPath, 'a path or a {src, dest} mapping')
      else this.expectItemMapping(item, itemPath, FILES_TO_SYNC_ITEM_KEYS, ['src', 'dest'])
    })
    return true
  }

  private expectSources(node: TreeNode, path: string): boolean {
    if (node.kind !== 'seq') return this.wrongType(node, path, describeSpec({ type: 'sources' }))
    node.items.forEach((item, index) => {
      const itemPath = `${path}[${index}]`
      if (item.kind !== 'map') this.wrongType(item, itemPath, 'a {path, url} mapping')
      else this.expectItemMapping(item, itemPath, SOURCES_ITEM_KEYS, ['path', 'url'])
    })
    return true
  }

  private expectActions(node: TreeNode, path: string): boolean {
    if (node.kind !== 'map') return this.wrongType(node, path, describeSpec({ type: 'actions' }))
    for (const entry of node.entries) {
      const actionPath = joinPath(path, entry.key)
      if (!(ACTION_NAMES as readonly string[]).includes(entry.key) || entry.keyType !== 'string') {
        this.error({
          code: 'unknown-action',
          path: actionPath,
          message: `unknown action ${quote(entry.key)} in ${path}`,
          expected: `one of: ${ACTION_NAMES.join(', ')}`,
          position: entry.keyPos,
          suggestion: RESERVED_KEYS.has(entry.key) ? undefined : didYouMean(entry.key, ACTION_NAMES),
        })
      }
      // Packit checks the commands only when it runs the action (actions_handler): str, or a list
      // of str / argv lists. Checking them here reports the mistake with its position.
      const value = entry.value
      const expected = 'a command, or a list of commands (each a string or a list of arguments)'
      if (isString(value)) continue
      if (value.kind !== 'seq') {
        this.wrongType(value, actionPath, expected)
        continue
      }
      value.items.forEach((command, index) => {
        if (isString(command)) return
        if (command.kind === 'seq')
          this.expectStringList(command, `${actionPath}[${index}]`, { type: 'string-list' })
        else this.wrongType(command, `${actionPath}[${index}]`, 'a command string or a list of arguments')
      })
    }
    return true
  }

  /** A string where Packit only takes a list, because the key is not inside a job. */
  private stringOutsideJob(node: TreeScalar & { value: string }, path: string, spec: ValueSpec): false {
    return this.wrongType(
      node,
      path,
      describeSpec(spec),
      `write it as a list: [${quote(node.value)}] (Packit turns a single string into a list only inside a job)`,
    )
  }

  private expectTargets(node: TreeNode, path: string, level: Level): boolean {
    const spec: ValueSpec = { type: 'targets' }
    if (isString(node)) {
      if (!isJobLevel(level)) return this.stringOutsideJob(node, path, spec)
      this.checkDeprecatedTarget(node.value, node.pos, path)
      return true
    }
    if (node.kind === 'seq') {
      const valid = this.expectStringList(node, path, spec)
      if (valid)
        for (const item of node.items as TreeScalar[])
          this.checkDeprecatedTarget(String(item.value), item.pos, path)
      return valid
    }
    if (node.kind !== 'map') return this.wrongType(node, path, describeSpec(spec))
    let valid = true
    for (const target of node.entries) {
      const targetPath = joinPath(path, target.key)
      if (!this.checkNameKey(target, path, 'a target name')) {
        valid = false
        continue
      }
      this.checkDeprecatedTarget(target.key, target.keyPos, path)
      const options = target.value
      if (options.kind !== 'map') {
        valid = this.wrongType(
          options,
          targetPath,
          'a mapping of target options ({} for none)',
          'write {} for no options',
        )
        continue
      }
      for (const option of options.entries) {
        const optionSpec = option.keyType === 'string' ? ownValue(TARGET_OPTION_KEYS, option.key) : undefined
        if (optionSpec) {
          this.validateValue(option.value, optionSpec, joinPath(targetPath, option.key), 'package')
          continue
        }
        valid = false
        this.error({
          code: 'unknown-key',
          path: joinPath(targetPath, option.key),
          message: `unknown target option ${quote(option.key)} in ${targetPath}`,
          expected: `one of: ${Object.keys(TARGET_OPTION_KEYS).join(', ')}`,
          position: option.keyPos,
          suggestion: didYouMean(option.key, Object.keys(TARGET_OPTION_KEYS)),
        })
      }
    }
    return valid
  }

  private checkDeprecatedTarget(target: string, position: Position, path: string): void {
    const replacement = DEPRECATED_TARGETS.get(target)
    if (replacement === undefined) return
    this.warning({
      code: 'deprecated-key',
      path,
      message: `target "${target}" is deprecated`,
      expected: replacement,
      position,
      suggestion: `use "${replacement}"`,
    })
  }

  private expectDistGitBranches(node: TreeNode, path: string, level: Level): boolean {
    const spec: ValueSpec = { type: 'dist-git-branches' }
    if (isString(node)) return isJobLevel(level) || this.stringOutsideJob(node, path, spec)
    if (node.kind === 'seq') return this.expectStringList(node, path, spec)
    if (node.kind !== 'map') return this.wrongType(node, path, describeSpec(spec))
    let valid = true
    for (const branch of node.entries) {
      const branchPath = joinPath(path, branch.key)
      if (!this.checkNameKey(branch, path, 'a branch name')) {
        valid = false
        continue
      }
      const options = branch.value
      if (options.kind !== 'map') {
        valid = this.wrongType(
          options,
          branchPath,
          'a mapping: {} or {fast_forward_merge_into: [branches]}',
          'write {} for no options',
        )
        continue
      }
      for (const option of options.entries) {
        const optionPath = joinPath(branchPath, option.key)
        if (option.key === 'fast_forward_merge_into' && option.keyType === 'string') {
          this.checkFastForwardMergeInto(option.value, optionPath)
          continue
        }
        valid = false
        this.error({
          code: 'unknown-key',
          path: optionPath,
          message: `unknown key ${quote(option.key)} in ${branchPath}`,
          expected: 'only fast_forward_merge_into',
          position: option.keyPos,
          suggestion: didYouMean(option.key, ['fast_forward_merge_into']),
        })
      }
    }
    return valid
  }

  /**
   * Packit accepts any value here but only acts on a list (get_fast_forward_merge_branches_for);
   * anything else merges into nothing, which deserves a warning.
   */
  private checkFastForwardMergeInto(node: TreeNode, path: string): void {
    if (node.kind === 'seq') {
      this.expectStringList(node, path, { type: 'string-list' })
      return
    }
    this.warning({
      code: 'ignored-key',
      path,
      message: `${path}: ${describeNode(node)} has no effect; Packit fast-forwards only into a list of branches`,
      expected: 'a list of branches',
      position: node.pos,
      suggestion: isString(node) ? `write it as a list: [${quote(node.value)}]` : 'write a list of branches',
    })
  }

  private runCheck(node: TreeNode, keySpec: KeySpec, path: string): void {
    if (!isString(node)) return
    const value = node.value
    switch (keySpec.check) {
      case 'python-regex': {
        const problem = pythonRegexProblem(value)
        if (!problem) break
        const off = path.endsWith('prerelease_suffix_pattern')
        this.warning({
          code: 'invalid-regex',
          path,
          message:
            `${path}: ${quote(value)} is not a regular expression srcgit can use: ${cut(problem)}` +
            (off ? '; pre-release handling is off, as in Packit' : '; jobs that need it will fail'),
          expected: 'a Python regular expression',
          position: node.pos,
        })
        break
      }
      case 'tag-template':
        if (!value.includes('{version}')) {
          this.warning({
            code: 'invalid-value',
            path,
            message: `${path}: ${quote(value)} does not contain "{version}"; jobs that map tags to versions will fail`,
            expected: 'a template containing {version}, e.g. "v{version}"',
            position: node.pos,
          })
        }
        break
      case 'file-name':
        if (/[/\0]/.test(value)) {
          this.error({
            code: 'invalid-value',
            path,
            message: `${path}: ${quote(value)} must be a valid file name (no "/")`,
            expected: 'a name without "/"',
            position: node.pos,
          })
        }
        break
      case 'pep440-specifiers': {
        const problem = specifierSetProblem(value)
        if (problem) {
          this.error({
            code: 'invalid-value',
            path,
            message: `${path}: ${cut(problem)}`,
            expected: 'a PEP 440 specifier set, e.g. ">=2,<3"',
            position: node.pos,
          })
        }
        break
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reporting

  /** Report a value of the wrong type; always returns false so callers can `return this.wrongType(...)`. */
  private wrongType(node: TreeNode, path: string, expected: string, suggestion?: string): false {
    this.error({
      code: 'wrong-type',
      path,
      message: `${path}: expected ${expected}, got ${describeNode(node)}`,
      expected,
      position: node.pos,
      suggestion,
    })
    return false
  }

  /** A value Packit's schema reads as something else than it looks like (`"yes"` for true, `3.0` for 3). */
  private coerced(node: TreeNode, path: string, meaning: string, suggestion: string): void {
    this.warning({
      code: 'coerced-value',
      path,
      message: `${path}: ${describeNode(node)} is read as ${meaning}, as Packit reads it`,
      expected: meaning,
      position: node.pos,
      suggestion,
    })
  }

  private error(init: DiagnosticInit): void {
    this.diagnostics.push(makeError(this.file, init))
  }

  private warning(init: DiagnosticInit): void {
    this.diagnostics.push(makeWarning(this.file, init))
  }
}

function isScalar(node: TreeNode): node is TreeScalar {
  return node.kind === 'scalar'
}

function isString(node: TreeNode): node is TreeScalar & { value: string } {
  return node.kind === 'scalar' && typeof node.value === 'string'
}

/** Python's truthiness of the value PyYAML would build: None, False, 0, "", [] and {} are false. */
function isFalsy(node: TreeNode): boolean {
  if (node.kind === 'seq') return node.items.length === 0
  if (node.kind === 'map') return node.entries.length === 0
  return node.value === null || node.value === false || node.value === 0 || node.value === ''
}

/** Position of `part` inside a single-line scalar, so "pull_request | comit" points at "comit". */
function positionWithin(node: TreeScalar, part: string): Position {
  const index = node.source.indexOf(part)
  if (node.style === 'block' || index < 0) return node.pos
  return { line: node.pos.line, column: node.pos.column + index + (node.style === 'quoted' ? 1 : 0) }
}

/** "a mapping", "a list", `the string "yes"`, "the number 1.10", "an empty value (null)". */
export function describeNode(node: TreeNode): string {
  if (node.kind === 'map') return 'a mapping'
  if (node.kind === 'seq') return 'a list'
  const value = node.value
  if (value === null) return 'an empty value (null)'
  if (typeof value === 'string') return `the string ${quote(value)}`
  const written = cut(node.source || String(value))
  return typeof value === 'number' ? `the number ${written}` : `the boolean ${written}`
}

/** `"a", "b" and "c"` / `"a", "b", "c" and 4 more`. */
function describeNames(names: readonly string[]): string {
  const shown = names.slice(0, LISTED_PACKAGES).map((name) => quote(name))
  if (names.length > LISTED_PACKAGES) return `${shown.join(', ')} and ${names.length - LISTED_PACKAGES} more`
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
}

function describePackages(names: readonly string[]): string {
  return `${names.length === 1 ? 'package' : 'packages'} ${describeNames(names)}`
}

/** Package names jobs may refer to; undefined when they cannot be known (no name written, no repo name). */
function definedPackageNames(root: TreeMap, context: ValidationContext): ReadonlySet<string> | undefined {
  const packages = findEntry(root, 'packages')
  if (packages)
    return packages.value.kind === 'map'
      ? new Set(packages.value.entries.map((entry) => entry.key))
      : undefined
  const name = findEntry(root, 'downstream_package_name')?.value
  if (name && isString(name)) return new Set([name.value])
  return context.repoName === undefined ? undefined : new Set([context.repoName])
}
