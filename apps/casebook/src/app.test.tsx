import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_HOUSING_INITIATIVE_ID, DEMO_INITIATIVE_ID, DEMO_MEMBER_IDS, DEMO_STAFF_ID } from './demo/ids.js'
import { casebookTestApp } from './test-support/casebook-test-app.js'

type TestApp = Awaited<ReturnType<typeof casebookTestApp>>
let t: TestApp
let sam: string
let amira: string
const base = `/initiatives/${DEMO_INITIATIVE_ID}`
const staff = { actor: { id: DEMO_STAFF_ID, roles: ['staff'] } }

beforeAll(async () => {
  t = await casebookTestApp()
  sam = await t.login('sam')
  amira = await t.login('amira')
})

describe('choosing who you are', () => {
  it('sends someone who has not chosen to the login picker, which lists the demo people of both organisations', async () => {
    const start = await t.request('/')
    expect(start.status).toBe(303)
    expect(start.headers.get('location')).toBe('/login')
    const page = await (await t.request('/login')).text()
    for (const name of ['Sam Okafor', 'Kemi Adeyemi', 'Amira Hussain', 'Dave Price', 'Priya Shah', 'A visitor'])
      expect(page).toContain(name)
    expect(page.startsWith('<!doctype html>')).toBe(true)
  })

  it('shows a GOV.UK-style error when nobody is chosen', async () => {
    const response = await t.post('/login', {})
    expect(response.status).toBe(422)
    const page = await response.text()
    expect(page).toContain('<title>Error: Choose who you are')
    expect(page).toContain('There is a problem')
    expect(page).toContain('href="#field-who"')
    expect(page).toMatch(/id="field-who-error"[^>]*>.*Choose who you want to be/s)
    // As GOV.UK's: the summary is announced through its role="alert"; no aria-labelledby on an element without a role.
    const summary = page.slice(page.indexOf('class="error-summary"') - 5, page.indexOf('There is a problem'))
    expect(summary).toMatch(/<div role="alert"/)
    expect(summary).not.toContain('aria-labelledby')
  })

  it('keeps the choice in a signed cookie and ignores a cookie changed by hand', async () => {
    expect(sam).toMatch(/^casebook_who=sam\.[^;]+/)
    const caseload = await t.request('/caseload', { cookie: sam })
    expect(caseload.status).toBe(200)
    const forged = await t.request('/caseload', { cookie: amira.replace('amira', 'sam') })
    expect(forged.status).toBe(303)
    expect(forged.headers.get('location')).toBe('/login?next=%2Fcaseload')
  })

  it('only goes on to paths on this site after login', async () => {
    const inside = await t.post('/login', { who: 'sam', next: `${base}/updates` })
    expect(inside.headers.get('location')).toBe(`${base}/updates`)
    const outside = await t.post('/login', { who: 'sam', next: '//evil.example/' })
    expect(outside.headers.get('location')).toBe('/caseload')
  })
})

