export const id = 744;
export const ids = [744];
export const modules = {

/***/ 32744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROPOSE_USAGE: () => (/* binding */ PROPOSE_USAGE),
/* harmony export */   PROPOSING_OPTIONS: () => (/* binding */ PROPOSING_OPTIONS),
/* harmony export */   forgeOptions: () => (/* binding */ forgeOptions),
/* harmony export */   invalidValues: () => (/* binding */ invalidValues),
/* harmony export */   proposeDownstreamCommand: () => (/* binding */ proposeDownstreamCommand),
/* harmony export */   statusesInCi: () => (/* binding */ statusesInCi)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18605);
/* harmony import */ var _jobs_propose_downstream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79074);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77720);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74317);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64259);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81505);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2508);
/* harmony import */ var _jobs_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(78329);
/* harmony import */ var _runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(51062);
/* harmony import */ var _jobs_sync_status_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(38085);
/* harmony import */ var _jobs_merge_gate_sync_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(20462);
/* harmony import */ var _dist_git_forge_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(90962);
/* harmony import */ var _status_wait_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(56416);
/* harmony import */ var _status_sink_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(85348);
/**
 * `srcgit propose-downstream`: the release flow. With --dry-run and no token, everything
 * happens locally; with a dist-git token (SRCGIT_DIST_GIT_TOKEN) it pushes to the bot's fork and
 * opens or updates one pull request per dist-git branch (or, with --dry-run, plans exactly
 * that from read-only requests).
 */
















