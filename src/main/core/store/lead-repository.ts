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
  const stats = new Map<string, WebhookStats>()
  const listeners = new Set<Listener>()
  const track = (lead: Lead) => {
    byId.set(lead.id, lead)
    const s = stats.get(lead.webhookId) ?? { count: 0, lastLeadAt: null }
    const last = !s.lastLeadAt || lead.createdAt > s.lastLeadAt ? lead.createdAt : s.lastLeadAt
    stats.set(lead.webhookId, { count: s.count + 1, lastLeadAt: last })
  }
  const collection = await openSegmentedCollection<Lead>({
    dir,
    prefix: 'leads',
    item: leadSchema,
    // The raw payload stays on disk (read for a lead's detail view): memory holds what the inbox shows.
    strip: (lead) => {
      lead.raw = undefined
      // JSON.parse makes a new copy of every repeated string: share the few distinct values instead.
      lead.webhookId = intern(lead.webhookId)
      lead.source = intern(lead.source)
      lead.status = intern(lead.status)
    },
    // One lower-case string on each lead in memory, so a text search is one scan of strings.
    decorate: (lead) => void ((lead as Searchable)[SEARCH] = searchText(lead)),
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
      ;(await collection.add(leads)).forEach(track)
    },
    /** Replaces stored leads by id (a fetched Facebook lead, a re-applied mapping): give complete leads. */
    async update(...changed: Lead[]) {
      for (const light of await collection.update(changed)) byId.set(light.id, light)
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
      const { tests, webhookId, status } = filters
      const needle = searchNeedle(filters.search)
      const items: Lead[] = []
      let total = 0
      // Plain loops over the segments' arrays, the filters inlined: this runs over every lead for
      // every inbox page (a total is shown), so a callback or generator per lead shows at 100,000.
      for (const segment of collection.segmentsNewest()) {
        for (let i = segment.length - 1; i >= 0; i--) {
          const lead = segment[i]!
          // Test submissions are kept apart: hidden unless asked for, shown alone when asked only for them.
          if (tests !== 'include' && (tests === 'only') !== lead.isTest) continue
          if (webhookId && lead.webhookId !== webhookId) continue
          if (status && lead.status !== status) continue
          if (needle && !((lead as Searchable)[SEARCH] ?? searchText(lead)).includes(needle)) continue
          if (total >= filters.offset && items.length < filters.limit) items.push(lead)
          total++
        }
      }
      return { items, total, loading: collection.isLoading() }
    },
  }
}


const interned = new Map<string, string>()
function intern(text: string): string {
  const known = interned.get(text)
  if (known !== undefined) return known
  if (interned.size < 10_000) interned.set(text, text)
  return text
}

const SEARCH = Symbol('search text')
type Searchable = Lead & { [SEARCH]?: string }

/** What to look for: lower case; a number typed as "090606 12026" or "+91-90606-12026" as its digits. */
function searchNeedle(search: string | undefined): string | undefined {
  const typed = search?.toLowerCase()
  if (!typed || !/^[+\d][\d\s().-]*$/.test(typed) || !/\d{4}/.test(typed.replace(/\D/g, ''))) return typed
  // Phones are stored in E.164: no spaces or dashes, and no national trunk 0 ("098220 01122").
  return typed.replace(/[\s().-]/g, '').replace(/^0+/, '')
}

function searchText(lead: Lead): string {
  return `${lead.name}\n${lead.email}\n${lead.phone}\n${lead.company}\n${lead.city}\n${lead.notes}\n${lead.source}`.toLowerCase()
}
