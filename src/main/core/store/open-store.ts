import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Settings } from '../../../shared/domain'
import { createDeliveryRepository } from './delivery-repository'
import { createLeadRepository } from './lead-repository'
import { openJsonDocument } from './open-json-document'
import { STORE_VERSION, appFileSchema, deliveriesFileSchema, leadsFileSchema, migrations } from './schemas'
import { createSettingsRepository } from './settings-repository'
import { createWebhookRepository } from './webhook-repository'

export type Store = Awaited<ReturnType<typeof openStore>>

/**
 * Small documents (settings, webhooks) and growing ones (leads, delivery log) live in separate
 * files, so a new lead never rewrites the webhooks and a webhook edit never rewrites the leads.
 */
export async function openStore(dataDir: string, defaultSettings: Settings) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const [app, leads, deliveries] = await Promise.all([
    openJsonDocument(join(dataDir, 'app.json'), appFileSchema, () => ({
      schemaVersion: STORE_VERSION,
      settings: defaultSettings,
      webhooks: [],
    }), migrations.app),
    openJsonDocument(join(dataDir, 'leads.json'), leadsFileSchema, () => ({ schemaVersion: STORE_VERSION, leads: [] }), migrations.leads),
    openJsonDocument(join(dataDir, 'deliveries.json'), deliveriesFileSchema, () => ({
      schemaVersion: STORE_VERSION,
      deliveries: [],
    }), migrations.deliveries),
  ])
  return {
    settings: createSettingsRepository(app),
    webhooks: createWebhookRepository(app),
    leads: createLeadRepository(leads),
    deliveries: createDeliveryRepository(deliveries),
  }
}
