/** The shell one-liners srcgit computes (shell-subset.ts), judged by bash itself (Fedora's /bin/sh). */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { evaluateShell } from '../../../src/spec/shell-subset.js'
import { SpecFile } from '../../../src/spec/index.js'

const bash = (command: string) =>
  execFileSync('bash', ['-c', command], { encoding: 'utf8' }).replace(/\n$/, '')

describe('evaluateShell on the one-liners specs use', () => {
  it.each([
    'c=b24587d4871a630d05e9e26da94c95e6ce4324f2; echo ${c:0:7}',
    'c=b24587d4871a630d05e9e26da94c95e6ce4324f2;echo ${c:0:12}',
    'c=abcdef; echo "${c:2}"',
    'echo 0.7.0~beta1 | tr "~" "-"',
    "echo \"0.7.0~beta1\" | tr '~' '-'",
    "echo v1.2.3 | tr -d 'v'",
    "echo 4.20.0 | cut -d'.' -f1-2",
    'echo 4.20.0 | cut -d. -f1,3',
    'echo 4.20.0 | cut -d . -f2-',
    'echo 4 | cut -d. -f1-2',
    'echo b24587d4871a630d05e9e26da94c95e6ce4324f2 | cut -c-7',
    'echo b24587d4871a630d05e9e26da94c95e6ce4324f2 | cut -c1-8',
    'echo a b | tr a b',
    'echo abc | tr a-c x-z',
    'echo abc | sed s/a/b/',
  ])('%s', (command) => {
    expect(evaluateShell(command)).toBe(bash(command))
  })

  it.each([
    'cat meson.version',
    'c=abc; echo ${d:0:2}',
    'echo $(date) | cut -c-3',
    'c=abc; echo ${c:0:2}; rm -rf x',
  ])('leaves %s alone', (command) => {
    expect(evaluateShell(command)).toBeUndefined()
  })
})

describe('Source0 with a shortcommit computed in %(...)', () => {
  const text = `%global commit0 b24587d4871a630d05e9e26da94c95e6ce4324f2
%global shortcommit0 %(c=%{commit0}; echo \${c:0:7})
Name:           egl-demo
Version:        1.1.2
Release:        1%{?dist}
Summary:        Demo
License:        MIT
URL:            https://github.com/example/egl-demo
Source0:        %url/archive/%{commit0}.tar.gz#/%{name}-%{shortcommit0}.tar.gz
%description
Demo.
`
  it('is computed, so the archive is named', () => {
    const computed = SpecFile.parse(text).sources[0].expanded
    expect(computed.unresolved).toEqual([])
    expect(SpecFile.fileName(computed.value)).toBe('egl-demo-b24587d.tar.gz')
  })
})
