/** `['sessions', 0, 'venue']` as `sessions[0].venue`, the way findings write paths. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = ''
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part
  return out || '(the whole plan)'
}
