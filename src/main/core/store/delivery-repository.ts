import type { Low } from 'lowdb'
import type { Delivery } from '../../../shared/domain'
import type { DeliveriesFile } from './schemas'

export type DeliveryRepository = ReturnType<typeof createDeliveryRepository>

/** Keeps the most recent requests so the user can see what arrived and why one was refused. */
export function createDeliveryRepository(db: Low<DeliveriesFile>, keep = 2000) {
  return {
    async add(delivery: Delivery) {
      db.data.deliveries.push(delivery)
      if (db.data.deliveries.length > keep) db.data.deliveries.splice(0, db.data.deliveries.length - keep)
      await db.write()
    },
    list(filter: { webhookId?: string; limit: number }) {
      const out: Delivery[] = []
      for (let i = db.data.deliveries.length - 1; i >= 0 && out.length < filter.limit; i--) {
        const d = db.data.deliveries[i]!
        if (!filter.webhookId || d.webhookId === filter.webhookId) out.push(d)
      }
      return out
    },
  }
}
