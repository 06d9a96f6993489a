/**
 * Start-up of each entry point against bare `node -e 0` (the Node running the bench), CPU (user+sys) medians of paired runs,
 * printed as ratios (the floor is measured in the same run): `srcgit --help`, `config check` and
 * the action up to its first log line (a job name it refuses after the settings). Goal: <= 2.5x.
 * Also the size of what each entry loads. Prints figures only.
 *   npm run bench:startup [-- RUNS]
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const RUNS = Number(process.argv[2] ?? 15)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..')
const dist = path.join(root, 'dist')
const example = path.join(root, 'examples', 'hello')

/** CPU seconds (user + sys) of one run, from bash's `time` (children's rusage). */
function cpu(command: string, env: NodeJS.ProcessEnv = process.env): number {
  const run = spawnSync('bash', ['-c', `TIMEFORMAT='%U %S'; { time ${command} >/dev/null 2>&1; } 2>&1`], {
    cwd: example,
    env,
    encoding: 'utf8',
  })
  const [user, sys] = run.stdout.trim().split(/\s+/).map(Number)
  return user + sys
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const entries: { name: string; command: string; env?: NodeJS.ProcessEnv }[] = [
  { name: 'srcgit --help', command: `${process.execPath} ${dist}/cli.js --help` },
  { name: 'srcgit config check', command: `${process.execPath} ${dist}/cli.js config check` },
  {
    name: 'action, first log line',
    command: `${process.execPath} ${dist}/index.js`,
    env: { ...process.env, INPUT_JOB: 'not-a-job', GITHUB_ACTIONS: '' },
  },
]

const floor: number[] = []
const times = entries.map(() => [] as number[])
for (let i = 0; i < RUNS; i++) {
  // Paired: the floor and every entry in each round, so load on the machine hits them alike.
  floor.push(cpu(`${process.execPath} -e 0`))
  entries.forEach((entry, j) => times[j].push(cpu(entry.command, entry.env)))
}
const base = median(floor)
console.log(
  `node ${process.version}, ${RUNS} paired runs, CPU medians; floor node -e 0: ${(base * 1000).toFixed(0)} ms`,
)
entries.forEach((entry, j) => {
  const m = median(times[j])
  console.log(
    `${entry.name.padEnd(26)} ${(m * 1000).toFixed(0).padStart(5)} ms  ${(m / base).toFixed(2)}x (goal <= 2.5x)`,
  )
})

/** Bytes of the entry file and of its directory's chunks (what a command may load at most). */
function size(dir: string, entry: string): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'))
  const chunks = files
    .filter((f) => /^\d+\.index\.js$/.test(f))
    .reduce((n, f) => n + statSync(path.join(dir, f)).size, 0)
  return `${entry}: ${(statSync(path.join(dir, entry)).size / 1024).toFixed(0)} KiB entry, ${(chunks / 1024).toFixed(0)} KiB in chunks loaded on demand`
}
console.log(size(path.join(dist, 'cli'), 'index.js').replace(/^index\.js/, 'dist/cli/index.js'))
console.log(size(dist, 'index.js').replace(/^index\.js/, 'dist/index.js'))
