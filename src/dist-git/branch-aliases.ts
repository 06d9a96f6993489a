/**
 * Branch aliases (fedora-all, fedora-stable, epel-10, ...) resolved to dist-git branch names
 * from Bodhi's active releases, the way fedora-distro-aliases computes them and Packit
 * expands them (reference §4.2). Pure: the release list is passed in.
 */
import type { BodhiRelease } from '../forges/bodhi.js'

export interface Distro {
  name: string
  longName: string
  /** Bodhi's version, except `rawhide` for the newest Fedora. */
  version: string
  /** Bodhi's version, always numeric (`45` for rawhide too). */
  versionNumber: string
  state: string
  /** dist-git branch (`rawhide` for the newest Fedora). */
  branch: string
  idPrefix: string
  /** `fedora-43`, `fedora-rawhide`, `epel-9`, `epel-10.1`: what a name may match besides the branch. */
  namever: string
}

/** Alias name -> distros, oldest version first. */
export type DistroAliases = Map<string, Distro[]>

/** Names that always resolve without Bodhi; undefined stands for the repo's default branch. */
const STATIC_NAMES = new Map<string, string | undefined>([
  ['rawhide', undefined],
  ['fedora-rawhide', undefined],
  ['eln', 'eln'],
  ['fedora-eln', 'eln'],
])

/** Every alias key and namever fedora-distro-aliases can produce: these need the release list. */
const BODHI_NAME =
  /^(fedora-(all|stable|development|latest|latest-stable|branched|\d+)|epel-(all|\d+(\.\d+)?|\d+-all|\d+-branched))$/

function toDistro(release: BodhiRelease): Distro {
  const distro = {
    name: release.name,
    longName: release.long_name,
    version: release.version,
    versionNumber: release.version,
    state: release.state,
    branch: release.branch,
    idPrefix: release.id_prefix,
  }
  return { ...distro, namever: namever(distro) }
}

function namever(distro: Pick<Distro, 'idPrefix' | 'name' | 'longName'>): string {
  if (distro.idPrefix === 'FEDORA-EPEL') return distro.name.toLowerCase()
  return distro.longName.toLowerCase().replaceAll(' ', '-')
}

function majorVersion(distro: Distro): number {
  return Number.parseInt(distro.versionNumber.split('.')[0], 10)
}

/** fedora-distro-aliases' get_distro_aliases over the given releases (§4.2 steps 1-4). */
export function distroAliases(releases: readonly BodhiRelease[]): DistroAliases {
  // Step 1: no ELN, nothing archived, ordered by numeric version (a stable sort, like Python's).
  const distros = releases
    .filter(
      (r) => r.name !== 'ELN' && r.state !== 'archived' && Number.isFinite(Number.parseFloat(r.version)),
    )
    .map(toDistro)
    .sort((a, b) => Number.parseFloat(a.versionNumber) - Number.parseFloat(b.versionNumber))

  // Step 2: EPEL-Next, containers, flatpaks and the like are neither.
  const epel = distros.filter((d) => d.idPrefix === 'FEDORA-EPEL')
  const fedora = distros.filter((d) => d.idPrefix === 'FEDORA')

  // Step 3: Bodhi knows no rawhide; the newest Fedora is it.
  const last = fedora.length - 1
  if (last >= 0) {
    const rawhide = { ...fedora[last], name: 'Rawhide', longName: 'Fedora Rawhide', version: 'rawhide' }
    fedora[last] = { ...rawhide, branch: 'rawhide', namever: namever(rawhide) }
  }
  // Between branching and release Bodhi may still call the branched release's branch rawhide.
  if (last >= 1 && fedora[last - 1].branch === 'rawhide')
    fedora[last - 1] = { ...fedora[last - 1], branch: `f${fedora[last - 1].version}` }

  // Step 4.
  const stable = fedora.filter((d) => d.state === 'current')
  const development = fedora.filter((d) => d.state === 'pending' || d.state === 'frozen')
  const aliases: DistroAliases = new Map([
    ['fedora-all', fedora],
    ['fedora-stable', stable],
    ['fedora-development', development],
    ['fedora-latest', development.length >= 2 ? development.slice(-2, -1) : stable.slice(-1)],
    ['fedora-latest-stable', stable.slice(-1)],
    ['fedora-branched', [...stable, ...development.slice(0, -1)]],
    ['epel-all', epel],
  ])
  // EPEL 10 and later have minor versions: epel-N-all, the branched minors, and the leading one.
  const majors = [...new Set(epel.map(majorVersion).filter((major) => major >= 10))].sort((a, b) => a - b)
  for (const major of majors) {
    const minors = epel.filter((d) => majorVersion(d) === major)
    aliases.set(`epel-${major}-all`, minors)
    aliases.set(
      `epel-${major}-branched`,
      minors.filter((d) => d.branch.includes('.')),
    )
    aliases.set(
      `epel-${major}`,
      minors.filter((d) => !d.branch.includes('.')),
    )
  }
  return aliases
}

/** The configured names that are aliases or namevers, i.e. that need Bodhi's release list. */
export function namesNeedingBodhi(names: readonly string[]): string[] {
  return names.filter((name) => !STATIC_NAMES.has(name) && BODHI_NAME.test(name))
}

/** Whether resolving these names needs Bodhi (plain branch names such as rawhide, f43, epel9, c10s do not). */
export function needsBodhi(names: readonly string[]): boolean {
  return namesNeedingBodhi(names).length > 0
}

/**
 * The dist-git branches for configured names, in order and without duplicates (§4.2
 * steps 5-6): aliases expand, a namever or branch of an active release maps to its branch,
 * rawhide becomes the repo's default branch, anything else passes through unchanged.
 */
export function expandBranches(
  names: readonly string[],
  releases: readonly BodhiRelease[],
  opts: { defaultBranch?: string } = {},
): string[] {
  const defaultBranch = opts.defaultBranch ?? 'rawhide'
  const needing = namesNeedingBodhi(names)
  if (needing.length && releases.length === 0)
    throw new Error(
      `No active Fedora releases known, so ${needing.join(', ')} cannot be resolved to branches`,
    )
  const aliases = distroAliases(releases)
  const known = [...(aliases.get('fedora-all') ?? []), ...(aliases.get('epel-all') ?? [])]
  const branchOf = (d: Distro) => (d.branch === 'rawhide' ? defaultBranch : d.branch)

  const out: string[] = []
  const add = (branch: string) => {
    if (!out.includes(branch)) out.push(branch)
  }
  for (const name of names) {
    if (STATIC_NAMES.has(name)) add(STATIC_NAMES.get(name) ?? defaultBranch)
    else if (aliases.has(name)) aliases.get(name)?.forEach((d) => add(branchOf(d)))
    else {
      const matched = known.filter((d) => d.namever === name || d.branch === name)
      if (matched.length) matched.forEach((d) => add(branchOf(d)))
      else add(name)
    }
  }
  return out
}
