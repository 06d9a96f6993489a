/** Upstream version → RPM Version, as Packit's `update_version` does for pre-releases. */

export const DEFAULT_PRERELEASE_SUFFIX_PATTERN = '([.\\-_~^]?)(alpha|beta|rc|pre(view)?)([.\\-_]?\\d+)?'

/**
 * Replaces the delimiter before a pre-release suffix with `~` so rpm sorts it before the
 * final release (`1.2.0-rc1` → `1.2.0~rc1`). `pattern` is Packit's prerelease_suffix_pattern
 * (its first group captures the delimiter); null disables the conversion.
 */
export function toRpmVersion(
  version: string,
  pattern: string | null = DEFAULT_PRERELEASE_SUFFIX_PATTERN,
): { version: string; prerelease: boolean } {
  if (pattern === null || pattern === '') return { version, prerelease: false }
  const m = new RegExp(`^(.*?)${pattern}$`, 'id').exec(version)
  if (!m?.indices?.[2]) return { version, prerelease: false }
  const [delimStart, delimEnd] = m.indices[2]
  return { version: version.slice(0, delimStart) + '~' + version.slice(delimEnd), prerelease: true }
}
