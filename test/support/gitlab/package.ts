/**
 * The srcgit npm package as a GitLab job gets it: `npm pack` of this checkout (dist/ as it is,
 * not rebuilt), installed offline into <root>/node_modules with an empty npm cache of its own:
 * the package has no dependencies (dist/ bundles them), so nothing is looked up, whatever the
 * state of the user's npm cache. A project directory under
 * <root>/builds then resolves the template's `npx --yes srcgit@<version>` to that package
 * through npm's own lookup (the nearest node_modules above the working directory), and
 * npm_config_offline makes any other resolution fail instead of reaching the registry.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PROJECT_ROOT } from '../corpus.js'

export interface PackedSrcgit {
  root: string
  /** The package version, what the template's srcgit-version input names. */
  version: string
  /** The file `npm pack` made. */
  tarball: string
  /** Environment for jobs: npm offline, with its own cache and an empty user config. */
  npmEnv: Record<string, string>
  /** A new empty directory for a project checkout, under root. */
  projectDir(name: string): string
  remove(): void
}

function npm(args: string[], cwd: string, env: Record<string, string>): string {
  const run = spawnSync('npm', args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  })
  if (run.error || run.status !== 0)
    throw new Error(
      `npm ${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr}`,
    )
  return run.stdout
}

export function installPackedSrcgit(): PackedSrcgit {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'srcgit-gitlab-runner-')))
  const packs = path.join(root, 'packs')
  mkdirSync(packs)
  const userconfig = path.join(root, 'npmrc')
  writeFileSync(userconfig, '')
  const npmEnv = {
    npm_config_offline: 'true',
    npm_config_cache: path.join(root, 'npm-cache'),
    npm_config_userconfig: userconfig,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  }
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', packs], PROJECT_ROOT, npmEnv)) as {
    filename: string
  }[]
  npm(['install', '--prefix', root, path.join(packs, packed.filename)], root, npmEnv)
  const version = (
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version
  let n = 0
  return {
    root,
    version,
    tarball: path.join(packs, packed.filename),
    npmEnv,
    projectDir(name) {
      const dir = path.join(root, 'builds', String(++n), name)
      mkdirSync(dir, { recursive: true })
      return dir
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}
