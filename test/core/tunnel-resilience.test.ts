import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { openLocaltunnel } from '../../src/main/core/tunnel/open-localtunnel'
import type { TunnelStatus } from '../../src/shared/domain'
import { closedPort } from '../support/post-json'
import {
  createWebhook,
  currentUrl,
  deliverLead,
  expectStoredLead,
  offline,
  online,
  sleep,
  TEST_TUNING,
  useTunnelHarness,
  waitUntil,
} from '../support/tunnel-harness'

const t = useTunnelHarness()
const reconnecting = (s: TunnelStatus) => s.state === 'reconnecting'
const HEALTH_INTERVAL = TEST_TUNING.healthIntervalMs!

describe('a tunnel that heals', () => {
  it('notices a relay killed and restarted (forgetting every tunnel), gets its subdomain back, and leads arrive again', async () => {
    let relay = await t.relayOn()
    // The production backoff (about 2 s, then 4, 8, ... with jitter); only the checks are faster.
    const { core, until } = await t.coreWithTunnel(relay.host, { retryDelayMs: undefined })
    const first = await until(online)
    const webhook = await createWebhook(core)
    await expectStoredLead(core, await deliverLead(webhook.url))

    const port = relay.port
    const killedAt = Date.now()
    await relay.close()
    const lost = await until(reconnecting, HEALTH_INTERVAL + 1000)
    const noticedMs = Date.now() - killedAt
    expect(noticedMs).toBeLessThan(HEALTH_INTERVAL + 200)
    // Whichever comes first: the client's refused reconnects, or the health check.
    expect(lost.reason).toMatch(new RegExp(`^(lost the tunnel to ${relay.host}: connection refused|health check failed: cannot reach ${relay.host})`))
    expect(Date.parse(lost.nextAttemptAt!)).toBeGreaterThan(Date.parse(lost.since))
    expect(core.publicUrl()).toBeNull()

    relay = await t.relayOn({ port })
    const restartedAt = Date.now()
    const back = await until(online, 6000)
    const onlineMs = Date.now() - killedAt
    const afterRestartMs = Date.now() - restartedAt
    expect(back.url).toBe(first.url)
    expect(back.grantedSubdomain).toBe(first.grantedSubdomain)
    const url = await currentUrl(core, webhook.id)
    expect(url).toBe(webhook.url)
    await expectStoredLead(core, await deliverLead(url))
    const leadMs = Date.now() - killedAt
    const backoffMs = Date.parse(lost.nextAttemptAt!) - Date.parse(lost.since)
    console.log(
      `relay restart healed: noticed ${noticedMs} ms after the kill; first retry scheduled after ${backoffMs} ms; ` +
        `online again ${onlineMs} ms after the kill (${afterRestartMs} ms after the restart); a lead through ${leadMs} ms after the kill`,
    )
  })

  it('catches, within one health interval, a tunnel the relay forgot while the client saw nothing', async () => {
    const relay = await t.relayOn()
    const { core, until } = await t.coreWithTunnel(relay.host)
    const first = await until(online)
    const webhook = await createWebhook(core)
    let errors = 0
    core.events.on('tunnel:status-changed', (s) => void (s.reason?.startsWith('lost the tunnel') && errors++))

    const forgotAt = Date.now()
    relay.forgetTunnelsSilently()
    const lost = await until(reconnecting, HEALTH_INTERVAL + 2000)
    const noticedMs = Date.now() - forgotAt
    expect(noticedMs).toBeLessThan(HEALTH_INTERVAL + 500)
    // No socket error told the client: the health check did.
    expect(errors).toBe(0)
    expect(lost.reason).toBe(`health check failed: ${relay.host} no longer knows the tunnel ${first.grantedSubdomain}`)

    const back = await until(online, 3000)
    expect(back.url).toBe(first.url)
    await expectStoredLead(core, await deliverLead(await currentUrl(core, webhook.id)))
    console.log(`silently forgotten tunnel: noticed by the health check ${noticedMs} ms after (interval ${HEALTH_INTERVAL} ms), lead through ${Date.now() - forgotAt} ms after`)
    const [latest, previous] = await core.api['tunnel:history']({})
    expect(latest).toMatchObject({ url: first.url, closedAt: null, closeReason: null })
    expect(previous).toMatchObject({ url: first.url, closeReason: lost.reason })
  })

  it('stops a client spinning against a relay that drops its sockets, long before the next health check', async () => {
    const relay = await t.relayOn({ graceMs: 60_000 })
    const { core, until } = await t.coreWithTunnel(relay.host, { healthIntervalMs: 10_000 })
    await until(online)

    const startedAt = Date.now()
    relay.dropSockets(true)
    const lost = await until(reconnecting, 5000)
    const stoppedMs = Date.now() - startedAt
    expect(stoppedMs).toBeLessThan(3000)
    expect(lost.reason).toContain("the server keeps dropping the tunnel's connections")
    // The spinning client was closed: its reconnects stop.
    const connections = relay.socketConnections
    await sleep(50)
    expect(relay.socketConnections - connections).toBeLessThan(10)
    console.log(`spinning client stopped after ${stoppedMs} ms and ${connections} socket connections (health interval 10 s)`)

    relay.dropSockets(false)
    await until((s) => online(s) && relay.connectedSockets(s.grantedSubdomain!) > 0, 5000)
    const webhook = await createWebhook(core)
    await expectStoredLead(core, await deliverLead(webhook.url))
  })
})

