import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeDataDir, removeDir } from '../support/test-core'

const SERVE = join(import.meta.dirname, '..', '..', 'out', 'main', 'serve.js')
let dir: string
let child: ChildProcess | null = null

interface Runtime {
  receiverUrl: string
  controlUrl: string
  secret: string
  pid: number
}

/** Starts the built headless app on the folder and waits (bounded) for its runtime.json. */
async function startApp(): Promise<Runtime> {
  if (!existsSync(SERVE)) throw new Error('out/main/serve.js is missing: run npm run build first')
  await rm(join(dir, 'runtime.json'), { force: true }) // a killed process leaves its own behind
  child = spawn(process.execPath, [SERVE, '--data-dir', dir, '--receiver-port', '0', '--control-port', '0', '--no-tunnel'], { stdio: 'ignore' })
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const text = await readFile(join(dir, 'runtime.json'), 'utf8').catch(() => '')
    if (text) {
      const rt = JSON.parse(text) as Runtime
      if (rt.pid === child.pid) return rt
    }
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error('the app did not start within 10 s')
}

async function call<T>(rt: Runtime, command: string, body: unknown = {}): Promise<T> {
  const res = await fetch(`${rt.controlUrl}/api/${command}`, { method: 'POST', headers: { authorization: `Bearer ${rt.secret}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const json = (await res.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!json.ok) throw new Error(json.error?.message)
  return json.value
}

async function allLeads(rt: Runtime) {
  for (let i = 0; i < 200; i++) {
    const page = await call<{ loading: boolean }>(rt, 'leads:list', { limit: 1 })
    if (!page.loading) break
    await new Promise((r) => setTimeout(r, 20))
  }
  const out: { id: string; name: string }[] = []
  for (let offset = 0; ; offset += 500) {
    const page = await call<{ items: { id: string; name: string }[]; total: number }>(rt, 'leads:list', { limit: 500, offset, tests: 'include' })
    out.push(...page.items)
    if (offset + 500 >= page.total) return out
  }
}

/** Concurrent senders until the process is killed, `killAfterMs` after the first acknowledgements; returns what got a 2xx. */
async function sendUntilKilled(url: string, round: number, killAfterMs: number) {
  const acked = new Map<string, string>()
  let alive = true
  let killer: NodeJS.Timeout | undefined
  const armKiller = () => {
    killer ??= setTimeout(() => {
      alive = false
      child!.kill('SIGKILL')
    }, killAfterMs)
  }
  const safety = setTimeout(armKiller, 5000) // bounded even if nothing is ever acknowledged
  const sender = async (w: number) => {
    for (let i = 0; alive && i < 400; i++) {
      const name = `round${round}-w${w}-n${i}`
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, phone: `98${String(round * 1e6 + w * 1e3 + i).padStart(8, '0')}` }) })
        if (res.ok) acked.set(((await res.json()) as { data: { id: string } }).data.id, name)
        if (acked.size >= 3) armKiller()
      } catch {
        return // connection refused or reset: the process is gone
      }
    }
  }
  await Promise.all(Array.from({ length: 12 }, (_, w) => sender(w)))
  clearTimeout(safety)
  clearTimeout(killer)
  if (alive) child!.kill('SIGKILL')
  return acked
}

async function everyFileParses(folder: string): Promise<number> {
  let n = 0
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue
    JSON.parse(await readFile(join(entry.parentPath, entry.name), 'utf8'))
    n++
  }
  return n
}

beforeAll(async () => {
  dir = await makeDataDir()
})
afterAll(async () => {
  child?.kill('SIGKILL')
  await removeDir(dir)
})

describe('a crash at any moment loses no acknowledged lead', () => {
  it('SIGKILL mid-load, four times at different moments: every 2xx lead is there exactly once and every file parses', async () => {
    let rt = await startApp()
    const hook = await call<{ url: string; token: string }>(rt, 'webhooks:create', { name: 'Crash', sourceLabel: 'Test', platform: 'custom' })
    const acknowledged = new Map<string, string>()
    for (const [round, killAfterMs] of [0, 25, 80, 200].entries()) {
      const acked = await sendUntilKilled(`${rt.receiverUrl}/webhook/${hook.token}`, round, killAfterMs)
      expect(acked.size, `round ${round} acknowledged some leads`).toBeGreaterThan(0)
      acked.forEach((name, id) => acknowledged.set(id, name))
      if (process.env.CRASH_VERBOSE) console.log(`round ${round}: ${acked.size} acknowledged, killed ${killAfterMs} ms after the first`)
      await new Promise((r) => child!.exitCode !== null || child!.signalCode ? r(null) : child!.once('exit', r))
      expect(await everyFileParses(dir)).toBeGreaterThan(2)
      rt = await startApp()
      const leads = await allLeads(rt)
      const byName = new Map<string, number>()
      for (const l of leads) byName.set(l.name, (byName.get(l.name) ?? 0) + 1)
      for (const [id, name] of acknowledged) {
        expect(leads.some((l) => l.id === id), `acknowledged lead ${name} is stored`).toBe(true)
        expect(byName.get(name), `${name} is stored once`).toBe(1)
      }
    }
    const after = await fetch(`${rt.receiverUrl}/webhook/${hook.token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"After the crashes"}' })
    expect(after.status).toBe(200)
    child!.kill('SIGTERM')
  }, 60_000)
})
