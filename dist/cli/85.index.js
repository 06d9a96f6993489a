export const id = 85;
export const ids = [85,329];
export const modules = {

/***/ 55728:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ mergeReadyPullRequests),
/* harmony export */   _k: () => (/* binding */ formatMergeReport),
/* harmony export */   ee: () => (/* binding */ mergeFailures),
/* harmony export */   ko: () => (/* binding */ mergeOutcomes)
/* harmony export */ });
/* unused harmony exports latestPerName, decideMerge, mergeSummary */
/* harmony import */ var _dist_git_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5996);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18605);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74227);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2508);
/**
 * The opt-in `merge-dist-git-pr` decision: may srcgit merge its own dist-git PR of a release
 * proposal? Pure: the PR's state, its CI results and what srcgit pushed in, a decision out. srcgit
 * never merges a source-git PR preview (a maintainer reviews those), never merges over a
 * maintainer's push, and never merges on missing, pending or failed checks.
 */




/** The latest result per CI name (a Pagure flag is replaced per name, Forgejo statuses repeat). */
function latestPerName(results) {
    const latest = new Map();
    for (const result of results) {
        const seen = latest.get(result.name);
        const at = Number.isNaN(result.updatedAt) ? -Infinity : result.updatedAt;
        const seenAt = seen === undefined || Number.isNaN(seen.updatedAt) ? -Infinity : seen.updatedAt;
        if (seen === undefined || at >= seenAt)
            latest.set(result.name, result);
    }
    return [...latest.values()];
}
function decideMerge(input) {
    const { pr } = input;
    if (!input.releaseProposal) {
        return {
            merge: false,
            reason: 'preview',
            detail: 'a source-git PR preview: a maintainer reviews and merges it',
        };
    }
    if (pr.state !== 'open')
        return { merge: false, reason: 'not-open', detail: `the PR is ${pr.state}` };
    if (pr.headSha !== undefined && pr.headSha !== input.pushedSha) {
        return {
            merge: false,
            reason: 'head-moved',
            detail: `someone pushed on top of srcgit's commit ${input.pushedSha.slice(0, 12)} (head ${pr.headSha.slice(0, 12)}); left to the maintainers`,
        };
    }
    const checks = latestPerName(input.results.filter((r) => r.commit === undefined || r.commit === input.pushedSha));
    if (checks.length === 0)
        return { merge: false, reason: 'no-checks', detail: 'no CI result on the PR head yet' };
    const failed = checks.filter((c) => c.state !== 'success' && c.state !== 'pending');
    if (failed.length > 0) {
        return {
            merge: false,
            reason: 'failed',
            detail: `checks not green: ${failed.map((c) => `${c.name} ${c.state}`).join(', ')}`,
        };
    }
    const pending = checks.filter((c) => c.state === 'pending');
    if (pending.length > 0) {
        return {
            merge: false,
            reason: 'pending',
            detail: `checks pending: ${pending.map((c) => c.name).join(', ')}`,
        };
    }
    if (input.mergeable === false) {
        return { merge: false, reason: 'conflicts', detail: 'the forge reports conflicts with the target branch' };
    }
    return { merge: true };
}
/**
 * The opt-in merge: srcgit's own open release proposals whose head is srcgit's commit and whose
 * checks passed are merged; everything else is held with the reason. Previews never. A permission
 * refusal is `refused` (the run fails); nothing else is changed.
 */
