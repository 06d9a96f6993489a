import { describe, expect, it } from '@jest/globals'
import {
  addTrailer,
  carrySupersededCommits,
  COMMIT_ACTION_DIVIDER,
  COMMIT_AUTHORED_BY,
  commitLink,
  commitMessage,
  commitMessageFromAction,
  defaultCommitBody,
  MAX_SUPERSEDED,
  normalizeGitUrl,
  parsePrMarker,
  parseTrailers,
  prBranchName,
  prDescription,
  prTitle,
  previewDescription,
  readmePackit,
  tagLink,
} from '../../../src/dist-git/messages.js'
import { VERSION } from '../../../src/version.js'

const UPSTREAM_SHA = '7f3c2e1d9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d'
const SG_SHA = '0123456789abcdef0123456789abcdef01234567'

describe('commitMessage', () => {
  it('writes Packit’s default message with srcgit’s authored-by line', () => {
    expect(
      commitMessage({
        version: '1.2.3',
        upstreamTag: 'v1.2.3',
        upstreamCommit: UPSTREAM_SHA,
        resolvedBugs: ['rhbz#2345678', 'rhbz#2345679'],
        sourceGitCommit: SG_SHA,
      }),
    ).toBe(
      'Update to 1.2.3 upstream release\n' +
        '\n' +
        '- Resolves: rhbz#2345678\n' +
        '- Resolves: rhbz#2345679\n' +
        '\n' +
        'Upstream tag: v1.2.3\n' +
        'Upstream commit: 7f3c2e1d\n' +
        '\n' +
        'Commit authored by srcgit automation\n' +
        '\n' +
        `From-source-git-commit: ${SG_SHA}\n`,
    )
  })

  it('leaves out absent parts without leaving empty lines', () => {
    expect(commitMessage({ version: '62' })).toBe(
      'Update to 62 upstream release\n\nCommit authored by srcgit automation\n',
    )
    expect(commitMessage({ version: '62', upstreamCommit: UPSTREAM_SHA })).toBe(
      'Update to 62 upstream release\n\nUpstream commit: 7f3c2e1d\n\nCommit authored by srcgit automation\n',
    )
    expect(commitMessage({ version: '62', upstreamTag: 'r62', resolvedBugs: [] })).toBe(
      'Update to 62 upstream release\n\nUpstream tag: r62\n\nCommit authored by srcgit automation\n',
    )
  })

  it('puts the trailer in the last paragraph where git interpret-trailers finds it', () => {
    const message = commitMessage({ version: '1', upstreamTag: 'v1', sourceGitCommit: SG_SHA })
    expect(parseTrailers(message)).toEqual({ 'From-source-git-commit': [SG_SHA] })
  })

  it('uses a title and body from the commit-message action instead of the defaults', () => {
    expect(
      commitMessage({ version: '1', upstreamTag: 'v1', title: ' Rebase to 1 \n', body: '\nDetails.\n\n' }),
    ).toBe('Rebase to 1\n\nDetails.\n')
    expect(commitMessage({ version: '1', title: 'Rebase to 1' })).toBe('Rebase to 1\n')
    expect(commitMessage({ version: '1', title: 'Rebase to 1', sourceGitCommit: SG_SHA })).toBe(
      `Rebase to 1\n\nFrom-source-git-commit: ${SG_SHA}\n`,
    )
  })

  it('falls back to the defaults for a blank title', () => {
    expect(commitMessage({ version: '1', title: '   ', body: 'ignored' })).toBe(
      'Update to 1 upstream release\n\nCommit authored by srcgit automation\n',
    )
  })

  it('joins an existing trailer block of a custom body', () => {
    expect(
      commitMessage({
        version: '1',
        title: 'Rebase',
        body: `Text.\n\nSigned-off-by: A U Thor <a@example.com>\nFrom-source-git-commit: ${'f'.repeat(40)}`,
        sourceGitCommit: SG_SHA,
      }),
    ).toBe(`Rebase\n\nText.\n\nSigned-off-by: A U Thor <a@example.com>\nFrom-source-git-commit: ${SG_SHA}\n`)
  })

  it('refuses a source-git commit that is not a hash', () => {
    expect(() => commitMessage({ version: '1', sourceGitCommit: 'HEAD' })).toThrow(
      'commit message: "HEAD" is not a commit hash',
    )
  })
})

