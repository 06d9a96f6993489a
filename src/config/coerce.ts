/**
 * How Packit's schema library (marshmallow 3) reads scalar values, so that srcgit accepts the same
 * spellings and gives them the same meaning. Pure functions shared by validation and resolution.
 */

/** marshmallow `fields.Boolean.truthy` / `falsy` (the numbers 1 and 0 included, so 1.0 and 0.0 too). */
const TRUTHY: ReadonlySet<unknown> = new Set([
  't',
  'T',
  'true',
  'True',
  'TRUE',
  'on',
  'On',
  'ON',
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  '1',
  1,
])
const FALSY: ReadonlySet<unknown> = new Set([
  'f',
  'F',
  'false',
  'False',
  'FALSE',
  'off',
  'Off',
  'OFF',
  'n',
  'N',
  'no',
  'No',
  'NO',
  '0',
  0,
])

/** What marshmallow's Boolean field makes of a value: true, false, or undefined (invalid). */
export function marshmallowBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (TRUTHY.has(value)) return true
  if (FALSY.has(value)) return false
  return undefined
}

/** Python's int() on a string: optional whitespace and sign, digits with single underscores between. */
const PYTHON_INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/

/**
 * What marshmallow's Integer field (Python `int(value)`) makes of a value: integers, floats
 * (truncated towards zero) and integer strings; undefined for anything else, booleans included.
 */
export function marshmallowInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined
  if (typeof value === 'string' && PYTHON_INT.test(value)) {
    const parsed = Number(value.trim().replace(/_/g, ''))
    return Number.isSafeInteger(parsed) ? parsed : undefined
  }
  return undefined
}

/**
 * One specifier of a PEP 440 specifier set, as `packaging.specifiers.Specifier` accepts it (its
 * `_specifier_regex_str`, packaging 26): `===` arbitrary, `==`/`!=` with wildcards and local
 * versions, `~=` with at least two release segments, and the ordered comparisons.
 */
const PRE = String.raw`(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?`
const POST = String.raw`(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?`
const DEV = String.raw`(?:[-_.]?dev[-_.]?[0-9]*)?`
const LOCAL = String.raw`(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?`
const EPOCH = String.raw`(?:[0-9]+!)?`
const SPECIFIER = new RegExp(
  '^(?:' +
    [
      String.raw`===\s*[^\s;)]*`,
      String.raw`(?:==|!=)\s*v?${EPOCH}[0-9]+(?:\.[0-9]+)*(?:\.\*|${PRE}${POST}${DEV}${LOCAL})?`,
      String.raw`~=\s*v?${EPOCH}[0-9]+(?:\.[0-9]+)+${PRE}${POST}${DEV}`,
      String.raw`(?:<=|>=|<|>)\s*v?${EPOCH}[0-9]+(?:\.[0-9]+)*${PRE}${POST}${DEV}`,
    ].join('|') +
    ')$',
  'i',
)

/**
 * Why `value` is not a PEP 440 specifier set (`packaging.specifiers.SpecifierSet(value)` raising
 * InvalidSpecifier, which Packit's schema turns into a validation error), or undefined when it is one.
 * Like SpecifierSet, an empty string or empty items between commas are fine.
 */
export function specifierSetProblem(value: string): string | undefined {
  for (const item of value.split(',')) {
    const specifier = item.trim()
    if (specifier !== '' && !SPECIFIER.test(specifier))
      return `"${specifier}" is not a PEP 440 version specifier`
  }
  return undefined
}
