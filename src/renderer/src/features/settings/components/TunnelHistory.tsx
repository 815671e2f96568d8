import { useEvent, useLiveQuery } from '../../../lib/api-client'
import { formatShort } from '../../../lib/format-time'

/** The tunnel's recent sessions (opened, URL, closed, why): when platforms could reach this computer, and at which address. */
export function TunnelHistory() {
  const history = useLiveQuery((client) => client.call('tunnel:history', { limit: 10 }), [])
  useEvent('tunnel:status-changed', history.reload)
  const sessions = history.data ?? []
  if (history.error) return <p className="form-error">{history.error}</p>
  if (sessions.length === 0) return <p className="muted">No tunnel sessions yet.</p>
  return (
    <div className="table-wrap">
      <table className="table table-compact-rows" aria-label="Tunnel history">
        <thead>
          <tr>
            <th scope="col">Opened</th>
            <th scope="col">Public URL</th>
            <th scope="col">Closed</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td className="nowrap">
                <time dateTime={s.openedAt}>{formatShort(s.openedAt)}</time>
              </td>
              <td className="mono cell-url">
                {s.url}
                {s.requestedSubdomain && s.requestedSubdomain !== s.grantedSubdomain && <span className="cell-sub cell-warning">Asked for {s.requestedSubdomain}, got another</span>}
              </td>
              <td className="nowrap">{s.closedAt ? <time dateTime={s.closedAt}>{formatShort(s.closedAt)}</time> : s.closeReason ? '—' : <span className="badge badge-online">Open now</span>}</td>
              <td>{s.closeReason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
