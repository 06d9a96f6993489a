export const id = 537;
export const ids = [537];
export const modules = {

/***/ 54357:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ formatReport),
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   bh: () => (/* binding */ makeWarning),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic),
/* harmony export */   xz: () => (/* binding */ makeError)
/* harmony export */ });
/* unused harmony exports MAX_ECHO_LENGTH, summarizeDiagnostics */
/* harmony import */ var _runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77720);
/**
 * Diagnostics: what went wrong (or looks suspicious) in a configuration file, where, and how to fix it.
 * Every problem found while loading a config becomes one of these, so callers can print them all at once
 * instead of fixing one error per run.
 */

function makeError(file, init) {
    return make('error', file, init);
}
function makeWarning(file, init) {
    return make('warning', file, init);
}
/** Longest message (and suggestion): echoed values are cut already, this bounds deep key paths. */
const MAX_MESSAGE_LENGTH = 400;
function make(severity, file, init) {
    const diagnostic = {
        severity,
        code: init.code,
        file,
        path: init.path,
        message: cut(init.message, MAX_MESSAGE_LENGTH),
        expected: cut(init.expected, MAX_MESSAGE_LENGTH),
    };
    if (init.position) {
        diagnostic.line = init.position.line;
        diagnostic.column = init.position.column;
    }
    if (init.suggestion)
        diagnostic.suggestion = cut(init.suggestion, MAX_MESSAGE_LENGTH);
    return diagnostic;
}
/** Longest piece of user input a message repeats; longer values are cut with an ellipsis. */
const MAX_ECHO_LENGTH = 80;
/** `value` cut to MAX_ECHO_LENGTH characters (the last one an ellipsis). */
function cut(value, max = MAX_ECHO_LENGTH) {
    if (value.length <= max)
        return value;
    // Cut by code points, so that an emoji is never split in half.
    const chars = [...value.slice(0, 2 * max)];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}
/**
 * User input for a message: cut, in double quotes, with newlines and other control characters
 * escaped so that a diagnostic stays on one line.
 */
function quote(value, max = MAX_ECHO_LENGTH) {
    return JSON.stringify(cut(value, max));
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/** Stable order for printing: by file, then position; whole-file diagnostics first. */
function sortDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
const GUTTER_WIDTH = 5;
/**
 * One diagnostic as a compiler-style message, with the offending source line and a caret when the
 * source text is given:
 *
 *     .packit.yaml:12:5: error: unknown key "dist_git_branchs" in jobs[0]; did you mean "dist_git_branches"?
 *        12 |     dist_git_branchs: [fedora-all]
 *           |     ^
 */
function formatDiagnostic(diagnostic, sourceText) {
    const location = diagnostic.line === undefined
        ? diagnostic.file
        : `${diagnostic.file}:${diagnostic.line}:${diagnostic.column ?? 1}`;
    const suggestion = diagnostic.suggestion ? `; ${diagnostic.suggestion}` : '';
    const headline = `${location}: ${diagnostic.severity}: ${diagnostic.message}${suggestion}`;
    if (sourceText === undefined || diagnostic.line === undefined)
        return headline;
    const lineText = sourceText.split(/\r?\n/)[diagnostic.line - 1];
    if (lineText === undefined)
        return headline;
    // Keep tabs in the caret line so the caret stays under the right character in a terminal.
    const column = diagnostic.column ?? 1;
    const caretIndent = lineText.slice(0, column - 1).replace(/[^\t]/g, ' ');
    const gutter = String(diagnostic.line).padStart(GUTTER_WIDTH);
    const emptyGutter = ' '.repeat(GUTTER_WIDTH);
    return `${headline}\n${gutter} | ${lineText}\n${emptyGutter} | ${caretIndent}^`;
}
/** "2 errors in .packit.yaml", "1 error and 1 warning in .packit.yaml", "no problems in .packit.yaml". */
function summarizeDiagnostics(diagnostics, file) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const parts = [];
    if (errors > 0)
        parts.push(plural(errors, 'error'));
    if (warnings > 0)
        parts.push(plural(warnings, 'warning'));
    return `${parts.length > 0 ? parts.join(' and ') : 'no problems'} in ${file}`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** All diagnostics, formatted with source lines, followed by the one-line summary. */
function formatReport(diagnostics, file, sourceText) {
    const blocks = sortDiagnostics(diagnostics).map((d) => formatDiagnostic(d, d.file === file ? sourceText : undefined));
    return [...blocks, summarizeDiagnostics(diagnostics, file)].join('\n');
}
/** Thrown by `loadConfig` when the configuration has at least one error; the message lists them all. */
class ConfigError extends Error {
    diagnostics;
    file;
    sourceText;
    constructor(diagnostics, file, sourceText) {
        super(formatReport(diagnostics, file, sourceText));
        this.name = 'ConfigError';
        this.diagnostics = diagnostics;
        this.file = file;
        this.sourceText = sourceText;
    }
}
(0,_runtime_user_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .registerUserError */ .X)(ConfigError);


/***/ }),

/***/ 5537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dk: () => (/* reexport */ BODHI_UPDATE),
  xL: () => (/* reexport */ config_diagnostics/* ConfigError */.xL),
  rz: () => (/* reexport */ KOJI_BUILD),
  WZ: () => (/* reexport */ PROPOSE_DOWNSTREAM),
  to: () => (/* reexport */ PULL_FROM_UPSTREAM),
  g3: () => (/* reexport */ SYNC_FROM_DOWNSTREAM),
  mA: () => (/* reexport */ chooseConfigFile),
  h0: () => (/* reexport */ suggest/* closestMatch */.h0),
  lt: () => (/* reexport */ configSummaryToYaml),
  iI: () => (/* reexport */ configToJson),
  XZ: () => (/* reexport */ configToYaml),
  xy: () => (/* reexport */ config_diagnostics/* formatDiagnostic */.xy),
  CI: () => (/* reexport */ config_diagnostics/* formatReport */.CI),
  o8: () => (/* reexport */ jobViews),
  Z9: () => (/* reexport */ loadConfig),
  Bu: () => (/* reexport */ parseConfigText),
  R$: () => (/* reexport */ repoDirForConfigFile),
  aR: () => (/* reexport */ repositoryName),
  F_: () => (/* reexport */ singleJobView)
});

// UNUSED EXPORTS: ACTION_NAMES, CONFIG_FILE_NAMES, DEFAULT_JOBS, DEFAULT_PRERELEASE_SUFFIX_PATTERN, DIST_GIT_INSTANCES, JOB_TYPES, JobViewError, PACKAGE_KEYS, SOURCE_GIT_CONFIG_FILE, TRIGGERS, compilePythonRegex, configToPlain, configToSummaryPlain, didYouMean, editDistance, hasErrors, isSourceGitConfigFile, listSpecFiles, normalizeSpecSourceId, pythonRegexProblem, remoteRepoName, repoNameFromUrl, sortDiagnostics, summarizeDiagnostics, translatePythonRegex

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/config/diagnostics.js
var config_diagnostics = __webpack_require__(54357);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/bundle-src/git/git.js
var git = __webpack_require__(18605);
// EXTERNAL MODULE: ./build/bundle-src/source-git/repo-files.js
var repo_files = __webpack_require__(33389);
;// CONCATENATED MODULE: ./build/bundle-src/config/files.js
/**
 * Finding and reading configuration files: the only part of src/config that touches the disk.
 */






/**
 * Config file names in order of precedence. The source-git config comes first: in a source-git
 * repository an upstream `.packit.yaml` belongs to upstream's own CI, not to the Fedora package.
 * (Packit keeps its names in a set, so its own choice among several files is arbitrary.)
 */
const CONFIG_FILE_NAMES = [
    '.distro/source-git.yaml',
    '.packit.yaml',
    'packit.yaml',
    '.packit.yml',
    'packit.yml',
];
/**
 * Pick the config file of a repository. With several candidates the first in CONFIG_FILE_NAMES wins
 * and a warning names them all; with none, an error explains what to add.
 */
function chooseConfigFile(repoDir, explicitFile) {
    if (explicitFile !== undefined) {
        const absolute = external_node_path_.resolve(repoDir, explicitFile);
        const displayPath = displayPathFor(repoDir, absolute);
        if (!isFile(absolute)) {
            return {
                displayPath,
                diagnostics: [
                    (0,config_diagnostics/* makeError */.xz)(displayPath, {
                        code: 'config-not-found',
                        path: '',
                        message: `config file ${displayPath} does not exist`,
                        expected: 'an existing configuration file',
                    }),
                ],
            };
        }
        return { path: absolute, displayPath, diagnostics: [] };
    }
    const found = CONFIG_FILE_NAMES.filter((name) => isFile(external_node_path_.join(repoDir, name)));
    if (found.length === 0) {
        const displayPath = repoDir;
        return {
            displayPath,
            diagnostics: [
                (0,config_diagnostics/* makeError */.xz)(displayPath, {
                    code: 'config-not-found',
                    path: '',
                    message: `no configuration file found in ${displayPath}; looked for ${CONFIG_FILE_NAMES.join(', ')}`,
                    expected: 'one of the configuration files',
                    suggestion: 'add .distro/source-git.yaml (or .packit.yaml) to the repository, or pass --config <file>',
                }),
            ],
        };
    }
    const [chosen] = found;
    const diagnostics = [];
    if (found.length > 1) {
        diagnostics.push((0,config_diagnostics/* makeWarning */.bh)(chosen, {
            code: 'multiple-configs',
            path: '',
            message: `found several configuration files (${found.join(', ')}); using ${chosen}`,
            expected: 'a single configuration file',
            suggestion: `pass --config <file> to pick another one`,
        }));
    }
    return { path: external_node_path_.join(repoDir, chosen), displayPath: chosen, diagnostics };
}
/**
 * The config file's text. Inside the repository a link is followed only to a file git tracks
 * there: a config linked to a secret would otherwise be printed back in the parse errors.
 */
async function readConfigText(file, repoDir) {
    const relative = external_node_path_.relative(external_node_path_.resolve(repoDir), external_node_path_.resolve(file));
    if (relative === '..' || relative.startsWith('..' + external_node_path_.sep) || external_node_path_.isAbsolute(relative))
        return (0,promises_.readFile)(file, 'utf8');
    return (0,repo_files/* readRepoFile */.v6)(new git/* Git */.TU(repoDir), relative.split(external_node_path_.sep).join('/'));
}
/** Directories never searched for spec files. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
/**
 * Spec files of the repository, relative to it, in the order Packit's deprecated search would
 * consider them: those in the top directory first, then those below, each group sorted.
 */
function listSpecFiles(repoDir) {
    const topLevel = [];
    const nested = [];
    const walk = (relativeDir) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_.join(repoDir, relativeDir), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
            if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name))
                walk(relative);
            else if (entry.isFile() && entry.name.endsWith('.spec'))
                (relativeDir === '' ? topLevel : nested).push(relative);
        }
    };
    walk('');
    return [...topLevel, ...nested];
}
/**
 * The repository of a config file given by path: the parent of `.distro/` for a source-git config,
 * else the file's directory.
 */
function repoDirForConfigFile(configFile) {
    const directory = external_node_path_.dirname(external_node_path_.resolve(configFile));
    return external_node_path_.basename(directory) === '.distro' ? external_node_path_.dirname(directory) : directory;
}
/**
 * The repository name Packit would use for `repoDir`: the name in the URL of its remote `origin`,
 * else of its first remote (Packit's LocalProject: git_url → git_project.repo; the service uses the
 * forge project's name, which is the same name). Undefined when there is no remote.
 */
async function remoteRepoName(repoDir) {
    // Only the repository's own remotes: a directory inside another checkout is not that repository.
    // (.git is a directory in a clone and a file in a worktree.)
    if (!(0,external_node_fs_.existsSync)(external_node_path_.join(repoDir, '.git')))
        return undefined;
    const urls = await new git/* Git */.TU(repoDir).run(['config', '--get-regexp', '^remote\\..*\\.url$'], {
        allowFailure: true,
    });
    if (urls.code !== 0)
        return undefined;
    // "remote.<name>.url <url>", in the order of the config file (GitPython's order of remotes).
    const remotes = urls.stdout
        .split('\n')
        .map((line) => /^remote\.(.+)\.url (.*)$/.exec(line))
        .filter((match) => match !== null)
        .map((match) => ({ name: match[1], url: match[2] }));
    const remote = remotes.find((candidate) => candidate.name === 'origin') ?? remotes[0];
    return remote === undefined ? undefined : repoNameFromUrl(remote.url.trim());
}
/**
 * The repository name in a git URL, as ogr's parse_git_repo reads it: the last path component
 * without ".git" (`https://github.com/containers/podman.git` → `podman`, `git@host:ns/sub/repo` →
 * `repo`, `/srv/git/hello.git` → `hello`). Undefined when there is none.
 */
