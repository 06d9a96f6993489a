export const id = 994;
export const ids = [994];
export const modules = {

/***/ 22432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ declarePatches)
/* harmony export */ });
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83039);
/**
 * Declares generated patches in the dist-git spec (Packit §3.5) and drops the declarations
 * of patches srcgit generated before that are gone now. Pure: works on a SpecFile.
 */

/**
 * @param stale names of patch files srcgit generated earlier that are not generated now;
 *   their PatchN lines are removed. Patches a maintainer added by hand are never in this list.
 */
function declarePatches(spec, patches, stale, digits) {
    const result = { declared: [], removed: [], warnings: [] };
    for (const name of stale) {
        const entry = spec.patches.find((p) => _spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecFile */ .An.fileName(p.expanded.value) === name);
        if (entry && spec.removePatch(entry.number))
            result.removed.push(name);
    }
    if (patches.every((p) => p.presentInSpecfile))
        return result;
    const wanted = patches.filter((p) => !p.presentInSpecfile);
    const added = spec.addPatches(wanted.map((p) => ({ location: p.name, number: p.patchId, comment: p.comment })), digits);
    for (const r of added.results)
        if (r.added)
            result.declared.push({ name: r.location, number: r.number });
    result.warnings.push(...added.warnings);
    result.warnings = [...new Set(result.warnings)];
    return result;
}


/***/ }),

/***/ 30555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eE: () => (/* binding */ parseSourcesFile),
/* harmony export */   qq: () => (/* binding */ updateSourcesFile)
/* harmony export */ });
/* unused harmony export renderSourcesFile */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41587);
/**
 * The dist-git `sources` file: one line per file kept in the lookaside cache.
 *
 * Format (rpkg `pyrpkg/sources.py`): BSD-tag lines `SHA512 (<file>) = <hash>` (what fedpkg writes,
 * hash type upper-cased on write, lower-cased on read) and the old md5sum-style lines
 * `<hash>  <file>` (two spaces, implies md5). Blank lines are ignored, identical duplicate entries
 * collapse.
 *
 * Deliberate differences from fedpkg / rpkg:
 * - `fedpkg new-sources a b` rewrites the whole file to exactly `a` and `b` (that is why Packit
 *   always passes every archive). {@link updateSourcesFile} instead replaces only the entries it is
 *   told about (`replaceNames` and the names of the new entries) and keeps every other line, so a
 *   file somebody else put in the lookaside cache (a second tarball, a signing key) survives.
 * - Old-format lines must have a hexadecimal hash and a file name without spaces (rpkg accepts
 *   anything around the two spaces). Such lines could not be written back in BSD format anyway.
 * - Two entries for the same file with different hashes are reported as a problem (rpkg keeps
 *   both, and `fedpkg sources` then fails the checksum of one of them).
 * - rpkg refuses any mix of hash types when appending (`HashtypeMixingError`). Because we keep
 *   foreign entries, an old md5 line may stay next to our new sha512 ones; we refuse only the
 *   downgrade: adding an entry of another hash type (md5) to a file that has sha512 lines.
 */

