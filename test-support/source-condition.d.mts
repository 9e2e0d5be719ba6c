/** The export condition that points at a workspace package's TypeScript sources (see source-condition.mjs). */
export declare const SOURCE_CONDITION: '@coproduce/source'

/** A Vite plugin that adds SOURCE_CONDITION to every environment's resolve conditions (see source-condition.mjs). */
export declare function sourceCondition(): {
  name: string
  configResolved(config: { environments: Record<string, { resolve: { conditions: string[] } }> }): void
}
