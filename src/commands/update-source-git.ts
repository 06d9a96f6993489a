/** `srcgit update-source-git DIST_GIT SOURCE_GIT`: bring hand-made dist-git commits back (Packit's `source-git update-source-git`). */
import path from 'node:path'
import { updateSourceGit, type UpdateSourceGitResult } from '../jobs/update-source-git.js'
import { EXIT, type CommandIO } from './io.js'
import { parseOptions } from './options.js'
import { isUserError } from '../runtime/user-errors.js'

export const UPDATE_SOURCE_GIT_USAGE = `Usage: srcgit update-source-git DIST_GIT SOURCE_GIT [options]

Brings the commits made by hand in DIST_GIT since the last sync into SOURCE_GIT, one by
one, as commits on the checked-out branch: changes to the spec and to files_to_sync files
go to their source-git paths (e.g. .distro/) with the original author and message; a new
patch file becomes a commit applying it to the sources (Patch-name, Patch-id trailers).
Every commit made gets a From-dist-git-commit trailer, so update-dist-git sees the two
sides in sync afterwards. sources and .gitignore are not brought back.
Stops before a dist-git commit it cannot bring back (a patch that does not apply, a change
that does not merge, a removed patch srcgit generates) and says why; the commits made
before it stay.

  --upstream-ref REF     the upstream commit/tag the downstream commits sit on (default: upstream_ref)
  --since COMMIT         bring back the dist-git commits after COMMIT (default: after the last sync point)
  --dry-run              make the commits on a detached HEAD, report them, then leave SOURCE_GIT as it was
  --config FILE          configuration file in SOURCE_GIT (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several

Exit codes: 0 done (or nothing to do), 1 stopped before a dist-git commit or the input is wrong,
2 the command line is wrong.
`

const NAME = 'srcgit update-source-git'

export async function updateSourceGitCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseOptions(
    {
      'upstream-ref': { type: 'string' },
      since: { type: 'string' },
      'dry-run': { type: 'boolean' },
      config: { type: 'string' },
      package: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    argv,
  )
  if (typeof parsed === 'string') {
    io.stderr(`${NAME}: ${parsed}\n(see ${NAME} --help)\n`)
    return EXIT.usage
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(UPDATE_SOURCE_GIT_USAGE)
    return EXIT.ok
  }
  if (positionals.length !== 2) {
    io.stderr(
      `${NAME}: expected DIST_GIT and SOURCE_GIT, got ${positionals.length} argument(s)\n(see ${NAME} --help)\n`,
    )
    return EXIT.usage
  }
  const [distGit, sourceGit] = positionals.map((p) => path.resolve(io.cwd, p))
  let result: UpdateSourceGitResult
  try {
    result = await updateSourceGit({
      distGit,
      sourceGit,
      upstreamRef: values['upstream-ref'],
      since: values.since,
      dryRun: values['dry-run'],
      configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
      packageName: values.package,
    })
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`${NAME}: ${error.message}\n`)
      return EXIT.failure
    }
    throw error
  }
  io.stdout(formatResult(result, sourceGit))
  for (const note of result.notes) io.stderr(`note: ${note}\n`)
  if (result.stopped) {
    const s = result.stopped
    io.stderr(
      `${NAME}: stopped before dist-git commit ${s.distGitCommit.slice(0, 12)} ("${s.subject}")` +
        `${s.patch ? ` at patch ${s.patch}` : ''}${s.manual ? ' (needs a manual step)' : ''}:\n  ${s.reason}\n`,
    )
    return EXIT.failure
  }
  return EXIT.ok
}

/** What the run did, one line per dist-git commit. */
export function formatResult(result: UpdateSourceGitResult, sourceGit: string): string {
  const lines: string[] = []
  for (const c of result.commits)
    lines.push(
      `${c.distGitCommit.slice(0, 12)} -> ${c.sourceGitCommit.slice(0, 12)} ${c.kind.padEnd(5)} ${c.subject}`,
    )
  for (const s of result.skipped)
    lines.push(`${s.distGitCommit.slice(0, 12)} skipped: ${s.subject} (${s.reason})`)
  if (result.commits.length === 0 && !result.stopped)
    lines.push('Nothing to do: source-git has every dist-git commit since the last sync.')
  else if (result.commits.length > 0)
    lines.push(
      result.dryRun
        ? `Dry run: ${result.commits.length} commit(s) would be made in ${sourceGit}; nothing was kept.`
        : `Committed ${result.commits.length} commit(s) in ${sourceGit}; HEAD is ${result.head.slice(0, 12)}.`,
    )
  return lines.join('\n') + '\n'
}
