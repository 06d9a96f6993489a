/** Small pieces every action job uses: where the configuration is, and setting outputs. */
import path from 'node:path'
import { log, type ActionSettings } from './github.js'

/** The `config` input resolved against the working directory (undefined: srcgit looks for it). */
export function configPath(settings: ActionSettings): string | undefined {
  return settings.configFile ? path.resolve(settings.workingDirectory, settings.configFile) : undefined
}

export function setOutputs(outputs: object): void {
  for (const [name, value] of Object.entries(outputs as Record<string, string>)) log.setOutput(name, value)
}

/** The outputs of koji-build / bodhi-update when the run failed before the job reported. */
export function downstreamFailedOutputs(job: 'koji-build' | 'bodhi-update'): Record<string, string> {
  return job === 'koji-build' ? { builds: '[]', result: 'failed' } : { updates: '[]', result: 'failed' }
}

/** The matrix of a run that could not compute one (config-check failed). */
export const EMPTY_MATRIX = '{"include":[]}'
