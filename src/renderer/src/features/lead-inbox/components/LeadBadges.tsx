import type { Lead } from '../../../lib/domain'

interface LeadBadgesProps {
  lead: Lead
  /** Opens another lead (the earlier one this may duplicate). */
  onOpenLead(id: string): void
}

/** Test submission, possible duplicate (a button to the earlier lead), details still being fetched. */
export function LeadBadges({ lead, onOpenLead }: LeadBadgesProps) {
  const duplicateOf = lead.duplicateOf
  return (
    <>
      {lead.isTest && (
        <span className="badge badge-test" title="A test submission from the platform">
          Test
        </span>
      )}
      {duplicateOf && (
        <button
          type="button"
          className="badge badge-duplicate badge-button"
          title="An earlier lead has the same phone number or email: click to open it"
          onClick={(e) => (e.stopPropagation(), onOpenLead(duplicateOf))}
        >
          Possible duplicate
        </button>
      )}
      {lead.fetch?.state === 'pending' && (
        <span className="badge badge-pending">
          <span className="spinner spinner-tiny" aria-hidden="true" />
          Fetching details…
        </span>
      )}
    </>
  )
}
