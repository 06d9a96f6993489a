/**
 * The active Fedora/EPEL releases from Bodhi, the data behind branch aliases such as
 * fedora-all or epel-10 (reference §4.1). Fetched at most once per run, and only when a
 * configured name needs it.
 */
import { HttpError, type HttpClient } from '../http/client.js'
import { redact } from '../runtime/secrets.js'

/** The fields of a Bodhi release srcgit reads (Bodhi sends more). */
export interface BodhiRelease {
  /** `F43`, `EPEL-9`, `EPEL-10.1`, `ELN`, `F43C`, ... */
  name: string
  /** `Fedora 43`, `Fedora EPEL 10.1`, ... */
  long_name: string
  /** `43`, `9`, `10.1`, `eln` */
  version: string
  /** `FEDORA`, `FEDORA-EPEL`, `FEDORA-EPEL-NEXT`, `FEDORA-CONTAINER`, `FEDORA-FLATPAK`, ... */
  id_prefix: string
  /** dist-git branch: `f43`, `rawhide`, `epel9`, `epel10`, `epel10.0`, `eln` */
  branch: string
  /** `disabled`, `pending`, `frozen`, `current` or `archived` */
  state: string
  /** Koji tags: builds land in `candidate_tag` (`f43-updates-candidate`, `epel9-testing-candidate`). */
  candidate_tag?: string
  testing_tag?: string
  stable_tag?: string
  dist_tag?: string
  /**
   * False for Rawhide (and a branched release before the Bodhi activation point): Bodhi refuses
   * manual updates for it ("Cannot manually create updates for a Release which is not composed
   * by Bodhi"), updates are made automatically.
   */
  composed_by_bodhi?: boolean
  create_automatic_updates?: boolean | null
}

export const DEFAULT_BODHI_URL = 'https://bodhi.fedoraproject.org'

/** Far more pages than Bodhi has ever had for active releases; stops a server that never says "last". */
const MAX_PAGES = 50

interface ReleasePage {
  releases?: BodhiRelease[]
  page?: number
  pages?: number
}

/**
 * Every current, pending and frozen release, following Bodhi's pages until page == pages.
 * `neededFor` names the configured branch names that need the list, for the error message.
 */
export async function fetchActiveReleases(
  http: HttpClient,
  bodhiUrl: string = DEFAULT_BODHI_URL,
  neededFor: readonly string[] = [],
): Promise<BodhiRelease[]> {
  const base = `${bodhiUrl.replace(/\/+$/, '')}/releases/`
  const releases: BodhiRelease[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const url = `${base}?state=current&state=pending&state=frozen&page=${page}`
    let body: ReleasePage
    try {
      const response = await http.request({ method: 'GET', url, headers: { accept: 'application/json' } })
      if (response.status !== 200) throw HttpError.fromResponse('GET', response)
      body = parsePage(response.text)
    } catch (error) {
      throw unreachable(base, neededFor, error)
    }
    releases.push(...(body.releases ?? []))
    if (body.pages === undefined || page >= body.pages) return releases
  }
  return releases
}

function parsePage(text: string): ReleasePage {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new Error('the answer is not JSON')
  }
  if (!body || typeof body !== 'object' || !Array.isArray((body as ReleasePage).releases))
    throw new Error('the answer has no "releases" list')
  return body as ReleasePage
}

function unreachable(url: string, neededFor: readonly string[], error: unknown): Error {
  const cause = error instanceof Error ? error.message : String(error)
  const names = neededFor.length ? ` (needed to resolve ${neededFor.join(', ')})` : ''
  return new Error(
    redact(
      `Could not get the active Fedora releases from Bodhi at ${url}${names}: ${cause}. ` +
        'Name the dist-git branches explicitly instead (e.g. rawhide, f43, epel10), which needs no Bodhi lookup.',
    ),
  )
}

/** The release list for one run: fetched on first use, then shared (a failure is not retried). */
export class ReleaseCache {
  private releases?: Promise<BodhiRelease[]>

  constructor(private readonly fetcher: () => Promise<BodhiRelease[]>) {}

  get(): Promise<BodhiRelease[]> {
    this.releases ??= this.fetcher()
    return this.releases
  }
}
