import type { App, BrowserWindow } from 'electron'
import { showWindow } from './show-window'

/**
 * Closing the window only hides it: leads keep arriving while the owner works elsewhere, and the
 * tray (or, on macOS, the Dock icon) brings it back. Only a real quit (tray Quit, Cmd+Q, log-out)
 * lets the window close.
 */
export function setupCloseToTray({ app, window }: { app: App; window: BrowserWindow }): void {
  let quitting = false
  app.on('before-quit', () => {
    quitting = true
  })
  window.on('close', (event) => {
    if (quitting) return
    event.preventDefault()
    window.hide()
  })
  app.on('activate', () => showWindow(window))
}
