export const id = 446;
export const ids = [446];
export const modules = {

/***/ 24653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ applyFileSyncPlan)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33389);
/**
 * Carries out a files_to_sync plan on disk, as rsync --archive does: deletes, then copies that
 * keep the file mode, links copied as links. Never through a link: a source path that is or
 * passes through one (the plan already followed those it may follow), or a linked directory in
 * dist-git on the way to a destination, stops the sync; a file or link standing at a
 * destination is replaced, not written through.
 */


function applyFileSyncPlan(plan, from, to) {
    for (const file of plan.deletes)
        (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .removeRepoFile */ .lD)(to, file);
    for (const copy of plan.copies) {
        if (copy.link !== undefined) {
            // The plan checked where the link points, in source-git and from its place in dist-git.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(copy.link, (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareRepoWrite */ .JJ)(to, copy.to));
            continue;
        }
        const source = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .repoSourceFile */ .Uw)(from, copy.from);
        // copyFile keeps the mode: an executable test script stays executable in dist-git.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(source, (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareRepoWrite */ .JJ)(to, copy.to));
    }
}


/***/ }),

/***/ 78616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RD: () => (/* binding */ handChangesMissing),
/* harmony export */   hD: () => (/* binding */ newestCarried),
/* harmony export */   ji: () => (/* binding */ handCommitsTouching),
/* harmony export */   o$: () => (/* binding */ filesLastWrittenBySrcgit),
/* harmony export */   qI: () => (/* binding */ committedFiles),
/* harmony export */   tB: () => (/* binding */ SOURCE_GIT_TRAILER),
/* harmony export */   u_: () => (/* binding */ lastSyncPoint)
/* harmony export */ });
/* unused harmony export committedFile */
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5996);

/** The trailer srcgit puts on its dist-git commits: the sync point. */
const SOURCE_GIT_TRAILER = _messages_js__WEBPACK_IMPORTED_MODULE_0__/* .FROM_SOURCE_GIT_TOKEN */ .wo;
/** The newest dist-git commit with a `From-source-git-commit:` trailer, if any. */
async function lastSyncPoint(git, rev = 'HEAD') {
    const out = await git.output([
        'log',
        '-1',
        '-E',
        `--grep=^${SOURCE_GIT_TRAILER}: [0-9a-f]{7,64}$`,
        `--format=%H%x1f%(trailers:key=${SOURCE_GIT_TRAILER},valueonly,separator=%x1f)`,
        rev,
        '--',
    ]);
    if (!out)
        return undefined;
    const [commit, ...values] = out.split('\x1f');
    const sourceGitCommit = values
        .map((v) => v.trim())
        .filter(Boolean)
        .pop();
    return sourceGitCommit ? { commit, sourceGitCommit } : undefined;
}
/** Commits after `since` (all history when undefined) touching `paths` that srcgit did not make. */
async function handCommitsTouching(git, since, paths, rev = 'HEAD') {
    if (paths.length === 0)
        return [];
    const range = since ? `${since}..${rev}` : rev;
    const out = await git.output([
        'log',
        `--format=%H%x1f%an <%ae>%x1f%s%x1f%(trailers:key=${SOURCE_GIT_TRAILER},valueonly)%x1e`,
        range,
        '--',
        ...paths,
    ]);
    return out
        .split('\x1e')
        .map((r) => r.trim())
        .filter(Boolean)
        .map((r) => r.split('\x1f'))
        .filter(([, , , trailer]) => !trailer?.trim())
        .map(([sha, author, subject]) => ({ sha, author, subject }));
}
/**
 * The newest commit of `since..rev` on the first-parent line that source-git carries (a
 * From-dist-git-commit trailer names it). update-source-git replays dist-git in order, so every
 * commit before it was either brought back or found to have nothing to bring back.
 */
async function newestCarried(git, since, carried, rev = 'HEAD') {
    const revs = (await git.output(['rev-list', '--first-parent', `${since}..${rev}`])).split('\n');
    return revs.find((sha) => sha && carried.has(sha));
}
/**
 * Of the hand commits after `base`, those whose change to `paths` is gone from the work tree
 * (the reverse of their diff no longer applies). Their combined diff is tried first: a later
 * commit may rework an earlier one's lines. Empty: every hand change is still there.
 */
async function handChangesMissing(git, base, commits, paths) {
    const stillThere = async (from, to) => {
        const diff = (await git.run(['diff', '--binary', from, to, '--', ...paths])).stdoutBytes;
        if (diff.length === 0)
            return true;
        // Exact context first; then only the lines right around each change, so srcgit's own edits
        // two lines away (Version above a Release bump) do not hide a change that is still there.
        for (const context of [[], ['-C1']]) {
            const check = await git.run(['apply', '-R', '--check', ...context, '-'], {
                input: diff,
                allowFailure: true,
            });
            if (check.code === 0)
                return true;
        }
        return false;
    };
    if (await stillThere(base, 'HEAD'))
        return [];
    const missing = [];
    for (const commit of commits) {
        const parent = await git.tryRevParse(`${commit.sha}^`);
        if (!parent || !(await stillThere(parent, commit.sha)))
            missing.push(commit);
    }
    return missing.length > 0 ? missing : [...commits];
}
/** A file as committed at `rev`, or undefined when it is not there. */
async function committedFile(git, file, rev = 'HEAD') {
    const result = await git.run(['cat-file', '-p', `${rev}:${file}`], { allowFailure: true });
    if (result.code !== 0)
        return undefined;
    return result.stdoutBytes;
}
/**
 * Of `files`, those whose latest commit came from srcgit (carries the sync trailer): the
 * patches it generated before. One `git log` for all of them.
 */
async function filesLastWrittenBySrcgit(git, files, rev = 'HEAD') {
    if (files.length === 0)
        return [];
    const out = await git.output([
        'log',
        `--format=%x1e%(trailers:key=${SOURCE_GIT_TRAILER},valueonly)%x1f`,
        '--name-only',
        rev,
        '--',
        ...files,
    ]);
    const seen = new Set();
    const bySrcgit = [];
    for (const record of out.split('\x1e').filter(Boolean)) {
        const [trailer, names = ''] = record.split('\x1f');
        for (const name of names.split('\n').filter(Boolean)) {
            if (seen.has(name))
                continue;
            seen.add(name);
            if (trailer.trim() && files.includes(name))
                bySrcgit.push(name);
        }
    }
    return bySrcgit;
}
/** The committed contents of those of `files` that exist at `rev`, read with one `git cat-file --batch`. */
async function committedFiles(git, files, rev = 'HEAD') {
    const result = new Map();
    if (files.length === 0)
        return result;
    const listing = await git.output(['ls-tree', '-z', rev, '--', ...files]);
    const blobs = listing
        .split('\0')
        .filter(Boolean)
        .map((entry) => /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry))
        .filter((m) => m !== null);
    if (blobs.length === 0)
        return result;
    const batch = (await git.run(['cat-file', '--batch'], { input: blobs.map((m) => m[1]).join('\n') + '\n' }))
        .stdoutBytes;
    let offset = 0;
    for (const [, , name] of blobs) {
        const headerEnd = batch.indexOf(0x0a, offset);
        const size = Number(batch.subarray(offset, headerEnd).toString('latin1').split(' ')[2]);
        result.set(name, batch.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
    }
    return result;
}


/***/ }),

/***/ 61119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ syncItems),
/* harmony export */   NP: () => (/* binding */ normalizeRepoPath),
/* harmony export */   l3: () => (/* binding */ planFileSync)
/* harmony export */ });
/* unused harmony exports expandSourceGlob, parseFilterRules, matchRsyncPattern */
/* harmony import */ var _source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41587);
/**
 * What `files_to_sync` does to dist-git, planned without touching a disk (Packit §4.4,
 * `packit/sync.py`). Packit runs, per item and in list order,
 * `rsync --archive [--delete] [--filter RULE]... [--mkpath] --ignore-missing-args SRC... DEST`,
 * with each src expanded by Python's `glob.glob` (non-recursive: `*`, `?`, `[...]` stay inside one
 * path component and do not match names starting with `.`; `**` is the same as `*`; a src that
 * matches nothing is passed as is and ignored by rsync).
 *
 * rsync rules modelled here:
 * - `dir/` copies the directory's contents into dest; `dir` copies the directory itself (dest/dir).
 * - A single file goes to dest, or into it when dest ends in `/`, is an existing directory, or
 *   several sources are given.
 * - `--delete` removes, in the directories that are part of the transfer (dest for `dir/`,
 *   dest/dir for `dir`; none for a file or a glob's files), files that were not sent and are not
 *   protected.
 * - Filter rules, first match wins: `exclude`/`-` and `include`/`+` act on both sides, `hide`/`H`
 *   and `show`/`S` only on what is sent, `protect`/`P` and `risk`/`R` only on what may be deleted;
 *   `clear`/`!` drops the rules before it. An excluded directory is not descended into. An excluded
 *   file is neither sent nor deleted (no `--delete-excluded`).
 * - Patterns: a leading `/` anchors at the transfer root, a trailing `/` matches only directories,
 *   a pattern without `/` or `**` matches the last path component, other unanchored patterns match
 *   a trailing part of the path that starts at a component boundary; `*` and `?` do not cross `/`,
 *   `**` does, `dir/***` matches dir and everything in it, `[...]` is a character class, `\`
 *   escapes.
 * - Without `mkpath`, rsync creates at most the last component of dest; a deeper missing
 *   directory is an rsync failure (here: a problem, the item is skipped).
 * - A file standing where a directory has to be is replaced; a directory that still has files
 *   where a file has to go is an rsync failure (a problem; that file is not copied).
 *
 * Deliberate differences from Packit:
 * - `dropSpec` (for `sync_changelog: false`) removes the spec from what is sent however it was
 *   matched, and protects its dist-git copy from `--delete`. Packit only drops a src equal to the
 *   spec path, or adds `- /<spec relative to src>` for a directory src: a glob such as `Fedora/*`
 *   still copies the spec over the merged one, a directory given without a trailing `/` gets a
 *   filter that never matches (the path in the transfer starts with the directory name), and a
 *   user `+` rule placed before the appended filter wins over it.
 * - `.` as a src (without `/`) would make rsync copy the repository directory under its own,
 *   unknowable, name; that is reported as a problem.
 * - Illegal paths (absolute or escaping the repository with `..`) and unsupported filter rules
 *   (merge files, modifiers) are problems that skip their item; Packit fails the whole run on an
 *   illegal path.
 *
 * Symbolic links (given in `sourceLinks`/`destLinks`): rsync --archive copies a link as a link,
 * with the same target text, and Packit resolves each src and the dest before rsync sees them
 * (`SyncFilesItem.resolve`, `Path.resolve()`), so a src or dest that is a link (or lies under a
 * linked directory) stands for the path the link leads to; one that leads out is an "Illegal
 * path!". srcgit does the same, and also refuses what Packit copies as is: a link in a synced
 * directory or matched by a glob that is absolute, leads out of the repository or into `.git`
 * (which holds the checkout's token), and a copied link that would point out of dist-git from its
 * new place. A path inside `.git` counts as outside the repository, and a glob does not match
 * through a linked directory (Python's glob would, and rsync would copy what lies behind it).
 */


/**
 * files_to_sync as srcgit applies it: the configured items, or (none configured) the spec to
 * `<package>.spec`, as Packit does. Every job that writes dist-git uses this one rule.
 */
