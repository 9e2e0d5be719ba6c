import { describe, expect, it } from 'vitest'
import { defineMessages, dirFor, format, formatDate, normaliseLang, resolveLang, translator } from './i18n.js'

const catalogue = defineMessages({
  en: { hello: 'Hello {name}', bye: 'Bye' },
  cy: { hello: 'Helo {name}', bye: 'Hwyl' },
  ur: { hello: 'سلام {name}', bye: 'خدا حافظ' },
})

describe('resolveLang', () => {
  it('uses the element’s own lang first', () => {
    const el = document.createElement('div')
    el.lang = 'cy'
    expect(resolveLang(el)).toBe('cy')
  })

  it('falls back to the closest ancestor with lang, crossing shadow roots', () => {
    const outer = document.createElement('section')
    outer.setAttribute('lang', 'ur-PK')
    const host = document.createElement('div')
    outer.append(host)
    const inner = document.createElement('span')
    host.attachShadow({ mode: 'open' }).append(inner)
    document.body.append(outer)
    expect(resolveLang(inner)).toBe('ur')
    outer.remove()
  })

  it('is English when nothing says otherwise, or the language is one we do not have', () => {
    const el = document.createElement('div')
    expect(resolveLang(el)).toBe('en')
    expect(normaliseLang('fr')).toBe('en')
    expect(normaliseLang('CY-gb')).toBe('cy')
  })
})

describe('translator', () => {
  it('gives the words in the language, fills {places}, and lets the host override any string', () => {
    expect(translator(catalogue, 'cy')('hello', { name: 'Sam' })).toBe('Helo Sam')
    const t = translator(catalogue, 'en', { bye: 'See you soon' })
    expect(t('bye')).toBe('See you soon')
    expect(t('hello', { name: 'Ali' })).toBe('Hello Ali')
  })

  it('leaves unknown places alone and never reads inherited keys', () => {
    expect(format('{a} {constructor}', { a: 1 })).toBe('1 {constructor}')
  })
})

describe('dirFor and formatDate', () => {
  it('writes Urdu right to left and the others left to right', () => {
    expect(dirFor('ur')).toBe('rtl')
    expect(dirFor('cy')).toBe('ltr')
    expect(dirFor('en')).toBe('ltr')
  })

  it('says dates in the reader’s language', () => {
    expect(formatDate('2026-05-03T10:00:00Z', 'en')).toBe('3 May 2026')
    const welsh = 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'
    expect(formatDate('2026-05-03T10:00:00Z', 'cy', welsh)).toBe('3 Mai 2026')
    expect(formatDate('2026-05-03T10:00:00Z', 'ur')).toMatch(/2026/)
    expect(formatDate('not a date', 'en')).toBe('not a date')
  })
})
