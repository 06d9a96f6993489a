import { describe, expect, it } from '@jest/globals'
import {
  matchesTagFilters,
  parseTagTemplate,
  pythonReMatch,
  tagToVersion,
  versionToTag,
} from '../../../src/dist-git/tag-template.js'

describe('parseTagTemplate', () => {
  it('splits literal text and placeholders', () => {
    expect(parseTagTemplate('{upstream_package_name}-v{version}')).toEqual([
      { field: 'upstream_package_name' },
      { literal: '-v' },
      { field: 'version' },
    ])
  })

  it('reads {{ and }} as literal braces', () => {
    expect(parseTagTemplate('{{{version}}}')).toEqual([
      { literal: '{' },
      { field: 'version' },
      { literal: '}' },
    ])
  })

  it('rejects unknown placeholders, format specs and positional fields', () => {
    for (const [template, name] of [
      ['{ver}', 'ver'],
      ['{version:>10}', 'version:>10'],
      ['{version!r}', 'version!r'],
      ['{}-{version}', ''],
      ['{0}', '0'],
    ]) {
      expect(() => parseTagTemplate(template)).toThrow(
        `upstream_tag_template "${template}": unsupported placeholder "{${name}}" ` +
          '(only {version} and {upstream_package_name} are known)',
      )
    }
  })

  it('rejects unbalanced braces like Python', () => {
    expect(() => parseTagTemplate('v{version')).toThrow(
      'upstream_tag_template "v{version": "{" without "}" (write "{{" for a literal brace)',
    )
    expect(() => parseTagTemplate('v}{version}')).toThrow(
      'upstream_tag_template "v}{version}": single "}" (write "}}" for a literal brace)',
    )
  })

  it('requires {version}', () => {
    expect(() => parseTagTemplate('release-{upstream_package_name}')).toThrow(
      'upstream_tag_template "release-{upstream_package_name}" does not contain {version}',
    )
  })
})

describe('versionToTag', () => {
  it('formats like Python str.format', () => {
    expect(versionToTag('{version}', '1.2.3', 'foo')).toBe('1.2.3')
    expect(versionToTag('v{version}', '1.2.3', 'foo')).toBe('v1.2.3')
    expect(versionToTag('{upstream_package_name}-{version}', '0.1.0', 'beerware')).toBe('beerware-0.1.0')
    expect(versionToTag('release/{version}/{version}', '2', 'x')).toBe('release/2/2')
    expect(versionToTag('{{v}}{version}', '2', 'x')).toBe('{v}2')
  })

  it('throws for invalid templates', () => {
    expect(() => versionToTag('{tag}', '1', 'x')).toThrow('unsupported placeholder "{tag}"')
  })
})

