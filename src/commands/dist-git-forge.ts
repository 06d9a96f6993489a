/** The dist-git forge settings every CLI command shares: --dist-git-forge and the token from the environment. */
import { DIST_GIT_FORGES, isDistGitForgeChoice, type DistGitForgeChoice } from '../forges/dist-git/forge.js'

/** --dist-git-forge (or SRCGIT_DIST_GIT_FORGE): the backend, or a usage error. */
export function distGitForgeOption(
  value: string | undefined,
): DistGitForgeChoice | undefined | { error: string } {
  const given = value?.trim()
  if (!given) return undefined
  if (isDistGitForgeChoice(given)) return given
  return { error: `--dist-git-forge must be one of ${DIST_GIT_FORGES.join(', ')}, not "${given}"` }
}

/**
 * The dist-git forge's API token: SRCGIT_DIST_GIT_TOKEN, or SRCGIT_PAGURE_TOKEN as set up before
 * Forgejo; both set and different is an error rather than a guess.
 */
export function distGitToken(env: NodeJS.ProcessEnv): string | undefined | { error: string } {
  const token = env.SRCGIT_DIST_GIT_TOKEN?.trim() || undefined
  const pagure = env.SRCGIT_PAGURE_TOKEN?.trim() || undefined
  if (token && pagure && token !== pagure)
    return {
      error:
        'SRCGIT_DIST_GIT_TOKEN and SRCGIT_PAGURE_TOKEN are both set and differ; set the token of the dist-git forge once, in SRCGIT_DIST_GIT_TOKEN',
    }
  return token ?? pagure
}
