/**
 * The lookaside adapter against a recording HTTP server on 127.0.0.1 (real curl, real
 * HttpClient): what goes on the wire, how each upload.cgi answer is reported, the test-only
 * header auth, and withKerberosTicket's handling of files and tools (with stand-in kinit/kdestroy
 * scripts; the real Kerberos round trip is in lookaside-kerberos.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { HttpClient } from '../../src/http/client.js'
import { FEDORA_KRB5_CONF, withKerberosTicket } from '../../src/lookaside/kerberos.js'
import { LookasideCache, lookasideDownloadUrl, type LookasideAuth } from '../../src/lookaside/lookaside.js'
import { clearSecrets } from '../../src/runtime/secrets.js'

interface Recorded {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: Buffer
}

interface Part {
  name: string
  filename?: string
  data: Buffer
}

/** Splits a multipart/form-data body (bytes kept exact through latin1). */
function multipart(request: Recorded): Part[] {
  const boundary = /boundary=(.+)$/.exec(String(request.headers['content-type']))?.[1]
  if (!boundary) throw new Error('not multipart')
  return request.body
    .toString('latin1')
    .split(`--${boundary}`)
    .filter((chunk) => chunk.startsWith('\r\n'))
    .map((chunk) => {
      const [head, ...rest] = chunk.slice(2, -2).split('\r\n\r\n')
      return {
        name: /name="([^"]*)"/.exec(head)![1],
        filename: /filename="([^"]*)"/.exec(head)?.[1],
        data: Buffer.from(rest.join('\r\n\r\n'), 'latin1'),
      }
    })
}

const sha512 = (bytes: Buffer | string): string => createHash('sha512').update(bytes).digest('hex')

