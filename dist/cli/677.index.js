export const id = 677;
export const ids = [677];
export const modules = {

/***/ 64259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   Ec: () => (/* binding */ withEnvironment),
/* harmony export */   N4: () => (/* binding */ environmentHelp)
/* harmony export */ });
/* unused harmony export environmentVariable */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51295);
/**
 * Command-line options, one rule for all commands: parsing with a did-you-mean for a misspelt
 * option, the environment fallback SRCGIT_<OPTION> (the long name upper-cased, `-` as `_`), and
 * the --help lines listing those variables, generated from the same option table.
 */


/** The variable an option falls back to: --dist-git-url is SRCGIT_DIST_GIT_URL. */
function environmentVariable(option) {
    return `SRCGIT_${option.toUpperCase().replace(/-/g, '_')}`;
}
/** Variables documented before the one rule: still read, with a warning naming the new one. */
const DEPRECATED_VARIABLES = { branch: 'SRCGIT_DIST_GIT_BRANCHES' };
/** Options with no environment fallback. */
const COMMAND_LINE_ONLY = new Set(['help']);
/** Parses argv; a string is the usage error to print (an unknown option names its closest match). */
function parseOptions(options, argv) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, allowPositionals: true, options, strict: true });
        return { values: values, positionals };
    }
    catch (error) {
        return parseErrorText(error, options, argv);
    }
}
/** node:util's texts say how to pass a positional starting with "-"; users need the option they meant. */
function parseErrorText(error, options, argv) {
    const { code, message } = error;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS'))
        throw error;
    const quoted = /'(-[^' ]*)/.exec(message ?? '')?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const given = quoted.replace(/=.*$/, '');
        const name = given.replace(/^-+/, '');
        const suggestion = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closestMatch */ .h0)(name, Object.keys(options));
        return `unknown option ${given}${suggestion ? `; did you mean --${suggestion}?` : ''}`;
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const name = Object.entries(options).find(([long, spec]) => quoted === `--${long}` || (spec.short && quoted === `-${spec.short}`))?.[0];
        if (name && options[name].type === 'string')
            return `--${name} needs a value`;
        if (name)
            return `--${name} takes no value (write --${name}, or leave it out)`;
    }
    return `${message ?? String(error)} (arguments: ${argv.join(' ')})`;
}
/**
 * Options not given on the command line, from their SRCGIT_<OPTION> variables (the CI templates
 * set these); the command line wins. A string is the usage error.
 */
function withEnvironment(options, values, env, warn = () => { }, 
/** Options that exclude each other: one given on the command line, the others' variables are not read. */
exclusive = []) {
    const out = { ...values };
    const fromCommandLine = (name) => values[name] !== undefined;
    for (const [name, spec] of Object.entries(options)) {
        if (out[name] !== undefined || COMMAND_LINE_ONLY.has(name))
            continue;
        if (exclusive.some((group) => group.includes(name) && group.some(fromCommandLine)))
            continue;
        let key = environmentVariable(name);
        let raw = env[key]?.trim();
        const old = DEPRECATED_VARIABLES[name];
        if (!raw && old && env[old]?.trim()) {
            warn(`${old} is deprecated: set ${key} instead (every option --NAME reads SRCGIT_NAME)`);
            key = old;
            raw = env[old]?.trim();
        }
        if (!raw)
            continue;
        if (spec.type === 'boolean') {
            if (!/^(true|false)$/i.test(raw))
                return `${key} is "${raw}"; it must be true or false`;
            out[name] = /^true$/i.test(raw);
        }
        else if (spec.multiple)
            out[name] = raw.split(/[\s,]+/).filter(Boolean);
        else
            out[name] = raw;
    }
    for (const group of exclusive) {
        const given = group.filter((name) => out[name] !== undefined);
        if (given.length > 1)
            return `give ${given.map((name) => `--${name}`).join(' or ')}, not ${given.length === 2 ? 'both' : 'several'}${given.some((name) => !fromCommandLine(name))
                ? ` (from ${given.map((name) => (fromCommandLine(name) ? `--${name}` : environmentVariable(name))).join(' and ')})`
                : ''}`;
    }
    return out;
}
/** The --help lines naming each option's variable, from the option table itself. */
function environmentHelp(options) {
    const rows = Object.entries(options)
        .filter(([name]) => !COMMAND_LINE_ONLY.has(name))
        .map(([name, spec]) => {
        const what = spec.type === 'boolean'
            ? 'true or false'
            : spec.multiple
                ? 'values separated by spaces or commas'
                : '';
        const old = DEPRECATED_VARIABLES[name] ? `; ${DEPRECATED_VARIABLES[name]} still read, deprecated` : '';
        return `  ${environmentVariable(name).padEnd(30)} --${name}${what || old ? ` (${[what, old.slice(2)].filter(Boolean).join('; ')})` : ''}`;
    });
    return `Every option can also come from the environment (the command line wins):\n${rows.join('\n')}\n`;
}


