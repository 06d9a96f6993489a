import { describe, expect, it } from '@jest/globals'
import { decodeKeytab, normalizePrincipal } from '../../../src/lookaside/kerberos.js'

const keytab = Buffer.from([0x05, 0x02, 0x00, 0x00, 0x00, 0x45, 0x00, 0x01])

describe('decodeKeytab', () => {
  it('decodes a keytab (format 0x0502 and the old 0x0501), also with line breaks', () => {
    expect(decodeKeytab(keytab.toString('base64'))).toEqual(keytab)
    const old = Buffer.from([0x05, 0x01, 0x00, 0x10])
    expect(decodeKeytab(old.toString('base64'))).toEqual(old)
    const long = Buffer.concat([keytab, Buffer.alloc(100, 7)])
    const wrapped = long.toString('base64').replace(/.{20}/g, '$&\n')
    expect(decodeKeytab(`${wrapped}\n`)).toEqual(long)
  })

  it.each([
    ['', 'it is empty'],
    ['  \n', 'it is empty'],
    ['not base64 at all!', 'it is not valid base64'],
    ['BQIAAA', 'it is not valid base64'],
    [
      Buffer.from('a text file').toString('base64'),
      'the decoded bytes do not start with the keytab header 0x05 0x02',
    ],
    [
      Buffer.from([0x05, 0x03, 0, 0]).toString('base64'),
      'the decoded bytes do not start with the keytab header',
    ],
    [Buffer.from([0x05, 0x02]).toString('base64'), 'the decoded bytes do not start with the keytab header'],
  ])('refuses %j (%s) and says how to make the secret, without echoing it', (secret, why) => {
    let message = ''
    try {
      decodeKeytab(secret)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain(`the keytab secret is not a base64-encoded keytab (${why}`)
    expect(message).toContain('create it with `ktutil`')
    expect(message).toContain('store `base64 -w0 fedora.keytab` as the secret')
    if (secret.trim()) expect(message).not.toContain(secret)
  })
})

describe('normalizePrincipal', () => {
  it('adds the Fedora realm to a bare user name', () => {
    expect(normalizePrincipal('packager')).toBe('packager@FEDORAPROJECT.ORG')
    expect(normalizePrincipal(' packager ')).toBe('packager@FEDORAPROJECT.ORG')
    expect(normalizePrincipal('bot@SRCGIT.TEST')).toBe('bot@SRCGIT.TEST')
    expect(normalizePrincipal('HTTP/host@EXAMPLE.ORG')).toBe('HTTP/host@EXAMPLE.ORG')
  })

  it.each(['', '-k', 'a b', 'a@', '@REALM', 'a@b@c'])('refuses %j', (principal) => {
    expect(() => normalizePrincipal(principal)).toThrow('is not a Kerberos principal')
  })
})
