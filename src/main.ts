/**
 * The action's sequence of stages. In this version it reads and validates the
 * configuration; the dist-git jobs plug in here as they land.
 */
import path from 'node:path'
import { configCheck } from './commands/config-check.js'
import { log, readSettings } from './runtime/github.js'

export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    const args = [settings.workingDirectory]
    if (settings.configFile)
      args.push('--config', path.resolve(settings.workingDirectory, settings.configFile))
    let output = ''
    const code = await log.group('Read the srcgit/Packit configuration', () =>
      configCheck(args, {
        stdout: (s) => (output += s),
        stderr: (s) => log.info(s.trimEnd()),
        cwd: settings.workingDirectory,
      }),
    )
    if (code !== 0) {
      log.fail(
        'The configuration has errors (listed above); fix them and re-run. `npx srcgit config check` shows the same locally.',
      )
      return
    }
    log.info(output.trimEnd())
    log.setOutput('config', output)
    if (settings.job === 'propose-downstream') {
      log.fail(
        'propose-downstream is not available in this version of srcgit yet (0.1.0 validates the configuration only); ' +
          'use `job: config-check` until it lands.',
      )
    }
  } catch (error) {
    log.fail(error instanceof Error ? error.message : String(error))
  }
}
