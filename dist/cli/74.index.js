export const id = 74;
export const ids = [74];
export const modules = {

/***/ 24589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ changelogAuthor),
/* harmony export */   W4: () => (/* binding */ changelogEntryText)
/* harmony export */ });
/* unused harmony export DEFAULT_CHANGELOG_AUTHOR */
/**
 * The text and author of the %changelog entry added to the dist-git spec (Packit §4.6,
 * `ChangelogHelper.get_changelog_entry`). Escaping `%` and leading `*` for rpm is the spec editor's
 * job (`sanitizeChangelogText`), not done here.
 *
 * Deliberate differences from Packit:
 * - Output that is only whitespace (from the action or as release description) counts as none.
 * - A release description is normalised to `\n` line ends (GitHub stores `\r\n`) and loses leading
 *   empty lines; Packit copies it verbatim.
 * - Author: specfile's guess_packager also asks rpm for `%packager` and falls back to the Unix
 *   user; neither makes sense on a CI runner, so see {@link changelogAuthor}.
 */
function rstrip(text) {
    return text.replace(/\s+$/, '');
}
/**
 * The entry text: the action's output (each command's output right-stripped, joined by newlines)
 * or `- Update to version <version>`; the release description instead when copying is enabled and
 * it is not empty; then, only when there was no action output, one `- Resolves: <bug>` line per bug.
 */
function changelogEntryText(options) {
    const fromAction = rstrip((options.actionOutput ?? []).map(rstrip).join('\n'));
    let text = fromAction || `- Update to version ${options.version}`;
    if (options.copyReleaseDescription) {
        const description = rstrip((options.releaseDescription ?? '').replace(/\r\n?/g, '\n')).replace(/^\s*\n/, '');
        if (description)
            text = description;
    }
    if (!fromAction) {
        for (const bug of options.resolvedBugs ?? [])
            text += `\n- Resolves: ${bug}`;
    }
    return rstrip(text);
}
/** Author used when neither $RPM_PACKAGER nor a complete git identity is available. */
const DEFAULT_CHANGELOG_AUTHOR = 'srcgit <srcgit@users.noreply.github.com>';
/**
 * The changelog entry author, in the order of specfile's guess_packager: `$RPM_PACKAGER` when set
 * and not blank; else the git identity `Name <email>` when both name and email are known; else
 * {@link DEFAULT_CHANGELOG_AUTHOR}. A half identity (only a name or only an email, as on an
 * unconfigured runner) is not used: Fedora's changelog lines carry both.
 */
function changelogAuthor(env, gitName, gitEmail) {
    const packager = env.RPM_PACKAGER?.trim();
    if (packager)
        return packager;
    const name = gitName?.trim();
    const email = gitEmail?.trim();
    if (name && email)
        return `${name} <${email}>`;
    return DEFAULT_CHANGELOG_AUTHOR;
}


/***/ }),

/***/ 95960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ addGitignoreEntries)
/* harmony export */ });
/* unused harmony export gitignoreLine */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41587);
/**
 * dist-git `.gitignore`: lookaside archives must be ignored so `git add -A` does not commit them.
 * Like `fedpkg new-sources`, we add `/<archive>` lines and never remove anything (the previous
 * version's line stays). Unlike fedpkg we escape gitignore wildcard characters in archive names
 * (`foo[1].tar.gz` would otherwise be a pattern).
 */

/** `name` as a gitignore pattern matching exactly that file in the repository root. */
function gitignoreLine(name) {
    if (name === '' || name.includes('/') || name.includes('\n') || name === '.' || name === '..')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentError */ .y(`.gitignore: ${JSON.stringify(name)} is not a file name`);
    let escaped = name.replace(/[\\[\]*?]/g, (c) => '\\' + c);
    // Trailing spaces are dropped by git unless escaped.
    escaped = escaped.replace(/ +$/, (spaces) => spaces.replace(/ /g, '\\ '));
    return '/' + escaped;
}
/**
 * Append `/<name>` for every archive not yet ignored by an exact `/<name>` or `<name>` line.
 * Existing lines are kept as they are; the file keeps (or keeps lacking) its final newline, and
 * keeps CRLF line ends if it uses them. An empty file gets a final newline.
 */
function addGitignoreEntries(text, fileNames) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const present = new Set(text
        .split('\n')
        .map((line) => line.replace(/\r$/, '').replace(/(?<!\\)[ \t]+$/, ''))
        .filter((line) => line !== ''));
    const added = [];
    for (const name of fileNames) {
        const line = gitignoreLine(name);
        if (present.has(line) || present.has(line.slice(1)))
            continue;
        present.add(line);
        added.push(line);
    }
    if (added.length === 0)
        return { text, added };
    if (text === '')
        return { text: added.join(eol) + eol, added };
    const endsWithNewline = text.endsWith('\n');
    const body = added.join(eol);
    return { text: endsWithNewline ? text + body + eol : text + eol + body, added };
}


/***/ }),

/***/ 79074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ branchesFor),
/* harmony export */   N8: () => (/* binding */ proposeDownstream),
/* harmony export */   Rh: () => (/* binding */ oneWorkTreeForSeveral),
/* harmony export */   WD: () => (/* binding */ forgeOptionsFrom),
/* harmony export */   Ww: () => (/* binding */ connectForge),
/* harmony export */   Wx: () => (/* binding */ distGitWorkTree),
/* harmony export */   kv: () => (/* binding */ publishOrKeep),
/* harmony export */   m$: () => (/* binding */ Archives),
/* harmony export */   pY: () => (/* binding */ archivePrefix),
/* harmony export */   qz: () => (/* binding */ sortLike)
/* harmony export */ });
/* unused harmony exports resolvePush, versionAndTag, publishAll */
/* harmony import */ var _dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50126);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5537);
/* harmony import */ var _dist_git_changelog_entry_js__WEBPACK_IMPORTED_MODULE_34__ = __webpack_require__(24589);
/* harmony import */ var _dist_git_apply_file_sync_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24653);
/* harmony import */ var _dist_git_files_to_sync_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61119);
/* harmony import */ var _dist_git_gitignore_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95960);
/* harmony import */ var _dist_git_messages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5996);
/* harmony import */ var _dist_git_sources_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30555);
/* harmony import */ var _dist_git_tag_template_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35573);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(18605);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74227);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2508);
/* harmony import */ var _source_git_archive_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(17985);
/* harmony import */ var _archive_plan_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3853);
/* harmony import */ var _source_git_downstream_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(74403);
/* harmony import */ var _source_git_patches_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(98681);
/* harmony import */ var _source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(33389);
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(83039);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(89224);
/* harmony import */ var _forges_dist_git_select_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(1404);
/* harmony import */ var _forges_bodhi_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(84065);
/* harmony import */ var _dist_git_branch_aliases_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(67309);
/* harmony import */ var _dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_33__ = __webpack_require__(98096);
/* harmony import */ var _git_transport_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(61777);
/* harmony import */ var _lookaside_lookaside_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(38729);
/* harmony import */ var _lookaside_kerberos_js__WEBPACK_IMPORTED_MODULE_25__ = __webpack_require__(1143);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_26__ = __webpack_require__(20572);
/* harmony import */ var _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__ = __webpack_require__(48446);
/* harmony import */ var _patches_step_js__WEBPACK_IMPORTED_MODULE_28__ = __webpack_require__(5276);
/* harmony import */ var _source_git_ci_only_js__WEBPACK_IMPORTED_MODULE_32__ = __webpack_require__(38826);
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_29__ = __webpack_require__(63512);
/* harmony import */ var _commit_identity_js__WEBPACK_IMPORTED_MODULE_30__ = __webpack_require__(72753);
/* harmony import */ var _release_checks_js__WEBPACK_IMPORTED_MODULE_31__ = __webpack_require__(74614);
/**
 * The release flow, locally (`srcgit propose-downstream --dry-run`): for a tag, per
 * dist-git branch, make exactly the commit a pull request would carry — archive, spec
 * update, patches, `sources`, `.gitignore` — on the branch `<branch>-update-propose_downstream`
 * of a dist-git clone, without touching the branch the user has checked out and without
 * anything leaving the machine.
 */



