function syncItems(pkg, specfilePath) {
    if (pkg.files_to_sync.length > 0)
        return pkg.files_to_sync;
    return [
        {
            src: [specfilePath],
            dest: `${pkg.downstream_package_name}.spec`,
            mkpath: false,
            delete: false,
            filters: [],
        },
    ];
}
/** Normalise a repository-relative path; undefined when it is absolute or leaves the repository. */
function normalizeRepoPath(input) {
    if (input.startsWith('/'))
        return undefined;
    const segments = [];
    for (const segment of input.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.length === 0)
                return undefined;
            segments.pop();
        }
        else {
            segments.push(segment);
        }
    }
    return { path: segments.join('/'), trailingSlash: input.endsWith('/') };
}
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
function isUnder(path, dir) {
    return dir === '' || path.startsWith(dir + '/');
}
/** Proper ancestor directories of a path, outermost first (`a/b/c` → `a`, `a/b`). */
function ancestors(path) {
    const parts = path.split('/');
    return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
// ------------------------------------------------------------------------------------------------
// Python glob (source expansion)
const GLOB_MAGIC = /[*?[]/;
/** Python fnmatch.translate for one path component. */
function fnmatchRegex(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '*')
            source += '.*';
        else if (char === '?')
            source += '.';
        else if (char === '[') {
            let j = i + 1;
            if (pattern[j] === '!')
                j++;
            if (pattern[j] === ']')
                j++;
            while (j < pattern.length && pattern[j] !== ']')
                j++;
            if (j >= pattern.length) {
                source += '\\[';
                continue;
            }
            let inner = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
            if (inner.startsWith('!'))
                inner = '^' + inner.slice(1);
            else if (inner.startsWith('^'))
                inner = '\\' + inner;
            source += `[${inner.replace(/\]/g, '\\]')}]`;
            i = j;
        }
        else
            source += char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 's');
}
function buildTree(files) {
    const tree = { files: new Set(), dirs: new Set(['']), children: new Map() };
    const addChild = (dir, name) => {
        let set = tree.children.get(dir);
        if (!set)
            tree.children.set(dir, (set = new Set()));
        set.add(name);
    };
    for (const file of files) {
        const path = normalizeRepoPath(file)?.path;
        if (!path)
            continue;
        tree.files.add(path);
        addChild(dirname(path), basename(path));
        for (const dir of ancestors(path)) {
            tree.dirs.add(dir);
            addChild(dirname(dir), basename(dir));
        }
    }
    return tree;
}
/**
 * Python `glob.glob(pattern)` over a list of repository files (paths relative, `/`-separated):
 * matching files and directories, sorted; with a trailing `/` only directories.
 */
function expandSourceGlob(pattern, sourceFiles) {
    const normalized = normalizeRepoPath(pattern);
    if (!normalized)
        return [];
    return globTree(normalized, buildTree(sourceFiles));
}
function globTree(pattern, tree) {
    let candidates = [''];
    for (const segment of pattern.path.split('/').filter((s) => s !== '')) {
        const next = [];
        for (const dir of candidates) {
            if (!tree.dirs.has(dir))
                continue;
            if (GLOB_MAGIC.test(segment)) {
                const regex = fnmatchRegex(segment);
                for (const name of tree.children.get(dir) ?? []) {
                    if (name.startsWith('.') && !segment.startsWith('.'))
                        continue;
                    if (regex.test(name))
                        next.push(join(dir, name));
                }
            }
            else {
                const path = join(dir, segment);
                if (tree.files.has(path) || tree.dirs.has(path))
                    next.push(path);
            }
        }
        candidates = next;
    }
    const matches = pattern.trailingSlash ? candidates.filter((c) => tree.dirs.has(c)) : candidates;
    return [...new Set(matches)].sort();
}
const RULE_NAMES = {
    exclude: 'exclude',
    '-': 'exclude',
    include: 'include',
    '+': 'include',
    hide: 'hide',
    H: 'hide',
    show: 'show',
    S: 'show',
    protect: 'protect',
    P: 'protect',
    risk: 'risk',
    R: 'risk',
    clear: 'clear',
    '!': 'clear',
};
/** Parse rsync `--filter` rules; throws on rules this planner does not model. */
function parseFilterRules(filters) {
    let rules = [];
    for (const filter of filters) {
        const match = /^(\S+?)(?:[ _](.*))?$/.exec(filter);
        const action = match ? RULE_NAMES[match[1]] : undefined;
        if (!match || !action)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`unsupported filter rule "${filter}"`);
        const pattern = match[2] ?? '';
        if (action === 'clear') {
            if (pattern !== '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`unsupported filter rule "${filter}"`);
            rules = [];
            continue;
        }
        if (pattern === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`filter rule "${filter}" has no pattern`);
        rules.push({ action, pattern });
    }
    return rules;
}
/** rsync wildmatch pattern (one rule's pattern without its leading/trailing `/`) as a regex. */
function wildmatchRegex(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '\\' && i + 1 < pattern.length) {
            source += pattern[++i].replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
        }
        else if (char === '*') {
            if (pattern.startsWith('***', i) && i + 3 === pattern.length && pattern[i - 1] === '/') {
                // `dir/***`: the directory itself and everything in it.
                source = source.slice(0, -1) + '(?:/.*)?';
                i += 2;
            }
            else if (pattern[i + 1] === '*') {
                source += '.*';
                while (pattern[i + 1] === '*')
                    i++;
            }
            else
                source += '[^/]*';
        }
        else if (char === '?')
            source += '[^/]';
        else if (char === '[') {
            let j = i + 1;
            if (pattern[j] === '!' || pattern[j] === '^')
                j++;
            if (pattern[j] === ']')
                j++;
            while (j < pattern.length && pattern[j] !== ']')
                j++;
            if (j >= pattern.length) {
                source += '\\[';
                continue;
            }
            let inner = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
            if (inner.startsWith('!'))
                inner = '^' + inner.slice(1);
            source += `[${inner.replace(/\]/g, '\\]')}]`;
            i = j;
        }
        else
            source += char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 's');
}
/**
 * Whether an rsync pattern matches a path of the transfer (relative to its root, no leading `/`).
 */
function matchRsyncPattern(pattern, path, isDir) {
    let body = pattern;
    const dirOnly = body.length > 1 && body.endsWith('/');
    if (dirOnly) {
        if (!isDir)
            return false;
        body = body.replace(/\/+$/, '');
    }
    const anchored = body.startsWith('/');
    if (anchored)
        body = body.slice(1);
    const regex = wildmatchRegex(body);
    if (anchored)
        return regex.test(path);
    if (!body.includes('/') && !body.includes('**'))
        return regex.test(basename(path));
    const parts = path.split('/');
    return parts.some((_, i) => regex.test(parts.slice(i).join('/')));
}
const SIDES = {
    exclude: { side: 'both', excludes: true },
    include: { side: 'both', excludes: false },
    hide: { side: 'sender', excludes: true },
    show: { side: 'sender', excludes: false },
    protect: { side: 'receiver', excludes: true },
    risk: { side: 'receiver', excludes: false },
};
/** First matching rule for one side decides; no match means not excluded. */
function excludedEntry(rules, side, path, isDir) {
    for (const rule of rules) {
        const { side: ruleSide, excludes } = SIDES[rule.action];
        if (ruleSide !== 'both' && ruleSide !== side)
            continue;
        if (matchRsyncPattern(rule.pattern, path, isDir))
            return excludes;
    }
    return false;
}
/** A file of the transfer is excluded when it or any directory above it (within the transfer) is. */
function excludedPath(rules, side, transferPath) {
    if (rules.length === 0)
        return false;
    return (ancestors(transferPath).some((dir) => excludedEntry(rules, side, dir, true)) ||
        excludedEntry(rules, side, transferPath, false));
}
const SOURCE_REPO = 'the source-git repository';
const DEST_REPO = 'the dist-git repository';
class Planner {
    destFiles;
    drop;
    sourceLinks;
    destLinks;
    present;
    copies = new Map();
    problems = [];
    unmatched = [];
    tree;
    sourceLink = (path) => this.sourceLinks.get(path);
    destLink = (path) => this.destLinks.get(path);
    constructor(sourceFiles, destFiles, drop, sourceLinks, destLinks) {
        this.destFiles = destFiles;
        this.drop = drop;
        this.sourceLinks = sourceLinks;
        this.destLinks = destLinks;
        this.tree = buildTree(sourceFiles);
        this.present = new Set(destFiles.map((f) => normalizeRepoPath(f)?.path).filter((f) => !!f));
    }
    isDestDir(path) {
        if (path === '')
            return true;
        for (const file of this.present)
            if (file.startsWith(path + '/'))
                return true;
        return false;
    }
    refuse(label, what, file, refusal, repository) {
        this.problems.push(`${label}: ${what}${(0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .refusalMessage */ .se)(file, refusal, repository)}`);
    }
    expand(src, label) {
        const normalized = normalizeRepoPath(src);
        if (!normalized) {
            this.problems.push(`${label}: Illegal path "${src}": it is outside the source-git repository`);
            return undefined;
        }
        // Packit resolves the src before globbing: links in its literal part are followed.
        const parts = src.split('/');
        const magic = parts.findIndex((part) => GLOB_MAGIC.test(part));
        const literal = magic < 0 ? src : parts.slice(0, magic).join('/');
        const resolved = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepoPath */ .qo)(literal, this.sourceLink);
        if ('refused' in resolved) {
            this.refuse(label, `src "${src}": `, literal.replace(/\/+$/, ''), resolved.refused, SOURCE_REPO);
            return undefined;
        }
        const path = magic < 0 ? resolved.path : normalizeRepoPath(join(resolved.path, parts.slice(magic).join('/')))?.path;
        if (path === undefined) {
            this.problems.push(`${label}: Illegal path "${src}": it is outside the source-git repository`);
            return undefined;
        }
        const wanted = { path, trailingSlash: normalized.trailingSlash };
        if (wanted.path === '' && !wanted.trailingSlash) {
            this.problems.push(`${label}: src "${src}" would copy the repository directory itself; write "./" to copy its contents`);
            return undefined;
        }
        const matches = GLOB_MAGIC.test(wanted.path)
            ? globTree(wanted, this.tree)
            : this.tree.files.has(wanted.path) || this.tree.dirs.has(wanted.path)
                ? [wanted.path]
                : [];
        if (matches.length === 0) {
            this.unmatched.push(src);
            return [];
        }
        const sources = [];
        for (const path of matches) {
            if (this.tree.dirs.has(path)) {
                sources.push({ kind: wanted.trailingSlash ? 'contents' : 'dir', path });
            }
            else if (wanted.trailingSlash) {
                this.problems.push(`${label}: src "${src}" ends with "/" but ${path} is a file`);
                return undefined;
            }
            else {
                sources.push({ kind: 'file', path });
            }
        }
        return sources;
    }
    plan(item, index) {
        const label = `files_to_sync[${index}]`;
        const normalizedDest = normalizeRepoPath(item.dest);
        if (!normalizedDest) {
            this.problems.push(`${label}: Illegal path "${item.dest}": it is outside the dist-git repository`);
            return;
        }
        // Like the src, the dest stands for where its links lead; never out of dist-git.
        const resolvedDest = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepoPath */ .qo)(item.dest, this.destLink);
        if ('refused' in resolvedDest) {
            this.refuse(label, `dest "${item.dest}": `, item.dest.replace(/\/+$/, ''), resolvedDest.refused, DEST_REPO);
            return;
        }
        const dest = { path: resolvedDest.path, trailingSlash: normalizedDest.trailingSlash };
        let rules;
        try {
            rules = parseFilterRules(item.filters);
        }
        catch (error) {
            this.problems.push(`${label}: ${error.message}; the item is skipped`);
            return;
        }
        const sources = [];
        for (const src of item.src) {
            const expanded = this.expand(src, label);
            if (!expanded)
                return;
            sources.push(...expanded);
        }
        if (sources.length === 0)
            return;
        const destIsDir = this.isDestDir(dest.path);
        const intoDir = dest.trailingSlash || destIsDir || sources.length > 1 || sources[0].kind !== 'file';
        if (intoDir && this.present.has(dest.path)) {
            this.problems.push(`${label}: dest "${item.dest}" is a file in dist-git, not a directory`);
            return;
        }
        const mustExist = intoDir ? (destIsDir ? undefined : dirname(dest.path)) : dirname(dest.path);
        if (mustExist !== undefined && !item.mkpath && !this.isDestDir(mustExist)) {
            this.problems.push(`${label}: the dist-git directory "${mustExist}" does not exist (set mkpath: true to create it)`);
            return;
        }
        const transfers = [];
        const protectedTargets = new Set();
        const scopes = [];
        const send = (from, transferPath, to) => {
            if (excludedPath(rules, 'sender', transferPath))
                return;
            if (this.drop.has(from)) {
                protectedTargets.add(to);
                return;
            }
            // rsync --archive sends a link as a link; one that leads out of source-git is refused.
            const link = this.sourceLinks.get(from);
            if (link !== undefined) {
                const resolved = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepoPath */ .qo)(from, this.sourceLink);
                if ('refused' in resolved) {
                    this.refuse(label, '', from, resolved.refused, SOURCE_REPO);
                    return;
                }
            }
            if (!transfers.some((t) => t.to === to))
                transfers.push({ from, to, link });
        };
        for (const source of sources) {
            if (source.kind === 'file') {
                send(source.path, basename(source.path), intoDir ? join(dest.path, basename(source.path)) : dest.path);
                continue;
            }
            const prefix = source.kind === 'dir' ? basename(source.path) : '';
            if (prefix && excludedEntry(rules, 'sender', prefix, true))
                continue;
            for (const file of this.tree.files) {
                if (!isUnder(file, source.path))
                    continue;
                const transferPath = join(prefix, source.path === '' ? file : file.slice(source.path.length + 1));
                send(file, transferPath, join(dest.path, transferPath));
            }
            scopes.push({ dest: join(dest.path, prefix), prefix });
        }
        if (item.delete) {
            const sent = new Set(transfers.map((t) => t.to));
            for (const scope of scopes) {
                for (const file of [...this.present]) {
                    if (!isUnder(file, scope.dest) || sent.has(file) || protectedTargets.has(file))
                        continue;
                    const relative = scope.dest === '' ? file : file.slice(scope.dest.length + 1);
                    const transferPath = join(scope.prefix, relative);
                    if (excludedPath(rules, 'receiver', transferPath))
                        continue;
                    this.present.delete(file);
                    this.copies.delete(file);
                }
            }
        }
        for (const transfer of transfers) {
            // rsync removes a file (or link) that stands where a directory has to be, with or without --delete.
            for (const dir of ancestors(transfer.to)) {
                this.present.delete(dir);
                this.copies.delete(dir);
            }
            if (this.isDestDir(transfer.to)) {
                this.problems.push(`${label}: cannot copy ${transfer.from} to ${transfer.to}: that is a directory`);
                continue;
            }
            this.present.add(transfer.to);
            this.copies.set(transfer.to, { from: transfer.from, link: transfer.link, label });
        }
    }
    result() {
        // The links dist-git has afterwards: those it keeps and the copied ones. A copied link that
        // stays inside source-git can still point out of dist-git from its new place.
        const links = new Map();
        for (const [file, target] of this.destLinks)
            if (this.present.has(file) && !this.copies.has(file))
                links.set(file, target);
        for (const [to, copy] of this.copies)
            if (copy.link !== undefined)
                links.set(to, copy.link);
        const copies = [];
        for (const [to, copy] of this.copies) {
            const there = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepoPath */ .qo)(to, (path) => links.get(path));
            if ('refused' in there) {
                this.refuse(copy.label, `${copy.from} copied to dist-git: `, to, there.refused, DEST_REPO);
                continue;
            }
            copies.push(copy.link === undefined ? { from: copy.from, to } : { from: copy.from, to, link: copy.link });
        }
        return {
            copies,
            deletes: this.destFiles.filter((file) => {
                const path = normalizeRepoPath(file)?.path;
                return path !== undefined && path !== '' && !this.present.has(path);
            }),
            problems: this.problems,
            unmatched: this.unmatched,
        };
    }
}
/**
 * Plan what `files_to_sync` changes in dist-git, as rsync would do it item by item.
 * `sourceFiles` and `destFiles` list every file of source-git and dist-git, relative and
 * `/`-separated (for a monorepo package, src paths are relative to paths[0] and so must be
 * sourceFiles); symbolic links among them are listed again, with their targets, in
 * `options.sourceLinks` and `options.destLinks`. Items are applied in order, so a later item
 * can overwrite or delete what an earlier one copied.
 */
