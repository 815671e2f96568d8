import { TunnelStatusBar } from '../features/tunnel-status'
import type { ConnectionState } from '../lib/api-client'

const LIVE_LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  unauthorized: 'Signed out',
}

/** Always on screen: the tunnel (can platforms reach us?) and whether live updates are flowing. */
export function StatusBar({ connection }: { connection: ConnectionState }) {
  return (
    <header className="status-bar" aria-label="Status">
      <TunnelStatusBar />
      <span className={`live-indicator is-${connection}`} title="Whether new leads appear without reloading">
        <span className="pill-dot" aria-hidden="true" />
        {LIVE_LABELS[connection]}
      </span>
    </header>
  )
}