describe('LookasideCache against a recording server', () => {
  const requests: Recorded[] = []
  let answer = { status: 200, body: '', headers: {} as Record<string, string> }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      requests.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) })
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers })
      res.end(answer.body)
    })
  })
  const client = new HttpClient({ retries: 0 })
  let work = ''
  let base = ''
  let cache: LookasideCache
  const savedUser = process.env.SRCGIT_TEST_LOOKASIDE_USER

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-lookaside-'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/repo/pkgs`
    cache = new LookasideCache({ downloadBase: base, uploadUrl: `${base}/upload.cgi`, http: client })
  })
  afterEach(() => {
    requests.length = 0
    if (savedUser === undefined) delete process.env.SRCGIT_TEST_LOOKASIDE_USER
    else process.env.SRCGIT_TEST_LOOKASIDE_USER = savedUser
  })
  afterAll(async () => {
    await client.close()
    await new Promise((resolve) => server.close(resolve))
    rmSync(work, { recursive: true, force: true })
  })

  const hash = sha512('archive')
  const noTicket: LookasideAuth = { kind: 'kerberos', env: {}, principal: 'bot@FEDORAPROJECT.ORG' }

  describe('isPresent', () => {
    it('HEADs the download URL without credentials: 200 is present', async () => {
      answer = { status: 200, body: '', headers: {} }
      expect(await cache.isPresent('rpms/hello', 'hello-1.0.tar.gz', hash)).toBe(true)
      expect(requests).toHaveLength(1)
      expect(requests[0].method).toBe('HEAD')
      expect(requests[0].url).toBe(`/repo/pkgs/rpms/hello/hello-1.0.tar.gz/sha512/${hash}/hello-1.0.tar.gz`)
      expect(requests[0].headers.authorization).toBeUndefined()
    })

    it('404 is missing', async () => {
      answer = { status: 404, body: '', headers: {} }
      expect(await cache.isPresent('rpms/hello', 'hello-1.0.tar.gz', hash)).toBe(false)
    })

    it.each([403, 500])('%i is an error naming the URL and the status', async (status) => {
      answer = { status, body: '', headers: {} }
      const url = lookasideDownloadUrl(base, 'rpms/hello', 'hello-1.0.tar.gz', hash)
      await expect(cache.isPresent('rpms/hello', 'hello-1.0.tar.gz', hash)).rejects.toThrow(
        `could not tell whether hello-1.0.tar.gz is in the lookaside cache: HEAD ${url} answered ${status}`,
      )
    })
  })

  describe('upload', () => {
    it('posts name, sha512sum and the file (exact bytes, basename) with the test header, no Kerberos', async () => {
      process.env.SRCGIT_TEST_LOOKASIDE_USER = 'packager1'
      const dir = path.join(work, 'odd;dir,with "quotes"')
      mkdirSync(dir)
      const bytes = Buffer.from('\0\r\n--x\r\nbinary\xff', 'latin1')
      const file = path.join(dir, 'hello-1.0+git.tar.gz')
      writeFileSync(file, bytes)
      answer = {
        status: 200,
        body: `File hello-1.0+git.tar.gz size 15 SHA512 ${sha512(bytes)} stored OK\n`,
        headers: {},
      }

      const result = await cache.upload(
        file,
        { name: 'rpms/hello', sha512: sha512(bytes) },
        { kind: 'test-header', user: 'packager1' },
      )

      expect(result).toEqual({
        outcome: 'stored',
        message: `File hello-1.0+git.tar.gz size 15 SHA512 ${sha512(bytes)} stored OK`,
      })
      expect(requests).toHaveLength(1)
      const [request] = requests
      expect(request.method).toBe('POST')
      expect(request.url).toBe('/repo/pkgs/upload.cgi')
      expect(request.headers['x-srcgit-test-user']).toBe('packager1')
      expect(request.headers.authorization).toBeUndefined()
      const parts = multipart(request)
      expect(parts.map((p) => [p.name, p.filename])).toEqual([
        ['name', undefined],
        ['sha512sum', undefined],
        ['file', 'hello-1.0+git.tar.gz'],
      ])
      expect(parts[0].data.toString()).toBe('rpms/hello')
      expect(parts[1].data.toString()).toBe(sha512(bytes))
      expect(parts[2].data.equals(bytes)).toBe(true)
    })

    it('refuses the test header unless SRCGIT_TEST_LOOKASIDE_USER is set, before any request', async () => {
      delete process.env.SRCGIT_TEST_LOOKASIDE_USER
      const file = path.join(work, 'a.tar.gz')
      writeFileSync(file, 'a')
      await expect(
        cache.upload(file, { name: 'rpms/hello', sha512: hash }, { kind: 'test-header', user: 'packager1' }),
      ).rejects.toThrow(/for srcgit's tests only \(set SRCGIT_TEST_LOOKASIDE_USER/)
      process.env.SRCGIT_TEST_LOOKASIDE_USER = 'x'
      await expect(
        cache.upload(file, { name: 'rpms/hello', sha512: hash }, { kind: 'test-header', user: 'a\r\nb' }),
      ).rejects.toThrow('is not a valid test user name')
      expect(requests).toHaveLength(0)
    })

    it('"already exists" is success', async () => {
      const file = path.join(work, 'b.tar.gz')
      writeFileSync(file, 'b')
      answer = {
        status: 200,
        body: 'File b.tar.gz already exists\nFile: /srv/x/b.tar.gz Size: 1\n',
        headers: {},
      }
      expect(await cache.upload(file, { name: 'rpms/hello', sha512: sha512('b') }, noTicket)).toEqual({
        outcome: 'exists',
        message: 'File b.tar.gz already exists\nFile: /srv/x/b.tar.gz Size: 1',
      })
    })

    it.each([
      [
        401,
        '<html><body>Unauthorized</body></html>',
        `lookaside upload was refused: no valid Kerberos ticket (is the keytab for bot@FEDORAPROJECT.ORG valid?); BASE/upload.cgi answered 401`,
      ],
      [
        403,
        'You must connect with a valid certificate and be in the packager group to upload.\n',
        'lookaside upload was refused: the account is not in the packager group (authenticated as bot@FEDORAPROJECT.ORG); HOST answered 403: You must connect with a valid certificate and be in the packager group to upload.',
      ],
      [
        404,
        'Module "rpms/hello" does not exist!\n',
        'lookaside upload of c.tar.gz failed: no dist-git repo rpms/hello on HOST (Module "rpms/hello" does not exist!)',
      ],
      [
        404,
        '<h1>Not Found</h1>',
        'lookaside upload of c.tar.gz to BASE/upload.cgi failed: HOST answered 404: Not Found',
      ],
      [
        400,
        'SHA512 check failed. Received aaa instead of bbb.\n',
        'lookaside upload of c.tar.gz failed: SHA512 check failed. Received aaa instead of bbb. The file changed during the upload or its sha512 was computed from other bytes',
      ],
      [
        406,
        'Uploads with md5 are no longer allowed.\n',
        'lookaside upload of c.tar.gz to BASE/upload.cgi failed: HOST answered 406: Uploads with md5 are no longer allowed.',
      ],
      [
        200,
        'Missing\n',
        'lookaside upload of c.tar.gz to BASE/upload.cgi failed: HOST answered 200: Missing',
      ],
    ])('%i %j is reported as it should be', async (status, body, expected) => {
      const file = path.join(work, 'c.tar.gz')
      writeFileSync(file, 'c')
      answer = { status, body, headers: {} }
      const host = new URL(base).host
      await expect(cache.upload(file, { name: 'rpms/hello', sha512: sha512('c') }, noTicket)).rejects.toThrow(
        expected.replace('BASE', base).replace('HOST', host),
      )
    })

    it('reports a connection failure with curl’s own words', async () => {
      const closed = http.createServer()
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
      const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/repo/pkgs/upload.cgi`
      await new Promise((resolve) => closed.close(resolve))
      const file = path.join(work, 'd.tar.gz')
      writeFileSync(file, 'd')
      const down = new LookasideCache({ downloadBase: base, uploadUrl: url, http: client })
      await expect(down.upload(file, { name: 'rpms/hello', sha512: sha512('d') }, noTicket)).rejects.toThrow(
        new RegExp(`^lookaside upload of d\\.tar\\.gz to ${url} failed: curl: \\(7\\) Failed to connect`),
      )
    })

    it('names the package when curl is missing', async () => {
      const file = path.join(work, 'e.tar.gz')
      writeFileSync(file, 'e')
      const auth: LookasideAuth = { kind: 'kerberos', env: { PATH: mkdtempSync(path.join(work, 'empty-')) } }
      await expect(cache.upload(file, { name: 'rpms/hello', sha512: sha512('e') }, auth)).rejects.toThrow(
        'curl is not installed or not on PATH: install curl (apt-get install curl / dnf install curl)',
      )
    })
  })
})

describe('withKerberosTicket (stand-in kinit/kdestroy)', () => {
  let work = ''
  let log = ''
  let tmpDir = ''
  const keytab = Buffer.from([0x05, 0x02, 0, 0, 0, 0x30, ...Buffer.from('keytab-entry-bytes-for-this-test')])
  const keytabBase64 = keytab.toString('base64')
  const saved = {
    PATH: process.env.PATH,
    KRB5_CONFIG: process.env.KRB5_CONFIG,
    FAKE_KINIT_FAIL: process.env.FAKE_KINIT_FAIL,
  }

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-kinit-'))
    const bin = path.join(work, 'bin')
    log = path.join(work, 'log')
    tmpDir = path.join(work, 'tmp')
    mkdirSync(bin)
    mkdirSync(tmpDir)
    // Records what the real tools would see: argv, the Kerberos env, file modes and contents.
    const script = (name: string, extra: string): void => {
      writeFileSync(
        path.join(bin, name),
        `#!/bin/sh\nexec >>"${log}"\necho "${name} $*"\necho "ccache=$KRB5CCNAME config=$KRB5_CONFIG"\n${extra}\n`,
      )
      chmodSync(path.join(bin, name), 0o755)
    }
    script(
      'kinit',
      [
        'keytab=$(echo "$3" | sed s/^FILE://)',
        'echo "modes $(stat -c %a "$(dirname "$keytab")") $(stat -c %a "$keytab")"',
        'echo "keytab $(base64 -w0 "$keytab")"',
        'echo "--config"; cat "$KRB5_CONFIG"; echo "--end"',
        'if [ -n "$FAKE_KINIT_FAIL" ]; then echo "kinit: bad key $(base64 -w0 "$keytab")" >&2; exit 1; fi',
        'touch "$(echo "$KRB5CCNAME" | sed s/^FILE://)"',
      ].join('\n'),
    )
    script('kdestroy', 'rm -f "$(echo "$KRB5CCNAME" | sed s/^FILE://)"')
    process.env.PATH = `${bin}:${process.env.PATH}`
    delete process.env.KRB5_CONFIG
  })
  afterEach(() => {
    rmSync(log, { force: true })
    delete process.env.FAKE_KINIT_FAIL
  })
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
    clearSecrets()
    rmSync(work, { recursive: true, force: true })
  })

  it('kinit -k from a private 700 dir with a 600 keytab and the Fedora krb5.conf, then kdestroy and cleanup', async () => {
    let seen: Record<string, string> = {}
    const result = await withKerberosTicket({ keytabBase64, principal: 'packager', tmpDir }, async (env) => {
      seen = { ...env }
      return 'done'
    })
    expect(result).toBe('done')
    const dir = path.dirname(seen.KRB5CCNAME.replace(/^FILE:/, ''))
    expect(path.dirname(dir)).toBe(tmpDir)
    expect(seen).toEqual({ KRB5_CONFIG: path.join(dir, 'krb5.conf'), KRB5CCNAME: `FILE:${dir}/ccache` })
    expect(readFileSync(log, 'utf8')).toBe(
      [
        `kinit -k -t FILE:${dir}/keytab packager@FEDORAPROJECT.ORG`,
        `ccache=FILE:${dir}/ccache config=${dir}/krb5.conf`,
        'modes 700 600',
        `keytab ${keytabBase64}`,
        '--config',
        `${FEDORA_KRB5_CONF}--end`,
        'kdestroy ',
        `ccache=FILE:${dir}/ccache config=${dir}/krb5.conf`,
        '',
      ].join('\n'),
    )
    expect(readdirSync(tmpDir)).toEqual([])
  })

  it('uses KRB5_CONFIG from the environment instead of writing one', async () => {
    const conf = path.join(work, 'krb5.conf')
    writeFileSync(conf, '[libdefaults]\n default_realm = EXAMPLE.ORG\n')
    process.env.KRB5_CONFIG = conf
    try {
      const env = await withKerberosTicket(
        { keytabBase64, principal: 'me@EXAMPLE.ORG', tmpDir },
        async (e) => e,
      )
      expect(env.KRB5_CONFIG).toBe(conf)
      expect(readFileSync(log, 'utf8')).toContain('kinit -k -t FILE:')
      expect(readFileSync(log, 'utf8')).toContain(' me@EXAMPLE.ORG\n')
    } finally {
      delete process.env.KRB5_CONFIG
    }
  })

  it('a failing kinit: its stderr redacted, the hint, no callback, nothing left', async () => {
    process.env.FAKE_KINIT_FAIL = '1'
    let called = false
    const error = await withKerberosTicket({ keytabBase64, principal: 'packager', tmpDir }, async () => {
      called = true
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    )
    expect(error?.message).toBe(
      'kinit for packager@FEDORAPROJECT.ORG failed: kinit: bad key ***. Check that the keytab holds a current key ' +
        'for packager@FEDORAPROJECT.ORG (`klist -k -t <file>`; a password change makes old keytabs invalid) and ' +
        'that the KDC is reachable',
    )
    expect(called).toBe(false)
    expect(readFileSync(log, 'utf8')).toContain('kdestroy')
    expect(readdirSync(tmpDir)).toEqual([])
  })

  it('names the packages when kinit is missing', async () => {
    const path0 = process.env.PATH
    process.env.PATH = mkdtempSync(path.join(work, 'empty-'))
    try {
      await expect(
        withKerberosTicket({ keytabBase64, principal: 'packager', tmpDir }, async () => 1),
      ).rejects.toThrow(
        'kinit is not installed or not on PATH: install krb5-user (Debian/Ubuntu) or krb5-workstation (Fedora)',
      )
    } finally {
      process.env.PATH = path0
    }
    expect(readdirSync(tmpDir)).toEqual([])
  })
})
