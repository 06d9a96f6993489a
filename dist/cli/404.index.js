export const id = 404;
export const ids = [404];
export const modules = {

/***/ 37404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UPDATE_DIST_GIT_USAGE: () => (/* binding */ UPDATE_DIST_GIT_USAGE),
/* harmony export */   isUserError: () => (/* reexport safe */ _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_2__.i),
/* harmony export */   updateDistGitCommand: () => (/* binding */ updateDistGitCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _jobs_update_dist_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48446);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77720);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74317);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64259);
/** `srcgit update-dist-git SOURCE_GIT DIST_GIT`: the local, no-forge sync (Packit's `source-git update-dist-git`). */





const UPDATE_DIST_GIT_USAGE = `Usage: srcgit update-dist-git SOURCE_GIT DIST_GIT [options]

Regenerates the patches from the downstream commits of SOURCE_GIT (everything after
upstream_ref), syncs the spec and files_to_sync into the DIST_GIT work tree and declares
the patches in the spec. Commits when -m is given; otherwise leaves the changes staged.
Refuses when DIST_GIT has commits made by hand since the last sync that touch the files it
would overwrite (bring them into source-git first), unless --force.

  --upstream-ref REF     the upstream commit/tag the downstream commits sit on (default: upstream_ref)
  -m, --message TEXT     commit with this message (a From-source-git-commit trailer is added)
  --force                overwrite hand-made dist-git changes; sync even when already in sync
  --config FILE          configuration file in SOURCE_GIT (default: .distro/source-git.yaml, .packit.yaml, ...)
  --author 'NAME <EMAIL>' author of the dist-git commit (default: git identity, else the CI actor, else srcgit)
  --package NAME         the package to sync, when the configuration has several
`;
// Other modules import it from here.

async function updateDistGitCommand(argv, io) {
    const parsed = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOptions */ .Ac)({
        'upstream-ref': { type: 'string' },
        message: { type: 'string', short: 'm' },
        force: { type: 'boolean' },
        config: { type: 'string' },
        package: { type: 'string' },
        author: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, argv);
    if (typeof parsed === 'string') {
        io.stderr(`srcgit update-dist-git: ${parsed}\n(see srcgit update-dist-git --help)\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(UPDATE_DIST_GIT_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    if (positionals.length !== 2) {
        io.stderr(`srcgit update-dist-git: expected SOURCE_GIT and DIST_GIT, got ${positionals.length} argument(s)\n(see srcgit update-dist-git --help)\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    }
    if (values.author !== undefined && !(0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .isIdentity */ .Lk)(values.author)) {
        io.stderr(`srcgit update-dist-git: --author is "${values.author}", not an identity; write it as 'Full Name <email@example.com>'\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    }
    const [sourceGit, distGit] = positionals.map((p) => node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, p));
    try {
        const result = await (0,_jobs_update_dist_git_js__WEBPACK_IMPORTED_MODULE_1__/* .updateDistGit */ .GE)({
            sourceGit,
            distGit,
            upstreamRef: values['upstream-ref'],
            message: values.message,
            force: values.force,
            configFile: values.config ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            author: values.author,
        });
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        for (const warning of result.warnings)
            io.stderr(`warning: ${warning}\n`);
        if (result.status === 'nothing-to-do')
            io.stdout('Nothing to do: dist-git is in sync with source-git.\n');
        else {
            io.stdout(`Patches: ${result.patches.length > 0 ? result.patches.join(', ') : '(none)'}\n`);
            io.stdout(result.status === 'committed'
                ? `Committed ${result.commit.slice(0, 12)} in ${distGit} (from source-git ${result.sourceGitCommit.slice(0, 12)}).\n`
                : `Changes are staged in ${distGit}; commit them, or rerun with -m MESSAGE.\n`);
        }
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        if ((0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUserError */ .i)(error)) {
            io.stderr(`srcgit update-dist-git: ${error.message}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.failure;
        }
        throw error;
    }
}


/***/ })

};
