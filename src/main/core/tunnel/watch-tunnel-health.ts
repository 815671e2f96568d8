import type { Logger } from '../logger'
import { checkTunnelHealth } from './check-tunnel-health'
import type { OpenTunnel } from './open-localtunnel'

interface Options {
  host: string
  tunnel: OpenTunnel
  intervalMs: number
  timeoutMs: number
  logger: Logger
  /** The tunnel is dead: close it and open another. Called at most once. */
  onDead: (reason: string) => void
  onHealthy: () => void
}

const CHURN_WINDOW_MS = 10_000

/**
 * Checks a live tunnel every `intervalMs` until stopped. A failure the server confirms (tunnel
 * unknown, no socket left, server unreachable) is fatal at once; an unconfirmed one (the public
 * request failed twice but the server still sees sockets) only when the next check fails too.
 * The client reconnects a socket the moment the server drops it, with no pause: a server that
 * keeps dropping them makes it spin, so many reconnects in a short time trigger a check at once.
 */
export function watchTunnelHealth({ host, tunnel, intervalMs, timeoutMs, logger, onDead, onHealthy }: Options): () => void {
  let stopped = false
  let checking = false
  let timer: NodeJS.Timeout | null = null
  let unconfirmed = 0
  let opens: number[] = []
  let lastChurnCheck = 0

  const schedule = () => {
    if (!stopped) timer = setTimeout(() => void check(false), intervalMs)
  }

  async function check(churning: boolean) {
    if (stopped || checking) return
    checking = true
    if (timer) clearTimeout(timer)
    const verdict = await checkTunnelHealth({ host, id: tunnel.id, url: tunnel.url, timeoutMs }, { trustServer: churning }).finally(() => (checking = false))
    if (stopped) return
    if (verdict.healthy) {
      unconfirmed = 0
      onHealthy()
      return schedule()
    }
    const why = churning ? `${verdict.reason}; the server keeps dropping the tunnel's connections` : verdict.reason
    if (verdict.certain || churning || ++unconfirmed >= 2) {
      stop()
      return onDead(`health check failed: ${why}`)
    }
    logger.warn('tunnel health check failed; checking again before reconnecting', { reason: why })
    schedule()
  }

  const churnLimit = Math.max(20, 5 * tunnel.maxConn)
  tunnel.onSocketOpen(() => {
    if (stopped) return
    const now = Date.now()
    opens.push(now)
    while (opens[0]! < now - CHURN_WINDOW_MS) opens.shift()
    if (opens.length <= churnLimit || now - lastChurnCheck < CHURN_WINDOW_MS) return
    lastChurnCheck = now
    opens = []
    void check(true)
  })

  function stop() {
    stopped = true
    if (timer) clearTimeout(timer)
  }
  schedule()
  return stop
}
