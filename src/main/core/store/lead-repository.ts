import type { Low } from 'lowdb'
import type { Lead } from '../../../shared/domain'
import type { CommandParsedInput } from '../../../shared/contract'
import { AppErrorException } from '../../../shared/app-error'
import type { LeadsFile } from './schemas'

export type LeadRepository = ReturnType<typeof createLeadRepository>
type LeadFilters = CommandParsedInput<'leads:list'>

interface WebhookStats {
  count: number
  lastLeadAt: string | null
}

/**
 * The only code that touches leads. Leads are kept in arrival order (oldest first) in memory and
 * on disk; `add` resolves only once the file holding them has been renamed into place, so the
 * receiver acknowledges nothing that is not on disk.
 */
export function createLeadRepository(db: Low<LeadsFile>) {
  const byId = new Map<string, Lead>()
  const stats = new Map<string, WebhookStats>()
  const track = (lead: Lead) => {
    byId.set(lead.id, lead)
    const s = stats.get(lead.webhookId) ?? { count: 0, lastLeadAt: null }
    stats.set(lead.webhookId, { count: s.count + 1, lastLeadAt: lead.createdAt })
  }
  db.data.leads.forEach(track)

  function untrack(leads: Lead[]) {
    const ids = new Set(leads.map((l) => l.id))
    db.data.leads = db.data.leads.filter((l) => !ids.has(l.id))
    byId.clear()
    stats.clear()
    db.data.leads.forEach(track)
  }

  return {
    async add(leads: Lead[]) {
      db.data.leads.push(...leads)
      leads.forEach(track)
      try {
        await db.write()
      } catch (err) {
        untrack(leads)
        throw new AppErrorException('store_write_failed', `Could not save the lead to disk (${(err as Error).message}). Try again.`, 503)
      }
    },
    get: (id: string) => byId.get(id),
    all: (): readonly Lead[] => db.data.leads,
    /** Replaces stored leads by id (a fetched Facebook lead, a re-applied mapping). */
    async update(...changed: Lead[]) {
      const next = new Map(changed.map((l) => [l.id, l]))
      db.data.leads = db.data.leads.map((l) => next.get(l.id) ?? l)
      for (const l of changed) byId.set(l.id, l)
      try {
        await db.write()
      } catch (err) {
        throw new AppErrorException('store_write_failed', `Could not save to disk (${(err as Error).message}).`, 503)
      }
    },
    statsFor: (webhookId: string): WebhookStats => stats.get(webhookId) ?? { count: 0, lastLeadAt: null },
    list(filters: LeadFilters) {
      const matches = matcher(filters)
      const items: Lead[] = []
      let total = 0
      for (let i = db.data.leads.length - 1; i >= 0; i--) {
        const lead = db.data.leads[i]!
        if (!matches(lead)) continue
        if (total >= filters.offset && items.length < filters.limit) items.push(lead)
        total++
      }
      return { items, total }
    },
  }
}

const SEARCHED: (keyof Lead)[] = ['name', 'email', 'phone', 'company', 'city', 'notes', 'source']

function matcher(f: LeadFilters) {
  const needle = f.search?.toLowerCase()
  return (lead: Lead) =>
    // Test submissions are kept apart: hidden unless asked for, and shown alone when asked only for them.
    (f.tests === 'include' || (f.tests === 'only' ? lead.isTest : !lead.isTest)) &&
    (!f.webhookId || lead.webhookId === f.webhookId) &&
    (!f.status || lead.status === f.status) &&
    (!needle || SEARCHED.some((k) => String(lead[k]).toLowerCase().includes(needle)))
}
