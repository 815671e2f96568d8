import type { Logger } from '../logger'
import type { Backoff } from './backoff'
import type { OpenTunnel } from './open-localtunnel'

interface Options {
  wanted: string
  backoff: Backoff
  /** Attempts in all (counted by `backoff` across reconnects); then the current URL is kept. */
  maxAttempts: number
  now: () => number
  logger: Logger
  /** Whether the server still has a live tunnel under `wanted` (asking costs no tunnel). */
  isHeld: () => Promise<boolean>
  /** Opens a second tunnel asking for `wanted`, or null when no tunnel may be opened right now. */
  open: () => Promise<OpenTunnel | null>
  /** The stable subdomain was granted: switch to this tunnel. */
  onReclaimed: (tunnel: OpenTunnel) => void
  /** When the next attempt will be, or null when there will be none. */
  onScheduled: (at: string | null) => void
}

/**
 * While the server has given another subdomain than the stable one, tries to take the stable one
 * back with backoff: asks the server whether it is still held, and only when it looks free opens a
 * second tunnel asking for it. The current tunnel keeps carrying leads until the new one is up
 * (make before break); a new one that did not get the stable subdomain is closed again.
 */
export function reclaimSubdomain(o: Options): () => void {
  let stopped = false
  let timer: NodeJS.Timeout | null = null

  function schedule() {
    if (stopped) return
    if (o.backoff.attempts() >= o.maxAttempts) {
      o.logger.warn('giving up on the stable subdomain for now; the current public URL stays', { wanted: o.wanted })
      return o.onScheduled(null)
    }
    const delay = o.backoff.next()
    timer = setTimeout(() => void attempt(), delay)
    o.onScheduled(new Date(o.now() + delay).toISOString())
  }

  async function attempt() {
    try {
      if (await o.isHeld()) return
      if (stopped) return
      const tunnel = await o.open()
      if (!tunnel) return
      if (stopped || tunnel.id !== o.wanted) return tunnel.close()
      stopped = true
      o.onReclaimed(tunnel)
    } catch (err) {
      o.logger.info('could not take the stable subdomain back yet', { wanted: o.wanted, err: (err as Error).message })
    } finally {
      schedule()
    }
  }

  schedule()
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
  }
}
