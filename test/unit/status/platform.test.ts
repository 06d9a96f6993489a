import { describe, expect, it } from '@jest/globals'
import {
  codePointLength,
  contextKey,
  oneLine,
  PLATFORM_LIMITS,
  platformState,
  toStatusWrite,
  truncate,
  usableUrl,
  withSuffix,
} from '../../../src/status/platform.js'
import type { Platform, PlatformState, StatusState } from '../../../src/status/types.js'

describe('platformState (reference §7.3)', () => {
  const table: [StatusState, PlatformState, PlatformState][] = [
    // flag status, GitHub, GitLab
    ['pending', 'pending', 'pending'],
    ['success', 'success', 'success'],
    ['failure', 'failure', 'failed'],
    ['error', 'error', 'failed'],
    ['canceled', 'error', 'canceled'],
    // Forgejo's warning: not passed in Forgejo's merge checks, so a failure (the text says warning)
    ['warning', 'failure', 'failed'],
  ]
  it.each(table)('maps %s to %s on GitHub and %s on GitLab', (flag, github, gitlab) => {
    expect(platformState('github', flag)).toBe(github)
    expect(platformState('gitlab', flag)).toBe(gitlab)
  })

  it('rejects a state Pagure does not define, naming the accepted ones', () => {
    expect(() => platformState('github', 'running' as StatusState)).toThrow(/"running".*pending/)
  })
})

describe('limits', () => {
  it('has GitHub description 140 and GitLab description/target_url 255, contexts 255', () => {
    expect(PLATFORM_LIMITS.github).toEqual({ description: 140, context: 255 })
    expect(PLATFORM_LIMITS.gitlab).toEqual({ description: 255, context: 255, targetUrl: 255 })
  })
})

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['eleven char', 10, 'eleven ch…'],
    ['abc', 0, ''],
    ['abcdef', 1, '…'],
    ['', 5, ''],
    // trailing blanks are dropped before the ellipsis
    ['word     more text', 8, 'word…'],
  ])('truncate(%j, %i) = %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected)
    expect(codePointLength(truncate(text, max))).toBeLessThanOrEqual(max)
  })

  it('counts code points, not UTF-16 units: emoji fit as one character each', () => {
    const text = '😀'.repeat(10)
    expect(text.length).toBe(20)
    expect(truncate(text, 10)).toBe(text)
    expect(truncate(text, 9)).toBe('😀'.repeat(8) + '…')
  })

  it('never cuts a surrogate pair at the boundary', () => {
    // 'abcd' + emoji: a cut at 5 UTF-16 units would leave half of the emoji
    const cut = truncate('abcd😀😀xyz', 6)
    expect(cut).toBe('abcd😀…')
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(truncate('abcd😀xyz', 5)).toBe('abcd…')
  })

  it('keeps grapheme clusters whole (skin tone, ZWJ family, flags, combining marks)', () => {
    const thumbs = '👍🏽' // 2 code points
    expect(truncate(`ab${thumbs}cdef`, 4)).toBe('ab…') // the thumb and its tone would need 2 more
    expect(truncate(`ab${thumbs}cdef`, 5)).toBe(`ab${thumbs}…`)
    const family = '👨‍👩‍👧' // 5 code points
    expect(truncate(`x${family}yz`, 5)).toBe('x…')
    expect(truncate('🇫🇷🇩🇪🇮🇹', 4)).toBe('🇫🇷…')
    expect(truncate('cafe\u0301 noir', 5)).toBe('caf…') // e + combining acute stays together
    expect(truncate('cafe\u0301 noir', 6)).toBe('cafe\u0301…')
  })

  it('refuses a negative or fractional limit', () => {
    expect(() => truncate('x', -1)).toThrow(RangeError)
    expect(() => truncate('x', 1.5)).toThrow(RangeError)
  })
})

