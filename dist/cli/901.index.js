export const id = 901;
export const ids = [901,404];
export const modules = {

/***/ 70901:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PULL_FROM_UPSTREAM_USAGE: () => (/* binding */ PULL_FROM_UPSTREAM_USAGE),
  formatPullResult: () => (/* binding */ formatPullResult),
  pullFromUpstreamCommand: () => (/* binding */ pullFromUpstreamCommand),
  pullFromUpstreamFailed: () => (/* binding */ pullFromUpstreamFailed),
  pullFromUpstreamOutputs: () => (/* binding */ pullFromUpstreamOutputs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/git/git.js
var git = __webpack_require__(18605);
// EXTERNAL MODULE: ./build/bundle-src/jobs/preview.js
var preview = __webpack_require__(4103);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/bundle-src/config/index.js + 8 modules
var bundle_src_config = __webpack_require__(5537);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/tag-template.js
var tag_template = __webpack_require__(35573);
// EXTERNAL MODULE: ./build/bundle-src/runtime/resources.js + 1 modules
var resources = __webpack_require__(74227);
// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
// EXTERNAL MODULE: ./build/bundle-src/spec/index.js + 1 modules
var bundle_src_spec = __webpack_require__(83039);
// EXTERNAL MODULE: ./build/bundle-src/source-git/downstream.js
var downstream = __webpack_require__(74403);
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

// EXTERNAL MODULE: ./build/bundle-src/source-git/repo-files.js
var repo_files = __webpack_require__(33389);
// EXTERNAL MODULE: ./build/bundle-src/http/client.js
var http_client = __webpack_require__(89224);
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
    const { url: clean, user, password } = (0,git/* splitUrlCredentials */.CN)(url);
    const env = user && password ? (0,git/* basicAuthEnv */.YI)(clean, user, password) : {};
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
                `${(0,git/* splitUrlCredentials */.CN)(options.upstreamUrl).url} has no tag ${tag} (upstream_tag_template "${template}"); ` +
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
// EXTERNAL MODULE: ./build/bundle-src/status/sink.js + 1 modules
var status_sink = __webpack_require__(85348);
// EXTERNAL MODULE: ./build/bundle-src/jobs/commit-identity.js
var commit_identity = __webpack_require__(72753);
// EXTERNAL MODULE: ./build/bundle-src/jobs/publish.js
var publish = __webpack_require__(20572);
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

// EXTERNAL MODULE: ./build/bundle-src/jobs/report.js
var report = __webpack_require__(78329);
// EXTERNAL MODULE: ./build/bundle-src/jobs/sync-texts.js
var sync_texts = __webpack_require__(89173);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/pull-from-upstream-texts.js



const PULL_FROM_UPSTREAM_CONTEXT = 'srcgit/pull-from-upstream';
function rebaseTitle(release) {
    return `Rebase onto ${release.tag}`;
}
/** GitHub refuses bodies over 65536 characters: lists are cut before that. */
const MAX_ROWS = 200;
function rebaseDescription(input) {
    const { release, rebase, base, noun } = input;
    const short = (sha) => `\`${sha.slice(0, 12)}\``;
    const via = release.via === 'anitya' ? 'release-monitoring.org' : `the tags of ${(0,sync_texts/* escapeInline */.VV)(input.upstreamUrl)}`;
    const lines = [
        `Upstream released **${(0,sync_texts/* escapeInline */.VV)(release.tag)}** (version ${(0,sync_texts/* escapeInline */.VV)(release.version)}, found in ${via}). ` +
            `This ${noun} replays the downstream commits of \`${base}\` onto it: they sat on ` +
            `\`${(0,sync_texts/* escapeInline */.VV)(rebase.previous.upstreamRef)}\` (version ${(0,sync_texts/* escapeInline */.VV)(rebase.previous.version)}). ` +
            `The last commit ${short(rebase.bumpCommit)} moves \`upstream_ref\` to \`${(0,sync_texts/* escapeInline */.VV)(release.tag)}\` and bumps the ` +
            `\`.distro\` spec to ${(0,sync_texts/* escapeInline */.VV)(release.version)}.`,
        '',
    ];
    if (rebase.conflict)
        lines.push(...conflictBlock(input), '');
    lines.push(`Replayed downstream commits (${rebase.replayed.length}):`, '');
    if (rebase.replayed.length === 0)
        lines.push('- none');
    for (const c of rebase.replayed.slice(0, MAX_ROWS))
        lines.push(`- ${short(c.original)} ${(0,sync_texts/* escapeInline */.VV)(c.subject)}`);
    if (rebase.replayed.length > MAX_ROWS)
        lines.push(`- … ${rebase.replayed.length - MAX_ROWS} more`);
    if (rebase.dropped.length > 0) {
        lines.push('', `Dropped, because ${(0,sync_texts/* escapeInline */.VV)(release.tag)} already has them (upstreamed):`, '');
        for (const d of rebase.dropped.slice(0, MAX_ROWS))
            lines.push(`- ${short(d.original)} ${(0,sync_texts/* escapeInline */.VV)(d.subject)}${d.upstreamCommit ? ` (upstream commit ${short(d.upstreamCommit)})` : ''}`);
    }
    if (rebase.notReplayed.length > 0) {
        lines.push('', `Not replayed, after the conflict (${rebase.notReplayed.length}):`, '');
        for (const n of rebase.notReplayed.slice(0, MAX_ROWS))
            lines.push(`- ${short(n.original)} ${(0,sync_texts/* escapeInline */.VV)(n.subject)}`);
    }
    lines.push('', ...mergeOrder(input), '', rebaseMarker({ head: input.head, version: release.version, tag: release.tag }));
    return lines.join('\n') + '\n';
}
function conflictBlock(input) {
    const conflict = input.rebase.conflict;
    const fence = '`'.repeat(Math.max(3, ...[...conflict.detail.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    const files = conflict.files.length > 0
        ? conflict.files.map((f) => `\`${(0,sync_texts/* escapeInline */.VV)(f)}\``).join(', ')
        : 'none named by git';
    const later = input.rebase.notReplayed.filter((n) => n.original !== conflict.original).length;
    return [
        '> [!WARNING]',
        `> **Downstream commit \`${conflict.original.slice(0, 12)}\` (${(0,sync_texts/* escapeInline */.VV)(conflict.subject)}) does not apply to ` +
            `${(0,sync_texts/* escapeInline */.VV)(input.release.tag)}.** Conflicting files: ${files}. It${later ? ` and the ${later} commit(s) after it` : ''} ` +
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
function pullFromUpstreamSummary(result, mode) {
    const o = result.outcome;
    const lines = [
        `## srcgit pull-from-upstream into ${result.base}${mode ? `, ${mode}` : ''}`,
        '',
        `**${result.result}**${o.url ? `: [${o.url}](${o.url})` : ''}${o.reason ? `: ${(0,sync_texts/* escapeInline */.VV)(o.reason)}` : ''} (${(0,report/* operationText */.xS)(o)})`,
    ];
    if (result.preview) {
        lines.push('', '| dist-git branch | operation | pull request | reason |', '| --- | --- | --- | --- |');
        for (const p of result.preview.outcomes)
            lines.push(`| ${p.branch} | ${(0,report/* operationText */.xS)(p)} | ${p.url ? `[${p.url}](${p.url})` : ''} | ${(0,sync_texts/* escapeInline */.VV)(p.reason ?? '').replace(/\|/g, '\\|')} |`);
    }
    if (result.body)
        lines.push('', `### ${result.title}`, '', result.body.trimEnd());
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./build/bundle-src/jobs/sync-from-downstream.js
var sync_from_downstream = __webpack_require__(89038);
// EXTERNAL MODULE: ./build/bundle-src/jobs/sync-remote.js
var sync_remote = __webpack_require__(30851);
// EXTERNAL MODULE: ./build/bundle-src/jobs/update-dist-git.js
var update_dist_git = __webpack_require__(48446);
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
const TEMP_REFS = 'refs/srcgit/pull-from-upstream';
async function pullFromUpstream(options) {
    const engine = {
        findNewestRelease: options.engine?.findNewestRelease ?? findNewestRelease,
        rebaseOnRelease: options.engine?.rebaseOnRelease ?? rebaseOnRelease,
    };
    const source = new git/* Git */.TU(external_node_path_.resolve(options.sourceGit));
    if (!(await source.isRepository()))
        throw new update_dist_git/* JobError */.CR(`source-git ${source.dir} is not a git repository`);
    const base = options.base ?? (await (0,sync_from_downstream/* checkedOutBranch */.iD)(source));
    (0,sync_from_downstream/* checkBranchName */.I$)(base, '--base');
    const platform = options.platform;
    if (platform && !platform.requests && !options.dryRun)
        throw new update_dist_git/* JobError */.CR(`${platform.tokenName} is empty: ${platform.kind === 'github' ? sync_remote/* GITHUB_TOKEN_HOW */.Zu : sync_remote/* GITLAB_TOKEN_HOW */.r7}; or use a dry run`);
    const remote = platform ? await (0,sync_remote/* resolveRemote */.Lb)(source, options.remote ?? 'origin', platform) : undefined;
    const cleanup = [];
    try {
        cleanup.push(async () => {
            const refs = await source.output(['for-each-ref', '--format=%(refname)', `${TEMP_REFS}/`]);
            for (const ref of refs.split('\n').filter(Boolean))
                await source.run(['update-ref', '-d', ref], { allowFailure: true });
        });
        const baseRef = `${TEMP_REFS}/base`;
        const baseCommit = remote
            ? await (0,sync_remote/* fetchBase */.cu)(source, remote, base, baseRef)
            : await (0,sync_remote/* localBase */.tE)(source, base).then(async (sha) => {
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
        (0,sync_from_downstream/* checkBranchName */.I$)(headBranch, 'the rebase branch');
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
            : keepLocally(run, workBranch, rebase);
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
    const out = await (0,sync_remote/* runRemote */.Q5)(run.source, remote, ['ls-remote', '--refs', remote.url, `refs/heads/${REBASE_BRANCH_PREFIX}*`], { action: 'read', branch: `${REBASE_BRANCH_PREFIX}*` });
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
    const remoteSha = await (0,sync_remote/* lsRemote */._H)(source, remote, headBranch);
    let sameContent = false;
    if (remoteSha) {
        const ref = `${TEMP_REFS}/remote`;
        await (0,sync_remote/* runRemote */.Q5)(source, remote, ['fetch', '-q', '--no-tags', remote.url, `+refs/heads/${headBranch}:${ref}`], {
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
        upstreamUrl: (0,sync_remote/* redactUrl */.BO)(run.upstreamUrl),
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
    const request = await (0,sync_remote/* pushWithRollback */.B8)(source, remote, { branch: headBranch, head: rebase.head, remoteSha, push: step.push }, async () => step.write === 'create'
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
function keepLocally(run, workBranch, rebase) {
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

// EXTERNAL MODULE: ./build/bundle-src/runtime/gitlab.js
var gitlab = __webpack_require__(51062);
// EXTERNAL MODULE: ./build/bundle-src/commands/io.js
var commands_io = __webpack_require__(74317);
// EXTERNAL MODULE: ./build/bundle-src/commands/options.js
var options = __webpack_require__(64259);
// EXTERNAL MODULE: ./build/bundle-src/commands/parse.js + 1 modules
var parse = __webpack_require__(81505);
// EXTERNAL MODULE: ./build/bundle-src/commands/propose-downstream.js
var propose_downstream = __webpack_require__(32744);
// EXTERNAL MODULE: ./build/bundle-src/commands/sync-from-downstream.js
var commands_sync_from_downstream = __webpack_require__(74084);
// EXTERNAL MODULE: ./build/bundle-src/commands/update-dist-git.js
var commands_update_dist_git = __webpack_require__(37404);
;// CONCATENATED MODULE: ./build/bundle-src/commands/pull-from-upstream.js
/**
 * `srcgit pull-from-upstream`: the newest upstream release as a source-git pull request (GitHub
 * Actions) or merge request (GitLab CI) from `srcgit/rebase-<version>`, then its dist-git preview
 * pull request(s) in the same run; meant for scheduled and manual CI runs. Run locally, it only
 * makes the rebase branch in SOURCE_GIT.
 */















const NAME = 'srcgit pull-from-upstream';
const OPTIONS = {
    ...propose_downstream.PROPOSING_OPTIONS,
    base: { type: 'string' },
    remote: { type: 'string' },
    platform: { type: 'string' },
    repository: { type: 'string' },
    'skip-preview': { type: 'boolean' },
};
const PULL_FROM_UPSTREAM_USAGE = `Usage: srcgit pull-from-upstream [options] [SOURCE_GIT]

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

${(0,options/* environmentHelp */.N4)(OPTIONS)}SRCGIT_DOTENV and SRCGIT_SUMMARY name files for a dotenv report and a Markdown summary.

Secrets come from the environment, never from the command line:
  SRCGIT_GITHUB_TOKEN    (else GITHUB_TOKEN) may push, open pull requests and set statuses:
                         \`permissions: contents: write, pull-requests: write, statuses: write\`
  SRCGIT_GITLAB_TOKEN    project access token with the Developer role and the api scope
  SRCGIT_DIST_GIT_TOKEN  the dist-git token of the preview (as for preview-pull-request)

Exit codes: 0 done (or up to date), 1 a conflict, a skipped or failed step, 2 the command line is wrong.
`;
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
    const parsed = (0,parse/* parseCommand */.R)('pull-from-upstream', PULL_FROM_UPSTREAM_USAGE, OPTIONS, argv, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, sourceGit, usage } = parsed;
    const invalid = (0,propose_downstream.invalidValues)(values);
    if (invalid)
        return usage(invalid);
    const platform = (0,commands_sync_from_downstream.platformFrom)(values, process.env);
    if (typeof platform === 'string')
        return usage(platform);
    const forge = values['skip-preview'] ? undefined : (0,propose_downstream.forgeOptions)(values, process.env, io.cwd);
    if (typeof forge === 'string')
        return usage(forge);
    const dryRun = values['dry-run'] ?? false;
    const remote = values.remote;
    const distGit = values['dist-git'];
    const configFile = values.config ? external_node_path_.resolve(io.cwd, values.config) : undefined;
    const report = (outputs, summary) => (0,gitlab/* writeCiReports */.zs)(process.env, (message) => io.stderr(`warning: ${message}\n`), outputs, summary);
    try {
        const result = await pullFromUpstream({
            sourceGit,
            base: values.base ?? (0,commands_sync_from_downstream.ciBaseBranch)(process.env),
            remote: remote && !(0,git/* isRemoteUrl */.Km)(remote) && /[/\\]|^\.\.?$/.test(remote)
                ? external_node_path_.resolve(io.cwd, remote)
                : remote,
            configFile,
            packageName: values.package,
            platform,
            statuses: platform ? (0,status_sink/* ciStatusSink */.oP)(process.env) : undefined,
            author: values.author,
            dryRun,
            force: values.force ?? false,
            preview: platform && !values['skip-preview']
                ? (pullRequest) => (0,preview/* previewPullRequest */.x)({
                    sourceGit,
                    pullRequest,
                    configFile,
                    packageName: values.package,
                    forge,
                    instanceUrl: values['dist-git-url'],
                    distGit: distGit && !(0,git/* isRemoteUrl */.Km)(distGit) ? external_node_path_.resolve(io.cwd, distGit) : distGit,
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
        return pullFromUpstreamFailed(result) ? commands_io/* EXIT */.dc.failure : commands_io/* EXIT */.dc.ok;
    }
    catch (error) {
        report(pullFromUpstreamOutputs(), `## ${NAME} failed\n\n${(0,secrets/* redact */.E$)(error.message)}\n`);
        if ((0,commands_update_dist_git.isUserError)(error)) {
            io.stderr(`${NAME}: ${(0,secrets/* redact */.E$)(error.message)}\n`);
            return commands_io/* EXIT */.dc.failure;
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
    lines.push('', (0,report/* formatOutcome */.ke)(result.outcome));
    for (const o of result.preview?.outcomes ?? [])
        lines.push(`dist-git ${(0,report/* formatOutcome */.ke)(o)}`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 37404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UPDATE_DIST_GIT_USAGE: () => (/* binding */ UPDATE_DIST_GIT_USAGE),
/* harmony export */   isUserError: () => (/* reexport safe */ _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_2__.i),
/* harmony export */   updateDistGitCommand: () => (/* binding */ updateDistGitCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _jobs_update_dist_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48446);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77720);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74317);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64259);
/** `srcgit update-dist-git SOURCE_GIT DIST_GIT`: the local, no-forge sync (Packit's `source-git update-dist-git`). */





const UPDATE_DIST_GIT_USAGE = `Usage: srcgit update-dist-git SOURCE_GIT DIST_GIT [options]

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
`;
// Other modules import it from here.

async function updateDistGitCommand(argv, io) {
    const parsed = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOptions */ .Ac)({
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
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(UPDATE_DIST_GIT_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    if (positionals.length !== 2) {
        io.stderr(`srcgit update-dist-git: expected SOURCE_GIT and DIST_GIT, got ${positionals.length} argument(s)\n(see srcgit update-dist-git --help)\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    }
    if (values.author !== undefined && !(0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .isIdentity */ .Lk)(values.author)) {
        io.stderr(`srcgit update-dist-git: --author is "${values.author}", not an identity; write it as 'Full Name <email@example.com>'\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage;
    }
    const [sourceGit, distGit] = positionals.map((p) => node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, p));
    try {
        const result = await (0,_jobs_update_dist_git_js__WEBPACK_IMPORTED_MODULE_1__/* .updateDistGit */ .GE)({
            sourceGit,
            distGit,
            upstreamRef: values['upstream-ref'],
            message: values.message,
            force: values.force,
            configFile: values.config ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, values.config) : undefined,
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
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        if ((0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUserError */ .i)(error)) {
            io.stderr(`srcgit update-dist-git: ${error.message}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.failure;
        }
        throw error;
    }
}


/***/ })

};
