import type { Api } from '../../shared/contract'
import type { Settings } from '../../shared/domain'
import { AppErrorException } from '../../shared/app-error'
import type { LeadIntake } from './leads/create-lead-intake'
import type { Store } from './store/open-store'
import type { TunnelManager } from './tunnel/create-tunnel-manager'
import type { WebhookService } from './webhooks/create-webhook-service'

interface Deps {
  store: Store
  webhooks: WebhookService
  intake: LeadIntake
  tunnel: TunnelManager
  info: () => { version: string; receiverUrl: string; dataDir: string }
  applySettings: (settings: Settings) => Promise<void>
}

/** Implements every command of the contract on top of the core's services. */
export function createApi({ store, webhooks, tunnel, info, applySettings }: Deps): Api {
  return {
    'app:info': async () => ({ ...info(), publicUrl: tunnel.publicUrl() }),
    'settings:get': async () => store.settings.get(),
    'settings:update': async (patch) => {
      const next = await store.settings.update(patch)
      await applySettings(next)
      return next
    },
    'tunnel:status': async () => tunnel.status(),
    'webhooks:create': (input) => webhooks.create(input),
    'webhooks:list': async () => webhooks.list(),
    'webhooks:get': async ({ id }) => webhooks.get(id),
    'webhooks:update': (input) => webhooks.update(input),
    'webhooks:regenerate-token': ({ id }) => webhooks.regenerateToken(id),
    'webhooks:delete': ({ id }) => webhooks.remove(id),
    'leads:list': async (filters) => store.leads.list(filters),
    'leads:get': async ({ id }) => {
      const lead = store.leads.get(id)
      if (!lead) throw new AppErrorException('lead_not_found', 'That lead does not exist.', 404)
      return lead
    },
    'deliveries:list': async (filter) => store.deliveries.list(filter),
  }
}
