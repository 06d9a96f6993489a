/**
 * The dist-git branch heads a Koji or Bodhi job acts on, read with git (the same on Pagure and
 * Forgejo): a private bare repository with the wanted branches fetched whole (rpmautospec counts
 * releases over the branch history), and each head's committer and sync-point trailer.
 */
import { Git, GitError } from '../git/git.js'
import { makeTempDir, tempRoot } from '../runtime/resources.js'
import { FROM_SOURCE_GIT_TOKEN } from './messages.js'
import type { HeadCommit } from '../builds/build-gate.js'
import { registerUserError } from '../runtime/user-errors.js'

export interface BranchHeads {
  /** The bare repository holding `refs/heads/<branch>` of each branch that exists. */
  git: Git
  /** Branch → head commit; a branch missing in dist-git is absent. */
  heads: Map<string, string>
}

export class DistGitReadError extends Error {
  override name = 'DistGitReadError'
}
registerUserError(DistGitReadError)

/** Fetches `branches` of the dist-git repository at `cloneUrl` (anonymous, read-only). */
export async function fetchBranchHeads(cloneUrl: string, branches: readonly string[]): Promise<BranchHeads> {
  const dir = makeTempDir('srcgit-dist-git-heads-')
  const git = new Git(dir)
  await git.run(['init', '-q', '--bare'])
  const heads = new Map<string, string>()
  let listed: string
  try {
    listed = await new Git(tempRoot()).output(['ls-remote', '--heads', '--end-of-options', cloneUrl])
  } catch (error) {
    throw new DistGitReadError(
      `cannot read the branches of ${cloneUrl}: ${error instanceof GitError ? error.message : String(error)}; ` +
        'check dist_git_base_url, dist_git_namespace and downstream_package_name, and that the repository is public',
    )
  }
  const remote = new Map<string, string>()
  for (const line of listed.split('\n')) {
    const [sha, ref] = line.split('\t')
    if (sha && ref?.startsWith('refs/heads/')) remote.set(ref.slice('refs/heads/'.length), sha)
  }
  const wanted = [...new Set(branches)].filter((b) => remote.has(b))
  if (wanted.length === 0) return { git, heads }
  await git.run([
    'fetch',
    '-q',
    '--no-tags',
    '--end-of-options',
    cloneUrl,
    ...wanted.map((b) => `+refs/heads/${b}:refs/heads/${b}`),
  ])
  for (const branch of wanted) {
    const sha = await git.tryRevParse(`refs/heads/${branch}`)
    if (sha) heads.set(branch, sha)
  }
  return { git, heads }
}

/** The head commit's parents, committer and `From-source-git-commit` trailer. */
export async function readHeadCommit(git: Git, sha: string): Promise<HeadCommit> {
  const out = await git.output([
    'show',
    '-s',
    `--format=%H%x1f%P%x1f%cn%x1f%ce%x1f%(trailers:key=${FROM_SOURCE_GIT_TOKEN},valueonly,separator=%x1d)`,
    '--end-of-options',
    sha,
  ])
  const [full, parents, committerName, committerEmail, trailer] = out.split('\x1f')
  const sourceGitCommit = (trailer ?? '')
    .split('\x1d')
    .map((v) => v.trim())
    .filter((v) => /^[0-9a-f]{7,64}$/i.test(v))
    .pop()
  return {
    sha: full,
    parents: parents ? parents.split(' ') : [],
    committerName: committerName ?? '',
    committerEmail: committerEmail ?? '',
    ...(sourceGitCommit ? { sourceGitCommit } : {}),
  }
}

/**
 * The source-git commit a branch head was made from: the head's trailer, or for a merge
 * commit the trailer of the merged-in parent (a maintainer merged srcgit's PR).
 */
export async function sourceGitCommitOf(git: Git, head: HeadCommit): Promise<string | undefined> {
  if (head.sourceGitCommit) return head.sourceGitCommit
  for (const parent of head.parents.slice(1)) {
    const commit = await readHeadCommit(git, parent)
    if (commit.sourceGitCommit) return commit.sourceGitCommit
  }
  return undefined
}
