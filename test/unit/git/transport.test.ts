import { afterEach, describe, expect, it } from '@jest/globals'
import { normalizeKnownHosts, SHIPPED_HOST_KEYS, shippedKnownHosts } from '../../../src/git/known-hosts.js'
import {
  explainPushFailure,
  forkPushUrl,
  normalizePrivateKey,
  prepareTransport,
} from '../../../src/git/transport.js'
import { clearSecrets, redact } from '../../../src/runtime/secrets.js'

afterEach(() => clearSecrets())

function sshString(value: string): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(value.length)
  return Buffer.concat([length, Buffer.from(value, 'latin1')])
}

/** The structure of an OpenSSH private key file (not a usable key; made here, never stored). */
function syntheticKey(cipher = 'none'): { text: string; body: string[] } {
  const bytes = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString(cipher),
    sshString(cipher === 'none' ? 'none' : 'bcrypt'),
    sshString(''),
    Buffer.alloc(180, 7),
  ])
  const body = bytes.toString('base64').match(/.{1,70}/g) ?? []
  const kind = ['OPENSSH', 'PRIVATE', 'KEY'].join(' ')
  return { text: `-----BEGIN ${kind}-----\n${body.join('\n')}\n-----END ${kind}-----\n`, body }
}

describe('normalizePrivateKey', () => {
  const { text: key, body } = syntheticKey()

  it('repairs the usual secret-paste damage', () => {
    const lines = key.trim().split('\n')
    for (const pasted of [
      key,
      key.trimEnd(),
      key.replace(/\n/g, '\r\n'),
      `\uFEFF${key}\n\n`,
      lines.map((line) => `    ${line}`).join('\n'),
      lines.join('\\n'),
      `${lines.join('\\n')}\\n\n`,
      lines.join(' '),
    ]) {
      expect(normalizePrivateKey(pasted)).toBe(key)
    }
  })

  it('rejects an encrypted key: there is no one to type the passphrase', () => {
    const kinds = ['RSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']
    for (const text of [
      syntheticKey('aes256-ctr').text,
      `-----BEGIN ${kinds[0]}-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END ${kinds[0]}-----\n`,
      `-----BEGIN ${kinds[1]}-----\nAAAA\n-----END ${kinds[1]}-----\n`,
    ]) {
      expect(() => normalizePrivateKey(text)).toThrow(/^The SSH private key is protected by a passphrase/)
    }
  })

  it('rejects what is not a private key, without quoting the key', () => {
    const cases: [string, RegExp][] = [
      ['', /is empty/],
      ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA bot@example', /is a public key, not the private key/],
      ['hello', /does not start with a "-----BEGIN \.\.\. PRIVATE KEY-----" line/],
      [key.replace(/-----END.*\n$/, ''), /does not end with "-----END OPENSSH PRIVATE KEY-----"/],
      [
        key.replace(body[1], `${body[1].slice(0, 10)}!${body[1].slice(11)}`),
        /is damaged \(its body is not base64\)/,
      ],
      [key.replace(body[0], `QUFB${body[0].slice(4)}`), /is damaged \(not an OpenSSH key structure\)/],
    ]
    for (const [text, message] of cases) {
      const error = (() => {
        try {
          normalizePrivateKey(text)
        } catch (e) {
          return e as Error
        }
        throw new Error(`accepted: ${text}`)
      })()
      expect(error.message).toMatch(message)
      expect(error.message).toContain('Put the whole private key file')
      for (const line of body) expect(error.message).not.toContain(line)
    }
  })
})

describe('forkPushUrl', () => {
  const base = { user: 'bot', namespace: 'rpms', repo: 'hello' }

  it('pushes to pkgs.* over SSH for Fedora and to the instance host otherwise', () => {
    const ssh = (instanceUrl: string, extra: object = {}) =>
      forkPushUrl({ ...base, protocol: 'ssh', instanceUrl, ...extra })
    expect(ssh('https://src.fedoraproject.org')).toBe(
      'ssh://bot@pkgs.fedoraproject.org/forks/bot/rpms/hello.git',
    )
    expect(ssh('https://src.stg.fedoraproject.org/')).toBe(
      'ssh://bot@pkgs.stg.fedoraproject.org/forks/bot/rpms/hello.git',
    )
    expect(ssh('https://pagure.example.org:8443', { namespace: '' })).toBe(
      'ssh://bot@pagure.example.org/forks/bot/hello.git',
    )
    expect(ssh('http://127.0.0.1:8080', { sshHost: '127.0.0.1:2222', repo: 'libsigc++20' })).toBe(
      'ssh://bot@127.0.0.1:2222/forks/bot/rpms/libsigc++20.git',
    )
  })

  it('uses the instance URL over HTTPS', () => {
    const https = (instanceUrl: string) => forkPushUrl({ ...base, protocol: 'https', instanceUrl })
    expect(https('https://src.fedoraproject.org/')).toBe(
      'https://src.fedoraproject.org/forks/bot/rpms/hello.git',
    )
    expect(https('https://example.org/pagure')).toBe('https://example.org/pagure/forks/bot/rpms/hello.git')
  })

  it('refuses names that would change the URL', () => {
    const url = (extra: object) =>
      forkPushUrl({ ...base, protocol: 'ssh', instanceUrl: 'https://src.fedoraproject.org', ...extra })
    expect(() => url({ user: 'bot/../x' })).toThrow('invalid user name "bot/../x"')
    expect(() => url({ repo: '-hello' })).toThrow('invalid repository name')
    expect(() => url({ namespace: 'rpms/x' })).toThrow('invalid namespace')
    expect(() => url({ sshHost: 'evil host' })).toThrow('invalid SSH host')
    expect(() => url({ instanceUrl: 'not a url' })).toThrow()
  })
})