/** The push protocol for this forge (see PushSettings); refuses SSH without a key outside a dry run. */
function resolvePush(push, kind, dryRun) {
    if (push.protocol !== 'auto')
        return push;
    if (kind === 'forgejo')
        return { protocol: 'https' };
    if (!push.ssh?.privateKey && !dryRun)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(push.noKey);
    return { protocol: 'ssh', privateKey: '', ...push.ssh };
}
/**
 * The forge options, or undefined for a local dry run without a token. Refuses, saying how to
 * fix it, a real run without the token or (for SSH) without the key.
 */
function forgeOptionsFrom(settings, names) {
    if (!settings.token) {
        if (settings.dryRun)
            return undefined;
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`${names.token} is empty: create an API token for the bot account on the dist-git forge ` +
            `(${(0,_forges_dist_git_select_js__WEBPACK_IMPORTED_MODULE_20__/* .tokenRightsText */ .y)()}) ` +
            `and ${names.tokenHow}; or use ${names.dryRun}`);
    }
    // A local instance has no forge API to fork, propose or plan against.
    if (settings.instanceUrl?.startsWith('file:'))
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`the dist-git instance ${settings.instanceUrl} is local: it has no forge API, so it works only for a dry run without a token; ` +
            `unset ${names.token} or give an http(s) instance`);
    const noKey = `${names.sshKey} is empty: Pagure dist-git (src.fedoraproject.org) accepts pushes only over SSH; ${names.sshKeyHow} ` +
        "with the bot account's private key (its public key registered in FAS), or push over https where the instance allows it";
    if (settings.pushProtocol === 'ssh' && !settings.sshPrivateKey && !settings.dryRun)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(noKey);
    const ssh = {
        privateKey: settings.sshPrivateKey ?? '',
        knownHosts: settings.knownHosts,
        sshHost: settings.sshHost,
    };
    return {
        instanceUrl: settings.instanceUrl,
        forgeKind: settings.forgeKind,
        token: settings.token,
        fasUser: settings.fasUser,
        push: settings.pushProtocol === 'ssh'
            ? { protocol: 'ssh', ...ssh }
            : settings.pushProtocol === 'https'
                ? { protocol: 'https' }
                : { protocol: 'auto', ssh: settings.sshPrivateKey ? ssh : undefined, noKey },
        keytab: settings.keytab,
        krb5Conf: settings.krb5Conf,
        lookasideUrl: settings.lookasideUrl,
        force: settings.force,
        dryRun: settings.dryRun,
    };
}
/** Version and tag from whichever was given, checked against upstream_tag_template and the tag filters. */
function versionAndTag(pkg, tag, version) {
    if (tag && version)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR('give --tag or --version, not both');
    const template = pkg.upstream_tag_template;
    if (tag) {
        const v = (0,_dist_git_tag_template_js__WEBPACK_IMPORTED_MODULE_9__/* .tagToVersion */ .ar)(template, tag, pkg.upstream_package_name);
        if (v === undefined)
            throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`tag "${tag}" does not match upstream_tag_template "${template}"; set upstream_tag_template to match your tags`);
        if (!(0,_dist_git_tag_template_js__WEBPACK_IMPORTED_MODULE_9__/* .matchesTagFilters */ .Dj)(tag, pkg.upstream_tag_include, pkg.upstream_tag_exclude))
            throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`tag "${tag}" is filtered out by upstream_tag_include/upstream_tag_exclude`);
        return { version: v, tag };
    }
    if (version)
        return { version, tag: (0,_dist_git_tag_template_js__WEBPACK_IMPORTED_MODULE_9__/* .versionToTag */ .KN)(template, version, pkg.upstream_package_name) };
    throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR('which release? give --tag TAG or --version VERSION');
}
/** The dist-git branches: requested, else configured, else rawhide; aliases resolved through Bodhi. */
async function branchesFor(pkg, requested, http, bodhiUrl) {
    const names = requested && requested.length > 0
        ? requested
        : pkg.dist_git_branches.length > 0
            ? pkg.dist_git_branches
            : ['rawhide'];
    const needing = (0,_dist_git_branch_aliases_js__WEBPACK_IMPORTED_MODULE_22__/* .namesNeedingBodhi */ .xI)(names);
    const releases = needing.length > 0 ? await (0,_forges_bodhi_js__WEBPACK_IMPORTED_MODULE_21__/* .fetchActiveReleases */ .XQ)(http(), bodhiUrl, needing) : [];
    return (0,_dist_git_branch_aliases_js__WEBPACK_IMPORTED_MODULE_22__/* .expandBranches */ .nB)(names, releases);
}
async function proposeDownstream(options) {
    const run = { archives: [] };
    // The dist-git clones and every other temp dir of the run go when it ends, also after a failure.
    return (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_11__/* .withTempScope */ .LH)(async () => {
        try {
            return await propose(options, run);
        }
        finally {
            // The branches have their copies; the run's own go, also after a failure.
            await Promise.all(run.archives.map((a) => a.dispose()));
        }
    });
}
/** Every propose_downstream job view the release is for (one per package the jobs select), in turn. */
async function propose(options, run) {
    const onTag = await (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_31__/* .upstreamTagCheckout */ .aw)(options.sourceGit, options.tag, options.configFile);
    if (onTag)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(onTag);
    const config = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(options.sourceGit, { configFile: options.configFile });
    const selection = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .jobViews */ .o8)(config, _config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PROPOSE_DOWNSTREAM */ .WZ, options.packageName);
    const notes = [...selection.notes];
    if (selection.defaultJobsNote && !options.branches?.length)
        notes.push(selection.defaultJobsNote);
    const source = new _git_git_js__WEBPACK_IMPORTED_MODULE_10__/* .Git */ .TU(options.sourceGit);
    await (0,_update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .requireCleanRepo */ .he)(source, 'source-git', false);
    const head = (await source.tryRevParse('HEAD'));
    const releases = releasesOf(selection.views, options.tag, options.version, notes);
    if (releases.length === 0)
        return {
            version: options.version ?? '',
            tag: options.tag ?? '',
            sourceGitCommit: head,
            proposals: [],
            outcomes: [],
            notes,
            warnings: [],
        };
    // Outcomes name their package when the run proposes more than one.
    const packages = [...new Set(releases.map((r) => r.view.pkg.downstream_package_name))];
    const several = packages.length > 1;
    if (several && options.distGit)
        throw oneWorkTreeForSeveral(packages);
    const results = [];
    for (const { view, version, tag } of releases) {
        const result = await proposeView({ options, view, source, head, version, tag, run });
        if (several) {
            const name = view.pkg.downstream_package_name;
            for (const item of [...result.outcomes, ...result.proposals])
                item.package = name;
        }
        results.push(result);
    }
    return {
        version: results[0].version,
        tag: results[0].tag,
        sourceGitCommit: head,
        proposals: results.flatMap((r) => r.proposals),
        outcomes: results.flatMap((r) => r.outcomes),
        notes: [...notes, ...results.flatMap((r) => r.notes)],
        warnings: results.flatMap((r) => r.warnings),
    };
}
/**
 * The views this release is for, each with its version and tag. With one view a tag that does
 * not fit is an error; with several (a monorepo), a view whose upstream_tag_template or tag
 * filters do not take the tag is another package's release and is left out, as packit-service does.
 */
