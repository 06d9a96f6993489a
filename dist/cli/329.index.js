export const id = 329;
export const ids = [329];
export const modules = {

/***/ 78329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ failedOutputs),
/* harmony export */   MR: () => (/* binding */ runOutputs),
/* harmony export */   Np: () => (/* binding */ runFailed),
/* harmony export */   RI: () => (/* binding */ branchLabel),
/* harmony export */   ke: () => (/* binding */ formatOutcome),
/* harmony export */   xS: () => (/* binding */ operationText),
/* harmony export */   yo: () => (/* binding */ markdownSummary)
/* harmony export */ });
/* unused harmony exports MAX_DIFF_CHARS, summaryOf */
const PRECEDENCE = ['failed', 'skipped', 'created', 'updated', 'closed', 'unchanged'];
function runOutputs(result) {
    const list = result.outcomes.map((o) => ({
        ...(o.package ? { package: o.package } : {}),
        branch: o.branch,
        url: o.url ?? null,
        operation: o.operation,
        reason: o.reason ?? null,
    }));
    const operation = PRECEDENCE.find((op) => result.outcomes.some((o) => o.operation === op)) ?? 'unchanged';
    return { 'pull-requests': JSON.stringify(list), version: result.version, operation };
}
/** Outputs of a run that failed before any branch was reached. */
function failedOutputs(version) {
    return { 'pull-requests': '[]', version: version ?? '', operation: 'failed' };
}
/** One line per branch for logs: `rawhide: created <url> (reason)`; `pkg rawhide: ...` with several packages. */
function formatOutcome(o) {
    return `${branchLabel(o)}: ${operationText(o)}${o.url ? ` ${o.url}` : ''}${o.reason ? ` (${o.reason})` : ''}`;
}
const PLANNED = {
    created: 'would create',
    updated: 'would update',
    closed: 'would close',
};
/** The operation as people read it: a dry run's "would create" rather than "created". */
function operationText(o) {
    return (o.dryRun && PLANNED[o.operation]) || o.operation;
}
/** Diffs longer than this are cut (GitHub caps a step summary at 1 MiB). */
const MAX_DIFF_CHARS = 60_000;
const ICON = {
    created: '🆕',
    updated: '🔄',
    unchanged: '✅',
    skipped: '⏭️',
    failed: '❌',
    closed: '🚪',
};
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The job summary: a table of branches, then per proposal its diffstat and diff. */
function markdownSummary(result, mode) {
    return summaryOf(`srcgit propose-downstream: ${result.tag} (version ${result.version})`, result, mode);
}
/** The same summary under another heading (previews of source-git pull requests). */
function summaryOf(heading, result, mode) {
    const lines = [
        `## ${heading}${mode ? `, ${mode}` : ''}`,
        '',
        '| branch | operation | pull request | reason |',
        '| --- | --- | --- | --- |',
    ];
    for (const o of result.outcomes)
        lines.push(row(o));
    for (const p of result.proposals) {
        const diff = p.diff.length > MAX_DIFF_CHARS
            ? `${p.diff.slice(0, MAX_DIFF_CHARS)}\n... (${p.diff.length - MAX_DIFF_CHARS} more characters; see the pull request)`
            : p.diff;
        lines.push('', `### ${branchLabel(p)}: ${p.title}`, '', '```', p.diffstat.trimEnd(), '```', '', '<details><summary>dist-git diff</summary>', '', 
        // A fence longer than any backtick run in the diff keeps it one block.
        fence(diff) + 'diff', diff.trimEnd(), fence(diff), '', '</details>');
    }
    return lines.join('\n') + '\n';
}
/** The branch, with its package when a run proposes to several. */
function branchLabel(o) {
    return o.package ? `${o.package} ${o.branch}` : o.branch;
}
function row(o) {
    return `| ${cell(branchLabel(o))} | ${ICON[o.operation]} ${operationText(o)} | ${o.url ? `[${prLabel(o.url)}](${o.url})` : ''} | ${cell(o.reason ?? '')} |`;
}
/** `#<n>` for a dist-git PR URL, Pagure's `/pull-request/<n>` or Forgejo's `/pulls/<n>`; else the URL. */
function prLabel(url) {
    const number = /\/(?:pull-request|pulls)\/(\d+)$/.exec(url)?.[1];
    return number ? `#${number}` : url;
}
function fence(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    return '`'.repeat(longest + 1);
}
/** A run failed when a branch failed, or when branches were left to someone else's commits and nothing else happened. */
function runFailed(outcomes, force) {
    if (outcomes.some((o) => o.operation === 'failed'))
        return true;
    const blocked = outcomes.some((o) => o.operation === 'skipped' && o.reason?.startsWith('branch modified by'));
    const acted = outcomes.some((o) => o.operation === 'created' || o.operation === 'updated');
    return blocked && !acted && !force;
}


/***/ })

};
