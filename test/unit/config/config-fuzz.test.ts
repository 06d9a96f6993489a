/**
 * Property tests of the configuration loader: whatever the input (YAML-ish text, bytes, trees of
 * known keys with random values, valid configurations and mutations of them), parseConfigText
 * returns either a configuration or errors with positions, quickly, and never throws. Valid
 * configurations print (configToYaml / configToJson) into exactly what configToPlain holds.
 *
 * configToYaml is a report, not a configuration (packages in full, derived keys such as
 * lookaside_cache_url and fast_forward_merge_into, a `file` key): parsing it again as a Packit
 * configuration is not meant to give the same resolution, so that is not a property here.
 *
 * SRCGIT_FUZZ_SEED picks another seed, SRCGIT_FUZZ_SCALE multiplies the number of cases.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { parse as parseYaml, stringify } from 'yaml'
import { configToJson, configToPlain, configToYaml, parseConfigText } from '../../../src/config/index.js'
import type { ParseContext, ParseResult } from '../../../src/config/index.js'
import { JOB_ONLY_KEYS, PACKAGE_KEYS, TRIGGERS } from '../../../src/config/schema.js'

const SEED = Number(process.env.SRCGIT_FUZZ_SEED ?? 20260101)
const SCALE = Number(process.env.SRCGIT_FUZZ_SCALE ?? 1)
const runs = (count: number): number => Math.max(1, Math.round(count * SCALE))
/** A single parse slower than this counts as a hang (real configurations take a few milliseconds). */
const DEADLINE_MS = 1000

const stats = { cases: 0, crashes: 0, hangs: 0, accepted: 0, started: Date.now() }

afterAll(() => {
  const seconds = ((Date.now() - stats.started) / 1000).toFixed(1)
  console.log(
    `config fuzz: ${stats.cases} cases (${stats.accepted} accepted), ${stats.crashes} crashes, ` +
      `${stats.hangs} hangs, ${seconds} s, seed ${SEED}`,
  )
})

/**
 * Parse and check what every result must satisfy. Throws (failing the property, with the input
 * shrunk by fast-check) on a crash, a hang or a malformed result.
 */
function check(
  text: string,
  file = '.packit.yaml',
  context: ParseContext = { repoName: 'demo' },
): ParseResult {
  stats.cases++
  const started = performance.now()
  let result: ParseResult
  try {
    result = parseConfigText(text, file, context)
  } catch (error) {
    stats.crashes++
    throw new Error(`parseConfigText threw: ${(error as Error).stack}`)
  }
  const elapsed = performance.now() - started
  if (elapsed > DEADLINE_MS) {
    stats.hangs++
    throw new Error(`parseConfigText took ${Math.round(elapsed)} ms`)
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error')
  if (result.config) {
    stats.accepted++
    if (errors.length > 0) throw new Error('a configuration came with errors')
  } else if (errors.length === 0) {
    throw new Error('no configuration and no error')
  }
  const lineCount = text.split(/\r\n|\r|\n/).length
  for (const d of result.diagnostics) {
    if (d.file !== file) throw new Error(`diagnostic for another file: ${d.file}`)
    if (typeof d.message !== 'string' || d.message === '' || /[\n\r]/.test(d.message))
      throw new Error(`not a one-line message: ${JSON.stringify(d.message)}`)
    // Echoed input is cut to 80 characters, whole messages to 400.
    if (d.message.length > 400) throw new Error(`message of ${d.message.length} characters`)
    if (d.suggestion !== undefined && d.suggestion.length > 400) throw new Error('suggestion too long')
    if (d.line !== undefined) {
      if (d.column === undefined || d.line < 1 || d.column < 1 || d.line > lineCount + 1)
        throw new Error(`bad position ${d.line}:${d.column} in ${lineCount} lines`)
    }
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Generators

const KNOWN_KEYS = [...Object.keys(PACKAGE_KEYS), ...Object.keys(JOB_ONLY_KEYS), 'packages', 'jobs', '_']
const NESTED_KEYS = [
  'src',
  'dest',
  'mkpath',
  'delete',
  'filters',
  'path',
  'url',
  'fast_forward_merge_into',
  'distros',
  'additional_repos',
  'pull_request',
  'successful_build',
  'failure_comment',
  'message',
  'label',
  'present',
  'absent',
  'post-upstream-clone',
  'pre-sync',
  'changelog-entry',
  'dist-git-branch',
  'dist_git_branch',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
]

/** Words and symbols that matter to YAML and to the schema, to assemble YAML-ish text from. */
const TOKENS = [
  ...KNOWN_KEYS.slice(0, 40),
  ...NESTED_KEYS,
  ':',
  ': ',
  '-',
  '- ',
  '\n',
  '\n  ',
  '\n    ',
  '  ',
  '\t',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a',
  '*a',
  '&b ',
  '*b',
  '<<: ',
  '!',
  '!!str ',
  '!foo ',
  '|',
  '>-',
  '"',
  "'",
  '#',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '?',
  '@',
  '`',
  'yes',
  'on',
  '~',
  'null',
  '1.10',
  '010',
  '0x1F',
  '1e3',
  '1:30',
  '2024-01-01',
  '=',
  'v{version}',
  'fedora-all',
  'commit | release',
  'propose_downstream',
  '\\',
  '\u0000',
  '\u00e9',
  '\ud83d\ude00',
  'x'.repeat(300),
]

const yamlishText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''))

const scalar = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    1,
    -1,
    2.5,
    '',
    'yes',
    'on',
    '010',
    'v{version}',
    'fedora-all',
    'a/b',
  ),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(
    ...TRIGGERS,
    'commit | koji_build',
    ' release',
    'release |',
    'propose_downstream',
    'koji_build',
  ),
)

