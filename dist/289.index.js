export const id = 289;
export const ids = [289];
export const modules = {

/***/ 67289:
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

// EXTERNAL MODULE: ./build/bundle-src/builds/bodhi.js
var builds_bodhi = __webpack_require__(88872);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/lookaside/kerberos.js
var kerberos = __webpack_require__(1143);
// EXTERNAL MODULE: ./build/bundle-src/runtime/resources.js + 1 modules
var resources = __webpack_require__(74227);
// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
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
    const { status, body: page } = await curlNegotiate(url, ['-L', '--max-redirs', '10', '-b', cookies, '-H', 'Accept: text/html'], env, { action, shownUrl: endpoint, fail: (m) => new builds_bodhi/* BodhiError */.Zk(m) });
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
// EXTERNAL MODULE: ./build/bundle-src/builds/xmlrpc.js
var xmlrpc = __webpack_require__(52904);
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
        throw new builds_koji/* KojiError */.u0(`Could not log in to the Koji hub ${hub}: ${koji_login_message(error)}`);
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
        if (error instanceof builds_koji/* KojiError */.u0)
            throw error;
        if (stage === 'kinit' && !/is not installed or not on PATH/.test(koji_login_message(error)))
            // The keytab secret is malformed, expired (password changed) or for an unknown principal.
            throw new builds_koji/* KojiError */.u0(`Could not ${action}: ${oneLine(koji_login_message(error))}; check ${secret} (a keytab for ${principal})` +
                renewAdvice(koji_login_message(error), principal, secret));
        throw new builds_koji/* KojiError */.u0(`Could not ${action}: ${koji_login_message(error)}`);
    }
}
async function sslLogin(hub, principal, secret, action, env) {
    const url = `${hub}/ssllogin`;
    const { status, body } = await curlNegotiate(url, 
    // No secret in the body: sslLogin takes no arguments; the ticket goes in the Negotiate header.
    ['-H', 'Content-Type: text/xml', '--data-binary', (0,xmlrpc/* encodeMethodCall */.WX)('sslLogin', [])], env, { action, fail: (m) => new builds_koji/* KojiError */.u0(m) });
    if (status === 401 || status === 403)
        throw new builds_koji/* KojiError */.u0(`Could not ${action}: the Kerberos ticket of ${principal} was refused by ${hub} (HTTP ${status}): ` +
            `check ${secret} and the principal`, undefined, undefined, status);
    if (status !== 200) {
        const excerpt = (0,secrets/* redact */.E$)(body
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()).slice(0, 200);
        throw new builds_koji/* KojiError */.u0(`Could not ${action}: ${url} answered HTTP ${status}${excerpt ? ` (${excerpt})` : ''}; ` +
            (status >= 500
                ? 'the Koji hub may be having trouble, try again later'
                : `check that ${hub} is a Koji hub URL (e.g. https://koji.fedoraproject.org/kojihub)`), undefined, undefined, status);
    }
    let decoded;
    try {
        decoded = (0,xmlrpc/* decodeMethodResponse */.NE)(body);
    }
    catch (error) {
        if (!(error instanceof xmlrpc/* XmlRpcError */.rB))
            throw error;
        throw new builds_koji/* KojiError */.u0(`Could not ${action}: ${hub} did not answer as a Koji hub (${error.message}); check the hub URL`);
    }
    if (!decoded.ok) {
        const { faultCode, faultString } = decoded;
        const name = Object.keys(builds_koji/* KOJI_FAULTS */.GZ).find((k) => builds_koji/* KOJI_FAULTS */.GZ[k] === faultCode);
        const hint = faultCode === builds_koji/* KOJI_FAULTS */.GZ.AuthError || faultCode === builds_koji/* KOJI_FAULTS */.GZ.GSSAPIAuthError
            ? `; Koji refused the login: check that ${principal} belongs to a Koji user and that ${secret} is its keytab`
            : '';
        throw new builds_koji/* KojiError */.u0(`Could not ${action}: ${faultString}${hint} [Koji fault ${faultCode}${name ? ` ${name}` : ''}]`, faultCode, faultString);
    }
    const value = decoded.value;
    if (!(0,xmlrpc/* isStruct */.EJ)(value) || value['session-id'] == null || typeof value['session-key'] !== 'string')
        throw new builds_koji/* KojiError */.u0(`Could not ${action}: ${hub} did not answer as a Koji hub (sslLogin answered no session)`);
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
/** Packit's aliases (packit-service DistgitAllowedAccountsAlias) and the access each means. */
const ALIASES = { all_admins: 'admin', all_committers: 'commit' };
const isSpecial = (entry) => entry.startsWith('@') || Object.hasOwn(ALIASES, entry);
/**
 * The accounts a list stands for, Packit's DistgitAccountsChecker: names as they are, `@group`
 * the group's members, all_admins / all_committers the users with that access (groups
 * expanded). A group that cannot be read matches nobody and is named in `unknown`.
 */
async function expandAccounts(list, lookups) {
    const accounts = new Set(list.filter((a) => !isSpecial(a)).map((a) => a.toLowerCase()));
    const unknown = [];
    for (const entry of list.filter(isSpecial)) {
        if (!lookups) {
            unknown.push(entry);
            continue;
        }
        const alias = ALIASES[entry];
        const members = alias ? await lookups.usersWithAccess(alias) : await lookups.groupMembers(entry.slice(1));
        if (members === undefined)
            unknown.push(entry);
        for (const member of members ?? [])
            accounts.add(member.toLowerCase());
    }
    return { accounts, unknown };
}
async function gateHead(origin, opts) {
    const pr = origin.kind === 'pull-request';
    const allowed = effectiveAccounts(pr ? opts.allowedPrAuthors : opts.allowedCommitters, opts.bot);
    const accounts = pr ? [origin.pullRequest.author] : origin.accounts;
    // Named accounts first: no lookup when one of them matches.
    const named = new Set(allowed.filter((a) => !isSpecial(a)).map((a) => a.toLowerCase()));
    let unknown = [];
    let match = accounts.some((a) => named.has(a.toLowerCase()));
    if (!match && allowed.some(isSpecial)) {
        const expanded = await expandAccounts(allowed, opts.lookups);
        unknown = expanded.unknown;
        match = accounts.some((a) => expanded.accounts.has(a.toLowerCase()));
    }
    if (pr) {
        const author = origin.pullRequest.author;
        if (match)
            return { allowed: true, who: `pull request author ${author}` };
        return {
            allowed: false,
            reason: `the head came from ${origin.pullRequest.url} by ${author}, who is not in allowed_pr_authors ` +
                `(${describeList(allowed, unknown)}); add ${author} to allowed_pr_authors of the koji_build job to build it`,
        };
    }
    if (match)
        return { allowed: true, who: `committer ${origin.committer}` };
    return {
        allowed: false,
        reason: `the head was pushed directly (committer ${origin.committer}), and allowed_committers is ` +
            `${describeList(allowed, unknown)}; add the committer's FAS name to allowed_committers of the koji_build job to build direct pushes`,
    };
}
/** The list as configured; groups and aliases looked up (their members did not match) or not found. */
function describeList(list, unknown) {
    if (list.length === 0)
        return 'empty';
    const text = `[${list.join(', ')}]`;
    const looked = list.filter((a) => isSpecial(a) && !unknown.includes(a));
    const notes = [
        ...(looked.length > 0 ? [`looked up ${looked.join(', ')}: not a member`] : []),
        ...(unknown.length > 0 ? [`${unknown.join(', ')} not found on dist-git`] : []),
    ];
    return notes.length > 0 ? `${text}; ${notes.join('; ')}` : text;
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
        await (0,status_sink/* mirrorStatuses */.CI)(reporters.sink, o.sourceGitCommit, [status]);
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

;// CONCATENATED MODULE: ./build/bundle-src/builds/sidetag.js



/** The custom_user_metadata key srcgit writes on every side-tag build. */
const SIDETAG_GROUP_KEY = 'sidetag_group';
/** How far back (days) build tasks of the bot are searched for a side tag's first build. */
const TASK_LOOKBACK_DAYS = 30;
/** The build option that marks a build as the group's. */
function groupMetadata(group) {
    return { [SIDETAG_GROUP_KEY]: group };
}
function markedFor(extra, group) {
    if (!(0,xmlrpc/* isStruct */.EJ)(extra))
        return false;
    const custom = extra.custom_user_metadata;
    return (0,xmlrpc/* isStruct */.EJ)(custom) && custom[SIDETAG_GROUP_KEY] === group;
}
/**
 * The group's side tag on `baseTag`, undefined when there is none yet. Two tags marked for the
 * group (two first builds submitted at the same moment) is an error naming both.
 */
async function findSideTag(koji, query) {
    const tags = await koji.listSideTags({
        basetag: query.baseTag,
        ...(query.user !== undefined ? { user: query.user } : {}),
    });
    if (tags.length === 0)
        return undefined;
    const found = new Map();
    for (const tag of tags) {
        const builds = await koji.listTagged(tag.name, { inherit: false, latest: false, extra: true });
        if (builds.some((b) => markedFor(b.extra, query.group)))
            found.set(tag.name, tag);
    }
    if (query.userId !== undefined) {
        const names = new Map(tags.map((t) => [t.name, t]));
        const since = Date.now() / 1000 - TASK_LOOKBACK_DAYS * 24 * 3600;
        const tasks = await koji.listTasks({ method: 'build', owner: query.userId, createdAfter: since, decode: true }, { order: '-id', limit: 200 });
        for (const task of tasks) {
            const [, target, opts] = Array.isArray(task.request) ? task.request : [];
            const tag = typeof target === 'string' ? names.get(target) : undefined;
            if (tag &&
                (0,xmlrpc/* isStruct */.EJ)(opts) &&
                markedFor({ custom_user_metadata: opts.custom_user_metadata }, query.group))
                found.set(tag.name, tag);
        }
    }
    const matches = [...found.values()].sort((a, b) => a.id - b.id);
    if (matches.length > 1)
        throw new errors/* JobError */.C(`Koji has ${matches.length} side tags of ${query.baseTag} for sidetag_group ${query.group} ` +
            `(${matches.map((t) => t.name).join(', ')}): two first builds were submitted at once; ` +
            `untag the builds of the later ones (koji untag-build) and remove them (koji remove-sidetag ${matches
                .slice(1)
                .map((t) => t.name)
                .join(' ')})`);
    return matches[0];
}
/** The latest COMPLETE build of each package tagged into the side tag itself (no inheritance). */
async function sideTagBuilds(koji, tag) {
    const builds = await koji.listTagged(tag, { inherit: false, latest: true });
    const latest = new Map();
    for (const b of builds)
        if ((0,builds_koji/* buildStateName */.Rd)(b.state) === 'COMPLETE' && !latest.has(b.name))
            latest.set(b.name, b);
    return latest;
}
/** The packages of `wanted` with no COMPLETE build in the side tag (undefined tag: all of them). */
async function missingInSideTag(koji, tag, wanted) {
    if (tag === undefined)
        return [...wanted];
    const builds = await sideTagBuilds(koji, tag);
    return wanted.filter((p) => !builds.has(p));
}
/**
 * Creates the group's side tag, looking once more first (another run may just have made it),
 * then runs `firstBuild` into it; if that fails the new tag is removed again (nothing
 * half-done) and the error passes on.
 */
async function createSideTagFor(koji, query, firstBuild) {
    const again = await findSideTag(koji, query);
    if (again)
        return { tag: again, created: false, result: await firstBuild(again) };
    const tag = await koji.createSideTag(query.baseTag);
    let result;
    try {
        result = await firstBuild(tag);
    }
    catch (error) {
        await koji.removeSideTag(tag.name).catch(() => undefined);
        throw error;
    }
    return { tag, created: true, result };
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

;// CONCATENATED MODULE: ./build/bundle-src/jobs/bodhi-update-sidetag.js




async function sideTagUpdate(input, outcome, nvr) {
    const { koji, group } = input;
    const target = await koji.getBuildTarget(kojiTargetName(outcome.branch));
    const tag = await findSideTag(koji, { group, baseTag: target.build_tag_name, user: input.bot });
    const waiting = (reason) => ({
        ...outcome,
        result: 'waiting',
        reason: `${reason}; the next run tries again`,
    });
    if (!tag)
        return waiting(`Koji has no side tag of ${target.build_tag_name} for sidetag_group ${group} yet (koji-build makes it)`);
    const builds = await sideTagBuilds(koji, tag.name);
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
        ? await (0,bodhi/* fetchActiveReleases */.XQ)(opts.http(), opts.bodhiUrl ?? bodhi/* DEFAULT_BODHI_URL */.Xr, needing)
        : [];
    return downstreamMatrix(config, releases);
}

// EXTERNAL MODULE: ./build/bundle-src/dist-git/messages.js
var messages = __webpack_require__(5996);
// EXTERNAL MODULE: ./build/bundle-src/jobs/propose-downstream.js + 1 modules
var propose_downstream = __webpack_require__(32660);
// EXTERNAL MODULE: ./build/bundle-src/spec/errors.js
var spec_errors = __webpack_require__(59085);
// EXTERNAL MODULE: ./build/bundle-src/jobs/merge-gate-sync.js + 1 modules
var merge_gate_sync = __webpack_require__(20462);
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
const koji_build_TASK_LOOKBACK_DAYS = 30;
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
        const built = await buildPackage(options, view, session);
        const reported = [];
        for (const outcome of built.outcomes)
            if (!done.has(outcome.branch)) {
                outcomes.push(outcome);
                reported.push(outcome);
                if (!options.dryRun)
                    await (0,koji_build_report/* reportBuild */.pE)(options.reporters, outcome, several, options.koji, notes);
            }
        if (!options.dryRun)
            await reportMergeGates(options, config, view.pkg, reported, built.pullRequests, notes);
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
    return (error instanceof builds_koji/* KojiError */.u0 &&
        error.faultCode === undefined &&
        (error.status === undefined || error.status >= 500));
}
/** The package project's access lists and groups from dist-git, each asked once per run. */
function onceEach(distGit, ns, repo) {
    const access = new Map();
    const groups = new Map();
    const once = (map, key, read) => {
        if (!map.has(key))
            map.set(key, read());
        return map.get(key);
    };
    return {
        usersWithAccess: (level) => once(access, level, () => distGit.usersWithAccess(ns, repo, level)),
        groupMembers: (group) => once(groups, group, () => distGit.groupMembers(group, { ns, repo })),
    };
}
async function buildPackage(options, view, session) {
    const pkg = view.pkg;
    const name = pkg.downstream_package_name;
    const http = options.http ?? new http_client/* HttpClient */.Q();
    const configured = await (0,propose_downstream/* branchesFor */.I7)(pkg, undefined, () => http, options.bodhiUrl ?? bodhi/* DEFAULT_BODHI_URL */.Xr);
    const { wanted, skipped } = (0,package_heads/* configuredBranches */.nb)(options.branches, configured, view, 'to build it');
    const outcomes = skipped.map((s) => ({ package: name, result: 'skipped', ...s }));
    if (wanted.length === 0)
        return { outcomes };
    const { distGit, cloneUrl, heads } = await (0,package_heads/* packageHeads */.o2)(pkg, wanted, { ...options, http });
    let all;
    const pullRequests = () => (all ??= distGit.pullRequests(pkg.dist_git_namespace, name, { state: 'all' }));
    const context = {
        options,
        pkg,
        heads,
        cloneUrl,
        mergedPullRequests: () => pullRequests().then((prs) => prs.filter((pr) => pr.state === 'merged')),
        lookups: onceEach(distGit, pkg.dist_git_namespace, name),
        session,
        ...(view.job?.sidetag_group
            ? {
                sidetag: {
                    group: view.job.sidetag_group,
                    dependencies: view.job.dependencies.filter((d) => d !== name),
                },
            }
            : {}),
    };
    for (const branch of wanted) {
        try {
            outcomes.push(await buildBranch(context, branch));
        }
        catch (error) {
            if (!(0,package_heads/* isBranchError */.Ht)(error) || isRunError(error))
                throw error;
            outcomes.push({ package: name, branch, result: 'failed', reason: error.message });
        }
    }
    return { outcomes, pullRequests };
}
/**
 * The merge gate of the source-git PRs whose merged previews were built in this run, now that
 * their `koji/<branch>` statuses are set: success once every build passed, failure when one
 * failed. Only a gate the commit shows already is updated (the preview or sync-status sets it).
 */
async function reportMergeGates(options, config, pkg, outcomes, pullRequests, notes) {
    const sink = options.reporters?.sink;
    const commits = outcomes.flatMap((o) => o.sourceGitCommit && o.sourceGitPullRequest !== undefined ? [o.sourceGitCommit] : []);
    if (!sink || !pullRequests || commits.length === 0)
        return;
    try {
        const setup = (0,merge_gate_sync/* gateSetup */.dx)(config, pkg.downstream_package_name, {
            http: options.http,
            bodhiUrl: options.bodhiUrl,
        });
        notes.push(...(await (0,merge_gate_sync/* syncMergeGates */.QM)(sink, await pullRequests(), setup, { onlyShown: true, commits })));
    }
    catch (error) {
        notes.push(`could not update the merge gate: ${error.message}`);
    }
}
async function buildBranch(context, branch) {
    const { options, pkg, heads } = context;
    const base = { package: pkg.downstream_package_name, branch, result: 'skipped' };
    const sha = heads.heads.get(branch);
    if (!sha)
        return { ...base, reason: (0,package_heads/* missingBranchReason */.jq)(branch, context.cloneUrl) };
    const head = await (0,branch_heads/* readHeadCommit */.g0)(heads.git, sha);
    const source = scmSource(context.cloneUrl, sha);
    const target = kojiTargetName(branch);
    const withHead = {
        ...base,
        target,
        commit: sha,
        source,
        sourceGitCommit: await (0,branch_heads/* sourceGitCommitOf */.OW)(heads.git, head),
        ...(options.dryRun ? { dryRun: true } : {}),
    };
    const kojiTarget = await readTarget(options.koji, target, branch);
    const side = context.sidetag && {
        query: {
            group: context.sidetag.group,
            baseTag: kojiTarget.build_tag_name,
            user: options.koji.user?.name ?? options.bot,
            // Logged in already (an earlier package's build): first builds still in their task count too.
            ...(options.koji.user ? { userId: options.koji.user.id } : {}),
        },
        dependencies: context.sidetag.dependencies,
    };
    const sideTag = side && (await findSideTag(options.koji, side.query));
    if (sideTag)
        withHead.target = sideTag.name;
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
        const state = existing ? (0,builds_koji/* buildStateName */.Rd)(existing.state) : undefined;
        if (existing && (state === 'BUILDING' || state === 'COMPLETE'))
            return side
                ? outsideSideTag(options.koji, alreadyBuilt(options.koji, withNvr, existing, sha), state, side.query, sideTag?.name)
                : alreadyBuilt(options.koji, withNvr, existing, sha);
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
        const state = found ? (0,builds_koji/* buildStateName */.Rd)(found.state) : undefined;
        const known = found ? { ...withNvr, nvr: found.nvr } : withNvr;
        if (found && (state === 'BUILDING' || state === 'COMPLETE'))
            return fromKoji(alreadyBuilt(options.koji, known, found, sha), noNvr);
        if (found && state === 'FAILED' && found.task_id)
            return fromKoji(await failed(options.koji, known, found.task_id, found), noNvr);
    }
    const gate = await gateHead(origin, {
        allowedPrAuthors: pkg.allowed_pr_authors,
        allowedCommitters: pkg.allowed_committers,
        bot: options.bot,
        lookups: context.lookups,
    });
    if (!gate.allowed)
        return { ...withNvr, result: 'skipped', reason: gate.reason };
    if (side) {
        const missing = await missingInSideTag(options.koji, sideTag?.name, side.dependencies);
        if (missing.length > 0)
            return {
                ...withNvr,
                result: 'skipped',
                reason: `not yet: sidetag_group ${side.query.group} builds ${missing.join(', ')} first ` +
                    `(dependencies), and ${sideTag ? `${sideTag.name} has no complete build of it yet` : `there is no side tag of ${side.query.baseTag} for the group yet`}; the next run tries again`,
            };
    }
    const where = side
        ? sideTag
            ? `side tag ${sideTag.name}`
            : `a new side tag of ${side.query.baseTag} (sidetag_group ${side.query.group})`
        : target;
    if (options.dryRun)
        return {
            ...withNvr,
            result: 'submitted',
            reason: `dry run: would build ${source} in ${where} (${nvr ? nvr.nvr : 'the NVR Koji makes'}, ${gate.who})` +
                (noNvr ? `; ${noNvrNote(noNvr)}` : ''),
        };
    const user = await context.session.get();
    const earlier = await ourTaskFor(options.koji, user, source);
    if (earlier && !(0,builds_koji/* isTaskDone */.eG)(earlier.state))
        return withNote({
            ...withNvr,
            result: 'submitted',
            taskId: earlier.id,
            taskUrl: options.koji.taskUrl(earlier.id),
            reason: `a build of this commit is already running (task ${earlier.id})`,
        }, noNvr);
    if (earlier && earlier.state !== builds_koji/* TASK_STATES */.$k.CLOSED)
        return withNote(await taskEnded(options.koji, withNvr, earlier.id), noNvr);
    let taskId;
    let built = withNvr;
    try {
        if (side) {
            const query = { ...side.query, user: user.name, userId: user.id };
            const submit = (tag) => options.koji.build(source, tag, { custom_user_metadata: groupMetadata(query.group) });
            const done = sideTag
                ? { tag: sideTag, created: false, result: await submit(sideTag.name) }
                : await createSideTagFor(options.koji, query, (tag) => submit(tag.name));
            taskId = done.result;
            built = { ...withNvr, target: done.tag.name };
            if (done.created)
                options.log?.(`${branch}: created the side tag ${done.tag.name} for ${query.group}`);
        }
        else
            taskId = await options.koji.build(source, target);
    }
    catch (error) {
        // A hub that checks the NVR when the build is submitted.
        const exists = error instanceof builds_koji/* KojiError */.u0 ? existingNvr(error.faultString) : undefined;
        if (!exists)
            throw error;
        return withNote(alreadyExists(withNvr, exists), noNvr);
    }
    options.log?.(`${branch}: submitted ${nvr ? nvr.nvr : source} as ${options.koji.taskUrl(taskId)}`);
    const submitted = {
        ...built,
        result: 'submitted',
        taskId,
        taskUrl: options.koji.taskUrl(taskId),
        reason: `${gate.who}`,
    };
    return withNote(options.waitMinutes ? await waitForTask(options, submitted) : submitted, noNvr);
}
/**
 * An NVR Koji has, in a side-tag job: fine when it is in the group's side tag, else the reason
 * says how to put it there (a second build of the NVR is impossible).
 */
async function outsideSideTag(koji, outcome, state, query, tag) {
    // Where a running build goes shows when it is done.
    if (state === 'BUILDING')
        return outcome;
    const there = tag ? (await sideTagBuilds(koji, tag)).get(outcome.package)?.nvr : undefined;
    if (there === outcome.nvr)
        return outcome;
    const into = tag ?? `the side tag of sidetag_group ${query.group} (none yet)`;
    return {
        ...outcome,
        reason: `${outcome.reason}; it is not in ${into}: tag it there by hand (koji tag-build <side tag> ${outcome.nvr})`,
    };
}
/** The head's NVR, or why srcgit cannot compute it exactly (then Koji is asked instead). */
async function headNvrOrWhy(pkg, heads, branch, sha, rawhide) {
    try {
        return await (0,package_heads/* branchHeadNvr */.nY)(pkg, heads, branch, sha, rawhide);
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
        if (error instanceof builds_koji/* KojiError */.u0 && error.faultCode !== undefined)
            throw new errors/* JobError */.C(`Koji has no build target ${target} for ${branch} (${error.faultString ?? error.message}); ` +
                'if the release is end-of-life, remove the branch from dist_git_branches');
        throw error;
    }
}
function alreadyBuilt(koji, outcome, build, sha) {
    const state = (0,builds_koji/* buildStateName */.Rd)(build.state);
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
        return error instanceof builds_koji/* KojiError */.u0 && error.faultString ? error.faultString : undefined;
    }
}
/** The newest build task of ours for `source` within the lookback. */
async function ourTaskFor(koji, user, source) {
    const since = Date.now() / 1000 - koji_build_TASK_LOOKBACK_DAYS * 24 * 3600;
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
        if (task && (0,builds_koji/* isTaskDone */.eG)(task.state)) {
            if (task.state !== builds_koji/* TASK_STATES */.$k.CLOSED)
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
    const koji = new builds_koji/* KojiClient */.z$({ hubUrl: settings.kojiUrl ?? DEFAULT_KOJI_URL, http });
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
            github/* log */.Rm.info((0,koji_build_report/* formatBuild */.s6)(o, several));
        (0,action_settings/* setOutputs */.n0)({ builds: (0,koji_build_report/* buildsOutput */.bX)(result.outcomes), result: (0,koji_build_report/* buildsResult */.VI)(result.outcomes) });
        await github/* log */.Rm.summary((0,koji_build_report/* buildsSummary */.E$)(result.outcomes, result.notes, settings.dryRun));
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
    const koji = new builds_koji/* KojiClient */.z$({ hubUrl: settings.kojiUrl ?? DEFAULT_KOJI_URL, http });
    const bodhi = new builds_bodhi/* BodhiClient */.Oz({ url: settings.bodhiUrl ?? builds_bodhi/* DEFAULT_BODHI_URL */.Xr, http });
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
