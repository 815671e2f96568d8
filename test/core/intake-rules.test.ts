import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Webhook } from '../../src/shared/domain'
import { loadPayloadFiles, sendPayloadFile } from '../support/send-payload-file'
import { removeDir, startTestCore, type TestCore } from '../support/test-core'

let t: TestCore
let hook: Webhook
const payload = (name: string) => loadPayloadFiles().find((f) => f.file === name)!
const json = (body: unknown, headers: Record<string, string> = {}) => t.post(`/webhook/${hook.token}`, JSON.stringify(body), { 'content-type': 'application/json', ...headers })
const lead = (id: string) => t.core.api['leads:get']({ id })

beforeEach(async () => {
  t = await startTestCore()
  hook = await t.core.api['webhooks:create']({ name: 'Forms', sourceLabel: 'Website', platform: 'website' })
})
afterEach(async () => {
  await t.stop()
  await removeDir(t.dataDir)
})

describe('bodies', () => {
  it('keeps numbers too big for JavaScript exactly, as strings', async () => {
    const res = await t.post(`/webhook/${hook.token}`, '{"name":"Big Id","lead_id":12345678901234567890123,"budget":1.5}')
    const l = await lead(res.json.data.id)
    expect(l.externalId).toBe('12345678901234567890123')
    expect(l.custom.budget).toBe('1.5')
  })

  it('reads XML, a declared latin-1 charset, and form keys named __proto__ or constructor as plain data', async () => {
    const xml = await t.post(`/webhook/${hook.token}`, '<?xml version="1.0"?><lead><name>Kavya &amp; Co</name><mobile>09876543210</mobile></lead>', { 'content-type': 'application/xml' })
    expect(await lead(xml.json.data.id)).toMatchObject({ name: 'Kavya & Co', phone: '+919876543210' })
    const latin = await t.post(`/webhook/${hook.token}`, Buffer.from('{"name":"José Müller","city":"Köln"}', 'latin1'), { 'content-type': 'application/json; charset=ISO-8859-1' })
    expect(await lead(latin.json.data.id)).toMatchObject({ name: 'José Müller', city: 'Köln' })
    const cp1252 = await t.post(`/webhook/${hook.token}`, Buffer.concat([Buffer.from('{"name":"Caf\xe9 ', 'latin1'), Buffer.from([0x80, 0x99]), Buffer.from('"}')]), { 'content-type': 'application/json; charset=windows-1252' })
    expect((await lead(cp1252.json.data.id)).name).toBe('Café €™')
    const form = await t.post(`/webhook/${hook.token}`, '__proto__[admin]=1&constructor=x&name=Ravi', { 'content-type': 'application/x-www-form-urlencoded' })
    const l = await lead(form.json.data.id)
    expect(l.name).toBe('Ravi')
    expect(l.custom).toMatchObject({ '__proto__.admin': '1', constructor: 'x' })
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('records a multipart file by name and size without keeping its bytes', async () => {
    const res = await sendPayloadFile(hook.url, payload('html-form-multipart.json'))
    const l = await lead(res.json.data.id)
    expect(l.custom['requirements (file)']).toMatch(/^requirements\.txt, text\/plain, \d+ bytes \(not stored\)$/)
    expect(JSON.stringify(l)).not.toContain('Carpet area')
  })

  it('logs an unreadable body as received and answers 400 with what was wrong', async () => {
    const res = await t.post(`/webhook/${hook.token}`, '<lead><name>x</lead>', { 'content-type': 'text/xml' })
    expect(res.status).toBe(400)
    expect(res.json.error).toMatchObject({ code: 'invalid_xml' })
    const [d] = await t.core.api['deliveries:list']({ webhookId: hook.id })
    expect(d).toMatchObject({ statusCode: 400, outcome: 'rejected', errorCode: 'invalid_xml' })
  })

  it('answers a top-level list with one lead per element, listing them all', async () => {
    const res = await json([{ name: 'A', phone: '9810000001' }, { name: 'B', phone: '9810000002' }])
    expect(res.json.data.leads).toHaveLength(2)
    expect(res.json.data.leads.map((o: { status: string }) => o.status)).toEqual(['created', 'created'])
    expect((await lead(res.json.data.leads[1].id)).name).toBe('B')
  })
})

describe('mapping suggestions and normalisation', () => {
  it('joins first and last name, keeps the salutation apart, joins a country code to the number', async () => {
    const res = await json({ Salutation: 'Dr.', 'First Name': 'Anita', 'Last Name': 'Rao', country_code: '+971', mobile: '50 123 4567', 'E-mail': ' Anita.Rao@Example.COM ' })
    expect(await lead(res.json.data.id)).toMatchObject({ name: 'Anita Rao', salutation: 'Dr.', phone: '+971501234567', email: 'anita.rao@example.com' })
  })

  it('recognises an email and a phone by their values under meaningless keys', async () => {
    const res = await json({ field_1: 'Suresh', field_2: 'suresh@example.in', field_3: '98450 12345' })
    expect(await lead(res.json.data.id)).toMatchObject({ email: 'suresh@example.in', phone: '+919845012345' })
  })

  it('refuses a default country that has no phone numbering plan', async () => {
    await expect(t.core.api['webhooks:update']({ id: hook.id, patch: { defaultCountry: 'ZZ' } })).rejects.toThrow(/ZZ is not a country with phone numbers/)
  })

  it('finds a lead by its phone typed the way people type it', async () => {
    await json({ name: 'Typed', phone: '+91 90606 12026' })
    for (const search of ['9060612026', '90606 12026', '+91 9060612026', '+91-90606-12026', '090606-12026']) {
      expect((await t.core.api['leads:list']({ search })).items.map((l) => l.name), search).toEqual(['Typed'])
    }
  })

  it('uses the webhook default country, but never forces it on a number that says otherwise', async () => {
    await t.core.api['webhooks:update']({ id: hook.id, patch: { defaultCountry: 'GB' } })
    const uk = await json({ name: 'Tom', phone: '07911 123456' })
    const us = await json({ name: 'Ann', phone: '+1 650 555 0123' })
    expect((await lead(uk.json.data.id)).phone).toBe('+447911123456')
    expect((await lead(us.json.data.id)).phone).toBe('+16505550123')
  })

  it('decodes HTML entities once, turns <br> into new lines and summarises unmapped fields in the notes', async () => {
    const res = await json({ name: 'Neha', message: 'Price &amp; delivery?<br>Urgent', budget: '&lt;5 lakh' })
    const l = await lead(res.json.data.id)
    expect(l.notes).toBe('Price & delivery?\nUrgent\n\nbudget: <5 lakh')
    expect(l.custom.budget).toBe('<5 lakh')
  })
})

describe('field detection and the mapping wizard', () => {
  it('records fields from the first request on and suggests targets', async () => {
    await json({ SENDER_NAME: 'Rakesh', SENDER_MOBILE: '+91-9876543210', Firm: 'Verma Agro', Town: 'Pune', notes_x: 'hello' })
    const rows = await t.core.api['webhooks:mapping']({ id: hook.id })
    const suggested = Object.fromEntries(rows.map((r) => [r.field, r.suggested]))
    expect(suggested).toMatchObject({ SENDER_NAME: 'name', SENDER_MOBILE: 'phone', Firm: 'company', Town: 'city', notes_x: null })
    expect(rows[0]).toMatchObject({ sample: 'Rakesh', firstSeenAt: expect.any(String), lastSeenAt: expect.any(String) })
    await json({ SENDER_NAME: 'Asha', new_field: 'x' })
    expect((await t.core.api['webhooks:mapping']({ id: hook.id })).map((r) => r.field)).toContain('new_field')
  })

  it('a saved mapping applies to new leads and can be re-applied to earlier ones', async () => {
    const before = await json({ who: 'Imran Khan', where: 'Lucknow', x_ignore: 'noise' })
    expect((await lead(before.json.data.id)).name).toBe('')
    await t.core.api['webhooks:update']({
      id: hook.id,
      patch: { mapping: [{ field: 'who', target: 'name' }, { field: 'where', target: 'city' }, { field: 'x_ignore', target: 'ignore' }, { field: 'extra', target: 'custom:Budget' }] },
    })
    const after = await json({ who: 'Zoya', where: 'Agra', extra: '5 lakh' })
    expect(await lead(after.json.data.id)).toMatchObject({ name: 'Zoya', city: 'Agra', custom: { Budget: '5 lakh' } })
    expect(await t.core.api['webhooks:apply-mapping']({ id: hook.id })).toEqual({ updated: 2 })
    const reapplied = await lead(before.json.data.id)
    expect(reapplied).toMatchObject({ name: 'Imran Khan', city: 'Lucknow' })
    expect(reapplied.custom.x_ignore).toBeUndefined()
  })
})

describe('test submissions, re-deliveries and duplicates', () => {
  it('keeps test leads apart: hidden from the inbox unless asked for', async () => {
    await sendPayloadFile(hook.url, payload('google-ads-test-button.json'))
    await json({ name: 'Real person', phone: '9811111111' })
    expect((await t.core.api['leads:list']({})).items.map((l) => l.name)).toEqual(['Real person'])
    expect((await t.core.api['leads:list']({ tests: 'only' })).items.map((l) => l.name)).toEqual(['FirstName LastName'])
  })

  it('two identical re-deliveries arriving together create one lead', async () => {
    const p = payload('indiamart-push-v2.json')
    const answers = await Promise.all([1, 2, 3, 4].map(() => sendPayloadFile(hook.url, p)))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200])
    expect(answers.map((a) => a.json.data.status).sort()).toEqual(['created', 'duplicate', 'duplicate', 'duplicate'])
    expect(new Set(answers.map((a) => a.json.data.id)).size).toBe(1)
    expect((await t.core.api['leads:list']({})).total).toBe(1)
  })

  it('an Idempotency-Key header is a platform id', async () => {
    const a = await json({ name: 'Kiran', phone: '9822222222' }, { 'idempotency-key': 'abc-1' })
    const b = await json({ name: 'Kiran', phone: '9822222222' }, { 'idempotency-key': 'abc-1' })
    expect(b.json.data).toEqual({ id: a.json.data.id, status: 'duplicate' })
    expect((await lead(a.json.data.id)).externalId).toBe('abc-1')
  })

  it('a platform id seen before answers duplicate even when the re-delivery is partial', async () => {
    const a = await json({ RESPONSE: { UNIQUE_QUERY_ID: '555001', SENDER_NAME: 'First', SENDER_MOBILE: '+91-9876543210' } })
    const b = await json({ RESPONSE: { UNIQUE_QUERY_ID: '555001', SENDER_NAME: 'again' } })
    expect(b.json.data).toEqual({ id: a.json.data.id, status: 'duplicate' })
    expect((await t.core.api['leads:list']({})).total).toBe(1)
    expect((await lead(a.json.data.id)).name).toBe('First')
  })

  it('a full Facebook lead arriving after its ids-only notification fills the waiting lead in', async () => {
    const note = await sendPayloadFile(hook.url, payload('facebook-leadgen-webhook.json'))
    for (let i = 0; i < 100 && (await lead(note.json.data.id)).fetch?.state === 'pending'; i++) await new Promise((r) => setTimeout(r, 10))
    const full = await sendPayloadFile(hook.url, payload('facebook-leadgen-field-data.json'))
    expect(full.json.data).toEqual({ id: note.json.data.id, status: 'duplicate' })
    expect(await lead(note.json.data.id)).toMatchObject({ name: 'Meera Iyer', phone: '+919845012345', fetch: { state: 'done' } })
    expect((await t.core.api['leads:list']({})).total).toBe(1)
  })

  it('marks a new lead with a known phone or email as a possible duplicate, without merging', async () => {
    const first = await json({ name: 'Meena', phone: '+91 98765 00000' })
    const second = await json({ name: 'Meena S', phone: '9876500000', email: 'm@example.in' })
    expect((await lead(second.json.data.id)).duplicateOf).toBe(first.json.data.id)
    expect((await t.core.api['leads:list']({})).total).toBe(2)
  })
})

