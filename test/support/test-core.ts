import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore, type Core, type CoreOptions } from '../../src/main/core/create-core'
import { silentLogger } from '../../src/main/core/logger'

export { SEED_LEAD } from '../fixtures/seed-lead'

export async function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'cratio-test-'))
}

export interface TestCore {
  core: Core
  dataDir: string
  post(path: string, body: string | Uint8Array, headers?: Record<string, string>): Promise<{ status: number; json: any; headers: Headers }>
  restart(): Promise<TestCore>
  stop(): Promise<void>
}

/** A real core on a temp folder with the receiver on a free loopback port and no tunnel. */
export async function startTestCore(options: Partial<CoreOptions> = {}, dataDir?: string): Promise<TestCore> {
  const dir = dataDir ?? (await makeDataDir())
  const core = await createCore({ dataDir: dir, receiverPort: 0, logger: silentLogger, tunnel: { tunnelEnabled: false }, ...options })
  await core.start()
  const self: TestCore = {
    core,
    dataDir: dir,
    async post(path, body, headers = { 'content-type': 'application/json' }) {
      const res = await fetch(`${core.receiverUrl()}${path}`, { method: 'POST', body: body as BodyInit, headers })
      const text = await res.text()
      let json: unknown = null
      try {
        json = JSON.parse(text)
      } catch {
        json = text
      }
      return { status: res.status, json, headers: res.headers }
    },
    async restart() {
      await core.stop()
      return startTestCore(options, dir)
    },
    async stop() {
      await core.stop()
    },
  }
  return self
}

export async function removeDir(dir: string) {
  await rm(dir, { recursive: true, force: true })
}

/**
 * For files that start several cores per test: `started()` gives a core that is stopped (and its
 * temp folder removed, when it made one) after each test, in reverse order.
 */
export function coresStoppedAfterEach(afterEach: (fn: () => Promise<void>) => void) {
  const cleanup: (() => Promise<void>)[] = []
  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()!()
  })
  return {
    cleanup,
    async started(dir?: string) {
      const t = await startTestCore({}, dir)
      cleanup.push(() => t.stop())
      if (!dir) cleanup.unshift(() => removeDir(t.dataDir))
      return t
    },
  }
}

/** Waits (bounded) until the older lead segments have loaded after a start. */
export async function untilLoaded(t: TestCore) {
  for (let i = 0; i < 200 && (await t.core.api['leads:list']({})).loading; i++) await new Promise((r) => setTimeout(r, 10))
}
