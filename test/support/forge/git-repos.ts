/**
 * The bare repositories behind the forge's projects, laid out as <root>/<fullname>.git like
 * Pagure's (rpms/hello.git, forks/bot/rpms/hello.git), and the git work the server does on
 * them: seeding, forking, branch lookups, refs/pull/<id>/head and the PR commit range.
 */
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/** Single-quotes a value for sh. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/**
 * Pagure's pre-receive ACL check: only the repository's committers may push. REMOTE_USER is
 * the pusher (set for HTTP pushes); a local or SSH push without it stands for trusted
 * filesystem access and is let through.
 */
const PRE_RECEIVE = `#!/bin/sh
[ -n "$REMOTE_USER" ] || exit 0
status=0
while read -r old new ref; do
  if ! grep -qxF -e "$REMOTE_USER" forge-committers; then
    echo "Denied push for ref '$ref' for user '$REMOTE_USER'"
    status=1
  fi
done
exit $status
`

/**
 * Tells the server which repository changed, as Pagure's hook queues update_pull_request.
 * The push waits for the answer, so PRs are up to date when it returns; a test that pushes
 * with a synchronous child process blocks the server and gets a clear message instead.
 */
function postReceive(notifyUrl: string): string {
  const js =
    'fetch(process.argv[1], { method: "POST", body: process.argv[2], signal: AbortSignal.timeout(10000) })' +
    '.then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status}`) })' +
    '.catch((e) => { console.error(`forge: the push was not reported, pull requests are not refreshed ` +' +
    ' `(${e.message}); push with an asynchronous child process, the forge runs in the test process`);' +
    ' process.exit(1) })'
  return `#!/bin/sh\nexec ${shellQuote(process.execPath)} -e ${shellQuote(js)} ${shellQuote(notifyUrl)} "$(pwd -P)"\n`
}

export class GitRepos {
  readonly env: NodeJS.ProcessEnv

  constructor(
    readonly root: string,
    home: string,
    private readonly notifyUrl: string,
  ) {
    this.env = {
      PATH: process.env.PATH,
      HOME: home,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_TERMINAL_PROMPT: '0',
      LC_ALL: 'C',
    }
  }

  pathOf(fullname: string): string {
    return path.join(this.root, `${fullname}.git`)
  }

  /** The project fullname of a repository directory under the root, if it is one. */
  fullnameOf(dir: string): string | undefined {
    const rel = path.relative(this.root, dir)
    if (rel.startsWith('..') || path.isAbsolute(rel) || !rel.endsWith('.git')) return undefined
    return rel.slice(0, -'.git'.length).split(path.sep).join('/')
  }

