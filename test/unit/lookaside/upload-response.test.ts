import { afterEach, describe, expect, it } from '@jest/globals'
import {
  parseUploadResponse,
  testLookasideAuth,
  type UploadContext,
} from '../../../src/lookaside/lookaside.js'
import { clearSecrets, registerSecret } from '../../../src/runtime/secrets.js'

const hash = 'cd'.repeat(64)
const context: UploadContext = {
  filename: 'hello-1.0.tar.gz',
  name: 'rpms/hello',
  uploadUrl: 'https://src.fedoraproject.org/repo/pkgs/upload.cgi',
  who: 'bot@FEDORAPROJECT.ORG',
}

describe('parseUploadResponse', () => {
  afterEach(() => clearSecrets())

  it('stored OK', () => {
    const body = `File hello-1.0.tar.gz size 1234 SHA512 ${hash} stored OK\n`
    expect(parseUploadResponse(200, body, context)).toEqual({ outcome: 'stored', message: body.trim() })
  })

  it('already exists (two lines) is success', () => {
    const body = 'File hello-1.0.tar.gz already exists\nFile: /srv/cache/x Size: 1234\n'
    expect(parseUploadResponse(200, body, context)).toEqual({ outcome: 'exists', message: body.trim() })
  })

  it('401: the ticket, with the principal', () => {
    expect(() => parseUploadResponse(401, '<html>Unauthorized</html>', context)).toThrow(
      'lookaside upload was refused: no valid Kerberos ticket (is the keytab for bot@FEDORAPROJECT.ORG valid?); ' +
        'https://src.fedoraproject.org/repo/pkgs/upload.cgi answered 401',
    )
    expect(() => parseUploadResponse(401, '', { ...context, who: undefined })).toThrow(
      'is the keytab for the packager valid?',
    )
  })

  it('403: the packager group', () => {
    expect(() =>
      parseUploadResponse(
        403,
        'You must connect with a valid certificate and be in the packager group to upload.\n',
        context,
      ),
    ).toThrow(
      'lookaside upload was refused: the account is not in the packager group (authenticated as bot@FEDORAPROJECT.ORG); ' +
        'src.fedoraproject.org answered 403: You must connect with a valid certificate and be in the packager group to upload.',
    )
  })

  it('404 Module: the missing dist-git repo and the instance', () => {
    expect(() => parseUploadResponse(404, 'Module "rpms/hello" does not exist!\n', context)).toThrow(
      'lookaside upload of hello-1.0.tar.gz failed: no dist-git repo rpms/hello on src.fedoraproject.org ' +
        '(Module "rpms/hello" does not exist!)',
    )
  })

  it('400 SHA512 mismatch: the server text', () => {
    expect(() =>
      parseUploadResponse(400, 'SHA512 check failed. Received 11 instead of 22.\n', context),
    ).toThrow(
      /^lookaside upload of hello-1\.0\.tar\.gz failed: SHA512 check failed\. Received 11 instead of 22\. The file changed/,
    )
  })

  it('anything else: status and a short, tag-free excerpt', () => {
    const html = `<html><body><h1>Internal Server Error</h1><p>${'x'.repeat(400)}</p></body></html>`
    let message = ''
    try {
      parseUploadResponse(500, html, context)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(
      /^lookaside upload of hello-1\.0\.tar\.gz to https:\/\/src\.fedoraproject\.org\/repo\/pkgs\/upload\.cgi failed: src\.fedoraproject\.org answered 500: Internal Server Error x+…$/,
    )
    expect(message).not.toContain('<')
    expect(() => parseUploadResponse(200, 'Available\n', context)).toThrow('answered 200: Available')
    expect(() => parseUploadResponse(502, '', context)).toThrow('answered 502: (empty body)')
  })

  it('never repeats a registered secret from the body', () => {
    registerSecret('s3cr3t-keytab-material')
    expect(() => parseUploadResponse(500, 'oops s3cr3t-keytab-material', context)).toThrow(
      'answered 500: oops ***',
    )
  })
})

describe('testLookasideAuth', () => {
  it('is the test header only when SRCGIT_TEST_LOOKASIDE_USER is set', () => {
    expect(testLookasideAuth({})).toBeUndefined()
    expect(testLookasideAuth({ SRCGIT_TEST_LOOKASIDE_USER: '' })).toBeUndefined()
    expect(testLookasideAuth({ SRCGIT_TEST_LOOKASIDE_USER: 'packager1' })).toEqual({
      kind: 'test-header',
      user: 'packager1',
    })
  })
})