describe('prepareTransport over HTTPS', () => {
  const url = 'https://pagure.example.org/forks/bot/rpms/hello.git'
  const token = 'A1B2C3D4E5F6G7H8I9J0'

  it('passes the token only in command-scoped config entries, registered for redaction', async () => {
    const transport = await prepareTransport({ protocol: 'https', user: 'bot', token: `${token}\n` }, url)
    const credential = Buffer.from(`bot:${token}`).toString('base64')
    expect(transport.env).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `http.${url}.extraHeader`,
      GIT_CONFIG_VALUE_0: `Authorization: Basic ${credential}`,
    })
    expect(redact(`token ${token}, header ${credential}`)).toBe('token ***, header ***')
    await transport.dispose()
  })

  it('appends after config entries the environment already has', async () => {
    process.env.GIT_CONFIG_COUNT = '2'
    try {
      const transport = await prepareTransport({ protocol: 'https', user: 'bot', token }, url)
      expect(Object.keys(transport.env).sort()).toEqual([
        'GIT_CONFIG_COUNT',
        'GIT_CONFIG_KEY_2',
        'GIT_CONFIG_VALUE_2',
      ])
      expect(transport.env.GIT_CONFIG_COUNT).toBe('3')
    } finally {
      delete process.env.GIT_CONFIG_COUNT
    }
  })

  it('refuses what cannot work', async () => {
    const https = (user: string, tok: string, to?: string) =>
      prepareTransport({ protocol: 'https', user, token: tok }, to)
    await expect(https('bot', token)).rejects.toThrow('HTTPS push needs the http(s) URL of the fork')
    await expect(https('bot', token, 'ssh://bot@example.org/x.git')).rejects.toThrow('needs the http(s) URL')
    await expect(https('bot', ' \n', url)).rejects.toThrow('the token is empty')
    await expect(https('bot:x', token, url)).rejects.toThrow(`token owner's user name`)
  })
})

describe('prepareTransport over SSH', () => {
  it('fails with a clear message when no host key is known for the host', async () => {
    const privateKey = syntheticKey().text
    for (const knownHosts of [undefined, '  \n']) {
      await expect(
        prepareTransport(
          { protocol: 'ssh', privateKey, knownHosts },
          'ssh://bot@pagure.example.org:2222/forks/bot/hello.git',
        ),
      ).rejects.toThrow(
        /^srcgit ships no SSH host key for \[pagure\.example\.org\]:2222, .* Set the known-hosts input/,
      )
    }
    expect(redact(privateKey.split('\n')[1])).toBe('***')
  })
})

