/**
 * Macros from Fedora's standard macro packages that Source lines use, written out from what
 * their packages document and do (the macro files themselves are Lua or shell, which srcgit
 * does not run). Each fact names where it comes from. They apply only where the spec does not
 * define the macro itself; anything outside what is written here stays unresolved, with a
 * reason naming the macro.
 */

/** What a standard macro may ask of the expander that meets it. */
export interface StandardContext {
  /** Expands text with the macros known at this point (unresolved parts are recorded). */
  expand(text: string): string
  defined(name: string): boolean
  /** Records `construct` as unresolved for `reason`; returns the construct. */
  miss(construct: string, reason: string): string
}

/** Macros called with arguments (`%{crates_source foo 1.0}` or bare `%pypi_source foo` to the end of the line). */
const PARAMETRIC = new Set(['pypi_source', 'crates_source', 'version_no_tilde'])

export function isStandardParametric(name: string): boolean {
  return PARAMETRIC.has(name)
}

/** The first of `names` the spec defines, expanded; undefined when none is. */
function firstDefined(ctx: StandardContext, names: string[]): string | undefined {
  const name = names.find((n) => ctx.defined(n))
  return name === undefined ? undefined : ctx.expand(`%{${name}}`)
}

/**
 * python-rpm-macros' `%pypi_source [name [version [extension]]]` (macros.python-srpm, Lua):
 * the sdist URL on files.pythonhosted.org. Name defaults to %srcname, %pypi_name, %name;
 * version to %version; extension to tar.gz.
 */
function pypiSource(args: string, ctx: StandardContext): string {
  const [given, version, extension] = args.trim().split(/\s+/).filter(Boolean)
  const src =
    given ?? firstDefined(ctx, ['srcname', 'pypi_name', 'name']) ?? ctx.miss('%pypi_source', 'no %name')
  const ver = version ?? ctx.expand('%{version}')
  return `https://files.pythonhosted.org/packages/source/${src.charAt(0)}/${src}/${src}-${ver}.${extension ?? 'tar.gz'}`
}

/**
 * rust-packaging's `%crates_source [crate [version]]` (macros.rust-srpm, Lua; rust2rpm's
 * data/macros.rust-srpm): `%{__crates_url}<crate>/<version>/download#/<crate>-<version>.crate`
 * with `%__crates_url https://crates.io/api/v1/crates/`. The crate defaults to %crate, then
 * %name; the version to %crate_version, then %version, with `~` written as `-`.
 */
function cratesSource(args: string, ctx: StandardContext): string {
  const [given, version] = args.trim().split(/\s+/).filter(Boolean)
  const crate =
    given ?? firstDefined(ctx, ['crate', 'name']) ?? ctx.miss('%crates_source', 'no %crate or %name')
  const ver = (
    version ??
    firstDefined(ctx, ['crate_version', 'version']) ??
    ctx.expand('%{version}')
  ).replace(/~/g, '-')
  const base = firstDefined(ctx, ['__crates_url']) ?? 'https://crates.io/api/v1/crates/'
  return `${base}${crate}/${ver}/download#/${crate}-${ver}.crate`
}

/**
 * `%version_no_tilde [separator [version]]` (Lua, rust2rpm's data/macros.rust-srpm, now in
 * Fedora's common macros; systemd and podman name their archives with it): the version
 * (default %version) with every `~` replaced by the separator (default `-`).
 */
function versionNoTilde(args: string, ctx: StandardContext): string {
  const [separator, version] = args.trim().split(/\s+/).filter(Boolean)
  return (version ?? ctx.expand('%{version}')).replace(/~/g, separator ?? '-')
}

/**
 * KDE's version macros (macros.kf6 of Fedora's kf6 package): %maj_ver/%min_ver/%bug_ver_kf6 are
 * the first three dot-separated fields of %version; %stable_kf6 is `unstable` when bug_ver >= 50
 * or the version is 5.x with x >= 90 (the pre-releases of 6), else `stable`; %majmin_ver_kf6 is
 * maj.min, or maj.min.bug for an unstable one. The kf6 changelog says these were copied from
 * kf5's and then fixed for 6's pre-releases, so %..._kf5 here use the bug_ver >= 50 rule alone.
 */
function kdeVersionMacro(name: string, ctx: StandardContext): string | undefined {
  const m = /^(maj_ver|min_ver|bug_ver|stable|majmin_ver)_kf[56]$/.exec(name)
  if (!m) return undefined
  const version = ctx.expand('%{version}')
  const fields = /^(\d+)\.(\d+)\.(\d+)(?:\.|$)/.exec(version)
  if (!fields)
    return ctx.miss(
      `%{${name}}`,
      `%${name} (KDE's macros) needs a Version of three numbers, not "${version}"; write the directory in Source0`,
    )
  const [maj, min, bug] = [fields[1], fields[2], fields[3]]
  const kf6 = name.endsWith('kf6')
  const unstable = Number(bug) >= 50 || (kf6 && Number(maj) === 5 && Number(min) >= 90)
  switch (m[1]) {
    case 'maj_ver':
      return maj
    case 'min_ver':
      return min
    case 'bug_ver':
      return bug
    case 'stable':
      return unstable ? 'unstable' : 'stable'
    default:
      return unstable ? `${maj}.${min}.${bug}` : `${maj}.${min}`
  }
}

