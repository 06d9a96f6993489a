import { describe, expect, it } from '@jest/globals'
import {
  committerAccounts,
  effectiveAccounts,
  gateHead,
  headOrigin,
  type AccountLookups,
  type HeadCommit,
} from '../../src/builds/build-gate.js'
import type { DistGitPullRequest } from '../../src/forges/dist-git/forge.js'
import {
  fedoraNumberOfBuildTag,
  kojiTargetName,
  scmSource,
  scmSourceCommit,
} from '../../src/builds/targets.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C = 'c'.repeat(40)

function pr(over: Partial<DistGitPullRequest>): DistGitPullRequest {
  return {
    number: 1,
    title: 't',
    description: '',
    targetBranch: 'rawhide',
    sourceBranch: 'rawhide-update-propose_downstream',
    author: 'bot',
    state: 'merged',
    url: 'https://src.example/rpms/hello/pull-request/1',
    createdAt: 0,
    updatedAt: 0,
    ...over,
  }
}

const head = (over: Partial<HeadCommit> = {}): HeadCommit => ({
  sha: A,
  parents: [B],
  committerName: 'Jane Packager',
  committerEmail: 'jane@fedoraproject.org',
  ...over,
})

describe('where a dist-git head came from', () => {
  it('a fast-forwarded PR: its head is the branch head', () => {
    const origin = headOrigin(head(), [pr({ headSha: C, number: 2 }), pr({ headSha: A, number: 3 })])
    expect(origin).toMatchObject({ kind: 'pull-request', pullRequest: { number: 3 } })
  })
  it('a merge commit: the PR head is its second parent, not its first', () => {
    expect(headOrigin(head({ parents: [B, C] }), [pr({ headSha: C })]).kind).toBe('pull-request')
    expect(headOrigin(head({ parents: [C] }), [pr({ headSha: C })]).kind).toBe('push')
  })
  it('a closed, unmerged PR with the same head does not count', () => {
    expect(headOrigin(head(), [pr({ headSha: A, state: 'closed' })]).kind).toBe('push')
  })
  it('a direct push: the committer, with the FAS name of a fedoraproject.org address', () => {
    const origin = headOrigin(head(), [])
    expect(origin).toEqual({
      kind: 'push',
      committer: 'Jane Packager <jane@fedoraproject.org>',
      accounts: ['jane', 'jane@fedoraproject.org', 'Jane Packager'],
    })
    expect(committerAccounts({ committerName: 'J', committerEmail: 'j@example.com' })).toEqual([
      'j@example.com',
      'J',
    ])
  })
})

