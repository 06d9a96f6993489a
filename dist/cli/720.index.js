export const id = 720;
export const ids = [720];
export const modules = {

/***/ 65407:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		85860
	],
	"./BurstyRateLimiter.js": [
		85860
	],
	"./ExpressBruteFlexible": [
		83966,
		966
	],
	"./ExpressBruteFlexible.js": [
		83966,
		966
	],
	"./RLWrapperBlackAndWhite": [
		87383
	],
	"./RLWrapperBlackAndWhite.js": [
		87383
	],
	"./RLWrapperTimeouts": [
		24016
	],
	"./RLWrapperTimeouts.js": [
		24016
	],
	"./RateLimiterAbstract": [
		88569
	],
	"./RateLimiterAbstract.js": [
		88569
	],
	"./RateLimiterCluster": [
		10565
	],
	"./RateLimiterCluster.js": [
		10565
	],
	"./RateLimiterDrizzle": [
		50673
	],
	"./RateLimiterDrizzle.js": [
		50673
	],
	"./RateLimiterDrizzleNonAtomic": [
		75347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		75347
	],
	"./RateLimiterDynamo": [
		82309
	],
	"./RateLimiterDynamo.js": [
		82309
	],
	"./RateLimiterEtcd": [
		36481
	],
	"./RateLimiterEtcd.js": [
		36481
	],
	"./RateLimiterEtcdNonAtomic": [
		15299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		15299
	],
	"./RateLimiterInsuredAbstract": [
		33847
	],
	"./RateLimiterInsuredAbstract.js": [
		33847
	],
	"./RateLimiterMemcache": [
		73250
	],
	"./RateLimiterMemcache.js": [
		73250
	],
	"./RateLimiterMemory": [
		24544
	],
	"./RateLimiterMemory.js": [
		24544
	],
	"./RateLimiterMongo": [
		28439
	],
	"./RateLimiterMongo.js": [
		28439
	],
	"./RateLimiterMySQL": [
		67793
	],
	"./RateLimiterMySQL.js": [
		67793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		16323
	],
	"./RateLimiterPrisma.js": [
		16323
	],
	"./RateLimiterQueue": [
		52860
	],
	"./RateLimiterQueue.js": [
		52860
	],
	"./RateLimiterRedis": [
		54336
	],
	"./RateLimiterRedis.js": [
		54336
	],
	"./RateLimiterRes": [
		80449
	],
	"./RateLimiterRes.js": [
		80449
	],
	"./RateLimiterSQLite": [
		73283
	],
	"./RateLimiterSQLite.js": [
		73283
	],
	"./RateLimiterStoreAbstract": [
		65140
	],
	"./RateLimiterStoreAbstract.js": [
		65140
	],
	"./RateLimiterUnion": [
		10244
	],
	"./RateLimiterUnion.js": [
		10244
	],
	"./RateLimiterValkey": [
		32193
	],
	"./RateLimiterValkey.js": [
		32193
	],
	"./RateLimiterValkeyGlide": [
		53756
	],
	"./RateLimiterValkeyGlide.js": [
		53756
	],
	"./component/BlockedKeys": [
		38830
	],
	"./component/BlockedKeys/": [
		38830
	],
	"./component/BlockedKeys/BlockedKeys": [
		85202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		85202
	],
	"./component/BlockedKeys/index": [
		38830
	],
	"./component/BlockedKeys/index.js": [
		38830
	],
	"./component/MemoryStorage": [
		28178,
		178
	],
	"./component/MemoryStorage/": [
		28178,
		178
	],
	"./component/MemoryStorage/MemoryStorage": [
		81534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		81534
	],
	"./component/MemoryStorage/Record": [
		60749
	],
	"./component/MemoryStorage/Record.js": [
		60749
	],
	"./component/MemoryStorage/index": [
		28178,
		178
	],
	"./component/MemoryStorage/index.js": [
		28178,
		178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		43184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		43184
	],
	"./component/RateLimiterQueueError": [
		27948
	],
	"./component/RateLimiterQueueError.js": [
		27948
	],
	"./component/RateLimiterSetupError": [
		72922
	],
	"./component/RateLimiterSetupError.js": [
		72922
	],
	"./constants": [
		13880,
		880
	],
	"./constants.js": [
		13880,
		880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 65407;
module.exports = webpackAsyncContext;

/***/ }),

/***/ 90962:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ distGitForgeOption),
/* harmony export */   m: () => (/* binding */ distGitToken)
/* harmony export */ });
/* harmony import */ var _forges_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76630);
/** The dist-git forge settings every CLI command shares: --dist-git-forge and the token from the environment. */

/** --dist-git-forge (or SRCGIT_DIST_GIT_FORGE): the backend, or a usage error. */
function distGitForgeOption(value) {
    const given = value?.trim();
    if (!given)
        return undefined;
    if ((0,_forges_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_0__/* .isDistGitForgeChoice */ .d)(given))
        return given;
    return { error: `--dist-git-forge must be one of ${_forges_dist_git_forge_js__WEBPACK_IMPORTED_MODULE_0__/* .DIST_GIT_FORGES */ .h.join(', ')}, not "${given}"` };
}
/**
 * The dist-git forge's API token: SRCGIT_DIST_GIT_TOKEN, or SRCGIT_PAGURE_TOKEN as set up before
 * Forgejo; both set and different is an error rather than a guess.
 */
function distGitToken(env) {
    const token = env.SRCGIT_DIST_GIT_TOKEN?.trim() || undefined;
    const pagure = env.SRCGIT_PAGURE_TOKEN?.trim() || undefined;
    if (token && pagure && token !== pagure)
        return {
            error: 'SRCGIT_DIST_GIT_TOKEN and SRCGIT_PAGURE_TOKEN are both set and differ; set the token of the dist-git forge once, in SRCGIT_DIST_GIT_TOKEN',
        };
    return token ?? pagure;
}


/***/ }),

/***/ 81505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ parseCommand)
});

// UNUSED EXPORTS: normalizeInstanceUrl

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/commands/io.js
var commands_io = __webpack_require__(74317);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/bundle-src/commands/instance-url.js
/**
 * The dist-git instance a user names (`--dist-git-url`, the action's `dist-git-url`): an http(s)
 * URL, or for local trials a file:// URL or a directory holding `<namespace>/<package>.git`, as
 * `dist_git_base_url` accepts in the configuration. Directories become file:// URLs, so every
 * later step clones from them instead of writing into them.
 */


/** undefined when nothing was given; `error` completes a sentence about the setting ("is ..."). */
function instanceUrlOption(given, base) {
    const value = given?.trim();
    if (!value)
        return undefined;
    const how = 'it must be an http(s) URL, or for a local trial a file:// URL or a directory';
    if (/^https?:\/\/[^\s/]+/.test(value))
        return { url: value.replace(/\/+$/, '') };
    if (/^file:\/\//.test(value)) {
        let pathname;
        try {
            pathname = decodeURIComponent(new URL(value).pathname);
        }
        catch {
            return { error: `is "${value}", not a valid URL; ${how}` };
        }
        return { url: `file://${pathname.replace(/\/+$/, '') || '/'}` };
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(value))
        return { error: `is "${value}"; ${how}` };
    const dir = external_node_path_.resolve(base, value);
    if (!isDirectory(dir))
        return {
            error: `is "${value}": neither an http(s) URL nor a directory (${dir} does not exist); ${how} (https://${value.replace(/^\/+/, '')} for a host)`,
        };
    return { url: `file://${dir}` };
}
function isDirectory(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./build/bundle-src/commands/options.js
var commands_options = __webpack_require__(64259);
;// CONCATENATED MODULE: ./build/bundle-src/commands/parse.js
/**
 * The command line of a job command: options (with SRCGIT_<OPTION> environment fallbacks),
 * --help, and at most one SOURCE_GIT directory. One place for the parsing and its messages.
 */




/** Parses `srcgit <name> [options] [SOURCE_GIT]`; a number is the exit code to return at once. */
function parseCommand(name, help, options, argv, io, 
/** Options that exclude each other (e.g. --tag and --version). */
exclusive = []) {
    const usage = (message) => {
        io.stderr(`srcgit ${name}: ${message}\n(see srcgit ${name} --help)\n`);
        return commands_io/* EXIT */.dc.usage;
    };
    const parsed = (0,commands_options/* parseOptions */.Ac)(options, argv);
    if (typeof parsed === 'string')
        return usage(parsed);
    if (parsed.values.help) {
        io.stdout(help);
        return commands_io/* EXIT */.dc.ok;
    }
    const values = (0,commands_options/* withEnvironment */.Ec)(options, parsed.values, process.env, (message) => io.stderr(`warning: ${message}\n`), exclusive);
    if (typeof values === 'string')
        return usage(values);
    const instance = normalizeInstanceUrl(values, io.cwd);
    if (instance)
        return usage(instance);
    if (parsed.positionals.length > 1)
        return usage('expected at most one SOURCE_GIT directory');
    return { values, sourceGit: external_node_path_.resolve(io.cwd, parsed.positionals[0] ?? '.'), usage };
}
/** --dist-git-url as a URL (a directory becomes file://); a string is the usage error. */
function normalizeInstanceUrl(values, cwd) {
    const instance = instanceUrlOption(values['dist-git-url'], cwd);
    if (instance?.error)
        return `--dist-git-url ${instance.error}`;
    if (instance)
        values['dist-git-url'] = instance.url;
    return undefined;
}


/***/ }),

/***/ 67309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nB: () => (/* binding */ expandBranches),
/* harmony export */   xI: () => (/* binding */ namesNeedingBodhi)
/* harmony export */ });
/* unused harmony exports distroAliases, needsBodhi */
/** Names that always resolve without Bodhi; undefined stands for the repo's default branch. */
const STATIC_NAMES = new Map([
    ['rawhide', undefined],
    ['fedora-rawhide', undefined],
    ['eln', 'eln'],
    ['fedora-eln', 'eln'],
]);
/** Every alias key and namever fedora-distro-aliases can produce: these need the release list. */
const BODHI_NAME = /^(fedora-(all|stable|development|latest|latest-stable|branched|\d+)|epel-(all|\d+(\.\d+)?|\d+-all|\d+-branched))$/;
function toDistro(release) {
    const distro = {
        name: release.name,
        longName: release.long_name,
        version: release.version,
        versionNumber: release.version,
        state: release.state,
        branch: release.branch,
        idPrefix: release.id_prefix,
    };
    return { ...distro, namever: namever(distro) };
}
function namever(distro) {
    if (distro.idPrefix === 'FEDORA-EPEL')
        return distro.name.toLowerCase();
    return distro.longName.toLowerCase().replaceAll(' ', '-');
}
function majorVersion(distro) {
    return Number.parseInt(distro.versionNumber.split('.')[0], 10);
}
/** fedora-distro-aliases' get_distro_aliases over the given releases (§4.2 steps 1-4). */
function distroAliases(releases) {
    // Step 1: no ELN, nothing archived, ordered by numeric version (a stable sort, like Python's).
    const distros = releases
        .filter((r) => r.name !== 'ELN' && r.state !== 'archived' && Number.isFinite(Number.parseFloat(r.version)))
        .map(toDistro)
        .sort((a, b) => Number.parseFloat(a.versionNumber) - Number.parseFloat(b.versionNumber));
    // Step 2: EPEL-Next, containers, flatpaks and the like are neither.
    const epel = distros.filter((d) => d.idPrefix === 'FEDORA-EPEL');
    const fedora = distros.filter((d) => d.idPrefix === 'FEDORA');
    // Step 3: Bodhi knows no rawhide; the newest Fedora is it.
    const last = fedora.length - 1;
    if (last >= 0) {
        const rawhide = { ...fedora[last], name: 'Rawhide', longName: 'Fedora Rawhide', version: 'rawhide' };
        fedora[last] = { ...rawhide, branch: 'rawhide', namever: namever(rawhide) };
    }
    // Between branching and release Bodhi may still call the branched release's branch rawhide.
    if (last >= 1 && fedora[last - 1].branch === 'rawhide')
        fedora[last - 1] = { ...fedora[last - 1], branch: `f${fedora[last - 1].version}` };
    // Step 4.
    const stable = fedora.filter((d) => d.state === 'current');
    const development = fedora.filter((d) => d.state === 'pending' || d.state === 'frozen');
    const aliases = new Map([
        ['fedora-all', fedora],
        ['fedora-stable', stable],
        ['fedora-development', development],
        ['fedora-latest', development.length >= 2 ? development.slice(-2, -1) : stable.slice(-1)],
        ['fedora-latest-stable', stable.slice(-1)],
        ['fedora-branched', [...stable, ...development.slice(0, -1)]],
        ['epel-all', epel],
    ]);
    // EPEL 10 and later have minor versions: epel-N-all, the branched minors, and the leading one.
    const majors = [...new Set(epel.map(majorVersion).filter((major) => major >= 10))].sort((a, b) => a - b);
    for (const major of majors) {
        const minors = epel.filter((d) => majorVersion(d) === major);
        aliases.set(`epel-${major}-all`, minors);
        aliases.set(`epel-${major}-branched`, minors.filter((d) => d.branch.includes('.')));
        aliases.set(`epel-${major}`, minors.filter((d) => !d.branch.includes('.')));
    }
    return aliases;
}
/** The configured names that are aliases or namevers, i.e. that need Bodhi's release list. */
function namesNeedingBodhi(names) {
    return names.filter((name) => !STATIC_NAMES.has(name) && BODHI_NAME.test(name));
}
/** Whether resolving these names needs Bodhi (plain branch names such as rawhide, f43, epel9, c10s do not). */
function needsBodhi(names) {
    return namesNeedingBodhi(names).length > 0;
}
/**
 * The dist-git branches for configured names, in order and without duplicates (§4.2
 * steps 5-6): aliases expand, a namever or branch of an active release maps to its branch,
 * rawhide becomes the repo's default branch, anything else passes through unchanged.
 */
function expandBranches(names, releases, opts = {}) {
    const defaultBranch = opts.defaultBranch ?? 'rawhide';
    const needing = namesNeedingBodhi(names);
    if (needing.length && releases.length === 0)
        throw new Error(`No active Fedora releases known, so ${needing.join(', ')} cannot be resolved to branches`);
    const aliases = distroAliases(releases);
    const known = [...(aliases.get('fedora-all') ?? []), ...(aliases.get('epel-all') ?? [])];
    const branchOf = (d) => (d.branch === 'rawhide' ? defaultBranch : d.branch);
    const out = [];
    const add = (branch) => {
        if (!out.includes(branch))
            out.push(branch);
    };
    for (const name of names) {
        if (STATIC_NAMES.has(name))
            add(STATIC_NAMES.get(name) ?? defaultBranch);
        else if (aliases.has(name))
            aliases.get(name)?.forEach((d) => add(branchOf(d)));
        else {
            const matched = known.filter((d) => d.namever === name || d.branch === name);
            if (matched.length)
                matched.forEach((d) => add(branchOf(d)));
            else
                add(name);
        }
    }
    return out;
}


/***/ }),

/***/ 84065:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XQ: () => (/* binding */ fetchActiveReleases),
/* harmony export */   Xr: () => (/* binding */ DEFAULT_BODHI_URL)
/* harmony export */ });
/* unused harmony export ReleaseCache */
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89224);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2508);
/**
 * The active Fedora/EPEL releases from Bodhi, the data behind branch aliases such as
 * fedora-all or epel-10 (reference §4.1). Fetched at most once per run, and only when a
 * configured name needs it.
 */


const DEFAULT_BODHI_URL = 'https://bodhi.fedoraproject.org';
/** Far more pages than Bodhi has ever had for active releases; stops a server that never says "last". */
const MAX_PAGES = 50;
/**
 * Every current, pending and frozen release, following Bodhi's pages until page == pages.
 * `neededFor` names the configured branch names that need the list, for the error message.
 */
async function fetchActiveReleases(http, bodhiUrl = DEFAULT_BODHI_URL, neededFor = []) {
    const base = `${bodhiUrl.replace(/\/+$/, '')}/releases/`;
    const releases = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const url = `${base}?state=current&state=pending&state=frozen&page=${page}`;
        let body;
        try {
            const response = await http.request({ method: 'GET', url, headers: { accept: 'application/json' } });
            if (response.status !== 200)
                throw _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j.fromResponse('GET', response);
            body = parsePage(response.text);
        }
        catch (error) {
            throw unreachable(base, neededFor, error);
        }
        releases.push(...(body.releases ?? []));
        if (body.pages === undefined || page >= body.pages)
            return releases;
    }
    return releases;
}
function parsePage(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new Error('the answer is not JSON');
    }
    if (!body || typeof body !== 'object' || !Array.isArray(body.releases))
        throw new Error('the answer has no "releases" list');
    return body;
}
function unreachable(url, neededFor, error) {
    const cause = error instanceof Error ? error.message : String(error);
    const names = neededFor.length ? ` (needed to resolve ${neededFor.join(', ')})` : '';
    return new Error((0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`Could not get the active Fedora releases from Bodhi at ${url}${names}: ${cause}. ` +
        'Name the dist-git branches explicitly instead (e.g. rawhide, f43, epel10), which needs no Bodhi lookup.'));
}
/** The release list for one run: fetched on first use, then shared (a failure is not retried). */
class ReleaseCache {
    fetcher;
    releases;
    constructor(fetcher) {
        this.fetcher = fetcher;
    }
    get() {
        this.releases ??= this.fetcher();
        return this.releases;
    }
}


/***/ }),

/***/ 1404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ openDistGitForge),
  y: () => (/* binding */ tokenRightsText)
});

// EXTERNAL MODULE: ./build/bundle-src/http/client.js
var client = __webpack_require__(89224);
;// CONCATENATED MODULE: ./build/bundle-src/forges/dist-git/json-answer.js
/**
 * The parsed body of a 2xx answer. Any other status is the client's own error (which reads the
 * forge's error JSON); a 2xx body that is not JSON means the URL is not that forge's API.
 */
function jsonAnswer(response, errorAnswer, notThisForge) {
    if (response.status < 200 || response.status >= 300)
        throw errorAnswer();
    try {
        return JSON.parse(response.text);
    }
    catch {
        throw notThisForge(`HTTP ${response.status} with a body that is not JSON`);
    }
}

// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
// EXTERNAL MODULE: ./build/bundle-src/runtime/user-errors.js
var user_errors = __webpack_require__(77720);
;// CONCATENATED MODULE: ./build/bundle-src/forges/dist-git/forgejo.js
/**
 * Forgejo API v1 client for dist-git (src.fedoraproject.org after Fedora's migration), behind
 * the DistGitForge interface: forks at `<user>/<repo>`, pull requests opened on the target
 * with `head: "<user>:<branch>"`, maintainers let in with `allow_maintainer_edit`, CI results
 * from commit statuses. JSON bodies, `Authorization: token <TOKEN>` like ogr; error answers
 * become messages that say what failed, where, and what to fix
 * (shared/reference/forgejo-dist-git.md §3-§9).
 */




