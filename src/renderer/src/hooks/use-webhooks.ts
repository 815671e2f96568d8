import { useEvent, useLiveQuery } from '../lib/api-client'

/**
 * Every webhook, kept current by `webhooks:changed`. Shared because several features show webhook
 * names (the inbox filter, the activity log) and features may not import each other.
 */
export function useWebhooks() {
  const query = useLiveQuery((client) => client.call('webhooks:list'), [])
  useEvent('webhooks:changed', query.reload)
  return query
}
