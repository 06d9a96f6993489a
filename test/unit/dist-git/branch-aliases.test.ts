import { describe, expect, it } from '@jest/globals'
import {
  distroAliases,
  expandBranches,
  namesNeedingBodhi,
  needsBodhi,
} from '../../../src/dist-git/branch-aliases.js'
import { BRANCHING_WINDOW, RELEASES, release } from '../forges/bodhi-releases.js'

const namevers = (alias: string, releases = RELEASES) =>
  (distroAliases(releases).get(alias) ?? []).map((d) => d.namever)
const branches = (alias: string, releases = RELEASES) =>
  (distroAliases(releases).get(alias) ?? []).map((d) => d.branch)

describe('distroAliases (fedora-distro-aliases)', () => {
  it('computes the Fedora aliases: newest is rawhide, archived and ELN dropped, oldest first', () => {
    expect(namevers('fedora-all')).toEqual(['fedora-42', 'fedora-43', 'fedora-44', 'fedora-rawhide'])
    expect(branches('fedora-all')).toEqual(['f42', 'f43', 'f44', 'rawhide'])
    expect(namevers('fedora-stable')).toEqual(['fedora-42', 'fedora-43'])
    expect(namevers('fedora-development')).toEqual(['fedora-44', 'fedora-rawhide'])
    expect(namevers('fedora-latest')).toEqual(['fedora-44'])
    expect(namevers('fedora-latest-stable')).toEqual(['fedora-43'])
    expect(namevers('fedora-branched')).toEqual(['fedora-42', 'fedora-43', 'fedora-44'])
  })

  it('relabels the newest Fedora as Rawhide but keeps its numeric version', () => {
    const rawhide = distroAliases(RELEASES).get('fedora-all')?.at(-1)
    expect(rawhide).toMatchObject({
      name: 'Rawhide',
      longName: 'Fedora Rawhide',
      version: 'rawhide',
      versionNumber: '45',
      branch: 'rawhide',
    })
  })

  it('keeps EPEL-Next and container releases out of every alias', () => {
    const all = [...distroAliases(RELEASES).values()].flat().map((d) => d.name)
    expect(all).not.toContain('EPEL-9N')
    expect(all).not.toContain('F43C')
    expect(all).not.toContain('ELN')
    expect(all).not.toContain('F41')
  })

  it('computes the EPEL aliases, with minor-version aliases from EPEL 10 on', () => {
    expect(namevers('epel-all')).toEqual(['epel-9', 'epel-10.1', 'epel-10.2'])
    expect(namevers('epel-10-all')).toEqual(['epel-10.1', 'epel-10.2'])
    expect(namevers('epel-10-branched')).toEqual(['epel-10.1'])
    expect(namevers('epel-10')).toEqual(['epel-10.2'])
    expect(branches('epel-10')).toEqual(['epel10'])
    expect(distroAliases(RELEASES).has('epel-9-all')).toBe(false)
  })

  it('in the branching window, gives the branched release its own branch back', () => {
    expect(branches('fedora-all', BRANCHING_WINDOW)).toEqual(['f42', 'f43', 'f44', 'rawhide'])
    expect(namevers('fedora-all', BRANCHING_WINDOW)).toEqual([
      'fedora-42',
      'fedora-43',
      'fedora-44',
      'fedora-rawhide',
    ])
    expect(namevers('fedora-latest', BRANCHING_WINDOW)).toEqual(['fedora-44'])
  })

  it('counts frozen releases as development', () => {
    const frozen = RELEASES.map((r) => (r.name === 'F44' ? { ...r, state: 'frozen' } : r))
    expect(namevers('fedora-development', frozen)).toEqual(['fedora-44', 'fedora-rawhide'])
    expect(namevers('fedora-branched', frozen)).toEqual(['fedora-42', 'fedora-43', 'fedora-44'])
  })

  it('without a branched release, fedora-latest is the newest stable one', () => {
    const noBranched = RELEASES.filter((r) => r.name !== 'F44')
    expect(namevers('fedora-latest', noBranched)).toEqual(['fedora-43'])
  })

  it('sorts by numeric version, not as text', () => {
    const releases = ['10.0', '8', '9'].map((v) => release('epel', v, `epel${v}`, 'current'))
    expect(namevers('epel-all', releases)).toEqual(['epel-8', 'epel-9', 'epel-10.0'])
  })
})

