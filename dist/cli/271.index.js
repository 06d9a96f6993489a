export const id = 271;
export const ids = [271];
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

/***/ 98096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ branchMacros),
/* harmony export */   z: () => (/* binding */ RAWHIDE_FEDORA)
/* harmony export */ });
/**
 * The macros a dist-git branch builds with, so a spec is read (and edited) in the `%if`
 * branch rpm takes there: `%fedora` and `%dist` on Fedora branches, `%rhel`, `%epel` and
 * `%dist` on EPEL ones, then Packit's `parse_time_macros` on top (null undefines).
 */
/**
 * The Fedora release rawhide (and main) builds as when nothing says otherwise. Rawhide's
 * number moves at each branching; set `parse_time_macros: {fedora: N}` to override.
 */
const RAWHIDE_FEDORA = 44;
/** What the buildroot of `branch` defines; unknown branches (c10s, private ones) define nothing. */
function branchDefaults(branch, rawhide) {
    const fedora = branch === 'rawhide' || branch === 'main' ? rawhide : /^f(\d+)$/.exec(branch)?.[1];
    if (fedora !== undefined)
        return { fedora: String(fedora), dist: `.fc${fedora}` };
    // epel9 (.el9), epel10.1 (.el10_1, as EPEL 10's minor branches build); the dotless epel10
    // builds as its leading minor, which only Bodhi knows: .el10 here, %rhel is what specs test.
    const epel = /^epel(\d+)(?:\.(\d+))?(-next)?$/.exec(branch);
    if (epel) {
        const [, major, minor] = epel;
        return { rhel: major, epel: major, dist: minor === undefined ? `.el${major}` : `.el${major}_${minor}` };
    }
    return {};
}
/** The predefined macros to parse a spec of `branch` with (SpecFile.parse's `predefined`). */
function branchMacros(branch, options = {}) {
    // A Map, then fromEntries: a configured name such as `__proto__` stays a plain key.
    const macros = new Map(Object.entries(branchDefaults(branch, options.rawhide ?? RAWHIDE_FEDORA)));
    for (const [name, value] of Object.entries(options.parseTimeMacros ?? {})) {
        if (value === null)
            macros.delete(name);
        else
            macros.set(name, value);
    }
    return Object.fromEntries(macros);
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


/***/ }),

/***/ 59085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip),
/* harmony export */   G: () => (/* binding */ SpecError)
/* harmony export */ });
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77720);

/** The spec code's one error type: what is wrong with a spec or a value meant for it. */
class SpecError extends Error {
    line;
    file;
    constructor(message, 
    /** 1-based line the problem is about, when there is one. */
    line, 
    /** The spec file, when known. */
    file) {
        super(message);
        this.line = line;
        this.file = file;
        this.name = 'SpecError';
    }
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .registerUserError */ .X)(SpecError);
/** Text quoted in a message, cut to `max` characters: a spec line can be megabytes long. */
function clip(text, max = 80) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}


/***/ }),

/***/ 6300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ evaluateExpression)
/* harmony export */ });
/* harmony import */ var _rpmvercmp_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77150);
/**
 * rpm's expression language, as used by `%if` and `%[...]`, evaluated after macro
 * expansion: integers, "strings", v"versions", ! - * / + - < > <= >= == != && || ?: and
 * parentheses. Returns undefined when the text is not a valid expression, so callers can
 * say "cannot evaluate" instead of guessing.
 */

function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (/[0-9]/.test(c)) {
            let j = i;
            while (j < text.length && /[0-9]/.test(text[j]))
                j++;
            tokens.push({ t: 'int', n: Number(text.slice(i, j)) });
            i = j;
            continue;
        }
        if (c === '"' || (c === 'v' && text[i + 1] === '"')) {
            const isVersion = c === 'v';
            const start = isVersion ? i + 2 : i + 1;
            const end = text.indexOf('"', start);
            if (end < 0)
                return undefined;
            const s = text.slice(start, end);
            tokens.push(isVersion ? { t: 'ver', s } : { t: 'str', s });
            i = end + 1;
            continue;
        }
        const two = text.slice(i, i + 2);
        if (['&&', '||', '==', '!=', '<=', '>='].includes(two)) {
            tokens.push({ t: 'op', op: two });
            i += 2;
            continue;
        }
        if ('!<>+-*/()?:'.includes(c)) {
            tokens.push({ t: 'op', op: c });
            i++;
            continue;
        }
        // A bare word: rpm rejects it too ("bare words are no longer supported").
        return undefined;
    }
    tokens.push({ t: 'end' });
    return tokens;
}
class Parser {
    tokens;
    pos = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    peekOp(...ops) {
        const tok = this.tokens[this.pos];
        return tok.t === 'op' && ops.includes(tok.op) ? tok.op : undefined;
    }
    parse() {
        const v = this.ternary();
        if (this.tokens[this.pos].t !== 'end')
            throw new Error('trailing tokens');
        return v;
    }
    ternary() {
        const cond = this.or();
        if (this.peekOp('?')) {
            this.pos++;
            const a = this.ternary();
            if (!this.peekOp(':'))
                throw new Error('expected :');
            this.pos++;
            const b = this.ternary();
            return truthy(cond) ? a : b;
        }
        return cond;
    }
    or() {
        let left = this.and();
        while (this.peekOp('||')) {
            this.pos++;
            const right = this.and();
            left = truthy(left) ? left : right;
        }
        return left;
    }
    and() {
        let left = this.compare();
        while (this.peekOp('&&')) {
            this.pos++;
            const right = this.compare();
            left = truthy(left) ? right : left;
        }
        return left;
    }
    compare() {
        let left = this.additive();
        let op;
        while ((op = this.peekOp('==', '!=', '<', '>', '<=', '>='))) {
            this.pos++;
            const right = this.additive();
            const c = compareValues(left, right);
            const result = op === '=='
                ? c === 0
                : op === '!='
                    ? c !== 0
                    : op === '<'
                        ? c < 0
                        : op === '>'
                            ? c > 0
                            : op === '<='
                                ? c <= 0
                                : c >= 0;
            left = { kind: 'int', n: result ? 1 : 0 };
        }
        return left;
    }
    additive() {
        let left = this.multiplicative();
        let op;
        while ((op = this.peekOp('+', '-'))) {
            this.pos++;
            const right = this.multiplicative();
            if (left.kind === 'str' && right.kind === 'str' && op === '+')
                left = { kind: 'str', s: left.s + right.s };
            else
                left = { kind: 'int', n: op === '+' ? toInt(left) + toInt(right) : toInt(left) - toInt(right) };
        }
        return left;
    }
    multiplicative() {
        let left = this.unary();
        let op;
        while ((op = this.peekOp('*', '/'))) {
            this.pos++;
            const right = this.unary();
            const r = toInt(right);
            if (op === '/' && r === 0)
                throw new Error('division by zero');
            left = { kind: 'int', n: op === '*' ? toInt(left) * r : Math.trunc(toInt(left) / r) };
        }
        return left;
    }
    unary() {
        if (this.peekOp('!')) {
            this.pos++;
            return { kind: 'int', n: truthy(this.unary()) ? 0 : 1 };
        }
        if (this.peekOp('-')) {
            this.pos++;
            return { kind: 'int', n: -toInt(this.unary()) };
        }
        return this.primary();
    }
    primary() {
        const tok = this.tokens[this.pos];
        if (tok.t === 'op' && tok.op === '(') {
            this.pos++;
            const v = this.ternary();
            if (!this.peekOp(')'))
                throw new Error('expected )');
            this.pos++;
            return v;
        }
        this.pos++;
        if (tok.t === 'int')
            return { kind: 'int', n: tok.n };
        if (tok.t === 'str')
            return { kind: 'str', s: tok.s };
        if (tok.t === 'ver')
            return { kind: 'ver', s: tok.s };
        throw new Error('unexpected token');
    }
}
function toInt(v) {
    if (v.kind === 'int')
        return v.n;
    throw new Error('types do not match');
}
function truthy(v) {
    return v.kind === 'int' ? v.n !== 0 : v.s !== '';
}
function compareValues(a, b) {
    if (a.kind === 'int' && b.kind === 'int')
        return Math.sign(a.n - b.n);
    if (a.kind === 'ver' || b.kind === 'ver') {
        if (a.kind === 'int' || b.kind === 'int')
            throw new Error('types do not match');
        return (0,_rpmvercmp_js__WEBPACK_IMPORTED_MODULE_0__/* .rpmvercmp */ .L)(a.s, b.s);
    }
    if (a.kind === 'str' && b.kind === 'str')
        return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
    throw new Error('types do not match');
}
/** Evaluates an already macro-expanded expression. */
function evaluateExpression(text) {
    const tokens = tokenize(text);
    if (!tokens || tokens.length === 1)
        return undefined;
    try {
        const v = new Parser(tokens).parse();
        return { value: v.kind === 'int' ? String(v.n) : v.s, truthy: truthy(v) };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 3807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V1: () => (/* binding */ dominantEol),
/* harmony export */   cT: () => (/* binding */ joinLines),
/* harmony export */   ni: () => (/* binding */ decodeSpecText),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59085);

/** Splits text into lines keeping every line ending, so joining them gives the input back byte for byte. */
function splitLines(text) {
    const lines = [];
    const re = /\r?\n/g;
    let start = 0;
    let match;
    while ((match = re.exec(text)) !== null) {
        lines.push({ text: text.slice(start, match.index), eol: match[0] });
        start = match.index + match[0].length;
    }
    if (start < text.length)
        lines.push({ text: text.slice(start), eol: '' });
    return lines;
}
function joinLines(lines) {
    let out = '';
    for (const line of lines)
        out += line.text + line.eol;
    return out;
}
/** The line ending new lines should use: the one the file uses most. */
function dominantEol(lines) {
    let crlf = 0;
    let lf = 0;
    for (const line of lines) {
        if (line.eol === '\r\n')
            crlf++;
        else if (line.eol === '\n')
            lf++;
    }
    return crlf > lf ? '\r\n' : '\n';
}
/**
 * Spec bytes as text for editing. Invalid UTF-8 is refused (with its line): decoding it
 * would turn the bytes into U+FFFD and an edit would then rewrite lines it must not touch.
 */
function decodeSpecText(bytes, fileName) {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    try {
        return strict.decode(bytes);
    }
    catch {
        // The first line that does not decode alone (a line break never sits inside a UTF-8 sequence).
        let line = 1;
        for (let start = 0; start <= bytes.length; line++) {
            let end = bytes.indexOf(0x0a, start);
            if (end < 0)
                end = bytes.length;
            try {
                strict.decode(bytes.subarray(start, end));
            }
            catch {
                break;
            }
            start = end + 1;
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecError */ .G(`line ${line} is not valid UTF-8; srcgit edits specs as UTF-8 text: convert the file (e.g. iconv -f latin1 -t utf-8)`, line, fileName);
    }
}


/***/ }),

/***/ 76491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ ExpansionBudget),
/* harmony export */   Pb: () => (/* binding */ MacroTable),
/* harmony export */   Q3: () => (/* binding */ expandMacros),
/* harmony export */   RC: () => (/* binding */ findClosing),
/* harmony export */   _w: () => (/* binding */ MacroLimitError)
/* harmony export */ });
/* unused harmony exports MAX_MACRO_DEPTH, MAX_EXPANSION_LENGTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59085);
/* harmony import */ var _expression_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6300);
/* harmony import */ var _standard_macros_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34873);
/* harmony import */ var _shell_subset_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50917);
/**
 * A subset of rpm's macro expansion: enough to compute the real values of Name, Version,
 * Release and Source lines from `%global`/`%define` chains and the common builtins.
 * Anything it cannot evaluate (shell `%(...)`, Lua, macros from outside the spec) is
 * reported in `unresolved` instead of being guessed.
 */




class MacroTable {
    map = new Map();
    constructor(initial) {
        if (initial)
            for (const def of initial)
                this.map.set(def.name, def);
    }
    get(name) {
        return this.map.get(name);
    }
    has(name) {
        return this.map.has(name);
    }
    set(def) {
        this.map.set(def.name, def);
    }
    delete(name) {
        this.map.delete(name);
    }
    clone() {
        return new MacroTable(this.map.values());
    }
    names() {
        return [...this.map.keys()];
    }
}
/** rpm's max_macro_depth: expanding deeper is an error ("Too many levels of recursion"). */
const MAX_MACRO_DEPTH = 64;
/** The longest value one expansion may build. rpm has no limit; a real Version or %global is tiny. */
const MAX_EXPANSION_LENGTH = 1 << 20;
/**
 * How much work expansions may still do: macro calls and characters built, all levels
 * counted. One budget is shared by every expansion of a parse, so a spec of many lines
 * that each cost a lot still ends quickly (a tenth of a second or so). The largest spec
 * in the corpus (systemd) needs under 300 calls and 10,000 characters.
 */
class ExpansionBudget {
    maxCalls;
    maxChars;
    scope;
    calls;
    chars;
    constructor(maxCalls = 250_000, maxChars = 16 << 20, 
    /** Said after a limit in messages, e.g. " (counted over the whole spec)". */
    scope = '') {
        this.maxCalls = maxCalls;
        this.maxChars = maxChars;
        this.scope = scope;
        this.calls = maxCalls;
        this.chars = maxChars;
    }
}
/** An expansion rpm would refuse or that would not end in reasonable time; callers add the line. */
class MacroLimitError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecError */ .G {
    macro;
    constructor(message, 
    /** The macro whose definition to look at, when one is to blame. */
    macro) {
        super(message);
        this.macro = macro;
        this.name = 'MacroLimitError';
    }
}
function sizeText(n) {
    return n >= 1 << 20 ? `${n / (1 << 20)} MiB` : `${n} characters`;
}
/** Finds the index of the bracket closing the one at `open`, honouring nesting; -1 if none. */
function findClosing(text, open, openChar, closeChar) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === openChar)
            depth++;
        else if (c === closeChar) {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
const BARE = /([?!]*)([A-Za-z_][A-Za-z0-9_]*)/y;
class Expander {
    table;
    budget;
    unresolved = [];
    /** Macros whose bodies are being expanded, outermost first. */
    chain = [];
    /** The construct of the top-level text being expanded, for messages. */
    top = '';
    /** Longest result of one level: the limit on growth, over text passed through as is. */
    maxLength;
    constructor(table, budget, text) {
        this.table = table;
        this.budget = budget;
        this.maxLength = MAX_EXPANSION_LENGTH + text.length;
    }
    miss(construct, reason) {
        if (!this.unresolved.some((u) => u.construct === construct))
            this.unresolved.push({ construct, reason });
        return construct;
    }
    /** Where to look: the outermost macro being expanded (or the one at top level), with its line. */
    culprit() {
        const name = /^%\{?[?!]*([A-Za-z_][A-Za-z0-9_]*)/.exec(this.top)?.[1];
        const def = this.chain[0] ?? (name === undefined ? undefined : this.table.get(name));
        if (!def)
            return { where: '' };
        const at = def.line !== undefined ? ` (line ${def.line + 1})` : '';
        return { macro: def.name, where: ` of %${def.name}${at}` };
    }
    tooDeep() {
        const seen = new Map();
        let loop;
        for (let k = 0; k < this.chain.length && !loop; k++) {
            const first = seen.get(this.chain[k].name);
            if (first !== undefined)
                loop = this.chain.slice(first, k + 1);
            else
                seen.set(this.chain[k].name, k);
        }
        if (loop) {
            const def = loop[0];
            const path = loop.map((d) => `%${d.name}`).join(' -> ');
            const at = def.line !== undefined ? ` (line ${def.line + 1})` : '';
            throw new MacroLimitError(`too many levels of recursion in macro expansion (rpm stops at ${MAX_MACRO_DEPTH}): ` +
                `%${def.name} refers to itself (${path}); fix the definition of %${def.name}${at}`, def.name);
        }
        const { macro, where } = this.culprit();
        throw new MacroLimitError(`macros nested more than ${MAX_MACRO_DEPTH} levels deep in ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(this.top)} (rpm stops at ${MAX_MACRO_DEPTH}); ` +
            (where ? `simplify the definition${where}` : 'simplify this line'), macro);
    }
    tooBig(what) {
        const { macro, where } = this.culprit();
        throw new MacroLimitError(`expanding ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(this.top) || 'this line'} ${what}: macros that use other macros several times ` +
            `grow exponentially; ` +
            (where ? `rewrite the definition${where}` : 'rewrite the macros this line uses'), macro);
    }
    /** Counts one macro call against the budget. */
    tick() {
        if (--this.budget.calls < 0)
            this.tooBig(`needs more than ${this.budget.maxCalls} macro expansions${this.budget.scope}`);
    }
    /** Appends to an expansion result, within the size limits. */
    append(out, piece) {
        if (piece === '')
            return out;
        this.budget.chars -= piece.length;
        if (out.length + piece.length > this.maxLength)
            this.tooBig(`builds more than ${sizeText(MAX_EXPANSION_LENGTH)} of text`);
        if (this.budget.chars < 0)
            this.tooBig(`builds more than ${sizeText(this.budget.maxChars)} of text${this.budget.scope}`);
        return out + piece;
    }
    expand(text, depth) {
        if (depth > MAX_MACRO_DEPTH)
            this.tooDeep();
        let out = '';
        let i = 0;
        while (i < text.length) {
            const pct = text.indexOf('%', i);
            if (pct < 0) {
                out = this.append(out, text.slice(i));
                break;
            }
            out = this.append(out, text.slice(i, pct));
            const next = text[pct + 1];
            // `%%` and a lone `%` cost what copying text costs; only macro constructs count as calls.
            if (next !== '%')
                this.tick();
            let piece;
            if (next === '%') {
                piece = '%';
                i = pct + 2;
            }
            else if (next === '{' || next === '(' || next === '[') {
                const closeChar = next === '{' ? '}' : next === '(' ? ')' : ']';
                const close = findClosing(text, pct + 1, next, closeChar);
                const construct = close < 0 ? text.slice(pct) : text.slice(pct, close + 1);
                if (depth === 0)
                    this.top = construct;
                i = close < 0 ? text.length : close + 1;
                if (close < 0)
                    piece = this.miss(construct, next === '(' ? 'shell expansion %(...) is not run' : `unterminated %${next}`);
                else if (next === '{')
                    piece = this.braced(text.slice(pct + 2, close), construct, depth);
                else if (next === '(')
                    piece = this.shell(text.slice(pct + 2, close), construct, depth);
                else {
                    const inner = this.expand(text.slice(pct + 2, close), depth + 1);
                    const result = (0,_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateExpression */ .O)(inner);
                    piece = result ? result.value : this.miss(construct, 'expression cannot be evaluated');
                }
            }
            else {
                BARE.lastIndex = pct + 1;
                const m = BARE.exec(text);
                if (!m) {
                    out = this.append(out, '%');
                    i = pct + 1;
                    continue;
                }
                const construct = '%' + m[0];
                if (depth === 0)
                    this.top = construct;
                const flags = m[1];
                const name = m[2];
                const def = this.table.get(name);
                i = pct + 1 + m[0].length;
                if (flags.includes('?')) {
                    const defined = def !== undefined;
                    piece = flags.includes('!') ? '' : defined ? this.value(def, construct, depth) : '';
                }
                else if (!def && (0,_standard_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .isStandardParametric */ .Gn)(name)) {
                    // A bare parametric call takes the rest of the line as its arguments.
                    piece = (0,_standard_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .standardMacro */ .Ce)(name, this.expand(text.slice(i), depth + 1), this.context(depth));
                    i = text.length;
                }
                else if (def?.params !== undefined) {
                    // A bare parametric macro takes the rest of the line as arguments; we do not run those.
                    piece = this.miss(construct, `%${name} is a parametric macro`);
                }
                else if (def) {
                    piece = this.value(def, construct, depth);
                }
                else {
                    piece =
                        (0,_standard_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .standardMacro */ .Ce)(name, undefined, this.context(depth)) ??
                            this.miss(construct, `%${name} is not defined in this spec`);
                }
            }
            out = this.append(out, piece);
        }
        return out;
    }
    /** `%(...)`: evaluated when it is in the pure subset shell-subset.ts knows, never run. */
    shell(body, construct, depth) {
        const before = this.unresolved.length;
        const command = this.expand(body, depth + 1);
        const output = this.unresolved.length === before ? (0,_shell_subset_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateShell */ .g9)(command) : undefined;
        if (output !== undefined)
            return output;
        this.unresolved.length = before;
        return this.miss(construct, 'shell expansion %(...) is not run');
    }
    value(def, construct, depth) {
        if (def.uncertain)
            this.miss(construct, def.uncertain);
        if (def.value) {
            for (const u of def.value.unresolved)
                this.miss(u.construct, u.reason);
            return def.value.value;
        }
        // `%global optflags %{optflags} -x`: the inner %{optflags} is rpm's, not this definition.
        if (def.extendsOuter && this.chain.includes(def))
            return this.miss(construct, `%${def.name} here is the definition from outside this spec`);
        this.chain.push(def);
        try {
            return this.expand(def.body, depth + 1);
        }
        finally {
            this.chain.pop();
        }
    }
    braced(inner, construct, depth) {
        const m = /^([?!]*)([A-Za-z_][A-Za-z0-9_]*)(.*)$/s.exec(inner);
        if (!m)
            return this.miss(construct, 'not a macro this tool understands');
        const [, flags, name, rest] = m;
        if (flags.includes('?')) {
            if (rest !== '' && !rest.startsWith(':'))
                return this.miss(construct, 'malformed conditional macro');
            const def = this.table.get(name);
            const wanted = flags.includes('!') ? def === undefined : def !== undefined;
            if (def?.uncertain)
                this.miss(construct, def.uncertain);
            if (!wanted)
                return '';
            if (rest.startsWith(':'))
                return this.expand(rest.slice(1), depth + 1);
            return def ? this.value(def, construct, depth) : '';
        }
        if (rest.startsWith(':'))
            return this.builtinWithColon(name, rest.slice(1), construct, depth);
        if (rest !== '' && /^\s/.test(rest))
            return this.call(name, rest.trim(), construct, depth);
        if (rest !== '')
            return this.miss(construct, 'not a macro this tool understands');
        const def = this.table.get(name);
        if (!def)
            return ((0,_standard_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .standardMacro */ .Ce)(name, undefined, this.context(depth)) ??
                this.miss(construct, `%{${name}} is not defined in this spec`));
        if (def.params !== undefined)
            return this.miss(construct, `%${name} is a parametric macro`);
        return this.value(def, construct, depth);
    }
    builtinWithColon(name, arg, construct, depth) {
        const expanded = () => this.expand(arg, depth + 1);
        switch (name) {
            case 'expand':
                return this.expand(expanded(), depth + 1);
            case 'lua':
                return this.miss(construct, 'Lua code is not evaluated');
            case 'quote':
                // rpm 4.18 marks a quoted argument with ASCII unit separators (checked with rpm --eval).
                return `\x1f${expanded()}\x1f`;
            case 'expr': {
                const result = (0,_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateExpression */ .O)(expanded());
                return result ? result.value : this.miss(construct, 'expression cannot be evaluated');
            }
            case 'len':
                return String([...expanded()].length);
            case 'lower':
                return expanded().toLowerCase();
            case 'upper':
                return expanded().toUpperCase();
            case 'basename':
                // What follows the last `/` (rpm: `%{basename:/a/b/}` is empty).
                return expanded().replace(/^.*\//, '');
            case 'dirname': {
                const v = expanded();
                const idx = v.lastIndexOf('/');
                return idx < 0 ? v : v.slice(0, idx);
            }
            case 'suffix': {
                const v = expanded();
                const idx = v.lastIndexOf('.');
                return idx < 0 ? '' : v.slice(idx + 1);
            }
            case 'shrink':
                return expanded().trim().replace(/\s+/g, ' ');
            case 'url2path':
            case 'u2p':
                // The path of a URL, `/` for a URL without one (rpm: `%{url2path:ftp://host}` is `/`).
                return expanded().replace(/^[a-z]+:\/\/[^/]*(.*)$/, (_m, p) => p || '/');
            case 'S':
                return this.braced(`SOURCE${expanded().trim()}`, construct, depth);
            case 'P':
                return this.braced(`PATCH${expanded().trim()}`, construct, depth);
            case 'defined':
                return this.table.has(expanded().trim()) ? '1' : '0';
            case 'undefined':
                return this.table.has(expanded().trim()) ? '0' : '1';
            case 'echo':
            case 'warn':
            case 'verbose':
            case 'dnl':
                return '';
            case 'error':
                return this.miss(construct, 'rpm stops with this %{error:...}');
            default:
                return this.miss(construct, `%{${name}:...} is not a builtin this tool evaluates`);
        }
    }
    /** What standard macros (standard-macros.ts) may ask of this expansion. */
    context(depth) {
        return {
            expand: (text) => this.expand(text, depth + 1),
            defined: (name) => this.table.has(name),
            miss: (construct, reason) => this.miss(construct, reason),
        };
    }
    call(name, args, construct, depth) {
        switch (name) {
            case 'defined':
            case 'undefined': {
                const isDefined = this.table.has(this.expand(args, depth + 1));
                return (name === 'defined') === isDefined ? '1' : '0';
            }
            // rpm 4.18 takes the rest after a space as the argument of these built-ins too (`%{basename /a/b}`).
            case 'basename':
            case 'dirname':
            case 'suffix':
            case 'expand':
            case 'url2path':
            case 'u2p':
                return this.builtinWithColon(name, args, construct, depth);
            case 'quote':
                // Each argument quoted on its own (rpm --eval '%{quote a b}' is "\x1fa\x1f \x1fb\x1f").
                return this.expand(args, depth + 1)
                    .split(/\s+/)
                    .filter(Boolean)
                    .map((a) => `\x1f${a}\x1f`)
                    .join(' ');
            case 'with':
            case 'without': {
                const isOn = this.table.has(`with_${this.expand(args, depth + 1)}`);
                return (name === 'with') === isOn ? '1' : '0';
            }
            case 'sub': {
                const parts = this.expand(args, depth + 1).split(/\s+/);
                if (parts.length < 2)
                    return this.miss(construct, 'malformed %{sub}');
                const chars = [...parts[0]];
                const from = Number(parts[1]);
                const to = parts.length > 2 ? Number(parts[2]) : -1;
                if (!Number.isInteger(from) || !Number.isInteger(to))
                    return this.miss(construct, 'malformed %{sub}');
                // Lua string.sub semantics: 1-based, inclusive, negative counts from the end.
                const norm = (n) => (n < 0 ? chars.length + n + 1 : n);
                const a = Math.max(norm(from), 1);
                const b = Math.min(norm(to), chars.length);
                return a > b ? '' : chars.slice(a - 1, b).join('');
            }
            default:
                if (!this.table.has(name) && (0,_standard_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .isStandardParametric */ .Gn)(name))
                    return (0,_standard_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .standardMacro */ .Ce)(name, this.expand(args, depth + 1), this.context(depth));
                return this.miss(construct, `%{${name} ...} with arguments is not evaluated`);
        }
    }
}
/**
 * Expands text as rpm would, within `budget` (fresh when not given). Throws MacroLimitError
 * (a SpecError) where rpm would stop with "Too many levels of recursion", or when the
 * expansion grows beyond what any real spec needs (a macro bomb).
 */
function expandMacros(text, table, budget = new ExpansionBudget()) {
    const expander = new Expander(table, budget, text);
    const value = expander.expand(text, 0);
    return { value, unresolved: expander.unresolved };
}


/***/ }),

/***/ 99354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ parseSpec)
});

