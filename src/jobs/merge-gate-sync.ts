/**
 * Writes the merge gate (see merge-gate.ts) on source-git commits: after a preview run, and from
 * sync-status and koji-build, which read the previews from dist-git and the `koji/<branch>`
 * statuses from the commit. Only what differs is written (mirrorStatuses), so reruns write nothing.
 */
import { jobViews, KOJI_BUILD, PROPOSE_DOWNSTREAM, type ResolvedConfig } from '../config/index.js'
import { DEFAULT_BODHI_URL } from '../forges/bodhi.js'
import type { DistGitPullRequest } from '../forges/dist-git/forge.js'
import { HttpClient } from '../http/client.js'
import { contextKey } from '../status/platform.js'
import { mirrorStatuses, type StatusSink } from '../status/sink.js'
import type { ShownStatuses } from '../status/desired.js'
import type { CommitStatus, DesiredStatus } from '../status/types.js'
import { buildContext } from './koji-build-report.js'
import {
  alreadyInDistGit,
  mergeGateContext,
  mergeGateStatus,
  previewsByCommit,
  previewsFromOutcomes,
  type GatePreview,
} from './merge-gate.js'
import { isConfiguredBranch } from './package-heads.js'
import { branchesFor } from './propose-downstream.js'
import type { BranchOutcome } from './publish.js'

/** What the gate of one package needs from the configuration. */
export interface GateSetup {
  /** The package (its dist-git repository name). */
  pkg: string
  /** The gate's context for it. */
  context: string
  /** Whether `koji/<branch>` statuses name the package (koji_build builds several). */
  kojiSeveral: boolean
  /** The branches koji_build builds for the package (aliases resolved on first use); none without the job. */
  kojiBranches: () => Promise<string[]>
}

/** The gate setup of `pkg`: contexts named as preview and sync-status name theirs (the package when they propose several). */
export function gateSetup(
  config: ResolvedConfig,
  pkg: string,
  opts: { http?: HttpClient; bodhiUrl?: string } = {},
): GateSetup {
  const proposed = jobViews(config, PROPOSE_DOWNSTREAM).views.map((v) => v.pkg.downstream_package_name)
  const proposing = new Set(
    proposed.length > 0 ? proposed : Object.values(config.packages).map((p) => p.downstream_package_name),
  )
  const koji = jobViews(config, KOJI_BUILD).views.filter((v) => v.job !== undefined)
  let branches: Promise<string[]> | undefined
  return {
    pkg,
    context: mergeGateContext(proposing.size > 1 ? pkg : undefined),
    kojiSeveral: new Set(koji.map((v) => v.pkg.downstream_package_name)).size > 1,
    kojiBranches: () =>
      (branches ??= Promise.all(
        koji
          .filter((v) => v.pkg.downstream_package_name === pkg)
          .map((v) =>
            branchesFor(
              v.pkg,
              undefined,
              () => opts.http ?? new HttpClient(),
              opts.bodhiUrl ?? DEFAULT_BODHI_URL,
            ),
          ),
      ).then((lists) => [...new Set(lists.flat())])),
  }
}

export interface GateSyncOptions {
  /** Only commits already showing the gate get it (koji-build updates the gate, it does not start it). */
  onlyShown?: boolean
  /** Only these source-git commits. */
  commits?: readonly string[]
}

/**
 * The gate on each source-git commit previewed among `prs` (a package's dist-git PRs). Returns
 * what was done, one line per commit written or failed, for the run's notes.
 */
export async function syncMergeGates(
  sink: StatusSink,
  prs: readonly DistGitPullRequest[],
  setup: GateSetup,
  options: GateSyncOptions = {},
): Promise<string[]> {
  const notes: string[] = []
  const wanted = options.commits?.map((c) => c.toLowerCase())
  for (const [commit, previews] of previewsByCommit(prs)) {
    if (wanted && !wanted.some((w) => commit.startsWith(w) || w.startsWith(commit))) continue
    try {
      // Which branches wait for Koji matters only once everything is merged.
      const allMerged = previews.every((p) => p.state === 'merged')
      const kojiBranches = allMerged ? await setup.kojiBranches() : []
      const plan = await mirrorStatuses(sink, commit, (shown) => {
        const has = (context: string) => shownStatus(shown, context)
        if (options.onlyShown && !has(setup.context)) return []
        const status = mergeGateStatus({
          context: setup.context,
          previews,
          builds: kojiBuilds(previews, kojiBranches, setup, has),
        })
        return status ? [status] : []
      })
      for (const write of plan.writes)
        notes.push(`${write.context} on ${commit.slice(0, 12)}: ${write.state}, ${write.description}`)
      for (const held of plan.held)
        notes.push(`${held.status.context} on ${commit.slice(0, 12)} held: ${held.reason}`)
    } catch (error) {
      notes.push(`could not set ${setup.context} on ${commit.slice(0, 12)}: ${(error as Error).message}`)
    }
  }
  return notes
}

/** The merged branches koji_build builds, each with the `koji/<branch>` status the commit shows. */
function kojiBuilds(
  previews: readonly GatePreview[],
  kojiBranches: readonly string[],
  setup: GateSetup,
  shown: (context: string) => CommitStatus | undefined,
): Map<string, CommitStatus | undefined> {
  const builds = new Map<string, CommitStatus | undefined>()
  for (const { branch } of previews)
    if (isConfiguredBranch(branch, kojiBranches))
      builds.set(branch, shown(buildContext('koji', { package: setup.pkg, branch }, setup.kojiSeveral)))
  return builds
}

/**
 * After a preview run, the gate on the source-git PR's head for each package: pending for the
 * previews opened or updated, failure for those closed. A package all of whose branches already
 * had the content gets success, unless the commit shows the gate already (a rerun after the
 * merge leaves what sync-status and koji-build said).
 */
export async function mergeGateAfterPreview(
  sink: StatusSink,
  commit: string,
  outcomes: readonly BranchOutcome[],
): Promise<string[]> {
  const previews = previewsFromOutcomes(outcomes)
  const packages = [...new Set(outcomes.map((o) => o.package ?? ''))]
  const desired = (shown: ShownStatuses) =>
    packages.flatMap((pkg): DesiredStatus[] => {
      const context = mergeGateContext(pkg || undefined)
      const status = mergeGateStatus({ context, previews: previews.get(pkg) ?? [] })
      if (status) return [status]
      const mine = outcomes.filter((o) => (o.package ?? '') === pkg)
      const inDistGit = mine.length > 0 && mine.every((o) => o.operation === 'unchanged' && !o.url)
      return inDistGit && !shownStatus(shown, context) ? [alreadyInDistGit(context)] : []
    })
  const plan = await mirrorStatuses(sink, commit, desired)
  return plan.writes.map((w) => w.context)
}

/** The status of `context` the commit shows, matched as the platform matches contexts. */
function shownStatus(shown: ShownStatuses, context: string): CommitStatus | undefined {
  const key = contextKey(shown.platform, context)
  return shown.statuses.find((s) => contextKey(shown.platform, s.context) === key)
}
