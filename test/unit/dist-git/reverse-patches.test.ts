import { describe, expect, it } from '@jest/globals'
import { parseTrailers } from '../../../src/dist-git/messages.js'
import { BroughtBack } from '../../../src/source-git/brought-back.js'
import {
  appendTrailerLines,
  isMailPatch,
  patchDeclaration,
  patchTrailerLines,
  stripPatchDeclarations,
  withoutPatchTrailers,
} from '../../../src/source-git/from-dist-git.js'
import { readPatchTrailers } from '../../../src/source-git/trailers.js'

const SPEC = `Name:           hello
Version:        1.0
Release:        3%{?dist}
Summary:        Hi
License:        MIT
Source0:        hello-1.0.tar.gz
# Greet Fedora
#
# Downstream wording.
Patch1:         0001-Greet-Fedora.patch
# Upstream: https://example.com/pr/1
Patch2:         fix-exit.patch
#Patch3:        disabled.patch
Patch4:         no-comment.patch

BuildRequires:  gcc

%description
Hi.

%prep
%autosetup -p1
%patch -P 7 -p0

%changelog
* Mon Nov 02 2026 Jane <jane@example.com> - 1.0-3
- Fix exit
`

describe('stripPatchDeclarations', () => {
  it('removes the named PatchN lines with the comment block above them, nothing else', () => {
    const stripped = stripPatchDeclarations(SPEC, new Set(['0001-Greet-Fedora.patch', 'fix-exit.patch']))
    expect(stripped).toBe(
      SPEC.replace(
        '# Greet Fedora\n#\n# Downstream wording.\nPatch1:         0001-Greet-Fedora.patch\n',
        '',
      ).replace('# Upstream: https://example.com/pr/1\nPatch2:         fix-exit.patch\n', ''),
    )
  })

  it('keeps a commented-out tag above a stripped patch', () => {
    const stripped = stripPatchDeclarations(SPEC, new Set(['no-comment.patch']))
    expect(stripped).toContain('#Patch3:        disabled.patch\n\nBuildRequires')
  })

  it('returns the text as it is when no name is declared', () => {
    expect(stripPatchDeclarations(SPEC, new Set(['other.patch']))).toBe(SPEC)
    expect(stripPatchDeclarations(SPEC, new Set())).toBe(SPEC)
  })

  it('removes %patchlist entries too', () => {
    const spec =
      'Name: x\nVersion: 1\nRelease: 1\nSummary: x\nLicense: MIT\n\n%patchlist\na.patch\nb.patch\nc.patch\n'
    expect(stripPatchDeclarations(spec, new Set(['a.patch', 'c.patch']))).toBe(
      'Name: x\nVersion: 1\nRelease: 1\nSummary: x\nLicense: MIT\n\n%patchlist\nb.patch\n',
    )
  })
})

describe('patchDeclaration', () => {
  it('reads number, comment block and -p level of %autosetup', () => {
    expect(patchDeclaration(SPEC, 'fix-exit.patch')).toEqual({
      number: 2,
      comment: ['# Upstream: https://example.com/pr/1'],
      strip: 1,
      applied: true,
    })
    expect(patchDeclaration(SPEC, '0001-Greet-Fedora.patch')?.comment).toEqual([
      '# Greet Fedora',
      '#',
      '# Downstream wording.',
    ])
  })

  it('has no comment when a commented-out tag is right above', () => {
    expect(patchDeclaration(SPEC, 'no-comment.patch')).toMatchObject({ number: 4, comment: [] })
  })

  it('takes -p from the %patch line that applies the patch', () => {
    const spec = SPEC.replace('%autosetup -p1', '%setup -q').replace(
      'Patch4:         no-comment.patch',
      'Patch4:         no-comment.patch\nPatch7:         zero.patch',
    )
    expect(patchDeclaration(spec, 'zero.patch')).toMatchObject({ number: 7, strip: 0, applied: true })
    expect(patchDeclaration(spec, 'fix-exit.patch')).toMatchObject({ strip: 1, applied: false })
  })

  it('is undefined for a patch the spec does not declare', () => {
    expect(patchDeclaration(SPEC, 'other.patch')).toBeUndefined()
  })
})