/** Scopes srcgit's token needs (reference §3): push and PRs, PR comments, whoami. */
const FORGEJO_TOKEN_SCOPES = ['write:repository', 'write:issue', 'read:user'];
class ForgejoError extends Error {
    status;
    constructor(message, 
    /** HTTP status; undefined when no request was made. */
    status) {
        super((0,secrets/* redact */.E$)(message));
        this.status = status;
        this.name = 'ForgejoError';
    }
}
(0,user_errors/* registerUserError */.X)(ForgejoError);
/** Longest chain of list pages followed; far beyond any real PR list. */
const MAX_PAGES = 100;
/** Forgejo's largest page (MAX_RESPONSE_ITEMS default). */
const PAGE_SIZE = 50;
const CI_STATES = new Set(['success', 'failure', 'error', 'pending', 'warning']);
class ForgejoForge {
    kind = 'forgejo';
    instanceUrl;
    tokenHelp;
    token;
    http;
    username;
    constructor(opts) {
        this.instanceUrl = opts.instanceUrl.replace(/\/+$/, '');
        this.token = opts.token || undefined;
        this.http = opts.http;
        (0,secrets/* registerSecret */.cl)(this.token);
        this.tokenHelp =
            `a Forgejo access token, created at ${this.settingsUrl()} ("Generate new token") with the scopes ` +
                `${FORGEJO_TOKEN_SCOPES.join(', ')}`;
    }
    /** The token's user (asked once per client). */
    whoami() {
        this.username ??= this.requestJson('GET', '/user', {
            action: 'find the user of the Forgejo token',
            repo: '',
            scope: 'read:user',
            auth: true,
        })
            .then((user) => {
            if (typeof user?.login !== 'string' || !user.login)
                throw this.unexpected({ action: 'find the user of the Forgejo token', repo: '' }, 'no "login" in /user');
            return user.login;
        })
            .catch((error) => {
            this.username = undefined;
            throw error;
        });
        return this.username;
    }
    /** The repository, or undefined when Forgejo says there is none. */
    async repository(owner, name) {
        const ctx = { action: `look up ${owner}/${name}`, repo: `${owner}/${name}` };
        const response = await this.send('GET', repoPath(owner, name), { expectStatus: [404] });
        // Only Forgejo's own JSON 404 means absent; any other 404 is a wrong instance URL.
        if (response.status === 404 && errorBody(response)?.message !== undefined)
            return undefined;
        return this.json(response, ctx);
    }
    async projectExists(ns, repo) {
        return (await this.repository(ns, repo)) !== undefined;
    }
    /** `<user>/<repo>` exists and is a fork of `<ns>/<repo>`. */
    async forkExists(user, ns, repo) {
        const fork = await this.repository(user, repo);
        return isForkOf(fork, `${ns}/${repo}`);
    }
    async ensureFork(ns, repo) {
        const ctx = { action: `fork ${ns}/${repo}`, repo: `${ns}/${repo}`, scope: 'write:repository' };
        this.requireToken(ctx);
        const send = () => this.send('POST', `${repoPath(ns, repo)}/forks`, { json: {}, auth: true });
        let response = await attemptOnce(send);
        if (!isResponse(response) || response.status >= 500) {
            // The fork may have been made before the failure: look before forking again.
            if (await this.forkExists(await this.whoami(), ns, repo))
                return 'created';
            response = await send();
        }
        if (response.status === 202 || response.status === 201)
            return 'created';
        if (response.status === 409) {
            const user = await this.whoami();
            if (await this.forkExists(user, ns, repo))
                return 'existed';
            throw new ForgejoError(`Could not ${ctx.action} on ${this.instanceUrl}: ${user} already has a repository ${user}/${repo} that is ` +
                `not a fork of ${ns}/${repo} (${serverMessage(response)}); rename or delete ${this.instanceUrl}/${user}/${repo} ` +
                `[HTTP 409]`, 409);
        }
        throw this.error(response, ctx);
    }
    /**
     * HTTPS: `<instance>/<user>/<repo>.git` (push with the token, reference §6). SSH:
     * `ssh://git@<host>/<user>/<repo>.git`, Forgejo's usual form; whether Fedora's dist-git will
     * offer SSH, and under which user and host, is unconfirmed (reference §6, §11).
     */
    forkPushUrl(opts) {
        const path = `${seg(opts.user)}/${seg(opts.repo)}.git`;
        if (opts.protocol === 'https')
            return `${this.instanceUrl}/${path}`;
        return `ssh://git@${opts.sshHost ?? new URL(this.instanceUrl).host}/${path}`;
    }
    cloneUrl(ns, repo) {
        return `${this.instanceUrl}/${seg(ns)}/${seg(repo)}.git`;
    }
    webUrl(ns, repo) {
        return `${this.instanceUrl}/${seg(ns)}/${seg(repo)}`;
    }
    commitUrl(ns, repo, sha) {
        return `${this.webUrl(ns, repo)}/commit/${sha}`;
    }
    /**
     * The PRs of the repo, newest first. `state` is always sent: Forgejo lists every PR when it
     * is omitted (reference §4, "List PRs state").
     */
    async pullRequests(ns, repo, opts) {
        const ctx = { action: `list the pull requests of ${ns}/${repo}`, repo: `${ns}/${repo}` };
        const query = new URLSearchParams({ state: opts.state });
        if (opts.author)
            query.set('poster', opts.author);
        let rows;
        try {
            rows = await this.listAll(`${repoPath(ns, repo)}/pulls`, query, ctx);
        }
        catch (error) {
            // An author Forgejo does not know (never logged in): a 400 (or, as on the issue list, a 404
            // naming the user); such a user has no PRs.
            if (opts.author &&
                error instanceof ForgejoError &&
                (error.status === 400 || error.status === 404) &&
                /user does not exist/.test(error.message))
                return [];
            throw error;
        }
        const byNumber = new Map();
        for (const row of rows)
            if (!byNumber.has(row.number))
                byNumber.set(row.number, this.toPullRequest(row, ctx));
        return [...byNumber.values()]
            .filter((pr) => opts.state === 'all' || pr.state === 'open')
            .sort((a, b) => b.number - a.number);
    }
    async findOpenPullRequest(find) {
        const matches = (await this.pullRequests(find.ns, find.repo, { state: 'open', author: find.author })).filter((pr) => pr.sourceBranch === find.sourceBranch &&
            pr.targetBranch === find.targetBranch &&
            pr.sourceOwner === find.forkUser &&
            pr.author === find.author);
        return matches.sort((a, b) => a.number - b.number)[0];
    }
    /**
     * Opens the PR on the target, then lets maintainers push to its branch (Forgejo cannot set
     * `allow_maintainer_edit` at creation; Packit also edits right after). Forgejo refuses a second
     * open PR for the same branches (409), which here means "already open": that one comes back.
     * After a failure that may have come after the PR was made (network error, 5xx) this looks
     * for it before trying once more.
     */
    async createPullRequest(pr) {
        const head = `${pr.forkUser}:${pr.sourceBranch}`;
        const ctx = {
            action: `open a pull request on ${pr.ns}/${pr.repo} from ${head} into ${pr.targetBranch}`,
            repo: `${pr.ns}/${pr.repo}`,
            scope: 'write:repository',
            notFound: `Forgejo found no ${pr.ns}/${pr.repo} with a branch ${pr.targetBranch}, or no fork ${pr.forkUser}/${pr.repo} ` +
                `of it with a branch ${pr.sourceBranch}: check the package and branch names, and push the branch to the fork first`,
        };
        this.requireToken(ctx);
        const send = () => this.send('POST', `${repoPath(pr.ns, pr.repo)}/pulls`, {
            auth: true,
            json: { title: pr.title, body: pr.description, base: pr.targetBranch, head },
        });
        let response = await attemptOnce(send);
        if (!isResponse(response) || response.status >= 500) {
            const existing = await this.findOpenPullRequest(pr);
            if (existing)
                return this.allowMaintainerEdit(pr.ns, pr.repo, existing);
            response = await send();
        }
        if (response.status === 409) {
            const existing = await this.findOpenPullRequest(pr);
            if (existing)
                return this.allowMaintainerEdit(pr.ns, pr.repo, existing);
            throw new ForgejoError(`Could not ${ctx.action} on ${this.instanceUrl}: an open pull request from ${head} into ${pr.targetBranch} ` +
                `already exists but was not opened by ${pr.author} (${serverMessage(response)}); close it, or run with ` +
                `the token of its author [HTTP 409]`, 409);
        }
        const created = this.toPullRequest(this.json(response, ctx), ctx);
        return this.allowMaintainerEdit(pr.ns, pr.repo, created, true);
    }
    /**
     * Sets title and description (an empty title would be ignored by Forgejo), and lets
     * maintainers push to the branch again in case the edit after creating it was lost (only the
     * author may set that, and srcgit updates only its own PRs).
     */
    async updatePullRequest(ns, repo, number, change) {
        const ctx = {
            action: `update pull request #${number} of ${ns}/${repo}`,
            repo: `${ns}/${repo}`,
            pr: number,
            scope: 'write:repository',
        };
        // Setting the same fields twice changes nothing, so retrying is safe.
        const body = await this.requestJson('PATCH', pullPath(ns, repo, number), {
            ...ctx,
            auth: true,
            idempotent: true,
            json: { title: change.title, body: change.description, allow_maintainer_edit: true },
        });
        return this.toPullRequest(body, ctx);
    }
    async comment(ns, repo, number, text) {
        const ctx = {
            action: `comment on pull request #${number} of ${ns}/${repo}`,
            repo: `${ns}/${repo}`,
            pr: number,
            scope: 'write:issue',
        };
        // Not retried: a second POST would be a second comment.
        await this.requestJson('POST', `${repoPath(ns, repo)}/issues/${number}/comments`, {
            ...ctx,
            auth: true,
            json: { body: text },
        });
    }
    /**
     * POST .../pulls/{n}/merge with {"Do": "merge"} as ogr sends it: 200 with an empty body. A user
     * without write access gets 405 "User not allowed to merge PR", a token without the scope 403;
     * both are a permission refusal. Other 405s (not mergeable yet, merged) and 409 (conflict) are
     * the forge's refusal.
     */
    async mergePullRequest(ns, repo, number) {
        const ctx = {
            action: `merge pull request #${number} of ${ns}/${repo}`,
            repo: `${ns}/${repo}`,
            pr: number,
            scope: 'write:repository',
        };
        this.requireToken(ctx);
        const response = await this.send('POST', `${pullPath(ns, repo, number)}/merge`, {
            auth: true,
            json: { Do: 'merge' },
            expectStatus: [401, 403, 405, 409],
        });
        if (response.status >= 200 && response.status < 300)
            return { merged: true };
        const message = errorBody(response)?.message ?? '';
        const permission = response.status === 401 ||
            response.status === 403 ||
            (response.status === 405 && /not allowed to merge/i.test(message));
        if (permission)
            return {
                merged: false,
                refused: 'permission',
                message: `the token's user cannot merge: it needs write access to ${ns}/${repo} (a collaborator with write, ` +
                    `or a team with write) and a token with the scope write:repository (${this.error(response, ctx).message})`,
            };
        if (response.status === 405 || response.status === 409)
            return { merged: false, refused: 'not-mergeable', message: message || `HTTP ${response.status}` };
        throw this.error(response, ctx);
    }
    /**
     * ogr's get_users_with_given_access: the collaborators and the members of the org's teams on
     * the repository, each kept when its permission is one of the level's (admin: owner; commit:
     * owner, admin, write). Reading another user's permission needs admin rights on the repository.
     */
    async usersWithAccess(ns, repo, level) {
        const ctx = {
            action: `read who has access to ${ns}/${repo}`,
            repo: `${ns}/${repo}`,
            scope: 'read:repository',
        };
        const wanted = level === 'admin' ? ['owner'] : ['owner', 'admin', 'write'];
        const collaborators = await this.listAll(`${repoPath(ns, repo)}/collaborators`, new URLSearchParams(), ctx, false, true);
        const candidates = new Set(collaborators.map((u) => u.login).filter((l) => Boolean(l)));
        for (const team of await this.repoTeams(ns, repo))
            for (const member of await this.teamMembers(team, ns))
                candidates.add(member);
        const users = [];
        for (const user of candidates) {
            const answer = await this.requestJson('GET', `${repoPath(ns, repo)}/collaborators/${seg(user)}/permission`, { ...ctx, action: `read the permission of ${user} on ${ns}/${repo}`, auth: true, idempotent: true });
            if (answer.permission && wanted.includes(answer.permission))
                users.push(user);
        }
        return users;
    }
    /** The team named `group` among those of ns/repo's organization that cover the repository. */
    async groupMembers(group, at) {
        const team = (await this.repoTeams(at.ns, at.repo)).find((t) => t.name?.toLowerCase() === group.toLowerCase());
        return team ? this.teamMembers(team, at.ns) : undefined;
    }
    /** GET .../teams: the org's teams on the repository; none for a repository a user owns (405). */
    async repoTeams(ns, repo) {
        const ctx = { action: `read the teams of ${ns}/${repo}`, repo: `${ns}/${repo}` };
        const response = await this.send('GET', `${repoPath(ns, repo)}/teams`, {
            auth: this.token !== undefined,
            expectStatus: [405],
        });
        if (response.status === 405)
            return [];
        const teams = this.json(response, ctx);
        if (!Array.isArray(teams))
            throw this.unexpected(ctx, 'a list was expected');
        return teams;
    }
    /** GET /teams/{id}/members: only the team's members and the org's owners may read it. */
    async teamMembers(team, org) {
        const ctx = {
            action: `read the members of the team ${team.name} of ${org}`,
            repo: org,
            scope: 'read:organization',
            notFound: `Forgejo shows the members of the team ${team.name} of ${org} only to its members and the ` +
                `organization's owners`,
        };
        this.requireToken(ctx);
        const members = await this.listAll(`/teams/${team.id}/members`, new URLSearchParams(), ctx, false, true);
        return members.map((u) => u.login).filter((l) => Boolean(l));
    }
    async closePullRequest(ns, repo, number) {
        const ctx = {
            action: `close pull request #${number} of ${ns}/${repo}`,
            repo: `${ns}/${repo}`,
            pr: number,
            scope: 'write:repository',
        };
        await this.requestJson('PATCH', pullPath(ns, repo, number), {
            ...ctx,
            auth: true,
            idempotent: true,
            json: { state: 'closed' },
        });
    }
    /**
     * Commit statuses of the PR's head, from the target repo and from the fork: Forgejo's PR page
     * reads the target's, packit-service posts on the fork's (reference §4.1). One result per
     * `context`, the newest `updated_at` winning. The fork may be gone (404 is no result).
     */
    async ciResults(ns, repo, pr) {
        let { headSha, sourceOwner } = pr;
        if (!headSha) {
            const ctx = {
                action: `read pull request #${pr.number} of ${ns}/${repo}`,
                repo: `${ns}/${repo}`,
                pr: pr.number,
            };
            const full = this.toPullRequest(await this.requestJson('GET', pullPath(ns, repo, pr.number), ctx), ctx);
            headSha = full.headSha;
            sourceOwner ??= full.sourceOwner;
        }
        if (!headSha)
            return [];
        const sha = headSha;
        const read = async (owner, optional) => {
            const ctx = {
                action: `read the commit statuses of ${sha} in ${owner}/${repo}`,
                repo: `${owner}/${repo}`,
            };
            return this.listAll(`${repoPath(owner, repo)}/statuses/${encodeURIComponent(sha)}`, new URLSearchParams(), ctx, optional);
        };
        const lists = await Promise.all([
            read(ns, false),
            sourceOwner && sourceOwner !== ns ? read(sourceOwner, true) : Promise.resolve([]),
        ]);
        const latest = new Map();
        for (const row of lists.flat()) {
            const result = toCiResult(row, sha);
            const seen = latest.get(result.name);
            if (!seen ||
                result.updatedAt > seen.updatedAt ||
                (Number.isNaN(seen.updatedAt) && !Number.isNaN(result.updatedAt)))
                latest.set(result.name, result);
        }
        return [...latest.values()];
    }
    /** `<instance>/<ns>/<repo>/pulls/<n>` (with anything after the number: /files, #comment). */
    parsePullRequestUrl(url) {
        let parsed;
        let base;
        try {
            parsed = new URL(url);
            base = new URL(this.instanceUrl);
        }
        catch {
            return undefined;
        }
        // Same host; http and https both name it (a web page link may differ from the API URL's scheme).
        if (parsed.host.toLowerCase() !== base.host.toLowerCase())
            return undefined;
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            return undefined;
        const prefix = base.pathname.replace(/\/+$/, '');
        if (!parsed.pathname.startsWith(`${prefix}/`))
            return undefined;
        const match = /^\/([^/]+)\/([^/]+)\/pulls\/(\d+)(?:\/.*)?$/.exec(parsed.pathname.slice(prefix.length));
        if (!match)
            return undefined;
        return { ns: decodeURIComponent(match[1]), repo: decodeURIComponent(match[2]), number: Number(match[3]) };
    }
    /** Sets allow_maintainer_edit unless the PR has it; `fresh`: the PR was just created by us. */
    async allowMaintainerEdit(ns, repo, pr, fresh = false) {
        const ctx = {
            action: `let the maintainers of ${ns}/${repo} push to pull request #${pr.number} (allow_maintainer_edit)`,
            repo: `${ns}/${repo}`,
            pr: pr.number,
            scope: 'write:repository',
        };
        if (!fresh) {
            const current = await this.requestJson('GET', pullPath(ns, repo, pr.number), ctx);
            if (current.allow_maintainer_edit)
                return this.toPullRequest(current, ctx);
        }
        const body = await this.requestJson('PATCH', pullPath(ns, repo, pr.number), {
            ...ctx,
            auth: true,
            idempotent: true,
            json: { allow_maintainer_edit: true },
        });
        return this.toPullRequest(body, ctx);
    }
    /**
     * Every page of a list: limit=50, pages 1, 2, ... until an empty page, the X-Total-Count
     * reached, or a Link header without rel="next". `optional`: a 404 is an empty list.
     */
    async listAll(path, query, ctx, optional = false, auth = false) {
        const all = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const params = new URLSearchParams(query);
            params.set('limit', String(PAGE_SIZE));
            params.set('page', String(page));
            const response = await this.send('GET', `${path}?${params}`, {
                expectStatus: optional ? [404] : undefined,
                auth: auth && this.token !== undefined,
            });
            if (optional && response.status === 404 && errorBody(response)?.message !== undefined)
                return all;
            const rows = this.json(response, ctx);
            if (!Array.isArray(rows))
                throw this.unexpected(ctx, 'a list was expected');
            all.push(...rows);
            if (!rows.length)
                break;
            const total = Number.parseInt(response.headers['x-total-count'] ?? '', 10);
            if (Number.isFinite(total) && all.length >= total)
                break;
            const link = response.headers.link;
            if (link !== undefined && !/rel="?next"?/.test(link))
                break;
        }
        return all;
    }
    toPullRequest(row, ctx) {
        if (!row || typeof row.number !== 'number' || !row.base || !row.head)
            throw this.unexpected(ctx, 'not a pull request');
        return {
            number: row.number,
            title: row.title ?? '',
            description: row.body ?? '',
            targetBranch: row.base.ref,
            sourceBranch: row.head.ref,
            sourceOwner: row.head.repo?.owner?.login || undefined,
            author: row.user?.login ?? '',
            state: row.merged ? 'merged' : row.state === 'closed' ? 'closed' : 'open',
            headSha: row.head.sha || undefined,
            maintainerCanPush: row.allow_maintainer_edit === true,
            url: row.html_url,
            createdAt: epochSeconds(row.created_at),
            updatedAt: epochSeconds(row.updated_at),
        };
    }
    async requestJson(method, path, opts) {
        if (opts.auth)
            this.requireToken(opts);
        const response = await this.send(method, path, opts);
        return this.json(response, opts);
    }
    send(method, path, opts = {}) {
        const headers = { accept: 'application/json' };
        if (opts.auth && this.token)
            headers.authorization = `token ${this.token}`;
        return this.http.request({
            method,
            url: `${this.instanceUrl}/api/v1${path}`,
            headers,
            json: opts.json,
            idempotent: opts.idempotent,
            expectStatus: opts.expectStatus,
        });
    }
    json(response, ctx) {
        return jsonAnswer(response, () => this.error(response, ctx), (what) => this.unexpected(ctx, what));
    }
    requireToken(ctx) {
        if (this.token)
            return;
        throw new ForgejoError(`Could not ${ctx.action} on ${this.instanceUrl}: this needs a Forgejo access token` +
            `${ctx.scope ? ` with the scope ${ctx.scope}` : ''} and none was given; create one at ${this.settingsUrl()} ` +
            `with the scopes ${FORGEJO_TOKEN_SCOPES.join(', ')}`);
    }
    unexpected(ctx, what) {
        return new ForgejoError(`Could not ${ctx.action}: ${this.instanceUrl} gave an answer that is not Forgejo API v1 JSON (${what}); ` +
            `check that ${this.instanceUrl} is a Forgejo instance`);
    }
    settingsUrl() {
        return `${this.instanceUrl}/user/settings/applications`;
    }
    /** A ForgejoError that says what failed and what to fix, from an error answer. */
    error(response, ctx) {
        const status = response.status;
        const body = errorBody(response);
        // Forgejo's 404s often carry the real reason in `errors` (e.g. "user does not exist [...]").
        const details = Array.isArray(body?.errors)
            ? body.errors.filter((e) => typeof e === 'string')
            : [];
        const message = body?.message === undefined ? undefined : [body.message, ...details].filter(Boolean).join(': ');
        const prefix = `Could not ${ctx.action} on ${this.instanceUrl}`;
        const scopes = FORGEJO_TOKEN_SCOPES.join(', ');
        const finish = (explanation) => new ForgejoError(`${prefix}: ${explanation} [HTTP ${status}]`, status);
        if (status >= 500) {
            const detail = message ? ` (${message})` : excerpt(response) ? ` (${excerpt(response)})` : '';
            return finish(`Forgejo answered with a server error${detail}; it may be having trouble, try again later`);
        }
        if (status === 403 && !response.text.trim()) {
            // EditPullRequest's bare 403 (reference §3.1).
            return finish(`the user of the Forgejo token may not change pull request${ctx.pr ? ` #${ctx.pr}` : ''} of ${ctx.repo}: ` +
                `only its author or a user with write access to ${ctx.repo} may edit it, and only its author may let ` +
                `maintainers push to it; use the token of the account that opened it`);
        }
        if (message === undefined) {
            const text = excerpt(response);
            return finish(`${text ? `HTTP ${status} (${text})` : `HTTP ${status}`}, not a Forgejo API answer; check that ` +
                `${this.instanceUrl} is a Forgejo instance (the API lives at ${this.instanceUrl}/api/v1)`);
        }
        switch (status) {
            case 401:
                if (message === 'token is required')
                    return finish(`this needs a Forgejo access token; create one at ${this.settingsUrl()} with the scopes ${scopes}`);
                return finish(`the Forgejo token is invalid or expired (${message}): create a new token at ${this.settingsUrl()} ` +
                    `with the scopes ${scopes} and update the secret`);
            case 403: {
                const missing = /required scope\(s\): \[([^\]]*)\]/.exec(message)?.[1]?.trim();
                if (missing)
                    return finish(`the Forgejo token lacks the scope ${missing.split(/[\s,]+/).join(' or ')}: create a token at ` +
                        `${this.settingsUrl()} with the scopes ${scopes}`);
                return finish(`the user of the Forgejo token is not allowed to do this on ${ctx.repo} (${message}); ` +
                    `ask a maintainer of ${ctx.repo}`);
            }
            case 404:
                if (ctx.notFound)
                    return finish(`${ctx.notFound} (${message})`);
                if (ctx.pr !== undefined)
                    return finish(`no pull request #${ctx.pr} on ${ctx.repo}, or no repository ${ctx.repo} (${message}); ` +
                        `check the namespace, package name and number`);
                return finish(`no repository ${ctx.repo} (or no branch or fork it needs) on ${this.instanceUrl} (${message}); ` +
                    `check the namespace and package name, and that ${this.instanceUrl} is the right instance`);
            case 409:
                return finish(`Forgejo refused it as a conflict: ${message}`);
            case 412:
                return finish(`pull request${ctx.pr ? ` #${ctx.pr}` : ''} of ${ctx.repo} is already merged (${message})`);
            case 422:
                return finish(`Forgejo rejected the request: ${message}`);
            case 423:
                return finish(`${ctx.repo} is archived or locked (${message}); ask its maintainers`);
            default:
                return finish(message || `HTTP ${status}`);
        }
    }
}
function seg(value) {
    return encodeURIComponent(value);
}
function repoPath(owner, name) {
    return `/repos/${seg(owner)}/${seg(name)}`;
}
function pullPath(owner, name, number) {
    return `${repoPath(owner, name)}/pulls/${number}`;
}
function isForkOf(repo, parent) {
    return repo?.fork === true && repo.parent?.full_name?.toLowerCase() === parent.toLowerCase();
}
/** RFC 3339 to epoch seconds; NaN when unreadable. */
function epochSeconds(value) {
    if (!value)
        return Number.NaN;
    return Date.parse(value) / 1000;
}
function toCiResult(row, sha) {
    const state = CI_STATES.has(row.status) ? row.status : 'error';
    return {
        name: row.context,
        state,
        description: row.description ?? '',
        url: row.target_url || undefined,
        commit: sha,
        updatedAt: epochSeconds(row.updated_at),
        createdAt: epochSeconds(row.created_at),
    };
}
function errorBody(response) {
    try {
        const body = JSON.parse(response.text);
        return body && typeof body === 'object' && !Array.isArray(body) ? body : undefined;
    }
    catch {
        return undefined;
    }
}
function serverMessage(response) {
    return errorBody(response)?.message ?? excerpt(response);
}
function excerpt(response) {
    return response.text.trim().replace(/\s+/g, ' ').slice(0, 200);
}
/** One request; a network failure comes back as the HttpError instead of being thrown. */
async function attemptOnce(send) {
    try {
        return await send();
    }
    catch (error) {
        if (error instanceof client/* HttpError */.j)
            return error;
        throw error;
    }
}
function isResponse(value) {
    return !(value instanceof client/* HttpError */.j);
}

