import { describe, expect, test } from '@jest/globals'
import { keytabSettings } from '../../../src/builds/keytab-settings.js'
import { keytabLogin } from '../../../src/commands/keytab-login.js'

const names = {
  fasUser: '--fas-user',
  keytabSecret: 'the keytab secret',
  missingPrincipal: 'give --fas-user',
}

describe('keytabSettings', () => {
  test('without a keytab there is no login, and the bot is the principal user', () => {
    expect(keytabSettings({ fasUser: 'srcgit-bot' }, names)).toEqual({ ok: true, bot: 'srcgit-bot' })
    expect(keytabSettings({}, names)).toEqual({ ok: true, bot: undefined })
  })

  test('a keytab without its principal is a usage error with the given text', () => {
    expect(keytabSettings({ keytabBase64: 'AAAA' }, names)).toEqual({ ok: false, error: 'give --fas-user' })
  })

  test('a keytab with its principal logs in as that principal, with the krb5.conf when given', () => {
    const result = keytabSettings(
      { keytabBase64: ' AAAA ', fasUser: 'bot@FEDORAPROJECT.ORG', krb5Conf: '/tmp/krb5.conf' },
      names,
    )
    expect(result).toEqual({
      ok: true,
      bot: 'bot',
      login: {
        keytabBase64: 'AAAA',
        principal: 'bot@FEDORAPROJECT.ORG',
        keytabSecretName: 'the keytab secret',
        krb5Conf: '/tmp/krb5.conf',
      },
    })
  })

  test('an invalid principal names the option it came from', () => {
    const result = keytabSettings({ fasUser: 'a b@@' }, names)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/^--fas-user: /)
  })
})

describe('the CLI keytab login', () => {
  test('reads SRCGIT_KEYTAB and resolves --krb5-conf against the working directory', () => {
    const result = keytabLogin(
      { 'fas-user': 'bot', 'krb5-conf': 'ci/krb5.conf' },
      { SRCGIT_KEYTAB: 'AAAA' },
      '/src',
    )
    expect(result).toMatchObject({
      bot: 'bot',
      settings: {
        keytabBase64: 'AAAA',
        krb5Conf: '/src/ci/krb5.conf',
        keytabSecretName: 'the keytab secret (SRCGIT_KEYTAB)',
      },
    })
  })

  test('SRCGIT_KEYTAB without --fas-user is a usage error naming both', () => {
    expect(keytabLogin({}, { SRCGIT_KEYTAB: 'AAAA' }, '/src')).toMatch(/SRCGIT_KEYTAB is set .* --fas-user/)
  })
})
