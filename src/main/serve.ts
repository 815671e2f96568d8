import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pkg from '../../package.json'
import { parseServeArgs, SERVE_USAGE } from './headless/parse-serve-args'
import { startHeadless } from './headless/start-headless'

/** `npm run serve`: the headless shell. Built to out/main/serve.js beside out/renderer. */
async function main() {
  let args
  try {
    args = parseServeArgs(process.argv.slice(2))
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${SERVE_USAGE}`)
    process.exit(2)
  }
  if (args.help) return console.log(SERVE_USAGE)
  const here = dirname(fileURLToPath(import.meta.url))
  const app = await startHeadless({
    dataDir: args.dataDir,
    receiverPort: args.receiverPort,
    receiverHost: args.receiverHost,
    controlPort: args.controlPort,
    tunnel: { tunnelHost: args.tunnelHost, tunnelEnabled: args.tunnelEnabled, tunnelSubdomain: args.tunnelSubdomain },
    uiDir: process.env.CRATIO_UI_DIR ?? join(here, '..', 'renderer'),
    version: pkg.version,
  })
  const rt = app.runtime()
  console.log(`\nCratio Desk is running (data in ${args.dataDir})`)
  console.log(`  Open the inbox:   ${rt.uiUrl}`)
  console.log(`  Local receiver:   ${rt.receiverUrl}/webhook/<token>`)
  const tunnel = app.core.api['tunnel:status']({})
  const state = (await tunnel).state
  console.log(state === 'disabled' ? '  Public tunnel:    off (receiving on this machine only)\n' : `  Public tunnel:    ${state}... (the inbox shows its status)\n`)
  app.core.events.on('tunnel:status-changed', (s) => {
    if (s.state === 'online') console.log(`Public URL: ${s.url}`)
    if (s.state === 'direct') console.log(`Public URL (direct): ${s.url}`)
    if (s.state === 'offline' || s.state === 'reconnecting') {
      const next = s.nextAttemptAt ? `; next try at ${new Date(s.nextAttemptAt).toLocaleTimeString()}` : ''
      console.log(`Tunnel ${s.state}: ${s.reason ?? 'no reason given'}${next}`)
    }
  })
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await app.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err) => {
  const e = err as NodeJS.ErrnoException
  if (e.code === 'EADDRINUSE') console.error(`Port already in use: ${e.message}. Choose another with --receiver-port / --control-port (0 = any free port).`)
  else console.error(`Cratio Desk could not start: ${e.message}`)
  process.exit(1)
})
