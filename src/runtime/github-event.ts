/**
 * Which release a GitHub event asks for. Pure: the event name, its payload and the ref
 * in, the tag/version and release notes out, or a message saying why there is nothing to
 * do with this event.
 */
export interface ReleaseRequest {
  tag?: string
  version?: string
  /** The release body, for copy_upstream_release_description. */
  releaseNotes?: string
  /** How the run was triggered, for the log. */
  trigger: string
}

export class UnsupportedEventError extends Error {}

export const SUPPORTED_EVENTS =
  '`release` (published), `push` of a tag, `workflow_dispatch` (with the `tag` or `version` input) and `pull_request` (previews)'

interface Payload {
  action?: string
  number?: number
  pull_request?: {
    number?: number
    title?: string
    html_url?: string
    merged?: boolean
    head?: { sha?: string }
  }
  release?: { tag_name?: string; body?: string | null; draft?: boolean; prerelease?: boolean }
  inputs?: Record<string, unknown>
  ref?: string
}

export function releaseRequest(
  eventName: string,
  payload: Payload,
  ref: string | undefined,
  inputs: { tag?: string; version?: string },
): ReleaseRequest {
  // Explicit inputs win on any event (a manual run, or a workflow that computes the tag).
  if (inputs.tag || inputs.version)
    return {
      tag: inputs.tag,
      version: inputs.version,
      trigger: `${eventName} with explicit tag/version inputs`,
    }
  switch (eventName) {
    case 'release': {
      const tag = payload.release?.tag_name
      if (!tag) throw new UnsupportedEventError('the release event has no release.tag_name')
      if (payload.action && !['published', 'released', 'prereleased', 'created'].includes(payload.action))
        throw new UnsupportedEventError(
          `release "${payload.action}" events are not releases to propose; trigger on \`release: types: [published]\``,
        )
      return { tag, releaseNotes: payload.release?.body ?? undefined, trigger: `release ${tag}` }
    }
    case 'push': {
      const pushed = payload.ref ?? ref ?? ''
      if (pushed.startsWith('refs/tags/')) {
        const tag = pushed.slice('refs/tags/'.length)
        return { tag, trigger: `push of tag ${tag}` }
      }
      throw new UnsupportedEventError(
        `a push of ${pushed || 'a branch'} is not a release; trigger on tags (\`on: push: tags: ['v*']\`) or releases`,
      )
    }
    case 'workflow_dispatch': {
      const tag = stringInput(payload.inputs?.tag)
      const version = stringInput(payload.inputs?.version)
      if (!tag && !version)
        throw new UnsupportedEventError(
          'a manual run needs the release: pass `tag: ${{ inputs.tag }}` or `version: ${{ inputs.version }}` to the action',
        )
      return { tag, version, trigger: 'manual run' }
    }
    case 'pull_request_target':
      throw new UnsupportedEventError(
        "srcgit does not run on `pull_request_target`: the configuration's actions would run commands from the " +
          'pull request with your secrets. Use `pull_request` (pull requests from forks then get a dry run, as they have no secrets)',
      )
    default:
      throw new UnsupportedEventError(
        `srcgit runs on ${SUPPORTED_EVENTS}; this run was triggered by \`${eventName}\``,
      )
  }
}

function stringInput(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** What a `pull_request` event asks of the preview: make or update it, close it, or nothing. */
export type PreviewRequest =
  | { kind: 'sync'; number: number; title: string; url?: string; headSha: string }
  | { kind: 'close'; number: number; merged: boolean; url?: string }
  | { kind: 'ignore'; number: number; action: string }

/** Actions that change what a preview shows. */
const SYNC_ACTIONS = ['opened', 'synchronize', 'reopened', 'edited', 'ready_for_review']

export function previewRequest(payload: Payload): PreviewRequest {
  const pr = payload.pull_request
  const number = pr?.number ?? payload.number
  if (!pr || typeof number !== 'number')
    throw new UnsupportedEventError('the pull_request event has no pull_request.number')
  const action = payload.action ?? 'opened'
  if (action === 'closed') return { kind: 'close', number, merged: pr.merged === true, url: pr.html_url }
  if (!SYNC_ACTIONS.includes(action)) return { kind: 'ignore', number, action }
  const headSha = pr.head?.sha
  if (!headSha) throw new UnsupportedEventError('the pull_request event has no pull_request.head.sha')
  return { kind: 'sync', number, title: pr.title ?? `#${number}`, url: pr.html_url, headSha }
}
