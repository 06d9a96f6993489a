/**
 * A Bodhi update's notes and bug ids, as Packit makes them (packit/distgit.py
 * create_bodhi_update): notes the job configured are filled with `.format(version=...)`;
 * otherwise "Automatic update for <builds>." with, per build, the changelog entries added since
 * the latest stable build of its package (get_changelog_since_latest_stable_build, with
 * packit/utils/koji_helper.py and specfile's ChangelogEntry.assemble), and the Bugzilla ids
 * those notes reference (get_bugzilla_ids_from_changelog).
 *
 * packit-service's bodhi_update job calls `create_update` with no notes and no bug ids
 * (packit_service/worker/handlers/bodhi.py BodhiUpdateHandler._run), so there the notes are
 * always the automatic ones and the bugs only those found in them. Packit's job configuration
 * has no notes option (packit/config: no `update_notes`; `bodhi_extra_params` cannot set notes
 * or bugs either, create_bodhi_update's own keys win the merge); notes come only from the CLI's
 * `packit create-update --update-notes`, whose default is "New upstream release: {version}".
 */
import { KOJI_FAULTS, KojiError, type KojiClient } from './koji.js'
import type { XmlRpcValue } from './xmlrpc.js'

// --- Bugzilla ids --------------------------------------------------------------------------

/**
 * Python's `re.IGNORECASE` for the letters of the pattern, spelled out: Python also matches
 * "i" with U+0130/U+0131 and "s" with U+017F (checked with CPython 3.11 over every code point);
 * JavaScript's case folding differs for the i's, so no `i` flag.
 */
const PY_CASE: Record<string, string> = { i: '[iI\\u0130\\u0131]', s: '[sS\\u017f]' }
const ci = (word: string): string =>
  [...word].map((ch) => PY_CASE[ch] ?? `[${ch}${ch.toUpperCase()}]`).join('')
/** Python's `\s` for str patterns (str.isspace()); JavaScript's lacks \x1c-\x1f and \x85, adds \ufeff. */
const PY_SPACE = '[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
/** Python's `\d` for str patterns: any Unicode decimal digit (Nd), as the runtime's Unicode knows them. */
const PY_DIGIT = '\\p{Nd}'

/**
 * Packit's regex (after Bodhi's bz_regex, bodhi-server/bodhi/server/config.py), case-insensitive:
 * `(?:fix(?:es)?|close(?:s)?|resolve(?:s)?)(?:\:)?\s(?:fedora|epel|rh(?:bz)?)#(\d{5,})`.
 * Exactly one whitespace character before the tracker, at most one colon after the verb, no word
 * boundary ("prefix rhbz#12345" counts), five digits or more.
 */
const BUGZILLA_RE = new RegExp(
  `(?:${ci('fix')}(?:${ci('es')})?|${ci('close')}(?:${ci('s')})?|${ci('resolve')}(?:${ci('s')})?)` +
    `:?${PY_SPACE}(?:${ci('fedora')}|${ci('epel')}|${ci('rh')}(?:${ci('bz')})?)#(${PY_DIGIT}{5,})`,
  'gu',
)

/**
 * The Bugzilla ids `text` references, in order, duplicates kept (Packit's
 * get_bugzilla_ids_from_changelog: re.finditer, group 1). The ids are the matched digits as
 * written (Python's `\d` also matches non-ASCII decimal digits).
 */
export function bugzillaIds(text: string): string[] {
  return [...text.matchAll(BUGZILLA_RE)].map((m) => m[1])
}

// --- changelog -----------------------------------------------------------------------------

