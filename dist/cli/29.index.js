export const id = 29;
export const ids = [29];
export const modules = {

/***/ 78029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BODHI_UPDATE_USAGE: () => (/* binding */ BODHI_UPDATE_USAGE),
  bodhiUpdateCommand: () => (/* binding */ bodhiUpdateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/builds/bodhi.js
var builds_bodhi = __webpack_require__(88872);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/bundle-src/lookaside/kerberos.js
var kerberos = __webpack_require__(1143);
// EXTERNAL MODULE: ./build/bundle-src/lookaside/curl-negotiate.js
var curl_negotiate = __webpack_require__(34697);
// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
// EXTERNAL MODULE: ./build/bundle-src/http/client.js
var http_client = __webpack_require__(89224);
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
        throw new builds_bodhi/* BodhiError */.Zk(`Could not log in to Bodhi at ${client.url}: ${message(error)}`);
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
        if (error instanceof builds_bodhi/* BodhiError */.Zk)
            throw error;
        if (stage === 'kinit' && !/is not installed or not on PATH/.test(message(error)))
            // The keytab secret is malformed, expired (password changed) or for an unknown principal.
            throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: ${message(error)}; check ${secret} (a keytab for ${principal})`);
        throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: ${message(error)}`);
    }
    const accessToken = await exchangeCode(client, metadata.token_endpoint, code, action);
    try {
        await client.loginWithToken(accessToken);
    }
    catch (error) {
        throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: ${message(error)}`, {
            status: error instanceof builds_bodhi/* BodhiError */.Zk ? error.status : undefined,
            errors: error instanceof builds_bodhi/* BodhiError */.Zk ? error.errors : undefined,
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
            throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: ${url} answered HTTP ${response.status}; ` +
                (response.status >= 500
                    ? 'the identity provider may be down, the next run retries'
                    : 'check the OIDC provider URL (e.g. https://id.fedoraproject.org/openidc)'), { status: response.status });
        text = response.text;
    }
    catch (error) {
        if (error instanceof builds_bodhi/* BodhiError */.Zk)
            throw error;
        if (error instanceof http_client/* HttpError */.j)
            throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: ${error.message}; the identity provider may be down, the next run retries`);
        throw error;
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: ${url} is not JSON; check the OIDC provider URL`);
    }
    const authorization = doc?.authorization_endpoint;
    const token = doc?.token_endpoint;
    if (typeof authorization !== 'string' || typeof token !== 'string')
        throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: ${url} names no authorization_endpoint/token_endpoint; check the OIDC provider URL`);
    const modes = Array.isArray(doc.response_modes_supported) ? doc.response_modes_supported : [];
    if (!modes.includes('oob'))
        throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: the provider does not offer the out-of-band response mode ("oob" is not in ` +
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
    const { status, body: page } = await (0,curl_negotiate/* curlNegotiate */.Z)(url, ['-L', '--max-redirs', '10', '-b', cookies, '-H', 'Accept: text/html'], env, { action, shownUrl: endpoint, fail: (m) => new builds_bodhi/* BodhiError */.Zk(m) });
    if (status === 401)
        throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: the identity provider refused the Kerberos ticket of ${principal} (HTTP 401 from ${endpoint}): ` +
            `check ${secret} (a current keytab for ${principal}) and the principal`, { status });
    if (status !== 200)
        throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: ${endpoint} answered HTTP ${status}; ` +
            (status >= 500
                ? 'the identity provider may be down, the next run retries'
                : status === 403
                    ? `the identity provider refused ${principal}: check that the account may use Bodhi`
                    : `check the OIDC provider URL (e.g. ${DEFAULT_OIDC_URL})`), { status });
    const found = codeFromAuthorizationPage(page);
    if ('error' in found)
        throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: ${found.error}; check ${secret} and the OIDC provider URL ${oidcUrl}`, {
            status,
        });
    if (found.state !== undefined && found.state !== state)
        throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: the authorization page answered another request (its state does not match)`);
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
            throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: ${error.message}; the identity provider may be down, the next run retries`);
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
        throw new builds_bodhi/* BodhiError */.Zk(`Could not ${action}: the token endpoint ${tokenEndpoint} answered HTTP ${response.status}${said}` +
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

// EXTERNAL MODULE: ./build/bundle-src/builds/koji.js
var builds_koji = __webpack_require__(92099);
// EXTERNAL MODULE: ./build/bundle-src/config/index.js + 8 modules
var bundle_src_config = __webpack_require__(5537);
// EXTERNAL MODULE: ./build/bundle-src/builds/build-gate.js
var build_gate = __webpack_require__(40528);
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
    return error instanceof builds_koji/* KojiError */.u0 && error.faultCode === builds_koji/* KOJI_FAULTS */.GZ.GenericError;
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
    const notKoji = (what) => new builds_koji/* KojiError */.u0(`The Koji hub did not answer getRPMHeaders(${rpmID}) as Koji does: ${what}`);
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

// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-heads.js
var branch_heads = __webpack_require__(74666);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-aliases.js
var branch_aliases = __webpack_require__(67309);
// EXTERNAL MODULE: ./build/bundle-src/forges/bodhi.js
var bodhi = __webpack_require__(84065);
// EXTERNAL MODULE: ./build/bundle-src/jobs/errors.js
var errors = __webpack_require__(16488);
// EXTERNAL MODULE: ./build/bundle-src/status/sink.js + 1 modules
var sink = __webpack_require__(85348);
// EXTERNAL MODULE: ./build/bundle-src/jobs/koji-build-report.js + 1 modules
var koji_build_report = __webpack_require__(14125);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/bodhi-update-report.js
/**
 * What a bodhi-update run tells: the `bodhi/<branch>` status on the source-git commit each
 * dist-git head came from, the `updates` output (JSON), log lines and the Markdown summary.
 */


function updateStatus(o, several) {
    const context = (0,koji_build_report/* buildContext */.gC)('bodhi', o, several);
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
        await (0,sink/* mirrorStatuses */.CI)(reporters.sink, o.sourceGitCommit, [status]);
    }
    catch (error) {
        notes.push(`could not set ${status.context} on ${o.sourceGitCommit.slice(0, 12)}: ${error.message}`);
    }
}
const WORDS = {
    created: 'created',
    exists: 'exists',
    waiting: 'waiting',
    skipped: 'skipped',
    failed: 'failed',
};
const ICON = {
    created: '🆕',
    exists: '✅',
    waiting: '⏳',
    skipped: '⏭️',
    failed: '❌',
};
function label(o, several) {
    return several ? `${o.package} ${o.branch}` : o.branch;
}
function word(o) {
    return o.dryRun && o.result === 'created' ? 'would create' : WORDS[o.result];
}
/** `f43: created hello-1.1-1.fc43 https://bodhi…/updates/FEDORA-2026-… (reason)`. */
function formatUpdate(o, several = false) {
    return `${label(o, several)}: ${word(o)}${o.nvr ? ` ${o.nvr}` : ''}${o.url ? ` ${o.url}` : ''}${o.reason ? ` (${o.reason})` : ''}`;
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
    return (0,koji_build_report/* jobSummary */.sp)(`srcgit bodhi-update${dryRun ? ' (dry run)' : ''}`, 'Nothing to update.', ['Branch', 'Result', 'NVR', 'Update', 'Why'], outcomes.map((o) => [
        label(o, several),
        `${ICON[o.result]} ${word(o)}`,
        o.nvr ? `\`${o.nvr}\`` : '',
        o.url ? `[${o.alias ?? 'update'}](${o.url})` : '',
        o.reason ?? '',
    ]), notes);
}

