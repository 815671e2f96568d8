import { deliverySchema, type Delivery, type Settings } from '../../../shared/domain'
import { openSegmentedCollection } from './segmented-collection'

export type DeliveryRepository = Awaited<ReturnType<typeof openDeliveryRepository>>
type Retention = Settings['deliveryRetention']

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Every request received, with its outcome, kept for as long as the user's retention says (so many
 * days, and at most so many requests per webhook). Old segments are deleted whole; reads never show
 * what is past the retention, so the log is exactly what the setting promises.
 */
export async function openDeliveryRepository(dir: string, retention: () => Retention, clock: () => Date, onProblem: (m: string) => void) {
  const collection = await openSegmentedCollection<Delivery>({
    dir,
    prefix: 'deliveries',
    item: deliverySchema,
    maxItems: 1000,
    maxBytes: 1_000_000,
    // The log is for reading what arrived; a lead's own write is what must survive a power cut.
    fsync: false,
    flushDelayMs: 250,
    onProblem,
    onLoad: () => {},
  })
  let addsSincePrune = 0

  /** Ids past the per-webhook cap, counting from the newest. */
  function beyondCap(limit: number): Set<string> {
    const seen = new Map<string | null, number>()
    const beyond = new Set<string>()
    for (const d of collection.newestFirst()) {
      const n = (seen.get(d.webhookId) ?? 0) + 1
      seen.set(d.webhookId, n)
      if (n > limit) beyond.add(d.id)
    }
    return beyond
  }
  const tooOld = (d: Delivery, r: Retention) => clock().getTime() - Date.parse(d.receivedAt) > r.days * DAY_MS

  async function prune() {
    const r = retention()
    const beyond = beyondCap(r.perWebhook)
    await collection.dropOldest((items) => items.every((d) => tooOld(d, r) || beyond.has(d.id)))
  }
  void collection.ready.then(prune).catch(() => {})

  return {
    async add(delivery: Delivery) {
      await collection.add([delivery])
      if (++addsSincePrune >= 500) {
        addsSincePrune = 0
        await prune()
      }
    },
    prune,
    list(filter: { webhookId?: string; limit: number }) {
      const r = retention()
      const perWebhook = new Map<string | null, number>()
      const out: Delivery[] = []
      for (const d of collection.newestFirst()) {
        if (out.length >= filter.limit) break
        if (tooOld(d, r)) break // newest first: everything after is older still
        const n = (perWebhook.get(d.webhookId) ?? 0) + 1
        perWebhook.set(d.webhookId, n)
        if (n > r.perWebhook) continue
        if (!filter.webhookId || d.webhookId === filter.webhookId) out.push(d)
      }
      return out
    },
  }
}
