export const id = 816;
export const ids = [816];
export const modules = {

/***/ 21816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INIT_USAGE: () => (/* binding */ INIT_USAGE),
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/bundle-src/git/git.js
var git = __webpack_require__(18605);
;// CONCATENATED MODULE: ./build/bundle-src/init/ci.js
/** README's `.github/workflows/srcgit.yml`, as it is there. */
const GITHUB_WORKFLOW = `name: Propose to Fedora
on:
  release:
    types: [published]
  pull_request: # a dist-git preview of each source-git pull request, closed with it
    types: [opened, synchronize, reopened, edited, closed]
  workflow_dispatch:
    inputs:
      tag:
        description: Upstream release tag to propose
        required: true
permissions:
  contents: read # read the repository and its releases
  statuses: write # the srcgit/<branch> commit status linking to each dist-git pull request
jobs:
  propose-downstream:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # the tags and the upstream history the patches are made from
      - run: sudo apt-get update && sudo apt-get install -y krb5-user # kinit, for uploading new archives
      - uses: srcgit/propose-downstream@v1
        with:
          dist-git-token: \${{ secrets.DIST_GIT_TOKEN }}
          ssh-private-key: \${{ secrets.FEDORA_SSH_KEY }}
          keytab: \${{ secrets.FEDORA_KEYTAB }}
          tag: \${{ inputs.tag }}
`;
const GITHUB_HEADER = `# Written by srcgit init. Add these repository secrets (Settings > Secrets and variables > Actions):
#   DIST_GIT_TOKEN  the bot's API token on the dist-git forge. Pagure: fork_project,
#                   pull_request_create, pull_request_update (previews: also pull_request_comment,
#                   pull_request_close); Forgejo: write:repository, write:issue, read:user
#   FEDORA_SSH_KEY  the bot's unencrypted private SSH key (its public key in the FAS profile),
#                   to push to Pagure dist-git; not needed on Forgejo
#   FEDORA_KEYTAB   base64 keytab (base64 -w0 fedora.keytab), to upload new archives to the
#                   lookaside cache
# Propose a new upstream release from this source-git branch with workflow_dispatch (tag: vX),
# after rebasing the downstream commits onto the tag and moving upstream_ref to it.
`;
/** README's `.gitlab-ci.yml` include, for the dist-git branch being set up. */
function gitlabInclude(branch) {
    return `include:
  - remote: 'https://raw.githubusercontent.com/srcgit/propose-downstream/v1/gitlab-ci-template/srcgit.yml'
    inputs:
      dist-git-branches: ${branch}
`;
}
const GITLAB_HEADER = `# Written by srcgit init. Add these masked, protected CI/CD variables
# (Settings > CI/CD > Variables; File-type variables work too):
#   SRCGIT_DIST_GIT_TOKEN   the bot's API token on the dist-git forge. Pagure: fork_project,
#                           pull_request_create, pull_request_update; Forgejo: write:repository,
#                           write:issue, read:user
#   SRCGIT_SSH_PRIVATE_KEY  the bot's private SSH key (a File-type variable: GitLab cannot mask
#                           a multi-line value), to push to Pagure dist-git
#   SRCGIT_KEYTAB           base64 keytab (base64 -w0), to upload new archives to the lookaside cache
# Propose a new upstream release with "Run pipeline" and SRCGIT_TAG=vX on this branch.
`;
function ciSetup(kind, branch) {
    if (kind === 'github')
        return {
            files: [{ path: '.github/workflows/srcgit.yml', content: GITHUB_HEADER + GITHUB_WORKFLOW }],
            ignorePaths: ['.github'],
        };
    return {
        files: [{ path: '.gitlab-ci.yml', content: GITLAB_HEADER + gitlabInclude(branch) }],
        ignorePaths: ['.gitlab-ci.yml'],
    };
}

;// CONCATENATED MODULE: ./build/bundle-src/init/errors.js
/** A reason `srcgit init` refuses or stops, worded for the user (no stack trace). */
class InitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InitError';
    }
}

// EXTERNAL MODULE: ./build/bundle-src/dist-git/branch-macros.js
var branch_macros = __webpack_require__(98096);
// EXTERNAL MODULE: ./build/bundle-src/jobs/commit-identity.js
var commit_identity = __webpack_require__(72753);
// EXTERNAL MODULE: ./build/bundle-src/runtime/secrets.js
var secrets = __webpack_require__(2508);
// EXTERNAL MODULE: ./build/bundle-src/source-git/from-dist-git.js
var from_dist_git = __webpack_require__(79825);
// EXTERNAL MODULE: ./build/bundle-src/spec/index.js + 1 modules
var bundle_src_spec = __webpack_require__(83039);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/bundle-src/dist-git/sources-file.js
var sources_file = __webpack_require__(30555);
// EXTERNAL MODULE: ./build/bundle-src/lookaside/lookaside.js
var lookaside = __webpack_require__(38729);
;// CONCATENATED MODULE: ./build/bundle-src/init/distro.js
/**
 * `.distro/` as `packit source-git init` writes it: the dist-git files the package needs (not
 * `sources`, not `.git*`, not the patches that become commits), a `.gitignore` that resets the
 * upstream's ignore rules, and `source-git.yaml` with Packit's generated keys.
 */






