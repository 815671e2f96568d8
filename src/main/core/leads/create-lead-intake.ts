import { randomUUID } from 'node:crypto'
import type { Lead, StoredWebhook } from '../../../shared/domain'
import type { EventBus } from '../event-bus'
import type { Logger } from '../logger'
import type { Store } from '../store/open-store'
import { detectFields, mergeFields } from './detect-fields'
import { mapPayload } from './map-payload'

export type LeadIntake = ReturnType<typeof createLeadIntake>

interface Deps {
  store: Store
  events: EventBus
  clock: () => Date
  logger: Logger
}

/**
 * From parsed payload objects to stored leads: map, apply the webhook's defaults, store (durably),
 * then announce. The receiver answers only after `ingest` resolves.
 */
export function createLeadIntake({ store, events, clock, logger }: Deps) {
  function buildLead(webhook: StoredWebhook, payload: Record<string, unknown>, now: string): Lead {
    const { fields, custom } = mapPayload(payload)
    return {
      id: randomUUID(),
      webhookId: webhook.id,
      createdAt: now,
      ...fields,
      source: fields.source || webhook.sourceLabel,
      status: 'New',
      tags: [],
      assignee: null,
      custom,
      raw: payload,
    }
  }

  // Best effort: failing to record the fields seen must never turn a stored lead into an error
  // answer, or the platform would send it again.
  async function recordFields(webhook: StoredWebhook, payloads: Record<string, unknown>[], now: string) {
    const seen = payloads.flatMap(detectFields)
    await store.webhooks
      .update(webhook.id, (w) => ({
        ...w,
        firstRequestAt: w.firstRequestAt ?? now,
        detectedFields: mergeFields(w.detectedFields, seen),
      }))
      .catch((err: Error) => logger.warn('could not record detected fields', { webhookId: webhook.id, err: err.message }))
  }

  return {
    async ingest(webhook: StoredWebhook, payloads: Record<string, unknown>[]): Promise<Lead[]> {
      const now = clock().toISOString()
      const leads = payloads.map((p) => buildLead(webhook, p, now))
      await Promise.all([store.leads.add(leads), recordFields(webhook, payloads, now)])
      for (const lead of leads) events.emit('leads:received', lead)
      events.emit('webhooks:changed', { id: webhook.id, deleted: false })
      return leads
    },
  }
}
