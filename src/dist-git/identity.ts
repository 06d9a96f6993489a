/**
 * Who the dist-git commit (and its %changelog entry) is by. On a CI runner there is
 * usually no git identity, so the person who triggered the run is the natural author:
 * the GitHub actor (with their no-reply address) or the GitLab user. The committer is
 * the configured git identity, else srcgit itself.
 */
import { ContentError } from './errors.js'

export interface Identity {
  name: string
  email: string
}

export const SRCGIT_IDENTITY: Identity = { name: 'srcgit', email: 'srcgit@users.noreply.github.com' }

/** `Name <email>` as git and rpm changelogs write it. */
export function parseIdentity(text: string, where: string): Identity {
  const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text)
  if (!m || m[1] === '')
    throw new ContentError(
      `${where}: "${text}" is not an identity; write it as "Full Name <email@example.com>"`,
    )
  return { name: m[1], email: m[2] }
}

export function formatIdentity(identity: Identity): string {
  return `${identity.name} <${identity.email}>`
}

/** The person behind this CI run, from the platform's variables, when it tells. */
export function ciActor(env: Record<string, string | undefined>): Identity | undefined {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_ACTOR) {
    const actor = env.GITHUB_ACTOR
    const id = env.GITHUB_ACTOR_ID
    return { name: actor, email: `${id ? `${id}+` : ''}${actor}@users.noreply.github.com` }
  }
  if (env.GITLAB_CI === 'true' && env.GITLAB_USER_NAME && env.GITLAB_USER_EMAIL)
    return { name: env.GITLAB_USER_NAME, email: env.GITLAB_USER_EMAIL }
  return undefined
}

export interface IdentitySources {
  /** `--author` / the action's `author` input. */
  explicit?: string
  /** git's user.name / user.email (or GIT_AUTHOR_NAME / GIT_AUTHOR_EMAIL). */
  gitName?: string
  gitEmail?: string
  env: Record<string, string | undefined>
}

/** The commit author: explicit, else the git identity, else the CI actor, else srcgit. */
export function commitAuthor(sources: IdentitySources): Identity {
  if (sources.explicit?.trim()) return parseIdentity(sources.explicit, '--author')
  const name = sources.gitName?.trim()
  const email = sources.gitEmail?.trim()
  if (name && email) return { name, email }
  return ciActor(sources.env) ?? SRCGIT_IDENTITY
}

/** The committer: the git identity when complete, else srcgit. */
export function committer(sources: IdentitySources): Identity {
  const name = sources.gitName?.trim()
  const email = sources.gitEmail?.trim()
  return name && email ? { name, email } : SRCGIT_IDENTITY
}

/** Environment that makes `git commit` use these identities, whatever git's config says. */
export function identityEnv(author: Identity, by: Identity): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: by.name,
    GIT_COMMITTER_EMAIL: by.email,
  }
}
