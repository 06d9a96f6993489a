/**
 * Runs the external programs the lookaside upload needs (kinit, kdestroy, curl): collects their
 * output, and turns "not installed" into an error that names the package to install. They run
 * as tracked children with the scrubbed environment (src/runtime/resources.ts).
 */
import { spawnChild } from '../runtime/resources.js'

export interface ToolResult {
  code: number
  stdout: string
  stderr: string
  /** Killed because it ran past timeoutMs. */
  timedOut?: boolean
}

export interface ToolOptions {
  /** Variables the program needs on top of the scrubbed environment (e.g. KRB5CCNAME). */
  env: Record<string, string>
  /** What to install when the program is missing, e.g. "install curl". */
  install: string
  timeoutMs?: number
}

export function runTool(command: string, args: readonly string[], options: ToolOptions): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawnChild(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    // Our own timer, not spawn's `timeout`: that one outlives a program that failed to start.
    let timedOut = false
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            try {
              process.kill(-child.pid!, 'SIGKILL')
            } catch {
              child.kill('SIGKILL')
            }
          }, options.timeoutMs)
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      reject(
        error.code === 'ENOENT'
          ? new Error(`${command} is not installed or not on PATH: ${options.install}`)
          : new Error(`${command} could not be started: ${error.message}`),
      )
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      const stderr = Buffer.concat(err).toString('utf8')
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        timedOut,
        stderr: timedOut
          ? `${stderr}${command} did not finish within ${options.timeoutMs! / 1000} s`
          : stderr,
      })
    })
  })
}
