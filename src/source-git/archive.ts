/**
 * The upstream archive for a release: `git archive` of the tag with the top directory the
 * spec's %setup expects, compressed as the Source0 file name asks. Reproducible: git
 * stamps entries with the commit time, and gzip output here has no name or time in it.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, rmSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type { Git } from '../git/git.js'
import { spawnChild } from '../runtime/resources.js'
import { SourceGitError } from './downstream.js'

export type Compression = 'gzip' | 'xz' | 'bzip2' | 'zstd' | 'none' | 'zip'

/** The file name endings srcgit makes an archive for, for messages. */
export const ARCHIVE_ENDINGS = '.tar.gz, .tgz, .crate, .tar.xz, .tar.bz2, .tar.zst, .tar or .zip'

/** The compression a Source0 file name asks for, or undefined when it is not an archive git archive makes. */
export function archiveCompression(fileName: string): Compression | undefined {
  // A .crate (rust-packaging's %crates_source) is a gzip-compressed tar, as `cargo package` writes it.
  if (/\.(tar\.gz|tgz|crate)$/.test(fileName)) return 'gzip'
  if (/\.(tar\.xz|txz)$/.test(fileName)) return 'xz'
  if (/\.(tar\.bz2|tbz2?)$/.test(fileName)) return 'bzip2'
  if (/\.(tar\.zst|tzst)$/.test(fileName)) return 'zstd'
  if (/\.tar$/.test(fileName)) return 'none'
  if (/\.zip$/.test(fileName)) return 'zip'
  return undefined
}

/** The compression a Source0 file name asks for; throws when it is not an archive git archive makes. */
export function compressionFor(fileName: string): Compression {
  const compression = archiveCompression(fileName)
  if (compression) return compression
  throw new SourceGitError(`cannot tell how to make "${fileName}": Source0 must end in ${ARCHIVE_ENDINGS}`)
}

const COMPRESSORS: Partial<Record<Compression, string[]>> = {
  xz: ['xz', '-c', '-T1', '-6'],
  bzip2: ['bzip2', '-c', '-9'],
  zstd: ['zstd', '-c', '-q', '-19'],
}

export interface ArchiveRequest {
  /** Tag or commit to archive. */
  ref: string
  /** Top directory inside the archive, e.g. `hello-1.1` (no trailing slash). */
  prefix: string
  outputFile: string
  compression: Compression
}

/**
 * Writes the archive and returns its SHA-512 (hex), streaming: memory does not grow with the
 * tree. On failure no partial file is left behind.
 */
export async function createArchive(git: Git, request: ArchiveRequest): Promise<string> {
  try {
    return await writeArchive(git, request)
  } catch (error) {
    rmSync(request.outputFile, { force: true })
    throw error
  }
}

async function writeArchive(git: Git, request: ArchiveRequest): Promise<string> {
  const format = request.compression === 'zip' ? 'zip' : 'tar'
  const args = ['archive', `--format=${format}`, `--prefix=${request.prefix}/`, request.ref]
  const child = spawnChild('git', args, {
    cwd: git.dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { LC_ALL: 'C' },
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve(code ?? 1))
  })
  if (request.compression === 'gzip') {
    await pipeline(child.stdout!, createGzip({ level: 9 }), createWriteStream(request.outputFile))
  } else if (COMPRESSORS[request.compression]) {
    const [cmd, ...cmdArgs] = COMPRESSORS[request.compression]!
    const compressor = spawnChild(cmd, cmdArgs, { stdio: ['pipe', 'pipe', 'inherit'] })
    const compressorFailed = new Promise<never>((_, reject) =>
      compressor.on('error', () =>
        reject(new SourceGitError(`${cmd} is needed to make ${request.outputFile} but is not installed`)),
      ),
    )
    const compressorExited = new Promise<number>((resolve) => compressor.on('close', (c) => resolve(c ?? 1)))
    await Promise.race([
      Promise.all([
        pipeline(child.stdout!, compressor.stdin!),
        pipeline(compressor.stdout!, createWriteStream(request.outputFile)),
      ]),
      compressorFailed,
    ])
    // A compressor that fails part way leaves a truncated archive: never hashed and uploaded.
    const status = await Promise.race([compressorExited, compressorFailed])
    if (status !== 0)
      throw new SourceGitError(
        `${cmd} ${cmdArgs.join(' ')} failed (exit ${status}) making ${request.outputFile}`,
      )
  } else {
    await pipeline(child.stdout!, createWriteStream(request.outputFile))
  }
  const code = await exited
  if (code !== 0) throw new SourceGitError(`git ${args.join(' ')} failed: ${stderr.trim()}`)
  return sha512File(request.outputFile)
}

export async function sha512File(file: string): Promise<string> {
  const hash = createHash('sha512')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}
