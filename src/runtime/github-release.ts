/**
 * The body of the GitHub release for a tag (for copy_upstream_release_description when the
 * run was triggered by a tag push or by hand, and the event carries no release). Uses
 * GITHUB_API_URL, so GitHub Enterprise Server works the same.
 */
import { HttpClient } from '../http/client.js'
import { registerSecret } from './secrets.js'

export async function githubReleaseNotes(
  tag: string,
  env: NodeJS.ProcessEnv,
  token: string | undefined,
  http: HttpClient = new HttpClient(),
): Promise<string | undefined> {
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY
  if (!repository) return undefined
  registerSecret(token)
  const url = `${api}/repos/${repository}/releases/tags/${encodeURIComponent(tag)}`
  const response = await http.request({
    method: 'GET',
    url,
    headers: {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    expectStatus: [200, 404],
  })
  if (response.status === 404) return undefined
  if (response.status !== 200)
    throw new Error(
      `could not read the GitHub release for ${tag} (GET ${url} answered ${response.status}); ` +
        'the release notes are needed for copy_upstream_release_description: check the github-token input',
    )
  let release: { body?: string | null }
  try {
    release = JSON.parse(response.text) as { body?: string | null }
  } catch {
    throw new Error(
      `could not read the GitHub release for ${tag}: GET ${url} answered 200 with a body that is not JSON (check GITHUB_API_URL)`,
    )
  }
  return release.body ?? undefined
}
