export const id = 505;
export const ids = [505];
export const modules = {

/***/ 40528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ headOrigin),
/* harmony export */   s6: () => (/* binding */ effectiveAccounts),
/* harmony export */   uO: () => (/* binding */ gateHead)
/* harmony export */ });
/* unused harmony exports committerAccounts, expandAccounts */
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


/***/ }),

/***/ 94455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bQ: () => (/* binding */ findSideTag),
/* harmony export */   bz: () => (/* binding */ createSideTagFor),
/* harmony export */   j7: () => (/* binding */ groupMetadata),
/* harmony export */   rH: () => (/* binding */ missingInSideTag),
/* harmony export */   rQ: () => (/* binding */ sideTagBuilds)
/* harmony export */ });
/* unused harmony export SIDETAG_GROUP_KEY */
/* harmony import */ var _xmlrpc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52904);
/* harmony import */ var _koji_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92099);
/* harmony import */ var _jobs_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16488);



/** The custom_user_metadata key srcgit writes on every side-tag build. */
const SIDETAG_GROUP_KEY = 'sidetag_group';
/** How far back (days) build tasks of the bot are searched for a side tag's first build. */
const TASK_LOOKBACK_DAYS = 30;
/** The build option that marks a build as the group's. */
function groupMetadata(group) {
    return { [SIDETAG_GROUP_KEY]: group };
}
function markedFor(extra, group) {
    if (!(0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_0__/* .isStruct */ .EJ)(extra))
        return false;
    const custom = extra.custom_user_metadata;
    return (0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_0__/* .isStruct */ .EJ)(custom) && custom[SIDETAG_GROUP_KEY] === group;
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
                (0,_xmlrpc_js__WEBPACK_IMPORTED_MODULE_0__/* .isStruct */ .EJ)(opts) &&
                markedFor({ custom_user_metadata: opts.custom_user_metadata }, query.group))
                found.set(tag.name, tag);
        }
    }
    const matches = [...found.values()].sort((a, b) => a.id - b.id);
    if (matches.length > 1)
        throw new _jobs_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .JobError */ .C(`Koji has ${matches.length} side tags of ${query.baseTag} for sidetag_group ${query.group} ` +
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
        if ((0,_koji_js__WEBPACK_IMPORTED_MODULE_1__/* .buildStateName */ .Rd)(b.state) === 'COMPLETE' && !latest.has(b.name))
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


/***/ }),

/***/ 90604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cr: () => (/* binding */ kojiTargetName),
/* harmony export */   gw: () => (/* binding */ scmSourceCommit),
/* harmony export */   iy: () => (/* binding */ fedoraNumberOfBuildTag),
/* harmony export */   nC: () => (/* binding */ scmSource)
/* harmony export */ });
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


/***/ }),

/***/ 28990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ ciReporters)
/* harmony export */ });
/* harmony import */ var _forges_source_git_change_requests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40701);
/* harmony import */ var _runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51062);
/* harmony import */ var _status_sink_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85348);
/**
 * Where the downstream jobs (koji-build, bodhi-update) report on the source-git side in CI:
 * commit statuses (the run's GitHub or GitLab repository) and comments on its pull/merge
 * requests. Outside CI there is nowhere to report: the outputs and the log say it all.
 */



function ciReporters(env, githubToken) {
    const sink = (0,_status_sink_js__WEBPACK_IMPORTED_MODULE_2__/* .ciStatusSink */ .oP)(env, githubToken);
    const close = [];
    let requests;
    if ((0,_runtime_gitlab_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitLabCi */ .Op)(env)) {
        const platform = (0,_forges_source_git_change_requests_js__WEBPACK_IMPORTED_MODULE_0__/* .gitlabPlatform */ .Zq)({ token: env.SRCGIT_GITLAB_TOKEN?.trim() || undefined, env });
        requests = platform.requests;
        if (platform.close)
            close.push(platform.close);
    }
    else if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
        const token = githubToken ?? (env.SRCGIT_GITHUB_TOKEN?.trim() || env.GITHUB_TOKEN?.trim() || undefined);
        const platform = (0,_forges_source_git_change_requests_js__WEBPACK_IMPORTED_MODULE_0__/* .githubPlatform */ .ZC)({
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


/***/ }),

/***/ 70730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Is: () => (/* binding */ DEFAULT_KOJI_URL),
  Y$: () => (/* binding */ DOWNSTREAM_JOB_OPTIONS),
  Ij: () => (/* binding */ keytabLogin)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/lookaside/kerberos.js
var kerberos = __webpack_require__(1143);
;// CONCATENATED MODULE: ./build/bundle-src/builds/keytab-settings.js

/** No keytab: no login (the job says so when it needs one); the bot is the principal's user. */
function keytabSettings(input, names) {
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
        krb5Conf: values['krb5-conf'] ? external_node_path_.resolve(cwd, values['krb5-conf']) : undefined,
    }, {
        fasUser: '--fas-user',
        keytabSecret: 'the keytab secret (SRCGIT_KEYTAB)',
        missingPrincipal: 'SRCGIT_KEYTAB is set but not whose it is: give --fas-user (SRCGIT_FAS_USER), the principal of the keytab',
    });
    if (!result.ok)
        return result.error;
    return { bot: result.bot, ...(result.login ? { settings: result.login } : {}) };
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

/***/ 34697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ curlNegotiate)
/* harmony export */ });
/* unused harmony export INSTALL_CURL */
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74227);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2508);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95812);
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
    const seconds = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .networkTimeoutSeconds */ .RU)();
    const shown = what.shownUrl ?? url;
    const curl = await (0,_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .runTool */ .q)('curl', [
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
        const why = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(curl.stderr.trim()) || `curl exit ${curl.code}`;
        const stalled = curl.code === 28 || curl.timedOut ? `; ${shown} did not answer in time. ${(0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .stallAdvice */ .pC)()}` : '';
        throw what.fail(`Could not ${what.action}: curl --negotiate ${shown} failed: ${why}${stalled}`);
    }
    const cut = curl.stdout.lastIndexOf('\n');
    return { status: Number(curl.stdout.slice(cut + 1)), body: curl.stdout.slice(0, Math.max(cut, 0)) };
}


/***/ })

};
