import { describe, expect, it } from '@jest/globals'
import { addGitignoreEntries, gitignoreLine } from '../../../src/dist-git/gitignore.js'

describe('addGitignoreEntries', () => {
  it('appends the new archive and keeps the old one, as fedpkg new-sources does', () => {
    expect(addGitignoreEntries('/inih-r61.tar.gz\n', ['inih-r62.tar.gz'])).toEqual({
      text: '/inih-r61.tar.gz\n/inih-r62.tar.gz\n',
      added: ['/inih-r62.tar.gz'],
    })
  })

  it('skips archives already ignored by /name or name, and duplicates in the input', () => {
    const text = '/a.tar.gz\nb.tar.gz\n*.rpm\n'
    expect(addGitignoreEntries(text, ['a.tar.gz', 'b.tar.gz', 'c.tar.gz', 'c.tar.gz'])).toEqual({
      text: '/a.tar.gz\nb.tar.gz\n*.rpm\n/c.tar.gz\n',
      added: ['/c.tar.gz'],
    })
  })

  it('treats a line with trailing spaces as the same line', () => {
    expect(addGitignoreEntries('/a.tar.gz   \n', ['a.tar.gz']).added).toEqual([])
  })

  it('returns the text untouched when nothing is added', () => {
    const text = '/a.tar.gz'
    expect(addGitignoreEntries(text, ['a.tar.gz'])).toEqual({ text, added: [] })
    expect(addGitignoreEntries(text, [])).toEqual({ text, added: [] })
  })

  it('keeps a missing final newline missing', () => {
    expect(addGitignoreEntries('/a.tar.gz', ['b.tar.gz', 'c.tar.gz']).text).toBe(
      '/a.tar.gz\n/b.tar.gz\n/c.tar.gz',
    )
  })

  it('starts an empty file with a final newline', () => {
    expect(addGitignoreEntries('', ['b.tar.gz']).text).toBe('/b.tar.gz\n')
  })

  it('keeps CRLF line ends', () => {
    expect(addGitignoreEntries('/a.tar.gz\r\n', ['b.tar.gz']).text).toBe('/a.tar.gz\r\n/b.tar.gz\r\n')
    expect(addGitignoreEntries('/a.tar.gz\r\n/x', ['b.tar.gz']).text).toBe('/a.tar.gz\r\n/x\r\n/b.tar.gz')
  })
})

describe('gitignoreLine', () => {
  it('anchors the name at the root', () => {
    expect(gitignoreLine('foo-1.2.tar.gz')).toBe('/foo-1.2.tar.gz')
  })

  it('escapes wildcard characters and trailing spaces', () => {
    expect(gitignoreLine('foo[1]*?.tgz')).toBe('/foo\\[1\\]\\*\\?.tgz')
    expect(gitignoreLine('back\\slash')).toBe('/back\\\\slash')
    expect(gitignoreLine('odd  ')).toBe('/odd\\ \\ ')
  })

  it('finds an escaped name already present', () => {
    expect(addGitignoreEntries('/foo\\[1\\].tgz\n', ['foo[1].tgz']).added).toEqual([])
  })

  it('refuses what is not a file name', () => {
    for (const name of ['', 'a/b', '.', '..', 'a\nb']) {
      expect(() => gitignoreLine(name)).toThrow(`.gitignore: ${JSON.stringify(name)} is not a file name`)
    }
  })
})
