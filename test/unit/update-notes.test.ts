import { describe, expect, it } from '@jest/globals'
import { KOJI_FAULTS, KojiError, type KojiBuild } from '../../src/builds/koji.js'
import {
  bugzillaIds,
  changelogSinceLatestStable,
  formatChangelog,
  nevrName,
  updateNotes,
  type UpdateNotesKoji,
} from '../../src/builds/update-notes.js'

/*
 * The expected values of bugzillaIds and formatChangelog were produced by running Packit's and
 * specfile's own code, extracted verbatim with `ast` from packit/packit@69d783e8
 * (packit/distgit.py get_bugzilla_ids_from_changelog, packit/utils/koji_helper.py
 * format_changelog) and packit/specfile@cc8619e5 (specfile/changelog.py ChangelogEntry.assemble,
 * __str__), under CPython 3.11 with TZ=UTC.
 */

const JAN05 = 1767614400 // 2026-01-05 12:00 UTC, a Monday
const JAN03 = 1767441600
const DEC25 = 1766664000
const NOV01 = 1761998400
const LATE = 1767657599 // 2026-01-05 23:59:59 UTC

describe('bugzillaIds (Packit get_bugzilla_ids_from_changelog)', () => {
  it.each([
    ['Resolves: rhbz#1234567', ['1234567']],
    ['fixes fedora#12345', ['12345']],
    ['closes: epel#123456', ['123456']],
    ['prefix rhbz#12345', ['12345']],
    ['Resolves:: rhbz#12345 fixes rhbz#123456789012x', ['123456789012']],
    ['- Fix crash (rhbz#2345678)\n- Resolves: rhbz#2345679\n', ['2345679']],
  ])('%j → %j', (text, ids) => {
    expect(bugzillaIds(text)).toEqual(ids)
  })

  it.each([
    ['a 4-digit id', 'Fixes rhbz#1234'],
    ['two spaces', 'Closes:  rhbz#123456'],
    ['no whitespace after the colon', 'fixes:rhbz#12345'],
    ['another tracker, none, or a space before #', 'Fixes bz#12345, Fixes #12345, fixes rhbz #12345'],
  ])('matches nothing with %s', (_, text) => {
    expect(bugzillaIds(text)).toEqual([])
  })

  it('keeps order and duplicates, case-insensitively', () => {
    expect(bugzillaIds('resolve rh#98765, fix rhbz#98765 and FIXES RHBZ#55555; Resolves rhbz#98765')).toEqual(
      ['98765', '98765', '55555', '98765'],
    )
  })

  it("has Python's whitespace, case folding and digits", () => {
    expect(
      bugzillaIds(
        'fixes\trhbz#11111 fixes\nrhbz#22222 fixes\x1crhbz#33333 fixes\x85rhbz#44444 fixes\ufeffrhbz#55555',
      ),
    ).toEqual(['11111', '22222', '33333', '44444'])
    expect(bugzillaIds('f\u0131xes rhbz#12345 clo\u017fes rhbz#23456 F\u0130X rhbz#34567')).toEqual([
      '12345',
      '23456',
      '34567',
    ])
    expect(bugzillaIds('fixes rhbz#\u0661\u0662\u0663\u0664\u0665')).toEqual([
      '\u0661\u0662\u0663\u0664\u0665',
    ])
  })
})