function releasesOf(views, tag, version, notes) {
    if (views.length <= 1)
        return views.map((view) => ({ view, ...versionAndTag(view.pkg, tag, version) }));
    const taken = [];
    const refused = [];
    for (const view of views) {
        try {
            taken.push({ view, ...versionAndTag(view.pkg, tag, version) });
        }
        catch (error) {
            if (!(error instanceof _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR) || tag === undefined)
                throw error;
            refused.push(`${view.packageKey} (${view.origin}): ${error.message}`);
        }
    }
    if (taken.length === 0)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`the release is for none of the packages:\n  ${refused.join('\n  ')}`);
    for (const line of refused)
        notes.push(`not this package's release: ${line}`);
    return taken;
}
/** A dist-git work tree given for a run that proposes to several packages. */
function oneWorkTreeForSeveral(packages) {
    return new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`the dist-git work tree given is one package's, but this run proposes to ${packages.length} (${packages.join(', ')}); ` +
        'choose one with --package, or leave the work tree out to clone each from dist_git_base_url');
}
async function proposeView(input) {
    const { options, source, head, version, tag } = input;
    const { packageKey, pkg } = input.view;
    const tagCommit = await source.tryRevParse(`refs/tags/${tag}`);
    if (!tagCommit)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`tag "${tag}" is not in ${options.sourceGit}; fetch tags (actions/checkout needs fetch-depth: 0) or check the tag name`);
    const { version: rpmVersion, prerelease } = (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_18__/* .toRpmVersion */ .Ft)(version, pkg.prerelease_suffix_pattern);
    const actions = (0,_actions_js__WEBPACK_IMPORTED_MODULE_29__/* .actionRunner */ .Lx)(pkg, options.sourceGit);
    const specfilePath = (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_31__/* .requireSpecfilePath */ ._R)(pkg, options.sourceGit, actions);
    const releaseNotes = options.releaseNotes ??
        (pkg.copy_upstream_release_description ? await options.fetchReleaseNotes?.() : undefined);
    const identities = await (0,_commit_identity_js__WEBPACK_IMPORTED_MODULE_30__/* .commitIdentities */ .i)(source, options.author);
    // The archive is made while the patches are: its name is known from the spec and the version.
    const archives = new Archives(source, tagCommit, archivePrefix(pkg, version));
    input.run.archives.push(archives);
    // Through readRepoFile: a spec that is a link out of the repository is never read.
    const specText = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(options.sourceGit, specfilePath))
        ? await (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_17__/* .readRepoFile */ .v6)(source, specfilePath)
        : undefined;
    // Copied as it is, the spec must already be the release's: checked before anything is made
    // (after the actions, when actions may change it, per branch).
    const release = { version, rpmVersion, tag };
    if (specText !== undefined && (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_31__/* .copiesSpecAsIs */ .bW)(pkg, actions) && !(0,_release_checks_js__WEBPACK_IMPORTED_MODULE_31__/* .specMayChangeBeforeCopy */ .Xr)(actions))
        (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_31__/* .requireReleaseVersion */ .Zr)(_spec_index_js__WEBPACK_IMPORTED_MODULE_18__/* .SpecFile */ .An.parse(specText, { fileName: specfilePath }), specfilePath, release, copyReason(pkg));
    const expectedName = specText === undefined ? undefined : archiveNameFor(specText, pkg, rpmVersion);
    if (expectedName)
        void archives.get(expectedName).catch(() => undefined);
    // Source-git mode: patches from the downstream commits after upstream_ref (unless create-patches replaces that).
    let generation;
    if (pkg.upstream_ref && !actions.has('create-patches')) {
        const upstream = await (0,_source_git_downstream_js__WEBPACK_IMPORTED_MODULE_15__/* .resolveUpstreamRef */ .ZZ)(source, pkg.upstream_ref);
        await (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_31__/* .requireNoUpstreamReleaseInRange */ .p6)(source, pkg, upstream, head, tag);
        generation = await (0,_source_git_patches_js__WEBPACK_IMPORTED_MODULE_16__/* .generatePatches */ .K)(source, await (0,_source_git_downstream_js__WEBPACK_IMPORTED_MODULE_15__/* .downstreamRange */ .Qs)(source, upstream), (0,_update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .patchIgnorePaths */ .Nw)(pkg));
    }
    const forge = options.forge;
    const connection = await connectForge(forge, pkg, options.instanceUrl);
    const { http, instanceUrl } = connection;
    const branches = await branchesFor(pkg, options.branches, http, options.bodhiUrl ?? _forges_bodhi_js__WEBPACK_IMPORTED_MODULE_21__/* .DEFAULT_BODHI_URL */ .Xr);
    const dist = await distGitWorkTree(options.distGit, instanceUrl, pkg);
    const proposals = [];
    const outcomes = [];
    for (const branch of branches) {
        const prepared = await proposeBranch({
            options,
            pkg,
            source,
            dist,
            branch,
            version,
            rpmVersion,
            prerelease,
            release,
            tag,
            tagCommit,
            head,
            generation,
            specfilePath,
            identities,
            actions,
            packageKey,
            releaseNotes,
            archives,
        }).catch((error) => {
            // One branch failing does not stop the others, with a forge or locally; a single branch's error is the answer.
            if (!forge && branches.length === 1)
                throw error;
            return { branch, operation: 'failed', reason: (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_12__/* .redact */ .E$)(error.message) };
        });
        if ('commit' in prepared)
            proposals.push(prepared);
        else
            outcomes.push(prepared);
    }
    const ready = proposals.map((p) => ({
        branch: p.branch,
        prBranch: p.prBranch,
        base: p.base,
        commit: p.commit,
        title: p.title,
        description: p.description,
        archive: p.archive ? { path: p.archive, sha512: p.archiveSha512 } : undefined,
    }));
    const settled = await publishOrKeep(forge, connection, dist, pkg, ready);
    return {
        version,
        tag,
        sourceGitCommit: head,
        proposals,
        outcomes: sortLike(branches, [...outcomes, ...settled.outcomes]),
        notes: settled.notes,
        warnings: generation ? (0,_source_git_ci_only_js__WEBPACK_IMPORTED_MODULE_32__/* .ciOnlyPatchWarnings */ .UI)(generation.patches, pkg.config_file_path) : [],
    };
}
/**
 * The branches' commits published (pushed and proposed), or, without a forge, left as local
 * commits: what happened to each, in the order given.
 */
