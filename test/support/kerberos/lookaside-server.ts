/**
 * A real Kerberos-protected lookaside cache on loopback, for tests: a throwaway MIT realm
 * SRCGIT.TEST (krb5kdc in the foreground) and Apache with mod_auth_gssapi in front of a test
 * copy of upload.cgi, all with private config in one temp dir, stopped and removed by stop().
 * Principals: bot (a packager), outsider (not a packager), ghost (keytab exported, then the
 * principal deleted), expired (expired at the KDC), stale (keys changed after the export),
 * HTTP/localhost (Apache's key). Nothing here uses systemd or /etc.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const REALM = 'SRCGIT.TEST'
const APACHE_MODULES = '/usr/lib/apache2/modules'
const CGI_SOURCE = path.join(path.dirname(new URL(import.meta.url).pathname), 'upload.cgi')

/** Each program the server needs, with the Debian package that ships it. */
const TOOLS: Record<string, string> = {
  kdb5_util: 'krb5-kdc',
  'kadmin.local': 'krb5-admin-server',
  krb5kdc: 'krb5-kdc',
  kinit: 'krb5-user',
  kdestroy: 'krb5-user',
  apache2: 'apache2',
  curl: 'curl',
  perl: 'perl',
}
export const DEBIAN_PACKAGES = [
  'krb5-kdc',
  'krb5-admin-server',
  'krb5-user',
  'apache2',
  'libapache2-mod-auth-gssapi',
  'curl',
  'perl',
]

export interface KerberosLookaside {
  dir: string
  /** The realm's krb5.conf (KRB5_CONFIG for kinit and curl). */
  krb5Conf: string
  kdcPort: number
  httpPort: number
  downloadBase: string
  uploadUrl: string
  /** Where uploads land: <storageDir>/rpms/<pkg>/<file>/sha512/<hash>/<file>. */
  storageDir: string
  /**
   * Base64 keytabs, as a CI secret would hold them. `expired`: its principal expired at the KDC
   * (kadmin `modprinc -expire`); `stale`: its principal's keys were re-randomised after the
   * export (`cpw -randkey`), so the keytab holds an old key version.
   */
  keytabs: { bot: string; outsider: string; ghost: string; expired: string; stale: string }
  /** With options.koji: the hub URL through Apache, e.g. http://localhost:PORT/kojihub. */
  kojiHubUrl?: string
  /** The same hub, but its ssllogin has a stale HTTP/localhost key: every ticket gets a 401. */
  kojiStaleHubUrl?: string
  /** With options.oidc: the OIDC issuer through Apache, e.g. http://localhost:PORT/openidc. */
  oidcUrl?: string
  /** The same provider, but its Authorization endpoint has the stale HTTP/localhost key (401). */
  oidcStaleUrl?: string
  /** Apache's access log lines so far ("<client> <user> "<request>" <status>"). */
  accessLog(): string[]
  /** The KDC's log lines so far (one per ticket request). */
  kdcLog(): string[]
  stop(): Promise<void>
}

export interface KerberosLookasideOptions {
  /** dist-git repos that exist (upload.cgi answers 404 Module for others). */
  repos: string[]
  /**
   * A Koji hub (the stand-in) for Apache to reverse-proxy at /kojihub, with /kojihub/ssllogin
   * behind mod_auth_gssapi as on Fedora's hub. Apache passes the GSSAPI name (REMOTE_USER) as
   * the header X-Srcgit-Remote-User, with X-Srcgit-Proxy-Secret: <secret> so the stand-in can
   * tell the proxy's header from one a client sent (Apache also drops clients' copies).
   */
  koji?: { backend: string; secret: string }
  /**
   * An OpenID Connect provider (test/support/bodhi/oidc.ts) for Apache to reverse-proxy at
   * /openidc (`backend` is the stand-in's issuer URL, http://127.0.0.1:PORT/openidc), with only
   * /openidc/Authorization behind mod_auth_gssapi, as Ipsilon's Kerberos login is. Apache passes
   * REMOTE_USER as X-Srcgit-Remote-User with X-Srcgit-Proxy-Secret, and the issuer URL clients
   * see as X-Srcgit-Public-Url. /openidc-stale is the same provider behind the stale key.
   */
  oidc?: { backend: string; secret: string }
}

