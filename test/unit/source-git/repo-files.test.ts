import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { applyFileSyncPlan } from '../../../src/dist-git/apply-file-sync.js'
import { Git } from '../../../src/git/git.js'
import {
  diskLinks,
  prepareRepoWrite,
  readRepoFile,
  removeRepoFile,
  repoSourceFile,
  resolveRepoPath,
  symlinksAmong,
} from '../../../src/source-git/repo-files.js'
import { gitEnv, TestRepo } from '../../support/git-repo.js'

const readLinks = (links: Record<string, string>) => (p: string) => links[p]

describe('resolveRepoPath', () => {
  const links = readLinks({
    'a/spec': '../real.spec',
    dir: 'sub/inner',
    'sub/inner/up': '../../..',
    abs: '/etc/hostname',
    cfg: '.git/config',
    Cfg: './.GIT/config',
    ping: 'pong',
    pong: 'ping',
    here: '.',
  })

  it('follows links as the kernel does: relative to their directory, chains, .. after a link', () => {
    expect(resolveRepoPath('a/spec', links)).toEqual({ path: 'real.spec', followedLink: true })
    expect(resolveRepoPath('dir/file', links)).toEqual({ path: 'sub/inner/file', followedLink: true })
    expect(resolveRepoPath('dir/../x', links)).toEqual({ path: 'sub/x', followedLink: true })
    expect(resolveRepoPath('here/here/a/./b/', links)).toEqual({ path: 'a/b', followedLink: true })
    expect(resolveRepoPath('plain/../file', links)).toEqual({ path: 'file', followedLink: false })
    expect(resolveRepoPath('.', links)).toEqual({ path: '', followedLink: false })
  })

  it('refuses what leads out, absolute targets, .git in any case, and loops', () => {
    expect(resolveRepoPath('../x', links)).toEqual({ refused: { reason: 'outside' } })
    expect(resolveRepoPath('/etc/passwd', links)).toEqual({ refused: { reason: 'absolute' } })
    expect(resolveRepoPath('.git/config', links)).toEqual({ refused: { reason: 'git' } })
    expect(resolveRepoPath('dir/up/x', links)).toEqual({
      refused: { reason: 'outside', link: { path: 'sub/inner/up', target: '../../..' } },
    })
    expect(resolveRepoPath('abs', links)).toEqual({
      refused: { reason: 'absolute', link: { path: 'abs', target: '/etc/hostname' } },
    })
    expect(resolveRepoPath('cfg', links)).toMatchObject({ refused: { reason: 'git' } })
    expect(resolveRepoPath('Cfg', links)).toMatchObject({ refused: { reason: 'git' } })
    expect(resolveRepoPath('ping', links)).toMatchObject({ refused: { reason: 'loop' } })
  })
})