function repoNameFromUrl(url) {
    const withoutQuery = url.replace(/[?#].*$/s, '');
    const last = withoutQuery
        .replace(/[/\\]+$/, '')
        .split(/[/\\:]/)
        .at(-1) ?? '';
    const name = last.replace(/\.git$/, '');
    return name === '' || name === '.' || name === '..' ? undefined : name;
}
function isFile(file) {
    return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile();
}
function displayPathFor(base, target) {
    const relative = external_node_path_.relative(base, target);
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? target : relative.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./build/bundle-src/config/coerce.js
/**
 * How Packit's schema library (marshmallow 3) reads scalar values, so that srcgit accepts the same
 * spellings and gives them the same meaning. Pure functions shared by validation and resolution.
 */
/** marshmallow `fields.Boolean.truthy` / `falsy` (the numbers 1 and 0 included, so 1.0 and 0.0 too). */
const TRUTHY = new Set([
    't',
    'T',
    'true',
    'True',
    'TRUE',
    'on',
    'On',
    'ON',
    'y',
    'Y',
    'yes',
    'Yes',
    'YES',
    '1',
    1,
]);
const FALSY = new Set([
    'f',
    'F',
    'false',
    'False',
    'FALSE',
    'off',
    'Off',
    'OFF',
    'n',
    'N',
    'no',
    'No',
    'NO',
    '0',
    0,
]);
/** What marshmallow's Boolean field makes of a value: true, false, or undefined (invalid). */
function marshmallowBoolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (TRUTHY.has(value))
        return true;
    if (FALSY.has(value))
        return false;
    return undefined;
}
/** Python's int() on a string: optional whitespace and sign, digits with single underscores between. */
const PYTHON_INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
/**
 * What marshmallow's Integer field (Python `int(value)`) makes of a value: integers, floats
 * (truncated towards zero) and integer strings; undefined for anything else, booleans included.
 */
function marshmallowInteger(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? Math.trunc(value) : undefined;
    if (typeof value === 'string' && PYTHON_INT.test(value)) {
        const parsed = Number(value.trim().replace(/_/g, ''));
        return Number.isSafeInteger(parsed) ? parsed : undefined;
    }
    return undefined;
}
/**
 * One specifier of a PEP 440 specifier set, as `packaging.specifiers.Specifier` accepts it (its
 * `_specifier_regex_str`, packaging 26): `===` arbitrary, `==`/`!=` with wildcards and local
 * versions, `~=` with at least two release segments, and the ordered comparisons.
 */
const PRE = String.raw `(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?`;
const POST = String.raw `(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?`;
const DEV = String.raw `(?:[-_.]?dev[-_.]?[0-9]*)?`;
const LOCAL = String.raw `(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?`;
const EPOCH = String.raw `(?:[0-9]+!)?`;
const SPECIFIER = new RegExp('^(?:' +
    [
        String.raw `===\s*[^\s;)]*`,
        String.raw `(?:==|!=)\s*v?${EPOCH}[0-9]+(?:\.[0-9]+)*(?:\.\*|${PRE}${POST}${DEV}${LOCAL})?`,
        String.raw `~=\s*v?${EPOCH}[0-9]+(?:\.[0-9]+)+${PRE}${POST}${DEV}`,
        String.raw `(?:<=|>=|<|>)\s*v?${EPOCH}[0-9]+(?:\.[0-9]+)*${PRE}${POST}${DEV}`,
    ].join('|') +
    ')$', 'i');
/**
 * Why `value` is not a PEP 440 specifier set (`packaging.specifiers.SpecifierSet(value)` raising
 * InvalidSpecifier, which Packit's schema turns into a validation error), or undefined when it is one.
 * Like SpecifierSet, an empty string or empty items between commas are fine.
 */
function specifierSetProblem(value) {
    for (const item of value.split(',')) {
        const specifier = item.trim();
        if (specifier !== '' && !SPECIFIER.test(specifier))
            return `"${specifier}" is not a PEP 440 version specifier`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/bundle-src/config/regex.js
var regex = __webpack_require__(97910);
// EXTERNAL MODULE: ./build/bundle-src/forges/dist-git/forge.js
var forge = __webpack_require__(76630);
;// CONCATENATED MODULE: ./build/bundle-src/config/schema.js
/**
 * Every key a Packit configuration may contain, with its type and meaning.
 *
 * The list follows Packit 1.16.2's own schema (`packit/schema.py`: CommonConfigSchema,
 * JobConfigSchema, JobMetadataSchema and the nested schemas), field by field: a key accepted there is
 * accepted here with the same type and nullability (marshmallow fields with `load_default=None` accept
 * null, the others do not), and a key it rejects is rejected here. Keys for jobs srcgit does not run
 * (Copr builds, Testing Farm, image builds, ...) are checked for their type and passed through
 * untouched. src/config/README.md lists the few deliberate differences.
 */

const JOB_TYPES = [
    'propose_downstream',
    'pull_from_upstream',
    'sync_from_downstream',
    'copr_build',
    'upstream_koji_build',
    'koji_build',
    'tests',
    'bodhi_update',
    'vm_image_build',
    'koji_build_tag',
];
/** Job types removed in Packit 1.0, with their replacement. */
const REMOVED_JOB_TYPES = {
    build: 'copr_build',
    production_build: 'upstream_koji_build',
};
const TRIGGERS = ['release', 'pull_request', 'commit', 'koji_build', 'ignore'];
const ACTION_NAMES = [
    'run-condition',
    'post-upstream-clone',
    'pre-sync',
    'create-patches',
    'prepare-files',
    'create-archive',
    'get-current-version',
    'fix-spec-file',
    'post-modifications',
    'changelog-entry',
    'commit-message',
];
/** Packit's DISTGIT_INSTANCES: the pkg_tool values it knows (any other fails unless dist_git_base_url is set). */
const PKG_TOOLS = ['fedpkg', 'fedpkg-stage', 'centpkg', 'centpkg-sig'];
const PACKIT_INSTANCES = ['prod', 'stg', 'dev'];
const MOCK_BOOTSTRAP_VALUES = ['default', 'on', 'off', 'image'];
/**
 * Keys allowed in the mapping form of `targets` (Testing Farm distros and Packit's
 * CHROOT_SPECIFIC_COPR_CONFIGURATION); any other is an error, as in Packit.
 */
const TARGET_OPTION_KEYS = {
    distros: { spec: { type: 'string-list' }, description: 'Testing Farm distros to run the tests on.' },
    additional_packages: { spec: { type: 'string-list' }, description: 'Packages to install in the chroot.' },
    additional_repos: { spec: { type: 'string-list' }, description: 'Repositories to enable in the chroot.' },
    additional_modules: { spec: { type: 'string' }, description: 'Modules to enable, "name:stream,...".' },
    with_opts: { spec: { type: 'string-list' }, description: 'rpmbuild --with options.' },
    without_opts: { spec: { type: 'string-list' }, description: 'rpmbuild --without options.' },
};
const FILES_TO_SYNC_ITEM_KEYS = {
    src: { spec: { type: 'string-or-string-list' }, description: 'Path(s) or glob(s) in the upstream repo.' },
    dest: { spec: { type: 'string' }, description: 'Destination path in dist-git.' },
    mkpath: { spec: { type: 'boolean' }, description: 'Create missing directories of dest (default false).' },
    delete: { spec: { type: 'boolean' }, description: 'Delete extra files in dest (default false).' },
    filters: { spec: { type: 'string-list' }, nullable: true, description: 'rsync filter rules.' },
};
/** Targets Packit warns about (packit/config/aliases.py DEPRECATED_TARGET_MAP), with their replacement. */
const DEPRECATED_TARGETS = new Map(['aarch64', 'armhfp', 'i386', 'ppc64le', 's390x', 'x86_64'].map((arch) => [
    `centos-stream-${arch}`,
    `centos-stream-8-${arch}`,
]));
const SOURCES_ITEM_KEYS = {
    path: { spec: { type: 'string' }, description: 'File name of the source as the spec refers to it.' },
    url: { spec: { type: 'string' }, description: 'Where to download it from instead of the spec URL.' },
};
const string = (description, extra = {}) => ({
    spec: { type: 'string' },
    nullable: true,
    description,
    ...extra,
});
const schema_boolean = (description) => ({ spec: { type: 'boolean' }, description });
const stringList = (description) => ({
    spec: { type: 'string-list' },
    nullable: true,
    description,
});
const mapping = (description) => ({ spec: { type: 'mapping' }, nullable: true, description });
/**
 * Keys of one package: accepted at the top level, inside `packages.<name>` and inside a job (where
 * they override the package's value for that job).
 */
const PACKAGE_KEYS = {
    // Identity and location
    specfile_path: string('Spec file path in the upstream repo, relative to paths[0]. Default: <downstream_package_name>.spec ' +
        '(.distro/<downstream_package_name>.spec for .distro/source-git.yaml) when downstream_package_name is set.'),
    downstream_package_name: string('Package name in dist-git. Default: the repository name (also in packages); the key in packages ' +
        'when the repository name is unknown.'),
    upstream_package_name: string('Upstream project name (e.g. on PyPI). Default: the repository name.', {
        check: 'file-name',
    }),
    upstream_project_url: string('URL of the upstream git repository.'),
    paths: {
        spec: { type: 'string-list' },
        description: 'Monorepo sub-directories of the package; paths[0] is its working directory. Default ["./"].',
    },
    config_file_path: string('Path of the config file itself (set by Packit; rarely written by hand).'),
    // Release syncing
    upstream_ref: string('Source-git: the upstream commit, tag or branch this branch is based on.'),
    upstream_tag_template: {
        spec: { type: 'string' },
        check: 'tag-template',
        description: 'Tag name for a version, e.g. "v{version}". Default "{version}".',
    },
    upstream_tag_include: {
        spec: { type: 'string' },
        check: 'python-regex',
        description: 'Python regex; only tags matching it are synced.',
    },
    upstream_tag_exclude: {
        spec: { type: 'string' },
        check: 'python-regex',
        description: 'Python regex; tags matching it are not synced.',
    },
    version_update_mask: string('Python regex; on stable branches, the old and new version must match it identically.', { check: 'python-regex' }),
    version_update_specifiers: string('PEP 440 specifier set the proposed version must satisfy, e.g. ">=2,<3".', { check: 'pep440-specifiers' }),
    prerelease_suffix_pattern: {
        spec: { type: 'string' },
        check: 'python-regex',
        description: 'Python regex recognising pre-release suffixes; "" turns pre-release handling off.',
    },
    prerelease_suffix_macro: string('Macro commented out or in depending on whether the version is a pre-release.'),
    archive_root_dir_template: {
        spec: { type: 'string' },
        description: 'Top directory of the source archive. Default "{upstream_pkg_name}-{version}".',
    },
    files_to_sync: {
        spec: { type: 'files-to-sync' },
        description: 'Files copied from upstream to dist-git: paths, or {src, dest, mkpath, delete, filters}.',
    },
    sync_changelog: schema_boolean('Copy the spec file verbatim, %changelog included. Default false.'),
    copy_upstream_release_description: schema_boolean('Use the release description as changelog entry. Default false.'),
    create_sync_note: schema_boolean('Write README.packit into dist-git. Default true.'),
    create_pr: schema_boolean('Open a pull request (true) or push straight to the branch (false). Default true.'),
    upload_sources: schema_boolean('Upload new archives to the lookaside cache. Default true.'),
    pkg_tool: string(`Packaging tool; selects the dist-git host and lookaside cache: ${PKG_TOOLS.join(', ')}. Default fedpkg.`),
    sig: string('CentOS SIG owning the package (with pkg_tool: centpkg-sig).'),
    dist_git_base_url: string('Dist-git server URL. Default https://src.fedoraproject.org/.'),
    dist_git_namespace: string('Dist-git namespace, used with dist_git_base_url. Default rpms.'),
    lookaside_cache_url: string('srcgit extension: lookaside cache base URL. Default https://src.fedoraproject.org/repo/pkgs.'),
    dist_git_forge: {
        spec: { type: 'enum', values: forge/* DIST_GIT_FORGES */.h },
        description: 'srcgit extension: the forge serving dist-git: auto (ask the host: Forgejo, else Pagure), pagure or forgejo. Default auto.',
    },
    dist_git_branches: {
        spec: { type: 'dist-git-branches' },
        nullable: true,
        description: 'Target dist-git branches or aliases; a mapping allows fast_forward_merge_into.',
    },
    sources: {
        spec: { type: 'sources' },
        nullable: true,
        description: 'Extra sources [{path, url}] downloaded instead of the spec URL.',
    },
    spec_source_id: {
        spec: { type: 'spec-source-id' },
        description: 'The Source tag holding the upstream archive: N or "SourceN". Default Source0.',
    },
    actions: {
        spec: { type: 'actions' },
        description: 'Commands replacing or hooking into Packit steps.',
    },
    allowed_gpg_keys: stringList('Fingerprints; the synced upstream commit must be signed by one of them.'),
    parse_time_macros: {
        spec: { type: 'scalar-mapping' },
        nullable: true,
        description: 'Macros (null = undefined) to apply when parsing the spec file.',
    },
    // Source-git patch generation
    patch_generation_ignore_paths: stringList('Paths excluded from generated patches.'),
    patch_generation_patch_id_digits: {
        spec: { type: 'integer', min: 0 },
        description: 'Zero-padding of new PatchN tags. Default 4.',
    },
    // Downstream jobs (koji_build, bodhi_update) and notifications
    allowed_pr_authors: stringList('koji_build: authors of merged dist-git PRs that trigger builds. Default [packit].'),
    allowed_committers: stringList('koji_build: committers whose pushes trigger builds. Default [].'),
    allowed_builders: stringList('bodhi_update: Koji build owners that trigger updates. Default [packit].'),
    scratch: schema_boolean('koji_build / upstream_koji_build: scratch builds. Default false.'),
    bodhi_extra_params: mapping('bodhi_update: extra Bodhi update parameters.'),
    issue_repository: string('Repository where failures of downstream jobs are reported.'),
    notifications: {
        spec: {
            type: 'object',
            keys: {
                pull_request: {
                    spec: {
                        type: 'object',
                        keys: { successful_build: schema_boolean('Comment with install instructions after a build.') },
                    },
                    description: 'Pull request comments.',
                },
                failure_comment: {
                    spec: { type: 'object', keys: { message: string('Comment posted when a job fails.') } },
                    description: 'Comment on job failure.',
                },
                failure_issue: {
                    spec: { type: 'object', keys: { create: schema_boolean('Open an issue on failure. Default true.') } },
                    description: 'Issue on propose_downstream failure.',
                },
            },
        },
        description: 'Notification settings.',
    },
    require: {
        spec: {
            type: 'object',
            keys: {
                label: {
                    spec: {
                        type: 'object',
                        keys: {
                            present: {
                                spec: { type: 'string-list' },
                                description: 'At least one of these labels must be on the pull request.',
                            },
                            absent: {
                                spec: { type: 'string-list' },
                                description: 'None of these labels may be on the pull request.',
                            },
                        },
                    },
                    nullable: true,
                    description: 'Pull request label requirements.',
                },
            },
        },
        description: 'Conditions for running a job.',
    },
    packit_instances: {
        spec: { type: 'enum-list', values: PACKIT_INSTANCES },
        description: 'Packit service instances reacting to the config. Default [prod].',
    },
    identifier: string('Suffix distinguishing jobs of the same type in status names.'),
    status_name_template: string('Template for commit status names.'),
    // SRPM / Copr / Testing Farm / image builds: accepted and passed through
    srpm_build_deps: stringList('SRPM builds: extra packages needed by the actions.'),
    merge_pr_in_ci: schema_boolean('SRPM builds: merge the PR into its target branch first. Default true.'),
    update_release: schema_boolean('SRPM builds: change the Release tag. Default true.'),
    release_suffix: string('SRPM builds: release suffix template; null resets it.'),
    version_suffix: string('SRPM builds: version suffix template.'),
    preserve_spec: schema_boolean('SRPM builds: keep the spec file unmodified.'),
    targets: {
        spec: { type: 'targets' },
        nullable: true,
        description: 'copr_build / tests / upstream_koji_build: chroots or targets (list, or mapping with options).',
    },
    timeout: { spec: { type: 'integer' }, description: 'copr_build: seconds to wait for a build.' },
    owner: string('copr_build: Copr project owner.'),
    project: string('copr_build: Copr project name.'),
    branch: string('copr_build / tests: branch for the commit trigger.'),
    list_on_homepage: schema_boolean('copr_build: list the Copr project on the homepage.'),
    preserve_project: schema_boolean('copr_build: keep the Copr project forever.'),
    additional_packages: stringList('copr_build: packages added to the buildroot.'),
    additional_repos: stringList('copr_build: repositories added to the buildroot.'),
    bootstrap: {
        spec: { type: 'enum', values: MOCK_BOOTSTRAP_VALUES },
        nullable: true,
        description: 'copr_build: mock bootstrap setup.',
    },
    enable_net: schema_boolean('copr_build: network access during the build.'),
    module_hotfixes: schema_boolean('copr_build: module_hotfixes=1 in repo files.'),
    osh_diff_scan_after_copr_build: schema_boolean('copr_build: OpenScanHub differential scan.'),
    csmock_args: string('OpenScanHub: extra csmock arguments.'),
    osh_options: {
        spec: {
            type: 'object',
            keys: {
                analyzer: string('OpenScanHub analyzers.'),
                config: string('OpenScanHub mock config.'),
                profile: string('OpenScanHub profile.'),
            },
        },
        description: 'OpenScanHub options.',
    },
    fmf_url: string('tests: git repository with the fmf tree.'),
    fmf_ref: string('tests: revision of fmf_url.'),
    fmf_path: string('tests: path to the fmf root.'),
    tmt_plan: string('tests: plans to run (regex).'),
    tf_post_install_script: string('tests: script run after provisioning.'),
    tf_extra_params: mapping('tests: extra Testing Farm request parameters.'),
    use_internal_tf: schema_boolean('tests: internal Testing Farm.'),
    use_target_repo_for_fmf_url: schema_boolean('tests: use the target repo as fmf URL for fork PRs.'),
    env: { spec: { type: 'string-key-mapping' }, nullable: true, description: 'tests: environment variables.' },
    sync_test_job_statuses_with_builds: schema_boolean('tests: share statuses with the build job. Default true.'),
    test_command: {
        spec: {
            type: 'object',
            keys: {
                default_identifier: string('Identifier used by a bare "/packit test".'),
                default_labels: stringList('Labels used by a bare "/packit test".'),
            },
        },
        description: '"/packit test" comment defaults.',
    },
    image_distribution: string('vm_image_build: base image.'),
    image_request: mapping('vm_image_build: Image Builder image request.'),
    image_customizations: mapping('vm_image_build: Image Builder customizations.'),
    copr_chroot: string('vm_image_build: Copr chroot with the packages.'),
    clone_repos_before_run_condition: schema_boolean('Clone the upstream and dist-git repositories before the run-condition action. Default false.'),
    skip_missing_branched_composes: schema_boolean('tests: skip targets of a freshly branched Fedora whose Testing Farm compose is missing. Default false.'),
};
/** Keys that only make sense on a job, not on a package. */
const JOB_ONLY_KEYS = {
    job: { spec: { type: 'enum', values: JOB_TYPES }, description: 'The job type.' },
    trigger: {
        spec: { type: 'enum', values: TRIGGERS },
        description: 'Event that runs the job; several may be joined with "|".',
    },
    packages: {
        spec: { type: 'mapping' },
        nullable: true,
        description: 'Packages the job applies to: a list of names, or a mapping of name to overrides.',
    },
    package: string('Single package the job applies to (set by Packit when splitting jobs).'),
    skip_build: schema_boolean('tests: run tests without a Copr build.'),
    manual_trigger: schema_boolean('Run only when asked for in a comment.'),
    labels: stringList('Labels grouping jobs for "/packit test --labels".'),
    sidetag_group: string('koji_build / bodhi_update: sidetag group.'),
    dependents: stringList('koji_build: packages reacting to this build in the sidetag.'),
    dependencies: stringList('koji_build / bodhi_update: packages required in the sidetag.'),
    metadata: {
        spec: { type: 'mapping' },
        nullable: true,
        description: 'Deprecated: job options nested one level deeper; merged into the job.',
    },
};
/** Keys allowed inside the deprecated job `metadata` mapping (Packit's JobMetadataSchema). */
const METADATA_KEYS = [
    'targets',
    'timeout',
    'owner',
    'project',
    'dist_git_branches',
    'branch',
    'scratch',
    'list_on_homepage',
    'preserve_project',
    'use_internal_tf',
    'additional_packages',
    'additional_repos',
    'fmf_url',
    'fmf_ref',
    'fmf_path',
    'bootstrap',
    'skip_build',
    'env',
    'enable_net',
    'tmt_plan',
    'tf_post_install_script',
    'tf_extra_params',
    'module_hotfixes',
];
/**
 * Old spellings accepted inside `metadata` only, renamed to `dist_git_branches`, in the order Packit
 * renames them (so `dist_git_branch` wins over `dist-git-branch`, which wins over `dist_git_branches`).
 */
const METADATA_RENAMED_KEYS = ['dist-git-branch', 'dist_git_branch'];
/**
 * Job keys Packit refuses next to a non-empty `metadata` (`set(JobMetadataSchema().fields) & job`).
 * `targets` is not among them: the schema field is named `_targets`, so Packit lets a job have both
 * and the metadata value wins.
 */
const METADATA_EXCLUSIVE_KEYS = METADATA_KEYS.filter((key) => key !== 'targets');
/** Keys Packit's schema does not have although its code or documentation mentions them: errors. */
const NOT_IN_SCHEMA_KEYS = {
    dist_git_url: 'makes Packit 1.16.2 fail: its schema marks it "no longer processed" but still passes it on to ' +
        'CommonPackageConfig, which has no such argument; remove it (the dist-git URL comes from ' +
        'dist_git_base_url, dist_git_namespace and downstream_package_name)',
    follow_fedora_branching: "is not in Packit's configuration schema (Packit 1.16.2 refuses it as an unknown field, " +
        'although the release notes of 0.76.0 mention it); remove it',
};
/** Keys Packit removed; using them is an error that names the replacement. */
const REMOVED_KEYS = {
    synced_files: 'was removed in Packit 1.0; rename it to "files_to_sync"',
    upstream_project_name: 'was removed in Packit 1.0; rename it to "upstream_package_name"',
    current_version_command: 'was removed from Packit; use the "get-current-version" action instead',
    create_tarball_command: 'was removed from Packit; use the "create-archive" action instead',
};
/** Keys allowed only at the top level. `_` holds YAML anchors and is ignored. */
const TOP_LEVEL_ONLY_KEYS = ['packages', 'jobs', '_'];
/**
 * Keys refused in every mapping, free-form ones and package names included: as property names they
 * reach Object.prototype, and no configuration needs them.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor']);
/** The value of `record[key]` when `key` is one of its own keys: never an Object.prototype member. */
function ownValue(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
/** Human description of what a value spec accepts, used as the `expected` part of a diagnostic. */
function describeSpec(spec) {
    switch (spec.type) {
        case 'string':
            return 'a string';
        case 'boolean':
            return 'a boolean (true or false)';
        case 'integer':
            return spec.min === undefined ? 'an integer' : `an integer ≥ ${spec.min}`;
        case 'string-list':
            return 'a list of strings';
        case 'string-or-string-list':
            return 'a string or a list of strings';
        case 'spec-source-id':
            return 'an integer or a string';
        case 'enum':
            return `one of: ${spec.values.join(', ')}`;
        case 'enum-list':
            return `a list of: ${spec.values.join(', ')}`;
        case 'mapping':
        case 'object':
            return 'a mapping';
        case 'string-key-mapping':
            return 'a mapping of names to values';
        case 'scalar-mapping':
            return 'a mapping of names to strings, numbers, booleans or null';
        case 'files-to-sync':
            return 'a list of paths or {src, dest} mappings';
        case 'sources':
            return 'a list of {path, url} mappings';
        case 'actions':
            return 'a mapping of action names to a command or a list of commands';
        case 'targets':
            return 'a list of strings or a mapping of target to options';
        case 'dist-git-branches':
            return 'a list of strings or a mapping of branch to options';
    }
}

// EXTERNAL MODULE: ./build/bundle-src/config/suggest.js
var suggest = __webpack_require__(51295);
// EXTERNAL MODULE: ./build/bundle-src/config/tree.js
var tree = __webpack_require__(34633);
;// CONCATENATED MODULE: ./build/bundle-src/config/validate.js
/**
 * Check a parsed configuration tree against the schema and report every problem, each at the
 * position of the offending key or value. Nothing stops at the first error: a user fixing a config
 * should see everything that is wrong in one run.
 *
 * What is accepted follows Packit 1.16.2's marshmallow schema (packit/schema.py) and the
 * preprocessing around it (packit/config/package_config.py), including where a key is accepted:
 * a single string for `dist_git_branches` / `targets` is only turned into a list inside a job.
 */






function validateConfigTree(root, file, context = {}) {
    const validator = new Validator(file);
    validator.validateRoot(root, context);
    return validator.diagnostics;
}
const isJobLevel = (level) => level === 'job' || level === 'job-package' || level === 'metadata';
/** `jobs[0]` + `trigger` → `jobs[0].trigger`; top level has an empty path. Long or odd keys are cut. */
function joinPath(parent, key) {
    const shown = /^[\w.-]*$/.test(key) ? (0,config_diagnostics/* cut */.Jj)(key) : (0,config_diagnostics/* cut */.Jj)(JSON.stringify(key).slice(1, -1));
    return parent === '' ? shown : `${parent}.${shown}`;
}
/** "at the top level" / "in jobs[0]", for messages about keys. */
function levelPhrase(path) {
    return path === '' ? 'at the top level' : `in ${path}`;
}
/** Words that mean a boolean in YAML 1.1; quoted, marshmallow still reads most of them. */
const YAML11_BOOLEANS = new Map([
    ['yes', true],
    ['y', true],
    ['on', true],
    ['no', false],
    ['n', false],
    ['off', false],
]);
/** Packages named in a message before "and N more". */
const LISTED_PACKAGES = 3;
class Validator {
    file;
    diagnostics = [];
    constructor(file) {
        this.file = file;
    }
    validateRoot(root, context) {
        if (root === undefined)
            return;
        if (root.kind !== 'map') {
            this.error({
                code: 'not-a-mapping',
                path: '',
                message: `the configuration must be a mapping of keys to values, got ${describeNode(root)}`,
                expected: 'a mapping',
                position: root.pos,
            });
            return;
        }
        const packagesEntry = (0,tree/* findEntry */.w4)(root, 'packages');
        for (const entry of root.entries) {
            if (entry.key === '_' || entry.key === 'jobs')
                continue;
            if (entry.key === 'packages') {
                this.validatePackages(entry, (0,tree/* findEntry */.w4)(root, 'upstream_project_url') !== undefined);
                continue;
            }
            this.validatePackageKey(entry, '', 'top', TOP_LEVEL_ONLY_KEYS.filter((key) => key !== '_'));
        }
        if (packagesEntry?.value.kind === 'map')
            this.reportShadowedKeys(root, packagesEntry.value, context);
        this.reportNamespaceWithoutBaseUrl(root);
        const jobsEntry = (0,tree/* findEntry */.w4)(root, 'jobs');
        if (jobsEntry)
            this.validateJobs(jobsEntry, definedPackageNames(root, context));
    }
    validatePackages(entry, topLevelUpstreamUrl) {
        const node = entry.value;
        if (node.kind !== 'map') {
            this.wrongType(node, 'packages', 'a mapping of package names to package options');
            return;
        }
        if (node.entries.length === 0) {
            this.error({
                code: 'invalid-value',
                path: 'packages',
                message: 'packages: defines no package',
                expected: 'at least one package',
                position: node.pos,
            });
        }
        for (const packageEntry of node.entries) {
            const path = joinPath('packages', packageEntry.key);
            if (!this.checkNameKey(packageEntry, 'packages', 'a package name'))
                continue;
            if (packageEntry.value.kind !== 'map') {
                this.wrongType(packageEntry.value, path, 'a mapping of package options');
                continue;
            }
            for (const keyEntry of packageEntry.value.entries)
                this.validatePackageKey(keyEntry, path, 'package');
            const ownUrl = (0,tree/* findEntry */.w4)(packageEntry.value, 'upstream_project_url');
            if (ownUrl && topLevelUpstreamUrl) {
                this.warning({
                    code: 'ignored-key',
                    path: `${path}.upstream_project_url`,
                    message: `${path}.upstream_project_url is ignored: the top-level upstream_project_url ` +
                        'applies to every package (a monorepo has one upstream)',
                    expected: 'upstream_project_url only at the top level',
                    position: ownUrl.keyPos,
                });
            }
        }
    }
    /**
     * Packit sets each package's defaults before it copies the top-level keys into the packages
     * (PackageConfig.get_from_dict → set_defaults, then the schema's rearrange_packages), so a
     * package that does not set one of these keys itself never sees the top-level value.
     */
    reportShadowedKeys(root, packages, context) {
        const packageMaps = packages.entries.filter((entry) => entry.value.kind === 'map');
        const without = (key, needsValue) => packageMaps
            .filter((entry) => {
            const own = (0,tree/* findEntry */.w4)(entry.value, key);
            return needsValue ? !(own && isString(own.value) && own.value.value !== '') : own === undefined;
        })
            .map((entry) => entry.key);
        const report = (entry, affected, instead) => {
            this.warning({
                code: 'shadowed-key',
                path: entry.key,
                message: `${entry.key} at the top level is ignored by Packit when "packages" is used: ` +
                    `${describePackages(affected)} ${instead}`,
                expected: `${entry.key} inside each package`,
                position: entry.keyPos,
                suggestion: `set ${entry.key} in each package instead`,
            });
        };
        const repoName = context.repoName;
        // A top-level value equal to the repository name changes nothing: no need to warn.
        const differs = (entry) => !(isString(entry.value) && entry.value.value === repoName);
        const downstream = (0,tree/* findEntry */.w4)(root, 'downstream_package_name');
        if (downstream && differs(downstream)) {
            const affected = without('downstream_package_name', false);
            const instead = repoName === undefined
                ? 'named by its key in "packages"'
                : `named ${(0,config_diagnostics/* quote */.hD)(repoName)}, after the repository`;
            if (affected.length > 0)
                report(downstream, affected, `${affected.length === 1 ? 'is' : 'are'} ${instead}`);
            else
                report(downstream, packageMaps.map((entry) => entry.key), 'set their own');
        }
        const specfile = (0,tree/* findEntry */.w4)(root, 'specfile_path');
        const noSpec = without('specfile_path', true);
        if (specfile && noSpec.length > 0) {
            report(specfile, noSpec, `${noSpec.length === 1 ? 'gets' : 'get'} <downstream_package_name>.spec when it sets downstream_package_name, ` +
                'else the first spec file found');
        }
        const upstream = (0,tree/* findEntry */.w4)(root, 'upstream_package_name');
        const noUpstream = without('upstream_package_name', false);
        if (upstream && repoName !== undefined && differs(upstream) && noUpstream.length > 0) {
            report(upstream, noUpstream, `${noUpstream.length === 1 ? 'gets' : 'get'} the repository name ${(0,config_diagnostics/* quote */.hD)(repoName)} instead`);
        }
    }
    /** Packit reads dist_git_namespace only together with dist_git_base_url (_construct_dist_git_instance). */
    reportNamespaceWithoutBaseUrl(root) {
        const found = { namespace: [], baseUrl: false };
        const scan = (map, depth) => {
            for (const entry of map.entries) {
                if (entry.key === 'dist_git_namespace')
                    found.namespace.push(entry);
                if (entry.key === 'dist_git_base_url' && !(isScalar(entry.value) && entry.value.value === null))
                    found.baseUrl = true;
                if (depth > 0 && entry.key !== 'jobs' && entry.value.kind === 'map')
                    scan(entry.value, depth - 1);
            }
        };
        scan(root, 2);
        const jobs = (0,tree/* findEntry */.w4)(root, 'jobs')?.value;
        if (jobs?.kind === 'seq')
            for (const job of jobs.items)
                if (job.kind === 'map')
                    scan(job, 2);
        if (found.baseUrl)
            return;
        for (const entry of found.namespace) {
            this.warning({
                code: 'ignored-key',
                path: entry.key,
                message: 'dist_git_namespace is ignored without dist_git_base_url: Packit takes the namespace of the ' +
                    'pkg_tool (rpms for Fedora)',
                expected: 'dist_git_namespace together with dist_git_base_url',
                position: entry.keyPos,
                suggestion: 'add dist_git_base_url, or remove dist_git_namespace',
            });
        }
    }
    /** A key of a package (top level, packages.<name>, job, or a job's per-package overrides). */
    validatePackageKey(entry, parentPath, level, extraCandidates = []) {
        const path = joinPath(parentPath, entry.key);
        if (this.reportRemoved(entry, parentPath))
            return;
        const spec = ownValue(PACKAGE_KEYS, entry.key);
        if (spec && entry.keyType === 'string') {
            this.validateValue(entry.value, spec, path, level);
            return;
        }
        const candidates = [...Object.keys(PACKAGE_KEYS), ...extraCandidates];
        this.unknownKey(entry, parentPath, candidates, level === 'job');
    }
    /** Removed keys, and keys Packit fails on, are errors naming what to do instead. True when handled. */
    reportRemoved(entry, parentPath) {
        const path = joinPath(parentPath, entry.key);
        const removal = ownValue(REMOVED_KEYS, entry.key) ?? ownValue(NOT_IN_SCHEMA_KEYS, entry.key);
        if (removal) {
            this.error({
                code: Object.hasOwn(REMOVED_KEYS, entry.key) ? 'removed-key' : 'unknown-key',
                path,
                message: `key "${entry.key}" ${levelPhrase(parentPath)} ${removal}`,
                expected: 'a key Packit accepts',
                position: entry.keyPos,
            });
            return true;
        }
        return false;
    }
    unknownKey(entry, parentPath, candidates, jobLevel) {
        let suggestion = RESERVED_KEYS.has(entry.key) ? undefined : (0,suggest/* didYouMean */.au)(entry.key, candidates);
        if (METADATA_RENAMED_KEYS.includes(entry.key)) {
            suggestion = 'it is only accepted inside the deprecated "metadata" mapping; use "dist_git_branches"';
        }
        else if (!suggestion && !jobLevel && Object.hasOwn(JOB_ONLY_KEYS, entry.key)) {
            suggestion = `"${entry.key}" is only valid directly inside an entry of "jobs"`;
        }
        else if (!suggestion && parentPath !== '' && TOP_LEVEL_ONLY_KEYS.includes(entry.key)) {
            suggestion = `"${entry.key}" is only valid at the top level`;
        }
        else if (!suggestion && entry.keyType !== 'string') {
            suggestion = `Packit reads this key as a ${entry.keyType}; keys are names`;
        }
        this.error({
            code: 'unknown-key',
            path: joinPath(parentPath, entry.key),
            message: `unknown key ${(0,config_diagnostics/* quote */.hD)(entry.key)} ${levelPhrase(parentPath)}`,
            expected: 'a key Packit accepts at this level',
            position: entry.keyPos,
            suggestion,
        });
    }
    /**
     * A key that names something (a package, an environment variable, a target): it must be a string
     * for Packit (`Dict(keys=String())`), and must not be one of the RESERVED_KEYS. True when fine.
     */
    checkNameKey(entry, parentPath, what) {
        if (RESERVED_KEYS.has(entry.key)) {
            this.error({
                code: 'unknown-key',
                path: joinPath(parentPath, entry.key),
                message: `unknown key ${(0,config_diagnostics/* quote */.hD)(entry.key)} ${levelPhrase(parentPath)}: it cannot be ${what}`,
                expected: what,
                position: entry.keyPos,
                suggestion: 'rename it',
            });
            return false;
        }
        if (entry.keyType === 'string')
            return true;
        this.error({
            code: 'wrong-type',
            path: joinPath(parentPath, entry.key),
            message: `${joinPath(parentPath, entry.key)}: Packit reads the key ${(0,config_diagnostics/* cut */.Jj)(entry.key)} as a ${entry.keyType}, not as ${what}`,
            expected: what,
            position: entry.keyPos,
            suggestion: `put it in quotes: "${(0,config_diagnostics/* cut */.Jj)(entry.key)}"`,
        });
        return false;
    }
    /** Free-form mappings (Bodhi, Testing Farm, Image Builder parameters) may nest; no level may use a reserved key. */
    checkReservedKeys(node, path, depth = 0) {
        if (depth > 64)
            return;
        if (node.kind === 'seq')
            node.items.forEach((item, i) => this.checkReservedKeys(item, `${path}[${i}]`, depth + 1));
        if (node.kind !== 'map')
            return;
        for (const entry of node.entries) {
            if (RESERVED_KEYS.has(entry.key))
                this.unknownKey(entry, path, [], true);
            else
                this.checkReservedKeys(entry.value, joinPath(path, entry.key), depth + 1);
        }
    }
    // ---------------------------------------------------------------------------------------------
    // Jobs
    validateJobs(entry, packageNames) {
        const node = entry.value;
        if (node.kind !== 'seq') {
            this.wrongType(node, 'jobs', 'a list of jobs (an empty list [] disables all jobs)');
            return;
        }
        node.items.forEach((item, index) => {
            const path = `jobs[${index}]`;
            if (item.kind !== 'map')
                this.wrongType(item, path, 'a mapping describing a job');
            else
                this.validateJob(item, path, packageNames);
        });
    }
    validateJob(job, path, packageNames) {
        for (const required of ['job', 'trigger']) {
            if (!(0,tree/* findEntry */.w4)(job, required)) {
                this.error({
                    code: 'missing-key',
                    path,
                    message: `${path}: missing required key "${required}"`,
                    expected: describeSpec(JOB_ONLY_KEYS[required].spec),
                    position: job.pos,
                });
            }
        }
        for (const entry of job.entries) {
            const keyPath = joinPath(path, entry.key);
            const jobOnly = entry.keyType === 'string' ? ownValue(JOB_ONLY_KEYS, entry.key) : undefined;
            switch (jobOnly ? entry.key : undefined) {
                case 'job':
                    this.validateJobType(entry.value, keyPath);
                    break;
                case 'trigger':
                    this.validateTrigger(entry.value, keyPath);
                    break;
                case 'metadata':
                    this.validateMetadata(entry, job, path);
                    break;
                case 'packages':
                    this.validateJobPackages(entry.value, keyPath, packageNames);
                    break;
                case 'package':
                    this.validateJobPackage(entry.value, keyPath, job, packageNames);
                    break;
                case undefined:
                    this.validatePackageKey(entry, path, 'job', Object.keys(JOB_ONLY_KEYS));
                    break;
                default:
                    if (jobOnly)
                        this.validateValue(entry.value, jobOnly, keyPath, 'job');
            }
        }
    }
    validateJobType(node, path) {
        if (!this.expectString(node, path, JOB_ONLY_KEYS.job.spec))
            return;
        const value = node.value;
        const replacement = ownValue(REMOVED_JOB_TYPES, value);
        if (replacement) {
            this.error({
                code: 'removed-job',
                path,
                message: `${path}: job type "${value}" was removed in Packit 1.0; use "${replacement}"`,
                expected: describeSpec(JOB_ONLY_KEYS.job.spec),
                position: node.pos,
            });
        }
        else if (!JOB_TYPES.includes(value)) {
            this.error({
                code: 'unknown-job',
                path,
                message: `${path}: unknown job type ${(0,config_diagnostics/* quote */.hD)(value)}`,
                expected: describeSpec(JOB_ONLY_KEYS.job.spec),
                position: node.pos,
                suggestion: (0,suggest/* didYouMean */.au)(value, JOB_TYPES),
            });
        }
    }
    /**
     * Packit splits the trigger at "|" and strips each part (process_job_triggers), but leaves a
     * trigger without "|" as written: " release" and "release |" are both refused.
     */
    validateTrigger(node, path) {
        if (!this.expectString(node, path, JOB_ONLY_KEYS.trigger.spec))
            return;
        const expected = describeSpec(JOB_ONLY_KEYS.trigger.spec);
        const raw = node.value;
        const parts = raw.includes('|') ? raw.split('|').map((part) => part.trim()) : [raw];
        for (const part of parts) {
            if (TRIGGERS.includes(part))
                continue;
            if (part.trim() === '') {
                this.error({
                    code: 'unknown-trigger',
                    path,
                    message: parts.length === 1 ? `${path}: no trigger given` : `${path}: empty trigger between "|"`,
                    expected,
                    position: node.pos,
                    suggestion: parts.length === 1 ? undefined : 'remove the extra "|"',
                });
                continue;
            }
            const spaced = TRIGGERS.includes(part.trim());
            this.error({
                code: 'unknown-trigger',
                path,
                message: `${path}: unknown trigger ${(0,config_diagnostics/* quote */.hD)(part)}`,
                expected,
                position: positionWithin(node, part),
                suggestion: spaced ? 'remove the spaces around it' : (0,suggest/* didYouMean */.au)(part, TRIGGERS),
            });
        }
    }
    /**
     * The deprecated `metadata` mapping (Packit's rearrange_jobs): an empty one (any false-like value)
     * is dropped silently; otherwise it is validated against JobMetadataSchema and merged into the job.
     */
    validateMetadata(entry, job, jobPath) {
        const path = joinPath(jobPath, 'metadata');
        const node = entry.value;
        if (isFalsy(node)) {
            this.warning({
                code: 'deprecated-key',
                path,
                message: `${path} is empty and ignored (the deprecated metadata mapping)`,
                expected: 'job options directly under the job',
                position: entry.keyPos,
                suggestion: 'remove it',
            });
            return;
        }
        this.warning({
            code: 'deprecated-key',
            path,
            message: `${path} is deprecated; move its keys directly into the job (Packit merges them the same way)`,
            expected: 'job options directly under the job',
            position: entry.keyPos,
        });
        if (node.kind !== 'map') {
            this.wrongType(node, path, 'a mapping');
            return;
        }
        for (const metadataEntry of node.entries) {
            const keyPath = joinPath(path, metadataEntry.key);
            const key = metadataEntry.key;
            if (METADATA_RENAMED_KEYS.includes(key)) {
                this.warning({
                    code: 'deprecated-key',
                    path: keyPath,
                    message: `key "${key}" in ${path} was renamed to "dist_git_branches"`,
                    expected: 'dist_git_branches',
                    position: metadataEntry.keyPos,
                });
                this.validateValue(metadataEntry.value, PACKAGE_KEYS.dist_git_branches, keyPath, 'metadata');
            }
            else if (METADATA_KEYS.includes(key)) {
                const spec = ownValue(PACKAGE_KEYS, key) ?? JOB_ONLY_KEYS[key];
                this.validateValue(metadataEntry.value, spec, keyPath, 'metadata');
            }
            else if (Object.hasOwn(PACKAGE_KEYS, key) || Object.hasOwn(JOB_ONLY_KEYS, key)) {
                this.error({
                    code: 'unknown-key',
                    path: keyPath,
                    message: `key "${key}" is not accepted in ${path}`,
                    expected: `one of: ${METADATA_KEYS.join(', ')}`,
                    position: metadataEntry.keyPos,
                    suggestion: 'move it out of metadata, directly into the job',
                });
            }
            else {
                this.unknownKey(metadataEntry, path, METADATA_KEYS, true);
            }
        }
        this.reportMetadataConflicts(node, job, jobPath);
    }
    /**
     * Packit refuses a job that has any JobMetadataSchema key next to a non-empty metadata mapping,
     * whether or not metadata sets that key; `targets` escapes the check and metadata's value wins.
     */
    reportMetadataConflicts(metadata, job, jobPath) {
        for (const jobEntry of job.entries) {
            const keyPath = joinPath(jobPath, jobEntry.key);
            if (jobEntry.key === 'targets' && (0,tree/* findEntry */.w4)(metadata, 'targets')) {
                this.warning({
                    code: 'metadata-conflict',
                    path: keyPath,
                    message: `${keyPath} is ignored: ${jobPath}.metadata.targets replaces it`,
                    expected: 'targets only once, directly under the job',
                    position: jobEntry.keyPos,
                    suggestion: 'remove "targets" from metadata',
                });
            }
            if (!METADATA_EXCLUSIVE_KEYS.includes(jobEntry.key))
                continue;
            const inMetadata = (0,tree/* findEntry */.w4)(metadata, jobEntry.key) !== undefined;
            this.error({
                code: 'metadata-conflict',
                path: keyPath,
                message: `${keyPath} cannot be used together with the deprecated ${jobPath}.metadata ` +
                    `(Packit refuses ${inMetadata ? 'the same key in both places' : 'metadata keys outside metadata while metadata is used'})`,
                expected: `"${jobEntry.key}" directly under the job, without metadata`,
                position: jobEntry.keyPos,
                suggestion: 'move the keys of metadata directly into the job and remove metadata',
            });
        }
    }
    validateJobPackages(node, path, packageNames) {
        const expected = 'a list of package names or a mapping of package name to options';
        if (isScalar(node) && node.value === null)
            return;
        // rearrange_jobs: any false-like value selects every package, like no "packages" key.
        if (isScalar(node) && isFalsy(node)) {
            this.warning({
                code: 'coerced-value',
                path,
                message: `${path}: ${describeNode(node)} selects every package, as no "packages" key does`,
                expected,
                position: node.pos,
                suggestion: 'remove it',
            });
            return;
        }
        if (node.kind === 'seq') {
            node.items.forEach((item, index) => {
                const itemPath = `${path}[${index}]`;
                if (!isString(item))
                    this.wrongType(item, itemPath, 'a package name');
                else
                    this.checkPackageDefined(item.value, item.pos, itemPath, packageNames);
            });
            return;
        }
        if (node.kind !== 'map') {
            this.wrongType(node, path, expected);
            return;
        }
        for (const entry of node.entries) {
            const packagePath = joinPath(path, entry.key);
            if (!this.checkNameKey(entry, path, 'a package name'))
                continue;
            this.checkPackageDefined(entry.key, entry.keyPos, packagePath, packageNames);
            const value = entry.value;
            if (value.kind !== 'map') {
                const suggestion = isScalar(value) && value.value === null
                    ? `write ${(0,config_diagnostics/* cut */.Jj)(entry.key)}: {} to select it without overrides`
                    : undefined;
                this.wrongType(value, packagePath, 'a mapping of options overriding the package for this job', suggestion);
                continue;
            }
            for (const keyEntry of value.entries)
                this.validatePackageKey(keyEntry, packagePath, 'job-package');
        }
    }
    /** `package:` narrows the job to one package, which must be among `packages` when both are given. */
    validateJobPackage(node, path, job, packageNames) {
        if (isScalar(node) && node.value === null)
            return;
        if (!this.expectString(node, path, JOB_ONLY_KEYS.package.spec))
            return;
        const selection = (0,tree/* findEntry */.w4)(job, 'packages')?.value;
        const selected = selection?.kind === 'seq'
            ? selection.items.filter(isString).map((item) => item.value)
            : selection?.kind === 'map' && selection.entries.length > 0
                ? selection.entries.map((entry) => entry.key)
                : undefined;
        if (selected !== undefined && selected.length > 0 && !selected.includes(node.value)) {
            this.error({
                code: 'undefined-package',
                path,
                message: `${path}: package ${(0,config_diagnostics/* quote */.hD)(node.value)} is not among the packages this job selects`,
                expected: `one of: ${describeNames(selected)}`,
                position: node.pos,
                suggestion: (0,suggest/* didYouMean */.au)(node.value, selected),
            });
            return;
        }
        this.checkPackageDefined(node.value, node.pos, path, packageNames);
    }
    checkPackageDefined(name, position, path, packageNames) {
        if (packageNames === undefined || packageNames.has(name))
            return;
        this.error({
            code: 'undefined-package',
            path,
            message: `${path}: package ${(0,config_diagnostics/* quote */.hD)(name)} is not defined in "packages"`,
            expected: `one of: ${describeNames([...packageNames])}`,
            position,
            suggestion: (0,suggest/* didYouMean */.au)(name, packageNames),
        });
    }
    // ---------------------------------------------------------------------------------------------
    // Values
    validateValue(node, keySpec, path, level) {
        if (isScalar(node) && node.value === null) {
            if (keySpec.nullable)
                return;
            const suggestion = path.endsWith('prerelease_suffix_pattern')
                ? 'write "" to turn pre-release handling off'
                : undefined;
            this.wrongType(node, path, describeSpec(keySpec.spec), suggestion);
            return;
        }
        if (this.validateShape(node, keySpec.spec, path, level) && keySpec.check)
            this.runCheck(node, keySpec, path);
    }
    /** Check the value against its spec; true when it is well-typed. */
    validateShape(node, spec, path, level) {
        switch (spec.type) {
            case 'string':
                return this.expectString(node, path, spec);
            case 'boolean':
                return this.expectBoolean(node, path);
            case 'integer':
                return this.expectInteger(node, path, spec.min);
            case 'string-list':
                return this.expectStringList(node, path, spec);
            case 'string-or-string-list':
                return isString(node) || this.expectStringList(node, path, spec);
            case 'spec-source-id':
                return this.expectSpecSourceId(node, path);
            case 'enum':
                return this.expectEnum(node, path, spec.values);
            case 'enum-list':
                if (node.kind !== 'seq')
                    return this.wrongType(node, path, describeSpec(spec));
                return node.items.every((item, index) => this.expectEnum(item, `${path}[${index}]`, spec.values));
            case 'mapping':
                if (node.kind !== 'map')
                    return this.wrongType(node, path, describeSpec(spec));
                this.checkReservedKeys(node, path);
                return true;
            case 'string-key-mapping':
                if (node.kind !== 'map')
                    return this.wrongType(node, path, describeSpec(spec));
                return node.entries.map((entry) => this.checkNameKey(entry, path, 'a name')).every(Boolean);
            case 'scalar-mapping':
                return this.expectScalarMapping(node, path, spec);
            case 'object':
                return this.expectObject(node, path, spec.keys);
            case 'files-to-sync':
                return this.expectFilesToSync(node, path);
            case 'sources':
                return this.expectSources(node, path);
            case 'actions':
                return this.expectActions(node, path);
            case 'targets':
                return this.expectTargets(node, path, level);
            case 'dist-git-branches':
                return this.expectDistGitBranches(node, path, level);
        }
    }
    expectString(node, path, spec) {
        if (isString(node))
            return true;
        const suggestion = isScalar(node) && node.value !== null ? `put it in quotes: "${(0,config_diagnostics/* cut */.Jj)(node.source)}"` : undefined;
        this.wrongType(node, path, describeSpec(spec), suggestion);
        return false;
    }
    /** marshmallow's Boolean also takes 1/0 and words such as "yes"; accept them, as Packit does, and warn. */
    expectBoolean(node, path) {
        if (isScalar(node) && typeof node.value === 'boolean')
            return true;
        const meaning = isScalar(node) ? marshmallowBoolean(node.value) : undefined;
        if (meaning !== undefined) {
            this.coerced(node, path, String(meaning), `write ${meaning}`);
            return true;
        }
        let suggestion;
        if (isString(node)) {
            const word = YAML11_BOOLEANS.get(node.value.toLowerCase());
            if (word !== undefined)
                suggestion = `write ${word}`;
        }
        return this.wrongType(node, path, 'a boolean (true or false)', suggestion);
    }
    /** marshmallow's Integer is Python's int(): it truncates floats and reads integer strings. */
    expectInteger(node, path, min) {
        const expected = describeSpec({ type: 'integer', min });
        if (!isScalar(node) || typeof node.value === 'boolean')
            return this.wrongType(node, path, expected);
        const value = marshmallowInteger(node.value);
        if (value === undefined)
            return this.wrongType(node, path, expected);
        if (min !== undefined && value < min)
            return this.wrongType(node, path, expected);
        if (!(typeof node.value === 'number' && Number.isInteger(node.value))) {
            this.coerced(node, path, String(value), `write ${value}`);
        }
        return true;
    }
    /** Packit's spec_source_id_fm: int(value) when that works ("Source" + N), else the value itself. */
    expectSpecSourceId(node, path) {
        const expected = describeSpec({ type: 'spec-source-id' });
        if (isString(node))
            return true;
        if (!isScalar(node) || typeof node.value !== 'number')
            return this.wrongType(node, path, expected);
        const number = marshmallowInteger(node.value);
        if (number === undefined)
            return this.wrongType(node, path, expected);
        if (!Number.isInteger(node.value))
            this.coerced(node, path, `Source${number}`, `write ${number}`);
        return true;
    }
    expectStringList(node, path, spec) {
        if (node.kind !== 'seq') {
            const suggestion = isString(node) && spec.type === 'string-list'
                ? `write it as a list: [${(0,config_diagnostics/* quote */.hD)(node.value)}]`
                : undefined;
            return this.wrongType(node, path, describeSpec(spec), suggestion);
        }
        let valid = true;
        node.items.forEach((item, index) => {
            if (!this.expectString(item, `${path}[${index}]`, { type: 'string' }))
                valid = false;
        });
        return valid;
    }
    expectEnum(node, path, values) {
        const expected = `one of: ${values.join(', ')}`;
        if (!isString(node))
            return this.wrongType(node, path, expected);
        if (values.includes(node.value))
            return true;
        this.error({
            code: 'invalid-value',
            path,
            message: `${path}: unknown value ${(0,config_diagnostics/* quote */.hD)(node.value)}`,
            expected,
            position: node.pos,
            suggestion: (0,suggest/* didYouMean */.au)(node.value, values),
        });
        return false;
    }
    expectScalarMapping(node, path, spec) {
        if (node.kind !== 'map')
            return this.wrongType(node, path, describeSpec(spec));
        let valid = true;
        for (const entry of node.entries) {
            if (RESERVED_KEYS.has(entry.key)) {
                this.unknownKey(entry, path, [], true);
                valid = false;
            }
            else if (entry.value.kind !== 'scalar') {
                valid = this.wrongType(entry.value, joinPath(path, entry.key), 'a string, number, boolean or null');
            }
        }
        return valid;
    }
    expectObject(node, path, keys) {
        if (node.kind !== 'map')
            return this.wrongType(node, path, 'a mapping');
        for (const entry of node.entries) {
            const keySpec = entry.keyType === 'string' ? ownValue(keys, entry.key) : undefined;
            if (keySpec)
                this.validateValue(entry.value, keySpec, joinPath(path, entry.key), 'package');
            else
                this.unknownKey(entry, path, Object.keys(keys), true);
        }
        return true;
    }
    /** Required keys and value types of one mapping item of files_to_sync or sources. */
    expectItemMapping(node, path, keys, required) {
        for (const key of required) {
            if ((0,tree/* findEntry */.w4)(node, key))
                continue;
            this.error({
                code: 'missing-key',
                path,
                message: `${path}: missing required key "${key}"`,
                expected: describeSpec(keys[key].spec),
                position: node.pos,
            });
        }
        this.expectObject(node, path, keys);
    }
    expectFilesToSync(node, path) {
        if (node.kind !== 'seq') {
            const suggestion = isString(node) ? `write it as a list: [${(0,config_diagnostics/* quote */.hD)(node.value)}]` : undefined;
            return this.wrongType(node, path, describeSpec({ type: 'files-to-sync' }), suggestion);
        }
        node.items.forEach((item, index) => {
            const itemPath = `${path}[${index}]`;
            if (isString(item))
                return;
            if (item.kind !== 'map')
                this.wrongType(item, itemPath, 'a path or a {src, dest} mapping');
            else
                this.expectItemMapping(item, itemPath, FILES_TO_SYNC_ITEM_KEYS, ['src', 'dest']);
        });
        return true;
    }
    expectSources(node, path) {
        if (node.kind !== 'seq')
            return this.wrongType(node, path, describeSpec({ type: 'sources' }));
        node.items.forEach((item, index) => {
            const itemPath = `${path}[${index}]`;
            if (item.kind !== 'map')
                this.wrongType(item, itemPath, 'a {path, url} mapping');
            else
                this.expectItemMapping(item, itemPath, SOURCES_ITEM_KEYS, ['path', 'url']);
        });
        return true;
    }
    expectActions(node, path) {
        if (node.kind !== 'map')
            return this.wrongType(node, path, describeSpec({ type: 'actions' }));
        for (const entry of node.entries) {
            const actionPath = joinPath(path, entry.key);
            if (!ACTION_NAMES.includes(entry.key) || entry.keyType !== 'string') {
                this.error({
                    code: 'unknown-action',
                    path: actionPath,
                    message: `unknown action ${(0,config_diagnostics/* quote */.hD)(entry.key)} in ${path}`,
                    expected: `one of: ${ACTION_NAMES.join(', ')}`,
                    position: entry.keyPos,
                    suggestion: RESERVED_KEYS.has(entry.key) ? undefined : (0,suggest/* didYouMean */.au)(entry.key, ACTION_NAMES),
                });
            }
            // Packit checks the commands only when it runs the action (actions_handler): str, or a list
            // of str / argv lists. Checking them here reports the mistake with its position.
            const value = entry.value;
            const expected = 'a command, or a list of commands (each a string or a list of arguments)';
            if (isString(value))
                continue;
            if (value.kind !== 'seq') {
                this.wrongType(value, actionPath, expected);
                continue;
            }
            value.items.forEach((command, index) => {
                if (isString(command))
                    return;
                if (command.kind === 'seq')
                    this.expectStringList(command, `${actionPath}[${index}]`, { type: 'string-list' });
                else
                    this.wrongType(command, `${actionPath}[${index}]`, 'a command string or a list of arguments');
            });
        }
        return true;
    }
    /** A string where Packit only takes a list, because the key is not inside a job. */
    stringOutsideJob(node, path, spec) {
        return this.wrongType(node, path, describeSpec(spec), `write it as a list: [${(0,config_diagnostics/* quote */.hD)(node.value)}] (Packit turns a single string into a list only inside a job)`);
    }
    expectTargets(node, path, level) {
        const spec = { type: 'targets' };
        if (isString(node)) {
            if (!isJobLevel(level))
                return this.stringOutsideJob(node, path, spec);
            this.checkDeprecatedTarget(node.value, node.pos, path);
            return true;
        }
        if (node.kind === 'seq') {
            const valid = this.expectStringList(node, path, spec);
            if (valid)
                for (const item of node.items)
                    this.checkDeprecatedTarget(String(item.value), item.pos, path);
            return valid;
        }
        if (node.kind !== 'map')
            return this.wrongType(node, path, describeSpec(spec));
        let valid = true;
        for (const target of node.entries) {
            const targetPath = joinPath(path, target.key);
            if (!this.checkNameKey(target, path, 'a target name')) {
                valid = false;
                continue;
            }
            this.checkDeprecatedTarget(target.key, target.keyPos, path);
            const options = target.value;
            if (options.kind !== 'map') {
                valid = this.wrongType(options, targetPath, 'a mapping of target options ({} for none)', 'write {} for no options');
                continue;
            }
            for (const option of options.entries) {
                const optionSpec = option.keyType === 'string' ? ownValue(TARGET_OPTION_KEYS, option.key) : undefined;
                if (optionSpec) {
                    this.validateValue(option.value, optionSpec, joinPath(targetPath, option.key), 'package');
                    continue;
                }
                valid = false;
                this.error({
                    code: 'unknown-key',
                    path: joinPath(targetPath, option.key),
                    message: `unknown target option ${(0,config_diagnostics/* quote */.hD)(option.key)} in ${targetPath}`,
                    expected: `one of: ${Object.keys(TARGET_OPTION_KEYS).join(', ')}`,
                    position: option.keyPos,
                    suggestion: (0,suggest/* didYouMean */.au)(option.key, Object.keys(TARGET_OPTION_KEYS)),
                });
            }
        }
        return valid;
    }
    checkDeprecatedTarget(target, position, path) {
        const replacement = DEPRECATED_TARGETS.get(target);
        if (replacement === undefined)
            return;
        this.warning({
            code: 'deprecated-key',
            path,
            message: `target "${target}" is deprecated`,
            expected: replacement,
            position,
            suggestion: `use "${replacement}"`,
        });
    }
    expectDistGitBranches(node, path, level) {
        const spec = { type: 'dist-git-branches' };
        if (isString(node))
            return isJobLevel(level) || this.stringOutsideJob(node, path, spec);
        if (node.kind === 'seq')
            return this.expectStringList(node, path, spec);
        if (node.kind !== 'map')
            return this.wrongType(node, path, describeSpec(spec));
        let valid = true;
        for (const branch of node.entries) {
            const branchPath = joinPath(path, branch.key);
            if (!this.checkNameKey(branch, path, 'a branch name')) {
                valid = false;
                continue;
            }
            const options = branch.value;
            if (options.kind !== 'map') {
                valid = this.wrongType(options, branchPath, 'a mapping: {} or {fast_forward_merge_into: [branches]}', 'write {} for no options');
                continue;
            }
            for (const option of options.entries) {
                const optionPath = joinPath(branchPath, option.key);
                if (option.key === 'fast_forward_merge_into' && option.keyType === 'string') {
                    this.checkFastForwardMergeInto(option.value, optionPath);
                    continue;
                }
                valid = false;
                this.error({
                    code: 'unknown-key',
                    path: optionPath,
                    message: `unknown key ${(0,config_diagnostics/* quote */.hD)(option.key)} in ${branchPath}`,
                    expected: 'only fast_forward_merge_into',
                    position: option.keyPos,
                    suggestion: (0,suggest/* didYouMean */.au)(option.key, ['fast_forward_merge_into']),
                });
            }
        }
        return valid;
    }
    /**
     * Packit accepts any value here but only acts on a list (get_fast_forward_merge_branches_for);
     * anything else merges into nothing, which deserves a warning.
     */
    checkFastForwardMergeInto(node, path) {
        if (node.kind === 'seq') {
            this.expectStringList(node, path, { type: 'string-list' });
            return;
        }
        this.warning({
            code: 'ignored-key',
            path,
            message: `${path}: ${describeNode(node)} has no effect; Packit fast-forwards only into a list of branches`,
            expected: 'a list of branches',
            position: node.pos,
            suggestion: isString(node) ? `write it as a list: [${(0,config_diagnostics/* quote */.hD)(node.value)}]` : 'write a list of branches',
        });
    }
    runCheck(node, keySpec, path) {
        if (!isString(node))
            return;
        const value = node.value;
        switch (keySpec.check) {
            case 'python-regex': {
                const problem = (0,regex/* pythonRegexProblem */.LB)(value);
                if (!problem)
                    break;
                const off = path.endsWith('prerelease_suffix_pattern');
                this.warning({
                    code: 'invalid-regex',
                    path,
                    message: `${path}: ${(0,config_diagnostics/* quote */.hD)(value)} is not a regular expression srcgit can use: ${(0,config_diagnostics/* cut */.Jj)(problem)}` +
                        (off ? '; pre-release handling is off, as in Packit' : '; jobs that need it will fail'),
                    expected: 'a Python regular expression',
                    position: node.pos,
                });
                break;
            }
            case 'tag-template':
                if (!value.includes('{version}')) {
                    this.warning({
                        code: 'invalid-value',
                        path,
                        message: `${path}: ${(0,config_diagnostics/* quote */.hD)(value)} does not contain "{version}"; jobs that map tags to versions will fail`,
                        expected: 'a template containing {version}, e.g. "v{version}"',
                        position: node.pos,
                    });
                }
                break;
            case 'file-name':
                if (/[/\0]/.test(value)) {
                    this.error({
                        code: 'invalid-value',
                        path,
                        message: `${path}: ${(0,config_diagnostics/* quote */.hD)(value)} must be a valid file name (no "/")`,
                        expected: 'a name without "/"',
                        position: node.pos,
                    });
                }
                break;
            case 'pep440-specifiers': {
                const problem = specifierSetProblem(value);
                if (problem) {
                    this.error({
                        code: 'invalid-value',
                        path,
                        message: `${path}: ${(0,config_diagnostics/* cut */.Jj)(problem)}`,
                        expected: 'a PEP 440 specifier set, e.g. ">=2,<3"',
                        position: node.pos,
                    });
                }
                break;
            }
        }
    }
    // ---------------------------------------------------------------------------------------------
    // Reporting
    /** Report a value of the wrong type; always returns false so callers can `return this.wrongType(...)`. */
    wrongType(node, path, expected, suggestion) {
        this.error({
            code: 'wrong-type',
            path,
            message: `${path}: expected ${expected}, got ${describeNode(node)}`,
            expected,
            position: node.pos,
            suggestion,
        });
        return false;
    }
    /** A value Packit's schema reads as something else than it looks like (`"yes"` for true, `3.0` for 3). */
    coerced(node, path, meaning, suggestion) {
        this.warning({
            code: 'coerced-value',
            path,
            message: `${path}: ${describeNode(node)} is read as ${meaning}, as Packit reads it`,
            expected: meaning,
            position: node.pos,
            suggestion,
        });
    }
    error(init) {
        this.diagnostics.push((0,config_diagnostics/* makeError */.xz)(this.file, init));
    }
    warning(init) {
        this.diagnostics.push((0,config_diagnostics/* makeWarning */.bh)(this.file, init));
    }
}
function isScalar(node) {
    return node.kind === 'scalar';
}
function isString(node) {
    return node.kind === 'scalar' && typeof node.value === 'string';
}
/** Python's truthiness of the value PyYAML would build: None, False, 0, "", [] and {} are false. */
function isFalsy(node) {
    if (node.kind === 'seq')
        return node.items.length === 0;
    if (node.kind === 'map')
        return node.entries.length === 0;
    return node.value === null || node.value === false || node.value === 0 || node.value === '';
}
/** Position of `part` inside a single-line scalar, so "pull_request | comit" points at "comit". */
function positionWithin(node, part) {
    const index = node.source.indexOf(part);
    if (node.style === 'block' || index < 0)
        return node.pos;
    return { line: node.pos.line, column: node.pos.column + index + (node.style === 'quoted' ? 1 : 0) };
}
/** "a mapping", "a list", `the string "yes"`, "the number 1.10", "an empty value (null)". */
function describeNode(node) {
    if (node.kind === 'map')
        return 'a mapping';
    if (node.kind === 'seq')
        return 'a list';
    const value = node.value;
    if (value === null)
        return 'an empty value (null)';
    if (typeof value === 'string')
        return `the string ${(0,config_diagnostics/* quote */.hD)(value)}`;
    const written = (0,config_diagnostics/* cut */.Jj)(node.source || String(value));
    return typeof value === 'number' ? `the number ${written}` : `the boolean ${written}`;
}
/** `"a", "b" and "c"` / `"a", "b", "c" and 4 more`. */
function describeNames(names) {
    const shown = names.slice(0, LISTED_PACKAGES).map((name) => (0,config_diagnostics/* quote */.hD)(name));
    if (names.length > LISTED_PACKAGES)
        return `${shown.join(', ')} and ${names.length - LISTED_PACKAGES} more`;
    return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
function describePackages(names) {
    return `${names.length === 1 ? 'package' : 'packages'} ${describeNames(names)}`;
}
/** Package names jobs may refer to; undefined when they cannot be known (no name written, no repo name). */
function definedPackageNames(root, context) {
    const packages = (0,tree/* findEntry */.w4)(root, 'packages');
    if (packages)
        return packages.value.kind === 'map'
            ? new Set(packages.value.entries.map((entry) => entry.key))
            : undefined;
    const name = (0,tree/* findEntry */.w4)(root, 'downstream_package_name')?.value;
    if (name && isString(name))
        return new Set([name.value]);
    return context.repoName === undefined ? undefined : new Set([context.repoName]);
}

;// CONCATENATED MODULE: ./build/bundle-src/config/resolve.js
/**
 * Packit's normalization pipeline: from the configuration as written to one fully-defaulted
 * configuration per package and per (job, trigger, package).
 *
 * Steps, in Packit's order (PackageConfig.get_from_dict in packit/config/package_config.py, then
 * PackageConfigSchema.ordered_preprocess in packit/schema.py):
 *  1. set_defaults on each package as written (or on the whole single-package config):
 *     specfile_path (<downstream_package_name>.spec when that is written, else the spec search, else
 *     null), then upstream_package_name and downstream_package_name = the repository name, when known;
 *  2. a single-package config becomes `packages: {<name>: ...}`;
 *  3. a package without downstream_package_name (no repository name known) is named by its key,
 *     then every top-level key is copied into each package that does not set it; the keys set in
 *     step 1 are already set, so their top-level values never reach the packages;
 *  4. without a `jobs` key the default jobs are used (`jobs: []` means no jobs);
 *  5. each job's keys override the package's (whole values, no deep merge), a job's `packages`
 *     selects packages and may override them further, deprecated `metadata` is merged in;
 *  6. `trigger: "a | b"` becomes one job per trigger;
 *  7. short forms are expanded (string lists, files_to_sync items, spec_source_id, branch mappings)
 *     and values are read as marshmallow reads them ("yes" → true, "3" → 3).
 *
 * The input must already be validated (see validate.ts); this module only reports what validation
 * cannot know, such as a spec file found by the deprecated search or a pkg_tool without dist-git.
 */







const SOURCE_GIT_CONFIG_FILE = '.distro/source-git.yaml';
const DEFAULT_JOBS = [
    { job: 'copr_build', trigger: 'pull_request', targets: ['fedora-stable'] },
    { job: 'tests', trigger: 'pull_request', targets: ['fedora-stable'] },
    { job: 'propose_downstream', trigger: 'release', dist_git_branches: ['fedora-all'] },
];
const DEFAULT_PRERELEASE_SUFFIX_PATTERN = '([.\\-_~^]?)(alpha|beta|rc|pre(view)?)([.\\-_]?\\d+)?';
/** Dist-git hosts per pkg_tool (Packit's DISTGIT_INSTANCES), with their lookaside caches. */
const DIST_GIT_INSTANCES = {
    fedpkg: {
        baseUrl: 'https://src.fedoraproject.org/',
        namespace: 'rpms',
        lookasideUrl: 'https://src.fedoraproject.org/repo/pkgs',
    },
    'fedpkg-stage': {
        baseUrl: 'https://src.stg.fedoraproject.org/',
        namespace: 'rpms',
        lookasideUrl: 'https://src.stg.fedoraproject.org/repo/pkgs',
    },
    centpkg: {
        baseUrl: 'https://gitlab.com/',
        namespace: 'redhat/centos-stream/rpms',
        lookasideUrl: 'https://sources.stream.centos.org/sources',
    },
    'centpkg-sig': {
        baseUrl: 'https://gitlab.com/',
        namespace: 'CentOS/{sig}/rpms',
        lookasideUrl: 'https://git.centos.org/sources',
    },
};
/** Jobs that target dist-git branches; without dist_git_branches they act on the default branch. */
const DIST_GIT_JOB_TYPES = new Set([
    'propose_downstream',
    'pull_from_upstream',
    'koji_build',
    'bodhi_update',
    'koji_build_tag',
]);
/**
 * The branches a dist-git job without dist_git_branches acts on: the default branch, except for
 * bodhi_update. Packit's checker (packit-service checker/bodhi.py) uses `fedora-stable` there, so
 * "no updates for rawhide, Bodhi makes those" as its comment says; but fedora-stable also leaves
 * out a branched, not yet released Fedora whose updates Bodhi does compose: srcgit uses
 * `fedora-branched` (stable and branched, never rawhide), as Packit's comment means.
 */
function defaultBranchesOf(type) {
    return type === 'bodhi_update' ? 'fedora-branched' : 'rawhide';
}
/** Keys typed in PackageConfig; all other package keys that are set go to `extra`. */
const TYPED_KEYS = new Set([
    'specfile_path',
    'downstream_package_name',
    'upstream_package_name',
    'upstream_project_url',
    'paths',
    'config_file_path',
    'upstream_ref',
    'upstream_tag_template',
    'upstream_tag_include',
    'upstream_tag_exclude',
    'version_update_mask',
    'version_update_specifiers',
    'prerelease_suffix_pattern',
    'prerelease_suffix_macro',
    'archive_root_dir_template',
    'files_to_sync',
    'sync_changelog',
    'copy_upstream_release_description',
    'create_sync_note',
    'create_pr',
    'upload_sources',
    'pkg_tool',
    'sig',
    'dist_git_base_url',
    'dist_git_namespace',
    'lookaside_cache_url',
    'dist_git_forge',
    'dist_git_branches',
    'patch_generation_ignore_paths',
    'patch_generation_patch_id_digits',
    'sources',
    'spec_source_id',
    'actions',
    'allowed_gpg_keys',
    'parse_time_macros',
    'allowed_pr_authors',
    'allowed_committers',
    'allowed_builders',
    'scratch',
    'bodhi_extra_params',
    'issue_repository',
    'notifications',
    'require',
    'packit_instances',
    'identifier',
]);
function resolveConfig(raw, file, context = {}, locate = () => undefined) {
    const diagnostics = [];
    const data = isDict(raw) ? structuredClone(raw) : {};
    delete data._;
    const isSourceGit = isSourceGitConfigFile(file);
    const isMonorepo = isDict(data.packages);
    const repoName = context.repoName;
    let specFiles;
    const getSpecFiles = () => {
        specFiles ??= typeof context.specFiles === 'function' ? context.specFiles() : (context.specFiles ?? []);
        return specFiles;
    };
    /** Packit's set_defaults on one package dict (or on the whole single-package config). */
    const setDefaults = (pkg, name, paths) => {
        if (!isNonEmptyString(pkg.specfile_path)) {
            const written = isNonEmptyString(pkg.downstream_package_name) ? pkg.downstream_package_name : undefined;
            pkg.specfile_path =
                written !== undefined
                    ? defaultSpecfilePath(written, isSourceGit)
                    : (findSpec(getSpecFiles(), paths, isSourceGit, (found) => {
                        const where = name === undefined ? undefined : locate(['packages', name]);
                        diagnostics.push((0,config_diagnostics/* makeWarning */.bh)(file, {
                            code: 'spec-search',
                            path: name === undefined ? '' : joinPath('packages', name),
                            message: `no specfile_path or downstream_package_name for package ${(0,config_diagnostics/* quote */.hD)(name ?? repoName ?? '')}; ` +
                                `using the first spec file found, ${(0,config_diagnostics/* quote */.hD)(found)} (Packit deprecated this search)`,
                            expected: 'specfile_path or downstream_package_name',
                            position: where ?? { line: 1, column: 1 },
                            suggestion: `add specfile_path: ${(0,config_diagnostics/* cut */.Jj)(found)}`,
                        }));
                    }) ?? null);
        }
        // setdefault: a key that is present, even as null, keeps its value.
        if (repoName !== undefined && repoName !== '') {
            if (!Object.hasOwn(pkg, 'upstream_package_name'))
                pkg.upstream_package_name = repoName;
            if (!Object.hasOwn(pkg, 'downstream_package_name'))
                pkg.downstream_package_name = repoName;
        }
    };
    // 1. Each package gets its defaults before it inherits anything (PackageConfig.get_from_dict):
    //    a top-level specfile_path, upstream_package_name or downstream_package_name never reaches a
    //    package that got a default of its own. Then the single-package form becomes a monorepo one.
    const packages = new Map();
    if (isMonorepo) {
        const topPaths = data.paths;
        for (const [name, value] of Object.entries(data.packages)) {
            const pkg = isDict(value) ? { ...value } : {};
            // Packit copies a top-level upstream_project_url (even null) into every package, over the package's own.
            if (Object.hasOwn(data, 'upstream_project_url'))
                pkg.upstream_project_url = data.upstream_project_url;
            setDefaults(pkg, name, Object.hasOwn(pkg, 'paths') ? pkg.paths : topPaths);
            // rearrange_packages: without a repository name, the key names the package.
            if (!Object.hasOwn(pkg, 'downstream_package_name'))
                pkg.downstream_package_name = name;
            packages.set(name, pkg);
        }
        delete data.downstream_package_name;
    }
    else {
        setDefaults(data, undefined, data.paths);
        const name = data.downstream_package_name;
        if (typeof name !== 'string') {
            diagnostics.push((0,config_diagnostics/* makeError */.xz)(file, {
                code: 'no-package-name',
                path: 'downstream_package_name',
                message: name === undefined
                    ? 'cannot tell the package name: the config sets no downstream_package_name and the repository name is unknown'
                    : 'downstream_package_name: null cannot name the package',
                expected: 'downstream_package_name: <name of the package in dist-git>',
                position: locate(['downstream_package_name']) ?? { line: 1, column: 1 },
                suggestion: 'add downstream_package_name, or use packages: {<name>: {...}}',
            }));
            return { diagnostics };
        }
        packages.set(name, { downstream_package_name: name, paths: data.paths ?? ['./'] });
        delete data.downstream_package_name;
        delete data.paths;
    }
    const jobsRaw = Array.isArray(data.jobs) ? data.jobs : undefined;
    const usesDefaultJobs = !Object.hasOwn(data, 'jobs');
    delete data.jobs;
    delete data.packages;
    // 2. rearrange_packages: every top-level key a package does not set is copied into it.
    const packageDicts = new Map();
    for (const [name, pkg] of packages) {
        const merged = { ...data, ...pkg };
        // Packit would carry null or "" names on; srcgit needs names, and takes the defaults instead.
        if (!isNonEmptyString(merged.downstream_package_name))
            merged.downstream_package_name = repoName || name;
        if (!isNonEmptyString(merged.upstream_package_name))
            merged.upstream_package_name = repoName || merged.downstream_package_name;
        packageDicts.set(name, merged);
        const where = () => locate(['packages', name, 'pkg_tool'], 'value') ?? locate(['pkg_tool'], 'value');
        checkPkgTool(merged, where, file, diagnostics);
    }
    // 3. Jobs (rearrange_jobs, process_job_triggers).
    const jobEntries = usesDefaultJobs ? DEFAULT_JOBS : (jobsRaw ?? []);
    const packageNames = [...packageDicts.keys()];
    const jobs = [];
    const missingSpec = new Map();
    jobEntries.forEach((entry, jobIndex) => {
        const job = withMetadataMerged(isDict(entry) ? entry : {});
        const jobOnly = {};
        const overrides = {};
        for (const [key, value] of Object.entries(job)) {
            if (Object.hasOwn(JOB_ONLY_KEYS, key)) {
                if (value !== null && value !== undefined)
                    jobOnly[key] = value;
            }
            else
                overrides[key] = value;
        }
        const selection = selectPackages(jobOnly, packageNames);
        const type = jobOnly.job;
        for (const trigger of splitTriggers(jobOnly.trigger)) {
            for (const [packageName, packageOverrides] of selection) {
                const effective = { ...packageDicts.get(packageName), ...overrides, ...packageOverrides };
                checkPkgTool(effective, () => locate(['jobs', jobIndex, 'packages', packageName, 'pkg_tool'], 'value') ??
                    locate(['jobs', jobIndex, 'pkg_tool'], 'value') ??
                    locate(['packages', packageName, 'pkg_tool'], 'value') ??
                    locate(['pkg_tool'], 'value'), file, diagnostics);
                const config = toPackageConfig(effective, file);
                if (config.dist_git_branches.length === 0 && DIST_GIT_JOB_TYPES.has(type)) {
                    config.dist_git_branches = [defaultBranchesOf(type)];
                }
                const skipBuild = marshmallowBoolean(jobOnly.skip_build) === true;
                // JobConfigSchema.specfile_path_defined: every job but tests with skip_build needs a spec.
                if (config.specfile_path === null && !(type === 'tests' && skipBuild)) {
                    const list = missingSpec.get(packageName) ?? [];
                    const label = `jobs[${jobIndex}] (${type})`;
                    if (!list.includes(label))
                        list.push(label);
                    missingSpec.set(packageName, list);
                }
                jobs.push({
                    type,
                    trigger: trigger,
                    package_name: packageName,
                    job_index: jobIndex,
                    default_job: usesDefaultJobs,
                    config,
                    fast_forward_merge_into: config.fast_forward_merge_into,
                    manual_trigger: marshmallowBoolean(jobOnly.manual_trigger) === true,
                    labels: resolve_stringList(jobOnly.labels),
                    skip_build: skipBuild,
                    // JobConfigView.identifier: in a config with several packages, a job's identifier
                    // defaults to its package's name.
                    identifier: config.identifier ?? (packageDicts.size > 1 ? packageName : null),
                    sidetag_group: stringOrNull(jobOnly.sidetag_group),
                    dependents: resolve_stringList(jobOnly.dependents),
                    dependencies: resolve_stringList(jobOnly.dependencies),
                });
            }
        }
    });
    for (const [name, jobLabels] of missingSpec) {
        const shown = jobLabels.length > 3
            ? `${jobLabels.slice(0, 3).join(', ')} and ${jobLabels.length - 3} more`
            : jobLabels.join(', ');
        diagnostics.push((0,config_diagnostics/* makeWarning */.bh)(file, {
            code: 'no-specfile',
            path: isMonorepo ? joinPath('packages', name) : 'specfile_path',
            message: `package ${(0,config_diagnostics/* quote */.hD)(name)} has no specfile_path and no spec file was found; Packit refuses such a ` +
                `configuration for ${shown} (only tests with skip_build: true need no spec file)`,
            expected: 'specfile_path',
            position: (isMonorepo ? locate(['packages', name]) : locate(['specfile_path'])) ?? {
                line: 1,
                column: 1,
            },
            suggestion: 'add specfile_path (or downstream_package_name, whose <name>.spec is the default)',
        }));
    }
    const resolvedPackages = {};
    for (const [name, dict] of packageDicts) {
        Object.defineProperty(resolvedPackages, name, {
            value: toPackageConfig(dict, file),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return {
        config: { file, repo_name: repoName ?? null, packages: resolvedPackages, jobs, warnings: [] },
        diagnostics,
    };
}
/** `trigger: "a | b"` is one job per trigger (process_job_triggers); without "|" the value is kept as written. */
function splitTriggers(trigger) {
    if (typeof trigger !== 'string')
        return [];
    return trigger.includes('|') ? trigger.split('|').map((part) => part.trim()) : [trigger];
}
/**
 * A pkg_tool Packit has no dist-git instance for fails when the package config is built
 * (DISTGIT_INSTANCES[pkg_tool]), unless dist_git_base_url makes the tool irrelevant.
 */
function checkPkgTool(d, where, file, diagnostics) {
    const tool = d.pkg_tool;
    if (!isNonEmptyString(tool) || Object.hasOwn(DIST_GIT_INSTANCES, tool))
        return;
    if (d.dist_git_base_url !== undefined && d.dist_git_base_url !== null)
        return;
    diagnostics.push((0,config_diagnostics/* makeError */.xz)(file, {
        code: 'invalid-value',
        path: 'pkg_tool',
        message: `pkg_tool: unknown packaging tool ${(0,config_diagnostics/* quote */.hD)(tool)}; Packit knows the dist-git of ${Object.keys(DIST_GIT_INSTANCES).join(', ')}`,
        expected: `one of: ${Object.keys(DIST_GIT_INSTANCES).join(', ')}`,
        position: where() ?? { line: 1, column: 1 },
        suggestion: (0,suggest/* didYouMean */.au)(tool, Object.keys(DIST_GIT_INSTANCES)) ??
            'set dist_git_base_url and dist_git_namespace for another dist-git',
    }));
}
function isSourceGitConfigFile(file) {
    const normalized = file.replace(/\\/g, '/');
    return normalized === SOURCE_GIT_CONFIG_FILE || normalized.endsWith(`/${SOURCE_GIT_CONFIG_FILE}`);
}
/**
 * `<downstream_package_name>.spec`, the default Packit gives when downstream_package_name is written;
 * for `.distro/source-git.yaml` srcgit looks in `.distro/`, where source-git keeps the spec.
 */
function defaultSpecfilePath(name, isSourceGit) {
    return isSourceGit ? `.distro/${name}.spec` : `${name}.spec`;
}
/** The deprecated search for one package, calling `found` with its result. */
function findSpec(specFiles, paths, isSourceGit, found) {
    const spec = searchSpecFile(specFiles, firstPath(paths), isSourceGit);
    if (spec !== undefined)
        found(spec);
    return spec;
}
/**
 * Packit's deprecated spec search: the first spec file, preferring the top directory, never under
 * `tests/`. For a monorepo package, only spec files below its paths[0] count (relative to it).
 * In a source-git repo, `.distro/` is where the spec lives.
 */
function searchSpecFile(specFiles, workingDirectory, isSourceGit) {
    const base = workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '');
    const candidates = specFiles
        .filter((spec) => base === '' || spec.startsWith(`${base}/`))
        .map((spec) => (base === '' ? spec : spec.slice(base.length + 1)))
        .filter((spec) => spec.split('/')[0] !== 'tests');
    if (isSourceGit) {
        const distro = candidates.find((spec) => spec.startsWith('.distro/'));
        if (distro !== undefined)
            return distro;
    }
    return candidates.find((spec) => !spec.includes('/')) ?? candidates[0];
}
/**
 * Merge the deprecated `metadata` mapping into the job, as rearrange_jobs does: a false-like value
 * is dropped; the old branch keys are renamed in Packit's order, so `dist_git_branch` wins over
 * `dist-git-branch`, which wins over `dist_git_branches`; metadata's values replace the job's.
 */
function withMetadataMerged(job) {
    const { metadata, ...rest } = job;
    if (!isDict(metadata))
        return rest;
    const renamed = { ...metadata };
    for (const key of METADATA_RENAMED_KEYS) {
        if (!Object.hasOwn(renamed, key))
            continue;
        const value = renamed[key];
        delete renamed[key];
        delete renamed.dist_git_branches;
        renamed.dist_git_branches = value;
    }
    return { ...rest, ...renamed };
}
/**
 * The packages a job applies to, each with its job-specific overrides (highest precedence). No
 * `packages`, or a false-like one ([] or {} included), means all of them; `package` narrows the
 * selection to one.
 */
function selectPackages(jobOnly, packageNames) {
    const selected = jobOnly.packages;
    let selection;
    if (Array.isArray(selected) && selected.length > 0) {
        selection = packageNames.filter((name) => selected.includes(name)).map((name) => [name, {}]);
    }
    else if (isDict(selected) && Object.keys(selected).length > 0) {
        selection = Object.entries(selected)
            .filter(([name]) => packageNames.includes(name))
            .map(([name, overrides]) => [name, isDict(overrides) ? overrides : {}]);
    }
    else {
        selection = packageNames.map((name) => [name, {}]);
    }
    const single = jobOnly.package;
    return typeof single === 'string' ? selection.filter(([name]) => name === single) : selection;
}
/** Apply defaults and expand short forms: the dictionary of one package (or job) → PackageConfig. */
function toPackageConfig(d, file) {
    const { branches, fastForwardMergeInto } = normalizeDistGitBranches(d.dist_git_branches);
    const instance = distGitInstance(d);
    const extra = {};
    for (const [key, value] of Object.entries(d)) {
        const spec = ownValue(PACKAGE_KEYS, key);
        if (TYPED_KEYS.has(key) || !spec || value === undefined)
            continue;
        extra[key] = readExtra(spec.spec.type, value);
    }
    return {
        specfile_path: stringOrNull(d.specfile_path),
        downstream_package_name: String(d.downstream_package_name),
        upstream_package_name: String(d.upstream_package_name),
        upstream_project_url: stringOrNull(d.upstream_project_url),
        // CommonPackageConfig: `paths or ["./"]`, so an empty list is the default too.
        paths: Array.isArray(d.paths) && d.paths.length > 0 ? resolve_stringList(d.paths) : ['./'],
        config_file_path: typeof d.config_file_path === 'string' ? d.config_file_path : file,
        upstream_ref: stringOrNull(d.upstream_ref),
        upstream_tag_template: stringOr(d.upstream_tag_template, '{version}'),
        upstream_tag_include: stringOr(d.upstream_tag_include, ''),
        upstream_tag_exclude: stringOr(d.upstream_tag_exclude, ''),
        version_update_mask: stringOrNull(d.version_update_mask),
        version_update_specifiers: stringOrNull(d.version_update_specifiers),
        prerelease_suffix_pattern: prereleasePattern(d.prerelease_suffix_pattern),
        prerelease_suffix_macro: stringOrNull(d.prerelease_suffix_macro),
        archive_root_dir_template: stringOr(d.archive_root_dir_template, '{upstream_pkg_name}-{version}'),
        files_to_sync: normalizeFilesToSync(d.files_to_sync),
        sync_changelog: booleanOr(d.sync_changelog, false),
        copy_upstream_release_description: booleanOr(d.copy_upstream_release_description, false),
        create_sync_note: booleanOr(d.create_sync_note, true),
        create_pr: booleanOr(d.create_pr, true),
        upload_sources: booleanOr(d.upload_sources, true),
        pkg_tool: isNonEmptyString(d.pkg_tool) ? d.pkg_tool : 'fedpkg',
        sig: stringOrNull(d.sig),
        dist_git_base_url: instance.baseUrl,
        dist_git_namespace: instance.namespace,
        lookaside_cache_url: instance.lookasideUrl,
        dist_git_forge: distGitForge(d.dist_git_forge),
        dist_git_branches: branches,
        fast_forward_merge_into: fastForwardMergeInto,
        patch_generation_ignore_paths: resolve_stringList(d.patch_generation_ignore_paths),
        patch_generation_patch_id_digits: integerOr(d.patch_generation_patch_id_digits, 4),
        sources: normalizeSources(d.sources),
        spec_source_id: normalizeSpecSourceId(d.spec_source_id),
        actions: normalizeActions(d.actions),
        allowed_gpg_keys: Array.isArray(d.allowed_gpg_keys) ? resolve_stringList(d.allowed_gpg_keys) : null,
        parse_time_macros: normalizeMacros(d.parse_time_macros),
        allowed_pr_authors: Array.isArray(d.allowed_pr_authors) ? resolve_stringList(d.allowed_pr_authors) : ['packit'],
        allowed_committers: resolve_stringList(d.allowed_committers),
        allowed_builders: Array.isArray(d.allowed_builders) ? resolve_stringList(d.allowed_builders) : ['packit'],
        scratch: booleanOr(d.scratch, false),
        bodhi_extra_params: isDict(d.bodhi_extra_params) ? structuredClone(d.bodhi_extra_params) : {},
        issue_repository: stringOrNull(d.issue_repository),
        notifications: normalizeNotifications(d.notifications),
        require: normalizeRequirements(d.require),
        packit_instances: Array.isArray(d.packit_instances) ? resolve_stringList(d.packit_instances) : ['prod'],
        identifier: stringOrNull(d.identifier),
        extra,
    };
}
/**
 * Dist-git host, namespace and lookaside cache. An explicit dist_git_base_url wins (only its host
 * is kept, as in Packit), then pkg_tool, then Fedora.
 */
function distGitInstance(d) {
    const tool = isNonEmptyString(d.pkg_tool) ? d.pkg_tool : 'fedpkg';
    const known = ownValue(DIST_GIT_INSTANCES, tool) ?? DIST_GIT_INSTANCES.fedpkg;
    const sig = typeof d.sig === 'string' ? d.sig : '';
    let { baseUrl, namespace, lookasideUrl } = known;
    namespace = namespace.replace('{sig}', sig);
    // _construct_dist_git_instance: dist_git_namespace counts only together with dist_git_base_url.
    if (typeof d.dist_git_base_url === 'string') {
        baseUrl = hostOnlyUrl(d.dist_git_base_url);
        namespace = typeof d.dist_git_namespace === 'string' ? d.dist_git_namespace : 'rpms';
        lookasideUrl = `${baseUrl}repo/pkgs`;
    }
    if (typeof d.lookaside_cache_url === 'string')
        lookasideUrl = d.lookaside_cache_url.replace(/\/+$/, '');
    return { baseUrl, namespace, lookasideUrl };
}
/** srcgit's dist_git_forge; validation refused any other value, so that falls back to 'auto'. */
function distGitForge(value) {
    return (0,forge/* isDistGitForgeChoice */.d)(value) ? value : 'auto';
}
function hostOnlyUrl(url) {
    try {
        const parsed = new URL(url);
        // A file:// mirror has no host: its path is the base.
        if (parsed.protocol === 'file:')
            return `file://${parsed.pathname.replace(/\/*$/, '/')}`;
        return `${parsed.protocol}//${parsed.host}/`;
    }
    catch {
        // A bare host name such as "src.fedoraproject.org".
        return `https://${url.replace(/^\/+|\/+$/g, '')}/`;
    }
}
function normalizeDistGitBranches(value) {
    const fastForwardMergeInto = {};
    if (typeof value === 'string')
        return { branches: [value], fastForwardMergeInto };
    if (Array.isArray(value))
        return { branches: resolve_stringList(value), fastForwardMergeInto };
    if (!isDict(value))
        return { branches: [], fastForwardMergeInto };
    for (const [branch, options] of Object.entries(value)) {
        // get_fast_forward_merge_branches_for acts only on a list.
        const targets = isDict(options) ? options.fast_forward_merge_into : undefined;
        const list = resolve_stringList(targets);
        if (list.length > 0)
            Object.defineProperty(fastForwardMergeInto, branch, ownProperty(list));
    }
    return { branches: Object.keys(value), fastForwardMergeInto };
}
function normalizeFilesToSync(value) {
    if (!Array.isArray(value))
        return [];
    const items = value.filter((item) => typeof item === 'string' || isDict(item));
    return items.map((item) => {
        if (typeof item === 'string') {
            return { src: [item], dest: item, mkpath: false, delete: false, filters: [] };
        }
        const dict = item;
        return {
            src: typeof dict.src === 'string' ? [dict.src] : resolve_stringList(dict.src),
            dest: String(dict.dest),
            mkpath: marshmallowBoolean(dict.mkpath) === true,
            delete: marshmallowBoolean(dict.delete) === true,
            filters: resolve_stringList(dict.filters),
        };
    });
}
function normalizeSources(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isDict).map((item) => ({ path: String(item.path), url: String(item.url) }));
}
/**
 * Packit's spec_source_id_fm: whatever Python's int() reads (`3`, `"3"`, `" 3"`, `3.7`) becomes
 * `"Source<N>"`; other names are kept; unset or empty → `"Source0"`.
 */
function normalizeSpecSourceId(value) {
    const number = typeof value === 'boolean' ? undefined : marshmallowInteger(value);
    if (number !== undefined && value !== 0 && value !== '')
        return `Source${number}`;
    if (typeof value === 'string' && value !== '')
        return value;
    return 'Source0';
}
function normalizeActions(value) {
    const actions = {};
    if (!isDict(value))
        return actions;
    for (const [name, commands] of Object.entries(value)) {
        if (typeof commands === 'string')
            Object.defineProperty(actions, name, ownProperty([commands]));
        else if (Array.isArray(commands)) {
            const list = commands.map((command) => (Array.isArray(command) ? command.map(String) : String(command)));
            Object.defineProperty(actions, name, ownProperty(list));
        }
    }
    return actions;
}
function normalizeMacros(value) {
    const macros = {};
    if (!isDict(value))
        return macros;
    for (const [name, macro] of Object.entries(value))
        Object.defineProperty(macros, name, ownProperty(macro === null ? null : String(macro)));
    return macros;
}
/**
 * An ordinary own property for a key taken from the configuration: defining it (instead of
 * assigning) keeps a key such as `__proto__` a plain key, whatever validation let through.
 */
function ownProperty(value) {
    return { value, enumerable: true, writable: true, configurable: true };
}
/**
 * Pre-release handling: unset → Packit's default pattern; "" → off (specfile skips an empty pattern);
 * a pattern that is not a regular expression → off too, as Packit falls back to a plain version
 * update when specfile refuses the pattern.
 */
function prereleasePattern(value) {
    if (value === undefined)
        return DEFAULT_PRERELEASE_SUFFIX_PATTERN;
    if (typeof value !== 'string' || value === '')
        return null;
    return (0,regex/* pythonRegexProblem */.LB)(value) === undefined ? value : null;
}
/** A pass-through key as Packit's schema reads it: "yes" → true for booleans, "3" → 3 for integers. */
function readExtra(type, value) {
    if (type === 'targets' && typeof value === 'string')
        return [value];
    if (type === 'boolean')
        return marshmallowBoolean(value) ?? value;
    if (type === 'integer')
        return marshmallowInteger(value) ?? value;
    return structuredClone(value);
}
function normalizeNotifications(value) {
    const d = isDict(value) ? value : {};
    const pullRequest = isDict(d.pull_request) ? d.pull_request : {};
    const failureComment = isDict(d.failure_comment) ? d.failure_comment : {};
    const failureIssue = isDict(d.failure_issue) ? d.failure_issue : {};
    return {
        pull_request: { successful_build: booleanOr(pullRequest.successful_build, false) },
        failure_comment: { message: stringOrNull(failureComment.message) },
        failure_issue: { create: booleanOr(failureIssue.create, true) },
    };
}
function normalizeRequirements(value) {
    const d = isDict(value) ? value : {};
    const label = isDict(d.label) ? d.label : {};
    return { label: { present: resolve_stringList(label.present), absent: resolve_stringList(label.absent) } };
}
function firstPath(paths) {
    return Array.isArray(paths) && typeof paths[0] === 'string' ? paths[0] : './';
}
function isDict(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isNonEmptyString(value) {
    return typeof value === 'string' && value !== '';
}
function stringOrNull(value) {
    return typeof value === 'string' ? value : null;
}
function stringOr(value, fallback) {
    return typeof value === 'string' ? value : fallback;
}
function booleanOr(value, fallback) {
    return marshmallowBoolean(value) ?? fallback;
}
function integerOr(value, fallback) {
    return typeof value === 'boolean' ? fallback : (marshmallowInteger(value) ?? fallback);
}
function resolve_stringList(value) {
    return Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined).map(String) : [];
}

;// CONCATENATED MODULE: ./build/bundle-src/config/load.js
/**
 * Parse, validate and resolve a configuration: the pure text-in variant and the repository loader.
 */






/**
 * Parse, validate and resolve configuration text. Pure: `fileName` is only used in diagnostics and
 * to recognise a source-git config (`.distro/source-git.yaml`), whose spec defaults to `.distro/`.
 */
function parseConfigText(text, fileName, context = {}) {
    const parsed = (0,tree/* parseYamlTree */.NL)(text, fileName);
    if ((0,config_diagnostics/* hasErrors */.Cs)(parsed.diagnostics))
        return { diagnostics: dedupe(parsed.diagnostics) };
    const diagnostics = [...parsed.diagnostics, ...validateConfigTree(parsed.root, fileName, context)];
    if ((0,config_diagnostics/* hasErrors */.Cs)(diagnostics))
        return { diagnostics: dedupe(diagnostics) };
    const plain = parsed.root ? (0,tree/* toPlain */.Ul)(parsed.root) : {};
    const resolved = resolveConfig(plain, fileName, context, (keys, part) => locate(parsed.root, keys, part));
    const all = dedupe([...diagnostics, ...resolved.diagnostics]);
    if (!resolved.config || (0,config_diagnostics/* hasErrors */.Cs)(all))
        return { diagnostics: all };
    resolved.config.warnings = all;
    return { config: resolved.config, diagnostics: all };
}
/**
 * Find, read and resolve the configuration of the repository in `repoDir`.
 * Throws ConfigError (listing every problem) when the configuration has any error; warnings are
 * returned in `warnings`.
 */
/** The repository's name, as Packit takes it: from its remote (origin first), else its directory. */
async function repositoryName(repoDir) {
    return (await remoteRepoName(repoDir)) ?? external_node_path_.basename(external_node_path_.resolve(repoDir));
}
async function loadConfig(repoDir, options = {}) {
    const choice = chooseConfigFile(repoDir, options.configFile);
    if (!choice.path)
        throw new config_diagnostics/* ConfigError */.xL(choice.diagnostics, choice.displayPath);
    const text = await readConfigText(choice.path, repoDir);
    const repoName = options.repoName ?? (await repositoryName(repoDir));
    const result = parseConfigText(text, choice.displayPath, {
        repoName,
        specFiles: () => listSpecFiles(repoDir),
    });
    const diagnostics = [...choice.diagnostics, ...result.diagnostics];
    if (!result.config)
        throw new config_diagnostics/* ConfigError */.xL(diagnostics, choice.displayPath, text);
    result.config.warnings = diagnostics;
    return result.config;
}
/** Where the key at `keys` was written (its last key, or list item), or with `part: 'value'` its value. */
function locate(root, keys, part = 'key') {
    let node = root;
    let position;
    for (const key of keys) {
        if (typeof key === 'number') {
            if (!node || node.kind !== 'seq' || key >= node.items.length)
                return undefined;
            node = node.items[key];
            position = node.pos;
            continue;
        }
        if (!node || node.kind !== 'map')
            return undefined;
        const entry = (0,tree/* findEntry */.w4)(node, key);
        if (!entry)
            return undefined;
        position = entry.keyPos;
        node = entry.value;
    }
    return part === 'value' && node ? node.pos : position;
}
/**
 * Diagnostics in file order. A problem inside an anchored node is found once per alias using it;
 * report it once, at the first path that reached it.
 */
function dedupe(diagnostics) {
    const seen = new Set();
    return (0,config_diagnostics/* sortDiagnostics */.Ds)(diagnostics).filter((d) => {
        if (d.line === undefined)
            return true;
        // The same message at the same place, differing only in the job index of the path.
        const key = `${d.severity}:${d.code}:${d.line}:${d.column}:${d.message.replace(/\[\d+\]/g, '[]')}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./build/bundle-src/config/output.js
/**
 * Printing a resolved configuration, for `srcgit config check` and for debugging.
 */

/** A package as users write it: typed keys followed by the pass-through (`extra`) keys. */
function packageToPlain(pkg) {
    const { extra, ...typed } = pkg;
    return { ...typed, ...extra };
}
/**
 * A job as users write it: `job`, `trigger`, `package`, job-only keys that differ from their
 * defaults, then only the keys whose value differs from the package's (the job's overrides).
 */
function jobToPlain(job, pkg) {
    const plain = { job: job.type, trigger: job.trigger, package: job.package_name };
    if (job.default_job)
        plain.default_job = true;
    if (job.manual_trigger)
        plain.manual_trigger = true;
    if (job.skip_build)
        plain.skip_build = true;
    // With several packages a job's identifier defaults to its package's name.
    if (job.identifier !== job.config.identifier)
        plain.identifier = job.identifier;
    if (job.labels.length > 0)
        plain.labels = job.labels;
    if (job.sidetag_group !== null)
        plain.sidetag_group = job.sidetag_group;
    if (job.dependents.length > 0)
        plain.dependents = job.dependents;
    if (job.dependencies.length > 0)
        plain.dependencies = job.dependencies;
    const packagePlain = pkg ? packageToPlain(pkg) : {};
    for (const [key, value] of Object.entries(packageToPlain(job.config))) {
        if (!(key in packagePlain) || JSON.stringify(packagePlain[key]) !== JSON.stringify(value))
            plain[key] = value;
    }
    return plain;
}
/** The resolved configuration as plain data, in the shape `configToYaml` prints. */
function configToPlain(config) {
    const packages = {};
    for (const [name, pkg] of Object.entries(config.packages))
        packages[name] = packageToPlain(pkg);
    return {
        file: config.file,
        packages,
        jobs: config.jobs.map((job) => jobToPlain(job, config.packages[job.package_name])),
    };
}
/** YAML for humans: every package in full, every job with only what it changes. */
function configToYaml(config) {
    // Packages share inherited values; print them in full rather than as YAML anchors and aliases.
    const document = new dist/* Document */.yo(configToPlain(config), { aliasDuplicateObjects: false });
    document.commentBefore =
        ` Resolved configuration from ${config.file}\n` +
            ' Jobs list only the keys that differ from their package; one entry per trigger and package.';
    return document.toString({ lineWidth: 0 });
}
/** JSON for tools: the complete ResolvedConfig, every job with its full effective configuration. */
function configToJson(config) {
    return `${JSON.stringify(config, null, 2)}\n`;
}
/** Keys every package shows in the short form: what srcgit reads and writes by name. */
const ALWAYS_SHOWN = ['downstream_package_name', 'upstream_package_name', 'specfile_path'];
/**
 * The short form: per package only the keys whose value is not Packit's default (what the file
 * sets, resolved), the jobs srcgit runs with what it runs them as, and the others listed as not
 * run by srcgit. `defaults` is a package resolved from an empty file.
 */
function configToSummaryPlain(config, defaults, role) {
    const defaultPlain = packageToPlain(defaults);
    const packages = {};
    for (const [name, pkg] of Object.entries(config.packages)) {
        const plain = packageToPlain(pkg);
        const shown = {};
        for (const [key, value] of Object.entries(plain))
            if (ALWAYS_SHOWN.includes(key) ||
                JSON.stringify(value) !== JSON.stringify(defaultPlain[key]))
                shown[key] = value;
        packages[name] = shown;
    }
    const jobs = [];
    const notRun = [];
    for (const job of config.jobs) {
        const srcgit = role(job);
        const where = `jobs[${job.job_index}] ${job.type} (trigger ${job.trigger}${Object.keys(config.packages).length > 1 ? `, package ${job.package_name}` : ''})`;
        if (srcgit)
            jobs.push({ srcgit, ...jobToPlain(job, config.packages[job.package_name]) });
        else
            notRun.push(job.default_job ? `${where}, one of Packit's default jobs` : where);
    }
    return {
        file: config.file,
        packages,
        jobs,
        ...(notRun.length > 0 ? { 'not run by srcgit': notRun } : {}),
    };
}
/** The short form as YAML (see configToSummaryPlain). */
function configSummaryToYaml(config, defaults, role) {
    const document = new dist/* Document */.yo(configToSummaryPlain(config, defaults, role), {
        aliasDuplicateObjects: false,
    });
    document.commentBefore =
        ` Configuration from ${config.file}: what it sets and what srcgit will do\n` +
            ' Packages list the keys whose value is not the default; `srcgit config check --all` prints every key.\n' +
            ' Packit service jobs (builds, tests, Koji, Bodhi, ...) are listed as not run by srcgit.';
    return document.toString({ lineWidth: 0 });
}

// EXTERNAL MODULE: ./build/bundle-src/runtime/user-errors.js
var user_errors = __webpack_require__(77720);
;// CONCATENATED MODULE: ./build/bundle-src/config/views.js

/** srcgit jobs → the Packit jobs whose views they run from. */
const PROPOSE_DOWNSTREAM = { types: ['propose_downstream'], trigger: 'release' };
/** Packit's downstream jobs: builds of dist-git commits and updates of those builds (trigger commit). */
const KOJI_BUILD = { types: ['koji_build'], trigger: 'commit', sideTagTrigger: true };
const BODHI_UPDATE = { types: ['bodhi_update'], trigger: 'commit', sideTagTrigger: true };
const SYNC_FROM_DOWNSTREAM = {
    types: ['sync_from_downstream', 'propose_downstream'],
    trigger: 'commit',
};
/**
 * pull-from-upstream runs from Packit's pull_from_upstream job (trigger release); a source-git
 * repository that has only propose_downstream runs from that.
 */
const PULL_FROM_UPSTREAM = {
    types: ['pull_from_upstream', 'propose_downstream'],
    trigger: 'release',
};
class JobViewError extends Error {
}
(0,user_errors/* registerUserError */.X)(JobViewError);
/**
 * The views a job runs from, in the order of the file: every job of the first type present that
 * the event's trigger (or, for sync_from_downstream falling back to propose_downstream, any
 * trigger but `ignore`) selects, for the named package or all of them. Without any job of these
 * types, each package's own configuration (Packit's CLI does the same, with the default branch).
 */
function jobViews(config, selector, packageName) {
    const names = Object.keys(config.packages);
    if (packageName !== undefined && !(packageName in config.packages))
        throw new JobViewError(`${config.file} has no package "${packageName}" (packages: ${names.join(', ')}); ` +
            'give one of those names, or leave the package out to run for all of them');
    const wanted = (name) => packageName === undefined || name === packageName;
    const notes = [];
    for (const type of selector.types) {
        const primary = type === selector.types[0];
        // A fallback type counts only as written: Packit's default jobs are for their own type.
        const ofType = config.jobs.filter((job) => job.type === type && wanted(job.package_name) && (primary || !job.default_job));
        if (ofType.length === 0)
            continue;
        const chosen = ofType.filter((job) => primary
            ? job.trigger === selector.trigger ||
                (selector.sideTagTrigger === true && job.trigger === 'koji_build' && job.sidetag_group !== null)
            : job.trigger !== 'ignore');
        if (chosen.length === 0) {
            const triggers = [...new Set(ofType.map((job) => job.trigger))].join(', ');
            notes.push(`the ${type} job${ofType.length > 1 ? 's' : ''} in ${config.file} ${ofType.length > 1 ? 'have' : 'has'} ` +
                `trigger: ${triggers}, not ${selector.trigger}: nothing to do (set trigger: ${selector.trigger} to enable it)`);
            return { views: [], notes };
        }
        if (!primary)
            notes.push(`${config.file} has no ${selector.types[0]} job: using the ${type} job's configuration`);
        const defaultJobsNote = chosen.some((job) => job.default_job)
            ? `${config.file} has no jobs: Packit's default ${type} job applies ` +
                `(dist_git_branches: ${chosen[0].config.dist_git_branches.join(', ')}); list your jobs to choose the branches`
            : undefined;
        return { views: chosen.map((job) => viewOf(job)), notes, defaultJobsNote };
    }
    const fallback = names.filter(wanted).map((name) => ({
        packageKey: name,
        pkg: withDefaultBranch(config.packages[name]),
        origin: `packages.${name}`,
    }));
    // Said when the file lists jobs of its own (without any, the package is the natural choice).
    if (config.jobs.some((job) => !job.default_job))
        notes.push(`${config.file} has no ${selector.types.join(' or ')} job: using the package configuration ` +
            `(dist_git_branches: ${[...new Set(fallback.flatMap((v) => v.pkg.dist_git_branches))].join(', ')})`);
    return { views: fallback, notes };
}
/** The one view of a job that works on one package: the named one, or the only one there is. */
function singleJobView(config, selector, packageName, what) {
    const { views, notes } = jobViews(config, selector, packageName);
    const packages = [...new Set(views.map((v) => v.packageKey))];
    if (packages.length > 1)
        throw new JobViewError(`${config.file} defines ${packages.length} packages for ${what} (${packages.join(', ')}); choose one with --package`);
    if (views.length === 0)
        throw new JobViewError(`${config.file}: ${notes.join('; ') || `no configuration for ${what}`}`);
    if (views.length > 1)
        notes.push(`${views.length} ${views[0].job?.type ?? ''} jobs for ${packages[0]}: ${what} uses the first (${views[0].origin})`);
    return { view: views[0], notes };
}
function viewOf(job) {
    return {
        packageKey: job.package_name,
        pkg: job.config,
        job,
        origin: job.default_job ? "Packit's default jobs" : `jobs[${job.job_index}] (${job.type})`,
    };
}
/** A package configuration used as a job's: without branches, the dist-git default branch. */
function withDefaultBranch(pkg) {
    return pkg.dist_git_branches.length > 0 ? pkg : { ...pkg, dist_git_branches: ['rawhide'] };
}

;// CONCATENATED MODULE: ./build/bundle-src/config/index.js
/**
 * Repository configuration: Packit-compatible `.distro/source-git.yaml` / `.packit.yaml`, validated
 * with positioned diagnostics and resolved into one typed configuration per package and job.
 */











/***/ }),

/***/ 97910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ pythonRegexProblem),
/* harmony export */   vG: () => (/* binding */ compilePythonRegex)
/* harmony export */ });
/* unused harmony export translatePythonRegex */
/**
 * Packit's regex options (`upstream_tag_include`, `version_update_mask`, ...) are Python `re`
 * patterns. Most of that syntax is valid JavaScript; this module translates the parts that are not,
 * so the same pattern can be validated here and later used by the release-sync code.
 */
/** Python inline flags that have a JavaScript equivalent. `a`, `L`, `u` change nothing we rely on. */
const INLINE_FLAG_MAP = { i: 'i', m: 'm', s: 's', a: '', L: '', u: '' };
/**
 * Translate Python regex syntax to JavaScript:
 * - named groups `(?P<name>...)` → `(?<name>...)` and back-references `(?P=name)` → `\k<name>`
 * - `\A` → `^` and `\Z` → `$` (outside character classes)
 * - global inline flags at the very start, e.g. `(?i)` → the `i` flag
 *
 * Throws an Error for Python-only constructs that cannot be expressed (verbose mode `(?x)`).
 */
function translatePythonRegex(pattern) {
    let rest = pattern;
    let flags = '';
    const inlineFlags = /^\(\?([aiLmsux]+)\)/.exec(rest);
    if (inlineFlags) {
        for (const flag of inlineFlags[1]) {
            const mapped = INLINE_FLAG_MAP[flag];
            if (mapped === undefined)
                throw new Error(`the Python inline flag "(?${flag})" has no JavaScript equivalent`);
            if (!flags.includes(mapped))
                flags += mapped;
        }
        rest = rest.slice(inlineFlags[0].length);
    }
    let source = '';
    let inClass = false;
    for (let i = 0; i < rest.length; i++) {
        const char = rest[i];
        if (char === '\\') {
            const next = rest[i + 1] ?? '';
            if (!inClass && next === 'A')
                source += '^';
            else if (!inClass && next === 'Z')
                source += '$';
            else
                source += char + next;
            i++;
            continue;
        }
        if (inClass) {
            if (char === ']')
                inClass = false;
            source += char;
            continue;
        }
        if (char === '[') {
            inClass = true;
            source += char;
            // A `]` right after `[` or `[^` is a literal in both dialects; copy it so it does not close the class.
            if (rest[i + 1] === '^')
                source += rest[++i];
            if (rest[i + 1] === ']')
                source += rest[++i];
            continue;
        }
        if (rest.startsWith('(?P<', i)) {
            source += '(?<';
            i += 3;
            continue;
        }
        const backReference = /^\(\?P=(\w+)\)/.exec(rest.slice(i));
        if (backReference) {
            source += `\\k<${backReference[1]}>`;
            i += backReference[0].length - 1;
            continue;
        }
        source += char;
    }
    return { source, flags };
}
/**
 * Compile a Python regex as a JavaScript RegExp. Compiled without the `u` flag so that, like Python,
 * a stray `{` or `]` is a literal instead of a syntax error.
 */
function compilePythonRegex(pattern) {
    const { source, flags } = translatePythonRegex(pattern);
    return new RegExp(source, flags);
}
/** The reason a Python regex is unusable, or undefined when it compiles. */
function pythonRegexProblem(pattern) {
    try {
        compilePythonRegex(pattern);
        return undefined;
    }
    catch (error) {
        // "Invalid regular expression: /(a/: Unterminated group" → "Unterminated group"
        return error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    }
}


/***/ }),

/***/ 34633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NL: () => (/* binding */ parseYamlTree),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   w4: () => (/* binding */ findEntry)
/* harmony export */ });
/* unused harmony exports pyyamlPlainScalar, MAX_DEPTH, MAX_ALIAS_NODES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54357);
/**
 * YAML text → a small tree of plain values that remembers where every key and value was written.
 *
 * Validation needs positions, resolution needs plain data; this tree serves both. Aliases are
 * resolved and `<<` merge keys applied here, so no later stage has to know YAML's tricks: a
 * merged-in key simply appears in the mapping, carrying the position where it was written (inside
 * the anchored node).
 *
 * The YAML is read the way Packit's PyYAML `safe_load` reads it where the two differ: plain scalars
 * get PyYAML's YAML 1.1 types (yes/no/on/off are booleans, 010 is 8, 1e3 is a string, dates are
 * refused because Packit cannot load them), each with a warning where YAML 1.2 reads them
 * otherwise; a key written twice keeps its last value (with a warning); one document only; no
 * application-specific tags. Because aliases are expanded here
 * (the `yaml` library's own `maxAliasCount` guard only applies to its `toJS()`, which this module
 * does not use), the expansion is capped: an alias bomb is an error, not a hang.
 */


