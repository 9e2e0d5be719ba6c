/**
 * The architecture, as rules a machine checks (`pnpm lint:architecture`, run by `pnpm lint` and in CI).
 * Ports and adapters: core knows nothing of HTTP, SQL or the DOM; each adapter is its own package; widgets ship
 * no Node built-ins and no full zod; nothing in a package reaches into an app or example; no import circles.
 */
/** The code a package ships: its sources without tests and test support. */
const shipped = (pkg) => ({ path: `^packages/${pkg}/src/`, pathNot: ['\\.(test|spec|bench)\\.tsx?$', '/test-support/'] })
const NODE_BUILTIN = { dependencyTypes: ['core'] }

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle at run time: modules that load each other. Break it by moving the shared part out.',
      from: { path: '^packages/[^/]+/src' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-through-types',
      severity: 'error',
      comment:
        "A circle through type imports only still knots modules together: move the shared type out. (Welsh and Urdu words do not import their catalogue's type: the catalogue's loader type checks them.)",
      from: { path: '^packages/[^/]+/src' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing: a package missing from package.json, or a typo.',
      from: { path: '^packages/[^/]+/src' },
      to: { couldNotResolve: true },
    },
    {
      name: 'core-imports-only-zod',
      severity: 'error',
      comment: 'The core states ports and knows nothing of HTTP, SQL, the DOM or Node: it may import itself and zod only.',
      from: { path: '^packages/core/src', pathNot: ['^packages/core/src/testing/', '\\.test\\.ts$'] },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'core', 'npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'],
        pathNot: '(^|/)node_modules/zod/',
      },
    },
    {
      name: 'core-testing-imports-only-test-tools',
      severity: 'error',
      comment: 'The conformance suites in core/src/testing may add vitest and fast-check, nothing else.',
      from: { path: '^packages/core/src/testing/', pathNot: '\\.test\\.ts$' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'core', 'npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'],
        pathNot: '(^|/)node_modules/(zod|vitest|@vitest|fast-check)/',
      },
    },
    {
      name: 'widgets-ship-no-node-and-no-full-zod',
      severity: 'error',
      comment: 'Widgets run in the browser: no Node built-ins, no full zod (about 90 kB), no server or database package.',
      from: shipped('elements'),
      to: {
        path: ['(^|/)node_modules/zod/', '^packages/(server|postgres)/', '(^|/)node_modules/(hono|pg|@electric-sql)/'],
      },
    },
    {
      name: 'widgets-ship-no-node-builtins',
      severity: 'error',
      from: shipped('elements'),
      to: NODE_BUILTIN,
    },
    {
      name: 'server-knows-no-sql',
      severity: 'error',
      comment: 'The HTTP adapter talks to the core only; the store is another adapter, chosen by the host.',
      from: shipped('server'),
      to: { path: ['^packages/postgres/', '(^|/)node_modules/(pg|@electric-sql)/'] },
    },
    {
      name: 'store-knows-no-http-or-dom',
      severity: 'error',
      from: shipped('postgres'),
      to: { path: ['^packages/(server|elements|react)/', '(^|/)node_modules/(hono|@hono|lit|react)/'] },
    },
    {
      name: 'principles-knows-no-adapters',
      severity: 'error',
      comment: 'The principles engine reads a snapshot; it knows nothing of HTTP, SQL or the DOM.',
      from: shipped('principles'),
      to: { path: ['^packages/(server|postgres|elements|react)/', '(^|/)node_modules/(hono|@hono|pg|@electric-sql|lit|react)/'] },
    },
    {
      name: 'test-support-stays-in-its-package',
      severity: 'error',
      comment:
        'A package\'s src/test-support holds its own tests\' helpers. Another package may not import them: publish what others need in a `testing` entry, or put shared test tooling in the root test-support/ (README, "Test support").',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/[^/]+/src/test-support/', pathNot: '^packages/$1/src/test-support/' },
    },
    {
      name: 'shipped-code-loads-no-test-helpers',
      severity: 'error',
      comment:
        'What a package ships never loads test helpers, example data (`fixtures.ts`) or its `testing` entry (vitest and fast-check are optional peers).',
      from: {
        path: '^packages/[^/]+/src/',
        pathNot: ['\\.(test|spec|bench)\\.tsx?$', '/fixtures\\.ts$', '/test-support/', '/src/testing/'],
      },
      to: { path: ['/test-support/', '/fixtures\\.ts$', '^packages/[^/]+/src/testing/'] },
    },
    {
      name: 'packages-do-not-reach-into-apps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^(apps|examples)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '(^|/)node_modules/\\.vite', 'storybook-static'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['@coproduce/source', 'import', 'types', 'default'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
}
