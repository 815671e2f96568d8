import { useId, type ReactNode } from 'react'
import { Dialog } from '../../../components/ui/Dialog'
import type { Lead } from '../../../lib/domain'
import { formatDateTime } from '../../../lib/format-time'
import { useFullLead } from '../hooks/use-full-lead'
import { leadTitle } from '../lib/lead-title'
import { LeadNotices } from './LeadNotices'

interface LeadDetailProps {
  leadId: string
  /** The list's copy, shown at once when the lead is on screen (live updates reach it too). */
  summary: Lead | undefined
  webhookName(id: string): string
  onOpenLead(id: string): void
  onClose(): void
}

const orDash = (text: string) => text || '—'

/**
 * Everything known about one lead: the CRM fields, the fields that mapped to none, and what was
 * sent. The list's copy shows at once; the complete lead (with the raw payload) follows.
 */
export function LeadDetail({ leadId, summary, webhookName, onOpenLead, onClose }: LeadDetailProps) {
  const titleId = useId()
  const rawId = useId()
  const full = useFullLead(leadId)
  const lead = full.data ?? summary
  if (!lead) return <LoadingDetail titleId={titleId} error={full.error} onClose={onClose} />
  const custom = Object.entries(lead.custom)
  const fields: [string, ReactNode][] = [
    ['Email', lead.email ? <a href={`mailto:${lead.email}`}>{lead.email}</a> : '—'],
    ['Phone', <Phone lead={lead} />],
    ['Company', orDash(lead.company)],
    ['City', orDash(lead.city)],
    ['Source', orDash(lead.source)],
    ['Status', <span className="badge">{lead.status}</span>],
    ['Tags', lead.tags.length ? lead.tags.join(', ') : '—'],
    ['Assignee', lead.assignee ? <>{lead.assignee}{lead.assignedBy && <span className="muted"> (by {lead.assignedBy})</span>}</> : 'Unassigned'],
    ['Received', formatDateTime(lead.createdAt)],
    ['Webhook', webhookName(lead.webhookId)],
  ]

  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="drawer">
      <header className="drawer-head">
        <h2 id={titleId} className="drawer-title">
          {leadTitle(lead)}
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </header>
      <LeadNotices lead={lead} onOpenLead={onOpenLead} />
      <dl className="detail-grid">
        {fields.map(([label, value]) => (
          <div key={label} className="detail-field">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="detail-field detail-wide">
          <dt>Notes</dt>
          <dd className="pre-wrap">{orDash(lead.notes)}</dd>
        </div>
      </dl>
      <h3 className="section-title">Custom fields</h3>
      {custom.length ? (
        <table className="table table-compact" aria-label="Custom fields">
          <tbody>
            {custom.map(([key, value]) => (
              <tr key={key}>
                <th scope="row" className="mono">
                  {key}
                </th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Every field sent matched a lead field.</p>
      )}
      <section aria-labelledby={rawId}>
        <h3 id={rawId} className="section-title">
          Raw payload
        </h3>
        {full.error ? (
          <p className="form-error">{full.error}</p>
        ) : (
          <pre className="code code-raw">{full.data ? JSON.stringify(full.data.raw, null, 2) : 'Loading…'}</pre>
        )}
      </section>
    </Dialog>
  )
}

/** The number as stored (E.164, dialable) and, when it was changed, as the platform sent it. */
function Phone({ lead }: { lead: Lead }) {
  if (!lead.phone) return '—'
  return (
    <>
      <a href={`tel:${lead.phone}`}>{lead.phone}</a>
      {lead.phoneRaw && lead.phoneRaw !== lead.phone && <span className="muted"> (sent as {lead.phoneRaw})</span>}
    </>
  )
}

/** A lead opened by id (the earlier one of a duplicate) before it has arrived. */
function LoadingDetail({ titleId, error, onClose }: { titleId: string; error: string | null; onClose(): void }) {
  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="drawer">
      <header className="drawer-head">
        <h2 id={titleId} className="drawer-title">
          {error ? 'Lead not found' : 'Loading the lead…'}
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </header>
      {error && <p className="form-error">{error}</p>}
    </Dialog>
  )
}
