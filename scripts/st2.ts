import { createCore } from '../src/main/core/create-core'
import { silentLogger } from '../src/main/core/logger'
const t0 = performance.now()
const core = await createCore({ dataDir: process.argv[2]!, logger: silentLogger, tunnel: { tunnelEnabled: false } })
await core.store.leads.ready
console.log('loaded', (performance.now()-t0).toFixed(0), 'rss', (process.memoryUsage().rss/1e6).toFixed(0))
await core.stop()
