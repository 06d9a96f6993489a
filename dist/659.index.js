export const id = 659;
export const ids = [659];
export const modules = {

/***/ 90659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  propose: () => (/* binding */ propose),
  pullJob: () => (/* binding */ pullJob),
  statusJob: () => (/* binding */ statusJob),
  syncBackJob: () => (/* binding */ syncBackJob)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/bundle-src/jobs/propose-downstream.js + 1 modules
var propose_downstream = __webpack_require__(32660);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/tree-files.js
var tree_files = __webpack_require__(50126);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-macros.js
var branch_macros = __webpack_require__(98096);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/config/index.js + 9 modules
var bundle_src_config = __webpack_require__(76766);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/gitignore.js
var gitignore = __webpack_require__(95960);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/messages.js
var messages = __webpack_require__(5996);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/sources-file.js
var sources_file = __webpack_require__(30555);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/tag-template.js
var tag_template = __webpack_require__(35573);
// EXTERNAL MODULE: ./build/bundle-src/forges/bodhi.js
var bodhi = __webpack_require__(84065);
// EXTERNAL MODULE: ./build/bundle-src/git/git.js
var git_git = __webpack_require__(18605);
// EXTERNAL MODULE: ./build/bundle-src/runtime/resources.js + 1 modules
var resources = __webpack_require__(74227);
// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
// EXTERNAL MODULE: ./build/bundle-src/source-git/downstream.js
var downstream = __webpack_require__(74403);
// EXTERNAL MODULE: ./build/bundle-src/source-git/repo-files.js
var repo_files = __webpack_require__(33389);
// EXTERNAL MODULE: ./build/bundle-src/spec/index.js + 1 modules
var bundle_src_spec = __webpack_require__(83039);
// EXTERNAL MODULE: ./build/bundle-src/jobs/commit-identity.js
var commit_identity = __webpack_require__(72753);
// EXTERNAL MODULE: ./build/bundle-src/jobs/archive-plan.js
var archive_plan = __webpack_require__(3853);
// EXTERNAL MODULE: ./build/bundle-src/source-git/archive.js + 1 modules
var archive = __webpack_require__(21094);
// EXTERNAL MODULE: ./build/bundle-src/jobs/update-dist-git.js
var update_dist_git = __webpack_require__(48446);
// EXTERNAL MODULE: ./build/bundle-src/jobs/release-checks.js
var release_checks = __webpack_require__(74614);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/preview.js
/**
 * Previews of source-git pull requests: while a source-git PR is open, a dist-git PR from the
 * bot's fork branch `<branch>-srcgit-pr-<N>` carries what dist-git would look like with it
 * merged (spec, patches, files_to_sync, exactly as update-dist-git makes them; no version bump,
 * no changelog entry), so Fedora's CI (Zuul, rpminspect, ...) tests it. Every push to the
 * source-git PR updates the preview; closing the source-git PR closes it.
 */





















/** Makes or updates the preview of an open source-git PR on every dist-git branch. */
async function preview_previewPullRequest(options) {
    // The dist-git clone and every other temp dir of the run go when it ends, also after a failure.
    return (0,resources/* withTempScope */.LH)(() => preview(options));
}
async function preview(options) {
    const source = new git_git/* Git */.TU(options.sourceGit);
    await (0,update_dist_git/* requireCleanRepo */.he)(source, 'source-git', false);
    const { pullRequest: request } = options;
    const head = await source.tryRevParse(`${request.headSha}^{commit}`);
    if (!head)
        throw new update_dist_git/* JobError */.CR(`the head of source-git PR #${request.number} (${request.headSha.slice(0, 12)}) is not in ${options.sourceGit}; ` +
            'check out the full history (actions/checkout with fetch-depth: 0)');
    // The PR's own tree, configuration included: CI checks out a merge commit, whose first-parent
    // line is the target branch, not the PR's commits.
    const tree = (0,resources/* makeTempPath */.y9)('srcgit-pr-');
    await source.run(['worktree', 'prune']);
    await source.run(['worktree', 'add', '-q', '--detach', tree, head]);
    const archives = [];
    try {
        const configFile = options.configFile
            ? external_node_path_.join(tree, external_node_path_.relative(options.sourceGit, external_node_path_.resolve(options.sourceGit, options.configFile)))
            : undefined;
        // Named as the repository is, not as the temporary worktree of the PR head.
        const config = await (0,bundle_src_config/* loadConfig */.Z9)(tree, { configFile, repoName: await (0,bundle_src_config/* repositoryName */.aR)(options.sourceGit) });
        const selection = (0,bundle_src_config/* jobViews */.o8)(config, bundle_src_config/* PROPOSE_DOWNSTREAM */.WZ, options.packageName);
        const packages = [...new Set(selection.views.map((v) => v.pkg.downstream_package_name))];
        const several = packages.length > 1;
        if (several && options.distGit)
            throw (0,propose_downstream/* oneWorkTreeForSeveral */.Rh)(packages);
        const results = [];
        for (const view of selection.views) {
            const result = await previewView({ options, view, source, tree, configFile, head, archives });
            if (several)
                for (const item of [...result.outcomes, ...result.proposals])
                    item.package = view.pkg.downstream_package_name;
            results.push(result);
        }
        return {
            pullRequest: request.number,
            sourceGitCommit: head,
            proposals: results.flatMap((r) => r.proposals),
            outcomes: results.flatMap((r) => r.outcomes),
            notes: [
                ...selection.notes,
                ...(selection.defaultJobsNote && !options.branches?.length ? [selection.defaultJobsNote] : []),
                ...results.flatMap((r) => r.notes),
            ],
        };
    }
    finally {
        await Promise.all(archives.map((a) => a.dispose()));
        await source.run(['worktree', 'remove', '--force', tree], { allowFailure: true });
        (0,resources/* removeTempDir */.CT)(tree);
    }
}
/** The preview of the PR for one package's propose_downstream job view, on each of its branches. */
async function previewView(input) {
    const { options, view, source, tree, configFile, head } = input;
    const { pkg } = view;
    const request = options.pullRequest;
    if (!pkg.upstream_ref)
        throw new update_dist_git/* JobError */.CR(`${pkg.config_file_path} has no upstream_ref: pull request previews are for source-git repositories, ` +
            'where upstream_ref names the upstream release the downstream commits sit on');
    const prSource = source.at(tree);
    const upstream = await (0,downstream/* resolveUpstreamRef */.ZZ)(prSource, pkg.upstream_ref);
    await (0,release_checks/* requireNoUpstreamReleaseInRange */.p6)(prSource, pkg, upstream, head);
    if (pkg.specfile_path) {
        const spec = bundle_src_spec/* SpecFile */.An.parse(await (0,repo_files/* readRepoFile */.v6)(prSource, pkg.specfile_path), {
            fileName: pkg.specfile_path,
        });
        const mismatch = (0,release_checks/* specVersionMismatch */.wE)(spec, pkg.specfile_path, pkg);
        if (mismatch)
            throw new update_dist_git/* JobError */.CR(mismatch);
    }
    const upstreamVersion = (0,tag_template/* tagToVersion */.ar)(pkg.upstream_tag_template, pkg.upstream_ref, pkg.upstream_package_name);
    const archives = new propose_downstream/* Archives */.m$(prSource, upstream, (0,propose_downstream/* archivePrefix */.pY)(pkg, upstreamVersion ?? ''));
    input.archives.push(archives);
    const connection = await (0,propose_downstream/* connectForge */.Ww)(options.forge, pkg, options.instanceUrl);
    const { http, instanceUrl } = connection;
    const branches = await (0,propose_downstream/* branchesFor */.I7)(pkg, options.branches, http, options.bodhiUrl ?? bodhi/* DEFAULT_BODHI_URL */.Xr);
    const dist = await (0,propose_downstream/* distGitWorkTree */.Wx)(options.distGit, instanceUrl, pkg);
    const remote = await source.run(['remote', 'get-url', 'origin'], { allowFailure: true });
    const sourceGitUrl = remote.code === 0 ? (0,secrets/* withoutUrlCredentials */.el)(remote.stdout.trim()) : undefined;
    const proposals = [];
    const ready = [];
    const outcomes = [];
    for (const branch of branches) {
        try {
            const made = await previewBranch({
                options,
                view,
                pkg,
                prSource,
                tree,
                configFile,
                dist,
                branch,
                head,
                archives,
                upstreamVersion,
                sourceGitUrl,
            });
            if ('operation' in made)
                outcomes.push(made);
            else {
                proposals.push(made.proposal);
                ready.push(made.ready);
            }
        }
        catch (error) {
            // With a forge one branch failing does not stop the others; locally the error is the answer.
            if (!options.forge)
                throw error;
            outcomes.push({ branch, operation: 'failed', reason: error.message });
        }
    }
    const settled = await (0,propose_downstream/* publishOrKeep */.kv)(options.forge, connection, dist, pkg, ready);
    return {
        pullRequest: request.number,
        sourceGitCommit: head,
        proposals,
        outcomes: (0,propose_downstream/* sortLike */.qz)(branches, [...outcomes, ...settled.outcomes]),
        notes: settled.notes,
    };
}
async function previewBranch(input) {
    const { options, dist, branch, head } = input;
    const request = options.pullRequest;
    const base = (await dist.tryRevParse(`refs/heads/${branch}`)) ??
        (await dist.tryRevParse(`refs/remotes/origin/${branch}`));
    if (!base)
        throw new update_dist_git/* JobError */.CR(`dist-git ${dist.dir} has no branch "${branch}"`);
    const prBranch = (0,messages/* previewBranchName */.yM)(branch, request.number);
    const branchBefore = await dist.tryRevParse(`refs/heads/${prBranch}`);
    const work = (0,resources/* makeTempPath */.y9)('srcgit-preview-');
    // A run that was killed leaves its worktree registered, holding prBranch: forget it first.
    await dist.run(['worktree', 'prune']);
    await dist.run(['worktree', 'add', '-q', '-B', prBranch, work, base]);
    let succeeded = false;
    try {
        const synced = await (0,update_dist_git/* updateDistGit */.GE)({
            sourceGit: input.tree,
            distGit: work,
            configFile: input.configFile,
            view: input.view,
            author: options.author,
        });
        if (synced.status === 'nothing-to-do') {
            succeeded = true;
            return {
                branch,
                operation: 'unchanged',
                reason: `${branch} already has the content of source-git PR #${request.number}`,
            };
        }
        const archive = await archiveFor(input, work);
        const wt = dist.at(work);
        await wt.run(['add', '-A']);
        const identities = await (0,commit_identity/* commitIdentities */.i)(input.prSource, options.author);
        await wt.run(['commit', '-q', '-F', '-'], {
            input: (0,messages/* previewCommitMessage */.hq)({ pullRequest: request.number, title: request.title, headCommit: head }),
            env: identities.env,
        });
        const commit = (await wt.tryRevParse('HEAD'));
        const [diffstat, diff] = await Promise.all([
            wt.output(['diff', '--stat', base, commit]),
            wt.output(['diff', '--no-color', base, commit]),
        ]);
        const title = (0,messages/* previewTitle */.Vf)(request.number, request.title);
        const description = (0,messages/* previewDescription */.$Q)({
            pullRequest: request.number,
            title: request.title,
            url: request.url,
            sourceGitUrl: input.sourceGitUrl,
            headCommit: head,
            branch,
        });
        succeeded = true;
        return {
            proposal: {
                branch,
                prBranch,
                base,
                commit,
                diffstat,
                diff,
                title,
                description,
                archive: archive?.path ?? '',
                archiveSha512: archive?.sha512 ?? '',
                notes: synced.notes, // its missing-archive warning does not apply: archiveFor adds the archive
            },
            ready: { branch, prBranch, base, commit, title, description, archive },
        };
    }
    finally {
        await dist.run(['worktree', 'remove', '--force', work], { allowFailure: true });
        (0,resources/* removeTempDir */.CT)(work);
        if (!succeeded)
            await dist.run(branchBefore ? ['branch', '-f', prBranch, branchBefore] : ['branch', '-D', prBranch], {
                allowFailure: true,
            });
    }
}
/**
 * The archive, when the synced spec names one that `sources` lacks (the PR rebases onto a new
 * upstream release): made from upstream_ref, added to `sources` and `.gitignore`. Undefined when
 * `sources` already has it, or when the spec's Source cannot be expanded (nothing to check).
 */
async function archiveFor(input, work) {
    const { pkg } = input;
    const specName = `${pkg.downstream_package_name}.spec`;
    const predefined = (0,branch_macros/* branchMacros */.e)(input.branch, { parseTimeMacros: pkg.parse_time_macros });
    const spec = bundle_src_spec/* SpecFile */.An.parse((0,tree_files/* readTreeFile */.x)(external_node_path_.join(work, specName)) ?? '', {
        fileName: specName,
        predefined,
    });
    const name = (0,archive_plan/* archiveFileName */.Gm)(spec, pkg)?.name;
    // Nothing srcgit can make (a .gem, a single file): nothing to upload, as in propose-downstream.
    if (name === undefined || !(0,archive/* archiveCompression */.FW)(name))
        return undefined;
    const sourcesPath = external_node_path_.join(work, 'sources');
    const sourcesText = (0,tree_files/* readTreeFile */.x)(sourcesPath) ?? '';
    if ((0,sources_file/* parseSourcesFile */.eE)(sourcesText).entries.some((e) => e.filename === name))
        return undefined;
    if (input.upstreamVersion === undefined)
        throw new update_dist_git/* JobError */.CR(`${specName} names the archive ${name}, which dist-git's sources file does not list, and upstream_ref ` +
            `"${pkg.upstream_ref}" does not match upstream_tag_template "${pkg.upstream_tag_template}", so srcgit cannot tell its version to make it`);
    const built = await input.archives.get(name);
    const base = await committedSpec(input.dist, work, specName, predefined);
    const old = base && (0,archive_plan/* archiveFileName */.Gm)(base, pkg);
    const replaceNames = old ? [old.name] : [];
    (0,tree_files/* writeTreeFile */.a)(sourcesPath, (0,sources_file/* updateSourcesFile */.qq)(sourcesText, [{ filename: name, hash: built.sha512 }], { replaceNames }).text);
    const gitignorePath = external_node_path_.join(work, '.gitignore');
    (0,tree_files/* writeTreeFile */.a)(gitignorePath, (0,gitignore/* addGitignoreEntries */.Y)((0,tree_files/* readTreeFile */.x)(gitignorePath) ?? '', [name]).text);
    return { path: built.file, sha512: built.sha512 };
}
/** The spec as the target branch has it (before the sync), if any. */
async function committedSpec(dist, work, specName, predefined) {
    const shown = await dist.at(work).run(['show', `HEAD:${specName}`], { allowFailure: true });
    return shown.code === 0 ? bundle_src_spec/* SpecFile */.An.parse(shown.stdout, { fileName: specName, predefined }) : undefined;
}
/**
 * Closes the open previews of a source-git PR that was closed or merged, on every branch: the
 * bot's PRs from `<branch>-srcgit-pr-<N>`, whatever branches are configured now.
 */
async function closePreviews(options) {
    const { number, merged, url } = options.pullRequest;
    const config = await (0,bundle_src_config/* loadConfig */.Z9)(options.sourceGit, { configFile: options.configFile });
    const { pkg } = (0,update_dist_git/* pickPackage */.Cs)(config, options.packageName);
    const { distGit, forkUser } = await (0,propose_downstream/* connectForge */.Ww)(options.forge, pkg);
    if (!options.forge || !distGit || !forkUser)
        return {
            pullRequest: number,
            proposals: [],
            outcomes: [],
            notes: [`no dist-git token: the previews of source-git PR #${number} were left as they are`],
        };
    const ns = pkg.dist_git_namespace;
    const repo = pkg.downstream_package_name;
    const previews = (await distGit.pullRequests(ns, repo, { state: 'open', author: forkUser }))
        .filter((pr) => pr.sourceOwner === forkUser && (0,messages/* parsePreviewBranch */.k1)(pr.sourceBranch)?.pullRequest === number)
        .sort((a, b) => a.number - b.number);
    const outcomes = [];
    for (const pr of previews)
        outcomes.push(await closeOne(distGit, ns, repo, pr, { number, merged, url, dryRun: options.forge.dryRun ?? false }));
    // The commit the previews were made from gets the merge gate (failure: closed unmerged), when they agree on one.
    const commits = new Set(previews.map((pr) => (0,messages/* parsePrMarker */.A1)(pr.description)?.commit?.toLowerCase()));
    const [commit] = commits;
    return {
        pullRequest: number,
        ...(commits.size === 1 && commit ? { sourceGitCommit: commit } : {}),
        proposals: [],
        outcomes,
        notes: previews.length === 0 ? [`source-git PR #${number} has no open preview`] : [],
    };
}
async function closeOne(distGit, ns, repo, pr, source) {
    const base = { branch: pr.targetBranch, url: pr.url };
    const what = `source-git PR ${source.url ? `[#${source.number}](${source.url})` : `#${source.number}`}`;
    if (source.dryRun)
        return { ...base, operation: 'closed', dryRun: true, reason: 'dry run: nothing was closed' };
    try {
        await distGit.comment(ns, repo, pr.number, source.merged
            ? `${what} was merged; this preview is closed. The change reaches dist-git with the next release proposed by srcgit.`
            : `${what} was closed without merging; this preview is closed too.`);
        await distGit.closePullRequest(ns, repo, pr.number);
        return {
            ...base,
            operation: 'closed',
            reason: source.merged ? 'source-git PR merged' : 'source-git PR closed',
        };
    }
    catch (error) {
        return { ...base, operation: 'failed', reason: error.message };
    }
}

// EXTERNAL MODULE: ./build/bundle-src/jobs/merge-gate-sync.js + 1 modules
var merge_gate_sync = __webpack_require__(20462);
// EXTERNAL MODULE: ./build/bundle-src/forges/dist-git/select.js + 5 modules
var dist_git_select = __webpack_require__(1404);
// EXTERNAL MODULE: ./build/bundle-src/http/client.js
var http_client = __webpack_require__(89224);
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
;// CONCATENATED MODULE: ./build/bundle-src/jobs/merge-dist-git-pr.js
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
    const dir = (0,resources/* makeTempDir */.mk)('srcgit-merge-');
    try {
        const git = new git_git/* Git */.TU(dir);
        await git.run(['init', '-q', '--bare']);
        const reports = [];
        for (const { pr, marker, branch } of ours) {
            try {
                reports.push(await mergeOne(options, git, { pr, marker, branch }));
            }
            catch (error) {
                reports.push({ branch, url: pr.url, outcome: 'failed', reason: (0,secrets/* redact */.E$)(error.message) });
            }
        }
        return reports;
    }
    finally {
        (0,resources/* removeTempDir */.CT)(dir);
    }
}
async function mergeOne(options, git, { pr, marker, branch }) {
    const { distGit, ns, repo } = options;
    const at = { branch, url: pr.url };
    const releaseProposal = marker.pullRequest === undefined && !(0,messages/* parsePreviewBranch */.k1)(pr.sourceBranch);
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
        ? { ...at, outcome: 'refused', reason: (0,secrets/* redact */.E$)(outcome.message) }
        : { ...at, outcome: 'held', reason: `not-mergeable: ${(0,secrets/* redact */.E$)(outcome.message)}` };
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
        `--format=%H%x1f%(trailers:key=${messages/* FROM_SOURCE_GIT_TOKEN */.wo},valueonly,separator=%x1d)%x1e`,
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
        http: options.http ?? new http_client/* HttpClient */.Q(),
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
        ? await mergeReadyPullRequests({
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
        http: options.http ?? new http_client/* HttpClient */.Q(),
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
async function sync_status_afterProposing(options) {
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
    return (0,report/* runOutputs */.MR)({ outcomes: [...outcomes, ...mergeOutcomes(result.merges ?? [])], version: '' });
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

// EXTERNAL MODULE: ./build/bundle-src/forges/source-git/change-requests.js
var change_requests = __webpack_require__(40701);
// EXTERNAL MODULE: ./build/bundle-src/source-git/from-dist-git.js
var from_dist_git = __webpack_require__(79825);
// EXTERNAL MODULE: ./build/bundle-src/jobs/publish.js
var publish = __webpack_require__(20572);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/sync-remote.js
/**
 * The source-git remote the sync branch goes to: its URL and name for messages, the token sent
 * as command-scoped git config (never in argv, remotes on disk or messages), reads and pushes,
 * and an actionable message when the remote refuses one.
 */




async function resolveRemote(source, remote, platform) {
    let url = remote;
    const isPath = external_node_path_.isAbsolute(remote) || remote.startsWith('.');
    if (!(0,git_git/* isRemoteUrl */.Km)(remote) && !isPath) {
        const got = await source.run(['remote', 'get-url', '--push', remote], { allowFailure: true });
        if (got.code !== 0)
            throw new update_dist_git/* JobError */.CR(`source-git ${source.dir} has no remote "${remote}"; give the remote to push the sync branch to (--remote NAME|URL)`);
        url = got.stdout.trim();
    }
    if (!(0,git_git/* isRemoteUrl */.Km)(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url))
        url = external_node_path_.resolve(source.dir, url);
    const credentials = httpCredentials(url, platform);
    return { url: credentials?.url ?? url, label: redactUrl(url), env: credentials?.env ?? {}, platform };
}
/**
 * For an http(s) remote and a token: the URL without user info and command-scoped git config
 * (GIT_CONFIG_COUNT/KEY/VALUE, like `-c` without showing in argv or on disk) that first clears
 * any extraheader inherited for the URL (actions/checkout persists one) and then sends the token.
 */
function httpCredentials(url, platform, env = process.env) {
    const token = platform.token?.trim();
    if (!token || !/^https?:\/\//i.test(url))
        return undefined;
    const parsed = new URL(url);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol === 'http:' && !loopback)
        throw new update_dist_git/* JobError */.CR(`the source-git remote ${redactUrl(url)} is plain http: ${platform.tokenName} is not sent over it; use its https URL (--remote)`);
    parsed.username = '';
    parsed.password = '';
    const clean = parsed.toString();
    const user = platform.kind === 'github' ? 'x-access-token' : 'oauth2';
    const credential = Buffer.from(`${user}:${token}`).toString('base64');
    (0,secrets/* registerSecret */.cl)(token);
    (0,secrets/* registerSecret */.cl)(credential);
    const index = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10) || 0;
    const key = `http.${clean}.extraheader`;
    return {
        url: clean,
        env: {
            GIT_CONFIG_COUNT: String(index + 2),
            [`GIT_CONFIG_KEY_${index}`]: key,
            [`GIT_CONFIG_VALUE_${index}`]: '',
            [`GIT_CONFIG_KEY_${index + 1}`]: key,
            [`GIT_CONFIG_VALUE_${index + 1}`]: `AUTHORIZATION: basic ${credential}`,
        },
    };
}
/** A URL for messages: no user info (GitLab CI's clone URL carries the job token in it). */
function redactUrl(url) {
    return (0,secrets/* redact */.E$)(url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1'));
}
async function runRemote(source, remote, args, what) {
    const result = await source.run(args, { env: remote.env, allowFailure: true });
    if (result.code === 0)
        return result.stdout;
    throw new update_dist_git/* JobError */.CR(explainRemoteFailure(`${result.stderr}\n${result.stdout}`, remote, what));
}
/** An actionable message for a failed fetch, ls-remote or push to the source-git remote. */
function explainRemoteFailure(output, remote, what) {
    const text = (0,secrets/* redact */.E$)(output);
    const { kind, tokenName } = remote.platform;
    const doing = what.action === 'push'
        ? `Pushing ${what.branch} to ${remote.label}`
        : `Reading ${what.branch} from ${remote.label}`;
    const pushRights = kind === 'github'
        ? `${tokenName} must be allowed to push: give the workflow job \`permissions: contents: write\` ` +
            '(a personal access token needs "Contents: write", or the repo scope)'
        : `${tokenName} must be allowed to push: a project access token with the Developer role and the api ` +
            '(or write_repository) scope; a protected-branch rule matching srcgit/* needs Maintainer';
    let reason;
    if (/\(stale info\)|\(fetch first\)|\(non-fast-forward\)/.test(text))
        reason = `${what.branch} changed on the remote since it was read; srcgit did not overwrite it. Run again.`;
    else if (/returned error: 403|Permission to .* denied|denied to|not allowed to push|pre-receive hook declined|protected branch|insufficient_scope/i.test(text))
        reason = `the remote refused it: ${pushRights}.`;
    else if (/returned error: 401|Authentication failed|could not read (Username|Password)|HTTP Basic: Access denied/i.test(text))
        reason = remote.platform.token
            ? `the remote refused ${tokenName} (wrong, revoked or expired): ${pushRights}.`
            : `the remote asks for credentials: set ${tokenName} (${kind === 'github' ? GITHUB_TOKEN_HOW : GITLAB_TOKEN_HOW}).`;
    else if (/returned error: 404|repository '.*' not found|does not appear to be a git repository|not found/i.test(text))
        reason = `the repository does not exist, or ${tokenName} cannot see it; check --remote.`;
    else if (/Could not resolve host|Connection refused|Connection timed out|Failed to connect/i.test(text))
        reason = 'the remote could not be reached from here (DNS, firewall or proxy).';
    else
        reason = 'see the git output below.';
    const details = text
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line && !/^hint:/.test(line))
        .slice(-10)
        .map((line) => `  ${line}`)
        .join('\n');
    return `${doing} failed: ${reason}${details ? `\ngit said:\n${details}` : ''}`;
}
const GITHUB_TOKEN_HOW = 'pass a token that may push and open pull requests (in a workflow: `permissions: contents: write` and ' +
    '`pull-requests: write` for GITHUB_TOKEN, or a personal access token with "Contents: write" and "Pull requests: write")';
const GITLAB_TOKEN_HOW = 'create a project access token with the Developer role and the api scope (Settings > Access tokens) and store it ' +
    'as the masked CI/CD variable SRCGIT_GITLAB_TOKEN';
/** The remote base branch, fetched: the sync starts where the request will be merged. */
async function fetchBase(source, remote, base, into) {
    const sha = await lsRemote(source, remote, base);
    if (!sha)
        throw new update_dist_git/* JobError */.CR(`the base branch "${base}" is not on ${remote.label}; give the branch the ${remote.platform.kind === 'gitlab' ? 'merge' : 'pull'} request goes into with --base`);
    await runRemote(source, remote, ['fetch', '-q', '--no-tags', remote.url, `+refs/heads/${base}:${into}`], {
        action: 'read',
        branch: base,
    });
    return (await source.tryRevParse(into));
}
async function localBase(source, base) {
    const sha = (await source.tryRevParse(`refs/heads/${base}`)) ??
        (await source.tryRevParse(`refs/remotes/origin/${base}`));
    if (!sha)
        throw new update_dist_git/* JobError */.CR(`source-git ${source.dir} has no branch "${base}"; give the base branch with --base`);
    return sha;
}
async function lsRemote(source, remote, branch) {
    const ref = `refs/heads/${branch}`;
    const out = await runRemote(source, remote, ['ls-remote', '--refs', remote.url, ref], {
        action: 'read',
        branch,
    });
    return out
        .split('\n')
        .map((line) => line.split('\t'))
        .find(([, name]) => name === ref)?.[0];
}
/**
 * Pushes `head` to `branch` (leased on what the remote had; skipped when `push` is false), then
 * opens or updates its request with `propose`. No pushed branch without its request: when
 * `propose` throws, the remote branch goes back to what it was.
 */
async function pushWithRollback(source, remote, target, propose) {
    const ref = `refs/heads/${target.branch}`;
    if (target.push)
        await runRemote(source, remote, [
            'push',
            '--porcelain',
            `--force-with-lease=${ref}:${target.remoteSha ?? ''}`,
            remote.url,
            `${target.head}:${ref}`,
        ], { action: 'push', branch: target.branch });
    try {
        return await propose();
    }
    catch (error) {
        if (target.push) {
            const back = target.remoteSha ? `${target.remoteSha}:${ref}` : `:${ref}`;
            await source.run(['push', '-q', `--force-with-lease=${ref}:${target.head}`, remote.url, back], {
                env: remote.env,
                allowFailure: true,
            });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/bundle-src/jobs/sync-texts.js
/**
 * The texts of sync-from-downstream: the request title and description (made from the dist-git
 * side only, so the same commits give the same text on every run) and the CI job summary.
 */


function syncTitle(branch, commits) {
    return `Sync from dist-git ${branch}: ${commits} commit${commits === 1 ? '' : 's'}`;
}
/** One line on where a sync stopped. */
function stopReport(stopped, short = false) {
    const where = `stopped before dist-git commit ${stopped.distGitCommit.slice(0, 12)} ("${stopped.subject}")${stopped.patch ? ` at patch ${stopped.patch}` : ''}`;
    return short ? `${where}, see the report` : `${where}: ${stopped.reason}`;
}
/** GitHub refuses bodies over 65536 characters; the commit table is cut before that. */
const MAX_ROWS = 200;
/**
 * The request text: the dist-git commits brought back (link, subject, author, what they became),
 * where the sync stopped and why (prominently), what had nothing to bring back, and how to merge.
 * Made only from the dist-git side, so the same commits give the same text on every run.
 */
function syncDescription(input) {
    const { branch, infos } = input;
    const link = (sha) => `[\`${sha.slice(0, 12)}\`](${infos[sha]?.url ?? `${input.webUrl}/c/${sha}`})`;
    const lines = [
        `Commits made by hand in dist-git [${input.project}](${input.webUrl}) \`${branch}\` since the last sync, brought ` +
            `back into source-git so that the next propose-downstream neither refuses nor undoes them. Each commit keeps its ` +
            `author and message and names its dist-git commit in a \`${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ}:\` trailer.`,
        '',
    ];
    if (input.stopped)
        lines.push(...stopBlock(input.stopped, link, input.noun, input.base), '');
    const groups = new Map();
    for (const c of input.commits)
        groups.set(c.distGitCommit, [...(groups.get(c.distGitCommit) ?? []), c]);
    lines.push('| dist-git commit | subject | author | brought back as |', '| --- | --- | --- | --- |');
    const rows = [...groups.entries()];
    for (const [sha, made] of rows.slice(0, MAX_ROWS)) {
        const info = infos[sha];
        lines.push(`| ${link(sha)} | ${cell(info?.subject ?? made[0].subject)} | ${cell(info?.author ?? '')} | ${cell(madeAs(made))} |`);
    }
    if (rows.length > MAX_ROWS)
        lines.push(`| … | ${rows.length - MAX_ROWS} more | | |`);
    if (input.skipped.length > 0) {
        lines.push('', 'Nothing to bring back from:');
        for (const s of input.skipped.slice(0, MAX_ROWS))
            lines.push(`- ${link(s.distGitCommit)} ${escapeInline(s.subject)}: ${escapeInline(s.reason)}`);
    }
    const notes = [...new Set(input.notes)];
    if (notes.length > 0) {
        lines.push('', 'Notes:');
        for (const note of notes.slice(0, MAX_ROWS))
            lines.push(`- ${escapeInline(note)}`);
    }
    const how = input.platform === 'gitlab'
        ? 'with a fast-forward merge or a merge commit, without squashing'
        : 'with **Rebase and merge**';
    lines.push('', `Merge this ${input.noun} ${how}: every commit must reach \`${input.base}\` as it is, with its trailers, ` +
        'or the patch commits lose their Patch-name and the next sync brings the dist-git commits back again.', '', `<sub>Made by srcgit sync-from-downstream from dist-git \`${branch}\`; later runs update this ${input.noun} ` +
        `when dist-git gets more commits.</sub>`);
    return lines.join('\n') + '\n';
}
function stopBlock(stopped, link, noun, base) {
    const fence = '`'.repeat(Math.max(3, ...[...stopped.reason.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    // Every later run replays dist-git from the same place, so the commit must be marked as brought
    // back in source-git; doing that before this request is merged would skip the commits in it.
    const trailer = `\`${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ}: ${stopped.distGitCommit}\``;
    const fix = stopped.manual
        ? `Merge this ${noun} first, then take the manual step the message describes; the next run continues after it.`
        : stopped.patch
            ? `Merge this ${noun} first. Then bring that dist-git commit over by hand on \`${base}\`: make the change of ` +
                `\`${stopped.patch}\` to the sources (and the rest of the commit's change to the spec) in a commit with the ` +
                `trailers \`Patch-name: ${stopped.patch}\` and ${trailer}; the next run continues after it.`
            : `Merge this ${noun} first. Then bring that dist-git commit over by hand on \`${base}\` in a commit with the ` +
                `trailer ${trailer}; the next run continues after it.`;
    return [
        '> [!WARNING]',
        `> **The sync stopped before dist-git commit ${link(stopped.distGitCommit)} (${escapeInline(stopped.subject)})` +
            `${stopped.patch ? `, at patch \`${stopped.patch}\`` : ''}.** The dist-git commits from there on are not in this ${noun}.`,
        '>',
        `> ${fence}text`,
        ...stopped.reason.split('\n').map((line) => `> ${line}`),
        `> ${fence}`,
        '>',
        `> ${fix}`,
    ];
}
function madeAs(made) {
    return made
        .map((c) => c.kind === 'patch'
        ? `patch \`${c.patch}\` applied to the sources`
        : c.kind === 'files'
            ? 'spec and files in `.distro/`'
            : 'spec change')
        .filter((text, i, all) => all.indexOf(text) === i)
        .join('; ');
}
function cell(text) {
    return escapeInline(text).replace(/\|/g, '\\|');
}
/** One line, and no accidental HTML or mentions. */
function escapeInline(text) {
    return text
        .replace(/\r?\n+/g, ' ')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(\w)/g, '@\u200b$1');
}
/** The job summary (Markdown) for CI: one row per branch, then each request's text. */
function sync_texts_syncSummary(result, mode) {
    const lines = [
        `## srcgit sync-from-downstream into ${result.base}${mode ? `, ${mode}` : ''}`,
        '',
        '| dist-git branch | operation | request | reason |',
        '| --- | --- | --- | --- |',
    ];
    for (const o of result.outcomes)
        lines.push(`| ${cell(o.branch)} | ${(0,report/* operationText */.xS)(o)} | ${o.url ? `[${o.url}](${o.url})` : ''} | ${cell(o.reason ?? '')} |`);
    for (const s of result.syncs)
        if (s.body)
            lines.push('', `### ${s.branch}: ${s.title}`, '', s.body.trimEnd());
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./build/bundle-src/dist-git/checkout.js
var checkout = __webpack_require__(78616);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/errors.js
var errors = __webpack_require__(41587);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/files-to-sync.js
var files_to_sync = __webpack_require__(61119);
;// CONCATENATED MODULE: ./build/bundle-src/dist-git/reverse-sync.js

const GLOB_MAGIC = /[*?[]/;
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
/** `path` relative to `dir` ('' is the root), or undefined when it is not inside. */
function relativeTo(path, dir) {
    if (dir === '')
        return path;
    return path.startsWith(dir + '/') ? path.slice(dir.length + 1) : undefined;
}
/** Source-git paths one item could have sent `distPath` from (not yet checked). */
function guesses(item, distPath, sourceDirs) {
    const dest = (0,files_to_sync/* normalizeRepoPath */.NP)(item.dest);
    if (!dest)
        return [];
    const found = [];
    for (const raw of item.src) {
        const src = (0,files_to_sync/* normalizeRepoPath */.NP)(raw);
        if (!src)
            continue;
        if (GLOB_MAGIC.test(src.path)) {
            // Only a pattern in the last component can be reversed: the sent name is the match's name.
            if (GLOB_MAGIC.test(dirname(src.path)))
                continue;
            const rel = relativeTo(distPath, dest.path);
            if (rel !== undefined)
                found.push(join(dirname(src.path), rel));
            if (distPath === dest.path)
                found.push(join(dirname(src.path), basename(distPath)));
            continue;
        }
        const rel = relativeTo(distPath, dest.path);
        if (src.trailingSlash || src.path === '') {
            // `dir/`: the directory's contents land in dest.
            if (rel !== undefined)
                found.push(join(src.path, rel));
        }
        else if (sourceDirs.has(src.path)) {
            // `dir`: the directory itself lands in dest.
            const name = basename(src.path);
            const inside = rel === undefined ? undefined : relativeTo(rel, name);
            if (inside !== undefined)
                found.push(join(src.path, inside));
        }
        else {
            // A single file: it is dest itself, or lands in dest by its name.
            if (distPath === dest.path || rel === basename(src.path))
                found.push(src.path);
        }
    }
    return found;
}
function directoriesOf(files) {
    const dirs = new Set();
    for (const file of files) {
        const path = (0,files_to_sync/* normalizeRepoPath */.NP)(file)?.path ?? '';
        for (let dir = dirname(path); dir !== '' && !dirs.has(dir); dir = dirname(dir))
            dirs.add(dir);
    }
    return dirs;
}
/**
 * For each of `distPaths` (dist-git paths, relative, `/`-separated), the source-git path
 * files_to_sync copies it from, whether that file exists in source-git yet or not; paths no
 * item would copy (excluded by a filter, outside every dest, the spec) are left out.
 *
 * @param sourceFiles every file source-git tracks now
 * @param destFiles every file dist-git tracks (before and after the change being brought back)
 */
function reverseSyncPaths(items, sourceFiles, destFiles, distPaths, options = {}) {
    const result = new Map();
    if (items.length === 0 || distPaths.length === 0)
        return result;
    const sourceDirs = directoriesOf(sourceFiles);
    const wanted = new Map();
    const hypothetical = new Set(sourceFiles);
    for (const distPath of distPaths) {
        const normalized = (0,files_to_sync/* normalizeRepoPath */.NP)(distPath)?.path;
        if (!normalized)
            continue;
        const candidates = new Set(items.flatMap((item) => guesses(item, normalized, sourceDirs)));
        // A guess may not sit where source-git has a directory.
        for (const candidate of candidates)
            if (sourceDirs.has(candidate))
                candidates.delete(candidate);
        for (const candidate of candidates)
            hypothetical.add(candidate);
        wanted.set(distPath, candidates);
    }
    const plan = (0,files_to_sync/* planFileSync */.l3)(items, [...hypothetical], [...new Set([...destFiles, ...distPaths])], {
        specPath: options.specPath,
        dropSpec: options.specPath !== undefined,
    });
    const copiedFrom = new Map(plan.copies.map((c) => [c.to, c.from]));
    const existing = new Set(sourceFiles);
    for (const [distPath, candidates] of wanted) {
        const from = copiedFrom.get((0,files_to_sync/* normalizeRepoPath */.NP)(distPath).path);
        if (from !== undefined && (candidates.has(from) || existing.has(from)))
            result.set(distPath, from);
    }
    return result;
}

// EXTERNAL MODULE: ./build/bundle-src/source-git/brought-back.js
var brought_back = __webpack_require__(42352);
// EXTERNAL MODULE: ./build/bundle-src/source-git/patches.js
var patches = __webpack_require__(98681);
// EXTERNAL MODULE: ./build/bundle-src/source-git/trailers.js
var trailers = __webpack_require__(70063);
// EXTERNAL MODULE: ./build/bundle-src/jobs/actions.js
var jobs_actions = __webpack_require__(9372);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/update-source-git.js
/**
 * `srcgit update-source-git DIST_GIT SOURCE_GIT`: bring commits made by hand in dist-git back
 * into source-git (Packit's `source-git update-source-git`, §5.3), so the next forward sync
 * neither refuses nor undoes them.
 *
 * The dist-git commits after the last sync point (first parent, oldest first) that srcgit did
 * not make and that source-git does not carry yet are replayed one by one onto the checked-out
 * source-git branch:
 * - changes to the spec and to files_to_sync targets become one commit under their source-git
 *   paths (`foo.spec` → `.distro/foo.spec`), with the original author, date and message plus a
 *   `From-dist-git-commit:` trailer. Each file is merged three-way (dist-git before, dist-git
 *   after, source-git now), so a source-git spec that differs from dist-git's (srcgit's PatchN
 *   lines, %changelog with sync_changelog: false) gets exactly the maintainer's change.
 * - a patch file added or edited by hand becomes a commit that applies it to the source tree
 *   (like `git am` for a mail, else `git apply -pN`), carrying Patch-name, Patch-id and the spec
 *   comment as Patch-status, so update-dist-git writes the same PatchN line back. Its PatchN
 *   line is not copied into `.distro/`: srcgit declares patches from commits.
 * - `sources` and `.gitignore` stay in dist-git (srcgit makes them from the archive).
 * A commit that cannot be brought back (a patch that does not apply, a change that does not
 * merge, a patch srcgit generates that was removed or edited) stops the run before it: the
 * commits made so far stay, source-git is left exactly as after the last of them.
 */

















/** A dist-git commit that cannot be brought back as it is. */
class StopCommit extends Error {
    manual;
    patch;
    constructor(message, manual, patch) {
        super(message);
        this.manual = manual;
        this.patch = patch;
    }
}
/** Git's empty tree: the "before" of a root commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const update_source_git_short = (sha) => sha.slice(0, 12);
async function updateSourceGit(options) {
    const { notes, pkg, source, dist, upstream, specfilePath } = await (0,update_dist_git/* openSyncPair */.kK)(options, {
        untracked: false,
    });
    const start = (await source.tryRevParse('HEAD'));
    const broughtBack = await (0,brought_back/* broughtBackCommits */.F)(source, upstream);
    const candidates = await pendingCommits(dist, broughtBack, options.since);
    const result = {
        status: 'nothing-to-do',
        commits: [],
        skipped: [],
        head: start,
        dryRun: options.dryRun ?? false,
        notes,
    };
    if (candidates.length === 0) {
        notes.push('source-git already has every dist-git commit since the last sync');
        return result;
    }
    const branch = (await source.run(['symbolic-ref', '-q', 'HEAD'], { allowFailure: true })).stdout.trim();
    if (options.dryRun)
        await source.run(['checkout', '-q', '--detach']);
    const replayer = new Replayer(source, dist, pkg, upstream, specfilePath, notes);
    try {
        for (const commit of candidates) {
            const before = (await source.tryRevParse('HEAD'));
            try {
                const outcome = await replayer.replay(commit);
                if (outcome.made.length === 0)
                    result.skipped.push({ distGitCommit: commit.sha, subject: commit.subject, reason: outcome.reason });
                result.commits.push(...outcome.made);
            }
            catch (error) {
                // Nothing half-done: source-git goes back to how it was before this dist-git commit.
                await source.run(['reset', '-q', '--hard', before]);
                if (!isStop(error))
                    throw error;
                result.stopped = {
                    distGitCommit: commit.sha,
                    subject: commit.subject,
                    reason: error.message,
                    patch: error instanceof StopCommit ? error.patch : undefined,
                    manual: error instanceof StopCommit ? error.manual : false,
                };
                break;
            }
        }
        result.head = (await source.tryRevParse('HEAD'));
    }
    finally {
        if (options.dryRun) {
            const target = branch ? branch.replace(/^refs\/heads\//, '') : start;
            await source.run(['checkout', '-q', '-f', ...(branch ? [] : ['--detach']), target, '--']);
            result.head = start;
        }
    }
    if (result.commits.length > 0)
        result.status = 'committed';
    return result;
}
function isStop(error) {
    return [StopCommit, git_git/* GitError */.XS, bundle_src_spec/* SpecError */.G8, downstream/* SourceGitError */.YC, trailers/* MetadataError */.wc, errors/* ContentError */.y].some((t) => error instanceof t);
}
/**
 * Dist-git commits to bring back, oldest first: first-parent commits after the last sync point
 * (or `since`), down to the newest one source-git already carries, leaving out srcgit's own.
 */
async function pendingCommits(dist, broughtBack, since) {
    let lower;
    if (since) {
        lower = await dist.tryRevParse(since);
        if (!lower)
            throw new update_dist_git/* JobError */.CR(`--since ${since} is not a commit in dist-git ${dist.dir}`);
    }
    else {
        lower = (await (0,checkout/* lastSyncPoint */.u_)(dist))?.commit;
    }
    const revs = (await dist.output(['rev-list', '--first-parent', lower ? `${lower}..HEAD` : 'HEAD']))
        .split('\n')
        .filter(Boolean);
    const pending = [];
    let reachedSync = lower !== undefined;
    for (const sha of revs) {
        if (broughtBack.has(sha)) {
            if (since)
                continue;
            reachedSync = true;
            break;
        }
        pending.push(sha);
    }
    if (!reachedSync)
        throw new update_dist_git/* JobError */.CR(`dist-git ${dist.dir} has no sync point: no commit carries a ${checkout/* SOURCE_GIT_TRAILER */.tB} trailer and no source-git ` +
            `commit names a dist-git commit in a ${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ} trailer; sync forward once ` +
            '(srcgit update-dist-git -m MESSAGE) or give the last dist-git commit source-git has with --since');
    const commits = [];
    for (const sha of pending.reverse()) {
        const format = [
            '%H',
            '%P',
            '%an',
            '%ae',
            '%aI',
            '%s',
            `%(trailers:key=${checkout/* SOURCE_GIT_TRAILER */.tB},valueonly)`,
            '%B',
        ];
        const [, parents, authorName, authorEmail, authorDate, subject, fromSourceGit, message] = (await dist.output(['log', '-1', `--format=${format.join('%x1f')}`, sha, '--'])).split('\x1f');
        if (fromSourceGit.trim())
            continue;
        commits.push({
            sha,
            parent: parents.split(' ')[0] || EMPTY_TREE,
            authorName,
            authorEmail,
            authorDate,
            subject,
            message,
        });
    }
    return commits;
}
/** Replays dist-git commits onto source-git, one at a time. */
class Replayer {
    source;
    dist;
    pkg;
    upstream;
    specfilePath;
    notes;
    specName;
    items;
    changelogStays;
    createPatchesAction;
    identities;
    /** Patches srcgit makes from source-git commits, by file name (computed when first needed). */
    generated;
    /** Patches brought back during this run, by file name. */
    converted = new Map();
    sourcesNoted = false;
    constructor(source, dist, pkg, upstream, specfilePath, notes) {
        this.source = source;
        this.dist = dist;
        this.pkg = pkg;
        this.upstream = upstream;
        this.specfilePath = specfilePath;
        this.notes = notes;
        this.specName = `${pkg.downstream_package_name}.spec`;
        this.items = (0,files_to_sync/* syncItems */.KD)(pkg, specfilePath);
        const actions = (0,jobs_actions/* actionRunner */.Lx)(pkg, source.dir);
        // As update-dist-git: with sync_changelog off, dist-git keeps its own %changelog.
        this.changelogStays = !pkg.sync_changelog && !actions.has('prepare-files');
        this.createPatchesAction = actions.has('create-patches');
    }
    async replay(commit) {
        const changes = await this.changes(commit);
        if (changes.length === 0)
            return {
                made: [],
                reason: 'it changes no file (with %autorelease and %autochangelog a mass rebuild is an empty commit): nothing to bring back',
            };
        const [sourceFiles, destFiles] = await Promise.all([
            this.source.output(['ls-files', '-z']).then((o) => o.split('\0').filter(Boolean)),
            this.dist
                .output(['ls-tree', '-r', '-z', '--name-only', commit.sha])
                .then((o) => o.split('\0').filter(Boolean)),
        ]);
        const tracked = new Set(sourceFiles);
        const mapping = reverseSyncPaths(this.items, sourceFiles, destFiles, changes.map((c) => c.path), { specPath: this.specfilePath });
        const specBefore = await this.text(this.dist, this.specName, commit.parent);
        const specAfter = await this.text(this.dist, this.specName, commit.sha);
        const declares = (spec, name) => spec !== undefined && declaresPatch(spec, name);
        const kept = [];
        const unmanaged = [];
        let specChange;
        const files = [];
        const patches = [];
        for (const change of changes) {
            const to = mapping.get(change.path);
            if (change.path === 'sources' || change.path === '.gitignore')
                kept.push(change.path);
            else if (change.path === this.specName)
                specChange = change;
            else if (to !== undefined && tracked.has(to))
                files.push({ change, to });
            else if (!change.path.includes('/') &&
                (change.path.endsWith('.patch') ||
                    declares(specBefore, change.path) ||
                    declares(specAfter, change.path)))
                patches.push(change);
            else if (to !== undefined)
                files.push({ change, to });
            else
                unmanaged.push(change.path);
        }
        if (kept.length > 0 && !this.sourcesNoted) {
            this.sourcesNoted = true;
            this.notes.push('changes to sources and .gitignore are not brought back: srcgit makes them from the upstream archive');
        }
        for (const file of unmanaged)
            this.notes.push(`${update_source_git_short(commit.sha)}: ${file} is not a file files_to_sync copies; left out`);
        const made = [];
        const reasons = [];
        for (const patch of await this.patchesToApply(commit, patches, specAfter, reasons)) {
            const applied = await this.applyPatch(commit, patch.name, patch.content, patch.declaration);
            made.push(...applied);
            this.converted.set(patch.name, {
                content: patch.content,
                commits: applied.map((c) => c.sourceGitCommit),
            });
        }
        let filesChanged = false;
        const specChanged = specChange ? await this.replaySpec(commit, specChange, reasons) : false;
        for (const file of files)
            if (await this.replayFile(commit, file.change, file.to))
                filesChanged = true;
        if (specChanged || filesChanged) {
            const message = (0,from_dist_git/* appendTrailerLines */.B3)(commit.message, [`${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ}: ${commit.sha}`]);
            made.push({
                distGitCommit: commit.sha,
                sourceGitCommit: await this.commit(message, commit),
                subject: commit.subject,
                kind: filesChanged ? 'files' : 'spec',
            });
        }
        else if (files.length > 0) {
            reasons.push('source-git already has its changes to files_to_sync files');
        }
        if (kept.length > 0)
            reasons.push(`it changes only files srcgit does not bring back (${kept.join(', ')})`);
        if (unmanaged.length > 0)
            reasons.push(`files_to_sync does not copy ${unmanaged.join(', ')}`);
        return { made, reason: reasons.join('; ') || 'nothing srcgit manages changes' };
    }
    // ---- patches ---------------------------------------------------------------------------
    async generatedPatches() {
        if (this.generated)
            return this.generated;
        this.generated = new Map();
        if (this.createPatchesAction) {
            this.notes.push('a create-patches action makes the patches: no PatchN line is treated as srcgit’s own');
            return this.generated;
        }
        const range = await (0,downstream/* downstreamRange */.Qs)(this.source, this.upstream);
        const generation = await (0,patches/* generatePatches */.K)(this.source, range, (0,update_dist_git/* patchIgnorePaths */.Nw)(this.pkg));
        for (const patch of generation.patches)
            this.generated.set(patch.name, {
                content: patch.content,
                commits: patch.commits.map((c) => c.sha),
                presentInSpecfile: patch.metadata.presentInSpecfile,
            });
        return this.generated;
    }
    /** File names whose PatchN lines srcgit writes itself (so they are not part of `.distro/`). */
    async ownPatchNames() {
        const names = new Set(this.converted.keys());
        for (const [name, patch] of await this.generatedPatches())
            if (!patch.presentInSpecfile)
                names.add(name);
        return names;
    }
    /** The patch files of this commit that become source-git commits, in PatchN order; stops on the others. */
    async patchesToApply(commit, changes, specAfter, reasons) {
        if (changes.length === 0)
            return [];
        const generated = await this.generatedPatches();
        const where = `dist-git commit ${update_source_git_short(commit.sha)} ("${commit.subject}")`;
        const result = [];
        for (const change of changes) {
            const name = change.path;
            const own = generated.get(name) ?? this.converted.get(name);
            const madeFrom = own ? `source-git commit(s) ${own.commits.map(update_source_git_short).join(', ')}` : '';
            if (change.status === 'D') {
                if (own)
                    throw new StopCommit(`${where} removes ${name}, which srcgit makes from ${madeFrom}: this needs a manual step. ` +
                        `Revert or drop that downstream change in source-git and put "${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ}: ${commit.sha}" ` +
                        'in the message of the commit that does it, then run update-source-git again', true, name);
                reasons.push(`it removes ${name}, which source-git has no commit for`);
                continue;
            }
            const content = (await this.blob(this.dist, name, commit.sha)).content;
            if (own) {
                const [theirs, ours] = await Promise.all([
                    (0,patches/* patchIds */.NG)(this.source, content),
                    (0,patches/* patchIds */.NG)(this.source, own.content),
                ]);
                if (theirs.length > 0 && theirs.join() === ours.join()) {
                    reasons.push(`its ${name} holds the same change srcgit makes from source-git`);
                    continue;
                }
                throw new StopCommit(`${where} changes ${name}, which srcgit makes from ${madeFrom}: this needs a manual step. ` +
                    `Make the same change to that downstream commit in source-git (git rebase -i) and put ` +
                    `"${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ}: ${commit.sha}" in its message, then run update-source-git again`, true, name);
            }
            const spec = specAfter ?? '';
            const declaration = (specAfter !== undefined ? (0,from_dist_git/* patchDeclaration */.vS)(spec, name) : undefined) ??
                (0,from_dist_git/* patchDeclaration */.vS)((await this.text(this.dist, this.specName, 'HEAD')) ?? '', name);
            if (!declaration)
                throw new StopCommit(`${where} adds ${name}, but ${this.specName} declares no PatchN for it (neither in that commit nor now), ` +
                    'so srcgit cannot tell how the build applies it; declare it in dist-git, or remove it', true, name);
            if (declaration.strip > 1)
                throw new StopCommit(`${where}: %prep applies ${name} with -p${declaration.strip}; srcgit writes patches for -p1 (or -p0 with No-prefix), ` +
                    'so the spec would no longer apply it: regenerate the patch for -p1 in dist-git', true, name);
            const own_ = await this.ownPatchNames();
            const below = (specAfter !== undefined ? bundle_src_spec/* SpecFile */.An.parse(specAfter).patches : [])
                .filter((p) => own_.has(bundle_src_spec/* SpecFile */.An.fileName(p.expanded.value)))
                .map((p) => p.number)
                .filter((n) => n >= declaration.number);
            if (below.length > 0)
                throw new StopCommit(`${where}: ${name} is Patch${declaration.number}, not above Patch${Math.max(...below)} that srcgit makes from ` +
                    'source-git; its source-git commit goes on top of the downstream commits, so it must have the highest ' +
                    'number: renumber it in dist-git', true, name);
            if (!declaration.applied)
                this.notes.push(`${name} (Patch${declaration.number}) is not applied by %prep as srcgit reads it; source-git now applies it: check`);
            result.push({ name, content, declaration });
        }
        return result.sort((a, b) => a.declaration.number - b.declaration.number);
    }
    /** One source-git commit per mail in the patch (like `git am`), or one `Apply patch NAME` commit. */
    async applyPatch(commit, name, content, declaration) {
        const dir = (0,resources/* makeTempDir */.mk)('srcgit-patch-');
        const made = [];
        const trailers = (first) => [
            ...(0,from_dist_git/* patchTrailerLines */.dN)({
                name,
                number: first ? declaration.number : undefined,
                comment: first ? declaration.comment : undefined,
                noPrefix: declaration.strip === 0,
            }),
            `${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ}: ${commit.sha}`,
        ];
        const record = (sha, subject) => made.push({ distGitCommit: commit.sha, sourceGitCommit: sha, subject, kind: 'patch', patch: name });
        try {
            const file = external_node_path_.join(dir, 'patch');
            (0,external_node_fs_.writeFileSync)(file, content);
            if (!(0,from_dist_git/* isMailPatch */.s3)(content)) {
                await this.apply(commit, name, file, declaration.strip);
                const subject = `Apply patch ${name}`;
                record(await this.commit((0,from_dist_git/* appendTrailerLines */.B3)(subject, trailers(true)), commit), subject);
                return made;
            }
            const mails = external_node_path_.join(dir, 'mails');
            (0,external_node_fs_.mkdirSync)(mails);
            await this.source.run(['mailsplit', '-b', `-o${mails}`, file]);
            for (const [index, mail] of (0,external_node_fs_.readdirSync)(mails).sort().entries()) {
                const msg = external_node_path_.join(dir, 'msg');
                const diff = external_node_path_.join(dir, 'diff');
                const info = await this.source.output(['mailinfo', msg, diff], {
                    input: (0,external_node_fs_.readFileSync)(external_node_path_.join(mails, mail)),
                });
                const header = new Map(info
                    .split('\n')
                    .map((line) => /^([A-Za-z]+): (.*)$/.exec(line))
                    .filter((m) => m !== null)
                    .map((m) => [m[1], m[2]]));
                if ((0,external_node_fs_.readFileSync)(diff).length === 0)
                    throw new StopCommit(`${name} from dist-git commit ${update_source_git_short(commit.sha)}: mail ${index + 1} holds no patch`, false, name);
                await this.apply(commit, name, diff, declaration.strip);
                const subject = header.get('Subject') || `Apply patch ${name}`;
                const body = (0,external_node_fs_.readFileSync)(msg, 'utf8').trim();
                const message = (0,from_dist_git/* withoutPatchTrailers */.$u)(body ? `${subject}\n\n${body}` : subject);
                const author = {
                    ...commit,
                    authorName: header.get('Author') || commit.authorName,
                    authorEmail: header.get('Email') || commit.authorEmail,
                    authorDate: header.get('Date') || commit.authorDate,
                };
                record(await this.commit((0,from_dist_git/* appendTrailerLines */.B3)(message, trailers(index === 0)), author), subject);
            }
            return made;
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    async apply(commit, name, file, strip) {
        const applied = await this.source.run(['apply', '--index', '--whitespace=nowarn', `-p${strip}`, file], {
            allowFailure: true,
        });
        if (applied.code !== 0)
            throw new StopCommit(`patch ${name} from dist-git commit ${update_source_git_short(commit.sha)} ("${commit.subject}") does not apply to source-git: ` +
                (applied.stderr.trim() || `git apply exited with ${applied.code}`), false, name);
    }
    // ---- spec and files --------------------------------------------------------------------
    /** The maintainer's spec change, without srcgit's PatchN lines (and %changelog when dist-git keeps its own). */
    async replaySpec(commit, change, reasons) {
        if (change.status === 'D')
            throw new StopCommit(`dist-git commit ${update_source_git_short(commit.sha)} deletes ${this.specName}; srcgit does not delete ${this.specfilePath}`, true);
        const ours = await this.blob(this.source, this.specfilePath, 'HEAD');
        if (!ours)
            throw new StopCommit(`source-git has no ${this.specfilePath} (specfile_path) to bring the spec change to`, true);
        // latin1 keeps every byte as it is through the string round trip.
        const names = new Set([...(await this.ownPatchNames())].map((n) => Buffer.from(n).toString('latin1')));
        let base = (0,from_dist_git/* stripPatchDeclarations */.CM)((await this.text(this.dist, this.specName, commit.parent, 'latin1')) ?? '', names);
        let theirs = (0,from_dist_git/* stripPatchDeclarations */.CM)((await this.text(this.dist, this.specName, commit.sha, 'latin1')), names);
        const oursText = ours.content.toString('latin1');
        if (this.changelogStays) {
            base = (0,bundle_src_spec/* withChangelogOf */.Wm)(base, oursText);
            theirs = (0,bundle_src_spec/* withChangelogOf */.Wm)(theirs, oursText);
        }
        if (base === theirs) {
            reasons.push(this.changelogStays
                ? `its spec change is only to %changelog (dist-git keeps its own with sync_changelog: false) or to PatchN lines srcgit writes`
                : 'its spec change is only to PatchN lines srcgit writes from source-git commits');
            return false;
        }
        const merged = oursText === base
            ? Buffer.from(theirs, 'latin1')
            : await this.merge(this.specfilePath, commit, ours.content, Buffer.from(base, 'latin1'), Buffer.from(theirs, 'latin1'));
        if (merged.equals(ours.content)) {
            reasons.push(`source-git already has its change to ${this.specName}`);
            return false;
        }
        await this.stage(this.specfilePath, merged, ours.mode, true);
        return true;
    }
    /** A files_to_sync file: dist-git's new version when source-git still has the old one, else a 3-way merge. */
    async replayFile(commit, change, to) {
        const [base, theirs, ours] = await Promise.all([
            this.blob(this.dist, change.path, commit.parent),
            this.blob(this.dist, change.path, commit.sha),
            this.blob(this.source, to, 'HEAD'),
        ]);
        if (sameBlob(ours, theirs))
            return false;
        if (sameBlob(ours, base)) {
            if (theirs)
                await this.stage(to, theirs.content, theirs.mode, ours !== undefined);
            else
                await this.source.run(['rm', '-q', '--', to]);
            return true;
        }
        if (!ours || !base || !theirs)
            throw new StopCommit(`dist-git commit ${update_source_git_short(commit.sha)} ${theirs ? (base ? 'changes' : 'adds') : 'deletes'} ${change.path}, ` +
                `but source-git's ${to} is not what dist-git had before it: bring that change over by hand`, true);
        const merged = await this.merge(to, commit, ours.content, base.content, theirs.content);
        await this.stage(to, merged, theirs.mode, true);
        return true;
    }
    async merge(file, commit, ours, base, theirs) {
        const dir = (0,resources/* makeTempDir */.mk)('srcgit-merge-');
        try {
            const [o, b, t] = ['ours', 'base', 'theirs'].map((n) => external_node_path_.join(dir, n));
            (0,external_node_fs_.writeFileSync)(o, ours);
            (0,external_node_fs_.writeFileSync)(b, base);
            (0,external_node_fs_.writeFileSync)(t, theirs);
            const result = await this.source.run(['merge-file', '-p', '-L', 'source-git', '-L', 'dist-git before', '-L', 'dist-git', o, b, t], { allowFailure: true });
            if (result.code === 0)
                return result.stdoutBytes;
            throw new StopCommit(`the change dist-git commit ${update_source_git_short(commit.sha)} ("${commit.subject}") makes to ${file} does not merge ` +
                `with source-git's version (${result.code > 0 && result.code < 128 ? `${result.code} conflict(s)` : result.stderr.trim()}): ` +
                'bring it over by hand', true);
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    /** Writes a file through the index (exact bytes and mode), then to the work tree. */
    async stage(file, content, mode, tracked) {
        if (!tracked && (0,external_node_fs_.existsSync)(external_node_path_.join(this.source.dir, file)))
            throw new StopCommit(`${file} is in source-git's work tree but not tracked; move it out of the way and run again`, true);
        const sha = await this.source.output(['hash-object', '-w', '--stdin'], { input: content });
        await this.source.run(['update-index', '--add', '--cacheinfo', `${mode},${sha},${file}`]);
        await this.source.run(['checkout-index', '-f', '--', file]);
    }
    // ---- git -------------------------------------------------------------------------------
    async changes(commit) {
        const out = await this.dist.output([
            'diff-tree',
            '-r',
            '-z',
            '--no-renames',
            '--no-commit-id',
            '--name-status',
            commit.parent,
            commit.sha,
        ]);
        const fields = out.split('\0').filter(Boolean);
        const changes = [];
        for (let i = 0; i + 1 < fields.length; i += 2)
            changes.push({ status: fields[i][0], path: fields[i + 1] });
        return changes;
    }
    async blob(git, file, rev) {
        const entry = (await git.output(['ls-tree', '-z', rev, '--', file])).split('\0')[0];
        const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(entry ?? '');
        if (!m)
            return undefined;
        return { mode: m[1], content: (await git.run(['cat-file', 'blob', m[2]])).stdoutBytes };
    }
    async text(git, file, rev, encoding = 'utf8') {
        return (await this.blob(git, file, rev))?.content.toString(encoding);
    }
    async commit(message, author) {
        this.identities ??= await (0,commit_identity/* commitIdentities */.i)(this.source);
        await this.source.run(['commit', '-q', '--no-verify', '--cleanup=whitespace', '-F', '-'], {
            input: message,
            env: {
                ...this.identities.env,
                GIT_AUTHOR_NAME: author.authorName,
                GIT_AUTHOR_EMAIL: author.authorEmail,
                GIT_AUTHOR_DATE: author.authorDate,
            },
        });
        return (await this.source.tryRevParse('HEAD'));
    }
}
function sameBlob(a, b) {
    if (!a || !b)
        return a === b;
    return a.mode === b.mode && a.content.equals(b.content);
}
function declaresPatch(specText, name) {
    try {
        return bundle_src_spec/* SpecFile */.An.parse(specText).patches.some((p) => bundle_src_spec/* SpecFile */.An.fileName(p.expanded.value) === name);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./build/bundle-src/jobs/sync-from-downstream.js
/**
 * `sync-from-downstream`: the commits people made by hand in dist-git (maintainers fixing a
 * build, proven packagers, release engineering's mass rebuilds) come back to source-git as a
 * pull request (GitHub) or merge request (GitLab), so the next propose-downstream neither
 * refuses nor undoes them.
 *
 * Per dist-git branch: clone dist-git, replay its new commits with update-source-git onto the
 * source-git base branch in a temporary worktree, push the result as `srcgit/sync-from-<branch>`
 * and open or update the request from it. Idempotent: when the remote branch already holds the
 * same commits (same tree, same From-dist-git-commit list) nothing is pushed, and a request with
 * the same title and text is not written to. Nothing half-done: a pushed branch whose request
 * cannot be opened is put back. Without a platform the branch is only made in SOURCE_GIT.
 */
















/** The source-git branch a dist-git branch's commits are proposed from. */
function syncBranchName(branch) {
    return `srcgit/sync-from-${branch}`;
}
/** Temporary refs in SOURCE_GIT (what was fetched), removed at the end. */
const TEMP_REFS = 'refs/srcgit/sync-from-downstream';
async function sync_from_downstream_syncFromDownstream(options) {
    const source = new git_git/* Git */.TU(external_node_path_.resolve(options.sourceGit));
    if (!(await source.isRepository()))
        throw new update_dist_git/* JobError */.CR(`source-git ${source.dir} is not a git repository`);
    const base = options.base ?? (await checkedOutBranch(source));
    checkBranchName(base, '--base');
    const platform = options.platform;
    if (platform && !platform.requests && !options.dryRun)
        throw new update_dist_git/* JobError */.CR(`${platform.tokenName} is empty: ${platform.kind === 'github' ? GITHUB_TOKEN_HOW : GITLAB_TOKEN_HOW}; or use a dry run`);
    const remote = platform ? await resolveRemote(source, options.remote ?? 'origin', platform) : undefined;
    const notes = [];
    const cleanup = [];
    try {
        cleanup.push(async () => {
            const refs = await source.output(['for-each-ref', '--format=%(refname)', `${TEMP_REFS}/`]);
            for (const ref of refs.split('\n').filter(Boolean))
                await source.run(['update-ref', '-d', ref], { allowFailure: true });
        });
        const baseCommit = remote
            ? await fetchBase(source, remote, base, `${TEMP_REFS}/base`)
            : await localBase(source, base);
        // One worktree for the run, reset to the base for each branch. Named like SOURCE_GIT (messages
        // name it); the configuration takes the repository's name from SOURCE_GIT itself.
        const holder = (0,resources/* makeTempDir */.mk)('srcgit-sync-');
        const tree = external_node_path_.join(holder, external_node_path_.basename(source.dir));
        await source.run(['worktree', 'add', '-q', '--detach', tree, baseCommit]);
        cleanup.push(async () => {
            await source.run(['worktree', 'remove', '--force', tree], { allowFailure: true });
            (0,external_node_fs_.rmSync)(holder, { recursive: true, force: true });
            await source.run(['worktree', 'prune'], { allowFailure: true });
        });
        const configFile = options.configFile
            ? external_node_path_.join(tree, external_node_path_.relative(source.dir, external_node_path_.resolve(source.dir, options.configFile)))
            : undefined;
        const config = await (0,bundle_src_config/* loadConfig */.Z9)(tree, { configFile, repoName: await (0,bundle_src_config/* repositoryName */.aR)(source.dir) });
        const chosen = (0,bundle_src_config/* singleJobView */.F_)(config, bundle_src_config/* SYNC_FROM_DOWNSTREAM */.g3, options.packageName, 'sync-from-downstream');
        notes.push(...chosen.notes);
        const { pkg } = chosen.view;
        const instanceUrl = (options.instanceUrl ?? pkg.dist_git_base_url).replace(/\/+$/, '');
        let client;
        const http = () => (client ??= options.http ?? new http_client/* HttpClient */.Q());
        const branches = await defaultBranches(pkg, options.branches, http, options.bodhiUrl, notes);
        const distLocation = options.distGit ?? `${instanceUrl}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}.git`;
        const dist = await (0,propose_downstream/* distGitWorkTree */.Wx)(options.distGit, instanceUrl, pkg);
        if ((0,git_git/* isRemoteUrl */.Km)(distLocation))
            cleanup.push(async () => (0,external_node_fs_.rmSync)(dist.dir, { recursive: true, force: true }));
        const run = {
            options,
            view: chosen.view,
            pkg,
            source,
            tree,
            configFile,
            base,
            baseCommit,
            dist,
            distLabel: redactUrl(distLocation),
            webUrl: `${instanceUrl}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}`,
            commitUrl: await commitLinks(options, pkg, instanceUrl, http),
            remote,
            platform,
        };
        const syncs = [];
        const outcomes = [];
        for (const branch of branches) {
            try {
                const done = await syncBranch(run, branch);
                if (done.sync)
                    syncs.push(done.sync);
                outcomes.push(done.outcome);
            }
            catch (error) {
                // One branch failing does not stop the others.
                outcomes.push({
                    branch,
                    operation: 'failed',
                    reason: (0,secrets/* redact */.E$)(cleanText(run, error.message)),
                });
            }
        }
        return {
            base,
            mode: platform?.kind ?? 'local',
            dryRun: options.dryRun ?? false,
            syncs,
            outcomes: (0,propose_downstream/* sortLike */.qz)(branches, outcomes),
            notes,
        };
    }
    finally {
        for (const step of cleanup.reverse())
            await step().catch(() => undefined);
    }
}
/** The dist-git branches: requested ones; else the first configured entry (one branch), else rawhide. */
async function defaultBranches(pkg, requested, http, bodhiUrl, notes) {
    const url = bodhiUrl ?? bodhi/* DEFAULT_BODHI_URL */.Xr;
    if (requested && requested.length > 0)
        return (0,propose_downstream/* branchesFor */.I7)(pkg, requested, http, url);
    const first = pkg.dist_git_branches[0] ?? 'rawhide';
    const resolved = await (0,propose_downstream/* branchesFor */.I7)(pkg, [first], http, url);
    if (resolved.length <= 1)
        return resolved;
    // One source-git base branch follows one dist-git branch; the others get their changes from it.
    const chosen = resolved.includes('rawhide') ? 'rawhide' : resolved[resolved.length - 1];
    notes.push(`dist_git_branches starts with ${first} (${resolved.join(', ')}); syncing from ${chosen} only: ` +
        'give the dist-git branch(es) to sync from explicitly to choose others');
    return [chosen];
}
async function syncBranch(run, branch) {
    const { source, dist } = run;
    checkBranchName(branch, 'the dist-git branch');
    const syncBranch = syncBranchName(branch);
    const distRef = (await dist.tryRevParse(`refs/heads/${branch}`)) ??
        (await dist.tryRevParse(`refs/remotes/origin/${branch}`));
    if (!distRef)
        throw new update_dist_git/* JobError */.CR(`dist-git ${run.distLabel} has no branch "${branch}"`);
    // What the remote has, read before anything is made.
    const remoteBranch = run.remote ? await readRemoteBranch(run, syncBranch) : undefined;
    const holder = (0,resources/* makeTempDir */.mk)('srcgit-sync-dist-git-');
    const distTree = external_node_path_.join(holder, run.pkg.downstream_package_name);
    const work = source.at(run.tree);
    await work.run(['reset', '-q', '--hard', run.baseCommit]);
    await dist.run(['worktree', 'add', '-q', '--detach', distTree, distRef]);
    let result;
    try {
        result = await updateSourceGit({
            distGit: distTree,
            sourceGit: run.tree,
            configFile: run.configFile,
            view: run.view,
        });
    }
    catch (error) {
        // Messages name the dist-git clone by where it came from, not by its temporary worktree.
        if (error instanceof Error)
            error.message = error.message.split(distTree).join(`${run.distLabel} (${branch})`);
        throw error;
    }
    finally {
        await dist.run(['worktree', 'remove', '--force', distTree], { allowFailure: true });
        (0,external_node_fs_.rmSync)(holder, { recursive: true, force: true });
    }
    const clean = (text) => cleanText(run, text.split(distTree).join(`${run.distLabel} (${branch})`));
    const stopped = result.stopped && { ...result.stopped, reason: clean(result.stopped.reason) };
    const skipped = result.skipped.map((s) => ({ ...s, reason: clean(s.reason) }));
    const notes = result.notes.map(clean);
    if (result.commits.length === 0) {
        if (stopped)
            return {
                outcome: { branch, operation: 'failed', reason: `nothing brought back: ${stopReport(stopped)}` },
                sync: {
                    branch,
                    syncBranch,
                    commits: [],
                    skipped,
                    stopped,
                    distGitCommits: await commitInfos(run, [
                        stopped.distGitCommit,
                        ...skipped.map((s) => s.distGitCommit),
                    ]),
                    title: '',
                    body: '',
                    notes,
                },
            };
        const nothing = skipped.length
            ? `nothing to sync (${skipped.length} dist-git commit(s) with nothing to bring back)`
            : 'nothing to sync';
        return { outcome: { branch, operation: 'unchanged', reason: nothing } };
    }
    const infos = await commitInfos(run, [
        ...result.commits.map((c) => c.distGitCommit),
        ...skipped.map((s) => s.distGitCommit),
        ...(stopped ? [stopped.distGitCommit] : []),
    ]);
    const noun = run.platform?.requests?.noun ?? (run.platform?.kind === 'gitlab' ? 'merge request' : 'pull request');
    const brought = new Set(result.commits.map((c) => c.distGitCommit)).size;
    const sync = {
        branch,
        syncBranch,
        commits: result.commits,
        skipped,
        stopped,
        distGitCommits: infos,
        title: syncTitle(branch, brought),
        body: syncDescription({
            branch,
            base: run.base,
            webUrl: run.webUrl,
            project: `${run.pkg.dist_git_namespace}/${run.pkg.downstream_package_name}`,
            commits: result.commits,
            skipped,
            stopped,
            infos,
            notes,
            noun,
            platform: run.platform?.kind,
        }),
        head: result.head,
        notes,
    };
    const summary = `${brought} dist-git commit(s) brought back${stopped ? `; ${stopReport(stopped, true)}` : ''}`;
    const outcome = run.remote
        ? await sync_from_downstream_publish(run, sync, remoteBranch, summary)
        : await keepLocally(run, sync, summary);
    return { outcome, sync };
}
/**
 * How commits of the package link on its forge. Asked (config, else a probe) only when dist-git
 * is cloned from the instance: a local dist-git keeps Pagure's form and needs no request.
 */
async function commitLinks(options, pkg, instanceUrl, http) {
    const ns = pkg.dist_git_namespace;
    const repo = pkg.downstream_package_name;
    const fromInstance = options.distGit === undefined || options.distGit.startsWith(`${instanceUrl}/`);
    if (!fromInstance || !/^https?:\/\//.test(instanceUrl))
        return (sha) => `${instanceUrl}/${ns}/${repo}/c/${sha}`;
    const distGit = await (0,dist_git_select/* openDistGitForge */.U)({
        instanceUrl,
        http: http(),
        choice: options.forgeKind ?? pkg.dist_git_forge,
    });
    return (sha) => distGit.commitUrl(ns, repo, sha);
}
/** Subject, author and link of each dist-git commit. */
async function commitInfos(run, shas) {
    const infos = {};
    for (const sha of new Set(shas)) {
        const [subject, author] = (await run.dist.output(['log', '-1', '--format=%s%x1f%an', sha, '--'])).split('\x1f');
        infos[sha] = { sha, subject, author, url: run.commitUrl(sha) };
    }
    return infos;
}
/** Paths of the temporary worktree never reach a request text or a report. */
function cleanText(run, text) {
    return text.split(`${run.tree}/`).join('').split(run.tree).join('source-git');
}
// ---- local run ----------------------------------------------------------------------------
async function keepLocally(run, sync, summary) {
    const { source, options } = run;
    const { branch, syncBranch } = sync;
    const ref = `refs/heads/${syncBranch}`;
    const existing = await source.tryRevParse(ref);
    if (existing && (await sameSync(source, existing, sync.head, run.baseCommit)))
        return {
            branch,
            operation: 'unchanged',
            reason: `${syncBranch} in ${source.dir} already has these commits`,
        };
    if (options.dryRun)
        return {
            branch,
            operation: existing ? 'updated' : 'created',
            dryRun: true,
            reason: `dry run: ${summary}; nothing was kept`,
        };
    const current = (await source.run(['symbolic-ref', '-q', 'HEAD'], { allowFailure: true })).stdout.trim();
    if (current === ref)
        throw new update_dist_git/* JobError */.CR(`${syncBranch} is checked out in ${source.dir}; check out another branch and run again`);
    await source.run(['update-ref', ref, sync.head, existing ?? '']);
    return {
        branch,
        operation: existing ? 'updated' : 'created',
        reason: `local branch ${syncBranch} on ${run.base} (${summary}); push it and propose it into ${run.base}`,
    };
}
/** Same tree, and the same dist-git commits brought back since the base. */
async function sameSync(git, a, b, base) {
    const tree = (rev) => git.output(['rev-parse', `${rev}^{tree}`]);
    const [ta, tb, la, lb] = await Promise.all([
        tree(a),
        tree(b),
        trailerList(git, base, a),
        trailerList(git, base, b),
    ]);
    return ta === tb && la === lb;
}
async function trailerList(git, base, tip) {
    return git.output([
        'log',
        '--reverse',
        `--format=%(trailers:key=${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ},valueonly,separator=%x2c)`,
        `${base}..${tip}`,
        '--',
    ]);
}
async function readRemoteBranch(run, syncBranch) {
    const remote = run.remote;
    const sha = await lsRemote(run.source, remote, syncBranch);
    if (!sha)
        return {};
    const ref = `${TEMP_REFS}/remote/${syncBranch}`;
    await runRemote(run.source, remote, ['fetch', '-q', '--no-tags', remote.url, `+refs/heads/${syncBranch}:${ref}`], { action: 'read', branch: syncBranch });
    return { sha, ref };
}
/** Pushes the sync branch (unless the remote has the same) and opens or updates its request. */
async function sync_from_downstream_publish(run, sync, remoteBranch, summary) {
    const { source, options } = run;
    const remote = run.remote;
    const requests = run.platform?.requests;
    const { branch, syncBranch } = sync;
    const head = sync.head;
    let same = false;
    if (remoteBranch?.ref) {
        // Commits without the trailer are someone's own work on the branch: not srcgit's to replace.
        const foreign = (await source.output([
            'log',
            `--format=%an%x1f%(trailers:key=${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ},valueonly)%x1e`,
            `${run.baseCommit}..${remoteBranch.ref}`,
            '--',
        ]))
            .split('\x1e')
            .map((entry) => entry.trim().split('\x1f'))
            .find(([author, trailer]) => author && !trailer?.trim());
        if (foreign && !options.force)
            return {
                branch,
                operation: 'skipped',
                reason: `branch modified by ${foreign[0]}: ${syncBranch} on ${remote.label} has commits srcgit did not make; ` +
                    'merge or close its request, or rerun with force to replace them',
            };
        same = await sameSync(source, remoteBranch.ref, head, run.baseCommit);
    }
    const existing = requests ? await requests.findOpen(syncBranch, run.base) : undefined;
    const needsText = existing !== undefined &&
        (existing.title !== sync.title || (0,publish/* normalizeText */.fQ)(existing.body) !== (0,publish/* normalizeText */.fQ)(sync.body));
    if (same && existing && !needsText)
        return { branch, operation: 'unchanged', url: existing.url, reason: summary };
    if (options.dryRun)
        return {
            branch,
            operation: existing ? 'updated' : 'created',
            dryRun: true,
            url: existing?.url,
            reason: `dry run: ${summary}; nothing was pushed or proposed${requests ? '' : ` (without ${remote.platform.tokenName}, the open request was not looked up)`}`,
        };
    if (!requests)
        throw new update_dist_git/* JobError */.CR(`${remote.platform.tokenName} is empty`);
    const request = await pushWithRollback(source, remote, { branch: syncBranch, head, remoteSha: remoteBranch?.sha, push: !same }, async () => existing
        ? needsText
            ? await requests.update(existing.number, { title: sync.title, body: sync.body })
            : existing
        : (await requests.create({ head: syncBranch, base: run.base, title: sync.title, body: sync.body }))
            .request);
    return { branch, operation: existing ? 'updated' : 'created', url: request.url, reason: summary };
}
// ---- small helpers ------------------------------------------------------------------------
async function checkedOutBranch(source) {
    const branch = (await source.run(['symbolic-ref', '-q', '--short', 'HEAD'], { allowFailure: true })).stdout.trim();
    if (!branch)
        throw new update_dist_git/* JobError */.CR(`source-git ${source.dir} has no branch checked out (detached HEAD); give the branch to propose into with --base`);
    return branch;
}
/** Names srcgit puts in refs and command lines are plain. */
function checkBranchName(name, what) {
    if (!(0,git_git/* isPlainBranchName */.aQ)(name))
        throw new update_dist_git/* JobError */.CR(`${what} "${name}" is not a branch name srcgit accepts`);
}

// EXTERNAL MODULE: ./build/bundle-src/status/wait.js
var wait = __webpack_require__(56416);
// EXTERNAL MODULE: ./build/bundle-src/runtime/gitlab.js
var gitlab = __webpack_require__(51062);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/identity.js
var identity = __webpack_require__(64298);
;// CONCATENATED MODULE: ./build/bundle-src/commands/io.js

/** Exit codes of the srcgit command (documented in README). */
const io_EXIT = {
    ok: 0,
    /** The input is wrong (config errors, spec cannot be edited). */
    failure: 1,
    /** The command line is wrong (unknown option, missing argument). */
    usage: 2,
};
/** A --date option (YYYY-MM-DD, a UTC day); undefined when it is not one (2026-02-30 is not). */
function io_parseDateOption(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return undefined;
    const date = new Date(`${text}T00:00:00Z`);
    // Date rolls 2026-02-30 over to March 2nd: only a day that round-trips is one.
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : undefined;
}
/** An --author value: `Full Name <email>`, as git and %changelog lines write it. */
function io_isIdentity(text) {
    try {
        parseIdentity(text, '--author');
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./build/bundle-src/commands/instance-url.js
var instance_url = __webpack_require__(16394);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./build/bundle-src/commands/options.js
/**
 * Command-line options, one rule for all commands: parsing with a did-you-mean for a misspelt
 * option, the environment fallback SRCGIT_<OPTION> (the long name upper-cased, `-` as `_`), and
 * the --help lines listing those variables, generated from the same option table.
 */


/** The variable an option falls back to: --dist-git-url is SRCGIT_DIST_GIT_URL. */
function environmentVariable(option) {
    return `SRCGIT_${option.toUpperCase().replace(/-/g, '_')}`;
}
/** Variables documented before the one rule: still read, with a warning naming the new one. */
const DEPRECATED_VARIABLES = { branch: 'SRCGIT_DIST_GIT_BRANCHES' };
/** Options with no environment fallback. */
const COMMAND_LINE_ONLY = new Set(['help']);
/** Parses argv; a string is the usage error to print (an unknown option names its closest match). */
function options_parseOptions(options, argv) {
    try {
        const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options, strict: true });
        return { values: values, positionals };
    }
    catch (error) {
        return parseErrorText(error, options, argv);
    }
}
/** node:util's texts say how to pass a positional starting with "-"; users need the option they meant. */
function parseErrorText(error, options, argv) {
    const { code, message } = error;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS'))
        throw error;
    const quoted = /'(-[^' ]*)/.exec(message ?? '')?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const given = quoted.replace(/=.*$/, '');
        const name = given.replace(/^-+/, '');
        const suggestion = closestMatch(name, Object.keys(options));
        return `unknown option ${given}${suggestion ? `; did you mean --${suggestion}?` : ''}`;
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const name = Object.entries(options).find(([long, spec]) => quoted === `--${long}` || (spec.short && quoted === `-${spec.short}`))?.[0];
        if (name && options[name].type === 'string')
            return `--${name} needs a value`;
        if (name)
            return `--${name} takes no value (write --${name}, or leave it out)`;
    }
    return `${message ?? String(error)} (arguments: ${argv.join(' ')})`;
}
/**
 * Options not given on the command line, from their SRCGIT_<OPTION> variables (the CI templates
 * set these); the command line wins. A string is the usage error.
 */
function options_withEnvironment(options, values, env, warn = () => { }, 
/** Options that exclude each other: one given on the command line, the others' variables are not read. */
exclusive = []) {
    const out = { ...values };
    const fromCommandLine = (name) => values[name] !== undefined;
    for (const [name, spec] of Object.entries(options)) {
        if (out[name] !== undefined || COMMAND_LINE_ONLY.has(name))
            continue;
        if (exclusive.some((group) => group.includes(name) && group.some(fromCommandLine)))
            continue;
        let key = environmentVariable(name);
        let raw = env[key]?.trim();
        const old = DEPRECATED_VARIABLES[name];
        if (!raw && old && env[old]?.trim()) {
            warn(`${old} is deprecated: set ${key} instead (every option --NAME reads SRCGIT_NAME)`);
            key = old;
            raw = env[old]?.trim();
        }
        if (!raw)
            continue;
        if (spec.type === 'boolean') {
            if (!/^(true|false)$/i.test(raw))
                return `${key} is "${raw}"; it must be true or false`;
            out[name] = /^true$/i.test(raw);
        }
        else if (spec.multiple)
            out[name] = raw.split(/[\s,]+/).filter(Boolean);
        else
            out[name] = raw;
    }
    for (const group of exclusive) {
        const given = group.filter((name) => out[name] !== undefined);
        if (given.length > 1)
            return `give ${given.map((name) => `--${name}`).join(' or ')}, not ${given.length === 2 ? 'both' : 'several'}${given.some((name) => !fromCommandLine(name))
                ? ` (from ${given.map((name) => (fromCommandLine(name) ? `--${name}` : environmentVariable(name))).join(' and ')})`
                : ''}`;
    }
    return out;
}
/** The --help lines naming each option's variable, from the option table itself. */
function options_environmentHelp(options) {
    const rows = Object.entries(options)
        .filter(([name]) => !COMMAND_LINE_ONLY.has(name))
        .map(([name, spec]) => {
        const what = spec.type === 'boolean'
            ? 'true or false'
            : spec.multiple
                ? 'values separated by spaces or commas'
                : '';
        const old = DEPRECATED_VARIABLES[name] ? `; ${DEPRECATED_VARIABLES[name]} still read, deprecated` : '';
        return `  ${environmentVariable(name).padEnd(30)} --${name}${what || old ? ` (${[what, old.slice(2)].filter(Boolean).join('; ')})` : ''}`;
    });
    return `Every option can also come from the environment (the command line wins):\n${rows.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./build/bundle-src/commands/parse.js
/**
 * The command line of a job command: options (with SRCGIT_<OPTION> environment fallbacks),
 * --help, and at most one SOURCE_GIT directory. One place for the parsing and its messages.
 */




/** Parses `srcgit <name> [options] [SOURCE_GIT]`; a number is the exit code to return at once. */
function parse_parseCommand(name, help, options, argv, io, 
/** Options that exclude each other (e.g. --tag and --version). */
exclusive = []) {
    const usage = (message) => {
        io.stderr(`srcgit ${name}: ${message}\n(see srcgit ${name} --help)\n`);
        return EXIT.usage;
    };
    const parsed = parseOptions(options, argv);
    if (typeof parsed === 'string')
        return usage(parsed);
    if (parsed.values.help) {
        io.stdout(help);
        return EXIT.ok;
    }
    const values = withEnvironment(options, parsed.values, process.env, (message) => io.stderr(`warning: ${message}\n`), exclusive);
    if (typeof values === 'string')
        return usage(values);
    const instance = normalizeInstanceUrl(values, io.cwd);
    if (instance)
        return usage(instance);
    if (parsed.positionals.length > 1)
        return usage('expected at most one SOURCE_GIT directory');
    return { values, sourceGit: path.resolve(io.cwd, parsed.positionals[0] ?? '.'), usage };
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

// EXTERNAL MODULE: ./build/bundle-src/runtime/user-errors.js
var user_errors = __webpack_require__(77720);
;// CONCATENATED MODULE: ./build/bundle-src/commands/sync-from-downstream.js
/**
 * `srcgit sync-from-downstream`: bring the commits made by hand in dist-git back to source-git
 * as a pull request (GitHub Actions) or merge request (GitLab CI), from the branch
 * `srcgit/sync-from-<branch>`; meant for scheduled and manual CI runs. Run locally, it only
 * makes that branch in SOURCE_GIT.
 */













const NAME = 'srcgit sync-from-downstream';
const OPTIONS = {
    'dry-run': { type: 'boolean' },
    branch: { type: 'string', multiple: true },
    base: { type: 'string' },
    remote: { type: 'string' },
    platform: { type: 'string' },
    repository: { type: 'string' },
    'dist-git': { type: 'string' },
    'dist-git-url': { type: 'string' },
    'dist-git-forge': { type: 'string' },
    config: { type: 'string' },
    package: { type: 'string' },
    'bodhi-url': { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const SYNC_FROM_DOWNSTREAM_USAGE = (/* unused pure expression or super */ null && (`Usage: srcgit sync-from-downstream [options] [SOURCE_GIT]

Brings the commits made by hand in dist-git since the last sync (a maintainer's fix, a mass
rebuild, a new patch) back to source-git: per dist-git branch, update-source-git replays them
onto the base branch as commits on srcgit/sync-from-<branch> (spec and files_to_sync under
.distro/, patches applied to the sources, each with a From-dist-git-commit trailer). Then:
  - GitHub (GITHUB_ACTIONS=true or --platform github): pushes that branch and opens or updates
    the pull request into the base branch;
  - GitLab (GITLAB_CI=true or --platform gitlab): the same as a merge request;
  - otherwise (--platform local): makes the branch in SOURCE_GIT only.
Nothing is pushed or proposed when there is nothing to sync, or when the remote branch and the
request already hold the same commits and text. A dist-git commit that cannot be brought back (a
patch that does not apply) stops that branch's sync; the request says where and why.

  --dry-run              push, propose and keep nothing; report what would be done
  --branch BRANCH        dist-git branch or alias to sync from (repeatable; default: the first
                         dist_git_branches entry, else rawhide)
  --base BRANCH          the source-git branch to propose into (default: GITHUB_REF_NAME of a
                         branch run, CI_COMMIT_BRANCH, else the branch SOURCE_GIT has checked out)
  --remote NAME|URL      where the sync branch is pushed (default: origin)
  --platform P           github, gitlab or local (default: from GITHUB_ACTIONS / GITLAB_CI)
  --repository NAME      GitHub owner/name (default: GITHUB_REPOSITORY) or GitLab project path
                         (default: CI_PROJECT_ID)
  --dist-git DIR|URL     dist-git repository or URL to clone (default: <instance>/<namespace>/<package>.git)
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url, https://src.fedoraproject.org)
  --dist-git-forge F     auto (default: ask the host, or dist_git_forge), pagure or forgejo: for commit links
  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --bodhi-url URL        Bodhi, for branch aliases (default: https://bodhi.fedoraproject.org)
  --force                replace commits someone else pushed to the sync branch

${environmentHelp(OPTIONS)}SRCGIT_DOTENV and SRCGIT_SUMMARY name files for a dotenv report and a Markdown summary.

Secrets come from the environment, never from the command line:
  SRCGIT_GITHUB_TOKEN    (else GITHUB_TOKEN) may push and open pull requests: in a workflow
                         \`permissions: contents: write\` and \`pull-requests: write\`
  SRCGIT_GITLAB_TOKEN    project access token with the Developer role and the api scope

Exit codes: 0 done (or nothing to do), 1 a branch failed or stopped before a dist-git commit,
2 the command line is wrong.
`));
/** The branch a CI run is for, when it runs for a branch (push, schedule, workflow_dispatch, web). */
function sync_from_downstream_ciBaseBranch(env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REF?.startsWith('refs/heads/'))
        return env.GITHUB_REF.slice('refs/heads/'.length);
    if ((0,gitlab/* isGitLabCi */.Op)(env) && env.CI_COMMIT_BRANCH?.trim())
        return env.CI_COMMIT_BRANCH.trim();
    return undefined;
}
/** The platform from --platform or the CI environment; undefined for a local run; a string is a usage error. */
function sync_from_downstream_platformFrom(values, env) {
    const kind = values.platform ?? (isGitLabCi(env) ? 'gitlab' : env.GITHUB_ACTIONS === 'true' ? 'github' : 'local');
    if (kind === 'local')
        return undefined;
    if (kind === 'github') {
        const repository = values.repository ?? env.GITHUB_REPOSITORY;
        if (!repository)
            return '--platform github needs the repository: --repository OWNER/NAME (GITHUB_REPOSITORY in Actions)';
        const own = env.SRCGIT_GITHUB_TOKEN?.trim();
        const token = own || env.GITHUB_TOKEN?.trim() || undefined;
        try {
            return githubPlatform({
                token,
                repository,
                tokenName: own
                    ? 'SRCGIT_GITHUB_TOKEN'
                    : token
                        ? 'GITHUB_TOKEN'
                        : 'SRCGIT_GITHUB_TOKEN (or GITHUB_TOKEN)',
                env,
                // Tests talk to a local server: no need to stay clear of GitHub's secondary rate limits.
                client: env.SRCGIT_TEST_GITHUB_NO_SPACING === 'true'
                    ? { spaceWrites: false, retryDelayUnitMs: 10 }
                    : undefined,
            });
        }
        catch (error) {
            return error.message;
        }
    }
    if (kind === 'gitlab') {
        if (!env.CI_SERVER_URL?.trim() && !env.CI_API_V4_URL?.trim())
            return '--platform gitlab needs the instance: CI_SERVER_URL (or CI_API_V4_URL), as GitLab CI sets it';
        const project = values.repository ?? (env.CI_PROJECT_ID?.trim() || env.CI_PROJECT_PATH?.trim() || undefined);
        if (!project)
            return '--platform gitlab needs the project: --repository GROUP/NAME (CI_PROJECT_ID in GitLab CI)';
        try {
            return gitlabPlatform({ token: env.SRCGIT_GITLAB_TOKEN?.trim() || undefined, project, env });
        }
        catch (error) {
            return error.message;
        }
    }
    return `--platform must be github, gitlab or local, not "${kind}"`;
}
async function syncFromDownstreamCommand(argv, io) {
    const parsed = parseCommand('sync-from-downstream', SYNC_FROM_DOWNSTREAM_USAGE, OPTIONS, argv, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, sourceGit, usage } = parsed;
    const platform = sync_from_downstream_platformFrom(values, process.env);
    if (typeof platform === 'string')
        return usage(platform);
    const forgeKind = distGitForgeOption(values['dist-git-forge']);
    if (typeof forgeKind === 'object')
        return usage(forgeKind.error);
    const distGit = values['dist-git'];
    const remote = values.remote;
    const dryRun = values['dry-run'] ?? false;
    const report = (outputs, summary) => writeCiReports(process.env, (message) => io.stderr(`warning: ${message}\n`), outputs, summary);
    try {
        const result = await syncFromDownstream({
            sourceGit,
            base: values.base ?? sync_from_downstream_ciBaseBranch(process.env),
            remote: remote && isLocalPath(remote) ? path.resolve(io.cwd, remote) : remote,
            distGit: distGit && !isRemoteUrl(distGit) ? path.resolve(io.cwd, distGit) : distGit,
            instanceUrl: values['dist-git-url'],
            forgeKind,
            branches: values.branch,
            configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            bodhiUrl: values['bodhi-url'],
            platform,
            dryRun,
            force: values.force ?? false,
        });
        const mode = modeOf(result);
        io.stdout(formatSyncResult(result, mode));
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        for (const s of result.syncs)
            for (const note of s.notes)
                io.stderr(`note: ${s.branch}: ${note}\n`);
        report(runOutputs({ outcomes: result.outcomes, version: '' }), syncSummary(result, mode));
        const stopped = result.syncs.some((s) => s.stopped);
        return runFailed(result.outcomes, values.force ?? false) || stopped ? EXIT.failure : EXIT.ok;
    }
    catch (error) {
        report(failedOutputs(), `## ${NAME} failed\n\n${redact(error.message)}\n`);
        if (isUserError(error)) {
            io.stderr(`${NAME}: ${redact(error.message)}\n`);
            return EXIT.failure;
        }
        throw error;
    }
    finally {
        await platform?.close?.();
    }
}
/** A path to a repository (relative ones are relative to the working directory), not a remote name or URL. */
function isLocalPath(remote) {
    return !isRemoteUrl(remote) && !/^[^/]+:/.test(remote) && /[/\\]|^\.\.?$/.test(remote);
}
function modeOf(result) {
    if (result.mode === 'local')
        return result.dryRun ? 'dry run: nothing was kept' : 'local run: branches made in SOURCE_GIT only';
    return result.dryRun
        ? `dry run on ${result.mode === 'github' ? 'GitHub' : 'GitLab'}: nothing was pushed or proposed`
        : '';
}
/** What the run did: per branch the dist-git commits and what became of them, then one line per branch. */
function formatSyncResult(result, mode) {
    const lines = [`Sync from dist-git into ${result.base}${mode ? `, ${mode}` : ''}.`];
    for (const s of result.syncs) {
        lines.push('', `== ${s.branch}: ${s.title || 'nothing brought back'}${s.commits.length ? ` (${s.syncBranch})` : ''}`);
        for (const c of s.commits)
            lines.push(`${c.distGitCommit.slice(0, 12)} -> ${c.kind.padEnd(5)} ${c.subject}`);
        for (const k of s.skipped)
            lines.push(`${k.distGitCommit.slice(0, 12)} skipped: ${k.subject} (${k.reason})`);
        if (s.stopped)
            lines.push(`${s.stopped.distGitCommit.slice(0, 12)} STOPPED: ${s.stopped.subject}${s.stopped.patch ? ` (patch ${s.stopped.patch})` : ''}`, ...s.stopped.reason.split('\n').map((line) => `  ${line}`));
    }
    lines.push('');
    for (const o of result.outcomes)
        lines.push(formatOutcome(o));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/changelog-entry.js
var changelog_entry = __webpack_require__(24589);
;// CONCATENATED MODULE: ./build/bundle-src/source-git/release-bump.js
/**
 * The content of the bump commit (pure): `upstream_ref` moved in the config file, keeping its
 * comments and layout, and the spec's Version/Release/changelog updated as propose-downstream does.
 */




/**
 * Sets `upstream_ref` where the file has it (top level, or in the one package of `packages:` that
 * has it); at the top level when the file has none.
 */
function moveUpstreamRef(text, fileName, ref, packageKey) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { keepSourceTokens: true });
    if (doc.errors.length > 0)
        throw new downstream/* SourceGitError */.YC(`${fileName}: not valid YAML (${doc.errors[0].message}); fix the file and run again`);
    if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents))
        throw new downstream/* SourceGitError */.YC(`${fileName}: the top level is not a mapping; it cannot hold upstream_ref`);
    const packages = doc.get('packages');
    if (!doc.has('upstream_ref') && (0,dist/* isMap */.jh)(packages)) {
        const keys = packageKey
            ? [packageKey]
            : packages.items.map((i) => String(i.key?.value ?? i.key));
        for (const key of keys) {
            if (doc.hasIn(['packages', key, 'upstream_ref'])) {
                doc.setIn(['packages', key, 'upstream_ref'], ref);
                return doc.toString();
            }
        }
    }
    doc.set('upstream_ref', ref);
    return doc.toString();
}
/** The spec with Version → the release (pre-release delimiter as `~`), Release reset, a changelog entry. */
function bumpSpec(options) {
    const { version: rpmVersion, prerelease } = (0,bundle_src_spec/* toRpmVersion */.Ft)(options.version, options.prereleaseSuffixPattern === undefined ? undefined : options.prereleaseSuffixPattern);
    const spec = bundle_src_spec/* SpecFile */.An.parse(options.specText, { fileName: options.fileName });
    const notes = [];
    if (options.prereleaseSuffixMacro && !spec.setMacroCommentedOut(options.prereleaseSuffixMacro, !prerelease))
        notes.push(`prerelease_suffix_macro: ${options.fileName} defines no macro %${options.prereleaseSuffixMacro}`);
    notes.push(...spec.setVersion(rpmVersion));
    notes.push(...spec.resetRelease());
    if (!spec.hasAutochangelog)
        spec.addChangelogEntry({
            text: (0,changelog_entry/* changelogEntryText */.W4)({ version: options.version, copyReleaseDescription: false }),
            author: options.author,
            date: options.date,
        });
    return { text: spec.toString(), rpmVersion, notes };
}

;// CONCATENATED MODULE: ./build/bundle-src/source-git/replay.js
/** The stable patch-id of one commit (undefined for a commit without a diff). */
async function patchIdOf(git, commit) {
    const diff = await git.run(['show', '--format=', '--no-color', '--no-ext-diff', commit]);
    if (!diff.stdout.trim())
        return undefined;
    const id = await git.output(['patch-id', '--stable'], { input: diff.stdoutBytes });
    return id.split(' ')[0] || undefined;
}
/** patch-id → commit for every commit in `from..to` (what the new release brought). */
async function upstreamPatchIds(git, from, to) {
    const log = await git.run([
        'log',
        '--no-merges',
        '-p',
        '--format=commit %H',
        '--no-color',
        `${from}..${to}`,
    ]);
    const ids = await git.output(['patch-id', '--stable'], { input: log.stdoutBytes });
    const map = new Map();
    for (const line of ids.split('\n')) {
        const [id, sha] = line.split(' ');
        if (id && sha && !map.has(id))
            map.set(id, sha);
    }
    return map;
}
function conflictDetail(output) {
    const lines = output
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^(CONFLICT|error:)/.test(l));
    return (lines.length > 0 ? lines : output.trim().split('\n').slice(0, 3)).join('\n').slice(0, 1000);
}
async function replayCommits(git, commits, upstreamIds, committer) {
    const env = { GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email };
    const outcome = { replayed: [], dropped: [], notReplayed: [] };
    for (const [index, commit] of commits.entries()) {
        const id = await patchIdOf(git, commit.sha);
        const upstreamCommit = id ? upstreamIds.get(id) : undefined;
        if (upstreamCommit) {
            outcome.dropped.push({
                original: commit.sha,
                subject: commit.subject,
                reason: 'upstreamed',
                upstreamCommit,
            });
            continue;
        }
        const before = await git.output(['rev-parse', 'HEAD']);
        const picked = await git.run(['cherry-pick', '--allow-empty-message', commit.sha], {
            env,
            allowFailure: true,
        });
        if (picked.code === 0) {
            const after = await git.output(['rev-parse', 'HEAD']);
            outcome.replayed.push({ original: commit.sha, replayed: after, subject: commit.subject });
            continue;
        }
        const unmerged = (await git.output(['diff', '--name-only', '--diff-filter=U', '-z']))
            .split('\0')
            .filter(Boolean);
        const staged = await git.run(['diff', '--cached', '--quiet'], { allowFailure: true });
        if (unmerged.length === 0 && staged.code === 0) {
            // Applies as nothing: the release already has the change.
            await git.run(['cherry-pick', '--abort'], { allowFailure: true });
            await git.run(['reset', '--hard', '--quiet', before]);
            outcome.dropped.push({ original: commit.sha, subject: commit.subject, reason: 'upstreamed' });
            continue;
        }
        await git.run(['cherry-pick', '--abort'], { allowFailure: true });
        await git.run(['reset', '--hard', '--quiet', before]);
        outcome.conflict = {
            original: commit.sha,
            subject: commit.subject,
            files: unmerged,
            detail: conflictDetail(`${picked.stdout}\n${picked.stderr}`),
        };
        outcome.notReplayed = commits.slice(index + 1).map((c) => ({ original: c.sha, subject: c.subject }));
        break;
    }
    return outcome;
}

;// CONCATENATED MODULE: ./build/bundle-src/source-git/rebase-on-release.js
/**
 * CONTRACT (issue 18, pull-from-upstream): the downstream commits of a source-git branch replayed
 * onto a new upstream release, on a local work branch; then one commit that moves `upstream_ref`
 * and bumps the `.distro` spec. Never pushes, never touches the user's branch. Implemented by the
 * pull-from-upstream engine; the job only calls it.
 */







/** What HEAD is now: the branch name, or the commit when detached. */
async function currentCheckout(git) {
    const branch = await git.run(['symbolic-ref', '-q', '--short', 'HEAD'], { allowFailure: true });
    return branch.code === 0 ? branch.stdout.trim() : await git.output(['rev-parse', 'HEAD']);
}
async function rebaseOnRelease(options) {
    const { git, release, workBranch } = options;
    const dirty = await git.dirtyPaths();
    if (dirty.length > 0)
        throw new downstream/* SourceGitError */.YC(`${git.dir} has uncommitted changes (${dirty.slice(0, 5).join(', ')}); commit or stash them before rebasing on ${release.tag}`);
    const branchRef = options.branch.startsWith('refs/') ? options.branch : `refs/heads/${options.branch}`;
    const branchSha = await git.tryRevParse(branchRef);
    if (!branchSha)
        throw new downstream/* SourceGitError */.YC(`branch ${options.branch} does not exist in ${git.dir}`);
    if (!(await git.tryRevParse(release.commit)))
        throw new downstream/* SourceGitError */.YC(`release commit ${release.commit} (${release.tag}) is not in ${git.dir}; fetch the tag first`);
    if (workBranch === options.branch)
        throw new downstream/* SourceGitError */.YC(`the work branch must not be the source-git branch ${options.branch}`);
    const original = await currentCheckout(git);
    const workBefore = await git.tryRevParse(`refs/heads/${workBranch}`);
    const identityEnv = {
        GIT_AUTHOR_NAME: options.identity.name,
        GIT_AUTHOR_EMAIL: options.identity.email,
        GIT_COMMITTER_NAME: options.identity.name,
        GIT_COMMITTER_EMAIL: options.identity.email,
    };
    try {
        // The user's branch as it is, on the work branch: the config and spec are read there.
        await git.run(['checkout', '--quiet', '-B', workBranch, branchSha]);
        const config = await (0,bundle_src_config/* loadConfig */.Z9)(git.dir, { configFile: options.configFile });
        const names = Object.keys(config.packages);
        const packageKey = options.packageName ?? (names.length === 1 ? names[0] : undefined);
        const pkg = packageKey ? config.packages[packageKey] : undefined;
        if (!pkg)
            throw new downstream/* SourceGitError */.YC(`${config.file} defines packages ${names.join(', ')}; name the one to rebase (packageName)`);
        if (!pkg.upstream_ref)
            throw new downstream/* SourceGitError */.YC(`${config.file} has no upstream_ref: set it to the upstream tag the downstream commits sit on`);
        const specPath = pkg.specfile_path;
        if (!specPath)
            throw new downstream/* SourceGitError */.YC(`${config.file}: no specfile_path and no spec found; set specfile_path (e.g. .distro/<package>.spec)`);
        const configPath = external_node_path_.join(git.dir, config.file);
        const specFile = external_node_path_.join(git.dir, specPath);
        const oldSpecText = (0,external_node_fs_.readFileSync)(specFile, 'utf8');
        const previousVersion = bundle_src_spec/* SpecFile */.An.parse(oldSpecText, { fileName: specPath }).version?.value ?? '';
        const previous = await (0,downstream/* resolveUpstreamRef */.ZZ)(git, pkg.upstream_ref, branchSha);
        const range = await (0,downstream/* downstreamRange */.Qs)(git, previous, branchSha);
        const upstreamIds = await upstreamPatchIds(git, previous, release.commit);
        await git.run(['reset', '--hard', '--quiet', release.commit]);
        const outcome = await replayCommits(git, range.commits, upstreamIds, options.identity);
        // The bump: whatever the replay left of the config and spec (they are downstream files).
        const configText = (0,external_node_fs_.readFileSync)(configPath, 'utf8');
        (0,external_node_fs_.writeFileSync)(configPath, moveUpstreamRef(configText, config.file, release.tag, packageKey));
        const bumped = bumpSpec({
            specText: (0,external_node_fs_.readFileSync)(specFile, 'utf8'),
            fileName: specPath,
            version: release.version,
            prereleaseSuffixPattern: pkg.prerelease_suffix_pattern,
            prereleaseSuffixMacro: pkg.prerelease_suffix_macro,
            author: `${options.identity.name} <${options.identity.email}>`,
            date: options.date,
        });
        (0,external_node_fs_.writeFileSync)(specFile, bumped.text);
        await git.run(['add', '--', config.file, specPath]);
        await git.run(['commit', '--quiet', '--allow-empty', '-F', '-'], {
            input: `Rebase on upstream ${release.tag} (${release.version})\n\nupstream_ref: ${release.tag}\n`,
            env: identityEnv,
        });
        const head = await git.output(['rev-parse', 'HEAD']);
        await git.run(['checkout', '--quiet', original]);
        return {
            head,
            previous: { upstreamRef: previous, version: previousVersion },
            replayed: outcome.replayed,
            dropped: outcome.dropped,
            conflict: outcome.conflict,
            notReplayed: outcome.notReplayed,
            bumpCommit: head,
            rpmVersion: bumped.rpmVersion,
            notes: bumped.notes,
        };
    }
    catch (error) {
        await git.run(['cherry-pick', '--abort'], { allowFailure: true });
        await git.run(['reset', '--hard', '--quiet'], { allowFailure: true });
        await git.run(['checkout', '--quiet', '--force', original], { allowFailure: true });
        if (workBefore)
            await git.run(['update-ref', `refs/heads/${workBranch}`, workBefore], { allowFailure: true });
        else
            await git.run(['branch', '-D', workBranch], { allowFailure: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/bundle-src/source-git/anitya.js
/**
 * release-monitoring.org (Anitya API v2): the newest version of a distribution package.
 * `GET /api/v2/packages/?distribution=<d>&name=<pkg>` answers
 * `{items: [{distribution, name, project, ecosystem, version, stable_version}], page, items_per_page, total_items}`
 * (anitya/api_v2.py PackagesResource.get); `version` is the latest (pre-releases included),
 * `stable_version` the latest that is not a pre-release.
 */


/** The newest version Anitya knows for the package, or undefined when it has none. */
async function anityaLatestVersion(query) {
    const base = query.url.replace(/\/+$/, '');
    const params = new URLSearchParams({ distribution: query.distribution, name: query.package });
    const url = `${base}/api/v2/packages/?${params}`;
    const client = query.client ?? new http_client/* HttpClient */.Q({ timeoutMs: query.deadlineMs });
    try {
        const response = await client.request({ method: 'GET', url, timeoutMs: query.deadlineMs });
        if (response.status !== 200) {
            let description = response.text.slice(0, 200);
            try {
                const body = JSON.parse(response.text);
                description = body.description ?? body.error ?? description;
            }
            catch {
                // not JSON: keep the text
            }
            throw new downstream/* SourceGitError */.YC(`release-monitoring.org (${base}) answered ${response.status} for package ${query.package} in ` +
                `${query.distribution}: ${description}; check the Anitya URL and the package mapping`);
        }
        let items;
        try {
            items = JSON.parse(response.text).items ?? [];
        }
        catch {
            throw new downstream/* SourceGitError */.YC(`release-monitoring.org (${base}) did not answer JSON for ${url}`);
        }
        const item = items.find((i) => i.name === query.package && i.distribution?.toLowerCase() === query.distribution.toLowerCase());
        if (!item)
            throw new downstream/* SourceGitError */.YC(`release-monitoring.org (${base}) has no package ${query.package} in ${query.distribution}; ` +
                `map it to its upstream project at ${base} (Add a distribution package)`);
        const version = query.stable ? item.stable_version : item.version;
        return version || undefined;
    }
    finally {
        if (!query.client)
            await client.close();
    }
}

;// CONCATENATED MODULE: ./build/bundle-src/source-git/upstream-release.js
/**
 * CONTRACT (issue 18, pull-from-upstream): the newest upstream release of a source-git package.
 * Implemented by the pull-from-upstream engine; the job (src/jobs/pull-from-upstream.ts) only
 * calls these. Plain git (ls-remote of upstream_project_url, no API) unless Anitya is asked.
 *
 * Pre-releases (a version matching prerelease_suffix_pattern, `1.2.0-rc1`): Packit itself
 * proposes whatever version it is given (Anitya's `version`, which counts pre-releases) and
 * only rewrites the delimiter to `~` in Version. Here they are skipped unless `prereleases` is
 * set (then the tags order as rpm orders the `~` form: `1.2.0~rc1` < `1.2.0`), and Anitya's
 * `stable_version` is used (its `version` with `prereleases`).
 */






/** Parses `git ls-remote --tags` output; `^{}` lines (peeled annotated tags) win over the tag object. */
function parseLsRemoteTags(output) {
    const tags = new Map();
    const peeled = new Set();
    for (const line of output.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (!sha || !ref?.startsWith('refs/tags/'))
            continue;
        let name = ref.slice('refs/tags/'.length);
        const isPeeled = name.endsWith('^{}');
        if (isPeeled)
            name = name.slice(0, -3);
        if (isPeeled) {
            tags.set(name, sha);
            peeled.add(name);
        }
        else if (!peeled.has(name))
            tags.set(name, sha);
    }
    return [...tags].map(([tag, commit]) => ({ tag, commit }));
}
/** Whether Packit's prerelease_suffix_pattern calls `version` a pre-release, and its rpm form. */
function classify(version, pattern) {
    try {
        const { version: rpmVersion, prerelease } = (0,bundle_src_spec/* toRpmVersion */.Ft)(version, pattern);
        return { rpmVersion, prerelease };
    }
    catch {
        return undefined; // not a version rpm accepts: never a release to propose
    }
}
/** The newest tag by rpm order among those matching the template and filters. */
function pickNewestTag(tags, options) {
    const pattern = options.prereleaseSuffixPattern === undefined
        ? bundle_src_spec/* DEFAULT_PRERELEASE_SUFFIX_PATTERN */.sc
        : options.prereleaseSuffixPattern;
    let best;
    for (const { tag, commit } of tags) {
        if (!(0,tag_template/* matchesTagFilters */.Dj)(tag, options.include, options.exclude))
            continue;
        const version = (0,tag_template/* tagToVersion */.ar)(options.tagTemplate || '{version}', tag, options.upstreamPackageName);
        if (!version)
            continue;
        const kind = classify(version, pattern);
        if (!kind || (kind.prerelease && !options.prereleases))
            continue;
        const candidate = { tag, commit, version, ...kind };
        if (!best || (0,bundle_src_spec/* rpmvercmp */.Lb)(candidate.rpmVersion, best.rpmVersion) > 0)
            best = candidate;
    }
    return best;
}
function remoteEnv(url, deadlineMs) {
    const { url: clean, user, password } = (0,git_git/* splitUrlCredentials */.CN)(url);
    const env = user && password ? (0,git_git/* basicAuthEnv */.YI)(clean, user, password) : {};
    if (deadlineMs !== undefined) {
        env.GIT_HTTP_LOW_SPEED_LIMIT = '1';
        env.GIT_HTTP_LOW_SPEED_TIME = String(Math.max(1, Math.ceil(deadlineMs / 1000)));
    }
    return { url: clean, env };
}
/** All tags of the upstream repository, peeled. */
async function listRemoteTags(git, upstreamUrl, deadlineMs) {
    if (!upstreamUrl || upstreamUrl.startsWith('-'))
        throw new downstream/* SourceGitError */.YC(`upstream_project_url "${(0,secrets/* redact */.E$)(upstreamUrl)}" is not a repository URL; set it in the configuration`);
    const { url, env } = remoteEnv(upstreamUrl, deadlineMs);
    const result = await git.run(['ls-remote', '--tags', url], { env, allowFailure: true });
    if (result.code !== 0)
        throw new downstream/* SourceGitError */.YC(`could not list the tags of upstream_project_url ${url}: ${(0,secrets/* redact */.E$)(result.stderr.trim()) || `exit ${result.code}`}; ` +
            'check the URL and network access (a private repository needs credentials in the URL or a credential helper)');
    return parseLsRemoteTags(result.stdout);
}
/** Fetches exactly one tag into `git` as refs/tags/<tag>; returns the commit it peels to. */
async function fetchTag(git, upstreamUrl, tag, deadlineMs) {
    const { url, env } = remoteEnv(upstreamUrl, deadlineMs);
    const result = await git.run(['fetch', '--no-tags', '--quiet', url, `+refs/tags/${tag}:refs/tags/${tag}`], {
        env,
        allowFailure: true,
    });
    if (result.code !== 0)
        throw new downstream/* SourceGitError */.YC(`could not fetch tag ${tag} from ${url}: ${(0,secrets/* redact */.E$)(result.stderr.trim()) || `exit ${result.code}`}; ` +
            'check that the tag exists upstream (upstream_tag_template) and network access');
    const commit = await git.tryRevParse(`refs/tags/${tag}`);
    if (!commit)
        throw new downstream/* SourceGitError */.YC(`tag ${tag} fetched from ${url} does not point at a commit`);
    return commit;
}
/** The newest release by rpm version order (rpmvercmp); undefined when no tag matches. */
async function findNewestRelease(options) {
    const template = options.tagTemplate || '{version}';
    const tags = await listRemoteTags(options.git, options.upstreamUrl, options.deadlineMs);
    if (options.anitya) {
        const version = await anityaLatestVersion({
            ...options.anitya,
            stable: !options.prereleases,
            deadlineMs: options.deadlineMs,
        });
        if (version === undefined)
            return undefined;
        const tag = (0,tag_template/* versionToTag */.KN)(template, version, options.upstreamPackageName);
        if (!tags.some((t) => t.tag === tag))
            throw new downstream/* SourceGitError */.YC(`release-monitoring.org says the newest version of ${options.anitya.package} is ${version}, but ` +
                `${(0,git_git/* splitUrlCredentials */.CN)(options.upstreamUrl).url} has no tag ${tag} (upstream_tag_template "${template}"); ` +
                'fix upstream_tag_template or the Anitya project mapping');
        const commit = await fetchTag(options.git, options.upstreamUrl, tag, options.deadlineMs);
        const pattern = options.prereleaseSuffixPattern === undefined
            ? bundle_src_spec/* DEFAULT_PRERELEASE_SUFFIX_PATTERN */.sc
            : options.prereleaseSuffixPattern;
        return {
            version,
            tag,
            commit,
            via: 'anitya',
            prerelease: classify(version, pattern)?.prerelease ?? false,
        };
    }
    const newest = pickNewestTag(tags, { ...options, tagTemplate: template });
    if (!newest)
        return undefined;
    const commit = await fetchTag(options.git, options.upstreamUrl, newest.tag, options.deadlineMs);
    return { version: newest.version, tag: newest.tag, commit, via: 'git-tags', prerelease: newest.prerelease };
}

// EXTERNAL MODULE: ./build/bundle-src/spec/rpmvercmp.js
var rpmvercmp = __webpack_require__(77150);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/pull-from-upstream-plan.js
/**
 * The request plan of pull-from-upstream, as pure functions: the branch a release is proposed
 * from, which open rebase request a new release goes to, the marker that says what srcgit
 * pushed, and whether the remote and the request already hold what the run made.
 */

const REBASE_BRANCH_PREFIX = 'srcgit/rebase-';
/** `srcgit/rebase-<version>`; characters git refuses in a ref (`~`, `^`, `:`, ...) become `_`. */
function rebaseBranchName(version) {
    return REBASE_BRANCH_PREFIX + version.replace(/[^A-Za-z0-9._+-]/g, '_').replace(/\.{2,}/g, '.');
}
const MARKER = /<!-- srcgit:pull-from-upstream head=([0-9a-f]{40,64}) version=(\S+) tag=(\S+) -->/;
function rebaseMarker(marker) {
    return `<!-- srcgit:pull-from-upstream head=${marker.head} version=${marker.version} tag=${marker.tag} -->`;
}
function parseRebaseMarker(body) {
    const m = MARKER.exec(body);
    return m ? { head: m[1], version: m[2], tag: m[3] } : undefined;
}
/**
 * The request a release goes to: the one from its own branch, else the open rebase request of
 * the newest version (a newer release updates it rather than opening a second one).
 */
function chooseOpenRebase(open, workBranch) {
    if (open.length === 0)
        return { others: [] };
    const version = (b) => b.slice(REBASE_BRANCH_PREFIX.length);
    const sorted = [...open].sort((a, b) => (0,rpmvercmp/* rpmvercmp */.L)(version(b.branch), version(a.branch)));
    const chosen = open.find((o) => o.branch === workBranch) ?? sorted[0];
    return { chosen, others: open.filter((o) => o !== chosen) };
}
/**
 * What to do with the remote: nothing when it has this content and the request this text; leave a
 * branch alone that someone pushed to after srcgit (unless forced); else push what differs and
 * open or update the request.
 */
function publishStep(facts) {
    const pushedBySomeoneElse = facts.requestOpen &&
        facts.remoteSha !== undefined &&
        facts.marker !== undefined &&
        facts.marker.head !== facts.remoteSha;
    if (pushedBySomeoneElse && !facts.force)
        return { kind: 'foreign' };
    const push = !(facts.remoteSha !== undefined && facts.sameContent);
    if (!push && facts.requestOpen && facts.sameText)
        return { kind: 'unchanged' };
    return { kind: 'publish', push, write: !facts.requestOpen ? 'create' : facts.sameText ? 'none' : 'update' };
}

;// CONCATENATED MODULE: ./build/bundle-src/jobs/pull-from-upstream-texts.js



const PULL_FROM_UPSTREAM_CONTEXT = 'srcgit/pull-from-upstream';
function rebaseTitle(release) {
    return `Rebase onto ${release.tag}`;
}
/** GitHub refuses bodies over 65536 characters: lists are cut before that. */
const pull_from_upstream_texts_MAX_ROWS = 200;
function rebaseDescription(input) {
    const { release, rebase, base, noun } = input;
    const short = (sha) => `\`${sha.slice(0, 12)}\``;
    const via = release.via === 'anitya' ? 'release-monitoring.org' : `the tags of ${escapeInline(input.upstreamUrl)}`;
    const lines = [
        `Upstream released **${escapeInline(release.tag)}** (version ${escapeInline(release.version)}, found in ${via}). ` +
            `This ${noun} replays the downstream commits of \`${base}\` onto it: they sat on ` +
            `\`${escapeInline(rebase.previous.upstreamRef)}\` (version ${escapeInline(rebase.previous.version)}). ` +
            `The last commit ${short(rebase.bumpCommit)} moves \`upstream_ref\` to \`${escapeInline(release.tag)}\` and bumps the ` +
            `\`.distro\` spec to ${escapeInline(release.version)}.`,
        '',
    ];
    if (rebase.conflict)
        lines.push(...conflictBlock(input), '');
    lines.push(`Replayed downstream commits (${rebase.replayed.length}):`, '');
    if (rebase.replayed.length === 0)
        lines.push('- none');
    for (const c of rebase.replayed.slice(0, pull_from_upstream_texts_MAX_ROWS))
        lines.push(`- ${short(c.original)} ${escapeInline(c.subject)}`);
    if (rebase.replayed.length > pull_from_upstream_texts_MAX_ROWS)
        lines.push(`- … ${rebase.replayed.length - pull_from_upstream_texts_MAX_ROWS} more`);
    if (rebase.dropped.length > 0) {
        lines.push('', `Dropped, because ${escapeInline(release.tag)} already has them (upstreamed):`, '');
        for (const d of rebase.dropped.slice(0, pull_from_upstream_texts_MAX_ROWS))
            lines.push(`- ${short(d.original)} ${escapeInline(d.subject)}${d.upstreamCommit ? ` (upstream commit ${short(d.upstreamCommit)})` : ''}`);
    }
    if (rebase.notReplayed.length > 0) {
        lines.push('', `Not replayed, after the conflict (${rebase.notReplayed.length}):`, '');
        for (const n of rebase.notReplayed.slice(0, pull_from_upstream_texts_MAX_ROWS))
            lines.push(`- ${short(n.original)} ${escapeInline(n.subject)}`);
    }
    lines.push('', ...mergeOrder(input), '', rebaseMarker({ head: input.head, version: release.version, tag: release.tag }));
    return lines.join('\n') + '\n';
}
function conflictBlock(input) {
    const conflict = input.rebase.conflict;
    const fence = '`'.repeat(Math.max(3, ...[...conflict.detail.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    const files = conflict.files.length > 0
        ? conflict.files.map((f) => `\`${escapeInline(f)}\``).join(', ')
        : 'none named by git';
    const later = input.rebase.notReplayed.filter((n) => n.original !== conflict.original).length;
    return [
        '> [!WARNING]',
        `> **Downstream commit \`${conflict.original.slice(0, 12)}\` (${escapeInline(conflict.subject)}) does not apply to ` +
            `${escapeInline(input.release.tag)}.** Conflicting files: ${files}. It${later ? ` and the ${later} commit(s) after it` : ''} ` +
            `are not in this ${input.noun} yet; nothing was dropped.`,
        '>',
        `> ${fence}text`,
        ...conflict.detail.split('\n').map((line) => `> ${line}`),
        `> ${fence}`,
        '>',
        `> To finish it: \`git fetch origin ${input.headBranch} && git checkout ${input.headBranch}\`, then ` +
            `\`git cherry-pick ${conflict.original.slice(0, 12)}\`, resolve the conflict (or drop the commit when the release ` +
            'made it unnecessary), cherry-pick the commits listed as not replayed, move the last commit (the spec bump) back on ' +
            `top, and push to \`${input.headBranch}\`. srcgit does not overwrite a branch someone else pushed to; the dist-git ` +
            'pull request is opened once the branch is complete.',
    ];
}
function mergeOrder(input) {
    const done = input.platform === 'gitlab'
        ? 'GitLab then shows this merge request as merged'
        : 'GitHub then shows this pull request as merged';
    return [
        "### Merging, in the SIG's order",
        '',
        '1. The dist-git pull request(s) opened beside this one (one per dist-git branch, updated with every push here) ' +
            'go first: merge them once their checks pass.',
        `2. Then this ${input.noun}. It rewrites \`${input.base}\` (the downstream commits now sit on the new release), so a ` +
            `merge commit or a rebase would replay the old history: make \`${input.base}\` this branch instead, ` +
            `\`git push origin origin/${input.headBranch}:refs/heads/${input.base} --force-with-lease\` (a protected branch ` +
            `must allow it for a maintainer); ${done}.`,
        '',
        `<sub>Made by srcgit pull-from-upstream; later runs update this ${input.noun} when upstream releases again.</sub>`,
    ];
}
/** The commit status on the request's head: failure with a conflict, else success. */
function rebaseStatus(rebase, release) {
    return rebase.conflict
        ? {
            context: PULL_FROM_UPSTREAM_CONTEXT,
            state: 'failure',
            description: `${rebase.conflict.original.slice(0, 12)} does not apply to ${release.tag}: ${rebase.conflict.files.join(', ') || 'conflict'}`,
        }
        : {
            context: PULL_FROM_UPSTREAM_CONTEXT,
            state: 'success',
            description: `every downstream commit replayed onto ${release.tag}`,
        };
}
/** The job summary (Markdown) for CI. */
function pull_from_upstream_texts_pullFromUpstreamSummary(result, mode) {
    const o = result.outcome;
    const lines = [
        `## srcgit pull-from-upstream into ${result.base}${mode ? `, ${mode}` : ''}`,
        '',
        `**${result.result}**${o.url ? `: [${o.url}](${o.url})` : ''}${o.reason ? `: ${escapeInline(o.reason)}` : ''} (${(0,report/* operationText */.xS)(o)})`,
    ];
    if (result.preview) {
        lines.push('', '| dist-git branch | operation | pull request | reason |', '| --- | --- | --- | --- |');
        for (const p of result.preview.outcomes)
            lines.push(`| ${p.branch} | ${(0,report/* operationText */.xS)(p)} | ${p.url ? `[${p.url}](${p.url})` : ''} | ${escapeInline(p.reason ?? '').replace(/\|/g, '\\|')} |`);
    }
    if (result.body)
        lines.push('', `### ${result.title}`, '', result.body.trimEnd());
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./build/bundle-src/jobs/pull-from-upstream.js
/**
 * `pull-from-upstream`: each new upstream release becomes a source-git pull request (GitHub) or
 * merge request (GitLab) from `srcgit/rebase-<version>` that replays the downstream commits onto
 * the release, with the dist-git pull request(s) of the preview job opened beside it.
 *
 * Orchestration only: the release comes from findNewestRelease, the replay from rebaseOnRelease
 * (both injectable), the texts and the plan from their own modules. Idempotent: a release no newer
 * than the branch's version writes nothing; a remote branch with the same content and a request
 * with the same text are not written to; a newer release while srcgit's rebase request is open
 * updates that request. Nothing half-done: a pushed branch whose request cannot be opened is put
 * back. Without a platform the work branch is only made in SOURCE_GIT.
 */







// Namespace imports: the engine's modules are read when the job runs, not when it is linked.













/** Temporary refs in SOURCE_GIT (what was fetched), removed at the end. */
const pull_from_upstream_TEMP_REFS = 'refs/srcgit/pull-from-upstream';
async function pull_from_upstream_pullFromUpstream(options) {
    const engine = {
        findNewestRelease: options.engine?.findNewestRelease ?? findNewestRelease,
        rebaseOnRelease: options.engine?.rebaseOnRelease ?? rebaseOnRelease,
    };
    const source = new git_git/* Git */.TU(external_node_path_.resolve(options.sourceGit));
    if (!(await source.isRepository()))
        throw new update_dist_git/* JobError */.CR(`source-git ${source.dir} is not a git repository`);
    const base = options.base ?? (await checkedOutBranch(source));
    checkBranchName(base, '--base');
    const platform = options.platform;
    if (platform && !platform.requests && !options.dryRun)
        throw new update_dist_git/* JobError */.CR(`${platform.tokenName} is empty: ${platform.kind === 'github' ? GITHUB_TOKEN_HOW : GITLAB_TOKEN_HOW}; or use a dry run`);
    const remote = platform ? await resolveRemote(source, options.remote ?? 'origin', platform) : undefined;
    const cleanup = [];
    try {
        cleanup.push(async () => {
            const refs = await source.output(['for-each-ref', '--format=%(refname)', `${pull_from_upstream_TEMP_REFS}/`]);
            for (const ref of refs.split('\n').filter(Boolean))
                await source.run(['update-ref', '-d', ref], { allowFailure: true });
        });
        const baseRef = `${pull_from_upstream_TEMP_REFS}/base`;
        const baseCommit = remote
            ? await fetchBase(source, remote, base, baseRef)
            : await localBase(source, base).then(async (sha) => {
                await source.run(['update-ref', baseRef, sha]);
                return sha;
            });
        const holder = (0,resources/* makeTempDir */.mk)('srcgit-pull-');
        const tree = external_node_path_.join(holder, external_node_path_.basename(source.dir));
        await source.run(['worktree', 'add', '-q', '--detach', tree, baseCommit]);
        cleanup.push(async () => {
            await source.run(['worktree', 'remove', '--force', tree], { allowFailure: true });
            (0,external_node_fs_.rmSync)(holder, { recursive: true, force: true });
            await source.run(['worktree', 'prune'], { allowFailure: true });
        });
        const work = source.at(tree);
        const configFile = options.configFile
            ? external_node_path_.join(tree, external_node_path_.relative(source.dir, external_node_path_.resolve(source.dir, options.configFile)))
            : undefined;
        const config = await (0,bundle_src_config/* loadConfig */.Z9)(tree, { configFile, repoName: await (0,bundle_src_config/* repositoryName */.aR)(source.dir) });
        const chosen = (0,bundle_src_config/* singleJobView */.F_)(config, bundle_src_config/* PULL_FROM_UPSTREAM */.to, options.packageName, 'pull-from-upstream');
        const notes = [...chosen.notes];
        const { pkg } = chosen.view;
        const upstreamUrl = upstreamUrlOf(pkg, source.dir);
        const current = await currentVersion(work, pkg);
        const release = await engine.findNewestRelease({
            git: work,
            upstreamUrl,
            tagTemplate: pkg.upstream_tag_template,
            upstreamPackageName: pkg.upstream_package_name,
            include: pkg.upstream_tag_include || null,
            exclude: pkg.upstream_tag_exclude || null,
            deadlineMs: options.deadlineMs,
        });
        if (!release)
            throw new update_dist_git/* JobError */.CR(`no tag of ${(0,secrets/* redact */.E$)(upstreamUrl)} matches upstream_tag_template "${pkg.upstream_tag_template}"` +
                `${pkg.upstream_tag_include ? ` and upstream_tag_include "${pkg.upstream_tag_include}"` : ''}` +
                `${pkg.upstream_tag_exclude ? ` but not upstream_tag_exclude "${pkg.upstream_tag_exclude}"` : ''}; ` +
                `fix them in ${pkg.config_file_path}`);
        const run = {
            options,
            source,
            work,
            base,
            baseRef,
            baseCommit,
            remote,
            platform,
            release,
            upstreamUrl,
            notes,
        };
        const done = {
            base,
            mode: platform?.kind ?? 'local',
            dryRun: options.dryRun ?? false,
            current,
            release,
            notes,
        };
        if ((0,rpmvercmp/* rpmvercmp */.L)(release.version, current) <= 0)
            return {
                ...done,
                result: 'up-to-date',
                outcome: {
                    branch: base,
                    operation: 'unchanged',
                    reason: `up to date: ${base} is at version ${current}; the newest upstream release is ${release.tag} (${release.version})`,
                },
            };
        const open = remote && platform?.requests ? await openRebases(run, platform.requests) : [];
        const workBranch = rebaseBranchName(release.version);
        const { chosen: existing, others } = chooseOpenRebase(open, workBranch);
        for (const o of others)
            notes.push(`${o.request.url} (${o.branch}) is another open rebase request into ${base}; it was left as it is`);
        const headBranch = existing?.branch ?? workBranch;
        checkBranchName(headBranch, 'the rebase branch');
        const workBefore = await source.tryRevParse(`refs/heads/${workBranch}`);
        if (remote || options.dryRun)
            cleanup.push(async () => {
                // update-ref, not `git branch -D`: the worktree still has the branch checked out here.
                const ref = `refs/heads/${workBranch}`;
                await source.run(workBefore ? ['update-ref', ref, workBefore] : ['update-ref', '-d', ref], {
                    allowFailure: true,
                });
            });
        const identity = (await (0,commit_identity/* commitIdentities */.i)(source, options.author)).committer;
        const rebase = await engine.rebaseOnRelease({
            git: work,
            branch: baseRef,
            release,
            workBranch,
            identity: { name: identity.name, email: identity.email },
        });
        const published = remote
            ? await pull_from_upstream_publish({ ...run, remote, headBranch, existing: existing?.request, rebase })
            : pull_from_upstream_keepLocally(run, workBranch, rebase);
        const result = {
            ...done,
            rebase,
            headBranch,
            ...published,
            result: resultWord(published.outcome, rebase),
        };
        if (published.request && !options.dryRun && published.outcome.operation !== 'unchanged') {
            await writeStatus(options.statuses, published.head, rebase, release, notes);
            if (rebase.conflict)
                notes.push(`the dist-git pull request is not opened for ${published.request.url}: it stops at a conflict; it opens once the branch is complete`);
            else if (options.preview)
                result.preview = await options.preview({
                    number: published.request.number,
                    title: published.request.title,
                    url: published.request.url,
                    headSha: published.head,
                });
        }
        return result;
    }
    finally {
        for (const step of cleanup.reverse())
            await step().catch(() => undefined);
    }
}
/** upstream_project_url; a relative path is relative to source-git. */
function upstreamUrlOf(pkg, sourceDir) {
    const url = pkg.upstream_project_url?.trim();
    if (!url)
        throw new update_dist_git/* JobError */.CR(`${pkg.config_file_path} has no upstream_project_url: pull-from-upstream lists the upstream tags there; ` +
            'set it to the upstream git repository (e.g. https://github.com/OWNER/NAME)');
    return /^[a-z][a-z0-9+.-]*:/i.test(url) || external_node_path_.isAbsolute(url) ? url : external_node_path_.resolve(sourceDir, url);
}
/** The base branch's version: the spec's Version, else upstream_ref's by upstream_tag_template. */
async function currentVersion(work, pkg) {
    if (pkg.specfile_path) {
        const spec = bundle_src_spec/* SpecFile */.An.parse(await (0,repo_files/* readRepoFile */.v6)(work, pkg.specfile_path), { fileName: pkg.specfile_path });
        const version = spec.version;
        if (version && version.unresolved.length === 0 && version.value)
            return version.value;
    }
    const fromRef = pkg.upstream_ref
        ? (0,tag_template/* tagToVersion */.ar)(pkg.upstream_tag_template, pkg.upstream_ref, pkg.upstream_package_name)
        : undefined;
    if (fromRef)
        return fromRef;
    throw new update_dist_git/* JobError */.CR(`srcgit cannot tell the version of the source-git branch: ${pkg.specfile_path ?? 'the spec'} has no plain Version and ` +
        `upstream_ref "${pkg.upstream_ref ?? ''}" does not match upstream_tag_template "${pkg.upstream_tag_template}" in ${pkg.config_file_path}`);
}
/** The open requests from srcgit/rebase-* branches of the remote into the base. */
async function openRebases(run, requests) {
    const remote = run.remote;
    const out = await runRemote(run.source, remote, ['ls-remote', '--refs', remote.url, `refs/heads/${REBASE_BRANCH_PREFIX}*`], { action: 'read', branch: `${REBASE_BRANCH_PREFIX}*` });
    const branches = out
        .split('\n')
        .map((line) => line.split('\t')[1]?.replace(/^refs\/heads\//, ''))
        .filter((b) => !!b && b.startsWith(REBASE_BRANCH_PREFIX));
    const open = [];
    for (const branch of branches) {
        const request = await requests.findOpen(branch, run.base);
        if (request)
            open.push({ branch, request });
    }
    return open;
}
async function pull_from_upstream_publish(run) {
    const { source, remote, headBranch, existing, rebase, release, options } = run;
    const requests = run.platform?.requests;
    const remoteSha = await lsRemote(source, remote, headBranch);
    let sameContent = false;
    if (remoteSha) {
        const ref = `${pull_from_upstream_TEMP_REFS}/remote`;
        await runRemote(source, remote, ['fetch', '-q', '--no-tags', remote.url, `+refs/heads/${headBranch}:${ref}`], {
            action: 'read',
            branch: headBranch,
        });
        sameContent = await sameRebase(source, ref, rebase.head, release.commit);
    }
    const head = remoteSha && sameContent ? remoteSha : rebase.head;
    const title = rebaseTitle(release);
    const body = rebaseDescription({
        base: run.base,
        headBranch,
        release,
        upstreamUrl: redactUrl(run.upstreamUrl),
        rebase,
        head,
        noun: requests?.noun ?? (remote.platform.kind === 'gitlab' ? 'merge request' : 'pull request'),
        platform: remote.platform.kind,
    });
    const sameText = !!existing && existing.title === title && (0,publish/* normalizeText */.fQ)(existing.body) === (0,publish/* normalizeText */.fQ)(body);
    const step = publishStep({
        remoteSha,
        sameContent,
        marker: existing ? parseRebaseMarker(existing.body) : undefined,
        requestOpen: !!existing,
        sameText,
        force: options.force ?? false,
    });
    const summary = summaryOf(rebase, release);
    const outcome = (operation, reason, url = existing?.url) => ({
        branch: run.base,
        operation,
        reason,
        ...(url ? { url } : {}),
    });
    if (step.kind === 'foreign')
        return {
            outcome: outcome('skipped', `${headBranch} on ${remote.label} has commits srcgit did not push (someone finishing the rebase?); ` +
                'merge or close its request, or rerun with force to replace them'),
            head: remoteSha,
        };
    if (step.kind === 'unchanged')
        return {
            outcome: outcome('unchanged', `${headBranch} already has ${summary}`),
            title,
            body,
            request: existing,
            head,
        };
    if (options.dryRun)
        return {
            outcome: {
                ...outcome(existing ? 'updated' : 'created', `dry run: ${summary}; would ${step.push ? `push ${headBranch} and ` : ''}${existing ? 'update' : 'open'} the request; ` +
                    `nothing was pushed or proposed${requests ? '' : ` (without ${remote.platform.tokenName}, open requests were not looked up)`}`),
                dryRun: true,
            },
            title,
            body,
            head,
        };
    if (!requests)
        throw new update_dist_git/* JobError */.CR(`${remote.platform.tokenName} is empty`);
    const request = await pushWithRollback(source, remote, { branch: headBranch, head: rebase.head, remoteSha, push: step.push }, async () => step.write === 'create'
        ? (await requests.create({ head: headBranch, base: run.base, title, body })).request
        : step.write === 'update'
            ? await requests.update(existing.number, { title, body })
            : existing);
    return {
        outcome: outcome(existing ? 'updated' : 'created', summary, request.url),
        title,
        body,
        request,
        head,
    };
}
/** Same tree, and the release is in its history. */
async function sameRebase(git, remote, head, releaseCommit) {
    const tree = (rev) => git.output(['rev-parse', `${rev}^{tree}`]);
    if ((await tree(remote)) !== (await tree(head)))
        return false;
    const ancestor = await git.run(['merge-base', '--is-ancestor', releaseCommit, remote], {
        allowFailure: true,
    });
    return ancestor.code === 0;
}
function summaryOf(rebase, release) {
    const parts = [`${release.tag}: ${rebase.replayed.length} downstream commit(s) replayed`];
    if (rebase.dropped.length)
        parts.push(`${rebase.dropped.length} dropped as upstreamed`);
    if (rebase.conflict)
        parts.push(`conflict at ${rebase.conflict.original.slice(0, 12)} ("${rebase.conflict.subject}") in ${rebase.conflict.files.join(', ') || 'files git did not name'}`);
    return parts.join(', ');
}
function pull_from_upstream_keepLocally(run, workBranch, rebase) {
    const summary = summaryOf(rebase, run.release);
    if (run.options.dryRun)
        return {
            outcome: {
                branch: run.base,
                operation: 'created',
                dryRun: true,
                reason: `dry run: ${summary}; nothing was kept`,
            },
            head: rebase.head,
        };
    return {
        outcome: {
            branch: run.base,
            operation: 'created',
            reason: `local branch ${workBranch} (${summary}); push it and propose it into ${run.base}`,
        },
        title: rebaseTitle(run.release),
        head: rebase.head,
    };
}
async function writeStatus(sink, head, rebase, release, notes) {
    if (!sink)
        return;
    try {
        await (0,status_sink/* mirrorStatuses */.CI)(sink, head, [rebaseStatus(rebase, release)]);
    }
    catch (error) {
        notes.push(`the commit status could not be set on ${head.slice(0, 12)}: ${(0,secrets/* redact */.E$)(error.message)}`);
    }
}
function resultWord(outcome, rebase) {
    if (outcome.operation === 'failed' || outcome.operation === 'skipped')
        return outcome.operation;
    if (rebase.conflict)
        return 'conflict';
    return outcome.operation === 'closed' ? 'updated' : outcome.operation;
}

;// CONCATENATED MODULE: ./build/bundle-src/commands/propose-downstream.js
/**
 * `srcgit propose-downstream`: the release flow. With --dry-run and no token, everything
 * happens locally; with a dist-git token (SRCGIT_DIST_GIT_TOKEN) it pushes to the bot's fork and
 * opens or updates one pull request per dist-git branch (or, with --dry-run, plans exactly
 * that from read-only requests).
 */
















/** The options of every command that proposes to dist-git (propose-downstream, preview-pull-request). */
const PROPOSING_OPTIONS = {
    'dry-run': { type: 'boolean' },
    branch: { type: 'string', multiple: true },
    'dist-git': { type: 'string' },
    config: { type: 'string' },
    package: { type: 'string' },
    author: { type: 'string' },
    force: { type: 'boolean' },
    'dist-git-url': { type: 'string' },
    'dist-git-forge': { type: 'string' },
    'lookaside-url': { type: 'string' },
    'bodhi-url': { type: 'string' },
    'push-protocol': { type: 'string' },
    'ssh-host': { type: 'string' },
    'fas-user': { type: 'string' },
    'krb5-conf': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const propose_downstream_OPTIONS = {
    ...PROPOSING_OPTIONS,
    tag: { type: 'string' },
    version: { type: 'string' },
    'release-notes': { type: 'string' },
    date: { type: 'string' },
    'wait-for-checks': { type: 'string' },
};
const PROPOSE_USAGE = (/* unused pure expression or super */ null && (`Usage: srcgit propose-downstream [options] [SOURCE_GIT]

Runs the release flow for a tag in SOURCE_GIT (default: the current directory): creates
the archive, updates the spec (Version, Release, %changelog, patches), writes sources and
.gitignore, and commits on the branch <branch>-update-propose_downstream per dist-git
branch. Then, with a dist-git token, uploads missing archives to the lookaside cache, forks
the package, pushes the branch to the fork and opens or updates the pull request.

  --dry-run              push and propose nothing. Without a token everything stays local
                         (with a local --dist-git work tree the branches are made there);
                         with a token, reports what would be done from read-only requests
  --tag TAG              the upstream release tag (version from upstream_tag_template)
  --version VERSION      the version (tag from upstream_tag_template)
  --branch BRANCH        dist-git branch or alias such as fedora-all (repeatable; default:
                         the propose_downstream job's dist_git_branches, else rawhide)
  --dist-git DIR|URL     dist-git work tree or URL to clone (default: <instance>/<namespace>/<package>.git)
  --release-notes FILE   release notes of the tag, for copy_upstream_release_description
  --date YYYY-MM-DD      the changelog entry's date (default: today, UTC)
  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         only this package of a monorepo (default: every package the
                         propose_downstream job selects)
  --author 'NAME <EMAIL>' author of the dist-git commit (default: git identity, else the CI actor, else srcgit)
  --force                replace commits someone else pushed to the fork branch
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url, https://src.fedoraproject.org);
                         for a local trial without a token, a file:// URL or a directory
                         holding <namespace>/<package>.git
  --dist-git-forge F     auto (default: ask the host, or dist_git_forge), pagure or forgejo
  --lookaside-url URL    the lookaside cache (default: lookaside_cache_url)
  --bodhi-url URL        Bodhi, for branch aliases (default: https://bodhi.fedoraproject.org)
  --push-protocol P      auto (default: ssh on Pagure, https with the token on Forgejo), ssh or https
  --ssh-host HOST[:PORT] SSH host for pushes (default: pkgs.fedoraproject.org for Fedora)
  --fas-user USER        account for SSH and Kerberos (default: the token's user); USER@REALM
                         for a Kerberos realm other than FEDORAPROJECT.ORG
  --krb5-conf FILE       krb5.conf to use instead of Fedora's built-in one
  --wait-for-checks MIN  in CI, wait up to MIN minutes for the dist-git checks and mirror them
                         as commit statuses (srcgit/<branch> is set either way, when a token
                         for statuses is there: GITHUB_TOKEN, or SRCGIT_GITLAB_TOKEN on GitLab)

${environmentHelp(propose_downstream_OPTIONS)}
In a GitLab CI job the tag is CI_COMMIT_TAG and release notes come from the tag's GitLab
release (CI_JOB_TOKEN, or SRCGIT_GITLAB_TOKEN); SRCGIT_DOTENV and SRCGIT_SUMMARY name files for a dotenv
report (SRCGIT_PULL_REQUESTS, SRCGIT_VERSION, SRCGIT_OPERATION) and a Markdown summary.

Secrets come from the environment, never from the command line:
  SRCGIT_DIST_GIT_TOKEN    API token of the bot on the dist-git forge (SRCGIT_PAGURE_TOKEN is read too);
                           Pagure ACLs fork_project, pull_request_create, pull_request_update;
                           Forgejo scopes write:repository, write:issue, read:user
  SRCGIT_SSH_PRIVATE_KEY   private key of the bot account (registered in FAS), for SSH pushes
  SRCGIT_KNOWN_HOSTS       known_hosts lines for the SSH host (default: the ones srcgit ships)
  SRCGIT_KEYTAB            base64 Kerberos keytab, needed when an archive must be uploaded
`));
/** What is wrong with the option values of a proposing command (usage errors, exit code 2), if anything. */
function propose_downstream_invalidValues(values) {
    if (values.author !== undefined && !isIdentity(values.author))
        return `--author is "${values.author}", not an identity; write it as 'Full Name <email@example.com>'`;
    if (values.date !== undefined && !parseDateOption(values.date))
        return `--date expects a day as YYYY-MM-DD, not "${values.date}"`;
    const wait = values['wait-for-checks'];
    if (wait !== undefined && parseWaitMinutes(wait) === undefined)
        return `--wait-for-checks must be a number of minutes from 0 to 360, not "${wait}"`;
    return undefined;
}
/** The forge options from the options and the secrets in the environment; undefined for a local run; a string is a usage error. */
function propose_downstream_forgeOptions(values, env, cwd) {
    const protocol = values['push-protocol'] ?? 'auto';
    if (protocol !== 'ssh' && protocol !== 'https' && protocol !== 'auto')
        return `--push-protocol must be auto, ssh or https, not "${protocol}"`;
    const forgeKind = distGitForgeOption(values['dist-git-forge']);
    if (typeof forgeKind === 'object')
        return forgeKind.error;
    const token = distGitToken(env);
    if (typeof token === 'object')
        return token.error;
    try {
        return forgeOptionsFrom({
            token,
            forgeKind,
            pushProtocol: protocol,
            sshPrivateKey: env.SRCGIT_SSH_PRIVATE_KEY || undefined,
            knownHosts: env.SRCGIT_KNOWN_HOSTS || undefined,
            sshHost: values['ssh-host'],
            instanceUrl: values['dist-git-url'],
            fasUser: values['fas-user'],
            keytab: env.SRCGIT_KEYTAB?.trim() || undefined,
            krb5Conf: values['krb5-conf'] ? path.resolve(cwd, values['krb5-conf']) : undefined,
            lookasideUrl: values['lookaside-url'],
            force: values.force ?? false,
            dryRun: values['dry-run'] ?? false,
        }, {
            token: 'SRCGIT_DIST_GIT_TOKEN',
            tokenHow: 'set it in SRCGIT_DIST_GIT_TOKEN (SRCGIT_PAGURE_TOKEN is read too)',
            sshKey: 'SRCGIT_SSH_PRIVATE_KEY',
            sshKeyHow: 'set SRCGIT_SSH_PRIVATE_KEY',
            dryRun: '--dry-run',
        });
    }
    catch (error) {
        return error.message;
    }
}
async function proposeDownstreamCommand(argv, io) {
    const parsed = parseCommand('propose-downstream', PROPOSE_USAGE, propose_downstream_OPTIONS, argv, io, [['tag', 'version']]);
    if (typeof parsed === 'number')
        return parsed;
    const { values, sourceGit, usage } = parsed;
    const forge = propose_downstream_forgeOptions(values, process.env, io.cwd);
    if (typeof forge === 'string')
        return usage(forge);
    const invalid = propose_downstream_invalidValues(values);
    if (invalid)
        return usage(invalid);
    const distGit = values['dist-git'];
    // In a GitLab tag pipeline the tag is the pipeline's, and its release holds the notes.
    const gitlab = isGitLabCi(process.env);
    const tag = values.tag ?? (gitlab && !values.version ? process.env.CI_COMMIT_TAG?.trim() || undefined : undefined);
    if (!tag && !values.version)
        return usage(`which release? give --tag TAG or --version VERSION${gitlab ? ' (a tag pipeline gives CI_COMMIT_TAG)' : ''}`);
    const fetchReleaseNotes = gitlab && tag
        ? async () => (await gitlabRunContext(process.env, { fetchReleaseNotes: true, tag })).releaseNotes
        : undefined;
    const report = (outputs, summary) => writeCiReports(process.env, (message) => io.stderr(`warning: ${message}\n`), outputs, summary);
    try {
        const result = await proposeDownstream({
            sourceGit,
            distGit: distGit && !isRemoteUrl(distGit) ? path.resolve(io.cwd, distGit) : distGit,
            tag,
            version: values.version,
            branches: values.branch,
            configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            author: values.author,
            releaseNotes: values['release-notes']
                ? readFileSync(path.resolve(io.cwd, values['release-notes']), 'utf8')
                : undefined,
            date: values.date ? parseDateOption(values.date) : undefined,
            bodhiUrl: values['bodhi-url'],
            fetchReleaseNotes,
            forge,
            instanceUrl: values['dist-git-url'],
        });
        const mode = !forge
            ? 'dry run: nothing was pushed or proposed'
            : forge.dryRun
                ? 'dry run against the forge'
                : '';
        io.stdout(`Release ${result.tag} (version ${result.version})${mode ? `, ${mode}` : ''}.\n`);
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        for (const warning of result.warnings)
            io.stderr(`warning: ${warning}\n`);
        for (const p of result.proposals) {
            for (const note of p.notes)
                io.stderr(`note: ${branchLabel(p)}: ${note}\n`);
            io.stdout([
                '',
                `== ${branchLabel(p)}: commit ${p.commit.slice(0, 12)} on branch ${p.prBranch}`,
                p.diffstat,
                `archive: ${p.archive || 'none (see the notes)'}`,
                `pull request title: ${p.title}`,
                'pull request description:',
                p.description.replace(/^/gm, '  '),
                '',
            ].join('\n'));
        }
        report(runOutputs(result), markdownSummary(result, mode));
        io.stdout('\n');
        for (const o of result.outcomes)
            io.stdout(`${formatOutcome(o)}\n`);
        if (forge && !forge.dryRun)
            await statusesInCi(result.sourceGitCommit, result.outcomes, values, io);
        return runFailed(result.outcomes, forge?.force ?? false) ? EXIT.failure : EXIT.ok;
    }
    catch (error) {
        report(failedOutputs(), `## srcgit propose-downstream failed\n\n${redact(error.message)}\n`);
        if (isUserError(error)) {
            io.stderr(`srcgit propose-downstream: ${redact(error.message)}\n`);
            return EXIT.failure;
        }
        throw error;
    }
}
function forgeKindOf(values) {
    const kind = distGitForgeOption(values['dist-git-forge']);
    return typeof kind === 'object' ? undefined : kind;
}
/**
 * In CI with a token for statuses: srcgit/<branch> on the source-git commit, and the checks when
 * waiting; for a preview (`mergeGate`) also the merge gate on the source-git PR head.
 */
async function statusesInCi(commit, outcomes, values, io, options = {}) {
    const env = process.env;
    try {
        const sink = ciStatusSink(env);
        if (!sink)
            return;
        if (options.mergeGate) {
            const gate = await mergeGateAfterPreview(sink, commit, outcomes);
            if (gate.length > 0)
                io.stderr(`commit statuses set on ${commit.slice(0, 12)}: ${gate.join(', ')}\n`);
        }
        await afterProposing({
            sink,
            commit,
            outcomes,
            runUrl: env.CI_JOB_URL,
            force: values.force,
            forgeKind: forgeKindOf(values),
            waitMinutes: parseWaitMinutes(values['wait-for-checks'] ?? '0') ?? 0,
            pollSeconds: checksPollSeconds(env),
            log: (message) => io.stderr(`${message}\n`),
        });
    }
    catch (error) {
        io.stderr(`warning: the commit statuses could not be set: ${redact(error.message)}\n`);
    }
}

;// CONCATENATED MODULE: ./build/bundle-src/commands/update-dist-git.js
/** `srcgit update-dist-git SOURCE_GIT DIST_GIT`: the local, no-forge sync (Packit's `source-git update-dist-git`). */





const UPDATE_DIST_GIT_USAGE = (/* unused pure expression or super */ null && (`Usage: srcgit update-dist-git SOURCE_GIT DIST_GIT [options]

Regenerates the patches from the downstream commits of SOURCE_GIT (everything after
upstream_ref), syncs the spec and files_to_sync into the DIST_GIT work tree and declares
the patches in the spec. Commits when -m is given; otherwise leaves the changes staged.
Refuses when DIST_GIT has commits made by hand since the last sync that touch the files it
would overwrite (bring them into source-git first), unless --force.

  --upstream-ref REF     the upstream commit/tag the downstream commits sit on (default: upstream_ref)
  -m, --message TEXT     commit with this message (a From-source-git-commit trailer is added)
  --force                overwrite hand-made dist-git changes; sync even when already in sync
  --config FILE          configuration file in SOURCE_GIT (default: .distro/source-git.yaml, .packit.yaml, ...)
  --author 'NAME <EMAIL>' author of the dist-git commit (default: git identity, else the CI actor, else srcgit)
  --package NAME         the package to sync, when the configuration has several
`));
// Other modules import it from here.

async function updateDistGitCommand(argv, io) {
    const parsed = parseOptions({
        'upstream-ref': { type: 'string' },
        message: { type: 'string', short: 'm' },
        force: { type: 'boolean' },
        config: { type: 'string' },
        package: { type: 'string' },
        author: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, argv);
    if (typeof parsed === 'string') {
        io.stderr(`srcgit update-dist-git: ${parsed}\n(see srcgit update-dist-git --help)\n`);
        return EXIT.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(UPDATE_DIST_GIT_USAGE);
        return EXIT.ok;
    }
    if (positionals.length !== 2) {
        io.stderr(`srcgit update-dist-git: expected SOURCE_GIT and DIST_GIT, got ${positionals.length} argument(s)\n(see srcgit update-dist-git --help)\n`);
        return EXIT.usage;
    }
    if (values.author !== undefined && !isIdentity(values.author)) {
        io.stderr(`srcgit update-dist-git: --author is "${values.author}", not an identity; write it as 'Full Name <email@example.com>'\n`);
        return EXIT.usage;
    }
    const [sourceGit, distGit] = positionals.map((p) => path.resolve(io.cwd, p));
    try {
        const result = await updateDistGit({
            sourceGit,
            distGit,
            upstreamRef: values['upstream-ref'],
            message: values.message,
            force: values.force,
            configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            author: values.author,
        });
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        for (const warning of result.warnings)
            io.stderr(`warning: ${warning}\n`);
        if (result.status === 'nothing-to-do')
            io.stdout('Nothing to do: dist-git is in sync with source-git.\n');
        else {
            io.stdout(`Patches: ${result.patches.length > 0 ? result.patches.join(', ') : '(none)'}\n`);
            io.stdout(result.status === 'committed'
                ? `Committed ${result.commit.slice(0, 12)} in ${distGit} (from source-git ${result.sourceGitCommit.slice(0, 12)}).\n`
                : `Changes are staged in ${distGit}; commit them, or rerun with -m MESSAGE.\n`);
        }
        return EXIT.ok;
    }
    catch (error) {
        if (isUserError(error)) {
            io.stderr(`srcgit update-dist-git: ${error.message}\n`);
            return EXIT.failure;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/bundle-src/commands/pull-from-upstream.js
/**
 * `srcgit pull-from-upstream`: the newest upstream release as a source-git pull request (GitHub
 * Actions) or merge request (GitLab CI) from `srcgit/rebase-<version>`, then its dist-git preview
 * pull request(s) in the same run; meant for scheduled and manual CI runs. Run locally, it only
 * makes the rebase branch in SOURCE_GIT.
 */















const pull_from_upstream_NAME = 'srcgit pull-from-upstream';
const pull_from_upstream_OPTIONS = {
    ...PROPOSING_OPTIONS,
    base: { type: 'string' },
    remote: { type: 'string' },
    platform: { type: 'string' },
    repository: { type: 'string' },
    'skip-preview': { type: 'boolean' },
};
const PULL_FROM_UPSTREAM_USAGE = (/* unused pure expression or super */ null && (`Usage: srcgit pull-from-upstream [options] [SOURCE_GIT]

Finds the newest upstream release (the tags of upstream_project_url matching
upstream_tag_template, upstream_tag_include and upstream_tag_exclude). When it is newer (rpm
order) than the base branch's spec Version, replays the downstream commits onto it as
srcgit/rebase-<version> (upstream_ref moved, the .distro spec bumped), then:
  - GitHub (GITHUB_ACTIONS=true or --platform github): pushes that branch and opens the pull
    request "Rebase onto <tag>" into the base branch (a newer release while it is open updates
    that same pull request), sets the commit status srcgit/pull-from-upstream on its head, and
    opens the dist-git pull request(s) beside it (preview-pull-request), in the same run;
  - GitLab (GITLAB_CI=true or --platform gitlab): the same as a merge request;
  - otherwise (--platform local): makes the branch in SOURCE_GIT only.
A downstream commit that no longer applies: the request is opened as far as it goes, names the
commit and its files, and gets a failure status; no dist-git pull request until it is finished.
A commit upstream already has is dropped and listed. Nothing is written when the release is not
newer, or when the remote branch and the request already hold the same rebase and text.

  --dry-run              push, propose and keep nothing; report what would be done
  --base BRANCH          the source-git branch to propose into (default: GITHUB_REF_NAME of a
                         branch run, CI_COMMIT_BRANCH, else the branch SOURCE_GIT has checked out)
  --remote NAME|URL      where the rebase branch is pushed (default: origin)
  --platform P           github, gitlab or local (default: from GITHUB_ACTIONS / GITLAB_CI)
  --repository NAME      GitHub owner/name (default: GITHUB_REPOSITORY) or GitLab project path
                         (default: CI_PROJECT_ID)
  --skip-preview         open no dist-git pull request (a workflow on the request does it)
  --branch BRANCH        dist-git branch or alias of the preview (repeatable; default: dist_git_branches)
  --dist-git DIR|URL     dist-git repository or URL to clone for the preview
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url)
  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --author IDENT         author of srcgit's commits, 'Full Name <email>'
  --force                replace commits someone else pushed to the rebase branch
  (and the dist-git options of preview-pull-request: --dist-git-forge, --lookaside-url,
  --bodhi-url, --push-protocol, ...)

${environmentHelp(pull_from_upstream_OPTIONS)}SRCGIT_DOTENV and SRCGIT_SUMMARY name files for a dotenv report and a Markdown summary.

Secrets come from the environment, never from the command line:
  SRCGIT_GITHUB_TOKEN    (else GITHUB_TOKEN) may push, open pull requests and set statuses:
                         \`permissions: contents: write, pull-requests: write, statuses: write\`
  SRCGIT_GITLAB_TOKEN    project access token with the Developer role and the api scope
  SRCGIT_DIST_GIT_TOKEN  the dist-git token of the preview (as for preview-pull-request)

Exit codes: 0 done (or up to date), 1 a conflict, a skipped or failed step, 2 the command line is wrong.
`));
/** The outputs: the request's URL, the release's version, the run in one word. */
function pullFromUpstreamOutputs(result) {
    return {
        'pull-request': result?.outcome.url ?? '',
        version: result?.release?.version ?? '',
        result: result?.result ?? 'failed',
    };
}
/** Whether the run needs a person: a conflict, a skipped or failed request, a failed preview. */
function pullFromUpstreamFailed(result) {
    return (['conflict', 'skipped', 'failed'].includes(result.result) ||
        (result.preview?.outcomes.some((o) => o.operation === 'failed') ?? false));
}
async function pullFromUpstreamCommand(argv, io) {
    const parsed = parseCommand('pull-from-upstream', PULL_FROM_UPSTREAM_USAGE, pull_from_upstream_OPTIONS, argv, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, sourceGit, usage } = parsed;
    const invalid = invalidValues(values);
    if (invalid)
        return usage(invalid);
    const platform = platformFrom(values, process.env);
    if (typeof platform === 'string')
        return usage(platform);
    const forge = values['skip-preview'] ? undefined : forgeOptions(values, process.env, io.cwd);
    if (typeof forge === 'string')
        return usage(forge);
    const dryRun = values['dry-run'] ?? false;
    const remote = values.remote;
    const distGit = values['dist-git'];
    const configFile = values.config ? path.resolve(io.cwd, values.config) : undefined;
    const report = (outputs, summary) => writeCiReports(process.env, (message) => io.stderr(`warning: ${message}\n`), outputs, summary);
    try {
        const result = await pullFromUpstream({
            sourceGit,
            base: values.base ?? ciBaseBranch(process.env),
            remote: remote && !isRemoteUrl(remote) && /[/\\]|^\.\.?$/.test(remote)
                ? path.resolve(io.cwd, remote)
                : remote,
            configFile,
            packageName: values.package,
            platform,
            statuses: platform ? ciStatusSink(process.env) : undefined,
            author: values.author,
            dryRun,
            force: values.force ?? false,
            preview: platform && !values['skip-preview']
                ? (pullRequest) => previewPullRequest({
                    sourceGit,
                    pullRequest,
                    configFile,
                    packageName: values.package,
                    forge,
                    instanceUrl: values['dist-git-url'],
                    distGit: distGit && !isRemoteUrl(distGit) ? path.resolve(io.cwd, distGit) : distGit,
                    branches: values.branch,
                    author: values.author,
                    bodhiUrl: values['bodhi-url'],
                })
                : undefined,
        });
        const mode = dryRun ? 'dry run: nothing was pushed or proposed' : '';
        io.stdout(formatPullResult(result));
        for (const note of [...result.notes, ...(result.preview?.notes ?? [])])
            io.stderr(`note: ${note}\n`);
        report(pullFromUpstreamOutputs(result), pullFromUpstreamSummary(result, mode));
        return pullFromUpstreamFailed(result) ? EXIT.failure : EXIT.ok;
    }
    catch (error) {
        report(pullFromUpstreamOutputs(), `## ${pull_from_upstream_NAME} failed\n\n${redact(error.message)}\n`);
        if (isUserError(error)) {
            io.stderr(`${pull_from_upstream_NAME}: ${redact(error.message)}\n`);
            return EXIT.failure;
        }
        throw error;
    }
    finally {
        await platform?.close?.();
    }
}
/** A dry run created and updated nothing: it says what it would do. */
function shownResult(result) {
    if (!result.outcome.dryRun)
        return result.result;
    if (result.result === 'created')
        return 'would create (dry run)';
    if (result.result === 'updated')
        return 'would update (dry run)';
    return result.result;
}
/** What the run did: the release, the request, the dist-git pull requests beside it. */
function formatPullResult(result) {
    const lines = [
        `Pull from upstream into ${result.base} (version ${result.current}): ${shownResult(result)}` +
            `${result.release ? `, newest release ${result.release.tag} (${result.release.version})` : ''}.`,
    ];
    const r = result.rebase;
    if (r) {
        for (const c of r.replayed)
            lines.push(`${c.original.slice(0, 12)} replayed: ${c.subject}`);
        for (const d of r.dropped)
            lines.push(`${d.original.slice(0, 12)} dropped (upstreamed): ${d.subject}`);
        if (r.conflict)
            lines.push(`${r.conflict.original.slice(0, 12)} CONFLICT in ${r.conflict.files.join(', ')}: ${r.conflict.subject}`);
        for (const n of r.notReplayed.filter((n) => n.original !== r.conflict?.original))
            lines.push(`${n.original.slice(0, 12)} not replayed: ${n.subject}`);
    }
    lines.push('', formatOutcome(result.outcome));
    for (const o of result.preview?.outcomes ?? [])
        lines.push(`dist-git ${formatOutcome(o)}`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./build/bundle-src/runtime/github-event.js
var github_event = __webpack_require__(21151);
;// CONCATENATED MODULE: ./build/bundle-src/runtime/github-release.js
/**
 * The body of the GitHub release for a tag (for copy_upstream_release_description when the
 * run was triggered by a tag push or by hand, and the event carries no release). Uses
 * GITHUB_API_URL, so GitHub Enterprise Server works the same.
 */


async function githubReleaseNotes(tag, env, token, http = new http_client/* HttpClient */.Q()) {
    const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY;
    if (!repository)
        return undefined;
    (0,secrets/* registerSecret */.cl)(token);
    const url = `${api}/repos/${repository}/releases/tags/${encodeURIComponent(tag)}`;
    const response = await http.request({
        method: 'GET',
        url,
        headers: {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        expectStatus: [200, 404],
    });
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        throw new Error(`could not read the GitHub release for ${tag} (GET ${url} answered ${response.status}); ` +
            'the release notes are needed for copy_upstream_release_description: check the github-token input');
    let release;
    try {
        release = JSON.parse(response.text);
    }
    catch {
        throw new Error(`could not read the GitHub release for ${tag}: GET ${url} answered 200 with a body that is not JSON (check GITHUB_API_URL)`);
    }
    return release.body ?? undefined;
}

// EXTERNAL MODULE: ./build/bundle-src/runtime/action-settings.js
var action_settings = __webpack_require__(31905);
// EXTERNAL MODULE: ./build/bundle-src/runtime/github.js + 18 modules
var github = __webpack_require__(71803);
;// CONCATENATED MODULE: ./build/bundle-src/runtime/action-jobs.js
/**
 * The action's release, preview, status and sync-back jobs (src/main.ts imports this module only
 * when one of them runs).
 */





















async function propose(settings) {
    const env = process.env;
    const payload = readEvent(env.GITHUB_EVENT_PATH);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (eventName === 'pull_request' && !settings.tag && !settings.version)
        return action_jobs_preview(settings, payload);
    const request = (0,github_event/* releaseRequest */.Rv)(eventName, payload, env.GITHUB_REF, {
        tag: settings.tag,
        version: settings.version,
    });
    const forge = forgeFor(settings, settings.dryRun);
    const mode = runMode(forge);
    github/* log */.Rm.info(`srcgit propose-downstream: ${request.trigger}${mode ? `, ${mode}` : ''}`);
    const result = await github/* log */.Rm.group(`Propose ${request.tag ?? request.version} to dist-git`, () => (0,propose_downstream/* proposeDownstream */.N8)({
        sourceGit: settings.workingDirectory,
        configFile: (0,action_settings/* configPath */.eQ)(settings),
        tag: request.tag,
        version: request.version,
        releaseNotes: request.releaseNotes,
        fetchReleaseNotes: request.tag
            ? () => githubReleaseNotes(request.tag, env, settings.githubToken)
            : undefined,
        branches: settings.branches.length > 0 ? settings.branches : undefined,
        author: settings.author,
        bodhiUrl: settings.bodhiUrl,
        forge,
        instanceUrl: settings.distGitUrl,
    }));
    for (const note of result.notes)
        github/* log */.Rm.info(`note: ${note}`);
    for (const warning of result.warnings)
        github/* log */.Rm.warning(warning);
    await action_jobs_report(result, (0,report/* markdownSummary */.yo)(result, mode), settings.force);
    await mirrorAfterProposing(settings, forge, result.sourceGitCommit, result.outcomes);
}
/** A source-git pull request: make, update or close its dist-git preview. */
async function action_jobs_preview(settings, payload) {
    const request = (0,github_event/* previewRequest */.qe)(payload);
    if (request.kind === 'ignore') {
        github/* log */.Rm.info(`pull_request "${request.action}" changes nothing a preview shows; nothing to do`);
        (0,action_settings/* setOutputs */.n0)((0,report/* runOutputs */.MR)({ outcomes: [], version: '' }));
        return;
    }
    // GitHub gives no secrets to pull requests from forks: preview what can be, without writing.
    let dryRun = settings.dryRun;
    if (!settings.distGitToken && !dryRun) {
        github/* log */.Rm.warning('no dist-git-token: pull requests from forks get no secrets, so this preview is a dry run (nothing is pushed or proposed)');
        dryRun = true;
    }
    const forge = forgeFor(settings, dryRun);
    const mode = runMode(forge);
    const common = {
        sourceGit: settings.workingDirectory,
        configFile: (0,action_settings/* configPath */.eQ)(settings),
        forge,
        instanceUrl: settings.distGitUrl,
    };
    const result = request.kind === 'close'
        ? await github/* log */.Rm.group(`Close the previews of source-git PR #${request.number}`, () => closePreviews({ ...common, pullRequest: request }))
        : await github/* log */.Rm.group(`Preview source-git PR #${request.number} in dist-git`, () => preview_previewPullRequest({
            ...common,
            pullRequest: request,
            branches: settings.branches.length > 0 ? settings.branches : undefined,
            author: settings.author,
            bodhiUrl: settings.bodhiUrl,
        }));
    for (const note of result.notes)
        github/* log */.Rm.info(`note: ${note}`);
    await action_jobs_report({ ...result, version: '' }, (0,report/* summaryOf */.YG)(`srcgit preview of source-git PR #${request.number}`, result, mode), settings.force);
    if (result.sourceGitCommit)
        await mirrorAfterProposing(settings, forge, result.sourceGitCommit, result.outcomes, { mergeGate: true });
}
/** Statuses on the source-git commit after proposing (see afterProposing), for a preview the merge gate too; a failure there is a warning. */
async function mirrorAfterProposing(settings, forge, commit, outcomes, options = {}) {
    if (!forge || forge.dryRun)
        return;
    const env = process.env;
    try {
        const sink = (0,status_sink/* ciStatusSink */.oP)(env, settings.githubToken);
        if (!sink)
            return;
        if (options.mergeGate) {
            const gate = await (0,merge_gate_sync/* mergeGateAfterPreview */.w6)(sink, commit, outcomes);
            if (gate.length > 0)
                github/* log */.Rm.info(`commit statuses set on ${commit.slice(0, 12)}: ${gate.join(', ')}`);
        }
        await sync_status_afterProposing({
            sink,
            commit,
            outcomes,
            runUrl: env.GITHUB_RUN_ID ? `${(0,status_sink/* ciRepositoryUrl */.ed)(env)}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
            force: settings.force,
            forgeKind: settings.distGitForge,
            waitMinutes: settings.waitForChecks,
            pollSeconds: (0,wait/* checksPollSeconds */.O)(env),
            log: github/* log */.Rm.info,
            group: github/* log */.Rm.group,
        });
    }
    catch (error) {
        github/* log */.Rm.warning(`the commit statuses could not be set: ${(0,secrets/* redact */.E$)(error.message)}`);
    }
}
/** `job: sync-status`: mirror the flags of every srcgit PR of this repository as commit statuses. */
async function statusJob(settings) {
    const env = process.env;
    const sink = (0,status_sink/* ciStatusSink */.oP)(env, settings.githubToken);
    if (!sink)
        throw new github/* SettingsError */.GN('sync-status writes commit statuses: it needs the github-token input (the default ${{ github.token }} with `permissions: statuses: write`) and GITHUB_REPOSITORY');
    const result = await github/* log */.Rm.group('Mirror the dist-git checks as commit statuses', () => syncStatus({
        sourceGit: settings.workingDirectory,
        configFile: (0,action_settings/* configPath */.eQ)(settings),
        instanceUrl: settings.distGitUrl,
        forgeKind: settings.distGitForge,
        token: settings.distGitToken,
        author: settings.fasUser,
        repositoryUrl: (0,status_sink/* ciRepositoryUrl */.ed)(env),
        sink,
        mergeDistGitPr: settings.mergeDistGitPr,
        dryRun: settings.dryRun,
    }));
    for (const note of result.notes)
        github/* log */.Rm.info(`note: ${note}`);
    for (const pr of result.pullRequests)
        github/* log */.Rm.info(formatMirrored(pr));
    for (const merge of result.merges ?? [])
        github/* log */.Rm.info(formatMergeReport(merge));
    const failed = result.pullRequests.filter((pr) => pr.error);
    const refused = mergeFailures(result.merges);
    (0,action_settings/* setOutputs */.n0)(syncStatusOutputs(result));
    await github/* log */.Rm.summary(syncStatusSummary(result));
    if (failed.length > 0)
        github/* log */.Rm.fail(`sync-status could not mirror ${failed.map((pr) => `${pr.url}: ${pr.error}`).join('; ')}`);
    else if (refused.length > 0)
        github/* log */.Rm.fail(`merge-dist-git-pr could not merge ${refused.map((r) => `${r.url}: ${r.reason}`).join('; ')}`);
}
function forgeFor(settings, dryRun) {
    return (0,propose_downstream/* forgeOptionsFrom */.WD)({
        token: settings.distGitToken,
        forgeKind: settings.distGitForge,
        pushProtocol: settings.pushProtocol,
        sshPrivateKey: settings.sshPrivateKey,
        knownHosts: settings.knownHosts,
        sshHost: settings.sshHost,
        instanceUrl: settings.distGitUrl,
        fasUser: settings.fasUser,
        keytab: settings.keytab,
        lookasideUrl: settings.lookasideUrl,
        force: settings.force,
        dryRun,
    }, {
        token: 'input "dist-git-token"',
        tokenHow: 'store it as a repository secret passed as `dist-git-token: ${{ secrets.DIST_GIT_TOKEN }}`',
        sshKey: 'input "ssh-private-key"',
        sshKeyHow: 'pass a secret as `ssh-private-key: ${{ secrets.FEDORA_SSH_KEY }}`',
        dryRun: '`dry-run: true`',
    });
}
function runMode(forge) {
    return !forge ? 'dry run (no token): nothing left the runner' : forge.dryRun ? 'dry run' : '';
}
/** Log lines, outputs, summary, and the run's failure when a branch failed. */
async function action_jobs_report(result, summary, force) {
    for (const p of result.proposals)
        for (const note of p.notes)
            github/* log */.Rm.info(`note: ${(0,report/* branchLabel */.RI)(p)}: ${note}`);
    for (const o of result.outcomes)
        github/* log */.Rm.info((0,report/* formatOutcome */.ke)(o));
    (0,action_settings/* setOutputs */.n0)((0,report/* runOutputs */.MR)(result));
    await github/* log */.Rm.summary(summary);
    if ((0,report/* runFailed */.Np)(result.outcomes, force)) {
        const failed = result.outcomes.filter((o) => o.operation === 'failed' || o.operation === 'skipped');
        github/* log */.Rm.fail(`srcgit did not complete for ${failed.map((o) => `${o.branch} (${o.operation}: ${o.reason ?? ''})`).join(', ')}`);
    }
}
/** The event payload the runner wrote ({} outside Actions, e.g. under local-action without one). */
function readEvent(file) {
    if (!file)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${file}: ${error.message}; ` +
            'outside GitHub Actions, unset it or point it at a JSON file shaped like the event');
    }
}
/** `job: sync-from-downstream`: commits made by hand in dist-git, back to source-git as a pull request. */
async function syncBackJob(settings) {
    const env = process.env;
    // A dry run needs no token: it reads dist-git and source-git and reports what it would propose.
    if ((!settings.githubToken && !settings.dryRun) || !env.GITHUB_REPOSITORY)
        throw new github/* SettingsError */.GN('sync-from-downstream opens a pull request: it needs the github-token input (with `permissions: contents: write, pull-requests: write`) and GITHUB_REPOSITORY');
    const platform = (0,change_requests/* githubPlatform */.ZC)({
        token: settings.githubToken,
        repository: env.GITHUB_REPOSITORY,
        tokenName: 'the github-token input',
        env,
    });
    try {
        const result = await github/* log */.Rm.group('Bring dist-git changes back to source-git', () => sync_from_downstream_syncFromDownstream({
            sourceGit: settings.workingDirectory,
            configFile: (0,action_settings/* configPath */.eQ)(settings),
            instanceUrl: settings.distGitUrl,
            forgeKind: settings.distGitForge,
            branches: settings.branches.length > 0 ? settings.branches : undefined,
            bodhiUrl: settings.bodhiUrl,
            base: sync_from_downstream_ciBaseBranch(env),
            dryRun: settings.dryRun,
            force: settings.force,
            platform,
        }));
        for (const note of result.notes)
            github/* log */.Rm.info(`note: ${note}`);
        for (const o of result.outcomes)
            github/* log */.Rm.info((0,report/* formatOutcome */.ke)(o));
        (0,action_settings/* setOutputs */.n0)((0,report/* runOutputs */.MR)({ outcomes: result.outcomes, version: '' }));
        await github/* log */.Rm.summary(sync_texts_syncSummary(result, settings.dryRun ? 'dry run' : ''));
        if ((0,report/* runFailed */.Np)(result.outcomes, settings.force) || result.syncs.some((s) => s.stopped))
            github/* log */.Rm.fail('sync-from-downstream did not complete: see the pull request and the summary for what needs a person');
    }
    finally {
        await platform.close?.();
    }
}
/**
 * `job: pull-from-upstream`: the newest upstream release as a source-git pull request, and its
 * dist-git preview in the same run (a pull request opened with GITHUB_TOKEN starts no workflow).
 */
async function pullJob(settings) {
    const env = process.env;
    if ((!settings.githubToken && !settings.dryRun) || !env.GITHUB_REPOSITORY)
        throw new github/* SettingsError */.GN('pull-from-upstream opens a pull request: it needs the github-token input (with `permissions: contents: write, pull-requests: write, statuses: write`) and GITHUB_REPOSITORY');
    const platform = (0,change_requests/* githubPlatform */.ZC)({
        token: settings.githubToken,
        repository: env.GITHUB_REPOSITORY,
        tokenName: 'the github-token input',
        env,
    });
    const forge = forgeFor(settings, settings.dryRun);
    const branches = settings.branches.length > 0 ? settings.branches : undefined;
    try {
        const result = await github/* log */.Rm.group('Bring the newest upstream release to source-git', () => pull_from_upstream_pullFromUpstream({
            sourceGit: settings.workingDirectory,
            configFile: (0,action_settings/* configPath */.eQ)(settings),
            base: sync_from_downstream_ciBaseBranch(env),
            packageName: settings.packageName,
            platform,
            statuses: (0,status_sink/* ciStatusSink */.oP)(env, settings.githubToken),
            author: settings.author,
            dryRun: settings.dryRun,
            force: settings.force,
            preview: (pullRequest) => github/* log */.Rm.group(`Preview source-git PR #${pullRequest.number} in dist-git`, () => preview_previewPullRequest({
                sourceGit: settings.workingDirectory,
                configFile: (0,action_settings/* configPath */.eQ)(settings),
                pullRequest,
                forge,
                instanceUrl: settings.distGitUrl,
                branches,
                author: settings.author,
                bodhiUrl: settings.bodhiUrl,
            })),
        }));
        for (const note of [...result.notes, ...(result.preview?.notes ?? [])])
            github/* log */.Rm.info(`note: ${note}`);
        github/* log */.Rm.info((0,report/* formatOutcome */.ke)(result.outcome));
        for (const o of result.preview?.outcomes ?? [])
            github/* log */.Rm.info(`dist-git ${(0,report/* formatOutcome */.ke)(o)}`);
        (0,action_settings/* setOutputs */.n0)({
            ...(0,report/* runOutputs */.MR)({ outcomes: [], version: result.release?.version ?? '' }),
            ...(result.preview
                ? (0,report/* runOutputs */.MR)({ outcomes: result.preview.outcomes, version: result.release?.version ?? '' })
                : {}),
            ...pullFromUpstreamOutputs(result),
        });
        await github/* log */.Rm.summary(pull_from_upstream_texts_pullFromUpstreamSummary(result, settings.dryRun ? 'dry run' : ''));
        if (result.preview?.sourceGitCommit)
            await mirrorAfterProposing(settings, forge, result.preview.sourceGitCommit, result.preview.outcomes, {
                mergeGate: true,
            });
        if (pullFromUpstreamFailed(result))
            github/* log */.Rm.fail(`pull-from-upstream did not complete (${result.result}): see the pull request and the summary for what needs a person`);
    }
    finally {
        await platform.close?.();
    }
}


/***/ })

};
