import { fork } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { seedLeads } from './seed-leads'

/**
 * `npm run bench`: in one run, the bare Express ceiling, then the real receiver with 0, 10,000 and
 * 100,000 stored leads, under the same load (64 connections, BENCH_SECONDS each, loopback only).
 * Never part of `npm test`.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 64
const SIZES = (process.env.BENCH_SIZES ?? '0,10000,100000').split(',').map(Number)
const BODY = JSON.stringify({ name: 'Rahul Sharma', email: 'rahul@techcorp.in', phone: '+91 98765 43210', company: 'TechCorp Solutions', city: 'Mumbai', source: 'Facebook Ads', message: 'Interested in your product' })

type Msg = { type: string; [k: string]: any }

function startServerProcess(mode: 'bare' | 'core', dataDir = '') {
  const spawnedAt = performance.now()
  const child = fork(join(import.meta.dirname, 'bench-server.ts'), [mode, dataDir], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const next = (type: string) =>
    new Promise<Msg>((resolve, reject) => {
      const onMsg = (m: Msg) => m.type === type && (child.off('message', onMsg), resolve(m))
      child.on('message', onMsg)
      child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)))
    })
  return { child, spawnedAt, next, ask: (type: string, answer = type) => (child.send({ type }), next(answer)) }
}

async function countLeadsOnDisk(dataDir: string): Promise<{ count: number; bytes: number }> {
  const dir = join(dataDir, 'leads')
  let count = 0
  let bytes = 0
  for (const f of await readdir(dir)) {
    if (!/^leads-\d+\.json$/.test(f)) continue
    const text = await readFile(join(dir, f), 'utf8')
    bytes += (await stat(join(dir, f))).size
    count += (JSON.parse(text) as { items: unknown[] }).items.length
  }
  return { count, bytes }
}

async function load(url: string) {
  const result = await autocannon({ url, method: 'POST', connections: CONNECTIONS, duration: SECONDS, headers: { 'content-type': 'application/json' }, body: BODY })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok: result['2xx'], other: result.non2xx + result.errors + result.timeouts }
}

interface Row {
  name: string
  rps: number
  p50: number
  p99: number
  maxStallMs: number
  p99StallMs: number
  rssMb: number
  heapMb: number
  startMs: number
  readyMs: number
  ok: number
  other: number
  onDiskOk?: boolean
  extraOnDisk?: number
  diskMb?: number
}

async function runScenario(name: string, mode: 'bare' | 'core', dataDir?: string, seeded = 0): Promise<{ row: Row; listTimes?: number[] }> {
  const server = startServerProcess(mode, dataDir)
  const ready = await server.next('ready')
  server.child.send({ type: 'reset' })
  const stats = await load(ready.url)
  const report = await server.ask('report')
  const listTimes = mode === 'core' && seeded > 0 ? (await server.ask('list')).times : undefined
  await server.ask('stop', 'stopped')
  const row: Row = { name, ...stats, maxStallMs: report.maxStallMs, p99StallMs: report.p99StallMs, rssMb: report.rssMb, heapMb: report.heapMb, startMs: ready.acceptMs, readyMs: ready.readyMs }
  if (dataDir) {
    const disk = await countLeadsOnDisk(dataDir)
    // Requests still in flight when the load stops are stored but never counted as 2xx by the load
    // generator: every 2xx must be on disk, plus at most one in-flight request per connection.
    row.extraOnDisk = disk.count - seeded - stats.ok
    row.onDiskOk = row.extraOnDisk >= 0 && row.extraOnDisk <= CONNECTIONS
    row.diskMb = disk.bytes / 1e6
  }
  return { row, listTimes }
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!
const f = (n: number, d = 0) => n.toFixed(d)

async function main() {
  console.log(`Cratio Desk benchmark: ${CONNECTIONS} connections, ${SECONDS} s per run, loopback, Node ${process.version}`)
  const rows: Row[] = []
  const lists: [string, number[]][] = []
  rows.push((await runScenario('bare Express (ceiling)', 'bare')).row)
  for (const size of SIZES) {
    const dir = await mkdtemp(join(tmpdir(), 'cratio-bench-'))
    try {
      const t = performance.now()
      if (size > 0) await seedLeads(dir, size)
      if (size > 0) console.log(`  seeded ${size} leads in ${f((performance.now() - t) / 1000, 1)} s`)
      const { row, listTimes } = await runScenario(`receiver, ${size.toLocaleString('en')} leads`, 'core', dir, size)
      rows.push(row)
      if (listTimes) lists.push([`${size.toLocaleString('en')} leads`, listTimes])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  printTable(rows, lists)
}

function printTable(rows: Row[], lists: [string, number[]][]) {
  const bare = rows[0]!
  console.log('\n| run | req/s | p50 ms | p99 ms | vs bare | p99 vs bare | max (p99) stall ms | RSS (heap) MB | leads MB on disk | start→accepting ms | start→all loaded ms | 2xx | other | every 2xx on disk |')
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${f(r.rps)} | ${r.p50} | ${r.p99} | ${f((100 * r.rps) / bare.rps)}% | ${f(r.p99 / Math.max(bare.p99, 1), 1)}x | ${f(r.maxStallMs, 1)} (${f(r.p99StallMs, 1)}) | ${f(r.rssMb)} (${f(r.heapMb)}) | ${r.diskMb === undefined ? '' : f(r.diskMb, 1)} | ${f(r.startMs)} | ${f(r.readyMs)} | ${r.ok} | ${r.other} | ${r.onDiskOk === undefined ? '' : `${r.onDiskOk ? 'yes' : 'NO'} (+${r.extraOnDisk} in flight at the cut)`} |`,
    )
  }
  for (const [name, times] of lists) console.log(`\nleads:list with filters + text search, ${name}: p50 ${f(pct(times, 50), 1)} ms, p99 ${f(pct(times, 99), 1)} ms (200 queries)`)
  const big = rows.at(-1)!
  console.log('\nTargets (largest run):')
  console.log(`  ingest >= 50% of bare: ${f((100 * big.rps) / bare.rps)}% ${big.rps >= bare.rps / 2 ? 'met' : 'NOT met'}`)
  console.log(`  p99 <= 3x bare p99: ${f(big.p99 / Math.max(bare.p99, 1), 1)}x ${big.p99 <= 3 * Math.max(bare.p99, 1) ? 'met' : 'NOT met'}`)
  console.log(`  no event-loop stall over 50 ms: ${f(big.maxStallMs, 1)} ms ${big.maxStallMs <= 50 ? 'met' : 'NOT met'}`)
  console.log(`  start to accepting <= 1500 ms: ${f(big.startMs)} ms ${big.startMs <= 1500 ? 'met' : 'NOT met'} (all leads loaded at ${f(big.readyMs)} ms)`)
  if (lists.length) {
    const t = lists.at(-1)![1]
    console.log(`  leads:list p99 <= 50 ms: ${f(pct(t, 99), 1)} ms ${pct(t, 99) <= 50 ? 'met' : 'NOT met'}`)
  }
  if (big.diskMb) console.log(`  RSS <= 3x data on disk: ${f(big.rssMb)} MB vs ${f(big.diskMb, 1)} MB (${f(big.rssMb / big.diskMb, 1)}x; live heap ${f(big.heapMb)} MB after a full collection)`)
}

void main().catch((err) => {
  console.error(err)
  process.exit(1)
})
