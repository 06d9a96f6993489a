/**
 * The Bodhi update of a `sidetag_group`: one update `from_tag=<the group's side tag>` once this
 * package's head NVR and a COMPLETE build of each of `dependencies` are tagged in it, as
 * packit-service's CreateBodhiUpdateHandler does with SidetagHelper (there the mapping is its
 * database's; here src/builds/sidetag.ts finds the tag in Koji). No `builds` are sent: Bodhi
 * takes the latest builds of the tag (validators.py validate_from_tag). Whichever package's run
 * gets there first makes it; the others find it by their build (GET /updates/?builds=) or are
 * told "Update already exists using this side tag", both success.
 */
import type { BodhiClient } from '../builds/bodhi.js'
import type { KojiClient } from '../builds/koji.js'
import { findSideTag, sideTagBuilds } from '../builds/sidetag.js'
import { kojiTargetName } from '../builds/targets.js'
import { changelogsForBuilds, updateNotes } from '../builds/update-notes.js'
import type { BodhiUpdateOutcome } from './bodhi-update.js'
import { exists, newUpdate } from './bodhi-update.js'

export interface SideTagUpdateInput {
  koji: KojiClient
  bodhi: BodhiClient
  group: string
  /** The other packages that must be in the side tag (the job's `dependencies`). */
  dependencies: readonly string[]
  bodhiExtraParams: Record<string, unknown>
  /** The bot's Koji user: only its side tags are the group's. */
  bot?: string
  dryRun?: boolean
  login: () => Promise<void>
}

export async function sideTagUpdate(
  input: SideTagUpdateInput,
  outcome: BodhiUpdateOutcome,
  nvr: string,
): Promise<BodhiUpdateOutcome> {
  const { koji, group } = input
  const target = await koji.getBuildTarget(kojiTargetName(outcome.branch))
  const tag = await findSideTag(koji, { group, baseTag: target.build_tag_name, user: input.bot })
  const waiting = (reason: string): BodhiUpdateOutcome => ({
    ...outcome,
    result: 'waiting',
    reason: `${reason}; the next run tries again`,
  })
  if (!tag)
    return waiting(
      `Koji has no side tag of ${target.build_tag_name} for sidetag_group ${group} yet (koji-build makes it)`,
    )
  const builds = await sideTagBuilds(koji, tag.name)
  const own = builds.get(outcome.package)
  if (own?.nvr !== nvr)
    return waiting(`${nvr} is not a complete build in ${tag.name} yet${own ? ` (it has ${own.nvr})` : ''}`)
  const missing = input.dependencies.filter((p) => !builds.has(p))
  if (missing.length > 0)
    return waiting(`${tag.name} has no complete build of ${missing.join(', ')} (dependencies) yet`)
  const existing = await input.bodhi.updatesForBuild(nvr)
  if (existing.length > 0) return exists({ ...outcome, nvr }, existing[0])
  const nvrs = [...builds.values()].map((b) => b.nvr).sort()
  const changelogs = await changelogsForBuilds(koji, nvrs)
  const { notes, bugs } = updateNotes({ builds: nvrs, changelogs })
  const update = { ...newUpdate([], notes, bugs, input.bodhiExtraParams), from_tag: tag.name }
  if (input.dryRun)
    return {
      ...outcome,
      result: 'created',
      reason: `dry run: would create one update from the side tag ${tag.name} (${nvrs.join(', ')}), type ${update.type}`,
    }
  await input.login()
  const saved = await input.bodhi.save(update)
  switch (saved.kind) {
    case 'created':
      return {
        ...outcome,
        result: 'created',
        alias: saved.update.alias,
        url: saved.update.url,
        reason: `from the side tag ${tag.name} (${nvrs.join(', ')})`,
      }
    case 'exists':
      return { ...outcome, result: 'exists', reason: `${saved.description} (${tag.name})` }
    case 'not-tagged':
      return waiting(`Bodhi does not see the builds of ${tag.name} yet (${saved.description})`)
    case 'not-composed':
      return { ...outcome, result: 'skipped', reason: saved.description }
  }
}
