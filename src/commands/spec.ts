/**
 * `srcgit spec show SPEC` and `srcgit spec bump SPEC --version V`: the spec editor on its
 * own, to see what srcgit reads from a spec and what a release bump would change.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { createTwoFilesPatch } from 'diff'
import {
  SpecFile,
  SpecError,
  decodeSpecText,
  toRpmVersion,
  rpmspecAvailable,
  rpmspecQuery,
  type SpecValue,
} from '../spec/index.js'
import { changelogAuthor } from '../dist-git/changelog-entry.js'
import { Git } from '../git/git.js'
import { commitIdentities } from '../jobs/commit-identity.js'
import { EXIT, isIdentity, parseDateOption, type CommandIO } from './io.js'
import { parseOptions } from './options.js'
import { branchMacros, RAWHIDE_FEDORA } from '../dist-git/branch-macros.js'
import { isUserError } from '../runtime/user-errors.js'

const SHOW_USAGE = `Usage: srcgit spec show SPEC [--define 'NAME VALUE']... [--rpmspec]

Prints what srcgit reads from SPEC: Name, Epoch, Version, Release, sources, patches and
how %prep applies them, with macros expanded. Values that depend on something srcgit
cannot expand (shell %(...), Lua, macros from outside the spec) are marked.

  --define 'NAME VALUE'  define a macro before reading (e.g. --define 'fedora 42')
  --rpmspec              also ask rpmspec (when installed) and compare its values
`

const BUMP_USAGE = `Usage: srcgit spec bump SPEC --version VERSION [options]

Shows (or writes with --write) the release bump srcgit would make: Version set (through
the %global macros it is built from), Release reset to 1 (unless %autorelease), patches
declared, and a %changelog entry (unless %autochangelog).

  --version VERSION      new upstream version (pre-release suffixes become ~, e.g. 1.2-rc1 -> 1.2~rc1)
  --patch FILE           declare a patch (repeatable), numbered and placed as Packit does
  --changelog TEXT       changelog entry text (default: "- Update to version VERSION")
  --author 'NAME <EMAIL>'  changelog author (default, as propose-downstream: $RPM_PACKAGER, else the
                         git identity, else the CI actor, else srcgit)
  --date YYYY-MM-DD      changelog date (default: today, UTC)
  --digits N             zero-padding of new Patch tags when the spec has none (default 4)
  --define 'NAME VALUE'  define a macro before reading (after --branch's, so it wins)
  --branch BRANCH        read SPEC as it builds on a dist-git branch: %fedora and %dist for
                         rawhide and fN, %rhel, %epel and %dist for epelN (rawhide is Fedora ${RAWHIDE_FEDORA}
                         unless --define 'fedora N' says otherwise)
  --write                write the result to SPEC instead of printing a diff
`

function defines(values: string[] | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const d of values ?? []) {
    const m = /^\s*(\S+)\s+(.*)$/.exec(d)
    if (!m) throw new UsageError(`--define expects 'NAME VALUE', got "${d}"`)
    result[m[1]] = m[2]
  }
  return result
}

class UsageError extends Error {}

function readSpec(
  specArg: string | undefined,
  io: CommandIO,
  options: { predefined: Record<string, string>; strict?: boolean },
): { spec: SpecFile; file: string; text: string } {
  if (!specArg) throw new UsageError('missing SPEC: give the path of a .spec file')
  const file = path.resolve(io.cwd, specArg)
  if (!existsSync(file)) throw new SpecError(`no such file`, undefined, specArg)
  // What bump writes must keep every byte it does not edit: no lossy decoding there.
  const text = options.strict ? decodeSpecText(readFileSync(file), specArg) : readFileSync(file, 'utf8')
  const dir = path.dirname(file)
  const spec = SpecFile.parse(text, {
    fileName: specArg,
    predefined: options.predefined,
    readInclude: (p) => {
      const candidate = path.resolve(dir, p)
      return existsSync(candidate) ? readFileSync(candidate, 'utf8') : undefined
    },
  })
  return { spec, file, text }
}

function describe(label: string, v: SpecValue | undefined): string {
  if (!v) return `${label}: (not set)`
  const shown = v.raw === v.value ? v.value : `${v.value}   (written as ${v.raw})`
  const unresolved =
    v.unresolved.length > 0
      ? `\n    ! cannot expand: ${v.unresolved.map((u) => `${u.construct}: ${u.reason}`).join('; ')}`
      : ''
  return `${label}: ${shown}${unresolved}`
}

async function show(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parsedOrThrow(
    parseOptions(
      {
        define: { type: 'string', multiple: true },
        rpmspec: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      argv,
    ),
  )
  if (values.help) {
    io.stdout(SHOW_USAGE)
    return EXIT.ok
  }
  const predefined = defines(values.define)
  const { spec, file } = readSpec(positionals[0], io, { predefined })
  const out: string[] = [
    describe('Name', spec.name),
    describe('Epoch', spec.epoch),
    describe('Version', spec.version),
    describe('Release', spec.release),
    `%autorelease: ${spec.hasAutorelease ? 'yes' : 'no'}   %autochangelog: ${spec.hasAutochangelog ? 'yes' : 'no'}`,
  ]
  for (const kind of ['source', 'patch'] as const) {
    for (const e of spec.entries(kind)) {
      const label = `${kind === 'source' ? 'Source' : 'Patch'}${e.number}`
      const flag = e.active ? '' : '   (inactive: in a false %if branch)'
      const unresolved = e.expanded.unresolved.length > 0 ? '   ! not fully expandable' : ''
      out.push(`${label}: ${e.expanded.value}${flag}${unresolved}   [line ${e.line}]`)
    }
  }
  const prep = spec.prep()
  for (const a of prep.applications) out.push(`%prep line ${a.line + 1}: ${a.text}`)
  for (const p of spec.model.problems) out.push(`! line ${p.line + 1}: ${p.message}`)
  io.stdout(out.join('\n') + '\n')
  if (values.rpmspec) {
    if (!(await rpmspecAvailable())) {
      io.stderr(
        'rpmspec is not installed; skipping the cross-check (apt-get install rpm / dnf install rpm-build)\n',
      )
      return EXIT.ok
    }
    const rpm = await rpmspecQuery(file, '%{name}\\n%{epoch}\\n%{version}\\n%{release}\\n', {
      ...predefined,
      dist: '%{nil}',
    })
    if (rpm === undefined) {
      io.stderr('rpmspec could not parse the spec (run `rpmspec -P` on it to see why)\n')
      return EXIT.failure
    }
    const [name, epoch, version, release] = rpm.split('\n')
    const ours = [spec.name?.value, spec.epoch?.value ?? '(none)', spec.version?.value, spec.release?.value]
    const theirs = [name, epoch, version, release]
    const labels = ['Name', 'Epoch', 'Version', 'Release']
    let differs = false
    for (let i = 0; i < labels.length; i++) {
      const same = ours[i] === theirs[i]
      if (!same) differs = true
      io.stdout(`rpmspec ${labels[i]}: ${theirs[i]}${same ? '' : `   (srcgit read "${ours[i]}")`}\n`)
    }
    return differs ? EXIT.failure : EXIT.ok
  }
  return EXIT.ok
}

async function bump(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parsedOrThrow(
    parseOptions(
      {
        version: { type: 'string' },
        patch: { type: 'string', multiple: true },
        changelog: { type: 'string' },
        author: { type: 'string' },
        date: { type: 'string' },
        digits: { type: 'string' },
        define: { type: 'string', multiple: true },
        branch: { type: 'string' },
        write: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      argv,
    ),
  )
  if (values.help) {
    io.stdout(BUMP_USAGE)
    return EXIT.ok
  }
  if (!values.version) throw new UsageError('missing --version: the upstream version to bump to')
  const date = values.date ? parseDateOption(values.date) : new Date()
  if (!date) throw new UsageError(`--date expects a day as YYYY-MM-DD, got "${values.date}"`)
  if (values.author !== undefined && !isIdentity(values.author))
    throw new UsageError(
      `--author is "${values.author}", not an identity; write it as 'Full Name <email@example.com>'`,
    )
  const digits = values.digits === undefined ? 4 : Number(values.digits)
  if (!Number.isInteger(digits) || digits < 0)
    throw new UsageError(`--digits expects a whole number >= 0, got "${values.digits}"`)
  const { spec, file, text } = readSpec(positionals[0], io, {
    predefined: values.branch
      ? branchMacros(values.branch, { parseTimeMacros: defines(values.define) })
      : defines(values.define),
    strict: true,
  })
  const rpmVersion = toRpmVersion(values.version).version
  const notes = [...spec.setVersion(rpmVersion), ...spec.resetRelease()]
  for (const patch of values.patch ?? []) notes.push(...spec.addPatch(patch, { digits }).warnings)
  const author = values.author ?? (await defaultChangelogAuthor(file))
  spec.addChangelogEntry({ text: values.changelog ?? `- Update to version ${values.version}`, author, date })
  for (const note of notes) io.stderr(`note: ${note}\n`)
  const result = spec.toString()
  if (values.write) {
    writeFileSync(file, result)
    io.stderr(`wrote ${positionals[0]}\n`)
  } else {
    const [from, to] = diffPaths(file, io.cwd)
    io.stdout(createTwoFilesPatch(from, to, text, result, undefined, undefined, { context: 3 }))
  }
  return EXIT.ok
}

/** As propose-downstream writes it: $RPM_PACKAGER, else the git identity (of the spec's repository), else the CI actor, else srcgit. */
async function defaultChangelogAuthor(specFile: string): Promise<string> {
  const { author } = await commitIdentities(new Git(path.dirname(specFile)))
  return changelogAuthor(process.env, author.name, author.email)
}

