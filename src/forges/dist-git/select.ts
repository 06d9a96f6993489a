/**
 * The dist-git forge of a host: forced by `dist_git_forge` (config key, action input, CLI option)
 * or, with `auto`, what the host answers to an unauthenticated probe (once per run, cached).
 */
import type { HttpClient } from '../../http/client.js'
import type { DistGitForge, DistGitForgeChoice } from './forge.js'
import { FORGEJO_TOKEN_SCOPES, ForgejoForge } from './forgejo.js'
import { PagureForge } from './pagure.js'
import { PAGURE_TOKEN_ACLS } from './pagure-api.js'
import { distGitForgeKind, rememberForgeKind } from './probe.js'

export interface OpenForgeOptions {
  instanceUrl: string
  token?: string
  http: HttpClient
  /** Default auto. */
  choice?: DistGitForgeChoice
}

export async function openDistGitForge(opts: OpenForgeOptions): Promise<DistGitForge> {
  const choice = opts.choice ?? 'auto'
  const kind = await distGitForgeKind(choice, opts.instanceUrl, opts.http)
  if (choice !== 'auto') rememberForgeKind(opts.instanceUrl, kind)
  return kind === 'forgejo' ? new ForgejoForge(opts) : new PagureForge(opts)
}

/** The rights the bot's token needs on either backend, for messages given before the backend is known. */
export function tokenRightsText(): string {
  return `Pagure: ACLs ${PAGURE_TOKEN_ACLS.join(', ')}; Forgejo: scopes ${FORGEJO_TOKEN_SCOPES.join(', ')}`
}
