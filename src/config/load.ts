/**
 * Parse, validate and resolve a configuration: the pure text-in variant and the repository loader.
 */

import path from 'node:path'
import { ConfigError, hasErrors, sortDiagnostics } from './diagnostics.js'
import type { Diagnostic, Position } from './diagnostics.js'
import { chooseConfigFile, listSpecFiles, readConfigText, remoteRepoName } from './files.js'
import { resolveConfig } from './resolve.js'
import type { ResolveContext } from './resolve.js'
import { findEntry, parseYamlTree, toPlain } from './tree.js'
import type { TreeNode } from './tree.js'
import type { ResolvedConfig } from './types.js'
import { validateConfigTree } from './validate.js'

export type ParseContext = ResolveContext

export interface ParseResult {
  /** Present when there are no errors. */
  config?: ResolvedConfig
  /** Errors and warnings, in file order. */
  diagnostics: Diagnostic[]
}

/**
 * Parse, validate and resolve configuration text. Pure: `fileName` is only used in diagnostics and
 * to recognise a source-git config (`.distro/source-git.yaml`), whose spec defaults to `.distro/`.
 */
export function parseConfigText(text: string, fileName: string, context: ParseContext = {}): ParseResult {
  const parsed = parseYamlTree(text, fileName)
  if (hasErrors(parsed.diagnostics)) return { diagnostics: dedupe(parsed.diagnostics) }
  const diagnostics = [...parsed.diagnostics, ...validateConfigTree(parsed.root, fileName, context)]
  if (hasErrors(diagnostics)) return { diagnostics: dedupe(diagnostics) }

  const plain = parsed.root ? toPlain(parsed.root) : {}
  const resolved = resolveConfig(plain, fileName, context, (keys, part) => locate(parsed.root, keys, part))
  const all = dedupe([...diagnostics, ...resolved.diagnostics])
  if (!resolved.config || hasErrors(all)) return { diagnostics: all }
  resolved.config.warnings = all
  return { config: resolved.config, diagnostics: all }
}

export interface LoadOptions {
  /** Config file to use instead of searching; relative paths are relative to the repository. */
  configFile?: string
  /**
   * The repository name, which package names default to. Defaults to the name in the URL of the
   * remote `origin` (else of the first remote), as Packit's CLI and service name the repository;
   * without a remote, to the directory's name.
   */
  repoName?: string
}

/**
 * Find, read and resolve the configuration of the repository in `repoDir`.
 * Throws ConfigError (listing every problem) when the configuration has any error; warnings are
 * returned in `warnings`.
 */
/** The repository's name, as Packit takes it: from its remote (origin first), else its directory. */
export async function repositoryName(repoDir: string): Promise<string> {
  return (await remoteRepoName(repoDir)) ?? path.basename(path.resolve(repoDir))
}

export async function loadConfig(repoDir: string, options: LoadOptions = {}): Promise<ResolvedConfig> {
  const choice = chooseConfigFile(repoDir, options.configFile)
  if (!choice.path) throw new ConfigError(choice.diagnostics, choice.displayPath)
  const text = await readConfigText(choice.path, repoDir)
  const repoName = options.repoName ?? (await repositoryName(repoDir))
  const result = parseConfigText(text, choice.displayPath, {
    repoName,
    specFiles: () => listSpecFiles(repoDir),
  })
  const diagnostics = [...choice.diagnostics, ...result.diagnostics]
  if (!result.config) throw new ConfigError(diagnostics, choice.displayPath, text)
  result.config.warnings = diagnostics
  return result.config
}

/** Where the key at `keys` was written (its last key, or list item), or with `part: 'value'` its value. */
function locate(
  root: TreeNode | undefined,
  keys: readonly (string | number)[],
  part: 'key' | 'value' = 'key',
): Position | undefined {
  let node = root
  let position: Position | undefined
  for (const key of keys) {
    if (typeof key === 'number') {
      if (!node || node.kind !== 'seq' || key >= node.items.length) return undefined
      node = node.items[key]
      position = node.pos
      continue
    }
    if (!node || node.kind !== 'map') return undefined
    const entry = findEntry(node, key)
    if (!entry) return undefined
    position = entry.keyPos
    node = entry.value
  }
  return part === 'value' && node ? node.pos : position
}

/**
 * Diagnostics in file order. A problem inside an anchored node is found once per alias using it;
 * report it once, at the first path that reached it.
 */
function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return sortDiagnostics(diagnostics).filter((d) => {
    if (d.line === undefined) return true
    // The same message at the same place, differing only in the job index of the path.
    const key = `${d.severity}:${d.code}:${d.line}:${d.column}:${d.message.replace(/\[\d+\]/g, '[]')}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
