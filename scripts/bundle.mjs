// Bundles the two entry points with @vercel/ncc into OUT_DIR (default dist/):
//   src/index.ts -> index.js (the GitHub Action), src/cli.ts -> cli.js (the srcgit command).
// tsc compiles src/ once (tsconfig.bundle.json, into build/bundle-src/), then ncc bundles the two
// JavaScript entries at the same time: ncc's own TypeScript loader type-checked the whole
// program again for each entry, which took four times as long.
// Each entry is built in a temp dir of its own, so the two builds (run at the same time) cannot
// overwrite each other's files.
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const outDir = path.resolve(process.argv[2] ?? 'dist')
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const require = createRequire(import.meta.url)
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js')
const tsc = require.resolve('typescript/bin/tsc')
// Each entry in a directory of its own, with the chunks of its dynamic imports next to it: the
// two bundles emit different chunks under the same names. dist/cli.js only loads dist/cli/.
const compiled = path.join(root, 'build', 'bundle-src')
const entries = [
  { src: path.join(compiled, 'index.js'), dir: '.' },
  { src: path.join(compiled, 'cli.js'), dir: 'cli' },
]

rmSync(compiled, { recursive: true, force: true })
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.bundle.json')], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
})
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })

/** One ncc build into a temp dir (a child process: the two entries build at the same time). */
function nccBuild(entry, tmp) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ncc, 'build', entry.src, '--out', tmp, '--license', 'licenses.txt', '--quiet'],
      { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
    )
    child.on('error', reject)
    child.on('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`ncc build ${entry.src} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

/** The entry's files from its temp dir into OUT_DIR. */
function place(entry, tmp) {
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
}

// The two entries build at the same time, each in a temp dir of its own.
const tmps = entries.map(() => mkdtempSync(path.join(os.tmpdir(), 'srcgit-ncc-')))
try {
  await Promise.all(entries.map((entry, i) => nccBuild(entry, tmps[i])))
  entries.forEach((entry, i) => place(entry, tmps[i]))
} finally {
  for (const tmp of tmps) rmSync(tmp, { recursive: true, force: true })
  rmSync(compiled, { recursive: true, force: true })
}
// The `srcgit` command (package.json bin): the CLI bundle, from its own directory.
writeFileSync(path.join(outDir, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js'\n")
chmodSync(path.join(outDir, 'cli.js'), 0o755)
// The bundles are ES modules; this marks them so whatever package.json is above them.
writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n')
