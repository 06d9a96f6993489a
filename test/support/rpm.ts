/** Runs Debian's rpmspec as a judge in corpus tests. rpm is a test-time requirement only (.ci/run installs it). */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface RpmRun {
  code: number
  stdout: string
  stderr: string
}

const topdir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-rpm-top-'))

export function rpmspec(args: string[]): Promise<RpmRun> {
  return new Promise((resolve, reject) => {
    execFile(
      'rpmspec',
      [...args, '--define', `_topdir ${topdir}`],
      { timeout: 120_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(
            new Error(
              'rpmspec is not installed: the corpus suite needs it (apt-get install rpm); .ci/run installs it',
            ),
          )
          return
        }
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      },
    )
  })
}

/** The first `error:` line rpm printed, or '' — what check-specs.sh reports. */
export function firstError(run: RpmRun): string {
  return run.stderr.split('\n').find((l) => l.startsWith('error')) ?? ''
}

/**
 * Whether rpm's reading is not Fedora's: Debian's /bin/sh is dash, so a bash-only `%(...)`
 * (`${c:0:7}`, 859 Fedora specs cut a short commit so) gives rpm an empty value here where
 * Fedora's bash gives the commit. Such a value is no judge of srcgit's (shell-subset.ts,
 * which bash itself judges in test/unit/spec/shell-oneliners.test.ts).
 */
export function readThroughDash(run: RpmRun): boolean {
  return /Bad substitution/.test(run.stderr)
}

export interface PrepOptions {
  /** The dist-git tree: the spec, its patches and files (the archive is written there). */
  tree: string
  spec: string
  /** The upstream git repository and the tag the archive is made from. */
  upstream: string
  tag: string
  /** The archive's file name (Source0 as rpm expands it) and its top directory. */
  archive: string
  topDir: string
  defines?: Record<string, string>
}

/** `rpmbuild -bp` of a dist-git tree, the archive made from the upstream tag; returns the prepared source dir. */
export function rpmbuildPrep(options: PrepOptions): string {
  execFileSync('sh', [
    '-c',
    `git -C '${options.upstream}' archive --prefix='${options.topDir}/' '${options.tag}' | gzip -n > '${path.join(options.tree, options.archive)}'`,
  ])
  const top = mkdtempSync(path.join(os.tmpdir(), 'srcgit-rpmbuild-bp-'))
  const defines = Object.entries({ _topdir: top, _sourcedir: options.tree, ...options.defines }).flatMap(
    ([name, value]) => ['--define', `${name} ${value}`],
  )
  execFileSync('rpmbuild', ['-bp', '--nodeps', ...defines, path.join(options.tree, options.spec)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return path.join(top, 'BUILD', options.topDir)
}

/** Every file under dir with its content (relative paths, latin1: byte for byte). */
export function treeSnapshot(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const file = path.join(rel, name)
    if (statSync(path.join(dir, file)).isDirectory()) Object.assign(out, treeSnapshot(dir, file))
    else out[file] = readFileSync(path.join(dir, file), 'latin1')
  }
  return out
}
