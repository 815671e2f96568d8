import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore } from '../../src/main/core/create-core'
import { silentLogger } from '../../src/main/core/logger'
import { SEED_LEAD, coresStoppedAfterEach, makeDataDir, removeDir, startTestCore, type TestCore } from '../support/test-core'

const { cleanup, started } = coresStoppedAfterEach(afterEach)

describe('the store survives a restart of the core', () => {
  it('keeps webhooks, leads, detected fields and the delivery log on disk', async () => {
    const dir = await makeDataDir()
    cleanup.push(() => removeDir(dir))
    let t: TestCore = await startTestCore({}, dir)
    const hook = await t.core.api['webhooks:create']({ name: 'Website', sourceLabel: 'Website', platform: 'website' })
    const res = await t.post(`/webhook/${hook.token}`, JSON.stringify(SEED_LEAD).replace('{', '{"__proto__":"admin",'))
    expect(res.status).toBe(200)
    await t.stop()

    // The files are real JSON on disk, with a schema version.
    const segment = JSON.parse(await readFile(join(dir, 'leads', 'leads-000001.json'), 'utf8'))
    expect(segment.schemaVersion).toBe(3)
    expect(segment.items).toHaveLength(1)
    expect(JSON.parse(await readFile(join(dir, 'app.json'), 'utf8')).webhooks).toHaveLength(1)

    t = await started(dir)
    const lead = await t.core.api['leads:get']({ id: res.json.data.id })
    expect(lead).toMatchObject({ name: 'Rahul Sharma', webhookId: hook.id })
    expect(lead.notes).toBe('Interested in your product\n\n__proto__: admin')
    expect(Object.getPrototypeOf(lead.custom)).toBe(Object.prototype)
    expect(Object.keys(lead.custom)).toEqual(['__proto__'])
    const [w] = await t.core.api['webhooks:list']({})
    expect(w).toMatchObject({ id: hook.id, token: hook.token, leadCount: 1 })
    expect(w!.detectedFields.map((f) => f.name)).toContain('email')
    expect((await t.core.api['deliveries:list']({ limit: 10 }))[0]).toMatchObject({ statusCode: 200, outcome: 'created' })
    // The same URL still works after the restart.
    expect((await t.post(`/webhook/${hook.token}`, JSON.stringify(SEED_LEAD))).status).toBe(200)
    expect((await t.core.api['leads:list']({ limit: 10, offset: 0 })).total).toBe(2)
  })

  it('sets a damaged lead segment aside, says so, and keeps every other lead', async () => {
    const t = await started()
    const hook = await t.core.api['webhooks:create']({ name: 'W', sourceLabel: '', platform: 'custom' })
    for (const name of ['Asha', 'Bina']) await t.post(`/webhook/${hook.token}`, JSON.stringify({ name }))
    await t.stop()
    await writeFile(join(t.dataDir, 'leads', 'leads-000002.json'), '{"schemaVersion":3,"items":[{"id":')
    const again = await started(t.dataDir)
    // Older segments load in the background after a start; the list says when it is complete.
    for (let i = 0; i < 100 && (await again.core.api['leads:list']({})).loading; i++) await new Promise((r) => setTimeout(r, 10))
    const info = await again.core.api['app:info']({})
    expect(info.problems).toHaveLength(1)
    expect(info.problems[0]!.message).toMatch(/leads-000002\.json could not be read .* set aside as .*corrupt/)
    expect((await readdir(join(t.dataDir, 'leads'))).some((f) => /^leads-000002\.json\.corrupt-\d+$/.test(f))).toBe(true)
    expect((await again.core.api['leads:list']({})).items.map((l) => l.name)).toEqual(['Bina', 'Asha'])
    expect((await again.post(`/webhook/${hook.token}`, JSON.stringify({ name: 'Chitra' }))).status).toBe(200)
  })

  it('restores app.json from its last good copy when it is damaged, and says so', async () => {
    const t = await started()
    const hook = await t.core.api['webhooks:create']({ name: 'Kept', sourceLabel: '', platform: 'custom' })
    await t.core.api['webhooks:update']({ id: hook.id, patch: { name: 'Kept too' } }) // leaves a .bak
    await t.stop()
    await writeFile(join(t.dataDir, 'app.json'), '{"schemaVersion":3,"settings":')
    const again = await started(t.dataDir)
    expect((await again.core.api['webhooks:list']({})).map((w) => w.token)).toEqual([hook.token])
    expect((await again.core.api['app:info']({})).problems[0]!.message).toMatch(/app\.json was damaged .* last good copy restored/)
  })

  it('moves the single-file layout of earlier versions into segments and keeps the old file', async () => {
    const dir = await makeDataDir()
    cleanup.push(() => removeDir(dir))
    const webhookId = crypto.randomUUID()
    const v1Lead = { id: crypto.randomUUID(), webhookId, createdAt: new Date().toISOString(), name: 'Old Lead', email: '', phone: '', company: '', city: '', source: 'x', notes: '', status: 'New', tags: [], assignee: null, custom: {}, raw: { name: 'Old Lead' } }
    await writeFile(join(dir, 'leads.json'), JSON.stringify({ schemaVersion: 1, leads: [v1Lead] }))
    const t = await started(dir)
    expect(await t.core.api['leads:get']({ id: v1Lead.id })).toMatchObject({ name: 'Old Lead', isTest: false, externalId: null })
    expect(await readdir(dir)).toContain('leads.json.migrated')
  })

  it('refuses to start on a damaged file of the old layout and leaves it untouched', async () => {
    const dir = await makeDataDir()
    cleanup.push(() => removeDir(dir))
    await writeFile(join(dir, 'leads.json'), '{"schemaVersion":1,"leads":[{"id":')
    await expect(createCore({ dataDir: dir, logger: silentLogger })).rejects.toThrow(/leads\.json cannot be read/)
    expect(await readFile(join(dir, 'leads.json'), 'utf8')).toBe('{"schemaVersion":1,"leads":[{"id":')
  })

  it('lets only one process use a data folder at a time', async () => {
    const t = await started()
    await expect(createCore({ dataDir: t.dataDir, logger: silentLogger })).rejects.toThrow(/Another Cratio Desk/)
  })
})

