import type { App } from 'electron'

/**
 * One Cratio Desk per user: a second one would fight the first over the data folder and the
 * receiver port. Returns false in the second instance, which quits; the first one is told
 * (`second-instance`) and brings its window forward.
 */
export function setupSingleInstance({ app, onSecondInstance }: { app: App; onSecondInstance: () => void }): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', onSecondInstance)
  return true
}