// EXTERNAL MODULE: ./build/bundle-src/builds/sidetag.js
var sidetag = __webpack_require__(94455);
// EXTERNAL MODULE: ./build/bundle-src/builds/targets.js
var targets = __webpack_require__(90604);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/bodhi-update-sidetag.js




async function sideTagUpdate(input, outcome, nvr) {
    const { koji, group } = input;
    const target = await koji.getBuildTarget((0,targets/* kojiTargetName */.cr)(outcome.branch));
    const tag = await (0,sidetag/* findSideTag */.bQ)(koji, { group, baseTag: target.build_tag_name, user: input.bot });
    const waiting = (reason) => ({
        ...outcome,
        result: 'waiting',
        reason: `${reason}; the next run tries again`,
    });
    if (!tag)
        return waiting(`Koji has no side tag of ${target.build_tag_name} for sidetag_group ${group} yet (koji-build makes it)`);
    const builds = await (0,sidetag/* sideTagBuilds */.rQ)(koji, tag.name);
    const own = builds.get(outcome.package);
    if (own?.nvr !== nvr)
        return waiting(`${nvr} is not a complete build in ${tag.name} yet${own ? ` (it has ${own.nvr})` : ''}`);
    const missing = input.dependencies.filter((p) => !builds.has(p));
    if (missing.length > 0)
        return waiting(`${tag.name} has no complete build of ${missing.join(', ')} (dependencies) yet`);
    const existing = await input.bodhi.updatesForBuild(nvr);
    if (existing.length > 0)
        return exists({ ...outcome, nvr }, existing[0]);
    const nvrs = [...builds.values()].map((b) => b.nvr).sort();
    const changelogs = await changelogsForBuilds(koji, nvrs);
    const { notes, bugs } = updateNotes({ builds: nvrs, changelogs });
    const update = { ...newUpdate([], notes, bugs, input.bodhiExtraParams), from_tag: tag.name };
    if (input.dryRun)
        return {
            ...outcome,
            result: 'created',
            reason: `dry run: would create one update from the side tag ${tag.name} (${nvrs.join(', ')}), type ${update.type}`,
        };
    await input.login();
    const saved = await input.bodhi.save(update);
    switch (saved.kind) {
        case 'created':
            return {
                ...outcome,
                result: 'created',
                alias: saved.update.alias,
                url: saved.update.url,
                reason: `from the side tag ${tag.name} (${nvrs.join(', ')})`,
            };
        case 'exists':
            return { ...outcome, result: 'exists', reason: `${saved.description} (${tag.name})` };
        case 'not-tagged':
            return waiting(`Bodhi does not see the builds of ${tag.name} yet (${saved.description})`);
        case 'not-composed':
            return { ...outcome, result: 'skipped', reason: saved.description };
    }
}

