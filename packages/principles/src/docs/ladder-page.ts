/**
 * docs/principles/ladder.md: each rung's criteria and the briefing passage it comes from. Kept beside the
 * ladder's code (src/engine/ladder.ts) and written out with the rule pages.
 */
export const LADDER_PAGE = `# The ladder

Every report places the work on the ladder **informing < consultation < engagement < co-design < co-production**
by what it does, not by what it is called. Each rung needs everything the rungs below it need.

## Evidence over statements

- Before the work begins, what the plan says can carry it up the ladder; the report says "planned".
- Once the work has begun (its start date has passed, a session has happened, or anything is on record), records
  win: attendance, decisions and who took part in them, payments, published updates.
- A fact that is **missing** holds the work below a rung, but is never called tokenism: \`label-matches-practice\`
  then says "not enough to judge".
- A fact that is **contradicted**, by the records or by the plan itself, rules a rung out. When the work is called
  something it has been ruled out of, \`label-matches-practice\` fails and the report says plainly that this is tokenism.
- \`reasons[]\` lists every fact holding the work below the next rung, and every limit below, not only the first.

## Consultation

- People with lived experience are asked for their views: feedback is on record, or the group has members with
  lived experience.

> At the heart of co-production is the belief that people with lived experience hold the necessary insights and
> wisdom to make their lives better, but they are too often shut out of participating in the decisions which affect them.
> (*Why to? (For organisations)*)

## Engagement

- People with lived experience **actually take part**: the attendance recorded after sessions shows at least one
  member with lived experience came. Before the work begins, members with lived experience and planned sessions are enough.
- Sessions are two-way conversations (or led by people with lived experience).
- People hear back: updates are published, or promised at a set interval.

> Conversations must go both ways. ... If no-one turns up, are you doing the right thing? (*Interactions:
> Relationships come first*; *Foundations: Building the co-producing community*)

## Co-design

- The problem is left open (\`problemFraming: open\`) and the outcomes are not fixed in advance.
- The aims were agreed with people with lived experience: the decision on record first, else members with lived
  experience named in \`aims.agreedWith\` (a staff team or "everyone" does not count).
- Something is open to change together (\`scope.negotiable\`).
- Once begun: **a decision on record that people with lived experience took part in** (they gave a view or
  decided, and it was not \`staff-only\`).

> If you begin with a clear idea of the problem that you're out to address, you will not get the real value of the
> wisdom of lived experience. ... Design the aims together so that realistic expectations can be set from the outset.
> (*Foundations: Forget what you think you know*; *Building the co-producing community*)

## Co-production

- Staff thought about their power before starting (\`powerReflection.completedAt\`).
- People are paid fairly: payments on record at or above the living wage per hour (vouchers only with a reason);
  before any payment, the pay policy.
- The ground rules were decided together: the decision on record first, else the agreements.
- The work starts with time to get to know each other (a first stage that builds relationships, such as the default
  "engagement"), and that stage is at least 6 weeks when its dates are known.
- Once begun: **a decision on record that people with lived experience made** (they are among those who decided).

> Co-production means to produce together ... Value the time and work of lived experience members as you expect yours
> to be valued. ... Relationships should be built over long periods of time. (*Introduction*; *Actions: Mutuality
> and Impact*; *Foundations: Building the co-producing community*)

## Limits: what caps the rung whatever else the work does

| fact | highest rung | from the briefing |
| --- | --- | --- |
| no member of the group has lived experience | consultation | "Nothing about - without us - is for us" (*Examples: the Poverty Truth Commissions*) |
| sessions were held, attendance was recorded, and no one with lived experience came | consultation | "If no-one turns up, are you doing the right thing?" (*Building the co-producing community*) |
| a fixed deadline less than 12 weeks away (or a fixed timeline under 12 weeks) | engagement | "If you're required to produce something very specific and have a tight timeframe ... tokenistic and actually produce a net harm." (*Why not to?*) |
| every in-person session meets in a professional place: a board room, office, council chamber or the service's own building, by its kind or by its name | engagement | "Conducting co-production in a professional space - such as sitting in on meetings - is inherently disempowering." (*Co-production environments*) |
`
