import { randomUUID } from 'node:crypto'
import type { CommandParsedInput } from '../../../shared/contract'
import type { StoredWebhook, Webhook } from '../../../shared/domain'
import { AppErrorException } from '../../../shared/app-error'
import type { EventBus } from '../event-bus'
import type { Store } from '../store/open-store'
import { isSupportedCountry } from 'libphonenumber-js'
import { createToken } from './create-token'
import { webhookUrl } from './webhook-url'

export type WebhookService = ReturnType<typeof createWebhookService>

interface Deps {
  store: Store
  events: EventBus
  clock: () => Date
  /** The base URL platforms should POST to: the tunnel's public URL when online, else the receiver's. */
  publicBase: () => string
  localBase: () => string
}

export function createWebhookService({ store, events, clock, publicBase, localBase }: Deps) {
  const view = (w: StoredWebhook): Webhook => {
    const { count, lastLeadAt } = store.leads.statsFor(w.id)
    return { ...w, url: webhookUrl(publicBase(), w.token), localUrl: webhookUrl(localBase(), w.token), leadCount: count, lastLeadAt }
  }
  const mustGet = (id: string) => {
    const w = store.webhooks.get(id)
    if (!w) throw new AppErrorException('webhook_not_found', 'That webhook does not exist (it may have been deleted).', 404)
    return w
  }
  const changed = (w: StoredWebhook, deleted = false) => events.emit('webhooks:changed', { id: w.id, deleted })

  return {
    view,
    list: () => store.webhooks.list().map(view),
    get: (id: string) => view(mustGet(id)),
    async create(input: CommandParsedInput<'webhooks:create'>) {
      const webhook: StoredWebhook = {
        id: randomUUID(),
        name: input.name,
        sourceLabel: input.sourceLabel,
        platform: input.platform,
        token: createToken(),
        enabled: true,
        createdAt: clock().toISOString(),
        firstRequestAt: null,
        detectedFields: [],
        mapping: [],
        defaults: { status: 'New', source: '', tags: [], assignee: null },
        defaultCountry: 'IN',
        verifyToken: '',
        pageAccessToken: '',
        graphBaseUrl: 'https://graph.facebook.com/v21.0',
      }
      await store.webhooks.insert(webhook)
      changed(webhook)
      return view(webhook)
    },
    mustGet,
    async update({ id, patch }: CommandParsedInput<'webhooks:update'>) {
      mustGet(id)
      if (patch.defaultCountry && !isSupportedCountry(patch.defaultCountry)) {
        throw new AppErrorException('invalid_input', `defaultCountry: ${patch.defaultCountry} is not a country with phone numbers; use a code such as IN, AE, GB or US.`, 400)
      }
      // One rule per field: the last one given wins.
      const mapping = patch.mapping && [...new Map(patch.mapping.map((r) => [r.field, r])).values()]
      const next = (await store.webhooks.update(id, (w) => ({ ...w, ...patch, ...(mapping ? { mapping } : {}) })))!
      changed(next)
      return view(next)
    },
    async regenerateToken(id: string) {
      mustGet(id)
      const next = (await store.webhooks.update(id, (w) => ({ ...w, token: createToken() })))!
      changed(next)
      return view(next)
    },
    async remove(id: string) {
      const w = mustGet(id)
      await store.webhooks.remove(id)
      changed(w, true)
      return { id }
    },
  }
}
