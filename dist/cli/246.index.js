export const id = 246;
export const ids = [246];
export const modules = {

/***/ 6246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   specCommand: () => (/* binding */ specCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37291);
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83039);
/* harmony import */ var _dist_git_changelog_entry_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(24589);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18605);
/* harmony import */ var _jobs_commit_identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72753);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74317);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64259);
/* harmony import */ var _dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(98096);
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77720);
/**
 * `srcgit spec show SPEC` and `srcgit spec bump SPEC --version V`: the spec editor on its
 * own, to see what srcgit reads from a spec and what a release bump would change.
 */











const SHOW_USAGE = `Usage: srcgit spec show SPEC [--define 'NAME VALUE']... [--rpmspec]

Prints what srcgit reads from SPEC: Name, Epoch, Version, Release, sources, patches and
how %prep applies them, with macros expanded. Values that depend on something srcgit
cannot expand (shell %(...), Lua, macros from outside the spec) are marked.

  --define 'NAME VALUE'  define a macro before reading (e.g. --define 'fedora 42')
  --rpmspec              also ask rpmspec (when installed) and compare its values
`;
const BUMP_USAGE = `Usage: srcgit spec bump SPEC --version VERSION [options]

Shows (or writes with --write) the release bump srcgit would make: Version set (through
the %global macros it is built from), Release reset to 1 (unless %autorelease), patches
declared, and a %changelog entry (unless %autochangelog).

  --version VERSION      new upstream version (pre-release suffixes become ~, e.g. 1.2-rc1 -> 1.2~rc1)
  --patch FILE           declare a patch (repeatable), numbered and placed as Packit does
  --changelog TEXT       changelog entry text (default: "- Update to version VERSION")
  --author 'NAME <EMAIL>'  changelog author (default, as propose-downstream: $RPM_PACKAGER, else the
                         git identity, else the CI actor, else srcgit)
  --date YYYY-MM-DD      changelog date (default: today, UTC)
  --digits N             zero-padding of new Patch tags when the spec has none (default 4)
  --define 'NAME VALUE'  define a macro before reading (after --branch's, so it wins)
  --branch BRANCH        read SPEC as it builds on a dist-git branch: %fedora and %dist for
                         rawhide and fN, %rhel, %epel and %dist for epelN (rawhide is Fedora ${_dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_8__/* .RAWHIDE_FEDORA */ .z}
                         unless --define 'fedora N' says otherwise)
  --write                write the result to SPEC instead of printing a diff
`;
function defines(values) {
    const result = {};
    for (const d of values ?? []) {
        const m = /^\s*(\S+)\s+(.*)$/.exec(d);
        if (!m)
            throw new UsageError(`--define expects 'NAME VALUE', got "${d}"`);
        result[m[1]] = m[2];
    }
    return result;
}
class UsageError extends Error {
}
function readSpec(specArg, io, options) {
    if (!specArg)
        throw new UsageError('missing SPEC: give the path of a .spec file');
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, specArg);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _spec_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SpecError */ .G8(`no such file`, undefined, specArg);
    // What bump writes must keep every byte it does not edit: no lossy decoding there.
    const text = options.strict ? (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeSpecText */ .ni)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file), specArg) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file);
    const spec = _spec_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SpecFile */ .An.parse(text, {
        fileName: specArg,
        predefined: options.predefined,
        readInclude: (p) => {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir, p);
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(candidate, 'utf8') : undefined;
        },
    });
    return { spec, file, text };
}
function describe(label, v) {
    if (!v)
        return `${label}: (not set)`;
    const shown = v.raw === v.value ? v.value : `${v.value}   (written as ${v.raw})`;
    const unresolved = v.unresolved.length > 0
        ? `\n    ! cannot expand: ${v.unresolved.map((u) => `${u.construct}: ${u.reason}`).join('; ')}`
        : '';
    return `${label}: ${shown}${unresolved}`;
}
async function show(argv, io) {
    const { values, positionals } = parsedOrThrow((0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseOptions */ .Ac)({
        define: { type: 'string', multiple: true },
        rpmspec: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, argv));
    if (values.help) {
        io.stdout(SHOW_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    const predefined = defines(values.define);
    const { spec, file } = readSpec(positionals[0], io, { predefined });
    const out = [
        describe('Name', spec.name),
        describe('Epoch', spec.epoch),
        describe('Version', spec.version),
        describe('Release', spec.release),
        `%autorelease: ${spec.hasAutorelease ? 'yes' : 'no'}   %autochangelog: ${spec.hasAutochangelog ? 'yes' : 'no'}`,
    ];
    for (const kind of ['source', 'patch']) {
        for (const e of spec.entries(kind)) {
            const label = `${kind === 'source' ? 'Source' : 'Patch'}${e.number}`;
            const flag = e.active ? '' : '   (inactive: in a false %if branch)';
            const unresolved = e.expanded.unresolved.length > 0 ? '   ! not fully expandable' : '';
            out.push(`${label}: ${e.expanded.value}${flag}${unresolved}   [line ${e.line}]`);
        }
    }
    const prep = spec.prep();
    for (const a of prep.applications)
        out.push(`%prep line ${a.line + 1}: ${a.text}`);
    for (const p of spec.model.problems)
        out.push(`! line ${p.line + 1}: ${p.message}`);
    io.stdout(out.join('\n') + '\n');
    if (values.rpmspec) {
        if (!(await (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_2__/* .rpmspecAvailable */ .kN)())) {
            io.stderr('rpmspec is not installed; skipping the cross-check (apt-get install rpm / dnf install rpm-build)\n');
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
        }
        const rpm = await (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_2__/* .rpmspecQuery */ .zQ)(file, '%{name}\\n%{epoch}\\n%{version}\\n%{release}\\n', {
            ...predefined,
            dist: '%{nil}',
        });
        if (rpm === undefined) {
            io.stderr('rpmspec could not parse the spec (run `rpmspec -P` on it to see why)\n');
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure;
        }
        const [name, epoch, version, release] = rpm.split('\n');
        const ours = [spec.name?.value, spec.epoch?.value ?? '(none)', spec.version?.value, spec.release?.value];
        const theirs = [name, epoch, version, release];
        const labels = ['Name', 'Epoch', 'Version', 'Release'];
        let differs = false;
        for (let i = 0; i < labels.length; i++) {
            const same = ours[i] === theirs[i];
            if (!same)
                differs = true;
            io.stdout(`rpmspec ${labels[i]}: ${theirs[i]}${same ? '' : `   (srcgit read "${ours[i]}")`}\n`);
        }
        return differs ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
}
async function bump(argv, io) {
    const { values, positionals } = parsedOrThrow((0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseOptions */ .Ac)({
        version: { type: 'string' },
        patch: { type: 'string', multiple: true },
        changelog: { type: 'string' },
        author: { type: 'string' },
        date: { type: 'string' },
        digits: { type: 'string' },
        define: { type: 'string', multiple: true },
        branch: { type: 'string' },
        write: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, argv));
    if (values.help) {
        io.stdout(BUMP_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    if (!values.version)
        throw new UsageError('missing --version: the upstream version to bump to');
    const date = values.date ? (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDateOption */ .Zi)(values.date) : new Date();
    if (!date)
        throw new UsageError(`--date expects a day as YYYY-MM-DD, got "${values.date}"`);
    if (values.author !== undefined && !(0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .isIdentity */ .Lk)(values.author))
        throw new UsageError(`--author is "${values.author}", not an identity; write it as 'Full Name <email@example.com>'`);
    const digits = values.digits === undefined ? 4 : Number(values.digits);
    if (!Number.isInteger(digits) || digits < 0)
        throw new UsageError(`--digits expects a whole number >= 0, got "${values.digits}"`);
    const { spec, file, text } = readSpec(positionals[0], io, {
        predefined: values.branch
            ? (0,_dist_git_branch_macros_js__WEBPACK_IMPORTED_MODULE_8__/* .branchMacros */ .e)(values.branch, { parseTimeMacros: defines(values.define) })
            : defines(values.define),
        strict: true,
    });
    const rpmVersion = (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toRpmVersion */ .Ft)(values.version).version;
    const notes = [...spec.setVersion(rpmVersion), ...spec.resetRelease()];
    for (const patch of values.patch ?? [])
        notes.push(...spec.addPatch(patch, { digits }).warnings);
    const author = values.author ?? (await defaultChangelogAuthor(file));
    spec.addChangelogEntry({ text: values.changelog ?? `- Update to version ${values.version}`, author, date });
    for (const note of notes)
        io.stderr(`note: ${note}\n`);
    const result = spec.toString();
    if (values.write) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, result);
        io.stderr(`wrote ${positionals[0]}\n`);
    }
    else {
        const [from, to] = diffPaths(file, io.cwd);
        io.stdout((0,diff__WEBPACK_IMPORTED_MODULE_9__/* .createTwoFilesPatch */ .ss)(from, to, text, result, undefined, undefined, { context: 3 }));
    }
    return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
}
/** As propose-downstream writes it: $RPM_PACKAGER, else the git identity (of the spec's repository), else the CI actor, else srcgit. */
async function defaultChangelogAuthor(specFile) {
    const { author } = await (0,_jobs_commit_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .commitIdentities */ .i)(new _git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(specFile)));
    return (0,_dist_git_changelog_entry_js__WEBPACK_IMPORTED_MODULE_10__/* .changelogAuthor */ .MW)(process.env, author.name, author.email);
}
/** The diff's file names: a/ and b/ and the path from the working directory (git apply, patch -p1), else the absolute path. */
function diffPaths(file, cwd) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(cwd, file);
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(relative))
        return [file, file];
    const posix = relative.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    return [`a/${posix}`, `b/${posix}`];
}
function parsedOrThrow(parsed) {
    if (typeof parsed === 'string')
        throw new UsageError(parsed);
    return parsed;
}
async function specCommand(argv, io) {
    const [sub, ...rest] = argv;
    try {
        if (sub === 'show')
            return await show(rest, io);
        if (sub === 'bump')
            return await bump(rest, io);
        if (sub === undefined || sub === '--help' || sub === '-h') {
            io.stdout(`${SHOW_USAGE}\n${BUMP_USAGE}`);
            return sub === undefined ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
        }
        io.stderr(`srcgit spec: unknown subcommand "${sub}" (use "show" or "bump")\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
    catch (error) {
        if (error instanceof UsageError || isParseArgsError(error)) {
            io.stderr(`srcgit spec ${sub}: ${error.message}\n(see srcgit spec ${sub} --help)\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
        }
        if (error instanceof _spec_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SpecError */ .G8) {
            const where = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : '';
            io.stderr(`srcgit spec ${sub}: ${where}${error.message}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure;
        }
        // A file that cannot be read or written: what and where, not a stack trace.
        if ((0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .isUserError */ .i)(error)) {
            io.stderr(`srcgit spec ${sub}: ${error.message}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failure;
        }
        throw error;
    }
}
/** node:util parseArgs errors (checked by code: they may come from another realm, e.g. under jest). */
function isParseArgsError(error) {
    const code = error?.code;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}


/***/ }),

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
