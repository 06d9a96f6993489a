/** The Pagure stand-in's mergePullRequest: fast-forward, merge commit, what the PR JSON says after. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Forge, startForge } from '../../support/forge/index.js'
import { TestRepo, gitEnv } from '../../support/git-repo.js'
import { api, makeToken, packageSource, runAsync } from './fixtures.js'

const BOT = makeToken('bot')

describe('forge: merging a pull request', () => {
  let forge: Forge
  let work: TestRepo

  /** A commit on top of `from` pushed to the fork branch (trusted, straight into the repo); its sha. */
  async function pushToFork(branch: string, from: string, file: string): Promise<string> {
    work.git('checkout', '-q', '-B', branch, from)
    work.write(file, `${branch}\n`)
    const sha = work.commit(`Change ${file}`)
    const run = await runAsync(
      'git',
      ['push', '-q', '-f', forge.repoPath('forks/bot/rpms/hello'), `${branch}:${branch}`],
      {
        cwd: work.dir,
        env: gitEnv(),
      },
    )
    expect(run.code).toBe(0)
    return sha
  }
  const open = async (branch: string) => {
    const created = await api(forge, 'POST', '/rpms/hello/pull-request/new', {
      token: BOT,
      form: {
        title: `Merge ${branch}`,
        branch_to: 'rawhide',
        branch_from: branch,
        repo_from: 'hello',
        repo_from_username: 'bot',
        repo_from_namespace: 'rpms',
      },
    })
    expect(created.status).toBe(200)
    return created.body.id as number
  }
  const rawhide = () =>
    work.git('ls-remote', forge.repoPath('rpms/hello'), 'refs/heads/rawhide').split('\t')[0]

  beforeAll(async () => {
    forge = await startForge({
      users: [{ name: 'bot' }, { name: 'mia' }],
      tokens: [{ token: BOT, user: 'bot', acls: ['fork_project', 'pull_request_create'] }],
    })
    const source = packageSource()
    forge.addPackage('hello', { from: source.dir, maintainers: ['mia'] })
    expect(
      (await api(forge, 'POST', '/fork', { token: BOT, form: { repo: 'hello', namespace: 'rpms' } })).status,
    ).toBe(200)
    work = TestRepo.clone(source.dir, 'srcgit-merge-work-')
  })
  afterAll(() => forge.stop())

  it('fast-forwards the target when it can, then reports the PR Merged', async () => {
    const base = rawhide()
    const one = await pushToFork('one', base, 'one.txt')
    const two = await pushToFork('two', base, 'two.txt')
    const first = await open('one')
    const second = await open('two')
    expect(await forge.mergePullRequest('rpms', 'hello', first)).toBe(one)
    expect(rawhide()).toBe(one)
    const pr = forge.pullRequests('rpms', 'hello').find((p) => p.id === first)!
    expect(pr).toMatchObject({ status: 'Merged', closed_by: { name: 'mia' } })
    expect(pr.closed_at).not.toBeNull()
    expect(pr.last_updated).toBe(pr.closed_at)

    // rawhide moved on: the second PR gets a merge commit with both parents.
    const merge = await forge.mergePullRequest('rpms', 'hello', second, { by: 'bot' })
    expect(rawhide()).toBe(merge)
    work.git('fetch', '-q', forge.repoPath('rpms/hello'), 'rawhide')
    expect(work.git('log', '-1', '--format=%P', merge).split(' ')).toEqual([one, two])
    expect(work.git('show', `${merge}:one.txt`)).toBe('one')
    expect(work.git('show', `${merge}:two.txt`)).toBe('two')
    expect(forge.pullRequests('rpms', 'hello').find((p) => p.id === second)).toMatchObject({
      status: 'Merged',
      closed_by: { name: 'bot' },
    })
    await expect(forge.mergePullRequest('rpms', 'hello', second)).rejects.toThrow('is not open')
    await expect(forge.mergePullRequest('rpms', 'hello', 99)).rejects.toThrow('has no pull request #99')
  })
})