/***/ }),

/***/ 24201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SYNC_STATUS_USAGE: () => (/* binding */ SYNC_STATUS_USAGE),
/* harmony export */   syncStatusCommand: () => (/* binding */ syncStatusCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _jobs_sync_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38085);
/* harmony import */ var _runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51062);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2508);
/* harmony import */ var _status_sink_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85348);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74317);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81505);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64259);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77720);
/* harmony import */ var _dist_git_forge_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(90962);
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

SRCGIT_DIST_GIT_TOKEN (or SRCGIT_PAGURE_TOKEN) is used when set (reads only). SRCGIT_DOTENV names a dotenv report.

${(0,_options_js__WEBPACK_IMPORTED_MODULE_7__/* .environmentHelp */ .N4)(OPTIONS)}`;
async function syncStatusCommand(argv, io) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommand */ .R)('sync-status', SYNC_STATUS_USAGE, OPTIONS, argv, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, sourceGit, usage } = parsed;
    const days = values['closed-within-days'];
    if (days !== undefined && !/^\d+$/.test(days))
        return usage(`--closed-within-days must be a number of days, not "${days}"`);
    const forgeKind = (0,_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_9__/* .distGitForgeOption */ .H)(values['dist-git-forge']);
    if (typeof forgeKind === 'object')
        return usage(forgeKind.error);
    const env = process.env;
    const token = (0,_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_9__/* .distGitToken */ .m)(env);
    if (typeof token === 'object')
        return usage(token.error);
    try {
        const sink = (0,_status_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .ciStatusSink */ .oP)(env);
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
            repositoryUrl: (0,_status_sink_js__WEBPACK_IMPORTED_MODULE_4__/* .ciRepositoryUrl */ .ed)(env),
            closedWithinDays: days === undefined ? undefined : Number(days),
            sink,
        });
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        for (const pr of result.pullRequests)
            io.stdout(`${(0,_jobs_sync_status_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMirrored */ .k$)(pr)}\n`);
        const failed = result.pullRequests.filter((pr) => pr.error);
        (0,_runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_2__/* .writeCiReports */ .zs)(env, (message) => io.stderr(`warning: ${message}\n`), (0,_jobs_sync_status_js__WEBPACK_IMPORTED_MODULE_1__/* .syncStatusOutputs */ .sm)(result));
        return failed.length > 0 ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        if ((0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isUserError */ .i)(error)) {
            io.stderr(`srcgit sync-status: ${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(error.message)}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure;
        }
        throw error;
    }
}


/***/ }),

/***/ 18605:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ splitUrlCredentials),
/* harmony export */   Km: () => (/* binding */ isRemoteUrl),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   XF: () => (/* binding */ isStall),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   YI: () => (/* binding */ basicAuthEnv),
/* harmony export */   aQ: () => (/* binding */ isPlainBranchName)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74227);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2508);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77720);
/**
 * The one place that runs git. A small interface over `git` processes with a private
 * environment overlay (no prompts, C locale, no pager, a deadline for stalled transfers) on top
 * of the scrubbed child environment (no secrets), `try*` methods that return undefined instead
 * of throwing, and errors that say which command failed and why, without credentials.
 */




class GitError extends Error {
    code;
    args;
    stderr;
    constructor(args, code, stderr) {
        const output = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(stderr.trim());
        const stalled = isStall(output) ? ` (the remote sent nothing for too long. ${(0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .stallAdvice */ .pC)()})` : '';
        super((0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`git ${args.join(' ')} failed${code === null ? '' : ` (exit ${code})`}: ${output || 'no error output'}${stalled}`));
        this.code = code;
        this.name = 'GitError';
        this.args = args.map(_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$);
        this.stderr = output;
    }
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .registerUserError */ .X)(GitError);
/** git's, ssh's and curl's words for a transfer that stalled or a host that did not answer in time. */
function isStall(output) {
    return /Operation too slow|Operation timed out|timed out during banner exchange|Timeout, server .* not responding/i.test(output);
}
/** Environment every git command gets: never prompt, stable messages, no pager or editor. */
const BASE_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_EDITOR: 'true',
    LC_ALL: 'C',
};
/**
 * An HTTP(S) transfer (clone, fetch, ls-remote, push) that moves under 1 byte/s for the network
 * timeout is aborted (curl's low-speed limit, which git reads from these variables). Settings the
 * user exported win.
 */
