import { describe, expect, it } from '@jest/globals'
import { Git } from '../../../src/git/git.js'
import {
  committedFile,
  handChangesMissing,
  handCommitsTouching,
  lastSyncPoint,
  newestCarried,
} from '../../../src/dist-git/checkout.js'
import { BroughtBack } from '../../../src/source-git/brought-back.js'
import { TestRepo } from '../../support/git-repo.js'

const SRC = 'a'.repeat(40)

describe('dist-git checkout', () => {
  const repo = TestRepo.init('srcgit-dg-')
  repo.write('hello.spec', 'Name: hello\n').write('sources', '')
  const initial = repo.commit('Initial import')
  repo.write('hello.spec', 'Name: hello\nVersion: 1\n')
  const synced = repo.commit(
    `Update to 1 upstream release\n\nUpstream tag: v1\n\nFrom-source-git-commit: ${SRC}\n`,
  )
  repo.write('hello.spec', 'Name: hello\nVersion: 1\nBuildRequires: gcc\n')
  const hand = repo.commit('Add BuildRequires', { name: 'Mia Maintainer', email: 'mia@example.com' })
  repo.write('README.md', 'docs\n')
  repo.commit('Docs only')
  const git = new Git(repo.dir)

  it('finds the newest sync point', async () => {
    expect(await lastSyncPoint(git)).toEqual({ commit: synced, sourceGitCommit: SRC })
    expect(await lastSyncPoint(git, initial)).toBeUndefined()
  })

  it('lists hand-made commits touching the files srcgit writes, since the sync point', async () => {
    expect(await handCommitsTouching(git, synced, ['hello.spec', 'sources'])).toEqual([
      { sha: hand, author: 'Mia Maintainer <mia@example.com>', subject: 'Add BuildRequires' },
    ])
    expect(await handCommitsTouching(git, synced, ['sources'])).toEqual([])
    expect(await handCommitsTouching(git, synced, [])).toEqual([])
    expect((await handCommitsTouching(git, undefined, ['hello.spec'])).map((c) => c.subject)).toEqual([
      'Add BuildRequires',
      'Initial import',
    ])
  })

  it('reads committed files as bytes', async () => {
    expect((await committedFile(git, 'hello.spec'))?.toString()).toBe(
      'Name: hello\nVersion: 1\nBuildRequires: gcc\n',
    )
    expect((await committedFile(git, 'hello.spec', initial))?.toString()).toBe('Name: hello\n')
    expect(await committedFile(git, 'missing')).toBeUndefined()
  })

  it('finds the newest commit source-git carries after the sync point', async () => {
    expect(await newestCarried(git, synced, BroughtBack.of([hand.slice(0, 7)]))).toBe(hand)
    expect(await newestCarried(git, synced, BroughtBack.of([initial]))).toBeUndefined()
    expect(await newestCarried(git, synced, BroughtBack.of([]))).toBeUndefined()
  })
})

describe('hand changes still in the work tree', () => {
  const spec = (lines: string[]) =>
    [
      'Name: hello',
      'Version: 1',
      'License: MIT',
      ...lines,
      'URL: https://example.org',
      'Source: hello.tgz',
      'Summary: Hi',
      '',
    ].join('\n')
  const repo = TestRepo.init('srcgit-dg-hand-')
  repo.write('hello.spec', spec([]))
  const base = repo.commit(`Sync\n\nFrom-source-git-commit: ${SRC}\n`)
  repo.write('hello.spec', spec(['BuildRequires: gcc']))
  const first = repo.commit('Add gcc', { name: 'Mia', email: 'mia@example.com' })
  repo.write('hello.spec', spec(['BuildRequires: gcc', 'BuildRequires: make']))
  const second = repo.commit('Add make', { name: 'Mia', email: 'mia@example.com' })
  const git = new Git(repo.dir)
  const commits = [
    { sha: second, author: 'Mia <mia@example.com>', subject: 'Add make' },
    { sha: first, author: 'Mia <mia@example.com>', subject: 'Add gcc' },
  ]
  const check = async (workTree: string) => {
    repo.write('hello.spec', workTree)
    try {
      return (await handChangesMissing(git, base, commits, ['hello.spec'])).map((c) => c.subject)
    } finally {
      repo.git('checkout', '--', 'hello.spec')
    }
  }

  it('is empty when the new content keeps every hand change, among changes of its own nearby', async () => {
    expect(await check(spec(['BuildRequires: gcc', 'BuildRequires: make']))).toEqual([])
    expect(
      await check(spec(['BuildRequires: gcc', 'BuildRequires: make']).replace('Version: 1', 'Version: 2')),
    ).toEqual([])
  })

  it('names the commits whose change the new content undoes', async () => {
    expect(await check(spec(['BuildRequires: gcc']))).toEqual(['Add make'])
    expect(await check(spec([]))).toEqual(['Add make', 'Add gcc'])
    // A change right next to a hand change (its adjacent context line differs) is not taken as keeping it.
    expect(await check(spec(['BuildRequires: gcc', 'BuildRequires: make']).replace('MIT', 'GPL'))).toEqual([
      'Add gcc',
    ])
  })

  it('takes a later commit reworking an earlier one as one change', async () => {
    repo.write('hello.spec', spec(['BuildRequires: gcc-c++', 'BuildRequires: make']))
    const rework = repo.commit('Use g++', { name: 'Mia', email: 'mia@example.com' })
    const all = [{ sha: rework, author: 'Mia <mia@example.com>', subject: 'Use g++' }, ...commits]
    repo.write('hello.spec', spec(['BuildRequires: gcc-c++', 'BuildRequires: make']).replace('Hi', 'Hello'))
    try {
      expect(await handChangesMissing(git, base, all, ['hello.spec'])).toEqual([])
    } finally {
      repo.git('checkout', '--', 'hello.spec')
    }
  })
})
