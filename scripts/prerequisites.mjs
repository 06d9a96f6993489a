// What the test suite needs besides Node and npm, as Debian/Ubuntu packages: git and rpm for the
// engine; curl, sshd, an MIT KDC and Apache with mod_auth_gssapi for the push (SSH), lookaside
// (Kerberos upload) and forge tests, all on 127.0.0.1; perl for the forge's CGI; rsync, with
// which gitlab-ci-local copies a project.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0

export const PREREQUISITES = [
  { pkg: 'git', present: () => onPath('git') },
  { pkg: 'rpm', present: () => onPath('rpmspec') },
  { pkg: 'curl', present: () => onPath('curl') },
  { pkg: 'perl', present: () => onPath('perl') },
  { pkg: 'rsync', present: () => onPath('rsync') },
  { pkg: 'openssh-server', present: () => existsSync('/usr/sbin/sshd') },
  { pkg: 'openssh-client', present: () => onPath('ssh-keygen') },
  { pkg: 'krb5-kdc', present: () => existsSync('/usr/sbin/krb5kdc') },
  { pkg: 'krb5-admin-server', present: () => existsSync('/usr/sbin/kadmin.local') },
  { pkg: 'krb5-user', present: () => onPath('kinit') },
  { pkg: 'apache2', present: () => existsSync('/usr/sbin/apache2') },
  {
    pkg: 'libapache2-mod-auth-gssapi',
    present: () => existsSync('/usr/lib/apache2/modules/mod_auth_gssapi.so'),
  },
]

/** The one line that installs `packages` on Debian or Ubuntu. */
export const installLine = (packages) =>
  `sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`

/** The packages the tests need that this machine lacks. */
export const missingPackages = () => PREREQUISITES.filter((p) => !p.present()).map((p) => p.pkg)

/**
 * Installs `packages` with apt-get when that needs no password (root, or sudo without one);
 * returns false when it cannot (then the caller prints installLine).
 */
export function installPackages(packages) {
  if (!onPath('apt-get')) return false
  const root = process.getuid?.() === 0
  if (!root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status !== 0) return false
  const sudo = root ? [] : ['sudo', '-n']
  const run = (args) => {
    console.log(`$ ${[...sudo, ...args].join(' ')}`)
    const [command, ...rest] = [...sudo, ...args]
    return (
      spawnSync(command, rest, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0
    )
  }
  return run(['apt-get', 'update', '-qq']) && run(['apt-get', 'install', '-y', '-qq', ...packages])
}
