/** The Kerberos login the action's koji-build and bodhi-update make from the keytab and fas-user inputs. */
import { describe, expect, it } from '@jest/globals'
import { downstreamFailedOutputs, keytabLoginOf } from '../../../src/runtime/downstream-jobs.js'
import { SettingsError, type ActionSettings } from '../../../src/runtime/github.js'

const base = { branches: [], dryRun: false } as unknown as ActionSettings

describe('keytabLoginOf', () => {
  it('logs in as fas-user (realm FEDORAPROJECT.ORG unless given) with the keytab and krb5-conf', () => {
    expect(
      keytabLoginOf({ ...base, keytab: 'a2V5dGFi', fasUser: 'srcgit-bot', krb5Conf: '/w/krb5.conf' }),
    ).toEqual({
      bot: 'srcgit-bot',
      login: {
        keytabBase64: 'a2V5dGFi',
        principal: 'srcgit-bot@FEDORAPROJECT.ORG',
        keytabSecretName: 'the keytab input (secrets.SRCGIT_KEYTAB)',
        krb5Conf: '/w/krb5.conf',
      },
    })
    expect(keytabLoginOf({ ...base, keytab: 'a2V5dGFi', fasUser: 'bot@EXAMPLE.TEST' }).login?.principal).toBe(
      'bot@EXAMPLE.TEST',
    )
  })

  it('makes no login without a keytab (a dry run, or nothing to submit), but knows the bot', () => {
    expect(keytabLoginOf({ ...base, fasUser: 'srcgit-bot' })).toEqual({ bot: 'srcgit-bot' })
    expect(keytabLoginOf(base)).toEqual({ bot: undefined })
  })

  it('refuses a keytab without fas-user, and a fas-user that is no principal, naming the input', () => {
    expect(() => keytabLoginOf({ ...base, keytab: 'a2V5dGFi' })).toThrow(SettingsError)
    expect(() => keytabLoginOf({ ...base, keytab: 'a2V5dGFi' })).toThrow(
      'input "keytab" is set but not whose it is: give input "fas-user", the principal of the keytab (user or user@REALM)',
    )
    expect(() => keytabLoginOf({ ...base, fasUser: 'two words' })).toThrow(
      'input "fas-user": "two words" is not a Kerberos principal: expected "user" or "user@REALM"',
    )
  })
})

describe('downstreamFailedOutputs', () => {
  it('sets each job its own outputs, empty and failed', () => {
    expect(downstreamFailedOutputs('koji-build')).toEqual({ builds: '[]', result: 'failed' })
    expect(downstreamFailedOutputs('bodhi-update')).toEqual({ updates: '[]', result: 'failed' })
  })
})
