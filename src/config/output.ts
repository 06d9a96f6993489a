/**
 * Printing a resolved configuration, for `srcgit config check` and for debugging.
 */

import { Document } from 'yaml'
import type { JobConfig, PackageConfig, ResolvedConfig } from './types.js'

type Dict = Record<string, unknown>

/** A package as users write it: typed keys followed by the pass-through (`extra`) keys. */
function packageToPlain(pkg: PackageConfig): Dict {
  const { extra, ...typed } = pkg
  return { ...typed, ...extra }
}

/**
 * A job as users write it: `job`, `trigger`, `package`, job-only keys that differ from their
 * defaults, then only the keys whose value differs from the package's (the job's overrides).
 */
function jobToPlain(job: JobConfig, pkg: PackageConfig | undefined): Dict {
  const plain: Dict = { job: job.type, trigger: job.trigger, package: job.package_name }
  if (job.default_job) plain.default_job = true
  if (job.manual_trigger) plain.manual_trigger = true
  if (job.skip_build) plain.skip_build = true
  // With several packages a job's identifier defaults to its package's name.
  if (job.identifier !== job.config.identifier) plain.identifier = job.identifier
  if (job.labels.length > 0) plain.labels = job.labels
  if (job.sidetag_group !== null) plain.sidetag_group = job.sidetag_group
  if (job.dependents.length > 0) plain.dependents = job.dependents
  if (job.dependencies.length > 0) plain.dependencies = job.dependencies
  const packagePlain = pkg ? packageToPlain(pkg) : {}
  for (const [key, value] of Object.entries(packageToPlain(job.config))) {
    if (!(key in packagePlain) || JSON.stringify(packagePlain[key]) !== JSON.stringify(value))
      plain[key] = value
  }
  return plain
}

/** The resolved configuration as plain data, in the shape `configToYaml` prints. */
export function configToPlain(config: ResolvedConfig): Dict {
  const packages: Dict = {}
  for (const [name, pkg] of Object.entries(config.packages)) packages[name] = packageToPlain(pkg)
  return {
    file: config.file,
    packages,
    jobs: config.jobs.map((job) => jobToPlain(job, config.packages[job.package_name])),
  }
}

/** YAML for humans: every package in full, every job with only what it changes. */
export function configToYaml(config: ResolvedConfig): string {
  // Packages share inherited values; print them in full rather than as YAML anchors and aliases.
  const document = new Document(configToPlain(config), { aliasDuplicateObjects: false })
  document.commentBefore =
    ` Resolved configuration from ${config.file}\n` +
    ' Jobs list only the keys that differ from their package; one entry per trigger and package.'
  return document.toString({ lineWidth: 0 })
}

/** JSON for tools: the complete ResolvedConfig, every job with its full effective configuration. */
export function configToJson(config: ResolvedConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`
}

/** Keys every package shows in the short form: what srcgit reads and writes by name. */
const ALWAYS_SHOWN = ['downstream_package_name', 'upstream_package_name', 'specfile_path'] as const

/** What srcgit does with a job, in words; undefined when it does not run it. */
export type JobRole = (job: JobConfig) => string | undefined

/**
 * The short form: per package only the keys whose value is not Packit's default (what the file
 * sets, resolved), the jobs srcgit runs with what it runs them as, and the others listed as not
 * run by srcgit. `defaults` is a package resolved from an empty file.
 */
export function configToSummaryPlain(config: ResolvedConfig, defaults: PackageConfig, role: JobRole): Dict {
  const defaultPlain = packageToPlain(defaults)
  const packages: Dict = {}
  for (const [name, pkg] of Object.entries(config.packages)) {
    const plain = packageToPlain(pkg)
    const shown: Dict = {}
    for (const [key, value] of Object.entries(plain))
      if (
        (ALWAYS_SHOWN as readonly string[]).includes(key) ||
        JSON.stringify(value) !== JSON.stringify(defaultPlain[key])
      )
        shown[key] = value
    packages[name] = shown
  }
  const jobs: Dict[] = []
  const notRun: string[] = []
  for (const job of config.jobs) {
    const srcgit = role(job)
    const where = `jobs[${job.job_index}] ${job.type} (trigger ${job.trigger}${Object.keys(config.packages).length > 1 ? `, package ${job.package_name}` : ''})`
    if (srcgit) jobs.push({ srcgit, ...jobToPlain(job, config.packages[job.package_name]) })
    else notRun.push(job.default_job ? `${where}, one of Packit's default jobs` : where)
  }
  return {
    file: config.file,
    packages,
    jobs,
    ...(notRun.length > 0 ? { 'not run by srcgit': notRun } : {}),
  }
}

/** The short form as YAML (see configToSummaryPlain). */
export function configSummaryToYaml(config: ResolvedConfig, defaults: PackageConfig, role: JobRole): string {
  const document = new Document(configToSummaryPlain(config, defaults, role), {
    aliasDuplicateObjects: false,
  })
  document.commentBefore =
    ` Configuration from ${config.file}: what it sets and what srcgit will do\n` +
    ' Packages list the keys whose value is not the default; `srcgit config check --all` prints every key.\n' +
    ' Packit service jobs (builds, tests, Koji, Bodhi, ...) are listed as not run by srcgit.'
  return document.toString({ lineWidth: 0 })
}
