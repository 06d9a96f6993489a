export const id = 431;
export const ids = [431];
export const modules = {

/***/ 50431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KOJI_BUILD_USAGE: () => (/* binding */ KOJI_BUILD_USAGE),
  kojiBuildCommand: () => (/* binding */ kojiBuildCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/builds/koji.js
var builds_koji = __webpack_require__(92099);
// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
// EXTERNAL MODULE: ./build/bundle-src/lookaside/kerberos.js
var kerberos = __webpack_require__(1143);
// EXTERNAL MODULE: ./build/bundle-src/lookaside/curl-negotiate.js
var curl_negotiate = __webpack_require__(34697);
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
        throw new builds_koji/* KojiError */.u0(`Could not log in to the Koji hub ${hub}: ${message(error)}`);
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
        if (stage === 'kinit' && !/is not installed or not on PATH/.test(message(error)))
            // The keytab secret is malformed, expired (password changed) or for an unknown principal.
            throw new builds_koji/* KojiError */.u0(`Could not ${action}: ${oneLine(message(error))}; check ${secret} (a keytab for ${principal})` +
                renewAdvice(message(error), principal, secret));
        throw new builds_koji/* KojiError */.u0(`Could not ${action}: ${message(error)}`);
    }
}
async function sslLogin(hub, principal, secret, action, env) {
    const url = `${hub}/ssllogin`;
    const { status, body } = await (0,curl_negotiate/* curlNegotiate */.Z)(url, 
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
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./build/bundle-src/http/client.js
var client = __webpack_require__(89224);
// EXTERNAL MODULE: ./build/bundle-src/config/index.js + 8 modules
var bundle_src_config = __webpack_require__(5537);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/messages.js
var messages = __webpack_require__(5996);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-heads.js
var branch_heads = __webpack_require__(74666);
// EXTERNAL MODULE: ./build/bundle-src/forges/bodhi.js
var bodhi = __webpack_require__(84065);
// EXTERNAL MODULE: ./build/bundle-src/builds/build-gate.js
var build_gate = __webpack_require__(40528);
// EXTERNAL MODULE: ./build/bundle-src/builds/targets.js
var targets = __webpack_require__(90604);
// EXTERNAL MODULE: ./build/bundle-src/builds/sidetag.js
var sidetag = __webpack_require__(94455);
// EXTERNAL MODULE: ./build/bundle-src/jobs/propose-downstream.js
var propose_downstream = __webpack_require__(79074);
// EXTERNAL MODULE: ./build/bundle-src/jobs/errors.js
var errors = __webpack_require__(16488);
// EXTERNAL MODULE: ./build/bundle-src/spec/errors.js
var spec_errors = __webpack_require__(59085);
// EXTERNAL MODULE: ./build/bundle-src/jobs/koji-build-report.js + 1 modules
var koji_build_report = __webpack_require__(14125);
// EXTERNAL MODULE: ./build/bundle-src/jobs/merge-gate-sync.js + 1 modules
var merge_gate_sync = __webpack_require__(20462);
// EXTERNAL MODULE: ./build/bundle-src/jobs/package-heads.js + 2 modules
var package_heads = __webpack_require__(88380);
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
    const http = options.http ?? new client/* HttpClient */.Q();
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
    const source = (0,targets/* scmSource */.nC)(context.cloneUrl, sha);
    const target = (0,targets/* kojiTargetName */.cr)(branch);
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
    const sideTag = side && (await (0,sidetag/* findSideTag */.bQ)(options.koji, side.query));
    if (sideTag)
        withHead.target = sideTag.name;
    const rawhide = target === 'rawhide' ? (0,targets/* fedoraNumberOfBuildTag */.iy)(kojiTarget.build_tag_name) : undefined;
    const computed = await headNvrOrWhy(pkg, heads, branch, sha, rawhide);
    const nvr = typeof computed === 'string' ? undefined : computed;
    /** Why srcgit has no NVR: Koji's answers decide then (the outcome reasons say so). */
    const noNvr = typeof computed === 'string' ? computed : undefined;
    const withNvr = { ...withHead, ...(nvr ? { nvr: nvr.nvr } : {}) };
    // Who the head came from: the gate, and the source-git PR a failure is told to.
    const origin = (0,build_gate/* headOrigin */.DV)(head, await context.mergedPullRequests());
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
    const gate = await (0,build_gate/* gateHead */.uO)(origin, {
        allowedPrAuthors: pkg.allowed_pr_authors,
        allowedCommitters: pkg.allowed_committers,
        bot: options.bot,
        lookups: context.lookups,
    });
    if (!gate.allowed)
        return { ...withNvr, result: 'skipped', reason: gate.reason };
    if (side) {
        const missing = await (0,sidetag/* missingInSideTag */.rH)(options.koji, sideTag?.name, side.dependencies);
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
            const submit = (tag) => options.koji.build(source, tag, { custom_user_metadata: (0,sidetag/* groupMetadata */.j7)(query.group) });
            const done = sideTag
                ? { tag: sideTag, created: false, result: await submit(sideTag.name) }
                : await (0,sidetag/* createSideTagFor */.bz)(options.koji, query, (tag) => submit(tag.name));
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
    const there = tag ? (await (0,sidetag/* sideTagBuilds */.rQ)(koji, tag)).get(outcome.package)?.nvr : undefined;
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
    const built = (0,targets/* scmSourceCommit */.gw)(build.source);
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
// EXTERNAL MODULE: ./build/bundle-src/status/wait.js
var status_wait = __webpack_require__(56416);
;// CONCATENATED MODULE: ./build/bundle-src/commands/koji-build.js
/**
 * `srcgit koji-build`: builds the configured dist-git branches in Koji when their head has an
 * NVR Koji does not have yet (Packit's koji_build job, reconciled from a schedule or right after
 * proposing). Logs in with the keytab only when something is to be submitted.
 */
















const OPTIONS = {
    ...keytab_login/* DOWNSTREAM_JOB_OPTIONS */.Y$,
    'wait-for-build': { type: 'string' },
};
const KOJI_BUILD_USAGE = `Usage: srcgit koji-build [options] [SOURCE_GIT]

Builds each dist-git branch of the koji_build job (its dist_git_branches, aliases expanded;
trigger: commit) in Koji when the branch head's NVR is not built yet, as Packit's koji_build
does: a head whose NVR Koji has building or complete is "already built" (a commit without a
spec change, or a maintainer's own build), a head that came from a merged pull request whose
author is not in allowed_pr_authors, or a direct push whose committer is not in
allowed_committers, is skipped with the reason ("packit" there means the bot: --fas-user).
When the spec's NVR cannot be computed exactly (a Release with Lua, a macro srcgit does not
know), Koji is asked instead: a build whose source is the head commit counts, else the head is
submitted and Koji's "Build already exists" counts as built.
Stateless: run it on a schedule and after proposing; a second run submits nothing new. A keytab
the KDC refuses or a Koji hub that does not answer ends the run with one message and nothing
submitted; the next run starts over.

In CI, the source-git commit each dist-git head came from gets a koji/<branch> commit status,
and the source-git pull request of a failed build one comment.

  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --branch B             only this dist-git branch (repeatable; a matrix job's)
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url)
  --dist-git-forge F     auto (default), pagure or forgejo
  --koji-url URL         the Koji hub (default: ${keytab_login/* DEFAULT_KOJI_URL */.Is})
  --bodhi-url URL        Bodhi, for branch aliases (default: https://bodhi.fedoraproject.org)
  --fas-user USER        the bot's Kerberos principal (user or user@REALM)
  --krb5-conf FILE       krb5.conf (default: KRB5_CONFIG, else Fedora's KDC proxy)
  --wait-for-build MIN   wait up to MIN minutes for submitted builds (default 0: report the task)
  --dry-run              read everything, submit nothing, set no status

SRCGIT_KEYTAB: the bot's keytab, base64 (needed only when a build is submitted).
SRCGIT_DOTENV names a dotenv report (GitLab CI: builds, result).

${(0,options/* environmentHelp */.N4)(OPTIONS)}`;
async function kojiBuildCommand(argv, io) {
    const parsed = (0,parse/* parseCommand */.R)('koji-build', KOJI_BUILD_USAGE, OPTIONS, argv, io);
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
    const wait = values['wait-for-build'];
    const waitMinutes = wait === undefined ? 0 : (0,status_wait/* parseWaitMinutes */.M)(wait);
    if (waitMinutes === undefined)
        return usage(`--wait-for-build must be a number of minutes from 0 to 360, not "${wait}"`);
    const login = (0,keytab_login/* keytabLogin */.Ij)(values, env, io.cwd);
    if (typeof login === 'string')
        return usage(login);
    const dryRun = values['dry-run'] ?? false;
    const http = new client/* HttpClient */.Q();
    const koji = new builds_koji/* KojiClient */.z$({ hubUrl: values['koji-url'] ?? keytab_login/* DEFAULT_KOJI_URL */.Is, http });
    const reporters = dryRun ? undefined : (0,ci_reporters/* ciReporters */.v)(env);
    try {
        const result = await kojiBuild({
            sourceGit,
            configFile: values.config ? external_node_path_.resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            branches: values.branch,
            instanceUrl: values['dist-git-url'],
            forgeKind,
            token,
            koji,
            login: login.settings ? () => loginWithKeytab(koji, login.settings) : undefined,
            bot: login.bot,
            waitMinutes,
            dryRun,
            reporters,
            http,
            bodhiUrl: values['bodhi-url'],
            log: (line) => io.stderr(`${line}\n`),
        });
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        const several = new Set(result.outcomes.map((o) => o.package)).size > 1;
        for (const outcome of result.outcomes)
            io.stdout(`${(0,koji_build_report/* formatBuild */.s6)(outcome, several)}\n`);
        (0,gitlab/* writeCiReports */.zs)(env, (message) => io.stderr(`warning: ${message}\n`), {
            builds: (0,koji_build_report/* buildsOutput */.bX)(result.outcomes),
            result: (0,koji_build_report/* buildsResult */.VI)(result.outcomes),
        }, (0,koji_build_report/* buildsSummary */.E$)(result.outcomes, result.notes, dryRun));
        return result.outcomes.some((o) => o.result === 'failed') ? commands_io/* EXIT */.dc.failure : commands_io/* EXIT */.dc.ok;
    }
    catch (error) {
        if ((0,user_errors/* isUserError */.i)(error)) {
            io.stderr(`srcgit koji-build: ${(0,secrets/* redact */.E$)(error.message)}\n`);
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

/***/ 20462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dx: () => (/* binding */ gateSetup),
  w6: () => (/* binding */ mergeGateAfterPreview),
  QM: () => (/* binding */ syncMergeGates)
});

// EXTERNAL MODULE: ./build/bundle-src/config/index.js + 8 modules
var bundle_src_config = __webpack_require__(5537);
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
// EXTERNAL MODULE: ./build/bundle-src/jobs/propose-downstream.js
var propose_downstream = __webpack_require__(79074);
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

/***/ 56416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseWaitMinutes),
/* harmony export */   O: () => (/* binding */ checksPollSeconds)
/* harmony export */ });
/** The wait-for-checks knobs, read the same way by the action and the CLI. */
/** Minutes as wait-for-checks takes them: 0 to 360 (a GitHub job's limit), decimals allowed; undefined when invalid. */
function parseWaitMinutes(text) {
    const value = text.trim();
    if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 360)
        return undefined;
    return Number(value);
}
/** Seconds between two polls of the flags: SRCGIT_CHECKS_POLL_SECONDS (tests, impatient users), else 60. */
function checksPollSeconds(env) {
    const seconds = Number(env.SRCGIT_CHECKS_POLL_SECONDS);
    return Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
}


/***/ })

};
