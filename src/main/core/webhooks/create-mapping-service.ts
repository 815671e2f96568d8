import type { MappingRow } from '../../../shared/contract'
import type { Lead } from '../../../shared/domain'
import type { EventBus } from '../event-bus'
import { suggestMapping } from '../intake/suggest-mapping'
import { remapLead } from '../intake/remap-lead'
import type { Store } from '../store/open-store'
import type { WebhookService } from './create-webhook-service'

interface Deps {
  store: Store
  events: EventBus
  webhooks: WebhookService
  clock: () => Date
}

/** The mapping step: each detected field with its suggestion and saved target, and re-applying a saved mapping. */
export function createMappingService({ store, events, webhooks, clock }: Deps) {
  return {
    rows(id: string): MappingRow[] {
      const w = webhooks.mustGet(id)
      const entries = w.detectedFields.map((f) => ({ key: f.name, label: f.label ?? f.name, value: f.sample, meta: f.meta ?? false }))
      const suggested = suggestMapping(entries, { skipEmpty: false })
      const saved = new Map(w.mapping.map((r) => [r.field, r.target]))
      return w.detectedFields.map((f) => ({
        field: f.name,
        label: f.label ?? f.name,
        sample: f.sample,
        firstSeenAt: f.firstSeenAt ?? null,
        lastSeenAt: f.lastSeenAt ?? null,
        suggested: suggested.get(f.name) ?? null,
        saved: saved.get(f.name) ?? null,
      }))
    },
    /** Rebuilds this webhook's earlier leads from their raw payloads with the saved mapping. */
    async apply(id: string) {
      const w = webhooks.mustGet(id)
      const now = clock().toISOString()
      await store.leads.ready
      const ids = Array.from(store.leads.all())
        .filter((l) => l.webhookId === id && l.fetch?.state !== 'pending' && l.fetch?.state !== 'failed')
        .map((l) => l.id)
      const changed: Lead[] = (await store.leads.getManyFull(ids)).map((l) => remapLead(l, w, now))
      if (changed.length) await store.leads.update(...changed)
      for (const lead of changed) events.emit('leads:updated', lead)
      return { updated: changed.length }
    },
  }
}