// EXTERNAL MODULE: ./build/bundle-src/jobs/package-heads.js + 2 modules
var package_heads = __webpack_require__(88380);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/bodhi-update.js
/**
 * Creates Bodhi updates for completed Koji builds of the dist-git branches, as Packit's
 * bodhi_update job does, reconciled statelessly (no message bus): per branch of the
 * bodhi_update job (default fedora-branched; rawhide never, Bodhi makes those), the head's
 * NVR must be COMPLETE in Koji and built by an allowed builder; an update that contains it
 * already is success; otherwise one is created with Packit's notes and bug ids. A build not yet
 * in the candidate tag is "waiting", tried again by the next run. A job with `sidetag_group`
 * makes one update from the group's Koji side tag instead (bodhi-update-sidetag.ts), rawhide too.
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
    const activeReleases = () => (releases ??= (0,bodhi/* fetchActiveReleases */.XQ)(http, options.bodhi.url, ['bodhi_update branches']));
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
    const { wanted: named, skipped } = (0,package_heads/* configuredBranches */.nb)(options.branches, configured, view, 'to make its updates');
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
    const { cloneUrl, heads } = await (0,package_heads/* packageHeads */.o2)(pkg, wanted, { ...options, http });
    for (const branch of wanted) {
        try {
            const release = releases.find((r) => r.branch === branch);
            outcomes.push(await updateBranch(options, view, heads, cloneUrl, branch, login, release?.candidate_tag));
        }
        catch (error) {
            if (!(0,package_heads/* isBranchError */.Ht)(error))
                throw error;
            outcomes.push({ package: name, branch, result: 'failed', reason: error.message });
        }
    }
    return outcomes;
}
/**
 * Why srcgit makes no update for a configured branch; undefined when it does. A side-tag update
 * is made for rawhide and releases not composed by Bodhi too: Bodhi refuses those only without
 * from_tag (services/updates.py new_update: `if not from_tag:`).
 */
