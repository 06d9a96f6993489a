/**
 * Runs the action bundle exactly as the GitHub runner does: `node dist/index.js` on Node 24 (the
 * runtime action.yml declares), every input as INPUT_<NAME> with action.yml's defaults applied, a
 * real-shaped event payload, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files read back afterwards.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { PROJECT_ROOT } from './corpus.js'
import { gitEnv } from './git-repo.js'

/** The committed bundle; SRCGIT_TEST_BUNDLE_DIR names another (`node scripts/bundle.mjs DIR`), to test src/ before dist/ is rebuilt. */
export const ACTION = path.join(
  process.env.SRCGIT_TEST_BUNDLE_DIR ?? path.join(PROJECT_ROOT, 'dist'),
  'index.js',
)

/** action.yml's input defaults; `${{ github.token }}` becomes the given token. */
export function actionDefaults(githubToken: string): Record<string, string> {
  const inputs = (
    parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
  ).inputs
  return Object.fromEntries(
    Object.entries(inputs).map(([name, input]) => [
      name,
      input.default === '${{ github.token }}' ? githubToken : (input.default ?? ''),
    ]),
  )
}

/** Node 24 from the npm registry, as action.yml's `runs.using: node24` runs the bundle. */
export function node24(): string {
  try {
    return execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8' }).trim()
  } catch (error) {
    throw new Error(
      `cannot get Node 24 with \`npx -y node@24\` (needs the npm registry): ${(error as Error).message}`,
    )
  }
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface ActionInvocation {
  /** The Node binary: node24(). */
  node: string
  /** The checked-out repository: GITHUB_WORKSPACE and the working directory. */
  workspace: string
  eventName: string
  payload: object
  /** Every input, defaults included (see actionDefaults). */
  inputs: Record<string, string>
  ref?: string
  /** Runner variables to add or override (GITHUB_API_URL, GITHUB_REPOSITORY, SRCGIT_TEST_*, ...). */
  env?: Record<string, string>
}

/** Parses GITHUB_OUTPUT as @actions/core writes it (`name<<delimiter ... delimiter`). */
export function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8')
  const outputs: Record<string, string> = {}
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3]
  return outputs
}

export async function runAction(run: ActionInvocation): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-runner-'))
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
  }
  writeFileSync(files.event, JSON.stringify(run.payload))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const git = gitEnv()
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: git.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: git.GIT_CONFIG_GLOBAL,
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_EVENT_NAME: run.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: run.ref ?? '',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...run.env,
  }
  // The runner passes every input as INPUT_<NAME upper-cased, spaces to underscores>.
  for (const [name, value] of Object.entries(run.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const result = await promisify(execFile)(run.node, [ACTION], { env, cwd: run.workspace }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  )
  return { ...result, outputs: readOutputs(files.output), summary: readFileSync(files.summary, 'utf8') }
}

/** Asserts no secret appears in what the run shows; `::add-mask::` lines are consumed by the runner. */
export function shownText(run: ActionRun): string {
  const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
  return shown.join('\n') + run.stderr + JSON.stringify(run.outputs) + run.summary
}
