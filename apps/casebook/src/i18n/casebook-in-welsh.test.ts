import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_INITIATIVE_ID } from '../demo/ids.js'
import { casebookTestApp } from '../test-support/casebook-test-app.js'
import { LANGUAGE_COOKIE } from './language.js'
import { cy } from './messages.cy.js'
import { en, type MessageKey } from './messages.en.js'

type TestApp = Awaited<ReturnType<typeof casebookTestApp>>
let t: TestApp
let sam: string
let amira: string
const base = `/initiatives/${DEMO_INITIATIVE_ID}`

beforeAll(async () => {
  t = await casebookTestApp()
  sam = await t.login('sam')
  amira = await t.login('amira')
})

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const htmlLang = (page: string) => page.match(/<html lang="([^"]+)"/)?.[1]
/** The demo group's name: a title staff gave it, not Casebook's words, so it stays as written. */
const GROUP_TITLE = 'Cost of Living Truth Commission'

/** Undo the escaping a page applies, so sentences with quotes and apostrophes can be looked for; leave out the data. */
const wordsOn = (page: string) =>
  page
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replaceAll(GROUP_TITLE, '')

/**
 * The English words a Welsh page must not show: every English message that is a phrase of its own (not a name
 * such as "Casebook" or "Demo", and not the same in both languages), cut at its first placeholder.
 */
const englishPhrases = (Object.keys(en) as MessageKey[])
  .filter((key) => en[key] !== cy[key])
  .map((key) => en[key].split('{')[0]!.trim())
  .filter((phrase) => phrase.length >= 12)

describe('the Welsh words', () => {
  it('have every English message, with the same placeholders', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort())
    for (const key of Object.keys(en) as MessageKey[]) expect(placeholders(cy[key]), key).toEqual(placeholders(en[key]))
  })

  it('are Welsh: only names and shapes with no words of their own are the same as the English', () => {
    const same = (Object.keys(en) as MessageKey[]).filter((key) => en[key] === cy[key])
    expect(same.sort()).toEqual(['initiative.pageTitle', 'layout.demo', 'layout.title'])
  })
})

describe('choosing Welsh', () => {
  it('?lang=cy turns the page into Welsh, keeps the choice in a cookie, and the next page stays Welsh', async () => {
    const first = await t.request('/login?lang=cy')
    const page = await first.text()
    expect(htmlLang(page)).toBe('cy')
    expect(page).toContain('<h1 class="heading-xl">Dewiswch pwy ydych chi</h1>')
    const cookie = first.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(new RegExp(`^${LANGUAGE_COOKIE}=cy;`))
    expect(cookie).toMatch(/HttpOnly/i)
    const next = await (await t.request('/login', { cookie: cookie.split(';')[0] })).text()
    expect(htmlLang(next)).toBe('cy')
    // Back to English the same way.
    const back = await t.request('/login?lang=en', { cookie: cookie.split(';')[0] })
    expect(htmlLang(await back.text())).toBe('en')
    expect(back.headers.get('set-cookie')).toMatch(new RegExp(`^${LANGUAGE_COOKIE}=en;`))
  })

  it('follows the browser: Accept-Language cy-GB gives Welsh, and it is read afresh each time, not kept', async () => {
    const welsh = await t.request('/login', { headers: { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' } })
    expect(htmlLang(await welsh.text())).toBe('cy')
    expect(welsh.headers.get('set-cookie')).toBeNull()
    const english = await t.request('/login', { headers: { 'accept-language': 'en-GB,en;q=0.9' } })
    expect(htmlLang(await english.text())).toBe('en')
    const unknown = await t.request('/login', { headers: { 'accept-language': 'fr-FR' } })
    expect(htmlLang(await unknown.text())).toBe('en')
  })

  it('a choice made on the page wins over the browser’s languages; a language it does not have is ignored', async () => {
    const page = await t.request('/login?lang=en', { headers: { 'accept-language': 'cy' } })
    expect(htmlLang(await page.text())).toBe('en')
    const odd = await t.request('/login?lang=xx"><script>', { headers: { 'accept-language': 'en' } })
    expect(htmlLang(await odd.text())).toBe('en')
    expect(odd.headers.get('set-cookie')).toBeNull()
  })

  it('offers the other language at the top of every page, named in that language and marked as such', async () => {
    const english = await (await t.request('/login')).text()
    expect(english).toContain('<a href="?lang=cy" lang="cy" hreflang="cy" class="header__link">Cymraeg</a>')
    const welsh = await (await t.request('/login?lang=cy')).text()
    expect(welsh).toContain('<a href="?lang=en" lang="en" hreflang="en" class="header__link">English</a>')
  })
})

describe('every page in Welsh', () => {
  /** Pages as staff and as a member see them. What the widgets say is checked in their own tests and the e2e. */
  const pages: [string, () => string][] = [
    ['/login', () => ''],
    ['/caseload', () => sam],
    ['/cases/CB-1042', () => sam],
    [base, () => sam],
    [`${base}/members`, () => sam],
    [`${base}/members/member-0001/choices`, () => sam],
    [`${base}/decisions`, () => sam],
    [`${base}/sessions`, () => sam],
    [`${base}/payments`, () => sam],
    [`${base}/feedback`, () => sam],
    [`${base}/updates`, () => sam],
    [`${base}/principles`, () => sam],
    [`/impact/${DEMO_INITIATIVE_ID}`, () => sam],
    ['/take-part', () => amira],
    ['/take-part', () => ''],
    ['/take-part/remove-my-data', () => amira],
    ['/no-such-page', () => sam],
  ]

  it.each(pages)('%s has lang="cy" and none of the English sentences', async (path, cookie) => {
    const response = await t.request(`${path}?lang=cy`, { cookie: cookie() })
    expect(response.status).toBe(path === '/no-such-page' ? 404 : 200)
    const page = wordsOn(await response.text())
    expect(htmlLang(page)).toBe('cy')
    const left = englishPhrases.filter((phrase) => page.includes(phrase))
    expect(left, `English left on ${path}`).toEqual([])
  })

  it('writes dates and money the Welsh way', async () => {
    const page = await (await t.request(`${base}?lang=cy`, { cookie: sam })).text()
    expect(page).toMatch(/(Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) 20\d\d/)
    expect(page).toContain('yr awr')
  })

  it('an error is explained in Welsh, with the Welsh error summary', async () => {
    const response = await t.request(`/impact/${DEMO_INITIATIVE_ID}?lang=cy&from=not-a-day`, { cookie: sam })
    expect(response.status).toBe(422)
    const page = await response.text()
    expect(page).toContain('<title>Gwall: ')
    expect(page).toContain('Mae yna broblem')
    expect(page).toContain('<a href="#field-from">Rhowch y diwrnod cyntaf fel dyddiad')
    const backwards = await (await t.request(`/impact/${DEMO_INITIATIVE_ID}?lang=cy&from=2026-03-01&to=2026-02-01`, { cookie: sam })).text()
    expect(backwards).toContain('<a href="#field-to">Rhaid i’r diwrnod olaf fod yr un diwrnod â’r diwrnod cyntaf neu ar ei ôl</a>')
  })
})
