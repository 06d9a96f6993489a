/**
 * gitlabRunContext's release notes through @gitbeaker/rest against a local GitLab API
 * (test/support/gitlab/api.ts): which request, which credential, and what each answer means.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { gitlabRunContext } from '../../src/runtime/gitlab.js'
import { clearSecrets } from '../../src/runtime/secrets.js'
import { startFakeGitLab, type FakeGitLab } from '../support/gitlab/api.js'

const JOB_TOKEN = 'glcbt-64_JOBTOKENJOBTOKENJOBTOKEN'
const ACCESS_TOKEN = 'glpat-ACCESSTOKENACCESSTOKEN'
const NOTES = '## What changed\r\n\r\n- faster\r\n- `hello --version`\r\n'

let gitlab: FakeGitLab
beforeAll(async () => {
  gitlab = await startFakeGitLab({
    projects: [
      {
        id: 17,
        path: 'pkgs/hello',
        releases: [
          { tag_name: 'v1.2', description: NOTES, name: 'hello 1.2' },
          { tag_name: 'release/2.0+rc1', description: 'slash and plus' },
          { tag_name: 'v1.3', description: null },
        ],
      },
      {
        id: 18,
        path: 'pkgs/secret',
        visibility: 'private',
        releases: [{ tag_name: 'v1', description: 'x' }],
      },
    ],
    jobTokens: [JOB_TOKEN],
    tokens: [ACCESS_TOKEN],
  })
})
afterAll(() => gitlab.stop())
afterEach(() => clearSecrets())

function ciEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    GITLAB_CI: 'true',
    CI_SERVER_URL: gitlab.url,
    CI_API_V4_URL: gitlab.apiUrl,
    CI_PROJECT_ID: '17',
    CI_PROJECT_PATH: 'pkgs/hello',
    CI_PROJECT_URL: `${gitlab.url}/pkgs/hello`,
    CI_JOB_TOKEN: JOB_TOKEN,
    ...extra,
  }
}

async function notes(env: Record<string, string | undefined>, tag?: string) {
  const from = gitlab.log.length
  const context = await gitlabRunContext(env, { fetchReleaseNotes: true, tag })
  return { context, requests: gitlab.log.slice(from) }
}

async function failure(env: Record<string, string | undefined>): Promise<string> {
  try {
    await gitlabRunContext(env, { fetchReleaseNotes: true })
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected gitlabRunContext to fail')
}

describe('release notes from the GitLab Releases API', () => {
  it("reads the tag's release with the job token, with LF line ends", async () => {
    const { context, requests } = await notes(ciEnv({ CI_COMMIT_TAG: 'v1.2' }))
    expect(context).toEqual({
      tag: 'v1.2',
      mergeRequestIid: undefined,
      projectUrl: `${gitlab.url}/pkgs/hello`,
      releaseNotes: '## What changed\n\n- faster\n- `hello --version`\n',
    })
    expect(requests).toEqual([
      { method: 'GET', path: '/api/v4/projects/17/releases/v1.2', auth: 'job-token' },
    ])
  })

  it('prefers SRCGIT_GITLAB_TOKEN, and encodes the project path and the tag', async () => {
    const { context, requests } = await notes(
      ciEnv({ CI_PROJECT_ID: '', SRCGIT_GITLAB_TOKEN: ACCESS_TOKEN }),
      'release/2.0+rc1',
    )
    expect(context.releaseNotes).toBe('slash and plus')
    expect(context.tag).toBeUndefined()
    expect(requests).toEqual([
      {
        method: 'GET',
        path: '/api/v4/projects/pkgs%2Fhello/releases/release%2F2.0%2Brc1',
        auth: 'private-token',
      },
    ])
  })

  it('takes the API root from CI_API_V4_URL over CI_SERVER_URL', async () => {
    const { context } = await notes(ciEnv({ CI_COMMIT_TAG: 'v1.2', CI_SERVER_URL: 'http://127.0.0.1:9' }))
    expect(context.releaseNotes).toContain('## What changed')
  })

  it('has no notes for a tag without a release, or a release without a description', async () => {
    expect((await notes(ciEnv({ CI_COMMIT_TAG: 'v9.9' }))).context.releaseNotes).toBeUndefined()
    expect((await notes(ciEnv({ CI_COMMIT_TAG: 'v1.3' }))).context.releaseNotes).toBeUndefined()
  })

  it('retries a 502 as @gitbeaker does', async () => {
    gitlab.fail(502, 2)
    const { context, requests } = await notes(ciEnv({ CI_COMMIT_TAG: 'v1.2' }))
    expect(context.releaseNotes).toContain('faster')
    expect(requests).toHaveLength(3)
  })

  it('explains a project the job token cannot see', async () => {
    const message = await failure(ciEnv({ CI_COMMIT_TAG: 'v1', CI_PROJECT_ID: '18', CI_JOB_TOKEN: '' }))
    expect(message).toBe(
      `cannot read the release notes of v1 from ${gitlab.apiUrl}/projects/18/releases/v1: GitLab answered "404 Project Not Found": ` +
        'the project is not readable with this token; set the masked CI/CD variable SRCGIT_GITLAB_TOKEN to a project access ' +
        "token with the read_api scope, or allow this project's CI/CD job token to read it (Settings > CI/CD > Job token permissions)",
    )
  })

  it('explains a refused token without showing it', async () => {
    const wrong = 'glpat-WRONGWRONGWRONG'
    const message = await failure(ciEnv({ CI_COMMIT_TAG: 'v1.2', SRCGIT_GITLAB_TOKEN: wrong }))
    expect(message).toContain('the token was refused (401 Unauthorized); check SRCGIT_GITLAB_TOKEN')
    expect(message).not.toContain(wrong)
  })

  it('explains a server error and an unreachable server', async () => {
    gitlab.fail(500)
    expect(await failure(ciEnv({ CI_COMMIT_TAG: 'v1.2' }))).toContain(
      'GitLab answered 500 (500 Internal Server Error); try again later',
    )
    const closed = await startFakeGitLab({ projects: [] })
    await closed.stop()
    const message = await failure(ciEnv({ CI_COMMIT_TAG: 'v1.2', CI_API_V4_URL: closed.apiUrl }))
    expect(message).toBe(
      `cannot read the release notes of v1.2 from ${closed.apiUrl}/projects/17/releases/v1.2: ` +
        'GitLab did not answer (ECONNREFUSED); check CI_SERVER_URL and the network',
    )
  })
})
