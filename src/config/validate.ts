/**
 * Check a parsed configuration tree against the schema and report every problem, each at the
 * position of the offending key or value. Nothing stops at the first error: a user fixing a config
 * should see everything that is wrong in one run.
 */

import { makeError, makeWarning } from './diagnostics.js'
import type { Diagnostic, DiagnosticInit, Position } from './diagnostics.js'
import { pythonRegexProblem } from './regex.js'
import {
  ACTION_NAMES,
  describeSpec,
  FILES_TO_SYNC_ITEM_KEYS,
  IGNORED_KEYS,
  JOB_ONLY_KEYS,
  JOB_TYPES,
  METADATA_KEYS,
  METADATA_RENAMED_KEYS,
  PACKAGE_KEYS,
  REMOVED_JOB_TYPES,
  REMOVED_KEYS,
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
  /** Default package name of a single-package config when it sets no downstream_package_name. */
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

/** `jobs[0]` + `trigger` → `jobs[0].trigger`; top level has an empty path. */
export function joinPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`
}

/** "at the top level" / "in jobs[0]", for messages about keys. */
function levelPhrase(path: string): string {
  return path === '' ? 'at the top level' : `in ${path}`
}

/** Words that mean a boolean in YAML 1.1; quoted, they are strings, which usually is a mistake. */
const YAML11_BOOLEANS: Readonly<Record<string, boolean>> = {
  yes: true,
  y: true,
  on: true,
  no: false,
  n: false,
  off: false,
}

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
      if (entry.key === 'downstream_package_name' && packagesEntry) {
        this.warning({
          code: 'ignored-key',
          path: 'downstream_package_name',
          message:
            'downstream_package_name at the top level is ignored when "packages" is used; ' +
            'each package is named by its key in "packages" unless it sets downstream_package_name itself',
          expected: 'downstream_package_name inside each package',
          position: entry.keyPos,
        })
      }
      this.validatePackageKey(entry, '', {
        extraCandidates: TOP_LEVEL_ONLY_KEYS.filter((key) => key !== '_'),
      })
    }
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
      const path = `packages.${packageEntry.key}`
      if (packageEntry.value.kind !== 'map') {
        this.wrongType(packageEntry.value, path, 'a mapping of package options')
        continue
      }
      for (const keyEntry of packageEntry.value.entries) this.validatePackageKey(keyEntry, path)
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

  /** A key of a package (top level, packages.<name>, job, or a job's per-package overrides). */
  private validatePackageKey(
    entry: TreeEntry,
    parentPath: string,
    options: { extraCandidates?: readonly string[]; jobLevel?: boolean } = {},
  ): void {
    const path = joinPath(parentPath, entry.key)
    if (this.reportRemovedOrIgnored(entry, parentPath)) return
    const spec = PACKAGE_KEYS[entry.key]
    if (spec) {
      this.validateValue(entry.value, spec, path)
      return
    }
    const candidates = [...Object.keys(PACKAGE_KEYS), ...(options.extraCandidates ?? [])]
    this.unknownKey(entry, parentPath, candidates, options.jobLevel ?? false)
  }

  /** Removed keys are errors naming their replacement; ignored ones only warn. True when handled. */
  private reportRemovedOrIgnored(entry: TreeEntry, parentPath: string): boolean {
    const path = joinPath(parentPath, entry.key)
    const removal = REMOVED_KEYS[entry.key]
    if (removal) {
      this.error({
        code: 'removed-key',
        path,
        message: `key "${entry.key}" ${levelPhrase(parentPath)} ${removal}`,
        expected: 'a key Packit still accepts',
        position: entry.keyPos,
      })
      return true
    }
    const ignored = IGNORED_KEYS[entry.key]
    if (ignored) {
      this.warning({
        code: 'ignored-key',
        path,
        message: `key "${entry.key}" ${levelPhrase(parentPath)} ${ignored}`,
        expected: 'no dist_git_url key',
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
    let suggestion = didYouMean(entry.key, candidates)
    if (METADATA_RENAMED_KEYS.includes(entry.key)) {
      suggestion = 'it is only accepted inside the deprecated "metadata" mapping; use "dist_git_branches"'
    } else if (!suggestion && !jobLevel && entry.key in JOB_ONLY_KEYS) {
      suggestion = `"${entry.key}" is only valid inside an entry of "jobs"`
    } else if (!suggestion && parentPath !== '' && TOP_LEVEL_ONLY_KEYS.includes(entry.key)) {
      suggestion = `"${entry.key}" is only valid at the top level`
    }
    this.error({
      code: 'unknown-key',
      path: joinPath(parentPath, entry.key),
      message: `unknown key "${entry.key}" ${levelPhrase(parentPath)}`,
      expected: 'a key Packit accepts at this level',
      position: entry.keyPos,
      suggestion,
    })
  }

  // ---------------------------------------------------------------------------------------------
  // Jobs

  private validateJobs(entry: TreeEntry, packageNames: string[] | undefined): void {
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

  private validateJob(job: TreeMap, path: string, packageNames: string[] | undefined): void {
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
    const metadataEntry = findEntry(job, 'metadata')
    for (const entry of job.entries) {
      const keyPath = joinPath(path, entry.key)
      switch (entry.key) {
        case 'job':
          this.validateJobType(entry.value, keyPath)
          break
        case 'trigger':
          this.validateTrigger(entry.value, keyPath)
          break
        case 'metadata':
          this.validateMetadata(entry, path)
          break
        case 'packages':
          this.validateJobPackages(entry.value, keyPath, packageNames)
          break
        case 'package':
          if (this.expectString(entry.value, keyPath, JOB_ONLY_KEYS.package.spec)) {
            this.checkPackageDefined(entry.value.value, entry.value.pos, keyPath, packageNames)
          }
          break
        default:
          if (entry.key in JOB_ONLY_KEYS) this.validateValue(entry.value, JOB_ONLY_KEYS[entry.key], keyPath)
          else {
            this.validatePackageKey(entry, path, {
              extraCandidates: Object.keys(JOB_ONLY_KEYS),
              jobLevel: true,
            })
          }
      }
    }
    if (metadataEntry?.value.kind === 'map') this.reportMetadataConflicts(metadataEntry.value, job, path)
  }

  private validateJobType(node: TreeNode, path: string): void {
    if (!this.expectString(node, path, JOB_ONLY_KEYS.job.spec)) return
    const value = node.value
    const replacement = REMOVED_JOB_TYPES[value]
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
        message: `${path}: unknown job type "${value}"`,
        expected: describeSpec(JOB_ONLY_KEYS.job.spec),
        position: node.pos,
        suggestion: didYouMean(value, JOB_TYPES),
      })
    }
  }

  private validateTrigger(node: TreeNode, path: string): void {
    if (!this.expectString(node, path, JOB_ONLY_KEYS.trigger.spec)) return
    const parts = node.value.split('|').map((part) => part.trim())
    if (parts.every((part) => part === '')) {
      this.error({
        code: 'unknown-trigger',
        path,
        message: `${path}: no trigger given`,
        expected: describeSpec(JOB_ONLY_KEYS.trigger.spec),
        position: node.pos,
      })
      return
    }
    for (const part of parts) {
      if (part === '' || (TRIGGERS as readonly string[]).includes(part)) continue
      this.error({
        code: 'unknown-trigger',
        path,
        message: `${path}: unknown trigger "${part}"`,
        expected: describeSpec(JOB_ONLY_KEYS.trigger.spec),
        position: positionWithin(node, part),
        suggestion: didYouMean(part, TRIGGERS),
      })
    }
  }

  private validateMetadata(entry: TreeEntry, jobPath: string): void {
    const path = joinPath(jobPath, 'metadata')
    this.warning({
      code: 'deprecated-key',
      path,
      message: `${path} is deprecated; move its keys directly into the job (Packit merges them the same way)`,
      expected: 'job options directly under the job',
      position: entry.keyPos,
    })
    const node = entry.value
    if (node.kind === 'scalar' && node.value === null) return
    if (node.kind !== 'map') {
      this.wrongType(node, path, 'a mapping')
      return
    }
    for (const metadataEntry of node.entries) {
      const keyPath = joinPath(path, metadataEntry.key)
      if (METADATA_RENAMED_KEYS.includes(metadataEntry.key)) {
        this.warning({
          code: 'deprecated-key',
          path: keyPath,
          message: `key "${metadataEntry.key}" in ${path} was renamed to "dist_git_branches"`,
          expected: 'dist_git_branches',
          position: metadataEntry.keyPos,
        })
        this.validateValue(metadataEntry.value, PACKAGE_KEYS.dist_git_branches, keyPath)
      } else if (METADATA_KEYS.includes(metadataEntry.key)) {
        this.validateValue(metadataEntry.value, PACKAGE_KEYS[metadataEntry.key], keyPath)
      } else if (metadataEntry.key in PACKAGE_KEYS || metadataEntry.key in JOB_ONLY_KEYS) {
        this.error({
          code: 'unknown-key',
          path: keyPath,
          message: `key "${metadataEntry.key}" is not accepted in ${path}`,
          expected: `one of: ${METADATA_KEYS.join(', ')}`,
          position: metadataEntry.keyPos,
          suggestion: 'move it out of metadata, directly into the job',
        })
      } else {
        this.unknownKey(metadataEntry, path, METADATA_KEYS, true)
      }
    }
  }

  /** A key set both in `metadata` and directly on the job is ambiguous; Packit refuses it too. */
  private reportMetadataConflicts(metadata: TreeMap, job: TreeMap, jobPath: string): void {
    for (const metadataEntry of metadata.entries) {
      const key = METADATA_RENAMED_KEYS.includes(metadataEntry.key) ? 'dist_git_branches' : metadataEntry.key
      if (!METADATA_KEYS.includes(key)) continue
      const jobEntry = findEntry(job, key)
      if (!jobEntry) continue
      this.error({
        code: 'metadata-conflict',
        path: joinPath(jobPath, key),
        message:
          `${joinPath(jobPath, key)} is also set in ${jobPath}.metadata; ` +
          'mixing the deprecated metadata mapping with the same key on the job is not allowed',
        expected: `"${key}" only once, directly under the job`,
        position: jobEntry.keyPos,
        suggestion: `remove "${metadataEntry.key}" from metadata`,
      })
    }
  }

  private validateJobPackages(node: TreeNode, path: string, packageNames: string[] | undefined): void {
    const expected = 'a list of package names or a mapping of package name to options'
    if (node.kind === 'scalar' && node.value === null) return
    if (node.kind === 'seq') {
      node.items.forEach((item, index) => {
        const itemPath = `${path}[${index}]`
        if (item.kind !== 'scalar' || typeof item.value !== 'string')
          this.wrongType(item, itemPath, 'a package name')
        else this.checkPackageDefined(item.value, item.pos, itemPath, packageNames)
      })
      return
    }
    if (node.kind !== 'map') {
      this.wrongType(node, path, expected)
      return
    }
    for (const entry of node.entries) {
      const packagePath = `${path}.${entry.key}`
      this.checkPackageDefined(entry.key, entry.keyPos, packagePath, packageNames)
      const value = entry.value
      if (value.kind === 'scalar' && value.value === null) continue
      if (value.kind !== 'map') {
        this.wrongType(value, packagePath, 'a mapping of options overriding the package for this job')
        continue
      }
      for (const keyEntry of value.entries) this.validatePackageKey(keyEntry, packagePath)
    }
  }

  private checkPackageDefined(
    name: string,
    position: Position,
    path: string,
    packageNames: string[] | undefined,
  ): void {
    if (packageNames === undefined || packageNames.includes(name)) return
    this.error({
      code: 'undefined-package',
      path,
      message: `${path}: package "${name}" is not defined in "packages"`,
      expected: `one of: ${packageNames.join(', ')}`,
      position,
      suggestion: didYouMean(name, packageNames),
    })
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  private validateValue(node: TreeNode, keySpec: KeySpec, path: string): void {
    if (node.kind === 'scalar' && node.value === null) {
      if (!keySpec.nullable) this.wrongType(node, path, describeSpec(keySpec.spec))
      return
    }
    if (this.validateShape(node, keySpec.spec, path) && keySpec.check) this.runCheck(node, keySpec, path)
  }

  /** Check the value against its spec; true when it is well-typed. */
  private validateShape(node: TreeNode, spec: ValueSpec, path: string): boolean {
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
      case 'string-or-integer':
        if (isString(node) || (isScalar(node) && Number.isInteger(node.value))) return true
        return this.wrongType(node, path, describeSpec(spec))
      case 'enum':
        return this.expectEnum(node, path, spec.values)
      case 'enum-list':
        if (node.kind !== 'seq') return this.wrongType(node, path, describeSpec(spec))
        return node.items.every((item, index) => this.expectEnum(item, `${path}[${index}]`, spec.values))
      case 'mapping':
        return node.kind === 'map' || this.wrongType(node, path, describeSpec(spec))
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
        return this.expectTargets(node, path)
      case 'dist-git-branches':
        return this.expectDistGitBranches(node, path)
    }
  }

  private expectString(
    node: TreeNode,
    path: string,
    spec: ValueSpec,
  ): node is TreeScalar & { value: string } {
    if (isString(node)) return true
    const suggestion =
      node.kind === 'scalar' && node.value !== null ? `put it in quotes: "${node.source}"` : undefined
    this.wrongType(node, path, describeSpec(spec), suggestion)
    return false
  }

  private expectBoolean(node: TreeNode, path: string): boolean {
    if (isScalar(node) && typeof node.value === 'boolean') return true
    let suggestion: string | undefined
    if (isString(node)) {
      const meaning = YAML11_BOOLEANS[node.value.toLowerCase()]
      if (meaning !== undefined) suggestion = `"${node.value}" in quotes is a string; write ${meaning}`
    }
    this.wrongType(node, path, 'a boolean (true or false)', suggestion)
    return false
  }

  private expectInteger(node: TreeNode, path: string, min: number | undefined): boolean {
    const expected = describeSpec({ type: 'integer', min })
    // Packit (marshmallow) also accepts an integer written as a quoted string.
    const numeric = isString(node) && /^-?\d+$/.test(node.value) ? Number(node.value) : undefined
    const value = isScalar(node) && typeof node.value === 'number' ? node.value : numeric
    if (value === undefined || !Number.isInteger(value)) return this.wrongType(node, path, expected)
    if (min !== undefined && value < min) return this.wrongType(node, path, expected)
    return true
  }

  private expectStringList(node: TreeNode, path: string, spec: ValueSpec): boolean {
    if (node.kind !== 'seq') {
      const suggestion =
        isString(node) && spec.type === 'string-list' ? `write it as a list: ["${node.value}"]` : undefined
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
      message: `${path}: unknown value "${node.value}"`,
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
      if (entry.value.kind !== 'scalar') {
        valid = this.wrongType(entry.value, joinPath(path, entry.key), 'a string, number, boolean or null')
      }
    }
    return valid
  }

  private expectObject(node: TreeNode, path: string, keys: Readonly<Record<string, KeySpec>>): boolean {
    if (node.kind !== 'map') return this.wrongType(node, path, 'a mapping')
    for (const entry of node.entries) {
      const keySpec = keys[entry.key]
      if (keySpec) this.validateValue(entry.value, keySpec, joinPath(path, entry.key))
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
      const suggestion = isString(node) ? `write it as a list: ["${node.value}"]` : undefined
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
      if (!(ACTION_NAMES as readonly string[]).includes(entry.key)) {
        this.error({
          code: 'unknown-action',
          path: actionPath,
          message: `unknown action "${entry.key}" in ${path}`,
          expected: `one of: ${ACTION_NAMES.join(', ')}`,
          position: entry.keyPos,
          suggestion: didYouMean(entry.key, ACTION_NAMES),
        })
      }
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

  private expectTargets(node: TreeNode, path: string): boolean {
    if (isString(node)) return true
    if (node.kind === 'seq') return this.expectStringList(node, path, { type: 'targets' })
    if (node.kind !== 'map') return this.wrongType(node, path, describeSpec({ type: 'targets' }))
    for (const target of node.entries) {
      const targetPath = joinPath(path, target.key)
      const options = target.value
      if (options.kind === 'scalar' && options.value === null) continue
      if (options.kind !== 'map') {
        this.wrongType(options, targetPath, 'a mapping of target options ({} for none)')
        continue
      }
      for (const option of options.entries) {
        const optionSpec = TARGET_OPTION_KEYS[option.key]
        if (optionSpec) {
          this.validateValue(option.value, optionSpec, joinPath(targetPath, option.key))
          continue
        }
        // Copr grows new chroot options; pass unknown ones through rather than rejecting a config Packit may accept.
        this.warning({
          code: 'unknown-key',
          path: joinPath(targetPath, option.key),
          message: `unknown target option "${option.key}" in ${targetPath}; srcgit passes it through unchecked`,
          expected: `one of: ${Object.keys(TARGET_OPTION_KEYS).join(', ')}`,
          position: option.keyPos,
          suggestion: didYouMean(option.key, Object.keys(TARGET_OPTION_KEYS)),
        })
      }
    }
    return true
  }

  private expectDistGitBranches(node: TreeNode, path: string): boolean {
    if (isString(node)) return true
    if (node.kind === 'seq') return this.expectStringList(node, path, { type: 'dist-git-branches' })
    if (node.kind !== 'map') return this.wrongType(node, path, describeSpec({ type: 'dist-git-branches' }))
    for (const branch of node.entries) {
      const branchPath = joinPath(path, branch.key)
      const options = branch.value
      if (options.kind === 'scalar' && options.value === null) continue
      if (options.kind !== 'map') {
        this.wrongType(options, branchPath, 'a mapping: {} or {fast_forward_merge_into: [branches]}')
        continue
      }
      for (const option of options.entries) {
        const optionPath = joinPath(branchPath, option.key)
        if (option.key === 'fast_forward_merge_into') {
          const spec: KeySpec = { spec: { type: 'string-or-string-list' }, nullable: true, description: '' }
          this.validateValue(option.value, spec, optionPath)
          continue
        }
        this.error({
          code: 'unknown-key',
          path: optionPath,
          message: `unknown key "${option.key}" in ${branchPath}`,
          expected: 'only fast_forward_merge_into',
          position: option.keyPos,
          suggestion: didYouMean(option.key, ['fast_forward_merge_into']),
        })
      }
    }
    return true
  }

  private runCheck(node: TreeNode, keySpec: KeySpec, path: string): void {
    if (!isString(node)) return
    const value = node.value
    switch (keySpec.check) {
      case 'python-regex': {
        const problem = pythonRegexProblem(value)
        if (problem) {
          this.error({
            code: 'invalid-regex',
            path,
            message: `${path}: invalid regular expression "${value}": ${problem}`,
            expected: 'a Python regular expression',
            position: node.pos,
          })
        }
        break
      }
      case 'tag-template':
        if (!value.includes('{version}')) {
          this.error({
            code: 'invalid-value',
            path,
            message: `${path}: "${value}" does not contain "{version}"`,
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
            message: `${path}: "${value}" must be a valid file name (no "/")`,
            expected: 'a name without "/"',
            position: node.pos,
          })
        }
        break
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
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value
    return `the string ${JSON.stringify(shown)}`
  }
  const written = node.source || String(value)
  return typeof value === 'number' ? `the number ${written}` : `the boolean ${written}`
}

/** Package names jobs may refer to; undefined when they cannot be known (no name written, no repo name). */
function definedPackageNames(root: TreeMap, context: ValidationContext): string[] | undefined {
  const packages = findEntry(root, 'packages')
  if (packages)
    return packages.value.kind === 'map' ? packages.value.entries.map((entry) => entry.key) : undefined
  const name = findEntry(root, 'downstream_package_name')?.value
  if (name && isString(name)) return [name.value]
  return context.repoName === undefined ? undefined : [context.repoName]
}
