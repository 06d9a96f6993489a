export const id = 84;
export const ids = [84];
export const modules = {

/***/ 74084:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SYNC_FROM_DOWNSTREAM_USAGE: () => (/* binding */ SYNC_FROM_DOWNSTREAM_USAGE),
/* harmony export */   ciBaseBranch: () => (/* binding */ ciBaseBranch),
/* harmony export */   formatSyncResult: () => (/* binding */ formatSyncResult),
/* harmony export */   platformFrom: () => (/* binding */ platformFrom),
/* harmony export */   syncFromDownstreamCommand: () => (/* binding */ syncFromDownstreamCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18605);
/* harmony import */ var _jobs_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78329);
/* harmony import */ var _forges_source_git_change_requests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40701);
/* harmony import */ var _jobs_sync_from_downstream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89038);
/* harmony import */ var _jobs_sync_texts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89173);
/* harmony import */ var _runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51062);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2508);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74317);
/* harmony import */ var _dist_git_forge_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(90962);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81505);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(64259);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(77720);
/**
 * `srcgit sync-from-downstream`: bring the commits made by hand in dist-git back to source-git
 * as a pull request (GitHub Actions) or merge request (GitLab CI), from the branch
 * `srcgit/sync-from-<branch>`; meant for scheduled and manual CI runs. Run locally, it only
 * makes that branch in SOURCE_GIT.
 */













