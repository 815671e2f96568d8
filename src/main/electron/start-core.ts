import { createCore, type Core, type CoreOptions } from '../core/create-core'
import type { Logger } from '../core/logger'

/**
 * Creates and starts the core on the preferred receiver port. If that port is taken, the app still
 * starts, on any free port: the tunnel's public URL (what platforms hold) does not depend on it.
 */
export async function startCore(options: CoreOptions & { logger: Logger }): Promise<Core> {
  const core = await createCore(options)
  try {
    await core.start()
    return core
  } catch (err) {
    await core.stop()
    const port = options.receiverPort ?? 0
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw err
    options.logger.warn(`receiver port ${port} is in use; listening on any free port instead`)
    return startCore({ ...options, receiverPort: 0 })
  }
}
