import type { Low } from 'lowdb'
import type { StoredWebhook } from '../../../shared/domain'
import type { AppFile } from './schemas'

export type WebhookRepository = ReturnType<typeof createWebhookRepository>

/** The only code that touches the webhooks in app.json. Tokens are indexed for the receiver's lookup. */
export function createWebhookRepository(db: Low<AppFile>) {
  const byToken = new Map<string, StoredWebhook>()
  const reindex = () => {
    byToken.clear()
    for (const w of db.data.webhooks) byToken.set(w.token, w)
  }
  reindex()

  async function commit() {
    reindex()
    await db.write()
  }

  return {
    list: (): StoredWebhook[] => [...db.data.webhooks],
    get: (id: string) => db.data.webhooks.find((w) => w.id === id),
    findByToken: (token: string) => byToken.get(token),
    async insert(webhook: StoredWebhook) {
      db.data.webhooks.push(webhook)
      await commit()
      return webhook
    },
    async update(id: string, change: (w: StoredWebhook) => StoredWebhook) {
      const i = db.data.webhooks.findIndex((w) => w.id === id)
      if (i < 0) return undefined
      const next = change(db.data.webhooks[i]!)
      db.data.webhooks[i] = next
      await commit()
      return next
    },
    async remove(id: string) {
      const before = db.data.webhooks.length
      db.data.webhooks = db.data.webhooks.filter((w) => w.id !== id)
      if (db.data.webhooks.length === before) return false
      await commit()
      return true
    },
  }
}
