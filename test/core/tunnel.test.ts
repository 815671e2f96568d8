import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TunnelStatus } from '../../src/shared/domain'
import { createCore, type Core, type CoreOptions } from '../../src/main/core/create-core'
import { silentLogger } from '../../src/main/core/logger'
import { openLocaltunnel } from '../../src/main/core/tunnel/open-localtunnel'
import { closedPort, postBytes, postJson } from '../support/post-json'
import { makeDataDir, removeDir, SEED_LEAD as LEAD } from '../support/test-core'
import { startRelay, type Relay } from '../support/tunnel-relay'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

let dataDir: string
let cores: Core[] = []
let relays: Relay[] = []
let crashes: unknown[] = []
const onCrash = (err: unknown) => void crashes.push(err)

beforeEach(async () => {
  dataDir = await makeDataDir()
  crashes = []
  process.on('uncaughtException', onCrash)
  process.on('unhandledRejection', onCrash)
})

afterEach(async () => {
  await Promise.all(cores.map((c) => c.stop()))
  await Promise.all(relays.map((r) => r.close()))
  cores = []
  relays = []
  process.off('uncaughtException', onCrash)
  process.off('unhandledRejection', onCrash)
  await removeDir(dataDir)
  expect(crashes).toEqual([])
})

async function relayOn(options: Parameters<typeof startRelay>[0] = {}) {
  const relay = await startRelay(options)
  relays.push(relay)
  return relay
}

/** A started core pointed at `host`, with every tunnel status it reports recorded in order. */
async function coreWithTunnel(host: string, tunnel: Partial<NonNullable<CoreOptions['tunnel']>> = {}) {
  const core = await createCore({
    dataDir,
    receiverPort: 0,
    logger: silentLogger,
    tunnel: { tunnelEnabled: true, tunnelHost: host, openTimeoutMs: 2000, retryDelayMs: () => 100, ...tunnel },
  })
  cores.push(core)
  const statuses: TunnelStatus[] = []
  core.events.on('tunnel:status-changed', (s) => statuses.push(s))
  await core.start()
  return { core, statuses, until: (pred: (s: TunnelStatus) => boolean, ms?: number) => waitForStatus(core, pred, ms) }
}