async function publishOrKeep(forge, connection, dist, pkg, ready) {
    const { distGit, forkUser, push } = connection;
    if (!forge || !distGit || !forkUser || !push)
        return {
            outcomes: ready.map((r) => ({
                branch: r.branch,
                operation: 'created',
                dryRun: true,
                reason: 'local commit only',
            })),
            notes: [],
        };
    return publishAll({
        forge,
        distGit,
        forkUser,
        push,
        dist,
        pkg,
        http: connection.http(),
        ready,
    });
}
async function connectForge(forge, pkg, instance) {
    let client;
    const http = () => (client ??= forge?.http ?? new _http_client_js__WEBPACK_IMPORTED_MODULE_19__/* .HttpClient */ .Q());
    // Credentials in the instance URL would reach push URLs, argv and messages: never kept.
    const instanceUrl = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_12__/* .withoutUrlCredentials */ .el)(forge?.instanceUrl ?? instance ?? pkg.dist_git_base_url).replace(/\/+$/, '');
    if (!forge)
        return { http, instanceUrl };
    const namespace = pkg.dist_git_namespace;
    const pkgName = pkg.downstream_package_name;
    const distGit = await (0,_forges_dist_git_select_js__WEBPACK_IMPORTED_MODULE_20__/* .openDistGitForge */ .U)({
        instanceUrl,
        token: forge.token,
        http: http(),
        choice: forge.forgeKind ?? pkg.dist_git_forge,
    });
    const push = resolvePush(forge.push, distGit.kind, forge.dryRun ?? false);
    const forkUser = await distGit.whoami();
    if (!(await distGit.projectExists(namespace, pkgName)))
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`no dist-git repo ${namespace}/${pkgName} on ${instanceUrl}; check downstream_package_name`);
    return { http, instanceUrl, distGit, forkUser, push };
}
/** The dist-git work tree: the local one given, or a fresh clone of the URL (default: the package on the instance). */
async function distGitWorkTree(given, instanceUrl, pkg) {
    const distDir = given ?? `${instanceUrl}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}.git`;
    let workTree;
    if ((0,_git_git_js__WEBPACK_IMPORTED_MODULE_10__/* .isRemoteUrl */ .Km)(distDir)) {
        // Credentials in the URL go as a command-scoped header, not into argv or the clone's config.
        const { url, user, password } = (0,_git_git_js__WEBPACK_IMPORTED_MODULE_10__/* .splitUrlCredentials */ .CN)(distDir);
        workTree = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_11__/* .makeTempDir */ .mk)('srcgit-dist-git-');
        await new _git_git_js__WEBPACK_IMPORTED_MODULE_10__/* .Git */ .TU((0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_11__/* .tempRoot */ .fQ)()).run(['clone', '-q', url, workTree], {
            env: user || password ? (0,_git_git_js__WEBPACK_IMPORTED_MODULE_10__/* .basicAuthEnv */ .YI)(url, user ?? '', password ?? '') : {},
        });
    }
    else {
        workTree = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(distDir);
    }
    const dist = new _git_git_js__WEBPACK_IMPORTED_MODULE_10__/* .Git */ .TU(workTree);
    if (!(await dist.isRepository()))
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`dist-git ${workTree} is not a git repository`);
    return dist;
}
function sortLike(branches, outcomes) {
    return [...outcomes].sort((a, b) => branches.indexOf(a.branch) - branches.indexOf(b.branch));
}
/** Uploads, fork, then each branch pushed and proposed (see publish.ts for the order and why). */
async function publishAll(input) {
    const { forge, distGit, forkUser, pkg, push } = input;
    const namespace = pkg.dist_git_namespace;
    const repo = pkg.downstream_package_name;
    const notes = [];
    const { ready } = input;
    if (ready.length === 0)
        return { outcomes: [], notes };
    const forkUrl = distGit.forkPushUrl({
        protocol: push.protocol,
        sshHost: push.protocol === 'ssh' ? push.sshHost : undefined,
        user: forkUser,
        ns: namespace,
        repo,
    });
    const transport = await (0,_git_transport_js__WEBPACK_IMPORTED_MODULE_23__/* .prepareTransport */ .lq)(push.protocol === 'ssh'
        ? { protocol: 'ssh', privateKey: push.privateKey, knownHosts: push.knownHosts }
        : { protocol: 'https', user: forkUser, token: forge.token }, forkUrl);
    try {
        const ctx = {
            dist: input.dist,
            distGit,
            namespace,
            pkg: repo,
            forkUser,
            forkUrl,
            transport,
            lookaside: new _lookaside_lookaside_js__WEBPACK_IMPORTED_MODULE_24__/* .LookasideCache */ .u({
                downloadBase: forge.lookasideUrl ?? pkg.lookaside_cache_url,
                uploadUrl: `${(forge.lookasideUrl ?? pkg.lookaside_cache_url).replace(/\/+$/, '')}/upload.cgi`,
                http: input.http,
            }),
            withUploadAuth: uploadAuth(forge, forkUser),
            keytabHint: 'add the base64-encoded keytab of the bot account as a secret and pass it as the `keytab` input (SRCGIT_KEYTAB for the CLI)',
            force: forge.force ?? false,
            dryRun: forge.dryRun ?? false,
        };
        // Uploads first: no branch is pushed for an archive the cache does not have.
        notes.push(...(await (0,_publish_js__WEBPACK_IMPORTED_MODULE_26__/* .ensureArchivesUploaded */ .mG)(ctx, ready)));
        // Read first: a rerun with the fork in place makes no write request.
        if (!(await distGit.forkExists(forkUser, namespace, repo))) {
            if (ctx.dryRun)
                notes.push(`would fork ${namespace}/${repo}`);
            else if ((await distGit.ensureFork(namespace, repo)) === 'created')
                notes.push(`forked ${namespace}/${repo} to ${forkUser}`);
        }
        const outcomes = [];
        for (const branch of ready)
            outcomes.push(await (0,_publish_js__WEBPACK_IMPORTED_MODULE_26__/* .publishBranch */ .kL)(ctx, branch));
        return { outcomes, notes };
    }
    finally {
        await transport.dispose();
    }
}
/** Kerberos from the keytab; the test forge's header when SRCGIT_TEST_LOOKASIDE_USER is set; else none. */
function uploadAuth(forge, forkUser) {
    const test = (0,_lookaside_lookaside_js__WEBPACK_IMPORTED_MODULE_24__/* .testLookasideAuth */ .aA)();
    if (test)
        return (fn) => fn(test);
    const keytab = forge.keytab;
    if (!keytab)
        return undefined;
    const principal = forge.fasUser ?? forkUser;
    return (fn) => (0,_lookaside_kerberos_js__WEBPACK_IMPORTED_MODULE_25__/* .withKerberosTicket */ .I5)({ keytabBase64: keytab, principal, krb5Conf: forge.krb5Conf }, (env) => fn({ kind: 'kerberos', env: { ...env }, principal }));
}
/**
 * The release as a local commit for one branch, or why there is none: the branch already has
 * this version (a maintainer did the update by hand) or a newer one.
 */
