/** The forge's lookaside cache: upload.cgi driven with `curl -F` as rpkg drives it, downloads with fetch. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Forge, TEST_USER_HEADER, startForge } from '../../support/forge/index.js'
import { packageSource, runAsync } from './fixtures.js'

describe('forge: lookaside cache', () => {
  let forge: Forge
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-forge-lookaside-'))
  const archive = path.join(dir, 'hello-1.0.tar.gz')
  const content = 'not really a tarball\n'
  const sha512 = createHash('sha512').update(content).digest('hex')
  const md5 = createHash('md5').update(content).digest('hex')

  beforeAll(async () => {
    const curl = await runAsync('curl', ['--version']).catch(() => undefined)
    if (curl?.code !== 0)
      throw new Error('curl is needed for the lookaside tests; install the Debian package curl')
    writeFileSync(archive, content)
    forge = await startForge({ users: [{ name: 'mia', packager: true }, { name: 'bot' }] })
    forge.addPackage('hello', { from: packageSource().dir, maintainers: ['mia'] })
  })
  afterAll(() => forge.stop())

  /** POSTs a multipart form with curl; fields are "-F" values ("name=value" or "file=@path"). */
  async function upload(
    fields: string[],
    user: string | null = 'mia',
  ): Promise<{ status: number; body: string }> {
    const args = ['-sS', '--write-out', '\n%{http_code}']
    if (user) args.push('-H', `${TEST_USER_HEADER}: ${user}`)
    for (const value of fields) args.push('-F', value)
    const run = await runAsync('curl', [...args, `${forge.lookasideUrl}/upload.cgi`])
    expect(run.code).toBe(0)
    const cut = run.stdout.lastIndexOf('\n')
    return { status: Number(run.stdout.slice(cut + 1)), body: run.stdout.slice(0, cut) }
  }

  const check = (name = 'rpms/hello') =>
    upload([`name=${name}`, `sha512sum=${sha512}`, 'filename=hello-1.0.tar.gz'])
  const downloadUrl = (hash = sha512) =>
    `${forge.lookasideUrl}/rpms/hello/hello-1.0.tar.gz/sha512/${hash}/hello-1.0.tar.gz`

  it('checks, uploads with mtime, then reports the file available and already there', async () => {
    expect(await check()).toEqual({ status: 200, body: 'Missing\n' })
    expect((await fetch(downloadUrl(), { method: 'HEAD' })).status).toBe(404)

    const stored = await upload(['name=rpms/hello', `sha512sum=${sha512}`, `file=@${archive}`, 'mtime=1234'])
    expect(stored).toEqual({
      status: 200,
      body: `File hello-1.0.tar.gz size ${content.length} SHA512 ${sha512} stored OK\n`,
    })
    expect(forge.lookasideFiles()).toEqual([`rpms/hello/hello-1.0.tar.gz/sha512/${sha512}/hello-1.0.tar.gz`])
    expect(await check()).toEqual({ status: 200, body: 'Available\n' })
    // The name without a namespace means rpms/.
    expect(await check('hello')).toEqual({ status: 200, body: 'Available\n' })

    const again = await upload(['name=rpms/hello', `sha512sum=${sha512}`, `file=@${archive}`])
    expect(again.status).toBe(200)
    expect(again.body).toMatch(
      new RegExp(
        `^File hello-1.0.tar.gz already exists\nFile: /\\S+/rpms/hello/hello-1.0.tar.gz/sha512/${sha512}/hello-1.0.tar.gz Size: ${content.length}\n$`,
      ),
    )
  })

  it('serves downloads: HEAD 200 with the stored mtime, GET the bytes, 404 otherwise', async () => {
    const head = await fetch(downloadUrl(), { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(String(content.length))
    expect(head.headers.get('last-modified')).toBe(new Date(1234 * 1000).toUTCString())
    expect(await (await fetch(downloadUrl())).text()).toBe(content)
    expect((await fetch(downloadUrl('0'.repeat(128)), { method: 'HEAD' })).status).toBe(404)
    expect((await fetch(`${forge.lookasideUrl}/rpms/hello/../../../etc/passwd`)).status).toBe(404)
  })

  it('verifies the sha512 and refuses md5 uploads', async () => {
    const wrong = 'a'.repeat(128)
    expect(await upload(['name=rpms/hello', `sha512sum=${wrong}`, `file=@${archive}`])).toEqual({
      status: 400,
      body: `SHA512 check failed. Received ${sha512} instead of ${wrong}.\n`,
    })
    expect(await upload(['name=rpms/hello', `md5sum=${md5}`, `file=@${archive}`])).toEqual({
      status: 406,
      body: 'Uploads with md5 are no longer allowed.\n',
    })
    expect(forge.lookasideFiles()).toHaveLength(1)
  })

  it('answers missing fields and unknown modules with upload.cgi texts', async () => {
    expect(await upload(['name=rpms/hello', `file=@${archive}`])).toEqual({
      status: 400,
      body: 'Required checksum is not present\n',
    })
    expect(await upload([`sha512sum=${sha512}`, `file=@${archive}`])).toEqual({
      status: 400,
      body: 'Required field "name" is not present.\n',
    })
    expect(await upload(['name=rpms/hello', `sha512sum=${sha512}`])).toEqual({
      status: 400,
      body: 'Required field "file" is not present.\n',
    })
    expect(await upload(['name=rpms/nope', `sha512sum=${sha512}`, `file=@${archive}`])).toEqual({
      status: 404,
      body: 'Module "rpms/nope" does not exist!\n',
    })
    expect(await upload(['name=nope', `sha512sum=${sha512}`, 'filename=x'])).toEqual({
      status: 404,
      body: 'Module "rpms/nope" does not exist!\n',
    })
    const other = path.join(dir, 'other.tar.gz')
    writeFileSync(other, 'other\n')
    const otherSha = createHash('sha512').update('other\n').digest('hex')
    expect(
      await upload(['name=rpms/hello', `sha512sum=${otherSha}`, `file=@${other}`, 'mtime=soon']),
    ).toEqual({
      status: 400,
      body: 'Invalid value sent for mtime "soon". Aborting.\n',
    })
  })

  it('needs the Kerberos stand-in header and the packager group', async () => {
    expect(await upload(['name=rpms/hello', `sha512sum=${sha512}`, 'filename=x'], null)).toEqual({
      status: 401,
      body: 'Unauthorized\n',
    })
    expect(await upload(['name=rpms/hello', `sha512sum=${sha512}`, 'filename=x'], 'bot')).toEqual({
      status: 403,
      body: 'You must connect with a valid certificate and be in the packager group to upload.\n',
    })
    const uploads = forge.log.filter((r) => r.path === '/repo/pkgs/upload.cgi')
    expect(uploads.at(-1)).toMatchObject({
      kind: 'lookaside',
      method: 'POST',
      write: true,
      user: 'bot',
      status: 403,
    })
    expect(uploads.at(-2)).toMatchObject({ status: 401 })
    expect(uploads.at(-2)?.user).toBeUndefined()
  })
})
