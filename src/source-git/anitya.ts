/**
 * release-monitoring.org (Anitya API v2): the newest version of a distribution package.
 * `GET /api/v2/packages/?distribution=<d>&name=<pkg>` answers
 * `{items: [{distribution, name, project, ecosystem, version, stable_version}], page, items_per_page, total_items}`
 * (anitya/api_v2.py PackagesResource.get); `version` is the latest (pre-releases included),
 * `stable_version` the latest that is not a pre-release.
 */
import { HttpClient } from '../http/client.js'
import { SourceGitError } from './downstream.js'

export interface AnityaQuery {
  /** Base URL, e.g. https://release-monitoring.org */
  url: string
  distribution: string
  package: string
  /** stable_version (true) or version (false, pre-releases included). */
  stable: boolean
  deadlineMs?: number
  client?: HttpClient
}

interface PackageItem {
  distribution?: string
  name?: string
  project?: string
  version?: string | null
  stable_version?: string | null
}

/** The newest version Anitya knows for the package, or undefined when it has none. */
export async function anityaLatestVersion(query: AnityaQuery): Promise<string | undefined> {
  const base = query.url.replace(/\/+$/, '')
  const params = new URLSearchParams({ distribution: query.distribution, name: query.package })
  const url = `${base}/api/v2/packages/?${params}`
  const client = query.client ?? new HttpClient({ timeoutMs: query.deadlineMs })
  try {
    const response = await client.request({ method: 'GET', url, timeoutMs: query.deadlineMs })
    if (response.status !== 200) {
      let description = response.text.slice(0, 200)
      try {
        const body = JSON.parse(response.text) as { error?: string; description?: string }
        description = body.description ?? body.error ?? description
      } catch {
        // not JSON: keep the text
      }
      throw new SourceGitError(
        `release-monitoring.org (${base}) answered ${response.status} for package ${query.package} in ` +
          `${query.distribution}: ${description}; check the Anitya URL and the package mapping`,
      )
    }
    let items: PackageItem[]
    try {
      items = (JSON.parse(response.text) as { items?: PackageItem[] }).items ?? []
    } catch {
      throw new SourceGitError(`release-monitoring.org (${base}) did not answer JSON for ${url}`)
    }
    const item = items.find(
      (i) => i.name === query.package && i.distribution?.toLowerCase() === query.distribution.toLowerCase(),
    )
    if (!item)
      throw new SourceGitError(
        `release-monitoring.org (${base}) has no package ${query.package} in ${query.distribution}; ` +
          `map it to its upstream project at ${base} (Add a distribution package)`,
      )
    const version = query.stable ? item.stable_version : item.version
    return version || undefined
  } finally {
    if (!query.client) await client.close()
  }
}
