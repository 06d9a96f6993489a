/**
 * The `matrix` output of `job: config-check`: one cell per package and dist-git branch of the
 * downstream jobs (koji_build and bodhi_update, trigger commit, aliases expanded as those jobs
 * expand them), so that a user's workflow fans koji-build and bodhi-update out on its own
 * runners, one job per package and branch. Bodhi's release list is fetched only when an alias
 * needs it.
 */
import { BODHI_UPDATE, jobViews, KOJI_BUILD, type JobView, type ResolvedConfig } from '../config/index.js'
import { expandBranches, namesNeedingBodhi } from '../dist-git/branch-aliases.js'
import { DEFAULT_BODHI_URL, fetchActiveReleases, type BodhiRelease } from '../forges/bodhi.js'
import type { HttpClient } from '../http/client.js'

export interface MatrixCell {
  /** The package's key in `packages` (what the `package` input and --package take). */
  package: string
  branch: string
}

export interface DownstreamMatrix {
  include: MatrixCell[]
}

/** The configured branch names of each downstream job view, as that job reads them. */
function downstreamViews(config: ResolvedConfig): Array<{ view: JobView; names: string[]; bodhi: boolean }> {
  const of = (selector: typeof KOJI_BUILD, bodhi: boolean) =>
    jobViews(config, selector)
      .views.filter((view) => view.job !== undefined)
      .map((view) => ({
        view,
        // koji-build builds the default branch when none is configured (branchesFor's rule).
        names: view.pkg.dist_git_branches.length > 0 || bodhi ? view.pkg.dist_git_branches : ['rawhide'],
        bodhi,
      }))
  return [...of(KOJI_BUILD, false), ...of(BODHI_UPDATE, true)]
}

/** The configured names that need Bodhi's release list (aliases, namevers); empty: no fetch. */
export function matrixNamesNeedingBodhi(config: ResolvedConfig): string[] {
  return [...new Set(downstreamViews(config).flatMap((v) => namesNeedingBodhi(v.names)))]
}

/**
 * The cells, in the order of the file (package, then branch), without duplicates. rawhide is
 * left out of bodhi_update's branches (Bodhi makes those updates itself; bodhi-update would skip).
 */
export function downstreamMatrix(
  config: ResolvedConfig,
  releases: readonly BodhiRelease[],
): DownstreamMatrix {
  const include: MatrixCell[] = []
  const seen = new Set<string>()
  for (const { view, names, bodhi } of downstreamViews(config)) {
    const name = view.packageKey
    for (const branch of expandBranches(names, releases)) {
      if (bodhi && (branch === 'rawhide' || branch === 'main')) continue
      const key = `${name}\n${branch}`
      if (seen.has(key)) continue
      seen.add(key)
      include.push({ package: name, branch })
    }
  }
  // Cells of one package together, in the order the packages first appear.
  const order = [...new Set(include.map((c) => c.package))]
  include.sort((a, b) => order.indexOf(a.package) - order.indexOf(b.package))
  return { include }
}

/** The matrix, fetching the active releases from Bodhi only when a configured name needs them. */
export async function loadDownstreamMatrix(
  config: ResolvedConfig,
  opts: { http: () => HttpClient; bodhiUrl?: string },
): Promise<DownstreamMatrix> {
  const needing = matrixNamesNeedingBodhi(config)
  const releases =
    needing.length > 0
      ? await fetchActiveReleases(opts.http(), opts.bodhiUrl ?? DEFAULT_BODHI_URL, needing)
      : []
  return downstreamMatrix(config, releases)
}
