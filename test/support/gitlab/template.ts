/**
 * GitLab's side of an included CI template, for tests: `spec:inputs` checked and interpolated
 * the way GitLab does it (Gitlab::Ci::Config::Interpolation: after YAML parsing, on every key
 * and string; a string that is one whole block takes the input's typed value, blocks inside a
 * longer string are replaced by the value's text), `rules:if` evaluated, job variables set
 * (expanded unless `expand: false`), and the job's script run with `sh -e` in a project
 * directory, as a shell runner does.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseAllDocuments } from 'yaml'
import { PROJECT_ROOT } from '../corpus.js'

export const TEMPLATE_PATH = path.join(PROJECT_ROOT, 'gitlab-ci-template/srcgit.yml')

export interface InputSpec {
  description?: string
  type?: 'string' | 'boolean' | 'number' | 'array'
  default?: unknown
  options?: unknown[]
  regex?: string
}

export type InputValue = string | boolean | number

export interface Template {
  /** The comment block at the top of the file. */
  header: string
  inputs: Record<string, InputSpec>
  /** The configuration document, not interpolated. */
  config: Record<string, unknown>
}

export function loadTemplate(file = TEMPLATE_PATH): Template {
  const text = readFileSync(file, 'utf8')
  const docs = parseAllDocuments(text)
  if (docs.length !== 2) throw new Error(`${file}: expected a spec document and a config document`)
  const spec = docs[0].toJS() as { spec?: { inputs?: Record<string, InputSpec> } }
  const lines = text.split('\n')
  const header = lines
    .slice(
      0,
      lines.findIndex((line) => !line.startsWith('#')),
    )
    .join('\n')
  return { header, inputs: spec.spec?.inputs ?? {}, config: docs[1].toJS() as Record<string, unknown> }
}

const BLOCK = /\$\[\[\s*(\S.*?\S)\s*\]\]/g

/** The input values GitLab would use, or the error it would report for these `include: inputs:`. */
export function resolveInputs(
  specs: Record<string, InputSpec>,
  given: Record<string, InputValue>,
): Record<string, InputValue> {
  for (const name of Object.keys(given))
    if (!(name in specs)) throw new Error(`unknown input arguments: ${name}`)
  const values: Record<string, InputValue> = {}
  for (const [name, spec] of Object.entries(specs)) {
    const value = name in given ? given[name] : (spec.default as InputValue | undefined)
    if (value === undefined) throw new Error(`\`${name}\` input: required value has not been provided`)
    const type = spec.type ?? 'string'
    if (typeof value !== type) throw new Error(`\`${name}\` input: provided value is not a ${type}`)
    if (spec.options && !spec.options.includes(value))
      throw new Error(
        `\`${name}\` input: \`${String(value)}\` cannot be used because it is not in the list of allowed options`,
      )
    if (spec.regex && typeof value === 'string' && !new RegExp(spec.regex).test(value))
      throw new Error(`\`${name}\` input: provided value does not match required RegEx pattern`)
    values[name] = value
  }
  return values
}

/** Interpolates every `$[[ inputs.NAME ]]` in keys and string values. */
export function interpolate(node: unknown, values: Record<string, InputValue>): unknown {
  if (Array.isArray(node)) return node.map((item) => interpolate(item, values))
  if (node && typeof node === 'object')
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        String(interpolate(key, values)),
        interpolate(value, values),
      ]),
    )
  if (typeof node !== 'string' || !node.includes('$[[')) return node
  const blocks = [...node.matchAll(BLOCK)]
  const valueOf = (data: string) => {
    const name = /^inputs\.([\w-]+)$/.exec(data)?.[1]
    if (!name || !(name in values)) throw new Error(`unknown interpolation key: \`${data}\``)
    return values[name]
  }
  if (blocks.length === 1 && blocks[0][0] === node) return valueOf(blocks[0][1])
  return node.replace(BLOCK, (_, data: string) => String(valueOf(data)))
}

const RESERVED = new Set(['variables', 'stages', 'default', 'include', 'workflow', 'image', 'services'])

export interface Job {
  name: string
  stage?: string
  image?: string
  variables?: Record<string, string | { value: string; expand?: boolean }>
  rules?: { if?: string; when?: string }[]
  script: string[]
  dependencies?: string[]
  cache?: unknown
  artifacts?: { when?: string; paths?: string[]; reports?: { dotenv?: string } }
}

export interface Pipeline {
  globals: Record<string, string | { value: string; description?: string }>
  job: Job
}

