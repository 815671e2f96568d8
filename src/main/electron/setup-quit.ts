import type { App } from 'electron'
import type { Core } from '../core/create-core'
import type { Logger } from '../core/logger'

/**
 * Holds the quit until the core has stopped: the receiver closes and the data folder is unlocked,
 * so the next start (or the headless shell) finds it free.
 */
export function setupQuit({ app, core, logger }: { app: App; core: Core; logger: Logger }): void {
  let stopping: Promise<void> | null = null
  let stopped = false
  app.on('will-quit', (event) => {
    if (stopped) return
    event.preventDefault()
    // A second quit request while stopping (tray Quit twice, Cmd+Q) waits for the same stop.
    stopping ??= core
      .stop()
      .catch((err: Error) => logger.error('the core did not stop cleanly', { err: err.message }))
      .finally(() => {
        stopped = true
        app.quit()
      })
  })
}