const NAME = 'srcgit sync-from-downstream';
const OPTIONS = {
    'dry-run': { type: 'boolean' },
    branch: { type: 'string', multiple: true },
    base: { type: 'string' },
    remote: { type: 'string' },
    platform: { type: 'string' },
    repository: { type: 'string' },
    'dist-git': { type: 'string' },
    'dist-git-url': { type: 'string' },
    'dist-git-forge': { type: 'string' },
    config: { type: 'string' },
    package: { type: 'string' },
    'bodhi-url': { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const SYNC_FROM_DOWNSTREAM_USAGE = `Usage: srcgit sync-from-downstream [options] [SOURCE_GIT]

Brings the commits made by hand in dist-git since the last sync (a maintainer's fix, a mass
rebuild, a new patch) back to source-git: per dist-git branch, update-source-git replays them
onto the base branch as commits on srcgit/sync-from-<branch> (spec and files_to_sync under
.distro/, patches applied to the sources, each with a From-dist-git-commit trailer). Then:
  - GitHub (GITHUB_ACTIONS=true or --platform github): pushes that branch and opens or updates
    the pull request into the base branch;
  - GitLab (GITLAB_CI=true or --platform gitlab): the same as a merge request;
  - otherwise (--platform local): makes the branch in SOURCE_GIT only.
Nothing is pushed or proposed when there is nothing to sync, or when the remote branch and the
request already hold the same commits and text. A dist-git commit that cannot be brought back (a
patch that does not apply) stops that branch's sync; the request says where and why.

  --dry-run              push, propose and keep nothing; report what would be done
  --branch BRANCH        dist-git branch or alias to sync from (repeatable; default: the first
                         dist_git_branches entry, else rawhide)
  --base BRANCH          the source-git branch to propose into (default: GITHUB_REF_NAME of a
                         branch run, CI_COMMIT_BRANCH, else the branch SOURCE_GIT has checked out)
  --remote NAME|URL      where the sync branch is pushed (default: origin)
  --platform P           github, gitlab or local (default: from GITHUB_ACTIONS / GITLAB_CI)
  --repository NAME      GitHub owner/name (default: GITHUB_REPOSITORY) or GitLab project path
                         (default: CI_PROJECT_ID)
  --dist-git DIR|URL     dist-git repository or URL to clone (default: <instance>/<namespace>/<package>.git)
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url, https://src.fedoraproject.org)
  --dist-git-forge F     auto (default: ask the host, or dist_git_forge), pagure or forgejo: for commit links
  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --bodhi-url URL        Bodhi, for branch aliases (default: https://bodhi.fedoraproject.org)
  --force                replace commits someone else pushed to the sync branch

${(0,_options_js__WEBPACK_IMPORTED_MODULE_10__/* .environmentHelp */ .N4)(OPTIONS)}SRCGIT_DOTENV and SRCGIT_SUMMARY name files for a dotenv report and a Markdown summary.

Secrets come from the environment, never from the command line:
  SRCGIT_GITHUB_TOKEN    (else GITHUB_TOKEN) may push and open pull requests: in a workflow
                         \`permissions: contents: write\` and \`pull-requests: write\`
  SRCGIT_GITLAB_TOKEN    project access token with the Developer role and the api scope

Exit codes: 0 done (or nothing to do), 1 a branch failed or stopped before a dist-git commit,
2 the command line is wrong.
`;
/** The branch a CI run is for, when it runs for a branch (push, schedule, workflow_dispatch, web). */
function ciBaseBranch(env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REF?.startsWith('refs/heads/'))
        return env.GITHUB_REF.slice('refs/heads/'.length);
    if ((0,_runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_6__/* .isGitLabCi */ .Op)(env) && env.CI_COMMIT_BRANCH?.trim())
        return env.CI_COMMIT_BRANCH.trim();
    return undefined;
}
/** The platform from --platform or the CI environment; undefined for a local run; a string is a usage error. */
function platformFrom(values, env) {
    const kind = values.platform ?? ((0,_runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_6__/* .isGitLabCi */ .Op)(env) ? 'gitlab' : env.GITHUB_ACTIONS === 'true' ? 'github' : 'local');
    if (kind === 'local')
        return undefined;
    if (kind === 'github') {
        const repository = values.repository ?? env.GITHUB_REPOSITORY;
        if (!repository)
            return '--platform github needs the repository: --repository OWNER/NAME (GITHUB_REPOSITORY in Actions)';
        const own = env.SRCGIT_GITHUB_TOKEN?.trim();
        const token = own || env.GITHUB_TOKEN?.trim() || undefined;
        try {
            return (0,_forges_source_git_change_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .githubPlatform */ .ZC)({
                token,
                repository,
                tokenName: own
                    ? 'SRCGIT_GITHUB_TOKEN'
                    : token
                        ? 'GITHUB_TOKEN'
                        : 'SRCGIT_GITHUB_TOKEN (or GITHUB_TOKEN)',
                env,
                // Tests talk to a local server: no need to stay clear of GitHub's secondary rate limits.
                client: env.SRCGIT_TEST_GITHUB_NO_SPACING === 'true'
                    ? { spaceWrites: false, retryDelayUnitMs: 10 }
                    : undefined,
            });
        }
        catch (error) {
            return error.message;
        }
    }
    if (kind === 'gitlab') {
        if (!env.CI_SERVER_URL?.trim() && !env.CI_API_V4_URL?.trim())
            return '--platform gitlab needs the instance: CI_SERVER_URL (or CI_API_V4_URL), as GitLab CI sets it';
        const project = values.repository ?? (env.CI_PROJECT_ID?.trim() || env.CI_PROJECT_PATH?.trim() || undefined);
        if (!project)
            return '--platform gitlab needs the project: --repository GROUP/NAME (CI_PROJECT_ID in GitLab CI)';
        try {
            return (0,_forges_source_git_change_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .gitlabPlatform */ .Zq)({ token: env.SRCGIT_GITLAB_TOKEN?.trim() || undefined, project, env });
        }
        catch (error) {
            return error.message;
        }
    }
    return `--platform must be github, gitlab or local, not "${kind}"`;
}
async function syncFromDownstreamCommand(argv, io) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommand */ .R)('sync-from-downstream', SYNC_FROM_DOWNSTREAM_USAGE, OPTIONS, argv, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, sourceGit, usage } = parsed;
    const platform = platformFrom(values, process.env);
    if (typeof platform === 'string')
        return usage(platform);
    const forgeKind = (0,_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_12__/* .distGitForgeOption */ .H)(values['dist-git-forge']);
    if (typeof forgeKind === 'object')
        return usage(forgeKind.error);
    const distGit = values['dist-git'];
    const remote = values.remote;
    const dryRun = values['dry-run'] ?? false;
    const report = (outputs, summary) => (0,_runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_6__/* .writeCiReports */ .zs)(process.env, (message) => io.stderr(`warning: ${message}\n`), outputs, summary);
    try {
        const result = await (0,_jobs_sync_from_downstream_js__WEBPACK_IMPORTED_MODULE_4__/* .syncFromDownstream */ .a7)({
            sourceGit,
            base: values.base ?? ciBaseBranch(process.env),
            remote: remote && isLocalPath(remote) ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, remote) : remote,
            distGit: distGit && !(0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isRemoteUrl */ .Km)(distGit) ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, distGit) : distGit,
            instanceUrl: values['dist-git-url'],
            forgeKind,
            branches: values.branch,
            configFile: values.config ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            bodhiUrl: values['bodhi-url'],
            platform,
            dryRun,
            force: values.force ?? false,
        });
        const mode = modeOf(result);
        io.stdout(formatSyncResult(result, mode));
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        for (const s of result.syncs)
            for (const note of s.notes)
                io.stderr(`note: ${s.branch}: ${note}\n`);
        report((0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_2__/* .runOutputs */ .MR)({ outcomes: result.outcomes, version: '' }), (0,_jobs_sync_texts_js__WEBPACK_IMPORTED_MODULE_5__/* .syncSummary */ .wY)(result, mode));
        const stopped = result.syncs.some((s) => s.stopped);
        return (0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_2__/* .runFailed */ .Np)(result.outcomes, values.force ?? false) || stopped ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.failure : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        report((0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_2__/* .failedOutputs */ .KP)(), `## ${NAME} failed\n\n${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)(error.message)}\n`);
        if ((0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .isUserError */ .i)(error)) {
            io.stderr(`${NAME}: ${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)(error.message)}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.failure;
        }
        throw error;
    }
    finally {
        await platform?.close?.();
    }
}
/** A path to a repository (relative ones are relative to the working directory), not a remote name or URL. */
function isLocalPath(remote) {
    return !(0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isRemoteUrl */ .Km)(remote) && !/^[^/]+:/.test(remote) && /[/\\]|^\.\.?$/.test(remote);
}
function modeOf(result) {
    if (result.mode === 'local')
        return result.dryRun ? 'dry run: nothing was kept' : 'local run: branches made in SOURCE_GIT only';
    return result.dryRun
        ? `dry run on ${result.mode === 'github' ? 'GitHub' : 'GitLab'}: nothing was pushed or proposed`
        : '';
}
/** What the run did: per branch the dist-git commits and what became of them, then one line per branch. */
function formatSyncResult(result, mode) {
    const lines = [`Sync from dist-git into ${result.base}${mode ? `, ${mode}` : ''}.`];
    for (const s of result.syncs) {
        lines.push('', `== ${s.branch}: ${s.title || 'nothing brought back'}${s.commits.length ? ` (${s.syncBranch})` : ''}`);
        for (const c of s.commits)
            lines.push(`${c.distGitCommit.slice(0, 12)} -> ${c.kind.padEnd(5)} ${c.subject}`);
        for (const k of s.skipped)
            lines.push(`${k.distGitCommit.slice(0, 12)} skipped: ${k.subject} (${k.reason})`);
        if (s.stopped)
            lines.push(`${s.stopped.distGitCommit.slice(0, 12)} STOPPED: ${s.stopped.subject}${s.stopped.patch ? ` (patch ${s.stopped.patch})` : ''}`, ...s.stopped.reason.split('\n').map((line) => `  ${line}`));
    }
    lines.push('');
    for (const o of result.outcomes)
        lines.push((0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOutcome */ .ke)(o));
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 40701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZC: () => (/* binding */ githubPlatform),
/* harmony export */   Zq: () => (/* binding */ gitlabPlatform)
/* harmony export */ });
/* unused harmony exports githubRequests, gitlabRequests */
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2508);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52472);
/* harmony import */ var _gitlab_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70416);
/**
 * Where a source-git change is proposed: a pull request (GitHub, through Octokit) or a merge
 * request (GitLab, through gitbeaker), behind one small interface, with the token that also
 * authenticates pushes over https.
 */



function githubRequests(client) {
    const of = (p) => ({
        number: p.number,
        url: p.html_url,
        title: p.title,
        body: p.body ?? '',
    });
    return {
        noun: 'pull request',
        findOpen: async (head, base) => {
            const pull = await client.findOpenPull(head, base);
            return pull && of(pull);
        },
        create: async ({ head, base, title, body }) => {
            const { pull, created } = await client.createPull({ head, base, title, body });
            return { request: of(pull), created };
        },
        update: async (number, changes) => of(await client.updatePull(number, changes)),
        comments: async (number) => (await client.listIssueComments(number)).map((c) => ({ body: c.body, url: c.html_url })),
        comment: async (number, body) => ({ url: (await client.createIssueComment(number, body)).html_url }),
    };
}
function gitlabRequests(client) {
    const of = (mr) => ({
        number: mr.iid,
        url: mr.web_url,
        title: mr.title,
        body: mr.description ?? '',
    });
    return {
        noun: 'merge request',
        findOpen: async (head, base) => {
            const mr = await client.findOpenMergeRequest(head, base);
            return mr && of(mr);
        },
        create: async ({ head, base, title, body }) => {
            const { mergeRequest, created } = await client.createMergeRequest({
                source_branch: head,
                target_branch: base,
                title,
                description: body,
                // The branch is srcgit's: once merged it has done its job.
                remove_source_branch: true,
            });
            return { request: of(mergeRequest), created };
        },
        update: async (iid, { title, body }) => of(await client.updateMergeRequest(iid, { title, description: body })),
        comments: async (iid) => (await client.listMergeRequestNotes(iid))
            .filter((note) => !note.system)
            .map((note) => ({ body: note.body, url: noteUrl(client, iid, note.id) })),
        comment: async (iid, body) => ({
            url: noteUrl(client, iid, (await client.createMergeRequestNote(iid, body)).id),
        }),
    };
}
/**
 * Where a note shows: the merge request's page with the note's anchor. Only a project path makes
 * that page's address; a numeric project id (CI_PROJECT_ID) does not, and then there is none.
 */
function noteUrl(client, iid, id) {
    const project = String(client.project);
    if (/^\d+$/.test(project))
        return undefined;
    return `${client.host}/${project.replace(/^\/+|\/+$/g, '')}/-/merge_requests/${iid}#note_${id}`;
}
/** GitHub: the token (contents: write, pull-requests: write), `owner/name`, GITHUB_API_URL. */
function githubPlatform(opts) {
    const tokenName = opts.tokenName ?? 'SRCGIT_GITHUB_TOKEN';
    if (!opts.token)
        return { kind: 'github', tokenName };
    const client = new _github_api_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubRepoClient */ .n({
        token: opts.token,
        repository: opts.repository,
        baseUrl: opts.apiUrl,
        env: opts.env,
        ...opts.client,
    });
    return {
        kind: 'github',
        token: opts.token,
        tokenName,
        requests: githubRequests(client),
        close: () => client.close(),
    };
}
/** GitLab: a project access token (Developer role, api scope), the project (default CI_PROJECT_ID). */
function gitlabPlatform(opts) {
    const tokenName = opts.tokenName ?? 'SRCGIT_GITLAB_TOKEN';
    // GitLab CI's clone URL carries the job token: git's messages must not show it.
    (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)((opts.env ?? process.env).CI_JOB_TOKEN);
    if (!opts.token)
        return { kind: 'gitlab', tokenName };
    const client = new _gitlab_api_js__WEBPACK_IMPORTED_MODULE_2__/* .GitLabProjectClient */ .O({
        token: opts.token,
        project: opts.project,
        env: opts.env,
        ...opts.client,
    });
    return { kind: 'gitlab', token: opts.token, tokenName, requests: gitlabRequests(client) };
}


/***/ }),

