/**
 * The `srcgit` command: parses the first word and hands over to one command module, imported
 * only then: each command loads what it uses (the bundle keeps each in a chunk of its own), so
 * `srcgit --help` or `config check` does not pay for Octokit, gitbeaker and the Koji client.
 */
import { EXIT, type CommandIO } from './io.js'
import { VERSION } from '../version.js'
import { closestMatch } from '../config/suggest.js'
import { withTempScope } from '../runtime/resources.js'
import { registerSecretsFromEnv } from '../runtime/secrets.js'

export const USAGE = `srcgit ${VERSION}: maintain a Fedora package as a source-git repository

Usage: srcgit <command> [options]

Commands:
  config check [PATH]     validate a Packit-compatible config and print it resolved
  spec show SPEC          what srcgit reads from a spec file (values with macros expanded)
  spec bump SPEC --version V
                          the release bump srcgit would make to a spec (a diff, or --write)
  init UPSTREAM_REF DIST_GIT [--upstream DIR|URL]
                          make a source-git branch from an upstream clone and a dist-git branch
  update-dist-git SOURCE_GIT DIST_GIT
                          regenerate patches and sync the spec into a dist-git work tree
  update-source-git DIST_GIT SOURCE_GIT
                          bring commits made by hand in dist-git back into source-git
  propose-downstream --dry-run [--tag T | --version V] [--branch B]... [--dist-git DIR]
                          the release flow, locally: archive, spec, patches, sources, commit
  preview-pull-request --number N --head SHA [--close]
                          the dist-git preview of a source-git pull request (or close it)
  sync-status             the dist-git checks of srcgit's pull requests as commit statuses
  sync-from-downstream [--branch B]... [--base BRANCH] [--dry-run]
                          dist-git commits made by hand, back to source-git as a PR/MR
  pull-from-upstream [--base BRANCH] [--dry-run]
                          the newest upstream release as a source-git rebase PR/MR, with its
                          dist-git PR(s) beside it
  koji-build [--branch B]... [--dry-run]
                          build merged dist-git changes in Koji (koji_build job)
  bodhi-update [--branch B]... [--dry-run]
                          Bodhi updates of completed Koji builds (bodhi_update job)

Options:
  -h, --help              this help ("srcgit <command> --help" for a command's options)
  --version               print the srcgit version

Exit codes: 0 success; 1 the input is wrong (configuration, spec, repository, tag) or a
dist-git branch failed; 2 the command line is wrong (an unknown option, a bad option value,
--tag with --version, a bad SRCGIT_* variable, a missing secret); 143/130 stopped by
SIGTERM/SIGINT (children ended, temp dirs removed; running again is safe).

Environment: every option --NAME of a command can come from SRCGIT_NAME (upper case, - as _;
"srcgit <command> --help" lists them); the command line wins. SRCGIT_NETWORK_TIMEOUT_SECONDS
(default 120): how long a server may stay silent before git, ssh, curl or kinit give up.
`

const COMMANDS = [
  'config',
  'spec',
  'init',
  'update-dist-git',
  'update-source-git',
  'propose-downstream',
  'preview-pull-request',
  'sync-status',
  'sync-from-downstream',
  'pull-from-upstream',
  'koji-build',
  'bodhi-update',
]

/** Runs one command; whatever temp dirs it made are gone when it returns, whatever the outcome. */
export function runCli(argv: string[], io: CommandIO): Promise<number> {
  // Secrets come from the environment: masked in whatever srcgit prints from the start.
  registerSecretsFromEnv(process.env)
  return withTempScope(() => dispatch(argv, io))
}

async function dispatch(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case undefined:
      io.stderr(USAGE)
      return EXIT.usage
    case '-h':
    case '--help':
    case 'help':
      io.stdout(USAGE)
      return EXIT.ok
    case '--version':
      io.stdout(`${VERSION}\n`)
      return EXIT.ok
    case 'config':
      if (rest[0] === 'check') return (await import('./config-check.js')).configCheck(rest.slice(1), io)
      if (rest[0] === '--help' || rest[0] === '-h')
        return (await import('./config-check.js')).configCheck(['--help'], io)
      io.stderr(`srcgit config: unknown subcommand "${rest[0] ?? ''}" (use "srcgit config check [PATH]")\n`)
      return EXIT.usage
    case 'spec':
      return (await import('./spec.js')).specCommand(rest, io)
    case 'init':
      return (await import('./init.js')).initCommand(rest, io)
    case 'update-dist-git':
      return (await import('./update-dist-git.js')).updateDistGitCommand(rest, io)
    case 'update-source-git':
      return (await import('./update-source-git.js')).updateSourceGitCommand(rest, io)
    case 'propose-downstream':
      return (await import('./propose-downstream.js')).proposeDownstreamCommand(rest, io)
    case 'preview-pull-request':
      return (await import('./preview.js')).previewCommand(rest, io)
    case 'sync-status':
      return (await import('./sync-status.js')).syncStatusCommand(rest, io)
    case 'sync-from-downstream':
      return (await import('./sync-from-downstream.js')).syncFromDownstreamCommand(rest, io)
    case 'pull-from-upstream':
      return (await import('./pull-from-upstream.js')).pullFromUpstreamCommand(rest, io)
    case 'koji-build':
      return (await import('./koji-build.js')).kojiBuildCommand(rest, io)
    case 'bodhi-update':
      return (await import('./bodhi-update.js')).bodhiUpdateCommand(rest, io)
    default: {
      const meant = closestMatch(command, COMMANDS)
      io.stderr(
        `srcgit: unknown command "${command}"${meant ? `; did you mean "${meant}"?` : ''}\n\n${USAGE}`,
      )
      return EXIT.usage
    }
  }
}
