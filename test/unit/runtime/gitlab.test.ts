/**
 * The GitLab CI adapter without a server: GitLab's predefined variables, and the dotenv report
 * checked against GitLab's own parser rules (Ci::ParseDotenvArtifactService).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  DOTENV_MAX_BYTES,
  dotenvName,
  gitlabRunContext,
  isGitLabCi,
  writeDotenvReport,
} from '../../../src/runtime/gitlab.js'
import { runOutputs } from '../../../src/jobs/report.js'
import { clearSecrets, redact, registerSecret } from '../../../src/runtime/secrets.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-dotenv-'))
let n = 0
const file = () => path.join(dir, `report-${++n}.env`)

/**
 * What GitLab makes of a dotenv file: each line must match /^(.*?)=(.*)$/ (an empty line is
 * "Invalid Format"), key and value are stripped, the file must be smaller than 5 KiB, and the
 * runner later expands `$` in the value (`$$` is a literal `$`).
 */
function gitlabParses(text: string): Record<string, string> {
  expect(Buffer.byteLength(text)).toBeLessThan(5 * 1024)
  const vars: Record<string, string> = {}
  for (const line of text.split(/(?<=\n)/)) {
    const m = /^(.*?)=(.*)$/m.exec(line)
    if (!m) throw new Error(`GitLab: Invalid Format (${JSON.stringify(line)})`)
    const key = m[1].trim()
    expect(key).toMatch(/^[A-Z0-9_]+$/)
    vars[key] = m[2].trim().replace(/\$\$/g, '$')
  }
  return vars
}

afterEach(() => clearSecrets())

describe('isGitLabCi', () => {
  it('is true only where the runner sets GITLAB_CI=true', () => {
    expect(isGitLabCi({ GITLAB_CI: 'true', CI: 'true' })).toBe(true)
    expect(isGitLabCi({ CI: 'true', GITHUB_ACTIONS: 'true' })).toBe(false)
    expect(isGitLabCi({ GITLAB_CI: '' })).toBe(false)
  })
})

describe('gitlabRunContext', () => {
  it('reads a tag pipeline', async () => {
    expect(
      await gitlabRunContext({
        GITLAB_CI: 'true',
        CI_COMMIT_TAG: 'v1.2',
        CI_PROJECT_URL: 'https://gitlab.example.com/pkgs/hello',
      }),
    ).toEqual({
      tag: 'v1.2',
      mergeRequestIid: undefined,
      projectUrl: 'https://gitlab.example.com/pkgs/hello',
    })
  })

  it('treats the job token and SRCGIT_GITLAB_TOKEN as secrets', async () => {
    await gitlabRunContext({ CI_JOB_TOKEN: 'glcbt-JOBTOKEN1234', SRCGIT_GITLAB_TOKEN: 'glpat-TOKEN5678' })
    expect(redact('job glcbt-JOBTOKEN1234, api glpat-TOKEN5678')).toBe('job ***, api ***')
  })

  it('reads a merge-request pipeline', async () => {
    const context = await gitlabRunContext({ CI_MERGE_REQUEST_IID: '42', CI_COMMIT_TAG: '' })
    expect(context.mergeRequestIid).toBe(42)
    expect(context.tag).toBeUndefined()
    expect((await gitlabRunContext({ CI_MERGE_REQUEST_IID: 'x' })).mergeRequestIid).toBeUndefined()
  })

  it('asks no server for release notes without a tag, and says what is missing outside GitLab', async () => {
    expect(await gitlabRunContext({ GITLAB_CI: 'true' }, { fetchReleaseNotes: true })).toEqual({
      tag: undefined,
      mergeRequestIid: undefined,
      projectUrl: undefined,
    })
    await expect(gitlabRunContext({ CI_COMMIT_TAG: 'v1.2' }, { fetchReleaseNotes: true })).rejects.toThrow(
      'cannot read the release notes of v1.2: CI_SERVER_URL (or CI_API_V4_URL) and CI_PROJECT_ID are not set; run inside a GitLab CI job, or pass the notes with --release-notes FILE',
    )
  })
})

describe('writeDotenvReport', () => {
  it('writes the run outputs as SRCGIT_* variables GitLab accepts', () => {
    const out = file()
    const outputs = runOutputs({
      version: '1.2',
      outcomes: [
        { branch: 'rawhide', operation: 'created', url: 'https://src.example.org/rpms/hello/pull-request/3' },
        { branch: 'f43', operation: 'skipped', reason: 'f43 has version 1.3, newer than 1.2' },
      ],
    })
    expect(writeDotenvReport(out, outputs)).toEqual([])
    const text = readFileSync(out, 'utf8')
    expect(text.split('\n').map((line) => line.split('=')[0])).toEqual([
      'SRCGIT_PULL_REQUESTS',
      'SRCGIT_VERSION',
      'SRCGIT_OPERATION',
      '',
    ])
    const vars = gitlabParses(text)
    expect(vars.SRCGIT_VERSION).toBe('1.2')
    expect(vars.SRCGIT_OPERATION).toBe('skipped')
    expect(JSON.parse(vars.SRCGIT_PULL_REQUESTS)).toEqual([
      {
        branch: 'rawhide',
        url: 'https://src.example.org/rpms/hello/pull-request/3',
        operation: 'created',
        reason: null,
      },
      { branch: 'f43', url: null, operation: 'skipped', reason: 'f43 has version 1.3, newer than 1.2' },
    ])
  })

  it('keeps every value on one line, `$` literal and secrets out', () => {
    registerSecret('glpat-SECRETSECRET')
    const out = file()
    writeDotenvReport(out, {
      operation: 'failed',
      reason: 'git said:\nremote: token glpat-SECRETSECRET refused\r\n$HOME is ${HOME}',
    })
    const text = readFileSync(out, 'utf8')
    expect(text.split('\n')).toHaveLength(3)
    expect(text).not.toContain('SECRETSECRET')
    expect(gitlabParses(text)).toEqual({
      SRCGIT_OPERATION: 'failed',
      SRCGIT_REASON: 'git said: remote: token *** refused $HOME is ${HOME}',
    })
  })

  it('empties the longest value rather than write a report GitLab rejects', () => {
    const out = file()
    const many = JSON.stringify(
      Array.from({ length: 40 }, (_, i) => ({
        branch: `f${i}`,
        operation: 'failed',
        reason: 'x'.repeat(120),
      })),
    )
    expect(writeDotenvReport(out, { 'pull-requests': many, version: '1.2', operation: 'failed' })).toEqual([
      'SRCGIT_PULL_REQUESTS',
    ])
    expect(statSync(out).size).toBeLessThan(DOTENV_MAX_BYTES)
    expect(gitlabParses(readFileSync(out, 'utf8'))).toEqual({
      SRCGIT_PULL_REQUESTS: '',
      SRCGIT_VERSION: '1.2',
      SRCGIT_OPERATION: 'failed',
    })
  })

  it('names outputs as the template documents them', () => {
    expect(['pull-requests', 'version', 'operation'].map(dotenvName)).toEqual([
      'SRCGIT_PULL_REQUESTS',
      'SRCGIT_VERSION',
      'SRCGIT_OPERATION',
    ])
  })
})