/**
 * PyYAML's implicit resolvers (yaml/resolver.py, YAML 1.1) for plain scalars, in its order. The
 * booleans are PyYAML's spellings, not the YAML 1.1 spec's (no y/n).
 */
const PYYAML_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const PYYAML_FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const PYYAML_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PYYAML_NULL = /^(?:~|null|Null|NULL|)$/;
const PYYAML_TIMESTAMP = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
/** PyYAML's reading of a plain scalar (resolvers are chosen by the first character, as in PyYAML). */
function pyyamlPlainScalar(source) {
    const first = source.charAt(0);
    if ('yYnNtTfFoO'.includes(first) && first !== '' && PYYAML_BOOL.test(source))
        return { value: ['yes', 'true', 'on'].includes(source.toLowerCase()) };
    if ('-+0123456789.'.includes(first) && first !== '' && PYYAML_FLOAT.test(source))
        return { value: pyyamlFloat(source) };
    if ('-+0123456789'.includes(first) && first !== '' && PYYAML_INT.test(source))
        return { value: pyyamlInt(source) };
    if (('~nN'.includes(first) || source === '') && PYYAML_NULL.test(source))
        return { value: null };
    if ('0123456789'.includes(first) && first !== '' && PYYAML_TIMESTAMP.test(source))
        return { refused: 'timestamp' };
    if (source === '=')
        return { refused: 'value' };
    return { value: source };
}
/** SafeConstructor.construct_yaml_int. */
function pyyamlInt(source) {
    let text = source.replace(/_/g, '');
    let sign = 1;
    if (text.startsWith('-') || text.startsWith('+')) {
        if (text.startsWith('-'))
            sign = -1;
        text = text.slice(1);
    }
    if (text === '0')
        return 0;
    if (text.startsWith('0b'))
        return sign * parseInt(text.slice(2), 2);
    if (text.startsWith('0x'))
        return sign * parseInt(text.slice(2), 16);
    if (text.startsWith('0'))
        return sign * parseInt(text, 8);
    if (text.includes(':'))
        return sign * sexagesimal(text);
    return sign * Number(text);
}
/** SafeConstructor.construct_yaml_float. */
function pyyamlFloat(source) {
    let text = source.replace(/_/g, '').toLowerCase();
    let sign = 1;
    if (text.startsWith('-') || text.startsWith('+')) {
        if (text.startsWith('-'))
            sign = -1;
        text = text.slice(1);
    }
    if (text === '.inf')
        return sign * Infinity;
    if (text === '.nan')
        return NaN;
    if (text.includes(':'))
        return sign * sexagesimal(text);
    return sign * Number(text);
}
function sexagesimal(text) {
    return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
/** The same scalar value (NaN equal to NaN): whether PyYAML and the yaml library agree. */
function sameScalar(a, b) {
    return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}
function describeScalar(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return `the string ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)}`;
    if (typeof value === 'boolean')
        return String(value);
    return `the number ${value}`;
}
/** Nesting (mappings, lists and aliases) deeper than this is no configuration: a real one needs < 10. */
const MAX_DEPTH = 64;
/**
 * Nodes that aliases may add to the tree in total. An anchored job used in fifty jobs adds a few
 * thousand; a "billion laughs" bomb adds 9^9 and is stopped long before.
 */
const MAX_ALIAS_NODES = 100_000;
/**
 * Brackets nested deeper than this are rejected before the YAML parser sees them: its recursive
 * descent takes seconds (and megabytes) on tens of thousands of `[`, for input no one writes.
 */
const MAX_FLOW_NESTING = 1000;
/** Parse YAML text; syntax errors become diagnostics with the parser's own line and column. */
function parseYamlTree(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const positionAt = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const error = (code, message, position, suggestion) => (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .makeError */ .xz)(file, { code, path: '', message, expected: 'valid YAML', position, suggestion });
    const deepFlow = deepFlowNesting(text);
    if (deepFlow !== undefined) {
        // The line counter only learns line starts while parsing; count them here instead.
        const before = text.slice(0, deepFlow);
        const line = before.split('\n').length;
        const column = deepFlow - before.lastIndexOf('\n');
        return {
            diagnostics: [
                error('yaml-nesting', `YAML nesting is deeper than ${MAX_FLOW_NESTING} levels of brackets`, { line, column }, 'a configuration needs only a few levels; remove the extra "[" or "{"'),
            ],
        };
    }
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: false });
    const diagnostics = document.errors.map((e) => syntaxDiagnostic(e, text, file, positionAt));
    for (const warning of document.warnings) {
        // PyYAML's safe_load refuses tags it has no constructor for; the yaml library only warns.
        if (warning.code === 'TAG_RESOLVE_FAILED') {
            diagnostics.push(error('yaml-tag', `unsupported YAML tag: ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(warning.message.replace(/^Unresolved tag: /, ''))}`, positionAt(warning.pos[0]), "remove the tag: Packit's safe YAML loader refuses tags it does not know"));
        }
    }
    if (diagnostics.length > 0)
        return { diagnostics: dedupeByPosition(diagnostics) };
    const builder = new TreeBuilder(document, file, positionAt, diagnostics);
    const contents = document.contents;
    let root;
    try {
        root = contents ? builder.build(contents, 0) : undefined;
    }
    catch (stop) {
        if (!(stop instanceof BuildStopped))
            throw stop;
        return { diagnostics: [stop.diagnostic] };
    }
    if (root === undefined || (root.kind === 'scalar' && root.value === null))
        return { diagnostics };
    return { root, diagnostics };
}
/** A YAML library error as a diagnostic, in words a config author can act on. */
function syntaxDiagnostic(e, text, file, positionAt) {
    const position = positionAt(e.pos[0]);
    const make = (code, message, suggestion) => (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .makeError */ .xz)(file, { code, path: '', message, expected: 'valid YAML', position, suggestion });
    if (e.code === 'MULTIPLE_DOCS') {
        const count = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text).length;
        const documents = Number.isFinite(count) ? count : 'several';
        return make('multiple-documents', `${file} has ${documents} YAML documents; Packit reads one (the second one starts at line ${position.line})`, 'remove the extra "---" separator and everything that belongs to another document');
    }
    if (e.code === 'RESOURCE_EXHAUSTION')
        return make('yaml-nesting', 'YAML nesting is too deep to read', 'a configuration needs only a few levels');
    // The parser's messages are short, but some repeat a piece of the input in quotes.
    const message = e.message.replace(/"([^"]{80,})"/g, (_quoted, inner) => (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(inner));
    return make('yaml-syntax', `YAML syntax error: ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(message, 200)}`);
}
/** One diagnostic per position: the parser may report the same bad spot several times. */
function dedupeByPosition(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const key = `${d.line}:${d.column}:${d.code}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * Offset of the first flow bracket nested deeper than MAX_FLOW_NESTING, or undefined. A rough scan
 * (quotes and comments skipped, nothing else understood) is enough: it only has to catch input no
 * configuration comes near.
 */
function deepFlowNesting(text) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote !== undefined) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
            else if (c === '\n' && quote === "'")
                quote = undefined;
            continue;
        }
        if (c === '"' || c === "'")
            quote = c;
        else if (c === '#') {
            const end = text.indexOf('\n', i);
            if (end < 0)
                return undefined;
            i = end;
        }
        else if (c === '[' || c === '{') {
            if (++depth > MAX_FLOW_NESTING)
                return i;
        }
        else if ((c === ']' || c === '}') && depth > 0)
            depth--;
    }
    return undefined;
}
/** Thrown inside the builder to abandon a tree that cannot be built (alias bomb, endless alias). */
class BuildStopped extends Error {
    diagnostic;
    constructor(diagnostic) {
        super(diagnostic.message);
        this.diagnostic = diagnostic;
    }
}
class TreeBuilder {
    file;
    positionAt;
    diagnostics;
    /** Alias → the anchored node it refers to (the last one with its name before it), found in one pass. */
    targets = new Map();
    /** Nodes being built, to recognise an alias that refers to one of its own containers. */
    building = new Set();
    /** The aliases being expanded, outermost first. */
    aliases = [];
    aliasNodes = 0;
    constructor(document, file, positionAt, diagnostics) {
        this.file = file;
        this.positionAt = positionAt;
        this.diagnostics = diagnostics;
        const anchors = new Map();
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(document, {
            Node: (_key, node) => {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
                    this.targets.set(node, anchors.get(node.source));
                else if (node.anchor)
                    anchors.set(node.anchor, node);
            },
        });
    }
    build(node, depth) {
        const pos = this.positionAt(node.range?.[0] ?? 0);
        if (this.aliases.length > 0 && ++this.aliasNodes > MAX_ALIAS_NODES) {
            const outer = this.aliases[0];
            this.stop('alias-expansion', outer.pos, `alias ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`*${outer.name}`)} expands to more than ${MAX_ALIAS_NODES} values ` +
                '(aliases inside anchored nodes multiply)', 'write the values out, or use anchors that do not contain other aliases');
        }
        if (depth > MAX_DEPTH) {
            const alias = this.aliases[0];
            this.stop('yaml-nesting', alias?.pos ?? pos, `YAML nesting is deeper than ${MAX_DEPTH} levels` +
                (alias ? ` (inside alias ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`*${alias.name}`)})` : ''), 'a configuration needs only a few levels; check the aliases and the indentation');
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return this.buildAlias(node, pos, depth);
        this.building.add(node);
        try {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
                return this.buildMap(node.items, pos, depth);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
                return { kind: 'seq', items: node.items.map((item) => this.build(item, depth + 1)), pos };
            }
        }
        finally {
            this.building.delete(node);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            const style = scalarStyle(node.type);
            const source = node.source ?? '';
            let value = scalarValue(node.value);
            // Packit reads YAML 1.1 (PyYAML); a plain scalar without tag gets PyYAML's meaning.
            if (style === 'plain' && !node.tag)
                value = this.asPyYaml(source, value, pos);
            return { kind: 'scalar', value, source, style, pos };
        }
        // Pairs outside a mapping do not occur in parsed documents; treat anything exotic as null.
        return { kind: 'scalar', value: null, source: '', style: 'plain', pos };
    }
    /** PyYAML's value of a plain scalar, warning where YAML 1.2 reads it otherwise. */
    asPyYaml(source, yaml12, pos) {
        const py = pyyamlPlainScalar(source);
        if ('refused' in py) {
            this.diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .makeError */ .xz)(this.file, {
                code: 'yaml-1.1-value',
                path: '',
                message: py.refused === 'timestamp'
                    ? `${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(source)} is a date in YAML 1.1, which Packit cannot load`
                    : `a plain "=" is a YAML 1.1 value key, which Packit's safe loader refuses`,
                expected: 'a string, number, boolean or null',
                position: pos,
                suggestion: `put it in quotes: "${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(source)}"`,
            }));
            return source;
        }
        if (sameScalar(py.value, yaml12))
            return yaml12;
        const isBoolean = typeof py.value === 'boolean';
        this.diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .makeWarning */ .bh)(this.file, {
            code: isBoolean ? 'yaml-1.1-boolean' : 'yaml-1.1-value',
            path: '',
            message: `${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(source)} is read as ${describeScalar(py.value)}, as Packit (YAML 1.1) reads it`,
            expected: isBoolean ? 'true or false' : 'a value both YAML versions read alike',
            suggestion: isBoolean
                ? `write ${py.value}: YAML 1.2 tools read ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(source)} as ${typeof yaml12 === 'string' ? 'a string' : describeScalar(yaml12)}`
                : `YAML 1.2 tools read it as ${describeScalar(yaml12)}; put it in quotes if it is text`,
            position: pos,
        }));
        return py.value;
    }
    buildAlias(node, pos, depth) {
        const target = this.targets.get(node);
        if (!target) {
            this.error('unknown-alias', pos, `unknown alias ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`*${node.source}`)}: no anchor ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`&${node.source}`)} is defined before it`);
            return { kind: 'scalar', value: null, source: '', style: 'plain', pos };
        }
        if (this.building.has(target)) {
            this.stop('yaml-nesting', pos, `alias ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(`*${node.source}`)} refers to a node that contains it (an endless loop)`, 'point the alias at an anchor outside the node it is written in');
        }
        this.aliases.push({ name: node.source, pos });
        try {
            return this.build(target, depth + 1);
        }
        finally {
            this.aliases.pop();
        }
    }
    buildMap(pairs, pos, depth) {
        const explicit = [];
        const indexOf = new Map();
        const merged = [];
        for (const pair of pairs) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                continue;
            const keyNode = pair.key;
            const keyPos = keyNode?.range ? this.positionAt(keyNode.range[0]) : pos;
            if (isMergeKey(keyNode)) {
                merged.push(...this.mergeSources(pair.value, keyPos, depth));
                continue;
            }
            const key = keyNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? keyNode.value : undefined;
            const keyRead = keyNode && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) && keyIsPlain(keyNode)
                ? pyyamlPlainScalar(keyNode.source ?? '')
                : undefined;
            if (keyRead && 'refused' in keyRead) {
                this.error('yaml-1.1-value', keyPos, `${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(String(key))} is a date in YAML 1.1, which Packit cannot load as a key`);
                continue;
            }
            if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
                this.error('yaml-syntax', keyPos, 'mapping keys must be plain strings');
                continue;
            }
            const valueNode = pair.value;
            const value = valueNode
                ? this.build(valueNode, depth + 1)
                : { kind: 'scalar', value: null, source: '', style: 'plain', pos: keyPos };
            const entry = { key: String(key), keyType: keyType(key, keyRead), keyPos, value };
            const earlier = indexOf.get(entry.key);
            if (earlier === undefined) {
                indexOf.set(entry.key, explicit.length);
                explicit.push(entry);
                continue;
            }
            // PyYAML keeps the last value (in the first one's place); the yaml library would refuse the file.
            const first = explicit[earlier];
            this.diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .makeWarning */ .bh)(this.file, {
                code: 'duplicate-key',
                path: '',
                message: `key ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(entry.key)} is written twice in this mapping (also at line ${first.keyPos.line}); ` +
                    'Packit uses this last value and ignores the earlier one',
                expected: 'each key once per mapping',
                position: keyPos,
                suggestion: 'remove one of them',
            }));
            explicit[earlier] = entry;
        }
        // YAML merge semantics: keys written in the mapping win over merged ones, earlier merge sources
        // win over later ones.
        const entries = [...explicit];
        const seen = new Set(indexOf.keys());
        for (const entry of merged) {
            if (seen.has(entry.key))
                continue;
            seen.add(entry.key);
            entries.push(entry);
        }
        return { kind: 'map', entries, pos };
    }
    mergeSources(value, keyPos, depth) {
        const problem = 'a "<<" merge key needs a mapping (or an alias of one) as its value';
        const isEmpty = !value || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null);
        if (isEmpty) {
            this.error('yaml-syntax', keyPos, problem);
            return [];
        }
        const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value) ? value.items : [value];
        const entries = [];
        for (const source of sources) {
            const built = this.build(source, depth + 1);
            if (built.kind === 'map')
                entries.push(...built.entries);
            // An alias without anchor has just been reported; one error is enough.
            else if (!((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(source) && !this.targets.get(source)))
                this.error('yaml-syntax', built.pos, problem);
        }
        return entries;
    }
    error(code, position, message) {
        this.diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .makeError */ .xz)(this.file, { code, path: '', message, expected: 'valid YAML', position }));
    }
    stop(code, position, message, suggestion) {
        throw new BuildStopped((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .makeError */ .xz)(this.file, { code, path: '', message, expected: 'valid YAML', position, suggestion }));
    }
}
/** The key's type as PyYAML reads it (plain keys) or as written (quoted keys are strings). */
function keyType(key, read) {
    const value = read && 'value' in read ? read.value : key;
    if (typeof value === 'number')
        return 'number';
    if (typeof value === 'boolean')
        return 'boolean';
    return 'string';
}
function keyIsPlain(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && scalarStyle(node.type) === 'plain' && !node.tag;
}
function isMergeKey(node) {
    if (!node || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return false;
    const value = node.value;
    return ((typeof value === 'symbol' && value.description === '<<') || (value === '<<' && node.type === 'PLAIN'));
}
function scalarStyle(type) {
    if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE')
        return 'quoted';
    if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL')
        return 'block';
    return 'plain';
}
function scalarValue(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return value;
    if (typeof value === 'bigint')
        return Number(value);
    return String(value);
}
/**
 * The plain JavaScript value of a tree node (mappings become objects, in written order). Keys such
 * as `__proto__` become ordinary own properties: Object.fromEntries defines them, it never sets a
 * prototype.
 */
function toPlain(node) {
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map(toPlain);
        case 'map':
            return Object.fromEntries(node.entries.map((entry) => [entry.key, toPlain(entry.value)]));
    }
}
function findEntry(map, key) {
    return map.entries.find((entry) => entry.key === key);
}


