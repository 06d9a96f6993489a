import { afterEach, describe, expect, it } from '@jest/globals'
import {
  clearSecrets,
  isSecretVariable,
  redact,
  registerSecret,
  scrubEnv,
  secretValuesIn,
  withoutUrlCredentials,
} from '../../../src/runtime/secrets.js'
import { splitUrlCredentials } from '../../../src/git/git.js'

afterEach(() => clearSecrets())

describe('withoutUrlCredentials', () => {
  it('drops the whole user info of http(s) URLs, tokens as user names included', () => {
    expect(withoutUrlCredentials('https://gitlab-ci-token:glcbt-64_abc@gitlab.com/group/hello.git')).toBe(
      'https://gitlab.com/group/hello.git',
    )
    expect(withoutUrlCredentials('https://ghp_0123456789abcdef@github.com/o/r')).toBe(
      'https://github.com/o/r',
    )
    expect(withoutUrlCredentials('http://u:p@127.0.0.1:8080/rpms/x.git')).toBe(
      'http://127.0.0.1:8080/rpms/x.git',
    )
    // An unescaped @ in the password: the user info ends at the last @ before the path.
    expect(withoutUrlCredentials('https://user:p@ss@host.example/a/b')).toBe('https://host.example/a/b')
  })

  it('keeps an SSH login name and drops only a password', () => {
    expect(withoutUrlCredentials('ssh://bot@pkgs.fedoraproject.org/forks/bot/rpms/x.git')).toBe(
      'ssh://bot@pkgs.fedoraproject.org/forks/bot/rpms/x.git',
    )
    expect(withoutUrlCredentials('ssh://bot:hunter22@host/x')).toBe('ssh://bot@host/x')
  })

  it('finds URLs inside text and leaves the rest alone', () => {
    expect(
      withoutUrlCredentials(
        "fatal: unable to access 'https://oauth2:tok3n@gitlab.com/g/p.git/': Could not resolve host; mail a@b.c",
      ),
    ).toBe("fatal: unable to access 'https://gitlab.com/g/p.git/': Could not resolve host; mail a@b.c")
    expect(withoutUrlCredentials('git@github.com:o/r.git and https://host/path?x=a@b')).toBe(
      'git@github.com:o/r.git and https://host/path?x=a@b',
    )
  })

  it('is part of redact, with the registered secrets', () => {
    registerSecret('s3cr3t-token-value')
    expect(
      redact('push https://bot:s3cr3t-token-value@src.example/forks/bot/x.git: s3cr3t-token-value'),
    ).toBe('push https://src.example/forks/bot/x.git: ***')
  })

  it('splits a URL into the clean URL and its credentials, for command-scoped config', () => {
    expect(splitUrlCredentials('https://jane:pa%40ss@src.example/rpms/x.git')).toEqual({
      url: 'https://src.example/rpms/x.git',
      user: 'jane',
      password: 'pa@ss',
    })
    expect(splitUrlCredentials('https://src.example/rpms/x.git')).toEqual({
      url: 'https://src.example/rpms/x.git',
    })
  })
})

describe('the environment of child processes', () => {
  const env = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    SRCGIT_PAGURE_TOKEN: 'pagure-token-0123456789',
    SRCGIT_SSH_PRIVATE_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n',
    SRCGIT_KEYTAB: 'BQIAAAA',
    SRCGIT_GITLAB_TOKEN: 'glpat-0123456789',
    SRCGIT_GITHUB_TOKEN: 'ghp_0123456789',
    SRCGIT_KNOWN_HOSTS: 'pkgs.fedoraproject.org ssh-rsa AAAA',
    SRCGIT_DIST_GIT_BRANCHES: 'rawhide f43',
    GITHUB_TOKEN: 'ghs_0123456789',
    ACTIONS_RUNTIME_TOKEN: 'eyJ0eXAi',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'eyJ1eXAi',
    'INPUT_PAGURE-TOKEN': 'pagure-token-0123456789',
    'INPUT_SSH-PRIVATE-KEY': 'key',
    INPUT_KEYTAB: 'BQIAAAA',
    'INPUT_GITHUB-TOKEN': 'ghs_0123456789',
    CI_JOB_TOKEN: 'glcbt-0123456789',
    CI_REPOSITORY_URL: 'https://gitlab-ci-token:glcbt-0123456789@gitlab.com/g/p.git',
    CI_REGISTRY_PASSWORD: 'x',
    CI_PROJECT_URL: 'https://gitlab.com/g/p',
    GITHUB_WORKSPACE: '/home/runner/work/p/p',
    MY_OWN_COPY: 'pagure-token-0123456789',
    RUNNER_TEMP: '/home/runner/work/_temp',
  }

  it('keeps what programs need and drops every secret variable by name, and their values under other names', () => {
    expect(scrubEnv(env)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      SRCGIT_KNOWN_HOSTS: 'pkgs.fedoraproject.org ssh-rsa AAAA',
      SRCGIT_DIST_GIT_BRANCHES: 'rawhide f43',
      CI_PROJECT_URL: 'https://gitlab.com/g/p',
      GITHUB_WORKSPACE: '/home/runner/work/p/p',
      RUNNER_TEMP: '/home/runner/work/_temp',
    })
  })

  it('drops the value of a secret variable under any other name, registered or not', () => {
    expect(isSecretVariable('MY_OWN_COPY', env.MY_OWN_COPY, secretValuesIn(env))).toBe(true)
    expect(scrubEnv({ PATH: '/bin', PAGURE_TOKEN: 'pagure-token-0123456789' })).toEqual({
      PATH: '/bin',
      PAGURE_TOKEN: 'pagure-token-0123456789',
    })
    expect(
      scrubEnv({
        PATH: '/bin',
        PAGURE_TOKEN: 'pagure-token-0123456789',
        SRCGIT_PAGURE_TOKEN: 'pagure-token-0123456789',
      }),
    ).toEqual({ PATH: '/bin' })
  })

  it('drops a registered secret under any name, also inside a longer value', () => {
    registerSecret('pagure-token-0123456789')
    expect(scrubEnv({ PATH: '/bin', MY_OWN_COPY: 'pagure-token-0123456789' })).toEqual({ PATH: '/bin' })
    expect(isSecretVariable('NOTE', 'the token is pagure-token-0123456789, keep it')).toBe(true)
    expect(isSecretVariable('NOTE', 'nothing to see')).toBe(false)
  })
})