async function proposeBranch(ctx) {
    const { pkg, source, dist, branch } = ctx;
    const notes = [...(ctx.generation?.notes ?? [])];
    // Specs are read as rpm reads them on this branch: its %fedora/%rhel/%dist, then parse_time_macros.
    const predefined = (0,_dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_33__/* .branchMacros */ .e)(branch, { parseTimeMacros: pkg.parse_time_macros });
    // A fresh clone's remote-tracking branch is the truth; a local work tree's own branch comes first.
    const base = (await dist.tryRevParse(`refs/heads/${branch}`)) ??
        (await dist.tryRevParse(`refs/remotes/origin/${branch}`));
    if (!base)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`dist-git ${dist.dir} has no branch "${branch}"`);
    const current = await distGitVersion(dist, base, `${pkg.downstream_package_name}.spec`, predefined);
    if (current !== undefined) {
        const order = (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_18__/* .rpmvercmp */ .Lb)(current, ctx.rpmVersion);
        if (order === 0)
            return {
                branch,
                operation: 'unchanged',
                reason: `already up to date: ${branch} has version ${current}`,
            };
        if (order > 0)
            return {
                branch,
                operation: 'skipped',
                reason: `${branch} has version ${current}, newer than ${ctx.rpmVersion}`,
            };
    }
    const prBranch = (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .prBranchName */ .Ci)(branch);
    // On failure the PR branch goes back to what it was (or away) and a new archive is removed: nothing half-done.
    const branchBefore = await dist.tryRevParse(`refs/heads/${prBranch}`);
    let archiveCreated;
    const tree = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_11__/* .makeTempPath */ .y9)('srcgit-worktree-');
    // A run that was killed leaves its worktree registered, holding prBranch: forget it first.
    await dist.run(['worktree', 'prune']);
    await dist.run(['worktree', 'add', '-q', '-B', prBranch, tree, base]);
    let succeeded = false;
    try {
        const wt = dist.at(tree);
        const specName = `${pkg.downstream_package_name}.spec`;
        const distSpecPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(tree, specName);
        const oldSpecText = (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(distSpecPath);
        const oldSpec = oldSpecText === undefined ? undefined : _spec_index_js__WEBPACK_IMPORTED_MODULE_18__/* .SpecFile */ .An.parse(oldSpecText, { fileName: specName, predefined });
        // Packit's release-sync actions, in its order; the hooks may generate or change the spec.
        const { actions } = ctx;
        const env = (0,_actions_js__WEBPACK_IMPORTED_MODULE_29__/* .syncActionEnv */ .z6)({
            packageKey: ctx.packageKey,
            pkg,
            specfilePath: ctx.specfilePath,
            upstreamRepo: ctx.options.sourceGit,
            downstreamRepo: tree,
            version: ctx.version,
        });
        await actions.run('post-upstream-clone', env);
        await actions.run('pre-sync', env);
        const fromAction = await actions.run('commit-message', {
            ...env,
            PACKIT_UPSTREAM_TAG: ctx.tag,
            PACKIT_UPSTREAM_COMMIT: ctx.tagCommit.slice(0, 8),
            PACKIT_DEBUG_DIVIDER: _dist_git_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMIT_ACTION_DIVIDER */ .PH.trimEnd(),
            PACKIT_RESOLVED_BUGS: '',
        });
        const customMessage = fromAction ? (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .commitMessageFromAction */ .jD)(fromAction) : undefined;
        const prepareFiles = actions.has('prepare-files');
        if (prepareFiles)
            await actions.run('prepare-files', env);
        const sourceSpecPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(ctx.options.sourceGit, ctx.specfilePath);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(sourceSpecPath))
            throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`no spec at ${ctx.specfilePath} in ${ctx.options.sourceGit} after the actions ran`);
        const sourceSpecText = await (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_17__/* .readRepoFile */ .v6)(source, ctx.specfilePath);
        // files_to_sync, with the spec left to the merge below unless it is copied as is
        // (sync_changelog, or a prepare-files action that replaces the merge).
        const copySpecAsIs = (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_31__/* .copiesSpecAsIs */ .bW)(pkg, actions);
        const sourceFiles = (await source.output(['ls-files', '-z'])).split('\0').filter(Boolean);
        const destFiles = (await wt.output(['ls-files', '-z'])).split('\0').filter(Boolean);
        const plan = (0,_dist_git_files_to_sync_js__WEBPACK_IMPORTED_MODULE_5__/* .planFileSync */ .l3)((0,_dist_git_files_to_sync_js__WEBPACK_IMPORTED_MODULE_5__/* .syncItems */ .KD)(pkg, ctx.specfilePath), sourceFiles, destFiles, {
            specPath: ctx.specfilePath,
            dropSpec: !copySpecAsIs,
            sourceLinks: (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_17__/* .symlinksAmong */ .vc)(ctx.options.sourceGit, sourceFiles),
            destLinks: (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_17__/* .symlinksAmong */ .vc)(tree, destFiles),
        });
        if (plan.problems.length > 0)
            throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_27__/* .JobError */ .CR(`files_to_sync: ${plan.problems.join('; ')}`);
        (0,_dist_git_apply_file_sync_js__WEBPACK_IMPORTED_MODULE_4__/* .applyFileSyncPlan */ .r)(plan, ctx.options.sourceGit, tree);
        let specText;
        if (copySpecAsIs)
            specText = (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(distSpecPath) ?? sourceSpecText;
        else
            specText = oldSpecText === undefined ? sourceSpecText : (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_18__/* .withChangelogOf */ .Wm)(sourceSpecText, oldSpecText);
        let spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_18__/* .SpecFile */ .An.parse(specText, { fileName: specName, predefined });
        if (!copySpecAsIs) {
            // The suffix macro first (as specfile's update_version does): Version may be built from it.
            if (pkg.prerelease_suffix_macro &&
                !spec.setMacroCommentedOut(pkg.prerelease_suffix_macro, !ctx.prerelease))
                notes.push(`prerelease_suffix_macro: ${specName} defines no macro %${pkg.prerelease_suffix_macro}`);
            notes.push(...spec.setVersion(ctx.rpmVersion));
            if (oldSpec?.hasAutorelease && !spec.hasAutorelease)
                spec.setRawRelease(oldSpec.mainTag('release').raw);
            // Leaves %autorelease as it is, but sets the number in a header rpmautospec wrote out.
            notes.push(...spec.resetRelease());
            if (!oldSpec?.hasAutochangelog) {
                const actionOutput = await actions.run('changelog-entry', {
                    ...(0,_actions_js__WEBPACK_IMPORTED_MODULE_29__/* .baseActionEnv */ .Fi)(ctx.packageKey, pkg, ctx.specfilePath),
                    PACKIT_PROJECT_VERSION: ctx.version,
                    PACKIT_RESOLVED_BUGS: '',
                    PACKIT_PROJECT_UPSTREAM_TAG: ctx.tag,
                    PACKIT_PROJECT_PREVIOUS_VERSION: oldSpec?.version?.raw ?? '',
                });
                const text = (0,_dist_git_changelog_entry_js__WEBPACK_IMPORTED_MODULE_34__/* .changelogEntryText */ .W4)({
                    version: ctx.version,
                    actionOutput,
                    releaseDescription: ctx.releaseNotes,
                    copyReleaseDescription: pkg.copy_upstream_release_description,
                });
                const author = (0,_dist_git_changelog_entry_js__WEBPACK_IMPORTED_MODULE_34__/* .changelogAuthor */ .MW)(process.env, ctx.identities.author.name, ctx.identities.author.email);
                spec.addChangelogEntry({ text, author, date: ctx.options.date });
            }
        }
        // Patches: previous generated ones leave, new ones come, unchanged ones stay byte for byte.
        if (pkg.upstream_ref && actions.has('create-patches')) {
            (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTreeFile */ .a)(distSpecPath, spec.toString());
            await actions.run('create-patches', env);
            spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_18__/* .SpecFile */ .An.parse((0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(distSpecPath), { fileName: specName, predefined });
        }
        else if (ctx.generation) {
            const step = await (0,_patches_step_js__WEBPACK_IMPORTED_MODULE_28__/* .writePatches */ .C)({
                source,
                dist: wt,
                dir: tree,
                spec,
                generation: ctx.generation,
                previous: await (0,_patches_step_js__WEBPACK_IMPORTED_MODULE_28__/* .previousGeneratedPatches */ .j)(wt, destFiles),
                digits: pkg.patch_generation_patch_id_digits,
            });
            notes.push(...step.warnings);
        }
        (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTreeFile */ .a)(distSpecPath, spec.toString());
        if (actions.has('post-modifications')) {
            await actions.run('post-modifications', env);
            spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_18__/* .SpecFile */ .An.parse((0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(distSpecPath), { fileName: specName, predefined });
        }
        // Copied as it is (or left to actions), the spec must be the release's before an archive is named from it.
        if (copySpecAsIs)
            (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_31__/* .requireReleaseVersion */ .Zr)(spec, ctx.specfilePath, ctx.release, copyReason(pkg));
        // The archive, named as the spec's Source expands for the new version (or nothing to upload, and why).
        const upload = await (0,_archive_plan_js__WEBPACK_IMPORTED_MODULE_14__/* .planArchive */ .eM)({
            spec,
            specPath: distSpecPath,
            specName,
            pkg,
            tree,
            treeGit: wt,
            tag: ctx.tag,
        });
        let archivePath = '';
        let sha512 = '';
        if (upload.kind === 'none')
            notes.push(upload.note);
        else {
            if (upload.namedBy === 'rpmspec')
                notes.push(`${pkg.spec_source_id} ${upload.name}: named by rpmspec (srcgit could not expand it)`);
            // Kept in the git directory, not the work tree: an untracked archive there would make the
            // next update-dist-git (or any tool wanting a clean tree) refuse the user's dist-git checkout.
            const archiveDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(await dist.output(['rev-parse', '--absolute-git-dir']), 'srcgit', 'archives');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(archiveDir, { recursive: true });
            archivePath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(archiveDir, upload.name);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(archivePath))
                archiveCreated = archivePath;
            const built = await ctx.archives.get(upload.name);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(built.file, archivePath);
            sha512 = built.sha512;
            const oldArchive = oldSpec && (0,_archive_plan_js__WEBPACK_IMPORTED_MODULE_14__/* .archiveFileName */ .Gm)(oldSpec, pkg);
            const replaceNames = oldArchive ? [oldArchive.name] : [];
            const sourcesPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(tree, 'sources');
            const sources = (0,_dist_git_sources_file_js__WEBPACK_IMPORTED_MODULE_8__/* .updateSourcesFile */ .qq)((0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(sourcesPath) ?? '', [{ filename: upload.name, hash: sha512 }], { replaceNames });
            (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTreeFile */ .a)(sourcesPath, sources.text);
            const gitignorePath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(tree, '.gitignore');
            (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTreeFile */ .a)(gitignorePath, (0,_dist_git_gitignore_js__WEBPACK_IMPORTED_MODULE_6__/* .addGitignoreEntries */ .Y)((0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(gitignorePath) ?? '', [upload.name]).text);
        }
        await wt.run(['add', '-A']);
        const message = (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .commitMessage */ .df)({
            version: ctx.version,
            upstreamTag: ctx.tag,
            upstreamCommit: ctx.tagCommit,
            sourceGitCommit: ctx.head,
            title: customMessage?.title,
            body: customMessage?.body,
        });
        await wt.run(['commit', '-q', '--allow-empty', '-F', '-'], { input: message, env: ctx.identities.env });
        const commit = (await wt.tryRevParse('HEAD'));
        const diffstat = await wt.output(['diff', '--stat', `${commit}^`, commit]);
        const diff = await wt.output(['diff', '--no-color', `${commit}^`, commit]);
        const upstreamUrl = pkg.upstream_project_url ? (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_12__/* .withoutUrlCredentials */ .el)(pkg.upstream_project_url) : undefined;
        const sourceGitUrl = await source.run(['remote', 'get-url', 'origin'], { allowFailure: true });
        succeeded = true;
        return {
            branch,
            prBranch,
            base,
            commit,
            diffstat,
            diff,
            title: (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .prTitle */ .pD)(branch, ctx.version),
            description: (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .prDescription */ .Vl)({
                upstreamUrl,
                tag: ctx.tag,
                commit: ctx.tagCommit,
                // GitLab CI's checkout has the job token in its remote URL.
                sourceGitUrl: sourceGitUrl.code === 0 ? (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_12__/* .withoutUrlCredentials */ .el)(sourceGitUrl.stdout.trim()) : undefined,
                sourceGitCommit: ctx.head,
            }),
            archive: archivePath,
            archiveSha512: sha512,
            notes,
        };
    }
    finally {
        await dist.run(['worktree', 'remove', '--force', tree], { allowFailure: true });
        (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_11__/* .removeTempDir */ .CT)(tree);
        if (!succeeded) {
            await dist.run(branchBefore ? ['branch', '-f', prBranch, branchBefore] : ['branch', '-D', prBranch], {
                allowFailure: true,
            });
            if (archiveCreated)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(archiveCreated, { force: true });
        }
    }
}
/** Why the spec is copied as it is, for messages. */
function copyReason(pkg) {
    return pkg.sync_changelog
        ? 'with sync_changelog: true the spec is copied as it is'
        : 'with a prepare-files action the spec is copied as it is';
}
/** The expanded Version of the spec on a dist-git commit; undefined when there is none or it cannot be expanded. */
async function distGitVersion(dist, commit, specName, predefined) {
    const shown = await dist.run(['show', `${commit}:${specName}`], { allowFailure: true });
    if (shown.code !== 0)
        return undefined;
    const version = _spec_index_js__WEBPACK_IMPORTED_MODULE_18__/* .SpecFile */ .An.parse(shown.stdout, { fileName: specName, predefined }).version;
    return version && version.unresolved.length === 0 ? version.value : undefined;
}
/**
 * The archives of one run, one per file name, each made once and started as soon as its name
 * is known; branches copy them next to their spec.
 */
class Archives {
    source;
    ref;
    prefix;
    dir = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_11__/* .makeTempDir */ .mk)('srcgit-archives-');
    jobs = new Map();
    constructor(source, ref, prefix) {
        this.source = source;
        this.ref = ref;
        this.prefix = prefix;
    }
    get(name) {
        let job = this.jobs.get(name);
        if (!job) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.dir, name);
            job = (0,_source_git_archive_js__WEBPACK_IMPORTED_MODULE_13__/* .createArchive */ .tU)(this.source, {
                ref: this.ref,
                prefix: this.prefix,
                outputFile: file,
                compression: (0,_source_git_archive_js__WEBPACK_IMPORTED_MODULE_13__/* .compressionFor */ .iC)(name),
            }).then((sha512) => ({ file, sha512 }));
            this.jobs.set(name, job);
        }
        return job;
    }
    async dispose() {
        await Promise.allSettled(this.jobs.values());
        (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_11__/* .removeTempDir */ .CT)(this.dir);
    }
}
/** The archive name the spec's Source0 gives for this version, when it can be told without the dist-git side. */
function archiveNameFor(specText, pkg, rpmVersion) {
    try {
        const spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_18__/* .SpecFile */ .An.parse(specText);
        spec.setVersion(rpmVersion);
        const name = (0,_archive_plan_js__WEBPACK_IMPORTED_MODULE_14__/* .archiveFileName */ .Gm)(spec, pkg)?.name;
        return name && (0,_source_git_archive_js__WEBPACK_IMPORTED_MODULE_13__/* .archiveCompression */ .FW)(name) ? name : undefined;
    }
    catch {
        return undefined;
    }
}

