import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { firstLine, messageWithoutTrailers, trailerBlockStart } from '../../../src/source-git/trailers.js'
import { gitEnv, TestRepo } from '../../support/git-repo.js'

const CHERRY = '(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)'

describe('trailerBlockStart', () => {
  const repo = TestRepo.init()
  repo.commit('empty tree')
  const tree = repo.git('rev-parse', 'HEAD^{tree}')
  /** The trailer block git itself sees in a commit with this message, verbatim. */
  const gitBlock = (message: string) => {
    const sha = execFileSync('git', ['commit-tree', tree], {
      cwd: repo.dir,
      env: gitEnv(),
      input: message + '\n',
      encoding: 'utf8',
    }).trim()
    const block = execFileSync('git', ['log', '-1', '--format=%(trailers:only=no,unfold=no)', sha], {
      cwd: repo.dir,
      env: gitEnv(),
      encoding: 'utf8',
    })
    return block.replace(/\s+$/, '')
  }
  const ours = (message: string) => message.slice(trailerBlockStart(message)).replace(/\s+$/, '')

  it('finds the block git finds, cherry-pick lines and continuations included', () => {
    for (const message of [
      'Subject only',
      'Subject\n\nBody.',
      'Subject\n\nBody.\n\nCo-authored-by: A <a@example.com>\nCo-authored-by: B <b@example.com>\n' + CHERRY,
      'Subject\n\nBody.\n\nPatch-status: |\n    # a comment\n    # more\nPatch-name: x.patch',
      'Subject\n\nBody.\n\n' + CHERRY,
      'Subject\n\nBody.\n\nSome prose line\nSome more prose\nand more\nSigned-off-by: A <a@example.com>',
      'Subject\n\nBody.\n\nOnly prose here\nKey: value',
      'Subject\nPatch-name: in-the-title.patch',
      'Subject\n\nNote: one line that looks like a trailer',
      'Subject\n\nKey with space: no\nReal-key: yes',
    ])
      expect(ours(message)).toBe(gitBlock(message))
  })

  it('agrees with git on generated messages', () => {
    const line = fc.constantFrom(
      'Plain prose.',
      'Note: prose with a colon',
      'Co-authored-by: A <a@example.com>',
      'Patch-name: x.patch',
      'Signed-off-by: B <b@example.com>',
      '  a continuation',
      '\tanother continuation',
      CHERRY,
      'Key with space: not a trailer',
      'Token : spaced separator',
      '(not a cherry-pick line)',
    )
    const paragraph = fc.array(line, { minLength: 1, maxLength: 5 }).map((lines) => lines.join('\n'))
    const message = fc
      .tuple(fc.constantFrom('Subject', 'Subject\nwrapped'), fc.array(paragraph, { maxLength: 3 }))
      .map(([subject, body]) => [subject, ...body].join('\n\n'))
    fc.assert(
      fc.property(message, (m) => {
        expect(ours(m)).toBe(gitBlock(m))
      }),
      { numRuns: 60 },
    )
  })
})

describe('messageWithoutTrailers (the comment above PatchN)', () => {
  it('drops the trailer block, cherry-pick lines with it', () => {
    const coAuthors = Array.from({ length: 18 }, (_, i) => `Co-authored-by: Dev ${i} <dev${i}@example.com>`)
    expect(messageWithoutTrailers(`Fix it\n\nWhy.\n\n${coAuthors.join('\n')}\n${CHERRY}\n`)).toBe(
      'Fix it\n\nWhy.',
    )
  })

  it('drops the trailers before a cherry-pick paragraph too', () => {
    expect(
      messageWithoutTrailers(
        `Fix it\n\nWhy.\n\nCo-authored-by: A <a@example.com>\nSigned-off-by: B <b@example.com>\n\n${CHERRY}`,
      ),
    ).toBe('Fix it\n\nWhy.')
  })

  it('keeps a body paragraph that is not a trailer block', () => {
    expect(messageWithoutTrailers(`Fix it\n\nWhy it matters.\n\n${CHERRY}`)).toBe('Fix it\n\nWhy it matters.')
    expect(messageWithoutTrailers('Fix it\n\nWhy it matters.\n\nSigned-off-by: B <b@example.com>')).toBe(
      'Fix it\n\nWhy it matters.',
    )
    expect(messageWithoutTrailers('Fix it\nKey: in the subject')).toBe('Fix it\nKey: in the subject')
  })
})

describe('firstLine', () => {
  it("is GitPython's commit.summary: a wrapped subject is not joined", () => {
    expect(firstLine('dracut: a subject that\n  wraps\n\nBody')).toBe('dracut: a subject that')
  })
})
