import type { Lead } from '../../../lib/domain'
import { formatShort } from '../../../lib/format-time'
import { leadTitle } from '../lib/lead-title'
import { FetchFailedNote } from './FetchFailedNote'
import { LeadBadges } from './LeadBadges'

interface LeadTableProps {
  leads: Lead[]
  fresh: ReadonlySet<string>
  webhookName(id: string): string
  onOpen(lead: Lead): void
  onOpenLead(id: string): void
}

/** Leads, newest first. The name is a button (keyboard and screen readers); the whole row is clickable too. */
export function LeadTable({ leads, fresh, webhookName, onOpen, onOpenLead }: LeadTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table-leads" aria-label="Leads">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Phone</th>
            <th scope="col">Company</th>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Assigned to</th>
            <th scope="col">Received</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id} className={`row-clickable ${fresh.has(lead.id) ? 'is-new' : ''} ${lead.isTest ? 'is-test' : ''}`} onClick={() => onOpen(lead)}>
              <td className="cell-name">
                <button type="button" className="link-button lead-name" onClick={(e) => (e.stopPropagation(), onOpen(lead))}>
                  {leadTitle(lead)}
                </button>
                <LeadBadges lead={lead} onOpenLead={onOpenLead} />
                {lead.email && lead.name && <span className="cell-sub">{lead.email}</span>}
                {lead.fetch?.state === 'failed' && <FetchFailedNote lead={lead} compact />}
              </td>
              <td className="nowrap">{lead.phone}</td>
              <td className="cell-company">
                {lead.company}
                {lead.city && <span className={lead.company ? 'cell-sub' : ''}>{lead.city}</span>}
              </td>
              <td className="nowrap">{lead.source}</td>
              <td>
                <span className="badge badge-status">{lead.status}</span>
                {lead.tags.length > 0 && (
                  <span className="tag-list" aria-label="Tags">
                    {lead.tags.map((t) => (
                      <span key={t} className="tag">
                        {t}
                      </span>
                    ))}
                  </span>
                )}
              </td>
              <td>
                {lead.assignee ?? <span className="muted">Unassigned</span>}
                {lead.assignee && lead.assignedBy && <span className="cell-sub">by {lead.assignedBy}</span>}
              </td>
              <td className="muted">
                <time dateTime={lead.createdAt} className="nowrap">
                  {formatShort(lead.createdAt)}
                </time>
                <span className="cell-sub">{webhookName(lead.webhookId)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