describe('webhook lifecycle', () => {
  it('creates a URL-safe token of at least 128 random bits', async () => {
    const t = await started()
    const hooks = await Promise.all([1, 2, 3].map((i) => t.core.api['webhooks:create']({ name: `W${i}`, sourceLabel: '', platform: 'custom' })))
    for (const h of hooks) {
      expect(h.token).toMatch(/^[A-Za-z0-9_-]{22,}$/)
      expect(Buffer.from(h.token, 'base64url').length * 8).toBeGreaterThanOrEqual(128)
      expect(h.url).toBe(`${t.core.receiverUrl()}/webhook/${h.token}`)
    }
    expect(new Set(hooks.map((h) => h.token)).size).toBe(3)
  })

  it('disable answers 403 and stores nothing; enable accepts again', async () => {
    const t = await started()
    const hook = await t.core.api['webhooks:create']({ name: 'IndiaMART', sourceLabel: 'IndiaMART', platform: 'indiamart' })
    await t.core.api['webhooks:update']({ id: hook.id, patch: { enabled: false } })
    const refused = await t.post(`/webhook/${hook.token}`, JSON.stringify(SEED_LEAD))
    expect(refused.status).toBe(403)
    expect(refused.json.error.code).toBe('webhook_disabled')
    expect((await t.core.api['leads:list']({ limit: 5, offset: 0 })).total).toBe(0)
    await t.core.api['webhooks:update']({ id: hook.id, patch: { enabled: true } })
    expect((await t.post(`/webhook/${hook.token}`, JSON.stringify(SEED_LEAD))).status).toBe(200)
  })

  it('regenerate: the old URL stops working at once, the new one works, also after a restart', async () => {
    const t = await started()
    const hook = await t.core.api['webhooks:create']({ name: 'JustDial', sourceLabel: 'JustDial', platform: 'justdial' })
    const fresh = await t.core.api['webhooks:regenerate-token']({ id: hook.id })
    expect(fresh.token).not.toBe(hook.token)
    expect((await t.post(`/webhook/${hook.token}`, JSON.stringify(SEED_LEAD))).status).toBe(404)
    expect((await t.post(`/webhook/${fresh.token}`, JSON.stringify(SEED_LEAD))).status).toBe(200)
    const again = await t.restart()
    cleanup.push(() => again.stop())
    expect((await again.post(`/webhook/${hook.token}`, JSON.stringify(SEED_LEAD))).status).toBe(404)
    expect((await again.post(`/webhook/${fresh.token}`, JSON.stringify(SEED_LEAD))).status).toBe(200)
  })

  it('rename and delete; a deleted webhook URL answers 404 and its leads stay', async () => {
    const t = await started()
    const hook = await t.core.api['webhooks:create']({ name: 'Old name', sourceLabel: '', platform: 'website' })
    expect((await t.core.api['webhooks:update']({ id: hook.id, patch: { name: 'Contact form' } })).name).toBe('Contact form')
    expect((await t.post(`/webhook/${hook.token}`, JSON.stringify(SEED_LEAD))).status).toBe(200)
    await t.core.api['webhooks:delete']({ id: hook.id })
    expect(await t.core.api['webhooks:list']({})).toEqual([])
    expect((await t.post(`/webhook/${hook.token}`, JSON.stringify(SEED_LEAD))).status).toBe(404)
    expect((await t.core.api['leads:list']({ limit: 5, offset: 0 })).total).toBe(1)
  })

  it('leads:list is newest first with paging, filters and search', async () => {
    const t = await started()
    const a = await t.core.api['webhooks:create']({ name: 'A', sourceLabel: 'A', platform: 'custom' })
    const b = await t.core.api['webhooks:create']({ name: 'B', sourceLabel: 'B', platform: 'custom' })
    for (let i = 1; i <= 5; i++) await t.post(`/webhook/${(i % 2 ? a : b).token}`, JSON.stringify({ name: `Lead ${i}`, city: i === 3 ? 'Pune' : 'Delhi' }))
    const page = await t.core.api['leads:list']({ limit: 2, offset: 1 })
    expect(page.total).toBe(5)
    expect(page.items.map((l) => l.name)).toEqual(['Lead 4', 'Lead 3'])
    expect((await t.core.api['leads:list']({ limit: 10, offset: 0, webhookId: b.id })).items.map((l) => l.name)).toEqual(['Lead 4', 'Lead 2'])
    expect((await t.core.api['leads:list']({ limit: 10, offset: 0, search: 'pune' })).items.map((l) => l.name)).toEqual(['Lead 3'])
  })
})