// UNUSED EXPORTS: MAX_CONDITIONAL_DEPTH

// EXTERNAL MODULE: ./build/bundle-src/spec/lines.js
var spec_lines = __webpack_require__(3807);
;// CONCATENATED MODULE: ./build/bundle-src/spec/logical.js
/** Scans one physical line the way rpm's copyNextLineFromOFI does, updating open-bracket depths. */
function scan(text, depth) {
    let continued = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        continued = false;
        switch (c) {
            case '\\':
                if (i === text.length - 1)
                    continued = true;
                else
                    i++;
                break;
            case '%': {
                const next = text[i + 1];
                if (next === '{') {
                    depth.brace++;
                    i++;
                }
                else if (next === '(') {
                    depth.paren++;
                    i++;
                }
                else if (next === '[') {
                    depth.bracket++;
                    i++;
                }
                else if (next === '%')
                    i++;
                break;
            }
            case '{':
                if (depth.brace > 0)
                    depth.brace++;
                break;
            case '}':
                if (depth.brace > 0)
                    depth.brace--;
                break;
            case '(':
                if (depth.paren > 0)
                    depth.paren++;
                break;
            case ')':
                if (depth.paren > 0)
                    depth.paren--;
                break;
            case '[':
                if (depth.bracket > 0)
                    depth.bracket++;
                break;
            case ']':
                if (depth.bracket > 0)
                    depth.bracket--;
                break;
        }
    }
    return { continued };
}
const DEFINITION_START = /^\s*%(global|define)\s/;
function isCommentLine(text) {
    return /^\s*#/.test(text);
}
function groupLogicalLines(lines) {
    const result = [];
    let i = 0;
    while (i < lines.length) {
        const start = i;
        // A comment line never opens a continuation: an unbalanced `%{` in a comment must not swallow the spec.
        if (isCommentLine(lines[i].text)) {
            result.push({ start, end: i + 1, text: lines[i].text });
            i++;
            continue;
        }
        const depth = { brace: 0, paren: 0, bracket: 0 };
        const texts = [];
        // rpm splits the expanded buffer back into lines, so a trailing backslash only glues lines
        // together where a macro consumes them: the body of %global/%define.
        const isDefinition = DEFINITION_START.test(lines[i].text);
        for (;;) {
            texts.push(lines[i].text);
            const { continued } = scan(lines[i].text, depth);
            i++;
            const open = depth.brace > 0 || depth.paren > 0 || depth.bracket > 0;
            if (!(open || (continued && isDefinition)) || i >= lines.length)
                break;
        }
        result.push({ start, end: i, text: texts.join('\n') });
    }
    return result;
}

// EXTERNAL MODULE: ./build/bundle-src/spec/macros.js
var spec_macros = __webpack_require__(76491);
// EXTERNAL MODULE: ./build/bundle-src/spec/errors.js
var errors = __webpack_require__(59085);
// EXTERNAL MODULE: ./build/bundle-src/spec/expression.js
var expression = __webpack_require__(6300);
;// CONCATENATED MODULE: ./build/bundle-src/spec/sections.js
/** Section names rpm recognises at the start of a line (rpm's partList). */
const SECTION_NAMES = [
    'package',
    'prep',
    'generate_buildrequires',
    'conf',
    'build',
    'install',
    'check',
    'clean',
    'preun',
    'pretrans',
    'preuntrans',
    'pre',
    'postun',
    'posttrans',
    'postuntrans',
    'post',
    'files',
    'changelog',
    'description',
    'triggerpostun',
    'triggerprein',
    'triggerun',
    'triggerin',
    'trigger',
    'verifyscript',
    'sepolicy',
    'filetriggerin',
    'filetrigger',
    'filetriggerun',
    'filetriggerpostun',
    'transfiletriggerin',
    'transfiletrigger',
    'transfiletriggerun',
    'transfiletriggerpostun',
    'end',
    'patchlist',
    'sourcelist',
];
const HEADER = new RegExp(`^%(${SECTION_NAMES.join('|')})(?=\\s|$)(.*)$`, 'is');
/** Returns the section a header line opens, or undefined when the line is not a section header. */
function sectionHeader(text) {
    const m = HEADER.exec(text);
    if (!m)
        return undefined;
    return { name: m[1].toLowerCase(), args: m[2].trim() };
}
/** Sections whose lines are preamble tags. */
function isPreambleSection(name) {
    return name === 'preamble' || name === 'package';
}

// EXTERNAL MODULE: ./build/bundle-src/spec/standard-macros.js
var standard_macros = __webpack_require__(34873);
;// CONCATENATED MODULE: ./build/bundle-src/spec/parse.js
/**
 * Reads a spec file into a model (sections, tags, macro definitions, conditionals) in one
 * pass that follows rpm's own reading order, so macro values are the ones rpm would see at
 * each line. The physical lines are kept untouched: printing the model gives the input back.
 */







/**
 * Tags whose value rpm also defines as a macro of the same lowercase name, for every package
 * (a subpackage's Version redefines %version from there on), and, for the main package only,
 * of the upper-case name too (`%{NAME}`, `%{VERSION}`): build/parsePreamble.c, checked with
 * rpmspec 4.18.
 */