function deadlineEnv() {
    const env = {};
    if (!process.env.GIT_HTTP_LOW_SPEED_LIMIT)
        env.GIT_HTTP_LOW_SPEED_LIMIT = '1';
    if (!process.env.GIT_HTTP_LOW_SPEED_TIME)
        env.GIT_HTTP_LOW_SPEED_TIME = String((0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .networkTimeoutSeconds */ .RU)());
    return env;
}
class Git {
    dir;
    env;
    constructor(dir, env = {}) {
        this.dir = dir;
        this.env = env;
    }
    /** A Git for another directory sharing this one's environment overlay. */
    at(dir) {
        return new Git(dir, this.env);
    }
    run(args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnChild */ .A)('git', args, {
                cwd: this.dir,
                env: { ...BASE_ENV, ...deadlineEnv(), ...this.env, ...options.env },
                stdio: ['pipe', 'pipe', 'pipe'],
            });
            const out = [];
            const err = [];
            child.stdout.on('data', (chunk) => out.push(chunk));
            child.stderr.on('data', (chunk) => err.push(chunk));
            child.on('error', (error) => reject(error.code !== 'ENOENT'
                ? error
                : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(this.dir)
                    ? new Error('git is not installed or not on PATH; install git and try again')
                    : new GitError(args, null, `the directory ${this.dir} does not exist`)));
            child.on('close', (code) => {
                const bytes = Buffer.concat(out);
                const result = {
                    code: code ?? 1,
                    stdout: bytes.toString('utf8'),
                    stdoutBytes: bytes,
                    stderr: Buffer.concat(err).toString('utf8'),
                };
                if (result.code !== 0 && !options.allowFailure)
                    reject(new GitError(args, code, result.stderr));
                else
                    resolve(result);
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input ?? '');
        });
    }
    /** Runs git and returns stdout with the final newline removed. */
    async output(args, options = {}) {
        return (await this.run(args, options)).stdout.replace(/\n$/, '');
    }
    /** The full SHA of a revision, or undefined when it does not resolve. */
    async tryRevParse(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
            allowFailure: true,
        });
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    async isRepository() {
        return (await this.run(['rev-parse', '--git-dir'], { allowFailure: true })).code === 0;
    }
    /** Paths with uncommitted changes (tracked and untracked, not ignored). */
    async dirtyPaths(options = {}) {
        const untracked = options.untracked === false ? 'no' : 'all';
        const status = await this.output(['status', '--porcelain=v1', '-z', `--untracked-files=${untracked}`]);
        return status
            .split('\0')
            .filter(Boolean)
            .map((entry) => entry.slice(3));
    }
}
/**
 * A remote URL without credentials, and the credentials it carried (for command-scoped config:
 * never argv, remotes on disk or messages). `https://user:token@host/p` -> `https://host/p`.
 */
function splitUrlCredentials(url) {
    const clean = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutUrlCredentials */ .el)(url);
    if (clean === url)
        return { url };
    try {
        const parsed = new URL(url);
        return {
            url: clean,
            user: decodeURIComponent(parsed.username) || undefined,
            password: decodeURIComponent(parsed.password) || undefined,
        };
    }
    catch {
        return { url: clean };
    }
}
/**
 * Command-scoped git config (GIT_CONFIG_COUNT/KEY/VALUE act like `-c` for one command without
 * showing in argv) that sends HTTP Basic credentials to `url` only; appended after any entries
 * the environment already has. The credentials are registered as secrets.
 */
function basicAuthEnv(url, user, password) {
    const credential = Buffer.from(`${user}:${password}`).toString('base64');
    (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(password);
    (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(credential);
    const index = Number.parseInt(process.env.GIT_CONFIG_COUNT ?? '0', 10) || 0;
    return {
        GIT_CONFIG_COUNT: String(index + 1),
        [`GIT_CONFIG_KEY_${index}`]: `http.${url}.extraHeader`,
        [`GIT_CONFIG_VALUE_${index}`]: `Authorization: Basic ${credential}`,
    };
}
/** True for a clone URL (`https://...`, `ssh://...`, `user@host:path`) rather than a local path. */
function isRemoteUrl(location) {
    return /^[a-z][a-z0-9+.-]*:\/\//.test(location) || /^[^/]+@[^:/]+:/.test(location);
}
/** A branch name srcgit accepts: plain, so neither git nor a shell reads it as anything else. */
function isPlainBranchName(name) {
    return (/^[A-Za-z0-9_+][A-Za-z0-9._+/-]*$/.test(name) &&
        !name.endsWith('/') &&
        !name.endsWith('.lock') &&
        !/\.\.|\/\/|\/\./.test(name));
}


/***/ })

};
