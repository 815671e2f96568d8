import type { BrowserWindow } from 'electron'

/** Brings the window back from the tray, the taskbar or behind other windows. */
export function showWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
