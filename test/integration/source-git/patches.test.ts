/** Patch generation against real git repositories built in temp dirs. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Git } from '../../../src/git/git.js'
import { downstreamRange, resolveUpstreamRef, SourceGitError } from '../../../src/source-git/downstream.js'
import { generatePatches, keepUnchanged } from '../../../src/source-git/patches.js'
import { gitEnv, TestRepo } from '../../support/git-repo.js'

/** An upstream project tagged v1.0, with downstream commits of every kind on top. */
function sourceGitRepo(): { repo: TestRepo; upstream: string } {
  const repo = TestRepo.init()
  repo.write('src/main.c', 'int main(void) { return 0; }\n').write('README', 'hello\n')
  const upstream = repo.commit('Initial upstream release')
  repo.tag('v1.0')
  repo.write('.distro/hello.spec', 'Name: hello\n').write('.distro/source-git.yaml', 'upstream_ref: v1.0\n')
  repo.commit(
    'Initialize as a source-git repository\n\nFrom-dist-git-commit: 0123456789abcdef0123456789abcdef01234567\n',
  )
  repo.write('src/main.c', 'int main(void) { return 1; }\n')
  repo.commit('Return 1 from main\n\nThe exit code matters for the tests.\n', {
    name: 'Bob Downstream',
    email: 'bob@example.com',
  })
  repo.write('src/util.c', 'void util(void) {}\n')
  repo.commit(
    'Add util, part 1\n\nPatch-name: util.patch\nPatch-status: |\n    # Add a helper\n    # (backported)\n',
  )
  repo.write('src/util.c', 'void util(void) { /* more */ }\n')
  repo.commit('Add util, part 2\n\nPatch-name: util.patch\n')
  repo.write('src/debug.c', 'debug\n')
  repo.commit('Debug only\n\nIgnore-patch: true\n')
  repo.write('.distro/hello.spec', 'Name: hello\nVersion: 1.0\n')
  repo.commit('Only packaging\n')
  repo.write('README', 'hello world\n').write('.distro/README.packaging', 'x\n')
  repo.commit('Mixed change\n\nPatch-name: readme.patch\nPatch-id: 100\nNo-prefix: true\n')
  return { repo, upstream }
}

