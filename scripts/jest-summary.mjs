// The counts of a jest --json report in jest's own words and order (@jest/reporters getSummary),
// so the last line of `npm test` says what jest's "Tests:" and "Test Suites:" lines say.
import path from 'node:path'

const counts = (parts, total) =>
  [...parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`), `${total} total`].join(', ')

/** "Tests: 8 failed, 1190 passed, 1198 total; Test Suites: 2 failed, 98 passed, 100 total". */
export function summaryLine(report) {
  const tests = counts(
    [
      [report.numFailedTests, 'failed'],
      [report.numPendingTests, 'skipped'],
      [report.numTodoTests, 'todo'],
      [report.numPassedTests, 'passed'],
    ],
    report.numTotalTests,
  )
  const run = report.numFailedTestSuites + report.numPassedTestSuites
  const suites = counts(
    [
      [report.numFailedTestSuites, 'failed'],
      [report.numPendingTestSuites, 'skipped'],
      [report.numPassedTestSuites, 'passed'],
    ],
    run === report.numTotalTestSuites ? report.numTotalTestSuites : `${run} of ${report.numTotalTestSuites}`,
  )
  return `Tests: ${tests}; Test Suites: ${suites}`
}

/** The failed test files, relative to `root`, those that could not run marked so. */
export function failedFiles(report, root) {
  return report.testResults
    .filter((r) => r.status === 'failed')
    .map((r) => {
      const file = path.relative(root, r.name)
      const failing = r.assertionResults.filter((a) => a.status === 'failed').length
      return failing > 0 ? `${file} (${failing} failed)` : `${file} (could not run)`
    })
}

/** True when the report has a failure jest counts: a failed test or a suite that failed. */
export const reportFailed = (report) => report.numFailedTests > 0 || report.numFailedTestSuites > 0
