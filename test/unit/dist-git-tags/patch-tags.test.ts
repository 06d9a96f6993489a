import { describe, expect, it } from '@jest/globals'
import { declarePatches } from '../../../src/dist-git/patch-tags.js'
import { SpecFile } from '../../../src/spec/index.js'

const SPEC = [
  'Name: hello',
  'Version: 1.0',
  'Release: 1%{?dist}',
  'Source0: hello-1.0.tar.gz',
  '# Old generated patch',
  'Patch1: 0001-old.patch',
  '# Maintainer patch',
  'Patch2: fix-by-hand.patch',
  '',
  '%prep',
  '%autosetup -p1',
  '',
].join('\n')

describe('declarePatches', () => {
  it('removes stale generated patches, keeps hand-added ones, declares new ones', () => {
    const spec = SpecFile.parse(SPEC)
    const result = declarePatches(
      spec,
      [
        { name: '0001-new.patch', comment: ['New change'], presentInSpecfile: false },
        { name: 'kept.patch', comment: ['x'], presentInSpecfile: true },
        { name: 'with-id.patch', patchId: 10, comment: ['# Already a comment'], presentInSpecfile: false },
      ],
      ['0001-old.patch', 'not-declared.patch'],
      4,
    )
    expect(result).toEqual({
      declared: [
        { name: '0001-new.patch', number: 3 },
        { name: 'with-id.patch', number: 10 },
      ],
      removed: ['0001-old.patch'],
      warnings: [],
    })
    expect(spec.toString()).toBe(
      [
        'Name: hello',
        'Version: 1.0',
        'Release: 1%{?dist}',
        'Source0: hello-1.0.tar.gz',
        '# Maintainer patch',
        'Patch2: fix-by-hand.patch',
        '# New change',
        'Patch3: 0001-new.patch',
        '# Already a comment',
        'Patch10: with-id.patch',
        '',
        '%prep',
        '%autosetup -p1',
        '',
      ].join('\n'),
    )
  })

  it('does nothing when every patch is present in the spec', () => {
    const spec = SpecFile.parse(SPEC)
    const result = declarePatches(spec, [{ name: 'a.patch', comment: [], presentInSpecfile: true }], [], 4)
    expect(result).toEqual({ declared: [], removed: [], warnings: [] })
    expect(spec.toString()).toBe(SPEC)
  })

  it('passes on %prep warnings once', () => {
    const spec = SpecFile.parse(SPEC.replace('%autosetup -p1', '%setup -q\n%patch -P2 -p1'))
    const result = declarePatches(spec, [{ name: 'b.patch', comment: [], presentInSpecfile: false }], [], 4)
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatch(/^Patch3 will not be applied/)
  })
})