export async function startKerberosLookaside(options: KerberosLookasideOptions): Promise<KerberosLookaside> {
  const tools = resolveTools()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-krb5-realm-'))
  const children: ChildProcess[] = []
  const stop = async (): Promise<void> => {
    for (const child of children.reverse()) await terminate(child)
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const kdcPort = await freePort()
    const httpPort = await freePort()
    const files = writeRealmConfig(dir, kdcPort)
    const env = { ...process.env, KRB5_CONFIG: files.krb5Conf, KRB5_KDC_PROFILE: files.kdcConf }
    // A throwaway master password for a throwaway database.
    run(tools.kdb5_util, ['create', '-s', '-r', REALM, '-P', 'srcgit-test-master'], env)
    const kadmin = (query: string): void => void run(tools['kadmin.local'], ['-r', REALM, '-q', query], env)
    const keytab = (principal: string, file: string): string => {
      kadmin(`addprinc -randkey ${principal}@${REALM}`)
      kadmin(`ktadd -k ${file} ${principal}@${REALM}`)
      return readFileSync(file).toString('base64')
    }
    const keytabs = {
      bot: keytab('bot', path.join(dir, 'bot.keytab')),
      outsider: keytab('outsider', path.join(dir, 'outsider.keytab')),
      ghost: keytab('ghost', path.join(dir, 'ghost.keytab')),
      expired: keytab('expired', path.join(dir, 'expired.keytab')),
      stale: keytab('stale', path.join(dir, 'stale.keytab')),
    }
    kadmin(`delprinc -force ghost@${REALM}`)
    kadmin(`modprinc -expire "2020-01-01 00:00:00 UTC" expired@${REALM}`)
    kadmin(`cpw -randkey stale@${REALM}`)
    const apacheDir = path.join(dir, 'apache')
    mkdirSync(apacheDir)
    const httpKeytab = path.join(apacheDir, 'http.keytab')
    keytab('HTTP/localhost', httpKeytab)
    // A stale copy of Apache's key (the key changed after it was exported), for a hub that
    // cannot accept any ticket: mod_auth_gssapi answers 401 to a valid one.
    const staleKeytab = path.join(apacheDir, 'stale-http.keytab')
    if (options.koji || options.oidc) {
      kadmin(`ktadd -k ${staleKeytab} HTTP/localhost@${REALM}`)
      kadmin(`ktadd -k ${httpKeytab} HTTP/localhost@${REALM}`)
    }

    children.push(startChild(tools.krb5kdc, ['-n'], env, path.join(dir, 'kdc.out')))
    await waitForPort(kdcPort, children[0], path.join(dir, 'kdc.out'))

    const storageDir = path.join(apacheDir, 'lookaside', 'pkgs')
    const gitroot = path.join(apacheDir, 'git')
    for (const repo of options.repos) mkdirSync(path.join(gitroot, `${repo}.git`), { recursive: true })
    mkdirSync(storageDir, { recursive: true })
    mkdirSync(path.join(apacheDir, 'run'))
    mkdirSync(path.join(apacheDir, 'logs'))
    copyFileSync(CGI_SOURCE, path.join(apacheDir, 'upload.cgi'))
    chmodSync(path.join(apacheDir, 'upload.cgi'), 0o755)
    const httpdConf = path.join(dir, 'httpd.conf')
    writeFileSync(
      httpdConf,
      apacheConfig({
        apacheDir,
        storageDir,
        gitroot,
        httpKeytab,
        staleKeytab,
        httpPort,
        koji: options.koji,
        oidc: options.oidc,
      }),
    )
    shareWithApacheUser(dir, apacheDir)
    const apacheEnv = { ...env, KRB5RCACHEDIR: path.join(apacheDir, 'run') }
    children.push(
      startChild(tools.apache2, ['-f', httpdConf, '-DFOREGROUND'], apacheEnv, path.join(dir, 'apache.out')),
    )
    await waitForPort(
      httpPort,
      children[1],
      path.join(dir, 'apache.out'),
      path.join(apacheDir, 'logs', 'error.log'),
    )

    const base = `http://localhost:${httpPort}/repo/pkgs`
    return {
      dir,
      krb5Conf: files.krb5Conf,
      kdcPort,
      httpPort,
      downloadBase: base,
      uploadUrl: `${base}/upload.cgi`,
      kojiHubUrl: options.koji ? `http://localhost:${httpPort}/kojihub` : undefined,
      kojiStaleHubUrl: options.koji ? `http://localhost:${httpPort}/kojihub-stale` : undefined,
      oidcUrl: options.oidc ? `http://localhost:${httpPort}/openidc` : undefined,
      oidcStaleUrl: options.oidc ? `http://localhost:${httpPort}/openidc-stale` : undefined,
      storageDir,
      keytabs,
      accessLog: () => readLines(path.join(apacheDir, 'logs', 'access.log')),
      kdcLog: () => readLines(path.join(dir, 'kdc.log')),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Full paths of the tools (the sbin ones are not on a normal user's PATH); fails naming the packages. */
function resolveTools(): Record<keyof typeof TOOLS, string> {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/local/sbin', '/usr/sbin', '/sbin'].filter(
    Boolean,
  )
  const found: Record<string, string> = {}
  const missing: string[] = []
  for (const [tool, pkg] of Object.entries(TOOLS)) {
    const hit = dirs.map((d) => path.join(d, tool)).find(isExecutable)
    if (hit) found[tool] = hit
    else missing.push(`${tool} (${pkg})`)
  }
  if (!existsSync(path.join(APACHE_MODULES, 'mod_auth_gssapi.so'))) {
    missing.push(`${APACHE_MODULES}/mod_auth_gssapi.so (libapache2-mod-auth-gssapi)`)
  }
  if (missing.length > 0) {
    throw new Error(
      `the Kerberos lookaside test needs ${missing.join(', ')}: apt-get install ${DEBIAN_PACKAGES.join(' ')}`,
    )
  }
  return found
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function writeRealmConfig(dir: string, kdcPort: number): { krb5Conf: string; kdcConf: string } {
  const kdcConf = path.join(dir, 'kdc.conf')
  writeFileSync(
    kdcConf,
    `[kdcdefaults]
 kdc_listen = 127.0.0.1:${kdcPort}
 kdc_tcp_listen = 127.0.0.1:${kdcPort}

[realms]
 ${REALM} = {
  database_name = ${dir}/principal
  key_stash_file = ${dir}/stash
  acl_file = ${dir}/kadm5.acl
  max_life = 1h
  supported_enctypes = aes256-cts-hmac-sha1-96:normal
 }

[logging]
 kdc = FILE:${dir}/kdc.log
 admin_server = FILE:${dir}/kadmin.log
 default = FILE:${dir}/krb5.log
`,
  )
  const krb5Conf = path.join(dir, 'krb5.conf')
  // TCP only (udp_preference_limit = 1): the KDC's UDP port is not checked for being free.
  writeFileSync(
    krb5Conf,
    `[libdefaults]
 default_realm = ${REALM}
 dns_lookup_realm = false
 dns_lookup_kdc = false
 rdns = false
 dns_canonicalize_hostname = false
 udp_preference_limit = 1

[realms]
 ${REALM} = {
  kdc = 127.0.0.1:${kdcPort}
 }

[domain_realm]
 localhost = ${REALM}
`,
  )
  return { krb5Conf, kdcConf }
}

interface ApacheSettings {
  apacheDir: string
  storageDir: string
  gitroot: string
  httpKeytab: string
  httpPort: number
  staleKeytab: string
  koji?: { backend: string; secret: string }
  oidc?: { backend: string; secret: string }
}

/** Ipsilon's /openidc proxied, only its Authorization endpoint behind GSSAPI; also behind the stale key. */
function oidcProxyConfig(s: ApacheSettings): string {
  if (!s.oidc) return ''
  const backend = s.oidc.backend.replace(/\/+$/, '')
  const location = (prefix: string, keytab: string): string => `
<Location ${prefix}>
  # A fresh backend connection per request: Node closes idle ones after 5 s, and Apache does
  # not retry a POST on a pooled connection the backend has just closed.
  ProxyPass ${backend} disablereuse=On
  ProxyPassReverse ${backend}
  RequestHeader unset X-Srcgit-Remote-User
  RequestHeader set X-Srcgit-Proxy-Secret "${s.oidc!.secret}"
  RequestHeader set X-Srcgit-Public-Url "http://localhost:${s.httpPort}${prefix}"
  Require all granted
</Location>
<Location ${prefix}/Authorization>
  AuthType GSSAPI
  AuthName "GSSAPI Single Sign On Login"
  GssapiCredStore keytab:${keytab}
  GssapiAllowedMech krb5
  Require valid-user
  RequestHeader set X-Srcgit-Remote-User "expr=%{REMOTE_USER}"
</Location>
`
  return location('/openidc', s.httpKeytab) + location('/openidc-stale', s.staleKeytab)
}

/** Fedora's hub: /kojihub proxied, /kojihub/ssllogin behind GSSAPI, the user passed on in a header. */
function kojiProxyConfig(s: ApacheSettings): string {
  if (!s.koji) return ''
  const backend = s.koji.backend.replace(/\/+$/, '')
  return `
<Location /kojihub>
  # A fresh backend connection per request: Node closes idle ones after 5 s, and Apache does
  # not retry a POST on a pooled connection the backend has just closed.
  ProxyPass ${backend} disablereuse=On
  ProxyPassReverse ${backend}
  RequestHeader unset X-Srcgit-Remote-User
  RequestHeader set X-Srcgit-Proxy-Secret "${s.koji.secret}"
  Require all granted
</Location>
<Location /kojihub/ssllogin>
  AuthType GSSAPI
  AuthName "GSSAPI Single Sign On Login"
  GssapiCredStore keytab:${s.httpKeytab}
  GssapiAllowedMech krb5
  Require valid-user
  RequestHeader set X-Srcgit-Remote-User "expr=%{REMOTE_USER}"
</Location>
<Location /kojihub-stale>
  # A fresh backend connection per request: Node closes idle ones after 5 s, and Apache does
  # not retry a POST on a pooled connection the backend has just closed.
  ProxyPass ${backend} disablereuse=On
  ProxyPassReverse ${backend}
  RequestHeader unset X-Srcgit-Remote-User
  RequestHeader set X-Srcgit-Proxy-Secret "${s.koji.secret}"
  Require all granted
</Location>
<Location /kojihub-stale/ssllogin>
  AuthType GSSAPI
  AuthName "GSSAPI Single Sign On Login"
  GssapiCredStore keytab:${s.staleKeytab}
  GssapiAllowedMech krb5
  Require valid-user
  RequestHeader set X-Srcgit-Remote-User "expr=%{REMOTE_USER}"
</Location>
`
}

/** Like Fedora's lookaside-upload.conf: /repo/ is the cache, upload.cgi behind GSSAPI. */
function apacheConfig(s: ApacheSettings): string {
  const modules = [
    'mpm_prefork',
    'authn_core',
    'authz_core',
    'authz_user',
    'auth_gssapi',
    'cgi',
    'alias',
    'env',
    ...(s.koji || s.oidc ? ['proxy', 'proxy_http', 'headers'] : []),
  ]
  const account = apacheAccount()
  return `ServerRoot ${s.apacheDir}
ServerName localhost
Listen 127.0.0.1:${s.httpPort}
PidFile ${s.apacheDir}/run/httpd.pid
DefaultRuntimeDir ${s.apacheDir}/run
Mutex file:${s.apacheDir}/run default
ErrorLog ${s.apacheDir}/logs/error.log
LogLevel warn auth_gssapi:info
CustomLog ${s.apacheDir}/logs/access.log "%h %u \\"%r\\" %>s"
DocumentRoot ${s.storageDir}
${account ? `User ${account.user}\nGroup ${account.group}\n` : ''}${modules
    .map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`)
    .join('\n')}

<Directory />
  Require all denied
</Directory>

# Before the Alias: mod_alias takes the first match.
ScriptAlias /repo/pkgs/upload.cgi ${s.apacheDir}/upload.cgi

Alias /repo/ ${path.dirname(s.storageDir)}/
<Directory ${path.dirname(s.storageDir)}>
  Require all granted
</Directory>
<Location /repo/pkgs/upload.cgi>
  AuthType GSSAPI
  AuthName "GSSAPI Single Sign On Login"
  GssapiCredStore keytab:${s.httpKeytab}
  GssapiAllowedMech krb5
  Require valid-user
  SetEnv LOOKASIDE_DIR ${s.storageDir}
  SetEnv GITROOT_DIR ${s.gitroot}
  SetEnv PACKAGERS bot
</Location>
<Directory ${s.apacheDir}>
  Require all granted
</Directory>
${kojiProxyConfig(s)}${oidcProxyConfig(s)}`
}

/** Apache refuses to serve as root: when we are root, its children run as www-data (or nobody). */
function apacheAccount(): { user: string; group: string } | undefined {
  if (process.getuid?.() !== 0) return undefined
  for (const user of ['www-data', 'nobody']) {
    const group = spawnSync('id', ['-gn', user], { encoding: 'utf8', env: process.env })
    if (group.status === 0) return { user, group: group.stdout.trim() }
  }
  throw new Error('running as root, but neither www-data nor nobody exists to run Apache as')
}

/** As root, Apache's account must reach its files: open the path to them, hand it its own dir. */
function shareWithApacheUser(dir: string, apacheDir: string): void {
  const account = apacheAccount()
  if (!account) return
  chmodSync(dir, 0o711)
  const chown = spawnSync('chown', ['-R', `${account.user}:${account.group}`, apacheDir], {
    env: process.env,
  })
  if (chown.status !== 0) throw new Error(`chown ${apacheDir} failed: ${String(chown.stderr)}`)
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr || result.stdout}`,
    )
  }
  return result.stdout
}

function startChild(command: string, args: string[], env: NodeJS.ProcessEnv, outFile: string): ChildProcess {
  // Own process group: Apache signals its whole group when it stops, which would hit jest too.
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const log: Buffer[] = []
  const save = (chunk: Buffer): void => {
    log.push(chunk)
    writeFileSync(outFile, Buffer.concat(log))
  }
  child.stdout?.on('data', save)
  child.stderr?.on('data', save)
  child.on('error', () => undefined) // reported by waitForPort through exitCode/the log
  return child
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitForPort(port: number, child: ChildProcess, ...logs: string[]): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break
    if (await canConnect(port)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const output = logs.map((file) => readLines(file).slice(-20).join('\n')).join('\n')
  throw new Error(`${String(child.spawnfile)} did not start listening on 127.0.0.1:${port}:\n${output}`)
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean)
  } catch {
    return []
  }
}