const TAG_MACROS = new Set([
    'name',
    'version',
    'release',
    'epoch',
    'summary',
    'license',
    'distribution',
    'vendor',
    'group',
    'packager',
    'url',
    'vcs',
    'bugurl',
    'modularitylabel',
]);
const TAG_LINE = /^(\s*)([A-Za-z][A-Za-z0-9_]*)(\([^)]*\))?(\s*:\s*)(.*)$/s;
const MACRO_DEFINITION = /^(\s*)%(global|define)(\s+)([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?(\s*)(.*)$/s;
const EXPANDED_IN_COMMENT = /^\s*#[#\s]*%(global|define)\s+([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?\s*(.*)$/s;
const COMMENTED_DEFINITION = /^\s*(?:#+|%dnl\s+%?)\s*%?(global|define)\s+([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?\s*(.*)$/s;
/** `%{!?name: %global name body}` / `%{?!x:%define x 1}` alone on a line: a definition made when the test holds. */
const CONDITIONAL_DEFINITION = /^(\s*)%\{([?!]+)([A-Za-z_][A-Za-z0-9_]*):\s*%(global|define)\s+([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?\s*/s;
const CONDITIONAL = /^\s*%(if|ifarch|ifnarch|ifos|ifnos|elif|elifarch|elifos|else|endif)(?=\s|$)(.*)$/s;
/**
 * Deepest `%if` nesting read. rpm has no limit, but real specs nest a few levels, and every
 * line carries its enclosing conditions, so a spec of 50,000 nested `%if`s must stop early.
 */
const MAX_CONDITIONAL_DEPTH = 64;
/** Whether `name` occurs as a macro reference in an expansion's unresolved constructs. */
function refersTo(expansion, name) {
    const ref = new RegExp(`^%\\{?[?!]*${name}(?![A-Za-z0-9_])`);
    return expansion.unresolved.some((u) => ref.test(u.construct));
}
function activityOf(stack) {
    if (stack.some((f) => f.state === 'false'))
        return 'inactive';
    if (stack.some((f) => f.state === 'unknown'))
        return 'uncertain';
    return 'active';
}
function uncertaintyReason(stack, lines) {
    const frame = stack.find((f) => f.state === 'unknown');
    if (!frame)
        return undefined;
    return `defined under "${(0,errors/* clip */.$)(lines[frame.branchLine].text.trim())}" (line ${frame.branchLine + 1}), a condition this tool cannot evaluate`;
}
function parseSpec(text, options = {}) {
    const lines = (0,spec_lines/* splitLines */.uz)(text);
    const logical = groupLogicalLines(lines);
    const predefined = Object.entries(options.predefined ?? {}).map(([name, body]) => ({
        name,
        body,
        kind: 'predefined',
    }));
    // rpm's built-in %nil expands to nothing and counts as defined (`%{?nil}`, `%{!?nil:...}`).
    const macros = new spec_macros/* MacroTable */.Pb([{ name: 'nil', body: '', kind: 'predefined' }, ...predefined]);
    const sections = [];
    const tags = [];
    const macroDefinitions = [];
    const conditionals = [];
    const listEntries = [];
    const includes = [];
    const problems = [];
    const stack = [];
    const autonum = { source: 0, patch: 0 };
    let section = { name: 'preamble', args: '', headerLine: -1, start: 0, end: lines.length };
    sections.push(section);
    // Lines rpm reads share one budget; skipped lines (false %if branches) another, so they cannot starve the rest.
    const activeBudget = new spec_macros/* ExpansionBudget */.$2(undefined, undefined, ' (counted over the whole spec)');
    const skippedBudget = new spec_macros/* ExpansionBudget */.$2(undefined, undefined, ' (counted over the whole spec)');
    /**
     * Expands text of line `line` (0-based). Where rpm reads the line, a runaway expansion is
     * an error naming the line, as in rpm; on a line rpm skips it only leaves the value unresolved.
     */
    const expand = (text, line, readable, what) => {
        try {
            return (0,spec_macros/* expandMacros */.Q3)(text, macros, readable ? activeBudget : skippedBudget);
        }
        catch (error) {
            if (!(error instanceof spec_macros/* MacroLimitError */._w))
                throw error;
            if (!readable)
                return { value: text, unresolved: [{ construct: text, reason: error.message }] };
            throw new errors/* SpecError */.G(`${what} (line ${line + 1}): ${error.message}`, line + 1);
        }
    };
    /** A %global or %define as rpm's doDefine makes it. */
    const define = (name, kind, params, rawBody, line, uncertain) => {
        // rpm turns backslash-newline inside a body into a newline, and drops trailing blanks
        // (doDefine in rpmio/macro.c): `%global srcname foo ` is "foo".
        const body = rawBody.replace(/\\\n/g, '\n').replace(/[ \t\n]+$/, '');
        const definition = { name, body, kind, line, params, uncertain };
        // %global expands its body once when read; the result is expanded again on use, as in rpm.
        if (kind === 'global' && params === undefined) {
            const expanded = expand(body, line, true, `%global ${name}`);
            definition.body = expanded.value;
            if (refersTo(expanded, name))
                definition.extendsOuter = true;
        }
        macros.set(definition);
    };
    const conditionalState = (directive, expr, parentActive, line) => {
        if (!parentActive)
            return 'false';
        if (directive.endsWith('arch') || directive.endsWith('os'))
            return 'unknown';
        const expansion = expand(expr, line, true, `%${directive}`);
        if (expansion.unresolved.length > 0)
            return 'unknown';
        const result = (0,expression/* evaluateExpression */.O)(expansion.value);
        if (!result)
            return 'unknown';
        return result.truthy ? 'true' : 'false';
    };
    const nextNumber = (kind, explicit, counts) => {
        if (explicit !== undefined) {
            if (counts && explicit >= autonum[kind])
                autonum[kind] = explicit + 1;
            return explicit;
        }
        const n = autonum[kind];
        if (counts)
            autonum[kind]++;
        return n;
    };
    /**
     * `%{!?x: %global x body}`: rpm expands the braces, and `%global`/`%define` inside them
     * define the macro when the test holds (`!?`/`?!`: x undefined; `?`: x defined), with the
     * body up to the closing brace. The line itself expands to nothing.
     */
    const defineConditionally = (match, rawBody, line, uncertain) => {
        const [, , flags, tested, kind, name, params] = match;
        const testedDef = macros.get(tested);
        if ((testedDef !== undefined) === flags.includes('!'))
            return;
        const body = rawBody.replace(/\\\n/g, '\n');
        const definition = {
            name,
            body,
            kind: kind,
            line,
            params: params?.slice(1, -1),
            uncertain: uncertain ?? testedDef?.uncertain,
        };
        if (kind === 'global' && params === undefined) {
            const expanded = expand(body, line, true, `%global ${name}`);
            definition.body = expanded.value;
            if (refersTo(expanded, name))
                definition.extendsOuter = true;
        }
        macros.set(definition);
    };
    /**
     * `%forgemeta` / `%gometa` (Fedora's forge and Go macros, not in the spec): the variables they
     * set (%forgesource, %gosource, %archivename...), as standard-macros.ts writes them out. Where
     * that cannot be done, %forgesource/%gosource stay unresolved with the reason.
     */
    const defineForgeVariables = (which, args, line, uncertain) => {
        // rpm leaves a macro not defined yet as written (`release-%{version}` before Version); Lua or shell cannot be told.
        const known = (text) => {
            const e = expand(text, line, true, `%${which}`);
            return e.unresolved.every((u) => u.reason.endsWith('is not defined in this spec')) ? e.value : undefined;
        };
        // forge.lua sets a variable that expands to nothing; one srcgit cannot expand is the spec's to keep.
        const defined = (name) => known(`%{?${name}}`) !== '';
        const result = /(^|\s)-[a-z]*[az]/.test(args)
            ? { refusal: `%${which}${args.trimEnd()}: srcgit reads %${which} for the main source only (no -a, -z)` }
            : which === 'gometa'
                ? (0,standard_macros/* goMeta */.mj)(known, defined)
                : (0,standard_macros/* forgeMeta */.B2)(known, defined);
        if ('refusal' in result) {
            for (const name of which === 'gometa' ? ['forgesource', 'gosource'] : ['forgesource'])
                if (!macros.has(name))
                    macros.set({ name, body: '', kind: 'predefined', uncertain: result.refusal });
            return;
        }
        for (const [name, body] of Object.entries(result.definitions))
            macros.set({ name, body, kind: 'predefined', uncertain });
    };
    for (const ll of logical) {
        const first = lines[ll.start].text;
        const cond = CONDITIONAL.exec(first);
        if (cond) {
            const directive = cond[1];
            const expr = cond[2];
            const parentActive = stack.slice(0, -1).every((f) => f.state === 'true');
            if (directive.startsWith('if')) {
                if (stack.length >= MAX_CONDITIONAL_DEPTH)
                    throw new errors/* SpecError */.G(`line ${ll.start + 1}: %${directive} nested more than ${MAX_CONDITIONAL_DEPTH} levels deep ` +
                        `(the outermost open one is "${(0,errors/* clip */.$)(stack[0].directive)}" at line ${stack[0].ifLine + 1}); ` +
                        'close the blocks with %endif or flatten the conditions', ll.start + 1);
                const outerActive = stack.every((f) => f.state === 'true');
                const outerUncertain = stack.every((f) => f.state !== 'false');
                let state = conditionalState(directive, expr, outerActive, ll.start);
                if (!outerActive && outerUncertain)
                    state = 'unknown';
                const block = { ifLine: ll.start, branchLines: [], endifLine: -1 };
                conditionals.push(block);
                stack.push({
                    ifLine: ll.start,
                    branchLine: ll.start,
                    directive: first.trim(),
                    state,
                    taken: state === 'true' ? 'yes' : state === 'unknown' ? 'maybe' : 'no',
                    block,
                });
            }
            else if (stack.length === 0) {
                problems.push({ line: ll.start, message: `%${directive} without a matching %if` });
            }
            else if (directive === 'endif') {
                const frame = stack.pop();
                frame.block.endifLine = ll.start;
            }
            else {
                const frame = stack[stack.length - 1];
                frame.block.branchLines.push(ll.start);
                frame.branchLine = ll.start;
                frame.directive = first.trim();
                const parentCertain = stack.slice(0, -1).every((f) => f.state === 'true');
                const parentPossible = stack.slice(0, -1).every((f) => f.state !== 'false');
                let state;
                if (frame.taken === 'yes' || !parentPossible)
                    state = 'false';
                else if (directive === 'else')
                    state = frame.taken === 'maybe' ? 'unknown' : 'true';
                else {
                    state = conditionalState(directive, expr, parentActive, ll.start);
                    if (frame.taken === 'maybe' && state === 'true')
                        state = 'unknown';
                }
                if (!parentCertain && parentPossible && state !== 'false')
                    state = 'unknown';
                frame.state = state;
                if (state === 'true')
                    frame.taken = 'yes';
                else if (state === 'unknown' && frame.taken === 'no')
                    frame.taken = 'maybe';
            }
            continue;
        }
        const activity = activityOf(stack);
        const conditions = stack.map((f) => ({
            ifLine: f.ifLine,
            branchLine: f.branchLine,
            directive: f.directive,
            state: f.state,
        }));
        const readable = activity !== 'inactive';
        const uncertain = uncertaintyReason(stack, lines);
        const header = sectionHeader(first);
        if (header) {
            section.end = ll.start;
            section = {
                name: header.name,
                args: header.args,
                headerLine: ll.start,
                start: ll.end,
                end: lines.length,
            };
            sections.push(section);
            continue;
        }
        const trimmed = first.trimStart();
        if (trimmed.startsWith('#') || trimmed.startsWith('%dnl')) {
            const commented = COMMENTED_DEFINITION.exec(first);
            // rpm expands macros in comments too ("Macro expanded in comment"), so `#%global x 1`
            // and `# %define x 1` do define x; `#global x`, `#%%global x` and `%dnl` lines do not.
            const inComment = readable ? EXPANDED_IN_COMMENT.exec(first) : null;
            if (inComment)
                define(inComment[2], inComment[1], inComment[3]?.slice(1, -1), inComment[4], ll.start, uncertain);
            if (commented && trimmed.length > 0) {
                macroDefinitions.push({
                    line: ll.start,
                    endLine: ll.end,
                    name: commented[2],
                    kind: commented[1],
                    params: commented[3]?.slice(1, -1),
                    body: commented[4],
                    bodyColumn: first.length - commented[4].length,
                    activity,
                    conditions,
                    commentedOut: true,
                });
            }
            continue;
        }
        const conditional = CONDITIONAL_DEFINITION.exec(ll.text);
        if (conditional && conditional[2].includes('?')) {
            const open = conditional[1].length + 1;
            const close = (0,spec_macros/* findClosing */.RC)(ll.text, open, '{', '}');
            if (close > 0 && ll.text.slice(close + 1).trim() === '') {
                if (readable)
                    defineConditionally(conditional, ll.text.slice(conditional[0].length, close), ll.start, uncertain);
                continue;
            }
        }
        const def = MACRO_DEFINITION.exec(ll.text);
        if (def) {
            const [, indent, kind, gap, name, params, gap2] = def;
            const fullBody = def[7];
            const bodyColumn = indent.length + 1 + kind.length + gap.length + name.length + (params ?? '').length + gap2.length;
            const firstLineBody = first.slice(bodyColumn);
            macroDefinitions.push({
                line: ll.start,
                endLine: ll.end,
                name,
                kind: kind,
                params: params?.slice(1, -1),
                body: firstLineBody,
                bodyColumn,
                activity,
                conditions,
                commentedOut: false,
            });
            if (readable)
                define(name, kind, params?.slice(1, -1), fullBody, ll.start, uncertain);
            continue;
        }
        const meta = /^\s*%(forgemeta|gometa)(?=\s|$)(.*)$/.exec(first);
        if (meta && readable && isPreambleSection(section.name) && !macros.has(meta[1])) {
            defineForgeVariables(meta[1], meta[2], ll.start, uncertain);
            continue;
        }
        if (readable) {
            const undef = /^\s*%undefine\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(first);
            if (undef) {
                macros.delete(undef[1]);
                continue;
            }
            const bcond = /^\s*%bcond(_with|_without)?\s+([A-Za-z0-9_]+)(?:\s+(.*))?$/.exec(first);
            if (bcond) {
                let on;
                if (bcond[1] === '_with')
                    on = false;
                else if (bcond[1] === '_without')
                    on = true;
                else {
                    const dflt = expand(bcond[3] ?? '0', ll.start, true, '%bcond');
                    on = (0,expression/* evaluateExpression */.O)(dflt.value)?.truthy ?? false;
                }
                // `%bcond_with foo` means "build without foo unless --with foo": with_foo is undefined.
                if (on)
                    macros.set({ name: `with_${bcond[2]}`, body: '1', kind: 'bcond', line: ll.start, uncertain });
                else
                    macros.delete(`with_${bcond[2]}`);
                continue;
            }
        }
        const include = /^\s*%include\s+(.*)$/.exec(first);
        if (include) {
            const expanded = expand(include[1].trim(), ll.start, readable, '%include');
            const text = readable && expanded.unresolved.length === 0 ? options.readInclude?.(expanded.value) : undefined;
            const entry = {
                line: ll.start,
                raw: include[1],
                expanded,
                activity,
                resolved: text !== undefined,
                entries: [],
            };
            includes.push(entry);
            for (const included of text === undefined ? [] : (0,spec_lines/* splitLines */.uz)(text)) {
                const incDef = MACRO_DEFINITION.exec(included.text);
                if (incDef && incDef[5] === undefined) {
                    const body = expand(incDef[7], ll.start, true, `%global ${incDef[4]} in ${expanded.value}`);
                    macros.set({
                        name: incDef[4],
                        body: body.value,
                        kind: 'global',
                        extendsOuter: refersTo(body, incDef[4]),
                    });
                    continue;
                }
                const incTag = /^\s*(source|patch)(\d*)\s*:\s*(.*)$/i.exec(included.text);
                if (!incTag || !isPreambleSection(section.name))
                    continue;
                const kind = incTag[1].toLowerCase();
                const number = nextNumber(kind, incTag[2] === '' ? undefined : Number(incTag[2]), true);
                const value = expand(incTag[3].trim(), ll.start, true, `${incTag[1]}${incTag[2]} in ${expanded.value}`);
                entry.entries.push({ kind, number, raw: incTag[3].trim(), expanded: value });
                macros.set({ name: `${kind.toUpperCase()}${number}`, body: value.value, kind: 'tag', value });
            }
            continue;
        }
        if (section.name === 'patchlist' || section.name === 'sourcelist') {
            if (trimmed === '')
                continue;
            const kind = section.name === 'patchlist' ? 'patch' : 'source';
            const number = nextNumber(kind, undefined, readable);
            const expanded = expand(trimmed.trim(), ll.start, readable, `%${section.name} entry`);
            listEntries.push({
                line: ll.start,
                section: section.name,
                raw: trimmed.trim(),
                number,
                activity,
                expanded,
            });
            if (readable) {
                macros.set({
                    name: `${kind.toUpperCase()}${number}`,
                    body: expanded.value,
                    kind: 'tag',
                    value: expanded,
                });
            }
            continue;
        }
        if (!isPreambleSection(section.name))
            continue;
        const tagMatch = TAG_LINE.exec(ll.text);
        if (!tagMatch)
            continue;
        const [, indent, name, qualifier = '', separator] = tagMatch;
        const numbered = /^(source|patch)(\d*)$/i.exec(name);
        const base = (numbered ? numbered[1] : name).toLowerCase();
        const valueColumn = indent.length + name.length + qualifier.length + separator.length;
        const raw = first.slice(valueColumn);
        const fullValue = tagMatch[5];
        const expanded = expand(fullValue.trim(), ll.start, readable, name + qualifier);
        const tag = {
            line: ll.start,
            endLine: ll.end,
            name: name + qualifier,
            base,
            raw,
            valueColumn,
            separator,
            packageArgs: section.name === 'package' ? section.args : null,
            activity,
            conditions,
            expanded,
        };
        if (numbered) {
            const kind = base;
            const explicit = numbered[2] === '' ? undefined : Number(numbered[2]);
            if (numbered[2] !== '')
                tag.numberText = numbered[2];
            tag.number = nextNumber(kind, explicit, readable);
            if (readable) {
                macros.set({
                    name: `${kind.toUpperCase()}${tag.number}`,
                    body: expanded.value,
                    kind: 'tag',
                    value: expanded,
                });
            }
        }
        else if (readable && TAG_MACROS.has(base)) {
            const names = tag.packageArgs === null ? [base, base.toUpperCase()] : [base];
            for (const macro of names)
                macros.set({
                    name: macro,
                    body: fullValue.trim(),
                    kind: 'tag',
                    value: expanded,
                    line: ll.start,
                    uncertain,
                });
        }
        tags.push(tag);
    }
    for (const frame of stack) {
        problems.push({ line: frame.ifLine, message: `${frame.directive} is never closed by %endif` });
    }
    return { lines, sections, tags, macroDefinitions, conditionals, listEntries, includes, macros, problems };
}


/***/ }),

/***/ 3809:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yp: () => (/* binding */ analyzePrep),
/* harmony export */   yB: () => (/* binding */ isPatchApplied),
/* harmony export */   yx: () => (/* binding */ unappliedPatchWarnings)
/* harmony export */ });
function parsePatchNumbers(args) {
    const numbers = [];
    const tokens = args.trim().split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t === '-P' && tokens[i + 1] !== undefined && /^\d+$/.test(tokens[i + 1]))
            numbers.push(Number(tokens[++i]));
        else if (/^-P\d+$/.test(t))
            numbers.push(Number(t.slice(2)));
        else if (/^\d+$/.test(t))
            numbers.push(Number(t));
        else if (/^-[bzF]$/.test(t) || t === '-o' || t === '-d')
            i++;
    }
    return numbers;
}
function analyzePrep(spec) {
    const prep = spec.sections.find((s) => s.name === 'prep');
    if (!prep)
        return { prepLine: -1, applications: [] };
    const applications = [];
    for (let i = prep.start; i < prep.end; i++) {
        const text = spec.lines[i].text;
        const trimmed = text.trim();
        let m;
        if ((m = /^%(?:\{)?(autosetup|forgeautosetup)\b\}?(.*)$/.exec(trimmed))) {
            applications.push({ line: i, text: trimmed, kind: 'autosetup', appliesAll: !/(^|\s)-\w*N/.test(m[2]) });
        }
        else if ((m = /^%(?:\{)?autopatch\b\}?(.*)$/.exec(trimmed))) {
            const args = m[1];
            const min = /-m\s*(\d+)/.exec(args);
            const max = /-M\s*(\d+)/.exec(args);
            const numbers = args
                .replace(/-[mMp]\s*\d+/g, '')
                .replace(/-[a-zA-Z]+/g, '')
                .trim()
                .split(/\s+/)
                .filter((t) => /^\d+$/.test(t))
                .map(Number);
            applications.push({
                line: i,
                text: trimmed,
                kind: 'autopatch',
                min: min ? Number(min[1]) : undefined,
                max: max ? Number(max[1]) : undefined,
                numbers: numbers.length > 0 ? numbers : undefined,
            });
        }
        else if ((m = /^%\{?patch(\d*)\}?(\s.*)?$/.exec(trimmed))) {
            const numbers = m[1] !== '' ? [Number(m[1])] : parsePatchNumbers(m[2] ?? '');
            // A bare `%patch` applied patch 0 in old rpm.
            applications.push({
                line: i,
                text: trimmed,
                kind: 'patch',
                numbers: numbers.length > 0 ? numbers : [0],
            });
        }
    }
    return { prepLine: prep.headerLine, applications };
}
/** True when %prep applies patch `number` (automatically or by an explicit line). */
function isPatchApplied(analysis, number) {
    return analysis.applications.some((a) => {
        if (a.kind === 'autosetup')
            return a.appliesAll === true;
        if (a.kind === 'patch')
            return a.numbers?.includes(number) ?? false;
        if (a.numbers)
            return a.numbers.includes(number);
        return (a.min === undefined || number >= a.min) && (a.max === undefined || number <= a.max);
    });
}
/** A warning for each patch number that %prep would not apply, naming the line to look at. */
function unappliedPatchWarnings(analysis, numbers) {
    const warnings = [];
    for (const n of numbers) {
        if (isPatchApplied(analysis, n))
            continue;
        if (analysis.prepLine < 0) {
            warnings.push(`Patch${n} is declared but the spec has no %prep section to apply it`);
            continue;
        }
        const explicit = analysis.applications.filter((a) => a.kind === 'patch');
        const last = analysis.applications[analysis.applications.length - 1];
        if (explicit.length > 0) {
            const ref = explicit[explicit.length - 1];
            warnings.push(`Patch${n} will not be applied: %prep applies patches one by one with %patch lines ` +
                `(last one at line ${ref.line + 1}: "${ref.text}"); add "%patch -P${n} -p1" there, or switch %prep to %autosetup -p1`);
        }
        else if (last) {
            warnings.push(`Patch${n} will not be applied by "${last.text}" (line ${last.line + 1}); widen its range or add "%patch -P${n} -p1"`);
        }
        else {
            warnings.push(`Patch${n} will not be applied: %prep (line ${analysis.prepLine + 1}) has no %autosetup, %autopatch or %patch line; use %autosetup -p1`);
        }
    }
    return warnings;
}


/***/ }),

/***/ 403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ planReleaseReset),
/* harmony export */   Kz: () => (/* binding */ atomsValue),
/* harmony export */   jJ: () => (/* binding */ autoreleaseAfterVersionChange),
/* harmony export */   s0: () => (/* binding */ planProcessedHeaderReset),
/* harmony export */   sv: () => (/* binding */ releaseAtoms)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59085);
/* harmony import */ var _macros_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76491);
/* harmony import */ var _value_update_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73975);



const DIST_CONSTRUCT = /^%\{?[?!]*dist(?=$|[}:])/;
const AUTORELEASE_BRACED = /^%\{\??autorelease(?:\s+(.*))?\}$/s;
/** The definition rpm uses for `name` read at `line`: the last enabled one above it. */
function visibleDefinition(parsed, name, line) {
    const candidates = parsed.macroDefinitions.filter((d) => d.name === name && !d.commentedOut && d.activity !== 'inactive' && d.line < line);
    return candidates[candidates.length - 1];
}
/** A definition whose body this walker can follow and edit: one line, no parameters, read for sure. */
function followable(def) {
    return (def !== undefined && def.activity === 'active' && def.endLine - def.line === 1 && def.params === undefined);
}
/**
 * Splits the main package's Release into atoms, following the macros the spec defines
 * (`%global`/`%define` on one line) into their bodies.
 */
