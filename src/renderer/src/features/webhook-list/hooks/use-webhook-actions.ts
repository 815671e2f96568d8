import { useState } from 'react'
import { errorMessage, useApiClient } from '../../../lib/api-client'

/**
 * The changes a user can make to one webhook. The card shows the core's answer (not an optimistic
 * guess): the list refetches on `webhooks:changed`, and `afterChange` covers a missed event.
 */
export function useWebhookActions(id: string, afterChange: () => void) {
  const client = useApiClient()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function run(action: () => Promise<unknown>) {
    setPending(true)
    setError(null)
    try {
      await action()
      afterChange()
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setPending(false)
    }
  }

  return {
    pending,
    error,
    setEnabled: (enabled: boolean) => run(() => client.call('webhooks:update', { id, patch: { enabled } })),
    // Dialogs show their own errors, so these two rethrow instead of recording them here.
    regenerate: async () => {
      await client.call('webhooks:regenerate-token', { id })
      afterChange()
    },
    remove: async () => {
      await client.call('webhooks:delete', { id })
      afterChange()
    },
  }
}