describe('defaultCommitBody', () => {
  it('matches Packit’s template shape', () => {
    expect(
      defaultCommitBody({ upstreamTag: '0.1.0', upstreamCommit: 'abcdef1234', resolvedBugs: ['rhbz#1'] }),
    ).toBe(`- Resolves: rhbz#1\n\nUpstream tag: 0.1.0\nUpstream commit: abcdef12\n\n${COMMIT_AUTHORED_BY}`)
  })
})

describe('addTrailer', () => {
  it('adds a new paragraph when the last one is not a trailer block', () => {
    expect(addTrailer('Title\n\nBody text.\n', 'Token', 'v')).toBe('Title\n\nBody text.\n\nToken: v\n')
  })

  it('never treats the title as a trailer block', () => {
    expect(addTrailer('Fix: something\n', 'Token', 'v')).toBe('Fix: something\n\nToken: v\n')
  })

  it('replaces an existing trailer with the same token (any case), with its continuation lines', () => {
    expect(addTrailer('T\n\nA: 1\ntoken: old\n  more\nB: 2\n', 'Token', 'new')).toBe(
      'T\n\nA: 1\nB: 2\nToken: new\n',
    )
  })

  it('keeps text after a --- divider after it', () => {
    expect(addTrailer('T\n\nBody\n\n---\nnotes\n', 'Token', 'v')).toBe(
      'T\n\nBody\n\nToken: v\n\n---\nnotes\n',
    )
  })

  it('handles an empty message', () => {
    expect(addTrailer('', 'Token', 'v')).toBe('Token: v\n')
  })
})

describe('parseTrailers', () => {
  it('reads the last paragraph of Token: value lines', () => {
    expect(
      parseTrailers(
        'Subject\n\nBody.\n\nPatch-name: fix.patch\nPatch-id: 3\nFrom-source-git-commit: abc\nPatch-id: 4\n\n',
      ),
    ).toEqual({ 'Patch-name': ['fix.patch'], 'Patch-id': ['3', '4'], 'From-source-git-commit': ['abc'] })
  })

  it('unfolds continuation lines and allows blanks before the colon', () => {
    expect(parseTrailers('S\n\nPatch-status: |\n    # first\n    # second\nKey : value\n')).toEqual({
      'Patch-status': ['| # first # second'],
      Key: ['value'],
    })
  })

  it('finds nothing in a message without body, or whose last paragraph is prose', () => {
    expect(parseTrailers('Patch-name: x')).toEqual({})
    expect(parseTrailers('Subject\n\nSome prose: with a colon\nand more text\n')).toEqual({})
    expect(parseTrailers('Subject\n\nA: 1\n\nprose\n')).toEqual({})
    expect(parseTrailers('')).toEqual({})
  })

  it('accepts a mixed block with a git-generated trailer when a quarter of it are trailers', () => {
    expect(
      parseTrailers('S\n\nnot a trailer\nSigned-off-by: A <a@x>\n(cherry picked from commit abc)\nX: 1\n'),
    ).toEqual({ 'Signed-off-by': ['A <a@x>'], X: ['1'] })
    expect(parseTrailers('S\n\none\ntwo\nthree\nfour\nSigned-off-by: A <a@x>\n')).toEqual({})
  })

  it('skips comment lines and stops at a --- divider', () => {
    expect(parseTrailers('S\n\nA: 1\n# comment\nB: 2\n---\nC: 3\n')).toEqual({ A: ['1'], B: ['2'] })
    expect(parseTrailers('# c\nS\n\n  \nA: 1\n')).toEqual({ A: ['1'] })
  })

  it('does not attach continuation lines to a non-trailer line', () => {
    expect(parseTrailers('S\n\nSigned-off-by: A\nplain line\n  cont\nB: 2\n')).toEqual({
      'Signed-off-by': ['A'],
      B: ['2'],
    })
  })

  it('reads CRLF messages and odd token names safely', () => {
    expect(parseTrailers('S\r\n\r\nconstructor: x\r\n')).toEqual({ constructor: ['x'] })
  })
})