function releaseAtoms(parsed, tag) {
    const atoms = [];
    const table = parsed.macros;
    const fixed = (construct, chain) => {
        const e = (0,_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .expandMacros */ .Q3)(construct, table);
        atoms.push({ kind: 'fixed', text: e.value, construct, unresolved: e.unresolved, chain });
    };
    const walk = (text, line, column, at, chain) => {
        const tokens = (0,_value_update_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenizeValue */ .pW)(text);
        for (let k = 0; k < tokens.length; k++) {
            const token = tokens[k];
            if (token.kind === 'literal') {
                atoms.push({
                    kind: 'literal',
                    text: token.text.replace(/%%/g, '%'),
                    raw: token.text,
                    line,
                    start: column + token.offset,
                    chain,
                });
                continue;
            }
            if (token.kind === 'macro' && token.name === 'autorelease') {
                // A bare parametric call takes the rest of the line as its options; `%{autorelease}` none.
                const bare = !token.text.startsWith('%{');
                const args = bare ? text.slice(token.offset + token.text.length) : '';
                atoms.push({ kind: 'autorelease', construct: bare ? token.text + args : token.text, args, chain });
                if (bare)
                    return;
                continue;
            }
            const braced = AUTORELEASE_BRACED.exec(token.text);
            if (braced) {
                atoms.push({ kind: 'autorelease', construct: token.text, args: braced[1] ?? '', chain });
                continue;
            }
            if (DIST_CONSTRUCT.test(token.text)) {
                atoms.push({
                    kind: 'dist',
                    text: (0,_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .expandMacros */ .Q3)(token.text, table).value,
                    construct: token.text,
                    chain,
                });
                continue;
            }
            const follow = (name) => {
                const def = visibleDefinition(parsed, name, at);
                if (!followable(def) || chain.includes(name))
                    return false;
                const body = def.body.replace(/\s+$/, '');
                walk(body, def.line, def.bodyColumn, def.kind === 'global' ? def.line : at, [...chain, name]);
                return true;
            };
            if (token.kind === 'macro') {
                if (!follow(token.name))
                    fixed(token.text, chain);
                continue;
            }
            // `%{?name}` is the macro when defined, nothing otherwise.
            const optional = /^%\{?\?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(token.text);
            if (optional && token.text.startsWith('%{') === token.text.endsWith('}')) {
                if (!table.has(optional[1]))
                    atoms.push({ kind: 'fixed', text: '', construct: token.text, unresolved: [], chain });
                else if (!follow(optional[1]))
                    fixed(token.text, chain);
                continue;
            }
            // `%{?x:text}` / `%{!?x:text}`: when rpm uses the text, it is part of the value, in place.
            const conditional = /^%\{(!\?|\?!|\?)([A-Za-z_][A-Za-z0-9_]*):(.*)\}$/s.exec(token.text);
            if (conditional) {
                const used = table.has(conditional[2]) !== conditional[1].includes('!');
                if (used) {
                    const inner = token.offset + 2 + conditional[1].length + conditional[2].length + 1;
                    walk(conditional[3], line, column + inner, at, chain);
                }
                else
                    atoms.push({ kind: 'fixed', text: '', construct: token.text, unresolved: [], chain });
                continue;
            }
            fixed(token.text, chain);
        }
    };
    walk(tag.raw.replace(/\s+$/, ''), tag.line, tag.valueColumn, tag.line, []);
    return atoms;
}
/** The value the atoms give; `dist` and `%autorelease` pieces as the callbacks say. */
function atomsValue(atoms, dist = (a) => a.text, autorelease = (a) => a.construct) {
    return atoms
        .map((a) => (a.kind === 'dist' ? dist(a) : a.kind === 'autorelease' ? autorelease(a) : a.text))
        .join('');
}
/** Every macro defined in the spec that `text` uses, directly or through other macros. */
function macrosUsedBy(parsed, text, seen = new Set()) {
    // Any `%name`, also bare inside an expression: `%[%baserelease+2]`.
    for (const m of text.matchAll(/%\{?[?!]*([A-Za-z_][A-Za-z0-9_]*)/g)) {
        const name = m[1];
        if (seen.has(name))
            continue;
        const defs = parsed.macroDefinitions.filter((d) => d.name === name && !d.commentedOut);
        if (defs.length === 0)
            continue;
        seen.add(name);
        for (const d of defs) {
            const body = parsed.lines
                .slice(d.line, d.endLine)
                .map((l) => l.text)
                .join('\n')
                .slice(d.bodyColumn);
            macrosUsedBy(parsed, body, seen);
        }
    }
    return seen;
}
/** Tags that must keep their value when the main package's release is reset. */
function keepers(parsed) {
    const found = [];
    const active = parsed.tags.filter((t) => t.activity !== 'inactive');
    for (const t of active) {
        if (t.packageArgs === null && ['name', 'version', 'epoch'].includes(t.base))
            found.push({ tag: t, what: `${t.name} (line ${t.line + 1})` });
        if (t.packageArgs !== null && t.base === 'release') {
            // A subpackage with the main package's version (its own Version tag saying `%{version}`,
            // or none) moves to the new version with it, so its release restarts too, even when
            // built differently (fritzing's parts: `%{baserelease}.%{parts_date}`). One with a version
            // of its own keeps its release.
            const mainVersion = active.find((v) => v.base === 'version' && v.packageArgs === null);
            const ownVersion = active.some((v) => v.base === 'version' &&
                v.packageArgs === t.packageArgs &&
                (v.expanded.unresolved.length > 0 || v.expanded.value !== mainVersion?.expanded.value));
            if (ownVersion)
                found.push({ tag: t, what: `the Release of %package ${t.packageArgs.trim()} (line ${t.line + 1})` });
        }
    }
    return found;
}
/**
 * The literal holding the release number, reset: all of it when nothing built follows it
 * before the dist tag; else its number, keeping text glued to what follows (`5.git` before
 * %{shortcommit} becomes `1.git`). The problem text continues "Release (line N)".
 */
function resetNumber(first, laterText) {
    if (!laterText || /^\d+$/.test(first.text))
        return '1';
    // `0.1.%{snapinfo}`, `0.%{snapver}.%{baserelease}`: a pre-release whose number may be any of its parts.
    if (/^0\./.test(first.text))
        return {
            problem: ` starts with "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(first.text)}", a pre-release (0.N...) built with macros; ` +
                'which part is the release number is not clear: set Release for the new version by hand',
        };
    const cut = Math.max(...[...'.-_~^+'].map((c) => first.text.lastIndexOf(c)));
    if (cut <= 0 || !/^\d/.test(first.text))
        return {
            problem: `: "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(first.raw)}"${first.chain.length > 0 ? ` in %${first.chain[first.chain.length - 1]}` : ''} ` +
                'does not start with a release number srcgit can reset; set it to 1 by hand',
        };
    return '1' + first.text.slice(cut);
}
/** Why changing `atom` would change what must stay (see keepers), or undefined. */
function sharedMacroProblem(parsed, tag, atom) {
    for (const name of atom.chain)
        for (const keeper of keepers(parsed))
            if (macrosUsedBy(parsed, keeper.tag.raw).has(name)) {
                const def = visibleDefinition(parsed, name, tag.line);
                const at = def ? ` (line ${def.line + 1})` : '';
                return (`resetting Release (line ${tag.line + 1}) would change %${name}${at}, which ${keeper.what} also uses; ` +
                    `give the main package a release macro of its own, or reset the release by hand`);
            }
    return undefined;
}
/**
 * Plans setting the release number of the main package's Release to 1, keeping the dist tag
 * and everything built around the number; a minor bump right after the dist tag
 * (`%{?dist}.1`) belongs to the old release and goes. A release made only of literal text
 * (`0.35.pre4%{?dist}`) becomes `1`: its pre-release parts were the old version's.
 */
function snapshotToRelease(tag, atoms, distAt) {
    const dist = distAt >= 0 ? atoms[distAt] : undefined;
    const text = `1${dist?.construct ?? ''}`;
    const raw = tag.raw.replace(/\s+$/, '');
    return {
        edits: [
            { kind: 'splice', line: tag.line, start: tag.valueColumn, end: tag.valueColumn + raw.length, text },
        ],
        expected: `1${dist?.text ?? ''}`,
        note: `Release (line ${tag.line + 1}) was the pre-release snapshot "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(raw)}"; ` +
            `it is now "${text}" for the new version (the snapshot's macros are no longer used by Release)`,
    };
}
function planReleaseReset(parsed, tag) {
    const where = `Release (line ${tag.line + 1})`;
    const refuse = (problem) => ({ problem, line: tag.line + 1 });
    const atoms = releaseAtoms(parsed, tag);
    if (atomsValue(atoms) !== tag.expanded.value)
        return refuse(`${where} "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(tag.raw.trim())}" is built in a way srcgit cannot follow (its macros are redefined or conditional); ` +
            'set its release number to 1 by hand');
    const distAt = atoms.findIndex((a) => a.kind === 'dist');
    const pre = atoms.slice(0, distAt < 0 ? atoms.length : distAt);
    const firstAt = pre.findIndex((a) => a.kind !== 'fixed' || a.text !== '');
    if (firstAt < 0)
        return refuse(`${where} "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(tag.raw.trim())}" has no release number before its dist tag; write one, e.g. 1%{?dist}`);
    const first = pre[firstAt];
    if (first.kind !== 'literal') {
        const construct = first.kind === 'fixed' ? first.construct : first.kind === 'autorelease' ? first.construct : '';
        const reason = first.kind === 'fixed' && first.unresolved.length > 0
            ? first.unresolved[0].reason
            : 'it is not a single-line %global or %define of this spec';
        return refuse(`${where}: its release number comes from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(construct)} (${reason}), which srcgit cannot reset; ` +
            `define it with %global in the spec or set the release number to 1 by hand`);
    }
    const changes = new Map();
    const laterText = pre.slice(firstAt + 1).some((a) => a.kind !== 'fixed' || a.text !== '');
    const number = resetNumber(first, laterText);
    if (typeof number !== 'string') {
        // A snapshot's `0.N.<date>git<commit>` becomes the release's `1%{?dist}`, as Packit
        // (specfile's set_version_and_release) writes it: a new upstream version is no snapshot.
        if (/^0\./.test(first.text) && tag.raw.trim() !== '')
            return snapshotToRelease(tag, atoms, distAt);
        return refuse(`${where}${number.problem}`);
    }
    changes.set(first, number);
    if (distAt >= 0) {
        const next = atoms.slice(distAt + 1).find((a) => a.kind !== 'fixed' || a.text !== '');
        if (next?.kind === 'literal') {
            const minor = /^(\.\d+)+(?![0-9A-Za-z])/.exec(next.text);
            if (minor)
                changes.set(next, next.text.slice(minor[0].length));
        }
    }
    const edits = [];
    for (const [atom, text] of changes) {
        if (atom.kind !== 'literal' || atom.text === text)
            continue;
        if (atom.raw.includes('%%'))
            return refuse(`${where}: "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(atom.raw)}" holds %%; set the release number to 1 by hand`);
        const shared = sharedMacroProblem(parsed, tag, atom);
        if (shared)
            return refuse(shared);
        edits.push({
            kind: 'splice',
            line: atom.line,
            start: atom.start,
            end: atom.start + atom.raw.length,
            text,
        });
    }
    const expected = atoms
        .map((a) => changes.get(a) ?? (a.kind === 'autorelease' ? a.construct : a.text))
        .join('');
    return { edits, expected };
}
// ---- %autorelease ------------------------------------------------------------------------
/**
 * What rpmautospec's `%autorelease` gives for the first build of a new version, from
 * fedora-infra/rpmautospec: rpm_macros.d/macros.rpmautospec and the header it writes
 * (subcommands/process_distgit.py) define `%autorelease(e:s:pb:n)` as
 * `%{?-p:0.}<number + base - 1>%{?-e:.%{-e*}}%{?-s:.%{-s*}}%{!?-n:%{?dist}}`, and
 * pkg_history.py's release_number_visitor counts the number from 1 again in the commit that
 * changes the epoch-version (no parent has the same one), so it is 1: the release is the
 * `-b` base (default 1), `0.` before it with `-p`, `.extraver` (`-e`) and `.snapinfo` (`-s`)
 * after it. This is without the dist tag, as in changelog EVRs; `-n` only drops the dist tag.
 */
function autoreleaseAfterVersionChange(args, macros) {
    const expanded = (0,_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .expandMacros */ .Q3)(args.trim(), macros);
    if (expanded.unresolved.length > 0)
        return {
            problem: `its options "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(args.trim())}" use ${expanded.unresolved.map((u) => `${u.construct} (${u.reason})`).join(', ')}`,
        };
    // rpm parses a parametric macro's options with getopt, here "e:s:pb:n".
    const words = expanded.value.split(/\s+/).filter(Boolean);
    const options = new Map();
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (!word.startsWith('-') || word === '-')
            break;
        for (let k = 1; k < word.length; k++) {
            const flag = word[k];
            if (flag === 'p' || flag === 'n') {
                options.set(flag, '');
                continue;
            }
            if (flag !== 'e' && flag !== 's' && flag !== 'b')
                return { problem: `-${flag} is not an option of %autorelease (e:s:pb:n)` };
            const value = k + 1 < word.length ? word.slice(k + 1) : words[++i];
            if (value === undefined)
                return { problem: `-${flag} needs a value` };
            options.set(flag, value);
            break;
        }
    }
    const base = options.get('b') ?? '1';
    if (!/^\d+$/.test(base))
        return { problem: `-b ${base} is not a number` };
    const release = (options.has('p') ? '0.' : '') +
        String(Number(base)) +
        (options.has('e') ? `.${options.get('e')}` : '') +
        (options.has('s') ? `.${options.get('s')}` : '');
    return { release };
}
/**
 * A spec rpmautospec already processed carries `%define autorelease(e:s:pb:n)` with the
 * release number written in (`release_number = 7;`, older versions `%{?-p:0.}7...`), between
 * `## START: Set by rpmautospec` and `## END: Set by rpmautospec`; rpmautospec skips such a
 * spec (rpmautospec_core's check_specfile_features: is_processed), so that number is what
 * rpm uses. Plans setting it to 1, or says why not; no edit when the spec has no such header.
 */
function planProcessedHeaderReset(parsed) {
    const def = parsed.macroDefinitions.find((d) => d.name === 'autorelease' && d.params !== undefined && !d.commentedOut && d.activity !== 'inactive');
    if (!def)
        return [];
    for (let i = def.line; i < def.endLine; i++) {
        const text = parsed.lines[i].text;
        const lua = /^(\s*release_number\s*=\s*)(\d+)(?=\s*;)/.exec(text);
        const old = i === def.line ? /^(%\{\?-p:0\.\})(\d+)/.exec(text.slice(def.bodyColumn)) : null;
        const m = lua ?? old;
        if (!m)
            continue;
        const start = (lua ? 0 : def.bodyColumn) + m[1].length;
        return m[2] === '1' ? [] : [{ kind: 'splice', line: i, start, end: start + m[2].length, text: '1' }];
    }
    return {
        problem: `the %define autorelease written by rpmautospec (line ${def.line + 1}) holds no release number srcgit knows ` +
            '(release_number = N;); delete the "## START: Set by rpmautospec" ... "## END" block, so rpmautospec computes the release at build time',
        line: def.line + 1,
    };
}


/***/ }),

/***/ 77150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ rpmvercmp)
/* harmony export */ });
/**
 * rpm's version segment comparison (rpmvercmp), including `~` (sorts before anything,
 * for pre-releases) and `^` (sorts after the base version, for snapshots).
 */
function rpmvercmp(a, b) {
    if (a === b)
        return 0;
    let i = 0;
    let j = 0;
    const isAlnum = (c) => c !== undefined && /[A-Za-z0-9]/.test(c);
    for (;;) {
        while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^')
            i++;
        while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^')
            j++;
        if (a[i] === '~' || b[j] === '~') {
            if (a[i] !== '~')
                return 1;
            if (b[j] !== '~')
                return -1;
            i++;
            j++;
            continue;
        }
        if (a[i] === '^' || b[j] === '^') {
            if (i >= a.length)
                return -1;
            if (j >= b.length)
                return 1;
            if (a[i] !== '^')
                return 1;
            if (b[j] !== '^')
                return -1;
            i++;
            j++;
            continue;
        }
        if (i >= a.length || j >= b.length)
            break;
        const numeric = /[0-9]/.test(a[i]);
        const re = numeric ? /[0-9]/ : /[A-Za-z]/;
        let ie = i;
        let je = j;
        while (ie < a.length && re.test(a[ie]))
            ie++;
        while (je < b.length && re.test(b[je]))
            je++;
        let sa = a.slice(i, ie);
        let sb = b.slice(j, je);
        if (sb === '')
            return numeric ? 1 : -1;
        if (numeric) {
            sa = sa.replace(/^0+/, '');
            sb = sb.replace(/^0+/, '');
            if (sa.length !== sb.length)
                return sa.length > sb.length ? 1 : -1;
        }
        if (sa !== sb)
            return sa < sb ? -1 : 1;
        i = ie;
        j = je;
    }
    if (i >= a.length && j >= b.length)
        return 0;
    return i >= a.length ? -1 : 1;
}


/***/ }),

/***/ 50917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ parseShellComputation),
/* harmony export */   g9: () => (/* binding */ evaluateShell),
/* harmony export */   qc: () => (/* binding */ maskMacros)
/* harmony export */ });
/**
 * A small, pure subset of the shell rpm runs for `%(...)`, evaluated in TypeScript (no shell
 * is ever started): `echo WORDS | stage | stage`, where a stage is `sed` with `s/re/text/[g]`
 * commands on simple regular expressions, `tr -d SET`, `tr -s SET`, `tr SET1 SET2`, or `cut
 * -d C -f LIST` / `cut -c LIST`; and bash's substring of a variable set just before,
 * `c=WORD; echo ${c:OFFSET[:LENGTH]}` (Fedora's /bin/sh is bash), which 859 Fedora specs use to
 * cut a short commit. Enough for the version computations specs write
 * (`%(echo %{version} | sed 's/\./_/g')`, `%(echo '%{cpan_version}' | tr -d 'v')`); anything
 * else is undefined, so the caller reports it as not evaluated instead of guessing.
 */
/** Characters an unquoted word may hold without the shell giving them a meaning. */
const PLAIN = /[A-Za-z0-9._~^+:/=@,%-]/;
/** Splits a command into words, or undefined when it uses anything beyond plain and quoted words. */
function words(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        if (text[i] === ' ' || text[i] === '\t') {
            i++;
            continue;
        }
        let value = '';
        const begin = i;
        let runs = 0;
        let contentStart = i;
        let contentEnd = i;
        while (i < text.length && text[i] !== ' ' && text[i] !== '\t') {
            const c = text[i];
            runs++;
            if (c === "'") {
                const close = text.indexOf("'", i + 1);
                if (close < 0)
                    return undefined;
                value += text.slice(i + 1, close);
                contentStart = i + 1;
                contentEnd = close;
                i = close + 1;
            }
            else if (c === '"') {
                const close = text.indexOf('"', i + 1);
                if (close < 0)
                    return undefined;
                const inner = text.slice(i + 1, close);
                // `$`, backquotes and backslashes mean something inside double quotes.
                if (/[$`\\]/.test(inner))
                    return undefined;
                value += inner;
                contentStart = i + 1;
                contentEnd = close;
                i = close + 1;
            }
            else {
                let j = i;
                while (j < text.length && PLAIN.test(text[j]))
                    j++;
                // Nothing unplain, and no `~` starting a word (the shell's tilde expansion).
                if (j === i || (c === '~' && i === begin))
                    return undefined;
                value += text.slice(i, j);
                contentStart = i;
                contentEnd = j;
                i = j;
            }
        }
        out.push({
            text: value,
            start: runs === 1 ? contentStart : begin,
            end: runs === 1 ? contentEnd : i,
            simple: runs === 1,
        });
    }
    return out;
}
/** Splits at `|` outside quotes; undefined for `||`. */
function pipeline(text) {
    const parts = [];
    let quote = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === '|') {
            if (text[i + 1] === '|')
                return undefined;
            parts.push({ text: text.slice(start, i), offset: start });
            start = i + 1;
        }
    }
    if (quote)
        return undefined;
    parts.push({ text: text.slice(start), offset: start });
    return parts;
}
/** A basic regular expression (sed's default) as a JavaScript one, for the simple ones only. */
function basicRegex(re) {
    let out = '';
    for (let i = 0; i < re.length; i++) {
        const c = re[i];
        if (c === '\\') {
            const n = re[++i];
            // `\.` `\/` `\-`: the character itself; `\(`, `\+`, `\1`, `\n`, `\w`... are not handled.
            if (n === undefined || /[A-Za-z0-9(){}+?|<>`']/.test(n))
                return undefined;
            out += '\\' + n;
        }
        else if (c === '[') {
            const close = re.indexOf(']', i + 2);
            if (close < 0)
                return undefined;
            const cls = re.slice(i + 1, close);
            if (/[[\\]/.test(cls))
                return undefined;
            out += `[${cls.replace(/^\^/, '^')}]`;
            i = close;
        }
        else if (c === '^' && i === 0)
            out += '^';
        else if (c === '$' && i === re.length - 1)
            out += '$';
        else if (c === '.' || c === '*')
            out += c;
        else if (/[A-Za-z0-9_~,:;=@%#!"' -]/.test(c))
            out += c === '-' ? '\\-' : c;
        else if (/[+?(){}|^$/]/.test(c))
            out += '\\' + c;
        else
            return undefined;
    }
    return out;
}
/** One `s/re/text/flags` command of sed, or undefined when it is more than that. */
function sedSubstitution(script) {
    if (script[0] !== 's' || script.length < 4)
        return undefined;
    const delim = script[1];
    if (/[A-Za-z0-9\\\s]/.test(delim))
        return undefined;
    const parts = [];
    let current = '';
    for (let i = 2; i < script.length; i++) {
        const c = script[i];
        if (c === '\\' && script[i + 1] === delim) {
            current += delim === '.' ? '\\.' : delim;
            i++;
        }
        else if (c === '\\') {
            current += c + (script[i + 1] ?? '');
            i++;
        }
        else if (c === delim) {
            parts.push(current);
            current = '';
        }
        else
            current += c;
    }
    // An empty regex is sed's "the last one used"; not handled.
    if (parts.length !== 2 || parts[0] === '')
        return undefined;
    const flags = current;
    if (flags !== '' && flags !== 'g')
        return undefined;
    const regex = basicRegex(parts[0]);
    if (regex === undefined)
        return undefined;
    // The replacement: `&` is the match, `\X` the character X; other escapes are not handled.
    let replacement = '';
    for (let i = 0; i < parts[1].length; i++) {
        const c = parts[1][i];
        if (c === '\\') {
            const n = parts[1][++i];
            if (n === undefined || /[A-Za-z0-9]/.test(n))
                return undefined;
            replacement += n === '$' ? '$$' : n;
        }
        else if (c === '&')
            replacement += '$&';
        else if (c === '$')
            replacement += '$$';
        else
            replacement += c;
    }
    let compiled;
    try {
        compiled = new RegExp(regex, flags === 'g' ? 'g' : '');
        // Empty matches after a match differ between sed and JavaScript (`s/x*/Q/g`): not handled.
        if (flags === 'g' && new RegExp(`^(?:${regex})$`).test(''))
            return undefined;
    }
    catch {
        return undefined;
    }
    return (line) => line.replace(compiled, replacement);
}
/** Applies a per-line transformation to text made of newline-terminated lines. */
const perLine = (fn) => (input) => {
    const lines = input.split('\n');
    const last = lines.pop();
    return lines.map((l) => fn(l) + '\n').join('') + (last === '' ? '' : fn(last));
};
function sed(args) {
    const scripts = [];
    for (let i = 0; i < args.length; i++) {
        if (args[i] === '-e' && i + 1 < args.length)
            scripts.push(args[++i]);
        else if (args[i].startsWith('-'))
            return undefined;
        else if (scripts.length === 0 && i === args.length - 1)
            scripts.push(args[i]);
        else
            return undefined;
    }
    const commands = scripts.flatMap((s) => s
        .split(';')
        .map((c) => c.trim())
        .filter(Boolean));
    if (commands.length === 0)
        return undefined;
    const stages = commands.map(sedSubstitution);
    if (stages.some((s) => s === undefined))
        return undefined;
    return perLine((line) => stages.reduce((l, s) => s(l), line));
}
/** A tr set: characters, `a-z` ranges, `\n` and `\\`; undefined for classes and other escapes. */
function trSet(set) {
    const chars = [];
    for (let i = 0; i < set.length; i++) {
        let c = set[i];
        if (c === '\\') {
            const n = set[++i];
            if (n === 'n')
                c = '\n';
            else if (n === '\\')
                c = '\\';
            else
                return undefined;
        }
        else if (c === '[')
            return undefined;
        if (set[i + 1] === '-' && i + 2 < set.length) {
            const to = set[i + 2];
            if (to === '\\' || to.charCodeAt(0) < c.charCodeAt(0))
                return undefined;
            for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++)
                chars.push(String.fromCharCode(k));
            i += 2;
        }
        else
            chars.push(c);
    }
    return chars;
}
function tr(args) {
    if ((args[0] === '-d' || args[0] === '-s') && args.length === 2) {
        const set = trSet(args[1]);
        if (!set)
            return undefined;
        if (args[0] === '-d')
            return (input) => [...input].filter((c) => !set.includes(c)).join('');
        return (input) => [...input].filter((c, i, all) => !(set.includes(c) && all[i - 1] === c)).join('');
    }
    if (args.length === 2 && !args[0].startsWith('-')) {
        const from = trSet(args[0]);
        const to = trSet(args[1]);
        if (!from || !to || to.length === 0)
            return undefined;
        // POSIX tr pads SET2 with its last character.
        const map = new Map(from.map((c, i) => [c, to[Math.min(i, to.length - 1)]]));
        return (input) => [...input].map((c) => map.get(c) ?? c).join('');
    }
    return undefined;
}
function cut(args) {
    let delimiter;
    let fields;
    let chars;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '-d')
            delimiter = args[++i];
        else if (a.startsWith('-d'))
            delimiter = a.slice(2);
        else if (a === '-f')
            fields = args[++i];
        else if (a.startsWith('-f'))
            fields = a.slice(2);
        else if (a === '-c')
            chars = args[++i];
        else if (a.startsWith('-c'))
            chars = a.slice(2);
        else
            return undefined;
    }
    if (chars !== undefined) {
        const picked = delimiter !== undefined || fields !== undefined ? undefined : ranges(chars);
        return picked && perLine((line) => [...line].filter((_, i) => inRanges(picked, i + 1)).join(''));
    }
    if (delimiter === undefined || delimiter.length !== 1 || fields === undefined)
        return undefined;
    const picked = ranges(fields);
    if (!picked)
        return undefined;
    const d = delimiter;
    return perLine((line) => {
        // A line without the delimiter is printed whole (no -s).
        if (!line.includes(d))
            return line;
        return line
            .split(d)
            .filter((_, i) => inRanges(picked, i + 1))
            .join(d);
    });
}
/** cut's LIST (`N`, `N-M`, `N-`, `-M`, joined by commas), or undefined when it is not one. */
function ranges(list) {
    const picked = [];
    for (const part of list.split(',')) {
        const m = /^(\d*)(-?)(\d*)$/.exec(part);
        if (!m || (m[1] === '' && m[3] === ''))
            return undefined;
        const from = m[1] === '' ? 1 : Number(m[1]);
        const to = m[2] === '' ? from : m[3] === '' ? Infinity : Number(m[3]);
        if (from < 1 || to < from)
            return undefined;
        picked.push([from, to]);
    }
    return picked;
}
const inRanges = (list, n) => list.some(([a, b]) => n >= a && n <= b);
function stage(command) {
    const w = words(command.trim());
    if (!w || w.length === 0)
        return undefined;
    const [name, ...args] = w.map((x) => x.text);
    if (name === 'sed')
        return sed(args);
    if (name === 'tr')
        return tr(args);
    if (name === 'cut')
        return cut(args);
    return undefined;
}
/** Reads `echo WORDS | stages` (command text as rpm runs it), or undefined when it is more. */
function parseShellComputation(command) {
    // Outside single quotes: no lists, redirections, substitutions, escapes.
    if (/[\n;&<>`$()\\]/.test(command.replace(/'[^']*'/g, "''")))
        return undefined;
    const parts = pipeline(command);
    if (!parts)
        return undefined;
    const [first, ...rest] = parts;
    const echo = words(first.text);
    if (!echo || echo[0]?.text !== 'echo')
        return undefined;
    const args = echo.slice(1);
    if (args.some((a) => a.text.startsWith('-')))
        return undefined;
    const stages = rest.map((p) => stage(p.text));
    if (stages.some((s) => s === undefined))
        return undefined;
    const run = (input) => stages.reduce((text, s) => s(text), input + '\n').replace(/[\r\n]+$/, '');
    const argument = args.length === 1 && args[0].simple
        ? { start: first.offset + args[0].start, end: first.offset + args[0].end }
        : undefined;
    return { input: args.map((a) => a.text).join(' '), argument, run };
}
/** `c=WORD; echo ${c:OFFSET[:LENGTH]}`: a plain word (quoted or not), offsets non-negative. */
const SUBSTRING = /^\s*(\w+)=(?:"([^"$`\\!*?[\]\s]*)"|'([^'\s]*)'|([^"'$`\\!*?[\]\s;|&<>(){}]+))\s*;\s*echo\s+("?)\$\{(\w+):(\d+)(?::(\d+))?\}\5\s*$/;
function substring(command) {
    const m = SUBSTRING.exec(command);
    if (!m || m[1] !== m[6])
        return undefined;
    const value = m[2] ?? m[3] ?? m[4];
    const offset = Number(m[7]);
    return m[8] === undefined ? value.slice(offset) : value.slice(offset, offset + Number(m[8]));
}
/** What rpm's `%(command)` gives, for the subset above; undefined otherwise. */
function evaluateShell(command) {
    const computation = parseShellComputation(command);
    return computation ? computation.run(computation.input) : substring(command);
}
/**
 * The text with each macro reference (`%{...}`, `%name`) replaced by as many `x`s: a raw
 * `%(...)` body reads as words with its offsets kept, before rpm expands it.
 */
function maskMacros(text) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        if (text[i] !== '%') {
            out += text[i];
            continue;
        }
        if (text[i + 1] === '{') {
            let depth = 0;
            let j = i + 1;
            for (; j < text.length; j++) {
                if (text[j] === '{')
                    depth++;
                else if (text[j] === '}' && --depth === 0)
                    break;
            }
            if (j >= text.length)
                return out + text.slice(i);
            out += 'x'.repeat(j - i + 1);
            i = j;
            continue;
        }
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
        if (m) {
            out += 'x'.repeat(m[0].length + 1);
            i += m[0].length;
        }
        else
            out += '%';
    }
    return out;
}


/***/ }),

