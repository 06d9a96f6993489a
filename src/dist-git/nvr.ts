/**
 * The NVR Koji builds from a dist-git branch head: Name, Epoch, Version and Release of the
 * spec as rpm evaluates them in the branch's buildroot (%fedora/%rhel and the dist tag of the
 * branch's target), with rpmautospec's %autorelease (autorelease.ts). Anything this cannot
 * evaluate exactly is a SpecError, never a guess: a wrong NVR means a wrong "already built"
 * skip or a duplicate build. The caller may then ask Koji instead.
 */
import { branchMacros, type BranchMacroOptions } from './branch-macros.js'
import { autoreleaseNumber, expandAutorelease, parseAutoreleaseOptions, readBlobs } from './autorelease.js'
import type { Git } from '../git/git.js'
import { SpecFile, type SpecValue } from '../spec/spec-file.js'
import type { ParseOptions } from '../spec/parse.js'
import { clip, SpecError } from '../spec/errors.js'
import { expandMacros } from '../spec/macros.js'
import { atomsValue, releaseAtoms, type ReleaseAtom } from '../spec/release-update.js'
import { rpmVersionProblem } from '../spec/version.js'

export interface BranchNvrInput extends BranchMacroOptions {
  /** The spec text at the branch head. */
  specText: string
  /** The dist-git branch: rawhide, main, f43, epel9, epel10.1... */
  branch: string
  /** Shown in messages. */
  fileName?: string
  /**
   * rpmautospec's release number for this head (autorelease.ts), needed when Release uses
   * %autorelease and the spec carries no processed rpmautospec header.
   */
  autoreleaseNumber?: number
  /** Reads a file the spec %includes (SpecFile's readInclude); without it, an %include is refused. */
  readInclude?: ParseOptions['readInclude']
}

export interface BranchNvr {
  name: string
  epoch?: string
  version: string
  release: string
  /** `name-version-release`, as Koji names the build. */
  nvr: string
  /** `[epoch:]version-release`. */
  evr: string
}

