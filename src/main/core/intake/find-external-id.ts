import type { FieldEntry, FoundRecord } from './field-entry'
import { normalise } from './synonyms'

// The platforms' own lead ids, best first: IndiaMART, Facebook, JustDial, Google Ads.
const ID_KEYS = ['uniquequeryid', 'leadgenid', 'leadid']

/**
 * The platform's id for this lead, used to recognise re-deliveries. A bare `id` counts only in
 * shapes where it is known to be the lead's (a Facebook lead with field_data, a Webflow
 * submission), never on an arbitrary form, where it could be the form's id and would turn every
 * later submission into a "duplicate".
 */
export function findExternalId(record: FoundRecord, idempotencyKey?: string): string | null {
  if (idempotencyKey?.trim()) return idempotencyKey.trim().slice(0, 200)
  if (record.leadgen?.leadgenId) return record.leadgen.leadgenId
  for (const wanted of ID_KEYS) {
    const hit = record.entries.find((e) => normalise(e.key.split('.').pop() ?? '') === wanted && present(e))
    if (hit) return String(hit.value)
  }
  const raw = record.raw as Record<string, unknown>
  if (Array.isArray(raw?.field_data) && present({ value: raw.id })) return String(raw.id)
  const webflow = record.entries.find((e) => e.key === 'payload.id' && e.meta)
  if (webflow && record.entries.some((e) => e.key === 'triggerType') && present(webflow)) return String(webflow.value)
  return null
}

const present = (e: Pick<FieldEntry, 'value'>) => e.value !== null && e.value !== undefined && String(e.value).trim() !== ''
