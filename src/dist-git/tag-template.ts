/**
 * `upstream_tag_template` ↔ version, and the `upstream_tag_include` / `upstream_tag_exclude`
 * filters (Packit §1.3, `Upstream._template2regex`, `get_version_from_tag`,
 * `convert_version_to_tag`).
 *
 * Version → tag is Python `str.format(version=..., upstream_package_name=...)`: `{{` and `}}` are
 * literal braces, any other placeholder is an error (Python would raise KeyError/IndexError).
 *
 * Tag → version. Packit replaces every `{name}` with a greedy `(?P<name>.*)`, leaves the rest of
 * the template unescaped (so `.` or `+` in it are regex syntax) and matches with `re.match`
 * (anchored at the start only). Deliberate differences:
 * - literal parts are matched literally (escaped);
 * - when the upstream package name is known, `{upstream_package_name}` is matched as that literal
 *   text, which removes the ambiguity of `{upstream_package_name}-{version}` (`foo-bar-1.0` with
 *   package `foo` gives `bar-1.0`; Packit's greedy groups give `1.0`). Unknown, it stays a greedy
 *   group as in Packit;
 * - the whole tag must match (Packit ignores anything after the template's last literal), and a
 *   placeholder group must not match empty text (Packit accepts the tag `v` as version "" of `v{version}`);
 * - `{{`/`}}` are literal braces (Packit's regex builder mangles them), and a repeated placeholder
 *   must have the same value each time (Packit fails with "redefinition of group name").
 */

import { compilePythonRegex } from '../config/regex.js'
import { ContentError } from './errors.js'

type Field = 'version' | 'upstream_package_name'
type TemplatePart = { literal: string } | { field: Field }

const FIELDS: readonly string[] = ['version', 'upstream_package_name']

/** Split a template into literal text and placeholders, with Python's format-string rules. */
export function parseTagTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = []
  let literal = ''
  for (let i = 0; i < template.length; i++) {
    const char = template[i]
    if (char === '{' && template[i + 1] === '{') {
      literal += '{'
      i++
    } else if (char === '}' && template[i + 1] === '}') {
      literal += '}'
      i++
    } else if (char === '}') {
      throw new ContentError(
        `upstream_tag_template "${template}": single "}" (write "}}" for a literal brace)`,
      )
    } else if (char === '{') {
      const end = template.indexOf('}', i)
      if (end < 0)
        throw new ContentError(
          `upstream_tag_template "${template}": "{" without "}" (write "{{" for a literal brace)`,
        )
      const name = template.slice(i + 1, end)
      if (!FIELDS.includes(name)) {
        throw new ContentError(
          `upstream_tag_template "${template}": unsupported placeholder "{${name}}" ` +
            '(only {version} and {upstream_package_name} are known)',
        )
      }
      if (literal) parts.push({ literal })
      literal = ''
      parts.push({ field: name as Field })
      i = end
    } else {
      literal += char
    }
  }
  if (literal) parts.push({ literal })
  if (!parts.some((p) => 'field' in p && p.field === 'version'))
    throw new ContentError(`upstream_tag_template "${template}" does not contain {version}`)
  return parts
}

/** The tag of `version`: Python `template.format(version=..., upstream_package_name=...)`. */
export function versionToTag(template: string, version: string, upstreamPackageName: string): string {
  return parseTagTemplate(template)
    .map((part) =>
      'literal' in part ? part.literal : part.field === 'version' ? version : upstreamPackageName,
    )
    .join('')
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}

/**
 * The version a tag stands for, or undefined when the tag does not match the template.
 * Throws when the template itself is invalid.
 */
export function tagToVersion(
  template: string,
  tag: string,
  upstreamPackageName?: string,
): string | undefined {
  const seen = new Set<Field>()
  let source = ''
  for (const part of parseTagTemplate(template)) {
    if ('literal' in part) {
      source += escapeRegex(part.literal)
    } else if (part.field === 'upstream_package_name' && upstreamPackageName !== undefined) {
      source += escapeRegex(upstreamPackageName)
    } else if (seen.has(part.field)) {
      source += `\\k<${part.field}>`
    } else {
      seen.add(part.field)
      source += `(?<${part.field}>.+)`
    }
  }
  const match = new RegExp(`^${source}$`, 's').exec(tag)
  return match?.groups?.version
}

/** Python `re.match(pattern, text)`: a match that starts at the first character. */
export function pythonReMatch(pattern: string, text: string): boolean {
  const compiled = compilePythonRegex(pattern)
  const regex = new RegExp(compiled.source, compiled.flags + 'y')
  regex.lastIndex = 0
  return regex.test(text)
}

/**
 * Whether a tag passes `upstream_tag_include` / `upstream_tag_exclude` (Python regexes, `re.match`
 * semantics: anchored at the start only). An empty or missing pattern does not filter.
 * Throws for a pattern that is not a valid regex.
 */
export function matchesTagFilters(tag: string, include?: string | null, exclude?: string | null): boolean {
  if (include && !pythonReMatch(include, tag)) return false
  if (exclude && pythonReMatch(exclude, tag)) return false
  return true
}
