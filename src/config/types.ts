/**
 * The resolved configuration: what srcgit works with after all of Packit's merging rules have been
 * applied. Key names stay Packit's snake_case so that they match what users wrote and what
 * `srcgit config check` prints.
 */

import type { DistGitForgeChoice } from '../forges/dist-git/forge.js'
import type { Diagnostic } from './diagnostics.js'
import type { JobType, Trigger } from './schema.js'

export type { ActionName, JobType, Trigger } from './schema.js'

/** One entry of files_to_sync, in its full form. A plain `X` entry becomes `{src: [X], dest: X}`. */
export interface FilesToSyncItem {
  src: string[]
  dest: string
  mkpath: boolean
  delete: boolean
  filters: string[]
}

/** A `sources` entry: download `url` as `path` instead of the URL in the spec file. */
export interface SourceItem {
  path: string
  url: string
}

/** One command of an action: a shell-like string (split, not run by a shell) or an argv list. */
export type ActionCommand = string | string[]

export interface Notifications {
  pull_request: { successful_build: boolean }
  failure_comment: { message: string | null }
  failure_issue: { create: boolean }
}

export interface Requirements {
  label: { present: string[]; absent: string[] }
}

/**
 * Configuration of one package, with defaults applied. Keys used by the release-sync jobs
 * (propose_downstream, pull_from_upstream, sync_from_downstream, koji_build, bodhi_update) are typed;
 * every other Packit key that was set (Copr, Testing Farm, image builds, ...) is kept in `extra`
 * exactly as written.
 */
export interface PackageConfig {
  /**
   * Spec path in the upstream repo, relative to paths[0]; null when none was given or found (Packit
   * refuses such a configuration for every job but tests with skip_build; resolution warns with the
   * code "no-specfile").
   */
  specfile_path: string | null
  downstream_package_name: string
  upstream_package_name: string
  upstream_project_url: string | null
  /** Monorepo sub-directories; paths[0] is the package's working directory. */
  paths: string[]
  /** The config file the package came from, relative to the repository. */
  config_file_path: string

  upstream_ref: string | null
  upstream_tag_template: string
  upstream_tag_include: string
  upstream_tag_exclude: string
  version_update_mask: string | null
  version_update_specifiers: string | null
  /** null: pre-release handling is off (written as "", or not a usable regular expression). */
  prerelease_suffix_pattern: string | null
  prerelease_suffix_macro: string | null
  archive_root_dir_template: string

  /** As written; empty means "Packit's defaults" (the spec file and the config file). */
  files_to_sync: FilesToSyncItem[]
  sync_changelog: boolean
  copy_upstream_release_description: boolean
  create_sync_note: boolean
  create_pr: boolean
  upload_sources: boolean

  pkg_tool: string
  sig: string | null
  /** Always ends with "/". */
  dist_git_base_url: string
  dist_git_namespace: string
  /** srcgit extension: base URL of the lookaside cache, without a trailing "/". */
  lookaside_cache_url: string
  /** srcgit extension: the forge serving dist-git; 'auto' asks the host (forges/dist-git/probe.ts). */
  dist_git_forge: DistGitForgeChoice
  /** Branches or aliases; for a job without any, the dist-git default branch (see JobConfig). */
  dist_git_branches: string[]
  /** Branch (or alias) → branches that receive a fast-forward PR with the same commit. */
  fast_forward_merge_into: Record<string, string[]>

  patch_generation_ignore_paths: string[]
  patch_generation_patch_id_digits: number
  sources: SourceItem[]
  /** Always in the "SourceN" form (an integer N in the file becomes "SourceN"). */
  spec_source_id: string
  actions: Record<string, ActionCommand[]>
  allowed_gpg_keys: string[] | null
  parse_time_macros: Record<string, string | null>

  allowed_pr_authors: string[]
  allowed_committers: string[]
  allowed_builders: string[]
  scratch: boolean
  bodhi_extra_params: Record<string, unknown>
  issue_repository: string | null
  notifications: Notifications
  require: Requirements
  packit_instances: string[]
  identifier: string | null

  /**
   * Every other Packit key that was set, as written, but read as Packit reads it: string `targets`
   * wrapped into a list, booleans and integers in marshmallow's spellings turned into true/false/N.
   */
  extra: Record<string, unknown>
}

export interface JobConfig {
  type: JobType
  trigger: Trigger
  /** The key of the package in `packages` (the package name for single-package configs). */
  package_name: string
  /** Index of the job in the file's `jobs` list, or in the default jobs when the file has none. */
  job_index: number
  /** True for the jobs Packit adds when the file has no `jobs` key. */
  default_job: boolean
  /** The package configuration with this job's overrides applied. */
  config: PackageConfig
  /** Same as config.fast_forward_merge_into, here because the release-sync jobs need it first. */
  fast_forward_merge_into: Record<string, string[]>
  manual_trigger: boolean
  labels: string[]
  skip_build: boolean
  /** config.identifier; with several packages, the package name when unset (Packit's JobConfigView). */
  identifier: string | null
  sidetag_group: string | null
  dependents: string[]
  dependencies: string[]
}

export interface ResolvedConfig {
  /** The config file, relative to the repository when inside it. */
  file: string
  /**
   * The repository name the package names default to (Packit's repo_name: the name in the git
   * remote's URL, as the service's project.repo); null when unknown. See src/config/README.md.
   */
  repo_name: string | null
  packages: Record<string, PackageConfig>
  /** One entry per (job, trigger, package), in the order of the file. */
  jobs: JobConfig[]
  warnings: Diagnostic[]
}
