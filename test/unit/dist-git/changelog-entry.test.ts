import { describe, expect, it } from '@jest/globals'
import {
  changelogAuthor,
  changelogEntryText,
  DEFAULT_CHANGELOG_AUTHOR,
} from '../../../src/dist-git/changelog-entry.js'

describe('changelogEntryText', () => {
  it('defaults to Packit’s line', () => {
    expect(changelogEntryText({ version: '1.2.0-rc1', copyReleaseDescription: false })).toBe(
      '- Update to version 1.2.0-rc1',
    )
  })

  it('appends one Resolves line per bug to the default', () => {
    expect(
      changelogEntryText({
        version: '62',
        copyReleaseDescription: false,
        resolvedBugs: ['rhbz#1', 'rhbz#2'],
      }),
    ).toBe('- Update to version 62\n- Resolves: rhbz#1\n- Resolves: rhbz#2')
  })

  it('uses the action output: each command right-stripped, joined by newlines, no bug lines', () => {
    expect(
      changelogEntryText({
        version: '62',
        copyReleaseDescription: false,
        actionOutput: ['- New upstream release  \n\n', '- Drop patch for CVE-2023-1\n'],
        resolvedBugs: ['rhbz#1'],
      }),
    ).toBe('- New upstream release\n- Drop patch for CVE-2023-1')
  })

  it('treats blank action output as none', () => {
    expect(
      changelogEntryText({
        version: '62',
        copyReleaseDescription: false,
        actionOutput: ['', '  \n'],
        resolvedBugs: ['rhbz#1'],
      }),
    ).toBe('- Update to version 62\n- Resolves: rhbz#1')
  })

  it('prefers the release description when copying is enabled, even over the action', () => {
    const releaseDescription = '\r\n\r\n  ## What changed\r\n* Faster parser\r\n\r\n'
    expect(
      changelogEntryText({
        version: '2.0',
        copyReleaseDescription: true,
        releaseDescription,
        actionOutput: ['- x'],
      }),
    ).toBe('  ## What changed\n* Faster parser')
    expect(
      changelogEntryText({
        version: '2.0',
        copyReleaseDescription: true,
        releaseDescription,
        resolvedBugs: ['rhbz#7'],
      }),
    ).toBe('  ## What changed\n* Faster parser\n- Resolves: rhbz#7')
  })

  it('ignores the release description when copying is off or it is empty', () => {
    expect(
      changelogEntryText({ version: '2.0', copyReleaseDescription: false, releaseDescription: 'notes' }),
    ).toBe('- Update to version 2.0')
    expect(
      changelogEntryText({ version: '2.0', copyReleaseDescription: true, releaseDescription: ' \n ' }),
    ).toBe('- Update to version 2.0')
    expect(changelogEntryText({ version: '2.0', copyReleaseDescription: true })).toBe(
      '- Update to version 2.0',
    )
  })

  it('leaves %-escaping to the spec editor', () => {
    expect(
      changelogEntryText({ version: '1', copyReleaseDescription: false, actionOutput: ['- Use %{name}'] }),
    ).toBe('- Use %{name}')
  })
})

describe('changelogAuthor', () => {
  it('prefers $RPM_PACKAGER', () => {
    expect(
      changelogAuthor({ RPM_PACKAGER: ' Jane Packager <jane@example.com> ' }, 'Git User', 'git@example.com'),
    ).toBe('Jane Packager <jane@example.com>')
  })

  it('uses the git identity when both name and email are known', () => {
    expect(changelogAuthor({ RPM_PACKAGER: '  ' }, 'Git User', 'git@example.com')).toBe(
      'Git User <git@example.com>',
    )
  })

  it('falls back to srcgit for no or half an identity', () => {
    expect(changelogAuthor({})).toBe('srcgit <srcgit@users.noreply.github.com>')
    expect(changelogAuthor({}, 'runner')).toBe(DEFAULT_CHANGELOG_AUTHOR)
    expect(changelogAuthor({ RPM_PACKAGER: undefined }, '', 'a@b')).toBe(DEFAULT_CHANGELOG_AUTHOR)
  })
})
