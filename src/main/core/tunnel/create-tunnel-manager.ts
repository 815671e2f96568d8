import type { TunnelSession, TunnelStatus } from '../../../shared/domain'
import type { Logger } from '../logger'
import { askServer } from './check-tunnel-health'
import { createSubdomainChooser } from './choose-subdomain'
import { createOpenBudget } from './open-budget'
import { openLocaltunnel, TunnelRefused, type OpenTunnel } from './open-localtunnel'
import { reclaimSubdomain } from './reclaim-subdomain'
import { reclaimBackoff, retryBackoff, sameTunnelConfig, type TunnelConfig, type TunnelTuning } from './tunnel-config'
import type { SessionStart } from './tunnel-history'
import { createStatusKeeper, type UrlChange } from './tunnel-status-keeper'
import { watchTunnelHealth } from './watch-tunnel-health'

interface Deps {
  localPort: () => number
  clock: () => Date
  logger: Logger
  tuning: TunnelTuning
  onStatus: (status: TunnelStatus) => void
  /** The public URL differs from the last one platforms were given (this run or the last). */
  onUrlChanged: (change: UrlChange) => void
  history: { opened(s: SessionStart): string; closed(id: string, reason: string): void; last(): TunnelSession | null }
}

export type TunnelManager = ReturnType<typeof createTunnelManager>
type Details = { reason?: string | null; nextAttemptAt?: string | null }

/**
 * Keeps one tunnel to the receiver: connecting -> online, and when it dies (an error, a failed
 * health check) reconnecting -> connecting -> online again, asking each time for the stable
 * subdomain; offline (with the reason and the next attempt's time) while opening fails. A direct
 * URL replaces the tunnel. The app never depends on it: without a tunnel everything works locally.
 */
