import { describe, expect, it } from '@jest/globals'
import type { FilesToSyncItem } from '../../../src/config/index.js'
import {
  expandSourceGlob,
  matchRsyncPattern,
  normalizeRepoPath,
  parseFilterRules,
  planFileSync,
} from '../../../src/dist-git/files-to-sync.js'

function item(partial: Partial<FilesToSyncItem> & Pick<FilesToSyncItem, 'src' | 'dest'>): FilesToSyncItem {
  return { mkpath: false, delete: false, filters: [], ...partial }
}

/** The item `packit source-git init` writes (§2). */
const SOURCE_GIT_DEFAULT = item({
  src: ['.distro/'],
  dest: '.',
  delete: true,
  filters: ['protect .git*', 'protect sources', 'exclude source-git.yaml', 'exclude .gitignore'],
})

/** A source-git repository of inih: upstream files plus .distro/. */
const INIH_SOURCE_GIT = [
  '.github/workflows/tests.yml',
  '.gitignore',
  'README.md',
  'ini.c',
  'ini.h',
  'meson.build',
  '.distro/.gitignore',
  '.distro/inih.spec',
  '.distro/source-git.yaml',
  '.distro/inih.rpmlintrc',
  '.distro/tests/tests.yml',
  '.distro/tests/smoke/runtest.sh',
]

/** Its dist-git before the sync. */
const INIH_DIST_GIT = [
  '.gitignore',
  'sources',
  'inih.spec',
  '0001-Allow-growing-the-heap-line-buffer-by-default.patch',
  'README.packit',
  'tests/tests.yml',
  'tests/old/runtest.sh',
  'inih.rpmlintrc',
]

describe('planFileSync with the source-git default item', () => {
  it('copies .distro/ contents, deletes the rest, protects .git*, sources and excluded names', () => {
    expect(planFileSync([SOURCE_GIT_DEFAULT], INIH_SOURCE_GIT, INIH_DIST_GIT)).toEqual({
      copies: [
        { from: '.distro/inih.spec', to: 'inih.spec' },
        { from: '.distro/inih.rpmlintrc', to: 'inih.rpmlintrc' },
        { from: '.distro/tests/tests.yml', to: 'tests/tests.yml' },
        { from: '.distro/tests/smoke/runtest.sh', to: 'tests/smoke/runtest.sh' },
      ],
      deletes: [
        '0001-Allow-growing-the-heap-line-buffer-by-default.patch',
        'README.packit',
        'tests/old/runtest.sh',
      ],
      problems: [],
      unmatched: [],
    })
  })

  it('keeps a dist-git file named like an excluded one (exclude also protects)', () => {
    const plan = planFileSync([SOURCE_GIT_DEFAULT], INIH_SOURCE_GIT, [...INIH_DIST_GIT, 'source-git.yaml'])
    expect(plan.deletes).not.toContain('source-git.yaml')
  })

  it('drops the spec with dropSpec and keeps the dist-git spec from being deleted', () => {
    const plan = planFileSync([SOURCE_GIT_DEFAULT], INIH_SOURCE_GIT, INIH_DIST_GIT, {
      specPath: '.distro/inih.spec',
      dropSpec: true,
    })
    expect(plan.copies.map((c) => c.to)).toEqual([
      'inih.rpmlintrc',
      'tests/tests.yml',
      'tests/smoke/runtest.sh',
    ])
    expect(plan.deletes).not.toContain('inih.spec')
  })

  it('ignores specPath without dropSpec', () => {
    const plan = planFileSync([SOURCE_GIT_DEFAULT], INIH_SOURCE_GIT, INIH_DIST_GIT, {
      specPath: '.distro/inih.spec',
    })
    expect(plan.copies[0]).toEqual({ from: '.distro/inih.spec', to: 'inih.spec' })
  })

  it('copies into an empty dist-git', () => {
    const plan = planFileSync([SOURCE_GIT_DEFAULT], INIH_SOURCE_GIT, [])
    expect(plan.copies).toHaveLength(4)
    expect(plan.deletes).toEqual([])
  })
})

