export const id = 627;
export const ids = [627];
export const modules = {

/***/ 49865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PREVIEW_USAGE: () => (/* binding */ PREVIEW_USAGE),
/* harmony export */   previewCommand: () => (/* binding */ previewCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18605);
/* harmony import */ var _jobs_preview_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4103);
/* harmony import */ var _jobs_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78329);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2508);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74317);
/* harmony import */ var _propose_downstream_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32744);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64259);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81505);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(77720);
/* harmony import */ var _runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(51062);
/**
 * `srcgit preview-pull-request`: the dist-git preview of a source-git pull request (what the
 * action does on `pull_request` events), by hand or from another CI system. In a GitLab
 * merge-request pipeline the pull request is the pipeline's merge request.
 */











const OPTIONS = {
    ..._propose_downstream_js__WEBPACK_IMPORTED_MODULE_6__.PROPOSING_OPTIONS,
    number: { type: 'string' },
    head: { type: 'string' },
    title: { type: 'string' },
    url: { type: 'string' },
    close: { type: 'boolean' },
    merged: { type: 'boolean' },
};
const PREVIEW_USAGE = `Usage: srcgit preview-pull-request --number N --head SHA [options] [SOURCE_GIT]
       srcgit preview-pull-request --number N --close [--merged] [options] [SOURCE_GIT]

Makes or updates the dist-git preview of source-git pull request N: per dist-git branch, the
content update-dist-git makes from the pull request's head commit (spec, patches,
files_to_sync; no version bump), committed on <branch>-srcgit-pr-<N>. With a dist-git token
(SRCGIT_DIST_GIT_TOKEN, or SRCGIT_PAGURE_TOKEN) it is pushed to the bot's fork and proposed as a pull request titled
"Preview of source-git PR #N: ...". With --close, the open previews of N are closed.

  --number N             the source-git pull request (GitLab: CI_MERGE_REQUEST_IID)
  --head SHA             its head commit (GitLab: CI_MERGE_REQUEST_SOURCE_BRANCH_SHA, else CI_COMMIT_SHA)
  --title TEXT           its title (GitLab: CI_MERGE_REQUEST_TITLE)
  --url URL              its web page (GitLab: CI_MERGE_REQUEST_PROJECT_URL/-/merge_requests/N)
  --close                close the previews instead (the pull request was closed)
  --merged               with --close: it was merged (the comment says so)
  --dry-run              push and propose nothing (without a token, everything stays local)
  --branch BRANCH        dist-git branch or alias (repeatable; default: dist_git_branches, else rawhide)
  --dist-git DIR|URL     dist-git work tree or URL to clone
  --config FILE, --package NAME, --author 'NAME <EMAIL>', --force, --dist-git-url URL,
  --dist-git-forge F, --lookaside-url URL, --bodhi-url URL, --push-protocol P, --ssh-host HOST[:PORT],
  --fas-user USER, --krb5-conf FILE
                         as for propose-downstream (see srcgit propose-downstream --help),
                         with the same secrets

${(0,_options_js__WEBPACK_IMPORTED_MODULE_7__/* .environmentHelp */ .N4)(OPTIONS)}`;
/** The pull request from the options, else from a GitLab merge-request pipeline's variables. */
function pullRequestFrom(values, env) {
    const gitlab = (0,_runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_10__/* .isGitLabCi */ .Op)(env) && env.CI_MERGE_REQUEST_IID;
    const number = values.number ?? (gitlab ? env.CI_MERGE_REQUEST_IID : undefined);
    const projectUrl = env.CI_MERGE_REQUEST_PROJECT_URL ?? env.CI_PROJECT_URL;
    return {
        number,
        head: values.head ??
            (gitlab ? env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA || env.CI_COMMIT_SHA || undefined : undefined),
        title: values.title ?? (gitlab ? env.CI_MERGE_REQUEST_TITLE : undefined),
        url: values.url ??
            (gitlab && projectUrl ? `${projectUrl}/-/merge_requests/${env.CI_MERGE_REQUEST_IID}` : undefined),
    };
}
async function previewCommand(argv, io) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommand */ .R)('preview-pull-request', PREVIEW_USAGE, OPTIONS, argv, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, sourceGit, usage } = parsed;
    const pr = pullRequestFrom(values, process.env);
    if (!pr.number || !/^[1-9]\d*$/.test(pr.number))
        return usage(pr.number ? `--number must be a pull request number, not "${pr.number}"` : 'give --number N');
    if (values.merged && !values.close)
        return usage('--merged goes with --close');
    if (!values.close && !pr.head)
        return usage('give --head SHA, the head commit of the pull request');
    const forge = (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_6__.forgeOptions)(values, process.env, io.cwd);
    if (typeof forge === 'string')
        return usage(forge);
    const invalid = (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_6__.invalidValues)(values);
    if (invalid)
        return usage(invalid);
    const common = {
        sourceGit,
        configFile: values.config ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, values.config) : undefined,
        packageName: values.package,
        forge,
        instanceUrl: values['dist-git-url'],
    };
    const number = Number(pr.number);
    try {
        let result;
        if (values.close) {
            result = await (0,_jobs_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .closePreviews */ ._)({
                ...common,
                pullRequest: { number, merged: values.merged ?? false, url: pr.url },
            });
        }
        else {
            const distGit = values['dist-git'];
            result = await (0,_jobs_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .previewPullRequest */ .x)({
                ...common,
                pullRequest: { number, headSha: pr.head, title: pr.title ?? `#${number}`, url: pr.url },
                distGit: distGit && !(0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isRemoteUrl */ .Km)(distGit) ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, distGit) : distGit,
                branches: values.branch,
                author: values.author,
                bodhiUrl: values['bodhi-url'],
            });
        }
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        for (const p of result.proposals) {
            for (const note of p.notes)
                io.stderr(`note: ${p.branch}: ${note}\n`);
            io.stdout(`\n== ${p.branch}: commit ${p.commit.slice(0, 12)} on branch ${p.prBranch}\n${p.diffstat}\n`);
        }
        io.stdout('\n');
        for (const o of result.outcomes)
            io.stdout(`${(0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOutcome */ .ke)(o)}\n`);
        if (forge && !forge.dryRun && result.sourceGitCommit)
            await (0,_propose_downstream_js__WEBPACK_IMPORTED_MODULE_6__.statusesInCi)(result.sourceGitCommit, result.outcomes, values, io, { mergeGate: true });
        return (0,_jobs_report_js__WEBPACK_IMPORTED_MODULE_3__/* .runFailed */ .Np)(result.outcomes, forge?.force ?? false) ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        if ((0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .isUserError */ .i)(error)) {
            io.stderr(`srcgit preview-pull-request: ${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(error.message)}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure;
        }
        throw error;
    }
}


/***/ })

};
