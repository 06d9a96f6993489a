/**
 * What GitHub and GitLab accept in a commit status: their state words (reference §7.3), their
 * length limits, and how a desired status is turned into one they take without a 4xx.
 *
 * Limits:
 * - GitHub: description 140 characters (422 beyond, reference §7.1), context 255 characters.
 *   No documented limit on target_url.
 * - GitLab: description and target_url 255 characters each (`validates :ref, :target_url,
 *   :description, length: { maximum: 255 }` in app/models/commit_status.rb; target_url again in
 *   generic_commit_status.rb, which also requires an addressable URL). No length validation was
 *   found for `name`; 255 is our cautious cap, not a verified GitLab limit.
 * Both count characters as Ruby does (code points), so we count code points too.
 */
import type {
  DesiredStatus,
  GitHubState,
  GitLabState,
  Platform,
  PlatformState,
  StatusState,
  StatusWrite,
} from './types.js'

export interface PlatformLimits {
  /** Longest description, in code points. */
  description: number
  /** Longest context (GitHub) or name (GitLab), in code points. */
  context: number
  /** Longest target URL, in code points; undefined when the platform sets none we know of. */
  targetUrl?: number
}

export const PLATFORM_LIMITS: Readonly<Record<Platform, Readonly<PlatformLimits>>> = {
  github: { description: 140, context: 255 },
  gitlab: { description: 255, context: 255, targetUrl: 255 },
}

const GITHUB_STATES: Readonly<Record<StatusState, GitHubState>> = {
  pending: 'pending',
  success: 'success',
  failure: 'failure',
  error: 'error',
  // GitHub has no canceled; OGR maps nothing to it either. `error` reads "did not finish".
  canceled: 'error',
  // Forgejo's warning has no GitHub word. Forgejo's own merge checks count it as not passed,
  // so it is a failure here too; the description says it was a warning (desired.ts).
  warning: 'failure',
}

const GITLAB_STATES: Readonly<Record<StatusState, GitLabState>> = {
  pending: 'pending',
  success: 'success',
  failure: 'failed',
  // GitLab has no error state (packit-service maps error to failed as well).
  error: 'failed',
  canceled: 'canceled',
  // No warning in GitLab's commit statuses either: failed, the description says warning.
  warning: 'failed',
}

/** The platform's state word for a dist-git CI state (reference §7.3; Forgejo's warning: see above). */
export function platformState(platform: Platform, state: StatusState): PlatformState {
  const table = platform === 'github' ? GITHUB_STATES : GITLAB_STATES
  const mapped = table[state]
  if (!mapped)
    throw new RangeError(
      `unknown status state ${JSON.stringify(state)}: expected one of ${Object.keys(table).join(', ')}`,
    )
  return mapped
}

/**
 * How a platform groups statuses under one context: GitHub compares contexts
 * case-insensitively, GitLab compares names exactly.
 */
export function contextKey(platform: Platform, context: string): string {
  return platform === 'github' ? context.toLowerCase() : context
}

const ELLIPSIS = '…'
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Length in code points (what Ruby's String#length, and so both platforms, count). */
export function codePointLength(text: string): number {
  let length = 0
  for (const _ of text) length++
  return length
}

/**
 * `text` when it has at most `max` code points; otherwise its longest prefix of whole
 * characters (grapheme clusters: no half surrogate pair, no emoji split from its modifier)
 * that leaves room for a final '…', with trailing blanks dropped before the '…'.
 */
export function truncate(text: string, max: number): string {
  if (!Number.isInteger(max) || max < 0)
    throw new RangeError(`truncate: max must be a whole number >= 0, got ${max}`)
  if (codePointLength(text) <= max) return text
  if (max === 0) return ''
  const budget = max - ELLIPSIS.length
  let kept = ''
  let used = 0
  for (const { segment } of graphemes.segment(text)) {
    const length = codePointLength(segment)
    if (used + length > budget) break
    kept += segment
    used += length
  }
  return kept.trimEnd() + ELLIPSIS
}

/** All whitespace runs (newlines included) as one space, trimmed: statuses show one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The URL when it is an absolute http(s) URL within `max` code points, else undefined: a cut
 * URL leads nowhere, and GitLab rejects a status whose target_url is too long or not a URL.
 */
export function usableUrl(url: string | undefined, max?: number): string | undefined {
  const trimmed = url?.trim()
  if (!trimmed) return undefined
  if (max !== undefined && codePointLength(trimmed) > max) return undefined
  try {
    const { protocol } = new URL(trimmed)
    return protocol === 'http:' || protocol === 'https:' ? trimmed : undefined
  } catch {
    return undefined
  }
}

/**
 * `text` then `suffix` (one space between) within `max` code points: the text is cut to leave
 * room for the whole suffix; only a suffix longer than `max` is cut itself.
 */
export function withSuffix(text: string, suffix: string, max: number): string {
  if (!suffix) return truncate(text, max)
  const room = max - codePointLength(suffix) - 1
  if (room < 0) return truncate(suffix, max)
  const kept = truncate(text, room)
  return kept ? `${kept} ${suffix}` : suffix
}

/**
 * The status as it will be sent to (and then read back from) the platform: mapped state,
 * context and one-line description cut to the limits (the suffix kept whole), target URL only
 * when usable.
 */
export function toStatusWrite(platform: Platform, desired: DesiredStatus): StatusWrite {
  const limits = PLATFORM_LIMITS[platform]
  const write: StatusWrite = {
    context: truncate(oneLine(desired.context), limits.context),
    state: platformState(platform, desired.state),
    description: withSuffix(oneLine(desired.description), oneLine(desired.suffix ?? ''), limits.description),
  }
  const targetUrl = usableUrl(desired.targetUrl, limits.targetUrl)
  if (targetUrl) write.targetUrl = targetUrl
  return write
}