function planFileSync(items, sourceFiles, destFiles, options = {}) {
    const sourceLinks = options.sourceLinks ?? new Map();
    // The spec is left out by its own path and by the one its link leads to.
    const drop = new Set();
    if (options.dropSpec && options.specPath !== undefined) {
        const literal = normalizeRepoPath(options.specPath)?.path;
        if (literal)
            drop.add(literal);
        const resolved = (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRepoPath */ .qo)(options.specPath, (path) => sourceLinks.get(path));
        if (!('refused' in resolved))
            drop.add(resolved.path);
    }
    const planner = new Planner(sourceFiles, destFiles, drop, sourceLinks, options.destLinks ?? new Map());
    items.forEach((item, index) => planner.plan(item, index));
    return planner.result();
}


/***/ }),

/***/ 35573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ matchesTagFilters),
/* harmony export */   KN: () => (/* binding */ versionToTag),
/* harmony export */   ar: () => (/* binding */ tagToVersion)
/* harmony export */ });
/* unused harmony exports parseTagTemplate, pythonReMatch */
/* harmony import */ var _config_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97910);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41587);
/**
 * `upstream_tag_template` ↔ version, and the `upstream_tag_include` / `upstream_tag_exclude`
 * filters (Packit §1.3, `Upstream._template2regex`, `get_version_from_tag`,
 * `convert_version_to_tag`).
 *
 * Version → tag is Python `str.format(version=..., upstream_package_name=...)`: `{{` and `}}` are
 * literal braces, any other placeholder is an error (Python would raise KeyError/IndexError).
 *
 * Tag → version. Packit replaces every `{name}` with a greedy `(?P<name>.*)`, leaves the rest of
 * the template unescaped (so `.` or `+` in it are regex syntax) and matches with `re.match`
 * (anchored at the start only). Deliberate differences:
 * - literal parts are matched literally (escaped);
 * - when the upstream package name is known, `{upstream_package_name}` is matched as that literal
 *   text, which removes the ambiguity of `{upstream_package_name}-{version}` (`foo-bar-1.0` with
 *   package `foo` gives `bar-1.0`; Packit's greedy groups give `1.0`). Unknown, it stays a greedy
 *   group as in Packit;
 * - the whole tag must match (Packit ignores anything after the template's last literal), and a
 *   placeholder group must not match empty text (Packit accepts the tag `v` as version "" of `v{version}`);
 * - `{{`/`}}` are literal braces (Packit's regex builder mangles them), and a repeated placeholder
 *   must have the same value each time (Packit fails with "redefinition of group name").
 */


const FIELDS = ['version', 'upstream_package_name'];
/** Split a template into literal text and placeholders, with Python's format-string rules. */
function parseTagTemplate(template) {
    const parts = [];
    let literal = '';
    for (let i = 0; i < template.length; i++) {
        const char = template[i];
        if (char === '{' && template[i + 1] === '{') {
            literal += '{';
            i++;
        }
        else if (char === '}' && template[i + 1] === '}') {
            literal += '}';
            i++;
        }
        else if (char === '}') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`upstream_tag_template "${template}": single "}" (write "}}" for a literal brace)`);
        }
        else if (char === '{') {
            const end = template.indexOf('}', i);
            if (end < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`upstream_tag_template "${template}": "{" without "}" (write "{{" for a literal brace)`);
            const name = template.slice(i + 1, end);
            if (!FIELDS.includes(name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`upstream_tag_template "${template}": unsupported placeholder "{${name}}" ` +
                    '(only {version} and {upstream_package_name} are known)');
            }
            if (literal)
                parts.push({ literal });
            literal = '';
            parts.push({ field: name });
            i = end;
        }
        else {
            literal += char;
        }
    }
    if (literal)
        parts.push({ literal });
    if (!parts.some((p) => 'field' in p && p.field === 'version'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`upstream_tag_template "${template}" does not contain {version}`);
    return parts;
}
/** The tag of `version`: Python `template.format(version=..., upstream_package_name=...)`. */
function versionToTag(template, version, upstreamPackageName) {
    return parseTagTemplate(template)
        .map((part) => 'literal' in part ? part.literal : part.field === 'version' ? version : upstreamPackageName)
        .join('');
}
function escapeRegex(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
/**
 * The version a tag stands for, or undefined when the tag does not match the template.
 * Throws when the template itself is invalid.
 */
function tagToVersion(template, tag, upstreamPackageName) {
    const seen = new Set();
    let source = '';
    for (const part of parseTagTemplate(template)) {
        if ('literal' in part) {
            source += escapeRegex(part.literal);
        }
        else if (part.field === 'upstream_package_name' && upstreamPackageName !== undefined) {
            source += escapeRegex(upstreamPackageName);
        }
        else if (seen.has(part.field)) {
            source += `\\k<${part.field}>`;
        }
        else {
            seen.add(part.field);
            source += `(?<${part.field}>.+)`;
        }
    }
    const match = new RegExp(`^${source}$`, 's').exec(tag);
    return match?.groups?.version;
}
/** Python `re.match(pattern, text)`: a match that starts at the first character. */
function pythonReMatch(pattern, text) {
    const compiled = (0,_config_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePythonRegex */ .vG)(pattern);
    const regex = new RegExp(compiled.source, compiled.flags + 'y');
    regex.lastIndex = 0;
    return regex.test(text);
}
/**
 * Whether a tag passes `upstream_tag_include` / `upstream_tag_exclude` (Python regexes, `re.match`
 * semantics: anchored at the start only). An empty or missing pattern does not filter.
 * Throws for a pattern that is not a valid regex.
 */
function matchesTagFilters(tag, include, exclude) {
    if (include && !pythonReMatch(include, tag))
        return false;
    if (exclude && pythonReMatch(exclude, tag))
        return false;
    return true;
}


/***/ }),

/***/ 50126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeTreeFile),
/* harmony export */   x: () => (/* binding */ readTreeFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41587);
/**
 * Reading and writing the files srcgit edits in a dist-git work tree (spec, sources,
 * .gitignore) without following links: a link there, committed to dist-git, must not bring a
 * file from elsewhere on the runner into the proposal, nor get it overwritten.
 */



/** The file's text, undefined when it does not exist; a link is refused, naming it. */
function readTreeFile(file) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch {
        return undefined;
    }
    if (stat.isSymbolicLink())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentError */ .y(`${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} in the dist-git work tree ${node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file)} is a symbolic link; srcgit does not read ` +
            'through it: replace the link by the file in dist-git');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
}
/** Writes the file; a link standing there is replaced, never written through (as rsync does). */
function writeTreeFile(file, text) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file).isSymbolicLink())
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file);
    }
    catch {
        // Not there yet.
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, text);
}


/***/ }),

/***/ 63512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lx: () => (/* binding */ actionRunner),
  Fi: () => (/* binding */ baseActionEnv),
  z6: () => (/* binding */ syncActionEnv)
});

// UNUSED EXPORTS: ActionError

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./node_modules/shlex/shlex.js


/*
  Port of a subset of the features of CPython's shlex module, which provides a
  shell-like lexer. Original code by Eric S. Raymond and other contributors.
*/

class Shlexer {
  constructor (string) {
    this.i = 0
    this.string = string

    /**
     * Characters that will be considered whitespace and skipped. Whitespace
     * bounds tokens. By default, includes space, tab, linefeed and carriage
     * return.
     */
    this.whitespace = ' \t\r\n'

    /**
     * Characters that will be considered string quotes. The token accumulates
     * until the same quote is encountered again (thus, different quote types
     * protect each other as in the shell.) By default, includes ASCII single
     * and double quotes.
     */
    this.quotes = `'"`

    /**
     * Characters that will be considered as escape. Just `\` by default.
     */
    this.escapes = '\\'

    /**
     * The subset of quote types that allow escaped characters. Just `"` by default.
     */
    this.escapedQuotes = '"'

    /**
     * Whether to support ANSI C-style $'' quotes
     * https://www.gnu.org/software/bash/manual/html_node/ANSI_002dC-Quoting.html
     */
    this.ansiCQuotes = true

    /**
     * Whether to support localized $"" quotes
     * https://www.gnu.org/software/bash/manual/html_node/Locale-Translation.html
     *
     * The behavior is as if the current locale is set to C or POSIX, i.e., the
     * contents are not translated.
     */
    this.localeQuotes = true

    this.debug = false
  }

  readChar () {
    return this.string.charAt(this.i++)
  }

  processEscapes (string, quote, isAnsiCQuote) {
    if (!isAnsiCQuote && !this.escapedQuotes.includes(quote)) {
      // This quote type doesn't support escape sequences
      return string
    }

    // We need to form a regex that matches any of the escape characters,
    // without interpreting any of the characters as a regex special character.
    const anyEscape = '[' + this.escapes.replace(/(.)/g, '\\$1') + ']'

    // In regular quoted strings, we can only escape an escape character, and
    // the quote character itself.
    if (!isAnsiCQuote && this.escapedQuotes.includes(quote)) {
      const re = new RegExp(
        anyEscape + '(' + anyEscape + '|\\' + quote + ')', 'g')
      return string.replace(re, '$1')
    }

    // ANSI C quoted strings support a wide variety of escape sequences
    if (isAnsiCQuote) {
      const patterns = {
        // Literal characters
        '([\\\\\'"?])': (x) => x,

        // Non-printable ASCII characters
        'a': () => '\x07',
        'b': () => '\x08',
        'e|E': () => '\x1b',
        'f': () => '\x0c',
        'n': () => '\x0a',
        'r': () => '\x0d',
        't': () => '\x09',
        'v': () => '\x0b',

        // Octal bytes
        '([0-7]{1,3})': (x) => String.fromCharCode(parseInt(x, 8)),

        // Hexadecimal bytes
        'x([0-9a-fA-F]{1,2})': (x) => String.fromCharCode(parseInt(x, 16)),

        // Unicode code units
        'u([0-9a-fA-F]{1,4})': (x) => String.fromCharCode(parseInt(x, 16)),
        'U([0-9a-fA-F]{1,8})': (x) => String.fromCharCode(parseInt(x, 16)),

        // Control characters
        // https://en.wikipedia.org/wiki/Control_character#How_control_characters_map_to_keyboards
        'c(.)': (x) => {
          if (x === '?') {
            return '\x7f'
          } else if (x === '@') {
            return '\x00'
          } else {
            return String.fromCharCode(x.charCodeAt(0) & 31)
          }
        }
      }

      // Construct an uber-RegEx that catches all of the above pattern
      const re = new RegExp(
        anyEscape + '(' + Object.keys(patterns).join('|') + ')', 'g')

      // For each match, figure out which subpattern matched, and apply the
      // corresponding function
      return string.replace(re, function (m, p1) {
        for (const matched in patterns) {
          const mm = new RegExp('^' + matched + '$').exec(p1)
          if (mm === null) {
            continue
          }

          return patterns[matched].apply(null, mm.slice(1))
        }
      })
    }

    // Should not get here
    return undefined
  }

