/**
 * Fedora's lookaside cache: where a source archive lives (download URL), whether it is there
 * (unauthenticated HEAD) and uploading it to upload.cgi. The upload goes through `curl
 * --negotiate` like rpkg does, because SPNEGO from Node would need a native GSSAPI binding.
 */
import path from 'node:path'
import type { HttpClient } from '../http/client.js'
import { networkTimeoutSeconds, stallAdvice } from '../runtime/resources.js'
import { redact } from '../runtime/secrets.js'
import { runTool } from './tool.js'

export const FEDORA_LOOKASIDE = {
  downloadBase: 'https://src.fedoraproject.org/repo/pkgs',
  uploadUrl: 'https://src.fedoraproject.org/repo/pkgs/upload.cgi',
}

/**
 * How the upload authenticates. `kerberos`: SPNEGO with the ticket cache that `env` points to
 * (from withKerberosTicket). `test-header`: TEST ONLY, sends `X-Srcgit-Test-User: <user>`, which
 * srcgit's local test forge accepts instead of Kerberos; refused unless the environment variable
 * SRCGIT_TEST_LOOKASIDE_USER is set.
 */
export type LookasideAuth =
  | { kind: 'kerberos'; env: Record<string, string>; principal?: string }
  | { kind: 'test-header'; user: string }

export interface LookasideUpload {
  /** The dist-git repo, `rpms/<pkg>`. */
  name: string
  /** The file's SHA-512, lowercase hex; the server recomputes and compares it. */
  sha512: string
}

export interface UploadResult {
  outcome: 'stored' | 'exists'
  /** The server's answer, e.g. `File foo.tgz size 12 SHA512 … stored OK`. */
  message: string
}

export interface LookasideCacheOptions {
  downloadBase: string
  uploadUrl: string
  http: HttpClient
}

const TEST_USER_ENV = 'SRCGIT_TEST_LOOKASIDE_USER'
const TEST_USER_HEADER = 'X-Srcgit-Test-User'

/** The test-only auth when SRCGIT_TEST_LOOKASIDE_USER is set (srcgit's own tests), else undefined. */
export function testLookasideAuth(env: NodeJS.ProcessEnv = process.env): LookasideAuth | undefined {
  const user = env[TEST_USER_ENV]
  return user ? { kind: 'test-header', user } : undefined
}

/** `<base>/<name>/<filename>/sha512/<hash>/<filename>`, the layout fedpkg uses. */
export function lookasideDownloadUrl(base: string, name: string, filename: string, sha512: string): string {
  const repo = checkName(name)
  checkFilename(filename)
  checkSha512(sha512)
  const segments = [...repo.split('/'), filename, 'sha512', sha512, filename].map(encodeSegment)
  return `${base.replace(/\/+$/, '')}/${segments.join('/')}`
}

/**
 * Where a package's archives are kept, as the jobs see it: today Fedora's lookaside cache
 * (below); a new artifact store after the Forgejo migration, if Fedora announces one, is one
 * more implementation of this.
 */
export interface ArtifactStore {
  /** Whether the store has the file with this SHA-512 for the package (`rpms/<pkg>`). */
  isPresent(name: string, filename: string, sha512: string): Promise<boolean>
  upload(file: string, upload: LookasideUpload, auth: LookasideAuth): Promise<UploadResult>
}

export class LookasideCache implements ArtifactStore {
  constructor(private readonly options: LookasideCacheOptions) {}

  /** Whether the cache serves the file (200) or not (404); anything else is an error. */
  async isPresent(name: string, filename: string, sha512: string): Promise<boolean> {
    const url = lookasideDownloadUrl(this.options.downloadBase, name, filename, sha512)
    const response = await this.options.http.request({ method: 'HEAD', url, expectStatus: [200, 404] })
    if (response.status === 200) return true
    if (response.status === 404) return false
    const via = response.url !== url ? ` (redirected to ${response.url})` : ''
    throw new Error(
      `could not tell whether ${filename} is in the lookaside cache: HEAD ${url}${via} answered ${response.status}`,
    )
  }