/** The archive's top directory, from archive_root_dir_template. */
function archivePrefix(pkg, version) {
    return pkg.archive_root_dir_template
        .replace('{upstream_pkg_name}', pkg.upstream_package_name)
        .replace('{version}', version);
}


/***/ }),

/***/ 20572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fQ: () => (/* binding */ normalizeText),
/* harmony export */   kL: () => (/* binding */ publishBranch),
/* harmony export */   mG: () => (/* binding */ ensureArchivesUploaded)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _git_transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61777);
/* harmony import */ var _dist_git_messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5996);
/* harmony import */ var _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78616);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2508);
/* harmony import */ var _update_dist_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48446);
/**
 * The forge side of propose-downstream: after the local commits exist (one per dist-git
 * branch), upload the archives the lookaside cache lacks, make sure the bot's fork exists,
 * push each `<branch>-update-propose_downstream` branch and open or update its pull request.
 *
 * Order matters for "nothing half-done": everything that can refuse the run (token, project,
 * missing keytab, upload) happens before the first push, and a pull request that cannot be
 * opened takes its freshly pushed branch back. A dry run makes the same reads and reports
 * what it would do, with no write request at all.
 */






/**
 * Uploads every archive the cache lacks, before anything touches dist-git. Fails (naming the
 * secret) when an upload is needed and no keytab was given. Returns notes for the report.
 */
