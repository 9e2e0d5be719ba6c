import pkg from '../../package.json' with { type: 'json' }

/** This package's version, shown in the OpenAPI document. */
export const SERVER_VERSION: string = pkg.version