/** The first status (current or coming) that matches, or a failure naming the last one seen. */
function waitForStatus(core: Core, pred: (s: TunnelStatus) => boolean, timeoutMs = 5000): Promise<TunnelStatus> {
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

const online = (s: TunnelStatus) => s.state === 'online'
const offline = (s: TunnelStatus) => s.state === 'offline'

async function createWebhook(core: Core) {
  return core.api['webhooks:create']({ name: 'Facebook campaign', sourceLabel: 'Facebook Ads', platform: 'facebook' })
}

/** POSTs the lead to `url` and checks the receiver's answer; returns the new lead's id. */
async function deliverLead(url: string): Promise<string> {
  const answer = await postJson(url, LEAD)
  expect(answer).toEqual({ status: 200, body: { data: { id: expect.stringMatching(UUID), status: 'created' } } })
  return (answer.body as { data: { id: string } }).data.id
}

async function expectStoredLead(core: Core, id: string) {
  const { items } = await core.api['leads:list']({ limit: 10, offset: 0 })
  const lead = items.find((l) => l.id === id)
  expect(lead).toMatchObject({ name: LEAD.name, email: LEAD.email, company: LEAD.company, city: LEAD.city, source: LEAD.source, notes: LEAD.message })
  // Digits only: the number may later be stored as E.164.
  expect(lead!.phone.replace(/\D/g, '')).toBe('919876543210')
}

describe('tunnel through a localtunnel-compatible relay', () => {
  it('comes online, gives webhooks the public URL, and carries a lead through the relay', async () => {
    const relay = await relayOn()
    const { core, until } = await coreWithTunnel(relay.host)

    const status = await until(online)
    expect(status.url).toMatch(new RegExp(`^http://[a-z0-9-]+\\.localhost:${relay.port}$`))
    expect(core.publicUrl()).toBe(status.url)
    const id = relay.tunnelIds()[0]!
    expect(status.url).toBe(`http://${id}.localhost:${relay.port}`)

    const webhook = await createWebhook(core)
    expect(webhook.url).toBe(`${status.url}/webhook/${webhook.token}`)
    expect(webhook.localUrl.startsWith(core.receiverUrl())).toBe(true)

    const leadId = await deliverLead(webhook.url)
    await expectStoredLead(core, leadId)
    // The client keeps its pool of sockets to the relay.
    expect(relay.connectedSockets(id)).toBeGreaterThan(0)
  })

  it('works locally while the relay is unreachable, says why, and comes online once it appears', async () => {
    const port = await closedPort()
    const host = `http://127.0.0.1:${port}`
    const { core, until } = await coreWithTunnel(host)

    const down = await until(offline)
    expect(down.reason).toContain(host)
    expect(down.url).toBeNull()
    expect(core.publicUrl()).toBeNull()

    const webhook = await createWebhook(core)
    expect(webhook.url).toBe(`${core.receiverUrl()}/webhook/${webhook.token}`)
    await expectStoredLead(core, await deliverLead(webhook.url))

    const relay = await relayOn({ port })
    const up = await until(online)
    expect(up.url).toMatch(new RegExp(`\\.localhost:${relay.port}$`))
    await expectStoredLead(core, await deliverLead((await core.api['webhooks:get']({ id: webhook.id })).url))
  })

  it('gives up on a relay that never answers after openTimeoutMs, says so, and tries again', async () => {
    const relay = await relayOn({ mode: 'hang' })
    const { statuses, until } = await coreWithTunnel(relay.host, { openTimeoutMs: 300, retryDelayMs: () => 100 })

    const down = await until(offline, 3000)
    const waited = Date.parse(down.since) - Date.parse(statuses[0]!.since)
    expect(statuses[0]!.state).toBe('connecting')
    expect(waited).toBeGreaterThanOrEqual(290)
    expect(waited).toBeLessThan(1300)
    expect(down.reason).toBe(`${relay.host} did not answer within 300 ms`)
    await until((s) => s.state === 'connecting', 2000)
    await waitUntil(() => relay.controlRequests >= 2, 2000)
  })

  it('abandons an open in progress when the core stops', async () => {
    const relay = await relayOn({ mode: 'hang' })
    const { core, statuses } = await coreWithTunnel(relay.host, { openTimeoutMs: 10_000 })
    await waitUntil(() => relay.openControlRequests() === 1, 2000)

    await core.stop()
    cores = []
    // Well before the 10 s limit: the request was cancelled, not left to time out.
    await waitUntil(() => relay.openControlRequests() === 0, 2000)
    await sleep(200)
    expect(statuses.map((s) => s.state)).toEqual(['connecting', 'disabled'])
  })

  it('reports a relay that refuses, and comes online once it accepts', async () => {
    const relay = await relayOn({ mode: 'refuse' })
    const { until } = await coreWithTunnel(relay.host)
    const down = await until(offline)
    expect(down.reason).toBe(`${relay.host} refused the tunnel: the relay takes no new tunnels`)

    relay.mode = 'normal'
    await until(online)
  })

  it('carries a burst of concurrent leads over a pool of two sockets', async () => {
    const relay = await relayOn({ maxConnCount: 2 })
    const { core, until } = await coreWithTunnel(relay.host)
    await until(online)
    const webhook = await createWebhook(core)

    const ids = await Promise.all(Array.from({ length: 8 }, () => deliverLead(webhook.url)))
    expect(new Set(ids).size).toBe(8)
    expect((await core.api['leads:list']({ limit: 10, offset: 0 })).total).toBe(8)
    expect(relay.connectedSockets(relay.tunnelIds()[0]!)).toBeLessThanOrEqual(2)
  })

  it('survives the relay dying while online, goes offline, and reconnects to the same URL when it returns', async () => {
    let relay = await relayOn()
    const { core, until } = await coreWithTunnel(relay.host)
    const first = await until(online)
    const webhook = await createWebhook(core)

    const port = relay.port
    const diedAt = Date.now()
    await relay.close()
    const down = await until(offline, 3000)
    expect(Date.now() - diedAt).toBeLessThan(2000)
    expect(core.publicUrl()).toBeNull()
    // The client's only sign of a dead server: its sockets' reconnects are refused.
    expect(down.reason).toMatch(/^lost the tunnel to http:\/\/127\.0\.0\.1:\d+: connection refused: 127\.0\.0\.1:\d+/)
    expect(down.reason).toContain(relay.host)

    relay = await relayOn({ port })
    const back = await until(online, 5000)
    expect(back.url).toBe(first.url)
    await expectStoredLead(core, await deliverLead((await core.api['webhooks:get']({ id: webhook.id })).url))
  })
})

describe('the tunnel client and the relay, without the core', () => {
  let echo: Server
  afterEach(() => void echo?.close())

  it('carries bytes exactly, including ones that are not UTF-8, and the relay reports its tunnels', async () => {
    // Answers the SHA-256 of the body it got.
    echo = createServer((req, res) => {
      const hash = createHash('sha256')
      req.on('data', (c: Buffer) => hash.update(c))
      req.on('end', () => res.end(JSON.stringify({ sha256: hash.digest('hex') })))
    }).listen(0, '127.0.0.1')
    await once(echo, 'listening')
    const relay = await relayOn({ maxConnCount: 1 })
    const tunnel = await openLocaltunnel({ host: relay.host, localPort: (echo.address() as AddressInfo).port, timeoutMs: 2000 })
    try {
      const bodies = [Buffer.from('name=Jos\xe9&city=S\xe3o Paulo', 'latin1'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x80]), Buffer.from('{"name":"राहुल"}')]
      for (const body of bodies) {
        const answer = await postBytes(tunnel.url, body, 'application/octet-stream')
        expect(answer).toMatchObject({ status: 200, body: { sha256: createHash('sha256').update(body).digest('hex') } })
      }

      expect(await getJson(`${relay.host}/api/status`)).toEqual({ status: 200, body: { tunnels: 1 } })
      expect(await getJson(`${relay.host}/api/tunnels/${tunnel.id}/status`)).toEqual({ status: 200, body: { connected_sockets: 1 } })
      expect((await getJson(`${relay.host}/api/tunnels/nosuchtunnel/status`)).status).toBe(404)
      expect((await postJson(`http://nosuchtunnel.localhost:${relay.port}/webhook/x`, {})).status).toBe(404)
    } finally {
      tunnel.close()
    }
  })
})

async function getJson(url: string) {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
  return { status: res.status, body: await res.json() }
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms))
}

async function waitUntil(cond: () => boolean, timeoutMs: number) {
  const end = Date.now() + timeoutMs
  while (!cond()) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`)
    await sleep(20)
  }
}
