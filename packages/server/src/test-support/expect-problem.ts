import { expect } from 'vitest'
import type { CallResult } from './http-client.js'

/** The response is an RFC 9457 problem with this status and code. */
export function expectProblem(res: CallResult<any>, status: number, code: string, label = ''): void {
  expect({ label, status: res.status, code: res.body?.code }).toEqual({ label, status, code })
  expect(res.contentType).toBe('application/problem+json')
  expect(res.body).toMatchObject({
    type: `https://coproduce.dev/problems/${code}`,
    status,
    title: expect.any(String),
    detail: expect.any(String),
  })
  expect(Array.isArray(res.body.errors)).toBe(true)
}