describe('default lead settings and distribution', () => {
  it("falls back to the platform's name for the source when nothing else gives one", async () => {
    const indiamart = await t.core.api['webhooks:create']({ name: 'Leads', sourceLabel: '', platform: 'indiamart' })
    const res = await sendPayloadFile(indiamart.url, payload('indiamart-push-v2.json'))
    const l = await lead(res.json.data.id)
    expect(l.source).toBe('IndiaMART')
    expect(Object.keys(l.custom)).not.toContain('CODE') // the envelope's own status is not lead data
  })

  it('keeps a renamed team member as the default assignee of their webhooks', async () => {
    const ravi = { id: crypto.randomUUID(), name: 'Ravi', email: '' }
    await t.core.api['settings:update']({ team: [ravi] })
    await t.core.api['webhooks:update']({ id: hook.id, patch: { defaults: { status: 'New', source: '', tags: [], assignee: 'Ravi' } } })
    await t.core.api['settings:update']({ team: [{ ...ravi, name: 'Ravi Kumar' }] })
    expect((await t.core.api['webhooks:get']({ id: hook.id })).defaults.assignee).toBe('Ravi Kumar')
  })

  it('applies the webhook defaults when the payload lacks the field', async () => {
    await t.core.api['webhooks:update']({ id: hook.id, patch: { defaults: { status: 'Contacted', source: 'Landing page', tags: ['hot', 'ad'], assignee: 'Priya' } } })
    const a = await json({ name: 'No source' })
    const b = await json({ name: 'Has source', source: 'Referral' })
    expect(await lead(a.json.data.id)).toMatchObject({ status: 'Contacted', source: 'Landing page', tags: ['hot', 'ad'], assignee: 'Priya', assignedBy: 'Webhook default' })
    expect((await lead(b.json.data.id)).source).toBe('Referral')
  })

  it('round-robin and by-field rules assign, in order, and each lead records its rule', async () => {
    const [amit, bela, chetan] = ['Amit', 'Bela', 'Chetan'].map((name) => ({ id: crypto.randomUUID(), name, email: '' }))
    await t.core.api['settings:update']({
      team: [amit!, bela!, chetan!],
      distribution: [
        { id: crypto.randomUUID(), name: 'Pune to Chetan', kind: 'by-field', field: 'city', cases: [{ value: 'pune', memberId: chetan!.id }], enabled: true, webhookIds: [] },
        { id: crypto.randomUUID(), name: 'Everyone else', kind: 'round-robin', memberIds: [amit!.id, bela!.id], next: 0, enabled: true, webhookIds: [] },
      ],
    })
    const assigned = []
    for (const city of ['Delhi', 'Pune', 'Delhi', 'Delhi']) {
      const res = await json({ name: `Lead ${city}`, city })
      const l = await lead(res.json.data.id)
      assigned.push(`${l.assignee} (${l.assignedBy})`)
    }
    expect(assigned).toEqual(['Amit (Everyone else)', 'Chetan (Pune to Chetan)', 'Bela (Everyone else)', 'Amit (Everyone else)'])
  })
})

