import type { Lead } from '../../../lib/domain'
import { FetchFailedNote } from './FetchFailedNote'

/**
 * What the user should know about a lead before acting on it: a platform's test submission, a
 * likely duplicate (with a way to the earlier lead), or (Facebook leadgen) details still being
 * fetched or that failed to arrive.
 */
export function LeadNotices({ lead, onOpenLead }: { lead: Lead; onOpenLead(id: string): void }) {
  const duplicateOf = lead.duplicateOf
  return (
    <div className="stack lead-notice">
      {lead.isTest && <p className="hint-info">A test submission from the platform: it is hidden from the inbox unless “Show test leads” is on.</p>}
      {duplicateOf && (
        <div className="hint-warning hint-with-action">
          <p>Possible duplicate: an earlier lead has the same phone number or email.</p>
          <button type="button" className="button button-small" onClick={() => onOpenLead(duplicateOf)}>
            Open the earlier lead
          </button>
        </div>
      )}
      {lead.fetch?.state === 'pending' && <p className="hint-info">Fetching this lead’s details from Facebook…</p>}
      {lead.fetch?.state === 'failed' && <FetchFailedNote lead={lead} />}
    </div>
  )
}
