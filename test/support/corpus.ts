/** Locates ../shared/fixtures (the corpus) and fails with a clear message when it is missing. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const PROJECT_ROOT = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '../..',
)
export const SHARED = process.env.SRCGIT_SHARED_DIR ?? path.resolve(PROJECT_ROOT, '../shared')
export const SPEC_DIR = path.join(SHARED, 'fixtures/specs')
export const STUB_MACROS = path.join(SPEC_DIR, '_tools/fedora-stub.macros')

export function corpusSpecs(): string[] {
  if (!existsSync(SPEC_DIR)) {
    throw new Error(
      `The corpus is not here: ${SPEC_DIR} does not exist. The corpus suite needs ../shared/fixtures beside the project ` +
        '(or SRCGIT_SHARED_DIR); `npm test` runs without it.',
    )
  }
  return readdirSync(SPEC_DIR)
    .filter((f) => f.endsWith('.spec'))
    .sort()
}

/** Directory holding the files a corpus spec %includes (see the fixtures' PROVENANCE.md). */
export function includeDir(spec: string): string {
  return path.join(SPEC_DIR, '_sources', spec.replace(/\.spec$/, ''))
}

export function readInclude(spec: string): (p: string) => string | undefined {
  return (p) => {
    const file = path.join(includeDir(spec), p)
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined
  }
}
