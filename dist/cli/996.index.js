export const id = 996;
export const ids = [996];
export const modules = {

/***/ 5996:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ previewDescription),
/* harmony export */   A1: () => (/* binding */ parsePrMarker),
/* harmony export */   Ax: () => (/* binding */ shortCommit),
/* harmony export */   C0: () => (/* binding */ normalizeGitUrl),
/* harmony export */   C7: () => (/* binding */ carrySupersededCommits),
/* harmony export */   Ci: () => (/* binding */ prBranchName),
/* harmony export */   Nb: () => (/* binding */ addTrailer),
/* harmony export */   PH: () => (/* binding */ COMMIT_ACTION_DIVIDER),
/* harmony export */   Vf: () => (/* binding */ previewTitle),
/* harmony export */   Vl: () => (/* binding */ prDescription),
/* harmony export */   aw: () => (/* binding */ parseTrailers),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   hq: () => (/* binding */ previewCommitMessage),
/* harmony export */   jD: () => (/* binding */ commitMessageFromAction),
/* harmony export */   k1: () => (/* binding */ parsePreviewBranch),
/* harmony export */   pD: () => (/* binding */ prTitle),
/* harmony export */   wo: () => (/* binding */ FROM_SOURCE_GIT_TOKEN),
/* harmony export */   yM: () => (/* binding */ previewBranchName)
/* harmony export */ });
/* unused harmony exports COMMIT_AUTHORED_BY, SRCGIT_URL, defaultCommitTitle, defaultCommitBody, tagLink, commitLink, MAX_SUPERSEDED, readmePackit */
/* harmony import */ var _runtime_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2508);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41587);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentError */ .y(`commit message: ${JSON.stringify(options.sourceGitCommit)} is not a commit hash`);
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
    const text = (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutUrlCredentials */ .el)(url.trim());
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
/** A URL srcgit does not recognize, as it may be shown: never with credentials. */
function shownUrl(url) {
    return url === undefined ? undefined : (0,_runtime_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutUrlCredentials */ .el)(url.trim()) || undefined;
}
/** The hidden comment a PR description carries; HTML-comment-safe JSON. */
function prMarker(marker) {
    const data = {};
    if (marker.sourceGit)
        data.source_git = marker.sourceGit;
    if (marker.commit)
        data.commit = marker.commit;
    if (marker.pullRequest !== undefined)
        data.pull_request = marker.pullRequest;
    if (marker.superseded?.length)
        data.superseded = marker.superseded;
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
    const sourceGitShown = sourceGit ?? shownUrl(options.sourceGitUrl);
    if (sourceGitShown || options.sourceGitCommit) {
        if (lines.length > 0)
            lines.push('');
        lines.push(prMarker({ sourceGit: sourceGitShown, commit: options.sourceGitCommit }));
    }
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
/**
 * Read the marker back from a PR description, wherever it is and whatever text surrounds it;
 * the last well-formed marker wins. Undefined when there is none.
 */
function parsePrMarker(description) {
    return lastMarker(description)?.marker;
}
/** The last well-formed marker of a description, and where it is. */
function lastMarker(description) {
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
        if (typeof record.pull_request === 'number' && Number.isSafeInteger(record.pull_request))
            result.pullRequest = record.pull_request;
        if (Array.isArray(record.superseded)) {
            const commits = record.superseded.filter((c) => typeof c === 'string' && isCommitHash(c));
            if (commits.length > 0)
                result.superseded = commits.slice(0, MAX_SUPERSEDED);
        }
        if (result.sourceGit === undefined && result.commit === undefined)
            continue;
        return { marker: result, index: match.index, length: match[0].length };
    }
    return undefined;
}
function isCommitHash(text) {
    return /^[0-9a-f]{7,64}$/i.test(text);
}
/**
 * How many earlier source-git commits a PR's marker remembers: sync-status settles their
 * `srcgit/<branch>` statuses, one status read per commit per run. Each sync settles what was
 * superseded since the last, so a few are plenty.
 */
