/**
 * Uploads to a real Kerberos-protected lookaside cache on loopback: an MIT KDC for SRCGIT.TEST
 * and Apache with mod_auth_gssapi in front of a test upload.cgi (test/support/kerberos). The
 * client side is exactly what srcgit runs: kinit from a base64 keytab, curl --negotiate.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { HttpClient } from '../../src/http/client.js'
import { withKerberosTicket, type KerberosEnv } from '../../src/lookaside/kerberos.js'
import { LookasideCache, type LookasideAuth } from '../../src/lookaside/lookaside.js'
import {
  REALM,
  startKerberosLookaside,
  type KerberosLookaside,
} from '../support/kerberos/lookaside-server.js'

const sha512 = (bytes: Buffer): string => createHash('sha512').update(bytes).digest('hex')

describe('lookaside upload with Kerberos (real KDC and Apache mod_auth_gssapi)', () => {
  let server: KerberosLookaside
  let cache: LookasideCache
  const http = new HttpClient({ retries: 0 })
  let work = ''
  /** Parent of withKerberosTicket's private dirs: must be empty again after every run. */
  let ticketTmp = ''

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-lookaside-krb5-'))
    ticketTmp = path.join(work, 'tickets')
    server = await startKerberosLookaside({ repos: ['rpms/hello'] })
    cache = new LookasideCache({ downloadBase: server.downloadBase, uploadUrl: server.uploadUrl, http })
    mkdirSync(ticketTmp)
  }, 60_000)

  afterAll(async () => {
    await server?.stop()
    await http.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  /** A source archive with bytes that stress multipart framing (CRLF, dashes, NUL). */
  function archive(filename: string): { file: string; bytes: Buffer; hash: string } {
    const bytes = Buffer.concat([
      randomBytes(3000),
      Buffer.from('\r\n--\r\n\0--boundary\r\n\r\n'),
      randomBytes(3000),
    ])
    const file = path.join(work, filename)
    writeFileSync(file, bytes)
    return { file, bytes, hash: sha512(bytes) }
  }

  function ticket<T>(who: 'bot' | 'outsider' | 'ghost', fn: (env: KerberosEnv) => Promise<T>): Promise<T> {
    return withKerberosTicket(
      {
        keytabBase64: server.keytabs[who],
        principal: `${who}@${REALM}`,
        krb5Conf: server.krb5Conf,
        tmpDir: ticketTmp,
      },
      fn,
    )
  }

  function kerberos(env: KerberosEnv, principal: string): LookasideAuth {
    // A proxy from the environment must not take the loopback request.
    return {
      kind: 'kerberos',
      env: { ...env, NO_PROXY: 'localhost,127.0.0.1', no_proxy: 'localhost,127.0.0.1' },
      principal,
    }
  }

  function expectNoSecret(text: string): void {
    for (const keytab of Object.values(server.keytabs)) {
      expect(text).not.toContain(keytab)
      expect(text).not.toContain(keytab.slice(20, 60))
    }
  }

  async function failure(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e as Error,
    )
    if (!error) throw new Error('expected a failure')
    expectNoSecret(error.message)
    return error.message
  }

  it('bot: missing, stored OK with the right bytes, present, already exists, and a wrong hash is refused', async () => {
    const { file, bytes, hash } = archive('hello-1.0.tar.gz')
    expect(await cache.isPresent('rpms/hello', 'hello-1.0.tar.gz', hash)).toBe(false)

    let ccache = ''
    await ticket('bot', async (env) => {
      ccache = env.KRB5CCNAME.replace(/^FILE:/, '')
      expect(existsSync(ccache)).toBe(true)
      const auth = kerberos(env, `bot@${REALM}`)

      const stored = await cache.upload(file, { name: 'rpms/hello', sha512: hash }, auth)
      expect(stored).toEqual({
        outcome: 'stored',
        message: `File hello-1.0.tar.gz size ${bytes.length} SHA512 ${hash} stored OK`,
      })
      const onServer = path.join(
        server.storageDir,
        'rpms/hello/hello-1.0.tar.gz/sha512',
        hash,
        'hello-1.0.tar.gz',
      )
      expect(readFileSync(onServer).equals(bytes)).toBe(true)
      expect(await cache.isPresent('rpms/hello', 'hello-1.0.tar.gz', hash)).toBe(true)

      const again = await cache.upload(file, { name: 'rpms/hello', sha512: hash }, auth)
      expect(again.outcome).toBe('exists')
      expect(again.message).toBe(
        `File hello-1.0.tar.gz already exists\nFile: ${onServer} Size: ${bytes.length}`,
      )

      const other = sha512(Buffer.from('other bytes'))
      const message = await failure(cache.upload(file, { name: 'rpms/hello', sha512: other }, auth))
      expect(message).toContain(`SHA512 check failed. Received ${hash} instead of ${other}.`)
      expect(existsSync(path.join(server.storageDir, 'rpms/hello/hello-1.0.tar.gz/sha512', other))).toBe(
        false,
      )
    })

    // Apache saw the Kerberos identity on every upload: SPNEGO really happened.
    const posts = server.accessLog().filter((line) => line.includes('POST /repo/pkgs/upload.cgi'))
    expect(posts).toEqual([
      expect.stringMatching(/ bot@SRCGIT\.TEST "POST \S+ HTTP\/1\.1" 200$/),
      expect.stringMatching(/ bot@SRCGIT\.TEST "POST \S+ HTTP\/1\.1" 200$/),
      expect.stringMatching(/ bot@SRCGIT\.TEST "POST \S+ HTTP\/1\.1" 400$/),
    ])
    expect(existsSync(ccache)).toBe(false)
    expect(readdirSync(ticketTmp)).toEqual([])
  })

  it('an upload without a ticket is refused with the keytab hint', async () => {
    const { file, hash } = archive('hello-0.9.tar.gz')
    const env = { KRB5_CONFIG: server.krb5Conf, KRB5CCNAME: `FILE:${path.join(work, 'no-ccache')}` }
    const message = await failure(
      cache.upload(file, { name: 'rpms/hello', sha512: hash }, kerberos(env, `bot@${REALM}`)),
    )
    expect(message).toBe(
      `lookaside upload was refused: no valid Kerberos ticket (is the keytab for bot@${REALM} valid?); ` +
        `${server.uploadUrl} answered 401`,
    )
  })

  it('outsider (not a packager) is refused with 403', async () => {
    const { file, hash } = archive('hello-1.1.tar.gz')
    const message = await ticket('outsider', (env) =>
      failure(cache.upload(file, { name: 'rpms/hello', sha512: hash }, kerberos(env, `outsider@${REALM}`))),
    )
    expect(message).toBe(
      `lookaside upload was refused: the account is not in the packager group (authenticated as outsider@${REALM}); ` +
        `localhost:${server.httpPort} answered 403: You must connect with a valid certificate and be in the packager group to upload.`,
    )
    expect(server.accessLog().at(-1)).toMatch(/ outsider@SRCGIT\.TEST "POST \S+ HTTP\/1\.1" 403$/)
    expect(readdirSync(ticketTmp)).toEqual([])
  })

  it('an upload for a package without a dist-git repo names the repo', async () => {
    const { file, hash } = archive('nope-1.0.tar.gz')
    const message = await ticket('bot', (env) =>
      failure(cache.upload(file, { name: 'rpms/nope', sha512: hash }, kerberos(env, `bot@${REALM}`))),
    )
    expect(message).toBe(
      `lookaside upload of nope-1.0.tar.gz failed: no dist-git repo rpms/nope on localhost:${server.httpPort} ` +
        '(Module "rpms/nope" does not exist!)',
    )
  })

  it('a keytab secret that is not a keytab fails before any request', async () => {
    const requests = server.accessLog().length
    const tickets = server.kdcLog().length
    let called = false
    const garbage = 'bm90IGEga2V5dGFiIGF0IGFsbCwganVzdCB0ZXh0'
    const error = await withKerberosTicket(
      { keytabBase64: garbage, principal: `bot@${REALM}`, krb5Conf: server.krb5Conf, tmpDir: ticketTmp },
      async () => {
        called = true
      },
    ).then(
      () => undefined,
      (e: unknown) => e as Error,
    )
    expect(error?.message).toMatch(
      /^the keytab secret is not a base64-encoded keytab .*create it with `ktutil`/,
    )
    expect(error?.message).not.toContain(garbage)
    expect(called).toBe(false)
    expect(server.accessLog()).toHaveLength(requests)
    expect(server.kdcLog()).toHaveLength(tickets)
    expect(readdirSync(ticketTmp)).toEqual([])
  })

  it('a keytab for a principal the KDC does not know fails in kinit, and leaves nothing behind', async () => {
    let called = false
    const message = await failure(
      ticket('ghost', async () => {
        called = true
      }),
    )
    expect(message).toMatch(/^kinit for ghost@SRCGIT\.TEST failed: .*not found in Kerberos database/)
    expect(message).toContain('Check that the keytab holds a current key for ghost@SRCGIT.TEST')
    expect(called).toBe(false)
    expect(readdirSync(ticketTmp)).toEqual([])
  })

  it('removes the ticket and the keytab when the callback fails', async () => {
    let dir = ''
    const message = await failure(
      ticket('bot', async (env) => {
        dir = path.dirname(env.KRB5CCNAME.replace(/^FILE:/, ''))
        expect(readdirSync(dir).sort()).toEqual(['ccache', 'keytab'])
        throw new Error('upload step failed')
      }),
    )
    expect(message).toBe('upload step failed')
    expect(existsSync(dir)).toBe(false)
    expect(readdirSync(ticketTmp)).toEqual([])
  })
})
