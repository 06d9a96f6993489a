/**
 * A version bump judged by rpmspec: what rpm reads before and after SpecFile.setVersion, so
 * the tests of issue 14 can say "new Version, same Name/Epoch/subpackages, Source names the
 * new version" about the spec rpm builds, not about srcgit's own reading of it.
 */
import { expect } from '@jest/globals'
import { SpecError, SpecFile } from '../../src/spec/index.js'
import { fedoraMacros, rpmView, type RpmView } from './spec-judge.js'

export interface JudgedBump {
  before: RpmView
  after: RpmView
  text: string
  notes: string[]
}

async function view(text: string, macros: Record<string, string>): Promise<RpmView> {
  const v = await rpmView(text, macros)
  if ('error' in v) throw new Error(`rpmspec cannot read the spec: ${v.error}\n${text}`)
  return v
}

/** The names of the binary packages (`name version-release` without the version). */
const names = (v: RpmView) => v.packages.map((p) => p.split(' ')[0])

/**
 * Bumps `text` to `version` and checks what rpm reads: the new Version, the same Name,
 * Epoch and package names, and a first source naming the new version.
 */
export async function expectBump(
  text: string,
  version: string,
  macros: Record<string, string> = fedoraMacros(44),
  /** The first source's file name expected after the bump, when it names the version in another form. */
  source?: string,
): Promise<JudgedBump> {
  const before = await view(text, macros)
  const spec = SpecFile.parse(text, { predefined: macros })
  const notes = spec.setVersion(version)
  const after = await view(spec.toString(), macros)
  expect(after.version).toBe(version)
  expect({ name: after.name, epoch: after.epoch, packages: names(after) }).toEqual({
    name: before.name,
    epoch: before.epoch,
    packages: names(before),
  })
  if (source !== undefined) expect(after.sources[0]).toBe(source)
  else expect(after.sources[0]).toContain(version)
  return { before, after, text: spec.toString(), notes }
}

/** Expects setVersion to refuse with one line matching `message`, leaving the spec as it was. */
export function expectRefusal(
  text: string,
  version: string,
  message: RegExp,
  macros: Record<string, string> = fedoraMacros(44),
): string {
  const spec = SpecFile.parse(text, { predefined: macros })
  let error: unknown
  try {
    spec.setVersion(version)
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(SpecError)
  const text2 = (error as SpecError).message
  expect(text2).toMatch(message)
  expect(text2).not.toMatch(/\n/)
  expect(spec.toString()).toBe(text)
  return text2
}
