/** GET /repos/{o}/{r}/releases/tags/{tag}: a published release by tag (drafts are not found). */
import { authorize } from './auth.js'
import type { RouteContext } from './context.js'
import { DOCS, type Reply, json, notFound } from './http.js'
import { releaseJson } from './json.js'
import type { RepoState } from './state.js'

export function releaseByTag(ctx: RouteContext, repo: RepoState, tag: string): Reply {
  authorize(ctx.caller, repo, 'contents', 'read', DOCS.releaseByTag)
  const index = repo.releases.findIndex((r) => r.tag_name === tag && !r.draft)
  if (index < 0) throw notFound()
  return json(200, releaseJson(ctx.base, repo, repo.releases[index], 5000 + repo.id * 100 + index))
}