describe('resolveRepoPath against the kernel', () => {
  // Random links in a small tree (real directories a, a/b, c and .git, a directory outside):
  // whenever resolveRepoPath accepts a path, the kernel resolves it to the same place, which is
  // inside the repository and outside .git.
  const part = fc.constantFrom('..', '.', 'a', 'b', 'c', '.git', 'l0', 'l1', 'l2', 'l3', 'outside')
  const relative = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'))
  // Mostly targets that exist from some place, so that chains form; random ones besides.
  const target = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'a',
        'c',
        'a/b',
        'b',
        '.',
        '..',
        '../..',
        '../c',
        '../a/b',
        'l0',
        '../l0',
        'l1',
        '../l1',
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('.git', '../.git', '../../outside', '/ABS/a', '/ABS/../outside'),
    },
    { weight: 1, arbitrary: relative },
  )
  const places = ['l0', 'a/l1', 'a/b/l2', 'c/l3']
  // Queries start at a link or a directory most of the time, so links are followed.
  const query = fc
    .tuple(
      fc.constantFrom(...places, ...places, 'a', 'c', ''),
      fc.array(fc.constantFrom('..', '.', 'a', 'b', 'l1', 'l2', 'l3'), { maxLength: 2 }),
    )
    .map(([start, rest]) => [start, ...rest].filter(Boolean).join('/') || '.')

  it('never accepts a path the kernel takes elsewhere', () => {
    fc.assert(
      fc.property(fc.array(target, { minLength: 4, maxLength: 4 }), query, (targets, query) => {
        const sandbox = realpathSync.native(mkdtempSync(path.join(os.tmpdir(), 'srcgit-kernel-')))
        try {
          const root = path.join(sandbox, 'repo')
          for (const dir of ['a/b', 'c', '.git', '../outside'])
            mkdirSync(path.join(root, dir), { recursive: true })
          places.forEach((place, i) =>
            symlinkSync(targets[i].replace(/^\/ABS/, root), path.join(root, place)),
          )
          const ours = resolveRepoPath(query, diskLinks(root))
          let kernel: string | undefined
          try {
            // Not path.join: it would drop `x/..` without looking at x, which the kernel does not.
            kernel = realpathSync.native(`${root}/${query}`)
          } catch {
            kernel = undefined // missing, a loop, not a directory: nothing to compare
          }
          if ('refused' in ours || kernel === undefined) return
          expect(ours.path.split('/')).not.toContain('.git')
          expect(kernel).toBe(ours.path === '' ? root : path.join(root, ours.path))
        } finally {
          rmSync(sandbox, { recursive: true, force: true })
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('a checkout on disk', () => {
  const outside = mkdtempSync(path.join(os.tmpdir(), 'srcgit-outside-'))
  writeFileSync(path.join(outside, 'secret'), 'SECRET\n')

  it('lists links with their targets', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'srcgit-links-'))
    writeFileSync(path.join(root, 'file'), 'x')
    symlinkSync('file', path.join(root, 'link'))
    expect(symlinksAmong(root, ['file', 'link', 'missing'])).toEqual(new Map([['link', 'file']]))
  })

  it('reads a file through a link only to a tracked file inside the repository', async () => {
    const repo = TestRepo.init()
    repo.write('dir/real.spec', 'Name: x\n').write('.gitignore', 'creds.json\n')
    symlinkSync('dir/real.spec', path.join(repo.dir, 'pkg.spec'))
    symlinkSync(path.join(outside, 'secret'), path.join(repo.dir, 'out.spec'))
    symlinkSync('creds.json', path.join(repo.dir, 'creds.spec'))
    repo.commit('files')
    writeFileSync(path.join(repo.dir, 'creds.json'), 'SECRET\n')
    const git = new Git(repo.dir, gitEnv() as Record<string, string>)
    expect(await readRepoFile(git, 'pkg.spec')).toBe('Name: x\n')
    expect(await readRepoFile(git, 'dir/real.spec')).toBe('Name: x\n')
    await expect(readRepoFile(git, 'out.spec')).rejects.toThrow(
      `out.spec is a symbolic link to ${path.join(outside, 'secret')}, an absolute path, outside the repository`,
    )
    await expect(readRepoFile(git, 'creds.spec')).rejects.toThrow(
      'creds.spec is a symbolic link that leads to creds.json, a file git does not track',
    )
  })

  it('writes and removes without going through a link', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'srcgit-dest-'))
    symlinkSync(outside, path.join(root, 'tests'))
    symlinkSync(path.join(outside, 'secret'), path.join(root, 'a.patch'))
    expect(() => prepareRepoWrite(root, 'tests/x')).toThrow(
      `tests is a symbolic link to ${outside}; srcgit does not write tests/x through it: replace the link by a directory`,
    )
    expect(() => removeRepoFile(root, 'tests/secret')).toThrow('tests is a symbolic link')
    expect(() => prepareRepoWrite(root, '.git/hooks/pre-commit')).toThrow('never into .git')
    // A link standing where the file goes is removed, not written through.
    writeFileSync(prepareRepoWrite(root, 'a.patch'), 'patch\n')
    expect(readFileSync(path.join(root, 'a.patch'), 'utf8')).toBe('patch\n')
    expect(readFileSync(path.join(outside, 'secret'), 'utf8')).toBe('SECRET\n')
    writeFileSync(prepareRepoWrite(root, 'new/dir/f'), 'f')
    expect(lstatSync(path.join(root, 'new/dir')).isDirectory()).toBe(true)
  })

  it('gives a source file to copy only when no link is on the way', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'srcgit-src-'))
    mkdirSync(path.join(root, 'real'))
    writeFileSync(path.join(root, 'real/f'), 'f')
    symlinkSync('real', path.join(root, 'lnk'))
    symlinkSync(outside, path.join(root, 'out'))
    expect(repoSourceFile(root, 'real/f')).toBe(path.join(root, 'real/f'))
    expect(() => repoSourceFile(root, 'lnk/f')).toThrow('lnk/f is or passes through a symbolic link')
    expect(() => repoSourceFile(root, 'out/secret')).toThrow('out/secret leads through the symbolic link out')
  })

  it('applies a plan: links as links, never a copy through a link', () => {
    const from = mkdtempSync(path.join(os.tmpdir(), 'srcgit-from-'))
    const to = mkdtempSync(path.join(os.tmpdir(), 'srcgit-to-'))
    writeFileSync(path.join(from, 'a.spec'), 'spec\n')
    symlinkSync(path.join(outside, 'secret'), path.join(from, 'hostname'))
    symlinkSync(path.join(outside, 'secret'), path.join(to, 'a.spec'))
    applyFileSyncPlan(
      {
        copies: [
          { from: 'a.spec', to: 'a.spec' },
          { from: 'x', to: 'README', link: 'a.spec' },
        ],
        deletes: [],
      },
      from,
      to,
    )
    expect(lstatSync(path.join(to, 'a.spec')).isFile()).toBe(true)
    expect(readFileSync(path.join(to, 'a.spec'), 'utf8')).toBe('spec\n')
    expect(readlinkSync(path.join(to, 'README'))).toBe('a.spec')
    expect(readFileSync(path.join(outside, 'secret'), 'utf8')).toBe('SECRET\n')
    // A plan made without the links (or a link that appeared since) copies nothing through it.
    expect(() =>
      applyFileSyncPlan({ copies: [{ from: 'hostname', to: 'h' }], deletes: [] }, from, to),
    ).toThrow('hostname is a symbolic link to')
  })
})
