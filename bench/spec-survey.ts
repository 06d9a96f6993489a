/**
 * The spec editor on a random sample of real specs, judged by rpmspec: for each spec, a new
 * patch declared (update-dist-git), a version bump (`srcgit spec bump`) and the release flow's
 * spec steps plus naming the archive (`propose-downstream`). Each outcome is "edited" (rpm reads
 * what it must), "refused" (a SpecError, the one-line message is kept) or "mishandled" (no error
 * but rpm reads something wrong: the worst case). Specs rpm itself cannot read before the edit
 * are counted apart: nothing can judge them.
 *
 *   npm run survey -- DIR [--sample 200] [--seed 1] [--macros FILE] [--match REGEX]
 *                         [--show refused|mishandled|unreadable]
 *
 * DIR is a directory of .spec files, e.g. a checkout of github.com/r0x0d/fedora-rpm-specs
 * (every Fedora rawhide spec). --macros loads an rpm macro file first (stubs for the Fedora
 * macros Debian's rpm lacks, e.g. ../shared/fixtures/specs/_tools/fedora-stub.macros).
 * Prints figures; asserts nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { PackageConfig } from '../src/config/index.js'
import { archiveFileName, archiveSource } from '../src/jobs/archive-plan.js'
import { archiveCompression } from '../src/source-git/archive.js'
import { SpecFile, SpecError } from '../src/spec/index.js'
import { bumpProblems, type RpmView } from '../test/support/spec-judge.js'

const SOURCE0 = { spec_source_id: 'Source0' } as PackageConfig

interface Args {
  dir: string
  sample: number
  seed: number
  macros?: string
  /** Only specs whose text matches (a class of specs, e.g. `^Release:\s*%\{\w+_release\}`). */
  match?: RegExp
  show: Set<string>
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dir: '', sample: 200, seed: 1, show: new Set() }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--sample') args.sample = Number(argv[++i])
    else if (a === '--seed') args.seed = Number(argv[++i])
    else if (a === '--macros') args.macros = argv[++i]
    else if (a === '--show') args.show.add(argv[++i])
    else if (a === '--match') args.match = new RegExp(argv[++i], 'm')
    else if (!a.startsWith('--')) args.dir = a
    else throw new Error(`unknown option ${a}`)
  }
  if (!args.dir) throw new Error('usage: spec-survey DIR [--sample N] [--seed N] [--macros FILE]')
  return args
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FEDORA = { fedora: '44', dist: '.fc44' }
const work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-survey-'))
const topdir = path.join(work, 'top')

/** rpm's view as the bump judge (test/support/spec-judge.ts) reads it, and Source0's file name. */
interface View extends RpmView {
  source0: string
}

function rpmView(text: string, macros: string | undefined): View | { error: string } {
  const file = path.join(work, 'judged.spec')
  writeFileSync(file, text)
  const defs = [
    '--define',
    `_topdir ${topdir}`,
    ...(macros ? ['--load', macros] : []),
    ...Object.entries(FEDORA).flatMap(([k, v]) => ['--define', `${k} ${v}`]),
  ]
  const run = (qf: string, srpm: boolean) =>
    spawnSync('rpmspec', ['-q', ...(srpm ? ['--srpm'] : []), ...defs, '--qf', qf, file], {
      encoding: 'utf8',
      timeout: 60_000,
    })
  const head = run('%{NAME}\\t%{EPOCH}\\t%{VERSION}\\t%{RELEASE}\\n[%{SOURCE}\\n]', true)
  if (head.status !== 0)
    return { error: (head.stderr.split('\n').find((l) => l.includes('error')) ?? head.stderr).trim() }
  const [first, ...sources] = head.stdout.split('\n')
  const [name, epoch, version, release] = first.split('\t')
  const bins = run('%{NAME} %{VERSION}-%{RELEASE}\\n', false)
  // rpm lists sources highest number first; Source0 is the last one with that number, read with -P.
  const parsed = spawnSync('rpmspec', ['-P', ...defs, file], { encoding: 'utf8', timeout: 60_000 })
  const source0Line = /^Source0?\s*:\s*(.*)$/im.exec(parsed.stdout)?.[1]?.trim() ?? ''
  return {
    name,
    epoch: epoch === '(none)' ? '' : epoch,
    version,
    release,
    packages: bins.stdout.split('\n').filter(Boolean).sort(),
    sources: sources.filter(Boolean),
    throughDash: /Bad substitution/.test(parsed.stderr),
    // Debian's /bin/sh is dash: a bash-only %(...) (`${c:0:7}`) gives rpm a wrong name here,
    // where Fedora's bash gives the right one. Such a name is no judge.
    source0: /Bad substitution/.test(parsed.stderr)
      ? 'stub-dash'
      : source0Line
        ? SpecFile.fileName(source0Line)
        : (sources.filter(Boolean).pop() ?? ''),
    // Entries as the spec writes them: rpm's header drops old ones (%_changelog_trimtime).
    changelog:
      parsed.stdout
        .split(/^%changelog\s*$/m)[1]
        ?.split('\n')
        .filter((l) => l.startsWith('* ')) ?? [],
  }
}

