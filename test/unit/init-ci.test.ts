/** The workflows `srcgit init --ci` writes are the ones README recommends. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ciSetup, GITHUB_WORKFLOW, gitlabInclude } from '../../src/init/ci.js'
import { PROJECT_ROOT } from '../support/corpus.js'

const README = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')

/** The first ```yaml block after `heading`. */
function yamlBlockAfter(heading: string): string {
  const from = README.indexOf(heading)
  expect(from).toBeGreaterThanOrEqual(0)
  const start = README.indexOf('```yaml\n', from) + '```yaml\n'.length
  return README.slice(start, README.indexOf('```', start))
}

describe('srcgit init --ci', () => {
  it("writes README's GitHub workflow, with the secrets to add in comments, and ignores .github/", () => {
    expect(GITHUB_WORKFLOW).toBe(yamlBlockAfter('## GitHub Action'))
    const setup = ciSetup('github', 'rawhide')
    expect(setup.ignorePaths).toEqual(['.github'])
    expect(setup.files).toHaveLength(1)
    expect(setup.files[0].path).toBe('.github/workflows/srcgit.yml')
    const content = setup.files[0].content
    expect(content.endsWith(GITHUB_WORKFLOW)).toBe(true)
    for (const secret of ['DIST_GIT_TOKEN', 'FEDORA_SSH_KEY', 'FEDORA_KEYTAB'])
      expect(content).toMatch(new RegExp(`^#\\s+${secret}\\s`, 'm'))
    const workflow = parse(content) as { permissions: Record<string, string> }
    expect(workflow.permissions).toEqual({ contents: 'read', statuses: 'write' })
  })

  it("writes README's GitLab include for the branch, with the CI/CD variables in comments, and ignores .gitlab-ci.yml", () => {
    const readme = yamlBlockAfter('## GitLab CI')
    expect(gitlabInclude('rawhide f43')).toBe(readme)
    const setup = ciSetup('gitlab', 'f43')
    expect(setup.ignorePaths).toEqual(['.gitlab-ci.yml'])
    expect(setup.files[0].path).toBe('.gitlab-ci.yml')
    expect(parse(setup.files[0].content)).toEqual({
      include: [
        {
          remote:
            'https://raw.githubusercontent.com/srcgit/propose-downstream/v1/gitlab-ci-template/srcgit.yml',
          inputs: { 'dist-git-branches': 'f43' },
        },
      ],
    })
    for (const variable of ['SRCGIT_DIST_GIT_TOKEN', 'SRCGIT_SSH_PRIVATE_KEY', 'SRCGIT_KEYTAB'])
      expect(setup.files[0].content).toMatch(new RegExp(`^#\\s+${variable}\\s`, 'm'))
  })
})
