/**
 * The GitHub Actions adapter: the only module that talks to @actions/core. It turns
 * inputs into a typed settings object and results into logs and outputs.
 */
import * as core from '@actions/core'

export interface ActionSettings {
  job: 'config-check' | 'propose-downstream'
  /** Repository checkout to read (default: GITHUB_WORKSPACE). */
  workingDirectory: string
  /** Explicit config file, relative to the working directory. */
  configFile?: string
}

const JOBS = ['config-check', 'propose-downstream'] as const

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const job = core.getInput('job') || 'propose-downstream'
  if (!(JOBS as readonly string[]).includes(job)) {
    throw new Error(`input "job" is "${job}"; it must be one of: ${JOBS.join(', ')}`)
  }
  const workingDirectory = core.getInput('working-directory') || env.GITHUB_WORKSPACE || process.cwd()
  const configFile = core.getInput('config') || undefined
  return { job: job as ActionSettings['job'], workingDirectory, configFile }
}

export const log = {
  info: (s: string) => core.info(s),
  warning: (s: string) => core.warning(s),
  error: (s: string) => core.error(s),
  group: <T>(name: string, fn: () => Promise<T>) => core.group(name, fn),
  setOutput: (name: string, value: string) => core.setOutput(name, value),
  fail: (s: string) => core.setFailed(s),
}
