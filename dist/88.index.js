export const id = 88;
export const ids = [88];
export const modules = {

/***/ 87788:
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
webpackAsyncContext.id = 87788;
module.exports = webpackAsyncContext;

/***/ }),

/***/ 88872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oz: () => (/* binding */ BodhiClient),
/* harmony export */   Xr: () => (/* reexport safe */ _forges_bodhi_js__WEBPACK_IMPORTED_MODULE_0__.Xr),
/* harmony export */   Zk: () => (/* binding */ BodhiError)
/* harmony export */ });
/* unused harmony exports encodeUpdate, parseSetCookie */
/* harmony import */ var _forges_bodhi_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84065);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89224);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2508);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77720);
/**
 * The Bodhi client srcgit needs to create updates, as bodhi-client (bindings.py) talks to the
 * server: the session from an OIDC access token (GET /oidc/login-token -> auth_tkt cookie), a
 * CSRF token from GET /csrf bound to the session cookie, then POST /updates/ form-encoded the
 * way python-requests encodes `data=` (lists as repeated fields, booleans as True/False). Bodhi's
 * Cornice errors are sorted into the outcomes Packit treats as success (update exists), "not
 * yet" (build not in the candidate tag) and "skip" (release not composed by Bodhi); everything
 * else is a BodhiError that says what Bodhi said and what to do. Cookies and tokens are
 * registered secrets and never appear in messages.
 */





class BodhiError extends Error {
    status;
    errors;
    constructor(message, options = {}) {
        super((0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(message));
        this.name = 'BodhiError';
        this.status = options.status;
        if (options.errors)
            this.errors = options.errors.map((e) => ({ ...e, description: (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(e.description) }));
    }
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .registerUserError */ .X)(BodhiError);
/**
 * Packit's EXISTING_BODHI_UPDATE_REGEX (`.*Update for \S+ already exists.*`), and what
 * validators.py validate_from_tag says of a side tag that has an update already ("Update already
 * exists using this side tag"), which Packit's regex misses.
 */
const EXISTS = /Update for \S+ already exists|^Update already exists using this side tag/;
/**
 * validators.py validate_build_tags: the build is not (yet) in a candidate tag, or in no tag at
 * all (cache_tags: Koji's build is COMPLETE before its tagBuild task puts it into the target's
 * destination tag).
 */
const NOT_TAGGED = /^(?:Invalid tag: \S+ not tagged with any of the following tags|Cannot find any tags associated with build: )/;
/** services/updates.py new_update: Rawhide, or branched before the Bodhi activation point. */
const NOT_COMPOSED = /Cannot manually create updates for a Release which is not composed by Bodhi/;
/** validators.py validate_csrf_token (the session's token changed or the session cookie was lost). */
const CSRF_MISMATCH = /^CSRF tokens do not match/;
/** Fields save() sets itself; `extra` cannot replace them. */
const RESERVED = new Set(['builds', 'notes', 'bugs', 'from_tag', 'type', 'csrf_token', 'edited']);
const ROWS_PER_PAGE = 100;
/** Far more than the updates one build can be in; stops a server that never says "last". */
const MAX_PAGES = 20;
class BodhiClient {
    url;
    /** The client's HTTP layer, for the OIDC provider steps of a login (bodhi-login.ts). */
    http;
    /** Bodhi's cookies (auth_tkt, session) by name: one origin, so no domain bookkeeping. */
    cookies = new Map();
    csrfToken;
    constructor(options) {
        this.url = (options.url ?? _forges_bodhi_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BODHI_URL */ .Xr).replace(/\/+$/, '');
        this.http = options.http;
    }
    updateUrl(alias) {
        return `${this.url}/updates/${encodeURIComponent(alias)}`;
    }
    get loggedIn() {
        return this.cookies.has('auth_tkt');
    }
    /** Updates containing this build (public GET /updates/?builds=<nvr>, all pages). */
    async updatesForBuild(nvr) {
        const endpoint = `${this.url}/updates/`;
        const updates = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const query = new URLSearchParams({
                builds: nvr,
                rows_per_page: String(ROWS_PER_PAGE),
                page: String(page),
            });
            const action = `look up the Bodhi updates of ${nvr} at ${endpoint}`;
            const response = await this.send(action, {
                method: 'GET',
                url: `${endpoint}?${query.toString()}`,
                headers: { accept: 'application/json' },
            });
            if (response.status !== 200)
                throw failure(action, response, 'query');
            const body = parseJson(action, response);
            if (!Array.isArray(body.updates))
                throw new BodhiError(`Could not ${action}: the answer has no "updates" list; check the Bodhi URL`, {
                    status: response.status,
                });
            for (const raw of body.updates)
                updates.push(toUpdate(raw, this));
            if (typeof body.pages !== 'number' || page >= body.pages)
                return updates;
        }
        return updates;
    }
    /** The session from an OIDC access token: GET /oidc/login-token with Bearer -> auth_tkt cookie kept in the client. */
    async loginWithToken(accessToken) {
        (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(accessToken);
        const endpoint = `${this.url}/oidc/login-token`;
        const action = `log in to Bodhi at ${endpoint}`;
        const response = await this.send(action, {
            method: 'GET',
            url: endpoint,
            headers: { accept: 'application/json', authorization: `Bearer ${accessToken}` },
        });
        if (response.status === 401 || response.status === 403) {
            const said = describeErrors(response);
            throw new BodhiError(`Could not ${action}: Bodhi refused the access token (HTTP ${response.status}${said ? `: ${said}` : ''}); ` +
                (response.status === 401
                    ? 'the token is expired, revoked or from another identity provider: log in to the provider again'
                    : 'the token lacks the scopes Bodhi needs (openid email profile and the Fedora groups/agreements scopes)'), { status: response.status, errors: cornice(response) });
        }
        if (response.status !== 202 && response.status !== 200)
            throw failure(action, response, 'login');
        this.keepCookies(response);
        if (!this.loggedIn)
            throw new BodhiError(`Could not ${action}: Bodhi answered HTTP ${response.status} without an auth_tkt session cookie; check the Bodhi URL`, { status: response.status });
        // A new session: a CSRF token of the old one would not match.
        this.csrfToken = undefined;
    }
    /** GET /csrf then POST /updates/ (form-encoded as bodhi-client/requests sends it; field encoding checked against bindings.py save) */
    async save(update) {
        const endpoint = `${this.url}/updates/`;
        const what = update.builds.length ? update.builds.join(', ') : `the side tag ${update.from_tag ?? '?'}`;
        const action = `create the Bodhi update for ${what} at ${endpoint}`;
        for (let attempt = 1;; attempt++) {
            const csrf = await this.csrf(action);
            const response = await this.send(action, {
                method: 'POST',
                url: endpoint,
                headers: { accept: 'application/json', ...this.cookieHeader() },
                form: encodeUpdate(update, csrf),
            }, true);
            this.keepCookies(response);
            if (response.status === 200 || response.status === 201)
                return created(action, response, this);
            const errors = cornice(response);
            if (errors?.length) {
                const exists = errors.find((e) => EXISTS.test(e.description));
                if (exists)
                    return { kind: 'exists', description: exists.description };
                const composed = errors.find((e) => NOT_COMPOSED.test(e.description));
                if (composed)
                    return { kind: 'not-composed', description: composed.description };
                if (errors.every((e) => NOT_TAGGED.test(e.description)))
                    return { kind: 'not-tagged', description: errors.map((e) => e.description).join('\n') };
                // The session's token changed (a new session cookie): once more with a fresh token.
                if (attempt === 1 &&
                    errors.some((e) => e.name === 'csrf_token' && CSRF_MISMATCH.test(e.description))) {
                    this.csrfToken = undefined;
                    continue;
                }
            }
            throw failure(action, response, 'save');
        }
    }
    async csrf(action) {
        if (this.csrfToken)
            return this.csrfToken;
        const response = await this.send(action, {
            method: 'GET',
            url: `${this.url}/csrf`,
            headers: { accept: 'application/json', ...this.cookieHeader() },
        });
        if (response.status !== 200)
            throw failure(`${action} (GET ${this.url}/csrf)`, response, 'csrf');
        this.keepCookies(response);
        const token = parseJson(action, response).csrf_token;
        if (typeof token !== 'string' || token === '')
            throw new BodhiError(`Could not ${action}: GET ${this.url}/csrf answered no csrf_token; check the Bodhi URL`);
        (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(token);
        this.csrfToken = token;
        return token;
    }
    async send(action, request, ambiguous = false) {
        try {
            return await this.http.request(request);
        }
        catch (error) {
            if (!(error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j))
                throw error;
            throw new BodhiError(`Could not ${action}: ${error.message}. Bodhi may be down or unreachable` +
                (ambiguous
                    ? '; the update may or may not have been made: the next run looks for it and retries'
                    : '; the next run retries'));
        }
    }
    cookieHeader() {
        if (this.cookies.size === 0)
            return {};
        return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
    }
    keepCookies(response) {
        for (const { name, value, expired } of parseSetCookie(response.headers['set-cookie'])) {
            if (expired) {
                this.cookies.delete(name);
                continue;
            }
            (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(value);
            this.cookies.set(name, value);
        }
    }
}
/** The form bodhi-client sends for save(**kwargs): requests' encoding of a dict of str/list/bool/int. */
function encodeUpdate(update, csrfToken) {
    const form = {};
    for (const [key, value] of Object.entries(update.extra ?? {})) {
        if (RESERVED.has(key) || (key === 'severity' && update.severity !== undefined))
            continue;
        // requests: str(True) == "True" (colander's Boolean reads anything but false/0 as true).
        form[key] = Array.isArray(value)
            ? value.map(String)
            : typeof value === 'boolean'
                ? value
                    ? 'True'
                    : 'False'
                : String(value);
    }
    // requests drops an empty list altogether: no builds field makes Bodhi take the side tag's builds.
    if (update.builds.length)
        form.builds = [...update.builds];
    if (update.from_tag !== undefined)
        form.from_tag = update.from_tag;
    form.type = update.type;
    if (update.severity !== undefined)
        form.severity = update.severity;
    form.notes = update.notes;
    if (update.bugs.length)
        form.bugs = update.bugs.map(String);
    form.csrf_token = csrfToken;
    return form;
}
function created(action, response, client) {
    const body = parseJson(action, response);
    const caveats = Array.isArray(body.caveats)
        ? body.caveats.map((c) => {
            const cav = (c ?? {});
            return { name: String(cav.name ?? ''), description: String(cav.description ?? '') };
        })
        : [];
    if (Array.isArray(body.updates)) {
        const updates = body.updates.map((u) => toUpdate(u, client));
        if (updates.length === 0)
            throw new BodhiError(`Could not ${action}: Bodhi answered an empty list of updates`, {
                status: response.status,
            });
        return { kind: 'created', update: updates[0], caveats, updates };
    }
    return { kind: 'created', update: toUpdate(body, client), caveats };
}
function toUpdate(raw, client) {
    const u = (raw ?? {});
    const alias = typeof u.alias === 'string' ? u.alias : '';
    if (!alias)
        throw new BodhiError(`Bodhi at ${client.url} answered an update without an alias; check the Bodhi URL`);
    const builds = Array.isArray(u.builds)
        ? u.builds
            .map((b) => b?.nvr)
            .filter((nvr) => typeof nvr === 'string')
            .map((nvr) => ({ nvr }))
        : [];
    const update = {
        alias,
        url: typeof u.url === 'string' && u.url ? u.url : client.updateUrl(alias),
        status: typeof u.status === 'string' ? u.status : 'unknown',
        builds,
    };
    if (typeof u.title === 'string')
        update.title = u.title;
    const release = u.release;
    if (release && typeof release.name === 'string') {
        update.release = { name: release.name };
        if (typeof release.branch === 'string')
            update.release.branch = release.branch;
    }
    return update;
}
function parseJson(action, response) {
    try {
        const value = JSON.parse(response.text);
        if (value && typeof value === 'object')
            return value;
    }
    catch {
        // below
    }
    throw new BodhiError(`Could not ${action}: Bodhi answered HTTP ${response.status} with something that is not JSON (${excerpt(response.text)}); check the Bodhi URL`, { status: response.status });
}
/** Cornice's `{"status": "error", "errors": [{location, name, description}]}`, if that is the answer. */
function cornice(response) {
    let body;
    try {
        body = JSON.parse(response.text);
    }
    catch {
        return undefined;
    }
    const errors = body?.errors;
    if (!Array.isArray(errors))
        return undefined;
    return errors.map((e) => {
        const err = (e ?? {});
        return {
            location: String(err.location ?? ''),
            name: String(err.name ?? ''),
            description: String(err.description ?? ''),
        };
    });
}
function describeErrors(response) {
    const errors = cornice(response);
    if (errors?.length)
        return errors
            .map((e) => (e.name && e.name !== 'builds' ? `${e.name}: ${e.description}` : e.description))
            .join('; ');
    return excerpt(response.text);
}
function failure(action, response, step) {
    const status = response.status;
    const errors = cornice(response);
    const said = describeErrors(response);
    const answer = `Bodhi answered HTTP ${status}${said ? `: ${said}` : ''}`;
    let fix;
    if (status >= 500 || status === 429)
        fix =
            step === 'save'
                ? 'Bodhi may be down; the update may or may not have been made: the next run looks for it and retries if it is missing'
                : 'Bodhi may be down; the next run retries';
    else if (status === 401)
        fix = 'the Bodhi session is not valid (expired or never made): log in again';
    else if (status === 403)
        fix =
            step === 'save'
                ? 'the Bodhi session is not logged in, or its account may not create this update: ' +
                    'check the login and that the account is a packager with commit access to the package'
                : 'Bodhi refused the request for this account: check the login';
    else if (status === 404)
        fix = 'check the Bodhi URL (e.g. https://bodhi.fedoraproject.org)';
    else if (step === 'save')
        fix = 'fix the update fields Bodhi names above (notes, type, severity, bugs, bodhi extra parameters)';
    else
        fix = 'check the Bodhi URL';
    return new BodhiError(`Could not ${action}: ${answer}; ${fix}`, { status, errors });
}
function excerpt(text) {
    return text
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200);
}
/**
 * Set-Cookie headers, which the HTTP client joins with ", " (cookie dates hold commas too, so
 * split only where a new `name=` starts).
 */
function parseSetCookie(header) {
    if (!header)
        return [];
    const out = [];
    for (const one of header.split(/,\s*(?=[!#$%&'*+.^`|~\w-]+=)/)) {
        const [pair, ...attributes] = one.split(';');
        const eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const maxAge = attributes.map((a) => a.trim()).find((a) => /^max-age=/i.test(a));
        const expired = value === '' || value === '""' || (maxAge !== undefined && Number(maxAge.slice(8)) <= 0);
        out.push({ name, value, expired });
    }
    return out;
}


/***/ }),

/***/ 92099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ TASK_STATES),
/* harmony export */   GZ: () => (/* binding */ KOJI_FAULTS),
/* harmony export */   Rd: () => (/* binding */ buildStateName),
/* harmony export */   eG: () => (/* binding */ isTaskDone),
/* harmony export */   u0: () => (/* binding */ KojiError),
/* harmony export */   z$: () => (/* binding */ KojiClient)
/* harmony export */ });
/* unused harmony exports BUILD_STATES, taskStateName */
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89224);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2508);
/* harmony import */ var _xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52904);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77720);
/**
 * Koji hub client over XML-RPC (reference §5): anonymous reads, GSSAPI login through
 * `sslLogin` at `<hub>/ssllogin`, header-based sessions with a monotonic call number, and a
 * `build` submission that is never sent twice blindly.
 *
 * Retry policy. Reads are idempotent: the HTTP layer retries them on 5xx and network errors.
 * `build` is sent once. After an ambiguous failure (no answer, a 5xx, or an answer that is not
 * XML-RPC, all after the request went out) the client first looks for the task among the
 * user's recent `build` tasks with the same source and target (`listTasks`); only when there is
 * none does it resend the *identical* request, same `Koji-Session-Callnum` included. Koji's hub
 * stores a session's call number together with the call's own commit and answers a repeated
 * number of a committed call with RetryError (1009) instead of running it again
 * (kojihub/auth.py), so the resend either runs the build for the first time or is refused;
 * after a refusal the client looks once more, and if the task still cannot be found it fails
 * with "may have been submitted: check <task list URL>". A fault is always definitive: the hub
 * answered, nothing is retried except once after re-login on AuthExpired/AuthError, which the
 * hub raises before running the method.
 */




/** koji.BUILD_STATES */
const BUILD_STATES = { BUILDING: 0, COMPLETE: 1, DELETED: 2, FAILED: 3, CANCELED: 4 };
/** koji.TASK_STATES; terminal: CLOSED (success), CANCELED, FAILED. */
const TASK_STATES = { FREE: 0, OPEN: 1, CLOSED: 2, CANCELED: 3, ASSIGNED: 4, FAILED: 5 };
function buildStateName(state) {
    return Object.keys(BUILD_STATES).find((name) => BUILD_STATES[name] === state);
}
function taskStateName(state) {
    return Object.keys(TASK_STATES).find((name) => TASK_STATES[name] === state);
}
function isTaskDone(state) {
    return state === TASK_STATES.CLOSED || state === TASK_STATES.CANCELED || state === TASK_STATES.FAILED;
}
/** Koji's fault codes srcgit reacts to (koji/__init__.py exception classes). */
const KOJI_FAULTS = {
    GenericError: 1000,
    LockError: 1001,
    AuthError: 1002,
    TagError: 1003,
    ActionNotAllowed: 1004,
    BuildError: 1005,
    AuthLockError: 1006,
    AuthExpired: 1007,
    SequenceError: 1008,
    RetryError: 1009,
    ServerOffline: 1014,
    ParameterError: 1019,
    GSSAPIAuthError: 1023,
};
class KojiError extends Error {
    faultCode;
    faultString;
    status;
    constructor(message, 
    /** Koji's faultCode; undefined when the hub gave no fault (network, HTTP, not XML-RPC). */
    faultCode, 
    /** The hub's own faultString. */
    faultString, 
    /** HTTP status when the failure was an HTTP answer that is not XML-RPC. */
    status) {
        super((0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message));
        this.faultCode = faultCode;
        this.faultString = faultString;
        this.status = status;
        this.name = 'KojiError';
    }
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .registerUserError */ .X)(KojiError);
/** How far back (s) listTasks looks for a build task this client may have submitted. */
const LOOKBACK_SLACK_S = 600;
class KojiClient {
    hubUrl;
    webUrl;
    http;
    session;
    callnum = 0;
    /** How to log in again after AuthExpired (the login last made). */
    renew;
    constructor(opts) {
        this.hubUrl = opts.hubUrl.replace(/\/+$/, '');
        this.webUrl = (opts.webUrl ?? this.hubUrl.replace(/\/kojihub$/, '/koji')).replace(/\/+$/, '');
        this.http = opts.http;
    }
    /** The web page of a task. */
    taskUrl(taskId) {
        return `${this.webUrl}/taskinfo?taskID=${taskId}`;
    }
    /** The web page of a build. */
    buildUrl(buildId) {
        return `${this.webUrl}/buildinfo?buildID=${buildId}`;
    }
    /** The web list of a user's build tasks. */
    tasksUrl(owner) {
        return `${this.webUrl}/tasks?${owner ? `owner=${encodeURIComponent(owner)}&` : ''}method=build&state=all`;
    }
    get loggedIn() {
        return this.session !== undefined;
    }
    /** The logged-in user (read at login). */
    get user() {
        return this.session?.user;
    }
    // --- reads -------------------------------------------------------------------------------
    /** The build with this NVR or id; null when Koji has none. */
    async getBuild(nvrOrId) {
        const value = await this.call('getBuild', [nvrOrId], undefined, {
            action: `read build ${nvrOrId}`,
            idempotent: true,
        });
        if (value === null)
            return null;
        return asRecord(value, `getBuild(${nvrOrId})`, this.hubUrl);
    }
    /**
     * Builds matching the filter; `source` and `pattern` are globs Koji matches case-insensitively
     * (`source`: the build's SCM URL, e.g. `git+https://src.fedoraproject.org/rpms/hello.git#<sha>`),
     * `queryOpts` e.g. `{ order: '-build_id', limit: 20 }` (newest first).
     */
    async listBuilds(filter = {}) {
        const value = await this.call('listBuilds', [], { ...filter }, {
            action: 'list builds',
            idempotent: true,
        });
        return asList(value, 'listBuilds', this.hubUrl);
    }
    /** The target; a missing target is an error (strict). */
    async getBuildTarget(name) {
        const value = await this.call('getBuildTarget', [name], { strict: true }, { action: `read build target ${name}`, idempotent: true });
        return asRecord(value, `getBuildTarget(${name})`, this.hubUrl);
    }
    /**
     * COMPLETE builds tagged into `tag`, most recently tagged first; with `inherit` the tags it
     * inherits from follow, in inheritance order; `latest`: the first build of each package only.
     * A missing tag is a GenericError unless `strict` is false (then []). `extra`: each build's
     * `extra` too (readTaggedBuilds leaves it out by default).
     */
    async listTagged(tag, opts = {}) {
        const value = await this.call('listTagged', [tag], { ...opts }, { action: `list the builds tagged ${tag}`, idempotent: true });
        return asList(value, `listTagged(${tag})`, this.hubUrl);
    }
    /**
     * The latest build of `pkg` in `tag` or the tags it inherits from:
     * `listTagged(tag, package=pkg, inherit=True, latest=True, strict=True)[0]`, as Packit's
     * KojiHelper.get_latest_build_in_tag. "Latest" is Koji's: the most recently tagged build of
     * the first tag in the inheritance order that has one, not the highest NVR. Undefined when
     * there is none; a missing tag is a GenericError.
     */
    async latestTagged(tag, pkg) {
        const builds = await this.listTagged(tag, { package: pkg, inherit: true, latest: true, strict: true });
        return builds[0];
    }
    /**
     * The tags a build (NVR or id) is currently tagged into: `listTags(build=)`, each with `id`,
     * `name`, `arches`, `locked`, `perm_id`, `perm`, ... Koji's query has no ORDER BY, so the
     * order is the database's. An unknown build is a GenericError ("No such build: <build>").
     */
    async listTags(build) {
        const value = await this.call('listTags', [], { build }, { action: `list the tags of build ${build}`, idempotent: true });
        return asList(value, `listTags(build=${build})`, this.hubUrl, (t) => typeof t.name === 'string' && typeof t.id === 'number');
    }
    /**
     * The tag's full inheritance, nearest first, each parent once (readFullInheritance): links
     * with the parent's `name` and `parent_id`, `child_id`, `priority`, `maxdepth`,
     * `intransitive`, `noconfig`, `pkg_filter`, `currdepth`, ... The tag itself is not in the
     * list. An unknown tag is a GenericError ("No such entry in table tag: <tag>").
     */
    async getFullInheritance(tag) {
        const value = await this.call('getFullInheritance', [tag], undefined, {
            action: `read the inheritance of tag ${tag}`,
            idempotent: true,
        });
        return asList(value, `getFullInheritance(${tag})`, this.hubUrl, (l) => typeof l.name === 'string' && typeof l.parent_id === 'number');
    }
    /**
     * Header fields of one rpm, e.g. `{ rpmID: '<nvr>.src', headers: ['changelogtime', ...],
     * strict: true }`: a map from each requested name, as spelled, to rpm's value (array tags such
     * as changelogtime come as lists, also with one entry or none). A header rpm does not know is
     * a GenericError whatever `strict` says; an unknown, external or deleted rpm, or one whose file
     * is missing, is a GenericError with `strict`, else `{}`.
     */
    async getRPMHeaders(opts) {
        const value = await this.call('getRPMHeaders', [], { rpmID: opts.rpmID, headers: opts.headers, strict: opts.strict }, { action: `read the headers of rpm ${opts.rpmID}`, idempotent: true });
        return asRecord(value, `getRPMHeaders(${opts.rpmID})`, this.hubUrl);
    }
    /** The task; null when there is none. */
    async getTaskInfo(taskId, opts = {}) {
        const value = await this.call('getTaskInfo', [taskId], opts.request ? { request: true } : undefined, {
            action: `read task ${taskId}`,
            idempotent: true,
        });
        if (value === null)
            return null;
        return asRecord(value, `getTaskInfo(${taskId})`, this.hubUrl);
    }
    /** The task's result; a failed task's fault is thrown as a KojiError. */
    getTaskResult(taskId) {
        return this.call('getTaskResult', [taskId], undefined, {
            action: `read the result of task ${taskId} (${this.taskUrl(taskId)})`,
            idempotent: true,
        });
    }
    /** The package's id; null when Koji does not know the package. */
    async getPackageID(name) {
        const value = await this.call('getPackageID', [name], undefined, {
            action: `look up package ${name}`,
            idempotent: true,
        });
        if (value === null || typeof value === 'number')
            return value;
        throw this.notKoji(`getPackageID(${name}) answered ${describe(value)}`, 'look up package ' + name);
    }
    async listTasks(opts, queryOpts) {
        const value = await this.call('listTasks', [opts, queryOpts ?? null], undefined, {
            action: 'list tasks',
            idempotent: true,
        });
        return asList(value, 'listTasks', this.hubUrl);
    }
    /**
     * The tag (getTag, strict=False): its `extra` holds the side-tag plugin's `sidetag`,
     * `sidetag_user`, `sidetag_user_id`; null when Koji has no such tag.
     */
    async getTag(name) {
        const value = await this.call('getTag', [name], undefined, {
            action: `read tag ${name}`,
            idempotent: true,
        });
        if (value === null)
            return null;
        return asRecord(value, `getTag(${name})`, this.hubUrl);
    }
    // --- side tags (hub plugin sidetag_hub.py) ------------------------------------------------
    /**
     * listSideTags(basetag=, user=): the side tags whose parent is `basetag`, of `user` (a name or
     * id), each `{id, name, user_id, user_name}`. An unknown base tag or user is a GenericError;
     * a hub without the plugin answers "Invalid method: listSideTags".
     */
    async listSideTags(filter = {}) {
        const value = await this.call('listSideTags', [], { ...filter }, {
            action: `list the side tags${filter.basetag ? ` of ${filter.basetag}` : ''}`,
            idempotent: true,
        });
        return asList(value, 'listSideTags', this.hubUrl, (t) => typeof t.name === 'string' && typeof t.id === 'number');
    }
    /**
     * createSideTag(basetag): a new side tag `<basetag>-side-<id>` (Fedora's name template) with
     * a build target of the same name whose build and destination tag is the side tag. Needs
     * login; the hub's `sidetag` policy may refuse it (ActionNotAllowed), e.g. too many side tags.
     * Not idempotent: sent once, never resent.
     */
    async createSideTag(basetag) {
        const action = `create a side tag of ${basetag}`;
        const value = await this.call('createSideTag', [basetag], undefined, { action, login: true });
        if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__/* .isStruct */ .EJ)(value) || typeof value.name !== 'string' || typeof value.id !== 'number')
            throw this.notKoji(`createSideTag answered ${describe(value)}`, action);
        return value;
    }
    /** removeSideTag(sidetag): the side tag and its target go; only its owner (or an admin) may. */
    async removeSideTag(sidetag) {
        await this.call('removeSideTag', [sidetag], undefined, {
            action: `remove the side tag ${sidetag}`,
            login: true,
        });
    }
    // --- login -------------------------------------------------------------------------------
    /**
     * GSSAPI login: `sslLogin` at `<hub>/ssllogin` with `Authorization: Negotiate <token>` from
     * `negotiate` (a fresh SPNEGO token each time; kept for re-login), then reads the user.
     */
    async login(negotiate) {
        this.renew = () => this.login(negotiate);
        this.session = undefined;
        const action = `log in to the Koji hub ${this.hubUrl}`;
        let token;
        try {
            token = await negotiate();
        }
        catch (error) {
            throw new KojiError(`Could not ${action}: no Kerberos (SPNEGO) token: ${error instanceof Error ? error.message : String(error)}; ` +
                'check that kinit with the keytab secret succeeded and that the ticket is for the right principal');
        }
        (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(token);
        const body = (0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeMethodCall */ .WX)('sslLogin', []);
        const response = await this.send({ url: `${this.hubUrl}/ssllogin`, headers: { authorization: `Negotiate ${token}` }, body }, { action, idempotent: false });
        if (response.status === 401 || response.status === 403)
            throw new KojiError(`Could not ${action}: ${this.hubUrl}/ssllogin refused the Kerberos ticket (HTTP ${response.status}); ` +
                'check the keytab secret and its principal (kinit -k -t <keytab> <user>@FEDORAPROJECT.ORG), that the ticket ' +
                'has not expired, and that the principal belongs to a Koji user', undefined, undefined, response.status);
        const value = this.answer(response, { action });
        if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__/* .isStruct */ .EJ)(value) || value['session-id'] == null || typeof value['session-key'] !== 'string')
            throw this.notKoji(`sslLogin answered ${describe(value)}`, action);
        return this.startSession({ id: String(value['session-id']), key: value['session-key'] });
    }
    /**
     * Login with a session obtained elsewhere, e.g. sslLogin through `curl --negotiate`
     * (src/builds/koji-login.ts). `getSession` runs again, whole, for each re-login after
     * AuthExpired; its errors pass through unchanged.
     */
    async loginWith(getSession) {
        this.renew = () => this.loginWith(getSession);
        this.session = undefined;
        const { id, key } = await getSession();
        return this.startSession({ id: String(id), key });
    }
    /** Takes the session and reads its user. */
    async startSession(session) {
        (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(session.key);
        this.session = session;
        this.callnum = 0;
        const user = await this.call('getLoggedInUser', [], undefined, { action: 'read the logged-in Koji user', idempotent: true, login: true }, false);
        if (user !== null)
            session.user = asRecord(user, 'getLoggedInUser', this.hubUrl);
        return session.user ?? { id: 0, name: '?' };
    }
    // --- build -------------------------------------------------------------------------------
    /**
     * Submits `build(src, target, opts)`; returns the task id. Needs login. See the retry policy
     * at the top of this file: after an ambiguous failure the submitted task is looked for before
     * one identical resend.
     */
    async build(src, target, opts) {
        const action = `submit a Koji build of ${src} for target ${target}`;
        const call = { action, login: true, idempotent: false };
        const params = [src, target];
        if (opts && Object.values(opts).some((v) => v !== undefined))
            params.push(opts);
        const since = Date.now() / 1000 - LOOKBACK_SLACK_S;
        // Once, with re-login on an expired session (the hub refuses those before running build).
        let prepared = this.prepare('build', params, undefined, call);
        let first = await this.sendOnce(prepared, call);
        if (!(first instanceof Ambiguous) && isReloginFault(first.value)) {
            await this.relogin(action);
            prepared = this.prepare('build', params, undefined, call);
            first = await this.sendOnce(prepared, call);
        }
        if (!(first instanceof Ambiguous))
            return this.taskIdFrom(first.response, call);
        const found = await this.findSubmitted(src, target, since);
        if (found !== undefined)
            return found;
        const second = await this.sendOnce(prepared, call);
        if (!(second instanceof Ambiguous)) {
            const fault = second.value;
            if (!isFaultResponse(fault) || fault.faultCode !== KOJI_FAULTS.RetryError)
                return this.taskIdFrom(second.response, call);
            const later = await this.findSubmitted(src, target, since);
            if (later !== undefined)
                return later;
        }
        const cause = second instanceof Ambiguous ? second.reason : first.reason;
        throw new KojiError(`Could not ${action}: ${cause}; the build may have been submitted: check ${this.tasksUrl(this.session?.user?.name)} ` +
            'before building again (a second build of the same NVR fails with "Build already exists")');
    }
    // --- plumbing ----------------------------------------------------------------------------
    /** One call: fault → KojiError, with one re-login on AuthExpired/AuthError when logged in. */
    async call(method, args, kwargs, opts, mayRelogin = true) {
        const response = await this.send(this.prepare(method, args, kwargs, opts), opts);
        const parsed = this.parse(response, opts);
        if (isFaultResponse(parsed)) {
            if (mayRelogin && isReloginFault(parsed) && this.session && this.renew) {
                await this.relogin(opts.action);
                return this.answer(await this.send(this.prepare(method, args, kwargs, opts), opts), opts);
            }
            throw this.faultError(parsed, opts);
        }
        return parsed.value;
    }
    async relogin(action) {
        if (!this.renew)
            throw new KojiError(`Could not ${action}: the Koji session expired and there is no login to renew it`);
        await this.renew();
    }
    prepare(method, args, kwargs, opts) {
        if (opts.login && !this.session)
            throw new KojiError(`Could not ${opts.action}: this needs a Koji login (GSSAPI) and none was made; log in first`);
        const headers = { 'content-type': 'text/xml' };
        if (this.session) {
            headers['koji-session-id'] = this.session.id;
            headers['koji-session-key'] = this.session.key;
            headers['koji-session-callnum'] = String(this.callnum++);
        }
        return { url: this.hubUrl, headers, body: (0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeMethodCall */ .WX)(method, (0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeArgs */ .KB)(args, kwargs)) };
    }
    async send(prepared, opts) {
        try {
            return await this.http.request({
                method: 'POST',
                url: prepared.url,
                headers: prepared.headers,
                body: prepared.body,
                idempotent: opts.idempotent ?? false,
            });
        }
        catch (error) {
            if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j)
                throw new KojiError(`Could not ${opts.action}: the Koji hub ${this.hubUrl} did not answer (${error.message}); ` +
                    'check the hub URL (--koji-url / koji-url) or try again later');
            throw error;
        }
    }
    /** One send of a non-idempotent call; an answer that proves nothing comes back as Ambiguous. */
    async sendOnce(prepared, opts) {
        let response;
        try {
            response = await this.send(prepared, opts);
        }
        catch (error) {
            if (error instanceof KojiError)
                return new Ambiguous(error.message.replace(`Could not ${opts.action}: `, ''));
            throw error;
        }
        if (response.status >= 500)
            return new Ambiguous(`the hub answered HTTP ${response.status}`);
        try {
            return { response, value: this.parse(response, opts) };
        }
        catch (error) {
            if (response.status === 200 && error instanceof KojiError)
                return new Ambiguous(`the answer was not XML-RPC`);
            throw error;
        }
    }
    taskIdFrom(response, opts) {
        const value = this.answer(response, opts);
        if (typeof value !== 'number' || !Number.isInteger(value))
            throw this.notKoji(`build answered ${describe(value)}`, opts.action);
        return value;
    }
    /** The newest `build` task of the logged-in user for exactly this source and target, created after `since`. */
    async findSubmitted(src, target, since) {
        const owner = this.session?.user?.id;
        if (owner === undefined)
            return undefined;
        try {
            const tasks = await this.listTasks({ method: 'build', owner, createdAfter: since, decode: true }, { order: '-id', limit: 50 });
            return tasks.find((t) => Array.isArray(t.request) && t.request[0] === src && t.request[1] === target)
                ?.id;
        }
        catch {
            return undefined;
        }
    }
    parse(response, opts) {
        if (response.status !== 200) {
            // An HTML error page (a proxy's) as its text.
            const excerpt = response.text
                .replace(/<(script|style)[^]*?<\/\1>/gi, ' ')
                .replace(/<[^>]*>/g, ' ')
                .trim()
                .replace(/\s+/g, ' ')
                .slice(0, 200);
            const hint = response.status >= 500
                ? 'the Koji hub may be having trouble, try again later'
                : `check that ${this.hubUrl} is a Koji hub URL (e.g. https://koji.fedoraproject.org/kojihub)`;
            throw new KojiError(`Could not ${opts.action}: ${response.url} answered HTTP ${response.status}${excerpt ? ` (${excerpt})` : ''}; ${hint}`, undefined, undefined, response.status);
        }
        try {
            const decoded = (0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeMethodResponse */ .NE)(response.text);
            return decoded.ok
                ? { value: decoded.value }
                : { faultCode: decoded.faultCode, faultString: decoded.faultString };
        }
        catch (error) {
            if (error instanceof _xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__/* .XmlRpcError */ .rB)
                throw this.notKoji(error.message, opts.action);
            throw error;
        }
    }
    answer(response, opts) {
        const parsed = this.parse(response, opts);
        if (isFaultResponse(parsed))
            throw this.faultError(parsed, opts);
        return parsed.value;
    }
    notKoji(what, action) {
        return new KojiError(`Could not ${action}: ${this.hubUrl} did not answer as a Koji hub (${what}); check that the hub URL is right ` +
            '(e.g. https://koji.fedoraproject.org/kojihub)');
    }
    /** A KojiError that says what failed and how to fix it. */
    faultError(fault, opts) {
        const { faultCode, faultString } = fault;
        const user = this.session?.user?.name;
        let explanation;
        switch (faultCode) {
            case KOJI_FAULTS.AuthError:
            case KOJI_FAULTS.GSSAPIAuthError:
                explanation =
                    `Koji refused the login (${faultString}); check the keytab secret and its principal ` +
                        '(kinit -k -t <keytab> <user>@FEDORAPROJECT.ORG) and that the principal belongs to a Koji user';
                break;
            case KOJI_FAULTS.AuthExpired:
                explanation = `the Koji session expired and logging in again did not help (${faultString}); check the keytab secret`;
                break;
            case KOJI_FAULTS.ActionNotAllowed:
                explanation = `the Koji account${user ? ` ${user}` : ''} lacks the permission (${faultString}); ask the Koji admins or use an account that may do this`;
                break;
            case KOJI_FAULTS.ParameterError:
                explanation = `Koji rejected the arguments (${faultString}); this is a bug in srcgit, please report it`;
                break;
            case KOJI_FAULTS.ServerOffline:
                explanation = `the Koji hub is offline (${faultString}); try again later`;
                break;
            default:
                if (/Build already exists|already exists/.test(faultString) && faultCode <= KOJI_FAULTS.BuildError)
                    explanation = `the NVR is already built (${faultString})`;
                else if (/^No such build target: /.test(faultString))
                    explanation = `${faultString}; check the dist-git branch's Koji target (koji list-targets)`;
                else
                    explanation = faultString;
        }
        const name = Object.keys(KOJI_FAULTS).find((k) => KOJI_FAULTS[k] === faultCode);
        return new KojiError(`Could not ${opts.action}: ${explanation} [Koji fault ${faultCode}${name ? ` ${name}` : ''}]`, faultCode, faultString);
    }
}
function isFaultResponse(answer) {
    return 'faultCode' in answer;
}
/**
 * Faults a fresh login may cure, all raised before the method runs: AuthExpired, AuthError
 * (Packit reopens the session on it), and the one ActionNotAllowed that means "no session"
 * (Packit re-logs in on ActionNotAllowed; any other is a real permission problem, not retried).
 */