describe('formatChangelog (koji_helper.format_changelog + specfile ChangelogEntry.assemble)', () => {
  it('formats an entry as specfile assembles it: zero-padded day, the rpm name as it is', () => {
    expect(
      formatChangelog([
        {
          time: JAN05,
          name: 'Jane Doe <jane@example.org> - 1.1-1',
          text: '- Update to 1.1\n- Fixes rhbz#2345678',
        },
      ]),
    ).toBe('* Mon Jan 05 2026 Jane Doe <jane@example.org> - 1.1-1\n- Update to 1.1\n- Fixes rhbz#2345678\n')
  })

  it('stops at the first entry at or before `since`, and separates entries by an empty line', () => {
    expect(
      formatChangelog(
        [
          { time: JAN05, name: 'Jane Doe <jane@example.org> - 1.2-1', text: '- Two' },
          { time: DEC25, name: 'John Roe <john@example.org> - 1.1-1', text: '- One\n' },
          { time: NOV01, name: 'Jane Doe <jane@example.org> - 1.0-1', text: '- Old' },
          { time: JAN03, name: 'X <x@example.org> - 0.9-1', text: '- misplaced newer' },
        ],
        NOV01,
      ),
    ).toBe(
      '* Mon Jan 05 2026 Jane Doe <jane@example.org> - 1.2-1\n- Two\n\n' +
        '* Thu Dec 25 2025 John Roe <john@example.org> - 1.1-1\n- One\n',
    )
  })

  it("splits lines as Python's splitlines, and dates in UTC", () => {
    expect(
      formatChangelog([
        { time: LATE, name: 'A <a@example.org> - 2-1', text: '' },
        { time: JAN03, name: 'B <b@example.org> - 1-1', text: '- a\r\n\n- b\x0bc\u2028d\n\n' },
      ]),
    ).toBe(
      '* Mon Jan 05 2026 A <a@example.org> - 2-1\n\n\n* Sat Jan 03 2026 B <b@example.org> - 1-1\n- a\n\n- b\nc\nd\n\n',
    )
  })

  it('gives "" when nothing is newer', () => {
    expect(formatChangelog([{ time: JAN05, name: 'A <a@example.org> - 2-1', text: '- x' }], JAN05)).toBe('')
    expect(formatChangelog([])).toBe('')
  })
})

describe('updateNotes (create_bodhi_update)', () => {
  const changelog =
    '* Mon Jan 05 2026 Jane Doe <jane@example.org> - 1.1-1\n- Update to 1.1 (fixes rhbz#2345678)\n'

  it('writes the automatic notes with a changelog block per package that has one, and the bugs in them', () => {
    const result = updateNotes({
      builds: ['python-hello-1.1-1.fc43', 'world-2-1.fc43', 'other-3-1.fc43'],
      changelogs: new Map([
        ['python-hello-1.1-1.fc43', changelog],
        ['world-2-1.fc43', ''],
        ['other-3-1.fc43', undefined],
      ]),
    })
    expect(result.notes).toBe(
      'Automatic update for python-hello-1.1-1.fc43, world-2-1.fc43, other-3-1.fc43.' +
        `\n\n##### **Changelog for python-hello**\n\n\`\`\`\n${changelog}\n\`\`\``,
    )
    expect(result.bugs).toEqual(['2345678'])
    expect(updateNotes({ builds: ['hello-1-1.fc43'], changelogs: new Map() })).toEqual({
      notes: 'Automatic update for hello-1-1.fc43.',
      bugs: [],
    })
  })

  it('fills configured notes as str.format(version=...), and takes no bugs from them', () => {
    const notes = 'New upstream release: {version} {{literal}} }} fixes rhbz#1234567'
    expect(
      updateNotes({ builds: ['hello-1-1'], changelogs: new Map(), configuredNotes: notes, version: '1.2' }),
    ).toEqual({
      notes: 'New upstream release: 1.2 {literal} } fixes rhbz#1234567',
      bugs: [],
    })
    expect(updateNotes({ builds: [], changelogs: new Map(), configuredNotes: '' }).notes).toBe('')
  })

  it.each([
    ['{foo}', /there is no field \{foo\} \(KeyError: 'foo'\)/],
    ['{} and {0}', /\{\} is a positional field/],
    ['a } b', /Single '\}' encountered in format string/],
    ['a {', /Single '\{' encountered in format string/],
    ['a {version', /expected '\}' before end of string/],
    ['{version!r}', /\{version!r\}: srcgit fills in \{version\} as it is/],
    ['{version:>9}', /\{version:>9\}: srcgit fills in/],
  ])('refuses %j with a clear message', (configuredNotes, message) => {
    expect(() => updateNotes({ builds: [], changelogs: new Map(), configuredNotes, version: '1' })).toThrow(
      message,
    )
    expect(() => updateNotes({ builds: [], changelogs: new Map(), configuredNotes, version: '1' })).toThrow(
      /only \{version\} is replaced, write \{\{ and \}\} for literal braces/,
    )
  })

  it('refuses {version} when there is no version', () => {
    expect(() => updateNotes({ builds: [], changelogs: new Map(), configuredNotes: 'v{version}' })).toThrow(
      /\{version\} is used and the version is not known/,
    )
  })

  it("names the package as specfile's NEVR does", () => {
    expect(nevrName('python-hello-1.1-1.fc43')).toBe('python-hello')
    expect(nevrName('hello-2:1.1-1.fc43')).toBe('hello')
    expect(nevrName('hello-1.1')).toBe('hello')
    expect(() => nevrName('hello')).toThrow(/not an N-V-R/)
  })
})

