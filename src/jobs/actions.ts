/**
 * Packit `actions`: user commands run at fixed points of the release flow (hooks), that
 * replace a step (`prepare-files`, `create-patches`), or whose output is used
 * (`changelog-entry`, `commit-message`). Semantics as Packit's actions_handler:
 * each command string is split with POSIX shell rules (shlex, no shell: wrap shell syntax
 * in `bash -c '...'`), commands run one after another in the source-git checkout with the
 * PACKIT_* variables added to the environment, and a non-zero exit fails the job.
 *
 * Deliberate differences: Packit sets the variables in its own process environment, so they
 * leak from one action into the next; here each action gets exactly its own. And an action
 * sees the job's environment without srcgit's secrets (Pagure token, SSH key, keytab, CI
 * tokens), as in packit-service, where actions run in a sandbox pod that gets only the
 * PACKIT_* variables (packit/command_handler.py SandcastleCommandHandler.run_command).
 */
import path from 'node:path'
import { split } from 'shlex'
import type { ActionCommand, ActionName, PackageConfig } from '../config/index.js'
import { spawnChild } from '../runtime/resources.js'
import { redact } from '../runtime/secrets.js'
import { registerUserError } from '../runtime/user-errors.js'

export class ActionError extends Error {}
registerUserError(ActionError)

/** The actions srcgit runs; the SRPM-only ones and run-condition do not apply to its jobs. */
export type SyncAction = Extract<
  ActionName,
  | 'post-upstream-clone'
  | 'pre-sync'
  | 'prepare-files'
  | 'create-patches'
  | 'post-modifications'
  | 'changelog-entry'
  | 'commit-message'
>

export interface ActionRunner {
  /** Whether the package defines this action (an override replaces srcgit's own step). */
  has(name: SyncAction): boolean
  /** Runs the action if defined; returns each command's stdout, or undefined when not defined. */
  run(name: SyncAction, env: Record<string, string>): Promise<string[] | undefined>
}

/** Variables every action gets (Packit's `get_base_env`). */
export function baseActionEnv(
  packageKey: string,
  pkg: PackageConfig,
  specfilePath: string,
): Record<string, string> {
  return {
    PACKIT_CONFIG_PACKAGE_NAME: packageKey,
    PACKIT_UPSTREAM_PACKAGE_NAME: pkg.upstream_package_name,
    PACKIT_DOWNSTREAM_PACKAGE_NAME: pkg.downstream_package_name,
    PACKIT_SPECFILE_PATH: specfilePath,
  }
}

/** Variables of the release-sync actions (Packit's `common_env`): the base ones plus the repositories and version. */
export function syncActionEnv(opts: {
  packageKey: string
  pkg: PackageConfig
  specfilePath: string
  upstreamRepo: string
  downstreamRepo: string
  version: string
}): Record<string, string> {
  const upstream = path.resolve(opts.upstreamRepo)
  return {
    ...baseActionEnv(opts.packageKey, opts.pkg, opts.specfilePath),
    PACKIT_UPSTREAM_REPO: upstream,
    PACKIT_DOWNSTREAM_REPO: path.resolve(opts.downstreamRepo),
    PACKIT_PWD: upstream,
    PACKIT_PROJECT_VERSION: opts.version,
  }
}

function argv(command: ActionCommand): string[] {
  return typeof command === 'string' ? split(command) : command
}

export function actionRunner(pkg: PackageConfig, cwd: string): ActionRunner {
  return {
    has: (name) => (pkg.actions[name]?.length ?? 0) > 0,
    async run(name, env) {
      const commands = pkg.actions[name]
      if (!commands || commands.length === 0) return undefined
      const outputs: string[] = []
      for (const command of commands) outputs.push(await runCommand(name, argv(command), cwd, env))
      return outputs
    },
  }
}

function runCommand(name: string, args: string[], cwd: string, env: Record<string, string>): Promise<string> {
  const shown = args.join(' ')
  if (args.length === 0) return Promise.reject(new ActionError(`action ${name}: an empty command`))
  return new Promise((resolve, reject) => {
    const child = spawnChild(args[0], args.slice(1), { cwd, env, stdio: 'pipe' })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout!.on('data', (c: Buffer) => out.push(c))
    child.stderr!.on('data', (c: Buffer) => err.push(c))
    child.stdin!.end()
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new ActionError(
          error.code === 'ENOENT'
            ? `action ${name}: command not found: ${args[0]} (in "${shown}"); install it in the job, or use an absolute path`
            : `action ${name}: cannot run "${shown}": ${error.message}`,
        ),
      ),
    )
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'))
      const stderr = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-15).join('\n')
      reject(
        new ActionError(
          redact(
            `action ${name} failed: "${shown}" ${signal ? `was killed by ${signal}` : `exited with ${code}`}` +
              (stderr ? `:\n${stderr}` : '') +
              `\n(actions run in ${cwd}; fix the command under actions.${name} in the configuration)`,
          ),
        ),
      )
    })
  })
}