/***/ }),

/***/ 76630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ isDistGitForgeChoice),
/* harmony export */   h: () => (/* binding */ DIST_GIT_FORGES)
/* harmony export */ });
/**
 * A dist-git forge as every srcgit job sees it: Pagure (src.fedoraproject.org today) or Forgejo
 * (the same hostname after Fedora's migration), behind one interface with neutral types. Jobs
 * import this file, never a concrete client; `select.ts` picks the backend per host.
 */
/** Every `dist_git_forge` value, for validation and messages (config, action input, CLI option). */
const DIST_GIT_FORGES = ['auto', 'pagure', 'forgejo'];
function isDistGitForgeChoice(value) {
    return DIST_GIT_FORGES.includes(value);
}


/***/ }),

/***/ 33389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ prepareRepoWrite),
/* harmony export */   Uw: () => (/* binding */ repoSourceFile),
/* harmony export */   lD: () => (/* binding */ removeRepoFile),
/* harmony export */   qo: () => (/* binding */ resolveRepoPath),
/* harmony export */   se: () => (/* binding */ refusalMessage),
/* harmony export */   v6: () => (/* binding */ readRepoFile),
/* harmony export */   vc: () => (/* binding */ symlinksAmong)
/* harmony export */ });
/* unused harmony exports RepoPathError, diskLinks, resolveOnDisk */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _dist_git_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41587);
/**
 * A checkout's files, symbolic links included, without ever leaving the checkout. A link is
 * followed as the kernel follows it (its target relative to the link's own directory, chains
 * too, `..` after a link from where the link led) and refused when it leads out of the
 * repository, is absolute, or enters `.git`: a link is all a pull request needs to make a job
 * read `/etc/hostname`, a token file or the checkout's `.git/config` (where actions/checkout
 * keeps its token) and put it into dist-git or a job summary.
 *
 * {@link resolveRepoPath} is pure (the files_to_sync planner feeds it the links it knows);
 * the rest reads and writes a checkout on disk through it.
 */



