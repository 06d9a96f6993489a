export const id = 922;
export const ids = [922];
export const modules = {

/***/ 3922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EMPTY_MATRIX: () => (/* reexport */ action_settings/* EMPTY_MATRIX */.Uo),
  bodhiUpdateJob: () => (/* binding */ bodhiUpdateJob),
  downstreamFailedOutputs: () => (/* reexport */ action_settings/* downstreamFailedOutputs */.q$),
  keytabLoginOf: () => (/* binding */ keytabLoginOf),
  kojiBuildJob: () => (/* binding */ kojiBuildJob),
  matrixJob: () => (/* binding */ matrixJob)
});

// EXTERNAL MODULE: ./build/bundle-src/forges/bodhi.js
var forges_bodhi = __webpack_require__(84065);
// EXTERNAL MODULE: ./build/bundle-src/http/client.js
var http_client = __webpack_require__(89224);
// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
// EXTERNAL MODULE: ./build/bundle-src/runtime/user-errors.js
var user_errors = __webpack_require__(77720);
;// CONCATENATED MODULE: ./build/bundle-src/builds/bodhi.js
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
        super((0,secrets/* redact */.E$)(message));
        this.name = 'BodhiError';
        this.status = options.status;
        if (options.errors)
            this.errors = options.errors.map((e) => ({ ...e, description: (0,secrets/* redact */.E$)(e.description) }));
    }
}
(0,user_errors/* registerUserError */.X)(BodhiError);
/** Packit's EXISTING_BODHI_UPDATE_REGEX (`.*Update for \S+ already exists.*`). */
const EXISTS = /Update for \S+ already exists/;
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
        this.url = (options.url ?? forges_bodhi/* DEFAULT_BODHI_URL */.Xr).replace(/\/+$/, '');
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
        (0,secrets/* registerSecret */.cl)(accessToken);
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
        (0,secrets/* registerSecret */.cl)(token);
        this.csrfToken = token;
        return token;
    }
    async send(action, request, ambiguous = false) {
        try {
            return await this.http.request(request);
        }
        catch (error) {
            if (!(error instanceof http_client/* HttpError */.j))
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
            (0,secrets/* registerSecret */.cl)(value);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/lookaside/kerberos.js
var kerberos = __webpack_require__(1143);
// EXTERNAL MODULE: ./build/bundle-src/runtime/resources.js + 1 modules
var resources = __webpack_require__(74227);
// EXTERNAL MODULE: ./build/bundle-src/lookaside/tool.js
var tool = __webpack_require__(95812);
;// CONCATENATED MODULE: ./build/bundle-src/lookaside/curl-negotiate.js
/**
 * One HTTP request with a Kerberos ticket (SPNEGO), as the Koji and Bodhi logins make it:
 * `curl --negotiate -u :` with the ticket's environment, network deadlines, and the HTTP status
 * read back. curl is the GSSAPI client, so srcgit needs no native binding.
 */



const INSTALL_CURL = 'install curl (apt-get install curl / dnf install curl)';
/**
 * Requests `url` with `args` (headers, body, redirects) added; a curl failure becomes
 * `fail("Could not <action>: ...")`. `shownUrl` names the URL in messages (without a query).
 */
async function curlNegotiate(url, args, env, what) {
    const seconds = (0,resources/* networkTimeoutSeconds */.RU)();
    const shown = what.shownUrl ?? url;
    const curl = await (0,tool/* runTool */.q)('curl', [
        '-q', // ignore ~/.curlrc: the request must be exactly this one
        '-sS',
        '--negotiate',
        '-u',
        ':',
        ...args,
        '--connect-timeout',
        String(seconds),
        '--max-time',
        String(seconds * 2),
        '-w',
        '\n%{http_code}',
        url,
    ], { env, install: INSTALL_CURL, timeoutMs: (seconds * 2 + 10) * 1000 });
    if (curl.code !== 0) {
        const why = (0,secrets/* redact */.E$)(curl.stderr.trim()) || `curl exit ${curl.code}`;
        const stalled = curl.code === 28 || curl.timedOut ? `; ${shown} did not answer in time. ${(0,resources/* stallAdvice */.pC)()}` : '';
        throw what.fail(`Could not ${what.action}: curl --negotiate ${shown} failed: ${why}${stalled}`);
    }
    const cut = curl.stdout.lastIndexOf('\n');
    return { status: Number(curl.stdout.slice(cut + 1)), body: curl.stdout.slice(0, Math.max(cut, 0)) };
}

;// CONCATENATED MODULE: ./build/bundle-src/builds/bodhi-login.js
/**
 * The Bodhi login from CI as bodhi-client's ensure_auth does it (oidcclient.py login with
 * use_kerberos=True), without a native GSSAPI binding: a ticket from the keytab secret
 * (withKerberosTicket), the provider's endpoints from `<oidcUrl>/.well-known/openid-configuration`,
 * the authorization URL (client bodhi-client, response_type=code, the out-of-band redirect URI)
 * fetched with `curl --negotiate -u :`, the code scraped from the page's <title> as oidcclient.py
 * does, the code exchanged at the token endpoint (a public client: no secret), and the access
 * token handed to BodhiClient.loginWithToken. The code and tokens travel only in HTTP bodies
 * (never argv) and are registered secrets; the ticket is gone once the code is in hand.
 */







const DEFAULT_OIDC_URL = 'https://id.fedoraproject.org/openidc';
/** bodhi-client's constants.py. */
const BODHI_CLIENT_ID = 'bodhi-client';
const BODHI_SCOPES = [
    'openid',
    'email',
    'profile',
    'https://id.fedoraproject.org/scope/groups',
    'https://id.fedoraproject.org/scope/agreements',
].join(' ');
/** What oidcclient.py uses when the provider lists "oob" in response_modes_supported. */
const OOB_REDIRECT_URI = 'urn:ietf:wg:oauth:2.0:oob';
/** oidcclient.py login_with_kerberos: `re.findall(r"<title>\s*(code=[\w\-_=;&]+)\s*</title>", ...)`. */
const TITLE_CODE = /<title>\s*(code=[\w\-_=;&]+)\s*<\/title>/;
/** Logs `client` in to Bodhi with a Kerberos ticket from the keytab, through the OIDC provider. */
async function loginToBodhiWithKeytab(client, opts) {
    const oidcUrl = (opts.oidcUrl ?? DEFAULT_OIDC_URL).replace(/\/+$/, '');
    const secret = opts.keytabSecretName ?? 'the keytab secret';
    let principal;
    try {
        principal = (0,kerberos/* normalizePrincipal */.Wl)(opts.principal);
    }
    catch (error) {
        throw new BodhiError(`Could not log in to Bodhi at ${client.url}: ${message(error)}`);
    }
    const action = `log in to Bodhi at ${client.url} as ${principal} through ${oidcUrl}`;
    const metadata = await discover(client, oidcUrl, action);
    const state = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
    const authorizationUrl = authorizationRequest(metadata.authorization_endpoint, state);
    let stage = 'kinit';
    let code;
    try {
        code = await (0,kerberos/* withKerberosTicket */.I5)({ keytabBase64: opts.keytabBase64, principal, krb5Conf: opts.krb5Conf, tmpDir: opts.tmpDir }, async (env) => {
            stage = 'curl';
            return authorize(authorizationUrl, state, { principal, secret, action, oidcUrl }, { ...opts.curlEnv, ...env });
        });
    }
    catch (error) {
        if (error instanceof BodhiError)
            throw error;
        if (stage === 'kinit' && !/is not installed or not on PATH/.test(message(error)))
            // The keytab secret is malformed, expired (password changed) or for an unknown principal.
            throw new BodhiError(`Could not ${action}: ${message(error)}; check ${secret} (a keytab for ${principal})`);
        throw new BodhiError(`Could not ${action}: ${message(error)}`);
    }
    const accessToken = await exchangeCode(client, metadata.token_endpoint, code, action);
    try {
        await client.loginWithToken(accessToken);
    }
    catch (error) {
        throw new BodhiError(`Could not ${action}: ${message(error)}`, {
            status: error instanceof BodhiError ? error.status : undefined,
            errors: error instanceof BodhiError ? error.errors : undefined,
        });
    }
}
/** authlib's get_well_known_url(issuer, external=True): the issuer URL + /.well-known/openid-configuration. */
async function discover(client, oidcUrl, action) {
    const url = `${oidcUrl}/.well-known/openid-configuration`;
    let text;
    try {
        const response = await client.http.request({
            method: 'GET',
            url,
            headers: { accept: 'application/json' },
        });
        if (response.status !== 200)
            throw new BodhiError(`Could not ${action}: ${url} answered HTTP ${response.status}; ` +
                (response.status >= 500
                    ? 'the identity provider may be down, the next run retries'
                    : 'check the OIDC provider URL (e.g. https://id.fedoraproject.org/openidc)'), { status: response.status });
        text = response.text;
    }
    catch (error) {
        if (error instanceof BodhiError)
            throw error;
        if (error instanceof http_client/* HttpError */.j)
            throw new BodhiError(`Could not ${action}: ${error.message}; the identity provider may be down, the next run retries`);
        throw error;
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new BodhiError(`Could not ${action}: ${url} is not JSON; check the OIDC provider URL`);
    }
    const authorization = doc?.authorization_endpoint;
    const token = doc?.token_endpoint;
    if (typeof authorization !== 'string' || typeof token !== 'string')
        throw new BodhiError(`Could not ${action}: ${url} names no authorization_endpoint/token_endpoint; check the OIDC provider URL`);
    const modes = Array.isArray(doc.response_modes_supported) ? doc.response_modes_supported : [];
    if (!modes.includes('oob'))
        throw new BodhiError(`Could not ${action}: the provider does not offer the out-of-band response mode ("oob" is not in ` +
            `response_modes_supported of ${url}), which the Kerberos login of bodhi-client needs; check the OIDC provider URL`);
    return { authorization_endpoint: authorization, token_endpoint: token };
}
/** authlib's create_authorization_url for bodhi-client (prepare_grant_uri's parameter order). */
function authorizationRequest(endpoint, state) {
    const query = new URLSearchParams({
        response_type: 'code',
        client_id: BODHI_CLIENT_ID,
        redirect_uri: OOB_REDIRECT_URI,
        scope: BODHI_SCOPES,
        state,
    });
    return `${endpoint}${endpoint.includes('?') ? '&' : '?'}${query.toString()}`;
}
/** The authorization page fetched with the ticket (SPNEGO), and the code from its <title>. */
async function authorize(url, state, ctx, env) {
    const { principal, secret, action, oidcUrl } = ctx;
    // A cookie file that never exists: curl keeps the provider's cookies across its redirects
    // (as the requests session of oidcclient.py does) and writes nothing.
    const ccache = env.KRB5CCNAME?.replace(/^FILE:/, '');
    const cookies = ccache ? external_node_path_.join(external_node_path_.dirname(ccache), 'no-cookies') : '/nonexistent/srcgit-no-cookies';
    const endpoint = url.replace(/\?.*$/, '');
    const { status, body: page } = await curlNegotiate(url, ['-L', '--max-redirs', '10', '-b', cookies, '-H', 'Accept: text/html'], env, { action, shownUrl: endpoint, fail: (m) => new BodhiError(m) });
    if (status === 401)
        throw new BodhiError(`Could not ${action}: the identity provider refused the Kerberos ticket of ${principal} (HTTP 401 from ${endpoint}): ` +
            `check ${secret} (a current keytab for ${principal}) and the principal`, { status });
    if (status !== 200)
        throw new BodhiError(`Could not ${action}: ${endpoint} answered HTTP ${status}; ` +
            (status >= 500
                ? 'the identity provider may be down, the next run retries'
                : status === 403
                    ? `the identity provider refused ${principal}: check that the account may use Bodhi`
                    : `check the OIDC provider URL (e.g. ${DEFAULT_OIDC_URL})`), { status });
    const found = codeFromAuthorizationPage(page);
    if ('error' in found)
        throw new BodhiError(`Could not ${action}: ${found.error}; check ${secret} and the OIDC provider URL ${oidcUrl}`, {
            status,
        });
    if (found.state !== undefined && found.state !== state)
        throw new BodhiError(`Could not ${action}: the authorization page answered another request (its state does not match)`);
    return found.code;
}
/**
 * The authorization code from the provider's out-of-band page, as oidcclient.py reads it: the
 * first `<title>code=...</title>` (Ipsilon's title is `code=<code>&amp;state=<state>`), parsed as
 * the query string authlib parses (so the code ends at the first `&`).
 */
function codeFromAuthorizationPage(html) {
    const match = TITLE_CODE.exec(html);
    if (!match) {
        const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim();
        const params = title ? new URLSearchParams(title.replace(/&amp;/g, '&')) : undefined;
        const error = params?.get('error');
        if (error) {
            const description = params?.get('error_description');
            return { error: `the identity provider answered ${error}${description ? ` (${description})` : ''}` };
        }
        // Never quote a title that might hold a code in another shape.
        const shown = title && !/code/i.test(title) ? ` (page title "${title.slice(0, 80)}")` : '';
        return { error: `the authorization page carries no code in its <title>${shown}` };
    }
    const raw = match[1];
    const code = new URLSearchParams(raw).get('code') ?? '';
    if (code === '')
        return { error: 'the authorization page carries an empty code in its <title>' };
    (0,secrets/* registerSecret */.cl)(code);
    const state = new URLSearchParams(raw.replace(/&amp;/g, '&')).get('state') ?? undefined;
    return state === undefined ? { code } : { code, state };
}
/** authlib's fetch_token for a public client (token_endpoint_auth_method none: client_id in the body). */
async function exchangeCode(client, tokenEndpoint, code, action) {
    let response;
    try {
        response = await client.http.request({
            method: 'POST',
            url: tokenEndpoint,
            headers: { accept: 'application/json' },
            form: {
                grant_type: 'authorization_code',
                code,
                redirect_uri: OOB_REDIRECT_URI,
                client_id: BODHI_CLIENT_ID,
            },
        });
    }
    catch (error) {
        if (error instanceof http_client/* HttpError */.j)
            throw new BodhiError(`Could not ${action}: ${error.message}; the identity provider may be down, the next run retries`);
        throw error;
    }
    let body = {};
    try {
        body = JSON.parse(response.text);
    }
    catch {
        // below
    }
    if (response.status !== 200 || typeof body?.access_token !== 'string' || body.access_token === '') {
        const error = typeof body?.error === 'string' ? body.error : undefined;
        const description = typeof body?.error_description === 'string' ? body.error_description : undefined;
        const said = error ? `: ${error}${description ? ` (${description})` : ''}` : '';
        throw new BodhiError(`Could not ${action}: the token endpoint ${tokenEndpoint} answered HTTP ${response.status}${said}` +
            (response.status >= 500
                ? '; the identity provider may be down, the next run retries'
                : response.status === 200
                    ? ' without an access_token; check the OIDC provider URL'
                    : '; the code was refused: run again (a fresh login makes a new code)'), { status: response.status });
    }
    for (const key of ['access_token', 'refresh_token', 'id_token'])
        if (typeof body[key] === 'string')
            (0,secrets/* registerSecret */.cl)(body[key]);
    return body.access_token;
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./build/bundle-src/builds/xmlrpc.js
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

;// CONCATENATED MODULE: ./build/bundle-src/builds/koji.js
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
        super((0,secrets/* redact */.E$)(message));
        this.faultCode = faultCode;
        this.faultString = faultString;
        this.status = status;
        this.name = 'KojiError';
    }
}
(0,user_errors/* registerUserError */.X)(KojiError);
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
     * A missing tag is a GenericError unless `strict` is false (then []).
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
        (0,secrets/* registerSecret */.cl)(token);
        const body = encodeMethodCall('sslLogin', []);
        const response = await this.send({ url: `${this.hubUrl}/ssllogin`, headers: { authorization: `Negotiate ${token}` }, body }, { action, idempotent: false });
        if (response.status === 401 || response.status === 403)
            throw new KojiError(`Could not ${action}: ${this.hubUrl}/ssllogin refused the Kerberos ticket (HTTP ${response.status}); ` +
                'check the keytab secret and its principal (kinit -k -t <keytab> <user>@FEDORAPROJECT.ORG), that the ticket ' +
                'has not expired, and that the principal belongs to a Koji user', undefined, undefined, response.status);
        const value = this.answer(response, { action });
        if (!isStruct(value) || value['session-id'] == null || typeof value['session-key'] !== 'string')
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
        (0,secrets/* registerSecret */.cl)(session.key);
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
        return { url: this.hubUrl, headers, body: encodeMethodCall(method, encodeArgs(args, kwargs)) };
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
            if (error instanceof http_client/* HttpError */.j)
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
            const decoded = decodeMethodResponse(response.text);
            return decoded.ok
                ? { value: decoded.value }
                : { faultCode: decoded.faultCode, faultString: decoded.faultString };
        }
        catch (error) {
            if (error instanceof XmlRpcError)
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
    if (isStruct(value))
        return 'a struct';
    return `${typeof value} ${JSON.stringify(String(value)).slice(0, 60)}`;
}
function asRecord(value, what, hub) {
    if (!isStruct(value))
        throw new KojiError(`${hub} did not answer as a Koji hub (${what} answered ${describe(value)}); check the hub URL`);
    return value;
}
function asList(value, what, hub, shaped = () => true) {
    if (!Array.isArray(value) || !value.every((item) => isStruct(item) && shaped(item)))
        throw new KojiError(`${hub} did not answer as a Koji hub (${what} answered ${describe(value)}, not a list of the structs Koji answers); check the hub URL`);
    return value;
}