/** The options of every command that proposes to dist-git (propose-downstream, preview-pull-request). */
const PROPOSING_OPTIONS = {
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
};
const OPTIONS = {
    ...PROPOSING_OPTIONS,
    tag: { type: 'string' },
    version: { type: 'string' },
    'release-notes': { type: 'string' },
    date: { type: 'string' },
    'wait-for-checks': { type: 'string' },
};
const PROPOSE_USAGE = `Usage: srcgit propose-downstream [options] [SOURCE_GIT]

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

${(0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .environmentHelp */ .N4)(OPTIONS)}
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
`;
/** What is wrong with the option values of a proposing command (usage errors, exit code 2), if anything. */
function invalidValues(values) {
    if (values.author !== undefined && !(0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .isIdentity */ .Lk)(values.author))
        return `--author is "${values.author}", not an identity; write it as 'Full Name <email@example.com>'`;
    if (values.date !== undefined && !(0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDateOption */ .Zi)(values.date))
        return `--date expects a day as YYYY-MM-DD, not "${values.date}"`;
    const wait = values['wait-for-checks'];
    if (wait !== undefined && (0,_status_wait_js__WEBPACK_IMPORTED_MODULE_14__/* .parseWaitMinutes */ .M)(wait) === undefined)
        return `--wait-for-checks must be a number of minutes from 0 to 360, not "${wait}"`;
    return undefined;
}
/** The forge options from the options and the secrets in the environment; undefined for a local run; a string is a usage error. */
function forgeOptions(values, env, cwd) {
    const protocol = values['push-protocol'] ?? 'auto';
    if (protocol !== 'ssh' && protocol !== 'https' && protocol !== 'auto')
        return `--push-protocol must be auto, ssh or https, not "${protocol}"`;
    const forgeKind = (0,_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_15__/* .distGitForgeOption */ .H)(values['dist-git-forge']);
    if (typeof forgeKind === 'object')
        return forgeKind.error;
    const token = (0,_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_15__/* .distGitToken */ .m)(env);
    if (typeof token === 'object')
        return token.error;
    try {
        return (0,_jobs_propose_downstream_js__WEBPACK_IMPORTED_MODULE_3__/* .forgeOptionsFrom */ .WD)({
            token,
            forgeKind,
            pushProtocol: protocol,
            sshPrivateKey: env.SRCGIT_SSH_PRIVATE_KEY || undefined,
            knownHosts: env.SRCGIT_KNOWN_HOSTS || undefined,
            sshHost: values['ssh-host'],
            instanceUrl: values['dist-git-url'],
            fasUser: values['fas-user'],
            keytab: env.SRCGIT_KEYTAB?.trim() || undefined,
            krb5Conf: values['krb5-conf'] ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, values['krb5-conf']) : undefined,
            lookasideUrl: values['lookaside-url'],
            force: values.force ?? false,
            dryRun: values['dry-run'] ?? false,
        }, {
            token: 'SRCGIT_DIST_GIT_TOKEN',
            tokenHow: 'set it in SRCGIT_DIST_GIT_TOKEN (SRCGIT_PAGURE_TOKEN is read too)',
            sshKey: 'SRCGIT_SSH_PRIVATE_KEY',
            sshKeyHow: 'set SRCGIT_SSH_PRIVATE_KEY',
            dryRun: '--dry-run',
        });
    }
    catch (error) {
        return error.message;
    }
}
async function proposeDownstreamCommand(argv, io) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommand */ .R)('propose-downstream', PROPOSE_USAGE, OPTIONS, argv, io, [['tag', 'version']]);
    if (typeof parsed === 'number')
        return parsed;
    const { values, sourceGit, usage } = parsed;
    const forge = forgeOptions(values, process.env, io.cwd);
    if (typeof forge === 'string')
        return usage(forge);
    const invalid = invalidValues(values);
    if (invalid)
        return usage(invalid);
    const distGit = values['dist-git'];
    // In a GitLab tag pipeline the tag is the pipeline's, and its release holds the notes.
    const gitlab = (0,_runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_10__/* .isGitLabCi */ .Op)(process.env);
    const tag = values.tag ?? (gitlab && !values.version ? process.env.CI_COMMIT_TAG?.trim() || undefined : undefined);
    if (!tag && !values.version)
        return usage(`which release? give --tag TAG or --version VERSION${gitlab ? ' (a tag pipeline gives CI_COMMIT_TAG)' : ''}`);
    const fetchReleaseNotes = gitlab && tag
        ? async () => (await (0,_runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_10__/* .gitlabRunContext */ .WX)(process.env, { fetchReleaseNotes: true, tag })).releaseNotes
        : undefined;
    const report = (outputs, summary) => (0,_runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_10__/* .writeCiReports */ .zs)(process.env, (message) => io.stderr(`warning: ${message}\n`), outputs, summary);
    try {
        const result = await (0,_jobs_propose_downstream_js__WEBPACK_IMPORTED_MODULE_3__/* .proposeDownstream */ .N8)({
            sourceGit,
            distGit: distGit && !(0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isRemoteUrl */ .Km)(distGit) ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, distGit) : distGit,
            tag,
            version: values.version,
            branches: values.branch,
            configFile: values.config ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            author: values.author,
            releaseNotes: values['release-notes']
                ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values['release-notes']), 'utf8')
                : undefined,
            date: values.date ? (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDateOption */ .Zi)(values.date) : undefined,
            bodhiUrl: values['bodhi-url'],
            fetchReleaseNotes,
            forge,
            instanceUrl: values['dist-git-url'],
        });
        const mode = !forge
            ? 'dry run: nothing was pushed or proposed'
            : forge.dryRun
                ? 'dry run against the forge'
                : '';
        io.stdout(`Release ${result.tag} (version ${result.version})${mode ? `, ${mode}` : ''}.\n`);
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        for (const warning of result.warnings)
            io.stderr(`warning: ${warning}\n`);
        for (const p of result.proposals) {
            for (const note of p.notes)
                io.stderr(`note: ${(0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_9__/* .branchLabel */ .RI)(p)}: ${note}\n`);
            io.stdout([
                '',
                `== ${(0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_9__/* .branchLabel */ .RI)(p)}: commit ${p.commit.slice(0, 12)} on branch ${p.prBranch}`,
                p.diffstat,
                `archive: ${p.archive || 'none (see the notes)'}`,
                `pull request title: ${p.title}`,
                'pull request description:',
                p.description.replace(/^/gm, '  '),
                '',
            ].join('\n'));
        }
        report((0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_9__/* .runOutputs */ .MR)(result), (0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_9__/* .markdownSummary */ .yo)(result, mode));
        io.stdout('\n');
        for (const o of result.outcomes)
            io.stdout(`${(0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_9__/* .formatOutcome */ .ke)(o)}\n`);
        if (forge && !forge.dryRun)
            await statusesInCi(result.sourceGitCommit, result.outcomes, values, io);
        return (0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_9__/* .runFailed */ .Np)(result.outcomes, forge?.force ?? false) ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        report((0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_9__/* .failedOutputs */ .KP)(), `## srcgit propose-downstream failed\n\n${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(error.message)}\n`);
        if ((0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isUserError */ .i)(error)) {
            io.stderr(`srcgit propose-downstream: ${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(error.message)}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure;
        }
        throw error;
    }
}
function forgeKindOf(values) {
    const kind = (0,_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_15__/* .distGitForgeOption */ .H)(values['dist-git-forge']);
    return typeof kind === 'object' ? undefined : kind;
}
/**
 * In CI with a token for statuses: srcgit/<branch> on the source-git commit, and the checks when
 * waiting; for a preview (`mergeGate`) also the merge gate on the source-git PR head.
 */
async function statusesInCi(commit, outcomes, values, io, options = {}) {
    const env = process.env;
    try {
        const sink = (0,_status_sink_js__WEBPACK_IMPORTED_MODULE_13__/* .ciStatusSink */ .oP)(env);
        if (!sink)
            return;
        if (options.mergeGate) {
            const gate = await (0,_jobs_merge_gate_sync_js__WEBPACK_IMPORTED_MODULE_12__/* .mergeGateAfterPreview */ .w6)(sink, commit, outcomes);
            if (gate.length > 0)
                io.stderr(`commit statuses set on ${commit.slice(0, 12)}: ${gate.join(', ')}\n`);
        }
        await (0,_jobs_sync_status_js__WEBPACK_IMPORTED_MODULE_11__/* .afterProposing */ .m7)({
            sink,
            commit,
            outcomes,
            runUrl: env.CI_JOB_URL,
            force: values.force,
            forgeKind: forgeKindOf(values),
            waitMinutes: (0,_status_wait_js__WEBPACK_IMPORTED_MODULE_14__/* .parseWaitMinutes */ .M)(values['wait-for-checks'] ?? '0') ?? 0,
            pollSeconds: (0,_status_wait_js__WEBPACK_IMPORTED_MODULE_14__/* .checksPollSeconds */ .O)(env),
            log: (message) => io.stderr(`${message}\n`),
        });
    }
    catch (error) {
        io.stderr(`warning: the commit statuses could not be set: ${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(error.message)}\n`);
    }
}


/***/ }),

/***/ 56416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseWaitMinutes),
/* harmony export */   O: () => (/* binding */ checksPollSeconds)
/* harmony export */ });
/** The wait-for-checks knobs, read the same way by the action and the CLI. */
/** Minutes as wait-for-checks takes them: 0 to 360 (a GitHub job's limit), decimals allowed; undefined when invalid. */
function parseWaitMinutes(text) {
    const value = text.trim();
    if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 360)
        return undefined;
    return Number(value);
}
/** Seconds between two polls of the flags: SRCGIT_CHECKS_POLL_SECONDS (tests, impatient users), else 60. */
function checksPollSeconds(env) {
    const seconds = Number(env.SRCGIT_CHECKS_POLL_SECONDS);
    return Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
}


/***/ })

};