describe('isMailPatch', () => {
  it('knows git format-patch output and mails from their headers', () => {
    expect(isMailPatch(Buffer.from(`From ${'a'.repeat(40)} Mon Sep 17 00:00:00 2001\nFrom: A <a@b>\n`))).toBe(
      true,
    )
    expect(isMailPatch(Buffer.from('From: A <a@b>\nSubject: [PATCH] x\n\nbody\n'))).toBe(true)
    expect(isMailPatch(Buffer.from('diff --git a/x b/x\n--- a/x\n+++ b/x\n'))).toBe(false)
    expect(isMailPatch(Buffer.from('Fix it\n\nFrom: in the body\nSubject: too\n'))).toBe(false)
  })
})

describe('patch trailers', () => {
  it('are read back by update-dist-git as Patch-name, Patch-id and Patch-status', () => {
    const message = appendTrailerLines(
      'Fix the exit code\n\nLonger text.\n\nSigned-off-by: A <a@example.com>',
      [
        ...patchTrailerLines({
          name: 'fix-exit.patch',
          number: 2,
          comment: ['# Upstream: https://example.com/pr/1', '#', '# Second line'],
        }),
        'From-dist-git-commit: ' + 'c'.repeat(40),
      ],
    )
    expect(message).toBe(
      'Fix the exit code\n\nLonger text.\n\nSigned-off-by: A <a@example.com>\nPatch-name: fix-exit.patch\nPatch-id: 2\n' +
        'Patch-status: |\n    # Upstream: https://example.com/pr/1\n    #\n    # Second line\n' +
        `From-dist-git-commit: ${'c'.repeat(40)}\n`,
    )
    expect(parseTrailers(message)['From-dist-git-commit']).toEqual(['c'.repeat(40)])
    const block = message.slice(message.indexOf('Signed-off-by'))
    expect(readPatchTrailers(block, 'test')).toEqual({
      name: 'fix-exit.patch',
      patchId: 2,
      description: '# Upstream: https://example.com/pr/1\n#\n# Second line',
      presentInSpecfile: false,
      ignore: false,
      noPrefix: false,
    })
  })

  it('quote a file name YAML would read as something else, and mark -p0 patches', () => {
    expect(patchTrailerLines({ name: 'true', noPrefix: true })).toEqual([
      'Patch-name: "true"',
      'No-prefix: true',
    ])
    expect(patchTrailerLines({ name: 'a: b.patch' })).toEqual(['Patch-name: "a: b.patch"'])
    expect(readPatchTrailers('Patch-name: "a: b.patch"', 'test')?.name).toBe('a: b.patch')
  })

  it('start a new paragraph when the message has no trailer block', () => {
    expect(appendTrailerLines('Apply patch x.patch', ['Patch-name: x.patch'])).toBe(
      'Apply patch x.patch\n\nPatch-name: x.patch\n',
    )
    expect(appendTrailerLines('Title\n\nKey: value in the body\nmore prose', ['A: b'])).toBe(
      'Title\n\nKey: value in the body\nmore prose\n\nA: b\n',
    )
  })

  it('drop patch trailers a mail already carries, keep the others', () => {
    expect(
      withoutPatchTrailers(
        'Title\n\nBody.\n\nSigned-off-by: A <a@b>\nPatch-name: other.patch\nPatch-status: |\n    # old\nIgnore-patch: true\n',
      ),
    ).toBe('Title\n\nBody.\n\nSigned-off-by: A <a@b>')
    expect(withoutPatchTrailers('Title\n\nPatch-name: is prose here, not a trailer\nreally')).toBe(
      'Title\n\nPatch-name: is prose here, not a trailer\nreally',
    )
  })
})

describe('BroughtBack', () => {
  it('matches full and abbreviated trailer values', () => {
    const set = BroughtBack.of(['A'.repeat(40), 'bbbbbbb'])
    expect(set.has('a'.repeat(40))).toBe(true)
    expect(set.has('b'.repeat(40))).toBe(true)
    expect(set.has('c'.repeat(40))).toBe(false)
    expect(set.size).toBe(2)
  })
})
