import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseServeArgs } from '../../src/main/headless/parse-serve-args'
import type { TunnelStatus } from '../../src/shared/domain'
import { createWebhook, currentUrl, deliverLead, expectStoredLead, online, sleep, useTunnelHarness, waitUntil } from '../support/tunnel-harness'

const t = useTunnelHarness()
const direct = (s: TunnelStatus) => s.state === 'direct'

describe('tunnel settings', () => {
  it('with a direct URL opens no tunnel and webhook URLs use it; clearing it brings the tunnel back, and each change is announced', async () => {
    const relay = await t.relayOn()
    const { core, until, urlChanges } = await t.coreWithTunnel(relay.host)
    const tunnelled = await until(online)
    const webhook = await createWebhook(core)

    const saved = await core.api['settings:update']({ directUrl: 'https://leads.example.com/cratio/' })
    expect(saved.directUrl).toBe('https://leads.example.com/cratio')
    const viaDirect = await until(direct)
    expect(viaDirect).toMatchObject({ url: 'https://leads.example.com/cratio', requestedSubdomain: null, grantedSubdomain: null })
    expect(core.publicUrl()).toBe('https://leads.example.com/cratio')
    expect(await currentUrl(core, webhook.id)).toBe(`https://leads.example.com/cratio/webhook/${webhook.token}`)
    expect(urlChanges.at(-1)).toMatchObject({ previousUrl: tunnelled.url, url: 'https://leads.example.com/cratio' })
    // The tunnel was closed, and no other is opened.
    await waitUntil(() => relay.tunnelIds().length === 0, 3000, 'the relay forgetting the tunnel')
    const opens = relay.controlRequests
    await sleep(300)
    expect(relay.controlRequests).toBe(opens)
    // The receiver still answers locally.
    await expectStoredLead(core, await deliverLead(webhook.localUrl))

    await core.api['settings:update']({ directUrl: null })
    const back = await until(online)
    expect(back.url).toBe(tunnelled.url)
    expect(urlChanges.at(-1)).toMatchObject({ previousUrl: 'https://leads.example.com/cratio', url: tunnelled.url })
    await expectStoredLead(core, await deliverLead(await currentUrl(core, webhook.id)))
  })

  it('a direct URL given for this run (a flag) wins over the tunnel from the start', async () => {
    const relay = await t.relayOn()
    const { core, until, statuses } = await t.coreWithTunnel(relay.host, { directUrl: 'http://203.0.113.7:8080' })
    await until(direct)
    expect(statuses.map((s) => s.state)).toEqual(['direct'])
    expect((await createWebhook(core)).url).toMatch(/^http:\/\/203\.0\.113\.7:8080\/webhook\//)
    expect(relay.controlRequests).toBe(0)
  })

  it('a new subdomain in Settings reopens the tunnel under it and announces the new URL', async () => {
    const relay = await t.relayOn()
    const { core, until, urlChanges } = await t.coreWithTunnel(relay.host)
    const before = await until(online)
    const webhook = await createWebhook(core)

    await core.api['settings:update']({ tunnelSubdomain: 'acme-leads' })
    const after = await until((s) => online(s) && s.grantedSubdomain === 'acme-leads')
    expect(after).toMatchObject({ requestedSubdomain: 'acme-leads', url: `http://acme-leads.localhost:${relay.port}`, previousUrl: before.url })
    expect(urlChanges).toEqual([
      { previousUrl: before.url, url: after.url, at: after.urlChangedAt, affectedWebhooks: [{ id: webhook.id, name: webhook.name, url: `${after.url}/webhook/${webhook.token}` }] },
    ])
    await expectStoredLead(core, await deliverLead(await currentUrl(core, webhook.id)))
    // Settings that do not concern the tunnel leave it alone.
    const opens = relay.controlRequests
    await core.api['settings:update']({ team: [] })
    await sleep(200)
    expect(relay.controlRequests).toBe(opens)
  })

  it('refuses invalid tunnel settings with their reason', async () => {
    const relay = await t.relayOn()
    const { core } = await t.coreWithTunnel(relay.host)
    const refused = async (patch: Record<string, unknown>) => {
      const err = await core.api['settings:update'](patch as never).catch((e: { code: string; message: string }) => e)
      expect(err).toMatchObject({ code: 'invalid_input' })
      return (err as { message: string }).message
    }
    expect(await refused({ tunnelSubdomain: 'Acme_Leads' })).toContain('tunnelSubdomain: Use 4 to 63 lowercase letters')
    for (const bad of ['abc', '-acme-leads', 'acme-leads-', 'ab-c', 'a'.repeat(64)]) await refused({ tunnelSubdomain: bad })
    for (const bad of ['leads.example.com', 'ftp://leads.example.com', 'https://leads.example.com/?a=1', 'https://x.com/#top']) await refused({ directUrl: bad })
    await refused({ tunnelHost: 'not a url' })
    // Valid edge cases pass.
    for (const ok of ['abcd', 'a1-b2c', 'z'.repeat(63)]) expect((await core.api['settings:update']({ tunnelSubdomain: ok })).tunnelSubdomain).toBe(ok)
  })

  it('takes --tunnel-subdomain on the command line', () => {
    expect(parseServeArgs(['--tunnel-subdomain', 'acme-leads'])).toMatchObject({ tunnelSubdomain: 'acme-leads' })
    expect(() => parseServeArgs(['--tunnel-subdomain', 'Acme'])).toThrow(/--tunnel-subdomain/)
  })
})

describe('tunnel history', () => {
  it('records every session with why it closed, newest first, and keeps it across restarts', async () => {
    const relay = await t.relayOn()
    const run = await t.coreWithTunnel(relay.host)
    const first = await run.until(online)
    await run.core.api['settings:update']({ tunnelSubdomain: 'acme-leads' })
    const second = await run.until((s) => online(s) && s.grantedSubdomain === 'acme-leads')
    await t.stopCore(run.core)

    const next = await t.coreWithTunnel(relay.host)
    await next.until(online)
    const history = await next.core.api['tunnel:history']({})
    expect(history.map((s) => [s.url, s.closeReason])).toEqual([
      [second.url, null],
      [second.url, 'the app stopped'],
      [first.url, 'the tunnel settings changed'],
    ])
    expect(history[1]).toMatchObject({ host: relay.host, requestedSubdomain: 'acme-leads', grantedSubdomain: 'acme-leads', closedAt: expect.any(String) })
    expect(Date.parse(history[2]!.closedAt!)).toBeGreaterThanOrEqual(Date.parse(history[2]!.openedAt))
    expect(await next.core.api['tunnel:history']({ limit: 1 })).toHaveLength(1)
  })

  it('marks a session a crash left open, keeps the last 200, and sets a damaged file aside', async () => {
    const file = join(t.dataDir, 'tunnel-history.json')
    const session = (i: number, closed: boolean) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      host: 'https://localtunnel.me',
      url: `https://s${i}.loca.lt`,
      requestedSubdomain: `s${i}`,
      grantedSubdomain: `s${i}`,
      openedAt: new Date(1_700_000_000_000 + i * 1000).toISOString(),
      closedAt: closed ? new Date(1_700_000_000_500 + i * 1000).toISOString() : null,
      closeReason: closed ? 'health check failed: x' : null,
    })
    const sessions = Array.from({ length: 200 }, (_, i) => session(i, i < 199))
    await writeFile(file, JSON.stringify({ schemaVersion: 1, sessions }))

    const relay = await t.relayOn()
    const run = await t.coreWithTunnel(relay.host)
    await run.until(online)
    const history = await run.core.api['tunnel:history']({ limit: 200 })
    expect(history).toHaveLength(200)
    expect(history[1]).toMatchObject({ url: 'https://s199.loca.lt', closedAt: null, closeReason: 'cut short: the app stopped without closing it' })
    expect(history.at(-1)!.url).toBe('https://s1.loca.lt')
    await t.stopCore(run.core)
    const stored = JSON.parse(await readFile(file, 'utf8'))
    expect(stored.sessions).toHaveLength(200)

    await writeFile(file, '{"schemaVersion":1,"sessions":[{"nope":')
    const again = await t.coreWithTunnel(relay.host)
    await again.until(online)
    expect(await again.core.api['tunnel:history']({})).toHaveLength(1)
    expect((await readdir(t.dataDir)).some((f) => f.startsWith('tunnel-history.json.corrupt-'))).toBe(true)
  })
})
