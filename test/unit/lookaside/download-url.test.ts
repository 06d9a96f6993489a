import { describe, expect, it } from '@jest/globals'
import { FEDORA_LOOKASIDE, lookasideDownloadUrl } from '../../../src/lookaside/lookaside.js'

const hash = 'ab'.repeat(64)

describe('lookasideDownloadUrl', () => {
  it('builds the new (sha512) layout fedpkg uses', () => {
    expect(lookasideDownloadUrl(FEDORA_LOOKASIDE.downloadBase, 'rpms/hello', 'hello-1.0.tar.gz', hash)).toBe(
      `https://src.fedoraproject.org/repo/pkgs/rpms/hello/hello-1.0.tar.gz/sha512/${hash}/hello-1.0.tar.gz`,
    )
  })

  it('tolerates slashes around the base and the name, as upload.cgi does', () => {
    expect(lookasideDownloadUrl('http://127.0.0.1:8080/repo/pkgs/', '/rpms/hello/', 'a.tgz', hash)).toBe(
      `http://127.0.0.1:8080/repo/pkgs/rpms/hello/a.tgz/sha512/${hash}/a.tgz`,
    )
  })

  it('keeps common archive-name characters readable and escapes the rest', () => {
    expect(lookasideDownloadUrl('https://x/repo/pkgs', 'rpms/c++', 'foo-1.0+git~1_a,b@c.tar.gz', hash)).toBe(
      `https://x/repo/pkgs/rpms/c++/foo-1.0+git~1_a,b@c.tar.gz/sha512/${hash}/foo-1.0+git~1_a,b@c.tar.gz`,
    )
    expect(lookasideDownloadUrl('https://x/repo/pkgs', 'rpms/foo', 'a#b?c%d.tgz', hash)).toBe(
      `https://x/repo/pkgs/rpms/foo/a%23b%3Fc%25d.tgz/sha512/${hash}/a%23b%3Fc%25d.tgz`,
    )
  })

  it.each([
    ['rpms/foo', 'foo.tgz', 'AB'.repeat(64), /is not a SHA-512 checksum/],
    ['rpms/foo', 'foo.tgz', 'ab'.repeat(32), /is not a SHA-512 checksum/],
    ['rpms/foo', 'dir/foo.tgz', hash, /cannot be a lookaside file name/],
    ['rpms/foo', 'foo 1.tgz', hash, /cannot be a lookaside file name/],
    ['rpms/foo', '..', hash, /cannot be a lookaside file name/],
    ['rpms/../etc', 'foo.tgz', hash, /is not a dist-git repo name/],
    ['rpms//foo', 'foo.tgz', hash, /is not a dist-git repo name/],
    ['/', 'foo.tgz', hash, /is not a dist-git repo name/],
  ])('refuses name %j, file %j, hash %j', (name, filename, sha, message) => {
    expect(() => lookasideDownloadUrl('https://x/repo/pkgs', name, filename, sha)).toThrow(message)
  })
})