/** The next upstream version after rpm's reading of Version: the last number goes up. */
function nextVersion(version: string): string {
  const m = /^(.*?)(\d+)([^\d]*)$/.exec(version.replace(/[~^].*$/, ''))
  return m ? `${m[1]}${Number(m[2]) + 1}${m[3]}` : `${version}.1`
}

type Outcome =
  | { kind: 'edited' }
  | { kind: 'by-rpmspec'; why: string }
  | { kind: 'unverified'; why: string }
  | { kind: 'refused'; why: string }
  | { kind: 'mishandled'; why: string }

function refusal(error: unknown): Outcome {
  if (error instanceof SpecError) return { kind: 'refused', why: error.message.split('\n')[0] }
  return { kind: 'mishandled', why: `crash: ${error instanceof Error ? error.stack : String(error)}` }
}

const AUTHOR = 'Survey Bot <survey@example.com>'

/**
 * How the release flow names the archive (src/jobs/archive-plan.ts, srcgit's own reading),
 * judged by rpm's Source0 file name for the edited spec. rpmspec is the job's fallback where
 * srcgit cannot expand Source0 and rpm is installed: counted apart, as it is also the judge.
 */
function archiveOutcome(spec: SpecFile, rpms: string): Outcome {
  const source0 = archiveSource(spec, SOURCE0)
  if (!source0) return { kind: 'edited' } // proposed, with a note: nothing to upload
  const ours = archiveFileName(spec, SOURCE0)
  if (!ours) {
    const why = `Source0 cannot be expanded: ${source0.expanded.unresolved.map((u) => `${u.construct} (${u.reason})`).join(', ')}`
    return rpms && !/^stub-/.test(rpms) ? { kind: 'by-rpmspec', why } : { kind: 'refused', why }
  }
  if (!archiveCompression(ours.name)) return { kind: 'edited' } // proposed, with a note: not an archive
  // A stub from --macros is no judge of the name: counted apart, as named by srcgit alone.
  if (/^stub-/.test(rpms))
    return { kind: 'unverified', why: `archive named ${ours.name}; rpm has only a stub` }
  return ours.name === rpms
    ? { kind: 'edited' }
    : { kind: 'mishandled', why: `archive named ${ours.name}, rpmspec names ${rpms}` }
}

function bump(text: string, target: string): SpecFile {
  const spec = SpecFile.parse(text, { predefined: FEDORA })
  spec.setVersion(target)
  spec.resetRelease()
  spec.addChangelogEntry({
    text: `- Update to version ${target}`,
    author: AUTHOR,
    date: new Date('2026-12-01'),
  })
  return spec
}