const DISTRO_DIR = '.distro';
/** Packit's reset rule: nothing in .distro/ is ignored, whatever the upstream .gitignore says. */
const DISTRO_GITIGNORE = '# Reset gitignore rules\n!*\n';
/** Files tracked at dist-git HEAD. */
async function distGitFiles(dist) {
    const out = await dist.output(['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
    return out
        .split('\0')
        .filter(Boolean)
        .map((entry) => {
        const [meta, file] = entry.split('\t');
        const [mode, type, blob] = meta.split(' ');
        if (type !== 'blob')
            throw new InitError(`dist-git has a ${type} at ${file} (a submodule?); srcgit init cannot copy it to .distro/`);
        return { path: file, mode, blob };
    });
}
/** Whether a dist-git file stays out of .distro/ (Packit's filters: protect .git*, protect sources). */
function isDistGitOnly(file) {
    return file === 'sources' || /^\.git/.test(file);
}
/** Copies the files to `<root>/.distro/`, keeping modes and symlinks. */
async function writeDistroFiles(dist, root, files) {
    for (const file of files) {
        const target = external_node_path_.join(root, DISTRO_DIR, file.path);
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(target), { recursive: true });
        const content = (await dist.run(['cat-file', 'blob', file.blob])).stdoutBytes;
        if (file.mode === '120000')
            (0,external_node_fs_.symlinkSync)(content.toString('utf8'), target);
        else {
            (0,external_node_fs_.writeFileSync)(target, content);
            if (file.mode === '100755')
                (0,external_node_fs_.chmodSync)(target, 0o755);
        }
    }
    (0,external_node_fs_.writeFileSync)(external_node_path_.join(root, DISTRO_DIR, '.gitignore'), DISTRO_GITIGNORE);
}
/**
 * The upstream_tag_template a tag like `v1.0` needs for the spec's Version 1.0; undefined when
 * the tag is the version itself (Packit's default `{version}`) or does not contain it once.
 * Packit's init writes none, so a `v`-prefixed upstream would warn on every later run that
 * upstream_ref's version differs from the spec's.
 */
function tagTemplateFor(upstreamRef, version) {
    if (!version || upstreamRef === version)
        return undefined;
    const at = upstreamRef.indexOf(version);
    if (at < 0 || upstreamRef.indexOf(version, at + 1) >= 0)
        return undefined;
    return `${upstreamRef.slice(0, at)}{version}${upstreamRef.slice(at + version.length)}`;
}
/** The lookaside URL of each `sources` entry, as Packit lists them under `sources`. */
function lookasideSources(packageName, sourcesText) {
    const parsed = (0,sources_file/* parseSourcesFile */.eE)(sourcesText);
    if (parsed.problems.length > 0)
        throw new InitError(`dist-git's sources file cannot be read: line ${parsed.problems[0].line}: ${parsed.problems[0].message}`);
    const base = lookaside/* FEDORA_LOOKASIDE */.Kh.downloadBase;
    return parsed.entries.map((e) => ({
        path: e.filename,
        url: e.hashType === 'sha512'
            ? (0,lookaside/* lookasideDownloadUrl */.VP)(base, `rpms/${packageName}`, e.filename, e.hash)
            : `${base}/rpms/${encodeURIComponent(packageName)}/${encodeURIComponent(e.filename)}/${e.hashType}/${e.hash}/${encodeURIComponent(e.filename)}`,
    }));
}
/**
 * `.distro/source-git.yaml`: the keys `packit source-git init` writes, plus upstream_tag_template
 * when the upstream's tags are not bare versions.
 */
function sourceGitYaml(input) {
    const config = {};
    if (input.upstreamProjectUrl)
        config.upstream_project_url = input.upstreamProjectUrl;
    config.upstream_ref = input.upstreamRef;
    if (input.upstreamTagTemplate)
        config.upstream_tag_template = input.upstreamTagTemplate;
    config.downstream_package_name = input.packageName;
    config.specfile_path = `${DISTRO_DIR}/${input.specName}`;
    config.patch_generation_ignore_paths = [DISTRO_DIR, ...(input.extraIgnorePaths ?? [])];
    config.patch_generation_patch_id_digits = input.patchIdDigits;
    config.sync_changelog = true;
    config.files_to_sync = [
        {
            src: `${DISTRO_DIR}/`,
            dest: '.',
            delete: true,
            filters: ['protect .git*', 'protect sources', 'exclude source-git.yaml', 'exclude .gitignore'],
        },
    ];
    const sources = input.sourcesText ? lookasideSources(input.packageName, input.sourcesText) : [];
    if (sources.length > 0)
        config.sources = sources;
    return (0,dist/* stringify */.As)(config, { lineWidth: 0 });
}

// EXTERNAL MODULE: ./build/bundle-src/dist-git/patch-tags.js
var patch_tags = __webpack_require__(22432);
;// CONCATENATED MODULE: ./build/bundle-src/init/distro-spec.js
/**
 * The `.distro/` spec `srcgit init` writes. Packit's `create_from_upstream` clears every PatchN
 * (`spec.patches().clear()`: python-specfile drops each tag with the comment lines right above
 * it), since the commits carry them and update-dist-git declares them again. srcgit clears the
 * declarations of the patches that became commits the same way, but only when declaring them
 * again, exactly as update-dist-git will (declarePatches, Patch-id and Patch-status from the
 * trailers), gives the dist-git spec back byte for byte. Otherwise (a PatchN under %if, a
 * %patchlist, patches away from the Source lines) they stay, and update-dist-git finds them
 * declared already: clearing would move or unconditionalize them, and Packit's way would lose
 * a patch %prep does not apply on this branch. Pure.
 */



/** What update-dist-git makes of `specText` once the commits of `patches` declare them again. */
function redeclared(specText, patches, predefined, digits) {
    const spec = bundle_src_spec/* SpecFile */.An.parse(specText, { predefined });
    (0,patch_tags/* declarePatches */.D)(spec, patches.map((p) => ({ name: p.name, patchId: p.number, comment: p.comment, presentInSpecfile: false })), [], digits);
    return spec.toString();
}
function firstDifference(a, b) {
    const left = a.split('\n');
    const right = b.split('\n');
    for (let i = 0; i < Math.max(left.length, right.length); i++)
        if (left[i] !== right[i])
            return `line ${i + 1} would be ${JSON.stringify(right[i] ?? '')} instead of ${JSON.stringify(left[i] ?? '')}`;
    return 'the spec would differ';
}
function distroSpec(specText, patches, predefined, digits) {
    if (patches.length === 0)
        return { text: specText, cleared: false };
    const cleared = (0,from_dist_git/* stripPatchDeclarations */.CM)(specText, new Set(patches.map((p) => p.name)));
    let back;
    try {
        back = redeclared(cleared, patches, predefined, digits);
    }
    catch (error) {
        return { text: specText, cleared: false, keptBecause: error.message };
    }
    if (back === specText)
        return { text: cleared, cleared: true };
    return { text: specText, cleared: false, keptBecause: firstDifference(specText, back) };
}

// EXTERNAL MODULE: ./build/bundle-src/runtime/resources.js + 1 modules
var resources = __webpack_require__(74227);
;// CONCATENATED MODULE: ./build/bundle-src/init/patch-commit.js
/**
 * One dist-git patch as source-git commit(s), as `packit source-git init` makes them: a git
 * mail keeps its author, date, subject and body (one commit per mail, like `git am`); a bare
 * diff becomes "Apply patch <name>" by the first dist-git author of the file. Every commit
 * carries Patch-name, From-dist-git-commit and (the first) Patch-id and Patch-status.
 */





/** Applies the patch to the work tree and index of `git`; returns the commits made. */
async function commitPatch(git, options) {
    const { patch } = options;
    const dir = (0,resources/* makeTempDir */.mk)('srcgit-init-patch-');
    const trailers = (first) => [
        ...(0,from_dist_git/* patchTrailerLines */.dN)({
            name: patch.name,
            number: first ? patch.number : undefined,
            comment: first ? patch.comment : undefined,
            noPrefix: patch.strip === 0,
        }),
        `${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ}: ${options.distGitCommit}`,
    ];
    const commit = async (message, author) => {
        await git.run(['commit', '-q', '--no-verify', '--allow-empty', '--cleanup=whitespace', '-F', '-'], {
            input: message,
            env: {
                ...options.identityEnv,
                GIT_AUTHOR_NAME: author.name,
                GIT_AUTHOR_EMAIL: author.email,
                GIT_AUTHOR_DATE: author.date,
            },
        });
        return git.output(['rev-parse', 'HEAD']);
    };
    try {
        const file = external_node_path_.join(dir, 'patch');
        (0,external_node_fs_.writeFileSync)(file, options.content);
        if (!(0,from_dist_git/* isMailPatch */.s3)(options.content)) {
            await apply(git, patch, file);
            return [
                await commit((0,from_dist_git/* appendTrailerLines */.B3)(`Apply patch ${patch.name}`, trailers(true)), options.fileAuthor),
            ];
        }
        const mails = external_node_path_.join(dir, 'mails');
        (0,external_node_fs_.mkdirSync)(mails);
        await git.run(['mailsplit', '-b', `-o${mails}`, file]);
        const made = [];
        for (const [index, mail] of (0,external_node_fs_.readdirSync)(mails).sort().entries()) {
            const msg = external_node_path_.join(dir, 'msg');
            const diff = external_node_path_.join(dir, 'diff');
            const info = await git.output(['mailinfo', msg, diff], { input: (0,external_node_fs_.readFileSync)(external_node_path_.join(mails, mail)) });
            const header = new Map(info
                .split('\n')
                .map((line) => /^([A-Za-z]+): (.*)$/.exec(line))
                .filter((m) => m !== null)
                .map((m) => [m[1], m[2]]));
            if ((0,external_node_fs_.readFileSync)(diff).length > 0)
                await apply(git, patch, diff);
            const subject = header.get('Subject') || `Apply patch ${patch.name}`;
            const body = (0,external_node_fs_.readFileSync)(msg, 'utf8').trim();
            const message = (0,from_dist_git/* withoutPatchTrailers */.$u)(body ? `${subject}\n\n${body}` : subject);
            made.push(await commit((0,from_dist_git/* appendTrailerLines */.B3)(message, trailers(index === 0)), {
                name: header.get('Author') || options.fileAuthor.name,
                email: header.get('Email') || options.fileAuthor.email,
                date: header.get('Date') || options.fileAuthor.date,
            }));
        }
        return made;
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** `git apply -p<N>`; when it fails, the rejected hunks (`--reject`, dry in a scratch copy) are in the error. */
async function apply(git, patch, file) {
    const args = ['apply', '--index', '--whitespace=nowarn', `-p${patch.strip}`];
    const applied = await git.run([...args, file], { allowFailure: true });
    if (applied.code === 0)
        return;
    // What would be rejected, hunk by hunk: --reject applies what it can, so undo that afterwards.
    const reject = await git.run(['apply', '--reject', '--verbose', '--whitespace=nowarn', `-p${patch.strip}`, file], {
        allowFailure: true,
    });
    await git.run(['reset', '-q', '--hard'], { allowFailure: true });
    await git.run(['clean', '-q', '-fd'], { allowFailure: true });
    const detail = (reject.stderr.trim() || applied.stderr.trim() || `git apply exited with ${applied.code}`)
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n');
    throw new InitError(`patch ${patch.name} (Patch${patch.number}, applied by "${patch.appliedBy}" with -p${patch.strip}) does not apply to the upstream sources:\n${detail}`);
}

;// CONCATENATED MODULE: ./build/bundle-src/init/plan.js
/**
 * Which dist-git patches %prep applies, in the order rpm applies them, with their -p level and
 * the comment above their PatchN tag: the commits `srcgit init` makes. %autosetup applies every
 * patch in numeric order; `%autosetup -N` plus `%autopatch` lines apply ranges (-m/-M) or
 * listed numbers; hand-written `%patch` lines are followed when they apply every patch once,
 * in numeric order. Conditionals count as rpm reads them with the branch's macros.
 */


const PROBE_PACKAGE = 'srcgit-init-prep-probe';
/**
 * Whether each %prep line is read by rpm. The spec parser knows the activity of preamble tags,
 * so the %prep header becomes a %package header and each line to probe a tag naming its index:
 * the same %if evaluation (and the same line numbers) as for any tag.
 */
function prepLineActivity(specText, prepHeader, lines, predefined) {
    const physical = specText.split('\n');
    physical[prepHeader] = `%package -n ${PROBE_PACKAGE}`;
    for (const line of lines)
        physical[line] = `Provides: srcgit-probe-${line}`;
    const probe = bundle_src_spec/* SpecFile */.An.parse(physical.join('\n'), { predefined });
    const result = new Map();
    for (const tag of probe.model.tags) {
        const m = /^srcgit-probe-(\d+)$/.exec(tag.raw.trim());
        if (m && tag.base === 'provides')
            result.set(Number(m[1]), tag.activity);
    }
    return result;
}
function stripLevel(text) {
    const level = /(?:^|\s)-p\s*(\d+)/.exec(text)?.[1];
    return level === undefined ? 1 : Number(level);
}
/** The patch numbers one %prep line applies, in the order it applies them. */
function numbersApplied(application, declared) {
    if (application.kind === 'autosetup')
        return application.appliesAll ? [...declared] : [];
    if (application.kind === 'patch')
        return application.numbers ?? [];
    if (application.numbers)
        return [...application.numbers];
    return declared.filter((n) => (application.min === undefined || n >= application.min) &&
        (application.max === undefined || n <= application.max));
}
function planPatches(specText, predefined = {}) {
    const spec = bundle_src_spec/* SpecFile */.An.parse(specText, { predefined });
    const hidden = spec.hiddenPatchSources();
    if (hidden.length > 0)
        throw new InitError(`the spec declares patches srcgit cannot read (${hidden.join('; ')}); convert it by hand`);
    const tagOf = (number) => spec.model.tags.find((t) => t.base === 'patch' && t.number === number);
    for (const p of spec.patches) {
        const tag = p.origin === 'tag' ? tagOf(p.number) : undefined;
        if (tag?.activity === 'uncertain')
            throw new InitError(`line ${p.line}: Patch${p.number} is declared under a condition srcgit cannot evaluate ` +
                `("${spec.model.lines[tag.conditions[tag.conditions.length - 1].branchLine].text.trim()}"); ` +
                'define the macros it tests with --define NAME=VALUE');
    }
    const declaredEntries = spec.patches.filter((p) => p.active).sort((a, b) => a.number - b.number);
    const declared = declaredEntries.map((p) => p.number);
    const prep = spec.prep();
    if (prep.prepLine < 0) {
        if (declared.length === 0)
            return { patches: [], unapplied: [] };
        throw new InitError('the spec has no %prep section, so srcgit cannot tell how its patches are applied');
    }
    const activity = prepLineActivity(specText, prep.prepLine, prep.applications.map((a) => a.line), predefined);
    const applications = prep.applications.filter((a) => {
        const state = activity.get(a.line) ?? 'active';
        if (state === 'uncertain')
            throw new InitError(`line ${a.line + 1}: "${a.text}" is under a condition srcgit cannot evaluate; define the macros it tests with --define NAME=VALUE`);
        return state === 'active';
    });
    const order = [];
    for (const application of applications)
        for (const number of numbersApplied(application, declared))
            order.push({ number, application });
    const explicit = applications.filter((a) => a.kind === 'patch');
    const seen = new Set();
    let previous = -1;
    for (const { number, application } of order) {
        const where = `line ${application.line + 1} ("${application.text}")`;
        if (!declared.includes(number))
            throw new InitError(`${where} applies Patch${number}, which the spec does not declare (or declares under a false %if)`);
        if (seen.has(number))
            throw new InitError(`${where} applies Patch${number} a second time; srcgit init converts each patch once`);
        if (/(?:^|\s)-R\b/.test(application.text))
            throw new InitError(`${where} reverts a patch (-R); srcgit init cannot make a commit of that: revert it by hand`);
        // Hand-written lines only: %autopatch ranges may run in any order, the spec keeps saying so.
        if (application.kind === 'patch' && number < previous)
            throw new InitError(`${where} applies Patch${number} after Patch${previous}: srcgit init supports hand-written %patch lines only ` +
                'when every patch is applied once, in numeric order; reorder the %patch lines or use %autosetup -p1');
        seen.add(number);
        if (application.kind === 'patch')
            previous = number;
    }
    if (explicit.length > 0) {
        const missing = declared.filter((n) => !seen.has(n));
        if (missing.length > 0)
            throw new InitError(`%prep applies patches with hand-written %patch lines (line ${explicit[0].line + 1}: "${explicit[0].text}") ` +
                `but never applies ${missing.map((n) => `Patch${n}`).join(', ')}; srcgit init supports %patch lines only when ` +
                'every patch is applied exactly once, in numeric order');
    }
    const lines = specText.split('\n');
    const patches = order.map(({ number, application }) => {
        const entry = declaredEntries.find((p) => p.number === number);
        const comment = [];
        if (entry.origin === 'tag')
            for (let i = entry.line - 2; i >= 0 && (0,bundle_src_spec/* isPatchComment */.oG)(lines[i]); i--)
                comment.unshift(lines[i].trim());
        return {
            name: bundle_src_spec/* SpecFile */.An.fileName(entry.expanded.value),
            number,
            strip: stripLevel(application.text),
            comment,
            appliedBy: application.text,
        };
    });
    const unapplied = declaredEntries
        .filter((p) => !seen.has(p.number))
        .map((p) => bundle_src_spec/* SpecFile */.An.fileName(p.expanded.value));
    return { patches, unapplied };
}

;// CONCATENATED MODULE: ./build/bundle-src/init/run.js
/**
 * `srcgit init`: an upstream clone at UPSTREAM_REF becomes a source-git branch for a dist-git
 * branch: `.distro/` committed as "Initialize as a source-git repository", then one commit per
 * patch %prep applies. All or nothing: when a step fails, the new branch is deleted and the
 * clone is back on the HEAD it had.
 */













const INIT_COMMIT_TITLE = 'Initialize as a source-git repository';
async function distGitSpec(distGit, files) {
    const specs = files.filter((f) => !f.includes('/') && f.endsWith('.spec'));
    if (specs.length === 1)
        return specs[0];
    const named = specs.find((s) => s === `${external_node_path_.basename(distGit)}.spec`);
    if (named)
        return named;
    if (specs.length === 0)
        throw new InitError(`${distGit} is not a dist-git repository: it has no .spec file at its top (git ls-files)`);
    throw new InitError(`${distGit} has several spec files (${specs.join(', ')}); srcgit init expects one`);
}
async function currentBranch(git) {
    const r = await git.run(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
}
async function firstAuthor(dist, file) {
    const out = await dist.output(['log', '--reverse', '--format=%an%x00%ae%x00%aI', '--', file]);
    const [name, email, date] = (out.split('\n')[0] ?? '').split('\0');
    if (!name)
        throw new InitError(`dist-git has no commit adding ${file}`);
    return { name, email, date };
}
function patchIdDigits(spec) {
    const tags = spec.model.tags
        .filter((t) => t.base === 'patch' && t.packageArgs === null && t.numberText !== undefined)
        .sort((a, b) => a.number - b.number);
    return tags[0]?.numberText?.length ?? 1;
}
async function initSourceGit(options) {
    const dist = new git/* Git */.TU(options.distGit);
    if (!(await dist.isRepository()))
        throw new InitError(`${options.distGit} is not a dist-git repository (not a git work tree)`);
    const distHead = await dist.tryRevParse('HEAD');
    if (!distHead)
        throw new InitError(`${options.distGit} is not a dist-git repository: it has no commit`);
    const branch = await currentBranch(dist);
    if (!branch)
        throw new InitError(`${options.distGit} has a detached HEAD; check out the dist-git branch to convert (e.g. git switch rawhide)`);
    // Untracked files (archives fetched by fedpkg sources) are fine; changes to tracked ones would be left out.
    const distDirty = await dist.dirtyPaths({ untracked: false });
    if (distDirty.length > 0)
        throw new InitError(`the dist-git work tree ${options.distGit} has uncommitted changes (${distDirty.slice(0, 5).join(', ')}); ` +
            'srcgit init reads its HEAD commit: commit or stash them first');
    const files = await distGitFiles(dist);
    const specName = await distGitSpec(options.distGit, files.map((f) => f.path));
    const specBlob = files.find((f) => f.path === specName);
    const specText = (await dist.run(['cat-file', 'blob', specBlob.blob])).stdoutBytes.toString('latin1');
    const predefined = { ...(0,branch_macros/* branchMacros */.e)(branch), ...options.defines };
    const spec = bundle_src_spec/* SpecFile */.An.parse(specText, { predefined });
    const plan = planPatches(specText, predefined);
    const missing = plan.patches.find((p) => !files.some((f) => f.path === p.name));
    if (missing)
        throw new InitError(`Patch${missing.number} is ${missing.name}, but dist-git has no such file at its top`);
    const name = spec.name?.unresolved.length === 0 ? spec.name.value : specName.replace(/\.spec$/, '');
    const sourcesFile = files.find((f) => f.path === 'sources');
    const up = new git/* Git */.TU(options.upstream);
    if (!(await up.isRepository()))
        throw new InitError(`${options.upstream} is not a git work tree (the upstream clone)`);
    const dirty = await up.dirtyPaths();
    if (dirty.length > 0)
        throw new InitError(`the upstream work tree ${options.upstream} has uncommitted changes (${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', ...' : ''}); commit or stash them first`);
    const base = await up.tryRevParse(options.upstreamRef);
    if (!base)
        throw new InitError(`UPSTREAM_REF "${options.upstreamRef}" does not resolve to a commit in ${options.upstream}; fetch the tags (git fetch --tags) or give a tag, branch or commit`);
    if ((await up.run(['rev-parse', '--verify', '-q', `refs/heads/${branch}`], { allowFailure: true })).code === 0)
        throw new InitError(`the branch ${branch} already exists in ${options.upstream}; delete or rename it first (git branch -m ${branch} ${branch}-old)`);
    if ((await up.run(['cat-file', '-e', `${base}:${DISTRO_DIR}`], { allowFailure: true })).code === 0)
        throw new InitError(`${options.upstreamRef} already has a ${DISTRO_DIR}/ directory: it is a source-git commit already`);
    let upstreamUrl = options.upstreamUrl;
    const notes = [];
    if (!upstreamUrl) {
        const origin = await up.run(['remote', 'get-url', 'origin'], { allowFailure: true });
        if (origin.code === 0)
            upstreamUrl = (0,secrets/* withoutUrlCredentials */.el)(origin.stdout.trim());
        else
            notes.push('the upstream clone has no origin remote: set upstream_project_url in .distro/source-git.yaml');
    }
    const digits = patchIdDigits(spec);
    // A spec that is a link is copied as the link: its PatchN lines stay where it points.
    const distroText = specBlob.mode === '120000'
        ? { text: specText, cleared: false }
        : distroSpec(specText, plan.patches, predefined, digits);
    if (distroText.keptBecause)
        notes.push(`the PatchN lines stay in ${DISTRO_DIR}/${specName}: update-dist-git declaring them again from the commits would not give the spec back (${distroText.keptBecause})`);
    const original = (await currentBranch(up)) ?? (await up.output(['rev-parse', 'HEAD']));
    const identities = await (0,commit_identity/* commitIdentities */.i)(up);
    const converted = new Set(plan.patches.map((p) => p.name));
    const commits = [];
    const ci = options.ci?.(branch);
    for (const file of ci?.files ?? [])
        if ((await up.run(['cat-file', '-e', `${base}:${file.path}`], { allowFailure: true })).code === 0)
            throw new InitError(`${options.upstreamRef} already has ${file.path}; srcgit init does not overwrite upstream files: leave out --ci and add the srcgit job by hand`);
    await up.run(['checkout', '-q', '--no-track', '-b', branch, base]);
    try {
        await writeDistroFiles(dist, options.upstream, files.filter((f) => !isDistGitOnly(f.path) && !converted.has(f.path)));
        if (distroText.cleared)
            (0,external_node_fs_.writeFileSync)(external_node_path_.join(options.upstream, DISTRO_DIR, specName), Buffer.from(distroText.text, 'latin1'));
        (0,external_node_fs_.writeFileSync)(external_node_path_.join(options.upstream, DISTRO_DIR, 'source-git.yaml'), sourceGitYaml({
            upstreamProjectUrl: upstreamUrl,
            upstreamRef: options.upstreamRef,
            upstreamTagTemplate: tagTemplateFor(options.upstreamRef, spec.version?.unresolved.length === 0 ? spec.version.value : undefined),
            packageName: name,
            specName,
            patchIdDigits: digits,
            sourcesText: sourcesFile
                ? (await dist.run(['cat-file', 'blob', sourcesFile.blob])).stdout
                : undefined,
            extraIgnorePaths: ci?.ignorePaths,
        }));
        for (const extra of ci?.files ?? []) {
            const target = external_node_path_.join(options.upstream, extra.path);
            (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(target), { recursive: true });
            (0,external_node_fs_.writeFileSync)(target, extra.content);
        }
        await up.run(['add', '-f', '--', DISTRO_DIR, ...(ci?.files ?? []).map((f) => f.path)]);
        await up.run(['commit', '-q', '--no-verify', '-F', '-'], {
            input: `${INIT_COMMIT_TITLE}\n\n${from_dist_git/* FROM_DIST_GIT_TRAILER */.TZ}: ${distHead}\n`,
            env: identities.env,
        });
        commits.push({ sha: await up.output(['rev-parse', 'HEAD']), subject: INIT_COMMIT_TITLE });
        for (const patch of plan.patches)
            commits.push(...(await convert(up, dist, patch, files, distHead, identities.env)));
    }
    catch (error) {
        await rollBack(up, original, branch, error);
        throw error;
    }
    if (plan.unapplied.length > 0)
        notes.push(`not applied by %prep, kept as files in ${DISTRO_DIR}/: ${plan.unapplied.join(', ')}`);
    return {
        branch,
        head: await up.output(['rev-parse', 'HEAD']),
        distGitCommit: distHead,
        commits,
        unapplied: plan.unapplied,
        notes,
    };
}
async function convert(up, dist, patch, files, distHead, identityEnv) {
    const blob = files.find((f) => f.path === patch.name).blob;
    const content = (await dist.run(['cat-file', 'blob', blob])).stdoutBytes;
    const shas = await commitPatch(up, {
        patch,
        content,
        distGitCommit: distHead,
        fileAuthor: await firstAuthor(dist, patch.name),
        identityEnv,
    });
    const made = [];
    for (const sha of shas)
        made.push({ sha, subject: await up.output(['log', '-1', '--format=%s', sha]), patch: patch.name });
    return made;
}
/** Back to the HEAD the clone had, the new branch gone. */
async function rollBack(up, original, branch, cause) {
    try {
        await up.run(['reset', '-q', '--hard']);
        await up.run(['clean', '-q', '-fdx', '--', DISTRO_DIR]);
        await up.run(['checkout', '-q', '-f', original]);
        await up.run(['branch', '-q', '-D', branch]);
    }
    catch (error) {
        if (!(error instanceof git/* GitError */.XS))
            throw error;
        throw new InitError(`${cause.message}\n(and srcgit init could not restore ${up.dir}: ${error.message}; check it by hand)`);
    }
}

// EXTERNAL MODULE: ./build/bundle-src/commands/io.js
var commands_io = __webpack_require__(74317);
// EXTERNAL MODULE: ./build/bundle-src/commands/options.js
var options = __webpack_require__(64259);
// EXTERNAL MODULE: ./build/bundle-src/runtime/user-errors.js
var user_errors = __webpack_require__(77720);
;// CONCATENATED MODULE: ./build/bundle-src/commands/init.js
/** `srcgit init UPSTREAM_REF DIST_GIT`: a source-git branch from an upstream clone and a dist-git branch. */










const INIT_USAGE = `Usage: srcgit init UPSTREAM_REF DIST_GIT [options]

Makes a source-git branch (Packit's "source-git init"): in the upstream clone (the current
directory, or --upstream), a branch named after the branch checked out in the DIST_GIT work
tree starts at UPSTREAM_REF; .distro/ gets the spec and the dist-git files the package needs
(not sources, .git*, nor the patches that become commits), a .gitignore resetting the
upstream's rules and source-git.yaml, committed as "Initialize as a source-git repository";
then every patch %prep applies (%autosetup/%autopatch order, -p levels, %if as rpm reads them
on that branch) becomes a commit with Patch-name, Patch-id, Patch-status, No-prefix (-p0) and
From-dist-git-commit trailers; their PatchN lines leave the .distro spec (as Packit
clears them) when update-dist-git, declaring them again from the trailers, gives the spec back
byte for byte, else (a PatchN under %if, ...) they stay and a note says why. A git mail keeps its author and message; a bare diff becomes
"Apply patch NAME" by the file's first dist-git author. All or nothing: when a patch does not
apply, the run stops naming it (with the rejected hunks), deletes the branch and leaves the
clone on the HEAD it had.

  --upstream DIR|URL     the upstream clone (default: the current directory); a URL is cloned
                         into ./NAME first and becomes upstream_project_url
  --ci github|gitlab     also write the srcgit workflow (.github/workflows/srcgit.yml, or the
                         .gitlab-ci.yml include) in the init commit, the secrets to add in its
                         comments; CI files go to patch_generation_ignore_paths
  --define NAME=VALUE    a macro for reading the spec, besides the branch's %fedora/%dist
                         (repeatable, comma or space separated)

Exit codes: 0 done, 1 refused or a patch did not apply, 2 the command line is wrong.
`;
const NAME = 'srcgit init';
async function initCommand(argv, io) {
    const parsed = (0,options/* parseOptions */.Ac)({
        upstream: { type: 'string' },
        define: { type: 'string', multiple: true },
        ci: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, argv);
    const usage = (message) => {
        io.stderr(`${NAME}: ${message}\n(see ${NAME} --help)\n`);
        return commands_io/* EXIT */.dc.usage;
    };
    if (typeof parsed === 'string')
        return usage(parsed);
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(INIT_USAGE);
        return commands_io/* EXIT */.dc.ok;
    }
    if (positionals.length !== 2)
        return usage(`expected UPSTREAM_REF and DIST_GIT, got ${positionals.length} argument(s)`);
    const defines = {};
    for (const d of (values.define ?? []).flatMap((v) => v.split(/[\s,]+/)).filter(Boolean)) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(d);
        if (!m)
            return usage(`--define "${d}" is not NAME=VALUE`);
        defines[m[1]] = m[2];
    }
    if (values.ci !== undefined && values.ci !== 'github' && values.ci !== 'gitlab')
        return usage(`--ci is "${values.ci}"; use github or gitlab`);
    const ci = values.ci;
    const [upstreamRef, distGitArg] = positionals;
    const distGit = external_node_path_.resolve(io.cwd, distGitArg);
    try {
        let upstream = external_node_path_.resolve(io.cwd, values.upstream ?? '.');
        let upstreamUrl;
        if (values.upstream !== undefined && (0,git/* isRemoteUrl */.Km)(values.upstream)) {
            upstreamUrl = (0,secrets/* withoutUrlCredentials */.el)(values.upstream);
            if (upstreamUrl !== values.upstream)
                return usage('--upstream has credentials in its URL; they would end up in git argv and .git/config: clone it yourself and pass --upstream DIR');
            const base = external_node_path_.basename(upstreamUrl.replace(/\/+$/, '')).replace(/\.git$/, '') || 'upstream';
            upstream = external_node_path_.resolve(io.cwd, base);
            if ((0,external_node_fs_.existsSync)(upstream))
                throw new InitError(`${upstream} exists already; clone ${upstreamUrl} there yourself and pass --upstream ${base}`);
            io.stderr(`Cloning ${upstreamUrl} into ${upstream}...\n`);
            await new git/* Git */.TU(io.cwd).run(['clone', '-q', '--', values.upstream, upstream]);
        }
        const result = await initSourceGit({
            upstream,
            upstreamUrl,
            upstreamRef,
            distGit,
            defines,
            ci: ci ? (branch) => ciSetup(ci, branch) : undefined,
        });
        for (const c of result.commits)
            io.stdout(`${c.sha.slice(0, 12)} ${c.subject}${c.patch && c.subject !== `Apply patch ${c.patch}` ? ` (${c.patch})` : ''}\n`);
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        io.stdout(`Created branch ${result.branch} in ${upstream} from ${upstreamRef} and dist-git ${result.distGitCommit.slice(0, 12)}: ` +
            `${result.commits.length - 1} patch commit(s).\n`);
        return commands_io/* EXIT */.dc.ok;
    }
    catch (error) {
        if (error instanceof InitError || (0,user_errors/* isUserError */.i)(error)) {
            io.stderr(`${NAME}: ${error.message}\n`);
            return commands_io/* EXIT */.dc.failure;
        }
        throw error;
    }
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


/***/ }),

/***/ 95812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ runTool)
/* harmony export */ });
/* harmony import */ var _runtime_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74227);
/**
 * Runs the external programs the lookaside upload needs (kinit, kdestroy, curl): collects their
 * output, and turns "not installed" into an error that names the package to install. They run
 * as tracked children with the scrubbed environment (src/runtime/resources.ts).
 */

function runTool(command, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,_runtime_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .spawnChild */ .A)(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
        // Our own timer, not spawn's `timeout`: that one outlives a program that failed to start.
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, options.timeoutMs);
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error.code === 'ENOENT'
                ? new Error(`${command} is not installed or not on PATH: ${options.install}`)
                : new Error(`${command} could not be started: ${error.message}`));
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            const stderr = Buffer.concat(err).toString('utf8');
            resolve({
                code: code ?? 1,
                stdout: Buffer.concat(out).toString('utf8'),
                timedOut,
                stderr: timedOut
                    ? `${stderr}${command} did not finish within ${options.timeoutMs / 1000} s`
                    : stderr,
            });
        });
    });
}


/***/ })

};
