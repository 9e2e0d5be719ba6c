import type { FieldIssue } from '@coproduce/core'
import { problem, type Problem, type ProblemCode } from './problem.js'

/** A failure the HTTP layer finds itself (no identity, too big, not JSON, malformed JSON). */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem'
  readonly problem: Problem

  constructor(code: ProblemCode, detail?: string, errors: FieldIssue[] = [], status?: number) {
    const body = problem(code, detail, errors, status)
    super(body.detail)
    this.problem = body
  }
}
