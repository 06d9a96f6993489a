/**
 * The macros a dist-git branch builds with, so a spec is read (and edited) in the `%if`
 * branch rpm takes there: `%fedora` and `%dist` on Fedora branches, `%rhel`, `%epel` and
 * `%dist` on EPEL ones, then Packit's `parse_time_macros` on top (null undefines).
 */

/**
 * The Fedora release rawhide (and main) builds as when nothing says otherwise. Rawhide's
 * number moves at each branching; set `parse_time_macros: {fedora: N}` to override.
 */
export const RAWHIDE_FEDORA = 44

export interface BranchMacroOptions {
  /** Rawhide's Fedora number (e.g. from Bodhi); RAWHIDE_FEDORA when not given. */
  rawhide?: number
  /** Packit's parse_time_macros: added, or with null removed, after the branch's own. */
  parseTimeMacros?: Record<string, string | null>
}

/** What the buildroot of `branch` defines; unknown branches (c10s, private ones) define nothing. */
function branchDefaults(branch: string, rawhide: number): Record<string, string> {
  const fedora = branch === 'rawhide' || branch === 'main' ? rawhide : /^f(\d+)$/.exec(branch)?.[1]
  if (fedora !== undefined) return { fedora: String(fedora), dist: `.fc${fedora}` }
  // epel9 (.el9), epel10.1 (.el10_1, as EPEL 10's minor branches build); the dotless epel10
  // builds as its leading minor, which only Bodhi knows: .el10 here, %rhel is what specs test.
  const epel = /^epel(\d+)(?:\.(\d+))?(-next)?$/.exec(branch)
  if (epel) {
    const [, major, minor] = epel
    return { rhel: major, epel: major, dist: minor === undefined ? `.el${major}` : `.el${major}_${minor}` }
  }
  return {}
}

/** The predefined macros to parse a spec of `branch` with (SpecFile.parse's `predefined`). */
export function branchMacros(branch: string, options: BranchMacroOptions = {}): Record<string, string> {
  // A Map, then fromEntries: a configured name such as `__proto__` stays a plain key.
  const macros = new Map(Object.entries(branchDefaults(branch, options.rawhide ?? RAWHIDE_FEDORA)))
  for (const [name, value] of Object.entries(options.parseTimeMacros ?? {})) {
    if (value === null) macros.delete(name)
    else macros.set(name, value)
  }
  return Object.fromEntries(macros)
}
