/**
 * The rpmspec adapter against a stand-in `rpmspec` executable on PATH that records its
 * arguments: checks what we pass and how we read exit codes and error lines. The real
 * rpmspec judges the corpus suite.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { rpmspecAvailable, rpmspecParse, rpmspecQuery } from '../../../src/spec/index.js'

const bin = mkdtempSync(path.join(os.tmpdir(), 'srcgit-fake-rpm-'))
const log = path.join(bin, 'args.log')
writeFileSync(
  path.join(bin, 'rpmspec'),
  `#!/bin/sh
printf '%s\\n' "$@" > '${log}'
case "$*" in
  *--version*) echo "RPM version 4.18.0"; exit 0 ;;
  *broken.spec*) echo "error: line 3: Unknown tag: %gometa" >&2; echo "warning: something" >&2; exit 1 ;;
  *-q*) printf 'demo|1.0'; exit 0 ;;
  *) echo "Name: demo"; exit 0 ;;
esac
`,
)
chmodSync(path.join(bin, 'rpmspec'), 0o755)
afterAll(() => rmSync(bin, { recursive: true, force: true }))

async function withPath<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH
  process.env.PATH = `${dir}:/usr/bin:/bin`
  try {
    return await fn()
  } finally {
    process.env.PATH = saved
  }
}

describe('rpmspec adapter', () => {
  it('detects rpmspec', async () => {
    expect(await withPath(bin, rpmspecAvailable)).toBe(true)
    const empty = mkdtempSync(path.join(os.tmpdir(), 'srcgit-empty-'))
    const saved = process.env.PATH
    process.env.PATH = empty
    try {
      expect(await rpmspecAvailable()).toBe(false)
    } finally {
      process.env.PATH = saved
    }
  })

  it('parses with defines and reports only error lines on failure', async () => {
    const ok = await withPath(bin, () =>
      rpmspecParse('/x/demo.spec', { dist: '%{nil}' }, ['--load', 'stub.macros']),
    )
    expect(ok).toEqual({ ok: true, parsed: 'Name: demo\n', errors: [], complaints: [] })
    expect(readFileSync(log, 'utf8').split('\n')).toEqual([
      '-P',
      '--define',
      'dist %{nil}',
      '--load',
      'stub.macros',
      '/x/demo.spec',
      '',
    ])
    const bad = await withPath(bin, () => rpmspecParse('/x/broken.spec'))
    expect(bad).toEqual({
      ok: false,
      parsed: '',
      errors: ['error: line 3: Unknown tag: %gometa'],
      complaints: [],
    })
  })

  it('queries values and gives undefined when rpm fails', async () => {
    expect(await withPath(bin, () => rpmspecQuery('/x/demo.spec', '%{name}|%{version}'))).toBe('demo|1.0')
    expect(readFileSync(log, 'utf8').split('\n').slice(0, 4)).toEqual([
      '-q',
      '--srpm',
      '--qf',
      '%{name}|%{version}',
    ])
    expect(await withPath(bin, () => rpmspecQuery('/x/broken.spec', '%{name}'))).toBeUndefined()
  })
})
