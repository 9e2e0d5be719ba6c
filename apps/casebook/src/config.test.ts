import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readConfig } from './config.js'

describe('readConfig', () => {
  it('serves on port 3000 with PGlite in ./.data when nothing is set', () => {
    const config = readConfig({})
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, dataDir: resolve('.data') })
    expect(config.sessionSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(readConfig({}).sessionSecret).not.toBe(config.sessionSecret)
  })

  it('reads PORT, DATABASE_URL, DATA_DIR and SESSION_SECRET', () => {
    expect(
      readConfig({ PORT: '3999', DATABASE_URL: 'postgres://db/casebook', DATA_DIR: '/var/casebook', SESSION_SECRET: 's' }),
    ).toMatchObject({ port: 3999, databaseUrl: 'postgres://db/casebook', dataDir: '/var/casebook', sessionSecret: 's' })
  })

  it('treats an empty DATABASE_URL as not set', () => {
    expect(readConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined()
  })

  it('refuses a PORT that is not a port', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow('PORT must be a port number, not "eighty"')
  })
})