/***/ 89038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ checkBranchName),
/* harmony export */   a7: () => (/* binding */ syncFromDownstream),
/* harmony export */   iD: () => (/* binding */ checkedOutBranch)
/* harmony export */ });
/* unused harmony export syncBranchName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74227);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5537);
/* harmony import */ var _forges_bodhi_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84065);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18605);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89224);
/* harmony import */ var _forges_dist_git_select_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1404);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2508);
/* harmony import */ var _source_git_from_dist_git_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(79825);
/* harmony import */ var _propose_downstream_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(79074);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(20572);
/* harmony import */ var _sync_remote_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(30851);
/* harmony import */ var _sync_texts_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(89173);
/* harmony import */ var _update_dist_git_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(48446);
/* harmony import */ var _update_source_git_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(64362);
/**
 * `sync-from-downstream`: the commits people made by hand in dist-git (maintainers fixing a
 * build, proven packagers, release engineering's mass rebuilds) come back to source-git as a
 * pull request (GitHub) or merge request (GitLab), so the next propose-downstream neither
 * refuses nor undoes them.
 *
 * Per dist-git branch: clone dist-git, replay its new commits with update-source-git onto the
 * source-git base branch in a temporary worktree, push the result as `srcgit/sync-from-<branch>`
 * and open or update the request from it. Idempotent: when the remote branch already holds the
 * same commits (same tree, same From-dist-git-commit list) nothing is pushed, and a request with
 * the same title and text is not written to. Nothing half-done: a pushed branch whose request
 * cannot be opened is put back. Without a platform the branch is only made in SOURCE_GIT.
 */
















