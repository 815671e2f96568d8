import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage, useApiClient, useEvent } from '../../../lib/api-client'
import type { Lead } from '../../../lib/domain'

export const PAGE_SIZE = 25

export interface LeadFilters {
  search: string
  webhookId: string
  /** Platforms' own test submissions are hidden unless asked for (as the core does by default). */
  includeTests: boolean
}

interface LeadsState {
  items: Lead[]
  total: number
  loading: boolean
  /** The core is still reading older leads from disk after a start: the total may grow. */
  loadingOlder: boolean
  error: string | null
  /** Ids that arrived live while the inbox was open (highlighted once). */
  fresh: ReadonlySet<string>
}

const initial: LeadsState = { items: [], total: 0, loading: true, loadingOlder: false, error: null, fresh: new Set() }

// While older leads are still being read, the count is asked for again this often.
const OLDER_POLL_MS = 1000

const prependNew = (items: Lead[], incoming: Lead[]) => {
  const known = new Set(items.map((l) => l.id))
  const added = incoming.filter((l) => !known.has(l.id))
  return { items: [...added, ...items], added: added.length }
}

/**
 * The inbox's leads for the current filters, newest first, paged with "load more". A lead that
 * arrives live is prepended when it can match the filters; with a search the core decides what
 * matches, so the first pages are fetched again instead of re-implementing the search here.
 */
export function useLeads(filters: LeadFilters) {
  const client = useApiClient()
  const [state, setState] = useState<LeadsState>(initial)
  const sequence = useRef(0)
  // Leads announced while a reload is in flight; its answer may predate them.
  const arrivedDuringLoad = useRef<Lead[]>([])
  const loaded = useRef(0)
  loaded.current = state.items.length

  const list = useCallback(
    (offset: number, limit: number) =>
      client.call('leads:list', {
        offset,
        limit,
        search: filters.search || undefined,
        webhookId: filters.webhookId || undefined,
        tests: filters.includeTests ? 'include' : 'exclude',
      }),
    [client, filters.search, filters.webhookId, filters.includeTests],
  )

  const reload = useCallback(
    async (limit = PAGE_SIZE) => {
      const mine = ++sequence.current
      arrivedDuringLoad.current = []
      try {
        const page = await list(0, limit)
        if (mine !== sequence.current) return
        const merged = prependNew(page.items, arrivedDuringLoad.current)
        setState((s) => ({ ...s, items: merged.items, total: page.total + merged.added, loading: false, loadingOlder: page.loading, error: null }))
      } catch (err) {
        if (mine === sequence.current) setState((s) => ({ ...s, loading: false, error: errorMessage(err) }))
      }
    },
    [list],
  )

  useEffect(() => {
    setState((s) => ({ ...s, loading: true }))
    void reload()
  }, [reload])

  // Older leads are read in the background after a start (newest first, so the first page is
  // right): only the total grows. No event says when it is done, so ask again until it is.
  useEffect(() => {
    if (!state.loadingOlder) return
    const mine = sequence.current
    const timer = setInterval(() => {
      list(0, 1).then(
        (page) => mine === sequence.current && setState((s) => ({ ...s, total: Math.max(page.total, s.items.length), loadingOlder: page.loading })),
        () => mine === sequence.current && setState((s) => ({ ...s, loadingOlder: false })),
      )
    }, OLDER_POLL_MS)
    return () => clearInterval(timer)
  }, [state.loadingOlder, list])

  // After the live stream was down, events may be lost: fetch what is on screen again.
  useEffect(() => {
    let previous: string | null = null
    return client.onConnection((c) => {
      if (c === 'live' && previous !== null && previous !== 'live') void reload(Math.max(PAGE_SIZE, loaded.current))
      previous = c
    })
  }, [client, reload])

  useEvent('leads:received', (lead) => {
    if (filters.webhookId && lead.webhookId !== filters.webhookId) return
    if (lead.isTest && !filters.includeTests) return
    if (filters.search) return void reload(Math.max(PAGE_SIZE, loaded.current + 1))
    arrivedDuringLoad.current.push(lead)
    setState((s) => {
      const merged = prependNew(s.items, [lead])
      return { ...s, items: merged.items, total: s.total + merged.added, fresh: new Set(s.fresh).add(lead.id) }
    })
  })

  // A lead changed after it arrived (details fetched from Facebook, a mapping re-applied).
  useEvent('leads:updated', (lead) => {
    setState((s) => (s.items.some((l) => l.id === lead.id) ? { ...s, items: s.items.map((l) => (l.id === lead.id ? lead : l)) } : s))
  })

  async function loadMore() {
    const mine = sequence.current
    try {
      const page = await list(loaded.current, PAGE_SIZE)
      if (mine !== sequence.current) return
      setState((s) => {
        const known = new Set(s.items.map((l) => l.id))
        return { ...s, items: [...s.items, ...page.items.filter((l) => !known.has(l.id))], total: page.total, loadingOlder: page.loading }
      })
    } catch (err) {
      setState((s) => ({ ...s, error: errorMessage(err) }))
    }
  }

  return { ...state, loadMore }
}
