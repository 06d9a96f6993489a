/**
 * SSH host keys srcgit ships, so a push to Fedora's dist-git works without a `known-hosts`
 * input, and parsing/validation of known_hosts text given by the user. Every shipped line
 * names the public source it was copied from; nothing here was fetched live (keys cannot be
 * verified from this code base, and an unverified key would defeat host key checking).
 */

export interface ShippedHostKey {
  /** The host name the line is for (port 22). */
  host: string
  /** One known_hosts line. */
  line: string
  /** Where the key was found, for whoever needs to re-check it. */
  source: string
}

/**
 * Only one real source was found (an RSA key, written when pkgs.fedoraproject.org was still
 * served from 209.132.181.4 in Fedora's former PHX2 data centre); no ed25519/ECDSA key and
 * nothing for pkgs.stg.fedoraproject.org. If Fedora re-keyed the host since, ssh reports a
 * changed host key and the push error asks for the `known-hosts` input. Fedora publishes the
 * current keys at https://admin.fedoraproject.org/ssh_known_hosts.
 */
export const SHIPPED_HOST_KEYS: readonly ShippedHostKey[] = [
  {
    host: 'pkgs.fedoraproject.org',
    line: 'pkgs.fedoraproject.org ssh-rsa AAAAB3NzaC1yc2EAAAABIwAAAQEAnhQyqu6oY5g01SOEbtrgrlCk3/eoLVZl2oh6c+Xq2oJg5ppPCtvmdWgU9rEltS+jgAYTH3LG4lGd02boMk8mmV5QvzGGRA9HmN991Phm7y4EN5r84A0gibf2O5QzhU2IMBQuOkEMwqZC+wc7pGGFJeXQjzBAVidjacxXtVJyfFOhAIYoHerIYq3VbJrTzEGkHmcJ8o3ZnP8Mt35aBESNsHdIaCOpvZzK1NVHdUHwRGcXIjG6t06mNVG4DVbdpB6xmMbAD5bemPoPVG0oYVs9wmhSHC0LmOZbvv8CDO2Z0DJ8q25FwVlTjo1Eq2A8VJc4LnHTDHZbtDZiKGTo/UMvvQ==',
    source: 'github.com/da-x/dotfiles setup/run.sh @3a9d0c6d (centos7-packages)',
  },
]

/** The shipped known_hosts lines for `host` (no port or port 22), empty when we ship none. */
export function shippedKnownHosts(host: string): string[] {
  const name = host.toLowerCase()
  return SHIPPED_HOST_KEYS.filter((key) => key.host === name).map((key) => key.line)
}

const KEY_TYPE =
  /^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(-cert-v01@openssh\.com)?$/

/**
 * known_hosts text as given by a user (a CI secret or input): CRLF and missing final newline
 * normalised, and checked to hold at least one entry, so a pasted fingerprint
 * ("SHA256:...") or public key without host name fails here with a clear message rather than
 * as a host key error later.
 */
export function normalizeKnownHosts(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const entries = lines.filter((line) => !line.startsWith('#'))
  const bad = entries.find((line) => !isKnownHostsEntry(line))
  if (entries.length === 0 || bad !== undefined) {
    throw new Error(
      `The known-hosts input is not in known_hosts format${bad === undefined ? ' (it has no entries)' : `: "${bad.slice(0, 60)}"`}. ` +
        'Give whole lines "<host> <key type> <base64 key>", e.g. the lines for the push host from ' +
        'https://admin.fedoraproject.org/ssh_known_hosts or from `ssh-keyscan <host>` checked against a trusted fingerprint.',
    )
  }
  return `${lines.join('\n')}\n`
}

function isKnownHostsEntry(line: string): boolean {
  const fields = line.split(/\s+/)
  // @cert-authority / @revoked qualify the host pattern that follows.
  if (fields[0].startsWith('@')) fields.shift()
  return fields.length >= 3 && KEY_TYPE.test(fields[1]) && /^[A-Za-z0-9+/]+=*$/.test(fields[2])
}