describe('oneLine, usableUrl, contextKey', () => {
  it('turns whitespace runs into one space', () => {
    expect(oneLine('  tests\n\tfailed:\r\n  3 of 10  ')).toBe('tests failed: 3 of 10')
  })

  it('keeps only absolute http(s) URLs within the limit', () => {
    expect(usableUrl(' https://ci.example/run/1 ')).toBe('https://ci.example/run/1')
    expect(usableUrl('http://ci.example/x')).toBe('http://ci.example/x')
    expect(usableUrl('ftp://ci.example/x')).toBeUndefined()
    expect(usableUrl('javascript:alert(1)')).toBeUndefined()
    expect(usableUrl('not a url')).toBeUndefined()
    expect(usableUrl('')).toBeUndefined()
    expect(usableUrl(undefined)).toBeUndefined()
    const long = 'https://ci.example/' + 'a'.repeat(300)
    expect(usableUrl(long)).toBe(long)
    expect(usableUrl(long, 255)).toBeUndefined()
  })

  it('groups contexts case-insensitively on GitHub only', () => {
    expect(contextKey('github', 'Rawhide/Zuul')).toBe(contextKey('github', 'rawhide/zuul'))
    expect(contextKey('gitlab', 'Rawhide/Zuul')).not.toBe(contextKey('gitlab', 'rawhide/zuul'))
  })
})

describe('toStatusWrite', () => {
  const long = 'x'.repeat(300)
  it.each<[Platform, number]>([
    ['github', 140],
    ['gitlab', 255],
  ])('cuts the description to the %s limit (%i)', (platform, limit) => {
    const write = toStatusWrite(platform, {
      context: 'rawhide/Zuul',
      state: 'failure',
      description: long,
      targetUrl: 'https://zuul.example/build/1',
    })
    expect(codePointLength(write.description)).toBe(limit)
    expect(write.description.endsWith('…')).toBe(true)
    expect(write.targetUrl).toBe('https://zuul.example/build/1')
  })

  it('cuts the context to 255 on both platforms', () => {
    for (const platform of ['github', 'gitlab'] as const) {
      const write = toStatusWrite(platform, { context: 'c'.repeat(400), state: 'success', description: '' })
      expect(codePointLength(write.context)).toBe(255)
    }
  })

  it('drops a target URL GitLab would reject (too long) but keeps it for GitHub', () => {
    const url = 'https://ci.example/' + 'p'.repeat(250)
    const status = { context: 'f41/CI', state: 'pending' as const, description: 'running', targetUrl: url }
    expect(toStatusWrite('gitlab', status).targetUrl).toBeUndefined()
    expect(toStatusWrite('github', status).targetUrl).toBe(url)
    expect('targetUrl' in toStatusWrite('gitlab', status)).toBe(false)
  })

  it('maps the state and makes the description one line', () => {
    expect(
      toStatusWrite('gitlab', { context: 'f41/CI', state: 'canceled', description: 'stopped\nby user' }),
    ).toEqual({ context: 'f41/CI', state: 'canceled', description: 'stopped by user' })
  })
})

describe('a suffix kept whole', () => {
  const SUFFIX = '(dist-git 1a2b3c4d)'

  it.each<Platform>(['github', 'gitlab'])('%s: cuts the text, never the suffix, to the limit', (platform) => {
    const max = PLATFORM_LIMITS[platform].description
    const write = toStatusWrite(platform, {
      context: 'f41/Zuul',
      state: 'failure',
      description: 'y'.repeat(400),
      suffix: SUFFIX,
    })
    expect(codePointLength(write.description)).toBe(max)
    expect(write.description.endsWith(`… ${SUFFIX}`)).toBe(true)
  })

  it('adds it after one space to a text that fits, alone to an empty text', () => {
    expect(withSuffix('Build succeeded.', SUFFIX, 140)).toBe(`Build succeeded. ${SUFFIX}`)
    expect(withSuffix('', SUFFIX, 140)).toBe(SUFFIX)
    expect(withSuffix('ok', '', 140)).toBe('ok')
    expect(
      toStatusWrite('github', { context: 'c', state: 'success', description: ' ', suffix: ` ${SUFFIX}\n` })
        .description,
    ).toBe(SUFFIX)
  })

  it('cuts only a suffix longer than the limit itself', () => {
    expect(withSuffix('text', SUFFIX, 10)).toBe('(dist-git…')
    expect(withSuffix('text', SUFFIX, SUFFIX.length)).toBe(SUFFIX)
    expect(withSuffix('text', SUFFIX, SUFFIX.length + 2)).toBe(`… ${SUFFIX}`)
  })
})