function isReloginFault(answer) {
    if (!isFaultResponse(answer))
        return false;
    return (answer.faultCode === KOJI_FAULTS.AuthExpired ||
        answer.faultCode === KOJI_FAULTS.AuthError ||
        (answer.faultCode === KOJI_FAULTS.ActionNotAllowed && /must be logged in/.test(answer.faultString)));
}
/** A failure after which the call may or may not have run. */
class Ambiguous {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
function describe(value) {
    if (value === null)
        return 'nil';
    if (Array.isArray(value))
        return 'an array';
    if ((0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__/* .isStruct */ .EJ)(value))
        return 'a struct';
    return `${typeof value} ${JSON.stringify(String(value)).slice(0, 60)}`;
}
function asRecord(value, what, hub) {
    if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__/* .isStruct */ .EJ)(value))
        throw new KojiError(`${hub} did not answer as a Koji hub (${what} answered ${describe(value)}); check the hub URL`);
    return value;
}
function asList(value, what, hub, shaped = () => true) {
    if (!Array.isArray(value) || !value.every((item) => (0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_2__/* .isStruct */ .EJ)(item) && shaped(item)))
        throw new KojiError(`${hub} did not answer as a Koji hub (${what} answered ${describe(value)}, not a list of the structs Koji answers); check the hub URL`);
    return value;
}


/***/ }),

/***/ 52904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ isStruct),
/* harmony export */   KB: () => (/* binding */ encodeArgs),
/* harmony export */   NE: () => (/* binding */ decodeMethodResponse),
/* harmony export */   WX: () => (/* binding */ encodeMethodCall),
/* harmony export */   rB: () => (/* binding */ XmlRpcError)
/* harmony export */ });
/* unused harmony exports encodeMethodResponse, encodeFault, decodeMethodCall, decodeArgs */
/**
 * XML-RPC as Koji speaks it (pure): encode a methodCall, decode a methodResponse, strictly.
 * Koji's dialect: `<nil/>` for None (allow_none), `<i8>` for integers beyond 32 bits (its
 * ExtendedMarshaller), keyword arguments as a trailing struct with `__starstar: true`
 * (`koji.encode_args`). Anything that is not exactly this shape is an XmlRpcError that says
 * what was wrong and where in the document.
 */
class XmlRpcError extends Error {
    constructor(message) {
        super(message);
        this.name = 'XmlRpcError';
    }
}
const I4_MIN = -(2 ** 31);
const I4_MAX = 2 ** 31 - 1;
const I8_MIN = -(2n ** 63n);
const I8_MAX = 2n ** 63n - 1n;
/** Koji's encode_args: keyword arguments become a trailing struct marked `__starstar`. */
function encodeArgs(args, kwargs) {
    const present = Object.entries(kwargs ?? {}).filter(([, value]) => value !== undefined);
    if (present.length === 0)
        return args;
    return [...args, { ...Object.fromEntries(present), __starstar: true }];
}
/** The XML of a methodCall (as Python's xmlrpc.client.dumps(params, name, allow_none=True)). */
function encodeMethodCall(method, params) {
    if (!/^[A-Za-z0-9_.:/]+$/.test(method))
        throw new XmlRpcError(`Invalid XML-RPC method name ${JSON.stringify(method)}: use letters, digits, _ . : /`);
    const body = params.map((param, i) => `<param>\n${encodeValue(param, `param ${i + 1}`)}</param>\n`).join('');
    return `<?xml version='1.0'?>\n<methodCall>\n<methodName>${method}</methodName>\n<params>\n${body}</params>\n</methodCall>\n`;
}
/** The XML of a methodResponse with one value (what a server sends; used by the test hub). */
function encodeMethodResponse(value) {
    return `<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n${encodeValue(value, 'the result')}</param>\n</params>\n</methodResponse>\n`;
}
/** The XML of a fault methodResponse. */
function encodeFault(fault) {
    const struct = encodeValue({ faultCode: fault.faultCode, faultString: fault.faultString }, 'the fault');
    return `<?xml version='1.0'?>\n<methodResponse>\n<fault>\n${struct}</fault>\n</methodResponse>\n`;
}
function encodeValue(value, where) {
    return `<value>${encodeInner(value, where)}</value>\n`;
}
function encodeInner(value, where) {
    if (value === null)
        return '<nil/>';
    switch (typeof value) {
        case 'boolean':
            return `<boolean>${value ? 1 : 0}</boolean>`;
        case 'string':
            return `<string>${escapeText(value, where)}</string>`;
        case 'bigint':
            if (value < I8_MIN || value > I8_MAX)
                throw new XmlRpcError(`Cannot encode ${where}: ${value} does not fit in 64 bits`);
            return value >= I4_MIN && value <= I4_MAX ? `<int>${value}</int>` : `<i8>${value}</i8>`;
        case 'number':
            if (!Number.isFinite(value))
                throw new XmlRpcError(`Cannot encode ${where}: ${value} is not a finite number`);
            if (Number.isInteger(value)) {
                if (value >= I4_MIN && value <= I4_MAX)
                    return `<int>${value}</int>`;
                if (Number.isSafeInteger(value))
                    return `<i8>${value}</i8>`;
                throw new XmlRpcError(`Cannot encode ${where}: ${value} is beyond the exact integer range; pass a bigint`);
            }
            return `<double>${value}</double>`;
        case 'object':
            break;
        default:
            throw new XmlRpcError(`Cannot encode ${where}: a ${typeof value} has no XML-RPC form`);
    }
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            throw new XmlRpcError(`Cannot encode ${where}: invalid date`);
        const iso = value.toISOString();
        return `<dateTime.iso8601>${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 19)}</dateTime.iso8601>`;
    }
    if (value instanceof Uint8Array)
        return `<base64>\n${Buffer.from(value).toString('base64')}\n</base64>`;
    if (Array.isArray(value))
        return `<array><data>\n${value.map((item, i) => encodeValue(item, `${where}[${i}]`)).join('')}</data></array>`;
    const members = Object.entries(value)
        .filter(([, member]) => member !== undefined)
        .map(([name, member]) => `<member>\n<name>${escapeText(name, `${where} member name`)}</name>\n${encodeValue(member, `${where}.${name}`)}</member>\n`);
    return `<struct>\n${members.join('')}</struct>`;
}
/** Characters XML 1.0 cannot carry at all, even escaped. */
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
function escapeText(text, where) {
    const bad = INVALID_XML_CHARS.exec(text);
    if (bad)
        throw new XmlRpcError(`Cannot encode ${where}: it contains the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}, which XML cannot carry`);
    // \r would become \n in any XML parser; as a reference it survives.
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
/**
 * Decodes a methodResponse: its one param, or its fault. Throws XmlRpcError when the text is
 * not well-formed XML or not a methodResponse of the expected shape.
 */
function decodeMethodResponse(xml) {
    const root = parseXml(xml);
    if (root.name !== 'methodResponse')
        throw new XmlRpcError(`expected <methodResponse> at the root, found <${root.name}>`);
    const [inner] = elementsOf(root, 'methodResponse', 1);
    if (inner.name === 'fault') {
        const [value] = elementsOf(inner, 'methodResponse/fault', 1, 'value');
        const fault = decodeValue(value, 'methodResponse/fault/value');
        if (!isStruct(fault))
            throw new XmlRpcError('the fault is not a struct (methodResponse/fault/value)');
        const { faultCode, faultString } = fault;
        if (typeof faultCode !== 'number' || !Number.isInteger(faultCode))
            throw new XmlRpcError('the fault has no integer faultCode (methodResponse/fault/value)');
        if (typeof faultString !== 'string')
            throw new XmlRpcError('the fault has no string faultString (methodResponse/fault/value)');
        return { ok: false, faultCode, faultString };
    }
    if (inner.name !== 'params')
        throw new XmlRpcError(`expected <params> or <fault> in <methodResponse>, found <${inner.name}>`);
    const [param] = elementsOf(inner, 'methodResponse/params', 1, 'param');
    const [value] = elementsOf(param, 'methodResponse/params/param', 1, 'value');
    return { ok: true, value: decodeValue(value, 'methodResponse/params/param/value') };
}
/** Decodes a methodCall (what a server receives; used by the test hub). */
function decodeMethodCall(xml) {
    const root = parseXml(xml);
    if (root.name !== 'methodCall')
        throw new XmlRpcError(`expected <methodCall> at the root, found <${root.name}>`);
    const children = elementsOf(root, 'methodCall');
    if (children[0]?.name !== 'methodName')
        throw new XmlRpcError('<methodCall> does not start with <methodName>');
    const method = textOf(children[0], 'methodCall/methodName').trim();
    if (!method)
        throw new XmlRpcError('<methodName> is empty');
    if (children.length > 2 || (children[1] && children[1].name !== 'params'))
        throw new XmlRpcError('<methodCall> may hold only <methodName> and <params>');
    const params = children[1]
        ? elementsOf(children[1], 'methodCall/params', undefined, 'param').map((param, i) => {
            const [value] = elementsOf(param, `methodCall/params/param[${i}]`, 1, 'value');
            return decodeValue(value, `methodCall/params/param[${i}]/value`);
        })
        : [];
    return { method, params };
}
/** Koji's decode_args: the positional arguments and the `__starstar` keyword struct. */
function decodeArgs(params) {
    const last = params.at(-1);
    if (isStruct(last) && last.__starstar === true) {
        const { __starstar: _marker, ...kwargs } = last;
        return { args: params.slice(0, -1), kwargs };
    }
    return { args: params, kwargs: {} };
}
function isStruct(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof Date) &&
        !(value instanceof Uint8Array));
}
function decodeValue(value, where) {
    const elements = value.children.filter((c) => typeof c !== 'string');
    // A <value> without a type element is a string (whitespace included).
    if (elements.length === 0)
        return textOf(value, where);
    if (elements.length > 1)
        throw new XmlRpcError(`<value> holds more than one type element (${where})`);
    const typed = elements[0];
    if (value.children.some((c) => typeof c === 'string' && c.trim()))
        throw new XmlRpcError(`<value> mixes text with <${typed.name}> (${where})`);
    const at = `${where}/${typed.name}`;
    switch (typed.name) {
        case 'string':
            return textOf(typed, at);
        case 'int':
        case 'i4':
        case 'i8':
        case 'i1':
        case 'i2':
        case 'biginteger':
            return decodeInt(textOf(typed, at).trim(), at);
        case 'boolean': {
            const text = textOf(typed, at).trim();
            if (text === '1')
                return true;
            if (text === '0')
                return false;
            throw new XmlRpcError(`<boolean> must be 0 or 1, found ${JSON.stringify(text)} (${at})`);
        }
        case 'double':
        case 'float': {
            const text = textOf(typed, at).trim();
            if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|nan)$/i.test(text))
                throw new XmlRpcError(`<${typed.name}> is not a number: ${JSON.stringify(text)} (${at})`);
            const lower = text.toLowerCase();
            if (lower.endsWith('nan'))
                return Number.NaN;
            if (lower.endsWith('inf'))
                return lower.startsWith('-') ? -Infinity : Infinity;
            return Number(text);
        }
        case 'nil':
        case 'ex:nil':
            if (typed.children.length)
                throw new XmlRpcError(`<${typed.name}> must be empty (${at})`);
            return null;
        case 'dateTime.iso8601':
            return decodeDate(textOf(typed, at).trim(), at);
        case 'base64': {
            const text = textOf(typed, at).replace(/\s+/g, '');
            if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
                throw new XmlRpcError(`<base64> is not base64 (${at})`);
            return new Uint8Array(Buffer.from(text, 'base64'));
        }
        case 'array': {
            const [data] = elementsOf(typed, at, 1, 'data');
            return elementsOf(data, `${at}/data`, undefined, 'value').map((item, i) => decodeValue(item, `${at}/data/value[${i}]`));
        }
        case 'struct': {
            const out = {};
            elementsOf(typed, at, undefined, 'member').forEach((member, i) => {
                const where = `${at}/member[${i}]`;
                const parts = elementsOf(member, where);
                if (parts.length !== 2 || parts[0].name !== 'name' || parts[1].name !== 'value')
                    throw new XmlRpcError(`<member> must hold <name> then <value> (${where})`);
                const name = textOf(parts[0], `${where}/name`);
                Object.defineProperty(out, name, {
                    value: decodeValue(parts[1], `${where}/value`),
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            });
            return out;
        }
        default:
            throw new XmlRpcError(`unknown XML-RPC type <${typed.name}> (${where})`);
    }
}
function decodeInt(text, where) {
    if (!/^[+-]?\d+$/.test(text))
        throw new XmlRpcError(`not an integer: ${JSON.stringify(text)} (${where})`);
    const value = Number(text);
    if (!Number.isSafeInteger(value))
        throw new XmlRpcError(`the integer ${text} is beyond JavaScript's exact range (${where})`);
    return value;
}
/** `YYYYMMDDTHH:MM:SS` (also with dashes), read as UTC: XML-RPC carries no zone. */
function decodeDate(text, where) {
    const m = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
    const date = m
        ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : 'Z'}`)
        : undefined;
    if (!date || Number.isNaN(date.getTime()))
        throw new XmlRpcError(`not a dateTime.iso8601: ${JSON.stringify(text)} (${where})`);
    return date;
}
/** The element children of `el` (text between them must be blank), optionally checked. */
function elementsOf(el, where, count, name) {
    const out = [];
    for (const child of el.children) {
        if (typeof child === 'string') {
            if (child.trim())
                throw new XmlRpcError(`unexpected text ${JSON.stringify(child.trim().slice(0, 40))} in <${el.name}> (${where})`);
        }
        else
            out.push(child);
    }
    if (name) {
        const other = out.find((c) => c.name !== name);
        if (other)
            throw new XmlRpcError(`expected <${name}> in <${el.name}>, found <${other.name}> (${where})`);
    }
    if (count !== undefined && out.length !== count)
        throw new XmlRpcError(`<${el.name}> must hold exactly ${count} ${name ? `<${name}>` : 'element'}${count === 1 ? '' : 's'}, found ${out.length} (${where})`);
    return out;
}
function textOf(el, where) {
    const nested = el.children.find((c) => typeof c !== 'string');
    if (nested)
        throw new XmlRpcError(`<${el.name}> must hold text only, found <${nested.name}> (${where})`);
    return el.children.join('');
}
// ---------------------------------------------------------------------------------------------
// A strict parser for the XML subset XML-RPC uses: a declaration, comments, elements (attributes
// read and ignored), text, CDATA, entity and character references. No DTDs.
const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function parseXml(xml) {
    let pos = 0;
    const fail = (what) => {
        const line = xml.slice(0, pos).split('\n').length;
        throw new XmlRpcError(`not well-formed XML: ${what} (line ${line})`);
    };
    const skipMisc = () => {
        for (;;) {
            const ws = /\s*/y;
            ws.lastIndex = pos;
            ws.exec(xml);
            pos = ws.lastIndex;
            if (xml.startsWith('<!--', pos)) {
                const end = xml.indexOf('-->', pos + 4);
                if (end < 0)
                    fail('unterminated comment');
                pos = end + 3;
            }
            else if (xml.startsWith('<?', pos)) {
                const end = xml.indexOf('?>', pos + 2);
                if (end < 0)
                    fail('unterminated processing instruction');
                pos = end + 2;
            }
            else
                return;
        }
    };
    const readName = () => {
        NAME.lastIndex = pos;
        const m = NAME.exec(xml);
        if (!m)
            fail(`expected a tag name at ${JSON.stringify(xml.slice(pos, pos + 20))}`);
        pos = NAME.lastIndex;
        return m[0];
    };
    const decodeText = (raw) => raw.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);|&/g, (match, ref) => {
        if (ref === undefined)
            return fail('a bare "&" in text (must be &amp;)');
        if (ref.startsWith('#')) {
            const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
            if (!(code > 0 && code <= 0x10ffff))
                return fail(`invalid character reference ${match}`);
            return String.fromCodePoint(code);
        }
        return ENTITIES[ref] ?? fail(`unknown entity ${match}`);
    });
    const stack = [];
    let root;
    skipMisc();
    if (xml.startsWith('<!DOCTYPE', pos) || xml.startsWith('<!doctype', pos))
        fail('a DOCTYPE is not allowed');
    while (pos < xml.length) {
        const top = stack.at(-1);
        if (!top) {
            if (root) {
                skipMisc();
                if (pos < xml.length)
                    fail('content after the root element');
                break;
            }
            if (xml[pos] !== '<')
                fail('text before the root element');
        }
        if (xml[pos] !== '<') {
            const end = xml.indexOf('<', pos);
            const raw = xml.slice(pos, end < 0 ? xml.length : end);
            if (raw.includes('>') && /]]>/.test(raw))
                fail('"]]>" in text');
            top.children.push(decodeText(raw));
            pos = end < 0 ? xml.length : end;
            continue;
        }
        if (xml.startsWith('<!--', pos)) {
            const end = xml.indexOf('-->', pos + 4);
            if (end < 0)
                fail('unterminated comment');
            pos = end + 3;
            continue;
        }
        if (xml.startsWith('<![CDATA[', pos)) {
            if (!top)
                fail('CDATA outside the root element');
            const end = xml.indexOf(']]>', pos + 9);
            if (end < 0)
                fail('unterminated CDATA section');
            top.children.push(xml.slice(pos + 9, end));
            pos = end + 3;
            continue;
        }
        if (xml.startsWith('<!', pos) || xml.startsWith('<?', pos))
            fail('a declaration inside the document');
        if (xml[pos + 1] === '/') {
            pos += 2;
            const name = readName();
            const gt = /\s*>/y;
            gt.lastIndex = pos;
            if (!gt.exec(xml))
                fail(`malformed end tag </${name}`);
            pos = gt.lastIndex;
            if (!top || top.name !== name)
                fail(`</${name}> does not close ${top ? `<${top.name}>` : 'any element'}`);
            stack.pop();
            continue;
        }
        pos += 1;
        const name = readName();
        // Attributes: read and ignored (XML-RPC has none; some servers add xmlns).
        const attrs = /(?:\s+[A-Za-z_:][-A-Za-z0-9_.:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>/y;
        attrs.lastIndex = pos;
        const m = attrs.exec(xml);
        if (!m)
            fail(`malformed start tag <${name}`);
        pos = attrs.lastIndex;
        const element = { name, children: [] };
        if (top)
            top.children.push(element);
        else
            root = element;
        if (m[1] !== '/')
            stack.push(element);
    }
    if (stack.length)
        fail(`<${stack.at(-1).name}> is never closed`);
    if (!root)
        fail('no root element');
    return mergeText(root);
}
/** Adjacent text pieces (text around comments, CDATA) as one string. */
function mergeText(el) {
    const children = [];
    for (const child of el.children) {
        if (typeof child === 'string' && typeof children.at(-1) === 'string')
            children[children.length - 1] += child;
        else
            children.push(typeof child === 'string' ? child : mergeText(child));
    }
    el.children = children;
    return el;
}


/***/ }),

/***/ 24653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ applyFileSyncPlan)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33389);
/**
 * Carries out a files_to_sync plan on disk, as rsync --archive does: deletes, then copies that
 * keep the file mode, links copied as links. Never through a link: a source path that is or
 * passes through one (the plan already followed those it may follow), or a linked directory in
 * dist-git on the way to a destination, stops the sync; a file or link standing at a
 * destination is replaced, not written through.
 */


function applyFileSyncPlan(plan, from, to) {
    for (const file of plan.deletes)
        (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .removeRepoFile */ .lD)(to, file);
    for (const copy of plan.copies) {
        if (copy.link !== undefined) {
            // The plan checked where the link points, in source-git and from its place in dist-git.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(copy.link, (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareRepoWrite */ .JJ)(to, copy.to));
            continue;
        }
        const source = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .repoSourceFile */ .Uw)(from, copy.from);
        // copyFile keeps the mode: an executable test script stays executable in dist-git.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(source, (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareRepoWrite */ .JJ)(to, copy.to));
    }
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

/***/ 74666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ sourceGitCommitOf),
/* harmony export */   fM: () => (/* binding */ DistGitReadError),
/* harmony export */   g0: () => (/* binding */ readHeadCommit),
/* harmony export */   i$: () => (/* binding */ fetchBranchHeads)
/* harmony export */ });
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18605);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74227);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5996);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77720);
/**
 * The dist-git branch heads a Koji or Bodhi job acts on, read with git (the same on Pagure and
 * Forgejo): a private bare repository with the wanted branches fetched whole (rpmautospec counts
 * releases over the branch history), and each head's committer and sync-point trailer.
 */




class DistGitReadError extends Error {
    name = 'DistGitReadError';
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .registerUserError */ .X)(DistGitReadError);
/** Fetches `branches` of the dist-git repository at `cloneUrl` (anonymous, read-only). */
async function fetchBranchHeads(cloneUrl, branches) {
    const dir = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .makeTempDir */ .mk)('srcgit-dist-git-heads-');
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .TU(dir);
    await git.run(['init', '-q', '--bare']);
    const heads = new Map();
    let listed;
    try {
        listed = await new _git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .TU((0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .tempRoot */ .fQ)()).output(['ls-remote', '--heads', '--end-of-options', cloneUrl]);
    }
    catch (error) {
        throw new DistGitReadError(`cannot read the branches of ${cloneUrl}: ${error instanceof _git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS ? error.message : String(error)}; ` +
            'check dist_git_base_url, dist_git_namespace and downstream_package_name, and that the repository is public');
    }
    const remote = new Map();
    for (const line of listed.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (sha && ref?.startsWith('refs/heads/'))
            remote.set(ref.slice('refs/heads/'.length), sha);
    }
    const wanted = [...new Set(branches)].filter((b) => remote.has(b));
    if (wanted.length === 0)
        return { git, heads };
    await git.run([
        'fetch',
        '-q',
        '--no-tags',
        '--end-of-options',
        cloneUrl,
        ...wanted.map((b) => `+refs/heads/${b}:refs/heads/${b}`),
    ]);
    for (const branch of wanted) {
        const sha = await git.tryRevParse(`refs/heads/${branch}`);
        if (sha)
            heads.set(branch, sha);
    }
    return { git, heads };
}
/** The head commit's parents, committer and `From-source-git-commit` trailer. */
async function readHeadCommit(git, sha) {
    const out = await git.output([
        'show',
        '-s',
        `--format=%H%x1f%P%x1f%cn%x1f%ce%x1f%(trailers:key=${_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .FROM_SOURCE_GIT_TOKEN */ .wo},valueonly,separator=%x1d)`,
        '--end-of-options',
        sha,
    ]);
    const [full, parents, committerName, committerEmail, trailer] = out.split('\x1f');
    const sourceGitCommit = (trailer ?? '')
        .split('\x1d')
        .map((v) => v.trim())
        .filter((v) => /^[0-9a-f]{7,64}$/i.test(v))
        .pop();
    return {
        sha: full,
        parents: parents ? parents.split(' ') : [],
        committerName: committerName ?? '',
        committerEmail: committerEmail ?? '',
        ...(sourceGitCommit ? { sourceGitCommit } : {}),
    };
}
/**
 * The source-git commit a branch head was made from: the head's trailer, or for a merge
 * commit the trailer of the merged-in parent (a maintainer merged srcgit's PR).
 */
async function sourceGitCommitOf(git, head) {
    if (head.sourceGitCommit)
        return head.sourceGitCommit;
    for (const parent of head.parents.slice(1)) {
        const commit = await readHeadCommit(git, parent);
        if (commit.sourceGitCommit)
            return commit.sourceGitCommit;
    }
    return undefined;
}


/***/ }),

/***/ 98096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ branchMacros)
/* harmony export */ });
/* unused harmony export RAWHIDE_FEDORA */
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

/***/ 24589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ changelogAuthor),
/* harmony export */   W4: () => (/* binding */ changelogEntryText)
/* harmony export */ });
/* unused harmony export DEFAULT_CHANGELOG_AUTHOR */
/**
 * The text and author of the %changelog entry added to the dist-git spec (Packit §4.6,
 * `ChangelogHelper.get_changelog_entry`). Escaping `%` and leading `*` for rpm is the spec editor's
 * job (`sanitizeChangelogText`), not done here.
 *
 * Deliberate differences from Packit:
 * - Output that is only whitespace (from the action or as release description) counts as none.
 * - A release description is normalised to `\n` line ends (GitHub stores `\r\n`) and loses leading
 *   empty lines; Packit copies it verbatim.
 * - Author: specfile's guess_packager also asks rpm for `%packager` and falls back to the Unix
 *   user; neither makes sense on a CI runner, so see {@link changelogAuthor}.
 */
function rstrip(text) {
    return text.replace(/\s+$/, '');
}
/**
 * The entry text: the action's output (each command's output right-stripped, joined by newlines)
 * or `- Update to version <version>`; the release description instead when copying is enabled and
 * it is not empty; then, only when there was no action output, one `- Resolves: <bug>` line per bug.
 */
function changelogEntryText(options) {
    const fromAction = rstrip((options.actionOutput ?? []).map(rstrip).join('\n'));
    let text = fromAction || `- Update to version ${options.version}`;
    if (options.copyReleaseDescription) {
        const description = rstrip((options.releaseDescription ?? '').replace(/\r\n?/g, '\n')).replace(/^\s*\n/, '');
        if (description)
            text = description;
    }
    if (!fromAction) {
        for (const bug of options.resolvedBugs ?? [])
            text += `\n- Resolves: ${bug}`;
    }
    return rstrip(text);
}
/** Author used when neither $RPM_PACKAGER nor a complete git identity is available. */
const DEFAULT_CHANGELOG_AUTHOR = 'srcgit <srcgit@users.noreply.github.com>';
/**
 * The changelog entry author, in the order of specfile's guess_packager: `$RPM_PACKAGER` when set
 * and not blank; else the git identity `Name <email>` when both name and email are known; else
 * {@link DEFAULT_CHANGELOG_AUTHOR}. A half identity (only a name or only an email, as on an
 * unconfigured runner) is not used: Fedora's changelog lines carry both.
 */
function changelogAuthor(env, gitName, gitEmail) {
    const packager = env.RPM_PACKAGER?.trim();
    if (packager)
        return packager;
    const name = gitName?.trim();
    const email = gitEmail?.trim();
    if (name && email)
        return `${name} <${email}>`;
    return DEFAULT_CHANGELOG_AUTHOR;
}


/***/ }),

/***/ 78616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RD: () => (/* binding */ handChangesMissing),
/* harmony export */   hD: () => (/* binding */ newestCarried),
/* harmony export */   ji: () => (/* binding */ handCommitsTouching),
/* harmony export */   o$: () => (/* binding */ filesLastWrittenBySrcgit),
/* harmony export */   qI: () => (/* binding */ committedFiles),
/* harmony export */   tB: () => (/* binding */ SOURCE_GIT_TRAILER),
/* harmony export */   u_: () => (/* binding */ lastSyncPoint)
/* harmony export */ });
/* unused harmony export committedFile */
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5996);

/** The trailer srcgit puts on its dist-git commits: the sync point. */
const SOURCE_GIT_TRAILER = _messages_js__WEBPACK_IMPORTED_MODULE_0__/* .FROM_SOURCE_GIT_TOKEN */ .wo;
/** The newest dist-git commit with a `From-source-git-commit:` trailer, if any. */
async function lastSyncPoint(git, rev = 'HEAD') {
    const out = await git.output([
        'log',
        '-1',
        '-E',
        `--grep=^${SOURCE_GIT_TRAILER}: [0-9a-f]{7,64}$`,
        `--format=%H%x1f%(trailers:key=${SOURCE_GIT_TRAILER},valueonly,separator=%x1f)`,
        rev,
        '--',
    ]);
    if (!out)
        return undefined;
    const [commit, ...values] = out.split('\x1f');
    const sourceGitCommit = values
        .map((v) => v.trim())
        .filter(Boolean)
        .pop();
    return sourceGitCommit ? { commit, sourceGitCommit } : undefined;
}
/** Commits after `since` (all history when undefined) touching `paths` that srcgit did not make. */
async function handCommitsTouching(git, since, paths, rev = 'HEAD') {
    if (paths.length === 0)
        return [];
    const range = since ? `${since}..${rev}` : rev;
    const out = await git.output([
        'log',
        `--format=%H%x1f%an <%ae>%x1f%s%x1f%(trailers:key=${SOURCE_GIT_TRAILER},valueonly)%x1e`,
        range,
        '--',
        ...paths,
    ]);
    return out
        .split('\x1e')
        .map((r) => r.trim())
        .filter(Boolean)
        .map((r) => r.split('\x1f'))
        .filter(([, , , trailer]) => !trailer?.trim())
        .map(([sha, author, subject]) => ({ sha, author, subject }));
}
/**
 * The newest commit of `since..rev` on the first-parent line that source-git carries (a
 * From-dist-git-commit trailer names it). update-source-git replays dist-git in order, so every
 * commit before it was either brought back or found to have nothing to bring back.
 */
async function newestCarried(git, since, carried, rev = 'HEAD') {
    const revs = (await git.output(['rev-list', '--first-parent', `${since}..${rev}`])).split('\n');
    return revs.find((sha) => sha && carried.has(sha));
}
/**
 * Of the hand commits after `base`, those whose change to `paths` is gone from the work tree
 * (the reverse of their diff no longer applies). Their combined diff is tried first: a later
 * commit may rework an earlier one's lines. Empty: every hand change is still there.
 */
async function handChangesMissing(git, base, commits, paths) {
    const stillThere = async (from, to) => {
        const diff = (await git.run(['diff', '--binary', from, to, '--', ...paths])).stdoutBytes;
        if (diff.length === 0)
            return true;
        // Exact context first; then only the lines right around each change, so srcgit's own edits
        // two lines away (Version above a Release bump) do not hide a change that is still there.
        for (const context of [[], ['-C1']]) {
            const check = await git.run(['apply', '-R', '--check', ...context, '-'], {
                input: diff,
                allowFailure: true,
            });
            if (check.code === 0)
                return true;
        }
        return false;
    };
    if (await stillThere(base, 'HEAD'))
        return [];
    const missing = [];
    for (const commit of commits) {
        const parent = await git.tryRevParse(`${commit.sha}^`);
        if (!parent || !(await stillThere(parent, commit.sha)))
            missing.push(commit);
    }
    return missing.length > 0 ? missing : [...commits];
}
/** A file as committed at `rev`, or undefined when it is not there. */
async function committedFile(git, file, rev = 'HEAD') {
    const result = await git.run(['cat-file', '-p', `${rev}:${file}`], { allowFailure: true });
    if (result.code !== 0)
        return undefined;
    return result.stdoutBytes;
}
/**
 * Of `files`, those whose latest commit came from srcgit (carries the sync trailer): the
 * patches it generated before. One `git log` for all of them.
 */
async function filesLastWrittenBySrcgit(git, files, rev = 'HEAD') {
    if (files.length === 0)
        return [];
    const out = await git.output([
        'log',
        `--format=%x1e%(trailers:key=${SOURCE_GIT_TRAILER},valueonly)%x1f`,
        '--name-only',
        rev,
        '--',
        ...files,
    ]);
    const seen = new Set();
    const bySrcgit = [];
    for (const record of out.split('\x1e').filter(Boolean)) {
        const [trailer, names = ''] = record.split('\x1f');
        for (const name of names.split('\n').filter(Boolean)) {
            if (seen.has(name))
                continue;
            seen.add(name);
            if (trailer.trim() && files.includes(name))
                bySrcgit.push(name);
        }
    }
    return bySrcgit;
}
/** The committed contents of those of `files` that exist at `rev`, read with one `git cat-file --batch`. */
async function committedFiles(git, files, rev = 'HEAD') {
    const result = new Map();
    if (files.length === 0)
        return result;
    const listing = await git.output(['ls-tree', '-z', rev, '--', ...files]);
    const blobs = listing
        .split('\0')
        .filter(Boolean)
        .map((entry) => /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry))
        .filter((m) => m !== null);
    if (blobs.length === 0)
        return result;
    const batch = (await git.run(['cat-file', '--batch'], { input: blobs.map((m) => m[1]).join('\n') + '\n' }))
        .stdoutBytes;
    let offset = 0;
    for (const [, , name] of blobs) {
        const headerEnd = batch.indexOf(0x0a, offset);
        const size = Number(batch.subarray(offset, headerEnd).toString('latin1').split(' ')[2]);
        result.set(name, batch.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
    }
    return result;
}


/***/ }),

/***/ 61119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ syncItems),
/* harmony export */   NP: () => (/* binding */ normalizeRepoPath),
/* harmony export */   l3: () => (/* binding */ planFileSync)
/* harmony export */ });
/* unused harmony exports expandSourceGlob, parseFilterRules, matchRsyncPattern */
/* harmony import */ var _source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41587);
/**
 * What `files_to_sync` does to dist-git, planned without touching a disk (Packit §4.4,
 * `packit/sync.py`). Packit runs, per item and in list order,
 * `rsync --archive [--delete] [--filter RULE]... [--mkpath] --ignore-missing-args SRC... DEST`,
 * with each src expanded by Python's `glob.glob` (non-recursive: `*`, `?`, `[...]` stay inside one
 * path component and do not match names starting with `.`; `**` is the same as `*`; a src that
 * matches nothing is passed as is and ignored by rsync).
 *
 * rsync rules modelled here:
 * - `dir/` copies the directory's contents into dest; `dir` copies the directory itself (dest/dir).
 * - A single file goes to dest, or into it when dest ends in `/`, is an existing directory, or
 *   several sources are given.
 * - `--delete` removes, in the directories that are part of the transfer (dest for `dir/`,
 *   dest/dir for `dir`; none for a file or a glob's files), files that were not sent and are not
 *   protected.
 * - Filter rules, first match wins: `exclude`/`-` and `include`/`+` act on both sides, `hide`/`H`
 *   and `show`/`S` only on what is sent, `protect`/`P` and `risk`/`R` only on what may be deleted;
 *   `clear`/`!` drops the rules before it. An excluded directory is not descended into. An excluded
 *   file is neither sent nor deleted (no `--delete-excluded`).
 * - Patterns: a leading `/` anchors at the transfer root, a trailing `/` matches only directories,
 *   a pattern without `/` or `**` matches the last path component, other unanchored patterns match
 *   a trailing part of the path that starts at a component boundary; `*` and `?` do not cross `/`,
 *   `**` does, `dir/***` matches dir and everything in it, `[...]` is a character class, `\`
 *   escapes.
 * - Without `mkpath`, rsync creates at most the last component of dest; a deeper missing
 *   directory is an rsync failure (here: a problem, the item is skipped).
 * - A file standing where a directory has to be is replaced; a directory that still has files
 *   where a file has to go is an rsync failure (a problem; that file is not copied).
 *
 * Deliberate differences from Packit:
 * - `dropSpec` (for `sync_changelog: false`) removes the spec from what is sent however it was
 *   matched, and protects its dist-git copy from `--delete`. Packit only drops a src equal to the
 *   spec path, or adds `- /<spec relative to src>` for a directory src: a glob such as `Fedora/*`
 *   still copies the spec over the merged one, a directory given without a trailing `/` gets a
 *   filter that never matches (the path in the transfer starts with the directory name), and a
 *   user `+` rule placed before the appended filter wins over it.
 * - `.` as a src (without `/`) would make rsync copy the repository directory under its own,
 *   unknowable, name; that is reported as a problem.
 * - Illegal paths (absolute or escaping the repository with `..`) and unsupported filter rules
 *   (merge files, modifiers) are problems that skip their item; Packit fails the whole run on an
 *   illegal path.
 *
 * Symbolic links (given in `sourceLinks`/`destLinks`): rsync --archive copies a link as a link,
 * with the same target text, and Packit resolves each src and the dest before rsync sees them
 * (`SyncFilesItem.resolve`, `Path.resolve()`), so a src or dest that is a link (or lies under a
 * linked directory) stands for the path the link leads to; one that leads out is an "Illegal
 * path!". srcgit does the same, and also refuses what Packit copies as is: a link in a synced
 * directory or matched by a glob that is absolute, leads out of the repository or into `.git`
 * (which holds the checkout's token), and a copied link that would point out of dist-git from its
 * new place. A path inside `.git` counts as outside the repository, and a glob does not match
 * through a linked directory (Python's glob would, and rsync would copy what lies behind it).
 */


