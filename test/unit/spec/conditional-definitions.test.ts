/**
 * Conditional definitions alone on a line (`%{!?x: %global x ...}`, `%{?!x:%define x 1}`):
 * rpm defines the macro when the test holds, so a Source0 that uses it expands. Judged by rpmspec.
 */
import { describe, expect, it } from '@jest/globals'
import { SpecFile } from '../../../src/spec/index.js'
import { fedoraMacros, rpmView } from '../../support/spec-judge.js'

function spec(preamble: string, source0: string, version = '1.25'): string {
  return `Name:           perl-Text-Demo
Version:        ${version}
Release:        1%{?dist}
Summary:        Demo
License:        GPL-1.0-or-later OR Artistic-1.0-Perl
URL:            https://metacpan.org/release/Text-Demo
${preamble}
Source0:        ${source0}
BuildArch:      noarch

%description
Demo.

%prep
%autosetup -n Text-Demo-%{version}

%changelog
* Mon Jan 06 2025 A Packager <a@example.org> - 1.25-1
- Initial package
`
}

/** Source0's file name as srcgit expands it, with nothing unresolved. */
function source0Name(text: string): string {
  const parsed = SpecFile.parse(text, { predefined: fedoraMacros() })
  const source0 = parsed.sources.find((s) => s.number === 0)!
  expect(source0.expanded.unresolved).toEqual([])
  return SpecFile.fileName(source0.expanded.value)
}

async function rpmSource0(text: string): Promise<string> {
  const view = await rpmView(text)
  if ('error' in view) throw new Error(view.error)
  return view.sources[0]
}

describe('conditional definitions', () => {
  it.each([
    ['%{!?upstream_version: %global upstream_version %{version}}', '%{upstream_version}'],
    ['%{?!upstream_version:%define upstream_version %{version}}', '%{upstream_version}'],
    ['%{!?upstream_version:%global upstream_version %{version}}   ', '%upstream_version'],
    [
      '%global upstream_version 9.9\n%{!?upstream_version: %global upstream_version %{version}}',
      '%{upstream_version}',
    ],
    ['%global has_docs 1\n%{?has_docs: %global upstream_version %{version}_01}', '%{upstream_version}'],
    [
      '%{!?cpan_dir: %global cpan_dir %{lua: print("x")}}\n%{!?cpan_name:%define cpan_name Text-Demo}',
      '%{cpan_name}-%{version}',
    ],
  ])('%s then Source0 %s expands as rpm does', async (preamble, ref) => {
    const text = spec(preamble, `https://cpan.metacpan.org/authors/id/D/DE/DEMO/Text-Demo-${ref}.tar.gz`)
    expect(source0Name(text)).toBe(await rpmSource0(text))
  })

  it('follows the new version after a bump', async () => {
    const text = spec(
      '%{!?upstream_version: %global upstream_version %{version}}',
      'https://cpan.metacpan.org/authors/id/D/DE/DEMO/Text-Demo-%{upstream_version}.tar.gz',
    )
    const edited = SpecFile.parse(text, { predefined: fedoraMacros() })
    edited.setVersion('1.30')
    const bumped = edited.toString()
    expect(source0Name(bumped)).toBe('Text-Demo-1.30.tar.gz')
    expect(await rpmSource0(bumped)).toBe('Text-Demo-1.30.tar.gz')
  })

  it('leaves a macro defined before alone', () => {
    const text = spec(
      '%global upstream_version 2.0\n%{!?upstream_version: %global upstream_version %{version}}',
      'Text-Demo-%{upstream_version}.tar.gz',
    )
    expect(source0Name(text)).toBe('Text-Demo-2.0.tar.gz')
  })
})