/** The source-git branch a dist-git branch's commits are proposed from. */
function syncBranchName(branch) {
    return `srcgit/sync-from-${branch}`;
}
/** Temporary refs in SOURCE_GIT (what was fetched), removed at the end. */
const TEMP_REFS = 'refs/srcgit/sync-from-downstream';
async function syncFromDownstream(options) {
    const source = new _git_git_js__WEBPACK_IMPORTED_MODULE_5__/* .Git */ .TU(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(options.sourceGit));
    if (!(await source.isRepository()))
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_14__/* .JobError */ .CR(`source-git ${source.dir} is not a git repository`);
    const base = options.base ?? (await checkedOutBranch(source));
    checkBranchName(base, '--base');
    const platform = options.platform;
    if (platform && !platform.requests && !options.dryRun)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_14__/* .JobError */ .CR(`${platform.tokenName} is empty: ${platform.kind === 'github' ? _sync_remote_js__WEBPACK_IMPORTED_MODULE_12__/* .GITHUB_TOKEN_HOW */ .Zu : _sync_remote_js__WEBPACK_IMPORTED_MODULE_12__/* .GITLAB_TOKEN_HOW */ .r7}; or use a dry run`);
    const remote = platform ? await (0,_sync_remote_js__WEBPACK_IMPORTED_MODULE_12__/* .resolveRemote */ .Lb)(source, options.remote ?? 'origin', platform) : undefined;
    const notes = [];
    const cleanup = [];
    try {
        cleanup.push(async () => {
            const refs = await source.output(['for-each-ref', '--format=%(refname)', `${TEMP_REFS}/`]);
            for (const ref of refs.split('\n').filter(Boolean))
                await source.run(['update-ref', '-d', ref], { allowFailure: true });
        });
        const baseCommit = remote
            ? await (0,_sync_remote_js__WEBPACK_IMPORTED_MODULE_12__/* .fetchBase */ .cu)(source, remote, base, `${TEMP_REFS}/base`)
            : await (0,_sync_remote_js__WEBPACK_IMPORTED_MODULE_12__/* .localBase */ .tE)(source, base);
        // One worktree for the run, reset to the base for each branch. Named like SOURCE_GIT (messages
        // name it); the configuration takes the repository's name from SOURCE_GIT itself.
        const holder = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .makeTempDir */ .mk)('srcgit-sync-');
        const tree = node_path__WEBPACK_IMPORTED_MODULE_2__.join(holder, node_path__WEBPACK_IMPORTED_MODULE_2__.basename(source.dir));
        await source.run(['worktree', 'add', '-q', '--detach', tree, baseCommit]);
        cleanup.push(async () => {
            await source.run(['worktree', 'remove', '--force', tree], { allowFailure: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(holder, { recursive: true, force: true });
            await source.run(['worktree', 'prune'], { allowFailure: true });
        });
        const configFile = options.configFile
            ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(tree, node_path__WEBPACK_IMPORTED_MODULE_2__.relative(source.dir, node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(source.dir, options.configFile)))
            : undefined;
        const config = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(tree, { configFile, repoName: await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(source.dir) });
        const chosen = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .singleJobView */ .F_)(config, _config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SYNC_FROM_DOWNSTREAM */ .g3, options.packageName, 'sync-from-downstream');
        notes.push(...chosen.notes);
        const { pkg } = chosen.view;
        const instanceUrl = (options.instanceUrl ?? pkg.dist_git_base_url).replace(/\/+$/, '');
        let client;
        const http = () => (client ??= options.http ?? new _http_client_js__WEBPACK_IMPORTED_MODULE_6__/* .HttpClient */ .Q());
        const branches = await defaultBranches(pkg, options.branches, http, options.bodhiUrl, notes);
        const distLocation = options.distGit ?? `${instanceUrl}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}.git`;
        const dist = await (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_10__/* .distGitWorkTree */ .Wx)(options.distGit, instanceUrl, pkg);
        if ((0,_git_git_js__WEBPACK_IMPORTED_MODULE_5__/* .isRemoteUrl */ .Km)(distLocation))
            cleanup.push(async () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dist.dir, { recursive: true, force: true }));
        const run = {
            options,
            view: chosen.view,
            pkg,
            source,
            tree,
            configFile,
            base,
            baseCommit,
            dist,
            distLabel: (0,_sync_remote_js__WEBPACK_IMPORTED_MODULE_12__/* .redactUrl */ .BO)(distLocation),
            webUrl: `${instanceUrl}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}`,
            commitUrl: await commitLinks(options, pkg, instanceUrl, http),
            remote,
            platform,
        };
        const syncs = [];
        const outcomes = [];
        for (const branch of branches) {
            try {
                const done = await syncBranch(run, branch);
                if (done.sync)
                    syncs.push(done.sync);
                outcomes.push(done.outcome);
            }
            catch (error) {
                // One branch failing does not stop the others.
                outcomes.push({
                    branch,
                    operation: 'failed',
                    reason: (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(cleanText(run, error.message)),
                });
            }
        }
        return {
            base,
            mode: platform?.kind ?? 'local',
            dryRun: options.dryRun ?? false,
            syncs,
            outcomes: (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_10__/* .sortLike */ .qz)(branches, outcomes),
            notes,
        };
    }
    finally {
        for (const step of cleanup.reverse())
            await step().catch(() => undefined);
    }
}
/** The dist-git branches: requested ones; else the first configured entry (one branch), else rawhide. */
async function defaultBranches(pkg, requested, http, bodhiUrl, notes) {
    const url = bodhiUrl ?? _forges_bodhi_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_BODHI_URL */ .Xr;
    if (requested && requested.length > 0)
        return (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_10__/* .branchesFor */ .I7)(pkg, requested, http, url);
    const first = pkg.dist_git_branches[0] ?? 'rawhide';
    const resolved = await (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_10__/* .branchesFor */ .I7)(pkg, [first], http, url);
    if (resolved.length <= 1)
        return resolved;
    // One source-git base branch follows one dist-git branch; the others get their changes from it.
    const chosen = resolved.includes('rawhide') ? 'rawhide' : resolved[resolved.length - 1];
    notes.push(`dist_git_branches starts with ${first} (${resolved.join(', ')}); syncing from ${chosen} only: ` +
        'give the dist-git branch(es) to sync from explicitly to choose others');
    return [chosen];
}
async function syncBranch(run, branch) {
    const { source, dist } = run;
    checkBranchName(branch, 'the dist-git branch');
    const syncBranch = syncBranchName(branch);
    const distRef = (await dist.tryRevParse(`refs/heads/${branch}`)) ??
        (await dist.tryRevParse(`refs/remotes/origin/${branch}`));
    if (!distRef)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_14__/* .JobError */ .CR(`dist-git ${run.distLabel} has no branch "${branch}"`);
    // What the remote has, read before anything is made.
    const remoteBranch = run.remote ? await readRemoteBranch(run, syncBranch) : undefined;
    const holder = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .makeTempDir */ .mk)('srcgit-sync-dist-git-');
    const distTree = node_path__WEBPACK_IMPORTED_MODULE_2__.join(holder, run.pkg.downstream_package_name);
    const work = source.at(run.tree);
    await work.run(['reset', '-q', '--hard', run.baseCommit]);
    await dist.run(['worktree', 'add', '-q', '--detach', distTree, distRef]);
    let result;
    try {
        result = await (0,_update_source_git_js__WEBPACK_IMPORTED_MODULE_15__/* .updateSourceGit */ .b)({
            distGit: distTree,
            sourceGit: run.tree,
            configFile: run.configFile,
            view: run.view,
        });
    }
    catch (error) {
        // Messages name the dist-git clone by where it came from, not by its temporary worktree.
        if (error instanceof Error)
            error.message = error.message.split(distTree).join(`${run.distLabel} (${branch})`);
        throw error;
    }
    finally {
        await dist.run(['worktree', 'remove', '--force', distTree], { allowFailure: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(holder, { recursive: true, force: true });
    }
    const clean = (text) => cleanText(run, text.split(distTree).join(`${run.distLabel} (${branch})`));
    const stopped = result.stopped && { ...result.stopped, reason: clean(result.stopped.reason) };
    const skipped = result.skipped.map((s) => ({ ...s, reason: clean(s.reason) }));
    const notes = result.notes.map(clean);
    if (result.commits.length === 0) {
        if (stopped)
            return {
                outcome: { branch, operation: 'failed', reason: `nothing brought back: ${(0,_sync_texts_js__WEBPACK_IMPORTED_MODULE_13__/* .stopReport */ .ri)(stopped)}` },
                sync: {
                    branch,
                    syncBranch,
                    commits: [],
                    skipped,
                    stopped,
                    distGitCommits: await commitInfos(run, [
                        stopped.distGitCommit,
                        ...skipped.map((s) => s.distGitCommit),
                    ]),
                    title: '',
                    body: '',
                    notes,
                },
            };
        const nothing = skipped.length
            ? `nothing to sync (${skipped.length} dist-git commit(s) with nothing to bring back)`
            : 'nothing to sync';
        return { outcome: { branch, operation: 'unchanged', reason: nothing } };
    }
    const infos = await commitInfos(run, [
        ...result.commits.map((c) => c.distGitCommit),
        ...skipped.map((s) => s.distGitCommit),
        ...(stopped ? [stopped.distGitCommit] : []),
    ]);
    const noun = run.platform?.requests?.noun ?? (run.platform?.kind === 'gitlab' ? 'merge request' : 'pull request');
    const brought = new Set(result.commits.map((c) => c.distGitCommit)).size;
    const sync = {
        branch,
        syncBranch,
        commits: result.commits,
        skipped,
        stopped,
        distGitCommits: infos,
        title: (0,_sync_texts_js__WEBPACK_IMPORTED_MODULE_13__/* .syncTitle */ .Os)(branch, brought),
        body: (0,_sync_texts_js__WEBPACK_IMPORTED_MODULE_13__/* .syncDescription */ ._y)({
            branch,
            base: run.base,
            webUrl: run.webUrl,
            project: `${run.pkg.dist_git_namespace}/${run.pkg.downstream_package_name}`,
            commits: result.commits,
            skipped,
            stopped,
            infos,
            notes,
            noun,
            platform: run.platform?.kind,
        }),
        head: result.head,
        notes,
    };
    const summary = `${brought} dist-git commit(s) brought back${stopped ? `; ${(0,_sync_texts_js__WEBPACK_IMPORTED_MODULE_13__/* .stopReport */ .ri)(stopped, true)}` : ''}`;
    const outcome = run.remote
        ? await publish(run, sync, remoteBranch, summary)
        : await keepLocally(run, sync, summary);
    return { outcome, sync };
}
/**
 * How commits of the package link on its forge. Asked (config, else a probe) only when dist-git
 * is cloned from the instance: a local dist-git keeps Pagure's form and needs no request.
 */
async function commitLinks(options, pkg, instanceUrl, http) {
    const ns = pkg.dist_git_namespace;
    const repo = pkg.downstream_package_name;
    const fromInstance = options.distGit === undefined || options.distGit.startsWith(`${instanceUrl}/`);
    if (!fromInstance || !/^https?:\/\//.test(instanceUrl))
        return (sha) => `${instanceUrl}/${ns}/${repo}/c/${sha}`;
    const distGit = await (0,_forges_dist_git_select_js__WEBPACK_IMPORTED_MODULE_7__/* .openDistGitForge */ .U)({
        instanceUrl,
        http: http(),
        choice: options.forgeKind ?? pkg.dist_git_forge,
    });
    return (sha) => distGit.commitUrl(ns, repo, sha);
}
/** Subject, author and link of each dist-git commit. */
async function commitInfos(run, shas) {
    const infos = {};
    for (const sha of new Set(shas)) {
        const [subject, author] = (await run.dist.output(['log', '-1', '--format=%s%x1f%an', sha, '--'])).split('\x1f');
        infos[sha] = { sha, subject, author, url: run.commitUrl(sha) };
    }
    return infos;
}
/** Paths of the temporary worktree never reach a request text or a report. */
function cleanText(run, text) {
    return text.split(`${run.tree}/`).join('').split(run.tree).join('source-git');
}
// ---- local run ----------------------------------------------------------------------------
async function keepLocally(run, sync, summary) {
    const { source, options } = run;
    const { branch, syncBranch } = sync;
    const ref = `refs/heads/${syncBranch}`;
    const existing = await source.tryRevParse(ref);
    if (existing && (await sameSync(source, existing, sync.head, run.baseCommit)))
        return {
            branch,
            operation: 'unchanged',
            reason: `${syncBranch} in ${source.dir} already has these commits`,
        };
    if (options.dryRun)
        return {
            branch,
            operation: existing ? 'updated' : 'created',
            dryRun: true,
            reason: `dry run: ${summary}; nothing was kept`,
        };
    const current = (await source.run(['symbolic-ref', '-q', 'HEAD'], { allowFailure: true })).stdout.trim();
    if (current === ref)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_14__/* .JobError */ .CR(`${syncBranch} is checked out in ${source.dir}; check out another branch and run again`);
    await source.run(['update-ref', ref, sync.head, existing ?? '']);
    return {
        branch,
        operation: existing ? 'updated' : 'created',
        reason: `local branch ${syncBranch} on ${run.base} (${summary}); push it and propose it into ${run.base}`,
    };
}
/** Same tree, and the same dist-git commits brought back since the base. */
async function sameSync(git, a, b, base) {
    const tree = (rev) => git.output(['rev-parse', `${rev}^{tree}`]);
    const [ta, tb, la, lb] = await Promise.all([
        tree(a),
        tree(b),
        trailerList(git, base, a),
        trailerList(git, base, b),
    ]);
    return ta === tb && la === lb;
}
async function trailerList(git, base, tip) {
    return git.output([
        'log',
        '--reverse',
        `--format=%(trailers:key=${_source_git_from_dist_git_js__WEBPACK_IMPORTED_MODULE_9__/* .FROM_DIST_GIT_TRAILER */ .TZ},valueonly,separator=%x2c)`,
        `${base}..${tip}`,
        '--',
    ]);
}
async function readRemoteBranch(run, syncBranch) {
    const remote = run.remote;
    const sha = await (0,_sync_remote_js__WEBPACK_IMPORTED_MODULE_12__/* .lsRemote */ ._H)(run.source, remote, syncBranch);
    if (!sha)
        return {};
    const ref = `${TEMP_REFS}/remote/${syncBranch}`;
    await (0,_sync_remote_js__WEBPACK_IMPORTED_MODULE_12__/* .runRemote */ .Q5)(run.source, remote, ['fetch', '-q', '--no-tags', remote.url, `+refs/heads/${syncBranch}:${ref}`], { action: 'read', branch: syncBranch });
    return { sha, ref };
}
/** Pushes the sync branch (unless the remote has the same) and opens or updates its request. */
async function publish(run, sync, remoteBranch, summary) {
    const { source, options } = run;
    const remote = run.remote;
    const requests = run.platform?.requests;
    const { branch, syncBranch } = sync;
    const head = sync.head;
    let same = false;
    if (remoteBranch?.ref) {
        // Commits without the trailer are someone's own work on the branch: not srcgit's to replace.
        const foreign = (await source.output([
            'log',
            `--format=%an%x1f%(trailers:key=${_source_git_from_dist_git_js__WEBPACK_IMPORTED_MODULE_9__/* .FROM_DIST_GIT_TRAILER */ .TZ},valueonly)%x1e`,
            `${run.baseCommit}..${remoteBranch.ref}`,
            '--',
        ]))
            .split('\x1e')
            .map((entry) => entry.trim().split('\x1f'))
            .find(([author, trailer]) => author && !trailer?.trim());
        if (foreign && !options.force)
            return {
                branch,
                operation: 'skipped',
                reason: `branch modified by ${foreign[0]}: ${syncBranch} on ${remote.label} has commits srcgit did not make; ` +
                    'merge or close its request, or rerun with force to replace them',
            };
        same = await sameSync(source, remoteBranch.ref, head, run.baseCommit);
    }
    const existing = requests ? await requests.findOpen(syncBranch, run.base) : undefined;
    const needsText = existing !== undefined &&
        (existing.title !== sync.title || (0,_publish_js__WEBPACK_IMPORTED_MODULE_11__/* .normalizeText */ .fQ)(existing.body) !== (0,_publish_js__WEBPACK_IMPORTED_MODULE_11__/* .normalizeText */ .fQ)(sync.body));
    if (same && existing && !needsText)
        return { branch, operation: 'unchanged', url: existing.url, reason: summary };
    if (options.dryRun)
        return {
            branch,
            operation: existing ? 'updated' : 'created',
            dryRun: true,
            url: existing?.url,
            reason: `dry run: ${summary}; nothing was pushed or proposed${requests ? '' : ` (without ${remote.platform.tokenName}, the open request was not looked up)`}`,
        };
    if (!requests)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_14__/* .JobError */ .CR(`${remote.platform.tokenName} is empty`);
    const request = await (0,_sync_remote_js__WEBPACK_IMPORTED_MODULE_12__/* .pushWithRollback */ .B8)(source, remote, { branch: syncBranch, head, remoteSha: remoteBranch?.sha, push: !same }, async () => existing
        ? needsText
            ? await requests.update(existing.number, { title: sync.title, body: sync.body })
            : existing
        : (await requests.create({ head: syncBranch, base: run.base, title: sync.title, body: sync.body }))
            .request);
    return { branch, operation: existing ? 'updated' : 'created', url: request.url, reason: summary };
}
// ---- small helpers ------------------------------------------------------------------------
async function checkedOutBranch(source) {
    const branch = (await source.run(['symbolic-ref', '-q', '--short', 'HEAD'], { allowFailure: true })).stdout.trim();
    if (!branch)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_14__/* .JobError */ .CR(`source-git ${source.dir} has no branch checked out (detached HEAD); give the branch to propose into with --base`);
    return branch;
}
/** Names srcgit puts in refs and command lines are plain. */
function checkBranchName(name, what) {
    if (!(0,_git_git_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainBranchName */ .aQ)(name))
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_14__/* .JobError */ .CR(`${what} "${name}" is not a branch name srcgit accepts`);
}


/***/ }),