describe('generatePatches', () => {
  const { repo, upstream } = sourceGitRepo()
  const git = new Git(repo.dir, gitEnv() as Record<string, string>)

  it('turns downstream commits into patch files with Packit names and metadata', async () => {
    const range = await downstreamRange(git, await resolveUpstreamRef(git, 'v1.0'))
    expect(range.upstream).toBe(upstream)
    expect(range.linearized).toBe(false)
    const { patches, mode, notes } = await generatePatches(git, range, ['.distro'])
    expect(mode).toBe('trailers')
    expect(patches.map((p) => p.name)).toEqual([
      '0001-Return-1-from-main.patch',
      'util.patch',
      'readme.patch',
    ])
    expect(notes).toEqual([
      'commit ' +
        range.commits[4].sha.slice(0, 12) +
        ' ("Debug only"): Ignore-patch is set, no patch file is made',
    ])

    const [first, util, readme] = patches
    expect(first.comment).toEqual(['Return 1 from main', '', 'The exit code matters for the tests.'])
    expect(first.content.toString()).toContain('Subject: [PATCH 1/5] Return 1 from main')
    expect(first.content.toString()).toContain('From: Bob Downstream <bob@example.com>')

    // Two adjacent commits with one Patch-name: one file, the first commit's metadata.
    expect(util.commits.map((c) => c.subject)).toEqual(['Add util, part 1', 'Add util, part 2'])
    expect(util.comment).toEqual(['# Add a helper', '# (backported)'])
    expect(util.content.toString().match(/^From [0-9a-f]{40} /gm)).toHaveLength(2)

    // No-prefix: paths without a/ b/; ignored paths left out of the mixed commit.
    expect(readme.metadata).toMatchObject({ patchId: 100, noPrefix: true })
    const text = readme.content.toString()
    expect(text).toContain('--- README\n+++ README\n')
    expect(text).not.toContain('.distro')
  })

  it('produces patches that apply to the upstream tree', async () => {
    const range = await downstreamRange(git, upstream)
    const { patches } = await generatePatches(git, range, ['.distro'])
    const check = TestRepo.clone(repo.dir)
    check.git('checkout', '-q', 'v1.0')
    for (const patch of patches) {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-p-')), patch.name)
      writeFileSync(file, patch.content)
      execFileSync('patch', ['-p', patch.metadata.noPrefix ? '0' : '1', '-i', file, '--quiet'], {
        cwd: check.dir,
      })
    }
    expect(readFileSync(path.join(check.dir, 'src/util.c'), 'utf8')).toBe('void util(void) { /* more */ }\n')
    expect(readFileSync(path.join(check.dir, 'README'), 'utf8')).toBe('hello world\n')
  })

  it('keeps an existing patch file whose changes are the same', async () => {
    const range = await downstreamRange(git, upstream)
    const { patches } = await generatePatches(git, range, ['.distro'])
    const old = Buffer.from(
      patches[0].content
        .toString()
        .replace(/^-- \n.*\n/m, '-- \n2.0.0-old-git\n')
        .replace(/^index .*$/m, 'index 1111111..2222222 100644'),
    )
    const kept = await keepUnchanged(git, patches, (name) => (name === patches[0].name ? old : undefined))
    expect(kept[0].content.equals(old)).toBe(true)
    const changed = Buffer.from(patches[0].content.toString().replace('return 1;', 'return 2;'))
    const replaced = await keepUnchanged(git, patches, (name) =>
      name === patches[0].name ? changed : undefined,
    )
    expect(replaced[0].content.equals(patches[0].content)).toBe(true)
  })

  it('uses legacy YAML metadata when no commit has patch trailers', async () => {
    const legacy = TestRepo.init()
    legacy.write('a.txt', 'a\n')
    const base = legacy.commit('base')
    legacy.write('a.txt', 'b\n')
    legacy.commit('Change a\n\npatch_name: change-a.patch\ndescription: Changes a to b\n')
    legacy.write('a.txt', 'c\n')
    legacy.commit('Change a again', { name: 'Carol', email: 'carol@example.com' })
    const lgit = new Git(legacy.dir)
    const { patches, mode } = await generatePatches(lgit, await downstreamRange(lgit, base), [])
    expect(mode).toBe('legacy')
    expect(patches.map((p) => [p.name, p.comment])).toEqual([
      ['change-a.patch', ['Changes a to b']],
      ['0002-Change-a-again.patch', ['Change a again', 'Author: Carol <carol@example.com>']],
    ])
  })

  it('writes no trailers into the comment, also when cherry-pick lines follow them (authselect)', async () => {
    const r = TestRepo.init()
    r.write('a.txt', 'a\n')
    const base = r.commit('base')
    r.write('a.txt', 'b\n')
    r.commit('Converted patch\n\nPatch-name: converted.patch\n')
    // Upstream commit with 18 co-authors, brought over with `git cherry-pick -x`.
    r.git('checkout', '-q', '-b', 'upstream-main', base)
    r.write('b.txt', 'b\n')
    const coAuthors = Array.from({ length: 18 }, (_, i) => `Co-authored-by: Dev ${i} <dev${i}@example.com>`)
    const picked = r.commit(`Add b\n\nThe b file is needed.\n\n${coAuthors.join('\n')}\n`)
    r.git('checkout', '-q', 'main')
    execFileSync('git', ['cherry-pick', '-x', picked], { cwd: r.dir, env: gitEnv(), stdio: 'ignore' })
    expect(r.git('log', '-1', '--format=%B')).toContain(
      `Dev 17 <dev17@example.com>\n(cherry picked from commit ${picked})`,
    )
    // A blank line before the cherry-pick line leaves the trailers a paragraph above it.
    r.write('c.txt', 'c\n')
    r.commit(
      `Add c\n\nWhy c.\n\n${coAuthors.slice(0, 2).join('\n')}\n\n(cherry picked from commit ${picked})\n`,
    )
    const g = new Git(r.dir)
    const { patches, mode } = await generatePatches(g, await downstreamRange(g, base), [])
    expect(mode).toBe('trailers')
    expect(patches.map((p) => p.comment)).toEqual([
      ['Converted patch'],
      ['Add b', '', 'The b file is needed.'],
      ['Add c', '', 'Why c.'],
    ])
  })

  it('takes the first line of a wrapped subject in legacy mode (dracut), keeps the lines with trailers', async () => {
    const wrapped = 'dracut: install the module that the\n  initramfs needs at boot\n\nBody.\n'
    const legacy = TestRepo.init()
    legacy.write('a.txt', 'a\n')
    const base = legacy.commit('base')
    legacy.write('a.txt', 'b\n')
    legacy.commit(wrapped, { name: 'Carol', email: 'carol@example.com' })
    expect(legacy.git('log', '-1', '--format=%s')).toBe(
      'dracut: install the module that the   initramfs needs at boot',
    )
    const lgit = new Git(legacy.dir)
    const old = await generatePatches(lgit, await downstreamRange(lgit, base), [])
    expect(old.mode).toBe('legacy')
    expect(old.patches[0].comment).toEqual([
      'dracut: install the module that the',
      'Author: Carol <carol@example.com>',
    ])

    legacy.write('a.txt', 'c\n')
    legacy.commit(wrapped + '\nPatch-name: wrapped.patch\n')
    const now = await generatePatches(lgit, await downstreamRange(lgit, base), [])
    expect(now.mode).toBe('trailers')
    expect(now.patches[1].comment).toEqual([
      'dracut: install the module that the',
      '  initramfs needs at boot',
      '',
      'Body.',
    ])
  })

  it('records a link a commit adds as a link, with its target text, never what it points to', async () => {
    const secret = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-secret-')), 'secret')
    writeFileSync(secret, 'TOP-SECRET-4b1d9e\n')
    const r = TestRepo.init()
    r.write('a.txt', 'a\n')
    const base = r.commit('base')
    symlinkSync(secret, path.join(r.dir, 'hostname'))
    symlinkSync('../.git/config', path.join(r.dir, 'config'))
    r.commit('Add links\n\nPatch-name: links.patch\n')
    const g = new Git(r.dir)
    const { patches } = await generatePatches(g, await downstreamRange(g, base), [])
    const text = patches[0].content.toString('utf8')
    expect(text).toContain(`diff --git a/hostname b/hostname\nnew file mode 120000\n`)
    expect(text).toContain(`+${secret}\n\\ No newline at end of file\n`)
    expect(text).toContain('+../.git/config\n')
    expect(text).not.toContain('TOP-SECRET')
    expect(text).not.toContain('[core]')
  })

  it('refuses a Patch-name that is a path', async () => {
    const r = TestRepo.init()
    r.write('a.txt', 'a\n')
    const base = r.commit('base')
    const g = new Git(r.dir)
    for (const name of ['../escape.patch', 'sub/x.patch', '..', '.git']) {
      r.write('a.txt', name)
      r.commit(`Change\n\nPatch-name: ${name}\n`)
      await expect(generatePatches(g, await downstreamRange(g, base), [])).rejects.toThrow(
        `Patch-name ${JSON.stringify(name)} is not a file name`,
      )
      r.git('reset', '-q', '--hard', 'HEAD^')
    }
  })

  it('refuses non-adjacent commits with the same Patch-name', async () => {
    const r = TestRepo.init()
    r.write('a', '1\n')
    const base = r.commit('base')
    r.write('a', '2\n')
    r.commit('one\n\nPatch-name: same.patch\n')
    r.write('b', '2\n')
    r.commit('two\n\nPatch-name: other.patch\n')
    r.write('a', '3\n')
    r.commit('three\n\nPatch-name: same.patch\n')
    const g = new Git(r.dir)
    await expect(generatePatches(g, await downstreamRange(g, base), [])).rejects.toThrow(
      /non-adjacent patches cannot have the same name/,
    )
  })
})

