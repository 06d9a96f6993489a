/**
 * The srcgit command as a process of its own, for what an in-process run cannot show (signals,
 * exit codes, orphaned children): src/ transpiled as is (no type check, no bundling) into a
 * private directory under build/, so its imports resolve from the project's node_modules.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { PROJECT_ROOT } from './corpus.js'

export interface BuiltCli {
  /** The entry point: `node <cli> <args>`. */
  cli: string
  remove(): void
}

/** Transpiles src/**\/*.ts to build/cli-under-test-XXXXXX/src/**\/*.js. */
export function buildCli(): BuiltCli {
  const parent = path.join(PROJECT_ROOT, 'build')
  mkdirSync(parent, { recursive: true })
  const out = mkdtempSync(path.join(parent, 'cli-under-test-'))
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    )
  for (const file of walk(path.join(PROJECT_ROOT, 'src')).filter((f) => f.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
    })
    const target = path.join(out, path.relative(PROJECT_ROOT, file)).replace(/\.ts$/, '.js')
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, outputText)
  }
  return { cli: path.join(out, 'src', 'cli.js'), remove: () => rmSync(out, { recursive: true, force: true }) }
}