describe('planFileSync with a vsftpd-style glob', () => {
  const sourceFiles = [
    'main.c',
    'Fedora/vsftpd.spec',
    'Fedora/vsftpd.xinetd',
    'Fedora/vsftpd.pam',
    'Fedora/vsftpd-2.1.0-libs.patch',
    'Fedora/.hidden',
    'Fedora/extra/doc.txt',
  ]
  const destFiles = ['vsftpd.spec', 'sources', 'stale.patch', 'extra/old.txt']

  it('copies what glob.glob matches (no hidden files), directories with their contents', () => {
    expect(planFileSync([item({ src: ['Fedora/*'], dest: '.' })], sourceFiles, destFiles)).toEqual({
      copies: [
        { from: 'Fedora/extra/doc.txt', to: 'extra/doc.txt' },
        { from: 'Fedora/vsftpd-2.1.0-libs.patch', to: 'vsftpd-2.1.0-libs.patch' },
        { from: 'Fedora/vsftpd.pam', to: 'vsftpd.pam' },
        { from: 'Fedora/vsftpd.spec', to: 'vsftpd.spec' },
        { from: 'Fedora/vsftpd.xinetd', to: 'vsftpd.xinetd' },
      ],
      deletes: [],
      problems: [],
      unmatched: [],
    })
  })

  it('with delete, deletes only inside the directories that were sent (not in dest itself)', () => {
    const plan = planFileSync([item({ src: ['Fedora/*'], dest: '.', delete: true })], sourceFiles, destFiles)
    expect(plan.deletes).toEqual(['extra/old.txt'])
  })

  it('drops the spec matched by the glob (Packit would still copy it)', () => {
    const plan = planFileSync([item({ src: ['Fedora/*'], dest: '.' })], sourceFiles, destFiles, {
      specPath: 'Fedora/vsftpd.spec',
      dropSpec: true,
    })
    expect(plan.copies.map((c) => c.from)).not.toContain('Fedora/vsftpd.spec')
  })

  it('matches hidden files only with a pattern starting with a dot', () => {
    const plan = planFileSync([item({ src: ['Fedora/.*'], dest: '.' })], sourceFiles, [])
    expect(plan.copies).toEqual([{ from: 'Fedora/.hidden', to: '.hidden' }])
  })
})