describe('downstream range', () => {
  it('linearizes merges first-parent without touching the branch', async () => {
    const r = TestRepo.init()
    r.write('a', '1\n')
    const base = r.commit('upstream')
    r.tag('v1')
    r.git('checkout', '-q', '-b', 'side')
    r.write('b', 'side\n')
    r.commit('side change')
    r.git('checkout', '-q', 'main')
    r.write('c', 'main\n')
    r.commit('main change')
    r.git('merge', '-q', '--no-ff', 'side', '-m', 'Merge side')
    const head = r.git('rev-parse', 'HEAD')
    const g = new Git(r.dir)
    const range = await downstreamRange(g, base)
    expect(range.linearized).toBe(true)
    expect(range.commits.map((c) => c.subject)).toEqual(['main change', 'Merge side'])
    expect(r.git('rev-parse', 'HEAD')).toBe(head)
    const { patches } = await generatePatches(g, range, [])
    expect(patches.map((p) => p.name)).toEqual(['0001-main-change.patch', '0002-Merge-side.patch'])
    expect(patches[1].content.toString()).toContain('+++ b/b')
  })

  it('explains an upstream_ref that does not resolve or is not an ancestor', async () => {
    const r = TestRepo.init()
    r.write('a', '1\n')
    r.commit('one')
    r.tag('v1.0')
    r.tag('v1.1')
    const g = new Git(r.dir)
    await expect(resolveUpstreamRef(g, 'v9')).rejects.toThrow(/upstream_ref "v9" does not resolve/)
    expect(await resolveUpstreamRef(g, 'v1.*')).toBe(r.git('rev-parse', 'HEAD'))
    await expect(resolveUpstreamRef(g, 'x*')).rejects.toThrow(SourceGitError)
    r.git('checkout', '-q', '--orphan', 'other')
    r.write('z', 'z\n')
    r.commit('unrelated')
    const tag = r.git('rev-parse', 'v1.0')
    await expect(downstreamRange(g, tag)).rejects.toThrow(/is not an ancestor of HEAD/)
  })
})