  * [Symbol.iterator] () {
    let inQuote = false
    let inDollarQuote = false
    let escaped = false
    let lastDollar = -2 // position of last dollar sign we saw
    let token

    if (this.debug) {
      console.log('full input:', '>' + this.string + '<')
    }

    while (true) {
      const pos = this.i
      const char = this.readChar()

      if (this.debug) {
        console.log(
          'position:', pos,
          'input:', '>' + char + '<',
          'accumulated:', token,
          'inQuote:', inQuote,
          'inDollarQuote:', inDollarQuote,
          'lastDollar:', lastDollar,
          'escaped:', escaped
        )
      }

      // Ran out of characters, we're done
      if (char === '') {
        if (inQuote) { throw new Error('Got EOF while in a quoted string') }
        if (escaped) { throw new Error('Got EOF while in an escape sequence') }
        if (token !== undefined) { yield token }
        return
      }

      // We were in an escape sequence, complete it
      if (escaped) {
        if (char === '\n') {
          // An escaped newline just means to continue the command on the next
          // line. We just need to ignore it.
        } else if (inQuote) {
          // If we are in a quote, just accumulate the whole escape sequence,
          // as we will interpret escape sequences later.
          token = (token || '') + escaped + char
        } else {
          // Just use the literal character
          token = (token || '') + char
        }

        escaped = false
        continue
      }

      if (this.escapes.includes(char)) {
        if (!inQuote || inDollarQuote !== false || this.escapedQuotes.includes(inQuote)) {
          // We encountered an escape character, which is going to affect how
          // we treat the next character.
          escaped = char
          continue
        } else {
          // This string type doesn't use escape characters. Ignore for now.
        }
      }

      // We were in a string
      if (inQuote !== false) {
        // String is finished. Don't grab the quote character.
        if (char === inQuote) {
          token = this.processEscapes(token, inQuote, inDollarQuote === '\'')
          inQuote = false
          inDollarQuote = false
          continue
        }

        // String isn't finished yet, accumulate the character
        token = (token || '') + char
        continue
      }

      // This is the start of a new string, don't accumulate the quotation mark
      if (this.quotes.includes(char)) {
        inQuote = char
        if (lastDollar === pos - 1) {
          if (char === '\'' && !this.ansiCQuotes) {
            // Feature not enabled
          } else if (char === '"' && !this.localeQuotes) {
            // Feature not enabled
          } else {
            inDollarQuote = char
          }
        }

        token = (token || '') // fixes blank string

        if (inDollarQuote !== false) {
          // Drop the opening $ we captured before
          token = token.slice(0, -1)
        }

        continue
      }

      // This is a dollar sign, record that we saw it in case it's the start of
      // an ANSI C or localized string
      if (inQuote === false && char === '$') {
        lastDollar = pos
      }

      // This is whitespace, so yield the token if we have one
      if (this.whitespace.includes(char)) {
        if (token !== undefined) { yield token }
        token = undefined
        continue
      }

      // Otherwise, accumulate the character
      token = (token || '') + char
    }
  }
}


/**
 * Splits a given string using shell-like syntax. This function is the inverse
 * of shlex.join().
 *
 * @param {String} s String to split.
 * @returns {String[]}
 */
function split (s) {
  return Array.from(new Shlexer(s))
}

/**
 * Escapes a potentially shell-unsafe string using quotes.
 *
 * @param {String} s String to quote
 * @returns {String}
 */
function quote (s) {
  if (s === '') { return '\'\'' }

  const unsafeRe = /[^\w@%\-+=:,./]/
  if (!unsafeRe.test(s)) { return s }

  return ('\'' + s.replace(/('+)/g, '\'"$1"\'') + '\'').replace(/^''|''$/g, '')
}


/**
 * Concatenate the tokens of the list args and return a string. This function
 * is the inverse of shlex.split().
 *
 * The returned value is shell-escaped to protect against injection
 * vulnerabilities (see shlex.quote()).
 *
 * @param {String[]} args List of args to join
 * @returns {String}
 */
function join (args) {
  if (!Array.isArray(args)) {
    throw new TypeError("args should be an array")
  }
  return args.map(quote).join(" ")
}

// EXTERNAL MODULE: ./build/bundle-src/runtime/resources.js + 1 modules
var resources = __webpack_require__(74227);
// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
// EXTERNAL MODULE: ./build/bundle-src/runtime/user-errors.js
var user_errors = __webpack_require__(77720);
;// CONCATENATED MODULE: ./build/bundle-src/jobs/actions.js
/**
 * Packit `actions`: user commands run at fixed points of the release flow (hooks), that
 * replace a step (`prepare-files`, `create-patches`), or whose output is used
 * (`changelog-entry`, `commit-message`). Semantics as Packit's actions_handler:
 * each command string is split with POSIX shell rules (shlex, no shell: wrap shell syntax
 * in `bash -c '...'`), commands run one after another in the source-git checkout with the
 * PACKIT_* variables added to the environment, and a non-zero exit fails the job.
 *
 * Deliberate differences: Packit sets the variables in its own process environment, so they
 * leak from one action into the next; here each action gets exactly its own. And an action
 * sees the job's environment without srcgit's secrets (Pagure token, SSH key, keytab, CI
 * tokens), as in packit-service, where actions run in a sandbox pod that gets only the
 * PACKIT_* variables (packit/command_handler.py SandcastleCommandHandler.run_command).
 */





class ActionError extends Error {
}
(0,user_errors/* registerUserError */.X)(ActionError);
/** Variables every action gets (Packit's `get_base_env`). */
function baseActionEnv(packageKey, pkg, specfilePath) {
    return {
        PACKIT_CONFIG_PACKAGE_NAME: packageKey,
        PACKIT_UPSTREAM_PACKAGE_NAME: pkg.upstream_package_name,
        PACKIT_DOWNSTREAM_PACKAGE_NAME: pkg.downstream_package_name,
        PACKIT_SPECFILE_PATH: specfilePath,
    };
}
/** Variables of the release-sync actions (Packit's `common_env`): the base ones plus the repositories and version. */
function syncActionEnv(opts) {
    const upstream = external_node_path_.resolve(opts.upstreamRepo);
    return {
        ...baseActionEnv(opts.packageKey, opts.pkg, opts.specfilePath),
        PACKIT_UPSTREAM_REPO: upstream,
        PACKIT_DOWNSTREAM_REPO: external_node_path_.resolve(opts.downstreamRepo),
        PACKIT_PWD: upstream,
        PACKIT_PROJECT_VERSION: opts.version,
    };
}
function argv(command) {
    return typeof command === 'string' ? split(command) : command;
}
function actionRunner(pkg, cwd) {
    return {
        has: (name) => (pkg.actions[name]?.length ?? 0) > 0,
        async run(name, env) {
            const commands = pkg.actions[name];
            if (!commands || commands.length === 0)
                return undefined;
            const outputs = [];
            for (const command of commands)
                outputs.push(await runCommand(name, argv(command), cwd, env));
            return outputs;
        },
    };
}
function runCommand(name, args, cwd, env) {
    const shown = args.join(' ');
    if (args.length === 0)
        return Promise.reject(new ActionError(`action ${name}: an empty command`));
    return new Promise((resolve, reject) => {
        const child = (0,resources/* spawnChild */.A)(args[0], args.slice(1), { cwd, env, stdio: 'pipe' });
        const out = [];
        const err = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.stdin.end();
        child.on('error', (error) => reject(new ActionError(error.code === 'ENOENT'
            ? `action ${name}: command not found: ${args[0]} (in "${shown}"); install it in the job, or use an absolute path`
            : `action ${name}: cannot run "${shown}": ${error.message}`)));
        child.on('close', (code, signal) => {
            if (code === 0)
                return resolve(Buffer.concat(out).toString('utf8'));
            const stderr = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-15).join('\n');
            reject(new ActionError((0,secrets/* redact */.E$)(`action ${name} failed: "${shown}" ${signal ? `was killed by ${signal}` : `exited with ${code}`}` +
                (stderr ? `:\n${stderr}` : '') +
                `\n(actions run in ${cwd}; fix the command under actions.${name} in the configuration)`)));
        });
    });
}


/***/ }),

/***/ 3853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gm: () => (/* binding */ archiveFileName),
/* harmony export */   eM: () => (/* binding */ planArchive)
/* harmony export */ });
/* unused harmony export archiveSource */
/* harmony import */ var _source_git_archive_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17985);
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83039);
/* harmony import */ var _spec_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59085);
/* harmony import */ var _spec_rpmspec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83878);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16488);





/** The spec's archive entry (spec_source_id, Source0 by default), when it is active. */
function archiveSource(spec, pkg) {
    return spec.sources.find((s) => s.number === sourceNumber(pkg) && s.active);
}
/**
 * The archive entry's file name as srcgit reads it (computing the `%(...)` one-liners of
 * src/spec/shell-subset.ts, e.g. `%(c=%{commit0}; echo ${c:0:7})`), or undefined when it
 * cannot be expanded.
 */
function archiveFileName(spec, pkg) {
    const source = archiveSource(spec, pkg);
    return source && source.expanded.unresolved.length === 0
        ? { name: _spec_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecFile */ .An.fileName(source.expanded.value) }
        : undefined;
}
function sourceNumber(pkg) {
    return Number(/\d+$/.exec(pkg.spec_source_id)?.[0] ?? 0);
}
/**
 * What to upload for the spec's archive entry. Throws a one-line JobError when the name
 * cannot be told (neither srcgit nor rpmspec expands it).
 */
async function planArchive(input) {
    const { spec, specName, pkg } = input;
    const source = archiveSource(spec, pkg);
    if (!source)
        return {
            kind: 'none',
            note: `${specName} has no ${pkg.spec_source_id}: srcgit makes and uploads no archive for this release`,
        };
    let name;
    let namedBy = 'srcgit';
    const read = archiveFileName(spec, pkg);
    if (read)
        name = read.name;
    else {
        const oracle = await (0,_spec_rpmspec_js__WEBPACK_IMPORTED_MODULE_3__/* .rpmspecSourceName */ .Bx)(input.specPath, source.number, { _sourcedir: input.tree });
        // One line: a %{lua:...} block may span many.
        const why = source.expanded.unresolved
            .map((u) => `${(0,_spec_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(u.construct.replace(/\s+/g, ' '), 60)}: ${u.reason}`)
            .join('; ');
        if ('error' in oracle)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .JobError */ .C(`${specName}:${source.line}: ${pkg.spec_source_id} cannot be expanded (${why}), so the archive cannot be named; ` +
                'write it with macros the spec defines' +
                (oracle.notInstalled
                    ? ', or install rpm (rpmspec) where srcgit runs so that rpm can name it'
                    : ` (rpm could not name it either: ${oracle.error})`));
        name = oracle.name;
        namedBy = 'rpmspec';
    }
    if ((0,_source_git_archive_js__WEBPACK_IMPORTED_MODULE_0__/* .archiveCompression */ .FW)(name))
        return { kind: 'make', name, namedBy };
    if ((await input.treeGit.run(['ls-files', '--', name], { allowFailure: true })).stdout.trim() !== '')
        return {
            kind: 'none',
            note: `${pkg.spec_source_id} ${name} is a file committed to dist-git, not an archive of the release: srcgit uploads nothing for it`,
        };
    return {
        kind: 'none',
        note: `srcgit uploads nothing: ${pkg.spec_source_id} ${name} (${specName}:${source.line}) is not an archive git archive ` +
            `makes from ${input.tag} (${_source_git_archive_js__WEBPACK_IMPORTED_MODULE_0__/* .ARCHIVE_ENDINGS */ .cA}), and srcgit does not upload it under that name; ` +
            `add it to the lookaside cache on the proposed branch (fedpkg new-sources ${name}) or the build lacks it`,
    };
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


/***/ }),

