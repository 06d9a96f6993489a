export const id = 362;
export const ids = [362];
export const modules = {

/***/ 64362:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ updateSourceGit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/bundle-src/runtime/resources.js + 1 modules
var resources = __webpack_require__(74227);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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

// EXTERNAL MODULE: ./build/bundle-src/git/git.js
var git = __webpack_require__(18605);
// EXTERNAL MODULE: ./build/bundle-src/source-git/brought-back.js
var brought_back = __webpack_require__(42352);
// EXTERNAL MODULE: ./build/bundle-src/source-git/downstream.js
var downstream = __webpack_require__(74403);
// EXTERNAL MODULE: ./build/bundle-src/source-git/from-dist-git.js
var from_dist_git = __webpack_require__(79825);
// EXTERNAL MODULE: ./build/bundle-src/source-git/patches.js
var patches = __webpack_require__(98681);
// EXTERNAL MODULE: ./build/bundle-src/source-git/trailers.js
var trailers = __webpack_require__(70063);
// EXTERNAL MODULE: ./build/bundle-src/spec/index.js + 1 modules
var bundle_src_spec = __webpack_require__(83039);
// EXTERNAL MODULE: ./build/bundle-src/jobs/actions.js + 1 modules
var jobs_actions = __webpack_require__(63512);
// EXTERNAL MODULE: ./build/bundle-src/jobs/commit-identity.js
var commit_identity = __webpack_require__(72753);
// EXTERNAL MODULE: ./build/bundle-src/jobs/update-dist-git.js
var update_dist_git = __webpack_require__(48446);
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
    return [StopCommit, git/* GitError */.XS, bundle_src_spec/* SpecError */.G8, downstream/* SourceGitError */.YC, trailers/* MetadataError */.wc, errors/* ContentError */.y].some((t) => error instanceof t);
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


/***/ })

};
