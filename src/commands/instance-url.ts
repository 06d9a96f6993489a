/**
 * The dist-git instance a user names (`--dist-git-url`, the action's `dist-git-url`): an http(s)
 * URL, or for local trials a file:// URL or a directory holding `<namespace>/<package>.git`, as
 * `dist_git_base_url` accepts in the configuration. Directories become file:// URLs, so every
 * later step clones from them instead of writing into them.
 */
import { statSync } from 'node:fs'
import path from 'node:path'

export type InstanceUrl = { url: string; error?: undefined } | { url?: undefined; error: string }

/** undefined when nothing was given; `error` completes a sentence about the setting ("is ..."). */
export function instanceUrlOption(given: string | undefined, base: string): InstanceUrl | undefined {
  const value = given?.trim()
  if (!value) return undefined
  const how = 'it must be an http(s) URL, or for a local trial a file:// URL or a directory'
  if (/^https?:\/\/[^\s/]+/.test(value)) return { url: value.replace(/\/+$/, '') }
  if (/^file:\/\//.test(value)) {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(value).pathname)
    } catch {
      return { error: `is "${value}", not a valid URL; ${how}` }
    }
    return { url: `file://${pathname.replace(/\/+$/, '') || '/'}` }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return { error: `is "${value}"; ${how}` }
  const dir = path.resolve(base, value)
  if (!isDirectory(dir))
    return {
      error: `is "${value}": neither an http(s) URL nor a directory (${dir} does not exist); ${how} (https://${value.replace(/^\/+/, '')} for a host)`,
    }
  return { url: `file://${dir}` }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}