/** A path that leads out of its repository: the user can fix it (replace the link, fix the path). */
class RepoPathError extends _dist_git_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContentError */ .y {
    name = 'RepoPathError';
}
/** Links in a chain before it counts as a loop (Linux's own limit). */
const MAX_LINKS = 40;
/** `.git` in any case: on a case-insensitive file system `.GIT` is the same directory. */
function isGitDir(name) {
    return name.toLowerCase() === '.git';
}
/**
 * Where a repository-relative path leads once links are followed. `readLink` tells, for a
 * path whose every directory is real (already resolved), its link target as written, or
 * undefined when it is no link (or does not exist). The result has no link in it.
 */
function resolveRepoPath(input, readLink) {
    if (input.startsWith('/'))
        return { refused: { reason: 'absolute' } };
    const pending = input.split('/');
    const done = [];
    let link;
    let hops = 0;
    while (pending.length > 0) {
        const part = pending.shift();
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (done.length === 0)
                return { refused: { reason: 'outside', link } };
            done.pop();
            continue;
        }
        if (isGitDir(part))
            return { refused: { reason: 'git', link } };
        const candidate = [...done, part].join('/');
        const target = readLink(candidate);
        if (target === undefined) {
            done.push(part);
            continue;
        }
        link = { path: candidate, target };
        if (++hops > MAX_LINKS)
            return { refused: { reason: 'loop', link } };
        if (target.startsWith('/'))
            return { refused: { reason: 'absolute', link } };
        pending.unshift(...target.split('/'));
    }
    return { path: done.join('/'), followedLink: hops > 0 };
}
/**
 * One line saying why `file` is refused and how to fix it. Names the link and its target,
 * never what the target holds.
 */