/**
 * files_to_sync as srcgit applies it: the configured items, or (none configured) the spec to
 * `<package>.spec`, as Packit does. Every job that writes dist-git uses this one rule.
 */
function syncItems(pkg, specfilePath) {
    if (pkg.files_to_sync.length > 0)
        return pkg.files_to_sync;
    return [
        {
            src: [specfilePath],
            dest: `${pkg.downstream_package_name}.spec`,
            mkpath: false,
            delete: false,
            filters: [],
        },
    ];
}
/** Normalise a repository-relative path; undefined when it is absolute or leaves the repository. */
function normalizeRepoPath(input) {
    if (input.startsWith('/'))
        return undefined;
    const segments = [];
    for (const segment of input.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.length === 0)
                return undefined;
            segments.pop();
        }
        else {
            segments.push(segment);
        }
    }
    return { path: segments.join('/'), trailingSlash: input.endsWith('/') };
}
function join(dir, name) {
    if (dir === '')
        return name;
    return name === '' ? dir : `${dir}/${name}`;
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function dirname(path) {
    const index = path.lastIndexOf('/');
    return index < 0 ? '' : path.slice(0, index);
}
function isUnder(path, dir) {
    return dir === '' || path.startsWith(dir + '/');
}
/** Proper ancestor directories of a path, outermost first (`a/b/c` → `a`, `a/b`). */
function ancestors(path) {
    const parts = path.split('/');
    return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
// ------------------------------------------------------------------------------------------------
// Python glob (source expansion)
const GLOB_MAGIC = /[*?[]/;
/** Python fnmatch.translate for one path component. */
function fnmatchRegex(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '*')
            source += '.*';
        else if (char === '?')
            source += '.';
        else if (char === '[') {
            let j = i + 1;
            if (pattern[j] === '!')
                j++;
            if (pattern[j] === ']')
                j++;
            while (j < pattern.length && pattern[j] !== ']')
                j++;
            if (j >= pattern.length) {
                source += '\\[';
                continue;
            }
            let inner = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
            if (inner.startsWith('!'))
                inner = '^' + inner.slice(1);
            else if (inner.startsWith('^'))
                inner = '\\' + inner;
            source += `[${inner.replace(/\]/g, '\\]')}]`;
            i = j;
        }
        else
            source += char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 's');
}
function buildTree(files) {
    const tree = { files: new Set(), dirs: new Set(['']), children: new Map() };
    const addChild = (dir, name) => {
        let set = tree.children.get(dir);
        if (!set)
            tree.children.set(dir, (set = new Set()));
        set.add(name);
    };
    for (const file of files) {
        const path = normalizeRepoPath(file)?.path;
        if (!path)
            continue;
        tree.files.add(path);
        addChild(dirname(path), basename(path));
        for (const dir of ancestors(path)) {
            tree.dirs.add(dir);
            addChild(dirname(dir), basename(dir));
        }
    }
    return tree;
}
/**
 * Python `glob.glob(pattern)` over a list of repository files (paths relative, `/`-separated):
 * matching files and directories, sorted; with a trailing `/` only directories.
 */
function expandSourceGlob(pattern, sourceFiles) {
    const normalized = normalizeRepoPath(pattern);
    if (!normalized)
        return [];
    return globTree(normalized, buildTree(sourceFiles));
}
function globTree(pattern, tree) {
    let candidates = [''];
    for (const segment of pattern.path.split('/').filter((s) => s !== '')) {
        const next = [];
        for (const dir of candidates) {
            if (!tree.dirs.has(dir))
                continue;
            if (GLOB_MAGIC.test(segment)) {
                const regex = fnmatchRegex(segment);
                for (const name of tree.children.get(dir) ?? []) {
                    if (name.startsWith('.') && !segment.startsWith('.'))
                        continue;
                    if (regex.test(name))
                        next.push(join(dir, name));
                }
            }
            else {
                const path = join(dir, segment);
                if (tree.files.has(path) || tree.dirs.has(path))
                    next.push(path);
            }
        }
        candidates = next;
    }
    const matches = pattern.trailingSlash ? candidates.filter((c) => tree.dirs.has(c)) : candidates;
    return [...new Set(matches)].sort();
}
const RULE_NAMES = {
    exclude: 'exclude',
    '-': 'exclude',
    include: 'include',
    '+': 'include',
    hide: 'hide',
    H: 'hide',
    show: 'show',
    S: 'show',
    protect: 'protect',
    P: 'protect',
    risk: 'risk',
    R: 'risk',
    clear: 'clear',
    '!': 'clear',
};
/** Parse rsync `--filter` rules; throws on rules this planner does not model. */
function parseFilterRules(filters) {
    let rules = [];
    for (const filter of filters) {
        const match = /^(\S+?)(?:[ _](.*))?$/.exec(filter);
        const action = match ? RULE_NAMES[match[1]] : undefined;
        if (!match || !action)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`unsupported filter rule "${filter}"`);
        const pattern = match[2] ?? '';
        if (action === 'clear') {
            if (pattern !== '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`unsupported filter rule "${filter}"`);
            rules = [];
            continue;
        }
        if (pattern === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`filter rule "${filter}" has no pattern`);
        rules.push({ action, pattern });
    }
    return rules;
}
/** rsync wildmatch pattern (one rule's pattern without its leading/trailing `/`) as a regex. */
function wildmatchRegex(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '\\' && i + 1 < pattern.length) {
            source += pattern[++i].replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
        }
        else if (char === '*') {
            if (pattern.startsWith('***', i) && i + 3 === pattern.length && pattern[i - 1] === '/') {
                // `dir/***`: the directory itself and everything in it.
                source = source.slice(0, -1) + '(?:/.*)?';
                i += 2;
            }
            else if (pattern[i + 1] === '*') {
                source += '.*';
                while (pattern[i + 1] === '*')
                    i++;
            }
            else
                source += '[^/]*';
        }
        else if (char === '?')
            source += '[^/]';
        else if (char === '[') {
            let j = i + 1;
            if (pattern[j] === '!' || pattern[j] === '^')
                j++;
            if (pattern[j] === ']')
                j++;
            while (j < pattern.length && pattern[j] !== ']')
                j++;
            if (j >= pattern.length) {
                source += '\\[';
                continue;
            }
            let inner = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
            if (inner.startsWith('!'))
                inner = '^' + inner.slice(1);
            source += `[${inner.replace(/\]/g, '\\]')}]`;
            i = j;
        }
        else
            source += char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 's');
}
/**
 * Whether an rsync pattern matches a path of the transfer (relative to its root, no leading `/`).
 */
function matchRsyncPattern(pattern, path, isDir) {
    let body = pattern;
    const dirOnly = body.length > 1 && body.endsWith('/');
    if (dirOnly) {
        if (!isDir)
            return false;
        body = body.replace(/\/+$/, '');
    }
    const anchored = body.startsWith('/');
    if (anchored)
        body = body.slice(1);
    const regex = wildmatchRegex(body);
    if (anchored)
        return regex.test(path);
    if (!body.includes('/') && !body.includes('**'))
        return regex.test(basename(path));
    const parts = path.split('/');
    return parts.some((_, i) => regex.test(parts.slice(i).join('/')));
}
const SIDES = {
    exclude: { side: 'both', excludes: true },
    include: { side: 'both', excludes: false },
    hide: { side: 'sender', excludes: true },
    show: { side: 'sender', excludes: false },
    protect: { side: 'receiver', excludes: true },
    risk: { side: 'receiver', excludes: false },
};
/** First matching rule for one side decides; no match means not excluded. */
function excludedEntry(rules, side, path, isDir) {
    for (const rule of rules) {
        const { side: ruleSide, excludes } = SIDES[rule.action];
        if (ruleSide !== 'both' && ruleSide !== side)
            continue;
        if (matchRsyncPattern(rule.pattern, path, isDir))
            return excludes;
    }
    return false;
}
/** A file of the transfer is excluded when it or any directory above it (within the transfer) is. */
function excludedPath(rules, side, transferPath) {
    if (rules.length === 0)
        return false;
    return (ancestors(transferPath).some((dir) => excludedEntry(rules, side, dir, true)) ||
        excludedEntry(rules, side, transferPath, false));
}
const SOURCE_REPO = 'the source-git repository';
const DEST_REPO = 'the dist-git repository';
class Planner {
    destFiles;
    drop;
    sourceLinks;
    destLinks;
    present;
    copies = new Map();
    problems = [];
    unmatched = [];
    tree;
    sourceLink = (path) => this.sourceLinks.get(path);
    destLink = (path) => this.destLinks.get(path);
    constructor(sourceFiles, destFiles, drop, sourceLinks, destLinks) {
        this.destFiles = destFiles;
        this.drop = drop;
        this.sourceLinks = sourceLinks;
        this.destLinks = destLinks;
        this.tree = buildTree(sourceFiles);
        this.present = new Set(destFiles.map((f) => normalizeRepoPath(f)?.path).filter((f) => !!f));
    }
    isDestDir(path) {
        if (path === '')
            return true;
        for (const file of this.present)
            if (file.startsWith(path + '/'))
                return true;
        return false;
    }
    refuse(label, what, file, refusal, repository) {
        this.problems.push(`${label}: ${what}${(0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .refusalMessage */ .se)(file, refusal, repository)}`);
    }
    expand(src, label) {
        const normalized = normalizeRepoPath(src);
        if (!normalized) {
            this.problems.push(`${label}: Illegal path "${src}": it is outside the source-git repository`);
            return undefined;
        }
        // Packit resolves the src before globbing: links in its literal part are followed.
        const parts = src.split('/');
        const magic = parts.findIndex((part) => GLOB_MAGIC.test(part));
        const literal = magic < 0 ? src : parts.slice(0, magic).join('/');
        const resolved = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepoPath */ .qo)(literal, this.sourceLink);
        if ('refused' in resolved) {
            this.refuse(label, `src "${src}": `, literal.replace(/\/+$/, ''), resolved.refused, SOURCE_REPO);
            return undefined;
        }
        const path = magic < 0 ? resolved.path : normalizeRepoPath(join(resolved.path, parts.slice(magic).join('/')))?.path;
        if (path === undefined) {
            this.problems.push(`${label}: Illegal path "${src}": it is outside the source-git repository`);
            return undefined;
        }
        const wanted = { path, trailingSlash: normalized.trailingSlash };
        if (wanted.path === '' && !wanted.trailingSlash) {
            this.problems.push(`${label}: src "${src}" would copy the repository directory itself; write "./" to copy its contents`);
            return undefined;
        }
        const matches = GLOB_MAGIC.test(wanted.path)
            ? globTree(wanted, this.tree)
            : this.tree.files.has(wanted.path) || this.tree.dirs.has(wanted.path)
                ? [wanted.path]
                : [];
        if (matches.length === 0) {
            this.unmatched.push(src);
            return [];
        }
        const sources = [];
        for (const path of matches) {
            if (this.tree.dirs.has(path)) {
                sources.push({ kind: wanted.trailingSlash ? 'contents' : 'dir', path });
            }
            else if (wanted.trailingSlash) {
                this.problems.push(`${label}: src "${src}" ends with "/" but ${path} is a file`);
                return undefined;
            }
            else {
                sources.push({ kind: 'file', path });
            }
        }
        return sources;
    }
    plan(item, index) {
        const label = `files_to_sync[${index}]`;
        const normalizedDest = normalizeRepoPath(item.dest);
        if (!normalizedDest) {
            this.problems.push(`${label}: Illegal path "${item.dest}": it is outside the dist-git repository`);
            return;
        }
        // Like the src, the dest stands for where its links lead; never out of dist-git.
        const resolvedDest = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepoPath */ .qo)(item.dest, this.destLink);
        if ('refused' in resolvedDest) {
            this.refuse(label, `dest "${item.dest}": `, item.dest.replace(/\/+$/, ''), resolvedDest.refused, DEST_REPO);
            return;
        }
        const dest = { path: resolvedDest.path, trailingSlash: normalizedDest.trailingSlash };
        let rules;
        try {
            rules = parseFilterRules(item.filters);
        }
        catch (error) {
            this.problems.push(`${label}: ${error.message}; the item is skipped`);
            return;
        }
        const sources = [];
        for (const src of item.src) {
            const expanded = this.expand(src, label);
            if (!expanded)
                return;
            sources.push(...expanded);
        }
        if (sources.length === 0)
            return;
        const destIsDir = this.isDestDir(dest.path);
        const intoDir = dest.trailingSlash || destIsDir || sources.length > 1 || sources[0].kind !== 'file';
        if (intoDir && this.present.has(dest.path)) {
            this.problems.push(`${label}: dest "${item.dest}" is a file in dist-git, not a directory`);
            return;
        }
        const mustExist = intoDir ? (destIsDir ? undefined : dirname(dest.path)) : dirname(dest.path);
        if (mustExist !== undefined && !item.mkpath && !this.isDestDir(mustExist)) {
            this.problems.push(`${label}: the dist-git directory "${mustExist}" does not exist (set mkpath: true to create it)`);
            return;
        }
        const transfers = [];
        const protectedTargets = new Set();
        const scopes = [];
        const send = (from, transferPath, to) => {
            if (excludedPath(rules, 'sender', transferPath))
                return;
            if (this.drop.has(from)) {
                protectedTargets.add(to);
                return;
            }
            // rsync --archive sends a link as a link; one that leads out of source-git is refused.
            const link = this.sourceLinks.get(from);
            if (link !== undefined) {
                const resolved = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepoPath */ .qo)(from, this.sourceLink);
                if ('refused' in resolved) {
                    this.refuse(label, '', from, resolved.refused, SOURCE_REPO);
                    return;
                }
            }
            if (!transfers.some((t) => t.to === to))
                transfers.push({ from, to, link });
        };
        for (const source of sources) {
            if (source.kind === 'file') {
                send(source.path, basename(source.path), intoDir ? join(dest.path, basename(source.path)) : dest.path);
                continue;
            }
            const prefix = source.kind === 'dir' ? basename(source.path) : '';
            if (prefix && excludedEntry(rules, 'sender', prefix, true))
                continue;
            for (const file of this.tree.files) {
                if (!isUnder(file, source.path))
                    continue;
                const transferPath = join(prefix, source.path === '' ? file : file.slice(source.path.length + 1));
                send(file, transferPath, join(dest.path, transferPath));
            }
            scopes.push({ dest: join(dest.path, prefix), prefix });
        }
        if (item.delete) {
            const sent = new Set(transfers.map((t) => t.to));
            for (const scope of scopes) {
                for (const file of [...this.present]) {
                    if (!isUnder(file, scope.dest) || sent.has(file) || protectedTargets.has(file))
                        continue;
                    const relative = scope.dest === '' ? file : file.slice(scope.dest.length + 1);
                    const transferPath = join(scope.prefix, relative);
                    if (excludedPath(rules, 'receiver', transferPath))
                        continue;
                    this.present.delete(file);
                    this.copies.delete(file);
                }
            }
        }
        for (const transfer of transfers) {
            // rsync removes a file (or link) that stands where a directory has to be, with or without --delete.
            for (const dir of ancestors(transfer.to)) {
                this.present.delete(dir);
                this.copies.delete(dir);
            }
            if (this.isDestDir(transfer.to)) {
                this.problems.push(`${label}: cannot copy ${transfer.from} to ${transfer.to}: that is a directory`);
                continue;
            }
            this.present.add(transfer.to);
            this.copies.set(transfer.to, { from: transfer.from, link: transfer.link, label });
        }
    }
    result() {
        // The links dist-git has afterwards: those it keeps and the copied ones. A copied link that
        // stays inside source-git can still point out of dist-git from its new place.
        const links = new Map();
        for (const [file, target] of this.destLinks)
            if (this.present.has(file) && !this.copies.has(file))
                links.set(file, target);
        for (const [to, copy] of this.copies)
            if (copy.link !== undefined)
                links.set(to, copy.link);
        const copies = [];
        for (const [to, copy] of this.copies) {
            const there = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepoPath */ .qo)(to, (path) => links.get(path));
            if ('refused' in there) {
                this.refuse(copy.label, `${copy.from} copied to dist-git: `, to, there.refused, DEST_REPO);
                continue;
            }
            copies.push(copy.link === undefined ? { from: copy.from, to } : { from: copy.from, to, link: copy.link });
        }
        return {
            copies,
            deletes: this.destFiles.filter((file) => {
                const path = normalizeRepoPath(file)?.path;
                return path !== undefined && path !== '' && !this.present.has(path);
            }),
            problems: this.problems,
            unmatched: this.unmatched,
        };
    }
}
/**
 * Plan what `files_to_sync` changes in dist-git, as rsync would do it item by item.
 * `sourceFiles` and `destFiles` list every file of source-git and dist-git, relative and
 * `/`-separated (for a monorepo package, src paths are relative to paths[0] and so must be
 * sourceFiles); symbolic links among them are listed again, with their targets, in
 * `options.sourceLinks` and `options.destLinks`. Items are applied in order, so a later item
 * can overwrite or delete what an earlier one copied.
 */
function planFileSync(items, sourceFiles, destFiles, options = {}) {
    const sourceLinks = options.sourceLinks ?? new Map();
    // The spec is left out by its own path and by the one its link leads to.
    const drop = new Set();
    if (options.dropSpec && options.specPath !== undefined) {
        const literal = normalizeRepoPath(options.specPath)?.path;
        if (literal)
            drop.add(literal);
        const resolved = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepoPath */ .qo)(options.specPath, (path) => sourceLinks.get(path));
        if (!('refused' in resolved))
            drop.add(resolved.path);
    }
    const planner = new Planner(sourceFiles, destFiles, drop, sourceLinks, options.destLinks ?? new Map());
    items.forEach((item, index) => planner.plan(item, index));
    return planner.result();
}


/***/ }),

/***/ 95960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ addGitignoreEntries)
/* harmony export */ });
/* unused harmony export gitignoreLine */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41587);
/**
 * dist-git `.gitignore`: lookaside archives must be ignored so `git add -A` does not commit them.
 * Like `fedpkg new-sources`, we add `/<archive>` lines and never remove anything (the previous
 * version's line stays). Unlike fedpkg we escape gitignore wildcard characters in archive names
 * (`foo[1].tar.gz` would otherwise be a pattern).
 */

/** `name` as a gitignore pattern matching exactly that file in the repository root. */
function gitignoreLine(name) {
    if (name === '' || name.includes('/') || name.includes('\n') || name === '.' || name === '..')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentError */ .y(`.gitignore: ${JSON.stringify(name)} is not a file name`);
    let escaped = name.replace(/[\\[\]*?]/g, (c) => '\\' + c);
    // Trailing spaces are dropped by git unless escaped.
    escaped = escaped.replace(/ +$/, (spaces) => spaces.replace(/ /g, '\\ '));
    return '/' + escaped;
}
/**
 * Append `/<name>` for every archive not yet ignored by an exact `/<name>` or `<name>` line.
 * Existing lines are kept as they are; the file keeps (or keeps lacking) its final newline, and
 * keeps CRLF line ends if it uses them. An empty file gets a final newline.
 */
function addGitignoreEntries(text, fileNames) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const present = new Set(text
        .split('\n')
        .map((line) => line.replace(/\r$/, '').replace(/(?<!\\)[ \t]+$/, ''))
        .filter((line) => line !== ''));
    const added = [];
    for (const name of fileNames) {
        const line = gitignoreLine(name);
        if (present.has(line) || present.has(line.slice(1)))
            continue;
        present.add(line);
        added.push(line);
    }
    if (added.length === 0)
        return { text, added };
    if (text === '')
        return { text: added.join(eol) + eol, added };
    const endsWithNewline = text.endsWith('\n');
    const body = added.join(eol);
    return { text: endsWithNewline ? text + body + eol : text + eol + body, added };
}


/***/ }),

/***/ 64298:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wx: () => (/* binding */ identityEnv),
/* harmony export */   dF: () => (/* binding */ committer),
/* harmony export */   lh: () => (/* binding */ commitAuthor)
/* harmony export */ });
/* unused harmony exports SRCGIT_IDENTITY, parseIdentity, formatIdentity, ciActor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41587);
/**
 * Who the dist-git commit (and its %changelog entry) is by. On a CI runner there is
 * usually no git identity, so the person who triggered the run is the natural author:
 * the GitHub actor (with their no-reply address) or the GitLab user. The committer is
 * the configured git identity, else srcgit itself.
 */

const SRCGIT_IDENTITY = { name: 'srcgit', email: 'srcgit@users.noreply.github.com' };
/** `Name <email>` as git and rpm changelogs write it. */
function parseIdentity(text, where) {
    const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    if (!m || m[1] === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentError */ .y(`${where}: "${text}" is not an identity; write it as "Full Name <email@example.com>"`);
    return { name: m[1], email: m[2] };
}
function formatIdentity(identity) {
    return `${identity.name} <${identity.email}>`;
}
/** The person behind this CI run, from the platform's variables, when it tells. */
function ciActor(env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_ACTOR) {
        const actor = env.GITHUB_ACTOR;
        const id = env.GITHUB_ACTOR_ID;
        return { name: actor, email: `${id ? `${id}+` : ''}${actor}@users.noreply.github.com` };
    }
    if (env.GITLAB_CI === 'true' && env.GITLAB_USER_NAME && env.GITLAB_USER_EMAIL)
        return { name: env.GITLAB_USER_NAME, email: env.GITLAB_USER_EMAIL };
    return undefined;
}
/** The commit author: explicit, else the git identity, else the CI actor, else srcgit. */
function commitAuthor(sources) {
    if (sources.explicit?.trim())
        return parseIdentity(sources.explicit, '--author');
    const name = sources.gitName?.trim();
    const email = sources.gitEmail?.trim();
    if (name && email)
        return { name, email };
    return ciActor(sources.env) ?? SRCGIT_IDENTITY;
}
/** The committer: the git identity when complete, else srcgit. */
function committer(sources) {
    const name = sources.gitName?.trim();
    const email = sources.gitEmail?.trim();
    return name && email ? { name, email } : SRCGIT_IDENTITY;
}
/** Environment that makes `git commit` use these identities, whatever git's config says. */
function identityEnv(author, by) {
    return {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: by.name,
        GIT_COMMITTER_EMAIL: by.email,
    };
}


/***/ }),

/***/ 5996:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ previewDescription),
/* harmony export */   A1: () => (/* binding */ parsePrMarker),
/* harmony export */   Ax: () => (/* binding */ shortCommit),
/* harmony export */   C0: () => (/* binding */ normalizeGitUrl),
/* harmony export */   C7: () => (/* binding */ carrySupersededCommits),
/* harmony export */   Ci: () => (/* binding */ prBranchName),
/* harmony export */   Nb: () => (/* binding */ addTrailer),
/* harmony export */   PH: () => (/* binding */ COMMIT_ACTION_DIVIDER),
/* harmony export */   Vf: () => (/* binding */ previewTitle),
/* harmony export */   Vl: () => (/* binding */ prDescription),
/* harmony export */   aw: () => (/* binding */ parseTrailers),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   hq: () => (/* binding */ previewCommitMessage),
/* harmony export */   jD: () => (/* binding */ commitMessageFromAction),
/* harmony export */   k1: () => (/* binding */ parsePreviewBranch),
/* harmony export */   pD: () => (/* binding */ prTitle),
/* harmony export */   wo: () => (/* binding */ FROM_SOURCE_GIT_TOKEN),
/* harmony export */   yM: () => (/* binding */ previewBranchName)
/* harmony export */ });
/* unused harmony exports COMMIT_AUTHORED_BY, SRCGIT_URL, defaultCommitTitle, defaultCommitBody, tagLink, commitLink, MAX_SUPERSEDED, readmePackit */
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2508);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41587);
/**
 * Texts written to dist-git and its pull requests: commit message, PR title and description,
 * README.packit, the PR branch name (Packit §4.8–4.10).
 *
 * Deliberate differences from Packit:
 * - The commit body ends with "Commit authored by srcgit automation" ({@link COMMIT_AUTHORED_BY})
 *   instead of "Commit authored by Packit automation (https://packit.dev/)".
 * - Absent parts leave no empty lines behind (Packit's template keeps an empty line for a missing
 *   tag or commit, which git's cleanup then collapses in the commit but not in the PR description).
 * - The `From-source-git-commit` trailer is written by us (Packit runs `git interpret-trailers`),
 *   with the same result: appended to the message's trailer block, or as a new last paragraph.
 * - PR description links use the full commit hash when we have it (the link text stays the 8-char
 *   short hash), and remote URLs lose any `user:token@` part before they are shown.
 * - A commit-message action printing a title of only spaces falls back to the defaults (Packit
 *   checks emptiness before stripping and would commit an empty title).
 * - The PR description gets a "Source-git commit" line and a hidden marker comment
 *   ({@link parsePrMarker}) so a later run can tell which source-git commit a PR carries.
 * - README.packit names srcgit ({@link readmePackit}).
 */



/** Last line of the default commit body (Packit: "Commit authored by Packit automation (https://packit.dev/)"). */
const COMMIT_AUTHORED_BY = 'Commit authored by srcgit automation';
/** Trailer linking a dist-git commit to the source-git commit it was made from (Packit's FROM_SOURCE_GIT_TOKEN). */
const FROM_SOURCE_GIT_TOKEN = 'From-source-git-commit';
/** Packit's COMMIT_ACTION_DIVIDER: a commit-message action prints debug output, this line, then the message. */
const COMMIT_ACTION_DIVIDER = '---%<--- snip ---%<--- here ---%<---\n';
const SRCGIT_URL = 'https://github.com/srcgit/propose-downstream';
const BUGZILLA_URL = 'https://bugzilla.redhat.com/show_bug.cgi?id=';
/** The 8-character form of a commit hash Packit shows everywhere. */
function shortCommit(sha) {
    return sha.slice(0, 8);
}
/** Packit's default commit title. */
function defaultCommitTitle(version) {
    return `Update to ${version} upstream release`;
}
/**
 * Packit's default commit body (`get_default_commit_description`): the bug lines first, as
 * `- Resolves: <bug>` followed by an empty line so rpmautospec takes only them into
 * %autochangelog, then the upstream tag and commit, then who authored the commit.
 */
function defaultCommitBody(options) {
    const paragraphs = [];
    const bugs = options.resolvedBugs ?? [];
    if (bugs.length > 0)
        paragraphs.push(bugs.map((bug) => `- Resolves: ${bug}`).join('\n'));
    const upstream = [];
    if (options.upstreamTag)
        upstream.push(`Upstream tag: ${options.upstreamTag}`);
    if (options.upstreamCommit)
        upstream.push(`Upstream commit: ${shortCommit(options.upstreamCommit)}`);
    if (upstream.length > 0)
        paragraphs.push(upstream.join('\n'));
    paragraphs.push(COMMIT_AUTHORED_BY);
    return paragraphs.join('\n\n');
}
/**
 * The full dist-git commit message, `<title>\n\n<body>\n`, with the From-source-git-commit trailer
 * in the last paragraph when a source-git commit is given.
 */
function commitMessage(options) {
    const customTitle = options.title?.trim();
    const title = customTitle || defaultCommitTitle(options.version);
    const body = customTitle ? (options.body ?? '').trim() : defaultCommitBody(options);
    const message = body ? `${title}\n\n${body}\n` : `${title}\n`;
    if (!options.sourceGitCommit)
        return message;
    if (!/^[0-9a-f]{7,64}$/i.test(options.sourceGitCommit))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`commit message: ${JSON.stringify(options.sourceGitCommit)} is not a commit hash`);
    return addTrailer(message, FROM_SOURCE_GIT_TOKEN, options.sourceGitCommit);
}
/**
 * `git interpret-trailers --if-exists replace --trailer Token=value`: put `Token: value` at the end
 * of the message's trailer block (removing earlier trailers with that token), or add a new
 * trailer paragraph. Returns the message with one trailing newline.
 */
function addTrailer(message, token, value) {
    const { lines, tail } = splitMessage(message);
    const block = findTrailerBlock(lines);
    const trailer = `${token}: ${value}`;
    let head;
    if (lines.length === 0) {
        head = [trailer];
    }
    else if (!block) {
        head = [...lines, '', trailer];
    }
    else {
        const kept = [];
        let dropping = false;
        for (const line of lines.slice(block.start, block.end)) {
            if (dropping && /^\s/.test(line) && !isBlank(line))
                continue;
            const parsed = trailerLine(line);
            dropping = parsed !== undefined && parsed.token.toLowerCase() === token.toLowerCase();
            if (!dropping)
                kept.push(line);
        }
        head = [...lines.slice(0, block.start), ...kept, trailer];
    }
    // Text after a `---` divider stays after it, as git interpret-trailers leaves it.
    return [...head, ...tail].join('\n').replace(/\n*$/, '\n');
}
// ------------------------------------------------------------------------------------------------
// Trailers (git's rules, trailer.c)
/** Lines starting with these count as trailers and make a mixed block acceptable. */
const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];
function isBlank(line) {
    return line.trim() === '';
}
function isComment(line) {
    return line.startsWith('#');
}
/** git's find_separator: a token of letters, digits and `-`, optional blanks, then `:`. */
function separatorIndex(line) {
    let whitespaceFound = false;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (char === ':')
            return i;
        if (!whitespaceFound && /[A-Za-z0-9-]/.test(char))
            continue;
        if (i !== 0 && (char === ' ' || char === '\t')) {
            whitespaceFound = true;
            continue;
        }
        break;
    }
    return -1;
}
function trailerLine(line) {
    if (/^\s/.test(line))
        return undefined;
    const index = separatorIndex(line);
    if (index < 1)
        return undefined;
    return { token: line.slice(0, index).trim(), value: line.slice(index + 1).trim() };
}
/**
 * Message lines up to a `---` divider line, without trailing blank lines, and the rest (the blank
 * lines before the divider, the divider and what follows), as git's find_end_of_log_message.
 */
function splitMessage(message) {
    const lines = message.replace(/\r\n/g, '\n').split('\n');
    const divider = lines.findIndex((line) => /^---(\s|$)/.test(line));
    const tail = divider >= 0 ? lines.splice(divider) : [];
    while (lines.length > 0 && isBlank(lines[lines.length - 1]))
        tail.unshift(lines.pop());
    return { lines, tail };
}
/**
 * git's find_trailer_block_start: the last paragraph (never the first one, the title) is a
 * trailer block when all its lines are trailers or continuation lines, or when it has a
 * git-generated trailer and at least a quarter of its lines are trailers.
 */
function findTrailerBlock(lines) {
    let endOfTitle = lines.length;
    for (let i = 0; i < lines.length; i++) {
        if (isComment(lines[i]))
            continue;
        if (isBlank(lines[i])) {
            endOfTitle = i;
            break;
        }
    }
    let onlySpaces = true;
    let recognizedPrefix = false;
    let trailerLines = 0;
    let nonTrailerLines = 0;
    let possibleContinuationLines = 0;
    for (let i = lines.length - 1; i >= endOfTitle; i--) {
        const line = lines[i];
        if (isComment(line)) {
            nonTrailerLines += possibleContinuationLines;
            possibleContinuationLines = 0;
            continue;
        }
        if (isBlank(line)) {
            if (onlySpaces)
                continue;
            nonTrailerLines += possibleContinuationLines;
            if ((recognizedPrefix && trailerLines * 3 >= nonTrailerLines) ||
                (trailerLines > 0 && nonTrailerLines === 0))
                return { start: i + 1, end: lines.length };
            return undefined;
        }
        onlySpaces = false;
        if (GIT_GENERATED_PREFIXES.some((prefix) => line.startsWith(prefix))) {
            trailerLines++;
            possibleContinuationLines = 0;
            recognizedPrefix = true;
        }
        else if (trailerLine(line)) {
            trailerLines++;
            possibleContinuationLines = 0;
        }
        else if (/^\s/.test(line)) {
            possibleContinuationLines++;
        }
        else {
            nonTrailerLines += 1 + possibleContinuationLines;
            possibleContinuationLines = 0;
        }
    }
    return undefined;
}
/**
 * The trailers of a commit message, as `git interpret-trailers --parse` finds them: token (as
 * written) → values in order, continuation lines unfolded into the value with one space.
 */
function parseTrailers(message) {
    const { lines } = splitMessage(message);
    const block = findTrailerBlock(lines);
    const result = new Map();
    if (!block)
        return {};
    let current;
    for (const line of lines.slice(block.start, block.end)) {
        if (isComment(line))
            continue;
        if (/^\s/.test(line) && !isBlank(line)) {
            if (current)
                current.values[current.index] += ' ' + line.trim();
            continue;
        }
        const trailer = trailerLine(line);
        if (!trailer) {
            current = undefined;
            continue;
        }
        const values = result.get(trailer.token) ?? [];
        values.push(trailer.value);
        result.set(trailer.token, values);
        current = { values, index: values.length - 1 };
    }
    return Object.fromEntries(result);
}
/**
 * Title and body printed by a `commit-message` action (Packit's get_commit_message_from_action):
 * the outputs of all commands joined, only what follows the last divider line, split at the first
 * empty line. Undefined when there is no output or no title (then the defaults apply).
 */
