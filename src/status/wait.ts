/** The wait-for-checks knobs, read the same way by the action and the CLI. */

/** Minutes as wait-for-checks takes them: 0 to 360 (a GitHub job's limit), decimals allowed; undefined when invalid. */
export function parseWaitMinutes(text: string): number | undefined {
  const value = text.trim()
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 360) return undefined
  return Number(value)
}

/** Seconds between two polls of the flags: SRCGIT_CHECKS_POLL_SECONDS (tests, impatient users), else 60. */
export function checksPollSeconds(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.SRCGIT_CHECKS_POLL_SECONDS)
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60
}