describe('changelogSinceLatestStable: which Koji failures it swallows', () => {
  const build = (nvr: string): KojiBuild => ({ nvr }) as KojiBuild
  /** A reader where hello-1.1 is a candidate and hello-1.0 stable; `fail` replaces one read. */
  function reader(
    fail: Partial<Record<keyof UpdateNotesKoji, Error>> = {},
  ): UpdateNotesKoji & { calls: string[] } {
    const calls: string[] = []
    const run = async <T>(name: keyof UpdateNotesKoji, value: T): Promise<T> => {
      calls.push(name)
      if (fail[name]) throw fail[name]
      return value
    }
    return {
      calls,
      listTags: () => run('listTags', [{ id: 1, name: 'f43-updates-candidate' }]),
      getFullInheritance: () =>
        run('getFullInheritance', [
          { name: 'f43-updates', parent_id: 2 },
          { name: 'f43', parent_id: 3 },
        ]),
      latestTagged: () => run('latestTagged', build('hello-1.0-1.fc43')),
      getRPMHeaders: ({ rpmID }) =>
        run(
          'getRPMHeaders',
          rpmID === 'hello-1.0-1.fc43.src'
            ? { changelogtime: DEC25, changelogname: 'J <j@example.org> - 1.0-1', changelogtext: '- One' }
            : {
                changelogtime: [JAN05, DEC25],
                changelogname: ['J <j@example.org> - 1.1-1', 'J <j@example.org> - 1.0-1'],
                changelogtext: ['- Two', '- One'],
              },
        ),
    }
  }
  const generic = new KojiError('Could not read: No such build', KOJI_FAULTS.GenericError, 'No such build: x')

  it('reads the changelog since the stable build (a scalar header is a list of one, as Packit takes it)', async () => {
    const koji = reader()
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-1.1-1.fc43')).toBe(
      '* Mon Jan 05 2026 J <j@example.org> - 1.1-1\n- Two\n',
    )
    expect(koji.calls).toEqual([
      'listTags',
      'getFullInheritance',
      'latestTagged',
      'getRPMHeaders',
      'getRPMHeaders',
    ])
  })

  it.each(['listTags', 'getFullInheritance', 'latestTagged'] as const)(
    "goes on without a changelog after the hub's GenericError in %s, as Packit",
    async (read) => {
      expect(
        await changelogSinceLatestStable(reader({ [read]: generic }), 'hello', 'hello-1.1-1.fc43'),
      ).toBeUndefined()
    },
  )

  it('gives "" when the new build\'s headers are a GenericError (Packit: [] then "")', async () => {
    const koji = reader()
    const headers = koji.getRPMHeaders
    koji.getRPMHeaders = (opts) =>
      opts.rpmID === 'hello-1.1-1.fc43.src' ? Promise.reject(generic) : headers(opts)
    expect(await changelogSinceLatestStable(koji, 'hello', 'hello-1.1-1.fc43')).toBe('')
  })

  it.each([
    ['no answer', new KojiError('Could not list the tags: connect ECONNREFUSED')],
    ['ServerOffline', new KojiError('offline', KOJI_FAULTS.ServerOffline, 'server is offline')],
    ["the hub's internal error", new KojiError('internal', 1, 'OperationalError: ...')],
  ])('stops on %s instead of writing notes without changelog and bugs', async (_, error) => {
    for (const read of ['listTags', 'getFullInheritance', 'latestTagged', 'getRPMHeaders'] as const)
      await expect(
        changelogSinceLatestStable(reader({ [read]: error }), 'hello', 'hello-1.1-1.fc43'),
      ).rejects.toBe(error)
  })

  it('refuses headers that are not as Koji answers them', async () => {
    const koji = reader()
    koji.getRPMHeaders = async () => ({ changelogtime: [JAN05] })
    await expect(changelogSinceLatestStable(koji, 'hello', 'hello-1.1-1.fc43')).rejects.toThrow(
      /did not answer getRPMHeaders\(hello-1.0-1.fc43.src\) as Koji does: no changelogname/,
    )
  })
})
