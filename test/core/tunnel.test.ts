import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { openLocaltunnel } from '../../src/main/core/tunnel/open-localtunnel'
import { closedPort, postBytes, postJson } from '../support/post-json'
import {
  createWebhook,
  currentUrl,
  deliverLead,
  expectStoredLead,
  getJson,
  offline,
  online,
  sleep,
  useTunnelHarness,
  waitUntil,
} from '../support/tunnel-harness'

const t = useTunnelHarness()
const relayOn = t.relayOn
const coreWithTunnel = t.coreWithTunnel

describe('tunnel through a localtunnel-compatible relay', () => {
  it('comes online on its stable subdomain, gives webhooks the public URL, and carries a lead through the relay', async () => {
    const relay = await relayOn()
    const { core, until, statuses } = await coreWithTunnel(relay.host)

    const status = await until(online)
    // Made once at the first start, stored, and asked for.
    const { tunnelSubdomain } = await core.api['settings:get']({})
    expect(tunnelSubdomain).toMatch(/^cratio-[a-z0-9]{10}$/)
    expect(status).toMatchObject({ requestedSubdomain: tunnelSubdomain, grantedSubdomain: tunnelSubdomain, nextAttemptAt: null, reclaimAt: null, urlChangedAt: null })
    expect(status.url).toBe(`http://${tunnelSubdomain}.localhost:${relay.port}`)
    expect(core.publicUrl()).toBe(status.url)
    const id = relay.tunnelIds()[0]!
    expect(id).toBe(tunnelSubdomain)

    const webhook = await createWebhook(core)
    expect(webhook.url).toBe(`${status.url}/webhook/${webhook.token}`)
    expect(webhook.localUrl.startsWith(core.receiverUrl())).toBe(true)

    const leadId = await deliverLead(webhook.url)
    await expectStoredLead(core, leadId)
    // The client keeps its pool of sockets to the relay.
    expect(relay.connectedSockets(id)).toBeGreaterThan(0)

    // A healthy tunnel passes its checks (every 300 ms here) and is left alone: no reconnect.
    const seen = statuses.length
    await sleep(1000)
    expect(statuses.slice(seen)).toEqual([])
    expect(relay.controlRequests).toBe(1)
  })

  it('works locally while the relay is unreachable, says why, and comes online once it appears', async () => {
    const port = await closedPort()
    const host = `http://127.0.0.1:${port}`
    const { core, until } = await coreWithTunnel(host)

    const down = await until(offline)
    expect(down.reason).toBe(`cannot reach ${host} (ECONNREFUSED)`)
    expect(down.url).toBeNull()
    expect(Date.parse(down.nextAttemptAt!)).toBeGreaterThanOrEqual(Date.parse(down.since))
    expect(core.publicUrl()).toBeNull()

    const webhook = await createWebhook(core)
    expect(webhook.url).toBe(`${core.receiverUrl()}/webhook/${webhook.token}`)
    await expectStoredLead(core, await deliverLead(webhook.url))

    const relay = await relayOn({ port })
    const up = await until(online)
    expect(up.url).toMatch(new RegExp(`\\.localhost:${relay.port}$`))
    await expectStoredLead(core, await deliverLead(await currentUrl(core, webhook.id)))
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

    await t.stopCore(core)
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

  it('tries at once when asked (tunnel:reconnect) instead of waiting for the next attempt', async () => {
    const port = await closedPort()
    const { core, until } = await coreWithTunnel(`http://127.0.0.1:${port}`, { retryDelayMs: () => 60_000 })
    const down = await until(offline)
    expect(Date.parse(down.nextAttemptAt!) - Date.parse(down.since)).toBeGreaterThanOrEqual(59_000)

    await relayOn({ port })
    expect((await core.api['tunnel:reconnect']({})).state).toBe('connecting')
    await until(online, 2000)
  })

  it('opens no more tunnels an hour than the service allows, and says so', async () => {
    const relay = await relayOn({ mode: 'refuse' })
    const { until } = await coreWithTunnel(relay.host, { opensPerHour: 3 })
    const waiting = await until((s) => offline(s) && /tunnels were opened in the last hour/.test(s.reason ?? ''), 3000)
    expect(relay.controlRequests).toBe(3)
    expect(Date.parse(waiting.nextAttemptAt!) - Date.now()).toBeGreaterThan(59 * 60_000)
    await sleep(300)
    expect(relay.controlRequests).toBe(3)
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
})

describe('the tunnel client and the relay, without the core', () => {
  let echo: Server
  afterEach(() => void echo?.close())

  it("reports the client's socket errors to a listener and never lets one reach the process, even after close", async () => {
    echo = createServer((_req, res) => res.end('ok')).listen(0, '127.0.0.1')
    await once(echo, 'listening')
    const relay = await relayOn()
    const tunnel = await openLocaltunnel({ host: relay.host, localPort: (echo.address() as AddressInfo).port, timeoutMs: 2000 })
    const errors: string[] = []
    tunnel.onError((err) => errors.push(err.message))
    await relay.close()
    // Each socket's reconnect is refused: one 'error' each, which would crash a process with no listener.
    await waitUntil(() => errors.length > 0, 2000)
    expect(errors[0]).toMatch(/^connection refused: 127\.0\.0\.1:\d+/)
    tunnel.close()
    await sleep(200)
    expect(t.crashes()).toEqual([])
  })

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