  private gitSync(args: string[], cwd?: string): string {
    return execFileSync('git', args, {
      cwd,
      env: this.env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  }

  private async git(fullname: string, args: string[]): Promise<string> {
    const { stdout } = await execFileAsync('git', args, { cwd: this.pathOf(fullname), env: this.env })
    return stdout
  }

  private async tryGit(fullname: string, args: string[]): Promise<string | undefined> {
    try {
      return await this.git(fullname, args)
    } catch {
      return undefined
    }
  }

  /** A bare repo holding the branches and tags of a local repository, HEAD on rawhide when it has one. */
  seed(fullname: string, from: string): void {
    const dir = this.pathOf(fullname)
    if (existsSync(dir)) throw new Error(`the forge already has a repository at ${dir}`)
    mkdirSync(path.dirname(dir), { recursive: true })
    this.gitSync(['init', '-q', '--bare', dir])
    this.gitSync(['push', '-q', dir, 'refs/heads/*:refs/heads/*', 'refs/tags/*:refs/tags/*'], from)
    const branches = this.gitSync(['for-each-ref', '--format=%(refname:short)', 'refs/heads'], dir).split(
      '\n',
    )
    let sourceHead = ''
    try {
      sourceHead = this.gitSync(['symbolic-ref', '-q', '--short', 'HEAD'], from).trim()
    } catch {
      // A detached HEAD: fall back to the first branch.
    }
    const head = branches.includes('rawhide')
      ? 'rawhide'
      : branches.includes(sourceHead)
        ? sourceHead
        : branches[0]
    if (head) this.gitSync(['symbolic-ref', 'HEAD', `refs/heads/${head}`], dir)
  }

  /** A fork: a real `git clone --bare`, which also carries the parent's branches as refs/remotes/origin/*. */
  async fork(parent: string, fork: string): Promise<void> {
    const dir = this.pathOf(fork)
    mkdirSync(path.dirname(dir), { recursive: true })
    await execFileAsync('git', ['clone', '-q', '--bare', this.pathOf(parent), dir], { env: this.env })
    await this.git(fork, [
      'fetch',
      '-q',
      '--no-tags',
      this.pathOf(parent),
      '+refs/heads/*:refs/remotes/origin/*',
    ])
  }

  /** Installs the ACL and notification hooks; `committers` may push over HTTP. */
  installHooks(fullname: string, committers: string[]): void {
    const dir = this.pathOf(fullname)
    writeFileSync(path.join(dir, 'forge-committers'), committers.map((user) => `${user}\n`).join(''))
    writeFileSync(path.join(dir, 'hooks', 'pre-receive'), PRE_RECEIVE, { mode: 0o755 })
    writeFileSync(path.join(dir, 'hooks', 'post-receive'), postReceive(this.notifyUrl), { mode: 0o755 })
  }

  /** Branch name -> head sha, sorted by name. */
  async branches(fullname: string): Promise<Map<string, string>> {
    const out = await this.git(fullname, [
      'for-each-ref',
      '--format=%(refname:strip=2) %(objectname)',
      'refs/heads',
    ])
    const branches = new Map<string, string>()
    for (const line of out.split('\n').filter(Boolean).sort()) {
      const [name, sha] = line.split(' ')
      branches.set(name, sha)
    }
    return branches
  }

  async defaultBranch(fullname: string): Promise<string | undefined> {
    return (await this.tryGit(fullname, ['symbolic-ref', '-q', '--short', 'HEAD']))?.trim() || undefined
  }

  /** The commit a ref (branch, tag, full ref or sha) names, if any. */
  async refSha(fullname: string, ref: string): Promise<string | undefined> {
    return (
      (await this.tryGit(fullname, ['rev-parse', '-q', '--verify', `${ref}^{commit}`]))?.trim() || undefined
    )
  }

  /** Runs git in the repository (for a forge's own git work, e.g. merging a PR); stdout. */
  run(fullname: string, args: string[]): Promise<string> {
    return this.git(fullname, args)
  }

  async hasCommit(fullname: string, sha: string): Promise<boolean> {
    return (await this.tryGit(fullname, ['cat-file', '-e', `${sha}^{commit}`])) !== undefined
  }

  /** Copies the PR's source branch into the target as refs/pull/<id>/head, as Pagure does. */
  async updatePullRef(target: string, id: number, source: string, branch: string): Promise<boolean> {
    const refspec = `+refs/heads/${branch}:refs/pull/${id}/head`
    return (
      (await this.tryGit(target, ['fetch', '-q', '--no-tags', this.pathOf(source), refspec])) !== undefined
    )
  }

  /** The PR's commits, newest first: on refs/pull/<id>/head and not on the target branch. */
  async pullCommits(target: string, id: number, branchTo: string): Promise<string[]> {
    const exclude = (await this.branches(target)).has(branchTo) ? ['--not', `refs/heads/${branchTo}`] : []
    const out = await this.git(target, ['rev-list', '--topo-order', `refs/pull/${id}/head`, ...exclude])
    return out.split('\n').filter(Boolean)
  }

  /**
   * Merges refs/pull/<id>/head into a branch as a forge's merge button does: a fast-forward when
   * the branch is an ancestor, else a merge commit by `committer` with `message`. The new head.
   */
  async mergePull(
    fullname: string,
    id: number,
    branch: string,
    merge: { committer: { name: string; email: string }; message: string },
  ): Promise<string> {
    const head = (await this.refSha(fullname, `refs/pull/${id}/head`)) ?? ''
    const target = (await this.refSha(fullname, `refs/heads/${branch}`)) ?? ''
    const ancestor =
      (await this.tryGit(fullname, ['merge-base', '--is-ancestor', target, head])) !== undefined
    let merged = head
    if (!ancestor) {
      const tree = (await this.git(fullname, ['merge-tree', '--write-tree', target, head]))
        .split('\n')[0]
        .trim()
      const { name, email } = merge.committer
      const commit = ['-c', `user.name=${name}`, '-c', `user.email=${email}`, 'commit-tree', tree]
      merged = (await this.git(fullname, [...commit, '-p', target, '-p', head, '-m', merge.message])).trim()
    }
    await this.git(fullname, ['update-ref', `refs/heads/${branch}`, merged, target])
    return merged
  }
}
