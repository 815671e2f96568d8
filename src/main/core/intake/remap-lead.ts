import type { Lead, StoredWebhook } from '../../../shared/domain'
import { leadSource } from './lead-source'
import { buildLead } from './build-lead'
import { findRecords } from './find-records'

/**
 * A lead's mapped fields computed again from its raw payload (after the user saved a new mapping,
 * or once a Facebook lead's details arrived). What the user changed on the lead (status, tags,
 * assignee) is kept; file notes, which the raw payload does not hold, are carried over.
 */
export function remapLead(lead: Lead, webhook: StoredWebhook, now: string, raw: unknown = lead.raw): Lead {
  const record = findRecords(raw).find((r) => !r.leadgen)
  if (!record) return lead
  const draft = buildLead(record.entries, webhook)
  const files = Object.entries(lead.custom).filter(([k]) => k.endsWith(' (file)'))
  return {
    ...lead,
    ...draft.fields,
    source: leadSource(draft.fields.source, webhook),
    phoneRaw: draft.phoneRaw,
    salutation: draft.salutation,
    custom: Object.fromEntries([...Object.entries(draft.custom), ...files]),
    raw,
    updatedAt: now,
  }
}