describe('explainPushFailure', () => {
  const ssh = 'ssh://bot@pkgs.fedoraproject.org/forks/bot/rpms/hello.git'
  const https = 'https://pagure.example.org/forks/bot/rpms/hello.git'
  const explain = (output: string, url = ssh, extra: object = {}) =>
    explainPushFailure(output, { url, remoteBranch: 'rawhide-update', action: 'push', ...extra })

  it('says what went wrong and what to do, with git output minus generic advice', () => {
    const message = explain(
      [
        'To ssh://pkgs.fedoraproject.org/forks/bot/rpms/hello.git',
        '!\tabc:refs/heads/rawhide-update\t[rejected] (stale info)',
        'Done',
        "error: failed to push some refs to 'ssh://pkgs.fedoraproject.org/forks/bot/rpms/hello.git'",
        'hint: Updates were rejected',
      ].join('\n'),
    )
    expect(message).toBe(
      `Pushing the fork branch rawhide-update to ${ssh} failed: the fork branch changed since it was read ` +
        '(someone pushed to it); srcgit did not overwrite it. Run again to start from its new state.\n' +
        'git said:\n' +
        '  To ssh://pkgs.fedoraproject.org/forks/bot/rpms/hello.git\n' +
        '  !\tabc:refs/heads/rawhide-update\t[rejected] (stale info)\n' +
        "  error: failed to push some refs to 'ssh://pkgs.fedoraproject.org/forks/bot/rpms/hello.git'",
    )
  })

  it('points at the known-hosts input and Fedora key list when the shipped host key fails', () => {
    const message = explain(
      [
        '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@',
        '@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @',
        'Host key for pkgs.fedoraproject.org has changed and you have requested strict checking.',
        'Host key verification failed.',
      ].join('\n'),
      ssh,
      { knownHosts: 'shipped' },
    )
    expect(message).toContain(
      'the SSH host key of pkgs.fedoraproject.org could not be verified: the key srcgit ships for it does not ' +
        "match (the server may have been re-keyed). Set the action's known-hosts input to the known_hosts " +
        'line(s) for pkgs.fedoraproject.org (for Fedora: https://admin.fedoraproject.org/ssh_known_hosts)',
    )
    expect(message).not.toMatch(/@@@/)
  })

  it('maps the common failures', () => {
    expect(explain('bot@pkgs.fedoraproject.org: Permission denied (publickey).')).toContain(
      'pkgs.fedoraproject.org refused the SSH key for user "bot": the public half of this key is not registered',
    )
    expect(explain('remote: Denied push for ref')).toContain(
      'the bot account "bot" is not allowed to push to its fork (is it in the packager group? is its SSH key in FAS?)',
    )
    expect(explain("fatal: unable to access 'x': The requested URL returned error: 403", https)).toContain(
      'the server refused the API token (HTTP 401/403): the token must belong to "bot"',
    )
    expect(explain("fatal: Authentication failed for 'x'", https)).toContain('refused the API token')
    expect(explain(' ! [rejected] x -> x (non-fast-forward)')).toContain('has commits srcgit did not expect')
    expect(explain("fatal: repository 'x' not found", https)).toContain(
      'the fork does not exist (yet) on pagure.example.org',
    )
    expect(explain('ssh: connect to host pkgs.fedoraproject.org port 22: Connection refused')).toContain(
      'pkgs.fedoraproject.org could not be reached from this runner',
    )
    expect(explain('Load key "/tmp/x/id": invalid format\nbot@h: Permission denied (publickey).')).toContain(
      'ssh could not load the private key',
    )
    expect(explain('something new', 'bot@pagure.io:forks/bot/hello.git', { action: 'read' })).toBe(
      'Reading the fork branch rawhide-update from bot@pagure.io:forks/bot/hello.git failed: see the git output below.\n' +
        'git said:\n  something new',
    )
  })

  it('redacts registered secrets from git output', async () => {
    const token = 'Z9Y8X7W6V5U4T3S2R1'
    await prepareTransport({ protocol: 'https', user: 'bot', token }, https)
    expect(explain(`remote: bad token ${token}`, https)).toContain('remote: bad token ***')
  })
})

describe('known hosts', () => {
  it('ships well-formed lines with their sources, found by host name', () => {
    expect(SHIPPED_HOST_KEYS.length).toBeGreaterThan(0)
    for (const key of SHIPPED_HOST_KEYS) {
      expect(normalizeKnownHosts(key.line)).toBe(`${key.line}\n`)
      expect(key.line.split(' ')[0]).toBe(key.host)
      expect(key.source).not.toBe('')
      expect(shippedKnownHosts(key.host.toUpperCase())).toContain(key.line)
    }
    expect(shippedKnownHosts('pagure.example.org')).toEqual([])
  })

  it('normalises user-given known_hosts and refuses what is not known_hosts', () => {
    const ed = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl'
    expect(normalizeKnownHosts(`# pkgs\r\n  pkgs.example.org ${ed}\r\n`)).toBe(
      `# pkgs\npkgs.example.org ${ed}\n`,
    )
    for (const line of [
      `@cert-authority *.example.org ${ed}`,
      `|1|c2FsdA==|aGFzaA== ${ed}`,
      `[h]:2222 ${ed} c`,
    ]) {
      expect(normalizeKnownHosts(line)).toBe(`${line}\n`)
    }
    expect(() => normalizeKnownHosts('SHA256:rxvpCb3Vd6Q1BUByCNENfo4l2HtYLlUTocbTkh12sQ4')).toThrow(
      'The known-hosts input is not in known_hosts format: "SHA256:',
    )
    expect(() => normalizeKnownHosts(ed)).toThrow('not in known_hosts format')
    expect(() => normalizeKnownHosts('# only a comment\n')).toThrow('(it has no entries)')
  })
})