describe('staff pages', () => {
  it('shows the caseload, with the people who are also Commission members marked', async () => {
    const page = await (await t.request('/caseload', { cookie: sam })).text()
    expect(page).toContain('CB-1042')
    expect(page).toContain('Grace Adeyemi')
    const rows = page.slice(page.indexOf('<tbody>'))
    expect(rows.match(/tag--green">Commission/g)?.length).toBe(4)
  })

  it('tells a member plainly that the page is for staff', async () => {
    const response = await t.request(`${base}/feedback`, { cookie: amira })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('This page is for staff')
  })

  it('shows every tab of the initiative', async () => {
    for (const [path, text] of [
      ['', 'What we can change together'],
      ['/members', '<cp-members endpoint="/api/coproduce" initiative="leeds-truth-commission"'],
      ['/sessions', '<cp-sessions endpoint="/api/coproduce" initiative="leeds-truth-commission">'],
      ['/payments', '<cp-payments endpoint="/api/coproduce" initiative="leeds-truth-commission" living-wage="13.45" currency="GBP">'],
      ['/feedback', '<cp-feedback-inbox endpoint="/api/coproduce" initiative="leeds-truth-commission" editor="editor"'],
      ['/updates', 'Not possible, because:'],
      ['/decisions', '<cp-decisions endpoint="/api/coproduce" initiative="leeds-truth-commission">'],
      ['/principles', '<cp-principles-report endpoint="/api/coproduce" initiative="leeds-truth-commission" heading-level="3">'],
    ] as const) {
      const response = await t.request(`${base}${path}`, { cookie: sam })
      expect(response.status, path).toBe(200)
      expect(await response.text(), path).toContain(text)
    }
  })

  it('keeps the two organisations apart: each caseworker opens their own group, and the other’s is "not found"', async () => {
    const kemi = await t.login('kemi')
    const own = await t.request(`/initiatives/${DEMO_HOUSING_INITIATIVE_ID}/members`, { cookie: kemi })
    expect(own.status).toBe(200)
    expect(await own.text()).toContain(`<cp-members endpoint="/api/coproduce" initiative="${DEMO_HOUSING_INITIATIVE_ID}"`)
    for (const path of ['', '/members', '/feedback', '/payments']) {
      const other = await t.request(`${base}${path}`, { cookie: kemi })
      expect(other.status, path).toBe(404)
      expect(await other.text(), path).not.toContain('Amira Hussain')
    }
    expect((await t.request(`/initiatives/${DEMO_HOUSING_INITIATIVE_ID}/members`, { cookie: sam })).status).toBe(404)
  })

  it('returns the not-found page for an initiative that does not exist', async () => {
    const response = await t.request('/initiatives/nope', { cookie: sam })
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Page not found')
  })
})

describe('"you said, we did" for staff', () => {
  it('lists every update with its history and the notes written on the way, and holds no form of its own', async () => {
    const [update] = await t.coproduction.updates.list(DEMO_INITIATIVE_ID, staff)
    await t.coproduction.updates.change(update!.id, { status: 'in-progress', note: 'The council wrote back: a meeting in May.' }, staff)
    const page = await (await t.request(`${base}/updates`, { cookie: sam })).text()
    const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'))
    expect(main).not.toContain('<form')
    expect(main).toContain(`id="update-${update!.id}"`)
    expect(main).toContain('In progress — The council wrote back: a meeting in May.')
    expect(main).toContain(`href="${base}/updates/${update!.id}/change"`)
    expect(main).toContain(`href="${base}/updates/new"`)
    // Nothing answers a form post: publishing and changing go through the Coproduce API, as the signed-in staff.
    expect((await t.post(`${base}/updates`, { youSaid: 'x', weDid: 'y' }, sam)).status).toBe(404)
    expect((await t.post(`${base}/updates/${update!.id}`, { status: 'done' }, sam)).status).toBe(404)
  })

  it('lists a taken-down update as taken down, with when and why, and no longer offers to change it', async () => {
    const made = await t.coproduction.updates.publish(
      { initiativeId: DEMO_INITIATIVE_ID, youSaid: 'Tea after the meeting', weDid: 'We bought a kettle for the wrong building' },
      staff,
    )
    await t.coproduction.updates.withdraw(made.id, { reason: 'It named the wrong building' }, staff)
    const page = await (await t.request(`${base}/updates`, { cookie: sam })).text()
    const card = page.slice(page.indexOf(`id="update-${made.id}"`), page.indexOf('</article>', page.indexOf(`id="update-${made.id}"`)))
    expect(card).toContain('<strong class="tag tag--withdrawn">Taken down</strong>')
    expect(card).toMatch(/Taken down on [^<]+\. People can no longer see it\. Why:<\/strong> It named the wrong building/)
    expect(card).toContain('See this update')
    expect(card).not.toContain('Change this update')
  })

  it('writes a new update and changes one with <cp-update-editor>, pointed at the API', async () => {
    const fresh = await (await t.request(`${base}/updates/new`, { cookie: sam })).text()
    expect(fresh).toContain(`<cp-update-editor endpoint="/api/coproduce" initiative="${DEMO_INITIATIVE_ID}"></cp-update-editor>`)
    expect(fresh).toContain('<script type="module" src="/static/elements/index.js"></script>')
    const [update] = await t.coproduction.updates.list(DEMO_INITIATIVE_ID, staff)
    const change = await (await t.request(`${base}/updates/${update!.id}/change`, { cookie: sam })).text()
    expect(change).toContain(`<cp-update-editor endpoint="/api/coproduce" initiative="${DEMO_INITIATIVE_ID}" update-id="${update!.id}">`)
  })

  it('answers "not found" for an update that does not exist, and for another organisation’s caseworker', async () => {
    expect((await t.request(`${base}/updates/nope/change`, { cookie: sam })).status).toBe(404)
    const [update] = await t.coproduction.updates.list(DEMO_INITIATIVE_ID, staff)
    const kemi = await t.login('kemi')
    for (const path of ['/updates', '/updates/new', `/updates/${update!.id}/change`])
      expect([path, (await t.request(`${base}${path}`, { cookie: kemi })).status]).toEqual([path, 404])
  })
})

describe('members, sessions and payments', () => {
  it('leaves members to <cp-members>, with Casebook’s own links and case references', async () => {
    const page = await (await t.request(`${base}/members`, { cookie: sam })).text()
    expect(page).toContain(
      `<cp-members endpoint="/api/coproduce" initiative="${DEMO_INITIATIVE_ID}" case-link="/cases/{ref}" case-refs="CB-1042 `,
    )
    expect(page).toContain(`choices-link="/initiatives/${DEMO_INITIATIVE_ID}/members/{id}/choices"`)
    // The old form routes are gone: adding, changing and leaving go through the Coproduce API.
    const grace = (await t.coproduction.members.list(DEMO_INITIATIVE_ID, staff))[0]!
    expect((await t.request(`${base}/members/${grace.id}/details`, { cookie: sam })).status).toBe(404)
    expect((await t.post(`${base}/members/${grace.id}/leave`, {}, sam)).status).toBe(404)
    expect((await t.coproduction.members.get(grace.id, staff)).leftAt).toBeUndefined()
  })

  it('leaves every change to the widgets: no staff page of the initiative holds a form of its own', async () => {
    const widgetPages = ['/members', '/sessions', '/payments', '/feedback', '/decisions', '/principles']
    for (const path of ['', ...widgetPages, '/updates']) {
      const page = await (await t.request(`${base}${path}`, { cookie: sam })).text()
      if (widgetPages.includes(path)) expect(page, path).toContain('<script type="module" src="/static/elements/index.js"></script>')
      // The header's "Sign out" is the only form on the page; the page's own content has none.
      expect(page.slice(page.indexOf('<main'), page.indexOf('</main>')), path).not.toContain('<form')
      // Nothing answers a form post: every change goes through the Coproduce API, as the signed-in staff.
      expect((await t.post(`${base}${path}`, { title: 'x' }, sam)).status, path).toBe(404)
    }
  })
})

describe('the participant page and the API', () => {
  it('embeds the three widgets for a member, pointed at the API', async () => {
    const page = await (await t.request('/take-part', { cookie: amira })).text()
    expect(page).toContain('<script type="module" src="/static/elements/index.js"></script>')
    expect(page).toContain(
      `<cp-feedback endpoint="/api/coproduce" initiative="${DEMO_INITIATIVE_ID}" member="${DEMO_MEMBER_IDS.amira}" kinds="rating story text" reply-within-days="30">`,
    )
    expect(page).toContain(`<cp-consent endpoint="/api/coproduce" member="${DEMO_MEMBER_IDS.amira}">`)
    // The member is passed on, so updates can say "You helped with this".
    expect(page).toContain(`<cp-updates endpoint="/api/coproduce" initiative="${DEMO_INITIATIVE_ID}" member="${DEMO_MEMBER_IDS.amira}">`)
  })

  it('offers a visitor feedback and updates, but no consent choices until they say who they are', async () => {
    const page = await (await t.request('/take-part')).text()
    expect(page).toContain('<cp-feedback')
    expect(page).not.toContain('<cp-consent')
    expect(page).toContain('say who you are')
  })

  it('maps the login cookie to the actor the API sees', async () => {
    const path = `/api/coproduce/initiatives/${DEMO_INITIATIVE_ID}/feedback`
    expect((await t.request(path, { cookie: sam })).status).toBe(200)
    expect((await t.request(path, { cookie: amira })).status).toBe(403)
    expect((await t.request(path)).status).toBe(401)
    const own = await t.request(`/api/coproduce/members/${DEMO_MEMBER_IDS.amira}/consents`, { cookie: amira })
    expect(own.status).toBe(200)
    const someoneElses = await t.request(`/api/coproduce/members/${DEMO_MEMBER_IDS.dave}/consents`, { cookie: amira })
    expect(someoneElses.status).toBe(403)
  })
})

describe('the impact page', () => {
  it('draws the share of feedback answered as an SVG chart with a table behind it, and thanks people by name only with consent', async () => {
    const page = await (await t.request('/impact/leeds-truth-commission')).text()
    expect(page).toContain('role="img"')
    expect(page).toContain('<title id="impact-chart-title">')
    expect(page).toMatch(/<caption class="table__caption">Feedback and answers by month<\/caption>/)
    expect(page).toContain('Amira Hussain')
    expect(page).not.toContain('Dave Price')

    const withdraw = await t.request(`/api/coproduce/members/${DEMO_MEMBER_IDS.amira}/consents`, {
      method: 'POST',
      cookie: amira,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ purposeId: 'credit-by-name', decision: 'withdraw' }),
    })
    expect(withdraw.status).toBe(201)
    const after = await (await t.request('/impact/leeds-truth-commission')).text()
    expect(after).not.toContain('Amira Hussain')
    expect(after).toContain('Joy Mensah')
  })
})

