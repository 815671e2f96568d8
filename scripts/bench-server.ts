import { randomUUID } from 'node:crypto'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import express from 'express'
import { createCore } from '../src/main/core/create-core'
import { startServer } from '../src/main/core/http/start-server'
import { silentLogger } from '../src/main/core/logger'

/**
 * One side of the benchmark, in its own process so the load generator never shares its event
 * loop: `bare` (Express answering a constant: the ceiling) or `core` (the real receiver on a data
 * folder). Talks to scripts/bench.ts over IPC.
 */
const [mode, dataDir] = process.argv.slice(2)
const stalls = monitorEventLoopDelay({ resolution: 5 })
stalls.enable()
const send = (msg: object) => process.send!(msg)

async function startBare() {
  const app = express()
  app.post('/webhook/:token', express.json({ limit: '1mb' }), (_req, res) => void res.json({ data: { id: randomUUID(), status: 'created' } }))
  const server = await startServer(app, { host: '127.0.0.1', port: 0 })
  return { url: `${server.url}/webhook/bench`, acceptMs: 0, readyMs: 0, stop: server.close, list: async () => [] as number[] }
}

async function startReal() {
  // Timed from opening the data folder, as the app does at launch (this process's own start-up,
  // TypeScript compilation by tsx included, is not the product's).
  const t0 = performance.now()
  const core = await createCore({ dataDir: dataDir!, receiverPort: 0, logger: silentLogger, tunnel: { tunnelEnabled: false } })
  await core.start()
  const acceptMs = performance.now() - t0
  await core.store.leads.ready
  const readyMs = performance.now() - t0
  const [hook] = await core.api['webhooks:list']({})
  const webhook = hook ?? (await core.api['webhooks:create']({ name: 'Bench', sourceLabel: 'Bench', platform: 'custom' }))
  const list = async () => {
    const searches = ['sharma', 'pune', 'need a quote', 'gupta traders', '98765', 'zzz-none', 'iyer', 'kochi']
    const times: number[] = []
    for (let i = 0; i < 200; i++) {
      const t = performance.now()
      await core.api['leads:list']({ search: searches[i % searches.length], status: i % 2 ? 'New' : undefined, webhookId: i % 3 ? undefined : webhook.id, limit: 50 })
      times.push(performance.now() - t)
    }
    return times
  }
  return { url: webhook.url, acceptMs, readyMs, stop: () => core.stop(), list }
}

const running = await (mode === 'bare' ? startBare() : startReal())
send({ type: 'ready', url: running.url, acceptMs: running.acceptMs, readyMs: running.readyMs })
process.on('message', async (msg: { type: string }) => {
  if (msg.type === 'reset') stalls.reset()
  if (msg.type === 'report') {
    // Measured after a full collection (the process runs with --expose-gc): what stays, not what waits to be collected.
    ;(globalThis as { gc?: () => void }).gc?.()
    const m = process.memoryUsage()
    send({ type: 'report', maxStallMs: stalls.max / 1e6, p99StallMs: stalls.percentile(99) / 1e6, rssMb: m.rss / 1e6, heapMb: m.heapUsed / 1e6 })
  }
  if (msg.type === 'list') send({ type: 'list', times: await running.list() })
  if (msg.type === 'stop') {
    await running.stop()
    send({ type: 'stopped' })
    process.exit(0)
  }
})
