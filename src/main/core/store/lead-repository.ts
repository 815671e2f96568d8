import type { CommandParsedInput } from '../../../shared/contract'
import { leadSchema, type Lead } from '../../../shared/domain'
import { openSegmentedCollection } from './segmented-collection'

export type LeadRepository = Awaited<ReturnType<typeof openLeadRepository>>
type LeadFilters = CommandParsedInput<'leads:list'>
type Listener = (leads: readonly Lead[]) => void

interface WebhookStats {
  count: number
  lastLeadAt: string | null
}

/**
 * The only code that touches leads: segments on disk (see openSegmentedCollection), an id index
 * and per-webhook counts in memory, so the inbox reads never touch the files. `add` resolves only
 * once the leads are durably on disk: the receiver acknowledges nothing that is not.
 */
export async function openLeadRepository(dir: string, onProblem: (message: string) => void) {
  const byId = new Map<string, Lead>()
  // One lower-case string per lead, so a text search over 100,000 leads is one scan of strings.
  const haystack = new Map<string, string>()
  const stats = new Map<string, WebhookStats>()
  const listeners = new Set<Listener>()
  const remember = (lead: Lead) => {
    byId.set(lead.id, lead)
    haystack.set(lead.id, searchText(lead))
  }
  const track = (lead: Lead) => {
    remember(lead)
    const s = stats.get(lead.webhookId) ?? { count: 0, lastLeadAt: null }
    const last = !s.lastLeadAt || lead.createdAt > s.lastLeadAt ? lead.createdAt : s.lastLeadAt
    stats.set(lead.webhookId, { count: s.count + 1, lastLeadAt: last })
  }
  const collection = await openSegmentedCollection<Lead>({
    dir,
    prefix: 'leads',
    item: leadSchema,
    // The raw payload stays on disk (read for a lead's detail view): memory holds what the inbox shows.
    strip: (lead) => void (lead.raw = undefined),
    // Each flush serialises the newest segment whole: 500 leads (~400 KB) keep that to a few ms.
    maxItems: 500,
    maxBytes: 1_000_000,
    onProblem,
    onLoad: (leads) => {
      leads.forEach(track)
      listeners.forEach((l) => l(leads))
    },
  })

  return {
    /** Resolves once every segment is loaded; lookups that must see every lead wait for it. */
    ready: collection.ready,
    isLoading: collection.isLoading,
    /** Feeds an index with the leads loaded so far and every batch loaded later. */
    onLoaded(listener: Listener) {
      listener([...byId.values()])
      listeners.add(listener)
    },
    async add(leads: Lead[]) {
      await collection.add(leads)
      leads.forEach((l) => track({ ...l, raw: undefined }))
    },
    /** Replaces stored leads by id (a fetched Facebook lead, a re-applied mapping): give complete leads. */
    async update(...changed: Lead[]) {
      await collection.update(changed)
      for (const l of changed) remember({ ...l, raw: undefined })
    },
    /** The lead as the inbox shows it (without its raw payload). */
    get: (id: string) => byId.get(id),
    /** The complete lead, raw payload included. */
    getFull: (id: string) => collection.getFull(id),
    getManyFull: (ids: string[]) => collection.getManyFull(ids),
    *all(): Generator<Lead> {
      yield* collection.newestFirst()
    },
    statsFor: (webhookId: string): WebhookStats => stats.get(webhookId) ?? { count: 0, lastLeadAt: null },
    list(filters: LeadFilters) {
      const matches = matcher(filters, haystack)
      const items: Lead[] = []
      let total = 0
      for (const lead of collection.newestFirst()) {
        if (!matches(lead)) continue
        if (total >= filters.offset && items.length < filters.limit) items.push(lead)
        total++
      }
      return { items, total, loading: collection.isLoading() }
    },
  }
}


function matcher(f: LeadFilters, haystack: Map<string, string>) {
  const needle = f.search?.toLowerCase()
  return (lead: Lead) =>
    // Test submissions are kept apart: hidden unless asked for, and shown alone when asked only for them.
    (f.tests === 'include' || (f.tests === 'only' ? lead.isTest : !lead.isTest)) &&
    (!f.webhookId || lead.webhookId === f.webhookId) &&
    (!f.status || lead.status === f.status) &&
    // A lead whose write is still under way has no entry yet: its text is built on the spot.
    (!needle || (haystack.get(lead.id) ?? searchText(lead)).includes(needle))
}

function searchText(lead: Lead): string {
  return `${lead.name}\n${lead.email}\n${lead.phone}\n${lead.company}\n${lead.city}\n${lead.notes}\n${lead.source}`.toLowerCase()
}
