import { useState } from 'react'
import { errorMessage, useApiClient } from '../../../lib/api-client'
import type { Lead } from '../../../lib/domain'

/**
 * What the user should know about a lead before acting on it: a platform's test submission, a
 * likely duplicate, or (Facebook leadgen) details still being fetched or that failed to arrive.
 */
export function LeadNotices({ lead }: { lead: Lead }) {
  return (
    <div className="stack lead-notice">
      {lead.isTest && <p className="hint-info">A test submission from the platform: it is hidden from the inbox unless “Show test leads” is on.</p>}
      {lead.duplicateOf && <p className="hint-warning">Possible duplicate: an earlier lead has the same phone number or email.</p>}
      {lead.fetch?.state === 'pending' && <p className="hint-info">Fetching this lead’s details from Facebook…</p>}
      {lead.fetch?.state === 'failed' && <FetchFailed lead={lead} />}
    </div>
  )
}

function FetchFailed({ lead }: { lead: Lead }) {
  const client = useApiClient()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function retry() {
    setBusy(true)
    setError(null)
    try {
      // The updated lead comes back through `leads:updated`, which refreshes this drawer.
      await client.call('leads:retry-fetch', { id: lead.id })
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="form-error" role="alert">
      <p>Could not fetch this lead’s details from Facebook: {error ?? lead.fetch?.error ?? 'unknown error'}</p>
      <button type="button" className="button button-small" onClick={() => void retry()} disabled={busy}>
        {busy ? 'Retrying…' : 'Try again'}
      </button>
    </div>
  )
}
