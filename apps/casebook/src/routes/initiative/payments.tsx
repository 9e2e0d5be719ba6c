import { CoproduceError, type PaymentInput } from '@coproduce/core'
import type { CasebookApp, CasebookContext, CasebookDeps } from '../../app-env.js'
import { tryForm, type FieldErrors } from '../../forms/form-errors.js'
import { number, text, type FormBody } from '../../forms/read-form.js'
import { Button, Choices, Select, TextArea, TextInput } from '../../views/fields.js'
import { formatDate, formatMoney } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative, noticeFrom } from './load.js'

const PLAIN_WORDS = {
  memberId: 'Choose who you are paying',
  sessionId: 'Choose the session',
  hours: 'Enter the hours as a number, for example 3',
  amount: 'Enter the amount in pounds, for example 40.35',
  method: 'Choose cash or vouchers',
  voucherReason: 'Say why a voucher is used instead of cash',
}

const round = (value: number) => Math.round(value * 100) / 100

export function paymentsRoutes(app: CasebookApp, deps: CasebookDeps): void {
  const page = async (c: CasebookContext, form?: { body: FormBody; errors: FieldErrors }) => {
    const initiative = await loadInitiative(c, deps)
    const ctx = { actor: actorOf(c) }
    const [payments, members, sessions] = await Promise.all([
      deps.coproduction.payments.list(initiative.id, ctx),
      deps.coproduction.members.list(initiative.id, ctx),
      deps.coproduction.sessions.list(initiative.id, ctx),
    ])
    const nameOf = (id: string) => members.find((m) => m.id === id)?.displayName ?? 'Former member'
    const sessionOf = (id: string | undefined) => sessions.find((s) => s.id === id)?.title ?? '–'
    const rate = initiative.paymentPolicy?.hourlyRate
    const currency = initiative.paymentPolicy?.currency ?? 'GBP'
    const total = payments.reduce((sum, p) => sum + p.amount, 0)
    const body = form?.body ?? {}
    return render(
      c,
      <InitiativePage initiative={initiative} tab="payments" identity={c.get('identity')} errors={form?.errors} notice={noticeFrom(c)}>
        <p class="body">
          We value members’ time as we value our own.
          {rate !== undefined
            ? ` We pay ${formatMoney(rate, currency)} an hour, the real living wage, in cash unless someone chooses vouchers.`
            : ''}{' '}
          So far we have paid <strong>{formatMoney(round(total), currency)}</strong> in {payments.length} payments.
        </p>
        <table class="table table--stack">
          <caption class="table__caption visually-hidden">Payments</caption>
          <thead>
            <tr>
              <th scope="col">Paid on</th>
              <th scope="col">Who</th>
              <th scope="col">Session</th>
              <th scope="col" class="table__numeric">
                Hours
              </th>
              <th scope="col" class="table__numeric">
                Amount
              </th>
              <th scope="col">How</th>
            </tr>
          </thead>
          <tbody>
            {payments.map((payment) => (
              <tr>
                <td data-label="Paid on">{formatDate(payment.paidAt)}</td>
                <td data-label="Who">{nameOf(payment.memberId)}</td>
                <td data-label="Session">{sessionOf(payment.sessionId)}</td>
                <td data-label="Hours" class="table__numeric">
                  {payment.hours}
                </td>
                <td data-label="Amount" class="table__numeric">
                  {formatMoney(payment.amount, payment.currency)}
                </td>
                <td data-label="How">{payment.method === 'cash' ? 'Cash' : `Vouchers: ${payment.voucherReason ?? ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" novalidate class="panel">
          <h3 class="heading-m">Record a payment</h3>
          <Select
            name="memberId"
            label="Who are you paying?"
            value={text(body, 'memberId')}
            errors={form?.errors}
            options={[
              { value: '', label: 'Choose a member' },
              ...members.filter((m) => !m.leftAt && !m.erasedAt).map((m) => ({ value: m.id, label: m.displayName })),
            ]}
          />
          <Select
            name="sessionId"
            label="For which session? (optional)"
            value={text(body, 'sessionId')}
            errors={form?.errors}
            options={[
              { value: '', label: 'Not for a session' },
              ...sessions.map((s) => ({ value: s.id, label: `${s.title ?? 'Session'}, ${formatDate(s.startsAt)}` })),
            ]}
          />
          <TextInput name="hours" label="Hours" inputmode="decimal" width="short" value={text(body, 'hours')} errors={form?.errors} />
          <TextInput
            name="amount"
            label="Amount in pounds (optional)"
            hint={rate !== undefined ? `Leave empty to pay the living wage: ${formatMoney(rate, currency)} for each hour.` : undefined}
            inputmode="decimal"
            width="medium"
            value={text(body, 'amount')}
            errors={form?.errors}
          />
          <Choices
            type="radio"
            name="method"
            label="How are you paying?"
            values={[text(body, 'method') ?? 'cash']}
            errors={form?.errors}
            small
            options={[
              { value: 'cash', label: 'Cash' },
              { value: 'voucher', label: 'Vouchers', hint: 'Only when the person chooses them, for example to protect their benefits.' },
            ]}
          />
          <TextArea
            name="voucherReason"
            label="If vouchers, why not cash?"
            value={text(body, 'voucherReason')}
            errors={form?.errors}
            rows={2}
          />
          <Button>Record payment</Button>
        </form>
      </InitiativePage>,
      form ? 422 : 200,
    )
  }

  app.get('/initiatives/:id/payments', (c) => page(c))

  app.post('/initiatives/:id/payments', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const body = await c.req.parseBody({ all: true })
    const rate = initiative.paymentPolicy?.hourlyRate
    const hours = number(body, 'hours')
    const typedAmount = number(body, 'amount')
    const amount = typedAmount ?? (typeof hours === 'number' && rate !== undefined ? round(hours * rate) : undefined)
    const input = {
      initiativeId: initiative.id,
      memberId: text(body, 'memberId'),
      ...(text(body, 'sessionId') ? { sessionId: text(body, 'sessionId') } : {}),
      hours,
      amount,
      currency: initiative.paymentPolicy?.currency ?? 'GBP',
      method: text(body, 'method'),
      ...(text(body, 'voucherReason') ? { voucherReason: text(body, 'voucherReason') } : {}),
    } as PaymentInput
    const result = await tryForm(async () => {
      if (typeof hours === 'number' && typeof amount === 'number' && rate !== undefined && amount < round(hours * rate))
        throw new CoproduceError('validation', 'Some answers need checking', [
          {
            path: ['amount'],
            message: `This is less than the living wage. For ${hours} hours, pay at least ${formatMoney(round(hours * rate))}.`,
          },
        ])
      return deps.coproduction.payments.record(input, { actor: actorOf(c) })
    }, PLAIN_WORDS)
    if (!result.ok) return page(c, { body, errors: result.errors })
    return c.redirect(`/initiatives/${encodeURIComponent(initiative.id)}/payments?done=payment`, 303)
  })
}