// EXTERNAL MODULE: ./build/bundle-src/git/transport.js + 1 modules
var transport = __webpack_require__(61777);
;// CONCATENATED MODULE: ./build/bundle-src/forges/dist-git/pagure-api.js
/**
 * Pagure API v0 client for dist-git (src.fedoraproject.org): forks, pull requests and
 * their flags. Sends form-encoded bodies and `Authorization: token <TOKEN>` like OGR, and
 * turns Pagure's error codes into messages that say what to fix.
 */




/** ACLs srcgit uses; a user-level (project-less) token must carry them (reference §1.3). */
const PAGURE_TOKEN_ACLS = [
    'fork_project',
    'pull_request_create',
    'pull_request_update',
    'pull_request_comment',
    'pull_request_close',
];
class PagureError extends Error {
    status;
    errorCode;
    constructor(message, 
    /** HTTP status; undefined when no request was made. */
    status, 
    /** Pagure's error_code (EINVALIDTOK, ENOPROJECT, ...). */
    errorCode) {
        super((0,secrets/* redact */.E$)(message));
        this.status = status;
        this.errorCode = errorCode;
        this.name = 'PagureError';
    }
}
(0,user_errors/* registerUserError */.X)(PagureError);
/** Longest chain of list pages followed; far beyond any real PR list. */
const pagure_api_MAX_PAGES = 100;
class PagureClient {
    instanceUrl;
    token;
    http;
    username;
    constructor(opts) {
        this.instanceUrl = opts.instanceUrl.replace(/\/+$/, '');
        this.token = opts.token || undefined;
        this.http = opts.http;
        (0,secrets/* registerSecret */.cl)(this.token);
    }
    /** The token's user (asked once per client). */
    whoami() {
        this.username ??= this.requestJson('POST', '/api/0/-/whoami', { action: 'find the user of the Pagure token', project: '', auth: true, idempotent: true }, {})
            .then((body) => body.username)
            .catch((error) => {
            this.username = undefined;
            throw error;
        });
        return this.username;
    }
    /** The main repo, or undefined when it does not exist. */
    project(ns, repo) {
        return this.projectAt(projectPath(ns, repo), `${ns}/${repo}`);
    }
    /** The user's fork, or undefined when there is none (or the project is not a fork). */
    async fork(user, ns, repo) {
        const project = await this.projectAt(forkPath(user, ns, repo), forkName(user, ns, repo));
        return project?.parent ? project : undefined;
    }
    /** Forks the repo for the token's user unless that fork exists. */
    async ensureFork(ns, repo) {
        const ctx = { action: `fork ${ns}/${repo}`, project: `${ns}/${repo}`, acl: 'fork_project' };
        this.requireToken(ctx);
        // `wait` makes Pagure answer after the fork exists (any non-empty form value is true).
        const send = () => this.send('POST', '/api/0/fork', { form: { repo, namespace: ns, wait: 'true' }, auth: true });
        let response = await pagure_api_attemptOnce(send);
        // Forking twice is harmless: a retry after a failure answers "already exists" if the first worked.
        if (!pagure_api_isResponse(response) || response.status >= 500)
            response = await send();
        if (response.status === 200)
            return 'created';
        const body = pagure_api_errorBody(response);
        if (response.status === 400 && body?.error?.includes('already exists'))
            return 'existed';
        throw this.error(response, ctx);
    }
    /** Clone URLs of the repo (or of a user's fork); the ssh URL has the user filled in when authenticated. */
    async gitUrls(ns, repo, forkUser) {
        const base = forkUser ? forkPath(forkUser, ns, repo) : projectPath(ns, repo);
        const project = forkUser ? forkName(forkUser, ns, repo) : `${ns}/${repo}`;
        const body = await this.requestJson('GET', `${base}/git/urls`, {
            action: `read the git URLs of ${project}`,
            project,
            auth: this.token !== undefined,
        });
        return body.urls ?? {};
    }
    /** All open PRs of the repo (every page), newest first, optionally only those by `author`. */
    async openPullRequests(ns, repo, opts = {}) {
        return (await this.pullRequests(ns, repo, { ...opts, status: 'Open' })).filter((pr) => pr.status === 'Open');
    }
    /** The PRs of the repo in `status` (`all`: open, merged and closed), every page, newest first. */
    async pullRequests(ns, repo, opts) {
        const ctx = { action: `list the pull requests of ${ns}/${repo}`, project: `${ns}/${repo}` };
        const query = new URLSearchParams({ status: opts.status });
        if (opts.author)
            query.set('author', opts.author);
        let path = `${projectPath(ns, repo)}/pull-requests?${query}`;
        const all = [];
        for (let page = 0; path && page < pagure_api_MAX_PAGES; page++) {
            const body = await this.requestJson('GET', path, ctx);
            if (!Array.isArray(body.requests))
                throw this.unexpected(ctx, 'no "requests" list');
            all.push(...body.requests);
            path = nextPage(body.pagination?.next, path);
        }
        return all;
    }
    /**
     * Our open PR for this branch pair, if any: same fork (repo_from), source and target
     * branch, and author. Pagure has no server-side filter on the branches. The oldest wins
     * when duplicates exist, so repeated runs keep updating the same one.
     */
    async findOpenPullRequest(find) {
        const fork = forkName(find.forkUser, find.ns, find.repo);
        const matches = (await this.openPullRequests(find.ns, find.repo, { author: find.author })).filter((pr) => pr.branch_from === find.branchFrom &&
            pr.branch === find.branchTo &&
            pr.repo_from?.fullname === fork &&
            pr.user?.name === find.author);
        return matches.sort((a, b) => a.id - b.id)[0];
    }
    /**
     * Opens a PR from the fork branch on the parent repo. Pagure does not refuse duplicates,
     * so after a failure that may have happened after the PR was made (network error, 5xx)
     * this looks for it before trying once more.
     */
    async createPullRequest(pr) {
        const ctx = {
            action: `open a pull request on ${pr.ns}/${pr.repo} from ${forkName(pr.forkUser, pr.ns, pr.repo)}:${pr.branchFrom}`,
            project: `${pr.ns}/${pr.repo}`,
            acl: 'pull_request_create',
        };
        this.requireToken(ctx);
        const send = () => this.send('POST', `${projectPath(pr.ns, pr.repo)}/pull-request/new`, {
            auth: true,
            form: {
                title: pr.title,
                branch_to: pr.branchTo,
                branch_from: pr.branchFrom,
                repo_from: pr.repo,
                repo_from_username: pr.forkUser,
                repo_from_namespace: pr.ns,
                initial_comment: pr.description,
            },
        });
        const first = await pagure_api_attemptOnce(send);
        if (pagure_api_isResponse(first) && first.status < 500)
            return this.json(first, ctx);
        const existing = await this.findOpenPullRequest({
            ns: pr.ns,
            repo: pr.repo,
            author: pr.forkUser,
            forkUser: pr.forkUser,
            branchFrom: pr.branchFrom,
            branchTo: pr.branchTo,
        });
        if (existing)
            return existing;
        return this.json(await send(), ctx);
    }
    /** Sets title and description (Pagure clears the description when it is not sent). */
    updatePullRequest(ns, repo, id, change) {
        const ctx = {
            action: `update pull request #${id} of ${ns}/${repo}`,
            project: `${ns}/${repo}`,
            acl: 'pull_request_update',
        };
        return this.requestJson('POST', `${projectPath(ns, repo)}/pull-request/${id}`, 
        // Setting the same fields twice changes nothing, so retrying is safe.
        { ...ctx, auth: true, idempotent: true }, { title: change.title, initial_comment: change.description });
    }
    async comment(ns, repo, id, text) {
        const ctx = {
            action: `comment on pull request #${id} of ${ns}/${repo}`,
            project: `${ns}/${repo}`,
            acl: 'pull_request_comment',
        };
        await this.requestJson('POST', `${projectPath(ns, repo)}/pull-request/${id}/comment`, { ...ctx, auth: true }, { comment: text });
    }
    async closePullRequest(ns, repo, id) {
        const ctx = {
            action: `close pull request #${id} of ${ns}/${repo}`,
            project: `${ns}/${repo}`,
            acl: 'pull_request_close',
        };
        await this.requestJson('POST', `${projectPath(ns, repo)}/pull-request/${id}/close`, { ...ctx, auth: true }, {});
    }
    /** Flags of the PR's head commit, oldest update first (public, no token). */
    async pullRequestFlags(ns, repo, id) {
        const ctx = { action: `read the flags of pull request #${id} of ${ns}/${repo}`, project: `${ns}/${repo}` };
        const body = await this.requestJson('GET', `${projectPath(ns, repo)}/pull-request/${id}/flag`, ctx);
        return body.flags ?? [];
    }
    async commitFlags(ns, repo, sha) {
        const ctx = { action: `read the flags of commit ${sha} of ${ns}/${repo}`, project: `${ns}/${repo}` };
        const body = await this.requestJson('GET', `${projectPath(ns, repo)}/c/${sha}/flag`, ctx);
        return body.flags ?? [];
    }
    async projectAt(path, name) {
        const ctx = { action: `look up ${name}`, project: name };
        const response = await this.send('GET', path, { expectStatus: [404] });
        // Only Pagure's own "no such project" means absent; any other 404 is a wrong instance URL.
        if (response.status === 404 && pagure_api_errorBody(response)?.error_code === 'ENOPROJECT')
            return undefined;
        return this.json(response, ctx);
    }
    /** GET /api/0/group/<name>?projects=false: the members; undefined when Pagure has no such group. */
    async groupMembers(name) {
        const ctx = { action: `read the members of the group ${name}`, project: '' };
        const response = await this.send('GET', `/api/0/group/${pagure_api_seg(name)}?projects=false`, {
            expectStatus: [404],
        });
        if (response.status === 404 && pagure_api_errorBody(response)?.error_code === 'ENOGROUP')
            return undefined;
        const body = this.json(response, ctx);
        if (!Array.isArray(body.members))
            throw this.unexpected(ctx, 'no members list');
        return body.members.filter((m) => typeof m === 'string');
    }
    /** POST .../pull-request/<id>/merge; 401/403 ("You are not allowed to merge") is a refusal. */
    async mergePullRequest(ns, repo, id) {
        const ctx = {
            action: `merge pull request #${id} of ${ns}/${repo}`,
            project: `${ns}/${repo}`,
            acl: 'pull_request_merge',
        };
        try {
            await this.requestJson('POST', `${projectPath(ns, repo)}/pull-request/${id}/merge`, { ...ctx, auth: true }, {});
            return { merged: true, message: '' };
        }
        catch (error) {
            if (error instanceof PagureError &&
                error.status !== undefined &&
                [400, 401, 403, 409].includes(error.status)) {
                return { merged: false, status: error.status, message: error.message };
            }
            throw error;
        }
    }
    async requestJson(method, path, opts, form) {
        if (opts.auth)
            this.requireToken(opts);
        const response = await this.send(method, path, { form, auth: opts.auth, idempotent: opts.idempotent });
        return this.json(response, opts);
    }
    send(method, path, opts = {}) {
        const headers = { accept: 'application/json' };
        if (opts.auth && this.token)
            headers.authorization = `token ${this.token}`;
        return this.http.request({
            method,
            url: this.instanceUrl + path,
            headers,
            form: opts.form,
            idempotent: opts.idempotent,
            expectStatus: opts.expectStatus,
        });
    }
    json(response, ctx) {
        return jsonAnswer(response, () => this.error(response, ctx), (what) => this.unexpected(ctx, what));
    }
    requireToken(ctx) {
        if (this.token)
            return;
        throw new PagureError(`Could not ${ctx.action} on ${this.instanceUrl}: this needs a Pagure API token${ctx.acl ? ` with the ACL ${ctx.acl}` : ''} ` +
            `and none was given; create one at ${this.settingsUrl()} with the ACLs ${PAGURE_TOKEN_ACLS.join(', ')}`);
    }
    unexpected(ctx, what) {
        return new PagureError(`Could not ${ctx.action}: ${this.instanceUrl} gave an answer that is not Pagure API v0 JSON (${what}); ` +
            `check that ${this.instanceUrl} is a Pagure instance`);
    }
    settingsUrl() {
        return `${this.instanceUrl}/settings#nav-api-tab`;
    }
    /** A PagureError that says what failed and what to fix, from an error answer. */
    error(response, ctx) {
        const body = pagure_api_errorBody(response);
        const code = body?.error_code;
        const prefix = `Could not ${ctx.action} on ${this.instanceUrl}`;
        if (!code) {
            const excerpt = response.text.trim().replace(/\s+/g, ' ').slice(0, 200);
            const hint = response.status >= 500
                ? '; Pagure may be having trouble, try again later'
                : `; check that ${this.instanceUrl} is a Pagure instance`;
            return new PagureError(`${prefix}: HTTP ${response.status}${excerpt ? ` (${excerpt})` : ''}${hint}`, response.status);
        }
        const serverText = body.error ?? code;
        const details = fieldErrors(body.errors);
        const projectKind = ctx.project.startsWith('forks/') ? 'fork' : 'dist-git repo';
        let explanation;
        switch (code) {
            case 'EINVALIDTOK': {
                const missing = /Missing ACLs: (.+)$/
                    .exec(typeof body.errors === 'string' ? body.errors : '')?.[1]
                    ?.trim();
                if (missing)
                    explanation =
                        `the Pagure token lacks ACL(s) ${missing}: create a token with ${missing} at ${this.settingsUrl()} ` +
                            `(srcgit uses ${PAGURE_TOKEN_ACLS.join(', ')})`;
                else if (body.errors === undefined && ctx.project)
                    // No detail: the token is bound to another project (reference §1.2).
                    explanation =
                        `the Pagure token is not valid for ${ctx.project}, probably because it belongs to another project: ` +
                            `create a user-level token (no project) at ${this.settingsUrl()}`;
                else
                    explanation =
                        `the Pagure token is invalid or expired (${details || serverText}): create a new token at ` +
                            `${this.settingsUrl()} with the ACLs ${PAGURE_TOKEN_ACLS.join(', ')} and update the secret`;
                break;
            }
            case 'ENOTHIGHENOUGH':
                explanation =
                    `the user of the Pagure token does not have enough permissions on ${ctx.project} (${serverText}); ` +
                        `a pull request must come from a fork the token's user can commit to`;
                break;
            case 'ENOPROJECT':
                explanation = `no ${projectKind} ${ctx.project} on ${this.instanceUrl}: check the namespace and package name`;
                break;
            case 'ENOREQ':
                explanation = `the pull request does not exist on ${ctx.project} (${serverText})`;
                break;
            case 'EPULLREQUESTSDISABLED':
                explanation = `pull requests are disabled on ${ctx.project} (${serverText})`;
                break;
            case 'ENOPRCLOSE':
            case 'EPRNOTALLOWED':
            case 'EUBLOCKED':
                explanation = `the user of the Pagure token is not allowed to do this on ${ctx.project} (${serverText}); ask a maintainer of ${ctx.project}`;
                break;
            case 'EINVALIDREQ':
                explanation = `Pagure rejected the request: ${serverText}${details ? ` (${details})` : ''}`;
                break;
            default:
                explanation = `${serverText}${details ? ` (${details})` : ''}`;
        }
        return new PagureError(`${prefix}: ${explanation} [HTTP ${response.status} ${code}]`, response.status, code);
    }
}
function pagure_api_seg(value) {
    return encodeURIComponent(value);
}
function projectPath(ns, repo) {
    return `/api/0/${pagure_api_seg(ns)}/${pagure_api_seg(repo)}`;
}
function forkPath(user, ns, repo) {
    return `/api/0/fork/${pagure_api_seg(user)}/${pagure_api_seg(ns)}/${pagure_api_seg(repo)}`;
}
function forkName(user, ns, repo) {
    return `forks/${user}/${ns}/${repo}`;
}
/**
 * The next page as a path under our instance URL. Pagure builds `next` from its own idea of
 * its URL, which behind a proxy may have the wrong scheme, host or prefix; from /api/0/ on it is right.
 */
