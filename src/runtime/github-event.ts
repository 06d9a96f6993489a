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
  '`release` (published), `push` of a tag, and `workflow_dispatch` (with the `tag` or `version` input)'

interface Payload {
  action?: string
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
    default:
      throw new UnsupportedEventError(
        `srcgit runs on ${SUPPORTED_EVENTS}; this run was triggered by \`${eventName}\``,
      )
  }
}

function stringInput(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}
