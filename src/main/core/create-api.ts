import type { ApiHandlers } from '../../shared/contract'
import type { Settings } from '../../shared/domain'
import { AppErrorException } from '../../shared/app-error'
import type { LeadgenFetcher } from './intake/create-leadgen-fetcher'
import type { Store } from './store/open-store'
import type { TunnelService } from './tunnel/create-tunnel-service'
import type { createMappingService } from './webhooks/create-mapping-service'
import type { WebhookService } from './webhooks/create-webhook-service'

interface Deps {
  store: Store
  webhooks: WebhookService
  mapping: ReturnType<typeof createMappingService>
  leadgen: LeadgenFetcher
  tunnel: TunnelService
  info: () => { version: string; receiverUrl: string; dataDir: string }
}

/** Implements every command of the contract on top of the core's services (inputs arrive parsed). */
/** A renamed team member stays the default assignee of the webhooks that named them. */
function renamesOf(before: Settings['team'], after: Settings['team']) {
  return after.flatMap((m) => {
    const was = before.find((b) => b.id === m.id)
    return was && was.name !== m.name ? [{ from: was.name, to: m.name }] : []
  })
}

export function createApi({ store, webhooks, mapping, leadgen, tunnel, info }: Deps): ApiHandlers {
  async function followRenames(before: Settings['team'], after: Settings['team']) {
    for (const { from, to } of renamesOf(before, after)) {
      for (const w of store.webhooks.list().filter((w) => w.defaults.assignee === from)) {
        await webhooks.update({ id: w.id, patch: { defaults: { ...w.defaults, assignee: to } } })
      }
    }
  }
  const mustGetLead = async (id: string) => {
    const lead = await store.leads.getFull(id)
    if (!lead) throw new AppErrorException('lead_not_found', 'That lead does not exist.', 404)
    return lead
  }
  return {
    'app:info': async () => ({ ...info(), publicUrl: tunnel.publicUrl(), problems: [...store.problems] }),
    'settings:get': async () => store.settings.get(),
    'settings:update': async (input) => {
      const before = store.settings.get()
      const patch = input.distribution ? { ...input, distribution: keepTurns(input.distribution, before.distribution) } : input
      const next = await store.settings.update(patch)
      if (patch.team) await followRenames(before.team, next.team)
      // The tunnel restarts in the background (when its settings changed): its progress arrives as tunnel:status-changed events.
      tunnel.applySettings(patch, next)
      return next
    },
    'tunnel:status': async () => tunnel.status(),
    'tunnel:history': async ({ limit }) => tunnel.history(limit),
    'tunnel:reconnect': async () => {
      void tunnel.reconnect()
      return tunnel.status()
    },
    'webhooks:create': (input) => webhooks.create(input),
    'webhooks:list': async () => webhooks.list(),
    'webhooks:get': async ({ id }) => webhooks.get(id),
    'webhooks:update': (input) => webhooks.update(input),
    'webhooks:regenerate-token': ({ id }) => webhooks.regenerateToken(id),
    'webhooks:delete': ({ id }) => webhooks.remove(id),
    'webhooks:mapping': async ({ id }) => mapping.rows(id),
    'webhooks:apply-mapping': ({ id }) => mapping.apply(id),
    'leads:list': async (filters) => store.leads.list(filters),
    'leads:get': ({ id }) => mustGetLead(id),
    'leads:retry-fetch': async ({ id }) => {
      if (!(await mustGetLead(id)).fetch) throw new AppErrorException('nothing_to_fetch', 'This lead did not come from a Facebook notification.', 400)
      return leadgen.fetchLead(id)
    },
    'deliveries:list': async (filter) => store.deliveries.list(filter),
  }
}

/** A saved rule keeps whose turn it is: the window sends back the turn it loaded, which may be stale. */
function keepTurns(rules: Settings['distribution'], current: Settings['distribution']): Settings['distribution'] {
  return rules.map((rule) => {
    const was = current.find((r) => r.id === rule.id)
    return rule.kind === 'round-robin' && was?.kind === 'round-robin' ? { ...rule, next: was.next } : rule
  })
}
