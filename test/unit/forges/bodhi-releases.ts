/**
 * Bodhi release JSON as GET /releases/ returns it (every field of reference §4.1, values in
 * the style of fedora-distro-aliases' recorded Bodhi answers): F42/F43 current, F44 branched
 * (pending), F45 = rawhide, EPEL 9, EPEL 10.1 (branch epel10.1) and 10.2 (the leading minor,
 * branch epel10), EPEL-9 Next, ELN, an F43 container release, and an archived F41.
 */
import type { BodhiRelease } from '../../../src/forges/bodhi.js'

type Product = 'fedora' | 'epel' | 'epel-next' | 'eln' | 'container'

/** One release with all the fields Bodhi sends; `branch`/`state` as given. */
export function release(product: Product, version: string, branch: string, state: string): BodhiRelease {
  const fedoraTags = (b: string) => ({
    dist_tag: b,
    stable_tag: `${b}-updates`,
    testing_tag: `${b}-updates-testing`,
    candidate_tag: `${b}-updates-candidate`,
    pending_signing_tag: `${b}-signing-pending`,
    pending_testing_tag: `${b}-updates-testing-pending`,
    pending_stable_tag: `${b}-updates-pending`,
    override_tag: `${b}-override`,
  })
  const epelTags = (tag: string) => ({
    dist_tag: tag,
    stable_tag: tag,
    testing_tag: `${tag}-testing`,
    candidate_tag: `${tag}-testing-candidate`,
    pending_signing_tag: `${tag}-signing-pending`,
    pending_testing_tag: `${tag}-testing-pending`,
    pending_stable_tag: `${tag}-pending`,
    override_tag: `${tag}-override`,
  })
  const common = {
    version,
    branch,
    state,
    composed_by_bodhi: true,
    create_automatic_updates: false,
    package_manager: 'unspecified',
    testing_repository: null,
    released_on: null,
    eol: null,
    critpath_mandatory_days_in_testing: 14,
    mandatory_days_in_testing: 7,
    critpath_min_karma: 2,
    min_karma: 1,
    setting_status: null,
  }
  switch (product) {
    case 'fedora':
      return {
        ...common,
        ...fedoraTags(`f${version}`),
        name: `F${version}`,
        long_name: `Fedora ${version}`,
        id_prefix: 'FEDORA',
        mail_template: 'fedora_errata_template',
        package_manager: 'dnf',
        testing_repository: 'updates-testing',
      } as BodhiRelease
    case 'container':
      return {
        ...common,
        ...fedoraTags(`f${version}-container`),
        name: `F${version}C`,
        long_name: `Fedora ${version} Containers`,
        id_prefix: 'FEDORA-CONTAINER',
        mail_template: 'fedora_errata_template',
      } as BodhiRelease
    case 'epel':
      return {
        ...common,
        ...epelTags(`epel${version}`),
        name: `EPEL-${version}`,
        long_name: `Fedora EPEL ${version}`,
        id_prefix: 'FEDORA-EPEL',
        mail_template: 'fedora_epel_legacy_errata_template',
      } as BodhiRelease
    case 'epel-next':
      return {
        ...common,
        ...epelTags(`epel${version}-next`),
        name: `EPEL-${version}N`,
        long_name: `Fedora EPEL ${version} Next`,
        id_prefix: 'FEDORA-EPEL-NEXT',
        mail_template: 'fedora_errata_template',
      } as BodhiRelease
    case 'eln':
      return {
        ...common,
        dist_tag: 'eln',
        stable_tag: 'eln',
        testing_tag: 'eln-updates-testing',
        candidate_tag: 'eln-updates-candidate',
        pending_signing_tag: 'eln-signing-pending',
        pending_testing_tag: 'eln-updates-testing-pending',
        pending_stable_tag: 'eln-updates-pending',
        override_tag: 'eln-override',
        name: 'ELN',
        long_name: 'Fedora ELN',
        id_prefix: 'FEDORA',
        mail_template: 'fedora_errata_template',
        composed_by_bodhi: false,
        setting_status: 'pre_beta',
      } as BodhiRelease
  }
}

/** Bodhi's own order: by name. */
export const RELEASES: BodhiRelease[] = [
  release('eln', 'eln', 'eln', 'pending'),
  release('epel', '10.1', 'epel10.1', 'current'),
  release('epel', '10.2', 'epel10', 'current'),
  release('epel', '9', 'epel9', 'current'),
  release('epel-next', '9', 'epel9-next', 'current'),
  release('fedora', '41', 'f41', 'archived'),
  release('fedora', '42', 'f42', 'current'),
  release('fedora', '43', 'f43', 'current'),
  release('container', '43', 'f43', 'current'),
  release('fedora', '44', 'f44', 'pending'),
  release('fedora', '45', 'rawhide', 'pending'),
]

/**
 * The day after F44 branched: F45 is now the newest, but Bodhi still names F44's branch
 * rawhide and already gives F45 the branch f45.
 */
export const BRANCHING_WINDOW: BodhiRelease[] = [
  release('fedora', '42', 'f42', 'current'),
  release('fedora', '43', 'f43', 'current'),
  release('fedora', '44', 'rawhide', 'pending'),
  release('fedora', '45', 'f45', 'pending'),
  release('epel', '9', 'epel9', 'current'),
]
