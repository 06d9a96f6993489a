import { registerUserError } from '../runtime/user-errors.js'

/** Bad input found while making dist-git content (a malformed `sources` file, a bad tag template...): the user can fix it. */
export class ContentError extends Error {
  override name = 'ContentError'
}
registerUserError(ContentError)
