import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  childEnv,
  DEFAULT_NETWORK_TIMEOUT_SECONDS,
  makeTempDir,
  makeTempPath,
  networkTimeoutSeconds,
  removeTempDir,
  spawnChild,
  tempRoot,
  withTempScope,
} from '../../../src/runtime/resources.js'
import { withEnv } from '../../support/cli.js'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})
function fresh(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-resources-test-'))
  made.push(dir)
  return dir
}

describe('temp dirs', () => {
  it('are made under RUNNER_TEMP when it is a directory, else under the system temp dir', async () => {
    const runnerTemp = fresh()
    await withEnv({ RUNNER_TEMP: runnerTemp }, async () => {
      expect(tempRoot()).toBe(runnerTemp)
      const dir = makeTempDir('srcgit-x-')
      expect(path.dirname(dir)).toBe(runnerTemp)
      removeTempDir(dir)
    })
    await withEnv({ RUNNER_TEMP: path.join(runnerTemp, 'missing') }, async () => {
      expect(tempRoot()).toBe(os.tmpdir())
    })
    await withEnv({ RUNNER_TEMP: undefined }, async () => expect(tempRoot()).toBe(os.tmpdir()))
  })

  it('made in a scope are gone when it ends, on success and on failure; others stay', async () => {
    const root = fresh()
    await withEnv({ RUNNER_TEMP: root }, async () => {
      const outside = makeTempDir('srcgit-outside-')
      const inside: string[] = []
      await withTempScope(async () => {
        inside.push(makeTempDir('srcgit-a-'))
        // Made after an await, by a promise started in the scope: still the scope's.
        await new Promise((resolve) => setTimeout(resolve, 5))
        inside.push(makeTempPath('srcgit-b-'))
      })
      await expect(
        withTempScope(async () => {
          inside.push(makeTempDir('srcgit-c-'))
          throw new Error('boom')
        }),
      ).rejects.toThrow('boom')
      expect(inside.filter(existsSync)).toEqual([])
      expect(readdirSync(root)).toEqual([path.basename(outside)])
      removeTempDir(outside)
      removeTempDir(outside)
      expect(readdirSync(root)).toEqual([])
    })
  })
})

describe('children', () => {
  it('get the scrubbed environment plus their own variables', async () => {
    await withEnv({ SRCGIT_PAGURE_TOKEN: 'never-in-a-child', SRCGIT_TEST_VISIBLE: 'yes' }, async () => {
      expect(childEnv({ EXTRA: '1', HOME: undefined })).toMatchObject({
        SRCGIT_TEST_VISIBLE: 'yes',
        EXTRA: '1',
      })
      expect(childEnv()).not.toHaveProperty('SRCGIT_PAGURE_TOKEN')
      expect(childEnv({ HOME: undefined })).not.toHaveProperty('HOME')
      const child = spawnChild('sh', ['-c', 'env'], { env: { EXTRA: '1' } })
      let out = ''
      child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()))
      await new Promise((resolve) => child.on('close', resolve))
      expect(out).toContain('EXTRA=1\n')
      expect(out).toContain('SRCGIT_TEST_VISIBLE=yes\n')
      expect(out).not.toContain('never-in-a-child')
    })
  })

  it('run in a process group of their own', async () => {
    const child = spawnChild('sh', ['-c', 'ps -o pgid= -p $$'])
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    await new Promise((resolve) => child.on('close', resolve))
    expect(Number(out.trim())).toBe(child.pid)
  })
})

describe('networkTimeoutSeconds', () => {
  it('reads SRCGIT_NETWORK_TIMEOUT_SECONDS, a positive whole number, else the default', () => {
    expect(networkTimeoutSeconds({})).toBe(DEFAULT_NETWORK_TIMEOUT_SECONDS)
    expect(networkTimeoutSeconds({ SRCGIT_NETWORK_TIMEOUT_SECONDS: ' 7 ' })).toBe(7)
    for (const bad of ['0', '-3', '1.5', 'soon', ''])
      expect(networkTimeoutSeconds({ SRCGIT_NETWORK_TIMEOUT_SECONDS: bad })).toBe(
        DEFAULT_NETWORK_TIMEOUT_SECONDS,
      )
  })
})
