/** %changelog entries: header format, date style detection and text sanitizing (pure). */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export type DayPadding = '0' | ' ' | ''

export interface ChangelogStyle {
  dayPadding: DayPadding
  /** The newest entry uses `Www Mmm DD HH:MM:SS TZ YYYY`. */
  extended: boolean
}

const HEADER = /^\*\s+[A-Z][a-z]{2}\s+[A-Z][a-z]{2}(\s+)(\d{1,2})\s+(\d{2}:\d{2}:\d{2}\s+\S+\s+)?\d{4}\b/

/** Reads the date style of existing entry headers, so a new entry looks like its neighbours. */
export function detectChangelogStyle(headerLines: readonly string[]): ChangelogStyle {
  let padding: DayPadding = '0'
  let seenShortDay = false
  let rank = -1
  for (const line of headerLines) {
    const m = HEADER.exec(line)
    if (!m || m[2].length === 2) continue
    // Only one-digit days show the padding; keep the widest form seen, as specfile does.
    seenShortDay = true
    const found: DayPadding = m[2].startsWith('0') ? '0' : m[1].length > 1 ? ' ' : ''
    const foundRank = found === '0' ? 2 : found === ' ' ? 1 : 0
    if (foundRank > rank) {
      rank = foundRank
      padding = found
    }
  }
  for (const line of headerLines) {
    const m = /^\*\s+[A-Z][a-z]{2}\s+[A-Z][a-z]{2}\s+0?(\d{1,2})\s+(\d{2}:\d{2}:\d{2}\s+\S+\s+)?\d{4}/.exec(
      line,
    )
    if (m) return { dayPadding: seenShortDay ? padding : '0', extended: m[2] !== undefined }
  }
  return { dayPadding: seenShortDay ? padding : '0', extended: false }
}

export function formatChangelogDate(date: Date, style: ChangelogStyle): string {
  const day = date.getUTCDate()
  const dayText =
    day >= 10
      ? String(day)
      : style.dayPadding === '0'
        ? `0${day}`
        : style.dayPadding === ' '
          ? ` ${day}`
          : String(day)
  const head = `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${dayText}`
  if (!style.extended) return `${head} ${date.getUTCFullYear()}`
  const time = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()].map((n) =>
    String(n).padStart(2, '0'),
  )
  return `${head} ${time.join(':')} UTC ${date.getUTCFullYear()}`
}

/**
 * Makes text safe inside %changelog: rpm expands macros there, so a `%` that would start one
 * is doubled (an odd run of `%` gets one more); a line starting with `*` would start a new
 * entry, so it gets a leading space.
 */
export function sanitizeChangelogText(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/(%+)(?=[\w{[(])/g, (run) => (run.length % 2 === 1 ? run + '%' : run)))
    .map((line) => (line.startsWith('*') ? ' ' + line : line))
}

export function changelogHeader(date: string, author: string, evr: string): string {
  return `* ${date} ${author} - ${evr}`
}