describe('expandBranches', () => {
  it('expands aliases to dist-git branches, rawhide as the repo default branch', () => {
    expect(expandBranches(['fedora-all'], RELEASES)).toEqual(['f42', 'f43', 'f44', 'rawhide'])
    expect(expandBranches(['fedora-all'], RELEASES, { defaultBranch: 'main' })).toEqual([
      'f42',
      'f43',
      'f44',
      'main',
    ])
    expect(expandBranches(['fedora-development', 'epel-10-all'], RELEASES)).toEqual([
      'f44',
      'rawhide',
      'epel10.1',
      'epel10',
    ])
  })

  it('keeps the configured order and drops duplicates', () => {
    expect(expandBranches(['rawhide', 'fedora-stable', 'f43', 'fedora-all'], RELEASES)).toEqual([
      'rawhide',
      'f42',
      'f43',
      'f44',
    ])
  })

  it('maps namevers and branches of active releases to their branch', () => {
    expect(
      expandBranches(['fedora-44', 'fedora-rawhide', 'epel-9', 'epel-10.1', 'epel-10.2'], RELEASES),
    ).toEqual(['f44', 'rawhide', 'epel9', 'epel10.1', 'epel10'])
    expect(expandBranches(['epel10', 'f42'], RELEASES)).toEqual(['epel10', 'f42'])
  })

  it('passes unknown names through unchanged, as Packit does', () => {
    // fedora-45 is rawhide now, so its namever is fedora-rawhide and "fedora-45" matches nothing.
    expect(expandBranches(['c10s', 'fedora-45', 'epel9-next', 'my-feature'], RELEASES)).toEqual([
      'c10s',
      'fedora-45',
      'epel9-next',
      'my-feature',
    ])
  })

  it('maps eln and fedora-eln to eln', () => {
    expect(expandBranches(['eln', 'fedora-eln'], RELEASES)).toEqual(['eln'])
  })

  it('resolves plain branch names without any releases', () => {
    expect(expandBranches(['rawhide', 'f43', 'epel9', 'c10s'], [])).toEqual([
      'rawhide',
      'f43',
      'epel9',
      'c10s',
    ])
    expect(expandBranches(['rawhide'], [], { defaultBranch: 'main' })).toEqual(['main'])
  })

  it('refuses to resolve aliases from an empty release list instead of returning nothing', () => {
    expect(() => expandBranches(['f43', 'fedora-all', 'epel-10'], [])).toThrow(
      'No active Fedora releases known, so fedora-all, epel-10 cannot be resolved to branches',
    )
  })

  it('uses the branching-window fix', () => {
    expect(expandBranches(['fedora-branched'], BRANCHING_WINDOW)).toEqual(['f42', 'f43', 'f44'])
  })
})

describe('needsBodhi', () => {
  it('is false for plain branch names', () => {
    expect(needsBodhi(['rawhide', 'f43', 'epel9', 'epel10', 'epel10.1', 'c10s', 'eln', 'fedora-eln'])).toBe(
      false,
    )
    expect(needsBodhi(['fedora-rawhide', 'main', 'my-branch'])).toBe(false)
    expect(needsBodhi([])).toBe(false)
  })

  it('is true for any alias or namever', () => {
    for (const name of [
      'fedora-all',
      'fedora-stable',
      'fedora-development',
      'fedora-latest',
      'fedora-latest-stable',
      'fedora-branched',
      'fedora-43',
      'epel-all',
      'epel-9',
      'epel-10',
      'epel-10.1',
      'epel-10-all',
      'epel-10-branched',
    ])
      expect(needsBodhi(['rawhide', name])).toBe(true)
  })

  it('names the ones that need it', () => {
    expect(namesNeedingBodhi(['rawhide', 'fedora-all', 'f43', 'epel-10'])).toEqual(['fedora-all', 'epel-10'])
  })
})
