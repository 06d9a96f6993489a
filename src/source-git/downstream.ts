/**
 * Which commits are downstream: everything reachable from HEAD but not from
 * `upstream_ref`. When merges bring in side history, the commits are replayed first-parent
 * only onto new commit objects (never touching the user's branch), as Packit's
 * filter-branch linearization does.
 */
import { Git, GitError } from '../git/git.js'
import { registerUserError } from '../runtime/user-errors.js'

export class SourceGitError extends Error {}
registerUserError(SourceGitError)

export interface DownstreamCommit {
  sha: string
  parents: string[]
  authorName: string
  authorEmail: string
  authorDate: string
  subject: string
  /** Full message (subject, blank line, body). */
  message: string
  /** The trailer block as git reads it (`%(trailers:only)`), continuation lines included. */
  trailers: string
}

/** Expands a glob `upstream_ref` the way Packit does (`git describe --match`), then resolves it. */
export async function resolveUpstreamRef(git: Git, ref: string, head = 'HEAD'): Promise<string> {
  let rev = ref
  if (/[*?[]/.test(ref)) {
    const all = ref.startsWith('branches/')
    const pattern = all ? ref.slice('branches/'.length) : ref
    const described = await git.run(
      ['describe', '--abbrev=0', all ? '--all' : '--tags', '--match', pattern, head],
      {
        allowFailure: true,
      },
    )
    if (described.code !== 0)
      throw new SourceGitError(
        `upstream_ref "${ref}" matches no ${all ? 'branch' : 'tag'} reachable from ${head}`,
      )
    rev = described.stdout.trim().replace(/^heads\//, '')
  }
  const sha = await git.tryRevParse(rev)
  if (!sha)
    throw new SourceGitError(
      `upstream_ref "${ref}" does not resolve to a commit in ${git.dir}; fetch the upstream tags ` +
        '(actions/checkout needs fetch-depth: 0) or fix upstream_ref in the configuration',
    )
  return sha
}

const FIELD = '\x1f'
const RECORD = '\x1e'

/** Reads commits in `from..to`, oldest first. `firstParent` follows only the first parent of merges. */
export async function readCommits(
  git: Git,
  from: string,
  to: string,
  firstParent = false,
): Promise<DownstreamCommit[]> {
  const format = ['%H', '%P', '%an', '%ae', '%aI', '%s', '%B', '%(trailers:only)'].join(FIELD) + RECORD
  const args = ['log', '--reverse', `--format=${format}`]
  if (firstParent) args.push('--first-parent')
  args.push(`${from}..${to}`, '--')
  const out = await git.output(args)
  return out
    .split(RECORD)
    .map((r) => r.replace(/^\n/, ''))
    .filter((r) => r !== '')
    .map((record) => {
      const [sha, parents, authorName, authorEmail, authorDate, subject, message, trailers] =
        record.split(FIELD)
      return {
        sha,
        parents: parents.split(' ').filter(Boolean),
        authorName,
        authorEmail,
        authorDate,
        subject,
        message: message.replace(/\n+$/, ''),
        trailers: trailers.replace(/\n+$/, ''),
      }
    })
}

export interface DownstreamRange {
  upstream: string
  /** Tip whose `upstream..tip` range is linear: HEAD itself, or a replayed copy. */
  tip: string
  linearized: boolean
  commits: DownstreamCommit[]
}

/**
 * The downstream range, linear. Merge commits become ordinary commits holding the whole
 * change they brought in (first-parent diff), authored as the merge was.
 */
export async function downstreamRange(git: Git, upstream: string, head = 'HEAD'): Promise<DownstreamRange> {
  const headSha = await git.tryRevParse(head)
  if (!headSha) throw new SourceGitError(`${head} does not resolve in ${git.dir}`)
  const isAncestor = await git.run(['merge-base', '--is-ancestor', upstream, headSha], { allowFailure: true })
  if (isAncestor.code !== 0)
    throw new SourceGitError(
      `upstream_ref ${upstream.slice(0, 12)} is not an ancestor of ${head}: the source-git branch must be based on it ` +
        '(rebase the downstream commits onto the new upstream release, then update upstream_ref)',
    )
  const all = await readCommits(git, upstream, headSha)
  const inRange = new Set([upstream, ...all.map((c) => c.sha)])
  const linear = all.every((c) => c.parents.length === 1 && inRange.has(c.parents[0]))
  if (linear) return { upstream, tip: headSha, linearized: false, commits: all }

  const spine = await readCommits(git, upstream, headSha, true)
  let parent = upstream
  const replayed: DownstreamCommit[] = []
  for (const commit of spine) {
    const tree = await git.output(['rev-parse', `${commit.sha}^{tree}`])
    const committer = await git.output(['log', '-1', '--format=%cn%x1f%ce%x1f%cI', commit.sha])
    const [cn, ce, cd] = committer.split(FIELD)
    let sha: string
    try {
      sha = await git.output(['commit-tree', tree, '-p', parent, '-F', '-'], {
        input: commit.message + '\n',
        env: {
          GIT_AUTHOR_NAME: commit.authorName,
          GIT_AUTHOR_EMAIL: commit.authorEmail,
          GIT_AUTHOR_DATE: commit.authorDate,
          GIT_COMMITTER_NAME: cn,
          GIT_COMMITTER_EMAIL: ce,
          GIT_COMMITTER_DATE: cd,
        },
      })
    } catch (error) {
      throw new SourceGitError(
        `could not linearize the downstream history at ${commit.sha}: ${(error as GitError).message}`,
      )
    }
    replayed.push({ ...commit, sha, parents: [parent] })
    parent = sha
  }
  return { upstream, tip: parent, linearized: true, commits: replayed }
}

/** Tags on commits reachable from `head` but not from `upstream` (annotated tags peeled), by name. */
export async function tagsInRange(
  git: Git,
  upstream: string,
  head: string,
): Promise<Array<{ tag: string; commit: string }>> {
  const out = await git.output([
    'for-each-ref',
    `--merged=${head}`,
    `--no-merged=${upstream}`,
    '--format=%(refname:strip=2)%00%(*objectname)%00%(objectname)',
    'refs/tags',
  ])
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [tag, peeled, object] = line.split('\0')
      return { tag, commit: peeled || object }
    })
}

/** The newest tag at or before `commit` (`git describe --tags --abbrev=0`), if any. */
export async function nearestTag(git: Git, commit: string): Promise<string | undefined> {
  const described = await git.run(['describe', '--tags', '--abbrev=0', commit], { allowFailure: true })
  return described.code === 0 ? described.stdout.trim() : undefined
}

/** Whether `file` exists in the tree of `commit`. */
export async function commitHasPath(git: Git, commit: string, file: string): Promise<boolean> {
  return (await git.run(['cat-file', '-e', `${commit}:${file}`], { allowFailure: true })).code === 0
}
