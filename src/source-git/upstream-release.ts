/**
 * CONTRACT (issue 18, pull-from-upstream): the newest upstream release of a source-git package.
 * Implemented by the pull-from-upstream engine; the job (src/jobs/pull-from-upstream.ts) only
 * calls these. Plain git (ls-remote of upstream_project_url, no API) unless Anitya is asked.
 *
 * Pre-releases (a version matching prerelease_suffix_pattern, `1.2.0-rc1`): Packit itself
 * proposes whatever version it is given (Anitya's `version`, which counts pre-releases) and
 * only rewrites the delimiter to `~` in Version. Here they are skipped unless `prereleases` is
 * set (then the tags order as rpm orders the `~` form: `1.2.0~rc1` < `1.2.0`), and Anitya's
 * `stable_version` is used (its `version` with `prereleases`).
 */
import { Git, basicAuthEnv, splitUrlCredentials } from '../git/git.js'
import { matchesTagFilters, tagToVersion, versionToTag } from '../dist-git/tag-template.js'
import { DEFAULT_PRERELEASE_SUFFIX_PATTERN, rpmvercmp, toRpmVersion } from '../spec/index.js'
import { redact } from '../runtime/secrets.js'
import { anityaLatestVersion } from './anitya.js'
import { SourceGitError } from './downstream.js'

export interface UpstreamRelease {
  /** The version as the spec's Version will read it (tag → version by upstream_tag_template). */
  version: string
  /** The upstream tag of that version. */
  tag: string
  /** The commit the tag points at (peeled), present in `git` after findNewestRelease. */
  commit: string
  /** Where the version came from. */
  via: 'git-tags' | 'anitya'
  /** True when the version matched prerelease_suffix_pattern (only with `prereleases`). */
  prerelease?: boolean
}

export interface FindReleaseOptions {
  /** The source-git clone; the release's tag (only that one) is fetched into it as refs/tags/<tag>. */
  git: Git
  /** upstream_project_url. */
  upstreamUrl: string
  /** upstream_tag_template (default "{version}"). */
  tagTemplate: string
  upstreamPackageName: string
  /** upstream_tag_include / upstream_tag_exclude (Python re.match semantics). */
  include?: string | null
  exclude?: string | null
  /** Ask release-monitoring.org (Anitya API v2) for the version instead of listing tags. */
  anitya?: { url: string; distribution: string; package: string }
  /** Deadline of each network call, ms. */
  deadlineMs?: number
  /** Consider pre-release versions too (default false: stable releases only). */
  prereleases?: boolean
  /** prerelease_suffix_pattern (Packit's default when undefined; null: nothing is a pre-release). */
  prereleaseSuffixPattern?: string | null
}

export interface RemoteTag {
  tag: string
  /** Peeled: the commit of an annotated tag, not the tag object. */
  commit: string
}

/** Parses `git ls-remote --tags` output; `^{}` lines (peeled annotated tags) win over the tag object. */
export function parseLsRemoteTags(output: string): RemoteTag[] {
  const tags = new Map<string, string>()
  const peeled = new Set<string>()
  for (const line of output.split('\n')) {
    const [sha, ref] = line.split('\t')
    if (!sha || !ref?.startsWith('refs/tags/')) continue
    let name = ref.slice('refs/tags/'.length)
    const isPeeled = name.endsWith('^{}')
    if (isPeeled) name = name.slice(0, -3)
    if (isPeeled) {
      tags.set(name, sha)
      peeled.add(name)
    } else if (!peeled.has(name)) tags.set(name, sha)
  }
  return [...tags].map(([tag, commit]) => ({ tag, commit }))
}

interface Candidate extends RemoteTag {
  version: string
  rpmVersion: string
  prerelease: boolean
}

/** Whether Packit's prerelease_suffix_pattern calls `version` a pre-release, and its rpm form. */
function classify(
  version: string,
  pattern: string | null,
): { rpmVersion: string; prerelease: boolean } | undefined {
  try {
    const { version: rpmVersion, prerelease } = toRpmVersion(version, pattern)
    return { rpmVersion, prerelease }
  } catch {
    return undefined // not a version rpm accepts: never a release to propose
  }
}

/** The newest tag by rpm order among those matching the template and filters. */
export function pickNewestTag(
  tags: RemoteTag[],
  options: Pick<
    FindReleaseOptions,
    'tagTemplate' | 'upstreamPackageName' | 'include' | 'exclude' | 'prereleases' | 'prereleaseSuffixPattern'
  >,
): Candidate | undefined {
  const pattern =
    options.prereleaseSuffixPattern === undefined
      ? DEFAULT_PRERELEASE_SUFFIX_PATTERN
      : options.prereleaseSuffixPattern
  let best: Candidate | undefined
  for (const { tag, commit } of tags) {
    if (!matchesTagFilters(tag, options.include, options.exclude)) continue
    const version = tagToVersion(options.tagTemplate || '{version}', tag, options.upstreamPackageName)
    if (!version) continue
    const kind = classify(version, pattern)
    if (!kind || (kind.prerelease && !options.prereleases)) continue
    const candidate = { tag, commit, version, ...kind }
    if (!best || rpmvercmp(candidate.rpmVersion, best.rpmVersion) > 0) best = candidate
  }
  return best
}