/***/ 5276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ writePatches),
/* harmony export */   j: () => (/* binding */ previousGeneratedPatches)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78616);
/* harmony import */ var _dist_git_patch_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22432);
/* harmony import */ var _source_git_patches_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98681);
/* harmony import */ var _source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33389);
/**
 * The patch step both dist-git jobs share: drop the patches srcgit generated before that
 * are gone, write the new ones (keeping unchanged ones byte for byte) and declare them in
 * the spec.
 */





/** Patch files srcgit generated earlier: top-level .patch files whose last change came from a sync commit. */
async function previousGeneratedPatches(dist, trackedFiles) {
    return (0,_dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_1__/* .filesLastWrittenBySrcgit */ .o$)(dist, trackedFiles.filter((f) => f.endsWith('.patch') && !f.includes('/')));
}
async function writePatches(options) {
    const { source, dist, dir, spec, generation } = options;
    const names = generation.patches.map((p) => p.name);
    const committed = await (0,_dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_1__/* .committedFiles */ .qI)(dist, names);
    const stale = options.previous.filter((name) => !names.includes(name));
    for (const file of stale)
        (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .removeRepoFile */ .lD)(dir, file);
    const patches = await (0,_source_git_patches_js__WEBPACK_IMPORTED_MODULE_3__/* .keepUnchanged */ .pg)(source, generation.patches, (name) => committed.get(name));
    // A link standing at a patch's name in dist-git is replaced, never written through.
    for (const patch of patches)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .prepareRepoWrite */ .JJ)(dir, patch.name), patch.content);
    const declared = (0,_dist_git_patch_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .declarePatches */ .D)(spec, patches.map((p) => ({
        name: p.name,
        patchId: p.metadata.patchId,
        comment: p.comment,
        presentInSpecfile: p.metadata.presentInSpecfile,
    })), stale, options.digits);
    return { names, stale, warnings: declared.warnings };
}


/***/ }),

/***/ 74614:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M1: () => (/* binding */ requireRootPackage),
/* harmony export */   X7: () => (/* binding */ missingArchiveWarning),
/* harmony export */   Xr: () => (/* binding */ specMayChangeBeforeCopy),
/* harmony export */   Zr: () => (/* binding */ requireReleaseVersion),
/* harmony export */   _R: () => (/* binding */ requireSpecfilePath),
/* harmony export */   aw: () => (/* binding */ upstreamTagCheckout),
/* harmony export */   bW: () => (/* binding */ copiesSpecAsIs),
/* harmony export */   p6: () => (/* binding */ requireNoUpstreamReleaseInRange),
/* harmony export */   wE: () => (/* binding */ specVersionMismatch)
/* harmony export */ });
/* harmony import */ var _dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50126);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5537);
/* harmony import */ var _dist_git_sources_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30555);
/* harmony import */ var _dist_git_tag_template_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35573);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18605);
/* harmony import */ var _source_git_downstream_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74403);
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83039);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16488);
/* harmony import */ var _archive_plan_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3853);
/* harmony import */ var _source_git_archive_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(17985);
/**
 * Checks that stop a proposal before anything is made when its content would be wrong: no spec
 * to propose, a spec copied as it is whose Version is not the release, upstream history that
 * would become Fedora patches, and (as a warning) a spec whose archive dist-git does not have.
 */












/** Actions that may write or change the spec before srcgit reads it. */
const SPEC_CHANGING_ACTIONS = ['post-upstream-clone', 'pre-sync', 'prepare-files'];
/**
 * The spec's path in source-git. Without specfile_path and with no spec found, Packit refuses
 * every job with the same reason; a spec that is not there yet is fine only when an action
 * runs before it is read (and then it is looked for again after them).
 */
function requireSpecfilePath(pkg, repo, actions) {
    requireRootPackage(pkg);
    const specfilePath = pkg.specfile_path;
    if (!specfilePath)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .JobError */ .C(`${pkg.config_file_path}: 'specfile_path' is not specified or no specfile was found in the repo ` +
            `(package ${pkg.downstream_package_name}); set specfile_path (e.g. .distro/${pkg.downstream_package_name}.spec) ` +
            'or downstream_package_name');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(repo, specfilePath)) && !SPEC_CHANGING_ACTIONS.some((a) => actions.has(a)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .JobError */ .C(`${pkg.config_file_path}: specfile_path ${specfilePath} is not in ${repo}; set specfile_path to the spec's path ` +
            `(e.g. .distro/${pkg.downstream_package_name}.spec), or generate it in a post-upstream-clone action`);
    return specfilePath;
}
/**
 * Packit runs a monorepo package in its paths[0] (specfile_path, files_to_sync and actions
 * relative to it); srcgit's jobs work from the repository root, so such a package is refused
 * rather than synced from the wrong place.
 */
function requireRootPackage(pkg) {
    const dir = (pkg.paths[0] ?? './').replace(/^\.\/?/, '').replace(/\/+$/, '');
    if (dir === '')
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .JobError */ .C(`${pkg.config_file_path}: package ${pkg.downstream_package_name} has paths: [${pkg.paths[0]}]; srcgit runs its jobs ` +
        'from the repository root and does not support a package in a sub-directory yet: write specfile_path and ' +
        'files_to_sync relative to the root and remove paths, or run Packit for this package');
}
/** Whether the release flow copies the spec as it is (sync_changelog, or a prepare-files override). */
function copiesSpecAsIs(pkg, actions) {
    return pkg.sync_changelog || actions.has('prepare-files');
}
/** Whether the spec may change between reading it and copying it (then it is checked per branch). */
function specMayChangeBeforeCopy(actions) {
    return [...SPEC_CHANGING_ACTIONS, 'post-modifications'].some((a) => actions.has(a));
}
/**
 * A spec copied as it is must already carry the release's Version: otherwise the archive is
 * named for one version and holds another, or the "update" changes only `sources` (Packit only
 * warns "Version in spec file is outdated" and proposes that).
 */
function requireReleaseVersion(spec, specPath, release, why) {
    const version = spec.version;
    if (!version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .JobError */ .C(`${specPath} has no Version tag; add one`);
    const where = `${specPath}:${version.line}`;
    if (version.unresolved.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .JobError */ .C(`${where}: Version ${version.raw} cannot be expanded (${version.unresolved.map((u) => u.construct).join(', ')}), ` +
            `so srcgit cannot check that it is the release ${release.rpmVersion}; ${why} needs a Version it can read`);
    if (version.value === release.rpmVersion || version.value === release.version)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .JobError */ .C(`${where}: Version is ${version.value}, but the release is ${release.rpmVersion} (tag ${release.tag}); ` +
        `${why}, so the proposal would carry the old Version with the new archive. ` +
        `Bump the spec in source-git first (srcgit spec bump ${specPath} --version ${release.version} --write, then commit), ` +
        'or set sync_changelog: false to let srcgit set Version and Release');
}
/**
 * Stops when an upstream release lies between upstream_ref and HEAD: the branch was rebased on
 * it (or merged it) while upstream_ref still names the old one, so upstream's own commits would
 * become Fedora patches. A tag counts when it is the release being proposed, or a newer version
 * than upstream_ref's (by upstream_tag_template and the tag filters) on a commit without the
 * package's spec (an upstream commit, not a downstream one).
 */
async function requireNoUpstreamReleaseInRange(source, pkg, upstream, head, releaseTag) {
    const tags = await (0,_source_git_downstream_js__WEBPACK_IMPORTED_MODULE_7__/* .tagsInRange */ .Ci)(source, upstream, head);
    if (tags.length === 0)
        return;
    const versionOf = (tag) => (0,_dist_git_tag_template_js__WEBPACK_IMPORTED_MODULE_5__/* .matchesTagFilters */ .Dj)(tag, pkg.upstream_tag_include, pkg.upstream_tag_exclude)
        ? (0,_dist_git_tag_template_js__WEBPACK_IMPORTED_MODULE_5__/* .tagToVersion */ .ar)(pkg.upstream_tag_template, tag, pkg.upstream_package_name)
        : undefined;
    const baseTag = await (0,_source_git_downstream_js__WEBPACK_IMPORTED_MODULE_7__/* .nearestTag */ .DW)(source, upstream);
    const baseVersion = baseTag === undefined ? undefined : versionOf(baseTag);
    const found = [];
    for (const { tag, commit } of tags) {
        const version = versionOf(tag);
        if (tag === releaseTag) {
            found.push({ tag, version: version ?? tag });
            continue;
        }
        if (version === undefined || (baseVersion !== undefined && (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_8__/* .rpmvercmp */ .Lb)(version, baseVersion) <= 0))
            continue;
        if (pkg.specfile_path && (await (0,_source_git_downstream_js__WEBPACK_IMPORTED_MODULE_7__/* .commitHasPath */ .VZ)(source, commit, pkg.specfile_path)))
            continue;
        found.push({ tag, version });
    }
    if (found.length === 0)
        return;
    const newest = found.reduce((a, b) => ((0,_spec_index_js__WEBPACK_IMPORTED_MODULE_8__/* .rpmvercmp */ .Lb)(b.version, a.version) > 0 ? b : a));
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .JobError */ .C(`${pkg.config_file_path}: upstream_ref ${pkg.upstream_ref} is older than the upstream release ` +
        `${found.map((f) => f.tag).join(', ')} between it and HEAD, so upstream's own commits would become Fedora patches. ` +
        `Set upstream_ref: ${newest.tag} (the upstream release the downstream commits sit on) and commit it`);
}
/**
 * Source-git's spec against upstream_ref: the patches are made against upstream_ref, so the
 * spec's Version must be that release's, or the archive the spec names holds other sources.
 * A message saying so, or undefined (also when either version cannot be told).
 */
function specVersionMismatch(spec, specPath, pkg) {
    const ref = pkg.upstream_ref;
    const version = spec.version;
    if (!ref || !version || version.unresolved.length > 0)
        return undefined;
    const upstream = (0,_dist_git_tag_template_js__WEBPACK_IMPORTED_MODULE_5__/* .tagToVersion */ .ar)(pkg.upstream_tag_template, ref, pkg.upstream_package_name);
    if (upstream === undefined)
        return undefined;
    let expected;
    try {
        expected = (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_8__/* .toRpmVersion */ .Ft)(upstream, pkg.prerelease_suffix_pattern).version;
    }
    catch {
        return undefined;
    }
    if (version.value === expected || version.value === upstream)
        return undefined;
    return (`${specPath}:${version.line}: Version is ${version.value}, but upstream_ref ${ref} is version ${expected}: ` +
        `the patches are made against ${ref} and the archive would hold other sources than its name says. ` +
        `Bump the spec (srcgit spec bump ${specPath} --version ${upstream} --write, then commit), or set upstream_ref to the release the spec is for`);
}
/**
 * After update-dist-git: the spec's archive (spec_source_id) should be in `sources` or in the
 * tree, else dist-git cannot build. A warning naming the archive and what makes it, or undefined.
 */
function missingArchiveWarning(spec, distGitDir, pkg) {
    const name = (0,_archive_plan_js__WEBPACK_IMPORTED_MODULE_10__/* .archiveFileName */ .Gm)(spec, pkg)?.name;
    if (name === undefined)
        return undefined;
    // A local file committed to dist-git (not an URL) needs no lookaside entry.
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(distGitDir, name)))
        return undefined;
    const sourcesPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(distGitDir, 'sources');
    const sources = (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(sourcesPath);
    const listed = sources !== undefined && (0,_dist_git_sources_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSourcesFile */ .eE)(sources).entries.some((e) => e.filename === name);
    if (listed)
        return undefined;
    const version = spec.version?.value ?? '?';
    // propose-downstream makes only archives git archive can: a .gem or a single file is the packager's to upload.
    if (!(0,_source_git_archive_js__WEBPACK_IMPORTED_MODULE_11__/* .archiveCompression */ .FW)(name))
        return (`dist-git cannot build this: the spec's Version ${version} needs ${name}, which is not in sources; ` +
            `srcgit does not make it (not an archive of the upstream tag): fedpkg new-sources ${name}`);
    return (`dist-git cannot build this: the spec's Version ${version} needs ${name}, which is not in sources; ` +
        `srcgit propose-downstream --version ${version} makes it and uploads it to the lookaside cache ` +
        `(by hand: make the archive, then fedpkg new-sources ${name})`);
}
/**
 * A release event or tag pipeline checks out the tag; in a source-git repository that is an
 * upstream commit, without `.distro/`. Why nothing can run there and where to run instead, or
 * undefined when the checkout is not such a tag (or has a configuration).
 */
async function upstreamTagCheckout(sourceGit, tag, configFile) {
    if (!tag || (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .chooseConfigFile */ .mA)(sourceGit, configFile).path)
        return undefined;
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_6__/* .Git */ .TU(sourceGit);
    const head = await git.tryRevParse('HEAD');
    if (!head || head !== (await git.tryRevParse(`refs/tags/${tag}`)))
        return undefined;
    return (`the checkout is the release tag ${tag}, an upstream commit without the source-git configuration ` +
        '(.distro/source-git.yaml); srcgit proposes from the source-git branch, where upstream_ref names the release. ' +
        `Run it on that branch with the tag as input: on GitHub a workflow_dispatch run with tag: ${tag} ` +
        `(actions/checkout of the branch), on GitLab a pipeline on the branch with SRCGIT_TAG=${tag}`);
}


/***/ }),

