/**
 * Which configuration a srcgit job runs from: the job views Packit would use (job keys over the
 * package's over the top level, one view per package the job selects), chosen by job type and
 * trigger, as packit-service picks the jobs an event runs.
 */
import type { JobConfig, JobType, PackageConfig, ResolvedConfig, Trigger } from './types.js'
import { registerUserError } from '../runtime/user-errors.js'

/** A srcgit job's place in the Packit configuration. */
export interface JobSelector {
  /** Packit job types this srcgit job runs as, most specific first (the first type present wins). */
  types: readonly JobType[]
  /** The trigger of the event (jobs with other triggers are not this run's). */
  trigger: Trigger
  /**
   * Jobs with `sidetag_group` and `trigger: koji_build` count too: Packit runs them when a build
   * of the group is tagged into its side tag (packit-service handlers/koji.py, the dependents'
   * koji_build and bodhi_update jobs), which a scheduled run sees in Koji just the same.
   */
  sideTagTrigger?: boolean
}

/** srcgit jobs → the Packit jobs whose views they run from. */
export const PROPOSE_DOWNSTREAM: JobSelector = { types: ['propose_downstream'], trigger: 'release' }
/** Packit's downstream jobs: builds of dist-git commits and updates of those builds (trigger commit). */
export const KOJI_BUILD: JobSelector = { types: ['koji_build'], trigger: 'commit', sideTagTrigger: true }
export const BODHI_UPDATE: JobSelector = { types: ['bodhi_update'], trigger: 'commit', sideTagTrigger: true }
export const SYNC_FROM_DOWNSTREAM: JobSelector = {
  types: ['sync_from_downstream', 'propose_downstream'],
  trigger: 'commit',
}

/**
 * pull-from-upstream runs from Packit's pull_from_upstream job (trigger release); a source-git
 * repository that has only propose_downstream runs from that.
 */
export const PULL_FROM_UPSTREAM: JobSelector = {
  types: ['pull_from_upstream', 'propose_downstream'],
  trigger: 'release',
}

export interface JobView {
  /** The package's key in `packages` (PACKIT_CONFIG_PACKAGE_NAME). */
  packageKey: string
  /** The package configuration with the job's keys applied. */
  pkg: PackageConfig
  /** The job the view comes from; undefined when the configuration has no job of these types. */
  job?: JobConfig
  /** Where the view comes from, for messages: `jobs[1] (propose_downstream)`, `Packit's default jobs`, ... */
  origin: string
}

export interface JobViewSelection {
  views: JobView[]
  /** Why some views were chosen or none was (for the run's notes). */
  notes: string[]
  /**
   * Set when the views come from Packit's default jobs (the file has no `jobs`): what to tell
   * the user when the branches are not given otherwise.
   */
  defaultJobsNote?: string
}

export class JobViewError extends Error {}
registerUserError(JobViewError)

/**
 * The views a job runs from, in the order of the file: every job of the first type present that
 * the event's trigger (or, for sync_from_downstream falling back to propose_downstream, any
 * trigger but `ignore`) selects, for the named package or all of them. Without any job of these
 * types, each package's own configuration (Packit's CLI does the same, with the default branch).
 */
export function jobViews(
  config: ResolvedConfig,
  selector: JobSelector,
  packageName?: string,
): JobViewSelection {
  const names = Object.keys(config.packages)
  if (packageName !== undefined && !(packageName in config.packages))
    throw new JobViewError(
      `${config.file} has no package "${packageName}" (packages: ${names.join(', ')}); ` +
        'give one of those names, or leave the package out to run for all of them',
    )
  const wanted = (name: string) => packageName === undefined || name === packageName
  const notes: string[] = []
  for (const type of selector.types) {
    const primary = type === selector.types[0]
    // A fallback type counts only as written: Packit's default jobs are for their own type.
    const ofType = config.jobs.filter(
      (job) => job.type === type && wanted(job.package_name) && (primary || !job.default_job),
    )
    if (ofType.length === 0) continue
    const chosen = ofType.filter((job) =>
      primary
        ? job.trigger === selector.trigger ||
          (selector.sideTagTrigger === true && job.trigger === 'koji_build' && job.sidetag_group !== null)
        : job.trigger !== 'ignore',
    )
    if (chosen.length === 0) {
      const triggers = [...new Set(ofType.map((job) => job.trigger))].join(', ')
      notes.push(
        `the ${type} job${ofType.length > 1 ? 's' : ''} in ${config.file} ${ofType.length > 1 ? 'have' : 'has'} ` +
          `trigger: ${triggers}, not ${selector.trigger}: nothing to do (set trigger: ${selector.trigger} to enable it)`,
      )
      return { views: [], notes }
    }
    if (!primary)
      notes.push(`${config.file} has no ${selector.types[0]} job: using the ${type} job's configuration`)
    const defaultJobsNote = chosen.some((job) => job.default_job)
      ? `${config.file} has no jobs: Packit's default ${type} job applies ` +
        `(dist_git_branches: ${chosen[0].config.dist_git_branches.join(', ')}); list your jobs to choose the branches`
      : undefined
    return { views: chosen.map((job) => viewOf(job)), notes, defaultJobsNote }
  }
  const fallback = names.filter(wanted).map((name): JobView => ({
    packageKey: name,
    pkg: withDefaultBranch(config.packages[name]),
    origin: `packages.${name}`,
  }))
  // Said when the file lists jobs of its own (without any, the package is the natural choice).
  if (config.jobs.some((job) => !job.default_job))
    notes.push(
      `${config.file} has no ${selector.types.join(' or ')} job: using the package configuration ` +
        `(dist_git_branches: ${[...new Set(fallback.flatMap((v) => v.pkg.dist_git_branches))].join(', ')})`,
    )
  return { views: fallback, notes }
}

/** The one view of a job that works on one package: the named one, or the only one there is. */
export function singleJobView(
  config: ResolvedConfig,
  selector: JobSelector,
  packageName: string | undefined,
  what: string,
): { view: JobView; notes: string[] } {
  const { views, notes } = jobViews(config, selector, packageName)
  const packages = [...new Set(views.map((v) => v.packageKey))]
  if (packages.length > 1)
    throw new JobViewError(
      `${config.file} defines ${packages.length} packages for ${what} (${packages.join(', ')}); choose one with --package`,
    )
  if (views.length === 0)
    throw new JobViewError(`${config.file}: ${notes.join('; ') || `no configuration for ${what}`}`)
  if (views.length > 1)
    notes.push(
      `${views.length} ${views[0].job?.type ?? ''} jobs for ${packages[0]}: ${what} uses the first (${views[0].origin})`,
    )
  return { view: views[0], notes }
}

function viewOf(job: JobConfig): JobView {
  return {
    packageKey: job.package_name,
    pkg: job.config,
    job,
    origin: job.default_job ? "Packit's default jobs" : `jobs[${job.job_index}] (${job.type})`,
  }
}

/** A package configuration used as a job's: without branches, the dist-git default branch. */
function withDefaultBranch(pkg: PackageConfig): PackageConfig {
  return pkg.dist_git_branches.length > 0 ? pkg : { ...pkg, dist_git_branches: ['rawhide'] }
}
