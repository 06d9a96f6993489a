import { describe, expect, it } from '@jest/globals'
import {
  chooseOpenRebase,
  parseRebaseMarker,
  publishStep,
  rebaseBranchName,
  rebaseMarker,
} from '../../../src/jobs/pull-from-upstream-plan.js'
import {
  PULL_FROM_UPSTREAM_CONTEXT,
  rebaseDescription,
  rebaseStatus,
  rebaseTitle,
} from '../../../src/jobs/pull-from-upstream-texts.js'
import type { RebaseOnReleaseResult } from '../../../src/source-git/rebase-on-release.js'

const SHA = (c: string) => c.repeat(40)

describe('rebaseBranchName', () => {
  it('is srcgit/rebase-<version>, with what git refuses in a ref replaced', () => {
    expect(rebaseBranchName('1.2.0')).toBe('srcgit/rebase-1.2.0')
    expect(rebaseBranchName('2.0~rc1')).toBe('srcgit/rebase-2.0_rc1')
    expect(rebaseBranchName('1.0^20260101git1234')).toBe('srcgit/rebase-1.0_20260101git1234')
  })
})

describe('the marker', () => {
  it('round-trips inside a description', () => {
    const marker = { head: SHA('a'), version: '1.2', tag: 'v1.2' }
    expect(parseRebaseMarker(`text\n\n${rebaseMarker(marker)}\n`)).toEqual(marker)
    expect(parseRebaseMarker('a request someone wrote')).toBeUndefined()
  })
})

describe('chooseOpenRebase', () => {
  const open = [
    { branch: 'srcgit/rebase-1.1', request: 1 },
    { branch: 'srcgit/rebase-1.10', request: 2 },
    { branch: 'srcgit/rebase-1.9', request: 3 },
  ]
  it("takes the release's own branch", () => {
    expect(chooseOpenRebase(open, 'srcgit/rebase-1.9').chosen?.request).toBe(3)
  })
  it('else the open request of the newest version (rpm order), naming the others', () => {
    const { chosen, others } = chooseOpenRebase(open, 'srcgit/rebase-1.11')
    expect(chosen?.request).toBe(2)
    expect(others.map((o) => o.request)).toEqual([1, 3])
  })
  it('none without open requests', () => {
    expect(chooseOpenRebase([], 'srcgit/rebase-2').chosen).toBeUndefined()
  })
})

describe('publishStep', () => {
  const marker = { head: SHA('a'), version: '1.1', tag: 'v1.1' }
  const base = { sameContent: false, requestOpen: false, sameText: false, force: false }
  it('creates and pushes when there is nothing yet', () => {
    expect(publishStep(base)).toEqual({ kind: 'publish', push: true, write: 'create' })
  })
  it('writes nothing when the remote has the content and the request the text', () => {
    expect(
      publishStep({
        ...base,
        remoteSha: SHA('a'),
        sameContent: true,
        marker,
        requestOpen: true,
        sameText: true,
      }),
    ).toEqual({ kind: 'unchanged' })
  })
  it('updates only the text when the content is there', () => {
    expect(
      publishStep({ ...base, remoteSha: SHA('a'), sameContent: true, marker, requestOpen: true }),
    ).toEqual({
      kind: 'publish',
      push: false,
      write: 'update',
    })
  })
  it('force-pushes and retitles for a newer release', () => {
    expect(publishStep({ ...base, remoteSha: SHA('a'), marker, requestOpen: true })).toEqual({
      kind: 'publish',
      push: true,
      write: 'update',
    })
  })
  it('leaves a branch alone that someone pushed to after srcgit, unless forced', () => {
    const facts = { ...base, remoteSha: SHA('b'), marker, requestOpen: true }
    expect(publishStep(facts)).toEqual({ kind: 'foreign' })
    expect(publishStep({ ...facts, force: true })).toEqual({ kind: 'publish', push: true, write: 'update' })
  })
  it('opens a request for a branch left without one', () => {
    expect(publishStep({ ...base, remoteSha: SHA('a'), sameContent: true })).toEqual({
      kind: 'publish',
      push: false,
      write: 'create',
    })
  })
})

