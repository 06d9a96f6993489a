// Fails when the committed dist/ is not what src/ builds to: users run dist/, not src/.
// SRCGIT_FRESH_DIST=DIR compares with a build of this src/ already made in DIR
// (`node scripts/bundle.mjs DIR`, e.g. by an earlier CI step) instead of building again.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const prebuilt = process.env.SRCGIT_FRESH_DIST
const fresh = prebuilt ? path.resolve(prebuilt) : mkdtempSync(path.join(os.tmpdir(), 'srcgit-check-dist-'))
try {
  if (!prebuilt)
    execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), fresh], {
      cwd: root,
      stdio: 'inherit',
    })
  const committed = path.join(root, 'dist')
  const list = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }) : [])
  const names = new Set([...list(fresh), ...list(committed)])
  const differing = [...names].filter((name) => {
    const a = path.join(fresh, name)
    const b = path.join(committed, name)
    if (!existsSync(a) || !existsSync(b)) return true
    if (statSync(a).isDirectory() || statSync(b).isDirectory())
      return statSync(a).isDirectory() !== statSync(b).isDirectory()
    return !readFileSync(a).equals(readFileSync(b))
  })
  if (differing.length > 0) {
    console.error(`dist/ does not match src/: ${differing.sort().join(', ')} differ.`)
    console.error('Run `npm run build` and commit dist/.')
    process.exitCode = 1
  } else {
    console.log(`dist/ matches src/ (${names.size} files)`)
  }
} finally {
  if (!prebuilt) rmSync(fresh, { recursive: true, force: true })
}