function commitMessageFromAction(outputs) {
    const joined = outputs.join('');
    const divider = joined.lastIndexOf(COMMIT_ACTION_DIVIDER);
    const whole = divider >= 0 ? joined.slice(divider + COMMIT_ACTION_DIVIDER.length) : joined;
    const split = whole.indexOf('\n\n');
    const title = (split >= 0 ? whole.slice(0, split) : whole).trim();
    const body = split >= 0 ? whole.slice(split + 2).trim() : '';
    return title ? { title, body } : undefined;
}
// ------------------------------------------------------------------------------------------------
// Pull request
/** Packit's PR branch: `<dist-git branch>-update-<job type>`. */
function prBranchName(branch, jobType = 'propose_downstream') {
    return `${branch}-update-${jobType}`;
}
function prTitle(branch, version) {
    return `Update ${branch} to upstream release ${version}`;
}
/**
 * A git remote URL as an https web URL without `.git` and without credentials
 * (`git@host:a/b.git`, `ssh://git@host:22/a/b.git`, `git://host/a/b`, `https://u:t@host/a/b.git`
 * → `https://host/a/b`); http stays http. Undefined when it is not a URL we recognize.
 */
function normalizeGitUrl(url) {
    const text = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutUrlCredentials */ .el)(url.trim());
    let scheme = 'https';
    let host;
    let path;
    const scp = /^(?:[^@/:\s]+@)?([^@/:\s]+):(?!\/\/)(.+)$/.exec(text);
    const full = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/\s]*@)?([^@/:\s]+)(?::\d+)?(\/.*)?$/i.exec(text);
    if (full) {
        const given = full[1].toLowerCase();
        if (!['http', 'https', 'ssh', 'git', 'git+ssh'].includes(given))
            return undefined;
        if (given === 'http')
            scheme = 'http';
        host = full[2];
        path = full[3] ?? '';
    }
    else if (scp) {
        host = scp[1];
        path = '/' + scp[2];
    }
    else {
        return undefined;
    }
    path = path
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .replace(/\/+$/, '');
    if (!/^\/[^/]/.test(path))
        return undefined;
    return `${scheme}://${host.toLowerCase()}${path}`;
}
function forgeOf(webUrl) {
    const host = new URL(webUrl).hostname;
    if (host === 'github.com')
        return 'github';
    if (host.includes('gitlab'))
        return 'gitlab';
    if (host === 'pagure.io')
        return 'pagure';
    return 'other';
}
/** Link to a tag on GitHub or GitLab (Packit's get_tag_link); undefined elsewhere. */
function tagLink(webUrl, tag) {
    const forge = forgeOf(webUrl);
    if (forge === 'github')
        return `${webUrl}/releases/tag/${tag}`;
    if (forge === 'gitlab')
        return `${webUrl}/-/tags/${tag}`;
    return undefined;
}
/** Link to a commit on GitHub, GitLab or pagure.io (Packit's get_commit_link); undefined elsewhere. */
function commitLink(webUrl, sha) {
    const forge = forgeOf(webUrl);
    if (forge === 'github')
        return `${webUrl}/commit/${sha}`;
    if (forge === 'gitlab')
        return `${webUrl}/-/commit/${sha}`;
    if (forge === 'pagure')
        return `${webUrl}/c/${sha}`;
    return undefined;
}
function commitText(webUrl, sha) {
    const link = webUrl ? commitLink(webUrl, sha) : undefined;
    return link ? `[${shortCommit(sha)}](${link})` : shortCommit(sha);
}
/** A URL srcgit does not recognize, as it may be shown: never with credentials. */
function shownUrl(url) {
    return url === undefined ? undefined : (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutUrlCredentials */ .el)(url.trim()) || undefined;
}
/** The hidden comment a PR description carries; HTML-comment-safe JSON. */
function prMarker(marker) {
    const data = {};
    if (marker.sourceGit)
        data.source_git = marker.sourceGit;
    if (marker.commit)
        data.commit = marker.commit;
    if (marker.pullRequest !== undefined)
        data.pull_request = marker.pullRequest;
    if (marker.superseded?.length)
        data.superseded = marker.superseded;
    const json = JSON.stringify(data)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/-(?=-)/g, '\\u002d');
    return `<!-- srcgit: ${json} -->`;
}
/**
 * The PR description (Packit's SYNC_RELEASE_PR_DESCRIPTION): upstream tag and commit (linked on
 * GitHub, GitLab and pagure.io), `Resolves:` lines linking to Bugzilla, then our source-git
 * commit and a hidden marker for {@link parsePrMarker}.
 */
function prDescription(options) {
    const upstream = options.upstreamUrl ? normalizeGitUrl(options.upstreamUrl) : undefined;
    const sourceGit = options.sourceGitUrl ? normalizeGitUrl(options.sourceGitUrl) : undefined;
    const lines = [];
    if (options.tag) {
        const link = upstream ? tagLink(upstream, options.tag) : undefined;
        lines.push(`Upstream tag: ${link ? `[${options.tag}](${link})` : options.tag}`);
    }
    if (options.commit)
        lines.push(`Upstream commit: ${commitText(upstream, options.commit)}`);
    for (const bug of options.resolvedBugs ?? []) {
        const id = /#(\d+)/.exec(bug)?.[1];
        lines.push(id ? `Resolves: [${bug}](${BUGZILLA_URL}${id})` : `Resolves: ${bug}`);
    }
    if (options.sourceGitCommit)
        lines.push(`Source-git commit: ${commitText(sourceGit, options.sourceGitCommit)}`);
    const sourceGitShown = sourceGit ?? shownUrl(options.sourceGitUrl);
    if (sourceGitShown || options.sourceGitCommit) {
        if (lines.length > 0)
            lines.push('');
        lines.push(prMarker({ sourceGit: sourceGitShown, commit: options.sourceGitCommit }));
    }
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
/**
 * Read the marker back from a PR description, wherever it is and whatever text surrounds it;
 * the last well-formed marker wins. Undefined when there is none.
 */
function parsePrMarker(description) {
    return lastMarker(description)?.marker;
}
/** The last well-formed marker of a description, and where it is. */
function lastMarker(description) {
    const markers = [...description.matchAll(/<!--\s*srcgit:\s*(\{[^]*?\})\s*-->/g)].reverse();
    for (const match of markers) {
        let data;
        try {
            data = JSON.parse(match[1]);
        }
        catch {
            continue;
        }
        if (!data || typeof data !== 'object' || Array.isArray(data))
            continue;
        const record = data;
        const result = {};
        if (typeof record.source_git === 'string')
            result.sourceGit = record.source_git;
        if (typeof record.commit === 'string')
            result.commit = record.commit;
        if (typeof record.pull_request === 'number' && Number.isSafeInteger(record.pull_request))
            result.pullRequest = record.pull_request;
        if (Array.isArray(record.superseded)) {
            const commits = record.superseded.filter((c) => typeof c === 'string' && isCommitHash(c));
            if (commits.length > 0)
                result.superseded = commits.slice(0, MAX_SUPERSEDED);
        }
        if (result.sourceGit === undefined && result.commit === undefined)
            continue;
        return { marker: result, index: match.index, length: match[0].length };
    }
    return undefined;
}
function isCommitHash(text) {
    return /^[0-9a-f]{7,64}$/i.test(text);
}
/**
 * How many earlier source-git commits a PR's marker remembers: sync-status settles their
 * `srcgit/<branch>` statuses, one status read per commit per run. Each sync settles what was
 * superseded since the last, so a few are plenty.
 */
const MAX_SUPERSEDED = 5;
/**
 * The description to update a PR with, when the PR's description is now `previous`: `next` with
 * the source-git commits the PR carried before in its marker, newest first (the one `previous`
 * names, when it differs from the new one, then those it remembered), at most
 * {@link MAX_SUPERSEDED}, never the new commit itself. `next` as it is when either has no marker,
 * when the markers name different source-git repositories, or when there is nothing to remember.
 */
function carrySupersededCommits(next, previous) {
    const ours = lastMarker(next);
    const theirs = previous ? parsePrMarker(previous) : undefined;
    if (!ours || !theirs)
        return next;
    const repo = (url) => (url ? (normalizeGitUrl(url) ?? url).toLowerCase() : undefined);
    const [a, b] = [repo(ours.marker.sourceGit), repo(theirs.sourceGit)];
    if (a && b && a !== b)
        return next;
    const current = ours.marker.commit?.toLowerCase();
    const seen = new Set(current ? [current] : []);
    const superseded = [];
    for (const commit of [theirs.commit, ...(theirs.superseded ?? [])]) {
        if (!commit || !isCommitHash(commit) || seen.has(commit.toLowerCase()))
            continue;
        seen.add(commit.toLowerCase());
        superseded.push(commit);
    }
    if (superseded.length === 0)
        return next;
    const marker = prMarker({ ...ours.marker, superseded: superseded.slice(0, MAX_SUPERSEDED) });
    return next.slice(0, ours.index) + marker + next.slice(ours.index + ours.length);
}
// ------------------------------------------------------------------------------------------------
// Previews of source-git pull requests
/** The fork branch of a source-git PR's preview: `<dist-git branch>-srcgit-pr-<N>`. */
function previewBranchName(branch, pullRequest) {
    return `${branch}-srcgit-pr-${pullRequest}`;
}
/** The dist-git branch and source-git PR number a preview branch name stands for. */
function parsePreviewBranch(name) {
    const match = /^(.+)-srcgit-pr-(\d+)$/.exec(name);
    return match ? { branch: match[1], pullRequest: Number(match[2]) } : undefined;
}
/** Pagure keeps PR titles to 255 characters. */
const MAX_TITLE = 255;
function previewTitle(pullRequest, title) {
    const full = `Preview of source-git PR #${pullRequest}: ${title.replace(/\s+/g, ' ').trim()}`;
    return full.length > MAX_TITLE ? `${full.slice(0, MAX_TITLE - 1)}…` : full;
}
/** The preview PR description: what it is, the SIG's merge order (this first), and the marker with the PR number. */
function previewDescription(options) {
    const sourceGit = options.sourceGitUrl ? normalizeGitUrl(options.sourceGitUrl) : undefined;
    const pr = options.url ? `[#${options.pullRequest}](${options.url})` : `#${options.pullRequest}`;
    return [
        `Preview of source-git pull request ${pr} (${options.title.replace(/\s+/g, ' ').trim()}) on ${options.branch}, ` +
            "so that Fedora's CI tests it before it is merged.",
        '',
        'Merge order: merge this pull request first, then the source-git pull request (its ' +
            '`srcgit/dist-git-merged` status stays pending until then). srcgit updates this pull request on every ' +
            'push to the source-git pull request and closes it when that one is closed without merging.',
        '',
        `Source-git commit: ${commitText(sourceGit, options.headCommit)}`,
        '',
        prMarker({
            sourceGit: sourceGit ?? shownUrl(options.sourceGitUrl),
            commit: options.headCommit,
            pullRequest: options.pullRequest,
        }),
        '',
    ].join('\n');
}
/** The preview commit's message; the trailer lets later runs tell srcgit's commit from a maintainer's. */
function previewCommitMessage(options) {
    return addTrailer(`Preview of source-git PR #${options.pullRequest}\n\n${options.title.replace(/\s+/g, ' ').trim()}\n\n${COMMIT_AUTHORED_BY}`, FROM_SOURCE_GIT_TOKEN, options.headCommit);
}
// ------------------------------------------------------------------------------------------------
// README.packit
/**
 * README.packit, written to the dist-git root like Packit's SYNCING_NOTE (three lines with a
 * trailing newline), naming srcgit instead of Packit.
 */
function readmePackit(version = VERSION) {
    return `This repository is maintained by srcgit.\n${SRCGIT_URL}\nThe file was generated using srcgit ${version}.\n`;
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

/***/ 9372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ baseActionEnv),
/* harmony export */   Lx: () => (/* binding */ actionRunner),
/* harmony export */   z6: () => (/* binding */ syncActionEnv)
/* harmony export */ });
/* unused harmony export ActionError */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var shlex__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95637);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74227);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2508);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77720);
/**
 * Packit `actions`: user commands run at fixed points of the release flow (hooks), that
 * replace a step (`prepare-files`, `create-patches`), or whose output is used
 * (`changelog-entry`, `commit-message`). Semantics as Packit's actions_handler:
 * each command string is split with POSIX shell rules (shlex, no shell: wrap shell syntax
 * in `bash -c '...'`), commands run one after another in the source-git checkout with the
 * PACKIT_* variables added to the environment, and a non-zero exit fails the job.
 *
 * Deliberate differences: Packit sets the variables in its own process environment, so they
 * leak from one action into the next; here each action gets exactly its own. And an action
 * sees the job's environment without srcgit's secrets (Pagure token, SSH key, keytab, CI
 * tokens), as in packit-service, where actions run in a sandbox pod that gets only the
 * PACKIT_* variables (packit/command_handler.py SandcastleCommandHandler.run_command).
 */





class ActionError extends Error {
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .registerUserError */ .X)(ActionError);
/** Variables every action gets (Packit's `get_base_env`). */
function baseActionEnv(packageKey, pkg, specfilePath) {
    return {
        PACKIT_CONFIG_PACKAGE_NAME: packageKey,
        PACKIT_UPSTREAM_PACKAGE_NAME: pkg.upstream_package_name,
        PACKIT_DOWNSTREAM_PACKAGE_NAME: pkg.downstream_package_name,
        PACKIT_SPECFILE_PATH: specfilePath,
    };
}
/** Variables of the release-sync actions (Packit's `common_env`): the base ones plus the repositories and version. */
function syncActionEnv(opts) {
    const upstream = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(opts.upstreamRepo);
    return {
        ...baseActionEnv(opts.packageKey, opts.pkg, opts.specfilePath),
        PACKIT_UPSTREAM_REPO: upstream,
        PACKIT_DOWNSTREAM_REPO: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(opts.downstreamRepo),
        PACKIT_PWD: upstream,
        PACKIT_PROJECT_VERSION: opts.version,
    };
}
function argv(command) {
    return typeof command === 'string' ? (0,shlex__WEBPACK_IMPORTED_MODULE_1__/* .split */ .lD)(command) : command;
}
function actionRunner(pkg, cwd) {
    return {
        has: (name) => (pkg.actions[name]?.length ?? 0) > 0,
        async run(name, env) {
            const commands = pkg.actions[name];
            if (!commands || commands.length === 0)
                return undefined;
            const outputs = [];
            for (const command of commands)
                outputs.push(await runCommand(name, argv(command), cwd, env));
            return outputs;
        },
    };
}
function runCommand(name, args, cwd, env) {
    const shown = args.join(' ');
    if (args.length === 0)
        return Promise.reject(new ActionError(`action ${name}: an empty command`));
    return new Promise((resolve, reject) => {
        const child = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .spawnChild */ .A)(args[0], args.slice(1), { cwd, env, stdio: 'pipe' });
        const out = [];
        const err = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.stdin.end();
        child.on('error', (error) => reject(new ActionError(error.code === 'ENOENT'
            ? `action ${name}: command not found: ${args[0]} (in "${shown}"); install it in the job, or use an absolute path`
            : `action ${name}: cannot run "${shown}": ${error.message}`)));
        child.on('close', (code, signal) => {
            if (code === 0)
                return resolve(Buffer.concat(out).toString('utf8'));
            const stderr = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-15).join('\n');
            reject(new ActionError((0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(`action ${name} failed: "${shown}" ${signal ? `was killed by ${signal}` : `exited with ${code}`}` +
                (stderr ? `:\n${stderr}` : '') +
                `\n(actions run in ${cwd}; fix the command under actions.${name} in the configuration)`)));
        });
    });
}


/***/ }),

/***/ 72753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ commitIdentities)
/* harmony export */ });
/* harmony import */ var _dist_git_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64298);
/** The author and committer of srcgit's dist-git commits, read once per run. */

async function gitConfig(git, key) {
    const r = await git.run(['config', '--get', key], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
}
/** `explicit` is `--author`; otherwise git's identity (GIT_AUTHOR_* or user.*), the CI actor, srcgit. */
async function commitIdentities(git, explicit) {
    const sources = {
        explicit,
        gitName: process.env.GIT_AUTHOR_NAME || (await gitConfig(git, 'user.name')),
        gitEmail: process.env.GIT_AUTHOR_EMAIL || (await gitConfig(git, 'user.email')),
        env: process.env,
    };
    const author = (0,_dist_git_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .commitAuthor */ .lh)(sources);
    const by = (0,_dist_git_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .committer */ .dF)({
        ...sources,
        gitName: process.env.GIT_COMMITTER_NAME || sources.gitName,
        gitEmail: process.env.GIT_COMMITTER_EMAIL || sources.gitEmail,
    });
    return { author, committer: by, env: (0,_dist_git_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityEnv */ .Wx)(author, by) };
}


/***/ }),

/***/ 14125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gC: () => (/* binding */ buildContext),
  bX: () => (/* binding */ buildsOutput),
  VI: () => (/* binding */ buildsResult),
  E$: () => (/* binding */ buildsSummary),
  s6: () => (/* binding */ formatBuild),
  sp: () => (/* binding */ jobSummary),
  pE: () => (/* binding */ reportBuild)
});

// UNUSED EXPORTS: buildStatus, failureComment

;// CONCATENATED MODULE: ./build/bundle-src/forges/source-git/comment-once.js
/**
 * The key as it goes inside the HTML comment: letters, digits and `._:/@+=,` as they are, a
 * single `-` as it is, everything else (spaces, `>`, `<`, `!`, a `-` before another `-`, `%`)
 * percent-encoded as UTF-8. Nothing can end the comment early, and two keys never give the same text.
 */
function encodeMarkerKey(key) {
    let out = '';
    for (const char of key) {
        if (/^[A-Za-z0-9._:/@+=,-]$/.test(char))
            out += char;
        else
            for (const byte of Buffer.from(char, 'utf8'))
                out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    // `--` is not allowed in an HTML comment (and `-->` would close it).
    return out.replace(/-(?=-)/g, '%2D');
}
/** The hidden marker for `key`. */
function commentMarker(key) {
    if (!key)
        throw new Error('a comment key is needed: it is what keeps the comment from being posted twice');
    return `<!-- srcgit-comment: ${encodeMarkerKey(key)} -->`;
}
/** The body with the marker for `key` after it. */
function markedBody(key, body) {
    return `${body.replace(/\s+$/, '')}\n\n${commentMarker(key)}\n`;
}
/** Whether a comment body carries the marker for `key`. */
function hasMarker(body, key) {
    return body.includes(commentMarker(key));
}
/**
 * Posts `body` on request `number` unless a comment there already carries the marker of `key`.
 * posted: false with that comment's url when one does. Two runs at the same moment can both post:
 * the check and the post are two requests.
 */
async function commentOnce(host, number, key, body) {
    const text = markedBody(key, body);
    const existing = (await host.comments(number)).find((c) => hasMarker(c.body, key));
    if (existing)
        return { posted: false, ...(existing.url !== undefined ? { url: existing.url } : {}) };
    const { url } = await host.comment(number, text);
    return { posted: true, ...(url !== undefined ? { url } : {}) };
}

// EXTERNAL MODULE: ./build/bundle-src/status/sink.js + 1 modules
var sink = __webpack_require__(85348);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/koji-build-report.js


/** `koji/rawhide`, or `koji/<package>/rawhide` when the configuration has several packages. */
function buildContext(kind, o, several) {
    return several ? `${kind}/${o.package}/${o.branch}` : `${kind}/${o.branch}`;
}
/** The status an outcome gives its source-git commit; undefined when there is nothing to show. */
function buildStatus(o, several) {
    const context = buildContext('koji', o, several);
    const nvr = o.nvr ?? o.branch;
    switch (o.result) {
        case 'submitted':
            return { context, state: 'pending', description: `Koji is building ${nvr}`, targetUrl: o.taskUrl };
        case 'built':
            return {
                context,
                state: 'success',
                description: `Koji built ${nvr}`,
                targetUrl: o.buildUrl ?? o.taskUrl,
            };
        case 'already-built':
            return o.reason?.includes(' building')
                ? {
                    context,
                    state: 'pending',
                    description: `Koji is building ${nvr}`,
                    targetUrl: o.buildUrl ?? o.taskUrl,
                }
                : { context, state: 'success', description: `Koji built ${nvr}`, targetUrl: o.buildUrl ?? o.taskUrl };
        case 'failed':
            return o.taskUrl
                ? { context, state: 'failure', description: `Koji build of ${nvr} failed`, targetUrl: o.taskUrl }
                : undefined;
        case 'skipped':
            return undefined;
    }
}
/** The status on the source-git commit and, for a failed build, the comment on its pull request. */
async function reportBuild(reporters, o, several, koji, notes) {
    if (!reporters || !o.sourceGitCommit)
        return;
    const status = buildStatus(o, several);
    if (status && reporters.sink) {
        try {
            await (0,sink/* mirrorStatuses */.CI)(reporters.sink, o.sourceGitCommit, [status]);
        }
        catch (error) {
            notes.push(`could not set ${status.context} on ${o.sourceGitCommit.slice(0, 12)}: ${message(error)}`);
        }
    }
    if (o.result === 'failed' &&
        o.taskId !== undefined &&
        o.sourceGitPullRequest !== undefined &&
        reporters.requests) {
        try {
            await commentOnce(reporters.requests, o.sourceGitPullRequest, `koji-build:${o.branch}:${o.taskId}`, failureComment(o, koji));
        }
        catch (error) {
            notes.push(`could not comment on ${reporters.requests.noun} #${o.sourceGitPullRequest}: ${message(error)}`);
        }
    }
}
function failureComment(o, koji) {
    return [
        `The Koji build of \`${o.nvr ?? o.commit}\` for dist-git branch \`${o.branch}\` failed: ${o.taskUrl}`,
        '',
        o.reason ?? '',
        '',
        `Fix the package here and propose again, or fix it in dist-git; every build task: ${koji.tasksUrl()}`,
    ].join('\n');
}
const ICON = {
    submitted: '🚀',
    built: '✅',
    'already-built': '✅',
    skipped: '⏭️',
    failed: '❌',
};
const WORDS = {
    submitted: 'submitted',
    built: 'built',
    'already-built': 'already built',
    skipped: 'skipped',
    failed: 'failed',
};
function label(o, several) {
    return several ? `${o.package} ${o.branch}` : o.branch;
}
/** One line per branch: `rawhide: submitted foo-1.0-1.fc46 https://…/taskinfo?taskID=1 (reason)`. */
function formatBuild(o, several = false) {
    const word = o.dryRun && o.result === 'submitted' ? 'would submit' : WORDS[o.result];
    const url = o.taskUrl ?? o.buildUrl;
    return `${label(o, several)}: ${word}${o.nvr ? ` ${o.nvr}` : ''}${url ? ` ${url}` : ''}${o.reason ? ` (${o.reason})` : ''}`;
}
/** The `builds` output: one entry per package and branch. */
function buildsOutput(outcomes) {
    return JSON.stringify(outcomes.map((o) => ({
        package: o.package,
        branch: o.branch,
        result: o.result,
        nvr: o.nvr ?? null,
        target: o.target ?? null,
        commit: o.commit ?? null,
        task_url: o.taskUrl ?? null,
        build_url: o.buildUrl ?? null,
        source_git_commit: o.sourceGitCommit ?? null,
        reason: o.reason ?? null,
        ...(o.dryRun ? { dry_run: true } : {}),
    })));
}
/** The run's one word: failed, submitted, built, already-built or skipped (the most significant). */
function buildsResult(outcomes) {
    const order = ['failed', 'submitted', 'built', 'already-built', 'skipped'];
    return order.find((r) => outcomes.some((o) => o.result === r)) ?? 'skipped';
}
function buildsSummary(outcomes, notes, dryRun = false) {
    const several = new Set(outcomes.map((o) => o.package)).size > 1;
    return jobSummary(`srcgit koji-build${dryRun ? ' (dry run)' : ''}`, 'Nothing to build.', ['Branch', 'Result', 'NVR', 'Koji', 'Why'], outcomes.map((o) => {
        const url = o.taskUrl ?? o.buildUrl;
        const word = o.dryRun && o.result === 'submitted' ? 'would submit' : WORDS[o.result];
        return [
            label(o, several),
            `${ICON[o.result]} ${word}`,
            o.nvr ? `\`${o.nvr}\`` : '',
            url ? `[${o.taskUrl ? 'task' : 'build'}](${url})` : '',
            o.reason ?? '',
        ];
    }), notes);
}
/** A downstream job's Markdown summary: a heading, one table row per branch, the notes. */
function jobSummary(title, empty, headers, rows, notes) {
    const lines = [`## ${title}`, ''];
    if (rows.length === 0)
        lines.push(empty, '');
    else {
        lines.push(`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`);
        for (const row of rows)
            lines.push(`| ${row.map(cell).join(' | ')} |`);
        lines.push('');
    }
    for (const note of notes)
        lines.push(`> ${cell(note)}`, '');
    return lines.join('\n');
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 20462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dx: () => (/* binding */ gateSetup),
  w6: () => (/* binding */ mergeGateAfterPreview),
  QM: () => (/* binding */ syncMergeGates)
});

// EXTERNAL MODULE: ./build/bundle-src/config/index.js + 9 modules
var bundle_src_config = __webpack_require__(76766);
// EXTERNAL MODULE: ./build/bundle-src/forges/bodhi.js
var bodhi = __webpack_require__(84065);
// EXTERNAL MODULE: ./build/bundle-src/http/client.js
var client = __webpack_require__(89224);
// EXTERNAL MODULE: ./build/bundle-src/status/platform.js
var platform = __webpack_require__(50206);
// EXTERNAL MODULE: ./build/bundle-src/status/sink.js + 1 modules
var status_sink = __webpack_require__(85348);
// EXTERNAL MODULE: ./build/bundle-src/jobs/koji-build-report.js + 1 modules
var koji_build_report = __webpack_require__(14125);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/messages.js
var messages = __webpack_require__(5996);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/merge-gate.js
/**
 * The merge gate of a source-git pull request. The SIG merges in this order: the dist-git pull
 * request (srcgit's preview of the source-git PR) first, then, once Koji has built it when a
 * koji_build job is configured, the source-git PR. One commit status on the source-git PR's
 * head says how far that is, `srcgit/dist-git-merged` (`srcgit/<package>/dist-git-merged` with
 * several packages), so branch protection can require it:
 * - pending "waiting for <dist-git PR> to be merged" while a preview is open;
 * - failure when a preview was closed without merging (nothing will be merged);
 * - once every preview is merged: success, or with koji_build pending until the `koji/<branch>`
 *   status of each merged branch is success (failure, linking to the task, when one failed).
 *
 * Pure: the previews and the Koji statuses in, the status out. The same inputs give the same
 * status whichever job computes it (preview, sync-status, koji-build), so they never undo each
 * other's writes.
 */

/** The gate's context: `srcgit/dist-git-merged`, or `srcgit/<package>/dist-git-merged` with several packages. */
function mergeGateContext(pkg) {
    return pkg ? `srcgit/${pkg}/dist-git-merged` : 'srcgit/dist-git-merged';
}
/** The gate status for the previews of one source-git commit; undefined when there is none. */
function mergeGateStatus(input) {
    const { context, previews } = input;
    if (previews.length === 0)
        return undefined;
    const closed = previews.filter((p) => p.state === 'closed');
    if (closed.length > 0)
        return {
            context,
            state: 'failure',
            description: `${names(closed)} ${closed.length > 1 ? 'were' : 'was'} closed without merging; push to the source-git PR to preview it again`,
            targetUrl: closed[0].url,
        };
    const open = previews.filter((p) => p.state === 'open');
    if (open.length > 0)
        return {
            context,
            state: 'pending',
            description: `waiting for ${open.length === 1 ? open[0].url : names(open)} to be merged`,
            targetUrl: open[0].url,
        };
    const merged = `${names(previews)} merged`;
    const targetUrl = previews[0].url;
    const builds = [...(input.builds ?? new Map())];
    if (builds.length === 0)
        return { context, state: 'success', description: merged, targetUrl };
    const verdicts = builds.map(([branch, status]) => ({ branch, status, verdict: buildVerdict(status) }));
    const failed = verdicts.find((v) => v.verdict === 'failure');
    if (failed) {
        const url = failed.status?.targetUrl?.trim() || undefined;
        return {
            context,
            state: 'failure',
            description: `the Koji build for ${failed.branch} failed${url ? `: ${url}` : ''}`,
            targetUrl: url ?? targetUrl,
        };
    }
    if (verdicts.some((v) => v.verdict === 'pending'))
        return {
            context,
            state: 'pending',
            description: `${merged}; waiting for the Koji build${builds.length > 1 ? 's' : ''}`,
            targetUrl,
        };
    return { context, state: 'success', description: `${merged} and built in Koji`, targetUrl };
}
/** A `koji/<branch>` status read back, in either platform's words: passed, failed, or not yet. */
function buildVerdict(status) {
    const state = status?.state.toLowerCase();
    if (state === 'success')
        return 'success';
    if (state === 'failure' || state === 'failed' || state === 'error' || state === 'canceled')
        return 'failure';
    return 'pending';
}
/** `dist-git PR #12 (rawhide)`, `dist-git PRs #12 (rawhide), #13 (f43)`. */
function names(previews) {
    const one = (p) => `${prNumber(p)} (${p.branch})`;
    return `dist-git PR${previews.length > 1 ? 's' : ''} ${previews.map(one).join(', ')}`;
}
function prNumber(p) {
    if (p.id !== undefined)
        return `#${p.id}`;
    const match = /\/(?:pull-request|pulls)\/(\d+)(?:[/?#]|$)/.exec(p.url);
    return match ? `#${match[1]}` : p.url;
}
/**
 * The previews among a package's dist-git PRs, by the source-git commit they were made from
 * (their marker's commit; only PRs whose marker names a source-git PR): the newest per target
 * branch (a preview closed, then opened again from the same commit, has the last word).
 */
function previewsByCommit(prs) {
    const newest = new Map();
    for (const pr of prs) {
        const marker = (0,messages/* parsePrMarker */.A1)(pr.description);
        if (!marker?.commit || marker.pullRequest === undefined)
            continue;
        const key = `${marker.commit.toLowerCase()}\0${pr.targetBranch}`;
        const seen = newest.get(key)?.pr;
        if (!seen ||
            pr.createdAt - seen.createdAt > 0 ||
            (pr.createdAt === seen.createdAt && pr.number > seen.number))
            newest.set(key, { commit: marker.commit, pr });
    }
    const byCommit = new Map();
    for (const { commit, pr } of [...newest.values()].sort((a, b) => a.pr.number - b.pr.number)) {
        const key = commit.toLowerCase();
        const list = byCommit.get(key) ?? [];
        list.push({ branch: pr.targetBranch, url: pr.url, id: pr.number, state: pr.state });
        byCommit.set(key, list);
    }
    return byCommit;
}
/**
 * The previews a preview run leaves, per package ('' with one package): open for a PR created,
 * updated or unchanged, closed for one it closed. Branches without a PR (already in dist-git,
 * failed, dry run) are not among them.
 */
function previewsFromOutcomes(outcomes) {
    const byPackage = new Map();
    for (const o of outcomes) {
        if (!o.url || o.dryRun)
            continue;
        const state = ['created', 'updated', 'unchanged'].includes(o.operation)
            ? 'open'
            : o.operation === 'closed'
                ? 'closed'
                : undefined;
        if (!state)
            continue;
        const list = byPackage.get(o.package ?? '') ?? [];
        list.push({ branch: o.branch, url: o.url, state });
        byPackage.set(o.package ?? '', list);
    }
    // In PR number order, as previewsByCommit lists them: the same description either way.
    const number = (p) => Number(/(\d+)(?:[/?#]|$)/.exec(p.url)?.[1] ?? 0);
    for (const list of byPackage.values())
        list.sort((a, b) => number(a) - number(b));
    return byPackage;
}
/** Every branch already had the source-git PR's content: nothing to merge in dist-git. */
function alreadyInDistGit(context) {
    return { context, state: 'success', description: 'dist-git already has the content of this pull request' };
}

// EXTERNAL MODULE: ./build/bundle-src/jobs/package-heads.js + 2 modules
var package_heads = __webpack_require__(88380);
// EXTERNAL MODULE: ./build/bundle-src/jobs/propose-downstream.js + 1 modules
var propose_downstream = __webpack_require__(32660);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/merge-gate-sync.js
/**
 * Writes the merge gate (see merge-gate.ts) on source-git commits: after a preview run, and from
 * sync-status and koji-build, which read the previews from dist-git and the `koji/<branch>`
 * statuses from the commit. Only what differs is written (mirrorStatuses), so reruns write nothing.
 */









/** The gate setup of `pkg`: contexts named as preview and sync-status name theirs (the package when they propose several). */
function gateSetup(config, pkg, opts = {}) {
    const proposed = (0,bundle_src_config/* jobViews */.o8)(config, bundle_src_config/* PROPOSE_DOWNSTREAM */.WZ).views.map((v) => v.pkg.downstream_package_name);
    const proposing = new Set(proposed.length > 0 ? proposed : Object.values(config.packages).map((p) => p.downstream_package_name));
    const koji = (0,bundle_src_config/* jobViews */.o8)(config, bundle_src_config/* KOJI_BUILD */.rz).views.filter((v) => v.job !== undefined);
    let branches;
    return {
        pkg,
        context: mergeGateContext(proposing.size > 1 ? pkg : undefined),
        kojiSeveral: new Set(koji.map((v) => v.pkg.downstream_package_name)).size > 1,
        kojiBranches: () => (branches ??= Promise.all(koji
            .filter((v) => v.pkg.downstream_package_name === pkg)
            .map((v) => (0,propose_downstream/* branchesFor */.I7)(v.pkg, undefined, () => opts.http ?? new client/* HttpClient */.Q(), opts.bodhiUrl ?? bodhi/* DEFAULT_BODHI_URL */.Xr))).then((lists) => [...new Set(lists.flat())])),
    };
}
/**
 * The gate on each source-git commit previewed among `prs` (a package's dist-git PRs). Returns
 * what was done, one line per commit written or failed, for the run's notes.
 */
async function syncMergeGates(sink, prs, setup, options = {}) {
    const notes = [];
    const wanted = options.commits?.map((c) => c.toLowerCase());
    for (const [commit, previews] of previewsByCommit(prs)) {
        if (wanted && !wanted.some((w) => commit.startsWith(w) || w.startsWith(commit)))
            continue;
        try {
            // Which branches wait for Koji matters only once everything is merged.
            const allMerged = previews.every((p) => p.state === 'merged');
            const kojiBranches = allMerged ? await setup.kojiBranches() : [];
            const plan = await (0,status_sink/* mirrorStatuses */.CI)(sink, commit, (shown) => {
                const has = (context) => shownStatus(shown, context);
                if (options.onlyShown && !has(setup.context))
                    return [];
                const status = mergeGateStatus({
                    context: setup.context,
                    previews,
                    builds: kojiBuilds(previews, kojiBranches, setup, has),
                });
                return status ? [status] : [];
            });
            for (const write of plan.writes)
                notes.push(`${write.context} on ${commit.slice(0, 12)}: ${write.state}, ${write.description}`);
            for (const held of plan.held)
                notes.push(`${held.status.context} on ${commit.slice(0, 12)} held: ${held.reason}`);
        }
        catch (error) {
            notes.push(`could not set ${setup.context} on ${commit.slice(0, 12)}: ${error.message}`);
        }
    }
    return notes;
}
/** The merged branches koji_build builds, each with the `koji/<branch>` status the commit shows. */
function kojiBuilds(previews, kojiBranches, setup, shown) {
    const builds = new Map();
    for (const { branch } of previews)
        if ((0,package_heads/* isConfiguredBranch */.pu)(branch, kojiBranches))
            builds.set(branch, shown((0,koji_build_report/* buildContext */.gC)('koji', { package: setup.pkg, branch }, setup.kojiSeveral)));
    return builds;
}
/**
 * After a preview run, the gate on the source-git PR's head for each package: pending for the
 * previews opened or updated, failure for those closed. A package all of whose branches already
 * had the content gets success, unless the commit shows the gate already (a rerun after the
 * merge leaves what sync-status and koji-build said).
 */
async function mergeGateAfterPreview(sink, commit, outcomes) {
    const previews = previewsFromOutcomes(outcomes);
    const packages = [...new Set(outcomes.map((o) => o.package ?? ''))];
    const desired = (shown) => packages.flatMap((pkg) => {
        const context = mergeGateContext(pkg || undefined);
        const status = mergeGateStatus({ context, previews: previews.get(pkg) ?? [] });
        if (status)
            return [status];
        const mine = outcomes.filter((o) => (o.package ?? '') === pkg);
        const inDistGit = mine.length > 0 && mine.every((o) => o.operation === 'unchanged' && !o.url);
        return inDistGit && !shownStatus(shown, context) ? [alreadyInDistGit(context)] : [];
    });
    const plan = await (0,status_sink/* mirrorStatuses */.CI)(sink, commit, desired);
    return plan.writes.map((w) => w.context);
}
/** The status of `context` the commit shows, matched as the platform matches contexts. */
function shownStatus(shown, context) {
    const key = (0,platform/* contextKey */.hx)(shown.platform, context);
    return shown.statuses.find((s) => (0,platform/* contextKey */.hx)(shown.platform, s.context) === key);
}


/***/ }),

/***/ 88380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nY: () => (/* binding */ branchHeadNvr),
  nb: () => (/* binding */ configuredBranches),
  Ht: () => (/* binding */ isBranchError),
  pu: () => (/* binding */ isConfiguredBranch),
  jq: () => (/* binding */ missingBranchReason),
  o2: () => (/* binding */ packageHeads)
});

// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-heads.js
var branch_heads = __webpack_require__(74666);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-macros.js
var branch_macros = __webpack_require__(98096);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/spec/errors.js
var errors = __webpack_require__(59085);
;// CONCATENATED MODULE: ./build/bundle-src/dist-git/autorelease.js
/**
 * rpmautospec's `%autorelease` from the dist-git history, as fedora-infra/rpmautospec computes
 * it when Koji builds the branch (rpmautospec/pkg_history.py, release_number_visitor and
 * _run_on_history; rpmautospec/magic_comments.py; rpmautospec/subcommands/process_distgit.py,
 * AUTORELEASE_TEMPLATE), with git read through src/git/git.ts in a few batched processes.
 *
 * The rules, from pkg_history.py:
 * - A commit's epoch-version is rpm's `%|epoch?{%{epoch}:}:{}|%{version}` of `<package>.spec`
 *   at that commit (none when the file is missing or rpm cannot parse it).
 * - Its release number is the highest number among its parents whose epoch-version is the
 *   same (or where either is none: "paper over gaps"), 0 without such a parent; plus 1 when
 *   the spec file is in the commit's tree; then at least N for a `[bump release: N]` line in
 *   the commit message. So every commit counts, spec change or not, and a Version change
 *   restarts at 1; a merge takes the highest of its parents.
 * - The release rpm then builds is the header process_distgit.py writes:
 *   `%{?-p:0.}<number + (-b or 1) - 1>%{?-e:.%{-e*}}%{?-s:.%{-s*}}%{!?-n:%{?dist}}`.
 *   `[skip changelog]` only affects %autochangelog, never the number.
 * A shallow clone ends the history early; rpmautospec would count from the shallow boundary
 * as if it were the first commit (a number too low), so that is refused here instead.
 */



/** Reads `%autorelease` options (already macro-expanded) as rpm's getopt does with "e:s:pb:n". */
function parseAutoreleaseOptions(args) {
    const words = args.split(/\s+/).filter(Boolean);
    const found = new Map();
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (word === '--')
            break;
        if (!word.startsWith('-') || word === '-')
            break;
        for (let k = 1; k < word.length; k++) {
            const flag = word[k];
            if (flag === 'p' || flag === 'n') {
                found.set(flag, '');
                continue;
            }
            if (flag !== 'e' && flag !== 's' && flag !== 'b')
                return { problem: `-${flag} is not an option of %autorelease (e:s:pb:n); rpm stops there` };
            const value = k + 1 < word.length ? word.slice(k + 1) : words[++i];
            if (value === undefined)
                return { problem: `-${flag} needs a value; rpm stops there` };
            found.set(flag, value);
            break;
        }
    }
    const base = found.get('b') ?? '1';
    // The header's Lua: tonumber("%{?-b*}"); anything but a plain number makes the build fail.
    if (!/^\d+$/.test(base))
        return { problem: `-b ${base} is not a number (rpmautospec's Lua refuses it)` };
    return {
        extraver: found.get('e'),
        snapinfo: found.get('s'),
        prerelease: found.has('p'),
        base: Number(base),
        noDist: found.has('n'),
    };
}
/** What `%autorelease` expands to with rpmautospec's header for `releaseNumber` (process_distgit.py). */
function expandAutorelease(options, releaseNumber, dist) {
    return ((options.prerelease ? '0.' : '') +
        String(releaseNumber + options.base - 1) +
        (options.extraver !== undefined ? `.${options.extraver}` : '') +
        (options.snapinfo !== undefined ? `.${options.snapinfo}` : '') +
        (options.noDist ? '' : dist));
}
/** `[bump release: N]` in a commit message (magic_comments.py): the release number is at least N. */
function bumpRelease(message) {
    let bump = 0;
    for (const line of message.split('\n')) {
        const magic = /^\s*\[([^\n]*)\]\s*$/.exec(line);
        if (!magic)
            continue;
        for (const part of magic[1].split(',')) {
            // Python's re.match anchors at the start only: "bump release: 3 more" still counts 3.
            const m = /^\s*bump\s+release\s*(?::\s*)?(\d+)/.exec(part);
            if (m)
                bump = Math.max(bump, Number(m[1]));
        }
    }
    return bump;
}
/** Blobs read per batch at first; each further batch reads four times as many commits. */
const FIRST_BATCH = 16;
/**
 * The release number rpmautospec gives the spec at `rev`. Reads the history with one `git log`,
 * the spec's blob per commit with one `git cat-file --batch-check`, and the spec texts with
 * `git cat-file --batch` in growing batches, only as far back as the count needs.
 */
