import { useState } from 'react'
import { errorMessage, useApiClient } from '../../../lib/api-client'

/** Tries to open the tunnel now instead of waiting for the next scheduled attempt. */
export function RetryTunnelButton() {
  const client = useApiClient()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function retry() {
    setBusy(true)
    setError(null)
    try {
      // The new state arrives through `tunnel:status-changed`.
      await client.call('tunnel:reconnect')
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <button type="button" className="button button-small" onClick={() => void retry()} disabled={busy} title={error ?? undefined}>
      {busy ? 'Trying…' : error ? 'Retry failed, try again' : 'Retry now'}
    </button>
  )
}
