/**
 * branchNvr (src/dist-git/nvr.ts) against rpmspec: for the example specs of this repository and
 * the corpus specs in ../shared/fixtures/specs (that part skipped when the corpus is absent),
 * every NVR srcgit computes must be the one rpm reads, with Fedora's %dist definition for the
 * branch and, for %autorelease, the spec processed as rpmautospec's process_distgit.py writes it.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { branchNvr } from '../../src/dist-git/nvr.js'
import { SpecError } from '../../src/spec/errors.js'
import { includeDir, PROJECT_ROOT, readInclude, SPEC_DIR, STUB_MACROS } from '../support/corpus.js'
import { readThroughDash, rpmspec } from '../support/rpm.js'

const RELEASE_NUMBER = 3
const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-nvr-'))

/** rpmautospec's header (process_distgit.py AUTORELEASE_TEMPLATE) with the release number written in. */
const header = (n: number) =>
  '## START: Set by rpmautospec\n## (rpmautospec version 0.8.5)\n## RPMAUTOSPEC: autorelease\n\n' +
  `%define autorelease(e:s:pb:n) %{?-p:0.}%{lua:\n    release_number = ${n};\n` +
  '    base_release_number = tonumber(rpm.expand("%{?-b*}%{!?-b:1}"));\n' +
  '    print(release_number + base_release_number - 1);\n}%{?-e:.%{-e*}}%{?-s:.%{-s*}}%{!?-n:%{?dist}}\n' +
  '## END: Set by rpmautospec\n'

/** Fedora's %dist (macros.dist), for fedora 44. */
const FEDORA_DIST =
  '%{!?distprefix0:%{?distprefix}}%{expand:%{lua:for i=0,9999 do print("%{?distprefix" .. i .."}") end}}.fc44%{?with_bootstrap:~bootstrap}'

async function rpmNvr(
  text: string,
  sourcedir?: string,
): Promise<{ nvr?: string; error?: string; dash: boolean }> {
  const file = path.join(dir, `x-${Math.random().toString(36).slice(2)}.spec`)
  writeFileSync(file, /%\{?\??autorelease/.test(text) ? header(RELEASE_NUMBER) + text : text)
  const run = await rpmspec([
    '-q',
    '--srpm',
    // The corpus' stubs for Fedora-only macros, when the corpus is here.
    ...(existsSync(STUB_MACROS) ? ['--load', STUB_MACROS] : []),
    ...(sourcedir ? ['--define', `_sourcedir ${sourcedir}`] : []),
    '--define',
    'fedora 44',
    '--define',
    `dist ${FEDORA_DIST}`,
    '--qf',
    '%{name}-%{version}-%{release}\\n',
    file,
  ])
  return run.code === 0
    ? { nvr: run.stdout.trim(), dash: readThroughDash(run) }
    : { error: run.stderr.split('\n').find((l) => l.includes('error')) ?? run.stderr, dash: false }
}

async function check(text: string, include?: (p: string) => string | undefined, sourcedir?: string) {
  let ours: string | SpecError
  try {
    ours = branchNvr({
      specText: text,
      branch: 'rawhide',
      autoreleaseNumber: RELEASE_NUMBER,
      readInclude: include,
    }).nvr
  } catch (error) {
    if (!(error instanceof SpecError)) throw error
    ours = error
  }
  const theirs = await rpmNvr(text, sourcedir)
  return { ours, theirs }
}

const local = [
  'examples/hello/.distro/hello.spec',
  ...['test/fixtures/config'].flatMap((d) =>
    readdirSync(path.join(PROJECT_ROOT, d), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.spec'))
      .map((f) => path.join(d, f)),
  ),
].sort()

describe('branchNvr agrees with rpmspec', () => {
  it.each(local)('on %s', async (file) => {
    const { ours, theirs } = await check(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'))
    if (process.env.SRCGIT_NVR_REPORT)
      console.log(file, ours instanceof SpecError ? ours.message : ours, theirs)
    if (ours instanceof SpecError) return
    expect(theirs.error).toBeUndefined()
    if (!theirs.dash) expect(ours).toBe(theirs.nvr)
  })

  it('on %autorelease options, a processed header and %distprefix', async () => {
    const base = 'Name: x\nVersion: 1.0\nSummary: s\nLicense: MIT\n%description\nd\n'
    for (const release of [
      '%autorelease',
      '%{autorelease}',
      '%autorelease -b 7',
      '%autorelease -p -e rc2',
      '%{autorelease -s 20260101git1234 -e beta}',
      '%autorelease -n',
      '%{autorelease}.1',
    ]) {
      const { ours, theirs } = await check(`Release: ${release}\n${base}`)
      expect(ours).toBe(theirs.nvr)
    }
    const { ours, theirs } = await check(
      `%global distprefix .20260101gitabc\n%bcond_without bootstrap\nRelease: 2%{?dist}\n${base}`,
    )
    expect(ours).toBe('x-1.0-2.20260101gitabc.fc44~bootstrap')
    expect(theirs.nvr).toBe(ours)
  })
})

const corpus = existsSync(SPEC_DIR)
  ? readdirSync(SPEC_DIR)
      .filter((f) => f.endsWith('.spec'))
      .sort()
  : []
const describeCorpus = corpus.length > 0 ? describe : describe.skip
const tally = { agreed: 0, refused: [] as string[] }

describeCorpus('branchNvr agrees with rpmspec on the corpus specs', () => {
  it.each(corpus.length > 0 ? corpus : ['(none)'])('on %s', async (name) => {
    const text = readFileSync(path.join(SPEC_DIR, name), 'utf8')
    const { ours, theirs } = await check(text, readInclude(name), includeDir(name))
    if (ours instanceof SpecError) {
      tally.refused.push(`${name}: ${ours.message}`)
      return
    }
    expect(theirs.error).toBeUndefined()
    if (theirs.dash) return
    expect(ours).toBe(theirs.nvr)
    tally.agreed++
  })

  it('computes most of them', () => {
    if (process.env.SRCGIT_NVR_REPORT) console.log(`${tally.agreed} agreed\n${tally.refused.join('\n')}`)
    expect(tally.agreed).toBeGreaterThan(corpus.length / 2)
  })
})