describe('who may trigger a build (Packit meaning, packit = the bot)', () => {
  it('packit in a list means the bot too; other lists are kept', () => {
    expect(effectiveAccounts(['packit'], 'srcgit-bot')).toEqual(['packit', 'srcgit-bot'])
    expect(effectiveAccounts(['jane'], 'srcgit-bot')).toEqual(['jane'])
    expect(effectiveAccounts(['packit'], undefined)).toEqual(['packit'])
  })
  it('a merged PR by the bot builds with the default allowed_pr_authors', async () => {
    const decision = await gateHead(headOrigin(head(), [pr({ headSha: A, author: 'srcgit-bot' })]), {
      allowedPrAuthors: ['packit'],
      allowedCommitters: [],
      bot: 'srcgit-bot',
    })
    expect(decision).toEqual({ allowed: true, who: 'pull request author srcgit-bot' })
  })
  it('a PR by someone else is skipped, naming the author and the key to change', async () => {
    const decision = await gateHead(headOrigin(head(), [pr({ headSha: A, author: 'mallory' })]), {
      allowedPrAuthors: ['packit'],
      allowedCommitters: [],
      bot: 'srcgit-bot',
    })
    expect(decision.allowed).toBe(false)
    expect(!decision.allowed && decision.reason).toMatch(
      /by mallory, who is not in allowed_pr_authors \(\[packit, srcgit-bot\]\); add mallory/,
    )
  })
  it('direct pushes need allowed_committers (default empty); the FAS name and case-insensitive names match', async () => {
    const origin = headOrigin(head(), [])
    expect((await gateHead(origin, { allowedPrAuthors: ['packit'], allowedCommitters: [] })).allowed).toBe(
      false,
    )
    expect(await gateHead(origin, { allowedPrAuthors: [], allowedCommitters: ['JANE'] })).toEqual({
      allowed: true,
      who: 'committer Jane Packager <jane@fedoraproject.org>',
    })
  })
  /** Lookups that count their calls: python-sig has alice; admin access: orphan; commit: orphan, jane. */
  function lookups() {
    const calls: string[] = []
    const fake: AccountLookups = {
      usersWithAccess: async (level) => {
        calls.push(level)
        return level === 'admin' ? ['orphan'] : ['orphan', 'jane']
      },
      groupMembers: async (group) => {
        calls.push(`@${group}`)
        return group === 'python-sig' ? ['alice'] : undefined
      },
    }
    return { calls, fake }
  }
  it('@group, all_admins and all_committers are looked up, as Packit does', async () => {
    const { calls, fake } = lookups()
    const by = (author: string) => headOrigin(head(), [pr({ headSha: A, author })])
    const gate = (author: string, list: string[]) =>
      gateHead(by(author), { allowedPrAuthors: list, allowedCommitters: [], lookups: fake })
    expect(await gate('alice', ['@python-sig'])).toEqual({ allowed: true, who: 'pull request author alice' })
    expect(await gate('jane', ['all_committers'])).toMatchObject({ allowed: true })
    expect((await gate('jane', ['all_admins'])).allowed).toBe(false)
    expect(await gate('orphan', ['all_admins'])).toMatchObject({ allowed: true })
    const bob = await gate('bob', ['@python-sig'])
    expect(!bob.allowed && bob.reason).toMatch(
      /bob, who is not in allowed_pr_authors \(\[@python-sig\]; looked up @python-sig: not a member\)/,
    )
    const none = await gate('bob', ['@no-such'])
    expect(!none.allowed && none.reason).toMatch(/@no-such not found on dist-git/)
    expect(calls).toEqual(['@python-sig', 'commit', 'admin', 'admin', '@python-sig', '@no-such'])
  })
  it('a named account that matches needs no lookup; direct pushes use allowed_committers the same way', async () => {
    const { calls, fake } = lookups()
    const origin = headOrigin(head(), [])
    expect(
      await gateHead(origin, {
        allowedPrAuthors: [],
        allowedCommitters: ['jane', '@python-sig'],
        lookups: fake,
      }),
    ).toMatchObject({ allowed: true })
    expect(calls).toEqual([])
    expect(
      await gateHead(origin, { allowedPrAuthors: [], allowedCommitters: ['all_committers'], lookups: fake }),
    ).toMatchObject({ allowed: true })
    expect(calls).toEqual(['commit'])
  })
  it('without lookups a group matches nobody and the reason names it', async () => {
    const decision = await gateHead(headOrigin(head(), []), {
      allowedPrAuthors: [],
      allowedCommitters: ['@python-sig'],
    })
    expect(!decision.allowed && decision.reason).toMatch(/@python-sig not found on dist-git/)
  })
})

describe('Koji names', () => {
  it('targets, the rawhide number, the SCM source and its commit', () => {
    expect([
      kojiTargetName('rawhide'),
      kojiTargetName('main'),
      kojiTargetName('f43'),
      kojiTargetName('epel10.1'),
    ]).toEqual(['rawhide', 'rawhide', 'f43-candidate', 'epel10.1-candidate'])
    expect(fedoraNumberOfBuildTag('f46-build')).toBe(46)
    expect(fedoraNumberOfBuildTag('eln-build')).toBeUndefined()
    expect(scmSource('https://src.fedoraproject.org/rpms/hello', A)).toBe(
      `git+https://src.fedoraproject.org/rpms/hello.git#${A}`,
    )
    expect(scmSource('https://src.fedoraproject.org/rpms/hello.git/', A)).toBe(
      `git+https://src.fedoraproject.org/rpms/hello.git#${A}`,
    )
    expect(scmSourceCommit(`git+https://x/rpms/hello.git#${A.toUpperCase()}`)).toBe(A)
    expect(scmSourceCommit('git+https://x/rpms/hello.git#main')).toBeUndefined()
    expect(scmSourceCommit(null)).toBeUndefined()
  })
})
