import { describe, expect, it } from '@jest/globals'
import type { FilesToSyncItem } from '../../../src/config/index.js'
import { reverseSyncPaths } from '../../../src/dist-git/reverse-sync.js'

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

const SOURCE_GIT = [
  'README.md',
  'ini.c',
  '.distro/.gitignore',
  '.distro/inih.spec',
  '.distro/source-git.yaml',
  '.distro/inih.rpmlintrc',
  '.distro/tests/tests.yml',
]
const DIST_GIT = ['.gitignore', 'sources', 'inih.spec', 'inih.rpmlintrc', 'tests/tests.yml']

describe('reverseSyncPaths with the source-git default item', () => {
  const map = (paths: string[], items = [SOURCE_GIT_DEFAULT]) =>
    Object.fromEntries(
      reverseSyncPaths(items, SOURCE_GIT, DIST_GIT, paths, { specPath: '.distro/inih.spec' }),
    )

  it('maps existing and new dist-git files under .distro/', () => {
    expect(map(['inih.rpmlintrc', 'tests/tests.yml', 'tests/smoke/runtest.sh', 'README.packit'])).toEqual({
      'inih.rpmlintrc': '.distro/inih.rpmlintrc',
      'tests/tests.yml': '.distro/tests/tests.yml',
      'tests/smoke/runtest.sh': '.distro/tests/smoke/runtest.sh',
      'README.packit': '.distro/README.packit',
    })
  })

  it('leaves out excluded names and the spec, which the caller maps', () => {
    expect(map(['source-git.yaml', '.gitignore', 'tests/.gitignore', 'inih.spec'])).toEqual({})
  })

  it('maps protected files like any other: protect only guards against --delete', () => {
    expect(map(['sources'])).toEqual({ sources: '.distro/sources' })
  })
})

describe('reverseSyncPaths with other items', () => {
  it('maps a single file to its src, whether dest names the file or a directory', () => {
    const items = [
      item({ src: ['packaging/inih.rpmlintrc'], dest: 'inih.rpmlintrc' }),
      item({ src: ['packaging/tests.yml'], dest: 'tests/' }),
    ]
    const result = reverseSyncPaths(items, ['packaging/inih.rpmlintrc', 'packaging/tests.yml'], DIST_GIT, [
      'inih.rpmlintrc',
      'tests/tests.yml',
      'tests/other.yml',
    ])
    expect(Object.fromEntries(result)).toEqual({
      'inih.rpmlintrc': 'packaging/inih.rpmlintrc',
      'tests/tests.yml': 'packaging/tests.yml',
    })
  })

  it('maps into a directory copied without a trailing slash (dest/dir/...)', () => {
    const items = [item({ src: ['fedora/tests'], dest: '.' })]
    const result = reverseSyncPaths(items, ['fedora/tests/a.yml'], DIST_GIT, ['tests/b.yml', 'other.yml'])
    expect(Object.fromEntries(result)).toEqual({ 'tests/b.yml': 'fedora/tests/b.yml' })
  })

  it('maps a glob in the last component by the file name', () => {
    const items = [item({ src: ['fedora/*.conf'], dest: '.' })]
    const result = reverseSyncPaths(items, ['fedora/a.conf'], DIST_GIT, ['a.conf', 'b.conf', 'c.txt'])
    expect(Object.fromEntries(result)).toEqual({ 'a.conf': 'fedora/a.conf', 'b.conf': 'fedora/b.conf' })
  })

  it('lets a later item win as it does in the forward sync', () => {
    const items = [item({ src: ['one/'], dest: '.' }), item({ src: ['two/x.conf'], dest: 'x.conf' })]
    const result = reverseSyncPaths(items, ['one/x.conf', 'two/x.conf'], ['x.conf'], ['x.conf'])
    expect(result.get('x.conf')).toBe('two/x.conf')
  })

  it('maps nothing without items', () => {
    expect(reverseSyncPaths([], SOURCE_GIT, DIST_GIT, ['inih.rpmlintrc']).size).toBe(0)
  })
})