/***/ 48446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_16__.C),
/* harmony export */   Cs: () => (/* binding */ pickPackage),
/* harmony export */   GE: () => (/* binding */ updateDistGit),
/* harmony export */   Nw: () => (/* binding */ patchIgnorePaths),
/* harmony export */   he: () => (/* binding */ requireCleanRepo),
/* harmony export */   kK: () => (/* binding */ openSyncPair)
/* harmony export */ });
/* harmony import */ var _dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50126);
/* harmony import */ var _dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(98096);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5537);
/* harmony import */ var _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78616);
/* harmony import */ var _patches_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5276);
/* harmony import */ var _source_git_ci_only_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(38826);
/* harmony import */ var _dist_git_apply_file_sync_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24653);
/* harmony import */ var _dist_git_files_to_sync_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61119);
/* harmony import */ var _source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33389);
/* harmony import */ var _dist_git_messages_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5996);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(18605);
/* harmony import */ var _source_git_brought_back_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(42352);
/* harmony import */ var _source_git_downstream_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(74403);
/* harmony import */ var _source_git_patches_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(98681);
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(83039);
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(63512);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(16488);
/* harmony import */ var _release_checks_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(74614);
/* harmony import */ var _commit_identity_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(72753);
/**
 * `srcgit update-dist-git SOURCE_GIT DIST_GIT`: regenerate the patches from the downstream
 * commits and sync the spec and files_to_sync into a dist-git work tree, committing when a
 * message is given (Packit's `source-git update-dist-git`). Refuses to overwrite commits
 * a maintainer made in dist-git since the last sync, and does nothing when source-git has
 * nothing new.
 */






















/** The one package a command works on (the only one, or the one named) and its key in `packages`. */
function pickPackage(config, name) {
    const names = Object.keys(config.packages);
    if (name) {
        const pkg = config.packages[name];
        if (!pkg)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${config.file} has no package "${name}" (packages: ${names.join(', ')})`);
        return { key: name, pkg };
    }
    if (names.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${config.file} defines ${names.length} packages (${names.join(', ')}); choose one with --package`);
    return { key: names[0], pkg: config.packages[names[0]] };
}
/**
 * A clean checkout. Untracked files matter only where srcgit commits with `git add -A`
 * (dist-git); in source-git, patches come from commits and synced files from the index.
 */
async function requireCleanRepo(git, label, untracked) {
    if (!(await git.isRepository()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${label} ${git.dir} is not a git repository`);
    const dirty = await git.dirtyPaths({ untracked });
    if (dirty.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${label} ${git.dir} has uncommitted changes (${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', ...' : ''}); commit or stash them first`);
}
/** Paths srcgit ignores when making patches: the configured ones and every files_to_sync source. */
function patchIgnorePaths(pkg) {
    const fromSync = pkg.files_to_sync
        .flatMap((item) => item.src)
        .map((src) => src.replace(/\/+$/, '').replace(/^\.\//, ''));
    return [...new Set([...(pkg.patch_generation_ignore_paths ?? []), ...fromSync])].filter((p) => p !== '' && p !== '.');
}
/**
 * What both sync directions start from: the configuration (its warnings as notes), the one
 * package, the two checkouts (clean), the upstream commit the downstream commits sit on and
 * the spec's path in source-git.
 */
async function openSyncPair(options, dirtyDistGit) {
    const config = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(options.sourceGit, { configFile: options.configFile });
    const notes = config.warnings.map((w) => `${w.file}: ${w.message}`);
    const { key: packageKey, pkg } = options.view
        ? { key: options.view.packageKey, pkg: options.view.pkg }
        : pickPackage(config, options.packageName);
    (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_17__/* .requireRootPackage */ .M1)(pkg);
    const source = new _git_git_js__WEBPACK_IMPORTED_MODULE_10__/* .Git */ .TU(options.sourceGit);
    const dist = new _git_git_js__WEBPACK_IMPORTED_MODULE_10__/* .Git */ .TU(options.distGit);
    await requireCleanRepo(source, 'source-git', false);
    await requireCleanRepo(dist, 'dist-git', dirtyDistGit.untracked);
    const ref = options.upstreamRef ?? pkg.upstream_ref ?? undefined;
    if (!ref)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${config.file} has no upstream_ref: set it to the upstream tag the downstream commits sit on`);
    const upstream = await (0,_source_git_downstream_js__WEBPACK_IMPORTED_MODULE_12__/* .resolveUpstreamRef */ .ZZ)(source, ref);
    const specfilePath = pkg.specfile_path;
    if (!specfilePath)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${config.file}: 'specfile_path' is not specified or no specfile was found in the repo; set specfile_path (e.g. .distro/${pkg.downstream_package_name}.spec)`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(options.sourceGit, specfilePath)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`${config.file}: specfile_path ${specfilePath} is not in source-git ${options.sourceGit}; set specfile_path to the spec's path (e.g. .distro/${pkg.downstream_package_name}.spec)`);
    return { config, notes, packageKey, pkg, source, dist, upstream, specfilePath };
}
async function updateDistGit(options) {
    const { config, notes, packageKey, pkg, source, dist, upstream, specfilePath } = await openSyncPair(options, { untracked: true });
    const head = (await source.tryRevParse('HEAD'));
    const syncPoint = await (0,_dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .lastSyncPoint */ .u_)(dist);
    if (syncPoint?.sourceGitCommit === head && !options.force) {
        return {
            status: 'nothing-to-do',
            sourceGitCommit: head,
            patches: [],
            notes: [...notes, `dist-git is already in sync with ${head.slice(0, 12)}`],
            warnings: [],
        };
    }
    const specName = `${pkg.downstream_package_name}.spec`;
    const items = (0,_dist_git_files_to_sync_js__WEBPACK_IMPORTED_MODULE_7__/* .syncItems */ .KD)(pkg, specfilePath);
    const [sourceFiles, destFiles] = await Promise.all([
        source.output(['ls-files', '-z']).then((o) => o.split('\0').filter(Boolean)),
        dist.output(['ls-files', '-z']).then((o) => o.split('\0').filter(Boolean)),
    ]);
    // With sync_changelog off, dist-git keeps its own %changelog: the spec is merged below, not copied.
    const actions = (0,_actions_js__WEBPACK_IMPORTED_MODULE_15__/* .actionRunner */ .Lx)(pkg, options.sourceGit);
    const mergeSpec = !pkg.sync_changelog && !actions.has('prepare-files');
    const plan = (0,_dist_git_files_to_sync_js__WEBPACK_IMPORTED_MODULE_7__/* .planFileSync */ .l3)(items, sourceFiles, destFiles, {
        specPath: specfilePath,
        dropSpec: mergeSpec,
        sourceLinks: (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_8__/* .symlinksAmong */ .vc)(options.sourceGit, sourceFiles),
        destLinks: (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_8__/* .symlinksAmong */ .vc)(options.distGit, destFiles),
    });
    if (plan.problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`files_to_sync in ${config.file}: ${plan.problems.join('; ')}`);
    await (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_17__/* .requireNoUpstreamReleaseInRange */ .p6)(source, pkg, upstream, head);
    const range = await (0,_source_git_downstream_js__WEBPACK_IMPORTED_MODULE_12__/* .downstreamRange */ .Qs)(source, upstream);
    // A create-patches action replaces srcgit's patch generation.
    const generation = actions.has('create-patches')
        ? undefined
        : await (0,_source_git_patches_js__WEBPACK_IMPORTED_MODULE_13__/* .generatePatches */ .K)(source, range, patchIgnorePaths(pkg));
    notes.push(...(generation?.notes ?? []));
    if (range.linearized)
        notes.push('the downstream history has merges; patches were made from its first-parent line');
    const previous = await (0,_patches_step_js__WEBPACK_IMPORTED_MODULE_5__/* .previousGeneratedPatches */ .j)(dist, destFiles);
    const newNames = new Set(generation?.patches.map((p) => p.name) ?? []);
    const stale = generation ? previous.filter((name) => !newNames.has(name)) : [];
    const touched = [
        ...new Set([...plan.copies.map((c) => c.to), ...plan.deletes, ...newNames, ...stale, specName]),
    ];
    // Commits made by hand since the last sync that change files srcgit writes. Those source-git
    // carries (update-source-git brought them back, or found nothing to bring back) are synced.
    let hand = [];
    let handBase = '';
    if (syncPoint) {
        const broughtBack = await (0,_source_git_brought_back_js__WEBPACK_IMPORTED_MODULE_11__/* .broughtBackCommits */ .F)(source, upstream);
        handBase = (await (0,_dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .newestCarried */ .hD)(dist, syncPoint.commit, broughtBack)) ?? syncPoint.commit;
        hand = (await (0,_dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .handCommitsTouching */ .ji)(dist, handBase, touched)).filter((c) => !broughtBack.has(c.sha));
    }
    else {
        notes.push('no earlier sync point in dist-git: this is the first sync');
    }
    const env = (0,_actions_js__WEBPACK_IMPORTED_MODULE_15__/* .syncActionEnv */ .z6)({
        packageKey,
        pkg,
        specfilePath,
        upstreamRepo: options.sourceGit,
        downstreamRepo: options.distGit,
        version: '',
    });
    const identities = await (0,_commit_identity_js__WEBPACK_IMPORTED_MODULE_18__/* .commitIdentities */ .i)(source, options.author);
    const warnings = generation ? (0,_source_git_ci_only_js__WEBPACK_IMPORTED_MODULE_19__/* .ciOnlyPatchWarnings */ .UI)(generation.patches, pkg.config_file_path) : [];
    // Specs are read as rpm reads them on the checked-out branch (%fedora/%rhel/%dist), then parse_time_macros.
    const checkedOut = await dist.run(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true });
    const predefined = (0,_dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_20__/* .branchMacros */ .e)(checkedOut.stdout.trim(), { parseTimeMacros: pkg.parse_time_macros });
    // The work tree was clean when we started; on failure it goes back to that, not half-synced.
    let step;
    try {
        const specPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(options.distGit, specName);
        // Only a merge reads dist-git's spec (for its %changelog); a copy replaces it, a link too.
        const oldSpecText = mergeSpec ? (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(specPath) : undefined;
        if (actions.has('prepare-files'))
            await actions.run('prepare-files', env);
        (0,_dist_git_apply_file_sync_js__WEBPACK_IMPORTED_MODULE_6__/* .applyFileSyncPlan */ .r)(plan, options.sourceGit, options.distGit);
        if (mergeSpec) {
            const sourceSpecText = await (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readRepoFile */ .v6)(source, specfilePath);
            (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTreeFile */ .a)(specPath, oldSpecText === undefined ? sourceSpecText : (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_14__/* .withChangelogOf */ .Wm)(sourceSpecText, oldSpecText));
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(specPath))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`no spec in dist-git after syncing: ${specName} (check specfile_path and files_to_sync)`);
        if (!generation) {
            await actions.run('create-patches', env);
        }
        else {
            const spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_14__/* .SpecFile */ .An.parse((0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(specPath), { fileName: specName, predefined });
            step = await (0,_patches_step_js__WEBPACK_IMPORTED_MODULE_5__/* .writePatches */ .C)({
                source,
                dist,
                dir: options.distGit,
                spec,
                generation,
                previous,
                digits: pkg.patch_generation_patch_id_digits,
            });
            notes.push(...step.warnings);
            (0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTreeFile */ .a)(specPath, spec.toString());
        }
        await actions.run('post-modifications', env);
        const unbuildable = (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_17__/* .missingArchiveWarning */ .X7)(_spec_index_js__WEBPACK_IMPORTED_MODULE_14__/* .SpecFile */ .An.parse((0,_dist_git_tree_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTreeFile */ .x)(specPath), { fileName: specName, predefined }), options.distGit, pkg);
        if (unbuildable)
            warnings.push(unbuildable);
        const mismatch = (0,_release_checks_js__WEBPACK_IMPORTED_MODULE_17__/* .specVersionMismatch */ .wE)(_spec_index_js__WEBPACK_IMPORTED_MODULE_14__/* .SpecFile */ .An.parse(await (0,_source_git_repo_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readRepoFile */ .v6)(source, specfilePath), { fileName: specfilePath }), specfilePath, pkg);
        if (mismatch)
            warnings.push(mismatch);
        if (hand.length > 0 && !options.force) {
            // Refused only when the new content loses a hand change; one source-git has too is kept.
            const missing = await (0,_dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .handChangesMissing */ .RD)(dist, handBase, hand, touched);
            if (missing.length > 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_16__/* .JobError */ .C(`dist-git has ${missing.length} commit(s) made by hand since the last sync (${syncPoint.commit.slice(0, 12)}) whose changes srcgit would overwrite:\n` +
                    missing.map((c) => `  ${c.sha.slice(0, 12)} ${c.subject} (${c.author})`).join('\n') +
                    '\nBring them into source-git first (srcgit update-source-git), or rerun with --force to overwrite them.');
            notes.push(`${hand.length} dist-git commit(s) made by hand since the last sync change files srcgit writes; source-git has their changes too, so none is undone`);
        }
    }
    catch (error) {
        await dist.run(['reset', '-q', '--hard', 'HEAD'], { allowFailure: true });
        await dist.run(['clean', '-q', '-fd'], { allowFailure: true });
        throw error;
    }
    await dist.run(['add', '-A']);
    const staged = await dist.run(['diff', '--cached', '--quiet'], { allowFailure: true });
    if (staged.code === 0) {
        return {
            status: 'nothing-to-do',
            sourceGitCommit: head,
            patches: step?.names ?? [],
            notes: [...notes, 'dist-git already has this content'],
            warnings,
        };
    }
    if (!options.message) {
        return { status: 'changed', sourceGitCommit: head, patches: step?.names ?? [], notes, warnings };
    }
    const message = (0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_9__/* .addTrailer */ .Nb)(options.message, _dist_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .SOURCE_GIT_TRAILER */ .tB, head);
    await dist.run(['commit', '-q', '-F', '-'], { input: message, env: identities.env });
    const commit = (await dist.tryRevParse('HEAD'));
    return { status: 'committed', commit, sourceGitCommit: head, patches: step?.names ?? [], notes, warnings };
}


/***/ }),

/***/ 17985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ archiveCompression),
/* harmony export */   cA: () => (/* binding */ ARCHIVE_ENDINGS),
/* harmony export */   iC: () => (/* binding */ compressionFor),
/* harmony export */   tU: () => (/* binding */ createArchive)
/* harmony export */ });
/* unused harmony export sha512File */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74227);
/* harmony import */ var _downstream_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74403);
/**
 * The upstream archive for a release: `git archive` of the tag with the top directory the
 * spec's %setup expects, compressed as the Source0 file name asks. Reproducible: git
 * stamps entries with the commit time, and gzip output here has no name or time in it.
 */






