import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { syntheticLead } from '../../scripts/synthetic-leads'
import { SEED_LEAD, coresStoppedAfterEach, untilLoaded } from '../support/test-core'

const { started } = coresStoppedAfterEach(afterEach)
const loaded = untilLoaded

describe('segments', () => {
  it('spreads leads over segment files, reads them all back after a restart, and keeps raw payloads on disk', async () => {
    const t = await started()
    const hook = await t.core.api['webhooks:create']({ name: 'W', sourceLabel: 'Web', platform: 'website' })
    const leads = Array.from({ length: 1250 }, (_, n) => syntheticLead(n, hook.id, 'Web', new Date(Date.UTC(2026, 0, 1) + n * 1000)))
    // Batches of 300 cross segment boundaries (500): a batch is split over two segments.
    for (let i = 0; i < leads.length; i += 300) await t.core.store.leads.add(leads.slice(i, i + 300))
    expect((await readdir(join(t.dataDir, 'leads'))).filter((f) => f.endsWith('.json')).sort()).toEqual(['leads-000001.json', 'leads-000002.json', 'leads-000003.json'])
    await t.stop()
    const again = await started(t.dataDir)
    await loaded(again)
    const page = await again.core.api['leads:list']({ limit: 2 })
    expect(page.total).toBe(1250)
    expect(page.items.map((l) => l.name)).toEqual([leads[1249]!.name, leads[1248]!.name])
    // The inbox holds leads without their raw payload; a lead's detail reads it from its segment.
    expect(page.items[0]!.raw).toBeUndefined()
    expect((await again.core.api['leads:get']({ id: leads[3]!.id })).raw).toEqual(leads[3]!.raw)
    expect((await again.core.api['leads:list']({ search: leads[1234]!.email })).items.map((l) => l.id)).toEqual([leads[1234]!.id])
    expect((await again.core.api['leads:list']({ search: leads[3]!.email })).items.map((l) => l.id)).toEqual([leads[3]!.id])
  })

  it('rewrites an old segment on update without losing any raw payload', async () => {
    const t = await started()
    const hook = await t.core.api['webhooks:create']({ name: 'W', sourceLabel: 'Web', platform: 'website' })
    const leads = Array.from({ length: 750 }, (_, n) => syntheticLead(n, hook.id, 'Web', new Date(Date.UTC(2026, 0, 1) + n * 1000)))
    await t.core.store.leads.add(leads.slice(0, 500))
    await t.core.store.leads.add(leads.slice(500))
    await t.stop()
    const again = await started(t.dataDir)
    await loaded(again)
    await again.core.api['webhooks:update']({ id: hook.id, patch: { mapping: [{ field: 'budget', target: 'custom:Budget' }] } })
    expect(await again.core.api['webhooks:apply-mapping']({ id: hook.id })).toEqual({ updated: 750 })
    const segment = JSON.parse(await readFile(join(t.dataDir, 'leads', 'leads-000001.json'), 'utf8'))
    expect(segment.items).toHaveLength(500)
    expect(segment.items.every((l: { raw: unknown; custom: Record<string, string> }) => l.raw && l.custom.Budget)).toBe(true)
  })
})

describe('a write that fails', () => {
  it('answers 503 with Retry-After, keeps nothing half-written, reports it, and recovers', async () => {
    const t = await started()
    const hook = await t.core.api['webhooks:create']({ name: 'W', sourceLabel: '', platform: 'custom' })
    expect((await t.post(`/webhook/${hook.token}`, JSON.stringify({ name: 'Before' }))).status).toBe(200)
    const problems: string[] = []
    t.core.events.on('app:problem', (p) => problems.push(p.message))
    // A folder where the temp file must go makes the write fail, even for root (permissions would not).
    const blocker = join(t.dataDir, 'leads', '.leads-000001.json.tmp')
    await mkdir(blocker)
    const res = await t.post(`/webhook/${hook.token}`, JSON.stringify(SEED_LEAD))
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('30')
    expect(res.json.error.code).toBe('store_write_failed')
    expect(problems[0]).toMatch(/could not be saved/)
    expect((await t.core.api['app:info']({})).problems.map((p) => p.code)).toContain('store_write_failed')
    expect((await t.core.api['leads:list']({})).items.map((l) => l.name)).toEqual(['Before'])
    const onDisk = JSON.parse(await readFile(join(t.dataDir, 'leads', 'leads-000001.json'), 'utf8'))
    expect(onDisk.items.map((l: { name: string }) => l.name)).toEqual(['Before'])
    await rm(blocker, { recursive: true })
    expect((await t.post(`/webhook/${hook.token}`, JSON.stringify(SEED_LEAD))).status).toBe(200)
  })
})

describe('delivery log retention', () => {
  it('keeps at most the set number of requests per webhook, and the setting can be read and changed', async () => {
    const t = await started()
    expect((await t.core.api['settings:get']({})).deliveryRetention).toEqual({ days: 30, perWebhook: 10_000 })
    await t.core.api['settings:update']({ deliveryRetention: { days: 30, perWebhook: 10 } })
    const hook = await t.core.api['webhooks:create']({ name: 'W', sourceLabel: '', platform: 'custom' })
    for (let i = 0; i < 15; i++) await t.post(`/webhook/${hook.token}`, JSON.stringify({ name: `L${i}` }))
    const log = await t.core.api['deliveries:list']({ webhookId: hook.id, limit: 100 })
    expect(log).toHaveLength(10)
  })
})
