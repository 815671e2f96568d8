import { webhookUrl } from '../webhooks/webhook-url'
import { join } from 'node:path'
import type { Settings, StoredWebhook } from '../../../shared/domain'
import type { EventBus } from '../event-bus'
import type { Logger } from '../logger'
import { createOutageAlarm } from './create-outage-alarm'
import { createTunnelManager } from './create-tunnel-manager'
import { createStableSubdomain } from './stable-subdomain'
import { DEFAULT_TUNING, TUNING_KEYS, TUNNEL_SETTING_KEYS, tunnelConfigFrom, type TunnelSettings, type TunnelTuning } from './tunnel-config'
import { openTunnelHistory } from './tunnel-history'

/** This run's overrides of the stored tunnel settings (command-line flags, tests) and tuning. */
export type TunnelOverrides = Partial<TunnelSettings> & Partial<TunnelTuning>

interface Deps {
  dataDir: string
  settings: { get(): Settings; update(patch: Partial<Settings>): Promise<Settings> }
  webhooks: { list(): StoredWebhook[] }
  events: EventBus
  clock: () => Date
  logger: Logger
  localPort: () => number
  overrides?: TunnelOverrides
}

export type TunnelService = Awaited<ReturnType<typeof createTunnelService>>

/**
 * The tunnel as the rest of the core sees it: the manager, fed from the settings, its history kept
 * in `tunnel-history.json`, and its news as events: every status, a changed public URL (with the
 * webhooks to update), and an outage that has lasted too long.
 */
export async function createTunnelService(deps: Deps) {
  const { events, logger } = deps
  const overrides: Partial<TunnelSettings> = pickDefined(deps.overrides ?? {}, TUNNEL_SETTING_KEYS)
  const tuning: TunnelTuning = { ...DEFAULT_TUNING, ...pickDefined(deps.overrides ?? {}, TUNING_KEYS) }
  const history = await openTunnelHistory(join(deps.dataDir, 'tunnel-history.json'), deps.clock, { onProblem: (m) => logger.warn(m) })
  const alarm = createOutageAlarm(tuning.downAlertMs, (outage) => events.emit('tunnel:down-too-long', outage))
  let lastPublicUrl: string | null = null
  let stopped = false

  const manager = createTunnelManager({
    localPort: deps.localPort,
    clock: deps.clock,
    logger,
    tuning,
    history,
    onStatus: (status) => {
      events.emit('tunnel:status-changed', status)
      alarm.observe(status)
      // Every webhook's public URL depends on the tunnel: when it changes, tell the UI to refresh them.
      const url = manager.publicUrl()
      if (url === lastPublicUrl) return
      lastPublicUrl = url
      for (const w of deps.webhooks.list()) events.emit('webhooks:changed', { id: w.id, deleted: false })
    },
    onUrlChanged: (change) => {
      const affectedWebhooks = deps.webhooks.list().map((w) => ({ id: w.id, name: w.name, url: webhookUrl(change.url, w.token) }))
      events.emit('tunnel:url-changed', { ...change, affectedWebhooks })
    },
  })

  return {
    status: manager.status,
    publicUrl: manager.publicUrl,
    history: (limit: number) => history.list(limit),
    reconnect: manager.retryNow,
    /** Makes the stable subdomain on the first start, then opens the tunnel (or not) as set. */
    async start() {
      if (!deps.settings.get().tunnelSubdomain) await deps.settings.update({ tunnelSubdomain: createStableSubdomain() })
      if (stopped) return
      await manager.configure(tunnelConfigFrom({ ...deps.settings.get(), ...overrides }))
    },
    /**
     * After `settings:update`: restarts the tunnel (in the background) when the update changes
     * what it does. A setting the user sets replaces this run's override of it.
     */
    applySettings(patch: Partial<Settings>, next: Settings) {
      const touched = TUNNEL_SETTING_KEYS.filter((key) => key in patch)
      if (stopped || touched.length === 0) return
      for (const key of touched) delete overrides[key]
      void manager.configure(tunnelConfigFrom({ ...next, ...overrides })).catch((err: Error) => logger.error('the tunnel could not restart', { err: err.message }))
    },
    async stop() {
      stopped = true
      alarm.stop()
      manager.stop()
      await history.flush()
    },
  }
}

function pickDefined<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k]
  return out
}
