import { CopyField } from '../../../components/ui/CopyField'
import { useTunnelStatus } from '../../../hooks/use-tunnel-status'
import type { TunnelStatus } from '../../../lib/domain'
import { formatShort } from '../../../lib/format-time'
import { RetryTunnelButton } from './RetryTunnelButton'

const STATE_LABELS: Record<TunnelStatus['state'], string> = {
  disabled: 'Tunnel off',
  direct: 'Direct URL',
  connecting: 'Connecting…',
  online: 'Online',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
}

/**
 * Whether lead platforms on the internet can reach this computer, and at which public URL.
 * Every webhook URL depends on it, so it is always on screen: online with the URL (and a warning
 * when it is not the usual subdomain), reconnecting or offline with the reason and the next try.
 */
export function TunnelStatusBar() {
  const { status, receiverUrl } = useTunnelStatus()
  if (!status) return <div className="tunnel-status">Checking the tunnel…</div>
  const publicUrl = (status.state === 'online' || status.state === 'direct') && status.url
  const down = status.state === 'offline' || status.state === 'reconnecting'
  return (
    <div className="tunnel-status">
      <span className={`pill pill-${status.state}`} role="status" aria-label={`Tunnel: ${STATE_LABELS[status.state]}`}>
        <span className="pill-dot" aria-hidden="true" />
        {STATE_LABELS[status.state]}
      </span>
      {publicUrl ? (
        <>
          <div className="tunnel-url">
            <CopyField label="Public URL" value={publicUrl} />
          </div>
          <OtherSubdomain status={status} />
        </>
      ) : (
        <div className="tunnel-detail">
          <span className="tunnel-reason" title={describe(status)}>
            {describe(status)}
          </span>
          {down && status.nextAttemptAt && (
            <span className="tunnel-next">
              Next try at <time dateTime={status.nextAttemptAt}>{formatShort(status.nextAttemptAt)}</time>
            </span>
          )}
          {receiverUrl && status.state !== 'connecting' && (
            <span className="tunnel-local">
              Local only: <code>{receiverUrl}</code>
            </span>
          )}
        </div>
      )}
      {down && <RetryTunnelButton />}
    </div>
  )
}

/** Online, but not on the installation's own subdomain (someone else held it): say so, and when it is asked for again. */
function OtherSubdomain({ status }: { status: TunnelStatus }) {
  if (status.state !== 'online' || !status.requestedSubdomain || status.grantedSubdomain === status.requestedSubdomain) return null
  const text = `Temporary address: your usual one (${status.requestedSubdomain}) is taken${status.reclaimAt ? `; trying again at ${formatShort(status.reclaimAt)}` : ''}.`
  return (
    <span className="tunnel-warning" title={text}>
      {text}
    </span>
  )
}

function describe(status: TunnelStatus): string {
  switch (status.state) {
    case 'disabled':
      return 'No public URL: platforms on the internet cannot reach this computer.'
    case 'connecting':
      return `Opening a public URL through ${status.host}…`
    case 'reconnecting':
      return `The public URL was lost: ${status.reason ?? 'unknown reason'}.`
    case 'offline':
      return `No public URL right now: ${status.reason ?? 'unknown reason'}.`
    default:
      return ''
  }
}
