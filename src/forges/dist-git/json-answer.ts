/** The JSON body of a successful forge API answer, the same rule for the Pagure and Forgejo clients. */
import type { HttpResponse } from '../../http/types.js'

/**
 * The parsed body of a 2xx answer. Any other status is the client's own error (which reads the
 * forge's error JSON); a 2xx body that is not JSON means the URL is not that forge's API.
 */
export function jsonAnswer<T>(
  response: HttpResponse,
  errorAnswer: () => Error,
  notThisForge: (what: string) => Error,
): T {
  if (response.status < 200 || response.status >= 300) throw errorAnswer()
  try {
    return JSON.parse(response.text) as T
  } catch {
    throw notThisForge(`HTTP ${response.status} with a body that is not JSON`)
  }
}
