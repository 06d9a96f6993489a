/** `srcgit propose-downstream --dry-run`: the whole release flow locally; nothing leaves the machine. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { isRemoteUrl } from '../git/git.js'
import { proposeDownstream } from '../jobs/propose-downstream.js'
import { isUserError } from './update-dist-git.js'
import { EXIT, type CommandIO } from './io.js'

export const PROPOSE_USAGE = `Usage: srcgit propose-downstream --dry-run [options] [SOURCE_GIT]

Runs the release flow for a tag in SOURCE_GIT (default: the current directory): creates
the archive, updates the spec (Version, Release, %changelog, patches), writes sources and
.gitignore, and commits on the branch <branch>-update-propose_downstream of the dist-git
clone, per branch. Prints the commit, a diffstat and the pull-request title and
description. With a local --dist-git work tree the branches are made there (the branch
you have checked out stays as it is) and the archive is left next to the spec.

  --dry-run              required in this version: nothing is pushed or proposed
  --tag TAG              the upstream release tag (version from upstream_tag_template)
  --version VERSION      the version (tag from upstream_tag_template)
  --branch BRANCH        dist-git branch (repeatable; default: dist_git_branches, else rawhide)
  --dist-git DIR|URL     dist-git work tree or URL to clone (default: dist_git_base_url/<namespace>/<package>)
  --release-notes FILE   release notes of the tag, for copy_upstream_release_description
  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --author 'NAME <EMAIL>' author of the dist-git commit (default: git identity, else the CI actor, else srcgit)
  --package NAME         the package, when the configuration has several
`

export async function proposeDownstreamCommand(argv: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        tag: { type: 'string' },
        version: { type: 'string' },
        branch: { type: 'string', multiple: true },
        'dist-git': { type: 'string' },
        'release-notes': { type: 'string' },
        config: { type: 'string' },
        package: { type: 'string' },
        date: { type: 'string' },
        author: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    io.stderr(
      `srcgit propose-downstream: ${(error as Error).message}\n(see srcgit propose-downstream --help)\n`,
    )
    return EXIT.usage
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(PROPOSE_USAGE)
    return EXIT.ok
  }
  if (!values['dry-run']) {
    io.stderr(
      'srcgit propose-downstream: pushing and opening pull requests is not available in this version; add --dry-run\n',
    )
    return EXIT.usage
  }
  if (positionals.length > 1) {
    io.stderr('srcgit propose-downstream: expected at most one SOURCE_GIT directory\n')
    return EXIT.usage
  }
  const sourceGit = path.resolve(io.cwd, positionals[0] ?? '.')
  const distGit = values['dist-git']
  try {
    const result = await proposeDownstream({
      sourceGit,
      distGit: distGit && !isRemoteUrl(distGit) ? path.resolve(io.cwd, distGit) : distGit,
      tag: values.tag,
      version: values.version,
      branches: values.branch,
      configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
      packageName: values.package,
      author: values.author,
      releaseNotes: values['release-notes']
        ? readFileSync(path.resolve(io.cwd, values['release-notes']), 'utf8')
        : undefined,
      date: values.date ? new Date(`${values.date}T00:00:00Z`) : undefined,
    })
    io.stdout(`Release ${result.tag} (version ${result.version}), dry run: nothing was pushed or proposed.\n`)
    for (const p of result.proposals) {
      for (const note of p.notes) io.stderr(`note: ${p.branch}: ${note}\n`)
      io.stdout(
        [
          '',
          `== ${p.branch}: commit ${p.commit.slice(0, 12)} on branch ${p.prBranch}`,
          p.diffstat,
          `archive: ${p.archive}`,
          `pull request title: ${p.title}`,
          'pull request description:',
          p.description.replace(/^/gm, '  '),
          '',
        ].join('\n'),
      )
    }
    return EXIT.ok
  } catch (error) {
    if (isUserError(error) || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.stderr(`srcgit propose-downstream: ${(error as Error).message}\n`)
      return EXIT.failure
    }
    throw error
  }
}