async function autoreleaseNumber(input) {
    const { git, specFile } = input;
    const head = await git.tryRevParse(input.rev);
    if (head === undefined)
        throw new errors/* SpecError */.G(`cannot count %autorelease: ${input.rev} is not a commit of ${git.dir}`);
    const log = await git.run(['log', '--format=%x1e%H%x00%P%x00%B', '--end-of-options', head]);
    const commits = new Map();
    const order = [];
    for (const record of log.stdout.split('\x1e')) {
        if (record === '')
            continue;
        const [sha, parents, message = ''] = record.split('\0');
        commits.set(sha, {
            sha,
            parents: parents.split(' ').filter(Boolean),
            message: message.replace(/\n$/, ''),
        });
        order.push(sha);
    }
    const shallow = await shallowCommits(git);
    const check = await git.run(['cat-file', '--batch-check'], {
        input: order.map((sha) => `${sha}:${specFile}\n`).join(''),
    });
    check.stdout
        .split('\n')
        .filter(Boolean)
        .forEach((line, index) => {
        const info = commits.get(order[index]);
        const m = /^([0-9a-f]{40,64}) (\S+) \d+$/.exec(line);
        if (m && m[2] !== 'blob')
            throw new errors/* SpecError */.G(`cannot count %autorelease: ${specFile} in commit ${info.sha.slice(0, 12)} is a ${m[2]}, not a file`);
        info.blob = m ? m[1] : null;
    });
    const texts = new Map();
    const indexOf = new Map(order.map((sha, i) => [sha, i]));
    let batch = FIRST_BATCH;
    let loadedUpTo = 0;
    const load = async (sha) => {
        const info = commits.get(sha);
        if (info.blob == null || texts.has(info.blob))
            return;
        const from = Math.max(loadedUpTo, indexOf.get(sha));
        const wanted = new Set([info.blob]);
        for (let i = from; i < Math.min(order.length, from + batch); i++) {
            const blob = commits.get(order[i]).blob;
            if (blob != null && !texts.has(blob))
                wanted.add(blob);
        }
        loadedUpTo = Math.max(loadedUpTo, from + batch);
        batch *= 4;
        await readBlobs(git, [...wanted], texts);
    };
    const versions = new Map();
    let evaluated = 0;
    const epochVersion = async (sha) => {
        if (versions.has(sha))
            return versions.get(sha);
        await load(sha);
        const info = commits.get(sha);
        let ev = null;
        if (info.blob != null) {
            evaluated++;
            ev = input.epochVersion(texts.get(info.blob), sha);
        }
        versions.set(sha, ev);
        return ev;
    };
    // Post-order over the commits whose numbers are needed, with an explicit stack: histories
    // are deep. A parent's number counts only when the epoch-versions match or one is missing.
    const numbers = new Map();
    const stack = [{ sha: head, expanded: false }];
    const needed = async (sha) => {
        const info = commits.get(sha);
        const ev = await epochVersion(sha);
        const out = [];
        for (const parent of info.parents) {
            const pev = await epochVersion(parent);
            if (ev === null || pev === null || ev === pev)
                out.push(parent);
        }
        return out;
    };
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (numbers.has(top.sha)) {
            stack.pop();
            continue;
        }
        const info = commits.get(top.sha);
        if (!top.expanded) {
            top.expanded = true;
            if (shallow.has(top.sha)) {
                // Its parents are not here: its number depends on theirs (or on their epoch-versions).
                throw new errors/* SpecError */.G(`cannot count %autorelease: the history of ${git.dir} is shallow at ${top.sha.slice(0, 12)}, and the ` +
                    `release number depends on the commits before it (rpmautospec would count from there as if it were ` +
                    `the first commit, giving a number too low); fetch the whole branch history (git fetch --unshallow)`);
            }
            for (const parent of await needed(top.sha))
                if (!numbers.has(parent))
                    stack.push({ sha: parent, expanded: false });
            continue;
        }
        const parents = await needed(top.sha);
        let number = Math.max(0, ...parents.map((p) => numbers.get(p)));
        if (info.blob != null)
            number++;
        number = Math.max(number, bumpRelease(info.message));
        numbers.set(top.sha, number);
        stack.pop();
    }
    const headVersion = await epochVersion(head);
    if (headVersion === null)
        throw new errors/* SpecError */.G(`cannot count %autorelease: commit ${head.slice(0, 12)} has no ${specFile}`);
    return { releaseNumber: numbers.get(head), commit: head, epochVersion: headVersion, evaluated };
}
/** The commits a shallow clone's history stops at (their parents are not in the repository). */
async function shallowCommits(git) {
    const file = await git.output(['rev-parse', '--git-path', 'shallow']);
    const full = external_node_path_.resolve(git.dir, file);
    if (!(0,external_node_fs_.existsSync)(full))
        return new Set();
    return new Set((0,external_node_fs_.readFileSync)(full, 'utf8').split('\n').filter(Boolean));
}
/** Reads blobs with one `git cat-file --batch`, into `into` (blob id -> UTF-8 text). */
async function readBlobs(git, blobs, into) {
    if (blobs.length === 0)
        return;
    const result = await git.run(['cat-file', '--batch'], { input: blobs.map((b) => `${b}\n`).join('') });
    const bytes = result.stdoutBytes;
    let at = 0;
    for (const blob of blobs) {
        const eol = bytes.indexOf(0x0a, at);
        const header = bytes.subarray(at, eol).toString('utf8');
        const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
        if (!m || m[1] !== blob)
            throw new errors/* SpecError */.G(`git cat-file --batch gave "${header}" for blob ${blob}`);
        const size = Number(m[2]);
        into.set(blob, bytes.subarray(eol + 1, eol + 1 + size).toString('utf8'));
        at = eol + 1 + size + 1;
    }
}

// EXTERNAL MODULE: ./build/bundle-src/spec/spec-file.js + 4 modules
var spec_file = __webpack_require__(22376);
// EXTERNAL MODULE: ./build/bundle-src/spec/macros.js
var macros = __webpack_require__(76491);
// EXTERNAL MODULE: ./build/bundle-src/spec/release-update.js
var release_update = __webpack_require__(403);
// EXTERNAL MODULE: ./build/bundle-src/spec/version.js
var spec_version = __webpack_require__(80752);
;// CONCATENATED MODULE: ./build/bundle-src/dist-git/nvr.js
/**
 * The NVR Koji builds from a dist-git branch head: Name, Epoch, Version and Release of the
 * spec as rpm evaluates them in the branch's buildroot (%fedora/%rhel and the dist tag of the
 * branch's target), with rpmautospec's %autorelease (autorelease.ts). Anything this cannot
 * evaluate exactly is a SpecError, never a guess: a wrong NVR means a wrong "already built"
 * skip or a duplicate build. The caller may then ask Koji instead.
 */







/** rpmautospec_core's test for %autorelease in a spec (main.py autorelease_re), before %changelog. */
const CORE_AUTORELEASE = /%(?:autorelease(?:\s|$)|\{\??autorelease(?:\s+[^}]*)?\})/;
/** rpmautospec_core's test for a processed spec (main.py autorelease_definition_re). */
const CORE_DEFINITION = /^\s*%define\s+autorelease\s*\(/;
/**
 * The dist tag the branch builds with, or a refusal. Fedora and EPEL define %dist as
 * `%{!?distprefix0:%{?distprefix}}<%{?distprefix0}...>.<tag>%{?with_bootstrap:~bootstrap}`
 * (macros.dist of fedora-release; ELN's Koji tag sets the same form as `rpm.macro.dist`; the
 * Lua loop over %distprefix0..9999 is written out up to 9 here), so it is given to the spec as that body,
 * expanded where rpm reads it, with the spec's own %distprefix and %bcond bootstrap.
 */
function distMacro(input) {
    const macros = (0,branch_macros/* branchMacros */.e)(input.branch, input);
    const explicit = input.parseTimeMacros?.dist;
    const refuse = (why) => {
        throw new errors/* SpecError */.G(`the dist tag of branch ${input.branch} is not known here (${why}); set parse_time_macros: {dist: ...} ` +
            'for it, or ask Koji for the NVR', undefined, input.fileName);
    };
    if (explicit === undefined) {
        if (macros.dist === undefined)
            refuse('not a Fedora or EPEL branch');
        if (/^epel\d+-next$/.test(input.branch))
            refuse('EPEL Next builds with a dist tag of its own');
        if (/^epel(\d+)$/.test(input.branch) && Number(/^epel(\d+)$/.exec(input.branch)[1]) >= 10)
            refuse('the dotless epel10 branch builds as its leading minor release, which only Bodhi knows');
    }
    if (explicit === null || macros.dist === undefined)
        return { predefined: macros };
    const tag = macros.dist;
    const prefixes = Array.from({ length: 10 }, (_, i) => `%{?distprefix${i}}`).join('');
    return {
        predefined: {
            ...macros,
            dist: explicit !== undefined
                ? tag
                : `%{!?distprefix0:%{?distprefix}}${prefixes}${tag}%{?with_bootstrap:~bootstrap}`,
        },
    };
}
function parseSpec(input) {
    const { predefined } = distMacro(input);
    const spec = spec_file/* SpecFile */.An.parse(input.specText, {
        predefined,
        fileName: input.fileName,
        readInclude: input.readInclude,
    });
    // What a file rpm includes defines could change any value read after it.
    const missing = spec.model.includes.find((i) => i.activity !== 'inactive' && !i.resolved);
    if (missing)
        throw refusal(`%include ${(0,errors/* clip */.$)(missing.raw.trim())} (line ${missing.line + 1}) could not be read`, missing.line + 1, input.fileName);
    // A tag under a condition this cannot evaluate (%ifarch, an unknown macro) may or may not count.
    const unsure = spec.model.tags.find((t) => t.packageArgs === null && NVR_TAGS.has(t.base) && t.activity === 'uncertain');
    if (unsure)
        throw refusal(`${unsure.name} (line ${unsure.line + 1}) is under "${(0,errors/* clip */.$)(unsure.conditions.find((c) => c.state === 'unknown')?.directive ?? '')}", ` +
            'a condition srcgit cannot evaluate', unsure.line + 1, input.fileName);
    return spec;
}
const NVR_TAGS = new Set(['name', 'epoch', 'version', 'release']);
function refusal(what, line, file) {
    return new errors/* SpecError */.G(`${what}; srcgit cannot compute the NVR Koji will build: ask Koji instead`, line, file);
}
/** A tag's value, exactly as rpm gives it, or a refusal naming what could not be evaluated. */
function exact(label, value, file) {
    if (!value)
        throw refusal(`the spec has no ${label} tag in its main package`, undefined, file);
    if (value.unresolved.length > 0)
        throw refusal(`${label} (line ${value.line}) "${(0,errors/* clip */.$)(value.raw)}" cannot be evaluated: ` +
            value.unresolved.map((u) => `${(0,errors/* clip */.$)(u.construct)} (${u.reason})`).join(', '), value.line, file);
    return value;
}
/** Refuses a spec whose %forgemeta/%gometa may set %distprefix (forge.lua), unless the spec sets it. */
function checkDistprefix(spec, file) {
    const forge = spec.model.lines.some((l) => /^\s*%(forgemeta|gometa)(\s|$)/.test(l.text));
    if (forge && !spec.model.macros.has('distprefix'))
        throw refusal('%forgemeta/%gometa may add a %distprefix to the dist tag (forge.lua)', undefined, file);
    // RHEL's macros.dist (which EPEL buildroots may use) adds %{?distsuffix}; Fedora's does not.
    if (spec.model.macros.has('distsuffix'))
        throw refusal('the spec defines %distsuffix, which only some buildroots put in the dist tag', undefined, file);
    if (spec.model.macros.names().some((n) => /^distprefix\d{2,}$/.test(n)))
        throw refusal('the spec defines %distprefix10 or higher', undefined, file);
}
/**
 * rpm's `%|epoch?{%{epoch}:}:{}|%{version}` of a spec for a branch: what rpmautospec compares
 * between commits (pkg_history.py, specparser.py). Throws a SpecError where rpm's value
 * cannot be told.
 */
function specEpochVersion(input) {
    const spec = parseSpec(input);
    const version = exact('Version', spec.version, input.fileName);
    const problem = (0,spec_version/* rpmVersionProblem */.rN)(version.value);
    if (problem)
        throw refusal(`Version (line ${version.line}): ${problem} (rpm would not parse this spec)`, version.line, input.fileName);
    const epoch = epochOf(spec, input.fileName);
    return `${epoch !== undefined ? `${epoch}:` : ''}${version.value}`;
}
function epochOf(spec, file) {
    const tag = spec.epoch;
    if (!tag)
        return undefined;
    const value = exact('Epoch', tag, file).value.trim();
    if (!/^\d+$/.test(value) || Number(value) > 0xffffffff)
        throw refusal(`Epoch (line ${tag.line}) "${(0,errors/* clip */.$)(value)}" is not a number rpm accepts`, tag.line, file);
    return String(Number(value));
}
/** Whether Release needs rpmautospec's number from the history (and the spec has no processed header). */
function needsAutoreleaseNumber(input) {
    const spec = parseSpec(input);
    return spec.hasAutorelease && processedNumber(spec, input.fileName) === undefined;
}
/** The release number a processed spec's `%define autorelease(...)` header holds (process_distgit.py). */
function processedNumber(spec, file) {
    const lines = spec.model.lines;
    const at = lines.findIndex((l) => CORE_DEFINITION.test(l.text));
    if (at < 0)
        return undefined;
    for (let i = at; i < Math.min(lines.length, at + 6); i++) {
        const m = /^\s*release_number\s*=\s*(\d+)\s*;/.exec(lines[i].text) ??
            /^%define\s+autorelease\(e:s:pb:n\)\s*%\{\?-p:0\.\}(\d+)/.exec(lines[i].text);
        if (m)
            return Number(m[1]);
    }
    throw refusal(`the %define autorelease at line ${at + 1} is not rpmautospec's header`, at + 1, file);
}
/** The NVR Koji builds from this spec on this branch. */
function branchNvr(input) {
    const file = input.fileName;
    const spec = parseSpec(input);
    const name = exact('Name', spec.name, file).value;
    specEpochVersion(input);
    const epoch = epochOf(spec, file);
    const version = exact('Version', spec.version, file).value;
    const tag = spec.mainTag('release');
    if (!tag)
        throw refusal('the spec has no Release tag in its main package', undefined, file);
    const releaseUses = /%/.test(tag.raw);
    if (releaseUses)
        checkDistprefix(spec, file);
    let release;
    if (!spec.hasAutorelease) {
        if (tag.expanded.unresolved.length > 0)
            throw refusal(`Release (line ${tag.line + 1}) "${(0,errors/* clip */.$)(tag.raw.trim())}" cannot be evaluated: ` +
                tag.expanded.unresolved.map((u) => `${(0,errors/* clip */.$)(u.construct)} (${u.reason})`).join(', '), tag.line + 1, file);
        release = tag.expanded.value;
    }
    else {
        release = autoreleaseRelease(spec, input);
    }
    const problem = (0,spec_version/* rpmVersionProblem */.rN)(release, 'Release');
    if (problem)
        throw refusal(`Release (line ${tag.line + 1}): ${problem}`, tag.line + 1, file);
    return {
        name,
        ...(epoch !== undefined ? { epoch } : {}),
        version,
        release,
        nvr: `${name}-${version}-${release}`,
        evr: `${epoch !== undefined ? `${epoch}:` : ''}${version}-${release}`,
    };
}
/** Release with each %autorelease expanded as rpmautospec's header makes rpm expand it. */
function autoreleaseRelease(spec, input) {
    const file = input.fileName;
    const parsed = spec.model;
    const tag = spec.mainTag('release');
    const line = tag.line + 1;
    const beforeChangelog = parsed.lines.slice(0, parsed.sections.find((s) => s.name === 'changelog')?.headerLine ?? parsed.lines.length);
    const processed = processedNumber(spec, file);
    if (processed === undefined && !beforeChangelog.some((l) => CORE_AUTORELEASE.test(l.text)))
        throw refusal(`Release (line ${line}) uses %autorelease in a way rpmautospec does not see`, line, file);
    if (processed === undefined && parsed.macros.has('autorelease'))
        throw refusal('the spec defines %autorelease itself', line, file);
    const number = processed ?? input.autoreleaseNumber;
    if (number === undefined)
        throw new errors/* SpecError */.G(`Release (line ${line}) uses %autorelease: its number comes from the dist-git history (autorelease.ts)`, line, file);
    const atoms = (0,release_update/* releaseAtoms */.sv)(parsed, tag);
    const asWritten = (0,release_update/* atomsValue */.Kz)(atoms, (a) => a.text, (a) => (0,macros/* expandMacros */.Q3)(a.construct, parsed.macros).value);
    if (asWritten !== tag.expanded.value)
        throw refusal(`Release (line ${line}) "${(0,errors/* clip */.$)(tag.raw.trim())}" is built in a way srcgit cannot follow`, line, file);
    for (const atom of atoms)
        if (atom.kind === 'fixed' && atom.unresolved.length > 0)
            throw refusal(`Release (line ${line}): ${(0,errors/* clip */.$)(atom.construct)} cannot be evaluated (${atom.unresolved[0].reason})`, line, file);
    const dist = (0,macros/* expandMacros */.Q3)('%{?dist}', parsed.macros);
    if (dist.unresolved.length > 0)
        throw refusal(`%{?dist} cannot be evaluated (${dist.unresolved[0].reason})`, line, file);
    return (0,release_update/* atomsValue */.Kz)(atoms, (a) => a.text, (a) => {
        const args = (0,macros/* expandMacros */.Q3)(a.args, parsed.macros);
        if (args.unresolved.length > 0)
            throw refusal(`%autorelease options "${(0,errors/* clip */.$)(a.args.trim())}" cannot be evaluated`, line, file);
        const options = parseAutoreleaseOptions(args.value);
        if ('problem' in options)
            throw refusal(`Release (line ${line}): ${options.problem}`, line, file);
        return expandAutorelease(options, number, dist.value);
    });
}
/** The NVR of the spec at `rev` of a dist-git clone, %autorelease counted from its history. */
async function headNvr(input) {
    const { git, rev, specFile, ...rest } = input;
    const text = await git.run(['cat-file', 'blob', '--end-of-options', `${rev}:${specFile}`], {
        allowFailure: true,
    });
    if (text.code !== 0)
        throw new errors/* SpecError */.G(`${rev} has no ${specFile}: ${text.stderr.trim()}`, undefined, specFile);
    const base = {
        ...rest,
        specText: text.stdout,
        fileName: rest.fileName ?? specFile,
        readInclude: rest.readInclude ?? (await topLevelIncludes(git, rev, text.stdout)),
    };
    if (!needsAutoreleaseNumber(base))
        return branchNvr(base);
    const counted = await autoreleaseNumber({
        git,
        rev,
        specFile,
        epochVersion: (specText, commit) => specEpochVersion({ ...base, specText, fileName: `${specFile} at ${commit.slice(0, 12)}` }),
    });
    return branchNvr({ ...base, autoreleaseNumber: counted.releaseNumber });
}
/** Files rpm reads from the top of the checkout (its %_sourcedir) larger than this are not read. */
const MAX_INCLUDE = 1 << 20;
/**
 * For a spec that %includes files: the top-level files of `rev` (Koji's %_sourcedir is the
 * checkout), found by the name rpm reads (`%{SOURCE1}` is `%_sourcedir/<file name>`). A path
 * that names another directory is not read (the spec is then refused).
 */
async function topLevelIncludes(git, rev, specText) {
    if (!/^\s*%include\s/m.test(specText))
        return undefined;
    const listing = await git.output(['ls-tree', '-z', '--long', '--end-of-options', rev]);
    const files = new Map();
    for (const entry of listing.split('\0').filter(Boolean)) {
        const m = /^100\d{3} blob ([0-9a-f]+)\s+(\d+)\t(.*)$/s.exec(entry);
        if (m && Number(m[2]) <= MAX_INCLUDE)
            files.set(m[3], m[1]);
    }
    // Only files the spec names (in a Source tag or the %include itself), read in one batch.
    const named = [...files].filter(([name]) => specText.includes(name));
    const texts = new Map();
    await readBlobs(git, [...new Set(named.map(([, blob]) => blob))], texts);
    return (p) => {
        if (p.startsWith('/') || (!/^[a-z][a-z0-9+.-]*:\/\//.test(p) && p.includes('/')))
            return undefined;
        const blob = files.get(spec_file/* SpecFile */.An.fileName(p));
        return blob === undefined ? undefined : texts.get(blob);
    };
}

// EXTERNAL MODULE: ./build/bundle-src/forges/dist-git/select.js + 5 modules
var dist_git_select = __webpack_require__(1404);
// EXTERNAL MODULE: ./build/bundle-src/builds/bodhi.js
var bodhi = __webpack_require__(88872);
// EXTERNAL MODULE: ./build/bundle-src/builds/koji.js
var koji = __webpack_require__(92099);
// EXTERNAL MODULE: ./build/bundle-src/jobs/errors.js
var jobs_errors = __webpack_require__(16488);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/package-heads.js








/**
 * The requested branches (a matrix job's; default: all configured) split into those the job's
 * dist_git_branches name (rawhide's also as main) and a skip for each other, saying where to
 * add it; `doing` ends the message ("to build it").
 */
function configuredBranches(requested, configured, view, doing) {
    const branches = requested && requested.length > 0 ? requested : configured;
    const wanted = [];
    const skipped = [];
    for (const branch of branches)
        if (isConfiguredBranch(branch, configured))
            wanted.push(branch);
        else
            skipped.push({
                branch,
                reason: `${branch} is not in dist_git_branches of ${view.origin} (${configured.join(', ')}); add it there ${doing}`,
            });
    return { wanted, skipped };
}
/** Whether a job's dist_git_branches name `branch` (rawhide's also as main). */
function isConfiguredBranch(branch, configured) {
    return configured.includes(branch) || (branch === 'main' && configured.includes('rawhide'));
}
/** The package's dist-git forge and the heads of `branches` there. */
async function packageHeads(pkg, branches, opts) {
    const distGit = await (0,dist_git_select/* openDistGitForge */.U)({
        instanceUrl: (opts.instanceUrl ?? pkg.dist_git_base_url).replace(/\/+$/, ''),
        token: opts.token,
        http: opts.http,
        choice: opts.forgeKind ?? pkg.dist_git_forge,
    });
    const cloneUrl = distGit.cloneUrl(pkg.dist_git_namespace, pkg.downstream_package_name);
    return { distGit, cloneUrl, heads: await (0,branch_heads/* fetchBranchHeads */.i$)(cloneUrl, branches) };
}
/** The NVR of a branch head, as Koji builds it (`rawhide`: rawhide's Fedora number, from Koji). */
function branchHeadNvr(pkg, heads, branch, sha, rawhide) {
    return headNvr({
        git: heads.git,
        rev: sha,
        specFile: `${pkg.downstream_package_name}.spec`,
        branch,
        rawhide,
        parseTimeMacros: pkg.parse_time_macros,
    });
}
/** The dist-git branch is missing: what to do. */
function missingBranchReason(branch, cloneUrl) {
    return `dist-git has no branch ${branch} in ${cloneUrl}; request it (fedpkg request-branch) or remove it from dist_git_branches`;
}
/** A failure that ends one branch (reported as failed, the run goes on), not the run. */
function isBranchError(error) {
    return [koji/* KojiError */.u0, bodhi/* BodhiError */.Zk, errors/* SpecError */.G, jobs_errors/* JobError */.C, branch_heads/* DistGitReadError */.fM].some((t) => error instanceof t);
}


/***/ }),

/***/ 37552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ previousGeneratedPatches),
  C: () => (/* binding */ writePatches)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/checkout.js
var checkout = __webpack_require__(78616);
// EXTERNAL MODULE: ./build/bundle-src/spec/index.js + 1 modules
var bundle_src_spec = __webpack_require__(83039);
;// CONCATENATED MODULE: ./build/bundle-src/dist-git/patch-tags.js
/**
 * Declares generated patches in the dist-git spec (Packit §3.5) and drops the declarations
 * of patches srcgit generated before that are gone now. Pure: works on a SpecFile.
 */

/**
 * @param stale names of patch files srcgit generated earlier that are not generated now;
 *   their PatchN lines are removed. Patches a maintainer added by hand are never in this list.
 */
function declarePatches(spec, patches, stale, digits) {
    const result = { declared: [], removed: [], warnings: [] };
    for (const name of stale) {
        const entry = spec.patches.find((p) => bundle_src_spec/* SpecFile */.An.fileName(p.expanded.value) === name);
        if (entry && spec.removePatch(entry.number))
            result.removed.push(name);
    }
    if (patches.every((p) => p.presentInSpecfile))
        return result;
    const wanted = patches.filter((p) => !p.presentInSpecfile);
    const added = spec.addPatches(wanted.map((p) => ({ location: p.name, number: p.patchId, comment: p.comment })), digits);
    for (const r of added.results)
        if (r.added)
            result.declared.push({ name: r.location, number: r.number });
    result.warnings.push(...added.warnings);
    result.warnings = [...new Set(result.warnings)];
    return result;
}

// EXTERNAL MODULE: ./build/bundle-src/source-git/patches.js
var source_git_patches = __webpack_require__(98681);
// EXTERNAL MODULE: ./build/bundle-src/source-git/repo-files.js
var repo_files = __webpack_require__(33389);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/patches-step.js
/**
 * The patch step both dist-git jobs share: drop the patches srcgit generated before that
 * are gone, write the new ones (keeping unchanged ones byte for byte) and declare them in
 * the spec.
 */





/** Patch files srcgit generated earlier: top-level .patch files whose last change came from a sync commit. */
async function previousGeneratedPatches(dist, trackedFiles) {
    return (0,checkout/* filesLastWrittenBySrcgit */.o$)(dist, trackedFiles.filter((f) => f.endsWith('.patch') && !f.includes('/')));
}
async function writePatches(options) {
    const { source, dist, dir, spec, generation } = options;
    const names = generation.patches.map((p) => p.name);
    const committed = await (0,checkout/* committedFiles */.qI)(dist, names);
    const stale = options.previous.filter((name) => !names.includes(name));
    for (const file of stale)
        (0,repo_files/* removeRepoFile */.lD)(dir, file);
    const patches = await (0,source_git_patches/* keepUnchanged */.pg)(source, generation.patches, (name) => committed.get(name));
    // A link standing at a patch's name in dist-git is replaced, never written through.
    for (const patch of patches)
        (0,external_node_fs_.writeFileSync)((0,repo_files/* prepareRepoWrite */.JJ)(dir, patch.name), patch.content);
    const declared = declarePatches(spec, patches.map((p) => ({
        name: p.name,
        patchId: p.metadata.patchId,
        comment: p.comment,
        presentInSpecfile: p.metadata.presentInSpecfile,
    })), stale, options.digits);
    return { names, stale, warnings: declared.warnings };
}


/***/ }),

/***/ 32660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m$: () => (/* binding */ Archives),
  pY: () => (/* binding */ archivePrefix),
  I7: () => (/* binding */ branchesFor),
  Ww: () => (/* binding */ connectForge),
  Wx: () => (/* binding */ distGitWorkTree),
  WD: () => (/* binding */ forgeOptionsFrom),
  Rh: () => (/* binding */ oneWorkTreeForSeveral),
  N8: () => (/* binding */ proposeDownstream),
  kv: () => (/* binding */ publishOrKeep),
  qz: () => (/* binding */ sortLike)
});

// UNUSED EXPORTS: archiveSource, publishAll, resolvePush, versionAndTag

// EXTERNAL MODULE: ./build/bundle-src/dist-git/tree-files.js
var tree_files = __webpack_require__(50126);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/config/index.js + 9 modules
var bundle_src_config = __webpack_require__(76766);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/changelog-entry.js
var changelog_entry = __webpack_require__(24589);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/apply-file-sync.js
var apply_file_sync = __webpack_require__(24653);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/files-to-sync.js
var files_to_sync = __webpack_require__(61119);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/gitignore.js
var gitignore = __webpack_require__(95960);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/messages.js
var messages = __webpack_require__(5996);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/sources-file.js
var sources_file = __webpack_require__(30555);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/tag-template.js
var tag_template = __webpack_require__(35573);
// EXTERNAL MODULE: ./build/bundle-src/git/git.js
var git = __webpack_require__(18605);
// EXTERNAL MODULE: ./build/bundle-src/runtime/resources.js + 1 modules
var resources = __webpack_require__(74227);
// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
// EXTERNAL MODULE: ./build/bundle-src/source-git/archive.js + 1 modules
var archive = __webpack_require__(21094);
// EXTERNAL MODULE: ./build/bundle-src/jobs/archive-plan.js
var archive_plan = __webpack_require__(3853);
// EXTERNAL MODULE: ./build/bundle-src/source-git/downstream.js
var downstream = __webpack_require__(74403);
// EXTERNAL MODULE: ./build/bundle-src/source-git/patches.js
var patches = __webpack_require__(98681);
// EXTERNAL MODULE: ./build/bundle-src/source-git/repo-files.js
var repo_files = __webpack_require__(33389);
// EXTERNAL MODULE: ./build/bundle-src/spec/index.js + 1 modules
var bundle_src_spec = __webpack_require__(83039);
// EXTERNAL MODULE: ./build/bundle-src/http/client.js
var http_client = __webpack_require__(89224);
// EXTERNAL MODULE: ./build/bundle-src/forges/dist-git/select.js + 5 modules
var dist_git_select = __webpack_require__(1404);
// EXTERNAL MODULE: ./build/bundle-src/forges/bodhi.js
var bodhi = __webpack_require__(84065);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-aliases.js
var branch_aliases = __webpack_require__(67309);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-macros.js
var branch_macros = __webpack_require__(98096);
// EXTERNAL MODULE: ./build/bundle-src/git/transport.js + 1 modules
var git_transport = __webpack_require__(61777);
// EXTERNAL MODULE: ./build/bundle-src/lookaside/tool.js
var tool = __webpack_require__(95812);
;// CONCATENATED MODULE: ./build/bundle-src/lookaside/lookaside.js
/**
 * Fedora's lookaside cache: where a source archive lives (download URL), whether it is there
 * (unauthenticated HEAD) and uploading it to upload.cgi. The upload goes through `curl
 * --negotiate` like rpkg does, because SPNEGO from Node would need a native GSSAPI binding.
 */




