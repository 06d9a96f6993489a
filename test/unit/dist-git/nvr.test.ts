import { describe, expect, it } from '@jest/globals'
import { branchNvr, needsAutoreleaseNumber, specEpochVersion } from '../../../src/dist-git/nvr.js'
import { SpecError } from '../../../src/spec/errors.js'

const spec = (release: string, extra = '', version = '1.2') =>
  `${extra}Name: hello\nVersion: ${version}\nRelease: ${release}\nSummary: s\nLicense: MIT\n%description\nd\n%prep\n%changelog\n`

describe('branchNvr', () => {
  it('gives the dist tag of each branch', () => {
    expect(branchNvr({ specText: spec('3%{?dist}'), branch: 'rawhide' }).nvr).toBe('hello-1.2-3.fc44')
    expect(branchNvr({ specText: spec('3%{?dist}'), branch: 'main' }).nvr).toBe('hello-1.2-3.fc44')
    expect(branchNvr({ specText: spec('3%{?dist}'), branch: 'f43' }).nvr).toBe('hello-1.2-3.fc43')
    expect(branchNvr({ specText: spec('3%{?dist}'), branch: 'epel9' }).nvr).toBe('hello-1.2-3.el9')
    expect(branchNvr({ specText: spec('3%{?dist}'), branch: 'epel10.1' }).nvr).toBe('hello-1.2-3.el10_1')
    expect(branchNvr({ specText: spec('3%{?dist}'), branch: 'rawhide', rawhide: 45 }).release).toBe('3.fc45')
  })

  it('refuses branches whose dist tag it does not know, unless parse_time_macros sets it', () => {
    for (const branch of ['epel10', 'epel9-next', 'eln', 'c10s'])
      expect(() => branchNvr({ specText: spec('1%{?dist}'), branch })).toThrow(/dist tag of branch/)
    expect(
      branchNvr({ specText: spec('1%{?dist}'), branch: 'epel10', parseTimeMacros: { dist: '.el10_2' } }).nvr,
    ).toBe('hello-1.2-1.el10_2')
  })

  it('reads the branch macros the spec tests and normalizes Epoch', () => {
    const text = spec(
      '%{rel}%{?dist}',
      'Epoch: 02\n%if 0%{?fedora} >= 44\n%global rel 5\n%else\n%global rel 4\n%endif\n',
    )
    expect(branchNvr({ specText: text, branch: 'rawhide' })).toEqual({
      name: 'hello',
      epoch: '2',
      version: '1.2',
      release: '5.fc44',
      nvr: 'hello-1.2-5.fc44',
      evr: '2:1.2-5.fc44',
    })
    expect(branchNvr({ specText: text, branch: 'f43' }).release).toBe('4.fc43')
    expect(specEpochVersion({ specText: text, branch: 'f43' })).toBe('2:1.2')
  })

  it('builds %dist with the spec’s %distprefix and bootstrap, as macros.dist does', () => {
    expect(
      branchNvr({ specText: spec('1%{?dist}', '%global distprefix .20260101git1234\n'), branch: 'f43' })
        .release,
    ).toBe('1.20260101git1234.fc43')
    expect(
      branchNvr({ specText: spec('1%{?dist}', '%bcond_without bootstrap\n'), branch: 'f43' }).release,
    ).toBe('1.fc43~bootstrap')
    expect(() =>
      branchNvr({
        specText: spec('1%{?dist}', '%global forgeurl https://github.com/a/b\n%global tag v1\n%forgemeta\n'),
        branch: 'f43',
      }),
    ).toThrow(/distprefix/)
  })

  it('expands %autorelease as rpmautospec’s header does', () => {
    const nvr = (release: string, n = 3, branch = 'rawhide') =>
      branchNvr({ specText: spec(release), branch, autoreleaseNumber: n }).release
    expect(nvr('%autorelease')).toBe('3.fc44')
    expect(nvr('%{autorelease}')).toBe('3.fc44')
    expect(nvr('%autorelease -b 5')).toBe('7.fc44')
    expect(nvr('%autorelease -n')).toBe('3')
    expect(nvr('%autorelease -p -e rc1')).toBe('0.3.rc1.fc44')
    expect(nvr('%{autorelease -e beta2 -s 20260101git1234}', 1, 'f43')).toBe('1.beta2.20260101git1234.fc43')
    expect(nvr('%autorelease -e %{version}')).toBe('3.1.2.fc44')
    expect(() => nvr('%autorelease -x')).toThrow(/not an option/)
    expect(() => nvr('%autorelease -b x')).toThrow(/not a number/)
  })

  it('asks for the history number, unless the spec carries rpmautospec’s header', () => {
    expect(needsAutoreleaseNumber({ specText: spec('%autorelease'), branch: 'rawhide' })).toBe(true)
    expect(needsAutoreleaseNumber({ specText: spec('1%{?dist}'), branch: 'rawhide' })).toBe(false)
    expect(() => branchNvr({ specText: spec('%autorelease'), branch: 'rawhide' })).toThrow(SpecError)
    const header =
      '## START: Set by rpmautospec\n## (rpmautospec version 0.8.5)\n## RPMAUTOSPEC: autorelease\n' +
      '%define autorelease(e:s:pb:n) %{?-p:0.}%{lua:\n    release_number = 7;\n' +
      '    base_release_number = tonumber(rpm.expand("%{?-b*}%{!?-b:1}"));\n' +
      '    print(release_number + base_release_number - 1);\n}%{?-e:.%{-e*}}%{?-s:.%{-s*}}%{!?-n:%{?dist}}\n' +
      '## END: Set by rpmautospec\n\n'
    const processed = spec('%autorelease', header)
    expect(needsAutoreleaseNumber({ specText: processed, branch: 'rawhide' })).toBe(false)
    expect(branchNvr({ specText: processed, branch: 'rawhide', autoreleaseNumber: 99 }).release).toBe(
      '7.fc44',
    )
  })

  it('refuses what it cannot evaluate exactly', () => {
    expect(() => branchNvr({ specText: spec('1%{?dist}', '', '%(date +%Y)'), branch: 'rawhide' })).toThrow(
      /Version .* cannot be evaluated.*ask Koji/,
    )
    expect(() => branchNvr({ specText: spec('%{lua: print(1)}%{?dist}'), branch: 'rawhide' })).toThrow(
      /Release/,
    )
    expect(() => branchNvr({ specText: spec('1%{?dist}', '', '1.0-1'), branch: 'rawhide' })).toThrow(/rpm/)
    expect(() => branchNvr({ specText: spec('1%{?dist}', 'Epoch: x\n'), branch: 'rawhide' })).toThrow(/Epoch/)
    expect(() =>
      branchNvr({ specText: spec('1%{?dist}', '%ifarch x86_64\nEpoch: 1\n%endif\n'), branch: 'rawhide' }),
    ).toThrow(/Epoch \(line 2\) is under "%ifarch x86_64"/)
    expect(() =>
      branchNvr({ specText: spec('1%{?dist}', '%include extra.inc\n'), branch: 'rawhide' }),
    ).toThrow(/%include extra.inc \(line 1\) could not be read/)
    expect(() => branchNvr({ specText: spec('%{baserelease}%{?dist}'), branch: 'rawhide' })).toThrow(
      /baserelease/,
    )
  })
})
