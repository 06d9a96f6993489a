/**
 * The dist-git forge of a host: forced by `dist_git_forge` (config key, action input, CLI option)
 * or, with `auto`, what the host answers to an unauthenticated probe (once per run, cached).
 */
import type { HttpClient } from '../../http/client.js'
import type { DistGitForge, DistGitForgeChoice } from './forge.js'
import { PagureForge } from './pagure.js'

export interface OpenForgeOptions {
  instanceUrl: string
  token?: string
  http: HttpClient
  /** Default auto. */
  choice?: DistGitForgeChoice
}

export async function openDistGitForge(opts: OpenForgeOptions): Promise<DistGitForge> {
  return new PagureForge(opts)
}
