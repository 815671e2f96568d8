import { useEvent, useLiveQuery } from '../../../lib/api-client'

/**
 * How many test submissions the current filters hide (asked with `tests: 'only'`), so the inbox
 * can say that there is something behind "Show test leads". Null while it is not needed.
 */
export function useHiddenTests(filters: { search: string; webhookId: string; includeTests: boolean }) {
  const { search, webhookId, includeTests } = filters
  const query = useLiveQuery(
    async (client) => (includeTests ? null : (await client.call('leads:list', { tests: 'only', limit: 1, search: search || undefined, webhookId: webhookId || undefined })).total),
    [search, webhookId, includeTests],
  )
  useEvent('leads:received', (lead) => lead.isTest && query.reload())
  return includeTests ? null : (query.data ?? null)
}
