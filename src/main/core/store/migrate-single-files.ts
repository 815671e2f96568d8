import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import type { Delivery, Lead } from '../../../shared/domain'
import { AppErrorException } from '../../../shared/app-error'
import { migrateLead } from './schemas'

/**
 * The single-file layout (leads.json, deliveries.json, before segments) is read once, moved into
 * the segmented store, and kept beside it as `<file>.migrated` rather than deleted.
 */
export async function migrateSingleFiles(dataDir: string, store: { addLeads(l: Lead[]): Promise<void>; addDelivery(d: Delivery): Promise<void> }) {
  const leads = await readOld<{ leads?: unknown[] }>(join(dataDir, 'leads.json'))
  if (leads) {
    const all = (leads.data.leads ?? []).map(migrateLead) as Lead[]
    for (let i = 0; i < all.length; i += 1000) await store.addLeads(all.slice(i, i + 1000))
    await rename(leads.file, `${leads.file}.migrated`)
  }
  const deliveries = await readOld<{ deliveries?: Delivery[] }>(join(dataDir, 'deliveries.json'))
  if (deliveries) {
    for (const d of deliveries.data.deliveries ?? []) await store.addDelivery({ ...d, outcome: d.outcome ?? 'created' })
    await rename(deliveries.file, `${deliveries.file}.migrated`)
  }
}

async function readOld<T>(file: string): Promise<{ file: string; data: T } | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  try {
    return { file, data: JSON.parse(text) as T }
  } catch (err) {
    // Left in place: nothing is migrated from a damaged file, and nothing is overwritten.
    throw new AppErrorException('store_invalid', `${file} cannot be read (${(err as Error).message}); it was left untouched. Repair it or move it away, then start again.`, 500)
  }
}