function nextPage(next, current) {
    if (!next)
        return undefined;
    const url = new URL(next, 'http://pagure.invalid');
    const at = url.pathname.indexOf('/api/0/');
    if (at < 0)
        return undefined;
    const path = url.pathname.slice(at) + url.search;
    return path === current ? undefined : path;
}
function pagure_api_errorBody(response) {
    try {
        const body = JSON.parse(response.text);
        return body && typeof body === 'object' ? body : undefined;
    }
    catch {
        return undefined;
    }
}
/** Pagure's `errors`: a string, or form field -> messages. */
function fieldErrors(errors) {
    if (!errors)
        return '';
    if (typeof errors === 'string')
        return errors;
    return Object.entries(errors)
        .map(([field, messages]) => `${field}: ${Array.isArray(messages) ? messages.join(' ') : messages}`)
        .join('; ');
}
/** One request; a network failure comes back as the HttpError instead of being thrown. */
async function pagure_api_attemptOnce(send) {
    try {
        return await send();
    }
    catch (error) {
        if (error instanceof client/* HttpError */.j)
            return error;
        throw error;
    }
}
function pagure_api_isResponse(value) {
    return !(value instanceof client/* HttpError */.j);
}

;// CONCATENATED MODULE: ./build/bundle-src/forges/dist-git/pagure.js
/**
 * Pagure (src.fedoraproject.org until the Forgejo migration) as a dist-git forge: the Pagure
 * API v0 client behind the neutral interface. Forks live at `forks/<user>/<ns>/<repo>`, PR
 * numbers are `id`, CI results are the flags of the PR's head.
 */


const STATES = {
    Open: 'open',
    Merged: 'merged',
    Closed: 'closed',
};
class PagureForge {
    kind = 'pagure';
    instanceUrl;
    tokenHelp;
    client;
    constructor(opts) {
        this.client = new PagureClient(opts);
        this.instanceUrl = this.client.instanceUrl;
        this.tokenHelp =
            `a Pagure API token of the bot account without a project, created at ${this.instanceUrl}/settings#nav-api-tab ` +
                `with the ACLs ${PAGURE_TOKEN_ACLS.join(', ')}`;
    }
    whoami() {
        return this.client.whoami();
    }
    async projectExists(ns, repo) {
        return (await this.client.project(ns, repo)) !== undefined;
    }
    async forkExists(user, ns, repo) {
        return (await this.client.fork(user, ns, repo)) !== undefined;
    }
    ensureFork(ns, repo) {
        return this.client.ensureFork(ns, repo);
    }
    forkPushUrl(opts) {
        return (0,transport/* forkPushUrl */.cE)({
            protocol: opts.protocol,
            instanceUrl: this.instanceUrl,
            sshHost: opts.sshHost,
            user: opts.user,
            namespace: opts.ns,
            repo: opts.repo,
        });
    }
    cloneUrl(ns, repo) {
        return `${this.webUrl(ns, repo)}.git`;
    }
    webUrl(ns, repo) {
        return `${this.instanceUrl}/${ns ? `${ns}/` : ''}${repo}`;
    }
    commitUrl(ns, repo, sha) {
        return `${this.webUrl(ns, repo)}/c/${sha}`;
    }
    async pullRequests(ns, repo, opts) {
        const listed = opts.state === 'open'
            ? await this.client.openPullRequests(ns, repo, { author: opts.author })
            : await this.client.pullRequests(ns, repo, { status: 'all', author: opts.author });
        return listed.map((pr) => this.neutral(ns, repo, pr));
    }
    async findOpenPullRequest(find) {
        const pr = await this.client.findOpenPullRequest(pagureFind(find));
        return pr && this.neutral(find.ns, find.repo, pr);
    }
    async createPullRequest(pr) {
        const made = await this.client.createPullRequest({
            ns: pr.ns,
            repo: pr.repo,
            title: pr.title,
            description: pr.description,
            branchTo: pr.targetBranch,
            branchFrom: pr.sourceBranch,
            forkUser: pr.forkUser,
        });
        return this.neutral(pr.ns, pr.repo, made);
    }
    async updatePullRequest(ns, repo, number, change) {
        return this.neutral(ns, repo, await this.client.updatePullRequest(ns, repo, number, change));
    }
    comment(ns, repo, number, text) {
        return this.client.comment(ns, repo, number, text);
    }
    closePullRequest(ns, repo, number) {
        return this.client.closePullRequest(ns, repo, number);
    }
    async mergePullRequest(ns, repo, number) {
        const answer = await this.client.mergePullRequest(ns, repo, number);
        if (answer.merged)
            return { merged: true };
        const permission = answer.status === 401 || answer.status === 403;
        return {
            merged: false,
            refused: permission ? 'permission' : 'not-mergeable',
            message: permission
                ? `the token cannot merge: it needs commit access to ${ns}/${repo} and the pull_request_merge ACL (${answer.message})`
                : answer.message,
        };
    }
    async usersWithAccess(ns, repo, level) {
        const project = await this.client.project(ns, repo);
        if (!project)
            throw new Error(`cannot read who has access to ${ns}/${repo}: no such project on ${this.instanceUrl}`);
        // ogr's access mapping: admin is Pagure's admin and owner; commit adds commit. Groups have no owner.
        const levels = level === 'admin' ? ['admin'] : ['admin', 'commit'];
        const users = ['owner', ...levels].flatMap((l) => project.access_users?.[l] ?? []);
        const groups = levels.flatMap((l) => project.access_groups?.[l] ?? []);
        for (const group of new Set(groups))
            users.push(...((await this.client.groupMembers(group)) ?? []));
        return [...new Set(users)];
    }
    groupMembers(group) {
        return this.client.groupMembers(group);
    }
    async ciResults(ns, repo, pr) {
        return (await this.client.pullRequestFlags(ns, repo, pr.number)).map(flagResult);
    }
    parsePullRequestUrl(url) {
        const prefix = `${this.instanceUrl}/`;
        if (!url.startsWith(prefix))
            return undefined;
        const match = /^([^/]+)\/([^/]+)\/pull-request\/(\d+)$/.exec(url.slice(prefix.length));
        return match ? { ns: match[1], repo: match[2], number: Number(match[3]) } : undefined;
    }
    neutral(ns, repo, pr) {
        const created = Number(pr.date_created);
        return {
            number: pr.id,
            title: pr.title,
            description: pr.initial_comment ?? '',
            targetBranch: pr.branch,
            sourceBranch: pr.branch_from,
            sourceOwner: pr.repo_from?.parent ? pr.repo_from.user?.name : undefined,
            author: pr.user?.name ?? '',
            state: STATES[pr.status] ?? 'open',
            headSha: pr.commit_stop ?? undefined,
            url: pr.full_url ?? `${this.webUrl(ns, repo)}/pull-request/${pr.id}`,
            createdAt: created,
            updatedAt: Number(pr.last_updated ?? pr.closed_at ?? pr.date_created),
        };
    }
}
function pagureFind(find) {
    return {
        ns: find.ns,
        repo: find.repo,
        author: find.author,
        forkUser: find.forkUser,
        branchFrom: find.sourceBranch,
        branchTo: find.targetBranch,
    };
}
/** A Pagure flag as a CI result: `username` names the CI system; dates are epoch-second strings. */
function flagResult(flag) {
    return {
        name: flag.username,
        state: flag.status,
        description: flag.comment ?? '',
        url: flag.url || undefined,
        commit: flag.commit_hash || undefined,
        updatedAt: epoch(flag.date_updated),
        createdAt: epoch(flag.date_created),
    };
}
/** Epoch seconds from Pagure's string; NaN when blank or unreadable. */
function epoch(value) {
    return value === undefined || value.trim() === '' ? Number.NaN : Number(value);
}

;// CONCATENATED MODULE: ./build/bundle-src/forges/dist-git/probe.js
/**
 * Which forge serves a dist-git host: Forgejo or Pagure. Fedora moves src.fedoraproject.org from
 * Pagure to Forgejo all at once under the same hostname, so the backend is asked, not assumed
 * (shared/reference/forgejo-dist-git.md §2):
 *
 *  1. `GET <instance>/api/forgejo/v1/version`: 200 `{"version": "<semver>"}` only on Forgejo;
 *  2. `GET <instance>/api/0/-/version`: 200 `{"version": "0.31"}` only on Pagure.
 *
 * Both without credentials: on Forgejo a bad or expired token turns even the version route into
 * 401. Anything else (a web page, 404 on both, 5xx, a timeout) is a ForgeProbeError that names
 * what each URL answered; "not Forgejo" never counts as Pagure without Pagure's own answer.
 * One probe per instance per process: the answer (not a failure) is cached.
 */


/**
 * Per attempt: the version routes answer at once on a healthy instance. Worst case, a silent host:
 * the client's attempts at Forgejo's route (4 by default) and one at Pagure's, 10 s each.
 */
const PROBE_TIMEOUT_MS = 10_000;
const FORGEJO_VERSION_PATH = '/api/forgejo/v1/version';
const PAGURE_VERSION_PATH = '/api/0/-/version';
const SKIP_PROBE_HELP = 'set dist_git_forge: pagure|forgejo in the Packit config, or the dist-git-forge input / --dist-git-forge option, to skip the probe';
class ForgeProbeError extends Error {
    /** The instance as probed (normalized). */
    instanceUrl;
    /** What each probe URL answered, in the order tried. */
    answers;
    constructor(instanceUrl, answers, hint) {
        const tried = answers.map((answer) => `GET ${answer.url}: ${answer.text}`).join('; ');
        super(`Could not tell whether the dist-git at ${instanceUrl} is Forgejo or Pagure (${tried}); ${hint}; ` +
            `or ${SKIP_PROBE_HELP}`);
        this.name = 'ForgeProbeError';
        this.instanceUrl = instanceUrl;
        this.answers = answers;
    }
}
(0,user_errors/* registerUserError */.X)(ForgeProbeError);
const cache = new Map();
/** Forgets every probe answer (tests). */
function clearProbeCache() {
    cache.clear();
}
/**
 * The instance URL as a cache key and message text: scheme and host lower-cased (URL does that),
 * no credentials, query or fragment, no trailing "/".
 */
function normalizeInstanceUrl(instanceUrl) {
    try {
        const url = new URL(instanceUrl.trim());
        return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/+$/, '');
    }
    catch {
        return instanceUrl
            .trim()
            .replace(/[?#].*$/, '')
            .replace(/\/+$/, '');
    }
}
/**
 * Asks the dist-git instance which forge it runs (Forgejo first, then Pagure), once per process
 * and instance; a failed probe is not remembered, so a later call asks again.
 */
function probeDistGitForge(instanceUrl, http, opts = {}) {
    const key = normalizeInstanceUrl(instanceUrl);
    const cached = cache.get(key);
    if (cached)
        return cached;
    const probe = runProbe(key, http, opts.timeoutMs ?? PROBE_TIMEOUT_MS);
    cache.set(key, probe);
    probe.catch(() => {
        if (cache.get(key) === probe)
            cache.delete(key);
    });
    return probe;
}
/** The backend for a `dist_git_forge` choice: forced, or probed for 'auto'. */
function distGitForgeKind(choice, instanceUrl, http) {
    return choice === 'auto' ? probeDistGitForge(instanceUrl, http) : Promise.resolve(choice);
}
async function runProbe(instanceUrl, http, timeoutMs) {
    const forgejo = await ask(http, `${instanceUrl}${FORGEJO_VERSION_PATH}`, timeoutMs, true);
    if (forgejo.version !== undefined)
        return 'forgejo';
    // No answer at all from the host: one more attempt at Pagure's route is enough to say so.
    const retry = forgejo.answer.status !== undefined;
    const pagure = await ask(http, `${instanceUrl}${PAGURE_VERSION_PATH}`, timeoutMs, retry);
    if (pagure.version !== undefined)
        return 'pagure';
    const answers = [forgejo.answer, pagure.answer];
    throw new ForgeProbeError(instanceUrl, answers, hintFor(instanceUrl, answers));
}
/** One unauthenticated GET of a version route. `retry`: let the client retry 5xx and network failures. */
async function ask(http, url, timeoutMs, retry) {
    let response;
    try {
        response = await http.request({
            method: 'GET',
            url,
            // Never credentials (no Authorization header is ever set here), and a JSON answer.
            headers: { accept: 'application/json' },
            timeoutMs,
            idempotent: retry,
            // Not-found and refusals are answers, not failures worth a retry.
            expectStatus: [200, 401, 403, 404, 405, 410],
        });
    }
    catch (error) {
        if (!(error instanceof client/* HttpError */.j))
            throw error;
        return { answer: { url, code: error.code, text: `no answer, ${networkReason(error)}` } };
    }
    const answer = { url, status: response.status, text: describeResponse(response) };
    if (response.status !== 200)
        return { answer };
    const version = versionOf(response.text);
    return version === undefined ? { answer } : { answer, version };
}
/** The `version` string of a JSON object, or undefined. */
function versionOf(text) {
    try {
        const body = JSON.parse(text);
        if (body && typeof body === 'object' && !Array.isArray(body)) {
            const version = body.version;
            if (typeof version === 'string')
                return version;
        }
    }
    catch {
        // not JSON: undefined
    }
    return undefined;
}
function describeResponse(response) {
    const status = `HTTP ${response.status}`;
    const excerpt = response.text.trim().replace(/\s+/g, ' ').slice(0, 80);
    const shown = excerpt ? ` (${excerpt}${response.text.trim().length > 80 ? '…' : ''})` : '';
    if (response.status !== 200)
        return `${status}${shown}`;
    let json;
    try {
        json = JSON.parse(response.text);
    }
    catch {
        return `${status} with a body that is not JSON${shown}`;
    }
    return json && typeof json === 'object' && !Array.isArray(json)
        ? `${status} with JSON that has no "version" string${shown}`
        : `${status} with JSON that is not an object${shown}`;
}
/** The reason part of an HttpError ("connection refused (ECONNREFUSED) after 4 attempts"). */
function networkReason(error) {
    const reason = error.message.replace(/^[A-Z]+ \S+ failed: /, '');
    return reason.replace(/; check network access to .*$/, '');
}
function hintFor(instanceUrl, answers) {
    const host = hostOf(instanceUrl);
    if (answers.some((answer) => answer.code === 'ENOTFOUND'))
        return `check the host name ${host} (dist_git_base_url) and the network's DNS`;
    const troubled = answers.some((answer) => (answer.status !== undefined && answer.status >= 500) || answer.status === 429);
    const unreachable = answers.some((answer) => answer.status === undefined);
    if (troubled || unreachable) {
        const proxy = unreachable ? ' (or check network access and the proxy settings HTTPS_PROXY, NO_PROXY)' : '';
        return `${host} may be down or unreachable: try again later${proxy}`;
    }
    if (answers.some((answer) => answer.status === 401 || answer.status === 403))
        return `${host} refuses anonymous API requests; check that dist_git_base_url is the dist-git's public URL`;
    return `check that dist_git_base_url (${instanceUrl}) names a Pagure or Forgejo dist-git, not a web page or proxy in front of it`;
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
/**
 * Records the backend a setting forced for an instance, so that later steps of the run that
 * leave it to `auto` (wait-for-checks, commit links) agree without asking the host.
 */
function rememberForgeKind(instanceUrl, kind) {
    const key = normalizeInstanceUrl(instanceUrl);
    if (!cache.has(key))
        cache.set(key, Promise.resolve(kind));
}

;// CONCATENATED MODULE: ./build/bundle-src/forges/dist-git/select.js




async function openDistGitForge(opts) {
    const choice = opts.choice ?? 'auto';
    const kind = await distGitForgeKind(choice, opts.instanceUrl, opts.http);
    if (choice !== 'auto')
        rememberForgeKind(opts.instanceUrl, kind);
    return kind === 'forgejo' ? new ForgejoForge(opts) : new PagureForge(opts);
}
/** The rights the bot's token needs on either backend, for messages given before the backend is known. */
function tokenRightsText() {
    return `Pagure: ACLs ${PAGURE_TOKEN_ACLS.join(', ')}; Forgejo: scopes ${FORGEJO_TOKEN_SCOPES.join(', ')}`;
}


/***/ }),

