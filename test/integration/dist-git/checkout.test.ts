import { describe, expect, it } from '@jest/globals'
import { Git } from '../../../src/git/git.js'
import { committedFile, handCommitsTouching, lastSyncPoint } from '../../../src/dist-git/checkout.js'
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
})