/***/ 22376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G8: () => (/* reexport */ errors/* SpecError */.G),
  An: () => (/* binding */ SpecFile),
  oG: () => (/* binding */ isPatchComment)
});

;// CONCATENATED MODULE: ./build/bundle-src/spec/edit.js
/**
 * Applies edits to a copy of the lines. Splices within one line apply right to left;
 * inserted lines take the file's line ending, and an insertion at the very end keeps a
 * missing final newline missing.
 */
function applyLineEdits(lines, edits, eol) {
    const texts = lines.map((l) => l.text);
    const splices = edits
        .filter((e) => e.kind === 'splice')
        .sort((a, b) => b.line - a.line || b.start - a.start);
    for (const s of splices)
        texts[s.line] = texts[s.line].slice(0, s.start) + s.text + texts[s.line].slice(s.end);
    const deleted = new Set();
    for (const e of edits)
        if (e.kind === 'delete')
            for (let i = e.from; i < e.to; i++)
                deleted.add(i);
    const inserts = new Map();
    for (const e of edits) {
        if (e.kind !== 'insert')
            continue;
        inserts.set(e.before, [...(inserts.get(e.before) ?? []), ...e.texts]);
    }
    const out = [];
    for (let i = 0; i <= lines.length; i++) {
        for (const text of inserts.get(i) ?? [])
            out.push({ text, eol });
        if (i < lines.length && !deleted.has(i))
            out.push({ text: texts[i], eol: lines[i].eol });
    }
    // Keep the final-newline state of the original file.
    if (out.length > 0) {
        const hadFinalNewline = lines.length === 0 || lines[lines.length - 1].eol !== '';
        for (let i = 0; i < out.length - 1; i++)
            if (out[i].eol === '')
                out[i] = { ...out[i], eol };
        const last = out[out.length - 1];
        out[out.length - 1] = { ...last, eol: hadFinalNewline ? last.eol || eol : '' };
    }
    return out;
}

// EXTERNAL MODULE: ./build/bundle-src/spec/lines.js
var spec_lines = __webpack_require__(3807);
// EXTERNAL MODULE: ./build/bundle-src/spec/macros.js
var macros = __webpack_require__(76491);
// EXTERNAL MODULE: ./build/bundle-src/spec/parse.js + 2 modules
var parse = __webpack_require__(99354);
// EXTERNAL MODULE: ./build/bundle-src/spec/prep.js
var prep = __webpack_require__(3809);
;// CONCATENATED MODULE: ./build/bundle-src/spec/changelog.js
/** %changelog entries: header format, date style detection and text sanitizing (pure). */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEADER = /^\*\s+[A-Z][a-z]{2}\s+[A-Z][a-z]{2}(\s+)(\d{1,2})\s+(\d{2}:\d{2}:\d{2}\s+\S+\s+)?\d{4}\b/;
/** Reads the date style of existing entry headers, so a new entry looks like its neighbours. */
function detectChangelogStyle(headerLines) {
    let padding = '0';
    let seenShortDay = false;
    let rank = -1;
    for (const line of headerLines) {
        const m = HEADER.exec(line);
        if (!m || m[2].length === 2)
            continue;
        // Only one-digit days show the padding; keep the widest form seen, as specfile does.
        seenShortDay = true;
        const found = m[2].startsWith('0') ? '0' : m[1].length > 1 ? ' ' : '';
        const foundRank = found === '0' ? 2 : found === ' ' ? 1 : 0;
        if (foundRank > rank) {
            rank = foundRank;
            padding = found;
        }
    }
    for (const line of headerLines) {
        const m = /^\*\s+[A-Z][a-z]{2}\s+[A-Z][a-z]{2}\s+0?(\d{1,2})\s+(\d{2}:\d{2}:\d{2}\s+\S+\s+)?\d{4}/.exec(line);
        if (m)
            return { dayPadding: seenShortDay ? padding : '0', extended: m[2] !== undefined };
    }
    return { dayPadding: seenShortDay ? padding : '0', extended: false };
}
function formatChangelogDate(date, style) {
    const day = date.getUTCDate();
    const dayText = day >= 10
        ? String(day)
        : style.dayPadding === '0'
            ? `0${day}`
            : style.dayPadding === ' '
                ? ` ${day}`
                : String(day);
    const head = `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${dayText}`;
    if (!style.extended)
        return `${head} ${date.getUTCFullYear()}`;
    const time = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()].map((n) => String(n).padStart(2, '0'));
    return `${head} ${time.join(':')} UTC ${date.getUTCFullYear()}`;
}
/**
 * Makes text safe inside %changelog: rpm expands macros there, so a `%` that would start one
 * is doubled (an odd run of `%` gets one more); a line starting with `*` would start a new
 * entry, so it gets a leading space.
 */
