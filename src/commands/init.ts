/** `srcgit init UPSTREAM_REF DIST_GIT`: a source-git branch from an upstream clone and a dist-git branch. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { Git, isRemoteUrl } from '../git/git.js'
import { ciSetup } from '../init/ci.js'
import { InitError } from '../init/errors.js'
import { initSourceGit } from '../init/run.js'
import { withoutUrlCredentials } from '../runtime/secrets.js'
import { EXIT, type CommandIO } from './io.js'
import { parseOptions } from './options.js'
import { isUserError } from '../runtime/user-errors.js'

export const INIT_USAGE = `Usage: srcgit init UPSTREAM_REF DIST_GIT [options]

Makes a source-git branch (Packit's "source-git init"): in the upstream clone (the current
directory, or --upstream), a branch named after the branch checked out in the DIST_GIT work
tree starts at UPSTREAM_REF; .distro/ gets the spec and the dist-git files the package needs
(not sources, .git*, nor the patches that become commits), a .gitignore resetting the
upstream's rules and source-git.yaml, committed as "Initialize as a source-git repository";
then every patch %prep applies (%autosetup/%autopatch order, -p levels, %if as rpm reads them
on that branch) becomes a commit with Patch-name, Patch-id, Patch-status, No-prefix (-p0) and
From-dist-git-commit trailers; their PatchN lines leave the .distro spec (as Packit
clears them) when update-dist-git, declaring them again from the trailers, gives the spec back
byte for byte, else (a PatchN under %if, ...) they stay and a note says why. A git mail keeps its author and message; a bare diff becomes
"Apply patch NAME" by the file's first dist-git author. All or nothing: when a patch does not
apply, the run stops naming it (with the rejected hunks), deletes the branch and leaves the
clone on the HEAD it had.

  --upstream DIR|URL     the upstream clone (default: the current directory); a URL is cloned
                         into ./NAME first and becomes upstream_project_url
  --ci github|gitlab     also write the srcgit workflow (.github/workflows/srcgit.yml, or the
                         .gitlab-ci.yml include) in the init commit, the secrets to add in its
                         comments; CI files go to patch_generation_ignore_paths
  --define NAME=VALUE    a macro for reading the spec, besides the branch's %fedora/%dist
                         (repeatable, comma or space separated)

Exit codes: 0 done, 1 refused or a patch did not apply, 2 the command line is wrong.
`

const NAME = 'srcgit init'

export async function initCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseOptions(
    {
      upstream: { type: 'string' },
      define: { type: 'string', multiple: true },
      ci: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    argv,
  )
  const usage = (message: string) => {
    io.stderr(`${NAME}: ${message}\n(see ${NAME} --help)\n`)
    return EXIT.usage
  }
  if (typeof parsed === 'string') return usage(parsed)
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(INIT_USAGE)
    return EXIT.ok
  }
  if (positionals.length !== 2)
    return usage(`expected UPSTREAM_REF and DIST_GIT, got ${positionals.length} argument(s)`)
  const defines: Record<string, string> = {}
  for (const d of (values.define ?? []).flatMap((v) => v.split(/[\s,]+/)).filter(Boolean)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(d)
    if (!m) return usage(`--define "${d}" is not NAME=VALUE`)
    defines[m[1]] = m[2]
  }
  if (values.ci !== undefined && values.ci !== 'github' && values.ci !== 'gitlab')
    return usage(`--ci is "${values.ci}"; use github or gitlab`)
  const ci = values.ci
  const [upstreamRef, distGitArg] = positionals
  const distGit = path.resolve(io.cwd, distGitArg)
  try {
    let upstream = path.resolve(io.cwd, values.upstream ?? '.')
    let upstreamUrl: string | undefined
    if (values.upstream !== undefined && isRemoteUrl(values.upstream)) {
      upstreamUrl = withoutUrlCredentials(values.upstream)
      if (upstreamUrl !== values.upstream)
        return usage(
          '--upstream has credentials in its URL; they would end up in git argv and .git/config: clone it yourself and pass --upstream DIR',
        )
      const base = path.basename(upstreamUrl.replace(/\/+$/, '')).replace(/\.git$/, '') || 'upstream'
      upstream = path.resolve(io.cwd, base)
      if (existsSync(upstream))
        throw new InitError(
          `${upstream} exists already; clone ${upstreamUrl} there yourself and pass --upstream ${base}`,
        )
      io.stderr(`Cloning ${upstreamUrl} into ${upstream}...\n`)
      await new Git(io.cwd).run(['clone', '-q', '--', values.upstream, upstream])
    }
    const result = await initSourceGit({
      upstream,
      upstreamUrl,
      upstreamRef,
      distGit,
      defines,
      ci: ci ? (branch) => ciSetup(ci, branch) : undefined,
    })
    for (const c of result.commits)
      io.stdout(
        `${c.sha.slice(0, 12)} ${c.subject}${c.patch && c.subject !== `Apply patch ${c.patch}` ? ` (${c.patch})` : ''}\n`,
      )
    for (const note of result.notes) io.stderr(`note: ${note}\n`)
    io.stdout(
      `Created branch ${result.branch} in ${upstream} from ${upstreamRef} and dist-git ${result.distGitCommit.slice(0, 12)}: ` +
        `${result.commits.length - 1} patch commit(s).\n`,
    )
    return EXIT.ok
  } catch (error) {
    if (error instanceof InitError || isUserError(error)) {
      io.stderr(`${NAME}: ${(error as Error).message}\n`)
      return EXIT.failure
    }
    throw error
  }
}