/** One changelog entry as rpm keeps it: `name` is the header after the date ("Name <mail> - EVR"). */
export interface ChangelogEntryData {
  time: number
  name: string
  text: string
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Python's str.splitlines(): \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029, no final empty line. */
function splitlines(text: string): string[] {
  if (text === '') return []
  // eslint-disable-next-line no-control-regex -- Python counts the separators \x1c-\x1e as line breaks
  const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** specfile's `str(ChangelogEntry.assemble(date, author, lines))` with its defaults. */
function assembleEntry(time: number, author: string, lines: string[]): string {
  const day = new Date(time * 1000)
  const header =
    `* ${WEEKDAYS[day.getUTCDay()]} ${MONTHS[day.getUTCMonth()]} ` +
    `${String(day.getUTCDate()).padStart(2, '0')} ${day.getUTCFullYear()} ${author}`
  return `${header}\n${lines.join('\n')}\n`
}

/**
 * The entries newer than `since` (a Unix time), newest first, as Packit's
 * KojiHelper.format_changelog: entries are read from the top until the first one at or before
 * `since`; each is `str(ChangelogEntry.assemble(date.fromtimestamp(time), name,
 * text.splitlines()))` — "* Mon Jan 05 2026 <name>\n<lines>\n", the day zero-padded (specfile's
 * default padding "0"), no EVR added (rpm's name already ends in it) — joined with "\n", so
 * entries are separated by an empty line.
 *
 * Time zone: `date.fromtimestamp` takes the date in the local time zone of the process; Packit's
 * workers run in UTC, and so do srcgit's runners, so the date here is always the UTC date. rpm
 * stores a plain changelog date as noon UTC of that day (build/parseChangelog.cc), so for those
 * any zone within ±11 h gives the same day; only entries with an extended timestamp could differ.
 */
export function formatChangelog(entries: ChangelogEntryData[], since = 0): string {
  const out: string[] = []
  for (const { time, name, text } of entries) {
    if (time <= since) break
    out.push(assembleEntry(time, name, splitlines(text)))
  }
  return out.join('\n')
}

// --- the changelog since the latest stable build -------------------------------------------

/** The reads changelogSinceLatestStable makes; a KojiClient, or a stand-in. */
export type UpdateNotesKoji = Pick<
  KojiClient,
  'listTags' | 'getFullInheritance' | 'latestTagged' | 'getRPMHeaders'
>

/**
 * Packit swallows every Koji failure here into None / [] (koji_helper's `except Exception`), so a
 * Koji outage still yields an update, with "Automatic update for X." and no changelog, and then
 * also without the bug ids the changelog names: Bodhi neither links nor closes those bugs, and
 * nothing retries, because nothing failed. That is plainly wrong for a failure that only means
 * "no answer": srcgit stops instead (the step fails and can be rerun), for a Koji error without a
 * fault (network, HTTP status, not XML-RPC) and for any fault other than GenericError (1000; e.g.
 * ServerOffline 1014, the hub's internal errors 1, ParameterError 1019, which would be srcgit's
 * bug). A GenericError is the hub's definitive answer about the data — no such build, rpm or tag,
 * a deleted build, an rpm file that is gone — after which there is no changelog to get: there
 * srcgit follows Packit and goes on without it.
 */
function isDefinitiveAnswer(error: unknown): boolean {
  return error instanceof KojiError && error.faultCode === KOJI_FAULTS.GenericError
}

async function orElse<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (isDefinitiveAnswer(error)) return fallback
    throw error
  }
}

/** KojiHelper.get_stable_tags: the tag and its ancestors without a suffix or ending in -updates. */
async function stableTags(koji: UpdateNotesKoji, tag: string): Promise<string[]> {
  const ancestors = await orElse(() => koji.getFullInheritance(tag), undefined)
  if (ancestors === undefined) return []
  return [tag, ...ancestors.map((a) => a.name)].filter((t) => !t.includes('-') || t.endsWith('-updates'))
}

const CHANGELOG_HEADERS = ['changelogtime', 'changelogname', 'changelogtext'] as const

/**
 * KojiHelper.get_build_changelog: the source rpm's changelog headers zipped into entries (a
 * scalar is taken as a list of one, as Packit does for rpm before 4.6; zip stops at the shortest).
 */
async function buildChangelog(koji: UpdateNotesKoji, nvr: string): Promise<ChangelogEntryData[]> {
  const rpmID = `${nvr}.src`
  const headers = await orElse(
    () => koji.getRPMHeaders({ rpmID, headers: [...CHANGELOG_HEADERS], strict: true }),
    undefined,
  )
  if (headers === undefined) return []
  const notKoji = (what: string): KojiError =>
    new KojiError(`The Koji hub did not answer getRPMHeaders(${rpmID}) as Koji does: ${what}`)
  const columns = CHANGELOG_HEADERS.map((h): XmlRpcValue[] => {
    const value = headers[h]
    if (value === undefined) throw notKoji(`no ${h}`)
    return Array.isArray(value) ? value : [value]
  })
  const [times, names, texts] = columns
  const length = Math.min(...columns.map((c) => c.length))
  const entries: ChangelogEntryData[] = []
  for (let i = 0; i < length; i++) {
    const [time, name, text] = [times[i], names[i], texts[i]]
    if (typeof time !== 'number' || typeof name !== 'string' || typeof text !== 'string')
      throw notKoji(`changelog entry ${i} is not (int, str, str)`)
    entries.push({ time, name, text })
  }
  return entries
}

/**
 * The changelog of `nvr` since the latest stable build of `pkg`, as Packit's
 * get_changelog_since_latest_stable_build:
 *
 * 1. the stable tags: for each tag `nvr` is tagged into (listTags, in Koji's order), the tag and
 *    its full inheritance, kept when without a "-" or ending in "-updates"; the first tag that
 *    gives any wins (f43-updates-candidate → f43-updates, f43);
 * 2. the latest stable build: the first of those tags in which `latestTagged(tag, pkg)` (with
 *    inheritance) finds one;
 * 3. none, or `nvr` itself: undefined;
 * 4. the stable build's changelog; empty: undefined; else its newest entry's time is `since`;
 * 5. `formatChangelog(<nvr's changelog>, since)` — which is "" when `nvr`'s changelog cannot be
 *    read or has nothing newer (Packit returns that "" too; the notes leave it out alike).
 *
 * Koji failures: see isDefinitiveAnswer — the hub's GenericError answers are swallowed as Packit
 * swallows them; any other failure is thrown.
 */