/**
 * The value of standard macro `name` called with `args` (undefined args: called without), or
 * undefined when `name` is not one this module knows. Only asked for names the spec leaves undefined.
 */
export function standardMacro(
  name: string,
  args: string | undefined,
  ctx: StandardContext,
): string | undefined {
  if (name === 'pypi_source') return pypiSource(args ?? '', ctx)
  if (name === 'crates_source') return cratesSource(args ?? '', ctx)
  if (name === 'version_no_tilde') return versionNoTilde(args ?? '', ctx)
  if (args === undefined) return kdeVersionMacro(name, ctx)
  return undefined
}

/** The variables a `%forgemeta`/`%gometa` line defines (name -> body, expanded on use), or why not. */
export type MetaDefinitions = { definitions: Record<string, string> } | { refusal: string }

/** Forges redhat-rpm-config's forge.lua knows by host, with the variables it sets for each. */
function forgeOf(host: string): 'github' | 'gitlab' | 'code.googlesource.com' | 'bitbucket.org' | undefined {
  if (/^gitlab[.-]/.test(host) || /[.-]gitlab\./.test(host)) return 'gitlab'
  if (/^github[.-]/.test(host) || /[.-]github\./.test(host)) return 'github'
  if (host === 'code.googlesource.com' || host === 'bitbucket.org') return host
  return undefined
}

/**
 * redhat-rpm-config's `%forgemeta` (forge.lua `meta`, main source only): from %forgeurl and
 * %tag, %commit, %branch or Version it sets, unless the spec already has them, %ref, %fileref
 * (GitHub), %repo, %archivename, %archiveext, %archiveurl, %topdir and %forgesource:
 * - the ref is %tag, else %commit, else %branch, else %version; on GitHub a version ref is
 *   `v%{version}` and the file ref drops a leading `v` of a tag (`v1.2` -> `1.2`) and turns `/` into `-`;
 * - %repo is the second path component of %forgeurl, which GitHub/GitLab URLs are cut to
 *   (`https://host/owner/repo`);
 * - GitHub: `%{forgeurl}/archive/%{ref}/%{repo}-%{fileref}.tar.gz`; GitLab:
 *   `%{forgeurl}/-/archive/%{ref}/%{repo}-%{ref}.tar.bz2`; code.googlesource.com:
 *   `%{forgeurl}/+archive/%{ref}.tar.gz`; bitbucket.org (commits only):
 *   `%{forgeurl}/get/%{ref}.tar.bz2` named `%{owner}-%{repo}-<12 hex>`;
 * - %forgesource is %archiveurl, with `#/%{archivename}.%{archiveext}` appended when the URL's
 *   last component is not that name.
 * `expand` expands text at the %forgemeta line as rpm would then (a macro not defined yet stays
 * as written), undefined when it cannot be told (Lua, shell); `defined` says whether a variable
 * is set (non-empty, or not known to be empty) by then.
 */
