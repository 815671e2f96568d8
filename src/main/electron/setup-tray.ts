import type { App, BrowserWindow, Menu as MenuClass, NativeImage, Tray as TrayClass } from 'electron'
import { TRAY_ICON_DATA_URL } from './tray-icon'
import { showWindow } from './show-window'

interface Deps {
  app: App
  Tray: typeof TrayClass
  Menu: typeof MenuClass
  nativeImage: { createFromDataURL(dataURL: string): NativeImage }
  window: BrowserWindow
}

/**
 * The way back to a hidden window, and the one way to really quit (closing the window only hides
 * it). The caller must keep the returned tray referenced, or it is garbage-collected and vanishes.
 */
export function setupTray({ app, Tray, Menu, nativeImage, window }: Deps): TrayClass {
  const tray = new Tray(nativeImage.createFromDataURL(TRAY_ICON_DATA_URL))
  tray.setToolTip('Cratio Desk: receiving leads')
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Cratio Desk', click: () => showWindow(window) },
      { type: 'separator' },
      { label: 'Quit', click: () => app.quit() },
    ]),
  )
  // Windows and macOS report a plain click; most Linux trays only open the menu.
  tray.on('click', () => showWindow(window))
  return tray
}
