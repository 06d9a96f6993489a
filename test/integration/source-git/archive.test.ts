import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Git } from '../../../src/git/git.js'
import { compressionFor, createArchive } from '../../../src/source-git/archive.js'
import { TestRepo } from '../../support/git-repo.js'

describe('compressionFor', () => {
  it.each([
    ['hello-1.0.tar.gz', 'gzip'],
    ['hello-1.0.tgz', 'gzip'],
    ['hello-1.0.tar.xz', 'xz'],
    ['hello-1.0.tar.bz2', 'bzip2'],
    ['hello-1.0.tar.zst', 'zstd'],
    ['hello-1.0.tar', 'none'],
    ['hello-1.0.zip', 'zip'],
  ])('%s -> %s', (name, expected) => {
    expect(compressionFor(name)).toBe(expected)
  })

  it('explains an unknown archive type', () => {
    expect(() => compressionFor('hello-1.0.rar')).toThrow(/Source0 must end in \.tar\.gz/)
  })
})

describe('createArchive', () => {
  const repo = TestRepo.init()
  repo.write('hello.c', 'int main(void) { return 0; }\n').write('docs/README', 'docs\n')
  repo.commit('release')
  repo.tag('v1.0', true)
  const git = new Git(repo.dir)
  const out = mkdtempSync(path.join(os.tmpdir(), 'srcgit-archive-'))

  it('writes a reproducible gzip tarball with the requested top directory and returns its SHA-512', async () => {
    const a = path.join(out, 'a.tar.gz')
    const b = path.join(out, 'b.tar.gz')
    const sha = await createArchive(git, {
      ref: 'v1.0',
      prefix: 'hello-1.0',
      outputFile: a,
      compression: 'gzip',
    })
    await createArchive(git, { ref: 'v1.0', prefix: 'hello-1.0', outputFile: b, compression: 'gzip' })
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true)
    expect(sha).toBe(createHash('sha512').update(readFileSync(a)).digest('hex'))
    expect(execFileSync('tar', ['-tzf', a], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()).toEqual(
      ['hello-1.0/', 'hello-1.0/docs/', 'hello-1.0/docs/README', 'hello-1.0/hello.c'],
    )
  })

  it('compresses with xz when Source0 asks for it', async () => {
    const file = path.join(out, 'hello-1.0.tar.xz')
    await createArchive(git, { ref: 'v1.0', prefix: 'hello-1.0', outputFile: file, compression: 'xz' })
    expect(execFileSync('tar', ['-tJf', file], { encoding: 'utf8' })).toContain('hello-1.0/hello.c')
  })

  it('fails when the compressor fails part way, instead of hashing a truncated archive', async () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), 'srcgit-fake-xz-'))
    writeFileSync(path.join(bin, 'xz'), '#!/bin/sh\nhead -c 100 >/dev/null; printf partial; exit 3\n')
    chmodSync(path.join(bin, 'xz'), 0o755)
    const saved = process.env.PATH
    process.env.PATH = `${bin}${path.delimiter}${saved}`
    try {
      await expect(
        createArchive(git, {
          ref: 'v1.0',
          prefix: 'hello-1.0',
          outputFile: path.join(out, 'broken.tar.xz'),
          compression: 'xz',
        }),
      ).rejects.toThrow(/^xz -9 .*failed \(exit 3\)|^xz .*failed \(exit 3\)/)
    } finally {
      process.env.PATH = saved
    }
  })

  it('writes a plain tar and a zip', async () => {
    const tar = path.join(out, 'hello.tar')
    await createArchive(git, { ref: 'v1.0', prefix: 'hello-1.0', outputFile: tar, compression: 'none' })
    expect(execFileSync('tar', ['-tf', tar], { encoding: 'utf8' })).toContain('hello-1.0/docs/README')
    const zip = path.join(out, 'hello.zip')
    await createArchive(git, { ref: 'v1.0', prefix: 'hello-1.0', outputFile: zip, compression: 'zip' })
    expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK')
  })

  it('fails clearly for an unknown ref', async () => {
    await expect(
      createArchive(git, {
        ref: 'v9',
        prefix: 'x',
        outputFile: path.join(out, 'x.tar.gz'),
        compression: 'gzip',
      }),
    ).rejects.toThrow(/git archive --format=tar --prefix=x\/ v9 failed/)
    expect(existsSync(path.join(out, 'x.tar.gz'))).toBe(false)
  })
})

describe('isRemoteUrl', () => {
  it('tells clone URLs from local paths', async () => {
    const { isRemoteUrl } = await import('../../../src/git/git.js')
    expect(
      [
        'https://src.fedoraproject.org/rpms/x.git',
        'ssh://u@pkgs.fedoraproject.org/rpms/x',
        'git@github.com:a/b.git',
      ].map(isRemoteUrl),
    ).toEqual([true, true, true])
    expect(['/tmp/dist-git', './dist-git', 'C:dir', 'dir@2/x'].map(isRemoteUrl)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})

describe('createArchive and symbolic links', () => {
  it('stores a link as a link with its target text, never what it points to', async () => {
    const secret = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-secret-')), 'secret')
    writeFileSync(secret, 'TOP-SECRET-4b1d9e\n')
    const repo = TestRepo.init()
    repo.write('hello.c', 'int main(void) { return 0; }\n')
    symlinkSync(secret, path.join(repo.dir, 'hostname'))
    symlinkSync('../.git/config', path.join(repo.dir, 'config'))
    repo.commit('release with links')
    repo.tag('v1.0', true)
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-archive-')), 'hello-1.0.tar')
    await createArchive(new Git(repo.dir), {
      ref: 'v1.0',
      prefix: 'hello-1.0',
      outputFile: file,
      compression: 'none',
    })
    const listing = execFileSync('tar', ['-tvf', file], { encoding: 'utf8' })
    expect(listing).toMatch(new RegExp(`^l.* hello-1\\.0/hostname -> ${secret.replace(/[.]/g, '\\.')}$`, 'm'))
    expect(listing).toMatch(/^l.* hello-1\.0\/config -> \.\.\/\.git\/config$/m)
    expect(readFileSync(file).includes('TOP-SECRET')).toBe(false)
    expect(readFileSync(file).includes('[core]')).toBe(false)
  })
})