;// CONCATENATED MODULE: ./build/bundle-src/builds/koji-login.js
/**
 * The Koji login from CI as koji's gssapi_login does it, without a native GSSAPI binding:
 * a ticket from the keytab secret (withKerberosTicket: kinit -k into a private ccache), then
 * the `sslLogin` XML-RPC call POSTed to `<hub>/ssllogin` with `curl --negotiate -u :` (SPNEGO,
 * as the lookaside upload does it), and the answer's session-id/session-key handed to
 * KojiClient.loginWith. The ticket and its dir are gone once the session is made: the session
 * headers carry every later call, and a re-login after AuthExpired runs all of this again.
 */





/** Logs `client` in with the keytab; re-logins after AuthExpired repeat the Kerberos login. */
function loginWithKeytab(client, options) {
    return client.loginWith(() => kerberosSslLogin(client.hubUrl, options));
}
/** One sslLogin at `<hub>/ssllogin` with a fresh ticket from the keytab: the new session. */
async function kerberosSslLogin(hubUrl, options) {
    const hub = hubUrl.replace(/\/+$/, '');
    const secret = options.keytabSecretName ?? 'the keytab secret';
    let principal;
    try {
        principal = (0,kerberos/* normalizePrincipal */.Wl)(options.principal);
    }
    catch (error) {
        throw new KojiError(`Could not log in to the Koji hub ${hub}: ${koji_login_message(error)}`);
    }
    const action = `log in to the Koji hub ${hub} as ${principal}`;
    let stage = 'kinit';
    try {
        return await (0,kerberos/* withKerberosTicket */.I5)({
            keytabBase64: options.keytabBase64,
            principal,
            krb5Conf: options.krb5Conf,
            tmpDir: options.tmpDir,
        }, async (env) => {
            stage = 'curl';
            return sslLogin(hub, principal, secret, action, { ...options.curlEnv, ...env });
        });
    }
    catch (error) {
        if (error instanceof KojiError)
            throw error;
        if (stage === 'kinit' && !/is not installed or not on PATH/.test(koji_login_message(error)))
            // The keytab secret is malformed, expired (password changed) or for an unknown principal.
            throw new KojiError(`Could not ${action}: ${oneLine(koji_login_message(error))}; check ${secret} (a keytab for ${principal})` +
                renewAdvice(koji_login_message(error), principal, secret));
        throw new KojiError(`Could not ${action}: ${koji_login_message(error)}`);
    }
}
async function sslLogin(hub, principal, secret, action, env) {
    const url = `${hub}/ssllogin`;
    const { status, body } = await curlNegotiate(url, 
    // No secret in the body: sslLogin takes no arguments; the ticket goes in the Negotiate header.
    ['-H', 'Content-Type: text/xml', '--data-binary', encodeMethodCall('sslLogin', [])], env, { action, fail: (m) => new KojiError(m) });
    if (status === 401 || status === 403)
        throw new KojiError(`Could not ${action}: the Kerberos ticket of ${principal} was refused by ${hub} (HTTP ${status}): ` +
            `check ${secret} and the principal`, undefined, undefined, status);
    if (status !== 200) {
        const excerpt = (0,secrets/* redact */.E$)(body
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()).slice(0, 200);
        throw new KojiError(`Could not ${action}: ${url} answered HTTP ${status}${excerpt ? ` (${excerpt})` : ''}; ` +
            (status >= 500
                ? 'the Koji hub may be having trouble, try again later'
                : `check that ${hub} is a Koji hub URL (e.g. https://koji.fedoraproject.org/kojihub)`), undefined, undefined, status);
    }
    let decoded;
    try {
        decoded = decodeMethodResponse(body);
    }
    catch (error) {
        if (!(error instanceof XmlRpcError))
            throw error;
        throw new KojiError(`Could not ${action}: ${hub} did not answer as a Koji hub (${error.message}); check the hub URL`);
    }
    if (!decoded.ok) {
        const { faultCode, faultString } = decoded;
        const name = Object.keys(KOJI_FAULTS).find((k) => KOJI_FAULTS[k] === faultCode);
        const hint = faultCode === KOJI_FAULTS.AuthError || faultCode === KOJI_FAULTS.GSSAPIAuthError
            ? `; Koji refused the login: check that ${principal} belongs to a Koji user and that ${secret} is its keytab`
            : '';
        throw new KojiError(`Could not ${action}: ${faultString}${hint} [Koji fault ${faultCode}${name ? ` ${name}` : ''}]`, faultCode, faultString);
    }
    const value = decoded.value;
    if (!isStruct(value) || value['session-id'] == null || typeof value['session-key'] !== 'string')
        throw new KojiError(`Could not ${action}: ${hub} did not answer as a Koji hub (sslLogin answered no session)`);
    (0,secrets/* registerSecret */.cl)(value['session-key']);
    return { id: String(value['session-id']), key: value['session-key'] };
}
/**
 * How to fix a keytab the KDC refuses, after what kinit said: an expired principal or a key
 * that changed since the keytab was made (a password change, `cpw -randkey`) needs a new keytab.
 */
