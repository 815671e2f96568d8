import { useAction } from '../../../hooks/use-action'
import { useApiClient } from '../../../lib/api-client'

/** Tries to open the tunnel now instead of waiting for the next scheduled attempt. */
export function RetryTunnelButton() {
  const client = useApiClient()
  const { busy, error, run } = useAction()
  // The new state arrives through `tunnel:status-changed`.
  const retry = () => run(() => client.call('tunnel:reconnect'))

  return (
    <button type="button" className="button button-small" onClick={() => void retry()} disabled={busy} title={error ?? undefined}>
      {busy ? 'Trying…' : error ? 'Retry failed, try again' : 'Retry now'}
    </button>
  )
}