async function mergeReadyPullRequests(options) {
    const { distGit } = options;
    const open = options.pullRequests.filter(({ pr }) => pr.state === 'open');
    if (open.length === 0)
        return [];
    const bot = await distGit.whoami();
    const ours = open.filter(({ pr }) => pr.author.toLowerCase() === bot.toLowerCase());
    if (ours.length === 0)
        return [];
    const dir = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .makeTempDir */ .mk)('srcgit-merge-');
    try {
        const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .TU(dir);
        await git.run(['init', '-q', '--bare']);
        const reports = [];
        for (const { pr, marker, branch } of ours) {
            try {
                reports.push(await mergeOne(options, git, { pr, marker, branch }));
            }
            catch (error) {
                reports.push({ branch, url: pr.url, outcome: 'failed', reason: (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(error.message) });
            }
        }
        return reports;
    }
    finally {
        (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .removeTempDir */ .CT)(dir);
    }
}
async function mergeOne(options, git, { pr, marker, branch }) {
    const { distGit, ns, repo } = options;
    const at = { branch, url: pr.url };
    const releaseProposal = marker.pullRequest === undefined && !(0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePreviewBranch */ .k1)(pr.sourceBranch);
    const pushedSha = releaseProposal
        ? await srcgitCommitOf(git, distGit.cloneUrl(ns, repo), pr)
        : (pr.headSha ?? '');
    const decision = decideMerge({
        pr,
        releaseProposal,
        pushedSha,
        mergeable: undefined,
        results: releaseProposal ? await distGit.ciResults(ns, repo, pr) : [],
    });
    if (!decision.merge)
        return { ...at, outcome: 'held', reason: `${decision.reason}: ${decision.detail}` };
    if (options.dryRun)
        return { ...at, outcome: 'would-merge', reason: "checks passed on srcgit's commit" };
    const outcome = await distGit.mergePullRequest(ns, repo, pr.number);
    if (outcome.merged)
        return { ...at, outcome: 'merged' };
    return outcome.refused === 'permission'
        ? { ...at, outcome: 'refused', reason: (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(outcome.message) }
        : { ...at, outcome: 'held', reason: `not-mergeable: ${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(outcome.message)}` };
}
/**
 * The newest commit on the PR that srcgit made (it carries the From-source-git-commit trailer),
 * read with git from refs/pull/<n>/head, which Pagure and Forgejo both serve; '' when none is.
 */
async function srcgitCommitOf(git, cloneUrl, pr) {
    const head = `refs/srcgit/pull/${pr.number}`;
    const base = `refs/srcgit/base/${pr.number}`;
    await git.run([
        'fetch',
        '-q',
        '--no-tags',
        '--end-of-options',
        cloneUrl,
        `+refs/pull/${pr.number}/head:${head}`,
        `+refs/heads/${pr.targetBranch}:${base}`,
    ]);
    const log = await git.output([
        'log',
        '--first-parent',
        `--format=%H%x1f%(trailers:key=${_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .FROM_SOURCE_GIT_TOKEN */ .wo},valueonly,separator=%x1d)%x1e`,
        head,
        '--not',
        base,
    ]);
    for (const entry of log.split('\x1e')) {
        const [sha, trailer] = entry.trim().split('\x1f');
        if (sha && trailer?.trim())
            return sha;
    }
    return '';
}
/** One line per merge decision for logs. */
function formatMergeReport(report) {
    return `${report.branch}: ${report.url}: ${report.outcome.replace('-', ' ')}${report.reason ? ` (${report.reason})` : ''}`;
}
/** The merge decisions as output rows: merged is updated, held unchanged, refused and failed failed. */
function mergeOutcomes(reports) {
    const operation = {
        merged: 'updated',
        'would-merge': 'updated',
        held: 'unchanged',
        refused: 'failed',
        failed: 'failed',
    };
    return reports.map((r) => ({
        branch: r.branch,
        url: r.url,
        operation: operation[r.outcome],
        ...(r.outcome === 'would-merge' ? { dryRun: true } : {}),
        reason: `merge-dist-git-pr: ${r.outcome.replace('-', ' ')}${r.reason ? `: ${r.reason}` : ''}`,
    }));
}
/** The job summary's merge section; '' when merge-dist-git-pr is off or nothing was open. */
function mergeSummary(reports) {
    if (reports.length === 0)
        return '';
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return [
        '### merge-dist-git-pr',
        '',
        '| branch | pull request | merge | why |',
        '| --- | --- | --- | --- |',
        ...reports.map((r) => `| ${r.branch} | ${r.url} | ${r.outcome.replace('-', ' ')} | ${cell(r.reason ?? '')} |`),
        '',
    ].join('\n');
}
/** The refused and failed merges: the run fails on them. */
function mergeFailures(reports) {
    return (reports ?? []).filter((r) => r.outcome === 'refused' || r.outcome === 'failed');
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

/***/ 78329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ failedOutputs),
/* harmony export */   MR: () => (/* binding */ runOutputs),
/* harmony export */   Np: () => (/* binding */ runFailed),
/* harmony export */   RI: () => (/* binding */ branchLabel),
/* harmony export */   ke: () => (/* binding */ formatOutcome),
/* harmony export */   xS: () => (/* binding */ operationText),
/* harmony export */   yo: () => (/* binding */ markdownSummary)
/* harmony export */ });
/* unused harmony exports MAX_DIFF_CHARS, summaryOf */
const PRECEDENCE = ['failed', 'skipped', 'created', 'updated', 'closed', 'unchanged'];
function runOutputs(result) {
    const list = result.outcomes.map((o) => ({
        ...(o.package ? { package: o.package } : {}),
        branch: o.branch,
        url: o.url ?? null,
        operation: o.operation,
        reason: o.reason ?? null,
    }));
    const operation = PRECEDENCE.find((op) => result.outcomes.some((o) => o.operation === op)) ?? 'unchanged';
    return { 'pull-requests': JSON.stringify(list), version: result.version, operation };
}
/** Outputs of a run that failed before any branch was reached. */
function failedOutputs(version) {
    return { 'pull-requests': '[]', version: version ?? '', operation: 'failed' };
}
/** One line per branch for logs: `rawhide: created <url> (reason)`; `pkg rawhide: ...` with several packages. */
function formatOutcome(o) {
    return `${branchLabel(o)}: ${operationText(o)}${o.url ? ` ${o.url}` : ''}${o.reason ? ` (${o.reason})` : ''}`;
}
const PLANNED = {
    created: 'would create',
    updated: 'would update',
    closed: 'would close',
};
/** The operation as people read it: a dry run's "would create" rather than "created". */
function operationText(o) {
    return (o.dryRun && PLANNED[o.operation]) || o.operation;
}
/** Diffs longer than this are cut (GitHub caps a step summary at 1 MiB). */
const MAX_DIFF_CHARS = 60_000;
const ICON = {
    created: '🆕',
    updated: '🔄',
    unchanged: '✅',
    skipped: '⏭️',
    failed: '❌',
    closed: '🚪',
};
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The job summary: a table of branches, then per proposal its diffstat and diff. */
function markdownSummary(result, mode) {
    return summaryOf(`srcgit propose-downstream: ${result.tag} (version ${result.version})`, result, mode);
}
/** The same summary under another heading (previews of source-git pull requests). */
function summaryOf(heading, result, mode) {
    const lines = [
        `## ${heading}${mode ? `, ${mode}` : ''}`,
        '',
        '| branch | operation | pull request | reason |',
        '| --- | --- | --- | --- |',
    ];
    for (const o of result.outcomes)
        lines.push(row(o));
    for (const p of result.proposals) {
        const diff = p.diff.length > MAX_DIFF_CHARS
            ? `${p.diff.slice(0, MAX_DIFF_CHARS)}\n... (${p.diff.length - MAX_DIFF_CHARS} more characters; see the pull request)`
            : p.diff;
        lines.push('', `### ${branchLabel(p)}: ${p.title}`, '', '```', p.diffstat.trimEnd(), '```', '', '<details><summary>dist-git diff</summary>', '', 
        // A fence longer than any backtick run in the diff keeps it one block.
        fence(diff) + 'diff', diff.trimEnd(), fence(diff), '', '</details>');
    }
    return lines.join('\n') + '\n';
}
/** The branch, with its package when a run proposes to several. */
function branchLabel(o) {
    return o.package ? `${o.package} ${o.branch}` : o.branch;
}
function row(o) {
    return `| ${cell(branchLabel(o))} | ${ICON[o.operation]} ${operationText(o)} | ${o.url ? `[${prLabel(o.url)}](${o.url})` : ''} | ${cell(o.reason ?? '')} |`;
}
/** `#<n>` for a dist-git PR URL, Pagure's `/pull-request/<n>` or Forgejo's `/pulls/<n>`; else the URL. */
function prLabel(url) {
    const number = /\/(?:pull-request|pulls)\/(\d+)$/.exec(url)?.[1];
    return number ? `#${number}` : url;
}
function fence(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    return '`'.repeat(longest + 1);
}
/** A run failed when a branch failed, or when branches were left to someone else's commits and nothing else happened. */
function runFailed(outcomes, force) {
    if (outcomes.some((o) => o.operation === 'failed'))
        return true;
    const blocked = outcomes.some((o) => o.operation === 'skipped' && o.reason?.startsWith('branch modified by'));
    const acted = outcomes.some((o) => o.operation === 'created' || o.operation === 'updated');
    return blocked && !acted && !force;
}