const MAX_SUPERSEDED = 5;
/**
 * The description to update a PR with, when the PR's description is now `previous`: `next` with
 * the source-git commits the PR carried before in its marker, newest first (the one `previous`
 * names, when it differs from the new one, then those it remembered), at most
 * {@link MAX_SUPERSEDED}, never the new commit itself. `next` as it is when either has no marker,
 * when the markers name different source-git repositories, or when there is nothing to remember.
 */
function carrySupersededCommits(next, previous) {
    const ours = lastMarker(next);
    const theirs = previous ? parsePrMarker(previous) : undefined;
    if (!ours || !theirs)
        return next;
    const repo = (url) => (url ? (normalizeGitUrl(url) ?? url).toLowerCase() : undefined);
    const [a, b] = [repo(ours.marker.sourceGit), repo(theirs.sourceGit)];
    if (a && b && a !== b)
        return next;
    const current = ours.marker.commit?.toLowerCase();
    const seen = new Set(current ? [current] : []);
    const superseded = [];
    for (const commit of [theirs.commit, ...(theirs.superseded ?? [])]) {
        if (!commit || !isCommitHash(commit) || seen.has(commit.toLowerCase()))
            continue;
        seen.add(commit.toLowerCase());
        superseded.push(commit);
    }
    if (superseded.length === 0)
        return next;
    const marker = prMarker({ ...ours.marker, superseded: superseded.slice(0, MAX_SUPERSEDED) });
    return next.slice(0, ours.index) + marker + next.slice(ours.index + ours.length);
}
// ------------------------------------------------------------------------------------------------
// Previews of source-git pull requests
/** The fork branch of a source-git PR's preview: `<dist-git branch>-srcgit-pr-<N>`. */
function previewBranchName(branch, pullRequest) {
    return `${branch}-srcgit-pr-${pullRequest}`;
}
/** The dist-git branch and source-git PR number a preview branch name stands for. */
function parsePreviewBranch(name) {
    const match = /^(.+)-srcgit-pr-(\d+)$/.exec(name);
    return match ? { branch: match[1], pullRequest: Number(match[2]) } : undefined;
}
/** Pagure keeps PR titles to 255 characters. */
const MAX_TITLE = 255;
function previewTitle(pullRequest, title) {
    const full = `Preview of source-git PR #${pullRequest}: ${title.replace(/\s+/g, ' ').trim()}`;
    return full.length > MAX_TITLE ? `${full.slice(0, MAX_TITLE - 1)}…` : full;
}
/** The preview PR description: what it is, the SIG's merge order (this first), and the marker with the PR number. */
function previewDescription(options) {
    const sourceGit = options.sourceGitUrl ? normalizeGitUrl(options.sourceGitUrl) : undefined;
    const pr = options.url ? `[#${options.pullRequest}](${options.url})` : `#${options.pullRequest}`;
    return [
        `Preview of source-git pull request ${pr} (${options.title.replace(/\s+/g, ' ').trim()}) on ${options.branch}, ` +
            "so that Fedora's CI tests it before it is merged.",
        '',
        'Merge order: merge this pull request first, then the source-git pull request (its ' +
            '`srcgit/dist-git-merged` status stays pending until then). srcgit updates this pull request on every ' +
            'push to the source-git pull request and closes it when that one is closed without merging.',
        '',
        `Source-git commit: ${commitText(sourceGit, options.headCommit)}`,
        '',
        prMarker({
            sourceGit: sourceGit ?? shownUrl(options.sourceGitUrl),
            commit: options.headCommit,
            pullRequest: options.pullRequest,
        }),
        '',
    ].join('\n');
}
/** The preview commit's message; the trailer lets later runs tell srcgit's commit from a maintainer's. */
function previewCommitMessage(options) {
    return addTrailer(`Preview of source-git PR #${options.pullRequest}\n\n${options.title.replace(/\s+/g, ' ').trim()}\n\n${COMMIT_AUTHORED_BY}`, FROM_SOURCE_GIT_TOKEN, options.headCommit);
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


/***/ })

};