function renewAdvice(kinit, principal, secret) {
    const renew = `renew the keytab: make a new one for ${principal} (ktutil, or ask the realm's admins) and store it base64-encoded (base64 -w0) in ${secret}`;
    if (/expired/i.test(kinit))
        return `: the principal or its password has expired at the KDC; ${renew}`;
    if (/Preauthentication failed|Password incorrect|key version|kvno|Decrypt integrity check failed/i.test(kinit))
        return `: the keytab's key is out of date (the principal's password or keys changed after it was made); ${renew}`;
    if (/not found in Kerberos database/i.test(kinit))
        return `: the KDC does not know ${principal}; check the principal (--fas-user) or ${renew}`;
    return '';
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}
function koji_login_message(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./build/bundle-src/forges/source-git/change-requests.js
var change_requests = __webpack_require__(40701);
// EXTERNAL MODULE: ./build/bundle-src/runtime/gitlab.js
var gitlab = __webpack_require__(51062);
// EXTERNAL MODULE: ./build/bundle-src/status/sink.js + 1 modules
var status_sink = __webpack_require__(85348);
;// CONCATENATED MODULE: ./build/bundle-src/commands/ci-reporters.js
/**
 * Where the downstream jobs (koji-build, bodhi-update) report on the source-git side in CI:
 * commit statuses (the run's GitHub or GitLab repository) and comments on its pull/merge
 * requests. Outside CI there is nowhere to report: the outputs and the log say it all.
 */



function ciReporters(env, githubToken) {
    const sink = (0,status_sink/* ciStatusSink */.oP)(env, githubToken);
    const close = [];
    let requests;
    if ((0,gitlab/* isGitLabCi */.Op)(env)) {
        const platform = (0,change_requests/* gitlabPlatform */.Zq)({ token: env.SRCGIT_GITLAB_TOKEN?.trim() || undefined, env });
        requests = platform.requests;
        if (platform.close)
            close.push(platform.close);
    }
    else if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
        const token = githubToken ?? (env.SRCGIT_GITHUB_TOKEN?.trim() || env.GITHUB_TOKEN?.trim() || undefined);
        const platform = (0,change_requests/* githubPlatform */.ZC)({
            token,
            repository: env.GITHUB_REPOSITORY,
            env,
            client: env.SRCGIT_TEST_GITHUB_NO_SPACING === 'true'
                ? { spaceWrites: false, retryDelayUnitMs: 10 }
                : undefined,
        });
        requests = platform.requests;
        if (platform.close)
            close.push(platform.close);
    }
    return {
        sink,
        requests,
        close: async () => {
            for (const fn of close)
                await fn();
        },
    };
}

;// CONCATENATED MODULE: ./build/bundle-src/builds/keytab-settings.js

