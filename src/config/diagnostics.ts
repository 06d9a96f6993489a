/**
 * Diagnostics: what went wrong (or looks suspicious) in a configuration file, where, and how to fix it.
 * Every problem found while loading a config becomes one of these, so callers can print them all at once
 * instead of fixing one error per run.
 */

import { registerUserError } from '../runtime/user-errors.js'

export type Severity = 'error' | 'warning'

/** Machine-readable kind of a diagnostic; tests and tools match on this rather than on message text. */
export type DiagnosticCode =
  | 'yaml-syntax'
  | 'unknown-alias'
  | 'not-a-mapping'
  | 'unknown-key'
  | 'removed-key'
  | 'deprecated-key'
  | 'ignored-key'
  | 'wrong-type'
  | 'invalid-value'
  | 'missing-key'
  | 'unknown-job'
  | 'removed-job'
  | 'unknown-trigger'
  | 'unknown-action'
  | 'invalid-regex'
  | 'undefined-package'
  | 'metadata-conflict'
  | 'spec-search'
  | 'no-package-name'
  | 'config-not-found'
  | 'multiple-configs'
  | 'yaml-1.1-boolean'
  | 'yaml-1.1-value'
  | 'yaml-tag'
  | 'multiple-documents'
  | 'duplicate-key'
  | 'alias-expansion'
  | 'yaml-nesting'
  | 'shadowed-key'
  | 'coerced-value'
  | 'no-specfile'

export interface Position {
  /** 1-based line number. */
  line: number
  /** 1-based column number. */
  column: number
}

export interface Diagnostic {
  severity: Severity
  code: DiagnosticCode
  /** The config file, relative to the repository when it is inside it (e.g. `.packit.yaml`). */
  file: string
  /** 1-based; absent only for problems about the file as a whole (not found, several found). */
  line?: number
  /** 1-based; present whenever `line` is. */
  column?: number
  /** Key path inside the config, e.g. `jobs[2].dist_git_branches`; empty for the whole document. */
  path: string
  /** Complete sentence-like message, without the location prefix. */
  message: string
  /** What would have been accepted, e.g. "a string" or "one of: release, pull_request". */
  expected: string
  /** A concrete fix, e.g. `did you mean "dist_git_branches"?`. */
  suggestion?: string
}

export interface DiagnosticInit {
  code: DiagnosticCode
  path: string
  message: string
  expected: string
  position?: Position
  suggestion?: string
}

export function makeError(file: string, init: DiagnosticInit): Diagnostic {
  return make('error', file, init)
}

export function makeWarning(file: string, init: DiagnosticInit): Diagnostic {
  return make('warning', file, init)
}

/** Longest message (and suggestion): echoed values are cut already, this bounds deep key paths. */
const MAX_MESSAGE_LENGTH = 400

function make(severity: Severity, file: string, init: DiagnosticInit): Diagnostic {
  const diagnostic: Diagnostic = {
    severity,
    code: init.code,
    file,
    path: init.path,
    message: cut(init.message, MAX_MESSAGE_LENGTH),
    expected: cut(init.expected, MAX_MESSAGE_LENGTH),
  }
  if (init.position) {
    diagnostic.line = init.position.line
    diagnostic.column = init.position.column
  }
  if (init.suggestion) diagnostic.suggestion = cut(init.suggestion, MAX_MESSAGE_LENGTH)
  return diagnostic
}

/** Longest piece of user input a message repeats; longer values are cut with an ellipsis. */
export const MAX_ECHO_LENGTH = 80

/** `value` cut to MAX_ECHO_LENGTH characters (the last one an ellipsis). */
export function cut(value: string, max = MAX_ECHO_LENGTH): string {
  if (value.length <= max) return value
  // Cut by code points, so that an emoji is never split in half.
  const chars = [...value.slice(0, 2 * max)]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value
}

/**
 * User input for a message: cut, in double quotes, with newlines and other control characters
 * escaped so that a diagnostic stays on one line.
 */
export function quote(value: string, max = MAX_ECHO_LENGTH): string {
  return JSON.stringify(cut(value, max))
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Stable order for printing: by file, then position; whole-file diagnostics first. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  )
}

const GUTTER_WIDTH = 5

/**
 * One diagnostic as a compiler-style message, with the offending source line and a caret when the
 * source text is given:
 *
 *     .packit.yaml:12:5: error: unknown key "dist_git_branchs" in jobs[0]; did you mean "dist_git_branches"?
 *        12 |     dist_git_branchs: [fedora-all]
 *           |     ^
 */
export function formatDiagnostic(diagnostic: Diagnostic, sourceText?: string): string {
  const location =
    diagnostic.line === undefined
      ? diagnostic.file
      : `${diagnostic.file}:${diagnostic.line}:${diagnostic.column ?? 1}`
  const suggestion = diagnostic.suggestion ? `; ${diagnostic.suggestion}` : ''
  const headline = `${location}: ${diagnostic.severity}: ${diagnostic.message}${suggestion}`
  if (sourceText === undefined || diagnostic.line === undefined) return headline
  const lineText = sourceText.split(/\r?\n/)[diagnostic.line - 1]
  if (lineText === undefined) return headline
  // Keep tabs in the caret line so the caret stays under the right character in a terminal.
  const column = diagnostic.column ?? 1
  const caretIndent = lineText.slice(0, column - 1).replace(/[^\t]/g, ' ')
  const gutter = String(diagnostic.line).padStart(GUTTER_WIDTH)
  const emptyGutter = ' '.repeat(GUTTER_WIDTH)
  return `${headline}\n${gutter} | ${lineText}\n${emptyGutter} | ${caretIndent}^`
}

/** "2 errors in .packit.yaml", "1 error and 1 warning in .packit.yaml", "no problems in .packit.yaml". */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[], file: string): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.length - errors
  const parts: string[] = []
  if (errors > 0) parts.push(plural(errors, 'error'))
  if (warnings > 0) parts.push(plural(warnings, 'warning'))
  return `${parts.length > 0 ? parts.join(' and ') : 'no problems'} in ${file}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** All diagnostics, formatted with source lines, followed by the one-line summary. */
export function formatReport(diagnostics: readonly Diagnostic[], file: string, sourceText?: string): string {
  const blocks = sortDiagnostics(diagnostics).map((d) =>
    formatDiagnostic(d, d.file === file ? sourceText : undefined),
  )
  return [...blocks, summarizeDiagnostics(diagnostics, file)].join('\n')
}

/** Thrown by `loadConfig` when the configuration has at least one error; the message lists them all. */
export class ConfigError extends Error {
  readonly diagnostics: Diagnostic[]
  readonly file: string
  readonly sourceText: string | undefined

  constructor(diagnostics: Diagnostic[], file: string, sourceText?: string) {
    super(formatReport(diagnostics, file, sourceText))
    this.name = 'ConfigError'
    this.diagnostics = diagnostics
    this.file = file
    this.sourceText = sourceText
  }
}
registerUserError(ConfigError)
