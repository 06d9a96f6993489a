import { expect } from '@jest/globals'
import { parseConfigText } from '../../../src/config/index.js'
import type { Diagnostic, ParseContext, ParseResult, ResolvedConfig } from '../../../src/config/index.js'

/** YAML text from lines, so that a row's index + 1 is its line number in diagnostics. */
export const lines = (...rows: string[]): string => rows.join('\n') + '\n'

export const DEFAULT_CONTEXT: ParseContext = { repoName: 'demo' }

export function parse(
  text: string,
  file = '.packit.yaml',
  context: ParseContext = DEFAULT_CONTEXT,
): ParseResult {
  return parseConfigText(text, file, context)
}

export function errorsOf(result: ParseResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === 'error')
}

export function warningsOf(result: ParseResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === 'warning')
}

/** Parse text that must be valid; fails the test with the diagnostics otherwise. */
export function resolve(
  text: string,
  file = '.packit.yaml',
  context: ParseContext = DEFAULT_CONTEXT,
): ResolvedConfig {
  const result = parse(text, file, context)
  expect(errorsOf(result)).toEqual([])
  expect(result.config).toBeDefined()
  return result.config as ResolvedConfig
}

/** The only error of a text that must have exactly one. */
export function singleError(
  text: string,
  file = '.packit.yaml',
  context: ParseContext = DEFAULT_CONTEXT,
): Diagnostic {
  const errors = errorsOf(parse(text, file, context))
  expect(errors).toHaveLength(1)
  return errors[0]
}

/** Line, column, code and path of a diagnostic, for compact assertions. */
export function where(d: Diagnostic): { line?: number; column?: number; code: string; path: string } {
  return { line: d.line, column: d.column, code: d.code, path: d.path }
}
