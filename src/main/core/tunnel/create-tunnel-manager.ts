import type { TunnelStatus } from '../../../shared/domain'
import type { Logger } from '../logger'
import { openLocaltunnel, TunnelRefused, type OpenTunnel } from './open-localtunnel'

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
  let pending: AbortController | null = null
  let retryTimer: NodeJS.Timeout | null = null
  let attempt = 0
  let generation = 0
  // The id the server gave us; asked for again when reconnecting so the public URL stays the same
  // (every platform holds it). The server grants it unless someone else holds it by then.
  let lastId: string | undefined
  let lastUrl: string | null = null
  let status: TunnelStatus = makeStatus('disabled', null, null)

  function makeStatus(state: TunnelStatus['state'], url: string | null, reason: string | null): TunnelStatus {
    return { state, host: options.host, url, reason, since: deps.clock().toISOString() }
  }
  function setStatus(state: TunnelStatus['state'], url: string | null = null, reason: string | null = null) {
    status = makeStatus(state, url, reason)
    deps.onStatus(status)
  }

  /** Forgets the tunnel and anything under way; callbacks of older generations then do nothing. */
  function teardown() {
    generation++
    pending?.abort()
    pending = null
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
    pending = new AbortController()
    setStatus('connecting')
    try {
      const tunnel = await openLocaltunnel({
        host: options.host,
        localPort: deps.localPort(),
        subdomain: lastId,
        timeoutMs: options.openTimeoutMs ?? 10_000,
        signal: pending.signal,
      })
      if (mine !== generation) return tunnel.close()
      pending = null
      current = tunnel
      attempt = 0
      lastId = tunnel.id
      // The client has no "closed" event: a server that goes away shows up as one 'error' per
      // socket (connection refused) when the client tries to replace it, and then it gives up.
      tunnel.onError((err) => {
        if (mine !== generation) return
        teardown()
        scheduleRetry(`lost the tunnel to ${options.host}: ${err.message}`)
      })
      if (lastUrl && lastUrl !== tunnel.url) {
        deps.logger.warn('the public URL changed: platforms still posting to the old one will fail', { from: lastUrl, to: tunnel.url })
      }
      lastUrl = tunnel.url
      setStatus('online', tunnel.url)
    } catch (err) {
      if (mine !== generation) return
      pending = null
      // A refusal may be about the id we asked for; the next attempt asks for a new one.
      if (err instanceof TunnelRefused) lastId = undefined
      scheduleRetry((err as Error).message)
    }
  }

  return {
    status: () => status,
    publicUrl: () => (status.state === 'online' ? status.url : null),
    /** Applies new options, restarting the tunnel when they change what it does. */
    async configure(next: TunnelOptions) {
      if (next.host !== options.host) lastId = undefined
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
