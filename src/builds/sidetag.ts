/**
 * A Packit `sidetag_group` as a Koji side tag, found again statelessly (srcgit keeps no
 * database, Packit keeps the group → tag mapping in its own: packit-service models.py
 * SidetagGroupModel / SidetagModel).
 *
 * The mapping lives in Koji itself. Koji's side-tag plugin (plugins/hub/sidetag_hub.py) gives
 * the owner no writable marker on the tag: createSideTag takes no extra, a `suffix` must be in
 * the hub's `allowed_suffixes`, and editSideTag refuses `extra` without sidetag_admin or admin
 * ("Extra can be modified only with sidetag_admin or admin permissions."). What the owner does
 * write is each build's `custom_user_metadata` build option, which kojid stores as the build's
 * `extra.custom_user_metadata` (builder/kojid) and which the build task keeps in its request
 * from the moment it is submitted. So the group's side tag for a branch is the side tag of the
 * bot on the branch's build tag (listSideTags(basetag=, user=)) that holds a build, or is the
 * target of a build task of the bot, carrying `{"sidetag_group": <group>}`. A new tag is
 * created only by a package whose `dependencies` are empty, and its first build is submitted at
 * once; when that submission fails the tag is removed again, so no unmarked tag is left behind.
 */
import type { XmlRpcStruct, XmlRpcValue } from './xmlrpc.js'
import { isStruct } from './xmlrpc.js'
import { buildStateName, type KojiBuild, type KojiClient, type KojiSideTag } from './koji.js'
import { JobError } from '../jobs/errors.js'

/** The custom_user_metadata key srcgit writes on every side-tag build. */
export const SIDETAG_GROUP_KEY = 'sidetag_group'

/** How far back (days) build tasks of the bot are searched for a side tag's first build. */
const TASK_LOOKBACK_DAYS = 30

/** The build option that marks a build as the group's. */
export function groupMetadata(group: string): XmlRpcStruct {
  return { [SIDETAG_GROUP_KEY]: group }
}

function markedFor(extra: XmlRpcValue | undefined, group: string): boolean {
  if (!isStruct(extra)) return false
  const custom = extra.custom_user_metadata
  return isStruct(custom) && custom[SIDETAG_GROUP_KEY] === group
}

export interface SideTagQuery {
  group: string
  /** The branch's build tag (the base of its side tags), e.g. f43-build. */
  baseTag: string
  /** The bot's Koji user name; undefined: side tags of any user. */
  user?: string
  /** The bot's Koji user id, to find the tag by a first build still in its task. */
  userId?: number
}

/**
 * The group's side tag on `baseTag`, undefined when there is none yet. Two tags marked for the
 * group (two first builds submitted at the same moment) is an error naming both.
 */
export async function findSideTag(koji: KojiClient, query: SideTagQuery): Promise<KojiSideTag | undefined> {
  const tags = await koji.listSideTags({
    basetag: query.baseTag,
    ...(query.user !== undefined ? { user: query.user } : {}),
  })
  if (tags.length === 0) return undefined
  const found = new Map<string, KojiSideTag>()
  for (const tag of tags) {
    const builds = await koji.listTagged(tag.name, { inherit: false, latest: false, extra: true })
    if (builds.some((b) => markedFor(b.extra, query.group))) found.set(tag.name, tag)
  }
  if (query.userId !== undefined) {
    const names = new Map(tags.map((t) => [t.name, t]))
    const since = Date.now() / 1000 - TASK_LOOKBACK_DAYS * 24 * 3600
    const tasks = await koji.listTasks(
      { method: 'build', owner: query.userId, createdAfter: since, decode: true },
      { order: '-id', limit: 200 },
    )
    for (const task of tasks) {
      const [, target, opts] = Array.isArray(task.request) ? task.request : []
      const tag = typeof target === 'string' ? names.get(target) : undefined
      if (
        tag &&
        isStruct(opts) &&
        markedFor({ custom_user_metadata: opts.custom_user_metadata }, query.group)
      )
        found.set(tag.name, tag)
    }
  }
  const matches = [...found.values()].sort((a, b) => a.id - b.id)
  if (matches.length > 1)
    throw new JobError(
      `Koji has ${matches.length} side tags of ${query.baseTag} for sidetag_group ${query.group} ` +
        `(${matches.map((t) => t.name).join(', ')}): two first builds were submitted at once; ` +
        `untag the builds of the later ones (koji untag-build) and remove them (koji remove-sidetag ${matches
          .slice(1)
          .map((t) => t.name)
          .join(' ')})`,
    )
  return matches[0]
}

/** The latest COMPLETE build of each package tagged into the side tag itself (no inheritance). */
export async function sideTagBuilds(koji: KojiClient, tag: string): Promise<Map<string, KojiBuild>> {
  const builds = await koji.listTagged(tag, { inherit: false, latest: true })
  const latest = new Map<string, KojiBuild>()
  for (const b of builds)
    if (buildStateName(b.state) === 'COMPLETE' && !latest.has(b.name)) latest.set(b.name, b)
  return latest
}

/** The packages of `wanted` with no COMPLETE build in the side tag (undefined tag: all of them). */
export async function missingInSideTag(
  koji: KojiClient,
  tag: string | undefined,
  wanted: readonly string[],
): Promise<string[]> {
  if (tag === undefined) return [...wanted]
  const builds = await sideTagBuilds(koji, tag)
  return wanted.filter((p) => !builds.has(p))
}

/**
 * Creates the group's side tag, looking once more first (another run may just have made it),
 * then runs `firstBuild` into it; if that fails the new tag is removed again (nothing
 * half-done) and the error passes on.
 */
export async function createSideTagFor<T>(
  koji: KojiClient,
  query: SideTagQuery,
  firstBuild: (tag: KojiSideTag) => Promise<T>,
): Promise<{ tag: KojiSideTag; created: boolean; result: T }> {
  const again = await findSideTag(koji, query)
  if (again) return { tag: again, created: false, result: await firstBuild(again) }
  const tag = await koji.createSideTag(query.baseTag)
  let result: T
  try {
    result = await firstBuild(tag)
  } catch (error) {
    await koji.removeSideTag(tag.name).catch(() => undefined)
    throw error
  }
  return { tag, created: true, result }
}