/** rpmautospec_core's test for %autorelease in a spec (main.py autorelease_re), before %changelog. */
const CORE_AUTORELEASE = /%(?:autorelease(?:\s|$)|\{\??autorelease(?:\s+[^}]*)?\})/
/** rpmautospec_core's test for a processed spec (main.py autorelease_definition_re). */
const CORE_DEFINITION = /^\s*%define\s+autorelease\s*\(/

/**
 * The dist tag the branch builds with, or a refusal. Fedora and EPEL define %dist as
 * `%{!?distprefix0:%{?distprefix}}<%{?distprefix0}...>.<tag>%{?with_bootstrap:~bootstrap}`
 * (macros.dist of fedora-release; ELN's Koji tag sets the same form as `rpm.macro.dist`; the
 * Lua loop over %distprefix0..9999 is written out up to 9 here), so it is given to the spec as that body,
 * expanded where rpm reads it, with the spec's own %distprefix and %bcond bootstrap.
 */
function distMacro(input: BranchNvrInput): { predefined: Record<string, string> } {
  const macros = branchMacros(input.branch, input)
  const explicit = input.parseTimeMacros?.dist
  const refuse = (why: string): never => {
    throw new SpecError(
      `the dist tag of branch ${input.branch} is not known here (${why}); set parse_time_macros: {dist: ...} ` +
        'for it, or ask Koji for the NVR',
      undefined,
      input.fileName,
    )
  }
  if (explicit === undefined) {
    if (macros.dist === undefined) refuse('not a Fedora or EPEL branch')
    if (/^epel\d+-next$/.test(input.branch)) refuse('EPEL Next builds with a dist tag of its own')
    if (/^epel(\d+)$/.test(input.branch) && Number(/^epel(\d+)$/.exec(input.branch)![1]) >= 10)
      refuse('the dotless epel10 branch builds as its leading minor release, which only Bodhi knows')
  }
  if (explicit === null || macros.dist === undefined) return { predefined: macros }
  const tag = macros.dist
  const prefixes = Array.from({ length: 10 }, (_, i) => `%{?distprefix${i}}`).join('')
  return {
    predefined: {
      ...macros,
      dist:
        explicit !== undefined
          ? tag
          : `%{!?distprefix0:%{?distprefix}}${prefixes}${tag}%{?with_bootstrap:~bootstrap}`,
    },
  }
}

function parseSpec(input: BranchNvrInput): SpecFile {
  const { predefined } = distMacro(input)
  const spec = SpecFile.parse(input.specText, {
    predefined,
    fileName: input.fileName,
    readInclude: input.readInclude,
  })
  // What a file rpm includes defines could change any value read after it.
  const missing = spec.model.includes.find((i) => i.activity !== 'inactive' && !i.resolved)
  if (missing)
    throw refusal(
      `%include ${clip(missing.raw.trim())} (line ${missing.line + 1}) could not be read`,
      missing.line + 1,
      input.fileName,
    )
  // A tag under a condition this cannot evaluate (%ifarch, an unknown macro) may or may not count.
  const unsure = spec.model.tags.find(
    (t) => t.packageArgs === null && NVR_TAGS.has(t.base) && t.activity === 'uncertain',
  )
  if (unsure)
    throw refusal(
      `${unsure.name} (line ${unsure.line + 1}) is under "${clip(unsure.conditions.find((c) => c.state === 'unknown')?.directive ?? '')}", ` +
        'a condition srcgit cannot evaluate',
      unsure.line + 1,
      input.fileName,
    )
  return spec
}

const NVR_TAGS = new Set(['name', 'epoch', 'version', 'release'])

function refusal(what: string, line?: number, file?: string): SpecError {
  return new SpecError(`${what}; srcgit cannot compute the NVR Koji will build: ask Koji instead`, line, file)
}

/** A tag's value, exactly as rpm gives it, or a refusal naming what could not be evaluated. */
function exact(label: string, value: SpecValue | undefined, file?: string): SpecValue {
  if (!value) throw refusal(`the spec has no ${label} tag in its main package`, undefined, file)
  if (value.unresolved.length > 0)
    throw refusal(
      `${label} (line ${value.line}) "${clip(value.raw)}" cannot be evaluated: ` +
        value.unresolved.map((u) => `${clip(u.construct)} (${u.reason})`).join(', '),
      value.line,
      file,
    )
  return value
}

/** Refuses a spec whose %forgemeta/%gometa may set %distprefix (forge.lua), unless the spec sets it. */
function checkDistprefix(spec: SpecFile, file?: string): void {
  const forge = spec.model.lines.some((l) => /^\s*%(forgemeta|gometa)(\s|$)/.test(l.text))
  if (forge && !spec.model.macros.has('distprefix'))
    throw refusal('%forgemeta/%gometa may add a %distprefix to the dist tag (forge.lua)', undefined, file)
  // RHEL's macros.dist (which EPEL buildroots may use) adds %{?distsuffix}; Fedora's does not.
  if (spec.model.macros.has('distsuffix'))
    throw refusal(
      'the spec defines %distsuffix, which only some buildroots put in the dist tag',
      undefined,
      file,
    )
  if (spec.model.macros.names().some((n) => /^distprefix\d{2,}$/.test(n)))
    throw refusal('the spec defines %distprefix10 or higher', undefined, file)
}

/**
 * rpm's `%|epoch?{%{epoch}:}:{}|%{version}` of a spec for a branch: what rpmautospec compares
 * between commits (pkg_history.py, specparser.py). Throws a SpecError where rpm's value
 * cannot be told.
 */
export function specEpochVersion(input: BranchNvrInput): string {
  const spec = parseSpec(input)
  const version = exact('Version', spec.version, input.fileName)
  const problem = rpmVersionProblem(version.value)
  if (problem)
    throw refusal(
      `Version (line ${version.line}): ${problem} (rpm would not parse this spec)`,
      version.line,
      input.fileName,
    )
  const epoch = epochOf(spec, input.fileName)
  return `${epoch !== undefined ? `${epoch}:` : ''}${version.value}`
}

function epochOf(spec: SpecFile, file?: string): string | undefined {
  const tag = spec.epoch
  if (!tag) return undefined
  const value = exact('Epoch', tag, file).value.trim()
  if (!/^\d+$/.test(value) || Number(value) > 0xffffffff)
    throw refusal(`Epoch (line ${tag.line}) "${clip(value)}" is not a number rpm accepts`, tag.line, file)
  return String(Number(value))
}

/** Whether Release needs rpmautospec's number from the history (and the spec has no processed header). */
export function needsAutoreleaseNumber(input: BranchNvrInput): boolean {
  const spec = parseSpec(input)
  return spec.hasAutorelease && processedNumber(spec, input.fileName) === undefined
}

/** The release number a processed spec's `%define autorelease(...)` header holds (process_distgit.py). */
function processedNumber(spec: SpecFile, file?: string): number | undefined {
  const lines = spec.model.lines
  const at = lines.findIndex((l) => CORE_DEFINITION.test(l.text))
  if (at < 0) return undefined
  for (let i = at; i < Math.min(lines.length, at + 6); i++) {
    const m =
      /^\s*release_number\s*=\s*(\d+)\s*;/.exec(lines[i].text) ??
      /^%define\s+autorelease\(e:s:pb:n\)\s*%\{\?-p:0\.\}(\d+)/.exec(lines[i].text)
    if (m) return Number(m[1])
  }
  throw refusal(`the %define autorelease at line ${at + 1} is not rpmautospec's header`, at + 1, file)
}

/** The NVR Koji builds from this spec on this branch. */
export function branchNvr(input: BranchNvrInput): BranchNvr {
  const file = input.fileName
  const spec = parseSpec(input)
  const name = exact('Name', spec.name, file).value
  specEpochVersion(input)
  const epoch = epochOf(spec, file)
  const version = exact('Version', spec.version, file).value
  const tag = spec.mainTag('release')
  if (!tag) throw refusal('the spec has no Release tag in its main package', undefined, file)
  const releaseUses = /%/.test(tag.raw)
  if (releaseUses) checkDistprefix(spec, file)
  let release: string
  if (!spec.hasAutorelease) {
    if (tag.expanded.unresolved.length > 0)
      throw refusal(
        `Release (line ${tag.line + 1}) "${clip(tag.raw.trim())}" cannot be evaluated: ` +
          tag.expanded.unresolved.map((u) => `${clip(u.construct)} (${u.reason})`).join(', '),
        tag.line + 1,
        file,
      )
    release = tag.expanded.value
  } else {
    release = autoreleaseRelease(spec, input)
  }
  const problem = rpmVersionProblem(release, 'Release')
  if (problem) throw refusal(`Release (line ${tag.line + 1}): ${problem}`, tag.line + 1, file)
  return {
    name,
    ...(epoch !== undefined ? { epoch } : {}),
    version,
    release,
    nvr: `${name}-${version}-${release}`,
    evr: `${epoch !== undefined ? `${epoch}:` : ''}${version}-${release}`,
  }
}

/** Release with each %autorelease expanded as rpmautospec's header makes rpm expand it. */
function autoreleaseRelease(spec: SpecFile, input: BranchNvrInput): string {
  const file = input.fileName
  const parsed = spec.model
  const tag = spec.mainTag('release')!
  const line = tag.line + 1
  const beforeChangelog = parsed.lines.slice(
    0,
    parsed.sections.find((s) => s.name === 'changelog')?.headerLine ?? parsed.lines.length,
  )
  const processed = processedNumber(spec, file)
  if (processed === undefined && !beforeChangelog.some((l) => CORE_AUTORELEASE.test(l.text)))
    throw refusal(`Release (line ${line}) uses %autorelease in a way rpmautospec does not see`, line, file)
  if (processed === undefined && parsed.macros.has('autorelease'))
    throw refusal('the spec defines %autorelease itself', line, file)
  const number = processed ?? input.autoreleaseNumber
  if (number === undefined)
    throw new SpecError(
      `Release (line ${line}) uses %autorelease: its number comes from the dist-git history (autorelease.ts)`,
      line,
      file,
    )
  const atoms = releaseAtoms(parsed, tag)
  const asWritten = atomsValue(
    atoms,
    (a) => a.text,
    (a) => expandMacros(a.construct, parsed.macros).value,
  )
  if (asWritten !== tag.expanded.value)
    throw refusal(
      `Release (line ${line}) "${clip(tag.raw.trim())}" is built in a way srcgit cannot follow`,
      line,
      file,
    )
  for (const atom of atoms)
    if (atom.kind === 'fixed' && atom.unresolved.length > 0)
      throw refusal(
        `Release (line ${line}): ${clip(atom.construct)} cannot be evaluated (${atom.unresolved[0].reason})`,
        line,
        file,
      )
  const dist = expandMacros('%{?dist}', parsed.macros)
  if (dist.unresolved.length > 0)
    throw refusal(`%{?dist} cannot be evaluated (${dist.unresolved[0].reason})`, line, file)
  return atomsValue(
    atoms,
    (a) => a.text,
    (a: ReleaseAtom & { kind: 'autorelease' }) => {
      const args = expandMacros(a.args, parsed.macros)
      if (args.unresolved.length > 0)
        throw refusal(`%autorelease options "${clip(a.args.trim())}" cannot be evaluated`, line, file)
      const options = parseAutoreleaseOptions(args.value)
      if ('problem' in options) throw refusal(`Release (line ${line}): ${options.problem}`, line, file)
      return expandAutorelease(options, number, dist.value)
    },
  )
}

export interface HeadNvrInput extends Omit<BranchNvrInput, 'specText' | 'autoreleaseNumber'> {
  git: Git
  /** The branch head Koji builds. */
  rev: string
  /** `<package>.spec` at the top of the repository. */
  specFile: string
}

/** The NVR of the spec at `rev` of a dist-git clone, %autorelease counted from its history. */
export async function headNvr(input: HeadNvrInput): Promise<BranchNvr> {
  const { git, rev, specFile, ...rest } = input
  const text = await git.run(['cat-file', 'blob', '--end-of-options', `${rev}:${specFile}`], {
    allowFailure: true,
  })
  if (text.code !== 0)
    throw new SpecError(`${rev} has no ${specFile}: ${text.stderr.trim()}`, undefined, specFile)
  const base: BranchNvrInput = {
    ...rest,
    specText: text.stdout,
    fileName: rest.fileName ?? specFile,
    readInclude: rest.readInclude ?? (await topLevelIncludes(git, rev, text.stdout)),
  }
  if (!needsAutoreleaseNumber(base)) return branchNvr(base)
  const counted = await autoreleaseNumber({
    git,
    rev,
    specFile,
    epochVersion: (specText, commit) =>
      specEpochVersion({ ...base, specText, fileName: `${specFile} at ${commit.slice(0, 12)}` }),
  })
  return branchNvr({ ...base, autoreleaseNumber: counted.releaseNumber })
}

/** Files rpm reads from the top of the checkout (its %_sourcedir) larger than this are not read. */
const MAX_INCLUDE = 1 << 20

/**
 * For a spec that %includes files: the top-level files of `rev` (Koji's %_sourcedir is the
 * checkout), found by the name rpm reads (`%{SOURCE1}` is `%_sourcedir/<file name>`). A path
 * that names another directory is not read (the spec is then refused).
 */
async function topLevelIncludes(
  git: Git,
  rev: string,
  specText: string,
): Promise<((p: string) => string | undefined) | undefined> {
  if (!/^\s*%include\s/m.test(specText)) return undefined
  const listing = await git.output(['ls-tree', '-z', '--long', '--end-of-options', rev])
  const files = new Map<string, string>()
  for (const entry of listing.split('\0').filter(Boolean)) {
    const m = /^100\d{3} blob ([0-9a-f]+)\s+(\d+)\t(.*)$/s.exec(entry)
    if (m && Number(m[2]) <= MAX_INCLUDE) files.set(m[3], m[1])
  }
  // Only files the spec names (in a Source tag or the %include itself), read in one batch.
  const named = [...files].filter(([name]) => specText.includes(name))
  const texts = new Map<string, string>()
  await readBlobs(git, [...new Set(named.map(([, blob]) => blob))], texts)
  return (p) => {
    if (p.startsWith('/') || (!/^[a-z][a-z0-9+.-]*:\/\//.test(p) && p.includes('/'))) return undefined
    const blob = files.get(SpecFile.fileName(p))
    return blob === undefined ? undefined : texts.get(blob)
  }
}
