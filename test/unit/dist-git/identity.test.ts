import { describe, expect, it } from '@jest/globals'
import {
  ciActor,
  commitAuthor,
  committer,
  formatIdentity,
  identityEnv,
  parseIdentity,
  SRCGIT_IDENTITY,
} from '../../../src/dist-git/identity.js'

describe('commit identities', () => {
  it('parses "Name <email>" and explains a bad one', () => {
    expect(parseIdentity(' Jane Packager  <jane@example.com> ', '--author')).toEqual({
      name: 'Jane Packager',
      email: 'jane@example.com',
    })
    expect(() => parseIdentity('jane@example.com', 'input author')).toThrow(
      'input author: "jane@example.com" is not an identity; write it as "Full Name <email@example.com>"',
    )
    expect(() => parseIdentity('<jane@example.com>', '--author')).toThrow(/not an identity/)
    expect(formatIdentity({ name: 'A B', email: 'a@b.c' })).toBe('A B <a@b.c>')
  })

  it('takes the explicit author, then the git identity, then the CI actor, then srcgit', () => {
    const github = { GITHUB_ACTIONS: 'true', GITHUB_ACTOR: 'octocat', GITHUB_ACTOR_ID: '583231' }
    expect(
      commitAuthor({ explicit: 'Jane <j@x.org>', gitName: 'Git', gitEmail: 'g@x', env: github }),
    ).toEqual({ name: 'Jane', email: 'j@x.org' })
    expect(commitAuthor({ gitName: 'Git User', gitEmail: 'git@x.org', env: github })).toEqual({
      name: 'Git User',
      email: 'git@x.org',
    })
    // Half a git identity (a name without email) is not used.
    expect(commitAuthor({ gitName: 'runner', env: github })).toEqual({
      name: 'octocat',
      email: '583231+octocat@users.noreply.github.com',
    })
    expect(commitAuthor({ env: {} })).toEqual(SRCGIT_IDENTITY)
  })

  it('reads the CI actor from GitHub or GitLab', () => {
    expect(ciActor({ GITHUB_ACTIONS: 'true', GITHUB_ACTOR: 'dependabot[bot]' })).toEqual({
      name: 'dependabot[bot]',
      email: 'dependabot[bot]@users.noreply.github.com',
    })
    expect(
      ciActor({ GITLAB_CI: 'true', GITLAB_USER_NAME: 'Jane Doe', GITLAB_USER_EMAIL: 'jane@gl.org' }),
    ).toEqual({ name: 'Jane Doe', email: 'jane@gl.org' })
    expect(ciActor({ GITLAB_CI: 'true', GITLAB_USER_NAME: 'Jane Doe' })).toBeUndefined()
    expect(ciActor({ GITHUB_ACTOR: 'octocat' })).toBeUndefined()
  })

  it('commits as the git identity or srcgit, through the environment', () => {
    expect(committer({ gitName: 'Bot', gitEmail: 'bot@x', env: {} })).toEqual({ name: 'Bot', email: 'bot@x' })
    expect(committer({ gitName: 'Bot', env: {} })).toEqual(SRCGIT_IDENTITY)
    expect(identityEnv({ name: 'A', email: 'a@x' }, SRCGIT_IDENTITY)).toEqual({
      GIT_AUTHOR_NAME: 'A',
      GIT_AUTHOR_EMAIL: 'a@x',
      GIT_COMMITTER_NAME: 'srcgit',
      GIT_COMMITTER_EMAIL: 'srcgit@users.noreply.github.com',
    })
  })
})
