import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PROJECT_ROOT } from '../../support/corpus.js'
import { srcgit } from '../../support/cli.js'

const EXAMPLE_SPEC = path.join(PROJECT_ROOT, 'examples/hello/.distro/hello.spec')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'srcgit-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const cli = (...argv: string[]) => srcgit(argv, tmp)

describe('srcgit (dispatcher)', () => {
  it('prints usage and version', async () => {
    expect(await cli('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('config check [PATH]'),
    })
    expect((await cli('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    expect(await cli()).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: srcgit <command>') })
  })

  it('rejects unknown commands and subcommands with exit code 2', async () => {
    expect(await cli('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    })
    expect(await cli('config', 'nope')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown subcommand "nope"'),
    })
    expect(await cli('spec', 'nope')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown subcommand "nope"'),
    })
    expect((await cli('spec')).code).toBe(2)
    expect((await cli('spec', '--help')).code).toBe(0)
  })

  it('keeps the version in step with package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    expect((await cli('--version')).stdout.trim()).toBe(pkg.version)
  })
})

describe('srcgit spec show', () => {
  it('prints the values srcgit reads', async () => {
    const { code, stdout } = await cli('spec', 'show', EXAMPLE_SPEC)
    expect(code).toBe(0)
    expect(stdout).toContain('Name: hello')
    expect(stdout).toContain('Version: 1.0')
    expect(stdout).toContain('Release: 2   (written as 2%{?dist})')
    expect(stdout).toContain(
      'Source0: https://github.com/example/hello/archive/v1.0/hello-1.0.tar.gz   [line 7]',
    )
    expect(stdout).toContain('%prep line 17: %autosetup -p1')
  })

  it('marks what it cannot expand and honours --define', async () => {
    const file = path.join(tmp, 'shell.spec')
    writeFileSync(
      file,
      'Name: x\nVersion: %(cat VERSION)\nRelease: 1%{?dist}\n%if 0%{?fedora}\nSource0: f.tar.gz\n%endif\n',
    )
    const { stdout } = await cli('spec', 'show', file)
    expect(stdout).toContain('! cannot expand: %(cat VERSION): shell expansion %(...) is not run')
    expect(stdout).toContain('Source0: f.tar.gz   (inactive: in a false %if branch)')
    const withFedora = await cli('spec', 'show', file, '--define', 'fedora 42')
    expect(withFedora.stdout).not.toContain('inactive')
    expect(await cli('spec', 'show', file, '--define', 'novalue')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--define expects 'NAME VALUE'"),
    })
  })

  it('says when rpmspec is not there for --rpmspec', async () => {
    const saved = process.env.PATH
    process.env.PATH = tmp
    try {
      const { code, stderr } = await cli('spec', 'show', EXAMPLE_SPEC, '--rpmspec')
      expect(code).toBe(0)
      expect(stderr).toContain('rpmspec is not installed')
    } finally {
      process.env.PATH = saved
    }
  })

  it('fails clearly for a missing file or argument', async () => {
    expect(await cli('spec', 'show', 'nope.spec')).toMatchObject({
      code: 1,
      stderr: 'srcgit spec show: nope.spec: no such file\n',
    })
    expect(await cli('spec', 'show')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing SPEC'),
    })
    expect(await cli('spec', 'show', '--bogus')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown option --bogus'),
    })
    expect((await cli('spec', 'show', '--help')).stdout).toContain('Usage: srcgit spec show')
    // A directory for SPEC: the read error, not an internal error with a stack trace.
    expect(await cli('spec', 'show', '.')).toMatchObject({
      code: 1,
      stderr: 'srcgit spec show: EISDIR: illegal operation on a directory, read\n',
    })
  })
})

describe('srcgit spec bump', () => {
  it('prints the bump as a diff and writes it with --write', async () => {
    const file = path.join(tmp, 'hello.spec')
    copyFileSync(EXAMPLE_SPEC, file)
    const args = [
      'spec',
      'bump',
      file,
      '--version',
      '1.1-rc1',
      '--patch',
      '0001-Greet.patch',
      '--date',
      '2026-11-05',
      '--author',
      'A <a@example.com>',
    ]
    const shown = await cli(...args)
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain(
      '-Version:        1.0\n-Release:        2%{?dist}\n+Version:        1.1~rc1\n+Release:        1%{?dist}\n',
    )
    expect(shown.stdout).toContain('+Patch0001:      0001-Greet.patch\n')
    expect(shown.stdout).toContain(
      '+* Thu Nov 05 2026 A <a@example.com> - 1.1~rc1-1\n+- Update to version 1.1-rc1\n',
    )
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(EXAMPLE_SPEC, 'utf8'))
    const written = await cli(...args, '--write', '--digits', '1')
    expect(written.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toContain('Version:        1.1~rc1\nRelease:        1%{?dist}\n')
    expect(readFileSync(file, 'utf8')).toContain('\nPatch1:         0001-Greet.patch\n')
  })

  it('passes notes and warnings to stderr', async () => {
    const file = path.join(tmp, 'explicit.spec')
    writeFileSync(
      file,
      'Name: x\nVersion: 1\nRelease: 1\nPatch0: a.patch\n%prep\n%setup -q\n%patch -P0 -p1\n%changelog\n',
    )
    const { code, stderr } = await cli(
      'spec',
      'bump',
      file,
      '--version',
      '2',
      '--patch',
      'b.patch',
      '--changelog=- New upstream release',
    )
    expect(code).toBe(0)
    expect(stderr).toContain('note: Patch1 will not be applied')
  })

  it('reports spec errors with the file name and bad options with usage errors', async () => {
    const file = path.join(tmp, 'noversion.spec')
    writeFileSync(file, 'Name: x\n')
    expect(await cli('spec', 'bump', file, '--version', '2')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('noversion.spec'),
    })
    expect(await cli('spec', 'bump', file)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing --version'),
    })
    expect(await cli('spec', 'bump', file, '--version', '2', '--date', 'yesterday')).toMatchObject({
      code: 2,
    })
    expect(await cli('spec', 'bump', file, '--version', '2', '--digits', '-1')).toMatchObject({ code: 2 })
    expect((await cli('spec', 'bump', '--help')).stdout).toContain('Usage: srcgit spec bump')
  })
})