function notForBodhi(branch, releases, sidetagGroup) {
    const rawhide = branch === 'rawhide' || branch === 'main';
    if (rawhide && !sidetagGroup)
        return 'Bodhi makes the updates of rawhide builds itself';
    if (rawhide)
        return undefined;
    const release = releases.find((r) => r.branch === branch);
    if (!release)
        return `Bodhi has no active release for ${branch}; remove it from dist_git_branches`;
    if (release.composed_by_bodhi === false && !sidetagGroup)
        return `${release.name} is not composed by Bodhi (its updates are made automatically)`;
    return undefined;
}
async function updateBranch(options, view, heads, cloneUrl, branch, login, candidateTag) {
    const pkg = view.pkg;
    const base = { package: pkg.downstream_package_name, branch, result: 'skipped' };
    const sha = heads.heads.get(branch);
    if (!sha)
        return { ...base, reason: (0,package_heads/* missingBranchReason */.jq)(branch, cloneUrl) };
    const head = await (0,branch_heads/* readHeadCommit */.g0)(heads.git, sha);
    const { nvr } = await (0,package_heads/* branchHeadNvr */.nY)(pkg, heads, branch, sha);
    const withNvr = {
        ...base,
        nvr,
        commit: sha,
        sourceGitCommit: await (0,branch_heads/* sourceGitCommitOf */.OW)(heads.git, head),
        ...(options.dryRun ? { dryRun: true } : {}),
    };
    const group = view.job?.sidetag_group;
    try {
        if (group)
            return await sideTagUpdate({
                koji: options.koji,
                bodhi: options.bodhi,
                group,
                dependencies: (view.job?.dependencies ?? []).filter((d) => d !== pkg.downstream_package_name),
                bodhiExtraParams: pkg.bodhi_extra_params,
                bot: options.bot,
                dryRun: options.dryRun,
                login,
            }, withNvr, nvr);
        return await updateHead(options, pkg, withNvr, nvr, login, candidateTag);
    }
    catch (error) {
        // Koji or Bodhi failing: the branch fails with its NVR and commits, so its status says so.
        if (!(0,package_heads/* isBranchError */.Ht)(error))
            throw error;
        return { ...withNvr, result: 'failed', reason: error.message };
    }
}
async function updateHead(options, pkg, withNvr, nvr, login, candidateTag) {
    const build = await options.koji.getBuild(nvr);
    const state = build ? (0,builds_koji/* buildStateName */.Rd)(build.state) : undefined;
    if (!build)
        return { ...withNvr, result: 'waiting', reason: `Koji has no build of ${nvr} yet (koji-build makes it)` };
    if (state === 'BUILDING')
        return { ...withNvr, result: 'waiting', reason: `Koji is still building ${nvr}` };
    if (state !== 'COMPLETE')
        return {
            ...withNvr,
            reason: `the Koji build of ${nvr} is ${state?.toLowerCase() ?? 'in state ' + build.state}`,
        };
    const builders = (0,build_gate/* effectiveAccounts */.s6)(pkg.allowed_builders, options.bot);
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

// EXTERNAL MODULE: ./build/bundle-src/runtime/gitlab.js
var gitlab = __webpack_require__(51062);
// EXTERNAL MODULE: ./build/bundle-src/commands/ci-reporters.js
var ci_reporters = __webpack_require__(28990);
// EXTERNAL MODULE: ./build/bundle-src/commands/dist-git-forge.js
var dist_git_forge = __webpack_require__(90962);
// EXTERNAL MODULE: ./build/bundle-src/commands/keytab-login.js + 1 modules
var keytab_login = __webpack_require__(70730);
// EXTERNAL MODULE: ./build/bundle-src/commands/io.js
var commands_io = __webpack_require__(74317);
// EXTERNAL MODULE: ./build/bundle-src/commands/options.js
var options = __webpack_require__(64259);
// EXTERNAL MODULE: ./build/bundle-src/commands/parse.js + 1 modules
var parse = __webpack_require__(81505);
// EXTERNAL MODULE: ./build/bundle-src/runtime/user-errors.js
var user_errors = __webpack_require__(77720);
;// CONCATENATED MODULE: ./build/bundle-src/commands/bodhi-update.js
/**
 * `srcgit bodhi-update`: creates a Bodhi update for each configured dist-git branch whose head's
 * NVR is COMPLETE in Koji and in no update yet (Packit's bodhi_update job, reconciled from a
 * schedule after koji-build). Logs in (keytab, Kerberos-backed OIDC as bodhi-client does) only
 * when an update is to be created.
 */
















const OPTIONS = {
    ...keytab_login/* DOWNSTREAM_JOB_OPTIONS */.Y$,
    'oidc-url': { type: 'string' },
};
const BODHI_UPDATE_USAGE = `Usage: srcgit bodhi-update [options] [SOURCE_GIT]

Creates a Bodhi update for each dist-git branch of the bodhi_update job (its dist_git_branches,
default fedora-branched; rawhide never: Bodhi makes those updates itself) whose head's NVR is
complete in Koji, built by someone in allowed_builders, and in no update yet, as Packit's
bodhi_update does: the type, severity and the rest from bodhi_extra_params (type enhancement
by default), the notes from the changelog entries since the latest stable build, the bugs
those entries close. "Update already exists" is success; a build not yet tagged into the
release's candidate tag is "waiting", tried again by the next run. Stateless: run it on a
schedule after koji-build; a second run creates nothing new.

In CI, the source-git commit each dist-git head came from gets a bodhi/<branch> commit status.

  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --branch B             only this dist-git branch (repeatable; a matrix job's)
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url)
  --dist-git-forge F     auto (default), pagure or forgejo
  --koji-url URL         the Koji hub (default: ${keytab_login/* DEFAULT_KOJI_URL */.Is})
  --bodhi-url URL        Bodhi (default: ${builds_bodhi/* DEFAULT_BODHI_URL */.Xr})
  --oidc-url URL         Bodhi's OpenID Connect provider (default: ${DEFAULT_OIDC_URL})
  --fas-user USER        the bot's Kerberos principal (user or user@REALM)
  --krb5-conf FILE       krb5.conf (default: KRB5_CONFIG, else Fedora's KDC proxy)
  --dry-run              read everything, create nothing, set no status

SRCGIT_KEYTAB: the bot's keytab, base64 (needed only when an update is created).
SRCGIT_DOTENV names a dotenv report (GitLab CI: updates, result).

${(0,options/* environmentHelp */.N4)(OPTIONS)}`;
async function bodhiUpdateCommand(argv, io) {
    const parsed = (0,parse/* parseCommand */.R)('bodhi-update', BODHI_UPDATE_USAGE, OPTIONS, argv, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, sourceGit, usage } = parsed;
    const forgeKind = (0,dist_git_forge/* distGitForgeOption */.H)(values['dist-git-forge']);
    if (typeof forgeKind === 'object')
        return usage(forgeKind.error);
    const env = process.env;
    const token = (0,dist_git_forge/* distGitToken */.m)(env);
    if (typeof token === 'object')
        return usage(token.error);
    const login = (0,keytab_login/* keytabLogin */.Ij)(values, env, io.cwd);
    if (typeof login === 'string')
        return usage(login);
    const dryRun = values['dry-run'] ?? false;
    const http = new http_client/* HttpClient */.Q();
    const koji = new builds_koji/* KojiClient */.z$({ hubUrl: values['koji-url'] ?? keytab_login/* DEFAULT_KOJI_URL */.Is, http });
    const bodhi = new builds_bodhi/* BodhiClient */.Oz({ url: values['bodhi-url'] ?? builds_bodhi/* DEFAULT_BODHI_URL */.Xr, http });
    const settings = login.settings;
    const reporters = dryRun ? undefined : (0,ci_reporters/* ciReporters */.v)(env);
    try {
        const result = await bodhiUpdate({
            sourceGit,
            configFile: values.config ? external_node_path_.resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            branches: values.branch,
            instanceUrl: values['dist-git-url'],
            forgeKind,
            token,
            koji,
            bodhi,
            login: settings
                ? () => loginToBodhiWithKeytab(bodhi, { ...settings, oidcUrl: values['oidc-url'] })
                : undefined,
            bot: login.bot,
            dryRun,
            reporters,
            http,
        });
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        const several = new Set(result.outcomes.map((o) => o.package)).size > 1;
        for (const outcome of result.outcomes)
            io.stdout(`${formatUpdate(outcome, several)}\n`);
        (0,gitlab/* writeCiReports */.zs)(env, (message) => io.stderr(`warning: ${message}\n`), { updates: updatesOutput(result.outcomes), result: updatesResult(result.outcomes) }, updatesSummary(result.outcomes, result.notes, dryRun));
        return result.outcomes.some((o) => o.result === 'failed') ? commands_io/* EXIT */.dc.failure : commands_io/* EXIT */.dc.ok;
    }
    catch (error) {
        if ((0,user_errors/* isUserError */.i)(error)) {
            io.stderr(`srcgit bodhi-update: ${(0,secrets/* redact */.E$)(error.message)}\n`);
            return commands_io/* EXIT */.dc.failure;
        }
        throw error;
    }
    finally {
        await reporters?.close();
        await http.close();
    }
}


/***/ }),

/***/ 16488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ JobError)
/* harmony export */ });
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77720);

/** An error a user can fix, raised by a job: printed as one line, no stack trace. */
class JobError extends Error {
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .registerUserError */ .X)(JobError);


/***/ })

};