/***/ }),

/***/ 38085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m7: () => (/* binding */ afterProposing),
  k$: () => (/* binding */ formatMirrored),
  eu: () => (/* binding */ syncStatus),
  sm: () => (/* binding */ syncStatusOutputs)
});

// UNUSED EXPORTS: parsePullRequestUrl, statusBranch, statusesAfterProposing, syncStatusSummary, waitForChecks

// EXTERNAL MODULE: ./build/bundle-src/config/index.js + 8 modules
var bundle_src_config = __webpack_require__(5537);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/messages.js
var messages = __webpack_require__(5996);
// EXTERNAL MODULE: ./build/bundle-src/forges/dist-git/select.js + 5 modules
var dist_git_select = __webpack_require__(1404);
// EXTERNAL MODULE: ./build/bundle-src/http/client.js
var client = __webpack_require__(89224);
// EXTERNAL MODULE: ./build/bundle-src/status/platform.js
var platform = __webpack_require__(50206);
;// CONCATENATED MODULE: ./build/bundle-src/status/desired.js
/**
 * The statuses a source-git commit should show for the dist-git pull requests made from it:
 * one per CI system that flagged a PR (`<branch>/<CI name>`, e.g. `rawhide/Zuul`) and one for
 * the PR itself (`srcgit/<branch>`: open, merged, or closed unmerged).
 *
 * Flags live on the PR's head commit (reference §1.5), so after a new push to the PR branch (a
 * maintainer's commit, a forced rerun) the list starts empty although the source-git commit is
 * the same. So every mirrored flag says which dist-git head it is for, at the end of its
 * description (`Build succeeded. (dist-git 1a2b3c4d)`), and a status of ours whose CI system has
 * not flagged the current head goes back to pending ("no result yet for the current head").
 * The head is in the description, not derived from elsewhere: it tells readers which dist-git
 * commit the verdict is about, and it marks the status as one srcgit mirrored (a `rawhide/...`
 * status without it is someone else's and stays as it is).
 *
 * A PR that srcgit updated with a newer source-git commit remembers the older ones in its marker
 * (`superseded`); their `srcgit/<branch>`, pending for this PR, is settled as superseded.
 */


