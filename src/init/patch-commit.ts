/**
 * One dist-git patch as source-git commit(s), as `packit source-git init` makes them: a git
 * mail keeps its author, date, subject and body (one commit per mail, like `git am`); a bare
 * diff becomes "Apply patch <name>" by the first dist-git author of the file. Every commit
 * carries Patch-name, From-dist-git-commit and (the first) Patch-id and Patch-status.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Git } from '../git/git.js'
import { makeTempDir } from '../runtime/resources.js'
import {
  appendTrailerLines,
  FROM_DIST_GIT_TRAILER,
  isMailPatch,
  patchTrailerLines,
  withoutPatchTrailers,
} from '../source-git/from-dist-git.js'
import { InitError } from './errors.js'
import type { PlannedPatch } from './plan.js'

export interface Author {
  name: string
  email: string
  date: string
}

export interface PatchCommitOptions {
  patch: PlannedPatch
  content: Buffer
  distGitCommit: string
  /** Author of a bare diff: who first committed the file to dist-git. */
  fileAuthor: Author
  /** Committer identity for `git commit` (GIT_COMMITTER_* ...). */
  identityEnv: Record<string, string>
}

/** Applies the patch to the work tree and index of `git`; returns the commits made. */
export async function commitPatch(git: Git, options: PatchCommitOptions): Promise<string[]> {
  const { patch } = options
  const dir = makeTempDir('srcgit-init-patch-')
  const trailers = (first: boolean) => [
    ...patchTrailerLines({
      name: patch.name,
      number: first ? patch.number : undefined,
      comment: first ? patch.comment : undefined,
      noPrefix: patch.strip === 0,
    }),
    `${FROM_DIST_GIT_TRAILER}: ${options.distGitCommit}`,
  ]
  const commit = async (message: string, author: Author) => {
    await git.run(['commit', '-q', '--no-verify', '--allow-empty', '--cleanup=whitespace', '-F', '-'], {
      input: message,
      env: {
        ...options.identityEnv,
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: author.date,
      },
    })
    return git.output(['rev-parse', 'HEAD'])
  }
  try {
    const file = path.join(dir, 'patch')
    writeFileSync(file, options.content)
    if (!isMailPatch(options.content)) {
      await apply(git, patch, file)
      return [
        await commit(appendTrailerLines(`Apply patch ${patch.name}`, trailers(true)), options.fileAuthor),
      ]
    }
    const mails = path.join(dir, 'mails')
    mkdirSync(mails)
    await git.run(['mailsplit', '-b', `-o${mails}`, file])
    const made: string[] = []
    for (const [index, mail] of readdirSync(mails).sort().entries()) {
      const msg = path.join(dir, 'msg')
      const diff = path.join(dir, 'diff')
      const info = await git.output(['mailinfo', msg, diff], { input: readFileSync(path.join(mails, mail)) })
      const header = new Map(
        info
          .split('\n')
          .map((line) => /^([A-Za-z]+): (.*)$/.exec(line))
          .filter((m): m is RegExpExecArray => m !== null)
          .map((m) => [m[1], m[2]]),
      )
      if (readFileSync(diff).length > 0) await apply(git, patch, diff)
      const subject = header.get('Subject') || `Apply patch ${patch.name}`
      const body = readFileSync(msg, 'utf8').trim()
      const message = withoutPatchTrailers(body ? `${subject}\n\n${body}` : subject)
      made.push(
        await commit(appendTrailerLines(message, trailers(index === 0)), {
          name: header.get('Author') || options.fileAuthor.name,
          email: header.get('Email') || options.fileAuthor.email,
          date: header.get('Date') || options.fileAuthor.date,
        }),
      )
    }
    return made
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `git apply -p<N>`; when it fails, the rejected hunks (`--reject`, dry in a scratch copy) are in the error. */
async function apply(git: Git, patch: PlannedPatch, file: string): Promise<void> {
  const args = ['apply', '--index', '--whitespace=nowarn', `-p${patch.strip}`]
  const applied = await git.run([...args, file], { allowFailure: true })
  if (applied.code === 0) return
  // What would be rejected, hunk by hunk: --reject applies what it can, so undo that afterwards.
  const reject = await git.run(
    ['apply', '--reject', '--verbose', '--whitespace=nowarn', `-p${patch.strip}`, file],
    {
      allowFailure: true,
    },
  )
  await git.run(['reset', '-q', '--hard'], { allowFailure: true })
  await git.run(['clean', '-q', '-fd'], { allowFailure: true })
  const detail = (reject.stderr.trim() || applied.stderr.trim() || `git apply exited with ${applied.code}`)
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')
  throw new InitError(
    `patch ${patch.name} (Patch${patch.number}, applied by "${patch.appliedBy}" with -p${patch.strip}) does not apply to the upstream sources:\n${detail}`,
  )
}
