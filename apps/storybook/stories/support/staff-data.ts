import { ClientError, OfflineError, type CoproduceClient, type CreditOption, type InboxItem, type InboxPage } from '@coproduce/elements'

/** Sample data and clients for the staff widgets' stories: the inbox and the "you said, we did" editor. */
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 10)).toISOString()
const base = { initiativeId: 'init-1', answeredBy: [] as InboxItem['answeredBy'] }

export const INBOX: InboxItem[] = [
  {
    ...base,
    id: 'f-3',
    kind: 'story',
    text: 'The bus gets in at half past nine, so I always miss the start.',
    anonymous: false,
    memberId: 'm-1',
    by: 'Amira Hussain',
    quote: 'with-name',
    createdAt: at(12),
  },
  {
    ...base,
    id: 'f-2',
    kind: 'rating',
    rating: 'poor',
    text: 'Nobody told me the time changed.',
    anonymous: true,
    quote: 'anonymously',
    createdAt: at(10),
  },
  {
    ...base,
    id: 'f-1',
    kind: 'idea',
    text: 'Open the doors at nine, not ten.',
    anonymous: false,
    memberId: 'm-2',
    by: 'Joy Mensah',
    quote: 'no',
    createdAt: at(4),
    answeredBy: [{ id: 'u-1', weDid: 'From May the doors open at nine', publishedAt: at(8) }],
  },
]

export const PEOPLE: CreditOption[] = [
  { memberId: 'm-1', displayName: 'Amira Hussain', credit: true },
  { memberId: 'm-2', displayName: 'Joy Mensah', credit: false, why: 'refused' },
  { memberId: 'm-3', displayName: 'Dave Price', credit: false, why: 'not-asked' },
]

const page = (items: InboxItem[], nextCursor?: string): InboxPage => ({
  items,
  counts: { total: items.length, unanswered: items.filter((f) => !f.answeredBy.length).length },
  ...(nextCursor ? { nextCursor } : {}),
})

/** A long inbox: many pages of feedback, for "Show more". */
export const MANY: InboxItem[] = Array.from({ length: 120 }, (_, i) => ({
  ...base,
  id: `f-many-${i}`,
  kind: 'idea',
  text: `Idea number ${120 - i}: a few words about what would help.`,
  anonymous: i % 3 === 0,
  ...(i % 3 === 0 ? {} : { memberId: `m-${i}`, by: `Person ${i}` }),
  quote: 'no',
  createdAt: at(28 - (i % 27)),
}))

export function staffClient(items: InboxItem[] = INBOX): CoproduceClient {
  const client: Partial<CoproduceClient> = {
    getInbox: async (_id, query) => {
      const limit = query.limit ?? 25
      const start = query.cursor ? Number(query.cursor) : 0
      const shown = items.filter((f) => !query.unanswered || !f.answeredBy.length)
      const slice = shown.slice(start, start + limit)
      return { ...page(items), items: slice, ...(start + limit < shown.length ? { nextCursor: String(start + limit) } : {}) }
    },
    getCreditOptions: async () => PEOPLE,
    getAllUpdates: async () => [
      {
        id: 'u-1',
        initiativeId: 'init-1',
        youSaid: 'Opening is too late',
        weDid: 'From May the doors open at nine',
        status: 'in-progress',
        progress: 40,
        linkedFeedback: ['f-1'],
        credits: [],
        publishedAt: at(8),
        timeline: [{ at: at(8), status: 'in-progress' }],
      },
      {
        id: 'u-2',
        initiativeId: 'init-1',
        youSaid: 'Tea after the meeting',
        weDid: 'We bought a kettle for the wrong building',
        status: 'done',
        progress: 100,
        linkedFeedback: [],
        credits: [],
        publishedAt: at(9),
        timeline: [{ at: at(9), status: 'done' }],
        withdrawn: { at: at(10), reason: 'It named the wrong building' },
      },
    ],
    checkText: async (texts) => ({
      flags: texts.some((t) => /hard to reach/i.test(t.text))
        ? [
            {
              field: 'youSaid',
              kind: 'label',
              text: 'hard to reach',
              index: 0,
              suggestion: 'people we have not reached yet',
              why: 'A label',
            },
          ]
        : [],
    }),
    publishUpdate: async (_id, input) =>
      ({
        id: 'u-new',
        initiativeId: 'init-1',
        status: 'planned',
        linkedFeedback: [],
        credits: [],
        ...input,
        publishedAt: at(14),
        timeline: [],
      }) as never,
    withdrawUpdate: async (_id, updateId, input) =>
      ({
        id: updateId,
        initiativeId: 'init-1',
        youSaid: 'Opening is too late',
        weDid: 'From May the doors open at nine',
        status: 'in-progress',
        linkedFeedback: [],
        credits: [],
        publishedAt: at(8),
        timeline: [],
        withdrawn: { at: at(14), reason: input.reason },
      }) as never,
    changeUpdate: async (_id, updateId, patch) =>
      ({
        id: updateId,
        initiativeId: 'init-1',
        youSaid: '',
        weDid: '',
        status: 'planned',
        linkedFeedback: [],
        credits: [],
        publishedAt: at(8),
        timeline: [],
        ...patch,
      }) as never,
  }
  return client as CoproduceClient
}

const never = () => new Promise<never>(() => {})
export const staffLoadingClient = (): CoproduceClient =>
  ({ getInbox: never, getCreditOptions: never, getAllUpdates: never }) as unknown as CoproduceClient
const failingWith = (make: () => Error) => {
  const fail = async () => {
    throw make()
  }
  return { getInbox: fail, getCreditOptions: fail, getAllUpdates: fail } as unknown as CoproduceClient
}
export const staffErrorClient = () => failingWith(() => new ClientError(503, 'unavailable', 'The service is not available right now'))
export const staffOfflineClient = () => failingWith(() => new OfflineError())