/** Context of the status mirroring one CI system's flag on a branch's PR. */
function flagContext(branch, ciName) {
    return `${branch}/${ciName}`;
}
/** Context of the status showing the state of a branch's dist-git PR. */
function prContext(branch) {
    return `srcgit/${branch}`;
}
/** `#12` from the PR number or a `.../pull-request/12` (Pagure), `.../pulls/12` (Forgejo) URL; empty when neither gives one. */
function prNumber(url, id) {
    if (id !== undefined)
        return `#${id}`;
    const match = url ? /\/(?:pull-request|pulls)\/(\d+)(?:[/?#]|$)/.exec(url) : null;
    return match ? `#${match[1]}` : '';
}
function prName(number) {
    return number ? `dist-git PR ${number}` : 'dist-git PR';
}
/** Epoch seconds; unreadable dates (NaN) sort first. */
function epoch(seconds) {
    return Number.isFinite(seconds) ? seconds : -Infinity;
}
/**
 * The newest result of each CI system: results are grouped by name (Pagure flag username,
 * Forgejo status context; trimmed, case ignored: one CI system), the newest by update time,
 * then creation time, then the later in the list (Pagure lists oldest update first). Results
 * without a name are dropped. Ordered by CI name (case ignored) for stable output.
 */
function latestResults(results) {
    const newest = new Map();
    for (const result of results) {
        const name = result.name?.trim();
        if (!name)
            continue;
        const key = name.toLowerCase();
        const seen = newest.get(key);
        if (!seen || !isNewer(seen, result))
            newest.set(key, result);
    }
    return [...newest.values()].sort((a, b) => compareText(a.name.trim(), b.name.trim()));
}
/** True when `a` is strictly newer than `b`; on a tie the later one in the list wins. */
function isNewer(a, b) {
    const updated = epoch(a.updatedAt) - epoch(b.updatedAt);
    if (updated !== 0 && !Number.isNaN(updated))
        return updated > 0;
    const created = epoch(a.createdAt) - epoch(b.createdAt);
    if (created !== 0 && !Number.isNaN(created))
        return created > 0;
    return false;
}
/** Case-insensitive order, the same on every machine (no locale); names are unique once lowercased. */
function compareText(a, b) {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
}
/** The `srcgit/<branch>` status for a PR in the given state. */
function prStateStatus(branch, url, state, id) {
    const name = prName(prNumber(url, id));
    const context = prContext(branch);
    switch (state) {
        case 'open':
            return { context, state: 'pending', description: openDescription(name), targetUrl: url };
        case 'merged':
            return { context, state: 'success', description: `${name} merged`, targetUrl: url };
        case 'closed':
            return { context, state: 'failure', description: `${name} was closed without merging`, targetUrl: url };
        default:
            throw new RangeError(`unknown pull request state ${JSON.stringify(state)} for ${url}: expected open, merged or closed`);
    }
}
/** Same words whether written right after proposing or by a later sync, so the sync writes nothing. */
function openDescription(name) {
    return `${name} open, waiting for review and merge`;
}
/** `(dist-git 1a2b3c4d)`: the dist-git head a mirrored result is for, at the end of its description. */
function headSuffix(head) {
    return `(dist-git ${(0,messages/* shortCommit */.Ax)(head)})`;
}
/** The short dist-git head a description ends with (see {@link headSuffix}); undefined when none. */
function mirroredHead(description) {
    return /\(dist-git ([0-9a-f]{7,64})\)$/.exec((0,platform/* oneLine */.TN)(description ?? ''))?.[1];
}
/** Description of a CI system's status while the current dist-git head has no flag of it. */
const NO_RESULT_YET = 'no result yet for the current head';
/**
 * Everything the source-git commit should show for one dist-git PR: a status per CI system
 * (newest flag each; state from the flag, description = its comment then the head it is for,
 * link = its URL), then, given what the commit shows, pending "no result yet" for each
 * `<branch>/<CI>` status srcgit mirrored from an earlier head whose CI system has not flagged
 * the current one (linking to the PR), then the `srcgit/<branch>` status for the PR's own state.
 */
function desiredStatuses(pr, shown) {
    const latest = latestResults(pr.results);
    const flags = latest.map((result) => {
        const status = {
            context: flagContext(pr.branch, result.name.trim()),
            state: result.state,
            description: warningText(result),
            targetUrl: result.url,
        };
        const head = result.commit || pr.head;
        if (head)
            status.suffix = headSuffix(head);
        return status;
    });
    // Results are read after the PR: when a push came in between, their commit is the newer head.
    const head = latest.find((result) => result.commit)?.commit || pr.head;
    const stale = shown && head ? staleFlagStatuses(pr, head, flags, shown) : [];
    return [...flags, ...stale, prStateStatus(pr.branch, pr.url, pr.state, pr.id)];
}
/**
 * A result's description; a Forgejo warning, which GitHub and GitLab show as a failure, says
 * it was a warning.
 */
function warningText(result) {
    const text = result.description ?? '';
    if (result.state !== 'warning' || /^warning\b/i.test(text.trim()))
        return text;
    return text.trim() ? `warning: ${text}` : 'warning';
}
/** Pending "no result yet" for the `<branch>/<CI>` statuses of ours that no current flag covers. */
function staleFlagStatuses(pr, head, flags, shown) {
    const key = (context) => (0,platform/* contextKey */.hx)(shown.platform, context);
    const prefix = key(flagContext(pr.branch, ''));
    const covered = new Set([...flags.map((s) => key(s.context)), key(prContext(pr.branch))]);
    const stale = [];
    for (const status of shown.statuses) {
        const context = key(status.context);
        if (!context.startsWith(prefix) || covered.has(context))
            continue;
        if (mirroredHead(status.description) === undefined)
            continue; // not a status srcgit mirrored
        covered.add(context);
        stale.push({
            context: status.context,
            state: 'pending',
            description: NO_RESULT_YET,
            suffix: headSuffix(head),
            targetUrl: pr.url,
        });
    }
    return stale;
}
/**
 * The `srcgit/<branch>` status of a source-git commit proposed earlier in a PR that now carries
 * `by`: canceled (GitHub shows error, GitLab canceled, as for a CI run canceled by a newer one)
 * "superseded by <by> in dist-git PR #N", linking to the PR. Only a commit still showing this
 * PR's in-progress status gets it: nothing is added to commits that show something else (another
 * PR's status, a failure saying why it was not proposed, or none at all).
 */
function supersededStatuses(pr, by, shown) {
    const context = prContext(pr.branch);
    const current = shown.statuses.find((s) => (0,platform/* contextKey */.hx)(shown.platform, s.context) === (0,platform/* contextKey */.hx)(shown.platform, context));
    if (!current || current.targetUrl?.trim() !== pr.url.trim())
        return [];
    const superseded = {
        context,
        state: 'canceled',
        description: `superseded by ${(0,messages/* shortCommit */.Ax)(by)} in ${prName(prNumber(pr.url, pr.id))}`,
        targetUrl: pr.url,
    };
    const state = current.state.toLowerCase();
    const settled = (0,platform/* oneLine */.TN)(current.description ?? '') === superseded.description;
    return state === 'pending' || state === 'running' || settled ? [superseded] : [];
}
/**
 * The `srcgit/<branch>` status to set right after proposing, or undefined for none:
 * - created / updated / unchanged with a PR: pending "dist-git PR #N open ..." linking to it
 *   (the very status a later sync of the open PR computes);
 * - failed: error "srcgit could not propose: <reason>" linking to the run (else the PR): the
 *   change was not judged, srcgit did not get that far;
 * - skipped and `blocked`: failure "not proposed: <reason>", linking to the PR if any;
 * - other skips (already up to date, newer version, dry run), `closed` (a preview closed with
 *   its source-git PR) and anything without a PR: none; nothing new was proposed for this
 *   commit, and whatever it shows stays.
 * Descriptions are cut to the platform's limit when written.
 */
function proposedStatus(outcome, options = {}) {
    const { branch, operation, url, reason } = outcome;
    const context = prContext(branch);
    const why = reason?.trim() || 'no reason given';
    switch (operation) {
        case 'created':
        case 'updated':
        case 'unchanged':
            return url ? prStateStatus(branch, url, 'open') : undefined;
        case 'failed': {
            const status = {
                context,
                state: 'error',
                description: `srcgit could not propose: ${why}`,
            };
            const link = options.runUrl ?? url;
            if (link)
                status.targetUrl = link;
            return status;
        }
        case 'skipped': {
            if (!options.blocked)
                return undefined;
            const status = { context, state: 'failure', description: `not proposed: ${why}` };
            if (url)
                status.targetUrl = url;
            return status;
        }
        case 'closed':
            return undefined;
        default:
            throw new RangeError(`unknown operation ${JSON.stringify(operation)} for branch ${branch}`);
    }
}

// EXTERNAL MODULE: ./build/bundle-src/status/sink.js + 1 modules
var status_sink = __webpack_require__(85348);
// EXTERNAL MODULE: ./build/bundle-src/jobs/merge-gate-sync.js + 1 modules
var merge_gate_sync = __webpack_require__(20462);
// EXTERNAL MODULE: ./build/bundle-src/jobs/report.js
var report = __webpack_require__(78329);
// EXTERNAL MODULE: ./build/bundle-src/jobs/merge-dist-git-pr.js
var merge_dist_git_pr = __webpack_require__(55728);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/sync-status.js
/**
 * Mirrors the downstream results back: for every dist-git pull request srcgit opened from this
 * source-git repository (recognised by the marker in its description), the CI results of its
 * head (Pagure flags, Forgejo commit statuses) become commit statuses on the source-git commit it was made from, plus `srcgit/<branch>`
 * for the PR's own state; the source-git commits the PR carried before (its marker remembers
 * them) get their pending `srcgit/<branch>` settled as superseded. Stateless and idempotent:
 * everything comes from the dist-git forge and the statuses already there, and only what differs is written.
 */









const DAY_SECONDS = 24 * 60 * 60;
/** The PR state as logs and summaries show it. */
const STATE_WORDS = { open: 'Open', merged: 'Merged', closed: 'Closed' };
async function syncStatus(options) {
    const config = await (0,bundle_src_config/* loadConfig */.Z9)(options.sourceGit, { configFile: options.configFile });
    // The packages srcgit proposes to (each propose_downstream job view's dist-git repository).
    const { views } = (0,bundle_src_config/* jobViews */.o8)(config, bundle_src_config/* PROPOSE_DOWNSTREAM */.WZ, options.packageName);
    const packages = new Map();
    for (const { pkg } of views.length > 0 ? views : Object.values(config.packages).map((pkg) => ({ pkg })))
        if (!packages.has(pkg.downstream_package_name))
            packages.set(pkg.downstream_package_name, pkg);
    const several = packages.size > 1;
    const result = { pullRequests: [], notes: [], merges: [] };
    for (const pkg of packages.values()) {
        const gate = (0,merge_gate_sync/* gateSetup */.dx)(config, pkg.downstream_package_name, { http: options.http });
        const one = await syncPackage(options, pkg, several, gate);
        result.pullRequests.push(...one.pullRequests);
        result.notes.push(...one.notes);
        result.merges.push(...(one.merges ?? []));
    }
    return result;
}
/** The statuses of one package's srcgit PRs; with several packages, contexts name the package. */
async function syncPackage(options, pkg, several, gate) {
    const instanceUrl = (options.instanceUrl ?? pkg.dist_git_base_url).replace(/\/+$/, '');
    const distGit = await (0,dist_git_select/* openDistGitForge */.U)({
        instanceUrl,
        token: options.token,
        http: options.http ?? new client/* HttpClient */.Q(),
        choice: options.forgeKind ?? pkg.dist_git_forge,
    });
    const ns = pkg.dist_git_namespace;
    const repo = pkg.downstream_package_name;
    const ours = options.repositoryUrl ? (0,messages/* normalizeGitUrl */.C0)(options.repositoryUrl)?.toLowerCase() : undefined;
    const cutoff = (options.now ?? new Date()).getTime() / 1000 - (options.closedWithinDays ?? 14) * DAY_SECONDS;
    const candidates = (await distGit.pullRequests(ns, repo, { state: 'all', author: options.author }))
        .map((pr) => ({ pr, marker: (0,messages/* parsePrMarker */.A1)(pr.description) }))
        .filter(({ pr, marker }) => {
        if (!marker?.commit)
            return false;
        if (ours && marker.sourceGit && (0,messages/* normalizeGitUrl */.C0)(marker.sourceGit)?.toLowerCase() !== ours)
            return false;
        return pr.state === 'open' || pr.updatedAt >= cutoff;
    });
    const notes = [];
    if (candidates.length === 0)
        notes.push(`no srcgit pull request on ${ns}/${repo} for this repository needs its statuses mirrored`);
    const pullRequests = [];
    // Per source-git commit and branch the newest PR has the last word (e.g. a PR closed, then
    // proposed again from the same commit): mirroring the older one too would undo it every run.
    const newest = new Map();
    const later = (a, b) => a.createdAt - b.createdAt || a.number - b.number;
    for (const { pr, marker } of candidates) {
        const key = `${marker.commit.toLowerCase()}\0${pr.targetBranch}`;
        const seen = newest.get(key);
        if (!seen || later(pr, seen) > 0)
            newest.set(key, pr);
    }
    const urlOf = (pr) => pr.url;
    for (const { pr, marker } of candidates.reverse()) {
        const commit = marker.commit;
        const url = urlOf(pr);
        const branch = statusBranch(pr.targetBranch, several ? repo : undefined);
        const entry = {
            branch,
            url,
            status: STATE_WORDS[pr.state],
            commit,
            written: [],
            held: [],
            superseded: [],
            unsettled: [],
        };
        pullRequests.push(entry);
        const last = newest.get(`${commit.toLowerCase()}\0${pr.targetBranch}`);
        if (last !== pr)
            entry.shadowedBy = urlOf(last);
        else if (!(await mirrorPullRequest(options.sink, distGit, { ns, repo, pr, url, commit, branch }, entry)))
            continue;
        for (const older of marker.superseded ?? [])
            if (older.toLowerCase() !== commit.toLowerCase())
                await settleSuperseded(options.sink, { branch, url, id: pr.number }, older, commit, entry);
    }
    const merges = options.mergeDistGitPr
        ? await (0,merge_dist_git_pr/* mergeReadyPullRequests */.Nl)({
            distGit,
            ns,
            repo,
            dryRun: options.dryRun,
            pullRequests: candidates
                .filter(({ pr, marker }) => newest.get(`${marker.commit.toLowerCase()}\0${pr.targetBranch}`) === pr)
                .map(({ pr, marker }) => ({
                pr,
                marker: marker,
                branch: statusBranch(pr.targetBranch, several ? repo : undefined),
            })),
        })
        : [];
    // The merge gate of each previewed source-git PR head (merge-gate.ts).
    notes.push(...(await (0,merge_gate_sync/* syncMergeGates */.QM)(options.sink, candidates.map((c) => c.pr), gate)));
    return { pullRequests, notes, merges };
}
/** The PR's CI results and state on its source-git commit; false (the error in `entry`) when that failed. */
async function mirrorPullRequest(sink, distGit, at, entry) {
    const { pr } = at;
    try {
        const results = await distGit.ciResults(at.ns, at.repo, pr);
        const mirrored = {
            branch: at.branch,
            url: at.url,
            id: pr.number,
            state: pr.state,
            results,
            head: pr.headSha,
        };
        const plan = await (0,status_sink/* mirrorStatuses */.CI)(sink, at.commit, (shown) => desiredStatuses(mirrored, shown));
        entry.written = plan.writes.map((w) => w.context);
        entry.held = plan.held.map((h) => `${h.status.context}: ${h.reason}`);
        return true;
    }
    catch (error) {
        entry.error = error.message;
        return false;
    }
}
/**
 * The branch as statuses name it: `rawhide` (`srcgit/rawhide`, `rawhide/Zuul`), or with several
 * packages `<package>/rawhide`, so two packages' PRs to one branch do not share a context.
 */
function statusBranch(branch, pkg) {
    return pkg ? `${pkg}/${branch}` : branch;
}
/** `srcgit/<branch>` of a source-git commit the PR carried before `commit`, settled as superseded. */
async function settleSuperseded(sink, pr, older, commit, entry) {
    try {
        const plan = await (0,status_sink/* mirrorStatuses */.CI)(sink, older, (shown) => supersededStatuses(pr, commit, shown));
        if (plan.writes.length > 0)
            entry.superseded.push(older);
    }
    catch (error) {
        // Best effort: an older commit may be gone from the repository (history rewritten).
        entry.unsettled.push(`${older.slice(0, 12)}: ${error.message}`);
    }
}
/** After proposing: `srcgit/<branch>` on the source-git commit, pending with a link to each PR. */
async function statusesAfterProposing(sink, commit, outcomes, options = {}) {
    const desired = outcomes
        .map((o) => proposedStatus({ ...o, branch: statusBranch(o.branch, o.package) }, {
        runUrl: options.runUrl,
        blocked: o.operation === 'skipped' && !options.force && /^branch modified by/.test(o.reason ?? ''),
    }))
        .filter((s) => s !== undefined);
    const plan = await (0,status_sink/* mirrorStatuses */.CI)(sink, commit, desired);
    return plan.writes.map((w) => w.context);
}
/**
 * Polls the CI results of the PRs just proposed until each has at least one and none is
 * pending, or the time is up; then mirrors them. Returns whether they all became final.
 */
async function waitForChecks(options) {
    const distGit = await (0,dist_git_select/* openDistGitForge */.U)({
        instanceUrl: options.instanceUrl,
        http: options.http ?? new client/* HttpClient */.Q(),
        choice: options.forgeKind,
    });
    const prs = options.outcomes
        .filter((o) => o.url && ['created', 'updated', 'unchanged'].includes(o.operation))
        .flatMap((o) => {
        // Each PR in its own repository: a monorepo run proposes to several.
        const at = distGit.parsePullRequestUrl(o.url);
        return at ? [{ branch: statusBranch(o.branch, o.package), url: o.url, ...at }] : [];
    });
    if (prs.length === 0)
        return true;
    const deadline = Date.now() + options.timeoutMs;
    let final = false;
    let results = new Map();
    for (;;) {
        results = new Map();
        for (const pr of prs)
            results.set(pr.url, await distGit.ciResults(pr.ns, pr.repo, { number: pr.number }));
        final = [...results.values()].every((list) => list.length > 0 && list.every((r) => r.state !== 'pending'));
        const left = deadline - Date.now();
        if (final || left <= 0)
            break;
        const count = [...results.values()].flat().length;
        options.log?.(`waiting for the dist-git checks (${count} CI result${count === 1 ? '' : 's'} so far)`);
        // The last poll lands on the deadline, not a poll interval before it.
        await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollMs, left)));
    }
    await (0,status_sink/* mirrorStatuses */.CI)(options.sink, options.commit, (shown) => prs.flatMap((pr) => desiredStatuses({ branch: pr.branch, url: pr.url, id: pr.number, state: 'open', results: results.get(pr.url) ?? [] }, shown)));
    return final;
}
/**
 * Right after proposing: `srcgit/<branch>` on the source-git commit; with wait-for-checks, the
 * dist-git checks too, once final or when the time is up.
 */