  /** Uploads `file` (its basename is the name in the cache); `already exists` is success too. */
  async upload(file: string, upload: LookasideUpload, auth: LookasideAuth): Promise<UploadResult> {
    const name = checkName(upload.name)
    const filename = path.basename(file)
    checkFilename(filename)
    checkSha512(upload.sha512)
    const { uploadUrl } = this.options
    // No overall --max-time: a large tarball on a slow link may take long, as long as it moves.
    const seconds = String(networkTimeoutSeconds())
    const args = [
      '-q', // ignore ~/.curlrc: the request must be exactly this one
      '-sS',
      '--connect-timeout',
      seconds,
      // Abort a stalled transfer (under 1 byte/s for the network timeout) rather than hang the job.
      '--speed-limit',
      '1',
      '--speed-time',
      seconds,
      ...authArgs(auth),
      '--form-string',
      `name=${name}`,
      '--form-string',
      `sha512sum=${upload.sha512}`,
      '-F',
      `file=@${quoteFormValue(file)};filename=${quoteFormValue(filename)}`,
      '-w',
      '\n%{http_code}',
      uploadUrl,
    ]
    const curl = await runTool('curl', args, {
      env: auth.kind === 'kerberos' ? auth.env : {},
      install: 'install curl (apt-get install curl / dnf install curl)',
    })
    if (curl.code !== 0) {
      const why = redact(curl.stderr.trim()) || `curl exit ${curl.code}`
      // 28: curl's timeout (connect timeout or the speed limit).
      const stalled =
        curl.code === 28
          ? `; ${hostOf(uploadUrl)} sent nothing for ${seconds} s, so the upload was stopped. ${stallAdvice()}`
          : ''
      throw new Error(`lookaside upload of ${filename} to ${redact(uploadUrl)} failed: ${why}${stalled}`)
    }
    const cut = curl.stdout.lastIndexOf('\n')
    const status = Number(curl.stdout.slice(cut + 1))
    return parseUploadResponse(status, curl.stdout.slice(0, Math.max(cut, 0)), {
      filename,
      name,
      uploadUrl,
      who: auth.kind === 'kerberos' ? auth.principal : auth.user,
    })
  }
}

export interface UploadContext {
  filename: string
  name: string
  uploadUrl: string
  /** The Kerberos principal or test user, for messages. */
  who: string | undefined
}

/** The outcome of an upload.cgi answer (text/plain, see the protocol reference §3.2), or an error that says how to fix it. */
export function parseUploadResponse(status: number, body: string, context: UploadContext): UploadResult {
  const text = redact(body.trim())
  const { filename, name, uploadUrl } = context
  const instance = hostOf(uploadUrl)
  const answer = `${instance} answered ${status}: ${shorten(text)}`
  if (status === 200 && /^File \S.* stored OK$/m.test(text)) return { outcome: 'stored', message: text }
  if (status === 200 && /^File \S.* already exists$/m.test(text)) return { outcome: 'exists', message: text }
  if (status === 401) {
    throw new Error(
      `lookaside upload was refused: no valid Kerberos ticket (is the keytab for ${context.who ?? 'the packager'} ` +
        `valid?); ${uploadUrl} answered 401`,
    )
  }
  if (status === 403) {
    throw new Error(
      `lookaside upload was refused: the account is not in the packager group` +
        `${context.who ? ` (authenticated as ${context.who})` : ''}; ${answer}`,
    )
  }
  if (status === 404 && text.startsWith('Module ')) {
    throw new Error(
      `lookaside upload of ${filename} failed: no dist-git repo ${name} on ${instance} (${text})`,
    )
  }
  if (status === 400 && /check failed\. Received/.test(text)) {
    throw new Error(
      `lookaside upload of ${filename} failed: ${text} The file changed during the upload or its sha512 was computed ` +
        'from other bytes',
    )
  }
  throw new Error(`lookaside upload of ${filename} to ${uploadUrl} failed: ${answer}`)
}

function authArgs(auth: LookasideAuth): string[] {
  if (auth.kind === 'kerberos') return ['--negotiate', '-u', ':']
  if (!process.env[TEST_USER_ENV]) {
    throw new Error(
      `the test-header lookaside auth is for srcgit's tests only (set ${TEST_USER_ENV} to use it)`,
    )
  }
  if (!/^[A-Za-z0-9._-]+$/.test(auth.user)) throw new Error(`"${auth.user}" is not a valid test user name`)
  return ['-H', `${TEST_USER_HEADER}: ${auth.user}`]
}

/** curl -F reads `;` and `,` as separators unless the value is double-quoted (with \ escapes). */
function quoteFormValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`
}

/** `rpms/foo` with slashes trimmed, as upload.cgi does; no empty, `.` or `..` parts. */
function checkName(name: string): string {
  const trimmed = name.replace(/^\/+|\/+$/g, '')
  const parts = trimmed.split('/')
  if (
    trimmed === '' ||
    parts.some((part) => part === '' || part === '.' || part === '..' || /\s/.test(part))
  ) {
    throw new Error(`"${name}" is not a dist-git repo name: expected "rpms/<package>"`)
  }
  return trimmed
}

function checkFilename(filename: string): void {
  if (filename === '' || filename === '.' || filename === '..' || /[/\s]/.test(filename)) {
    throw new Error(`"${filename}" cannot be a lookaside file name (no slashes or spaces)`)
  }
}

function checkSha512(sha512: string): void {
  if (!/^[0-9a-f]{128}$/.test(sha512)) {
    throw new Error(`"${sha512}" is not a SHA-512 checksum (128 lowercase hex digits)`)
  }
}

/** Keep sub-delimiters, `:` and `@` readable (e.g. `foo-1.0+git.tar.gz`); escape the rest. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/%(2B|40|3A|2C|3B|3D|21|24|26|27|28|29|2A)/g, (escape) =>
    decodeURIComponent(escape),
  )
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

function shorten(text: string): string {
  const line = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return line.length > 300 ? `${line.slice(0, 300)}…` : line || '(empty body)'
}