export function forgeMeta(
  expand: (text: string) => string | undefined,
  defined: (name: string) => boolean,
  forgeurlBody = '%{?forgeurl}',
): MetaDefinitions {
  const url = expand(forgeurlBody)
  if (url === undefined) return { refusal: '%forgeurl cannot be expanded' }
  const host = /^[^:]+:\/\/([^/]+)\//.exec(url)?.[1]
  const forge = host === undefined ? undefined : forgeOf(host)
  if (!forge)
    return {
      refusal:
        `%forgemeta for ${url || 'an empty %forgeurl'}: srcgit knows the forges of redhat-rpm-config's forge.lua ` +
        '(GitHub, GitLab, code.googlesource.com, bitbucket.org) only',
    }
  const cut = forge === 'github' || forge === 'gitlab' || forge === 'bitbucket.org'
  const forgeurl = cut ? /^https:\/\/[^/]+\/[^/]+\/[^/#?]+/.exec(url)?.[0] : url
  if (!forgeurl) return { refusal: `%forgemeta: ${url} is not a https://host/owner/repo URL` }

  let ref = 'version'
  for (const name of ['tag', 'commit', 'branch']) {
    const value = expand(`%{?${name}}`)
    if (value === undefined)
      return { refusal: `%forgemeta: %${name} cannot be expanded where %forgemeta is called` }
    if (value !== '') {
      ref = name
      break
    }
  }
  const defs: Record<string, string> = { forgeurl }
  let refBody = `%{?${ref}}`
  if (forge === 'github') {
    let fileref = refBody
    const value = expand(refBody)
    if (value === undefined)
      return { refusal: `%forgemeta: %${ref} cannot be expanded where %forgemeta is called` }
    if (ref === 'version') refBody = `v${refBody}`
    else if (ref !== 'commit' && /^v\d/.test(value)) fileref = value.slice(1)
    else if (value.includes('/')) fileref = value.replace(/\//g, '-')
    defs.fileref = fileref
  } else if (forge === 'code.googlesource.com' && ref === 'version') refBody = `v${refBody}`
  else if (forge === 'bitbucket.org' && ref !== 'commit')
    return { refusal: '%forgemeta: bitbucket.org sources need %commit (forge.lua refuses others)' }
  defs.ref = refBody

  const repoOf =
    forge === 'code.googlesource.com' ? /^[^:]+:\/\/.+\/([^/?#]+)/ : /^[^:]+:\/\/[^/]+\/[^/]+\/([^/]+)/
  const repo = repoOf.exec(forgeurl)?.[1]
  if (repo === undefined) return { refusal: `%forgemeta: no repository name in ${forgeurl}` }
  const vars: Record<string, string> = {
    repo,
    archiveext: 'tar.bz2',
    archivename: '%{repo}-%{ref}',
    topdir: '%{archivename}',
  }
  if (forge === 'github') {
    vars.archiveext = 'tar.gz'
    vars.archivename = '%{repo}-%{fileref}'
    vars.archiveurl = '%{forgeurl}/archive/%{ref}/%{archivename}.%{archiveext}'
  } else if (forge === 'gitlab') {
    vars.archiveurl = '%{forgeurl}/-/archive/%{ref}/%{archivename}.%{archiveext}'
  } else if (forge === 'code.googlesource.com') {
    vars.archiveext = 'tar.gz'
    vars.archiveurl = '%{forgeurl}/+archive/%{ref}.%{archiveext}'
    vars.topdir = ''
  } else {
    const owner = /^[^:]+:\/\/[^/]+\/([^/]+)/.exec(forgeurl)![1]
    vars.owner = owner
    const commit = expand('%{?commit}')
    if (commit === undefined)
      return { refusal: '%forgemeta: %commit cannot be expanded where %forgemeta is called' }
    vars.shortcommit = commit.slice(0, 12)
    vars.archivename = '%{owner}-%{repo}-%{shortcommit}'
    vars.archiveurl = '%{forgeurl}/get/%{ref}.%{archiveext}'
  }
  for (const [name, body] of Object.entries(vars)) if (!defined(name)) defs[name] = body
  // forge.lua compares the URL's last component with archivename.archiveext as they expand then.
  const lookup = (name: string) => (defined(name) ? expand(`%{${name}}`) : expandWith(defs, name, expand))
  const [archiveurl, archivename, archiveext] = ['archiveurl', 'archivename', 'archiveext'].map(lookup)
  if (archiveurl === undefined || archivename === undefined || archiveext === undefined)
    return {
      refusal:
        '%forgemeta: %archiveurl, %archivename or %archiveext cannot be expanded where %forgemeta is called',
    }
  const fileName = `${archivename}.${archiveext}`
  if (!defined('forgesource'))
    defs.forgesource =
      /\/([^/]+)$/.exec(archiveurl)?.[1] === fileName
        ? '%{archiveurl}'
        : '%{?archiveurl}#/%{?archivename}.%{archiveext}'
  return { definitions: defs }
}

/** Expands `%{name}` as it will read once `defs` are defined (substituting them, innermost last). */
function expandWith(
  defs: Record<string, string>,
  name: string,
  expand: (text: string) => string | undefined,
): string | undefined {
  let text = `%{${name}}`
  for (let i = 0; i < 8 && /%\{\??([a-z_]+)\}/.test(text); i++)
    text = text.replace(/%\{(\??)([a-z_]+)\}/g, (whole, _q: string, n: string) => defs[n] ?? whole)
  return expand(text)
}

/**
 * go-rpm-macros' `%gometa` (lua/srpm/go.lua `meta`, main source only): %goipath must be set; with
 * no %forgeurl, %gourl is `https://%{goipath}` and %forgeurl is %gourl; then %forgemeta runs, and
 * %gosource is %forgesource (else `%{gourl}/%{archivename}.%{archiveext}`).
 */
export function goMeta(
  expand: (text: string) => string | undefined,
  defined: (name: string) => boolean,
): MetaDefinitions {
  const expandedIpath = expand('%{?goipath}')
  if (expandedIpath === undefined)
    return { refusal: '%gometa: %goipath cannot be expanded where %gometa is called' }
  const goipath = expandedIpath.replace(/^https?:\/\//, '').replace(/\/+$/, '')
  if (goipath === '') return { refusal: '%gometa needs %goipath set before it' }
  const defs: Record<string, string> = {}
  let forgeurlBody = '%{?forgeurl}'
  if (!defined('forgeurl')) {
    if (!defined('gourl')) defs.gourl = `https://${goipath}`
    forgeurlBody = defined('gourl') ? '%{gourl}' : `https://${goipath}`
  } else if (!defined('gourl')) defs.gourl = '%{forgeurl}'
  const forge = forgeMeta(expand, defined, forgeurlBody)
  if ('refusal' in forge) return { refusal: forge.refusal.replace('%forgemeta', '%gometa') }
  Object.assign(defs, forge.definitions)
  if (!defined('gosource')) defs.gosource = '%{forgesource}'
  return { definitions: defs }
}
