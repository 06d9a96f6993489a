export const id = 42;
export const ids = [42];
export const modules = {

/***/ 35646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_CHECK_USAGE: () => (/* binding */ CONFIG_CHECK_USAGE),
/* harmony export */   configCheck: () => (/* binding */ configCheck)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5537);
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54357);
/* harmony import */ var _config_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34633);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77720);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2508);
/**
 * `srcgit config check [PATH] [--config FILE] [--json]`: validate a repository's configuration and
 * print it fully resolved, so users see exactly what srcgit will do with their Packit config.
 */







const CONFIG_CHECK_USAGE = `Usage: srcgit config check [PATH] [--config FILE] [--all] [--json]

Validate the srcgit/Packit configuration of a repository (its spec file included) and print
what it sets and what srcgit will do: per package the keys that are not Packit's defaults, the
jobs srcgit runs, and the jobs it does not run (Copr builds, tests, Koji, Bodhi, ...).

Arguments:
  PATH            repository directory or configuration file (default: the current directory)

Options:
  --config FILE   configuration file to use instead of searching the repository
  --all           print every key of every package and job, Packit's defaults included
  --json          print the complete resolved configuration as JSON (for tools)
  -h, --help      show this help

Configuration files, in order of precedence:
  .distro/source-git.yaml, .packit.yaml, packit.yaml, .packit.yml, packit.yml

Exit status: 0 valid, 1 invalid or not found, 2 wrong usage.
`;
/** Parse the arguments that follow `config check`; a string is a usage error. */
function parseArguments(argv) {
    const options = { json: false, all: false, help: false };
    for (let i = 0; i < argv.length; i++) {
        const argument = argv[i];
        if (argument === '--help' || argument === '-h')
            options.help = true;
        else if (argument === '--json')
            options.json = true;
        else if (argument === '--all')
            options.all = true;
        else if (argument === '--config' || argument.startsWith('--config=')) {
            const value = argument === '--config' ? argv[++i] : argument.slice('--config='.length);
            if (value === undefined || value === '')
                return 'option --config needs a file name';
            options.configFile = value;
        }
        else if (argument.startsWith('-') && argument !== '-') {
            const meant = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h0)(argument.replace(/^-+/, '').replace(/=.*$/, ''), [
                'config',
                'json',
                'all',
                'help',
            ]);
            return `unknown option ${argument}${meant ? `; did you mean --${meant}?` : ''}`;
        }
        else if (options.target === undefined)
            options.target = argument;
        else
            return `unexpected argument "${argument}": only one PATH may be given`;
    }
    return options;
}
/**
 * Run `srcgit config check` with the arguments after `check`. Returns the exit status:
 * 0 when the configuration is valid (warnings allowed), 1 when it has errors or is missing,
 * 2 for wrong usage.
 */
