import { describe, expect, it } from '@jest/globals'
import { parseSourcesFile, renderSourcesFile, updateSourcesFile } from '../../../src/dist-git/sources-file.js'

// Real-looking digests: sha512 (128 hex digits) and md5 (32).
const H1 = 'a'.repeat(64) + '0123456789abcdef'.repeat(4)
const H2 = 'b'.repeat(64) + 'fedcba9876543210'.repeat(4)
const H3 = 'c'.repeat(128)
const MD5 = 'd41d8cd98f00b204e9800998ecf8427e'

describe('parseSourcesFile', () => {
  it('reads fedpkg BSD lines, storing the hash type in lower case', () => {
    const text = `SHA512 (inih-r62.tar.gz) = ${H1}\nsha512 (inih-r62.tar.gz.asc) = ${H2}\n`
    expect(parseSourcesFile(text)).toEqual({
      entries: [
        { hashType: 'sha512', filename: 'inih-r62.tar.gz', hash: H1 },
        { hashType: 'sha512', filename: 'inih-r62.tar.gz.asc', hash: H2 },
      ],
      problems: [],
    })
  })

  it('reads the old md5sum format (two spaces) as md5', () => {
    expect(parseSourcesFile(`${MD5}  vsftpd-3.0.3.tar.gz\n`).entries).toEqual([
      { hashType: 'md5', filename: 'vsftpd-3.0.3.tar.gz', hash: MD5 },
    ])
  })

  it('ignores blank lines and surrounding whitespace, collapses identical duplicates', () => {
    const line = `SHA512 (a.tar.gz) = ${H1}`
    const parsed = parseSourcesFile(`\n  ${line}  \n\n${line}\r\n`)
    expect(parsed).toEqual({
      entries: [{ hashType: 'sha512', filename: 'a.tar.gz', hash: H1 }],
      problems: [],
    })
  })

  it('reports malformed lines with their line number and goes on', () => {
    const text = [
      `SHA512 (a.tar.gz) = ${H1}`,
      'garbage',
      `SHA512 (with space.tar.gz) = ${H2}`,
      `${MD5} one-space.tar.gz`,
      `nothex  x.tar.gz`,
      `SHA512 (b.tar.gz) = ${H2}`,
    ].join('\n')
    const parsed = parseSourcesFile(text)
    expect(parsed.entries.map((e) => e.filename)).toEqual(['a.tar.gz', 'b.tar.gz'])
    expect(parsed.problems).toEqual([
      { line: 2, message: 'line 2: not a sources entry: "garbage"' },
      { line: 3, message: `line 3: not a sources entry: "SHA512 (with space.tar.gz) = ${H2}"` },
      { line: 4, message: `line 4: not a sources entry: "${MD5} one-space.tar.gz"` },
      { line: 5, message: 'line 5: not a sources entry: "nothex  x.tar.gz"' },
    ])
  })

  it('reports a file listed twice with different hashes and keeps both, like rpkg', () => {
    const parsed = parseSourcesFile(`SHA512 (a.tar.gz) = ${H1}\nSHA512 (a.tar.gz) = ${H2}\n`)
    expect(parsed.entries).toHaveLength(2)
    expect(parsed.problems).toEqual([
      { line: 2, message: 'line 2: "a.tar.gz" is listed again with a different hash (first on line 1)' },
    ])
  })

  it('reads an empty file', () => {
    expect(parseSourcesFile('')).toEqual({ entries: [], problems: [] })
  })
})

