import { useEvent, useLiveQuery } from '../../../lib/api-client'

/**
 * The webhook's detected fields with their suggested and saved targets, fetched again when the
 * webhook changes or a request reaches it, so fields that appear later show up on their own.
 */
export function useMappingRows(webhookId: string) {
  const query = useLiveQuery((client) => client.call('webhooks:mapping', { id: webhookId }), [webhookId])
  useEvent('webhooks:changed', (change) => change.id === webhookId && !change.deleted && query.reload())
  useEvent('deliveries:logged', (delivery) => delivery.webhookId === webhookId && query.reload())
  return query
}
