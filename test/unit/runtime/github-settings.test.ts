/** The action's inputs as the runner passes them (INPUT_<NAME>), read into settings. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readSettings, SettingsError } from '../../../src/runtime/github.js'

const saved = { ...process.env }
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
})

const workspace = mkdtempSync(path.join(os.tmpdir(), 'srcgit-workspace-'))
mkdirSync(path.join(workspace, 'source-git'))

function settings(inputs: Record<string, string>, cwd = os.tmpdir()) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  const before = process.cwd()
  process.chdir(cwd)
  try {
    return readSettings({ ...process.env, GITHUB_WORKSPACE: workspace })
  } finally {
    process.chdir(before)
  }
}

describe('working-directory', () => {
  it('is resolved against the workspace, whatever directory the step runs in', () => {
    expect(settings({ 'working-directory': 'source-git' }).workingDirectory).toBe(
      path.join(workspace, 'source-git'),
    )
    expect(settings({ 'working-directory': '' }).workingDirectory).toBe(workspace)
    expect(settings({ 'working-directory': path.join(workspace, 'source-git') }).workingDirectory).toBe(
      path.join(workspace, 'source-git'),
    )
  })

  it('that does not exist is one error naming the directory and the fix', () => {
    expect(() => settings({ 'working-directory': 'sourcegit' })).toThrow(SettingsError)
    expect(() => settings({ 'working-directory': 'sourcegit' })).toThrow(
      `input "working-directory" is "sourcegit": ${path.join(workspace, 'sourcegit')} is not a directory (a relative path is resolved against the workspace, ${workspace}); check out the source-git repository there (actions/checkout with \`path: sourcegit\`) or fix the input`,
    )
  })
})

describe('dist-git-url', () => {
  it('takes an http(s) URL, a file:// URL, or a directory of the workspace (as a file:// URL)', () => {
    expect(settings({ 'dist-git-url': 'https://src.stg.fedoraproject.org/' }).distGitUrl).toBe(
      'https://src.stg.fedoraproject.org',
    )
    expect(settings({ 'dist-git-url': 'file:///srv/dist-git/' }).distGitUrl).toBe('file:///srv/dist-git')
    expect(settings({ 'dist-git-url': 'source-git' }).distGitUrl).toBe(`file://${workspace}/source-git`)
  })

  it('refuses anything else, saying what it takes', () => {
    expect(() => settings({ 'dist-git-url': 'ssh://pkgs.example' })).toThrow(
      'input "dist-git-url" is "ssh://pkgs.example"; it must be an http(s) URL, or for a local trial a file:// URL or a directory',
    )
    expect(() => settings({ 'dist-git-url': 'no-such-dir' })).toThrow(
      /neither an http\(s\) URL nor a directory/,
    )
  })
})

describe('the dist-git forge inputs', () => {
  it('takes the token as dist-git-token', () => {
    expect(settings({ 'dist-git-token': 'forgejo-token-1234567890' }).distGitToken).toBe(
      'forgejo-token-1234567890',
    )
  })

  it('takes it as pagure-token too, as workflows written for Pagure pass it', () => {
    expect(settings({ 'pagure-token': 'pagure-token-1234567890' }).distGitToken).toBe(
      'pagure-token-1234567890',
    )
  })

  it('takes the same token under both names', () => {
    const both = { 'dist-git-token': 'same-token-1234567890', 'pagure-token': 'same-token-1234567890' }
    expect(settings(both).distGitToken).toBe('same-token-1234567890')
  })

  it('refuses two different tokens rather than guessing which one the forge takes', () => {
    expect(() =>
      settings({ 'dist-git-token': 'forgejo-token-1234567890', 'pagure-token': 'pagure-token-1234567890' }),
    ).toThrow(
      'inputs "dist-git-token" and "pagure-token" are both set and differ; pass the token of the dist-git forge once, as dist-git-token',
    )
  })

  it('leaves the forge to the configuration unless dist-git-forge names one', () => {
    expect(settings({}).distGitForge).toBeUndefined()
    expect(settings({ 'dist-git-forge': 'forgejo' }).distGitForge).toBe('forgejo')
  })

  it('refuses a forge it does not know', () => {
    expect(() => settings({ 'dist-git-forge': 'gitea' })).toThrow(
      'input "dist-git-forge" is "gitea"; it must be one of: auto, pagure, forgejo',
    )
  })

  it('pushes with the protocol the forge takes unless push-protocol names one', () => {
    expect(settings({}).pushProtocol).toBe('auto')
  })

  it('refuses a push protocol it does not know', () => {
    expect(() => settings({ 'push-protocol': 'git' })).toThrow('it must be auto, ssh or https')
  })
})

describe('the koji-build and bodhi-update inputs', () => {
  it('takes the jobs', () => {
    expect(settings({ job: 'koji-build' }).job).toBe('koji-build')
    expect(settings({ job: 'bodhi-update' }).job).toBe('bodhi-update')
    expect(() => settings({ job: 'koji_build' })).toThrow(
      'input "job" is "koji_build"; it must be one of: config-check, propose-downstream, sync-status, sync-from-downstream, pull-from-upstream, koji-build, bodhi-update',
    )
  })

  it('leaves koji-url and oidc-url to the defaults when empty, and takes http(s) URLs', () => {
    const empty = settings({ 'koji-url': '', 'oidc-url': '' })
    expect([empty.kojiUrl, empty.oidcUrl]).toEqual([undefined, undefined])
    const given = settings({
      'koji-url': 'https://koji.stg.fedoraproject.org/kojihub',
      'oidc-url': 'http://127.0.0.1:8443/openidc',
    })
    expect([given.kojiUrl, given.oidcUrl]).toEqual([
      'https://koji.stg.fedoraproject.org/kojihub',
      'http://127.0.0.1:8443/openidc',
    ])
  })

  it('refuses a koji-url or oidc-url that is not http(s)', () => {
    expect(() => settings({ 'koji-url': 'koji.fedoraproject.org/kojihub' })).toThrow(
      'input "koji-url" is "koji.fedoraproject.org/kojihub"; it must be an http(s) URL',
    )
    expect(() => settings({ 'koji-url': '', 'oidc-url': 'ftp://id.example/openidc' })).toThrow(
      'input "oidc-url" is "ftp://id.example/openidc"; it must be an http(s) URL',
    )
  })

  it('takes wait-for-build in minutes, 0 when empty, up to 360', () => {
    expect(settings({ 'wait-for-build': '' }).waitForBuild).toBe(0)
    expect(settings({ 'wait-for-build': '45' }).waitForBuild).toBe(45)
    expect(settings({ 'wait-for-build': '0.5' }).waitForBuild).toBe(0.5)
    expect(settings({ 'wait-for-build': '360' }).waitForBuild).toBe(360)
  })

  it('refuses a wait-for-build that is no number of minutes from 0 to 360', () => {
    for (const bad of ['361', '-1', '30m', 'soon'])
      expect(() => settings({ 'wait-for-build': bad })).toThrow(
        `input "wait-for-build" is "${bad}"; it must be the number of minutes koji-build waits for each submitted build, from 0 to 360 (a job runs for 6 hours at most)`,
      )
  })

  it('takes package as a plain package name, and refuses anything else', () => {
    expect(settings({ package: '' }).packageName).toBeUndefined()
    expect(settings({ package: 'python-hello' }).packageName).toBe('python-hello')
    expect(settings({ package: 'gtk+3.0' }).packageName).toBe('gtk+3.0')
    for (const bad of ['../hello', 'hello world', '-hello', '${{ matrix.package }}'])
      expect(() => settings({ package: bad })).toThrow(
        `input "package" is "${bad}"; it must be one package name of the configuration's packages`,
      )
  })

  it('resolves krb5-conf against the workspace', () => {
    expect(settings({ 'krb5-conf': '' }).krb5Conf).toBeUndefined()
    expect(settings({ 'krb5-conf': 'ci/krb5.conf' }).krb5Conf).toBe(path.join(workspace, 'ci/krb5.conf'))
    expect(settings({ 'krb5-conf': '/etc/krb5.conf' }).krb5Conf).toBe('/etc/krb5.conf')
  })
})
