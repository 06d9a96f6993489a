/** Runs the srcgit command in-process, collecting what it prints. */
import os from 'node:os'
import { runCli } from '../../src/commands/index.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function srcgit(argv: string[], cwd = os.tmpdir()): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd })
  return { code, stdout, stderr }
}
