/** `srcgit update-dist-git SOURCE_GIT DIST_GIT`: the local, no-forge sync (Packit's `source-git update-dist-git`). */
import path from 'node:path'
import { ConfigError, JobViewError } from '../config/index.js'
import { ContentError } from '../dist-git/errors.js'
import { GitError } from '../git/git.js'
import { ActionError } from '../jobs/actions.js'
import { PagureError } from '../forges/dist-git/pagure-api.js'
import { ForgejoError } from '../forges/dist-git/forgejo.js'
import { ForgeProbeError } from '../forges/dist-git/probe.js'
import { GitHubApiError } from '../forges/source-git/github-api.js'
import { GitLabApiError } from '../forges/source-git/gitlab-api.js'
import { HttpError } from '../http/client.js'
import { KojiError } from '../builds/koji.js'
import { BodhiError } from '../builds/bodhi.js'
import { DistGitReadError } from '../dist-git/branch-heads.js'
import { JobError, updateDistGit } from '../jobs/update-dist-git.js'
import { SourceGitError } from '../source-git/downstream.js'
import { MetadataError } from '../source-git/trailers.js'
import { SpecError } from '../spec/index.js'
import { EXIT, isIdentity, type CommandIO } from './io.js'
import { parseOptions } from './options.js'

export const UPDATE_DIST_GIT_USAGE = `Usage: srcgit update-dist-git SOURCE_GIT DIST_GIT [options]

Regenerates the patches from the downstream commits of SOURCE_GIT (everything after
upstream_ref), syncs the spec and files_to_sync into the DIST_GIT work tree and declares
the patches in the spec. Commits when -m is given; otherwise leaves the changes staged.
Refuses when DIST_GIT has commits made by hand since the last sync that touch the files it
would overwrite (bring them into source-git first), unless --force.

  --upstream-ref REF     the upstream commit/tag the downstream commits sit on (default: upstream_ref)
  -m, --message TEXT     commit with this message (a From-source-git-commit trailer is added)
  --force                overwrite hand-made dist-git changes; sync even when already in sync
  --config FILE          configuration file in SOURCE_GIT (default: .distro/source-git.yaml, .packit.yaml, ...)
  --author 'NAME <EMAIL>' author of the dist-git commit (default: git identity, else the CI actor, else srcgit)
  --package NAME         the package to sync, when the configuration has several
`

/**
 * Errors a user can fix: printed as one clear message, no stack trace. That is every error
 * srcgit raises on purpose (its own classes and plain Errors with a message for the user, as
 * the adapters for Pagure, Forgejo, Bodhi, the lookaside cache and git transports throw); a TypeError or
 * similar is a bug and keeps its stack.
 */
export function isUserError(error: unknown): error is Error {
  if (error instanceof Error && Object.getPrototypeOf(error) === Error.prototype) return true
  // A file or directory that cannot be read or written (ENOENT, EISDIR, EACCES...): its message names the path.
  if (isSystemError(error)) return true
  return [
    JobError,
    SourceGitError,
    MetadataError,
    SpecError,
    ConfigError,
    JobViewError,
    GitError,
    ContentError,
    ActionError,
    PagureError,
    ForgejoError,
    ForgeProbeError,
    HttpError,
    GitHubApiError,
    GitLabApiError,
    KojiError,
    BodhiError,
    DistGitReadError,
  ].some((t) => error instanceof t)
}

export async function updateDistGitCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseOptions(
    {
      'upstream-ref': { type: 'string' },
      message: { type: 'string', short: 'm' },
      force: { type: 'boolean' },
      config: { type: 'string' },
      package: { type: 'string' },
      author: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    argv,
  )
  if (typeof parsed === 'string') {
    io.stderr(`srcgit update-dist-git: ${parsed}\n(see srcgit update-dist-git --help)\n`)
    return EXIT.usage
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(UPDATE_DIST_GIT_USAGE)
    return EXIT.ok
  }
  if (positionals.length !== 2) {
    io.stderr(
      `srcgit update-dist-git: expected SOURCE_GIT and DIST_GIT, got ${positionals.length} argument(s)\n(see srcgit update-dist-git --help)\n`,
    )
    return EXIT.usage
  }
  if (values.author !== undefined && !isIdentity(values.author)) {
    io.stderr(
      `srcgit update-dist-git: --author is "${values.author}", not an identity; write it as 'Full Name <email@example.com>'\n`,
    )
    return EXIT.usage
  }
  const [sourceGit, distGit] = positionals.map((p) => path.resolve(io.cwd, p))
  try {
    const result = await updateDistGit({
      sourceGit,
      distGit,
      upstreamRef: values['upstream-ref'],
      message: values.message,
      force: values.force,
      configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
      packageName: values.package,
      author: values.author,
    })
    for (const note of result.notes) io.stderr(`note: ${note}\n`)
    for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`)
    if (result.status === 'nothing-to-do') io.stdout('Nothing to do: dist-git is in sync with source-git.\n')
    else {
      io.stdout(`Patches: ${result.patches.length > 0 ? result.patches.join(', ') : '(none)'}\n`)
      io.stdout(
        result.status === 'committed'
          ? `Committed ${result.commit!.slice(0, 12)} in ${distGit} (from source-git ${result.sourceGitCommit.slice(0, 12)}).\n`
          : `Changes are staged in ${distGit}; commit them, or rerun with -m MESSAGE.\n`,
      )
    }
    return EXIT.ok
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`srcgit update-dist-git: ${error.message}\n`)
      return EXIT.failure
    }
    throw error
  }
}

/** Node's errors from the operating system (checked by shape: under jest they come from another realm). */
function isSystemError(error: unknown): error is Error {
  const e = error as { code?: unknown; syscall?: unknown; message?: unknown } | null
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.message === 'string' &&
    typeof e.syscall === 'string' &&
    typeof e.code === 'string' &&
    /^E[A-Z0-9]+$/.test(e.code)
  )
}
