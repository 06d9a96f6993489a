export const id = 584;
export const ids = [584];
export const modules = {

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


/***/ })

};