/** rpkg's LINE_PATTERN, applied to the stripped line. */
const BSD_LINE = /^(?<hashType>[^ ]+?) \((?<filename>[^ )]+?)\) = (?<hash>[^ ]+?)$/;
const OLD_LINE = /^(?<hash>[0-9A-Fa-f]+) {2}(?<filename>\S+)$/;
/** Length of a hex digest per hash type, for validating new entries. */
const DIGEST_LENGTHS = {
    md5: 32,
    sha1: 40,
    sha224: 56,
    sha256: 64,
    sha384: 96,
    sha512: 128,
};
const DEFAULT_HASH_TYPE = 'sha512';
function sameEntry(a, b) {
    return a.hashType === b.hashType && a.filename === b.filename && a.hash === b.hash;
}
function parseWithLines(text) {
    const entries = [];
    const problems = [];
    const lines = text.split('\n');
    lines.forEach((raw, index) => {
        const line = index + 1;
        const stripped = raw.trim();
        if (stripped === '')
            return;
        const match = BSD_LINE.exec(stripped) ?? OLD_LINE.exec(stripped);
        if (!match?.groups) {
            problems.push({ line, message: `line ${line}: not a sources entry: ${JSON.stringify(stripped)}` });
            return;
        }
        const { filename, hash } = match.groups;
        const hashType = (match.groups.hashType ?? 'md5').toLowerCase();
        const entry = { hashType, filename, hash, line };
        const earlier = entries.find((e) => e.filename === filename);
        if (earlier && sameEntry(earlier, entry))
            return;
        if (earlier) {
            problems.push({
                line,
                message: `line ${line}: "${filename}" is listed again with a different hash (first on line ${earlier.line})`,
            });
        }
        entries.push(entry);
    });
    return { entries, problems };
}
function withoutLine({ hashType, filename, hash }) {
    return { hashType, filename, hash };
}
/** Parse a `sources` file. Malformed lines are reported, not thrown. */
function parseSourcesFile(text) {
    const { entries, problems } = parseWithLines(text);
    return { entries: entries.map(withoutLine), problems };
}
function checkRenderable(entry) {
    if (!/^[A-Za-z0-9_-]+$/.test(entry.hashType))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentError */ .y(`sources: invalid hash type ${JSON.stringify(entry.hashType)}`);
    if (!/^[^\s()/]+$/.test(entry.filename))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentError */ .y(`sources: the file name ${JSON.stringify(entry.filename)} cannot be written (no spaces, parentheses or "/")`);
    if (!/^\S+$/.test(entry.hash))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentError */ .y(`sources: invalid hash ${JSON.stringify(entry.hash)} for ${entry.filename}`);
}
/** Render entries in fedpkg's BSD format, one per line with a trailing newline; no entries → ''. */
function renderSourcesFile(entries) {
    return entries
        .map((entry) => {
        checkRenderable(entry);
        return `${entry.hashType.toUpperCase()} (${entry.filename}) = ${entry.hash}\n`;
    })
        .join('');
}
function normalizeNewEntry(entry) {
    const hashType = (entry.hashType ?? DEFAULT_HASH_TYPE).toLowerCase();
    const normalized = { hashType, filename: entry.filename, hash: entry.hash.toLowerCase() };
    checkRenderable(normalized);
    const length = DIGEST_LENGTHS[hashType];
    if (!/^[0-9a-f]+$/.test(normalized.hash) || (length !== undefined && normalized.hash.length !== length)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentError */ .y(`sources: ${JSON.stringify(entry.hash)} is not a ${hashType} digest (for ${entry.filename}: ` +
            `expected ${length ?? 'some'} hexadecimal digits)`);
    }
    return normalized;
}
/**
 * Put new lookaside entries into a `sources` file, like `fedpkg new-sources` but keeping entries
 * that are not ours. An old entry is dropped when its name is in `replaceNames` or equals the name
 * of a new entry. A new entry with the name of an old one takes its place; the other new entries
 * go where the first dropped entry was (so a version bump shows as a one-line change), or at the
 * end. Throws when the file has malformed lines, when the new entries contradict each other, or
 * when an md5 (non-sha512) entry would be added to a file that has sha512 lines.
 */
