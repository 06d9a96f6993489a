export const id = 340;
export const ids = [340,744];
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

/***/ 4103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ closePreviews),
/* harmony export */   x: () => (/* binding */ previewPullRequest)
/* harmony export */ });
/* harmony import */ var _dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50126);
/* harmony import */ var _dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(98096);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5537);
/* harmony import */ var _dist_git_gitignore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95960);
/* harmony import */ var _dist_git_messages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5996);
/* harmony import */ var _dist_git_sources_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30555);
/* harmony import */ var _dist_git_tag_template_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35573);
/* harmony import */ var _forges_bodhi_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84065);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18605);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(74227);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2508);
/* harmony import */ var _source_git_downstream_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74403);
/* harmony import */ var _source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(33389);
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(83039);
/* harmony import */ var _commit_identity_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(72753);
/* harmony import */ var _archive_plan_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3853);
/* harmony import */ var _source_git_archive_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(17985);
/* harmony import */ var _propose_downstream_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(79074);
/* harmony import */ var _update_dist_git_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(48446);
/* harmony import */ var _release_checks_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(74614);
/**
 * Previews of source-git pull requests: while a source-git PR is open, a dist-git PR from the
 * bot's fork branch `<branch>-srcgit-pr-<N>` carries what dist-git would look like with it
 * merged (spec, patches, files_to_sync, exactly as update-dist-git makes them; no version bump,
 * no changelog entry), so Fedora's CI (Zuul, rpminspect, ...) tests it. Every push to the
 * source-git PR updates the preview; closing the source-git PR closes it.
 */





