describe('planFileSync: rsync source and destination forms', () => {
  const sourceFiles = ['packaging/foo.spec', 'plans/smoke.fmf', 'plans/full.fmf', 'README.md', 'docs/a.md']

  it('copies a file to a file (Packit’s default spec item), dropping it with dropSpec', () => {
    const specItem = item({ src: ['packaging/foo.spec'], dest: 'foo.spec' })
    expect(planFileSync([specItem], sourceFiles, ['foo.spec']).copies).toEqual([
      { from: 'packaging/foo.spec', to: 'foo.spec' },
    ])
    expect(
      planFileSync([specItem], sourceFiles, ['foo.spec'], {
        specPath: './packaging/foo.spec',
        dropSpec: true,
      }),
    ).toEqual({ copies: [], deletes: [], problems: [], unmatched: [] })
  })

  it('copies a file into a directory when dest ends with / or is a directory', () => {
    expect(planFileSync([item({ src: ['README.md'], dest: 'doc/' })], sourceFiles, []).copies).toEqual([
      { from: 'README.md', to: 'doc/README.md' },
    ])
    expect(planFileSync([item({ src: ['README.md'], dest: 'doc' })], sourceFiles, ['doc/x']).copies).toEqual([
      { from: 'README.md', to: 'doc/README.md' },
    ])
    expect(planFileSync([item({ src: ['README.md'], dest: './' })], sourceFiles, []).copies).toEqual([
      { from: 'README.md', to: 'README.md' },
    ])
  })

  it('copies a directory itself without trailing slash, deleting only inside it', () => {
    const plan = planFileSync([item({ src: ['plans'], dest: '.', delete: true })], sourceFiles, [
      'plans/old.fmf',
      'plans/smoke.fmf',
      'other.txt',
    ])
    expect(plan).toEqual({
      copies: [
        { from: 'plans/smoke.fmf', to: 'plans/smoke.fmf' },
        { from: 'plans/full.fmf', to: 'plans/full.fmf' },
      ],
      deletes: ['plans/old.fmf'],
      problems: [],
      unmatched: [],
    })
  })

  it('makes dest a directory for several sources', () => {
    const plan = planFileSync([item({ src: ['README.md', 'docs/a.md'], dest: 'out' })], sourceFiles, [])
    expect(plan.copies).toEqual([
      { from: 'README.md', to: 'out/README.md' },
      { from: 'docs/a.md', to: 'out/a.md' },
    ])
  })

  it('copies the whole repository with ./', () => {
    const plan = planFileSync(
      [item({ src: ['./'], dest: 'all', filters: ['- /packaging', '- /plans'] })],
      sourceFiles,
      [],
    )
    expect(plan.copies).toEqual([
      { from: 'README.md', to: 'all/README.md' },
      { from: 'docs/a.md', to: 'all/docs/a.md' },
    ])
  })

  it('needs mkpath for a missing parent directory', () => {
    const deep = item({ src: ['README.md'], dest: 'a/b/README' })
    expect(planFileSync([deep], sourceFiles, []).problems).toEqual([
      'files_to_sync[0]: the dist-git directory "a/b" does not exist (set mkpath: true to create it)',
    ])
    expect(planFileSync([{ ...deep, mkpath: true }], sourceFiles, []).copies).toEqual([
      { from: 'README.md', to: 'a/b/README' },
    ])
    expect(planFileSync([item({ src: ['plans/'], dest: 'x/y' })], sourceFiles, []).problems).toEqual([
      'files_to_sync[0]: the dist-git directory "x" does not exist (set mkpath: true to create it)',
    ])
    expect(
      planFileSync([item({ src: ['plans/'], dest: 'x/y' })], sourceFiles, ['x/keep']).copies,
    ).toHaveLength(2)
  })

  it('records sources that match nothing, like --ignore-missing-args', () => {
    const plan = planFileSync(
      [item({ src: ['.packit.yaml', 'missing/*', 'README.md'], dest: '.' })],
      sourceFiles,
      [],
    )
    expect(plan.unmatched).toEqual(['.packit.yaml', 'missing/*'])
    expect(plan.copies).toEqual([{ from: 'README.md', to: 'README.md' }])
  })

  it('reports illegal paths and skips the item', () => {
    const plan = planFileSync(
      [
        item({ src: ['../secret'], dest: '.' }),
        item({ src: ['/etc/passwd'], dest: '.' }),
        item({ src: ['README.md'], dest: '../outside' }),
        item({ src: ['docs/../../x'], dest: '.' }),
      ],
      sourceFiles,
      [],
    )
    expect(plan.problems).toEqual([
      'files_to_sync[0]: Illegal path "../secret": it is outside the source-git repository',
      'files_to_sync[1]: Illegal path "/etc/passwd": it is outside the source-git repository',
      'files_to_sync[2]: Illegal path "../outside": it is outside the dist-git repository',
      'files_to_sync[3]: Illegal path "docs/../../x": it is outside the source-git repository',
    ])
    expect(plan.copies).toEqual([])
  })

  it('accepts .. that stays inside', () => {
    expect(planFileSync([item({ src: ['docs/../README.md'], dest: '.' })], sourceFiles, []).copies).toEqual([
      { from: 'README.md', to: 'README.md' },
    ])
  })

  it('refuses copying the repository directory itself, and a file src with a trailing slash', () => {
    expect(planFileSync([item({ src: ['.'], dest: '.' })], sourceFiles, []).problems).toEqual([
      'files_to_sync[0]: src "." would copy the repository directory itself; write "./" to copy its contents',
    ])
    expect(planFileSync([item({ src: ['README.md/'], dest: '.' })], sourceFiles, []).problems).toEqual([
      'files_to_sync[0]: src "README.md/" ends with "/" but README.md is a file',
    ])
  })

  it('refuses a directory transfer onto a file', () => {
    expect(planFileSync([item({ src: ['plans/'], dest: 'tests' })], sourceFiles, ['tests']).problems).toEqual(
      ['files_to_sync[0]: dest "tests" is a file in dist-git, not a directory'],
    )
  })

  it('replaces a file that stands where a directory has to be', () => {
    for (const del of [false, true]) {
      const plan = planFileSync([item({ src: ['docs'], dest: '.', delete: del })], sourceFiles, [
        'docs',
        'keep',
      ])
      expect(plan).toEqual({
        copies: [{ from: 'docs/a.md', to: 'docs/a.md' }],
        deletes: ['docs'],
        problems: [],
        unmatched: [],
      })
    }
  })

  it('reports a directory with files where a file has to go', () => {
    const plan = planFileSync(
      [item({ src: ['docs/'], dest: '.' }), item({ src: ['docs/'], dest: 'x' })],
      sourceFiles,
      ['a.md/inner', 'x'],
    )
    expect(plan.problems).toEqual([
      'files_to_sync[0]: cannot copy docs/a.md to a.md: that is a directory',
      'files_to_sync[1]: dest "x" is a file in dist-git, not a directory',
    ])
    expect(
      planFileSync([item({ src: ['README.md'], dest: 'tests' })], sourceFiles, ['tests/a']).copies,
    ).toEqual([{ from: 'README.md', to: 'tests/README.md' }])
    const protectedDir = planFileSync(
      [item({ src: ['docs/'], dest: '.', delete: true, filters: ['P inner'] })],
      sourceFiles,
      ['a.md/inner', 'a.md/other'],
    )
    expect(protectedDir).toMatchObject({
      deletes: ['a.md/other'],
      problems: ['files_to_sync[0]: cannot copy docs/a.md to a.md: that is a directory'],
    })
    const replacedDir = planFileSync([item({ src: ['docs/'], dest: '.', delete: true })], sourceFiles, [
      'a.md/inner',
    ])
    expect(replacedDir).toMatchObject({
      copies: [{ from: 'docs/a.md', to: 'a.md' }],
      deletes: ['a.md/inner'],
    })
  })

  it('expands globs with a trailing slash to directory contents', () => {
    const files = ['pkgs/a/a.spec', 'pkgs/b/b.spec', 'pkgs/README']
    expect(planFileSync([item({ src: ['pkgs/*/'], dest: '.' })], files, []).copies).toEqual([
      { from: 'pkgs/a/a.spec', to: 'a.spec' },
      { from: 'pkgs/b/b.spec', to: 'b.spec' },
    ])
  })

  it('keeps the first of two sources with the same name', () => {
    const files = ['a/x.txt', 'b/x.txt']
    expect(planFileSync([item({ src: ['a/', 'b/'], dest: '.' })], files, []).copies).toEqual([
      { from: 'a/x.txt', to: 'x.txt' },
    ])
  })
})

