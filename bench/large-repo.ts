/**
 * update-dist-git and propose-downstream --dry-run on a large generated source-git
 * repository (default 20,000 upstream commits, 300 downstream commits touching varied
 * files), per phase, next to the bare git commands underneath. Prints figures only.
 *   npm run bench:large [-- UPSTREAM_COMMITS DOWNSTREAM_COMMITS]
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Git } from '../src/git/git.js'
import { updateDistGit } from '../src/jobs/update-dist-git.js'
import { proposeDownstream } from '../src/jobs/propose-downstream.js'
import { downstreamRange, resolveUpstreamRef } from '../src/source-git/downstream.js'
import { generatePatches } from '../src/source-git/patches.js'
import { createArchive } from '../src/source-git/archive.js'

const UPSTREAM = Number(process.argv[2] ?? 20000)
const DOWNSTREAM = Number(process.argv[3] ?? 300)
const FILES = 2000
const root = mkdtempSync(path.join(os.tmpdir(), 'srcgit-bench-'))
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(root, 'gitconfig'),
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
}
writeFileSync(env.GIT_CONFIG_GLOBAL, '[init]\n\tdefaultBranch = main\n')
Object.assign(process.env, env)

const sh = (cmd: string, cwd: string) =>
  execFileSync('sh', ['-c', cmd], { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] })
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()

/** Deterministic pseudo-random numbers, so every run builds the same repository. */
let seed = 42
const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n
const fileName = (i: number) => `src/dir${i % 40}/file${i}.c`
const content = (i: number, rev: number) =>
  `/* file ${i} revision ${rev} */\n` + `int f${i}(void) { return ${rev}; }\n`.repeat(60)

function fastImport(dir: string, stream: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet'], {
      cwd: dir,
      env,
      stdio: ['pipe', 'inherit', 'inherit'],
    })
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`))))
    for (const chunk of stream) child.stdin.write(chunk)
    child.stdin.end()
  })
}

const blob = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`

async function build(): Promise<{ sourceGit: string; distGit: string }> {
  const sourceGit = path.join(root, 'source-git')
  git(root, 'init', '-q', sourceGit)
  const stream: string[] = []
  const revs = new Array<number>(FILES).fill(0)
  let t = 1_700_000_000
  stream.push(
    `commit refs/heads/main\nmark :1\ncommitter Up <up@example.com> ${t} +0000\n${blob('Initial import')}`,
  )
  for (let i = 0; i < FILES; i++) stream.push(`M 100644 inline ${fileName(i)}\n${blob(content(i, 0))}`)
  for (let c = 2; c <= UPSTREAM; c++) {
    const f = rand(FILES)
    revs[f]++
    stream.push(
      `commit refs/heads/main\nmark :${c}\ncommitter Up <up@example.com> ${++t} +0000\n${blob(`Upstream change ${c}`)}from :${c - 1}\nM 100644 inline ${fileName(f)}\n${blob(content(f, revs[f]))}`,
    )
  }
  stream.push(`tag v1.0\nfrom :${UPSTREAM}\ntagger Up <up@example.com> ${++t} +0000\n${blob('Release 1.0')}`)
  const spec = [
    'Name:           bench',
    'Version:        1.0',
    'Release:        1%{?dist}',
    'Summary:        Benchmark package',
    'License:        MIT',
    'URL:            https://example.com/bench',
    'Source0:        %{url}/archive/v%{version}/%{name}-%{version}.tar.gz',
    '',
    '%description',
    'Benchmark.',
    '',
    '%prep',
    '%autosetup -p1',
    '',
    '%changelog',
    '* Mon Jan 05 2026 Bench <bench@example.com> - 0.9-1',
    '- Old release',
    '',
  ].join('\n')
  const config = [
    'upstream_ref: v1.0',
    'upstream_tag_template: v{version}',
    'upstream_package_name: bench',
    'downstream_package_name: bench',
    'specfile_path: .distro/bench.spec',
    'patch_generation_ignore_paths: [.distro]',
    '',
  ].join('\n')
  let mark = UPSTREAM + 1
  stream.push(
    `commit refs/heads/rawhide\nmark :${mark}\ncommitter Down <down@example.com> ${++t} +0000\n${blob('Initialize as a source-git repository')}from :${UPSTREAM}\nM 100644 inline .distro/bench.spec\n${blob(spec)}M 100644 inline .distro/source-git.yaml\n${blob(config)}`,
  )
  for (let d = 1; d <= DOWNSTREAM; d++) {
    const touched = 1 + rand(3)
    // Every tenth commit and the next one share a Patch-name: an adjacent squash pair.
    const trailer = d % 10 <= 1 && d >= 10 ? `\n\nPatch-name: squash-${Math.floor(d / 10)}.patch` : ''
    let commit = `commit refs/heads/rawhide\nmark :${mark + 1}\ncommitter Down <down@example.com> ${++t} +0000\n${blob(`Downstream change ${d}${trailer}`)}from :${mark}\n`
    for (let k = 0; k < touched; k++) {
      const f = rand(FILES)
      revs[f]++
      commit += `M 100644 inline ${fileName(f)}\n${blob(content(f, revs[f]))}`
    }
    stream.push(commit)
    mark++
  }
  await fastImport(sourceGit, stream)
  git(sourceGit, 'checkout', '-q', 'rawhide')

  const distGit = path.join(root, 'dist-git')
  git(root, 'init', '-q', distGit)
  // dist-git still has the previous release, so the release flow has something to propose.
  writeFileSync(path.join(distGit, 'bench.spec'), spec.replace('Version:        1.0', 'Version:        0.9'))
  writeFileSync(path.join(distGit, 'sources'), `SHA512 (bench-0.9.tar.gz) = ${'0'.repeat(128)}\n`)
  git(distGit, 'add', '-A')
  git(distGit, 'commit', '-q', '-m', 'Import')
  return { sourceGit, distGit }
}

