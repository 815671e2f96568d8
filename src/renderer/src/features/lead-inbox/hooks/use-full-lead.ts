import { useEvent, useLiveQuery } from '../../../lib/api-client'

/**
 * One lead as `leads:get` answers it: complete, raw payload included (the list leaves the raw
 * payload out to stay small). Refetched when the core says the lead changed.
 */
export function useFullLead(id: string) {
  const query = useLiveQuery((client) => client.call('leads:get', { id }), [id])
  useEvent('leads:updated', (lead) => lead.id === id && query.reload())
  return query
}
