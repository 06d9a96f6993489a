/**
 * `srcgit propose-downstream`: the release flow. With --dry-run and no token, everything
 * happens locally; with a dist-git token (SRCGIT_DIST_GIT_TOKEN) it pushes to the bot's fork and
 * opens or updates one pull request per dist-git branch (or, with --dry-run, plans exactly
 * that from read-only requests).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isRemoteUrl } from '../git/git.js'
import { forgeOptionsFrom, proposeDownstream, type ForgeOptions } from '../jobs/propose-downstream.js'
import { isUserError } from '../runtime/user-errors.js'
import { EXIT, isIdentity, parseDateOption, type CommandIO } from './io.js'
import { environmentHelp } from './options.js'
import { parseCommand, type CommandValues } from './parse.js'
import { redact } from '../runtime/secrets.js'
import {
  branchLabel,
  failedOutputs,
  formatOutcome,
  markdownSummary,
  runFailed,
  runOutputs,
  type RunOutputs,
} from '../jobs/report.js'
import { gitlabRunContext, isGitLabCi, writeCiReports } from '../runtime/gitlab.js'
import { afterProposing } from '../jobs/sync-status.js'
import { mergeGateAfterPreview } from '../jobs/merge-gate-sync.js'
import { distGitForgeOption, distGitToken } from './dist-git-forge.js'
import { checksPollSeconds, parseWaitMinutes } from '../status/wait.js'
import type { BranchOutcome } from '../jobs/publish.js'
import { ciStatusSink } from '../status/sink.js'

/** The options of every command that proposes to dist-git (propose-downstream, preview-pull-request). */
export const PROPOSING_OPTIONS = {
  'dry-run': { type: 'boolean' },
  branch: { type: 'string', multiple: true },
  'dist-git': { type: 'string' },
  config: { type: 'string' },
  package: { type: 'string' },
  author: { type: 'string' },
  force: { type: 'boolean' },
  'dist-git-url': { type: 'string' },
  'dist-git-forge': { type: 'string' },
  'lookaside-url': { type: 'string' },
  'bodhi-url': { type: 'string' },
  'push-protocol': { type: 'string' },
  'ssh-host': { type: 'string' },
  'fas-user': { type: 'string' },
  'krb5-conf': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const OPTIONS = {
  ...PROPOSING_OPTIONS,
  tag: { type: 'string' },
  version: { type: 'string' },
  'release-notes': { type: 'string' },
  date: { type: 'string' },
  'wait-for-checks': { type: 'string' },
} as const

type Values = CommandValues<typeof OPTIONS>

export const PROPOSE_USAGE = `Usage: srcgit propose-downstream [options] [SOURCE_GIT]

Runs the release flow for a tag in SOURCE_GIT (default: the current directory): creates
the archive, updates the spec (Version, Release, %changelog, patches), writes sources and
.gitignore, and commits on the branch <branch>-update-propose_downstream per dist-git
branch. Then, with a dist-git token, uploads missing archives to the lookaside cache, forks
the package, pushes the branch to the fork and opens or updates the pull request.

  --dry-run              push and propose nothing. Without a token everything stays local
                         (with a local --dist-git work tree the branches are made there);
                         with a token, reports what would be done from read-only requests
  --tag TAG              the upstream release tag (version from upstream_tag_template)
  --version VERSION      the version (tag from upstream_tag_template)
  --branch BRANCH        dist-git branch or alias such as fedora-all (repeatable; default:
                         the propose_downstream job's dist_git_branches, else rawhide)
  --dist-git DIR|URL     dist-git work tree or URL to clone (default: <instance>/<namespace>/<package>.git)
  --release-notes FILE   release notes of the tag, for copy_upstream_release_description
  --date YYYY-MM-DD      the changelog entry's date (default: today, UTC)
  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         only this package of a monorepo (default: every package the
                         propose_downstream job selects)
  --author 'NAME <EMAIL>' author of the dist-git commit (default: git identity, else the CI actor, else srcgit)
  --force                replace commits someone else pushed to the fork branch
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url, https://src.fedoraproject.org);
                         for a local trial without a token, a file:// URL or a directory
                         holding <namespace>/<package>.git
  --dist-git-forge F     auto (default: ask the host, or dist_git_forge), pagure or forgejo
  --lookaside-url URL    the lookaside cache (default: lookaside_cache_url)
  --bodhi-url URL        Bodhi, for branch aliases (default: https://bodhi.fedoraproject.org)
  --push-protocol P      auto (default: ssh on Pagure, https with the token on Forgejo), ssh or https
  --ssh-host HOST[:PORT] SSH host for pushes (default: pkgs.fedoraproject.org for Fedora)
  --fas-user USER        account for SSH and Kerberos (default: the token's user); USER@REALM
                         for a Kerberos realm other than FEDORAPROJECT.ORG
  --krb5-conf FILE       krb5.conf to use instead of Fedora's built-in one
  --wait-for-checks MIN  in CI, wait up to MIN minutes for the dist-git checks and mirror them
                         as commit statuses (srcgit/<branch> is set either way, when a token
                         for statuses is there: GITHUB_TOKEN, or SRCGIT_GITLAB_TOKEN on GitLab)

${environmentHelp(OPTIONS)}
In a GitLab CI job the tag is CI_COMMIT_TAG and release notes come from the tag's GitLab
release (CI_JOB_TOKEN, or SRCGIT_GITLAB_TOKEN); SRCGIT_DOTENV and SRCGIT_SUMMARY name files for a dotenv
report (SRCGIT_PULL_REQUESTS, SRCGIT_VERSION, SRCGIT_OPERATION) and a Markdown summary.

Secrets come from the environment, never from the command line:
  SRCGIT_DIST_GIT_TOKEN    API token of the bot on the dist-git forge (SRCGIT_PAGURE_TOKEN is read too);
                           Pagure ACLs fork_project, pull_request_create, pull_request_update;
                           Forgejo scopes write:repository, write:issue, read:user
  SRCGIT_SSH_PRIVATE_KEY   private key of the bot account (registered in FAS), for SSH pushes
  SRCGIT_KNOWN_HOSTS       known_hosts lines for the SSH host (default: the ones srcgit ships)
  SRCGIT_KEYTAB            base64 Kerberos keytab, needed when an archive must be uploaded
`

/** What is wrong with the option values of a proposing command (usage errors, exit code 2), if anything. */
export function invalidValues(values: { author?: string; date?: string; 'wait-for-checks'?: string }) {
  if (values.author !== undefined && !isIdentity(values.author))
    return `--author is "${values.author}", not an identity; write it as 'Full Name <email@example.com>'`
  if (values.date !== undefined && !parseDateOption(values.date))
    return `--date expects a day as YYYY-MM-DD, not "${values.date}"`
  const wait = values['wait-for-checks']
  if (wait !== undefined && parseWaitMinutes(wait) === undefined)
    return `--wait-for-checks must be a number of minutes from 0 to 360, not "${wait}"`
  return undefined
}

/** The command-line options every forge job takes. */
export interface ForgeValues {
  'push-protocol'?: string
  'ssh-host'?: string
  'dist-git-url'?: string
  'dist-git-forge'?: string
  'fas-user'?: string
  'krb5-conf'?: string
  'lookaside-url'?: string
  force?: boolean
  'dry-run'?: boolean
}

/** The forge options from the options and the secrets in the environment; undefined for a local run; a string is a usage error. */
export function forgeOptions(
  values: ForgeValues,
  env: NodeJS.ProcessEnv,
  cwd: string,
): ForgeOptions | undefined | string {
  const protocol = values['push-protocol'] ?? 'auto'
  if (protocol !== 'ssh' && protocol !== 'https' && protocol !== 'auto')
    return `--push-protocol must be auto, ssh or https, not "${protocol}"`
  const forgeKind = distGitForgeOption(values['dist-git-forge'])
  if (typeof forgeKind === 'object') return forgeKind.error
  const token = distGitToken(env)
  if (typeof token === 'object') return token.error
  try {
    return forgeOptionsFrom(
      {
        token,
        forgeKind,
        pushProtocol: protocol,
        sshPrivateKey: env.SRCGIT_SSH_PRIVATE_KEY || undefined,
        knownHosts: env.SRCGIT_KNOWN_HOSTS || undefined,
        sshHost: values['ssh-host'],
        instanceUrl: values['dist-git-url'],
        fasUser: values['fas-user'],
        keytab: env.SRCGIT_KEYTAB?.trim() || undefined,
        krb5Conf: values['krb5-conf'] ? path.resolve(cwd, values['krb5-conf']) : undefined,
        lookasideUrl: values['lookaside-url'],
        force: values.force ?? false,
        dryRun: values['dry-run'] ?? false,
      },
      {
        token: 'SRCGIT_DIST_GIT_TOKEN',
        tokenHow: 'set it in SRCGIT_DIST_GIT_TOKEN (SRCGIT_PAGURE_TOKEN is read too)',
        sshKey: 'SRCGIT_SSH_PRIVATE_KEY',
        sshKeyHow: 'set SRCGIT_SSH_PRIVATE_KEY',
        dryRun: '--dry-run',
      },
    )
  } catch (error) {
    return (error as Error).message
  }
}

export async function proposeDownstreamCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand('propose-downstream', PROPOSE_USAGE, OPTIONS, argv, io, [['tag', 'version']])
  if (typeof parsed === 'number') return parsed
  const { values, sourceGit, usage } = parsed
  const forge = forgeOptions(values, process.env, io.cwd)
  if (typeof forge === 'string') return usage(forge)
  const invalid = invalidValues(values)
  if (invalid) return usage(invalid)
  const distGit = values['dist-git']
  // In a GitLab tag pipeline the tag is the pipeline's, and its release holds the notes.
  const gitlab = isGitLabCi(process.env)
  const tag =
    values.tag ?? (gitlab && !values.version ? process.env.CI_COMMIT_TAG?.trim() || undefined : undefined)
  if (!tag && !values.version)
    return usage(
      `which release? give --tag TAG or --version VERSION${gitlab ? ' (a tag pipeline gives CI_COMMIT_TAG)' : ''}`,
    )
  const fetchReleaseNotes =
    gitlab && tag
      ? async () => (await gitlabRunContext(process.env, { fetchReleaseNotes: true, tag })).releaseNotes
      : undefined
  const report = (outputs: RunOutputs, summary?: string) =>
    writeCiReports(process.env, (message) => io.stderr(`warning: ${message}\n`), outputs, summary)
  try {
    const result = await proposeDownstream({
      sourceGit,
      distGit: distGit && !isRemoteUrl(distGit) ? path.resolve(io.cwd, distGit) : distGit,
      tag,
      version: values.version,
      branches: values.branch,
      configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
      packageName: values.package,
      author: values.author,
      releaseNotes: values['release-notes']
        ? readFileSync(path.resolve(io.cwd, values['release-notes']), 'utf8')
        : undefined,
      date: values.date ? parseDateOption(values.date) : undefined,
      bodhiUrl: values['bodhi-url'],
      fetchReleaseNotes,
      forge,
      instanceUrl: values['dist-git-url'],
    })
    const mode = !forge
      ? 'dry run: nothing was pushed or proposed'
      : forge.dryRun
        ? 'dry run against the forge'
        : ''
    io.stdout(`Release ${result.tag} (version ${result.version})${mode ? `, ${mode}` : ''}.\n`)
    for (const note of result.notes) io.stderr(`note: ${note}\n`)
    for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`)
    for (const p of result.proposals) {
      for (const note of p.notes) io.stderr(`note: ${branchLabel(p)}: ${note}\n`)
      io.stdout(
        [
          '',
          `== ${branchLabel(p)}: commit ${p.commit.slice(0, 12)} on branch ${p.prBranch}`,
          p.diffstat,
          `archive: ${p.archive || 'none (see the notes)'}`,
          `pull request title: ${p.title}`,
          'pull request description:',
          p.description.replace(/^/gm, '  '),
          '',
        ].join('\n'),
      )
    }
    report(runOutputs(result), markdownSummary(result, mode))
    io.stdout('\n')
    for (const o of result.outcomes) io.stdout(`${formatOutcome(o)}\n`)
    if (forge && !forge.dryRun) await statusesInCi(result.sourceGitCommit, result.outcomes, values, io)
    return runFailed(result.outcomes, forge?.force ?? false) ? EXIT.failure : EXIT.ok
  } catch (error) {
    report(failedOutputs(), `## srcgit propose-downstream failed\n\n${redact((error as Error).message)}\n`)
    if (isUserError(error)) {
      io.stderr(`srcgit propose-downstream: ${redact((error as Error).message)}\n`)
      return EXIT.failure
    }
    throw error
  }
}