async function ensureArchivesUploaded(ctx, ready) {
    const notes = [];
    const name = `${ctx.namespace}/${ctx.pkg}`;
    const seen = new Set();
    const missing = [];
    for (const { archive } of ready) {
        if (!archive || seen.has(archive.sha512))
            continue;
        seen.add(archive.sha512);
        const file = node_path__WEBPACK_IMPORTED_MODULE_0__.basename(archive.path);
        if (await ctx.lookaside.isPresent(name, file, archive.sha512))
            notes.push(`${file} is already in the lookaside cache`);
        else
            missing.push(archive);
    }
    if (missing.length === 0)
        return notes;
    const files = missing.map((a) => node_path__WEBPACK_IMPORTED_MODULE_0__.basename(a.path)).join(', ');
    const withAuth = ctx.withUploadAuth;
    if (!withAuth)
        throw new _update_dist_git_js__WEBPACK_IMPORTED_MODULE_5__/* .JobError */ .CR(`${files} must be uploaded to the lookaside cache, and that needs a Kerberos keytab: ${ctx.keytabHint}`);
    if (ctx.dryRun) {
        notes.push(`would upload ${files} to the lookaside cache`);
        return notes;
    }
    await withAuth(async (auth) => {
        for (const archive of missing) {
            const result = await ctx.lookaside.upload(archive.path, { name, sha512: archive.sha512 }, auth);
            notes.push(result.message);
        }
    });
    return notes;
}
/** Pushes one branch and opens or updates its pull request; never throws. */
async function publishBranch(ctx, ready) {
    const { branch } = ready;
    try {
        return await publish(ctx, ready);
    }
    catch (error) {
        return { branch, operation: 'failed', reason: (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(error.message) };
    }
}
async function publish(ctx, ready) {
    const { distGit, branch, prBranch } = { ...ctx, ...ready };
    const remote = await forkBranch(ctx, ready);
    const find = {
        ns: ctx.namespace,
        repo: ctx.pkg,
        author: ctx.forkUser,
        forkUser: ctx.forkUser,
        sourceBranch: prBranch,
        targetBranch: branch,
    };
    let existing = await distGit.findOpenPullRequest(find);
    if (remote.foreign && !ctx.force)
        return {
            branch,
            operation: 'skipped',
            // The PR is there, with the maintainer's commits: the outcome and its status link to it.
            ...(existing?.url ? { url: existing.url } : {}),
            reason: `branch modified by ${remote.foreign}: ${prBranch} in the fork has commits srcgit did not make; rerun with force to replace them`,
        };
    // The PR remembers the source-git commits it carried before, so sync-status can settle them.
    const textFor = (pr) => ({
        title: ready.title,
        description: (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .carrySupersededCommits */ .C7)(ready.description, pr.description),
    });
    const needsPush = !remote.sameContent;
    // A PR carried over from Pagure by the migration does not let maintainers push yet: the
    // update that follows (same title and text) sets it, once.
    const needsUpdate = (pr) => needsText(pr, textFor(pr)) || pr.maintainerCanPush === false;
    if (!needsPush && existing && !needsUpdate(existing))
        return { branch, operation: 'unchanged', url: existing.url };
    if (ctx.dryRun)
        return {
            branch,
            operation: existing ? 'updated' : 'created',
            dryRun: true,
            url: existing?.url,
            reason: 'dry run: nothing was pushed or proposed',
        };
    const pushed = needsPush ? await pushOrSettle(ctx, ready, remote.sha) : 'unchanged';
    // Another run of this release pushed the same proposal first (or, for `landed`, maybe the very
    // same commit) and opens the pull request: take that one rather than open a second (Pagure
    // accepts duplicates; Forgejo refuses them, and createPullRequest returns the open one). A known pull request needs no wait: it is updated either way.
    if (pushed === 'theirs' || (pushed === 'landed' && !existing)) {
        existing = (await waitForPullRequest(ctx, find)) ?? existing;
        if (existing && !needsUpdate(existing))
            return {
                branch,
                operation: 'unchanged',
                url: existing.url,
                reason: 'another run of this release proposed it at the same time',
            };
    }
    let pr;
    try {
        pr = existing
            ? needsUpdate(existing)
                ? await distGit.updatePullRequest(ctx.namespace, ctx.pkg, existing.number, textFor(existing))
                : existing
            : await distGit.createPullRequest({ ...find, title: ready.title, description: ready.description });
    }
    catch (error) {
        // No pushed branch without its pull request: put the fork branch back as it was.
        if (pushed === 'pushed' || pushed === 'landed')
            await restoreForkBranch(ctx, ready, remote.sha);
        throw error;
    }
    return { branch, operation: existing ? 'updated' : 'created', url: pr.url || existing?.url };
}
function needsText(existing, text) {
    return (existing.title !== text.title || normalizeText(existing.description) !== normalizeText(text.description));
}
/**
 * Pushes the proposal. A push that failed is settled by reading the fork branch back: holding
 * our commit, the remote took the push and only the answer was lost, or another run pushed the
 * identical commit (`landed`: the two cannot be told apart); holding the same proposal from
 * another commit, another run of this release pushed first (`theirs`). Anything else is the
 * push's own error.
 */
async function pushOrSettle(ctx, ready, before) {
    try {
        const result = await (0,_git_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .pushBranch */ .TV)(ctx.dist, {
            url: ctx.forkUrl,
            localRef: ready.commit,
            remoteBranch: ready.prBranch,
            expectRemote: before ?? '',
            transport: ctx.transport,
        });
        // Already there: an identical commit (same content, same second) from another run.
        return result === 'up-to-date' ? 'theirs' : 'pushed';
    }
    catch (error) {
        const now = await forkBranch(ctx, ready).catch(() => undefined);
        if (now?.sha === ready.commit)
            return 'landed';
        if (now?.sha !== undefined && now.sha !== before && now.sameContent)
            return 'theirs';
        throw error;
    }
}
/** Seconds between the looks for the pull request another run is opening (about 15 s in all). */
const PR_WAIT_SECONDS = [0.5, 1, 2, 4, 8];
/** The open pull request for the branch pair once another run has opened it; undefined if it never comes. */
async function waitForPullRequest(ctx, find) {
    for (const seconds of [0, ...PR_WAIT_SECONDS]) {
        if (seconds > 0)
            await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        const pr = await ctx.distGit.findOpenPullRequest(find);
        if (pr)
            return pr;
    }
    return undefined;
}
async function forkBranch(ctx, ready) {
    const sha = await (0,_git_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .lsRemote */ ._H)(ctx.dist, ctx.forkUrl, ready.prBranch, ctx.transport).catch((error) => {
        // A fork that does not exist yet (first run, or a dry run before forking) has no branch.
        if (/not found|does not exist|repository .* not found/i.test(error.message))
            return undefined;
        throw error;
    });
    if (!sha)
        return { sameContent: false };
    await ctx.dist.run(['fetch', '-q', '--no-tags', ctx.forkUrl, `+refs/heads/${ready.prBranch}:refs/srcgit/fork`], {
        env: ctx.transport.env,
    });
    // Commits on the fork branch that the target branch does not have.
    const log = await ctx.dist.output(['log', '--format=%H%x00%an%x00%B%x1e', sha, '--not', ready.base]);
    const commits = log
        .split('\x1e')
        .map((entry) => entry.replace(/^\n/, ''))
        .filter(Boolean)
        .map((entry) => {
        const [hash, author, message] = entry.split('\0');
        return { hash, author, message };
    });
    const ours = (message) => Object.keys((0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTrailers */ .aw)(message)).some((t) => t.toLowerCase() === _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_3__/* .SOURCE_GIT_TRAILER */ .tB.toLowerCase());
    const foreign = commits.find((c) => !ours(c.message));
    const [ourTree, theirTree, ourMessage] = await Promise.all([
        ctx.dist.output(['rev-parse', `${ready.commit}^{tree}`]),
        ctx.dist.output(['rev-parse', `${sha}^{tree}`]),
        ctx.dist.output(['log', '-1', '--format=%B', ready.commit]),
    ]);
    const parent = await ctx.dist.tryRevParse(`${sha}^`);
    // The same proposal: same content, or the same release from the same source-git commit on the
    // same base (a rerun on another day differs only in the changelog date; keep what is there).
    const same = ourTree === theirTree || (commits.length === 1 && sameRelease(commits[0].message, ourMessage));
    return {
        sha,
        foreign: foreign?.author,
        sameContent: !foreign && commits.length === 1 && parent === ready.base && same,
    };
}
async function restoreForkBranch(ctx, ready, before) {
    const ref = `refs/heads/${ready.prBranch}`;
    const args = before
        ? ['push', '-q', `--force-with-lease=${ref}:${ready.commit}`, ctx.forkUrl, `${before}:${ref}`]
        : ['push', '-q', `--force-with-lease=${ref}:${ready.commit}`, ctx.forkUrl, `:${ref}`];
    await ctx.dist.run(args, { env: ctx.transport.env, allowFailure: true });
}
/** A request text as forges give it back: CRLF line ends and trailing newlines do not count. */
function normalizeText(text) {
    return (text ?? '').replace(/\r\n?/g, '\n').trim();
}
/** Two srcgit commits propose the same release from the same source-git commit. */
function sameRelease(theirs, ours) {
    const key = (message) => {
        const trailer = Object.entries((0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTrailers */ .aw)(message)).find(([token]) => token.toLowerCase() === _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_3__/* .SOURCE_GIT_TRAILER */ .tB.toLowerCase());
        const tag = /^Upstream tag: (.*)$/m.exec(message)?.[1];
        return trailer && tag ? `${message.split('\n', 1)[0]}\0${tag}\0${trailer[1].join(',')}` : undefined;
    };
    const a = key(theirs);
    return a !== undefined && a === key(ours);
}


/***/ }),