function sanitizeChangelogText(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.replace(/(%+)(?=[\w{[(])/g, (run) => (run.length % 2 === 1 ? run + '%' : run)))
        .map((line) => (line.startsWith('*') ? ' ' + line : line));
}
function changelogHeader(date, author, evr) {
    return `* ${date} ${author} - ${evr}`;
}

// EXTERNAL MODULE: ./build/bundle-src/spec/value-update.js
var value_update = __webpack_require__(73975);
// EXTERNAL MODULE: ./build/bundle-src/spec/errors.js
var errors = __webpack_require__(59085);
// EXTERNAL MODULE: ./build/bundle-src/spec/version.js
var spec_version = __webpack_require__(80752);
// EXTERNAL MODULE: ./build/bundle-src/spec/release-update.js
var release_update = __webpack_require__(403);
;// CONCATENATED MODULE: ./build/bundle-src/spec/macro-uses.js
/**
 * Where a spec's own macros are used: which lines refer to a macro, directly or through the
 * bodies of other macros. A version bump that bypasses a macro (writes a literal where the
 * macro was) is only right when nothing else needs that macro's value.
 */

const REFERENCE = /%\{?[!?]*([A-Za-z_][A-Za-z0-9_]*)/g;
/** Names of the macros a text refers to (`%x`, `%{x}`, `%{?x:...}`, inside `%(...)` too). */
function referencedNames(text) {
    const names = new Set();
    // `%%` is a literal percent sign, never a reference.
    for (const m of text.replace(/%%/g, '').matchAll(REFERENCE))
        names.add(m[1]);
    return [...names];
}
class MacroUses {
    parsed;
    /** Macro name -> names its definitions refer to (all definitions rpm may read). */
    bodies = new Map();
    closures = new Map();
    constructor(parsed) {
        this.parsed = parsed;
        for (const d of parsed.macroDefinitions) {
            if (d.commentedOut || d.activity === 'inactive')
                continue;
            const body = parsed.lines
                .slice(d.line, d.endLine)
                .map((l, i) => (i === 0 ? l.text.slice(d.bodyColumn) : l.text))
                .join('\n');
            const refs = this.bodies.get(d.name) ?? new Set();
            for (const n of referencedNames(body))
                if (n !== d.name)
                    refs.add(n);
            this.bodies.set(d.name, refs);
        }
    }
    /** The macros `names` stand for: themselves and every spec macro their bodies use, transitively. */
    closure(names) {
        const out = new Set();
        for (const name of names)
            for (const n of this.closureOf(name))
                out.add(n);
        return out;
    }
    closureOf(name) {
        const known = this.closures.get(name);
        if (known)
            return known;
        const seen = new Set();
        const stack = [name];
        while (stack.length > 0) {
            const n = stack.pop();
            if (seen.has(n))
                continue;
            seen.add(n);
            for (const m of this.bodies.get(n) ?? [])
                stack.push(m);
        }
        this.closures.set(name, seen);
        return seen;
    }
    /** The macros a text uses, transitively. */
    usedBy(text) {
        return this.closure(referencedNames(text));
    }
    /**
     * The lines rpm reads that use one of `macros` (directly or through other macros), except
     * macro definitions, comments, %changelog and the lines in `skip`: [macro, user] pairs in file order.
     */
    usersOf(macros, skip) {
        const found = [];
        if (macros.size === 0)
            return found;
        const definitionLines = new Set();
        for (const d of this.parsed.macroDefinitions)
            for (let l = d.line; l < d.endLine; l++)
                definitionLines.add(l);
        const changelog = this.parsed.sections.filter((s) => s.name === 'changelog');
        const sectionAt = (line) => [...this.parsed.sections].reverse().find((s) => s.headerLine <= line) ?? this.parsed.sections[0];
        const tagAt = new Map(this.parsed.tags.map((t) => [t.line, t]));
        this.parsed.lines.forEach((physical, line) => {
            if (skip.has(line) || definitionLines.has(line))
                return;
            if (changelog.some((s) => line >= s.start && line < s.end))
                return;
            const text = physical.text;
            if (/^\s*#/.test(text) || !text.includes('%'))
                return;
            const tag = tagAt.get(line);
            if (tag?.activity === 'inactive')
                return;
            for (const used of this.usedBy(text)) {
                if (!macros.has(used))
                    continue;
                const section = sectionAt(line);
                const label = tag
                    ? `${tag.name}${tag.packageArgs === null ? '' : ` of %package ${tag.packageArgs}`} (line ${line + 1})`
                    : section.headerLine === line || section.name === 'preamble'
                        ? `line ${line + 1}`
                        : `%${section.name} (line ${line + 1})`;
                found.push([used, { line, label, text: (0,errors/* clip */.$)(text.trim()) }]);
            }
        });
        return found;
    }
}

;// CONCATENATED MODULE: ./build/bundle-src/spec/version-guard.js
/**
 * What a version bump must not change, and the checks that it did not: the package's Name
 * and Epoch, the subpackages' names and own Versions, and Sources that named the old
 * version (they must name the new one). Pure: works on parsed specs.
 */



const fileName = (location) => {
    const hash = location.lastIndexOf('#/');
    if (hash >= 0)
        return location.slice(hash + 2).replace(/^.*\//, '');
    return location.replace(/[?#].*$/, '').replace(/^.*\//, '');
};
/**
 * A subpackage Version that is not written from the main one: `%{version}` follows it on
 * purpose, and so does one that gives the main version today (yash's doc package,
 * `Version: %{docver}` with `%global docver %{mainver}`), which moves with it.
 */
function ownSubpackageVersion(tag, mainVersion) {
    return (tag.base === 'version' &&
        tag.packageArgs !== null &&
        tag.activity !== 'inactive' &&
        !referencedNames(tag.raw).some((n) => n === 'version' || n === 'VERSION') &&
        !(tag.expanded.unresolved.length === 0 && tag.expanded.value === mainVersion));
}
/** The tags whose value a bump keeps: main Name and Epoch, the subpackages' own Versions. */
function keptTags(parsed) {
    const main = parsed.tags.find((t) => t.base === 'version' && t.packageArgs === null && t.activity === 'active');
    const mainVersion = main && main.expanded.unresolved.length === 0 ? main.expanded.value : undefined;
    return parsed.tags.filter((t) => (t.packageArgs === null && (t.base === 'name' || t.base === 'epoch') && t.activity !== 'inactive') ||
        ownSubpackageVersion(t, mainVersion));
}
function packageHeaders(parsed) {
    return parsed.sections.filter((s) => s.name === 'package' && s.args !== '');
}
function snapshot(parsed) {
    const kept = keptTags(parsed).map((t) => ({
        line: t.line,
        label: t.packageArgs === null
            ? `${t.name} (line ${t.line + 1})`
            : `${t.name} of %package ${t.packageArgs} (line ${t.line + 1})`,
        value: t.expanded.value,
    }));
    for (const s of packageHeaders(parsed))
        kept.push({
            line: s.headerLine,
            label: `%package ${s.args} (line ${s.headerLine + 1})`,
            value: (0,macros/* expandMacros */.Q3)(s.args, parsed.macros).value,
        });
    const sources = [];
    const add = (number, line, label, expanded) => {
        if (expanded.unresolved.length === 0)
            sources.push({ number, line, label, name: fileName(expanded.value) });
    };
    for (const t of parsed.tags)
        if (t.base === 'source' && t.packageArgs === null && t.activity === 'active')
            add(t.number, t.line, `${t.name} (line ${t.line + 1})`, t.expanded);
    for (const e of parsed.listEntries)
        if (e.section === 'sourcelist' && e.activity === 'active')
            add(e.number, e.line, `%sourcelist entry (line ${e.line + 1})`, e.expanded);
    return { kept, sources };
}
/**
 * The macros a bump must leave alone: those that build Name, Epoch, a subpackage's name or
 * its own Version. Changing one would rename a package or move a subpackage's version.
 */
function frozenMacros(parsed, uses) {
    const texts = [...keptTags(parsed).map((t) => t.raw), ...packageHeaders(parsed).map((s) => s.args)];
    const defined = new Set(parsed.macroDefinitions.map((d) => d.name));
    return new Set([...uses.closure(texts.flatMap(referencedNames))].filter((n) => defined.has(n)));
}
/** What a kept value's line is, for the refusal: the package's name, or a subpackage's version. */
function keptKind(parsed, line) {
    const tag = parsed.tags.find((t) => t.line === line);
    if (tag?.base === 'name')
        return 'name';
    if (tag?.base === 'epoch')
        return 'epoch';
    if (tag?.base === 'version')
        return 'subpackage';
    if (packageHeaders(parsed).some((s) => s.headerLine === line))
        return 'name';
    return undefined;
}
/**
 * Why writing literal values (`sites`) where macros were is wrong: a macro they bypass
 * (one the spec defines whose value built the old version) is used elsewhere, so those
 * uses would keep the old version. Undefined when the literals are safe.
 */
function bypassProblem(parsed, sites, skipLines, protectedNames, target) {
    if (sites.length === 0)
        return undefined;
    const uses = new MacroUses(parsed);
    const defined = new Set(parsed.macroDefinitions.filter((d) => !d.commentedOut).map((d) => d.name));
    const bypassed = new Set([...uses.closure(sites.flatMap((s) => referencedNames(s.text)))].filter((n) => defined.has(n) && !protectedNames.test(n)));
    const skip = new Set([...skipLines, ...sites.map((s) => s.line)]);
    const users = uses.usersOf(bypassed, skip);
    if (users.length === 0)
        return undefined;
    const [macro, user] = pickUser(parsed, users);
    const site = sites[0];
    const why = `"${(0,errors/* clip */.$)(target)}" cannot be written through the macros of ${site.label} ("${(0,errors/* clip */.$)(site.text.trim())}")`;
    switch (keptKind(parsed, user.line)) {
        case 'name':
            return (`%${macro} also names the package (${user.label}: ${user.text}); a bump to ${(0,errors/* clip */.$)(target)} would rename it, ` +
                `and ${why}: a new ${macro} is a new package (make it by hand), or give a version that keeps %${macro}`);
        case 'epoch':
            return `%${macro} also sets the Epoch (${user.label}: ${user.text}) and ${why}: edit the spec by hand`;
        case 'subpackage':
            return (`%${macro} is shared with a subpackage's own Version (${user.label}: ${user.text}) and ${why}: ` +
                `give the main Version its own macros, or edit the spec by hand`);
        default:
            return (`${why}, and the literal would bypass %${macro}, which ${user.label} still uses (${user.text}): ` +
                `change %${macro} (and the macros around it) by hand, or write ${user.label.replace(/ \(line \d+\)$/, '')} with %{version}`);
    }
}
/** The most telling user to name: the package's name first, then a subpackage, then the rest in file order. */
function pickUser(parsed, entries) {
    const rank = (line) => {
        const kind = keptKind(parsed, line);
        return kind === 'name' ? 0 : kind === 'epoch' ? 1 : kind === 'subpackage' ? 2 : 3;
    };
    return entries.reduce((best, e) => (rank(e[1].line) < rank(best[1].line) ? e : best));
}
/** A kept value the bump changed, said as a refusal; undefined when all stayed. */
function keptProblem(before, after, target) {
    for (const k of before.kept) {
        const now = after.kept.find((a) => a.line === k.line);
        if (now && now.value !== k.value)
            return (`a bump to ${(0,errors/* clip */.$)(target)} would change ${k.label} from "${(0,errors/* clip */.$)(k.value)}" to "${(0,errors/* clip */.$)(now.value)}" ` +
                `through a macro it shares with Version: give Version macros of its own, or edit the spec by hand`);
    }
    return undefined;
}
/** Forms a version takes in archive names: as is, with `_` for `.`, with `-` or nothing for `~`. */
const FORMS = [
    (v) => v,
    (v) => v.replace(/\./g, '_'),
    (v) => v.replace(/~/g, '-'),
    (v) => v.replace(/~/g, ''),
];
/**
 * Whether a file name holds the version as a word of its own (`foo-1.2.tar.gz`, `v1.2.zip`),
 * not inside a longer one: a commit hash (`poly1305-3fee0db0b6...`) does not name version 0.
 */
function namesVersion(name, version) {
    const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?:^|(?<=[^0-9A-Za-z.])|(?<=(?:^|[^0-9A-Za-z])[vV]))${escaped}(?![0-9A-Za-z]|\\.[0-9])`).test(name);
}
/**
 * A source that named the old version and names it still (its text does not follow
 * Version): rpm would fetch the old archive. Undefined when none.
 */
/**
 * The spec's own macro a source names the version through (PyGreSQL's `%global uversion
 * 6.0.1`), for the refusal to name: it is what the packager changes.
 */
function versionHolder(parsed, line, form) {
    const tag = parsed.tags.find((t) => t.line === line);
    for (const name of referencedNames(tag?.raw ?? '')) {
        const def = parsed.macros.get(name);
        if (def?.line === undefined || (def.kind !== 'global' && def.kind !== 'define'))
            continue;
        if (namesVersion((0,macros/* expandMacros */.Q3)(`%{${name}}`, parsed.macros).value, form))
            return `%${name} (line ${def.line + 1}) holds ${form}: define it from %{version} (%global ${name} %{version})`;
    }
    return undefined;
}
function staleSourceProblem(before, after, oldVersion, newVersion, 
/** The spec before the bump, to name the macro that holds the old version. */
parsed) {
    if (oldVersion === newVersion)
        return undefined;
    for (const s of before.sources) {
        const now = after.sources.find((a) => a.number === s.number);
        if (!now || now.name !== s.name)
            continue;
        const form = FORMS.map((f) => [f(oldVersion), f(newVersion)]).find(([o, n]) => o !== n && namesVersion(s.name, o) && !namesVersion(s.name, n))?.[0];
        if (form === undefined)
            continue;
        const holder = parsed && versionHolder(parsed, s.line, form);
        return (`${s.label} names "${(0,errors/* clip */.$)(s.name)}" (version ${form}) and would still name it after the bump to ${(0,errors/* clip */.$)(newVersion)}: ` +
            (holder ?? 'write the version in it as %{version} (or through the macros Version is built from)'));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/bundle-src/spec/spec-file.js
/**
 * The spec-file model and editor. Parsing keeps every byte; each edit rewrites only the
 * lines it must and re-reads the file, so queries always reflect the current text.
 */














const AUTORELEASE = /%\{?\??autorelease\b/;
class SpecFile {
    options;
    parsed;
    constructor(text, options = {}) {
        this.options = options;
        this.parsed = this.located(() => (0,parse/* parseSpec */.F)(text, options));
    }
    error(message, line) {
        return new errors/* SpecError */.G(message, line, this.options.fileName);
    }
    /** Runs `fn`, naming this spec's file in the SpecErrors it throws. */
    located(fn) {
        try {
            return fn();
        }
        catch (error) {
            if (error instanceof errors/* SpecError */.G && error.file === undefined)
                error.file = this.options.fileName;
            throw error;
        }
    }
    /**
     * Runs `fn` (an expansion of `what`, written at 0-based `line`): an expansion rpm would
     * refuse becomes an error naming the spec line.
     */
    expanding(what, line, fn) {
        try {
            return fn();
        }
        catch (error) {
            if (error instanceof macros/* MacroLimitError */._w)
                throw this.error(`${what} (line ${line + 1}): ${error.message}`, line + 1);
            throw error;
        }
    }
    /** Refuses a value that would split its line (and so change lines an edit must not touch). */
    singleLine(value, what) {
        if (/[\r\n]/.test(value))
            throw this.error(`${what} ${(0,errors/* clip */.$)(JSON.stringify(value))} has a line break; give it on one line`);
    }
    static parse(text, options = {}) {
        return new SpecFile(text, options);
    }
    toString() {
        return (0,spec_lines/* joinLines */.cT)(this.parsed.lines);
    }
    get model() {
        return this.parsed;
    }
    /** Expands text with the macros as they stand at the end of the spec. */
    expand(text, extra = {}) {
        let table = this.parsed.macros;
        if (Object.keys(extra).length > 0) {
            table = table.clone();
            for (const [name, body] of Object.entries(extra))
                table.set({ name, body, kind: 'predefined' });
        }
        return this.located(() => (0,macros/* expandMacros */.Q3)(text, table));
    }
    // ---- queries --------------------------------------------------------------------------
    /** The main package's tag rpm would use: the active one, or throws when conditions make it ambiguous. */
    mainTag(base) {
        const candidates = this.parsed.tags.filter((t) => t.base === base && t.packageArgs === null && t.activity !== 'inactive');
        if (candidates.length === 0)
            return undefined;
        const active = candidates.filter((t) => t.activity === 'active');
        if (active.length > 0)
            return active[active.length - 1];
        if (candidates.length === 1)
            return candidates[0];
        throw this.error(`${candidates[0].name} is defined ${candidates.length} times under conditions this tool cannot evaluate ` +
            `(lines ${candidates.map((t) => t.line + 1).join(', ')}); define the macros those conditions test, or simplify the spec`, candidates[0].line + 1);
    }
    valueOf(base, extra = {}) {
        const tag = this.mainTag(base);
        if (!tag)
            return undefined;
        const expanded = Object.keys(extra).length > 0
            ? this.expanding(tag.name, tag.line, () => this.expand(tag.raw.trim(), extra))
            : tag.expanded;
        return { raw: tag.raw.trim(), value: expanded.value, unresolved: expanded.unresolved, line: tag.line + 1 };
    }
    get name() {
        return this.valueOf('name');
    }
    get version() {
        return this.valueOf('version');
    }
    /** Release with `%{dist}` expanding to nothing, as in changelog EVRs. */
    get release() {
        const value = this.valueOf('release', { dist: '' });
        if (!value)
            return value;
        // Not a macro missing from the spec: rpmautospec's, whose number comes from the dist-git history.
        const unresolved = value.unresolved.map((u) => AUTORELEASE.test(u.construct) && !this.parsed.macros.has('autorelease')
            ? {
                ...u,
                reason: "rpmautospec's %autorelease, counted from the dist-git history when the package is built",
            }
            : u);
        return { ...value, unresolved };
    }
    get epoch() {
        return this.valueOf('epoch');
    }
    /** Release uses rpmautospec's %autorelease, in its text or through the spec's macros. */
    get hasAutorelease() {
        const tag = this.mainTag('release');
        if (tag === undefined)
            return false;
        return AUTORELEASE.test(tag.raw) || (0,release_update/* releaseAtoms */.sv)(this.parsed, tag).some((a) => a.kind === 'autorelease');
    }
    get hasAutochangelog() {
        return this.parsed.sections
            .filter((s) => s.name === 'changelog')
            .some((s) => {
            for (let i = s.start; i < s.end; i++) {
                const text = this.parsed.lines[i].text.trim();
                if (!text.startsWith('#') && /%\{?\??autochangelog\b/.test(text))
                    return true;
            }
            return false;
        });
    }
    /** Sources and patches with their effective numbers, in file order. */
    entries(kind) {
        const entry = (from, line, activity, origin) => ({
            kind,
            number: from.number,
            raw: from.raw.trim(),
            expanded: from.expanded,
            line: line + 1,
            active: activity !== 'inactive',
            origin,
        });
        const list = kind === 'patch' ? 'patchlist' : 'sourcelist';
        return [
            ...this.parsed.tags
                .filter((t) => t.base === kind && t.packageArgs === null)
                .map((t) => entry({ ...t, number: t.number }, t.line, t.activity, 'tag')),
            ...this.parsed.listEntries
                .filter((e) => e.section === list)
                .map((e) => entry(e, e.line, e.activity, 'list')),
            ...this.parsed.includes.flatMap((inc) => inc.entries.filter((e) => e.kind === kind).map((e) => entry(e, inc.line, inc.activity, 'include'))),
        ].sort((a, b) => a.line - b.line);
    }
    get sources() {
        return this.entries('source');
    }
    get patches() {
        return this.entries('patch');
    }
    /**
     * The file name rpm uses for a source: the URL fragment if any, else the last path component.
     * Never a path: rpm takes what follows the last `/`, so `#/../../x` names `x` (the name is
     * joined to directories to write the archive).
     */
    static fileName(location) {
        const hash = location.lastIndexOf('#/');
        if (hash >= 0)
            return location.slice(hash + 2).replace(/^.*\//, '');
        return location.replace(/[?#].*$/, '').replace(/^.*\//, '');
    }
    prep() {
        return (0,prep/* analyzePrep */.Yp)(this.parsed);
    }
    /**
     * Places where patches come from that this model cannot see (Lua loops, %include), so
     * patch numbers chosen by us could collide; callers should surface these.
     */
    hiddenPatchSources() {
        const found = [];
        const preambleEnd = this.parsed.sections[1]?.headerLine ?? this.parsed.lines.length;
        for (let i = 0; i < preambleEnd; i++) {
            const text = this.parsed.lines[i].text;
            if (/%\{lua:/.test(text) &&
                /Patch/.test(this.parsed.lines
                    .slice(i, i + 5)
                    .map((l) => l.text)
                    .join('\n')))
                found.push(`line ${i + 1}: a %{lua:} block may declare patches`);
        }
        for (const inc of this.parsed.includes)
            if (!inc.resolved && inc.activity !== 'inactive')
                found.push(`line ${inc.line + 1}: %include ${inc.raw.trim()} could not be read and may declare patches`);
        return found;
    }
    // ---- edits ----------------------------------------------------------------------------
    apply(edits) {
        if (edits.length === 0)
            return;
        for (const e of edits) {
            const texts = e.kind === 'splice' ? [e.text] : e.kind === 'insert' ? e.texts : [];
            // Each entry point refuses line breaks with its own message; this guards the line model.
            if (texts.some((t) => /[\r\n]/.test(t)))
                throw this.error('an edit would split a line of the spec');
        }
        const lines = applyLineEdits(this.parsed.lines, edits, (0,spec_lines/* dominantEol */.V1)(this.parsed.lines));
        // On an error the spec stays as it was: nothing half-done.
        this.parsed = this.located(() => (0,parse/* parseSpec */.F)((0,spec_lines/* joinLines */.cT)(lines), this.options));
    }
    updateContext(macros = this.parsed.macros) {
        return {
            macros,
            definitions: this.parsed.macroDefinitions,
            protectedNames: /name$/i,
            edits: [],
            notes: [],
        };
    }
    requireTag(base, display) {
        const tag = this.mainTag(base);
        if (!tag)
            throw this.error(`the spec has no ${display} tag in its main package`);
        if (tag.endLine - tag.line > 1)
            throw this.error(`${tag.name} (line ${tag.line + 1}) spans several lines; edit it by hand`, tag.line + 1);
        return tag;
    }
    /**
     * Sets Version. When Version is built from macros defined in the spec, their definitions
     * are rewritten so it expands to the new value; otherwise the tag gets the literal value,
     * but only when nothing else uses the macros the literal bypasses. Refuses (SpecError,
     * spec unchanged) a bump that would rename the package, change its Epoch or a
     * subpackage's own Version, or leave a Source naming the old version. Returns notes for
     * anything a reviewer should know.
     */
    setVersion(version) {
        this.located(() => (0,spec_version/* checkRpmVersion */.M1)(version));
        const tag = this.requireTag('version', 'Version');
        const before = this.parsed;
        const old = this.version;
        const uses = new MacroUses(before);
        const ctx = {
            ...this.updateContext(),
            frozen: frozenMacros(before, uses),
            literals: [],
        };
        const site = {
            line: tag.line,
            column: tag.valueColumn,
            text: tag.raw,
            label: `Version (line ${tag.line + 1})`,
        };
        this.expanding('Version', tag.line, () => (0,value_update/* updateValue */.zv)(ctx, site, version));
        // Read back: where the macros did not give the version (a macro used twice in the value,
        // %{?version}, one redefined after the tag), Version gets the literal instead.
        this.apply(ctx.edits);
        const got = this.version;
        let notes = ctx.notes;
        let literals = ctx.literals;
        if (!got || got.unresolved.length > 0 || got.value !== version) {
            this.parsed = before;
            this.apply([
                {
                    kind: 'splice',
                    line: tag.line,
                    start: tag.valueColumn,
                    end: tag.valueColumn + tag.raw.length,
                    text: version,
                },
            ]);
            literals = [site];
            notes = [
                `Version (line ${tag.line + 1}) was "${(0,errors/* clip */.$)(tag.raw.trim())}"; its macros would have given ` +
                    `"${(0,errors/* clip */.$)(got?.value ?? '')}", not "${(0,errors/* clip */.$)(version)}", so it now holds the literal value`,
            ];
        }
        // Release is reset after the bump, whatever macros it shares with Version.
        const releases = before.tags.filter((t) => t.base === 'release' && t.packageArgs === null);
        const skip = new Set([tag.line, ...releases.map((t) => t.line)]);
        let problem;
        try {
            problem =
                bypassProblem(before, literals, skip, ctx.protectedNames, version) ??
                    keptProblem(snapshot(before), snapshot(this.parsed), version) ??
                    (old && old.unresolved.length === 0
                        ? staleSourceProblem(snapshot(before), snapshot(this.parsed), old.value, version, before)
                        : undefined);
        }
        catch (error) {
            this.parsed = before;
            throw error;
        }
        if (problem) {
            this.parsed = before;
            throw this.error(problem, tag.line + 1);
        }
        return notes;
    }
    /**
     * Sets the release number to 1 for a new version, keeping the dist tag and whatever else
     * Release is built from (release-update.ts); refuses, naming the macro, where that cannot
     * be done. With %autorelease, Release stays; a spec rpmautospec already processed gets the
     * release number in its `%define autorelease` header set to 1.
     */
    resetRelease() {
        const tag = this.requireTag('release', 'Release');
        if ((0,release_update/* releaseAtoms */.sv)(this.parsed, tag).some((a) => a.kind === 'autorelease')) {
            const header = (0,release_update/* planProcessedHeaderReset */.s0)(this.parsed);
            if (!Array.isArray(header))
                throw this.error(header.problem, header.line);
            this.apply(header);
            return [];
        }
        const plan = this.expanding('Release', tag.line, () => (0,release_update/* planReleaseReset */.E8)(this.parsed, tag));
        if ('problem' in plan)
            throw this.error(plan.problem, plan.line);
        const before = this.parsed;
        this.apply(plan.edits);
        const after = this.mainTag('release');
        if (after?.expanded.value !== plan.expected) {
            this.parsed = before;
            throw this.error(`Release (line ${tag.line + 1}) "${(0,errors/* clip */.$)(tag.raw.trim())}" would expand to "${(0,errors/* clip */.$)(after?.expanded.value ?? '')}" ` +
                `after the reset, not "${(0,errors/* clip */.$)(plan.expected)}"; set its release number to 1 by hand`, tag.line + 1);
        }
        return plan.note ? [plan.note] : [];
    }
    /**
     * Packit's prerelease_suffix_macro: every `%global NAME` / `%define NAME` line is uncommented
     * (pre-release) or commented out as `#global NAME` (final release). Never `#%global`: rpm
     * expands macros in comments, so `#%global NAME x` still defines NAME (checked with rpm
     * 4.18: "Macro expanded in comment"). Returns whether such a line exists.
     */
    setMacroCommentedOut(name, commented) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const definition = new RegExp(`^(\\s*)(#[#\\s]*)?(%?)(global|define)\\s+${escaped}(?=[\\s(]|$)`);
        const edits = [];
        let found = false;
        // Only lines that are definitions: `%global b` continuing another macro's body is not one.
        const starts = new Set(this.parsed.macroDefinitions.filter((d) => d.name === name).map((d) => d.line));
        this.parsed.lines.forEach((line, index) => {
            const m = starts.has(index) ? definition.exec(line.text) : null;
            if (!m || (!m[2] && !m[3]))
                return;
            found = true;
            const start = m[1].length;
            const prefix = (m[2] ?? '') + m[3];
            // `%global` -> `#global`; `#%global` (which rpm reads) -> `#global`; uncommented: `%global`.
            const wanted = commented ? (m[2] && !m[3] ? prefix : '#') : '%';
            if (wanted !== prefix)
                edits.push({ kind: 'splice', line: index, start, end: start + prefix.length, text: wanted });
        });
        if (edits.length > 0)
            this.apply(edits);
        return found;
    }
    /** Writes a raw Release value as is (e.g. to copy %autorelease from another spec). */
    setRawRelease(raw) {
        this.singleLine(raw, 'Release');
        // Macros stay as written (rpm checks their expansion); the text around them must pass rpm's check.
        const literal = (0,value_update/* tokenizeValue */.pW)(raw.trim())
            .filter((t) => t.kind === 'literal')
            .map((t) => t.text.replace(/%%/g, ''))
            .join('');
        if (literal !== '')
            this.located(() => (0,spec_version/* checkRpmVersion */.M1)(literal, 'Release'));
        const tag = this.requireTag('release', 'Release');
        this.apply([
            {
                kind: 'splice',
                line: tag.line,
                start: tag.valueColumn,
                end: tag.valueColumn + tag.raw.length,
                text: raw,
            },
        ]);
    }
    setEpoch(epoch) {
        // rpm stores Epoch as an unsigned 32-bit number (parseUnsignedNum in build/parsePreamble.c).
        if (!Number.isInteger(epoch) || epoch < 0 || epoch > 0xffffffff)
            throw this.error(`Epoch must be a non-negative integer below 4294967296 (rpm stores it in 32 bits), got ${epoch}`);
        const tag = this.mainTag('epoch');
        if (tag) {
            this.apply([
                {
                    kind: 'splice',
                    line: tag.line,
                    start: tag.valueColumn,
                    end: tag.valueColumn + tag.raw.length,
                    text: String(epoch),
                },
            ]);
            return;
        }
        const version = this.requireTag('version', 'Version');
        this.apply([
            {
                kind: 'insert',
                before: version.line,
                texts: [`Epoch${this.alignedSeparator(version, 'Epoch')}${epoch}`],
            },
        ]);
    }
    /** Replaces the value of SourceN (or PatchN with kind 'patch'). */
    setSource(number, value, kind = 'source') {
        this.singleLine(value, kind === 'source' ? `Source${number}` : `Patch${number}`);
        const tags = this.parsed.tags.filter((t) => t.base === kind && t.number === number && t.packageArgs === null);
        const tag = tags.find((t) => t.activity === 'active') ?? tags.find((t) => t.activity !== 'inactive');
        if (!tag) {
            const label = kind === 'source' ? 'Source' : 'Patch';
            throw this.error(`the spec has no ${label}${number} tag`);
        }
        this.apply([
            {
                kind: 'splice',
                line: tag.line,
                start: tag.valueColumn,
                end: tag.valueColumn + tag.raw.length,
                text: value,
            },
        ]);
    }
    /** The separator that puts a new tag's value in the same column as `neighbour`'s. */
    alignedSeparator(neighbour, newName) {
        if (neighbour.separator.includes('\t') && newName.length === neighbour.name.length)
            return neighbour.separator;
        if (neighbour.separator.includes('\t'))
            return neighbour.separator;
        const column = neighbour.valueColumn -
            (this.parsed.lines[neighbour.line].text.length -
                this.parsed.lines[neighbour.line].text.trimStart().length);
        return ':' + ' '.repeat(Math.max(1, column - newName.length - 1));
    }
    /** The line after the outermost conditional block around `line`, or the line after `line` itself. */
    /** The line after `line`'s tag (`end`: one past its last physical line) and any %if block around it. */
    afterConditionals(line, end = line + 1) {
        let after = end;
        let outer;
        for (const block of this.parsed.conditionals) {
            if (block.ifLine < line && block.endifLine > line && (!outer || block.ifLine < outer.ifLine))
                outer = block;
        }
        if (outer)
            after = outer.endifLine + 1;
        return after;
    }
    commentLines(comment) {
        return (comment ?? [])
            .flatMap((text) => text.split(/\r\n|\r|\n/))
            .map((line) => {
            const trimmed = line.replace(/\s+$/, '');
            if (trimmed === '')
                return '#';
            // Text that already is a comment (source-git's Patch-status) must not become `# # ...`.
            return trimmed.startsWith('#') ? trimmed : `# ${trimmed}`;
        });
    }
    /**
     * Declares a patch. Numbering and placement follow Packit/specfile: the number is the
     * requested one (must exceed all existing) or highest + 1 (1 for the first); the tag goes
     * after the highest-numbered Patch tag copying its digit style and alignment, or after the
     * last Source tag. Returns the number and warnings (e.g. %prep will not apply it).
     */
    addPatch(location, options = {}) {
        const { results, warnings } = this.addPatches([{ location, number: options.number, comment: options.comment }], options.digits);
        return { number: results[0].number, added: results[0].added, warnings };
    }
    /**
     * Declares several patches with one edit (a sync can bring hundreds): same rules as
     * addPatch, applied in order, each after the previous one.
     */
    addPatches(requests, digits = 4) {
        const known = new Map();
        for (const p of this.patches)
            known.set(SpecFile.fileName(p.expanded.value), p.number);
        let highest = Math.max(-1, ...known.values());
        const planned = [];
        const results = [];
        for (const request of requests) {
            this.singleLine(request.location, 'patch location');
            const fileName = SpecFile.fileName(request.location);
            const existing = known.get(fileName);
            if (existing !== undefined) {
                results.push({ location: request.location, number: existing, added: false });
                continue;
            }
            let number;
            if (request.number !== undefined) {
                if (!Number.isInteger(request.number) || request.number <= highest)
                    throw this.error(`Patch number ${request.number} for ${fileName} must be higher than every existing patch number (highest is ${highest}); ` +
                        'reordering patches with Patch-id is not possible: reorder the commits in source-git instead');
                number = request.number;
            }
            else {
                number = Math.max(highest + 1, 1);
            }
            highest = number;
            known.set(fileName, number);
            planned.push({ location: request.location, number, comments: this.commentLines(request.comment) });
            results.push({ location: request.location, number, added: true });
        }
        if (planned.length === 0)
            return { results, warnings: [] };
        const warnings = [];
        const hidden = this.hiddenPatchSources();
        if (hidden.length > 0)
            warnings.push(`patch numbers may collide with patches this tool cannot see (${hidden.join('; ')}); check ${planned
                .map((p) => `Patch${p.number}`)
                .join(', ')}`);
        const patchTags = this.parsed.tags.filter((t) => t.base === 'patch' && t.packageArgs === null);
        const listEntries = this.parsed.listEntries.filter((e) => e.section === 'patchlist');
        const texts = [];
        let before;
        if (patchTags.length === 0 && listEntries.length > 0) {
            const last = listEntries[listEntries.length - 1];
            let expected = last.number + 1;
            for (const p of planned) {
                if (p.number !== expected)
                    throw this.error(`%patchlist numbers patches automatically; Patch${p.number} cannot be placed there`, last.line + 1);
                expected++;
                texts.push(...p.comments, p.location);
            }
            before = last.line + 1;
        }
        else if (patchTags.length > 0) {
            const neighbour = patchTags.reduce((best, t) => (t.number > best.number ? t : best));
            const padding = neighbour.numberText?.startsWith('0') ? neighbour.numberText.length : 0;
            const indent = /^\s*/.exec(this.parsed.lines[neighbour.line].text)[0];
            let previous = neighbour.number;
            for (const p of planned) {
                // An unnumbered neighbour keeps new tags unnumbered while rpm's auto-numbering gives the same number.
                const unnumbered = neighbour.numberText === undefined && p.number === previous + 1;
                const name = unnumbered ? 'Patch' : `Patch${String(p.number).padStart(padding, '0')}`;
                texts.push(...p.comments, `${indent}${name}${this.alignedSeparator(neighbour, name)}${p.location}`);
                previous = p.number;
            }
            before = this.afterConditionals(neighbour.line, neighbour.endLine);
        }
        else {
            const sources = this.parsed.tags.filter((t) => t.base === 'source' && t.packageArgs === null);
            const anchor = sources[sources.length - 1] ?? this.requireTag('version', 'Version');
            for (const p of planned) {
                const name = digits === 0 ? 'Patch' : `Patch${String(p.number).padStart(digits, '0')}`;
                texts.push(...p.comments, `${name}${this.alignedSeparator(anchor, name)}${p.location}`);
            }
            before = this.afterConditionals(anchor.line, anchor.endLine);
        }
        this.apply([{ kind: 'insert', before, texts }]);
        warnings.push(...(0,prep/* unappliedPatchWarnings */.yx)(this.prep(), planned.map((p) => p.number)));
        return { results, warnings };
    }
    /** Removes a patch declaration (tag or %patchlist entry) and the comment block right above it. */
    removePatch(number) {
        const tag = this.parsed.tags.find((t) => t.base === 'patch' && t.number === number && t.packageArgs === null);
        const entry = this.parsed.listEntries.find((e) => e.section === 'patchlist' && e.number === number);
        const line = tag ? tag.line : entry?.line;
        if (line === undefined)
            return false;
        const end = tag ? tag.endLine : line + 1;
        let from = line;
        while (from > 0) {
            const above = this.parsed.lines[from - 1].text.trim();
            if (!isPatchComment(above))
                break;
            from--;
        }
        this.apply([{ kind: 'delete', from, to: end }]);
        return true;
    }
    /**
     * Adds an entry at the top of %changelog (creating the section if missing). Does nothing
     * and returns false when rpmautospec writes the changelog: the spec uses %autochangelog, or
     * %autorelease without any %changelog (rpmautospec's process_distgit.py then generates one,
     * which a section made here would stop).
     */
    addChangelogEntry(options) {
        if (this.hasAutochangelog)
            return false;
        if (this.hasAutorelease && !this.parsed.sections.some((s) => s.name === 'changelog'))
            return false;
        this.singleLine(options.author, 'changelog author');
        const evr = options.evr ?? this.evr();
        this.singleLine(evr, 'changelog EVR');
        const section = this.parsed.sections.find((s) => s.name === 'changelog');
        const headers = [];
        if (section)
            for (let i = section.start; i < section.end; i++)
                if (this.parsed.lines[i].text.startsWith('*'))
                    headers.push(this.parsed.lines[i].text);
        const date = formatChangelogDate(options.date ?? new Date(), detectChangelogStyle(headers));
        const body = sanitizeChangelogText(options.text.replace(/\s+$/, ''));
        const entry = [changelogHeader(date, options.author, evr), ...body];
        if (!section) {
            const blank = this.parsed.lines.length > 0 && this.parsed.lines[this.parsed.lines.length - 1].text.trim() !== ''
                ? ['']
                : [];
            this.apply([
                { kind: 'insert', before: this.parsed.lines.length, texts: [...blank, '%changelog', ...entry] },
            ]);
            return true;
        }
        // A changelog rpmautospec wrote out keeps its markers around all entries, the new one too.
        let start = section.start;
        while (start < section.end && this.parsed.lines[start].text.trim() === '')
            start++;
        if (start < section.end && /^##\s*START: Generated by rpmautospec/.test(this.parsed.lines[start].text))
            start++;
        else
            start = section.start;
        let hasOlder = false;
        for (let i = start; i < section.end; i++) {
            const text = this.parsed.lines[i].text.trim();
            if (text !== '' && !/^##\s*END: Generated by rpmautospec/.test(text))
                hasOlder = true;
        }
        this.apply([{ kind: 'insert', before: start, texts: hasOlder ? [...entry, ''] : entry }]);
        return true;
    }
    /**
     * `[epoch:]version-release` with an empty dist, as used in changelog headers. With
     * %autorelease, the release rpmautospec gives the first build of a new version.
     */
    evr() {
        const version = this.version;
        const releaseTag = this.mainTag('release');
        if (!version || !releaseTag)
            throw this.error('the spec has no Version or Release tag');
        const release = this.changelogRelease(releaseTag);
        for (const [label, v] of [
            ['Version', version],
            ['Release', release],
        ]) {
            if (v.unresolved.length > 0)
                throw this.error(`${label} (line ${v.line}) cannot be expanded: ${v.unresolved.map((u) => `${u.construct} (${u.reason})`).join(', ')}`, v.line);
        }
        const epoch = this.epoch;
        return `${epoch ? `${epoch.value}:` : ''}${version.value}-${release.value}`;
    }
    /** The main package's release without its dist tag, wherever in its macros the dist tag is. */
    changelogRelease(tag) {
        const atoms = (0,release_update/* releaseAtoms */.sv)(this.parsed, tag);
        const line = tag.line + 1;
        const autoreleases = atoms.filter((a) => a.kind === 'autorelease');
        if (autoreleases.length === 0 && (0,release_update/* atomsValue */.Kz)(atoms) !== tag.expanded.value)
            return this.release;
        const computed = new Map();
        for (const atom of autoreleases) {
            const result = (0,release_update/* autoreleaseAfterVersionChange */.jJ)(atom.args, this.parsed.macros);
            if ('problem' in result)
                throw this.error(`Release (line ${line}) is ${(0,errors/* clip */.$)(atom.construct.trim())}: the changelog entry needs the release rpmautospec ` +
                    `will give, but ${result.problem}; define what it uses in the spec, or use %autochangelog`, line);
            computed.set(atom, result.release);
        }
        return {
            raw: tag.raw.trim(),
            value: (0,release_update/* atomsValue */.Kz)(atoms, () => '', (a) => computed.get(a)),
            unresolved: atoms.flatMap((a) => (a.kind === 'fixed' ? a.unresolved : [])),
            line,
        };
    }
}
/**
 * A line of the comment block above a PatchN tag: any comment but a commented-out Patch or
 * Source tag, which is the maintainer's (`# Upstream: https://...` is part of the comment).
 */
function isPatchComment(line) {
    const text = line.trim();
    return text.startsWith('#') && !/^#\s*(Patch|Source)\d*\s*:/i.test(text);
}


/***/ }),

/***/ 34873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ forgeMeta),
/* harmony export */   Ce: () => (/* binding */ standardMacro),
/* harmony export */   Gn: () => (/* binding */ isStandardParametric),
/* harmony export */   mj: () => (/* binding */ goMeta)
/* harmony export */ });
/**
 * Macros from Fedora's standard macro packages that Source lines use, written out from what
 * their packages document and do (the macro files themselves are Lua or shell, which srcgit
 * does not run). Each fact names where it comes from. They apply only where the spec does not
 * define the macro itself; anything outside what is written here stays unresolved, with a
 * reason naming the macro.
 */
/** Macros called with arguments (`%{crates_source foo 1.0}` or bare `%pypi_source foo` to the end of the line). */
const PARAMETRIC = new Set(['pypi_source', 'crates_source', 'version_no_tilde']);
function isStandardParametric(name) {
    return PARAMETRIC.has(name);
}
/** The first of `names` the spec defines, expanded; undefined when none is. */
function firstDefined(ctx, names) {
    const name = names.find((n) => ctx.defined(n));
    return name === undefined ? undefined : ctx.expand(`%{${name}}`);
}
/**
 * python-rpm-macros' `%pypi_source [name [version [extension]]]` (macros.python-srpm, Lua):
 * the sdist URL on files.pythonhosted.org. Name defaults to %srcname, %pypi_name, %name;
 * version to %version; extension to tar.gz.
 */
function pypiSource(args, ctx) {
    const [given, version, extension] = args.trim().split(/\s+/).filter(Boolean);
    const src = given ?? firstDefined(ctx, ['srcname', 'pypi_name', 'name']) ?? ctx.miss('%pypi_source', 'no %name');
    const ver = version ?? ctx.expand('%{version}');
    return `https://files.pythonhosted.org/packages/source/${src.charAt(0)}/${src}/${src}-${ver}.${extension ?? 'tar.gz'}`;
}
/**
 * rust-packaging's `%crates_source [crate [version]]` (macros.rust-srpm, Lua; rust2rpm's
 * data/macros.rust-srpm): `%{__crates_url}<crate>/<version>/download#/<crate>-<version>.crate`
 * with `%__crates_url https://crates.io/api/v1/crates/`. The crate defaults to %crate, then
 * %name; the version to %crate_version, then %version, with `~` written as `-`.
 */
function cratesSource(args, ctx) {
    const [given, version] = args.trim().split(/\s+/).filter(Boolean);
    const crate = given ?? firstDefined(ctx, ['crate', 'name']) ?? ctx.miss('%crates_source', 'no %crate or %name');
    const ver = (version ??
        firstDefined(ctx, ['crate_version', 'version']) ??
        ctx.expand('%{version}')).replace(/~/g, '-');
    const base = firstDefined(ctx, ['__crates_url']) ?? 'https://crates.io/api/v1/crates/';
    return `${base}${crate}/${ver}/download#/${crate}-${ver}.crate`;
}
/**
 * `%version_no_tilde [separator [version]]` (Lua, rust2rpm's data/macros.rust-srpm, now in
 * Fedora's common macros; systemd and podman name their archives with it): the version
 * (default %version) with every `~` replaced by the separator (default `-`).
 */
function versionNoTilde(args, ctx) {
    const [separator, version] = args.trim().split(/\s+/).filter(Boolean);
    return (version ?? ctx.expand('%{version}')).replace(/~/g, separator ?? '-');
}
/**
 * KDE's version macros (macros.kf6 of Fedora's kf6 package): %maj_ver/%min_ver/%bug_ver_kf6 are
 * the first three dot-separated fields of %version; %stable_kf6 is `unstable` when bug_ver >= 50
 * or the version is 5.x with x >= 90 (the pre-releases of 6), else `stable`; %majmin_ver_kf6 is
 * maj.min, or maj.min.bug for an unstable one. The kf6 changelog says these were copied from
 * kf5's and then fixed for 6's pre-releases, so %..._kf5 here use the bug_ver >= 50 rule alone.
 */
function kdeVersionMacro(name, ctx) {
    const m = /^(maj_ver|min_ver|bug_ver|stable|majmin_ver)_kf[56]$/.exec(name);
    if (!m)
        return undefined;
    const version = ctx.expand('%{version}');
    const fields = /^(\d+)\.(\d+)\.(\d+)(?:\.|$)/.exec(version);
    if (!fields)
        return ctx.miss(`%{${name}}`, `%${name} (KDE's macros) needs a Version of three numbers, not "${version}"; write the directory in Source0`);
    const [maj, min, bug] = [fields[1], fields[2], fields[3]];
    const kf6 = name.endsWith('kf6');
    const unstable = Number(bug) >= 50 || (kf6 && Number(maj) === 5 && Number(min) >= 90);
    switch (m[1]) {
        case 'maj_ver':
            return maj;
        case 'min_ver':
            return min;
        case 'bug_ver':
            return bug;
        case 'stable':
            return unstable ? 'unstable' : 'stable';
        default:
            return unstable ? `${maj}.${min}.${bug}` : `${maj}.${min}`;
    }
}
/**
 * The value of standard macro `name` called with `args` (undefined args: called without), or
 * undefined when `name` is not one this module knows. Only asked for names the spec leaves undefined.
 */
function standardMacro(name, args, ctx) {
    if (name === 'pypi_source')
        return pypiSource(args ?? '', ctx);
    if (name === 'crates_source')
        return cratesSource(args ?? '', ctx);
    if (name === 'version_no_tilde')
        return versionNoTilde(args ?? '', ctx);
    if (args === undefined)
        return kdeVersionMacro(name, ctx);
    return undefined;
}
/** Forges redhat-rpm-config's forge.lua knows by host, with the variables it sets for each. */
function forgeOf(host) {
    if (/^gitlab[.-]/.test(host) || /[.-]gitlab\./.test(host))
        return 'gitlab';
    if (/^github[.-]/.test(host) || /[.-]github\./.test(host))
        return 'github';
    if (host === 'code.googlesource.com' || host === 'bitbucket.org')
        return host;
    return undefined;
}
/**
 * redhat-rpm-config's `%forgemeta` (forge.lua `meta`, main source only): from %forgeurl and
 * %tag, %commit, %branch or Version it sets, unless the spec already has them, %ref, %fileref
 * (GitHub), %repo, %archivename, %archiveext, %archiveurl, %topdir and %forgesource:
 * - the ref is %tag, else %commit, else %branch, else %version; on GitHub a version ref is
 *   `v%{version}` and the file ref drops a leading `v` of a tag (`v1.2` -> `1.2`) and turns `/` into `-`;
 * - %repo is the second path component of %forgeurl, which GitHub/GitLab URLs are cut to
 *   (`https://host/owner/repo`);
 * - GitHub: `%{forgeurl}/archive/%{ref}/%{repo}-%{fileref}.tar.gz`; GitLab:
 *   `%{forgeurl}/-/archive/%{ref}/%{repo}-%{ref}.tar.bz2`; code.googlesource.com:
 *   `%{forgeurl}/+archive/%{ref}.tar.gz`; bitbucket.org (commits only):
 *   `%{forgeurl}/get/%{ref}.tar.bz2` named `%{owner}-%{repo}-<12 hex>`;
 * - %forgesource is %archiveurl, with `#/%{archivename}.%{archiveext}` appended when the URL's
 *   last component is not that name.
 * `expand` expands text at the %forgemeta line as rpm would then (a macro not defined yet stays
 * as written), undefined when it cannot be told (Lua, shell); `defined` says whether a variable
 * is set (non-empty, or not known to be empty) by then.
 */
function forgeMeta(expand, defined, forgeurlBody = '%{?forgeurl}') {
    const url = expand(forgeurlBody);
    if (url === undefined)
        return { refusal: '%forgeurl cannot be expanded' };
    const host = /^[^:]+:\/\/([^/]+)\//.exec(url)?.[1];
    const forge = host === undefined ? undefined : forgeOf(host);
    if (!forge)
        return {
            refusal: `%forgemeta for ${url || 'an empty %forgeurl'}: srcgit knows the forges of redhat-rpm-config's forge.lua ` +
                '(GitHub, GitLab, code.googlesource.com, bitbucket.org) only',
        };
    const cut = forge === 'github' || forge === 'gitlab' || forge === 'bitbucket.org';
    const forgeurl = cut ? /^https:\/\/[^/]+\/[^/]+\/[^/#?]+/.exec(url)?.[0] : url;
    if (!forgeurl)
        return { refusal: `%forgemeta: ${url} is not a https://host/owner/repo URL` };
    let ref = 'version';
    for (const name of ['tag', 'commit', 'branch']) {
        const value = expand(`%{?${name}}`);
        if (value === undefined)
            return { refusal: `%forgemeta: %${name} cannot be expanded where %forgemeta is called` };
        if (value !== '') {
            ref = name;
            break;
        }
    }
    const defs = { forgeurl };
    let refBody = `%{?${ref}}`;
    if (forge === 'github') {
        let fileref = refBody;
        const value = expand(refBody);
        if (value === undefined)
            return { refusal: `%forgemeta: %${ref} cannot be expanded where %forgemeta is called` };
        if (ref === 'version')
            refBody = `v${refBody}`;
        else if (ref !== 'commit' && /^v\d/.test(value))
            fileref = value.slice(1);
        else if (value.includes('/'))
            fileref = value.replace(/\//g, '-');
        defs.fileref = fileref;
    }
    else if (forge === 'code.googlesource.com' && ref === 'version')
        refBody = `v${refBody}`;
    else if (forge === 'bitbucket.org' && ref !== 'commit')
        return { refusal: '%forgemeta: bitbucket.org sources need %commit (forge.lua refuses others)' };
    defs.ref = refBody;
    const repoOf = forge === 'code.googlesource.com' ? /^[^:]+:\/\/.+\/([^/?#]+)/ : /^[^:]+:\/\/[^/]+\/[^/]+\/([^/]+)/;
    const repo = repoOf.exec(forgeurl)?.[1];
    if (repo === undefined)
        return { refusal: `%forgemeta: no repository name in ${forgeurl}` };
    const vars = {
        repo,
        archiveext: 'tar.bz2',
        archivename: '%{repo}-%{ref}',
        topdir: '%{archivename}',
    };
    if (forge === 'github') {
        vars.archiveext = 'tar.gz';
        vars.archivename = '%{repo}-%{fileref}';
        vars.archiveurl = '%{forgeurl}/archive/%{ref}/%{archivename}.%{archiveext}';
    }
    else if (forge === 'gitlab') {
        vars.archiveurl = '%{forgeurl}/-/archive/%{ref}/%{archivename}.%{archiveext}';
    }
    else if (forge === 'code.googlesource.com') {
        vars.archiveext = 'tar.gz';
        vars.archiveurl = '%{forgeurl}/+archive/%{ref}.%{archiveext}';
        vars.topdir = '';
    }
    else {
        const owner = /^[^:]+:\/\/[^/]+\/([^/]+)/.exec(forgeurl)[1];
        vars.owner = owner;
        const commit = expand('%{?commit}');
        if (commit === undefined)
            return { refusal: '%forgemeta: %commit cannot be expanded where %forgemeta is called' };
        vars.shortcommit = commit.slice(0, 12);
        vars.archivename = '%{owner}-%{repo}-%{shortcommit}';
        vars.archiveurl = '%{forgeurl}/get/%{ref}.%{archiveext}';
    }
    for (const [name, body] of Object.entries(vars))
        if (!defined(name))
            defs[name] = body;
    // forge.lua compares the URL's last component with archivename.archiveext as they expand then.
    const lookup = (name) => (defined(name) ? expand(`%{${name}}`) : expandWith(defs, name, expand));
    const [archiveurl, archivename, archiveext] = ['archiveurl', 'archivename', 'archiveext'].map(lookup);
    if (archiveurl === undefined || archivename === undefined || archiveext === undefined)
        return {
            refusal: '%forgemeta: %archiveurl, %archivename or %archiveext cannot be expanded where %forgemeta is called',
        };
    const fileName = `${archivename}.${archiveext}`;
    if (!defined('forgesource'))
        defs.forgesource =
            /\/([^/]+)$/.exec(archiveurl)?.[1] === fileName
                ? '%{archiveurl}'
                : '%{?archiveurl}#/%{?archivename}.%{archiveext}';
    return { definitions: defs };
}
/** Expands `%{name}` as it will read once `defs` are defined (substituting them, innermost last). */
function expandWith(defs, name, expand) {
    let text = `%{${name}}`;
    for (let i = 0; i < 8 && /%\{\??([a-z_]+)\}/.test(text); i++)
        text = text.replace(/%\{(\??)([a-z_]+)\}/g, (whole, _q, n) => defs[n] ?? whole);
    return expand(text);
}
/**
 * go-rpm-macros' `%gometa` (lua/srpm/go.lua `meta`, main source only): %goipath must be set; with
 * no %forgeurl, %gourl is `https://%{goipath}` and %forgeurl is %gourl; then %forgemeta runs, and
 * %gosource is %forgesource (else `%{gourl}/%{archivename}.%{archiveext}`).
 */
function goMeta(expand, defined) {
    const expandedIpath = expand('%{?goipath}');
    if (expandedIpath === undefined)
        return { refusal: '%gometa: %goipath cannot be expanded where %gometa is called' };
    const goipath = expandedIpath.replace(/^https?:\/\//, '').replace(/\/+$/, '');
    if (goipath === '')
        return { refusal: '%gometa needs %goipath set before it' };
    const defs = {};
    let forgeurlBody = '%{?forgeurl}';
    if (!defined('forgeurl')) {
        if (!defined('gourl'))
            defs.gourl = `https://${goipath}`;
        forgeurlBody = defined('gourl') ? '%{gourl}' : `https://${goipath}`;
    }
    else if (!defined('gourl'))
        defs.gourl = '%{forgeurl}';
    const forge = forgeMeta(expand, defined, forgeurlBody);
    if ('refusal' in forge)
        return { refusal: forge.refusal.replace('%forgemeta', '%gometa') };
    Object.assign(defs, forge.definitions);
    if (!defined('gosource'))
        defs.gosource = '%{forgesource}';
    return { definitions: defs };
}


/***/ }),

/***/ 73975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pW: () => (/* binding */ tokenizeValue),
/* harmony export */   zv: () => (/* binding */ updateValue)
/* harmony export */ });
/* unused harmony export matchPieces */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59085);
/* harmony import */ var _macros_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76491);
/* harmony import */ var _shell_subset_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50917);



function tokenizeValue(text) {
    const tokens = [];
    let literal = '';
    let literalStart = 0;
    const flush = (at) => {
        if (literal)
            tokens.push({ kind: 'literal', text: literal, offset: literalStart });
        literal = '';
        literalStart = at;
    };
    let i = 0;
    while (i < text.length) {
        if (text[i] !== '%') {
            if (!literal)
                literalStart = i;
            literal += text[i++];
            continue;
        }
        const next = text[i + 1];
        if (next === '%') {
            if (!literal)
                literalStart = i;
            literal += '%%';
            i += 2;
            continue;
        }
        flush(i);
        let end;
        if (next === '{' || next === '(' || next === '[') {
            const close = (0,_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .findClosing */ .RC)(text, i + 1, next, next === '{' ? '}' : next === '(' ? ')' : ']');
            end = close < 0 ? text.length : close + 1;
        }
        else {
            const m = /^[?!]*[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
            end = m ? i + 1 + m[0].length : i + 1;
        }
        const construct = text.slice(i, end);
        const ref = /^%\{([A-Za-z_][A-Za-z0-9_]*)\}$|^%([A-Za-z_][A-Za-z0-9_]*)$/.exec(construct);
        if (ref)
            tokens.push({ kind: 'macro', name: ref[1] ?? ref[2], text: construct, offset: i });
        else
            tokens.push({ kind: 'other', text: construct, offset: i });
        i = end;
        literalStart = i;
    }
    flush(i);
    return tokens;
}
/** Most steps `matchPieces` takes before giving up (the value is then written literally). */
const MATCH_STEPS = 100_000;
/** Most pieces it matches (its recursion is that deep); a real value has a handful. */
const MAX_PIECES = 1000;
/**
 * Matches `target` against the pieces as the regex `^text(?<g>current|.+)\\k<g>$` would
 * (a slot prefers its current value, then the longest text), with the failures of each state
 * remembered, so the work stays polynomial where the regex took exponential time. Returns
 * the slots' values, or 'no' when the target does not fit, 'too-hard' past the step budget.
 */
function matchPieces(pieces, target) {
    if (pieces.length > MAX_PIECES)
        return 'too-hard';
    // The groups repeated by `same` pieces from index i on: their values are part of a state.
    const repeated = pieces.map(() => []);
    repeated.push([]);
    for (let i = pieces.length - 1; i >= 0; i--) {
        const piece = pieces[i];
        const after = repeated[i + 1];
        repeated[i] = piece.kind === 'same' && !after.includes(piece.group) ? [...after, piece.group] : after;
    }
    const values = new Map();
    const failed = new Set();
    let steps = 0;
    const go = (i, pos) => {
        if (i === pieces.length)
            return pos === target.length;
        if (++steps > MATCH_STEPS)
            return 'too-hard';
        const key = `${i}:${pos}:${repeated[i].map((g) => values.get(g)).join('\0')}`;
        if (failed.has(key))
            return false;
        const piece = pieces[i];
        let result = false;
        if (piece.kind !== 'slot') {
            const text = piece.kind === 'text' ? piece.text : values.get(piece.group);
            if (target.startsWith(text, pos))
                result = go(i + 1, pos + text.length);
        }
        else {
            // First the current value, then any text, longest first.
            for (let k = 0; result === false; k++) {
                let n;
                if (k === 0) {
                    if (!target.startsWith(piece.current, pos))
                        continue;
                    n = piece.current.length;
                }
                else {
                    n = target.length - pos - (k - 1);
                    if (n < 1)
                        break;
                }
                values.set(piece.group, target.slice(pos, pos + n));
                result = go(i + 1, pos + n);
                if (result === false)
                    values.delete(piece.group);
            }
        }
        if (result === false)
            failed.add(key);
        return result;
    };
    const result = go(0, 0);
    if (result === 'too-hard')
        return 'too-hard';
    return result ? values : 'no';
}
/** The definition rpm would use for `name` at `line`: the last readable, enabled one above it. */
function visibleDefinition(ctx, name, line) {
    const candidates = ctx.definitions.filter((d) => d.name === name && !d.commentedOut && d.activity !== 'inactive' && d.line < line);
    return candidates[candidates.length - 1];
}
/** What may be written into echo's argument: no quotes, spaces or characters the shell reads. */
const SAFE_INPUT = /^[A-Za-z0-9._~^+-]+$/;
/**
 * The input that makes a shell computation give `target`, found as a packager would: the
 * target where the old output sat in the old input (`v1.2.3` -> `1.2.3`), or the old
 * character mapping undone (`2.10.2` -> `2_10_2`), or the target itself; each candidate
 * checked by running the computation forward. Undefined when none gives the target.
 */
function shellInput(computation, output, target) {
    const input = computation.input;
    const candidates = [];
    const at = input.indexOf(output);
    // What the computation drops must be constant text (`v`), not version digits: for
    // `cut -d. -f1-2` of 1.2.3, putting 1.3 there would invent 1.3.3.
    const dropped = input.slice(0, Math.max(at, 0)) + input.slice(at + output.length);
    if (output !== '' && at >= 0 && input.indexOf(output, at + 1) < 0 && !/[0-9]/.test(dropped))
        candidates.push(input.slice(0, at) + target + input.slice(at + output.length));
    if (input.length === output.length) {
        const back = new Map();
        let consistent = true;
        for (let i = 0; i < input.length && consistent; i++) {
            const known = back.get(output[i]);
            if (known !== undefined && known !== input[i])
                consistent = false;
            back.set(output[i], input[i]);
        }
        if (consistent)
            candidates.push([...target].map((c) => back.get(c) ?? c).join(''));
    }
    candidates.push(target);
    return candidates.find((c) => SAFE_INPUT.test(c) && computation.run(c) === target);
}
function updateValue(ctx, site, target, busy = new Set()) {
    const tokens = tokenizeValue(site.text);
    const replaceAll = () => ctx.edits.push({
        kind: 'splice',
        line: site.line,
        start: site.column,
        end: site.column + site.text.length,
        text: target,
    });
    if (!tokens.some((t) => t.kind !== 'literal')) {
        if (site.text !== target)
            replaceAll();
        return;
    }
    const current = (0,_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .expandMacros */ .Q3)(site.text, ctx.macros);
    if (current.unresolved.length === 0 && current.value === target)
        return;
    const slots = [];
    const groupsByMacro = new Map();
    const pieces = [];
    let feasible = true;
    const addLiteral = (text, offset) => {
        // Separators stay; the runs between them are slots of their own.
        for (const part of text.split(/([.\-_~^+])/)) {
            const partOffset = offset;
            offset += part.length;
            if (part === '')
                continue;
            if (/^[.\-_~^+]$/.test(part)) {
                pieces.push({ kind: 'text', text: part });
                continue;
            }
            const group = `s${slots.length}`;
            slots.push({
                group,
                current: part,
                apply: (value) => {
                    ctx.edits.push({
                        kind: 'splice',
                        line: site.line,
                        start: site.column + partOffset,
                        end: site.column + partOffset + part.length,
                        text: value,
                    });
                },
            });
            pieces.push({ kind: 'slot', group, current: part });
        }
    };
    const addTokens = (list, base) => {
        for (const token of list) {
            if (!feasible)
                return;
            if (token.kind === 'literal') {
                addLiteral(token.text, base + token.offset);
                continue;
            }
            // `%{?x:text}` / `%{!?x:text}`: when its text is what rpm uses, that text is editable in place.
            const conditional = /^%\{(!\?|\?!|\?)([A-Za-z_][A-Za-z0-9_]*):(.*)\}$/s.exec(token.text);
            if (conditional) {
                const used = ctx.macros.has(conditional[2]) !== conditional[1].includes('!');
                if (!used)
                    continue;
                const innerOffset = base + token.offset + 2 + conditional[1].length + conditional[2].length + 1;
                addTokens(tokenizeValue(conditional[3]), innerOffset);
                continue;
            }
            if (token.text.startsWith('%(') && token.text.endsWith(')')) {
                const slot = shellSlot(ctx, site, token.text, base + token.offset, busy, `s${slots.length}`);
                if (slot) {
                    slots.push(slot);
                    pieces.push({ kind: 'slot', group: slot.group, current: slot.current });
                    continue;
                }
            }
            const expansion = (0,_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .expandMacros */ .Q3)(token.text, ctx.macros);
            if (token.kind === 'macro' &&
                !busy.has(token.name) &&
                !ctx.protectedNames.test(token.name) &&
                !ctx.frozen?.has(token.name)) {
                const def = visibleDefinition(ctx, token.name, site.line);
                if (def && def.activity === 'active' && def.endLine - def.line === 1 && def.params === undefined) {
                    const known = groupsByMacro.get(token.name);
                    if (known) {
                        pieces.push({ kind: 'same', group: known });
                        continue;
                    }
                    if (expansion.unresolved.length > 0) {
                        feasible = false;
                        return;
                    }
                    const group = `s${slots.length}`;
                    groupsByMacro.set(token.name, group);
                    slots.push({
                        group,
                        current: expansion.value,
                        apply: (value) => updateValue(ctx, {
                            line: def.line,
                            column: def.bodyColumn,
                            text: def.body,
                            label: `%${def.kind} ${def.name} (line ${def.line + 1})`,
                        }, value, new Set([...busy, token.name])),
                    });
                    pieces.push({ kind: 'slot', group, current: expansion.value });
                    continue;
                }
            }
            if (expansion.unresolved.length > 0) {
                feasible = false;
                return;
            }
            pieces.push({ kind: 'text', text: expansion.value });
        }
    };
    addTokens(tokens, 0);
    const match = feasible ? matchPieces(pieces, target) : 'no';
    if (typeof match === 'string') {
        replaceAll();
        ctx.literals?.push(site);
        ctx.notes.push(`${site.label} was "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(site.text.trim())}"; "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(target)}" cannot be written through its macros${match === 'too-hard' ? ' (too many ways to split it)' : ''}, so it now holds the literal value`);
        return;
    }
    const marks = [ctx.edits.length, ctx.notes.length, ctx.literals?.length ?? 0];
    for (const slot of slots) {
        const value = match.get(slot.group);
        if (value === undefined || value === slot.current || slot.apply(value) !== false)
            continue;
        // A computation that cannot give its part: undo this value's edits, write the literal.
        ctx.edits.length = marks[0];
        ctx.notes.length = marks[1];
        if (ctx.literals)
            ctx.literals.length = marks[2];
        replaceAll();
        ctx.literals?.push(site);
        ctx.notes.push(`${site.label} was "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(site.text.trim())}"; no input of its shell computation gives "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(value)}", so it now holds the literal value`);
        return;
    }
}
/**
 * A `%(echo INPUT | ...)` in a value, as a slot: its current output, changed by writing a new
 * INPUT (itself a value, possibly a macro) that the computation turns into the wanted part.
 * Undefined when the computation is outside shell-subset.ts or its input is not one word.
 */
function shellSlot(ctx, site, construct, offset, busy, group) {
    const body = construct.slice(2, -1);
    const expanded = (0,_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .expandMacros */ .Q3)(body, ctx.macros);
    if (expanded.unresolved.length > 0)
        return undefined;
    const computation = (0,_shell_subset_js__WEBPACK_IMPORTED_MODULE_2__/* .parseShellComputation */ .Fg)(expanded.value);
    const shape = (0,_shell_subset_js__WEBPACK_IMPORTED_MODULE_2__/* .parseShellComputation */ .Fg)((0,_shell_subset_js__WEBPACK_IMPORTED_MODULE_2__/* .maskMacros */ .qc)(body));
    if (!computation || !shape?.argument)
        return undefined;
    const raw = body.slice(shape.argument.start, shape.argument.end);
    if ((0,_macros_js__WEBPACK_IMPORTED_MODULE_1__/* .expandMacros */ .Q3)(raw, ctx.macros).value !== computation.input)
        return undefined;
    const current = computation.run(computation.input);
    return {
        group,
        current,
        apply: (value) => {
            const input = shellInput(computation, current, value);
            if (input === undefined)
                return false;
            updateValue(ctx, {
                line: site.line,
                column: site.column + offset + 2 + shape.argument.start,
                text: raw,
                label: `the input of ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(construct, 40)} in ${site.label}`,
            }, input, busy);
        },
    };
}


/***/ }),

/***/ 80752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ toRpmVersion),
/* harmony export */   M1: () => (/* binding */ checkRpmVersion),
/* harmony export */   rN: () => (/* binding */ rpmVersionProblem),
/* harmony export */   sc: () => (/* binding */ DEFAULT_PRERELEASE_SUFFIX_PATTERN)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59085);
/**
 * Upstream version → RPM Version, as Packit's `update_version` does for pre-releases, and
 * the one check of what srcgit writes into Version and Release.
 */

