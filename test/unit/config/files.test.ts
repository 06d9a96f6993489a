/**
 * Config file discovery, precedence and loading from disk (in temporary directories).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  CONFIG_FILE_NAMES,
  chooseConfigFile,
  ConfigError,
  listSpecFiles,
  loadConfig,
  repoDirForConfigFile,
} from '../../../src/config/index.js'
import { remoteRepoName, repoNameFromUrl } from '../../../src/config/files.js'
import { TestRepo } from '../../support/git-repo.js'
import { lines } from './helpers.js'

let repo: string

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'srcgit-config-'))
})

afterEach(() => {
  fs.rmSync(repo, { recursive: true, force: true })
})

function write(relative: string, content = ''): string {
  const file = path.join(repo, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
  return file
}

describe('chooseConfigFile', () => {
  it('searches the names in this order of precedence', () => {
    expect(CONFIG_FILE_NAMES).toEqual([
      '.distro/source-git.yaml',
      '.packit.yaml',
      'packit.yaml',
      '.packit.yml',
      'packit.yml',
    ])
  })

  const precedenceCases: Array<[string, string[]]> = CONFIG_FILE_NAMES.map((name, index) => [
    name,
    CONFIG_FILE_NAMES.slice(index + 1),
  ])

  it.each(precedenceCases)('uses %s over the names after it and warns about all found', (winner, losers) => {
    write(winner)
    for (const loser of losers) write(loser)
    const choice = chooseConfigFile(repo)
    expect(choice.path).toBe(path.join(repo, winner))
    expect(choice.displayPath).toBe(winner)
    if (losers.length === 0) {
      expect(choice.diagnostics).toEqual([])
      return
    }
    expect(choice.diagnostics).toHaveLength(1)
    expect(choice.diagnostics[0]).toMatchObject({
      severity: 'warning',
      code: 'multiple-configs',
      file: winner,
    })
    expect(choice.diagnostics[0].message).toBe(
      `found several configuration files (${[winner, ...losers].join(', ')}); using ${winner}`,
    )
  })

  it('explains how to fix a repository without configuration', () => {
    const choice = chooseConfigFile(repo)
    expect(choice.path).toBeUndefined()
    expect(choice.diagnostics).toHaveLength(1)
    const [error] = choice.diagnostics
    expect(error).toMatchObject({ severity: 'error', code: 'config-not-found', file: repo })
    expect(error.line).toBeUndefined()
    for (const name of CONFIG_FILE_NAMES) expect(error.message).toContain(name)
    expect(error.suggestion).toContain('add .distro/source-git.yaml')
    expect(error.suggestion).toContain('--config')
  })

  it('uses an explicit file instead of searching, relative to the repository', () => {
    write('.packit.yaml')
    write('ci/packit-stg.yaml')
    expect(chooseConfigFile(repo, 'ci/packit-stg.yaml')).toEqual({
      path: path.join(repo, 'ci/packit-stg.yaml'),
      displayPath: 'ci/packit-stg.yaml',
      diagnostics: [],
    })
  })

  it('shows an explicit file outside the repository by its absolute path', () => {
    const outside = path.join(os.tmpdir(), `srcgit-outside-${process.pid}.yaml`)
    fs.writeFileSync(outside, '')
    try {
      expect(chooseConfigFile(repo, outside).displayPath).toBe(outside)
    } finally {
      fs.rmSync(outside)
    }
  })

  it('reports a missing explicit file', () => {
    const choice = chooseConfigFile(repo, 'nope.yaml')
    expect(choice.path).toBeUndefined()
    expect(choice.diagnostics[0]).toMatchObject({ code: 'config-not-found', file: 'nope.yaml' })
    expect(choice.diagnostics[0].message).toBe('config file nope.yaml does not exist')
    fs.mkdirSync(path.join(repo, 'dir.yaml'))
    expect(chooseConfigFile(repo, 'dir.yaml').path).toBeUndefined()
  })
})

describe('loadConfig', () => {
  it('loads the source-git config and names the repository after its directory', async () => {
    const named = path.join(repo, 'dracut')
    fs.mkdirSync(path.join(named, '.distro'), { recursive: true })
    fs.writeFileSync(path.join(named, '.distro/source-git.yaml'), lines('upstream_ref: v1', 'jobs: []'))
    const config = await loadConfig(named)
    expect(config.file).toBe('.distro/source-git.yaml')
    expect(config.packages.dracut).toMatchObject({
      downstream_package_name: 'dracut',
      upstream_package_name: 'dracut',
      upstream_ref: 'v1',
      config_file_path: '.distro/source-git.yaml',
    })
    expect(config.warnings).toEqual([])
  })

  it('returns the multiple-files warning with the others', async () => {
    write('.distro/source-git.yaml', lines('downstream_package_name: demo', 'create_pr: "yes"'))
    write('.packit.yaml', lines('this would be: invalid'))
    const config = await loadConfig(repo)
    expect(config.warnings.map((d) => d.code)).toEqual(['multiple-configs', 'coerced-value'])
  })

  it('names the repository after its remote origin, as Packit does, not after the directory', async () => {
    const checkout = TestRepo.init('srcgit-work-copy-')
    try {
      checkout.git('remote', 'add', 'upstream', 'https://github.com/someone/fork-of-podman.git')
      checkout.git('remote', 'add', 'origin', 'https://github.com/containers/podman.git')
      checkout.write('.packit.yaml', lines('packages:', '  podman-fedora: {}', 'jobs: []'))
      const config = await loadConfig(checkout.dir)
      expect(config.repo_name).toBe('podman')
      expect(config.packages['podman-fedora']).toMatchObject({
        downstream_package_name: 'podman',
        upstream_package_name: 'podman',
      })
    } finally {
      fs.rmSync(checkout.dir, { recursive: true, force: true })
    }
  })

  it('takes the first remote when there is no origin, and the directory name without any', async () => {
    const checkout = TestRepo.init('srcgit-work-copy-')
    try {
      expect(await remoteRepoName(checkout.dir)).toBeUndefined()
      checkout.git('remote', 'add', 'fedora', 'git@github.com:sssd/sssd.git')
      expect(await remoteRepoName(checkout.dir)).toBe('sssd')
      // A directory inside a checkout is not that repository: its remote does not name it.
      fs.mkdirSync(path.join(checkout.dir, 'sub'))
      expect(await remoteRepoName(path.join(checkout.dir, 'sub'))).toBeUndefined()
      expect(await remoteRepoName(repo)).toBeUndefined()
    } finally {
      fs.rmSync(checkout.dir, { recursive: true, force: true })
    }
  })

  it('reads the repository name out of any kind of git URL', () => {
    expect(repoNameFromUrl('https://github.com/containers/podman.git')).toBe('podman')
    expect(repoNameFromUrl('https://github.com/containers/podman/')).toBe('podman')
    expect(repoNameFromUrl('https://gitlab.com/group/sub/project')).toBe('project')
    expect(repoNameFromUrl('git@github.com:rhinstaller/anaconda.git')).toBe('anaconda')
    expect(repoNameFromUrl('ssh://git@pagure.io:2222/sssd.git')).toBe('sssd')
    expect(repoNameFromUrl('/srv/git/hello.git')).toBe('hello')
    expect(repoNameFromUrl('https://x-access-token@github.com/o/r.git?ref=1')).toBe('r')
    expect(repoNameFromUrl('https://github.com/')).toBe('github.com')
    expect(repoNameFromUrl('')).toBeUndefined()
  })

  it('takes the repository name from the options', async () => {
    write('.packit.yaml')
    const config = await loadConfig(repo, { repoName: 'ogr' })
    expect(Object.keys(config.packages)).toEqual(['ogr'])
  })

  it('uses an explicit config file', async () => {
    write('.packit.yaml', lines('downstream_package_name: a'))
    write('other.yaml', lines('downstream_package_name: b'))
    const config = await loadConfig(repo, { configFile: 'other.yaml' })
    expect(Object.keys(config.packages)).toEqual(['b'])
    expect(config.file).toBe('other.yaml')
  })

  it('finds the spec file with the deprecated search', async () => {
    write('.packit.yaml', lines('upstream_package_name: demo'))
    write('packaging/fedora/demo.spec')
    write('tests/data/test.spec')
    const config = await loadConfig(repo, { repoName: 'demo' })
    expect(config.packages.demo.specfile_path).toBe('packaging/fedora/demo.spec')
    expect(config.warnings.map((d) => d.code)).toEqual(['spec-search'])
  })

  it('throws a ConfigError listing every problem with source lines and a summary', async () => {
    write(
      '.packit.yaml',
      lines(
        'downstream_package_name: demo',
        'sync_changelog: "maybe"',
        'jobs:',
        '  - job: test',
        '    trigger: pull_request',
      ),
    )
    const error = await loadConfig(repo).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigError)
    const configError = error as ConfigError
    expect(configError.diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([
      [2, 17, 'wrong-type'],
      [4, 10, 'unknown-job'],
    ])
    expect(configError.file).toBe('.packit.yaml')
    expect(configError.message).toBe(
      [
        '.packit.yaml:2:17: error: sync_changelog: expected a boolean (true or false), got the string "maybe"',
        '    2 | sync_changelog: "maybe"',
        '      |                 ^',
        '.packit.yaml:4:10: error: jobs[0].job: unknown job type "test"; did you mean "tests"?',
        '    4 |   - job: test',
        '      |          ^',
        '2 errors in .packit.yaml',
      ].join('\n'),
    )
  })

  it('throws a ConfigError when no configuration exists', async () => {
    await expect(loadConfig(repo)).rejects.toThrow(
      /no configuration file found in .*; looked for \.distro\/source-git\.yaml/,
    )
  })

  it('throws a ConfigError for YAML syntax errors, keeping the multiple-files warning', async () => {
    write('.packit.yaml', lines('jobs: [', 'a: b'))
    write('packit.yml')
    const error = (await loadConfig(repo).catch((caught: unknown) => caught)) as ConfigError
    expect(error.diagnostics.map((d) => d.code)).toEqual(['multiple-configs', 'yaml-syntax'])
    expect(error.message).toMatch(/1 error and 1 warning in \.packit\.yaml$/)
  })
})

describe('listSpecFiles', () => {
  it('lists top-level spec files first, then nested ones, skipping .git and node_modules', () => {
    write('b.spec')
    write('a.spec')
    write('fedora/z.spec')
    write('.distro/pkg.spec')
    write('.git/x.spec')
    write('node_modules/m/m.spec')
    write('README.spec.md')
    expect(listSpecFiles(repo)).toEqual(['a.spec', 'b.spec', '.distro/pkg.spec', 'fedora/z.spec'])
  })

  it('returns nothing for a missing directory', () => {
    expect(listSpecFiles(path.join(repo, 'missing'))).toEqual([])
  })
})

describe('repoDirForConfigFile', () => {
  it('is the parent of .distro for a source-git config, else the file directory', () => {
    expect(repoDirForConfigFile('/src/dracut/.distro/source-git.yaml')).toBe('/src/dracut')
    expect(repoDirForConfigFile('/src/packit/.packit.yaml')).toBe('/src/packit')
  })
})

describe('configuration bombs', () => {
  it('refuses a 620-byte alias bomb quickly with the file and line of the alias', async () => {
    const rows = ['a: &a [x,x,x,x,x,x,x,x,x]']
    const names = 'abcdefghi'
    for (let i = 1; i < names.length; i++)
      rows.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${names[i - 1]}`)
          .join(',')}]`,
      )
    write('.packit.yaml', lines(...rows))
    const started = Date.now()
    const error = (await loadConfig(repo).catch((caught: unknown) => caught)) as ConfigError
    expect(Date.now() - started).toBeLessThan(3000)
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message.split('\n')[0]).toBe(
      '.packit.yaml:6:8: error: alias "*e" expands to more than 100000 values (aliases inside anchored nodes multiply); ' +
        'write the values out, or use anchors that do not contain other aliases',
    )
  })
})
