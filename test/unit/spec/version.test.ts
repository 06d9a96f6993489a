/**
 * What srcgit writes into Version and Release (issue 13): rpm's rpmCharCheck, checked before
 * anything is written, with the reason. Packit's pre-release conversion is kept.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  checkRpmVersion,
  decodeSpecText,
  rpmVersionProblem,
  SpecError,
  SpecFile,
  toRpmVersion,
} from '../../../src/spec/index.js'
import { srcgit } from '../../support/cli.js'

const spec = (...lines: string[]) => lines.join('\n') + '\n'
const BASE = spec('Name: demo', 'Version: 1.0', 'Release: 3%{?dist}', 'Patch0: a.patch', '%changelog')

describe('toRpmVersion', () => {
  it.each([
    // Packit's prerelease_suffix_pattern: the delimiter before the suffix becomes ~ (specfile update_version).
    ['1.2.0-rc1', '1.2.0~rc1', true],
    ['0.1.3-rc1', '0.1.3~rc1', true],
    ['2.0beta2', '2.0~beta2', true],
    ['1.0.pre', '1.0~pre', true],
    ['1.0_preview.3', '1.0~preview.3', true],
    ['1.2.0', '1.2.0', false],
    ['v1.2', 'v1.2', false],
    ['1.2^20240101git1a2b3c', '1.2^20240101git1a2b3c', false],
  ])('%s -> %s', (input, version, prerelease) => {
    expect(toRpmVersion(input)).toEqual({ version, prerelease })
  })

  it('refuses characters rpm refuses in Version, saying which and why', () => {
    expect(() => toRpmVersion('1,2')).toThrow(
      new SpecError(
        'version "1,2" has ",", which rpm refuses in Version: rpm accepts only ASCII letters, digits and . _ + ~ ^ there; ' +
          'use a version without them (for a release tag, check upstream_tag_template)',
      ),
    )
    expect(() => toRpmVersion('v1.2;rm')).toThrow('version "v1.2;rm" has ";", which rpm refuses in Version')
    expect(() => toRpmVersion('1.2 3')).toThrow('version "1.2 3" has " ", which rpm refuses in Version')
    expect(() => toRpmVersion('1.2/3')).toThrow('has "/"')
    expect(() => toRpmVersion('1.2é')).toThrow('has "é"')
  })

  it('refuses "-" (rpm: Illegal char) unless it starts a pre-release suffix, as Packit converts it', () => {
    // Packit writes 1.2-3 as is for a release sync and the build fails; srcgit says so first.
    expect(() => toRpmVersion('1.2-3')).toThrow(
      'version "1.2-3" has "-", which rpm refuses in Version ("-" separates Version from Release; ' +
        'a pre-release suffix such as -rc1 becomes ~rc1)',
    )
    expect(() => toRpmVersion('1.2-rc1', null)).toThrow('has "-"')
    expect(() => toRpmVersion('1.2-3-rc1')).toThrow('version "1.2-3~rc1" has "-"')
    expect(() => toRpmVersion('1;2-rc1')).toThrow('(made from "1;2-rc1")')
  })

  it('refuses macro characters and rpm\'s other rules ("..", empty)', () => {
    expect(() => toRpmVersion('1.%{x}')).toThrow(
      'version "1.%{x}" has "%", "{", "}", which would start a macro in Version: srcgit writes it as literal text',
    )
    expect(() => toRpmVersion('1.2%(id)')).toThrow(SpecError)
    expect(() => toRpmVersion('1..2')).toThrow('version "1..2" has "..", which rpm refuses in Version')
    expect(() => toRpmVersion('')).toThrow('Version cannot be empty')
  })

  it('accepts what rpm accepts and names what it refuses (cross-checked with rpmspec 4.18)', () => {
    for (let c = 0x20; c < 0x7f; c++) {
      const ch = String.fromCharCode(c)
      const accepted = /[A-Za-z0-9._+~^]/.test(ch)
      expect([ch, rpmVersionProblem(`1${ch}2`) === undefined]).toEqual([ch, accepted])
    }
    expect(rpmVersionProblem('1-2', 'Release')).toContain('which rpm refuses in Release')
    expect(() => checkRpmVersion('1 2', 'Release')).toThrow('use a release without them')
  })
})

describe('the editor refuses before writing', () => {
  it('setVersion leaves the spec as it was', () => {
    const s = SpecFile.parse(BASE, { fileName: 'demo.spec' })
    let error: unknown
    try {
      s.setVersion('1,2')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SpecError)
    expect((error as SpecError).file).toBe('demo.spec')
    expect((error as SpecError).message).toMatch(/^version "1,2" has ","/)
    expect(s.toString()).toBe(BASE)
  })

  it('refuses values with line breaks that would add lines an edit must not touch', () => {
    const s = SpecFile.parse(BASE)
    expect(() => s.setRawRelease('1\nEpoch: 3')).toThrow('Release "1\\nEpoch: 3" has a line break')
    expect(() => s.setRawRelease('1 2%{?dist}')).toThrow('release "1 2" has " "')
    expect(() => s.setSource(0, 'b.patch\r\nPatch9: c.patch', 'patch')).toThrow('Patch0')
    expect(() => s.addPatch('x.patch\nPatch7: y.patch')).toThrow('patch location')
    expect(() =>
      s.addChangelogEntry({ text: '- x', author: 'A <a@b.c>\n* Mon Jan 01 2024 B', evr: '1-1' }),
    ).toThrow('changelog author')
    expect(() => s.addChangelogEntry({ text: '- x', author: 'A <a@b.c>', evr: '1-1\n- y' })).toThrow(
      'changelog EVR',
    )
    expect(() => s.setEpoch(2 ** 32)).toThrow('below 4294967296')
    expect(s.toString()).toBe(BASE)
    s.setRawRelease('%autorelease')
    expect(s.toString()).toContain('Release: %autorelease\n')
  })

  it('writes a comment given with line breaks as comment lines', () => {
    const s = SpecFile.parse(BASE)
    s.addPatch('b.patch', { comment: ['first\nsecond', 'third'] })
    expect(s.toString()).toContain('Patch0: a.patch\n# first\n# second\n# third\nPatch1: b.patch\n')
  })
})

describe('decodeSpecText', () => {
  it('decodes UTF-8 and refuses invalid bytes with their line', () => {
    expect(decodeSpecText(Buffer.from('Name: é\n'))).toBe('Name: é\n')
    expect(decodeSpecText(Buffer.from('\uFEFFName: x\n'))).toBe('\uFEFFName: x\n')
    const latin1 = Buffer.concat([Buffer.from('Name: x\nSummary: \uFFFD ok\n'), Buffer.from([0xe9, 0x0a])])
    expect(() => decodeSpecText(latin1, 'x.spec')).toThrow(
      new SpecError(
        'line 3 is not valid UTF-8; srcgit edits specs as UTF-8 text: convert the file (e.g. iconv -f latin1 -t utf-8)',
      ),
    )
  })
})

describe('srcgit spec bump', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-version-'))
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('refuses a version rpm would refuse, writing nothing', async () => {
    const file = path.join(tmp, 'demo.spec')
    writeFileSync(file, BASE)
    const run = await srcgit(['spec', 'bump', file, '--version', 'v1.2;rm', '--write'], tmp)
    expect(run).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'srcgit spec bump: version "v1.2;rm" has ";", which rpm refuses in Version',
      ),
    })
    expect(readFileSync(file, 'utf8')).toBe(BASE)
  })

  it('refuses to rewrite a spec that is not UTF-8 instead of mangling its bytes', async () => {
    const file = path.join(tmp, 'latin1.spec')
    const bytes = Buffer.concat([
      Buffer.from(BASE),
      Buffer.from('* Mon Jan 05 2026 Ren'),
      Buffer.from([0xe9, 0x0a]),
    ])
    writeFileSync(file, bytes)
    const run = await srcgit(['spec', 'bump', file, '--version', '1.1', '--write'], tmp)
    expect(run).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('latin1.spec:6: line 6 is not valid UTF-8'),
    })
    expect(readFileSync(file).equals(bytes)).toBe(true)
  })
})
