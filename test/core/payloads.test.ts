import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Lead, Platform } from '../../src/shared/domain'
import { loadPayloadFiles, sendPayloadFile, type PayloadFile } from '../support/send-payload-file'
import { removeDir, startTestCore, type TestCore } from '../support/test-core'

const files = loadPayloadFiles()
const byName = new Map(files.map((f) => [f.file, f]))
let t: TestCore

beforeAll(async () => {
  t = await startTestCore()
})
afterAll(async () => {
  await t.stop()
  await removeDir(t.dataDir)
})

function platformOf(file: string): Platform {
  for (const p of ['facebook', 'google-ads', 'indiamart', 'justdial'] as const) if (file.startsWith(p)) return p
  return 'website'
}

/** A fresh webhook per file, set up as its user would: the source label, and the verify token the case assumes. */
async function webhookFor(p: PayloadFile) {
  const hook = await t.core.api['webhooks:create']({ name: p.source.slice(0, 100), sourceLabel: p.expected.source ?? 'Website', platform: platformOf(p.file) })
  if (p.expected.assumes_configured_verify_token) {
    await t.core.api['webhooks:update']({ id: hook.id, patch: { verifyToken: p.expected.assumes_configured_verify_token } })
  }
  return hook
}

async function leadsOf(webhookId: string): Promise<Lead[]> {
  return (await t.core.api['leads:list']({ webhookId, limit: 50, tests: 'include' })).items
}

const orEmpty = (v: unknown) => (v === null || v === undefined ? '' : String(v))

function expectLead(lead: Lead, expected: Record<string, any>) {
  for (const field of ['name', 'email', 'phone', 'company', 'city'] as const) {
    expect(lead[field], field).toBe(orEmpty(expected[field]))
  }
  if (expected.notes_contains) expect(lead.notes).toContain(expected.notes_contains)
  if (expected.phone_raw !== undefined) expect(lead.phoneRaw).toBe(String(expected.phone_raw))
  if (expected.source) expect(lead.source).toBe(expected.source)
  if (expected.external_id) expect(lead.externalId).toBe(expected.external_id)
  expect(lead.isTest).toBe(expected.is_test === true)
}

describe('every shared payload becomes exactly the expected lead(s)', () => {
  for (const p of files) {
    it(`${p.file} (${p.source})`, async () => {
      const hook = await webhookFor(p)
      if (p.expected.dedupe_of) {
        const first = await sendPayloadFile(hook.url, byName.get(p.expected.dedupe_of)!)
        expect(first.status).toBe(200)
      }
      const res = await sendPayloadFile(hook.url, p)
      const expectedStatus = p.expected.response?.status ?? 200
      expect(res.status, res.text).toBe(expectedStatus)
      if (p.expected.response?.body !== undefined) {
        expect(res.text).toBe(p.expected.response.body)
        expect(res.contentType).toContain(p.expected.response.content_type)
      }
      const leads = await leadsOf(hook.id)
      if (p.expected.dedupe_of) {
        expect(leads).toHaveLength(1)
        expect(res.json.data).toEqual({ id: leads[0]!.id, status: 'duplicate' })
      } else if (expectedStatus >= 400) {
        expect(res.json.error.code).toBeTruthy()
      } else if (!p.expected.response?.body) {
        expect(res.json.data.status).toMatch(/^(created|test)$/)
      }
      const count = p.expected.leads_count ?? (expectedStatus >= 300 || p.expected.response?.body ? 0 : 1)
      expect(leads).toHaveLength(p.expected.dedupe_of ? 1 : count)
      if (count === 0) return
      expectLead(leads[0]!, p.expected)
      if (p.expected.requires_fetch) expect(leads[0]!.fetch?.state).toMatch(/pending|failed/)
    })
  }
})
