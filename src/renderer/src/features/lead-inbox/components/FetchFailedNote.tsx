import type { Lead } from '../../../lib/domain'
import { useRetryFetch } from '../hooks/use-retry-fetch'

/**
 * A Facebook lead whose details could not be fetched: the reason, and a retry (after fixing the
 * webhook's Page access token, say). `compact` is the table row's version; the detail's is an alert.
 */
export function FetchFailedNote({ lead, compact = false }: { lead: Lead; compact?: boolean }) {
  const { busy, error, retry } = useRetryFetch(lead.id)
  const reason = error ?? lead.fetch?.error ?? 'unknown error'
  return (
    <div className={compact ? 'fetch-failed fetch-failed-compact' : 'form-error fetch-failed'} role={compact ? undefined : 'alert'} onClick={(e) => e.stopPropagation()}>
      <p title={compact ? reason : undefined}>
        <strong>{compact ? 'Details not fetched:' : 'Could not fetch the details from Facebook:'}</strong> <span className="fetch-reason">{reason}</span>
        {lead.fetch && lead.fetch.attempts > 1 && <span className="fetch-attempts"> ({lead.fetch.attempts} attempts)</span>}
      </p>
      <button type="button" className="button button-small" onClick={() => void retry()} disabled={busy}>
        {busy ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  )
}