/***/ 30851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ pushWithRollback),
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Lb: () => (/* binding */ resolveRemote),
/* harmony export */   Q5: () => (/* binding */ runRemote),
/* harmony export */   Zu: () => (/* binding */ GITHUB_TOKEN_HOW),
/* harmony export */   _H: () => (/* binding */ lsRemote),
/* harmony export */   cu: () => (/* binding */ fetchBase),
/* harmony export */   r7: () => (/* binding */ GITLAB_TOKEN_HOW),
/* harmony export */   tE: () => (/* binding */ localBase)
/* harmony export */ });
/* unused harmony exports httpCredentials, explainRemoteFailure */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18605);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2508);
/* harmony import */ var _update_dist_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48446);
/**
 * The source-git remote the sync branch goes to: its URL and name for messages, the token sent
 * as command-scoped git config (never in argv, remotes on disk or messages), reads and pushes,
 * and an actionable message when the remote refuses one.
 */




async function resolveRemote(source, remote, platform) {
    let url = remote;
    const isPath = node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(remote) || remote.startsWith('.');
    if (!(0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isRemoteUrl */ .Km)(remote) && !isPath) {
        const got = await source.run(['remote', 'get-url', '--push', remote], { allowFailure: true });
        if (got.code !== 0)
            throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_3__/* .JobError */ .CR(`source-git ${source.dir} has no remote "${remote}"; give the remote to push the sync branch to (--remote NAME|URL)`);
        url = got.stdout.trim();
    }
    if (!(0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isRemoteUrl */ .Km)(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url))
        url = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(source.dir, url);
    const credentials = httpCredentials(url, platform);
    return { url: credentials?.url ?? url, label: redactUrl(url), env: credentials?.env ?? {}, platform };
}
/**
 * For an http(s) remote and a token: the URL without user info and command-scoped git config
 * (GIT_CONFIG_COUNT/KEY/VALUE, like `-c` without showing in argv or on disk) that first clears
 * any extraheader inherited for the URL (actions/checkout persists one) and then sends the token.
 */
