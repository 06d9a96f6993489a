import { describe, expect, it } from '@jest/globals'
import { distroSpec } from '../../src/init/distro-spec.js'
import type { PlannedPatch } from '../../src/init/plan.js'

const HEAD = `Name:           hello
Version:        1.0
Release:        1%{?dist}
Summary:        Says hello
License:        MIT
Source0:        hello-1.0.tar.gz
`
const TAIL = `
%description
Says hello.

%prep
%autosetup -p1

%changelog
`

const patch = (number: number, name: string, comment: string[] = []): PlannedPatch => ({
  name,
  number,
  strip: 1,
  comment,
  appliedBy: '%autosetup -p1',
})

describe('distroSpec', () => {
  it('leaves out the PatchN lines and their comments when declaring them again gives the spec back', () => {
    const spec = `${HEAD}# Sent upstream\nPatch1:         a.patch\nPatch2:         b.patch\n${TAIL}`
    const result = distroSpec(spec, [patch(1, 'a.patch', ['# Sent upstream']), patch(2, 'b.patch')], {}, 1)
    expect(result).toEqual({ text: HEAD + TAIL, cleared: true })
  })

  it('keeps them when a PatchN is under %if (declared again, it would lose the condition), saying where', () => {
    const spec = `${HEAD}%if 0%{?fedora}\nPatch1:         a.patch\n%endif\n${TAIL}`
    const result = distroSpec(spec, [patch(1, 'a.patch')], { fedora: '44' }, 1)
    expect(result.cleared).toBe(false)
    expect(result.text).toBe(spec)
    expect(result.keptBecause).toBe('line 7 would be "Patch1:         a.patch" instead of "%if 0%{?fedora}"')
  })

  it('keeps them when a comment would not come back (Patch-status is the comment, trimmed)', () => {
    const spec = `${HEAD}   # indented\nPatch1:         a.patch\n${TAIL}`
    const result = distroSpec(spec, [patch(1, 'a.patch', ['# indented'])], {}, 1)
    expect(result.cleared).toBe(false)
    expect(result.keptBecause).toContain('line 7 would be "# indented"')
  })

  it('keeps them when a declaration that stays numbers higher (a patch %prep does not apply here)', () => {
    const spec = `${HEAD}Patch1:         a.patch\n%if 0%{?rhel}\nPatch4:         rhel.patch\n%endif\n${TAIL}`
    const result = distroSpec(spec, [patch(1, 'a.patch')], {}, 1)
    expect(result.cleared).toBe(false)
    expect(result.keptBecause).toContain('must be higher than every existing patch number (highest is 4)')
  })

  it('changes nothing without patches', () => {
    expect(distroSpec(HEAD + TAIL, [], {}, 1)).toEqual({ text: HEAD + TAIL, cleared: false })
  })
})