const release = { version: '1.2', tag: 'v1.2', commit: SHA('9'), via: 'git-tags' as const }
const rebase: RebaseOnReleaseResult = {
  head: SHA('e'),
  previous: { upstreamRef: 'v1.1', version: '1.1' },
  replayed: [{ original: SHA('1'), replayed: SHA('2'), subject: 'Greet Fedora' }],
  dropped: [{ original: SHA('3'), subject: 'Fix a typo', reason: 'upstreamed', upstreamCommit: SHA('4') }],
  notReplayed: [],
  bumpCommit: SHA('5'),
}
const input = {
  base: 'rawhide',
  headBranch: 'srcgit/rebase-1.2',
  release,
  upstreamUrl: 'https://github.com/example/hello',
  rebase,
  head: SHA('e'),
  noun: 'pull request',
  platform: 'github' as const,
}

describe('the request text', () => {
  it('is titled after the tag', () => {
    expect(rebaseTitle(release)).toBe('Rebase onto v1.2')
  })
  it('names the release, the replayed and the dropped commits, the merge order and the marker', () => {
    const body = rebaseDescription(input)
    expect(body).toContain('**v1.2** (version 1.2, found in the tags of https://github.com/example/hello)')
    expect(body).toContain('`v1.1` (version 1.1)')
    expect(body).toContain(`- \`${SHA('1').slice(0, 12)}\` Greet Fedora`)
    expect(body).toMatch(
      /Dropped, because v1\.2 already has them \(upstreamed\):\n\n- `3{12}` Fix a typo \(upstream commit `4{12}`\)/,
    )
    expect(body.indexOf('1. The dist-git pull request')).toBeLessThan(
      body.indexOf('2. Then this pull request'),
    )
    expect(body).not.toContain('[!WARNING]')
    expect(parseRebaseMarker(body)).toEqual({ head: SHA('e'), version: '1.2', tag: 'v1.2' })
    expect(rebaseDescription(input)).toBe(body)
  })
  it('names a conflict with its files, what was not replayed and what to do', () => {
    const conflict = {
      original: SHA('6'),
      subject: 'Downstream greeting',
      files: ['hello.c'],
      detail: 'CONFLICT (content): Merge conflict in hello.c',
    }
    const body = rebaseDescription({
      ...input,
      rebase: {
        ...rebase,
        conflict,
        notReplayed: [
          { original: SHA('6'), subject: 'Downstream greeting' },
          { original: SHA('7'), subject: 'Later change' },
        ],
      },
    })
    expect(body).toContain('> [!WARNING]')
    expect(body).toContain(
      '(Downstream greeting) does not apply to v1.2.** Conflicting files: `hello.c`. It and the 1 commit(s) after it',
    )
    expect(body).toContain('> CONFLICT (content): Merge conflict in hello.c')
    expect(body).toContain(`git cherry-pick ${SHA('6').slice(0, 12)}`)
    expect(body).toContain(`- \`${SHA('7').slice(0, 12)}\` Later change`)
    expect(rebaseStatus({ conflict }, release)).toEqual({
      context: PULL_FROM_UPSTREAM_CONTEXT,
      state: 'failure',
      description: `${SHA('6').slice(0, 12)} does not apply to v1.2: hello.c`,
    })
  })
  it('says GitLab merge requests are merged by pushing the branch too', () => {
    const body = rebaseDescription({ ...input, noun: 'merge request', platform: 'gitlab' })
    expect(body).toContain('2. Then this merge request')
    expect(body).toContain('GitLab then shows this merge request as merged')
    expect(rebaseStatus(rebase, release).state).toBe('success')
  })
})