function httpCredentials(url, platform, env = process.env) {
    const token = platform.token?.trim();
    if (!token || !/^https?:\/\//i.test(url))
        return undefined;
    const parsed = new URL(url);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol === 'http:' && !loopback)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_3__/* .JobError */ .CR(`the source-git remote ${redactUrl(url)} is plain http: ${platform.tokenName} is not sent over it; use its https URL (--remote)`);
    parsed.username = '';
    parsed.password = '';
    const clean = parsed.toString();
    const user = platform.kind === 'github' ? 'x-access-token' : 'oauth2';
    const credential = Buffer.from(`${user}:${token}`).toString('base64');
    (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(token);
    (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(credential);
    const index = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10) || 0;
    const key = `http.${clean}.extraheader`;
    return {
        url: clean,
        env: {
            GIT_CONFIG_COUNT: String(index + 2),
            [`GIT_CONFIG_KEY_${index}`]: key,
            [`GIT_CONFIG_VALUE_${index}`]: '',
            [`GIT_CONFIG_KEY_${index + 1}`]: key,
            [`GIT_CONFIG_VALUE_${index + 1}`]: `AUTHORIZATION: basic ${credential}`,
        },
    };
}
/** A URL for messages: no user info (GitLab CI's clone URL carries the job token in it). */
function redactUrl(url) {
    return (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1'));
}
async function runRemote(source, remote, args, what) {
    const result = await source.run(args, { env: remote.env, allowFailure: true });
    if (result.code === 0)
        return result.stdout;
    throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_3__/* .JobError */ .CR(explainRemoteFailure(`${result.stderr}\n${result.stdout}`, remote, what));
}
/** An actionable message for a failed fetch, ls-remote or push to the source-git remote. */
function explainRemoteFailure(output, remote, what) {
    const text = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(output);
    const { kind, tokenName } = remote.platform;
    const doing = what.action === 'push'
        ? `Pushing ${what.branch} to ${remote.label}`
        : `Reading ${what.branch} from ${remote.label}`;
    const pushRights = kind === 'github'
        ? `${tokenName} must be allowed to push: give the workflow job \`permissions: contents: write\` ` +
            '(a personal access token needs "Contents: write", or the repo scope)'
        : `${tokenName} must be allowed to push: a project access token with the Developer role and the api ` +
            '(or write_repository) scope; a protected-branch rule matching srcgit/* needs Maintainer';
    let reason;
    if (/\(stale info\)|\(fetch first\)|\(non-fast-forward\)/.test(text))
        reason = `${what.branch} changed on the remote since it was read; srcgit did not overwrite it. Run again.`;
    else if (/returned error: 403|Permission to .* denied|denied to|not allowed to push|pre-receive hook declined|protected branch|insufficient_scope/i.test(text))
        reason = `the remote refused it: ${pushRights}.`;
    else if (/returned error: 401|Authentication failed|could not read (Username|Password)|HTTP Basic: Access denied/i.test(text))
        reason = remote.platform.token
            ? `the remote refused ${tokenName} (wrong, revoked or expired): ${pushRights}.`
            : `the remote asks for credentials: set ${tokenName} (${kind === 'github' ? GITHUB_TOKEN_HOW : GITLAB_TOKEN_HOW}).`;
    else if (/returned error: 404|repository '.*' not found|does not appear to be a git repository|not found/i.test(text))
        reason = `the repository does not exist, or ${tokenName} cannot see it; check --remote.`;
    else if (/Could not resolve host|Connection refused|Connection timed out|Failed to connect/i.test(text))
        reason = 'the remote could not be reached from here (DNS, firewall or proxy).';
    else
        reason = 'see the git output below.';
    const details = text
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line && !/^hint:/.test(line))
        .slice(-10)
        .map((line) => `  ${line}`)
        .join('\n');
    return `${doing} failed: ${reason}${details ? `\ngit said:\n${details}` : ''}`;
}
const GITHUB_TOKEN_HOW = 'pass a token that may push and open pull requests (in a workflow: `permissions: contents: write` and ' +
    '`pull-requests: write` for GITHUB_TOKEN, or a personal access token with "Contents: write" and "Pull requests: write")';
const GITLAB_TOKEN_HOW = 'create a project access token with the Developer role and the api scope (Settings > Access tokens) and store it ' +
    'as the masked CI/CD variable SRCGIT_GITLAB_TOKEN';
/** The remote base branch, fetched: the sync starts where the request will be merged. */
async function fetchBase(source, remote, base, into) {
    const sha = await lsRemote(source, remote, base);
    if (!sha)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_3__/* .JobError */ .CR(`the base branch "${base}" is not on ${remote.label}; give the branch the ${remote.platform.kind === 'gitlab' ? 'merge' : 'pull'} request goes into with --base`);
    await runRemote(source, remote, ['fetch', '-q', '--no-tags', remote.url, `+refs/heads/${base}:${into}`], {
        action: 'read',
        branch: base,
    });
    return (await source.tryRevParse(into));
}
async function localBase(source, base) {
    const sha = (await source.tryRevParse(`refs/heads/${base}`)) ??
        (await source.tryRevParse(`refs/remotes/origin/${base}`));
    if (!sha)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_3__/* .JobError */ .CR(`source-git ${source.dir} has no branch "${base}"; give the base branch with --base`);
    return sha;
}
async function lsRemote(source, remote, branch) {
    const ref = `refs/heads/${branch}`;
    const out = await runRemote(source, remote, ['ls-remote', '--refs', remote.url, ref], {
        action: 'read',
        branch,
    });
    return out
        .split('\n')
        .map((line) => line.split('\t'))
        .find(([, name]) => name === ref)?.[0];
}
/**
 * Pushes `head` to `branch` (leased on what the remote had; skipped when `push` is false), then
 * opens or updates its request with `propose`. No pushed branch without its request: when
 * `propose` throws, the remote branch goes back to what it was.
 */
async function pushWithRollback(source, remote, target, propose) {
    const ref = `refs/heads/${target.branch}`;
    if (target.push)
        await runRemote(source, remote, [
            'push',
            '--porcelain',
            `--force-with-lease=${ref}:${target.remoteSha ?? ''}`,
            remote.url,
            `${target.head}:${ref}`,
        ], { action: 'push', branch: target.branch });
    try {
        return await propose();
    }
    catch (error) {
        if (target.push) {
            const back = target.remoteSha ? `${target.remoteSha}:${ref}` : `:${ref}`;
            await source.run(['push', '-q', `--force-with-lease=${ref}:${target.head}`, remote.url, back], {
                env: remote.env,
                allowFailure: true,
            });
        }
        throw error;
    }
}


/***/ }),