const FEDORA_LOOKASIDE = {
    downloadBase: 'https://src.fedoraproject.org/repo/pkgs',
    uploadUrl: 'https://src.fedoraproject.org/repo/pkgs/upload.cgi',
};
const TEST_USER_ENV = 'SRCGIT_TEST_LOOKASIDE_USER';
const TEST_USER_HEADER = 'X-Srcgit-Test-User';
/** The test-only auth when SRCGIT_TEST_LOOKASIDE_USER is set (srcgit's own tests), else undefined. */
function testLookasideAuth(env = process.env) {
    const user = env[TEST_USER_ENV];
    return user ? { kind: 'test-header', user } : undefined;
}
/** `<base>/<name>/<filename>/sha512/<hash>/<filename>`, the layout fedpkg uses. */
function lookasideDownloadUrl(base, name, filename, sha512) {
    const repo = checkName(name);
    checkFilename(filename);
    checkSha512(sha512);
    const segments = [...repo.split('/'), filename, 'sha512', sha512, filename].map(encodeSegment);
    return `${base.replace(/\/+$/, '')}/${segments.join('/')}`;
}
class LookasideCache {
    options;
    constructor(options) {
        this.options = options;
    }
    /** Whether the cache serves the file (200) or not (404); anything else is an error. */
    async isPresent(name, filename, sha512) {
        const url = lookasideDownloadUrl(this.options.downloadBase, name, filename, sha512);
        const response = await this.options.http.request({ method: 'HEAD', url, expectStatus: [200, 404] });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        const via = response.url !== url ? ` (redirected to ${response.url})` : '';
        throw new Error(`could not tell whether ${filename} is in the lookaside cache: HEAD ${url}${via} answered ${response.status}`);
    }
    /** Uploads `file` (its basename is the name in the cache); `already exists` is success too. */
    async upload(file, upload, auth) {
        const name = checkName(upload.name);
        const filename = external_node_path_.basename(file);
        checkFilename(filename);
        checkSha512(upload.sha512);
        const { uploadUrl } = this.options;
        // No overall --max-time: a large tarball on a slow link may take long, as long as it moves.
        const seconds = String((0,resources/* networkTimeoutSeconds */.RU)());
        const args = [
            '-q', // ignore ~/.curlrc: the request must be exactly this one
            '-sS',
            '--connect-timeout',
            seconds,
            // Abort a stalled transfer (under 1 byte/s for the network timeout) rather than hang the job.
            '--speed-limit',
            '1',
            '--speed-time',
            seconds,
            ...authArgs(auth),
            '--form-string',
            `name=${name}`,
            '--form-string',
            `sha512sum=${upload.sha512}`,
            '-F',
            `file=@${quoteFormValue(file)};filename=${quoteFormValue(filename)}`,
            '-w',
            '\n%{http_code}',
            uploadUrl,
        ];
        const curl = await (0,tool/* runTool */.q)('curl', args, {
            env: auth.kind === 'kerberos' ? auth.env : {},
            install: 'install curl (apt-get install curl / dnf install curl)',
        });
        if (curl.code !== 0) {
            const why = (0,secrets/* redact */.E$)(curl.stderr.trim()) || `curl exit ${curl.code}`;
            // 28: curl's timeout (connect timeout or the speed limit).
            const stalled = curl.code === 28
                ? `; ${hostOf(uploadUrl)} sent nothing for ${seconds} s, so the upload was stopped. ${(0,resources/* stallAdvice */.pC)()}`
                : '';
            throw new Error(`lookaside upload of ${filename} to ${(0,secrets/* redact */.E$)(uploadUrl)} failed: ${why}${stalled}`);
        }
        const cut = curl.stdout.lastIndexOf('\n');
        const status = Number(curl.stdout.slice(cut + 1));
        return parseUploadResponse(status, curl.stdout.slice(0, Math.max(cut, 0)), {
            filename,
            name,
            uploadUrl,
            who: auth.kind === 'kerberos' ? auth.principal : auth.user,
        });
    }
}
/** The outcome of an upload.cgi answer (text/plain, see the protocol reference §3.2), or an error that says how to fix it. */
function parseUploadResponse(status, body, context) {
    const text = (0,secrets/* redact */.E$)(body.trim());
    const { filename, name, uploadUrl } = context;
    const instance = hostOf(uploadUrl);
    const answer = `${instance} answered ${status}: ${shorten(text)}`;
    if (status === 200 && /^File \S.* stored OK$/m.test(text))
        return { outcome: 'stored', message: text };
    if (status === 200 && /^File \S.* already exists$/m.test(text))
        return { outcome: 'exists', message: text };
    if (status === 401) {
        throw new Error(`lookaside upload was refused: no valid Kerberos ticket (is the keytab for ${context.who ?? 'the packager'} ` +
            `valid?); ${uploadUrl} answered 401`);
    }
    if (status === 403) {
        throw new Error(`lookaside upload was refused: the account is not in the packager group` +
            `${context.who ? ` (authenticated as ${context.who})` : ''}; ${answer}`);
    }
    if (status === 404 && text.startsWith('Module ')) {
        throw new Error(`lookaside upload of ${filename} failed: no dist-git repo ${name} on ${instance} (${text})`);
    }
    if (status === 400 && /check failed\. Received/.test(text)) {
        throw new Error(`lookaside upload of ${filename} failed: ${text} The file changed during the upload or its sha512 was computed ` +
            'from other bytes');
    }
    throw new Error(`lookaside upload of ${filename} to ${uploadUrl} failed: ${answer}`);
}
function authArgs(auth) {
    if (auth.kind === 'kerberos')
        return ['--negotiate', '-u', ':'];
    if (!process.env[TEST_USER_ENV]) {
        throw new Error(`the test-header lookaside auth is for srcgit's tests only (set ${TEST_USER_ENV} to use it)`);
    }
    if (!/^[A-Za-z0-9._-]+$/.test(auth.user))
        throw new Error(`"${auth.user}" is not a valid test user name`);
    return ['-H', `${TEST_USER_HEADER}: ${auth.user}`];
}
/** curl -F reads `;` and `,` as separators unless the value is double-quoted (with \ escapes). */
function quoteFormValue(value) {
    return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
/** `rpms/foo` with slashes trimmed, as upload.cgi does; no empty, `.` or `..` parts. */
function checkName(name) {
    const trimmed = name.replace(/^\/+|\/+$/g, '');
    const parts = trimmed.split('/');
    if (trimmed === '' ||
        parts.some((part) => part === '' || part === '.' || part === '..' || /\s/.test(part))) {
        throw new Error(`"${name}" is not a dist-git repo name: expected "rpms/<package>"`);
    }
    return trimmed;
}
function checkFilename(filename) {
    if (filename === '' || filename === '.' || filename === '..' || /[/\s]/.test(filename)) {
        throw new Error(`"${filename}" cannot be a lookaside file name (no slashes or spaces)`);
    }
}
function checkSha512(sha512) {
    if (!/^[0-9a-f]{128}$/.test(sha512)) {
        throw new Error(`"${sha512}" is not a SHA-512 checksum (128 lowercase hex digits)`);
    }
}
/** Keep sub-delimiters, `:` and `@` readable (e.g. `foo-1.0+git.tar.gz`); escape the rest. */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/%(2B|40|3A|2C|3B|3D|21|24|26|27|28|29|2A)/g, (escape) => decodeURIComponent(escape));
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
function shorten(text) {
    const line = text
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return line.length > 300 ? `${line.slice(0, 300)}…` : line || '(empty body)';
}

// EXTERNAL MODULE: ./build/bundle-src/lookaside/kerberos.js
var kerberos = __webpack_require__(1143);
// EXTERNAL MODULE: ./build/bundle-src/jobs/publish.js
var publish = __webpack_require__(20572);
// EXTERNAL MODULE: ./build/bundle-src/jobs/update-dist-git.js
var update_dist_git = __webpack_require__(48446);
// EXTERNAL MODULE: ./build/bundle-src/jobs/patches-step.js + 1 modules
var patches_step = __webpack_require__(37552);
// EXTERNAL MODULE: ./build/bundle-src/source-git/ci-only.js
var ci_only = __webpack_require__(38826);
// EXTERNAL MODULE: ./build/bundle-src/jobs/actions.js
var jobs_actions = __webpack_require__(9372);
// EXTERNAL MODULE: ./build/bundle-src/jobs/commit-identity.js
var commit_identity = __webpack_require__(72753);
// EXTERNAL MODULE: ./build/bundle-src/jobs/release-checks.js
var release_checks = __webpack_require__(74614);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/propose-downstream.js
/**
 * The release flow, locally (`srcgit propose-downstream --dry-run`): for a tag, per
 * dist-git branch, make exactly the commit a pull request would carry — archive, spec
 * update, patches, `sources`, `.gitignore` — on the branch `<branch>-update-propose_downstream`
 * of a dist-git clone, without touching the branch the user has checked out and without
 * anything leaving the machine.
 */



































/** The push protocol for this forge (see PushSettings); refuses SSH without a key outside a dry run. */
function resolvePush(push, kind, dryRun) {
    if (push.protocol !== 'auto')
        return push;
    if (kind === 'forgejo')
        return { protocol: 'https' };
    if (!push.ssh?.privateKey && !dryRun)
        throw new update_dist_git/* JobError */.CR(push.noKey);
    return { protocol: 'ssh', privateKey: '', ...push.ssh };
}
/**
 * The forge options, or undefined for a local dry run without a token. Refuses, saying how to
 * fix it, a real run without the token or (for SSH) without the key.
 */
function forgeOptionsFrom(settings, names) {
    if (!settings.token) {
        if (settings.dryRun)
            return undefined;
        throw new update_dist_git/* JobError */.CR(`${names.token} is empty: create an API token for the bot account on the dist-git forge ` +
            `(${(0,dist_git_select/* tokenRightsText */.y)()}) ` +
            `and ${names.tokenHow}; or use ${names.dryRun}`);
    }
    // A local instance has no forge API to fork, propose or plan against.
    if (settings.instanceUrl?.startsWith('file:'))
        throw new update_dist_git/* JobError */.CR(`the dist-git instance ${settings.instanceUrl} is local: it has no forge API, so it works only for a dry run without a token; ` +
            `unset ${names.token} or give an http(s) instance`);
    const noKey = `${names.sshKey} is empty: Pagure dist-git (src.fedoraproject.org) accepts pushes only over SSH; ${names.sshKeyHow} ` +
        "with the bot account's private key (its public key registered in FAS), or push over https where the instance allows it";
    if (settings.pushProtocol === 'ssh' && !settings.sshPrivateKey && !settings.dryRun)
        throw new update_dist_git/* JobError */.CR(noKey);
    const ssh = {
        privateKey: settings.sshPrivateKey ?? '',
        knownHosts: settings.knownHosts,
        sshHost: settings.sshHost,
    };
    return {
        instanceUrl: settings.instanceUrl,
        forgeKind: settings.forgeKind,
        token: settings.token,
        fasUser: settings.fasUser,
        push: settings.pushProtocol === 'ssh'
            ? { protocol: 'ssh', ...ssh }
            : settings.pushProtocol === 'https'
                ? { protocol: 'https' }
                : { protocol: 'auto', ssh: settings.sshPrivateKey ? ssh : undefined, noKey },
        keytab: settings.keytab,
        krb5Conf: settings.krb5Conf,
        lookasideUrl: settings.lookasideUrl,
        force: settings.force,
        dryRun: settings.dryRun,
    };
}
/** Version and tag from whichever was given, checked against upstream_tag_template and the tag filters. */
function versionAndTag(pkg, tag, version) {
    if (tag && version)
        throw new update_dist_git/* JobError */.CR('give --tag or --version, not both');
    const template = pkg.upstream_tag_template;
    if (tag) {
        const v = (0,tag_template/* tagToVersion */.ar)(template, tag, pkg.upstream_package_name);
        if (v === undefined)
            throw new update_dist_git/* JobError */.CR(`tag "${tag}" does not match upstream_tag_template "${template}"; set upstream_tag_template to match your tags`);
        if (!(0,tag_template/* matchesTagFilters */.Dj)(tag, pkg.upstream_tag_include, pkg.upstream_tag_exclude))
            throw new update_dist_git/* JobError */.CR(`tag "${tag}" is filtered out by upstream_tag_include/upstream_tag_exclude`);
        return { version: v, tag };
    }
    if (version)
        return { version, tag: (0,tag_template/* versionToTag */.KN)(template, version, pkg.upstream_package_name) };
    throw new update_dist_git/* JobError */.CR('which release? give --tag TAG or --version VERSION');
}
/** The dist-git branches: requested, else configured, else rawhide; aliases resolved through Bodhi. */
async function branchesFor(pkg, requested, http, bodhiUrl) {
    const names = requested && requested.length > 0
        ? requested
        : pkg.dist_git_branches.length > 0
            ? pkg.dist_git_branches
            : ['rawhide'];
    const needing = (0,branch_aliases/* namesNeedingBodhi */.xI)(names);
    const releases = needing.length > 0 ? await (0,bodhi/* fetchActiveReleases */.XQ)(http(), bodhiUrl, needing) : [];
    return (0,branch_aliases/* expandBranches */.nB)(names, releases);
}
async function proposeDownstream(options) {
    const run = { archives: [] };
    // The dist-git clones and every other temp dir of the run go when it ends, also after a failure.
    return (0,resources/* withTempScope */.LH)(async () => {
        try {
            return await propose(options, run);
        }
        finally {
            // The branches have their copies; the run's own go, also after a failure.
            await Promise.all(run.archives.map((a) => a.dispose()));
        }
    });
}
/** Every propose_downstream job view the release is for (one per package the jobs select), in turn. */
async function propose(options, run) {
    const onTag = await (0,release_checks/* upstreamTagCheckout */.aw)(options.sourceGit, options.tag, options.configFile);
    if (onTag)
        throw new update_dist_git/* JobError */.CR(onTag);
    const config = await (0,bundle_src_config/* loadConfig */.Z9)(options.sourceGit, { configFile: options.configFile });
    const selection = (0,bundle_src_config/* jobViews */.o8)(config, bundle_src_config/* PROPOSE_DOWNSTREAM */.WZ, options.packageName);
    const notes = [...selection.notes];
    if (selection.defaultJobsNote && !options.branches?.length)
        notes.push(selection.defaultJobsNote);
    const source = new git/* Git */.TU(options.sourceGit);
    await (0,update_dist_git/* requireCleanRepo */.he)(source, 'source-git', false);
    const head = (await source.tryRevParse('HEAD'));
    const releases = releasesOf(selection.views, options.tag, options.version, notes);
    if (releases.length === 0)
        return {
            version: options.version ?? '',
            tag: options.tag ?? '',
            sourceGitCommit: head,
            proposals: [],
            outcomes: [],
            notes,
            warnings: [],
        };
    // Outcomes name their package when the run proposes more than one.
    const packages = [...new Set(releases.map((r) => r.view.pkg.downstream_package_name))];
    const several = packages.length > 1;
    if (several && options.distGit)
        throw oneWorkTreeForSeveral(packages);
    const results = [];
    for (const { view, version, tag } of releases) {
        const result = await proposeView({ options, view, source, head, version, tag, run });
        if (several) {
            const name = view.pkg.downstream_package_name;
            for (const item of [...result.outcomes, ...result.proposals])
                item.package = name;
        }
        results.push(result);
    }
    return {
        version: results[0].version,
        tag: results[0].tag,
        sourceGitCommit: head,
        proposals: results.flatMap((r) => r.proposals),
        outcomes: results.flatMap((r) => r.outcomes),
        notes: [...notes, ...results.flatMap((r) => r.notes)],
        warnings: results.flatMap((r) => r.warnings),
    };
}
/**
 * The views this release is for, each with its version and tag. With one view a tag that does
 * not fit is an error; with several (a monorepo), a view whose upstream_tag_template or tag
 * filters do not take the tag is another package's release and is left out, as packit-service does.
 */
function releasesOf(views, tag, version, notes) {
    if (views.length <= 1)
        return views.map((view) => ({ view, ...versionAndTag(view.pkg, tag, version) }));
    const taken = [];
    const refused = [];
    for (const view of views) {
        try {
            taken.push({ view, ...versionAndTag(view.pkg, tag, version) });
        }
        catch (error) {
            if (!(error instanceof update_dist_git/* JobError */.CR) || tag === undefined)
                throw error;
            refused.push(`${view.packageKey} (${view.origin}): ${error.message}`);
        }
    }
    if (taken.length === 0)
        throw new update_dist_git/* JobError */.CR(`the release is for none of the packages:\n  ${refused.join('\n  ')}`);
    for (const line of refused)
        notes.push(`not this package's release: ${line}`);
    return taken;
}
/** A dist-git work tree given for a run that proposes to several packages. */
function oneWorkTreeForSeveral(packages) {
    return new update_dist_git/* JobError */.CR(`the dist-git work tree given is one package's, but this run proposes to ${packages.length} (${packages.join(', ')}); ` +
        'choose one with --package, or leave the work tree out to clone each from dist_git_base_url');
}
async function proposeView(input) {
    const { options, source, head, version, tag } = input;
    const { packageKey, pkg } = input.view;
    const tagCommit = await source.tryRevParse(`refs/tags/${tag}`);
    if (!tagCommit)
        throw new update_dist_git/* JobError */.CR(`tag "${tag}" is not in ${options.sourceGit}; fetch tags (actions/checkout needs fetch-depth: 0) or check the tag name`);
    const { version: rpmVersion, prerelease } = (0,bundle_src_spec/* toRpmVersion */.Ft)(version, pkg.prerelease_suffix_pattern);
    const actions = (0,jobs_actions/* actionRunner */.Lx)(pkg, options.sourceGit);
    const specfilePath = (0,release_checks/* requireSpecfilePath */._R)(pkg, options.sourceGit, actions);
    const releaseNotes = options.releaseNotes ??
        (pkg.copy_upstream_release_description ? await options.fetchReleaseNotes?.() : undefined);
    const identities = await (0,commit_identity/* commitIdentities */.i)(source, options.author);
    // The archive is made while the patches are: its name is known from the spec and the version.
    const archives = new Archives(source, tagCommit, archivePrefix(pkg, version));
    input.run.archives.push(archives);
    // Through readRepoFile: a spec that is a link out of the repository is never read.
    const specText = (0,external_node_fs_.existsSync)(external_node_path_.join(options.sourceGit, specfilePath))
        ? await (0,repo_files/* readRepoFile */.v6)(source, specfilePath)
        : undefined;
    // Copied as it is, the spec must already be the release's: checked before anything is made
    // (after the actions, when actions may change it, per branch).
    const release = { version, rpmVersion, tag };
    if (specText !== undefined && (0,release_checks/* copiesSpecAsIs */.bW)(pkg, actions) && !(0,release_checks/* specMayChangeBeforeCopy */.Xr)(actions))
        (0,release_checks/* requireReleaseVersion */.Zr)(bundle_src_spec/* SpecFile */.An.parse(specText, { fileName: specfilePath }), specfilePath, release, copyReason(pkg));
    const expectedName = specText === undefined ? undefined : archiveNameFor(specText, pkg, rpmVersion);
    if (expectedName)
        void archives.get(expectedName).catch(() => undefined);
    // Source-git mode: patches from the downstream commits after upstream_ref (unless create-patches replaces that).
    let generation;
    if (pkg.upstream_ref && !actions.has('create-patches')) {
        const upstream = await (0,downstream/* resolveUpstreamRef */.ZZ)(source, pkg.upstream_ref);
        await (0,release_checks/* requireNoUpstreamReleaseInRange */.p6)(source, pkg, upstream, head, tag);
        generation = await (0,patches/* generatePatches */.K)(source, await (0,downstream/* downstreamRange */.Qs)(source, upstream), (0,update_dist_git/* patchIgnorePaths */.Nw)(pkg));
    }
    const forge = options.forge;
    const connection = await connectForge(forge, pkg, options.instanceUrl);
    const { http, instanceUrl } = connection;
    const branches = await branchesFor(pkg, options.branches, http, options.bodhiUrl ?? bodhi/* DEFAULT_BODHI_URL */.Xr);
    const dist = await distGitWorkTree(options.distGit, instanceUrl, pkg);
    const proposals = [];
    const outcomes = [];
    for (const branch of branches) {
        const prepared = await proposeBranch({
            options,
            pkg,
            source,
            dist,
            branch,
            version,
            rpmVersion,
            prerelease,
            release,
            tag,
            tagCommit,
            head,
            generation,
            specfilePath,
            identities,
            actions,
            packageKey,
            releaseNotes,
            archives,
        }).catch((error) => {
            // One branch failing does not stop the others, with a forge or locally; a single branch's error is the answer.
            if (!forge && branches.length === 1)
                throw error;
            return { branch, operation: 'failed', reason: (0,secrets/* redact */.E$)(error.message) };
        });
        if ('commit' in prepared)
            proposals.push(prepared);
        else
            outcomes.push(prepared);
    }
    const ready = proposals.map((p) => ({
        branch: p.branch,
        prBranch: p.prBranch,
        base: p.base,
        commit: p.commit,
        title: p.title,
        description: p.description,
        archive: p.archive ? { path: p.archive, sha512: p.archiveSha512 } : undefined,
    }));
    const settled = await publishOrKeep(forge, connection, dist, pkg, ready);
    return {
        version,
        tag,
        sourceGitCommit: head,
        proposals,
        outcomes: sortLike(branches, [...outcomes, ...settled.outcomes]),
        notes: settled.notes,
        warnings: generation ? (0,ci_only/* ciOnlyPatchWarnings */.UI)(generation.patches, pkg.config_file_path) : [],
    };
}
/**
 * The branches' commits published (pushed and proposed), or, without a forge, left as local
 * commits: what happened to each, in the order given.
 */
async function publishOrKeep(forge, connection, dist, pkg, ready) {
    const { distGit, forkUser, push } = connection;
    if (!forge || !distGit || !forkUser || !push)
        return {
            outcomes: ready.map((r) => ({
                branch: r.branch,
                operation: 'created',
                dryRun: true,
                reason: 'local commit only',
            })),
            notes: [],
        };
    return publishAll({
        forge,
        distGit,
        forkUser,
        push,
        dist,
        pkg,
        http: connection.http(),
        ready,
    });
}
async function connectForge(forge, pkg, instance) {
    let client;
    const http = () => (client ??= forge?.http ?? new http_client/* HttpClient */.Q());
    // Credentials in the instance URL would reach push URLs, argv and messages: never kept.
    const instanceUrl = (0,secrets/* withoutUrlCredentials */.el)(forge?.instanceUrl ?? instance ?? pkg.dist_git_base_url).replace(/\/+$/, '');
    if (!forge)
        return { http, instanceUrl };
    const namespace = pkg.dist_git_namespace;
    const pkgName = pkg.downstream_package_name;
    const distGit = await (0,dist_git_select/* openDistGitForge */.U)({
        instanceUrl,
        token: forge.token,
        http: http(),
        choice: forge.forgeKind ?? pkg.dist_git_forge,
    });
    const push = resolvePush(forge.push, distGit.kind, forge.dryRun ?? false);
    const forkUser = await distGit.whoami();
    if (!(await distGit.projectExists(namespace, pkgName)))
        throw new update_dist_git/* JobError */.CR(`no dist-git repo ${namespace}/${pkgName} on ${instanceUrl}; check downstream_package_name`);
    return { http, instanceUrl, distGit, forkUser, push };
}
/** The dist-git work tree: the local one given, or a fresh clone of the URL (default: the package on the instance). */
async function distGitWorkTree(given, instanceUrl, pkg) {
    const distDir = given ?? `${instanceUrl}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}.git`;
    let workTree;
    if ((0,git/* isRemoteUrl */.Km)(distDir)) {
        // Credentials in the URL go as a command-scoped header, not into argv or the clone's config.
        const { url, user, password } = (0,git/* splitUrlCredentials */.CN)(distDir);
        workTree = (0,resources/* makeTempDir */.mk)('srcgit-dist-git-');
        await new git/* Git */.TU((0,resources/* tempRoot */.fQ)()).run(['clone', '-q', url, workTree], {
            env: user || password ? (0,git/* basicAuthEnv */.YI)(url, user ?? '', password ?? '') : {},
        });
    }
    else {
        workTree = external_node_path_.resolve(distDir);
    }
    const dist = new git/* Git */.TU(workTree);
    if (!(await dist.isRepository()))
        throw new update_dist_git/* JobError */.CR(`dist-git ${workTree} is not a git repository`);
    return dist;
}
function sortLike(branches, outcomes) {
    return [...outcomes].sort((a, b) => branches.indexOf(a.branch) - branches.indexOf(b.branch));
}
/** Uploads, fork, then each branch pushed and proposed (see publish.ts for the order and why). */
async function publishAll(input) {
    const { forge, distGit, forkUser, pkg, push } = input;
    const namespace = pkg.dist_git_namespace;
    const repo = pkg.downstream_package_name;
    const notes = [];
    const { ready } = input;
    if (ready.length === 0)
        return { outcomes: [], notes };
    const forkUrl = distGit.forkPushUrl({
        protocol: push.protocol,
        sshHost: push.protocol === 'ssh' ? push.sshHost : undefined,
        user: forkUser,
        ns: namespace,
        repo,
    });
    const transport = await (0,git_transport/* prepareTransport */.lq)(push.protocol === 'ssh'
        ? { protocol: 'ssh', privateKey: push.privateKey, knownHosts: push.knownHosts }
        : { protocol: 'https', user: forkUser, token: forge.token }, forkUrl);
    try {
        const ctx = {
            dist: input.dist,
            distGit,
            namespace,
            pkg: repo,
            forkUser,
            forkUrl,
            transport,
            lookaside: new LookasideCache({
                downloadBase: forge.lookasideUrl ?? pkg.lookaside_cache_url,
                uploadUrl: `${(forge.lookasideUrl ?? pkg.lookaside_cache_url).replace(/\/+$/, '')}/upload.cgi`,
                http: input.http,
            }),
            withUploadAuth: uploadAuth(forge, forkUser),
            keytabHint: 'add the base64-encoded keytab of the bot account as a secret and pass it as the `keytab` input (SRCGIT_KEYTAB for the CLI)',
            force: forge.force ?? false,
            dryRun: forge.dryRun ?? false,
        };
        // Uploads first: no branch is pushed for an archive the cache does not have.
        notes.push(...(await (0,publish/* ensureArchivesUploaded */.mG)(ctx, ready)));
        // Read first: a rerun with the fork in place makes no write request.
        if (!(await distGit.forkExists(forkUser, namespace, repo))) {
            if (ctx.dryRun)
                notes.push(`would fork ${namespace}/${repo}`);
            else if ((await distGit.ensureFork(namespace, repo)) === 'created')
                notes.push(`forked ${namespace}/${repo} to ${forkUser}`);
        }
        const outcomes = [];
        for (const branch of ready)
            outcomes.push(await (0,publish/* publishBranch */.kL)(ctx, branch));
        return { outcomes, notes };
    }
    finally {
        await transport.dispose();
    }
}
/** Kerberos from the keytab; the test forge's header when SRCGIT_TEST_LOOKASIDE_USER is set; else none. */
function uploadAuth(forge, forkUser) {
    const test = testLookasideAuth();
    if (test)
        return (fn) => fn(test);
    const keytab = forge.keytab;
    if (!keytab)
        return undefined;
    const principal = forge.fasUser ?? forkUser;
    return (fn) => (0,kerberos/* withKerberosTicket */.I5)({ keytabBase64: keytab, principal, krb5Conf: forge.krb5Conf }, (env) => fn({ kind: 'kerberos', env: { ...env }, principal }));
}
/**
 * The release as a local commit for one branch, or why there is none: the branch already has
 * this version (a maintainer did the update by hand) or a newer one.
 */
async function proposeBranch(ctx) {
    const { pkg, source, dist, branch } = ctx;
    const notes = [...(ctx.generation?.notes ?? [])];
    // Specs are read as rpm reads them on this branch: its %fedora/%rhel/%dist, then parse_time_macros.
    const predefined = (0,branch_macros/* branchMacros */.e)(branch, { parseTimeMacros: pkg.parse_time_macros });
    // A fresh clone's remote-tracking branch is the truth; a local work tree's own branch comes first.
    const base = (await dist.tryRevParse(`refs/heads/${branch}`)) ??
        (await dist.tryRevParse(`refs/remotes/origin/${branch}`));
    if (!base)
        throw new update_dist_git/* JobError */.CR(`dist-git ${dist.dir} has no branch "${branch}"`);
    const current = await distGitVersion(dist, base, `${pkg.downstream_package_name}.spec`, predefined);
    if (current !== undefined) {
        const order = (0,bundle_src_spec/* rpmvercmp */.Lb)(current, ctx.rpmVersion);
        if (order === 0)
            return {
                branch,
                operation: 'unchanged',
                reason: `already up to date: ${branch} has version ${current}`,
            };
        if (order > 0)
            return {
                branch,
                operation: 'skipped',
                reason: `${branch} has version ${current}, newer than ${ctx.rpmVersion}`,
            };
    }
    const prBranch = (0,messages/* prBranchName */.Ci)(branch);
    // On failure the PR branch goes back to what it was (or away) and a new archive is removed: nothing half-done.
    const branchBefore = await dist.tryRevParse(`refs/heads/${prBranch}`);
    let archiveCreated;
    const tree = (0,resources/* makeTempPath */.y9)('srcgit-worktree-');
    // A run that was killed leaves its worktree registered, holding prBranch: forget it first.
    await dist.run(['worktree', 'prune']);
    await dist.run(['worktree', 'add', '-q', '-B', prBranch, tree, base]);
    let succeeded = false;
    try {
        const wt = dist.at(tree);
        const specName = `${pkg.downstream_package_name}.spec`;
        const distSpecPath = external_node_path_.join(tree, specName);
        const oldSpecText = (0,tree_files/* readTreeFile */.x)(distSpecPath);
        const oldSpec = oldSpecText === undefined ? undefined : bundle_src_spec/* SpecFile */.An.parse(oldSpecText, { fileName: specName, predefined });
        // Packit's release-sync actions, in its order; the hooks may generate or change the spec.
        const { actions } = ctx;
        const env = (0,jobs_actions/* syncActionEnv */.z6)({
            packageKey: ctx.packageKey,
            pkg,
            specfilePath: ctx.specfilePath,
            upstreamRepo: ctx.options.sourceGit,
            downstreamRepo: tree,
            version: ctx.version,
        });
        await actions.run('post-upstream-clone', env);
        await actions.run('pre-sync', env);
        const fromAction = await actions.run('commit-message', {
            ...env,
            PACKIT_UPSTREAM_TAG: ctx.tag,
            PACKIT_UPSTREAM_COMMIT: ctx.tagCommit.slice(0, 8),
            PACKIT_DEBUG_DIVIDER: messages/* COMMIT_ACTION_DIVIDER */.PH.trimEnd(),
            PACKIT_RESOLVED_BUGS: '',
        });
        const customMessage = fromAction ? (0,messages/* commitMessageFromAction */.jD)(fromAction) : undefined;
        const prepareFiles = actions.has('prepare-files');
        if (prepareFiles)
            await actions.run('prepare-files', env);
        const sourceSpecPath = external_node_path_.join(ctx.options.sourceGit, ctx.specfilePath);
        if (!(0,external_node_fs_.existsSync)(sourceSpecPath))
            throw new update_dist_git/* JobError */.CR(`no spec at ${ctx.specfilePath} in ${ctx.options.sourceGit} after the actions ran`);
        const sourceSpecText = await (0,repo_files/* readRepoFile */.v6)(source, ctx.specfilePath);
        // files_to_sync, with the spec left to the merge below unless it is copied as is
        // (sync_changelog, or a prepare-files action that replaces the merge).
        const copySpecAsIs = (0,release_checks/* copiesSpecAsIs */.bW)(pkg, actions);
        const sourceFiles = (await source.output(['ls-files', '-z'])).split('\0').filter(Boolean);
        const destFiles = (await wt.output(['ls-files', '-z'])).split('\0').filter(Boolean);
        const plan = (0,files_to_sync/* planFileSync */.l3)((0,files_to_sync/* syncItems */.KD)(pkg, ctx.specfilePath), sourceFiles, destFiles, {
            specPath: ctx.specfilePath,
            dropSpec: !copySpecAsIs,
            sourceLinks: (0,repo_files/* symlinksAmong */.vc)(ctx.options.sourceGit, sourceFiles),
            destLinks: (0,repo_files/* symlinksAmong */.vc)(tree, destFiles),
        });
        if (plan.problems.length > 0)
            throw new update_dist_git/* JobError */.CR(`files_to_sync: ${plan.problems.join('; ')}`);
        (0,apply_file_sync/* applyFileSyncPlan */.r)(plan, ctx.options.sourceGit, tree);
        let specText;
        if (copySpecAsIs)
            specText = (0,tree_files/* readTreeFile */.x)(distSpecPath) ?? sourceSpecText;
        else
            specText = oldSpecText === undefined ? sourceSpecText : (0,bundle_src_spec/* withChangelogOf */.Wm)(sourceSpecText, oldSpecText);
        let spec = bundle_src_spec/* SpecFile */.An.parse(specText, { fileName: specName, predefined });
        if (!copySpecAsIs) {
            // The suffix macro first (as specfile's update_version does): Version may be built from it.
            if (pkg.prerelease_suffix_macro &&
                !spec.setMacroCommentedOut(pkg.prerelease_suffix_macro, !ctx.prerelease))
                notes.push(`prerelease_suffix_macro: ${specName} defines no macro %${pkg.prerelease_suffix_macro}`);
            notes.push(...spec.setVersion(ctx.rpmVersion));
            if (oldSpec?.hasAutorelease && !spec.hasAutorelease)
                spec.setRawRelease(oldSpec.mainTag('release').raw);
            // Leaves %autorelease as it is, but sets the number in a header rpmautospec wrote out.
            notes.push(...spec.resetRelease());
            if (!oldSpec?.hasAutochangelog) {
                const actionOutput = await actions.run('changelog-entry', {
                    ...(0,jobs_actions/* baseActionEnv */.Fi)(ctx.packageKey, pkg, ctx.specfilePath),
                    PACKIT_PROJECT_VERSION: ctx.version,
                    PACKIT_RESOLVED_BUGS: '',
                    PACKIT_PROJECT_UPSTREAM_TAG: ctx.tag,
                    PACKIT_PROJECT_PREVIOUS_VERSION: oldSpec?.version?.raw ?? '',
                });
                const text = (0,changelog_entry/* changelogEntryText */.W4)({
                    version: ctx.version,
                    actionOutput,
                    releaseDescription: ctx.releaseNotes,
                    copyReleaseDescription: pkg.copy_upstream_release_description,
                });
                const author = (0,changelog_entry/* changelogAuthor */.MW)(process.env, ctx.identities.author.name, ctx.identities.author.email);
                spec.addChangelogEntry({ text, author, date: ctx.options.date });
            }
        }
        // Patches: previous generated ones leave, new ones come, unchanged ones stay byte for byte.
        if (pkg.upstream_ref && actions.has('create-patches')) {
            (0,tree_files/* writeTreeFile */.a)(distSpecPath, spec.toString());
            await actions.run('create-patches', env);
            spec = bundle_src_spec/* SpecFile */.An.parse((0,tree_files/* readTreeFile */.x)(distSpecPath), { fileName: specName, predefined });
        }
        else if (ctx.generation) {
            const step = await (0,patches_step/* writePatches */.C)({
                source,
                dist: wt,
                dir: tree,
                spec,
                generation: ctx.generation,
                previous: await (0,patches_step/* previousGeneratedPatches */.j)(wt, destFiles),
                digits: pkg.patch_generation_patch_id_digits,
            });
            notes.push(...step.warnings);
        }
        (0,tree_files/* writeTreeFile */.a)(distSpecPath, spec.toString());
        if (actions.has('post-modifications')) {
            await actions.run('post-modifications', env);
            spec = bundle_src_spec/* SpecFile */.An.parse((0,tree_files/* readTreeFile */.x)(distSpecPath), { fileName: specName, predefined });
        }
        // Copied as it is (or left to actions), the spec must be the release's before an archive is named from it.
        if (copySpecAsIs)
            (0,release_checks/* requireReleaseVersion */.Zr)(spec, ctx.specfilePath, ctx.release, copyReason(pkg));
        // The archive, named as the spec's Source expands for the new version (or nothing to upload, and why).
        const upload = await (0,archive_plan/* planArchive */.eM)({
            spec,
            specPath: distSpecPath,
            specName,
            pkg,
            tree,
            treeGit: wt,
            tag: ctx.tag,
        });
        let archivePath = '';
        let sha512 = '';
        if (upload.kind === 'none')
            notes.push(upload.note);
        else {
            if (upload.namedBy === 'rpmspec')
                notes.push(`${pkg.spec_source_id} ${upload.name}: named by rpmspec (srcgit could not expand it)`);
            // Kept in the git directory, not the work tree: an untracked archive there would make the
            // next update-dist-git (or any tool wanting a clean tree) refuse the user's dist-git checkout.
            const archiveDir = external_node_path_.join(await dist.output(['rev-parse', '--absolute-git-dir']), 'srcgit', 'archives');
            (0,external_node_fs_.mkdirSync)(archiveDir, { recursive: true });
            archivePath = external_node_path_.join(archiveDir, upload.name);
            if (!(0,external_node_fs_.existsSync)(archivePath))
                archiveCreated = archivePath;
            const built = await ctx.archives.get(upload.name);
            (0,external_node_fs_.copyFileSync)(built.file, archivePath);
            sha512 = built.sha512;
            const oldArchive = oldSpec && (0,archive_plan/* archiveFileName */.Gm)(oldSpec, pkg);
            const replaceNames = oldArchive ? [oldArchive.name] : [];
            const sourcesPath = external_node_path_.join(tree, 'sources');
            const sources = (0,sources_file/* updateSourcesFile */.qq)((0,tree_files/* readTreeFile */.x)(sourcesPath) ?? '', [{ filename: upload.name, hash: sha512 }], { replaceNames });
            (0,tree_files/* writeTreeFile */.a)(sourcesPath, sources.text);
            const gitignorePath = external_node_path_.join(tree, '.gitignore');
            (0,tree_files/* writeTreeFile */.a)(gitignorePath, (0,gitignore/* addGitignoreEntries */.Y)((0,tree_files/* readTreeFile */.x)(gitignorePath) ?? '', [upload.name]).text);
        }
        await wt.run(['add', '-A']);
        const message = (0,messages/* commitMessage */.df)({
            version: ctx.version,
            upstreamTag: ctx.tag,
            upstreamCommit: ctx.tagCommit,
            sourceGitCommit: ctx.head,
            title: customMessage?.title,
            body: customMessage?.body,
        });
        await wt.run(['commit', '-q', '--allow-empty', '-F', '-'], { input: message, env: ctx.identities.env });
        const commit = (await wt.tryRevParse('HEAD'));
        const diffstat = await wt.output(['diff', '--stat', `${commit}^`, commit]);
        const diff = await wt.output(['diff', '--no-color', `${commit}^`, commit]);
        const upstreamUrl = pkg.upstream_project_url ? (0,secrets/* withoutUrlCredentials */.el)(pkg.upstream_project_url) : undefined;
        const sourceGitUrl = await source.run(['remote', 'get-url', 'origin'], { allowFailure: true });
        succeeded = true;
        return {
            branch,
            prBranch,
            base,
            commit,
            diffstat,
            diff,
            title: (0,messages/* prTitle */.pD)(branch, ctx.version),
            description: (0,messages/* prDescription */.Vl)({
                upstreamUrl,
                tag: ctx.tag,
                commit: ctx.tagCommit,
                // GitLab CI's checkout has the job token in its remote URL.
                sourceGitUrl: sourceGitUrl.code === 0 ? (0,secrets/* withoutUrlCredentials */.el)(sourceGitUrl.stdout.trim()) : undefined,
                sourceGitCommit: ctx.head,
            }),
            archive: archivePath,
            archiveSha512: sha512,
            notes,
        };
    }
    finally {
        await dist.run(['worktree', 'remove', '--force', tree], { allowFailure: true });
        (0,resources/* removeTempDir */.CT)(tree);
        if (!succeeded) {
            await dist.run(branchBefore ? ['branch', '-f', prBranch, branchBefore] : ['branch', '-D', prBranch], {
                allowFailure: true,
            });
            if (archiveCreated)
                (0,external_node_fs_.rmSync)(archiveCreated, { force: true });
        }
    }
}
/** Why the spec is copied as it is, for messages. */
function copyReason(pkg) {
    return pkg.sync_changelog
        ? 'with sync_changelog: true the spec is copied as it is'
        : 'with a prepare-files action the spec is copied as it is';
}
/** The expanded Version of the spec on a dist-git commit; undefined when there is none or it cannot be expanded. */
async function distGitVersion(dist, commit, specName, predefined) {
    const shown = await dist.run(['show', `${commit}:${specName}`], { allowFailure: true });
    if (shown.code !== 0)
        return undefined;
    const version = bundle_src_spec/* SpecFile */.An.parse(shown.stdout, { fileName: specName, predefined }).version;
    return version && version.unresolved.length === 0 ? version.value : undefined;
}
/**
 * The archives of one run, one per file name, each made once and started as soon as its name
 * is known; branches copy them next to their spec.
 */
