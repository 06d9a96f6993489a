import { describe, expect, it } from '@jest/globals'
import { plainDiffChange } from '../../../src/source-git/patches.js'

const plain = [
  '--- hello-1.0.orig/hello.c\t2024-05-01 12:00:00.000000000 +0200',
  '+++ hello-1.0/hello.c\t2024-05-01 12:00:00.000000000 +0200',
  '@@ -1,3 +1,3 @@',
  ' int main(void) {',
  '-  return 0;',
  '+  return 1;',
  ' }',
  '',
].join('\n')

const formatPatch = [
  'From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001',
  'From: Mia Maintainer <mia@example.com>',
  'Subject: [PATCH] Apply patch plain.patch',
  '',
  '---',
  ' hello.c | 2 +-',
  '',
  'diff --git a/hello.c b/hello.c',
  'index 1111111..2222222 100644',
  '--- a/hello.c',
  '+++ b/hello.c',
  '@@ -10,3 +10,3 @@ static int x;',
  ' int main(void) {',
  '-  return 0;',
  '+  return 1;',
  ' }',
  '-- ',
  '2.47.1',
  '',
].join('\n')

const change = (text: string, strip = 1) => plainDiffChange(Buffer.from(text), strip)

describe('plainDiffChange', () => {
  it('is the same for a plain diff -u and git format-patch output of the same change', () => {
    expect(change(plain)).toBe(change(formatPatch))
    expect(change(plain)).toBe('hello.c\n int main(void) {\n-  return 0;\n+  return 1;\n }')
  })

  it('differs when the change differs, or the file does', () => {
    expect(change(plain)).not.toBe(change(formatPatch.replace('+  return 1;', '+  return 2;')))
    expect(change(plain)).not.toBe(change(formatPatch.replace(/hello\.c/g, 'other.c')))
    // -p0 patches keep their first path component.
    expect(change(plain, 0)).toContain('hello-1.0/hello.c')
  })

  it('sorts files, so diff -r order does not matter', () => {
    const second = plain.replace(/hello\.c/g, 'a.c')
    expect(change(plain + second)).toBe(change(second + plain))
  })

  it('keeps "\\ No newline at end of file" and a removed line that looks like a signature', () => {
    const text = plain
      .replace(' }\n', '-- \n }\n\\ No newline at end of file\n')
      .replace('-1,3 +1,3', '-1,4 +1,3')
    expect(change(text)).toContain('\n-- \n }\n\\ No newline at end of file')
  })

  it('has no value for what a plain diff cannot say, or no diff at all', () => {
    expect(
      change(formatPatch.replace('index 1111111..2222222 100644', 'old mode 100644\nnew mode 100755')),
    ).toBeUndefined()
    expect(change('diff --git a/x b/x\nGIT binary patch\nliteral 3\n')).toBeUndefined()
    expect(change('Just some text\n')).toBeUndefined()
  })
})