describe('Facebook', () => {
  let graph: Server
  let graphUrl: string
  let answer: { status: number; body: unknown }
  let seenAuth = ''
  beforeEach(async () => {
    const fieldData = JSON.parse(payload('facebook-leadgen-field-data.json').body)
    answer = { status: 200, body: fieldData }
    graph = createServer((req, res) => {
      seenAuth = req.headers.authorization ?? ''
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body))
    })
    await new Promise<void>((r) => graph.listen(0, '127.0.0.1', r))
    graphUrl = `http://127.0.0.1:${(graph.address() as AddressInfo).port}/v21.0`
  })
  afterEach(() => new Promise<void>((r) => graph.close(() => r())))

  const waitFor = async (id: string, state: string) => {
    for (let i = 0; i < 100; i++) {
      const l = await lead(id)
      if (l.fetch?.state === state) return l
      await new Promise((r) => setTimeout(r, 20))
    }
    throw new Error(`lead never reached ${state}`)
  }

  it('fetches a leadgen notification from the Graph API and fills the lead', async () => {
    await t.core.api['webhooks:update']({ id: hook.id, patch: { pageAccessToken: 'page-token-1', graphBaseUrl: graphUrl } })
    const res = await sendPayloadFile(hook.url, payload('facebook-leadgen-webhook.json'))
    expect(res.status).toBe(200)
    const l = await waitFor(res.json.data.id, 'done')
    expect(l).toMatchObject({ name: 'Meera Iyer', email: 'meera.iyer@example.com', phone: '+919845012345', externalId: '1184736251940387' })
    expect(seenAuth).toBe('Bearer page-token-1')
  })

  it('keeps the notification when the fetch fails, shows why, and retries on request', async () => {
    answer = { status: 400, body: { error: { message: 'Invalid OAuth access token.' } } }
    await t.core.api['webhooks:update']({ id: hook.id, patch: { pageAccessToken: 'expired', graphBaseUrl: graphUrl } })
    const res = await sendPayloadFile(hook.url, payload('facebook-leadgen-webhook.json'))
    const failed = await waitFor(res.json.data.id, 'failed')
    expect(failed.fetch?.error).toContain('Invalid OAuth access token.')
    answer = { status: 200, body: JSON.parse(payload('facebook-leadgen-field-data.json').body) }
    const retried = await t.core.api['leads:retry-fetch']({ id: res.json.data.id })
    expect(retried).toMatchObject({ name: 'Meera Iyer', fetch: { state: 'done', attempts: 2 } })
  })

  it('a notification without a page token is kept and says what to set', async () => {
    const res = await sendPayloadFile(hook.url, payload('facebook-leadgen-webhook.json'))
    expect((await waitFor(res.json.data.id, 'failed')).fetch?.error).toMatch(/Page access token/)
  })
})

describe('saving distribution rules', () => {
  it('keeps whose turn it is when the window saves the rules it loaded earlier', async () => {
    const [amit, bela] = ['Amit', 'Bela'].map((name) => ({ id: crypto.randomUUID(), name, email: '' }))
    const rule = { id: crypto.randomUUID(), name: 'Turns', kind: 'round-robin' as const, memberIds: [amit!.id, bela!.id], next: 0, enabled: true, webhookIds: [] }
    await t.core.api['settings:update']({ team: [amit!, bela!], distribution: [rule] })
    const first = await json({ name: 'One' })
    expect((await lead(first.json.data.id)).assignee).toBe('Amit')
    await t.core.api['settings:update']({ distribution: [{ ...rule, name: 'Renamed' }] }) // still says next: 0
    const second = await json({ name: 'Two' })
    expect(await lead(second.json.data.id)).toMatchObject({ assignee: 'Bela', assignedBy: 'Renamed' })
  })
})