class Archives {
    source;
    ref;
    prefix;
    dir = (0,resources/* makeTempDir */.mk)('srcgit-archives-');
    jobs = new Map();
    constructor(source, ref, prefix) {
        this.source = source;
        this.ref = ref;
        this.prefix = prefix;
    }
    get(name) {
        let job = this.jobs.get(name);
        if (!job) {
            const file = external_node_path_.join(this.dir, name);
            job = (0,archive/* createArchive */.tU)(this.source, {
                ref: this.ref,
                prefix: this.prefix,
                outputFile: file,
                compression: (0,archive/* compressionFor */.iC)(name),
            }).then((sha512) => ({ file, sha512 }));
            this.jobs.set(name, job);
        }
        return job;
    }
    async dispose() {
        await Promise.allSettled(this.jobs.values());
        (0,resources/* removeTempDir */.CT)(this.dir);
    }
}
/** The archive name the spec's Source0 gives for this version, when it can be told without the dist-git side. */
function archiveNameFor(specText, pkg, rpmVersion) {
    try {
        const spec = bundle_src_spec/* SpecFile */.An.parse(specText);
        spec.setVersion(rpmVersion);
        const name = (0,archive_plan/* archiveFileName */.Gm)(spec, pkg)?.name;
        return name && (0,archive/* archiveCompression */.FW)(name) ? name : undefined;
    }
    catch {
        return undefined;
    }
}

/** The archive's top directory, from archive_root_dir_template. */
function archivePrefix(pkg, version) {
    return pkg.archive_root_dir_template
        .replace('{upstream_pkg_name}', pkg.upstream_package_name)
        .replace('{version}', version);
}


/***/ }),

/***/ 20572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fQ: () => (/* binding */ normalizeText),
/* harmony export */   kL: () => (/* binding */ publishBranch),
/* harmony export */   mG: () => (/* binding */ ensureArchivesUploaded)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _git_transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61777);
/* harmony import */ var _dist_git_messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5996);
/* harmony import */ var _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78616);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2508);
/* harmony import */ var _update_dist_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48446);
/**
 * The forge side of propose-downstream: after the local commits exist (one per dist-git
 * branch), upload the archives the lookaside cache lacks, make sure the bot's fork exists,
 * push each `<branch>-update-propose_downstream` branch and open or update its pull request.
 *
 * Order matters for "nothing half-done": everything that can refuse the run (token, project,
 * missing keytab, upload) happens before the first push, and a pull request that cannot be
 * opened takes its freshly pushed branch back. A dry run makes the same reads and reports
 * what it would do, with no write request at all.
 */






/**
 * Uploads every archive the cache lacks, before anything touches dist-git. Fails (naming the
 * secret) when an upload is needed and no keytab was given. Returns notes for the report.
 */
async function ensureArchivesUploaded(ctx, ready) {
    const notes = [];
    const name = `${ctx.namespace}/${ctx.pkg}`;
    const seen = new Set();
    const missing = [];
    for (const { archive } of ready) {
        if (!archive || seen.has(archive.sha512))
            continue;
        seen.add(archive.sha512);
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.basename(archive.path);
        if (await ctx.lookaside.isPresent(name, file, archive.sha512))
            notes.push(`${file} is already in the lookaside cache`);
        else
            missing.push(archive);
    }
    if (missing.length === 0)
        return notes;
    const files = missing.map((a) => node_path__WEBPACK_IMPORTED_MODULE_0__.basename(a.path)).join(', ');
    const withAuth = ctx.withUploadAuth;
    if (!withAuth)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_5__/* .JobError */ .CR(`${files} must be uploaded to the lookaside cache, and that needs a Kerberos keytab: ${ctx.keytabHint}`);
    if (ctx.dryRun) {
        notes.push(`would upload ${files} to the lookaside cache`);
        return notes;
    }
    await withAuth(async (auth) => {
        for (const archive of missing) {
            const result = await ctx.lookaside.upload(archive.path, { name, sha512: archive.sha512 }, auth);
            notes.push(result.message);
        }
    });
    return notes;
}
/** Pushes one branch and opens or updates its pull request; never throws. */
async function publishBranch(ctx, ready) {
    const { branch } = ready;
    try {
        return await publish(ctx, ready);
    }
    catch (error) {
        return { branch, operation: 'failed', reason: (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(error.message) };
    }
}
async function publish(ctx, ready) {
    const { distGit, branch, prBranch } = { ...ctx, ...ready };
    const remote = await forkBranch(ctx, ready);
    const find = {
        ns: ctx.namespace,
        repo: ctx.pkg,
        author: ctx.forkUser,
        forkUser: ctx.forkUser,
        sourceBranch: prBranch,
        targetBranch: branch,
    };
    let existing = await distGit.findOpenPullRequest(find);
    if (remote.foreign && !ctx.force)
        return {
            branch,
            operation: 'skipped',
            // The PR is there, with the maintainer's commits: the outcome and its status link to it.
            ...(existing?.url ? { url: existing.url } : {}),
            reason: `branch modified by ${remote.foreign}: ${prBranch} in the fork has commits srcgit did not make; rerun with force to replace them`,
        };
    // The PR remembers the source-git commits it carried before, so sync-status can settle them.
    const textFor = (pr) => ({
        title: ready.title,
        description: (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .carrySupersededCommits */ .C7)(ready.description, pr.description),
    });
    const needsPush = !remote.sameContent;
    // A PR carried over from Pagure by the migration does not let maintainers push yet: the
    // update that follows (same title and text) sets it, once.
    const needsUpdate = (pr) => needsText(pr, textFor(pr)) || pr.maintainerCanPush === false;
    if (!needsPush && existing && !needsUpdate(existing))
        return { branch, operation: 'unchanged', url: existing.url };
    if (ctx.dryRun)
        return {
            branch,
            operation: existing ? 'updated' : 'created',
            dryRun: true,
            url: existing?.url,
            reason: 'dry run: nothing was pushed or proposed',
        };
    const pushed = needsPush ? await pushOrSettle(ctx, ready, remote.sha) : 'unchanged';
    // Another run of this release pushed the same proposal first (or, for `landed`, maybe the very
    // same commit) and opens the pull request: take that one rather than open a second (Pagure
    // accepts duplicates; Forgejo refuses them, and createPullRequest returns the open one). A known pull request needs no wait: it is updated either way.
    if (pushed === 'theirs' || (pushed === 'landed' && !existing)) {
        existing = (await waitForPullRequest(ctx, find)) ?? existing;
        if (existing && !needsUpdate(existing))
            return {
                branch,
                operation: 'unchanged',
                url: existing.url,
                reason: 'another run of this release proposed it at the same time',
            };
    }
    let pr;
    try {
        pr = existing
            ? needsUpdate(existing)
                ? await distGit.updatePullRequest(ctx.namespace, ctx.pkg, existing.number, textFor(existing))
                : existing
            : await distGit.createPullRequest({ ...find, title: ready.title, description: ready.description });
    }
    catch (error) {
        // No pushed branch without its pull request: put the fork branch back as it was.
        if (pushed === 'pushed' || pushed === 'landed')
            await restoreForkBranch(ctx, ready, remote.sha);
        throw error;
    }
    return { branch, operation: existing ? 'updated' : 'created', url: pr.url || existing?.url };
}
function needsText(existing, text) {
    return (existing.title !== text.title || normalizeText(existing.description) !== normalizeText(text.description));
}
/**
 * Pushes the proposal. A push that failed is settled by reading the fork branch back: holding
 * our commit, the remote took the push and only the answer was lost, or another run pushed the
 * identical commit (`landed`: the two cannot be told apart); holding the same proposal from
 * another commit, another run of this release pushed first (`theirs`). Anything else is the
 * push's own error.
 */
async function pushOrSettle(ctx, ready, before) {
    try {
        const result = await (0,_git_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .pushBranch */ .TV)(ctx.dist, {
            url: ctx.forkUrl,
            localRef: ready.commit,
            remoteBranch: ready.prBranch,
            expectRemote: before ?? '',
            transport: ctx.transport,
        });
        // Already there: an identical commit (same content, same second) from another run.
        return result === 'up-to-date' ? 'theirs' : 'pushed';
    }
    catch (error) {
        const now = await forkBranch(ctx, ready).catch(() => undefined);
        if (now?.sha === ready.commit)
            return 'landed';
        if (now?.sha !== undefined && now.sha !== before && now.sameContent)
            return 'theirs';
        throw error;
    }
}
/** Seconds between the looks for the pull request another run is opening (about 15 s in all). */
const PR_WAIT_SECONDS = [0.5, 1, 2, 4, 8];
/** The open pull request for the branch pair once another run has opened it; undefined if it never comes. */
async function waitForPullRequest(ctx, find) {
    for (const seconds of [0, ...PR_WAIT_SECONDS]) {
        if (seconds > 0)
            await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        const pr = await ctx.distGit.findOpenPullRequest(find);
        if (pr)
            return pr;
    }
    return undefined;
}
async function forkBranch(ctx, ready) {
    const sha = await (0,_git_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .lsRemote */ ._H)(ctx.dist, ctx.forkUrl, ready.prBranch, ctx.transport).catch((error) => {
        // A fork that does not exist yet (first run, or a dry run before forking) has no branch.
        if (/not found|does not exist|repository .* not found/i.test(error.message))
            return undefined;
        throw error;
    });
    if (!sha)
        return { sameContent: false };
    await ctx.dist.run(['fetch', '-q', '--no-tags', ctx.forkUrl, `+refs/heads/${ready.prBranch}:refs/srcgit/fork`], {
        env: ctx.transport.env,
    });
    // Commits on the fork branch that the target branch does not have.
    const log = await ctx.dist.output(['log', '--format=%H%x00%an%x00%B%x1e', sha, '--not', ready.base]);
    const commits = log
        .split('\x1e')
        .map((entry) => entry.replace(/^\n/, ''))
        .filter(Boolean)
        .map((entry) => {
        const [hash, author, message] = entry.split('\0');
        return { hash, author, message };
    });
    const ours = (message) => Object.keys((0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTrailers */ .aw)(message)).some((t) => t.toLowerCase() === _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_3__/* .SOURCE_GIT_TRAILER */ .tB.toLowerCase());
    const foreign = commits.find((c) => !ours(c.message));
    const [ourTree, theirTree, ourMessage] = await Promise.all([
        ctx.dist.output(['rev-parse', `${ready.commit}^{tree}`]),
        ctx.dist.output(['rev-parse', `${sha}^{tree}`]),
        ctx.dist.output(['log', '-1', '--format=%B', ready.commit]),
    ]);
    const parent = await ctx.dist.tryRevParse(`${sha}^`);
    // The same proposal: same content, or the same release from the same source-git commit on the
    // same base (a rerun on another day differs only in the changelog date; keep what is there).
    const same = ourTree === theirTree || (commits.length === 1 && sameRelease(commits[0].message, ourMessage));
    return {
        sha,
        foreign: foreign?.author,
        sameContent: !foreign && commits.length === 1 && parent === ready.base && same,
    };
}
async function restoreForkBranch(ctx, ready, before) {
    const ref = `refs/heads/${ready.prBranch}`;
    const args = before
        ? ['push', '-q', `--force-with-lease=${ref}:${ready.commit}`, ctx.forkUrl, `${before}:${ref}`]
        : ['push', '-q', `--force-with-lease=${ref}:${ready.commit}`, ctx.forkUrl, `:${ref}`];
    await ctx.dist.run(args, { env: ctx.transport.env, allowFailure: true });
}
/** A request text as forges give it back: CRLF line ends and trailing newlines do not count. */
function normalizeText(text) {
    return (text ?? '').replace(/\r\n?/g, '\n').trim();
}
/** Two srcgit commits propose the same release from the same source-git commit. */
function sameRelease(theirs, ours) {
    const key = (message) => {
        const trailer = Object.entries((0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTrailers */ .aw)(message)).find(([token]) => token.toLowerCase() === _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_3__/* .SOURCE_GIT_TRAILER */ .tB.toLowerCase());
        const tag = /^Upstream tag: (.*)$/m.exec(message)?.[1];
        return trailer && tag ? `${message.split('\n', 1)[0]}\0${tag}\0${trailer[1].join(',')}` : undefined;
    };
    const a = key(theirs);
    return a !== undefined && a === key(ours);
}


/***/ }),

/***/ 48446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_16__.C),
/* harmony export */   Cs: () => (/* binding */ pickPackage),
/* harmony export */   GE: () => (/* binding */ updateDistGit),
/* harmony export */   Nw: () => (/* binding */ patchIgnorePaths),
/* harmony export */   he: () => (/* binding */ requireCleanRepo),
/* harmony export */   kK: () => (/* binding */ openSyncPair)
/* harmony export */ });
/* harmony import */ var _dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50126);
/* harmony import */ var _dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(98096);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76766);
/* harmony import */ var _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78616);
/* harmony import */ var _patches_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37552);
/* harmony import */ var _source_git_ci_only_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(38826);
/* harmony import */ var _dist_git_apply_file_sync_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24653);
/* harmony import */ var _dist_git_files_to_sync_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61119);
/* harmony import */ var _source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33389);
/* harmony import */ var _dist_git_messages_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5996);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(18605);
/* harmony import */ var _source_git_brought_back_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(42352);
/* harmony import */ var _source_git_downstream_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(74403);
/* harmony import */ var _source_git_patches_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(98681);
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(83039);
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(9372);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(16488);
/* harmony import */ var _release_checks_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(74614);
/* harmony import */ var _commit_identity_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(72753);
/**
 * `srcgit update-dist-git SOURCE_GIT DIST_GIT`: regenerate the patches from the downstream
 * commits and sync the spec and files_to_sync into a dist-git work tree, committing when a
 * message is given (Packit's `source-git update-dist-git`). Refuses to overwrite commits
 * a maintainer made in dist-git since the last sync, and does nothing when source-git has
 * nothing new.
 */






















/** The one package a command works on (the only one, or the one named) and its key in `packages`. */
function pickPackage(config, name) {
    const names = Object.keys(config.packages);
    if (name) {
        const pkg = config.packages[name];
        if (!pkg)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${config.file} has no package "${name}" (packages: ${names.join(', ')})`);
        return { key: name, pkg };
    }
    if (names.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${config.file} defines ${names.length} packages (${names.join(', ')}); choose one with --package`);
    return { key: names[0], pkg: config.packages[names[0]] };
}
/**
 * A clean checkout. Untracked files matter only where srcgit commits with `git add -A`
 * (dist-git); in source-git, patches come from commits and synced files from the index.
 */
async function requireCleanRepo(git, label, untracked) {
    if (!(await git.isRepository()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${label} ${git.dir} is not a git repository`);
    const dirty = await git.dirtyPaths({ untracked });
    if (dirty.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${label} ${git.dir} has uncommitted changes (${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', ...' : ''}); commit or stash them first`);
}
/** Paths srcgit ignores when making patches: the configured ones and every files_to_sync source. */
function patchIgnorePaths(pkg) {
    const fromSync = pkg.files_to_sync
        .flatMap((item) => item.src)
        .map((src) => src.replace(/\/+$/, '').replace(/^\.\//, ''));
    return [...new Set([...(pkg.patch_generation_ignore_paths ?? []), ...fromSync])].filter((p) => p !== '' && p !== '.');
}
/**
 * What both sync directions start from: the configuration (its warnings as notes), the one
 * package, the two checkouts (clean), the upstream commit the downstream commits sit on and
 * the spec's path in source-git.
 */
async function openSyncPair(options, dirtyDistGit) {
    const config = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(options.sourceGit, { configFile: options.configFile });
    const notes = config.warnings.map((w) => `${w.file}: ${w.message}`);
    const { key: packageKey, pkg } = options.view
        ? { key: options.view.packageKey, pkg: options.view.pkg }
        : pickPackage(config, options.packageName);
    (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_17__/* .requireRootPackage */ .M1)(pkg);
    const source = new _git_git_js__WEBPACK_IMPORTED_MODULE_10__/* .Git */ .TU(options.sourceGit);
    const dist = new _git_git_js__WEBPACK_IMPORTED_MODULE_10__/* .Git */ .TU(options.distGit);
    await requireCleanRepo(source, 'source-git', false);
    await requireCleanRepo(dist, 'dist-git', dirtyDistGit.untracked);
    const ref = options.upstreamRef ?? pkg.upstream_ref ?? undefined;
    if (!ref)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${config.file} has no upstream_ref: set it to the upstream tag the downstream commits sit on`);
    const upstream = await (0,_source_git_downstream_js__WEBPACK_IMPORTED_MODULE_12__/* .resolveUpstreamRef */ .ZZ)(source, ref);
    const specfilePath = pkg.specfile_path;
    if (!specfilePath)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${config.file}: 'specfile_path' is not specified or no specfile was found in the repo; set specfile_path (e.g. .distro/${pkg.downstream_package_name}.spec)`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(options.sourceGit, specfilePath)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${config.file}: specfile_path ${specfilePath} is not in source-git ${options.sourceGit}; set specfile_path to the spec's path (e.g. .distro/${pkg.downstream_package_name}.spec)`);
    return { config, notes, packageKey, pkg, source, dist, upstream, specfilePath };
}
async function updateDistGit(options) {
    const { config, notes, packageKey, pkg, source, dist, upstream, specfilePath } = await openSyncPair(options, { untracked: true });
    const head = (await source.tryRevParse('HEAD'));
    const syncPoint = await (0,_dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .lastSyncPoint */ .u_)(dist);
    if (syncPoint?.sourceGitCommit === head && !options.force) {
        return {
            status: 'nothing-to-do',
            sourceGitCommit: head,
            patches: [],
            notes: [...notes, `dist-git is already in sync with ${head.slice(0, 12)}`],
            warnings: [],
        };
    }
    const specName = `${pkg.downstream_package_name}.spec`;
    const items = (0,_dist_git_files_to_sync_js__WEBPACK_IMPORTED_MODULE_7__/* .syncItems */ .KD)(pkg, specfilePath);
    const [sourceFiles, destFiles] = await Promise.all([
        source.output(['ls-files', '-z']).then((o) => o.split('\0').filter(Boolean)),
        dist.output(['ls-files', '-z']).then((o) => o.split('\0').filter(Boolean)),
    ]);
    // With sync_changelog off, dist-git keeps its own %changelog: the spec is merged below, not copied.
    const actions = (0,_actions_js__WEBPACK_IMPORTED_MODULE_15__/* .actionRunner */ .Lx)(pkg, options.sourceGit);
    const mergeSpec = !pkg.sync_changelog && !actions.has('prepare-files');
    const plan = (0,_dist_git_files_to_sync_js__WEBPACK_IMPORTED_MODULE_7__/* .planFileSync */ .l3)(items, sourceFiles, destFiles, {
        specPath: specfilePath,
        dropSpec: mergeSpec,
        sourceLinks: (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_8__/* .symlinksAmong */ .vc)(options.sourceGit, sourceFiles),
        destLinks: (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_8__/* .symlinksAmong */ .vc)(options.distGit, destFiles),
    });
    if (plan.problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`files_to_sync in ${config.file}: ${plan.problems.join('; ')}`);
    await (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_17__/* .requireNoUpstreamReleaseInRange */ .p6)(source, pkg, upstream, head);
    const range = await (0,_source_git_downstream_js__WEBPACK_IMPORTED_MODULE_12__/* .downstreamRange */ .Qs)(source, upstream);
    // A create-patches action replaces srcgit's patch generation.
    const generation = actions.has('create-patches')
        ? undefined
        : await (0,_source_git_patches_js__WEBPACK_IMPORTED_MODULE_13__/* .generatePatches */ .K)(source, range, patchIgnorePaths(pkg));
    notes.push(...(generation?.notes ?? []));
    if (range.linearized)
        notes.push('the downstream history has merges; patches were made from its first-parent line');
    const previous = await (0,_patches_step_js__WEBPACK_IMPORTED_MODULE_5__/* .previousGeneratedPatches */ .j)(dist, destFiles);
    const newNames = new Set(generation?.patches.map((p) => p.name) ?? []);
    const stale = generation ? previous.filter((name) => !newNames.has(name)) : [];
    const touched = [
        ...new Set([...plan.copies.map((c) => c.to), ...plan.deletes, ...newNames, ...stale, specName]),
    ];
    // Commits made by hand since the last sync that change files srcgit writes. Those source-git
    // carries (update-source-git brought them back, or found nothing to bring back) are synced.
    let hand = [];
    let handBase = '';
    if (syncPoint) {
        const broughtBack = await (0,_source_git_brought_back_js__WEBPACK_IMPORTED_MODULE_11__/* .broughtBackCommits */ .F)(source, upstream);
        handBase = (await (0,_dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .newestCarried */ .hD)(dist, syncPoint.commit, broughtBack)) ?? syncPoint.commit;
        hand = (await (0,_dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .handCommitsTouching */ .ji)(dist, handBase, touched)).filter((c) => !broughtBack.has(c.sha));
    }
    else {
        notes.push('no earlier sync point in dist-git: this is the first sync');
    }
    const env = (0,_actions_js__WEBPACK_IMPORTED_MODULE_15__/* .syncActionEnv */ .z6)({
        packageKey,
        pkg,
        specfilePath,
        upstreamRepo: options.sourceGit,
        downstreamRepo: options.distGit,
        version: '',
    });
    const identities = await (0,_commit_identity_js__WEBPACK_IMPORTED_MODULE_18__/* .commitIdentities */ .i)(source, options.author);
    const warnings = generation ? (0,_source_git_ci_only_js__WEBPACK_IMPORTED_MODULE_19__/* .ciOnlyPatchWarnings */ .UI)(generation.patches, pkg.config_file_path) : [];
    // Specs are read as rpm reads them on the checked-out branch (%fedora/%rhel/%dist), then parse_time_macros.
    const checkedOut = await dist.run(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true });
    const predefined = (0,_dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_20__/* .branchMacros */ .e)(checkedOut.stdout.trim(), { parseTimeMacros: pkg.parse_time_macros });
    // The work tree was clean when we started; on failure it goes back to that, not half-synced.
    let step;
    try {
        const specPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(options.distGit, specName);
        // Only a merge reads dist-git's spec (for its %changelog); a copy replaces it, a link too.
        const oldSpecText = mergeSpec ? (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(specPath) : undefined;
        if (actions.has('prepare-files'))
            await actions.run('prepare-files', env);
        (0,_dist_git_apply_file_sync_js__WEBPACK_IMPORTED_MODULE_6__/* .applyFileSyncPlan */ .r)(plan, options.sourceGit, options.distGit);
        if (mergeSpec) {
            const sourceSpecText = await (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readRepoFile */ .v6)(source, specfilePath);
            (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTreeFile */ .a)(specPath, oldSpecText === undefined ? sourceSpecText : (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_14__/* .withChangelogOf */ .Wm)(sourceSpecText, oldSpecText));
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(specPath))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`no spec in dist-git after syncing: ${specName} (check specfile_path and files_to_sync)`);
        if (!generation) {
            await actions.run('create-patches', env);
        }
        else {
            const spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_14__/* .SpecFile */ .An.parse((0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(specPath), { fileName: specName, predefined });
            step = await (0,_patches_step_js__WEBPACK_IMPORTED_MODULE_5__/* .writePatches */ .C)({
                source,
                dist,
                dir: options.distGit,
                spec,
                generation,
                previous,
                digits: pkg.patch_generation_patch_id_digits,
            });
            notes.push(...step.warnings);
            (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTreeFile */ .a)(specPath, spec.toString());
        }
        await actions.run('post-modifications', env);
        const unbuildable = (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_17__/* .missingArchiveWarning */ .X7)(_spec_index_js__WEBPACK_IMPORTED_MODULE_14__/* .SpecFile */ .An.parse((0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(specPath), { fileName: specName, predefined }), options.distGit, pkg);
        if (unbuildable)
            warnings.push(unbuildable);
        const mismatch = (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_17__/* .specVersionMismatch */ .wE)(_spec_index_js__WEBPACK_IMPORTED_MODULE_14__/* .SpecFile */ .An.parse(await (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readRepoFile */ .v6)(source, specfilePath), { fileName: specfilePath }), specfilePath, pkg);
        if (mismatch)
            warnings.push(mismatch);
        if (hand.length > 0 && !options.force) {
            // Refused only when the new content loses a hand change; one source-git has too is kept.
            const missing = await (0,_dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .handChangesMissing */ .RD)(dist, handBase, hand, touched);
            if (missing.length > 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`dist-git has ${missing.length} commit(s) made by hand since the last sync (${syncPoint.commit.slice(0, 12)}) whose changes srcgit would overwrite:\n` +
                    missing.map((c) => `  ${c.sha.slice(0, 12)} ${c.subject} (${c.author})`).join('\n') +
                    '\nBring them into source-git first (srcgit update-source-git), or rerun with --force to overwrite them.');
            notes.push(`${hand.length} dist-git commit(s) made by hand since the last sync change files srcgit writes; source-git has their changes too, so none is undone`);
        }
    }
    catch (error) {
        await dist.run(['reset', '-q', '--hard', 'HEAD'], { allowFailure: true });
        await dist.run(['clean', '-q', '-fd'], { allowFailure: true });
        throw error;
    }
    await dist.run(['add', '-A']);
    const staged = await dist.run(['diff', '--cached', '--quiet'], { allowFailure: true });
    if (staged.code === 0) {
        return {
            status: 'nothing-to-do',
            sourceGitCommit: head,
            patches: step?.names ?? [],
            notes: [...notes, 'dist-git already has this content'],
            warnings,
        };
    }
    if (!options.message) {
        return { status: 'changed', sourceGitCommit: head, patches: step?.names ?? [], notes, warnings };
    }
    const message = (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_9__/* .addTrailer */ .Nb)(options.message, _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .SOURCE_GIT_TRAILER */ .tB, head);
    await dist.run(['commit', '-q', '-F', '-'], { input: message, env: identities.env });
    const commit = (await dist.tryRevParse('HEAD'));
    return { status: 'committed', commit, sourceGitCommit: head, patches: step?.names ?? [], notes, warnings };
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
/* harmony export */   Op: () => (/* binding */ isGitLabCi)
/* harmony export */ });
/* unused harmony exports gitlabRunContext, DOTENV_MAX_BYTES, dotenvName, writeDotenvReport, writeCiReports */
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
    registerSecret(nonEmpty(env.CI_JOB_TOKEN));
    registerSecret(nonEmpty(env.SRCGIT_GITLAB_TOKEN));
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
const HOW_TO_AUTHORIZE = (/* unused pure expression or super */ null && ('set the masked CI/CD variable SRCGIT_GITLAB_TOKEN to a project access token with the read_api scope, ' +
    "or allow this project's CI/CD job token to read it (Settings > CI/CD > Job token permissions)"));
async function releaseDescription(env, tag) {
    const host = instanceUrl(env);
    const project = nonEmpty(env.CI_PROJECT_ID) ?? nonEmpty(env.CI_PROJECT_PATH);
    if (!host || !project)
        throw new Error(`cannot read the release notes of ${tag}: CI_SERVER_URL (or CI_API_V4_URL) and CI_PROJECT_ID are not set; ` +
            'run inside a GitLab CI job, or pass the notes with --release-notes FILE');
    const token = nonEmpty(env.SRCGIT_GITLAB_TOKEN);
    const jobToken = nonEmpty(env.CI_JOB_TOKEN);
    const auth = token ? { token } : jobToken ? { jobToken } : {};
    const api = new Gitlab({ host, queryTimeout: 30_000, ...auth });
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
        throw new Error(redact(`cannot read the release notes of ${tag} from ${where}: ${explain(status, message, error)}`));
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
const DOTENV_MAX_BYTES = (/* unused pure expression or super */ null && (5 * 1024));
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
        value: redact(value)
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
    writeFileSync(file, text());
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
            writeFileSync(env.SRCGIT_SUMMARY, summary);
    }
    catch (error) {
        warn(`could not write the report: ${error.message}`);
    }
}


/***/ }),

/***/ 42352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ broughtBackCommits)
/* harmony export */ });
/* unused harmony export BroughtBack */
/* harmony import */ var _from_dist_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79825);

class BroughtBack {
    values;
    constructor(values) {
        this.values = values;
    }
    static of(values) {
        return new BroughtBack(new Set([...values].map((v) => v.toLowerCase())));
    }
    get size() {
        return this.values.size;
    }
    /** Whether a trailer names this commit (full sha, or an abbreviation of at least 7 digits). */
    has(sha) {
        const full = sha.toLowerCase();
        if (this.values.has(full))
            return true;
        for (const value of this.values)
            if (value.length < full.length && full.startsWith(value))
                return true;
        return false;
    }
}
/** The dist-git commits named by From-dist-git-commit trailers in `upstream..head` of source-git. */
async function broughtBackCommits(source, upstream, head = 'HEAD') {
    const out = await source.output([
        'log',
        `--format=%(trailers:key=${_from_dist_git_js__WEBPACK_IMPORTED_MODULE_0__/* .FROM_DIST_GIT_TRAILER */ .TZ},valueonly,separator=%x1f)%x1e`,
        `${upstream}..${head}`,
        '--',
    ]);
    const values = out
        .split('\x1e')
        .flatMap((record) => record.split('\x1f'))
        .map((v) => v.trim())
        .filter((v) => /^[0-9a-f]{7,64}$/i.test(v));
    return BroughtBack.of(values);
}


/***/ }),

/***/ 38826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ patchFiles),
/* harmony export */   UI: () => (/* binding */ ciOnlyPatchWarnings)
/* harmony export */ });
/* unused harmony exports CI_PATHS, isCiPath */
/**
 * A generated patch that changes only CI files (the workflow `srcgit init --ci` writes, or
 * any other GitHub/GitLab CI configuration) would ship the source-git repository's CI setup
 * as a Fedora patch: the run warns, naming the commits and the paths to ignore. Pure.
 */
/** Paths of CI configuration: GitHub's `.github/` and GitLab's `.gitlab-ci.yml` and `.gitlab/`. */
const CI_PATHS = ['.github/', '.gitlab-ci.yml', '.gitlab/'];
function isCiPath(file) {
    return CI_PATHS.some((p) => (p.endsWith('/') ? file.startsWith(p) || file === p.slice(0, -1) : file === p));
}
/** The CI path a file falls under, as patch_generation_ignore_paths should list it. */
function ciIgnorePath(file) {
    return CI_PATHS.find((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)).replace(/\/$/, '');
}
function unquote(p) {
    return p.startsWith('"') && p.endsWith('"') ? p.slice(1, -1) : p;
}
/**
 * The files a `git format-patch` patch (a/ and b/ prefixes) changes: both sides of each
 * `diff --git` line, so a rename out of `.github/` counts as touching a non-CI path.
 */