describe('tagToVersion', () => {
  it('reads the version out of the tag', () => {
    expect(tagToVersion('{version}', '1.2.3')).toBe('1.2.3')
    expect(tagToVersion('v{version}', 'v1.2.3')).toBe('1.2.3')
    expect(tagToVersion('r{version}', 'r62')).toBe('62')
  })

  it('returns undefined when the tag does not match', () => {
    expect(tagToVersion('v{version}', '1.2.3')).toBeUndefined()
    expect(tagToVersion('v{version}', 'v')).toBeUndefined()
  })

  it('requires the whole tag to match (Packit accepts trailing text)', () => {
    expect(tagToVersion('{version}-final', '1.0-final')).toBe('1.0')
    expect(tagToVersion('{version}-final', '1.0-final-rc')).toBeUndefined()
  })

  it('matches literal parts literally (Packit would read "." as any character)', () => {
    expect(tagToVersion('v.{version}', 'v.1.0')).toBe('1.0')
    expect(tagToVersion('v.{version}', 'vX1.0')).toBeUndefined()
    expect(tagToVersion('c++-{version}', 'c++-1.0')).toBe('1.0')
    expect(tagToVersion('{{{version}}}', '{1.0}')).toBe('1.0')
  })

  it('uses a known package name literally, removing the ambiguity', () => {
    expect(tagToVersion('{upstream_package_name}-{version}', 'foo-bar-1.0', 'foo')).toBe('bar-1.0')
    expect(tagToVersion('{upstream_package_name}-{version}', 'foo-bar-1.0', 'foo-bar')).toBe('1.0')
    expect(tagToVersion('{upstream_package_name}-{version}', 'other-1.0', 'foo')).toBeUndefined()
    expect(tagToVersion('{upstream_package_name}.{version}', 'a+b.1', 'a+b')).toBe('1')
  })

  it('falls back to a greedy group for an unknown package name, as Packit', () => {
    expect(tagToVersion('{upstream_package_name}-{version}', 'foo-bar-1.0')).toBe('1.0')
  })

  it('requires repeated placeholders to agree', () => {
    expect(tagToVersion('{version}/{version}', '1.0/1.0')).toBe('1.0')
    expect(tagToVersion('{version}/{version}', '1.0/2.0')).toBeUndefined()
    expect(tagToVersion('{upstream_package_name}/{upstream_package_name}-{version}', 'a/a-1')).toBe('1')
  })

  it('round-trips versionToTag', () => {
    const template = '{upstream_package_name}-v{version}'
    const tag = versionToTag(template, '2.0.0-rc1', 'my-pkg')
    expect(tag).toBe('my-pkg-v2.0.0-rc1')
    expect(tagToVersion(template, tag, 'my-pkg')).toBe('2.0.0-rc1')
  })

  it('throws for an invalid template', () => {
    expect(() => tagToVersion('{name}-{version}', 'x-1')).toThrow('unsupported placeholder "{name}"')
  })
})

describe('pythonReMatch', () => {
  it('is anchored at the start but not at the end', () => {
    expect(pythonReMatch('v\\d', 'v1.0')).toBe(true)
    expect(pythonReMatch('\\d', 'v1.0')).toBe(false)
    expect(pythonReMatch('a|v', 'v1')).toBe(true)
  })

  it('understands Python syntax', () => {
    expect(pythonReMatch('(?i)V(?P<major>\\d+)\\.(?P=major)', 'v2.2')).toBe(true)
    expect(pythonReMatch('.*\\Z', 'anything')).toBe(true)
  })
})

describe('matchesTagFilters', () => {
  it('passes every tag without filters', () => {
    expect(matchesTagFilters('anything')).toBe(true)
    expect(matchesTagFilters('anything', '', '')).toBe(true)
    expect(matchesTagFilters('anything', null, null)).toBe(true)
  })

  it('keeps only tags matching the include pattern from their start', () => {
    expect(matchesTagFilters('v1.2.3', 'v\\d+\\.\\d+')).toBe(true)
    expect(matchesTagFilters('release-v1.2', 'v\\d+')).toBe(false)
  })

  it('drops tags matching the exclude pattern from their start', () => {
    expect(matchesTagFilters('v1.2.3-rc1', undefined, '.*-rc')).toBe(false)
    expect(matchesTagFilters('v1.2.3', undefined, '.*-rc')).toBe(true)
    expect(matchesTagFilters('v1.2.3-rc1', 'v', '-rc')).toBe(true)
  })

  it('applies both', () => {
    expect(matchesTagFilters('v2.0.0', '^v2\\.', '.*rc')).toBe(true)
    expect(matchesTagFilters('v2.0.0rc1', '^v2\\.', '.*rc')).toBe(false)
    expect(matchesTagFilters('v3.0.0', '^v2\\.', '.*rc')).toBe(false)
  })

  it('throws for an invalid regex', () => {
    expect(() => matchesTagFilters('v1', '(')).toThrow()
    expect(() => matchesTagFilters('v1', undefined, '(?x)a b')).toThrow('(?x)')
  })
})
