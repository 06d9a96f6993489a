export const id = 865;
export const ids = [865];
export const modules = {

/***/ 12865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UPDATE_SOURCE_GIT_USAGE: () => (/* binding */ UPDATE_SOURCE_GIT_USAGE),
/* harmony export */   formatResult: () => (/* binding */ formatResult),
/* harmony export */   updateSourceGitCommand: () => (/* binding */ updateSourceGitCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _jobs_update_source_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64362);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74317);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64259);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77720);
/** `srcgit update-source-git DIST_GIT SOURCE_GIT`: bring hand-made dist-git commits back (Packit's `source-git update-source-git`). */





const UPDATE_SOURCE_GIT_USAGE = `Usage: srcgit update-source-git DIST_GIT SOURCE_GIT [options]

Brings the commits made by hand in DIST_GIT since the last sync into SOURCE_GIT, one by
one, as commits on the checked-out branch: changes to the spec and to files_to_sync files
go to their source-git paths (e.g. .distro/) with the original author and message; a new
patch file becomes a commit applying it to the sources (Patch-name, Patch-id trailers).
Every commit made gets a From-dist-git-commit trailer, so update-dist-git sees the two
sides in sync afterwards. sources and .gitignore are not brought back.
Stops before a dist-git commit it cannot bring back (a patch that does not apply, a change
that does not merge, a removed patch srcgit generates) and says why; the commits made
before it stay.

  --upstream-ref REF     the upstream commit/tag the downstream commits sit on (default: upstream_ref)
  --since COMMIT         bring back the dist-git commits after COMMIT (default: after the last sync point)
  --dry-run              make the commits on a detached HEAD, report them, then leave SOURCE_GIT as it was
  --config FILE          configuration file in SOURCE_GIT (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several

Exit codes: 0 done (or nothing to do), 1 stopped before a dist-git commit or the input is wrong,
2 the command line is wrong.
`;
const NAME = 'srcgit update-source-git';
async function updateSourceGitCommand(argv, io) {
    const parsed = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOptions */ .Ac)({
        'upstream-ref': { type: 'string' },
        since: { type: 'string' },
        'dry-run': { type: 'boolean' },
        config: { type: 'string' },
        package: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, argv);
    if (typeof parsed === 'string') {
        io.stderr(`${NAME}: ${parsed}\n(see ${NAME} --help)\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(UPDATE_SOURCE_GIT_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    }
    if (positionals.length !== 2) {
        io.stderr(`${NAME}: expected DIST_GIT and SOURCE_GIT, got ${positionals.length} argument(s)\n(see ${NAME} --help)\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage;
    }
    const [distGit, sourceGit] = positionals.map((p) => node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, p));
    let result;
    try {
        result = await (0,_jobs_update_source_git_js__WEBPACK_IMPORTED_MODULE_1__/* .updateSourceGit */ .b)({
            distGit,
            sourceGit,
            upstreamRef: values['upstream-ref'],
            since: values.since,
            dryRun: values['dry-run'],
            configFile: values.config ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
        });
    }
    catch (error) {
        if ((0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isUserError */ .i)(error)) {
            io.stderr(`${NAME}: ${error.message}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failure;
        }
        throw error;
    }
    io.stdout(formatResult(result, sourceGit));
    for (const note of result.notes)
        io.stderr(`note: ${note}\n`);
    if (result.stopped) {
        const s = result.stopped;
        io.stderr(`${NAME}: stopped before dist-git commit ${s.distGitCommit.slice(0, 12)} ("${s.subject}")` +
            `${s.patch ? ` at patch ${s.patch}` : ''}${s.manual ? ' (needs a manual step)' : ''}:\n  ${s.reason}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failure;
    }
    return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
}
/** What the run did, one line per dist-git commit. */
function formatResult(result, sourceGit) {
    const lines = [];
    for (const c of result.commits)
        lines.push(`${c.distGitCommit.slice(0, 12)} -> ${c.sourceGitCommit.slice(0, 12)} ${c.kind.padEnd(5)} ${c.subject}`);
    for (const s of result.skipped)
        lines.push(`${s.distGitCommit.slice(0, 12)} skipped: ${s.subject} (${s.reason})`);
    if (result.commits.length === 0 && !result.stopped)
        lines.push('Nothing to do: source-git has every dist-git commit since the last sync.');
    else if (result.commits.length > 0)
        lines.push(result.dryRun
            ? `Dry run: ${result.commits.length} commit(s) would be made in ${sourceGit}; nothing was kept.`
            : `Committed ${result.commits.length} commit(s) in ${sourceGit}; HEAD is ${result.head.slice(0, 12)}.`);
    return lines.join('\n') + '\n';
}


/***/ })

};