describe('commitMessageFromAction', () => {
  it('splits title and body at the first empty line', () => {
    expect(commitMessageFromAction(['Update to 2.0\n\nLong\n\ndescription\n'])).toEqual({
      title: 'Update to 2.0',
      body: 'Long\n\ndescription',
    })
  })

  it('joins the outputs of all commands without separator', () => {
    expect(commitMessageFromAction(['Title', ' continued\n', '\nBody\n'])).toEqual({
      title: 'Title continued',
      body: 'Body',
    })
  })

  it('takes only what follows the last divider', () => {
    expect(
      commitMessageFromAction([
        `debug\n${COMMIT_ACTION_DIVIDER}old\n${COMMIT_ACTION_DIVIDER}`,
        'New title\n',
      ]),
    ).toEqual({ title: 'New title', body: '' })
  })

  it('returns undefined without output or without title', () => {
    expect(commitMessageFromAction([])).toBeUndefined()
    expect(commitMessageFromAction([''])).toBeUndefined()
    expect(commitMessageFromAction(['\n\nbody only'])).toBeUndefined()
    expect(commitMessageFromAction(['   \n\nbody'])).toBeUndefined()
  })
})

describe('pull request texts', () => {
  it('names the branch and title like Packit', () => {
    expect(prBranchName('rawhide')).toBe('rawhide-update-propose_downstream')
    expect(prBranchName('f41', 'pull_from_upstream')).toBe('f41-update-pull_from_upstream')
    expect(prTitle('f41', '1.2.3')).toBe('Update f41 to upstream release 1.2.3')
  })

  it('links tag, commit and bugs on GitHub and adds the marker', () => {
    expect(
      prDescription({
        upstreamUrl: 'git@github.com:benhoyt/inih.git',
        tag: 'r62',
        commit: UPSTREAM_SHA,
        resolvedBugs: ['rhbz#2345678', 'upstream#9', 'CVE-2024-1'],
        sourceGitUrl: 'https://github.com/example/inih-sg.git',
        sourceGitCommit: SG_SHA,
      }),
    ).toBe(
      'Upstream tag: [r62](https://github.com/benhoyt/inih/releases/tag/r62)\n' +
        `Upstream commit: [7f3c2e1d](https://github.com/benhoyt/inih/commit/${UPSTREAM_SHA})\n` +
        'Resolves: [rhbz#2345678](https://bugzilla.redhat.com/show_bug.cgi?id=2345678)\n' +
        'Resolves: [upstream#9](https://bugzilla.redhat.com/show_bug.cgi?id=9)\n' +
        'Resolves: CVE-2024-1\n' +
        `Source-git commit: [01234567](https://github.com/example/inih-sg/commit/${SG_SHA})\n` +
        '\n' +
        `<!-- srcgit: {"source_git":"https://github.com/example/inih-sg","commit":"${SG_SHA}"} -->\n`,
    )
  })

  it('uses GitLab link forms for any host containing "gitlab"', () => {
    expect(
      prDescription({
        upstreamUrl: 'https://gitlab.gnome.org/GNOME/glib.git',
        tag: '2.80.0',
        commit: UPSTREAM_SHA,
      }),
    ).toBe(
      'Upstream tag: [2.80.0](https://gitlab.gnome.org/GNOME/glib/-/tags/2.80.0)\n' +
        `Upstream commit: [7f3c2e1d](https://gitlab.gnome.org/GNOME/glib/-/commit/${UPSTREAM_SHA})\n`,
    )
  })

  it('links only commits on pagure.io and nothing elsewhere', () => {
    expect(
      prDescription({ upstreamUrl: 'https://pagure.io/fedpkg.git', tag: '1.45', commit: UPSTREAM_SHA }),
    ).toBe(`Upstream tag: 1.45\nUpstream commit: [7f3c2e1d](https://pagure.io/fedpkg/c/${UPSTREAM_SHA})\n`)
    expect(
      prDescription({ upstreamUrl: 'https://git.kernel.org/pub/scm/x.git', tag: 'v1', commit: UPSTREAM_SHA }),
    ).toBe('Upstream tag: v1\nUpstream commit: 7f3c2e1d\n')
    expect(prDescription({ upstreamUrl: '/srv/local/repo', tag: 'v1', commit: UPSTREAM_SHA })).toBe(
      'Upstream tag: v1\nUpstream commit: 7f3c2e1d\n',
    )
  })

  it('omits absent lines', () => {
    expect(prDescription({})).toBe('')
    expect(prDescription({ resolvedBugs: ['rhbz#1'] })).toBe(
      'Resolves: [rhbz#1](https://bugzilla.redhat.com/show_bug.cgi?id=1)\n',
    )
    expect(prDescription({ sourceGitUrl: 'git@gitlab.com:me/pkg.git' })).toBe(
      '<!-- srcgit: {"source_git":"https://gitlab.com/me/pkg"} -->\n',
    )
    expect(prDescription({ sourceGitUrl: '/srv/sg' })).toBe('<!-- srcgit: {"source_git":"/srv/sg"} -->\n')
    expect(prDescription({ sourceGitCommit: SG_SHA })).toBe(
      `Source-git commit: 01234567\n\n<!-- srcgit: {"commit":"${SG_SHA}"} -->\n`,
    )
  })

  it('keeps the marker a valid HTML comment whatever the URL holds', () => {
    const text = prDescription({ sourceGitUrl: 'file:///tmp/a-->b<c>', sourceGitCommit: SG_SHA })
    expect(text).toContain('<!-- srcgit: {"source_git":"file:///tmp/a\\u002d-\\u003eb\\u003cc\\u003e"')
    expect(text.match(/-->/g)).toHaveLength(1)
    expect(parsePrMarker(text)).toEqual({ sourceGit: 'file:///tmp/a-->b<c>', commit: SG_SHA })
  })
})

