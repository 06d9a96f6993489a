/**
 * The first steps the downstream jobs (koji-build, bodhi-update) take per package: which of the
 * wanted branches the job's configuration names, then the dist-git forge and the heads of those
 * branches, and each head's NVR as Koji makes it.
 */
import type { JobView, PackageConfig } from '../config/index.js'
import { fetchBranchHeads, type BranchHeads } from '../dist-git/branch-heads.js'
import { headNvr, type BranchNvr } from '../dist-git/nvr.js'
import type { DistGitForge, DistGitForgeChoice } from '../forges/dist-git/forge.js'
import { openDistGitForge } from '../forges/dist-git/select.js'
import type { HttpClient } from '../http/client.js'
import { BodhiError } from '../builds/bodhi.js'
import { KojiError } from '../builds/koji.js'
import { DistGitReadError } from '../dist-git/branch-heads.js'
import { SpecError } from '../spec/errors.js'
import { JobError } from './errors.js'

export interface Skip {
  branch: string
  reason: string
}

/**
 * The requested branches (a matrix job's; default: all configured) split into those the job's
 * dist_git_branches name (rawhide's also as main) and a skip for each other, saying where to
 * add it; `doing` ends the message ("to build it").
 */
export function configuredBranches(
  requested: readonly string[] | undefined,
  configured: readonly string[],
  view: Pick<JobView, 'origin'>,
  doing: string,
): { wanted: string[]; skipped: Skip[] } {
  const branches = requested && requested.length > 0 ? requested : configured
  const wanted: string[] = []
  const skipped: Skip[] = []
  for (const branch of branches)
    if (isConfiguredBranch(branch, configured)) wanted.push(branch)
    else
      skipped.push({
        branch,
        reason: `${branch} is not in dist_git_branches of ${view.origin} (${configured.join(', ')}); add it there ${doing}`,
      })
  return { wanted, skipped }
}

/** Whether a job's dist_git_branches name `branch` (rawhide's also as main). */
export function isConfiguredBranch(branch: string, configured: readonly string[]): boolean {
  return configured.includes(branch) || (branch === 'main' && configured.includes('rawhide'))
}

export interface PackageHeads {
  distGit: DistGitForge
  cloneUrl: string
  heads: BranchHeads
}

/** The package's dist-git forge and the heads of `branches` there. */
export async function packageHeads(
  pkg: PackageConfig,
  branches: readonly string[],
  opts: { instanceUrl?: string; token?: string; forgeKind?: DistGitForgeChoice; http: HttpClient },
): Promise<PackageHeads> {
  const distGit = await openDistGitForge({
    instanceUrl: (opts.instanceUrl ?? pkg.dist_git_base_url).replace(/\/+$/, ''),
    token: opts.token,
    http: opts.http,
    choice: opts.forgeKind ?? pkg.dist_git_forge,
  })
  const cloneUrl = distGit.cloneUrl(pkg.dist_git_namespace, pkg.downstream_package_name)
  return { distGit, cloneUrl, heads: await fetchBranchHeads(cloneUrl, branches) }
}

/** The NVR of a branch head, as Koji builds it (`rawhide`: rawhide's Fedora number, from Koji). */
export function branchHeadNvr(
  pkg: PackageConfig,
  heads: BranchHeads,
  branch: string,
  sha: string,
  rawhide?: number,
): Promise<BranchNvr> {
  return headNvr({
    git: heads.git,
    rev: sha,
    specFile: `${pkg.downstream_package_name}.spec`,
    branch,
    rawhide,
    parseTimeMacros: pkg.parse_time_macros,
  })
}

/** The dist-git branch is missing: what to do. */
export function missingBranchReason(branch: string, cloneUrl: string): string {
  return `dist-git has no branch ${branch} in ${cloneUrl}; request it (fedpkg request-branch) or remove it from dist_git_branches`
}

/** A failure that ends one branch (reported as failed, the run goes on), not the run. */
export function isBranchError(error: unknown): error is Error {
  return [KojiError, BodhiError, SpecError, JobError, DistGitReadError].some((t) => error instanceof t)
}
