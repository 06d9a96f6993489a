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

/** Runs fn with these environment variables set (undefined: removed), then puts the environment back. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env }
  for (const [key, value] of Object.entries(vars))
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  try {
    return await fn()
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}
