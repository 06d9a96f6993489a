/** rpmautospec's %autorelease number counted on real git histories (autorelease.ts, nvr.ts headNvr). */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Git } from '../../../src/git/git.js'
import { autoreleaseNumber, bumpRelease } from '../../../src/dist-git/autorelease.js'
import { headNvr, specEpochVersion } from '../../../src/dist-git/nvr.js'
import { gitEnv, TestRepo } from '../../support/git-repo.js'

const spec = (version: string, release = '%autorelease', extra = '') =>
  `${extra}Name: hello\nVersion: ${version}\nRelease: ${release}\nSummary: s\nLicense: MIT\n%description\nd\n%prep\n%changelog\n%autochangelog\n`

const count = async (dir: string, branch = 'rawhide') =>
  autoreleaseNumber({
    git: new Git(dir),
    rev: 'HEAD',
    specFile: 'hello.spec',
    epochVersion: (specText) => specEpochVersion({ specText, branch }),
  })

const nvr = (dir: string, branch = 'rawhide') =>
  headNvr({ git: new Git(dir), rev: 'HEAD', specFile: 'hello.spec', branch })

describe('%autorelease from the dist-git history', () => {
  it('counts every commit since the Version changed, spec change or not', async () => {
    const repo = TestRepo.init()
    repo.write('hello.spec', spec('1.0')).commit('Initial import')
    repo.write('sources', 'x').commit('Add sources')
    repo.write('hello.spec', spec('1.0', '%autorelease', '# rebuilt\n')).commit('Rebuild')
    expect((await count(repo.dir)).releaseNumber).toBe(3)
    expect((await nvr(repo.dir)).nvr).toBe('hello-1.0-3.fc44')
    repo.write('hello.spec', spec('1.1')).commit('Update to 1.1')
    expect((await nvr(repo.dir, 'f43')).nvr).toBe('hello-1.1-1.fc43')
    repo.write('README', 'r').commit('Readme')
    const result = await count(repo.dir)
    expect(result).toMatchObject({ releaseNumber: 2, epochVersion: '1.1' })
    // Only back to the first commit of the previous version: 2 of 1.1, one of 1.0.
    expect(result.evaluated).toBe(3)
  })

  it('applies -b, -p, -e and -s as the header rpmautospec writes', async () => {
    const repo = TestRepo.init()
    repo.write('hello.spec', spec('2.0', '%autorelease -b 5')).commit('Import')
    repo.commit('Rebuild')
    expect((await nvr(repo.dir)).release).toBe('6.fc44')
    repo.write('hello.spec', spec('2.0', '%autorelease -p -e rc1')).commit('Pre-release marker')
    expect((await nvr(repo.dir)).release).toBe('0.3.rc1.fc44')
  })

  it('resets on an Epoch or on a Version built from a macro changed elsewhere, not on a Release change', async () => {
    const repo = TestRepo.init()
    const withMacro = (ver: string, release = '%autorelease') =>
      spec('%{upver}', release, `%global upver ${ver}\n`)
    repo.write('hello.spec', withMacro('3.0')).commit('Import')
    repo.write('hello.spec', withMacro('3.0', '%autorelease -b 1')).commit('Release written differently')
    expect((await count(repo.dir)).releaseNumber).toBe(2)
    repo.write('hello.spec', withMacro('3.1')).commit('Update')
    expect((await count(repo.dir)).releaseNumber).toBe(1)
    repo.write('hello.spec', `Epoch: 1\n${withMacro('3.1')}`).commit('Epoch')
    expect(await count(repo.dir)).toMatchObject({ releaseNumber: 1, epochVersion: '1:3.1' })
  })

  it('takes the highest parent of a merge, plus one', async () => {
    const repo = TestRepo.init()
    repo.write('hello.spec', spec('1.0')).commit('Import')
    repo.git('checkout', '-q', '-b', 'side')
    repo.write('a', '1').commit('side 1')
    repo.write('a', '2').commit('side 2')
    repo.write('a', '3').commit('side 3')
    repo.git('checkout', '-q', 'main')
    repo.write('b', '1').commit('main 1')
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', 'Merge side', 'side'], {
      cwd: repo.dir,
      env: gitEnv(),
    })
    // side: 1 + 3 = 4; main: 2; the merge: max(4, 2) + 1.
    expect((await count(repo.dir)).releaseNumber).toBe(5)
  })

  it('a merge whose other parent has another version counts only the same-version parent', async () => {
    const repo = TestRepo.init()
    repo.write('hello.spec', spec('1.0')).commit('Import')
    repo.git('checkout', '-q', '-b', 'side')
    repo.write('a', '1').commit('side 1')
    repo.write('a', '2').commit('side 2')
    repo.git('checkout', '-q', 'main')
    repo.write('hello.spec', spec('1.1')).commit('Update')
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', 'Merge side', 'side'], {
      cwd: repo.dir,
      env: gitEnv(),
    })
    expect((await count(repo.dir)).releaseNumber).toBe(2)
  })

  it('follows [bump release: N] and ignores [skip changelog]', async () => {
    expect(bumpRelease('Fix\n\n[bump release: 10]')).toBe(10)
    expect(bumpRelease('[skip changelog, bump release 4]')).toBe(4)
    expect(bumpRelease('bump release: 4')).toBe(0)
    expect(bumpRelease('Windows line\r\n[bump release: 6]\r\n')).toBe(6)
    const repo = TestRepo.init()
    repo.write('hello.spec', spec('1.0')).commit('Import')
    repo.commit('Jump\n\n[bump release: 10]')
    repo.commit('Quiet\n\n[skip changelog]')
    expect((await count(repo.dir)).releaseNumber).toBe(11)
  })

  it('does not count commits before the spec existed', async () => {
    const repo = TestRepo.init()
    repo.write('README', 'r').commit('Empty repo')
    repo.write('hello.spec', spec('1.0')).commit('Import')
    expect((await count(repo.dir)).releaseNumber).toBe(1)
  })

  it('papers over a commit without the spec (retired, then unretired), as pkg_history.py does', async () => {
    const repo = TestRepo.init()
    repo.write('hello.spec', spec('1.0')).commit('Import')
    repo.git('rm', '-q', 'hello.spec')
    repo.write('dead.package', 'retired').commit('Retire')
    repo.git('rm', '-q', 'dead.package')
    repo.write('hello.spec', spec('1.0')).commit('Unretire')
    // Import 1, Retire 1 (no spec: no count), Unretire 2.
    expect((await count(repo.dir)).releaseNumber).toBe(2)
  })

  it('refuses a shallow history the number depends on, and counts one it does not', async () => {
    const origin = TestRepo.init()
    origin.write('hello.spec', spec('1.0')).commit('Import')
    origin.commit('Rebuild')
    origin.commit('Rebuild again')
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-shallow-')), 'c')
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${origin.dir}`, dir], { env: gitEnv() })
    await expect(count(dir)).rejects.toThrow(/shallow at [0-9a-f]{12}.*git fetch --unshallow/)
    origin.write('hello.spec', spec('1.1')).commit('Update')
    origin.commit('Rebuild')
    const dir2 = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-shallow-')), 'c')
    execFileSync('git', ['clone', '-q', '--depth', '3', `file://${origin.dir}`, dir2], { env: gitEnv() })
    expect((await count(dir2)).releaseNumber).toBe(2)
  })

  it('reads a file the head spec %includes from the top of the commit', async () => {
    const repo = TestRepo.init()
    const text = spec('1.0', '%{rel}%{?dist}', 'Source1: extra.inc\n%include %{SOURCE1}\n')
    repo.write('hello.spec', text).write('extra.inc', '%global rel 4\n').commit('Import')
    expect((await nvr(repo.dir)).nvr).toBe('hello-1.0-4.fc44')
    repo.git('rm', '-q', 'extra.inc')
    repo.commit('Lose the include')
    await expect(nvr(repo.dir)).rejects.toThrow(/%include %\{SOURCE1\} \(line 2\) could not be read/)
  })

  it('refuses a history whose Version it cannot evaluate', async () => {
    const repo = TestRepo.init()
    repo.write('hello.spec', spec('%{lua: print("1.0")}')).commit('Import')
    repo.write('hello.spec', spec('1.0')).commit('Literal')
    await expect(count(repo.dir)).rejects.toThrow(/Version .* cannot be evaluated/)
  })
})
