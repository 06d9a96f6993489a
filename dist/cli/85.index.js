export const id = 85;
export const ids = [85];
export const modules = {

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
// EXTERNAL MODULE: ./build/bundle-src/jobs/report.js
var report = __webpack_require__(78329);
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
    const result = { pullRequests: [], notes: [] };
    for (const pkg of packages.values()) {
        const one = await syncPackage(options, pkg, several);
        result.pullRequests.push(...one.pullRequests);
        result.notes.push(...one.notes);
    }
    return result;
}
/** The statuses of one package's srcgit PRs; with several packages, contexts name the package. */
async function syncPackage(options, pkg, several) {
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
    return { pullRequests, notes };
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
    return (0,report/* runOutputs */.MR)({ outcomes, version: '' });
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
    ].join('\n');
}
function summaryText(pr) {
    if (pr.shadowedBy || pr.superseded.length > 0 || pr.unsettled.length > 0)
        return mirroredText(pr);
    return pr.written.join(', ') || 'none (up to date)';
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
