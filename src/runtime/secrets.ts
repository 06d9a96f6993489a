/**
 * Every secret srcgit handles (Pagure token, SSH key, keytab) is registered here once,
 * so anything that may reach a log, an error text or a report can be redacted in one
 * place. The action runtime also registers them with the platform's masking.
 */
const secrets = new Set<string>()
const listeners: ((value: string) => void)[] = []

/** Register a secret; values shorter than 4 characters are ignored (they would redact everything). */
export function registerSecret(value: string | undefined): void {
  if (!value || value.length < 4 || secrets.has(value)) return
  secrets.add(value)
  // Multi-line secrets (SSH keys) also leak line by line.
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 8) secrets.add(line.trim())
  for (const listener of listeners) listener(value)
}

/** Called for every secret registered now or later (the action masks them in the job log). */
export function onSecretRegistered(listener: (value: string) => void): void {
  listeners.push(listener)
  for (const value of secrets) listener(value)
}

/** The text with every registered secret replaced by `***`. */
export function redact(text: string): string {
  let out = text
  // Longest first, so a secret containing another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***')
  return out
}

/** For tests: forget all secrets. */
export function clearSecrets(): void {
  secrets.clear()
}