/***/ 98758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ shortSha),
/* harmony export */   e: () => (/* binding */ networkCode)
/* harmony export */ });
/** Small pieces both platform API adapters (GitHub, GitLab) use to explain a failed call. */
/** A commit sha shortened for messages; anything else (a branch, a tag) as it is. */
function shortSha(sha) {
    return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 12) : sha;
}
/** The network error code under a failed fetch (ECONNREFUSED, ENOTFOUND, ...), through its causes. */
function networkCode(error) {
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
    }
    return undefined;
}


/***/ }),

/***/ 52472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ GitHubRepoClient)
/* harmony export */ });
/* unused harmony export GitHubApiError */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86856);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24371);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2508);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98758);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99414);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77720);
/**
 * The GitHub repository client srcgit needs on the source-git side: commit statuses (to mirror
 * Pagure flags), pull requests (to propose changes back) and their conversation comments (to
 * report on them). Built on @actions/github's Octokit
 * with the retry and throttling plugins; GitHub Enterprise Server through GITHUB_API_URL.
 * States stay GitHub's own (error, failure, pending, success). Failures become GitHubApiError
 * messages that say what to change: the workflow's permissions, the token, the branch.
 */








class GitHubApiError extends Error {
    /** GitHub's HTTP status; undefined when GitHub never answered. */
    status;
    kind;
    constructor(message, kind, status) {
        super((0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(message));
        this.name = 'GitHubApiError';
        this.kind = kind;
        this.status = status;
    }
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .registerUserError */ .X)(GitHubApiError);
/** A Bottleneck group stand-in that runs jobs at once, for `spaceWrites: false`. */
const IMMEDIATE = {
    key: () => ({
        schedule: (_options, job, ...args) => Promise.resolve(job(...args)),
    }),
};
class GitHubRepoClient {
    owner;
    repo;
    baseUrl;
    octokit;
    pageSize;
    retries;
    maxWait;
    log;
    dispatcher;
    constructor(opts) {
        const env = opts.env ?? process.env;
        if (!opts.token)
            throw new Error('a GitHub token is needed: pass the github-token input (the default ${{ github.token }} works)');
        const m = /^([^/\s]+)\/([^/\s]+)$/.exec(opts.repository);
        if (!m)
            throw new Error(`"${opts.repository}" is not a GitHub repository name; it must be owner/name`);
        [this.owner, this.repo] = [m[1], m[2].replace(/\.git$/, '')];
        this.baseUrl = (opts.baseUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
        this.pageSize = opts.pageSize ?? 100;
        this.retries = opts.retries ?? 2;
        this.maxWait = opts.maxRateLimitWaitSeconds ?? 60;
        this.log = opts.log ?? (() => { });
        (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(opts.token);
        const unit = opts.retryDelayUnitMs ?? 1000;
        // Proxies from the environment (HTTPS_PROXY, NO_PROXY), for whatever baseUrl this is; 30 s
        // timeouts like the other HTTP clients (undici's default is 300 s, times the retries).
        const dispatcher = (this.dispatcher = new undici__WEBPACK_IMPORTED_MODULE_1__/* .EnvHttpProxyAgent */ .J2({
            proxyTunnel: false,
            headersTimeout: 30_000,
            bodyTimeout: 30_000,
        }));
        const onLimit = (kind) => (retryAfter, options, _o, count) => this.waitOrGiveUp(kind, retryAfter, `${options.method} ${expand(options.url, options)}`, count);
        this.octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, {
            baseUrl: this.baseUrl,
            userAgent: `srcgit/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}`,
            request: {
                fetch: (url, init) => (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .fetch */ .hd)(url, { ...init, dispatcher }),
            },
            log: {
                debug: () => { },
                info: () => { },
                warn: (s) => this.log(s),
                error: (s) => this.log(s),
            },
            retry: { retries: this.retries, retryAfterBaseValue: unit },
            throttle: {
                retryAfterBaseValue: unit,
                onRateLimit: onLimit('rate limit'),
                onSecondaryRateLimit: onLimit('secondary rate limit'),
                ...(opts.spaceWrites === false ? { write: IMMEDIATE, notifications: IMMEDIATE } : {}),
            },
        }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
    }
    get fullName() {
        return `${this.owner}/${this.repo}`;
    }
    /** Closes pooled connections (tests, and the end of a CLI run). */
    close() {
        return this.dispatcher.close();
    }
    /** The newest status of each context on `sha` (contexts compare case-insensitively, as on GitHub). */
    async listStatuses(sha) {
        const all = await this.call(`cannot read the commit statuses of ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shortSha */ .F)(sha)} in ${this.fullName}`, 'statuses', () => this.octokit.paginate(this.octokit.rest.repos.listCommitStatusesForRef, {
            owner: this.owner,
            repo: this.repo,
            ref: sha,
            per_page: this.pageSize,
        }));
        const seen = new Set();
        const latest = [];
        // GitHub lists newest first: the first of each context is its current state.
        for (const s of all) {
            const key = (s.context ?? 'default').toLowerCase();
            if (seen.has(key))
                continue;
            seen.add(key);
            latest.push({
                id: s.id,
                state: s.state,
                context: s.context ?? 'default',
                description: s.description ?? null,
                target_url: s.target_url ?? null,
                created_at: s.created_at,
            });
        }
        return latest;
    }
    async createStatus(sha, status) {
        const what = `cannot set the commit status "${status.context}" on ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .shortSha */ .F)(sha)} in ${this.fullName}`;
        const { data } = await this.call(what, 'statuses', () => this.octokit.rest.repos.createCommitStatus({
            owner: this.owner,
            repo: this.repo,
            sha,
            state: status.state,
            context: status.context,
            ...(status.description !== undefined ? { description: status.description } : {}),
            ...(status.target_url !== undefined ? { target_url: status.target_url } : {}),
        }));
        return {
            id: data.id,
            state: data.state,
            context: data.context,
            description: data.description ?? null,
            target_url: data.target_url ?? null,
            created_at: data.created_at,
        };
    }
    /** The open pull request from `head` (`branch` or `owner:branch`) into `base`, if there is one. */
    async findOpenPull(head, base) {
        const qualified = head.includes(':') ? head : `${this.owner}:${head}`;
        const { data } = await this.call(`cannot list the pull requests of ${this.fullName}`, 'pulls', () => this.octokit.rest.pulls.list({
            owner: this.owner,
            repo: this.repo,
            state: 'open',
            head: qualified,
            base,
        }));
        return data.length ? pullOf(data[0]) : undefined;
    }
    /**
     * Opens a pull request. When one is already open for the same head and base (an earlier run,
     * or a retried request that did reach GitHub), returns that one with created: false.
     */
    async createPull(pull) {
        const what = `cannot open a pull request from ${pull.head} into ${pull.base} in ${this.fullName}`;
        try {
            const { data } = await this.octokit.rest.pulls.create({ owner: this.owner, repo: this.repo, ...pull });
            return { pull: pullOf(data), created: true };
        }
        catch (error) {
            if (!/A pull request already exists for/i.test(githubMessages(error).join(' ')))
                throw this.rewrite(what, 'pulls', error, { head: pull.head, base: pull.base });
        }
        const existing = await this.findOpenPull(pull.head, pull.base);
        if (!existing)
            throw new GitHubApiError(`${what}: GitHub says one already exists, but no open pull request from ${pull.head} into ${pull.base} was found; run again`, 'validation', 422);
        return { pull: existing, created: false };
    }
    async updatePull(number, changes) {
        const what = `cannot update pull request #${number} in ${this.fullName}`;
        const { data } = await this.call(what, 'pulls', () => this.octokit.rest.pulls.update({
            owner: this.owner,
            repo: this.repo,
            pull_number: number,
            ...changes,
        }), { base: changes.base, number });
        return pullOf(data);
    }
    async pull(number) {
        const what = `cannot read pull request #${number} in ${this.fullName}`;
        const { data } = await this.call(what, 'pulls', () => this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }), { number });
        return pullOf(data);
    }
    /**
     * Every comment of pull request (or issue) `number`'s conversation, oldest first, all pages.
     * Review comments on lines of the diff are not among them.
     */
    async listIssueComments(number) {
        const what = `cannot read the comments of pull request #${number} in ${this.fullName}`;
        const all = await this.call(what, 'comments', () => this.octokit.paginate(this.octokit.rest.issues.listComments, {
            owner: this.owner,
            repo: this.repo,
            issue_number: number,
            per_page: this.pageSize,
        }), { number });
        return all.map(commentOf);
    }
    /** Adds a comment to pull request (or issue) `number`'s conversation. */
    async createIssueComment(number, body) {
        const what = `cannot comment on pull request #${number} in ${this.fullName}`;
        const { data } = await this.call(what, 'comments', () => this.octokit.rest.issues.createComment({
            owner: this.owner,
            repo: this.repo,
            issue_number: number,
            body,
        }), { number });
        return { id: data.id, html_url: data.html_url };
    }
    /** The throttling plugin's question: wait out this rate limit and retry, or give up? */
    waitOrGiveUp(kind, retryAfter, request, count) {
        if (count >= this.retries || retryAfter > this.maxWait)
            return false;
        this.log(`GitHub ${kind} reached (${request}); retrying in ${retryAfter} s (retry ${count + 1} of ${this.retries})`);
        return true;
    }
    async call(what, area, fn, subject = {}) {
        try {
            return await fn();
        }
        catch (error) {
            throw this.rewrite(what, area, error, subject);
        }
    }
    rewrite(what, area, error, subject) {
        const { reason, kind, status } = explain(error, area, this, subject);
        return new GitHubApiError(`${what}: ${reason}`, kind, status);
    }
}
function pullOf(data) {
    return {
        number: data.number,
        html_url: data.html_url,
        state: data.state === 'closed' ? 'closed' : 'open',
        merged: data.merged_at !== null,
        draft: data.draft ?? false,
        title: data.title,
        body: data.body,
        head: { ref: data.head.ref, label: data.head.label, sha: data.head.sha },
        base: { ref: data.base.ref, sha: data.base.sha },
        user: data.user?.login,
        updated_at: data.updated_at,
    };
}
function commentOf(data) {
    return { id: data.id, body: data.body ?? '', user: data.user?.login, html_url: data.html_url };
}
/** An Octokit route template with its parameters filled in: /repos/{owner}/{repo} -> /repos/o/r. */
function expand(url, params) {
    return url.replace(/\{(\w+)\}/g, (whole, name) => {
        const value = params[name];
        return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(value) : whole;
    });
}
/** GitHub's own words: the body's message and each validation error's message (or "field code"). */
function githubMessages(error) {
    const data = error?.response?.data;
    const out = [];
    if (typeof data?.message === 'string')
        out.push(data.message);
    for (const e of Array.isArray(data?.errors) ? data.errors : []) {
        if (typeof e.message === 'string')
            out.push(e.message);
        else if (typeof e.field === 'string')
            out.push(`${e.field} ${String(e.code ?? 'invalid')}`);
    }
    return out;
}
const STATUSES_PERMISSION = 'give the workflow job `permissions: statuses: write` (a personal access token needs "Commit statuses: write", ' +
    'or the repo:status scope); pull_request runs from forks always get a read-only GITHUB_TOKEN, whatever ' +
    '`permissions:` says, so report on fork pull requests from a pull_request_target or workflow_run workflow';
const PULLS_PERMISSION = 'give the workflow job `permissions: pull-requests: write` (and `contents: write` to push the branch); ' +
    'a personal access token needs "Pull requests: write" and "Contents: write", or the repo scope';
// Pull requests are issues: their conversation comments are the issue-comments endpoints, which a
// token may use with either the "Pull requests" or the "Issues" permission (write to post).
const COMMENTS_PERMISSION = 'give the workflow job `permissions: pull-requests: write` (or `issues: write`: either lets a GITHUB_TOKEN ' +
    'comment on a pull request); a fine-grained personal access token needs "Pull requests: write" (or ' +
    '"Issues: write"), a classic one the repo scope (public_repo for a public repository); pull_request runs ' +
    'from forks always get a read-only GITHUB_TOKEN, whatever `permissions:` says';
const PERMISSION = {
    statuses: STATUSES_PERMISSION,
    pulls: PULLS_PERMISSION,
    comments: COMMENTS_PERMISSION,
};
function explain(error, area, client, subject) {
    const e = error;
    if (!e?.response) {
        const code = (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .networkCode */ .e)(error) ?? (error instanceof Error ? error.message : String(error));
        return {
            kind: 'network',
            reason: `GitHub did not answer at ${client.baseUrl} (${code}); check GITHUB_API_URL, the network and the proxy ` +
                'settings (HTTPS_PROXY, NO_PROXY)',
        };
    }
    const status = e.status ?? 0;
    const said = githubMessages(error);
    const quote = `${status} ${said.join(': ') || 'no message'}`;
    const headers = e.response.headers ?? {};
    if (status === 401)
        return {
            kind: 'auth',
            status,
            reason: `GitHub refused the token (${quote}): it is wrong, revoked or expired; check the github-token input ` +
                "(a workflow's GITHUB_TOKEN is valid only while its job runs)",
        };
    if ((status === 403 || status === 429) &&
        (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(quote))) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
        return {
            kind: 'rate-limit',
            status,
            reason: /secondary/i.test(quote)
                ? `GitHub's secondary rate limit stopped the request (${quote}); wait a few minutes and run again`
                : `the token's GitHub API rate limit is used up${when} (${quote}); run again after that`,
        };
    }
    if (status === 403 && /not permitted to create or approve pull requests/i.test(quote))
        return {
            kind: 'permission',
            status,
            reason: `GitHub Actions may not open pull requests in ${client.fullName} (${quote}); enable Settings > Actions > ` +
                'General > "Allow GitHub Actions to create and approve pull requests", or pass a personal access token ' +
                'or a GitHub App token as github-token',
        };
    if (status === 403 && area === 'comments' && /\bis locked\b/i.test(quote))
        return {
            kind: 'permission',
            status,
            reason: `the conversation of pull request #${subject.number} is locked to collaborators (${quote})`,
        };
    if (status === 403)
        return {
            kind: 'permission',
            status,
            reason: `the token may not do this (${quote}); ${PERMISSION[area]}`,
        };
    if (status === 404)
        return {
            kind: 'not-found',
            status,
            reason: subject.number !== undefined && area !== 'statuses'
                ? `pull request #${subject.number} does not exist in ${client.fullName}, or the token cannot see it (${quote})`
                : `${client.fullName} was not found at ${client.baseUrl}, or the token cannot see it (${quote}); check ` +
                    'the repository name, GITHUB_API_URL, and that the token can read the repository',
        };
    if (status === 422)
        return { kind: 'validation', status, reason: explainValidation(quote, said, subject, client) };
    return { kind: 'server', status, reason: `GitHub answered ${quote}; try again later` };
}
function explainValidation(quote, said, subject, client) {
    const text = said.join(' ');
    if (/No commit found for SHA/i.test(text))
        return `GitHub has no such commit in ${client.fullName} (${quote}); statuses can only be set on commits pushed there`;
    if (/\bhead invalid\b/.test(text))
        return `branch ${subject.head} does not exist on GitHub (${quote}); push it before opening the pull request`;
    if (/\bbase invalid\b/.test(text))
        return `the base branch ${subject.base} does not exist in ${client.fullName} (${quote})`;
    if (/No commits between/i.test(text))
        return `${subject.head} has no commits that ${subject.base} does not have (${quote}); there is nothing to propose`;
    if (/description is too long/i.test(text))
        return `GitHub rejected the status (${quote}); keep descriptions to 140 characters`;
    return `GitHub rejected the request (${quote})`;
}


/***/ }),

/***/ 70416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitLabProjectClient)
/* harmony export */ });
/* unused harmony export GitLabApiError */
/* harmony import */ var _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80342);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2508);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98758);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77720);
/**
 * The GitLab project client srcgit needs on the source-git side: commit statuses (to mirror
 * Pagure flags), merge requests (to propose changes back) and their notes (comments, to report
 * on them), on @gitbeaker/rest. States stay GitLab's own (pending, running, success, failed,
 * canceled, skipped). GitLab's refusal to move a status to the state it already has ("Cannot
 * transition status") is not an error, as in packit-service. Failures become GitLabApiError
 * messages that say which token, role or scope is needed.
 */




