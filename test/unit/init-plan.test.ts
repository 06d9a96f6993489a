/** planPatches: which patches %prep applies, in which order, with which -p level, as rpm reads the spec. */
import { describe, expect, it } from '@jest/globals'
import { InitError } from '../../src/init/errors.js'
import { planPatches } from '../../src/init/plan.js'

const FEDORA = { fedora: '44', dist: '.fc44' }

function spec(preamble: string, prep: string): string {
  return `Name: hello\nVersion: 1.0\nRelease: 1\nSummary: s\nLicense: MIT\nSource0: hello-1.0.tar.gz\n${preamble}\n%description\nd\n\n%prep\n${prep}\n\n%build\n`
}

const summary = (text: string, predefined: Record<string, string> = FEDORA) =>
  planPatches(text, predefined).patches.map((p) => `${p.number}:${p.name}:-p${p.strip}`)

describe('planPatches', () => {
  it('%autosetup applies every patch in numeric order, whatever the tag order, with its -p level', () => {
    expect(summary(spec('Patch2: b.patch\nPatch1: a.patch\nPatch0010: c.patch', '%autosetup -p1'))).toEqual([
      '1:a.patch:-p1',
      '2:b.patch:-p1',
      '10:c.patch:-p1',
    ])
  })

  it('keeps the comment block right above each tag', () => {
    const plan = planPatches(
      spec('# Upstream: https://x/1\n# Fixes a crash\nPatch1: a.patch\n\nPatch2: b.patch', '%autosetup -p1'),
    )
    expect(plan.patches.map((p) => p.comment)).toEqual([['# Upstream: https://x/1', '# Fixes a crash'], []])
  })

  it('follows %autopatch -m/-M ranges and their own -p levels', () => {
    expect(
      summary(
        spec(
          'Patch1: a.patch\nPatch2: b.patch\nPatch20: c.patch',
          '%autosetup -N\n%autopatch -p0 -m 10\n%autopatch -p1 -M 9',
        ),
      ),
    ).toEqual(['20:c.patch:-p0', '1:a.patch:-p1', '2:b.patch:-p1'])
  })

  it('evaluates %if around Patch tags and %prep lines with the branch macros', () => {
    const text = spec(
      'Patch1: a.patch\n%if 0%{?fedora}\nPatch2: fedora.patch\n%else\nPatch3: other.patch\n%endif',
      '%autosetup -N\n%autopatch -p1 -M 2\n%if 0%{?rhel}\n%autopatch -p1 -m 3\n%endif',
    )
    expect(summary(text)).toEqual(['1:a.patch:-p1', '2:fedora.patch:-p1'])
    expect(summary(text, { rhel: '9' })).toEqual(['1:a.patch:-p1', '3:other.patch:-p1'])
  })

  it('reports declared patches %prep never applies', () => {
    const plan = planPatches(
      spec('Patch1: a.patch\nPatch2: b.patch', '%autosetup -N\n%autopatch -M 1'),
      FEDORA,
    )
    expect(plan.patches.map((p) => p.name)).toEqual(['a.patch'])
    expect(plan.unapplied).toEqual(['b.patch'])
  })

  it('accepts hand-written %patch lines that apply every patch once, in numeric order', () => {
    expect(
      summary(
        spec(
          'Patch0: a.patch\nPatch1: b.patch\nPatch2: c.patch',
          '%setup -q\n%patch0 -p1\n%patch -P1 -p0\n%patch 2 -p1',
        ),
      ),
    ).toEqual(['0:a.patch:-p1', '1:b.patch:-p0', '2:c.patch:-p1'])
  })

  it('refuses hand-written %patch lines out of order, naming the line', () => {
    const text = spec('Patch1: a.patch\nPatch2: b.patch', '%setup -q\n%patch -P2 -p1\n%patch -P1 -p1')
    expect(() => planPatches(text, FEDORA)).toThrow(InitError)
    expect(() => planPatches(text, FEDORA)).toThrow(
      /line 15 \("%patch -P1 -p1"\) applies Patch1 after Patch2: .*only when every patch is applied once, in numeric order/,
    )
  })

  it('refuses %patch lines that skip a patch, or apply one twice', () => {
    expect(() =>
      planPatches(spec('Patch1: a.patch\nPatch2: b.patch', '%setup -q\n%patch -P1 -p1'), FEDORA),
    ).toThrow(/never applies Patch2/)
    expect(() => planPatches(spec('Patch1: a.patch', '%autosetup -p1\n%patch -P1 -p1'), FEDORA)).toThrow(
      /applies Patch1 a second time/,
    )
  })

  it('refuses a patch under a condition it cannot evaluate', () => {
    expect(() =>
      planPatches(spec('%if %{with_foo}\nPatch1: a.patch\n%endif', '%autosetup -p1'), FEDORA),
    ).toThrow(/Patch1 is declared under a condition srcgit cannot evaluate/)
  })
})
