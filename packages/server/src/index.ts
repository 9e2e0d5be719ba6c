export { createHandler, type FetchHandler } from './handler/create-handler.js'
export {
  DEFAULT_BODY_LIMIT,
  type Authenticate,
  type HandlerOptions,
  type ReportBuilder,
  type ReportPreset,
} from './handler/options.js'
export { splitPath, type SplitPath } from './handler/route-path.js'
export type { CorsOptions } from './http/cors.js'
export { PROBLEM_CODES, PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE, type Problem, type ProblemCode } from './http/problem.js'
export { buildOpenApiDocument, type OpenApiDocument, type OpenApiOptions, type OpenApiSecurity } from './openapi/build-document.js'
export { ALL_ROUTES } from './routes/all-routes.js'
export type { RouteSpec } from './routes/route-spec.js'
export { serve, toNodeListener, type RunningServer, type ServeOptions } from './node/serve.js'
export type { RateLimitOptions } from './http/rate-limit.js'