describe('renderSourcesFile', () => {
  it('writes BSD lines with the hash type upper-cased and a trailing newline', () => {
    expect(
      renderSourcesFile([
        { hashType: 'sha512', filename: 'inih-r62.tar.gz', hash: H1 },
        { hashType: 'md5', filename: 'old.tar.gz', hash: MD5 },
      ]),
    ).toBe(`SHA512 (inih-r62.tar.gz) = ${H1}\nMD5 (old.tar.gz) = ${MD5}\n`)
  })

  it('writes nothing for no entries', () => {
    expect(renderSourcesFile([])).toBe('')
  })

  it('round-trips what it parses', () => {
    const text = `SHA512 (a.tar.gz) = ${H1}\nSHA512 (b.tar.gz) = ${H2}\n`
    expect(renderSourcesFile(parseSourcesFile(text).entries)).toBe(text)
  })

  it('refuses entries that cannot be written in this format', () => {
    expect(() => renderSourcesFile([{ hashType: 'sha512', filename: 'a b.tgz', hash: H1 }])).toThrow(
      'sources: the file name "a b.tgz" cannot be written (no spaces, parentheses or "/")',
    )
    expect(() => renderSourcesFile([{ hashType: 'sha512', filename: 'dir/a.tgz', hash: H1 }])).toThrow(
      '"dir/a.tgz"',
    )
    expect(() => renderSourcesFile([{ hashType: 'sha 512', filename: 'a.tgz', hash: H1 }])).toThrow(
      'sources: invalid hash type "sha 512"',
    )
    expect(() => renderSourcesFile([{ hashType: 'sha512', filename: 'a.tgz', hash: 'a b' }])).toThrow(
      'sources: invalid hash "a b" for a.tgz',
    )
  })
})