const DEFAULT_PRERELEASE_SUFFIX_PATTERN = '([.\\-_~^]?)(alpha|beta|rc|pre(view)?)([.\\-_]?\\d+)?';
/** Besides ASCII letters and digits, what rpm's ALLOWED_CHARS_VERREL allows (build/rpmbuild_internal.hh). */
const RPM_ALLOWED = '._+%{}~^';
/** rpm allows these for macros; in a value srcgit writes as is they would start one (`%(...)` runs a shell). */
const MACRO_CHARS = '%{}';
const list = (chars) => chars
    .slice(0, 8)
    .map((c) => JSON.stringify(c))
    .join(', ') + (chars.length > 8 ? ', …' : '');
/**
 * Why `value` cannot be written as the literal value of `field`, or undefined when it can.
 * Follows rpmCharCheck (build/parsePreamble.cc): only ASCII letters and digits (rpm's
 * risalnum is ASCII-only) and `._+~^`, no `..`, not empty; plus no macro characters.
 */
function rpmVersionProblem(value, field = 'Version') {
    const label = `${field === 'Version' ? 'version' : 'release'} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(JSON.stringify(value))}`;
    if (value === '')
        return `${field} cannot be empty`;
    const odd = [...new Set([...value].filter((c) => !/^[A-Za-z0-9]$/.test(c)))];
    const refused = odd.filter((c) => !RPM_ALLOWED.includes(c));
    if (refused.length > 0) {
        const dash = refused.includes('-')
            ? ` ("-" separates Version from Release${field === 'Version' ? '; a pre-release suffix such as -rc1 becomes ~rc1' : ''})`
            : '';
        return (`${label} has ${list(refused)}, which rpm refuses in ${field}${dash}: ` +
            `rpm accepts only ASCII letters, digits and . _ + ~ ^ there`);
    }
    const macro = odd.filter((c) => MACRO_CHARS.includes(c));
    if (macro.length > 0)
        return `${label} has ${list(macro)}, which would start a macro in ${field}: srcgit writes it as literal text`;
    if (value.includes('..'))
        return `${label} has "..", which rpm refuses in ${field}`;
    return undefined;
}
const HINTS = {
    Version: 'use a version without them (for a release tag, check upstream_tag_template)',
    Release: 'use a release without them',
};
/** Throws a SpecError saying why (and how to fix it) when rpm would refuse `value` in `field`. */
function checkRpmVersion(value, field = 'Version', madeFrom) {
    const problem = rpmVersionProblem(value, field);
    if (!problem)
        return;
    const from = madeFrom !== undefined && madeFrom !== value ? ` (made from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(JSON.stringify(madeFrom))})` : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecError */ .G(`${problem}${from}; ${HINTS[field]}`);
}
/**
 * Replaces the delimiter before a pre-release suffix with `~` so rpm sorts it before the
 * final release (`1.2.0-rc1` → `1.2.0~rc1`). `pattern` is Packit's prerelease_suffix_pattern
 * (its first group captures the delimiter); null disables the conversion. Throws a
 * SpecError when the result is not a version rpm accepts (Packit would write it and let
 * the build fail): `v1.2;rm`, `1,2`, `1.2-3`.
 */
function toRpmVersion(version, pattern = DEFAULT_PRERELEASE_SUFFIX_PATTERN) {
    const result = convert(version, pattern);
    checkRpmVersion(result.version, 'Version', version);
    return result;
}
function convert(version, pattern) {
    if (pattern === null || pattern === '')
        return { version, prerelease: false };
    const m = new RegExp(`^(.*?)${pattern}$`, 'id').exec(version);
    if (!m?.indices?.[2])
        return { version, prerelease: false };
    const [delimStart, delimEnd] = m.indices[2];
    return { version: version.slice(0, delimStart) + '~' + version.slice(delimEnd), prerelease: true };
}


/***/ })

};