describe('impact for a range of days', () => {
  const url = `/impact/${DEMO_INITIATIVE_ID}`

  it('counts only the feedback given on the days asked, and says which days', async () => {
    const all = await t.coproduction.initiatives.impact(DEMO_INITIATIVE_ID, { actor: null })
    const firstMonth = all.byMonth[0]!.month
    const range = { from: `${firstMonth}-01`, to: `${firstMonth}-28` }
    const some = await t.coproduction.initiatives.impact(DEMO_INITIATIVE_ID, { actor: null }, range)
    expect(some.feedback).toBeLessThan(all.feedback)
    const page = await (await t.request(`${url}?from=${range.from}&to=${range.to}`)).text()
    expect(page).toMatch(/name="from"[^>]*type="date"[^>]*value="\d{4}-\d\d-01"/)
    expect(page).toContain(`(${some.answered} of ${some.feedback})`)
    expect(page).toMatch(/of feedback given from \d+ \w+ \d{4} to 28 \w+ \d{4}/)
    expect(page).toContain(`href="${url}/export.csv?from=${range.from}&amp;to=${range.to}"`)
  })

  it('downloads the numbers as CSV: a row a month and a total, and nothing personal', async () => {
    const all = await t.coproduction.initiatives.impact(DEMO_INITIATIVE_ID, { actor: null })
    const res = await t.request(`${url}/export.csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="impact-${DEMO_INITIATIVE_ID}.csv"`)
    const lines = (await res.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe('Month,Feedback given,With an answer,Share answered (%)')
    expect(lines.slice(1, -1)).toEqual(
      all.byMonth.map((m) => `${m.month},${m.feedback},${m.answered},${Math.round((m.answered / m.feedback) * 100)}`),
    )
    expect(lines.at(-1)).toBe(`Total,${all.feedback},${all.answered},${Math.round((all.answered / all.feedback) * 100)}`)
    for (const name of ['Amira', 'Joy', 'Dave']) expect(lines.join('\n')).not.toContain(name)
    const ranged = await t.request(`${url}/export.csv?from=2020-01-01&to=2020-01-31`)
    expect(await ranged.text()).toBe('Month,Feedback given,With an answer,Share answered (%)\r\nTotal,0,0,0\r\n')
    expect(ranged.headers.get('content-disposition')).toContain('impact-leeds-truth-commission-2020-01-01-2020-01-31.csv')
  })

  it('explains a day it cannot read, or days the wrong way round, and still shows every day’s numbers', async () => {
    const bad = await t.request(`${url}?from=last+spring&to=2020-01-01`)
    expect(bad.status).toBe(422)
    const page = await bad.text()
    expect(page).toContain('<title>Error: Impact')
    expect(page).toContain('<a href="#field-from">Use a date like 2026-04-01</a>')
    const all = await t.coproduction.initiatives.impact(DEMO_INITIATIVE_ID, { actor: null })
    expect(page).toContain(`(${all.answered} of ${all.feedback})`)
    expect(page).not.toContain('href="#field-to"')
    expect(page).toContain('value="last spring"')
    const backwards = await (await t.request(`${url}?from=2026-03-01&to=2026-02-01`)).text()
    expect(backwards).toContain('<a href="#field-to">The end date must be the same as or after the start date</a>')
    expect((await t.request(`${url}/export.csv?from=nope`)).status).toBe(422)
  })
})

describe('safety', () => {
  it('sends a strict content security policy on every page', async () => {
    for (const path of ['/login', '/take-part', '/impact/leeds-truth-commission']) {
      const csp = (await t.request(path)).headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).not.toContain('unsafe-inline')
    }
  })

  it('refuses a form posted from another site', async () => {
    const response = await t.request('/login', {
      method: 'POST',
      body: 'who=sam',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elsewhere.example' },
    })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('This form came from another website')
  })

  it('serves its own stylesheet and the widgets from /static', async () => {
    const css = await t.request('/static/casebook.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toContain('text/css')
    const widgets = await t.request('/static/elements/index.js')
    expect(widgets.status).toBe(200)
    expect(widgets.headers.get('content-type')).toContain('javascript')
  })

  it('escapes what people typed', async () => {
    await t.coproduction.feedback.submit(
      { initiativeId: DEMO_INITIATIVE_ID, kind: 'idea', text: '<script>alert(1)</script> more buses', anonymous: true },
      { actor: null },
    )
    // The inbox page is a layout and widgets: what people typed is never in its HTML (the widget binds it as text,
    // which its own tests check with many payloads).
    const inbox = await (await t.request(`${base}/feedback`, { cookie: sam })).text()
    expect(inbox).not.toContain('alert(1)')
  })
})

describe("a person's own data, from the participant page", () => {
  it('shows a member the parts of the page at the top, and a way to see or remove their data', async () => {
    const page = await (await t.request('/take-part', { cookie: amira })).text()
    expect(page).toMatch(/<nav class="contents"[^>]*>.*On this page/s)
    for (const part of ['#tell-us', '#what-changed', '#your-choices', '#your-data']) expect(page).toContain(`href="${part}"`)
    expect(page).toContain('href="/take-part/my-data"')
    expect(page).toContain('href="/take-part/remove-my-data"')
    expect(page).toMatch(/<form method="post" action="\/logout"[^>]*>.*Sign out/s)
  })

  it('does not offer a visitor data they do not have, nor tell them they may leave out a name they never gave', async () => {
    const page = await (await t.request('/take-part')).text()
    expect(page).not.toContain('#your-data')
    expect(page).not.toContain('/take-part/remove-my-data')
    expect(page).not.toContain('You do not have to give your name')
  })

  it('lets a member download everything kept about them, as a file', async () => {
    const response = await t.request('/take-part/my-data', { cookie: amira })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="my-data.json"')
    const data = (await response.json()) as { member: { id: string; displayName: string } }
    expect(data.member).toMatchObject({ id: DEMO_MEMBER_IDS.amira, displayName: 'Amira Hussain' })
  })

  it('sends a visitor who asks for "my data" to say who they are first', async () => {
    for (const path of ['/take-part/my-data', '/take-part/remove-my-data']) {
      const response = await t.request(path)
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`)
    }
  })

  it('asks before removing, then removes the data, signs the person out and says so', async () => {
    const app = await casebookTestApp()
    const priya = await app.login('priya')
    const confirm = await (await app.request('/take-part/remove-my-data', { cookie: priya })).text()
    expect(confirm).toContain('Do you want us to remove your data?')
    expect(confirm).toContain('You cannot undo this.')
    // Looking at the question changes nothing.
    const before = await app.coproduction.members.get(DEMO_MEMBER_IDS.priya, staff)
    expect(before.erasedAt).toBeUndefined()

    const done = await app.post('/take-part/remove-my-data', {}, priya)
    expect(done.status).toBe(200)
    expect(done.headers.get('set-cookie')).toMatch(/^casebook_who=; .*Max-Age=0/)
    expect(await done.text()).toContain('Your data has been removed')
    await expect(app.coproduction.members.get(DEMO_MEMBER_IDS.priya, staff)).rejects.toMatchObject({ code: 'erased' })
    const after = (await app.coproduction.members.list(DEMO_INITIATIVE_ID, staff)).find((m) => m.id === DEMO_MEMBER_IDS.priya)
    expect(after?.erasedAt).toBeDefined()
    expect(after?.displayName).not.toBe('Priya Shah')
  })
})

describe('forms that read well with a screen reader', () => {
  it('gives every element its own id, so a choice is described by its own hint and not by the question', async () => {
    const pages = [await (await t.request('/login')).text(), await (await t.request(`${base}/members`, { cookie: sam })).text()]
    for (const page of pages) {
      const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    }
    const login = pages[0]!
    // The first person on the picker is described by their own description.
    expect(login).toMatch(/id="field-who"[^>]*aria-describedby="field-who-item-hint"/)
    expect(login).toMatch(/id="field-who-item-hint"[^>]*>Caseworker\./)
  })
})

describe('the inbox after someone asks to be removed', () => {
  it('says the feedback was removed at their request, with no words and no "Answer this" button', async () => {
    const app = await casebookTestApp()
    const _sam = await app.login('sam')
    const given = await app.coproduction.feedback.submit(
      { initiativeId: DEMO_INITIATIVE_ID, kind: 'idea', text: 'Please open the hall on Sundays for the young ones.' },
      { actor: { id: DEMO_MEMBER_IDS.priya, roles: ['member'] } },
    )
    await app.coproduction.erase(DEMO_MEMBER_IDS.priya, staff)
    const { items } = await app.coproduction.feedback.inbox(DEMO_INITIATIVE_ID, { limit: 100 }, staff)
    const item = items.find((f) => f.id === given.id)!
    expect(item.removedAt).toMatch(/^\d{4}-/)
    expect(JSON.stringify(item)).not.toContain('Sundays')
    expect(item).not.toHaveProperty('by')
  })
})

describe('deciding together, from the staff pages', () => {
  it('leaves decisions to <cp-decisions>: the old form routes are gone and nothing is stored through them', async () => {
    const app = await casebookTestApp()
    const sam = await app.login('sam')
    const page = await (await app.request(`${base}/decisions`, { cookie: sam })).text()
    expect(page).toContain(`<cp-decisions endpoint="/api/coproduce" initiative="${DEMO_INITIATIVE_ID}">`)
    const before = await app.coproduction.decisions.list(DEMO_INITIATIVE_ID, staff)
    expect((await app.post(`${base}/decisions`, { kind: 'aims', question: 'What first?' }, sam)).status).toBe(404)
    expect((await app.request(`${base}/decisions/new`, { cookie: sam })).status).toBe(404)
    const open = before.find((d) => d.status !== 'decided') ?? before[0]!
    expect((await app.post(`${base}/decisions/${open.id}/decide`, { text: 'x', method: 'consensus' }, sam)).status).toBe(404)
    expect(await app.coproduction.decisions.list(DEMO_INITIATIVE_ID, staff)).toEqual(before)
  })
})

describe('choices given on paper or by phone', () => {
  it('gives staff a page per member with <cp-consent> in staff mode, linked from the members list', async () => {
    const members = await (await t.request(`${base}/members`, { cookie: sam })).text()
    const path = `${base}/members/${DEMO_MEMBER_IDS.dave}/choices`
    // <cp-members> links each person to this page, through Casebook's pattern.
    expect(members).toContain(`choices-link="${base}/members/{id}/choices"`)
    const page = await (await t.request(path, { cookie: sam })).text()
    expect(page).toContain(`<cp-consent endpoint="/api/coproduce" member="${DEMO_MEMBER_IDS.dave}" mode="staff">`)
    expect(page).toContain('<script type="module" src="/static/elements/index.js"></script>')
    // Only staff: a member is sent to the "for staff" page.
    expect((await t.request(path, { cookie: amira })).status).toBe(403)
  })
})

describe('after someone is removed', () => {
  it('every staff page still opens, and a link about the removed person says so plainly', async () => {
    const app = await casebookTestApp()
    const sam = await app.login('sam')
    await app.coproduction.erase(DEMO_MEMBER_IDS.priya, staff)
    for (const page of ['', '/members', '/sessions', '/payments', '/feedback', '/updates', '/decisions', '/principles'])
      expect([page, (await app.request(`${base}${page}`, { cookie: sam })).status]).toEqual([page, 200])
    const gone = await app.request(`${base}/members/${DEMO_MEMBER_IDS.priya}/choices`, { cookie: sam })
    expect(gone.status).toBe(410)
    expect(await gone.text()).toContain('This person’s information was removed')
  })
})