/** Makes or updates the preview of an open source-git PR on every dist-git branch. */
async function previewPullRequest(options) {
    // The dist-git clone and every other temp dir of the run go when it ends, also after a failure.
    return (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_9__/* .withTempScope */ .LH)(() => preview(options));
}
async function preview(options) {
    const source = new _git_git_js__WEBPACK_IMPORTED_MODULE_8__/* .Git */ .TU(options.sourceGit);
    await (0,_update_dist_git_js__WEBPACK_IMPORTED_MODULE_18__/* .requireCleanRepo */ .he)(source, 'source-git', false);
    const { pullRequest: request } = options;
    const head = await source.tryRevParse(`${request.headSha}^{commit}`);
    if (!head)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_18__/* .JobError */ .CR(`the head of source-git PR #${request.number} (${request.headSha.slice(0, 12)}) is not in ${options.sourceGit}; ` +
            'check out the full history (actions/checkout with fetch-depth: 0)');
    // The PR's own tree, configuration included: CI checks out a merge commit, whose first-parent
    // line is the target branch, not the PR's commits.
    const tree = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_9__/* .makeTempPath */ .y9)('srcgit-pr-');
    await source.run(['worktree', 'prune']);
    await source.run(['worktree', 'add', '-q', '--detach', tree, head]);
    const archives = [];
    try {
        const configFile = options.configFile
            ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(tree, node_path__WEBPACK_IMPORTED_MODULE_1__.relative(options.sourceGit, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(options.sourceGit, options.configFile)))
            : undefined;
        // Named as the repository is, not as the temporary worktree of the PR head.
        const config = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(tree, { configFile, repoName: await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryName */ .aR)(options.sourceGit) });
        const selection = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .jobViews */ .o8)(config, _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PROPOSE_DOWNSTREAM */ .WZ, options.packageName);
        const packages = [...new Set(selection.views.map((v) => v.pkg.downstream_package_name))];
        const several = packages.length > 1;
        if (several && options.distGit)
            throw (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_17__/* .oneWorkTreeForSeveral */ .Rh)(packages);
        const results = [];
        for (const view of selection.views) {
            const result = await previewView({ options, view, source, tree, configFile, head, archives });
            if (several)
                for (const item of [...result.outcomes, ...result.proposals])
                    item.package = view.pkg.downstream_package_name;
            results.push(result);
        }
        return {
            pullRequest: request.number,
            sourceGitCommit: head,
            proposals: results.flatMap((r) => r.proposals),
            outcomes: results.flatMap((r) => r.outcomes),
            notes: [
                ...selection.notes,
                ...(selection.defaultJobsNote && !options.branches?.length ? [selection.defaultJobsNote] : []),
                ...results.flatMap((r) => r.notes),
            ],
        };
    }
    finally {
        await Promise.all(archives.map((a) => a.dispose()));
        await source.run(['worktree', 'remove', '--force', tree], { allowFailure: true });
        (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_9__/* .removeTempDir */ .CT)(tree);
    }
}
/** The preview of the PR for one package's propose_downstream job view, on each of its branches. */
async function previewView(input) {
    const { options, view, source, tree, configFile, head } = input;
    const { pkg } = view;
    const request = options.pullRequest;
    if (!pkg.upstream_ref)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_18__/* .JobError */ .CR(`${pkg.config_file_path} has no upstream_ref: pull request previews are for source-git repositories, ` +
            'where upstream_ref names the upstream release the downstream commits sit on');
    const prSource = source.at(tree);
    const upstream = await (0,_source_git_downstream_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveUpstreamRef */ .ZZ)(prSource, pkg.upstream_ref);
    await (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_19__/* .requireNoUpstreamReleaseInRange */ .p6)(prSource, pkg, upstream, head);
    if (pkg.specfile_path) {
        const spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_13__/* .SpecFile */ .An.parse(await (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_12__/* .readRepoFile */ .v6)(prSource, pkg.specfile_path), {
            fileName: pkg.specfile_path,
        });
        const mismatch = (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_19__/* .specVersionMismatch */ .wE)(spec, pkg.specfile_path, pkg);
        if (mismatch)
            throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_18__/* .JobError */ .CR(mismatch);
    }
    const upstreamVersion = (0,_dist_git_tag_template_js__WEBPACK_IMPORTED_MODULE_6__/* .tagToVersion */ .ar)(pkg.upstream_tag_template, pkg.upstream_ref, pkg.upstream_package_name);
    const archives = new _propose_downstream_js__WEBPACK_IMPORTED_MODULE_17__/* .Archives */ .m$(prSource, upstream, (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_17__/* .archivePrefix */ .pY)(pkg, upstreamVersion ?? ''));
    input.archives.push(archives);
    const connection = await (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_17__/* .connectForge */ .Ww)(options.forge, pkg, options.instanceUrl);
    const { http, instanceUrl } = connection;
    const branches = await (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_17__/* .branchesFor */ .I7)(pkg, options.branches, http, options.bodhiUrl ?? _forges_bodhi_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_BODHI_URL */ .Xr);
    const dist = await (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_17__/* .distGitWorkTree */ .Wx)(options.distGit, instanceUrl, pkg);
    const remote = await source.run(['remote', 'get-url', 'origin'], { allowFailure: true });
    const sourceGitUrl = remote.code === 0 ? (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_10__/* .withoutUrlCredentials */ .el)(remote.stdout.trim()) : undefined;
    const proposals = [];
    const ready = [];
    const outcomes = [];
    for (const branch of branches) {
        try {
            const made = await previewBranch({
                options,
                view,
                pkg,
                prSource,
                tree,
                configFile,
                dist,
                branch,
                head,
                archives,
                upstreamVersion,
                sourceGitUrl,
            });
            if ('operation' in made)
                outcomes.push(made);
            else {
                proposals.push(made.proposal);
                ready.push(made.ready);
            }
        }
        catch (error) {
            // With a forge one branch failing does not stop the others; locally the error is the answer.
            if (!options.forge)
                throw error;
            outcomes.push({ branch, operation: 'failed', reason: error.message });
        }
    }
    const settled = await (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_17__/* .publishOrKeep */ .kv)(options.forge, connection, dist, pkg, ready);
    return {
        pullRequest: request.number,
        sourceGitCommit: head,
        proposals,
        outcomes: (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_17__/* .sortLike */ .qz)(branches, [...outcomes, ...settled.outcomes]),
        notes: settled.notes,
    };
}
async function previewBranch(input) {
    const { options, dist, branch, head } = input;
    const request = options.pullRequest;
    const base = (await dist.tryRevParse(`refs/heads/${branch}`)) ??
        (await dist.tryRevParse(`refs/remotes/origin/${branch}`));
    if (!base)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_18__/* .JobError */ .CR(`dist-git ${dist.dir} has no branch "${branch}"`);
    const prBranch = (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .previewBranchName */ .yM)(branch, request.number);
    const branchBefore = await dist.tryRevParse(`refs/heads/${prBranch}`);
    const work = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_9__/* .makeTempPath */ .y9)('srcgit-preview-');
    // A run that was killed leaves its worktree registered, holding prBranch: forget it first.
    await dist.run(['worktree', 'prune']);
    await dist.run(['worktree', 'add', '-q', '-B', prBranch, work, base]);
    let succeeded = false;
    try {
        const synced = await (0,_update_dist_git_js__WEBPACK_IMPORTED_MODULE_18__/* .updateDistGit */ .GE)({
            sourceGit: input.tree,
            distGit: work,
            configFile: input.configFile,
            view: input.view,
            author: options.author,
        });
        if (synced.status === 'nothing-to-do') {
            succeeded = true;
            return {
                branch,
                operation: 'unchanged',
                reason: `${branch} already has the content of source-git PR #${request.number}`,
            };
        }
        const archive = await archiveFor(input, work);
        const wt = dist.at(work);
        await wt.run(['add', '-A']);
        const identities = await (0,_commit_identity_js__WEBPACK_IMPORTED_MODULE_14__/* .commitIdentities */ .i)(input.prSource, options.author);
        await wt.run(['commit', '-q', '-F', '-'], {
            input: (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .previewCommitMessage */ .hq)({ pullRequest: request.number, title: request.title, headCommit: head }),
            env: identities.env,
        });
        const commit = (await wt.tryRevParse('HEAD'));
        const [diffstat, diff] = await Promise.all([
            wt.output(['diff', '--stat', base, commit]),
            wt.output(['diff', '--no-color', base, commit]),
        ]);
        const title = (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .previewTitle */ .Vf)(request.number, request.title);
        const description = (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .previewDescription */ .$Q)({
            pullRequest: request.number,
            title: request.title,
            url: request.url,
            sourceGitUrl: input.sourceGitUrl,
            headCommit: head,
            branch,
        });
        succeeded = true;
        return {
            proposal: {
                branch,
                prBranch,
                base,
                commit,
                diffstat,
                diff,
                title,
                description,
                archive: archive?.path ?? '',
                archiveSha512: archive?.sha512 ?? '',
                notes: synced.notes, // its missing-archive warning does not apply: archiveFor adds the archive
            },
            ready: { branch, prBranch, base, commit, title, description, archive },
        };
    }
    finally {
        await dist.run(['worktree', 'remove', '--force', work], { allowFailure: true });
        (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_9__/* .removeTempDir */ .CT)(work);
        if (!succeeded)
            await dist.run(branchBefore ? ['branch', '-f', prBranch, branchBefore] : ['branch', '-D', prBranch], {
                allowFailure: true,
            });
    }
}
/**
 * The archive, when the synced spec names one that `sources` lacks (the PR rebases onto a new
 * upstream release): made from upstream_ref, added to `sources` and `.gitignore`. Undefined when
 * `sources` already has it, or when the spec's Source cannot be expanded (nothing to check).
 */
