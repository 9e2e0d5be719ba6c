import type { HandlerOptions } from './options.js'

/**
 * Start-up checks for callers without TypeScript: a missing hook fails here, with what to pass,
 * rather than on every request later.
 */
export function checkOptions(options: HandlerOptions): void {
  if (typeof options !== 'object' || options === null) throw new TypeError('createHandler needs options: { coproduction, authenticate }')
  const { coproduction, authenticate } = options as Partial<HandlerOptions>
  if (typeof coproduction !== 'object' || coproduction === null)
    throw new TypeError('createHandler needs `coproduction`: the service made by createCoproduction({ store }) from @coproduce/core')
  if (typeof authenticate !== 'function')
    throw new TypeError(
      'createHandler needs an `authenticate` function: (request) => ({ id, roles }) for the person signed in to your app ' +
        "(with 'staff' in roles for staff), or return null for someone who is not signed in.",
    )
}
