/**
 * Formatting diagnostics and printing resolved configurations.
 */
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import {
  configToJson,
  configToPlain,
  configToYaml,
  formatDiagnostic,
  formatReport,
  sortDiagnostics,
  summarizeDiagnostics,
} from '../../../src/config/index.js'
import type { Diagnostic } from '../../../src/config/index.js'
import { lines, parse, resolve } from './helpers.js'

const diagnostic = (overrides: Partial<Diagnostic> = {}): Diagnostic => ({
  severity: 'error',
  code: 'unknown-key',
  file: '.packit.yaml',
  line: 12,
  column: 5,
  path: 'jobs[0].dist_git_branchs',
  message: 'unknown key "dist_git_branchs" in jobs[0]',
  expected: 'a key Packit accepts at this level',
  suggestion: 'did you mean "dist_git_branches"?',
  ...overrides,
})

describe('formatDiagnostic', () => {
  it('prints the location, the message, the suggestion and the source line with a caret', () => {
    const source = Array.from({ length: 11 }, () => 'x').join('\n') + '\n    dist_git_branchs: [fedora-all]\n'
    expect(formatDiagnostic(diagnostic(), source)).toBe(
      [
        '.packit.yaml:12:5: error: unknown key "dist_git_branchs" in jobs[0]; did you mean "dist_git_branches"?',
        '   12 |     dist_git_branchs: [fedora-all]',
        '      |     ^',
      ].join('\n'),
    )
  })

  it('keeps tabs in the caret line so the caret lines up', () => {
    const text = formatDiagnostic(diagnostic({ line: 1, column: 3, suggestion: undefined }), '\t\tx: 1\n')
    expect(text.split('\n')[2]).toBe('      | \t\t^')
  })

  it('prints only the headline without source, or for a line beyond the source', () => {
    expect(formatDiagnostic(diagnostic({ suggestion: undefined }))).toBe(
      '.packit.yaml:12:5: error: unknown key "dist_git_branchs" in jobs[0]',
    )
    expect(formatDiagnostic(diagnostic(), 'one line\n').split('\n')).toHaveLength(1)
  })

  it('prints whole-file diagnostics without a position', () => {
    const warning = diagnostic({
      severity: 'warning',
      line: undefined,
      column: undefined,
      suggestion: undefined,
    })
    expect(formatDiagnostic(warning, 'x\n')).toBe(
      '.packit.yaml: warning: unknown key "dist_git_branchs" in jobs[0]',
    )
    expect(formatDiagnostic(diagnostic({ column: undefined, suggestion: undefined }))).toMatch(
      /^\.packit\.yaml:12:1: /,
    )
  })
})

describe('summaries and reports', () => {
  it('count errors and warnings', () => {
    const warning = diagnostic({ severity: 'warning' })
    expect(summarizeDiagnostics([diagnostic(), diagnostic()], 'a.yaml')).toBe('2 errors in a.yaml')
    expect(summarizeDiagnostics([diagnostic(), warning], 'a.yaml')).toBe('1 error and 1 warning in a.yaml')
    expect(summarizeDiagnostics([warning, warning], 'a.yaml')).toBe('2 warnings in a.yaml')
    expect(summarizeDiagnostics([], 'a.yaml')).toBe('no problems in a.yaml')
  })

  it('sort by file and position, whole-file diagnostics first', () => {
    const sorted = sortDiagnostics([
      diagnostic({ line: 3, column: 2 }),
      diagnostic({ line: 3, column: 1 }),
      diagnostic({ line: undefined, column: undefined }),
      diagnostic({ file: '.distro/source-git.yaml', line: 9 }),
    ])
    expect(sorted.map((d) => [d.file, d.line, d.column])).toEqual([
      ['.distro/source-git.yaml', 9, 5],
      ['.packit.yaml', undefined, undefined],
      ['.packit.yaml', 3, 1],
      ['.packit.yaml', 3, 2],
    ])
  })

  it('show source lines only for the file they belong to', () => {
    const report = formatReport(
      [diagnostic({ line: 1, column: 1 }), diagnostic({ file: 'other.yaml', line: 1, column: 1 })],
      '.packit.yaml',
      'dist_git_branchs: x\n',
    )
    expect(report.split('\n')).toEqual([
      '.packit.yaml:1:1: error: unknown key "dist_git_branchs" in jobs[0]; did you mean "dist_git_branches"?',
      '    1 | dist_git_branchs: x',
      '      | ^',
      'other.yaml:1:1: error: unknown key "dist_git_branchs" in jobs[0]; did you mean "dist_git_branches"?',
      '2 errors in .packit.yaml',
    ])
  })
})

describe('configToYaml', () => {
  const config = resolve(
    lines(
      'srpm_build_deps: [make]',
      'packages:',
      '  a: {}',
      '  b: {}',
      'jobs:',
      '  - job: propose_downstream',
      '    trigger: release',
      '    dist_git_branches:',
      '      rawhide:',
      '        fast_forward_merge_into: [f41]',
      '  - job: koji_build',
      '    trigger: commit',
      '    packages: [b]',
      '    manual_trigger: true',
      '    skip_build: true',
      '    labels: [x]',
      '    sidetag_group: group',
      '    dependents: [c]',
      '    dependencies: [d]',
    ),
    '.packit.yaml',
    // No repository name: the packages are named by their keys.
    {},
  )

  it('prints packages in full and jobs with only what differs from their package', () => {
    const text = configToYaml(config)
    expect(text).toMatch(/^# Resolved configuration from \.packit\.yaml\n/)
    const printed = parseYaml(text) as { packages: Record<string, Record<string, unknown>>; jobs: unknown[] }
    expect(printed.packages.a).toMatchObject({ downstream_package_name: 'a', srpm_build_deps: ['make'] })
    expect(printed.packages.b.srpm_build_deps).toEqual(['make'])
    expect(printed.jobs).toEqual([
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'a',
        identifier: 'a',
        dist_git_branches: ['rawhide'],
        fast_forward_merge_into: { rawhide: ['f41'] },
      },
      {
        job: 'propose_downstream',
        trigger: 'release',
        package: 'b',
        identifier: 'b',
        dist_git_branches: ['rawhide'],
        fast_forward_merge_into: { rawhide: ['f41'] },
      },
      {
        job: 'koji_build',
        trigger: 'commit',
        package: 'b',
        manual_trigger: true,
        skip_build: true,
        identifier: 'b',
        labels: ['x'],
        sidetag_group: 'group',
        dependents: ['c'],
        dependencies: ['d'],
        dist_git_branches: ['rawhide'],
      },
    ])
  })

  it('never prints YAML anchors, even for values shared between packages', () => {
    expect(configToYaml(config)).not.toMatch(/[&*]a\d/)
  })

  it('marks default jobs', () => {
    const jobs = configToPlain(resolve('')).jobs as Array<Record<string, unknown>>
    expect(jobs.every((job) => job.default_job === true)).toBe(true)
  })

  it('prints all keys of a job whose package is unknown', () => {
    const broken = { ...config, packages: {} }
    const [job] = configToPlain(broken).jobs as Array<Record<string, unknown>>
    expect(job.specfile_path).toBeNull()
  })
})

describe('configToJson', () => {
  it('is the complete resolved configuration', () => {
    const result = parse(lines('create_pr: "yes"', 'jobs: []'))
    const json = configToJson(result.config!)
    expect(json.endsWith('\n')).toBe(true)
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(result.config)))
    expect(JSON.parse(json).warnings[0].code).toBe('coerced-value')
  })
})
