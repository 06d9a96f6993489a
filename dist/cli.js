#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9993);
// The `srcgit` command entry: everything lives in commands/, so tests run it without a process.

const code = await (0,_commands_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
}).catch((error) => {
    process.stderr.write(`srcgit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 70;
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9993:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: USAGE

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/config/diagnostics.ts
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
function make(severity, file, init) {
    const diagnostic = {
        severity,
        code: init.code,
        file,
        path: init.path,
        message: init.message,
        expected: init.expected,
    };
    if (init.position) {
        diagnostic.line = init.position.line;
        diagnostic.column = init.position.column;
    }
    if (init.suggestion)
        diagnostic.suggestion = init.suggestion;
    return diagnostic;
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/config/files.ts
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
        const absolute = external_node_path_default().resolve(repoDir, explicitFile);
        const displayPath = displayPathFor(repoDir, absolute);
        if (!isFile(absolute)) {
            return {
                displayPath,
                diagnostics: [
                    makeError(displayPath, {
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
    const found = CONFIG_FILE_NAMES.filter((name) => isFile(external_node_path_default().join(repoDir, name)));
    if (found.length === 0) {
        const displayPath = repoDir;
        return {
            displayPath,
            diagnostics: [
                makeError(displayPath, {
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
        diagnostics.push(makeWarning(chosen, {
            code: 'multiple-configs',
            path: '',
            message: `found several configuration files (${found.join(', ')}); using ${chosen}`,
            expected: 'a single configuration file',
            suggestion: `pass --config <file> to pick another one`,
        }));
    }
    return { path: external_node_path_default().join(repoDir, chosen), displayPath: chosen, diagnostics };
}
async function readConfigText(file) {
    return (0,promises_namespaceObject.readFile)(file, 'utf8');
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
            entries = (0,external_node_fs_namespaceObject.readdirSync)(external_node_path_default().join(repoDir, relativeDir), { withFileTypes: true });
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
    const directory = external_node_path_default().dirname(external_node_path_default().resolve(configFile));
    return external_node_path_default().basename(directory) === '.distro' ? external_node_path_default().dirname(directory) : directory;
}
function isFile(file) {
    return (0,external_node_fs_namespaceObject.existsSync)(file) && (0,external_node_fs_namespaceObject.statSync)(file).isFile();
}
function displayPathFor(base, target) {
    const relative = external_node_path_default().relative(base, target);
    return relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? target : relative.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * Every key a Packit configuration may contain, with its type and meaning.
 *
 * The list follows Packit's own schema (`packit/schema.py`, `packit/config/common_package_config.py`,
 * `packit/config/job_config.py`) and its documentation, so an existing `.packit.yaml` is accepted as
 * it is. Keys for jobs srcgit does not run (Copr builds, Testing Farm, image builds, ...) are
 * checked for their type and passed through untouched.
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
const PKG_TOOLS = ['fedpkg', 'fedpkg-stage', 'centpkg', 'centpkg-sig'];
const PACKIT_INSTANCES = ['prod', 'stg', 'dev'];
const MOCK_BOOTSTRAP_VALUES = ['default', 'on', 'off', 'image'];
/** Keys allowed in the mapping form of `targets` (Copr chroot-specific options and test distros). */
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
    downstream_package_name: string('Package name in dist-git. Default: the repo name, or the key in packages.'),
    upstream_package_name: string('Upstream project name (e.g. on PyPI). Default: the repo name.', {
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
    version_update_specifiers: string('PEP 440 specifier set the proposed version must satisfy, e.g. ">=2,<3".'),
    prerelease_suffix_pattern: string('Python regex recognising pre-release suffixes; null disables pre-release handling.', { check: 'python-regex' }),
    prerelease_suffix_macro: string('Macro commented out or in depending on whether the version is a pre-release.'),
    archive_root_dir_template: {
        spec: { type: 'string' },
        description: 'Top directory of the source archive. Default "{upstream_pkg_name}-{version}".',
    },
    files_to_sync: {
        spec: { type: 'files-to-sync' },
        nullable: true,
        description: 'Files copied from upstream to dist-git: paths, or {src, dest, mkpath, delete, filters}.',
    },
    sync_changelog: schema_boolean('Copy the spec file verbatim, %changelog included. Default false.'),
    copy_upstream_release_description: schema_boolean('Use the release description as changelog entry. Default false.'),
    create_sync_note: schema_boolean('Write README.packit into dist-git. Default true.'),
    create_pr: schema_boolean('Open a pull request (true) or push straight to the branch (false). Default true.'),
    upload_sources: schema_boolean('Upload new archives to the lookaside cache. Default true.'),
    pkg_tool: {
        spec: { type: 'enum', values: PKG_TOOLS },
        nullable: true,
        description: 'Packaging tool; selects the dist-git host and lookaside cache. Default fedpkg.',
    },
    sig: string('CentOS SIG owning the package (with pkg_tool: centpkg-sig).'),
    dist_git_base_url: string('Dist-git server URL. Default https://src.fedoraproject.org/.'),
    dist_git_namespace: string('Dist-git namespace. Default rpms.'),
    lookaside_cache_url: string('srcgit extension: lookaside cache base URL. Default https://src.fedoraproject.org/repo/pkgs.'),
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
        spec: { type: 'string-or-integer' },
        nullable: true,
        description: 'The Source tag holding the upstream archive: N or "SourceN". Default Source0.',
    },
    actions: {
        spec: { type: 'actions' },
        nullable: true,
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
                    nullable: true,
                    description: 'Pull request comments.',
                },
                failure_comment: {
                    spec: { type: 'object', keys: { message: string('Comment posted when a job fails.') } },
                    nullable: true,
                    description: 'Comment on job failure.',
                },
                failure_issue: {
                    spec: { type: 'object', keys: { create: schema_boolean('Open an issue on failure. Default true.') } },
                    nullable: true,
                    description: 'Issue on propose_downstream failure.',
                },
            },
        },
        nullable: true,
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
                            present: stringList('At least one of these labels must be on the pull request.'),
                            absent: stringList('None of these labels may be on the pull request.'),
                        },
                    },
                    nullable: true,
                    description: 'Pull request label requirements.',
                },
            },
        },
        nullable: true,
        description: 'Conditions for running a job.',
    },
    packit_instances: {
        spec: { type: 'enum-list', values: PACKIT_INSTANCES },
        nullable: true,
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
    timeout: { spec: { type: 'integer', min: 0 }, description: 'copr_build: seconds to wait for a build.' },
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
    follow_fedora_branching: schema_boolean('copr_build: let Copr branch the project with Fedora.'),
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
        nullable: true,
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
    skip_build: schema_boolean('tests: run tests without a Copr build.'),
    env: { spec: { type: 'scalar-mapping' }, nullable: true, description: 'tests: environment variables.' },
    sync_test_job_statuses_with_builds: schema_boolean('tests: share statuses with the build job. Default true.'),
    test_command: {
        spec: {
            type: 'object',
            keys: {
                default_identifier: string('Identifier used by a bare "/packit test".'),
                default_labels: stringList('Labels used by a bare "/packit test".'),
            },
        },
        nullable: true,
        description: '"/packit test" comment defaults.',
    },
    image_distribution: string('vm_image_build: base image.'),
    image_request: mapping('vm_image_build: Image Builder image request.'),
    image_customizations: mapping('vm_image_build: Image Builder customizations.'),
    copr_chroot: string('vm_image_build: Copr chroot with the packages.'),
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
    'skip_build',
    'env',
    'enable_net',
    'tmt_plan',
    'tf_post_install_script',
    'tf_extra_params',
    'module_hotfixes',
];
/** Old spellings accepted inside `metadata` only, renamed to `dist_git_branches`. */
const METADATA_RENAMED_KEYS = ['dist-git-branch', 'dist_git_branch'];
/** Keys whose value Packit ignores with a warning. */
const IGNORED_KEYS = {
    dist_git_url: 'it is ignored: the dist-git URL is derived from dist_git_base_url, dist_git_namespace and ' +
        'downstream_package_name',
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
        case 'string-or-integer':
            return 'an integer or a string';
        case 'enum':
            return `one of: ${spec.values.join(', ')}`;
        case 'enum-list':
            return `a list of: ${spec.values.join(', ')}`;
        case 'mapping':
        case 'object':
            return 'a mapping';
        case 'scalar-mapping':
            return 'a mapping of names to values';
        case 'files-to-sync':
            return 'a list of paths or {src, dest} mappings';
        case 'sources':
            return 'a list of {path, url} mappings';
        case 'actions':
            return 'a mapping of action names to a command or a list of commands';
        case 'targets':
            return 'a string, a list of strings or a mapping of target to options';
        case 'dist-git-branches':
            return 'a list of strings or a mapping of branch to options';
    }
}

;// CONCATENATED MODULE: ./src/config/resolve.ts
/**
 * Packit's normalization pipeline: from the configuration as written to one fully-defaulted
 * configuration per package and per (job, trigger, package).
 *
 * Steps, in Packit's order (packit/config/package_config.py, packit/schema.py):
 *  1. a single-package config becomes `packages: {<name>: ...}`;
 *  2. every top-level key is copied into each package that does not set it
 *     (a package's downstream_package_name defaults to its key, never to the top-level value);
 *  3. specfile_path, upstream_package_name and downstream_package_name get their defaults;
 *  4. without a `jobs` key the default jobs are used (`jobs: []` means no jobs);
 *  5. each job's keys override the package's (whole values, no deep merge), a job's `packages`
 *     selects packages and may override them further, deprecated `metadata` is merged in;
 *  6. `trigger: "a | b"` becomes one job per trigger;
 *  7. short forms are expanded (string lists, files_to_sync items, spec_source_id, branch mappings).
 *
 * The input must already be validated (see validate.ts); this module only reports what validation
 * cannot know, such as a spec file found by the deprecated search.
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
    let specFiles;
    const getSpecFiles = () => {
        specFiles ??= typeof context.specFiles === 'function' ? context.specFiles() : (context.specFiles ?? []);
        return specFiles;
    };
    // 1. Single package → monorepo form. Remember which packages wrote their downstream_package_name:
    //    only those get the <downstream_package_name>.spec default.
    const namedExplicitly = new Set();
    let packages;
    if (isMonorepo) {
        packages = {};
        for (const [name, value] of Object.entries(data.packages)) {
            const pkg = isDict(value) ? { ...value } : {};
            if (typeof pkg.downstream_package_name === 'string')
                namedExplicitly.add(name);
            packages[name] = pkg;
        }
        // Packit copies a top-level upstream_project_url into every package, over the package's own.
        if (typeof data.upstream_project_url === 'string') {
            for (const pkg of Object.values(packages))
                pkg.upstream_project_url = data.upstream_project_url;
        }
        delete data.downstream_package_name;
    }
    else {
        const written = typeof data.downstream_package_name === 'string' ? data.downstream_package_name : undefined;
        const name = written ?? context.repoName;
        if (name === undefined) {
            diagnostics.push(makeError(file, {
                code: 'no-package-name',
                path: 'downstream_package_name',
                message: 'cannot tell the package name: the config sets no downstream_package_name',
                expected: 'downstream_package_name: <name of the package in dist-git>',
                position: { line: 1, column: 1 },
                suggestion: 'add downstream_package_name, or use packages: {<name>: {...}}',
            }));
            return { diagnostics };
        }
        if (written !== undefined)
            namedExplicitly.add(name);
        packages = { [name]: { downstream_package_name: name, paths: data.paths ?? ['./'] } };
        delete data.downstream_package_name;
        delete data.paths;
    }
    const jobsRaw = Array.isArray(data.jobs) ? data.jobs : undefined;
    const usesDefaultJobs = !('jobs' in data);
    delete data.jobs;
    delete data.packages;
    // 2 + 3. Inheritance from the top level, then the defaults that depend on the result.
    const packageDicts = {};
    for (const [name, pkg] of Object.entries(packages)) {
        const merged = { ...data, downstream_package_name: name, ...pkg };
        if (!isNonEmptyString(merged.specfile_path)) {
            merged.specfile_path = defaultSpecfilePath(merged, namedExplicitly.has(name), isSourceGit, () => {
                const found = searchSpecFile(getSpecFiles(), firstPath(merged.paths), isSourceGit);
                if (found !== undefined) {
                    diagnostics.push(makeWarning(file, {
                        code: 'spec-search',
                        path: isMonorepo ? `packages.${name}` : '',
                        message: `no specfile_path or downstream_package_name for package "${name}"; using the first spec ` +
                            `file found, "${found}" (Packit deprecated this search)`,
                        expected: 'specfile_path or downstream_package_name',
                        position: (isMonorepo ? locate(['packages', name]) : undefined) ?? { line: 1, column: 1 },
                        suggestion: `add specfile_path: ${found}`,
                    }));
                }
                return found;
            });
        }
        if (!isNonEmptyString(merged.upstream_package_name)) {
            merged.upstream_package_name = context.repoName ?? merged.downstream_package_name;
        }
        packageDicts[name] = merged;
    }
    // 4 + 5 + 6. Jobs.
    const jobEntries = usesDefaultJobs ? DEFAULT_JOBS : (jobsRaw ?? []);
    const jobs = [];
    jobEntries.forEach((entry, jobIndex) => {
        const job = withMetadataMerged(isDict(entry) ? entry : {});
        const jobOnly = {};
        const overrides = {};
        for (const [key, value] of Object.entries(job)) {
            if (key in JOB_ONLY_KEYS) {
                if (value !== null && value !== undefined)
                    jobOnly[key] = value;
            }
            else
                overrides[key] = value;
        }
        delete overrides.dist_git_url;
        const selection = selectPackages(jobOnly, Object.keys(packageDicts));
        const triggers = String(jobOnly.trigger ?? '')
            .split('|')
            .map((part) => part.trim())
            .filter((part) => part !== '');
        for (const trigger of triggers) {
            for (const [packageName, packageOverrides] of selection) {
                const effective = { ...packageDicts[packageName], ...overrides, ...packageOverrides };
                const config = toPackageConfig(effective, file);
                const type = jobOnly.job;
                if (config.dist_git_branches.length === 0 && DIST_GIT_JOB_TYPES.has(type)) {
                    config.dist_git_branches = ['rawhide'];
                }
                jobs.push({
                    type,
                    trigger: trigger,
                    package_name: packageName,
                    job_index: jobIndex,
                    default_job: usesDefaultJobs,
                    config,
                    fast_forward_merge_into: config.fast_forward_merge_into,
                    manual_trigger: jobOnly.manual_trigger === true,
                    labels: resolve_stringList(jobOnly.labels),
                    skip_build: jobOnly.skip_build === true,
                    identifier: config.identifier,
                    sidetag_group: stringOrNull(jobOnly.sidetag_group),
                    dependents: resolve_stringList(jobOnly.dependents),
                    dependencies: resolve_stringList(jobOnly.dependencies),
                });
            }
        }
    });
    const resolvedPackages = {};
    for (const [name, dict] of Object.entries(packageDicts))
        resolvedPackages[name] = toPackageConfig(dict, file);
    return {
        config: { file, packages: resolvedPackages, jobs, warnings: [] },
        diagnostics,
    };
}
function isSourceGitConfigFile(file) {
    const normalized = file.replace(/\\/g, '/');
    return normalized === SOURCE_GIT_CONFIG_FILE || normalized.endsWith(`/${SOURCE_GIT_CONFIG_FILE}`);
}
function defaultSpecfilePath(pkg, namedExplicitly, isSourceGit, search) {
    if (namedExplicitly) {
        const name = String(pkg.downstream_package_name);
        return isSourceGit ? `.distro/${name}.spec` : `${name}.spec`;
    }
    return search() ?? null;
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
/** Merge the deprecated `metadata` mapping into the job, renaming its old branch keys. */
function withMetadataMerged(job) {
    const { metadata, ...rest } = job;
    if (!isDict(metadata))
        return rest;
    const renamed = {};
    for (const [key, value] of Object.entries(metadata)) {
        renamed[METADATA_RENAMED_KEYS.includes(key) ? 'dist_git_branches' : key] = value;
    }
    return { ...rest, ...renamed };
}
/** The packages a job applies to, each with its job-specific overrides (highest precedence). */
function selectPackages(jobOnly, packageNames) {
    const selected = jobOnly.packages ?? (typeof jobOnly.package === 'string' ? [jobOnly.package] : undefined);
    if (Array.isArray(selected)) {
        return packageNames.filter((name) => selected.includes(name)).map((name) => [name, {}]);
    }
    if (isDict(selected)) {
        return Object.entries(selected)
            .filter(([name]) => packageNames.includes(name))
            .map(([name, overrides]) => [name, isDict(overrides) ? overrides : {}]);
    }
    return packageNames.map((name) => [name, {}]);
}
/** Apply defaults and expand short forms: the dictionary of one package (or job) → PackageConfig. */
function toPackageConfig(d, file) {
    const { branches, fastForwardMergeInto } = normalizeDistGitBranches(d.dist_git_branches);
    const instance = distGitInstance(d);
    const extra = {};
    for (const [key, value] of Object.entries(d)) {
        if (TYPED_KEYS.has(key) || !(key in PACKAGE_KEYS) || value === undefined)
            continue;
        extra[key] = key === 'targets' && typeof value === 'string' ? [value] : structuredClone(value);
    }
    return {
        specfile_path: stringOrNull(d.specfile_path),
        downstream_package_name: String(d.downstream_package_name),
        upstream_package_name: String(d.upstream_package_name),
        upstream_project_url: stringOrNull(d.upstream_project_url),
        paths: d.paths === undefined || d.paths === null ? ['./'] : resolve_stringList(d.paths),
        config_file_path: typeof d.config_file_path === 'string' ? d.config_file_path : file,
        upstream_ref: stringOrNull(d.upstream_ref),
        upstream_tag_template: stringOr(d.upstream_tag_template, '{version}'),
        upstream_tag_include: stringOr(d.upstream_tag_include, ''),
        upstream_tag_exclude: stringOr(d.upstream_tag_exclude, ''),
        version_update_mask: stringOrNull(d.version_update_mask),
        version_update_specifiers: stringOrNull(d.version_update_specifiers),
        prerelease_suffix_pattern: d.prerelease_suffix_pattern === undefined
            ? DEFAULT_PRERELEASE_SUFFIX_PATTERN
            : stringOrNull(d.prerelease_suffix_pattern),
        prerelease_suffix_macro: stringOrNull(d.prerelease_suffix_macro),
        archive_root_dir_template: stringOr(d.archive_root_dir_template, '{upstream_pkg_name}-{version}'),
        files_to_sync: normalizeFilesToSync(d.files_to_sync),
        sync_changelog: booleanOr(d.sync_changelog, false),
        copy_upstream_release_description: booleanOr(d.copy_upstream_release_description, false),
        create_sync_note: booleanOr(d.create_sync_note, true),
        create_pr: booleanOr(d.create_pr, true),
        upload_sources: booleanOr(d.upload_sources, true),
        pkg_tool: stringOr(d.pkg_tool, 'fedpkg'),
        sig: stringOrNull(d.sig),
        dist_git_base_url: instance.baseUrl,
        dist_git_namespace: instance.namespace,
        lookaside_cache_url: instance.lookasideUrl,
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
    const tool = typeof d.pkg_tool === 'string' ? d.pkg_tool : 'fedpkg';
    const known = DIST_GIT_INSTANCES[tool] ?? DIST_GIT_INSTANCES.fedpkg;
    const sig = typeof d.sig === 'string' ? d.sig : '';
    let { baseUrl, namespace, lookasideUrl } = known;
    namespace = namespace.replace('{sig}', sig);
    if (typeof d.dist_git_base_url === 'string') {
        baseUrl = hostOnlyUrl(d.dist_git_base_url);
        namespace = 'rpms';
        lookasideUrl = `${baseUrl}repo/pkgs`;
    }
    if (typeof d.dist_git_namespace === 'string')
        namespace = d.dist_git_namespace;
    if (typeof d.lookaside_cache_url === 'string')
        lookasideUrl = d.lookaside_cache_url.replace(/\/+$/, '');
    return { baseUrl, namespace, lookasideUrl };
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
        const targets = isDict(options) ? options.fast_forward_merge_into : undefined;
        const list = typeof targets === 'string' ? [targets] : resolve_stringList(targets);
        if (list.length > 0)
            fastForwardMergeInto[branch] = list;
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
            mkpath: dict.mkpath === true,
            delete: dict.delete === true,
            filters: resolve_stringList(dict.filters),
        };
    });
}
function normalizeSources(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter(isDict).map((item) => ({ path: String(item.path), url: String(item.url) }));
}
/** `3` or `"3"` → `"Source3"`; names are kept; unset → `"Source0"`. */
function normalizeSpecSourceId(value) {
    if (typeof value === 'number')
        return `Source${value}`;
    if (typeof value === 'string' && /^\d+$/.test(value))
        return `Source${Number(value)}`;
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
            actions[name] = [commands];
        else if (Array.isArray(commands)) {
            actions[name] = commands.map((command) => Array.isArray(command) ? command.map(String) : String(command));
        }
    }
    return actions;
}
function normalizeMacros(value) {
    const macros = {};
    if (!isDict(value))
        return macros;
    for (const [name, macro] of Object.entries(value))
        macros[name] = macro === null ? null : String(macro);
    return macros;
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
    return typeof value === 'boolean' ? value : fallback;
}
function integerOr(value, fallback) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value))
        return Number(value);
    return fallback;
}
function resolve_stringList(value) {
    return Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined).map(String) : [];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/config/tree.ts
/**
 * YAML text → a small tree of plain values that remembers where every key and value was written.
 *
 * Validation needs positions, resolution needs plain data; this tree serves both. Aliases are
 * resolved and `<<` merge keys applied here, so no later stage has to know YAML's tricks: a
 * merged-in key simply appears in the mapping, carrying the position where it was written (inside
 * the anchored node).
 */


/** The words PyYAML's YAML 1.1 resolver reads as booleans (not y/n, unlike the YAML 1.1 spec). */
const PYYAML_BOOLEANS = {
    yes: true,
    Yes: true,
    YES: true,
    on: true,
    On: true,
    ON: true,
    no: false,
    No: false,
    NO: false,
    off: false,
    Off: false,
    OFF: false,
};
/** YAML nesting deeper than this can only come from an alias cycle or an alias bomb. */
const MAX_DEPTH = 64;
/** Parse YAML text; syntax errors become diagnostics with the parser's own line and column. */
function parseYamlTree(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true });
    const positionAt = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const diagnostics = document.errors.map((error) => makeError(file, {
        code: 'yaml-syntax',
        path: '',
        message: `YAML syntax error: ${error.message}`,
        expected: 'valid YAML',
        position: positionAt(error.pos[0]),
    }));
    if (diagnostics.length > 0)
        return { diagnostics };
    const builder = new TreeBuilder(document, file, positionAt, diagnostics);
    const contents = document.contents;
    const root = contents ? builder.build(contents, 0) : undefined;
    if (root === undefined || (root.kind === 'scalar' && root.value === null))
        return { diagnostics };
    return { root, diagnostics };
}
class TreeBuilder {
    document;
    file;
    positionAt;
    diagnostics;
    constructor(document, file, positionAt, diagnostics) {
        this.document = document;
        this.file = file;
        this.positionAt = positionAt;
        this.diagnostics = diagnostics;
    }
    build(node, depth) {
        const pos = this.positionAt(node.range?.[0] ?? 0);
        if (depth > MAX_DEPTH) {
            this.error(pos, 'YAML nesting is too deep (an alias probably refers to itself)');
            return { kind: 'scalar', value: null, source: '', style: 'plain', pos };
        }
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(this.document);
            if (!target) {
                this.error(pos, `unknown alias "*${node.source}": no anchor "&${node.source}" is defined before it`);
                return { kind: 'scalar', value: null, source: '', style: 'plain', pos };
            }
            return this.build(target, depth + 1);
        }
        if ((0,dist/* isMap */.jh)(node))
            return this.buildMap(node.items, pos, depth);
        if ((0,dist/* isSeq */.oP)(node)) {
            return { kind: 'seq', items: node.items.map((item) => this.build(item, depth + 1)), pos };
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            const style = scalarStyle(node.type);
            let value = scalarValue(node.value);
            // Packit reads YAML 1.1 (PyYAML), where plain yes/no/on/off are booleans; keep its meaning.
            if (style === 'plain' && typeof value === 'string' && Object.hasOwn(PYYAML_BOOLEANS, value)) {
                const meaning = PYYAML_BOOLEANS[value];
                this.diagnostics.push(makeWarning(this.file, {
                    code: 'yaml-1.1-boolean',
                    path: '',
                    message: `"${value}" is read as ${meaning}, as Packit (YAML 1.1) reads it`,
                    expected: 'true or false',
                    suggestion: `write ${meaning}: YAML 1.2 tools read "${value}" as a string`,
                    position: pos,
                }));
                value = meaning;
            }
            return { kind: 'scalar', value, source: node.source ?? '', style, pos };
        }
        // Pairs outside a mapping do not occur in parsed documents; treat anything exotic as null.
        return { kind: 'scalar', value: null, source: '', style: 'plain', pos };
    }
    buildMap(pairs, pos, depth) {
        const explicit = [];
        const merged = [];
        for (const pair of pairs) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const keyNode = pair.key;
            const keyPos = keyNode?.range ? this.positionAt(keyNode.range[0]) : pos;
            if (isMergeKey(keyNode)) {
                merged.push(...this.mergeSources(pair.value, keyPos, depth));
                continue;
            }
            const key = keyNode && (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
            if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
                this.error(keyPos, 'mapping keys must be plain strings');
                continue;
            }
            const valueNode = pair.value;
            const value = valueNode
                ? this.build(valueNode, depth + 1)
                : { kind: 'scalar', value: null, source: '', style: 'plain', pos: keyPos };
            explicit.push({ key: String(key), keyPos, value });
        }
        // YAML merge semantics: keys written in the mapping win over merged ones, earlier merge sources
        // win over later ones.
        const entries = [...explicit];
        const seen = new Set(explicit.map((entry) => entry.key));
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
        const isEmpty = !value || ((0,dist/* isScalar */.jn)(value) && value.value === null);
        if (isEmpty) {
            this.error(keyPos, problem);
            return [];
        }
        const sources = (0,dist/* isSeq */.oP)(value) ? value.items : [value];
        const entries = [];
        for (const source of sources) {
            const built = this.build(source, depth + 1);
            if (built.kind === 'map')
                entries.push(...built.entries);
            // An alias without anchor has just been reported; one error is enough.
            else if (!((0,dist/* isAlias */.Vj)(source) && !source.resolve(this.document)))
                this.error(built.pos, problem);
        }
        return entries;
    }
    error(position, message) {
        const code = message.startsWith('unknown alias') ? 'unknown-alias' : 'yaml-syntax';
        this.diagnostics.push(makeError(this.file, { code, path: '', message, expected: 'valid YAML', position }));
    }
}
function isMergeKey(node) {
    if (!node || !(0,dist/* isScalar */.jn)(node))
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
/** The plain JavaScript value of a tree node (mappings become objects, in written order). */
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

;// CONCATENATED MODULE: ./src/config/regex.ts
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

;// CONCATENATED MODULE: ./src/config/suggest.ts
/**
 * "Did you mean" suggestions for misspelled keys, job types, triggers and action names.
 */
/**
 * Damerau-Levenshtein distance (optimal string alignment variant): insertions, deletions,
 * substitutions and transpositions of adjacent characters each cost 1. Transpositions matter
 * because swapped letters ("tirgger") are the most common typo.
 */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, () => new Array(cols).fill(0));
    for (let i = 0; i < rows; i++)
        d[i][0] = i;
    for (let j = 0; j < cols; j++)
        d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/** The largest distance still worth suggesting: short words tolerate 2 edits, long ones a third of their length. */
function maxSuggestionDistance(word) {
    return Math.max(2, Math.floor(word.length / 3));
}
/**
 * The closest candidate to `word`, or undefined when nothing is close enough. Case and the
 * `-`/`_` spelling are ignored when measuring, since `propose-downstream` for `propose_downstream`
 * is a naming-convention slip rather than a typo.
 */
function closestMatch(word, candidates) {
    const normalizedWord = normalize(word);
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        const distance = editDistance(normalizedWord, normalize(candidate));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance <= maxSuggestionDistance(word) ? best : undefined;
}
/** `did you mean "x"?`, ready to append to a message, or undefined. */
function didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined ? undefined : `did you mean "${match}"?`;
}
function normalize(word) {
    return word.toLowerCase().replace(/-/g, '_');
}

;// CONCATENATED MODULE: ./src/config/validate.ts
/**
 * Check a parsed configuration tree against the schema and report every problem, each at the
 * position of the offending key or value. Nothing stops at the first error: a user fixing a config
 * should see everything that is wrong in one run.
 */





function validateConfigTree(root, file, context = {}) {
    const validator = new Validator(file);
    validator.validateRoot(root, context);
    return validator.diagnostics;
}
/** `jobs[0]` + `trigger` → `jobs[0].trigger`; top level has an empty path. */
function joinPath(parent, key) {
    return parent === '' ? key : `${parent}.${key}`;
}
/** "at the top level" / "in jobs[0]", for messages about keys. */
function levelPhrase(path) {
    return path === '' ? 'at the top level' : `in ${path}`;
}
/** Words that mean a boolean in YAML 1.1; quoted, they are strings, which usually is a mistake. */
const YAML11_BOOLEANS = {
    yes: true,
    y: true,
    on: true,
    no: false,
    n: false,
    off: false,
};
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
        const packagesEntry = findEntry(root, 'packages');
        for (const entry of root.entries) {
            if (entry.key === '_' || entry.key === 'jobs')
                continue;
            if (entry.key === 'packages') {
                this.validatePackages(entry, findEntry(root, 'upstream_project_url') !== undefined);
                continue;
            }
            if (entry.key === 'downstream_package_name' && packagesEntry) {
                this.warning({
                    code: 'ignored-key',
                    path: 'downstream_package_name',
                    message: 'downstream_package_name at the top level is ignored when "packages" is used; ' +
                        'each package is named by its key in "packages" unless it sets downstream_package_name itself',
                    expected: 'downstream_package_name inside each package',
                    position: entry.keyPos,
                });
            }
            this.validatePackageKey(entry, '', {
                extraCandidates: TOP_LEVEL_ONLY_KEYS.filter((key) => key !== '_'),
            });
        }
        const jobsEntry = findEntry(root, 'jobs');
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
            const path = `packages.${packageEntry.key}`;
            if (packageEntry.value.kind !== 'map') {
                this.wrongType(packageEntry.value, path, 'a mapping of package options');
                continue;
            }
            for (const keyEntry of packageEntry.value.entries)
                this.validatePackageKey(keyEntry, path);
            const ownUrl = findEntry(packageEntry.value, 'upstream_project_url');
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
    /** A key of a package (top level, packages.<name>, job, or a job's per-package overrides). */
    validatePackageKey(entry, parentPath, options = {}) {
        const path = joinPath(parentPath, entry.key);
        if (this.reportRemovedOrIgnored(entry, parentPath))
            return;
        const spec = PACKAGE_KEYS[entry.key];
        if (spec) {
            this.validateValue(entry.value, spec, path);
            return;
        }
        const candidates = [...Object.keys(PACKAGE_KEYS), ...(options.extraCandidates ?? [])];
        this.unknownKey(entry, parentPath, candidates, options.jobLevel ?? false);
    }
    /** Removed keys are errors naming their replacement; ignored ones only warn. True when handled. */
    reportRemovedOrIgnored(entry, parentPath) {
        const path = joinPath(parentPath, entry.key);
        const removal = REMOVED_KEYS[entry.key];
        if (removal) {
            this.error({
                code: 'removed-key',
                path,
                message: `key "${entry.key}" ${levelPhrase(parentPath)} ${removal}`,
                expected: 'a key Packit still accepts',
                position: entry.keyPos,
            });
            return true;
        }
        const ignored = IGNORED_KEYS[entry.key];
        if (ignored) {
            this.warning({
                code: 'ignored-key',
                path,
                message: `key "${entry.key}" ${levelPhrase(parentPath)} ${ignored}`,
                expected: 'no dist_git_url key',
                position: entry.keyPos,
            });
            return true;
        }
        return false;
    }
    unknownKey(entry, parentPath, candidates, jobLevel) {
        let suggestion = didYouMean(entry.key, candidates);
        if (METADATA_RENAMED_KEYS.includes(entry.key)) {
            suggestion = 'it is only accepted inside the deprecated "metadata" mapping; use "dist_git_branches"';
        }
        else if (!suggestion && !jobLevel && entry.key in JOB_ONLY_KEYS) {
            suggestion = `"${entry.key}" is only valid inside an entry of "jobs"`;
        }
        else if (!suggestion && parentPath !== '' && TOP_LEVEL_ONLY_KEYS.includes(entry.key)) {
            suggestion = `"${entry.key}" is only valid at the top level`;
        }
        this.error({
            code: 'unknown-key',
            path: joinPath(parentPath, entry.key),
            message: `unknown key "${entry.key}" ${levelPhrase(parentPath)}`,
            expected: 'a key Packit accepts at this level',
            position: entry.keyPos,
            suggestion,
        });
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
            if (!findEntry(job, required)) {
                this.error({
                    code: 'missing-key',
                    path,
                    message: `${path}: missing required key "${required}"`,
                    expected: describeSpec(JOB_ONLY_KEYS[required].spec),
                    position: job.pos,
                });
            }
        }
        const metadataEntry = findEntry(job, 'metadata');
        for (const entry of job.entries) {
            const keyPath = joinPath(path, entry.key);
            switch (entry.key) {
                case 'job':
                    this.validateJobType(entry.value, keyPath);
                    break;
                case 'trigger':
                    this.validateTrigger(entry.value, keyPath);
                    break;
                case 'metadata':
                    this.validateMetadata(entry, path);
                    break;
                case 'packages':
                    this.validateJobPackages(entry.value, keyPath, packageNames);
                    break;
                case 'package':
                    if (this.expectString(entry.value, keyPath, JOB_ONLY_KEYS.package.spec)) {
                        this.checkPackageDefined(entry.value.value, entry.value.pos, keyPath, packageNames);
                    }
                    break;
                default:
                    if (entry.key in JOB_ONLY_KEYS)
                        this.validateValue(entry.value, JOB_ONLY_KEYS[entry.key], keyPath);
                    else {
                        this.validatePackageKey(entry, path, {
                            extraCandidates: Object.keys(JOB_ONLY_KEYS),
                            jobLevel: true,
                        });
                    }
            }
        }
        if (metadataEntry?.value.kind === 'map')
            this.reportMetadataConflicts(metadataEntry.value, job, path);
    }
    validateJobType(node, path) {
        if (!this.expectString(node, path, JOB_ONLY_KEYS.job.spec))
            return;
        const value = node.value;
        const replacement = REMOVED_JOB_TYPES[value];
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
                message: `${path}: unknown job type "${value}"`,
                expected: describeSpec(JOB_ONLY_KEYS.job.spec),
                position: node.pos,
                suggestion: didYouMean(value, JOB_TYPES),
            });
        }
    }
    validateTrigger(node, path) {
        if (!this.expectString(node, path, JOB_ONLY_KEYS.trigger.spec))
            return;
        const parts = node.value.split('|').map((part) => part.trim());
        if (parts.every((part) => part === '')) {
            this.error({
                code: 'unknown-trigger',
                path,
                message: `${path}: no trigger given`,
                expected: describeSpec(JOB_ONLY_KEYS.trigger.spec),
                position: node.pos,
            });
            return;
        }
        for (const part of parts) {
            if (part === '' || TRIGGERS.includes(part))
                continue;
            this.error({
                code: 'unknown-trigger',
                path,
                message: `${path}: unknown trigger "${part}"`,
                expected: describeSpec(JOB_ONLY_KEYS.trigger.spec),
                position: positionWithin(node, part),
                suggestion: didYouMean(part, TRIGGERS),
            });
        }
    }
    validateMetadata(entry, jobPath) {
        const path = joinPath(jobPath, 'metadata');
        this.warning({
            code: 'deprecated-key',
            path,
            message: `${path} is deprecated; move its keys directly into the job (Packit merges them the same way)`,
            expected: 'job options directly under the job',
            position: entry.keyPos,
        });
        const node = entry.value;
        if (node.kind === 'scalar' && node.value === null)
            return;
        if (node.kind !== 'map') {
            this.wrongType(node, path, 'a mapping');
            return;
        }
        for (const metadataEntry of node.entries) {
            const keyPath = joinPath(path, metadataEntry.key);
            if (METADATA_RENAMED_KEYS.includes(metadataEntry.key)) {
                this.warning({
                    code: 'deprecated-key',
                    path: keyPath,
                    message: `key "${metadataEntry.key}" in ${path} was renamed to "dist_git_branches"`,
                    expected: 'dist_git_branches',
                    position: metadataEntry.keyPos,
                });
                this.validateValue(metadataEntry.value, PACKAGE_KEYS.dist_git_branches, keyPath);
            }
            else if (METADATA_KEYS.includes(metadataEntry.key)) {
                this.validateValue(metadataEntry.value, PACKAGE_KEYS[metadataEntry.key], keyPath);
            }
            else if (metadataEntry.key in PACKAGE_KEYS || metadataEntry.key in JOB_ONLY_KEYS) {
                this.error({
                    code: 'unknown-key',
                    path: keyPath,
                    message: `key "${metadataEntry.key}" is not accepted in ${path}`,
                    expected: `one of: ${METADATA_KEYS.join(', ')}`,
                    position: metadataEntry.keyPos,
                    suggestion: 'move it out of metadata, directly into the job',
                });
            }
            else {
                this.unknownKey(metadataEntry, path, METADATA_KEYS, true);
            }
        }
    }
    /** A key set both in `metadata` and directly on the job is ambiguous; Packit refuses it too. */
    reportMetadataConflicts(metadata, job, jobPath) {
        for (const metadataEntry of metadata.entries) {
            const key = METADATA_RENAMED_KEYS.includes(metadataEntry.key) ? 'dist_git_branches' : metadataEntry.key;
            if (!METADATA_KEYS.includes(key))
                continue;
            const jobEntry = findEntry(job, key);
            if (!jobEntry)
                continue;
            this.error({
                code: 'metadata-conflict',
                path: joinPath(jobPath, key),
                message: `${joinPath(jobPath, key)} is also set in ${jobPath}.metadata; ` +
                    'mixing the deprecated metadata mapping with the same key on the job is not allowed',
                expected: `"${key}" only once, directly under the job`,
                position: jobEntry.keyPos,
                suggestion: `remove "${metadataEntry.key}" from metadata`,
            });
        }
    }
    validateJobPackages(node, path, packageNames) {
        const expected = 'a list of package names or a mapping of package name to options';
        if (node.kind === 'scalar' && node.value === null)
            return;
        if (node.kind === 'seq') {
            node.items.forEach((item, index) => {
                const itemPath = `${path}[${index}]`;
                if (item.kind !== 'scalar' || typeof item.value !== 'string')
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
            const packagePath = `${path}.${entry.key}`;
            this.checkPackageDefined(entry.key, entry.keyPos, packagePath, packageNames);
            const value = entry.value;
            if (value.kind === 'scalar' && value.value === null)
                continue;
            if (value.kind !== 'map') {
                this.wrongType(value, packagePath, 'a mapping of options overriding the package for this job');
                continue;
            }
            for (const keyEntry of value.entries)
                this.validatePackageKey(keyEntry, packagePath);
        }
    }
    checkPackageDefined(name, position, path, packageNames) {
        if (packageNames === undefined || packageNames.includes(name))
            return;
        this.error({
            code: 'undefined-package',
            path,
            message: `${path}: package "${name}" is not defined in "packages"`,
            expected: `one of: ${packageNames.join(', ')}`,
            position,
            suggestion: didYouMean(name, packageNames),
        });
    }
    // ---------------------------------------------------------------------------------------------
    // Values
    validateValue(node, keySpec, path) {
        if (node.kind === 'scalar' && node.value === null) {
            if (!keySpec.nullable)
                this.wrongType(node, path, describeSpec(keySpec.spec));
            return;
        }
        if (this.validateShape(node, keySpec.spec, path) && keySpec.check)
            this.runCheck(node, keySpec, path);
    }
    /** Check the value against its spec; true when it is well-typed. */
    validateShape(node, spec, path) {
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
            case 'string-or-integer':
                if (isString(node) || (isScalar(node) && Number.isInteger(node.value)))
                    return true;
                return this.wrongType(node, path, describeSpec(spec));
            case 'enum':
                return this.expectEnum(node, path, spec.values);
            case 'enum-list':
                if (node.kind !== 'seq')
                    return this.wrongType(node, path, describeSpec(spec));
                return node.items.every((item, index) => this.expectEnum(item, `${path}[${index}]`, spec.values));
            case 'mapping':
                return node.kind === 'map' || this.wrongType(node, path, describeSpec(spec));
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
                return this.expectTargets(node, path);
            case 'dist-git-branches':
                return this.expectDistGitBranches(node, path);
        }
    }
    expectString(node, path, spec) {
        if (isString(node))
            return true;
        const suggestion = node.kind === 'scalar' && node.value !== null ? `put it in quotes: "${node.source}"` : undefined;
        this.wrongType(node, path, describeSpec(spec), suggestion);
        return false;
    }
    expectBoolean(node, path) {
        if (isScalar(node) && typeof node.value === 'boolean')
            return true;
        let suggestion;
        if (isString(node)) {
            const meaning = YAML11_BOOLEANS[node.value.toLowerCase()];
            if (meaning !== undefined)
                suggestion = `"${node.value}" in quotes is a string; write ${meaning}`;
        }
        this.wrongType(node, path, 'a boolean (true or false)', suggestion);
        return false;
    }
    expectInteger(node, path, min) {
        const expected = describeSpec({ type: 'integer', min });
        // Packit (marshmallow) also accepts an integer written as a quoted string.
        const numeric = isString(node) && /^-?\d+$/.test(node.value) ? Number(node.value) : undefined;
        const value = isScalar(node) && typeof node.value === 'number' ? node.value : numeric;
        if (value === undefined || !Number.isInteger(value))
            return this.wrongType(node, path, expected);
        if (min !== undefined && value < min)
            return this.wrongType(node, path, expected);
        return true;
    }
    expectStringList(node, path, spec) {
        if (node.kind !== 'seq') {
            const suggestion = isString(node) && spec.type === 'string-list' ? `write it as a list: ["${node.value}"]` : undefined;
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
            message: `${path}: unknown value "${node.value}"`,
            expected,
            position: node.pos,
            suggestion: didYouMean(node.value, values),
        });
        return false;
    }
    expectScalarMapping(node, path, spec) {
        if (node.kind !== 'map')
            return this.wrongType(node, path, describeSpec(spec));
        let valid = true;
        for (const entry of node.entries) {
            if (entry.value.kind !== 'scalar') {
                valid = this.wrongType(entry.value, joinPath(path, entry.key), 'a string, number, boolean or null');
            }
        }
        return valid;
    }
    expectObject(node, path, keys) {
        if (node.kind !== 'map')
            return this.wrongType(node, path, 'a mapping');
        for (const entry of node.entries) {
            const keySpec = keys[entry.key];
            if (keySpec)
                this.validateValue(entry.value, keySpec, joinPath(path, entry.key));
            else
                this.unknownKey(entry, path, Object.keys(keys), true);
        }
        return true;
    }
    /** Required keys and value types of one mapping item of files_to_sync or sources. */
    expectItemMapping(node, path, keys, required) {
        for (const key of required) {
            if (findEntry(node, key))
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
            const suggestion = isString(node) ? `write it as a list: ["${node.value}"]` : undefined;
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
            if (!ACTION_NAMES.includes(entry.key)) {
                this.error({
                    code: 'unknown-action',
                    path: actionPath,
                    message: `unknown action "${entry.key}" in ${path}`,
                    expected: `one of: ${ACTION_NAMES.join(', ')}`,
                    position: entry.keyPos,
                    suggestion: didYouMean(entry.key, ACTION_NAMES),
                });
            }
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
    expectTargets(node, path) {
        if (isString(node))
            return true;
        if (node.kind === 'seq')
            return this.expectStringList(node, path, { type: 'targets' });
        if (node.kind !== 'map')
            return this.wrongType(node, path, describeSpec({ type: 'targets' }));
        for (const target of node.entries) {
            const targetPath = joinPath(path, target.key);
            const options = target.value;
            if (options.kind === 'scalar' && options.value === null)
                continue;
            if (options.kind !== 'map') {
                this.wrongType(options, targetPath, 'a mapping of target options ({} for none)');
                continue;
            }
            for (const option of options.entries) {
                const optionSpec = TARGET_OPTION_KEYS[option.key];
                if (optionSpec) {
                    this.validateValue(option.value, optionSpec, joinPath(targetPath, option.key));
                    continue;
                }
                // Copr grows new chroot options; pass unknown ones through rather than rejecting a config Packit may accept.
                this.warning({
                    code: 'unknown-key',
                    path: joinPath(targetPath, option.key),
                    message: `unknown target option "${option.key}" in ${targetPath}; srcgit passes it through unchecked`,
                    expected: `one of: ${Object.keys(TARGET_OPTION_KEYS).join(', ')}`,
                    position: option.keyPos,
                    suggestion: didYouMean(option.key, Object.keys(TARGET_OPTION_KEYS)),
                });
            }
        }
        return true;
    }
    expectDistGitBranches(node, path) {
        if (isString(node))
            return true;
        if (node.kind === 'seq')
            return this.expectStringList(node, path, { type: 'dist-git-branches' });
        if (node.kind !== 'map')
            return this.wrongType(node, path, describeSpec({ type: 'dist-git-branches' }));
        for (const branch of node.entries) {
            const branchPath = joinPath(path, branch.key);
            const options = branch.value;
            if (options.kind === 'scalar' && options.value === null)
                continue;
            if (options.kind !== 'map') {
                this.wrongType(options, branchPath, 'a mapping: {} or {fast_forward_merge_into: [branches]}');
                continue;
            }
            for (const option of options.entries) {
                const optionPath = joinPath(branchPath, option.key);
                if (option.key === 'fast_forward_merge_into') {
                    const spec = { spec: { type: 'string-or-string-list' }, nullable: true, description: '' };
                    this.validateValue(option.value, spec, optionPath);
                    continue;
                }
                this.error({
                    code: 'unknown-key',
                    path: optionPath,
                    message: `unknown key "${option.key}" in ${branchPath}`,
                    expected: 'only fast_forward_merge_into',
                    position: option.keyPos,
                    suggestion: didYouMean(option.key, ['fast_forward_merge_into']),
                });
            }
        }
        return true;
    }
    runCheck(node, keySpec, path) {
        if (!isString(node))
            return;
        const value = node.value;
        switch (keySpec.check) {
            case 'python-regex': {
                const problem = pythonRegexProblem(value);
                if (problem) {
                    this.error({
                        code: 'invalid-regex',
                        path,
                        message: `${path}: invalid regular expression "${value}": ${problem}`,
                        expected: 'a Python regular expression',
                        position: node.pos,
                    });
                }
                break;
            }
            case 'tag-template':
                if (!value.includes('{version}')) {
                    this.error({
                        code: 'invalid-value',
                        path,
                        message: `${path}: "${value}" does not contain "{version}"`,
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
                        message: `${path}: "${value}" must be a valid file name (no "/")`,
                        expected: 'a name without "/"',
                        position: node.pos,
                    });
                }
                break;
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
    error(init) {
        this.diagnostics.push(makeError(this.file, init));
    }
    warning(init) {
        this.diagnostics.push(makeWarning(this.file, init));
    }
}
function isScalar(node) {
    return node.kind === 'scalar';
}
function isString(node) {
    return node.kind === 'scalar' && typeof node.value === 'string';
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
    if (typeof value === 'string') {
        const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
        return `the string ${JSON.stringify(shown)}`;
    }
    const written = node.source || String(value);
    return typeof value === 'number' ? `the number ${written}` : `the boolean ${written}`;
}
/** Package names jobs may refer to; undefined when they cannot be known (no name written, no repo name). */
function definedPackageNames(root, context) {
    const packages = findEntry(root, 'packages');
    if (packages)
        return packages.value.kind === 'map' ? packages.value.entries.map((entry) => entry.key) : undefined;
    const name = findEntry(root, 'downstream_package_name')?.value;
    if (name && isString(name))
        return [name.value];
    return context.repoName === undefined ? undefined : [context.repoName];
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Parse, validate and resolve a configuration: the pure text-in variant and the repository loader.
 */






/**
 * Parse, validate and resolve configuration text. Pure: `fileName` is only used in diagnostics and
 * to recognise a source-git config (`.distro/source-git.yaml`), whose spec defaults to `.distro/`.
 */
function parseConfigText(text, fileName, context = {}) {
    const parsed = parseYamlTree(text, fileName);
    if (hasErrors(parsed.diagnostics))
        return { diagnostics: dedupe(parsed.diagnostics) };
    const diagnostics = [...parsed.diagnostics, ...validateConfigTree(parsed.root, fileName, context)];
    if (hasErrors(diagnostics))
        return { diagnostics: dedupe(diagnostics) };
    const plain = parsed.root ? toPlain(parsed.root) : {};
    const resolved = resolveConfig(plain, fileName, context, (keys) => locate(parsed.root, keys));
    const all = dedupe([...diagnostics, ...resolved.diagnostics]);
    if (!resolved.config || hasErrors(all))
        return { diagnostics: all };
    resolved.config.warnings = all;
    return { config: resolved.config, diagnostics: all };
}
/**
 * Find, read and resolve the configuration of the repository in `repoDir`.
 * Throws ConfigError (listing every problem) when the configuration has any error; warnings are
 * returned in `warnings`.
 */
async function loadConfig(repoDir, options = {}) {
    const choice = chooseConfigFile(repoDir, options.configFile);
    if (!choice.path)
        throw new ConfigError(choice.diagnostics, choice.displayPath);
    const text = await readConfigText(choice.path);
    const result = parseConfigText(text, choice.displayPath, {
        repoName: options.repoName ?? external_node_path_default().basename(external_node_path_default().resolve(repoDir)),
        specFiles: () => listSpecFiles(repoDir),
    });
    const diagnostics = [...choice.diagnostics, ...result.diagnostics];
    if (!result.config)
        throw new ConfigError(diagnostics, choice.displayPath, text);
    result.config.warnings = diagnostics;
    return result.config;
}
/** Where the key at `keys` was written (the position of its last key). */
function locate(root, keys) {
    let node = root;
    let position;
    for (const key of keys) {
        if (!node || node.kind !== 'map')
            return undefined;
        const entry = findEntry(node, key);
        if (!entry)
            return undefined;
        position = entry.keyPos;
        node = entry.value;
    }
    return position;
}
/**
 * Diagnostics in file order. A problem inside an anchored node is found once per alias using it;
 * report it once, at the first path that reached it.
 */
function dedupe(diagnostics) {
    const seen = new Set();
    return sortDiagnostics(diagnostics).filter((d) => {
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

;// CONCATENATED MODULE: ./src/config/output.ts
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

;// CONCATENATED MODULE: ./src/config/index.ts
/**
 * Repository configuration: Packit-compatible `.distro/source-git.yaml` / `.packit.yaml`, validated
 * with positioned diagnostics and resolved into one typed configuration per package and job.
 */









;// CONCATENATED MODULE: ./src/commands/config-check.ts
/**
 * `srcgit config check [PATH] [--config FILE] [--json]`: validate a repository's configuration and
 * print it fully resolved, so users see exactly what srcgit will do with their Packit config.
 */



const CONFIG_CHECK_USAGE = `Usage: srcgit config check [PATH] [--config FILE] [--json]

Validate the srcgit/Packit configuration of a repository and print it fully resolved.

Arguments:
  PATH            repository directory or configuration file (default: the current directory)

Options:
  --config FILE   configuration file to use instead of searching the repository
  --json          print the resolved configuration as JSON instead of YAML
  -h, --help      show this help

Configuration files, in order of precedence:
  .distro/source-git.yaml, .packit.yaml, packit.yaml, .packit.yml, packit.yml

Exit status: 0 valid, 1 invalid or not found, 2 wrong usage.
`;
/** Parse the arguments that follow `config check`; a string is a usage error. */
function parseArguments(argv) {
    const options = { json: false, help: false };
    for (let i = 0; i < argv.length; i++) {
        const argument = argv[i];
        if (argument === '--help' || argument === '-h')
            options.help = true;
        else if (argument === '--json')
            options.json = true;
        else if (argument === '--config' || argument.startsWith('--config=')) {
            const value = argument === '--config' ? argv[++i] : argument.slice('--config='.length);
            if (value === undefined || value === '')
                return 'option --config needs a file name';
            options.configFile = value;
        }
        else if (argument.startsWith('-') && argument !== '-')
            return `unknown option "${argument}"`;
        else if (options.target === undefined)
            options.target = argument;
        else
            return `unexpected argument "${argument}": only one PATH may be given`;
    }
    return options;
}
/**
 * Run `srcgit config check` with the arguments after `check`. Returns the exit status:
 * 0 when the configuration is valid (warnings allowed), 1 when it has errors or is missing,
 * 2 for wrong usage.
 */
async function configCheck(argv, io) {
    const options = parseArguments(argv);
    if (typeof options === 'string') {
        io.stderr(`srcgit config check: ${options}\nRun "srcgit config check --help" for usage.\n`);
        return 2;
    }
    if (options.help) {
        io.stdout(CONFIG_CHECK_USAGE);
        return 0;
    }
    const target = external_node_path_default().resolve(io.cwd, options.target ?? '.');
    let repoDir = target;
    let configFile = options.configFile === undefined ? undefined : external_node_path_default().resolve(io.cwd, options.configFile);
    const kind = statKind(target);
    if (kind === 'missing') {
        io.stderr(`srcgit config check: ${options.target ?? target} does not exist\n`);
        return 1;
    }
    if (kind === 'file') {
        if (configFile !== undefined) {
            io.stderr('srcgit config check: give either a configuration file as PATH or --config, not both\n');
            return 2;
        }
        configFile = target;
        repoDir = repoDirForConfigFile(target);
    }
    try {
        const config = await loadConfig(repoDir, { configFile });
        for (const warning of config.warnings)
            io.stderr(`${formatDiagnostic(warning)}\n`);
        io.stdout(options.json ? configToJson(config) : configToYaml(config));
        return 0;
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        io.stderr(`${formatReport(error.diagnostics, error.file, error.sourceText)}\n`);
        return 1;
    }
}
function statKind(target) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(target).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/spec/edit.ts
/**
 * Applies edits to a copy of the lines. Splices within one line apply right to left;
 * inserted lines take the file's line ending, and an insertion at the very end keeps a
 * missing final newline missing.
 */
function applyLineEdits(lines, edits, eol) {
    const texts = lines.map((l) => l.text);
    const splices = edits
        .filter((e) => e.kind === 'splice')
        .sort((a, b) => b.line - a.line || b.start - a.start);
    for (const s of splices)
        texts[s.line] = texts[s.line].slice(0, s.start) + s.text + texts[s.line].slice(s.end);
    const deleted = new Set();
    for (const e of edits)
        if (e.kind === 'delete')
            for (let i = e.from; i < e.to; i++)
                deleted.add(i);
    const inserts = new Map();
    for (const e of edits) {
        if (e.kind !== 'insert')
            continue;
        inserts.set(e.before, [...(inserts.get(e.before) ?? []), ...e.texts]);
    }
    const out = [];
    for (let i = 0; i <= lines.length; i++) {
        for (const text of inserts.get(i) ?? [])
            out.push({ text, eol });
        if (i < lines.length && !deleted.has(i))
            out.push({ text: texts[i], eol: lines[i].eol });
    }
    // Keep the final-newline state of the original file.
    if (out.length > 0) {
        const hadFinalNewline = lines.length === 0 || lines[lines.length - 1].eol !== '';
        for (let i = 0; i < out.length - 1; i++)
            if (out[i].eol === '')
                out[i] = { ...out[i], eol };
        const last = out[out.length - 1];
        out[out.length - 1] = { ...last, eol: hadFinalNewline ? last.eol || eol : '' };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/spec/lines.ts
/** Splits text into lines keeping every line ending, so joining them gives the input back byte for byte. */
function lines_splitLines(text) {
    const lines = [];
    const re = /\r\n|\n|\r/g;
    let start = 0;
    let match;
    while ((match = re.exec(text)) !== null) {
        lines.push({ text: text.slice(start, match.index), eol: match[0] });
        start = match.index + match[0].length;
    }
    if (start < text.length)
        lines.push({ text: text.slice(start), eol: '' });
    return lines;
}
function joinLines(lines) {
    let out = '';
    for (const line of lines)
        out += line.text + line.eol;
    return out;
}
/** The line ending new lines should use: the one the file uses most. */
function dominantEol(lines) {
    let crlf = 0;
    let lf = 0;
    for (const line of lines) {
        if (line.eol === '\r\n')
            crlf++;
        else if (line.eol === '\n')
            lf++;
    }
    return crlf > lf ? '\r\n' : '\n';
}

;// CONCATENATED MODULE: ./src/spec/rpmvercmp.ts
/**
 * rpm's version segment comparison (rpmvercmp), including `~` (sorts before anything,
 * for pre-releases) and `^` (sorts after the base version, for snapshots).
 */
function rpmvercmp(a, b) {
    if (a === b)
        return 0;
    let i = 0;
    let j = 0;
    const isAlnum = (c) => c !== undefined && /[A-Za-z0-9]/.test(c);
    for (;;) {
        while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^')
            i++;
        while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^')
            j++;
        if (a[i] === '~' || b[j] === '~') {
            if (a[i] !== '~')
                return 1;
            if (b[j] !== '~')
                return -1;
            i++;
            j++;
            continue;
        }
        if (a[i] === '^' || b[j] === '^') {
            if (i >= a.length)
                return -1;
            if (j >= b.length)
                return 1;
            if (a[i] !== '^')
                return 1;
            if (b[j] !== '^')
                return -1;
            i++;
            j++;
            continue;
        }
        if (i >= a.length || j >= b.length)
            break;
        const numeric = /[0-9]/.test(a[i]);
        const re = numeric ? /[0-9]/ : /[A-Za-z]/;
        let ie = i;
        let je = j;
        while (ie < a.length && re.test(a[ie]))
            ie++;
        while (je < b.length && re.test(b[je]))
            je++;
        let sa = a.slice(i, ie);
        let sb = b.slice(j, je);
        if (sb === '')
            return numeric ? 1 : -1;
        if (numeric) {
            sa = sa.replace(/^0+/, '');
            sb = sb.replace(/^0+/, '');
            if (sa.length !== sb.length)
                return sa.length > sb.length ? 1 : -1;
        }
        if (sa !== sb)
            return sa < sb ? -1 : 1;
        i = ie;
        j = je;
    }
    if (i >= a.length && j >= b.length)
        return 0;
    return i >= a.length ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/spec/expression.ts
/**
 * rpm's expression language, as used by `%if` and `%[...]`, evaluated after macro
 * expansion: integers, "strings", v"versions", ! - * / + - < > <= >= == != && || ?: and
 * parentheses. Returns undefined when the text is not a valid expression, so callers can
 * say "cannot evaluate" instead of guessing.
 */

function expression_tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (/[0-9]/.test(c)) {
            let j = i;
            while (j < text.length && /[0-9]/.test(text[j]))
                j++;
            tokens.push({ t: 'int', n: Number(text.slice(i, j)) });
            i = j;
            continue;
        }
        if (c === '"' || (c === 'v' && text[i + 1] === '"')) {
            const isVersion = c === 'v';
            const start = isVersion ? i + 2 : i + 1;
            const end = text.indexOf('"', start);
            if (end < 0)
                return undefined;
            const s = text.slice(start, end);
            tokens.push(isVersion ? { t: 'ver', s } : { t: 'str', s });
            i = end + 1;
            continue;
        }
        const two = text.slice(i, i + 2);
        if (['&&', '||', '==', '!=', '<=', '>='].includes(two)) {
            tokens.push({ t: 'op', op: two });
            i += 2;
            continue;
        }
        if ('!<>+-*/()?:'.includes(c)) {
            tokens.push({ t: 'op', op: c });
            i++;
            continue;
        }
        // A bare word: rpm rejects it too ("bare words are no longer supported").
        return undefined;
    }
    tokens.push({ t: 'end' });
    return tokens;
}
class Parser {
    tokens;
    pos = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    peekOp(...ops) {
        const tok = this.tokens[this.pos];
        return tok.t === 'op' && ops.includes(tok.op) ? tok.op : undefined;
    }
    parse() {
        const v = this.ternary();
        if (this.tokens[this.pos].t !== 'end')
            throw new Error('trailing tokens');
        return v;
    }
    ternary() {
        const cond = this.or();
        if (this.peekOp('?')) {
            this.pos++;
            const a = this.ternary();
            if (!this.peekOp(':'))
                throw new Error('expected :');
            this.pos++;
            const b = this.ternary();
            return truthy(cond) ? a : b;
        }
        return cond;
    }
    or() {
        let left = this.and();
        while (this.peekOp('||')) {
            this.pos++;
            const right = this.and();
            left = truthy(left) ? left : right;
        }
        return left;
    }
    and() {
        let left = this.compare();
        while (this.peekOp('&&')) {
            this.pos++;
            const right = this.compare();
            left = truthy(left) ? right : left;
        }
        return left;
    }
    compare() {
        let left = this.additive();
        let op;
        while ((op = this.peekOp('==', '!=', '<', '>', '<=', '>='))) {
            this.pos++;
            const right = this.additive();
            const c = compareValues(left, right);
            const result = op === '=='
                ? c === 0
                : op === '!='
                    ? c !== 0
                    : op === '<'
                        ? c < 0
                        : op === '>'
                            ? c > 0
                            : op === '<='
                                ? c <= 0
                                : c >= 0;
            left = { kind: 'int', n: result ? 1 : 0 };
        }
        return left;
    }
    additive() {
        let left = this.multiplicative();
        let op;
        while ((op = this.peekOp('+', '-'))) {
            this.pos++;
            const right = this.multiplicative();
            if (left.kind === 'str' && right.kind === 'str' && op === '+')
                left = { kind: 'str', s: left.s + right.s };
            else
                left = { kind: 'int', n: op === '+' ? toInt(left) + toInt(right) : toInt(left) - toInt(right) };
        }
        return left;
    }
    multiplicative() {
        let left = this.unary();
        let op;
        while ((op = this.peekOp('*', '/'))) {
            this.pos++;
            const right = this.unary();
            const r = toInt(right);
            if (op === '/' && r === 0)
                throw new Error('division by zero');
            left = { kind: 'int', n: op === '*' ? toInt(left) * r : Math.trunc(toInt(left) / r) };
        }
        return left;
    }
    unary() {
        if (this.peekOp('!')) {
            this.pos++;
            return { kind: 'int', n: truthy(this.unary()) ? 0 : 1 };
        }
        if (this.peekOp('-')) {
            this.pos++;
            return { kind: 'int', n: -toInt(this.unary()) };
        }
        return this.primary();
    }
    primary() {
        const tok = this.tokens[this.pos];
        if (tok.t === 'op' && tok.op === '(') {
            this.pos++;
            const v = this.ternary();
            if (!this.peekOp(')'))
                throw new Error('expected )');
            this.pos++;
            return v;
        }
        this.pos++;
        if (tok.t === 'int')
            return { kind: 'int', n: tok.n };
        if (tok.t === 'str')
            return { kind: 'str', s: tok.s };
        if (tok.t === 'ver')
            return { kind: 'ver', s: tok.s };
        throw new Error('unexpected token');
    }
}
function toInt(v) {
    if (v.kind === 'int')
        return v.n;
    throw new Error('types do not match');
}
function truthy(v) {
    return v.kind === 'int' ? v.n !== 0 : v.s !== '';
}
function compareValues(a, b) {
    if (a.kind === 'int' && b.kind === 'int')
        return Math.sign(a.n - b.n);
    if (a.kind === 'ver' || b.kind === 'ver') {
        if (a.kind === 'int' || b.kind === 'int')
            throw new Error('types do not match');
        return rpmvercmp(a.s, b.s);
    }
    if (a.kind === 'str' && b.kind === 'str')
        return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
    throw new Error('types do not match');
}
/** Evaluates an already macro-expanded expression. */
function evaluateExpression(text) {
    const tokens = expression_tokenize(text);
    if (!tokens || tokens.length === 1)
        return undefined;
    try {
        const v = new Parser(tokens).parse();
        return { value: v.kind === 'int' ? String(v.n) : v.s, truthy: truthy(v) };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/spec/macros.ts
/**
 * A subset of rpm's macro expansion: enough to compute the real values of Name, Version,
 * Release and Source lines from `%global`/`%define` chains and the common builtins.
 * Anything it cannot evaluate (shell `%(...)`, Lua, macros from outside the spec) is
 * reported in `unresolved` instead of being guessed.
 */

class MacroTable {
    map = new Map();
    constructor(initial) {
        if (initial)
            for (const def of initial)
                this.map.set(def.name, def);
    }
    get(name) {
        return this.map.get(name);
    }
    has(name) {
        return this.map.has(name);
    }
    set(def) {
        this.map.set(def.name, def);
    }
    delete(name) {
        this.map.delete(name);
    }
    clone() {
        return new MacroTable(this.map.values());
    }
    names() {
        return [...this.map.keys()];
    }
}
const macros_MAX_DEPTH = 64;
/** Finds the index of the bracket closing the one at `open`, honouring nesting; -1 if none. */
function findClosing(text, open, openChar, closeChar) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === openChar)
            depth++;
        else if (c === closeChar) {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
class Expander {
    table;
    unresolved = [];
    constructor(table) {
        this.table = table;
    }
    miss(construct, reason) {
        if (!this.unresolved.some((u) => u.construct === construct))
            this.unresolved.push({ construct, reason });
        return construct;
    }
    expand(text, depth) {
        if (depth > macros_MAX_DEPTH)
            return this.miss(text, 'macro recursion is too deep');
        let out = '';
        let i = 0;
        while (i < text.length) {
            const pct = text.indexOf('%', i);
            if (pct < 0) {
                out += text.slice(i);
                break;
            }
            out += text.slice(i, pct);
            const next = text[pct + 1];
            if (next === '%') {
                out += '%';
                i = pct + 2;
            }
            else if (next === '{') {
                const close = findClosing(text, pct + 1, '{', '}');
                if (close < 0) {
                    out += this.miss(text.slice(pct), 'unterminated %{');
                    break;
                }
                out += this.braced(text.slice(pct + 2, close), text.slice(pct, close + 1), depth);
                i = close + 1;
            }
            else if (next === '(') {
                const close = findClosing(text, pct + 1, '(', ')');
                const construct = close < 0 ? text.slice(pct) : text.slice(pct, close + 1);
                out += this.miss(construct, 'shell expansion %(...) is not run');
                if (close < 0)
                    break;
                i = close + 1;
            }
            else if (next === '[') {
                const close = findClosing(text, pct + 1, '[', ']');
                if (close < 0) {
                    out += this.miss(text.slice(pct), 'unterminated %[');
                    break;
                }
                const inner = this.expand(text.slice(pct + 2, close), depth + 1);
                const result = evaluateExpression(inner);
                out += result ? result.value : this.miss(text.slice(pct, close + 1), 'expression cannot be evaluated');
                i = close + 1;
            }
            else {
                const m = /^([?!]*)([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(pct + 1));
                if (!m) {
                    out += '%';
                    i = pct + 1;
                    continue;
                }
                const construct = '%' + m[0];
                const flags = m[1];
                const name = m[2];
                const def = this.table.get(name);
                if (flags.includes('?')) {
                    const defined = def !== undefined;
                    out += flags.includes('!') ? '' : defined ? this.value(def, construct, depth) : '';
                }
                else if (!def && name === 'pypi_source') {
                    // A bare parametric call takes the rest of the line as its arguments.
                    out += this.pypiSource(this.expand(text.slice(pct + 1 + m[0].length), depth + 1), depth);
                    i = text.length;
                    continue;
                }
                else if (def?.params !== undefined) {
                    // A bare parametric macro takes the rest of the line as arguments; we do not run those.
                    out += this.miss(construct, `%${name} is a parametric macro`);
                }
                else if (def) {
                    out += this.value(def, construct, depth);
                }
                else {
                    out += this.miss(construct, `%${name} is not defined in this spec`);
                }
                i = pct + 1 + m[0].length;
            }
        }
        return out;
    }
    value(def, construct, depth) {
        if (def.uncertain)
            this.miss(construct, def.uncertain);
        if (def.value) {
            for (const u of def.value.unresolved)
                this.miss(u.construct, u.reason);
            return def.value.value;
        }
        return this.expand(def.body, depth + 1);
    }
    braced(inner, construct, depth) {
        const m = /^([?!]*)([A-Za-z_][A-Za-z0-9_]*)(.*)$/s.exec(inner);
        if (!m)
            return this.miss(construct, 'not a macro this tool understands');
        const [, flags, name, rest] = m;
        if (flags.includes('?')) {
            if (rest !== '' && !rest.startsWith(':'))
                return this.miss(construct, 'malformed conditional macro');
            const def = this.table.get(name);
            const wanted = flags.includes('!') ? def === undefined : def !== undefined;
            if (def?.uncertain)
                this.miss(construct, def.uncertain);
            if (!wanted)
                return '';
            if (rest.startsWith(':'))
                return this.expand(rest.slice(1), depth + 1);
            return def ? this.value(def, construct, depth) : '';
        }
        if (rest.startsWith(':'))
            return this.builtinWithColon(name, rest.slice(1), construct, depth);
        if (rest !== '' && /^\s/.test(rest))
            return this.call(name, rest.trim(), construct, depth);
        if (rest !== '')
            return this.miss(construct, 'not a macro this tool understands');
        const def = this.table.get(name);
        if (!def && name === 'pypi_source')
            return this.pypiSource('', depth);
        if (!def)
            return this.miss(construct, `%{${name}} is not defined in this spec`);
        if (def.params !== undefined)
            return this.miss(construct, `%${name} is a parametric macro`);
        return this.value(def, construct, depth);
    }
    builtinWithColon(name, arg, construct, depth) {
        const expanded = () => this.expand(arg, depth + 1);
        switch (name) {
            case 'expand':
                return this.expand(expanded(), depth + 1);
            case 'lua':
                return this.miss(construct, 'Lua code is not evaluated');
            case 'quote':
                return expanded();
            case 'len':
                return String([...expanded()].length);
            case 'lower':
                return expanded().toLowerCase();
            case 'upper':
                return expanded().toUpperCase();
            case 'basename':
                return expanded().replace(/\/+$/, '').replace(/^.*\//, '');
            case 'dirname': {
                const v = expanded();
                const idx = v.lastIndexOf('/');
                return idx < 0 ? v : v.slice(0, idx);
            }
            case 'suffix': {
                const v = expanded();
                const idx = v.lastIndexOf('.');
                return idx < 0 ? '' : v.slice(idx + 1);
            }
            case 'shrink':
                return expanded().trim().replace(/\s+/g, ' ');
            case 'url2path':
            case 'u2p':
                return expanded().replace(/^[a-z]+:\/\/[^/]*/, '');
            case 'S':
                return this.braced(`SOURCE${expanded().trim()}`, construct, depth);
            case 'P':
                return this.braced(`PATCH${expanded().trim()}`, construct, depth);
            case 'defined':
                return this.table.has(expanded().trim()) ? '1' : '0';
            case 'undefined':
                return this.table.has(expanded().trim()) ? '0' : '1';
            case 'echo':
            case 'warn':
            case 'error':
            case 'dnl':
                return '';
            default:
                return this.miss(construct, `%{${name}:...} is not a builtin this tool evaluates`);
        }
    }
    /**
     * python-rpm-macros' `%pypi_source [name [version [extension]]]` (a Lua macro, so written out
     * here): the sdist URL on files.pythonhosted.org. Name defaults to %srcname, %pypi_name, %name.
     */
    pypiSource(args, depth) {
        const [given, version, extension] = args.trim().split(/\s+/).filter(Boolean);
        const fallback = ['srcname', 'pypi_name', 'name'].find((n) => this.table.has(n));
        const src = given ?? (fallback ? this.expand(`%{${fallback}}`, depth + 1) : this.miss('%pypi_source', 'no %name'));
        const ver = version ?? this.expand('%{version}', depth + 1);
        return `https://files.pythonhosted.org/packages/source/${src.charAt(0)}/${src}/${src}-${ver}.${extension ?? 'tar.gz'}`;
    }
    call(name, args, construct, depth) {
        switch (name) {
            case 'defined':
            case 'undefined': {
                const isDefined = this.table.has(this.expand(args, depth + 1));
                return (name === 'defined') === isDefined ? '1' : '0';
            }
            case 'with':
            case 'without': {
                const isOn = this.table.has(`with_${this.expand(args, depth + 1)}`);
                return (name === 'with') === isOn ? '1' : '0';
            }
            case 'sub': {
                const parts = this.expand(args, depth + 1).split(/\s+/);
                if (parts.length < 2)
                    return this.miss(construct, 'malformed %{sub}');
                const chars = [...parts[0]];
                const from = Number(parts[1]);
                const to = parts.length > 2 ? Number(parts[2]) : -1;
                if (!Number.isInteger(from) || !Number.isInteger(to))
                    return this.miss(construct, 'malformed %{sub}');
                // Lua string.sub semantics: 1-based, inclusive, negative counts from the end.
                const norm = (n) => (n < 0 ? chars.length + n + 1 : n);
                const a = Math.max(norm(from), 1);
                const b = Math.min(norm(to), chars.length);
                return a > b ? '' : chars.slice(a - 1, b).join('');
            }
            case 'pypi_source':
                if (!this.table.has(name))
                    return this.pypiSource(this.expand(args, depth + 1), depth);
                return this.miss(construct, `%{${name} ...} with arguments is not evaluated`);
            default:
                return this.miss(construct, `%{${name} ...} with arguments is not evaluated`);
        }
    }
}
function expandMacros(text, table) {
    const expander = new Expander(table);
    const value = expander.expand(text, 0);
    return { value, unresolved: expander.unresolved };
}

;// CONCATENATED MODULE: ./src/spec/logical.ts
/** Scans one physical line the way rpm's copyNextLineFromOFI does, updating open-bracket depths. */
function scan(text, depth) {
    let continued = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        continued = false;
        switch (c) {
            case '\\':
                if (i === text.length - 1)
                    continued = true;
                else
                    i++;
                break;
            case '%': {
                const next = text[i + 1];
                if (next === '{') {
                    depth.brace++;
                    i++;
                }
                else if (next === '(') {
                    depth.paren++;
                    i++;
                }
                else if (next === '[') {
                    depth.bracket++;
                    i++;
                }
                else if (next === '%')
                    i++;
                break;
            }
            case '{':
                if (depth.brace > 0)
                    depth.brace++;
                break;
            case '}':
                if (depth.brace > 0)
                    depth.brace--;
                break;
            case '(':
                if (depth.paren > 0)
                    depth.paren++;
                break;
            case ')':
                if (depth.paren > 0)
                    depth.paren--;
                break;
            case '[':
                if (depth.bracket > 0)
                    depth.bracket++;
                break;
            case ']':
                if (depth.bracket > 0)
                    depth.bracket--;
                break;
        }
    }
    return { continued };
}
const DEFINITION_START = /^\s*%(global|define)\s/;
function isCommentLine(text) {
    return /^\s*#/.test(text);
}
function groupLogicalLines(lines) {
    const result = [];
    let i = 0;
    while (i < lines.length) {
        const start = i;
        // A comment line never opens a continuation: an unbalanced `%{` in a comment must not swallow the spec.
        if (isCommentLine(lines[i].text)) {
            result.push({ start, end: i + 1, text: lines[i].text });
            i++;
            continue;
        }
        const depth = { brace: 0, paren: 0, bracket: 0 };
        const texts = [];
        // rpm splits the expanded buffer back into lines, so a trailing backslash only glues lines
        // together where a macro consumes them: the body of %global/%define.
        const isDefinition = DEFINITION_START.test(lines[i].text);
        for (;;) {
            texts.push(lines[i].text);
            const { continued } = scan(lines[i].text, depth);
            i++;
            const open = depth.brace > 0 || depth.paren > 0 || depth.bracket > 0;
            if (!(open || (continued && isDefinition)) || i >= lines.length)
                break;
        }
        result.push({ start, end: i, text: texts.join('\n') });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/spec/sections.ts
/** Section names rpm recognises at the start of a line (rpm's partList). */
const SECTION_NAMES = [
    'package',
    'prep',
    'generate_buildrequires',
    'conf',
    'build',
    'install',
    'check',
    'clean',
    'preun',
    'pretrans',
    'preuntrans',
    'pre',
    'postun',
    'posttrans',
    'postuntrans',
    'post',
    'files',
    'changelog',
    'description',
    'triggerpostun',
    'triggerprein',
    'triggerun',
    'triggerin',
    'trigger',
    'verifyscript',
    'sepolicy',
    'filetriggerin',
    'filetrigger',
    'filetriggerun',
    'filetriggerpostun',
    'transfiletriggerin',
    'transfiletrigger',
    'transfiletriggerun',
    'transfiletriggerpostun',
    'end',
    'patchlist',
    'sourcelist',
];
const HEADER = new RegExp(`^%(${SECTION_NAMES.join('|')})(?=\\s|$)(.*)$`, 'is');
/** Returns the section a header line opens, or undefined when the line is not a section header. */
function sectionHeader(text) {
    const m = HEADER.exec(text);
    if (!m)
        return undefined;
    return { name: m[1].toLowerCase(), args: m[2].trim() };
}
/** Sections whose lines are preamble tags. */
function isPreambleSection(name) {
    return name === 'preamble' || name === 'package';
}

;// CONCATENATED MODULE: ./src/spec/parse.ts
/**
 * Reads a spec file into a model (sections, tags, macro definitions, conditionals) in one
 * pass that follows rpm's own reading order, so macro values are the ones rpm would see at
 * each line. The physical lines are kept untouched: printing the model gives the input back.
 */





/** Tags whose value rpm also defines as a macro of the same (lowercase) name. */
const TAG_MACROS = new Set(['name', 'version', 'release', 'epoch', 'summary', 'license', 'url']);
const TAG_LINE = /^(\s*)([A-Za-z][A-Za-z0-9_]*)(\([^)]*\))?(\s*:\s*)(.*)$/s;
const MACRO_DEFINITION = /^(\s*)%(global|define)(\s+)([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?(\s*)(.*)$/s;
const COMMENTED_DEFINITION = /^\s*(?:#+|%dnl\s+%?)\s*%?(global|define)\s+([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?\s*(.*)$/s;
const CONDITIONAL = /^\s*%(if|ifarch|ifnarch|ifos|ifnos|elif|elifarch|elifos|else|endif)(?=\s|$)(.*)$/s;
function activityOf(stack) {
    if (stack.some((f) => f.state === 'false'))
        return 'inactive';
    if (stack.some((f) => f.state === 'unknown'))
        return 'uncertain';
    return 'active';
}
function uncertaintyReason(stack, lines) {
    const frame = stack.find((f) => f.state === 'unknown');
    if (!frame)
        return undefined;
    return `defined under "${lines[frame.branchLine].text.trim()}" (line ${frame.branchLine + 1}), a condition this tool cannot evaluate`;
}
function parseSpec(text, options = {}) {
    const lines = lines_splitLines(text);
    const logical = groupLogicalLines(lines);
    const predefined = Object.entries(options.predefined ?? {}).map(([name, body]) => ({
        name,
        body,
        kind: 'predefined',
    }));
    const macros = new MacroTable(predefined);
    const sections = [];
    const tags = [];
    const macroDefinitions = [];
    const conditionals = [];
    const listEntries = [];
    const includes = [];
    const problems = [];
    const stack = [];
    const autonum = { source: 0, patch: 0 };
    let section = { name: 'preamble', args: '', headerLine: -1, start: 0, end: lines.length };
    sections.push(section);
    const conditionalState = (directive, expr, parentActive) => {
        if (!parentActive)
            return 'false';
        if (directive.endsWith('arch') || directive.endsWith('os'))
            return 'unknown';
        const expansion = expandMacros(expr, macros);
        if (expansion.unresolved.length > 0)
            return 'unknown';
        const result = evaluateExpression(expansion.value);
        if (!result)
            return 'unknown';
        return result.truthy ? 'true' : 'false';
    };
    const nextNumber = (kind, explicit, counts) => {
        if (explicit !== undefined) {
            if (counts && explicit >= autonum[kind])
                autonum[kind] = explicit + 1;
            return explicit;
        }
        const n = autonum[kind];
        if (counts)
            autonum[kind]++;
        return n;
    };
    for (const ll of logical) {
        const first = lines[ll.start].text;
        const cond = CONDITIONAL.exec(first);
        if (cond) {
            const directive = cond[1];
            const expr = cond[2];
            const parentActive = stack.slice(0, -1).every((f) => f.state === 'true');
            if (directive.startsWith('if')) {
                const outerActive = stack.every((f) => f.state === 'true');
                const outerUncertain = stack.every((f) => f.state !== 'false');
                let state = conditionalState(directive, expr, outerActive);
                if (!outerActive && outerUncertain)
                    state = 'unknown';
                const block = { ifLine: ll.start, branchLines: [], endifLine: -1 };
                conditionals.push(block);
                stack.push({
                    ifLine: ll.start,
                    branchLine: ll.start,
                    directive: first.trim(),
                    state,
                    taken: state === 'true' ? 'yes' : state === 'unknown' ? 'maybe' : 'no',
                    block,
                });
            }
            else if (stack.length === 0) {
                problems.push({ line: ll.start, message: `%${directive} without a matching %if` });
            }
            else if (directive === 'endif') {
                const frame = stack.pop();
                frame.block.endifLine = ll.start;
            }
            else {
                const frame = stack[stack.length - 1];
                frame.block.branchLines.push(ll.start);
                frame.branchLine = ll.start;
                frame.directive = first.trim();
                const parentCertain = stack.slice(0, -1).every((f) => f.state === 'true');
                const parentPossible = stack.slice(0, -1).every((f) => f.state !== 'false');
                let state;
                if (frame.taken === 'yes' || !parentPossible)
                    state = 'false';
                else if (directive === 'else')
                    state = frame.taken === 'maybe' ? 'unknown' : 'true';
                else {
                    state = conditionalState(directive, expr, parentActive);
                    if (frame.taken === 'maybe' && state === 'true')
                        state = 'unknown';
                }
                if (!parentCertain && parentPossible && state !== 'false')
                    state = 'unknown';
                frame.state = state;
                if (state === 'true')
                    frame.taken = 'yes';
                else if (state === 'unknown' && frame.taken === 'no')
                    frame.taken = 'maybe';
            }
            continue;
        }
        const activity = activityOf(stack);
        const conditions = stack.map((f) => ({
            ifLine: f.ifLine,
            branchLine: f.branchLine,
            directive: f.directive,
            state: f.state,
        }));
        const readable = activity !== 'inactive';
        const uncertain = uncertaintyReason(stack, lines);
        const header = sectionHeader(first);
        if (header) {
            section.end = ll.start;
            section = {
                name: header.name,
                args: header.args,
                headerLine: ll.start,
                start: ll.end,
                end: lines.length,
            };
            sections.push(section);
            continue;
        }
        const trimmed = first.trimStart();
        if (trimmed.startsWith('#') || trimmed.startsWith('%dnl')) {
            const commented = COMMENTED_DEFINITION.exec(first);
            if (commented && trimmed.length > 0) {
                macroDefinitions.push({
                    line: ll.start,
                    endLine: ll.end,
                    name: commented[2],
                    kind: commented[1],
                    params: commented[3]?.slice(1, -1),
                    body: commented[4],
                    bodyColumn: first.length - commented[4].length,
                    activity,
                    conditions,
                    commentedOut: true,
                });
            }
            continue;
        }
        const def = MACRO_DEFINITION.exec(ll.text);
        if (def) {
            const [, indent, kind, gap, name, params, gap2] = def;
            const fullBody = def[7];
            const bodyColumn = indent.length + 1 + kind.length + gap.length + name.length + (params ?? '').length + gap2.length;
            const firstLineBody = first.slice(bodyColumn);
            macroDefinitions.push({
                line: ll.start,
                endLine: ll.end,
                name,
                kind: kind,
                params: params?.slice(1, -1),
                body: firstLineBody,
                bodyColumn,
                activity,
                conditions,
                commentedOut: false,
            });
            if (readable) {
                // rpm turns backslash-newline inside a body into a newline.
                const body = fullBody.replace(/\\\n/g, '\n');
                const definition = {
                    name,
                    body,
                    kind: kind,
                    line: ll.start,
                    params: params?.slice(1, -1),
                    uncertain,
                };
                // %global expands its body once when read; the result is expanded again on use, as in rpm.
                if (kind === 'global' && params === undefined)
                    definition.body = expandMacros(body, macros).value;
                macros.set(definition);
            }
            continue;
        }
        if (readable) {
            const undef = /^\s*%undefine\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(first);
            if (undef) {
                macros.delete(undef[1]);
                continue;
            }
            const bcond = /^\s*%bcond(_with|_without)?\s+([A-Za-z0-9_]+)(?:\s+(.*))?$/.exec(first);
            if (bcond) {
                let on;
                if (bcond[1] === '_with')
                    on = false;
                else if (bcond[1] === '_without')
                    on = true;
                else {
                    const dflt = expandMacros(bcond[3] ?? '0', macros);
                    on = evaluateExpression(dflt.value)?.truthy ?? false;
                }
                // `%bcond_with foo` means "build without foo unless --with foo": with_foo is undefined.
                if (on)
                    macros.set({ name: `with_${bcond[2]}`, body: '1', kind: 'bcond', line: ll.start, uncertain });
                else
                    macros.delete(`with_${bcond[2]}`);
                continue;
            }
        }
        const include = /^\s*%include\s+(.*)$/.exec(first);
        if (include) {
            const expanded = expandMacros(include[1].trim(), macros);
            const text = readable && expanded.unresolved.length === 0 ? options.readInclude?.(expanded.value) : undefined;
            const entry = {
                line: ll.start,
                raw: include[1],
                expanded,
                activity,
                resolved: text !== undefined,
                entries: [],
            };
            includes.push(entry);
            for (const included of text === undefined ? [] : lines_splitLines(text)) {
                const incDef = MACRO_DEFINITION.exec(included.text);
                if (incDef && incDef[5] === undefined) {
                    macros.set({ name: incDef[4], body: expandMacros(incDef[7], macros).value, kind: 'global' });
                    continue;
                }
                const incTag = /^\s*(source|patch)(\d*)\s*:\s*(.*)$/i.exec(included.text);
                if (!incTag || !isPreambleSection(section.name))
                    continue;
                const kind = incTag[1].toLowerCase();
                const number = nextNumber(kind, incTag[2] === '' ? undefined : Number(incTag[2]), true);
                const value = expandMacros(incTag[3].trim(), macros);
                entry.entries.push({ kind, number, raw: incTag[3].trim(), expanded: value });
                macros.set({ name: `${kind.toUpperCase()}${number}`, body: value.value, kind: 'tag', value });
            }
            continue;
        }
        if (section.name === 'patchlist' || section.name === 'sourcelist') {
            if (trimmed === '')
                continue;
            const kind = section.name === 'patchlist' ? 'patch' : 'source';
            const number = nextNumber(kind, undefined, readable);
            const expanded = expandMacros(trimmed.trim(), macros);
            listEntries.push({
                line: ll.start,
                section: section.name,
                raw: trimmed.trim(),
                number,
                activity,
                expanded,
            });
            if (readable) {
                macros.set({
                    name: `${kind.toUpperCase()}${number}`,
                    body: expanded.value,
                    kind: 'tag',
                    value: expanded,
                });
            }
            continue;
        }
        if (!isPreambleSection(section.name))
            continue;
        const tagMatch = TAG_LINE.exec(ll.text);
        if (!tagMatch)
            continue;
        const [, indent, name, qualifier = '', separator] = tagMatch;
        const numbered = /^(source|patch)(\d*)$/i.exec(name);
        const base = (numbered ? numbered[1] : name).toLowerCase();
        const valueColumn = indent.length + name.length + qualifier.length + separator.length;
        const raw = first.slice(valueColumn);
        const fullValue = tagMatch[5];
        const expanded = expandMacros(fullValue.trim(), macros);
        const tag = {
            line: ll.start,
            endLine: ll.end,
            name: name + qualifier,
            base,
            raw,
            valueColumn,
            separator,
            packageArgs: section.name === 'package' ? section.args : null,
            activity,
            conditions,
            expanded,
        };
        if (numbered) {
            const kind = base;
            const explicit = numbered[2] === '' ? undefined : Number(numbered[2]);
            if (numbered[2] !== '')
                tag.numberText = numbered[2];
            tag.number = nextNumber(kind, explicit, readable);
            if (readable) {
                macros.set({
                    name: `${kind.toUpperCase()}${tag.number}`,
                    body: expanded.value,
                    kind: 'tag',
                    value: expanded,
                });
            }
        }
        else if (readable && tag.packageArgs === null && TAG_MACROS.has(base)) {
            macros.set({
                name: base,
                body: fullValue.trim(),
                kind: 'tag',
                value: expanded,
                line: ll.start,
                uncertain,
            });
        }
        tags.push(tag);
    }
    for (const frame of stack) {
        problems.push({ line: frame.ifLine, message: `${frame.directive} is never closed by %endif` });
    }
    return { lines, sections, tags, macroDefinitions, conditionals, listEntries, includes, macros, problems };
}

;// CONCATENATED MODULE: ./src/spec/prep.ts
function parsePatchNumbers(args) {
    const numbers = [];
    const tokens = args.trim().split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t === '-P' && tokens[i + 1] !== undefined && /^\d+$/.test(tokens[i + 1]))
            numbers.push(Number(tokens[++i]));
        else if (/^-P\d+$/.test(t))
            numbers.push(Number(t.slice(2)));
        else if (/^\d+$/.test(t))
            numbers.push(Number(t));
        else if (/^-[bzF]$/.test(t) || t === '-o' || t === '-d')
            i++;
    }
    return numbers;
}
function analyzePrep(spec) {
    const prep = spec.sections.find((s) => s.name === 'prep');
    if (!prep)
        return { prepLine: -1, applications: [] };
    const applications = [];
    for (let i = prep.start; i < prep.end; i++) {
        const text = spec.lines[i].text;
        const trimmed = text.trim();
        let m;
        if ((m = /^%(?:\{)?(autosetup|forgeautosetup)\b\}?(.*)$/.exec(trimmed))) {
            applications.push({ line: i, text: trimmed, kind: 'autosetup', appliesAll: !/(^|\s)-\w*N/.test(m[2]) });
        }
        else if ((m = /^%(?:\{)?autopatch\b\}?(.*)$/.exec(trimmed))) {
            const args = m[1];
            const min = /-m\s*(\d+)/.exec(args);
            const max = /-M\s*(\d+)/.exec(args);
            const numbers = args
                .replace(/-[mMp]\s*\d+/g, '')
                .replace(/-[a-zA-Z]+/g, '')
                .trim()
                .split(/\s+/)
                .filter((t) => /^\d+$/.test(t))
                .map(Number);
            applications.push({
                line: i,
                text: trimmed,
                kind: 'autopatch',
                min: min ? Number(min[1]) : undefined,
                max: max ? Number(max[1]) : undefined,
                numbers: numbers.length > 0 ? numbers : undefined,
            });
        }
        else if ((m = /^%\{?patch(\d*)\}?(\s.*)?$/.exec(trimmed))) {
            const numbers = m[1] !== '' ? [Number(m[1])] : parsePatchNumbers(m[2] ?? '');
            // A bare `%patch` applied patch 0 in old rpm.
            applications.push({
                line: i,
                text: trimmed,
                kind: 'patch',
                numbers: numbers.length > 0 ? numbers : [0],
            });
        }
    }
    return { prepLine: prep.headerLine, applications };
}
/** True when %prep applies patch `number` (automatically or by an explicit line). */
function isPatchApplied(analysis, number) {
    return analysis.applications.some((a) => {
        if (a.kind === 'autosetup')
            return a.appliesAll === true;
        if (a.kind === 'patch')
            return a.numbers?.includes(number) ?? false;
        if (a.numbers)
            return a.numbers.includes(number);
        return (a.min === undefined || number >= a.min) && (a.max === undefined || number <= a.max);
    });
}
/** A warning for each patch number that %prep would not apply, naming the line to look at. */
function unappliedPatchWarnings(analysis, numbers) {
    const warnings = [];
    for (const n of numbers) {
        if (isPatchApplied(analysis, n))
            continue;
        if (analysis.prepLine < 0) {
            warnings.push(`Patch${n} is declared but the spec has no %prep section to apply it`);
            continue;
        }
        const explicit = analysis.applications.filter((a) => a.kind === 'patch');
        const last = analysis.applications[analysis.applications.length - 1];
        if (explicit.length > 0) {
            const ref = explicit[explicit.length - 1];
            warnings.push(`Patch${n} will not be applied: %prep applies patches one by one with %patch lines ` +
                `(last one at line ${ref.line + 1}: "${ref.text}"); add "%patch -P${n} -p1" there, or switch %prep to %autosetup -p1`);
        }
        else if (last) {
            warnings.push(`Patch${n} will not be applied by "${last.text}" (line ${last.line + 1}); widen its range or add "%patch -P${n} -p1"`);
        }
        else {
            warnings.push(`Patch${n} will not be applied: %prep (line ${analysis.prepLine + 1}) has no %autosetup, %autopatch or %patch line; use %autosetup -p1`);
        }
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/spec/changelog.ts
/** %changelog entries: header format, date style detection and text sanitizing (pure). */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const changelog_HEADER = /^\*\s+[A-Z][a-z]{2}\s+[A-Z][a-z]{2}(\s+)(\d{1,2})\s+(\d{2}:\d{2}:\d{2}\s+\S+\s+)?\d{4}\b/;
/** Reads the date style of existing entry headers, so a new entry looks like its neighbours. */
function detectChangelogStyle(headerLines) {
    let padding = '0';
    let seenShortDay = false;
    let rank = -1;
    for (const line of headerLines) {
        const m = changelog_HEADER.exec(line);
        if (!m || m[2].length === 2)
            continue;
        // Only one-digit days show the padding; keep the widest form seen, as specfile does.
        seenShortDay = true;
        const found = m[2].startsWith('0') ? '0' : m[1].length > 1 ? ' ' : '';
        const foundRank = found === '0' ? 2 : found === ' ' ? 1 : 0;
        if (foundRank > rank) {
            rank = foundRank;
            padding = found;
        }
    }
    for (const line of headerLines) {
        const m = /^\*\s+[A-Z][a-z]{2}\s+[A-Z][a-z]{2}\s+0?(\d{1,2})\s+(\d{2}:\d{2}:\d{2}\s+\S+\s+)?\d{4}/.exec(line);
        if (m)
            return { dayPadding: seenShortDay ? padding : '0', extended: m[2] !== undefined };
    }
    return { dayPadding: seenShortDay ? padding : '0', extended: false };
}
function formatChangelogDate(date, style) {
    const day = date.getUTCDate();
    const dayText = day >= 10
        ? String(day)
        : style.dayPadding === '0'
            ? `0${day}`
            : style.dayPadding === ' '
                ? ` ${day}`
                : String(day);
    const head = `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${dayText}`;
    if (!style.extended)
        return `${head} ${date.getUTCFullYear()}`;
    const time = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()].map((n) => String(n).padStart(2, '0'));
    return `${head} ${time.join(':')} UTC ${date.getUTCFullYear()}`;
}
/**
 * Makes text safe inside %changelog: rpm expands macros there, so a `%` that would start one
 * is doubled (an odd run of `%` gets one more); a line starting with `*` would start a new
 * entry, so it gets a leading space.
 */
function sanitizeChangelogText(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.replace(/(%+)(?=[\w{[(])/g, (run) => (run.length % 2 === 1 ? run + '%' : run)))
        .map((line) => (line.startsWith('*') ? ' ' + line : line));
}
function changelogHeader(date, author, evr) {
    return `* ${date} ${author} - ${evr}`;
}

;// CONCATENATED MODULE: ./src/spec/value-update.ts

function tokenizeValue(text) {
    const tokens = [];
    let literal = '';
    let literalStart = 0;
    const flush = (at) => {
        if (literal)
            tokens.push({ kind: 'literal', text: literal, offset: literalStart });
        literal = '';
        literalStart = at;
    };
    let i = 0;
    while (i < text.length) {
        if (text[i] !== '%') {
            if (!literal)
                literalStart = i;
            literal += text[i++];
            continue;
        }
        const next = text[i + 1];
        if (next === '%') {
            if (!literal)
                literalStart = i;
            literal += '%%';
            i += 2;
            continue;
        }
        flush(i);
        let end;
        if (next === '{' || next === '(' || next === '[') {
            const close = findClosing(text, i + 1, next, next === '{' ? '}' : next === '(' ? ')' : ']');
            end = close < 0 ? text.length : close + 1;
        }
        else {
            const m = /^[?!]*[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
            end = m ? i + 1 + m[0].length : i + 1;
        }
        const construct = text.slice(i, end);
        const ref = /^%\{([A-Za-z_][A-Za-z0-9_]*)\}$|^%([A-Za-z_][A-Za-z0-9_]*)$/.exec(construct);
        if (ref)
            tokens.push({ kind: 'macro', name: ref[1] ?? ref[2], text: construct, offset: i });
        else
            tokens.push({ kind: 'other', text: construct, offset: i });
        i = end;
        literalStart = i;
    }
    flush(i);
    return tokens;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The definition rpm would use for `name` at `line`: the last readable, enabled one above it. */
function visibleDefinition(ctx, name, line) {
    const candidates = ctx.definitions.filter((d) => d.name === name && !d.commentedOut && d.activity !== 'inactive' && d.line < line);
    return candidates[candidates.length - 1];
}
function updateValue(ctx, site, target, busy = new Set()) {
    const tokens = tokenizeValue(site.text);
    const replaceAll = () => ctx.edits.push({
        kind: 'splice',
        line: site.line,
        start: site.column,
        end: site.column + site.text.length,
        text: target,
    });
    if (!tokens.some((t) => t.kind !== 'literal')) {
        if (site.text !== target)
            replaceAll();
        return;
    }
    const current = expandMacros(site.text, ctx.macros);
    if (current.unresolved.length === 0 && current.value === target)
        return;
    const slots = [];
    const groupsByMacro = new Map();
    let pattern = '';
    let feasible = true;
    const addLiteral = (text, offset) => {
        // Separators stay; the runs between them are slots of their own.
        for (const part of text.split(/([.\-_~^+])/)) {
            const partOffset = offset;
            offset += part.length;
            if (part === '')
                continue;
            if (/^[.\-_~^+]$/.test(part)) {
                pattern += escapeRegExp(part);
                continue;
            }
            const group = `s${slots.length}`;
            slots.push({
                group,
                current: part,
                apply: (value) => ctx.edits.push({
                    kind: 'splice',
                    line: site.line,
                    start: site.column + partOffset,
                    end: site.column + partOffset + part.length,
                    text: value,
                }),
            });
            pattern += `(?<${group}>${escapeRegExp(part)}|.+)`;
        }
    };
    const addTokens = (list, base) => {
        for (const token of list) {
            if (!feasible)
                return;
            if (token.kind === 'literal') {
                addLiteral(token.text, base + token.offset);
                continue;
            }
            // `%{?x:text}` / `%{!?x:text}`: when its text is what rpm uses, that text is editable in place.
            const conditional = /^%\{(!\?|\?!|\?)([A-Za-z_][A-Za-z0-9_]*):(.*)\}$/s.exec(token.text);
            if (conditional) {
                const used = ctx.macros.has(conditional[2]) !== conditional[1].includes('!');
                if (!used)
                    continue;
                const innerOffset = base + token.offset + 2 + conditional[1].length + conditional[2].length + 1;
                addTokens(tokenizeValue(conditional[3]), innerOffset);
                continue;
            }
            const expansion = expandMacros(token.text, ctx.macros);
            if (token.kind === 'macro' && !busy.has(token.name) && !ctx.protectedNames.test(token.name)) {
                const def = visibleDefinition(ctx, token.name, site.line);
                if (def && def.activity === 'active' && def.endLine - def.line === 1 && def.params === undefined) {
                    const known = groupsByMacro.get(token.name);
                    if (known) {
                        pattern += `\\k<${known}>`;
                        continue;
                    }
                    if (expansion.unresolved.length > 0) {
                        feasible = false;
                        return;
                    }
                    const group = `s${slots.length}`;
                    groupsByMacro.set(token.name, group);
                    slots.push({
                        group,
                        current: expansion.value,
                        apply: (value) => updateValue(ctx, {
                            line: def.line,
                            column: def.bodyColumn,
                            text: def.body,
                            label: `%${def.kind} ${def.name} (line ${def.line + 1})`,
                        }, value, new Set([...busy, token.name])),
                    });
                    pattern += `(?<${group}>${escapeRegExp(expansion.value)}|.+)`;
                    continue;
                }
            }
            if (expansion.unresolved.length > 0) {
                feasible = false;
                return;
            }
            pattern += escapeRegExp(expansion.value);
        }
    };
    addTokens(tokens, 0);
    const match = feasible ? new RegExp(`^${pattern}$`, 's').exec(target) : null;
    if (!match?.groups) {
        replaceAll();
        ctx.notes.push(`${site.label} was "${site.text.trim()}"; "${target}" cannot be written through its macros, so it now holds the literal value`);
        return;
    }
    for (const slot of slots) {
        const value = match.groups[slot.group];
        if (value !== undefined && value !== slot.current)
            slot.apply(value);
    }
}

;// CONCATENATED MODULE: ./src/spec/spec-file.ts
/**
 * The spec-file model and editor. Parsing keeps every byte; each edit rewrites only the
 * lines it must and re-reads the file, so queries always reflect the current text.
 */







class SpecError extends Error {
    line;
    file;
    constructor(message, 
    /** 1-based line the problem is about, when there is one. */
    line, 
    /** The spec file, when known. */
    file) {
        super(message);
        this.line = line;
        this.file = file;
        this.name = 'SpecError';
    }
}
const AUTORELEASE = /%\{?\??autorelease\b/;
const DIST = /(%\{\??dist\}|%\??dist)(\.\d+)?$/;
class SpecFile {
    options;
    parsed;
    constructor(text, options = {}) {
        this.options = options;
        this.parsed = parseSpec(text, options);
    }
    error(message, line) {
        return new SpecError(message, line, this.options.fileName);
    }
    static parse(text, options = {}) {
        return new SpecFile(text, options);
    }
    toString() {
        return joinLines(this.parsed.lines);
    }
    get model() {
        return this.parsed;
    }
    /** Expands text with the macros as they stand at the end of the spec. */
    expand(text, extra = {}) {
        let table = this.parsed.macros;
        if (Object.keys(extra).length > 0) {
            table = table.clone();
            for (const [name, body] of Object.entries(extra))
                table.set({ name, body, kind: 'predefined' });
        }
        return expandMacros(text, table);
    }
    // ---- queries --------------------------------------------------------------------------
    /** The main package's tag rpm would use: the active one, or throws when conditions make it ambiguous. */
    mainTag(base) {
        const candidates = this.parsed.tags.filter((t) => t.base === base && t.packageArgs === null && t.activity !== 'inactive');
        if (candidates.length === 0)
            return undefined;
        const active = candidates.filter((t) => t.activity === 'active');
        if (active.length > 0)
            return active[active.length - 1];
        if (candidates.length === 1)
            return candidates[0];
        throw this.error(`${candidates[0].name} is defined ${candidates.length} times under conditions this tool cannot evaluate ` +
            `(lines ${candidates.map((t) => t.line + 1).join(', ')}); define the macros those conditions test, or simplify the spec`, candidates[0].line + 1);
    }
    valueOf(base, extra = {}) {
        const tag = this.mainTag(base);
        if (!tag)
            return undefined;
        const expanded = Object.keys(extra).length > 0 ? this.expand(tag.raw.trim(), extra) : tag.expanded;
        return { raw: tag.raw.trim(), value: expanded.value, unresolved: expanded.unresolved, line: tag.line + 1 };
    }
    get name() {
        return this.valueOf('name');
    }
    get version() {
        return this.valueOf('version');
    }
    /** Release with `%{dist}` expanding to nothing, as in changelog EVRs. */
    get release() {
        return this.valueOf('release', { dist: '' });
    }
    get epoch() {
        return this.valueOf('epoch');
    }
    get hasAutorelease() {
        const tag = this.mainTag('release');
        return tag !== undefined && AUTORELEASE.test(tag.raw);
    }
    get hasAutochangelog() {
        return this.parsed.sections
            .filter((s) => s.name === 'changelog')
            .some((s) => {
            for (let i = s.start; i < s.end; i++) {
                const text = this.parsed.lines[i].text.trim();
                if (!text.startsWith('#') && /%\{?\??autochangelog\b/.test(text))
                    return true;
            }
            return false;
        });
    }
    /** Sources and patches with their effective numbers, in file order. */
    entries(kind) {
        const entry = (from, line, activity, origin) => ({
            kind,
            number: from.number,
            raw: from.raw.trim(),
            expanded: from.expanded,
            line: line + 1,
            active: activity !== 'inactive',
            origin,
        });
        const list = kind === 'patch' ? 'patchlist' : 'sourcelist';
        return [
            ...this.parsed.tags
                .filter((t) => t.base === kind && t.packageArgs === null)
                .map((t) => entry({ ...t, number: t.number }, t.line, t.activity, 'tag')),
            ...this.parsed.listEntries
                .filter((e) => e.section === list)
                .map((e) => entry(e, e.line, e.activity, 'list')),
            ...this.parsed.includes.flatMap((inc) => inc.entries.filter((e) => e.kind === kind).map((e) => entry(e, inc.line, inc.activity, 'include'))),
        ].sort((a, b) => a.line - b.line);
    }
    get sources() {
        return this.entries('source');
    }
    get patches() {
        return this.entries('patch');
    }
    /** The file name rpm uses for a source: the URL fragment if any, else the last path component. */
    static fileName(location) {
        const hash = location.lastIndexOf('#/');
        if (hash >= 0)
            return location.slice(hash + 2);
        return location.replace(/[?#].*$/, '').replace(/^.*\//, '');
    }
    prep() {
        return analyzePrep(this.parsed);
    }
    /**
     * Places where patches come from that this model cannot see (Lua loops, %include), so
     * patch numbers chosen by us could collide; callers should surface these.
     */
    hiddenPatchSources() {
        const found = [];
        const preambleEnd = this.parsed.sections[1]?.headerLine ?? this.parsed.lines.length;
        for (let i = 0; i < preambleEnd; i++) {
            const text = this.parsed.lines[i].text;
            if (/%\{lua:/.test(text) &&
                /Patch/.test(this.parsed.lines
                    .slice(i, i + 5)
                    .map((l) => l.text)
                    .join('\n')))
                found.push(`line ${i + 1}: a %{lua:} block may declare patches`);
        }
        for (const inc of this.parsed.includes)
            if (!inc.resolved && inc.activity !== 'inactive')
                found.push(`line ${inc.line + 1}: %include ${inc.raw.trim()} could not be read and may declare patches`);
        return found;
    }
    // ---- edits ----------------------------------------------------------------------------
    apply(edits) {
        if (edits.length === 0)
            return;
        const lines = applyLineEdits(this.parsed.lines, edits, dominantEol(this.parsed.lines));
        this.parsed = parseSpec(joinLines(lines), this.options);
    }
    updateContext(macros = this.parsed.macros) {
        return {
            macros,
            definitions: this.parsed.macroDefinitions,
            protectedNames: /name$/i,
            edits: [],
            notes: [],
        };
    }
    requireTag(base, display) {
        const tag = this.mainTag(base);
        if (!tag)
            throw this.error(`the spec has no ${display} tag in its main package`);
        if (tag.endLine - tag.line > 1)
            throw this.error(`${tag.name} (line ${tag.line + 1}) spans several lines; edit it by hand`, tag.line + 1);
        return tag;
    }
    /**
     * Sets Version. When Version is built from macros defined in the spec, their definitions
     * are rewritten so it expands to the new value; otherwise the tag gets the literal value.
     * Returns notes for anything a reviewer should know.
     */
    setVersion(version) {
        if (!/^[^\s-/]+$/.test(version))
            throw this.error(`"${version}" is not a valid RPM version: it must not contain whitespace, "-" or "/"`);
        const tag = this.requireTag('version', 'Version');
        const ctx = this.updateContext();
        updateValue(ctx, { line: tag.line, column: tag.valueColumn, text: tag.raw, label: `Version (line ${tag.line + 1})` }, version);
        this.apply(ctx.edits);
        return ctx.notes;
    }
    /** Sets Release to 1, keeping its form (`1%{?dist}`, `%{baserelease}` macros); leaves %autorelease alone. */
    resetRelease() {
        const tag = this.requireTag('release', 'Release');
        if (AUTORELEASE.test(tag.raw))
            return [];
        const raw = tag.raw.replace(/\s+$/, '');
        const dist = DIST.exec(raw);
        const releasePart = dist ? raw.slice(0, dist.index) : raw;
        // Expand with an empty dist so a macro body like `3%{?dist}` reads as "3".
        const macros = this.parsed.macros.clone();
        macros.set({ name: 'dist', body: '', kind: 'predefined' });
        const ctx = this.updateContext(macros);
        const site = {
            line: tag.line,
            column: tag.valueColumn,
            text: releasePart,
            label: `Release (line ${tag.line + 1})`,
        };
        updateValue(ctx, site, '1');
        if (dist?.[2]) {
            // A minor bump (`%{?dist}.1`) belongs to the old release.
            const start = tag.valueColumn + dist.index + dist[1].length;
            ctx.edits.push({ kind: 'splice', line: tag.line, start, end: start + dist[2].length, text: '' });
        }
        this.apply(ctx.edits);
        return ctx.notes.map((n) => n.replace(/now holds the literal value$/, 'is now "1"'));
    }
    /**
     * Packit's prerelease_suffix_macro: every `%global NAME` / `%define NAME` line is uncommented
     * (pre-release) or commented out with `#` (final release). Returns whether such a line exists.
     */
    setMacroCommentedOut(name, commented) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const definition = new RegExp(`^(\\s*)(#[#\\s]*)?%(global|define)\\s+${escaped}(?=[\\s(]|$)`);
        const edits = [];
        let found = false;
        this.parsed.lines.forEach((line, index) => {
            const m = definition.exec(line.text);
            if (!m)
                return;
            found = true;
            const start = m[1].length;
            if (commented && !m[2])
                edits.push({ kind: 'splice', line: index, start, end: start, text: '#' });
            if (!commented && m[2])
                edits.push({ kind: 'splice', line: index, start, end: start + m[2].length, text: '' });
        });
        if (edits.length > 0)
            this.apply(edits);
        return found;
    }
    /** Writes a raw Release value as is (e.g. to copy %autorelease from another spec). */
    setRawRelease(raw) {
        const tag = this.requireTag('release', 'Release');
        this.apply([
            {
                kind: 'splice',
                line: tag.line,
                start: tag.valueColumn,
                end: tag.valueColumn + tag.raw.length,
                text: raw,
            },
        ]);
    }
    setEpoch(epoch) {
        if (!Number.isInteger(epoch) || epoch < 0)
            throw this.error(`Epoch must be a non-negative integer, got ${epoch}`);
        const tag = this.mainTag('epoch');
        if (tag) {
            this.apply([
                {
                    kind: 'splice',
                    line: tag.line,
                    start: tag.valueColumn,
                    end: tag.valueColumn + tag.raw.length,
                    text: String(epoch),
                },
            ]);
            return;
        }
        const version = this.requireTag('version', 'Version');
        this.apply([
            {
                kind: 'insert',
                before: version.line,
                texts: [`Epoch${this.alignedSeparator(version, 'Epoch')}${epoch}`],
            },
        ]);
    }
    /** Replaces the value of SourceN (or PatchN with kind 'patch'). */
    setSource(number, value, kind = 'source') {
        const tags = this.parsed.tags.filter((t) => t.base === kind && t.number === number && t.packageArgs === null);
        const tag = tags.find((t) => t.activity === 'active') ?? tags.find((t) => t.activity !== 'inactive');
        if (!tag) {
            const label = kind === 'source' ? 'Source' : 'Patch';
            throw this.error(`the spec has no ${label}${number} tag`);
        }
        this.apply([
            {
                kind: 'splice',
                line: tag.line,
                start: tag.valueColumn,
                end: tag.valueColumn + tag.raw.length,
                text: value,
            },
        ]);
    }
    /** The separator that puts a new tag's value in the same column as `neighbour`'s. */
    alignedSeparator(neighbour, newName) {
        if (neighbour.separator.includes('\t') && newName.length === neighbour.name.length)
            return neighbour.separator;
        if (neighbour.separator.includes('\t'))
            return neighbour.separator;
        const column = neighbour.valueColumn -
            (this.parsed.lines[neighbour.line].text.length -
                this.parsed.lines[neighbour.line].text.trimStart().length);
        return ':' + ' '.repeat(Math.max(1, column - newName.length - 1));
    }
    /** The line after the outermost conditional block around `line`, or the line after `line` itself. */
    afterConditionals(line) {
        let after = line + 1;
        let outer;
        for (const block of this.parsed.conditionals) {
            if (block.ifLine < line && block.endifLine > line && (!outer || block.ifLine < outer.ifLine))
                outer = block;
        }
        if (outer)
            after = outer.endifLine + 1;
        return after;
    }
    commentLines(comment) {
        return (comment ?? []).map((line) => {
            const trimmed = line.replace(/\s+$/, '');
            if (trimmed === '')
                return '#';
            // Text that already is a comment (source-git's Patch-status) must not become `# # ...`.
            return trimmed.startsWith('#') ? trimmed : `# ${trimmed}`;
        });
    }
    /**
     * Declares a patch. Numbering and placement follow Packit/specfile: the number is the
     * requested one (must exceed all existing) or highest + 1 (1 for the first); the tag goes
     * after the highest-numbered Patch tag copying its digit style and alignment, or after the
     * last Source tag. Returns the number and warnings (e.g. %prep will not apply it).
     */
    addPatch(location, options = {}) {
        const { results, warnings } = this.addPatches([{ location, number: options.number, comment: options.comment }], options.digits);
        return { number: results[0].number, added: results[0].added, warnings };
    }
    /**
     * Declares several patches with one edit (a sync can bring hundreds): same rules as
     * addPatch, applied in order, each after the previous one.
     */
    addPatches(requests, digits = 4) {
        const known = new Map();
        for (const p of this.patches)
            known.set(SpecFile.fileName(p.expanded.value), p.number);
        let highest = Math.max(-1, ...known.values());
        const planned = [];
        const results = [];
        for (const request of requests) {
            const fileName = SpecFile.fileName(request.location);
            const existing = known.get(fileName);
            if (existing !== undefined) {
                results.push({ location: request.location, number: existing, added: false });
                continue;
            }
            let number;
            if (request.number !== undefined) {
                if (!Number.isInteger(request.number) || request.number <= highest)
                    throw this.error(`Patch number ${request.number} for ${fileName} must be higher than every existing patch number (highest is ${highest}); ` +
                        'reordering patches with Patch-id is not possible: reorder the commits in source-git instead');
                number = request.number;
            }
            else {
                number = Math.max(highest + 1, 1);
            }
            highest = number;
            known.set(fileName, number);
            planned.push({ location: request.location, number, comments: this.commentLines(request.comment) });
            results.push({ location: request.location, number, added: true });
        }
        if (planned.length === 0)
            return { results, warnings: [] };
        const warnings = [];
        const hidden = this.hiddenPatchSources();
        if (hidden.length > 0)
            warnings.push(`patch numbers may collide with patches this tool cannot see (${hidden.join('; ')}); check ${planned
                .map((p) => `Patch${p.number}`)
                .join(', ')}`);
        const patchTags = this.parsed.tags.filter((t) => t.base === 'patch' && t.packageArgs === null);
        const listEntries = this.parsed.listEntries.filter((e) => e.section === 'patchlist');
        const texts = [];
        let before;
        if (patchTags.length === 0 && listEntries.length > 0) {
            const last = listEntries[listEntries.length - 1];
            let expected = last.number + 1;
            for (const p of planned) {
                if (p.number !== expected)
                    throw this.error(`%patchlist numbers patches automatically; Patch${p.number} cannot be placed there`, last.line + 1);
                expected++;
                texts.push(...p.comments, p.location);
            }
            before = last.line + 1;
        }
        else if (patchTags.length > 0) {
            const neighbour = patchTags.reduce((best, t) => (t.number > best.number ? t : best));
            const padding = neighbour.numberText?.startsWith('0') ? neighbour.numberText.length : 0;
            const indent = /^\s*/.exec(this.parsed.lines[neighbour.line].text)[0];
            let previous = neighbour.number;
            for (const p of planned) {
                // An unnumbered neighbour keeps new tags unnumbered while rpm's auto-numbering gives the same number.
                const unnumbered = neighbour.numberText === undefined && p.number === previous + 1;
                const name = unnumbered ? 'Patch' : `Patch${String(p.number).padStart(padding, '0')}`;
                texts.push(...p.comments, `${indent}${name}${this.alignedSeparator(neighbour, name)}${p.location}`);
                previous = p.number;
            }
            before = this.afterConditionals(neighbour.line);
        }
        else {
            const sources = this.parsed.tags.filter((t) => t.base === 'source' && t.packageArgs === null);
            const anchor = sources[sources.length - 1] ?? this.requireTag('version', 'Version');
            for (const p of planned) {
                const name = digits === 0 ? 'Patch' : `Patch${String(p.number).padStart(digits, '0')}`;
                texts.push(...p.comments, `${name}${this.alignedSeparator(anchor, name)}${p.location}`);
            }
            before = this.afterConditionals(anchor.line);
        }
        this.apply([{ kind: 'insert', before, texts }]);
        warnings.push(...unappliedPatchWarnings(this.prep(), planned.map((p) => p.number)));
        return { results, warnings };
    }
    /** Removes a patch declaration (tag or %patchlist entry) and the comment block right above it. */
    removePatch(number) {
        const tag = this.parsed.tags.find((t) => t.base === 'patch' && t.number === number && t.packageArgs === null);
        const entry = this.parsed.listEntries.find((e) => e.section === 'patchlist' && e.number === number);
        const line = tag ? tag.line : entry?.line;
        if (line === undefined)
            return false;
        const end = tag ? tag.endLine : line + 1;
        let from = line;
        while (from > 0) {
            const above = this.parsed.lines[from - 1].text.trim();
            // Stop at commented-out tags: they are the maintainer's, not this patch's comment.
            if (!above.startsWith('#') || /^#\s*[A-Za-z]+\d*\s*:/.test(above))
                break;
            from--;
        }
        this.apply([{ kind: 'delete', from, to: end }]);
        return true;
    }
    /**
     * Adds an entry at the top of %changelog (creating the section if missing). Does nothing
     * and returns false when the spec uses %autochangelog.
     */
    addChangelogEntry(options) {
        if (this.hasAutochangelog)
            return false;
        const evr = options.evr ?? this.evr();
        const section = this.parsed.sections.find((s) => s.name === 'changelog');
        const headers = [];
        if (section)
            for (let i = section.start; i < section.end; i++)
                if (this.parsed.lines[i].text.startsWith('*'))
                    headers.push(this.parsed.lines[i].text);
        const date = formatChangelogDate(options.date ?? new Date(), detectChangelogStyle(headers));
        const body = sanitizeChangelogText(options.text.replace(/\s+$/, ''));
        const entry = [changelogHeader(date, options.author, evr), ...body];
        if (!section) {
            const blank = this.parsed.lines.length > 0 && this.parsed.lines[this.parsed.lines.length - 1].text.trim() !== ''
                ? ['']
                : [];
            this.apply([
                { kind: 'insert', before: this.parsed.lines.length, texts: [...blank, '%changelog', ...entry] },
            ]);
            return true;
        }
        let hasOlder = false;
        for (let i = section.start; i < section.end; i++)
            if (this.parsed.lines[i].text.trim() !== '')
                hasOlder = true;
        this.apply([{ kind: 'insert', before: section.start, texts: hasOlder ? [...entry, ''] : entry }]);
        return true;
    }
    /** `[epoch:]version-release` with an empty dist, as used in changelog headers. */
    evr() {
        const version = this.version;
        const release = this.release;
        if (!version || !release)
            throw this.error('the spec has no Version or Release tag');
        for (const [label, v] of [
            ['Version', version],
            ['Release', release],
        ]) {
            if (v.unresolved.length > 0)
                throw this.error(`${label} (line ${v.line}) cannot be expanded: ${v.unresolved.map((u) => `${u.construct} (${u.reason})`).join(', ')}`, v.line);
        }
        const epoch = this.epoch;
        return `${epoch ? `${epoch.value}:` : ''}${version.value}-${release.value}`;
    }
}

;// CONCATENATED MODULE: ./src/spec/version.ts
/** Upstream version → RPM Version, as Packit's `update_version` does for pre-releases. */
const version_DEFAULT_PRERELEASE_SUFFIX_PATTERN = '([.\\-_~^]?)(alpha|beta|rc|pre(view)?)([.\\-_]?\\d+)?';
/**
 * Replaces the delimiter before a pre-release suffix with `~` so rpm sorts it before the
 * final release (`1.2.0-rc1` → `1.2.0~rc1`). `pattern` is Packit's prerelease_suffix_pattern
 * (its first group captures the delimiter); null disables the conversion.
 */
function toRpmVersion(version, pattern = version_DEFAULT_PRERELEASE_SUFFIX_PATTERN) {
    if (pattern === null || pattern === '')
        return { version, prerelease: false };
    const m = new RegExp(`^(.*?)${pattern}$`, 'id').exec(version);
    if (!m?.indices?.[2])
        return { version, prerelease: false };
    const [delimStart, delimEnd] = m.indices[2];
    return { version: version.slice(0, delimStart) + '~' + version.slice(delimEnd), prerelease: true };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/spec/rpmspec.ts
/**
 * Optional cross-check with rpm's own parser. srcgit never needs rpm installed (GitHub's
 * runners are Ubuntu); where `rpmspec` exists, callers can compare our values with rpm's.
 */

function run(args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)('rpmspec', args, { maxBuffer: 64 * 1024 * 1024, timeout: 60_000, env: process.env }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
            resolve({ code, stdout, stderr });
        });
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
    const errors = stderr.split('\n').filter((l) => l.startsWith('error:'));
    return { ok: code === 0, parsed: code === 0 ? stdout : '', errors };
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

;// CONCATENATED MODULE: ./src/spec/merge.ts
/**
 * The release flow's spec merge (Packit's set_specfile_content with sync_changelog: false):
 * everything comes from the source-git spec except %changelog, which stays as dist-git has
 * it, so entries added in dist-git (mass rebuilds, hand fixes) are never lost.
 */


function changelogRange(text) {
    const parsed = parseSpec(text);
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
        const lines = lines_splitLines(sourceSpec);
        const eol = lines.find((l) => l.eol)?.eol ?? '\n';
        const head = joinLines(lines);
        const sep = head === '' || head.endsWith('\n') ? '' : eol;
        return head + sep + `%changelog${eol}` + joinLines(kept);
    }
    const before = source.lines.slice(0, source.start);
    const after = source.lines.slice(source.end);
    // The header line needs a line ending when content follows it.
    if (kept.length > 0 && before.length > 0 && before[before.length - 1].eol === '') {
        before[before.length - 1] = { ...before[before.length - 1], eol: '\n' };
    }
    return joinLines([...before, ...kept, ...after]);
}

;// CONCATENATED MODULE: ./src/spec/index.ts








;// CONCATENATED MODULE: ./src/commands/io.ts
/** Exit codes of the srcgit command (documented in README). */
const EXIT = {
    ok: 0,
    /** The input is wrong (config errors, spec cannot be edited). */
    failure: 1,
    /** The command line is wrong (unknown option, missing argument). */
    usage: 2,
};

;// CONCATENATED MODULE: ./src/commands/spec.ts
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
  --author 'NAME <EMAIL>'  changelog author (default: $RPM_PACKAGER or "srcgit <srcgit@localhost>")
  --date YYYY-MM-DD      changelog date (default: today, UTC)
  --digits N             zero-padding of new Patch tags when the spec has none (default 4)
  --define 'NAME VALUE'  define a macro before reading
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
    const file = external_node_path_default().resolve(io.cwd, specArg);
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        throw new SpecError(`no such file`, undefined, specArg);
    const text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    const dir = external_node_path_default().dirname(file);
    const spec = SpecFile.parse(text, {
        fileName: specArg,
        predefined: options.predefined,
        readInclude: (p) => {
            const candidate = external_node_path_default().resolve(dir, p);
            return (0,external_node_fs_namespaceObject.existsSync)(candidate) ? (0,external_node_fs_namespaceObject.readFileSync)(candidate, 'utf8') : undefined;
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
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            define: { type: 'string', multiple: true },
            rpmspec: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(SHOW_USAGE);
        return EXIT.ok;
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
        if (!(await rpmspecAvailable())) {
            io.stderr('rpmspec is not installed; skipping the cross-check (apt-get install rpm / dnf install rpm-build)\n');
            return EXIT.ok;
        }
        const rpm = await rpmspecQuery(file, '%{name}\\n%{epoch}\\n%{version}\\n%{release}\\n', {
            ...predefined,
            dist: '%{nil}',
        });
        if (rpm === undefined) {
            io.stderr('rpmspec could not parse the spec (run `rpmspec -P` on it to see why)\n');
            return EXIT.failure;
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
        return differs ? EXIT.failure : EXIT.ok;
    }
    return EXIT.ok;
}
async function bump(argv, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            version: { type: 'string' },
            patch: { type: 'string', multiple: true },
            changelog: { type: 'string' },
            author: { type: 'string' },
            date: { type: 'string' },
            digits: { type: 'string' },
            define: { type: 'string', multiple: true },
            write: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(BUMP_USAGE);
        return EXIT.ok;
    }
    if (!values.version)
        throw new UsageError('missing --version: the upstream version to bump to');
    const date = values.date ? new Date(`${values.date}T00:00:00Z`) : new Date();
    if (Number.isNaN(date.getTime()))
        throw new UsageError(`--date expects YYYY-MM-DD, got "${values.date}"`);
    const digits = values.digits === undefined ? 4 : Number(values.digits);
    if (!Number.isInteger(digits) || digits < 0)
        throw new UsageError(`--digits expects a whole number >= 0, got "${values.digits}"`);
    const { spec, file, text } = readSpec(positionals[0], io, { predefined: defines(values.define) });
    const rpmVersion = toRpmVersion(values.version).version;
    const notes = [...spec.setVersion(rpmVersion), ...spec.resetRelease()];
    for (const patch of values.patch ?? [])
        notes.push(...spec.addPatch(patch, { digits }).warnings);
    const author = values.author ?? process.env.RPM_PACKAGER ?? 'srcgit <srcgit@localhost>';
    spec.addChangelogEntry({ text: values.changelog ?? `- Update to version ${values.version}`, author, date });
    for (const note of notes)
        io.stderr(`note: ${note}\n`);
    const result = spec.toString();
    if (values.write) {
        (0,external_node_fs_namespaceObject.writeFileSync)(file, result);
        io.stderr(`wrote ${positionals[0]}\n`);
    }
    else {
        const name = external_node_path_default().basename(file);
        io.stdout(createTwoFilesPatch(`a/${name}`, `b/${name}`, text, result, undefined, undefined, { context: 3 }));
    }
    return EXIT.ok;
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
            return sub === undefined ? EXIT.usage : EXIT.ok;
        }
        io.stderr(`srcgit spec: unknown subcommand "${sub}" (use "show" or "bump")\n`);
        return EXIT.usage;
    }
    catch (error) {
        if (error instanceof UsageError || isParseArgsError(error)) {
            io.stderr(`srcgit spec ${sub}: ${error.message}\n(see srcgit spec ${sub} --help)\n`);
            return EXIT.usage;
        }
        if (error instanceof SpecError) {
            const where = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : '';
            io.stderr(`srcgit spec ${sub}: ${where}${error.message}\n`);
            return EXIT.failure;
        }
        throw error;
    }
}
/** node:util parseArgs errors (checked by code: they may come from another realm, e.g. under jest). */
function isParseArgsError(error) {
    const code = error?.code;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

;// CONCATENATED MODULE: ./src/dist-git/errors.ts
/** Bad input found while making dist-git content (a malformed `sources` file, a bad tag template...): the user can fix it. */
class ContentError extends Error {
    name = 'ContentError';
}

;// CONCATENATED MODULE: ./src/git/git.ts
/**
 * The one place that runs git. A small interface over `git` processes with a private
 * environment overlay (no prompts, C locale, no pager), `try*` methods that return
 * undefined instead of throwing, and errors that say which command failed and why.
 */


class GitError extends Error {
    args;
    code;
    stderr;
    constructor(args, code, stderr) {
        super(`git ${args.join(' ')} failed${code === null ? '' : ` (exit ${code})`}: ${stderr.trim() || 'no error output'}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** Environment every git command gets: never prompt, stable messages, no pager or editor. */
const BASE_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_EDITOR: 'true',
    LC_ALL: 'C',
};
class Git {
    dir;
    env;
    constructor(dir, env = {}) {
        this.dir = dir;
        this.env = env;
    }
    /** A Git for another directory sharing this one's environment overlay. */
    at(dir) {
        return new Git(dir, this.env);
    }
    run(args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
                cwd: this.dir,
                env: { ...process.env, ...BASE_ENV, ...this.env, ...options.env },
                stdio: ['pipe', options.stdout ? 'pipe' : 'pipe', 'pipe'],
            });
            const out = [];
            const err = [];
            if (options.stdout)
                child.stdout.pipe(options.stdout, { end: false });
            else
                child.stdout.on('data', (chunk) => out.push(chunk));
            child.stderr.on('data', (chunk) => err.push(chunk));
            child.on('error', (error) => reject(error.code !== 'ENOENT'
                ? error
                : (0,external_node_fs_namespaceObject.existsSync)(this.dir)
                    ? new Error('git is not installed or not on PATH; install git and try again')
                    : new GitError(args, null, `the directory ${this.dir} does not exist`)));
            child.on('close', (code) => {
                const bytes = Buffer.concat(out);
                const result = {
                    code: code ?? 1,
                    stdout: bytes.toString('utf8'),
                    stdoutBytes: bytes,
                    stderr: Buffer.concat(err).toString('utf8'),
                };
                if (result.code !== 0 && !options.allowFailure)
                    reject(new GitError(args, code, result.stderr));
                else
                    resolve(result);
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input ?? '');
        });
    }
    /** Runs git and returns stdout with the final newline removed. */
    async output(args, options = {}) {
        return (await this.run(args, options)).stdout.replace(/\n$/, '');
    }
    /** The full SHA of a revision, or undefined when it does not resolve. */
    async tryRevParse(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
            allowFailure: true,
        });
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    async isRepository() {
        return (await this.run(['rev-parse', '--git-dir'], { allowFailure: true })).code === 0;
    }
    /** Paths with uncommitted changes (tracked and untracked, not ignored). */
    async dirtyPaths() {
        const status = await this.output(['status', '--porcelain=v1', '-z', '--untracked-files=all']);
        return status
            .split('\0')
            .filter(Boolean)
            .map((entry) => entry.slice(3));
    }
    /** Writes the stdout of a git command to a file (e.g. `git archive`), without holding it in memory. */
    async runToFile(args, file) {
        const stream = (0,external_node_fs_namespaceObject.createWriteStream)(file);
        const done = new Promise((resolve, reject) => {
            stream.on('finish', resolve);
            stream.on('error', reject);
        });
        try {
            await this.run(args, { stdout: stream });
        }
        finally {
            stream.end();
        }
        await done;
    }
}
/** True for a clone URL (`https://...`, `ssh://...`, `user@host:path`) rather than a local path. */
function isRemoteUrl(location) {
    return /^[a-z][a-z0-9+.-]*:\/\//.test(location) || /^[^/]+@[^:/]+:/.test(location);
}

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

;// CONCATENATED MODULE: ./src/runtime/secrets.ts
/**
 * Every secret srcgit handles (Pagure token, SSH key, keytab) is registered here once,
 * so anything that may reach a log, an error text or a report can be redacted in one
 * place. The action runtime also registers them with the platform's masking.
 */
const secrets = new Set();
const listeners = (/* unused pure expression or super */ null && ([]));
/** Register a secret; values shorter than 4 characters are ignored (they would redact everything). */
function registerSecret(value) {
    if (!value || value.length < 4 || secrets.has(value))
        return;
    secrets.add(value);
    // Multi-line secrets (SSH keys) also leak line by line.
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 8)
            secrets.add(line.trim());
    for (const listener of listeners)
        listener(value);
}
/** Called for every secret registered now or later (the action masks them in the job log). */
function onSecretRegistered(listener) {
    listeners.push(listener);
    for (const value of secrets)
        listener(value);
}
/** The text with every registered secret replaced by `***`. */
function redact(text) {
    let out = text;
    // Longest first, so a secret containing another is replaced whole.
    for (const secret of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(secret).join('***');
    return out;
}
/** For tests: forget all secrets. */
function clearSecrets() {
    secrets.clear();
}

;// CONCATENATED MODULE: ./src/jobs/actions.ts
/**
 * Packit `actions`: user commands run at fixed points of the release flow (hooks), that
 * replace a step (`prepare-files`, `create-patches`), or whose output is used
 * (`changelog-entry`, `commit-message`). Semantics as Packit's actions_handler:
 * each command string is split with POSIX shell rules (shlex, no shell: wrap shell syntax
 * in `bash -c '...'`), commands run one after another in the source-git checkout with the
 * PACKIT_* variables added to the environment, and a non-zero exit fails the job.
 *
 * One deliberate difference: Packit sets the variables in its own process environment, so
 * they leak from one action into the next; here each action gets exactly its own.
 */



class ActionError extends Error {
}
/** Variables every action gets (Packit's `get_base_env`). */
function baseActionEnv(packageKey, pkg, specfilePath) {
    return {
        PACKIT_CONFIG_PACKAGE_NAME: packageKey,
        PACKIT_UPSTREAM_PACKAGE_NAME: pkg.upstream_package_name,
        PACKIT_DOWNSTREAM_PACKAGE_NAME: pkg.downstream_package_name,
        PACKIT_SPECFILE_PATH: specfilePath,
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
        const child = (0,external_node_child_process_namespaceObject.spawn)(args[0], args.slice(1), { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });
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
            reject(new ActionError(redact(`action ${name} failed: "${shown}" ${signal ? `was killed by ${signal}` : `exited with ${code}`}` +
                (stderr ? `:\n${stderr}` : '') +
                `\n(actions run in ${cwd}; fix the command under actions.${name} in the configuration)`)));
        });
    });
}

;// CONCATENATED MODULE: ./src/dist-git/checkout.ts
const SOURCE_GIT_TRAILER = 'From-source-git-commit';
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

;// CONCATENATED MODULE: ./src/dist-git/patch-tags.ts
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
        const entry = spec.patches.find((p) => SpecFile.fileName(p.expanded.value) === name);
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/source-git/downstream.ts
class SourceGitError extends Error {
}
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

;// CONCATENATED MODULE: ./src/source-git/trailers.ts
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
        data = (0,dist/* parse */.qg)(kept.join('\n'));
    }
    catch (error) {
        throw new MetadataError(`${where}: the patch trailers are not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const map = (data ?? {});
    return {
        name: optionalString(map['Patch-name'], 'Patch-name', where),
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
            data = (0,dist/* parse */.qg)(tail);
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
            name: optionalString(map.patch_name, 'patch_name', where),
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
/** The message without its trailer block: subject, blank line, body (Packit's default description). */
function messageWithoutTrailers(message, trailerBlock) {
    let text = message.replace(/\s+$/, '');
    const block = trailerBlock.replace(/\s+$/, '');
    if (block && text.endsWith(block))
        text = text.slice(0, text.length - block.length);
    return text.replace(/\s+$/, '');
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

;// CONCATENATED MODULE: ./src/source-git/patches.ts
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
    const out = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'srcgit-patches-'));
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
            const content = (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().isAbsolute(file) ? file : external_node_path_default().join(git.dir, file));
            const sha = /^From ([0-9a-f]{40}) /.exec(content.subarray(0, 100).toString('latin1'))?.[1];
            const commit = sha ? bySha.get(sha) : undefined;
            if (!commit)
                throw new SourceGitError(`git format-patch wrote ${external_node_path_default().basename(file)} for a commit outside the downstream range`);
            return { fileName: external_node_path_default().basename(file), content, commit };
        });
        const withTrailers = raw.map((r) => readPatchTrailers(r.commit.trailers, `commit ${r.commit.sha.slice(0, 12)}`));
        const mode = withTrailers.some((m) => m !== undefined) ? 'trailers' : 'legacy';
        const items = [];
        for (const [i, r] of raw.entries()) {
            const where = `commit ${r.commit.sha.slice(0, 12)} ("${r.commit.subject}")`;
            const metadata = (mode === 'trailers' ? withTrailers[i] : readLegacyMetadata(r.commit.message, where)) ??
                emptyMetadata();
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
            });
        }
        return { patches: squashByName(items), mode, notes };
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(out, { recursive: true, force: true });
    }
}
/** The comment Packit writes above a new PatchN tag (§3.5). */
function specComment(commit, metadata, mode) {
    if (metadata.description !== undefined)
        return metadata.description.replace(/\s+$/, '').split('\n');
    if (mode === 'legacy')
        return [commit.subject, `Author: ${commit.authorName} <${commit.authorEmail}>`];
    return messageWithoutTrailers(commit.message, commit.trailers).split('\n');
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
            };
            continue;
        }
        const earlier = result.find((p) => p.name === patch.name);
        if (earlier)
            throw new SourceGitError(`Patch-name "${patch.name}" is used by commits that are not adjacent (${earlier.commits[0].sha.slice(0, 12)} and ` +
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
        }
        result.push(patch);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/jobs/patches-step.ts
/**
 * The patch step both dist-git jobs share: drop the patches srcgit generated before that
 * are gone, write the new ones (keeping unchanged ones byte for byte) and declare them in
 * the spec.
 */





/** Patch files srcgit generated earlier: top-level .patch files whose last change came from a sync commit. */
async function previousGeneratedPatches(dist, trackedFiles) {
    return filesLastWrittenBySrcgit(dist, trackedFiles.filter((f) => f.endsWith('.patch') && !f.includes('/')));
}
async function writePatches(options) {
    const { source, dist, dir, spec, generation } = options;
    const names = generation.patches.map((p) => p.name);
    const committed = await committedFiles(dist, names);
    const stale = options.previous.filter((name) => !names.includes(name));
    for (const file of stale)
        (0,external_node_fs_namespaceObject.rmSync)(external_node_path_default().join(dir, file), { force: true });
    const patches = await keepUnchanged(source, generation.patches, (name) => committed.get(name));
    for (const patch of patches)
        (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(dir, patch.name), patch.content);
    const declared = declarePatches(spec, patches.map((p) => ({
        name: p.name,
        patchId: p.metadata.patchId,
        comment: p.comment,
        presentInSpecfile: p.metadata.presentInSpecfile,
    })), stale, options.digits);
    return { names, stale, warnings: declared.warnings };
}

;// CONCATENATED MODULE: ./src/dist-git/files-to-sync.ts
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
 * - Symbolic links are not considered: every path is a regular file.
 */

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
function files_to_sync_join(dir, name) {
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
                        next.push(files_to_sync_join(dir, name));
                }
            }
            else {
                const path = files_to_sync_join(dir, segment);
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
            throw new ContentError(`unsupported filter rule "${filter}"`);
        const pattern = match[2] ?? '';
        if (action === 'clear') {
            if (pattern !== '')
                throw new ContentError(`unsupported filter rule "${filter}"`);
            rules = [];
            continue;
        }
        if (pattern === '')
            throw new ContentError(`filter rule "${filter}" has no pattern`);
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
class Planner {
    destFiles;
    drop;
    present;
    copies = new Map();
    problems = [];
    unmatched = [];
    tree;
    constructor(sourceFiles, destFiles, drop) {
        this.destFiles = destFiles;
        this.drop = drop;
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
    expand(src, label) {
        const normalized = normalizeRepoPath(src);
        if (!normalized) {
            this.problems.push(`${label}: Illegal path "${src}": it is outside the source-git repository`);
            return undefined;
        }
        if (normalized.path === '' && !normalized.trailingSlash) {
            this.problems.push(`${label}: src "${src}" would copy the repository directory itself; write "./" to copy its contents`);
            return undefined;
        }
        const matches = GLOB_MAGIC.test(normalized.path)
            ? globTree(normalized, this.tree)
            : this.tree.files.has(normalized.path) || this.tree.dirs.has(normalized.path)
                ? [normalized.path]
                : [];
        if (matches.length === 0) {
            this.unmatched.push(src);
            return [];
        }
        const sources = [];
        for (const path of matches) {
            if (this.tree.dirs.has(path)) {
                sources.push({ kind: normalized.trailingSlash ? 'contents' : 'dir', path });
            }
            else if (normalized.trailingSlash) {
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
        const dest = normalizeRepoPath(item.dest);
        if (!dest) {
            this.problems.push(`${label}: Illegal path "${item.dest}": it is outside the dist-git repository`);
            return;
        }
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
            if (from === this.drop) {
                protectedTargets.add(to);
                return;
            }
            if (!transfers.some((t) => t.to === to))
                transfers.push({ from, to });
        };
        for (const source of sources) {
            if (source.kind === 'file') {
                send(source.path, basename(source.path), intoDir ? files_to_sync_join(dest.path, basename(source.path)) : dest.path);
                continue;
            }
            const prefix = source.kind === 'dir' ? basename(source.path) : '';
            if (prefix && excludedEntry(rules, 'sender', prefix, true))
                continue;
            for (const file of this.tree.files) {
                if (!isUnder(file, source.path))
                    continue;
                const transferPath = files_to_sync_join(prefix, source.path === '' ? file : file.slice(source.path.length + 1));
                send(file, transferPath, files_to_sync_join(dest.path, transferPath));
            }
            scopes.push({ dest: files_to_sync_join(dest.path, prefix), prefix });
        }
        if (item.delete) {
            const sent = new Set(transfers.map((t) => t.to));
            for (const scope of scopes) {
                for (const file of [...this.present]) {
                    if (!isUnder(file, scope.dest) || sent.has(file) || protectedTargets.has(file))
                        continue;
                    const relative = scope.dest === '' ? file : file.slice(scope.dest.length + 1);
                    const transferPath = files_to_sync_join(scope.prefix, relative);
                    if (excludedPath(rules, 'receiver', transferPath))
                        continue;
                    this.present.delete(file);
                    this.copies.delete(file);
                }
            }
        }
        for (const transfer of transfers) {
            // rsync removes a file that stands where a directory has to be, with or without --delete.
            for (const dir of ancestors(transfer.to)) {
                this.present.delete(dir);
                this.copies.delete(dir);
            }
            if (this.isDestDir(transfer.to)) {
                this.problems.push(`${label}: cannot copy ${transfer.from} to ${transfer.to}: that is a directory`);
                continue;
            }
            this.present.add(transfer.to);
            this.copies.set(transfer.to, transfer.from);
        }
    }
    result() {
        return {
            copies: [...this.copies].map(([to, from]) => ({ from, to })),
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
 * sourceFiles). Items are applied in order, so a later item can overwrite or delete what an
 * earlier one copied.
 */
function planFileSync(items, sourceFiles, destFiles, options = {}) {
    const spec = options.specPath === undefined ? undefined : normalizeRepoPath(options.specPath)?.path;
    const planner = new Planner(sourceFiles, destFiles, options.dropSpec ? spec : undefined);
    items.forEach((item, index) => planner.plan(item, index));
    return planner.result();
}

;// CONCATENATED MODULE: ./src/dist-git/messages.ts
/**
 * Texts written to dist-git and its pull requests: commit message, PR title and description,
 * README.packit, the PR branch name (Packit §4.8–4.10).
 *
 * Deliberate differences from Packit:
 * - The commit body ends with "Commit authored by srcgit automation" ({@link COMMIT_AUTHORED_BY})
 *   instead of "Commit authored by Packit automation (https://packit.dev/)".
 * - Absent parts leave no empty lines behind (Packit's template keeps an empty line for a missing
 *   tag or commit, which git's cleanup then collapses in the commit but not in the PR description).
 * - The `From-source-git-commit` trailer is written by us (Packit runs `git interpret-trailers`),
 *   with the same result: appended to the message's trailer block, or as a new last paragraph.
 * - PR description links use the full commit hash when we have it (the link text stays the 8-char
 *   short hash), and remote URLs lose any `user:token@` part before they are shown.
 * - A commit-message action printing a title of only spaces falls back to the defaults (Packit
 *   checks emptiness before stripping and would commit an empty title).
 * - The PR description gets a "Source-git commit" line and a hidden marker comment
 *   ({@link parsePrMarker}) so a later run can tell which source-git commit a PR carries.
 * - README.packit names srcgit ({@link readmePackit}).
 */


/** Last line of the default commit body (Packit: "Commit authored by Packit automation (https://packit.dev/)"). */
const COMMIT_AUTHORED_BY = 'Commit authored by srcgit automation';
/** Trailer linking a dist-git commit to the source-git commit it was made from (Packit's FROM_SOURCE_GIT_TOKEN). */
const FROM_SOURCE_GIT_TOKEN = 'From-source-git-commit';
/** Packit's COMMIT_ACTION_DIVIDER: a commit-message action prints debug output, this line, then the message. */
const COMMIT_ACTION_DIVIDER = '---%<--- snip ---%<--- here ---%<---\n';
const SRCGIT_URL = 'https://github.com/srcgit/propose-downstream';
const BUGZILLA_URL = 'https://bugzilla.redhat.com/show_bug.cgi?id=';
/** The 8-character form of a commit hash Packit shows everywhere. */
function shortCommit(sha) {
    return sha.slice(0, 8);
}
/** Packit's default commit title. */
function defaultCommitTitle(version) {
    return `Update to ${version} upstream release`;
}
/**
 * Packit's default commit body (`get_default_commit_description`): the bug lines first, as
 * `- Resolves: <bug>` followed by an empty line so rpmautospec takes only them into
 * %autochangelog, then the upstream tag and commit, then who authored the commit.
 */
function defaultCommitBody(options) {
    const paragraphs = [];
    const bugs = options.resolvedBugs ?? [];
    if (bugs.length > 0)
        paragraphs.push(bugs.map((bug) => `- Resolves: ${bug}`).join('\n'));
    const upstream = [];
    if (options.upstreamTag)
        upstream.push(`Upstream tag: ${options.upstreamTag}`);
    if (options.upstreamCommit)
        upstream.push(`Upstream commit: ${shortCommit(options.upstreamCommit)}`);
    if (upstream.length > 0)
        paragraphs.push(upstream.join('\n'));
    paragraphs.push(COMMIT_AUTHORED_BY);
    return paragraphs.join('\n\n');
}
/**
 * The full dist-git commit message, `<title>\n\n<body>\n`, with the From-source-git-commit trailer
 * in the last paragraph when a source-git commit is given.
 */
function commitMessage(options) {
    const customTitle = options.title?.trim();
    const title = customTitle || defaultCommitTitle(options.version);
    const body = customTitle ? (options.body ?? '').trim() : defaultCommitBody(options);
    const message = body ? `${title}\n\n${body}\n` : `${title}\n`;
    if (!options.sourceGitCommit)
        return message;
    if (!/^[0-9a-f]{7,64}$/i.test(options.sourceGitCommit))
        throw new ContentError(`commit message: ${JSON.stringify(options.sourceGitCommit)} is not a commit hash`);
    return addTrailer(message, FROM_SOURCE_GIT_TOKEN, options.sourceGitCommit);
}
/**
 * `git interpret-trailers --if-exists replace --trailer Token=value`: put `Token: value` at the end
 * of the message's trailer block (removing earlier trailers with that token), or add a new
 * trailer paragraph. Returns the message with one trailing newline.
 */
function addTrailer(message, token, value) {
    const { lines, tail } = splitMessage(message);
    const block = findTrailerBlock(lines);
    const trailer = `${token}: ${value}`;
    let head;
    if (lines.length === 0) {
        head = [trailer];
    }
    else if (!block) {
        head = [...lines, '', trailer];
    }
    else {
        const kept = [];
        let dropping = false;
        for (const line of lines.slice(block.start, block.end)) {
            if (dropping && /^\s/.test(line) && !isBlank(line))
                continue;
            const parsed = trailerLine(line);
            dropping = parsed !== undefined && parsed.token.toLowerCase() === token.toLowerCase();
            if (!dropping)
                kept.push(line);
        }
        head = [...lines.slice(0, block.start), ...kept, trailer];
    }
    // Text after a `---` divider stays after it, as git interpret-trailers leaves it.
    return [...head, ...tail].join('\n').replace(/\n*$/, '\n');
}
// ------------------------------------------------------------------------------------------------
// Trailers (git's rules, trailer.c)
/** Lines starting with these count as trailers and make a mixed block acceptable. */
const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];
function isBlank(line) {
    return line.trim() === '';
}
function isComment(line) {
    return line.startsWith('#');
}
/** git's find_separator: a token of letters, digits and `-`, optional blanks, then `:`. */
function separatorIndex(line) {
    let whitespaceFound = false;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (char === ':')
            return i;
        if (!whitespaceFound && /[A-Za-z0-9-]/.test(char))
            continue;
        if (i !== 0 && (char === ' ' || char === '\t')) {
            whitespaceFound = true;
            continue;
        }
        break;
    }
    return -1;
}
function trailerLine(line) {
    if (/^\s/.test(line))
        return undefined;
    const index = separatorIndex(line);
    if (index < 1)
        return undefined;
    return { token: line.slice(0, index).trim(), value: line.slice(index + 1).trim() };
}
/**
 * Message lines up to a `---` divider line, without trailing blank lines, and the rest (the blank
 * lines before the divider, the divider and what follows), as git's find_end_of_log_message.
 */
function splitMessage(message) {
    const lines = message.replace(/\r\n/g, '\n').split('\n');
    const divider = lines.findIndex((line) => /^---(\s|$)/.test(line));
    const tail = divider >= 0 ? lines.splice(divider) : [];
    while (lines.length > 0 && isBlank(lines[lines.length - 1]))
        tail.unshift(lines.pop());
    return { lines, tail };
}
/**
 * git's find_trailer_block_start: the last paragraph (never the first one, the title) is a
 * trailer block when all its lines are trailers or continuation lines, or when it has a
 * git-generated trailer and at least a quarter of its lines are trailers.
 */
function findTrailerBlock(lines) {
    let endOfTitle = lines.length;
    for (let i = 0; i < lines.length; i++) {
        if (isComment(lines[i]))
            continue;
        if (isBlank(lines[i])) {
            endOfTitle = i;
            break;
        }
    }
    let onlySpaces = true;
    let recognizedPrefix = false;
    let trailerLines = 0;
    let nonTrailerLines = 0;
    let possibleContinuationLines = 0;
    for (let i = lines.length - 1; i >= endOfTitle; i--) {
        const line = lines[i];
        if (isComment(line)) {
            nonTrailerLines += possibleContinuationLines;
            possibleContinuationLines = 0;
            continue;
        }
        if (isBlank(line)) {
            if (onlySpaces)
                continue;
            nonTrailerLines += possibleContinuationLines;
            if ((recognizedPrefix && trailerLines * 3 >= nonTrailerLines) ||
                (trailerLines > 0 && nonTrailerLines === 0))
                return { start: i + 1, end: lines.length };
            return undefined;
        }
        onlySpaces = false;
        if (GIT_GENERATED_PREFIXES.some((prefix) => line.startsWith(prefix))) {
            trailerLines++;
            possibleContinuationLines = 0;
            recognizedPrefix = true;
        }
        else if (trailerLine(line)) {
            trailerLines++;
            possibleContinuationLines = 0;
        }
        else if (/^\s/.test(line)) {
            possibleContinuationLines++;
        }
        else {
            nonTrailerLines += 1 + possibleContinuationLines;
            possibleContinuationLines = 0;
        }
    }
    return undefined;
}
/**
 * The trailers of a commit message, as `git interpret-trailers --parse` finds them: token (as
 * written) → values in order, continuation lines unfolded into the value with one space.
 */
function parseTrailers(message) {
    const { lines } = splitMessage(message);
    const block = findTrailerBlock(lines);
    const result = new Map();
    if (!block)
        return {};
    let current;
    for (const line of lines.slice(block.start, block.end)) {
        if (isComment(line))
            continue;
        if (/^\s/.test(line) && !isBlank(line)) {
            if (current)
                current.values[current.index] += ' ' + line.trim();
            continue;
        }
        const trailer = trailerLine(line);
        if (!trailer) {
            current = undefined;
            continue;
        }
        const values = result.get(trailer.token) ?? [];
        values.push(trailer.value);
        result.set(trailer.token, values);
        current = { values, index: values.length - 1 };
    }
    return Object.fromEntries(result);
}
/**
 * Title and body printed by a `commit-message` action (Packit's get_commit_message_from_action):
 * the outputs of all commands joined, only what follows the last divider line, split at the first
 * empty line. Undefined when there is no output or no title (then the defaults apply).
 */
function commitMessageFromAction(outputs) {
    const joined = outputs.join('');
    const divider = joined.lastIndexOf(COMMIT_ACTION_DIVIDER);
    const whole = divider >= 0 ? joined.slice(divider + COMMIT_ACTION_DIVIDER.length) : joined;
    const split = whole.indexOf('\n\n');
    const title = (split >= 0 ? whole.slice(0, split) : whole).trim();
    const body = split >= 0 ? whole.slice(split + 2).trim() : '';
    return title ? { title, body } : undefined;
}
// ------------------------------------------------------------------------------------------------
// Pull request
/** Packit's PR branch: `<dist-git branch>-update-<job type>`. */
function prBranchName(branch, jobType = 'propose_downstream') {
    return `${branch}-update-${jobType}`;
}
function prTitle(branch, version) {
    return `Update ${branch} to upstream release ${version}`;
}
/**
 * A git remote URL as an https web URL without `.git` and without credentials
 * (`git@host:a/b.git`, `ssh://git@host:22/a/b.git`, `git://host/a/b`, `https://u:t@host/a/b.git`
 * → `https://host/a/b`); http stays http. Undefined when it is not a URL we recognize.
 */
function normalizeGitUrl(url) {
    const text = url.trim();
    let scheme = 'https';
    let host;
    let path;
    const scp = /^(?:[^@/:\s]+@)?([^@/:\s]+):(?!\/\/)(.+)$/.exec(text);
    const full = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/\s]*@)?([^@/:\s]+)(?::\d+)?(\/.*)?$/i.exec(text);
    if (full) {
        const given = full[1].toLowerCase();
        if (!['http', 'https', 'ssh', 'git', 'git+ssh'].includes(given))
            return undefined;
        if (given === 'http')
            scheme = 'http';
        host = full[2];
        path = full[3] ?? '';
    }
    else if (scp) {
        host = scp[1];
        path = '/' + scp[2];
    }
    else {
        return undefined;
    }
    path = path
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .replace(/\/+$/, '');
    if (!/^\/[^/]/.test(path))
        return undefined;
    return `${scheme}://${host.toLowerCase()}${path}`;
}
function forgeOf(webUrl) {
    const host = new URL(webUrl).hostname;
    if (host === 'github.com')
        return 'github';
    if (host.includes('gitlab'))
        return 'gitlab';
    if (host === 'pagure.io')
        return 'pagure';
    return 'other';
}
/** Link to a tag on GitHub or GitLab (Packit's get_tag_link); undefined elsewhere. */
function tagLink(webUrl, tag) {
    const forge = forgeOf(webUrl);
    if (forge === 'github')
        return `${webUrl}/releases/tag/${tag}`;
    if (forge === 'gitlab')
        return `${webUrl}/-/tags/${tag}`;
    return undefined;
}
/** Link to a commit on GitHub, GitLab or pagure.io (Packit's get_commit_link); undefined elsewhere. */
function commitLink(webUrl, sha) {
    const forge = forgeOf(webUrl);
    if (forge === 'github')
        return `${webUrl}/commit/${sha}`;
    if (forge === 'gitlab')
        return `${webUrl}/-/commit/${sha}`;
    if (forge === 'pagure')
        return `${webUrl}/c/${sha}`;
    return undefined;
}
function commitText(webUrl, sha) {
    const link = webUrl ? commitLink(webUrl, sha) : undefined;
    return link ? `[${shortCommit(sha)}](${link})` : shortCommit(sha);
}
/** The hidden comment a PR description carries; HTML-comment-safe JSON. */
function prMarker(sourceGit, commit) {
    const data = {};
    if (sourceGit)
        data.source_git = sourceGit;
    if (commit)
        data.commit = commit;
    const json = JSON.stringify(data)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/-(?=-)/g, '\\u002d');
    return `<!-- srcgit: ${json} -->`;
}
/**
 * The PR description (Packit's SYNC_RELEASE_PR_DESCRIPTION): upstream tag and commit (linked on
 * GitHub, GitLab and pagure.io), `Resolves:` lines linking to Bugzilla, then our source-git
 * commit and a hidden marker for {@link parsePrMarker}.
 */
function prDescription(options) {
    const upstream = options.upstreamUrl ? normalizeGitUrl(options.upstreamUrl) : undefined;
    const sourceGit = options.sourceGitUrl ? normalizeGitUrl(options.sourceGitUrl) : undefined;
    const lines = [];
    if (options.tag) {
        const link = upstream ? tagLink(upstream, options.tag) : undefined;
        lines.push(`Upstream tag: ${link ? `[${options.tag}](${link})` : options.tag}`);
    }
    if (options.commit)
        lines.push(`Upstream commit: ${commitText(upstream, options.commit)}`);
    for (const bug of options.resolvedBugs ?? []) {
        const id = /#(\d+)/.exec(bug)?.[1];
        lines.push(id ? `Resolves: [${bug}](${BUGZILLA_URL}${id})` : `Resolves: ${bug}`);
    }
    if (options.sourceGitCommit)
        lines.push(`Source-git commit: ${commitText(sourceGit, options.sourceGitCommit)}`);
    const sourceGitShown = sourceGit ?? options.sourceGitUrl;
    if (sourceGitShown || options.sourceGitCommit) {
        if (lines.length > 0)
            lines.push('');
        lines.push(prMarker(sourceGitShown, options.sourceGitCommit));
    }
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
/**
 * Read the marker back from a PR description, wherever it is and whatever text surrounds it;
 * the last well-formed marker wins. Undefined when there is none.
 */
function parsePrMarker(description) {
    const markers = [...description.matchAll(/<!--\s*srcgit:\s*(\{[^]*?\})\s*-->/g)].reverse();
    for (const match of markers) {
        let data;
        try {
            data = JSON.parse(match[1]);
        }
        catch {
            continue;
        }
        if (!data || typeof data !== 'object' || Array.isArray(data))
            continue;
        const record = data;
        const result = {};
        if (typeof record.source_git === 'string')
            result.sourceGit = record.source_git;
        if (typeof record.commit === 'string')
            result.commit = record.commit;
        if (result.sourceGit === undefined && result.commit === undefined)
            continue;
        return result;
    }
    return undefined;
}
// ------------------------------------------------------------------------------------------------
// README.packit
/**
 * README.packit, written to the dist-git root like Packit's SYNCING_NOTE (three lines with a
 * trailing newline), naming srcgit instead of Packit.
 */
function readmePackit(version = VERSION) {
    return `This repository is maintained by srcgit.\n${SRCGIT_URL}\nThe file was generated using srcgit ${version}.\n`;
}

;// CONCATENATED MODULE: ./src/dist-git/identity.ts
/**
 * Who the dist-git commit (and its %changelog entry) is by. On a CI runner there is
 * usually no git identity, so the person who triggered the run is the natural author:
 * the GitHub actor (with their no-reply address) or the GitLab user. The committer is
 * the configured git identity, else srcgit itself.
 */

const SRCGIT_IDENTITY = { name: 'srcgit', email: 'srcgit@users.noreply.github.com' };
/** `Name <email>` as git and rpm changelogs write it. */
function parseIdentity(text, where) {
    const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    if (!m || m[1] === '')
        throw new ContentError(`${where}: "${text}" is not an identity; write it as "Full Name <email@example.com>"`);
    return { name: m[1], email: m[2] };
}
function formatIdentity(identity) {
    return `${identity.name} <${identity.email}>`;
}
/** The person behind this CI run, from the platform's variables, when it tells. */
function ciActor(env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_ACTOR) {
        const actor = env.GITHUB_ACTOR;
        const id = env.GITHUB_ACTOR_ID;
        return { name: actor, email: `${id ? `${id}+` : ''}${actor}@users.noreply.github.com` };
    }
    if (env.GITLAB_CI === 'true' && env.GITLAB_USER_NAME && env.GITLAB_USER_EMAIL)
        return { name: env.GITLAB_USER_NAME, email: env.GITLAB_USER_EMAIL };
    return undefined;
}
/** The commit author: explicit, else the git identity, else the CI actor, else srcgit. */
function commitAuthor(sources) {
    if (sources.explicit?.trim())
        return parseIdentity(sources.explicit, '--author');
    const name = sources.gitName?.trim();
    const email = sources.gitEmail?.trim();
    if (name && email)
        return { name, email };
    return ciActor(sources.env) ?? SRCGIT_IDENTITY;
}
/** The committer: the git identity when complete, else srcgit. */
function committer(sources) {
    const name = sources.gitName?.trim();
    const email = sources.gitEmail?.trim();
    return name && email ? { name, email } : SRCGIT_IDENTITY;
}
/** Environment that makes `git commit` use these identities, whatever git's config says. */
function identityEnv(author, by) {
    return {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: by.name,
        GIT_COMMITTER_EMAIL: by.email,
    };
}

;// CONCATENATED MODULE: ./src/jobs/commit-identity.ts
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
    const author = commitAuthor(sources);
    const by = committer({
        ...sources,
        gitName: process.env.GIT_COMMITTER_NAME || sources.gitName,
        gitEmail: process.env.GIT_COMMITTER_EMAIL || sources.gitEmail,
    });
    return { author, committer: by, env: identityEnv(author, by) };
}

;// CONCATENATED MODULE: ./src/jobs/update-dist-git.ts
/**
 * `srcgit update-dist-git SOURCE_GIT DIST_GIT`: regenerate the patches from the downstream
 * commits and sync the spec and files_to_sync into a dist-git work tree, committing when a
 * message is given (Packit's `source-git update-dist-git`). Refuses to overwrite commits
 * a maintainer made in dist-git since the last sync, and does nothing when source-git has
 * nothing new.
 */













class JobError extends Error {
}
/** The one package a command works on: the only one, or the one named. */
function pickPackage(config, name) {
    const names = Object.keys(config.packages);
    if (name) {
        const pkg = config.packages[name];
        if (!pkg)
            throw new JobError(`${config.file} has no package "${name}" (packages: ${names.join(', ')})`);
        return pkg;
    }
    if (names.length !== 1)
        throw new JobError(`${config.file} defines ${names.length} packages (${names.join(', ')}); choose one with --package`);
    return config.packages[names[0]];
}
async function requireCleanRepo(git, label) {
    if (!(await git.isRepository()))
        throw new JobError(`${label} ${git.dir} is not a git repository`);
    const dirty = await git.dirtyPaths();
    if (dirty.length > 0)
        throw new JobError(`${label} ${git.dir} has uncommitted changes (${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', ...' : ''}); commit or stash them first`);
}
/** Paths srcgit ignores when making patches: the configured ones and every files_to_sync source. */
function patchIgnorePaths(pkg) {
    const fromSync = pkg.files_to_sync
        .flatMap((item) => item.src)
        .map((src) => src.replace(/\/+$/, '').replace(/^\.\//, ''));
    return [...new Set([...(pkg.patch_generation_ignore_paths ?? []), ...fromSync])].filter((p) => p !== '' && p !== '.');
}
async function updateDistGit(options) {
    const notes = [];
    const config = await loadConfig(options.sourceGit, { configFile: options.configFile });
    notes.push(...config.warnings.map((w) => `${w.file}: ${w.message}`));
    const pkg = pickPackage(config, options.packageName);
    const source = new Git(options.sourceGit);
    const dist = new Git(options.distGit);
    await requireCleanRepo(source, 'source-git');
    await requireCleanRepo(dist, 'dist-git');
    const ref = options.upstreamRef ?? pkg.upstream_ref ?? undefined;
    if (!ref)
        throw new JobError(`${config.file} has no upstream_ref: set it to the upstream tag the downstream commits sit on`);
    const upstream = await resolveUpstreamRef(source, ref);
    const head = (await source.tryRevParse('HEAD'));
    const syncPoint = await lastSyncPoint(dist);
    if (syncPoint?.sourceGitCommit === head && !options.force) {
        return {
            status: 'nothing-to-do',
            sourceGitCommit: head,
            patches: [],
            notes: [...notes, `dist-git is already in sync with ${head.slice(0, 12)}`],
        };
    }
    const specfilePath = pkg.specfile_path;
    if (!specfilePath)
        throw new JobError(`${config.file} sets no specfile_path and no spec was found; set specfile_path (e.g. .distro/${pkg.downstream_package_name}.spec)`);
    const specName = `${pkg.downstream_package_name}.spec`;
    const items = pkg.files_to_sync.length > 0
        ? pkg.files_to_sync
        : [{ src: [specfilePath], dest: specName, mkpath: false, delete: false, filters: [] }];
    const [sourceFiles, destFiles] = await Promise.all([
        source.output(['ls-files', '-z']).then((o) => o.split('\0').filter(Boolean)),
        dist.output(['ls-files', '-z']).then((o) => o.split('\0').filter(Boolean)),
    ]);
    // With sync_changelog off, dist-git keeps its own %changelog: the spec is merged below, not copied.
    const actions = actionRunner(pkg, options.sourceGit);
    const mergeSpec = !pkg.sync_changelog && !actions.has('prepare-files');
    const plan = planFileSync(items, sourceFiles, destFiles, { specPath: specfilePath, dropSpec: mergeSpec });
    if (plan.problems.length > 0)
        throw new JobError(`files_to_sync in ${config.file}: ${plan.problems.join('; ')}`);
    const range = await downstreamRange(source, upstream);
    // A create-patches action replaces srcgit's patch generation.
    const generation = actions.has('create-patches')
        ? undefined
        : await generatePatches(source, range, patchIgnorePaths(pkg));
    notes.push(...(generation?.notes ?? []));
    if (range.linearized)
        notes.push('the downstream history has merges; patches were made from its first-parent line');
    const previous = await previousGeneratedPatches(dist, destFiles);
    const newNames = new Set(generation?.patches.map((p) => p.name) ?? []);
    const stale = generation ? previous.filter((name) => !newNames.has(name)) : [];
    const touched = [
        ...new Set([...plan.copies.map((c) => c.to), ...plan.deletes, ...newNames, ...stale, specName]),
    ];
    if (syncPoint) {
        const hand = await handCommitsTouching(dist, syncPoint.commit, touched);
        if (hand.length > 0 && !options.force)
            throw new JobError(`dist-git has ${hand.length} commit(s) made by hand since the last sync (${syncPoint.commit.slice(0, 12)}) that change files srcgit would overwrite:\n` +
                hand.map((c) => `  ${c.sha.slice(0, 12)} ${c.subject} (${c.author})`).join('\n') +
                '\nBring them into source-git first (srcgit update-source-git), or rerun with --force to overwrite them.');
    }
    else {
        notes.push('no earlier sync point in dist-git: this is the first sync');
    }
    const env = {
        ...baseActionEnv(options.packageName ?? Object.keys(config.packages)[0], pkg, specfilePath),
        PACKIT_UPSTREAM_REPO: external_node_path_default().resolve(options.sourceGit),
        PACKIT_DOWNSTREAM_REPO: external_node_path_default().resolve(options.distGit),
        PACKIT_PWD: external_node_path_default().resolve(options.sourceGit),
        PACKIT_PROJECT_VERSION: '',
    };
    const identities = await commitIdentities(source, options.author);
    // The work tree was clean when we started; on failure it goes back to that, not half-synced.
    let step;
    try {
        const specPath = external_node_path_default().join(options.distGit, specName);
        const oldSpecText = (0,external_node_fs_namespaceObject.existsSync)(specPath) ? (0,external_node_fs_namespaceObject.readFileSync)(specPath, 'utf8') : undefined;
        if (actions.has('prepare-files'))
            await actions.run('prepare-files', env);
        for (const file of plan.deletes)
            (0,external_node_fs_namespaceObject.rmSync)(external_node_path_default().join(options.distGit, file), { force: true });
        for (const copy of plan.copies) {
            const target = external_node_path_default().join(options.distGit, copy.to);
            (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
            (0,external_node_fs_namespaceObject.writeFileSync)(target, (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(options.sourceGit, copy.from)));
        }
        if (mergeSpec) {
            const sourceSpecText = (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(options.sourceGit, specfilePath), 'utf8');
            (0,external_node_fs_namespaceObject.writeFileSync)(specPath, oldSpecText === undefined ? sourceSpecText : withChangelogOf(sourceSpecText, oldSpecText));
        }
        if (!(0,external_node_fs_namespaceObject.existsSync)(specPath))
            throw new JobError(`no spec in dist-git after syncing: ${specName} (check specfile_path and files_to_sync)`);
        if (!generation) {
            await actions.run('create-patches', env);
        }
        else {
            const spec = SpecFile.parse((0,external_node_fs_namespaceObject.readFileSync)(specPath, 'utf8'), { fileName: specName });
            step = await writePatches({
                source,
                dist,
                dir: options.distGit,
                spec,
                generation,
                previous,
                digits: pkg.patch_generation_patch_id_digits,
            });
            notes.push(...step.warnings);
            (0,external_node_fs_namespaceObject.writeFileSync)(specPath, spec.toString());
        }
        await actions.run('post-modifications', env);
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
        };
    }
    if (!options.message) {
        return { status: 'changed', sourceGitCommit: head, patches: step?.names ?? [], notes };
    }
    const message = addTrailer(options.message, SOURCE_GIT_TRAILER, head);
    await dist.run(['commit', '-q', '-F', '-'], { input: message, env: identities.env });
    const commit = (await dist.tryRevParse('HEAD'));
    return { status: 'committed', commit, sourceGitCommit: head, patches: step?.names ?? [], notes };
}

;// CONCATENATED MODULE: ./src/commands/update-dist-git.ts
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
/** Errors a user can fix: printed as one clear message, no stack trace. */
function isUserError(error) {
    return [
        JobError,
        SourceGitError,
        MetadataError,
        SpecError,
        ConfigError,
        GitError,
        ContentError,
        ActionError,
    ].some((t) => error instanceof t);
}
async function updateDistGitCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                'upstream-ref': { type: 'string' },
                message: { type: 'string', short: 'm' },
                force: { type: 'boolean' },
                config: { type: 'string' },
                package: { type: 'string' },
                author: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        io.stderr(`srcgit update-dist-git: ${error.message}\n(see srcgit update-dist-git --help)\n`);
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
    const [sourceGit, distGit] = positionals.map((p) => external_node_path_default().resolve(io.cwd, p));
    try {
        const result = await updateDistGit({
            sourceGit,
            distGit,
            upstreamRef: values['upstream-ref'],
            message: values.message,
            force: values.force,
            configFile: values.config ? external_node_path_default().resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            author: values.author,
        });
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
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

;// CONCATENATED MODULE: ./src/dist-git/changelog-entry.ts
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

;// CONCATENATED MODULE: ./src/dist-git/gitignore.ts
/**
 * dist-git `.gitignore`: lookaside archives must be ignored so `git add -A` does not commit them.
 * Like `fedpkg new-sources`, we add `/<archive>` lines and never remove anything (the previous
 * version's line stays). Unlike fedpkg we escape gitignore wildcard characters in archive names
 * (`foo[1].tar.gz` would otherwise be a pattern).
 */

/** `name` as a gitignore pattern matching exactly that file in the repository root. */
function gitignoreLine(name) {
    if (name === '' || name.includes('/') || name.includes('\n') || name === '.' || name === '..')
        throw new ContentError(`.gitignore: ${JSON.stringify(name)} is not a file name`);
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

;// CONCATENATED MODULE: ./src/dist-git/sources-file.ts
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
        throw new ContentError(`sources: invalid hash type ${JSON.stringify(entry.hashType)}`);
    if (!/^[^\s()/]+$/.test(entry.filename))
        throw new ContentError(`sources: the file name ${JSON.stringify(entry.filename)} cannot be written (no spaces, parentheses or "/")`);
    if (!/^\S+$/.test(entry.hash))
        throw new ContentError(`sources: invalid hash ${JSON.stringify(entry.hash)} for ${entry.filename}`);
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
        throw new ContentError(`sources: ${JSON.stringify(entry.hash)} is not a ${hashType} digest (for ${entry.filename}: ` +
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
        throw new ContentError(`the sources file cannot be updated: ${parsed.problems.map((p) => p.message).join('; ')}`);
    }
    const old = parsed.entries;
    const fresh = [];
    for (const entry of newEntries.map(normalizeNewEntry)) {
        const same = fresh.find((e) => e.filename === entry.filename);
        if (same && sameEntry(same, entry))
            continue;
        if (same)
            throw new ContentError(`sources: two different hashes given for ${entry.filename}`);
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
        throw new ContentError(`sources: refusing to add the ${entry.hashType} entry ${entry.filename}: ${where}; ` +
            `one file must not mix hash types (use sha512)`);
    }
}

;// CONCATENATED MODULE: ./src/dist-git/tag-template.ts
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
            throw new ContentError(`upstream_tag_template "${template}": single "}" (write "}}" for a literal brace)`);
        }
        else if (char === '{') {
            const end = template.indexOf('}', i);
            if (end < 0)
                throw new ContentError(`upstream_tag_template "${template}": "{" without "}" (write "{{" for a literal brace)`);
            const name = template.slice(i + 1, end);
            if (!FIELDS.includes(name)) {
                throw new ContentError(`upstream_tag_template "${template}": unsupported placeholder "{${name}}" ` +
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
        throw new ContentError(`upstream_tag_template "${template}" does not contain {version}`);
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
    const compiled = compilePythonRegex(pattern);
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/source-git/archive.ts
/**
 * The upstream archive for a release: `git archive` of the tag with the top directory the
 * spec's %setup expects, compressed as the Source0 file name asks. Reproducible: git
 * stamps entries with the commit time, and gzip output here has no name or time in it.
 */






/** The compression a Source0 file name asks for. */
function compressionFor(fileName) {
    if (/\.(tar\.gz|tgz)$/.test(fileName))
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
    throw new SourceGitError(`cannot tell how to make "${fileName}": Source0 must end in .tar.gz, .tgz, .tar.xz, .tar.bz2, .tar.zst, .tar or .zip`);
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
        (0,external_node_fs_namespaceObject.rmSync)(request.outputFile, { force: true });
        throw error;
    }
}
async function writeArchive(git, request) {
    const format = request.compression === 'zip' ? 'zip' : 'tar';
    const args = ['archive', `--format=${format}`, `--prefix=${request.prefix}/`, request.ref];
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
        cwd: git.dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_ALL: 'C' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
    });
    if (request.compression === 'gzip') {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(child.stdout, (0,external_node_zlib_namespaceObject.createGzip)({ level: 9 }), (0,external_node_fs_namespaceObject.createWriteStream)(request.outputFile));
    }
    else if (COMPRESSORS[request.compression]) {
        const [cmd, ...cmdArgs] = COMPRESSORS[request.compression];
        const compressor = (0,external_node_child_process_namespaceObject.spawn)(cmd, cmdArgs, { stdio: ['pipe', 'pipe', 'inherit'] });
        const compressorFailed = new Promise((_, reject) => compressor.on('error', () => reject(new SourceGitError(`${cmd} is needed to make ${request.outputFile} but is not installed`))));
        await Promise.race([
            Promise.all([
                (0,external_node_stream_promises_namespaceObject.pipeline)(child.stdout, compressor.stdin),
                (0,external_node_stream_promises_namespaceObject.pipeline)(compressor.stdout, (0,external_node_fs_namespaceObject.createWriteStream)(request.outputFile)),
            ]),
            compressorFailed,
        ]);
    }
    else {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(child.stdout, (0,external_node_fs_namespaceObject.createWriteStream)(request.outputFile));
    }
    const code = await exited;
    if (code !== 0)
        throw new SourceGitError(`git ${args.join(' ')} failed: ${stderr.trim()}`);
    return sha512File(request.outputFile);
}
async function sha512File(file) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha512');
    await (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_namespaceObject.createReadStream)(file), hash);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/jobs/propose-downstream.ts
/**
 * The release flow, locally (`srcgit propose-downstream --dry-run`): for a tag, per
 * dist-git branch, make exactly the commit a pull request would carry — archive, spec
 * update, patches, `sources`, `.gitignore` — on the branch `<branch>-update-propose_downstream`
 * of a dist-git clone, without touching the branch the user has checked out and without
 * anything leaving the machine.
 */



















const ALIAS = /^(fedora|epel)-(all|stable|branched|latest|latest-stable|rawhide|development|\d+(-branched|-all)?)$/;
async function git(dir) {
    const g = new Git(dir);
    if (!(await g.isRepository()))
        throw new JobError(`${dir} is not a git repository`);
    return g;
}
/** Version and tag from whichever was given, checked against upstream_tag_template and the tag filters. */
function versionAndTag(pkg, tag, version) {
    if (tag && version)
        throw new JobError('give --tag or --version, not both');
    const template = pkg.upstream_tag_template;
    if (tag) {
        const v = tagToVersion(template, tag, pkg.upstream_package_name);
        if (v === undefined)
            throw new JobError(`tag "${tag}" does not match upstream_tag_template "${template}"; set upstream_tag_template to match your tags`);
        if (!matchesTagFilters(tag, pkg.upstream_tag_include, pkg.upstream_tag_exclude))
            throw new JobError(`tag "${tag}" is filtered out by upstream_tag_include/upstream_tag_exclude`);
        return { version: v, tag };
    }
    if (version)
        return { version, tag: versionToTag(template, version, pkg.upstream_package_name) };
    throw new JobError('which release? give --tag TAG or --version VERSION');
}
function branchesFor(pkg, requested) {
    const branches = requested && requested.length > 0
        ? requested
        : pkg.dist_git_branches.length > 0
            ? pkg.dist_git_branches
            : ['rawhide'];
    const aliases = branches.filter((b) => ALIAS.test(b));
    if (aliases.length > 0)
        throw new JobError(`${aliases.join(', ')} ${aliases.length > 1 ? 'are aliases' : 'is an alias'} resolved through Bodhi, which a dry run does not ask; name the branches with --branch (e.g. --branch rawhide --branch f43)`);
    return branches;
}
async function proposeDownstream(options) {
    const config = await loadConfig(options.sourceGit, { configFile: options.configFile });
    const pkg = pickPackage(config, options.packageName);
    const source = await git(options.sourceGit);
    const dirty = await source.dirtyPaths();
    if (dirty.length > 0)
        throw new JobError(`source-git ${options.sourceGit} has uncommitted changes (${dirty.slice(0, 5).join(', ')}); commit or stash them first`);
    const { version, tag } = versionAndTag(pkg, options.tag, options.version);
    const tagCommit = await source.tryRevParse(`refs/tags/${tag}`);
    if (!tagCommit)
        throw new JobError(`tag "${tag}" is not in ${options.sourceGit}; fetch tags (actions/checkout needs fetch-depth: 0) or check the tag name`);
    const { version: rpmVersion, prerelease } = toRpmVersion(version, pkg.prerelease_suffix_pattern);
    const specfilePath = pkg.specfile_path;
    if (!specfilePath || !(0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(options.sourceGit, specfilePath)))
        throw new JobError(`no spec at ${specfilePath ?? '(specfile_path is not set)'} in ${options.sourceGit}; set specfile_path`);
    const head = (await source.tryRevParse('HEAD'));
    const identities = await commitIdentities(source, options.author);
    const actions = actionRunner(pkg, options.sourceGit);
    // Source-git mode: patches from the downstream commits after upstream_ref (unless create-patches replaces that).
    const generation = pkg.upstream_ref && !actions.has('create-patches')
        ? await generatePatches(source, await downstreamRange(source, await resolveUpstreamRef(source, pkg.upstream_ref)), patchIgnorePaths(pkg))
        : undefined;
    let distDir = options.distGit;
    if (!distDir) {
        const url = `${pkg.dist_git_base_url.replace(/\/+$/, '')}/${pkg.dist_git_namespace}/${pkg.downstream_package_name}.git`;
        distDir = url;
    }
    let workTree;
    if (isRemoteUrl(distDir)) {
        workTree = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'srcgit-dist-git-'));
        await new Git(external_node_os_default().tmpdir()).run(['clone', '-q', distDir, workTree]);
    }
    else {
        workTree = external_node_path_default().resolve(distDir);
    }
    const dist = await git(workTree);
    const proposals = [];
    for (const branch of branchesFor(pkg, options.branches)) {
        proposals.push(await proposeBranch({
            options,
            pkg,
            source,
            dist,
            branch,
            version,
            rpmVersion,
            prerelease,
            tag,
            tagCommit,
            head,
            generation,
            specfilePath,
            identities,
            actions,
            packageKey: options.packageName ?? Object.keys(config.packages)[0],
        }));
    }
    return { version, tag, proposals };
}
async function proposeBranch(ctx) {
    const { pkg, source, dist, branch } = ctx;
    const notes = [...(ctx.generation?.notes ?? [])];
    const base = (await dist.tryRevParse(`refs/heads/${branch}`)) ??
        (await dist.tryRevParse(`refs/remotes/origin/${branch}`));
    if (!base)
        throw new JobError(`dist-git ${dist.dir} has no branch "${branch}"`);
    const prBranch = prBranchName(branch);
    // On failure the PR branch goes back to what it was (or away) and a new archive is removed: nothing half-done.
    const branchBefore = await dist.tryRevParse(`refs/heads/${prBranch}`);
    let archiveCreated;
    const tree = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'srcgit-worktree-'));
    (0,external_node_fs_namespaceObject.rmSync)(tree, { recursive: true });
    await dist.run(['worktree', 'add', '-q', '-B', prBranch, tree, base]);
    let succeeded = false;
    try {
        const wt = dist.at(tree);
        const specName = `${pkg.downstream_package_name}.spec`;
        const distSpecPath = external_node_path_default().join(tree, specName);
        const oldSpecText = (0,external_node_fs_namespaceObject.existsSync)(distSpecPath) ? (0,external_node_fs_namespaceObject.readFileSync)(distSpecPath, 'utf8') : undefined;
        const oldSpec = oldSpecText === undefined ? undefined : SpecFile.parse(oldSpecText, { fileName: specName });
        // Packit's release-sync actions, in its order; the hooks may generate or change the spec.
        const { actions } = ctx;
        const env = {
            ...baseActionEnv(ctx.packageKey, pkg, ctx.specfilePath),
            PACKIT_UPSTREAM_REPO: external_node_path_default().resolve(ctx.options.sourceGit),
            PACKIT_DOWNSTREAM_REPO: tree,
            PACKIT_PWD: external_node_path_default().resolve(ctx.options.sourceGit),
            PACKIT_PROJECT_VERSION: ctx.version,
        };
        await actions.run('post-upstream-clone', env);
        await actions.run('pre-sync', env);
        const fromAction = await actions.run('commit-message', {
            ...env,
            PACKIT_UPSTREAM_TAG: ctx.tag,
            PACKIT_UPSTREAM_COMMIT: ctx.tagCommit.slice(0, 8),
            PACKIT_DEBUG_DIVIDER: COMMIT_ACTION_DIVIDER.trimEnd(),
            PACKIT_RESOLVED_BUGS: '',
        });
        const customMessage = fromAction ? commitMessageFromAction(fromAction) : undefined;
        const prepareFiles = actions.has('prepare-files');
        if (prepareFiles)
            await actions.run('prepare-files', env);
        const sourceSpecPath = external_node_path_default().join(ctx.options.sourceGit, ctx.specfilePath);
        if (!(0,external_node_fs_namespaceObject.existsSync)(sourceSpecPath))
            throw new JobError(`no spec at ${ctx.specfilePath} in ${ctx.options.sourceGit} after the actions ran`);
        const sourceSpecText = (0,external_node_fs_namespaceObject.readFileSync)(sourceSpecPath, 'utf8');
        // files_to_sync, with the spec left to the merge below unless it is copied as is
        // (sync_changelog, or a prepare-files action that replaces the merge).
        const copySpecAsIs = pkg.sync_changelog || prepareFiles;
        const sourceFiles = (await source.output(['ls-files', '-z'])).split('\0').filter(Boolean);
        const destFiles = (await wt.output(['ls-files', '-z'])).split('\0').filter(Boolean);
        const items = pkg.files_to_sync;
        const plan = planFileSync(items, sourceFiles, destFiles, {
            specPath: ctx.specfilePath,
            dropSpec: !copySpecAsIs,
        });
        if (plan.problems.length > 0)
            throw new JobError(`files_to_sync: ${plan.problems.join('; ')}`);
        for (const file of plan.deletes)
            (0,external_node_fs_namespaceObject.rmSync)(external_node_path_default().join(tree, file), { force: true });
        for (const copy of plan.copies) {
            (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(external_node_path_default().join(tree, copy.to)), { recursive: true });
            (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(tree, copy.to), (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(ctx.options.sourceGit, copy.from)));
        }
        let specText;
        if (copySpecAsIs)
            specText = (0,external_node_fs_namespaceObject.existsSync)(distSpecPath) ? (0,external_node_fs_namespaceObject.readFileSync)(distSpecPath, 'utf8') : sourceSpecText;
        else
            specText = oldSpecText === undefined ? sourceSpecText : withChangelogOf(sourceSpecText, oldSpecText);
        let spec = SpecFile.parse(specText, { fileName: specName });
        if (!copySpecAsIs) {
            notes.push(...spec.setVersion(ctx.rpmVersion));
            if (pkg.prerelease_suffix_macro &&
                !spec.setMacroCommentedOut(pkg.prerelease_suffix_macro, !ctx.prerelease))
                notes.push(`prerelease_suffix_macro: ${specName} defines no macro %${pkg.prerelease_suffix_macro}`);
            if (oldSpec?.hasAutorelease && !spec.hasAutorelease)
                spec.setRawRelease(oldSpec.mainTag('release').raw);
            else if (!spec.hasAutorelease)
                notes.push(...spec.resetRelease());
            if (!oldSpec?.hasAutochangelog) {
                const actionOutput = await actions.run('changelog-entry', {
                    ...baseActionEnv(ctx.packageKey, pkg, ctx.specfilePath),
                    PACKIT_PROJECT_VERSION: ctx.version,
                    PACKIT_RESOLVED_BUGS: '',
                    PACKIT_PROJECT_UPSTREAM_TAG: ctx.tag,
                    PACKIT_PROJECT_PREVIOUS_VERSION: oldSpec?.version?.raw ?? '',
                });
                const text = changelogEntryText({
                    version: ctx.version,
                    actionOutput,
                    releaseDescription: ctx.options.releaseNotes,
                    copyReleaseDescription: pkg.copy_upstream_release_description,
                });
                const author = changelogAuthor(process.env, ctx.identities.author.name, ctx.identities.author.email);
                spec.addChangelogEntry({ text, author, date: ctx.options.date });
            }
        }
        // Patches: previous generated ones leave, new ones come, unchanged ones stay byte for byte.
        if (pkg.upstream_ref && actions.has('create-patches')) {
            (0,external_node_fs_namespaceObject.writeFileSync)(distSpecPath, spec.toString());
            await actions.run('create-patches', env);
            spec = SpecFile.parse((0,external_node_fs_namespaceObject.readFileSync)(distSpecPath, 'utf8'), { fileName: specName });
        }
        else if (ctx.generation) {
            const step = await writePatches({
                source,
                dist: wt,
                dir: tree,
                spec,
                generation: ctx.generation,
                previous: await previousGeneratedPatches(wt, destFiles),
                digits: pkg.patch_generation_patch_id_digits,
            });
            notes.push(...step.warnings);
        }
        (0,external_node_fs_namespaceObject.writeFileSync)(distSpecPath, spec.toString());
        if (actions.has('post-modifications')) {
            await actions.run('post-modifications', env);
            spec = SpecFile.parse((0,external_node_fs_namespaceObject.readFileSync)(distSpecPath, 'utf8'), { fileName: specName });
        }
        // The archive, named as the spec's Source expands for the new version.
        const sourceId = Number(/\d+$/.exec(pkg.spec_source_id)?.[0] ?? 0);
        const source0 = spec.sources.find((s) => s.number === sourceId && s.active);
        if (!source0)
            throw new JobError(`${specName} has no ${pkg.spec_source_id}; the archive cannot be named`);
        if (source0.expanded.unresolved.length > 0)
            throw new JobError(`${specName}:${source0.line}: ${pkg.spec_source_id} cannot be expanded (${source0.expanded.unresolved.map((u) => `${u.construct}: ${u.reason}`).join('; ')}); ` +
                'write it with macros the spec defines, or add the file name to `sources` in the configuration');
        const archiveName = SpecFile.fileName(source0.expanded.value);
        const prefix = pkg.archive_root_dir_template
            .replace('{upstream_pkg_name}', pkg.upstream_package_name)
            .replace('{version}', ctx.version);
        const archivePath = external_node_path_default().join(dist.dir, archiveName);
        if (!(0,external_node_fs_namespaceObject.existsSync)(archivePath))
            archiveCreated = archivePath;
        const sha512 = await createArchive(source, {
            ref: ctx.tagCommit,
            prefix,
            outputFile: archivePath,
            compression: compressionFor(archiveName),
        });
        const oldArchive = oldSpec?.sources.find((s) => s.number === sourceId && s.active);
        const replaceNames = oldArchive && oldArchive.expanded.unresolved.length === 0
            ? [SpecFile.fileName(oldArchive.expanded.value)]
            : [];
        const sourcesPath = external_node_path_default().join(tree, 'sources');
        const sources = updateSourcesFile((0,external_node_fs_namespaceObject.existsSync)(sourcesPath) ? (0,external_node_fs_namespaceObject.readFileSync)(sourcesPath, 'utf8') : '', [{ filename: archiveName, hash: sha512 }], {
            replaceNames,
        });
        (0,external_node_fs_namespaceObject.writeFileSync)(sourcesPath, sources.text);
        const gitignorePath = external_node_path_default().join(tree, '.gitignore');
        (0,external_node_fs_namespaceObject.writeFileSync)(gitignorePath, addGitignoreEntries((0,external_node_fs_namespaceObject.existsSync)(gitignorePath) ? (0,external_node_fs_namespaceObject.readFileSync)(gitignorePath, 'utf8') : '', [archiveName])
            .text);
        await wt.run(['add', '-A']);
        const message = commitMessage({
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
        const upstreamUrl = pkg.upstream_project_url ?? undefined;
        const sourceGitUrl = await source.run(['remote', 'get-url', 'origin'], { allowFailure: true });
        succeeded = true;
        return {
            branch,
            prBranch,
            commit,
            diffstat,
            title: prTitle(branch, ctx.version),
            description: prDescription({
                upstreamUrl,
                tag: ctx.tag,
                commit: ctx.tagCommit,
                sourceGitUrl: sourceGitUrl.code === 0 ? sourceGitUrl.stdout.trim() : undefined,
                sourceGitCommit: ctx.head,
            }),
            archive: archivePath,
            notes,
        };
    }
    finally {
        await dist.run(['worktree', 'remove', '--force', tree], { allowFailure: true });
        (0,external_node_fs_namespaceObject.rmSync)(tree, { recursive: true, force: true });
        if (!succeeded) {
            await dist.run(branchBefore ? ['branch', '-f', prBranch, branchBefore] : ['branch', '-D', prBranch], {
                allowFailure: true,
            });
            if (archiveCreated)
                (0,external_node_fs_namespaceObject.rmSync)(archiveCreated, { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/commands/propose-downstream.ts
/** `srcgit propose-downstream --dry-run`: the whole release flow locally; nothing leaves the machine. */







const PROPOSE_USAGE = `Usage: srcgit propose-downstream --dry-run [options] [SOURCE_GIT]

Runs the release flow for a tag in SOURCE_GIT (default: the current directory): creates
the archive, updates the spec (Version, Release, %changelog, patches), writes sources and
.gitignore, and commits on the branch <branch>-update-propose_downstream of the dist-git
clone, per branch. Prints the commit, a diffstat and the pull-request title and
description. With a local --dist-git work tree the branches are made there (the branch
you have checked out stays as it is) and the archive is left next to the spec.

  --dry-run              required in this version: nothing is pushed or proposed
  --tag TAG              the upstream release tag (version from upstream_tag_template)
  --version VERSION      the version (tag from upstream_tag_template)
  --branch BRANCH        dist-git branch (repeatable; default: dist_git_branches, else rawhide)
  --dist-git DIR|URL     dist-git work tree or URL to clone (default: dist_git_base_url/<namespace>/<package>)
  --release-notes FILE   release notes of the tag, for copy_upstream_release_description
  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --author 'NAME <EMAIL>' author of the dist-git commit (default: git identity, else the CI actor, else srcgit)
  --package NAME         the package, when the configuration has several
`;
async function proposeDownstreamCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                'dry-run': { type: 'boolean' },
                tag: { type: 'string' },
                version: { type: 'string' },
                branch: { type: 'string', multiple: true },
                'dist-git': { type: 'string' },
                'release-notes': { type: 'string' },
                config: { type: 'string' },
                package: { type: 'string' },
                date: { type: 'string' },
                author: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        io.stderr(`srcgit propose-downstream: ${error.message}\n(see srcgit propose-downstream --help)\n`);
        return EXIT.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(PROPOSE_USAGE);
        return EXIT.ok;
    }
    if (!values['dry-run']) {
        io.stderr('srcgit propose-downstream: pushing and opening pull requests is not available in this version; add --dry-run\n');
        return EXIT.usage;
    }
    if (positionals.length > 1) {
        io.stderr('srcgit propose-downstream: expected at most one SOURCE_GIT directory\n');
        return EXIT.usage;
    }
    const sourceGit = external_node_path_default().resolve(io.cwd, positionals[0] ?? '.');
    const distGit = values['dist-git'];
    try {
        const result = await proposeDownstream({
            sourceGit,
            distGit: distGit && !isRemoteUrl(distGit) ? external_node_path_default().resolve(io.cwd, distGit) : distGit,
            tag: values.tag,
            version: values.version,
            branches: values.branch,
            configFile: values.config ? external_node_path_default().resolve(io.cwd, values.config) : undefined,
            packageName: values.package,
            author: values.author,
            releaseNotes: values['release-notes']
                ? (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().resolve(io.cwd, values['release-notes']), 'utf8')
                : undefined,
            date: values.date ? new Date(`${values.date}T00:00:00Z`) : undefined,
        });
        io.stdout(`Release ${result.tag} (version ${result.version}), dry run: nothing was pushed or proposed.\n`);
        for (const p of result.proposals) {
            for (const note of p.notes)
                io.stderr(`note: ${p.branch}: ${note}\n`);
            io.stdout([
                '',
                `== ${p.branch}: commit ${p.commit.slice(0, 12)} on branch ${p.prBranch}`,
                p.diffstat,
                `archive: ${p.archive}`,
                `pull request title: ${p.title}`,
                'pull request description:',
                p.description.replace(/^/gm, '  '),
                '',
            ].join('\n'));
        }
        return EXIT.ok;
    }
    catch (error) {
        if (isUserError(error) || error.code === 'ENOENT') {
            io.stderr(`srcgit propose-downstream: ${error.message}\n`);
            return EXIT.failure;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/version.ts
/** srcgit's version, shown by `--version` and in generated texts. Kept in step with package.json by a test. */
const version_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/commands/index.ts
/** The `srcgit` command: parses the first word and hands over to one command module. */






const USAGE = `srcgit ${version_VERSION}: maintain a Fedora package as a source-git repository

Usage: srcgit <command> [options]

Commands:
  config check [PATH]     validate a Packit-compatible config and print it resolved
  spec show SPEC          what srcgit reads from a spec file (values with macros expanded)
  spec bump SPEC --version V
                          the release bump srcgit would make to a spec (a diff, or --write)
  update-dist-git SOURCE_GIT DIST_GIT
                          regenerate patches and sync the spec into a dist-git work tree
  propose-downstream --dry-run [--tag T | --version V] [--branch B]... [--dist-git DIR]
                          the release flow, locally: archive, spec, patches, sources, commit

Options:
  -h, --help              this help ("srcgit <command> --help" for a command's options)
  --version               print the srcgit version

Exit codes: 0 success, 1 the input is wrong (config or spec errors), 2 the command line is wrong.
`;
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    switch (command) {
        case undefined:
            io.stderr(USAGE);
            return EXIT.usage;
        case '-h':
        case '--help':
        case 'help':
            io.stdout(USAGE);
            return EXIT.ok;
        case '--version':
            io.stdout(`${version_VERSION}\n`);
            return EXIT.ok;
        case 'config':
            if (rest[0] === 'check')
                return configCheck(rest.slice(1), io);
            if (rest[0] === '--help' || rest[0] === '-h')
                return configCheck(['--help'], io);
            io.stderr(`srcgit config: unknown subcommand "${rest[0] ?? ''}" (use "srcgit config check [PATH]")\n`);
            return EXIT.usage;
        case 'spec':
            return specCommand(rest, io);
        case 'update-dist-git':
            return updateDistGitCommand(rest, io);
        case 'propose-downstream':
            return proposeDownstreamCommand(rest, io);
        default:
            io.stderr(`srcgit: unknown command "${command}"\n\n${USAGE}`);
            return EXIT.usage;
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
exports.yo = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
