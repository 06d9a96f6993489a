/** Small pieces both platform API adapters (GitHub, GitLab) use to explain a failed call. */

/** A commit sha shortened for messages; anything else (a branch, a tag) as it is. */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 12) : sha
}

/** The network error code under a failed fetch (ECONNREFUSED, ENOTFOUND, ...), through its causes. */
export function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return undefined
}
