/**
 * `.distro/` as `packit source-git init` writes it: the dist-git files the package needs (not
 * `sources`, not `.git*`, not the patches that become commits), a `.gitignore` that resets the
 * upstream's ignore rules, and `source-git.yaml` with Packit's generated keys.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import { parseSourcesFile } from '../dist-git/sources-file.js'
import { FEDORA_LOOKASIDE, lookasideDownloadUrl } from '../lookaside/lookaside.js'
import type { Git } from '../git/git.js'
import { InitError } from './errors.js'

export const DISTRO_DIR = '.distro'

/** Packit's reset rule: nothing in .distro/ is ignored, whatever the upstream .gitignore says. */
export const DISTRO_GITIGNORE = '# Reset gitignore rules\n!*\n'

export interface DistGitFile {
  path: string
  mode: string
  blob: string
}

/** Files tracked at dist-git HEAD. */
export async function distGitFiles(dist: Git): Promise<DistGitFile[]> {
  const out = await dist.output(['ls-tree', '-r', '-z', '--full-tree', 'HEAD'])
  return out
    .split('\0')
    .filter(Boolean)
    .map((entry) => {
      const [meta, file] = entry.split('\t')
      const [mode, type, blob] = meta.split(' ')
      if (type !== 'blob')
        throw new InitError(
          `dist-git has a ${type} at ${file} (a submodule?); srcgit init cannot copy it to .distro/`,
        )
      return { path: file, mode, blob }
    })
}

/** Whether a dist-git file stays out of .distro/ (Packit's filters: protect .git*, protect sources). */
export function isDistGitOnly(file: string): boolean {
  return file === 'sources' || /^\.git/.test(file)
}

/** Copies the files to `<root>/.distro/`, keeping modes and symlinks. */
export async function writeDistroFiles(
  dist: Git,
  root: string,
  files: readonly DistGitFile[],
): Promise<void> {
  for (const file of files) {
    const target = path.join(root, DISTRO_DIR, file.path)
    mkdirSync(path.dirname(target), { recursive: true })
    const content = (await dist.run(['cat-file', 'blob', file.blob])).stdoutBytes
    if (file.mode === '120000') symlinkSync(content.toString('utf8'), target)
    else {
      writeFileSync(target, content)
      if (file.mode === '100755') chmodSync(target, 0o755)
    }
  }
  writeFileSync(path.join(root, DISTRO_DIR, '.gitignore'), DISTRO_GITIGNORE)
}

export interface SourceGitConfigInput {
  upstreamProjectUrl?: string
  upstreamRef: string
  packageName: string
  specName: string
  /** Digits of the first dist-git patch number (Patch0001 → 4), 1 when there is none. */
  patchIdDigits: number
  /** dist-git's `sources` file, if any. */
  sourcesText?: string
  /** Extra paths patch generation ignores (CI files). */
  extraIgnorePaths?: string[]
  /** upstream_tag_template, when the tag is not the bare version (tagTemplateFor). */
  upstreamTagTemplate?: string
}

/**
 * The upstream_tag_template a tag like `v1.0` needs for the spec's Version 1.0; undefined when
 * the tag is the version itself (Packit's default `{version}`) or does not contain it once.
 * Packit's init writes none, so a `v`-prefixed upstream would warn on every later run that
 * upstream_ref's version differs from the spec's.
 */
export function tagTemplateFor(upstreamRef: string, version: string | undefined): string | undefined {
  if (!version || upstreamRef === version) return undefined
  const at = upstreamRef.indexOf(version)
  if (at < 0 || upstreamRef.indexOf(version, at + 1) >= 0) return undefined
  return `${upstreamRef.slice(0, at)}{version}${upstreamRef.slice(at + version.length)}`
}

/** The lookaside URL of each `sources` entry, as Packit lists them under `sources`. */
export function lookasideSources(packageName: string, sourcesText: string): { path: string; url: string }[] {
  const parsed = parseSourcesFile(sourcesText)
  if (parsed.problems.length > 0)
    throw new InitError(
      `dist-git's sources file cannot be read: line ${parsed.problems[0].line}: ${parsed.problems[0].message}`,
    )
  const base = FEDORA_LOOKASIDE.downloadBase
  return parsed.entries.map((e) => ({
    path: e.filename,
    url:
      e.hashType === 'sha512'
        ? lookasideDownloadUrl(base, `rpms/${packageName}`, e.filename, e.hash)
        : `${base}/rpms/${encodeURIComponent(packageName)}/${encodeURIComponent(e.filename)}/${e.hashType}/${e.hash}/${encodeURIComponent(e.filename)}`,
  }))
}

/**
 * `.distro/source-git.yaml`: the keys `packit source-git init` writes, plus upstream_tag_template
 * when the upstream's tags are not bare versions.
 */
export function sourceGitYaml(input: SourceGitConfigInput): string {
  const config: Record<string, unknown> = {}
  if (input.upstreamProjectUrl) config.upstream_project_url = input.upstreamProjectUrl
  config.upstream_ref = input.upstreamRef
  if (input.upstreamTagTemplate) config.upstream_tag_template = input.upstreamTagTemplate
  config.downstream_package_name = input.packageName
  config.specfile_path = `${DISTRO_DIR}/${input.specName}`
  config.patch_generation_ignore_paths = [DISTRO_DIR, ...(input.extraIgnorePaths ?? [])]
  config.patch_generation_patch_id_digits = input.patchIdDigits
  config.sync_changelog = true
  config.files_to_sync = [
    {
      src: `${DISTRO_DIR}/`,
      dest: '.',
      delete: true,
      filters: ['protect .git*', 'protect sources', 'exclude source-git.yaml', 'exclude .gitignore'],
    },
  ]
  const sources = input.sourcesText ? lookasideSources(input.packageName, input.sourcesText) : []
  if (sources.length > 0) config.sources = sources
  return stringify(config, { lineWidth: 0 })
}