function refusalMessage(file, refusal, repository = 'the repository') {
    const where = {
        absolute: `an absolute path, outside ${repository}`,
        outside: `outside ${repository}`,
        git: `inside .git, which srcgit never reads or writes (it holds the checkout's credentials)`,
        loop: 'a loop of symbolic links',
    }[refusal.reason];
    const { link } = refusal;
    if (!link)
        return `${file} is ${where}; use a path inside ${repository}${refusal.reason === 'git' ? ', outside .git' : ''}`;
    const subject = link.path === file
        ? `${file} is a symbolic link to ${link.target}`
        : `${file} leads through the symbolic link ${link.path} -> ${link.target}`;
    const fix = refusal.reason === 'git'
        ? 'remove the link, or point it at a file of the repository outside .git'
        : `replace the link by the file it points to, or point it inside ${repository}`;
    return `${subject}, ${where}; ${fix}`;
}
/** `readLink` for {@link resolveRepoPath} on a checkout on disk. */
function diskLinks(root) {
    return (relPath) => {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, relPath);
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).isSymbolicLink() ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(full) : undefined;
        }
        catch {
            return undefined;
        }
    };
}
/** The symbolic links among `files` of a checkout (repository-relative), with their targets as written. */
function symlinksAmong(root, files) {
    const links = new Map();
    const readLink = diskLinks(root);
    for (const file of files) {
        const target = readLink(file);
        if (target !== undefined)
            links.set(file, target);
    }
    return links;
}
/** The real path of `relPath` inside `root`, links followed; throws when it leads out. */
function resolveOnDisk(root, relPath, repository) {
    const resolved = resolveRepoPath(relPath, diskLinks(root));
    if ('refused' in resolved)
        throw new RepoPathError(refusalMessage(relPath, resolved.refused, repository));
    return resolved.path;
}
/**
 * Reads a text file of a checkout (a spec, a configuration). A link is followed only to a file
 * inside the repository that git tracks: what CI left in the workspace (credential files
 * written next to the sources) is as secret as what lies outside.
 */
