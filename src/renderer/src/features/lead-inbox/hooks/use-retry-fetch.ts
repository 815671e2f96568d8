import { useState } from 'react'
import { errorMessage, useApiClient } from '../../../lib/api-client'

/**
 * Asks the core to fetch a Facebook lead's details again. The outcome arrives as `leads:updated`
 * (which refreshes the row and the open detail); only a refused call is reported here.
 */
export function useRetryFetch(leadId: string) {
  const client = useApiClient()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function retry() {
    setBusy(true)
    setError(null)
    try {
      await client.call('leads:retry-fetch', { id: leadId })
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, retry }
}
