import { afterEach, beforeEach, expect } from 'vitest'
import { createCore, type Core } from '../../src/main/core/create-core'
import { silentLogger } from '../../src/main/core/logger'
import type { TunnelOverrides } from '../../src/main/core/tunnel/create-tunnel-service'
import type { TunnelOutage, TunnelStatus, TunnelUrlChange } from '../../src/shared/domain'
import { postJson } from './post-json'
import { makeDataDir, removeDir, SEED_LEAD as LEAD } from './test-core'
import { startRelay, type Relay, type RelayOptions } from './tunnel-relay'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Short timings for tests: a check every 300 ms, a retry after 100 ms, a reclaim every 300 ms;
 * a subdomain just closed is awaited 1.5 s (the relay, like the real server, keeps it 1 s).
 */
export const TEST_TUNING: TunnelOverrides = {
  openTimeoutMs: 2000,
  retryDelayMs: () => 100,
  healthIntervalMs: 300,
  healthTimeoutMs: 1000,
  reclaimDelayMs: () => 300,
  releaseWaitMs: 1500,
}

export interface TunnelCore {
  core: Core
  statuses: TunnelStatus[]
  urlChanges: TunnelUrlChange[]
  outages: TunnelOutage[]
  until(pred: (s: TunnelStatus) => boolean, timeoutMs?: number): Promise<TunnelStatus>
}

/**
 * Per test: a data folder, and every relay and core started through the harness stopped
 * afterwards. Any uncaught exception or unhandled rejection during the test fails it: errors from
 * the tunnel client must never reach the process.
 */
export function useTunnelHarness() {
  const h = { dataDir: '', cores: [] as Core[], relays: [] as Relay[], crashes: [] as unknown[] }
  const onCrash = (err: unknown) => void h.crashes.push(err)

  beforeEach(async () => {
    h.dataDir = await makeDataDir()
    h.crashes = []
    process.on('uncaughtException', onCrash)
    process.on('unhandledRejection', onCrash)
  })
  afterEach(async () => {
    await Promise.all(h.cores.map((c) => c.stop()))
    await Promise.all(h.relays.map((r) => r.close()))
    h.cores = []
    h.relays = []
    process.off('uncaughtException', onCrash)
    process.off('unhandledRejection', onCrash)
    await removeDir(h.dataDir)
    expect(h.crashes).toEqual([])
  })

  return {
    get dataDir() {
      return h.dataDir
    },
    crashes: () => h.crashes,
    async relayOn(options: RelayOptions = {}) {
      const relay = await startRelay(options)
      h.relays.push(relay)
      return relay
    },
    /** A started core pointed at `host` (or with the given overrides), recording every tunnel event. */
    async coreWithTunnel(host: string, overrides: TunnelOverrides = {}): Promise<TunnelCore> {
      const core = await createCore({
        dataDir: h.dataDir,
        receiverPort: 0,
        logger: silentLogger,
        tunnel: { tunnelEnabled: true, tunnelHost: host, ...TEST_TUNING, ...overrides },
      })
      h.cores.push(core)
      const recorded = { statuses: [] as TunnelStatus[], urlChanges: [] as TunnelUrlChange[], outages: [] as TunnelOutage[] }
      core.events.on('tunnel:status-changed', (s) => recorded.statuses.push(s))
      core.events.on('tunnel:url-changed', (c) => recorded.urlChanges.push(c))
      core.events.on('tunnel:down-too-long', (o) => recorded.outages.push(o))
      await core.start()
      return { core, ...recorded, until: (pred, ms) => waitForStatus(core, pred, ms) }
    },
    /** Stops a core started here (as the app does on quit). */
    async stopCore(core: Core) {
      await core.stop()
      h.cores = h.cores.filter((c) => c !== core)
    },
  }
}

/** The first status (current or coming) that matches, or a failure naming the last one seen. */
export function waitForStatus(core: Core, pred: (s: TunnelStatus) => boolean, timeoutMs = 5000): Promise<TunnelStatus> {
  return new Promise((resolve, reject) => {
    let last: TunnelStatus | null = null
    const check = (s: TunnelStatus) => {
      last = s
      if (!pred(s)) return
      clearTimeout(timer)
      off()
      resolve(s)
    }
    const timer = setTimeout(() => {
      off()
      reject(new Error(`tunnel status did not match within ${timeoutMs} ms; last: ${JSON.stringify(last)}`))
    }, timeoutMs)
    const off = core.events.on('tunnel:status-changed', check)
    void core.api['tunnel:status']({}).then(check)
  })
}

export const online = (s: TunnelStatus) => s.state === 'online'
export const offline = (s: TunnelStatus) => s.state === 'offline'

export async function createWebhook(core: Core, name = 'Facebook campaign') {
  return core.api['webhooks:create']({ name, sourceLabel: 'Facebook Ads', platform: 'facebook' })
}

/** POSTs the lead to `url` and checks the receiver's answer; returns the new lead's id. */
export async function deliverLead(url: string): Promise<string> {
  const answer = await postJson(url, LEAD)
  expect(answer).toEqual({ status: 200, body: { data: { id: expect.stringMatching(UUID), status: 'created' } } })
  return (answer.body as { data: { id: string } }).data.id
}

export async function expectStoredLead(core: Core, id: string) {
  const { items } = await core.api['leads:list']({ limit: 10, offset: 0 })
  const lead = items.find((l) => l.id === id)
  expect(lead).toMatchObject({ name: LEAD.name, email: LEAD.email, company: LEAD.company, city: LEAD.city, source: LEAD.source, notes: LEAD.message })
  // Digits only: the number may later be stored as E.164.
  expect(lead!.phone.replace(/\D/g, '')).toBe('919876543210')
}

/** The webhook's URL as the core gives it now (public when online). */
export async function currentUrl(core: Core, webhookId: string) {
  return (await core.api['webhooks:get']({ id: webhookId })).url
}

export function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms))
}

export async function waitUntil(cond: () => boolean, timeoutMs: number, what = 'condition') {
  const end = Date.now() + timeoutMs
  while (!cond()) {
    if (Date.now() > end) throw new Error(`${what} not met within ${timeoutMs} ms`)
    await sleep(10)
  }
}

export async function getJson(url: string) {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
  return { status: res.status, body: await res.json() }
}