describe('updateSourcesFile', () => {
  const old = `SHA512 (inih-r61.tar.gz) = ${H1}\n`

  it('replaces the previous archive with the new one in place', () => {
    const result = updateSourcesFile(old, [{ filename: 'inih-r62.tar.gz', hash: H2 }], {
      replaceNames: ['inih-r61.tar.gz'],
    })
    expect(result).toEqual({
      text: `SHA512 (inih-r62.tar.gz) = ${H2}\n`,
      added: [{ hashType: 'sha512', filename: 'inih-r62.tar.gz', hash: H2 }],
      removed: [{ hashType: 'sha512', filename: 'inih-r61.tar.gz', hash: H1 }],
      kept: [],
    })
  })

  it('keeps entries that are not ours, and puts new ones where the replaced one was', () => {
    const text = `SHA512 (foo-1.0.tar.gz) = ${H1}\nSHA512 (keyring.gpg) = ${H3}\n`
    const result = updateSourcesFile(text, [{ filename: 'foo-1.1.tar.gz', hash: H2 }], {
      replaceNames: ['foo-1.0.tar.gz'],
    })
    expect(result.text).toBe(`SHA512 (foo-1.1.tar.gz) = ${H2}\nSHA512 (keyring.gpg) = ${H3}\n`)
    expect(result.kept).toEqual([{ hashType: 'sha512', filename: 'keyring.gpg', hash: H3 }])
    expect(result.removed.map((e) => e.filename)).toEqual(['foo-1.0.tar.gz'])
  })

  it('appends when nothing is replaced', () => {
    const result = updateSourcesFile(old, [{ filename: 'extra.tar.gz', hash: H2 }])
    expect(result.text).toBe(`SHA512 (inih-r61.tar.gz) = ${H1}\nSHA512 (extra.tar.gz) = ${H2}\n`)
    expect(result.removed).toEqual([])
  })

  it('replaces an entry with the same file name even when it is not listed in replaceNames', () => {
    const text = `SHA512 (a.tar.gz) = ${H1}\nSHA512 (b.tar.gz) = ${H2}\n`
    const result = updateSourcesFile(text, [{ filename: 'a.tar.gz', hash: H3 }])
    expect(result.text).toBe(`SHA512 (a.tar.gz) = ${H3}\nSHA512 (b.tar.gz) = ${H2}\n`)
    expect(result.removed).toEqual([{ hashType: 'sha512', filename: 'a.tar.gz', hash: H1 }])
    expect(result.added).toEqual([{ hashType: 'sha512', filename: 'a.tar.gz', hash: H3 }])
  })

  it('returns the text unchanged when the entries are already there', () => {
    const text = `SHA512 (a.tar.gz) = ${H1}` // no final newline: left alone
    const result = updateSourcesFile(text, [{ filename: 'a.tar.gz', hash: H1.toUpperCase() }], {
      replaceNames: ['a.tar.gz'],
    })
    expect(result).toEqual({
      text,
      added: [],
      removed: [],
      kept: [{ hashType: 'sha512', filename: 'a.tar.gz', hash: H1 }],
    })
  })

  it('creates the file content from nothing', () => {
    const result = updateSourcesFile('', [
      { filename: 'a.tar.gz', hash: H1 },
      { filename: 'b.tar.gz', hash: H2, hashType: 'SHA512' },
      { filename: 'a.tar.gz', hash: H1 },
    ])
    expect(result.text).toBe(`SHA512 (a.tar.gz) = ${H1}\nSHA512 (b.tar.gz) = ${H2}\n`)
    expect(result.added).toHaveLength(2)
  })

  it('drops every listed name that is not among the new entries, and may end up empty', () => {
    const result = updateSourcesFile(old, [], { replaceNames: ['inih-r61.tar.gz', 'not-there.tgz'] })
    expect(result.text).toBe('')
    expect(result.removed).toHaveLength(1)
  })

  it('keeps foreign md5 lines next to new sha512 entries (the upgrade direction)', () => {
    const text = `${MD5}  legacy-doc.pdf\nSHA512 (foo-1.0.tar.gz) = ${H1}\n`
    const result = updateSourcesFile(text, [{ filename: 'foo-1.1.tar.gz', hash: H2 }], {
      replaceNames: ['foo-1.0.tar.gz'],
    })
    expect(result.text).toBe(`MD5 (legacy-doc.pdf) = ${MD5}\nSHA512 (foo-1.1.tar.gz) = ${H2}\n`)
  })

  it('refuses adding md5 to a file with sha512 lines, naming the line', () => {
    const text = `\nSHA512 (foo-1.0.tar.gz) = ${H1}\n`
    expect(() => updateSourcesFile(text, [{ filename: 'x.pdf', hash: MD5, hashType: 'md5' }])).toThrow(
      'sources: refusing to add the md5 entry x.pdf: line 2 of the sources file (foo-1.0.tar.gz) is sha512; ' +
        'one file must not mix hash types (use sha512)',
    )
  })

  it('refuses mixing hash types among the new entries', () => {
    expect(() =>
      updateSourcesFile('', [
        { filename: 'a.tgz', hash: H1 },
        { filename: 'b.tgz', hash: MD5, hashType: 'md5' },
      ]),
    ).toThrow('sources: refusing to add the md5 entry b.tgz: the new entry a.tgz is sha512;')
  })

  it('accepts md5 entries in an md5-only file', () => {
    const result = updateSourcesFile(`${MD5}  a.tgz\n`, [{ filename: 'b.tgz', hash: MD5, hashType: 'md5' }])
    expect(result.text).toBe(`MD5 (a.tgz) = ${MD5}\nMD5 (b.tgz) = ${MD5}\n`)
  })

  it('refuses a malformed file, naming the line', () => {
    expect(() => updateSourcesFile(`SHA512 (a.tgz) = ${H1}\n<<<<<<< HEAD\n`, [])).toThrow(
      'the sources file cannot be updated: line 2: not a sources entry: "<<<<<<< HEAD"',
    )
  })

  it('refuses new entries with a wrong digest or contradicting each other', () => {
    expect(() => updateSourcesFile('', [{ filename: 'a.tgz', hash: MD5 }])).toThrow(
      `sources: "${MD5}" is not a sha512 digest (for a.tgz: expected 128 hexadecimal digits)`,
    )
    expect(() => updateSourcesFile('', [{ filename: 'a.tgz', hash: 'xyz', hashType: 'blake3' }])).toThrow(
      'sources: "xyz" is not a blake3 digest (for a.tgz: expected some hexadecimal digits)',
    )
    expect(() => updateSourcesFile('', [{ filename: 'a b.tgz', hash: H1 }])).toThrow('cannot be written')
    expect(() =>
      updateSourcesFile('', [
        { filename: 'a.tgz', hash: H1 },
        { filename: 'a.tgz', hash: H2 },
      ]),
    ).toThrow('sources: two different hashes given for a.tgz')
  })
})