function patchFiles(content) {
    const files = new Set();
    for (const line of content.split('\n')) {
        const m = /^diff --git ("?a\/.*?"?) ("?b\/.*"?)$/.exec(line);
        if (!m)
            continue;
        for (const side of [m[1], m[2]])
            files.add(unquote(side).slice(2));
    }
    return [...files];
}
/** One warning per patch whose files are all CI files, naming its commits and the fix. */
function ciOnlyPatchWarnings(patches, configFile) {
    const warnings = [];
    for (const patch of patches) {
        if (patch.files.length === 0 || !patch.files.every(isCiPath))
            continue;
        const paths = [...new Set(patch.files.map(ciIgnorePath))];
        const commits = patch.commits.map((c) => `${c.sha.slice(0, 12)} ("${c.subject}")`).join(', ');
        warnings.push(`patch ${patch.name} from commit ${commits} changes only CI files (${patch.files.join(', ')}), ` +
            `which would ship as a Fedora patch: add ${paths.map((p) => `"${p}"`).join(', ')} to ` +
            `patch_generation_ignore_paths in ${configFile}`);
    }
    return warnings;
}


/***/ }),

/***/ 79825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ withoutPatchTrailers),
/* harmony export */   B3: () => (/* binding */ appendTrailerLines),
/* harmony export */   CM: () => (/* binding */ stripPatchDeclarations),
/* harmony export */   TZ: () => (/* binding */ FROM_DIST_GIT_TRAILER),
/* harmony export */   dN: () => (/* binding */ patchTrailerLines),
/* harmony export */   s3: () => (/* binding */ isMailPatch),
/* harmony export */   vS: () => (/* binding */ patchDeclaration)
/* harmony export */ });
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83039);
/* harmony import */ var _dist_git_messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5996);
/* harmony import */ var _trailers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70063);
/**
 * Pure helpers for bringing dist-git commits back into source-git (Packit's
 * `source-git update-source-git`, §5.3): the trailers that mark a source-git commit as coming
 * from dist-git, what the dist-git spec says about a patch (number, comment, -p level), and
 * the spec with srcgit's own PatchN lines left out, so that only a maintainer's real change
 * is replayed onto `.distro/`.
 */



/** On source-git commits made from a dist-git commit (and on the source-git init commit). */
const FROM_DIST_GIT_TRAILER = 'From-dist-git-commit';
/** Lines with their line endings, so joining them gives the text back. */
function physicalLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/**
 * The spec without the declarations (PatchN tag or %patchlist entry, and the comment block right
 * above it) of the patches named in `names`: the ones srcgit writes itself from source-git
 * commits. Everything else stays byte for byte.
 */
function stripPatchDeclarations(specText, names) {
    if (names.size === 0)
        return specText;
    const spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecFile */ .An.parse(specText);
    const lines = physicalLines(specText);
    const drop = new Set();
    for (const patch of spec.patches) {
        if (patch.origin === 'include' || !names.has(_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecFile */ .An.fileName(patch.expanded.value)))
            continue;
        const first = patch.line - 1;
        const tag = spec.model.tags.find((t) => t.line === first && t.base === 'patch');
        const end = tag ? tag.endLine : first + 1;
        for (let i = first; i < end; i++)
            drop.add(i);
        for (let i = first - 1; i >= 0 && !drop.has(i) && (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isPatchComment */ .oG)(lines[i]); i--)
            drop.add(i);
    }
    if (drop.size === 0)
        return specText;
    return lines.filter((_, i) => !drop.has(i)).join('');
}
/** How the spec declares and applies the patch file `fileName`; undefined when it does not. */
function patchDeclaration(specText, fileName) {
    const spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecFile */ .An.parse(specText);
    const entry = spec.patches.find((p) => _spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecFile */ .An.fileName(p.expanded.value) === fileName);
    if (!entry)
        return undefined;
    const lines = specText.split('\n');
    const comment = [];
    for (let i = entry.line - 2; i >= 0 && (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isPatchComment */ .oG)(lines[i]); i--)
        comment.unshift(lines[i].trim());
    const prep = (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzePrep */ .Yp)(spec.model);
    const application = prep.applications.find((a) => (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isPatchApplied */ .yB)({ ...prep, applications: [a] }, entry.number));
    const level = application ? /(?:^|\s)-p\s*(\d+)/.exec(application.text)?.[1] : undefined;
    return {
        number: entry.number,
        comment,
        strip: level === undefined ? 1 : Number(level),
        applied: application !== undefined,
    };
}
/** A `git format-patch` mail (or any mail with a patch) rather than a bare diff: `git am` material. */
function isMailPatch(content) {
    const head = content.subarray(0, 8192).toString('latin1');
    if (/^From [0-9a-f]{40} /.test(head))
        return true;
    const end = head.search(/\r?\n\r?\n/);
    const headers = end < 0 ? head : head.slice(0, end);
    return /^From: /m.test(headers) && /^Subject: /m.test(headers);
}
/**
 * The trailers of a source-git commit made from a patch file: Patch-name, Patch-id, the spec
 * comment as Patch-status (a YAML literal block, so update-dist-git writes the same comment
 * back; `""` when there is none) and No-prefix for patches applied with -p0.
 */
function patchTrailerLines(options) {
    const lines = [`Patch-name: ${yamlScalar(options.name)}`];
    if (options.number !== undefined)
        lines.push(`Patch-id: ${options.number}`);
    if (options.comment && options.comment.length > 0)
        lines.push('Patch-status: |', ...options.comment.map((line) => `    ${line}`));
    // No comment in the spec stays none: without the trailer update-dist-git would write the subject.
    else if (options.comment)
        lines.push('Patch-status: ""');
    if (options.noPrefix)
        lines.push('No-prefix: true');
    return lines;
}
/** A file name as a YAML plain scalar when it reads back unchanged, else double-quoted. */
function yamlScalar(text) {
    const plain = /^[A-Za-z0-9_.+~@=-][A-Za-z0-9_.+~@=/, -]*$/.test(text) && !/[ ,]$/.test(text);
    const special = /^(true|false|yes|no|on|off|null|~|[-+]?\d[\d_.eE+-]*)$/i.test(text);
    return plain && !special ? text : JSON.stringify(text);
}
const PATCH_TOKEN = new RegExp(`^(${_trailers_js__WEBPACK_IMPORTED_MODULE_2__/* .PATCH_TRAILER_TOKENS */ .Sq.join('|')})\\s*:`, 'i');
/**
 * The message without Packit's patch trailers (and their continuation lines) in its trailer
 * block: a patch mail made by another source-git carries them, and they must not decide the
 * name or numbering of ours.
 */
function withoutPatchTrailers(message) {
    const text = message.replace(/\s+$/, '');
    if (Object.keys((0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTrailers */ .aw)(text)).length === 0)
        return text;
    const lines = text.split('\n');
    const start = lines.map((l) => l.trim()).lastIndexOf('') + 1;
    const kept = [];
    let dropping = false;
    for (const line of lines.slice(start)) {
        if (/^\s/.test(line) && line.trim() !== '') {
            if (!dropping)
                kept.push(line);
            continue;
        }
        dropping = PATCH_TOKEN.test(line);
        if (!dropping)
            kept.push(line);
    }
    return [...lines.slice(0, start), ...kept].join('\n').replace(/\s+$/, '');
}
/**
 * `lines` added to the message's trailer block (a new last paragraph when it has none), as
 * `git interpret-trailers` places them. Returns the message with one trailing newline.
 */
function appendTrailerLines(message, lines) {
    const text = message.replace(/\s+$/, '');
    if (text === '')
        return lines.join('\n') + '\n';
    const hasBlock = text.includes('\n') && Object.keys((0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTrailers */ .aw)(text)).length > 0;
    return `${text}${hasBlock ? '\n' : '\n\n'}${lines.join('\n')}\n`;
}


/***/ }),

/***/ 98681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ generatePatches),
/* harmony export */   NG: () => (/* binding */ patchIds),
/* harmony export */   pg: () => (/* binding */ keepUnchanged)
/* harmony export */ });
/* unused harmony exports excludePathspecs, squashByName, plainDiffChange */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74227);
/* harmony import */ var _ci_only_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38826);
/* harmony import */ var _downstream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74403);
/* harmony import */ var _trailers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70063);
/**
 * Patch files from downstream commits, as Packit makes them (§3): `git format-patch` of the
 * linear downstream range minus ignored paths, metadata from trailers (or legacy YAML),
 * Ignore-patch dropped, No-prefix applied, adjacent commits with the same Patch-name
 * squashed, files renamed to Patch-name, and an unchanged patch (same `git patch-id
 * --stable`) kept byte for byte as it already is in dist-git.
 */






/** Pathspecs excluding `paths` from format-patch, as Packit passes them. */
function excludePathspecs(paths) {
    return ['.', ...paths.map((p) => `:(exclude)${p.replace(/\/+$/, '')}`)];
}
async function generatePatches(git, range, ignorePaths) {
    const notes = [];
    const bySha = new Map(range.commits.map((c) => [c.sha, c]));
    const out = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .makeTempDir */ .mk)('srcgit-patches-');
    try {
        const pathspecs = excludePathspecs(ignorePaths);
        const listing = await git.output([
            'format-patch',
            '--output-directory',
            out,
            `${range.upstream}..${range.tip}`,
            '--',
            ...pathspecs,
        ]);
        const files = listing.split('\n').filter(Boolean);
        const raw = files.map((file) => {
            const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_1__.join(git.dir, file));
            const sha = /^From ([0-9a-f]{40}) /.exec(content.subarray(0, 100).toString('latin1'))?.[1];
            const commit = sha ? bySha.get(sha) : undefined;
            if (!commit)
                throw new _downstream_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceGitError */ .YC(`git format-patch wrote ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} for a commit outside the downstream range`);
            return { fileName: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file), content, commit };
        });
        const withTrailers = raw.map((r) => (0,_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .readPatchTrailers */ .dA)(r.commit.trailers, `commit ${r.commit.sha.slice(0, 12)}`));
        const mode = withTrailers.some((m) => m !== undefined) ? 'trailers' : 'legacy';
        const items = [];
        for (const [i, r] of raw.entries()) {
            const where = `commit ${r.commit.sha.slice(0, 12)} ("${r.commit.subject}")`;
            const metadata = (mode === 'trailers' ? withTrailers[i] : (0,_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .readLegacyMetadata */ .lX)(r.commit.message, where)) ??
                (0,_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyMetadata */ .fs)();
            if (metadata.squashCommits)
                notes.push(`${where}: legacy squash_commits is not supported; use Patch-name trailers to squash`);
            if (metadata.ignore) {
                notes.push(`${where}: Ignore-patch is set, no patch file is made`);
                continue;
            }
            let content = r.content;
            if (metadata.noPrefix) {
                content = Buffer.from(await git.output([
                    'format-patch',
                    '--no-prefix',
                    '--stdout',
                    '-1',
                    r.commit.sha,
                    '--',
                    ...pathspecs,
                ]), 'utf8');
                if (!content.toString('utf8').endsWith('\n'))
                    content = Buffer.concat([content, Buffer.from('\n')]);
            }
            items.push({
                name: metadata.name ?? r.fileName,
                content,
                metadata,
                commits: [r.commit],
                comment: specComment(r.commit, metadata, mode),
                files: (0,_ci_only_js__WEBPACK_IMPORTED_MODULE_5__/* .patchFiles */ .MP)(r.content.toString('utf8')),
            });
        }
        return { patches: squashByName(items), mode, notes };
    }
    finally {
        (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .removeTempDir */ .CT)(out);
    }
}
/** The comment Packit writes above a new PatchN tag (§3.5). */
function specComment(commit, metadata, mode) {
    if (metadata.description !== undefined) {
        // An empty Patch-status says: no comment (a patch brought back from a spec that had none).
        const text = metadata.description.replace(/\s+$/, '');
        return text ? text.split('\n') : [];
    }
    // Packit: `commit.summary` (the message's first line) and the author; a wrapped subject is not joined.
    if (mode === 'legacy')
        return [(0,_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .firstLine */ .TM)(commit.message), `Author: ${commit.authorName} <${commit.authorEmail}>`];
    // Packit: the message without its trailers (Patch-status unset); the author's line breaks kept.
    return (0,_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .messageWithoutTrailers */ .g7)(commit.message).split('\n');
}
/** Adjacent patches with the same name become one file (oldest metadata wins); non-adjacent ones are an error. */
function squashByName(patches) {
    const result = [];
    for (const patch of patches) {
        const last = result[result.length - 1];
        if (last && last.name === patch.name) {
            result[result.length - 1] = {
                ...last,
                content: Buffer.concat([last.content, patch.content]),
                commits: [...last.commits, ...patch.commits],
                files: [...new Set([...last.files, ...patch.files])],
            };
            continue;
        }
        const earlier = result.find((p) => p.name === patch.name);
        if (earlier)
            throw new _downstream_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceGitError */ .YC(`Patch-name "${patch.name}" is used by commits that are not adjacent (${earlier.commits[0].sha.slice(0, 12)} and ` +
                `${patch.commits[0].sha.slice(0, 12)}); non-adjacent patches cannot have the same name: reorder the commits or rename one`);
        result.push(patch);
    }
    return result;
}
/** `git patch-id --stable` of a patch file: one id per commit in it (a squashed file has several). */
async function patchIds(git, content) {
    const out = await git.run(['patch-id', '--stable'], { input: content, allowFailure: true });
    if (out.code !== 0)
        return [];
    return out.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ')[0]);
}
/**
 * Replaces a generated patch by the existing dist-git file when both carry the same changes,
 * so a re-sync does not produce noise diffs (format-patch headers, index lines, git version).
 */
async function keepUnchanged(git, patches, existing) {
    const result = [];
    for (const patch of patches) {
        const old = existing(patch.name);
        if (old && !old.equals(patch.content)) {
            const [a, b] = await Promise.all([patchIds(git, old), patchIds(git, patch.content)]);
            if (a.length > 0 && a.join() === b.join()) {
                result.push({ ...patch, content: old });
                continue;
            }
            // A plain `diff -u` patch (a maintainer's, brought back by update-source-git) has no
            // patch-id: compared hunk by hunk instead, it stays as written when the change is the same.
            if (a.length === 0) {
                const strip = patch.metadata.noPrefix ? 0 : 1;
                const before = plainDiffChange(old, strip);
                if (before !== undefined && before === plainDiffChange(patch.content, strip)) {
                    result.push({ ...patch, content: old });
                    continue;
                }
            }
        }
        result.push(patch);
    }
    return result;
}
/**
 * The change a unified diff makes, comparable between a plain `diff -u` and git's output: per
 * file (path with `strip` leading components removed, as patch -pN does; sorted), its hunk
 * lines without positions. Undefined when it carries what a plain diff cannot (binary data,
 * modes other than 100644) or has no file at all.
 */
function plainDiffChange(content, strip) {
    const text = content.toString('utf8');
    if (/^GIT binary patch$/m.test(text) || /^(new file|deleted file|old|new) mode (?!100644$)/m.test(text))
        return undefined;
    const lines = text.split('\n');
    const files = [];
    const name = (header) => header.slice(4).split('\t')[0].trim();
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
            const from = name(line);
            const to = name(lines[++i]);
            files.push([(to === '/dev/null' ? from : to).split('/').slice(strip).join('/')]);
            continue;
        }
        const hunk = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line);
        if (!hunk || files.length === 0)
            continue;
        // Exactly the lines the header counts: a mail's "-- " signature after the last hunk is not one.
        let old = Number(hunk[1] ?? 1);
        let added = Number(hunk[2] ?? 1);
        const body = files[files.length - 1];
        while ((old > 0 || added > 0 || lines[i + 1]?.startsWith('\\')) && i + 1 < lines.length) {
            const next = lines[++i];
            if (next.startsWith('-'))
                old--;
            else if (next.startsWith('+'))
                added--;
            else if (next.startsWith(' ') || next === '') {
                old--;
                added--;
            }
            else if (!next.startsWith('\\'))
                return undefined;
            body.push(next);
        }
    }
    return files.length > 0
        ? files
            .map((f) => f.join('\n'))
            .sort()
            .join('\n\0')
        : undefined;
}


/***/ }),

/***/ 70063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ PATCH_TRAILER_TOKENS),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   dA: () => (/* binding */ readPatchTrailers),
/* harmony export */   fs: () => (/* binding */ emptyMetadata),
/* harmony export */   g7: () => (/* binding */ messageWithoutTrailers),
/* harmony export */   lX: () => (/* binding */ readLegacyMetadata),
/* harmony export */   wc: () => (/* binding */ MetadataError)
/* harmony export */ });
/* unused harmony export trailerBlockStart */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77720);
/**
 * Patch metadata a source-git commit carries: git trailers (Patch-name, Patch-id,
 * Patch-status, Patch-present-in-specfile, Ignore-patch, No-prefix), or the legacy YAML
 * mapping at the end of the message. Values are YAML scalars, as Packit reads them.
 */


const PATCH_TRAILER_TOKENS = [
    'Patch-name',
    'Patch-id',
    'Patch-status',
    'Patch-present-in-specfile',
    'Ignore-patch',
    'No-prefix',
];
class MetadataError extends Error {
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .registerUserError */ .X)(MetadataError);
const EMPTY = { presentInSpecfile: false, ignore: false, noPrefix: false };
/**
 * Reads our six tokens out of a trailer block as printed by `%(trailers:only)`: each
 * `Token: value` line plus its indented continuation lines, parsed as YAML like Packit.
 * Returns undefined when none of the six is there.
 */
function readPatchTrailers(trailerBlock, where) {
    const kept = [];
    let keeping = false;
    for (const line of trailerBlock.split('\n')) {
        if (/^\s/.test(line) && line.trim() !== '') {
            if (keeping)
                kept.push(line);
            continue;
        }
        const token = /^([A-Za-z0-9-]+)\s*:/.exec(line)?.[1];
        keeping = token !== undefined && PATCH_TRAILER_TOKENS.some((t) => t.toLowerCase() === token.toLowerCase());
        if (keeping)
            kept.push(line.replace(/^[A-Za-z0-9-]+/, (t) => canonicalToken(t)));
    }
    if (kept.length === 0)
        return undefined;
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(kept.join('\n'));
    }
    catch (error) {
        throw new MetadataError(`${where}: the patch trailers are not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const map = (data ?? {});
    return {
        name: patchName(map['Patch-name'], 'Patch-name', where),
        patchId: optionalInt(map['Patch-id'], 'Patch-id', where),
        description: optionalString(map['Patch-status'], 'Patch-status', where)?.replace(/\n$/, ''),
        presentInSpecfile: bool(map['Patch-present-in-specfile'], 'Patch-present-in-specfile', where),
        ignore: bool(map['Ignore-patch'], 'Ignore-patch', where),
        noPrefix: bool(map['No-prefix'], 'No-prefix', where),
    };
}
function canonicalToken(token) {
    return PATCH_TRAILER_TOKENS.find((t) => t.toLowerCase() === token.toLowerCase()) ?? token;
}
const LEGACY_KEYS = [
    'patch_name',
    'description',
    'present_in_specfile',
    'ignore',
    'squash_commits',
    'patch_id',
    'no_prefix',
];
/**
 * Legacy metadata: the first tail of the commit message (dropping leading lines one by
 * one) that is a YAML mapping with at least one of Packit's legacy keys.
 */
function readLegacyMetadata(message, where) {
    const lines = message.replace(/\n+$/, '').split('\n');
    for (let i = 1; i < lines.length; i++) {
        const tail = lines.slice(i).join('\n');
        let data;
        try {
            data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(tail);
        }
        catch {
            continue;
        }
        if (!data || typeof data !== 'object' || Array.isArray(data))
            continue;
        const map = data;
        if (!LEGACY_KEYS.some((k) => k in map))
            continue;
        return {
            name: patchName(map.patch_name, 'patch_name', where),
            patchId: optionalInt(map.patch_id, 'patch_id', where),
            description: optionalString(map.description, 'description', where),
            presentInSpecfile: bool(map.present_in_specfile, 'present_in_specfile', where),
            ignore: bool(map.ignore, 'ignore', where),
            noPrefix: bool(map.no_prefix, 'no_prefix', where),
            squashCommits: bool(map.squash_commits, 'squash_commits', where),
        };
    }
    return undefined;
}
function emptyMetadata() {
    return { ...EMPTY };
}
/** Lines git itself writes into trailer blocks (trailer.c `git_generated_prefixes`). */
const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];
/**
 * Where the trailer block of a commit message starts (`message.length` when it has none), found
 * as git finds it (trailer.c `find_trailer_block_start`): the last paragraph after the subject,
 * when all its lines are `Token: value` trailers (or their indented continuations), or when it
 * has a line git writes itself and at least a quarter of its lines are trailers. A
 * `(cherry picked from commit ...)` line counts as a trailer line there, not as a trailer.
 */
function trailerBlockStart(message) {
    const lines = message.split('\n');
    let offset = 0;
    const starts = lines.map((line) => {
        const start = offset;
        offset += line.length + 1;
        return start;
    });
    // The first paragraph is the subject and never a trailer block.
    let title = 0;
    while (title < lines.length && lines[title].trim() !== '')
        title++;
    let trailers = 0;
    let others = 0;
    let continuations = 0;
    let recognized = false;
    let onlySpaces = true;
    for (let i = lines.length - 1; i >= title; i--) {
        const line = lines[i];
        if (line.trim() === '') {
            if (onlySpaces)
                continue;
            others += continuations;
            const block = (recognized && trailers * 3 >= others) || (trailers > 0 && others === 0);
            return block ? starts[i + 1] : message.length;
        }
        onlySpaces = false;
        if (GIT_GENERATED_PREFIXES.some((prefix) => line.startsWith(prefix))) {
            trailers++;
            continuations = 0;
            recognized = true;
        }
        else if (/^[A-Za-z0-9-]+[ \t]*:/.test(line)) {
            trailers++;
            continuations = 0;
        }
        else if (/^\s/.test(line)) {
            continuations++;
        }
        else {
            others += 1 + continuations;
            continuations = 0;
        }
    }
    return message.length;
}
/**
 * The message without trailers: subject, blank line, body (Packit's default description).
 * After the trailer block git sees, a block before it goes too when it was a
 * `(cherry picked from commit ...)` paragraph: `cherry-pick -x` after a blank line leaves the
 * real trailers (Co-authored-by, ...) one paragraph up, and trailers never belong in a spec
 * comment.
 */
function messageWithoutTrailers(message) {
    let text = message.replace(/\s+$/, '');
    for (;;) {
        const start = trailerBlockStart(text);
        if (start >= text.length)
            return text;
        const block = text.slice(start);
        text = text.slice(0, start).replace(/\s+$/, '');
        if (!block.split('\n').some((line) => line.startsWith('(cherry picked from commit ')))
            return text;
    }
}
/** A commit message's first line: Packit's `commit.summary` (GitPython), not git's `%s`, which joins a wrapped subject. */
function firstLine(message) {
    return message.split('\n', 1)[0];
}
/** A patch's file name: written to dist-git's top directory, so never a path (`/`, `.`, `..`, `.git`). */
function patchName(value, key, where) {
    const name = optionalString(value, key, where);
    // Empty is no name at all, as Packit's `metadata.get("Patch-name") or patch_path.name` reads it.
    if (name === undefined || name === '')
        return undefined;
    if (name === '.' || name === '..' || name.toLowerCase() === '.git' || /[/\0\n\r]/.test(name))
        throw new MetadataError(`${where}: ${key} ${JSON.stringify(name)} is not a file name; the patch is written to dist-git's top directory, so give a name without "/" (e.g. fix-build.patch)`);
    return name;
}
function optionalString(value, key, where) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw new MetadataError(`${where}: ${key} must be a string`);
}
function optionalInt(value, key, where) {
    if (value === undefined || value === null)
        return undefined;
    const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0)
        return n;
    throw new MetadataError(`${where}: ${key} must be a whole number >= 0, got ${JSON.stringify(value)}`);
}
function bool(value, key, where) {
    if (value === undefined || value === null)
        return false;
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'string' && /^(true|yes|on)$/i.test(value))
        return true;
    if (typeof value === 'string' && /^(false|no|off)$/i.test(value))
        return false;
    throw new MetadataError(`${where}: ${key} must be true or false, got ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 50206:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ toStatusWrite),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   hx: () => (/* binding */ contextKey)
/* harmony export */ });
/* unused harmony exports PLATFORM_LIMITS, platformState, codePointLength, truncate, usableUrl, withSuffix */
const PLATFORM_LIMITS = {
    github: { description: 140, context: 255 },
    gitlab: { description: 255, context: 255, targetUrl: 255 },
};
const GITHUB_STATES = {
    pending: 'pending',
    success: 'success',
    failure: 'failure',
    error: 'error',
    // GitHub has no canceled; OGR maps nothing to it either. `error` reads "did not finish".
    canceled: 'error',
    // Forgejo's warning has no GitHub word. Forgejo's own merge checks count it as not passed,
    // so it is a failure here too; the description says it was a warning (desired.ts).
    warning: 'failure',
};
const GITLAB_STATES = {
    pending: 'pending',
    success: 'success',
    failure: 'failed',
    // GitLab has no error state (packit-service maps error to failed as well).
    error: 'failed',
    canceled: 'canceled',
    // No warning in GitLab's commit statuses either: failed, the description says warning.
    warning: 'failed',
};
/** The platform's state word for a dist-git CI state (reference §7.3; Forgejo's warning: see above). */
function platformState(platform, state) {
    const table = platform === 'github' ? GITHUB_STATES : GITLAB_STATES;
    const mapped = table[state];
    if (!mapped)
        throw new RangeError(`unknown status state ${JSON.stringify(state)}: expected one of ${Object.keys(table).join(', ')}`);
    return mapped;
}
/**
 * How a platform groups statuses under one context: GitHub compares contexts
 * case-insensitively, GitLab compares names exactly.
 */
function contextKey(platform, context) {
    return platform === 'github' ? context.toLowerCase() : context;
}
const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Length in code points (what Ruby's String#length, and so both platforms, count). */
function codePointLength(text) {
    let length = 0;
    for (const _ of text)
        length++;
    return length;
}
/**
 * `text` when it has at most `max` code points; otherwise its longest prefix of whole
 * characters (grapheme clusters: no half surrogate pair, no emoji split from its modifier)
 * that leaves room for a final '…', with trailing blanks dropped before the '…'.
 */
function truncate(text, max) {
    if (!Number.isInteger(max) || max < 0)
        throw new RangeError(`truncate: max must be a whole number >= 0, got ${max}`);
    if (codePointLength(text) <= max)
        return text;
    if (max === 0)
        return '';
    const budget = max - ELLIPSIS.length;
    let kept = '';
    let used = 0;
    for (const { segment } of graphemes.segment(text)) {
        const length = codePointLength(segment);
        if (used + length > budget)
            break;
        kept += segment;
        used += length;
    }
    return kept.trimEnd() + ELLIPSIS;
}
/** All whitespace runs (newlines included) as one space, trimmed: statuses show one line. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/**
 * The URL when it is an absolute http(s) URL within `max` code points, else undefined: a cut
 * URL leads nowhere, and GitLab rejects a status whose target_url is too long or not a URL.
 */
function usableUrl(url, max) {
    const trimmed = url?.trim();
    if (!trimmed)
        return undefined;
    if (max !== undefined && codePointLength(trimmed) > max)
        return undefined;
    try {
        const { protocol } = new URL(trimmed);
        return protocol === 'http:' || protocol === 'https:' ? trimmed : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * `text` then `suffix` (one space between) within `max` code points: the text is cut to leave
 * room for the whole suffix; only a suffix longer than `max` is cut itself.
 */
function withSuffix(text, suffix, max) {
    if (!suffix)
        return truncate(text, max);
    const room = max - codePointLength(suffix) - 1;
    if (room < 0)
        return truncate(suffix, max);
    const kept = truncate(text, room);
    return kept ? `${kept} ${suffix}` : suffix;
}
/**
 * The status as it will be sent to (and then read back from) the platform: mapped state,
 * context and one-line description cut to the limits (the suffix kept whole), target URL only
 * when usable.
 */
function toStatusWrite(platform, desired) {
    const limits = PLATFORM_LIMITS[platform];
    const write = {
        context: truncate(oneLine(desired.context), limits.context),
        state: platformState(platform, desired.state),
        description: withSuffix(oneLine(desired.description), oneLine(desired.suffix ?? ''), limits.description),
    };
    const targetUrl = usableUrl(desired.targetUrl, limits.targetUrl);
    if (targetUrl)
        write.targetUrl = targetUrl;
    return write;
}


/***/ }),

/***/ 85348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ed: () => (/* binding */ ciRepositoryUrl),
  oP: () => (/* binding */ ciStatusSink),
  CI: () => (/* binding */ mirrorStatuses)
});

// UNUSED EXPORTS: githubSink, gitlabSink

// EXTERNAL MODULE: ./build/bundle-src/forges/source-git/github-api.js
var github_api = __webpack_require__(52472);
// EXTERNAL MODULE: ./build/bundle-src/forges/source-git/gitlab-api.js
var gitlab_api = __webpack_require__(70416);
// EXTERNAL MODULE: ./build/bundle-src/status/platform.js
var status_platform = __webpack_require__(50206);
;// CONCATENATED MODULE: ./build/bundle-src/status/reconcile.js
/**
 * Which statuses to write so a commit shows what we want, and no more: the comparison is made
 * on what the platform would store (mapped state, one-line cut description, usable URL), so a
 * second run with the same inputs writes nothing (and GitHub's 1000-statuses-per-context cap
 * is never approached).
 *
 * Statuses whose context is not desired are left alone (other tools' statuses); what becomes
 * of a flag that vanished with a new dist-git head is desired.ts's decision (pending again).
 *
 * GitLab (reference §7.2): posting a status updates a still pending or running one of the same
 * name (ref and user) in place, and its state machine refuses pending -> pending and
 * running -> running or -> pending ("Cannot transition status"). A terminal status is never
 * updated; posting creates a new one. So on GitLab pending and running both count as "in
 * progress", a changed pending status is sent as `running` (a move GitLab allows), and a
 * changed in-progress status over a `running` one is held back rather than sent to fail.
 */

/**
 * The newest status of each context from a full listing (GitHub lists every status ever set,
 * newest first; GitLab may list one per pipeline): the one with the largest id, contexts
 * grouped as the platform groups them.
 */
function latestPerContext(platform, statuses) {
    const latest = new Map();
    for (const status of statuses) {
        const key = contextKey(platform, status.context);
        const seen = latest.get(key);
        if (!seen || status.id > seen.id)
            latest.set(key, status);
    }
    return [...latest.values()];
}
/**
 * The writes that bring `existing` (the latest status per context, as read from the
 * platform; see {@link latestPerContext}) to `desired`. Contexts are matched as the platform
 * matches them (case-insensitively on GitHub); when two desired statuses share a context the
 * later one wins, so a caller may append sync results after a just-proposed status.
 */
function reconcile(platform, desired, existing) {
    const current = new Map();
    for (const status of existing) {
        const key = (0,status_platform/* contextKey */.hx)(platform, status.context);
        if (!current.has(key))
            current.set(key, status);
    }
    const wanted = new Map();
    for (const status of desired) {
        const write = (0,status_platform/* toStatusWrite */.DT)(platform, status);
        const key = (0,status_platform/* contextKey */.hx)(platform, write.context);
        wanted.delete(key); // re-insert: order follows the last mention, like the value
        wanted.set(key, write);
    }
    const plan = { writes: [], unchanged: [], held: [] };
    for (const [key, write] of wanted) {
        const have = current.get(key);
        if (!have) {
            plan.writes.push(write);
            continue;
        }
        const sameText = sameDescription(have, write) && sameUrl(have, write);
        const haveState = have.state.toLowerCase();
        if (platform === 'gitlab' && write.state === 'pending' && isInProgress(haveState)) {
            if (sameText)
                plan.unchanged.push(write.context);
            else if (haveState === 'pending')
                plan.writes.push({ ...write, state: 'running' });
            else
                plan.held.push({
                    status: write,
                    reason: `GitLab cannot update the running status "${have.context}" until it finishes`,
                });
            continue;
        }
        if (sameText && haveState === write.state)
            plan.unchanged.push(write.context);
        else
            plan.writes.push(write);
    }
    return plan;
}
function isInProgress(state) {
    return state === 'pending' || state === 'running';
}
function sameDescription(have, write) {
    return (0,status_platform/* oneLine */.TN)(have.description ?? '') === write.description;
}
function sameUrl(have, write) {
    return (have.targetUrl?.trim() || undefined) === write.targetUrl;
}

// EXTERNAL MODULE: ./build/bundle-src/runtime/gitlab.js
var gitlab = __webpack_require__(51062);
;// CONCATENATED MODULE: ./build/bundle-src/status/sink.js
/**
 * Where commit statuses go: the GitHub or GitLab repository of source-git, behind one small
 * interface, so the mirror reads what is there and writes only what differs (reconcile).
 */




function githubSink(client) {
    return {
        platform: 'github',
        name: `${client.owner}/${client.repo}`,
        list: async (sha) => (await client.listStatuses(sha)).map((s) => ({
            context: s.context,
            state: s.state,
            description: s.description,
            targetUrl: s.target_url,
        })),
        write: async (sha, s) => {
            await client.createStatus(sha, {
                state: s.state,
                context: s.context,
                description: s.description,
                ...(s.targetUrl ? { target_url: s.targetUrl } : {}),
            });
        },
    };
}
function gitlabSink(client) {
    return {
        platform: 'gitlab',
        name: String(client.project),
        list: async (sha) => (await client.listStatuses(sha)).map((s) => ({
            context: s.name,
            state: s.state,
            description: s.description,
            targetUrl: s.target_url,
        })),
        write: async (sha, s) => {
            await client.createStatus(sha, {
                state: s.state,
                name: s.context,
                description: s.description,
                ...(s.targetUrl ? { target_url: s.targetUrl } : {}),
            });
        },
    };
}
/**
 * Reads the statuses on `sha`, writes those that differ from `desired` (a list, or made from
 * what the commit shows); returns the plan carried out.
 */
async function mirrorStatuses(sink, sha, desired) {
    if (Array.isArray(desired) && desired.length === 0)
        return { writes: [], unchanged: [], held: [] };
    const existing = await sink.list(sha);
    const wanted = typeof desired === 'function' ? desired({ platform: sink.platform, statuses: existing }) : desired;
    const plan = reconcile(sink.platform, wanted, existing);
    for (const write of plan.writes)
        await sink.write(sha, write);
    return plan;
}
/**
 * The sink for this CI run: GitHub in Actions (the github-token, GITHUB_REPOSITORY, GITHUB_API_URL),
 * GitLab in GitLab CI (SRCGIT_GITLAB_TOKEN, CI_PROJECT_ID); undefined elsewhere.
 */
function ciStatusSink(env, githubToken) {
    if ((0,gitlab/* isGitLabCi */.Op)(env))
        return gitlabSink(new gitlab_api/* GitLabProjectClient */.O({ env }));
    const token = githubToken ?? env.SRCGIT_GITHUB_TOKEN ?? env.GITHUB_TOKEN;
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY && token)
        return githubSink(new github_api/* GitHubRepoClient */.n({
            token,
            repository: env.GITHUB_REPOSITORY,
            env,
            // Tests talk to a local server: no need to stay clear of GitHub's secondary rate limits.
            spaceWrites: env.SRCGIT_TEST_GITHUB_NO_SPACING !== 'true',
            retryDelayUnitMs: env.SRCGIT_TEST_GITHUB_NO_SPACING === 'true' ? 10 : undefined,
        }));
    return undefined;
}
/** The web URL of the source-git repository this CI run belongs to, as PR markers name it. */
function ciRepositoryUrl(env) {
    if ((0,gitlab/* isGitLabCi */.Op)(env))
        return env.CI_PROJECT_URL;
    if (env.GITHUB_REPOSITORY)
        return `${(env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`;
    return undefined;
}


/***/ }),

/***/ 99414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** srcgit's version, shown by `--version` and in generated texts. Kept in step with package.json by a test. */
const VERSION = '1.0.0';


/***/ })

};
