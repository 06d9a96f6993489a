/**
 * How srcgit's commands are invoked, on real repositories: exit code 2 for every command-line
 * error (options, their values, SRCGIT_* variables), 1 for input errors (a tag the repository
 * lacks), SRCGIT_<OPTION> for every option, did-you-mean for a misspelt one, and a local
 * dist-git instance (file:// or a directory) for trials without a forge.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildReleaseFixture } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv } from '../support/cli.js'

Object.assign(process.env, gitEnv())

const { sourceGit, distGit } = buildReleaseFixture()
const propose = (...argv: string[]) =>
  srcgit(['propose-downstream', '--dry-run', sourceGit.dir, '--dist-git', distGit.dir, ...argv])

describe('exit codes', () => {
  it.each([
    [['--tag', 'v1.1', '--version', '1.1'], 'give --tag or --version, not both'],
    [
      ['--tag', 'v1.1', '--author', 'Pat'],
      `--author is "Pat", not an identity; write it as 'Full Name <email@example.com>'`,
    ],
    [['--tag', 'v1.1', '--date', '2026-13-01'], '--date expects a day as YYYY-MM-DD, not "2026-13-01"'],
    [['--tag', 'v1.1', '--date', '2026-02-30'], '--date expects a day as YYYY-MM-DD, not "2026-02-30"'],
    [['--tag'], '--tag needs a value'],
    [['--branch', 'main'], 'which release? give --tag TAG or --version VERSION'],
  ])('2 for a wrong command line: %j', async (argv, message) => {
    const run = await propose(...argv)
    expect(run.stderr).toContain(`srcgit propose-downstream: ${message}\n`)
    expect(run.code).toBe(2)
  })

  it('2 for --tag on the command line and SRCGIT_VERSION beside SRCGIT_TAG; the command line wins over one variable', async () => {
    const both = await withEnv({ SRCGIT_TAG: 'v1.1', SRCGIT_VERSION: '1.1' }, () =>
      propose('--branch', 'main'),
    )
    expect(both.stderr).toContain('give --tag or --version, not both (from SRCGIT_TAG and SRCGIT_VERSION)')
    expect(both.code).toBe(2)
    const wins = await withEnv({ SRCGIT_VERSION: '9.9' }, () => propose('--tag', 'v1.1', '--branch', 'main'))
    expect(wins.stdout).toContain('Release v1.1 (version 1.1)')
    expect(wins.code).toBe(0)
  })

  it('2 for an empty token variable, 1 for a tag the repository lacks', async () => {
    const token = await withEnv({ SRCGIT_PAGURE_TOKEN: ' ' }, () =>
      srcgit(['propose-downstream', sourceGit.dir, '--tag', 'v1.1', '--branch', 'main']),
    )
    expect(token.stderr).toContain('SRCGIT_DIST_GIT_TOKEN is empty')
    expect(token.code).toBe(2)
    const tag = await propose('--tag', 'v7.7', '--branch', 'main')
    expect(tag.stderr).toContain('tag "v7.7" is not in')
    expect(tag.code).toBe(1)
  })

  it('2 for --author Pat in update-dist-git and spec bump too', async () => {
    const update = await srcgit(['update-dist-git', sourceGit.dir, distGit.dir, '--author', 'Pat'])
    expect(update).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--author is "Pat", not an identity'),
    })
    const bump = await srcgit([
      'spec',
      'bump',
      path.join(sourceGit.dir, '.distro/hello.spec'),
      '--version',
      '2',
      '--author',
      'Pat',
    ])
    expect(bump).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--author is "Pat", not an identity'),
    })
  })
})

describe('options', () => {
  it('an unknown option names the closest one, not node:util text', async () => {
    for (const [command, typo, meant] of [
      ['propose-downstream', '--dry-runn', '--dry-run'],
      ['sync-from-downstream', '--branches', '--branch'],
      ['update-dist-git', '--forse', '--force'],
      ['update-source-git', '--dryrun', '--dry-run'],
    ]) {
      const run = await srcgit([command, typo])
      expect(run.stderr).toContain(`srcgit ${command}: unknown option ${typo}; did you mean ${meant}?`)
      expect(run.stderr).not.toContain('positional')
      expect(run.code).toBe(2)
    }
    const spec = await srcgit(['spec', 'bump', 'x.spec', '--verison', '2'])
    expect(spec).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown option --verison; did you mean --version?'),
    })
  })

  it('--branch reads SRCGIT_BRANCH; SRCGIT_DIST_GIT_BRANCHES still works, with a deprecation warning', async () => {
    const branch = await withEnv({ SRCGIT_BRANCH: 'f43' }, () => propose('--tag', 'v1.1'))
    expect(branch.stdout).toContain('\nf43: would create (local commit only)\n')
    expect(branch.stderr).not.toContain('deprecated')
    const old = await withEnv({ SRCGIT_DIST_GIT_BRANCHES: 'f43' }, () => propose('--tag', 'v1.1'))
    expect(old.stdout).toContain('\nf43: ')
    expect(old.stderr).toContain('warning: SRCGIT_DIST_GIT_BRANCHES is deprecated: set SRCGIT_BRANCH instead')
  })

  it('--help lists the variable of every option, generated from the option table', async () => {
    const help = (await srcgit(['propose-downstream', '--help'])).stdout
    for (const [variable, option] of [
      ['SRCGIT_BRANCH', '--branch'],
      ['SRCGIT_DRY_RUN', '--dry-run'],
      ['SRCGIT_DIST_GIT_URL', '--dist-git-url'],
      ['SRCGIT_WAIT_FOR_CHECKS', '--wait-for-checks'],
    ])
      expect(help).toMatch(new RegExp(`^  ${variable} +${option}\\b`, 'm'))
    expect(help).toContain('SRCGIT_DIST_GIT_BRANCHES still read, deprecated')
    expect((await srcgit(['sync-from-downstream', '--help'])).stdout).toMatch(/^ {2}SRCGIT_BASE +--base$/m)
  })
})

describe('--dist-git-url for a local trial', () => {
  // A local instance laid out as Pagure serves it: <dir>/rpms/hello.git (bare).
  const instance = mkdtempSync(path.join(os.tmpdir(), 'srcgit-instance-'))
  mkdirSync(path.join(instance, 'rpms'))
  execFileSync('git', ['clone', '-q', '--bare', distGit.dir, path.join(instance, 'rpms/hello.git')])

  it.each([
    ['a file:// URL', `file://${instance}`],
    ['a directory', instance],
  ])('clones dist-git from %s', async (_, url) => {
    const run = await srcgit([
      'propose-downstream',
      '--dry-run',
      sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'main',
      '--dist-git-url',
      url,
    ])
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('\nmain: would create (local commit only)\n')
    expect(run.code).toBe(0)
  })

  it('says what it takes when it is neither a URL nor a directory, and refuses a local one with a token', async () => {
    const missing = await srcgit([
      'propose-downstream',
      '--dry-run',
      sourceGit.dir,
      '--tag',
      'v1.1',
      '--dist-git-url',
      'src.stg.example',
    ])
    expect(missing.stderr).toContain(
      '--dist-git-url is "src.stg.example": neither an http(s) URL nor a directory',
    )
    expect(missing.code).toBe(2)
    const token = await withEnv({ SRCGIT_PAGURE_TOKEN: 'T'.repeat(40) }, () =>
      srcgit(['propose-downstream', '--dry-run', sourceGit.dir, '--tag', 'v1.1', '--dist-git-url', instance]),
    )
    expect(token.stderr).toContain(`the dist-git instance file://${instance} is local: it has no forge API`)
    expect(token.code).toBe(2)
  })
})

describe('a local run, as README describes it', () => {
  it('goes on past a failing branch, and leaves a clean dist-git tree for the next command', async () => {
    const fresh = buildReleaseFixture()
    const run = await srcgit([
      'propose-downstream',
      '--dry-run',
      fresh.sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'f99',
      '--branch',
      'main',
      '--dist-git',
      fresh.distGit.dir,
    ])
    expect(run.stdout).toMatch(/^f99: failed \(.+\)$/m)
    expect(run.stdout).toContain('\nmain: would create (local commit only)\n')
    expect(run.code).toBe(1)
    expect(fresh.distGit.git('status', '--porcelain')).toBe('')
    const archive = /^archive: (.+)$/m.exec(run.stdout)![1]
    expect(archive).toBe(path.join(fresh.distGit.dir, '.git/srcgit/archives/hello-1.1.tar.gz'))
    const update = await srcgit([
      'update-dist-git',
      fresh.sourceGit.dir,
      fresh.distGit.dir,
      '-m',
      'Sync from source-git',
    ])
    expect(update.stderr).not.toContain('uncommitted')
    expect(update.code).toBe(0)
  })
})