class GitLabApiError extends Error {
    /** GitLab's HTTP status; undefined when GitLab never answered. */
    status;
    kind;
    constructor(message, kind, status) {
        super((0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message));
        this.name = 'GitLabApiError';
        this.kind = kind;
        this.status = status;
    }
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .registerUserError */ .X)(GitLabApiError);
const HOW_TO_GET_A_TOKEN = 'create a project access token with the api scope and the Developer role (Settings > Access tokens) ' +
    'and store it as the masked CI/CD variable SRCGIT_GITLAB_TOKEN';
function nonEmpty(value) {
    return value?.trim() ? value.trim() : undefined;
}
/** The instance URL without /api/v4, from an explicit URL or the CI variables. */
function instanceUrl(url, env) {
    const given = nonEmpty(url) ?? nonEmpty(env.CI_API_V4_URL) ?? nonEmpty(env.CI_SERVER_URL);
    const trimmed = given?.replace(/\/+$/, '');
    return trimmed?.endsWith('/api/v4') ? trimmed.slice(0, -'/api/v4'.length) : trimmed;
}
class GitLabProjectClient {
    host;
    project;
    api;
    auth;
    retries;
    retryDelayMs;
    pageSize;
    constructor(opts = {}) {
        const env = opts.env ?? process.env;
        const host = instanceUrl(opts.url, env);
        const project = opts.project ?? nonEmpty(env.CI_PROJECT_ID) ?? nonEmpty(env.CI_PROJECT_PATH);
        if (!host || project === undefined || project === '')
            throw new Error('cannot reach the GitLab project: CI_SERVER_URL (or CI_API_V4_URL) and CI_PROJECT_ID are not set; run inside a GitLab CI job');
        this.host = host;
        this.project = project;
        const token = nonEmpty(opts.token) ?? nonEmpty(env.SRCGIT_GITLAB_TOKEN);
        const jobToken = nonEmpty(opts.jobToken) ?? nonEmpty(env.CI_JOB_TOKEN);
        (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(token);
        (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(jobToken);
        this.auth = token ? 'token' : jobToken ? 'job-token' : 'none';
        const credentials = token ? { token } : jobToken ? { jobToken } : {};
        this.api = new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_0__/* .Gitlab */ .mJr({ host, queryTimeout: opts.timeoutMs ?? 30_000, ...credentials });
        this.retries = opts.retries ?? 3;
        this.retryDelayMs = opts.retryDelayMs ?? 1000;
        this.pageSize = opts.pageSize ?? 100;
    }
    /** The newest status of each name on `sha` (of `ref` only, when given). */
    async listStatuses(sha, opts = {}) {
        const what = `cannot read the commit statuses of ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .F)(sha)} in ${this.project}`;
        const all = await this.call(what, 'statuses', () => this.api.Commits.allStatuses(this.project, sha, {
            ...(opts.ref ? { ref: opts.ref } : {}),
            perPage: this.pageSize,
        }));
        const newest = new Map();
        for (const s of all) {
            const status = statusOf(s);
            const seen = newest.get(status.name);
            if (!seen || seen.id < status.id)
                newest.set(status.name, status);
        }
        return [...newest.values()].sort((a, b) => b.id - a.id);
    }
    /**
     * Sets a status. When GitLab refuses because the status already is in that state ("Cannot
     * transition status via :run from :running"), nothing changed and that is fine: unchanged.
     */
    async createStatus(sha, status) {
        const what = `cannot set the commit status "${status.name}" on ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .F)(sha)} in ${this.project}`;
        for (let attempt = 0;; attempt++) {
            try {
                const created = await this.api.Commits.editStatus(this.project, sha, status.state, {
                    name: status.name,
                    ...(status.ref !== undefined ? { ref: status.ref } : {}),
                    ...(status.description !== undefined ? { description: status.description } : {}),
                    ...(status.target_url !== undefined ? { targetUrl: status.target_url } : {}),
                });
                return { status: statusOf(created), unchanged: false };
            }
            catch (error) {
                const { status: code, message } = answer(error);
                if (code === 400 && /Cannot transition status/i.test(message))
                    return { unchanged: true };
                // GitLab holds a lock per commit while it updates a status; another update may be running.
                if (code === 409 && /in progress/i.test(message) && attempt < this.retries) {
                    await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs));
                    continue;
                }
                throw this.rewrite(what, 'statuses', error, { sha, ref: status.ref });
            }
        }
    }
    /** The open merge request from `source` into `target`, if there is one. */
    async findOpenMergeRequest(source, target) {
        const mrs = await this.call(`cannot list the merge requests of ${this.project}`, 'merge requests', () => this.api.MergeRequests.all({
            projectId: this.project,
            state: 'opened',
            sourceBranch: source,
            targetBranch: target,
            perPage: this.pageSize,
        }));
        return mrs.length ? mergeRequestOf(mrs[0]) : undefined;
    }
    /**
     * Opens a merge request. When one is already open for the same branches (an earlier run),
     * returns that one with created: false.
     */
    async createMergeRequest(mr) {
        const what = `cannot open a merge request from ${mr.source_branch} into ${mr.target_branch} in ${this.project}`;
        try {
            const created = await this.api.MergeRequests.create(this.project, mr.source_branch, mr.target_branch, mr.title, {
                ...(mr.description !== undefined ? { description: mr.description } : {}),
                ...(mr.remove_source_branch !== undefined ? { removeSourceBranch: mr.remove_source_branch } : {}),
                ...(mr.squash !== undefined ? { squash: mr.squash } : {}),
                ...(mr.labels !== undefined ? { labels: mr.labels.join(',') } : {}),
            });
            return { mergeRequest: mergeRequestOf(created), created: true };
        }
        catch (error) {
            const { status, message } = answer(error);
            if (status !== 409 || !/already exists/i.test(message))
                throw this.rewrite(what, 'merge requests', error, {});
        }
        const existing = await this.findOpenMergeRequest(mr.source_branch, mr.target_branch);
        if (!existing)
            throw new GitLabApiError(`${what}: GitLab says one already exists, but no open merge request from ${mr.source_branch} into ` +
                `${mr.target_branch} was found; run again`, 'conflict', 409);
        return { mergeRequest: existing, created: false };
    }
    async updateMergeRequest(iid, changes) {
        const what = `cannot update merge request !${iid} in ${this.project}`;
        const updated = await this.call(what, 'merge requests', () => this.api.MergeRequests.edit(this.project, iid, {
            ...(changes.title !== undefined ? { title: changes.title } : {}),
            ...(changes.description !== undefined ? { description: changes.description } : {}),
            ...(changes.target_branch !== undefined ? { targetBranch: changes.target_branch } : {}),
            ...(changes.state_event !== undefined ? { stateEvent: changes.state_event } : {}),
        }), { iid });
        return mergeRequestOf(updated);
    }
    /** Every note of merge request `iid`, oldest first (system notes included), all pages. */
    async listMergeRequestNotes(iid) {
        const what = `cannot read the comments of merge request !${iid} in ${this.project}`;
        const notes = await this.call(what, 'notes', () => this.api.MergeRequestNotes.all(this.project, iid, {
            orderBy: 'created_at',
            sort: 'asc',
            perPage: this.pageSize,
        }), { iid });
        return notes.map(noteOf);
    }
    /** Adds a comment (a note) to merge request `iid`. */
    async createMergeRequestNote(iid, body) {
        const what = `cannot comment on merge request !${iid} in ${this.project}`;
        const note = await this.call(what, 'notes', () => this.api.MergeRequestNotes.create(this.project, iid, body), { iid });
        return noteOf(note);
    }
    async call(what, area, fn, subject = {}) {
        try {
            return await fn();
        }
        catch (error) {
            throw this.rewrite(what, area, error, subject);
        }
    }
    rewrite(what, area, error, subject) {
        const { reason, kind, status } = explain(error, area, this, subject);
        return new GitLabApiError(`${what}: ${reason}`, kind, status);
    }
    /** Which credential went with the requests (for messages). */
    get credential() {
        return this.auth;
    }
}
function statusOf(s) {
    return {
        id: Number(s.id),
        state: String(s.status),
        name: String(s.name),
        ref: typeof s.ref === 'string' ? s.ref : null,
        description: typeof s.description === 'string' ? s.description : null,
        target_url: typeof s.target_url === 'string' ? s.target_url : null,
        created_at: String(s.created_at),
    };
}
function mergeRequestOf(mr) {
    const author = mr.author;
    return {
        iid: Number(mr.iid),
        web_url: String(mr.web_url),
        state: String(mr.state),
        title: String(mr.title),
        description: typeof mr.description === 'string' ? mr.description : null,
        source_branch: String(mr.source_branch),
        target_branch: String(mr.target_branch),
        sha: typeof mr.sha === 'string' ? mr.sha : null,
        author: typeof author?.username === 'string' ? author.username : undefined,
        updated_at: String(mr.updated_at),
    };
}
function noteOf(note) {
    const author = note.author;
    return {
        id: Number(note.id),
        body: typeof note.body === 'string' ? note.body : '',
        author: typeof author?.username === 'string' ? author.username : undefined,
        system: note.system === true,
        created_at: String(note.created_at),
    };
}
/** What a refused call was trying to do, for messages. */
const DOING = {
    statuses: 'post commit statuses',
    'merge requests': 'open or update merge requests',
    notes: 'comment on merge requests',
};
/** GitLab's status and words behind a @gitbeaker error (cause.response); no status when it never answered. */
function answer(error) {
    const status = error?.cause?.response?.status;
    const message = error instanceof Error ? error.message : String(error);
    return { status: typeof status === 'number' ? status : undefined, message };
}
function explain(error, area, client, subject) {
    const { status, message } = answer(error);
    const name = error?.name;
    if (status === undefined) {
        if (name === 'GitbeakerTimeoutError')
            return { kind: 'network', reason: `GitLab at ${client.host} did not answer in time; try again later` };
        if (name === 'GitbeakerRetryError')
            return { kind: 'server', reason: `${message}; try again later` };
        return {
            kind: 'network',
            reason: `GitLab did not answer at ${client.host} (${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .networkCode */ .e)(error) ?? message}); check CI_SERVER_URL and the network`,
        };
    }
    // GitLab's messages often start with the status already ("404 Project Not Found").
    const quote = message.startsWith(`${status} `) ? message : `${status} ${message}`;
    if (status === 401 && client.credential === 'job-token')
        return {
            kind: 'auth',
            status,
            reason: `GitLab refused CI_JOB_TOKEN (${quote}): CI_JOB_TOKEN cannot ${DOING[area]}; ` + HOW_TO_GET_A_TOKEN,
        };
    if (status === 401)
        return {
            kind: 'auth',
            status,
            reason: client.credential === 'none'
                ? `GitLab needs a token for this (${quote}); ${HOW_TO_GET_A_TOKEN}`
                : `GitLab refused SRCGIT_GITLAB_TOKEN (${quote}): it is wrong, revoked or expired; ${HOW_TO_GET_A_TOKEN}`,
        };
    if (status === 403 && /insufficient_scope/i.test(message))
        return {
            kind: 'permission',
            status,
            reason: `SRCGIT_GITLAB_TOKEN lacks the api scope (${quote}); a read_api token can only read: ${HOW_TO_GET_A_TOKEN}`,
        };
    if (status === 403)
        return {
            kind: 'permission',
            status,
            reason: area === 'statuses'
                ? `the token's role may not set commit statuses${subject.ref ? ` on ${subject.ref}` : ''} (${quote}); ` +
                    "give the token's user (or the project access token) the Developer role, or Maintainer for protected branches"
                : `the token's role may not ${DOING[area]} (${quote}); give the token's user (or the ` +
                    'project access token) the Developer role',
        };
    if (status === 404 && /Project Not Found/i.test(message))
        return {
            kind: 'not-found',
            status,
            reason: `project ${client.project} was not found at ${client.host}, or the token cannot see it (${quote}); ` +
                'check CI_PROJECT_ID and that the token belongs to a member of the project',
        };
    if (status === 404 && /References for commit/i.test(message))
        return {
            kind: 'not-found',
            status,
            reason: `no branch of ${client.project} contains the commit (${quote}); pass the ref, or push a branch that contains it`,
        };
    if (status === 404 && /Commit Not Found/i.test(message))
        return {
            kind: 'not-found',
            status,
            reason: `GitLab has no such commit in ${client.project} (${quote}); statuses can only be set on commits pushed there`,
        };
    if (status === 404 && subject.iid !== undefined)
        return {
            kind: 'not-found',
            status,
            reason: `merge request !${subject.iid} does not exist in ${client.project} (${quote})`,
        };
    if (status === 409 && /in progress/i.test(message))
        return { kind: 'conflict', status, reason: `GitLab was busy with another update (${quote}); run again` };
    if (status === 409 && /same project\/branch/i.test(message))
        return { kind: 'validation', status, reason: `the source and target branch are the same (${quote})` };
    if (status === 409)
        return { kind: 'conflict', status, reason: `GitLab refused it (${quote})` };
    if (status === 400 || status === 422)
        return { kind: 'validation', status, reason: `GitLab rejected the request (${quote})` };
    return { kind: 'server', status, reason: `GitLab answered ${quote}; try again later` };
}


/***/ }),

/***/ 61777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cE: () => (/* binding */ forkPushUrl),
  _H: () => (/* binding */ lsRemote),
  lq: () => (/* binding */ prepareTransport),
  TV: () => (/* binding */ pushBranch)
});

// UNUSED EXPORTS: explainPushFailure, normalizePrivateKey

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/runtime/resources.js + 1 modules
var resources = __webpack_require__(74227);
// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
// EXTERNAL MODULE: ./build/bundle-src/git/git.js
var git = __webpack_require__(18605);
;// CONCATENATED MODULE: ./build/bundle-src/git/known-hosts.js
/**
 * SSH host keys srcgit ships, so a push to Fedora's dist-git works without a `known-hosts`
 * input, and parsing/validation of known_hosts text given by the user. Every shipped line
 * names the public source it was copied from; nothing here was fetched live (keys cannot be
 * verified from this code base, and an unverified key would defeat host key checking).
 */
/**
 * Only one real source was found (an RSA key, written when pkgs.fedoraproject.org was still
 * served from 209.132.181.4 in Fedora's former PHX2 data centre); no ed25519/ECDSA key and
 * nothing for pkgs.stg.fedoraproject.org. If Fedora re-keyed the host since, ssh reports a
 * changed host key and the push error asks for the `known-hosts` input. Fedora publishes the
 * current keys at https://admin.fedoraproject.org/ssh_known_hosts.
 */
const SHIPPED_HOST_KEYS = [
    {
        host: 'pkgs.fedoraproject.org',
        line: 'pkgs.fedoraproject.org ssh-rsa AAAAB3NzaC1yc2EAAAABIwAAAQEAnhQyqu6oY5g01SOEbtrgrlCk3/eoLVZl2oh6c+Xq2oJg5ppPCtvmdWgU9rEltS+jgAYTH3LG4lGd02boMk8mmV5QvzGGRA9HmN991Phm7y4EN5r84A0gibf2O5QzhU2IMBQuOkEMwqZC+wc7pGGFJeXQjzBAVidjacxXtVJyfFOhAIYoHerIYq3VbJrTzEGkHmcJ8o3ZnP8Mt35aBESNsHdIaCOpvZzK1NVHdUHwRGcXIjG6t06mNVG4DVbdpB6xmMbAD5bemPoPVG0oYVs9wmhSHC0LmOZbvv8CDO2Z0DJ8q25FwVlTjo1Eq2A8VJc4LnHTDHZbtDZiKGTo/UMvvQ==',
        source: 'github.com/da-x/dotfiles setup/run.sh @3a9d0c6d (centos7-packages)',
    },
];
/** The shipped known_hosts lines for `host` (no port or port 22), empty when we ship none. */
function shippedKnownHosts(host) {
    const name = host.toLowerCase();
    return SHIPPED_HOST_KEYS.filter((key) => key.host === name).map((key) => key.line);
}
const KEY_TYPE = /^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(-cert-v01@openssh\.com)?$/;
/**
 * known_hosts text as given by a user (a CI secret or input): CRLF and missing final newline
 * normalised, and checked to hold at least one entry, so a pasted fingerprint
 * ("SHA256:...") or public key without host name fails here with a clear message rather than
 * as a host key error later.
 */
function normalizeKnownHosts(text) {
    const lines = text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const entries = lines.filter((line) => !line.startsWith('#'));
    const bad = entries.find((line) => !isKnownHostsEntry(line));
    if (entries.length === 0 || bad !== undefined) {
        throw new Error(`The known-hosts input is not in known_hosts format${bad === undefined ? ' (it has no entries)' : `: "${bad.slice(0, 60)}"`}. ` +
            'Give whole lines "<host> <key type> <base64 key>", e.g. the lines for the push host from ' +
            'https://admin.fedoraproject.org/ssh_known_hosts or from `ssh-keyscan <host>` checked against a trusted fingerprint.');
    }
    return `${lines.join('\n')}\n`;
}
function isKnownHostsEntry(line) {
    const fields = line.split(/\s+/);
    // @cert-authority / @revoked qualify the host pattern that follows.
    if (fields[0].startsWith('@'))
        fields.shift();
    return fields.length >= 3 && KEY_TYPE.test(fields[1]) && /^[A-Za-z0-9+/]+=*$/.test(fields[2]);
}

;// CONCATENATED MODULE: ./build/bundle-src/git/transport.js
/**
 * How srcgit talks to the bot's fork: over SSH with a private key (what
 * src.fedoraproject.org requires) or over HTTPS with a Pagure API token (other Pagure
 * instances). Credentials travel only in files of a private temp dir (SSH) or in
 * command-scoped environment entries (HTTPS), never in argv, URLs or git config files.
 */







/**
 * Sets up credentials for pushes to `url` (required for HTTPS, where the Authorization header
 * is scoped to it; for SSH it selects the shipped host keys and fails early when there are none).
 */
