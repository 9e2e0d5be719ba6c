import { Hono } from 'hono'
import type pg from 'pg'

/** The yardstick: a bare Hono route that parses the JSON and does one INSERT with `pg`. */
export async function bareFeedbackRoute(pool: pg.Pool): Promise<(req: Request) => Promise<Response>> {
  await pool.query(`CREATE TABLE IF NOT EXISTS bare_feedback (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    initiative_id text NOT NULL,
    data jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`)
  const app = new Hono()
  app.post('/initiatives/:id/feedback', async (c) => {
    const body = await c.req.json()
    const { rows } = await pool.query('INSERT INTO bare_feedback (initiative_id, data) VALUES ($1, $2) RETURNING id, created_at', [
      c.req.param('id'),
      body,
    ])
    return c.json({ ...body, ...rows[0] }, 201)
  })
  return async (req) => app.fetch(req)
}
