/** `srcgit spec bump`: the changelog author as propose-downstream picks it, and a diff that names the spec's path. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { srcgit, withEnv } from '../../support/cli.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-bump-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const SPEC = `Name:           hello
Version:        1.0
Release:        1%{?dist}
Summary:        Hello
License:        MIT
Source0:        hello-%{version}.tar.gz

%description
Hello.

%changelog
* Mon Nov 02 2026 Jane Packager <jane@example.com> - 1.0-1
- Initial package
`

// A repository with its own identity, and no identity anywhere else.
const repo = path.join(tmp, 'hello')
mkdirSync(path.join(repo, '.distro'), { recursive: true })
writeFileSync(path.join(repo, '.distro/hello.spec'), SPEC)
const noIdentity = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(tmp, 'no-gitconfig'),
  GIT_AUTHOR_NAME: undefined,
  GIT_AUTHOR_EMAIL: undefined,
  GIT_COMMITTER_NAME: undefined,
  GIT_COMMITTER_EMAIL: undefined,
  RPM_PACKAGER: undefined,
  GITHUB_ACTIONS: undefined,
  GITLAB_CI: undefined,
}
execFileSync('git', ['init', '-q', repo])
execFileSync('git', ['-C', repo, 'config', 'user.name', 'Pat Packager'])
execFileSync('git', ['-C', repo, 'config', 'user.email', 'pat@example.org'])

const bump = (env: Record<string, string> = {}, ...extra: string[]) =>
  withEnv({ ...noIdentity, ...env }, () =>
    srcgit(
      ['spec', 'bump', 'hello/.distro/hello.spec', '--version', '1.1', '--date', '2026-11-05', ...extra],
      tmp,
    ),
  )

describe('srcgit spec bump', () => {
  it("takes the changelog author from the spec's git identity, as propose-downstream does", async () => {
    const run = await bump()
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('+* Thu Nov 05 2026 Pat Packager <pat@example.org> - 1.1-1\n')
  })

  it('prefers RPM_PACKAGER, as propose-downstream does, and --author over both', async () => {
    const packager = await bump({ RPM_PACKAGER: 'Rita Rpm <rita@example.net>' })
    expect(packager.stdout).toContain('+* Thu Nov 05 2026 Rita Rpm <rita@example.net> - 1.1-1\n')
    const explicit = await bump(
      { RPM_PACKAGER: 'Rita Rpm <rita@example.net>' },
      '--author',
      'Ann Author <ann@example.com>',
    )
    expect(explicit.stdout).toContain('+* Thu Nov 05 2026 Ann Author <ann@example.com> - 1.1-1\n')
  })

  it('names the spec by its path in the diff header, so the diff applies from the working directory', async () => {
    const run = await bump()
    expect(run.stdout).toContain('\n--- a/hello/.distro/hello.spec\n+++ b/hello/.distro/hello.spec\n')
    const patch = path.join(tmp, 'bump.patch')
    writeFileSync(patch, run.stdout)
    execFileSync('git', ['apply', '--check', patch], { cwd: tmp })
  })
})
