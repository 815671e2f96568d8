import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Problem, Settings } from '../../../shared/domain'
import { openDeliveryRepository } from './delivery-repository'
import { openLeadRepository } from './lead-repository'
import { migrateSingleFiles } from './migrate-single-files'
import { openAppDocument } from './open-app-document'
import { createSettingsRepository } from './settings-repository'
import { createWebhookRepository } from './webhook-repository'

export type Store = Awaited<ReturnType<typeof openStore>>

/**
 * Small documents (settings, webhooks: app.json) and growing ones (leads/, deliveries/, each in
 * segments) live apart: a new lead rewrites one small segment, never the webhooks or older leads.
 */
export async function openStore(dataDir: string, defaultSettings: Settings, clock: () => Date = () => new Date()) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const problems: Problem[] = []
  const report = (code: string) => (message: string) => problems.push({ at: clock().toISOString(), code, message })
  const app = await openAppDocument(join(dataDir, 'app.json'), defaultSettings, report('store_set_aside'))
  const settings = createSettingsRepository(app)
  const leads = await openLeadRepository(join(dataDir, 'leads'), report('store_set_aside'))
  const deliveries = await openDeliveryRepository(join(dataDir, 'deliveries'), () => settings.get().deliveryRetention, clock, report('store_set_aside'))
  await migrateSingleFiles(dataDir, { addLeads: (l) => leads.add(l), addDelivery: (d) => deliveries.add(d) })
  return { settings, webhooks: createWebhookRepository(app), leads, deliveries, problems }
}