/** Repetitions of each timed step; the median is reported (single runs vary by ±30% on a shared machine). */
const REPS = Number(process.env.BENCH_REPS ?? 5)

/** Runs fn REPS times (reset after each run puts the repositories back) and records the median time. */
async function time<T>(
  label: string,
  fn: () => Promise<T> | T,
  rows: [string, number][],
  reset: () => void = () => {},
): Promise<T> {
  const times: number[] = []
  let result!: T
  for (let i = 0; i < REPS; i++) {
    const start = performance.now()
    result = await fn()
    times.push(performance.now() - start)
    reset()
  }
  times.sort((a, b) => a - b)
  rows.push([label, times[Math.floor(times.length / 2)]])
  return result
}

const t0 = performance.now()
const { sourceGit, distGit } = await build()
console.log(
  `built ${UPSTREAM} upstream + ${DOWNSTREAM} downstream commits over ${FILES} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
)

const bare: [string, number][] = []
const out = path.join(root, 'bare')
await time(
  'git format-patch (same range and pathspec)',
  () => sh(`git format-patch -q -o '${out}' v1.0..HEAD -- . ':(exclude).distro'`, sourceGit),
  bare,
)
await time(
  'git archive | gzip',
  () => sh(`git archive --format=tar --prefix=bench-1.0/ v1.0 | gzip -9 > '${root}/bare.tar.gz'`, sourceGit),
  bare,
)
await time('sha512sum', () => sh(`sha512sum '${root}/bare.tar.gz'`, root), bare)
const bareTotal = bare.reduce((s, [, ms]) => s + ms, 0)

const phases: [string, number][] = []
const g = new Git(sourceGit)
const upstream = await time('resolve upstream_ref', () => resolveUpstreamRef(g, 'v1.0'), phases)
const range = await time('read downstream range', () => downstreamRange(g, upstream), phases)
await time(
  'generate patches (format-patch + metadata + squash)',
  () => generatePatches(g, range, ['.distro']),
  phases,
)
await time(
  'archive + sha512',
  () =>
    createArchive(g, {
      ref: 'v1.0',
      prefix: 'bench-1.0',
      outputFile: path.join(root, 'ours.tar.gz'),
      compression: 'gzip',
    }),
  phases,
)

const update: [string, number][] = []
const updated = await time(
  'update-dist-git end to end',
  () => updateDistGit({ sourceGit, distGit, message: 'Sync' }),
  update,
  () => git(distGit, 'reset', '-q', '--hard', 'HEAD~1'),
)
const proposed = await time(
  'propose-downstream --dry-run end to end',
  () => proposeDownstream({ sourceGit, distGit, tag: 'v1.0', branches: ['main'] }),
  update,
  () => {
    git(distGit, 'branch', '-D', 'main-update-propose_downstream')
    // propose-downstream leaves the archive next to the spec; the next run wants a clean tree.
    rmSync(path.join(distGit, 'bench-1.0.tar.gz'), { force: true })
  },
)

// The same two commands through the bundle in a child process, for their own peak memory.
const cli = path.resolve('dist/cli.js')
function childRun(args: string[]): { ms: number; rssMiB: number } {
  const start = performance.now()
  const hook =
    'data:text/javascript,process.on("exit",()=>process.stderr.write("RSS="+process.resourceUsage().maxRSS+"\\n"))'
  const run = spawnSync(process.execPath, ['--import', hook, cli, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`srcgit ${args[0]} failed: ${run.stderr}`)
  const rss = Number(/RSS=(\d+)/.exec(run.stderr)?.[1] ?? 0)
  return { ms: performance.now() - start, rssMiB: rss / 1024 }
}
const childUpdate = childRun(['update-dist-git', sourceGit, distGit, '-m', 'Sync'])
git(distGit, 'reset', '-q', '--hard', 'HEAD~1')
const childPropose = childRun([
  'propose-downstream',
  '--dry-run',
  sourceGit,
  '--tag',
  'v1.0',
  '--branch',
  'main',
  '--dist-git',
  distGit,
])
console.log(
  `srcgit CLI in a child process: update-dist-git ${(childUpdate.ms / 1000).toFixed(2)} s, peak RSS ${childUpdate.rssMiB.toFixed(0)} MiB; ` +
    `propose-downstream --dry-run ${(childPropose.ms / 1000).toFixed(2)} s, peak RSS ${childPropose.rssMiB.toFixed(0)} MiB`,
)

const fmt = (rows: [string, number][]) =>
  rows.map(([l, ms]) => `  ${l.padEnd(55)} ${(ms / 1000).toFixed(2).padStart(7)} s`).join('\n')
console.log(
  `bare git commands (median of ${REPS} runs):\n${fmt(bare)}\n  ${'total'.padEnd(55)} ${(bareTotal / 1000).toFixed(2).padStart(7)} s`,
)
console.log(`srcgit phases:\n${fmt(phases)}`)
console.log(
  `end to end (${updated.patches.length} patches; ${proposed.proposals.length} branch; median of ${REPS} runs):\n${fmt(update)}`,
)
for (const [label, ms] of update)
  console.log(`ratio ${label}: ${(ms / bareTotal).toFixed(2)}x the bare git commands`)
console.log(
  `peak RSS of the bench process (includes building the repository): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
)
rmSync(root, { recursive: true, force: true })