/** The template included with these inputs: its global variables and its one job. */
export function includeTemplate(given: Record<string, InputValue>, template = loadTemplate()): Pipeline {
  const config = interpolate(template.config, resolveInputs(template.inputs, given)) as Record<
    string,
    unknown
  >
  const jobs = Object.keys(config).filter((key) => !RESERVED.has(key) && !key.startsWith('.'))
  if (jobs.length !== 1) throw new Error(`expected one job, found: ${jobs.join(', ')}`)
  return {
    globals: (config.variables ?? {}) as Pipeline['globals'],
    job: { name: jobs[0], ...(config[jobs[0]] as Omit<Job, 'name'>) },
  }
}

/** `rules:if` as GitLab evaluates it: $VAR (set and not empty), ==, !=, &&, ||, parentheses. */
export function evaluateIf(expression: string, vars: Record<string, string | undefined>): boolean {
  const tokens = expression.match(/\$\w+|"[^"]*"|'[^']*'|==|!=|&&|\|\||\(|\)|null/g) ?? []
  let i = 0
  const operand = (): string | undefined => {
    const token = tokens[i++]
    if (token.startsWith('$')) return vars[token.slice(1)]
    if (token === 'null') return undefined
    return token.slice(1, -1)
  }
  const primary = (): boolean => {
    if (tokens[i] === '(') {
      i++
      const value = or()
      i++
      return value
    }
    const left = operand()
    if (tokens[i] === '==' || tokens[i] === '!=') {
      const op = tokens[i++]
      const equal = left === operand()
      return op === '==' ? equal : !equal
    }
    return left !== undefined && left !== ''
  }
  const and = (): boolean => {
    let value = primary()
    while (tokens[i] === '&&') {
      i++
      value = primary() && value
    }
    return value
  }
  const or = (): boolean => {
    let value = and()
    while (tokens[i] === '||') {
      i++
      value = and() || value
    }
    return value
  }
  return or()
}

/** Whether the job is in a pipeline with these variables: the first matching rule decides. */
export function jobRuns(job: Job, vars: Record<string, string | undefined>): boolean {
  if (!job.rules) return true
  // GitLab evaluates rules with the job's own variables too (their values, as plain strings).
  const jobVars = Object.fromEntries(
    Object.entries(job.variables ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : v.value]),
  )
  const all = { ...jobVars, ...vars }
  const rule = job.rules.find((r) => r.if === undefined || evaluateIf(r.if, all))
  return rule !== undefined && rule.when !== 'never'
}

/** The runner's expansion of a variable value: $NAME and ${NAME}, `$$` for a literal `$`. */
function expand(value: string, vars: Record<string, string | undefined>): string {
  return value.replace(/\$\$|\$\{(\w+)\}|\$(\w+)/g, (all, braced?: string, bare?: string) =>
    all === '$$' ? '$' : (vars[(braced ?? bare) as string] ?? ''),
  )
}

function variableValues(
  vars: Record<string, string | { value: string; expand?: boolean }>,
  context: Record<string, string | undefined>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(vars).map(([name, v]) =>
      typeof v === 'string'
        ? [name, expand(v, context)]
        : [name, v.expand === false ? v.value : expand(v.value, context)],
    ),
  )
}

export interface JobRun {
  /** false when no rule put the job in this pipeline (then nothing ran). */
  ran: boolean
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs the job as a shell runner would: predefined variables, then the template's global and
 * job variables, then CI/CD variables (project settings, the Run pipeline form) over them all;
 * the script with `sh -e` in the project directory.
 */
export async function runJob(
  pipeline: Pipeline,
  opts: {
    projectDir: string
    predefined: Record<string, string>
    cicd?: Record<string, string>
    env: NodeJS.ProcessEnv
    timeout?: number
  },
): Promise<JobRun> {
  const base: Record<string, string | undefined> = {
    CI: 'true',
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: opts.projectDir,
    CI_JOB_NAME: pipeline.job.name,
    ...opts.predefined,
  }
  const globals = variableValues(
    Object.fromEntries(
      Object.entries(pipeline.globals).map(([k, v]) => [k, typeof v === 'string' ? v : v.value]),
    ),
    base,
  )
  const withGlobals = { ...base, ...globals, ...opts.cicd }
  const jobVars = variableValues(pipeline.job.variables ?? {}, withGlobals)
  const vars = { ...withGlobals, ...jobVars, ...opts.cicd }
  if (!jobRuns(pipeline.job, vars)) return { ran: false, code: null, stdout: '', stderr: '' }
  // Asynchronously: the servers the job talks to may run in this process.
  const child = spawn('sh', ['-e', '-c', pipeline.job.script.join('\n')], {
    cwd: opts.projectDir,
    env: { ...opts.env, ...vars },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: opts.timeout ?? 120_000,
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (status) => resolve(status))
  })
  return { ran: true, code, stdout, stderr }
}