/***/ 89173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Os: () => (/* binding */ syncTitle),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   _y: () => (/* binding */ syncDescription),
/* harmony export */   ri: () => (/* binding */ stopReport),
/* harmony export */   wY: () => (/* binding */ syncSummary)
/* harmony export */ });
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78329);
/* harmony import */ var _source_git_from_dist_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79825);
/**
 * The texts of sync-from-downstream: the request title and description (made from the dist-git
 * side only, so the same commits give the same text on every run) and the CI job summary.
 */


function syncTitle(branch, commits) {
    return `Sync from dist-git ${branch}: ${commits} commit${commits === 1 ? '' : 's'}`;
}
/** One line on where a sync stopped. */
function stopReport(stopped, short = false) {
    const where = `stopped before dist-git commit ${stopped.distGitCommit.slice(0, 12)} ("${stopped.subject}")${stopped.patch ? ` at patch ${stopped.patch}` : ''}`;
    return short ? `${where}, see the report` : `${where}: ${stopped.reason}`;
}
/** GitHub refuses bodies over 65536 characters; the commit table is cut before that. */
const MAX_ROWS = 200;
/**
 * The request text: the dist-git commits brought back (link, subject, author, what they became),
 * where the sync stopped and why (prominently), what had nothing to bring back, and how to merge.
 * Made only from the dist-git side, so the same commits give the same text on every run.
 */
