/** A new Patch goes after the whole of a tag that spans lines (a %{lua:...} Source0), judged by rpmspec. */
import { describe, expect, it } from '@jest/globals'
import { SpecFile } from '../../../src/spec/index.js'
import { rpmView } from '../../support/spec-judge.js'

const spec = `Name:           demo
Version:        2.1
Release:        1%{?dist}
Summary:        Demo
License:        MIT
Source0:        %{lua:
  print("https://example.org/demo-" ..
    rpm.expand("%{version}") .. ".tar.gz")
}
%{lua:print("")}

%description
Demo.

%prep
%autosetup -p1

%changelog
* Mon Jan 06 2025 A Packager <a@example.org> - 2.1-1
- Initial package
`

describe('addPatch after a multi-line tag', () => {
  it.each([
    ['no Patch yet', spec],
    [
      'after a multi-line Patch',
      spec.replace('%{lua:print("")}', 'Patch0:         %{lua:\n  print("fix-build.patch")\n}'),
    ],
  ])('%s', async (_label, text) => {
    const edited = SpecFile.parse(text)
    edited.addPatch('demo-exit-code.patch', { comment: ['Return 42'] })
    const view = await rpmView(edited.toString())
    if ('error' in view) throw new Error(view.error)
    expect(view.sources).toContain('demo-2.1.tar.gz')
    expect(view.sources).toContain('demo-exit-code.patch')
  })
})
