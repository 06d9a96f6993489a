/**
 * Upstream version → RPM Version, as Packit's `update_version` does for pre-releases, and
 * the one check of what srcgit writes into Version and Release.
 */
import { clip, SpecError } from './errors.js'

export const DEFAULT_PRERELEASE_SUFFIX_PATTERN = '([.\\-_~^]?)(alpha|beta|rc|pre(view)?)([.\\-_]?\\d+)?'

/** Besides ASCII letters and digits, what rpm's ALLOWED_CHARS_VERREL allows (build/rpmbuild_internal.hh). */
const RPM_ALLOWED = '._+%{}~^'

/** rpm allows these for macros; in a value srcgit writes as is they would start one (`%(...)` runs a shell). */
const MACRO_CHARS = '%{}'

const list = (chars: string[]) =>
  chars
    .slice(0, 8)
    .map((c) => JSON.stringify(c))
    .join(', ') + (chars.length > 8 ? ', …' : '')

/**
 * Why `value` cannot be written as the literal value of `field`, or undefined when it can.
 * Follows rpmCharCheck (build/parsePreamble.cc): only ASCII letters and digits (rpm's
 * risalnum is ASCII-only) and `._+~^`, no `..`, not empty; plus no macro characters.
 */
export function rpmVersionProblem(
  value: string,
  field: 'Version' | 'Release' = 'Version',
): string | undefined {
  const label = `${field === 'Version' ? 'version' : 'release'} ${clip(JSON.stringify(value))}`
  if (value === '') return `${field} cannot be empty`
  const odd = [...new Set([...value].filter((c) => !/^[A-Za-z0-9]$/.test(c)))]
  const refused = odd.filter((c) => !RPM_ALLOWED.includes(c))
  if (refused.length > 0) {
    const dash = refused.includes('-')
      ? ` ("-" separates Version from Release${field === 'Version' ? '; a pre-release suffix such as -rc1 becomes ~rc1' : ''})`
      : ''
    return (
      `${label} has ${list(refused)}, which rpm refuses in ${field}${dash}: ` +
      `rpm accepts only ASCII letters, digits and . _ + ~ ^ there`
    )
  }
  const macro = odd.filter((c) => MACRO_CHARS.includes(c))
  if (macro.length > 0)
    return `${label} has ${list(macro)}, which would start a macro in ${field}: srcgit writes it as literal text`
  if (value.includes('..')) return `${label} has "..", which rpm refuses in ${field}`
  return undefined
}

const HINTS = {
  Version: 'use a version without them (for a release tag, check upstream_tag_template)',
  Release: 'use a release without them',
}

/** Throws a SpecError saying why (and how to fix it) when rpm would refuse `value` in `field`. */
export function checkRpmVersion(
  value: string,
  field: 'Version' | 'Release' = 'Version',
  madeFrom?: string,
): void {
  const problem = rpmVersionProblem(value, field)
  if (!problem) return
  const from =
    madeFrom !== undefined && madeFrom !== value ? ` (made from ${clip(JSON.stringify(madeFrom))})` : ''
  throw new SpecError(`${problem}${from}; ${HINTS[field]}`)
}

/**
 * Replaces the delimiter before a pre-release suffix with `~` so rpm sorts it before the
 * final release (`1.2.0-rc1` → `1.2.0~rc1`). `pattern` is Packit's prerelease_suffix_pattern
 * (its first group captures the delimiter); null disables the conversion. Throws a
 * SpecError when the result is not a version rpm accepts (Packit would write it and let
 * the build fail): `v1.2;rm`, `1,2`, `1.2-3`.
 */
export function toRpmVersion(
  version: string,
  pattern: string | null = DEFAULT_PRERELEASE_SUFFIX_PATTERN,
): { version: string; prerelease: boolean } {
  const result = convert(version, pattern)
  checkRpmVersion(result.version, 'Version', version)
  return result
}

function convert(version: string, pattern: string | null): { version: string; prerelease: boolean } {
  if (pattern === null || pattern === '') return { version, prerelease: false }
  const m = new RegExp(`^(.*?)${pattern}$`, 'id').exec(version)
  if (!m?.indices?.[2]) return { version, prerelease: false }
  const [delimStart, delimEnd] = m.indices[2]
  return { version: version.slice(0, delimStart) + '~' + version.slice(delimEnd), prerelease: true }
}