export async function changelogSinceLatestStable(
  koji: UpdateNotesKoji,
  pkg: string,
  nvr: string,
): Promise<string | undefined> {
  let stable: string[] = []
  for (const tag of await orElse(() => koji.listTags(nvr), [])) {
    stable = await stableTags(koji, tag.name)
    if (stable.length > 0) break
  }
  let latestStable: string | undefined
  for (const tag of stable) {
    const build = await orElse(() => koji.latestTagged(tag, pkg), undefined)
    if (build?.nvr) {
      latestStable = build.nvr
      break
    }
  }
  if (!latestStable || latestStable === nvr) return undefined
  const old = await buildChangelog(koji, latestStable)
  if (old.length === 0) return undefined
  return formatChangelog(await buildChangelog(koji, nvr), old[0].time)
}

/**
 * specfile's NEVR.from_string(nvr).name: `^(.+?)-(?:(\d+):)?([^-]+?)(?:-([^-]+))?$` (Python's
 * `.`, `\d` and `$`), i.e. for an N-V-R everything before the last two dashes.
 */
export function nevrName(nvr: string): string {
  const m = /^([^\n]+?)-(?:(\p{Nd}+):)?([^-]+?)(?:-([^-]+))?\n?$/u.exec(nvr)
  if (!m) throw new UpdateNotesError(`${JSON.stringify(nvr)} is not an N-V-R (specfile: Invalid NEVR string)`)
  return m[1]
}

/** The changelog of each build since its package's latest stable build, one build after another. */
export async function changelogsForBuilds(
  koji: UpdateNotesKoji,
  builds: string[],
): Promise<Map<string, string | undefined>> {
  const changelogs = new Map<string, string | undefined>()
  for (const nvr of builds) changelogs.set(nvr, await changelogSinceLatestStable(koji, nevrName(nvr), nvr))
  return changelogs
}

// --- the notes ------------------------------------------------------------------------------

export class UpdateNotesError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UpdateNotesError'
  }
}

/**
 * Python's `template.format(version=version)`: `{{` and `}}` are literal braces, `{version}` is
 * the version; Python's own errors for a lone brace or an unclosed field. Any other field fails
 * as it fails in Packit (KeyError / IndexError), with a message saying what to write instead;
 * `{version}` with a conversion, format spec, attribute or index (which Python would apply) is
 * refused rather than imitated.
 */
function formatNotes(template: string, version: string | undefined): string {
  function fail(what: string): never {
    throw new UpdateNotesError(
      `The Bodhi update notes ${JSON.stringify(template)} cannot be filled in: ${what}; ` +
        'only {version} is replaced, write {{ and }} for literal braces',
    )
  }
  let out = ''
  let i = 0
  while (i < template.length) {
    const ch = template[i]
    if (ch === '}') {
      if (template[i + 1] !== '}') fail("Single '}' encountered in format string")
      out += '}'
      i += 2
    } else if (ch === '{') {
      if (template[i + 1] === '{') {
        out += '{'
        i += 2
        continue
      }
      if (i + 1 === template.length) fail("Single '{' encountered in format string")
      let depth = 1
      let j = i + 1
      for (; j < template.length; j++) {
        if (template[j] === '{') depth++
        else if (template[j] === '}' && --depth === 0) break
      }
      if (j >= template.length) fail("expected '}' before end of string")
      const field = template.slice(i + 1, j)
      const name = /^[^!:.[]*/.exec(field)![0]
      if (name === '' || /^\d+$/.test(name))
        fail(`{${field}} is a positional field and there are none (IndexError)`)
      if (name !== 'version') fail(`there is no field {${name}} (KeyError: '${name}')`)
      if (field !== 'version')
        fail(`{${field}}: srcgit fills in {version} as it is, without conversion or format`)
      if (version === undefined) fail('{version} is used and the version is not known')
      out += version
      i = j + 1
    } else {
      out += ch
      i++
    }
  }
  return out
}

/**
 * The notes and bug ids of a Bodhi update of `builds`, as Packit's create_bodhi_update renders
 * them (packit-service passes no bug ids of its own, so there are none to prepend):
 * - `configuredNotes` given (also ""): Python's `.format(version=version)` of it; no bugs;
 * - else "Automatic update for <builds joined ', '>." and, for each build whose changelog (from
 *   `changelogs`, see changelogSinceLatestStable) is not empty, "\n\n##### **Changelog for
 *   <package>**\n\n```\n<changelog>\n```"; bugs: bugzillaIds of the whole text.
 */
export function updateNotes(opts: {
  builds: string[]
  changelogs: Map<string, string | undefined>
  configuredNotes?: string
  version?: string
}): { notes: string; bugs: string[] } {
  if (opts.configuredNotes !== undefined)
    return { notes: formatNotes(opts.configuredNotes, opts.version), bugs: [] }
  let notes = `Automatic update for ${opts.builds.join(', ')}.`
  for (const nvr of opts.builds) {
    const pkg = nevrName(nvr)
    const changelog = opts.changelogs.get(nvr)
    if (changelog) notes += `\n\n##### **Changelog for ${pkg}**\n\n\`\`\`\n${changelog}\n\`\`\``
  }
  return { notes, bugs: bugzillaIds(notes) }
}