describe('parsePrMarker', () => {
  const marker = `<!-- srcgit: {"source_git":"https://github.com/o/r","commit":"${SG_SHA}"} -->`

  it('reads back what prDescription wrote', () => {
    const text = prDescription({ sourceGitUrl: 'https://github.com/o/r', sourceGitCommit: SG_SHA, tag: 'v1' })
    expect(parsePrMarker(text)).toEqual({ sourceGit: 'https://github.com/o/r', commit: SG_SHA })
  })

  it('survives edits around it, CRLF, and extra spaces', () => {
    const edited = `Reviewer notes here.\r\n\r\n${marker.replace('<!-- ', '<!--   ').replace(' -->', '\r\n-->')}\r\n---\nLogs: [Packit dashboard](x)`
    expect(parsePrMarker(edited)).toEqual({ sourceGit: 'https://github.com/o/r', commit: SG_SHA })
  })

  it('takes the last well-formed marker', () => {
    const older = '<!-- srcgit: {"commit":"1111111"} -->'
    expect(parsePrMarker(`${older}\n${marker}\n<!-- srcgit: {broken -->`)?.commit).toBe(SG_SHA)
    expect(parsePrMarker(`${marker}\n${older}`)).toEqual({ commit: '1111111' })
  })

  it('ignores markers that are not objects or carry nothing known', () => {
    expect(parsePrMarker('<!-- srcgit: {"other":1} -->')).toBeUndefined()
    expect(parsePrMarker('<!-- srcgit: {"commit":5} -->')).toBeUndefined()
    expect(parsePrMarker('<!-- other: {"commit":"abc"} -->')).toBeUndefined()
    expect(parsePrMarker('no marker')).toBeUndefined()
  })
})