/** The file name endings srcgit makes an archive for, for messages. */
const ARCHIVE_ENDINGS = '.tar.gz, .tgz, .crate, .tar.xz, .tar.bz2, .tar.zst, .tar or .zip';
/** The compression a Source0 file name asks for, or undefined when it is not an archive git archive makes. */
function archiveCompression(fileName) {
    // A .crate (rust-packaging's %crates_source) is a gzip-compressed tar, as `cargo package` writes it.
    if (/\.(tar\.gz|tgz|crate)$/.test(fileName))
        return 'gzip';
    if (/\.(tar\.xz|txz)$/.test(fileName))
        return 'xz';
    if (/\.(tar\.bz2|tbz2?)$/.test(fileName))
        return 'bzip2';
    if (/\.(tar\.zst|tzst)$/.test(fileName))
        return 'zstd';
    if (/\.tar$/.test(fileName))
        return 'none';
    if (/\.zip$/.test(fileName))
        return 'zip';
    return undefined;
}
/** The compression a Source0 file name asks for; throws when it is not an archive git archive makes. */
function compressionFor(fileName) {
    const compression = archiveCompression(fileName);
    if (compression)
        return compression;
    throw new _downstream_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceGitError */ .YC(`cannot tell how to make "${fileName}": Source0 must end in ${ARCHIVE_ENDINGS}`);
}
const COMPRESSORS = {
    xz: ['xz', '-c', '-T1', '-6'],
    bzip2: ['bzip2', '-c', '-9'],
    zstd: ['zstd', '-c', '-q', '-19'],
};
/**
 * Writes the archive and returns its SHA-512 (hex), streaming: memory does not grow with the
 * tree. On failure no partial file is left behind.
 */
async function createArchive(git, request) {
    try {
        return await writeArchive(git, request);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(request.outputFile, { force: true });
        throw error;
    }
}
async function writeArchive(git, request) {
    const format = request.compression === 'zip' ? 'zip' : 'tar';
    const args = ['archive', `--format=${format}`, `--prefix=${request.prefix}/`, request.ref];
    const child = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .spawnChild */ .A)('git', args, {
        cwd: git.dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { LC_ALL: 'C' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
    });
    if (request.compression === 'gzip') {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(child.stdout, (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGzip)({ level: 9 }), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(request.outputFile));
    }
    else if (COMPRESSORS[request.compression]) {
        const [cmd, ...cmdArgs] = COMPRESSORS[request.compression];
        const compressor = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .spawnChild */ .A)(cmd, cmdArgs, { stdio: ['pipe', 'pipe', 'inherit'] });
        const compressorFailed = new Promise((_, reject) => compressor.on('error', () => reject(new _downstream_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceGitError */ .YC(`${cmd} is needed to make ${request.outputFile} but is not installed`))));
        const compressorExited = new Promise((resolve) => compressor.on('close', (c) => resolve(c ?? 1)));
        await Promise.race([
            Promise.all([
                (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(child.stdout, compressor.stdin),
                (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(compressor.stdout, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(request.outputFile)),
            ]),
            compressorFailed,
        ]);
        // A compressor that fails part way leaves a truncated archive: never hashed and uploaded.
        const status = await Promise.race([compressorExited, compressorFailed]);
        if (status !== 0)
            throw new _downstream_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceGitError */ .YC(`${cmd} ${cmdArgs.join(' ')} failed (exit ${status}) making ${request.outputFile}`);
    }
    else {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(child.stdout, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(request.outputFile));
    }
    const code = await exited;
    if (code !== 0)
        throw new _downstream_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceGitError */ .YC(`git ${args.join(' ')} failed: ${stderr.trim()}`);
    return sha512File(request.outputFile);
}
async function sha512File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), hash);
    return hash.digest('hex');
}


/***/ }),

/***/ 42352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ broughtBackCommits)
/* harmony export */ });
/* unused harmony export BroughtBack */
/* harmony import */ var _from_dist_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79825);

class BroughtBack {
    values;
    constructor(values) {
        this.values = values;
    }
    static of(values) {
        return new BroughtBack(new Set([...values].map((v) => v.toLowerCase())));
    }
    get size() {
        return this.values.size;
    }
    /** Whether a trailer names this commit (full sha, or an abbreviation of at least 7 digits). */
    has(sha) {
        const full = sha.toLowerCase();
        if (this.values.has(full))
            return true;
        for (const value of this.values)
            if (value.length < full.length && full.startsWith(value))
                return true;
        return false;
    }
}
/** The dist-git commits named by From-dist-git-commit trailers in `upstream..head` of source-git. */
async function broughtBackCommits(source, upstream, head = 'HEAD') {
    const out = await source.output([
        'log',
        `--format=%(trailers:key=${_from_dist_git_js__WEBPACK_IMPORTED_MODULE_0__/* .FROM_DIST_GIT_TRAILER */ .TZ},valueonly,separator=%x1f)%x1e`,
        `${upstream}..${head}`,
        '--',
    ]);
    const values = out
        .split('\x1e')
        .flatMap((record) => record.split('\x1f'))
        .map((v) => v.trim())
        .filter((v) => /^[0-9a-f]{7,64}$/i.test(v));
    return BroughtBack.of(values);
}


/***/ }),

/***/ 38826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ patchFiles),
/* harmony export */   UI: () => (/* binding */ ciOnlyPatchWarnings)
/* harmony export */ });
/* unused harmony exports CI_PATHS, isCiPath */
/**
 * A generated patch that changes only CI files (the workflow `srcgit init --ci` writes, or
 * any other GitHub/GitLab CI configuration) would ship the source-git repository's CI setup
 * as a Fedora patch: the run warns, naming the commits and the paths to ignore. Pure.
 */
/** Paths of CI configuration: GitHub's `.github/` and GitLab's `.gitlab-ci.yml` and `.gitlab/`. */
const CI_PATHS = ['.github/', '.gitlab-ci.yml', '.gitlab/'];
function isCiPath(file) {
    return CI_PATHS.some((p) => (p.endsWith('/') ? file.startsWith(p) || file === p.slice(0, -1) : file === p));
}
/** The CI path a file falls under, as patch_generation_ignore_paths should list it. */
function ciIgnorePath(file) {
    return CI_PATHS.find((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)).replace(/\/$/, '');
}
function unquote(p) {
    return p.startsWith('"') && p.endsWith('"') ? p.slice(1, -1) : p;
}
/**
 * The files a `git format-patch` patch (a/ and b/ prefixes) changes: both sides of each
 * `diff --git` line, so a rename out of `.github/` counts as touching a non-CI path.
 */
function patchFiles(content) {
    const files = new Set();
    for (const line of content.split('\n')) {
        const m = /^diff --git ("?a\/.*?"?) ("?b\/.*"?)$/.exec(line);
        if (!m)
            continue;
        for (const side of [m[1], m[2]])
            files.add(unquote(side).slice(2));
    }
    return [...files];
}
/** One warning per patch whose files are all CI files, naming its commits and the fix. */
function ciOnlyPatchWarnings(patches, configFile) {
    const warnings = [];
    for (const patch of patches) {
        if (patch.files.length === 0 || !patch.files.every(isCiPath))
            continue;
        const paths = [...new Set(patch.files.map(ciIgnorePath))];
        const commits = patch.commits.map((c) => `${c.sha.slice(0, 12)} ("${c.subject}")`).join(', ');
        warnings.push(`patch ${patch.name} from commit ${commits} changes only CI files (${patch.files.join(', ')}), ` +
            `which would ship as a Fedora patch: add ${paths.map((p) => `"${p}"`).join(', ')} to ` +
            `patch_generation_ignore_paths in ${configFile}`);
    }
    return warnings;
}


/***/ }),

/***/ 74403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ tagsInRange),
/* harmony export */   DW: () => (/* binding */ nearestTag),
/* harmony export */   Qs: () => (/* binding */ downstreamRange),
/* harmony export */   VZ: () => (/* binding */ commitHasPath),
/* harmony export */   YC: () => (/* binding */ SourceGitError),
/* harmony export */   ZZ: () => (/* binding */ resolveUpstreamRef)
/* harmony export */ });
/* unused harmony export readCommits */
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77720);

