/**
 * The lookaside cache: dist-git's upload.cgi (check and upload actions, text/plain answers)
 * and Apache's static downloads under /repo/pkgs/.
 *
 * The one deviation from Fedora: Apache authenticates uploads with Kerberos (SPNEGO) and
 * hands the CGI REMOTE_USER. Here the test-only header `X-Srcgit-Test-User: <user>` stands
 * in for that REMOTE_USER; without it the answer is mod_auth_gssapi's 401.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { type Reply, type RequestContext, parseForm, readBody, text } from './http.js'
import type { ForgeState } from './state.js'

export const TEST_USER_HEADER = 'x-srcgit-test-user'

export interface LookasideDeps {
  /** Who is a packager, and which repositories (by fullname, e.g. rpms/hello) exist. */
  state: Pick<ForgeState, 'users'> & { projects: { has(fullname: string): boolean } }
  /** The lookaside_dir: files live at <root>/<ns>/<pkg>/<file>/<hashtype>/<hash>/<file>. */
  root: string
}

/** upload.cgi's send_error(): a status and one line of text. */
class CgiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

type FormValue = string | File

const answer = (status: number, message: string): Reply => text(status, `${message}\n`)

export async function serveLookaside(ctx: RequestContext, deps: LookasideDeps): Promise<Reply> {
  if (ctx.url.pathname === '/repo/pkgs/upload.cgi') return upload(ctx, deps)
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return answer(405, 'Method Not Allowed')
  return download(deps, decodeURIComponent(ctx.url.pathname.slice('/repo/pkgs/'.length)))
}

/** Static files, as Apache's Alias serves them. */
function download(deps: LookasideDeps, rel: string): Reply {
  const file = path.resolve(deps.root, rel)
  if (!file.startsWith(deps.root + path.sep) || !existsSync(file) || !statSync(file).isFile())
    return answer(404, 'Not Found')
  return {
    status: 200,
    headers: {
      'Content-Type': 'application/octet-stream',
      'Last-Modified': statSync(file).mtime.toUTCString(),
    },
    body: readFileSync(file),
  }
}

async function upload(ctx: RequestContext, deps: LookasideDeps): Promise<Reply> {
  const header = ctx.req.headers[TEST_USER_HEADER]
  const user = typeof header === 'string' && header.trim() ? header.trim().split('@')[0] : undefined
  if (!user)
    return {
      status: 401,
      headers: { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Negotiate' },
      body: 'Unauthorized\n',
    }
  ctx.user = user
  try {
    return await uploadCgi(ctx, deps, user)
  } catch (error) {
    if (error instanceof CgiError) return answer(error.status, error.message)
    throw error
  }
}

/** check_form(): exactly one value. */
function single(form: FormData, name: string): FormValue {
  const values = form.getAll(name)
  if (!values.length) throw new CgiError(400, `Required field "${name}" is not present.`)
  if (values.length > 1) throw new CgiError(400, `Multiple values given for "${name}". Aborting.`)
  return values[0]
}

const asText = (value: FormValue) => (typeof value === 'string' ? value : value.name)

async function uploadCgi(ctx: RequestContext, deps: LookasideDeps, user: string): Promise<Reply> {
  if (!deps.state.users.get(user)?.packager)
    throw new CgiError(
      403,
      'You must connect with a valid certificate and be in the packager group to upload.',
    )
  const body = ctx.method === 'POST' ? await readBody(ctx.req) : Buffer.alloc(0)
  const form = body.length ? await parseForm(ctx.req, body) : new FormData()

  let name = asText(single(form, 'name')).replace(/^\/+|\/+$/g, '')
  // The strongest hash first.
  const hashType = ['sha512', 'md5'].find((algo) => form.has(`${algo}sum`))
  if (!hashType) throw new CgiError(400, 'Required checksum is not present')
  const checksum = asText(single(form, `${hashType}sum`))

  // A check sends a filename and no file; an upload sends the file and no filename.
  let filename: string
  let file: File | undefined
  if (form.has('filename')) filename = path.basename(asText(single(form, 'filename')))
  else {
    if (!form.has('file')) throw new CgiError(400, 'Required field "file" is not present.')
    const part = single(form, 'file')
    if (typeof part === 'string') throw new CgiError(400, 'No file given for upload. Aborting.')
    file = part
    filename = path.basename(part.name)
    // Fedora's dist-git runs with nomd5 = True.
    if (hashType === 'md5') throw new CgiError(406, 'Uploads with md5 are no longer allowed.')
  }

  // Fedora's default_namespace.
  if (!name.includes('/')) name = `rpms/${name}`
  if (!deps.state.projects.has(name)) throw new CgiError(404, `Module "${name}" does not exist!`)

  const hashDir = path.join(deps.root, name, filename, hashType, checksum)
  const dest = path.join(hashDir, filename)
  if (existsSync(dest)) {
    if (!file) return answer(200, 'Available')
    return answer(200, `File ${filename} already exists\nFile: ${dest} Size: ${statSync(dest).size}`)
  }
  if (!file) return answer(200, 'Missing')

  const content = Buffer.from(await file.arrayBuffer())
  const actual = createHash(hashType).update(content).digest('hex')
  if (actual !== checksum)
    throw new CgiError(
      400,
      `${hashType.toUpperCase()} check failed. Received ${actual} instead of ${checksum}.`,
    )
  // An empty mtime counts as none, as the CGI's `if mtime:` does.
  const mtime = form.has('mtime') ? asText(single(form, 'mtime')) : ''
  const seconds = mtime ? Number(mtime.trim()) : undefined
  if (mtime && (!mtime.trim() || !Number.isFinite(seconds)))
    throw new CgiError(400, `Invalid value sent for mtime "${mtime}". Aborting.`)

  mkdirSync(hashDir, { recursive: true })
  const temporary = path.join(hashDir, `.${filename}.part`)
  writeFileSync(temporary, content)
  renameSync(temporary, dest)
  if (seconds !== undefined) utimesSync(dest, seconds, seconds)
  return answer(
    200,
    `File ${filename} size ${content.length} ${hashType.toUpperCase()} ${checksum} stored OK`,
  )
}

/** Every stored file, relative to the lookaside root, sorted. */
export function storedFiles(root: string, rel = ''): string[] {
  const dir = path.join(root, rel)
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      return entry.isDirectory() ? storedFiles(root, child) : entry.isFile() ? [child] : []
    })
    .sort()
}