/** Trees of known keys (and some others) with values of any shape. */
const { tree } = fc.letrec<{ tree: unknown; map: Record<string, unknown>; list: unknown[] }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('map'), tie('list')),
  map: fc.dictionary(
    fc.oneof(fc.constantFrom(...KNOWN_KEYS, ...NESTED_KEYS), fc.string({ maxLength: 12 })),
    tie('tree'),
    { maxKeys: 6 },
  ),
  list: fc.array(tie('tree'), { maxLength: 4 }),
}))

const BRANCHES = [
  'fedora-all',
  'fedora-stable',
  'fedora-rawhide',
  'epel-9',
  'epel-all',
  'f41',
  'c10s',
  'main',
]
const NAMES = ['a', 'b', 'python-foo', 'podman-fedora']

const branchList = fc.uniqueArray(fc.constantFrom(...BRANCHES), { minLength: 1, maxLength: 3 })
const filesToSync = fc.array(
  fc.oneof(
    fc.constantFrom('demo.spec', '.packit.yaml', 'plans/'),
    fc.record(
      {
        src: fc.oneof(fc.constantFrom('.distro/', 'a.spec'), fc.constant(['a', 'b'])),
        dest: fc.constantFrom('.', 'demo.spec', 'tests/'),
        mkpath: fc.boolean(),
        delete: fc.boolean(),
        filters: fc.constant(['protect .git*', 'exclude source-git.yaml']),
      },
      { requiredKeys: ['src', 'dest'] },
    ),
  ),
  { maxLength: 3 },
)