describe('carrySupersededCommits', () => {
  const repo = 'https://github.com/o/r'
  const sha = (digit: string) => digit.repeat(40)
  const description = (commit: string, sourceGitUrl = repo) =>
    prDescription({ sourceGitUrl, sourceGitCommit: commit, tag: 'v1' })

  it('remembers the commit the PR carried until now in the new marker, and nothing else changes', () => {
    const next = carrySupersededCommits(description(sha('2')), description(sha('1')))
    expect(parsePrMarker(next)).toEqual({ sourceGit: repo, commit: sha('2'), superseded: [sha('1')] })
    expect(next.replace(/<!--.*-->/, '')).toBe(description(sha('2')).replace(/<!--.*-->/, ''))
    expect(next).toContain(`"superseded":["${sha('1')}"]`)
  })

  it('keeps the earlier ones, newest first, at most MAX_SUPERSEDED, never the new commit', () => {
    let text = description(sha('1'))
    for (const digit of ['2', '3', '4', '5', '6', '7', '8'])
      text = carrySupersededCommits(description(sha(digit)), text)
    expect(MAX_SUPERSEDED).toBe(5)
    expect(parsePrMarker(text)?.superseded).toEqual([sha('7'), sha('6'), sha('5'), sha('4'), sha('3')])
    // Back to an earlier commit: it is current again, not superseded.
    const back = carrySupersededCommits(description(sha('5')), text)
    expect(parsePrMarker(back)).toMatchObject({
      commit: sha('5'),
      superseded: [sha('8'), sha('7'), sha('6'), sha('4'), sha('3')],
    })
  })

  it('is stable: the same commit again gives the description the PR already has', () => {
    const once = carrySupersededCommits(description(sha('2')), description(sha('1')))
    expect(carrySupersededCommits(description(sha('2')), once)).toBe(once)
    expect(carrySupersededCommits(description(sha('1')), description(sha('1')))).toBe(description(sha('1')))
  })

  it('leaves the description alone without markers, or for another source-git repository', () => {
    expect(carrySupersededCommits(description(sha('2')), 'written by hand')).toBe(description(sha('2')))
    expect(carrySupersededCommits(description(sha('2')), null)).toBe(description(sha('2')))
    expect(carrySupersededCommits('no marker', description(sha('1')))).toBe('no marker')
    expect(
      carrySupersededCommits(description(sha('2')), description(sha('1'), 'https://github.com/o/other')),
    ).toBe(description(sha('2')))
    // The same repository written another way is the same.
    expect(
      parsePrMarker(
        carrySupersededCommits(description(sha('2')), description(sha('1'), 'git@github.com:o/r.git')),
      )?.superseded,
    ).toEqual([sha('1')])
  })

  it('reads only commit hashes back from a marker', () => {
    expect(
      parsePrMarker(`<!-- srcgit: {"commit":"${SG_SHA}","superseded":["abc1234",5,"not-a-sha"]} -->`),
    ).toEqual({
      commit: SG_SHA,
      superseded: ['abc1234'],
    })
    expect(parsePrMarker(`<!-- srcgit: {"commit":"${SG_SHA}","superseded":"abc1234"} -->`)).toEqual({
      commit: SG_SHA,
    })
  })
})

