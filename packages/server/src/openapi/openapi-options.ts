/** Options for the OpenAPI document, kept apart so the handler's options need not import the document builder. */

/** How callers sign in to the host, for the document's security schemes. Both are declared when neither is given. */
export interface OpenApiSecurity {
  /** The name of the host's sign-in cookie, e.g. `session`. */
  cookie?: string
  /** Callers send `Authorization: Bearer <token>`. */
  bearer?: boolean
}

export interface OpenApiOptions {
  security?: OpenApiSecurity
}
