import type { TunnelStatus } from '../../../shared/domain'
import type { Logger } from '../logger'
import { openLocaltunnel, type OpenTunnel } from './open-localtunnel'

export interface TunnelOptions {
  host: string
  enabled: boolean
  openTimeoutMs?: number
  /** Delay before the n-th reconnect attempt; capped exponential by default. */
  retryDelayMs?: (attempt: number) => number
}

interface Deps {
  localPort: () => number
  clock: () => Date
  logger: Logger
  onStatus: (status: TunnelStatus) => void
}

export type TunnelManager = ReturnType<typeof createTunnelManager>

const defaultRetry = (attempt: number) => Math.min(60_000, 1000 * 2 ** attempt)

/**
 * Keeps one tunnel to the receiver: connecting -> online (with URL) or offline (with the reason),
 * and tries again with backoff after a failure or a lost connection. The app never depends on it:
 * with no network everything works locally and the status says offline.
 */
export function createTunnelManager(deps: Deps) {
  let options: TunnelOptions = { host: 'https://localtunnel.me', enabled: false }
  let current: OpenTunnel | null = null
  let retryTimer: NodeJS.Timeout | null = null
  let attempt = 0
  let generation = 0
  let status: TunnelStatus = makeStatus('disabled', null, null)

  function makeStatus(state: TunnelStatus['state'], url: string | null, reason: string | null): TunnelStatus {
    return { state, host: options.host, url, reason, since: deps.clock().toISOString() }
  }
  function setStatus(state: TunnelStatus['state'], url: string | null = null, reason: string | null = null) {
    status = makeStatus(state, url, reason)
    deps.onStatus(status)
  }

  function teardown() {
    generation++
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = null
    current?.close()
    current = null
  }

  function scheduleRetry(reason: string) {
    const delay = (options.retryDelayMs ?? defaultRetry)(attempt++)
    setStatus('offline', null, reason)
    deps.logger.warn('tunnel offline', { reason, retryInMs: delay })
    retryTimer = setTimeout(() => void connect(), delay)
  }

  async function connect() {
    const mine = ++generation
    setStatus('connecting')
    try {
      const tunnel = await openLocaltunnel({
        host: options.host,
        localPort: deps.localPort(),
        timeoutMs: options.openTimeoutMs ?? 10_000,
      })
      if (mine !== generation) return tunnel.close()
      current = tunnel
      attempt = 0
      tunnel.onError((err) => {
        if (mine !== generation) return
        teardown()
        scheduleRetry(`connection lost: ${err.message}`)
      })
      setStatus('online', tunnel.url)
    } catch (err) {
      if (mine === generation) scheduleRetry((err as Error).message)
    }
  }

  return {
    status: () => status,
    publicUrl: () => (status.state === 'online' ? status.url : null),
    /** Applies new options, restarting the tunnel when they change what it does. */
    async configure(next: TunnelOptions) {
      options = next
      teardown()
      attempt = 0
      if (!next.enabled) return setStatus('disabled')
      await connect()
    },
    stop() {
      teardown()
      setStatus('disabled')
    },
  }
}
