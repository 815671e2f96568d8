import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import type { Settings } from '../../shared/domain'
import { createBackgroundTasks } from './background-tasks'
import { createApi } from './create-api'
import { createLeadgenFetcher } from './intake/create-leadgen-fetcher'
import { createLeadIntake } from './intake/create-lead-intake'
import { validateApi } from './validate-api'
import { createMappingService } from './webhooks/create-mapping-service'
import { createEventBus } from './event-bus'
import { startServer, type RunningServer } from './http/start-server'
import { consoleLogger, type Logger } from './logger'
import { createReceiverApp, type DeliveryEntry } from './receiver/create-receiver-app'
import { lockDataDir } from './store/lock-data-dir'
import { openStore } from './store/open-store'
import { createTunnelService, type TunnelOverrides } from './tunnel/create-tunnel-service'
import { createWebhookService } from './webhooks/create-webhook-service'

export interface CoreOptions {
  dataDir: string
  /** 0 picks any free port. */
  receiverPort?: number
  receiverHost?: string
  /** Overrides the stored tunnel settings for this run (command-line flags, tests). */
  tunnel?: TunnelOverrides
  clock?: () => Date
  logger?: Logger
  version?: string
}

export const DEFAULT_SETTINGS: Settings = {
  tunnelEnabled: true,
  tunnelHost: 'https://localtunnel.me',
  tunnelSubdomain: null,
  directUrl: null,
  team: [],
  distribution: [],
  deliveryRetention: { days: 30, perWebhook: 10_000 },
}

export type Core = Awaited<ReturnType<typeof createCore>>

/** Builds the whole product from its dependencies; the Electron and headless shells only add transports. */
export async function createCore(options: CoreOptions) {
  const clock = options.clock ?? (() => new Date())
  const logger = options.logger ?? consoleLogger
  const events = createEventBus()
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 })
  const unlock = await lockDataDir(options.dataDir)
  const store = await openStore(options.dataDir, DEFAULT_SETTINGS, clock).catch(async (err) => {
    await unlock()
    throw err
  })
  let receiver: RunningServer | null = null
  const receiverUrl = () => receiver?.url ?? ''

  const tunnel = await createTunnelService({
    dataDir: options.dataDir,
    settings: store.settings,
    webhooks: store.webhooks,
    events,
    clock,
    logger,
    localPort: () => receiver?.port ?? 0,
    overrides: options.tunnel,
  }).catch(async (err) => {
    await unlock()
    throw err
  })
  const publicBase = () => tunnel.publicUrl() ?? receiverUrl()
  const webhooks = createWebhookService({ store, events, clock, publicBase, localBase: receiverUrl })
  const background = createBackgroundTasks()
  const leadgen = createLeadgenFetcher({ store, events, clock, logger })
  const intake = createLeadIntake({ store, events, clock, logger, background, onLeadgen: (lead) => void background.track(leadgen.fetchLead(lead.id)) })
  const mapping = createMappingService({ store, events, webhooks, clock })

  const logDelivery = (entry: DeliveryEntry) => {
    const delivery = { ...entry, id: randomUUID(), receivedAt: clock().toISOString() }
    if (entry.errorCode === 'store_write_failed') {
      // The platform was told to retry (503); the owner must learn that the disk is refusing writes.
      const problem = { at: delivery.receivedAt, code: entry.errorCode, message: `A lead could not be saved: ${entry.message}` }
      store.problems.push(problem)
      if (store.problems.length > 100) store.problems.shift()
      events.emit('app:problem', problem)
    }
    events.emit('deliveries:logged', delivery)
    background.track(store.deliveries.add(delivery)).catch((err: Error) => logger.warn('could not write the delivery log', { err: err.message }))
  }

  const api = validateApi(createApi({
    store,
    webhooks,
    mapping,
    leadgen,
    tunnel,
    info: () => ({ version: options.version ?? '0.0.0', receiverUrl: receiverUrl(), dataDir: options.dataDir }),
  }))

  return {
    api,
    events,
    /** The repositories, for scripts that bulk-load (seed, benchmark); product code goes through `api`. */
    store,
    receiverUrl,
    publicUrl: () => tunnel.publicUrl(),
    /** Starts the receiver, then (without waiting for it) the tunnel, which needs the receiver's port. */
    async start() {
      const app = createReceiverApp({ findWebhook: (t) => store.webhooks.findByToken(t), receive: intake.receive, logDelivery, logger })
      receiver = await startServer(app, { host: options.receiverHost ?? '127.0.0.1', port: options.receiverPort ?? 0 })
      logger.info('receiver listening', { url: receiver.url })
      // Tracked, so that stopping waits for its first settings write (the stable subdomain).
      void background.track(tunnel.start()).catch((err: Error) => logger.error('the tunnel could not start', { err: err.message }))
    },
    async stop() {
      await tunnel.stop()
      await receiver?.close()
      receiver = null
      await background.drain()
      await unlock()
    },
  }
}
