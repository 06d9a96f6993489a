import { describe, expect, it } from '@jest/globals'
import { SpecFile, isPatchApplied, unappliedPatchWarnings } from '../../../src/spec/index.js'

const prepOf = (...lines: string[]) =>
  SpecFile.parse(['Name: x', 'Version: 1', '%prep', ...lines, '%build', ''].join('\n')).prep()

describe('analyzePrep', () => {
  it('reads every %patch form', () => {
    const prep = prepOf(
      '%setup -q',
      '%patch -P1 -p1',
      '%patch -P 2 -p1 -b .orig',
      '%patch3 -p0',
      '%patch 4 -p1',
      '%patch -p1 -z .x -P5',
      '%patch',
    )
    expect(prep.applications.map((a) => a.numbers)).toEqual([[1], [2], [3], [4], [5], [0]])
    for (const n of [0, 1, 2, 3, 4, 5]) expect(isPatchApplied(prep, n)).toBe(true)
    expect(isPatchApplied(prep, 6)).toBe(false)
  })

  it('knows %autosetup applies everything unless -N', () => {
    expect(isPatchApplied(prepOf('%autosetup -p1'), 99)).toBe(true)
    expect(isPatchApplied(prepOf('%forgeautosetup -p1'), 99)).toBe(true)
    expect(isPatchApplied(prepOf('%autosetup -N -n foo'), 99)).toBe(false)
    expect(isPatchApplied(prepOf('%autosetup -p1 -SgitN'), 99)).toBe(false)
  })

  it('knows %autopatch ranges and explicit numbers', () => {
    expect(isPatchApplied(prepOf('%autosetup -N', '%autopatch -p1'), 7)).toBe(true)
    expect(isPatchApplied(prepOf('%autopatch -p1 -M 5'), 7)).toBe(false)
    expect(isPatchApplied(prepOf('%autopatch -p1 -m 5'), 7)).toBe(true)
    expect(isPatchApplied(prepOf('%autopatch -p1 -m 8'), 7)).toBe(false)
    expect(isPatchApplied(prepOf('%autopatch -p1 1 2'), 2)).toBe(true)
    expect(isPatchApplied(prepOf('%autopatch -p1 1 2'), 3)).toBe(false)
  })

  it('explains why a patch would not be applied, naming the line', () => {
    expect(unappliedPatchWarnings(prepOf('%autopatch -p1 -M 5'), [7])).toEqual([
      'Patch7 will not be applied by "%autopatch -p1 -M 5" (line 4); widen its range or add "%patch -P7 -p1"',
    ])
    expect(unappliedPatchWarnings(prepOf('%setup -q'), [1])).toEqual([
      'Patch1 will not be applied: %prep (line 3) has no %autosetup, %autopatch or %patch line; use %autosetup -p1',
    ])
    const noPrep = SpecFile.parse('Name: x\nVersion: 1\n').prep()
    expect(noPrep.prepLine).toBe(-1)
    expect(unappliedPatchWarnings(noPrep, [1])).toEqual([
      'Patch1 is declared but the spec has no %prep section to apply it',
    ])
    expect(unappliedPatchWarnings(prepOf('%autosetup -p1'), [1])).toEqual([])
  })
})