describe('the stable subdomain', () => {
  let other: Server | null = null
  afterEach(() => void other?.close())

  it('while held elsewhere: another URL, said loudly with the webhooks to update; taken back once free', async () => {
    const relay = await t.relayOn({ graceMs: 100 })
    const firstRun = await t.coreWithTunnel(relay.host)
    const first = await firstRun.until(online)
    const stable = first.grantedSubdomain!
    const webhook = await createWebhook(firstRun.core)
    await t.stopCore(firstRun.core)
    await waitUntil(() => !relay.tunnelIds().includes(stable), 2000, 'the relay forgetting the tunnel')

    // While the app is closed, another client takes the subdomain.
    other = createServer((_req, res) => res.end('someone else')).listen(0, '127.0.0.1')
    await once(other, 'listening')
    const squatter = await openLocaltunnel({ host: relay.host, localPort: (other.address() as AddressInfo).port, subdomain: stable, timeoutMs: 2000 })
    expect(squatter.id).toBe(stable)

    const run = await t.coreWithTunnel(relay.host)
    const moved = await run.until(online)
    expect(moved).toMatchObject({ requestedSubdomain: stable, previousUrl: first.url, urlChangedAt: expect.any(String), reclaimAt: expect.any(String) })
    expect(moved.grantedSubdomain).not.toBe(stable)
    expect(run.urlChanges).toEqual([
      {
        previousUrl: first.url,
        url: moved.url,
        at: moved.urlChangedAt,
        affectedWebhooks: [{ id: webhook.id, name: webhook.name, url: `${moved.url}/webhook/${webhook.token}` }],
      },
    ])
    // Leads still arrive, at the new URL.
    await expectStoredLead(run.core, await deliverLead(run.urlChanges[0]!.affectedWebhooks[0]!.url))
    // While it is held, the app asks the relay about it but opens no tunnel to find out.
    const opens = relay.controlRequests
    await sleep(800)
    expect(relay.controlRequests).toBe(opens)

    squatter.close()
    const back = await run.until((s) => online(s) && s.grantedSubdomain === stable, 3000)
    expect(back).toMatchObject({ url: first.url, previousUrl: moved.url, reclaimAt: null })
    expect(run.urlChanges[1]).toMatchObject({ previousUrl: moved.url, url: first.url, affectedWebhooks: [{ id: webhook.id, url: webhook.url }] })
    await expectStoredLead(run.core, await deliverLead(webhook.url))

    const history = await run.core.api['tunnel:history']({})
    expect(history.map((s) => [s.url, s.closeReason])).toEqual([
      [first.url, null],
      [moved.url, 'replaced: the stable subdomain was free again'],
      [first.url, 'the app stopped'],
    ])
  })
})

describe('down too long', () => {
  it('is raised once per outage, after the delay, and not for a short one', async () => {
    const port = await closedPort()
    const { until, outages, statuses } = await t.coreWithTunnel(`http://127.0.0.1:${port}`, { downAlertMs: 400 })
    await until(offline)
    await waitUntil(() => outages.length === 1, 2000, 'the first alarm')
    expect(outages[0]).toEqual({ since: statuses[0]!.since, reason: `cannot reach http://127.0.0.1:${port} (ECONNREFUSED)` })
    await sleep(600)
    expect(outages).toHaveLength(1)

    let relay = await t.relayOn({ port })
    await until(online)
    // A short outage (healed before the delay) raises nothing.
    const seen = statuses.length
    await relay.close()
    relay = await t.relayOn({ port })
    await waitUntil(() => statuses.slice(seen).some(reconnecting) && online(statuses.at(-1)!), 2000, 'a quick reconnect')
    await sleep(500)
    expect(outages).toHaveLength(1)

    await relay.close()
    await waitUntil(() => outages.length === 2, 3000, 'the second alarm')
    expect(Date.parse(outages[1]!.since)).toBeGreaterThan(Date.parse(outages[0]!.since))
    expect(outages[1]!.reason).toContain(`127.0.0.1:${port}`)
  })
})
