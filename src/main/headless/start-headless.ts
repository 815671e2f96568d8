import { chmod, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCommandDispatcher } from '../core/create-command-dispatcher'
import { createCore, type CoreOptions } from '../core/create-core'
import { startServer } from '../core/http/start-server'
import { consoleLogger } from '../core/logger'
import { createControlApp } from './create-control-app'
import { loadSecret } from './load-secret'

export interface HeadlessOptions extends CoreOptions {
  controlPort?: number
  uiDir: string | null
}

export interface Runtime {
  receiverUrl: string
  controlUrl: string
  uiUrl: string
  secret: string
  publicUrl: string | null
  pid: number
}

/**
 * The headless shell: the same core, plus the control listener (UI + API) on 127.0.0.1 only.
 * Writes runtime.json (owner-only) once ready so scripts and tests can find this instance.
 */
export async function startHeadless(options: HeadlessOptions) {
  const logger = options.logger ?? consoleLogger
  const core = await createCore({ ...options, logger })
  await core.start()
  const secret = await loadSecret(options.dataDir)
  let port = 0
  const app = createControlApp({
    dispatch: createCommandDispatcher(core.api, logger),
    events: core.events,
    secret,
    allowedHosts: () => [`127.0.0.1:${port}`, `localhost:${port}`],
    uiDir: options.uiDir,
    logger,
  })
  const control = await startServer(app, { host: '127.0.0.1', port: options.controlPort ?? 0 }).catch(async (err) => {
    await core.stop()
    throw err
  })
  port = control.port
  const runtimeFile = join(options.dataDir, 'runtime.json')
  const runtime = (): Runtime => ({
    receiverUrl: core.receiverUrl(),
    controlUrl: control.url,
    uiUrl: `${control.url}/#secret=${secret}`,
    secret,
    publicUrl: core.publicUrl(),
    pid: process.pid,
  })
  const writeRuntime = () => writeOwnerOnly(runtimeFile, JSON.stringify(runtime(), null, 2))
  await writeRuntime()
  // The public URL comes and goes with the tunnel; keep the file true.
  const off = core.events.on('tunnel:status-changed', () => void writeRuntime().catch(() => {}))
  return {
    core,
    runtime,
    async stop() {
      off()
      await control.close()
      await core.stop()
      await rm(runtimeFile, { force: true })
    },
  }
}

async function writeOwnerOnly(file: string, text: string) {
  const tmp = `${file}.tmp`
  await writeFile(tmp, text, { mode: 0o600 })
  await chmod(tmp, 0o600)
  await rename(tmp, file)
}
