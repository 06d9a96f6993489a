/**
 * Runs the Kerberos lookaside test server by hand (see README.md) until Ctrl-C, and prints how
 * to use it from a shell.
 */
import path from 'node:path'
import { REALM, startKerberosLookaside } from './lookaside-server.js'

const server = await startKerberosLookaside({ repos: ['rpms/hello'] })
const keytab = (user: string): string => path.join(server.dir, `${user}.keytab`)
console.log(`KDC for ${REALM} on 127.0.0.1:${server.kdcPort}, Apache on ${server.downloadBase}/
Uploads land in ${server.storageDir}; principals bot (packager), outsider (not a packager).

export KRB5_CONFIG=${server.krb5Conf} KRB5CCNAME=FILE:${server.dir}/manual-ccache
kinit -k -t ${keytab('bot')} bot@${REALM}
echo hello > hello-1.0.tar.gz
curl --negotiate -u : -F name=rpms/hello -F sha512sum=$(sha512sum hello-1.0.tar.gz | cut -d' ' -f1) \\
  -F file=@hello-1.0.tar.gz ${server.uploadUrl}

Ctrl-C stops everything and removes ${server.dir}.`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().then(() => process.exit(0))
  })
}