export function createTunnelManager(deps: Deps) {
  const { tuning, logger } = deps
  const now = () => deps.clock().getTime()
  const iso = (ms = now()) => new Date(ms).toISOString()
  let config: TunnelConfig = { enabled: false, host: '', subdomain: null, directUrl: null }
  let current: { tunnel: OpenTunnel; sessionId: string; stopHealth: () => void } | null = null
  // Bumped whenever the tunnel goes away: callbacks from an older epoch do nothing.
  let epoch = 0
  const inflight = new Set<AbortController>()
  let retryTimer: NodeJS.Timeout | null = null
  const retry = retryBackoff(tuning)
  const reclaim = reclaimBackoff(tuning)
  let stopReclaim: (() => void) | null = null
  let reclaimAt: string | null = null
  const budget = createOpenBudget(tuning.opensPerHour, now)
  const subdomains = createSubdomainChooser({
    ask: (subdomain, timeoutMs) => askServer(config.host, subdomain, timeoutMs),
    releaseWaitMs: tuning.releaseWaitMs,
    timeoutMs: tuning.healthTimeoutMs,
    now,
  })
  // The last session (of this run, or of the last one): its URL is what platforms were given.
  const previous = deps.history.last()
  if (previous?.closedAt) subdomains.released(previous.grantedSubdomain, Date.parse(previous.closedAt))
  const status = createStatusKeeper({ now: deps.clock, lastUrl: previous?.url ?? null, logger, onStatus: deps.onStatus, onUrlChanged: deps.onUrlChanged })

  function setStatus(state: TunnelStatus['state'], d: Details = {}) {
    const online = state === 'online' && current
    const tunnelled = config.enabled && !config.directUrl
    status.set({
      state,
      host: config.host,
      url: online ? current!.tunnel.url : state === 'direct' ? config.directUrl : null,
      reason: d.reason ?? null,
      nextAttemptAt: d.nextAttemptAt ?? null,
      requestedSubdomain: tunnelled ? config.subdomain : null,
      grantedSubdomain: online ? current!.tunnel.id : null,
      reclaimAt: online ? reclaimAt : null,
    })
  }

  /** Forgets the tunnel and anything under way (opens, timers, checks), closing its session. */
  function teardown(reason: string) {
    epoch++
    for (const c of inflight) c.abort()
    inflight.clear()
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = null
    endReclaim()
    if (!current) return
    current.stopHealth()
    current.tunnel.close()
    subdomains.released(current.tunnel.id, now())
    deps.history.closed(current.sessionId, reason)
    current = null
  }
  function endReclaim() {
    stopReclaim?.()
    stopReclaim = null
    reclaimAt = null
  }

  /** One open, counted against the hourly budget, abandoned if the tunnel is torn down meanwhile. */
  async function open(subdomain: string | null): Promise<OpenTunnel> {
    const controller = new AbortController()
    inflight.add(controller)
    budget.record()
    try {
      const localPort = deps.localPort()
      return await openLocaltunnel({ host: config.host, localPort, subdomain: subdomain ?? undefined, timeoutMs: tuning.openTimeoutMs, signal: controller.signal })
    } finally {
      inflight.delete(controller)
    }
  }

  /** Waits `delay`, then tries again; `state` says whether a live tunnel was lost or opening failed. */
  function scheduleRetry(state: 'reconnecting' | 'offline', reason: string, delay = retry.next()) {
    setStatus(state, { reason, nextAttemptAt: iso(now() + delay) })
    logger.warn(`tunnel ${state}`, { reason, retryInMs: delay })
    retryTimer = setTimeout(() => void connect(), delay)
  }

  async function connect() {
    retryTimer = null
    const mine = epoch
    const wait = budget.waitMs()
    if (wait > 0) return scheduleRetry('offline', `${tuning.opensPerHour} tunnels were opened in the last hour; waiting to stay within the service's limit`, wait)
    setStatus('connecting')
    try {
      const subdomain = await subdomains.choose(config.subdomain)
      if (mine !== epoch) return
      const tunnel = await open(subdomain)
      if (mine !== epoch) return tunnel.close()
      goOnline(tunnel)
    } catch (err) {
      if (mine !== epoch) return
      // A 4xx is about the request: the server will not give this subdomain. Take any, reclaim later.
      if (err instanceof TunnelRefused && err.status >= 400 && err.status < 500) subdomains.refused()
      scheduleRetry('offline', (err as Error).message)
    }
  }

  function goOnline(tunnel: OpenTunnel) {
    const mine = epoch
    const sessionId = deps.history.opened({ host: config.host, url: tunnel.url, requestedSubdomain: config.subdomain, grantedSubdomain: tunnel.id, openedAt: iso() })
    tunnel.onError((err) => mine === epoch && lose(`lost the tunnel to ${config.host}: ${err.message}`))
    const stopHealth = watchTunnelHealth({
      host: config.host,
      tunnel,
      intervalMs: tuning.healthIntervalMs,
      timeoutMs: tuning.healthTimeoutMs,
      logger,
      onDead: (reason) => mine === epoch && lose(reason),
      // Backoff starts over only once a tunnel has proved itself, so a flapping one cannot spin.
      onHealthy: () => retry.reset(),
    })
    current = { tunnel, sessionId, stopHealth }
    subdomains.granted(tunnel.id)
    status.reachableAt(tunnel.url)
    if (config.subdomain && tunnel.id !== config.subdomain) startReclaim(config.subdomain)
    else reclaim.reset()
    setStatus('online')
  }

  function lose(reason: string) {
    teardown(reason)
    scheduleRetry('reconnecting', reason)
  }

  function startReclaim(wanted: string) {
    stopReclaim = reclaimSubdomain({
      wanted,
      backoff: reclaim,
      maxAttempts: tuning.reclaimAttempts,
      now,
      logger,
      isHeld: async () => (await askServer(config.host, wanted, tuning.healthTimeoutMs)).kind === 'alive',
      open: async () => (budget.waitMs() > 0 ? null : open(wanted)),
      onReclaimed: (tunnel) => {
        teardown('replaced: the stable subdomain was free again')
        goOnline(tunnel)
      },
      onScheduled: (at) => {
        reclaimAt = at
        if (status.get().state === 'online') setStatus('online')
      },
    })
  }

  return {
    status: status.get,
    /** Where platforms reach the receiver: the tunnel's URL when online, or the direct URL. */
    publicUrl: () => {
      const { state, url } = status.get()
      return state === 'online' || state === 'direct' ? url : null
    },
    /** Applies new settings, restarting the tunnel only when they change what it does. */
    async configure(next: TunnelConfig) {
      if (sameTunnelConfig(next, config) && status.get().state !== 'disabled') return
      teardown('the tunnel settings changed')
      config = next
      retry.reset()
      reclaim.reset()
      subdomains.reset()
      if (next.directUrl) {
        status.reachableAt(next.directUrl)
        return setStatus('direct')
      }
      if (!next.enabled) return setStatus('disabled')
      await connect()
    },
    /** Skips the wait before the next attempt (the user asked to try now). */
    async retryNow() {
      if (!retryTimer) return
      clearTimeout(retryTimer)
      await connect()
    },
    stop() {
      teardown('the app stopped')
      setStatus('disabled')
    },
  }
}