function syncDescription(input) {
    const { branch, infos } = input;
    const link = (sha) => `[\`${sha.slice(0, 12)}\`](${infos[sha]?.url ?? `${input.webUrl}/c/${sha}`})`;
    const lines = [
        `Commits made by hand in dist-git [${input.project}](${input.webUrl}) \`${branch}\` since the last sync, brought ` +
            `back into source-git so that the next propose-downstream neither refuses nor undoes them. Each commit keeps its ` +
            `author and message and names its dist-git commit in a \`${_source_git_from_dist_git_js__WEBPACK_IMPORTED_MODULE_1__/* .FROM_DIST_GIT_TRAILER */ .TZ}:\` trailer.`,
        '',
    ];
    if (input.stopped)
        lines.push(...stopBlock(input.stopped, link, input.noun, input.base), '');
    const groups = new Map();
    for (const c of input.commits)
        groups.set(c.distGitCommit, [...(groups.get(c.distGitCommit) ?? []), c]);
    lines.push('| dist-git commit | subject | author | brought back as |', '| --- | --- | --- | --- |');
    const rows = [...groups.entries()];
    for (const [sha, made] of rows.slice(0, MAX_ROWS)) {
        const info = infos[sha];
        lines.push(`| ${link(sha)} | ${cell(info?.subject ?? made[0].subject)} | ${cell(info?.author ?? '')} | ${cell(madeAs(made))} |`);
    }
    if (rows.length > MAX_ROWS)
        lines.push(`| … | ${rows.length - MAX_ROWS} more | | |`);
    if (input.skipped.length > 0) {
        lines.push('', 'Nothing to bring back from:');
        for (const s of input.skipped.slice(0, MAX_ROWS))
            lines.push(`- ${link(s.distGitCommit)} ${escapeInline(s.subject)}: ${escapeInline(s.reason)}`);
    }
    const notes = [...new Set(input.notes)];
    if (notes.length > 0) {
        lines.push('', 'Notes:');
        for (const note of notes.slice(0, MAX_ROWS))
            lines.push(`- ${escapeInline(note)}`);
    }
    const how = input.platform === 'gitlab'
        ? 'with a fast-forward merge or a merge commit, without squashing'
        : 'with **Rebase and merge**';
    lines.push('', `Merge this ${input.noun} ${how}: every commit must reach \`${input.base}\` as it is, with its trailers, ` +
        'or the patch commits lose their Patch-name and the next sync brings the dist-git commits back again.', '', `<sub>Made by srcgit sync-from-downstream from dist-git \`${branch}\`; later runs update this ${input.noun} ` +
        `when dist-git gets more commits.</sub>`);
    return lines.join('\n') + '\n';
}
function stopBlock(stopped, link, noun, base) {
    const fence = '`'.repeat(Math.max(3, ...[...stopped.reason.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    // Every later run replays dist-git from the same place, so the commit must be marked as brought
    // back in source-git; doing that before this request is merged would skip the commits in it.
    const trailer = `\`${_source_git_from_dist_git_js__WEBPACK_IMPORTED_MODULE_1__/* .FROM_DIST_GIT_TRAILER */ .TZ}: ${stopped.distGitCommit}\``;
    const fix = stopped.manual
        ? `Merge this ${noun} first, then take the manual step the message describes; the next run continues after it.`
        : stopped.patch
            ? `Merge this ${noun} first. Then bring that dist-git commit over by hand on \`${base}\`: make the change of ` +
                `\`${stopped.patch}\` to the sources (and the rest of the commit's change to the spec) in a commit with the ` +
                `trailers \`Patch-name: ${stopped.patch}\` and ${trailer}; the next run continues after it.`
            : `Merge this ${noun} first. Then bring that dist-git commit over by hand on \`${base}\` in a commit with the ` +
                `trailer ${trailer}; the next run continues after it.`;
    return [
        '> [!WARNING]',
        `> **The sync stopped before dist-git commit ${link(stopped.distGitCommit)} (${escapeInline(stopped.subject)})` +
            `${stopped.patch ? `, at patch \`${stopped.patch}\`` : ''}.** The dist-git commits from there on are not in this ${noun}.`,
        '>',
        `> ${fence}text`,
        ...stopped.reason.split('\n').map((line) => `> ${line}`),
        `> ${fence}`,
        '>',
        `> ${fix}`,
    ];
}
function madeAs(made) {
    return made
        .map((c) => c.kind === 'patch'
        ? `patch \`${c.patch}\` applied to the sources`
        : c.kind === 'files'
            ? 'spec and files in `.distro/`'
            : 'spec change')
        .filter((text, i, all) => all.indexOf(text) === i)
        .join('; ');
}
function cell(text) {
    return escapeInline(text).replace(/\|/g, '\\|');
}
/** One line, and no accidental HTML or mentions. */
function escapeInline(text) {
    return text
        .replace(/\r?\n+/g, ' ')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(\w)/g, '@\u200b$1');
}
/** The job summary (Markdown) for CI: one row per branch, then each request's text. */
function syncSummary(result, mode) {
    const lines = [
        `## srcgit sync-from-downstream into ${result.base}${mode ? `, ${mode}` : ''}`,
        '',
        '| dist-git branch | operation | request | reason |',
        '| --- | --- | --- | --- |',
    ];
    for (const o of result.outcomes)
        lines.push(`| ${cell(o.branch)} | ${(0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .operationText */ .xS)(o)} | ${o.url ? `[${o.url}](${o.url})` : ''} | ${cell(o.reason ?? '')} |`);
    for (const s of result.syncs)
        if (s.body)
            lines.push('', `### ${s.branch}: ${s.title}`, '', s.body.trimEnd());
    return lines.join('\n') + '\n';
}


/***/ })

};