function forgeKindOf(values: { 'dist-git-forge'?: string }) {
  const kind = distGitForgeOption(values['dist-git-forge'])
  return typeof kind === 'object' ? undefined : kind
}

/**
 * In CI with a token for statuses: srcgit/<branch> on the source-git commit, and the checks when
 * waiting; for a preview (`mergeGate`) also the merge gate on the source-git PR head.
 */
export async function statusesInCi(
  commit: string,
  outcomes: BranchOutcome[],
  values: Pick<Values, 'force' | 'dist-git-forge' | 'wait-for-checks'>,
  io: CommandIO,
  options: { mergeGate?: boolean } = {},
): Promise<void> {
  const env = process.env
  try {
    const sink = ciStatusSink(env)
    if (!sink) return
    if (options.mergeGate) {
      const gate = await mergeGateAfterPreview(sink, commit, outcomes)
      if (gate.length > 0) io.stderr(`commit statuses set on ${commit.slice(0, 12)}: ${gate.join(', ')}\n`)
    }
    await afterProposing({
      sink,
      commit,
      outcomes,
      runUrl: env.CI_JOB_URL,
      force: values.force,
      forgeKind: forgeKindOf(values),
      waitMinutes: parseWaitMinutes(values['wait-for-checks'] ?? '0') ?? 0,
      pollSeconds: checksPollSeconds(env),
      log: (message) => io.stderr(`${message}\n`),
    })
  } catch (error) {
    io.stderr(`warning: the commit statuses could not be set: ${redact((error as Error).message)}\n`)
  }
}
