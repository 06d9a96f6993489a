/**
 * Repository configuration: Packit-compatible `.distro/source-git.yaml` / `.packit.yaml`, validated
 * with positioned diagnostics and resolved into one typed configuration per package and job.
 */

export { loadConfig, parseConfigText, repositoryName } from './load.js'
export type { LoadOptions, ParseContext, ParseResult } from './load.js'
export {
  ConfigError,
  formatDiagnostic,
  formatReport,
  hasErrors,
  sortDiagnostics,
  summarizeDiagnostics,
} from './diagnostics.js'
export type { Diagnostic, DiagnosticCode, Position, Severity } from './diagnostics.js'
export {
  configSummaryToYaml,
  configToJson,
  configToPlain,
  configToSummaryPlain,
  configToYaml,
} from './output.js'
export {
  CONFIG_FILE_NAMES,
  chooseConfigFile,
  listSpecFiles,
  remoteRepoName,
  repoDirForConfigFile,
  repoNameFromUrl,
} from './files.js'
export { compilePythonRegex, pythonRegexProblem, translatePythonRegex } from './regex.js'
export type { TranslatedRegex } from './regex.js'
export {
  DEFAULT_JOBS,
  DEFAULT_PRERELEASE_SUFFIX_PATTERN,
  DIST_GIT_INSTANCES,
  isSourceGitConfigFile,
  normalizeSpecSourceId,
  SOURCE_GIT_CONFIG_FILE,
} from './resolve.js'
export {
  BODHI_UPDATE,
  jobViews,
  JobViewError,
  KOJI_BUILD,
  PROPOSE_DOWNSTREAM,
  singleJobView,
  SYNC_FROM_DOWNSTREAM,
  PULL_FROM_UPSTREAM,
} from './views.js'
export type { JobSelector, JobView, JobViewSelection } from './views.js'
export { ACTION_NAMES, JOB_TYPES, PACKAGE_KEYS, TRIGGERS } from './schema.js'
export { closestMatch, didYouMean, editDistance } from './suggest.js'
export type {
  ActionCommand,
  ActionName,
  FilesToSyncItem,
  JobConfig,
  JobType,
  Notifications,
  PackageConfig,
  Requirements,
  ResolvedConfig,
  SourceItem,
  Trigger,
} from './types.js'
