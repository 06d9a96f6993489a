/**
 * A generated patch that changes only CI files (the workflow `srcgit init --ci` writes, or
 * any other GitHub/GitLab CI configuration) would ship the source-git repository's CI setup
 * as a Fedora patch: the run warns, naming the commits and the paths to ignore. Pure.
 */

/** Paths of CI configuration: GitHub's `.github/` and GitLab's `.gitlab-ci.yml` and `.gitlab/`. */
export const CI_PATHS = ['.github/', '.gitlab-ci.yml', '.gitlab/'] as const

export function isCiPath(file: string): boolean {
  return CI_PATHS.some((p) => (p.endsWith('/') ? file.startsWith(p) || file === p.slice(0, -1) : file === p))
}

/** The CI path a file falls under, as patch_generation_ignore_paths should list it. */
function ciIgnorePath(file: string): string {
  return CI_PATHS.find((p) => (p.endsWith('/') ? file.startsWith(p) : file === p))!.replace(/\/$/, '')
}

function unquote(p: string): string {
  return p.startsWith('"') && p.endsWith('"') ? p.slice(1, -1) : p
}

/**
 * The files a `git format-patch` patch (a/ and b/ prefixes) changes: both sides of each
 * `diff --git` line, so a rename out of `.github/` counts as touching a non-CI path.
 */
export function patchFiles(content: string): string[] {
  const files = new Set<string>()
  for (const line of content.split('\n')) {
    const m = /^diff --git ("?a\/.*?"?) ("?b\/.*"?)$/.exec(line)
    if (!m) continue
    for (const side of [m[1], m[2]]) files.add(unquote(side).slice(2))
  }
  return [...files]
}

export interface PatchFiles {
  name: string
  files: readonly string[]
  commits: readonly { sha: string; subject: string }[]
}

/** One warning per patch whose files are all CI files, naming its commits and the fix. */
export function ciOnlyPatchWarnings(patches: readonly PatchFiles[], configFile: string): string[] {
  const warnings: string[] = []
  for (const patch of patches) {
    if (patch.files.length === 0 || !patch.files.every(isCiPath)) continue
    const paths = [...new Set(patch.files.map(ciIgnorePath))]
    const commits = patch.commits.map((c) => `${c.sha.slice(0, 12)} ("${c.subject}")`).join(', ')
    warnings.push(
      `patch ${patch.name} from commit ${commits} changes only CI files (${patch.files.join(', ')}), ` +
        `which would ship as a Fedora patch: add ${paths.map((p) => `"${p}"`).join(', ')} to ` +
        `patch_generation_ignore_paths in ${configFile}`,
    )
  }
  return warnings
}