function remoteEnv(url: string, deadlineMs?: number): { url: string; env: Record<string, string> } {
  const { url: clean, user, password } = splitUrlCredentials(url)
  const env: Record<string, string> = user && password ? basicAuthEnv(clean, user, password) : {}
  if (deadlineMs !== undefined) {
    env.GIT_HTTP_LOW_SPEED_LIMIT = '1'
    env.GIT_HTTP_LOW_SPEED_TIME = String(Math.max(1, Math.ceil(deadlineMs / 1000)))
  }
  return { url: clean, env }
}

/** All tags of the upstream repository, peeled. */
export async function listRemoteTags(
  git: Git,
  upstreamUrl: string,
  deadlineMs?: number,
): Promise<RemoteTag[]> {
  if (!upstreamUrl || upstreamUrl.startsWith('-'))
    throw new SourceGitError(
      `upstream_project_url "${redact(upstreamUrl)}" is not a repository URL; set it in the configuration`,
    )
  const { url, env } = remoteEnv(upstreamUrl, deadlineMs)
  const result = await git.run(['ls-remote', '--tags', url], { env, allowFailure: true })
  if (result.code !== 0)
    throw new SourceGitError(
      `could not list the tags of upstream_project_url ${url}: ${redact(result.stderr.trim()) || `exit ${result.code}`}; ` +
        'check the URL and network access (a private repository needs credentials in the URL or a credential helper)',
    )
  return parseLsRemoteTags(result.stdout)
}

/** Fetches exactly one tag into `git` as refs/tags/<tag>; returns the commit it peels to. */
export async function fetchTag(
  git: Git,
  upstreamUrl: string,
  tag: string,
  deadlineMs?: number,
): Promise<string> {
  const { url, env } = remoteEnv(upstreamUrl, deadlineMs)
  const result = await git.run(['fetch', '--no-tags', '--quiet', url, `+refs/tags/${tag}:refs/tags/${tag}`], {
    env,
    allowFailure: true,
  })
  if (result.code !== 0)
    throw new SourceGitError(
      `could not fetch tag ${tag} from ${url}: ${redact(result.stderr.trim()) || `exit ${result.code}`}; ` +
        'check that the tag exists upstream (upstream_tag_template) and network access',
    )
  const commit = await git.tryRevParse(`refs/tags/${tag}`)
  if (!commit) throw new SourceGitError(`tag ${tag} fetched from ${url} does not point at a commit`)
  return commit
}

/** The newest release by rpm version order (rpmvercmp); undefined when no tag matches. */
export async function findNewestRelease(options: FindReleaseOptions): Promise<UpstreamRelease | undefined> {
  const template = options.tagTemplate || '{version}'
  const tags = await listRemoteTags(options.git, options.upstreamUrl, options.deadlineMs)
  if (options.anitya) {
    const version = await anityaLatestVersion({
      ...options.anitya,
      stable: !options.prereleases,
      deadlineMs: options.deadlineMs,
    })
    if (version === undefined) return undefined
    const tag = versionToTag(template, version, options.upstreamPackageName)
    if (!tags.some((t) => t.tag === tag))
      throw new SourceGitError(
        `release-monitoring.org says the newest version of ${options.anitya.package} is ${version}, but ` +
          `${splitUrlCredentials(options.upstreamUrl).url} has no tag ${tag} (upstream_tag_template "${template}"); ` +
          'fix upstream_tag_template or the Anitya project mapping',
      )
    const commit = await fetchTag(options.git, options.upstreamUrl, tag, options.deadlineMs)
    const pattern =
      options.prereleaseSuffixPattern === undefined
        ? DEFAULT_PRERELEASE_SUFFIX_PATTERN
        : options.prereleaseSuffixPattern
    return {
      version,
      tag,
      commit,
      via: 'anitya',
      prerelease: classify(version, pattern)?.prerelease ?? false,
    }
  }
  const newest = pickNewestTag(tags, { ...options, tagTemplate: template })
  if (!newest) return undefined
  const commit = await fetchTag(options.git, options.upstreamUrl, newest.tag, options.deadlineMs)
  return { version: newest.version, tag: newest.tag, commit, via: 'git-tags', prerelease: newest.prerelease }
}