describe('planFileSync: several items', () => {
  it('applies items in order: later copies win, later deletes remove earlier copies', () => {
    const sourceFiles = ['a/one.txt', 'b/one.txt', 'c/keep.txt']
    const plan = planFileSync(
      [
        item({ src: ['a/one.txt'], dest: 'x/one.txt', mkpath: true }),
        item({ src: ['b/one.txt'], dest: 'x/' }),
        item({ src: ['c/'], dest: 'x', delete: true }),
      ],
      sourceFiles,
      ['x/one.txt', 'x/other.txt'],
    )
    expect(plan).toEqual({
      copies: [{ from: 'c/keep.txt', to: 'x/keep.txt' }],
      deletes: ['x/one.txt', 'x/other.txt'],
      problems: [],
      unmatched: [],
    })
  })

  it('lets a later copy replace an earlier one', () => {
    const plan = planFileSync(
      [item({ src: ['a.spec'], dest: 'p.spec' }), item({ src: ['b.spec'], dest: 'p.spec' })],
      ['a.spec', 'b.spec'],
      ['p.spec'],
    )
    expect(plan.copies).toEqual([{ from: 'b.spec', to: 'p.spec' }])
  })
})

describe('planFileSync: filter rules', () => {
  const sourceFiles = [
    'dist/pkg.spec',
    'dist/pkg.rpmlintrc',
    'dist/tests/tests.yml',
    'dist/sub/tests/x.yml',
    'dist/docs/a/b.md',
    'dist/tests.txt',
  ]
  const run = (filters: string[], destFiles: string[] = [], del = false) =>
    planFileSync([item({ src: ['dist/'], dest: '.', filters, delete: del })], sourceFiles, destFiles)

  it('first matching rule wins: include the spec, exclude everything else', () => {
    const plan = run(['+ *.spec', '- *'], ['old.patch', 'tests/x'], true)
    expect(plan.copies).toEqual([{ from: 'dist/pkg.spec', to: 'pkg.spec' }])
    expect(plan.deletes).toEqual([])
  })

  it('anchors a leading / at the transfer root', () => {
    const plan = run(['- /tests'])
    expect(plan.copies.map((c) => c.to)).toContain('sub/tests/x.yml')
    expect(plan.copies.map((c) => c.to)).not.toContain('tests/tests.yml')
  })

  it('matches a pattern without / at any depth, and a trailing / only directories', () => {
    expect(run(['- tests']).copies.map((c) => c.to)).toEqual([
      'pkg.spec',
      'pkg.rpmlintrc',
      'docs/a/b.md',
      'tests.txt',
    ])
    expect(run(['- tests*/']).copies.map((c) => c.to)).toEqual([
      'pkg.spec',
      'pkg.rpmlintrc',
      'docs/a/b.md',
      'tests.txt',
    ])
  })

  it('does not let * cross a slash, but ** does', () => {
    expect(run(['- docs/*.md']).copies.map((c) => c.to)).toContain('docs/a/b.md')
    expect(run(['- docs/**.md']).copies.map((c) => c.to)).not.toContain('docs/a/b.md')
    expect(run(['- /docs/***']).copies.map((c) => c.to)).not.toContain('docs/a/b.md')
  })

  it('hide keeps files from being sent but not from being deleted', () => {
    const plan = run(['hide tests/'], ['tests/tests.yml', 'tests/old.yml'], true)
    expect(plan.copies.map((c) => c.to)).not.toContain('tests/tests.yml')
    expect(plan.deletes).toEqual(['tests/tests.yml', 'tests/old.yml'])
  })

  it('show and risk override later rules on their side only', () => {
    const plan = run(
      ['show pkg.spec', 'risk old.patch', 'protect *.patch', '- *.spec'],
      ['old.patch', 'new.patch', 'pkg.spec'],
      true,
    )
    expect(plan.copies.map((c) => c.to)).toContain('pkg.spec')
    expect(plan.deletes).toEqual(['old.patch'])
  })

  it('protect only guards against deletion, not against overwriting', () => {
    const plan = run(['P pkg.spec'], ['pkg.spec'], true)
    expect(plan.copies.map((c) => c.to)).toContain('pkg.spec')
  })

  it('clear drops the rules before it', () => {
    expect(run(['- *.spec', '!']).copies.map((c) => c.to)).toContain('pkg.spec')
    expect(run(['- *.spec', 'clear', 'exclude_*.yml']).copies.map((c) => c.to)).toEqual([
      'pkg.spec',
      'pkg.rpmlintrc',
      'docs/a/b.md',
      'tests.txt',
    ])
  })

  it('does not delete in an excluded directory', () => {
    expect(run(['- /docs/'], ['docs/x.md', 'stale'], true).deletes).toEqual(['stale'])
  })

  it('does not send or delete in a directory source that is excluded itself', () => {
    const plan = planFileSync(
      [item({ src: ['dist/tests', 'dist/pkg.spec'], dest: '.', delete: true, filters: ['- tests'] })],
      sourceFiles,
      ['tests/old.yml'],
    )
    expect(plan).toEqual({
      copies: [{ from: 'dist/pkg.spec', to: 'pkg.spec' }],
      deletes: [],
      problems: [],
      unmatched: [],
    })
  })

  it('filters a single file by its name', () => {
    const plan = planFileSync(
      [item({ src: ['dist/pkg.spec'], dest: 'x.spec', filters: ['- pkg.spec'] })],
      sourceFiles,
      [],
    )
    expect(plan.copies).toEqual([])
  })

  it('skips an item with an unsupported rule', () => {
    for (const [rule, message] of [
      ['merge .rsync-filter', 'unsupported filter rule "merge .rsync-filter"'],
      ['-,s foo', 'unsupported filter rule "-,s foo"'],
      ['! foo', 'unsupported filter rule "! foo"'],
      ['exclude', 'filter rule "exclude" has no pattern'],
      ['', 'unsupported filter rule ""'],
    ]) {
      expect(run([rule]).problems).toEqual([`files_to_sync[0]: ${message}; the item is skipped`])
    }
  })
})