/***/ 38729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kh: () => (/* binding */ FEDORA_LOOKASIDE),
/* harmony export */   VP: () => (/* binding */ lookasideDownloadUrl),
/* harmony export */   aA: () => (/* binding */ testLookasideAuth),
/* harmony export */   u: () => (/* binding */ LookasideCache)
/* harmony export */ });
/* unused harmony export parseUploadResponse */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74227);
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2508);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95812);
/**
 * Fedora's lookaside cache: where a source archive lives (download URL), whether it is there
 * (unauthenticated HEAD) and uploading it to upload.cgi. The upload goes through `curl
 * --negotiate` like rpkg does, because SPNEGO from Node would need a native GSSAPI binding.
 */




const FEDORA_LOOKASIDE = {
    downloadBase: 'https://src.fedoraproject.org/repo/pkgs',
    uploadUrl: 'https://src.fedoraproject.org/repo/pkgs/upload.cgi',
};
const TEST_USER_ENV = 'SRCGIT_TEST_LOOKASIDE_USER';
const TEST_USER_HEADER = 'X-Srcgit-Test-User';
/** The test-only auth when SRCGIT_TEST_LOOKASIDE_USER is set (srcgit's own tests), else undefined. */
function testLookasideAuth(env = process.env) {
    const user = env[TEST_USER_ENV];
    return user ? { kind: 'test-header', user } : undefined;
}
/** `<base>/<name>/<filename>/sha512/<hash>/<filename>`, the layout fedpkg uses. */
function lookasideDownloadUrl(base, name, filename, sha512) {
    const repo = checkName(name);
    checkFilename(filename);
    checkSha512(sha512);
    const segments = [...repo.split('/'), filename, 'sha512', sha512, filename].map(encodeSegment);
    return `${base.replace(/\/+$/, '')}/${segments.join('/')}`;
}
class LookasideCache {
    options;
    constructor(options) {
        this.options = options;
    }
    /** Whether the cache serves the file (200) or not (404); anything else is an error. */
    async isPresent(name, filename, sha512) {
        const url = lookasideDownloadUrl(this.options.downloadBase, name, filename, sha512);
        const response = await this.options.http.request({ method: 'HEAD', url, expectStatus: [200, 404] });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        const via = response.url !== url ? ` (redirected to ${response.url})` : '';
        throw new Error(`could not tell whether ${filename} is in the lookaside cache: HEAD ${url}${via} answered ${response.status}`);
    }
    /** Uploads `file` (its basename is the name in the cache); `already exists` is success too. */
    async upload(file, upload, auth) {
        const name = checkName(upload.name);
        const filename = node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file);
        checkFilename(filename);
        checkSha512(upload.sha512);
        const { uploadUrl } = this.options;
        // No overall --max-time: a large tarball on a slow link may take long, as long as it moves.
        const seconds = String((0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .networkTimeoutSeconds */ .RU)());
        const args = [
            '-q', // ignore ~/.curlrc: the request must be exactly this one
            '-sS',
            '--connect-timeout',
            seconds,
            // Abort a stalled transfer (under 1 byte/s for the network timeout) rather than hang the job.
            '--speed-limit',
            '1',
            '--speed-time',
            seconds,
            ...authArgs(auth),
            '--form-string',
            `name=${name}`,
            '--form-string',
            `sha512sum=${upload.sha512}`,
            '-F',
            `file=@${quoteFormValue(file)};filename=${quoteFormValue(filename)}`,
            '-w',
            '\n%{http_code}',
            uploadUrl,
        ];
        const curl = await (0,_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .runTool */ .q)('curl', args, {
            env: auth.kind === 'kerberos' ? auth.env : {},
            install: 'install curl (apt-get install curl / dnf install curl)',
        });
        if (curl.code !== 0) {
            const why = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(curl.stderr.trim()) || `curl exit ${curl.code}`;
            // 28: curl's timeout (connect timeout or the speed limit).
            const stalled = curl.code === 28
                ? `; ${hostOf(uploadUrl)} sent nothing for ${seconds} s, so the upload was stopped. ${(0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .stallAdvice */ .pC)()}`
                : '';
            throw new Error(`lookaside upload of ${filename} to ${(0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(uploadUrl)} failed: ${why}${stalled}`);
        }
        const cut = curl.stdout.lastIndexOf('\n');
        const status = Number(curl.stdout.slice(cut + 1));
        return parseUploadResponse(status, curl.stdout.slice(0, Math.max(cut, 0)), {
            filename,
            name,
            uploadUrl,
            who: auth.kind === 'kerberos' ? auth.principal : auth.user,
        });
    }
}
/** The outcome of an upload.cgi answer (text/plain, see the protocol reference §3.2), or an error that says how to fix it. */
function parseUploadResponse(status, body, context) {
    const text = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(body.trim());
    const { filename, name, uploadUrl } = context;
    const instance = hostOf(uploadUrl);
    const answer = `${instance} answered ${status}: ${shorten(text)}`;
    if (status === 200 && /^File \S.* stored OK$/m.test(text))
        return { outcome: 'stored', message: text };
    if (status === 200 && /^File \S.* already exists$/m.test(text))
        return { outcome: 'exists', message: text };
    if (status === 401) {
        throw new Error(`lookaside upload was refused: no valid Kerberos ticket (is the keytab for ${context.who ?? 'the packager'} ` +
            `valid?); ${uploadUrl} answered 401`);
    }
    if (status === 403) {
        throw new Error(`lookaside upload was refused: the account is not in the packager group` +
            `${context.who ? ` (authenticated as ${context.who})` : ''}; ${answer}`);
    }
    if (status === 404 && text.startsWith('Module ')) {
        throw new Error(`lookaside upload of ${filename} failed: no dist-git repo ${name} on ${instance} (${text})`);
    }
    if (status === 400 && /check failed\. Received/.test(text)) {
        throw new Error(`lookaside upload of ${filename} failed: ${text} The file changed during the upload or its sha512 was computed ` +
            'from other bytes');
    }
    throw new Error(`lookaside upload of ${filename} to ${uploadUrl} failed: ${answer}`);
}
function authArgs(auth) {
    if (auth.kind === 'kerberos')
        return ['--negotiate', '-u', ':'];
    if (!process.env[TEST_USER_ENV]) {
        throw new Error(`the test-header lookaside auth is for srcgit's tests only (set ${TEST_USER_ENV} to use it)`);
    }
    if (!/^[A-Za-z0-9._-]+$/.test(auth.user))
        throw new Error(`"${auth.user}" is not a valid test user name`);
    return ['-H', `${TEST_USER_HEADER}: ${auth.user}`];
}
/** curl -F reads `;` and `,` as separators unless the value is double-quoted (with \ escapes). */
function quoteFormValue(value) {
    return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
/** `rpms/foo` with slashes trimmed, as upload.cgi does; no empty, `.` or `..` parts. */
function checkName(name) {
    const trimmed = name.replace(/^\/+|\/+$/g, '');
    const parts = trimmed.split('/');
    if (trimmed === '' ||
        parts.some((part) => part === '' || part === '.' || part === '..' || /\s/.test(part))) {
        throw new Error(`"${name}" is not a dist-git repo name: expected "rpms/<package>"`);
    }
    return trimmed;
}
function checkFilename(filename) {
    if (filename === '' || filename === '.' || filename === '..' || /[/\s]/.test(filename)) {
        throw new Error(`"${filename}" cannot be a lookaside file name (no slashes or spaces)`);
    }
}
function checkSha512(sha512) {
    if (!/^[0-9a-f]{128}$/.test(sha512)) {
        throw new Error(`"${sha512}" is not a SHA-512 checksum (128 lowercase hex digits)`);
    }
}
/** Keep sub-delimiters, `:` and `@` readable (e.g. `foo-1.0+git.tar.gz`); escape the rest. */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/%(2B|40|3A|2C|3B|3D|21|24|26|27|28|29|2A)/g, (escape) => decodeURIComponent(escape));
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
function shorten(text) {
    const line = text
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return line.length > 300 ? `${line.slice(0, 300)}…` : line || '(empty body)';
}


/***/ })

};
