/**
 * README.md's "Build in Koji and update Bodhi" workflow, as a user copies it: a valid workflow
 * (@action-validator/cli), whose every `with:` is an input action.yml has, fanning out over the
 * `matrix` output of config-check, with the keytab as its only secret.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../support/corpus.js'

const README = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')
const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}

function workflowText(): string {
  const at = README.indexOf('### Build in Koji and update Bodhi')
  expect(at).toBeGreaterThan(0)
  const start = README.indexOf('```yaml\n', at) + '```yaml\n'.length
  return README.slice(start, README.indexOf('\n```', start) + 1)
}

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, string>
}
interface Job {
  needs?: string
  if?: string
  outputs?: Record<string, string>
  strategy?: { matrix: string; 'fail-fast'?: boolean }
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<string, Job>
}

describe('the README workflow for koji-build and bodhi-update', () => {
  const text = workflowText()
  const workflow = parse(text) as Workflow

  it('passes @action-validator/cli', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-workflow-')), 'fedora-builds.yml')
    writeFileSync(file, text)
    const validator = path.join(PROJECT_ROOT, 'node_modules/.bin/action-validator')
    const result = await promisify(execFile)(validator, [file]).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    )
    expect(result).toEqual({ code: 0, out: '' })
  })

  it('runs on a schedule and by hand, writing only commit statuses and PR comments', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    expect(workflow.permissions).toEqual({
      contents: 'read',
      statuses: 'write',
      'pull-requests': 'write',
    })
  })

  it('plans with config-check, then runs koji-build and bodhi-update in order per matrix cell', () => {
    const { plan, build } = workflow.jobs
    const srcgit = (job: Job) => job.steps.filter((s) => s.uses === 'srcgit/propose-downstream@v1')
    expect(srcgit(plan).map((s) => s.with?.job)).toEqual(['sync-status', 'config-check'])
    const planStep = srcgit(plan).find((s) => s.with?.job === 'config-check')!
    expect(plan.outputs).toEqual({ matrix: `\${{ steps.${planStep.id}.outputs.matrix }}` })
    expect('matrix' in action.outputs).toBe(true)
    expect(build.needs).toBe('plan')
    // An empty matrix would fail the job: it is skipped instead.
    expect(build.if).toBe(`needs.plan.outputs.matrix != '{"include":[]}'`)
    expect(build.strategy?.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}')
    const steps = srcgit(build)
    expect(steps.map((s) => s.with?.job)).toEqual(['koji-build', 'bodhi-update'])
    for (const step of steps)
      expect(step.with).toEqual(
        expect.objectContaining({
          package: '${{ matrix.package }}',
          'dist-git-branches': '${{ matrix.branch }}',
          keytab: '${{ secrets.SRCGIT_KEYTAB }}',
        }),
      )
    // kinit, for the logins, before the first srcgit step.
    expect(build.steps.findIndex((s) => s.run?.includes('krb5-user'))).toBeLessThan(
      build.steps.indexOf(steps[0]),
    )
  })

  it('passes only inputs action.yml has, and no secret but the keytab', () => {
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps.filter((s) => s.uses?.startsWith('srcgit/')))
        for (const name of Object.keys(step.with ?? {}))
          expect({ name, known: name in action.inputs }).toEqual({ name, known: true })
    expect([...new Set([...text.matchAll(/secrets\.(\w+)/g)].map((m) => m[1]))]).toEqual(['SRCGIT_KEYTAB'])
  })
})