class SourceGitError extends Error {
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .registerUserError */ .X)(SourceGitError);
/** Expands a glob `upstream_ref` the way Packit does (`git describe --match`), then resolves it. */
async function resolveUpstreamRef(git, ref, head = 'HEAD') {
    let rev = ref;
    if (/[*?[]/.test(ref)) {
        const all = ref.startsWith('branches/');
        const pattern = all ? ref.slice('branches/'.length) : ref;
        const described = await git.run(['describe', '--abbrev=0', all ? '--all' : '--tags', '--match', pattern, head], {
            allowFailure: true,
        });
        if (described.code !== 0)
            throw new SourceGitError(`upstream_ref "${ref}" matches no ${all ? 'branch' : 'tag'} reachable from ${head}`);
        rev = described.stdout.trim().replace(/^heads\//, '');
    }
    const sha = await git.tryRevParse(rev);
    if (!sha)
        throw new SourceGitError(`upstream_ref "${ref}" does not resolve to a commit in ${git.dir}; fetch the upstream tags ` +
            '(actions/checkout needs fetch-depth: 0) or fix upstream_ref in the configuration');
    return sha;
}
const FIELD = '\x1f';
const RECORD = '\x1e';
/** Reads commits in `from..to`, oldest first. `firstParent` follows only the first parent of merges. */
async function readCommits(git, from, to, firstParent = false) {
    const format = ['%H', '%P', '%an', '%ae', '%aI', '%s', '%B', '%(trailers:only)'].join(FIELD) + RECORD;
    const args = ['log', '--reverse', `--format=${format}`];
    if (firstParent)
        args.push('--first-parent');
    args.push(`${from}..${to}`, '--');
    const out = await git.output(args);
    return out
        .split(RECORD)
        .map((r) => r.replace(/^\n/, ''))
        .filter((r) => r !== '')
        .map((record) => {
        const [sha, parents, authorName, authorEmail, authorDate, subject, message, trailers] = record.split(FIELD);
        return {
            sha,
            parents: parents.split(' ').filter(Boolean),
            authorName,
            authorEmail,
            authorDate,
            subject,
            message: message.replace(/\n+$/, ''),
            trailers: trailers.replace(/\n+$/, ''),
        };
    });
}
/**
 * The downstream range, linear. Merge commits become ordinary commits holding the whole
 * change they brought in (first-parent diff), authored as the merge was.
 */
async function downstreamRange(git, upstream, head = 'HEAD') {
    const headSha = await git.tryRevParse(head);
    if (!headSha)
        throw new SourceGitError(`${head} does not resolve in ${git.dir}`);
    const isAncestor = await git.run(['merge-base', '--is-ancestor', upstream, headSha], { allowFailure: true });
    if (isAncestor.code !== 0)
        throw new SourceGitError(`upstream_ref ${upstream.slice(0, 12)} is not an ancestor of ${head}: the source-git branch must be based on it ` +
            '(rebase the downstream commits onto the new upstream release, then update upstream_ref)');
    const all = await readCommits(git, upstream, headSha);
    const inRange = new Set([upstream, ...all.map((c) => c.sha)]);
    const linear = all.every((c) => c.parents.length === 1 && inRange.has(c.parents[0]));
    if (linear)
        return { upstream, tip: headSha, linearized: false, commits: all };
    const spine = await readCommits(git, upstream, headSha, true);
    let parent = upstream;
    const replayed = [];
    for (const commit of spine) {
        const tree = await git.output(['rev-parse', `${commit.sha}^{tree}`]);
        const committer = await git.output(['log', '-1', '--format=%cn%x1f%ce%x1f%cI', commit.sha]);
        const [cn, ce, cd] = committer.split(FIELD);
        let sha;
        try {
            sha = await git.output(['commit-tree', tree, '-p', parent, '-F', '-'], {
                input: commit.message + '\n',
                env: {
                    GIT_AUTHOR_NAME: commit.authorName,
                    GIT_AUTHOR_EMAIL: commit.authorEmail,
                    GIT_AUTHOR_DATE: commit.authorDate,
                    GIT_COMMITTER_NAME: cn,
                    GIT_COMMITTER_EMAIL: ce,
                    GIT_COMMITTER_DATE: cd,
                },
            });
        }
        catch (error) {
            throw new SourceGitError(`could not linearize the downstream history at ${commit.sha}: ${error.message}`);
        }
        replayed.push({ ...commit, sha, parents: [parent] });
        parent = sha;
    }
    return { upstream, tip: parent, linearized: true, commits: replayed };
}
/** Tags on commits reachable from `head` but not from `upstream` (annotated tags peeled), by name. */
async function tagsInRange(git, upstream, head) {
    const out = await git.output([
        'for-each-ref',
        `--merged=${head}`,
        `--no-merged=${upstream}`,
        '--format=%(refname:strip=2)%00%(*objectname)%00%(objectname)',
        'refs/tags',
    ]);
    return out
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [tag, peeled, object] = line.split('\0');
        return { tag, commit: peeled || object };
    });
}
/** The newest tag at or before `commit` (`git describe --tags --abbrev=0`), if any. */
async function nearestTag(git, commit) {
    const described = await git.run(['describe', '--tags', '--abbrev=0', commit], { allowFailure: true });
    return described.code === 0 ? described.stdout.trim() : undefined;
}
/** Whether `file` exists in the tree of `commit`. */
async function commitHasPath(git, commit, file) {
    return (await git.run(['cat-file', '-e', `${commit}:${file}`], { allowFailure: true })).code === 0;
}


/***/ }),

/***/ 98681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ generatePatches),
/* harmony export */   NG: () => (/* binding */ patchIds),
/* harmony export */   pg: () => (/* binding */ keepUnchanged)
/* harmony export */ });
/* unused harmony exports excludePathspecs, squashByName, plainDiffChange */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74227);
/* harmony import */ var _ci_only_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38826);
/* harmony import */ var _downstream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74403);
/* harmony import */ var _trailers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70063);
/**
 * Patch files from downstream commits, as Packit makes them (§3): `git format-patch` of the
 * linear downstream range minus ignored paths, metadata from trailers (or legacy YAML),
 * Ignore-patch dropped, No-prefix applied, adjacent commits with the same Patch-name
 * squashed, files renamed to Patch-name, and an unchanged patch (same `git patch-id
 * --stable`) kept byte for byte as it already is in dist-git.
 */






/** Pathspecs excluding `paths` from format-patch, as Packit passes them. */
function excludePathspecs(paths) {
    return ['.', ...paths.map((p) => `:(exclude)${p.replace(/\/+$/, '')}`)];
}
async function generatePatches(git, range, ignorePaths) {
    const notes = [];
    const bySha = new Map(range.commits.map((c) => [c.sha, c]));
    const out = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .makeTempDir */ .mk)('srcgit-patches-');
    try {
        const pathspecs = excludePathspecs(ignorePaths);
        const listing = await git.output([
            'format-patch',
            '--output-directory',
            out,
            `${range.upstream}..${range.tip}`,
            '--',
            ...pathspecs,
        ]);
        const files = listing.split('\n').filter(Boolean);
        const raw = files.map((file) => {
            const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_1__.join(git.dir, file));
            const sha = /^From ([0-9a-f]{40}) /.exec(content.subarray(0, 100).toString('latin1'))?.[1];
            const commit = sha ? bySha.get(sha) : undefined;
            if (!commit)
                throw new _downstream_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceGitError */ .YC(`git format-patch wrote ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} for a commit outside the downstream range`);
            return { fileName: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file), content, commit };
        });
        const withTrailers = raw.map((r) => (0,_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .readPatchTrailers */ .dA)(r.commit.trailers, `commit ${r.commit.sha.slice(0, 12)}`));
        const mode = withTrailers.some((m) => m !== undefined) ? 'trailers' : 'legacy';
        const items = [];
        for (const [i, r] of raw.entries()) {
            const where = `commit ${r.commit.sha.slice(0, 12)} ("${r.commit.subject}")`;
            const metadata = (mode === 'trailers' ? withTrailers[i] : (0,_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .readLegacyMetadata */ .lX)(r.commit.message, where)) ??
                (0,_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyMetadata */ .fs)();
            if (metadata.squashCommits)
                notes.push(`${where}: legacy squash_commits is not supported; use Patch-name trailers to squash`);
            if (metadata.ignore) {
                notes.push(`${where}: Ignore-patch is set, no patch file is made`);
                continue;
            }
            let content = r.content;
            if (metadata.noPrefix) {
                content = Buffer.from(await git.output([
                    'format-patch',
                    '--no-prefix',
                    '--stdout',
                    '-1',
                    r.commit.sha,
                    '--',
                    ...pathspecs,
                ]), 'utf8');
                if (!content.toString('utf8').endsWith('\n'))
                    content = Buffer.concat([content, Buffer.from('\n')]);
            }
            items.push({
                name: metadata.name ?? r.fileName,
                content,
                metadata,
                commits: [r.commit],
                comment: specComment(r.commit, metadata, mode),
                files: (0,_ci_only_js__WEBPACK_IMPORTED_MODULE_5__/* .patchFiles */ .MP)(r.content.toString('utf8')),
            });
        }
        return { patches: squashByName(items), mode, notes };
    }
    finally {
        (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .removeTempDir */ .CT)(out);
    }
}
/** The comment Packit writes above a new PatchN tag (§3.5). */
function specComment(commit, metadata, mode) {
    if (metadata.description !== undefined) {
        // An empty Patch-status says: no comment (a patch brought back from a spec that had none).
        const text = metadata.description.replace(/\s+$/, '');
        return text ? text.split('\n') : [];
    }
    // Packit: `commit.summary` (the message's first line) and the author; a wrapped subject is not joined.
    if (mode === 'legacy')
        return [(0,_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .firstLine */ .TM)(commit.message), `Author: ${commit.authorName} <${commit.authorEmail}>`];
    // Packit: the message without its trailers (Patch-status unset); the author's line breaks kept.
    return (0,_trailers_js__WEBPACK_IMPORTED_MODULE_4__/* .messageWithoutTrailers */ .g7)(commit.message).split('\n');
}
/** Adjacent patches with the same name become one file (oldest metadata wins); non-adjacent ones are an error. */
function squashByName(patches) {
    const result = [];
    for (const patch of patches) {
        const last = result[result.length - 1];
        if (last && last.name === patch.name) {
            result[result.length - 1] = {
                ...last,
                content: Buffer.concat([last.content, patch.content]),
                commits: [...last.commits, ...patch.commits],
                files: [...new Set([...last.files, ...patch.files])],
            };
            continue;
        }
        const earlier = result.find((p) => p.name === patch.name);
        if (earlier)
            throw new _downstream_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceGitError */ .YC(`Patch-name "${patch.name}" is used by commits that are not adjacent (${earlier.commits[0].sha.slice(0, 12)} and ` +
                `${patch.commits[0].sha.slice(0, 12)}); non-adjacent patches cannot have the same name: reorder the commits or rename one`);
        result.push(patch);
    }
    return result;
}
/** `git patch-id --stable` of a patch file: one id per commit in it (a squashed file has several). */
async function patchIds(git, content) {
    const out = await git.run(['patch-id', '--stable'], { input: content, allowFailure: true });
    if (out.code !== 0)
        return [];
    return out.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ')[0]);
}
/**
 * Replaces a generated patch by the existing dist-git file when both carry the same changes,
 * so a re-sync does not produce noise diffs (format-patch headers, index lines, git version).
 */
async function keepUnchanged(git, patches, existing) {
    const result = [];
    for (const patch of patches) {
        const old = existing(patch.name);
        if (old && !old.equals(patch.content)) {
            const [a, b] = await Promise.all([patchIds(git, old), patchIds(git, patch.content)]);
            if (a.length > 0 && a.join() === b.join()) {
                result.push({ ...patch, content: old });
                continue;
            }
            // A plain `diff -u` patch (a maintainer's, brought back by update-source-git) has no
            // patch-id: compared hunk by hunk instead, it stays as written when the change is the same.
            if (a.length === 0) {
                const strip = patch.metadata.noPrefix ? 0 : 1;
                const before = plainDiffChange(old, strip);
                if (before !== undefined && before === plainDiffChange(patch.content, strip)) {
                    result.push({ ...patch, content: old });
                    continue;
                }
            }
        }
        result.push(patch);
    }
    return result;
}
/**
 * The change a unified diff makes, comparable between a plain `diff -u` and git's output: per
 * file (path with `strip` leading components removed, as patch -pN does; sorted), its hunk
 * lines without positions. Undefined when it carries what a plain diff cannot (binary data,
 * modes other than 100644) or has no file at all.
 */
function plainDiffChange(content, strip) {
    const text = content.toString('utf8');
    if (/^GIT binary patch$/m.test(text) || /^(new file|deleted file|old|new) mode (?!100644$)/m.test(text))
        return undefined;
    const lines = text.split('\n');
    const files = [];
    const name = (header) => header.slice(4).split('\t')[0].trim();
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
            const from = name(line);
            const to = name(lines[++i]);
            files.push([(to === '/dev/null' ? from : to).split('/').slice(strip).join('/')]);
            continue;
        }
        const hunk = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line);
        if (!hunk || files.length === 0)
            continue;
        // Exactly the lines the header counts: a mail's "-- " signature after the last hunk is not one.
        let old = Number(hunk[1] ?? 1);
        let added = Number(hunk[2] ?? 1);
        const body = files[files.length - 1];
        while ((old > 0 || added > 0 || lines[i + 1]?.startsWith('\\')) && i + 1 < lines.length) {
            const next = lines[++i];
            if (next.startsWith('-'))
                old--;
            else if (next.startsWith('+'))
                added--;
            else if (next.startsWith(' ') || next === '') {
                old--;
                added--;
            }
            else if (!next.startsWith('\\'))
                return undefined;
            body.push(next);
        }
    }
    return files.length > 0
        ? files
            .map((f) => f.join('\n'))
            .sort()
            .join('\n\0')
        : undefined;
}


/***/ })

};
