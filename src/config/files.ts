/**
 * Finding and reading configuration files: the only part of src/config that touches the disk.
 */

import { existsSync, readdirSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Git } from '../git/git.js'
import { makeError, makeWarning } from './diagnostics.js'
import type { Diagnostic } from './diagnostics.js'
import { readRepoFile } from '../source-git/repo-files.js'

/**
 * Config file names in order of precedence. The source-git config comes first: in a source-git
 * repository an upstream `.packit.yaml` belongs to upstream's own CI, not to the Fedora package.
 * (Packit keeps its names in a set, so its own choice among several files is arbitrary.)
 */
export const CONFIG_FILE_NAMES = [
  '.distro/source-git.yaml',
  '.packit.yaml',
  'packit.yaml',
  '.packit.yml',
  'packit.yml',
] as const

export interface ConfigFileChoice {
  /** Absolute path of the file to use, when one was found. */
  path?: string
  /** Path for messages: relative to the repository when inside it. */
  displayPath: string
  diagnostics: Diagnostic[]
}

/**
 * Pick the config file of a repository. With several candidates the first in CONFIG_FILE_NAMES wins
 * and a warning names them all; with none, an error explains what to add.
 */
export function chooseConfigFile(repoDir: string, explicitFile?: string): ConfigFileChoice {
  if (explicitFile !== undefined) {
    const absolute = path.resolve(repoDir, explicitFile)
    const displayPath = displayPathFor(repoDir, absolute)
    if (!isFile(absolute)) {
      return {
        displayPath,
        diagnostics: [
          makeError(displayPath, {
            code: 'config-not-found',
            path: '',
            message: `config file ${displayPath} does not exist`,
            expected: 'an existing configuration file',
          }),
        ],
      }
    }
    return { path: absolute, displayPath, diagnostics: [] }
  }

  const found = CONFIG_FILE_NAMES.filter((name) => isFile(path.join(repoDir, name)))
  if (found.length === 0) {
    const displayPath = repoDir
    return {
      displayPath,
      diagnostics: [
        makeError(displayPath, {
          code: 'config-not-found',
          path: '',
          message: `no configuration file found in ${displayPath}; looked for ${CONFIG_FILE_NAMES.join(', ')}`,
          expected: 'one of the configuration files',
          suggestion:
            'add .distro/source-git.yaml (or .packit.yaml) to the repository, or pass --config <file>',
        }),
      ],
    }
  }
  const [chosen] = found
  const diagnostics: Diagnostic[] = []
  if (found.length > 1) {
    diagnostics.push(
      makeWarning(chosen, {
        code: 'multiple-configs',
        path: '',
        message: `found several configuration files (${found.join(', ')}); using ${chosen}`,
        expected: 'a single configuration file',
        suggestion: `pass --config <file> to pick another one`,
      }),
    )
  }
  return { path: path.join(repoDir, chosen), displayPath: chosen, diagnostics }
}

/**
 * The config file's text. Inside the repository a link is followed only to a file git tracks
 * there: a config linked to a secret would otherwise be printed back in the parse errors.
 */
export async function readConfigText(file: string, repoDir: string): Promise<string> {
  const relative = path.relative(path.resolve(repoDir), path.resolve(file))
  if (relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative))
    return readFile(file, 'utf8')
  return readRepoFile(new Git(repoDir), relative.split(path.sep).join('/'))
}

/** Directories never searched for spec files. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

/**
 * Spec files of the repository, relative to it, in the order Packit's deprecated search would
 * consider them: those in the top directory first, then those below, each group sorted.
 */
export function listSpecFiles(repoDir: string): string[] {
  const topLevel: string[] = []
  const nested: string[] = []
  const walk = (relativeDir: string): void => {
    let entries
    try {
      entries = readdirSync(path.join(repoDir, relativeDir), { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) walk(relative)
      else if (entry.isFile() && entry.name.endsWith('.spec'))
        (relativeDir === '' ? topLevel : nested).push(relative)
    }
  }
  walk('')
  return [...topLevel, ...nested]
}

/**
 * The repository of a config file given by path: the parent of `.distro/` for a source-git config,
 * else the file's directory.
 */
export function repoDirForConfigFile(configFile: string): string {
  const directory = path.dirname(path.resolve(configFile))
  return path.basename(directory) === '.distro' ? path.dirname(directory) : directory
}

/**
 * The repository name Packit would use for `repoDir`: the name in the URL of its remote `origin`,
 * else of its first remote (Packit's LocalProject: git_url → git_project.repo; the service uses the
 * forge project's name, which is the same name). Undefined when there is no remote.
 */
export async function remoteRepoName(repoDir: string): Promise<string | undefined> {
  // Only the repository's own remotes: a directory inside another checkout is not that repository.
  // (.git is a directory in a clone and a file in a worktree.)
  if (!existsSync(path.join(repoDir, '.git'))) return undefined
  const urls = await new Git(repoDir).run(['config', '--get-regexp', '^remote\\..*\\.url$'], {
    allowFailure: true,
  })
  if (urls.code !== 0) return undefined
  // "remote.<name>.url <url>", in the order of the config file (GitPython's order of remotes).
  const remotes = urls.stdout
    .split('\n')
    .map((line) => /^remote\.(.+)\.url (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[1], url: match[2] }))
  const remote = remotes.find((candidate) => candidate.name === 'origin') ?? remotes[0]
  return remote === undefined ? undefined : repoNameFromUrl(remote.url.trim())
}

/**
 * The repository name in a git URL, as ogr's parse_git_repo reads it: the last path component
 * without ".git" (`https://github.com/containers/podman.git` → `podman`, `git@host:ns/sub/repo` →
 * `repo`, `/srv/git/hello.git` → `hello`). Undefined when there is none.
 */
export function repoNameFromUrl(url: string): string | undefined {
  const withoutQuery = url.replace(/[?#].*$/s, '')
  const last =
    withoutQuery
      .replace(/[/\\]+$/, '')
      .split(/[/\\:]/)
      .at(-1) ?? ''
  const name = last.replace(/\.git$/, '')
  return name === '' || name === '.' || name === '..' ? undefined : name
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile()
}

function displayPathFor(base: string, target: string): string {
  const relative = path.relative(base, target)
  return relative.startsWith('..') || path.isAbsolute(relative) ? target : relative.split(path.sep).join('/')
}