function surveyOne(text: string, macros: string | undefined) {
  const before = rpmView(text, macros)
  if ('error' in before) return { unreadable: before.error }
  const target = nextVersion(before.version)

  // update-dist-git: one new patch, nothing else changes.
  let patch: Outcome
  try {
    const spec = SpecFile.parse(text, { predefined: FEDORA })
    spec.addPatch('0001-survey-patch.patch', { comment: ['A survey patch'] })
    const after = rpmView(spec.toString(), macros)
    if ('error' in after) patch = { kind: 'mishandled', why: `rpmspec: ${after.error}` }
    else if (after.version !== before.version || after.name !== before.name)
      patch = { kind: 'mishandled', why: 'adding a patch changed Name or Version' }
    else patch = { kind: 'edited' }
  } catch (error) {
    patch = refusal(error)
  }

  // spec bump, and the release flow: the same edit, then Source0 must name the archive.
  let bumped: Outcome
  let release: Outcome
  try {
    const spec = bump(text, target)
    const after = rpmView(spec.toString(), macros)
    const wrong = bumpProblems(before, after, {
      version: target,
      autorelease: spec.hasAutorelease,
      autochangelog: spec.hasAutochangelog,
    })
    bumped = wrong.length > 0 ? { kind: 'mishandled', why: wrong.join('; ') } : { kind: 'edited' }
    release = bumped.kind !== 'edited' ? bumped : archiveOutcome(spec, 'error' in after ? '' : after.source0)
  } catch (error) {
    bumped = refusal(error)
    release = bumped
  }
  return { patch, bumped, release }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2))
  execFileSync('rpmspec', ['--version'])
  const all = readdirSync(args.dir)
    .filter((f) => f.endsWith('.spec'))
    .filter((f) => !args.match || args.match.test(readFileSync(path.join(args.dir, f), 'utf8')))
    .sort()
  const next = random(args.seed)
  const picked = new Set<string>()
  while (picked.size < Math.min(args.sample, all.length)) picked.add(all[Math.floor(next() * all.length)])
  const counts = {
    patch: new Map<string, number>(),
    bumped: new Map<string, number>(),
    release: new Map<string, number>(),
  }
  let unreadable = 0
  const started = Date.now()
  for (const name of [...picked].sort()) {
    const text = readFileSync(path.join(args.dir, name), 'utf8')
    const result = surveyOne(text, args.macros)
    if ('unreadable' in result) {
      unreadable++
      if (args.show.has('unreadable')) console.log(`unreadable ${name}: ${result.unreadable}`)
      continue
    }
    for (const key of ['patch', 'bumped', 'release'] as const) {
      const outcome = result[key]
      counts[key].set(outcome.kind, (counts[key].get(outcome.kind) ?? 0) + 1)
      if (outcome.kind !== 'edited' && args.show.has(outcome.kind))
        console.log(`${key} ${outcome.kind} ${name}: ${outcome.why}`)
    }
  }
  const judged = picked.size - unreadable
  console.log(
    `sample: ${picked.size} of ${all.length} specs (seed ${args.seed}); rpmspec could not read ${unreadable} before any edit; ${judged} judged; ${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
  for (const key of ['patch', 'bumped', 'release'] as const) {
    const c = counts[key]
    const pct = (k: string) => `${(((c.get(k) ?? 0) * 100) / Math.max(judged, 1)).toFixed(1)}%`
    console.log(
      `${{ patch: 'new patch (update-dist-git)', bumped: 'version bump (spec bump)', release: 'release (propose-downstream)' }[key].padEnd(32)} ` +
        `edited ${c.get('edited') ?? 0} (${pct('edited')}), ` +
        (c.get('by-rpmspec')
          ? `named by the rpmspec fallback ${c.get('by-rpmspec')} (${pct('by-rpmspec')}), `
          : '') +
        (c.get('unverified')
          ? `edited but not checkable by rpm (stub macros, dash) ${c.get('unverified')} (${pct('unverified')}), `
          : '') +
        `refused ${c.get('refused') ?? 0} (${pct('refused')}), mishandled ${c.get('mishandled') ?? 0} (${pct('mishandled')})`,
    )
  }
  rmSync(work, { recursive: true, force: true })
}

main()