describe('matchRsyncPattern', () => {
  it('matches the last component for a pattern without slash', () => {
    expect(matchRsyncPattern('.git*', '.gitignore', false)).toBe(true)
    expect(matchRsyncPattern('.git*', 'sub/.gitattributes', false)).toBe(true)
    expect(matchRsyncPattern('.git*', 'x.git', false)).toBe(false)
  })

  it('matches unanchored slash patterns at a component boundary', () => {
    expect(matchRsyncPattern('a/b', 'x/a/b', false)).toBe(true)
    expect(matchRsyncPattern('a/b', 'xa/b', false)).toBe(false)
    expect(matchRsyncPattern('/a/b', 'x/a/b', false)).toBe(false)
    expect(matchRsyncPattern('/a/b', 'a/b', false)).toBe(true)
  })

  it('handles ?, classes, escapes and ***', () => {
    expect(matchRsyncPattern('file?.txt', 'file1.txt', false)).toBe(true)
    expect(matchRsyncPattern('a?b', 'a/b', false)).toBe(false)
    expect(matchRsyncPattern('[0-9]*.patch', '0001-x.patch', false)).toBe(true)
    expect(matchRsyncPattern('[!0-9]*.patch', '0001-x.patch', false)).toBe(false)
    expect(matchRsyncPattern('[^0-9]*.patch', 'fix.patch', false)).toBe(true)
    expect(matchRsyncPattern('[]x]', ']', false)).toBe(true)
    expect(matchRsyncPattern('a[b', 'a[b', false)).toBe(true)
    expect(matchRsyncPattern('\\*.spec', '*.spec', false)).toBe(true)
    expect(matchRsyncPattern('\\*.spec', 'x.spec', false)).toBe(false)
    expect(matchRsyncPattern('docs/***', 'docs', true)).toBe(true)
    expect(matchRsyncPattern('docs/***', 'docs/a/b', false)).toBe(true)
    expect(matchRsyncPattern('docs/***', 'docsx', false)).toBe(false)
    expect(matchRsyncPattern('a.(b)+', 'a.(b)+', false)).toBe(true)
  })

  it('matches directories only with a trailing slash', () => {
    expect(matchRsyncPattern('tests/', 'tests', true)).toBe(true)
    expect(matchRsyncPattern('tests/', 'tests', false)).toBe(false)
    expect(matchRsyncPattern('/', 'x', true)).toBe(false)
  })
})