/** No keytab: no login (the job says so when it needs one); the bot is the principal's user. */
function keytab_settings_keytabSettings(input, names) {
    const keytab = input.keytabBase64?.trim() || undefined;
    const user = input.fasUser?.trim() || undefined;
    let principal;
    if (user) {
        try {
            principal = (0,kerberos/* normalizePrincipal */.Wl)(user);
        }
        catch (error) {
            return { ok: false, error: `${names.fasUser}: ${error.message}` };
        }
    }
    const bot = principal?.split('@')[0];
    if (!keytab)
        return { ok: true, bot };
    if (!principal)
        return { ok: false, error: names.missingPrincipal };
    return {
        ok: true,
        bot,
        login: {
            keytabBase64: keytab,
            principal,
            keytabSecretName: names.keytabSecret,
            ...(input.krb5Conf ? { krb5Conf: input.krb5Conf } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./build/bundle-src/commands/keytab-login.js
/** The Kerberos login the downstream commands share: SRCGIT_KEYTAB, --fas-user, --krb5-conf. */


/** The options koji-build and bodhi-update share: the package, its branches, dist-git, Koji, the login. */
const DOWNSTREAM_JOB_OPTIONS = {
    config: { type: 'string' },
    package: { type: 'string' },
    branch: { type: 'string', multiple: true },
    'dist-git-url': { type: 'string' },
    'dist-git-forge': { type: 'string' },
    'koji-url': { type: 'string' },
    'bodhi-url': { type: 'string' },
    'fas-user': { type: 'string' },
    'krb5-conf': { type: 'string' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const DEFAULT_KOJI_URL = 'https://koji.fedoraproject.org/kojihub';
/** The login settings, or a usage error. */
function keytabLogin(values, env, cwd) {
    const result = keytabSettings({
        keytabBase64: env.SRCGIT_KEYTAB,
        fasUser: values['fas-user'],
        krb5Conf: values['krb5-conf'] ? path.resolve(cwd, values['krb5-conf']) : undefined,
    }, {
        fasUser: '--fas-user',
        keytabSecret: 'the keytab secret (SRCGIT_KEYTAB)',
        missingPrincipal: 'SRCGIT_KEYTAB is set but not whose it is: give --fas-user (SRCGIT_FAS_USER), the principal of the keytab',
    });
    if (!result.ok)
        return result.error;
    return { bot: result.bot, ...(result.login ? { settings: result.login } : {}) };
}

// EXTERNAL MODULE: ./build/bundle-src/config/index.js + 9 modules
var bundle_src_config = __webpack_require__(76766);
;// CONCATENATED MODULE: ./build/bundle-src/builds/build-gate.js
/**
 * The merged PR the head came from: one whose head commit is the branch head (fast-forward,
 * rebase) or a non-first parent of it (a merge commit). Newest first wins.
 */
function headOrigin(head, merged) {
    const candidates = [head.sha, ...head.parents.slice(1)].map((sha) => sha.toLowerCase());
    const pullRequest = merged.find((pr) => pr.state === 'merged' && pr.headSha !== undefined && candidates.includes(pr.headSha.toLowerCase()));
    if (pullRequest)
        return { kind: 'pull-request', pullRequest };
    return {
        kind: 'push',
        committer: `${head.committerName} <${head.committerEmail}>`,
        accounts: committerAccounts(head),
    };
}
/**
 * The dist-git accounts a commit's committer may be: the FAS name of a `<name>@fedoraproject.org`
 * address, the address itself and the committer name (dist-git keeps no record of the pusher).
 */
function committerAccounts(head) {
    const accounts = [];
    const email = head.committerEmail.trim().toLowerCase();
    const fas = /^([^@\s]+)@fedoraproject\.org$/.exec(email);
    if (fas)
        accounts.push(fas[1]);
    if (email)
        accounts.push(email);
    if (head.committerName.trim())
        accounts.push(head.committerName.trim());
    return [...new Set(accounts)];
}
/**
 * The configured accounts with Packit's account read as the one srcgit runs as: `packit` (the
 * default of allowed_pr_authors and allowed_builders) named the Packit bot that opened the PRs
 * and made the builds; with srcgit that is the bot account of the keytab and dist-git token.
 */
function effectiveAccounts(configured, bot) {
    const out = [...configured];
    if (bot && configured.includes('packit') && !out.includes(bot))
        out.push(bot);
    return out;
}
function gateHead(origin, opts) {
    if (origin.kind === 'pull-request') {
        const allowed = effectiveAccounts(opts.allowedPrAuthors, opts.bot);
        const author = origin.pullRequest.author;
        if (matchesAccount(allowed, [author]))
            return { allowed: true, who: `pull request author ${author}` };
        return {
            allowed: false,
            reason: `the head came from ${origin.pullRequest.url} by ${author}, who is not in allowed_pr_authors ` +
                `(${describeList(allowed)}); add ${author} to allowed_pr_authors of the koji_build job to build it`,
        };
    }
    const allowed = effectiveAccounts(opts.allowedCommitters, opts.bot);
    if (matchesAccount(allowed, origin.accounts))
        return { allowed: true, who: `committer ${origin.committer}` };
    return {
        allowed: false,
        reason: `the head was pushed directly (committer ${origin.committer}), and allowed_committers is ` +
            `${describeList(allowed)}; add the committer's FAS name to allowed_committers of the koji_build job to build direct pushes`,
    };
}
/** Groups (`@name`) are not looked up: only named accounts match. */
function matchesAccount(allowed, accounts) {
    const wanted = new Set(allowed.filter((a) => !a.startsWith('@')).map((a) => a.toLowerCase()));
    return accounts.some((a) => wanted.has(a.toLowerCase()));
}
function describeList(list) {
    if (list.length === 0)
        return 'empty';
    const groups = list.filter((a) => a.startsWith('@'));
    const text = `[${list.join(', ')}]`;
    return groups.length > 0 ? `${text} (groups such as ${groups[0]} are not looked up by srcgit)` : text;
}

;// CONCATENATED MODULE: ./build/bundle-src/builds/update-notes.js
/**
 * A Bodhi update's notes and bug ids, as Packit makes them (packit/distgit.py
 * create_bodhi_update): notes the job configured are filled with `.format(version=...)`;
 * otherwise "Automatic update for <builds>." with, per build, the changelog entries added since
 * the latest stable build of its package (get_changelog_since_latest_stable_build, with
 * packit/utils/koji_helper.py and specfile's ChangelogEntry.assemble), and the Bugzilla ids
 * those notes reference (get_bugzilla_ids_from_changelog).
 *
 * packit-service's bodhi_update job calls `create_update` with no notes and no bug ids
 * (packit_service/worker/handlers/bodhi.py BodhiUpdateHandler._run), so there the notes are
 * always the automatic ones and the bugs only those found in them. Packit's job configuration
 * has no notes option (packit/config: no `update_notes`; `bodhi_extra_params` cannot set notes
 * or bugs either, create_bodhi_update's own keys win the merge); notes come only from the CLI's
 * `packit create-update --update-notes`, whose default is "New upstream release: {version}".
 */

// --- Bugzilla ids --------------------------------------------------------------------------
/**
 * Python's `re.IGNORECASE` for the letters of the pattern, spelled out: Python also matches
 * "i" with U+0130/U+0131 and "s" with U+017F (checked with CPython 3.11 over every code point);
 * JavaScript's case folding differs for the i's, so no `i` flag.
 */
const PY_CASE = { i: '[iI\\u0130\\u0131]', s: '[sS\\u017f]' };
const ci = (word) => [...word].map((ch) => PY_CASE[ch] ?? `[${ch}${ch.toUpperCase()}]`).join('');
/** Python's `\s` for str patterns (str.isspace()); JavaScript's lacks \x1c-\x1f and \x85, adds \ufeff. */
const PY_SPACE = '[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
/** Python's `\d` for str patterns: any Unicode decimal digit (Nd), as the runtime's Unicode knows them. */
const PY_DIGIT = '\\p{Nd}';
/**
 * Packit's regex (after Bodhi's bz_regex, bodhi-server/bodhi/server/config.py), case-insensitive:
 * `(?:fix(?:es)?|close(?:s)?|resolve(?:s)?)(?:\:)?\s(?:fedora|epel|rh(?:bz)?)#(\d{5,})`.
 * Exactly one whitespace character before the tracker, at most one colon after the verb, no word
 * boundary ("prefix rhbz#12345" counts), five digits or more.
 */
const BUGZILLA_RE = new RegExp(`(?:${ci('fix')}(?:${ci('es')})?|${ci('close')}(?:${ci('s')})?|${ci('resolve')}(?:${ci('s')})?)` +
    `:?${PY_SPACE}(?:${ci('fedora')}|${ci('epel')}|${ci('rh')}(?:${ci('bz')})?)#(${PY_DIGIT}{5,})`, 'gu');
/**
 * The Bugzilla ids `text` references, in order, duplicates kept (Packit's
 * get_bugzilla_ids_from_changelog: re.finditer, group 1). The ids are the matched digits as
 * written (Python's `\d` also matches non-ASCII decimal digits).
 */
function bugzillaIds(text) {
    return [...text.matchAll(BUGZILLA_RE)].map((m) => m[1]);
}
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Python's str.splitlines(): \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029, no final empty line. */
function splitlines(text) {
    if (text === '')
        return [];
    // eslint-disable-next-line no-control-regex -- Python counts the separators \x1c-\x1e as line breaks
    const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}
/** specfile's `str(ChangelogEntry.assemble(date, author, lines))` with its defaults. */
function assembleEntry(time, author, lines) {
    const day = new Date(time * 1000);
    const header = `* ${WEEKDAYS[day.getUTCDay()]} ${MONTHS[day.getUTCMonth()]} ` +
        `${String(day.getUTCDate()).padStart(2, '0')} ${day.getUTCFullYear()} ${author}`;
    return `${header}\n${lines.join('\n')}\n`;
}
/**
 * The entries newer than `since` (a Unix time), newest first, as Packit's
 * KojiHelper.format_changelog: entries are read from the top until the first one at or before
 * `since`; each is `str(ChangelogEntry.assemble(date.fromtimestamp(time), name,
 * text.splitlines()))` — "* Mon Jan 05 2026 <name>\n<lines>\n", the day zero-padded (specfile's
 * default padding "0"), no EVR added (rpm's name already ends in it) — joined with "\n", so
 * entries are separated by an empty line.
 *
 * Time zone: `date.fromtimestamp` takes the date in the local time zone of the process; Packit's
 * workers run in UTC, and so do srcgit's runners, so the date here is always the UTC date. rpm
 * stores a plain changelog date as noon UTC of that day (build/parseChangelog.cc), so for those
 * any zone within ±11 h gives the same day; only entries with an extended timestamp could differ.
 */
function formatChangelog(entries, since = 0) {
    const out = [];
    for (const { time, name, text } of entries) {
        if (time <= since)
            break;
        out.push(assembleEntry(time, name, splitlines(text)));
    }
    return out.join('\n');
}
/**
 * Packit swallows every Koji failure here into None / [] (koji_helper's `except Exception`), so a
 * Koji outage still yields an update, with "Automatic update for X." and no changelog, and then
 * also without the bug ids the changelog names: Bodhi neither links nor closes those bugs, and
 * nothing retries, because nothing failed. That is plainly wrong for a failure that only means
 * "no answer": srcgit stops instead (the step fails and can be rerun), for a Koji error without a
 * fault (network, HTTP status, not XML-RPC) and for any fault other than GenericError (1000; e.g.
 * ServerOffline 1014, the hub's internal errors 1, ParameterError 1019, which would be srcgit's
 * bug). A GenericError is the hub's definitive answer about the data — no such build, rpm or tag,
 * a deleted build, an rpm file that is gone — after which there is no changelog to get: there
 * srcgit follows Packit and goes on without it.
 */
function isDefinitiveAnswer(error) {
    return error instanceof KojiError && error.faultCode === KOJI_FAULTS.GenericError;
}
async function orElse(read, fallback) {
    try {
        return await read();
    }
    catch (error) {
        if (isDefinitiveAnswer(error))
            return fallback;
        throw error;
    }
}
/** KojiHelper.get_stable_tags: the tag and its ancestors without a suffix or ending in -updates. */
async function stableTags(koji, tag) {
    const ancestors = await orElse(() => koji.getFullInheritance(tag), undefined);
    if (ancestors === undefined)
        return [];
    return [tag, ...ancestors.map((a) => a.name)].filter((t) => !t.includes('-') || t.endsWith('-updates'));
}
const CHANGELOG_HEADERS = ['changelogtime', 'changelogname', 'changelogtext'];
/**
 * KojiHelper.get_build_changelog: the source rpm's changelog headers zipped into entries (a
 * scalar is taken as a list of one, as Packit does for rpm before 4.6; zip stops at the shortest).
 */
async function buildChangelog(koji, nvr) {
    const rpmID = `${nvr}.src`;
    const headers = await orElse(() => koji.getRPMHeaders({ rpmID, headers: [...CHANGELOG_HEADERS], strict: true }), undefined);
    if (headers === undefined)
        return [];
    const notKoji = (what) => new KojiError(`The Koji hub did not answer getRPMHeaders(${rpmID}) as Koji does: ${what}`);
    const columns = CHANGELOG_HEADERS.map((h) => {
        const value = headers[h];
        if (value === undefined)
            throw notKoji(`no ${h}`);
        return Array.isArray(value) ? value : [value];
    });
    const [times, names, texts] = columns;
    const length = Math.min(...columns.map((c) => c.length));
    const entries = [];
    for (let i = 0; i < length; i++) {
        const [time, name, text] = [times[i], names[i], texts[i]];
        if (typeof time !== 'number' || typeof name !== 'string' || typeof text !== 'string')
            throw notKoji(`changelog entry ${i} is not (int, str, str)`);
        entries.push({ time, name, text });
    }
    return entries;
}
/**
 * The changelog of `nvr` since the latest stable build of `pkg`, as Packit's
 * get_changelog_since_latest_stable_build:
 *
 * 1. the stable tags: for each tag `nvr` is tagged into (listTags, in Koji's order), the tag and
 *    its full inheritance, kept when without a "-" or ending in "-updates"; the first tag that
 *    gives any wins (f43-updates-candidate → f43-updates, f43);
 * 2. the latest stable build: the first of those tags in which `latestTagged(tag, pkg)` (with
 *    inheritance) finds one;
 * 3. none, or `nvr` itself: undefined;
 * 4. the stable build's changelog; empty: undefined; else its newest entry's time is `since`;
 * 5. `formatChangelog(<nvr's changelog>, since)` — which is "" when `nvr`'s changelog cannot be
 *    read or has nothing newer (Packit returns that "" too; the notes leave it out alike).
 *
 * Koji failures: see isDefinitiveAnswer — the hub's GenericError answers are swallowed as Packit
 * swallows them; any other failure is thrown.
 */
async function changelogSinceLatestStable(koji, pkg, nvr) {
    let stable = [];
    for (const tag of await orElse(() => koji.listTags(nvr), [])) {
        stable = await stableTags(koji, tag.name);
        if (stable.length > 0)
            break;
    }
    let latestStable;
    for (const tag of stable) {
        const build = await orElse(() => koji.latestTagged(tag, pkg), undefined);
        if (build?.nvr) {
            latestStable = build.nvr;
            break;
        }
    }
    if (!latestStable || latestStable === nvr)
        return undefined;
    const old = await buildChangelog(koji, latestStable);
    if (old.length === 0)
        return undefined;
    return formatChangelog(await buildChangelog(koji, nvr), old[0].time);
}
/**
 * specfile's NEVR.from_string(nvr).name: `^(.+?)-(?:(\d+):)?([^-]+?)(?:-([^-]+))?$` (Python's
 * `.`, `\d` and `$`), i.e. for an N-V-R everything before the last two dashes.
 */
function nevrName(nvr) {
    const m = /^([^\n]+?)-(?:(\p{Nd}+):)?([^-]+?)(?:-([^-]+))?\n?$/u.exec(nvr);
    if (!m)
        throw new UpdateNotesError(`${JSON.stringify(nvr)} is not an N-V-R (specfile: Invalid NEVR string)`);
    return m[1];
}
/** The changelog of each build since its package's latest stable build, one build after another. */
async function changelogsForBuilds(koji, builds) {
    const changelogs = new Map();
    for (const nvr of builds)
        changelogs.set(nvr, await changelogSinceLatestStable(koji, nevrName(nvr), nvr));
    return changelogs;
}
// --- the notes ------------------------------------------------------------------------------
class UpdateNotesError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UpdateNotesError';
    }
}
/**
 * Python's `template.format(version=version)`: `{{` and `}}` are literal braces, `{version}` is
 * the version; Python's own errors for a lone brace or an unclosed field. Any other field fails
 * as it fails in Packit (KeyError / IndexError), with a message saying what to write instead;
 * `{version}` with a conversion, format spec, attribute or index (which Python would apply) is
 * refused rather than imitated.
 */
function formatNotes(template, version) {
    function fail(what) {
        throw new UpdateNotesError(`The Bodhi update notes ${JSON.stringify(template)} cannot be filled in: ${what}; ` +
            'only {version} is replaced, write {{ and }} for literal braces');
    }
    let out = '';
    let i = 0;
    while (i < template.length) {
        const ch = template[i];
        if (ch === '}') {
            if (template[i + 1] !== '}')
                fail("Single '}' encountered in format string");
            out += '}';
            i += 2;
        }
        else if (ch === '{') {
            if (template[i + 1] === '{') {
                out += '{';
                i += 2;
                continue;
            }
            if (i + 1 === template.length)
                fail("Single '{' encountered in format string");
            let depth = 1;
            let j = i + 1;
            for (; j < template.length; j++) {
                if (template[j] === '{')
                    depth++;
                else if (template[j] === '}' && --depth === 0)
                    break;
            }
            if (j >= template.length)
                fail("expected '}' before end of string");
            const field = template.slice(i + 1, j);
            const name = /^[^!:.[]*/.exec(field)[0];
            if (name === '' || /^\d+$/.test(name))
                fail(`{${field}} is a positional field and there are none (IndexError)`);
            if (name !== 'version')
                fail(`there is no field {${name}} (KeyError: '${name}')`);
            if (field !== 'version')
                fail(`{${field}}: srcgit fills in {version} as it is, without conversion or format`);
            if (version === undefined)
                fail('{version} is used and the version is not known');
            out += version;
            i = j + 1;
        }
        else {
            out += ch;
            i++;
        }
    }
    return out;
}
/**
 * The notes and bug ids of a Bodhi update of `builds`, as Packit's create_bodhi_update renders
 * them (packit-service passes no bug ids of its own, so there are none to prepend):
 * - `configuredNotes` given (also ""): Python's `.format(version=version)` of it; no bugs;
 * - else "Automatic update for <builds joined ', '>." and, for each build whose changelog (from
 *   `changelogs`, see changelogSinceLatestStable) is not empty, "\n\n##### **Changelog for
 *   <package>**\n\n```\n<changelog>\n```"; bugs: bugzillaIds of the whole text.
 */
function updateNotes(opts) {
    if (opts.configuredNotes !== undefined)
        return { notes: formatNotes(opts.configuredNotes, opts.version), bugs: [] };
    let notes = `Automatic update for ${opts.builds.join(', ')}.`;
    for (const nvr of opts.builds) {
        const pkg = nevrName(nvr);
        const changelog = opts.changelogs.get(nvr);
        if (changelog)
            notes += `\n\n##### **Changelog for ${pkg}**\n\n\`\`\`\n${changelog}\n\`\`\``;
    }
    return { notes, bugs: bugzillaIds(notes) };
}

// EXTERNAL MODULE: ./build/bundle-src/git/git.js
var git_git = __webpack_require__(18605);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/messages.js
var messages = __webpack_require__(5996);
;// CONCATENATED MODULE: ./build/bundle-src/dist-git/branch-heads.js
/**
 * The dist-git branch heads a Koji or Bodhi job acts on, read with git (the same on Pagure and
 * Forgejo): a private bare repository with the wanted branches fetched whole (rpmautospec counts
 * releases over the branch history), and each head's committer and sync-point trailer.
 */




class DistGitReadError extends Error {
    name = 'DistGitReadError';
}
(0,user_errors/* registerUserError */.X)(DistGitReadError);
/** Fetches `branches` of the dist-git repository at `cloneUrl` (anonymous, read-only). */
async function fetchBranchHeads(cloneUrl, branches) {
    const dir = (0,resources/* makeTempDir */.mk)('srcgit-dist-git-heads-');
    const git = new git_git/* Git */.TU(dir);
    await git.run(['init', '-q', '--bare']);
    const heads = new Map();
    let listed;
    try {
        listed = await new git_git/* Git */.TU((0,resources/* tempRoot */.fQ)()).output(['ls-remote', '--heads', '--end-of-options', cloneUrl]);
    }
    catch (error) {
        throw new DistGitReadError(`cannot read the branches of ${cloneUrl}: ${error instanceof git_git/* GitError */.XS ? error.message : String(error)}; ` +
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
        `--format=%H%x1f%P%x1f%cn%x1f%ce%x1f%(trailers:key=${messages/* FROM_SOURCE_GIT_TOKEN */.wo},valueonly,separator=%x1d)`,
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

// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-aliases.js
var branch_aliases = __webpack_require__(67309);
// EXTERNAL MODULE: ./build/bundle-src/jobs/errors.js
var errors = __webpack_require__(16488);
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
            await (0,status_sink/* mirrorStatuses */.CI)(reporters.sink, o.sourceGitCommit, [status]);
        }
        catch (error) {
            notes.push(`could not set ${status.context} on ${o.sourceGitCommit.slice(0, 12)}: ${koji_build_report_message(error)}`);
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
            notes.push(`could not comment on ${reporters.requests.noun} #${o.sourceGitPullRequest}: ${koji_build_report_message(error)}`);
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
function koji_build_report_message(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./build/bundle-src/jobs/bodhi-update-report.js
/**
 * What a bodhi-update run tells: the `bodhi/<branch>` status on the source-git commit each
 * dist-git head came from, the `updates` output (JSON), log lines and the Markdown summary.
 */


function updateStatus(o, several) {
    const context = buildContext('bodhi', o, several);
    const nvr = o.nvr ?? o.branch;
    switch (o.result) {
        case 'created':
        case 'exists':
            return {
                context,
                state: 'success',
                description: `Bodhi update${o.alias ? ` ${o.alias}` : ''} of ${nvr}`,
                targetUrl: o.url,
            };
        case 'waiting':
            return { context, state: 'pending', description: `Bodhi update of ${nvr}: waiting for Koji` };
        case 'failed':
            return { context, state: 'error', description: `Bodhi update of ${nvr} failed: ${o.reason ?? ''}` };
        case 'skipped':
            return undefined;
    }
}
async function reportUpdate(reporters, o, several, notes) {
    if (!reporters?.sink || !o.sourceGitCommit)
        return;
    const status = updateStatus(o, several);
    if (!status)
        return;
    try {
        await (0,status_sink/* mirrorStatuses */.CI)(reporters.sink, o.sourceGitCommit, [status]);
    }
    catch (error) {
        notes.push(`could not set ${status.context} on ${o.sourceGitCommit.slice(0, 12)}: ${error.message}`);
    }
}
const bodhi_update_report_WORDS = {
    created: 'created',
    exists: 'exists',
    waiting: 'waiting',
    skipped: 'skipped',
    failed: 'failed',
};
const bodhi_update_report_ICON = {
    created: '🆕',
    exists: '✅',
    waiting: '⏳',
    skipped: '⏭️',
    failed: '❌',
};
function bodhi_update_report_label(o, several) {
    return several ? `${o.package} ${o.branch}` : o.branch;
}
function word(o) {
    return o.dryRun && o.result === 'created' ? 'would create' : bodhi_update_report_WORDS[o.result];
}
/** `f43: created hello-1.1-1.fc43 https://bodhi…/updates/FEDORA-2026-… (reason)`. */
function formatUpdate(o, several = false) {
    return `${bodhi_update_report_label(o, several)}: ${word(o)}${o.nvr ? ` ${o.nvr}` : ''}${o.url ? ` ${o.url}` : ''}${o.reason ? ` (${o.reason})` : ''}`;
}
function updatesOutput(outcomes) {
    return JSON.stringify(outcomes.map((o) => ({
        package: o.package,
        branch: o.branch,
        result: o.result,
        nvr: o.nvr ?? null,
        alias: o.alias ?? null,
        url: o.url ?? null,
        source_git_commit: o.sourceGitCommit ?? null,
        reason: o.reason ?? null,
        ...(o.dryRun ? { dry_run: true } : {}),
    })));
}
function updatesResult(outcomes) {
    const order = ['failed', 'created', 'waiting', 'exists', 'skipped'];
    return order.find((r) => outcomes.some((o) => o.result === r)) ?? 'skipped';
}
function updatesSummary(outcomes, notes, dryRun = false) {
    const several = new Set(outcomes.map((o) => o.package)).size > 1;
    return jobSummary(`srcgit bodhi-update${dryRun ? ' (dry run)' : ''}`, 'Nothing to update.', ['Branch', 'Result', 'NVR', 'Update', 'Why'], outcomes.map((o) => [
        bodhi_update_report_label(o, several),
        `${bodhi_update_report_ICON[o.result]} ${word(o)}`,
        o.nvr ? `\`${o.nvr}\`` : '',
        o.url ? `[${o.alias ?? 'update'}](${o.url})` : '',
        o.reason ?? '',
    ]), notes);
}

// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-macros.js
var branch_macros = __webpack_require__(98096);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/bundle-src/spec/errors.js
var spec_errors = __webpack_require__(59085);
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
        throw new spec_errors/* SpecError */.G(`cannot count %autorelease: ${input.rev} is not a commit of ${git.dir}`);
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
            throw new spec_errors/* SpecError */.G(`cannot count %autorelease: ${specFile} in commit ${info.sha.slice(0, 12)} is a ${m[2]}, not a file`);
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
                throw new spec_errors/* SpecError */.G(`cannot count %autorelease: the history of ${git.dir} is shallow at ${top.sha.slice(0, 12)}, and the ` +
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
        throw new spec_errors/* SpecError */.G(`cannot count %autorelease: commit ${head.slice(0, 12)} has no ${specFile}`);
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
            throw new spec_errors/* SpecError */.G(`git cat-file --batch gave "${header}" for blob ${blob}`);
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
        throw new spec_errors/* SpecError */.G(`the dist tag of branch ${input.branch} is not known here (${why}); set parse_time_macros: {dist: ...} ` +
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
        throw refusal(`%include ${(0,spec_errors/* clip */.$)(missing.raw.trim())} (line ${missing.line + 1}) could not be read`, missing.line + 1, input.fileName);
    // A tag under a condition this cannot evaluate (%ifarch, an unknown macro) may or may not count.
    const unsure = spec.model.tags.find((t) => t.packageArgs === null && NVR_TAGS.has(t.base) && t.activity === 'uncertain');
    if (unsure)
        throw refusal(`${unsure.name} (line ${unsure.line + 1}) is under "${(0,spec_errors/* clip */.$)(unsure.conditions.find((c) => c.state === 'unknown')?.directive ?? '')}", ` +
            'a condition srcgit cannot evaluate', unsure.line + 1, input.fileName);
    return spec;
}
const NVR_TAGS = new Set(['name', 'epoch', 'version', 'release']);
function refusal(what, line, file) {
    return new spec_errors/* SpecError */.G(`${what}; srcgit cannot compute the NVR Koji will build: ask Koji instead`, line, file);
}
/** A tag's value, exactly as rpm gives it, or a refusal naming what could not be evaluated. */
function exact(label, value, file) {
    if (!value)
        throw refusal(`the spec has no ${label} tag in its main package`, undefined, file);
    if (value.unresolved.length > 0)
        throw refusal(`${label} (line ${value.line}) "${(0,spec_errors/* clip */.$)(value.raw)}" cannot be evaluated: ` +
            value.unresolved.map((u) => `${(0,spec_errors/* clip */.$)(u.construct)} (${u.reason})`).join(', '), value.line, file);
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
        throw refusal(`Epoch (line ${tag.line}) "${(0,spec_errors/* clip */.$)(value)}" is not a number rpm accepts`, tag.line, file);
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
            throw refusal(`Release (line ${tag.line + 1}) "${(0,spec_errors/* clip */.$)(tag.raw.trim())}" cannot be evaluated: ` +
                tag.expanded.unresolved.map((u) => `${(0,spec_errors/* clip */.$)(u.construct)} (${u.reason})`).join(', '), tag.line + 1, file);
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
        throw new spec_errors/* SpecError */.G(`Release (line ${line}) uses %autorelease: its number comes from the dist-git history (autorelease.ts)`, line, file);
    const atoms = (0,release_update/* releaseAtoms */.sv)(parsed, tag);
    const asWritten = (0,release_update/* atomsValue */.Kz)(atoms, (a) => a.text, (a) => (0,macros/* expandMacros */.Q3)(a.construct, parsed.macros).value);
    if (asWritten !== tag.expanded.value)
        throw refusal(`Release (line ${line}) "${(0,spec_errors/* clip */.$)(tag.raw.trim())}" is built in a way srcgit cannot follow`, line, file);
    for (const atom of atoms)
        if (atom.kind === 'fixed' && atom.unresolved.length > 0)
            throw refusal(`Release (line ${line}): ${(0,spec_errors/* clip */.$)(atom.construct)} cannot be evaluated (${atom.unresolved[0].reason})`, line, file);
    const dist = (0,macros/* expandMacros */.Q3)('%{?dist}', parsed.macros);
    if (dist.unresolved.length > 0)
        throw refusal(`%{?dist} cannot be evaluated (${dist.unresolved[0].reason})`, line, file);
    return (0,release_update/* atomsValue */.Kz)(atoms, (a) => a.text, (a) => {
        const args = (0,macros/* expandMacros */.Q3)(a.args, parsed.macros);
        if (args.unresolved.length > 0)
            throw refusal(`%autorelease options "${(0,spec_errors/* clip */.$)(a.args.trim())}" cannot be evaluated`, line, file);
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
        throw new spec_errors/* SpecError */.G(`${rev} has no ${specFile}: ${text.stderr.trim()}`, undefined, specFile);
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
        if (configured.includes(branch) || (branch === 'main' && configured.includes('rawhide')))
            wanted.push(branch);
        else
            skipped.push({
                branch,
                reason: `${branch} is not in dist_git_branches of ${view.origin} (${configured.join(', ')}); add it there ${doing}`,
            });
    return { wanted, skipped };
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
    return { distGit, cloneUrl, heads: await fetchBranchHeads(cloneUrl, branches) };
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
    return [KojiError, BodhiError, spec_errors/* SpecError */.G, errors/* JobError */.C, DistGitReadError].some((t) => error instanceof t);
}

;// CONCATENATED MODULE: ./build/bundle-src/jobs/bodhi-update.js
/**
 * Creates Bodhi updates for completed Koji builds of the dist-git branches, as Packit's
 * bodhi_update job does, reconciled statelessly (no message bus): per branch of the
 * bodhi_update job (default fedora-branched; rawhide never, Bodhi makes those), the head's
 * NVR must be COMPLETE in Koji and built by an allowed builder; an update that contains it
 * already is success; otherwise one is created with Packit's notes and bug ids. A build not yet
 * in the candidate tag is "waiting", tried again by the next run.
 */











async function bodhiUpdate(options) {
    const config = await (0,bundle_src_config/* loadConfig */.Z9)(options.sourceGit, { configFile: options.configFile });
    const selection = (0,bundle_src_config/* jobViews */.o8)(config, bundle_src_config/* BODHI_UPDATE */.Dk, options.packageName);
    const notes = [...selection.notes];
    const views = selection.views.filter((view) => view.job !== undefined);
    if (views.length === 0) {
        // Package views without a job are jobViews' fallback, whose note would say they are used.
        if (selection.views.length > 0)
            notes.splice(0, notes.length, `${config.file} has no bodhi_update job: nothing to do. Add one to make Bodhi updates of completed builds:\n` +
                '  jobs:\n    - job: bodhi_update\n      trigger: commit\n      dist_git_branches: [fedora-branched]');
        return { outcomes: [], notes };
    }
    const http = options.http ?? new http_client/* HttpClient */.Q();
    let releases;
    const activeReleases = () => (releases ??= (0,forges_bodhi/* fetchActiveReleases */.XQ)(http, options.bodhi.url, ['bodhi_update branches']));
    const several = new Set(views.map((v) => v.pkg.downstream_package_name)).size > 1;
    let loggedIn;
    const login = () => {
        if (!options.login)
            return Promise.reject(new errors/* JobError */.C('an update is to be created but no Bodhi login is configured: give the keytab secret (keytab input / SRCGIT_KEYTAB) and the principal (fas-user)'));
        return (loggedIn ??= options.login());
    };
    const outcomes = [];
    for (const view of views) {
        const done = new Set(outcomes.filter((o) => o.package === view.pkg.downstream_package_name).map((o) => o.branch));
        for (const outcome of await updatePackage(options, view, http, activeReleases, login))
            if (!done.has(outcome.branch)) {
                outcomes.push(outcome);
                if (!options.dryRun)
                    await reportUpdate(options.reporters, outcome, several, notes);
            }
    }
    return { outcomes, notes };
}
async function updatePackage(options, view, http, activeReleases, login) {
    const pkg = view.pkg;
    const name = pkg.downstream_package_name;
    const releases = await activeReleases();
    const configured = (0,branch_aliases/* expandBranches */.nB)(pkg.dist_git_branches, releases);
    const { wanted: named, skipped } = configuredBranches(options.branches, configured, view, 'to make its updates');
    const outcomes = skipped.map((s) => ({ package: name, result: 'skipped', ...s }));
    const wanted = [];
    for (const branch of named) {
        const reason = notForBodhi(branch, releases, view.job?.sidetag_group);
        if (reason)
            outcomes.push({ package: name, branch, result: 'skipped', reason });
        else
            wanted.push(branch);
    }
    if (wanted.length === 0)
        return outcomes;
    const { cloneUrl, heads } = await packageHeads(pkg, wanted, { ...options, http });
    for (const branch of wanted) {
        try {
            const release = releases.find((r) => r.branch === branch);
            outcomes.push(await updateBranch(options, pkg, heads, cloneUrl, branch, login, release?.candidate_tag));
        }
        catch (error) {
            if (!isBranchError(error))
                throw error;
            outcomes.push({ package: name, branch, result: 'failed', reason: error.message });
        }
    }
    return outcomes;
}
/** Why srcgit makes no update for a configured branch; undefined when it does. */
function notForBodhi(branch, releases, sidetagGroup) {
    if (branch === 'rawhide' || branch === 'main')
        return 'Bodhi makes the updates of rawhide builds itself';
    if (sidetagGroup)
        return `sidetag_group (${sidetagGroup}) is set: srcgit does not make side-tag updates yet; create it with \`bodhi updates new --from-tag\``;
    const release = releases.find((r) => r.branch === branch);
    if (!release)
        return `Bodhi has no active release for ${branch}; remove it from dist_git_branches`;
    if (release.composed_by_bodhi === false)
        return `${release.name} is not composed by Bodhi (its updates are made automatically)`;
    return undefined;
}
async function updateBranch(options, pkg, heads, cloneUrl, branch, login, candidateTag) {
    const base = { package: pkg.downstream_package_name, branch, result: 'skipped' };
    const sha = heads.heads.get(branch);
    if (!sha)
        return { ...base, reason: missingBranchReason(branch, cloneUrl) };
    const head = await readHeadCommit(heads.git, sha);
    const { nvr } = await branchHeadNvr(pkg, heads, branch, sha);
    const withNvr = {
        ...base,
        nvr,
        commit: sha,
        sourceGitCommit: await sourceGitCommitOf(heads.git, head),
        ...(options.dryRun ? { dryRun: true } : {}),
    };
    try {
        return await updateHead(options, pkg, withNvr, nvr, login, candidateTag);
    }
    catch (error) {
        // Koji or Bodhi failing: the branch fails with its NVR and commits, so its status says so.
        if (!isBranchError(error))
            throw error;
        return { ...withNvr, result: 'failed', reason: error.message };
    }
}
async function updateHead(options, pkg, withNvr, nvr, login, candidateTag) {
    const build = await options.koji.getBuild(nvr);
    const state = build ? buildStateName(build.state) : undefined;
    if (!build)
        return { ...withNvr, result: 'waiting', reason: `Koji has no build of ${nvr} yet (koji-build makes it)` };
    if (state === 'BUILDING')
        return { ...withNvr, result: 'waiting', reason: `Koji is still building ${nvr}` };
    if (state !== 'COMPLETE')
        return {
            ...withNvr,
            reason: `the Koji build of ${nvr} is ${state?.toLowerCase() ?? 'in state ' + build.state}`,
        };
    const builders = effectiveAccounts(pkg.allowed_builders, options.bot);
    if (!builders.map((b) => b.toLowerCase()).includes(build.owner_name.toLowerCase()))
        return {
            ...withNvr,
            reason: `${nvr} was built by ${build.owner_name}, who is not in allowed_builders ([${builders.join(', ')}]); add ${build.owner_name} there to make its update` +
                (options.bot === undefined && builders.includes('packit')
                    ? ' (packit there means the bot: give --fas-user, the principal srcgit runs as)'
                    : ''),
        };
    const existing = await options.bodhi.updatesForBuild(nvr);
    if (existing.length > 0)
        return exists(withNvr, existing[0]);
    const changelogs = await changelogsForBuilds(options.koji, [nvr]);
    const { notes, bugs } = updateNotes({ builds: [nvr], changelogs });
    const update = newUpdate([nvr], notes, bugs, pkg.bodhi_extra_params);
    if (options.dryRun)
        return {
            ...withNvr,
            result: 'created',
            reason: `dry run: would create an update of ${nvr}, type ${update.type}${bugs.length ? `, bugs ${bugs.join(', ')}` : ''}`,
        };
    await login();
    const saved = await options.bodhi.save(update);
    switch (saved.kind) {
        case 'created':
            return {
                ...withNvr,
                result: 'created',
                alias: saved.update.alias,
                url: saved.update.url,
                reason: saved.caveats.map((c) => c.description).join('; ') || undefined,
            };
        case 'exists':
            return { ...withNvr, result: 'exists', reason: saved.description };
        case 'not-tagged':
            return {
                ...withNvr,
                result: 'waiting',
                reason: `Koji has not tagged ${nvr} into ${candidateTag ?? "the release's candidate tag"} yet (Bodhi: ${saved.description}); the next run tries again`,
            };
        case 'not-composed':
            return { ...withNvr, reason: saved.description };
    }
}
function exists(outcome, update) {
    return {
        ...outcome,
        result: 'exists',
        alias: update.alias,
        url: update.url,
        reason: `${update.alias} (${update.status}) has ${outcome.nvr}`,
    };
}
/**
 * The update as Packit's create_bodhi_update sends it: its own builds/notes/bugs over
 * bodhi_extra_params, type `enhancement` unless bodhi_extra_params names one (packit-service
 * passes update_type="enhancement" over the configured type: plainly wrong, so not followed).
 */
function newUpdate(builds, notes, bugs, extraParams) {
    const extra = {};
    for (const [key, value] of Object.entries(extraParams)) {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
            extra[key] = value;
        else if (Array.isArray(value))
            extra[key] = value.map(String);
    }
    const { type, severity, ...rest } = extra;
    return {
        builds,
        notes,
        bugs,
        type: typeof type === 'string' && type ? type : 'enhancement',
        ...(typeof severity === 'string' && severity ? { severity } : {}),
        extra: rest,
    };
}

;// CONCATENATED MODULE: ./build/bundle-src/jobs/downstream-matrix.js
/**
 * The `matrix` output of `job: config-check`: one cell per package and dist-git branch of the
 * downstream jobs (koji_build and bodhi_update, trigger commit, aliases expanded as those jobs
 * expand them), so that a user's workflow fans koji-build and bodhi-update out on its own
 * runners, one job per package and branch. Bodhi's release list is fetched only when an alias
 * needs it.
 */



/** The configured branch names of each downstream job view, as that job reads them. */
function downstreamViews(config) {
    const of = (selector, bodhi) => (0,bundle_src_config/* jobViews */.o8)(config, selector)
        .views.filter((view) => view.job !== undefined)
        .map((view) => ({
        view,
        // koji-build builds the default branch when none is configured (branchesFor's rule).
        names: view.pkg.dist_git_branches.length > 0 || bodhi ? view.pkg.dist_git_branches : ['rawhide'],
        bodhi,
    }));
    return [...of(bundle_src_config/* KOJI_BUILD */.rz, false), ...of(bundle_src_config/* BODHI_UPDATE */.Dk, true)];
}
/** The configured names that need Bodhi's release list (aliases, namevers); empty: no fetch. */
function matrixNamesNeedingBodhi(config) {
    return [...new Set(downstreamViews(config).flatMap((v) => (0,branch_aliases/* namesNeedingBodhi */.xI)(v.names)))];
}
/**
 * The cells, in the order of the file (package, then branch), without duplicates. rawhide is
 * left out of bodhi_update's branches (Bodhi makes those updates itself; bodhi-update would skip).
 */
function downstreamMatrix(config, releases) {
    const include = [];
    const seen = new Set();
    for (const { view, names, bodhi } of downstreamViews(config)) {
        const name = view.packageKey;
        for (const branch of (0,branch_aliases/* expandBranches */.nB)(names, releases)) {
            if (bodhi && (branch === 'rawhide' || branch === 'main'))
                continue;
            const key = `${name}\n${branch}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            include.push({ package: name, branch });
        }
    }
    // Cells of one package together, in the order the packages first appear.
    const order = [...new Set(include.map((c) => c.package))];
    include.sort((a, b) => order.indexOf(a.package) - order.indexOf(b.package));
    return { include };
}
/** The matrix, fetching the active releases from Bodhi only when a configured name needs them. */
async function loadDownstreamMatrix(config, opts) {
    const needing = matrixNamesNeedingBodhi(config);
    const releases = needing.length > 0
        ? await (0,forges_bodhi/* fetchActiveReleases */.XQ)(opts.http(), opts.bodhiUrl ?? forges_bodhi/* DEFAULT_BODHI_URL */.Xr, needing)
        : [];
    return downstreamMatrix(config, releases);
}

;// CONCATENATED MODULE: ./build/bundle-src/builds/targets.js
/**
 * Koji names for dist-git branches (reference §4.2 item 7, Packit's KojiHelper
 * get_build_target_name): `rawhide` (and `main`) build in target `rawhide`, every other branch
 * in `<branch>-candidate`.
 */
function kojiTargetName(branch) {
    return branch === 'rawhide' || branch === 'main' ? 'rawhide' : `${branch}-candidate`;
}
/**
 * The Fedora number a rawhide build gets (%fedora, `.fcNN`), from the rawhide target's build
 * tag (`f46-build`); undefined when the tag does not say.
 */
function fedoraNumberOfBuildTag(buildTag) {
    const match = /^f(\d+)(?:-|$)/.exec(buildTag);
    return match ? Number(match[1]) : undefined;
}
/** `git+https://src.fedoraproject.org/rpms/<pkg>.git#<sha>`: what Koji builds (Packit's DistGit.build). */
function scmSource(cloneUrl, sha) {
    const url = cloneUrl.replace(/\/+$/, '');
    return `git+${url.endsWith('.git') ? url : `${url}.git`}#${sha}`;
}
/** The commit a Koji SCM source names (`...#<sha>`), lower-cased; undefined for other sources. */
function scmSourceCommit(source) {
    if (typeof source !== 'string')
        return undefined;
    const match = /#([0-9a-f]{40}|[0-9a-f]{64})$/i.exec(source.trim());
    return match ? match[1].toLowerCase() : undefined;
}

// EXTERNAL MODULE: ./build/bundle-src/jobs/propose-downstream.js + 2 modules
var propose_downstream = __webpack_require__(14248);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/koji-build.js
/**
 * Builds merged dist-git changes in Koji, as Packit's koji_build job does, but reconciled
 * statelessly from what dist-git and Koji say (srcgit has no message bus): per configured
 * branch, the head's NVR is computed as Koji will make it; a head whose NVR Koji has BUILDING or
 * COMPLETE is "already built" (a commit without a spec change, or a maintainer's own build), a
 * head that is not allowed to trigger builds is skipped with the reason, anything else is
 * submitted once (a task already running for the same commit counts as submitted). The
 * source-git commit the head came from gets a `koji/<branch>` status, and its pull request a
 * comment when the build failed.
 */













/** How far back (days) srcgit looks for its own build tasks of a commit. */
const TASK_LOOKBACK_DAYS = 30;
async function kojiBuild(options) {
    const config = await (0,bundle_src_config/* loadConfig */.Z9)(options.sourceGit, { configFile: options.configFile });
    const selection = (0,bundle_src_config/* jobViews */.o8)(config, bundle_src_config/* KOJI_BUILD */.rz, options.packageName);
    const notes = [...selection.notes];
    const views = selection.views.filter((view) => view.job !== undefined);
    if (views.length === 0) {
        // Package views without a job are jobViews' fallback, whose note would say they are used.
        if (selection.views.length > 0)
            notes.splice(0, notes.length, `${config.file} has no koji_build job: nothing to build. Add one to build merged dist-git changes:\n` +
                '  jobs:\n    - job: koji_build\n      trigger: commit\n      dist_git_branches: [fedora-all]');
        return { outcomes: [], notes };
    }
    const several = new Set(views.map((v) => v.pkg.downstream_package_name)).size > 1;
    const session = new LoginOnce(options);
    const outcomes = [];
    for (const view of views) {
        const done = new Set(outcomes.filter((o) => o.package === view.pkg.downstream_package_name).map((o) => o.branch));
        for (const outcome of await buildPackage(options, view, session))
            if (!done.has(outcome.branch)) {
                outcomes.push(outcome);
                if (!options.dryRun)
                    await reportBuild(options.reporters, outcome, several, options.koji, notes);
            }
    }
    return { outcomes, notes };
}
/** The login, made the first time a build is to be submitted, then kept (re-login is the client's). */
class LoginOnce {
    options;
    user;
    constructor(options) {
        this.options = options;
    }
    get() {
        if (!this.options.login)
            return Promise.reject(new errors/* JobError */.C('a build is to be submitted but no Koji login is configured: give the keytab secret (keytab input / SRCGIT_KEYTAB) and the principal (fas-user)'));
        this.user ??= this.options.login().catch((error) => {
            if (error instanceof Error)
                endsRun.add(error);
            throw error;
        });
        return this.user;
    }
}
/**
 * Failures every branch would meet, which end the run with one message instead of failing each
 * branch: the Koji login (the keytab), and a hub that does not answer as one (down, HTTP 5xx,
 * not a Koji hub). Nothing is submitted after them; the next run starts over.
 */
const endsRun = new WeakSet();
function isRunError(error) {
    if (!(error instanceof Error))
        return false;
    if (endsRun.has(error))
        return true;
    return (error instanceof KojiError &&
        error.faultCode === undefined &&
        (error.status === undefined || error.status >= 500));
}
async function buildPackage(options, view, session) {
    const pkg = view.pkg;
    const name = pkg.downstream_package_name;
    const http = options.http ?? new http_client/* HttpClient */.Q();
    const configured = await (0,propose_downstream/* branchesFor */.I7)(pkg, undefined, () => http, options.bodhiUrl ?? forges_bodhi/* DEFAULT_BODHI_URL */.Xr);
    const { wanted, skipped } = configuredBranches(options.branches, configured, view, 'to build it');
    const outcomes = skipped.map((s) => ({ package: name, result: 'skipped', ...s }));
    if (wanted.length === 0)
        return outcomes;
    const { distGit, cloneUrl, heads } = await packageHeads(pkg, wanted, { ...options, http });
    let merged;
    const context = {
        options,
        pkg,
        heads,
        cloneUrl,
        mergedPullRequests: () => (merged ??= distGit
            .pullRequests(pkg.dist_git_namespace, name, { state: 'all' })
            .then((prs) => prs.filter((pr) => pr.state === 'merged'))),
        session,
    };
    for (const branch of wanted) {
        try {
            outcomes.push(await buildBranch(context, branch));
        }
        catch (error) {
            if (!isBranchError(error) || isRunError(error))
                throw error;
            outcomes.push({ package: name, branch, result: 'failed', reason: error.message });
        }
    }
    return outcomes;
}
async function buildBranch(context, branch) {
    const { options, pkg, heads } = context;
    const base = { package: pkg.downstream_package_name, branch, result: 'skipped' };
    const sha = heads.heads.get(branch);
    if (!sha)
        return { ...base, reason: missingBranchReason(branch, context.cloneUrl) };
    const head = await readHeadCommit(heads.git, sha);
    const source = scmSource(context.cloneUrl, sha);
    const target = kojiTargetName(branch);
    const withHead = {
        ...base,
        target,
        commit: sha,
        source,
        sourceGitCommit: await sourceGitCommitOf(heads.git, head),
        ...(options.dryRun ? { dryRun: true } : {}),
    };
    const kojiTarget = await readTarget(options.koji, target, branch);
    const rawhide = target === 'rawhide' ? fedoraNumberOfBuildTag(kojiTarget.build_tag_name) : undefined;
    const computed = await headNvrOrWhy(pkg, heads, branch, sha, rawhide);
    const nvr = typeof computed === 'string' ? undefined : computed;
    /** Why srcgit has no NVR: Koji's answers decide then (the outcome reasons say so). */
    const noNvr = typeof computed === 'string' ? computed : undefined;
    const withNvr = { ...withHead, ...(nvr ? { nvr: nvr.nvr } : {}) };
    // Who the head came from: the gate, and the source-git PR a failure is told to.
    const origin = headOrigin(head, await context.mergedPullRequests());
    if (origin.kind === 'pull-request') {
        const marker = (0,messages/* parsePrMarker */.A1)(origin.pullRequest.description);
        if (marker?.pullRequest !== undefined)
            withNvr.sourceGitPullRequest = marker.pullRequest;
    }
    if (nvr) {
        const existing = await options.koji.getBuild(nvr.nvr);
        const state = existing ? buildStateName(existing.state) : undefined;
        if (existing && (state === 'BUILDING' || state === 'COMPLETE'))
            return alreadyBuilt(options.koji, withNvr, existing, sha);
        // A failed build of this very commit is reported, not retried every run.
        if (existing && state === 'FAILED') {
            const failedTask = await failedTaskOf(options.koji, existing, source);
            if (failedTask !== undefined)
                return failed(options.koji, withNvr, failedTask, existing);
        }
    }
    else {
        // Or ask Koji: a build (anyone's) whose source is this very commit.
        const found = await buildOfSource(options.koji, pkg.downstream_package_name, source);
        const state = found ? buildStateName(found.state) : undefined;
        const known = found ? { ...withNvr, nvr: found.nvr } : withNvr;
        if (found && (state === 'BUILDING' || state === 'COMPLETE'))
            return fromKoji(alreadyBuilt(options.koji, known, found, sha), noNvr);
        if (found && state === 'FAILED' && found.task_id)
            return fromKoji(await failed(options.koji, known, found.task_id, found), noNvr);
    }
    const gate = gateHead(origin, {
        allowedPrAuthors: pkg.allowed_pr_authors,
        allowedCommitters: pkg.allowed_committers,
        bot: options.bot,
    });
    if (!gate.allowed)
        return { ...withNvr, result: 'skipped', reason: gate.reason };
    if (options.dryRun)
        return {
            ...withNvr,
            result: 'submitted',
            reason: `dry run: would build ${source} in ${target} (${nvr ? nvr.nvr : 'the NVR Koji makes'}, ${gate.who})` +
                (noNvr ? `; ${noNvrNote(noNvr)}` : ''),
        };
    const user = await context.session.get();
    const earlier = await ourTaskFor(options.koji, user, source);
    if (earlier && !isTaskDone(earlier.state))
        return withNote({
            ...withNvr,
            result: 'submitted',
            taskId: earlier.id,
            taskUrl: options.koji.taskUrl(earlier.id),
            reason: `a build of this commit is already running (task ${earlier.id})`,
        }, noNvr);
    if (earlier && earlier.state !== TASK_STATES.CLOSED)
        return withNote(await taskEnded(options.koji, withNvr, earlier.id), noNvr);
    let taskId;
    try {
        taskId = await options.koji.build(source, target);
    }
    catch (error) {
        // A hub that checks the NVR when the build is submitted.
        const exists = error instanceof KojiError ? existingNvr(error.faultString) : undefined;
        if (!exists)
            throw error;
        return withNote(alreadyExists(withNvr, exists), noNvr);
    }
    options.log?.(`${branch}: submitted ${nvr ? nvr.nvr : source} as ${options.koji.taskUrl(taskId)}`);
    const submitted = {
        ...withNvr,
        result: 'submitted',
        taskId,
        taskUrl: options.koji.taskUrl(taskId),
        reason: `${gate.who}`,
    };
    return withNote(options.waitMinutes ? await waitForTask(options, submitted) : submitted, noNvr);
}
/** The head's NVR, or why srcgit cannot compute it exactly (then Koji is asked instead). */
async function headNvrOrWhy(pkg, heads, branch, sha, rawhide) {
    try {
        return await branchHeadNvr(pkg, heads, branch, sha, rawhide);
    }
    catch (error) {
        // nvr.ts's refusals: a construct srcgit does not evaluate (Lua, an undefined macro, ...).
        if (error instanceof spec_errors/* SpecError */.G && error.message.includes(NVR_REFUSAL))
            return error.message.replace(NVR_REFUSAL, '').replace(/[;:\s]+$/, '');
        throw error;
    }
}
const NVR_REFUSAL = 'srcgit cannot compute the NVR Koji will build: ask Koji instead';
function noNvrNote(why) {
    return `the NVR is Koji's: srcgit cannot compute it from the spec (${why})`;
}
/** The outcome of a head whose NVR srcgit could not compute, saying the NVR came from Koji. */
function fromKoji(outcome, why) {
    return { ...outcome, reason: `${outcome.reason ? `${outcome.reason}; ` : ''}${noNvrNote(why)}` };
}
function withNote(outcome, why) {
    return why === undefined ? outcome : fromKoji(outcome, why);
}
/** How many of the package's newest builds are searched for a build of one commit. */
const SOURCE_LOOKBACK_BUILDS = 50;
/** The newest build of `pkg` (anyone's) made from exactly `source`, among its latest builds. */
async function buildOfSource(koji, pkg, source) {
    const packageID = await koji.getPackageID(pkg);
    if (packageID === null)
        return undefined;
    const builds = await koji.listBuilds({
        packageID,
        queryOpts: { order: '-build_id', limit: SOURCE_LOOKBACK_BUILDS },
    });
    return builds.find((b) => typeof b.source === 'string' && sameSource(b.source, source));
}
/**
 * The NVR of "Build already exists (id=…, state=…): {'name': 'hello', 'version': '1.1',
 * 'release': '3.fc46', …}" (kojihub recycle_build, raised in the task by initBuild).
 */
function existingNvr(fault) {
    if (!fault || !/^Build already exists\b/.test(fault.trim()))
        return undefined;
    const field = (name) => new RegExp(`'${name}':\\s*'([^']+)'`).exec(fault)?.[1];
    const [name, version, release] = [field('name'), field('version'), field('release')];
    return name && version && release ? `${name}-${version}-${release}` : undefined;
}
function alreadyExists(outcome, nvr) {
    return {
        ...outcome,
        nvr,
        result: 'already-built',
        reason: `Koji has ${nvr} already (Build already exists)`,
    };
}
/**
 * A task of ours for this commit that ended without a build: "Build already exists" (someone
 * built the NVR from another commit) is already built, told as Koji's record of that build.
 */
async function taskEnded(koji, outcome, taskId) {
    const exists = existingNvr(await taskFault(koji, taskId));
    if (!exists)
        return failed(koji, outcome, taskId);
    const build = await koji.getBuild(exists);
    if (build && outcome.commit)
        return alreadyBuilt(koji, { ...outcome, nvr: exists }, build, outcome.commit);
    return { ...alreadyExists(outcome, exists), taskId, taskUrl: koji.taskUrl(taskId) };
}
async function readTarget(koji, target, branch) {
    try {
        return await koji.getBuildTarget(target);
    }
    catch (error) {
        if (error instanceof KojiError && error.faultCode !== undefined)
            throw new errors/* JobError */.C(`Koji has no build target ${target} for ${branch} (${error.faultString ?? error.message}); ` +
                'if the release is end-of-life, remove the branch from dist_git_branches');
        throw error;
    }
}
function alreadyBuilt(koji, outcome, build, sha) {
    const state = buildStateName(build.state);
    // Koji records the source of SCM builds; without one, nothing is claimed either way.
    const built = scmSourceCommit(build.source);
    const ofThisCommit = built === undefined || built === sha.toLowerCase();
    const who = build.owner_name ? ` by ${build.owner_name}` : '';
    return {
        ...outcome,
        result: 'already-built',
        buildUrl: koji.buildUrl(build.build_id ?? build.id),
        ...(build.task_id ? { taskId: build.task_id, taskUrl: koji.taskUrl(build.task_id) } : {}),
        reason: `Koji has ${build.nvr ?? outcome.nvr} ${state === 'BUILDING' ? 'building' : 'built'}${who}` +
            (ofThisCommit ? '' : ' from another commit (the head does not change the NVR)'),
    };
}
/**
 * The task of a failed build when it built exactly `source`: Koji's `source` of the build, or
 * for a build without one (older records, imports) the request of its task.
 */
async function failedTaskOf(koji, build, source) {
    if (typeof build.source === 'string' && build.source !== '')
        return sameSource(build.source, source) && build.task_id ? build.task_id : undefined;
    if (!build.task_id)
        return undefined;
    const task = await koji.getTaskInfo(build.task_id, { request: true });
    return Array.isArray(task?.request) && task.request[0] === source ? build.task_id : undefined;
}
async function failed(koji, outcome, taskId, build) {
    return {
        ...outcome,
        result: 'failed',
        taskId,
        taskUrl: koji.taskUrl(taskId),
        ...(build ? { buildUrl: koji.buildUrl(build.build_id ?? build.id) } : {}),
        reason: `the Koji build of this commit failed: ${await taskFailure(koji, taskId)}; fix it in dist-git (a new commit is built on the next run) or build by hand`,
    };
}
/**
 * Whether Koji's record of a build's source names `source` (`git+<url>.git#<sha>`): kojid
 * stores the URL re-joined (an empty `?` dropped) with the commit `git rev-parse` gave.
 */
function sameSource(recorded, source) {
    const split = (s) => {
        const at = s.trim().lastIndexOf('#');
        const url = at < 0 ? s.trim() : s.trim().slice(0, at);
        return [
            url.replace(/\?$/, ''),
            at < 0
                ? ''
                : s
                    .trim()
                    .slice(at + 1)
                    .toLowerCase(),
        ];
    };
    const [a, commitA] = split(recorded);
    const [b, commitB] = split(source);
    return a === b && commitA !== '' && commitA === commitB;
}
/** The fault of a failed task, one line. */
async function taskFailure(koji, taskId) {
    const fault = await taskFault(koji, taskId);
    if (fault === '')
        return `task ${taskId} did not complete`;
    return fault === undefined ? `task ${taskId} failed` : fault.split('\n')[0].slice(0, 300);
}
/** The task's fault string; '' when its result is no fault, undefined when there is none to read. */
async function taskFault(koji, taskId) {
    try {
        await koji.getTaskResult(taskId);
        return '';
    }
    catch (error) {
        return error instanceof KojiError && error.faultString ? error.faultString : undefined;
    }
}
/** The newest build task of ours for `source` within the lookback. */
async function ourTaskFor(koji, user, source) {
    const since = Date.now() / 1000 - TASK_LOOKBACK_DAYS * 24 * 3600;
    const tasks = await koji.listTasks({ method: 'build', owner: user.id, createdAfter: since, decode: true }, { order: '-id', limit: 100 });
    const task = tasks.find((t) => Array.isArray(t.request) && t.request[0] === source);
    return task ? { id: task.id, state: task.state } : undefined;
}
async function waitForTask(options, outcome) {
    const koji = options.koji;
    const taskId = outcome.taskId;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const deadline = Date.now() + (options.waitMinutes ?? 0) * 60_000;
    const poll = (options.pollSeconds ?? 30) * 1000;
    for (;;) {
        const task = await koji.getTaskInfo(taskId);
        if (task && isTaskDone(task.state)) {
            if (task.state !== TASK_STATES.CLOSED)
                return taskEnded(koji, outcome, taskId);
            const [build] = await koji.listBuilds({ taskID: taskId });
            const nvr = build?.nvr ?? outcome.nvr;
            return {
                ...outcome,
                result: 'built',
                ...(nvr ? { nvr } : {}),
                ...(build ? { buildUrl: koji.buildUrl(build.build_id ?? build.id) } : {}),
                reason: `Koji built ${nvr ?? `task ${taskId}`}`,
            };
        }
        if (Date.now() + poll > deadline)
            return {
                ...outcome,
                reason: `still building after ${options.waitMinutes} min; the next run reports the result`,
            };
        await sleep(poll);
    }
}

// EXTERNAL MODULE: ./build/bundle-src/runtime/github.js + 18 modules
var github = __webpack_require__(71803);
// EXTERNAL MODULE: ./build/bundle-src/runtime/action-settings.js
var action_settings = __webpack_require__(31905);
;// CONCATENATED MODULE: ./build/bundle-src/runtime/downstream-jobs.js
/**
 * The action's glue for the downstream jobs: `job: koji-build` and `job: bodhi-update` run
 * kojiBuild / bodhiUpdate as `srcgit koji-build` / `srcgit bodhi-update` do, with the inputs
 * for options, log lines and a summary per branch, and the outputs (`builds` / `updates`,
 * `result`); and the `matrix` output of `job: config-check`. Only the keytab is secret here
 * (github-token sets the statuses).
 */

















/** The Kerberos login from the keytab and fas-user inputs; none without a keytab. */
function keytabLoginOf(settings) {
    const result = keytab_settings_keytabSettings({ keytabBase64: settings.keytab, fasUser: settings.fasUser, krb5Conf: settings.krb5Conf }, {
        fasUser: 'input "fas-user"',
        keytabSecret: 'the keytab input (secrets.SRCGIT_KEYTAB)',
        missingPrincipal: 'input "keytab" is set but not whose it is: give input "fas-user", the principal of the keytab (user or user@REALM)',
    });
    if (!result.ok)
        throw new github/* SettingsError */.GN(result.error);
    return { bot: result.bot, login: result.login };
}
/** What kojiBuild and bodhiUpdate share from the settings. */
function common(settings) {
    return {
        sourceGit: settings.workingDirectory,
        configFile: (0,action_settings/* configPath */.eQ)(settings),
        packageName: settings.packageName,
        branches: settings.branches.length > 0 ? settings.branches : undefined,
        instanceUrl: settings.distGitUrl,
        forgeKind: settings.distGitForge,
        token: settings.distGitToken,
        dryRun: settings.dryRun,
    };
}
/** `job: koji-build`: build the dist-git heads Koji has not built yet (Packit's koji_build). */
async function kojiBuildJob(settings) {
    const { login, bot } = keytabLoginOf(settings);
    const http = new http_client/* HttpClient */.Q();
    const koji = new KojiClient({ hubUrl: settings.kojiUrl ?? DEFAULT_KOJI_URL, http });
    const reporters = settings.dryRun ? undefined : ciReporters(process.env, settings.githubToken);
    try {
        const result = await github/* log */.Rm.group(`Build in Koji${settings.dryRun ? ' (dry run)' : ''}`, () => kojiBuild({
            ...common(settings),
            koji,
            login: login ? () => loginWithKeytab(koji, login) : undefined,
            bot,
            waitMinutes: settings.waitForBuild,
            reporters,
            http,
            bodhiUrl: settings.bodhiUrl,
            log: github/* log */.Rm.info,
        }));
        for (const note of result.notes)
            github/* log */.Rm.info(`note: ${note}`);
        const several = new Set(result.outcomes.map((o) => o.package)).size > 1;
        for (const o of result.outcomes)
            github/* log */.Rm.info(formatBuild(o, several));
        (0,action_settings/* setOutputs */.n0)({ builds: buildsOutput(result.outcomes), result: buildsResult(result.outcomes) });
        await github/* log */.Rm.summary(buildsSummary(result.outcomes, result.notes, settings.dryRun));
        const failed = result.outcomes.filter((o) => o.result === 'failed');
        if (failed.length > 0)
            github/* log */.Rm.fail(`koji-build failed for ${failed.map((o) => `${several ? `${o.package} ` : ''}${o.branch}${o.taskUrl ? ` (${o.taskUrl})` : ''}`).join(', ')}: see the log and the summary`);
    }
    finally {
        await reporters?.close();
        await http.close();
    }
}
/** `job: bodhi-update`: a Bodhi update for each completed build without one (Packit's bodhi_update). */
async function bodhiUpdateJob(settings) {
    const { login, bot } = keytabLoginOf(settings);
    const http = new http_client/* HttpClient */.Q();
    const koji = new KojiClient({ hubUrl: settings.kojiUrl ?? DEFAULT_KOJI_URL, http });
    const bodhi = new BodhiClient({ url: settings.bodhiUrl ?? forges_bodhi/* DEFAULT_BODHI_URL */.Xr, http });
    const reporters = settings.dryRun ? undefined : ciReporters(process.env, settings.githubToken);
    try {
        const result = await github/* log */.Rm.group(`Update Bodhi${settings.dryRun ? ' (dry run)' : ''}`, () => bodhiUpdate({
            ...common(settings),
            koji,
            bodhi,
            login: login
                ? () => loginToBodhiWithKeytab(bodhi, { ...login, oidcUrl: settings.oidcUrl })
                : undefined,
            bot,
            reporters,
            http,
        }));
        for (const note of result.notes)
            github/* log */.Rm.info(`note: ${note}`);
        const several = new Set(result.outcomes.map((o) => o.package)).size > 1;
        for (const o of result.outcomes)
            github/* log */.Rm.info(formatUpdate(o, several));
        (0,action_settings/* setOutputs */.n0)({ updates: updatesOutput(result.outcomes), result: updatesResult(result.outcomes) });
        await github/* log */.Rm.summary(updatesSummary(result.outcomes, result.notes, settings.dryRun));
        const failed = result.outcomes.filter((o) => o.result === 'failed');
        if (failed.length > 0)
            github/* log */.Rm.fail(`bodhi-update failed for ${failed.map((o) => `${several ? `${o.package} ` : ''}${o.branch}`).join(', ')}: see the log and the summary`);
    }
    finally {
        await reporters?.close();
        await http.close();
    }
}
/** `job: config-check`'s `matrix` output: one cell per package and branch of the downstream jobs. */
async function matrixJob(settings) {
    const config = await (0,bundle_src_config/* loadConfig */.Z9)(settings.workingDirectory, { configFile: (0,action_settings/* configPath */.eQ)(settings) });
    let http;
    try {
        const matrix = await loadDownstreamMatrix(config, {
            http: () => (http ??= new http_client/* HttpClient */.Q()),
            bodhiUrl: settings.bodhiUrl,
        });
        const text = JSON.stringify(matrix);
        github/* log */.Rm.info(matrix.include.length > 0
            ? `matrix: ${matrix.include.length} package/branch cell${matrix.include.length > 1 ? 's' : ''} for koji-build and bodhi-update: ${text}`
            : 'matrix: {"include":[]} (no koji_build or bodhi_update job with trigger: commit)');
        github/* log */.Rm.setOutput('matrix', text);
    }
    finally {
        await http?.close();
    }
}


/***/ })

};