async function prepareTransport(auth, url) {
    return auth.protocol === 'https' ? httpsTransport(auth, url) : sshTransport(auth, url);
}
function httpsTransport(auth, url) {
    const token = auth.token.trim();
    (0,secrets/* registerSecret */.cl)(auth.token);
    (0,secrets/* registerSecret */.cl)(token);
    if (!url || !/^https?:\/\//.test(url))
        throw new Error('HTTPS push needs the http(s) URL of the fork');
    if (!token)
        throw new Error('HTTPS push needs a Pagure API token, and the token is empty');
    if (!auth.user || auth.user.includes(':')) {
        throw new Error(`HTTPS push needs the token owner's user name, got "${auth.user}"`);
    }
    return { env: (0,git/* basicAuthEnv */.YI)(url, auth.user, token), dispose: async () => undefined };
}
async function sshTransport(auth, url) {
    (0,secrets/* registerSecret */.cl)(auth.privateKey);
    const key = normalizePrivateKey(auth.privateKey);
    (0,secrets/* registerSecret */.cl)(key);
    const given = auth.knownHosts?.trim() ? auth.knownHosts : undefined;
    const knownHosts = given === undefined ? shippedKnownHostsFor(url) : normalizeKnownHosts(given);
    // ssh expands % and splits on blanks in option values: a temp root with such characters
    // (a self-hosted runner's RUNNER_TEMP) gives way to the system temp dir.
    const root = (0,resources/* tempRoot */.fQ)();
    const dir = (0,resources/* makeTempDir */.mk)('srcgit-ssh-', /^[A-Za-z0-9/._-]+$/.test(root) ? root : external_node_os_.tmpdir());
    const dispose = async () => (0,resources/* removeTempDir */.CT)(dir);
    try {
        if (!/^[A-Za-z0-9/._-]+$/.test(dir))
            throw new Error(`unusable temp directory for SSH keys: ${dir}; set RUNNER_TEMP (or TMPDIR) to a path of letters, digits, '/', '.', '_' and '-'`);
        await (0,promises_.chmod)(dir, 0o700);
        const keyFile = external_node_path_.join(dir, 'id');
        const knownHostsFile = external_node_path_.join(dir, 'known_hosts');
        await (0,promises_.writeFile)(keyFile, key, { mode: 0o600 });
        await (0,promises_.writeFile)(knownHostsFile, knownHosts, { mode: 0o600 });
        // A host that does not answer, or a connection that goes silent, ends the push instead of
        // hanging the job: about the network timeout either way (ssh keeps the first value of an
        // option, so the user's own sshCommand options still win).
        const seconds = (0,resources/* networkTimeoutSeconds */.RU)();
        const command = [
            auth.sshCommand?.trim() || 'ssh',
            `-i ${shellQuote(keyFile)}`,
            '-o IdentitiesOnly=yes',
            `-o ${shellQuote(`UserKnownHostsFile=${knownHostsFile}`)}`,
            '-o StrictHostKeyChecking=yes',
            '-o BatchMode=yes',
            '-o GlobalKnownHostsFile=/dev/null',
            `-o ConnectTimeout=${seconds}`,
            `-o ServerAliveInterval=${Math.max(1, Math.ceil(seconds / 4))}`,
            '-o ServerAliveCountMax=4',
        ].join(' ');
        return { env: { GIT_SSH_COMMAND: command }, knownHosts: given ? 'input' : 'shipped', dispose };
    }
    catch (error) {
        await dispose();
        throw error;
    }
}
function shippedKnownHostsFor(url) {
    const { host, port } = url ? parseRemote(url) : { host: undefined, port: undefined };
    const lines = host && (!port || port === '22') ? shippedKnownHosts(host) : [];
    if (lines.length === 0) {
        const name = host ? (port && port !== '22' ? `[${host}]:${port}` : host) : 'the push host';
        throw new Error(`srcgit ships no SSH host key for ${name}, so the push cannot check it is talking to the right server. ` +
            `Set the known-hosts input to the known_hosts line(s) for ${name} (for Fedora hosts, from ` +
            'https://admin.fedoraproject.org/ssh_known_hosts; otherwise from `ssh-keyscan` checked against a trusted fingerprint).');
    }
    return `${lines.join('\n')}\n`;
}
/** Single-quoted for the POSIX shell git runs GIT_SSH_COMMAND through. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
const PEM_TYPES = [
    'OPENSSH PRIVATE KEY',
    'RSA PRIVATE KEY',
    'EC PRIVATE KEY',
    'DSA PRIVATE KEY',
    'PRIVATE KEY',
];
/**
 * The private key as OpenSSH wants it, repairing the usual secret-paste damage (CRLF, lost
 * final newline, literal "\n", everything on one line, indentation). Rejects anything that is
 * not an unencrypted private key with a message that never quotes the key.
 */
function normalizePrivateKey(raw) {
    let text = raw.replace(/^\uFEFF/, '').trim();
    if (!/[\r\n]/.test(text) && text.includes('\\n'))
        text = text.replace(/\\r\\n|\\n/g, '\n');
    let lines = text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const oneLine = lines.length === 1 && /^(-----BEGIN [A-Z ]+-----)\s+(.+?)\s+(-----END [A-Z ]+-----)$/.exec(lines[0]);
    if (oneLine)
        lines = [oneLine[1], ...oneLine[2].split(/\s+/), oneLine[3]];
    const problem = (what) => new Error(`The SSH private key ${what}. Put the whole private key file (e.g. the content of ~/.ssh/id_ed25519, ` +
        'from its BEGIN line to its END line) into the secret.');
    if (lines.length === 0)
        throw problem('is empty');
    if (/^(ssh-|ecdsa-|sk-)/.test(lines[0]))
        throw problem('is a public key, not the private key');
    const type = /^-----BEGIN ([A-Z ]+)-----$/.exec(lines[0])?.[1];
    if (type === 'ENCRYPTED PRIVATE KEY' || lines.some((line) => /^Proc-Type:.*ENCRYPTED/.test(line))) {
        throw encrypted();
    }
    if (!type || !PEM_TYPES.includes(type))
        throw problem('does not start with a "-----BEGIN ... PRIVATE KEY-----" line');
    if (lines[lines.length - 1] !== `-----END ${type}-----`)
        throw problem(`does not end with "-----END ${type}-----"`);
    const body = lines.slice(1, -1).filter((line) => !/^[A-Za-z-]+:/.test(line));
    if (body.length === 0 || !body.every((line) => /^[A-Za-z0-9+/=]+$/.test(line))) {
        throw problem('is damaged (its body is not base64)');
    }
    if (type === 'OPENSSH PRIVATE KEY') {
        const bytes = Buffer.from(body.join(''), 'base64');
        const magic = 'openssh-key-v1\0';
        if (bytes.subarray(0, magic.length).toString('latin1') !== magic || bytes.length < magic.length + 4) {
            throw problem('is damaged (not an OpenSSH key structure)');
        }
        const cipherLength = bytes.readUInt32BE(magic.length);
        const cipher = bytes.subarray(magic.length + 4, magic.length + 4 + cipherLength).toString('latin1');
        if (cipher !== 'none')
            throw encrypted();
    }
    return `${lines.join('\n')}\n`;
}
function encrypted() {
    return new Error('The SSH private key is protected by a passphrase, and there is no one to type it in CI. ' +
        'Use a key without passphrase for the bot (e.g. `ssh-keygen -p -N "" -f <key file>` on a copy of it) ' +
        'and keep it only in the CI secret.');
}
/** Where the bot pushes its fork branch. */
function forkPushUrl(opts) {
    for (const [name, value] of [
        ['user', opts.user],
        ['repository', opts.repo],
    ]) {
        if (!/^[A-Za-z0-9_+][A-Za-z0-9_.+-]*$/.test(value))
            throw new Error(`invalid ${name} name "${value}"`);
    }
    if (opts.namespace && !/^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(opts.namespace)) {
        throw new Error(`invalid namespace "${opts.namespace}"`);
    }
    const repoPath = `forks/${opts.user}/${opts.namespace ? `${opts.namespace}/` : ''}${opts.repo}.git`;
    const instanceUrl = (0,secrets/* withoutUrlCredentials */.el)(opts.instanceUrl);
    const instance = new URL(instanceUrl);
    if (opts.protocol === 'https')
        return `${instanceUrl.replace(/\/+$/, '')}/${repoPath}`;
    const host = opts.sshHost ?? defaultSshHost(instance.hostname);
    if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host))
        throw new Error(`invalid SSH host "${host}"`);
    return `ssh://${opts.user}@${host}/${repoPath}`;
}
/** Fedora serves dist-git over SSH from pkgs.*, not from the web host src.*. */
function defaultSshHost(webHost) {
    const fedora = /^src\.((stg\.)?fedoraproject\.org)$/.exec(webHost);
    return fedora ? `pkgs.${fedora[1]}` : webHost;
}
/** An actionable message for a failed git push/ls-remote, from git's (redacted) output. */
function explainPushFailure(stderr, ctx) {
    const output = (0,secrets/* redact */.E$)(stderr);
    const { user: urlUser, host, port } = parseRemote(ctx.url);
    const user = urlUser ?? /\/forks\/([^/]+)\//.exec(ctx.url)?.[1];
    const hostName = port && port !== '22' ? `[${host}]:${port}` : host;
    // How a message names the server: `host:port` for http(s), ssh's `[host]:port` otherwise.
    const where = /^https?:\/\//i.test(ctx.url) ? (port ? `${host}:${port}` : host) : hostName;
    const branch = ctx.remoteBranch ? ` ${ctx.remoteBranch}` : '';
    const what = ctx.action === 'read'
        ? `Reading the fork branch${branch} from ${(0,secrets/* redact */.E$)(ctx.url)} failed`
        : `Pushing the fork branch${branch} to ${(0,secrets/* redact */.E$)(ctx.url)} failed`;
    const reason = explain(output, { user, host, hostName, where, knownHosts: ctx.knownHosts });
    const details = output
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line && !NOISE.test(line))
        .slice(-15)
        .map((line) => `  ${line}`)
        .join('\n');
    return `${what}: ${reason}${details ? `\ngit said:\n${details}` : ''}`;
}
/** git/ssh lines that do not help here (generic advice, or advice about a temp file). */
const NOISE = /^(hint:|Done$|@+$|Please make sure you have the correct access rights|and the repository exists\.|Please contact your system administrator|Add correct host key in|Offending .* key in|\s*remove with:|\s*ssh-keygen -f )/;
function explain(output, ctx) {
    const who = ctx.user ? `"${ctx.user}"` : 'the bot account';
    if ((0,git/* isStall */.XF)(output)) {
        return `the connection to ${ctx.where} stalled: the server sent nothing for ${(0,resources/* networkTimeoutSeconds */.RU)()} s, so srcgit stopped waiting. ${(0,resources/* stallAdvice */.pC)()}`;
    }
    if (/\(stale info\)/.test(output)) {
        return 'the fork branch changed since it was read (someone pushed to it); srcgit did not overwrite it. Run again to start from its new state.';
    }
    if (/\((non-fast-forward|fetch first)\)/.test(output)) {
        return 'the fork branch has commits srcgit did not expect, and srcgit does not overwrite them. Run again to start from its new state.';
    }
    if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key is known for/i.test(output)) {
        const changed = /HOST IDENTIFICATION HAS CHANGED|has changed and you have requested/.test(output);
        const source = ctx.knownHosts === 'input'
            ? `the known-hosts input ${changed ? 'holds a different key' : 'has no key'} for it`
            : `the key srcgit ships for it ${changed ? 'does not match (the server may have been re-keyed)' : 'is not one the server offers'}`;
        const fedora = /fedoraproject\.org$/.test(ctx.host)
            ? ' (for Fedora: https://admin.fedoraproject.org/ssh_known_hosts)'
            : '';
        return (`the SSH host key of ${ctx.hostName} could not be verified: ${source}. Set the action's known-hosts input to ` +
            `the known_hosts line(s) for ${ctx.hostName}${fedora}, checked against a trusted fingerprint.`);
    }
    if (/Load key .*: (invalid format|error in libcrypto)/.test(output)) {
        return 'ssh could not load the private key (it is damaged or in a format this ssh does not read).';
    }
    if (/Permission denied \(publickey/.test(output)) {
        return (`${ctx.host} refused the SSH key for user ${who}: the public half of this key is not registered for that ` +
            'account (in FAS: https://accounts.fedoraproject.org, Settings -> SSH keys), or the key belongs to another account.');
    }
    if (/pre-receive hook declined|Denied push/.test(output)) {
        return `the bot account ${who} is not allowed to push to its fork (is it in the packager group? is its SSH key in FAS?)`;
    }
    if (/returned error: (401|403)|Authentication failed|could not read (Username|Password)/.test(output)) {
        return (`the server refused the API token (HTTP 401/403): the token must belong to ${who} and carry the "commit" ACL ` +
            '(on src.fedoraproject.org user tokens cannot have it; push over SSH there).');
    }
    if (/does not appear to be a git repository|repository '.*' not found|returned error: 404/.test(output)) {
        return `the fork does not exist (yet) on ${ctx.host}; srcgit forks the package before pushing, so check the fork step.`;
    }
    if (/Could not resolve hostname|Connection refused|Connection timed out|Could not resolve host|Failed to connect/.test(output)) {
        return `${ctx.hostName} could not be reached from this runner (DNS, firewall or proxy).`;
    }
    return 'see the git output below.';
}
/** User, host and port of an ssh://, scp-like or http(s) URL. */
function parseRemote(url) {
    const scp = /^(?:([^@/:]+)@)?([^/:]+):(?!\/)/.exec(url);
    if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url))
        return { user: scp[1], host: scp[2] };
    try {
        const parsed = new URL(url);
        return { user: parsed.username || undefined, host: parsed.hostname, port: parsed.port || undefined };
    }
    catch {
        return { host: url };
    }
}
/**
 * Pushes `localRef` to `refs/heads/<remoteBranch>` at `url`; failures are explained, redacted
 * Errors. `up-to-date`: the branch already had that commit (someone else pushed it).
 */
async function pushBranch(git, opts) {
    checkUrl(opts.url);
    checkBranch(opts.remoteBranch);
    if (!opts.localRef || opts.localRef.startsWith('-'))
        throw new Error(`invalid local ref "${opts.localRef}"`);
    const ref = `refs/heads/${opts.remoteBranch}`;
    const lease = opts.expectRemote !== undefined
        ? [`--force-with-lease=${ref}:${opts.expectRemote}`]
        : opts.force
            ? ['--force']
            : [];
    const args = ['push', '--porcelain', ...lease, opts.url, `${opts.localRef}:${ref}`];
    const stdout = await runRemote(git, args, opts.transport, {
        url: opts.url,
        remoteBranch: opts.remoteBranch,
        action: 'push',
    });
    // Porcelain: "<flag>\t<from>:<to>\t<summary>"; '=' is a ref that was already there.
    const line = stdout.split('\n').find((l) => l.split('\t')[1]?.endsWith(`:${ref}`));
    return line?.startsWith('=') ? 'up-to-date' : 'pushed';
}
/** The SHA of `branch` on the remote, or undefined when the branch does not exist. */
async function lsRemote(git, url, branch, transport) {
    checkUrl(url);
    checkBranch(branch);
    const ref = `refs/heads/${branch}`;
    const stdout = await runRemote(git, ['ls-remote', '--refs', url, ref], transport, {
        url,
        remoteBranch: branch,
        action: 'read',
    });
    // Patterns match ref name tails, so pick the exact ref.
    for (const line of stdout.split('\n')) {
        const [sha, name] = line.split('\t');
        if (name === ref)
            return sha;
    }
    return undefined;
}
async function runRemote(git, args, transport, ctx) {
    const result = await git.run(args, { env: transport.env, allowFailure: true });
    if (result.code !== 0) {
        const output = `${result.stderr}\n${result.stdout}`;
        throw new Error(explainPushFailure(output, { ...ctx, knownHosts: transport.knownHosts }));
    }
    return result.stdout;
}
function checkUrl(url) {
    if (!url || url.startsWith('-'))
        throw new Error(`invalid remote URL "${(0,secrets/* redact */.E$)(url)}"`);
}
/** Names srcgit makes are plain; refuse anything git or a shell could read differently. */
function checkBranch(branch) {
    if (!(0,git/* isPlainBranchName */.aQ)(branch))
        throw new Error(`invalid branch name "${branch}"`);
}


/***/ }),

/***/ 89224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient),
/* harmony export */   j: () => (/* binding */ HttpError)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24371);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2508);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99414);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77720);
/**
 * srcgit's one HTTP client (contract in ./types.ts), on undici. Decides in one place:
 * per-attempt timeouts, retries with backoff for idempotent calls only, proxies from the
 * environment, redirects for GET/HEAD, and errors that never carry a credential.
 */




