import { useEvent, useLiveQuery } from '../../../lib/api-client'

/**
 * The webhook being set up, refetched whenever the core says it changed or a request reached it,
 * so the "waiting for the first request" step turns into the detected fields on its own.
 */
export function useLiveWebhook(id: string) {
  const query = useLiveQuery((client) => client.call('webhooks:get', { id }), [id])
  useEvent('webhooks:changed', (change) => change.id === id && query.reload())
  useEvent('deliveries:logged', (delivery) => delivery.webhookId === id && query.reload())
  return query
}
