/**
 * Optional cross-check with rpm's own parser. srcgit never needs rpm installed (GitHub's
 * runners are Ubuntu); where `rpmspec` exists, callers can compare our values with rpm's.
 */
import { spawnChild } from '../runtime/resources.js'
import { SpecFile } from './spec-file.js'

export interface RpmspecResult {
  ok: boolean
  /** Stdout of `rpmspec -P` (the parsed spec) when ok. */
  parsed: string
  /** rpm's error lines. */
  errors: string[]
  /** Every other line rpm (or a shell it ran) printed to stderr, warnings aside. */
  complaints: string[]
}

/** rpmspec as a tracked child (ended with srcgit on a signal), killed after a minute. */
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    let child
    try {
      child = spawnChild('rpmspec', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (error) {
      return resolve({ code: 127, stdout: '', stderr: (error as Error).message })
    }
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    const done = (code: number) => {
      clearTimeout(timer)
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      })
    }
    child.on('error', () => done(127))
    child.on('close', (code) => done(code ?? 1))
  })
}

/** True when `rpmspec` can be run here. */
export async function rpmspecAvailable(): Promise<boolean> {
  return (await run(['--version'])).code === 0
}

function defineArgs(defines: Record<string, string>): string[] {
  return Object.entries(defines).flatMap(([name, value]) => ['--define', `${name} ${value}`])
}

/** `rpmspec -P`: parses the spec with rpm and reports its errors. */
export async function rpmspecParse(
  specPath: string,
  defines: Record<string, string> = {},
  extraArgs: string[] = [],
): Promise<RpmspecResult> {
  const { code, stdout, stderr } = await run(['-P', ...defineArgs(defines), ...extraArgs, specPath])
  const lines = stderr.split('\n').filter((l) => l.trim() !== '')
  const errors = lines.filter((l) => l.startsWith('error:'))
  const complaints = lines.filter((l) => !l.startsWith('error:') && !l.startsWith('warning:'))
  return { ok: code === 0, parsed: code === 0 ? stdout : '', errors, complaints }
}

/** rpm's values for the main package (`rpmspec -q --srpm --qf`). */
export async function rpmspecQuery(
  specPath: string,
  format: string,
  defines: Record<string, string> = {},
  extraArgs: string[] = [],
): Promise<string | undefined> {
  const { code, stdout } = await run([
    '-q',
    '--srpm',
    '--qf',
    format,
    ...defineArgs(defines),
    ...extraArgs,
    specPath,
  ])
  return code === 0 ? stdout : undefined
}

/** What rpm names source `number` of a spec as, or why it could not tell. */
export type RpmspecSourceName = { name: string } | { error: string; notInstalled?: boolean }

/**
 * rpm as an oracle for one Source's file name (`rpmspec -P`, the parsed spec read back): for
 * what srcgit's own expander cannot do (Lua, shell, macros of packages installed here). Never
 * an editor: the spec is only read. Without rpm installed it says so (`notInstalled`).
 */
export async function rpmspecSourceName(
  specPath: string,
  number: number,
  defines: Record<string, string> = {},
): Promise<RpmspecSourceName> {
  if (!(await rpmspecAvailable())) return { error: 'rpmspec is not installed', notInstalled: true }
  const parsed = await rpmspecParse(specPath, defines)
  if (!parsed.ok) return { error: `rpmspec -P failed: ${parsed.errors[0] ?? 'no error message'}` }
  // A shell expansion that failed leaves an empty piece and exit 0 (Debian's /bin/sh is dash, which
  // has no `${c:0:7}`): a name rpm built that way is not the one Fedora's builders see.
  if (parsed.complaints.length > 0)
    return {
      error: `rpmspec printed "${parsed.complaints[0]}" while reading the spec, so its name is not trusted`,
    }
  // Read back with srcgit's parser, which rpm already expanded: a `%` left means rpm did not know a macro.
  const entry = SpecFile.parse(parsed.parsed).sources.find((s) => s.number === number && s.active)
  if (!entry) return { error: `rpmspec -P shows no Source${number}` }
  if (entry.raw.includes('%'))
    return {
      error: `rpmspec leaves ${entry.raw.trim()} unexpanded (the package defining it is not installed here)`,
    }
  return { name: SpecFile.fileName(entry.raw.trim()) }
}
