import type { Lead } from '../../../lib/domain'
import { formatShort } from '../../../lib/format-time'

interface LeadTableProps {
  leads: Lead[]
  fresh: ReadonlySet<string>
  webhookName(id: string): string
  onOpen(lead: Lead): void
}

/** Leads, newest first. The name is a button (keyboard and screen readers); the whole row is clickable too. */
export function LeadTable({ leads, fresh, webhookName, onOpen }: LeadTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table-leads" aria-label="Leads">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Phone</th>
            <th scope="col">Company</th>
            <th scope="col">City</th>
            <th scope="col">Source</th>
            <th scope="col">Webhook</th>
            <th scope="col">Received</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id} className={`row-clickable ${fresh.has(lead.id) ? 'is-new' : ''}`} onClick={() => onOpen(lead)}>
              <td>
                <button type="button" className="link-button lead-name" onClick={(e) => (e.stopPropagation(), onOpen(lead))}>
                  {lead.name || lead.email || lead.phone || 'Unnamed lead'}
                </button>
                {lead.isTest && <span className="badge badge-test">Test</span>}
                {lead.duplicateOf && <span className="badge badge-duplicate">Possible duplicate</span>}
                {lead.email && <span className="cell-sub">{lead.email}</span>}
              </td>
              <td className="nowrap">{lead.phone}</td>
              <td>{lead.company}</td>
              <td className="nowrap">{lead.city}</td>
              <td className="nowrap">{lead.source}</td>
              <td className="muted">{webhookName(lead.webhookId)}</td>
              <td className="nowrap muted">
                <time dateTime={lead.createdAt}>{formatShort(lead.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
