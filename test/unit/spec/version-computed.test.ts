/**
 * Issue 14: a Version computed by `%(...)` or Lua. srcgit evaluates a small pure subset of
 * the shell in TypeScript (checked here against rpm's own `%(...)`), changes the value the
 * computation starts from, and refuses what it cannot follow. Bumps judged by rpmspec.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { evaluateShell } from '../../../src/spec/shell-subset.js'
import { SpecFile } from '../../../src/spec/index.js'
import { expectBump, expectRefusal } from '../../support/bump-judge.js'

const spec = (...lines: string[]) => lines.join('\n') + '\n'
const TAIL = ['', '%description', 'A package.', '%files', '%changelog']

/** What rpm itself makes of `%(command)` (rpm runs the shell; srcgit never does). */
const rpmShell = (command: string) =>
  execFileSync('rpm', ['--eval', `%(${command})`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).replace(/\n$/, '')

describe('the shell subset', () => {
  it.each([
    `echo "2.10.2" | sed 's/\\./_/g'`,
    `echo 2_10_2 | sed 's/_/./g'`,
    `echo 'v1.2.3' | tr -d 'v'`,
    `echo 1.2.3 | cut -d. -f1-2`,
    `echo 1.2.3 | cut -d . -f2`,
    `echo 1.2.3 | cut -d. -f2-`,
    `echo 1.2.3~rc1 | sed -e 's/~/-/' -e 's/\\.//g'`,
    `echo 5.2p1 | sed 's/p[0-9]*$//'`,
    `echo 1..2...3 | tr -s .`,
    `echo 1.2 | tr . _`,
    `echo abc | tr a-c A-C`,
    `echo 3.14 | sed 's/^/v/'`,
    `echo 1.0 | sed 's/.*/&-final/'`,
    `echo a b  c | tr -d ' '`,
    `echo 1.2.3 | cut -d- -f1`,
    // (bash's ${c:0:7} is judged by bash in shell-oneliners.test.ts: Debian's rpm runs dash.)
    'echo abcdef0123 | cut -c-7',
  ])('gives what rpm gives for %s', (command) => {
    expect(evaluateShell(command)).toBe(rpmShell(command))
  })

  it.each([
    'c=abcdef0123; echo ${d:0:7}',
    'echo $HOME',
    "echo 1.2 | awk -F. '{print $1}'",
    "echo 1.2 | sed -E 's/(1)/x/'",
    "echo 1.2 | sed 's/\\(1\\)/\\1/'",
    'echo `date`',
    'echo 1 > /tmp/x',
    'echo {a,b}',
    'echo -e 1.2',
    'echo ~rc1',
    "echo 1.2 | sed 's//x/'",
  ])('leaves %s unevaluated', (command) => {
    expect(evaluateShell(command)).toBeUndefined()
  })
})

describe('the shell subset against rpm on every combination of inputs and stages', () => {
  it('gives what rpm gives wherever it gives anything, and evaluates most of them', () => {
    const inputs = [
      'a  b',
      '"1.2"  3',
      "'v1' 2",
      'a/b/c',
      '1.2.3.4.5',
      '1.2.3',
      'v1.2',
      '2_10_2',
      '1.0~rc1',
      'a-b-c',
      '1..2',
      '',
      '10.0.1p3',
      'x.y_z',
      '1.2.3-4',
    ]
    const stages = [
      "sed 's/\\./_/g'",
      "sed 's/_/./'",
      'tr -d v',
      "tr -d '.'",
      'tr -s .',
      'tr . _',
      'tr a-z A-Z',
      'cut -d. -f1',
      'cut -d. -f2-',
      'cut -d- -f1,3',
      'cut -d . -f 2',
      "sed 's/[0-9]*$//'",
      "sed 's/^v//'",
      "sed 's/p.*//'",
      "sed 's/.*/[&]/'",
      "sed -e 's/~/-/g' -e 's/-/+/'",
      "sed 's/[^0-9]//g'",
      "tr -d '\\n'",
      "sed 's/x*/Q/g'",
      "sed 's/\\(/q/'",
      'cut -d. -f3-1',
      "sed 's/\\.[0-9]*$//'",
      "sed 's/-/~/g'",
      "sed 's/\\//_/g'",
      "sed 's|/|_|g'",
      "tr -d 'a-c'",
      "cut -d' ' -f2",
      "sed 's/ /./g'",
      "sed 's/[.]/,/g'",
      "sed 's/\\$/d/'",
      "sed 's/^\\(.\\)//'",
      'cut -c1-3',
      "sed 's/b$/&&/'",
      "sed 's/[a-z]/&-/2'",
      "tr -s ' '",
    ]
    const cmds: string[] = []
    for (const i of inputs)
      for (const a of stages) {
        cmds.push(`echo ${i} | ${a}`)
        for (const b of stages.slice(0, 6)) cmds.push(`echo '${i}' | ${a} | ${b}`)
      }
    const ours = cmds.map((c) => evaluateShell(c))
    const theirs: string[] = []
    for (let k = 0; k < cmds.length; k += 300) {
      const expr = cmds
        .slice(k, k + 300)
        .map((c) => `%(${c})`)
        .join('\n@@\n')
      theirs.push(
        ...execFileSync('rpm', ['--eval', expr], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
          // The shell's complaints about pipelines outside the subset are not this test's output.
          stdio: ['ignore', 'pipe', 'ignore'],
        })
          .replace(/\n$/, '')
          .split('\n@@\n'),
      )
    }
    let evald = 0
    const differing: string[][] = []
    cmds.forEach((c, k) => {
      if (ours[k] === undefined) return
      evald++
      if (ours[k] !== theirs[k]) {
        differing.push([c, ours[k]!, theirs[k]])
      }
    })
    expect(differing).toEqual([])
    // Most combinations are in the subset; the rest (cut -c, backrefs, sed's Nth match...) are left alone.
    expect(evald / cmds.length).toBeGreaterThan(0.75)
  })
})

