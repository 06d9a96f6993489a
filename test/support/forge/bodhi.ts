/** Bodhi's GET /releases/ (state filter, pagination, colander-style 400s) and a realistic release set. */
import { type Reply, type RequestContext, json } from './http.js'
import type { BodhiRelease } from './types.js'

const STATES: BodhiRelease['state'][] = ['disabled', 'pending', 'frozen', 'current', 'archived']

interface ReleaseSpec {
  name: string
  long_name: string
  version: string
  id_prefix: string
  branch: string
  /** The Koji tag stem (f43, epel10.1, f43-container...). */
  tag: string
  state: BodhiRelease['state']
  eol?: string
  /** Rawhide-like releases (rawhide, ELN): updates are created automatically, not composed. */
  automatic?: boolean
}

function release(spec: ReleaseSpec): BodhiRelease {
  const fedora = spec.id_prefix === 'FEDORA'
  const epel = spec.id_prefix.startsWith('FEDORA-EPEL')
  const container = spec.id_prefix === 'FEDORA-CONTAINER'
  // EPEL's tags carry no "updates"; an unreleased Fedora's stable tag is its base tag.
  const updates = epel ? spec.tag : `${spec.tag}-updates`
  const unreleased = spec.state === 'pending' || spec.state === 'frozen'
  return {
    name: spec.name,
    long_name: spec.long_name,
    version: spec.version,
    id_prefix: spec.id_prefix,
    branch: spec.branch,
    dist_tag: spec.tag,
    stable_tag: epel || (fedora && unreleased) ? spec.tag : updates,
    testing_tag: `${updates}-testing`,
    candidate_tag: epel ? `${spec.tag}-testing-candidate` : `${updates}-candidate`,
    pending_signing_tag: container ? '' : `${spec.tag}-signing-pending`,
    pending_testing_tag: `${updates}-testing-pending`,
    pending_stable_tag: `${updates}-pending`,
    override_tag: `${spec.tag}-override`,
    mail_template:
      epel && spec.id_prefix === 'FEDORA-EPEL'
        ? 'fedora_epel_legacy_errata_template'
        : 'fedora_errata_template',
    state: spec.state,
    composed_by_bodhi: !spec.automatic,
    create_automatic_updates: Boolean(spec.automatic),
    package_manager: fedora && !spec.automatic ? 'dnf' : 'unspecified',
    testing_repository: fedora && !spec.automatic ? 'updates-testing' : null,
    released_on: null,
    eol: spec.eol ?? null,
    critpath_mandatory_days_in_testing: spec.automatic ? 0 : 14,
    mandatory_days_in_testing: spec.automatic ? 0 : 7,
    critpath_min_karma: 2,
    min_karma: 1,
    setting_status: spec.state === 'pending' ? 'pre_beta' : null,
  }
}

/**
 * Bodhi on 2026-11-21: F42 and F43 current, F44 branched (pending), F45 = rawhide (its branch
 * says "rawhide", as Bodhi's does), ELN, EPEL 9 and 9 Next, EPEL 10.1 (epel10.1) and the
 * leading EPEL 10 minor (branch epel10), F43 containers, and an archived F41.
 */
export function defaultReleases(): BodhiRelease[] {
  const fedora = (n: number, state: BodhiRelease['state'], extra: Partial<ReleaseSpec> = {}) =>
    release({
      name: `F${n}`,
      long_name: `Fedora ${n}`,
      version: `${n}`,
      id_prefix: 'FEDORA',
      branch: `f${n}`,
      tag: `f${n}`,
      state,
      ...extra,
    })
  const epel = (version: string, branch: string) =>
    release({
      name: `EPEL-${version}`,
      long_name: `Fedora EPEL ${version}`,
      version,
      id_prefix: 'FEDORA-EPEL',
      branch,
      tag: `epel${version}`,
      state: 'current',
    })
  return [
    fedora(41, 'archived', { eol: '2025-12-15' }),
    fedora(42, 'current', { eol: '2026-05-13' }),
    fedora(43, 'current'),
    fedora(44, 'pending'),
    fedora(45, 'pending', { branch: 'rawhide', automatic: true }),
    release({
      name: 'ELN',
      long_name: 'Fedora ELN',
      version: 'eln',
      id_prefix: 'FEDORA',
      branch: 'eln',
      tag: 'eln',
      state: 'pending',
      automatic: true,
    }),
    epel('9', 'epel9'),
    epel('10.1', 'epel10.1'),
    epel('10.2', 'epel10'),
    release({
      name: 'EPEL-9N',
      long_name: 'Fedora EPEL 9 Next',
      version: '9',
      id_prefix: 'FEDORA-EPEL-NEXT',
      branch: 'epel9-next',
      tag: 'epel9-next',
      state: 'current',
    }),
    release({
      name: 'F43C',
      long_name: 'Fedora 43 Containers',
      version: '43',
      id_prefix: 'FEDORA-CONTAINER',
      branch: 'f43',
      tag: 'f43-container',
      state: 'current',
    }),
  ]
}

/** Cornice/colander's error answer. */
function invalid(name: string, description: string): Reply {
  return json(400, { status: 'error', errors: [{ location: 'querystring', name, description }] })
}

function integer(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max?: number,
): number | Reply {
  const raw = params.get(name)
  if (raw === null) return fallback
  if (!/^\s*-?\d+\s*$/.test(raw)) return invalid(name, `"${raw}" is not a number`)
  const value = Number(raw)
  if (value < min) return invalid(name, `${value} is less than minimum value ${min}`)
  if (max !== undefined && value > max) return invalid(name, `${value} is greater than maximum value ${max}`)
  return value
}

export function serveBodhi(ctx: RequestContext, releases: BodhiRelease[]): Reply {
  const path = ctx.url.pathname
  if (path !== '/bodhi/releases/' && path !== '/bodhi/releases')
    return json(404, {
      status: 'error',
      errors: [{ location: 'url', name: 'path', description: 'Not Found' }],
    })
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return json(405, { status: 'error', errors: [] })
  const params = ctx.url.searchParams
  const states = params.getAll('state')
  const unknown = states.find((state) => !STATES.includes(state as BodhiRelease['state']))
  if (unknown !== undefined) return invalid('state', `"${unknown}" is not one of ${STATES.join(', ')}`)
  const page = integer(params, 'page', 1, 1)
  if (typeof page !== 'number') return page
  const rows = integer(params, 'rows_per_page', 20, 1, 1000)
  if (typeof rows !== 'number') return rows

  const selected = releases
    .filter((r) => !states.length || states.includes(r.state))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return json(200, {
    releases: selected.slice((page - 1) * rows, page * rows),
    page,
    pages: Math.ceil(selected.length / rows),
    rows_per_page: rows,
    total: selected.length,
  })
}