async function afterProposing(options) {
    const { sink, commit, outcomes } = options;
    const written = await statusesAfterProposing(sink, commit, outcomes, options);
    if (written.length > 0)
        options.log(`commit statuses set on ${commit.slice(0, 12)}: ${written.join(', ')}`);
    if (options.waitMinutes <= 0)
        return;
    const pr = outcomes.map((o) => (o.url ? parsePullRequestUrl(o.url) : undefined)).find(Boolean);
    if (!pr)
        return;
    const wait = () => waitForChecks({
        ...pr,
        forgeKind: options.forgeKind,
        sink,
        commit,
        outcomes,
        timeoutMs: options.waitMinutes * 60_000,
        pollMs: options.pollSeconds * 1000,
        log: options.log,
    });
    const title = `Wait up to ${options.waitMinutes} min for the dist-git checks`;
    const final = options.group ? await options.group(title, wait) : await wait();
    options.log(final ? 'the dist-git checks are final and mirrored' : 'time is up; the checks so far are mirrored');
}
/**
 * Instance, namespace and repository from a dist-git PR URL: Pagure's
 * `<instance>/<ns>/<repo>/pull-request/<id>` or Forgejo's `<instance>/<ns>/<repo>/pulls/<n>`.
 */
function parsePullRequestUrl(url) {
    const match = /^(.*)\/([^/]+)\/([^/]+)\/(?:pull-request|pulls)\/\d+$/.exec(url);
    return match ? { instanceUrl: match[1], ns: match[2], repo: match[3] } : undefined;
}
/**
 * What was done for a PR, in a few words: `set main/Zuul, srcgit/main`, `unchanged`,
 * `failed: <why>`, `left to <url> ...`, and the older commits settled (`superseded 1a2b3c4d5e6f
 * settled`) or not.
 */
