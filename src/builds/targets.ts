/**
 * Koji names for dist-git branches (reference §4.2 item 7, Packit's KojiHelper
 * get_build_target_name): `rawhide` (and `main`) build in target `rawhide`, every other branch
 * in `<branch>-candidate`.
 */

export function kojiTargetName(branch: string): string {
  return branch === 'rawhide' || branch === 'main' ? 'rawhide' : `${branch}-candidate`
}

/**
 * The Fedora number a rawhide build gets (%fedora, `.fcNN`), from the rawhide target's build
 * tag (`f46-build`); undefined when the tag does not say.
 */
export function fedoraNumberOfBuildTag(buildTag: string): number | undefined {
  const match = /^f(\d+)(?:-|$)/.exec(buildTag)
  return match ? Number(match[1]) : undefined
}

/** `git+https://src.fedoraproject.org/rpms/<pkg>.git#<sha>`: what Koji builds (Packit's DistGit.build). */
export function scmSource(cloneUrl: string, sha: string): string {
  const url = cloneUrl.replace(/\/+$/, '')
  return `git+${url.endsWith('.git') ? url : `${url}.git`}#${sha}`
}

/** The commit a Koji SCM source names (`...#<sha>`), lower-cased; undefined for other sources. */
export function scmSourceCommit(source: unknown): string | undefined {
  if (typeof source !== 'string') return undefined
  const match = /#([0-9a-f]{40}|[0-9a-f]{64})$/i.exec(source.trim())
  return match ? match[1].toLowerCase() : undefined
}