describe('a bump of a computed Version', () => {
  it("changes the value a `%(echo '%{cpan_version}' | tr -d 'v')` starts from", async () => {
    const text = spec(
      '%global cpan_version v1.2.3',
      'Name:           perl-Demo',
      "Version:        %(echo '%{cpan_version}' | tr -d 'v')",
      'Release:        1%{?dist}',
      'Summary:        Demo',
      'License:        GPL-1.0-or-later OR Artistic-1.0-Perl',
      'Source0:        https://cpan.metacpan.org/authors/id/J/JD/JDOE/Demo-%{cpan_version}.tar.gz',
      ...TAIL,
    )
    const { text: bumped, notes } = await expectBump(text, '1.2.4', undefined, 'Demo-v1.2.4.tar.gz')
    expect(bumped).toContain('%global cpan_version v1.2.4\n')
    expect(bumped).toContain("Version:        %(echo '%{cpan_version}' | tr -d 'v')\n")
    expect(notes).toEqual([])
  })

  it('changes the underscored upstream version a sed computation turns into Version', async () => {
    const text = spec(
      '%global upstream_version 2_10_2',
      "%global downstream_version %(echo %{upstream_version} | sed 's/_/./g')",
      'Name:           demo',
      'Version:        %{downstream_version}',
      'Release:        1%{?dist}',
      'Summary:        Demo',
      'License:        MIT',
      'Source0:        https://example.org/demo-%{upstream_version}.tar.gz',
      ...TAIL,
    )
    const { text: bumped } = await expectBump(text, '2.11.0', undefined, 'demo-2_11_0.tar.gz')
    expect(bumped).toContain('%global upstream_version 2_11_0\n')
  })

  it('edits a literal echoed into the computation', async () => {
    const text = spec(
      'Name:           demo',
      "Version:        %(echo 'v3.1' | tr -d v)",
      'Release:        1%{?dist}',
      'Summary:        Demo',
      'License:        MIT',
      'Source0:        https://example.org/demo-%{version}.tar.gz',
      ...TAIL,
    )
    const { text: bumped } = await expectBump(text, '3.2')
    expect(bumped).toContain("Version:        %(echo 'v3.2' | tr -d v)\n")
  })

  it('refuses where Source0 follows a computed macro that Version does not use', () => {
    const text = spec(
      `%global downstream_version %(echo "2.10.2" | sed 's/\\./_/g')`,
      'Name:           demo',
      'Version:        2.10.2',
      'Release:        1%{?dist}',
      'Summary:        Demo',
      'License:        MIT',
      'Source0:        https://example.org/demo-%{downstream_version}.tar.gz',
      ...TAIL,
    )
    expectRefusal(
      text,
      '2.10.3',
      /^Source0 \(line 7\) names "demo-2_10_2\.tar\.gz" \(version 2_10_2\) and would still name it after the bump to 2\.10\.3: /,
    )
  })

  it('never invents the part of the input a computation drops (cut -f1-2 of 1.2.3 bumped to 1.3)', () => {
    const text = spec(
      '%global fullver 1.2.3',
      'Name:           demo',
      'Version:        %(echo %{fullver} | cut -d. -f1-2)',
      'Release:        1%{?dist}',
      'Summary:        Demo',
      'License:        MIT',
      'Source0:        https://example.org/demo-%{fullver}.tar.gz',
      ...TAIL,
    )
    // Not 1.3.3: the input that gives 1.3 without inventing digits is 1.3 itself.
    const bumped = SpecFile.parse(text)
    bumped.setVersion('1.3')
    expect(bumped.toString()).toContain('%global fullver 1.3\n')
    expect(bumped.sources[0].expanded.value).toBe('https://example.org/demo-1.3.tar.gz')
    // A version the computation cannot give: the literal would leave Source0 at 1.2.3.
    expectRefusal(text, '1.3.1', /the literal would bypass %fullver, which Source0 \(line 7\) still uses/)
  })

  it('refuses a Lua Version whose input Source0 uses, naming the macro (mesa)', () => {
    const text = spec(
      '%global ver 24.2.1-rc1',
      'Name:           mesa',
      'Version:        %{lua:ver = string.gsub(rpm.expand("%{ver}"), "-", "~"); print(ver)}',
      'Release:        1%{?dist}',
      'Summary:        Mesa',
      'License:        MIT',
      'Source0:        https://archive.mesa3d.org/mesa-%{ver}.tar.xz',
      ...TAIL,
    )
    expectRefusal(text, '24.2.2', /the literal would bypass %ver, which Source0 \(line 7\) still uses/)
  })

  it('refuses a computation outside the subset whose input Source0 uses', () => {
    const text = spec(
      '%global tarver 1_4',
      'Version:        %(echo %{tarver} | awk \'{gsub(/_/, "."); print}\')',
      'Name:           demo',
      'Release:        1%{?dist}',
      'Summary:        Demo',
      'License:        MIT',
      'Source0:        https://example.org/demo-%{tarver}.tar.gz',
      ...TAIL,
    )
    expectRefusal(text, '1.5', /the literal would bypass %tarver, which Source0 \(line 7\) still uses/)
  })

  it('reads the computed Version as rpm does', () => {
    const s = SpecFile.parse(
      spec('%global cpan_version v0.51', "Version: %(echo '%{cpan_version}' | tr -d 'v')"),
    )
    expect(s.version).toMatchObject({ value: '0.51', unresolved: [] })
  })
})
