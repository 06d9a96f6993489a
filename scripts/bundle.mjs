// Bundles the two entry points with @vercel/ncc into OUT_DIR (default dist/):
//   src/index.ts -> index.js (the GitHub Action), src/cli.ts -> cli.js (the srcgit command).
// Each entry is built in a temp dir of its own, so the two builds cannot overwrite each other's files.
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const outDir = path.resolve(process.argv[2] ?? 'dist')
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js')
// Each entry in a directory of its own, with the chunks of its dynamic imports next to it: the
// two bundles emit different chunks under the same names. dist/cli.js only loads dist/cli/.
const entries = [
  { src: 'src/index.ts', dir: '.' },
  { src: 'src/cli.ts', dir: 'cli' },
]

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
for (const entry of entries) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-ncc-'))
  try {
    execFileSync(
      process.execPath,
      [ncc, 'build', entry.src, '--out', tmp, '--license', 'licenses.txt', '--quiet'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    const produced = readdirSync(tmp).sort()
    // Chunks of dynamic imports (from @gitbeaker) load from the bundle's own directory.
    const entryDir = path.join(outDir, entry.dir)
    mkdirSync(entryDir, { recursive: true })
    const chunks = produced.filter((f) => /^\d+\.index\.js$/.test(f))
    const unexpected = produced.filter(
      (f) => !['index.js', 'package.json', 'licenses.txt'].includes(f) && !chunks.includes(f),
    )
    if (unexpected.length > 0)
      throw new Error(`ncc emitted files this script does not place: ${unexpected.join(', ')}`)
    for (const chunk of chunks) copyFileSync(path.join(tmp, chunk), path.join(entryDir, chunk))
    copyFileSync(path.join(tmp, 'index.js'), path.join(entryDir, 'index.js'))
    if (entry.dir === '.') copyFileSync(path.join(tmp, 'licenses.txt'), path.join(outDir, 'licenses.txt'))
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
// The `srcgit` command (package.json bin): the CLI bundle, from its own directory.
writeFileSync(path.join(outDir, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js'\n")
chmodSync(path.join(outDir, 'cli.js'), 0o755)
// The bundles are ES modules; this marks them so whatever package.json is above them.
writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n')