function mirroredText(pr) {
    if (pr.error)
        return `failed: ${pr.error}`;
    if (pr.shadowedBy)
        return `left to ${pr.shadowedBy}, newer and from the same commit`;
    const parts = [pr.written.length > 0 ? `set ${pr.written.join(', ')}` : 'unchanged'];
    if (pr.superseded.length > 0)
        parts.push(`superseded ${pr.superseded.map((sha) => sha.slice(0, 12)).join(', ')} settled`);
    if (pr.unsettled.length > 0)
        parts.push(`could not settle ${pr.unsettled.join('; ')}`);
    return parts.join('; ');
}
/** One line per PR for logs: `main: <url> (Open) -> <commit>: set main/Zuul, srcgit/main`. */
function formatMirrored(pr) {
    return `${pr.branch}: ${pr.url} (${pr.status}) -> ${pr.commit.slice(0, 12)}: ${mirroredText(pr)}${pr.held.length > 0 ? `; held: ${pr.held.join('; ')}` : ''}`;
}
/** The same outputs as the other jobs: per PR updated (statuses written), unchanged or failed. */
function syncStatusOutputs(result) {
    const outcomes = result.pullRequests.map((pr) => {
        const changed = pr.written.length > 0 || pr.superseded.length > 0;
        return {
            branch: pr.branch,
            url: pr.url,
            operation: pr.error ? 'failed' : changed ? 'updated' : 'unchanged',
            reason: pr.error ?? (changed || pr.shadowedBy || pr.unsettled.length > 0 ? mirroredText(pr) : undefined),
        };
    });
    return (0,report/* runOutputs */.MR)({ outcomes: [...outcomes, ...(0,merge_dist_git_pr/* mergeOutcomes */.ko)(result.merges ?? [])], version: '' });
}
function syncStatusSummary(result) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return [
        '## srcgit sync-status',
        '',
        '| branch | pull request | state | source-git commit | statuses set |',
        '| --- | --- | --- | --- | --- |',
        ...result.pullRequests.map((pr) => `| ${pr.branch} | ${pr.url} | ${pr.status} | ${pr.commit.slice(0, 12)} | ${pr.error ? `❌ ${cell(pr.error)}` : cell(summaryText(pr))} |`),
        '',
        ...(result.merges?.length ? [mergeSummary(result.merges)] : []),
    ].join('\n');
}
function summaryText(pr) {
    if (pr.shadowedBy || pr.superseded.length > 0 || pr.unsettled.length > 0)
        return mirroredText(pr);
    return pr.written.join(', ') || 'none (up to date)';
}


/***/ })

};