describe('normalizeGitUrl', () => {
  it('turns remote URLs into web URLs', () => {
    expect(normalizeGitUrl('git@github.com:a/b.git')).toBe('https://github.com/a/b')
    expect(normalizeGitUrl('https://github.com/a/b.git')).toBe('https://github.com/a/b')
    expect(normalizeGitUrl('https://github.com/a/b/')).toBe('https://github.com/a/b')
    expect(normalizeGitUrl('ssh://git@pagure.io:22/fedpkg.git')).toBe('https://pagure.io/fedpkg')
    expect(normalizeGitUrl('git://git.kernel.org/pub/scm/git.git')).toBe('https://git.kernel.org/pub/scm/git')
    expect(normalizeGitUrl('git+ssh://git@GitLab.com/group/sub/proj.git')).toBe(
      'https://gitlab.com/group/sub/proj',
    )
    expect(normalizeGitUrl('http://git.example.org/x')).toBe('http://git.example.org/x')
    expect(normalizeGitUrl('  gitlab.com:me/pkg  ')).toBe('https://gitlab.com/me/pkg')
  })

  it('drops credentials', () => {
    expect(normalizeGitUrl('https://x-access-token:ghs_secret@github.com/o/r.git')).toBe(
      'https://github.com/o/r',
    )
    expect(normalizeGitUrl('https://oauth2:glpat-secret@gitlab.com/o/r')).toBe('https://gitlab.com/o/r')
    // A password with an unescaped @ (user info up to the last @).
    expect(normalizeGitUrl('https://jane:p@ss-secret@gitlab.com/o/r.git')).toBe('https://gitlab.com/o/r')
  })

  it('never puts credentials in a description, also for a URL it cannot turn into a web URL', () => {
    for (const url of [
      'https://x-access-token:ghs_secret@github.com',
      'https://ghs_secret@git.example/',
      'ftp://jane:ghs_secret@files.example/src.git',
      'https://jane:p@ss-ghs_secret@gitlab.com/o/r.git',
    ]) {
      const texts = [
        prDescription({
          upstreamUrl: url,
          tag: 'v1',
          commit: UPSTREAM_SHA,
          sourceGitUrl: url,
          sourceGitCommit: SG_SHA,
        }),
        previewDescription({
          pullRequest: 3,
          title: 't',
          sourceGitUrl: url,
          headCommit: SG_SHA,
          branch: 'rawhide',
        }),
      ]
      for (const text of texts) {
        expect(text).not.toContain('secret')
        expect(text).not.toContain('jane')
        expect(text).toContain('<!-- srcgit: ')
      }
    }
  })

  it('rejects what it does not recognize', () => {
    expect(normalizeGitUrl('/srv/git/repo')).toBeUndefined()
    expect(normalizeGitUrl('file:///srv/git/repo')).toBeUndefined()
    expect(normalizeGitUrl('https://github.com')).toBeUndefined()
    expect(normalizeGitUrl('https://github.com/')).toBeUndefined()
    expect(normalizeGitUrl('not a url')).toBeUndefined()
  })
})

describe('tagLink and commitLink', () => {
  it('know GitHub, GitLab and pagure.io', () => {
    expect(tagLink('https://github.com/o/r', 'v1')).toBe('https://github.com/o/r/releases/tag/v1')
    expect(tagLink('https://gitlab.freedesktop.org/o/r', 'v1')).toBe(
      'https://gitlab.freedesktop.org/o/r/-/tags/v1',
    )
    expect(tagLink('https://pagure.io/r', 'v1')).toBeUndefined()
    expect(commitLink('https://pagure.io/r', 'abc')).toBe('https://pagure.io/r/c/abc')
    expect(commitLink('https://codeberg.org/o/r', 'abc')).toBeUndefined()
  })
})

describe('readmePackit', () => {
  it('writes three lines naming srcgit', () => {
    expect(readmePackit('1.4.0')).toBe(
      'This repository is maintained by srcgit.\n' +
        'https://github.com/srcgit/propose-downstream\n' +
        'The file was generated using srcgit 1.4.0.\n',
    )
  })

  it('uses srcgit’s own version by default', () => {
    expect(readmePackit()).toBe(readmePackit(VERSION))
  })
})