function updateSourcesFile(text, newEntries, options = {}) {
    const parsed = parseWithLines(text);
    if (parsed.problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentError */ .y(`the sources file cannot be updated: ${parsed.problems.map((p) => p.message).join('; ')}`);
    }
    const old = parsed.entries;
    const fresh = [];
    for (const entry of newEntries.map(normalizeNewEntry)) {
        const same = fresh.find((e) => e.filename === entry.filename);
        if (same && sameEntry(same, entry))
            continue;
        if (same)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentError */ .y(`sources: two different hashes given for ${entry.filename}`);
        fresh.push(entry);
    }
    const replace = new Set(options.replaceNames ?? []);
    const freshByName = new Map(fresh.map((e) => [e.filename, e]));
    const placed = new Set();
    const result = [];
    const kept = [];
    const removed = [];
    let insertAt;
    for (const entry of old) {
        const replacement = freshByName.get(entry.filename);
        if (replacement) {
            if (sameEntry(replacement, entry))
                kept.push(withoutLine(entry));
            else
                removed.push(withoutLine(entry));
            if (!placed.has(replacement.filename))
                result.push(replacement);
            placed.add(replacement.filename);
        }
        else if (replace.has(entry.filename)) {
            removed.push(withoutLine(entry));
            insertAt ??= result.length;
        }
        else {
            kept.push(withoutLine(entry));
            result.push(entry);
        }
    }
    const rest = fresh.filter((e) => !placed.has(e.filename));
    result.splice(insertAt ?? result.length, 0, ...rest);
    checkHashMixing(result, fresh);
    const added = fresh.filter((e) => !old.some((o) => sameEntry(o, e)));
    const unchanged = result.length === old.length && result.every((entry, i) => sameEntry(entry, old[i]));
    const finalEntries = result.map((e) => ('line' in e ? withoutLine(e) : e));
    return { text: unchanged ? text : renderSourcesFile(finalEntries), added, removed, kept };
}
/** Refuse adding a non-sha512 entry next to an entry of another hash type. */
function checkHashMixing(result, fresh) {
    for (const entry of fresh) {
        if (entry.hashType === DEFAULT_HASH_TYPE)
            continue;
        const other = result.find((e) => e.hashType !== entry.hashType);
        if (!other)
            continue;
        const where = 'line' in other
            ? `line ${other.line} of the sources file (${other.filename}) is ${other.hashType}`
            : `the new entry ${other.filename} is ${other.hashType}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentError */ .y(`sources: refusing to add the ${entry.hashType} entry ${entry.filename}: ${where}; ` +
            `one file must not mix hash types (use sha512)`);
    }
}


/***/ }),

/***/ 72753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ commitIdentities)
/* harmony export */ });
/* harmony import */ var _dist_git_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64298);
/** The author and committer of srcgit's dist-git commits, read once per run. */

async function gitConfig(git, key) {
    const r = await git.run(['config', '--get', key], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
}
/** `explicit` is `--author`; otherwise git's identity (GIT_AUTHOR_* or user.*), the CI actor, srcgit. */
async function commitIdentities(git, explicit) {
    const sources = {
        explicit,
        gitName: process.env.GIT_AUTHOR_NAME || (await gitConfig(git, 'user.name')),
        gitEmail: process.env.GIT_AUTHOR_EMAIL || (await gitConfig(git, 'user.email')),
        env: process.env,
    };
    const author = (0,_dist_git_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .commitAuthor */ .lh)(sources);
    const by = (0,_dist_git_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .committer */ .dF)({
        ...sources,
        gitName: process.env.GIT_COMMITTER_NAME || sources.gitName,
        gitEmail: process.env.GIT_COMMITTER_EMAIL || sources.gitEmail,
    });
    return { author, committer: by, env: (0,_dist_git_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityEnv */ .Wx)(author, by) };
}


/***/ }),

/***/ 79825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ withoutPatchTrailers),
/* harmony export */   B3: () => (/* binding */ appendTrailerLines),
/* harmony export */   CM: () => (/* binding */ stripPatchDeclarations),
/* harmony export */   TZ: () => (/* binding */ FROM_DIST_GIT_TRAILER),
/* harmony export */   dN: () => (/* binding */ patchTrailerLines),
/* harmony export */   s3: () => (/* binding */ isMailPatch),
/* harmony export */   vS: () => (/* binding */ patchDeclaration)
/* harmony export */ });
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83039);
/* harmony import */ var _dist_git_messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5996);
/* harmony import */ var _trailers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70063);
/**
 * Pure helpers for bringing dist-git commits back into source-git (Packit's
 * `source-git update-source-git`, §5.3): the trailers that mark a source-git commit as coming
 * from dist-git, what the dist-git spec says about a patch (number, comment, -p level), and
 * the spec with srcgit's own PatchN lines left out, so that only a maintainer's real change
 * is replayed onto `.distro/`.
 */



/** On source-git commits made from a dist-git commit (and on the source-git init commit). */
const FROM_DIST_GIT_TRAILER = 'From-dist-git-commit';
/** Lines with their line endings, so joining them gives the text back. */
function physicalLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/**
 * The spec without the declarations (PatchN tag or %patchlist entry, and the comment block right
 * above it) of the patches named in `names`: the ones srcgit writes itself from source-git
 * commits. Everything else stays byte for byte.
 */
function stripPatchDeclarations(specText, names) {
    if (names.size === 0)
        return specText;
    const spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecFile */ .An.parse(specText);
    const lines = physicalLines(specText);
    const drop = new Set();
    for (const patch of spec.patches) {
        if (patch.origin === 'include' || !names.has(_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecFile */ .An.fileName(patch.expanded.value)))
            continue;
        const first = patch.line - 1;
        const tag = spec.model.tags.find((t) => t.line === first && t.base === 'patch');
        const end = tag ? tag.endLine : first + 1;
        for (let i = first; i < end; i++)
            drop.add(i);
        for (let i = first - 1; i >= 0 && !drop.has(i) && (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isPatchComment */ .oG)(lines[i]); i--)
            drop.add(i);
    }
    if (drop.size === 0)
        return specText;
    return lines.filter((_, i) => !drop.has(i)).join('');
}
/** How the spec declares and applies the patch file `fileName`; undefined when it does not. */
function patchDeclaration(specText, fileName) {
    const spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecFile */ .An.parse(specText);
    const entry = spec.patches.find((p) => _spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecFile */ .An.fileName(p.expanded.value) === fileName);
    if (!entry)
        return undefined;
    const lines = specText.split('\n');
    const comment = [];
    for (let i = entry.line - 2; i >= 0 && (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isPatchComment */ .oG)(lines[i]); i--)
        comment.unshift(lines[i].trim());
    const prep = (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzePrep */ .Yp)(spec.model);
    const application = prep.applications.find((a) => (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isPatchApplied */ .yB)({ ...prep, applications: [a] }, entry.number));
    const level = application ? /(?:^|\s)-p\s*(\d+)/.exec(application.text)?.[1] : undefined;
    return {
        number: entry.number,
        comment,
        strip: level === undefined ? 1 : Number(level),
        applied: application !== undefined,
    };
}
/** A `git format-patch` mail (or any mail with a patch) rather than a bare diff: `git am` material. */
function isMailPatch(content) {
    const head = content.subarray(0, 8192).toString('latin1');
    if (/^From [0-9a-f]{40} /.test(head))
        return true;
    const end = head.search(/\r?\n\r?\n/);
    const headers = end < 0 ? head : head.slice(0, end);
    return /^From: /m.test(headers) && /^Subject: /m.test(headers);
}
/**
 * The trailers of a source-git commit made from a patch file: Patch-name, Patch-id, the spec
 * comment as Patch-status (a YAML literal block, so update-dist-git writes the same comment
 * back; `""` when there is none) and No-prefix for patches applied with -p0.
 */
function patchTrailerLines(options) {
    const lines = [`Patch-name: ${yamlScalar(options.name)}`];
    if (options.number !== undefined)
        lines.push(`Patch-id: ${options.number}`);
    if (options.comment && options.comment.length > 0)
        lines.push('Patch-status: |', ...options.comment.map((line) => `    ${line}`));
    // No comment in the spec stays none: without the trailer update-dist-git would write the subject.
    else if (options.comment)
        lines.push('Patch-status: ""');
    if (options.noPrefix)
        lines.push('No-prefix: true');
    return lines;
}
/** A file name as a YAML plain scalar when it reads back unchanged, else double-quoted. */
function yamlScalar(text) {
    const plain = /^[A-Za-z0-9_.+~@=-][A-Za-z0-9_.+~@=/, -]*$/.test(text) && !/[ ,]$/.test(text);
    const special = /^(true|false|yes|no|on|off|null|~|[-+]?\d[\d_.eE+-]*)$/i.test(text);
    return plain && !special ? text : JSON.stringify(text);
}
const PATCH_TOKEN = new RegExp(`^(${_trailers_js__WEBPACK_IMPORTED_MODULE_2__/* .PATCH_TRAILER_TOKENS */ .Sq.join('|')})\\s*:`, 'i');
/**
 * The message without Packit's patch trailers (and their continuation lines) in its trailer
 * block: a patch mail made by another source-git carries them, and they must not decide the
 * name or numbering of ours.
 */
function withoutPatchTrailers(message) {
    const text = message.replace(/\s+$/, '');
    if (Object.keys((0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTrailers */ .aw)(text)).length === 0)
        return text;
    const lines = text.split('\n');
    const start = lines.map((l) => l.trim()).lastIndexOf('') + 1;
    const kept = [];
    let dropping = false;
    for (const line of lines.slice(start)) {
        if (/^\s/.test(line) && line.trim() !== '') {
            if (!dropping)
                kept.push(line);
            continue;
        }
        dropping = PATCH_TOKEN.test(line);
        if (!dropping)
            kept.push(line);
    }
    return [...lines.slice(0, start), ...kept].join('\n').replace(/\s+$/, '');
}
/**
 * `lines` added to the message's trailer block (a new last paragraph when it has none), as
 * `git interpret-trailers` places them. Returns the message with one trailing newline.
 */
function appendTrailerLines(message, lines) {
    const text = message.replace(/\s+$/, '');
    if (text === '')
        return lines.join('\n') + '\n';
    const hasBlock = text.includes('\n') && Object.keys((0,_dist_git_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTrailers */ .aw)(text)).length > 0;
    return `${text}${hasBlock ? '\n' : '\n\n'}${lines.join('\n')}\n`;
}


/***/ }),

/***/ 70063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ PATCH_TRAILER_TOKENS),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   dA: () => (/* binding */ readPatchTrailers),
/* harmony export */   fs: () => (/* binding */ emptyMetadata),
/* harmony export */   g7: () => (/* binding */ messageWithoutTrailers),
/* harmony export */   lX: () => (/* binding */ readLegacyMetadata),
/* harmony export */   wc: () => (/* binding */ MetadataError)
/* harmony export */ });
/* unused harmony export trailerBlockStart */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77720);
/**
 * Patch metadata a source-git commit carries: git trailers (Patch-name, Patch-id,
 * Patch-status, Patch-present-in-specfile, Ignore-patch, No-prefix), or the legacy YAML
 * mapping at the end of the message. Values are YAML scalars, as Packit reads them.
 */


const PATCH_TRAILER_TOKENS = [
    'Patch-name',
    'Patch-id',
    'Patch-status',
    'Patch-present-in-specfile',
    'Ignore-patch',
    'No-prefix',
];
class MetadataError extends Error {
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .registerUserError */ .X)(MetadataError);
const EMPTY = { presentInSpecfile: false, ignore: false, noPrefix: false };
/**
 * Reads our six tokens out of a trailer block as printed by `%(trailers:only)`: each
 * `Token: value` line plus its indented continuation lines, parsed as YAML like Packit.
 * Returns undefined when none of the six is there.
 */
function readPatchTrailers(trailerBlock, where) {
    const kept = [];
    let keeping = false;
    for (const line of trailerBlock.split('\n')) {
        if (/^\s/.test(line) && line.trim() !== '') {
            if (keeping)
                kept.push(line);
            continue;
        }
        const token = /^([A-Za-z0-9-]+)\s*:/.exec(line)?.[1];
        keeping = token !== undefined && PATCH_TRAILER_TOKENS.some((t) => t.toLowerCase() === token.toLowerCase());
        if (keeping)
            kept.push(line.replace(/^[A-Za-z0-9-]+/, (t) => canonicalToken(t)));
    }
    if (kept.length === 0)
        return undefined;
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(kept.join('\n'));
    }
    catch (error) {
        throw new MetadataError(`${where}: the patch trailers are not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const map = (data ?? {});
    return {
        name: patchName(map['Patch-name'], 'Patch-name', where),
        patchId: optionalInt(map['Patch-id'], 'Patch-id', where),
        description: optionalString(map['Patch-status'], 'Patch-status', where)?.replace(/\n$/, ''),
        presentInSpecfile: bool(map['Patch-present-in-specfile'], 'Patch-present-in-specfile', where),
        ignore: bool(map['Ignore-patch'], 'Ignore-patch', where),
        noPrefix: bool(map['No-prefix'], 'No-prefix', where),
    };
}
function canonicalToken(token) {
    return PATCH_TRAILER_TOKENS.find((t) => t.toLowerCase() === token.toLowerCase()) ?? token;
}
const LEGACY_KEYS = [
    'patch_name',
    'description',
    'present_in_specfile',
    'ignore',
    'squash_commits',
    'patch_id',
    'no_prefix',
];
/**
 * Legacy metadata: the first tail of the commit message (dropping leading lines one by
 * one) that is a YAML mapping with at least one of Packit's legacy keys.
 */
function readLegacyMetadata(message, where) {
    const lines = message.replace(/\n+$/, '').split('\n');
    for (let i = 1; i < lines.length; i++) {
        const tail = lines.slice(i).join('\n');
        let data;
        try {
            data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(tail);
        }
        catch {
            continue;
        }
        if (!data || typeof data !== 'object' || Array.isArray(data))
            continue;
        const map = data;
        if (!LEGACY_KEYS.some((k) => k in map))
            continue;
        return {
            name: patchName(map.patch_name, 'patch_name', where),
            patchId: optionalInt(map.patch_id, 'patch_id', where),
            description: optionalString(map.description, 'description', where),
            presentInSpecfile: bool(map.present_in_specfile, 'present_in_specfile', where),
            ignore: bool(map.ignore, 'ignore', where),
            noPrefix: bool(map.no_prefix, 'no_prefix', where),
            squashCommits: bool(map.squash_commits, 'squash_commits', where),
        };
    }
    return undefined;
}
function emptyMetadata() {
    return { ...EMPTY };
}
/** Lines git itself writes into trailer blocks (trailer.c `git_generated_prefixes`). */
const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];
/**
 * Where the trailer block of a commit message starts (`message.length` when it has none), found
 * as git finds it (trailer.c `find_trailer_block_start`): the last paragraph after the subject,
 * when all its lines are `Token: value` trailers (or their indented continuations), or when it
 * has a line git writes itself and at least a quarter of its lines are trailers. A
 * `(cherry picked from commit ...)` line counts as a trailer line there, not as a trailer.
 */