/** The diff's file names: a/ and b/ and the path from the working directory (git apply, patch -p1), else the absolute path. */
function diffPaths(file: string, cwd: string): [string, string] {
  const relative = path.relative(cwd, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return [file, file]
  const posix = relative.split(path.sep).join('/')
  return [`a/${posix}`, `b/${posix}`]
}

function parsedOrThrow<T>(parsed: T | string): T {
  if (typeof parsed === 'string') throw new UsageError(parsed)
  return parsed
}

export async function specCommand(argv: string[], io: CommandIO): Promise<number> {
  const [sub, ...rest] = argv
  try {
    if (sub === 'show') return await show(rest, io)
    if (sub === 'bump') return await bump(rest, io)
    if (sub === undefined || sub === '--help' || sub === '-h') {
      io.stdout(`${SHOW_USAGE}\n${BUMP_USAGE}`)
      return sub === undefined ? EXIT.usage : EXIT.ok
    }
    io.stderr(`srcgit spec: unknown subcommand "${sub}" (use "show" or "bump")\n`)
    return EXIT.usage
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`srcgit spec ${sub}: ${(error as Error).message}\n(see srcgit spec ${sub} --help)\n`)
      return EXIT.usage
    }
    if (error instanceof SpecError) {
      const where = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : ''
      io.stderr(`srcgit spec ${sub}: ${where}${error.message}\n`)
      return EXIT.failure
    }
    // A file that cannot be read or written: what and where, not a stack trace.
    if (isUserError(error)) {
      io.stderr(`srcgit spec ${sub}: ${error.message}\n`)
      return EXIT.failure
    }
    throw error
  }
}

/** node:util parseArgs errors (checked by code: they may come from another realm, e.g. under jest). */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}