async function archiveFor(input, work) {
    const { pkg } = input;
    const specName = `${pkg.downstream_package_name}.spec`;
    const predefined = (0,_dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_20__/* .branchMacros */ .e)(input.branch, { parseTimeMacros: pkg.parse_time_macros });
    const spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_13__/* .SpecFile */ .An.parse((0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(work, specName)) ?? '', {
        fileName: specName,
        predefined,
    });
    const name = (0,_archive_plan_js__WEBPACK_IMPORTED_MODULE_15__/* .archiveFileName */ .Gm)(spec, pkg)?.name;
    // Nothing srcgit can make (a .gem, a single file): nothing to upload, as in propose-downstream.
    if (name === undefined || !(0,_source_git_archive_js__WEBPACK_IMPORTED_MODULE_16__/* .archiveCompression */ .FW)(name))
        return undefined;
    const sourcesPath = node_path__WEBPACK_IMPORTED_MODULE_1__.join(work, 'sources');
    const sourcesText = (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(sourcesPath) ?? '';
    if ((0,_dist_git_sources_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSourcesFile */ .eE)(sourcesText).entries.some((e) => e.filename === name))
        return undefined;
    if (input.upstreamVersion === undefined)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_18__/* .JobError */ .CR(`${specName} names the archive ${name}, which dist-git's sources file does not list, and upstream_ref ` +
            `"${pkg.upstream_ref}" does not match upstream_tag_template "${pkg.upstream_tag_template}", so srcgit cannot tell its version to make it`);
    const built = await input.archives.get(name);
    const base = await committedSpec(input.dist, work, specName, predefined);
    const old = base && (0,_archive_plan_js__WEBPACK_IMPORTED_MODULE_15__/* .archiveFileName */ .Gm)(base, pkg);
    const replaceNames = old ? [old.name] : [];
    (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTreeFile */ .a)(sourcesPath, (0,_dist_git_sources_file_js__WEBPACK_IMPORTED_MODULE_5__/* .updateSourcesFile */ .qq)(sourcesText, [{ filename: name, hash: built.sha512 }], { replaceNames }).text);
    const gitignorePath = node_path__WEBPACK_IMPORTED_MODULE_1__.join(work, '.gitignore');
    (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTreeFile */ .a)(gitignorePath, (0,_dist_git_gitignore_js__WEBPACK_IMPORTED_MODULE_3__/* .addGitignoreEntries */ .Y)((0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(gitignorePath) ?? '', [name]).text);
    return { path: built.file, sha512: built.sha512 };
}
/** The spec as the target branch has it (before the sync), if any. */
async function committedSpec(dist, work, specName, predefined) {
    const shown = await dist.at(work).run(['show', `HEAD:${specName}`], { allowFailure: true });
    return shown.code === 0 ? _spec_index_js__WEBPACK_IMPORTED_MODULE_13__/* .SpecFile */ .An.parse(shown.stdout, { fileName: specName, predefined }) : undefined;
}
/**
 * Closes the open previews of a source-git PR that was closed or merged, on every branch: the
 * bot's PRs from `<branch>-srcgit-pr-<N>`, whatever branches are configured now.
 */
async function closePreviews(options) {
    const { number, merged, url } = options.pullRequest;
    const config = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(options.sourceGit, { configFile: options.configFile });
    const { pkg } = (0,_update_dist_git_js__WEBPACK_IMPORTED_MODULE_18__/* .pickPackage */ .Cs)(config, options.packageName);
    const { distGit, forkUser } = await (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_17__/* .connectForge */ .Ww)(options.forge, pkg);
    if (!options.forge || !distGit || !forkUser)
        return {
            pullRequest: number,
            proposals: [],
            outcomes: [],
            notes: [`no dist-git token: the previews of source-git PR #${number} were left as they are`],
        };
    const ns = pkg.dist_git_namespace;
    const repo = pkg.downstream_package_name;
    const previews = (await distGit.pullRequests(ns, repo, { state: 'open', author: forkUser }))
        .filter((pr) => pr.sourceOwner === forkUser && (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePreviewBranch */ .k1)(pr.sourceBranch)?.pullRequest === number)
        .sort((a, b) => a.number - b.number);
    const outcomes = [];
    for (const pr of previews)
        outcomes.push(await closeOne(distGit, ns, repo, pr, { number, merged, url, dryRun: options.forge.dryRun ?? false }));
    // The commit the previews were made from gets the merge gate (failure: closed unmerged), when they agree on one.
    const commits = new Set(previews.map((pr) => (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePrMarker */ .A1)(pr.description)?.commit?.toLowerCase()));
    const [commit] = commits;
    return {
        pullRequest: number,
        ...(commits.size === 1 && commit ? { sourceGitCommit: commit } : {}),
        proposals: [],
        outcomes,
        notes: previews.length === 0 ? [`source-git PR #${number} has no open preview`] : [],
    };
}
async function closeOne(distGit, ns, repo, pr, source) {
    const base = { branch: pr.targetBranch, url: pr.url };
    const what = `source-git PR ${source.url ? `[#${source.number}](${source.url})` : `#${source.number}`}`;
    if (source.dryRun)
        return { ...base, operation: 'closed', dryRun: true, reason: 'dry run: nothing was closed' };
    try {
        await distGit.comment(ns, repo, pr.number, source.merged
            ? `${what} was merged; this preview is closed. The change reaches dist-git with the next release proposed by srcgit.`
            : `${what} was closed without merging; this preview is closed too.`);
        await distGit.closePullRequest(ns, repo, pr.number);
        return {
            ...base,
            operation: 'closed',
            reason: source.merged ? 'source-git PR merged' : 'source-git PR closed',
        };
    }
    catch (error) {
        return { ...base, operation: 'failed', reason: error.message };
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
