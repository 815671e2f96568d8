import type { Lead, StoredWebhook } from '../../../shared/domain'
import type { EventBus } from '../event-bus'
import type { Logger } from '../logger'
import type { Store } from '../store/open-store'
import { remapLead } from './remap-lead'

interface Deps {
  store: Store
  events: EventBus
  clock: () => Date
  logger: Logger
  timeoutMs?: number
}

const FIELDS = 'id,created_time,ad_id,form_id,field_data,is_organic,platform,custom_disclaimer_responses'

/**
 * A Facebook leadgen notification carries ids only: the lead's answers are fetched from the Graph
 * API with the webhook's Page access token. A failed fetch keeps the lead (marked failed, with the
 * reason) so the user sees it and can retry once the token is fixed.
 */
export function createLeadgenFetcher({ store, events, clock, logger, timeoutMs = 15_000 }: Deps) {
  async function fetchDetails(webhook: StoredWebhook, leadgenId: string): Promise<unknown> {
    if (!webhook.pageAccessToken) throw new Error("No Page access token: add it in this webhook's Facebook settings, then retry.")
    const url = `${webhook.graphBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(leadgenId)}?fields=${FIELDS}`
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${webhook.pageAccessToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    }).catch((err: Error) => {
      throw new Error(err.name === 'TimeoutError' ? 'The Graph API did not answer in time.' : `Cannot reach the Graph API (${err.message}).`)
    })
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null
    if (!res.ok || !body) throw new Error(`The Graph API refused the request (HTTP ${res.status}${body?.error?.message ? `: ${body.error.message}` : ''}).`)
    return body
  }

  async function save(lead: Lead) {
    await store.leads.update(lead)
    events.emit('leads:updated', lead)
  }

  return {
    async fetchLead(leadId: string): Promise<Lead> {
      const lead = await store.leads.getFull(leadId)
      const webhook = lead && store.webhooks.get(lead.webhookId)
      if (!lead?.externalId || !webhook) throw new Error('This lead has no Facebook notification to fetch.')
      const attempts = (lead.fetch?.attempts ?? 0) + 1
      try {
        const details = await fetchDetails(webhook, lead.externalId)
        const next = remapLead(lead, webhook, clock().toISOString(), details)
        await save({ ...next, fetch: { state: 'done', error: null, attempts } })
      } catch (err) {
        const error = (err as Error).message
        logger.warn('Facebook lead fetch failed', { leadId, error })
        await save({ ...lead, fetch: { state: 'failed', error, attempts }, updatedAt: clock().toISOString() })
      }
      return (await store.leads.getFull(leadId))!
    },
  }
}

export type LeadgenFetcher = ReturnType<typeof createLeadgenFetcher>