describe('expandSourceGlob', () => {
  const files = ['a/x.spec', 'a/y.txt', 'a/.hidden', 'a/sub/z.spec', 'b/x.spec', 'c[1]/f', '^x', 'notes!']

  it('expands like Python glob.glob, sorted', () => {
    expect(expandSourceGlob('*/x.spec', files)).toEqual(['a/x.spec', 'b/x.spec'])
    expect(expandSourceGlob('a/*', files)).toEqual(['a/sub', 'a/x.spec', 'a/y.txt'])
    expect(expandSourceGlob('a/**', files)).toEqual(['a/sub', 'a/x.spec', 'a/y.txt'])
    expect(expandSourceGlob('a/?.*', files)).toEqual(['a/x.spec', 'a/y.txt'])
    expect(expandSourceGlob('[ab]/x.spec', files)).toEqual(['a/x.spec', 'b/x.spec'])
    expect(expandSourceGlob('[!a]/x.spec', files)).toEqual(['b/x.spec'])
    expect(expandSourceGlob('[^]x', files)).toEqual(['^x'])
    expect(expandSourceGlob('*/', files)).toEqual(['a', 'b', 'c[1]'])
    expect(expandSourceGlob('c[[]1]/*', files)).toEqual(['c[1]/f'])
    expect(expandSourceGlob('notes[!]', files)).toEqual([])
    expect(expandSourceGlob('notes[]!]', files)).toEqual(['notes!'])
    expect(expandSourceGlob('notes[!', files)).toEqual([])
    expect(expandSourceGlob('c[1*', files)).toEqual(['c[1]'])
    expect(expandSourceGlob('c[*/f', files)).toEqual(['c[1]/f'])
    expect(expandSourceGlob('a/x.spec/*', files)).toEqual([])
  })

  it('returns nothing for illegal paths', () => {
    expect(expandSourceGlob('../*', files)).toEqual([])
  })
})

describe('parseFilterRules and normalizeRepoPath', () => {
  it('parses long and short rule names', () => {
    expect(parseFilterRules(['protect .git*', 'P sources', '- a', '+_b', 'exclude c d'])).toEqual([
      { action: 'protect', pattern: '.git*' },
      { action: 'protect', pattern: 'sources' },
      { action: 'exclude', pattern: 'a' },
      { action: 'include', pattern: 'b' },
      { action: 'exclude', pattern: 'c d' },
    ])
  })

  it('normalises repository paths', () => {
    expect(normalizeRepoPath('./a//b/')).toEqual({ path: 'a/b', trailingSlash: true })
    expect(normalizeRepoPath('.')).toEqual({ path: '', trailingSlash: false })
    expect(normalizeRepoPath('a/../..')).toBeUndefined()
  })
})

