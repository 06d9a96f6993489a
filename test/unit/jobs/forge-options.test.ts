/** The forge options from settings, and the push protocol once the backend is known. */
import { describe, expect, it } from '@jest/globals'
import { forgeOptionsFrom, resolvePush, type ForgeSettings } from '../../../src/jobs/propose-downstream.js'
import { JobError } from '../../../src/jobs/update-dist-git.js'

const NAMES = {
  token: 'SRCGIT_DIST_GIT_TOKEN',
  tokenHow: 'set it in SRCGIT_DIST_GIT_TOKEN',
  sshKey: 'SRCGIT_SSH_PRIVATE_KEY',
  sshKeyHow: 'set it',
  dryRun: '--dry-run',
}
const base: ForgeSettings = { token: 't'.repeat(40), pushProtocol: 'auto', force: false, dryRun: false }

describe('forgeOptionsFrom', () => {
  it('without a token names it, where it goes and the rights on either backend', () => {
    expect(() => forgeOptionsFrom({ ...base, token: undefined }, NAMES)).toThrow(
      'SRCGIT_DIST_GIT_TOKEN is empty: create an API token for the bot account on the dist-git forge ' +
        '(Pagure: ACLs fork_project, pull_request_create, pull_request_update, pull_request_comment, pull_request_close; ' +
        'Forgejo: scopes write:repository, write:issue, read:user) and set it in SRCGIT_DIST_GIT_TOKEN; or use --dry-run',
    )
  })

  it('leaves auto undecided until the forge is known, keeping the key when there is one', () => {
    expect(forgeOptionsFrom(base, NAMES)?.push).toEqual({
      protocol: 'auto',
      ssh: undefined,
      noKey: expect.any(String),
    })
    const withKey = forgeOptionsFrom({ ...base, sshPrivateKey: 'KEY', sshHost: 'pkgs.example' }, NAMES)
    expect(withKey?.push).toMatchObject({
      protocol: 'auto',
      ssh: { privateKey: 'KEY', sshHost: 'pkgs.example' },
    })
  })

  it('refuses an explicit ssh without a key at once', () => {
    expect(() => forgeOptionsFrom({ ...base, pushProtocol: 'ssh' }, NAMES)).toThrow(
      /^SRCGIT_SSH_PRIVATE_KEY is empty/,
    )
  })
})

describe('resolvePush', () => {
  const auto = forgeOptionsFrom(base, NAMES)!.push
  const autoWithKey = forgeOptionsFrom({ ...base, sshPrivateKey: 'KEY' }, NAMES)!.push

  it('pushes over https with the token on Forgejo, key or not', () => {
    expect(resolvePush(auto, 'forgejo', false)).toEqual({ protocol: 'https' })
    expect(resolvePush(autoWithKey, 'forgejo', false)).toEqual({ protocol: 'https' })
  })

  it('pushes over ssh on Pagure, and without a key says Pagure takes only SSH', () => {
    expect(resolvePush(autoWithKey, 'pagure', false)).toMatchObject({ protocol: 'ssh', privateKey: 'KEY' })
    expect(() => resolvePush(auto, 'pagure', false)).toThrow(JobError)
    expect(() => resolvePush(auto, 'pagure', false)).toThrow(
      'SRCGIT_SSH_PRIVATE_KEY is empty: Pagure dist-git (src.fedoraproject.org) accepts pushes only over SSH',
    )
  })

  it('plans a dry run on Pagure without a key', () => {
    expect(resolvePush(auto, 'pagure', true)).toMatchObject({ protocol: 'ssh' })
  })

  it('keeps an explicit protocol whatever the forge', () => {
    expect(resolvePush({ protocol: 'https' }, 'pagure', false)).toEqual({ protocol: 'https' })
    const ssh = { protocol: 'ssh' as const, privateKey: 'KEY' }
    expect(resolvePush(ssh, 'forgejo', false)).toBe(ssh)
  })
})
