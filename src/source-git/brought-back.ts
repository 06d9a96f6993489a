/**
 * Which dist-git commits source-git already carries: the values of the From-dist-git-commit
 * trailers on the downstream commits (update-source-git writes them; `packit source-git init`
 * puts one on its init commit). Both sync directions read this, so a commit brought back once
 * is neither brought back again nor taken for an unsynced hand edit.
 */
import type { Git } from '../git/git.js'
import { FROM_DIST_GIT_TRAILER } from './from-dist-git.js'

export class BroughtBack {
  private constructor(private readonly values: ReadonlySet<string>) {}

  static of(values: Iterable<string>): BroughtBack {
    return new BroughtBack(new Set([...values].map((v) => v.toLowerCase())))
  }

  get size(): number {
    return this.values.size
  }

  /** Whether a trailer names this commit (full sha, or an abbreviation of at least 7 digits). */
  has(sha: string): boolean {
    const full = sha.toLowerCase()
    if (this.values.has(full)) return true
    for (const value of this.values) if (value.length < full.length && full.startsWith(value)) return true
    return false
  }
}

/** The dist-git commits named by From-dist-git-commit trailers in `upstream..head` of source-git. */
export async function broughtBackCommits(source: Git, upstream: string, head = 'HEAD'): Promise<BroughtBack> {
  const out = await source.output([
    'log',
    `--format=%(trailers:key=${FROM_DIST_GIT_TRAILER},valueonly,separator=%x1f)%x1e`,
    `${upstream}..${head}`,
    '--',
  ])
  const values = out
    .split('\x1e')
    .flatMap((record) => record.split('\x1f'))
    .map((v) => v.trim())
    .filter((v) => /^[0-9a-f]{7,64}$/i.test(v))
  return BroughtBack.of(values)
}
