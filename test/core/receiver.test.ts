import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Webhook } from '../../src/shared/domain'
import { removeDir, SEED_LEAD, startTestCore, type TestCore } from '../support/test-core'

let t: TestCore
let hook: Webhook
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

beforeEach(async () => {
  t = await startTestCore()
  hook = await t.core.api['webhooks:create']({ name: 'Facebook Lead Ads', sourceLabel: 'Facebook', platform: 'facebook' })
})
afterEach(async () => {
  await t.stop()
  await removeDir(t.dataDir)
})

const path = () => `/webhook/${hook.token}`
const leadCount = async () => (await t.core.api['leads:list']({ limit: 10, offset: 0 })).total

describe('POST /webhook/:token', () => {
  it('creates the lead and answers exactly the documented body', async () => {
    const res = await t.post(path(), JSON.stringify(SEED_LEAD))
    expect(res.status).toBe(200)
    expect(Object.keys(res.json)).toEqual(['data'])
    expect(Object.keys(res.json.data)).toEqual(['id', 'status'])
    expect(res.json.data.status).toBe('created')
    expect(res.json.data.id).toMatch(UUID)
    const lead = await t.core.api['leads:get']({ id: res.json.data.id })
    expect(lead).toMatchObject({
      webhookId: hook.id,
      name: 'Rahul Sharma',
      email: 'rahul@techcorp.in',
      phone: '+919876543210',
      phoneRaw: '+91 98765 43210',
      company: 'TechCorp Solutions',
      city: 'Mumbai',
      source: 'Facebook Ads',
      notes: 'Interested in your product',
      status: 'New',
      tags: [],
      assignee: null,
      custom: {},
      raw: SEED_LEAD,
      isTest: false,
      externalId: null,
      duplicateOf: null,
    })
  })

  it("fills the source from the webhook's label and keeps unmapped fields as custom", async () => {
    const res = await t.post(path(), JSON.stringify({ name: 'Asha', budget: 50000, preferred_time: ' evening ' }))
    const lead = await t.core.api['leads:get']({ id: res.json.data.id })
    expect(lead.source).toBe('Facebook')
    expect(lead.custom).toEqual({ budget: '50000', preferred_time: 'evening' })
  })

  it('keeps __proto__ and constructor keys as plain custom data', async () => {
    const res = await t.post(path(), '{"name":"Eve","__proto__":{"polluted":"yes"},"constructor":"x"}')
    expect(res.status).toBe(200)
    const lead = await t.core.api['leads:get']({ id: res.json.data.id })
    expect(Object.getPrototypeOf(lead.custom)).toBe(Object.prototype)
    expect(lead.custom.constructor).toBe('x')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('records the fields of the first request on the webhook', async () => {
    await t.post(path(), JSON.stringify(SEED_LEAD))
    const w = await t.core.api['webhooks:get']({ id: hook.id })
    expect(w.firstRequestAt).not.toBeNull()
    expect(w.detectedFields.map((f) => f.name)).toEqual(Object.keys(SEED_LEAD))
    expect(w.detectedFields.find((f) => f.name === 'city')?.sample).toBe('Mumbai')
    expect(w.leadCount).toBe(1)
  })

  it('accepts a form-encoded body', async () => {
    const res = await t.post(path(), 'name=Priya+Nair&phone=9876543210&city=Kochi', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(res.status).toBe(200)
    expect(await t.core.api['leads:get']({ id: res.json.data.id })).toMatchObject({ name: 'Priya Nair', phone: '+919876543210', city: 'Kochi' })
  })

  it('announces the lead on the event stream', async () => {
    const seen: string[] = []
    t.core.events.on('leads:received', (l) => seen.push(l.name))
    await t.post(path(), JSON.stringify(SEED_LEAD))
    expect(seen).toEqual(['Rahul Sharma'])
  })
})

describe('refusals: a clear JSON error and nothing stored', () => {
  const cases: [string, () => Promise<{ status: number; json: any; headers: Headers }>, number, string][] = [
    ['unknown token', () => t.post('/webhook/not-a-real-token-aaaaaaaaaaaa', JSON.stringify(SEED_LEAD)), 404, 'webhook_not_found'],
    ['malformed JSON', () => t.post(path(), '{"name": "Rahul",'), 400, 'invalid_json'],
    ['empty body', () => t.post(path(), ''), 400, 'empty_body'],
    ['a JSON string instead of an object', () => t.post(path(), '"hello"'), 422, 'invalid_payload'],
    ['an empty object', () => t.post(path(), '{}'), 422, 'empty_payload'],
    ['JSON nested 5,000 levels deep', () => t.post(path(), '{"name":"D","x":' + '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) + '}'), 400, 'too_deeply_nested'],
    ['XML with an external entity', () => t.post(path(), '<?xml version="1.0"?><!DOCTYPE lead [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><lead><name>&xxe;</name></lead>', { 'content-type': 'application/xml' }), 400, 'invalid_xml'],
    ['an unsupported content type', () => t.post(path(), '<lead/>', { 'content-type': 'image/png' }), 415, 'unsupported_media_type'],
    ['a body over 1 MB', () => t.post(path(), JSON.stringify({ name: 'x', notes: 'a'.repeat(1024 * 1024 + 10) })), 413, 'payload_too_large'],
  ]
  for (const [label, send, status, code] of cases) {
    it(`${label} -> ${status} ${code}`, async () => {
      const res = await send()
      expect(res.status).toBe(status)
      expect(res.json.error.code).toBe(code)
      expect(res.json.error.message.length).toBeGreaterThan(10)
      expect(await leadCount()).toBe(0)
    })
  }

  it('wrong method -> 405 with Allow: GET, POST', async () => {
    const res = await fetch(`${t.core.receiverUrl()}${path()}`, { method: 'PUT', body: '{}' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, POST')
    expect((await res.json()).error.code).toBe('method_not_allowed')
  })

  it('serves nothing but webhooks and health: every other path is a JSON 404', async () => {
    for (const p of ['/', '/api/leads:list', '/index.html', '/webhook', '/webhook/', '/../app.json']) {
      const res = await fetch(`${t.core.receiverUrl()}${p}`)
      expect(res.status, p).toBe(404)
      expect((await res.json()).error.code).toBe('not_found')
    }
    const health = await fetch(`${t.core.receiverUrl()}/health`)
    expect(await health.json()).toEqual({ status: 'ok' })
  })

  it('logs every refused request where the user can see it', async () => {
    await t.post(path(), '{oops')
    const [delivery] = await t.core.api['deliveries:list']({ webhookId: hook.id, limit: 5 })
    expect(delivery).toMatchObject({ statusCode: 400, outcome: 'rejected', errorCode: 'invalid_json' })
  })

  it('survives a burst of bad requests and still accepts a good one', async () => {
    const bad = Array.from({ length: 50 }, (_, i) => t.post(path(), i % 2 ? '{' : '[1,2]'))
    const statuses = (await Promise.all(bad)).map((r) => r.status)
    expect(new Set(statuses)).toEqual(new Set([400, 422]))
    expect((await t.post(path(), JSON.stringify(SEED_LEAD))).status).toBe(200)
    expect(await leadCount()).toBe(1)
  })
})
