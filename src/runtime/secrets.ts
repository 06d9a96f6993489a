/**
 * Every secret srcgit handles (Pagure token, SSH key, keytab) is registered here once,
 * so anything that may reach a log, an error text or a report can be redacted in one
 * place. The action runtime also registers them with the platform's masking. Here too: the
 * environment variables that hold secrets, so child processes get an environment without them.
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

/** The text with every registered secret replaced by `***` and no credentials in URLs. */
export function redact(text: string): string {
  let out = withoutUrlCredentials(text)
  // Longest first, so a secret containing another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***')
  return out
}

/** For tests: forget all secrets. */
export function clearSecrets(): void {
  secrets.clear()
}

/**
 * Every URL in `text` without its credentials: http(s) and ftp(s) lose the whole user info
 * (tokens travel as the user name too: `https://<token>@github.com/...`, GitLab CI's
 * `https://gitlab-ci-token:<token>@host/...`), other schemes (ssh://user@host) keep the
 * login name and lose a password. The authority ends at the first `/`, `?`, `#` or blank; an
 * unescaped `@` in a password still ends the user info at the last `@`.
 */
export function withoutUrlCredentials(text: string): string {
  return text.replace(
    /\b([a-z][a-z0-9+.-]*):\/\/([^\s/?#]*)@/gi,
    (_match, scheme: string, userinfo: string) => {
      if (/^(https?|ftps?)$/i.test(scheme)) return `${scheme}://`
      const user = userinfo.split(':', 1)[0]
      return user ? `${scheme}://${user}@` : `${scheme}://`
    },
  )
}

/**
 * Environment variables that hold secrets: srcgit's own (CLI and GitLab template), the action's
 * secret inputs, and the CI platforms' tokens. No child process of srcgit needs any of them:
 * credentials reach git only through command-scoped config, ssh through a key file, curl through
 * a Kerberos ticket cache.
 */
const SECRET_VARIABLES = new Set([
  'SRCGIT_PAGURE_TOKEN',
  'SRCGIT_DIST_GIT_TOKEN',
  'SRCGIT_SSH_PRIVATE_KEY',
  'SRCGIT_KEYTAB',
  'SRCGIT_GITLAB_TOKEN',
  'SRCGIT_GITHUB_TOKEN',
  // GitHub Actions: the workflow token when a workflow exports it, the runner's own tokens.
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  // GitLab CI: the job token, also inside CI_REPOSITORY_URL, and the other predefined credentials.
  'CI_JOB_TOKEN',
  'CI_JOB_JWT',
  'CI_JOB_JWT_V1',
  'CI_JOB_JWT_V2',
  'CI_REPOSITORY_URL',
  'CI_REGISTRY_PASSWORD',
  'CI_DEPENDENCY_PROXY_PASSWORD',
  'CI_DEPLOY_PASSWORD',
])

/** The action's secret inputs, as the runner names their variables. */
const SECRET_INPUTS = new Set([
  'INPUT_PAGURE-TOKEN',
  'INPUT_DIST-GIT-TOKEN',
  'INPUT_SSH-PRIVATE-KEY',
  'INPUT_KEYTAB',
  'INPUT_GITHUB-TOKEN',
])

/** A variable whose value is a secret by its name alone. */
function secretByName(name: string): boolean {
  return (
    SECRET_VARIABLES.has(name) ||
    SECRET_INPUTS.has(name.toUpperCase()) ||
    /^SRCGIT_\w*(TOKEN|PRIVATE_KEY|KEYTAB|PASSWORD|SECRET)\w*$/.test(name)
  )
}

/**
 * Whether a child process must not see this variable: a secret name, any action input
 * (INPUT_*: children never need them), or a value holding a registered secret or one of
 * `known` (the values of the secret variables: the same token under a name of the user's
 * choosing, e.g. the GitLab variable the template maps to SRCGIT_PAGURE_TOKEN).
 */
export function isSecretVariable(
  name: string,
  value: string | undefined,
  known: Iterable<string> = [],
): boolean {
  if (secretByName(name) || /^INPUT_/i.test(name)) return true
  if (!value) return false
  for (const secret of [...secrets, ...known])
    if (secret.length >= 8 ? value.includes(secret) : value === secret) return true
  return false
}

/** The values of the variables that hold secrets by name, for redaction and value matching. */
export function secretValuesIn(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => value !== undefined && value.trim().length >= 4 && secretByName(name))
    .map(([, value]) => value!.trim())
}

/** Registers the values of the secret variables (the CLI reads its secrets from the environment). */
export function registerSecretsFromEnv(env: NodeJS.ProcessEnv): void {
  // Only values long enough to be real secrets: a test's `SRCGIT_PAGURE_TOKEN=token` must not
  // mask the word "token" in every message.
  for (const value of secretValuesIn(env)) if (value.length >= 8) registerSecret(value)
}

/** The environment without the variables a child must not see. */
export function scrubEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const known = secretValuesIn(env)
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && !isSecretVariable(name, value, known)) out[name] = value
  return out
}
