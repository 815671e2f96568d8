import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackoff } from '../../src/main/core/tunnel/backoff'
import { createOpenBudget } from '../../src/main/core/tunnel/open-budget'
import { probePublicUrl } from '../../src/main/core/tunnel/probe-public-url'
import { createStableSubdomain } from '../../src/main/core/tunnel/stable-subdomain'
import { tunnelSubdomainSchema } from '../../src/shared/domain'

describe('backoff', () => {
  it('doubles from the base up to the cap, each delay shortened by at most the jitter', () => {
    const exact = createBackoff({ baseMs: 1000, maxMs: 15_000, jitter: 0 })
    expect(Array.from({ length: 7 }, () => exact.next())).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000, 15_000])
    exact.reset()
    expect(exact.next()).toBe(1000)

    const jittered = createBackoff({ baseMs: 1000, maxMs: 60_000, jitter: 0.3 })
    for (let i = 0; i < 50; i++) {
      const full = Math.min(60_000, 1000 * 2 ** i)
      const d = jittered.next()
      expect(d).toBeGreaterThanOrEqual(Math.floor(full * 0.7))
      expect(d).toBeLessThanOrEqual(full)
    }
  })
})

describe('open budget', () => {
  it('allows so many opens in any hour, then says how long to wait', () => {
    let now = 0
    const budget = createOpenBudget(3, () => now)
    for (const at of [0, 10_000, 20_000]) {
      now = at
      expect(budget.waitMs()).toBe(0)
      budget.record()
    }
    now = 30_000
    expect(budget.waitMs()).toBe(3_600_000 - 30_000)
    now = 3_600_000
    expect(budget.waitMs()).toBe(0)
  })
})

describe('stable subdomain', () => {
  it('is cratio- and 10 random letters or digits, valid for the server, different each time', () => {
    const SERVER_RULE = /^(?:[a-z0-9][a-z0-9-]{4,63}[a-z0-9]|[a-z0-9]{4,63})$/
    const made = Array.from({ length: 100 }, createStableSubdomain)
    for (const s of made) {
      expect(s).toMatch(/^cratio-[a-z0-9]{10}$/)
      expect(SERVER_RULE.test(s) && tunnelSubdomainSchema.safeParse(s).success).toBe(true)
    }
    expect(new Set(made).size).toBe(100)
  })
})

describe('public URL probe', () => {
  let server: Server | null = null
  afterEach(() => void server?.close())

  async function serve(status: number, body: string) {
    const seen: IncomingHttpHeaders[] = []
    server = createServer((req, res) => {
      seen.push(req.headers)
      res.writeHead(status).end(body)
    }).listen(0, '127.0.0.1')
    await once(server, 'listening')
    return { base: `http://some-tunnel.localhost:${(server.address() as AddressInfo).port}`, seen }
  }

  it('reaches *.localhost on loopback, skips the interstitial and does not look like a browser', async () => {
    const { base, seen } = await serve(200, '{"status":"ok"}')
    expect(await probePublicUrl(base, 1000)).toBeNull()
    expect(seen[0]).toMatchObject({ host: new URL(base).host, 'bypass-tunnel-reminder': '1' })
    expect(seen[0]!['user-agent']).toMatch(/^CratioDesk-TunnelCheck\//)
    expect(seen[0]!['user-agent']).not.toMatch(/Mozilla/)
  })

  it("fails on any answer that is not the receiver's health answer", async () => {
    const page = await serve(511, '<html>Friendly reminder</html>')
    expect(await probePublicUrl(page.base, 1000)).toBe(`${page.base} answered HTTP 511 instead of reaching this computer`)
    server!.close()
    const other = await serve(200, '<html>a proxy page</html>')
    expect(await probePublicUrl(other.base, 1000)).toBe(`${other.base} answered, but not with this computer's receiver`)
  })
})