/** Package keys with values valid anywhere (no single-string branches: those only work in jobs). */
const PACKAGE_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  specfile_path: fc.constantFrom('demo.spec', 'fedora/demo.spec', '.distro/demo.spec'),
  downstream_package_name: fc.constantFrom('demo', 'python-demo', 'other'),
  upstream_package_name: fc.constantFrom('demo', 'demo-upstream'),
  upstream_tag_template: fc.constantFrom('{version}', 'v{version}', '{upstream_package_name}-{version}'),
  upstream_ref: fc.constantFrom('v1.0', '1.*', 'abc123'),
  dist_git_branches: fc.oneof(
    branchList,
    fc.constant({ 'fedora-rawhide': { fast_forward_merge_into: ['fedora-branched'] }, 'epel-9': {} }),
  ),
  files_to_sync: filesToSync,
  sync_changelog: fc.boolean(),
  create_pr: fc.oneof(fc.boolean(), fc.constantFrom('yes', 'off', 1, 0)),
  patch_generation_ignore_paths: fc.constant(['.distro']),
  patch_generation_patch_id_digits: fc.oneof(fc.nat(6), fc.constant('2')),
  spec_source_id: fc.oneof(fc.nat(3), fc.constant('Source1')),
  version_update_mask: fc.constant('\\d+\\.\\d+\\.'),
  version_update_specifiers: fc.constantFrom('>=2,<3', '~=1.2', ''),
  prerelease_suffix_pattern: fc.constantFrom('', 'rc\\d+'),
  pkg_tool: fc.constantFrom('fedpkg', 'centpkg', 'centpkg-sig'),
  sig: fc.constant('kmods'),
  targets: fc.oneof(fc.constant(['fedora-all']), fc.constant({ 'fedora-all': { distros: ['c9'] } })),
  actions: fc.constant({ 'post-upstream-clone': 'make spec', 'pre-sync': ['make', ['git', 'log']] }),
  sources: fc.constant([{ path: 'a.tar.gz', url: 'https://example.org/a.tar.gz' }]),
  notifications: fc.constant({ failure_issue: { create: false } }),
  env: fc.constant({ A: 'b', N: [1] }),
  clone_repos_before_run_condition: fc.boolean(),
  skip_missing_branched_composes: fc.boolean(),
}

/** A handful of package keys with valid values (a real package sets a few, not all). */
const packageKeys: fc.Arbitrary<Record<string, unknown>> = fc
  .subarray(Object.keys(PACKAGE_VALUES), { maxLength: 6 })
  .chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, PACKAGE_VALUES[key]]))))

interface GeneratedConfig {
  text: string
  context: ParseContext
}

/** Configurations Packit accepts (with a spec for every job that needs one). */
const validConfig: fc.Arbitrary<GeneratedConfig> = fc
  .record({
    top: packageKeys,
    monorepo: fc.boolean(),
    packageNames: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }),
    packageValues: fc.array(packageKeys, { minLength: 3, maxLength: 3 }),
    jobs: fc.option(
      fc.array(
        fc.record(
          {
            job: fc.constantFrom(
              'propose_downstream',
              'pull_from_upstream',
              'koji_build',
              'bodhi_update',
              'copr_build',
              'tests',
            ),
            trigger: fc.constantFrom(
              'release',
              'commit',
              'pull_request',
              'commit | koji_build',
              'koji_build',
            ),
            dist_git_branches: fc.oneof(branchList, fc.constantFrom(...BRANCHES)),
            upstream_tag_template: fc.constantFrom('v{version}', 'release-{version}'),
            manual_trigger: fc.boolean(),
            select: fc.constantFrom('none', 'list', 'dict'),
          },
          { requiredKeys: ['job', 'trigger', 'select'] },
        ),
        { maxLength: 4 },
      ),
      { nil: undefined },
    ),
    repoName: fc.option(fc.constantFrom('demo', 'podman'), { nil: undefined }),
    shareAnchors: fc.boolean(),
  })
  .map(({ top, monorepo, packageNames, packageValues, jobs, repoName, shareAnchors }) => {
    const config: Record<string, unknown> = { ...top, specfile_path: top.specfile_path ?? 'demo.spec' }
    if (!monorepo && repoName === undefined) config.downstream_package_name ??= 'demo'
    if (monorepo) {
      const packages: Record<string, unknown> = {}
      packageNames.forEach((name, index) => {
        // Every package gets its own spec: Packit does not let a top-level one reach it.
        packages[name] = { ...packageValues[index], specfile_path: `${name}.spec` }
      })
      config.packages = packages
    }
    if (jobs !== undefined) {
      const shared = ['fedora-all', 'epel-9']
      config.jobs = jobs.map(({ select, ...job }) => {
        const entry: Record<string, unknown> = { ...job }
        if (shareAnchors && job.job === 'copr_build') Object.assign(entry, { targets: shared })
        if (monorepo && select === 'list') entry.packages = packageNames.slice(0, 1)
        if (monorepo && select === 'dict')
          entry.packages = { [packageNames[0]]: { upstream_tag_template: 'x-{version}' } }
        return entry
      })
    }
    // Shared objects come out as YAML anchors and aliases.
    return { text: stringify(config, { aliasDuplicateObjects: shareAnchors }), context: { repoName } }
  })

