import { useId, type ReactNode } from 'react'
import { Dialog } from '../../../components/ui/Dialog'
import type { Lead } from '../../../lib/domain'
import { formatDateTime } from '../../../lib/format-time'
import { useFullLead } from '../hooks/use-full-lead'
import { LeadNotices } from './LeadNotices'

interface LeadDetailProps {
  lead: Lead
  webhookName: string
  onClose(): void
}

const orDash = (text: string) => text || '—'

/**
 * Everything known about one lead: the CRM fields, the fields that mapped to none, and what was
 * sent. The list's copy shows at once; the complete lead (with the raw payload) follows.
 */
export function LeadDetail({ lead: summary, webhookName, onClose }: LeadDetailProps) {
  const titleId = useId()
  const rawId = useId()
  const full = useFullLead(summary.id)
  const lead = full.data ?? summary
  const custom = Object.entries(lead.custom)
  const fields: [string, ReactNode][] = [
    ['Email', lead.email ? <a href={`mailto:${lead.email}`}>{lead.email}</a> : '—'],
    ['Phone', <Phone lead={lead} />],
    ['Company', orDash(lead.company)],
    ['City', orDash(lead.city)],
    ['Source', orDash(lead.source)],
    ['Status', <span className="badge">{lead.status}</span>],
    ['Tags', lead.tags.length ? lead.tags.join(', ') : '—'],
    ['Assignee', lead.assignee ?? 'Unassigned'],
    ['Received', formatDateTime(lead.createdAt)],
    ['Webhook', webhookName],
  ]

  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="drawer">
      <header className="drawer-head">
        <h2 id={titleId} className="drawer-title">
          {lead.name || 'Unnamed lead'}
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </header>
      <LeadNotices lead={lead} />
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
