import type { TunnelStatus } from '../../../shared/domain'

export interface Outage {
  since: string
  reason: string | null
}

/** States in which platforms can reach the receiver, or in which nobody expects them to. */
const UP: ReadonlySet<TunnelStatus['state']> = new Set(['online', 'direct', 'disabled'])

/**
 * Says once per outage that the tunnel has been down for `delayMs` (connecting, reconnecting or
 * offline all along): long enough that leads are being lost and the owner should know. An outage
 * ends when the tunnel is online again (or turned off, or replaced by a direct URL).
 */
export function createOutageAlarm(delayMs: number, onAlarm: (outage: Outage) => void) {
  let outage: Outage | null = null
  let timer: NodeJS.Timeout | null = null
  const clear = () => {
    if (timer) clearTimeout(timer)
    timer = null
  }
  return {
    observe(status: TunnelStatus) {
      if (UP.has(status.state)) {
        clear()
        outage = null
        return
      }
      if (outage) {
        // The latest reason is the one worth telling (the first is often just "connecting").
        if (status.reason) outage.reason = status.reason
        return
      }
      outage = { since: status.since, reason: status.reason }
      timer = setTimeout(() => {
        timer = null
        if (outage) onAlarm({ ...outage })
      }, delayMs)
    },
    stop: clear,
  }
}
