import { createCore } from '../src/main/core/create-core'
import { silentLogger } from '../src/main/core/logger'
import { syntheticLead } from './synthetic-leads'

const WEBHOOKS = [
  ['Facebook Lead Ads', 'Facebook', 'facebook'],
  ['IndiaMART', 'IndiaMART', 'indiamart'],
  ['Website form', 'Website', 'website'],
] as const

/** Adds `count` synthetic leads (spread over the last year) to a data folder through the real store. */
export async function seedLeads(dataDir: string, count: number) {
  const core = await createCore({ dataDir, logger: silentLogger, tunnel: { tunnelEnabled: false } })
  try {
    const existing = await core.api['webhooks:list']({})
    const webhooks = existing.length
      ? existing
      : await Promise.all(WEBHOOKS.map(([name, sourceLabel, platform]) => core.api['webhooks:create']({ name, sourceLabel, platform })))
    const span = 365 * 24 * 3600 * 1000
    const t0 = Date.now() - span
    for (let i = 0; i < count; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, count - i) }, (_, k) => {
        const n = i + k
        const w = webhooks[n % webhooks.length]!
        return syntheticLead(n, w.id, w.sourceLabel, new Date(t0 + (span * n) / Math.max(count, 1)))
      })
      await core.store.leads.add(batch)
    }
    return webhooks
  } finally {
    await core.stop()
  }
}
