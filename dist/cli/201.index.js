export const id = 201;
export const ids = [201];
export const modules = {

/***/ 24201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SYNC_STATUS_USAGE: () => (/* binding */ SYNC_STATUS_USAGE),
/* harmony export */   syncStatusCommand: () => (/* binding */ syncStatusCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _jobs_sync_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38085);
/* harmony import */ var _jobs_merge_dist_git_pr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55728);
/* harmony import */ var _runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51062);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2508);
/* harmony import */ var _status_sink_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85348);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74317);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81505);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(64259);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(77720);
/* harmony import */ var _dist_git_forge_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(90962);
/**
 * `srcgit sync-status`: the dist-git checks of srcgit's pull requests as commit statuses on
 * the source-git commits they came from, for scheduled pipelines (GitHub Actions or GitLab CI).
 */











const OPTIONS = {
    config: { type: 'string' },
    package: { type: 'string' },
    'dist-git-url': { type: 'string' },
    'dist-git-forge': { type: 'string' },
    'fas-user': { type: 'string' },
    'closed-within-days': { type: 'string' },
    'merge-dist-git-pr': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const SYNC_STATUS_USAGE = `Usage: srcgit sync-status [options] [SOURCE_GIT]

For every dist-git pull request srcgit opened from this source-git repository (open ones,
and those merged or closed within the last days), sets one commit status per CI system that
flagged it (context <branch>/<CI name>: Zuul, rpminspect, ...) and srcgit/<branch> for its
state, on the source-git commit it was made from. A CI system that has not reported on the
current dist-git head yet shows pending; source-git commits the pull request carried before
show superseded. Writes only what differs: a second run changes nothing. Meant for scheduled
pipelines; needs no dist-git write access.

Runs in GitHub Actions (GITHUB_REPOSITORY; token SRCGIT_GITHUB_TOKEN or GITHUB_TOKEN with
statuses: write) or GitLab CI (CI_PROJECT_ID; SRCGIT_GITLAB_TOKEN: a project access token with
the api scope and the Developer role; CI_JOB_TOKEN cannot set statuses).

  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url)
  --dist-git-forge F     auto (default: ask the host, or dist_git_forge), pagure or forgejo
  --fas-user USER        only pull requests by this dist-git user (the bot)
  --closed-within-days N merged and closed pull requests still mirrored (default 14)
  --merge-dist-git-pr    merge srcgit's own release pull requests whose checks all passed on
                         srcgit's commit (never previews, never over a maintainer's push);
                         needs a token with commit access to the package
  --dry-run              with --merge-dist-git-pr: say what would be merged, merge nothing

SRCGIT_DIST_GIT_TOKEN (or SRCGIT_PAGURE_TOKEN) is used when set (reads only). SRCGIT_DOTENV names a dotenv report.

${(0,_options_js__WEBPACK_IMPORTED_MODULE_8__/* .environmentHelp */ .N4)(OPTIONS)}`;
async function syncStatusCommand(argv, io) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommand */ .R)('sync-status', SYNC_STATUS_USAGE, OPTIONS, argv, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, sourceGit, usage } = parsed;
    const days = values['closed-within-days'];
    if (days !== undefined && !/^\d+$/.test(days))
        return usage(`--closed-within-days must be a number of days, not "${days}"`);
    const forgeKind = (0,_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_10__/* .distGitForgeOption */ .H)(values['dist-git-forge']);
    if (typeof forgeKind === 'object')
        return usage(forgeKind.error);
    const env = process.env;
    const token = (0,_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_10__/* .distGitToken */ .m)(env);
    if (typeof token === 'object')
        return usage(token.error);
    try {
        const sink = (0,_status_sink_js__WEBPACK_IMPORTED_MODULE_5__/* .ciStatusSink */ .oP)(env);
        if (!sink)
            return usage('no place for the statuses: run in GitHub Actions (GITHUB_REPOSITORY and GITHUB_TOKEN or SRCGIT_GITHUB_TOKEN) ' +
                'or GitLab CI (CI_PROJECT_ID and SRCGIT_GITLAB_TOKEN)');
        const result = await (0,_jobs_sync_status_js__WEBPACK_IMPORTED_MODULE_1__/* .syncStatus */ .eu)({
            sourceGit,
            configFile: values.config ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            instanceUrl: values['dist-git-url'],
            forgeKind,
            token,
            author: values['fas-user'],
            repositoryUrl: (0,_status_sink_js__WEBPACK_IMPORTED_MODULE_5__/* .ciRepositoryUrl */ .ed)(env),
            closedWithinDays: days === undefined ? undefined : Number(days),
            sink,
            mergeDistGitPr: values['merge-dist-git-pr'] ?? false,
            dryRun: values['dry-run'] ?? false,
        });
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        for (const pr of result.pullRequests)
            io.stdout(`${(0,_jobs_sync_status_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMirrored */ .k$)(pr)}\n`);
        for (const merge of result.merges ?? [])
            io.stdout(`${(0,_jobs_merge_dist_git_pr_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMergeReport */ ._k)(merge)}\n`);
        const failed = [...result.pullRequests.filter((pr) => pr.error), ...(0,_jobs_merge_dist_git_pr_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeFailures */ .ee)(result.merges)];
        (0,_runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_3__/* .writeCiReports */ .zs)(env, (message) => io.stderr(`warning: ${message}\n`), (0,_jobs_sync_status_js__WEBPACK_IMPORTED_MODULE_1__/* .syncStatusOutputs */ .sm)(result));
        return failed.length > 0 ? _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.failure : _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        if ((0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .isUserError */ .i)(error)) {
            io.stderr(`srcgit sync-status: ${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(error.message)}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.failure;
        }
        throw error;
    }
}


/***/ })

};