/** A valid configuration with a few characters inserted, removed or replaced. */
const mutatedConfig = fc
  .tuple(
    validConfig,
    fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...TOKENS.slice(-60))), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([config, edits]) => {
    let text = config.text
    for (const [at, remove, insert] of edits) {
      const position = text.length === 0 ? 0 : at % text.length
      text = text.slice(0, position) + insert + text.slice(position + remove)
    }
    return { text, context: config.context }
  })

// ---------------------------------------------------------------------------------------------
// Properties

const options = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns: runs(numRuns),
  seed: SEED,
  endOnFailure: true,
})

describe('parseConfigText never crashes nor hangs', () => {
  it('on YAML-ish text', () => {
    fc.assert(
      fc.property(yamlishText, (text) => {
        check(text)
      }),
      options(1500),
    )
  })

  it('on random bytes read as UTF-8 and Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        check(Buffer.from(bytes).toString('utf8'))
        check(Buffer.from(bytes).toString('latin1'), '.distro/source-git.yaml')
      }),
      options(300),
    )
  })

  it('on trees of known keys with values of any shape', () => {
    fc.assert(
      fc.property(
        tree,
        fc.boolean(),
        fc.option(fc.constantFrom('demo', ''), { nil: undefined }),
        (value, source, repoName) => {
          const text = stringify(value)
          check(text, source ? '.distro/source-git.yaml' : '.packit.yaml', { repoName })
          // The same tree under "jobs", where jobs-only rules apply.
          check(
            stringify({
              downstream_package_name: 'demo',
              jobs: [
                value,
                {
                  job: 'tests',
                  trigger: 'commit',
                  ...(typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}),
                },
              ],
            }),
          )
        },
      ),
      options(1100),
    )
  })

  it('on mutated valid configurations', () => {
    fc.assert(
      fc.property(mutatedConfig, ({ text, context }) => {
        check(text, '.packit.yaml', context)
      }),
      options(800),
    )
  })

  it('never pollutes Object.prototype', () => {
    const probe = {} as Record<string, unknown>
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
      Object.getOwnPropertyNames(Object.getPrototypeOf(probe)).sort(),
    )
    for (const key of ['polluted', 'src', 'dest', 'a', 'x']) expect(probe[key]).toBeUndefined()
  })
})

describe('valid configurations', () => {
  it('resolve, deterministically, into jobs of known packages and triggers, and print faithfully', () => {
    fc.assert(
      fc.property(validConfig, ({ text, context }) => {
        const result = check(text, '.packit.yaml', context)
        const config = result.config
        if (!config)
          throw new Error(
            `refused: ${JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error'))}\n${text}`,
          )
        const names = new Set(Object.keys(config.packages))
        for (const job of config.jobs) {
          if (!names.has(job.package_name)) throw new Error(`job of unknown package ${job.package_name}`)
          if (!(TRIGGERS as readonly string[]).includes(job.trigger))
            throw new Error(`trigger ${job.trigger}`)
          if (job.config.specfile_path === null) throw new Error('job without spec file')
        }
        if (JSON.stringify(parseConfigText(text, '.packit.yaml', context)) !== JSON.stringify(result))
          throw new Error('a second parse resolved differently')
        // What is printed is what configToPlain holds, and the JSON is the whole configuration.
        const plain = JSON.parse(JSON.stringify(configToPlain(config))) as unknown
        if (!isDeepStrictEqual(parseYaml(configToYaml(config)), plain))
          throw new Error('configToYaml differs')
        if (!isDeepStrictEqual(JSON.parse(configToJson(config)), JSON.parse(JSON.stringify(config))))
          throw new Error('configToJson differs')
      }),
      options(800),
    )
  })
})
