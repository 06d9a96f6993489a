/** What a route handler of the fake GitHub works with. */
import type { Caller } from './auth.js'
import type { GitHubState } from './state.js'

export interface RouteContext {
  method: string
  url: URL
  /** The server's base URL (no trailing slash), for the URLs inside answers. */
  base: string
  state: GitHubState
  caller: Caller
  /** The JSON body of a write; {} when none was sent. */
  body: Record<string, unknown>
}