function trailerBlockStart(message) {
    const lines = message.split('\n');
    let offset = 0;
    const starts = lines.map((line) => {
        const start = offset;
        offset += line.length + 1;
        return start;
    });
    // The first paragraph is the subject and never a trailer block.
    let title = 0;
    while (title < lines.length && lines[title].trim() !== '')
        title++;
    let trailers = 0;
    let others = 0;
    let continuations = 0;
    let recognized = false;
    let onlySpaces = true;
    for (let i = lines.length - 1; i >= title; i--) {
        const line = lines[i];
        if (line.trim() === '') {
            if (onlySpaces)
                continue;
            others += continuations;
            const block = (recognized && trailers * 3 >= others) || (trailers > 0 && others === 0);
            return block ? starts[i + 1] : message.length;
        }
        onlySpaces = false;
        if (GIT_GENERATED_PREFIXES.some((prefix) => line.startsWith(prefix))) {
            trailers++;
            continuations = 0;
            recognized = true;
        }
        else if (/^[A-Za-z0-9-]+[ \t]*:/.test(line)) {
            trailers++;
            continuations = 0;
        }
        else if (/^\s/.test(line)) {
            continuations++;
        }
        else {
            others += 1 + continuations;
            continuations = 0;
        }
    }
    return message.length;
}
/**
 * The message without trailers: subject, blank line, body (Packit's default description).
 * After the trailer block git sees, a block before it goes too when it was a
 * `(cherry picked from commit ...)` paragraph: `cherry-pick -x` after a blank line leaves the
 * real trailers (Co-authored-by, ...) one paragraph up, and trailers never belong in a spec
 * comment.
 */
