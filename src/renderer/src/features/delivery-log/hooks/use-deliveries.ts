import { useEvent, useLiveQuery } from '../../../lib/api-client'

/** The most recent requests, newest first, refetched when the core logs another one. */
export function useDeliveries(limit = 100) {
  const query = useLiveQuery((client) => client.call('deliveries:list', { limit }), [limit])
  useEvent('deliveries:logged', query.reload)
  return query
}
