/** The author and committer of srcgit's dist-git commits, read once per run. */
import { commitAuthor, committer, identityEnv, type Identity } from '../dist-git/identity.js'
import type { Git } from '../git/git.js'

export interface CommitIdentities {
  author: Identity
  committer: Identity
  /** For `git commit`. */
  env: Record<string, string>
}

async function gitConfig(git: Git, key: string): Promise<string | undefined> {
  const r = await git.run(['config', '--get', key], { allowFailure: true })
  return r.code === 0 ? r.stdout.trim() : undefined
}

/** `explicit` is `--author`; otherwise git's identity (GIT_AUTHOR_* or user.*), the CI actor, srcgit. */
export async function commitIdentities(git: Git, explicit?: string): Promise<CommitIdentities> {
  const sources = {
    explicit,
    gitName: process.env.GIT_AUTHOR_NAME || (await gitConfig(git, 'user.name')),
    gitEmail: process.env.GIT_AUTHOR_EMAIL || (await gitConfig(git, 'user.email')),
    env: process.env,
  }
  const author = commitAuthor(sources)
  const by = committer({
    ...sources,
    gitName: process.env.GIT_COMMITTER_NAME || sources.gitName,
    gitEmail: process.env.GIT_COMMITTER_EMAIL || sources.gitEmail,
  })
  return { author, committer: by, env: identityEnv(author, by) }
}
