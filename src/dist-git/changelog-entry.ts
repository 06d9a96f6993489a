/**
 * The text and author of the %changelog entry added to the dist-git spec (Packit §4.6,
 * `ChangelogHelper.get_changelog_entry`). Escaping `%` and leading `*` for rpm is the spec editor's
 * job (`sanitizeChangelogText`), not done here.
 *
 * Deliberate differences from Packit:
 * - Output that is only whitespace (from the action or as release description) counts as none.
 * - A release description is normalised to `\n` line ends (GitHub stores `\r\n`) and loses leading
 *   empty lines; Packit copies it verbatim.
 * - Author: specfile's guess_packager also asks rpm for `%packager` and falls back to the Unix
 *   user; neither makes sense on a CI runner, so see {@link changelogAuthor}.
 */

export interface ChangelogEntryOptions {
  /** Upstream version (as tagged, not the `~` form). */
  version: string
  /** Outputs of the `changelog-entry` action, one per command; undefined when there is no action. */
  actionOutput?: string[]
  /** Body of the forge release for the tag. */
  releaseDescription?: string
  /** `copy_upstream_release_description`. */
  copyReleaseDescription: boolean
  /** e.g. `rhbz#2345678` */
  resolvedBugs?: string[]
}

function rstrip(text: string): string {
  return text.replace(/\s+$/, '')
}

/**
 * The entry text: the action's output (each command's output right-stripped, joined by newlines)
 * or `- Update to version <version>`; the release description instead when copying is enabled and
 * it is not empty; then, only when there was no action output, one `- Resolves: <bug>` line per bug.
 */
export function changelogEntryText(options: ChangelogEntryOptions): string {
  const fromAction = rstrip((options.actionOutput ?? []).map(rstrip).join('\n'))
  let text = fromAction || `- Update to version ${options.version}`
  if (options.copyReleaseDescription) {
    const description = rstrip((options.releaseDescription ?? '').replace(/\r\n?/g, '\n')).replace(
      /^\s*\n/,
      '',
    )
    if (description) text = description
  }
  if (!fromAction) {
    for (const bug of options.resolvedBugs ?? []) text += `\n- Resolves: ${bug}`
  }
  return rstrip(text)
}

/** Author used when neither $RPM_PACKAGER nor a complete git identity is available. */
export const DEFAULT_CHANGELOG_AUTHOR = 'srcgit <srcgit@users.noreply.github.com>'

/**
 * The changelog entry author, in the order of specfile's guess_packager: `$RPM_PACKAGER` when set
 * and not blank; else the git identity `Name <email>` when both name and email are known; else
 * {@link DEFAULT_CHANGELOG_AUTHOR}. A half identity (only a name or only an email, as on an
 * unconfigured runner) is not used: Fedora's changelog lines carry both.
 */
export function changelogAuthor(
  env: Record<string, string | undefined>,
  gitName?: string,
  gitEmail?: string,
): string {
  const packager = env.RPM_PACKAGER?.trim()
  if (packager) return packager
  const name = gitName?.trim()
  const email = gitEmail?.trim()
  if (name && email) return `${name} <${email}>`
  return DEFAULT_CHANGELOG_AUTHOR
}
