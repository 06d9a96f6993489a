// The GitLab CI/CD component: GitLab reads components from templates/<name>.yml (a symlink
// would not do: GitLab reads the blob, not the file it points to), so templates/srcgit.yml is
// a copy of gitlab-ci-template/srcgit.yml, the one source (which `include: remote:` users
// name). Writes the copy; with --check, exits 1 when it differs.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const source = path.join(root, 'gitlab-ci-template/srcgit.yml')
const component = path.join(root, 'templates/srcgit.yml')
const wanted = readFileSync(source)
let current = null
try {
  current = readFileSync(component)
} catch {
  current = null
}
if (process.argv.includes('--check')) {
  if (!current || !current.equals(wanted)) {
    console.error('templates/srcgit.yml is not gitlab-ci-template/srcgit.yml; run `npm run docs`.')
    process.exit(1)
  }
  console.log('templates/srcgit.yml matches gitlab-ci-template/srcgit.yml')
} else {
  writeFileSync(component, wanted)
}