describe('planFileSync: symbolic links', () => {
  const links = (entries: Record<string, string>) => new Map(Object.entries(entries))
  const distro = item({ src: ['.distro/'], dest: '.' })
  const REFUSE_FIX = 'replace the link by the file it points to, or point it inside the source-git repository'

  it('copies a link inside the repository as a link, with the same target text (rsync --archive)', () => {
    const plan = planFileSync([distro], ['.distro/a.spec', '.distro/README', '.distro/docs'], [], {
      sourceLinks: links({ '.distro/README': 'a.spec', '.distro/docs': './' }),
    })
    expect(plan).toEqual({
      copies: [
        { from: '.distro/a.spec', to: 'a.spec' },
        { from: '.distro/README', to: 'README', link: 'a.spec' },
        { from: '.distro/docs', to: 'docs', link: './' },
      ],
      deletes: [],
      problems: [],
      unmatched: [],
    })
  })

  it('refuses links in a synced directory that lead out of the repository or into .git', () => {
    const plan = planFileSync(
      [distro],
      ['.distro/a.spec', '.distro/hostname', '.distro/up', '.distro/token', '.distro/chain', '.distro/loop'],
      [],
      {
        sourceLinks: links({
          '.distro/hostname': '/etc/hostname',
          '.distro/up': '../../secret',
          '.distro/token': '../.git/config',
          '.distro/chain': 'up',
          '.distro/loop': 'loop',
        }),
      },
    )
    expect(plan.copies).toEqual([{ from: '.distro/a.spec', to: 'a.spec' }])
    expect(plan.problems).toEqual([
      `files_to_sync[0]: .distro/hostname is a symbolic link to /etc/hostname, an absolute path, outside the source-git repository; ${REFUSE_FIX}`,
      `files_to_sync[0]: .distro/up is a symbolic link to ../../secret, outside the source-git repository; ${REFUSE_FIX}`,
      "files_to_sync[0]: .distro/token is a symbolic link to ../.git/config, inside .git, which srcgit never reads or writes (it holds the checkout's credentials); remove the link, or point it at a file of the repository outside .git",
      `files_to_sync[0]: .distro/chain leads through the symbolic link .distro/up -> ../../secret, outside the source-git repository; ${REFUSE_FIX}`,
      'files_to_sync[0]: .distro/loop is a symbolic link to loop, a loop of symbolic links; replace the link by the file it points to, or point it inside the source-git repository',
    ])
  })

  it('lets an excluded link be', () => {
    const plan = planFileSync(
      [item({ src: ['.distro/'], dest: '.', filters: ['- hostname'] })],
      ['.distro/a.spec', '.distro/hostname'],
      [],
      { sourceLinks: links({ '.distro/hostname': '/etc/hostname' }) },
    )
    expect(plan).toMatchObject({ copies: [{ from: '.distro/a.spec', to: 'a.spec' }], problems: [] })
  })

  it('follows a src that is a link, or lies under a linked directory, as Packit resolves it', () => {
    const sourceFiles = [
      'fedora/pkg.spec',
      'fedora/notes.txt',
      'fedora/tests/t.yml',
      'pkg.spec',
      'packaging',
      'deep',
    ]
    const sourceLinks = links({ 'pkg.spec': 'fedora/pkg.spec', packaging: 'fedora', deep: 'fedora/tests' })
    expect(
      planFileSync(
        [
          item({ src: ['pkg.spec'], dest: 'p.spec' }),
          item({ src: ['packaging/tests/'], dest: 'tests/', mkpath: true }),
          // `..` after a link goes up from where the link led (fedora/tests/.. is fedora), as Path.resolve does.
          item({ src: ['deep/../notes.txt'], dest: 'notes.txt' }),
          item({ src: ['packaging'], dest: 'copy/', mkpath: true }),
        ],
        sourceFiles,
        [],
        { sourceLinks },
      ).copies,
    ).toEqual([
      { from: 'fedora/pkg.spec', to: 'p.spec' },
      { from: 'fedora/tests/t.yml', to: 'tests/t.yml' },
      { from: 'fedora/notes.txt', to: 'notes.txt' },
      // rsync is given the resolved directory, so it arrives under that name.
      { from: 'fedora/pkg.spec', to: 'copy/fedora/pkg.spec' },
      { from: 'fedora/notes.txt', to: 'copy/fedora/notes.txt' },
      { from: 'fedora/tests/t.yml', to: 'copy/fedora/tests/t.yml' },
    ])
  })

  it('refuses a src that is a link out, or under a linked directory that leads out', () => {
    const sourceLinks = links({ 'pkg.spec': '/etc/passwd', etc: '../../../etc', git: '.git' })
    const plan = planFileSync(
      [
        item({ src: ['pkg.spec'], dest: 'p.spec' }),
        item({ src: ['etc/hostname'], dest: 'h' }),
        item({ src: ['etc/*'], dest: '.' }),
        item({ src: ['git/config'], dest: 'c' }),
        item({ src: ['.git/config'], dest: 'c' }),
      ],
      ['pkg.spec', 'etc', 'git'],
      [],
      { sourceLinks },
    )
    expect(plan.copies).toEqual([])
    expect(plan.problems).toEqual([
      `files_to_sync[0]: src "pkg.spec": pkg.spec is a symbolic link to /etc/passwd, an absolute path, outside the source-git repository; ${REFUSE_FIX}`,
      `files_to_sync[1]: src "etc/hostname": etc/hostname leads through the symbolic link etc -> ../../../etc, outside the source-git repository; ${REFUSE_FIX}`,
      `files_to_sync[2]: src "etc/*": etc is a symbolic link to ../../../etc, outside the source-git repository; ${REFUSE_FIX}`,
      'files_to_sync[3]: src "git/config": git/config leads through the symbolic link git -> .git, inside .git, which srcgit never reads or writes (it holds the checkout\'s credentials); remove the link, or point it at a file of the repository outside .git',
      'files_to_sync[4]: src ".git/config": .git/config is inside .git, which srcgit never reads or writes (it holds the checkout\'s credentials); use a path inside the source-git repository, outside .git',
    ])
  })

  it('does not glob through a linked directory (Python glob would, and rsync would then copy what is behind it)', () => {
    const plan = planFileSync([item({ src: ['*/hostname'], dest: '.' })], ['etc', 'a/hostname'], [], {
      sourceLinks: links({ etc: '/etc' }),
    })
    expect(plan).toEqual({
      copies: [{ from: 'a/hostname', to: 'hostname' }],
      deletes: [],
      problems: [],
      unmatched: [],
    })
  })

  it('sends a glob match that is a link as a link, and refuses one that leads out', () => {
    const plan = planFileSync(
      [item({ src: ['Fedora/*'], dest: '.' })],
      ['Fedora/a.spec', 'Fedora/b.conf', 'Fedora/c.conf'],
      [],
      { sourceLinks: links({ 'Fedora/b.conf': 'a.spec', 'Fedora/c.conf': '../../c.conf' }) },
    )
    expect(plan.copies).toEqual([
      { from: 'Fedora/a.spec', to: 'a.spec' },
      { from: 'Fedora/b.conf', to: 'b.conf', link: 'a.spec' },
    ])
    expect(plan.problems).toEqual([
      `files_to_sync[0]: Fedora/c.conf is a symbolic link to ../../c.conf, outside the source-git repository; ${REFUSE_FIX}`,
    ])
  })

  it('refuses a copied link that would point out of dist-git from its new place', () => {
    const plan = planFileSync([distro], ['.distro/NEWS', 'NEWS', '.distro/sub/x'], [], {
      sourceLinks: links({ '.distro/NEWS': '../NEWS', '.distro/sub/x': '../../NEWS' }),
    })
    expect(plan.copies).toEqual([])
    expect(plan.problems).toEqual([
      'files_to_sync[0]: .distro/NEWS copied to dist-git: NEWS is a symbolic link to ../NEWS, outside the dist-git repository; replace the link by the file it points to, or point it inside the dist-git repository',
      'files_to_sync[0]: .distro/sub/x copied to dist-git: sub/x is a symbolic link to ../../NEWS, outside the dist-git repository; replace the link by the file it points to, or point it inside the dist-git repository',
    ])
  })

  it('follows a dest that is a link inside dist-git and refuses one that leads out or into .git', () => {
    const destLinks = links({ current: 'tests', out: '/tmp', hooks: '.git/hooks' })
    const destFiles = ['tests/old.yml', 'current', 'out', 'hooks']
    const sourceFiles = ['t.yml']
    expect(
      planFileSync([item({ src: ['t.yml'], dest: 'current/' })], sourceFiles, destFiles, { destLinks })
        .copies,
    ).toEqual([{ from: 't.yml', to: 'tests/t.yml' }])
    const plan = planFileSync(
      [
        item({ src: ['t.yml'], dest: 'out/' }),
        item({ src: ['t.yml'], dest: 'hooks/post-commit' }),
        item({ src: ['t.yml'], dest: '.git/hooks/post-commit' }),
      ],
      sourceFiles,
      destFiles,
      { destLinks },
    )
    expect(plan.copies).toEqual([])
    expect(plan.problems).toEqual([
      'files_to_sync[0]: dest "out/": out is a symbolic link to /tmp, an absolute path, outside the dist-git repository; replace the link by the file it points to, or point it inside the dist-git repository',
      'files_to_sync[1]: dest "hooks/post-commit": hooks/post-commit leads through the symbolic link hooks -> .git/hooks, inside .git, which srcgit never reads or writes (it holds the checkout\'s credentials); remove the link, or point it at a file of the repository outside .git',
      'files_to_sync[2]: dest ".git/hooks/post-commit": .git/hooks/post-commit is inside .git, which srcgit never reads or writes (it holds the checkout\'s credentials); use a path inside the dist-git repository, outside .git',
    ])
  })

  it('replaces a dist-git link where a file or directory is copied, as rsync does', () => {
    const plan = planFileSync([distro], ['.distro/tests/t.yml', '.distro/a.spec'], ['tests', 'a.spec'], {
      destLinks: links({ tests: '/etc', 'a.spec': '/etc/passwd' }),
    })
    expect(plan).toEqual({
      copies: [
        { from: '.distro/tests/t.yml', to: 'tests/t.yml' },
        { from: '.distro/a.spec', to: 'a.spec' },
      ],
      deletes: ['tests'],
      problems: [],
      unmatched: [],
    })
  })

  it('leaves out a spec that is a link by its own path and by the one it leads to', () => {
    const plan = planFileSync([distro], ['.distro/pkg.spec', '.distro/real.spec', '.distro/x'], [], {
      specPath: '.distro/pkg.spec',
      dropSpec: true,
      sourceLinks: links({ '.distro/pkg.spec': 'real.spec' }),
    })
    expect(plan.copies).toEqual([{ from: '.distro/x', to: 'x' }])
  })
})
