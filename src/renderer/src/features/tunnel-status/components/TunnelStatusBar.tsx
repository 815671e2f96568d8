import { CopyField } from '../../../components/ui/CopyField'
import type { TunnelStatus } from '../../../lib/domain'
import { formatShort } from '../../../lib/format-time'
import { useTunnelStatus } from '../hooks/use-tunnel-status'
import { RetryTunnelButton } from './RetryTunnelButton'
import { UrlChangedBanner } from './UrlChangedBanner'

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
 * Every webhook URL depends on it, so it is always on screen.
 */
export function TunnelStatusBar() {
  const { status, receiverUrl } = useTunnelStatus()
  if (!status) return <div className="tunnel-status">Checking the tunnel…</div>
  const publicUrl = (status.state === 'online' || status.state === 'direct') && status.url
  return (
    <>
      <div className="tunnel-status">
        <span className={`pill pill-${status.state}`} role="status" aria-label={`Tunnel: ${STATE_LABELS[status.state]}`}>
          <span className="pill-dot" aria-hidden="true" />
          {STATE_LABELS[status.state]}
        </span>
        {publicUrl ? (
          <div className="tunnel-url">
            <CopyField label="Public URL" value={publicUrl} />
          </div>
        ) : (
          <p className="tunnel-detail">
            <span className="tunnel-reason" title={describe(status)}>
              {describe(status)}
            </span>
            {receiverUrl && status.state !== 'connecting' && (
              <span className="tunnel-local">
                Local only: <code>{receiverUrl}</code>
              </span>
            )}
          </p>
        )}
        {(status.state === 'offline' || status.state === 'reconnecting') && <RetryTunnelButton />}
      </div>
      <UrlChangedBanner status={status} />
    </>
  )
}

function describe(status: TunnelStatus): string {
  const next = status.nextAttemptAt ? ` Next try at ${formatShort(status.nextAttemptAt)}.` : ''
  switch (status.state) {
    case 'disabled':
      return 'No public URL: platforms on the internet cannot reach this computer.'
    case 'connecting':
      return `Opening a public URL through ${status.host}…`
    case 'reconnecting':
      return `The public URL was lost (${status.reason ?? 'unknown reason'}).${next}`
    case 'offline':
      return `No public URL right now (${status.reason ?? 'unknown reason'}).${next}`
    default:
      return ''
  }
}
