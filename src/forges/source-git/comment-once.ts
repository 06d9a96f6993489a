/**
 * One comment per occasion on a pull/merge request, however often a stateless job runs: the
 * comment carries a hidden marker, `<!-- srcgit-comment: KEY -->`, and is posted only when no
 * comment of the conversation carries the same marker already. The key says what the comment is
 * about (e.g. the failed Koji task), so a new occasion gets a new comment.
 */
import type { ChangeRequestHost } from './change-requests.js'

/**
 * The key as it goes inside the HTML comment: letters, digits and `._:/@+=,` as they are, a
 * single `-` as it is, everything else (spaces, `>`, `<`, `!`, a `-` before another `-`, `%`)
 * percent-encoded as UTF-8. Nothing can end the comment early, and two keys never give the same text.
 */
export function encodeMarkerKey(key: string): string {
  let out = ''
  for (const char of key) {
    if (/^[A-Za-z0-9._:/@+=,-]$/.test(char)) out += char
    else
      for (const byte of Buffer.from(char, 'utf8'))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  // `--` is not allowed in an HTML comment (and `-->` would close it).
  return out.replace(/-(?=-)/g, '%2D')
}

/** The hidden marker for `key`. */
export function commentMarker(key: string): string {
  if (!key) throw new Error('a comment key is needed: it is what keeps the comment from being posted twice')
  return `<!-- srcgit-comment: ${encodeMarkerKey(key)} -->`
}

/** The body with the marker for `key` after it. */
export function markedBody(key: string, body: string): string {
  return `${body.replace(/\s+$/, '')}\n\n${commentMarker(key)}\n`
}

/** Whether a comment body carries the marker for `key`. */
export function hasMarker(body: string, key: string): boolean {
  return body.includes(commentMarker(key))
}

/**
 * Posts `body` on request `number` unless a comment there already carries the marker of `key`.
 * posted: false with that comment's url when one does. Two runs at the same moment can both post:
 * the check and the post are two requests.
 */
export async function commentOnce(
  host: ChangeRequestHost,
  number: number,
  key: string,
  body: string,
): Promise<{ posted: boolean; url?: string }> {
  const text = markedBody(key, body)
  const existing = (await host.comments(number)).find((c) => hasMarker(c.body, key))
  if (existing) return { posted: false, ...(existing.url !== undefined ? { url: existing.url } : {}) }
  const { url } = await host.comment(number, text)
  return { posted: true, ...(url !== undefined ? { url } : {}) }
}