const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_BACKOFF_MS = 500;
const MAX_DELAY_MS = 60_000;
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
/** Headers that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];
/** Longest response body kept on an HttpError. */
const MAX_ERROR_BODY = 2000;
/** Network failures worth another attempt: the server may well answer next time. */
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
const CODE_TEXT = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset by the server',
    UND_ERR_SOCKET: 'connection closed by the server before a complete answer',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'host name lookup failed temporarily',
};
class HttpError extends Error {
    method;
    /** The URL without query, fragment or credentials. */
    url;
    status;
    /** Network error code (ECONNREFUSED, ETIMEDOUT, ...). */
    code;
    body;
    constructor(init) {
        const url = displayUrl(init.url);
        super((0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`${init.method} ${url} failed: ${init.reason}`));
        this.name = 'HttpError';
        this.method = init.method;
        this.url = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(url);
        this.status = init.status;
        this.code = init.code;
        if (init.body !== undefined)
            this.body = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(init.body.slice(0, MAX_ERROR_BODY));
    }
    /** For callers that got a response they cannot use (the client itself returns any status). */
    static fromResponse(method, response, hint = '') {
        const excerpt = response.text.trim().replace(/\s+/g, ' ').slice(0, 200);
        return new HttpError({
            method,
            url: response.url,
            status: response.status,
            body: response.text,
            reason: `HTTP ${response.status}${excerpt ? ` (${excerpt})` : ''}${hint ? `; ${hint}` : ''}`,
        });
    }
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .registerUserError */ .X)(HttpError);
/** The URL as it may appear in messages: no query (tokens travel there), no user:password. */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        parsed.search = '';
        parsed.hash = '';
        return parsed.href;
    }
    catch {
        return url.replace(/[?#].*$/, '');
    }
}
/** Thrown inside one attempt when the per-attempt deadline passes. */
class AttemptTimeout extends Error {
}
class HttpClient {
    timeoutMs;
    retries;
    backoffMs;
    userAgent;
    sleep;
    // Proxy settings are read from the environment when the client is made.
    // proxyTunnel false: http:// targets go to an HTTP proxy as plain forwarded requests.
    dispatcher = new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2({ proxyTunnel: false });
    constructor(opts = {}) {
        this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.retries = opts.retries ?? DEFAULT_RETRIES;
        this.backoffMs = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
        this.userAgent = opts.userAgent ?? `srcgit/${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}`;
        this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    /**
     * Sends the request. Idempotent calls are retried on 5xx, 429, connection failures and
     * timeouts; any response that is not retried (or after the last retry) is returned
     * whatever its status. Throws HttpError only when no response came at all.
     */
    async request(req) {
        const idempotent = req.idempotent ?? IDEMPOTENT_METHODS.has(req.method);
        const attempts = idempotent ? this.retries + 1 : 1;
        const prepared = this.prepare(req);
        for (let attempt = 1;; attempt++) {
            let delay;
            try {
                const response = await this.attempt(req, prepared);
                if (attempt >= attempts || !retryableStatus(response.status, req.expectStatus))
                    return response;
                delay = retryAfterMs(response.headers['retry-after']) ?? this.backoff(attempt);
            }
            catch (error) {
                const failure = describeFailure(error, req.timeoutMs ?? this.timeoutMs);
                if (!failure.transient || attempt >= attempts) {
                    const tries = attempt > 1 ? ` after ${attempt} attempts` : '';
                    throw new HttpError({
                        method: req.method,
                        url: req.url,
                        code: failure.code,
                        reason: `${failure.text}${tries}; check network access to ${hostOf(req.url)} and the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)`,
                    });
                }
                delay = this.backoff(attempt);
            }
            await this.sleep(delay);
        }
    }
    /** Closes pooled connections (tests, and the end of a CLI run). */
    close() {
        return this.dispatcher.close();
    }
    prepare(req) {
        const headers = { 'user-agent': this.userAgent };
        let body;
        if (req.form) {
            const params = new URLSearchParams();
            for (const [key, value] of Object.entries(req.form))
                for (const one of Array.isArray(value) ? value : [value])
                    params.append(key, one);
            body = params.toString();
            headers['content-type'] = 'application/x-www-form-urlencoded';
        }
        else if (req.json !== undefined) {
            body = JSON.stringify(req.json);
            // Exactly this value: Pagure reads JSON only when Content-Type is exactly application/json.
            headers['content-type'] = 'application/json';
        }
        else if (req.body !== undefined) {
            body = req.body;
        }
        for (const [name, value] of Object.entries(req.headers ?? {})) {
            const key = name.toLowerCase();
            headers[key] = value;
            // Whatever scheme, the credential part of an Authorization header is a secret.
            if (key === 'authorization' || key === 'proxy-authorization') {
                (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(value);
                (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(value.replace(/^\S+\s+/, ''));
            }
        }
        return { headers, body };
    }
    /** One attempt, including the redirect chain of a GET/HEAD, under one deadline. */
    async attempt(req, prepared) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new AttemptTimeout()), req.timeoutMs ?? this.timeoutMs);
        const follow = req.method === 'GET' || req.method === 'HEAD';
        let url = req.url;
        let headers = prepared.headers;
        try {
            for (let hop = 0;; hop++) {
                const response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(url, {
                    method: req.method,
                    headers,
                    body: prepared.body,
                    dispatcher: this.dispatcher,
                    signal: controller.signal,
                });
                const location = response.headers.location;
                if (follow && REDIRECT_STATUSES.has(response.statusCode) && typeof location === 'string') {
                    await response.body.dump();
                    if (hop >= MAX_REDIRECTS)
                        throw new Error(`more than ${MAX_REDIRECTS} redirects`);
                    const next = new URL(location, url);
                    if (next.origin !== new URL(url).origin)
                        headers = withoutCredentials(headers);
                    url = next.href;
                    continue;
                }
                const text = await response.body.text();
                return { status: response.statusCode, headers: flattenHeaders(response.headers), text, url };
            }
        }
        catch (error) {
            throw controller.signal.aborted ? new AttemptTimeout() : error;
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** Full jitter: anywhere between 0 and backoff * 2^(attempt-1), capped. */
    backoff(attempt) {
        return Math.random() * Math.min(MAX_DELAY_MS, this.backoffMs * 2 ** (attempt - 1));
    }
}
function retryableStatus(status, expected) {
    if (expected?.includes(status))
        return false;
    return status === 429 || status >= 500;
}
/** Retry-After as seconds or an HTTP date, in ms, capped; undefined when absent or unreadable. */
function retryAfterMs(value) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    let ms;
    if (/^\d+$/.test(trimmed))
        ms = Number(trimmed) * 1000;
    else {
        const date = Date.parse(trimmed);
        if (Number.isNaN(date))
            return undefined;
        ms = Math.max(0, date - Date.now());
    }
    return Math.min(ms, MAX_DELAY_MS);
}
function describeFailure(error, timeoutMs) {
    if (error instanceof AttemptTimeout)
        return { code: 'ETIMEDOUT', text: `no complete answer within ${timeoutMs / 1000} s`, transient: true };
    // Errors may come from another realm (jest), so read fields rather than using instanceof.
    const err = error;
    const code = typeof err?.code === 'string'
        ? err.code
        : typeof err?.cause?.code === 'string'
            ? err.cause.code
            : undefined;
    const message = typeof err?.message === 'string' ? err.message : String(error);
    const text = code ? `${CODE_TEXT[code] ?? message} (${code})` : message;
    return { code, text, transient: code !== undefined && TRANSIENT_CODES.has(code) };
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'the server';
    }
}
function withoutCredentials(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.includes(name)));
}
function flattenHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers))
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    return out;
}


/***/ }),

/***/ 1143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ withKerberosTicket),
/* harmony export */   Wl: () => (/* binding */ normalizePrincipal)
/* harmony export */ });
/* unused harmony exports FEDORA_REALM, FEDORA_KRB5_CONF, decodeKeytab */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74227);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2508);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95812);
/**
 * A Kerberos ticket for the length of one callback: the keytab secret is written to a private
 * temp dir, `kinit -k` fills a private file ccache there, and the dir (keytab, ccache,
 * krb5.conf) is destroyed afterwards, also on failure. Nothing secret reaches argv or stays on disk.
 */






const FEDORA_REALM = 'FEDORAPROJECT.ORG';
const INSTALL_KRB5 = 'install krb5-user (Debian/Ubuntu) or krb5-workstation (Fedora)';
const KEYTAB_HELP = 'create it with `ktutil` (`addent -password -p <user>@FEDORAPROJECT.ORG -k 1 -e aes256-cts-hmac-sha1-96`, ' +
    'then `wkt fedora.keytab`) and store `base64 -w0 fedora.keytab` as the secret';
/** Fedora's realm, reached over HTTPS through the KDC proxy (what fedora-packager ships). */
const FEDORA_KRB5_CONF = `[libdefaults]
 default_realm = FEDORAPROJECT.ORG
 dns_lookup_realm = false
 rdns = false
 dns_canonicalize_hostname = false

[realms]
 FEDORAPROJECT.ORG = {
  kdc = https://id.fedoraproject.org/KdcProxy
 }

[domain_realm]
 .fedoraproject.org = FEDORAPROJECT.ORG
 fedoraproject.org = FEDORAPROJECT.ORG
`;
/**
 * The keytab bytes from the secret, or an error saying how to make a correct secret. Keytabs
 * start with 0x05 then format version 0x02 (or the old 0x01). Line breaks (`base64` without -w0)
 * are tolerated.
 */
function decodeKeytab(keytabBase64) {
    const text = keytabBase64.replace(/\s+/g, '');
    const fail = (why) => new Error(`the keytab secret is not a base64-encoded keytab (${why}): ${KEYTAB_HELP}`);
    if (text === '')
        throw fail('it is empty');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0)
        throw fail('it is not valid base64');
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length <= 2 || bytes[0] !== 0x05 || (bytes[1] !== 0x02 && bytes[1] !== 0x01)) {
        throw fail('the decoded bytes do not start with the keytab header 0x05 0x02');
    }
    return bytes;
}
/** `user` -> `user@FEDORAPROJECT.ORG`; refuses names kinit would take as options or split. */
function normalizePrincipal(principal) {
    const value = principal.trim();
    if (!/^[^\s@-][^\s@]*(@[^\s@]+)?$/.test(value)) {
        throw new Error(`"${principal}" is not a Kerberos principal: expected "user" or "user@REALM"`);
    }
    return value.includes('@') ? value : `${value}@${FEDORA_REALM}`;
}
async function withKerberosTicket(options, fn) {
    (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(options.keytabBase64);
    const keytab = decodeKeytab(options.keytabBase64);
    const principal = normalizePrincipal(options.principal);
    const krb5Conf = options.krb5Conf ?? process.env.KRB5_CONFIG;
    if (krb5Conf !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(krb5Conf)) {
        throw new Error(`the Kerberos configuration ${krb5Conf} does not exist (from krb5Conf or KRB5_CONFIG)`);
    }
    const dir = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .makeTempDir */ .mk)('srcgit-krb5-', options.tmpDir);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dir, 0o700);
        const keytabPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'keytab');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(keytabPath, keytab, { mode: 0o600, flag: 'wx' });
        let config = krb5Conf;
        if (config === undefined) {
            config = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'krb5.conf');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(config, FEDORA_KRB5_CONF, { mode: 0o600 });
        }
        const env = { KRB5_CONFIG: config, KRB5CCNAME: `FILE:${node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'ccache')}` };
        // kinit has no deadline of its own for a KDC (or KDC proxy) that accepts and then stalls.
        const seconds = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .networkTimeoutSeconds */ .RU)();
        try {
            const kinit = await (0,_tool_js__WEBPACK_IMPORTED_MODULE_5__/* .runTool */ .q)('kinit', ['-k', '-t', `FILE:${keytabPath}`, principal], {
                env: { ...env },
                install: INSTALL_KRB5,
                timeoutMs: seconds * 1000,
            });
            if (kinit.timedOut) {
                throw new Error(`kinit for ${principal} got no ticket within ${seconds} s: the KDC (${krb5Conf ? `from ${krb5Conf}` : 'https://id.fedoraproject.org/KdcProxy'}) ` +
                    `does not answer. ${(0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .stallAdvice */ .pC)()}`);
            }
            if (kinit.code !== 0) {
                const output = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(`${kinit.stderr}${kinit.stdout}`.trim()) || `exit ${kinit.code}`;
                throw new Error(`kinit for ${principal} failed: ${output}. Check that the keytab holds a current key for ${principal} ` +
                    '(`klist -k -t <file>`; a password change makes old keytabs invalid) and that the KDC is reachable');
            }
            return await fn(env);
        }
        finally {
            // Overwrites and removes the ticket; a missing ccache (kinit failed) is not an error here.
            await (0,_tool_js__WEBPACK_IMPORTED_MODULE_5__/* .runTool */ .q)('kdestroy', [], { env: { ...env }, install: INSTALL_KRB5, timeoutMs: 30_000 }).catch(() => undefined);
        }
    }
    finally {
        (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .removeTempDir */ .CT)(dir);
    }
}


/***/ }),

/***/ 95812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ runTool)
/* harmony export */ });
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74227);
/**
 * Runs the external programs the lookaside upload needs (kinit, kdestroy, curl): collects their
 * output, and turns "not installed" into an error that names the package to install. They run
 * as tracked children with the scrubbed environment (src/runtime/resources.ts).
 */

function runTool(command, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .spawnChild */ .A)(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
        // Our own timer, not spawn's `timeout`: that one outlives a program that failed to start.
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, options.timeoutMs);
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error.code === 'ENOENT'
                ? new Error(`${command} is not installed or not on PATH: ${options.install}`)
                : new Error(`${command} could not be started: ${error.message}`));
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            const stderr = Buffer.concat(err).toString('utf8');
            resolve({
                code: code ?? 1,
                stdout: Buffer.concat(out).toString('utf8'),
                timedOut,
                stderr: timedOut
                    ? `${stderr}${command} did not finish within ${options.timeoutMs / 1000} s`
                    : stderr,
            });
        });
    });
}


/***/ }),

/***/ 51062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Op: () => (/* binding */ isGitLabCi),
/* harmony export */   WX: () => (/* binding */ gitlabRunContext),
/* harmony export */   zs: () => (/* binding */ writeCiReports)
/* harmony export */ });
/* unused harmony exports DOTENV_MAX_BYTES, dotenvName, writeDotenvReport */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80342);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2508);
/**
 * The GitLab CI adapter for the srcgit command: what a pipeline asks for (GitLab's predefined
 * variables, and the release notes of the tag through the Releases API), and the dotenv report
 * GitLab turns into variables for later jobs. The GitLab counterpart of github-event.ts.
 */



/** True inside a GitLab CI job (the runner sets GITLAB_CI=true). */
function isGitLabCi(env) {
    return env.GITLAB_CI === 'true';
}
/**
 * The run as GitLab describes it; registers CI_JOB_TOKEN and SRCGIT_GITLAB_TOKEN as secrets.
 * With fetchReleaseNotes, reads the release of `tag` (default CI_COMMIT_TAG) with
 * SRCGIT_GITLAB_TOKEN, else the job token; a tag without a release has no notes, any other
 * failure is an Error saying what to fix.
 */
async function gitlabRunContext(env, opts = {}) {
    // Whatever srcgit prints or reports later must not show them.
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(nonEmpty(env.CI_JOB_TOKEN));
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(nonEmpty(env.SRCGIT_GITLAB_TOKEN));
    const tag = nonEmpty(env.CI_COMMIT_TAG);
    const iid = nonEmpty(env.CI_MERGE_REQUEST_IID);
    const context = {
        tag,
        mergeRequestIid: iid && /^\d+$/.test(iid) ? Number(iid) : undefined,
        projectUrl: nonEmpty(env.CI_PROJECT_URL),
    };
    const releaseTag = nonEmpty(opts.tag) ?? tag;
    if (opts.fetchReleaseNotes && releaseTag)
        context.releaseNotes = await releaseDescription(env, releaseTag);
    return context;
}
function nonEmpty(value) {
    return value?.trim() ? value.trim() : undefined;
}
/** GitLab's instance URL without /api/v4; CI_API_V4_URL keeps a relative URL root that CI_SERVER_URL may not show. */
function instanceUrl(env) {
    const api = nonEmpty(env.CI_API_V4_URL)?.replace(/\/+$/, '');
    if (api?.endsWith('/api/v4'))
        return api.slice(0, -'/api/v4'.length);
    return nonEmpty(env.CI_SERVER_URL)?.replace(/\/+$/, '');
}
const HOW_TO_AUTHORIZE = 'set the masked CI/CD variable SRCGIT_GITLAB_TOKEN to a project access token with the read_api scope, ' +
    "or allow this project's CI/CD job token to read it (Settings > CI/CD > Job token permissions)";
async function releaseDescription(env, tag) {
    const host = instanceUrl(env);
    const project = nonEmpty(env.CI_PROJECT_ID) ?? nonEmpty(env.CI_PROJECT_PATH);
    if (!host || !project)
        throw new Error(`cannot read the release notes of ${tag}: CI_SERVER_URL (or CI_API_V4_URL) and CI_PROJECT_ID are not set; ` +
            'run inside a GitLab CI job, or pass the notes with --release-notes FILE');
    const token = nonEmpty(env.SRCGIT_GITLAB_TOKEN);
    const jobToken = nonEmpty(env.CI_JOB_TOKEN);
    const auth = token ? { token } : jobToken ? { jobToken } : {};
    const api = new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_1__/* .Gitlab */ .mJr({ host, queryTimeout: 30_000, ...auth });
    const where = `${host}/api/v4/projects/${encodeURIComponent(project)}/releases/${encodeURIComponent(tag)}`;
    try {
        const release = await api.ProjectReleases.show(project, tag);
        const description = release.description;
        // The GitLab UI stores what was typed in a textarea: CRLF line ends.
        return typeof description === 'string' ? description.replace(/\r\n?/g, '\n') : undefined;
    }
    catch (error) {
        const status = responseStatus(error);
        const message = isErrorLike(error) ? error.message : String(error);
        // Only GitLab's answer for a missing release; "404 Project Not Found" means no access.
        if (status === 404 && /^404 Not Found$/i.test(message))
            return undefined;
        throw new Error((0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`cannot read the release notes of ${tag} from ${where}: ${explain(status, message, error)}`));
    }
}
function isErrorLike(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.message === 'string');
}
/** The HTTP status behind a @gitbeaker request error (cause.response), if there was an answer. */
function responseStatus(error) {
    const status = error?.cause?.response?.status;
    return typeof status === 'number' ? status : undefined;
}
function explain(status, message, error) {
    if (status === 401)
        return `the token was refused (${message}); check SRCGIT_GITLAB_TOKEN, or ${HOW_TO_AUTHORIZE}`;
    if (status === 403 || status === 404)
        return `GitLab answered "${message}": the project is not readable with this token; ${HOW_TO_AUTHORIZE}`;
    if (status !== undefined)
        return `GitLab answered ${status} (${message}); try again later`;
    // No answer at all: fetch failed (the reason is in cause.code) or the query timed out.
    const code = error?.cause?.code;
    return `GitLab did not answer (${typeof code === 'string' ? code : message}); check CI_SERVER_URL and the network`;
}
/** GitLab rejects the whole dotenv report at 5 KiB (the default `dotenv_size` plan limit). */
const DOTENV_MAX_BYTES = 5 * 1024;
/** The dotenv name of an output: `pull-requests` -> SRCGIT_PULL_REQUESTS. */
function dotenvName(output) {
    return `SRCGIT_${output.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
/**
 * Writes the outputs (named as the action's outputs: `pull-requests`, `version`, `operation`)
 * as a GitLab dotenv report: SRCGIT_<NAME>=value, one line each. GitLab keeps quotes, strips
 * surrounding blanks and expands `$` in later jobs, so values are one line with `$` written
 * `$$`. When the report would reach the size limit, the longest values are emptied; returns
 * the names emptied, for a warning.
 */
function writeDotenvReport(file, outputs) {
    const entries = Object.entries(outputs).map(([name, value]) => ({
        key: dotenvName(name),
        value: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(value)
            .replace(/\r?\n|\r/g, ' ')
            .replace(/\$/g, '$$$$'),
    }));
    const text = () => entries.map((e) => `${e.key}=${e.value}\n`).join('');
    const emptied = [];
    while (Buffer.byteLength(text()) >= DOTENV_MAX_BYTES) {
        const longest = entries.reduce((a, b) => (b.value.length > a.value.length ? b : a));
        if (longest.value === '')
            throw new Error(`too many outputs for a GitLab dotenv report (${file})`);
        longest.value = '';
        emptied.push(longest.key);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, text());
    return emptied;
}
/**
 * The reports for later jobs and people: SRCGIT_DOTENV (dotenv outputs) and SRCGIT_SUMMARY
 * (Markdown), when set. Failing to write them must not hide the run's result: a warning.
 */
function writeCiReports(env, warn, outputs, summary) {
    try {
        if (env.SRCGIT_DOTENV)
            for (const name of writeDotenvReport(env.SRCGIT_DOTENV, outputs))
                warn(`${name} left empty: the dotenv report would pass GitLab's size limit`);
        if (env.SRCGIT_SUMMARY && summary !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(env.SRCGIT_SUMMARY, summary);
    }
    catch (error) {
        warn(`could not write the report: ${error.message}`);
    }
}


/***/ })

};