async function configCheck(argv, io) {
    const options = parseArguments(argv);
    if (typeof options === 'string') {
        io.stderr(`srcgit config check: ${options}\nRun "srcgit config check --help" for usage.\n`);
        return 2;
    }
    if (options.help) {
        io.stdout(CONFIG_CHECK_USAGE);
        return 0;
    }
    const target = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, options.target ?? '.');
    let repoDir = target;
    let configFile = options.configFile === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, options.configFile);
    const kind = statKind(target);
    if (kind === 'missing') {
        io.stderr(`srcgit config check: ${options.target ?? target} does not exist\n`);
        return 1;
    }
    if (kind === 'file') {
        if (configFile !== undefined) {
            io.stderr('srcgit config check: give either a configuration file as PATH or --config, not both\n');
            return 2;
        }
        configFile = target;
        repoDir = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .repoDirForConfigFile */ .R$)(target);
    }
    let config;
    try {
        config = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(repoDir, { configFile });
    }
    catch (error) {
        if (error instanceof _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL) {
            io.stderr(`${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)((0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReport */ .CI)(error.diagnostics, error.file, error.sourceText))}\n`);
            return 1;
        }
        // A configuration file that cannot be read: what and where, not a stack trace.
        if (!(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isUserError */ .i)(error))
            throw error;
        io.stderr(`srcgit config check: ${error.message}\n`);
        return 1;
    }
    const configPath = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(repoDir, config.file);
    const specProblems = specFileProblems(config, repoDir, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(configPath, 'utf8'));
    const errors = specProblems.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
        io.stderr(`${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)((0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReport */ .CI)(errors, config.file, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(configPath, 'utf8')))}\n`);
        return 1;
    }
    // A token written into a URL of the configuration is not printed (the action logs this).
    for (const warning of [...config.warnings, ...specProblems])
        io.stderr(`${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)((0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDiagnostic */ .xy)(warning))}\n`);
    io.stdout((0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(options.json
        ? (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .configToJson */ .iI)(config)
        : options.all
            ? (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .configToYaml */ .XZ)(config)
            : (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .configSummaryToYaml */ .lt)(config, packitDefaults(config), srcgitRole(config))));
    return 0;
}
/** What srcgit runs a job as, from the job views its jobs read (the same selection as at run time). */
function srcgitRole(config) {
    const runs = new Map();
    const mark = (selection, as) => {
        for (const view of selection.views)
            if (view.job && !runs.has(view.job))
                runs.set(view.job, as);
    };
    mark((0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .jobViews */ .o8)(config, _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PROPOSE_DOWNSTREAM */ .WZ), 'propose-downstream (releases, tag pushes, manual runs; previews of pull requests)');
    mark((0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .jobViews */ .o8)(config, _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SYNC_FROM_DOWNSTREAM */ .g3), 'sync-from-downstream (scheduled and manual runs)');
    return (job) => runs.get(job);
}
/** A package of an empty file, with the same file name and repository: what "the default" is. */
function packitDefaults(config) {
    const empty = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfigText */ .Bu)('{}\n', config.file, { repoName: config.repo_name ?? 'package' }).config;
    return Object.values(empty?.packages ?? {})[0] ?? Object.values(config.packages)[0];
}
/**
 * A specfile_path that is not in the repository: an error at the key that sets it (or, for a
 * default, at the file), since every srcgit job reads that spec. A warning when an action runs
 * before the spec is read (it may create the file).
 */
function specFileProblems(config, repoDir, text) {
    const root = (0,_config_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlTree */ .NL)(text, config.file).root;
    const problems = [];
    for (const [name, pkg] of Object.entries(config.packages)) {
        const spec = pkg.specfile_path;
        if (!spec || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(repoDir, spec)))
            continue;
        const key = keyPosition(root, ['packages', name, 'specfile_path']) ?? keyPosition(root, ['specfile_path']);
        const byAction = ['post-upstream-clone', 'prepare-files'].some((a) => a in (pkg.actions ?? {}));
        const init = {
            code: 'invalid-value',
            path: key ? key.path : `packages.${name}.specfile_path`,
            message: `specfile_path "${spec}" is not in the repository (${node_path__WEBPACK_IMPORTED_MODULE_1__.join(repoDir, spec)} does not exist)${key ? '' : ', and it is the default'}`,
            expected: 'the path of the spec file, relative to the repository root (e.g. .distro/NAME.spec)',
            position: key?.position,
            suggestion: byAction
                ? 'unless an action creates it, fix the path'
                : 'fix the path, or add the spec file to the repository',
        };
        problems.push(byAction ? (0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .makeWarning */ .bh)(config.file, init) : (0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .makeError */ .xz)(config.file, init));
    }
    return problems;
}
function keyPosition(root, keys) {
    let node = root;
    let position;
    for (const key of keys) {
        if (node?.kind !== 'map')
            return undefined;
        const entry = node.entries.find((e) => e.key === key);
        if (!entry)
            return undefined;
        position = entry.keyPos;
        node = entry.value;
    }
    return position && { position, path: keys.join('.') };
}
function statKind(target) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
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