function messageWithoutTrailers(message) {
    let text = message.replace(/\s+$/, '');
    for (;;) {
        const start = trailerBlockStart(text);
        if (start >= text.length)
            return text;
        const block = text.slice(start);
        text = text.slice(0, start).replace(/\s+$/, '');
        if (!block.split('\n').some((line) => line.startsWith('(cherry picked from commit ')))
            return text;
    }
}
/** A commit message's first line: Packit's `commit.summary` (GitPython), not git's `%s`, which joins a wrapped subject. */
function firstLine(message) {
    return message.split('\n', 1)[0];
}
/** A patch's file name: written to dist-git's top directory, so never a path (`/`, `.`, `..`, `.git`). */
function patchName(value, key, where) {
    const name = optionalString(value, key, where);
    // Empty is no name at all, as Packit's `metadata.get("Patch-name") or patch_path.name` reads it.
    if (name === undefined || name === '')
        return undefined;
    if (name === '.' || name === '..' || name.toLowerCase() === '.git' || /[/\0\n\r]/.test(name))
        throw new MetadataError(`${where}: ${key} ${JSON.stringify(name)} is not a file name; the patch is written to dist-git's top directory, so give a name without "/" (e.g. fix-build.patch)`);
    return name;
}
function optionalString(value, key, where) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw new MetadataError(`${where}: ${key} must be a string`);
}
function optionalInt(value, key, where) {
    if (value === undefined || value === null)
        return undefined;
    const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0)
        return n;
    throw new MetadataError(`${where}: ${key} must be a whole number >= 0, got ${JSON.stringify(value)}`);
}
function bool(value, key, where) {
    if (value === undefined || value === null)
        return false;
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'string' && /^(true|yes|on)$/i.test(value))
        return true;
    if (typeof value === 'string' && /^(false|no|off)$/i.test(value))
        return false;
    throw new MetadataError(`${where}: ${key} must be true or false, got ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 83039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sc: () => (/* reexport */ version/* DEFAULT_PRERELEASE_SUFFIX_PATTERN */.sc),
  G8: () => (/* reexport */ spec_file/* SpecError */.G8),
  An: () => (/* reexport */ spec_file/* SpecFile */.An),
  Yp: () => (/* reexport */ prep/* analyzePrep */.Yp),
  ni: () => (/* reexport */ spec_lines/* decodeSpecText */.ni),
  yB: () => (/* reexport */ prep/* isPatchApplied */.yB),
  oG: () => (/* reexport */ spec_file/* isPatchComment */.oG),
  kN: () => (/* reexport */ rpmspec/* rpmspecAvailable */.kN),
  zQ: () => (/* reexport */ rpmspec/* rpmspecQuery */.zQ),
  Lb: () => (/* reexport */ rpmvercmp/* rpmvercmp */.L),
  Ft: () => (/* reexport */ version/* toRpmVersion */.Ft),
  Wm: () => (/* reexport */ withChangelogOf)
});

// UNUSED EXPORTS: checkRpmVersion, detectChangelogStyle, formatChangelogDate, rpmVersionProblem, rpmspecParse, sanitizeChangelogText, unappliedPatchWarnings

// EXTERNAL MODULE: ./build/bundle-src/spec/spec-file.js + 4 modules
var spec_file = __webpack_require__(22376);
// EXTERNAL MODULE: ./build/bundle-src/spec/prep.js
var prep = __webpack_require__(3809);
// EXTERNAL MODULE: ./build/bundle-src/spec/rpmvercmp.js
var rpmvercmp = __webpack_require__(77150);
// EXTERNAL MODULE: ./build/bundle-src/spec/version.js
var version = __webpack_require__(80752);
// EXTERNAL MODULE: ./build/bundle-src/spec/lines.js
var spec_lines = __webpack_require__(3807);
// EXTERNAL MODULE: ./build/bundle-src/spec/rpmspec.js
var rpmspec = __webpack_require__(83878);
// EXTERNAL MODULE: ./build/bundle-src/spec/parse.js + 2 modules
var parse = __webpack_require__(99354);
;// CONCATENATED MODULE: ./build/bundle-src/spec/merge.js
/**
 * The release flow's spec merge (Packit's set_specfile_content with sync_changelog: false):
 * everything comes from the source-git spec except %changelog, which stays as dist-git has
 * it, so entries added in dist-git (mass rebuilds, hand fixes) are never lost.
 */


function changelogRange(text) {
    const parsed = (0,parse/* parseSpec */.F)(text);
    const section = parsed.sections.find((s) => s.name === 'changelog');
    return section
        ? { lines: parsed.lines, header: section.headerLine, start: section.start, end: section.end }
        : { lines: parsed.lines, header: -1, start: -1, end: -1 };
}
function withChangelogOf(sourceSpec, distGitSpec) {
    const source = changelogRange(sourceSpec);
    const dist = changelogRange(distGitSpec);
    const kept = dist.header >= 0 ? dist.lines.slice(dist.start, dist.end) : [];
    if (source.header < 0) {
        const lines = (0,spec_lines/* splitLines */.uz)(sourceSpec);
        const eol = lines.find((l) => l.eol)?.eol ?? '\n';
        const head = (0,spec_lines/* joinLines */.cT)(lines);
        const sep = head === '' || head.endsWith('\n') ? '' : eol;
        return head + sep + `%changelog${eol}` + (0,spec_lines/* joinLines */.cT)(kept);
    }
    const before = source.lines.slice(0, source.start);
    const after = source.lines.slice(source.end);
    // The header line needs a line ending when content follows it.
    if (kept.length > 0 && before.length > 0 && before[before.length - 1].eol === '') {
        before[before.length - 1] = { ...before[before.length - 1], eol: '\n' };
    }
    return (0,spec_lines/* joinLines */.cT)([...before, ...kept, ...after]);
}

;// CONCATENATED MODULE: ./build/bundle-src/spec/index.js










/***/ }),

/***/ 83878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ rpmspecSourceName),
/* harmony export */   kN: () => (/* binding */ rpmspecAvailable),
/* harmony export */   zQ: () => (/* binding */ rpmspecQuery)
/* harmony export */ });
/* unused harmony export rpmspecParse */
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74227);
/* harmony import */ var _spec_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22376);
/**
 * Optional cross-check with rpm's own parser. srcgit never needs rpm installed (GitHub's
 * runners are Ubuntu); where `rpmspec` exists, callers can compare our values with rpm's.
 */


/** rpmspec as a tracked child (ended with srcgit on a signal), killed after a minute. */
function run(args) {
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .spawnChild */ .A)('rpmspec', args, { stdio: ['ignore', 'pipe', 'pipe'] });
        }
        catch (error) {
            return resolve({ code: 127, stdout: '', stderr: error.message });
        }
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        const done = (code) => {
            clearTimeout(timer);
            resolve({
                code,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            });
        };
        child.on('error', () => done(127));
        child.on('close', (code) => done(code ?? 1));
    });
}
/** True when `rpmspec` can be run here. */
async function rpmspecAvailable() {
    return (await run(['--version'])).code === 0;
}
function defineArgs(defines) {
    return Object.entries(defines).flatMap(([name, value]) => ['--define', `${name} ${value}`]);
}
/** `rpmspec -P`: parses the spec with rpm and reports its errors. */
async function rpmspecParse(specPath, defines = {}, extraArgs = []) {
    const { code, stdout, stderr } = await run(['-P', ...defineArgs(defines), ...extraArgs, specPath]);
    const lines = stderr.split('\n').filter((l) => l.trim() !== '');
    const errors = lines.filter((l) => l.startsWith('error:'));
    const complaints = lines.filter((l) => !l.startsWith('error:') && !l.startsWith('warning:'));
    return { ok: code === 0, parsed: code === 0 ? stdout : '', errors, complaints };
}
/** rpm's values for the main package (`rpmspec -q --srpm --qf`). */
async function rpmspecQuery(specPath, format, defines = {}, extraArgs = []) {
    const { code, stdout } = await run([
        '-q',
        '--srpm',
        '--qf',
        format,
        ...defineArgs(defines),
        ...extraArgs,
        specPath,
    ]);
    return code === 0 ? stdout : undefined;
}
/**
 * rpm as an oracle for one Source's file name (`rpmspec -P`, the parsed spec read back): for
 * what srcgit's own expander cannot do (Lua, shell, macros of packages installed here). Never
 * an editor: the spec is only read. Without rpm installed it says so (`notInstalled`).
 */
async function rpmspecSourceName(specPath, number, defines = {}) {
    if (!(await rpmspecAvailable()))
        return { error: 'rpmspec is not installed', notInstalled: true };
    const parsed = await rpmspecParse(specPath, defines);
    if (!parsed.ok)
        return { error: `rpmspec -P failed: ${parsed.errors[0] ?? 'no error message'}` };
    // A shell expansion that failed leaves an empty piece and exit 0 (Debian's /bin/sh is dash, which
    // has no `${c:0:7}`): a name rpm built that way is not the one Fedora's builders see.
    if (parsed.complaints.length > 0)
        return {
            error: `rpmspec printed "${parsed.complaints[0]}" while reading the spec, so its name is not trusted`,
        };
    // Read back with srcgit's parser, which rpm already expanded: a `%` left means rpm did not know a macro.
    const entry = _spec_file_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecFile */ .An.parse(parsed.parsed).sources.find((s) => s.number === number && s.active);
    if (!entry)
        return { error: `rpmspec -P shows no Source${number}` };
    if (entry.raw.includes('%'))
        return {
            error: `rpmspec leaves ${entry.raw.trim()} unexpanded (the package defining it is not installed here)`,
        };
    return { name: _spec_file_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecFile */ .An.fileName(entry.raw.trim()) };
}


/***/ })

};