async function readRepoFile(repo, relPath) {
    const resolved = resolveRepoPath(relPath, diskLinks(repo.dir));
    if ('refused' in resolved)
        throw new RepoPathError(refusalMessage(relPath, resolved.refused));
    if (resolved.followedLink) {
        const listed = await repo.run(['ls-files', '-z', '--', `:(literal)${resolved.path}`], {
            allowFailure: true,
        });
        if (listed.code !== 0 || !listed.stdout.split('\0').includes(resolved.path))
            throw new RepoPathError(`${relPath} is a symbolic link that leads to ${resolved.path}, a file git does not track; ` +
                'replace the link by the file it points to, or point it at a file in the repository');
    }
    // Every directory on the way is real now; O_NOFOLLOW keeps the last step from becoming a link.
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(repo.dir, resolved.path), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Fails unless every directory above `relPath` in `root` is a real directory or missing:
 * writing or deleting through a linked directory would reach whatever it points to.
 */
function checkDirectories(root, relPath, create) {
    const parts = relPath.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.some((p) => p === '..' || isGitDir(p)))
        throw new RepoPathError(`${relPath}: srcgit writes only inside the repository and never into .git`);
    let current = root;
    for (const [i, part] of parts.slice(0, -1).entries()) {
        current = node_path__WEBPACK_IMPORTED_MODULE_1__.join(current, part);
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(current);
        }
        catch {
            if (!create)
                return;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(current);
            continue;
        }
        if (stat.isDirectory())
            continue;
        const dir = parts.slice(0, i + 1).join('/');
        throw new RepoPathError(stat.isSymbolicLink()
            ? `${dir} is a symbolic link to ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(current)}; srcgit does not write ${relPath} through it: replace the link by a directory`
            : `${dir} is a file, so ${relPath} cannot be written`);
    }
}
/**
 * The absolute path to write `relPath` of a checkout at: directories above it made (never
 * through a link), and a file or link standing there removed, as rsync replaces it. The caller
 * then creates the file or link itself.
 */
function prepareRepoWrite(root, relPath) {
    checkDirectories(root, relPath, true);
    const full = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, relPath);
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full);
    }
    catch {
        return full;
    }
    if (stat.isDirectory())
        throw new RepoPathError(`${relPath} is a directory, so a file cannot be written there`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(full, { force: true });
    return full;
}
/** Removes a file (or link: the link itself, never what it points to) of a checkout. */
function removeRepoFile(root, relPath) {
    checkDirectories(root, relPath, false);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, relPath), { force: true });
}
/**
 * The absolute path of a checkout's file to copy, when no link is on the way to it (the
 * files_to_sync plan already followed the links that may be followed).
 */
function repoSourceFile(root, relPath) {
    const resolved = resolveOnDisk(root, relPath);
    if (resolved !==
        relPath
            .split('/')
            .filter((p) => p !== '' && p !== '.')
            .join('/'))
        throw new RepoPathError(`${relPath} is or passes through a symbolic link; srcgit copies a link as a link, never through it (nothing was copied)`);
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, resolved);
}


/***/ })

};
