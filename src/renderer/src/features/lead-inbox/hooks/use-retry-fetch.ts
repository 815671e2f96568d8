import { useAction } from '../../../hooks/use-action'
import { useApiClient } from '../../../lib/api-client'

/**
 * Asks the core to fetch a Facebook lead's details again. The outcome arrives as `leads:updated`
 * (which refreshes the row and the open detail); only a refused call is reported here.
 */
export function useRetryFetch(leadId: string) {
  const client = useApiClient()
  const { busy, error, run } = useAction()
  return { busy, error, retry: () => run(() => client.call('leads:retry-fetch', { id: leadId })) }
}
