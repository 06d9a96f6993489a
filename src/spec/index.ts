export { SpecFile, SpecError, isPatchComment } from './spec-file.js'
export type {
  SpecValue,
  SourceEntry,
  AddPatchOptions,
  ChangelogEntryOptions,
  SpecFileOptions,
} from './spec-file.js'
export type { ParseOptions } from './parse.js'
export type { ParsedSpec, Tag, Section, MacroDefinitionSite, Activity } from './model.js'
export type { Expansion, Unresolved } from './macros.js'
export { analyzePrep, isPatchApplied, unappliedPatchWarnings } from './prep.js'
export type { PrepAnalysis, PatchApplication } from './prep.js'
export { sanitizeChangelogText, formatChangelogDate, detectChangelogStyle } from './changelog.js'
export { rpmvercmp } from './rpmvercmp.js'
export {
  toRpmVersion,
  checkRpmVersion,
  rpmVersionProblem,
  DEFAULT_PRERELEASE_SUFFIX_PATTERN,
} from './version.js'
export { decodeSpecText } from './lines.js'
export { rpmspecAvailable, rpmspecParse, rpmspecQuery } from './rpmspec.js'
export { withChangelogOf } from './merge.js'
